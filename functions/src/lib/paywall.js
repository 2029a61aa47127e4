// The x402 paywall conversation. Rust (src/x402) decides: it decodes and verifies the payment
// locally, builds every facilitator request, parses every answer and writes every reply. JS
// performs the I/O: the ledger claim (lib/ledger.js), the settlement (lib/settle.js), and
// running the seller's handler once the payment is settled.

import { internalError, logInternal, nowSeconds, toResponse } from './http.js';
import { ledgerAcquire, ledgerDb, ledgerFind, ledgerRecord, paymentRow } from './ledger.js';
import { settleClaimed } from './settle.js';
import { untyped } from './untyped.js';
import { rejectReply, wasm, x402Env } from './x402-wasm.js';

function x402Resource(slug, req) {
  const explicit = Deno.env.get('X402_RESOURCE_URL');
  if (explicit) return explicit;
  const base = Deno.env.get('INSFORGE_BASE_URL');
  return base ? `${base.replace(/\/+$/, '')}/functions/${slug}` : req.url;
}

/** Runs the seller's handler for a settled payment and adds the settlement headers. */
async function servePaid(handler, req, paymentJson, payment, txHash, slug, replay) {
  const paid = JSON.parse(wasm.call((w) => w.x402_paid(paymentJson, txHash, `/functions/${slug}`)));
  const info = {
    payer: payment.payer,
    amount: payment.value,
    asset: payment.asset,
    network: payment.network,
    nonce: payment.nonce,
    txHash,
    mock: txHash.startsWith('mock:'),
    replay,
    x402Version: payment.x402Version,
  };
  let res;
  try {
    res = await handler(req, info);
    if (!(res instanceof Response)) throw new TypeError('the paid handler must return a Response');
  } catch (e) {
    console.error(`${slug}: paid handler failed (${e instanceof Error ? e.name : typeof e}); the payment stays valid for a retry`);
    res = internalError([]);
  }
  const headers = new Headers(res.headers);
  for (const [k, v] of paid.headers) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

/** The spec reason of a 402 refusal (carried in the v1 body's `error`). */
function refusalReason(answer) {
  try {
    return answer.reply.status === 402 ? JSON.parse(answer.reply.body).error : null;
  } catch (_e) {
    return null;
  }
}

/** A payment presented again after its validBefore: 409 if it was settled, else the refusal. */
async function expiredReplay(env, resource, req, refusal) {
  const header = req.headers.get('payment-signature') || req.headers.get('x-payment');
  const db = ledgerDb();
  let auth;
  try {
    const decoded = JSON.parse(atob(header || ''));
    auth = decoded.payload.authorization;
  } catch (_e) {
    return refusal;
  }
  if (!db || typeof auth?.from !== 'string' || typeof auth?.nonce !== 'string') return refusal;
  const found = await ledgerFind(db, auth.from.toLowerCase(), auth.nonce.toLowerCase());
  if (found.row && found.row.status === 'settled') {
    return rejectReply(env, resource, { status: 409, reason: 'payment_already_used', message: 'this payment was settled and its validBefore has passed; sign a new one' });
  }
  return refusal;
}

/** The paid endpoint: `handler(req, payment)` runs only for a settled payment. */
export function x402Paywall(slug, handler) {
  return async function (req) {
    try {
      const env = x402Env();
      const resource = x402Resource(slug, req);
      const checked = JSON.parse(
        wasm.call((w) => w.x402_verify(env, req.headers.get('payment-signature') || '', req.headers.get('x-payment') || '', resource, nowSeconds())),
      );
      if (!checked.ok) {
        const expired = refusalReason(checked) === 'invalid_exact_evm_payload_authorization_valid_before';
        return toResponse(expired ? await expiredReplay(env, resource, req, checked.reply) : checked.reply, []);
      }
      const payment = checked.payment;
      const paymentJson = JSON.stringify(payment);
      const refuse = (status, reason, message) => toResponse(rejectReply(env, resource, { status, reason, message }, paymentJson), []);
      const db = ledgerDb();
      if (!db) return toResponse(rejectReply(env, resource, { status: 500, reason: 'missing_secret', message: 'INSFORGE_BASE_URL and API_KEY are needed to record payments' }), []);

      const claim = untyped(await ledgerAcquire(db, paymentRow(payment, checked.facilitator, slug)));
      if (claim.state === 'unavailable') return refuse(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was charged');
      if (claim.state === 'busy') return refuse(409, 'payment_in_progress', 'this payment is being settled; retry with the same payment');
      if (claim.state === 'settled') return servePaid(handler, req, paymentJson, payment, claim.row.tx_hash || '', slug, true);

      const outcome = untyped(await settleClaimed(env, resource, checked.facilitator, paymentJson, { checked, db, rowId: claim.row.id }));
      const recorded = await ledgerRecord(db, claim.row.id, outcome, `${req.method} ${new URL(req.url).pathname}`);
      if (recorded === 'settled') return servePaid(handler, req, paymentJson, payment, outcome.txHash, slug, false);
      return toResponse(outcome.reply, []);
    } catch (e) {
      logInternal(slug, e);
      return internalError([]);
    }
  };
}
