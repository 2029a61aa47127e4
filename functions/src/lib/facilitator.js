// x402-facilitator: a generic x402 facilitator for other resource servers.
//   POST verify    {x402Version, paymentPayload, paymentRequirements} → {isValid, invalidReason?, payer?}
//   POST settle    same body → {success, transaction, network, payer, errorReason?}
//   GET  supported → {kinds:[{x402Version, scheme, network}]}
// Addressing: on Cloud the path suffix (/x402-facilitator/verify); on self-hosted InsForge
// (no sub-paths) `?op=verify` or the `X-Facilitator-Op` header; a GET without an op is supported.
//
// Rust (src/x402/facilitator.rs) parses and checks the request and writes every body; the
// caller's requirements come back as a "paywall env", so the paywall's settlement
// (lib/settle.js) and its write-ahead ledger (lib/ledger.js) are reused as is: a payment
// settles once, a duplicate gets the recorded answer, concurrent duplicates wait.

import { bearerMatches } from './bearer.js';
import { internalError, logInternal, nowSeconds, secretsJson, toResponse } from './http.js';
import { ledgerAcquire, ledgerDb, ledgerRecord, paymentRow } from './ledger.js';
import { OKX_VERIFY_TIMEOUT_MS, okxCall, settleClaimed } from './settle.js';
import { untyped } from './untyped.js';
import { wasm } from './x402-wasm.js';

const FACILITATOR_SLUG = 'x402-facilitator';
const FACILITATOR_OPS = ['verify', 'settle', 'supported'];
// Rust refuses bodies over 16 KiB; far larger ones are not even handed to it.
const FACILITATOR_MAX_BODY_CHARS = 64 * 1024;
const FACILITATOR_CORS = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Allow-Methods', 'GET, POST, OPTIONS'],
  ['Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Facilitator-Op'],
];

function facilitatorEnv() {
  return secretsJson(wasm.call((w) => w.x402_facilitator_env_keys()));
}

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

/** `{ok:false, status, error, verify, settle}` (or an internal failure) as the op's response. */
function facilitatorRefusal(op, answer) {
  const status = typeof answer.status === 'number' ? answer.status : 500;
  const body = op === 'verify' || op === 'settle' ? answer[op] : undefined;
  if (body && typeof body === 'object') return facilitatorJson(status, body);
  const e = answer.error || {};
  return facilitatorError(status, e.reason || 'internal_error', e.message || 'the facilitator failed');
}

/** A failure after local verification; `error` is {status, reason, message} or an I/O code. */
function facilitatorFailed(op, paymentJson, error) {
  const text = typeof error === 'string' ? error : JSON.stringify(error);
  return facilitatorRefusal(op, JSON.parse(wasm.call((w) => w.x402_facilitator_failed(paymentJson, text))));
}

/** {status, reason, message} of a paywall reply (402 challenge or {error, message} JSON). */
function replyError(reply, fallbackReason) {
  let body = untyped({});
  try {
    body = JSON.parse(reply?.body || '{}');
  } catch (_e) {
    body = {};
  }
  return { status: reply?.status || 500, reason: body.error || fallbackReason, message: body.message || fallbackReason };
}

function facilitatorSettledBody(paymentJson, txHash) {
  return wasm.call((w) => w.x402_facilitator_settled(paymentJson, txHash));
}

async function facilitatorVerify(checked, paymentJson) {
  if (checked.facilitator !== 'mock') {
    const v = untyped(await okxCall(checked.env, 'verify', paymentJson, OKX_VERIFY_TIMEOUT_MS));
    if (v.outcome === 'refused') return facilitatorFailed('verify', paymentJson, v.answer.error || 'verify_unreachable');
    if (v.outcome !== 'verified') return facilitatorFailed('verify', paymentJson, v.error || 'verify_unreachable');
  }
  return facilitatorJson(200, wasm.call((w) => w.x402_facilitator_verified(paymentJson)));
}

async function facilitatorSettle(checked, paymentJson) {
  const payment = checked.payment;
  const db = ledgerDb();
  const fail = (status, reason, message) => facilitatorFailed('settle', paymentJson, { status, reason, message });
  if (!db) return fail(500, 'missing_secret', 'INSFORGE_BASE_URL and API_KEY are needed to record payments');
  // The caller's (accepted) requirements ride along in `payment`, so the row can be settled
  // again without the caller (x402_facilitator_env_for); the paywall's fields are unchanged.
  const row = Object.assign(paymentRow(payment, checked.facilitator, FACILITATOR_SLUG), {
    endpoint: payment.resource || `/functions/${FACILITATOR_SLUG}`,
    payment: Object.assign({}, payment, { requirements: checked.requirements }),
  });

  const claim = untyped(await ledgerAcquire(db, row));
  if (claim.state === 'unavailable') return fail(503, 'ledger_unavailable', 'the payment ledger cannot be written; nothing was settled');
  if (claim.state === 'busy') return fail(409, 'payment_in_progress', 'this payment is being settled; retry with the same payment');
  // Already paid: the recorded settlement, without charging again.
  if (claim.state === 'settled') return facilitatorJson(200, facilitatorSettledBody(paymentJson, claim.row.tx_hash || ''));

  const outcome = untyped(await settleClaimed(checked.env, payment.resource, checked.facilitator, paymentJson));
  const recorded = await ledgerRecord(db, claim.row.id, outcome, `${FACILITATOR_SLUG} settle`);
  if (recorded === 'settled') return facilitatorJson(200, facilitatorSettledBody(paymentJson, outcome.txHash));
  // Unknown: the money may have moved; the row stays pending for x402-reconcile and the same
  // payment may be retried.
  if (recorded === 'unknown') return facilitatorFailed('settle', paymentJson, replyError(outcome.reply, 'unexpected_settle_error'));
  const e = replyError(outcome.reply, outcome.fail);
  return facilitatorFailed('settle', paymentJson, { status: e.status, reason: outcome.fail, message: e.message });
}

export function x402Facilitator() {
  return async function (req) {
    try {
      if (req.method === 'OPTIONS') return toResponse({ status: 204, headers: [], body: '' }, FACILITATOR_CORS);
      if (!facilitatorAuthorized(req)) {
        return facilitatorError(401, 'unauthorized', 'send Authorization: Bearer <X402_FACILITATOR_TOKEN>', [['WWW-Authenticate', 'Bearer']]);
      }
      const op = facilitatorOp(req);
      if (op === 'unknown') {
        return facilitatorError(400, 'unknown_operation', 'name the operation: POST /verify or /settle, GET /supported (Cloud paths), or ?op=verify|settle|supported or the X-Facilitator-Op header');
      }
      const env = facilitatorEnv();
      if (op === 'supported') {
        if (req.method !== 'GET' && req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', 'use GET', [['Allow', 'GET']]);
        const s = JSON.parse(wasm.call((w) => w.x402_supported(env)));
        return s.ok ? facilitatorJson(200, JSON.stringify(s.body)) : facilitatorRefusal(op, s);
      }
      if (req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', `use POST for ${op}`, [['Allow', 'POST']]);
      const text = await req.text();
      if (text.length > FACILITATOR_MAX_BODY_CHARS) return facilitatorFailed(op, '', { status: 413, reason: 'invalid_payload', message: 'request body is too large' });
      const checked = untyped(JSON.parse(wasm.call((w) => w.x402_facilitator_verify(env, text, nowSeconds()))));
      if (!checked.ok) return facilitatorRefusal(op, checked);
      const paymentJson = JSON.stringify(checked.payment);
      return op === 'verify' ? await facilitatorVerify(checked, paymentJson) : await facilitatorSettle(checked, paymentJson);
    } catch (e) {
      logInternal(FACILITATOR_SLUG, e);
      return internalError(FACILITATOR_CORS);
    }
  };
}
