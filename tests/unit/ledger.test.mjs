// The payment ledger (functions/src/lib/ledger.js) against a fake of the SDK's database client
// with the ledger's unique keys and injected faults (tests/unit/fake-insforge-db.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  LEDGER_TABLE,
  SETTLEMENT_LOG,
  ledgerAcquire,
  ledgerAwait,
  ledgerClaim,
  ledgerDb,
  ledgerFind,
  ledgerRecord,
  ledgerSettled,
  ledgerSubmitted,
  ledgerThrottled,
  attemptsPerMinute,
  paymentRow,
  replayable,
  sameBinding,
  CLAIM_LEASE_MS,
  REPLAY_WINDOW_MS,
} from '../../functions/src/lib/ledger.js';
import { fakeDb, on } from './fake-insforge-db.mjs';

const PAYER = '0x1111111111111111111111111111111111111111';
const NONCE = `0x${'ab'.repeat(32)}`;
const TX = `0x${'cd'.repeat(32)}`;
const PAY_TO = '0x2222222222222222222222222222222222222222';
const RESOURCE = 'https://app.example/functions/x402-paywall';
const payment = (over = {}) => ({
  payer: PAYER,
  nonce: NONCE,
  value: '10000',
  asset: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8',
  network: 'eip155:196',
  validBefore: '1900000000',
  x402Version: 2,
  resource: RESOURCE,
  payload: { signature: '0xsig', authorization: { from: PAYER, to: PAY_TO, value: '10000', nonce: NONCE } },
  ...over,
});
const claimRow = (over) => paymentRow(payment(over), 'okx', 'x402-paywall');
const later = (ms, fn) => setTimeout(fn, ms);
const updates = (db) => db.log.filter((q) => q.op === 'update');

/** A db already holding this payment's row in `status` (as another presentation left it). */
function dbWith(status, extra = {}) {
  const db = fakeDb();
  db.rows().push({ id: 'row-1', ...claimRow(), status, attempts: 1, tx_hash: null, error_reason: null, response_summary: null, ...extra });
  return db;
}

// ---- ledgerClaim -------------------------------------------------------------------------

test('a first claim inserts the row as pending and is new', async () => {
  const db = fakeDb();
  const claim = await ledgerClaim(db, claimRow());
  assert.equal(claim.state, 'new');
  assert.equal(claim.row.status, 'pending');
  assert.equal(claim.row.payer_address, PAYER);
  assert.equal(db.rows().length, 1);
  assert.equal(db.rows()[0].id, claim.row.id);
});

test('a claim of a failed payment flips it back to pending with attempts + 1 and is retry', async () => {
  const db = dbWith('failed', { error_reason: 'insufficient_funds', attempts: 2 });
  const claim = await ledgerClaim(db, claimRow());
  assert.equal(claim.state, 'retry');
  assert.equal(claim.row.id, 'row-1');
  assert.deepEqual(
    { status: db.rows()[0].status, attempts: db.rows()[0].attempts, error_reason: db.rows()[0].error_reason },
    { status: 'pending', attempts: 3, error_reason: null },
  );
  assert.equal(db.rows().length, 1);
});

test('a claim of a settled payment is settled, with its row, and writes nothing', async () => {
  const db = dbWith('settled', { tx_hash: TX });
  const claim = await ledgerClaim(db, claimRow());
  assert.equal(claim.state, 'settled');
  assert.equal(claim.row.tx_hash, TX);
  assert.equal(updates(db).length, 0);
  assert.equal(db.rows()[0].status, 'settled');
});

test('a claim of a payment someone else holds pending is busy and writes nothing', async () => {
  const db = dbWith('pending');
  const claim = await ledgerClaim(db, claimRow());
  assert.equal(claim.state, 'busy');
  assert.equal(updates(db).length, 0);
  assert.equal(db.rows()[0].attempts, 1);
});

test('ten concurrent claims of one payment: exactly one is new, the others busy', async () => {
  const db = fakeDb();
  const claims = await Promise.all(Array.from({ length: 10 }, () => ledgerClaim(db, claimRow())));
  assert.equal(claims.filter((c) => c.state === 'new').length, 1);
  assert.equal(claims.filter((c) => c.state === 'busy').length, 9);
  assert.equal(db.rows().length, 1);
});

test('concurrent claims of a failed payment: exactly one re-claims it', async () => {
  const db = dbWith('failed', { error_reason: 'x' });
  const claims = await Promise.all(Array.from({ length: 5 }, () => ledgerClaim(db, claimRow())));
  assert.equal(claims.filter((c) => c.state === 'retry').length, 1);
  assert.equal(claims.filter((c) => c.state === 'busy').length, 4);
  assert.equal(db.rows()[0].attempts, 2);
});

test('different nonces of one payer are claimed independently', async () => {
  const db = fakeDb();
  const a = await ledgerClaim(db, claimRow());
  const b = await ledgerClaim(db, claimRow({ nonce: `0x${'ef'.repeat(32)}` }));
  assert.deepEqual([a.state, b.state], ['new', 'new']);
});

test('an insert error other than a unique violation is read back: no row is unavailable, another claim is handled as one', async () => {
  for (const [kind, error] of [
    ['error', { code: '42501', message: 'permission denied' }],
    ['error', { code: '57014', message: 'statement timeout' }],
    ['throw', undefined],
  ]) {
    const empty = fakeDb();
    empty.fault(on.insert(LEDGER_TABLE), kind, 1, error);
    assert.equal((await ledgerClaim(empty, claimRow())).state, 'unavailable', `${kind} ${error?.code}: nothing there`);
    assert.equal(empty.rows().length, 0);
    const held = dbWith('pending');
    held.fault(on.insert(LEDGER_TABLE), kind, 1, error);
    assert.equal((await ledgerClaim(held, claimRow())).state, 'busy', `${kind} ${error?.code}: someone else's row`);
  }
});

test('an insert whose answer is lost after it committed is read back by its claim token: the caller owns it', async () => {
  const db = fakeDb();
  db.fault(on.insert(LEDGER_TABLE), 'lost', 1);
  const row = claimRow();
  const claim = await ledgerClaim(db, row);
  assert.equal(claim.state, 'new', 'the committed insert is ours: settle it, do not answer "nothing was charged"');
  assert.equal(claim.row.claim_token, row.claim_token);
  assert.equal(db.rows().length, 1);
  assert.equal((await ledgerClaim(db, claimRow())).state, 'busy', 'another presentation (another token) may not settle it');
});

test('an insert whose answer is lost and whose read-back fails is unavailable: nothing was sent', async () => {
  const db = fakeDb();
  db.fault(on.insert(LEDGER_TABLE), 'lost', 1);
  db.fault(on.select(LEDGER_TABLE), 'error', 1);
  assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable');
});

test('a payment recorded for another endpoint, resource or requirements is elsewhere, whatever its status, and nothing is written', async () => {
  for (const status of ['settled', 'pending', 'failed']) {
    for (const [what, other] of [
      ['endpoint', { endpoint: '/functions/other' }],
      ['resource', { resource: 'https://app.example/functions/other' }],
      ['payTo', { pay_to: '0x3333333333333333333333333333333333333333' }],
      ['amount', { amount: '20000' }],
      ['asset', { asset: '0x0000000000000000000000000000000000000001' }],
      ['network', { network: 'eip155:8453' }],
      ['no binding recorded (an older row)', { resource: null, pay_to: null }],
    ]) {
      const db = dbWith(status, other);
      const claim = await ledgerClaim(db, claimRow());
      assert.equal(claim.state, 'elsewhere', `${status}, ${what}`);
      assert.equal(updates(db).length, 0, `${status}, ${what}: nothing written`);
      assert.equal(db.rows()[0].status, status);
    }
  }
});

test('sameBinding ignores the case of addresses and needs every binding column', () => {
  const row = claimRow();
  assert.equal(sameBinding({ ...row, pay_to: PAY_TO.toUpperCase().replace('0X', '0x') }, row), true);
  for (const k of ['endpoint', 'resource', 'pay_to', 'asset', 'network', 'amount']) {
    assert.equal(sameBinding({ ...row, [k]: undefined }, row), false, k);
  }
});

test('a re-claimed failed payment takes the new claim token and is not submitted yet', async () => {
  const db = dbWith('failed', { submitted_at: '2026-01-01T00:00:00Z', claim_token: 'old' });
  const row = claimRow();
  const claim = await ledgerClaim(db, row);
  assert.equal(claim.state, 'retry');
  assert.equal(db.rows()[0].claim_token, row.claim_token);
  assert.equal(db.rows()[0].submitted_at, null);
});

test('ledgerSubmitted marks only a pending row, and says whether it did', async () => {
  const db = dbWith('pending');
  assert.equal(await ledgerSubmitted(db, 'row-1'), true);
  assert.equal(typeof db.rows()[0].submitted_at, 'string');
  for (const status of ['settled', 'failed']) assert.equal(await ledgerSubmitted(dbWith(status), 'row-1'), false, status);
  const faulty = dbWith('pending');
  faulty.fault(on.update(LEDGER_TABLE), 'lost', 1);
  assert.equal(await ledgerSubmitted(faulty, 'row-1'), false, 'an unconfirmed mark is no mark: nothing may be sent');
});

test('an insert that answers no row is unavailable', async () => {
  const db = fakeDb();
  db.fault(on.insert(LEDGER_TABLE), 'answer', 1, { data: [], error: null });
  assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable');
  db.fault(on.insert(LEDGER_TABLE), 'answer', 1, { data: null, error: null });
  assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable');
});

test('after a unique violation, a lookup that fails or finds nothing is unavailable', async () => {
  for (const kind of ['error', 'throw']) {
    const db = dbWith('failed');
    db.fault(on.select(LEDGER_TABLE), kind, 1);
    assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable', kind);
    assert.equal(db.rows()[0].status, 'failed');
  }
  const db = dbWith('failed');
  db.fault(on.insert(LEDGER_TABLE), 'error', 1, { code: '23505', message: 'duplicate key' });
  db.rows().length = 0; // the row vanished between the insert and the lookup
  assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable');
});

test('a failed re-claim update is unavailable', async () => {
  const db = dbWith('failed');
  db.fault(on.update(LEDGER_TABLE), 'error', 1);
  assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable');
  assert.equal(db.rows()[0].status, 'failed');
});

test('ledgerFind: the row, null when there is none, an error for an unreadable answer', async () => {
  const db = dbWith('pending');
  assert.equal((await ledgerFind(db, PAYER, NONCE)).row.id, 'row-1');
  assert.deepEqual(await ledgerFind(db, PAYER, `0x${'00'.repeat(32)}`), { row: null });
  db.fault(on.select(LEDGER_TABLE), 'error', 1, { code: 'PGRST000', message: 'x' });
  assert.deepEqual(await ledgerFind(db, PAYER, NONCE), { error: { code: 'PGRST000', message: 'x' } });
  const odd = { from: () => ({ select: () => ({ eq: () => ({ eq: async () => ({ data: { id: 'not-a-list' }, error: null }) }) }) }) };
  assert.deepEqual(await ledgerFind(odd, PAYER, NONCE), { error: { code: 'shape' } });
});

// ---- ledgerAwait / ledgerAcquire ---------------------------------------------------------

test('ledgerAwait returns as soon as the row leaves pending', async () => {
  const db = dbWith('pending');
  later(50, () => Object.assign(db.rows()[0], { status: 'settled', tx_hash: TX }));
  const t0 = Date.now();
  const row = await ledgerAwait(db, PAYER, NONCE, 5000);
  assert.equal(row.status, 'settled');
  assert.equal(row.tx_hash, TX);
  assert.ok(Date.now() - t0 < 2000, 'did not wait for the deadline');
});

test('ledgerAwait gives up at its deadline with the last row seen, and keeps polling through lookup errors', async () => {
  const db = dbWith('pending');
  db.fault(on.select(LEDGER_TABLE), 'throw', 1);
  const t0 = Date.now();
  const row = await ledgerAwait(db, PAYER, NONCE, 300);
  const waited = Date.now() - t0;
  assert.equal(row.status, 'pending');
  assert.ok(waited >= 300 && waited < 2000, `waited ${waited} ms`);
  assert.equal(await ledgerAwait(fakeDb(), PAYER, NONCE, 50), null, 'no row ever seen');
});

test('ledgerAcquire: a payment nobody holds is claimed at once', async () => {
  const db = fakeDb();
  assert.equal((await ledgerAcquire(db, claimRow(), 5000)).state, 'new');
});

test('ledgerAcquire waits for a concurrent claimer and is settled when it settles', async () => {
  const db = dbWith('pending');
  later(50, () => Object.assign(db.rows()[0], { status: 'settled', tx_hash: TX }));
  const claim = await ledgerAcquire(db, claimRow(), 5000);
  assert.equal(claim.state, 'settled');
  assert.equal(claim.row.tx_hash, TX);
  assert.equal(db.rows()[0].attempts, 1);
});

test('ledgerAcquire re-claims a payment whose concurrent attempt failed (retry)', async () => {
  const db = dbWith('pending');
  later(50, () => Object.assign(db.rows()[0], { status: 'failed', error_reason: 'okx_refused' }));
  const claim = await ledgerAcquire(db, claimRow(), 5000);
  assert.equal(claim.state, 'retry');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].attempts], ['pending', 2]);
});

test('ledgerAcquire stays busy when the concurrent attempt stays pending past the wait', async () => {
  const db = dbWith('pending');
  const t0 = Date.now();
  const claim = await ledgerAcquire(db, claimRow(), 250);
  assert.equal(claim.state, 'busy');
  assert.ok(Date.now() - t0 >= 250, 'it waited');
  assert.equal(db.rows()[0].status, 'pending');
});

// ---- ledgerRecord / ledgerSettled ----------------------------------------------------------

test("ledgerRecord 'settled' writes status settled, the hash and the summary, clearing the error", async () => {
  const db = dbWith('pending', { error_reason: 'earlier attempt' });
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'settled', txHash: TX, proof: 'facilitator' }, 'POST /functions/x402-paywall'), 'settled');
  const r = db.rows()[0];
  assert.deepEqual([r.status, r.tx_hash, r.error_reason, r.response_summary], ['settled', TX, null, 'POST /functions/x402-paywall']);
  assert.equal(db.rows(SETTLEMENT_LOG).length, 0);
});

test('ledgerSettled retries an update whose answer was lost, and lands in the row', async () => {
  const db = dbWith('pending');
  db.fault(on.update(LEDGER_TABLE), 'lost', 1);
  assert.equal(await ledgerSettled(db, 'row-1', TX, 's'), 'row');
  assert.equal(db.rows()[0].status, 'settled');
  assert.equal(updates(db).length, 2);
});

test('an update that reaches no row is not a record: the hash goes to the log', async () => {
  const db = fakeDb();
  assert.equal(await ledgerSettled(db, 'row-gone', TX, 's'), 'log');
  assert.deepEqual(db.rows(SETTLEMENT_LOG).map((r) => [r.payment_id, r.tx_hash]), [['row-gone', TX]]);
});

test('when the row update keeps failing, the settlement goes to the x402_settlements log', async () => {
  const db = dbWith('pending');
  db.fault(on.update(LEDGER_TABLE), 'error');
  assert.equal(await ledgerSettled(db, 'row-1', TX, 's'), 'log');
  assert.equal(updates(db).length, 3, 'the row update is tried three times first');
  assert.deepEqual(db.rows(SETTLEMENT_LOG).map((r) => [r.payment_id, r.tx_hash]), [['row-1', TX]]);
  assert.equal(db.rows()[0].status, 'pending');
  const db2 = dbWith('pending');
  db2.fault(on.update(LEDGER_TABLE), 'throw');
  assert.equal(await ledgerRecord(db2, 'row-1', { kind: 'settled', txHash: TX, proof: 'facilitator' }, 's'), 'settled', 'the money moved: the outcome is settled');
  assert.equal(db2.rows(SETTLEMENT_LOG).length, 1);
});

test('a log insert whose answer was lost is retried, and its unique violation means it is logged', async () => {
  const db = dbWith('pending');
  db.fault(on.update(LEDGER_TABLE), 'error');
  db.fault(on.insert(SETTLEMENT_LOG), 'lost', 1);
  assert.equal(await ledgerSettled(db, 'row-1', TX, 's'), 'log');
  assert.equal(db.rows(SETTLEMENT_LOG).length, 1);
});

test('when the row and the log both fail, ledgerSettled says lost and logs the hash and the payment id', async (t) => {
  const lines = [];
  t.mock.method(console, 'error', (line) => lines.push(String(line)));
  const db = dbWith('pending');
  db.fault(on.update(LEDGER_TABLE), 'error');
  db.fault(on.insert(SETTLEMENT_LOG), 'throw');
  assert.equal(await ledgerSettled(db, 'row-1', TX, 's'), 'lost');
  assert.equal(db.log.filter((q) => q.op === 'insert' && q.table === SETTLEMENT_LOG).length, 3);
  assert.equal(lines.length, 1);
  assert.ok(lines[0].includes(TX) && lines[0].includes('row-1'), lines[0]);
});

test("ledgerRecord 'unknown' keeps the row pending and stores the hash when there is one", async () => {
  const db = dbWith('pending');
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'unknown', txHash: TX }, 's'), 'unknown');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].tx_hash], ['pending', TX]);
  assert.equal(db.rows(SETTLEMENT_LOG).length, 0);

  const bare = dbWith('pending', { claim_token: 'mine' });
  assert.equal(await ledgerRecord(bare, 'row-1', { kind: 'unknown' }, 's'), 'unknown');
  assert.deepEqual([bare.rows()[0].status, bare.rows()[0].tx_hash, bare.rows()[0].claim_token], ['pending', null, null], 'no hash: only the claim is let go');
});

test("ledgerRecord 'unknown' never overwrites a row that already left pending", async () => {
  const db = dbWith('settled', { tx_hash: TX });
  await ledgerRecord(db, 'row-1', { kind: 'unknown', txHash: `0x${'99'.repeat(32)}` }, 's');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].tx_hash], ['settled', TX]);
});

test("ledgerRecord 'failed' marks a pending row failed with the reason", async () => {
  const db = dbWith('pending');
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'failed', reason: 'invalid_exact_evm_payload_signature' }, 's'), 'failed');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].error_reason], ['failed', 'invalid_exact_evm_payload_signature']);
});

test("ledgerRecord 'failed' leaves a row that is no longer pending alone", async () => {
  const db = dbWith('settled', { tx_hash: TX });
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'failed', reason: 'okx_timeout' }, 's'), 'failed');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].tx_hash, db.rows()[0].error_reason], ['settled', TX, null]);
});

test("ledgerRecord 'failed' is best effort: a ledger fault does not throw", async () => {
  const db = dbWith('pending');
  db.fault(on.update(LEDGER_TABLE), 'throw');
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'failed', reason: 'x' }, 's'), 'failed');
  assert.equal(db.rows()[0].status, 'pending');
});

// ---- paymentRow / ledgerDb ----------------------------------------------------------------

test('paymentRow maps the verified payment onto the ledger columns', () => {
  const p = payment();
  const { claim_token, ...row } = paymentRow(p, 'okx', 'weather');
  assert.match(claim_token, /^[0-9a-f-]{36}$/);
  assert.notEqual(paymentRow(p, 'okx', 'weather').claim_token, claim_token, 'a fresh token per claim');
  assert.deepEqual(row, {
    payer_address: PAYER,
    nonce: NONCE,
    endpoint: '/functions/weather',
    resource: RESOURCE,
    pay_to: PAY_TO,
    amount: '10000',
    asset: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8',
    network: 'eip155:196',
    chain: 'xlayer',
    valid_before: 1900000000,
    payment: p,
    settler: 'okx',
  });
  const base = paymentRow(payment({ network: 'eip155:8453' }), 'direct', 'x');
  assert.equal(base.chain, 'eip155:8453');
  assert.equal(base.settler, 'direct');
  assert.equal(paymentRow(p, 'mock', 'x').settler, 'mock');
  // The name is the core's (Payment.settler), written as given.
  assert.equal(paymentRow(p, 'okx', 'x').settler, 'okx');
  assert.equal(typeof paymentRow(p, 'okx', 'x').valid_before, 'number');
});

test('ledgerDb: null without INSFORGE_BASE_URL and API_KEY, else the database of a client keyed with the API key', (t) => {
  const saved = { Deno: globalThis.Deno, createClient: globalThis.createClient };
  t.after(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete globalThis[k];
    else globalThis[k] = v;
  });
  const made = [];
  globalThis.createClient = (opts) => (made.push(opts), { database: { marker: true } });
  const secrets = { INSFORGE_BASE_URL: 'http://insforge.local', API_KEY: 'ik_secret' };
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  assert.deepEqual(ledgerDb(), { marker: true });
  assert.deepEqual(made, [{ baseUrl: 'http://insforge.local', anonKey: 'ik_secret' }]);
  for (const missing of ['INSFORGE_BASE_URL', 'API_KEY']) {
    const partial = { ...secrets, [missing]: undefined };
    globalThis.Deno = { env: { get: (k) => partial[k] } };
    assert.equal(ledgerDb(), null, missing);
  }
  assert.equal(made.length, 1);
});

// ---- the fake itself ------------------------------------------------------------------------

test('the fake enforces UNIQUE(payer_address, nonce) with code 23505 and answers like the SDK', async () => {
  const db = fakeDb();
  const first = await db.from(LEDGER_TABLE).insert([claimRow()]).select();
  assert.equal(first.error, null);
  const dup = await db.from(LEDGER_TABLE).insert([claimRow()]).select();
  assert.equal(dup.error.code, '23505');
  assert.equal((await db.from(LEDGER_TABLE).update({ status: 'failed' }).eq('id', first.data[0].id)).data, null);
  assert.equal((await db.from(LEDGER_TABLE).delete().eq('id', first.data[0].id)).error, null);
  assert.equal(db.rows().length, 0);
  db.rpcs.x402_allocate_settler_nonce = ({ p_chain_nonce }) => p_chain_nonce + 1;
  assert.deepEqual(await db.rpc('x402_allocate_settler_nonce', { p_chain_nonce: 4 }), { data: 5, error: null });
  assert.equal((await db.rpc('nope', {})).error.code, 'PGRST202');
});

// ---- throttle ------------------------------------------------------------------------------

test('a payer is throttled once it has `limit` unsettled submitted payments in the last minute', async () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const at = (sAgo) => new Date(now - sAgo * 1000).toISOString();
  const db = fakeDb();
  const add = (status, submittedAt, payer = PAYER) =>
    db.rows().push({ ...claimRow({ nonce: `0x${String(db.rows().length).padStart(64, '0')}` }), payer_address: payer, id: `r${db.rows().length}`, status, submitted_at: submittedAt });
  for (let i = 0; i < 4; i++) add('failed', at(10));
  add('settled', at(5)); // an honest payment never counts
  add('failed', at(61)); // older than a minute
  add('pending', null); // claimed, never sent
  add('failed', at(1), '0x9999999999999999999999999999999999999999'); // another payer
  assert.equal(await ledgerThrottled(db, PAYER, 5, now), false, 'four attempts of five');
  add('pending', at(2)); // sent, outcome unknown: counts
  assert.equal(await ledgerThrottled(db, PAYER, 5, now), true);
  assert.equal(await ledgerThrottled(db, PAYER, 0, now), false, '0 turns it off');
  db.fault(on.select(LEDGER_TABLE), 'error', 1);
  assert.equal(await ledgerThrottled(db, PAYER, 5, now), false, 'an unreadable ledger throttles nobody');
});

test('X402_PAYER_ATTEMPTS_PER_MINUTE: 0..1000, else the default 5', (t) => {
  const saved = globalThis.Deno;
  t.after(() => {
    globalThis.Deno = saved;
  });
  for (const [raw, want] of [[undefined, 5], ['', 5], ['0', 0], ['12', 12], ['1000', 1000], ['1001', 5], ['-1', 5], ['2.5', 5], ['x', 5]]) {
    globalThis.Deno = { env: { get: () => raw } };
    assert.equal(attemptsPerMinute(), want, String(raw));
  }
});

// ---- take-over of an attempt whose request is done --------------------------------------

const longAgo = () => new Date(Date.now() - CLAIM_LEASE_MS - 1000).toISOString();

test('a pending row its request released is taken over: resolve when it was sent, retry when it was not', async () => {
  for (const [submitted_at, state] of [['2026-12-01T00:00:00Z', 'resolve'], [null, 'retry']]) {
    const db = dbWith('pending', { claim_token: null, submitted_at, tx_hash: submitted_at ? TX : null, updated_at: new Date().toISOString() });
    const row = claimRow();
    const claim = await ledgerClaim(db, row);
    assert.equal(claim.state, state, String(submitted_at));
    assert.equal(db.rows()[0].claim_token, row.claim_token, 'the caller owns it now');
    assert.equal(claim.row.tx_hash, submitted_at ? TX : null, 'with what the ledger knows of the attempt');
  }
});

test('a pending row whose owner holds it is busy; past the lease it is taken over', async () => {
  const held = dbWith('pending', { claim_token: 'owner', submitted_at: '2026-12-01T00:00:00Z', updated_at: new Date().toISOString() });
  assert.equal((await ledgerClaim(held, claimRow())).state, 'busy');
  assert.equal(held.rows()[0].claim_token, 'owner');
  const dead = dbWith('pending', { claim_token: 'owner', submitted_at: '2026-12-01T00:00:00Z', updated_at: longAgo() });
  assert.equal((await ledgerClaim(dead, claimRow())).state, 'resolve');
});

test('of concurrent takers of a released row, exactly one owns it', async () => {
  const db = dbWith('pending', { claim_token: null, submitted_at: '2026-12-01T00:00:00Z', updated_at: new Date().toISOString() });
  const claims = await Promise.all(Array.from({ length: 6 }, () => ledgerClaim(db, claimRow())));
  assert.equal(claims.filter((c) => c.state === 'resolve').length, 1, claims.map((c) => c.state).join());
  assert.ok(claims.every((c) => ['resolve', 'busy'].includes(c.state)));
});

test('an unknown outcome lets go of the claim, so the next presentation resolves it at once', async () => {
  const db = dbWith('pending', { claim_token: 'mine', submitted_at: '2026-12-01T00:00:00Z' });
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'unknown', txHash: TX }, 's'), 'unknown');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].tx_hash, db.rows()[0].claim_token], ['pending', TX, null]);
  assert.equal((await ledgerClaim(db, claimRow())).state, 'resolve');
});

test('ledgerAcquire: a duplicate that waited for an attempt ending unknown resolves it itself', async () => {
  const db = dbWith('pending', { claim_token: 'owner', submitted_at: '2026-12-01T00:00:00Z', updated_at: new Date().toISOString() });
  later(30, () => {
    db.rows()[0].claim_token = null; // the owner answered 503 and let go
  });
  const claim = await ledgerAcquire(db, claimRow(), 1000);
  assert.equal(claim.state, 'resolve');
});

test('a settled payment is served again only within the replay window after it was first served; never served, it is served', () => {
  const now = Date.parse('2026-12-01T12:00:00Z');
  const at = (msAgo) => new Date(now - msAgo).toISOString();
  assert.equal(replayable({ served_at: at(1000) }, now), true);
  assert.equal(replayable({ served_at: at(REPLAY_WINDOW_MS) }, now), true);
  assert.equal(replayable({ served_at: at(REPLAY_WINDOW_MS + 1) }, now), false);
  assert.equal(replayable({ served_at: null, settled_at: at(3_600_000) }, now), true, 'settled by reconcile, never served: this is its delivery');
  assert.equal(replayable({ served_at: 'garbage' }, now), false);
});

test("ledgerRecord 'settled' by the request that serves it starts the replay window; reconcile's does not", async () => {
  const db = dbWith('pending');
  await ledgerRecord(db, 'row-1', { kind: 'settled', txHash: TX }, 's', true);
  assert.equal(typeof db.rows()[0].served_at, 'string');
  const other = dbWith('pending');
  await ledgerRecord(other, 'row-1', { kind: 'settled', txHash: TX }, 's');
  assert.equal(other.rows()[0].served_at ?? null, null);
});

test('a take-over the ledger refuses (released or past its lease) is unavailable: the row stays as it was, nothing may be resolved', async () => {
  for (const [label, extra] of [
    ['released', { claim_token: null, updated_at: new Date().toISOString() }],
    ['past the lease', { claim_token: 'owner', updated_at: longAgo() }],
  ]) {
    const db = dbWith('pending', { submitted_at: '2026-12-01T00:00:00Z', tx_hash: TX, ...extra });
    db.fault(on.update(LEDGER_TABLE), 'error', 1);
    assert.equal((await ledgerClaim(db, claimRow())).state, 'unavailable', label);
    assert.equal(db.rows()[0].claim_token, extra.claim_token, `${label}: not taken`);
  }
});

test("ledgerRecord 'unknown' is best effort: a ledger fault does not throw, and the claim stays with its owner until the lease runs out", async () => {
  const db = dbWith('pending', { claim_token: 'mine', submitted_at: '2026-12-01T00:00:00Z', updated_at: new Date().toISOString() });
  db.fault(on.update(LEDGER_TABLE), 'throw', 1);
  assert.equal(await ledgerRecord(db, 'row-1', { kind: 'unknown', txHash: TX }, 's'), 'unknown');
  assert.deepEqual([db.rows()[0].status, db.rows()[0].claim_token], ['pending', 'mine']);
  assert.equal((await ledgerClaim(db, claimRow())).state, 'busy');
});
