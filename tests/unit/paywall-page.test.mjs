// The paywall page's server half (functions/src/lib/paywall-page.js): who gets the page, how the
// price reads, and that nothing a seller or a challenge holds can leave its text context. The
// page in a real browser: tests/browser/paywall-page.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { charged, escapeHtml, humanAmount, paywallPage, retryAgain, scriptJson, verdict } from '../../functions/src/lib/paywall-page.js';
import { wantsPage } from '../../functions/src/lib/wants-page.js';
import { withEnv } from './fake-deno-env.mjs';

const CHROME_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7';
const FIREFOX_NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const unpaid = { status: 402, headers: [], body: '{}' };
const TOKEN = '0x5fbdb2315678afecb367f032d93f642f64180aa3'; // a token outside the asset table
const PAYER = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const MAX = 2n ** 256n - 1n;
const request = (headers) => new Request('https://project.test/functions/paid', { headers });


function challengeReply({ scheme = 'exact', network = 'eip155:196', asset = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', amount = '10000', description, extra = { name: 'Global Dollar', version: '1' } } = {}) {
  const challenge = {
    x402Version: 2,
    error: 'PAYMENT-SIGNATURE or X-PAYMENT header is required',
    resource: { url: 'https://project.test/functions/paid', ...(description ? { description } : {}), mimeType: 'application/json' },
    accepts: [{ scheme, network, amount, asset, payTo: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', maxTimeoutSeconds: 300, extra }],
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
  assert.ok(Buffer.byteLength(html) < 15_000, `the page is ${Buffer.byteLength(html)} bytes`);
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
  assert.deepEqual(await bad.json(), { error: 'invalid_secret', message: 'X402_ASSET_DECIMALS is invalid: must be an integer from 0 to 36', statusCode: 500 });
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
  assert.deepEqual(verdict(412, null), { state: 'approve' }, 'Permit2 may not move the tokens yet: nothing moved, approve, then the same payment');
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

test("the page's script carries the verdict and its words: no 'Nothing was charged' but for the wallet's refusals, a fresh verdict and a 412", async (t) => {
  withEnv(t, {});
  const html = await paywallPage(challengeReply()).text();
  const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)[1];
  assert.doesNotThrow(() => new Function(script), 'the page script parses');
  const unindented = (f) => String(f).replace(/^ +/gm, '');
  assert.ok(script.includes(`const verdict = ${unindented(verdict)};`) && script.includes(`const retryAgain = ${unindented(retryAgain)};`));
  const said = script.match(/[^']*Nothing was charged[^']*/g);
  assert.deepEqual(said, [
    '). Nothing was charged. Approve Permit2 below, and the same payment is sent again.',
    '\\nNothing was charged.',
    'You declined the signature. Nothing was charged.',
    'You declined the approval. Nothing was charged.',
    'You declined the wallet request. Nothing was charged.',
  ]);
  assert.match(script, /v\.fresh \? '\\nNothing was charged\.'/, 'said only for a fresh verdict');
  assert.match(script, /if \(v\.state === 'approve'\) return offerApproval\('The server says Permit2 may not move enough/, "and for a 412, the server's own word that nothing moved");
  assert.match(script, /checking again in ' \+ s \+ ' s; do not pay again/);
  assert.equal(script.match(/eth_signTypedData_v4/g).length, 1, 'one place signs, behind `if (!header)`');
  assert.equal(script.match(/await sign\(eth, from\);/g).length, 2);
  assert.equal(script.match(/if \(!header\) await sign\(eth, from\);/g).length, 1, 'after an approval: a new signature only when no payment is held');
  assert.match(script, /if \(!header\) \{\n[^}]*await sign\(eth, from\);\n\}/, 'pay: a new signature only when no payment is held');
});

// The page's script run in node:vm against a fake DOM, wallet, clock and server: `answers` are
// the server's replies to the paid requests, in order ({status, body, retryAfter, settled: the
// PAYMENT-RESPONSE object}). With `permit2`, the page sells through Permit2 and the wallet's node
// holds `allowance`; an eth_sendTransaction is mined after `pending` receipt polls with `mined`
// status, and, when that is 0x1, sets the allowance to what the approval asked for. With `upto`
// (a Permit2 page), the page sells metered requests: `upto` is the challenge's options
// ({amount: the ceiling, extra}), `env` the seller's secrets.
async function runPage(t, answers, { permit2 = false, upto = null, env = null, allowance = 0n, pending = 1, mined = '0x1' } = {}) {
  if (upto) permit2 = true;
  withEnv(t, env ?? (permit2 ? { X402_ASSET_SYMBOL: 'PLD' } : {}));
  const extra = permit2 ? { assetTransferMethod: 'permit2' } : undefined;
  const html = await paywallPage(challengeReply(upto ? { scheme: 'upto', asset: TOKEN, ...upto } : permit2 ? { asset: TOKEN, extra } : {})).text();
  const script = /<script nonce="[^"]+">([\s\S]*)<\/script>/.exec(html)[1];
  const data = /<script type="application\/json" id="x402-data">([\s\S]*?)<\/script>/.exec(html)[1];
  const els = { 'x402-data': { textContent: data }, status: { textContent: '' }, result: { hidden: true, textContent: '' }, pay: { hidden: false, disabled: false, textContent: 'Connect wallet and pay' } };
  if (permit2) Object.assign(els, { approval: { hidden: true }, approve: { hidden: false, disabled: false } });
  assert.equal(html.includes('<section id="approval" hidden>'), permit2);
  const body = { dataset: { state: 'ready' } };
  const seen = [];
  const sent = [];
  const signed = [];
  const typed = [];
  const wallet = [];
  const node = { allowance, receipts: new Map() };
  let clock = 1_700_000_000_000;
  let click;
  let clickApprove;
  els.pay.addEventListener = (_type, f) => { click = f; };
  if (permit2) els.approve.addEventListener = (_type, f) => { clickApprove = f; };
  Object.defineProperty(els.status, 'textContent', { get: () => seen.at(-1)?.[1] ?? '', set: (v) => seen.push([body.dataset.state, v]) });
  const ethereum = {
    async request({ method, params }) {
      wallet.push({ method, params: JSON.parse(JSON.stringify(params ?? null)) }); // out of the vm's realm
      if (method === 'eth_requestAccounts') return [PAYER];
      if (method === 'eth_chainId') return '0xc4';
      if (method === 'eth_signTypedData_v4') {
        typed.push(JSON.parse(params[1]));
        signed.push(JSON.parse(params[1]).message.nonce);
        return `0x${'11'.repeat(65)}`;
      }
      if (permit2 && method === 'eth_call') return `0x${node.allowance.toString(16).padStart(64, '0')}`;
      if (permit2 && method === 'eth_sendTransaction') {
        const hash = `0x${String(node.receipts.size + 1).padStart(64, '0')}`;
        node.receipts.set(hash, { polls: 0, amount: BigInt(`0x${params[0].data.slice(74)}`) });
        return hash;
      }
      if (permit2 && method === 'eth_getTransactionReceipt') {
        const tx = node.receipts.get(params[0]);
        if (tx.polls++ < pending) return null;
        if (mined === '0x1') node.allowance = tx.amount;
        return { transactionHash: params[0], status: mined };
      }
      throw new Error(method);
    },
  };
  const queue = [...answers];
  const context = vm.createContext({
    window: { ethereum },
    document: { getElementById: (id) => els[id], body },
    location: { href: 'https://project.test/functions/paid' },
    crypto: globalThis.crypto, TextEncoder, TextDecoder, btoa, atob, JSON, Math, Number, String, Array, Uint8Array, Object, Error, parseInt, Promise, BigInt,
    Date: { now: () => clock },
    setTimeout: (f, ms) => { clock += ms; queueMicrotask(f); },
    async fetch(_url, init) {
      sent.push(init.headers['PAYMENT-SIGNATURE']);
      const a = queue.shift();
      if (!a) throw new TypeError('Failed to fetch');
      const headers = new Headers(a.retryAfter ? { 'Retry-After': a.retryAfter } : {});
      if (a.settled) headers.set('PAYMENT-RESPONSE', Buffer.from(JSON.stringify(a.settled)).toString('base64'));
      return { status: a.status, headers, text: async () => JSON.stringify(a.body ?? {}) };
    },
  });
  vm.runInContext(script, context);
  const settle = async () => {
    for (let i = 0; i < 10_000 && (els.pay.disabled || body.dataset.state === 'ready'); i++) await new Promise((r) => setImmediate(r));
  };
  return {
    els, seen, sent, signed, typed, wallet, node,
    state: () => body.dataset.state,
    status: () => els.status.textContent,
    async click() {
      click();
      await new Promise((r) => setImmediate(r));
      await settle();
    },
    async approve() {
      clickApprove();
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

test('the Permit2 page: the approval explained (token named by its symbol, escaped; "this token" without one), the same price, within the size budget; an EIP-3009 page has none of it', async (t) => {
  const env = withEnv(t, { X402_ASSET_SYMBOL: 'P<L>D', X402_ASSET_DECIMALS: '4' });
  const page = async (opts) => paywallPage(challengeReply(opts)).text();
  const html = await page({ asset: TOKEN, extra: { assetTransferMethod: 'permit2' } });
  assert.ok(Buffer.byteLength(html) < 16_000, `the page is ${Buffer.byteLength(html)} bytes`);
  assert.match(html, /<b id="price">1\.00 P&#60;L&#62;D<\/b>/);
  const approval = /<section id="approval" hidden>([\s\S]*?)<\/section>/.exec(html)[1];
  assert.match(approval, /^<h2>One-time approval<\/h2><p>This seller is paid in P&#60;L&#62;D through Permit2 \(<code>0x000000000022D473030F116dDEE9F6B43aC78BA3<\/code>\)/);
  assert.match(approval, /<button id="approve" type="button">Approve Permit2 for P&#60;L&#62;D<\/button>$/);
  assert.equal(JSON.parse(/<script type="application\/json" id="x402-data">([\s\S]*?)<\/script>/.exec(html)[1]).token, 'P<L>D');
  delete env.X402_ASSET_SYMBOL;
  assert.match(await page({ asset: TOKEN, extra: { assetTransferMethod: 'permit2' } }), /Approve Permit2 for this token</);
  const known = await page({ extra: { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2' } });
  assert.match(known, /<b id="price">0\.01 USDG<\/b>/, 'a built-in asset through Permit2: priced from the table');
  assert.match(known, /Approve Permit2 for USDG</);
  assert.ok(!(await page()).includes('id="approval"'), 'an EIP-3009 page has no approval');
});

test('page script, Permit2: the allowance is read first; short, the approval is offered; approved and mined, the permit is signed and paid', async (t) => {
  const page = await runPage(t, [{ status: 200, body: { ok: true } }], { permit2: true, pending: 2 });
  await page.click();
  assert.equal(page.state(), 'approve', page.status());
  assert.equal(page.status(), 'Before your first payment with PLD, your wallet must allow Permit2 to move it: see below.');
  assert.deepEqual([page.els.approval.hidden, page.els.pay.hidden], [false, true]);
  assert.deepEqual(page.wallet.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call']);
  assert.deepEqual(page.wallet[2].params, [{ to: TOKEN, data: `0xdd62ed3e${PAYER.slice(2).padStart(64, '0')}${PERMIT2.slice(2).toLowerCase().padStart(64, '0')}` }, 'latest']);
  assert.deepEqual([page.signed.length, page.sent.length], [0, 0]);

  await page.approve();
  assert.equal(page.state(), 'paid', page.status());
  assert.deepEqual([page.els.approval.hidden, page.els.pay.hidden], [true, true]);
  assert.deepEqual(page.wallet.slice(3).map((c) => c.method), [
    'eth_requestAccounts', 'eth_chainId', 'eth_sendTransaction',
    'eth_getTransactionReceipt', 'eth_getTransactionReceipt', 'eth_getTransactionReceipt', 'eth_signTypedData_v4',
  ]);
  assert.deepEqual(page.wallet[5].params, [{ from: PAYER, to: TOKEN, data: `0x095ea7b3${PERMIT2.slice(2).toLowerCase().padStart(64, '0')}${'f'.repeat(64)}` }]);
  assert.ok(page.said(/^Waiting for your approval to be confirmed on X Layer \(transaction 0x0{63}1\)…$/));
  assert.equal(page.node.allowance, MAX, 'approved for the maximum');

  const [typed] = page.typed;
  assert.equal(typed.primaryType, 'PermitWitnessTransferFrom');
  assert.deepEqual(typed.domain, { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2 });
  assert.deepEqual(typed.types.EIP712Domain.map((f) => f.name), ['name', 'chainId', 'verifyingContract']);
  const sent = JSON.parse(Buffer.from(page.sent[0], 'base64').toString());
  assert.deepEqual(Object.keys(sent), ['x402Version', 'resource', 'accepted', 'payload']);
  assert.deepEqual(sent.payload, { signature: `0x${'11'.repeat(65)}`, permit2Authorization: { from: PAYER, ...typed.message } });
  assert.deepEqual(typed.message.witness, { to: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', validAfter: '0' });
  assert.equal(typed.message.deadline, String(1_700_000_003 + 300), 'signed after two 1.5 s waits for the receipt, valid for maxTimeoutSeconds');
  assert.ok(!page.said(/Nothing was charged/i));
});

test('page script, Permit2: an allowance that covers the price goes straight to signing; one below it does not', async (t) => {
  const enough = await runPage(t, [{ status: 200, body: { ok: true } }], { permit2: true, allowance: 10_000n });
  await enough.click();
  assert.equal(enough.state(), 'paid', enough.status());
  assert.deepEqual(enough.wallet.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call', 'eth_signTypedData_v4']);
  const short = await runPage(t, [], { permit2: true, allowance: 9_999n });
  await short.click();
  assert.equal(short.state(), 'approve', short.status());
  assert.equal(short.signed.length, 0);
});

test('page script, Permit2: a 412 offers the approval again (nothing was charged), then the SAME payment is presented; one signature', async (t) => {
  const page = await runPage(t, [{ status: 412, body: { error: 'permit2_allowance_required', message: 'approve Permit2' } }, { status: 200, body: { ok: true } }], { permit2: true, allowance: MAX });
  await page.click();
  assert.equal(page.state(), 'approve', page.status());
  assert.equal(page.status(), 'The server says Permit2 may not move enough of your PLD yet (permit2_allowance_required). Nothing was charged. Approve Permit2 below, and the same payment is sent again.');
  assert.deepEqual([page.els.approval.hidden, page.els.pay.hidden, page.sent.length], [false, true, 1]);
  await page.approve();
  assert.equal(page.state(), 'paid', page.status());
  assert.deepEqual([page.signed.length, page.sent.length, new Set(page.sent).size], [1, 2, 1]);
  assert.equal(page.wallet.filter((c) => c.method === 'eth_sendTransaction').length, 1);
});

test('page script, Permit2: an approval that fails on chain is offered again; one not mined in time leaves Continue, which reads the allowance again', async (t) => {
  const failed = await runPage(t, [], { permit2: true, mined: '0x0' });
  await failed.click();
  await failed.approve();
  assert.equal(failed.state(), 'approve', failed.status());
  assert.match(failed.status(), /^Your approval failed on chain \(transaction 0x0{63}1\), so Permit2 may not move your PLD yet and nothing was paid\. You can approve again\.$/);
  assert.deepEqual([failed.els.approval.hidden, failed.signed.length], [false, 0]);

  const slow = await runPage(t, [{ status: 200, body: { ok: true } }], { permit2: true, pending: 1000 });
  await slow.click();
  await slow.approve();
  assert.equal(slow.state(), 'unknown', slow.status());
  assert.match(slow.status(), /^Your approval \(transaction 0x0{63}1\) is not confirmed yet\. Once your wallet shows it confirmed, click Continue\.$/);
  assert.deepEqual([slow.els.pay.textContent, slow.els.pay.hidden, slow.els.approval.hidden, slow.signed.length], ['Continue', false, true, 0]);
  assert.equal(slow.wallet.filter((c) => c.method === 'eth_getTransactionReceipt').length, 200);
  slow.node.allowance = MAX; // mined meanwhile
  await slow.click();
  assert.equal(slow.state(), 'paid', slow.status());
  assert.equal(slow.wallet.filter((c) => c.method === 'eth_call').length, 2);
});

// Metered requests (scheme upto): the challenge's amount is the ceiling, its extra names the
// facilitator that settles; the permit's spender is the upto proxy.
const FACILITATOR = '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc';
const UPTO_PROXY = '0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002';
const OKX_UPTO_PROXY = '0x4020e7393B728A3939659E5732F87fdd8e680002';
const UPTO_EXTRA = { assetTransferMethod: 'permit2', facilitatorAddress: FACILITATOR };
const pageData = (html) => JSON.parse(/<script type="application\/json" id="x402-data">([\s\S]*?)<\/script>/.exec(html)[1]);

test('the metered page: "up to" the ceiling, the seller charging only what the request costs, the approval for the ceiling, within the size budget; exact pages unchanged', async (t) => {
  const env = withEnv(t, { X402_ASSET_SYMBOL: 'PLD', X402_ASSET_DECIMALS: '4' });
  const page = async (opts) => paywallPage(challengeReply(opts)).text();
  const html = await page({ scheme: 'upto', asset: TOKEN, amount: '500', extra: UPTO_EXTRA });
  assert.ok(Buffer.byteLength(html) < 16_000, `the page is ${Buffer.byteLength(html)} bytes`);
  assert.match(html, /<b id="price">up to 0\.05 PLD<\/b> <span id="network">on X Layer<\/span>/);
  assert.match(html, new RegExp(
    '<p class="fine">You sign a payment of up to 0\\.05 PLD to <code>0x70997970c51812dc3a010c7d01b50e0d17dc79c8</code>; your wallet shows it before you sign\\. '
    + 'The seller charges only what your request costs, at most that, when this page fetches the content; the page then shows what was charged\\.</p>',
  ));
  assert.ok(!html.includes('exactly'), 'a metered page promises no exact amount');
  const approval = /<section id="approval" hidden>([\s\S]*?)<\/section>/.exec(html)[1];
  assert.match(approval, /This seller is paid in PLD through Permit2/);
  assert.match(approval, /Each payment still needs your own signature, for the most it may cost and its recipient\./);
  assert.match(approval, /<button id="approve" type="button">Approve Permit2 for PLD<\/button>$/);
  assert.deepEqual([pageData(html).price, pageData(html).decimals, pageData(html).spender], ['up to 0.05 PLD', 4, UPTO_PROXY], 'the canonical upto proxy by default');

  // The upto challenge as the server sends it for USDG: priced from the table.
  const usdg = await page({ scheme: 'upto', amount: '50000', extra: { name: 'Global Dollar', version: '1', ...UPTO_EXTRA } });
  assert.match(usdg, /<b id="price">up to 0\.05 USDG<\/b>/);
  env.X402_UPTO_PROXY = ` ${OKX_UPTO_PROXY} `;
  assert.equal(pageData(usdg).spender, UPTO_PROXY);
  assert.equal(pageData(await page({ scheme: 'upto', extra: UPTO_EXTRA })).spender, OKX_UPTO_PROXY, 'X402_UPTO_PROXY, trimmed, as the server reads it');

  // Exact pages: the price and the promise as before; X402_UPTO_PROXY is not theirs.
  const exact = await page();
  assert.match(exact, /<b id="price">0\.01 USDG<\/b>/);
  assert.match(exact, /You sign one transfer of exactly 0\.01 USDG to/);
  assert.equal(pageData(exact).spender, undefined, 'an EIP-3009 page names no spender');
  const exactPermit2 = await page({ asset: TOKEN, extra: { assetTransferMethod: 'permit2' } });
  assert.match(exactPermit2, /<b id="price">1\.00 PLD<\/b>/);
  assert.match(exactPermit2, /for its exact amount and recipient\./);
  assert.equal(pageData(exactPermit2).spender, '0x402085c248EeA27D92E8b30b2C58ed07f9E20001', 'the exact proxy');

  env.X402_UPTO_PROXY = '0x4020';
  const bad = paywallPage(challengeReply({ scheme: 'upto', extra: UPTO_EXTRA }));
  assert.equal(bad.status, 500);
  assert.deepEqual(await bad.json(), { error: 'invalid_secret', message: 'X402_UPTO_PROXY must be an EVM address (0x + 40 hex digits)', statusCode: 500 });
  assert.equal(paywallPage(challengeReply()).status, 402, 'an exact page does not read it');
});

test("the metered page's words once paid: what PAYMENT-RESPONSE's amount says was charged, in the asset's units, of the ceiling", () => {
  const price = 'up to 0.05 USDG';
  assert.equal(charged('12300', 6, 'USDG', price), 'Charged 0.0123 USDG of up to 0.05 USDG.');
  assert.equal(charged('50000', 6, 'USDG', price), 'Charged 0.05 USDG of up to 0.05 USDG.');
  assert.equal(charged('1', 6, 'USDG', price), 'Charged 0.000001 USDG of up to 0.05 USDG.');
  assert.equal(charged('0', 6, 'USDG', price), 'Charged nothing of up to 0.05 USDG.');
  assert.equal(charged('7', 0, 'units of 0xabc', 'up to 9 units of 0xabc'), 'Charged 7 units of 0xabc of up to 9 units of 0xabc.');
  for (const odd of [undefined, null, '', '00', '007', '-1', '1.5', '1e3', ' 5', 12, '9'.repeat(79)]) {
    assert.equal(charged(odd, 6, 'USDG', price), 'Paid up to 0.05 USDG.', `no amount read from ${JSON.stringify(odd)}: the ceiling named as what was paid at most`);
  }
});

test('page script, upto: the allowance is checked against the ceiling; short, the approval; then the upto permit is signed (facilitator in the witness, the upto proxy as spender) and the charge shown', async (t) => {
  const settled = { success: true, transaction: `0x${'ab'.repeat(32)}`, network: 'eip155:196', payer: PAYER, amount: '123' };
  const page = await runPage(t, [{ status: 200, body: { ok: true }, settled }], { upto: { amount: '500', extra: UPTO_EXTRA }, env: { X402_ASSET_SYMBOL: 'PLD', X402_ASSET_DECIMALS: '4' }, allowance: 499n });
  await page.click();
  assert.equal(page.state(), 'approve', page.status());
  assert.equal(page.status(), 'Before your first payment with PLD, your wallet must allow Permit2 to move it: see below.');
  assert.deepEqual(page.wallet.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call']);
  assert.deepEqual(page.wallet[2].params, [{ to: TOKEN, data: `0xdd62ed3e${PAYER.slice(2).padStart(64, '0')}${PERMIT2.slice(2).toLowerCase().padStart(64, '0')}` }, 'latest']);
  assert.equal(page.signed.length, 0);

  await page.approve();
  assert.equal(page.state(), 'paid', page.status());
  assert.equal(page.status(), `Charged 0.0123 PLD of up to 0.05 PLD. Transaction: 0x${'ab'.repeat(32)}`);
  assert.deepEqual(page.wallet.slice(3).map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_sendTransaction', 'eth_getTransactionReceipt', 'eth_getTransactionReceipt', 'eth_signTypedData_v4']);
  assert.equal(page.node.allowance, MAX);
  assert.ok(page.said(/^Sign the payment of up to 0\.05 PLD in your wallet…$/));

  const [typed] = page.typed;
  assert.equal(typed.primaryType, 'PermitWitnessTransferFrom');
  assert.deepEqual(typed.domain, { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2 });
  const names = (type) => typed.types[type].map((f) => `${f.name}:${f.type}`);
  assert.deepEqual(Object.keys(typed.types).sort(), ['EIP712Domain', 'PermitWitnessTransferFrom', 'TokenPermissions', 'Witness']);
  assert.deepEqual(names('EIP712Domain'), ['name:string', 'chainId:uint256', 'verifyingContract:address']);
  assert.deepEqual(names('PermitWitnessTransferFrom'), ['permitted:TokenPermissions', 'spender:address', 'nonce:uint256', 'deadline:uint256', 'witness:Witness']);
  assert.deepEqual(names('TokenPermissions'), ['token:address', 'amount:uint256']);
  assert.deepEqual(names('Witness'), ['to:address', 'facilitator:address', 'validAfter:uint256']);
  const m = typed.message;
  assert.deepEqual(Object.keys(m), ['permitted', 'spender', 'nonce', 'deadline', 'witness']);
  assert.deepEqual(m.permitted, { token: TOKEN, amount: '500' }, 'the ceiling');
  assert.equal(m.spender, UPTO_PROXY);
  assert.match(m.nonce, /^(0|[1-9][0-9]*)$/);
  assert.ok(BigInt(m.nonce) < 2n ** 256n);
  assert.equal(m.deadline, String(1_700_000_001 + 300), 'signed after one 1.5 s wait for the receipt, valid for maxTimeoutSeconds');
  assert.deepEqual(m.witness, { to: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', facilitator: FACILITATOR, validAfter: '0' });

  const sent = JSON.parse(Buffer.from(page.sent[0], 'base64').toString());
  assert.deepEqual(Object.keys(sent), ['x402Version', 'resource', 'accepted', 'payload']);
  assert.equal(sent.x402Version, 2);
  assert.deepEqual([sent.accepted.scheme, sent.accepted.amount, sent.accepted.extra], ['upto', '500', UPTO_EXTRA], 'the requirement as offered');
  assert.deepEqual(sent.payload, { signature: `0x${'11'.repeat(65)}`, permit2Authorization: { from: PAYER, ...m } });
  assert.ok(!page.said(/Nothing was charged/i));
});

test('page script, upto: an allowance of the ceiling goes straight to signing; X402_UPTO_PROXY is the spender; a charge of nothing says so, with no transaction; exact pages ignore the amount', async (t) => {
  const nothing = { success: true, transaction: '', network: 'eip155:196', payer: PAYER, amount: '0' };
  const page = await runPage(t, [{ status: 200, body: { ok: true }, settled: nothing }], {
    upto: { amount: '50000', extra: { name: 'Global Dollar', version: '1', ...UPTO_EXTRA }, asset: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8' },
    env: { X402_UPTO_PROXY: OKX_UPTO_PROXY },
    allowance: 50_000n,
  });
  await page.click();
  assert.equal(page.state(), 'paid', page.status());
  assert.equal(page.status(), 'Charged nothing of up to 0.05 USDG.');
  assert.deepEqual(page.wallet.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call', 'eth_signTypedData_v4']);
  assert.equal(page.typed[0].message.spender, OKX_UPTO_PROXY);
  assert.deepEqual(page.typed[0].message.permitted, { token: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8', amount: '50000' });

  const unread = await runPage(t, [{ status: 200, body: { ok: true }, settled: { success: true, transaction: '0x01' } }], { upto: { amount: '500', extra: UPTO_EXTRA }, allowance: MAX });
  await unread.click();
  assert.equal(unread.status(), 'Paid up to 500 PLD. Transaction: 0x01', 'no amount in PAYMENT-RESPONSE: the ceiling named as the most paid');

  const exact = await runPage(t, [{ status: 200, body: { ok: true }, settled: { success: true, transaction: '0x02', amount: '1' } }], { permit2: true, allowance: MAX });
  await exact.click();
  assert.equal(exact.status(), 'Paid 10000 PLD. Transaction: 0x02');
  assert.deepEqual(exact.typed[0].message.witness, { to: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8', validAfter: '0' });
  assert.equal(exact.typed[0].message.spender, '0x402085c248EeA27D92E8b30b2C58ed07f9E20001');
  assert.deepEqual(exact.typed[0].types.Witness.map((f) => f.name), ['to', 'validAfter']);
  const eip3009 = await runPage(t, [{ status: 200, body: { ok: true }, settled: { success: true, transaction: '0x03', amount: '1' } }]);
  await eip3009.click();
  assert.equal(eip3009.status(), 'Paid 0.01 USDG. Transaction: 0x03');
});
