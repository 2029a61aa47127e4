// An example paid handler: `npx insforge-edge paywall functions/examples/paid-quote.js --slug paid-quote`.
// Same form as any InsForge function (no import/export); it runs only for a settled payment.
module.exports = async function (req, payment) {
  const quotes = ['Ship small, ship often.', 'Make it work, make it right, make it fast.'];
  const pick = quotes[parseInt(payment.nonce.slice(-2), 16) % quotes.length];
  return new Response(JSON.stringify({ quote: pick, paidBy: payment.payer, tx: payment.txHash }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
