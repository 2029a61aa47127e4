// `npm start` out of the box: scripts/start.mjs in demo mode (a child process, as a user runs
// it, with its own state directory holding one secret of the user's), then headless Chromium on
// the printed demo page: sign in through the stand-in identity provider and oidc-bridge, todos
// with row-level security through the real @insforge/sdk (a second demo user does not see the
// first one's), a paid call through the x402-paywall page with the demo wallet (mock mode), and
// sign in with a wallet (an injected EIP-1193 wallet with a fixed test key, signing in Node)
// through wallet-bridge, each wallet seeing its own todos only.
// Also on the same running project: the viem client of docs/x402.md as written, a handler bundled by
// `insforge-edge paywall` loaded with --functions, and the bridge's method-first 405.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { getAddress, keccak256, stringToHex } from 'viem';
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { createSiweMessage, parseSiweMessage } from 'viem/siwe';
import { DEMO_SIWE_STATEMENT } from '../../demo/server.mjs';
import { installWallet, launchBrowser, screenshot } from '../support/browser.mjs';
import { decodeHeader } from '../support/payments.mjs';
import { freePort, spawnStart } from '../support/start.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const execFileP = promisify(execFile);
const USER_PRICE = '20000'; // set in the user's secrets.json: it must win over the demo's 10000
/** Fixed test keys for the injected wallets (made up for these tests; they hold nothing). */
const WALLET_KEYS = { first: keccak256(stringToHex('insforge-edge demo test wallet, first')), second: keccak256(stringToHex('insforge-edge demo test wallet, second')) };

let start;
let ready;
let db;
let browser;
let stateDir;
let buildDir;

before(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'insforge-demo-state-'));
  writeFileSync(join(stateDir, 'secrets.json'), JSON.stringify({ X402_PRICE: USER_PRICE }));
  buildDir = mkdtempSync(join(tmpdir(), 'insforge-demo-build-'));
  await execFileP(process.execPath, [join(ROOT, 'cli/insforge-edge.mjs'), 'paywall', join(ROOT, 'functions/examples/paid-quote.js'), '--slug', 'paid-quote', '--out', join(buildDir, 'paid-quote.js')], { cwd: ROOT });
  start = spawnStart(['--port', String(await freePort()), '--functions', buildDir], { stateDir });
  [ready, browser] = await Promise.all([start.ready, launchBrowser()]);
  db = new pg.Pool({ connectionString: ready.databaseUrl, max: 2 });
});
after(async () => {
  await db?.end();
  await browser?.close();
  await start?.stop();
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(buildDir, { recursive: true, force: true });
});

describe('npm start, demo mode', () => {
  test('the startup output shows progress, the demo page, and which secrets are demo ones', () => {
    const out = start.output();
    const migrations = readdirSync(join(ROOT, 'migrations')).filter((f) => f.endsWith('.sql')).length;
    const functions = readdirSync(join(ROOT, 'functions/dist')).filter((f) => f.endsWith('.js')).length;
    for (const phase of ['starting PostgreSQL', `applying ${migrations} migrations`, 'starting the self-hosted functions runtime', `deploying ${functions} functions`, 'deploying 1 function from']) {
      assert.match(out, new RegExp(`\\[\\d+\\.\\ds\\] ${phase}`), phase);
    }
    assert.equal(ready.demoUrl, `${ready.baseUrl}/demo/`);
    const demoBlock = out.slice(out.indexOf('Demo secrets'), out.indexOf('No demo'));
    const host = new URL(ready.baseUrl).host;
    for (const name of ['PAYMENT_RECIPIENT', 'MOCK_OKX_FACILITATOR=true', 'OIDC_ISSUER', 'OIDC_AUDIENCE', `SIWE_DOMAIN=${host},localhost:${new URL(ready.baseUrl).port}`, `SIWE_STATEMENT=${DEMO_SIWE_STATEMENT}`]) assert.ok(demoBlock.includes(name), name);
    assert.doesNotMatch(out, /Demo wallet sign-in off/);
    assert.ok(!demoBlock.includes('X402_PRICE'), 'the user set X402_PRICE: it is not a demo secret');
    assert.match(out, /migrations applied/);
    assert.match(out, /Functions .*paid-quote/);
    const saved = JSON.parse(readFileSync(join(stateDir, 'secrets.json'), 'utf8'));
    assert.ok(!('PAYMENT_RECIPIENT' in saved) && !('OIDC_ISSUER' in saved), 'demo secrets are never written to secrets.json');
    assert.equal(saved.X402_PRICE, USER_PRICE);
  });

  test('a bridge answers a GET with 405 before looking at its configuration', async () => {
    for (const slug of ['workos-bridge', 'oidc-bridge']) {
      const r = await fetch(`${ready.baseUrl}/functions/${slug}`);
      assert.deepEqual([r.status, (await r.json()).error], [405, 'method_not_allowed'], slug);
    }
    // workos-bridge has no WORKOS_CLIENT_ID here: POST is the configuration error.
    const post = await fetch(`${ready.baseUrl}/functions/workos-bridge`, { method: 'POST' });
    assert.deepEqual([post.status, (await post.json()).error], [500, 'missing_secret']);
  });

  test('the demo page: sign in, todos with RLS (a second user does not see them), pay with the demo wallet', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(ready.demoUrl);
      assert.equal(await page.isDisabled('#todo-add'), true, 'todos need a signed-in user');
      assert.equal(await page.isVisible('#demo-wallet'), true);
      assert.match(await page.textContent('#step-pay'), /EIP-1193/);

      const signInAs = async (who) => {
        await page.click('#signin');
        await page.waitForURL(/\/demo\/idp\/authorize\?/);
        await page.click(`#as-${who}`);
        await page.waitForSelector(`body[data-user="${who}@example.com"][data-todos]`, { timeout: 60_000 });
      };
      await signInAs('alice');
      assert.match(await page.textContent('#signin-status'), /Signed in as alice@example\.com \(sub demo-user-alice\)/);
      assert.deepEqual([await page.isVisible('#signin'), await page.isVisible('#signout')], [false, true]);
      assert.equal(await page.getAttribute('body', 'data-todos'), '0');
      await page.fill('#todo-title', 'water the plants (alice)');
      await page.click('#todo-add');
      await page.waitForSelector('body[data-todos="1"]', { timeout: 30_000 });
      assert.deepEqual(await page.$$eval('#todos li', (li) => li.map((l) => l.textContent)), ['water the plants (alice)']);
      await screenshot(page, 'demo-alice');

      await page.click('#signout');
      await signInAs('bob');
      assert.equal(await page.getAttribute('body', 'data-todos'), '0', "bob does not see alice's todo");
      await page.fill('#todo-title', 'feed the cat (bob)');
      await page.click('#todo-add');
      await page.waitForSelector('body[data-todos="1"]', { timeout: 30_000 });
      assert.deepEqual(await page.$$eval('#todos li', (li) => li.map((l) => l.textContent)), ['feed the cat (bob)']);
      const rows = (await db.query('select user_id, title from todos order by id')).rows;
      assert.deepEqual(rows, [
        { user_id: 'demo-user-alice', title: 'water the plants (alice)' },
        { user_id: 'demo-user-bob', title: 'feed the cat (bob)' },
      ]);

      const [popup] = await Promise.all([browser.context.waitForEvent('page'), page.click('#demo-wallet')]);
      await popup.waitForSelector('#pay');
      assert.equal(await popup.textContent('#price'), '0.02 USDG', "the user's X402_PRICE");
      await popup.waitForFunction(() => window.ethereum && window.ethereum.isDemoWallet === true);
      await popup.click('#pay');
      await popup.waitForFunction(() => !['ready', 'working'].includes(document.body.dataset.state), null, { timeout: 90_000 });
      const state = await popup.evaluate(() => ({ state: document.body.dataset.state, status: document.getElementById('status').textContent, result: document.getElementById('result').textContent }));
      await screenshot(popup, 'demo-paywall-paid');
      assert.equal(state.state, 'paid', state.status);
      const paid = JSON.parse(state.result);
      assert.equal(paid.ok, true);
      await page.waitForSelector('body[data-paid="paid"]');
      assert.deepEqual(JSON.parse(await page.textContent('#pay-result')), paid, 'the demo page shows the paid result too');
      await screenshot(page, 'demo-page-paid');
      const [row, ...more] = (await db.query("select * from x402_payments where endpoint = '/functions/x402-paywall'")).rows;
      assert.equal(more.length, 0);
      assert.deepEqual([row.status, row.amount, row.payer_address], ['settled', USER_PRICE, paid.payer.toLowerCase()]);
      assert.match(row.tx_hash, /^mock:0x[0-9a-f]{64}$/);
    } finally {
      await page.close();
    }
  });

  test('the demo page: sign in with a wallet (injected EIP-1193, fixed test key) through wallet-bridge; its todos appear, another wallet does not see them', async () => {
    const host = new URL(ready.baseUrl).host;
    /** A page with its own injected wallet; the wallet answers its account in lowercase, as extension wallets do. */
    const walletPage = async (key, opts = {}) => {
      const account = privateKeyToAccount(key);
      const page = await browser.newPage();
      const wallet = await installWallet(page, { payer: { account, address: account.address.toLowerCase() }, ...opts });
      await page.goto(ready.demoUrl);
      await page.waitForSelector('body[data-ready="true"]');
      return { page, wallet, address: getAddress(account.address) };
    };
    const signInWithWallet = async ({ page, address }) => {
      assert.equal(await page.isEnabled('#wallet-signin'), true);
      await page.click('#wallet-signin');
      await page.waitForSelector(`body[data-user="${address}"][data-via="wallet"][data-todos]`, { timeout: 60_000 });
    };
    const shown = (page) => page.$$eval('#todos li', (li) => li.map((l) => l.textContent));

    const first = await walletPage(WALLET_KEYS.first);
    const second = await walletPage(WALLET_KEYS.second);
    try {
      assert.equal(await first.page.textContent('#wallet-note'), '', 'a wallet is there, the page host is in SIWE_DOMAIN');
      await signInWithWallet(first);
      assert.match(await first.page.textContent('#signin-status'), new RegExp(`Signed in with the wallet ${first.address}\.\nInsForge token from wallet-bridge`));
      assert.deepEqual([await first.page.isVisible('#wallet-signin'), await first.page.isVisible('#signout')], [false, true]);

      // What the wallet was asked: to connect, then to sign this site's EIP-4361 message.
      const calls = await first.wallet.calls();
      assert.deepEqual(calls.map((c) => c.method), ['eth_requestAccounts', 'personal_sign']);
      const [hex, from] = calls[1].params;
      assert.equal(from, first.address);
      const text = Buffer.from(hex.slice(2), 'hex').toString('utf8');
      const m = parseSiweMessage(text);
      assert.deepEqual([m.domain, m.address, m.statement, m.uri, m.chainId, m.version], [host, first.address, DEMO_SIWE_STATEMENT, ready.baseUrl, 1, '1']);
      assert.ok(m.expirationTime > m.issuedAt);
      assert.equal(createSiweMessage(m), text, 'the text is what viem writes for its fields');

      assert.equal(await first.page.getAttribute('body', 'data-todos'), '0');
      await first.page.fill('#todo-title', 'sign the lease (first wallet)');
      await first.page.click('#todo-add');
      await first.page.waitForSelector('body[data-todos="1"]', { timeout: 30_000 });
      assert.deepEqual(await shown(first.page), ['sign the lease (first wallet)']);
      assert.match(await first.page.textContent('#todo-status'), /user_id = the wallet's checksummed address/);
      await screenshot(first.page, 'demo-wallet-first');

      await signInWithWallet(second);
      assert.equal(await second.page.getAttribute('body', 'data-todos'), '0', "the second wallet does not see the first one's todo");
      await second.page.fill('#todo-title', 'water the garden (second wallet)');
      await second.page.click('#todo-add');
      await second.page.waitForSelector('body[data-todos="1"]', { timeout: 30_000 });
      assert.deepEqual(await shown(second.page), ['water the garden (second wallet)']);

      const rows = (await db.query('select user_id, title from todos where user_id like $1 order by id', ['0x%'])).rows;
      assert.deepEqual(rows, [
        { user_id: first.address, title: 'sign the lease (first wallet)' },
        { user_id: second.address, title: 'water the garden (second wallet)' },
      ]);
      // The first page reloads its list: still its own row only.
      await first.page.fill('#todo-title', 'and a second one');
      await first.page.click('#todo-add');
      await first.page.waitForSelector('body[data-todos="2"]', { timeout: 30_000 });
      assert.deepEqual(await shown(first.page), ['sign the lease (first wallet)', 'and a second one']);

      await first.page.click('#signout');
      assert.equal(await first.page.textContent('#signin-status'), 'Signed out.');
      assert.equal(await first.page.isVisible('#wallet-signin'), true);
      assert.deepEqual(await shown(first.page), []);
    } finally {
      await first.page.close();
      await second.page.close();
    }

    // A wallet whose user refuses to sign: not signed in, told so.
    const refusing = await walletPage(WALLET_KEYS.first, { rejectSign: true });
    try {
      await refusing.page.click('#wallet-signin');
      await refusing.page.waitForFunction(() => document.getElementById('signin-status').classList.contains('error'), null, { timeout: 30_000 });
      assert.equal(await refusing.page.textContent('#signin-status'), 'You refused in the wallet: not signed in.');
      assert.equal(await refusing.page.getAttribute('body', 'data-user'), null);
    } finally {
      await refusing.page.close();
    }
  });

  test("docs/x402.md's viem client runs as written against the local paywall", async () => {
    const doc = readFileSync(join(ROOT, 'docs/x402.md'), 'utf8');
    const snippet = doc.match(/A client paying with viem[\s\S]*?```js\n([\s\S]*?)```/)[1];
    const dir = join(ROOT, 'tests/.tmp');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'docs-pay.mjs');
    writeFileSync(file, snippet);
    const key = generatePrivateKey();
    const url = `${ready.baseUrl}/functions/x402-paywall`;
    const run = async (env) => (await execFileP(process.execPath, [file], { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 })).stdout;
    const withKey = await run({ URL: url, PAYER_KEY: key });
    assert.match(withKey, /^200 /, withKey);
    const body = JSON.parse(withKey.slice(4));
    assert.deepEqual([body.ok, body.payer.toLowerCase(), body.amount], [true, privateKeyToAccount(key).address.toLowerCase(), USER_PRICE]);
    // Without PAYER_KEY it pays with a throwaway key.
    const throwaway = await run({ URL: url, PAYER_KEY: undefined });
    assert.match(throwaway, /^200 /, throwaway);
  });

  test('a handler bundled by insforge-edge paywall is served when loaded with --functions', async () => {
    const r = await fetch(`${ready.baseUrl}/functions/paid-quote`);
    assert.equal(r.status, 402);
    assert.equal(decodeHeader(r.headers.get('payment-required')).accepts[0].amount, USER_PRICE);
  });
});
