// End to end on anvil, in BOTH InsForge contracts, with the ledger in PostgreSQL: smart-wallet
// buyers pay through x402-paywall with direct settlement. Our own test EIP-1271 wallet and its
// CREATE2 factory (tests/contracts), the USDG test double at its X Layer address (both
// transferWithAuthorization overloads), a token with only the (v,r,s) overload, and our
// Multicall3 stand-in at Multicall3's address:
// - a deployed wallet pays (its owner signs the EIP-712 digest; the token's bytes overload);
// - a wallet not deployed yet pays with an ERC-6492 signature from an allowed factory: one
//   aggregate3 transaction deploys it and moves the money;
// - refused before anything is sent: a factory the seller does not allow, a signature by
//   another key, a token without the bytes overload (said so).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashTypedData } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { newPayer, requirementsFor, signPayment, decodeHeader } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const VRS_ONLY = '0x00000000000000000000000000000000000a11ce';
const PRICE = 10_000n;
const code = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');

let pg;
let chain;
let usdg;
let vrsOnly;
let factory;
let otherFactory;
let multicall;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  vrsOnly = await chain.deployVrsOnlyToken({ name: 'Plain Dollar', version: '1', at: VRS_ONLY });
  factory = await chain.deployWalletFactory();
  otherFactory = await chain.deployWalletFactory();
  multicall = await chain.placeMulticall();
});
after(async () => {
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (token, who) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'balanceOf', args: [who] });

/** The wallet as signPayment's payer: `from` is the wallet, the owner signs the EIP-712 digest. */
function asPayer(w, { wrap = false, signer } = {}) {
  const sign = async (typed) => {
    const hash = hashTypedData(typed);
    const sig = signer ? await signer.sign({ hash }) : await w.signHash(hash);
    return wrap ? w.wrap6492(sig) : sig;
  };
  return { address: w.address, account: { signTypedData: sign } };
}

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`smart-wallet payments, direct settlement on anvil, ${contract} contract`, () => {
    let stack;
    let payTo;
    const settler = () => chain.accounts[1 + index];
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;
    const requirements = (token = usdg) => requirementsFor({ payTo, amount: String(PRICE), resource: url(), asset: token.address.toLowerCase(), name: token.name ?? 'Global Dollar', version: '1' });
    const settlerNonce = () => chain.publicClient.getTransactionCount({ address: settler().address });
    const ledger = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows;
    async function pay(header) {
      return readReply(await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    }
    async function wallet({ deployed, via = factory, token = usdg }) {
      const w = await chain.smartWallet({ factory: via, owner: { privateKey: generatePrivateKey() }, salt: BigInt(Date.now()) * 10n + BigInt(index) });
      if (deployed) await w.deploy();
      await chain.mint(token, w.address, PRICE * 3n);
      return w;
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_smart_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: settler().privateKey,
          RPC_URL: chain.rpcUrl,
          X402_ERC6492_FACTORIES: factory.address,
        },
      });
      await stack.deploy('x402-paywall', code('x402-paywall'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('a deployed EIP-1271 wallet pays: its owner signs, the token takes the bytes overload, charged once', async () => {
      const w = await wallet({ deployed: true });
      const p = await signPayment({ payer: asPayer(w), requirements: requirements() });
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      const hash = decodeHeader(r.headers.get('payment-response')).transaction;
      const tx = await chain.publicClient.getTransaction({ hash });
      assert.deepEqual([tx.to, tx.input.slice(0, 10)], [USDG, '0xcf092995'], 'the bytes overload, on the token');
      assert.equal((await chain.publicClient.getTransactionReceipt({ hash })).status, 'success');
      assert.deepEqual([await balanceOf(usdg, w.address), await balanceOf(usdg, payTo) >= PRICE], [PRICE * 2n, true]);
      const [row] = await ledger(p.authorization.nonce);
      assert.deepEqual([row.status, row.tx_hash, row.payer_address], ['settled', hash, w.address.toLowerCase()]);
    });

    test('a wallet not deployed yet pays with ERC-6492 from an allowed factory: deployed and settled in one aggregate3 transaction', async () => {
      const w = await wallet({ deployed: false });
      assert.equal(await w.isDeployed(), false);
      const p = await signPayment({ payer: asPayer(w, { wrap: true }), requirements: requirements() });
      const before = await settlerNonce();
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      const hash = decodeHeader(r.headers.get('payment-response')).transaction;
      const tx = await chain.publicClient.getTransaction({ hash });
      assert.deepEqual([tx.to, tx.input.slice(0, 10)], [multicall.address.toLowerCase(), '0x82ad56cb'], 'one aggregate3 transaction');
      assert.equal(await w.isDeployed(), true, 'deployed by the settlement');
      assert.equal(await settlerNonce(), before + 1, 'one transaction');
      assert.equal(await balanceOf(usdg, w.address), PRICE * 2n, 'charged once');
      // The same payment again: served from the ledger, nothing sent.
      const again = await pay(p.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(await settlerNonce(), before + 1);
    });

    test('refused before anything is written or sent: a factory not allowed, another key, a token without the bytes overload', async () => {
      const before = await settlerNonce();
      const stranger = await wallet({ deployed: false, via: otherFactory });
      const p1 = await signPayment({ payer: asPayer(stranger, { wrap: true }), requirements: requirements() });
      const r1 = await pay(p1.header);
      assert.deepEqual([r1.status, r1.json?.error], [402, 'eip6492_factory_not_allowed'], r1.text);
      assert.equal(await stranger.isDeployed(), false);
      assert.deepEqual(await ledger(p1.authorization.nonce), [], 'nothing written');

      const w = await wallet({ deployed: true });
      const p2 = await signPayment({ payer: asPayer(w, { signer: privateKeyToAccount(generatePrivateKey()) }), requirements: requirements() });
      const r2 = await pay(p2.header);
      assert.deepEqual([r2.status, r2.json?.error], [402, 'invalid_exact_evm_payload_signature'], r2.text);
      assert.deepEqual(await ledger(p2.authorization.nonce), []);

      // An EOA whose signature is simply wrong: no code, no wrapper: the EOA's refusal.
      const eoa = newPayer();
      await chain.mint(usdg, eoa.address, PRICE);
      const p3 = await signPayment({ payer: eoa, requirements: requirements(), mutate: (h) => { h.payload.authorization.value = String(PRICE); h.payload.signature = `${h.payload.signature.slice(0, 10)}${'0'.repeat(120)}1b`; } });
      const r3 = await pay(p3.header);
      assert.equal(r3.status, 402, r3.text);
      assert.equal(r3.json?.error, 'invalid_exact_evm_payload_signature');
      assert.equal(await settlerNonce(), before, 'nothing sent');

      // A token with only the (v,r,s) overload cannot take a wallet's signature: said so.
      await stack.setSecrets({ X402_ASSET: VRS_ONLY, X402_ASSET_NAME: 'Plain Dollar', X402_ASSET_VERSION: '1' });
      try {
        const v = await wallet({ deployed: true, token: vrsOnly });
        const p4 = await signPayment({ payer: asPayer(v), requirements: requirements(vrsOnly) });
        const r4 = await pay(p4.header);
        assert.deepEqual([r4.status, r4.json?.error], [402, 'invalid_exact_evm_transaction_simulation_failed'], r4.text);
        assert.match(r4.json.message, /bytes signature\) overload/);
        assert.equal(await balanceOf(vrsOnly, v.address), PRICE * 3n, 'nothing moved');
        assert.equal(await settlerNonce(), before, 'nothing sent');
      } finally {
        await stack.setSecrets({ X402_ASSET: undefined, X402_ASSET_NAME: undefined, X402_ASSET_VERSION: undefined });
      }
    });
  });
}
