// End to end with a real chain: the x402-paywall bundle settling EIP-3009 payments itself
// (X402_SETTLER=direct) on anvil, in BOTH InsForge contracts, with the ledger in PostgreSQL.
// Tokens: our EIP-3009 doubles at the real X Layer addresses (USDG Paxos-style, USDC
// Circle-style), so the built-in asset table (and its EIP-712 domains) applies unchanged.

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

const balanceOf = (token, who) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'balanceOf', args: [who] });

for (const [index, contract] of ['self-hosted', 'cloud'].entries()) {
  describe(`direct settlement on anvil, ${contract} contract`, () => {
    let stack;
    let payTo;
    const settler = () => chain.accounts[1 + index]; // one gas wallet per stack
    const url = () => `${stack.baseUrl}/functions/x402-paywall`;
    const requirements = () => requirementsFor({ payTo, amount: String(PRICE), resource: url() });
    async function fundedPayer(amount = PRICE * 10n) {
      const payer = newPayer();
      await chain.mint(usdg, payer.address, amount);
      return payer;
    }
    async function pay(header) {
      const res = await fetch(url(), { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } });
      return readReply(res);
    }
    const ledger = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows;
    const settlerNonce = () => chain.publicClient.getTransactionCount({ address: settler().address });

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_direct_${contract.replace('-', '_')}`),
        secrets: {
          PAYMENT_RECIPIENT: payTo,
          X402_PRICE: String(PRICE),
          X402_SETTLER: 'direct',
          SETTLER_PRIVATE_KEY: settler().privateKey,
          // A dead node first: the settler must fall through to the next one.
          RPC_URL: `http://127.0.0.1:9, ${chain.rpcUrl}`,
          X402_RECONCILE_MIN_AGE_SECONDS: '0',
        },
      });
      await stack.deploy('x402-paywall', code('x402-paywall'));
      await stack.deploy('x402-reconcile', code('x402-reconcile'));
      await stack.deploy('x402-facilitator', code('x402-facilitator'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('a viem-signed payment settles on chain: balances move, the ledger holds the real tx', async () => {
      const payer = await fundedPayer();
      const before = [await balanceOf(usdg, payer.address), await balanceOf(usdg, payTo)];
      const p = await signPayment({ payer, requirements: requirements() });
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      const tx = decodeHeader(r.headers.get('payment-response')).transaction;
      const receipt = await chain.publicClient.getTransactionReceipt({ hash: tx });
      assert.equal(receipt.status, 'success');
      assert.equal(receipt.from.toLowerCase(), settler().address.toLowerCase(), 'our settler paid the gas');
      assert.deepEqual([await balanceOf(usdg, payer.address), await balanceOf(usdg, payTo)], [before[0] - PRICE, before[1] + PRICE]);
      const [row] = await ledger(p.authorization.nonce);
      assert.deepEqual([row.status, row.tx_hash, row.settler], ['settled', tx, 'direct']);
      assert.notEqual(row.settler_nonce, null);
      // The same payment again: served from the ledger, nothing broadcast, nothing charged.
      const nonceBefore = await settlerNonce();
      const again = await pay(p.header);
      assert.equal(again.status, 200, again.text);
      assert.equal(decodeHeader(again.headers.get('payment-response')).transaction, tx);
      assert.equal(await settlerNonce(), nonceBefore);
      assert.equal(await balanceOf(usdg, payer.address), before[0] - PRICE);
    });

    test('an authorization already used on chain is never broadcast again (USDG would no-op it); the use it proves paid this very payment: served from that proof', async () => {
      const payer = await fundedPayer();
      const p = await signPayment({ payer, requirements: requirements() });
      // Someone else settles it first, straight on the token.
      const a = p.authorization;
      const sig = p.payload.signature;
      const wallet = chain.walletClient(5);
      const hash = await wallet.writeContract({
        address: usdg.address,
        abi: usdg.abi,
        functionName: 'transferWithAuthorization',
        args: [a.from, a.to, BigInt(a.value), BigInt(a.validAfter), BigInt(a.validBefore), a.nonce, sig],
      });
      await chain.publicClient.waitForTransactionReceipt({ hash });
      const nonceBefore = await settlerNonce();
      const r = await pay(p.header);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json?.txHash, hash, 'its proof is the transaction that used it');
      assert.equal(await settlerNonce(), nonceBefore, 'no transaction was sent');
      assert.equal(await balanceOf(usdg, payer.address), PRICE * 9n, 'charged once');
    });

    test('insufficient balance is refused before broadcasting', async () => {
      const payer = await fundedPayer(PRICE - 1n);
      const nonceBefore = await settlerNonce();
      const r = await pay((await signPayment({ payer, requirements: requirements() })).header);
      assert.deepEqual([r.status, r.json?.error], [402, 'insufficient_funds']);
      assert.equal(await settlerNonce(), nonceBefore);
    });

    test('a settler short of gas: 503 settler_out_of_gas with its address in the log (never the key), nothing sent; the same payment settles once topped up', async () => {
      const dry = newPayer(); // a settler key with no gas at all
      const settlerAddress = dry.address.toLowerCase();
      await stack.setSecrets({ SETTLER_PRIVATE_KEY: dry.privateKey });
      try {
        const payer = await fundedPayer();
        const { header, authorization } = await signPayment({ payer, requirements: requirements() });
        const { nonce } = authorization;
        const logFrom = stack.logs().length;
        const r = await pay(header);
        assert.deepEqual([r.status, r.json?.error], [503, 'settler_out_of_gas'], r.text);
        assert.ok(r.json.message.includes(`settler ${settlerAddress} holds 0 wei`), r.json.message);
        assert.equal(await balanceOf(usdg, payer.address), PRICE * 10n, 'nothing moved');
        assert.equal(await chain.publicClient.getTransactionCount({ address: dry.address }), 0, 'nothing sent');
        const [row] = await ledger(nonce);
        assert.deepEqual([row.status, row.error_reason, row.tx_hash], ['failed', 'settler_out_of_gas', null]);
        const nonces = await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1', [settlerAddress]);
        assert.deepEqual(nonces.rows.map((n) => Number(n.next_nonce)), [0], 'the allocated nonce was given back');
        let logged = '';
        for (let i = 0; i < 50 && !logged.includes('settler_out_of_gas') && !logged.includes(`settler ${settlerAddress}`); i++) {
          await sleep(100);
          logged = stack.logs().slice(logFrom);
        }
        assert.ok(logged.includes(`settler ${settlerAddress} holds 0 wei`), `the seller's log says so:\n${logged}`);
        assert.ok(!stack.logs().includes(dry.privateKey.slice(2)), 'never the key');

        await chain.testClient.setBalance({ address: dry.address, value: 10n ** 18n });
        const again = await pay(header);
        assert.equal(again.status, 200, again.text);
        assert.equal(await balanceOf(usdg, payer.address), PRICE * 9n, 'charged once');
        // Its account nonce 0 is also the first settler's first one: nonces are per account.
        const [settled] = await ledger(nonce);
        assert.deepEqual([settled.status, settled.settler_address, Number(settled.settler_nonce)], ['settled', settlerAddress, 0]);
        const first = await stack.query("select count(*)::int as n from x402_payments where settler_nonce = 0 and settler_address is distinct from $1", [settlerAddress]);
        assert.equal(first.rows[0].n, 1, "the first settler's nonce 0 is still recorded");
      } finally {
        await stack.setSecrets({ SETTLER_PRIVATE_KEY: settler().privateKey });
      }
    });

    test('X402_CONFIRMATIONS=3: the handler runs only once the settlement is 3 blocks deep', async () => {
      await stack.setSecrets({ X402_CONFIRMATIONS: '3' });
      try {
        const payer = await fundedPayer();
        const { header, authorization } = await signPayment({ payer, requirements: requirements() });
        const nonceBefore = await settlerNonce();
        let answered = null;
        const paying = pay(header).then((r) => (answered = r));
        for (let i = 0; i < 100 && (await settlerNonce()) === nonceBefore; i++) await sleep(50);
        assert.equal(await settlerNonce(), nonceBefore + 1, 'sent and mined (automine): 1 block deep');
        await sleep(1500); // three polls
        assert.equal(answered, null, 'not served while the settlement is 1 block deep');
        assert.equal(await balanceOf(usdg, payer.address), PRICE * 9n, 'the money has moved');
        const [row] = await ledger(authorization.nonce);
        assert.equal(row.status, 'pending', 'not settled in the ledger yet');
        await chain.mine(2);
        const r = await paying;
        assert.equal(r.status, 200, r.text);
        const receipt = await chain.publicClient.getTransactionReceipt({ hash: r.json.txHash ?? decodeHeader(r.headers.get('payment-response')).transaction });
        assert.ok((await chain.publicClient.getBlockNumber()) >= receipt.blockNumber + 2n, '3 deep when served');
        const [settled] = await ledger(authorization.nonce);
        assert.equal(settled.status, 'settled');
      } finally {
        await stack.setSecrets({ X402_CONFIRMATIONS: undefined });
      }
    });

    test('X402_CONFIRMATIONS=3 and a reorg that drops the settlement: never served, the money back with the payer, the row left to resolution', async () => {
      // A gas wallet of its own: the dropped transaction's nonce stays a gap for that account
      // (replacing dropped transactions is not built yet), which must not stall the others.
      const spare = newPayer();
      await chain.testClient.setBalance({ address: spare.address, value: 10n ** 18n });
      await stack.setSecrets({ X402_CONFIRMATIONS: '3', SETTLER_PRIVATE_KEY: spare.privateKey });
      try {
        const payer = await fundedPayer();
        const { header, authorization } = await signPayment({ payer, requirements: requirements() });
        const sent = () => chain.publicClient.getTransactionCount({ address: spare.address });
        const paying = pay(header);
        for (let i = 0; i < 100 && (await sent()) === 0; i++) await sleep(50);
        assert.equal(await balanceOf(usdg, payer.address), PRICE * 9n, 'mined');
        // The block holding the settlement is replaced by an empty one, then the chain moves on.
        await chain.testClient.request({ method: 'anvil_reorg', params: [1, []] });
        await chain.mine(3);
        assert.equal(await balanceOf(usdg, payer.address), PRICE * 10n, 'the reorg undid the transfer');
        const r = await paying;
        assert.deepEqual([r.status, r.json?.error], [503, 'settlement_pending'], r.text);
        const [row] = await ledger(authorization.nonce);
        assert.deepEqual([row.status, row.served_at], ['pending', null], 'not settled, not served');
      } finally {
        await stack.setSecrets({ X402_CONFIRMATIONS: undefined, SETTLER_PRIVATE_KEY: settler().privateKey });
      }
    });

    test('a domain the token does not use passes local checks but reverts in simulation: refused, nothing sent', async () => {
      // The seller misconfigured the domain (OKX's table says "USDG"/"2"): the client signs what
      // the challenge advertises, our local check agrees, the chain does not.
      const wrong = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'GD2', style: 'circle' });
      await stack.setSecrets({ X402_ASSET: wrong.address, X402_ASSET_NAME: 'USDG', X402_ASSET_VERSION: '2' });
      try {
        const payer = newPayer();
        await chain.mint(wrong, payer.address, PRICE * 2n);
        const reqs = requirementsFor({ payTo, amount: String(PRICE), asset: wrong.address, name: 'USDG', version: '2', resource: url() });
        const nonceBefore = await settlerNonce();
        const r = await pay((await signPayment({ payer, requirements: reqs })).header);
        assert.equal(r.status, 402, r.text);
        assert.equal(r.json?.error, 'invalid_exact_evm_transaction_simulation_failed');
        assert.equal(await settlerNonce(), nonceBefore);
        assert.equal(await balanceOf(wrong, payer.address), PRICE * 2n);
      } finally {
        await stack.setSecrets({ X402_ASSET: null, X402_ASSET_NAME: null, X402_ASSET_VERSION: null });
      }
    });

    test('validAfter equal to the block time is refused (the token compares strictly)', async () => {
      const payer = await fundedPayer();
      const latest = await chain.publicClient.getBlock();
      const t = Number(latest.timestamp) + 1;
      await chain.setNextBlockTimestamp(t);
      await chain.mine();
      // Wait until our clock is past validAfter, so only the chain's strict rule can refuse it.
      while (Math.floor(Date.now() / 1000) <= t) await sleep(200);
      const p = await signPayment({ payer, requirements: requirements(), overrides: { validAfter: String(t) } });
      const r = await pay(p.header);
      assert.equal(r.status, 402, r.text);
      assert.equal(r.json?.error, 'invalid_exact_evm_transaction_simulation_failed');
    });

    test('20 concurrent distinct payments all settle, each with its own account nonce', async () => {
      const payers = [];
      for (let i = 0; i < 20; i++) payers.push(await fundedPayer()); // one minter: mint in sequence
      const signed = await Promise.all(payers.map((payer) => signPayment({ payer, requirements: requirements() })));
      const results = await Promise.all(signed.map((p) => pay(p.header)));
      assert.deepEqual(results.map((r) => r.status), Array(20).fill(200), results.filter((r) => r.status !== 200).map((r) => r.text).join('\n'));
      const rows = (await stack.query("select settler_nonce, tx_hash from x402_payments where status = 'settled' and nonce = any($1)", [signed.map((p) => p.authorization.nonce.toLowerCase())])).rows;
      assert.equal(rows.length, 20);
      assert.equal(new Set(rows.map((r) => String(r.settler_nonce))).size, 20, 'distinct account nonces');
      assert.equal(new Set(rows.map((r) => r.tx_hash)).size, 20);
      for (const p of payers) assert.equal(await balanceOf(usdg, p.address), PRICE * 9n);
    });

    test('x402-facilitator settles on chain too: verify runs the on-chain pre-checks, settle moves the money once', async () => {
      const facilitator = async (op, body) =>
        readReply(await fetch(`${stack.baseUrl}/functions/x402-facilitator?op=${op}`, { method: op === 'supported' ? 'GET' : 'POST', headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) }));
      const bodyFor = async (payer) => {
        const reqs = requirementsFor({ payTo, amount: String(PRICE), resource: 'https://seller.example/api' });
        const signed = await signPayment({ payer, requirements: reqs });
        const { resource: _r, ...accepted } = reqs;
        return { body: { x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: accepted }, nonce: signed.authorization.nonce };
      };
      const kinds = (await facilitator('supported')).json.kinds;
      assert.deepEqual([...new Set(kinds.map((k) => k.network))], ['eip155:196', 'x-layer'], 'only the chain RPC_URL serves');
      const payer = await fundedPayer();
      const { body, nonce } = await bodyFor(payer);
      const nonceBefore = await settlerNonce();
      const v = await facilitator('verify', body);
      assert.deepEqual([v.status, v.json?.isValid], [200, true], v.text);
      const poor = await bodyFor(await fundedPayer(PRICE - 1n));
      const refused = await facilitator('verify', poor.body);
      assert.deepEqual([refused.status, refused.json?.isValid, refused.json?.invalidReason], [200, false, 'insufficient_funds'], refused.text);
      assert.equal(await settlerNonce(), nonceBefore, 'verify sends nothing');
      const before = [await balanceOf(usdg, payer.address), await balanceOf(usdg, payTo)];
      const s = await facilitator('settle', body);
      assert.deepEqual([s.status, s.json?.success], [200, true], s.text);
      const receipt = await chain.publicClient.getTransactionReceipt({ hash: s.json.transaction });
      assert.equal(receipt.from.toLowerCase(), settler().address.toLowerCase(), 'our settler paid the gas');
      assert.deepEqual([await balanceOf(usdg, payer.address), await balanceOf(usdg, payTo)], [before[0] - PRICE, before[1] + PRICE]);
      const [row] = await ledger(nonce);
      assert.deepEqual([row.status, row.tx_hash, row.settler], ['settled', s.json.transaction, 'direct']);
      // The same payment again: the recorded transaction, nothing broadcast.
      const again = await facilitator('settle', body);
      assert.deepEqual([again.status, again.json?.transaction], [200, s.json.transaction]);
      assert.equal(await settlerNonce(), nonceBefore + 1);
    });

    test('x402-reconcile finishes a direct row from its receipt', async () => {
      const payer = await fundedPayer();
      const p = await signPayment({ payer, requirements: requirements() });
      // A settlement whose outcome the function never recorded: sent, then the worker died.
      const a = p.authorization;
      const hash = await chain.walletClient(settler()).writeContract({
        address: usdg.address,
        abi: usdg.abi,
        functionName: 'transferWithAuthorization',
        args: [a.from, a.to, BigInt(a.value), BigInt(a.validAfter), BigInt(a.validBefore), a.nonce, p.payload.signature],
      });
      await chain.publicClient.waitForTransactionReceipt({ hash });
      const payment = { x402Version: 2, payer: a.from.toLowerCase(), nonce: a.nonce.toLowerCase(), value: a.value, validAfter: a.validAfter, validBefore: a.validBefore, network: 'eip155:196', asset: USDG, resource: url(), payload: p.payload };
      await stack.query(
        `insert into x402_payments (payer_address, nonce, endpoint, amount, asset, network, valid_before, payment, settler, tx_hash, submitted_at)
         values ($1, $2, '/functions/x402-paywall', $3, $4, 'eip155:196', $5, $6, 'direct', $7, now())`,
        [payment.payer, payment.nonce, a.value, USDG, Number(a.validBefore), payment, hash],
      );
      const rec = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
      const report = await rec.json();
      assert.equal(rec.status, 200);
      const [row] = await ledger(a.nonce);
      assert.equal(row.status, 'settled', JSON.stringify(report));
      assert.equal(row.tx_hash, hash);
    });

    test("every x402-reconcile run reports the settler's gas against X402_SETTLER_MIN_GAS_WEI; below it, the alarm is logged", async () => {
      const reconcile = async () => {
        const r = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
        return [r.status, await r.json()];
      };
      const address = settler().address.toLowerCase();
      const balance = await chain.publicClient.getBalance({ address: settler().address });
      const [status, report] = await reconcile();
      assert.equal(status, 200);
      assert.deepEqual(report.settlers, [{ address, gasBalanceWei: String(balance), minimumWei: String(10n ** 16n), low: false }]);
      await stack.setSecrets({ X402_SETTLER_MIN_GAS_WEI: String(balance * 2n) });
      try {
        const logFrom = stack.logs().length;
        const [status2, low] = await reconcile();
        assert.equal(status2, 200);
        assert.equal(low.settlers[0].low, true, JSON.stringify(low));
        let logged = '';
        for (let i = 0; i < 50 && !logged.includes('gas alarm'); i++) {
          await sleep(100);
          logged = stack.logs().slice(logFrom);
        }
        assert.match(logged, new RegExp(`x402: gas alarm: settler ${address} holds \\d+ wei, below X402_SETTLER_MIN_GAS_WEI \\(${balance * 2n}\\)`));
        assert.ok(!stack.logs().includes(settler().privateKey.slice(2)), 'never the key');
      } finally {
        await stack.setSecrets({ X402_SETTLER_MIN_GAS_WEI: undefined });
      }
    });
  });
}

// Rust's receipt rule, forced past the authorizationState guard: USDG (Paxos-style) answers a
// replay with AuthorizationAlreadyUsed and status 1, and no Transfer. The payment must not
// count as settled.
test('the Paxos silent replay is caught by the missing Transfer log when the pre-check is bypassed', async () => {
  const { loadX402Node } = await import('../support/payments.mjs');
  const wasm = await loadX402Node();
  const payer = newPayer();
  await chain.mint(usdg, payer.address, PRICE * 3n);
  const payTo = newPayer().address;
  const reqs = requirementsFor({ payTo, amount: String(PRICE), resource: 'https://x.example/paid' });
  const p = await signPayment({ payer, requirements: reqs });
  const env = JSON.stringify({ PAYMENT_RECIPIENT: payTo, X402_PRICE: String(PRICE), X402_SETTLER: 'direct', RPC_URL: chain.rpcUrl });
  const flow = new wasm.X402Config(env).pay(p.header, '', reqs.resource, '/functions/paid', 'POST /functions/paid', crypto.randomUUID(), chain.accounts[7].privateKey, Date.now());
  const a = p.authorization;
  // First, a genuine settlement by someone else.
  const first = await chain.walletClient(6).writeContract({
    address: usdg.address,
    abi: usdg.abi,
    functionName: 'transferWithAuthorization',
    args: [a.from, a.to, BigInt(a.value), BigInt(a.validAfter), BigInt(a.validBefore), a.nonce, p.payload.signature],
  });
  await chain.publicClient.waitForTransactionReceipt({ hash: first });
  // Then our flow, its ledger played here, told the authorization is unused and that the
  // simulation passed.
  const unused = JSON.stringify({ jsonrpc: '2.0', id: 1, result: `0x${'0'.repeat(64)}` });
  const canned = { authorizationState: unused, simulation: JSON.stringify({ jsonrpc: '2.0', id: 1, result: '0x' }) };
  const ledger = (e) => {
    const args = e.args;
    if (e.call === 'x402_claim') return { state: 'new', id: '00000000-0000-4000-8000-000000000001' };
    if (e.call === 'x402_allocate_settler_nonce') return args.p_chain_nonce;
    if (e.call === 'x402_record') {
      if (args.p.outcome === 'sending') sent = args.p.txHash;
      return { state: args.p.outcome === 'sending' || args.p.outcome === 'unknown' ? 'pending' : args.p.outcome };
    }
    return true;
  };
  let sent = null;
  let effect = JSON.parse(flow.start(Date.now()));
  for (let i = 0; i < 80 && effect.kind !== 'respond' && effect.kind !== 'serve'; i++) {
    let answer = { status: 0, body: '' };
    if (effect.kind === 'ledger') answer = { status: 200, body: JSON.stringify(ledger(effect)) };
    else if (effect.kind === 'sleep') await sleep(Math.min(effect.ms, 200));
    else if (canned[effect.name] !== undefined) {
      // Told once (the plan's own checks); asked again later, the chain answers for itself.
      answer = { status: 200, body: canned[effect.name] };
      delete canned[effect.name];
    }
    else {
      const { request } = effect;
      const res = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body });
      answer = { status: res.status, body: await res.text() };
    }
    effect = JSON.parse(flow.resume(answer.status, answer.body, Date.now()));
  }
  // Our transaction's receipt (status 1, AuthorizationAlreadyUsed, no Transfer) is no
  // settlement: the missing Transfer log saw through it. "Already used" then sends the flow to
  // the chain, which proves the authorization WAS used, by the genuine settlement, paying this
  // very payment: served with that transaction, and the money moved once.
  assert.equal(effect.kind, 'serve', JSON.stringify(effect));
  assert.equal(effect.info.txHash, first.toLowerCase());
  const out = { tx: { hash: sent } };
  assert.ok(sent && sent !== first.toLowerCase(), 'our own transaction was sent, and is not the proof');
  const receipt = await chain.publicClient.getTransactionReceipt({ hash: out.tx.hash });
  assert.equal(receipt.status, 'success', 'the chain said success: only the log check saw through it');
  assert.equal(await balanceOf(usdg, payer.address), PRICE * 2n, 'the money moved once');
});

