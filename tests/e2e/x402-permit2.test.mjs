// End to end with a real chain: x402 `exact` payments made through Permit2
// (extra.assetTransferMethod "permit2"), in BOTH InsForge contracts, with the ledger in
// PostgreSQL. Permit2 and the x402 exact proxy (our test contracts, tests/contracts) sit at
// their usual addresses on anvil; the tokens are a PlainToken (18 decimals, no EIP-3009: a token
// x402 can only take through Permit2) and the USDG double at its X Layer address (an EIP-3009
// token sold through Permit2 all the same).
//   - the seller settles itself (X402_SETTLER=direct): the official client (@x402/fetch with
//     @x402/evm's ExactEvmScheme) pays, the money moves once, the ledger holds the transaction,
//     the same payment again is served from the ledger;
//   - a payer who has not approved Permit2: 412 permit2_allowance_required, nothing charged,
//     and the same payment works once approved;
//   - permits that break one rule each (signed with viem over Permit2's domain): refused with
//     their reason, nothing sent;
//   - smart wallets: a deployed one (EIP-1271, checked by Permit2) pays; one not deployed yet
//     (ERC-6492) cannot have approved Permit2;
//   - a permit whose nonce is gone (invalidated by the payer, or taken by another permit), or
//     that someone else settled first straight on the proxy;
//   - x402-reconcile: a pending Permit2 row proven settled by its receipt, or failed by the
//     payer's invalidation;
//   - the OKX backend: the local OKX stand-in routes the Permit2 payload to the exact proxy's
//     settle on anvil;
//   - the x402-facilitator function's verify and settle for requirements naming Permit2.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wrapFetchWithPayment } from '@x402/fetch';
import { getAddress, hashTypedData, parseAbi, parseEventLogs, toEventSelector, toHex } from 'viem';
import { generatePrivateKey } from 'viem/accounts';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { PERMIT2_ADDRESS, X402_EXACT_PROXY_ADDRESS, X402_UPTO_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { startOkx } from '../support/okx.mjs';
import { b64json, decodeHeader, newPayer, officialV2Client, requirementsFor, signPayment, USDG } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const code = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const PRICE = 10n ** 16n; // 0.01 of an 18-decimals token
const USDG_PRICE = 10_000n; // 0.01 USDG
const NETWORK = 'eip155:196';

// EIP-712 of the x402 exact scheme's Permit2 permit (what @x402/evm signs).
const PERMIT_TYPES = {
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' }, { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }, { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: [{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};
const PERMIT2_ABI = parseAbi([
  'function invalidateUnorderedNonces(uint256 wordPos, uint256 mask)',
  'function nonceBitmap(address owner, uint256 wordPos) view returns (uint256)',
]);

let pg;
let chain;
let permit2;
let proxy;
let plain;
let usdg;
let factory;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  permit2 = await chain.placePermit2();
  proxy = await chain.placeExactProxy();
  plain = await chain.deployPlainToken({ name: 'Plain Dollar', symbol: 'PLD', decimals: 18 });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  factory = await chain.deployWalletFactory();
});
after(async () => {
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (token, who) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'balanceOf', args: [who] });
const nonceKey = (nonce) => toHex(BigInt(nonce), { size: 32 });
const randomNonce = () => BigInt(toHex(randomBytes(32))).toString();
const now = () => Math.floor(Date.now() / 1000);

/** A payer holding `amount` of `token`, with Permit2 approved for all of it unless `approve` is false. */
async function fundedPayer(token, amount, { approve = true } = {}) {
  const payer = newPayer();
  await chain.mint(token, payer.address, amount);
  if (approve) await chain.approvePermit2(token, payer.address);
  return payer;
}

/**
 * A Permit2 payment header for `accepted` (the challenge's accepts[0]) signed with viem over
 * Permit2's domain. `overrides` change what is signed (token, amount, spender, nonce,
 * deadline, to, validAfter); `signer` signs instead of the payer (the payload still names the
 * payer as `from`).
 */
async function permitPayment({ payer, accepted, resource, overrides = {}, signer = payer }) {
  const permit2Authorization = {
    from: payer.address,
    permitted: { token: getAddress(overrides.token ?? accepted.asset), amount: String(overrides.amount ?? accepted.amount) },
    spender: getAddress(overrides.spender ?? X402_EXACT_PROXY_ADDRESS),
    nonce: String(overrides.nonce ?? randomNonce()),
    deadline: String(overrides.deadline ?? now() + accepted.maxTimeoutSeconds),
    witness: { to: getAddress(overrides.to ?? accepted.payTo), validAfter: String(overrides.validAfter ?? 0) },
  };
  const a = permit2Authorization;
  const signature = await signer.account.signTypedData({
    domain: { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS },
    types: PERMIT_TYPES,
    primaryType: 'PermitWitnessTransferFrom',
    message: {
      permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) },
      spender: a.spender,
      nonce: BigInt(a.nonce),
      deadline: BigInt(a.deadline),
      witness: { to: a.witness.to, validAfter: BigInt(a.witness.validAfter) },
    },
  });
  const headerObject = { x402Version: 2, resource: { url: resource }, accepted, payload: { signature, permit2Authorization } };
  return { header: b64json(headerObject), headerObject, permit: permit2Authorization, signature };
}

/** A SmartWallet as a payer for permitPayment: `from` is the wallet, its owner (or `signer`) signs the EIP-712 digest; `wrap`: in ERC-6492's wrapper. */
function walletPayer(w, { wrap = false, signer } = {}) {
  const signTypedData = async (typed) => {
    const hash = hashTypedData(typed);
    const sig = signer ? await signer.account.sign({ hash }) : await w.signHash(hash);
    return wrap ? w.wrap6492(sig) : sig;
  };
  return { address: w.address, account: { signTypedData } };
}

/** Settles a signed permit straight on the exact proxy from anvil account `from` (anyone may). */
async function settleOnProxy({ permit: a, signature }, from = 5) {
  const hash = await chain.walletClient(from).writeContract({
    address: proxy.address,
    abi: proxy.abi,
    functionName: 'settle',
    args: [
      { permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) }, nonce: BigInt(a.nonce), deadline: BigInt(a.deadline) },
      a.from,
      { to: a.witness.to, validAfter: BigInt(a.witness.validAfter) },
      signature,
    ],
  });
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, 'success');
  return hash;
}

/** The token's Transfer and the proxy's Settled in a receipt, decoded. */
function eventsOf(receipt, token) {
  return parseEventLogs({ abi: [...token.abi, ...proxy.abi], logs: receipt.logs }).map((l) => [getAddress(l.address), l.eventName, l.args ?? {}]);
}

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`Permit2 exact payments, ${contract} contract`, () => {
    let stack;
    let payTo;
    const settler = () => chain.accounts[1 + index]; // one gas wallet per stack
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;
    const settlerNonce = () => chain.publicClient.getTransactionCount({ address: settler().address });
    const ledger = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonceKey(nonce)])).rows;
    async function pay(header) {
      return readReply(await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    }
    /** The challenge's v2 accepts[0]. */
    async function challenge() {
      const r = await fetch(url(), { method: 'POST' });
      assert.equal(r.status, 402);
      return decodeHeader(r.headers.get('payment-required')).accepts[0];
    }
    /** The official client pays: @x402/fetch's wrapFetchWithPayment with @x402/evm's exact scheme for eip155:*. */
    async function officialPay(payer, asset) {
      const client = await officialV2Client(payer, { allowedAssets: [{ network: NETWORK, asset }] });
      let header = null;
      const spy = async (input, init) => {
        const req = new Request(input, init);
        header ??= req.headers.get('payment-signature');
        return fetch(req);
      };
      const reply = await readReply(await wrapFetchWithPayment(spy, client)(url(), { method: 'POST' }));
      assert.ok(header, 'the official client sent a payment');
      return { reply, header, decoded: decodeHeader(header) };
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_permit2_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_ASSET: plain.address,
          X402_ASSET_TRANSFER_METHOD: 'permit2',
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: settler().privateKey,
          RPC_URL: chain.rpcUrl,
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
          X402_ERC6492_FACTORIES: factory.address,
        },
      });
      for (const slug of ['x402-paywall', 'x402-reconcile', 'x402-facilitator']) await stack.deploy(slug, code(slug));
    });
    after(async () => {
      await stack?.stop();
    });

    describe('a PlainToken, settled directly', () => {
      test('the challenge names Permit2 and nothing of the token\'s own domain', async () => {
        const accepted = await challenge();
        assert.deepEqual(
          [accepted.scheme, accepted.network, accepted.asset, accepted.amount, accepted.payTo.toLowerCase(), accepted.extra],
          ['exact', NETWORK, plain.address.toLowerCase(), String(PRICE), payTo.toLowerCase(), { assetTransferMethod: 'permit2' }],
        );
      });

      test('the official client pays through Permit2: served once, PAYMENT-RESPONSE, the money moved once, the ledger holds the transaction; the same payment again is served from the ledger', async () => {
        const payer = await fundedPayer(plain, PRICE * 3n);
        const before = [await balanceOf(plain, payer.address), await balanceOf(plain, payTo)];
        const { reply: r, header, decoded } = await officialPay(payer, plain.address);
        assert.equal(r.status, 200, r.text);
        const permit = decoded.payload.permit2Authorization;
        assert.equal(getAddress(permit.spender), X402_EXACT_PROXY_ADDRESS, 'the official client signed for the exact proxy');
        assert.equal(decoded.accepted.extra.assetTransferMethod, 'permit2');
        const settlement = decodeHeader(r.headers.get('payment-response'));
        assert.deepEqual([settlement.success, settlement.network, settlement.payer, settlement.amount], [true, NETWORK, payer.address.toLowerCase(), String(PRICE)]);
        assert.match(settlement.transaction, /^0x[0-9a-f]{64}$/);
        assert.deepEqual([r.json.txHash, r.json.replay, r.json.amount], [settlement.transaction, false, String(PRICE)]);
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: settlement.transaction });
        assert.equal(receipt.status, 'success');
        assert.equal(receipt.from.toLowerCase(), settler().address.toLowerCase(), 'our settler paid the gas');
        assert.equal(getAddress(receipt.to), X402_EXACT_PROXY_ADDRESS, "settled through the exact proxy's settle");
        assert.deepEqual(eventsOf(receipt, plain), [
          [plain.address, 'Transfer', { from: payer.address, to: getAddress(payTo), value: PRICE }],
          [X402_EXACT_PROXY_ADDRESS, 'Settled', {}],
        ]);
        assert.deepEqual([await balanceOf(plain, payer.address), await balanceOf(plain, payTo)], [before[0] - PRICE, before[1] + PRICE]);
        const [row] = await ledger(permit.nonce);
        assert.deepEqual(
          [row.status, row.tx_hash, row.settler, row.amount, row.asset, row.payer_address, row.pay_to],
          ['settled', settlement.transaction, 'direct', String(PRICE), plain.address.toLowerCase(), payer.address.toLowerCase(), payTo.toLowerCase()],
        );
        assert.deepEqual([row.valid_before, row.payment.validAfter], [String(BigInt(permit.deadline) + 1n), '0'], "the permit's deadline is its last second");
        // The same payment again: served from the ledger, nothing broadcast, nothing charged.
        const nonceBefore = await settlerNonce();
        const again = await pay(header);
        assert.deepEqual([again.status, again.json?.txHash, again.json?.replay], [200, settlement.transaction, true], again.text);
        assert.equal(decodeHeader(again.headers.get('payment-response')).transaction, settlement.transaction);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), before[0] - PRICE, 'charged once');
        assert.equal((await stack.query('select count(*)::int as n from x402_payments where payer_address = $1', [payer.address.toLowerCase()])).rows[0].n, 1);
      });

      test('Permit2 not approved: 412 permit2_allowance_required, nothing charged, nothing written; approved, the same payment is served and charged once', async () => {
        const payer = await fundedPayer(plain, PRICE * 2n, { approve: false });
        const nonceBefore = await settlerNonce();
        const { reply: r, header, decoded } = await officialPay(payer, plain.address);
        assert.equal(r.status, 412, r.text);
        // The x402 challenge, with the reason and what to do.
        assert.equal(r.json?.error, 'permit2_allowance_required');
        assert.match(r.json.message, /approve\(0x000000000022D473030F116dDEE9F6B43aC78BA3/);
        assert.match(r.json.message, /nothing was charged/);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), PRICE * 2n, 'nothing charged');
        assert.deepEqual(await ledger(decoded.payload.permit2Authorization.nonce), [], 'no ledger row');
        await chain.approvePermit2(plain, payer.address);
        const paid = await pay(header);
        assert.equal(paid.status, 200, paid.text);
        const tx = decodeHeader(paid.headers.get('payment-response')).transaction;
        assert.deepEqual([await balanceOf(plain, payer.address), await balanceOf(plain, payTo) >= PRICE], [PRICE, true], 'charged once');
        const [row] = await ledger(decoded.payload.permit2Authorization.nonce);
        assert.deepEqual([row.status, row.tx_hash, row.attempts], ['settled', tx, 1]);
        assert.equal(await settlerNonce(), nonceBefore + 1);
      });

      test('the 412 carries the challenge, as the reference x402 server answers permit2_allowance_required', async () => {
        const payer = await fundedPayer(plain, PRICE, { approve: false });
        const accepted = await challenge();
        const r = await pay((await permitPayment({ payer, accepted, resource: url() })).header);
        assert.equal(r.status, 412, r.text);
        const required = r.headers.get('payment-required');
        assert.ok(required, 'a PAYMENT-REQUIRED header');
        const decoded = decodeHeader(required);
        assert.equal(decoded.error, 'permit2_allowance_required');
        assert.deepEqual(decoded.accepts[0].extra, { assetTransferMethod: 'permit2' });
      });

      test('permits that break one rule each are refused with their reason, and nothing moves', async () => {
        const accepted = await challenge();
        const resource = url();
        const stranger = newPayer();
        const cases = [
          ['another spender (the upto proxy)', { spender: X402_UPTO_PROXY_ADDRESS }, 'invalid_permit2_spender'],
          ['witness.to is not payTo', { to: stranger.address }, 'invalid_permit2_recipient_mismatch'],
          ['one unit less than the price', { amount: PRICE - 1n }, 'permit2_amount_mismatch'],
          ['one unit more than the price', { amount: PRICE + 1n }, 'permit2_amount_mismatch'],
          ['another token', { token: usdg.address }, 'permit2_token_mismatch'],
          ['a deadline 3 s ahead', { deadline: now() + 3 }, 'permit2_deadline_expired'],
          ['a deadline passed', { deadline: now() - 60 }, 'permit2_deadline_expired'],
          ['validAfter in the future', { validAfter: now() + 120 }, 'permit2_not_yet_valid'],
          ['signed by someone else', { signer: stranger }, 'invalid_permit2_signature'],
        ];
        const payer = await fundedPayer(plain, PRICE * 2n);
        const nonceBefore = await settlerNonce();
        for (const [what, { signer, ...overrides }, reason] of cases) {
          const p = await permitPayment({ payer, accepted, resource, overrides, signer });
          const r = await pay(p.header);
          assert.deepEqual([r.status, r.json?.error], [402, reason], `${what}: ${r.text}`);
          assert.equal(decodeHeader(r.headers.get('payment-required')).error, reason, `${what}: the challenge names the reason`);
          assert.deepEqual(decodeHeader(r.headers.get('payment-required')).accepts[0].extra, { assetTransferMethod: 'permit2' });
          assert.deepEqual(await ledger(p.permit.nonce), [], `${what}: nothing written`);
        }
        // An EIP-3009 authorization offered to a seller that takes this token through Permit2.
        const eip3009 = await signPayment({
          payer,
          requirements: requirementsFor({ payTo, amount: String(PRICE), asset: plain.address, name: 'Plain Dollar', version: '1', resource }),
        });
        const wrongKind = await pay(eip3009.header);
        assert.deepEqual([wrongKind.status, wrongKind.json?.error], [402, 'invalid_payload'], wrongKind.text);
        assert.match(wrongKind.json.message, /Permit2/);
        // Short of funds, though Permit2 is approved.
        const poor = await fundedPayer(plain, PRICE - 1n);
        const short = await pay((await permitPayment({ payer: poor, accepted, resource })).header);
        assert.deepEqual([short.status, short.json?.error], [402, 'insufficient_funds'], short.text);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.deepEqual([await balanceOf(plain, payer.address), await balanceOf(plain, poor.address)], [PRICE * 2n, PRICE - 1n], 'nothing moved');
      });

      test('a permit whose nonce the payer invalidated on Permit2: refused as cancelled, nothing charged, the row failed', async () => {
        const accepted = await challenge();
        const payer = await fundedPayer(plain, PRICE * 2n);
        const nonce = (5n << 8n) | 7n; // word 5, bit 7
        const p = await permitPayment({ payer, accepted, resource: url(), overrides: { nonce } });
        await chain.testClient.setBalance({ address: payer.address, value: 10n ** 18n });
        const hash = await chain.walletClient(payer).writeContract({ address: permit2.address, abi: PERMIT2_ABI, functionName: 'invalidateUnorderedNonces', args: [5n, 1n << 7n] });
        await chain.publicClient.waitForTransactionReceipt({ hash });
        const nonceBefore = await settlerNonce();
        const r = await pay(p.header);
        assert.deepEqual([r.status, r.json?.error], [402, 'invalid_exact_evm_nonce_already_used'], r.text);
        assert.match(r.json.message, /cancelled[^]*nothing was charged/);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), PRICE * 2n, 'nothing charged');
        const [row] = await ledger(nonce);
        assert.deepEqual([row?.status, row?.tx_hash], ['failed', null]);
      });

      test('a returning payer (paid this seller this price before) invalidates a new permit: refused as cancelled, not served from the earlier payment', async () => {
        const payer = await fundedPayer(plain, PRICE * 3n);
        const first = await officialPay(payer, plain.address);
        assert.equal(first.reply.status, 200, first.reply.text);
        const accepted = await challenge();
        const nonce = (9n << 8n) | 1n;
        const p = await permitPayment({ payer, accepted, resource: url(), overrides: { nonce } });
        await chain.testClient.setBalance({ address: payer.address, value: 10n ** 18n });
        const hash = await chain.walletClient(payer).writeContract({ address: permit2.address, abi: PERMIT2_ABI, functionName: 'invalidateUnorderedNonces', args: [9n, 1n << 1n] });
        await chain.publicClient.waitForTransactionReceipt({ hash });
        const nonceBefore = await settlerNonce();
        const r = await pay(p.header);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), PRICE * 2n, 'charged for the first payment only');
        assert.deepEqual([r.status, r.json?.error], [402, 'invalid_exact_evm_nonce_already_used'], r.text);
        const [row] = await ledger(nonce);
        assert.deepEqual([row?.status, row?.tx_hash], ['failed', null]);
      });

      test('a permit whose nonce another permit of the payer already used: refused (nonce already used), nothing charged for it', async () => {
        const accepted = await challenge();
        const payer = await fundedPayer(plain, PRICE * 3n);
        const nonce = randomNonce();
        // The payer's other permit with the same nonce, to someone else, lands first.
        const elsewhere = await permitPayment({ payer, accepted, resource: url(), overrides: { nonce, to: newPayer().address } });
        await settleOnProxy(elsewhere);
        assert.equal(await balanceOf(plain, payer.address), PRICE * 2n);
        const p = await permitPayment({ payer, accepted, resource: url(), overrides: { nonce } });
        const nonceBefore = await settlerNonce();
        const r = await pay(p.header);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), PRICE * 2n, 'nothing charged for this permit');
        assert.deepEqual([r.status, r.json?.error], [402, 'invalid_exact_evm_nonce_already_used'], r.text);
        const [row] = await ledger(nonce);
        assert.equal(row?.status, 'failed');
      });

      test('a permit settled first by someone else straight on the proxy: served from that transaction, charged once', async () => {
        const accepted = await challenge();
        const payer = await fundedPayer(plain, PRICE * 2n);
        const p = await permitPayment({ payer, accepted, resource: url() });
        const hash = await settleOnProxy(p);
        const nonceBefore = await settlerNonce();
        const r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json?.txHash, hash, 'its proof is the transaction that used it');
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, payer.address), PRICE, 'charged once');
        const [row] = await ledger(p.permit.nonce);
        assert.deepEqual([row.status, row.tx_hash], ['settled', hash]);
      });

      test('a returning payer\'s permit settled first by someone else: served from THAT transaction, not from the earlier payment\'s', async () => {
        const payer = await fundedPayer(plain, PRICE * 3n);
        const first = await officialPay(payer, plain.address);
        assert.equal(first.reply.status, 200, first.reply.text);
        const accepted = await challenge();
        const p = await permitPayment({ payer, accepted, resource: url() });
        const hash = await settleOnProxy(p);
        const r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json?.txHash, hash, 'its proof is the transaction that used it');
        assert.equal(await balanceOf(plain, payer.address), PRICE, 'charged twice in all: two payments');
        const [row] = await ledger(p.permit.nonce);
        assert.deepEqual([row.status, row.tx_hash], ['settled', hash]);
      });

      /** A deployed SmartWallet holding `amount`, Permit2 approved. */
      async function deployedWallet(salt, amount) {
        const w = await chain.smartWallet({ factory, owner: { privateKey: generatePrivateKey() }, salt: salt * 10n + BigInt(index) });
        await w.deploy();
        await chain.mint(plain, w.address, amount);
        await chain.approvePermit2(plain, w.address);
        return w;
      }

      test('a smart wallet (EIP-1271, deployed) pays through Permit2: Permit2 asks the wallet, the money moves once', async () => {
        const accepted = await challenge();
        const w = await deployedWallet(1n, PRICE * 2n);
        const p = await permitPayment({ payer: walletPayer(w), accepted, resource: url() });
        const r = await pay(p.header);
        assert.equal(r.status, 200, r.text);
        assert.equal(r.json.payer, w.address.toLowerCase());
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: r.json.txHash });
        assert.deepEqual(eventsOf(receipt, plain), [
          [plain.address, 'Transfer', { from: w.address, to: getAddress(payTo), value: PRICE }],
          [X402_EXACT_PROXY_ADDRESS, 'Settled', {}],
        ]);
        assert.equal(await balanceOf(plain, w.address), PRICE, 'charged once');
        const [row] = await ledger(p.permit.nonce);
        assert.deepEqual([row.status, row.payer_address], ['settled', w.address.toLowerCase()]);
      });

      test('a permit for a deployed smart wallet signed by another key: refused with the Permit2 signature reason, nothing sent', async () => {
        const accepted = await challenge();
        const w = await deployedWallet(2n, PRICE);
        const nonceBefore = await settlerNonce();
        const forged = await permitPayment({ payer: walletPayer(w, { signer: newPayer() }), accepted, resource: url() });
        const refused = await pay(forged.header);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await balanceOf(plain, w.address), PRICE, 'nothing moved');
        assert.deepEqual([refused.status, refused.json?.error], [402, 'invalid_permit2_signature'], refused.text);
      });

      test('a smart wallet not deployed yet (ERC-6492, an allowed factory) cannot have approved Permit2: 412, nothing sent', async () => {
        const accepted = await challenge();
        const w = await chain.smartWallet({ factory, owner: { privateKey: generatePrivateKey() }, salt: 100n + BigInt(index) });
        await chain.mint(plain, w.address, PRICE);
        const nonceBefore = await settlerNonce();
        const r = await pay((await permitPayment({ payer: walletPayer(w, { wrap: true }), accepted, resource: url() })).header);
        assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
        assert.equal(await settlerNonce(), nonceBefore, 'nothing sent');
        assert.equal(await w.isDeployed(), false);
        assert.equal(await balanceOf(plain, w.address), PRICE);
      });

      test('x402-reconcile: a pending Permit2 row whose transaction landed is settled from its receipt; one whose nonce the payer invalidated is failed', async () => {
        const accepted = await challenge();
        /** A row as the paywall writes it for a payment sent for settlement whose outcome was never recorded. */
        const pendingRow = async (p, txHash) => {
          const a = p.permit;
          const payment = {
            x402Version: 2, payer: a.from.toLowerCase(), nonce: nonceKey(a.nonce), value: a.permitted.amount, validAfter: a.witness.validAfter,
            validBefore: String(BigInt(a.deadline) + 1n), network: NETWORK, asset: plain.address.toLowerCase(), resource: url(),
            payload: { signature: p.signature, permit2Authorization: a },
          };
          await stack.query(
            `insert into x402_payments (payer_address, nonce, endpoint, amount, asset, network, valid_before, payment, settler, tx_hash, submitted_at)
             values ($1, $2, '/functions/x402-paywall', $3, $4, $5, $6, $7, 'direct', $8, now())`,
            [payment.payer, payment.nonce, payment.value, payment.asset, NETWORK, Number(payment.validBefore), payment, txHash],
          );
        };
        const landed = await permitPayment({ payer: await fundedPayer(plain, PRICE), accepted, resource: url() });
        const hash = await settleOnProxy(landed, settler());
        await pendingRow(landed, hash);
        const cancelledPayer = await fundedPayer(plain, PRICE);
        const cancelled = await permitPayment({ payer: cancelledPayer, accepted, resource: url(), overrides: { nonce: (7n << 8n) | 3n } });
        await chain.testClient.setBalance({ address: cancelledPayer.address, value: 10n ** 18n });
        const inv = await chain.walletClient(cancelledPayer).writeContract({ address: permit2.address, abi: PERMIT2_ABI, functionName: 'invalidateUnorderedNonces', args: [7n, 1n << 3n] });
        await chain.publicClient.waitForTransactionReceipt({ hash: inv });
        await pendingRow(cancelled, null);
        const rec = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
        const report = await rec.json();
        assert.equal(rec.status, 200, JSON.stringify(report));
        const [settled] = await ledger(landed.permit.nonce);
        assert.deepEqual([settled.status, settled.tx_hash], ['settled', hash], JSON.stringify(report));
        const [failed] = await ledger(cancelled.permit.nonce);
        assert.deepEqual([failed.status, failed.error_reason], ['failed', 'invalid_exact_evm_nonce_already_used'], JSON.stringify(report));
        assert.equal(await balanceOf(plain, cancelledPayer.address), PRICE, 'nothing moved');
      });

      test('x402-facilitator: verify and settle requirements naming Permit2 (the configured PlainToken), on chain', async () => {
        const facilitator = async (op, body) =>
          readReply(await fetch(`${stack.baseUrl}/functions/x402-facilitator?op=${op}`, { method: op === 'supported' ? 'GET' : 'POST', headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) }));
        const supported = await facilitator('supported');
        assert.equal(supported.status, 200, supported.text);
        assert.ok(supported.json.kinds.some((k) => k.x402Version === 2 && k.scheme === 'exact' && k.network === NETWORK), supported.text);
        const requirements = { scheme: 'exact', network: NETWORK, amount: String(PRICE), asset: plain.address, payTo, maxTimeoutSeconds: 120, extra: { assetTransferMethod: 'permit2' } };
        const bodyFor = async (payer) => {
          const p = await permitPayment({ payer, accepted: requirements, resource: 'https://seller.example/api' });
          return { body: { x402Version: 2, paymentPayload: p.headerObject, paymentRequirements: requirements }, nonce: p.permit.nonce };
        };
        const payer = await fundedPayer(plain, PRICE * 2n);
        const { body, nonce } = await bodyFor(payer);
        const nonceBefore = await settlerNonce();
        const v = await facilitator('verify', body);
        assert.deepEqual([v.status, v.json?.isValid, v.json?.payer], [200, true, payer.address.toLowerCase()], v.text);
        // Not approved, or short of funds: verify says so.
        const unapproved = await facilitator('verify', (await bodyFor(await fundedPayer(plain, PRICE, { approve: false }))).body);
        assert.deepEqual([unapproved.json?.isValid, unapproved.json?.invalidReason], [false, 'permit2_allowance_required'], unapproved.text);
        const poor = await facilitator('verify', (await bodyFor(await fundedPayer(plain, PRICE - 1n))).body);
        assert.deepEqual([poor.json?.isValid, poor.json?.invalidReason], [false, 'insufficient_funds'], poor.text);
        // Permit2's payload under requirements that do not name Permit2: the wrong kind.
        const { extra: _extra, ...eip3009Requirements } = requirements;
        const wrongKind = await facilitator('verify', { ...body, paymentRequirements: { ...eip3009Requirements, extra: { name: 'Plain Dollar', version: '1' } } });
        assert.equal(wrongKind.json?.isValid, false, wrongKind.text);
        assert.equal(await settlerNonce(), nonceBefore, 'verify sends nothing');
        const before = [await balanceOf(plain, payer.address), await balanceOf(plain, payTo)];
        const s = await facilitator('settle', body);
        assert.deepEqual([s.status, s.json?.success, s.json?.network, s.json?.payer], [200, true, NETWORK, payer.address.toLowerCase()], s.text);
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: s.json.transaction });
        assert.equal(receipt.from.toLowerCase(), settler().address.toLowerCase(), 'our settler paid the gas');
        assert.equal(getAddress(receipt.to), X402_EXACT_PROXY_ADDRESS);
        assert.deepEqual([await balanceOf(plain, payer.address), await balanceOf(plain, payTo)], [before[0] - PRICE, before[1] + PRICE]);
        const [row] = await ledger(nonce);
        assert.deepEqual([row.status, row.tx_hash, row.settler], ['settled', s.json.transaction, 'direct']);
        // The same payment again: the recorded transaction, nothing broadcast.
        const again = await facilitator('settle', body);
        assert.deepEqual([again.status, again.json?.success, again.json?.transaction], [200, true, s.json.transaction], again.text);
        assert.equal(await settlerNonce(), nonceBefore + 1);
      });

      if (contract === 'cloud') {
        test("x402-facilitator through the official facilitator client (@x402/core's HTTPFacilitatorClient): the official client's Permit2 payload verifies and settles", async () => {
          const { HTTPFacilitatorClient } = await import('@x402/core/http');
          const facilitator = new HTTPFacilitatorClient({ url: `${stack.functionsUrl}/x402-facilitator` });
          const requirements = { scheme: 'exact', network: NETWORK, amount: String(PRICE), asset: plain.address, payTo, maxTimeoutSeconds: 120, extra: { assetTransferMethod: 'permit2' } };
          const payer = await fundedPayer(plain, PRICE);
          const client = await officialV2Client(payer, { allowedAssets: [{ network: NETWORK, asset: plain.address }] });
          const paymentPayload = await client.createPaymentPayload({ x402Version: 2, resource: { url: 'https://seller.example/api' }, accepts: [requirements] });
          assert.ok('permit2Authorization' in paymentPayload.payload);
          const v = await facilitator.verify(paymentPayload, requirements);
          assert.deepEqual([v.isValid, v.payer], [true, payer.address.toLowerCase()], JSON.stringify(v));
          const s = await facilitator.settle(paymentPayload, requirements);
          assert.equal(s.success, true, JSON.stringify(s));
          assert.equal((await chain.publicClient.getTransactionReceipt({ hash: s.transaction })).status, 'success');
          assert.equal(await balanceOf(plain, payer.address), 0n);
          const [row] = await ledger(paymentPayload.payload.permit2Authorization.nonce);
          assert.deepEqual([row.status, row.tx_hash], ['settled', s.transaction]);
        });
      }

      test('x402-facilitator: USDG (a token of the table) through Permit2 verifies and settles on chain', async () => {
        const facilitator = async (op, body) =>
          readReply(await fetch(`${stack.baseUrl}/functions/x402-facilitator?op=${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
        const requirements = { scheme: 'exact', network: NETWORK, amount: String(USDG_PRICE), asset: USDG, payTo, maxTimeoutSeconds: 120, extra: { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2' } };
        const payer = await fundedPayer(usdg, USDG_PRICE);
        const p = await permitPayment({ payer, accepted: requirements, resource: 'https://seller.example/api' });
        const body = { x402Version: 2, paymentPayload: p.headerObject, paymentRequirements: requirements };
        const v = await facilitator('verify', body);
        assert.deepEqual([v.status, v.json?.isValid], [200, true], v.text);
        const s = await facilitator('settle', body);
        assert.deepEqual([s.status, s.json?.success], [200, true], s.text);
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: s.json.transaction });
        assert.deepEqual(eventsOf(receipt, usdg).filter(([, name]) => name !== 'Approval'), [
          [getAddress(USDG), 'Transfer', { from: payer.address, to: getAddress(payTo), value: USDG_PRICE }],
          [X402_EXACT_PROXY_ADDRESS, 'Settled', {}],
        ]);
        assert.equal(await balanceOf(usdg, payer.address), 0n);
      });
    });

    describe('USDG (an EIP-3009 token) sold through Permit2, settled directly', () => {
      before(async () => {
        await stack.setSecrets({ X402_ASSET: 'USDG', X402_PRICE: String(USDG_PRICE) });
      });
      after(async () => {
        await stack.setSecrets({ X402_ASSET: plain.address, X402_PRICE: String(PRICE) });
      });

      test('the challenge names Permit2 with the token\'s domain; the official client pays through Permit2, charged once; the same payment again is served from the ledger', async () => {
        const accepted = await challenge();
        assert.deepEqual([accepted.asset, accepted.amount, accepted.extra], [USDG, String(USDG_PRICE), { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2' }]);
        const payer = await fundedPayer(usdg, USDG_PRICE * 2n);
        const before = await balanceOf(usdg, payTo);
        const { reply: r, header, decoded } = await officialPay(payer, USDG);
        assert.equal(r.status, 200, r.text);
        assert.ok('permit2Authorization' in decoded.payload, 'paid through Permit2, not EIP-3009');
        const tx = decodeHeader(r.headers.get('payment-response')).transaction;
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: tx });
        assert.equal(getAddress(receipt.to), X402_EXACT_PROXY_ADDRESS);
        assert.ok(!receipt.logs.some((l) => l.topics[0] === toEventSelector('AuthorizationUsed(address,bytes32)')), 'no AuthorizationUsed: not an EIP-3009 transfer');
        assert.deepEqual([await balanceOf(usdg, payer.address), await balanceOf(usdg, payTo)], [USDG_PRICE, before + USDG_PRICE]);
        const [row] = await ledger(decoded.payload.permit2Authorization.nonce);
        assert.deepEqual([row.status, row.tx_hash, row.amount, row.asset], ['settled', tx, String(USDG_PRICE), USDG]);
        const nonceBefore = await settlerNonce();
        const again = await pay(header);
        assert.deepEqual([again.status, again.json?.txHash, again.json?.replay], [200, tx, true], again.text);
        assert.equal(await settlerNonce(), nonceBefore);
        assert.equal(await balanceOf(usdg, payer.address), USDG_PRICE, 'charged once');
      });

      test('an EIP-3009 authorization for USDG is refused by this seller (it takes USDG through Permit2)', async () => {
        const payer = await fundedPayer(usdg, USDG_PRICE);
        const p = await signPayment({ payer, requirements: requirementsFor({ payTo, amount: String(USDG_PRICE), resource: url() }) });
        const r = await pay(p.header);
        assert.deepEqual([r.status, r.json?.error], [402, 'invalid_payload'], r.text);
        assert.equal(await balanceOf(usdg, payer.address), USDG_PRICE);
      });

      test('Permit2 not approved for USDG: 412, then approved, the same payment is served', async () => {
        const payer = await fundedPayer(usdg, USDG_PRICE, { approve: false });
        const { reply: r, header } = await officialPay(payer, USDG);
        assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
        await chain.approvePermit2(usdg, payer.address);
        const paid = await pay(header);
        assert.equal(paid.status, 200, paid.text);
        assert.equal(await balanceOf(usdg, payer.address), 0n);
      });
    });

    describe('the OKX backend settling on anvil', () => {
      let okx;
      before(async () => {
        okx = await startOkx({ chain, token: usdg });
        await stack.setSecrets({
          X402_SETTLER: null,
          SETTLER_PRIVATE_KEY: null,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
        });
      });
      after(async () => {
        await okx?.close();
      });

      test('the official client pays a PlainToken through Permit2; OKX settles it through the exact proxy: served, charged once, the row settled; the same payment again is served from the ledger', async () => {
        okx.reset();
        const payer = await fundedPayer(plain, PRICE * 2n);
        const before = [await balanceOf(plain, payer.address), await balanceOf(plain, payTo)];
        const { reply: r, header, decoded } = await officialPay(payer, plain.address);
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(okx.rejected, [], 'OKX accepted every request: HMAC, timestamp and body shape');
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
        const tx = decodeHeader(r.headers.get('payment-response')).transaction;
        assert.equal(tx, okx.onChain.at(-1), "OKX's transaction");
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: tx });
        assert.equal(receipt.from.toLowerCase(), chain.accounts[9].address.toLowerCase(), "OKX's gas account");
        assert.equal(getAddress(receipt.to), X402_EXACT_PROXY_ADDRESS);
        assert.deepEqual(eventsOf(receipt, plain), [
          [plain.address, 'Transfer', { from: payer.address, to: getAddress(payTo), value: PRICE }],
          [X402_EXACT_PROXY_ADDRESS, 'Settled', {}],
        ]);
        assert.deepEqual([await balanceOf(plain, payer.address), await balanceOf(plain, payTo)], [before[0] - PRICE, before[1] + PRICE]);
        const [row] = await ledger(decoded.payload.permit2Authorization.nonce);
        assert.deepEqual([row.status, row.tx_hash, row.settler, row.amount], ['settled', tx, 'okx', String(PRICE)]);
        const again = await pay(header);
        assert.deepEqual([again.status, again.json?.txHash, again.json?.replay], [200, tx, true], again.text);
        assert.equal(okx.calls.settle, 1, 'settled once');
        assert.equal(await balanceOf(plain, payer.address), before[0] - PRICE, 'charged once');
      });

      test('with RPC_URL, Permit2 not approved: 412 before OKX is asked; approved, the same payment settles through OKX', async () => {
        okx.reset();
        const payer = await fundedPayer(plain, PRICE, { approve: false });
        const { reply: r, header, decoded } = await officialPay(payer, plain.address);
        assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [0, 0], 'OKX was never called');
        await chain.approvePermit2(plain, payer.address);
        const paid = await pay(header);
        assert.equal(paid.status, 200, paid.text);
        assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
        assert.equal(await balanceOf(plain, payer.address), 0n);
        assert.equal((await ledger(decoded.payload.permit2Authorization.nonce))[0].status, 'settled');
      });

      test('a permit whose nonce the payer invalidated: OKX refuses it (permit2_invalid_nonce); answered as cancelled, nothing charged, the row failed', async () => {
        okx.reset();
        const payer = await fundedPayer(plain, PRICE);
        const accepted = await challenge();
        const nonce = (3n << 8n) | 200n;
        const p = await permitPayment({ payer, accepted, resource: url(), overrides: { nonce } });
        await chain.testClient.setBalance({ address: payer.address, value: 10n ** 18n });
        const hash = await chain.walletClient(payer).writeContract({ address: permit2.address, abi: PERMIT2_ABI, functionName: 'invalidateUnorderedNonces', args: [3n, 1n << 200n] });
        await chain.publicClient.waitForTransactionReceipt({ hash });
        const r = await pay(p.header);
        assert.equal(okx.calls.settle, 0, 'never settled');
        assert.equal(await balanceOf(plain, payer.address), PRICE, 'nothing charged');
        assert.deepEqual([r.status, r.json?.error], [402, 'invalid_exact_evm_nonce_already_used'], r.text);
        assert.match(r.json.message, /cancelled[^]*nothing was charged/);
        const [row] = await ledger(nonce);
        assert.equal(row?.status, 'failed');
      });

      test('without RPC_URL, Permit2 not approved: OKX\'s permit2_allowance_required is answered 412 as the direct path answers it; nothing charged', async () => {
        okx.reset();
        await stack.setSecrets({ RPC_URL: null });
        try {
          const payer = await fundedPayer(plain, PRICE, { approve: false });
          const accepted = await challenge();
          const p = await permitPayment({ payer, accepted, resource: url() });
          const r = await pay(p.header);
          assert.equal(okx.calls.verify, 1, 'OKX was asked');
          assert.equal(await balanceOf(plain, payer.address), PRICE, 'nothing charged');
          assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
        } finally {
          await stack.setSecrets({ RPC_URL: chain.rpcUrl });
        }
      });
    });
  });
}
