// The paywall for people buying metered requests (x402 `upto`), end to end: headless Chromium
// opens the REAL paywall bundle (`insforge-edge paywall`) around a metered handler that charges
// from the request (`?units=N`: N × UNIT, at most the ceiling), selling an ERC-20 without EIP-3009
// (PlainToken) through our Permit2 and the x402 upto proxy at their real addresses on anvil,
// settled directly by the settler's key, which is X402_UPTO_FACILITATOR. The injected wallet
// signs with a viem account and reads and writes the chain as a wallet's provider does.
// The buyer sees "up to" the ceiling, approves Permit2 once when needed, signs the upto permit
// for the ceiling, is served, and the page shows what was actually charged, read from
// PAYMENT-RESPONSE; on chain the buyer lost exactly that charge, less than the ceiling. The typed
// data the wallet is asked to sign is Permit2's PermitWitnessTransferFrom with the upto witness,
// and viem verifies the signature against it. Screenshots: tests/.tmp/screenshots/.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeFunctionData, erc20Abi, maxUint256, parseEther, verifyTypedData } from 'viem';
import { uptoPermit2WitnessTypes } from '@x402/evm';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { PERMIT2_ADDRESS, X402_UPTO_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { decodeHeader, newPayer } from '../support/payments.mjs';
import { installWallet, launchBrowser, screenshot } from '../support/browser.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const CEILING = 5n * 10n ** 16n; // 0.05 PLD (18 decimals): X402_PRICE, the most a request may cost
const UNIT = 10n ** 14n; // 0.0001 PLD: what one unit of work costs
const MAX_TIMEOUT_SECONDS = 300; // the paywall's default maxTimeoutSeconds
const SLUG = 'metered';
const lower = (a) => a.toLowerCase();
const word = (a) => lower(a).slice(2).padStart(64, '0');

// The seller's handler: charges `units` × UNIT when the request names units, and says what it did.
const HANDLER = `
module.exports = async function (req, payment) {
  const units = new URL(req.url).searchParams.get('units');
  if (units !== null) payment.charge(String(BigInt(units) * ${UNIT}n));
  return new Response(JSON.stringify({ content: 'metered work', units, scheme: payment.scheme, ceiling: payment.ceiling }), { headers: { 'Content-Type': 'application/json' } });
};`;

// Permit2's typed data with the x402 upto witness, written out here from the structure the upto
// proxy and Permit2 hash (not taken from the page): what the page must ask the wallet to sign.
const UPTO_TYPES = {
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' },
    { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
    { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: [{ name: 'to', type: 'address' }, { name: 'facilitator', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
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

describe('paywall page for metered requests (upto), direct settlement on anvil, self-hosted contract', () => {
  let chain;
  let token;
  let stack;
  let payTo;
  let facilitator; // the settler's account: X402_UPTO_FACILITATOR
  let offered; // the challenge's requirements
  let handlerDir;
  const url = (query = '') => `${stack.baseUrl}/functions/${SLUG}${query}`;
  const read = (functionName, args) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName, args });
  const balanceOf = (who) => read('balanceOf', [who]);
  const allowance = (who) => read('allowance', [who, PERMIT2_ADDRESS]);
  const transfersFrom = (payer) => chain.publicClient.getContractEvents({ address: token.address, abi: token.abi, eventName: 'Transfer', args: { from: payer }, fromBlock: 0n });
  const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [lower(payer)])).rows;
  const facilitatorNonce = () => chain.publicClient.getTransactionCount({ address: facilitator.address });

  /** A buyer holding 3× the ceiling and some ETH for gas, approved for `approved` (none: no allowance), whose page is open on `query`. */
  async function buyer(query, { approved = null } = {}) {
    const payer = newPayer();
    await chain.mint(token, payer.address, CEILING * 3n);
    await chain.testClient.setBalance({ address: payer.address, value: parseEther('1') });
    if (approved !== null) await chain.approvePermit2(token, { privateKey: payer.privateKey }, approved);
    const page = await browser.newPage();
    const wallet = await installWallet(page, { payer, chainId: 196, knownChains: [196], rpcUrl: chain.rpcUrl });
    const paid = []; // the paid requests: {status, header: PAYMENT-SIGNATURE, settled: PAYMENT-RESPONSE decoded}
    page.on('response', (r) => {
      const header = r.request().headers()['payment-signature'];
      const settled = r.headers()['payment-response'];
      if (header) paid.push({ status: r.status(), header, settled: settled ? decodeHeader(settled) : null });
    });
    const nav = await page.goto(url(query));
    assert.equal(nav.status(), 402);
    const before = { payer: await balanceOf(payer.address), payTo: await balanceOf(payTo), nonce: await facilitatorNonce() };
    return { payer, page, wallet, paid, before };
  }

  /**
   * Served, the page saying what was charged; the token moved exactly `charge` once from the
   * buyer to the seller, sent by the facilitator through the upto proxy; one signature, of the
   * ceiling; the ledger row settled with the charge.
   */
  async function chargedOnce({ payer, wallet, paid, before }, end, charge, shown) {
    assert.equal(end.state, 'paid', end.status);
    assert.deepEqual(JSON.parse(end.result), { content: 'metered work', units: String(charge / UNIT), scheme: 'upto', ceiling: String(CEILING) });
    assert.equal(paid.length, 1);
    assert.equal(paid[0].status, 200);
    const { settled } = paid[0];
    assert.deepEqual([settled.success, settled.amount, lower(settled.payer)], [true, String(charge), lower(payer.address)], 'PAYMENT-RESPONSE names the charge');
    assert.equal(end.status, `${shown} Transaction: ${settled.transaction}`);
    const transfers = await transfersFrom(payer.address);
    assert.equal(transfers.length, 1, 'one Transfer from the buyer');
    assert.deepEqual([lower(transfers[0].args.to), transfers[0].args.value, transfers[0].transactionHash], [lower(payTo), charge, settled.transaction]);
    assert.ok(charge < CEILING);
    assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - charge, before.payTo + charge], 'the buyer lost exactly the charge, not the ceiling');
    const receipt = await chain.publicClient.getTransactionReceipt({ hash: settled.transaction });
    assert.deepEqual([receipt.status, lower(receipt.from), lower(receipt.to)], ['success', lower(facilitator.address), lower(X402_UPTO_PROXY_ADDRESS)], 'settled by the facilitator through the upto proxy');
    assert.equal(await facilitatorNonce(), before.nonce + 1, 'one settlement transaction');
    const [row, ...more] = await rowsOf(payer.address);
    assert.equal(more.length, 0);
    assert.deepEqual([row.status, row.settler, row.amount, row.charged, row.tx_hash], ['settled', 'direct', String(CEILING), String(charge), settled.transaction]);
    const signatures = (await wallet.calls()).filter((c) => c.method === 'eth_signTypedData_v4');
    assert.equal(signatures.length, 1, 'one signature');
    assert.equal(JSON.parse(signatures[0].params[1]).message.permitted.amount, String(CEILING), 'the ceiling signed');
    return row;
  }

  function assertAllowanceRead(call, payer) {
    assert.equal(call.method, 'eth_call');
    assert.deepEqual(call.params, [{ to: offered.asset, data: `0xdd62ed3e${word(payer.address)}${word(PERMIT2_ADDRESS)}` }, 'latest']);
  }

  before(async () => {
    chain = await startChain({ chainId: 196 });
    await chain.placePermit2();
    await chain.placeUptoProxy();
    token = await chain.deployPlainToken({ name: 'Plain Dollar', symbol: 'PLD', decimals: 18 });
    payTo = newPayer().address;
    facilitator = chain.accounts[1];
    stack = await startStack({
      contract: 'self-hosted',
      databaseUrl: await freshDatabase(pg.url, 'x402_page_upto'),
      secrets: {
        PAYMENT_RECIPIENT: payTo,
        X402_SCHEME: 'upto',
        X402_PRICE: String(CEILING),
        X402_ASSET: token.address,
        X402_ASSET_SYMBOL: 'PLD',
        X402_ASSET_DECIMALS: '18',
        X402_UPTO_FACILITATOR: facilitator.address,
        X402_SETTLER: 'direct',
        SETTLER_PRIVATE_KEY: facilitator.privateKey,
        RPC_URL: chain.rpcUrl,
      },
    });
    handlerDir = mkdtempSync(join(tmpdir(), 'metered-page-handler-'));
    writeFileSync(join(handlerDir, 'handler.js'), HANDLER);
    await stack.deploy(SLUG, paywallBundle(join(handlerDir, 'handler.js'), SLUG));
    offered = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
    assert.deepEqual([offered.scheme, offered.amount, lower(offered.asset), lower(offered.payTo)], ['upto', String(CEILING), lower(token.address), lower(payTo)]);
    assert.deepEqual(offered.extra, { assetTransferMethod: 'permit2', facilitatorAddress: lower(facilitator.address) }, 'a token outside the table: no name or version');
  });
  after(async () => {
    await stack?.stop();
    await chain?.stop();
    if (handlerDir) rmSync(handlerDir, { recursive: true, force: true });
  });

  test('a buyer without an allowance sees "up to" the ceiling, approves Permit2 once, signs, is served, and is shown the charge; on chain the buyer lost exactly that charge', async () => {
    const charge = 123n * UNIT; // 0.0123 PLD
    const b = await buyer('?units=123');
    const { page, payer, wallet } = b;
    try {
      assert.equal(await page.textContent('#price'), 'up to 0.05 PLD');
      assert.equal(await page.textContent('.fine'), `You sign a payment of up to 0.05 PLD to ${offered.payTo}; your wallet shows it before you sign. The seller charges only what your request costs, at most that, when this page fetches the content; the page then shows what was charged.`);
      await screenshot(page, 'upto-ready');
      await page.click('#pay');
      const asked = await outcome(page);
      assert.equal(asked.state, 'approve', asked.status);
      assert.deepEqual([asked.approval, asked.pay], [true, false]);
      assert.equal(asked.status, 'Before your first payment with PLD, your wallet must allow Permit2 to move it: see below.');
      assert.match(await page.textContent('#approval'), /Each payment still needs your own signature, for the most it may cost and its recipient\./);
      let calls = await wallet.calls();
      assert.deepEqual(calls.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call']);
      assertAllowanceRead(calls[2], payer);

      await page.click('#approve');
      const end = await outcome(page);
      await screenshot(page, 'upto-charged');
      await chargedOnce(b, end, charge, 'Charged 0.0123 PLD of up to 0.05 PLD.');
      assert.equal(end.approval, false, 'the approval is put away once mined');
      calls = await wallet.calls();
      const methods = calls.map((c) => c.method);
      const receipts = methods.filter((m) => m === 'eth_getTransactionReceipt').length;
      assert.deepEqual(methods, [
        'eth_requestAccounts', 'eth_chainId', 'eth_call',
        'eth_requestAccounts', 'eth_chainId', 'eth_sendTransaction', ...Array(receipts).fill('eth_getTransactionReceipt'),
        'eth_signTypedData_v4',
      ]);
      const [sent] = calls.find((c) => c.method === 'eth_sendTransaction').params;
      assert.deepEqual(sent, { from: payer.address, to: offered.asset, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [PERMIT2_ADDRESS, maxUint256] }) });
      assert.equal(await allowance(payer.address), maxUint256, 'the one-time approval: unlimited, so it is not used up');
    } finally {
      await page.close();
    }
  });

  test("a buyer who approved before goes straight to signing; the typed data is Permit2's PermitWitnessTransferFrom with the upto witness, and viem verifies the signature against it", async () => {
    const charge = 40n * UNIT; // 0.004 PLD
    const b = await buyer('?units=40', { approved: CEILING });
    const { page, payer, wallet, paid } = b;
    try {
      await page.click('#pay');
      const end = await outcome(page);
      const row = await chargedOnce(b, end, charge, 'Charged 0.004 PLD of up to 0.05 PLD.');
      const calls = await wallet.calls();
      assert.deepEqual(calls.map((c) => c.method), ['eth_requestAccounts', 'eth_chainId', 'eth_call', 'eth_signTypedData_v4']);
      assertAllowanceRead(calls[2], payer);
      assert.equal(await allowance(payer.address), CEILING - charge, 'an allowance of exactly the ceiling covers it; the charge is what was used');

      // What the wallet was asked to sign.
      const [signer, json] = calls[3].params;
      assert.equal(signer, payer.address);
      const typed = JSON.parse(json);
      assert.deepEqual(Object.keys(typed).sort(), ['domain', 'message', 'primaryType', 'types']);
      assert.deepEqual(typed.types, { EIP712Domain: DOMAIN_TYPE, ...UPTO_TYPES });
      assert.deepEqual(UPTO_TYPES, uptoPermit2WitnessTypes, "as @x402/evm's upto scheme signs it");
      assert.equal(typed.primaryType, 'PermitWitnessTransferFrom');
      assert.deepEqual(typed.domain, { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS });
      const m = typed.message;
      assert.deepEqual(Object.keys(m), ['permitted', 'spender', 'nonce', 'deadline', 'witness']);
      assert.deepEqual(m.permitted, { token: offered.asset, amount: String(CEILING) });
      assert.equal(m.spender, X402_UPTO_PROXY_ADDRESS);
      assert.match(m.nonce, /^(0|[1-9][0-9]*)$/, 'the nonce in decimal');
      assert.ok(BigInt(m.nonce) < 2n ** 256n);
      assert.ok(BigInt(m.nonce) > 2n ** 128n, 'a random 256-bit nonce (a smaller one is 1 in 2^128)');
      const now = Math.floor(Date.now() / 1000);
      assert.ok(Math.abs(Number(m.deadline) - (now + MAX_TIMEOUT_SECONDS)) < 120, `deadline ${m.deadline} = now + maxTimeoutSeconds`);
      assert.deepEqual(m.witness, { to: offered.payTo, facilitator: offered.extra.facilitatorAddress, validAfter: '0' });

      // What the page presented: x402 v2 with that permit and its signer.
      const presented = decodeHeader(paid[0].header);
      const challenge = decodeHeader((await fetch(url('?units=40'))).headers.get('payment-required'));
      assert.equal(presented.x402Version, 2);
      assert.deepEqual(presented.accepted, challenge.accepts[0]);
      assert.deepEqual(presented.resource, challenge.resource);
      assert.deepEqual(Object.keys(presented.payload), ['signature', 'permit2Authorization']);
      assert.deepEqual(presented.payload.permit2Authorization, { from: payer.address, ...m });
      const { signature } = presented.payload;
      assert.match(signature, /^0x[0-9a-f]{130}$/, '65 bytes');
      assert.equal(row.nonce, `0x${BigInt(m.nonce).toString(16).padStart(64, '0')}`, 'the ledger keeps the permit nonce');

      // The signature verifies against the upto structure as written out in this test.
      const message = {
        permitted: { token: token.address, amount: CEILING },
        spender: X402_UPTO_PROXY_ADDRESS,
        nonce: BigInt(m.nonce),
        deadline: BigInt(m.deadline),
        witness: { to: payTo, facilitator: facilitator.address, validAfter: 0n },
      };
      const domain = { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS };
      const check = (d, msg = message, types = UPTO_TYPES) => verifyTypedData({ address: payer.address, domain: d, types, primaryType: 'PermitWitnessTransferFrom', message: msg, signature });
      assert.equal(await check(domain), true);
      assert.equal(await check({ ...domain, version: '1' }), false, 'a domain with a version is another domain');
      assert.equal(await check(domain, { ...message, witness: { ...message.witness, facilitator: payTo } }), false, 'another facilitator');
      assert.equal(await check(domain, { ...message, permitted: { ...message.permitted, amount: charge } }), false, 'the ceiling was signed, not the charge');
      const exactWitness = { ...UPTO_TYPES, Witness: [{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }] };
      assert.equal(await check(domain, { ...message, witness: { to: payTo, validAfter: 0n } }, exactWitness), false, "the exact scheme's witness is another structure");
    } finally {
      await page.close();
    }
  });

  test('a request that costs nothing: served, the page says "Charged nothing", no transaction, nothing moved', async () => {
    const b = await buyer('?units=0', { approved: maxUint256 });
    const { page, payer, paid, before } = b;
    try {
      await page.click('#pay');
      const end = await outcome(page);
      await screenshot(page, 'upto-charged-nothing');
      assert.equal(end.state, 'paid', end.status);
      assert.equal(end.status, 'Charged nothing of up to 0.05 PLD.');
      assert.deepEqual(JSON.parse(end.result), { content: 'metered work', units: '0', scheme: 'upto', ceiling: String(CEILING) });
      assert.equal(paid.length, 1);
      assert.deepEqual([paid[0].status, paid[0].settled.success, paid[0].settled.amount, paid[0].settled.transaction], [200, true, '0', '']);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo), await facilitatorNonce()], [before.payer, before.payTo, before.nonce], 'nothing moved, nothing sent');
      assert.deepEqual((await transfersFrom(payer.address)).length, 0);
      const [row, ...more] = await rowsOf(payer.address);
      assert.equal(more.length, 0);
      assert.deepEqual([row.status, row.charged, row.tx_hash], ['settled', '0', null], 'settled with no transaction');
    } finally {
      await page.close();
    }
  });
});
