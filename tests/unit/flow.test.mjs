// The one I/O loop of the x402 functions (functions/src/lib/flow.js): `perform` of each effect
// kind a flow names, and `runFlow` driving a real `PaymentFlow` of the x402 WebAssembly to its
// end against a fake `db.rpc` playing the ledger's transitions (fake-x402-ledger.mjs).
// `Deno.env` is a fake holding the secrets; the OKX facilitator, where a flow reaches it, is
// fake-okx.mjs behind `globalThis.fetch`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepServed, perform, replayResponse, runFlow, UNCONFIGURED } from '../../functions/src/lib/flow.js';
import { paywallConfig, release, wasm } from '../../functions/src/lib/x402-wasm.js';
import { newPayer, requirementsFor, signPayment, decodeHeader } from '../support/payments.mjs';
import { withEnv } from './fake-deno-env.mjs';
import { fakeLedger, onRpc } from './fake-x402-ledger.mjs';
import { fakeOkx, OKX_SECRETS, settled, TX, verified } from './fake-okx.mjs';

const RESOURCE = 'https://project.test/functions/paid';
const PRICE = '10000';
const PAY_TO = newPayer().address;

// ---- perform: ledger ------------------------------------------------------------------------

const ledgerEffect = (call = 'x402_claim', args = { p: { mode: 'claim', row: { nonce: '0x01' } } }) => ({ kind: 'ledger', call, args });

test('perform ledger: db.rpc(call, args) as given; the answer is status 200 with the JSON of its data', async () => {
  for (const data of [{ state: 'new', id: 'a' }, null, 5, [7], 'text']) {
    const calls = [];
    const db = { rpc: async (...a) => (calls.push(a), { data, error: null }) };
    const effect = ledgerEffect('x402_record', { p: { id: 'a', outcome: 'settled' } });
    assert.deepEqual(await perform(effect, { db }), { status: 200, body: JSON.stringify(data) }, JSON.stringify(data));
    assert.deepEqual(calls, [['x402_record', { p: { id: 'a', outcome: 'settled' } }]]);
  }
  // The SDK's undefined data is null.
  assert.deepEqual(await perform(ledgerEffect(), { db: { rpc: async () => ({ error: null }) } }), { status: 200, body: 'null' });
});

test('perform ledger: an SDK error or a throw is no answer (status 0); no client is status 0 unconfigured', async () => {
  for (const rpc of [async () => ({ data: null, error: { code: 'PGRST202', message: 'not found' } }), async () => ({ data: { state: 'new' }, error: { code: 'XX000' } }), async () => Promise.reject(new TypeError('fetch failed')), () => {
    throw new Error('sync throw');
  }]) {
    assert.deepEqual(await perform(ledgerEffect(), { db: { rpc } }), { status: 0, body: '' });
  }
  assert.equal(UNCONFIGURED, 'unconfigured');
  for (const db of [null, undefined]) assert.deepEqual(await perform(ledgerEffect(), { db }), { status: 0, body: 'unconfigured' });
});

// ---- perform: http ----------------------------------------------------------------------------

const httpEffect = (target, { url = 'https://a.test/x', method = 'POST', fallbacks = [], timeoutMs = 1234, body = '{"q":1}' } = {}) => ({
  kind: 'http',
  target,
  name: target === 'chain' ? 'receipt' : 'settle',
  request: { url, method, headers: [['Content-Type', 'application/json']], body },
  timeoutMs,
  fallbacks,
});

/** An injected fetch (url, init, ms) answering per URL: a Response maker, 'unreachable' or 'broken'. */
function scriptedFetch(byUrl) {
  const calls = [];
  const fn = async (url, init, ms) => {
    calls.push({ url, init, ms });
    const a = byUrl[url];
    if (a === undefined) throw new Error(`unexpected fetch ${url}`);
    if (a === 'unreachable') return 'unreachable';
    if (a === 'broken') return new Response(new ReadableStream({ start: (c) => c.error(new TypeError('terminated')) }), { status: 200 });
    return new Response(a.body, { status: a.status });
  };
  return { fn, calls };
}

test('perform http: the request as named, within its timeoutMs; the answer is (status, body text)', async () => {
  const f = scriptedFetch({ 'https://a.test/x': { status: 201, body: 'hello' } });
  assert.deepEqual(await perform(httpEffect('facilitator', { timeoutMs: 4321 }), { fetch: f.fn }), { status: 201, body: 'hello' });
  assert.equal(f.calls.length, 1);
  const [{ init, ms }] = f.calls;
  assert.equal(ms, 4321);
  assert.deepEqual([init.method, init.headers, init.body], ['POST', [['Content-Type', 'application/json']], '{"q":1}']);
  // A GET carries no body (a real fetch would throw on one).
  const g = scriptedFetch({ 'https://a.test/x': { status: 200, body: '{}' } });
  await perform(httpEffect('facilitator', { method: 'GET', body: '' }), { fetch: g.fn });
  assert.equal(g.calls[0].init.body, undefined);
});

test('perform http: timeoutMs is a real deadline (the default fetch aborts a request that never answers)', async (t) => {
  const saved = globalThis.fetch;
  globalThis.fetch = (url, init) =>
    new Promise((_resolve, reject) => {
      const open = setInterval(() => {}, 1000);
      init.signal.addEventListener('abort', () => (clearInterval(open), reject(init.signal.reason)));
    });
  t.after(() => {
    globalThis.fetch = saved;
  });
  const started = performance.now();
  const out = await perform(httpEffect('facilitator', { timeoutMs: 150 }), {});
  const elapsed = performance.now() - started;
  assert.deepEqual(out, { status: 0, body: '' });
  assert.ok(elapsed >= 130 && elapsed < 2000, `abandoned after ${Math.round(elapsed)} ms`);
});

test('perform http, chain: the fallbacks in turn when a node is unreachable, answers 5xx or breaks off mid-body', async () => {
  const urls = ['https://n1.test', 'https://n2.test', 'https://n3.test', 'https://n4.test'];
  const f = scriptedFetch({ [urls[0]]: 'unreachable', [urls[1]]: { status: 502, body: 'bad gateway' }, [urls[2]]: 'broken', [urls[3]]: { status: 200, body: '{"result":"0x1"}' } });
  const out = await perform(httpEffect('chain', { url: urls[0], fallbacks: urls.slice(1), timeoutMs: 8000 }), { fetch: f.fn });
  assert.deepEqual(out, { status: 200, body: '{"result":"0x1"}' });
  assert.deepEqual(f.calls.map((c) => [c.url, c.ms]), urls.map((u) => [u, 8000]), 'each node within the deadline');
  // Nobody answers: status 0.
  const none = scriptedFetch({ [urls[0]]: 'unreachable', [urls[1]]: { status: 503, body: '' } });
  assert.deepEqual(await perform(httpEffect('chain', { url: urls[0], fallbacks: [urls[1]] }), { fetch: none.fn }), { status: 0, body: '' });
  // A node's 4xx is its answer: no fallback.
  const four = scriptedFetch({ [urls[0]]: { status: 429, body: 'slow down' } });
  assert.deepEqual(await perform(httpEffect('chain', { url: urls[0], fallbacks: [urls[1]] }), { fetch: four.fn }), { status: 429, body: 'slow down' });
});

test("perform http, facilitator: its 5xx is its answer, its silence or broken body is status 0, and it is asked once", async () => {
  const f5 = scriptedFetch({ 'https://a.test/x': { status: 503, body: 'busy' } });
  assert.deepEqual(await perform(httpEffect('facilitator', { fallbacks: ['https://b.test/x'] }), { fetch: f5.fn }), { status: 503, body: 'busy' });
  assert.equal(f5.calls.length, 1);
  for (const a of ['unreachable', 'broken']) {
    const f = scriptedFetch({ 'https://a.test/x': a });
    assert.deepEqual(await perform(httpEffect('facilitator'), { fetch: f.fn }), { status: 0, body: '' }, a);
    assert.equal(f.calls.length, 1, a);
  }
});

test(
  'perform http, facilitator: fallbacks are for the chain only; an unreachable facilitator is never replaced by another URL',
  async () => {
    for (const a of ['unreachable', 'broken']) {
      const f = scriptedFetch({ 'https://a.test/x': a, 'https://b.test/x': { status: 200, body: '{"success":true}' } });
      assert.deepEqual(await perform(httpEffect('facilitator', { fallbacks: ['https://b.test/x'] }), { fetch: f.fn }), { status: 0, body: '' }, a);
      assert.deepEqual(f.calls.map((c) => c.url), ['https://a.test/x'], a);
    }
  },
);

// ---- perform: sleep, unknown --------------------------------------------------------------------

test('perform sleep: waits ms, then answers (0, "")', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let done = false;
  const p = perform({ kind: 'sleep', ms: 500 }, {}).then((v) => ((done = true), v));
  t.mock.timers.tick(499);
  await new Promise((r) => setImmediate(r));
  assert.equal(done, false, 'not before ms');
  t.mock.timers.tick(1);
  assert.deepEqual(await p, { status: 0, body: '' });
});

test('perform log: the line goes to the log with the x402 prefix, then answers (0, "")', async (t) => {
  const lines = [];
  t.mock.method(console, 'error', (line) => lines.push(line));
  assert.deepEqual(await perform({ kind: 'log', line: 'settler 0xab holds 0 wei' }, {}), { status: 0, body: '' });
  assert.deepEqual(lines, ['x402: settler 0xab holds 0 wei']);
});

test('perform: an effect of another kind is a bug, thrown (final effects are never performed)', async () => {
  for (const kind of ['serve', 'respond', 'nope', undefined]) await assert.rejects(perform({ kind }, {}), /unknown effect/);
});

// ---- runFlow: a real PaymentFlow against the fake ledger ------------------------------------------

/** A paid request's flow for a fresh payment under the suite's paywall secrets (`extra`). */
async function paidFlow(t, extra = {}, { now = Date.now(), header } = {}) {
  withEnv(t, { PAYMENT_RECIPIENT: PAY_TO, X402_PRICE: PRICE, ...OKX_SECRETS, ...extra });
  const payer = newPayer();
  const signed = header ? null : await signPayment({ payer, requirements: requirementsFor({ payTo: PAY_TO, amount: PRICE, resource: RESOURCE }) });
  const h = header ?? signed.header;
  const config = paywallConfig();
  const make = () => wasm.call(() => config.pay(h, '', RESOURCE, '/functions/paid', 'GET /functions/paid', crypto.randomUUID(), '', now));
  const flows = [];
  t.after(() => flows.forEach(release));
  const next = () => {
    const f = make();
    flows.push(f);
    return f;
  };
  return { flow: next(), again: next, header: h, payer: payer.address.toLowerCase(), nonce: signed?.authorization.nonce.toLowerCase() };
}

const bodyOf = (reply) => JSON.parse(reply.body || '{}');
const headerOf = (end, name) => (end.headers || end.reply?.headers || []).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];

test('runFlow: claimed, verified, settled, recorded, then the serve effect with the settlement headers and the payment info', async (t) => {
  const { flow, payer, nonce } = await paidFlow(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled() });
  const db = fakeLedger();
  const end = await runFlow(flow, { db }, wasm);
  assert.equal(end.kind, 'serve', JSON.stringify(end));
  assert.deepEqual(end.info, { scheme: 'exact', payer, amount: PRICE, asset: end.info.asset, network: 'eip155:196', nonce, txHash: TX, mock: false, replay: false, x402Version: 2 });
  const pr = decodeHeader(headerOf(end, 'PAYMENT-RESPONSE'));
  assert.deepEqual([pr.success, pr.transaction, pr.payer], [true, TX, payer]);
  assert.equal(headerOf(end, 'X-PAYMENT-RESPONSE'), headerOf(end, 'PAYMENT-RESPONSE'));
  assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle']);
  assert.deepEqual(db.rpcCalls().map((q) => q.name), ['x402_claim', 'x402_record']);
  const [row] = db.rows();
  assert.deepEqual([row.status, row.tx_hash, row.response_summary, row.endpoint, row.resource], ['settled', TX, 'GET /functions/paid', '/functions/paid', RESOURCE]);
  assert.ok(row.served_at != null, 'its first delivery is now');
});

test('runFlow: presented again, a settled payment is served from the ledger as a replay, nothing sent', async (t) => {
  const { flow, again, payer } = await paidFlow(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled() });
  const db = fakeLedger();
  assert.equal((await runFlow(flow, { db }, wasm)).kind, 'serve');
  const replay = await runFlow(again(), { db }, wasm);
  assert.deepEqual([replay.kind, replay.info.replay, replay.info.txHash], ['serve', true, TX]);
  assert.equal(okx.calls.length, 2, 'OKX asked once');
  assert.equal(db.rows().length, 1);
  // Past the replay window: never served again.
  db.rows()[0].served_at -= 300_001;
  const late = await runFlow(again(), { db }, wasm);
  assert.equal(late.kind, 'respond');
  assert.equal(bodyOf(late.reply).error, 'payment_already_used');
});

test('runFlow: a claim whose answer is lost after it committed is asked again and is ours: settled once', async (t) => {
  const { flow, payer } = await paidFlow(t);
  fakeOkx(t, { verify: verified(payer), settle: settled() });
  const db = fakeLedger();
  db.fault(onRpc('x402_claim'), 'lost', 1);
  const end = await runFlow(flow, { db }, wasm);
  assert.equal(end.kind, 'serve', JSON.stringify(end));
  const claims = db.rpcCalls('x402_claim');
  assert.equal(claims.length, 2);
  assert.deepEqual(claims[1].args, claims[0].args, 'the same arguments, the same claim token');
  assert.equal(db.rows().length, 1);
  assert.equal(db.rows()[0].status, 'settled');
});

test('runFlow: a ledger that cannot be written is a 503 ledger_unavailable after three tries, and nothing is sent', async (t) => {
  for (const kind of ['error', 'throw']) {
    const { flow } = await paidFlow(t);
    const okx = fakeOkx(t, {});
    const db = fakeLedger();
    db.fault(onRpc('x402_claim'), kind);
    const end = await runFlow(flow, { db }, wasm);
    assert.equal(end.reply.status, 503, kind);
    assert.equal(bodyOf(end.reply).error, 'ledger_unavailable', kind);
    assert.equal(headerOf(end, 'Retry-After'), '5', kind);
    assert.equal(db.rpcCalls('x402_claim').length, 3, kind);
    assert.equal(okx.calls.length, 0, `${kind}: nothing sent`);
  }
});

test('runFlow: no ledger client (INSFORGE_BASE_URL or API_KEY unset) is 500 missing_secret, and nothing is sent', async (t) => {
  const { flow } = await paidFlow(t);
  const okx = fakeOkx(t, {});
  const end = await runFlow(flow, { db: null }, wasm);
  assert.equal(end.reply.status, 500);
  assert.equal(bodyOf(end.reply).error, 'missing_secret');
  assert.equal(okx.calls.length, 0);
});

test('runFlow: a payment held by a concurrent request waits for it, then answers what it recorded', async (t) => {
  const { flow, again, payer } = await paidFlow(t);
  let release1;
  const gate = new Promise((r) => (release1 = r));
  // The first request's settle hangs until released; the second presents the same payment.
  const saved = globalThis.fetch;
  const calls = [];
  globalThis.fetch = async (url, init) => {
    const op = new URL(url).pathname.split('/').pop();
    calls.push(op);
    if (op === 'settle') await gate;
    const answer = op === 'verify' ? verified(payer) : settled();
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  };
  t.after(() => {
    globalThis.fetch = saved;
  });
  const db = fakeLedger();
  const first = runFlow(flow, { db }, wasm);
  while (!calls.includes('settle')) await new Promise((r) => setTimeout(r, 5));
  const second = runFlow(again(), { db }, wasm);
  await new Promise((r) => setTimeout(r, 600));
  assert.ok(db.rpcCalls('x402_claim').length >= 3, 'the second one looked again while the first held it');
  release1();
  const [a, b] = await Promise.all([first, second]);
  assert.equal(a.kind, 'serve');
  assert.deepEqual([b.kind, b.info?.txHash], ['serve', TX], JSON.stringify(b));
  assert.deepEqual(calls, ['verify', 'settle'], 'sent once');
});

test('runFlow: a payment past its window is looked up (resume), never inserted; with nothing recorded, refused for its window', async (t) => {
  const validBeforeOf = (h) => Number(decodeHeader(h).payload.authorization.validBefore);
  const { header } = await paidFlow(t);
  const late = (validBeforeOf(header) + 10) * 1000;
  const { flow } = await paidFlow(t, {}, { header, now: late });
  const okx = fakeOkx(t, {});
  const db = fakeLedger();
  const end = await runFlow(flow, { db }, wasm);
  assert.equal(end.reply.status, 402);
  assert.equal(bodyOf(end.reply).error, 'invalid_exact_evm_payload_authorization_valid_before');
  assert.deepEqual(db.rpcCalls().map((q) => [q.name, q.args.p.mode]), [['x402_claim', 'resume']]);
  assert.equal(db.rows().length, 0);
  assert.equal(okx.calls.length, 0);
});

test('runFlow: a flow that never ends is an error, not a hang', async () => {
  let steps = 0;
  const endless = { start: () => JSON.stringify({ kind: 'ledger', call: 'x', args: {} }), resume: () => (steps++, JSON.stringify({ kind: 'ledger', call: 'x', args: {} })) };
  await assert.rejects(runFlow(endless, { db: { rpc: async () => ({ data: 1, error: null }) } }, wasm), /did not end/);
  assert.equal(steps, 500);
});

// ---- payment-identifier: a served response kept, a kept response answered again ----------------

test('keepServed hands the response as sent (binary body as base64) to the named call; replayResponse answers it byte for byte', async () => {
  const bytes = Uint8Array.from({ length: 70000 }, (_, i) => (i * 7) % 256);
  const served = new Response(bytes, { status: 201, headers: { 'Content-Type': 'application/octet-stream', 'PAYMENT-RESPONSE': 'abc' } });
  const calls = [];
  const db = { rpc: async (call, args) => (calls.push([call, structuredClone(args)]), { data: { state: 'kept' }, error: null }) };
  const keep = { call: 'x402_payment_id_keep', args: { p: { endpoint: '/functions/paid', id: 'pay_0123456789abcdef', claimToken: 't' } } };
  const answer = await keepServed({ db }, keep, served, 'paid');
  assert.equal(answer.status, 201);
  assert.deepEqual(new Uint8Array(await answer.arrayBuffer()), bytes, 'the buyer gets the body as the handler sent it');
  assert.equal(calls.length, 1);
  const [call, args] = calls[0];
  assert.equal(call, 'x402_payment_id_keep');
  assert.equal(args.p.id, 'pay_0123456789abcdef');
  const { response } = args.p;
  assert.equal(response.status, 201);
  assert.ok(response.headers.some(([k, v]) => k === 'payment-response' && v === 'abc'));
  assert.deepEqual(new Uint8Array(Buffer.from(response.body, 'base64')), bytes);
  const again = replayResponse(response, [['Access-Control-Allow-Origin', '*']]);
  assert.equal(again.status, 201);
  assert.equal(again.headers.get('payment-response'), 'abc');
  assert.equal(again.headers.get('access-control-allow-origin'), '*');
  assert.deepEqual(new Uint8Array(await again.arrayBuffer()), bytes);
  assert.equal((await replayResponse({ status: 204, headers: [], body: '' }, []).text()), '');
});

test('keepServed: a write that fails (or no ledger at all) still answers the buyer', async () => {
  for (const db of [{ rpc: async () => Promise.reject(new TypeError('fetch failed')) }, { rpc: async () => ({ data: null, error: { code: 'XX000' } }) }, null]) {
    const keep = { call: 'x402_payment_id_keep', args: { p: {} } };
    const answer = await keepServed({ db }, keep, new Response('{"content":"paid"}', { status: 200 }), 'paid');
    assert.equal(answer.status, 200);
    assert.equal(await answer.text(), '{"content":"paid"}');
  }
});
