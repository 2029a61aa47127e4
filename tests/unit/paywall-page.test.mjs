// The paywall page's server half (functions/src/lib/paywall-page.js): who gets the page, how the
// price reads, and that nothing a seller or a challenge holds can leave its text context. The
// page in a real browser: tests/browser/paywall-page.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { escapeHtml, humanAmount, paywallPage, retryAgain, scriptJson, verdict, wantsPage } from '../../functions/src/lib/paywall-page.js';
import { withEnv } from './fake-deno-env.mjs';

const CHROME_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const unpaid = { status: 402, headers: [], body: '{}' };
const request = (headers) => new Request('https://project.test/functions/paid', { headers });


function challengeReply({ network = 'eip155:196', asset = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', amount = '10000', description, extra = { name: 'Global Dollar', version: '1' } } = {}) {
  const challenge = {
    x402Version: 2,
    error: 'PAYMENT-SIGNATURE or X-PAYMENT header is required',
    resource: { url: 'https://project.test/functions/paid', ...(description ? { description } : {}), mimeType: 'application/json' },
    accepts: [{ scheme: 'exact', network, amount, asset, payTo: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', maxTimeoutSeconds: 300, extra }],
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

test('the page: networks and assets by name; unknown ones fall back; X402_ASSET_SYMBOL/DECIMALS price a custom token; a bad X402_ASSET_DECIMALS is a 500 JSON', async (t) => {
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
  const bad = paywallPage(challengeReply({ network: 'eip155:31337', asset: token }));
  assert.equal(bad.status, 500);
  assert.deepEqual(await bad.json(), { error: 'invalid_secret', message: 'X402_ASSET_DECIMALS must be an integer from 0 to 36', statusCode: 500 });
});

test('a built-in asset is priced from the asset table only: X402_ASSET_SYMBOL/DECIMALS cannot make the page show another price than the one signed', async (t) => {
  const env = withEnv(t, { X402_ASSET_SYMBOL: 'USDC', X402_ASSET_DECIMALS: '8' });
  const price = async (opts) => /<b id="price">([^<]*)<\/b>/.exec(await paywallPage(challengeReply(opts)).text())[1];
  assert.equal(await price(), '0.01 USDG', 'USDG on X Layer: 10000 units are 0.01 USDG, whatever the secrets say');
  assert.equal(await price({ network: 'eip155:8453', asset: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', amount: '2500000' }), '2.50 USDC');
  const fine = /You sign one transfer of exactly ([^<]*) to/.exec(await paywallPage(challengeReply()).text())[1];
  assert.equal(fine, '0.01 USDG');
  env.X402_ASSET_DECIMALS = 'not a number';
  const page = paywallPage(challengeReply());
  assert.equal(page.status, 402, 'not read for a built-in asset, so not judged either');
  assert.equal(/<b id="price">([^<]*)<\/b>/.exec(await page.text())[1], '0.01 USDG');
});

test("the page's verdict: 'nothing was charged' (a new signature) only after a 402; it reads the status and Retry-After, never a reason", () => {
  assert.deepEqual(verdict(200, null), { state: 'paid' });
  assert.deepEqual(verdict(204, null), { state: 'paid' });
  assert.deepEqual(verdict(402, null), { state: 'refused', fresh: true });
  assert.deepEqual(verdict(402, '5'), { state: 'refused', fresh: true });
  assert.deepEqual(verdict(409, null), { state: 'used' }, 'a 409 that does not ask to come back: already used');
  // Whatever else: the payment is kept (no new signature) and nothing is said about a charge.
  for (const status of [500, 502, 504]) assert.deepEqual(verdict(status, null), { state: 'failed' }, String(status));
  for (const status of [429, 400, 404]) assert.deepEqual(verdict(status, null), { state: 'refused' }, String(status));
});

test("the page's verdict: no answer, a 503, and a 409 or 429 that asks to come back present the same payment again after Retry-After (default 5 s)", () => {
  assert.deepEqual(verdict(503, '5'), { state: 'pending', wait: 5 });
  assert.deepEqual(verdict(503, null), { state: 'pending', wait: 5 });
  assert.deepEqual(verdict(409, '2'), { state: 'pending', wait: 2 }, 'another request holds the payment');
  assert.deepEqual(verdict(429, '60'), { state: 'pending', wait: 60 }, 'not sent yet: the same payment later, no new signature');
  assert.deepEqual(verdict(0, null), { state: 'pending', wait: 5 }, 'the request may have reached the server');
  assert.deepEqual(verdict(503, '12'), { state: 'pending', wait: 12 });
  assert.deepEqual(verdict(503, '0'), { state: 'pending', wait: 1 }, 'never a busy loop');
  for (const odd of [null, '', 'soon', '-3', '1.5', 'Wed, 21 Oct 2015 07:28:00 GMT', '9999999']) {
    assert.deepEqual(verdict(503, odd), { state: 'pending', wait: 5 }, String(odd));
  }
});

test("the page's retries are bounded: at most 12, and never once the server can no longer verify the payment (validBefore < now + 6)", () => {
  const now = 1_000_000;
  assert.equal(retryAgain(0, 5, now, now + 300), true);
  assert.equal(retryAgain(11, 5, now, now + 300), true);
  assert.equal(retryAgain(12, 5, now, now + 300), false);
  assert.equal(retryAgain(0, 5, now, now + 11), true, 'the next try lands at validBefore - 6');
  assert.equal(retryAgain(0, 5, now, now + 10), false);
  assert.equal(retryAgain(0, 120, now, now + 100), false, 'a Retry-After beyond the window');
});

test("the page's script carries the verdict and its words: no 'Nothing was charged' but for the wallet's refusal and a fresh verdict", async (t) => {
  withEnv(t, {});
  const html = await paywallPage(challengeReply()).text();
  const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)[1];
  assert.doesNotThrow(() => new Function(script), 'the page script parses');
  const unindented = (f) => String(f).replace(/^ +/gm, '');
  assert.ok(script.includes(`const verdict = ${unindented(verdict)};`) && script.includes(`const retryAgain = ${unindented(retryAgain)};`));
  const said = script.match(/[^']*Nothing was charged[^']*/g);
  assert.deepEqual(said, ['\\nNothing was charged.', 'You declined the signature. Nothing was charged.', 'You declined the wallet request. Nothing was charged.']);
  assert.match(script, /v\.fresh \? '\\nNothing was charged\.'/, 'said only for a fresh verdict');
  assert.match(script, /checking again in ' \+ s \+ ' s; do not pay again/);
  assert.equal(script.match(/eth_signTypedData_v4/g).length, 1, 'one place signs, behind `if (!header)`');
  assert.match(script, /if \(!header\) await sign\(eth\);/);
});

// The page's script run in node:vm against a fake DOM, wallet, clock and server: `answers` are
// the server's replies to the paid requests, in order ({status, body, retryAfter}).
async function runPage(t, answers, challenge = challengeReply()) {
  withEnv(t, {});
  const html = await paywallPage(challenge).text();
  const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)[1];
  const data = /<script type="application\/json" id="x402-data">([\s\S]*?)<\/script>/.exec(html)[1];
  const els = { 'x402-data': { textContent: data }, status: { textContent: '' }, result: { hidden: true, textContent: '' }, pay: { hidden: false, disabled: false, textContent: 'Connect wallet and pay' } };
  const body = { dataset: { state: 'ready' } };
  const seen = [];
  const sent = [];
  const signed = [];
  const typed = [];
  let clock = 1_700_000_000_000;
  let click;
  els.pay.addEventListener = (_type, f) => { click = f; };
  Object.defineProperty(els.status, 'textContent', { get: () => seen.at(-1)?.[1] ?? '', set: (v) => seen.push([body.dataset.state, v]) });
  const ethereum = {
    async request({ method, params }) {
      if (method === 'eth_requestAccounts') return ['0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'];
      if (method === 'eth_chainId') return '0xc4';
      if (method === 'eth_signTypedData_v4') {
        typed.push(JSON.parse(params[1]));
        signed.push(typed.at(-1).message.nonce);
        return `0x${'11'.repeat(65)}`;
      }
      throw new Error(method);
    },
  };
  const queue = [...answers];
  const context = vm.createContext({
    window: { ethereum },
    document: { getElementById: (id) => els[id], body },
    location: { href: 'https://project.test/functions/paid' },
    crypto: globalThis.crypto, TextEncoder, TextDecoder, btoa, atob, JSON, Math, Number, String, Array, Uint8Array, Object, Error, parseInt, Promise,
    Date: { now: () => clock },
    setTimeout: (f, ms) => { clock += ms; queueMicrotask(f); },
    async fetch(_url, init) {
      sent.push(init.headers['PAYMENT-SIGNATURE']);
      const a = queue.shift();
      if (!a) throw new TypeError('Failed to fetch');
      const headers = new Headers(a.retryAfter ? { 'Retry-After': a.retryAfter } : {});
      return { status: a.status, headers, text: async () => JSON.stringify(a.body ?? {}) };
    },
  });
  vm.runInContext(script, context);
  const settle = async () => {
    for (let i = 0; i < 10_000 && (els.pay.disabled || body.dataset.state === 'ready'); i++) await new Promise((r) => setImmediate(r));
  };
  return {
    els, seen, sent, signed, typed,
    state: () => body.dataset.state,
    status: () => els.status.textContent,
    async click() {
      click();
      await new Promise((r) => setImmediate(r));
      await settle();
    },
    said: (re) => seen.some(([, text]) => re.test(text)),
  };
}

test('page script: a 503, then 409 payment_in_progress, then 200: the same payment is presented three times, one signature, never "nothing was charged"', async (t) => {
  const page = await runPage(t, [
    { status: 503, body: { error: 'settlement_unknown', message: 'retry with the same payment' }, retryAfter: '3' },
    { status: 409, body: { error: 'payment_in_progress', message: 'this payment is being settled; retry with the same payment' }, retryAfter: '2' },
    { status: 200, body: { ok: true } },
  ]);
  await page.click();
  assert.equal(page.state(), 'paid', page.status());
  assert.equal(page.signed.length, 1);
  assert.equal(page.sent.length, 3);
  assert.equal(new Set(page.sent).size, 1, 'the same signed payment every time');
  assert.ok(!page.said(/Nothing was charged/i));
  const waits = page.seen.filter(([state]) => state === 'pending').map(([, text]) => text);
  assert.deepEqual(waits.map((w) => /in (\d+) s/.exec(w)[1]), ['3', '2', '1', '2', '1'], 'Retry-After honoured');
  assert.match(waits[0], /^Your payment is being settled… checking again in 3 s; do not pay again\.$/);
});

test('page script: still unknown after its bounded retries: "may still complete", and Check again re-sends the same payment', async (t) => {
  const unknown = { status: 503, body: { error: 'settlement_unknown', message: 'retry with the same payment' }, retryAfter: '5' };
  const page = await runPage(t, [...Array(13).fill(unknown), { status: 200, body: { ok: true } }]);
  await page.click();
  assert.equal(page.state(), 'unknown', page.status());
  assert.equal(page.sent.length, 13, 'the first presentation and 12 retries');
  assert.match(page.status(), /may still complete: do not pay again/);
  assert.equal(page.els.pay.textContent, 'Check again');
  assert.deepEqual([page.els.pay.hidden, page.els.pay.disabled], [false, false]);
  assert.ok(!page.said(/Nothing was charged/i));
  await page.click();
  assert.equal(page.state(), 'paid', page.status());
  assert.deepEqual([page.signed.length, page.sent.length, new Set(page.sent).size], [1, 14, 1]);
});

test('page script: no answer at all is treated like a 503 (the request may have reached the server)', async (t) => {
  const page = await runPage(t, []);
  await page.click();
  assert.equal(page.state(), 'unknown', page.status());
  assert.deepEqual([page.signed.length, new Set(page.sent).size], [1, 1]);
  assert.ok(!page.said(/Nothing was charged/i));
});

test('page script: a 500 after the payment was sent offers a retry with the same payment; a 409 payment_already_used says so; neither says "nothing was charged"', async (t) => {
  const page = await runPage(t, [{ status: 500, body: { error: 'internal_error', message: 'internal error' } }, { status: 200, body: { ok: true } }]);
  await page.click();
  assert.equal(page.state(), 'failed', page.status());
  assert.match(page.status(), /^The server failed to deliver: internal_error — internal error\nTry again: the same payment is sent, never a second charge\.$/);
  assert.equal(page.els.pay.textContent, 'Try again');
  await page.click();
  assert.equal(page.state(), 'paid', page.status());
  assert.deepEqual([page.signed.length, page.sent.length, new Set(page.sent).size], [1, 2, 1]);
  assert.ok(!page.said(/Nothing was charged/i));

  const used = await runPage(t, [{ status: 409, body: { error: 'payment_already_used', message: 'this payment was settled and served; sign a new one' } }]);
  await used.click();
  assert.equal(used.state(), 'used', used.status());
  assert.match(used.status(), /^This payment was already used: payment_already_used/);
  assert.equal(used.els.pay.hidden, true);
  assert.ok(!used.said(/Nothing was charged/i));
});

test('page script: a 402 says "Nothing was charged", and only then does the next click sign a new payment', async (t) => {
  for (const refusal of [{ status: 402, body: { error: 'insufficient_funds' } }]) {
    const page = await runPage(t, [refusal, { status: 200, body: { ok: true } }]);
    await page.click();
    assert.equal(page.state(), 'refused', page.status());
    assert.match(page.status(), /\nNothing was charged\.$/);
    assert.equal(page.sent.length, 1, 'no retry');
    await page.click();
    assert.equal(page.state(), 'paid', page.status());
    assert.equal(page.signed.length, 2, 'a new signature');
    assert.equal(new Set(page.sent).size, 2);
  }
});

test('page script, a Permit2 seller: the wallet signs Permit2\'s permit for the exact proxy; a 412 permit2_allowance_required keeps the payment, and "Try again" presents it again: one signature', async (t) => {
  const plain = '0x5fbdb2315678afecb367f032d93f642f64180aa3';
  const allowance = { error: 'permit2_allowance_required', message: 'Permit2 may not move enough of this token for the payer: approve it once, then pay again with the same payment; nothing was charged', statusCode: 412 };
  const page = await runPage(t, [{ status: 412, body: allowance }, { status: 200, body: { ok: true } }], challengeReply({ asset: plain, amount: '10000000000000000', extra: { assetTransferMethod: 'permit2' } }));
  await page.click();
  assert.equal(page.state(), 'refused', page.status());
  assert.match(page.status(), /^The payment was refused: permit2_allowance_required — Permit2 may not move enough[^]*\nTry again: the same payment is sent, never a second charge\.$/);
  assert.equal(page.els.pay.textContent, 'Try again');
  await page.click();
  assert.equal(page.state(), 'paid', page.status());
  assert.deepEqual([page.signed.length, page.sent.length, new Set(page.sent).size], [1, 2, 1]);
  const [typed] = page.typed;
  assert.equal(typed.primaryType, 'PermitWitnessTransferFrom');
  assert.deepEqual(typed.domain, { name: 'Permit2', chainId: 196, verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3' });
  assert.deepEqual(typed.types.EIP712Domain.map((f) => f.name), ['name', 'chainId', 'verifyingContract']);
  const header = JSON.parse(Buffer.from(page.sent[0], 'base64').toString());
  const a = header.payload.permit2Authorization;
  assert.deepEqual(header.payload, { signature: `0x${'11'.repeat(65)}`, permit2Authorization: typed.message });
  assert.deepEqual(
    [a.from, a.permitted, a.spender, a.witness, header.accepted.extra],
    ['0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266', { token: plain, amount: '10000000000000000' }, '0x402085c248EeA27D92E8b30b2C58ed07f9E20001', { to: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', validAfter: '0' }, { assetTransferMethod: 'permit2' }],
  );
  assert.match(a.nonce, /^[0-9]+$/, 'a uint256 in decimal');
  assert.equal(Number(a.deadline), 1_700_000_000 + 300);
});
