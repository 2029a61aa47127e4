// x402-reconcile: finishes ledger rows whose settlement outcome was not recorded (a fault
// between settle and the ledger update, a facilitator timeout, a settle still pending).
// Meant for an InsForge schedule; only callers holding the project API key may run it.

import { bearerMatches } from './bearer.js';
import { internalError, jsonReply, logInternal } from './http.js';
import { rpcAcross, rpcUrls } from './direct.js';
import { LEDGER_TABLE, SETTLEMENT_LOG, ledgerCall, ledgerDb, ledgerFailed, ledgerPendingHash } from './ledger.js';
import { OKX_VERIFY_TIMEOUT_MS, okxCall, settleTimeoutMs } from './settle.js';
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

/** What the facilitator now says about one pending row: {settled: hash|null} | {failed} | {pending}. */
async function reconcileOne(row) {
  // Claimed but never sent anywhere (its request died first): nothing can have moved, and
  // settling it now would charge for a request that was never served.
  if (!row.submitted_at) return { failed: 'abandoned' };
  const payment = rowPayment(row);
  if (payment === null) return { pending: true };
  try {
    return await reconcilePayment(payment, row);
  } finally {
    release(payment);
  }
}

async function reconcilePayment(payment, row) {
  if (row.settler === 'direct') return reconcileDirect(payment, row);
  if (row.settler === 'mock') return { settled: wasm.call(() => payment.mockTxHash()) };
  if (row.tx_hash) {
    const s = await okxCall(payment, 'status', row.tx_hash, OKX_VERIFY_TIMEOUT_MS);
    const kind = s.kind;
    if (kind === 'settled') return { settled: s.txHash || row.tx_hash };
    if (kind === 'failed' && !s.retryable) return { failed: s.reason || 'settle_failed' };
    return { pending: true };
  }
  // No hash was ever reported: submit the signed authorization again. The chain accepts a
  // nonce once, so this cannot charge twice; "already used" means the first attempt landed.
  const s = await okxCall(payment, 'settle', '', settleTimeoutMs());
  const kind = s.kind;
  if (kind === 'settled') return { settled: s.txHash };
  if (kind === 'pending') return s.txHash ? { pendingHash: s.txHash } : { pending: true };
  if (kind === 'failed' && s.reason === 'invalid_exact_evm_nonce_already_used') return { settled: null };
  if (kind === 'failed' && !s.retryable) return { failed: s.reason || 'settle_failed' };
  return { pending: true };
}

/**
 * A direct settlement: its hash is recorded before broadcasting, so a row without one never
 * reached the chain (it may be presented again); with one, the receipt decides (Transfer log).
 */
async function reconcileDirect(payment, row) {
  if (!row.tx_hash) return { failed: 'settlement_interrupted' };
  const built = wasm.call(() => payment.receiptRequest(row.tx_hash)).request;
  if (built === undefined) return { pending: true };
  const request = JSON.parse(built);
  // Every configured node in turn, as the settlement itself does.
  const urls = [request.url, ...rpcUrls().filter((u) => u !== request.url)];
  const body = await rpcAcross(urls, request);
  if (body === null) return { pending: true };
  const out = wasm.call(() => payment.receiptAnswer(row.tx_hash, body));
  const kind = out.kind;
  if (kind === 'settled') return { settled: out.txHash || row.tx_hash };
  if (kind === 'failed' && !out.retryable) return { failed: out.reason || 'settle_failed' };
  return { pending: true };
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
        const r = untyped(await reconcileOne(row));
        if ('settled' in r) {
          const summary = r.settled ? 'settled (reconciled)' : 'settled by an earlier attempt; the facilitator did not report its hash';
          const upd = await ledgerCall(() =>
            db.from(LEDGER_TABLE).update({ status: 'settled', tx_hash: r.settled, error_reason: null, response_summary: summary }).eq('id', row.id).eq('status', 'pending').select(),
          );
          if (!upd.error) report.settled++;
        } else if (r.failed) {
          await ledgerFailed(db, row.id, r.failed);
          report.failed++;
        } else {
          if (r.pendingHash) await ledgerPendingHash(db, row.id, r.pendingHash);
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
