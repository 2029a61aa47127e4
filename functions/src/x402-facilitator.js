// x402-facilitator: a generic x402 facilitator (verify / settle / supported) backed by the
// same local rules, OKX calls and payment ledger as x402-paywall (see lib/facilitator.js).
import { x402Facilitator } from './lib/facilitator.js';

export default x402Facilitator();
