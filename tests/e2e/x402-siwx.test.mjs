// End to end, both InsForge contracts: sign-in-with-x on paid endpoints. A wallet pays once
// with the official v2 client (@x402/fetch, mock settlement), then comes back with
// @x402/extensions' own sign-in-with-x client (wrapFetchWithSIWx) and is served again without
// paying, for X402_SIWX_SECONDS after its payment; the ledger is the one that knows.
//   - the challenge declares the extension (domain and URI of the resource, a nonce, the
//     payment's chain, eip191), only when the seller turned it on;
//   - a wallet that never paid, or paid for another endpoint, or whose window passed, gets the
//     402 (siwx_no_payment) and nothing is written;
//   - a forged sign-in (another address, a nonce this endpoint did not issue, an old challenge)
//     is refused before the ledger is asked.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapFetchWithPayment } from '@x402/fetch';
import { createSIWxPayload, encodeSIWxHeader, wrapFetchWithSIWx } from '@x402/extensions/sign-in-with-x';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { decodeHeader, newPayer, officialV2Client, USDG } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const PRICE = '10000';
const HANDLER = join(mkdtempSync(join(tmpdir(), 'siwx-handler-')), 'handler.mjs');
writeFileSync(HANDLER, "export default async (req, payment) => new Response(JSON.stringify({ content: 'paid', payer: payment.payer, siwx: payment.siwx === true }), { headers: { 'Content-Type': 'application/json' } });\n");

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 sign-in-with-x, ${contract} contract`, () => {
    let stack;
    const url = (slug) => `${stack.baseUrl}/functions/${slug}`;
    const rows = async () => Number((await stack.query('select count(*)::int as n from x402_payments')).rows[0].n);
    const challengeOf = async (slug) => {
      const r = await fetch(url(slug));
      assert.equal(r.status, 402);
      return decodeHeader(r.headers.get('payment-required'));
    };
    async function payOnce(payer, slug) {
      const client = await officialV2Client(payer, { allowedAssets: [{ network: 'eip155:196', asset: USDG }] });
      const r = await wrapFetchWithPayment(fetch, client)(url(slug));
      assert.equal(r.status, 200, await r.clone().text());
      return r.json();
    }
    /** @x402/extensions' own client: answers the 402's sign-in-with-x challenge with the wallet. */
    const signedIn = async (payer, slug) => readReply(await wrapFetchWithSIWx(fetch, payer.account)(url(slug)));

    before(async () => {
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_siwx_${contract.replace('-', '_')}`),
        secrets: { PAYMENT_RECIPIENT: newPayer().address, X402_PRICE: PRICE, MOCK_OKX_FACILITATOR: 'true', X402_SIWX_SECONDS: '3600' },
      });
      for (const slug of ['siwx-a', 'siwx-b']) await stack.deploy(slug, paywallBundle(HANDLER, slug));
    });
    after(async () => {
      await stack?.stop();
    });

    test('the challenge declares the extension for this resource, on the payment chain', async () => {
      const ch = await challengeOf('siwx-a');
      const ext = ch.extensions['sign-in-with-x'];
      const u = new URL(url('siwx-a'));
      assert.deepEqual([ext.info.domain, ext.info.uri, ext.info.version], [u.host, url('siwx-a'), '1']);
      assert.match(ext.info.nonce, /^[0-9a-f]{32}$/);
      assert.ok(Date.parse(ext.info.expirationTime) - Date.parse(ext.info.issuedAt) === 300_000);
      assert.deepEqual(ext.supportedChains, [{ chainId: 'eip155:196', type: 'eip191' }]);
      assert.ok(ext.schema.required.includes('signature'));
    });

    test('a wallet that paid comes back by signing in: served again, nothing charged or written; another endpoint, or a wallet that never paid, pays', async () => {
      const payer = newPayer();
      const stranger = newPayer();
      const never = await signedIn(stranger, 'siwx-a');
      assert.deepEqual([never.status, never.json?.error], [402, 'siwx_no_payment'], never.text);
      const paid = await payOnce(payer, 'siwx-a');
      assert.deepEqual([paid.siwx, paid.payer], [false, payer.address.toLowerCase()]);
      const before = await rows();
      const back = await signedIn(payer, 'siwx-a');
      assert.equal(back.status, 200, back.text);
      assert.deepEqual([back.json.content, back.json.siwx, back.json.payer], ['paid', true, payer.address.toLowerCase()]);
      assert.equal(back.headers.get('payment-response'), null, 'no payment: no settlement header');
      assert.equal(await rows(), before, 'nothing written');
      const elsewhere = await signedIn(payer, 'siwx-b');
      assert.deepEqual([elsewhere.status, elsewhere.json?.error], [402, 'siwx_no_payment'], 'paid for another endpoint');
      assert.ok(elsewhere.headers.get('payment-required'), 'the challenge to pay comes with it');
    });

    test('forged sign-ins are refused before the ledger is asked', async () => {
      const payer = newPayer();
      await payOnce(payer, 'siwx-a');
      const ext = (await challengeOf('siwx-a')).extensions['sign-in-with-x'];
      const info = { ...ext.info, chainId: 'eip155:196', type: 'eip191' };
      const good = await createSIWxPayload(info, payer.account, url('siwx-a'));
      const send = async (payload) => readReply(await fetch(url('siwx-a'), { headers: { 'SIGN-IN-WITH-X': encodeSIWxHeader(payload) } }));
      assert.equal((await send(good)).status, 200, 'the honest one');
      const cases = [
        ['another address with its signature', { ...good, address: newPayer().address }],
        ['a nonce this endpoint did not issue', { ...good, nonce: 'f'.repeat(32) }],
        ['another chain', { ...good, chainId: 'eip155:8453' }],
        ['another resource', { ...good, uri: url('siwx-b') }],
      ];
      for (const [what, payload] of cases) {
        const r = await send(payload);
        assert.equal(r.status, 402, `${what}: ${r.text}`);
        assert.notEqual(r.json?.error, 'siwx_no_payment', what);
      }
      // An old challenge (its nonce bound to its issue time): signed honestly, still refused.
      const old = new Date(Date.now() - 20 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const stale = await createSIWxPayload({ ...info, issuedAt: old, expirationTime: undefined }, payer.account, url('siwx-a'));
      assert.equal((await send(stale)).status, 402);
      for (const bad of ['not base64!', Buffer.from('{"address":1}').toString('base64')]) {
        const r = await readReply(await fetch(url('siwx-a'), { headers: { 'SIGN-IN-WITH-X': bad } }));
        assert.deepEqual([r.status, typeof r.json?.error], [402, 'string'], r.text);
      }
    });

    test("past the seller's window, and with the feature off, the wallet pays", async () => {
      await stack.setSecrets({ X402_SIWX_SECONDS: '1' });
      try {
        const payer = newPayer();
        await payOnce(payer, 'siwx-a');
        await new Promise((r) => setTimeout(r, 2100));
        const late = await signedIn(payer, 'siwx-a');
        assert.deepEqual([late.status, late.json?.error], [402, 'siwx_no_payment'], late.text);
      } finally {
        await stack.setSecrets({ X402_SIWX_SECONDS: undefined });
      }
      const ch = await challengeOf('siwx-a');
      assert.equal(ch.extensions['sign-in-with-x'], undefined, 'off by default');
      await stack.setSecrets({ X402_SIWX_SECONDS: '3600' });
    });
  });
}
