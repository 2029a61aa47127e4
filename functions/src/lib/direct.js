// X402_SETTLER=direct: settle on chain from the seller's gas wallet, no third party.
// Rust (src/x402/evm/settle.rs) plans every step: chain id, authorizationState, balance,
// eth_call simulation, fees, gas, the signed EIP-1559 transaction, the receipt verdict (the
// Transfer log must be there). JS performs the JSON-RPC calls, tries RPC_URL's nodes in order,
// and takes the account nonce from the ledger (migrations/003) so concurrent settlements never
// share one.

import { fetchWithin, sleep } from './http.js';
import { LEDGER_TABLE, ledgerCall, ledgerPendingHash } from './ledger.js';
import { untyped } from './untyped.js';
import { rejectReply, wasm } from './x402-wasm.js';

const DIRECT_RPC_TIMEOUT_MS = 8000;
const DIRECT_RECEIPT_POLLS = 40;
const DIRECT_RECEIPT_INTERVAL_MS = 500;

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
export async function directSettle(env, resource, checked, paymentJson, db, rowId) {
  const refuse = (error) => rejectReply(env, resource, error, paymentJson);
  const key = Deno.env.get('SETTLER_PRIVATE_KEY');
  if (!key) return { fail: 'missing_secret', reply: refuse({ status: 500, reason: 'missing_secret', message: 'SETTLER_PRIVATE_KEY is not set' }) };
  const urls = checked.rpcUrls;
  const state = untyped({ privateKey: key, chainId: checked.chainId, rpcUrl: urls[0], payment: paymentJson, answers: {} });
  let settler = null;
  let sentHash = null;
  let polls = 0;
  const giveBack = async () => {
    if (settler !== null && state.nonce !== undefined && sentHash === null) await releaseNonce(db, settler, checked.chainId, state.nonce);
  };
  for (let guard = 0; guard < 100; guard++) {
    const step = JSON.parse(wasm.call((w) => w.evm_plan_step(JSON.stringify(state))));
    if (step.request) {
      if (step.step === 'send') {
        // The hash is known before broadcasting: record it first, so nothing sent is untracked.
        sentHash = step.tx.hash;
        await ledgerPendingHash(db, rowId, sentHash);
      }
      const body = await rpcAcross(urls, step.request);
      if (body === null) {
        await giveBack();
        const error = { status: 503, reason: 'rpc_unreachable', message: 'no JSON-RPC node in RPC_URL answered' };
        return sentHash ? { unknown: true, txHash: sentHash, reply: refuse(error) } : { fail: 'rpc_unreachable', reply: refuse(error) };
      }
      if (step.step === 'nonce') {
        const chainNonce = Number(BigInt(JSON.parse(body).result ?? '0x0'));
        settler = JSON.parse(step.request.body).params[0].toLowerCase();
        const nonce = await allocateNonce(db, settler, checked.chainId, chainNonce);
        if (nonce === null) return { fail: 'ledger_unavailable', reply: refuse({ status: 503, reason: 'ledger_unavailable', message: 'the settler nonce could not be allocated; nothing was sent' }) };
        state.nonce = nonce;
        await ledgerCall(() => db.from(LEDGER_TABLE).update({ settler_nonce: nonce }).eq('id', rowId));
        continue;
      }
      state.answers[step.step] = body;
      continue;
    }
    if (step.outcome === 'settled') return { txHash: step.txHash };
    if (step.outcome === 'pending' && polls++ < DIRECT_RECEIPT_POLLS) {
      delete state.answers.receipt;
      await sleep(DIRECT_RECEIPT_INTERVAL_MS);
      continue;
    }
    if (step.outcome === 'pending' || (step.outcome === 'failed' && step.retryable && sentHash)) {
      return { unknown: true, txHash: sentHash, reply: refuse({ status: 503, reason: 'settlement_pending', message: 'the transaction is not confirmed yet; retry with the same payment' }) };
    }
    await giveBack();
    return { fail: step.error?.reason || 'settle_failed', reply: refuse(step.error) };
  }
  await giveBack();
  return { fail: 'settle_failed', reply: refuse({ status: 500, reason: 'internal_error', message: 'settlement did not converge' }) };
}
