// X402_SETTLER=direct: settle on chain from the seller's gas wallet, no third party.
// Rust (src/x402/evm/settle.rs) plans every step: chain id, authorizationState, balance,
// eth_call simulation, fees, gas, the signed EIP-1559 transaction, the receipt verdict (the
// Transfer log must be there). The plan is a wasm object (`DirectPlan`) holding the settler's
// key, the payment and the answers so far: JS asks for the next step, performs the JSON-RPC
// call (RPC_URL's nodes in order) and hands the answer back, and takes the account nonce from
// the ledger (migrations/003) so concurrent settlements never share one.

import { fetchWithin, sleep } from './http.js';
import { LEDGER_TABLE, ledgerCall, ledgerPendingHash } from './ledger.js';
import { untyped } from './untyped.js';
import { rejectReply, release, wasm } from './x402-wasm.js';

const DIRECT_RPC_TIMEOUT_MS = 8000;
const DIRECT_RECEIPT_POLLS = 40;
const DIRECT_RECEIPT_INTERVAL_MS = 500;

/** RPC_URL's nodes in the order to try them (the core checked them when it read the secrets). */
export function rpcUrls() {
  return (Deno.env.get('RPC_URL') || '').split(',').map((u) => u.trim()).filter((u) => u);
}

/** The JSON-RPC body from the first node that answers, or null when none does. */
export async function rpcAcross(urls, request) {
  for (const url of urls) {
    const res = await fetchWithin(url, { method: request.method, headers: request.headers, body: request.body }, DIRECT_RPC_TIMEOUT_MS);
    if (res !== 'unreachable' && res.status < 500) return res.text();
    if (res !== 'unreachable') await res.body?.cancel();
  }
  return null;
}

async function allocateNonce(db, settler, chainId, chainNonce) {
  const { data, error } = await ledgerCall(() => db.rpc('x402_allocate_settler_nonce', { p_settler: settler, p_chain_id: chainId, p_chain_nonce: chainNonce }));
  const n = Array.isArray(data) ? data[0] : data;
  const value = typeof n === 'object' && n !== null ? Object.values(n)[0] : n;
  return error || !Number.isFinite(Number(value)) ? null : Number(value);
}

async function releaseNonce(db, settler, chainId, nonce) {
  await ledgerCall(() => db.rpc('x402_release_settler_nonce', { p_settler: settler, p_chain_id: chainId, p_nonce: nonce }));
}

/**
 * Same contract as settleClaimed (lib/settle.js): {txHash} | {fail, reply} (nothing was broadcast, or the chain
 * refused it) | {unknown, txHash?, reply} (a transaction may be on its way: x402-reconcile).
 */
export async function directSettle(payment, db, rowId) {
  const refuse = (e) => rejectReply(payment, e);
  const key = Deno.env.get('SETTLER_PRIVATE_KEY');
  if (!key) return { fail: 'missing_secret', reply: refuse({ status: 500, reason: 'missing_secret', message: 'SETTLER_PRIVATE_KEY is not set' }) };
  const plan = wasm.call(() => payment.directPlan(key));
  try {
    return await walkPlan(plan, refuse, db, rowId);
  } finally {
    release(plan);
  }
}

async function walkPlan(plan, refuse, db, rowId) {
  const urls = rpcUrls();
  const chainId = wasm.call(() => plan.chainId);
  let settler = untyped(null);
  let nonce = untyped(null);
  let sentHash = untyped(null);
  let polls = 0;
  const giveBack = async () => {
    if (settler !== null && nonce !== null && sentHash === null) await releaseNonce(db, settler, chainId, nonce);
  };
  let step = wasm.call(() => plan.next());
  for (let guard = 0; guard < 100; guard++) {
    const requestText = step.request;
    if (requestText !== undefined) {
      const request = JSON.parse(requestText);
      const name = step.name;
      if (name === 'send') {
        // The hash is known before broadcasting: record it first, so nothing sent is untracked.
        sentHash = step.txHash;
        await ledgerPendingHash(db, rowId, sentHash);
      }
      const body = await rpcAcross(urls, request);
      if (body === null) {
        await giveBack();
        const error = { status: 503, reason: 'rpc_unreachable', message: 'no JSON-RPC node in RPC_URL answered' };
        return sentHash ? { unknown: true, txHash: sentHash, reply: refuse(error) } : { fail: 'rpc_unreachable', reply: refuse(error) };
      }
      if (name === 'nonce') {
        const chainNonce = Number(BigInt(JSON.parse(body).result ?? '0x0'));
        settler = wasm.call(() => plan.settler);
        nonce = await allocateNonce(db, settler, chainId, chainNonce);
        if (nonce === null) return { fail: 'ledger_unavailable', reply: refuse({ status: 503, reason: 'ledger_unavailable', message: 'the settler nonce could not be allocated; nothing was sent' }) };
        await ledgerCall(() => db.from(LEDGER_TABLE).update({ settler_nonce: nonce }).eq('id', rowId));
        step = wasm.call(() => plan.useNonce(nonce));
        continue;
      }
      step = wasm.call(() => plan.answer(body));
      continue;
    }
    const kind = step.kind;
    if (kind === 'settled') return { txHash: step.txHash };
    if (kind === 'pending' && polls++ < DIRECT_RECEIPT_POLLS) {
      // The plan asks for the receipt again.
      await sleep(DIRECT_RECEIPT_INTERVAL_MS);
      step = wasm.call(() => plan.next());
      continue;
    }
    if (kind === 'pending' || (kind === 'failed' && step.retryable && sentHash)) {
      return { unknown: true, txHash: sentHash, reply: refuse({ status: 503, reason: 'settlement_pending', message: 'the transaction is not confirmed yet; retry with the same payment' }) };
    }
    await giveBack();
    return { fail: step.reason || 'settle_failed', reply: refuse(step) };
  }
  await giveBack();
  return { fail: 'settle_failed', reply: refuse({ status: 500, reason: 'internal_error', message: 'settlement did not converge' }) };
}
