// End to end: bazaar discovery in BOTH InsForge contracts. The paid functions (the
// x402-paywall template and a handler bundled by `insforge-edge paywall` that refuses any
// request without its input) answer a paymentless, bodiless probe with 402 for every method;
// the declared one's challenge carries `extensions.bazaar`, which the official
// @x402/extensions validates; x402-facilitator lists the declared functions at
// /discovery/resources, read by the official bazaar client (`withBazaar`), with the same
// payment option and declaration as their challenges. Every refusal is a JSON error.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTPFacilitatorClient } from '@x402/core/http';
import { withBazaar, validateDiscoveryExtension, validateDiscoveryExtensionSpec, sanitizeResourceServiceMetadata } from '@x402/extensions/bazaar';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { newPayer, decodeHeader } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = '2500';
const FACILITATOR = 'x402-facilitator';
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');

// Refuses anything without its input: were it run before the payment check, a probe would get 400.
const STRICT_HANDLER = `
export default async function (req, payment) {
  const city = new URL(req.url).searchParams.get('city');
  const body = req.method === 'POST' ? await req.text() : '';
  if (!city && !body) return new Response(JSON.stringify({ error: 'bad_input' }), { status: 400 });
  return new Response(JSON.stringify({ tempC: 21, payer: payment.payer }), { headers: { 'Content-Type': 'application/json' } });
}`;

const DISCOVERY = {
  weather: {
    method: 'GET',
    input: { city: 'Paris' },
    inputSchema: { properties: { city: { type: 'string', description: 'City name' } }, required: ['city'] },
    output: { example: { tempC: 21 }, schema: { properties: { tempC: { type: 'number' } }, required: ['tempC'] } },
    description: 'Current weather for a city',
    serviceName: 'Edge Weather',
    tags: ['weather', 'data'],
  },
  'x402-paywall': { method: 'POST', input: { question: 'hello?' }, inputSchema: { properties: { question: { type: 'string' } } }, serviceName: 'Edge Answers' },
};

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 bazaar discovery, ${contract} contract`, () => {
    let stack;
    let payTo;
    const fn = (slug) => `${stack.baseUrl}/functions/${slug}`;
    // The official client appends /discovery/resources to the facilitator URL: a Cloud sub-path.
    // Self-hosted InsForge has no sub-paths, so there the same request travels as ?op=discovery.
    const facilitatorUrl = () => (contract === 'cloud' ? `${stack.functionsUrl}/${FACILITATOR}` : fn(FACILITATOR));
    const listingUrl = (query = '') =>
      contract === 'cloud' ? `${facilitatorUrl()}/discovery/resources${query ? `?${query}` : ''}` : `${fn(FACILITATOR)}?op=discovery${query ? `&${query}` : ''}`;
    async function listResources(params) {
      const client = withBazaar(new HTTPFacilitatorClient({ url: facilitatorUrl() }));
      if (contract === 'cloud') return client.extensions.bazaar.listResources(params);
      const realFetch = globalThis.fetch;
      globalThis.fetch = (url, init) => {
        const u = new URL(String(url));
        assert.ok(u.pathname.endsWith('/discovery/resources'), u.pathname);
        return realFetch(listingUrl(u.searchParams.toString()), init);
      };
      try {
        return await client.extensions.bazaar.listResources(params);
      } finally {
        globalThis.fetch = realFetch;
      }
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_discovery_${contract.replace('-', '_')}`),
        secrets: { PAYMENT_RECIPIENT: payTo, X402_PRICE: PRICE, MOCK_OKX_FACILITATOR: 'true', X402_DISCOVERY: JSON.stringify(DISCOVERY) },
      });
      for (const slug of ['x402-paywall', FACILITATOR]) await stack.deploy(slug, dist(slug));
      const file = join(mkdtempSync(join(tmpdir(), 'strict-handler-')), 'handler.js');
      writeFileSync(file, STRICT_HANDLER);
      await stack.deploy('weather', paywallBundle(file, 'weather'));
      await stack.deploy('strict', paywallBundle(file, 'strict'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('a paymentless, bodiless probe gets 402 before any input is read: GET, POST and HEAD, template and bundled handlers', async () => {
      for (const slug of ['x402-paywall', 'weather', 'strict']) {
        for (const method of ['GET', 'POST', 'HEAD']) {
          const res = await fetch(fn(slug), { method });
          const text = await res.text();
          assert.equal(res.status, 402, `${method} ${slug}: ${text}`);
          const challenge = decodeHeader(res.headers.get('payment-required'));
          assert.equal(challenge.accepts[0].amount, PRICE, `${method} ${slug}`);
          if (method !== 'HEAD') assert.equal(JSON.parse(text).x402Version, 1);
        }
      }
    });

    test('the declared function\'s challenge carries extensions.bazaar, valid for the official validators; an undeclared one has none', async () => {
      const res = await fetch(fn('weather'));
      const challenge = decodeHeader(res.headers.get('payment-required'));
      const bazaar = challenge.extensions.bazaar;
      assert.deepEqual(validateDiscoveryExtension(bazaar), { valid: true });
      assert.equal(validateDiscoveryExtensionSpec(bazaar).valid, true);
      assert.deepEqual(bazaar.info, {
        input: { type: 'http', method: 'GET', queryParams: { city: 'Paris' } },
        output: { type: 'json', example: { tempC: 21 } },
      });
      assert.equal(challenge.resource.description, 'Current weather for a city');
      assert.equal(challenge.resource.mimeType, 'application/json');
      assert.deepEqual(sanitizeResourceServiceMetadata(challenge.resource), { serviceName: 'Edge Weather', tags: ['weather', 'data'] });
      // A body method declares its body.
      const post = decodeHeader((await fetch(fn('x402-paywall'), { method: 'POST' })).headers.get('payment-required'));
      assert.deepEqual(validateDiscoveryExtension(post.extensions.bazaar), { valid: true });
      assert.deepEqual(post.extensions.bazaar.info.input, { type: 'http', method: 'POST', bodyType: 'json', body: { question: 'hello?' } });
      // The schema really constrains the example: a changed input fails it.
      const tampered = structuredClone(bazaar);
      tampered.info.input.method = 'POST';
      assert.equal(validateDiscoveryExtension(tampered).valid, false);
      const plain = decodeHeader((await fetch(fn('strict'))).headers.get('payment-required'));
      assert.equal(plain.extensions.bazaar, undefined, "only the payment-identifier declaration");
      assert.equal(plain.resource.serviceName, undefined);
    });

    test('/discovery/resources lists the declared functions with their challenges\' payment option and declaration, read by withBazaar', async () => {
      const list = await listResources();
      assert.equal(list.x402Version, 2);
      assert.deepEqual(list.pagination, { limit: 20, offset: 0, total: 2 });
      assert.deepEqual(list.items.map((i) => i.resource), [fn('weather'), fn('x402-paywall')]);
      for (const item of list.items) {
        const challenge = decodeHeader((await fetch(item.resource)).headers.get('payment-required'));
        assert.equal(item.resource, challenge.resource.url);
        assert.deepEqual(item.accepts, challenge.accepts);
        assert.deepEqual(item.extensions.bazaar, challenge.extensions.bazaar);
        assert.deepEqual([item.type, item.x402Version], ['http', 2]);
        assert.ok(!Number.isNaN(Date.parse(item.lastUpdated)), item.lastUpdated);
        assert.deepEqual(validateDiscoveryExtension(item.extensions.bazaar), { valid: true });
      }
      assert.deepEqual([list.items[0].serviceName, list.items[0].tags, list.items[0].description], ['Edge Weather', ['weather', 'data'], 'Current weather for a city']);
      // Filters and pages.
      const page = await listResources({ limit: 1, offset: 1 });
      assert.deepEqual([page.items.map((i) => i.resource), page.pagination], [[fn('x402-paywall')], { limit: 1, offset: 1, total: 2 }]);
      const hit = await listResources({ type: 'http', payTo: payTo.toLowerCase(), scheme: 'exact', network: 'eip155:196' });
      assert.equal(hit.pagination.total, 2);
      for (const miss of [{ type: 'mcp' }, { payTo: newPayer().address }, { scheme: 'upto' }, { network: 'eip155:8453' }]) {
        const none = await listResources(miss);
        assert.deepEqual([none.items, none.pagination.total], [[], 0], JSON.stringify(miss));
      }
    });

    test('refusals: a limit outside 1-100, a bad offset, a non-GET: JSON errors; the client reports the 400', async () => {
      for (const query of ['limit=0', 'limit=101', 'limit=ten', 'offset=-1']) {
        const r = await readReply(await fetch(listingUrl(query)));
        assert.equal(r.status, 400, `${query}: ${r.text}`);
        assert.deepEqual(Object.keys(r.json).sort(), ['error', 'message', 'statusCode']);
        assert.deepEqual([r.json.error, r.json.statusCode], ['invalid_request', 400]);
      }
      await assert.rejects(listResources({ limit: 500 }), /\(400\).*limit must be an integer from 1 to 100/);
      const post = await readReply(await fetch(listingUrl(), { method: 'POST', body: '{}' }));
      assert.deepEqual([post.status, post.json.error, post.headers.get('allow')], [405, 'method_not_allowed', 'GET']);
    });

    test('a malformed X402_DISCOVERY is a JSON 500 naming the secret, on the paid functions and the listing; unset, nothing is listed', async () => {
      await stack.setSecrets({ X402_DISCOVERY: JSON.stringify({ weather: { method: 'TRACE' } }) });
      try {
        for (const url of [fn('weather'), fn('x402-paywall'), listingUrl()]) {
          const r = await readReply(await fetch(url));
          assert.equal(r.status, 500, `${url}: ${r.text}`);
          assert.deepEqual([r.json.error, r.json.statusCode], ['invalid_secret', 500]);
          assert.match(r.json.message, /^X402_DISCOVERY is invalid: method must be/);
        }
        await stack.setSecrets({ X402_DISCOVERY: null });
        const empty = await listResources();
        assert.deepEqual([empty.items, empty.pagination], [[], { limit: 20, offset: 0, total: 0 }]);
        const plain = decodeHeader((await fetch(fn('weather'))).headers.get('payment-required'));
        assert.equal(plain.extensions.bazaar, undefined);
      } finally {
        await stack.setSecrets({ X402_DISCOVERY: JSON.stringify(DISCOVERY) });
      }
    });
  });
}
