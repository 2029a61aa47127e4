// The settlement seam's driver: one loop for every backend (OKX current or legacy, direct on
// chain, mock). Rust (src/x402/settle) holds the conversation in a `Settlement` object: it
// names each request (to the facilitator, or to RPC_URL's nodes), reads each answer and ends
// with one typed outcome. JS performs the requests, records a direct transaction's hash
// before it is broadcast, takes direct account nonces from the ledger, and polls `pending`.
//
// Every verb answers one of:
//   {kind: 'verified'}                               (verifyPayment, checkBalance only)
//   {kind: 'settled', txHash, proof}                 the money moved (proof: facilitator | receipt | mock)
//   {kind: 'failed', reason, error, reply}           certainly nothing moved: the row may be retried
//   {kind: 'unknown', txHash?, error, reply}         it may have moved: the row stays pending
// `error` is {status, reason, message}; `reply` the paywall's refusal reply for it.

import { fetchWithin, sleep } from './http.js';
import { allocateNonce, releaseNonce, rpcAcross } from './direct.js';
import { LEDGER_TABLE, ledgerCall, ledgerFind, ledgerPendingHash } from './ledger.js';
import { untyped } from './untyped.js';
import { rejectReply, release, wasm } from './x402-wasm.js';

const OKX_TIMEOUT_MS = 5000;
// Settlement waits for the chain (syncSettle); X402_SETTLE_TIMEOUT_MS overrides (100..55000).
const OKX_SETTLE_TIMEOUT_MS = 15000;
const POLL_INTERVAL_MS = 500;
// How often a pending settlement is polled before its outcome is left unknown.
const POLLS = { okx: 6, direct: 40, mock: 0 };
const PENDING = { status: 503, reason: 'settlement_pending', message: 'the settlement is still pending on chain; retry with the same payment' };

export function settleTimeoutMs() {
  const ms = Number(Deno.env.get('X402_SETTLE_TIMEOUT_MS'));
  return Number.isFinite(ms) && ms >= 100 && ms <= 55000 ? ms : OKX_SETTLE_TIMEOUT_MS;
}

/** Would the payment settle? (facilitator verify; direct: the on-chain pre-checks) */
export function verifyPayment(payment, ctx = untyped({})) {
  return drive(payment, 'verify', '', ctx);
}

/**
 * The balance pre-check (src/x402/settle/balance.rs): with RPC_URL, `balanceOf(payer) >= value`
 * on the token, asked before anything is claimed or sent. {kind: 'failed'} (402
 * insufficient_funds) only when the node says the funds are missing; without RPC_URL, or when
 * no node answers, {kind: 'verified'}: the check never blocks a payment.
 */
export function checkBalance(payment) {
  return drive(payment, 'balance', '', untyped({}));
}

/**
 * The pre-check's refusal (a failed outcome with its 402 reply), or null to go on. A payment
 * the ledger already holds (settled, or sent with its outcome unknown) is exempt: its money
 * may have moved already, so the payer's balance says nothing about it, and the claim that
 * follows serves or resolves it. A ledger that cannot be read exempts the payment too (the
 * claim then answers for the ledger). Nothing is written.
 */
export async function unfunded(db, payment, paid) {
  const funds = untyped(await checkBalance(payment));
  if (funds.kind !== 'failed') return null;
  const found = await ledgerFind(db, paid.payer, paid.nonce);
  if (found.error || (found.row && found.row.status !== 'failed')) return null;
  return funds;
}

/** Settles a claimed payment. `ctx`: {db, rowId} of its ledger row (direct records its hash and nonce there). */
export function settlePayment(payment, ctx = untyped({})) {
  return drive(payment, 'settle', '', ctx);
}

/**
 * What became of a payment whose outcome is unknown; `known` = {txHash} the ledger holds
 * (null/'' for none). `ctx.polls` overrides how often a pending one is polled (0: not at all).
 */
export function resolvePayment(payment, known, ctx = untyped({})) {
  return drive(payment, 'resolve', (known && known.txHash) || '', ctx);
}

async function drive(payment, verb, txHash, ctx) {
  const key = wasm.call(() => payment.settler) === 'direct' ? Deno.env.get('SETTLER_PRIVATE_KEY') || '' : '';
  const session = wasm.call(() => payment.settlement(verb, txHash, key));
  try {
    return await walk(payment, session, ctx);
  } finally {
    release(session);
  }
}

async function facilitatorCall(request, name) {
  const timeout = name === 'settle' ? settleTimeoutMs() : OKX_TIMEOUT_MS;
  const res = await fetchWithin(request.url, { method: request.method, headers: request.headers, body: request.method === 'GET' ? undefined : request.body }, timeout);
  if (res === 'unreachable') return { status: 0, body: '' };
  try {
    return { status: res.status, body: await res.text() };
  } catch (_e) {
    // The answer broke off (or its deadline passed) mid-body: nobody answered.
    return { status: 0, body: '' };
  }
}

async function walk(payment, session, ctx) {
  const settler = wasm.call(() => payment.settler);
  const urls = wasm.call(() => session.rpcUrls).split(',').filter((u) => u);
  // The payment's CAIP-2 network is the settlement chain (the core checked both).
  const chainId = Number(String(JSON.parse(wasm.call(() => payment.ledgerJson)).network).split(':')[1]);
  const polls = Number.isFinite(ctx.polls) ? ctx.polls : (POLLS[settler] ?? 0);
  let account = untyped(null);
  let nonce = untyped(null);
  let sentHash = untyped(null);
  let polled = 0;
  // A direct nonce allocated but never used for a broadcast goes back to the ledger.
  const giveBack = async () => {
    if (ctx.db && account !== null && nonce !== null && sentHash === null) await releaseNonce(ctx.db, account, chainId, nonce);
  };
  let step = wasm.call(() => session.next(Date.now()));
  for (let guard = 0; guard < 200; guard++) {
    const requestText = step.request;
    if (requestText !== undefined) {
      const request = JSON.parse(requestText);
      const name = step.name;
      if (name === 'send') {
        // The hash is known before broadcasting: record it first, so nothing sent is untracked.
        sentHash = step.txHash;
        if (ctx.db) await ledgerPendingHash(ctx.db, ctx.rowId, sentHash);
      }
      const answer = step.target === 'chain' ? await rpcAcross(urls, request) : await facilitatorCall(request, name);
      if (name === 'nonce' && ctx.db && answer.status !== 0) {
        let chainNonce = 0;
        try {
          chainNonce = Number(BigInt(JSON.parse(answer.body).result ?? '0x0'));
        } catch (_e) {
          chainNonce = 0;
        }
        account = wasm.call(() => session.account);
        nonce = await allocateNonce(ctx.db, account, chainId, chainNonce);
        if (nonce === null) return failed(payment, { status: 503, reason: 'ledger_unavailable', message: 'the settler nonce could not be allocated; nothing was sent' });
        await ledgerCall(() => ctx.db.from(LEDGER_TABLE).update({ settler_nonce: nonce }).eq('id', ctx.rowId));
        step = wasm.call(() => session.useNonce(nonce, Date.now()));
        continue;
      }
      step = wasm.call(() => session.answer(answer.status, answer.body, Date.now()));
      continue;
    }
    const kind = step.kind;
    if (kind === 'verified') return { kind: 'verified' };
    if (kind === 'settled') return { kind: 'settled', txHash: step.txHash, proof: step.proof };
    if (kind === 'pending' && polled++ < polls) {
      await sleep(POLL_INTERVAL_MS);
      step = wasm.call(() => session.next(Date.now()));
      continue;
    }
    if (kind === 'pending') return unknown(payment, step.txHash || sentHash, PENDING);
    if (kind === 'unknown') return unknown(payment, step.txHash || sentHash, errorOf(step));
    await giveBack();
    return failed(payment, errorOf(step));
  }
  await giveBack();
  return unknown(payment, sentHash, { status: 500, reason: 'internal_error', message: 'settlement did not converge' });
}

function errorOf(step) {
  return { status: step.status || 500, reason: step.reason || 'unexpected_settle_error', message: step.message || 'settlement failed' };
}

function failed(payment, error) {
  return { kind: 'failed', reason: error.reason, error, reply: rejectReply(payment, error) };
}

// The money may have moved: always 503 (Retry-After), so the caller retries with the same
// payment rather than signing a new one, whatever status the backend gave its reason.
function unknown(payment, txHash, reason) {
  const error = { ...reason, status: 503 };
  return { kind: 'unknown', txHash: txHash || null, error, reply: rejectReply(payment, error) };
}
