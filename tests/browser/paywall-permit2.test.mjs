// The paywall for people paying through Permit2, end to end: headless Chromium opens the paywall
// selling an ERC-20 without EIP-3009 (PlainToken) through Permit2 (X402_ASSET_TRANSFER_METHOD
// permit2), settled directly on anvil through our Permit2 and the x402 exact proxy at their real
// addresses. The injected wallet signs with a viem account and reads and writes the chain as a
// wallet's provider does (eth_call, eth_sendTransaction, eth_getTransactionReceipt to anvil).
// A buyer without an allowance is walked through the one-time approval (mined only when the test
// mines it), then signs and is served; a buyer who approved before goes straight to signing; the
// typed data the wallet is asked to sign is Permit2's PermitWitnessTransferFrom exactly, and
// viem verifies the signature against it; an allowance withdrawn before the payment arrives is
// the server's 412, after which the page offers the approval again and presents the same
// payment. Screenshots: tests/.tmp/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeFunctionData, erc20Abi, maxUint256, parseEther, verifyTypedData } from 'viem';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { PERMIT2_ADDRESS, X402_EXACT_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { decodeHeader, newPayer } from '../support/payments.mjs';
import { installWallet, launchBrowser, screenshot } from '../support/browser.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = 10n ** 16n; // 0.01 PLD (18 decimals)
const MAX_TIMEOUT_SECONDS = 300; // the paywall's default maxTimeoutSeconds
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const lower = (a) => a.toLowerCase();
const word = (a) => lower(a).slice(2).padStart(64, '0');

// Permit2's typed data for the x402 exact proxy, written out here from the structure the proxy
// and Permit2 hash (not taken from the page): what the page must ask the wallet to sign.
const PERMIT2_TYPES = {
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' },
    { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
    { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: [{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};
const DOMAIN_TYPE = [{ name: 'name', type: 'string' }, { name: 'chainId', type: 'uint256' }, { name: 'verifyingContract', type: 'address' }];

/** The page once it has finished or stopped for the buyer (any state but ready/working/pending). */
async function outcome(page) {
  await page.waitForFunction(() => !['ready', 'working', 'pending'].includes(document.body.dataset.state), null, { timeout: 90_000 });
  return page.evaluate(() => ({
    state: document.body.dataset.state,
    status: document.getElementById('status').textContent,
    result: document.getElementById('result').hidden ? null : document.getElementById('result').textContent,
    approval: !document.getElementById('approval').hidden,
    pay: !document.getElementById('pay').hidden,
  }));
}

/** Everything the page showed, in order ([state, status text]), from now on. */
const watch = (page) =>
  page.evaluate(() => {
    window.__seen = [];
    const note = () => window.__seen.push([document.body.dataset.state, document.getElementById('status').textContent]);
    new MutationObserver(note).observe(document.body, { attributes: true, childList: true, characterData: true, subtree: true });
  });
const seen = (page) => page.evaluate(() => window.__seen);

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

describe('paywall page paying through Permit2, direct settlement on anvil, self-hosted contract', () => {
  let chain;
  let token;
  let stack;
  let payTo;
  let offered; // the challenge's requirements: the page signs for the asset and payTo as spelled there
  const url = () => `${stack.baseUrl}/functions/x402-paywall`;
  const read = (functionName, args) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName, args });
  const balanceOf = (who) => read('balanceOf', [who]);
  const allowance = (who) => read('allowance', [who, PERMIT2_ADDRESS]);
  const transfersFrom = (payer) => chain.publicClient.getContractEvents({ address: token.address, abi: token.abi, eventName: 'Transfer', args: { from: payer }, fromBlock: 0n });
  const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [lower(payer)])).rows;

  /** A buyer holding 3× the price and some ETH for gas, approved for `approved` (none: no allowance), whose page is open on the paywall. */
  async function buyer({ approved = null, rejectSend = false } = {}) {
    const payer = newPayer();
    await chain.mint(token, payer.address, PRICE * 3n);
    await chain.testClient.setBalance({ address: payer.address, value: parseEther('1') });
    if (approved !== null) await chain.approvePermit2(token, { privateKey: payer.privateKey }, approved);
    const page = await browser.newPage();
    const wallet = await installWallet(page, { payer, chainId: 196, knownChains: [196], rpcUrl: chain.rpcUrl, rejectSend });
    const paid = []; // the paid requests: [status, PAYMENT-SIGNATURE]
    page.on('response', (r) => {
      const header = r.request().headers()['payment-signature'];
      if (header) paid.push([r.status(), header]);
    });
    const nav = await page.goto(url());
    assert.equal(nav.status(), 402);
    await watch(page);
    return { payer, page, wallet, paid };
  }

  /** Served, the token moved exactly once from the buyer to the seller, one signature, the ledger settled. */
  async function servedOnce({ payer, wallet }, end) {
    assert.equal(end.state, 'paid', end.status);
    assert.equal(JSON.parse(end.result).message, 'Thanks for paying!');
    const transfers = await transfersFrom(payer.address);
    assert.equal(transfers.length, 1, 'one Transfer from the buyer');
    assert.deepEqual([lower(transfers[0].args.to), transfers[0].args.value], [lower(payTo), PRICE]);
    assert.equal(await balanceOf(payer.address), PRICE * 2n);
    const [row, ...more] = await rowsOf(payer.address);
    assert.equal(more.length, 0);
    assert.deepEqual([row.status, row.settler, row.amount, row.tx_hash], ['settled', 'direct', String(PRICE), transfers[0].transactionHash]);
    assert.equal((await chain.publicClient.getTransactionReceipt({ hash: row.tx_hash })).status, 'success');
    assert.ok(end.status.includes(row.tx_hash), end.status);
    const signatures = (await wallet.calls()).filter((c) => c.method === 'eth_signTypedData_v4');
    assert.equal(signatures.length, 1, 'one signature');
    return row;
  }

  /** The wallet's allowance read: allowance(payer, Permit2) on the token, through eth_call. */
  function assertAllowanceRead(call, payer) {
    assert.equal(call.method, 'eth_call');
    assert.deepEqual(call.params, [{ to: offered.asset, data: `0xdd62ed3e${word(payer.address)}${word(PERMIT2_ADDRESS)}` }, 'latest']);
  }

  before(async () => {
    chain = await startChain({ chainId: 196 });
    await chain.placePermit2();
    await chain.placeExactProxy();
    token = await chain.deployPlainToken({ name: 'Plain Dollar', symbol: 'PLD', decimals: 18 });
    payTo = newPayer().address;
    stack = await startStack({
      contract: 'self-hosted',
      databaseUrl: await freshDatabase(pg.url, 'x402_page_permit2'),
      secrets: {
        PAYMENT_RECIPIENT: payTo,
        X402_PRICE: String(PRICE),
        X402_ASSET: token.address,
        X402_ASSET_TRANSFER_METHOD: 'permit2',
        X402_ASSET_SYMBOL: 'PLD',
        X402_ASSET_DECIMALS: '18',
        X402_SETTLER: 'direct',
        SETTLER_PRIVATE_KEY: chain.accounts[1].privateKey,
        RPC_URL: chain.rpcUrl,
      },
    });
    await stack.deploy('x402-paywall', dist('x402-paywall'));
    offered = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
    assert.deepEqual([lower(offered.asset), lower(offered.payTo), offered.amount], [lower(token.address), lower(payTo), String(PRICE)]);
    assert.deepEqual(offered.extra, { assetTransferMethod: 'permit2' }, 'a token outside the table: no name or version');
  });
  after(async () => {
    await stack?.stop();
    await chain?.stop();
  });

  test('a buyer without an allowance is walked through the one-time approval, waits for it to be mined, signs, is served; the token moved once', async () => {
    const b = await buyer();
    const { page, payer, wallet } = b;
    try {
      assert.equal(await page.textContent('#price'), '0.01 PLD');
      assert.equal(await page.isVisible('#approval'), false, 'the approval is not shown before the allowance is known');
      await page.click('#pay');
      const asked = await outcome(page);
      await screenshot(page, 'permit2-approval');
      assert.equal(asked.state, 'approve', asked.status);
      assert.deepEqual([asked.approval, asked.pay], [true, false]);
      assert.equal(asked.status, 'Before your first payment with PLD, your wallet must allow Permit2 to move it: see below.');
      const explained = await page.textContent('#approval');
      assert.match(explained, /One-time approval/);
      assert.match(explained, new RegExp(`through Permit2 \\(${PERMIT2_ADDRESS}\\), a contract that moves tokens only with their owner's signature`));
      assert.match(explained, /one transaction on X Layer, which costs a little gas and pays no one/);
      assert.match(explained, /the allowance has no limit, so later payments need no new approval/);
      assert.match(explained, /Each payment still needs your own signature, for its exact amount and recipient/);
      assert.equal(await page.textContent('#approve'), 'Approve Permit2 for PLD');
      let calls = await wallet.calls();
      assert.deepEqual(calls.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call']);
      assertAllowanceRead(calls[2], payer);

      // The approval waits in the node's pool until the test mines it: the page must wait for
      // its receipt, and ask for no signature before.
      await chain.testClient.setAutomine(false);
      try {
        await page.click('#approve');
        await page.waitForFunction(() => /^Waiting for your approval to be confirmed on X Layer \(transaction 0x[0-9a-f]{64}\)…$/.test(document.getElementById('status').textContent), null, { timeout: 30_000 });
        await screenshot(page, 'permit2-approval-waiting');
        await page.waitForFunction(() => window.__walletCalls.filter((c) => c.method === 'eth_getTransactionReceipt').length >= 2, null, { timeout: 30_000 });
        calls = await wallet.calls();
        assert.ok(!calls.some((c) => c.method === 'eth_signTypedData_v4'), 'no signature before the approval is mined');
        assert.equal(await allowance(payer.address), 0n);
        assert.equal(await page.evaluate(() => document.body.dataset.state), 'working');
      } finally {
        await chain.testClient.setAutomine(true);
      }
      await chain.mine(1);
      const end = await outcome(page);
      await screenshot(page, 'permit2-paid');
      await servedOnce(b, end);
      assert.equal(end.approval, false, 'the approval is put away once mined');

      calls = await wallet.calls();
      const methods = calls.map((c) => c.method);
      const receipts = methods.filter((m) => m === 'eth_getTransactionReceipt').length;
      assert.ok(receipts >= 3, `the receipt was asked for until it came (${receipts} times)`);
      assert.deepEqual(methods, [
        'eth_requestAccounts', 'eth_chainId', 'eth_call',
        'eth_requestAccounts', 'eth_chainId', 'eth_sendTransaction', ...Array(receipts).fill('eth_getTransactionReceipt'),
        'eth_signTypedData_v4',
      ]);
      const [sent] = calls.find((c) => c.method === 'eth_sendTransaction').params;
      const approve = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [PERMIT2_ADDRESS, maxUint256] });
      assert.deepEqual(sent, { from: payer.address, to: offered.asset, data: approve });
      assert.ok(approve.startsWith('0x095ea7b3'));
      const hash = calls.find((c) => c.method === 'eth_getTransactionReceipt').params[0];
      const receipt = await chain.publicClient.getTransactionReceipt({ hash });
      assert.deepEqual([receipt.status, lower(receipt.from), lower(receipt.to)], ['success', lower(payer.address), lower(token.address)]);
      assert.equal(await allowance(payer.address), maxUint256, 'the one-time approval: unlimited, so it is not used up');
      assert.ok(!(await seen(page)).some(([, text]) => /nothing was charged/i.test(text)));
    } finally {
      await page.close();
    }
  });

  test('a buyer who approved Permit2 before goes straight to signing; the typed data is exactly Permit2\'s PermitWitnessTransferFrom for the exact proxy, and viem verifies the signature against it', async () => {
    const b = await buyer({ approved: PRICE });
    const { page, payer, wallet, paid } = b;
    try {
      await page.click('#pay');
      const end = await outcome(page);
      const row = await servedOnce(b, end);
      assert.ok(!(await seen(page)).some(([state]) => state === 'approve'), 'no approval step');
      assert.equal(await page.isVisible('#approval'), false);
      const calls = await wallet.calls();
      assert.deepEqual(calls.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call', 'eth_signTypedData_v4']);
      assertAllowanceRead(calls[2], payer);
      assert.equal(await allowance(payer.address), 0n, 'an allowance of exactly the price is used up by the payment');

      // What the wallet was asked to sign.
      const [signer, json] = calls[3].params;
      assert.equal(signer, payer.address);
      const typed = JSON.parse(json);
      assert.deepEqual(Object.keys(typed).sort(), ['domain', 'message', 'primaryType', 'types']);
      assert.deepEqual(typed.types, { EIP712Domain: DOMAIN_TYPE, ...PERMIT2_TYPES });
      assert.equal(typed.primaryType, 'PermitWitnessTransferFrom');
      assert.deepEqual(typed.domain, { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS });
      const m = typed.message;
      assert.deepEqual(Object.keys(m), ['permitted', 'spender', 'nonce', 'deadline', 'witness']);
      assert.deepEqual(m.permitted, { token: offered.asset, amount: String(PRICE) });
      assert.equal(m.spender, X402_EXACT_PROXY_ADDRESS);
      assert.match(m.nonce, /^(0|[1-9][0-9]*)$/, 'the nonce in decimal');
      assert.ok(BigInt(m.nonce) < 2n ** 256n);
      assert.ok(BigInt(m.nonce) > 2n ** 128n, 'a random 256-bit nonce (a smaller one is 1 in 2^128)');
      assert.match(m.deadline, /^[1-9][0-9]*$/);
      const now = Math.floor(Date.now() / 1000);
      assert.ok(Math.abs(Number(m.deadline) - (now + MAX_TIMEOUT_SECONDS)) < 120, `deadline ${m.deadline} = now + maxTimeoutSeconds`);
      assert.deepEqual(m.witness, { to: offered.payTo, validAfter: '0' });

      // What the page presented: x402 v2 with that permit and its signer.
      assert.equal(paid.length, 1);
      assert.equal(paid[0][0], 200);
      const presented = decodeHeader(paid[0][1]);
      const challenge = decodeHeader((await fetch(url())).headers.get('payment-required'));
      assert.equal(presented.x402Version, 2);
      assert.deepEqual(presented.accepted, challenge.accepts[0]);
      assert.deepEqual(presented.resource, challenge.resource);
      assert.deepEqual(Object.keys(presented.payload), ['signature', 'permit2Authorization']);
      assert.deepEqual(presented.payload.permit2Authorization, { from: payer.address, ...m });
      const { signature } = presented.payload;
      assert.match(signature, /^0x[0-9a-f]{130}$/, '65 bytes');
      assert.equal(row.nonce, `0x${BigInt(m.nonce).toString(16).padStart(64, '0')}`, 'the ledger keeps the permit nonce');

      // The signature verifies against Permit2's structure as written out in this test.
      const message = {
        permitted: { token: token.address, amount: PRICE },
        spender: X402_EXACT_PROXY_ADDRESS,
        nonce: BigInt(m.nonce),
        deadline: BigInt(m.deadline),
        witness: { to: payTo, validAfter: 0n },
      };
      const domain = { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS };
      const check = (d, types = PERMIT2_TYPES) => verifyTypedData({ address: payer.address, domain: d, types, primaryType: 'PermitWitnessTransferFrom', message, signature });
      assert.equal(await check(domain), true);
      assert.equal(await check({ ...domain, version: '1' }), false, 'a domain with a version is another domain');
      assert.equal(await check({ ...domain, chainId: 1 }), false);
      const otherWitness = { ...PERMIT2_TYPES, Witness: [{ name: 'to', type: 'address' }, { name: 'facilitator', type: 'address' }, { name: 'validAfter', type: 'uint256' }] };
      assert.equal(await verifyTypedData({ address: payer.address, domain, types: otherWitness, primaryType: 'PermitWitnessTransferFrom', message: { ...message, witness: { ...message.witness, facilitator: payTo } }, signature }), false, "the upto scheme's witness is another structure");
    } finally {
      await page.close();
    }
  });

  test("an allowance withdrawn before the payment arrives: the server's 412 makes the page offer the approval again, then it presents the same payment; charged once, one signature", async () => {
    const b = await buyer({ approved: maxUint256 });
    const { page, payer, wallet, paid } = b;
    let withdrawn = false;
    try {
      // The page saw an allowance; it is gone by the time its payment reaches the server.
      await page.route(url(), async (route) => {
        if (route.request().headers()['payment-signature'] && !withdrawn) {
          withdrawn = true;
          await chain.approvePermit2(token, { privateKey: payer.privateKey }, 0n);
        }
        return route.continue();
      });
      await page.click('#pay');
      const refused = await outcome(page);
      await screenshot(page, 'permit2-412');
      assert.ok(withdrawn);
      assert.equal(refused.state, 'approve', refused.status);
      assert.deepEqual([refused.approval, refused.pay], [true, false]);
      assert.match(refused.status, /^The server says Permit2 may not move enough of your PLD yet \(permit2_allowance_required\)\. Nothing was charged\. Approve Permit2 below, and the same payment is sent again\.$/);
      assert.deepEqual(paid.map(([status]) => status), [412]);
      assert.deepEqual([await balanceOf(payer.address), (await transfersFrom(payer.address)).length], [PRICE * 3n, 0], 'nothing moved');
      assert.deepEqual(await rowsOf(payer.address), [], 'refused before the ledger was asked');

      await page.click('#approve');
      const end = await outcome(page);
      await servedOnce(b, end);
      assert.deepEqual(paid.map(([status]) => status), [412, 200]);
      assert.equal(paid[0][1], paid[1][1], 'the same signed payment, presented again');
      const methods = (await wallet.calls()).map((c) => c.method);
      assert.equal(methods.filter((m) => m === 'eth_sendTransaction').length, 1);
      assert.equal(await allowance(payer.address), maxUint256);
    } finally {
      await page.close();
    }
  });

  test('a declined approval (4001): the page says so and keeps the approval on offer; nothing is signed or moved', async () => {
    const b = await buyer({ rejectSend: true });
    const { page, payer, wallet } = b;
    try {
      await page.click('#pay');
      assert.equal((await outcome(page)).state, 'approve');
      await page.click('#approve');
      const end = await outcome(page);
      await screenshot(page, 'permit2-approval-declined');
      assert.equal(end.state, 'rejected', end.status);
      assert.equal(end.status, 'You declined the approval. Nothing was charged.');
      assert.deepEqual([end.approval, end.pay, await page.isEnabled('#approve')], [true, false, true]);
      const methods = (await wallet.calls()).map((c) => c.method);
      assert.ok(!methods.includes('eth_signTypedData_v4'));
      assert.deepEqual([await allowance(payer.address), await balanceOf(payer.address), await rowsOf(payer.address)], [0n, PRICE * 3n, []]);
    } finally {
      await page.close();
    }
  });
});
