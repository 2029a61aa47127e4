// End to end, both InsForge contracts: OKX settling FOR REAL on anvil. The OKX stand-in
// (tests/support/okx.mjs with `chain`) executes transferWithAuthorization on the token (USDG's
// double at its X Layer address) from its own gas account and answers the mined hash; our
// committed bundles talk to it over OKX's wire format and, with RPC_URL, to the same anvil.
//   - a settle that lands after X402_SETTLE_TIMEOUT_MS: the first request answers 503
//     (unknown, no hash known); the retry of the SAME payment is proven on chain first
//     (authorizationState, the AuthorizationUsed log, the receipt with our Transfer) and
//     served with the real hash, never sent again: charged once; presented after its
//     validBefore it is proven and served all the same; reconcile after its validBefore proves
//     it settled (never failed); a node that cannot be asked leaves it to the backend (OKX's
//     "nonce already used", proven once a node answers);
//   - a settle that never reached OKX: reconcile never submits it; once its window is closed on
//     chain it is proven unused: failed, nothing moved, and the payer is told so;
//   - OKX answering success:true with a missing or malformed hash: unknown, then resolved;
//   - the balance pre-check: unfunded payers are refused before the ledger and OKX; a node
//     that does not answer blocks nobody.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { parseSignature } from 'viem';
import { startOkx } from '../support/okx.mjs';
import { decodeHeader, newPayer, requirementsFor, signPayment, USDG } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = 10_000n;
const SETTLE_TIMEOUT_MS = 1500;
const LATE_MS = 3000; // the stand-in's settle answer arrives after our request gave up
const DEAD_NODE = 'http://127.0.0.1:9';
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

for (const contract of ['self-hosted', 'cloud']) {
  describe(`OKX settling on anvil, ${contract} contract`, () => {
    let stack;
    let okx;
    let payTo;
    const url = (slug = 'x402-paywall') => `${stack.baseUrl}/functions/${slug}`;
    const requirements = () => requirementsFor({ payTo, amount: String(PRICE), resource: url() });
    const pay = async (header) => readReply(await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    const rows = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows;
    const reconcile = async () => (await fetch(url('x402-reconcile'), { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } })).json();
    const facilitator = async (op, body) =>
      readReply(await fetch(`${url('x402-facilitator')}?op=${op}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    async function fundedPayer(amount = PRICE) {
      const payer = newPayer();
      await chain.mint(usdg, payer.address, amount);
      return payer;
    }
    /** The transaction the stand-in mined for this attempt (it is carried out before the late answer). */
    async function landed(count) {
      for (let i = 0; i < 100 && okx.onChain.length < count; i++) await sleep(50);
      assert.equal(okx.onChain.length, count, 'the stand-in settled on chain');
      return okx.onChain[count - 1];
    }
    /** A payment whose first presentation gave up while OKX settled it: 503, the row unknown. */
    async function gaveUp(overrides = {}) {
      const payer = await fundedPayer(); // exactly the price: afterwards the balance is 0
      const signed = await signPayment({ payer, requirements: requirements(), overrides });
      const before = [await balanceOf(payer.address), await balanceOf(payTo)];
      okx.answerLate('settle', LATE_MS);
      const onChain = okx.onChain.length;
      const first = await pay(signed.header);
      assert.equal(first.status, 503, first.text);
      assert.ok(first.headers.get('retry-after'), 'retry with the same payment');
      const hash = await landed(onChain + 1);
      const [row] = await rows(signed.authorization.nonce);
      assert.equal(row.status, 'pending');
      assert.equal(row.tx_hash, null, 'no hash was known');
      assert.equal(row.claim_token, null, 'the request let go of it');
      assert.ok(row.submitted_at);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before[0] - PRICE, before[1] + PRICE], 'the money moved');
      return { payer, signed, hash, moved: [before[0] - PRICE, before[1] + PRICE] };
    }

    before(async () => {
      payTo = newPayer().address;
      okx = await startOkx({ chain, token: usdg });
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_okx_chain_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_FACILITATOR_PAY_TO: payTo,
          X402_PRICE: String(PRICE),
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          RPC_URL: chain.rpcUrl,
          X402_SETTLE_TIMEOUT_MS: String(SETTLE_TIMEOUT_MS),
          X402_RECONCILE_MIN_AGE_SECONDS: '60',
        },
      });
      for (const slug of ['x402-paywall', 'x402-reconcile', 'x402-facilitator']) await stack.deploy(slug, code(slug));
    });
    after(async () => {
      await stack?.stop();
      await okx?.close();
    });

    test('a settle that lands after X402_SETTLE_TIMEOUT_MS: 503, then the retry of the same payment is proven on chain and served; charged once', async () => {
      okx.reset();
      const { payer, signed, hash, moved } = await gaveUp();
      const retry = await pay(signed.header);
      assert.equal(retry.status, 200, `the retry resolved it: ${retry.text}`);
      assert.ok(Math.floor(Date.now() / 1000) < Number(signed.authorization.validBefore), "within the payment's window");
      assert.equal(decodeHeader(retry.headers.get('payment-response')).transaction, hash);
      assert.deepEqual([retry.json?.txHash, retry.json?.replay], [hash, false]);
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1], 'proven on chain: never sent again');
      const [row] = await rows(signed.authorization.nonce);
      assert.deepEqual([row.status, row.tx_hash], ['settled', hash]);
      assert.equal((await chain.publicClient.getTransactionReceipt({ hash })).status, 'success');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], moved, 'the money moved exactly once');
      // Presented again: served from the ledger although the payer's balance is now 0.
      const again = await pay(signed.header);
      assert.deepEqual([again.status, again.json?.replay], [200, true], again.text);
      assert.equal(okx.calls.settle, 1);
    });

    test('told to retry, presented again only after its validBefore: proven on chain and served, charged once', async () => {
      okx.reset();
      const validBefore = Math.floor(Date.now() / 1000) + 12;
      const { payer, signed, hash, moved } = await gaveUp({ validBefore: String(validBefore) });
      while (Math.floor(Date.now() / 1000) < validBefore + 1) await sleep(250);
      const late = await pay(signed.header);
      assert.equal(late.status, 200, `past its window, the transfer it made is delivered: ${late.text}`);
      assert.deepEqual([late.json?.txHash, late.json?.replay], [hash, false]);
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
      assert.deepEqual([(await rows(signed.authorization.nonce))[0].status, await balanceOf(payer.address), await balanceOf(payTo)], ['settled', ...moved]);
    });

    test('reconcile after the validBefore of a settle that landed late: settled by proof, never failed, never resubmitted', async () => {
      okx.reset();
      const validBefore = Math.floor(Date.now() / 1000) + 12;
      const { signed, hash } = await gaveUp({ validBefore: String(validBefore) });
      while (Math.floor(Date.now() / 1000) < validBefore + 1) await sleep(250);
      await stack.query("update x402_payments set created_at = now() - interval '1 hour' where nonce = $1", [signed.authorization.nonce.toLowerCase()]);
      const rec = await reconcile();
      assert.ok(rec.settled >= 1, JSON.stringify(rec));
      const [row] = await rows(signed.authorization.nonce);
      assert.deepEqual([row.status, row.tx_hash, row.served_at], ['settled', hash, null]);
      assert.equal(okx.calls.settle, 1, 'reconcile never submits');
      // Presented now: its first delivery, whenever that is.
      const r = await pay(signed.header);
      assert.deepEqual([r.status, r.json?.replay], [200, false], r.text);
    });

    test('the payer cancels the authorization on chain after an unknown settle: proven, failed, nothing moved, and the payer told so', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const signed = await signPayment({ payer, requirements: requirements() });
      okx.fail('settle', 502, 1);
      assert.equal((await pay(signed.header)).status, 503);
      const sig = parseSignature(
        await payer.account.signTypedData({
          domain: { name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: usdg.address },
          types: { CancelAuthorization: [{ name: 'authorizer', type: 'address' }, { name: 'nonce', type: 'bytes32' }] },
          primaryType: 'CancelAuthorization',
          message: { authorizer: payer.address, nonce: signed.authorization.nonce },
        }),
      );
      // Anyone may carry the payer's signed cancellation to the chain.
      const tx = await chain.walletClient(6).writeContract({
        address: usdg.address,
        abi: usdg.abi,
        functionName: 'cancelAuthorization',
        args: [payer.address, signed.authorization.nonce, Number(sig.v), sig.r, sig.s],
      });
      await chain.publicClient.waitForTransactionReceipt({ hash: tx });
      const told = await pay(signed.header);
      assert.deepEqual([told.status, told.json?.error], [402, 'invalid_exact_evm_nonce_already_used'], told.text);
      assert.match(told.json?.message ?? told.text, /cancelled[^]*nothing was charged/);
      const [row] = await rows(signed.authorization.nonce);
      assert.equal(row.status, 'failed');
      assert.equal(await balanceOf(payer.address), PRICE, 'nothing moved');
      assert.equal(okx.calls.settle, 1, 'proven on chain: never sent again');
    });

    test('a settle that never reached OKX: reconcile never submits it; past its window, proven unused: failed, nothing moved, the payer told so', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const validBefore = Math.floor(Date.now() / 1000) + 12;
      const signed = await signPayment({ payer, requirements: requirements(), overrides: { validBefore: String(validBefore) } });
      okx.fail('settle', 502, 1);
      const first = await pay(signed.header);
      assert.equal(first.status, 503, first.text);
      assert.doesNotMatch(first.text, /nothing was charged/i, 'the outcome is not known: no promise');
      await stack.query("update x402_payments set created_at = now() - interval '1 hour' where nonce = $1", [signed.authorization.nonce.toLowerCase()]);
      const open = await reconcile();
      assert.ok(open.pending >= 1, JSON.stringify(open));
      assert.equal((await rows(signed.authorization.nonce))[0].status, 'pending', 'unused, but its window is open: not yet provable');
      assert.equal(okx.calls.settle, 1, 'reconcile never submits: a payer who never comes back is never charged');
      while (Math.floor(Date.now() / 1000) < validBefore + 1) await sleep(250);
      await chain.mine(); // the chain's clock passes validBefore
      const closed = await reconcile();
      assert.ok(closed.failed >= 1, JSON.stringify(closed));
      const [row] = await rows(signed.authorization.nonce);
      assert.deepEqual([row.status, row.error_reason], ['failed', 'invalid_exact_evm_payload_authorization_valid_before']);
      assert.equal(await balanceOf(payer.address), PRICE, 'nothing moved');
      assert.equal(okx.calls.settle, 1);
      const told = await pay(signed.header);
      assert.deepEqual([told.status, told.json?.error], [402, 'invalid_exact_evm_payload_authorization_valid_before'], told.text);
    });

    test('with no node in reach (RPC_URL unset, the chain\'s public endpoint out of reach) the same story stays unknown (503, never served, never failed) until reconcile with RPC_URL proves it', async () => {
      okx.reset();
      await stack.setSecrets({ RPC_URL: null });
      let late;
      try {
        late = await gaveUp();
        for (let i = 0; i < 2; i++) {
          const r = await pay(late.signed.header);
          assert.equal(r.status, 503, `retry ${i}: ${r.text}`);
          assert.equal(r.json?.ok, undefined, 'not served');
          const [row] = await rows(late.signed.authorization.nonce);
          assert.deepEqual([row.status, row.tx_hash], ['pending', null], `retry ${i}: never failed, never settled`);
        }
        await stack.query("update x402_payments set created_at = now() - interval '1 hour' where nonce = $1", [late.signed.authorization.nonce.toLowerCase()]);
        const blind = await reconcile();
        assert.ok(blind.pending >= 1, JSON.stringify(blind));
        assert.equal((await rows(late.signed.authorization.nonce))[0].status, 'pending');
      } finally {
        await stack.setSecrets({ RPC_URL: chain.rpcUrl });
      }
      const rec = await reconcile();
      assert.ok(rec.settled >= 1, JSON.stringify(rec));
      const [row] = await rows(late.signed.authorization.nonce);
      assert.deepEqual([row.status, row.tx_hash], ['settled', late.hash]);
      assert.deepEqual([await balanceOf(late.payer.address), await balanceOf(payTo)], late.moved, 'charged once');
      // Settled by reconcile, never served: this presentation is its first delivery.
      const r = await pay(late.signed.header);
      assert.deepEqual([r.status, r.json?.txHash, r.json?.replay], [200, late.hash, false], r.text);
    });

    test('a node fault while proving leaves the payment unknown (503); the next retry with a live node proves it', async () => {
      okx.reset();
      const { signed, hash } = await gaveUp();
      await stack.setSecrets({ RPC_URL: DEAD_NODE });
      try {
        const r = await pay(signed.header);
        assert.equal(r.status, 503, r.text);
        const [row] = await rows(signed.authorization.nonce);
        assert.deepEqual([row.status, row.claim_token], ['pending', null], 'unknown, and released for the next presentation');
      } finally {
        await stack.setSecrets({ RPC_URL: chain.rpcUrl });
      }
      const r = await pay(signed.header);
      assert.equal(r.status, 200, r.text);
      assert.equal((await rows(signed.authorization.nonce))[0].tx_hash, hash);
    });

    for (const kind of ['missing', 'malformed']) {
      test(`OKX answers success:true with a ${kind} hash: 503, the row stays pending and nothing is served; the retry resolves it`, async () => {
        okx.reset();
        const payer = await fundedPayer();
        const signed = await signPayment({ payer, requirements: requirements() });
        okx.settleHash(kind);
        const first = await pay(signed.header);
        assert.equal(first.status, 503, first.text);
        assert.equal(first.json?.ok, undefined, 'not served');
        const hash = okx.onChain.at(-1);
        const [pending] = await rows(signed.authorization.nonce);
        assert.deepEqual([pending.status, pending.tx_hash, pending.claim_token], ['pending', null, null]);
        const retry = await pay(signed.header);
        assert.equal(retry.status, 200, retry.text);
        assert.equal(retry.json?.txHash, hash);
        const [row] = await rows(signed.authorization.nonce);
        assert.deepEqual([row.status, row.tx_hash], ['settled', hash]);
        assert.equal(await balanceOf(payer.address), 0n, 'charged once');
      });
    }

    test('fifteen payments from fresh unfunded wallets: 402 insufficient_funds, no OKX call, no ledger row; a funded payer still pays', async () => {
      okx.reset();
      const payers = Array.from({ length: 15 }, () => newPayer());
      for (const payer of payers) {
        const r = await pay((await signPayment({ payer, requirements: requirements() })).header);
        assert.deepEqual([r.status, r.json?.error], [402, 'insufficient_funds'], r.text);
      }
      // The facilitator refuses them the same way.
      const reqs = requirementsFor({ payTo, amount: String(PRICE), resource: 'https://seller.example/api' });
      const { resource: _r, ...accepted } = reqs;
      for (const op of ['verify', 'settle']) {
        const signed = await signPayment({ payer: newPayer(), requirements: reqs });
        const r = await facilitator(op, { x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: accepted });
        const verdict = op === 'verify' ? [r.json?.isValid, r.json?.invalidReason] : [r.json?.success, r.json?.errorReason];
        assert.deepEqual(verdict, [false, 'insufficient_funds'], r.text);
        payers.push(signed.authorization.from);
      }
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [0, 0], 'OKX was never called');
      const addresses = payers.map((p) => (p.address ?? p).toLowerCase());
      const { rows: written } = await stack.query('select id from x402_payments where payer_address = any($1)', [addresses]);
      assert.equal(written.length, 0, 'nothing was written');
      // One unit short is short too; the exact price pays.
      const poor = await fundedPayer(PRICE - 1n);
      assert.equal((await pay((await signPayment({ payer: poor, requirements: requirements() })).header)).json?.error, 'insufficient_funds');
      const payer = await fundedPayer();
      const paid = await pay((await signPayment({ payer, requirements: requirements() })).header);
      assert.equal(paid.status, 200, paid.text);
      assert.deepEqual([okx.calls.verify, okx.calls.settle], [1, 1]);
      assert.equal(await balanceOf(payer.address), 0n);
    });

    test('a node that does not answer the balance check blocks nobody', async () => {
      okx.reset();
      await stack.setSecrets({ RPC_URL: DEAD_NODE });
      try {
        const payer = await fundedPayer();
        const r = await pay((await signPayment({ payer, requirements: requirements() })).header);
        assert.equal(r.status, 200, r.text);
        assert.equal(await balanceOf(payer.address), 0n);
        // Unfunded: the balance cannot be checked, so OKX is asked, and refuses.
        const unfunded = await pay((await signPayment({ payer: newPayer(), requirements: requirements() })).header);
        assert.equal(unfunded.status, 402, unfunded.text);
        assert.equal(okx.calls.verify, 2);
      } finally {
        await stack.setSecrets({ RPC_URL: chain.rpcUrl });
      }
    });
  });
}
