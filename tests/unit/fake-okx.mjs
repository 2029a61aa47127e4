// A fake OKX facilitator API (both generations) and JSON-RPC node behind `globalThis.fetch`,
// with the answer builders of its wire format, for the unit tests that drive a real x402
// `PaymentFlow` (lib/flow.js's runFlow) to its end. Moved here from the deleted
// settle-okx.test.mjs.

import assert from 'node:assert/strict';
import { toEventSelector } from 'viem';
import { USDG } from '../support/payments.mjs';

export const OKX_URL = 'https://okx.test';
export const RPC_URL = 'https://rpc.test';
// X Layer's public node: the chain's proofs go there when RPC_URL is not set.
export const PUBLIC_RPC = 'https://rpc.xlayer.tech';
export const TX = `0x${'ab'.repeat(32)}`;
export const TX2 = `0x${'cd'.repeat(32)}`;
export const USED_TX = `0x${'ef'.repeat(32)}`;
export const POLL_MS = 500; // the flow's poll interval
export const OKX_SECRETS = { OKX_API_KEY: 'okx-key', OKX_SECRET_KEY: 'okx-secret', OKX_PASSPHRASE: 'okx-pass', OKX_BASE_URL: OKX_URL };

// OKX's envelopes: current {code, msg, data:{…}}, legacy {code, msg, data:[{…}]}.
export const envelope = (data, legacy = false) => ({ status: 200, body: { code: legacy ? '0' : 0, msg: '', data: legacy ? [data] : data } });
export const okxError = (status, code, msg) => ({ status, body: { code, msg, data: null } });
export const verified = (payer, legacy) =>
  envelope(legacy ? { isValid: true, payer, invalidReason: null } : { isValid: true, invalidReason: null, invalidMessage: null, payer }, legacy);
export const invalid = (reason, legacy) => envelope({ isValid: false, invalidReason: reason, payer: null, ...(legacy ? {} : { invalidMessage: reason }) }, legacy);
export const settleData = ({ success = true, hash = TX, status = 'success', errorReason = null } = {}) => ({
  success,
  transaction: hash,
  network: 'eip155:196',
  payer: null,
  errorReason,
  errorMessage: errorReason,
  status,
});
export const settled = (o) => envelope(settleData(o));
export const settledLegacy = ({ success = true, hash = TX, errorMsg = '' } = {}) =>
  envelope({ success, payer: null, txHash: hash, errorMsg, chainIndex: '196', chainName: 'X Layer' }, true);
export const statusAnswer = (status, hash = TX, errorReason = null) => envelope(settleData({ success: status === 'success', hash, status, errorReason }));

// JSON-RPC answers and the token's logs for the on-chain proof of a used authorization.
export const rpcResult = (result) => ({ status: 200, body: { jsonrpc: '2.0', id: 1, result } });
export const word = (n) => `0x${n.toString(16).padStart(64, '0')}`;
export const addressWord = (a) => `0x${a.slice(2).toLowerCase().padStart(64, '0')}`;
export const AUTHORIZATION_USED = toEventSelector('AuthorizationUsed(address,bytes32)');
export const TRANSFER = toEventSelector('Transfer(address,address,uint256)');
export const authorizationUsedLog = (payer, nonce, tx) => ({ address: USDG, topics: [AUTHORIZATION_USED, addressWord(payer), nonce], data: '0x', transactionHash: tx });
export const transferLog = (from, to, value) => ({ address: USDG, topics: [TRANSFER, addressWord(from), addressWord(to)], data: word(BigInt(value)) });
export const receiptOf = (tx, status, logs) => ({ transactionHash: tx, status, logs });

/**
 * `globalThis.fetch` playing OKX (and a JSON-RPC node at RPC_URL) for the test's duration.
 * `script[op]` (verify | settle | status, or a JSON-RPC method such as eth_call) is an answer
 * or a list of answers consumed in order (the last one repeats): {status, body}, 'unreachable'
 * (the connection fails), 'hang' (no answer until the request's signal aborts) or 'broken'
 * (headers arrive, the body cannot be read). Every call is recorded as {op, legacy, url,
 * method, headers, body, signal} (a call to anything else as {op: 'unexpected', url}). The
 * JSON-RPC node answers at RPC_URL and at X Layer's public node (PUBLIC_RPC).
 */
export function fakeOkx(t, script) {
  const calls = [];
  const saved = globalThis.fetch;
  const queue = (op) => {
    const s = script[op];
    if (s === undefined) throw new Error(`unexpected call: ${op}`);
    if (!Array.isArray(s)) return s;
    return s.length > 1 ? s.shift() : s[0];
  };
  globalThis.fetch = async (url, init = {}) => {
    const u = new URL(url);
    let op;
    let legacy = false;
    if (u.origin === RPC_URL || u.origin === PUBLIC_RPC) {
      op = JSON.parse(init.body).method;
    } else {
      const m = /^\/api\/v6\/(pay\/)?x402\/(verify|settle|settle\/status)$/.exec(u.pathname);
      if (!(u.origin === OKX_URL && m)) {
        // Recorded before it fails: a fetch error reads as "unreachable" to the flow, so only
        // the record shows a call that should never have been made.
        calls.push({ op: 'unexpected', url });
        assert.fail(`an OKX endpoint or a JSON-RPC node: ${url}`);
      }
      op = m[2] === 'settle/status' ? 'status' : m[2];
      legacy = !m[1];
    }
    // What a real fetch does with a body on a GET.
    if (init.method === 'GET' && init.body !== undefined) throw new TypeError('Request with GET/HEAD method cannot have body.');
    const headers = new Headers(init.headers);
    const call = { op, legacy, url, method: init.method, headers, body: init.body, signal: init.signal };
    calls.push(call);
    if (u.origin === OKX_URL) assert.ok(headers.get('ok-access-sign') && headers.get('ok-access-key') === OKX_SECRETS.OKX_API_KEY, 'signed with the OKX key');
    const answer = queue(op);
    if (answer === 'unreachable') throw new TypeError('fetch failed');
    if (answer === 'hang') {
      return new Promise((_resolve, reject) => {
        // An open connection keeps the process alive; AbortSignal.timeout's timer does not.
        const open = setInterval(() => {}, 1000);
        const abort = () => (clearInterval(open), reject(init.signal.reason));
        if (init.signal.aborted) abort();
        else init.signal.addEventListener('abort', abort);
      });
    }
    if (answer === 'broken') {
      const body = new ReadableStream({ start: (c) => c.error(new TypeError('terminated')) });
      return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };
  t.after(() => {
    globalThis.fetch = saved;
  });
  const count = (op) => calls.filter((c) => c.op === op).length;
  return { calls, count };
}

/** Lets pending I/O callbacks and promise chains run (setImmediate is not mocked). */
export const turn = () => new Promise((resolve) => setImmediate(resolve));
export async function until(cond, what) {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await turn();
  }
  assert.fail(`never happened: ${what}`);
}

/** Runs `promise` to its end, advancing the mocked clock one poll interval at a time. */
export async function drive(t, promise) {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 50 && !done; i++) {
    for (let j = 0; j < 20 && !done; j++) await turn();
    if (!done) t.mock.timers.tick(POLL_MS);
  }
  return promise;
}

