// The paywall page's server half (functions/src/lib/paywall-page.js): who gets the page, how the
// price reads, and that nothing a seller or a challenge holds can leave its text context. The
// page in a real browser: tests/browser/paywall-page.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, humanAmount, paywallPage, scriptJson, wantsPage } from '../../functions/src/lib/paywall-page.js';
import { withEnv } from './fake-deno-env.mjs';

const CHROME_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const unpaid = { status: 402, headers: [], body: '{}' };
const request = (headers) => new Request('https://project.test/functions/paid', { headers });


function challengeReply({ network = 'eip155:196', asset = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', amount = '10000', description } = {}) {
  const challenge = {
    x402Version: 2,
    error: 'PAYMENT-SIGNATURE or X-PAYMENT header is required',
    resource: { url: 'https://project.test/functions/paid', ...(description ? { description } : {}), mimeType: 'application/json' },
    accepts: [{ scheme: 'exact', network, amount, asset, payTo: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', maxTimeoutSeconds: 300, extra: { name: 'Global Dollar', version: '1' } }],
  };
  const header = Buffer.from(JSON.stringify(challenge)).toString('base64');
  return { status: 402, headers: [['Content-Type', 'application/json'], ['PAYMENT-REQUIRED', header], ['Access-Control-Expose-Headers', 'PAYMENT-REQUIRED, PAYMENT-RESPONSE']], body: '{}' };
}

test('browser navigations get the page; API clients, wildcards and paying requests do not', () => {
  for (const accept of [CHROME_NAVIGATION, FIREFOX_NAVIGATION, 'text/html', 'TEXT/HTML; charset=utf-8', 'application/json;q=0.5, text/html']) {
    assert.equal(wantsPage(request({ Accept: accept }), unpaid), true, accept);
  }
  for (const accept of [null, '*/*', 'text/*', 'application/json', 'application/json, text/plain, */*', 'application/json, text/html;q=0.5', 'text/html;q=0', 'text/htmlx']) {
    assert.equal(wantsPage(request(accept === null ? {} : { Accept: accept }), unpaid), false, String(accept));
  }
  assert.equal(wantsPage(request({ Accept: CHROME_NAVIGATION, 'PAYMENT-SIGNATURE': 'e30=' }), unpaid), false);
  assert.equal(wantsPage(request({ Accept: CHROME_NAVIGATION, 'X-PAYMENT': 'e30=' }), unpaid), false);
  assert.equal(wantsPage(request({ Accept: CHROME_NAVIGATION }), { ...unpaid, status: 500 }), false, 'only a 402 challenge becomes a page');
});

test('prices read in the asset unit: amount / 10^decimals, trailing zeros trimmed to two places', () => {
  assert.equal(humanAmount('10000', 6), '0.01');
  assert.equal(humanAmount('1', 6), '0.000001');
  assert.equal(humanAmount('1000000', 6), '1.00');
  assert.equal(humanAmount('1234500000', 6), '1234.50');
  assert.equal(humanAmount('123456789012345678901234567890', 18), '123456789012.34567890123456789');
  assert.equal(humanAmount('42', 0), '42');
});

test('escapes: HTML text and attributes, and JSON inside a script element', () => {
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  const tricky = { s: '</script><!-- \u2028 & >' };
  const out = scriptJson(tricky);
  assert.ok(!/[<>&\u2028]/.test(out), out);
  assert.deepEqual(JSON.parse(out), tricky);
});

test('the page: 402, the challenge headers kept, HTML with CSP, the price in human units, seller text escaped', async (t) => {
  withEnv(t, { X402_PAGE_TITLE: 'Forecast <b>now</b>', X402_PAGE_DESCRIPTION: 'rain & "sun"' });
  const reply = challengeReply({ description: '</script><script>alert(1)</script>' });
  const res = paywallPage(reply);
  assert.equal(res.status, 402);
  assert.equal(res.headers.get('payment-required'), reply.headers[1][1]);
  assert.equal(res.headers.get('access-control-expose-headers'), 'PAYMENT-REQUIRED, PAYMENT-RESPONSE');
  assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('vary'), 'Accept');
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const csp = res.headers.get('content-security-policy');
  const nonce = /script-src 'nonce-([^']+)'/.exec(csp)[1];
  assert.match(csp, /default-src 'none'.*connect-src 'self'.*frame-ancestors 'none'/);
  const html = await res.text();
  assert.ok(Buffer.byteLength(html) < 10_000, `the page is ${Buffer.byteLength(html)} bytes`);
  assert.match(html, /<h1 id="title">Forecast &#60;b&#62;now&#60;\/b&#62;<\/h1>/);
  assert.match(html, /<p id="description">rain &#38; &#34;sun&#34;<\/p>/);
  assert.match(html, /<b id="price">0\.01 USDG<\/b> <span id="network">on X Layer<\/span>/);
  assert.equal(html.match(/<script/g).length, 2, 'only the data block and the page script');
  assert.equal(html.split(`nonce="${nonce}"`).length - 1, 2, 'style and script carry the nonce');
  assert.ok(!html.includes('<script>alert'));
  const nonce2 = /script-src 'nonce-([^']+)'/.exec(paywallPage(reply).headers.get('content-security-policy'))[1];
  assert.notEqual(nonce2, nonce, 'a fresh nonce per response');
});

test('the page: networks and assets by name; unknown ones fall back; X402_ASSET_SYMBOL/DECIMALS; a bad X402_ASSET_DECIMALS is a 500 JSON', async (t) => {
  const env = {};
  withEnv(t, env);
  const price = async (opts) => /<b id="price">([^<]*)<\/b> <span id="network">([^<]*)</.exec(await paywallPage(challengeReply(opts)).text()).slice(1);
  assert.deepEqual(await price({ network: 'eip155:8453', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', amount: '2500000' }), ['2.50 USDC', 'on Base']);
  assert.deepEqual(await price({ network: 'eip155:84532', asset: '0x036cbd53842c5426634e7929541ec2318f3dcf7e' }), ['0.01 USDC', 'on Base Sepolia']);
  assert.deepEqual(await price({ asset: '0x779ded0c9e1022225f8e0630b35a9b54be713736' }), ['0.01 USD\u20ae0', 'on X Layer']);
  const token = '0x1111111111111111111111111111111111111111';
  assert.deepEqual(await price({ network: 'eip155:31337', asset: token, amount: '7' }), [`7 units of ${token}`, 'on chain 31337']);
  Object.assign(env, { X402_ASSET_SYMBOL: 'TOK', X402_ASSET_DECIMALS: '1' });
  assert.deepEqual(await price({ network: 'eip155:31337', asset: token, amount: '7' }), ['0.7 TOK', 'on chain 31337']);
  env.X402_ASSET_DECIMALS = '37';
  const bad = paywallPage(challengeReply());
  assert.equal(bad.status, 500);
  assert.deepEqual(await bad.json(), { error: 'invalid_secret', message: 'X402_ASSET_DECIMALS must be an integer from 0 to 36', statusCode: 500 });
});
