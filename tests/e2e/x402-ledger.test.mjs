// End to end, both InsForge contracts: the payment ledger as an attacker and a careful payer
// see it. The committed bundles, the real @insforge/sdk as anon and authenticated clients,
// the migrations on the runtime's PostgreSQL, the OKX stand-in (a nonce transfers once).
//   - the ledger is private: nothing a non-admin can read (tables, the receipts view,
//     realtime events) lets anyone present a payment;
//   - a payment is bound to what it bought: served again only where it was paid; anywhere else
//     409 (paywall) or success:false (facilitator); the facilitator's verify calls it spent;
//   - a ledger insert that committed but whose answer was lost is read back, not answered
//     "nothing was charged" (which would make the payer pay twice); a row that was never sent
//     anywhere is failed by reconcile, never settled;
//   - an unfunded payer's failed attempts are bounded per minute (no OKX call beyond them).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { startOkx } from '../support/okx.mjs';
import { newPayer, requirementsFor, signPayment, USDG } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = '10000';
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const HANDLER = join(mkdtempSync(join(tmpdir(), 'paid-handler-')), 'handler.mjs');
writeFileSync(HANDLER, "export default async (req, payment) => new Response(JSON.stringify({ content: 'paid', payer: payment.payer }));\n");

/**
 * A proxy in front of the runtime's API that loses the answer of the next `lose` claims
 * (x402_claim): the call reaches the database (it commits), the caller's socket is cut; and
 * answers the next `failReads` claims and reconcile batches (x402_claim, x402_stranded) with a
 * 500, as a ledger that cannot be read.
 */
function lossyProxy(target) {
  const state = { lose: 0, lost: 0, failReads: 0 };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      const insert = req.method === 'POST' && /\/api\/database\/rpc\/x402_claim(\?|$)/.test(req.url);
      if (req.method === 'POST' && /\/api\/database\/rpc\/x402_(claim|stranded)(\?|$)/.test(req.url) && state.failReads > 0) {
        state.failReads--;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'INTERNAL_ERROR', message: 'ledger down', statusCode: 500 }));
        return;
      }
      const headers = { ...req.headers };
      delete headers.host;
      delete headers['content-length'];
      try {
        const up = await fetch(`${target}${req.url}`, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : body });
        const text = Buffer.from(await up.arrayBuffer());
        if (insert && state.lose > 0) {
          state.lose--;
          state.lost++;
          req.socket.destroy();
          return;
        }
        const out = {};
        up.headers.forEach((v, k) => {
          if (k !== 'content-encoding' && k !== 'transfer-encoding' && k !== 'content-length') out[k] = v;
        });
        res.writeHead(up.status, out);
        res.end(text);
      } catch (_e) {
        res.writeHead(502);
        res.end();
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ state, url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 ledger integrity, ${contract} contract`, () => {
    let stack;
    let okx;
    let proxy;
    let payTo;
    const url = (slug) => `${stack.baseUrl}/functions/${slug}`;
    const requirements = (slug) => requirementsFor({ payTo, amount: PRICE, resource: url(slug) });
    const pay = async (slug, header) => readReply(await fetch(url(slug), { method: 'POST', headers: header ? { 'PAYMENT-SIGNATURE': header } : {} }));
    const rows = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows;
    const facilitator = async (op, body) =>
      readReply(await fetch(`${url('x402-facilitator')}?op=${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    const facilitatorBody = (signed, reqs) => {
      const { resource: _r, ...v2 } = reqs;
      return { x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: v2 };
    };

    before(async () => {
      okx = await startOkx();
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_ledger_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_FACILITATOR_PAY_TO: payTo,
          X402_PRICE: PRICE,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          X402_SETTLE_TIMEOUT_MS: '3000',
          X402_RECONCILE_MIN_AGE_SECONDS: '60',
        },
      });
      // Three paid endpoints with the same price and recipient, and the facilitator.
      for (const slug of ['paid-a', 'paid-b', 'paid-c', 'paid-d', 'paid-e']) await stack.deploy(slug, paywallBundle(HANDLER, slug));
      await stack.deploy('x402-facilitator', dist('x402-facilitator'));
      await stack.deploy('x402-reconcile', dist('x402-reconcile'));
      proxy = await lossyProxy(stack.baseUrl);
    });
    after(async () => {
      proxy?.close();
      await stack?.stop();
      await okx?.close();
    });

    test('the ledger is private: anon and authenticated users read no row, only safe receipts', async () => {
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      const failed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      okx.fail('verify', 400, 1);
      await pay('paid-a', failed.header);

      const user = jwt.sign({ sub: 'user-1', role: 'authenticated', aud: 'insforge-api' }, stack.secrets.JWT_SECRET, { expiresIn: 600 });
      const clients = {
        anon: createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY }).database,
        authenticated: createClient({ baseUrl: stack.baseUrl, accessToken: user }).database,
      };
      for (const [who, db] of Object.entries(clients)) {
        for (const table of ['x402_payments', 'x402_settlements']) {
          const read = await db.from(table).select('*');
          assert.ok(read.error !== null || read.data.length === 0, `${who} reads ${table}: ${JSON.stringify(read.data)?.slice(0, 200)}`);
        }
        const receipts = await db.from('x402_receipts').select('*');
        assert.equal(receipts.error, null, `${who}: ${JSON.stringify(receipts.error)}`);
        assert.ok(receipts.data.length >= 1);
        const text = JSON.stringify(receipts.data);
        for (const secret of [signed.payload.signature, failed.payload.signature, signed.authorization.nonce, failed.authorization.nonce]) {
          assert.ok(!text.toLowerCase().includes(secret.toLowerCase().slice(2, 40)), `${who}: the receipts carry a signature or nonce`);
        }
        assert.deepEqual(Object.keys(receipts.data[0]).sort(), ['amount', 'asset', 'charged', 'created_at', 'endpoint', 'id', 'network', 'payer_address', 'settled_at', 'status', 'tx_hash']);
        const write = await db.from('x402_payments').insert({ payer_address: '0xab', nonce: `0x${'00'.repeat(32)}`, endpoint: '/x', amount: '1', asset: '0x', network: 'x', valid_before: 1, payment: {} });
        assert.notEqual(write.error, null, `${who} wrote the ledger`);
        // The transitions are the API key's alone: nobody else may claim, record or take rows.
        const row = { payer_address: signed.authorization.from.toLowerCase(), nonce: signed.authorization.nonce.toLowerCase(), endpoint: '/functions/paid-a', claim_token: crypto.randomUUID() };
        for (const [call, args] of [
          ['x402_claim', { p: { mode: 'peek', row } }],
          ['x402_claim', { p: { mode: 'claim', row: { ...row, nonce: `0x${'ee'.repeat(32)}` } } }],
          ['x402_record', { p: { id: crypto.randomUUID(), claimToken: row.claim_token, outcome: 'settled', txHash: `0x${'11'.repeat(32)}` } }],
          ['x402_stranded', { p: { minAgeSeconds: 0, limit: 50, leaseSeconds: 0, claimToken: row.claim_token } }],
          ['x402_allocate_settler_nonce', { p_settler: '0xab', p_chain_id: 196, p_chain_nonce: 0 }],
          ['x402_release_settler_nonce', { p_settler: '0xab', p_chain_id: 196, p_nonce: 0 }],
        ]) {
          const r = await db.rpc(call, args);
          assert.notEqual(r.error, null, `${who} called ${call}: ${JSON.stringify(r.data)?.slice(0, 200)}`);
        }
      }
      // The API key may (what the functions do), and nothing above changed a row.
      const admin = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.API_KEY }).database;
      const peek = await admin.rpc('x402_claim', { p: { mode: 'peek', row: { payer_address: signed.authorization.from.toLowerCase(), nonce: signed.authorization.nonce.toLowerCase(), endpoint: '/functions/paid-a', resource: url('paid-a'), pay_to: payTo.toLowerCase(), asset: USDG, network: 'eip155:196', amount: PRICE } } });
      assert.equal(peek.error, null, JSON.stringify(peek.error));
      assert.equal(peek.data.state, 'settled', JSON.stringify(peek.data));
      assert.equal((await stack.query('select count(*)::int as n from x402_payments where nonce = $1', [`0x${'ee'.repeat(32)}`])).rows[0].n, 0);
    });

    test('the database refuses an illegal transition whoever attempts it', async () => {
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      const nonce = signed.authorization.nonce.toLowerCase();
      for (const [what, set] of [
        ['settled → pending', "status = 'pending'"],
        ['settled → failed', "status = 'failed', error_reason = 'x'"],
        ['a settled transaction rewritten', `tx_hash = '0x${'22'.repeat(32)}'`],
        ['a first delivery moved', "served_at = now() - interval '1 day'"],
        ['its authorization changed', `nonce = '0x${'33'.repeat(32)}'`],
      ]) {
        await assert.rejects(stack.query(`update x402_payments set ${set} where nonce = $1`, [nonce]), /x402 ledger|violates/, what);
      }
      const other = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      okx.fail('verify', 400, 1);
      await pay('paid-a', other.header);
      const failedNonce = other.authorization.nonce.toLowerCase();
      assert.equal((await rows(other.authorization.nonce))[0].status, 'failed');
      await assert.rejects(stack.query(`update x402_payments set status = 'settled', tx_hash = '0x${'44'.repeat(32)}' where nonce = $1`, [failedNonce]), /x402 ledger/, 'failed → settled');
      await assert.rejects(stack.query("update x402_payments set served_at = now() where nonce = $1", [failedNonce]), /x402 ledger|served_is_settled/, 'served without settled');
      await assert.rejects(stack.query("update x402_payments set status = 'settled' where nonce = $1", [failedNonce]), /x402 ledger/, 'settled without a transaction');
      assert.equal((await rows(signed.authorization.nonce))[0].status, 'settled');
    });

    test('a metered charge is recorded once, within the signed amount, and only a charge of nothing settles without a transaction', async () => {
      // A pending row held by a claim token, as a metered payment's claim leaves it.
      const id = crypto.randomUUID();
      const token = crypto.randomUUID();
      const nonce = `0x${crypto.randomUUID().replaceAll('-', '')}${'00'.repeat(16)}`;
      await stack.query(
        `insert into x402_payments (id, payer_address, nonce, endpoint, amount, asset, network, valid_before, payment, claim_token, submitted_at)
           values ($1, $2, $3, '/functions/paid-a', '5000000', '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', 'eip155:196', 9999999999, '{}'::jsonb, $4, now())`,
        [id, newPayer().address.toLowerCase(), nonce, token],
      );
      const record = async (p) => (await stack.query('select public.x402_record($1::jsonb) as r', [JSON.stringify({ id, claimToken: token, ...p })])).rows[0].r;
      const row = async () => (await stack.query('select status, charged, tx_hash from x402_payments where id = $1', [id])).rows[0];
      // Above the signed amount: refused by the table itself.
      await assert.rejects(record({ outcome: 'charge', charged: '5000001' }), /charged_within_amount/);
      assert.deepEqual(await record({ outcome: 'charge', charged: '1234' }), { state: 'pending' });
      // The same charge again is idempotent; another one is a conflict; nothing changed.
      assert.deepEqual(await record({ outcome: 'charge', charged: '1234' }), { state: 'pending' });
      assert.deepEqual(await record({ outcome: 'charge', charged: '99' }), { state: 'conflict', charged: '1234' });
      await assert.rejects(stack.query("update x402_payments set charged = '7' where id = $1", [id]), /a charge does not change/);
      // A charge of something needs its transaction to be settled.
      await assert.rejects(stack.query("update x402_payments set status = 'settled' where id = $1", [id]), /settled without a transaction/);
      assert.deepEqual(await row(), { status: 'pending', charged: '1234', tx_hash: null });
      // The receipts view shows what was charged (a settled exact payment: its amount).
      const tx = `0x${'5a'.repeat(32)}`;
      assert.deepEqual(await record({ outcome: 'settled', txHash: tx, summary: 'POST /functions/paid-a', served: true }), { state: 'settled' });
      assert.deepEqual(await row(), { status: 'settled', charged: '1234', tx_hash: tx });
      const receipt = (await stack.query('select charged from x402_receipts where id = $1', [id])).rows[0];
      assert.equal(receipt.charged, '1234');
      // A charge of nothing: settled with no transaction, idempotently.
      const zero = crypto.randomUUID();
      const zeroToken = crypto.randomUUID();
      await stack.query(
        `insert into x402_payments (id, payer_address, nonce, endpoint, amount, asset, network, valid_before, payment, claim_token, submitted_at)
           values ($1, $2, $3, '/functions/paid-a', '5000000', '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', 'eip155:196', 9999999999, '{}'::jsonb, $4, now())`,
        [zero, newPayer().address.toLowerCase(), `0x${'0f'.repeat(32)}`, zeroToken],
      );
      const free = { id: zero, claimToken: zeroToken, outcome: 'settled', txHash: '', summary: 'POST /functions/paid-a', served: true, charged: '0' };
      for (let i = 0; i < 2; i++) assert.deepEqual((await stack.query('select public.x402_record($1::jsonb) as r', [JSON.stringify(free)])).rows[0].r, { state: 'settled' });
      assert.deepEqual((await stack.query('select status, charged, tx_hash from x402_payments where id = $1', [zero])).rows[0], { status: 'settled', charged: '0', tx_hash: null });
    });

    test('realtime events carry no signature, authorization or nonce', async () => {
      // InsForge's realtime.publish, captured into a table.
      await stack.query(`create schema if not exists realtime;
        create table if not exists public.x402_test_events (channel text, event text, payload jsonb);
        create or replace function realtime.publish(channel text, event text, payload jsonb) returns void
          language sql as $$ insert into public.x402_test_events values (channel, event, payload) $$;`);
      try {
        const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
        assert.equal((await pay('paid-a', signed.header)).status, 200);
        const events = (await stack.query('select * from x402_test_events')).rows;
        assert.ok(events.some((e) => e.event === 'INSERT_x402_payments') && events.some((e) => e.event === 'SETTLED_x402_payments'), JSON.stringify(events));
        const text = JSON.stringify(events).toLowerCase();
        assert.ok(!text.includes(signed.payload.signature.toLowerCase().slice(2)), 'a signature in an event');
        assert.ok(!text.includes(signed.authorization.nonce.toLowerCase().slice(2)), 'a nonce in an event');
        for (const e of events) assert.ok(!('payment' in e.payload) && !('nonce' in e.payload), Object.keys(e.payload).join());
      } finally {
        await stack.query('drop function if exists realtime.publish(text, text, jsonb); drop table if exists public.x402_test_events;');
      }
    });

    test('a payment made at one paywall is not served by another one with the same price and recipient', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      const first = await pay('paid-a', signed.header);
      assert.equal(first.status, 200, first.text);
      const again = await pay('paid-a', signed.header);
      assert.equal(again.status, 200, 'the same paywall serves it again (idempotent retry)');
      const elsewhere = await pay('paid-b', signed.header);
      assert.equal(elsewhere.status, 409, elsewhere.text);
      assert.equal(elsewhere.json?.error, 'payment_already_used');
      assert.equal(okx.calls.settle, 1);
      const [row] = await rows(signed.authorization.nonce);
      assert.deepEqual([row.endpoint, row.resource, row.pay_to, row.amount], ['/functions/paid-a', url('paid-a'), payTo.toLowerCase(), PRICE]);
    });

    test('five concurrent presentations at five endpoints: one settlement, at most one delivery, where it was recorded', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      const slugs = ['paid-a', 'paid-b', 'paid-c', 'paid-d', 'paid-e'];
      const answers = await Promise.all(slugs.map((s) => pay(s, signed.header)));
      const served = answers.filter((a) => a.status === 200);
      assert.equal(okx.calls.settle, 1, 'one settlement');
      assert.ok(served.length <= 1, `${served.length} deliveries: ${answers.map((a) => a.status).join(',')}`);
      for (const [i, a] of answers.entries()) {
        if (a.status !== 200) assert.ok([409, 503].includes(a.status), `${slugs[i]}: ${a.status} ${a.text}`);
      }
      const [row] = await rows(signed.authorization.nonce);
      const winner = answers.findIndex((a) => a.status === 200);
      if (winner >= 0) assert.equal(row.endpoint, `/functions/${slugs[winner]}`, 'served only where it was recorded');
    });

    test('facilitator: another resource gets success:false; verify calls a settled payment spent', async () => {
      okx.reset();
      const reqs = requirementsFor({ payTo, amount: PRICE, resource: 'https://seller.example/one' });
      const signed = await signPayment({ payer: newPayer(), requirements: reqs, version: 2 });
      const body = facilitatorBody(signed, reqs);
      const verified = await facilitator('verify', body);
      assert.equal(verified.json?.isValid, true, verified.text);
      const settled = await facilitator('settle', body);
      assert.equal(settled.json?.success, true, settled.text);
      const again = await facilitator('settle', body);
      assert.deepEqual([again.json?.success, again.json?.transaction], [true, settled.json.transaction], 'the same caller again: the recorded settlement');
      const spent = await facilitator('verify', body);
      assert.equal(spent.json?.isValid, false, spent.text);
      assert.equal(spent.json?.invalidReason, 'invalid_exact_evm_nonce_already_used');
      // The same signed payment described with another resource.
      const other = facilitatorBody(signed, { ...reqs, resource: 'https://seller.example/two' });
      other.paymentPayload = { ...other.paymentPayload, resource: { url: 'https://seller.example/two' } };
      const elsewhere = await facilitator('settle', other);
      assert.equal(elsewhere.json?.success, false, elsewhere.text);
      // A payment made at a paywall is spent for the facilitator too.
      const atPaywall = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', atPaywall.header)).status, 200);
      const viaFacilitator = await facilitator('settle', facilitatorBody(atPaywall, requirements('paid-a')));
      assert.equal(viaFacilitator.json?.success, false, viaFacilitator.text);
      assert.equal(okx.calls.settle, 2, 'one settlement per payment');
    });

    test('a pending row that was never sent anywhere is failed by reconcile, never settled; the payment then works', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      const a = signed.authorization;
      // What a request that died between its claim and its settlement leaves behind.
      const payment = { x402Version: 2, payer: a.from.toLowerCase(), nonce: a.nonce.toLowerCase(), value: a.value, validAfter: a.validAfter, validBefore: a.validBefore, network: 'eip155:196', asset: requirements('paid-a').asset, resource: url('paid-a'), payload: signed.payload };
      await stack.query(
        `insert into x402_payments (payer_address, nonce, endpoint, resource, pay_to, amount, asset, network, valid_before, payment, settler, created_at)
         values ($1, $2, '/functions/paid-a', $3, $4, $5, $6, 'eip155:196', $7, $8, 'okx', now() - interval '1 hour')`,
        [payment.payer, payment.nonce, url('paid-a'), payTo.toLowerCase(), PRICE, payment.asset, Number(a.validBefore), payment],
      );
      const rec = await (await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      assert.ok(rec.failed >= 1, JSON.stringify(rec));
      assert.equal(okx.calls.settle, 0, 'reconcile sent nothing');
      const [row] = await rows(a.nonce);
      assert.deepEqual([row.status, row.error_reason], ['failed', 'abandoned']);
      const r = await pay('paid-a', signed.header);
      assert.equal(r.status, 200, r.text);
      assert.equal(okx.calls.settle, 1);
    });

    test('an unfunded payer cannot make the function call OKX more than five times a minute', async () => {
      okx.reset();
      okx.fail('verify', 400, 100);
      try {
        const payer = newPayer();
        const statuses = [];
        for (let i = 0; i < 8; i++) {
          const signed = await signPayment({ payer, requirements: requirements('paid-a'), version: 2 });
          const r = await pay('paid-a', signed.header);
          statuses.push(r.status);
          if (r.status === 429) assert.equal(r.json?.error, 'too_many_attempts', r.text);
        }
        assert.equal(okx.calls.verify, 5, statuses.join(','));
        assert.equal(okx.calls.settle, 0);
        assert.deepEqual(statuses.slice(5), [429, 429, 429]);
        // Another payer is not held back by this one.
        const other = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
        assert.notEqual((await pay('paid-a', other.header)).status, 429);
      } finally {
        okx.reset();
      }
    });

    test('a settlement still pending when the request gave up: the retry resolves it and serves, without a second settle', async () => {
      okx.reset();
      okx.pendingPolls(8); // longer than one request polls
      try {
        const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
        const first = await pay('paid-a', signed.header);
        assert.equal(first.status, 503, first.text);
        const [pending] = await rows(signed.authorization.nonce);
        assert.equal(pending.status, 'pending');
        assert.match(pending.tx_hash ?? '', /^0x[0-9a-f]{64}$/, 'the hash OKX reported is kept');
        assert.equal(pending.claim_token, null, 'the request let go of it');
        const retry = await pay('paid-a', signed.header);
        assert.equal(retry.status, 200, `the retry resolved it: ${retry.text}`);
        assert.equal(okx.calls.settle, 1, 'resolved by status, never settled twice');
        const [row] = await rows(signed.authorization.nonce);
        assert.deepEqual([row.status, row.tx_hash], ['settled', pending.tx_hash]);
      } finally {
        okx.reset();
      }
    });

    test('"nonce already used" with no proof of our transfer is never settled and never served', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      // The payer used the authorization elsewhere (or cancelled it) before we settled it.
      okx.usedNonces.add(`${signed.authorization.from.toLowerCase()}:${signed.authorization.nonce.toLowerCase()}`);
      for (let i = 0; i < 2; i++) {
        const r = await pay('paid-a', signed.header);
        assert.notEqual(r.status, 200, `attempt ${i}: ${r.text}`);
        const [row] = await rows(signed.authorization.nonce);
        assert.notEqual(row.status, 'settled', `attempt ${i}`);
        assert.equal(row.tx_hash, null);
      }
      const rec = await (await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      assert.equal(rec.settled, 0, JSON.stringify(rec));
      const [row] = await rows(signed.authorization.nonce);
      assert.notEqual(row.status, 'settled');
    });

    // A row as time (or an earlier version of the functions) left it. The row's triggers (its
    // updated_at stamp, the transition guard) are bypassed for this one statement: this is
    // the test arranging the past, not a transition.
    const asIfAgo = (set, nonce) =>
      stack.query(`begin; set local session_replication_role = replica;
        update x402_payments set ${set} where nonce = '${nonce.toLowerCase().replace(/[^0-9a-fx]/g, '')}'; commit;`);

    test('a settled payment is served again only within the replay window after its settlement', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      assert.equal((await pay('paid-a', signed.header)).status, 200, 'a retry right after');
      await asIfAgo("served_at = now() - interval '6 minutes'", signed.authorization.nonce);
      const late = await pay('paid-a', signed.header);
      assert.equal(late.status, 409, late.text);
      assert.equal(late.json?.error, 'payment_already_used');
      assert.equal(okx.calls.settle, 1);
    });

    test('a payment settled without being served (reconcile finished it) is served when presented, then only within the window', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      // As reconcile leaves it: settled long ago, never served.
      await asIfAgo("served_at = null, settled_at = now() - interval '1 hour'", signed.authorization.nonce);
      const delivered = await pay('paid-a', signed.header);
      assert.equal(delivered.status, 200, delivered.text);
      const [row] = await rows(signed.authorization.nonce);
      assert.ok(row.served_at, 'this presentation was its delivery');
      assert.equal(okx.calls.settle, 1, 'no second charge');
    });

    test('a ledger insert whose answer is lost is read back: served once, charged once', async () => {
      okx.reset();
      await stack.setSecrets({ INSFORGE_BASE_URL: proxy.url });
      try {
        proxy.state.lose = 1;
        const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
        const r = await pay('paid-a', signed.header);
        assert.equal(proxy.state.lost, 1, 'the insert answer was lost');
        assert.equal(r.status, 200, `not "nothing was charged" when the row is there: ${r.text}`);
        assert.equal(okx.calls.settle, 1);
        const [row] = await rows(signed.authorization.nonce);
        assert.equal(row.status, 'settled');
        assert.ok(row.submitted_at, 'marked submitted before it was sent');
      } finally {
        await stack.setSecrets({ INSFORGE_BASE_URL: stack.baseUrl });
      }
    });

    // ---- a fault at each transition's I/O step (docs/x402.md: the payment state machine) ----------

    const refuseWhen = async (name, when) => {
      await stack.query(`create or replace function x402_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'ledger down'; end $$`);
      await stack.query(`create trigger ${name} before update on x402_payments for each row when (${when}) execute function x402_test_refuse()`);
      return () => stack.query(`drop trigger ${name} on x402_payments`);
    };
    // The owner's last touch two minutes back, past its 90 s lease.
    const leaseRunOut = (nonce) => asIfAgo("updated_at = now() - interval '2 minutes'", nonce);

    test('failed → claimed: a re-claim the ledger refuses is 503 ledger_unavailable, nothing is sent; the payment works later', async () => {
      okx.reset();
      okx.fail('verify', 400, 1);
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      await pay('paid-a', signed.header);
      assert.equal((await rows(signed.authorization.nonce))[0].status, 'failed');
      const allow = await refuseWhen('x402_test_reclaim', "old.status = 'failed'");
      try {
        const r = await pay('paid-a', signed.header);
        assert.deepEqual([r.status, r.json?.error], [503, 'ledger_unavailable'], r.text);
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 0], 'nothing sent after the fault');
        assert.equal((await rows(signed.authorization.nonce))[0].status, 'failed');
      } finally {
        await allow();
      }
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      assert.equal(okx.calls.settle, 1);
    });

    // A claimed row is submitted in the same transition (x402_claim): no row is ever claimed
    // and sendable without being marked. Rows an earlier version claimed and never sent (no
    // submitted_at) are abandoned by reconcile: nothing can have moved.
    const neverSent = async () => {
      okx.fail('verify', 400, 1);
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      await pay('paid-a', signed.header);
      await asIfAgo("status = 'pending', submitted_at = null, claim_token = null, error_reason = null, created_at = now() - interval '1 hour'", signed.authorization.nonce);
      okx.reset();
      return signed;
    };

    test('claimed, never sent (a row of an earlier version): reconcile fails it as abandoned and sends nothing', async () => {
      okx.reset();
      const signed = await neverSent();
      await (await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      assert.deepEqual(((await rows(signed.authorization.nonce))[0]).error_reason, 'abandoned');
      assert.equal(okx.calls.settle, 0);
    });

    test('submitted → failed: a refusal the ledger cannot record keeps the claim until its lease runs out; then the payment is taken over and resolved', async () => {
      okx.reset();
      okx.fail('verify', 400, 1);
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      const allow = await refuseWhen('x402_test_fail', "new.status = 'failed'");
      try {
        const r = await pay('paid-a', signed.header);
        assert.notEqual(r.status, 200, r.text);
        const [row] = await rows(signed.authorization.nonce);
        assert.equal(row.status, 'pending');
        assert.ok(row.submitted_at && row.claim_token, 'still submitted, still claimed');
      } finally {
        await allow();
      }
      const busy = await pay('paid-a', signed.header);
      assert.deepEqual([busy.status, busy.json?.error], [409, 'payment_in_progress'], 'the owner holds its lease');
      await leaseRunOut(signed.authorization.nonce);
      const r = await pay('paid-a', signed.header);
      assert.equal(r.status, 200, `taken over after the lease: ${r.text}`);
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1], 'resolved by one settle, no verify');
    });

    test('submitted → unknown: a claim the ledger cannot release is held until its lease runs out; then the next presentation resolves it', async () => {
      okx.reset();
      okx.fail('settle', 500, 1);
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      const allow = await refuseWhen('x402_test_release', 'new.claim_token is null and old.claim_token is not null');
      try {
        const r = await pay('paid-a', signed.header);
        assert.equal(r.status, 503, r.text);
        const [row] = await rows(signed.authorization.nonce);
        assert.ok(row.status === 'pending' && row.claim_token, 'still claimed');
      } finally {
        await allow();
      }
      assert.equal((await pay('paid-a', signed.header)).status, 409);
      await leaseRunOut(signed.authorization.nonce);
      const r = await pay('paid-a', signed.header);
      assert.equal(r.status, 200, r.text);
      assert.equal(okx.calls.settle, 2, 'the failed settle, then the resolving one');
      assert.equal((await rows(signed.authorization.nonce))[0].status, 'settled');
    });

    test('claimed → failed (abandoned): a reconcile whose write fails leaves the row; the next run fails it; nothing is sent', async () => {
      okx.reset();
      const signed = await neverSent();
      const reconcile = async () => (await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      const allowFail = await refuseWhen('x402_test_abandon', "new.status = 'failed'");
      try {
        await reconcile();
        assert.equal((await rows(signed.authorization.nonce))[0].status, 'pending');
      } finally {
        await allowFail();
      }
      // The run that could not write let go of the row only when its lease ends.
      await leaseRunOut(signed.authorization.nonce);
      await reconcile();
      assert.deepEqual(((await rows(signed.authorization.nonce))[0]).error_reason, 'abandoned');
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [0, 0]);
    });

    test('settled → served again: a ledger that cannot be read serves nothing and charges nothing (503); reconcile answers 503; then the replay', async () => {
      okx.reset();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('paid-a'), version: 2 });
      assert.equal((await pay('paid-a', signed.header)).status, 200);
      await stack.setSecrets({ INSFORGE_BASE_URL: proxy.url });
      try {
        proxy.state.failReads = 1000;
        const r = await pay('paid-a', signed.header);
        assert.deepEqual([r.status, r.json?.error], [503, 'ledger_unavailable'], r.text);
        const rec = await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
        assert.equal(rec.status, 503);
      } finally {
        proxy.state.failReads = 0;
        await stack.setSecrets({ INSFORGE_BASE_URL: stack.baseUrl });
      }
      const again = await pay('paid-a', signed.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(okx.calls.settle, 1);
    });
  });
}
