// End to end with a real chain under load: the x402-paywall bundle settling EIP-3009 payments
// itself (X402_SETTLER=direct) on anvil mining a block every second (automine off), in BOTH
// InsForge contracts, with the ledger in PostgreSQL. Fifty distinct funded payers pay at once,
// first with ONE settler key, then with a pool of THREE (SETTLER_PRIVATE_KEY comma-separated,
// whitespace around the keys), so that many settlements of one account share a block.
// A payment answered 503 (pending) is presented again with the same header until it ends.
// What it proves, read from the chain and the ledger, never from the replies alone:
//   - every payment ends settled exactly once (200; its PAYMENT-RESPONSE transaction has a
//     successful receipt sent by one of the pool's addresses; the payer paid the price once; its
//     row is `settled` with that hash, that address and that transaction's account nonce) or
//     failed with nothing moved (row `failed`, the payer's balance untouched);
//   - no account nonce is wasted or left as a gap: after the run and one x402-reconcile (which
//     reports the gas of every key of the pool), each settler address has latest == pending
//     transaction count == x402_settler_nonces.next_nonce, and every transaction it sent in the
//     run is one payment's, each nonce recorded once;
//   - with three keys the payments are spread: at least two of the addresses settled some.
// Tokens: our EIP-3009 double at the real X Layer USDG address (Paxos-style), so the built-in
// asset table (and its EIP-712 domain) applies unchanged.

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
const PAYMENTS = 50;
const RUN_DEADLINE_MS = 40_000; // a payment still pending after this fails the test
const code = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const lower = (a) => a.toLowerCase();

let pg;
let chain;
let usdg;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  // A block every second, never one per transaction: concurrent settlements share blocks.
  await chain.testClient.setAutomine(false);
  await chain.testClient.setIntervalMining({ interval: 1 });
});
after(async () => {
  try {
    // Back to one block per transaction, whatever runs next on this chain.
    if (chain) {
      await chain.testClient.setIntervalMining({ interval: 0 });
      await chain.testClient.setAutomine(true);
    }
  } finally {
    await chain?.stop();
    await pg?.stop();
  }
});

const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
const txCount = (address, blockTag) => chain.publicClient.getTransactionCount({ address, blockTag });

/** Mints `amount` to each address: every mint sent at once (explicit nonces), then mined together. */
async function mintAll(addresses, amount) {
  const minter = chain.walletClient(0);
  const first = await txCount(chain.accounts[0].address, 'pending');
  const hashes = await Promise.all(
    addresses.map((to, i) => minter.writeContract({ address: usdg.address, abi: usdg.abi, functionName: 'mint', args: [to, amount], nonce: first + i, gas: 200_000n })),
  );
  for (const hash of hashes) {
    const receipt = await chain.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 100 });
    assert.equal(receipt.status, 'success', `mint ${hash}`);
  }
}

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`direct settlement under load on anvil (1 s blocks), ${contract} contract`, () => {
    // Anvil dev accounts of this stack only: [0] mints; 1 (self-hosted) or 5 (cloud) is the
    // single key, the next three the pool.
    const base = 1 + 4 * index;
    const oneKey = () => [chain.accounts[base]];
    const threeKeys = () => [chain.accounts[base + 1], chain.accounts[base + 2], chain.accounts[base + 3]];
    let stack;
    let payTo;
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_direct_pool_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: oneKey()[0].privateKey,
          RPC_URL: chain.rpcUrl,
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
        },
      });
      await stack.deploy('x402-paywall', code('x402-paywall'));
      await stack.deploy('x402-reconcile', code('x402-reconcile'));
    });
    after(async () => {
      await stack?.stop();
    });

    /** The payment presented until it ends: a 503 (pending, or busy) is presented again. */
    async function payUntilEnded(header, deadline) {
      const statuses = [];
      for (;;) {
        const res = await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } });
        const r = await readReply(res);
        statuses.push(r.status);
        if (r.status !== 503 || Date.now() > deadline) return { ...r, statuses };
        await sleep(Math.min(1000, 1000 * (Number(r.headers.get('retry-after')) || 1)));
      }
    }

    /** 50 concurrent payments settled by `settlers`; every assertion of the file's header. */
    async function run(settlers) {
      const addresses = settlers.map((s) => lower(s.address));
      // The pool as a seller would type it: commas, with spaces around them.
      await stack.setSecrets({ SETTLER_PRIVATE_KEY: settlers.map((s) => s.privateKey).join(' , ') });
      const payers = Array.from({ length: PAYMENTS }, () => newPayer());
      await mintAll(payers.map((p) => p.address), PRICE * 2n);
      const sentBefore = Object.fromEntries(await Promise.all(settlers.map(async (s) => [lower(s.address), await txCount(s.address, 'latest')])));
      const payToBefore = await balanceOf(payTo);
      const requirements = requirementsFor({ payTo, amount: String(PRICE), resource: url() });
      const signed = await Promise.all(payers.map((payer) => signPayment({ payer, requirements })));

      const deadline = Date.now() + RUN_DEADLINE_MS;
      const replies = await Promise.all(signed.map((p) => payUntilEnded(p.header, deadline)));
      const stillPending = replies.filter((r) => r.status === 503);
      assert.equal(stillPending.length, 0, `payments still pending after ${RUN_DEADLINE_MS / 1000} s: ${stillPending.map((r) => r.text).slice(0, 3).join('\n')}`);

      const { rows } = await stack.query('select * from x402_payments where nonce = any($1)', [signed.map((p) => lower(p.authorization.nonce))]);
      const rowOf = new Map(rows.map((r) => [r.nonce, r]));
      let settled = 0;
      const blocks = new Set();
      const settledBy = Object.fromEntries(addresses.map((a) => [a, 0]));
      for (const [i, p] of signed.entries()) {
        const r = replies[i];
        const row = rowOf.get(lower(p.authorization.nonce));
        const balance = await balanceOf(payers[i].address);
        if (r.status === 200) {
          settled++;
          const hash = decodeHeader(r.headers.get('payment-response')).transaction;
          const [receipt, tx] = await Promise.all([chain.publicClient.getTransactionReceipt({ hash }), chain.publicClient.getTransaction({ hash })]);
          assert.equal(receipt.status, 'success', hash);
          const from = lower(receipt.from);
          assert.ok(addresses.includes(from), `${hash} was sent by ${from}, not by a key of the pool`);
          settledBy[from]++;
          blocks.add(receipt.blockNumber);
          assert.equal(balance, PRICE, `payer ${i} paid the price exactly once`);
          assert.ok(row, `payment ${i} has its ledger row`);
          assert.deepEqual([row.status, row.tx_hash, row.settler_address, Number(row.settler_nonce)], ['settled', hash, from, tx.nonce], `payment ${i}'s row`);
        } else {
          assert.equal(balance, PRICE * 2n, `payment ${i} answered ${r.status} (${r.text.slice(0, 200)}) and moved nothing`);
          assert.equal(row?.status, 'failed', `payment ${i} answered ${r.status}: its row is failed (${r.text.slice(0, 200)})`);
        }
      }
      assert.ok(settled > 0, `nothing settled: ${replies.map((r) => r.text.slice(0, 120)).slice(0, 3).join('\n')}`);
      assert.equal(await balanceOf(payTo), payToBefore + PRICE * BigInt(settled), 'the recipient got exactly the settled payments');
      assert.ok(blocks.size < settled, `settlements share blocks (${settled} in ${blocks.size} blocks)`);

      const rec = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
      const report = await rec.text();
      assert.equal(rec.status, 200, report);
      assert.deepEqual(JSON.parse(report).settlers?.map((s) => s.address).sort(), [...addresses].sort(), `reconcile reports the gas of every key of the pool: ${report}`);

      // No nonce gap survives, none is wasted: for each address, the chain's mined and pending
      // counts and the ledger's next nonce agree, and each transaction sent in the run is the
      // one recorded by exactly one payment of the run.
      for (const address of addresses) {
        let latest = await txCount(address, 'latest');
        let pending = await txCount(address, 'pending');
        for (let i = 0; i < 30 && latest !== pending; i++) {
          await sleep(100);
          [latest, pending] = [await txCount(address, 'latest'), await txCount(address, 'pending')];
        }
        const allocated = (await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1 and chain_id = 196', [address])).rows;
        const next = allocated.length ? Number(allocated[0].next_nonce) : sentBefore[address];
        assert.deepEqual({ latest, pending, next }, { latest, pending: latest, next: latest }, `${address}: mined ${latest}, pending ${pending}, ledger's next nonce ${next}`);
        const used = rows.filter((row) => row.settler_address === address && row.settler_nonce !== null).map((row) => Number(row.settler_nonce));
        assert.equal(new Set(used).size, used.length, `${address}: each account nonce recorded by one payment`);
        assert.deepEqual(
          [...used].sort((a, b) => a - b),
          Array.from({ length: latest - sentBefore[address] }, (_, k) => sentBefore[address] + k),
          `${address}: the run's transactions are exactly the payments' recorded nonces`,
        );
      }
      return { settled, failed: PAYMENTS - settled, blocks: blocks.size, settledBy, retried: replies.filter((r) => r.statuses.length > 1).length };
    }

    test(`${PAYMENTS} concurrent payments, one settler key: each settled once or failed with nothing moved; no nonce gap after reconcile`, async (t) => {
      const out = await run(oneKey());
      t.diagnostic(JSON.stringify(out));
      assert.equal(out.settledBy[lower(oneKey()[0].address)], out.settled);
    });

    test(`${PAYMENTS} concurrent payments, a pool of three settler keys: each settled once or failed with nothing moved, spread over the pool; no nonce gap after reconcile`, async (t) => {
      const out = await run(threeKeys());
      t.diagnostic(JSON.stringify(out));
      const used = Object.values(out.settledBy).filter((n) => n > 0).length;
      assert.ok(used >= 2, `at least two of the three addresses settled payments: ${JSON.stringify(out.settledBy)}`);
    });
  });
}
