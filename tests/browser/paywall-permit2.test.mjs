// The paywall for people, selling through Permit2 (X402_ASSET_TRANSFER_METHOD=permit2): Debian's
// headless Chromium (playwright-core) opens the paid endpoint, the injected EIP-1193 wallet (a
// viem account) signs, and the page pays; direct settlement on anvil with our Permit2 and the
// x402 exact proxy at their usual addresses, a PlainToken (18 decimals, no EIP-3009), in BOTH
// InsForge contracts.
//   - the page asks the wallet for Permit2's PermitWitnessTransferFrom (not an EIP-3009
//     authorization) and the money moves once;
//   - a buyer who has not approved Permit2 is told so (412 permit2_allowance_required, nothing
//     charged); once approved, "Try again" presents the same signed payment: one signature,
//     charged once.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getAddress } from 'viem';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { PERMIT2_ADDRESS, X402_EXACT_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { newPayer } from '../support/payments.mjs';
import { installWallet, launchBrowser, screenshot } from '../support/browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = 10n ** 16n; // 0.01 PLD
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');

/** The page once it has finished (any state but ready/working/pending). */
async function outcome(page) {
  await page.waitForFunction(() => !['ready', 'working', 'pending'].includes(document.body.dataset.state), null, { timeout: 90_000 });
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    status: document.getElementById('status').textContent,
    result: document.getElementById('result').hidden ? null : document.getElementById('result').textContent,
    button: document.getElementById('pay').hidden ? null : document.getElementById('pay').textContent,
  }));
}

let pg;
let browser;
let chain;
let plain;
before(async () => {
  browser = await launchBrowser();
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  await chain.placePermit2();
  await chain.placeExactProxy();
  plain = await chain.deployPlainToken({ name: 'Plain Dollar', symbol: 'PLD', decimals: 18 });
});
after(async () => {
  await browser?.close();
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (who) => chain.publicClient.readContract({ address: plain.address, abi: plain.abi, functionName: 'balanceOf', args: [who] });

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`paywall page selling through Permit2, direct settlement on anvil, ${contract} contract`, () => {
    let stack;
    let payTo;
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;
    const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [payer.toLowerCase()])).rows;

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_page_permit2_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_ASSET: plain.address,
          X402_ASSET_TRANSFER_METHOD: 'permit2',
          X402_ASSET_SYMBOL: 'PLD',
          X402_ASSET_DECIMALS: '18',
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: chain.accounts[1 + index].privateKey,
          RPC_URL: chain.rpcUrl,
        },
      });
      await stack.deploy('x402-paywall', dist('x402-paywall'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('the page has the wallet sign a Permit2 permit for the exact proxy, and the money moves once', async () => {
      const payer = newPayer();
      await chain.mint(plain, payer.address, PRICE * 3n);
      await chain.approvePermit2(plain, payer.address);
      const page = await browser.newPage();
      try {
        const wallet = await installWallet(page, { payer, chainId: 196, knownChains: [196] });
        await page.goto(url());
        assert.equal(await page.textContent('#price'), '0.01 PLD');
        await page.click('#pay');
        const end = await outcome(page);
        await screenshot(page, `permit2-paid-${contract}`);
        assert.equal(end.state, 'paid', end.status);
        const signs = (await wallet.calls()).filter((c) => c.method === 'eth_signTypedData_v4');
        assert.equal(signs.length, 1);
        const typed = JSON.parse(signs[0].params[1]);
        assert.deepEqual([typed.primaryType, typed.domain], ['PermitWitnessTransferFrom', { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS }]);
        assert.deepEqual(typed.types.EIP712Domain.map((f) => f.name), ['name', 'chainId', 'verifyingContract'], "Permit2's domain has no version");
        assert.equal(getAddress(typed.message.spender), X402_EXACT_PROXY_ADDRESS);
        assert.deepEqual([getAddress(typed.message.permitted.token), typed.message.permitted.amount, getAddress(typed.message.witness.to)], [plain.address, String(PRICE), getAddress(payTo)]);
        assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [PRICE * 2n, PRICE]);
        const [row] = await rowsOf(payer.address);
        assert.deepEqual([row.status, row.settler, row.amount], ['settled', 'direct', String(PRICE)]);
        assert.ok(end.status.includes(row.tx_hash), end.status);
        assert.equal(JSON.parse(end.result).message, 'Thanks for paying!');
      } finally {
        await page.close();
      }
    });

    test('Permit2 not approved: the page says so and that nothing was charged; approved, "Try again" presents the same payment: one signature, charged once', async () => {
      const payer = newPayer();
      await chain.mint(plain, payer.address, PRICE);
      const page = await browser.newPage();
      try {
        const wallet = await installWallet(page, { payer, chainId: 196, knownChains: [196] });
        await page.goto(url());
        await page.click('#pay');
        const refused = await outcome(page);
        await screenshot(page, `permit2-not-approved-${contract}`);
        assert.equal(refused.state, 'refused', refused.status);
        assert.match(refused.status, /permit2_allowance_required/);
        assert.match(refused.status, /approve\(0x000000000022D473030F116dDEE9F6B43aC78BA3/);
        assert.match(refused.status, /nothing was charged/i);
        assert.equal(refused.button, 'Try again');
        assert.equal(await balanceOf(payer.address), PRICE);
        assert.deepEqual(await rowsOf(payer.address), []);
        await chain.approvePermit2(plain, payer.address);
        await page.click('#pay');
        const end = await outcome(page);
        assert.equal(end.state, 'paid', end.status);
        assert.equal((await wallet.calls()).filter((c) => c.method === 'eth_signTypedData_v4').length, 1, 'one signature');
        assert.deepEqual([await balanceOf(payer.address), (await rowsOf(payer.address)).map((r) => r.status)], [0n, ['settled']]);
      } finally {
        await page.close();
      }
    });
  });
}
