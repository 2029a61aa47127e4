// x402-reconcile: finishes pending x402 payments (see lib/reconcile.js). Schedule it, e.g.
// every 5 minutes, with `Authorization: Bearer <API_KEY>`.
import { x402Reconcile } from './lib/reconcile.js';

export default x402Reconcile();
