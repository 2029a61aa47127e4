// x402-reconcile: finishes ledger rows whose settlement outcome was left unknown, by proof on
// chain only (src/x402/flow/reconcile.rs); it never submits a payment. Meant for an InsForge
// schedule; only callers holding the project API key may run it. With direct settlement each
// run also reports the settler's gas balance (and logs the alarm when it is low).

import { bearerMatches } from './bearer.js';
import { internalError, jsonReply, logInternal, toResponse } from './http.js';
import { projectDb, runFlow } from './flow.js';
import { untyped } from './untyped.js';
import { facilitatorConfig, paywallConfig, release, wasm } from './x402-wasm.js';

export function x402Reconcile() {
  return async function (req) {
    let flow = untyped(null);
    try {
      if (!bearerMatches(req, Deno.env.get('API_KEY'))) {
        return jsonReply(401, { error: 'unauthorized', message: 'send Authorization: Bearer <the project API key>', statusCode: 401 });
      }
      const paywall = paywallConfig();
      const facilitator = facilitatorConfig();
      flow = wasm.call(() => paywall.reconcile(facilitator, crypto.randomUUID(), Deno.env.get('SETTLER_PRIVATE_KEY') || ''));
      const end = await runFlow(flow, { db: projectDb() }, wasm);
      return toResponse(end.reply, []);
    } catch (e) {
      logInternal('x402-reconcile', e);
      return internalError([]);
    } finally {
      release(flow);
    }
  };
}
