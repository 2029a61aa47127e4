// End to end, both InsForge contracts: metered payments (x402 `upto`) beyond one paid request,
// settled directly on anvil (our Permit2 and the x402 upto proxy at their usual addresses, USDG's
// double at its X Layer address), the ledger in PostgreSQL.
//   - the x402-facilitator bundle (functions/dist) settling upto for other servers
//     (X402_UPTO_FACILITATOR, the settler key's address): /supported lists it with its
//     facilitatorAddress; /verify takes the ceiling and sends nothing; /settle charges the amount
//     its requirements name (never above the ceiling), nothing for "0", and answers the same
//     permit again from the ledger; a permit whose witness names another facilitator is refused;
//     a settle whose answer is lost (mining off) is settled for its charge, by reconcile or by
//     the same settle again.
//     Permits are made by @x402/evm's UptoEvmScheme; on Cloud the official HTTPFacilitatorClient
//     is the caller too.
//   - x402-reconcile with metered paywall rows: a settlement sent whose answer the request never
//     got (mining off, X402_SETTLE_TIMEOUT_MS) is proven on chain for the CHARGE recorded before
//     the send (or resolved so when its payer comes back first); a payment whose work failed
//     (claimed, nothing charged, nothing sent) is failed once its permit's deadline has passed,
//     and left alone before.
// Every test asserts what happened: the HTTP answer, the token's balances, the facilitator key's
// transactions (sent and mined), the receipts' logs, the ledger row and x402_receipts.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFunctionData, getAddress, parseEventLogs, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { UptoEvmScheme } from '@x402/evm/upto/client';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { X402_UPTO_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { b64json, decodeHeader, newPayer, USDG } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const code = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const CEILING = 100_000n; // 0.10 USDG (6 decimals)
const UNIT = 1_000n;
const NETWORK = 'eip155:196';
const SLUG = 'metered';
const SETTLE_TIMEOUT_MS = 2000;
const lower = (a) => a.toLowerCase();
const nonceKey = (nonce) => toHex(BigInt(nonce), { size: 32 });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The seller's metered handler: `?units=N` charges N × UNIT; `?fail=S` answers status S (the
// work failed: nothing is charged).
const HANDLER = `
module.exports = async function (req, payment) {
  const q = new URL(req.url).searchParams;
  if (q.has('fail')) {
    return new Response(JSON.stringify({ error: 'work failed' }), { status: Number(q.get('fail')), headers: { 'Content-Type': 'application/json' } });
  }
  payment.charge(String(BigInt(q.get('units') ?? '0') * ${UNIT}n));
  const { charge: _charge, ...told } = payment;
  return new Response(JSON.stringify({ content: 'metered work', payment: told }), { headers: { 'Content-Type': 'application/json' } });
};`;

let pg;
let chain;
let usdg;
let uptoProxy;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  await chain.placePermit2();
  uptoProxy = await chain.placeUptoProxy();
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
});
after(async () => {
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
const automine = (on) => chain.publicClient.request({ method: 'evm_setAutomine', params: [on] });
const receiptOf = (hash) => chain.publicClient.getTransactionReceipt({ hash }).catch(() => null);
/** The token's Transfer and the proxy's Settled in a receipt, decoded. */
const eventsOf = (receipt) =>
  parseEventLogs({ abi: [...usdg.abi, ...uptoProxy.abi], logs: receipt.logs })
    .filter((l) => l.eventName !== 'Approval')
    .map((l) => [getAddress(l.address), l.eventName, l.args ?? {}]);

/** A payer holding `funds` USDG who has approved Permit2. */
async function fundedPayer(funds = CEILING * 3n) {
  const payer = newPayer();
  await chain.mint(usdg, payer.address, funds);
  await chain.approvePermit2(usdg, payer.address); // sent as the payer (impersonated, given gas)
  return payer;
}

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`upto (metered) beyond the paywall: x402-facilitator and x402-reconcile, direct settlement on anvil, ${contract} contract`, () => {
    let stack;
    let payTo; // the paywall's recipient and one the facilitator settles for
    const facilitator = () => chain.accounts[1 + index]; // the settler's key: X402_UPTO_FACILITATOR
    const count = (blockTag = 'latest') => chain.publicClient.getTransactionCount({ address: facilitator().address, blockTag });
    const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [lower(payer.address)])).rows;
    const receiptRow = async (id) => (await stack.query('select * from x402_receipts where id = $1', [id])).rows[0];
    const snapshot = async (payer) => ({ payer: await balanceOf(payer.address), payTo: await balanceOf(payTo), nonce: await count() });
    async function onlyRow(payer) {
      const rows = await rowsOf(payer);
      assert.equal(rows.length, 1, JSON.stringify(rows));
      return rows[0];
    }

    /** A facilitator operation through `?op=` (both contracts). */
    async function facilitate(op, body) {
      const res = await fetch(`${stack.baseUrl}/functions/x402-facilitator?op=${op}`, {
        method: op === 'supported' ? 'GET' : 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return readReply(res);
    }

    /** Upto requirements naming `amount` (the ceiling at /verify, the charge at /settle). */
    const requirements = (amount, facilitatorAddress = facilitator().address) => ({
      scheme: 'upto',
      network: NETWORK,
      amount: String(amount),
      asset: USDG,
      payTo,
      maxTimeoutSeconds: 300,
      extra: { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2', facilitatorAddress },
    });

    /** A v2 payment payload for the ceiling, made by UptoEvmScheme from `signed` requirements. */
    async function uptoPayment(payer, signed = requirements(CEILING)) {
      const { payload } = await new UptoEvmScheme(privateKeyToAccount(payer.privateKey)).createPaymentPayload(2, signed);
      return { x402Version: 2, resource: { url: 'https://seller.example/metered' }, accepted: signed, payload };
    }
    const body = (paymentPayload, amount) => ({ x402Version: 2, paymentPayload, paymentRequirements: { ...paymentPayload.accepted, amount: String(amount) } });

    /** The facilitator's transaction for `charge`: from the witness's facilitator, through the upto proxy, moving the charge alone. */
    async function assertChargedOnChain(tx, payer, charge, before) {
      assert.match(tx, /^0x[0-9a-f]{64}$/);
      const receipt = await receiptOf(tx);
      assert.equal(receipt?.status, 'success', tx);
      assert.deepEqual([lower(receipt.from), getAddress(receipt.to)], [lower(facilitator().address), X402_UPTO_PROXY_ADDRESS], 'sent by the facilitator through the upto proxy');
      assert.deepEqual(eventsOf(receipt), [
        [getAddress(USDG), 'Transfer', { from: getAddress(payer.address), to: getAddress(payTo), value: charge }],
        [X402_UPTO_PROXY_ADDRESS, 'Settled', {}],
      ]);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - charge, before.payTo + charge], 'the charge moved, not the ceiling');
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_upto_fac_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_SCHEME: 'upto',
          X402_PRICE: String(CEILING),
          X402_FACILITATOR_PAY_TO: payTo,
          X402_UPTO_FACILITATOR: facilitator().address,
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: facilitator().privateKey,
          RPC_URL: chain.rpcUrl,
          X402_SETTLE_TIMEOUT_MS: String(SETTLE_TIMEOUT_MS),
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
        },
      });
      await stack.deploy('x402-facilitator', code('x402-facilitator'));
      await stack.deploy('x402-reconcile', code('x402-reconcile'));
      const dir = mkdtempSync(join(tmpdir(), 'metered-handler-'));
      writeFileSync(join(dir, 'handler.js'), HANDLER);
      await stack.deploy(SLUG, paywallBundle(join(dir, 'handler.js'), SLUG));
    });
    after(async () => {
      await automine(true);
      await stack?.stop();
    });

    describe('x402-facilitator', () => {
      test('supported lists upto on the chain it settles, with the facilitator address; without X402_UPTO_FACILITATOR, no upto kind and upto requests are refused', async () => {
        const r = await facilitate('supported');
        assert.equal(r.status, 200, r.text);
        const upto = r.json.kinds.filter((k) => k.scheme === 'upto');
        assert.deepEqual(upto, [{ x402Version: 2, scheme: 'upto', network: NETWORK, extra: { facilitatorAddress: lower(facilitator().address) } }]);
        assert.ok(r.json.kinds.some((k) => k.x402Version === 2 && k.scheme === 'exact' && k.network === NETWORK), r.text);

        await stack.setSecrets({ X402_UPTO_FACILITATOR: null });
        try {
          const plain = await facilitate('supported');
          assert.equal(plain.status, 200, plain.text);
          assert.ok(plain.json.kinds.length > 0);
          assert.deepEqual(plain.json.kinds.filter((k) => k.scheme !== 'exact'), [], 'exact only');
          const payer = await fundedPayer();
          const before = await snapshot(payer);
          const payment = await uptoPayment(payer);
          const v = await facilitate('verify', body(payment, CEILING));
          assert.deepEqual([v.status, v.json?.isValid, v.json?.invalidReason], [200, false, 'invalid_scheme'], v.text);
          const s = await facilitate('settle', body(payment, 7n * UNIT));
          assert.deepEqual([s.status, s.json?.success, s.json?.errorReason, s.json?.transaction], [200, false, 'invalid_scheme', ''], s.text);
          assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
          assert.deepEqual(await rowsOf(payer), []);
        } finally {
          await stack.setSecrets({ X402_UPTO_FACILITATOR: facilitator().address });
        }
      });

      test('verify takes the ceiling: valid, nothing sent, nothing written; requirements naming another amount are refused', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        assert.equal(payment.payload.permit2Authorization.permitted.amount, String(CEILING));
        assert.equal(getAddress(payment.payload.permit2Authorization.spender), X402_UPTO_PROXY_ADDRESS);
        const v = await facilitate('verify', body(payment, CEILING));
        assert.equal(v.status, 200, v.text);
        assert.deepEqual(v.json, { isValid: true, payer: lower(payer.address) });
        const other = await facilitate('verify', body(payment, 7n * UNIT));
        assert.deepEqual([other.status, other.json?.isValid, other.json?.invalidReason], [200, false, 'invalid_exact_evm_payload_authorization_value'], other.text);
        assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
        assert.deepEqual(await rowsOf(payer), [], 'verify writes nothing');
      });

      test('settle charges the amount its requirements name: one transaction from the facilitator through the upto proxy, the row settled with the charge; the same settle again answers the recorded transaction, nothing sent twice', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        assert.equal((await facilitate('verify', body(payment, CEILING))).json?.isValid, true);
        const charge = 7n * UNIT;
        const s = await facilitate('settle', body(payment, charge));
        assert.equal(s.status, 200, s.text);
        assert.deepEqual(
          [s.json.success, s.json.amount, s.json.network, s.json.payer],
          [true, String(charge), NETWORK, lower(payer.address)],
          s.text,
        );
        await assertChargedOnChain(s.json.transaction, payer, charge, before);
        assert.equal(await count(), before.nonce + 1, 'one transaction');
        const row = await onlyRow(payer);
        assert.deepEqual(
          [row.status, row.tx_hash, row.charged, row.amount, row.settler, row.nonce, lower(row.pay_to)],
          ['settled', s.json.transaction, String(charge), String(CEILING), 'direct', nonceKey(payment.payload.permit2Authorization.nonce), lower(payTo)],
        );
        assert.equal((await receiptRow(row.id)).charged, String(charge), 'x402_receipts shows the charge');

        const again = await facilitate('settle', body(payment, charge));
        assert.equal(again.status, 200, again.text);
        assert.deepEqual([again.json.success, again.json.transaction, again.json.amount], [true, s.json.transaction, String(charge)], again.text);
        // The same permit asked for another charge: the charge recorded stands.
        const more = await facilitate('settle', body(payment, 9n * UNIT));
        assert.equal(more.status, 200, more.text);
        assert.deepEqual([more.json.success, more.json.transaction, more.json.amount], [true, s.json.transaction, String(charge)], more.text);
        assert.equal(await count(), before.nonce + 1, 'nothing sent twice');
        assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - charge, before.payTo + charge], 'charged once');
        const same = await onlyRow(payer);
        assert.deepEqual([same.status, same.tx_hash, same.charged], ['settled', s.json.transaction, String(charge)]);
      });

      test('settle for "0": success with no transaction, nothing on chain, the row settled with charged 0 and no hash', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        const s = await facilitate('settle', body(payment, 0));
        assert.equal(s.status, 200, s.text);
        assert.deepEqual([s.json.success, s.json.transaction, s.json.amount, s.json.payer], [true, '', '0', lower(payer.address)], s.text);
        assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
        const row = await onlyRow(payer);
        assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', null, '0']);
        assert.equal((await receiptRow(row.id)).charged, '0');
        const again = await facilitate('settle', body(payment, 0));
        assert.deepEqual([again.status, again.json?.success, again.json?.transaction, again.json?.amount], [200, true, '', '0'], again.text);
        assert.deepEqual(await snapshot(payer), before);
      });

      test('settle above the ceiling: refused invalid_upto_evm_payload_settlement_exceeds_amount, nothing sent, nothing written; the permit still settles within it', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        const s = await facilitate('settle', body(payment, CEILING + 1n));
        assert.equal(s.status, 200, s.text);
        assert.deepEqual(
          [s.json.success, s.json.errorReason, s.json.transaction, s.json.network, s.json.payer],
          [false, 'invalid_upto_evm_payload_settlement_exceeds_amount', '', NETWORK, lower(payer.address)],
          s.text,
        );
        assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
        assert.deepEqual(await rowsOf(payer), [], 'refused before the ledger');
        const within = await facilitate('settle', body(payment, CEILING));
        assert.deepEqual([within.status, within.json?.success, within.json?.amount], [200, true, String(CEILING)], within.text);
        await assertChargedOnChain(within.json.transaction, payer, CEILING, before);
      });

      test('a permit whose witness names another facilitator: refused upto_facilitator_mismatch at verify and settle, nothing sent, nothing written', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const other = newPayer().address;
        const payment = await uptoPayment(payer, requirements(CEILING, other));
        assert.equal(getAddress(payment.payload.permit2Authorization.witness.facilitator), getAddress(other));
        const v = await facilitate('verify', body(payment, CEILING));
        assert.deepEqual([v.status, v.json?.isValid, v.json?.invalidReason], [200, false, 'upto_facilitator_mismatch'], v.text);
        const s = await facilitate('settle', body(payment, 3n * UNIT));
        assert.deepEqual([s.status, s.json?.success, s.json?.errorReason, s.json?.transaction], [200, false, 'upto_facilitator_mismatch', ''], s.text);
        assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
        assert.deepEqual(await rowsOf(payer), []);
      });

      /**
       * A settle sent with mining off: the request waits X402_SETTLE_TIMEOUT_MS for its receipt
       * and answers settlement_pending; the transaction (the charge, from the facilitator) is
       * mined afterwards. Returns the row as the request left it.
       */
      async function lostSettle(payer, payment, charge) {
        let pending;
        await automine(false);
        try {
          const s = await facilitate('settle', body(payment, charge));
          assert.deepEqual([s.status, s.json?.success, s.json?.errorReason, s.json?.transaction], [503, false, 'settlement_pending', ''], s.text);
          pending = await onlyRow(payer);
          assert.equal(pending.status, 'pending');
          assert.match(pending.tx_hash ?? '', /^0x[0-9a-f]{64}$/);
          const sent = await chain.publicClient.getTransaction({ hash: pending.tx_hash });
          const call = decodeFunctionData({ abi: uptoProxy.abi, data: sent.input });
          assert.deepEqual([lower(sent.from), getAddress(sent.to), call.functionName, call.args[1]], [lower(facilitator().address), X402_UPTO_PROXY_ADDRESS, 'settle', charge], 'the charge was sent');
          await chain.mine(1);
        } finally {
          await automine(true);
        }
        assert.equal((await receiptOf(pending.tx_hash))?.status, 'success');
        return pending;
      }

      test('a settle whose answer is lost: pending with the charge and its transaction; once mined, reconcile proves it settled for the charge', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        const charge = 6n * UNIT;
        const pending = await lostSettle(payer, payment, charge);
        assert.equal(pending.charged, String(charge), 'the charge is recorded before the transaction is sent');
        const r = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
        const report = await r.json();
        assert.equal(r.status, 200, JSON.stringify(report));
        const row = await onlyRow(payer);
        assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', pending.tx_hash, String(charge)], JSON.stringify(report));
        await assertChargedOnChain(pending.tx_hash, payer, charge, before);
        assert.equal(await count(), before.nonce + 1, 'one transaction');
      });

      test('a settle whose answer is lost, presented again once mined: the recorded transaction, the row settled with the charge, nothing sent twice', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const payment = await uptoPayment(payer);
        const charge = 6n * UNIT;
        const pending = await lostSettle(payer, payment, charge);
        const again = await facilitate('settle', body(payment, charge));
        assert.equal(again.status, 200, again.text);
        assert.deepEqual([again.json.success, again.json.transaction, again.json.amount], [true, pending.tx_hash, String(charge)], again.text);
        const row = await onlyRow(payer);
        assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', pending.tx_hash, String(charge)]);
        await assertChargedOnChain(pending.tx_hash, payer, charge, before);
        assert.equal(await count(), before.nonce + 1, 'nothing sent twice');
      });

      if (contract === 'cloud') {
        test("through the official facilitator client (@x402/core's HTTPFacilitatorClient): upto among the supported kinds, the ceiling verified, the charge settled", async () => {
          const { HTTPFacilitatorClient } = await import('@x402/core/http');
          const client = new HTTPFacilitatorClient({ url: `${stack.functionsUrl}/x402-facilitator` });
          const supported = await client.getSupported();
          const kind = supported.kinds.find((k) => k.scheme === 'upto' && k.network === NETWORK);
          assert.deepEqual(kind?.extra, { facilitatorAddress: lower(facilitator().address) }, JSON.stringify(supported));
          const payer = await fundedPayer();
          const before = await snapshot(payer);
          const offered = requirements(CEILING, kind.extra.facilitatorAddress);
          const payment = await uptoPayment(payer, offered);
          const v = await client.verify(payment, offered);
          assert.deepEqual([v.isValid, v.payer], [true, lower(payer.address)], JSON.stringify(v));
          const charge = 4n * UNIT;
          const s = await client.settle(payment, { ...offered, amount: String(charge) });
          assert.deepEqual([s.success, s.amount, s.network], [true, String(charge), NETWORK], JSON.stringify(s));
          await assertChargedOnChain(s.transaction, payer, charge, before);
          const row = await onlyRow(payer);
          assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', s.transaction, String(charge)]);
        });
      }
    });

    describe('x402-reconcile with metered paywall rows', () => {
      const url = (query = '') => `${stack.baseUrl}/functions/${SLUG}${query}`;
      let offered;
      async function reconcile() {
        const r = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
        const report = await r.json();
        assert.equal(r.status, 200, JSON.stringify(report));
        return report;
      }
      /** A PAYMENT-SIGNATURE header for the offered requirements, its permit made by UptoEvmScheme from `signed`. */
      async function header(payer, signed = offered) {
        const { payload } = await new UptoEvmScheme(privateKeyToAccount(payer.privateKey)).createPaymentPayload(2, signed);
        return { header: b64json({ x402Version: 2, resource: { url: url() }, accepted: offered, payload }), permit: payload.permit2Authorization };
      }
      const pay = async (h, query) => readReply(await fetch(url(query), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': h } }));

      before(async () => {
        offered = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
        assert.deepEqual([offered.scheme, offered.amount, lower(offered.extra.facilitatorAddress)], ['upto', String(CEILING), lower(facilitator().address)]);
      });

      test('a settlement sent whose answer the request never got: pending with its charge and transaction; reconcile leaves it while it waits in the pool, then proves it settled for the charge, not the ceiling; the payer, back, is served from it', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const { header: h } = await header(payer);
        const charge = 3n * UNIT;
        let pending;
        await automine(false);
        try {
          const started = Date.now();
          const r = await pay(h, '?units=3');
          assert.deepEqual([r.status, r.json?.error], [503, 'settlement_pending'], r.text);
          assert.ok(Date.now() - started >= SETTLE_TIMEOUT_MS, 'the request waited for the receipt, then gave up');
          assert.equal(r.headers.get('payment-response'), null, 'the work is not delivered');
          pending = await onlyRow(payer);
          assert.deepEqual([pending.status, pending.charged, pending.served_at], ['pending', String(charge), null]);
          assert.match(pending.tx_hash ?? '', /^0x[0-9a-f]{64}$/);
          assert.equal(pending.claim_token, null, 'the request let go of it');
          // In the pool: the facilitator's settle for the charge.
          const sent = await chain.publicClient.getTransaction({ hash: pending.tx_hash });
          assert.deepEqual([lower(sent.from), getAddress(sent.to)], [lower(facilitator().address), X402_UPTO_PROXY_ADDRESS]);
          const call = decodeFunctionData({ abi: uptoProxy.abi, data: sent.input });
          assert.deepEqual([call.functionName, call.args[1], call.args[0].permitted.amount], ['settle', charge, CEILING], 'settle(permit for the ceiling, the charge, …)');
          assert.equal(await receiptOf(pending.tx_hash), null, 'not mined');
          assert.equal(await count('pending'), before.nonce + 1);

          await reconcile();
          const waiting = await onlyRow(payer);
          assert.deepEqual([waiting.status, waiting.tx_hash, waiting.charged], ['pending', pending.tx_hash, String(charge)], 'a transaction waiting at good fees is left to be mined');
          assert.equal(await count('pending'), before.nonce + 1, 'nothing else sent');
          assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer, before.payTo], 'nothing moved yet');
          await chain.mine(1);
        } finally {
          await automine(true);
        }
        assert.equal((await receiptOf(pending.tx_hash))?.status, 'success');

        const report = await reconcile();
        assert.ok(report.settled >= 1, JSON.stringify(report));
        const settled = await onlyRow(payer);
        assert.deepEqual([settled.status, settled.tx_hash, settled.charged, settled.served_at], ['settled', pending.tx_hash, String(charge), null], JSON.stringify(report));
        assert.equal((await receiptRow(settled.id)).charged, String(charge));
        await assertChargedOnChain(pending.tx_hash, payer, charge, before);
        assert.equal(await count(), before.nonce + 1, 'one transaction');

        // The payer comes back with the same payment: served from that settlement, charged once.
        const back = await pay(h, '?units=9');
        assert.equal(back.status, 200, back.text);
        assert.equal(back.json.content, 'metered work');
        assert.deepEqual([back.json.payment.txHash, back.json.payment.charged, back.json.payment.replay], [pending.tx_hash, String(charge), false]);
        const settlement = decodeHeader(back.headers.get('payment-response'));
        assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, pending.tx_hash, String(charge)]);
        assert.equal(await count(), before.nonce + 1, 'nothing sent');
        assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - charge, before.payTo + charge], 'charged once');
        assert.notEqual((await onlyRow(payer)).served_at, null, 'delivered');
      });

      test('a settlement sent whose answer the request never got, the payer back before any reconcile: resolved from that transaction for the charge recorded, served, charged once', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const { header: h } = await header(payer);
        const charge = 5n * UNIT;
        let pending;
        await automine(false);
        try {
          const r = await pay(h, '?units=5');
          assert.deepEqual([r.status, r.json?.error], [503, 'settlement_pending'], r.text);
          pending = await onlyRow(payer);
          assert.deepEqual([pending.status, pending.charged], ['pending', String(charge)]);
          assert.match(pending.tx_hash ?? '', /^0x[0-9a-f]{64}$/);
          await chain.mine(1);
        } finally {
          await automine(true);
        }
        // The handler says something else this time: the recorded charge stands.
        const back = await pay(h, '?units=40');
        assert.equal(back.status, 200, back.text);
        assert.equal(back.json.content, 'metered work');
        assert.deepEqual([back.json.payment.txHash, back.json.payment.charged], [pending.tx_hash, String(charge)]);
        const settlement = decodeHeader(back.headers.get('payment-response'));
        assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, pending.tx_hash, String(charge)]);
        await assertChargedOnChain(pending.tx_hash, payer, charge, before);
        assert.equal(await count(), before.nonce + 1, 'nothing sent twice');
        const row = await onlyRow(payer);
        assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', pending.tx_hash, String(charge)]);
        assert.notEqual(row.served_at, null);
      });

      test('a payment whose work failed (claimed, nothing charged, nothing sent): reconcile leaves it while its permit can still be used, fails it once its deadline has passed; nothing sent, nothing moved', async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        // Signed for a short window: its deadline 8 s ahead (and ahead of the chain's clock).
        const drift = Math.max(0, Number((await chain.publicClient.getBlock()).timestamp) - Math.floor(Date.now() / 1000));
        const { header: h, permit } = await header(payer, { ...offered, maxTimeoutSeconds: 8 + drift });
        const r = await pay(h, '?fail=503');
        assert.deepEqual([r.status, r.json], [503, { error: 'work failed' }], r.text);
        assert.equal(r.headers.get('payment-response'), null);
        const claimed = await onlyRow(payer);
        assert.deepEqual([claimed.status, claimed.charged, claimed.tx_hash, claimed.claim_token], ['pending', null, null, null], 'the claim let go, nothing charged');
        assert.equal(claimed.valid_before, String(BigInt(permit.deadline) + 1n));

        await reconcile();
        const open = await onlyRow(payer);
        assert.ok(Date.now() / 1000 < Number(permit.deadline), 'still within its window');
        assert.deepEqual([open.status, open.charged, open.tx_hash, open.error_reason], ['pending', null, null, null], 'its permit can still be used: left alone');

        // Past its deadline, on our clock and on the chain's.
        const closes = Number(claimed.valid_before);
        while (Date.now() / 1000 < closes) await sleep(250);
        // A block stamped at or after it: on a loaded machine the first one mined may not be.
        const chainTime = async () => Number((await chain.publicClient.getBlock()).timestamp);
        for (let i = 0; i < 20 && (await chainTime()) < closes; i++) {
          await chain.mine(1);
          if ((await chainTime()) < closes) await sleep(250);
        }
        assert.ok((await chainTime()) >= closes);
        const report = await reconcile();
        assert.ok(report.failed >= 1, JSON.stringify(report));
        const failed = await onlyRow(payer);
        assert.deepEqual([failed.status, failed.charged, failed.tx_hash, failed.error_reason], ['failed', null, null, 'invalid_exact_evm_payload_authorization_valid_before'], JSON.stringify(report));
        assert.deepEqual(await snapshot(payer), before, 'nothing sent, nothing moved');
      });
    });
  });
}
