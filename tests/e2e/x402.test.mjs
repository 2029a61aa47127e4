// End to end: x402-paywall and x402-reconcile bundles from functions/dist/ in BOTH InsForge
// contracts, a local OKX stand-in that rejects bad HMAC/timestamp/body shapes (both API
// generations), payments signed by viem with fresh keys, the real @insforge/sdk as a client,
// and the ledger in the runtime's real PostgreSQL.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { startOkx } from '../support/okx.mjs';
import { newPayer, requirementsFor, signPayment, highS, withV, b64json, decodeHeader, officialV1Header, officialV2Client } from '../support/payments.mjs';
import { wrapFetchWithPayment } from '@x402/fetch';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = '10000'; // 0.01 USDG
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const handlerFile = (source) => {
  const file = join(mkdtempSync(join(tmpdir(), 'paid-handler-')), 'handler.js');
  writeFileSync(file, source);
  return file;
};

// A handler with a visible side effect: it reports every run to this counter, so the tests
// can prove it never runs for an unpaid or unsettled request.
const HOOKED_HANDLER = `
module.exports = async function (req, payment) {
  await fetch(Deno.env.get('HANDLER_HOOK_URL') + '?nonce=' + payment.nonce, { method: 'POST' });
  return new Response(JSON.stringify({ content: 'paid content', replay: payment.replay, mock: payment.mock }), { headers: { 'Content-Type': 'application/json' } });
};`;

let pg;
let hook;
const handlerRuns = [];
before(async () => {
  pg = await startPostgres();
  hook = http.createServer((req, res) => {
    handlerRuns.push(new URL(req.url, 'http://x').searchParams.get('nonce'));
    res.end('ok');
  });
  await new Promise((r) => hook.listen(0, '127.0.0.1', r));
});
after(async () => {
  hook?.close();
  await pg?.stop();
});


for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 paywall, ${contract} contract`, () => {
    let stack;
    let okx;
    let payTo;
    let req402; // the requirements our function advertises

    const paid = (slug = 'paid-hooked') => `${stack.baseUrl}/functions/${slug}`;
    async function pay(header, { slug, name = 'PAYMENT-SIGNATURE' } = {}) {
      const res = await fetch(paid(slug), { method: 'POST', headers: header ? { [name]: header } : {} });
      return readReply(res);
    }
    const ledger = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce])).rows;
    const runsOf = (nonce) => handlerRuns.filter((n) => n === nonce).length;
    async function payment(opts = {}) {
      const payer = opts.payer ?? newPayer();
      return signPayment({ payer, requirements: req402, version: 2, ...opts });
    }

    before(async () => {
      okx = await startOkx();
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: PRICE,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          HANDLER_HOOK_URL: `http://127.0.0.1:${hook.address().port}/run`,
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
          X402_SETTLE_TIMEOUT_MS: '1500',
        },
      });
      for (const slug of ['x402-paywall', 'x402-reconcile']) await stack.deploy(slug, dist(slug));
      await stack.deploy('paid-hooked', paywallBundle(handlerFile(HOOKED_HANDLER), 'paid-hooked'));
      const challenge = await pay(null);
      req402 = requirementsFor({ payTo, amount: PRICE, resource: paid() });
      assert.equal(challenge.status, 402);
    });
    after(async () => {
      await stack?.stop();
      await okx?.close();
    });

    test('no payment: 402 with PAYMENT-REQUIRED (v2) AND the v1 JSON body, headers exposed', async () => {
      const r = await pay(null);
      assert.equal(r.status, 402);
      const v2 = decodeHeader(r.headers.get('payment-required'));
      assert.equal(v2.x402Version, 2);
      assert.deepEqual(
        [v2.accepts[0].scheme, v2.accepts[0].network, v2.accepts[0].amount, v2.accepts[0].payTo.toLowerCase(), v2.accepts[0].extra],
        ['exact', 'eip155:196', PRICE, payTo.toLowerCase(), { name: 'Global Dollar', version: '1' }],
      );
      assert.equal(r.json.x402Version, 1);
      assert.equal(r.json.accepts[0].maxAmountRequired, PRICE);
      assert.match(r.headers.get('access-control-expose-headers'), /PAYMENT-REQUIRED/);
      assert.match(r.headers.get('access-control-expose-headers'), /PAYMENT-RESPONSE/);
    });

    test('a v2 payment settles once: PAYMENT-RESPONSE, ledger row, handler ran once', async () => {
      okx.reset();
      const p = await payment();
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.content, 'paid content');
      const settlement = decodeHeader(r.headers.get('payment-response'));
      assert.equal(settlement.success, true);
      assert.match(settlement.transaction, /^0x[0-9a-f]{64}$/);
      assert.equal(settlement.payer.toLowerCase(), p.authorization.from.toLowerCase());
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
      const [row] = await ledger(p.authorization.nonce.toLowerCase());
      assert.deepEqual([row.status, row.tx_hash, row.amount, row.settler], ['settled', settlement.transaction, PRICE, 'okx']);
      assert.equal(runsOf(p.authorization.nonce), 1);
      assert.deepEqual(okx.rejected, [], 'OKX accepted every request: HMAC, timestamp and body shape');
    });

    test('a v1 payment in X-PAYMENT works too, answered with X-PAYMENT-RESPONSE', async () => {
      const p = await signPayment({ payer: newPayer(), requirements: req402, version: 1 });
      const r = await pay(p.header, { name: 'X-PAYMENT' });
      assert.equal(r.status, 200, r.text);
      assert.ok(r.headers.get('x-payment-response'));
      assert.equal(decodeHeader(r.headers.get('x-payment-response')).success, true);
    });

    test('interop: @x402/fetch (v2) pays our endpoint end to end', async () => {
      okx.reset();
      const payer = newPayer();
      const client = await officialV2Client(payer, { allowedAssets: [{ network: 'eip155:196', asset: req402.asset }] });
      const res = await wrapFetchWithPayment(fetch, client)(paid(), { method: 'POST' });
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.equal(body.content, 'paid content');
      assert.equal(decodeHeader(res.headers.get('payment-response')).success, true);
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
    });

    test('interop: x402 1.2.0 (v1 client) signs a header we accept', async () => {
      const challenge = await fetch(paid(), { method: 'POST' });
      const body = await challenge.json();
      const { header } = await officialV1Header({ payer: newPayer(), challenge: body });
      const r = await pay(header, { name: 'X-PAYMENT' });
      assert.equal(r.status, 200, r.text);
      assert.equal(decodeHeader(r.headers.get('x-payment-response')).success, true);
    });

    test('the real SDK pays through functions.invoke', async () => {
      const client = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
      const unpaid = await client.functions.invoke('paid-hooked', { body: {} });
      assert.equal(unpaid.error?.statusCode, 402);
      const p = await payment();
      const { data, error } = await client.functions.invoke('paid-hooked', { body: {}, headers: { 'PAYMENT-SIGNATURE': p.header } });
      assert.equal(error, null, JSON.stringify(error));
      assert.equal(data.content, 'paid content');
    });

    test('the same payment again: same result, no second charge; after validBefore too, within the replay window of its first delivery', async () => {
      okx.reset();
      const now = Math.floor(Date.now() / 1000);
      const p = await payment({ overrides: { validBefore: String(now + 9) } });
      const first = await pay(p.header);
      assert.equal(first.status, 200, first.text);
      const again = await pay(p.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json.replay, true);
      assert.equal(again.headers.get('payment-response'), first.headers.get('payment-response'));
      assert.equal(okx.calls.settle, 1, 'settled once');
      assert.equal(runsOf(p.authorization.nonce), 2, 'the content is served again, not charged again');
      await sleep(4000); // now validBefore < now + 6: a payment nobody recorded would be refused
      const late = await pay(p.header);
      assert.deepEqual([late.status, late.json?.replay], [200, true], late.text);
      assert.equal(okx.calls.settle, 1);
      assert.equal(runsOf(p.authorization.nonce), 3, 'served again, never charged again');
    });

    test('ten concurrent requests with one payment: exactly one settle call, all served', async () => {
      okx.reset();
      const p = await payment();
      const results = await Promise.all(Array.from({ length: 10 }, () => pay(p.header)));
      assert.deepEqual(results.map((r) => r.status), Array(10).fill(200), results.map((r) => r.text).join('\n'));
      assert.equal(okx.calls.settle, 1);
      assert.equal((await ledger(p.authorization.nonce.toLowerCase())).length, 1);
      assert.equal(new Set(results.map((r) => r.headers.get('payment-response'))).size, 1);
    });

    test('a negative matrix of bad payments: status and reason each, OKX never called, handler never run', async () => {
      okx.reset();
      const now = Math.floor(Date.now() / 1000);
      const other = newPayer();
      const good = await payment();
      const cases = [
        ['bad base64', '!!!not-base64!!!', 402, 'invalid_payload'],
        ['base64 of something that is not JSON', Buffer.from('hello').toString('base64'), 402, 'invalid_payload'],
        ['oversized header', 'A'.repeat(9000), 431, 'invalid_payload'],
        ['unknown x402Version', b64json({ ...decodeHeader(good.header), x402Version: 3 }), 402, 'invalid_x402_version'],
        ['wrong scheme', (await payment({ mutate: (h) => (h.accepted.scheme = 'upto') })).header, 402, 'invalid_scheme'],
        ['wrong network', (await payment({ mutate: (h) => (h.accepted.network = 'eip155:8453') })).header, 402, 'invalid_network'],
        ['wrong asset', (await payment({ mutate: (h) => (h.accepted.asset = '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913') })).header, 402, 'invalid_payment_requirements'],
        ['wrong payTo', (await payment({ overrides: { to: other.address } })).header, 402, 'invalid_exact_evm_payload_recipient_mismatch'],
        ['amount too low', (await payment({ overrides: { value: '9999' } })).header, 402, 'invalid_exact_evm_payload_authorization_value'],
        ['amount too high', (await payment({ overrides: { value: '10001' } })).header, 402, 'invalid_exact_evm_payload_authorization_value'],
        ['expired', (await payment({ overrides: { validBefore: String(now + 3) } })).header, 402, 'invalid_exact_evm_payload_authorization_valid_before'],
        ['not yet valid', (await payment({ overrides: { validAfter: String(now + 30) } })).header, 402, 'invalid_exact_evm_payload_authorization_valid_after'],
        ['validBefore beyond 2^53 - 1', (await payment({ overrides: { validBefore: String(2n ** 53n) } })).header, 402, 'invalid_exact_evm_payload_authorization_valid_before'],
        ['short nonce', (await payment({ mutate: (h) => (h.payload.authorization.nonce = '0x1234') })).header, 402, 'invalid_payload'],
        ['high-s signature', (await payment({ mutate: (h) => (h.payload.signature = highS(h.payload.signature)) })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['v = 29', (await payment({ mutate: (h) => (h.payload.signature = withV(h.payload.signature, 29)) })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['signed by another key', (await payment({ mutate: (h) => (h.payload.authorization.from = other.address) })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['domain name USD Coin', (await payment({ overrides: { domainName: 'USD Coin' } })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['domain version 2', (await payment({ overrides: { domainVersion: '2' } })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['domain chainId 8453', (await payment({ overrides: { chainId: 8453 } })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['tampered nonce after signing', (await payment({ mutate: (h) => (h.payload.authorization.nonce = `0x${'ab'.repeat(32)}`) })).header, 402, 'invalid_exact_evm_payload_signature'],
        ['smart-wallet signature (EIP-1271 length)', (await payment({ mutate: (h) => (h.payload.signature += 'ab'.repeat(40)) })).header, 402, 'invalid_exact_evm_payload_signature'],
      ];
      assert.ok(cases.length >= 20);
      const failures = [];
      for (const [name, header, status, reason] of cases) {
        const r = await pay(header);
        const got = r.json?.error;
        if (r.status !== status || got !== reason) failures.push(`${name}: expected ${status} ${reason}, got ${r.status} ${r.text.slice(0, 160)}`);
        if (status === 402 && !r.headers.get('payment-required')) failures.push(`${name}: no PAYMENT-REQUIRED on the refusal`);
      }
      assert.deepEqual(failures, []);
      assert.deepEqual(okx.calls, { verify: 0, settle: 0, status: 0, supported: 0 }, 'local verification refuses before any OKX call');
      assert.equal((await stack.query('select count(*)::int n from x402_payments where nonce = $1', [`0x${'ab'.repeat(32)}`])).rows[0].n, 0);
    });

    test('OKX answers 5xx on verify: 503, nothing charged; the same payment succeeds later', async () => {
      okx.reset();
      const p = await payment();
      okx.fail('verify', 502, 1);
      const r = await pay(p.header);
      assert.equal(r.status, 503, r.text);
      assert.ok(r.headers.get('retry-after'));
      assert.equal(okx.calls.settle, 0);
      assert.equal(runsOf(p.authorization.nonce), 0);
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'failed');
      const retry = await pay(p.header);
      assert.equal(retry.status, 200, retry.text);
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'settled');
    });

    test('OKX 5xx on settle: 503, row kept pending; reconcile never resubmits; the same payment presented again settles and is served', async () => {
      okx.reset();
      const p = await payment();
      okx.fail('settle', 500, 1);
      const r = await pay(p.header);
      assert.equal(r.status, 503, r.text);
      assert.equal(runsOf(p.authorization.nonce), 0, 'no content for an unsettled payment');
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'pending');
      const rec = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
      assert.equal(rec.status, 200);
      const report = await rec.json();
      assert.equal(report.settled, 0, JSON.stringify(report));
      assert.equal(okx.calls.settle, 1, 'reconcile proves, it never submits: a payer who never comes back is never charged');
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'pending');
      const retry = await pay(p.header);
      assert.equal(retry.status, 200, retry.text);
      assert.equal(retry.json.replay, false, 'its first delivery');
      const [row] = await ledger(p.authorization.nonce.toLowerCase());
      assert.equal(row.status, 'settled');
      assert.match(row.tx_hash, /^0x[0-9a-f]{64}$/);
      assert.equal(okx.calls.settle, 2, 'sent again only with its payer present, who is served');
    });

    test('OKX settle times out: 503, never counted as failed; reconcile never resubmits and, with no node to prove it on, keeps it pending', async () => {
      okx.reset();
      okx.delay('settle', 2500); // > X402_SETTLE_TIMEOUT_MS (1500): the mock settles after we gave up
      const p = await payment();
      const r = await pay(p.header);
      assert.equal(r.status, 503, r.text);
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'pending');
      await sleep(1500);
      okx.delay('settle', 0);
      const rec = await (await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      assert.ok(rec.pending >= 1, JSON.stringify(rec));
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'pending');
      assert.equal(okx.calls.settle, 1, 'reconcile asked no facilitator to settle');
      // Out of the way of the later reconcile runs (it would stay unknown forever here).
      await stack.query('delete from x402_payments where nonce = $1', [p.authorization.nonce.toLowerCase()]);
    });

    test('settle pending, then success on the status endpoint: paid after polling', async () => {
      okx.reset();
      okx.pendingPolls(2);
      const p = await payment();
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      assert.ok(okx.calls.status >= 2, `status polled ${okx.calls.status} times`);
      assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'settled');
      okx.pendingPolls(0);
    });

    test('ledger insert fails before settle: 503 and nothing is settled', async () => {
      okx.reset();
      await stack.query(`create or replace function x402_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'ledger down'; end $$`);
      await stack.query('create trigger x402_test_refuse_insert before insert on x402_payments for each row execute function x402_test_refuse()');
      try {
        const p = await payment();
        const r = await pay(p.header);
        assert.deepEqual([r.status, r.json?.error], [503, 'ledger_unavailable']);
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [0, 0]);
        assert.equal(runsOf(p.authorization.nonce), 0);
      } finally {
        await stack.query('drop trigger x402_test_refuse_insert on x402_payments');
      }
    });

    test('ledger update fails after settle: the payer is served, the settlement is kept, reconcile finishes the row', async () => {
      okx.reset();
      await stack.query(`create or replace function x402_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'ledger down'; end $$`);
      // Only the update that records the settlement fails: the submitted mark before it lands.
      await stack.query("create trigger x402_test_refuse_update before update on x402_payments for each row when (new.status = 'settled') execute function x402_test_refuse()");
      const p = await payment();
      let r;
      try {
        r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.equal((await ledger(p.authorization.nonce.toLowerCase()))[0].status, 'pending');
      } finally {
        await stack.query('drop trigger x402_test_refuse_update on x402_payments');
      }
      const tx = decodeHeader(r.headers.get('payment-response')).transaction;
      const rec = await (await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
      assert.ok(rec.settled >= 1, JSON.stringify(rec));
      const [row] = await ledger(p.authorization.nonce.toLowerCase());
      assert.deepEqual([row.status, row.tx_hash], ['settled', tx]);
      assert.equal(okx.calls.settle, 1, 'reconcile used the recorded settlement, no second settle');
    });

    test('reconcile refuses callers without the API key', async () => {
      const r = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.ANON_KEY}` } });
      assert.equal(r.status, 401);
      // The key itself without the Bearer scheme is no credential either.
      const raw = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: stack.secrets.API_KEY } });
      assert.equal(raw.status, 401);
    });

    test('the legacy OKX API generation (InsForge guide) works the same', async () => {
      await stack.setSecrets({ OKX_API: 'legacy' });
      try {
        okx.reset();
        const p = await payment();
        const r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(okx.rejected, []);
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
      } finally {
        await stack.setSecrets({ OKX_API: null });
      }
    });

    test('mock mode verifies signatures locally and marks the mock hash in ledger and response', async () => {
      await stack.setSecrets({ MOCK_OKX_FACILITATOR: 'true' });
      try {
        okx.reset();
        const forged = await payment({ mutate: (h) => (h.payload.signature = highS(h.payload.signature)) });
        assert.equal((await pay(forged.header)).status, 402, 'mock mode still verifies');
        const p = await payment();
        const r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.mock, true);
        const tx = decodeHeader(r.headers.get('payment-response')).transaction;
        assert.match(tx, /^mock:0x[0-9a-f]{64}$/);
        const [row] = await ledger(p.authorization.nonce.toLowerCase());
        assert.deepEqual([row.settler, row.tx_hash], ['mock', tx]);
        assert.deepEqual(okx.calls, { verify: 0, settle: 0, status: 0, supported: 0 });
      } finally {
        await stack.setSecrets({ MOCK_OKX_FACILITATOR: null });
      }
    });

    test('the ledger is not readable nor writable by users; its receipts are readable', async () => {
      const client = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
      const read = await client.database.from('x402_payments').select('payer_address, tx_hash, status');
      assert.ok(read.error !== null || read.data.length === 0);
      const receipts = await client.database.from('x402_receipts').select('payer_address, tx_hash, status');
      assert.equal(receipts.error, null);
      assert.ok(receipts.data.length > 0);
      const write = await client.database.from('x402_payments').insert({ payer_address: '0xab', nonce: `0x${'00'.repeat(32)}`, endpoint: '/x', amount: '1', asset: '0x', network: 'x', valid_before: 1, payment: {} });
      assert.notEqual(write.error, null);
      const logs = stack.logs();
      for (const name of ['OKX_SECRET_KEY', 'OKX_PASSPHRASE', 'API_KEY', 'JWT_SECRET']) assert.ok(!logs.includes(stack.secrets[name]), `${name} in logs`);
    });
  });
}
