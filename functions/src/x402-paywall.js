// x402-paywall: the paid-endpoint template. Replace the handler with your own, or wrap any
// handler file with `npx insforge-edge paywall <handler.js> --slug <slug>`.
// The handler runs only once the payment is verified, settled and recorded.
import { x402Paywall } from './lib/paywall.js';

export default x402Paywall('x402-paywall', async function (req, payment) {
  return new Response(
    JSON.stringify({ ok: true, message: 'Thanks for paying!', payer: payment.payer, amount: payment.amount, txHash: payment.txHash, replay: payment.replay }),
    { headers: { 'Content-Type': 'application/json' } },
  );
});
