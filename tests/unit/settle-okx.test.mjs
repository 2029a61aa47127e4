// Settling a claimed payment through OKX (functions/src/lib/settle.js over the settlement seam,
// src/x402/settle): what each facilitator answer means for the money. The payment is a real
// `Payment` of the x402 WebAssembly (signed with viem, verified by `X402Config.verify`), so
// every request and every answer crosses the real OKX wire format; `globalThis.fetch` is a
// fake playing OKX's facilitator API (both generations, as tests/support/okx.mjs does) and,
// where RPC_URL is set, a JSON-RPC node; `Deno.env` is a fake holding the secrets, and the
// status polls run on node:test's mocked setTimeout.
//
// Outcomes: {kind: 'settled', txHash, proof} | {kind: 'failed', reason, error, reply}
//         | {kind: 'unknown', txHash, error, reply}.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toEventSelector } from 'viem';
import { checkBalance, resolvePayment, settlePayment, settleTimeoutMs, unfunded } from '../../functions/src/lib/settle.js';
import { paywallConfig, release, wasm } from '../../functions/src/lib/x402-wasm.js';
import { newPayer, requirementsFor, signPayment, USDG } from '../support/payments.mjs';
import { withEnv } from './fake-deno-env.mjs';

const OKX_URL = 'https://okx.test';
const RPC_URL = 'https://rpc.test';
const RESOURCE = 'https://project.test/functions/paid';
const PRICE = '10000';
const PAY_TO = newPayer().address;
const TX = `0x${'ab'.repeat(32)}`;
const TX2 = `0x${'cd'.repeat(32)}`;
const USED_TX = `0x${'ef'.repeat(32)}`;
const POLL_MS = 500; // the driver's poll interval
const POLLS = 6; // status polls of an OKX settlement before it is left unknown
const OKX_CALL_MS = 5000; // the deadline of every OKX call but settle
const OKX_SECRETS = { OKX_API_KEY: 'okx-key', OKX_SECRET_KEY: 'okx-secret', OKX_PASSPHRASE: 'okx-pass', OKX_BASE_URL: OKX_URL };

// ---- fakes --------------------------------------------------------------------------------


/** A verified `Payment` of the paywall configured by `extra` secrets (OKX, current API by default). */
async function verifiedPayment(t, extra = {}) {
  withEnv(t, { PAYMENT_RECIPIENT: PAY_TO, X402_PRICE: PRICE, ...OKX_SECRETS, ...extra });
  const payer = newPayer();
  const signed = await signPayment({ payer, requirements: requirementsFor({ payTo: PAY_TO, amount: PRICE, resource: RESOURCE }) });
  const config = paywallConfig();
  const payment = wasm.call(() => config.verify(signed.header, '', RESOURCE, Math.floor(Date.now() / 1000)));
  assert.equal(typeof payment, 'object', `the payment is verified locally: ${payment}`);
  t.after(() => release(payment));
  return { payment, payer: payer.address.toLowerCase(), nonce: signed.authorization.nonce.toLowerCase() };
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
const statusAnswer = (status, hash = TX, errorReason = null) => envelope(settleData({ success: status === 'success', hash, status, errorReason }));

// JSON-RPC answers and the token's logs for the on-chain proof of a used authorization.
const rpcResult = (result) => ({ status: 200, body: { jsonrpc: '2.0', id: 1, result } });
const word = (n) => `0x${n.toString(16).padStart(64, '0')}`;
const addressWord = (a) => `0x${a.slice(2).toLowerCase().padStart(64, '0')}`;
const AUTHORIZATION_USED = toEventSelector('AuthorizationUsed(address,bytes32)');
const TRANSFER = toEventSelector('Transfer(address,address,uint256)');
const authorizationUsedLog = (payer, nonce, tx) => ({ address: USDG, topics: [AUTHORIZATION_USED, addressWord(payer), nonce], data: '0x', transactionHash: tx });
const transferLog = (from, to, value) => ({ address: USDG, topics: [TRANSFER, addressWord(from), addressWord(to)], data: word(BigInt(value)) });
const receiptOf = (tx, status, logs) => ({ transactionHash: tx, status, logs });

/**
 * `globalThis.fetch` playing OKX (and a JSON-RPC node at RPC_URL) for the test's duration.
 * `script[op]` (verify | settle | status, or a JSON-RPC method such as eth_call) is an answer
 * or a list of answers consumed in order (the last one repeats): {status, body}, 'unreachable'
 * (the connection fails), 'hang' (no answer until the request's signal aborts) or 'broken'
 * (headers arrive, the body cannot be read). Every call is recorded as {op, legacy, url,
 * method, headers, body, signal}.
 */
function fakeOkx(t, script) {
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
    if (u.origin === RPC_URL) {
      op = JSON.parse(init.body).method;
    } else {
      const m = /^\/api\/v6\/(pay\/)?x402\/(verify|settle|settle\/status)$/.exec(u.pathname);
      assert.ok(u.origin === OKX_URL && m, `an OKX endpoint: ${url}`);
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

/** An `unknown` outcome: the row stays pending with `txHash`, the caller gets a 503. */
function assertUnknown(outcome, txHash, label = '') {
  assert.equal(outcome.kind, 'unknown', `${label}: unknown, got ${JSON.stringify(outcome)}`);
  assert.equal(outcome.txHash, txHash, `${label}: its hash`);
  assert.equal(outcome.error.status, 503, label);
  assert.equal(outcome.reply.status, 503, `${label}: try again later`);
}

/** A `failed` outcome with `reason` and the reply's `status`. */
function assertFailed(outcome, reason, status, label = '') {
  assert.equal(outcome.kind, 'failed', `${label}: failed, got ${JSON.stringify(outcome)}`);
  if (reason !== undefined) assert.equal(outcome.reason, reason, label);
  assert.equal(outcome.error.reason, outcome.reason, label);
  assert.equal(outcome.txHash, undefined, `${label}: no hash`);
  assert.equal(outcome.reply.status, status, label);
  assert.equal(bodyOf(outcome.reply).error, outcome.reason, `${label}: the reply names the reason`);
}

// ---- mock settler ---------------------------------------------------------------------------

test('mock settler: settled with the mock transaction hash and proof mock, and OKX is never called', async (t) => {
  const { payment } = await verifiedPayment(t, { MOCK_OKX_FACILITATOR: 'true' });
  const okx = fakeOkx(t, {});
  assert.equal(wasm.call(() => payment.settler), 'mock');
  const outcome = await settlePayment(payment, {});
  assert.deepEqual(Object.keys(outcome), ['kind', 'txHash', 'proof']);
  assert.equal(outcome.kind, 'settled');
  assert.equal(outcome.proof, 'mock');
  assert.match(outcome.txHash, /^mock:0x[0-9a-f]{64}$/);
  assert.equal(outcome.txHash, wasm.call(() => payment.mockTxHash()), 'derived from the payment');
  assert.equal(okx.calls.length, 0);
});

// ---- verify -----------------------------------------------------------------------------------

test('verify refused by OKX: failed with the refusal reason and its 402 reply, and settle is never called (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { payment } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: invalid('insufficient_balance', legacy) });
    const outcome = await settlePayment(payment, {});
    assertFailed(outcome, 'insufficient_funds', 402, `legacy=${legacy}`);
    assert.deepEqual(okx.calls.map((c) => [c.op, c.legacy]), [['verify', legacy]]);
  }
});

test('verify unreachable, 5xx or unreadable: failed with a 503 (nothing moved), and settle is never called', async (t) => {
  for (const answer of ['unreachable', okxError(500, '50026', 'System error'), okxError(503, '', 'unavailable'), { status: 502, body: '<html>' }]) {
    const { payment } = await verifiedPayment(t);
    const okx = fakeOkx(t, { verify: answer });
    const outcome = await settlePayment(payment, {});
    const label = JSON.stringify(answer);
    assertFailed(outcome, 'unexpected_verify_error', 503, label);
    assert.equal(okx.count('settle'), 0, label);
  }
});

// ---- settle -----------------------------------------------------------------------------------

test('verify then settle success: settled with the lowercase hash and proof facilitator, syncSettle sent (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { payment, payer } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: legacy ? settledLegacy({ hash: TX.toUpperCase().replace('0X', '0x') }) : settled() });
    const outcome = await settlePayment(payment, {});
    assert.deepEqual(outcome, { kind: 'settled', txHash: TX, proof: 'facilitator' }, `legacy=${legacy}`);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle']);
    const sent = JSON.parse(okx.calls[1].body);
    assert.equal(sent.syncSettle, true);
    assert.equal(sent.paymentPayload.payload.authorization.from.toLowerCase(), payer);
  }
});

// Changed with the seam: a settle counts as settled only with `success: true` (a boolean) AND
// a 0x + 64 hex hash; anything short of that may have moved money without proof, so it is
// unknown (the row stays pending), never failed (the payment presented again) nor settled.
test('settle answered success without success:true and a 0x+64-hex hash: unknown, never failed, never settled (both generations)', async (t) => {
  const current = (data) => envelope({ network: 'eip155:196', payer: null, status: 'success', ...data });
  for (const [legacy, answer] of [
    [false, current({ success: true, transaction: '' })],
    [false, current({ success: true })],
    [false, current({ success: true, transaction: '0x1234' })],
    [false, current({ success: true, transaction: `${TX}00` })],
    [false, current({ success: true, transaction: TX.slice(2) })],
    [false, current({ transaction: TX })],
    [false, current({ success: 'true', transaction: TX })],
    [true, settledLegacy({ hash: '' })],
    [true, settledLegacy({ hash: '0x12' })],
    [true, settledLegacy({ hash: `mock:${TX}` })],
    [true, envelope({ success: 1, txHash: TX, chainIndex: '196' }, true)],
  ]) {
    const { payment, payer } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: answer });
    const outcome = await settlePayment(payment, {});
    const label = JSON.stringify(answer.body.data);
    assertUnknown(outcome, null, label);
    assert.equal(outcome.error.reason, 'unexpected_settle_error', label);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle'], `${label}: not retried, nothing polled`);
  }
});

test('settle pending, then status success: settled with the hash the status reports, polled every 500 ms', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: [statusAnswer('pending'), statusAnswer('success', TX2)] });
  const running = settlePayment(payment, {});
  await until(() => okx.count('settle') === 1, 'settle called');
  for (let i = 0; i < 20; i++) await turn();
  t.mock.timers.tick(POLL_MS - 1);
  for (let i = 0; i < 20; i++) await turn();
  assert.equal(okx.count('status'), 0, 'not before the interval');
  t.mock.timers.tick(1);
  await until(() => okx.count('status') === 1, 'first status poll');
  const outcome = await drive(t, running);
  assert.deepEqual(outcome, { kind: 'settled', txHash: TX2, proof: 'facilitator' });
  assert.equal(okx.count('status'), 2);
  assert.ok(okx.calls.filter((c) => c.op === 'status').every((c) => new URL(c.url).searchParams.get('txHash') === TX));
});

test('settle pending that never resolves: unknown with the hash and a 503 settlement_pending after 6 polls', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: statusAnswer('pending') });
  const outcome = await drive(t, settlePayment(payment, {}));
  assertUnknown(outcome, TX);
  assert.equal(outcome.error.reason, 'settlement_pending');
  assert.equal(bodyOf(outcome.reply).error, 'settlement_pending');
  assert.equal(okx.count('status'), POLLS);
});

test('a status poll that fails retryably (5xx, unreachable, timeout) keeps polling; the outcome stays unknown with the hash', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [okxError(500, '50026', 'System error'), 'unreachable', statusAnswer('timeout'), statusAnswer('pending')],
  });
  const outcome = await drive(t, settlePayment(payment, {}));
  assertUnknown(outcome, TX);
  assert.equal(okx.count('status'), POLLS);
});

// New with the seam: only OKX's own verdict on the transaction ends a poll; a success the
// status endpoint cannot back with a hash is no verdict at all.
test('a status poll answering success without a well-formed hash never marks the payment failed (nor settled): polling goes on, unknown with the hash', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [statusAnswer('success', ''), statusAnswer('success', '0x12'), envelope({ success: true, status: 'success', network: 'eip155:196' })],
  });
  const outcome = await drive(t, settlePayment(payment, {}));
  assertUnknown(outcome, TX);
  assert.equal(outcome.error.reason, 'settlement_pending');
  assert.equal(okx.count('status'), POLLS, 'every poll was made');
});

test('status failed, not retryable: failed with its reason, and polling stops', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [statusAnswer('pending'), statusAnswer('failed', TX, 'insufficient_balance')],
  });
  const outcome = await drive(t, settlePayment(payment, {}));
  assertFailed(outcome, 'insufficient_funds', 402);
  assert.equal(okx.count('status'), 2);
});

test('settle pending without a transaction hash: unknown at once, nothing to poll', async (t) => {
  mockTimers(t);
  const { payment, payer } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending', hash: '' }) });
  // No mocked time passes: a sleep would never end.
  const outcome = await settlePayment(payment, {});
  assertUnknown(outcome, null);
  assert.equal(okx.count('status'), 0);
});

test('settle unreachable, 5xx, rate-limited, system error or timed out: unknown, never failed (the money may have moved), not retried', async (t) => {
  for (const answer of [
    'unreachable',
    okxError(500, '50026', 'System error'),
    okxError(502, '', 'bad gateway'),
    { status: 504, body: 'gateway timeout' },
    okxError(429, '50011', 'Too Many Requests'),
    okxError(200, '50026', 'System error'),
    okxError(200, 50011, 'rate limit'),
    settled({ status: 'timeout', hash: '' }),
    settled({ success: false, hash: '', status: null, errorReason: 'onchain_error' }),
    { status: 200, body: '<html>' },
    { status: 200, body: { code: '0', msg: '', data: null } },
  ]) {
    const { payment, payer } = await verifiedPayment(t);
    const okx = fakeOkx(t, { verify: verified(payer), settle: answer });
    const outcome = await settlePayment(payment, {});
    const label = JSON.stringify(answer);
    assertUnknown(outcome, null, label);
    assert.equal(okx.count('settle'), 1, `${label}: not retried`);
  }
});

test('settle refused with a definite reason: failed with it (both generations); on a first settle "nonce already used" is such a refusal', async (t) => {
  for (const [legacy, answer, reason] of [
    [false, settled({ success: false, hash: '', status: null, errorReason: 'insufficient_balance' }), 'insufficient_funds'],
    [false, settled({ success: false, hash: '', status: null, errorReason: 'invalid_exact_evm_payload_signature' }), 'invalid_exact_evm_payload_signature'],
    [true, settledLegacy({ success: false, hash: '', errorMsg: 'nonce_used' }), 'invalid_exact_evm_nonce_already_used'],
    [false, okxError(200, '51000', 'amount mismatch'), 'invalid_exact_evm_payload_authorization_value'],
  ]) {
    const { payment, payer } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: answer });
    const outcome = await settlePayment(payment, {});
    assertFailed(outcome, reason, 402, JSON.stringify(answer));
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle'], 'nothing asked on chain');
  }
});

test('settle answered with a definite error that is not a payment problem: failed, not unknown', async (t) => {
  // HTTP 400 with an OKX parameter error: the request was refused, nothing was submitted.
  const { payment, payer } = await verifiedPayment(t);
  fakeOkx(t, { verify: verified(payer), settle: okxError(400, '50014', 'Parameter paymentPayload cannot be empty') });
  const outcome = await settlePayment(payment, {});
  assertFailed(outcome, 'unexpected_settle_error', 502);
});

test('an OKX answer that breaks off mid-body is no answer: verify failed (503), settle unknown, never an exception', async (t) => {
  const { payment } = await verifiedPayment(t);
  const okx = fakeOkx(t, { verify: 'broken' });
  assertFailed(await settlePayment(payment, {}), 'unexpected_verify_error', 503, 'verify');
  assert.equal(okx.count('settle'), 0);
  const { payment: again, payer } = await verifiedPayment(t);
  fakeOkx(t, { verify: verified(payer), settle: 'broken' });
  assertUnknown(await settlePayment(again, {}), null, 'settle');
});

// ---- resolving an unknown outcome -----------------------------------------------------------

test('resolve with the known hash: a GET without a body on …/settle/status?txHash=, no verify and no settle; settled with the hash the status reports', async (t) => {
  const { payment } = await verifiedPayment(t);
  const okx = fakeOkx(t, { status: statusAnswer('success', TX2) });
  const outcome = await resolvePayment(payment, { txHash: TX }, { polls: 0 });
  assert.deepEqual(outcome, { kind: 'settled', txHash: TX2, proof: 'facilitator' });
  assert.deepEqual(okx.calls.map((c) => c.op), ['status']);
  const [call] = okx.calls;
  assert.equal(call.method, 'GET');
  assert.equal(call.body, undefined);
  assert.equal(new URL(call.url).searchParams.get('txHash'), TX);
});

test('resolve that cannot ask anything: the legacy API without RPC_URL (no status endpoint) or a malformed known hash is unknown, without any fetch', async (t) => {
  const { payment: legacy } = await verifiedPayment(t, { OKX_API: 'legacy' });
  const okx = fakeOkx(t, {});
  assertUnknown(await resolvePayment(legacy, { txHash: TX }, { polls: 0 }), TX, 'legacy');
  const { payment: current } = await verifiedPayment(t);
  assertUnknown(await resolvePayment(current, { txHash: '0x1234' }, { polls: 0 }), null, 'malformed hash');
  assert.equal(okx.calls.length, 0);
});

// New with the seam: resolving a payment with no known hash submits the settle again, and
// "nonce already used" by itself never counts as settled; without RPC_URL to prove it on
// chain it is unknown (the row stays pending), never failed either.
test('resolve without a known hash submits the settle again (no verify); "nonce already used" without RPC_URL is unknown, never settled nor failed (both generations)', async (t) => {
  for (const [legacy, answer] of [
    [false, settled({ success: false, hash: '', status: null, errorReason: 'nonce_used' })],
    [false, okxError(400, '51000', 'Nonce already used')],
    [true, settledLegacy({ success: false, hash: '', errorMsg: 'nonce_used' })],
  ]) {
    const { payment } = await verifiedPayment(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { settle: answer });
    const label = JSON.stringify(answer.body);
    for (const known of [null, { txHash: null }, { txHash: '' }]) {
      okx.calls.length = 0;
      assertUnknown(await resolvePayment(payment, known, { polls: 0 }), null, label);
      assert.deepEqual(okx.calls.map((c) => [c.op, c.legacy]), [['settle', legacy]], `${label}: the settle alone`);
    }
  }
});

test('resolve: "nonce already used" is settled only with the on-chain proof (authorizationState, the AuthorizationUsed log, the receipt with our Transfer)', async (t) => {
  const nonceUsed = settled({ success: false, hash: '', status: null, errorReason: 'nonce_used' });
  const proven = async (chain) => {
    const { payment, payer, nonce } = await verifiedPayment(t, { RPC_URL });
    const script = { settle: nonceUsed, ...chain({ payer, nonce }) };
    const okx = fakeOkx(t, script);
    return { outcome: await resolvePayment(payment, null, { polls: 0 }), okx };
  };
  const used = () => rpcResult(word(1n));
  const logs = ({ payer, nonce }) => rpcResult([authorizationUsedLog(payer, nonce, USED_TX)]);
  const ours = ({ payer, nonce }) => [authorizationUsedLog(payer, nonce, USED_TX), transferLog(payer, PAY_TO, PRICE)];

  // The proof: the token says the authorization is used, its log names the transaction, whose
  // receipt (status 1) carries our AuthorizationUsed and our Transfer.
  const { outcome, okx } = await proven((p) => ({
    eth_call: used(),
    eth_getLogs: logs(p),
    eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x1', ours(p))),
  }));
  assert.deepEqual(outcome, { kind: 'settled', txHash: USED_TX, proof: 'receipt' });
  assert.deepEqual(okx.calls.map((c) => c.op), ['settle', 'eth_call', 'eth_getLogs', 'eth_getTransactionReceipt']);
  assert.equal(JSON.parse(okx.calls[3].body).params[0], USED_TX);

  // Any link missing: unknown (the row stays pending), never settled, never failed.
  for (const [label, chain] of [
    ['authorization unused', () => ({ eth_call: rpcResult(word(0n)) })],
    ['no node answers', () => ({ eth_call: 'unreachable' })],
    ["the node's answer breaks off", () => ({ eth_call: 'broken' })],
    ['no log names a transaction', () => ({ eth_call: used(), eth_getLogs: rpcResult([]) })],
    ['no node answers the log query', () => ({ eth_call: used(), eth_getLogs: 'unreachable' })],
    ['the node fails the log query', () => ({ eth_call: used(), eth_getLogs: { status: 200, body: { jsonrpc: '2.0', id: 1, error: { code: -32005, message: 'limit exceeded' } } } })],
    ['no node answers the receipt query', (p) => ({ eth_call: used(), eth_getLogs: logs(p), eth_getTransactionReceipt: 'unreachable' })],
    ['the node has no receipt yet', (p) => ({ eth_call: used(), eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(null) })],
    ['its receipt has no Transfer of ours', (p) => ({ eth_call: used(), eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x1', [authorizationUsedLog(p.payer, p.nonce, USED_TX)])) })],
    ['its receipt reverted', (p) => ({ eth_call: used(), eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x0', ours(p))) })],
  ]) {
    const { outcome: o } = await proven(chain);
    assert.equal(o.kind, 'unknown', `${label}: ${JSON.stringify(o)}`);
    assert.equal(o.reply.status, 503, label);
  }
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

test('each call carries its deadline: verify and status 5 s, settle (a resolving one too) X402_SETTLE_TIMEOUT_MS', async (t) => {
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
  const okx = fakeOkx(t, { verify: verified(payer), settle: [settled({ status: 'pending' }), settled()], status: statusAnswer('success') });
  assert.deepEqual(await drive(t, settlePayment(payment, {})), { kind: 'settled', txHash: TX, proof: 'facilitator' });
  assert.deepEqual(await resolvePayment(payment, { txHash: TX }, { polls: 0 }), { kind: 'settled', txHash: TX, proof: 'facilitator' });
  assert.deepEqual(await resolvePayment(payment, null, { polls: 0 }), { kind: 'settled', txHash: TX, proof: 'facilitator' });
  assert.deepEqual(
    okx.calls.map((c) => [c.op, deadlines.get(c.signal)]),
    [
      ['verify', OKX_CALL_MS],
      ['settle', 2345],
      ['status', OKX_CALL_MS],
      ['status', OKX_CALL_MS],
      ['settle', 2345],
    ],
  );
});

test('a settle that never answers is abandoned at X402_SETTLE_TIMEOUT_MS: unknown', async (t) => {
  const { payment, payer } = await verifiedPayment(t, { X402_SETTLE_TIMEOUT_MS: '300' });
  fakeOkx(t, { verify: verified(payer), settle: 'hang' });
  const started = performance.now();
  const outcome = await settlePayment(payment, {});
  const elapsed = performance.now() - started;
  assert.ok(elapsed >= 280 && elapsed < 2000, `abandoned after ${Math.round(elapsed)} ms`);
  assertUnknown(outcome, null);
});

// ---- the balance pre-check ------------------------------------------------------------------

/** A ledger whose lookup of the payment answers `find` ({data, error}), recording the calls. */
function lookupDb(find) {
  const calls = [];
  const chain = { eq: () => chain, then: (ok, err) => Promise.resolve(find).then(ok, err) };
  return { calls, from: (table) => ({ select: (cols) => (calls.push(['select', table, cols]), chain) }) };
}

test('checkBalance: with RPC_URL one balanceOf(payer) call; refused (402 insufficient_funds) only when the node says the funds are missing', async (t) => {
  for (const [label, answer, kind] of [
    ['short by one', rpcResult(word(BigInt(PRICE) - 1n)), 'failed'],
    ['exactly enough', rpcResult(word(BigInt(PRICE))), 'verified'],
    ['more than enough', rpcResult(word(10n ** 18n)), 'verified'],
    ['no node answers', 'unreachable', 'verified'],
    ["the node's answer breaks off", 'broken', 'verified'],
    ['the node fails (5xx)', { status: 502, body: {} }, 'verified'],
    ['the node answers an error', { status: 200, body: { jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'x' } } }, 'verified'],
    ['the node answers no uint256', rpcResult('0x'), 'verified'],
  ]) {
    const { payment, payer } = await verifiedPayment(t, { RPC_URL });
    const okx = fakeOkx(t, { eth_call: answer });
    const out = await checkBalance(payment);
    assert.equal(out.kind, kind, `${label}: ${JSON.stringify(out)}`);
    assert.deepEqual(okx.calls.map((c) => c.op), ['eth_call'], `${label}: one call, to the chain, none to OKX`);
    const call = JSON.parse(okx.calls[0].body).params[0];
    assert.deepEqual([call.to, call.data], [USDG, `0x70a08231${addressWord(payer).slice(2)}`], label);
    if (kind === 'failed') assertFailed(out, 'insufficient_funds', 402, label);
  }
  // Without RPC_URL nothing is asked.
  const { payment } = await verifiedPayment(t);
  const okx = fakeOkx(t, {});
  assert.deepEqual(await checkBalance(payment), { kind: 'verified' });
  assert.equal(okx.calls.length, 0);
});

test('unfunded: refused only when the ledger holds no live row of the payment; a recorded or unreadable one goes on to the claim', async (t) => {
  const short = rpcResult(word(0n));
  for (const [label, find, refused] of [
    ['no row', { data: [], error: null }, true],
    ['a failed row', { data: [{ status: 'failed' }], error: null }, true],
    ['a settled row (a retry after the money moved)', { data: [{ status: 'settled' }], error: null }, false],
    ['a pending row (its outcome unknown)', { data: [{ status: 'pending' }], error: null }, false],
    ['the ledger cannot be read', { data: null, error: { code: 'network', message: 'down' } }, false],
  ]) {
    const { payment, payer, nonce } = await verifiedPayment(t, { RPC_URL });
    fakeOkx(t, { eth_call: short });
    const db = lookupDb(find);
    const out = await unfunded(db, payment, { payer, nonce });
    if (refused) assertFailed(out, 'insufficient_funds', 402, label);
    else assert.equal(out, null, label);
    assert.deepEqual(db.calls, [['select', 'x402_payments', '*']], `${label}: one read, no write`);
  }
  // Funded: the ledger is not even read.
  const { payment, payer, nonce } = await verifiedPayment(t, { RPC_URL });
  fakeOkx(t, { eth_call: rpcResult(word(BigInt(PRICE))) });
  const db = lookupDb({ data: [], error: null });
  assert.equal(await unfunded(db, payment, { payer, nonce }), null);
  assert.equal(db.calls.length, 0);
});
