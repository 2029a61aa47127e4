// End to end, both InsForge contracts: the x402 payment-identifier extension. The official
// v2 client (@x402/fetch, @x402/core) with @x402/extensions' payment-identifier helpers pays a
// paywall built from the committed bundles; the OKX stand-in counts every verify and settle.
//   - the challenge declares the extension; a resend of the same payment under the same id is
//     answered with the response kept from the first (status, body, PAYMENT-RESPONSE) and
//     nothing is verified, settled or handled again;
//   - the same id with another payment is 409; on another endpoint the id is independent; a
//     malformed id is 400; with X402_PAYMENT_ID_REQUIRED a payment without one is 400;
//   - while the first request runs, a resend is 409 payment_id_in_progress (never charged);
//   - the kept responses are private (no anon or user access to the table or the functions);
//   - the kept response cannot be written: the buyer still gets it, and a resend is never
//     charged a second time;
//   - x402-facilitator /settle answers the same id and payload with its kept answer, another
//     payload under the same id with 409.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { wrapFetchWithPayment } from '@x402/fetch';
import { PAYMENT_IDENTIFIER, appendPaymentIdentifierToExtensions, generatePaymentId } from '@x402/extensions/payment-identifier';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { startOkx } from '../support/okx.mjs';
import { decodeHeader, newPayer, officialV2Client, requirementsFor, signPayment, USDG } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = '10000';
const MIGRATION = readFileSync(join(ROOT, 'migrations/010_x402_payment_ids.sql'), 'utf8');
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const HANDLER = join(mkdtempSync(join(tmpdir(), 'paid-id-handler-')), 'handler.mjs');
// Every run of the handler answers a fresh value: a kept response is the first run's, byte for byte.
writeFileSync(HANDLER, "export default async (req, payment) => new Response(JSON.stringify({ content: 'paid', run: crypto.randomUUID(), replay: payment.replay }), { headers: { 'Content-Type': 'application/json', 'X-Handler': 'ran' } });\n");

/** The official v2 client, echoing the payment-identifier extension with `id`. */
async function buyer(id) {
  const payer = newPayer();
  const client = await officialV2Client(payer, { allowedAssets: [{ network: 'eip155:196', asset: USDG }] });
  client.registerExtension({
    key: PAYMENT_IDENTIFIER,
    enrichPaymentPayload: async (payload, paymentRequired) => ({
      ...payload,
      extensions: appendPaymentIdentifierToExtensions(structuredClone(paymentRequired.extensions ?? {}), id),
    }),
  });
  // The paid retry's header, kept to resend it as an agent that lost the answer would.
  const sent = {};
  const spy = async (input, init) => {
    const req = new Request(input, init);
    if (req.headers.get('payment-signature')) sent.header = req.headers.get('payment-signature');
    return fetch(req);
  };
  return { payer, sent, pay: wrapFetchWithPayment(spy, client) };
}

const withId = (id) => (h) => {
  h.extensions = { [PAYMENT_IDENTIFIER]: { info: { required: false, id } } };
};

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 payment-identifier, ${contract} contract`, () => {
    let stack;
    let okx;
    let payTo;
    const url = (slug) => `${stack.baseUrl}/functions/${slug}`;
    const requirements = (slug) => requirementsFor({ payTo, amount: PRICE, resource: url(slug) });
    const resend = async (slug, header) => readReply(await fetch(url(slug), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    const charges = () => [okx.calls.verify, okx.calls.settle];
    const facilitator = async (body) =>
      readReply(await fetch(`${url('x402-facilitator')}?op=settle`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));

    before(async () => {
      okx = await startOkx();
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_payid_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_FACILITATOR_PAY_TO: payTo,
          X402_PRICE: PRICE,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          X402_SETTLE_TIMEOUT_MS: '5000',
        },
      });
      for (const slug of ['id-a', 'id-b']) await stack.deploy(slug, paywallBundle(HANDLER, slug));
      await stack.deploy('x402-facilitator', dist('x402-facilitator'));
    });
    after(async () => {
      await stack?.stop();
      await okx?.close();
    });

    test('a resend under the same id gets the first response; nothing is charged or handled again', async () => {
      const challenge = await fetch(url('id-a'), { method: 'POST' });
      await challenge.body?.cancel();
      const declared = decodeHeader(challenge.headers.get('payment-required')).extensions[PAYMENT_IDENTIFIER];
      assert.equal(declared.info.required, false);
      assert.deepEqual(declared.schema.required, ['required']);
      assert.deepEqual([declared.schema.properties.id.minLength, declared.schema.properties.id.maxLength], [16, 128]);

      okx.reset();
      const id = generatePaymentId();
      const b = await buyer(id);
      const first = await readReply(await b.pay(url('id-a'), { method: 'POST' }));
      assert.equal(first.status, 200, first.text);
      assert.equal(decodeHeader(b.sent.header).extensions[PAYMENT_IDENTIFIER].info.id, id, 'the official client echoed the id');
      assert.deepEqual(charges(), [1, 1]);
      const again = await resend('id-a', b.sent.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(again.text, first.text, 'the kept body, not a second run of the handler');
      assert.equal(again.headers.get('payment-response'), first.headers.get('payment-response'));
      assert.equal(again.headers.get('x-handler'), 'ran');
      assert.deepEqual(charges(), [1, 1], 'no second verify or settle');

      // Kept privately: only the API key reads it; nobody else reads the table or calls the functions.
      const kept = (await stack.query('select response, round(extract(epoch from expires_at - created_at) / 3600)::int as hours from x402_payment_ids where payment_id = $1', [id])).rows;
      assert.equal(kept.length, 1);
      assert.equal(kept[0].response.status, 200);
      assert.equal(kept[0].hours, 24, 'kept 24 hours');
      const user = jwt.sign({ sub: 'user-1', role: 'authenticated', aud: 'insforge-api' }, stack.secrets.JWT_SECRET, { expiresIn: 600 });
      for (const [who, db] of Object.entries({
        anon: createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY }).database,
        authenticated: createClient({ baseUrl: stack.baseUrl, accessToken: user }).database,
      })) {
        const read = await db.from('x402_payment_ids').select('*');
        assert.ok(read.error !== null || read.data.length === 0, `${who} reads kept responses: ${JSON.stringify(read.data)?.slice(0, 200)}`);
        const fingerprint = `0x${'00'.repeat(32)}`;
        for (const [call, p] of [
          ['x402_payment_id_begin', { endpoint: '/functions/id-a', id, fingerprint, claimToken: crypto.randomUUID(), reserve: false }],
          ['x402_payment_id_keep', { endpoint: '/functions/id-a', id, claimToken: crypto.randomUUID(), response: { status: 200, headers: [], body: '' } }],
          ['x402_payment_id_release', { endpoint: '/functions/id-a', id, claimToken: crypto.randomUUID() }],
        ]) {
          const r = await db.rpc(call, { p });
          assert.notEqual(r.error, null, `${who} called ${call}: ${JSON.stringify(r.data)?.slice(0, 200)}`);
        }
      }
    });

    test('the same id with another payment is 409, on another endpoint independent; a malformed id is 400', async () => {
      okx.reset();
      const id = generatePaymentId();
      const first = await signPayment({ payer: newPayer(), requirements: requirements('id-a'), mutate: withId(id) });
      assert.equal((await resend('id-a', first.header)).status, 200);
      const other = await signPayment({ payer: newPayer(), requirements: requirements('id-a'), mutate: withId(id) });
      const conflict = await resend('id-a', other.header);
      assert.equal(conflict.status, 409, conflict.text);
      assert.deepEqual(conflict.json, { error: 'payment_id_conflict', message: conflict.json.message, statusCode: 409 });
      assert.deepEqual(charges(), [1, 1], 'the other payment was never sent');
      const elsewhere = await signPayment({ payer: newPayer(), requirements: requirements('id-b'), mutate: withId(id) });
      assert.equal((await resend('id-b', elsewhere.header)).status, 200, 'the same id on another endpoint is its own');
      for (const bad of ['short', 'pay_with spaces_0123456789', 'x'.repeat(129), 42]) {
        const signed = await signPayment({ payer: newPayer(), requirements: requirements('id-a'), mutate: withId(bad) });
        const r = await resend('id-a', signed.header);
        assert.equal(r.status, 400, `${bad}: ${r.text}`);
        assert.deepEqual(Object.keys(r.json).sort(), ['error', 'message', 'statusCode']);
        assert.equal(r.json.error, 'invalid_payment_id');
      }
      assert.deepEqual(charges(), [2, 2]);
    });

    test('while the first request runs, a resend is 409 in progress and never charged', async () => {
      okx.reset();
      okx.delay('settle', 1500);
      try {
        const id = generatePaymentId();
        const signed = await signPayment({ payer: newPayer(), requirements: requirements('id-a'), mutate: withId(id) });
        const running = resend('id-a', signed.header);
        await new Promise((r) => setTimeout(r, 700));
        const busy = await resend('id-a', signed.header);
        assert.equal(busy.status, 409, busy.text);
        assert.equal(busy.json.error, 'payment_id_in_progress');
        assert.ok(Number(busy.headers.get('retry-after')) > 0);
        const first = await running;
        assert.equal(first.status, 200, first.text);
        const again = await resend('id-a', signed.header);
        assert.equal(again.text, first.text);
        assert.equal(okx.calls.settle, 1);
      } finally {
        okx.delay('settle', 0);
      }
    });

    test('X402_PAYMENT_ID_REQUIRED: the challenge says so and a payment without an id is 400', async () => {
      await stack.setSecrets({ X402_PAYMENT_ID_REQUIRED: 'true' });
      try {
        const challenge = await fetch(url('id-b'), { method: 'POST' });
        await challenge.body?.cancel();
        assert.equal(decodeHeader(challenge.headers.get('payment-required')).extensions[PAYMENT_IDENTIFIER].info.required, true);
        okx.reset();
        const bare = await signPayment({ payer: newPayer(), requirements: requirements('id-b') });
        const r = await resend('id-b', bare.header);
        assert.equal(r.status, 400, r.text);
        assert.equal(r.json.error, 'payment_id_required');
        assert.deepEqual(charges(), [0, 0]);
        const b = await buyer(generatePaymentId());
        assert.equal((await b.pay(url('id-b'), { method: 'POST' })).status, 200);
      } finally {
        await stack.setSecrets({ X402_PAYMENT_ID_REQUIRED: undefined });
      }
    });

    test('the kept response cannot be written: the buyer still gets it, a resend is not charged again', async () => {
      okx.reset();
      await stack.query(`create or replace function public.x402_payment_id_keep(p jsonb) returns jsonb language plpgsql as $$
        begin raise exception 'the disk is full'; end $$`);
      const id = generatePaymentId();
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('id-a'), mutate: withId(id) });
      let first;
      try {
        first = await resend('id-a', signed.header);
      } finally {
        await stack.query(MIGRATION);
      }
      assert.equal(first.status, 200, first.text);
      assert.equal(first.json.content, 'paid');
      assert.ok(first.headers.get('payment-response'));
      // The id is held by a request that will never keep it: a resend waits (409) meanwhile…
      assert.equal((await resend('id-a', signed.header)).status, 409);
      // …and once the hold is over, the payment ledger answers: served again, not paid again.
      await stack.query("update x402_payment_ids set held_until = now() - interval '1 second' where payment_id = $1", [id]);
      const again = await resend('id-a', signed.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json.replay, true);
      assert.deepEqual(charges(), [1, 1]);
      const kept = await resend('id-a', signed.header);
      assert.equal(kept.text, again.text, 'kept this time');
    });

    test('a refusal is not kept, nor a response of 500 or above: the id is let go', async () => {
      okx.reset();
      const id = generatePaymentId();
      okx.fail('verify', 400, 1);
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('id-b'), mutate: withId(id) });
      const refused = await resend('id-b', signed.header);
      assert.ok(refused.status >= 400, refused.text);
      const held = async () => (await stack.query('select count(*)::int as n from x402_payment_ids where payment_id = $1', [id])).rows[0].n;
      assert.equal(await held(), 0, 'the refusal let the id go');
      // The ledger's own rule, as the paywall calls it: a failed handler's 500 is not kept.
      const p = { endpoint: '/functions/id-b', id, claimToken: crypto.randomUUID() };
      const call = async (fn, args) => (await stack.query(`select public.${fn}($1::jsonb) as r`, [JSON.stringify({ ...p, ...args })])).rows[0].r;
      assert.equal((await call('x402_payment_id_begin', { fingerprint: '0x01', reserve: true, holdSeconds: 180 })).state, 'new');
      assert.equal((await call('x402_payment_id_keep', { keepBelowStatus: 500, response: { status: 500, headers: [], body: '' } })).state, 'released');
      assert.equal(await held(), 0);
      assert.equal((await call('x402_payment_id_begin', { fingerprint: '0x01', reserve: true, holdSeconds: 180 })).state, 'new');
      assert.equal((await call('x402_payment_id_keep', { keepBelowStatus: 500, keepMaxBodyChars: 4, response: { status: 200, headers: [], body: 'AAAAAAAA' } })).state, 'released', 'too large to keep');
      assert.equal((await call('x402_payment_id_begin', { fingerprint: '0x01', reserve: true, holdSeconds: 180, retentionSeconds: 1 })).state, 'new');
      assert.equal((await call('x402_payment_id_keep', { retentionSeconds: -1, response: { status: 200, headers: [], body: '' } })).state, 'kept');
      // Past its retention an entry is gone: the id is new again.
      assert.equal((await call('x402_payment_id_begin', { fingerprint: '0x02', reserve: false })).state, 'none');
      assert.equal(await held(), 0);
    });

    test('x402-facilitator /settle: the same id and payload get the kept answer, another payload 409', async () => {
      okx.reset();
      const id = generatePaymentId();
      const body = (signed) => {
        const { resource: _r, ...v2 } = requirements('x402-facilitator');
        return { x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: v2 };
      };
      const signed = await signPayment({ payer: newPayer(), requirements: requirements('x402-facilitator'), mutate: withId(id) });
      const first = await facilitator(body(signed));
      assert.equal(first.status, 200, first.text);
      assert.equal(first.json.success, true);
      const again = await facilitator(body(signed));
      assert.equal(again.status, 200);
      assert.deepEqual(again.json, first.json);
      assert.equal(again.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(charges(), [1, 1]);
      const other = await signPayment({ payer: newPayer(), requirements: requirements('x402-facilitator'), mutate: withId(id) });
      const conflict = await facilitator(body(other));
      assert.equal(conflict.status, 409, conflict.text);
      assert.equal(conflict.json.error, 'payment_id_conflict');
      const bad = await signPayment({ payer: newPayer(), requirements: requirements('x402-facilitator'), mutate: withId('nope') });
      assert.equal((await facilitator(body(bad))).status, 400);
      assert.deepEqual(charges(), [1, 1]);
    });
  });
}
