// Settling a claimed payment: mock, direct (lib/direct.js) or through OKX. Rust builds every
// OKX request (HMAC-signed) and parses every answer; this module performs the calls and says
// what happened: {txHash} when the money moved, {fail, reply} when it certainly did not (the
// row may then be retried), {unknown, txHash?, reply} when the outcome is not known yet (the
// row stays pending for x402-reconcile).

import { fetchWithin, sleep } from './http.js';
import { directSettle } from './direct.js';
import { untyped } from './untyped.js';
import { rejectReply, wasm } from './x402-wasm.js';

export const OKX_VERIFY_TIMEOUT_MS = 5000;
// Settlement waits for the chain (syncSettle); X402_SETTLE_TIMEOUT_MS overrides (100..55000).
const OKX_SETTLE_TIMEOUT_MS = 15000;
// A settle answered `pending` is polled this many times on the status endpoint.
const STATUS_POLLS = 6;
const STATUS_POLL_INTERVAL_MS = 500;

export function settleTimeoutMs() {
  const ms = Number(Deno.env.get('X402_SETTLE_TIMEOUT_MS'));
  return Number.isFinite(ms) && ms >= 100 && ms <= 55000 ? ms : OKX_SETTLE_TIMEOUT_MS;
}

/** One facilitator call: builds the request in Rust, fetches, parses in Rust. */
export async function okxCall(env, op, arg, timeoutMs) {
  const built = JSON.parse(wasm.call((w) => w.x402_okx_request(env, op, arg, Date.now())));
  if (!built.ok) return { outcome: 'refused', answer: built };
  const r = built.request;
  const res = await fetchWithin(r.url, { method: r.method, headers: r.headers, body: r.method === 'GET' ? undefined : r.body }, timeoutMs);
  const status = res === 'unreachable' ? 0 : res.status;
  const body = res === 'unreachable' ? '' : await res.text();
  return JSON.parse(wasm.call((w) => w.x402_okx_parse(op, status, body)));
}

/** Settles a claimed payment; `direct` = {checked, db, rowId} for X402_SETTLER=direct. */
export async function settleClaimed(env, resource, facilitator, paymentJson, direct = untyped(null)) {
  if (facilitator === 'mock') return { txHash: JSON.parse(wasm.call((w) => w.x402_mock_settle(paymentJson))).txHash };
  if (facilitator === 'direct') return directSettle(env, resource, direct.checked, paymentJson, direct.db, direct.rowId);
  const refuse = (error) => rejectReply(env, resource, error, paymentJson);
  const verified = await okxCall(env, 'verify', paymentJson, OKX_VERIFY_TIMEOUT_MS);
  if (verified.outcome === 'refused') return { fail: verified.answer.error?.reason || 'refused', reply: verified.answer.reply };
  if (verified.outcome !== 'verified') return { fail: verified.error?.reason || 'verify_failed', reply: refuse(verified.error) };
  const settled = await okxCall(env, 'settle', paymentJson, settleTimeoutMs());
  if (settled.outcome === 'settled') return { txHash: settled.txHash };
  if (settled.outcome === 'pending') return pollSettlement(env, resource, settled.txHash, paymentJson);
  if (settled.outcome === 'refused') return { fail: settled.answer.error?.reason || 'refused', reply: settled.answer.reply };
  // A network failure or timeout leaves the outcome unknown: never call it failed.
  if (settled.error?.reason === 'settle_unreachable' || settled.retryable) {
    return { unknown: true, reply: refuse(settled.error) };
  }
  return { fail: settled.error?.reason || 'settle_failed', reply: refuse(settled.error) };
}

async function pollSettlement(env, resource, txHash, paymentJson) {
  for (let i = 0; txHash && i < STATUS_POLLS; i++) {
    await sleep(STATUS_POLL_INTERVAL_MS);
    const s = await okxCall(env, 'status', txHash, OKX_VERIFY_TIMEOUT_MS);
    if (s.outcome === 'settled') return { txHash: s.txHash || txHash };
    if (s.outcome === 'failed' && !s.retryable) {
      return { fail: s.error?.reason || 'settle_failed', reply: rejectReply(env, resource, s.error, paymentJson) };
    }
  }
  const reply = rejectReply(env, resource, { status: 503, reason: 'settlement_pending', message: 'the settlement is still pending on chain; retry with the same payment' }, paymentJson);
  return { unknown: true, txHash, reply };
}
