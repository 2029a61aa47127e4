// End to end on anvil, in BOTH InsForge contracts, with the ledger in PostgreSQL: direct
// settlement when the mempool misbehaves. Mining is switched off so transactions wait where a
// busy chain would leave them, then:
// - a transaction the node dropped (anvil_dropTransaction) is sent again, byte for byte, when
//   the payer retries with the same payment;
// - a transaction priced under a base-fee spike (anvil_setNextBlockBaseFeePerGas) is replaced
//   at its nonce with higher fees: one transfer, charged once;
// - a dropped transaction whose payer never came back holds a nonce that x402-reconcile
//   fills (a transfer of nothing from the settler to itself), so the settler's next
//   transaction, stuck behind the gap, is mined; the dropped payment ends failed with nothing
//   moved (its payer, back later, pays with it afresh and is served), no nonce gap survives;
// - a dropped transaction whose authorization someone else then used (their own
//   transferWithAuthorization): served from that transfer, and its nonce filled;
// - a pool of keys whose first pick is out of gas: the next key settles, the log says why.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { newPayer, requirementsFor, signPayment, decodeHeader } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const PRICE = 10_000n;
const code = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let pg;
let chain;
let usdg;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
});
after(async () => {
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
const rpc = (method, params = []) => chain.publicClient.request({ method, params });
const automine = (on) => rpc('evm_setAutomine', [on]);
const receiptOf = (hash) => chain.publicClient.getTransactionReceipt({ hash }).catch(() => null);

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`direct settlement through a misbehaving mempool, ${contract} contract`, () => {
    let stack;
    let payTo;
    const settlerAccount = () => chain.accounts[1 + index];
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;
    const requirements = () => requirementsFor({ payTo, amount: String(PRICE), resource: url() });
    const count = (address, blockTag) => chain.publicClient.getTransactionCount({ address, blockTag });
    async function fundedPayer() {
      const payer = newPayer();
      await chain.mint(usdg, payer.address, PRICE * 10n);
      return payer;
    }
    async function pay(header) {
      return readReply(await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    }
    const row = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows[0];
    async function reconcile() {
      const r = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
      return [r.status, await r.json()];
    }
    /** Pays with mining off: the request gives up after X402_SETTLE_TIMEOUT_MS (503), its transaction waiting in the pool. */
    async function payUnmined(header, nonce) {
      const r = await pay(header);
      assert.deepEqual([r.status, r.json?.error], [503, 'settlement_pending'], r.text);
      const recorded = await row(nonce);
      assert.equal(recorded.status, 'pending');
      assert.match(recorded.settler_tx, /^0x02/, 'the signed transaction is kept');
      return recorded;
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_mempool_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: settlerAccount().privateKey,
          RPC_URL: chain.rpcUrl,
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
          // A request waits 2 s for its transaction to be mined before the payer is told to retry.
          X402_SETTLE_TIMEOUT_MS: '2000',
        },
      });
      await stack.deploy('x402-paywall', code('x402-paywall'));
      await stack.deploy('x402-reconcile', code('x402-reconcile'));
    });
    after(async () => {
      await automine(true);
      await stack?.stop();
    });

    test('a transaction the node dropped is sent again byte for byte when the payer retries: one transfer, served', async () => {
      const payer = await fundedPayer();
      const { header, authorization } = await signPayment({ payer, requirements: requirements() });
      const address = settlerAccount().address;
      const nonceBefore = await count(address, 'latest');
      await automine(false);
      let recorded;
      try {
        recorded = await payUnmined(header, authorization.nonce);
        await rpc('anvil_dropTransaction', [recorded.tx_hash]);
        assert.equal(await count(address, 'pending'), nonceBefore, 'gone from the pool');
      } finally {
        await automine(true);
      }
      const r = await pay(header);
      assert.equal(r.status, 200, r.text);
      const tx = decodeHeader(r.headers.get('payment-response')).transaction;
      assert.equal(tx, recorded.tx_hash, 'the very transaction, sent again');
      assert.equal((await receiptOf(tx)).status, 'success');
      assert.equal(await balanceOf(payer.address), PRICE * 9n, 'charged once');
      assert.equal(await count(address, 'latest'), nonceBefore + 1);
      assert.equal((await row(authorization.nonce)).status, 'settled');
    });

    test('a transaction priced under a base-fee spike is replaced at its nonce with higher fees: one transfer, charged once', async () => {
      const payer = await fundedPayer();
      const { header, authorization } = await signPayment({ payer, requirements: requirements() });
      const address = settlerAccount().address;
      const nonceBefore = await count(address, 'latest');
      await automine(false);
      let stuck;
      try {
        const recorded = await payUnmined(header, authorization.nonce);
        stuck = await chain.publicClient.getTransaction({ hash: recorded.tx_hash });
        // The next block's base fee jumps over the transaction's max fee: it cannot be mined.
        await rpc('anvil_setNextBlockBaseFeePerGas', [`0x${(stuck.maxFeePerGas * 4n).toString(16)}`]);
        await chain.mine(1);
        assert.equal(await receiptOf(stuck.hash), null, 'underpriced: not mined');
      } finally {
        await automine(true);
      }
      const r = await pay(header);
      assert.equal(r.status, 200, r.text);
      const tx = decodeHeader(r.headers.get('payment-response')).transaction;
      assert.notEqual(tx, stuck.hash, 'a replacement');
      const replacement = await chain.publicClient.getTransaction({ hash: tx });
      assert.equal(replacement.nonce, stuck.nonce, 'at the same nonce');
      assert.ok(replacement.maxFeePerGas > stuck.maxFeePerGas && replacement.maxPriorityFeePerGas > stuck.maxPriorityFeePerGas, 'outbidding it');
      assert.equal((await receiptOf(tx)).status, 'success');
      assert.equal(await receiptOf(stuck.hash), null, 'the stuck one never mined');
      assert.equal(await balanceOf(payer.address), PRICE * 9n, 'charged once');
      assert.equal(await count(address, 'latest'), nonceBefore + 1);
      const settled = await row(authorization.nonce);
      assert.deepEqual([settled.status, settled.tx_hash], ['settled', tx]);
    });

    test('a dropped transaction its payer left: reconcile fills its nonce, the settlement stuck behind it is mined, the dropped one cancelled with nothing moved, no gap left', async () => {
      const address = settlerAccount().address;
      const a = await fundedPayer();
      const b = await fundedPayer();
      const pa = await signPayment({ payer: a, requirements: requirements() });
      const pb = await signPayment({ payer: b, requirements: requirements() });
      await automine(false);
      try {
        const ra = await payUnmined(pa.header, pa.authorization.nonce);
        await rpc('anvil_dropTransaction', [ra.tx_hash]);
        const rb = await payUnmined(pb.header, pb.authorization.nonce);
        assert.equal(Number(rb.settler_nonce), Number(ra.settler_nonce) + 1);
        await chain.mine(1);
        assert.equal(await receiptOf(rb.tx_hash), null, "stuck behind the dropped transaction's nonce");

        const [status, report] = await reconcile();
        assert.equal(status, 200, JSON.stringify(report));
        const filling = await row(pa.authorization.nonce);
        assert.equal(filling.status, 'pending', 'failed only once its nonce is taken');
        assert.notEqual(filling.tx_hash, ra.tx_hash, 'the filler is recorded before it is sent');
        const filler = await chain.publicClient.getTransaction({ hash: filling.tx_hash });
        assert.deepEqual([filler.from, filler.to, filler.value, filler.nonce], [address.toLowerCase(), address.toLowerCase(), 0n, Number(ra.settler_nonce)]);
        await chain.mine(1);
        assert.equal((await receiptOf(filler.hash)).status, 'success');
        assert.equal((await receiptOf(rb.tx_hash)).status, 'success', 'the next nonce moved');
      } finally {
        await automine(true);
      }
      const [, report] = await reconcile();
      const [rowA, rowB] = [await row(pa.authorization.nonce), await row(pb.authorization.nonce)];
      assert.deepEqual([rowA.status, rowA.error_reason], ['failed', 'unexpected_settle_error'], JSON.stringify(report));
      assert.equal(rowB.status, 'settled');
      assert.equal(await balanceOf(a.address), PRICE * 10n, 'nothing moved for the cancelled payment');
      assert.equal(await balanceOf(b.address), PRICE * 9n);
      // B's payer comes back: served from the ledger. A's: its payment settles afresh, once.
      const again = await pay(pb.header);
      assert.equal(again.status, 200, again.text);
      const back = await pay(pa.header);
      assert.equal(back.status, 200, back.text);
      assert.equal(await balanceOf(a.address), PRICE * 9n, 'charged once, when served');
      // No nonce gap: everything sent is mined, and the ledger's next nonce is the chain's.
      const mined = await count(address, 'latest');
      assert.equal(await count(address, 'pending'), mined);
      const next = await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1', [address.toLowerCase()]);
      assert.equal(Number(next.rows[0].next_nonce), mined);
    });

    test("a dropped transaction whose authorization someone else used: served from that transfer, charged once, its nonce filled so no gap is left", async () => {
      const address = settlerAccount().address;
      const payer = await fundedPayer();
      const p = await signPayment({ payer, requirements: requirements() });
      const a = p.authorization;
      let frontRun;
      await automine(false);
      try {
        const recorded = await payUnmined(p.header, a.nonce);
        await rpc('anvil_dropTransaction', [recorded.tx_hash]);
        frontRun = await chain.walletClient(7).writeContract({
          address: usdg.address,
          abi: usdg.abi,
          functionName: 'transferWithAuthorization',
          args: [a.from, a.to, BigInt(a.value), BigInt(a.validAfter), BigInt(a.validBefore), a.nonce, p.payload.signature],
        });
        await chain.mine(1);
        assert.equal((await receiptOf(frontRun)).status, 'success');
        assert.equal(await count(address, 'pending'), Number(recorded.settler_nonce), "the settler's nonce is a gap");
      } finally {
        await automine(true);
      }
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      assert.equal(decodeHeader(r.headers.get('payment-response')).transaction, frontRun, 'its proof is the transfer that used it');
      assert.equal(await balanceOf(payer.address), PRICE * 9n, 'charged once');
      const mined = await count(address, 'latest');
      assert.equal(await count(address, 'pending'), mined, 'no gap: the nonce was filled');
      const next = await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1', [address.toLowerCase()]);
      assert.equal(Number(next.rows[0].next_nonce), mined);
      const settled = await row(a.nonce);
      assert.deepEqual([settled.status, settled.tx_hash], ['settled', frontRun]);
    });

    test('a pool whose first pick is out of gas: the next key settles, the log names the dry account (never a key), its nonce handed back', async () => {
      const dry = newPayer(); // a key with no gas
      const funded = chain.accounts[3 + index];
      await stack.setSecrets({ SETTLER_PRIVATE_KEY: `${dry.privateKey}, ${funded.privateKey}` });
      try {
        const payer = await fundedPayer();
        // The pick follows the payment's nonce: one ending in 0 starts at the first key.
        const nonce = `0x${'5a'.repeat(28)}00000000`;
        const { header } = await signPayment({ payer, requirements: requirements(), overrides: { nonce } });
        const logFrom = stack.logs().length;
        const r = await pay(header);
        assert.equal(r.status, 200, r.text);
        const tx = decodeHeader(r.headers.get('payment-response')).transaction;
        assert.equal((await receiptOf(tx)).from, funded.address.toLowerCase(), 'the second key paid the gas');
        assert.equal(await balanceOf(payer.address), PRICE * 9n, 'charged once');
        assert.equal(await count(dry.address, 'latest'), 0, 'nothing sent from the dry account');
        const handed = await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1', [dry.address.toLowerCase()]);
        assert.deepEqual(handed.rows.map((n) => Number(n.next_nonce)), [0], 'its nonce handed back');
        let logged = '';
        for (let i = 0; i < 50 && !logged.includes('the next key'); i++) {
          await sleep(100);
          logged = stack.logs().slice(logFrom);
        }
        assert.ok(logged.includes(`settler ${dry.address.toLowerCase()} holds 0 wei`) && logged.includes('the next key of SETTLER_PRIVATE_KEY settles instead'), logged);
        assert.ok(!stack.logs().includes(dry.privateKey.slice(2)) && !stack.logs().includes(funded.privateKey.slice(2)), 'never a key');
        // Reconcile reports both accounts, the dry one low.
        const [, report] = await reconcile();
        assert.deepEqual(report.settlers.map((s) => [s.address, s.low]), [[dry.address.toLowerCase(), true], [funded.address.toLowerCase(), false]]);
      } finally {
        await stack.setSecrets({ SETTLER_PRIVATE_KEY: settlerAccount().privateKey });
      }
    });
  });
}
