// node bench/unstick-bench.mjs [--quick] [runs=5]
// Direct settlement when its transaction is stuck: the time from a payer's retry of a payment
// whose transaction the node dropped (anvil_dropTransaction), or that a base-fee spike priced
// out (anvil_setNextBlockBaseFeePerGas), to that payment served — its transaction sent again or
// replaced, and mined in anvil's next 1 s block. Self-hosted contract (a fresh Deno Worker per
// request), real PostgreSQL, anvil from npm with the USDG test token at its X Layer address.
// Prints progress on stderr and one JSON line on stdout (scripts/bench.mjs reads it).
// The first attempt of each payment runs with mining off and gives up after
// X402_SETTLE_TIMEOUT_MS (2 s), leaving its transaction where a busy chain would.

process.env.INSFORGE_EDGE_NET = 'loopback';

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../runtime/stack.mjs';
import { startPostgres } from '../runtime/postgres.mjs';
import { startChain } from '../tests/support/chain.mjs';
import { freshDatabase } from '../tests/support/db.mjs';
import { decodeHeader, newPayer, requirementsFor, signPayment } from '../tests/support/payments.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const RUNS = Number(argv.find((a) => !a.startsWith('--')) ?? (QUICK ? 1 : 5));
const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const PRICE = 10_000n;
const BLOCK_SECONDS = 1;
const log = (m) => process.stderr.write(`unstick-bench: ${m}\n`);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const pg = await startPostgres();
const chain = await startChain({ chainId: 196 });
let stack;
try {
  const usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  const payTo = newPayer().address;
  stack = await startStack({
    contract: 'self-hosted',
    databaseUrl: await freshDatabase(pg.url, 'x402_unstick_bench'),
    secrets: {
      PAYMENT_RECIPIENT: payTo,
      X402_PRICE: String(PRICE),
      X402_SETTLER: 'direct',
      SETTLER_PRIVATE_KEY: chain.accounts[1].privateKey,
      RPC_URL: chain.rpcUrl,
      X402_SETTLE_TIMEOUT_MS: '2000',
    },
  });
  await stack.deploy('x402-paywall', readFileSync(join(ROOT, 'functions/dist/x402-paywall.js'), 'utf8'));
  const url = `${stack.baseUrl}/functions/x402-paywall`;
  const rpc = (method, params = []) => chain.publicClient.request({ method, params });
  const pay = async (header) => {
    const res = await fetch(url, { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } });
    return { status: res.status, header: res.headers.get('payment-response'), text: await res.text() };
  };
  const stuckPayment = async () => {
    // Each run from the same fees: a spike of the run before is not carried over.
    await rpc('evm_setAutomine', [true]);
    await rpc('anvil_setNextBlockBaseFeePerGas', ['0x3b9aca00']);
    await rpc('evm_mine');
    const payer = newPayer();
    await chain.mint(usdg, payer.address, PRICE);
    const p = await signPayment({ payer, requirements: requirementsFor({ payTo, amount: String(PRICE), resource: url }) });
    await rpc('evm_setIntervalMining', [0]);
    await rpc('evm_setAutomine', [false]);
    const first = await pay(p.header);
    if (first.status !== 503) throw new Error(`the first attempt should wait unmined (503), got ${first.status}: ${first.text}`);
    const row = await stack.query('select tx_hash from x402_payments where nonce = $1', [p.authorization.nonce.toLowerCase()]);
    return { ...p, payer, hash: row.rows[0].tx_hash };
  };
  /** The retry, timed from its start to the payment served; mining in 1 s blocks. */
  const retry = async (p) => {
    await rpc('evm_setIntervalMining', [BLOCK_SECONDS]);
    const t0 = performance.now();
    const r = await pay(p.header);
    const ms = performance.now() - t0;
    if (r.status !== 200) throw new Error(`the retry should be served, got ${r.status}: ${r.text}`);
    const tx = decodeHeader(r.header).transaction;
    const balance = await chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [p.payer.address] });
    if (balance !== 0n) throw new Error('charged other than once');
    return { ms, tx };
  };

  const dropped = [];
  const underpriced = [];
  for (let i = 0; i < RUNS; i++) {
    const d = await stuckPayment();
    await rpc('anvil_dropTransaction', [d.hash]);
    const rd = await retry(d);
    if (rd.tx !== d.hash) throw new Error('a dropped transaction is sent again as it was');
    dropped.push(rd.ms);

    const u = await stuckPayment();
    const stuck = await chain.publicClient.getTransaction({ hash: u.hash });
    await rpc('anvil_setNextBlockBaseFeePerGas', [`0x${(stuck.maxFeePerGas * 4n).toString(16)}`]);
    await rpc('evm_mine');
    const ru = await retry(u);
    if (ru.tx === u.hash) throw new Error('an underpriced transaction is replaced');
    underpriced.push(ru.ms);
    log(`run ${i + 1}/${RUNS}: dropped ${rd.ms.toFixed(0)} ms, underpriced ${ru.ms.toFixed(0)} ms`);
  }
  process.stdout.write(
    `${JSON.stringify({ runs: RUNS, blockSeconds: BLOCK_SECONDS, droppedMs: median(dropped), underpricedMs: median(underpriced), dropped, underpriced })}\n`,
  );
} finally {
  // anvil's process is unref'd (tests/support/chain.mjs): keep the loop alive until it is gone.
  const alive = setInterval(() => {}, 1000);
  await stack?.stop();
  await chain.stop();
  await pg.stop();
  clearInterval(alive);
}
