// Settling a claimed payment: mock, direct (lib/direct.js) or through OKX. Rust builds every
// OKX request (HMAC-signed) and parses every answer, from the `Payment` object it keeps; this
// module performs the calls and says what happened: {txHash} when the money moved, {fail,
// reply} when it certainly did not (the row may then be retried), {unknown, txHash?, reply}
// when the outcome is not known yet (the row stays pending for x402-reconcile).

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

/**
 * One facilitator call (`op` verify | settle, or status of `txHash`): Rust builds the request,
 * JS fetches, Rust reads the answer. A `Step`: verified | settled | pending | failed, or
 * refused when the call cannot be made (nothing was sent).
 */
export async function okxCall(payment, op, txHash, timeoutMs) {
  const built = wasm.call(() => payment.okxRequest(op, txHash, Date.now()));
  const request = built.request;
  if (request === undefined) return built;
  const r = JSON.parse(request);
  const res = await fetchWithin(r.url, { method: r.method, headers: r.headers, body: r.method === 'GET' ? undefined : r.body }, timeoutMs);
  const status = res === 'unreachable' ? 0 : res.status;
  const body = res === 'unreachable' ? '' : await res.text();
  return wasm.call(() => payment.okxAnswer(op, status, body));
}

/** Settles a claimed payment (`settler`: its `Payment.settler`); `direct` = {db, rowId} for X402_SETTLER=direct. */
export async function settleClaimed(payment, settler, direct = untyped(null)) {
  if (settler === 'mock') return { txHash: wasm.call(() => payment.mockTxHash()) };
  if (settler === 'direct') return directSettle(payment, direct.db, direct.rowId);
  const refuse = (step) => rejectReply(payment, step);
  const verified = await okxCall(payment, 'verify', '', OKX_VERIFY_TIMEOUT_MS);
  const verifiedKind = verified.kind;
  if (verifiedKind === 'refused') return { fail: verified.reason || 'refused', reply: refuse(verified) };
  if (verifiedKind !== 'verified') return { fail: verified.reason || 'verify_failed', reply: refuse(verified) };
  const settled = await okxCall(payment, 'settle', '', settleTimeoutMs());
  const settledKind = settled.kind;
  if (settledKind === 'settled') return { txHash: settled.txHash };
  if (settledKind === 'pending') return pollSettlement(payment, settled.txHash);
  if (settledKind === 'refused') return { fail: settled.reason || 'refused', reply: refuse(settled) };
  // A network failure or timeout leaves the outcome unknown: never call it failed.
  if (settled.retryable) return { unknown: true, reply: refuse(settled) };
  return { fail: settled.reason || 'settle_failed', reply: refuse(settled) };
}

async function pollSettlement(payment, txHash) {
  for (let i = 0; txHash && i < STATUS_POLLS; i++) {
    await sleep(STATUS_POLL_INTERVAL_MS);
    const s = await okxCall(payment, 'status', txHash, OKX_VERIFY_TIMEOUT_MS);
    const kind = s.kind;
    if (kind === 'settled') return { txHash: s.txHash || txHash };
    if (kind === 'failed' && !s.retryable) return { fail: s.reason || 'settle_failed', reply: rejectReply(payment, s) };
  }
  const reply = rejectReply(payment, { status: 503, reason: 'settlement_pending', message: 'the settlement is still pending on chain; retry with the same payment' });
  return { unknown: true, txHash, reply };
}
