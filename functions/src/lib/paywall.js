// The x402 paywall conversation. Rust (src/x402) decides: it decodes and verifies the payment
// locally (answering a `Payment` object that stays in wasm memory), builds every facilitator
// request, parses every answer and writes every reply. JS performs the I/O: the ledger claim
// (lib/ledger.js), the balance pre-check and the settlement (lib/settle.js), and running the seller's handler once the
// payment is settled.

import { internalError, logInternal, nowSeconds, toResponse } from './http.js';
import { ledgerAcquire, ledgerDb, ledgerFind, ledgerRecord, ledgerSubmitted, ledgerServed, ledgerThrottled, paymentRow, replayable } from './ledger.js';
import { resolvePayment, settlePayment, unfunded } from './settle.js';
import { untyped } from './untyped.js';
import { paywallConfig, rejectReply, release, replyOf, wasm } from './x402-wasm.js';
import { paywallPage, wantsPage } from './paywall-page.js';

function x402Resource(slug, req) {
  const explicit = Deno.env.get('X402_RESOURCE_URL');
  if (explicit) return explicit;
  const base = Deno.env.get('INSFORGE_BASE_URL');
  return base ? `${base.replace(/\/+$/, '')}/functions/${slug}` : req.url;
}

/** Runs the seller's handler for a settled payment and adds the settlement headers. */
async function servePaid(handler, req, payment, paid, txHash, slug, replay) {
  const paidHeaders = JSON.parse(wasm.call(() => payment.paidHeaders(txHash)));
  const info = {
    payer: paid.payer,
    amount: paid.value,
    asset: paid.asset,
    network: paid.network,
    nonce: paid.nonce,
    txHash,
    mock: txHash.startsWith('mock:'),
    replay,
    x402Version: paid.x402Version,
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
  for (const [k, v] of paidHeaders) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

/** The x402 reason of a 402 refusal (carried in the v1 body's `error`). */
function refusalReason(reply) {
  try {
    return reply.status === 402 ? JSON.parse(reply.body).error : null;
  } catch (_e) {
    return null;
  }
}

/** A payment presented again after its validBefore: 409 if it was settled, else the refusal. */
async function expiredReplay(config, resource, req, refusal) {
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
    return replyOf(wasm.call(() => config.reject(resource, 409, 'payment_already_used', 'this payment was settled and its validBefore has passed; sign a new one')));
  }
  return refusal;
}

/** The paid endpoint: `handler(req, payment)` runs only for a settled payment. */
export function x402Paywall(slug, handler) {
  return async function (req) {
    let payment = untyped(null);
    try {
      const config = paywallConfig();
      const resource = x402Resource(slug, req);
      const checked = wasm.call(() => config.verify(req.headers.get('payment-signature') || '', req.headers.get('x-payment') || '', resource, nowSeconds()));
      if (typeof checked === 'string') {
        const reply = replyOf(checked);
        if (wantsPage(req, reply)) return paywallPage(reply);
        const expired = refusalReason(reply) === 'invalid_exact_evm_payload_authorization_valid_before';
        return toResponse(expired ? await expiredReplay(config, resource, req, reply) : reply, []);
      }
      payment = checked;
      // The payment as the ledger keeps it: every field JS reads.
      const paid = JSON.parse(wasm.call(() => payment.ledgerJson));
      const settler = wasm.call(() => payment.settler);
      const refuse = (status, reason, message) => toResponse(rejectReply(payment, { status, reason, message }), []);
      const db = ledgerDb();
      if (!db) return refuse(500, 'missing_secret', 'INSFORGE_BASE_URL and API_KEY are needed to record payments');

      // With RPC_URL: a payer who cannot pay is refused before anything is written or sent.
      const unpaid = await unfunded(db, payment, paid);
      if (unpaid) return toResponse(unpaid.reply, []);
      if (await ledgerThrottled(db, paid.payer)) {
        const res = refuse(429, 'too_many_attempts', 'too many unsettled payments from this payer in the last minute; retry later');
        res.headers.set('Retry-After', '60');
        return res;
      }
      const claim = untyped(await ledgerAcquire(db, paymentRow(paid, settler, slug)));
      if (claim.state === 'unavailable') return refuse(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was charged');
      if (claim.state === 'elsewhere') return refuse(409, 'payment_already_used', 'this payment was made for another endpoint or resource; sign a new one');
      if (claim.state === 'busy') return refuse(409, 'payment_in_progress', 'this payment is being settled; retry with the same payment');
      if (claim.state === 'settled') {
        if (!replayable(claim.row)) return refuse(409, 'payment_already_used', 'this payment was settled and served; sign a new one');
        // Settled without being served (reconcile finished it): this presentation is its delivery.
        if (claim.row.served_at == null) await ledgerServed(db, claim.row.id);
        return await servePaid(handler, req, payment, paid, claim.row.tx_hash || '', slug, claim.row.served_at != null);
      }

      const ctx = { db, rowId: claim.row.id };
      let outcome;
      if (claim.state === 'resolve') {
        // An earlier attempt was sent and its outcome is unknown: find out, never send again.
        outcome = untyped(await resolvePayment(payment, { txHash: claim.row.tx_hash }, ctx));
      } else {
        if (!(await ledgerSubmitted(db, claim.row.id))) return refuse(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was charged');
        outcome = untyped(await settlePayment(payment, ctx));
      }
      const recorded = await ledgerRecord(db, claim.row.id, outcome, `${req.method} ${new URL(req.url).pathname}`, true);
      if (recorded === 'settled') return await servePaid(handler, req, payment, paid, outcome.txHash, slug, false);
      return toResponse(outcome.reply, []);
    } catch (e) {
      logInternal(slug, e);
      return internalError([]);
    } finally {
      release(payment);
    }
  };
}
