// The paywall for people, end to end: Debian's headless Chromium (playwright-core) opens a paid
// endpoint in the local runtime, an injected EIP-1193 wallet backed by a viem account connects,
// switches network and signs, and the page pays and shows the result. Mock mode in BOTH
// InsForge contracts; direct settlement on anvil (balances move); every error state the buyer
// can meet; the seller's branding, escaped; OKX settling on anvil with its answer arriving after
// our settle timeout (503, then 409 payment_in_progress): the page presents the SAME payment
// again until it is served, charged once, one signature. Screenshots: tests/.tmp/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { decodeHeader, newPayer, USDG } from '../support/payments.mjs';
import { startOkx } from '../support/okx.mjs';
import { installWallet, launchBrowser, screenshot } from '../support/browser.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = 10_000n; // 0.01 USDG
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

// The paid content carries markup: the page must show it as text, never run it.
const HANDLER = `
module.exports = async function (req, payment) {
  return new Response(JSON.stringify({ content: 'paid content <img src=x onerror="window.__pwned=1">', payer: payment.payer, mock: payment.mock }), { headers: { 'Content-Type': 'application/json' } });
};`;
function handlerFile(source) {
  const file = join(mkdtempSync(join(tmpdir(), 'paid-handler-')), 'handler.js');
  writeFileSync(file, source);
  return file;
}

/** The page once it has finished (any state but ready/working/pending). */
async function outcome(page) {
  await page.waitForFunction(() => !['ready', 'working', 'pending'].includes(document.body.dataset.state), null, { timeout: 90_000 });
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    status: document.getElementById('status').textContent,
    result: document.getElementById('result').hidden ? null : document.getElementById('result').textContent,
    images: document.querySelectorAll('img').length,
    pwned: window.__pwned ?? null,
  }));
}

let pg;
let browser;
before(async () => {
  browser = await launchBrowser();
  pg = await startPostgres();
});
after(async () => {
  await browser?.close();
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`paywall page in mock mode, ${contract} contract`, () => {
    let stack;
    let payTo;
    const url = (slug) => `${stack.baseUrl}/functions/${slug}`;
    const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [payer.toLowerCase()])).rows;

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_page_${contract.replace('-', '_')}`),
        secrets: { PAYMENT_RECIPIENT: payTo, X402_PRICE: String(PRICE), MOCK_OKX_FACILITATOR: 'true' },
      });
      await stack.deploy('x402-paywall', dist('x402-paywall'));
      await stack.deploy('paid-page', paywallBundle(handlerFile(HANDLER), 'paid-page'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('a browser navigation gets the HTML page (402, PAYMENT-REQUIRED kept); API clients keep the 402 JSON', async (t) => {
      const page = await readReply(await fetch(url('x402-paywall'), { headers: { Accept: BROWSER_ACCEPT } }));
      assert.equal(page.status, 402);
      assert.match(page.headers.get('content-type'), /^text\/html; charset=utf-8$/);
      assert.match(page.text, /^<!doctype html>/);
      assert.match(page.headers.get('vary'), /(^|,\s*)Accept(\s*,|$)/);
      assert.match(page.headers.get('content-security-policy'), /default-src 'none'; script-src 'nonce-[A-Za-z0-9+/=]+'/);
      assert.match(page.headers.get('access-control-expose-headers'), /PAYMENT-REQUIRED/);
      const offered = decodeHeader(page.headers.get('payment-required'));
      assert.deepEqual([offered.x402Version, offered.accepts[0].amount, offered.accepts[0].payTo.toLowerCase()], [2, String(PRICE), payTo.toLowerCase()]);
      t.diagnostic(`page: ${Buffer.byteLength(page.text)} bytes`);

      for (const accept of ['application/json', '*/*', null, 'application/json, text/html;q=0.5', 'text/*']) {
        const r = await readReply(await fetch(url('x402-paywall'), { headers: accept ? { Accept: accept } : {} }));
        assert.equal(r.status, 402, `Accept: ${accept}`);
        assert.match(r.headers.get('content-type'), /^application\/json/, `Accept: ${accept}`);
        assert.equal(r.json.x402Version, 1, `Accept: ${accept}`);
        assert.deepEqual(decodeHeader(r.headers.get('payment-required')), offered, `Accept: ${accept}`);
      }
      // A payment that fails verification is answered in JSON even to a browser: the page only
      // greets buyers who have not paid yet.
      const bad = await readReply(await fetch(url('x402-paywall'), { headers: { Accept: BROWSER_ACCEPT, 'PAYMENT-SIGNATURE': 'e30=' } }));
      assert.equal(bad.status, 402);
      assert.match(bad.headers.get('content-type'), /^application\/json/);
    });

    test('a buyer pays from the page: connect, add + switch to X Layer, sign, paid result shown as text, ledger row settled', async () => {
      const payer = newPayer();
      const page = await browser.newPage();
      try {
        // The wallet is on Ethereum and has never seen X Layer: switch → 4902 → add → switch.
        const wallet = await installWallet(page, { payer, chainId: 1, knownChains: [1] });
        const nav = await page.goto(url('paid-page'));
        assert.equal(nav.status(), 402);
        assert.ok(await nav.headerValue('payment-required'));
        assert.equal(await page.textContent('#price'), '0.01 USDG');
        assert.equal(await page.textContent('#network'), 'on X Layer');
        await screenshot(page, `${contract}-page`);
        await page.click('#pay');
        const end = await outcome(page);
        await screenshot(page, `${contract}-paid`);
        assert.equal(end.state, 'paid', end.status);
        const shown = JSON.parse(end.result);
        assert.equal(shown.content, 'paid content <img src=x onerror="window.__pwned=1">');
        assert.deepEqual([shown.payer.toLowerCase(), shown.mock], [payer.address.toLowerCase(), true]);
        assert.deepEqual([end.images, end.pwned], [0, null], 'the paid body is shown as text, never parsed as HTML');

        const [row, ...more] = await rowsOf(payer.address);
        assert.equal(more.length, 0);
        assert.deepEqual([row.status, row.amount, row.endpoint], ['settled', String(PRICE), '/functions/paid-page']);
        assert.match(row.tx_hash, /^mock:0x[0-9a-f]{64}$/);
        assert.ok(end.status.includes(row.tx_hash), end.status);

        const calls = await wallet.calls();
        assert.deepEqual(
          calls.map((c) => c.method),
          ['eth_requestAccounts', 'eth_chainId', 'wallet_switchEthereumChain', 'wallet_addEthereumChain', 'wallet_switchEthereumChain', 'eth_chainId', 'eth_signTypedData_v4'],
        );
        const added = calls.find((c) => c.method === 'wallet_addEthereumChain').params[0];
        assert.deepEqual([added.chainId, added.chainName, added.nativeCurrency.symbol, added.rpcUrls], ['0xc4', 'X Layer', 'OKB', ['https://rpc.xlayer.tech']]);
        const signed = calls.find((c) => c.method === 'eth_signTypedData_v4').params;
        assert.equal(signed[0].toLowerCase(), payer.address.toLowerCase());
        const typed = JSON.parse(signed[1]);
        assert.deepEqual(typed.domain, { name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: USDG });
        const m = typed.message;
        const now = Math.floor(Date.now() / 1000);
        assert.ok(Math.abs(Number(m.validAfter) - (now - 600)) < 120, `validAfter ${m.validAfter}`);
        assert.equal(Number(m.validBefore) - Number(m.validAfter), 600 + 300, 'validBefore = now + maxTimeoutSeconds');
        assert.match(m.nonce, /^0x[0-9a-f]{64}$/);
        assert.equal(m.nonce.toLowerCase(), row.nonce);
      } finally {
        await page.close();
      }
    });

    if (contract !== 'self-hosted') return;

    test('a rejected signature (4001): the page says so, nothing is recorded', async () => {
      const payer = newPayer();
      const page = await browser.newPage();
      try {
        await installWallet(page, { payer, chainId: 196, knownChains: [196], rejectSign: true });
        await page.goto(url('paid-page'));
        await page.click('#pay');
        const end = await outcome(page);
        await screenshot(page, 'rejected-signature');
        assert.equal(end.state, 'rejected', end.status);
        assert.match(end.status, /declined the signature\. Nothing was charged/);
        assert.deepEqual(await rowsOf(payer.address), []);
      } finally {
        await page.close();
      }
    });

    test('a wallet on the wrong network that refuses to switch (4001), or says it switched but did not: the page names the network, nothing is signed', async () => {
      for (const knob of ['refuseSwitch', 'ignoreSwitch']) {
        const payer = newPayer();
        const page = await browser.newPage();
        try {
          const wallet = await installWallet(page, { payer, chainId: 8453, knownChains: [8453, 196], [knob]: true });
          await page.goto(url('paid-page'));
          await page.click('#pay');
          const end = await outcome(page);
          if (knob === 'refuseSwitch') await screenshot(page, 'wrong-network');
          assert.equal(end.state, 'wrong-network', `${knob}: ${end.status}`);
          assert.match(end.status, /switch it to X Layer to pay/i, knob);
          assert.ok(!(await wallet.calls()).some((c) => c.method === 'eth_signTypedData_v4'), knob);
          assert.deepEqual(await rowsOf(payer.address), [], knob);
        } finally {
          await page.close();
        }
      }
    });

    test('no wallet installed: the page says how to get one', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(url('paid-page'));
        const end = await outcome(page);
        await screenshot(page, 'no-wallet');
        assert.equal(end.state, 'no-wallet', end.status);
        assert.match(end.status, /No wallet found\. Install a browser wallet such as OKX Wallet or MetaMask/);
        await page.click('#pay');
        assert.equal(await page.evaluate(() => document.body.dataset.state), 'no-wallet');
      } finally {
        await page.close();
      }
    });

    test("the seller's branding (secrets, no rebuild) is shown as text: nothing it holds runs", async () => {
      const branding = {
        X402_PAGE_TITLE: 'Weather <script>window.__pwned=1</script>',
        X402_PAGE_DESCRIPTION: '"><img src=x onerror="window.__pwned=2"> & more',
        // Also in the challenge, hence in the page's JSON data: a </script> must not end it.
        X402_DESCRIPTION: '</script><script>window.__pwned=3</script><!--',
      };
      await stack.setSecrets(branding);
      const page = await browser.newPage();
      try {
        const dialogs = [];
        page.on('dialog', (d) => {
          dialogs.push(d.message());
          d.dismiss();
        });
        const nav = await page.goto(url('paid-page'));
        const html = await nav.text();
        assert.ok(!html.includes('<script>window.__pwned'), 'no seller text reaches the HTML unescaped');
        assert.ok(!html.includes('<img'), 'no seller text reaches the HTML unescaped');
        await page.waitForFunction(() => document.body.dataset.state === 'no-wallet');
        await screenshot(page, 'branded');
        const seen = await page.evaluate(() => ({
          title: document.title,
          h1: document.getElementById('title').textContent,
          description: document.getElementById('description').textContent,
          data: JSON.parse(document.getElementById('x402-data').textContent).challenge.resource.description,
          scripts: document.scripts.length,
          images: document.querySelectorAll('img').length,
          pwned: window.__pwned ?? null,
        }));
        assert.deepEqual(seen, {
          title: branding.X402_PAGE_TITLE,
          h1: branding.X402_PAGE_TITLE,
          description: branding.X402_PAGE_DESCRIPTION,
          data: branding.X402_DESCRIPTION,
          scripts: 2,
          images: 0,
          pwned: null,
        });
        assert.deepEqual(dialogs, []);
      } finally {
        await page.close();
        await stack.setSecrets({ X402_PAGE_TITLE: null, X402_PAGE_DESCRIPTION: null, X402_DESCRIPTION: null });
      }
    });

    test('X402_ASSET_SYMBOL and X402_ASSET_DECIMALS price a custom token (a bad X402_ASSET_DECIMALS is a 500 {error, message, statusCode}); a built-in asset ignores them', async () => {
      const page = async () => readReply(await fetch(url('paid-page'), { headers: { Accept: BROWSER_ACCEPT } }));
      try {
        await stack.setSecrets({ X402_ASSET_SYMBOL: 'USDC', X402_ASSET_DECIMALS: '8' });
        const builtIn = await page();
        assert.equal(builtIn.status, 402);
        assert.match(builtIn.text, /<b id="price">0\.01 USDG<\/b>/, 'USDG is priced as signed: 10000 units, 6 decimals');
        await stack.setSecrets({ X402_ASSET: '0x1111111111111111111111111111111111111111', X402_ASSET_NAME: 'Token', X402_ASSET_VERSION: '1', X402_ASSET_SYMBOL: 'TOK', X402_ASSET_DECIMALS: '4' });
        const good = await page();
        assert.match(good.text, /<b id="price">1\.00 TOK<\/b>/);
        for (const bad of ['x', '-1', '37', '1.5']) {
          await stack.setSecrets({ X402_ASSET_DECIMALS: bad });
          const r = await page();
          assert.equal(r.status, 500, bad);
          assert.deepEqual(r.json, { error: 'invalid_secret', message: 'X402_ASSET_DECIMALS is invalid: must be an integer from 0 to 36', statusCode: 500 });
        }
      } finally {
        await stack.setSecrets({ X402_ASSET: null, X402_ASSET_NAME: null, X402_ASSET_VERSION: null, X402_ASSET_SYMBOL: null, X402_ASSET_DECIMALS: null });
      }
    });
  });
}

describe('paywall page with direct settlement on anvil, self-hosted contract', () => {
  let chain;
  let usdg;
  let stack;
  let payTo;
  const url = () => `${stack.baseUrl}/functions/x402-paywall`;
  const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });

  before(async () => {
    chain = await startChain({ chainId: 196 });
    usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
    payTo = newPayer().address;
    stack = await startStack({
      contract: 'self-hosted',
      databaseUrl: await freshDatabase(pg.url, 'x402_page_direct'),
      secrets: { PAYMENT_RECIPIENT: payTo, X402_PRICE: String(PRICE), X402_SETTLER: 'direct', SETTLER_PRIVATE_KEY: chain.accounts[1].privateKey, RPC_URL: chain.rpcUrl },
    });
    await stack.deploy('x402-paywall', dist('x402-paywall'));
  });
  after(async () => {
    await stack?.stop();
    await chain?.stop();
  });

  test("a buyer pays on chain from the page: the payer's USDG goes down, the seller's up, the page shows the transaction", async () => {
    const payer = newPayer();
    await chain.mint(usdg, payer.address, PRICE * 3n);
    const page = await browser.newPage();
    try {
      await installWallet(page, { payer, chainId: 8453, knownChains: [8453, 196] });
      await page.goto(url());
      await page.click('#pay');
      const end = await outcome(page);
      await screenshot(page, 'anvil-paid');
      assert.equal(end.state, 'paid', end.status);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [PRICE * 2n, PRICE]);
      const [row] = (await stack.query('select * from x402_payments where payer_address = $1', [payer.address.toLowerCase()])).rows;
      assert.deepEqual([row.status, row.settler], ['settled', 'direct']);
      const receipt = await chain.publicClient.getTransactionReceipt({ hash: row.tx_hash });
      assert.equal(receipt.status, 'success');
      assert.ok(end.status.includes(row.tx_hash), end.status);
      assert.equal(JSON.parse(end.result).message, 'Thanks for paying!');
    } finally {
      await page.close();
    }
  });

  test("an insufficient balance: the page shows the server's refusal (insufficient_funds), nothing moves", async () => {
    const payer = newPayer();
    await chain.mint(usdg, payer.address, PRICE - 1n);
    const sellerBefore = await balanceOf(payTo);
    const page = await browser.newPage();
    try {
      await installWallet(page, { payer, chainId: 196, knownChains: [196] });
      await page.goto(url());
      await page.click('#pay');
      const end = await outcome(page);
      await screenshot(page, 'insufficient-balance');
      assert.equal(end.state, 'refused', end.status);
      assert.match(end.status, /does not hold enough USDG on X Layer for this payment\. \(insufficient_funds\)/);
      assert.match(end.status, /Nothing was charged/);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [PRICE - 1n, sellerBefore]);
    } finally {
      await page.close();
    }
  });
});

describe('paywall page with OKX settling on anvil, its answer late, self-hosted contract', () => {
  const SETTLE_TIMEOUT_MS = 1500;
  const LATE_MS = 3000; // the stand-in's settle answer arrives after our request gave up
  let chain;
  let usdg;
  let okx;
  let stack;
  let payTo;
  const url = () => `${stack.baseUrl}/functions/x402-paywall`;
  const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
  const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [payer.toLowerCase()])).rows;
  const transfersFrom = (payer) => chain.publicClient.getContractEvents({ address: usdg.address, abi: usdg.abi, eventName: 'Transfer', args: { from: payer }, fromBlock: 0n });

  /** Everything the page showed, in order ([state, status text]), from before the click on. */
  const watch = (page) =>
    page.evaluate(() => {
      window.__seen = [];
      const note = () => window.__seen.push([document.body.dataset.state, document.getElementById('status').textContent]);
      new MutationObserver(note).observe(document.body, { attributes: true, childList: true, characterData: true, subtree: true });
    });
  const seen = (page) => page.evaluate(() => window.__seen);

  /** A funded buyer whose page is open on the paywall, watched. */
  async function buyer() {
    const payer = newPayer();
    await chain.mint(usdg, payer.address, PRICE);
    const page = await browser.newPage();
    const wallet = await installWallet(page, { payer, chainId: 196, knownChains: [196] });
    await page.goto(url());
    await watch(page);
    return { payer, page, wallet };
  }

  /** What must hold whatever the page met on the way: served, charged once, one signature, never "nothing was charged". */
  async function servedOnce({ payer, page, wallet }, end, shown) {
    assert.equal(end.state, 'paid', end.status);
    assert.equal(JSON.parse(end.result).message, 'Thanks for paying!');
    const signatures = (await wallet.calls()).filter((c) => c.method === 'eth_signTypedData_v4');
    assert.equal(signatures.length, 1, 'one signature: the page never asked for a second one');
    const transfers = await transfersFrom(payer.address);
    assert.equal(transfers.length, 1, 'one Transfer from the buyer');
    assert.deepEqual([transfers[0].args.to.toLowerCase(), transfers[0].args.value], [payTo.toLowerCase(), PRICE]);
    assert.equal(await balanceOf(payer.address), 0n, 'the money moved exactly once');
    const [row, ...more] = await rowsOf(payer.address);
    assert.equal(more.length, 0);
    assert.deepEqual([row.status, row.tx_hash], ['settled', transfers[0].transactionHash]);
    assert.ok(end.status.includes(row.tx_hash), end.status);
    assert.ok(!shown.some(([, text]) => /nothing was charged/i.test(text)), JSON.stringify(shown));
    const waiting = shown.filter(([state]) => state === 'pending');
    assert.ok(waiting.length > 0, 'the buyer was told the payment is being settled');
    assert.match(waiting[0][1], /^Your payment is being settled… checking again in \d+ s; do not pay again\.$/);
  }

  before(async () => {
    chain = await startChain({ chainId: 196 });
    usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
    okx = await startOkx({ chain, token: usdg });
    payTo = newPayer().address;
    stack = await startStack({
      contract: 'self-hosted',
      databaseUrl: await freshDatabase(pg.url, 'x402_page_okx_chain'),
      secrets: {
        PAYMENT_RECIPIENT: payTo,
        X402_PRICE: String(PRICE),
        OKX_API_KEY: okx.apiKey,
        OKX_SECRET_KEY: okx.secretKey,
        OKX_PASSPHRASE: okx.passphrase,
        OKX_BASE_URL: okx.url,
        RPC_URL: chain.rpcUrl,
        X402_SETTLE_TIMEOUT_MS: String(SETTLE_TIMEOUT_MS),
      },
    });
    await stack.deploy('x402-paywall', dist('x402-paywall'));
  });
  after(async () => {
    await stack?.stop();
    await okx?.close();
    await chain?.stop();
  });

  test('the settle lands after our timeout: 503, the page waits Retry-After and presents the SAME payment, served; one Transfer, one signature, never "nothing was charged"', async () => {
    okx.reset();
    okx.answerLate('settle', LATE_MS);
    const b = await buyer();
    try {
      const answers = [];
      b.page.on('response', (r) => {
        if (r.request().headers()['payment-signature']) answers.push([r.status(), r.headers()['retry-after'] ?? null, r.request().headers()['payment-signature']]);
      });
      await b.page.click('#pay');
      await b.page.waitForFunction(() => document.body.dataset.state === 'pending', null, { timeout: 30_000 });
      await screenshot(b.page, 'okx-late-pending');
      const end = await outcome(b.page);
      await screenshot(b.page, 'okx-late-paid');
      await servedOnce(b, end, await seen(b.page));
      assert.deepEqual(answers.map(([status, retryAfter]) => [status, retryAfter]), [[503, '5'], [200, null]]);
      assert.equal(answers[0][2], answers[1][2], 'the same signed payment, presented twice');
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1], 'proven on chain: never sent again, never a second transfer');
    } finally {
      await b.page.close();
    }
  });

  test('the payment is being settled by another request: 409 payment_in_progress, the page waits and presents the SAME payment, served; charged once', async () => {
    // The other presentation holds the claim for 14 s (its settle is carried out late, within
    // its timeout): longer than a duplicate presentation waits for it (12 s), so the page's
    // request is answered 409 payment_in_progress; 5 s later the payment is settled.
    okx.reset();
    okx.delay('settle', 14_000);
    await stack.setSecrets({ X402_SETTLE_TIMEOUT_MS: '20000' });
    const b = await buyer();
    let other = null;
    try {
      // The page's paid request waits until the same payment, presented first by someone else,
      // holds the claim.
      await b.page.route(url(), async (route) => {
        const header = route.request().headers()['payment-signature'];
        if (!header || other) return route.continue();
        other = fetch(url(), { headers: { 'PAYMENT-SIGNATURE': header } }).then(readReply);
        for (let i = 0; i < 200 && !(await rowsOf(b.payer.address)).some((r) => r.claim_token); i++) await new Promise((r) => setTimeout(r, 25));
        return route.continue();
      });
      const answers = [];
      b.page.on('response', (r) => {
        if (r.request().headers()['payment-signature']) answers.push(r.status());
      });
      await b.page.click('#pay');
      const end = await outcome(b.page);
      await screenshot(b.page, 'okx-in-progress-paid');
      assert.equal((await other).status, 200, 'the other presentation was served');
      await servedOnce(b, end, await seen(b.page));
      assert.deepEqual(answers, [409, 200]);
      assert.equal(JSON.parse(end.result).replay, true, 'the page was served the paid result again, no second charge');
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
    } finally {
      okx.reset(); // no more delays
      await stack.setSecrets({ X402_SETTLE_TIMEOUT_MS: String(SETTLE_TIMEOUT_MS) });
      await b.page.close();
    }
  });
});
