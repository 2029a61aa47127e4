// The settlement seam's JS driver (functions/src/lib/settle.js) against scripted sessions: it
// sends each request where the step says, hands every answer back, records a direct
// transaction's hash before broadcasting, takes account nonces from the ledger, polls
// `pending`, and shapes the one outcome.

import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { resolvePayment, settlePayment, verifyPayment } from '../../functions/src/lib/settle.js';

const TX = `0x${'ab'.repeat(32)}`;
const log = [];
let saved;

beforeEach(() => {
  log.length = 0;
  saved = { Deno: globalThis.Deno, fetch: globalThis.fetch };
  globalThis.Deno = { env: { get: (k) => ({ SETTLER_PRIVATE_KEY: '0xkey' })[k] } };
  globalThis.fetch = async (url, init) => {
    log.push(['fetch', url, init.body ?? '']);
    if (url.includes('dead')) throw new TypeError('connection refused');
    return new Response(`answer from ${url}`, { status: 200 });
  };
});
afterEach(() => {
  globalThis.Deno = saved.Deno;
  globalThis.fetch = saved.fetch;
});

const request = (target, name, url, extra = {}) => ({ kind: 'request', target, name, request: JSON.stringify({ url, method: 'POST', headers: [], body: name }), ...extra });
const outcome = (kind, extra = {}) => ({ kind, request: undefined, status: 0, reason: '', message: '', ...extra });

/** A payment whose session plays `steps` in order, recording what the driver did. */
function scripted(settler, steps, rpcUrls = '') {
  let i = 0;
  const session = {
    rpcUrls,
    account: '0xsettler',
    next: (now) => (log.push(['next', typeof now]), steps[i++]),
    answer: (status, body) => (log.push(['answer', status, body]), steps[i++]),
    useNonce: (n) => (log.push(['useNonce', n]), steps[i++]),
    free: () => log.push(['free']),
  };
  return {
    settler,
    ledgerJson: JSON.stringify({ network: 'eip155:196' }),
    settlement: (verb, txHash, key) => (log.push(['settlement', verb, txHash, key]), session),
    reject: (status, reason, message) => JSON.stringify({ status, headers: [], body: JSON.stringify({ error: reason, message }) }),
  };
}

function fakeDb() {
  const chain = (entry) => {
    const p = Promise.resolve({ data: [{ next: 7 }], error: null });
    const c = { eq: (k, v) => (entry.push([k, v]), c), then: (a, b) => p.then(a, b) };
    return c;
  };
  return {
    from: (table) => ({ update: (row) => { const entry = ['update', table, row]; log.push(entry); return chain(entry); } }),
    rpc: async (name, args) => (log.push(['rpc', name, args]), { data: name === 'x402_allocate_settler_nonce' ? 7 : true, error: null }),
  };
}

test('an OKX settlement: verify and settle go to the facilitator, the answers go back, settled with its proof', async () => {
  const p = scripted('okx', [request('facilitator', 'verify', 'https://okx.test/verify'), request('facilitator', 'settle', 'https://okx.test/settle'), outcome('settled', { txHash: TX, proof: 'facilitator' })]);
  const out = await settlePayment(p, {});
  assert.deepEqual(out, { kind: 'settled', txHash: TX, proof: 'facilitator' });
  assert.deepEqual(log.filter((e) => e[0] === 'settlement'), [['settlement', 'settle', '', '']], 'no settler key for OKX');
  assert.deepEqual(log.filter((e) => e[0] === 'answer'), [['answer', 200, 'answer from https://okx.test/verify'], ['answer', 200, 'answer from https://okx.test/settle']]);
  assert.deepEqual(log.at(-1), ['free'], 'the session is released');
});

test('chain requests try RPC_URL in order; nobody answering is status 0', async () => {
  const p = scripted('okx', [request('chain', 'receipt', 'http://dead.test'), request('chain', 'receipt', 'http://dead.test'), outcome('settled', { txHash: TX, proof: 'receipt' })], 'http://dead.test,http://live.test');
  assert.equal((await resolvePayment(p, { txHash: TX }, {})).proof, 'receipt');
  assert.deepEqual(log.filter((e) => e[0] === 'answer')[0], ['answer', 200, 'answer from http://live.test']);
  const none = scripted('okx', [request('chain', 'receipt', 'http://dead.test'), outcome('unknown', { txHash: TX, status: 503, reason: 'unexpected_settle_error', message: 'm' })], 'http://dead.test');
  log.length = 0;
  const out = await resolvePayment(none, { txHash: TX }, {});
  assert.deepEqual(log.filter((e) => e[0] === 'answer'), [['answer', 0, '']]);
  assert.equal(log.find((e) => e[0] === 'settlement')[2], TX, 'the known hash goes to the core');
  assert.deepEqual([out.kind, out.txHash, out.error.status], ['unknown', TX, 503]);
  assert.equal(JSON.parse(out.reply.body).error, 'unexpected_settle_error');
});

test('direct: the hash is recorded before the broadcast, the nonce comes from the ledger', async () => {
  const nonceStep = request('chain', 'nonce', 'http://live.test');
  const p = scripted('direct', [nonceStep, request('chain', 'send', 'http://live.test', { txHash: TX }), outcome('settled', { txHash: TX, proof: 'receipt' })], 'http://live.test');
  globalThis.fetch = async (url, init) => (log.push(['fetch', url, init.body]), new Response(JSON.stringify({ result: '0x5' })));
  const out = await settlePayment(p, { db: fakeDb(), rowId: 'row-1' });
  assert.equal(out.kind, 'settled');
  assert.equal(log.find((e) => e[0] === 'settlement')[3], '0xkey', 'the settler key goes to the core only for direct');
  const allocate = log.find((e) => e[0] === 'rpc');
  assert.deepEqual(allocate[2], { p_settler: '0xsettler', p_chain_id: 196, p_chain_nonce: 5 });
  assert.deepEqual(log.find((e) => e[0] === 'useNonce'), ['useNonce', 7]);
  const recorded = log.findIndex((e) => e[0] === 'update' && e[2].tx_hash === TX);
  const sent = log.findIndex((e) => e[0] === 'fetch' && e[2] === 'send');
  assert.ok(recorded >= 0 && recorded < sent, 'recorded, then sent');
});

test('a failure before the broadcast gives the allocated nonce back', async () => {
  const p = scripted('direct', [request('chain', 'nonce', 'http://live.test'), outcome('failed', { status: 402, reason: 'insufficient_funds', message: 'm' })], 'http://live.test');
  globalThis.fetch = async () => new Response(JSON.stringify({ result: '0x5' }));
  const out = await settlePayment(p, { db: fakeDb(), rowId: 'row-1' });
  assert.deepEqual([out.kind, out.reason, out.error.status, out.reply.status], ['failed', 'insufficient_funds', 402, 402]);
  assert.ok(log.some((e) => e[0] === 'rpc' && e[1] === 'x402_release_settler_nonce'));
});

test('pending is polled as often as allowed, then unknown with its hash', async () => {
  const p = scripted('okx', [outcome('pending', { txHash: TX }), outcome('pending', { txHash: TX })]);
  const out = await resolvePayment(p, { txHash: TX }, { polls: 1 });
  assert.equal(log.filter((e) => e[0] === 'next').length, 2, 'one poll');
  assert.deepEqual([out.kind, out.txHash, out.error.reason], ['unknown', TX, 'settlement_pending']);
});

test('verify answers verified, and a refusal as failed', async () => {
  assert.deepEqual(await verifyPayment(scripted('mock', [outcome('verified')])), { kind: 'verified' });
  const out = await verifyPayment(scripted('okx', [outcome('failed', { status: 402, reason: 'invalid_exact_evm_payload_signature', message: 'm' })]));
  assert.deepEqual([out.kind, out.reason], ['failed', 'invalid_exact_evm_payload_signature']);
});
