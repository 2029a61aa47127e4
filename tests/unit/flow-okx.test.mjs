// What each OKX facilitator answer means for the money, through the whole paid request: a real
// `PaymentFlow` of the x402 WebAssembly (a payment signed with viem, `X402Config.pay`) driven by
// lib/flow.js's runFlow, every request and answer in OKX's real wire format (fake-okx.mjs behind
// `globalThis.fetch`, both API generations, and a JSON-RPC node where RPC_URL is set), the
// ledger a fake `db.rpc` (fake-x402-ledger.mjs). What is checked is the final effect (served,
// or the reply) and what the ledger was told. Ported from the deleted settle-okx.test.mjs.
//
//   settled : the serve effect, the row settled with the hash;
//   failed  : a reply naming the reason (402 for a payment refusal), the row failed;
//   unknown : 503 (Retry-After), the row left pending with its claim let go.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runFlow } from '../../functions/src/lib/flow.js';
import { paywallConfig, release, wasm } from '../../functions/src/lib/x402-wasm.js';
import { newPayer, requirementsFor, signPayment } from '../support/payments.mjs';
import { withEnv } from './fake-deno-env.mjs';
import { fakeLedger } from './fake-x402-ledger.mjs';
import {
  authorizationUsedLog,
  drive,
  envelope,
  fakeOkx,
  invalid,
  OKX_SECRETS,
  OKX_URL,
  okxError,
  POLL_MS,
  PUBLIC_RPC,
  receiptOf,
  RPC_URL,
  rpcResult,
  settled,
  settledLegacy,
  statusAnswer,
  transferLog,
  turn,
  until,
  TX,
  TX2,
  USED_TX,
  verified,
  word,
} from './fake-okx.mjs';

const RESOURCE = 'https://project.test/functions/paid';
const PRICE = '10000';
const PAY_TO = newPayer().address;
const POLLS = 6; // status polls of an OKX settlement before it is left unknown
const OKX_CALL_MS = 5000; // the deadline of every OKX call but settle
const NODE_CALL_MS = 8000; // the deadline of one JSON-RPC node's answer

/** A fresh payment under the paywall configured by `extra` secrets, and a way to present it. */
async function presented(t, extra = {}) {
  withEnv(t, { PAYMENT_RECIPIENT: PAY_TO, X402_PRICE: PRICE, ...OKX_SECRETS, ...extra });
  const payer = newPayer();
  const signed = await signPayment({ payer, requirements: requirementsFor({ payTo: PAY_TO, amount: PRICE, resource: RESOURCE }) });
  const config = paywallConfig();
  const db = fakeLedger();
  /** One paid request of this payment, run to its end. */
  const present = async (driveIt = (p) => p) => {
    const flow = wasm.call(() => config.pay(signed.header, '', RESOURCE, '/functions/paid', 'GET /functions/paid', crypto.randomUUID(), '', Date.now()));
    try {
      return await driveIt(runFlow(flow, { db }, wasm));
    } finally {
      release(flow);
    }
  };
  return { present, db, payer: payer.address.toLowerCase(), nonce: signed.authorization.nonce.toLowerCase() };
}

const mockTimers = (t) => t.mock.timers.enable({ apis: ['setTimeout'] });
const bodyOf = (reply) => JSON.parse(reply.body || '{}');
const headerOf = (reply, name) => (reply.headers || []).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
const record = (db) => db.rpcCalls('x402_record').map((q) => q.args.p);

/** Served with `txHash`, recorded settled. */
function assertServed(end, db, txHash, label = '') {
  assert.equal(end.kind, 'serve', `${label}: served, got ${JSON.stringify(end)}`);
  assert.equal(end.info.txHash, txHash, label);
  const [row] = db.rows();
  assert.deepEqual([row.status, row.tx_hash], ['settled', txHash], label);
}

/** The money may have moved: 503 retry, the row still pending with `txHash`, its claim let go. */
function assertUnknown(end, db, txHash, label = '') {
  assert.equal(end.kind, 'respond', `${label}: ${JSON.stringify(end)}`);
  assert.equal(end.reply.status, 503, `${label}: try again later: ${end.reply.body}`);
  assert.equal(headerOf(end.reply, 'Retry-After'), '5', label);
  const [row] = db.rows();
  assert.deepEqual([row.status, row.tx_hash, row.claim_token], ['pending', txHash, null], `${label}: pending, let go`);
  assert.equal(record(db).at(-1).outcome, 'unknown', label);
}

/** Refused: the reply names `reason` with `status`, the row failed with it. */
function assertFailed(end, db, reason, status, label = '') {
  assert.equal(end.kind, 'respond', `${label}: ${JSON.stringify(end)}`);
  assert.equal(end.reply.status, status, `${label}: ${end.reply.body}`);
  assert.equal(bodyOf(end.reply).error, reason, `${label}: the reply names the reason`);
  const [row] = db.rows();
  assert.deepEqual([row.status, row.error_reason, row.tx_hash], ['failed', reason, null], label);
}

// ---- mock settler ---------------------------------------------------------------------------

test('mock settler: served with the mock transaction hash, and OKX is never called', async (t) => {
  const { present, db } = await presented(t, { MOCK_OKX_FACILITATOR: 'true' });
  const okx = fakeOkx(t, {});
  const end = await present();
  assert.match(end.info.txHash, /^mock:0x[0-9a-f]{64}$/);
  assert.equal(end.info.mock, true);
  assertServed(end, db, end.info.txHash);
  assert.equal(okx.calls.length, 0);
});

// ---- verify -----------------------------------------------------------------------------------

test('verify refused by OKX: 402 with the refusal reason, recorded failed, and settle is never called (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { present, db } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: invalid('insufficient_balance', legacy) });
    assertFailed(await present(), db, 'insufficient_funds', 402, `legacy=${legacy}`);
    assert.deepEqual(okx.calls.map((c) => [c.op, c.legacy]), [['verify', legacy]]);
  }
});

test('verify unreachable, 5xx or unreadable: 503 unexpected_verify_error, recorded failed (nothing moved), settle never called', async (t) => {
  for (const answer of ['unreachable', okxError(500, '50026', 'System error'), okxError(503, '', 'unavailable'), { status: 502, body: '<html>' }, 'broken']) {
    const { present, db } = await presented(t);
    const okx = fakeOkx(t, { verify: answer });
    const label = JSON.stringify(answer);
    assertFailed(await present(), db, 'unexpected_verify_error', 503, label);
    assert.equal(okx.count('settle'), 0, label);
  }
});

// ---- settle -----------------------------------------------------------------------------------

test('verify then settle success: served with the lowercase hash, syncSettle sent (both generations)', async (t) => {
  for (const legacy of [false, true]) {
    const { present, db, payer } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: legacy ? settledLegacy({ hash: TX.toUpperCase().replace('0X', '0x') }) : settled() });
    assertServed(await present(), db, TX, `legacy=${legacy}`);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle']);
    const sent = JSON.parse(okx.calls[1].body);
    assert.equal(sent.syncSettle, true);
    assert.equal(sent.paymentPayload.payload.authorization.from.toLowerCase(), payer);
  }
});

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
    const { present, db, payer } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: answer });
    const label = JSON.stringify(answer.body.data);
    const end = await present();
    assertUnknown(end, db, null, label);
    assert.equal(bodyOf(end.reply).error, 'unexpected_settle_error', label);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle'], `${label}: not retried, nothing polled`);
  }
});

test('settle pending, then status success: served with the hash the status reports, polled every 500 ms', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: [statusAnswer('pending'), statusAnswer('success', TX2)] });
  const running = present();
  await until(() => okx.count('settle') === 1, 'settle called');
  for (let i = 0; i < 40; i++) await turn();
  t.mock.timers.tick(POLL_MS - 1);
  for (let i = 0; i < 40; i++) await turn();
  assert.equal(okx.count('status'), 0, 'not before the interval');
  t.mock.timers.tick(1);
  await until(() => okx.count('status') === 1, 'first status poll');
  assertServed(await drive(t, running), db, TX2);
  assert.equal(okx.count('status'), 2);
  assert.ok(okx.calls.filter((c) => c.op === 'status').every((c) => new URL(c.url).searchParams.get('txHash') === TX && c.method === 'GET' && c.body === undefined));
});

test('settle pending that never resolves: 503 settlement_pending after 6 polls, the row pending with the hash', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending' }), status: statusAnswer('pending') });
  const end = await present((p) => drive(t, p));
  assertUnknown(end, db, TX);
  assert.equal(bodyOf(end.reply).error, 'settlement_pending');
  assert.equal(okx.count('status'), POLLS);
});

test('a status poll that fails retryably (5xx, unreachable, timeout) keeps polling; the outcome stays unknown with the hash', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [okxError(500, '50026', 'System error'), 'unreachable', statusAnswer('timeout'), statusAnswer('pending')],
  });
  assertUnknown(await present((p) => drive(t, p)), db, TX);
  assert.equal(okx.count('status'), POLLS);
});

test('a status poll answering success without a well-formed hash is no verdict: polling goes on, unknown with the hash', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [statusAnswer('success', ''), statusAnswer('success', '0x12'), envelope({ success: true, status: 'success', network: 'eip155:196' })],
  });
  const end = await present((p) => drive(t, p));
  assertUnknown(end, db, TX);
  assert.equal(bodyOf(end.reply).error, 'settlement_pending');
  assert.equal(okx.count('status'), POLLS, 'every poll was made');
});

test('status failed, not retryable: 402 with its reason, recorded failed, and polling stops', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, {
    verify: verified(payer),
    settle: settled({ status: 'pending' }),
    status: [statusAnswer('pending'), statusAnswer('failed', TX, 'insufficient_balance')],
  });
  const end = await present((p) => drive(t, p));
  assert.equal(end.reply.status, 402, end.reply.body);
  assert.equal(bodyOf(end.reply).error, 'insufficient_funds');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].error_reason], ['failed', 'insufficient_funds']);
  assert.equal(okx.count('status'), 2);
});

test('settle pending without a transaction hash: unknown at once, nothing to poll', async (t) => {
  mockTimers(t);
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: settled({ status: 'pending', hash: '' }) });
  // No mocked time passes: a sleep would never end.
  assertUnknown(await present(), db, null);
  assert.equal(okx.count('status'), 0);
});

test('settle unreachable, 5xx, rate-limited, system error, timed out or broken off: unknown, never failed (the money may have moved), not retried', async (t) => {
  for (const answer of [
    'unreachable',
    'broken',
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
    const { present, db, payer } = await presented(t);
    const okx = fakeOkx(t, { verify: verified(payer), settle: answer });
    const label = JSON.stringify(answer);
    assertUnknown(await present(), db, null, label);
    assert.equal(okx.count('settle'), 1, `${label}: not retried`);
  }
});

test('settle refused with a definite reason: 402 with it, recorded failed (both generations)', async (t) => {
  for (const [legacy, answer, reason] of [
    [false, settled({ success: false, hash: '', status: null, errorReason: 'insufficient_balance' }), 'insufficient_funds'],
    [false, settled({ success: false, hash: '', status: null, errorReason: 'invalid_exact_evm_payload_signature' }), 'invalid_exact_evm_payload_signature'],
    [false, okxError(200, '51000', 'amount mismatch'), 'invalid_exact_evm_payload_authorization_value'],
  ]) {
    const { present, db, payer } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: answer });
    const end = await present();
    assertFailed(end, db, reason, 402, JSON.stringify(answer));
    const pr = JSON.parse(Buffer.from(headerOf(end.reply, 'PAYMENT-RESPONSE'), 'base64').toString());
    assert.deepEqual([pr.success, pr.errorReason], [false, reason]);
    assert.deepEqual(okx.calls.map((c) => c.op), ['verify', 'settle'], 'nothing asked on chain');
  }
});

test('a first settle answered "nonce already used" is asked of the chain: the authorization may have moved this very payment; no node in reach, unknown (never failed on that word)', async (t) => {
  for (const legacy of [false, true]) {
    const answer = legacy ? settledLegacy({ success: false, hash: '', errorMsg: 'nonce_used' }) : settled({ success: false, hash: '', status: null, errorReason: 'nonce_used' });
    const { present, db, payer } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: answer, eth_call: 'unreachable' });
    assertUnknown(await present(), db, null, JSON.stringify(answer));
    assert.deepEqual(okx.calls.map((c) => [c.op, new URL(c.url).origin]), [['verify', OKX_URL], ['settle', OKX_URL], ['eth_call', PUBLIC_RPC]]);
  }
});

test('settle answered with a definite error that is not a payment problem: failed (502), not unknown', async (t) => {
  // HTTP 400 with an OKX parameter error: the request was refused, nothing was submitted.
  const { present, db, payer } = await presented(t);
  fakeOkx(t, { verify: verified(payer), settle: okxError(400, '50014', 'Parameter paymentPayload cannot be empty') });
  assertFailed(await present(), db, 'unexpected_settle_error', 502);
});

// ---- resolving an unknown outcome: the next presentation --------------------------------------

test('presented again with a known hash: the chain first (its receipt, the authorization); no node in reach: a GET on …/settle/status?txHash=, no verify and no settle; served with the hash the status reports', async (t) => {
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: 'unreachable', status: statusAnswer('success', TX2), eth_getTransactionReceipt: 'unreachable', eth_call: 'unreachable' });
  assertUnknown(await present(), db, null, 'first presentation');
  db.rows()[0].tx_hash = TX; // as a pending answer with its hash would have left it
  okx.calls.length = 0;
  assertServed(await present(), db, TX2);
  assert.deepEqual(okx.calls.map((c) => c.op), ['eth_getTransactionReceipt', 'eth_call', 'status']);
  assert.equal(new URL(okx.calls[2].url).searchParams.get('txHash'), TX);
});

test('presented again, legacy API (no status endpoint): the known hash is proven by its receipt on chain (the public node without RPC_URL), never asked of OKX', async (t) => {
  const { present, db, payer, nonce } = await presented(t, { OKX_API: 'legacy' });
  const ours = [authorizationUsedLog(payer, nonce, TX), transferLog(payer, PAY_TO, PRICE)];
  const okx = fakeOkx(t, { verify: verified(payer, true), settle: 'unreachable', eth_getTransactionReceipt: rpcResult(receiptOf(TX, '0x1', ours)) });
  await present();
  db.rows()[0].tx_hash = TX;
  okx.calls.length = 0;
  assertServed(await present(), db, TX);
  assert.deepEqual(okx.calls.map((c) => [c.op, new URL(c.url).origin]), [['eth_getTransactionReceipt', PUBLIC_RPC]]);
  assert.equal(JSON.parse(okx.calls[0].body).params[0], TX);
});

test('presented again with a malformed known hash: it is never asked about (it never reaches a query string or a node); only the state of the authorization is, unknown', async (t) => {
  const { present, db, payer } = await presented(t);
  const okx = fakeOkx(t, { verify: verified(payer), settle: 'unreachable', eth_call: 'unreachable' });
  await present();
  db.rows()[0].tx_hash = '0x1234&x=1';
  okx.calls.length = 0;
  const end = await present();
  assert.equal(end.reply.status, 503);
  assert.equal(db.rows()[0].status, 'pending');
  assert.deepEqual(okx.calls.map((c) => c.op), ['eth_call']);
  assert.ok(okx.calls.every((c) => !c.url.includes('0x1234') && !String(c.body).includes('0x1234&')));
});

test('presented again without a known hash: the chain first (the public node without RPC_URL); unused there, the settle is submitted again (no verify); "nonce already used" is no proof by itself: asked of the chain, unused there it is unknown (both generations)', async (t) => {
  for (const [legacy, answer] of [
    [false, settled({ success: false, hash: '', status: null, errorReason: 'nonce_used' })],
    [false, okxError(400, '51000', 'Nonce already used')],
    [true, settledLegacy({ success: false, hash: '', errorMsg: 'nonce_used' })],
  ]) {
    const { present, db, payer } = await presented(t, legacy ? { OKX_API: 'legacy' } : {});
    const okx = fakeOkx(t, { verify: verified(payer, legacy), settle: ['unreachable', answer], eth_call: rpcResult(word(0n)) });
    await present();
    okx.calls.length = 0;
    const label = JSON.stringify(answer.body);
    assertUnknown(await present(), db, null, label);
    assert.deepEqual(
      okx.calls.map((c) => [c.op, c.legacy, new URL(c.url).origin]),
      [
        ['eth_call', false, PUBLIC_RPC],
        ['settle', legacy, OKX_URL],
        ['eth_call', false, PUBLIC_RPC],
      ],
      `${label}: the authorization's state, the settle alone, then the state again`,
    );
  }
});

test('presented again: served only with the on-chain proof (authorizationState, the AuthorizationUsed log, the receipt with our Transfer), asked first; "nonce already used" alone never serves', async (t) => {
  const nonceUsed = settled({ success: false, hash: '', status: null, errorReason: 'nonce_used' });
  const funded = rpcResult(word(10n ** 18n));
  const used = rpcResult(word(1n));
  const logs = ({ payer, nonce }) => rpcResult([authorizationUsedLog(payer, nonce, USED_TX)]);
  const ours = ({ payer, nonce }) => [authorizationUsedLog(payer, nonce, USED_TX), transferLog(payer, PAY_TO, PRICE)];
  /** A payment whose first settle got no answer, presented again under `chain`'s node. */
  const proven = async (chain) => {
    const { present, db, payer, nonce } = await presented(t, { RPC_URL });
    const script = { verify: verified(payer), settle: ['unreachable', nonceUsed], ...chain({ payer, nonce }) };
    // The balance pre-check (RPC_URL) is an eth_call too: funded, each time.
    script.eth_call = [funded, funded, ...(script.eth_call ?? [])];
    const okx = fakeOkx(t, script);
    await present();
    okx.calls.length = 0;
    return { end: await present(), okx, db };
  };

  const { end, okx, db } = await proven((p) => ({ eth_call: [used], eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x1', ours(p))) }));
  assertServed(end, db, USED_TX);
  assert.deepEqual(okx.calls.map((c) => c.op), ['eth_call', 'eth_call', 'eth_getLogs', 'eth_getTransactionReceipt'], 'proven on chain: never sent again');
  assert.equal(JSON.parse(okx.calls[3].body).params[0], USED_TX);

  // Any link missing: unknown (the row stays pending), never served, never failed.
  for (const [label, chain] of [
    ['authorization unused', () => ({ eth_call: [rpcResult(word(0n))] })],
    ['no node answers', () => ({ eth_call: ['unreachable'] })],
    ['no log names a transaction', () => ({ eth_call: [used], eth_getLogs: rpcResult([]) })],
    ['no node answers the receipt query', (p) => ({ eth_call: [used], eth_getLogs: logs(p), eth_getTransactionReceipt: 'unreachable' })],
    ['its receipt has no Transfer of ours', (p) => ({ eth_call: [used], eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x1', [authorizationUsedLog(p.payer, p.nonce, USED_TX)])) })],
    ['its receipt reverted', (p) => ({ eth_call: [used], eth_getLogs: logs(p), eth_getTransactionReceipt: rpcResult(receiptOf(USED_TX, '0x0', ours(p))) })],
  ]) {
    const { end: e, db: d } = await proven(chain);
    assert.equal(e.kind, 'respond', label);
    assert.equal(e.reply.status, 503, `${label}: ${e.reply.body}`);
    assert.equal(d.rows()[0].status, 'pending', label);
  }
});

// ---- deadlines ----------------------------------------------------------------------------------

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
  const { present, db, payer } = await presented(t, { X402_SETTLE_TIMEOUT_MS: '2345' });
  const okx = fakeOkx(t, { verify: verified(payer), settle: [settled({ status: 'pending' }), 'unreachable', settled()], status: [statusAnswer('pending'), statusAnswer('success')], eth_call: 'unreachable' });
  assertServed(await present((p) => drive(t, p)), db, TX);
  // A second payment: its settle unanswered, then resolved by a settle again.
  const second = await presented(t, { X402_SETTLE_TIMEOUT_MS: '2345' });
  await second.present();
  assertServed(await second.present(), second.db, TX);
  assert.deepEqual(
    okx.calls.map((c) => [c.op, deadlines.get(c.signal)]),
    [
      ['verify', OKX_CALL_MS],
      ['settle', 2345],
      ['status', OKX_CALL_MS],
      ['status', OKX_CALL_MS],
      ['verify', OKX_CALL_MS],
      ['settle', 2345],
      ['eth_call', NODE_CALL_MS],
      ['settle', 2345],
    ],
  );
});

test('a settle that never answers is abandoned at X402_SETTLE_TIMEOUT_MS: unknown', async (t) => {
  const { present, db, payer } = await presented(t, { X402_SETTLE_TIMEOUT_MS: '300' });
  fakeOkx(t, { verify: verified(payer), settle: 'hang' });
  const started = performance.now();
  const end = await present();
  const elapsed = performance.now() - started;
  assert.ok(elapsed >= 280 && elapsed < 2000, `abandoned after ${Math.round(elapsed)} ms`);
  assertUnknown(end, db, null);
});

// ---- the balance pre-check ------------------------------------------------------------------

test('with RPC_URL, one balanceOf(payer) first; refused (402 insufficient_funds) only when the node says the funds are missing and the ledger holds nothing', async (t) => {
  for (const [label, answer, refused] of [
    ['short by one', rpcResult(word(BigInt(PRICE) - 1n)), true],
    ['exactly enough', rpcResult(word(BigInt(PRICE))), false],
    ['no node answers', 'unreachable', false],
    ['the node fails (5xx)', { status: 502, body: {} }, false],
    ['the node answers an error', { status: 200, body: { jsonrpc: '2.0', id: 1, error: { code: -32000, message: 'x' } } }, false],
    ['the node answers no uint256', rpcResult('0x'), false],
  ]) {
    const { present, db, payer } = await presented(t, { RPC_URL });
    const okx = fakeOkx(t, { eth_call: answer, verify: verified(payer), settle: settled() });
    const end = await present();
    const call = JSON.parse(okx.calls[0].body).params[0];
    assert.equal(okx.calls[0].op, 'eth_call', label);
    assert.equal(call.data.slice(0, 10), '0x70a08231', `${label}: balanceOf`);
    if (refused) {
      assert.equal(end.reply?.status, 402, label);
      assert.equal(bodyOf(end.reply).error, 'insufficient_funds', label);
      assert.deepEqual(db.rpcCalls().map((q) => q.args.p.mode), ['peek'], `${label}: the ledger read, nothing written`);
      assert.equal(db.rows().length, 0, label);
      assert.equal(okx.calls.length, 1, `${label}: nothing sent`);
    } else {
      assertServed(end, db, TX, label);
    }
  }
});

test('unfunded but recorded: a payment the ledger holds (settled, or pending) goes on to its claim', async (t) => {
  const { present, db, payer } = await presented(t, { RPC_URL });
  fakeOkx(t, { eth_call: [rpcResult(word(BigInt(PRICE))), rpcResult(word(0n))], verify: verified(payer), settle: settled() });
  assertServed(await present(), db, TX, 'first, funded');
  // The money moved: the payer's balance is short now; presented again, it is still served.
  const again = await present();
  assert.deepEqual([again.kind, again.info?.replay], ['serve', true], JSON.stringify(again));
});
