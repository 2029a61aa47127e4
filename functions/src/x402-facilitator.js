// x402-facilitator: a generic x402 facilitator (verify / settle / supported) backed by the
// same local rules, OKX calls and payment ledger as x402-paywall (see lib/facilitator.js).
module.exports = x402Facilitator();
