// x402-facilitator: a generic x402 facilitator for other resource servers.
//   POST verify    {x402Version, paymentPayload, paymentRequirements} → {isValid, invalidReason?, payer?}
//   POST settle    same body → {success, transaction, network, payer, errorReason?}
//   GET  supported → {kinds:[{x402Version, scheme, network}]}
// Addressing: on Cloud the path suffix (/x402-facilitator/verify); on self-hosted InsForge
// (no sub-paths) `?op=verify` or the `X-Facilitator-Op` header; a GET without an op is supported.
//
// Rust (src/x402/facilitator.rs) parses and checks the request and writes every answer; an
// accepted payment comes back as a `Payment` object holding the paywall configuration for the
// caller's requirements, so the settlement seam (lib/settle.js) and the paywall's write-ahead
// ledger (lib/ledger.js) are reused as is: a payment settles once, a duplicate gets the
// recorded answer, concurrent duplicates wait.

import { bearerMatches } from './bearer.js';
import { internalError, logInternal, nowSeconds, toResponse } from './http.js';
import { ledgerAcquire, ledgerDb, ledgerFind, ledgerRecord, ledgerSubmitted, ledgerThrottled, paymentRow } from './ledger.js';
import { checkBalance, resolvePayment, settlePayment, unfunded, verifyPayment } from './settle.js';
import { untyped } from './untyped.js';
import { facilitatorConfig, release, replyOf, wasm } from './x402-wasm.js';

const FACILITATOR_SLUG = 'x402-facilitator';
const FACILITATOR_OPS = ['verify', 'settle', 'supported'];
// Rust refuses bodies over 16 KiB (413); of a far larger one only this much is handed to it.
const FACILITATOR_MAX_BODY_CHARS = 64 * 1024;
const FACILITATOR_CORS = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Allow-Methods', 'GET, POST, OPTIONS'],
  ['Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Facilitator-Op'],
];

function facilitatorJson(status, body, extra = untyped([])) {
  const headers = [['Content-Type', 'application/json'], ...extra];
  if (status === 503) headers.push(['Retry-After', '5']);
  return toResponse({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, FACILITATOR_CORS);
}

function facilitatorError(status, error, message, extra = untyped([])) {
  return facilitatorJson(status, { error, message, statusCode: status }, extra);
}

/** The operation: Cloud path suffix, else `?op=`, else `X-Facilitator-Op`, else GET → supported. */
function facilitatorOp(req) {
  const url = new URL(req.url);
  const last = url.pathname.replace(/\/+$/, '').split('/').pop() || '';
  if (FACILITATOR_OPS.includes(last.toLowerCase())) return last.toLowerCase();
  const named = url.searchParams.get('op') || req.headers.get('x-facilitator-op');
  if (named) return FACILITATOR_OPS.includes(named.trim().toLowerCase()) ? named.trim().toLowerCase() : 'unknown';
  return req.method === 'GET' ? 'supported' : 'unknown';
}

/** Open when X402_FACILITATOR_TOKEN is not set; otherwise the bearer token must match it. */
function facilitatorAuthorized(req) {
  const expected = Deno.env.get('X402_FACILITATOR_TOKEN');
  return !expected || bearerMatches(req, expected);
}

/** A reply of the core (JSON text) as the response, with the facilitator's CORS headers. */
function facilitatorReply(text) {
  return toResponse(replyOf(text), FACILITATOR_CORS);
}

const ALREADY_USED = 'invalid_exact_evm_nonce_already_used';

async function facilitatorVerify(payment) {
  // A payment this facilitator already settled (or holds for another resource) is spent.
  const db = ledgerDb();
  if (db) {
    const paid = JSON.parse(wasm.call(() => payment.ledgerJson));
    const found = await ledgerFind(db, paid.payer, paid.nonce);
    if (found.row && found.row.status !== 'failed') {
      return facilitatorReply(wasm.call(() => payment.failedReply('verify', 402, ALREADY_USED, 'this payment was already presented for settlement')));
    }
  }
  // With RPC_URL: a payer who cannot pay is refused without asking OKX.
  const funds = untyped(await checkBalance(payment));
  if (funds.kind === 'failed') return facilitatorReply(wasm.call(() => payment.failedReply('verify', funds.error.status, funds.error.reason, funds.error.message)));
  const v = untyped(await verifyPayment(payment));
  if (v.kind !== 'verified') return facilitatorReply(wasm.call(() => payment.failedReply('verify', v.error.status, v.error.reason, v.error.message)));
  return facilitatorReply(wasm.call(() => payment.facilitatorReply('verify', '')));
}

async function facilitatorSettle(payment, settler) {
  // The row keeps the caller's (accepted) requirements with the payment, so it can be
  // settled again without the caller (x402-reconcile); the paywall's fields are unchanged.
  const paid = JSON.parse(wasm.call(() => payment.ledgerJson));
  const db = ledgerDb();
  const fail = (status, reason, message) => facilitatorReply(wasm.call(() => payment.failedReply('settle', status, reason, message)));
  const settled = (txHash) => facilitatorReply(wasm.call(() => payment.facilitatorReply('settle', txHash)));
  if (!db) return fail(500, 'missing_secret', 'INSFORGE_BASE_URL and API_KEY are needed to record payments');
  const row = Object.assign(paymentRow(paid, settler, FACILITATOR_SLUG), {
    endpoint: paid.resource || `/functions/${FACILITATOR_SLUG}`,
  });

  // With RPC_URL: a payer who cannot pay is refused before anything is written or sent.
  const unpaid = await unfunded(db, payment, paid);
  if (unpaid) return fail(unpaid.error.status, unpaid.error.reason, unpaid.error.message);
  if (await ledgerThrottled(db, paid.payer)) return fail(429, 'too_many_attempts', 'too many unsettled payments from this payer in the last minute; retry later');
  const claim = untyped(await ledgerAcquire(db, row));
  if (claim.state === 'unavailable') return fail(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was settled');
  if (claim.state === 'elsewhere') return fail(402, ALREADY_USED, 'this payment was made for another resource or requirements');
  if (claim.state === 'busy') return fail(409, 'payment_in_progress', 'this payment is being settled; retry with the same payment');
  // Already paid: the recorded settlement, without charging again.
  if (claim.state === 'settled') return settled(claim.row.tx_hash || '');

  const ctx = { db, rowId: claim.row.id };
  let outcome;
  if (claim.state === 'resolve') {
    // An earlier attempt was sent and its outcome is unknown: find out, never send again.
    outcome = untyped(await resolvePayment(payment, { txHash: claim.row.tx_hash }, ctx));
  } else {
    if (!(await ledgerSubmitted(db, claim.row.id))) return fail(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was settled');
    outcome = untyped(await settlePayment(payment, ctx));
  }
  const recorded = await ledgerRecord(db, claim.row.id, outcome, `${FACILITATOR_SLUG} settle`);
  if (recorded === 'settled') return settled(outcome.txHash);
  // Failed: the same payment may be presented again. Unknown: the money may have moved; the
  // row stays pending for x402-reconcile.
  return fail(outcome.error.status, outcome.error.reason, outcome.error.message);
}

export function x402Facilitator() {
  return async function (req) {
    let payment = untyped(null);
    try {
      if (req.method === 'OPTIONS') return toResponse({ status: 204, headers: [], body: '' }, FACILITATOR_CORS);
      if (!facilitatorAuthorized(req)) {
        return facilitatorError(401, 'unauthorized', 'send Authorization: Bearer <X402_FACILITATOR_TOKEN>', [['WWW-Authenticate', 'Bearer']]);
      }
      const op = facilitatorOp(req);
      if (op === 'unknown') {
        return facilitatorError(400, 'unknown_operation', 'name the operation: POST /verify or /settle, GET /supported (Cloud paths), or ?op=verify|settle|supported or the X-Facilitator-Op header');
      }
      const config = facilitatorConfig();
      if (op === 'supported') {
        if (req.method !== 'GET' && req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', 'use GET', [['Allow', 'GET']]);
        return facilitatorReply(wasm.call(() => config.supported()));
      }
      if (req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', `use POST for ${op}`, [['Allow', 'POST']]);
      const text = (await req.text()).slice(0, FACILITATOR_MAX_BODY_CHARS);
      const checked = wasm.call(() => config.check(op, text, nowSeconds()));
      if (typeof checked === 'string') return facilitatorReply(checked);
      payment = checked;
      const settler = wasm.call(() => payment.settler);
      return op === 'verify' ? await facilitatorVerify(payment) : await facilitatorSettle(payment, settler);
    } catch (e) {
      logInternal(FACILITATOR_SLUG, e);
      return internalError(FACILITATOR_CORS);
    } finally {
      release(payment);
    }
  };
}
