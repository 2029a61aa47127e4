// The x402-facilitator handler's own policy (functions/src/lib/facilitator.js): how the
// operation is named, methods, CORS, the bearer token, the body bound and the error shape. The
// handler runs as deployed, on the real x402 WebAssembly, with `Deno.env` a fake holding the
// secrets and `globalThis.fetch` a fake OKX where a call reaches it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { x402Facilitator } from '../../functions/src/lib/facilitator.js';
import { facilitatorConfig } from '../../functions/src/lib/x402-wasm.js';
import { newPayer, requirementsFor, signPayment } from '../support/payments.mjs';
import { fakeLedger } from './fake-x402-ledger.mjs';
import { withEnv as withPlatformEnv } from './fake-deno-env.mjs';

const PAY_TO = newPayer().address;
const AMOUNT = '10000';
const SELLER_RESOURCE = 'https://seller.example/api/data';
const TOKEN = 'facilitator-token-0123456789abcdef';
const OKX_SECRETS = { OKX_API_KEY: 'okx-key', OKX_SECRET_KEY: 'okx-secret', OKX_PASSPHRASE: 'okx-pass', OKX_BASE_URL: 'https://okx.test' };
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, X-Facilitator-Op',
};
const handler = x402Facilitator();

// ---- fakes --------------------------------------------------------------------------------

/** The test's secrets (defaults for this suite). */
function withEnv(t, secrets = { X402_FACILITATOR_PAY_TO: PAY_TO, MOCK_OKX_FACILITATOR: 'true' }) {
  return withPlatformEnv(t, secrets);
}

/** `globalThis.fetch` answering OKX's verify with `answer` ({status, body} or 'unreachable'). */
function fakeOkx(t, answer) {
  const calls = [];
  const saved = globalThis.fetch;
  globalThis.fetch = async (url) => {
    calls.push(new URL(url).pathname);
    if (answer === 'unreachable') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };
  t.after(() => {
    globalThis.fetch = saved;
  });
  return calls;
}

/** No fetch may happen during the test. */
const noFetch = (t) => fakeOkx(t, { status: 599, body: 'the test allows no network call' });

/** A signed v2 {x402Version, paymentPayload, paymentRequirements} for PAY_TO (JSON text). */
async function paymentBody() {
  const payer = newPayer();
  const { resource, ...requirements } = requirementsFor({ payTo: PAY_TO, amount: AMOUNT, resource: SELLER_RESOURCE });
  const signed = await signPayment({ payer, requirements: { ...requirements, resource } });
  return { text: JSON.stringify({ x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: requirements }), payer: payer.address.toLowerCase() };
}

/** Calls the handler; `path` is what the function sees (Cloud passes the sub-path). */
async function call({ path = '/x402-facilitator', method = 'POST', headers = {}, body } = {}) {
  const res = await handler(new Request(`https://functions.test${path}`, { method, headers, body: method === 'GET' || method === 'OPTIONS' ? undefined : body ?? '{}' }));
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch (_e) {
    json = null;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** Which operation answered: supported → kinds; verify → isValid; settle → success. */
function answeredOp(r) {
  if (r.json && 'kinds' in r.json) return 'supported';
  if (r.json && 'isValid' in r.json) return 'verify';
  if (r.json && 'success' in r.json) return 'settle';
  return `${r.status} ${r.json?.error}`;
}

function assertCors(r, label) {
  for (const [k, v] of Object.entries(CORS)) assert.equal(r.headers.get(k), v, `${label}: ${k}`);
}

function assertError(r, status, error, label = error) {
  assert.equal(r.status, status, `${label}: ${r.text}`);
  assert.equal(r.headers.get('content-type'), 'application/json', label);
  assert.equal(r.json.error, error, label);
  assert.equal(typeof r.json.message, 'string', label);
  assert.ok(r.json.message.length > 0, label);
  assert.equal(r.json.statusCode, status, label);
}

// ---- operation addressing ------------------------------------------------------------------

test('the Cloud path suffix names the operation (any case, trailing slash), and wins over ?op= and the header', async (t) => {
  withEnv(t);
  noFetch(t);
  const { text } = await paymentBody();
  for (const [path, op, headers] of [
    ['/x402-facilitator/verify', 'verify'],
    ['/x402-facilitator/settle', 'settle'],
    ['/x402-facilitator/supported', 'supported'],
    ['/verify', 'verify'],
    ['/x402-facilitator/VERIFY/', 'verify'],
    ['/x402-facilitator/Supported//', 'supported'],
    ['/x402-facilitator/verify?op=settle', 'verify', { 'X-Facilitator-Op': 'supported' }],
    ['/x402-facilitator/supported?op=verify', 'supported'],
  ]) {
    const r = await call({ path, body: text, headers });
    assert.equal(answeredOp(r), op, path);
  }
});

test('?op= names the operation when the path does not (trimmed, any case), and wins over the header', async (t) => {
  withEnv(t);
  noFetch(t);
  const { text } = await paymentBody();
  for (const [query, op, headers] of [
    ['?op=verify', 'verify'],
    ['?op=settle', 'settle'],
    ['?op=supported', 'supported'],
    ['?op=%20Verify%20', 'verify'],
    ['?op=SETTLE', 'settle'],
    ['?op=verify', 'verify', { 'X-Facilitator-Op': 'settle' }],
  ]) {
    const r = await call({ path: `/x402-facilitator${query}`, body: text, headers });
    assert.equal(answeredOp(r), op, query);
  }
});

test('the X-Facilitator-Op header names the operation when neither the path nor ?op= does', async (t) => {
  withEnv(t);
  noFetch(t);
  const { text } = await paymentBody();
  for (const [value, op] of [
    ['verify', 'verify'],
    ['settle', 'settle'],
    ['supported', 'supported'],
    [' Settle ', 'settle'],
  ]) {
    const r = await call({ headers: { 'X-Facilitator-Op': value }, body: text });
    assert.equal(answeredOp(r), op, value);
  }
});

test('a GET without an operation answers supported; any other method without one is 400 unknown_operation', async (t) => {
  withEnv(t);
  noFetch(t);
  assert.equal(answeredOp(await call({ method: 'GET' })), 'supported');
  assert.equal(answeredOp(await call({ path: '/x402-facilitator/', method: 'GET' })), 'supported');
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
    assertError(await call({ method }), 400, 'unknown_operation', method);
  }
});

test('an unknown operation is 400 unknown_operation, whatever the method, never 404', async (t) => {
  withEnv(t);
  noFetch(t);
  for (const [path, headers, method] of [
    ['/x402-facilitator?op=refund', {}, 'POST'],
    ['/x402-facilitator?op=refund', {}, 'GET'],
    ['/x402-facilitator', { 'X-Facilitator-Op': 'list' }, 'GET'],
    ['/x402-facilitator/refund', {}, 'POST'],
    ['/x402-facilitator/verify-all', {}, 'POST'],
  ]) {
    assertError(await call({ path, headers, method }), 400, 'unknown_operation', `${method} ${path} ${JSON.stringify(headers)}`);
  }
});

// ---- methods, OPTIONS, CORS -----------------------------------------------------------------

test('verify and settle take POST only (405, Allow: POST); supported takes GET or POST (405, Allow: GET)', async (t) => {
  withEnv(t);
  noFetch(t);
  for (const op of ['verify', 'settle']) {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const r = await call({ path: `/x402-facilitator/${op}`, method });
      assertError(r, 405, 'method_not_allowed', `${method} ${op}`);
      assert.equal(r.headers.get('allow'), 'POST', `${method} ${op}`);
    }
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) {
    const r = await call({ path: '/x402-facilitator/supported', method });
    assertError(r, 405, 'method_not_allowed', `${method} supported`);
    assert.equal(r.headers.get('allow'), 'GET');
  }
  for (const method of ['GET', 'POST']) assert.equal(answeredOp(await call({ path: '/x402-facilitator/supported', method })), 'supported', method);
});

test('OPTIONS: 204 with the CORS headers and no body, before the token and the configuration are looked at', async (t) => {
  withEnv(t, { X402_FACILITATOR_TOKEN: TOKEN }); // no recipient configured: every other call is a 500
  noFetch(t);
  for (const path of ['/x402-facilitator', '/x402-facilitator/verify', '/x402-facilitator?op=settle']) {
    const r = await call({ path, method: 'OPTIONS' });
    assert.equal(r.status, 204, path);
    assert.equal(r.text, '');
    assertCors(r, path);
  }
});

test('discovery/resources: the Cloud path, ?op=discovery or the header, GET only, open without the bearer token', async (t) => {
  const declared = { weather: { method: 'GET', input: { city: 'Paris' }, serviceName: 'Weather' } };
  withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, PAYMENT_RECIPIENT: PAY_TO, X402_PRICE: '10', MOCK_OKX_FACILITATOR: 'true', X402_FACILITATOR_TOKEN: TOKEN, X402_DISCOVERY: JSON.stringify(declared) });
  noFetch(t);
  for (const [path, headers] of [
    ['/x402-facilitator/discovery/resources', {}],
    ['/x402-facilitator/Discovery/Resources/?limit=5', {}],
    ['/x402-facilitator?op=discovery', {}],
    ['/x402-facilitator', { 'X-Facilitator-Op': 'discovery' }],
  ]) {
    const r = await call({ path, method: 'GET', headers });
    assert.equal(r.status, 200, `${path}: ${r.text}`);
    assertCors(r, path);
    assert.equal(r.json.items.length, 1, path);
    assert.equal(r.json.items[0].resource, `https://functions.test/functions/weather`, path);
    assert.equal(r.json.items[0].serviceName, 'Weather', path);
  }
  // The query reaches the core: its filters and its refusals.
  assert.equal((await call({ path: '/x402-facilitator/discovery/resources?network=eip155:1', method: 'GET' })).json.pagination.total, 0);
  assertError(await call({ path: '/x402-facilitator/discovery/resources?limit=101', method: 'GET' }), 400, 'invalid_request');
  const post = await call({ path: '/x402-facilitator/discovery/resources', method: 'POST' });
  assertError(post, 405, 'method_not_allowed');
  assert.equal(post.headers.get('allow'), 'GET');
  // The other operations still want the token.
  assertError(await call({ path: '/x402-facilitator/supported', method: 'GET' }), 401, 'unauthorized');
});

test('every answer carries the CORS headers, errors included', async (t) => {
  const env = withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, ...OKX_SECRETS });
  const { text } = await paymentBody();
  fakeOkx(t, 'unreachable');
  const cases = [
    ['supported 200', { method: 'GET' }, 200],
    ['preflight 204', { method: 'OPTIONS' }, 204],
    ['unknown operation 400', { path: '/x402-facilitator?op=x' }, 400],
    ['wrong method 405', { path: '/x402-facilitator/verify', method: 'GET' }, 405],
    ['body too large 413', { path: '/x402-facilitator/verify', body: 'x'.repeat(70_000) }, 413],
    ['malformed body 400', { path: '/x402-facilitator/verify', body: '{' }, 400],
    ['OKX unreachable 503', { path: '/x402-facilitator/verify', body: text }, 503],
  ];
  for (const [label, req, status] of cases) {
    const r = await call(req);
    assert.equal(r.status, status, `${label}: ${r.text}`);
    assertCors(r, label);
  }
  env.X402_FACILITATOR_TOKEN = TOKEN;
  const unauthorized = await call({ method: 'GET' });
  assert.equal(unauthorized.status, 401);
  assertCors(unauthorized, 'unauthorized 401');
  delete env.X402_FACILITATOR_TOKEN;
  delete env.X402_FACILITATOR_PAY_TO;
  const misconfigured = await call({ method: 'GET' });
  assert.equal(misconfigured.status, 500);
  assertCors(misconfigured, 'configuration 500');
});

// ---- the bearer token -------------------------------------------------------------------------

test('X402_FACILITATOR_TOKEN set: 401 with WWW-Authenticate: Bearer unless the exact token is sent', async (t) => {
  withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, MOCK_OKX_FACILITATOR: 'true', X402_FACILITATOR_TOKEN: TOKEN });
  noFetch(t);
  const { text } = await paymentBody();
  for (const authorization of [
    undefined,
    '',
    'Bearer',
    `Bearer ${TOKEN.slice(0, -1)}`,
    `Bearer ${TOKEN}x`,
    `Bearer ${TOKEN.toUpperCase()}`,
    `Bearer x${TOKEN}`,
    `Basic ${TOKEN}`,
    TOKEN,
    `Bearer ${TOKEN} extra`,
  ]) {
    for (const req of [{ method: 'GET' }, { path: '/x402-facilitator/verify', body: text }, { path: '/x402-facilitator?op=nope' }]) {
      const headers = authorization === undefined ? {} : { Authorization: authorization };
      const r = await call({ ...req, headers });
      const label = `${JSON.stringify(authorization)} ${req.path ?? 'GET'}`;
      assertError(r, 401, 'unauthorized', label);
      assert.equal(r.headers.get('www-authenticate'), 'Bearer', label);
      assert.ok(!r.text.includes(TOKEN), `${label}: the token is never echoed`);
    }
  }
  for (const authorization of [`Bearer ${TOKEN}`, `bearer ${TOKEN}`, `Bearer   ${TOKEN}  `]) {
    assert.equal(answeredOp(await call({ method: 'GET', headers: { Authorization: authorization } })), 'supported', authorization);
    const verified = await call({ path: '/x402-facilitator/verify', body: text, headers: { Authorization: authorization } });
    assert.equal(verified.json.isValid, true, authorization);
  }
});

test('X402_FACILITATOR_TOKEN unset (or empty): open to any caller', async (t) => {
  const env = withEnv(t);
  noFetch(t);
  for (const token of [undefined, '']) {
    env.X402_FACILITATOR_TOKEN = token;
    for (const headers of [{}, { Authorization: 'Bearer anything' }]) {
      assert.equal(answeredOp(await call({ method: 'GET', headers })), 'supported', `${JSON.stringify(token)} ${JSON.stringify(headers)}`);
    }
  }
});

// ---- the body bound ---------------------------------------------------------------------------

test('the body handed to the core is cut at 64 KiB: a far larger one is 413 invalid_payload', async (t) => {
  withEnv(t);
  noFetch(t);
  const config = facilitatorConfig();
  const seen = [];
  const flow = config.flow;
  config.flow = function (op, body, ...rest) {
    seen.push(body.length);
    return flow.call(this, op, body, ...rest);
  };
  t.after(() => {
    config.flow = flow;
  });
  const r = await call({ path: '/x402-facilitator/verify', body: `{"x":"${'a'.repeat(4 * 1024 * 1024)}"}` });
  assertError(r, 413, 'invalid_payload');
  assert.equal(r.json.isValid, false);
  assert.equal(r.json.invalidReason, 'invalid_payload');
  const settle = await call({ path: '/x402-facilitator/settle', body: 'y'.repeat(20 * 1024) });
  assertError(settle, 413, 'invalid_payload', 'settle');
  assert.deepEqual(seen, [64 * 1024, 20 * 1024], 'at most 64 KiB reaches the core; less reaches it whole');
});

// ---- error bodies, the configuration, internal errors -------------------------------------------

test('every error body is {error, message, statusCode}: the handler\'s own are exactly that', async (t) => {
  const env = withEnv(t);
  noFetch(t);
  const own = [
    [{ path: '/x402-facilitator?op=x' }, 400],
    [{ path: '/x402-facilitator/verify', method: 'GET' }, 405],
    [{ path: '/x402-facilitator/supported', method: 'PUT' }, 405],
  ];
  for (const [req, status] of own) {
    const r = await call(req);
    assert.equal(r.status, status);
    assert.deepEqual(Object.keys(r.json).sort(), ['error', 'message', 'statusCode'], r.text);
    assert.equal(r.json.statusCode, status);
  }
  env.X402_FACILITATOR_TOKEN = TOKEN;
  const unauthorized = await call({ method: 'GET' });
  assert.deepEqual(Object.keys(unauthorized.json).sort(), ['error', 'message', 'statusCode']);
  assert.equal(unauthorized.json.statusCode, 401);
});

test('no recipient configured: every operation is refused with 500 missing_secret naming the secret', async (t) => {
  withEnv(t, { MOCK_OKX_FACILITATOR: 'true' });
  noFetch(t);
  const { text } = await paymentBody();
  for (const req of [{ method: 'GET' }, { path: '/x402-facilitator/verify', body: text }, { path: '/x402-facilitator/settle', body: text }]) {
    const r = await call(req);
    assertError(r, 500, 'missing_secret', req.path ?? 'GET');
    assert.match(r.json.message, /X402_FACILITATOR_PAY_TO/);
  }
});

test('an unexpected failure is the generic 500 internal_error with CORS, and its detail is not echoed', async (t) => {
  withEnv(t);
  noFetch(t);
  const logged = t.mock.method(console, 'error', () => {});
  const config = facilitatorConfig();
  const flow = config.flow;
  config.flow = () => {
    throw new Error('secret detail sk-123');
  };
  t.after(() => {
    config.flow = flow;
  });
  const r = await call({ path: '/x402-facilitator/verify', body: '{}' });
  assertError(r, 500, 'internal_error');
  assertCors(r, 'internal error');
  assert.ok(!r.text.includes('sk-123'));
  assert.equal(logged.mock.callCount(), 1);
  assert.ok(!String(logged.mock.calls[0].arguments).includes('sk-123'), 'nor logged');
});

// ---- supported, verify, settle ------------------------------------------------------------------

test('supported lists the kinds of the configuration, without calling OKX', async (t) => {
  const env = withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, ...OKX_SECRETS });
  const calls = noFetch(t);
  const kinds = async () => (await call({ method: 'GET' })).json.kinds.map((k) => `${k.x402Version} ${k.scheme} ${k.network}`);
  const table = await kinds();
  for (const kind of ['1 exact eip155:196', '1 exact x-layer', '2 exact eip155:196', '1 exact base', '2 exact eip155:8453', '2 exact eip155:84532']) {
    assert.ok(table.includes(kind), `${kind} in ${table}`);
  }
  assert.ok(!table.some((k) => k.endsWith('eip155:10')));
  Object.assign(env, { X402_NETWORK: 'eip155:10', X402_ASSET: `0x${'12'.repeat(20)}`, X402_ASSET_NAME: 'Token', X402_ASSET_VERSION: '1' });
  const extended = await kinds();
  assert.ok(extended.includes('1 exact eip155:10') && extended.includes('2 exact eip155:10'), `the configured network: ${extended}`);
  assert.deepEqual(calls, []);
});

test('verify with MOCK_OKX_FACILITATOR=true and a valid payment: {isValid: true, payer}, no network call', async (t) => {
  withEnv(t);
  const calls = noFetch(t);
  const { text, payer } = await paymentBody();
  const r = await call({ path: '/x402-facilitator/verify', body: text });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(r.json, { isValid: true, payer });
  assertCors(r, 'verify');
  assert.deepEqual(calls, []);
});

test('verify with a payment signed by someone else: 200 {isValid: false} with the reason, no network call', async (t) => {
  withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, ...OKX_SECRETS });
  const calls = noFetch(t);
  const { text } = await paymentBody();
  const body = JSON.parse(text);
  body.paymentPayload.payload.authorization.from = newPayer().address;
  const r = await call({ path: '/x402-facilitator/verify', body: JSON.stringify(body) });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.isValid, false);
  assert.equal(r.json.invalidReason, 'invalid_exact_evm_payload_signature');
  assert.deepEqual(calls, []);
});

test('verify through OKX: its acceptance, its refusal (200 isValid:false) or its absence (503, Retry-After)', async (t) => {
  withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, ...OKX_SECRETS });
  const { text, payer } = await paymentBody();
  const answers = [
    [{ status: 200, body: { code: 0, msg: '', data: { isValid: true, invalidReason: null, invalidMessage: null, payer } } }, 200, { isValid: true, payer }],
    [{ status: 200, body: { code: 0, msg: '', data: { isValid: false, invalidReason: 'insufficient_balance', invalidMessage: 'insufficient_balance', payer } } }, 200, { isValid: false, invalidReason: 'insufficient_funds' }],
    ['unreachable', 503, { isValid: false }],
  ];
  for (const [answer, status, expected] of answers) {
    const calls = fakeOkx(t, answer);
    const r = await call({ path: '/x402-facilitator/verify', body: text });
    const label = JSON.stringify(answer);
    assert.equal(r.status, status, `${label}: ${r.text}`);
    for (const [k, v] of Object.entries(expected)) assert.equal(r.json[k], v, `${label}: ${k}`);
    assert.deepEqual(calls, ['/api/v6/pay/x402/verify'], `${label}: OKX verify only, never settle`);
    if (status === 503) assert.equal(r.headers.get('retry-after'), '5');
  }
});

test('every payment flow is released after the request, whatever it answered', async (t) => {
  withEnv(t);
  noFetch(t);
  const config = facilitatorConfig();
  const flow = config.flow;
  let freed = 0;
  let made = 0;
  config.flow = function (...args) {
    const started = flow.apply(this, args);
    made++;
    const free = started.free;
    started.free = function () {
      freed++;
      return free.call(this);
    };
    return started;
  };
  t.after(() => {
    config.flow = flow;
  });
  const { text } = await paymentBody();
  const verified = await call({ path: '/x402-facilitator/verify', body: text });
  assert.equal(verified.status, 200, verified.text);
  // No ledger secrets: the settle flow refuses (500 missing_secret), and is released all the same.
  const settled = await call({ path: '/x402-facilitator/settle', body: text });
  assertError(settled, 500, 'missing_secret', 'settle without a ledger');
  const refused = await call({ path: '/x402-facilitator/verify', body: '{}' });
  assert.equal(refused.status, 400, refused.text);
  assert.equal(made, 3);
  assert.equal(freed, 3);
});

test('settle in mock mode: recorded once in the ledger under the caller\'s resource; presented again, the same answer', async (t) => {
  withEnv(t, { X402_FACILITATOR_PAY_TO: PAY_TO, MOCK_OKX_FACILITATOR: 'true', INSFORGE_BASE_URL: 'http://insforge.test', API_KEY: 'ik_test' });
  noFetch(t);
  const db = fakeLedger();
  const saved = globalThis.createClient;
  globalThis.createClient = () => ({ database: db });
  t.after(() => {
    if (saved === undefined) delete globalThis.createClient;
    else globalThis.createClient = saved;
  });
  const { text, payer } = await paymentBody();
  const first = await call({ path: '/x402-facilitator/settle', body: text });
  assert.equal(first.status, 200, first.text);
  assert.equal(first.json.success, true);
  assert.match(first.json.transaction, /^mock:0x[0-9a-f]{64}$/);
  assert.equal(first.json.payer, payer);
  const rows = db.rows();
  assert.equal(rows.length, 1);
  assert.equal(rows[0].status, 'settled');
  assert.equal(rows[0].tx_hash, first.json.transaction);
  assert.equal(rows[0].endpoint, SELLER_RESOURCE);
  const before = structuredClone(db.rows());
  const again = await call({ path: '/x402-facilitator/settle', body: text });
  assert.equal(again.status, 200, again.text);
  assert.deepEqual(again.json, first.json);
  assert.deepEqual(db.rows(), before, 'the row is unchanged: not settled twice');
  assert.deepEqual(
    db.rpcCalls().map((q) => [q.name, q.args.p.mode ?? q.args.p.outcome]),
    [
      ['x402_claim', 'claim'],
      ['x402_record', 'settled'],
      ['x402_claim', 'claim'],
    ],
    'claimed and recorded once; presented again, only the claim that answers settled',
  );
  assert.equal(db.rpcCalls('x402_record')[0].args.p.served, false, 'the facilitator serves nothing');
});
