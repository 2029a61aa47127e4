// The JSON-RPC and account-nonce side of the settlement seam (lib/settle.js drives it):
// RPC_URL's nodes tried in order, and the settler account's nonces taken from the ledger
// (migrations/003) so concurrent direct settlements never share one.

import { fetchWithin } from './http.js';
import { ledgerCall } from './ledger.js';

const RPC_TIMEOUT_MS = 8000;

/** {status, body} from the first node that answers (status 0 when none does). */
export async function rpcAcross(urls, request) {
  for (const url of urls) {
    const res = await fetchWithin(url, { method: request.method, headers: request.headers, body: request.body }, RPC_TIMEOUT_MS);
    if (res === 'unreachable') continue;
    if (res.status < 500) {
      try {
        return { status: res.status, body: await res.text() };
      } catch (_e) {
        // The answer broke off (or its deadline passed) mid-body: as if the node never answered.
        continue;
      }
    }
    await res.body?.cancel();
  }
  return { status: 0, body: '' };
}

export async function allocateNonce(db, settler, chainId, chainNonce) {
  const { data, error } = await ledgerCall(() => db.rpc('x402_allocate_settler_nonce', { p_settler: settler, p_chain_id: chainId, p_chain_nonce: chainNonce }));
  const n = Array.isArray(data) ? data[0] : data;
  const value = typeof n === 'object' && n !== null ? Object.values(n)[0] : n;
  return error || !Number.isFinite(Number(value)) ? null : Number(value);
}

export async function releaseNonce(db, settler, chainId, nonce) {
  await ledgerCall(() => db.rpc('x402_release_settler_nonce', { p_settler: settler, p_chain_id: chainId, p_nonce: nonce }));
}
