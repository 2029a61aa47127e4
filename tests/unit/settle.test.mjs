// Settling a claimed payment through OKX (functions/src/lib/settle.js): what each facilitator
// answer means for the money. The payment is a real `Payment` of the x402 WebAssembly (signed
// with viem, verified by `X402Config.verify`), so every request and every answer crosses the
// real OKX wire format; `globalThis.fetch` is a fake playing OKX's facilitator API (both
// generations, as tests/support/okx.mjs does), `Deno.env` a fake holding the secrets, and the
// status polls run on node:test's mocked setTimeout.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OKX_VERIFY_TIMEOUT_MS, okxCall, settleClaimed, settleTimeoutMs } from '../../functions/src/lib/settle.js';
import { paywallConfig, release, wasm } from '../../functions/src/lib/x402-wasm.js';
import { newPayer, requirementsFor, signPayment } from '../support/payments.mjs';

const OKX_URL = 'https://okx.test';
const RESOURCE = 'https://project.test/functions/paid';
const PRICE = '10000';
const PAY_TO = newPayer().address;
const TX = `0x${'ab'.repeat(32)}`;
const TX2 = `0x${'cd'.repeat(32)}`;
const POLL_MS = 500; // STATUS_POLL_INTERVAL_MS
const POLLS = 6; // STATUS_POLLS
const OKX_SECRETS = { OKX_API_KEY: 'okx-key', OKX_SECRET_KEY: 'okx-secret', OKX_PASSPHRASE: 'okx-pass', OKX_BASE_URL: OKX_URL };

// ---- fakes --------------------------------------------------------------------------------

/** `Deno.env.get` over `secrets` for the test's duration. */
function withEnv(t, secrets) {
  const saved = globalThis.Deno;
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  t.after(() => {
    if (saved === undefined) delete globalThis.Deno;
    else globalThis.Deno = saved;
  });
  return secrets;
}

/** A verified `Payment` of the paywall configured by `extra` secrets (OKX, current API by default). */
async function verifiedPayment(t, extra = {}) {
  withEnv(t, { PAYMENT_RECIPIENT: PAY_TO, X402_PRICE: PRICE, ...OKX_SECRETS, ...extra });
  const payer = newPayer();
  const signed = await signPayment({ payer, requirements: requirementsFor({ payTo: PAY_TO, amount: PRICE, resource: RESOURCE }) });
  const config = paywallConfig();
  const payment = wasm.call(() => config.verify(signed.header, '', RESOURCE, Math.floor(Date.now() / 1000)));
  assert.equal(typeof payment, 'object', `the payment is verified locally: ${payment}`);
  t.after(() => release(payment));
  return { payment, payer: payer.address.toLowerCase() };
}

// OKX's envelopes: current {code, msg, data:{…}}, legacy {code, msg, data:[{…}]}.
const envelope = (data, legacy = false) => ({ status: 200, body: { code: legacy ? '0' : 0, msg: '', data: legacy ? [data] : data } });
const okxError = (status, code, msg) => ({ status, body: { code, msg, data: null } });
const verified = (payer, legacy) =>
  envelope(legacy ? { isValid: true, payer, invalidReason: null } : { isValid: true, invalidReason: null, invalidMessage: null, payer }, legacy);
const invalid = (reason, legacy) => envelope({ isValid: false, invalidReason: reason, payer: null, ...(legacy ? {} : { invalidMessage: reason }) }, legacy);
const settleData = ({ success = true, hash = TX, status = 'success', errorReason = null } = {}) => ({
  success,
  transaction: hash,
  network: 'eip155:196',
  payer: null,
  errorReason,
  errorMessage: errorReason,
  status,
});
const settled = (o) => envelope(settleData(o));
const settledLegacy = ({ success = true, hash = TX, errorMsg = '' } = {}) =>
  envelope({ success, payer: null, txHash: hash, errorMsg, chainIndex: '196', chainName: 'X Layer' }, true);
const statusAnswer = (status, hash = TX, errorReason = null) => envelope({ ...settleData({ success: status === 'success', hash, status, errorReason }) });

/**
 * `globalThis.fetch` playing OKX for the test's duration. `script[op]` (verify | settle |
 * status) is an answer or a list of answers consumed in order (the last one repeats): {status,
 * body}, 'unreachable' (the connection fails), or 'hang' (no answer until the request's signal
 * aborts). Every call is recorded as {op, legacy, url, method, headers, body, signal}.
 */
function fakeOkx(t, script) {
  const calls = [];
  const saved = globalThis.fetch;
  const queue = (op) => {
    const s = script[op];
    if (s === undefined) throw new Error(`unexpected OKX ${op} call`);
    if (!Array.isArray(s)) return s;
    return s.length > 1 ? s.shift() : s[0];
  };
  globalThis.fetch = async (url, init = {}) => {
    const u = new URL(url);
    const m = /^\/api\/v6\/(pay\/)?x402\/(verify|settle|settle\/status)$/.exec(u.pathname);
    assert.ok(u.origin === OKX_URL && m, `an OKX endpoint: ${url}`);
    const op = m[2] === 'settle/status' ? 'status' : m[2];
    // What a real fetch does with a body on a GET.
    if (init.method === 'GET' && init.body !== undefined) throw new TypeError('Request with GET/HEAD method cannot have body.');
    const headers = new Headers(init.headers);
    const call = { op, legacy: !m[1], url, method: init.method, headers, body: init.body, signal: init.signal };
    calls.push(call);
    assert.ok(headers.get('ok-access-sign') && headers.get('ok-access-key') === OKX_SECRETS.OKX_API_KEY, 'signed with the OKX key');
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
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };
  t.after(() => {
    globalThis.fetch = saved;
  });
  const count = (op) => calls.filter((c) => c.op === op).length;
  return { calls, count };
}

/** Lets pending I/O callbacks and promise chains run (setImmediate is not mocked). */
const turn = () => new Promise((resolve) => setImmediate(resolve));
async function until(cond, what) {
  for (let i = 0; i < 200; i++) {
    if (cond()) return;
    await turn();
  }
  assert.fail(`never happened: ${what}`);
}

/** Runs `promise` to its end, advancing the mocked clock one poll interval at a time. */
async function drive(t, promise) {
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

const mockTimers = (t) => t.mock.timers.enable({ apis: ['setTimeout'] });
const bodyOf = (reply) => JSON.parse(reply.body || '{}');

// ---- mock settler ---------------------------------------------------------------------------

test('mock settler: the mock transaction hash, and OKX is never called', async (t) => {
  const { payment } = await verifiedPayment(t, { MOCK_OKX_FACILITATOR: 'true' });
  const okx = fakeOkx(t, {});
  assert.equal(wasm.call(() => payment.settler), 'mock');
  const outcome = await settleClaimed(payment, 'mock');
  assert.deepEqual(Object.keys(outcome), ['txHash']);
  assert.match(outcome.txHash, /^mock:0x[0-9a-f]{64}$/);
  assert.equal(outcome.txHash, wasm.call(() => payment.mockTxHash()), 'derived from the payment');
  assert.equal(okx.calls.length, 0);
});

// ---- okxCall ----------------------------------------------------------------------------------

test('okxCall: a call that cannot be made is refused without any fetch', async (t) => {
  // The legacy API has no status endpoint; a malformed hash is never sent either.
  const { payment } = await verifiedPayment(t, { OKX_API: 'legacy' });
  const okx = fakeOkx(t, {});
  const legacyStatus = await okxCall(payment, 'status', TX, 1000);
  assert.equal(legacyStatus.kind, 'refused');
  const { payment: current } = await verifiedPayment(t);
  const badHash = await okxCall(current, 'status', '0x1234', 1000);
  assert.equal(badHash.kind, 'refused');
  assert.equal(okx.calls.length, 0);
});

test('okxCall: status is a GET without a body on …/settle/status?txHash=, answered by its Step', async (t) => {
  const { payment } = await verifiedPayment(t);
  const okx = fakeOkx(t, { status: statusAnswer('success', TX2) });
  const step = await okxCall(payment, 'status', TX, 1000);
  assert.equal(step.kind, 'settled');
  assert.equal(step.txHash, TX2);
  const [call] = okx.calls;
  assert.equal(call.method, 'GET');
  assert.equal(call.body, undefined);
  assert.equal(new URL(call.url).searchParams.get('txHash'), TX);
});

// ---- verify -----------------------------------------------------------------------------------

test('verify refused by OKX: fail with the refusal reply, and settle is never called (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { payment } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: invalid('insufficient_balance', legacy) });
    const outcome = await settleClaimed(payment, 'okx');
    assert.equal(outcome.fail, 'insufficient_funds', `legacy=${legacy}`);
    assert.equal(outcome.unknown, undefined);
    assert.equal(outcome.txHash, undefined);
    assert.equal(outcome.reply.status, 402, 'the payment was refused');
    assert.equal(bodyOf(outcome.reply).error, 'insufficient_funds');
    assert.deepEqual(okx.calls.map((c) => [c.op, c.legacy]), [['verify', legacy]]);
  }
});

test('verify unreachable, timed out or 5xx: fail (nothing moved), settle never called', async (t) => {
  for (const answer of ['unreachable', okxError(500, '50026', 'System error'), okxError(503, '', 'unavailable'), { status: 502, body: '<html>' }]) {
    const { payment } = await verifiedPayment(t);
    const okx = fakeOkx(t, { verify: answer });
    const outcome = await settleClaimed(payment, 'okx');
    const label = JSON.stringify(answer);
    assert.ok(outcome.fail, `${label}: fail`);
    assert.equal(outcome.unknown, undefined, label);
    assert.equal(outcome.reply.status, 503, `${label}: try again later`);
    assert.equal(okx.count('settle'), 0, label);
  }
});

// ---- settle -----------------------------------------------------------------------------------

test('verify then settle success: the transaction hash (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { payment, payer } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: legacy ? settledLegacy({ hash: TX.toUpperCase().replace('0X', '0x') }) : settled() });
    const outcome = await settleClaimed(payment, 'okx');
    assert.deepEqual(outcome, { txHash: TX }, `legacy=${legacy}`);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle']);
    const sent = JSON.parse(okx.calls[1].body);
    assert.equal(sent.syncSettle, true);
    assert.equal(sent.paymentPayload.payload.authorization.from.toLowerCase(), payer);
  }
});

test('settle pending, then status success: the hash the status reports, polled every 500 ms', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: [statusAnswer('pending'), statusAnswer('success', TX2)] });
  const running = settleClaimed(payment, 'okx');
  await until(() => okx.count('settle') === 1, 'settle called');
  for (let i = 0; i < 20; i++) await turn();
  t.mock.timers.tick(POLL_MS - 1);
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(okx.count('status'), 0, 'not before the interval');
  t.mock.timers.tick(1);
  await until(() => okx.count('status') === 1, 'first status poll');
  const outcome = await drive(t, running);
  assert.deepEqual(outcome, { txHash: TX2 });
  assert.equal(okx.count('status'), 2);
  assert.ok(okx.calls.filter((c) => c.op === 'status').every((c) => new URL(c.url).searchParams.get('txHash') === TX));
});

test('settle pending that never resolves: unknown with the hash and a 503 after 6 polls', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: statusAnswer('pending') });
  const outcome = await drive(t, settleClaimed(payment, 'okx'));
  assert.equal(outcome.unknown, true);
  assert.equal(outcome.fail, undefined);
  assert.equal(outcome.txHash, TX);
  assert.equal(outcome.reply.status, 503);
  assert.equal(bodyOf(outcome.reply).error, 'settlement_pending');
  assert.equal(okx.count('status'), POLLS);
});

test('a status poll that fails retryably (5xx, unreachable) keeps polling; the outcome stays unknown', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [okxError(500, '50026', 'System error'), 'unreachable', statusAnswer('pending')],
  });
  const outcome = await drive(t, settleClaimed(payment, 'okx'));
  assert.equal(outcome.unknown, true);
  assert.equal(outcome.fail, undefined);
  assert.equal(outcome.txHash, TX);
  assert.equal(okx.count('status'), POLLS);
});

test('status failed, not retryable: fail with its reason, and polling stops', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [statusAnswer('pending'), statusAnswer('failed', TX, 'insufficient_balance')],
  });
  const outcome = await drive(t, settleClaimed(payment, 'okx'));
  assert.equal(outcome.fail, 'insufficient_funds');
  assert.equal(outcome.unknown, undefined);
  assert.equal(outcome.txHash, undefined);
  assert.equal(outcome.reply.status, 402);
  assert.equal(okx.count('status'), 2);
});

test('settle pending without a transaction hash: unknown at once, nothing to poll', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending', hash: '' }) });
  // No mocked time passes: a sleep would never end.
  const outcome = await settleClaimed(payment, 'okx');
  assert.equal(outcome.unknown, true);
  assert.equal(outcome.fail, undefined);
  assert.equal(outcome.reply.status, 503);
  assert.equal(okx.count('status'), 0);
});

test('settle unreachable, 5xx, rate-limited or system error: unknown, never fail (the money may have moved)', async (t) => {
  for (const answer of [
    'unreachable',
    okxError(500, '50026', 'System error'),
    okxError(502, '', 'bad gateway'),
    { status: 504, body: 'gateway timeout' },
    okxError(429, '50011', 'Too Many Requests'),
    okxError(200, '50026', 'System error'),
    okxError(200, 50011, 'rate limit'),
    envelope({ ...settleData({ status: 'timeout', hash: '' }) }),
  ]) {
    const { payment, payer } = await verifiedPayment(t);
    const okx = fakeOkx(t, { verify: verified(payer), settle: answer });
    const outcome = await settleClaimed(payment, 'okx');
    const label = JSON.stringify(answer);
    assert.equal(outcome.unknown, true, `${label}: unknown`);
    assert.equal(outcome.fail, undefined, `${label}: never fail`);
    assert.equal(outcome.reply.status, 503, label);
    assert.equal(okx.count('settle'), 1, `${label}: not retried`);
  }
});

test('settle refused with a definite reason: fail with it (both generations)', async (t) => {
  for (const [legacy, answer, reason] of [
    [false, settled({ success: false, hash: '', status: null, errorReason: 'insufficient_balance' }), 'insufficient_funds'],
    [false, settled({ success: false, hash: '', status: null, errorReason: 'invalid_exact_evm_payload_signature' }), 'invalid_exact_evm_payload_signature'],
    [true, settledLegacy({ success: false, hash: '', errorMsg: 'nonce_used' }), 'invalid_exact_evm_nonce_already_used'],
    [false, okxError(200, '51000', 'amount mismatch'), 'invalid_exact_evm_payload_authorization_value'],
  ]) {
    const { payment, payer } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    fakeOkx(t, { verify: verified(payer, legacy), settle: answer });
    const outcome = await settleClaimed(payment, 'okx');
    assert.equal(outcome.fail, reason, JSON.stringify(answer));
    assert.equal(outcome.unknown, undefined);
    assert.equal(outcome.reply.status, 402);
  }
});

test('settle answered with a definite error that is not a payment problem: fail, not unknown', async (t) => {
  // HTTP 400 with an OKX parameter error: the request was refused, nothing was submitted.
  const { payment, payer } = await verifiedPayment(t);
  fakeOkx(t, { verify: verified(payer), settle: okxError(400, '50014', 'Parameter paymentPayload cannot be empty') });
  const outcome = await settleClaimed(payment, 'okx');
  assert.ok(outcome.fail);
  assert.equal(outcome.unknown, undefined);
});

// ---- the settle timeout ---------------------------------------------------------------------

test('settleTimeoutMs: X402_SETTLE_TIMEOUT_MS within 100..55000, else 15000', (t) => {
  const env = withEnv(t, {});
  for (const [value, ms] of [
    [undefined, 15000],
    ['', 15000],
    ['100', 100],
    ['99', 15000],
    ['1500', 1500],
    ['55000', 55000],
    ['55001', 15000],
    ['-1', 15000],
    ['abc', 15000],
    ['Infinity', 15000],
  ]) {
    env.X402_SETTLE_TIMEOUT_MS = value;
    assert.equal(settleTimeoutMs(), ms, String(value));
  }
});

test('each call carries its deadline: verify and status 5 s, settle X402_SETTLE_TIMEOUT_MS', async (t) => {
  mockTimers(t);
  const deadlines = new Map();
  const timeout = AbortSignal.timeout;
  AbortSignal.timeout = (ms) => {
    const signal = timeout.call(AbortSignal, ms);
    deadlines.set(signal, ms);
    return signal;
  };
  t.after(() => {
    AbortSignal.timeout = timeout;
  });
  const { payment, payer } = await verifiedPayment(t, { X402_SETTLE_TIMEOUT_MS: '2345' });
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: statusAnswer('success') });
  assert.deepEqual(await drive(t, settleClaimed(payment, 'okx')), { txHash: TX });
  assert.deepEqual(
    okx.calls.map((c) => [c.op, deadlines.get(c.signal)]),
    [
      ['verify', OKX_VERIFY_TIMEOUT_MS],
      ['settle', 2345],
      ['status', OKX_VERIFY_TIMEOUT_MS],
    ],
  );
  assert.equal(OKX_VERIFY_TIMEOUT_MS, 5000);
});

test('a settle that never answers is abandoned at X402_SETTLE_TIMEOUT_MS: unknown', async (t) => {
  const { payment, payer } = await verifiedPayment(t, { X402_SETTLE_TIMEOUT_MS: '300' });
  fakeOkx(t, { verify: verified(payer), settle: 'hang' });
  const started = performance.now();
  const outcome = await settleClaimed(payment, 'okx');
  const elapsed = performance.now() - started;
  assert.ok(elapsed >= 280 && elapsed < 2000, `abandoned after ${Math.round(elapsed)} ms`);
  assert.equal(outcome.unknown, true);
  assert.equal(outcome.fail, undefined);
});
