// x402-reconcile: finishes ledger rows whose settlement outcome was not recorded (a fault
// between settle and the ledger update, a facilitator timeout, a settle still pending).
// Meant for an InsForge schedule; only callers holding the project API key may run it.

import { bearerMatches } from './bearer.js';
import { internalError, jsonReply, logInternal } from './http.js';
import { LEDGER_TABLE, SETTLEMENT_LOG, ledgerCall, ledgerDb, ledgerFailed, ledgerPendingHash } from './ledger.js';
import { resolvePayment } from './settle.js';
import { untyped } from './untyped.js';
import { facilitatorConfig, paywallConfig, release, wasm } from './x402-wasm.js';

const RECONCILE_BATCH = 50;
// A younger pending row may still be in the hands of the request that claimed it.
const RECONCILE_MIN_AGE_SECONDS = 120;

/**
 * The row's payment as a wasm `Payment`, under the settings it was settled with: the
 * paywall's own, or, for a row x402-facilitator wrote for another server, its caller's
 * requirements (re-checked against the allow-list). Null when the row's payment is malformed
 * or its requirements are no longer allowed (the allow-list changed): leave it for a human.
 */
function rowPayment(row) {
  const text = JSON.stringify(row.payment);
  const config = row.payment && row.payment.requirements ? facilitatorConfig() : paywallConfig();
  const out = wasm.call(() => config.ledgerPayment(text));
  return typeof out === 'string' ? null : out;
}

/**
 * What became of one pending row, through the settlement seam (the same resolution as any
 * backend's): {kind: 'settled', txHash} | {kind: 'failed', reason} | {kind: 'unknown', txHash?}.
 * Pending transactions are not waited for here: the next run asks again.
 */
async function reconcileOne(db, row) {
  // Claimed but never sent anywhere (its request died first): nothing can have moved, and
  // settling it now would charge for a request that was never served.
  if (!row.submitted_at) return { kind: 'failed', reason: 'abandoned' };
  const payment = rowPayment(row);
  if (payment === null) return { kind: 'unknown', txHash: null };
  try {
    // Only the backend that made the attempt can say what became of it.
    if (wasm.call(() => payment.settler) !== row.settler) return { kind: 'unknown', txHash: null };
    return await resolvePayment(payment, { txHash: row.tx_hash }, { db, rowId: row.id, polls: 0 });
  } finally {
    release(payment);
  }
}

export function x402Reconcile() {
  return async function (req) {
    try {
      if (!bearerMatches(req, Deno.env.get('API_KEY'))) {
        return jsonReply(401, { error: 'unauthorized', message: 'send Authorization: Bearer <the project API key>', statusCode: 401 });
      }
      const db = ledgerDb();
      if (!db) return jsonReply(500, { error: 'missing_secret', message: 'INSFORGE_BASE_URL and API_KEY are needed', statusCode: 500 });
      const minAge = Number(Deno.env.get('X402_RECONCILE_MIN_AGE_SECONDS') ?? RECONCILE_MIN_AGE_SECONDS);
      const before = new Date(Date.now() - (Number.isFinite(minAge) && minAge >= 0 ? minAge : RECONCILE_MIN_AGE_SECONDS) * 1000).toISOString();
      const report = { checked: 0, settled: 0, failed: 0, pending: 0 };

      // Settlements recorded in the log because the row update failed.
      const logged = await ledgerCall(() => db.from(SETTLEMENT_LOG).select('*').limit(RECONCILE_BATCH));
      for (const entry of Array.isArray(logged.data) ? logged.data : []) {
        const upd = await ledgerCall(() =>
          db.from(LEDGER_TABLE).update({ status: 'settled', tx_hash: entry.tx_hash, error_reason: null }).eq('id', entry.payment_id).neq('status', 'settled').select(),
        );
        if (!upd.error) {
          await ledgerCall(() => db.from(SETTLEMENT_LOG).delete().eq('payment_id', entry.payment_id));
          if (Array.isArray(upd.data) && upd.data.length) report.settled++;
        }
      }

      const pending = await ledgerCall(() =>
        db.from(LEDGER_TABLE).select('*').eq('status', 'pending').lt('created_at', before).order('created_at', { ascending: true }).limit(RECONCILE_BATCH),
      );
      if (pending.error) return jsonReply(503, { error: 'ledger_unavailable', message: 'the ledger cannot be read', statusCode: 503 });
      for (const row of pending.data || []) {
        report.checked++;
        const r = untyped(await reconcileOne(db, row));
        if (r.kind === 'settled') {
          const upd = await ledgerCall(() =>
            db.from(LEDGER_TABLE).update({ status: 'settled', tx_hash: r.txHash, error_reason: null, response_summary: `settled (reconciled, proof: ${r.proof})` }).eq('id', row.id).eq('status', 'pending').select(),
          );
          if (!upd.error) report.settled++;
        } else if (r.kind === 'failed') {
          await ledgerFailed(db, row.id, r.reason);
          report.failed++;
        } else {
          if (r.txHash && r.txHash !== row.tx_hash) await ledgerPendingHash(db, row.id, r.txHash);
          report.pending++;
        }
      }
      return jsonReply(200, report);
    } catch (e) {
      logInternal('x402-reconcile', e);
      return internalError([]);
    }
  };
}
