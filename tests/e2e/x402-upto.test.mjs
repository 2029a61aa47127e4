// End to end, both InsForge contracts: metered payments (x402 `upto`) settled directly on anvil.
// The payer signs a ceiling through Permit2 (our Permit2 and the x402 upto proxy placed at their
// usual addresses, USDG's double at its X Layer address); the seller's handler, bundled with
// `insforge-edge paywall`, runs after the claim and the ceiling's check and charges from the
// request (`?units=N`: N × UNIT, or a charge or Settlement-Overrides header given outright);
// the settler's key is the facilitator's (X402_UPTO_FACILITATOR), so only it can settle, and it
// settles what the work cost, never the ceiling. Payments are made by the official client
// (@x402/fetch's wrapFetchWithPayment over an x402Client with @x402/evm's UptoEvmScheme) or, to
// break a rule, by that same scheme given other requirements than the ones offered.
// Then the same with OKX settling (tests/support/okx.mjs on the same anvil, through the upto
// proxy at its X Layer address, X402_UPTO_PROXY): OKX verifies the ceiling and settles the
// charge (paymentRequirements.amount) from its own address, the facilitator in the witness.
// Every test asserts what happened: the HTTP answer (status, body, headers), the token's
// balances and the settler's transactions on anvil, the ledger row and x402_receipts.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { privateKeyToAccount } from 'viem/accounts';
import { wrapFetchWithPayment } from '@x402/fetch';
import { x402Client } from '@x402/core/client';
import { UptoEvmScheme } from '@x402/evm/upto/client';
import { PERMIT2_ADDRESS, uptoPermit2WitnessTypes } from '@x402/evm';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { X402_UPTO_PROXY_ADDRESS, startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { OKX_UPTO_PROXY, startOkx } from '../support/okx.mjs';
import { b64json, decodeHeader, newPayer, requirementsFor, signPayment, USDG } from '../support/payments.mjs';
import { paywallBundle } from '../../cli/paywall.mjs';

const CEILING = 100_000n; // 0.10 USDG (6 decimals)
const UNIT = 1_000n; // what one unit of work costs
const SLUG = 'metered';
const lower = (a) => a.toLowerCase();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The seller's handler. It reports every run to the test's hook (which may tell it to fail),
// then charges from the request: `units=N` → N × UNIT through payment.charge(); `charge=…` that
// text through payment.charge(); `override=…` only as the Settlement-Overrides header; none of
// them: no charge named (the ceiling). `decoy` adds a Settlement-Overrides header next to
// charge(), which must neither win nor reach the buyer.
const HANDLER = `
module.exports = async function (req, payment) {
  const q = new URL(req.url).searchParams;
  const hook = await fetch(Deno.env.get('HANDLER_HOOK_URL') ?? '', { method: 'POST', body: JSON.stringify(payment) });
  const plan = await hook.json();
  if (plan.fail === 'throw') throw new Error('the work broke');
  if (typeof plan.fail === 'number') {
    return new Response(JSON.stringify({ error: 'work failed' }), { status: plan.fail, headers: { 'Content-Type': 'application/json' } });
  }
  const headers = new Headers({ 'Content-Type': 'application/json' });
  const units = q.get('units');
  const charge = q.get('charge');
  const override = q.get('override');
  if (override !== null) headers.set('Settlement-Overrides', override);
  else if (charge !== null) payment.charge(charge);
  else if (units !== null) payment.charge(String(BigInt(units) * ${UNIT}n));
  if (q.has('decoy')) headers.set('Settlement-Overrides', JSON.stringify({ amount: '1' }));
  const { charge: _charge, ...told } = payment;
  return new Response(JSON.stringify({ content: 'metered work', units, payment: told }), { headers });
};`;

let pg;
let chain;
let usdg;
let hook;
const runs = []; // every handler run: the payment it was told
const plans = new Map(); // payer (lowercase) → {fail: 'throw' | status} | {revoke: true} (the payer withdraws Permit2's allowance during the work)
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: 196 });
  await chain.placePermit2();
  await chain.placeUptoProxy();
  await chain.placeUptoProxy({ at: OKX_UPTO_PROXY });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  hook = http.createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    const payment = JSON.parse(body);
    runs.push(payment);
    if (plans.get(lower(payment.payer))?.revoke) await chain.approvePermit2(usdg, payment.payer, 0n);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(plans.get(lower(payment.payer)) ?? {}));
  });
  await new Promise((r) => hook.listen(0, '127.0.0.1', r));
});
after(async () => {
  hook?.close();
  await chain?.stop();
  await pg?.stop();
});

const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
const runsOf = (payer) => runs.filter((p) => lower(p.payer) === lower(payer.address));

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`upto (metered) paywall, direct settlement on anvil, ${contract} contract`, () => {
    let stack;
    let payTo;
    let offered; // accepts[0] of the challenge
    const facilitator = () => chain.accounts[1 + index]; // the settler's key: X402_UPTO_FACILITATOR
    const url = (query = '') => `${stack.baseUrl}/functions/${SLUG}${query}`;
    const facilitatorNonce = () => chain.publicClient.getTransactionCount({ address: facilitator().address });
    const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [lower(payer.address)])).rows;
    const receiptOf = async (id) => (await stack.query('select * from x402_receipts where id = $1', [id])).rows[0];
    async function pay(header, query = '') {
      return readReply(await fetch(url(query), { method: 'POST', headers: header ? { 'PAYMENT-SIGNATURE': header } : {} }));
    }

    /** A payer holding `funds` USDG who has approved Permit2 (unless `approve` is false). */
    async function fundedPayer({ funds = CEILING * 3n, approve = true } = {}) {
      const payer = newPayer();
      await chain.mint(usdg, payer.address, funds);
      if (approve) await chain.approvePermit2(usdg, payer.address); // sent as the payer (impersonated, given gas)
      return payer;
    }

    /** The official client: @x402/fetch over an x402Client with @x402/evm's UptoEvmScheme. */
    function officialFetch(payer) {
      const client = new x402Client();
      client.register('eip155:*', new UptoEvmScheme(privateKeyToAccount(payer.privateKey)));
      // USDG on X Layer is not among @x402/core's default assets: a buyer allows it by name.
      client.setSpendControls({ allowedAssets: [{ network: 'eip155:196', asset: offered.asset }] });
      const sent = [];
      const seen = async (input, init) => {
        const req = new Request(input, init);
        const header = req.headers.get('PAYMENT-SIGNATURE');
        if (header) sent.push(header);
        return fetch(req);
      };
      return { fetch: wrapFetchWithPayment(seen, client), sent };
    }

    /**
     * A PAYMENT-SIGNATURE header for the offered requirements, its payload made by UptoEvmScheme
     * from `signed` (the offered requirements unless changed: what the payer actually signs).
     */
    async function uptoHeader(payer, signed = offered) {
      const { payload } = await new UptoEvmScheme(privateKeyToAccount(payer.privateKey)).createPaymentPayload(2, signed);
      const headerObject = { x402Version: 2, resource: { url: url() }, accepted: offered, payload };
      return { header: b64json(headerObject), payload };
    }

    /** The one ledger row of `payer`'s payment. */
    async function onlyRow(payer) {
      const rows = await rowsOf(payer);
      assert.equal(rows.length, 1, JSON.stringify(rows));
      return rows[0];
    }

    /** Served for `charge`: PAYMENT-RESPONSE, the money moved once by the facilitator through the proxy, the row settled with the charge. */
    async function assertCharged(r, payer, charge, before) {
      assert.equal(r.status, 200, r.text);
      assert.equal(r.headers.get('settlement-overrides'), null, 'Settlement-Overrides never reaches the buyer');
      const settlement = decodeHeader(r.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.amount, lower(settlement.payer)], [true, String(charge), lower(payer.address)]);
      assert.match(settlement.transaction, /^0x[0-9a-f]{64}$/);
      const receipt = await chain.publicClient.getTransactionReceipt({ hash: settlement.transaction });
      assert.equal(receipt.status, 'success');
      assert.equal(lower(receipt.from), lower(facilitator().address), 'sent by the facilitator named in the witness');
      assert.equal(lower(receipt.to), lower(X402_UPTO_PROXY_ADDRESS), 'through the upto proxy');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - charge, before.payTo + charge], 'the charge moved, not the ceiling');
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.tx_hash, row.charged, row.amount, row.settler], ['settled', settlement.transaction, String(charge), String(CEILING), 'direct']);
      assert.equal((await receiptOf(row.id)).charged, String(charge), 'x402_receipts shows the charge');
      return { settlement, row };
    }

    /** Nothing charged: no transaction from the facilitator, balances as they were, the row pending without a charge. */
    async function assertNothingCharged(payer, before) {
      assert.equal(await facilitatorNonce(), before.nonce, 'no transaction sent');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer, before.payTo], 'nothing moved');
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.charged, row.tx_hash], ['pending', null, null]);
      return row;
    }

    const snapshot = async (payer) => ({ payer: await balanceOf(payer.address), payTo: await balanceOf(payTo), nonce: await facilitatorNonce() });

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_upto_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_SCHEME: 'upto',
          X402_PRICE: String(CEILING),
          X402_UPTO_FACILITATOR: facilitator().address,
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: facilitator().privateKey,
          RPC_URL: chain.rpcUrl,
          HANDLER_HOOK_URL: `http://127.0.0.1:${hook.address().port}/run`,
        },
      });
      const dir = mkdtempSync(join(tmpdir(), 'metered-handler-'));
      writeFileSync(join(dir, 'handler.js'), HANDLER);
      await stack.deploy(SLUG, paywallBundle(join(dir, 'handler.js'), SLUG));
      offered = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
    });
    after(async () => {
      await stack?.stop();
    });

    test('the challenge: scheme upto, the ceiling, paid through Permit2, settled by the facilitator', async () => {
      const r = await pay(null);
      assert.equal(r.status, 402, r.text);
      const [accepted, ...more] = decodeHeader(r.headers.get('payment-required')).accepts;
      assert.deepEqual(more, []);
      assert.deepEqual(accepted, offered);
      assert.deepEqual(
        [offered.scheme, offered.network, offered.amount, lower(offered.asset), lower(offered.payTo)],
        ['upto', 'eip155:196', String(CEILING), lower(USDG), lower(payTo)],
      );
      assert.deepEqual(offered.extra, { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2', facilitatorAddress: lower(facilitator().address) });
    });

    test('the official client pays: served once, charged what the work cost (not the ceiling), on chain and in the ledger; Settlement-Overrides stays with the seller', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const { fetch: paying, sent } = officialFetch(payer);
      const res = await paying(url('?units=7&decoy'), { method: 'POST' });
      const r = await readReply(res);
      assert.equal(sent.length, 1, 'one payment made');
      const { payload } = decodeHeader(sent[0]);
      assert.equal(lower(payload.permit2Authorization.spender), lower(X402_UPTO_PROXY_ADDRESS));
      assert.equal(payload.permit2Authorization.permitted.amount, String(CEILING), 'the payer signed the ceiling');
      assert.equal(lower(payload.permit2Authorization.witness.facilitator), lower(facilitator().address));
      const { settlement } = await assertCharged(r, payer, 7n * UNIT, before);
      assert.equal(await facilitatorNonce(), before.nonce + 1, 'one transaction');
      assert.equal(r.json.content, 'metered work');
      assert.deepEqual(
        [r.json.payment.scheme, r.json.payment.ceiling, r.json.payment.amount, r.json.payment.txHash, r.json.payment.replay],
        ['upto', String(CEILING), String(CEILING), '', false],
        'the handler ran before the settlement, told the ceiling',
      );
      assert.equal(runsOf(payer).length, 1, 'the handler ran once');
      assert.ok(settlement.transaction);
    });

    test('a zero charge: served with no transaction, nothing moved, the row settled with charged 0', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const r = await pay((await uptoHeader(payer)).header, '?units=0');
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.content, 'metered work');
      const settlement = decodeHeader(r.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, '', '0']);
      assert.equal(await facilitatorNonce(), before.nonce, 'no transaction');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer, before.payTo]);
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', null, '0']);
      assert.equal((await receiptOf(row.id)).charged, '0');
      assert.equal(runsOf(payer).length, 1);
    });

    test('a zero charge presented again: served again with no transaction, still charged 0 whatever the handler says', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const { header } = await uptoHeader(payer);
      assert.equal((await pay(header, '?units=0')).status, 200);
      const again = await pay(header, '?units=5');
      assert.equal(again.status, 200, again.text);
      assert.deepEqual([again.json.payment.replay, again.json.payment.charged, again.json.payment.txHash], [true, '0', '']);
      const settlement = decodeHeader(again.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, '', '0']);
      assert.deepEqual([await balanceOf(payer.address), await facilitatorNonce()], [before.payer, before.nonce]);
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', null, '0']);
      assert.equal(runsOf(payer).length, 2);
    });

    for (const fail of ['throw', 500, 404]) {
      const what = fail === 'throw' ? 'a handler that throws' : `a handler answering ${fail}`;
      test(`${what}: nothing charged, the response as is without payment headers; the same payment presented again is served and charged once`, async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const { header } = await uptoHeader(payer);
        plans.set(lower(payer.address), { fail });
        const r = await pay(header, '?units=3');
        assert.equal(r.status, fail === 'throw' ? 500 : fail, r.text);
        assert.deepEqual(r.json, fail === 'throw' ? { error: 'internal_error', message: 'The function failed unexpectedly', statusCode: 500 } : { error: 'work failed' });
        assert.equal(r.headers.get('payment-response'), null);
        assert.equal(r.headers.get('x-payment-response'), null);
        await assertNothingCharged(payer, before);
        assert.equal(runsOf(payer).length, 1);

        plans.delete(lower(payer.address)); // the work succeeds now
        const again = await pay(header, '?units=3');
        await assertCharged(again, payer, 3n * UNIT, before);
        assert.equal(await facilitatorNonce(), before.nonce + 1, 'one transaction');
        assert.equal(runsOf(payer).length, 2);
      });
    }

    for (const [what, charge, why] of [
      ['a charge above the ceiling', String(CEILING + 1n), 'the charge is above the signed ceiling'],
      ['a malformed charge', 'a dozen', null],
    ]) {
      test(`${what}: 500, nothing charged, the seller told in the log; the payment stays good`, async () => {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const { header } = await uptoHeader(payer);
        const logFrom = stack.logs().length;
        const r = await pay(header, `?charge=${encodeURIComponent(charge)}`);
        assert.equal(r.status, 500, r.text);
        assert.equal(r.headers.get('payment-response'), null);
        assert.deepEqual(r.json, { error: 'invalid_payment_requirements', message: "the seller's handler named an invalid charge; nothing was charged", statusCode: 500 }, 'the work is not delivered');
        await assertNothingCharged(payer, before);
        let logged = '';
        for (let i = 0; i < 50 && !logged.includes('x402: upto:'); i++) {
          await sleep(100);
          logged = stack.logs().slice(logFrom);
        }
        const line = "x402: upto: the handler's charge was refused, nothing was charged: ";
        assert.ok(logged.includes(why ? `${line}${why}\n` : line), logged);
        // A charge within the ceiling, with the same payment.
        const again = await pay(header, `?charge=${CEILING}`);
        await assertCharged(again, payer, CEILING, before);
        assert.equal(runsOf(payer).length, 2);
      });
    }

    test('the Settlement-Overrides header alone ({"amount":"40%"}): 40 % of the ceiling charged, the header kept from the buyer', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const r = await pay((await uptoHeader(payer)).header, `?override=${encodeURIComponent(JSON.stringify({ amount: '40%' }))}`);
      await assertCharged(r, payer, (CEILING * 40n) / 100n, before);
    });

    test('charge("$0.05") and no charge named: dollars read with the asset\'s decimals; the ceiling', async () => {
      const dollars = await fundedPayer();
      const before = await snapshot(dollars);
      await assertCharged(await pay((await uptoHeader(dollars)).header, `?charge=${encodeURIComponent('$0.05')}`), dollars, 50_000n, before);
      const ceiling = await fundedPayer();
      const before2 = await snapshot(ceiling);
      await assertCharged(await pay((await uptoHeader(ceiling)).header), ceiling, CEILING, before2);
    });

    test('the same payment presented again right after being served: served again, the handler runs again, the charge stands', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const { header } = await uptoHeader(payer);
      const first = await assertCharged(await pay(header, '?units=5'), payer, 5n * UNIT, before);
      const nonce = await facilitatorNonce();
      const again = await pay(header, '?units=50');
      assert.equal(again.status, 200, again.text);
      assert.equal(again.json.content, 'metered work');
      assert.deepEqual([again.json.payment.replay, again.json.payment.txHash, again.json.payment.charged], [true, first.settlement.transaction, String(5n * UNIT)]);
      const settlement = decodeHeader(again.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, first.settlement.transaction, String(5n * UNIT)]);
      assert.equal(again.headers.get('settlement-overrides'), null);
      assert.equal(await facilitatorNonce(), nonce, 'nothing sent');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - 5n * UNIT, before.payTo + 5n * UNIT], 'charged once');
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.charged, row.tx_hash], ['settled', String(5n * UNIT), first.settlement.transaction]);
      assert.equal(runsOf(payer).length, 2);
    });

    test('refused before any work: another facilitator in the witness, a permit for another ceiling, an exact payment', async () => {
      const other = newPayer().address;
      const cases = [
        ['facilitator', (p) => uptoHeader(p, { ...offered, extra: { ...offered.extra, facilitatorAddress: other } }), 'upto_facilitator_mismatch'],
        ['ceiling', (p) => uptoHeader(p, { ...offered, amount: String(CEILING * 2n) }), 'permit2_amount_mismatch'],
        ['exact', async (p) => signPayment({ payer: p, requirements: requirementsFor({ payTo, amount: String(CEILING), resource: url() }) }), 'invalid_scheme'],
      ];
      for (const [name, make, error] of cases) {
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const r = await pay((await make(payer)).header, '?units=1');
        assert.deepEqual([r.status, r.json?.error], [402, error], `${name}: ${r.text}`);
        assert.ok(r.headers.get('payment-required'), `${name}: the challenge comes with it`);
        assert.equal(await facilitatorNonce(), before.nonce, `${name}: nothing sent`);
        assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer, before.payTo], `${name}: nothing moved`);
        assert.deepEqual(await rowsOf(payer), [], `${name}: no ledger row`);
        assert.equal(runsOf(payer).length, 0, `${name}: no work`);
      }
    });

    test('no Permit2 allowance: 412 permit2_allowance_required with the challenge, no work; once approved, the same payment is served and charged', async () => {
      const payer = await fundedPayer({ approve: false });
      const before = await snapshot(payer);
      const { header } = await uptoHeader(payer);
      const r = await pay(header, '?units=2');
      assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
      assert.equal(decodeHeader(r.headers.get('payment-required')).accepts[0].scheme, 'upto');
      assert.equal(await facilitatorNonce(), before.nonce);
      assert.equal(runsOf(payer).length, 0, 'no work');
      assert.deepEqual(await rowsOf(payer), [], 'refused before the ledger');
      await chain.approvePermit2(usdg, payer.address); // impersonated, given gas
      const again = await pay(header, '?units=2');
      await assertCharged(again, payer, 2n * UNIT, before);
      assert.equal(runsOf(payer).length, 1);
    });

    test('the same payment presented twice at once: one settlement for one charge, both served', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const { header } = await uptoHeader(payer);
      const both = await Promise.all([pay(header, '?units=6'), pay(header, '?units=6')]);
      assert.deepEqual(both.map((r) => r.status), [200, 200], both.map((r) => r.text).join('\n'));
      const hashes = both.map((r) => decodeHeader(r.headers.get('payment-response')));
      assert.deepEqual(hashes.map((h) => h.amount), [String(6n * UNIT), String(6n * UNIT)]);
      assert.equal(hashes[0].transaction, hashes[1].transaction);
      assert.deepEqual(both.map((r) => r.json.payment.replay).sort(), [false, true], 'the second served as a replay');
      assert.equal(await facilitatorNonce(), before.nonce + 1, 'one transaction');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - 6n * UNIT, before.payTo + 6n * UNIT]);
      const row = await onlyRow(payer);
      assert.deepEqual([row.status, row.charged, row.tx_hash], ['settled', String(6n * UNIT), hashes[0].transaction]);
    });

    test('X402_UPTO_FACILITATOR not the address of a key in SETTLER_PRIVATE_KEY: 500 saying so, before the ledger and the work', async () => {
      const stranger = newPayer().address;
      await stack.setSecrets({ X402_UPTO_FACILITATOR: stranger });
      try {
        const challenge = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
        assert.equal(challenge.extra.facilitatorAddress, lower(stranger));
        const payer = await fundedPayer();
        const before = await snapshot(payer);
        const { payload } = await new UptoEvmScheme(privateKeyToAccount(payer.privateKey)).createPaymentPayload(2, challenge);
        const r = await pay(b64json({ x402Version: 2, resource: { url: url() }, accepted: challenge, payload }), '?units=1');
        assert.deepEqual([r.status, r.json?.message], [500, 'X402_UPTO_FACILITATOR is not the address of a key in SETTLER_PRIVATE_KEY: only it can settle a metered payment'], r.text);
        assert.deepEqual(await rowsOf(payer), []);
        assert.equal(runsOf(payer).length, 0);
        assert.deepEqual([await balanceOf(payer.address), await facilitatorNonce()], [before.payer, before.nonce]);
      } finally {
        await stack.setSecrets({ X402_UPTO_FACILITATOR: facilitator().address });
      }
    });

    test('the allowance withdrawn during the work: 412, nothing charged; approved again, the same payment is served for the charge recorded', async () => {
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const { header } = await uptoHeader(payer);
      plans.set(lower(payer.address), { revoke: true });
      const r = await pay(header, '?units=6');
      assert.deepEqual([r.status, r.json?.error], [412, 'permit2_allowance_required'], r.text);
      assert.deepEqual([await balanceOf(payer.address), await facilitatorNonce()], [before.payer, before.nonce], 'nothing moved');
      const refused = await onlyRow(payer);
      assert.deepEqual([refused.status, refused.error_reason, refused.charged], ['failed', 'permit2_allowance_required', String(6n * UNIT)]);
      plans.delete(lower(payer.address));
      await chain.approvePermit2(usdg, payer.address);
      // The handler says something else this time: the recorded charge stands.
      const again = await pay(header, '?units=9');
      await assertCharged(again, payer, 6n * UNIT, before);
      assert.equal(await facilitatorNonce(), before.nonce + 1, 'one transaction');
    });
  });
}

/**
 * An upto payment signed for `spender` (a proxy elsewhere than the usual address, which
 * @x402/evm's client does not sign for): the payload exactly as UptoEvmScheme builds it.
 */
async function signUptoFor({ payer, requirements, spender, resource }) {
  const now = Math.floor(Date.now() / 1000);
  const a = {
    from: payer.address,
    permitted: { token: requirements.asset, amount: requirements.amount },
    spender,
    nonce: BigInt(`0x${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('hex')}`).toString(),
    deadline: String(now + requirements.maxTimeoutSeconds),
    witness: { to: requirements.payTo, facilitator: requirements.extra.facilitatorAddress, validAfter: '0' },
  };
  const signature = await privateKeyToAccount(payer.privateKey).signTypedData({
    domain: { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2_ADDRESS },
    types: uptoPermit2WitnessTypes,
    primaryType: 'PermitWitnessTransferFrom',
    message: {
      permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) },
      spender: a.spender,
      nonce: BigInt(a.nonce),
      deadline: BigInt(a.deadline),
      witness: { to: a.witness.to, facilitator: a.witness.facilitator, validAfter: 0n },
    },
  });
  return b64json({ x402Version: 2, resource: { url: resource }, accepted: requirements, payload: { signature, permit2Authorization: a } });
}

for (const contract of ['self-hosted', 'cloud']) {
  describe(`upto (metered) paywall, OKX settling on anvil, ${contract} contract`, () => {
    let stack;
    let okx;
    let payTo;
    let offered;
    const url = (query = '') => `${stack.baseUrl}/functions/${SLUG}${query}`;
    const okxNonce = () => chain.publicClient.getTransactionCount({ address: okx.facilitatorAddress });
    const rowsOf = async (payer) => (await stack.query('select * from x402_payments where payer_address = $1', [lower(payer.address)])).rows;
    const pay = async (header, query = '') => readReply(await fetch(url(query), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
    const header = (payer) => signUptoFor({ payer, requirements: offered, spender: OKX_UPTO_PROXY, resource: url() });
    async function fundedPayer() {
      const payer = newPayer();
      await chain.mint(usdg, payer.address, CEILING * 3n);
      await chain.approvePermit2(usdg, payer.address);
      return payer;
    }
    const snapshot = async (payer) => ({ payer: await balanceOf(payer.address), payTo: await balanceOf(payTo), nonce: await okxNonce() });
    /** What OKX was asked, in order: [op, paymentRequirements.amount]. */
    const asked = () => okx.received.map((r) => [r.op, r.body.paymentRequirements.amount]);
    const settleBodies = () => okx.received.filter((r) => r.op === 'settle').map((r) => r.body);

    before(async () => {
      payTo = newPayer().address;
      okx = await startOkx({ chain, token: usdg });
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_upto_okx_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_SCHEME: 'upto',
          X402_PRICE: String(CEILING),
          X402_UPTO_FACILITATOR: okx.facilitatorAddress,
          X402_UPTO_PROXY: OKX_UPTO_PROXY,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          RPC_URL: chain.rpcUrl,
          HANDLER_HOOK_URL: `http://127.0.0.1:${hook.address().port}/run`,
        },
      });
      const dir = mkdtempSync(join(tmpdir(), 'metered-handler-'));
      writeFileSync(join(dir, 'handler.js'), HANDLER);
      await stack.deploy(SLUG, paywallBundle(join(dir, 'handler.js'), SLUG));
      offered = decodeHeader((await fetch(url())).headers.get('payment-required')).accepts[0];
      assert.deepEqual([offered.scheme, offered.amount, offered.extra.facilitatorAddress], ['upto', String(CEILING), lower(okx.facilitatorAddress)]);
    });
    after(async () => {
      await stack?.stop();
      await okx?.close();
    });

    test('OKX verifies the ceiling before the work and settles the charge: served, charged what the work cost', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const r = await pay(await header(payer), '?units=4&decoy');
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.content, 'metered work');
      assert.equal(r.headers.get('settlement-overrides'), null);
      // The ceiling verified before the work; then, as for any OKX settlement, verify and settle, for the charge.
      assert.deepEqual(asked(), [['verify', String(CEILING)], ['verify', String(4n * UNIT)], ['settle', String(4n * UNIT)]]);
      assert.deepEqual(okx.rejected, [], 'OKX accepted every request: HMAC, timestamp and body shape');
      assert.equal(settleBodies()[0].paymentPayload.payload.permit2Authorization.permitted.amount, String(CEILING), 'the permit signed for the ceiling');
      const settlement = decodeHeader(r.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.amount, settlement.transaction], [true, String(4n * UNIT), okx.onChain.at(-1)]);
      const receipt = await chain.publicClient.getTransactionReceipt({ hash: settlement.transaction });
      assert.deepEqual([receipt.status, lower(receipt.from), lower(receipt.to)], ['success', lower(okx.facilitatorAddress), lower(OKX_UPTO_PROXY)]);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - 4n * UNIT, before.payTo + 4n * UNIT]);
      const [row, ...more] = await rowsOf(payer);
      assert.deepEqual(more, []);
      assert.deepEqual([row.status, row.settler, row.tx_hash, row.charged], ['settled', 'okx', settlement.transaction, String(4n * UNIT)]);
      assert.equal((await stack.query('select charged from x402_receipts where id = $1', [row.id])).rows[0].charged, String(4n * UNIT));
      assert.equal(runsOf(payer).length, 1);
    });

    test('a zero charge: OKX is not asked to settle, nothing moves, served with no transaction', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const r = await pay(await header(payer), '?units=0');
      assert.equal(r.status, 200, r.text);
      assert.deepEqual(asked(), [['verify', String(CEILING)]], 'only the ceiling verified');
      const settlement = decodeHeader(r.headers.get('payment-response'));
      assert.deepEqual([settlement.success, settlement.transaction, settlement.amount], [true, '', '0']);
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo), await okxNonce()], [before.payer, before.payTo, before.nonce]);
      const [row] = await rowsOf(payer);
      assert.deepEqual([row.status, row.tx_hash, row.charged], ['settled', null, '0']);
    });

    test('failed work: OKX is not asked to settle; the same payment, presented again, is settled for its charge once', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const signed = await header(payer);
      plans.set(lower(payer.address), { fail: 503 });
      const r = await pay(signed, '?units=9');
      assert.deepEqual([r.status, r.json], [503, { error: 'work failed' }]);
      assert.equal(r.headers.get('payment-response'), null);
      assert.deepEqual(asked(), [['verify', String(CEILING)]], 'only the ceiling verified');
      assert.deepEqual([await balanceOf(payer.address), await okxNonce()], [before.payer, before.nonce]);
      const [row] = await rowsOf(payer);
      assert.deepEqual([row.status, row.charged, row.tx_hash], ['pending', null, null]);
      plans.delete(lower(payer.address));
      const again = await pay(signed, '?units=9');
      assert.equal(again.status, 200, again.text);
      const charge = String(9n * UNIT);
      assert.deepEqual(asked(), [['verify', String(CEILING)], ['verify', String(CEILING)], ['verify', charge], ['settle', charge]]);
      assert.equal(decodeHeader(again.headers.get('payment-response')).amount, String(9n * UNIT));
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - 9n * UNIT, before.payTo + 9n * UNIT]);
      assert.equal(runsOf(payer).length, 2);
    });

    test('the same payment presented again: served again without asking OKX, the charge stands', async () => {
      okx.reset();
      const payer = await fundedPayer();
      const before = await snapshot(payer);
      const signed = await header(payer);
      const first = await pay(signed, '?units=2');
      assert.equal(first.status, 200, first.text);
      const tx = decodeHeader(first.headers.get('payment-response')).transaction;
      okx.reset();
      const again = await pay(signed, '?units=20');
      assert.equal(again.status, 200, again.text);
      assert.deepEqual([again.json.payment.replay, again.json.payment.charged], [true, String(2n * UNIT)]);
      const settlement = decodeHeader(again.headers.get('payment-response'));
      assert.deepEqual([settlement.transaction, settlement.amount], [tx, String(2n * UNIT)]);
      assert.deepEqual(asked(), [], 'OKX not asked');
      assert.deepEqual([await balanceOf(payer.address), await balanceOf(payTo)], [before.payer - 2n * UNIT, before.payTo + 2n * UNIT], 'charged once');
      assert.equal(runsOf(payer).length, 2);
    });
  });
}
