// node bench/direct-bench.mjs [--quick] [--pools=1,3] [payments=100] [concurrency=50] [rounds=2]
// Direct settlement (X402_SETTLER=direct) under load, Cloud contract: today's x402-paywall
// bundle (functions/dist/x402-paywall.js of the working tree) settling real EIP-3009 payments
// on anvil mining a block every second (automine off, interval mining 1 s: many settlements
// share a block, as on a live chain), once with ONE settler key and once with a pool of THREE
// (SETTLER_PRIVATE_KEY comma-separated), side by side on ONE local stack (runtime/stack.mjs,
// every migration applied, PostgreSQL), next to the empty function (bench/empty.js: the
// platform floor). Prints progress on stderr and one JSON line on stdout (scripts/bench.mjs
// reads it).
//
//   - payments per second and p50 / p99 time to 200: `payments` paid requests at `concurrency`
//     in flight per batch, one fresh payer each (minted, all in one block, and signed before
//     the clock starts). A payment answered 503 (settlement pending) is presented again with
//     the same header (after its Retry-After, at most 1 s) until it ends: its time is from its
//     first presentation to its 200. Batches alternate floor / 1 key / 3 keys, the order
//     rotating per round.
//   - the floor: the empty function, same load, same stack.
//   - what was settled, read from the ledger (rows `settled` per settler address), and the
//     nonce health at the end: each settler address's mined and pending transaction counts
//     and x402_settler_nonces.next_nonce (all three equal: no gap, nothing stuck).
// One Cloud router serves every slug with one environment, so each paywall copy reads its own
// SETTLER_PRIVATE_KEY through a `Deno.env.get` shadowed in its file (the bundle reads its
// secrets with Deno.env.get only), as bench/paid-bench.mjs does for RPC_URL. The keys are
// anvil's dev accounts (1 for one key, 2–4 for the pool; 0 mints).
// Before measuring, one payment through each paywall copy must settle (the reply is read).
// Everything listens on 127.0.0.1; the run stops by itself (TIME_LIMIT_MS, per-request timeouts).

process.env.INSFORGE_EDGE_NET = 'loopback';

import os from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../runtime/stack.mjs';
import { startPostgres } from '../runtime/postgres.mjs';
import { startChain } from '../tests/support/chain.mjs';
import { decodeHeader, newPayer, signPayment } from '../tests/support/payments.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const QUICK = argv.includes('--quick');
const POOLS = (opt('pools') ?? '1,3').split(',').map(Number);
const [payArg, concArg, roundsArg] = argv.filter((a) => !a.startsWith('--'));
const PAYMENTS = Number(payArg ?? (QUICK ? 10 : 100));
const CONCURRENCY = Number(concArg ?? (QUICK ? 5 : 50));
const ROUNDS = Number(roundsArg ?? (QUICK ? 1 : 2));
const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const PRICE = 10_000n;
const BLOCK_SECONDS = 1;
const REQUEST_TIMEOUT_MS = 30_000;
const PAYMENT_DEADLINE_MS = 60_000; // a payment still pending after this counts as failed
const TIME_LIMIT_MS = QUICK ? 4 * 60_000 : 10 * 60_000;
const log = (m) => process.stderr.write(`direct-bench: ${m}\n`);

// The run stops by itself, whatever happens (stack.mjs and chain.mjs kill their processes on exit).
setTimeout(() => {
  log(`time limit of ${TIME_LIMIT_MS / 1000} s reached: stopping`);
  process.exit(3);
}, TIME_LIMIT_MS).unref();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : NaN;
};
const median = (xs) => quantile(xs, 0.5);
const r2 = (x) => Number(x.toFixed(2));
const lower = (a) => a.toLowerCase();

const startedAt = Date.now();
const load0 = os.loadavg();
const dir = mkdtempSync(join(os.tmpdir(), 'insforge-edge-direct-bench-'));
const fnDir = join(dir, 'functions');
let stack;
let pg;
let chain;
try {
  // ---- the chain: anvil, the USDG double at its real address, then a block every second
  log('starting anvil (chain 196) and the USDG test token');
  chain = await startChain({ chainId: 196 });
  const usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG });
  await chain.testClient.setAutomine(false);
  await chain.testClient.setIntervalMining({ interval: BLOCK_SECONDS });
  const balanceOf = (who) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName: 'balanceOf', args: [who] });
  const txCount = (address, blockTag) => chain.publicClient.getTransactionCount({ address, blockTag });
  async function mintAll(addresses, amount) {
    const minter = chain.walletClient(0);
    const first = await txCount(chain.accounts[0].address, 'pending');
    const hashes = await Promise.all(
      addresses.map((to, i) => minter.writeContract({ address: usdg.address, abi: usdg.abi, functionName: 'mint', args: [to, amount], nonce: first + i, gas: 200_000n })),
    );
    for (const hash of hashes) {
      const receipt = await chain.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 100 });
      if (receipt.status !== 'success') throw new Error(`mint ${hash} reverted`);
    }
  }

  // ---- the functions: the floor, and the paywall once per pool, each reading its own keys
  const settlersOf = { 1: [chain.accounts[1]], 3: [chain.accounts[2], chain.accounts[3], chain.accounts[4]] };
  const slugOf = (keys) => `direct-${keys}key${keys === 1 ? '' : 's'}`;
  const KINDS = ['floor', ...POOLS.map((k) => `keys${k}`)];
  const slug = (kind) => (kind === 'floor' ? 'empty' : slugOf(Number(kind.slice(4))));
  mkdirSync(fnDir);
  writeFileSync(join(fnDir, 'empty.js'), readFileSync(join(ROOT, 'bench/empty.js')));
  const paywall = readFileSync(join(ROOT, 'functions/dist/x402-paywall.js'), 'utf8');
  for (const keys of POOLS) {
    if (!settlersOf[keys]) throw new Error(`--pools: only 1 and 3 keys are set up, not ${keys}`);
    const pool = settlersOf[keys].map((s) => s.privateKey).join(', ');
    const shim = `// bench/direct-bench.mjs: this copy of the paywall reads SETTLER_PRIVATE_KEY = its own ${keys} key(s) (anvil dev accounts)
const __benchEnv = { get: (k) => (k === 'SETTLER_PRIVATE_KEY' ? ${JSON.stringify(pool)} : globalThis.Deno.env.get(k)) };
const Deno = new Proxy(globalThis.Deno, { get: (t, p) => (p === 'env' ? __benchEnv : Reflect.get(t, p)) });
`;
    writeFileSync(join(fnDir, `${slugOf(keys)}.js`), shim + paywall);
  }

  const payTo = newPayer().address;
  log(`starting the Cloud stack (PostgreSQL, backend, one Deno router with ${POOLS.length + 1} functions)`);
  pg = await startPostgres();
  stack = await startStack({
    contract: 'cloud',
    databaseUrl: pg.url,
    functionsDir: fnDir,
    typeCheck: false, // deploy-time only; not what is measured
    onProgress: (m) => log(`  ${m}`),
    secrets: { PAYMENT_RECIPIENT: payTo, X402_PRICE: String(PRICE), X402_SETTLER: 'direct', RPC_URL: chain.rpcUrl },
  });
  const url = (kind) => `${stack.baseUrl}/functions/${slug(kind)}`;

  // The requirements each paywall advertises (its 402 challenge).
  const requirements = {};
  for (const kind of KINDS.slice(1)) {
    const res = await fetch(url(kind), { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.text();
    const challenge = res.headers.get('payment-required');
    if (res.status !== 402 || !challenge) throw new Error(`${kind}: no 402 challenge (${res.status})`);
    const v2 = decodeHeader(challenge);
    requirements[kind] = { ...v2.accepts[0], resource: v2.resource?.url };
  }
  /** n fresh payers, funded (one block) and their payments signed. */
  async function prepare(kind, n) {
    const payers = Array.from({ length: n }, () => newPayer());
    await mintAll(payers.map((p) => p.address), PRICE);
    return Promise.all(payers.map((payer) => signPayment({ payer, requirements: requirements[kind], version: 2 })));
  }

  /** One payment until it ends (or the floor once): {ms, ok, status, presentations, detail}. */
  async function call(kind, payment) {
    const headers = payment ? { 'PAYMENT-SIGNATURE': payment.header } : {};
    const t0 = performance.now();
    let presentations = 0;
    for (;;) {
      presentations++;
      try {
        const res = await fetch(url(kind), { method: 'POST', headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
        const body = await res.text();
        const ms = performance.now() - t0;
        if (res.status === 503 && payment && ms < PAYMENT_DEADLINE_MS) {
          await sleep(Math.min(1000, 1000 * (Number(res.headers.get('retry-after')) || 1)));
          continue;
        }
        const ok = res.status === 200 && (kind === 'floor' || res.headers.get('payment-response') !== null);
        return { ms, ok, status: res.status, presentations, detail: ok ? '' : body.slice(0, 200) };
      } catch (e) {
        return { ms: performance.now() - t0, ok: false, status: 0, presentations, detail: e.name };
      }
    }
  }

  // ---- before measuring: one payment through each paywall copy settles (and warms it)
  for (const kind of KINDS.slice(1)) {
    const [p] = await prepare(kind, 1);
    const r = await call(kind, p);
    if (!r.ok) throw new Error(`${kind}: the first payment did not settle (${r.status}) ${r.detail}`);
    log(`${kind}: a first payment settled in ${r.ms.toFixed(0)} ms`);
  }
  for (let i = 0; i < 20; i++) await call('floor');

  // ---- throughput and time to 200, alternating batches, floor in the same rounds
  const runs = Object.fromEntries(KINDS.map((k) => [k, { latencies: [], wallMs: 0, ok: 0, failures: 0, failureDetail: {}, presented: 0, retried: 0, batches: [], settled: 0, payments: [] }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < KINDS.length; i++) {
      const kind = KINDS[(round + i) % KINDS.length];
      const payments = kind === 'floor' ? null : await prepare(kind, PAYMENTS);
      await sleep(200); // let the previous batch's trailing work drain
      const results = new Array(PAYMENTS);
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, PAYMENTS) }, async () => {
          while (next < PAYMENTS) {
            const j = next++;
            results[j] = await call(kind, payments?.[j]);
          }
        }),
      );
      const wall = performance.now() - t0;
      const run = runs[kind];
      run.wallMs += wall;
      for (const r of results) {
        run.presented += r.presentations;
        if (r.presentations > 1) run.retried++;
        if (r.ok) {
          run.ok++;
          run.latencies.push(r.ms);
        } else {
          run.failures++;
          const key = `${r.status} ${r.detail}`.slice(0, 160);
          run.failureDetail[key] = (run.failureDetail[key] ?? 0) + 1;
        }
      }
      if (payments) run.payments.push(...payments);
      const okN = results.filter((r) => r.ok).length;
      run.batches.push(r2((okN / wall) * 1000));
      log(`round ${round + 1}/${ROUNDS} ${kind}: ${okN}/${PAYMENTS} ok in ${(wall / 1000).toFixed(2)} s = ${((okN / wall) * 1000).toFixed(1)}/s, p50 ${median(results.map((r) => r.ms)).toFixed(0)} ms`);
    }
  }

  // ---- what was settled, from the ledger and the chain; the nonces at the end
  const throughput = {};
  for (const kind of KINDS) {
    const r = runs[kind];
    const out = {
      requests: PAYMENTS * ROUNDS,
      ok: r.ok,
      failures: r.failures,
      failureDetail: r.failureDetail,
      rps: r2((r.ok / r.wallMs) * 1000),
      batchRps: r.batches,
      p50: r2(median(r.latencies)),
      p99: r2(quantile(r.latencies, 0.99)),
      max: r2(Math.max(...r.latencies)),
    };
    if (kind !== 'floor') {
      const nonces = r.payments.map((p) => lower(p.authorization.nonce));
      const { rows } = await stack.query(
        "select settler_address, count(*)::int as n, count(distinct tx_hash)::int as txs from x402_payments where nonce = any($1) and status = 'settled' group by settler_address",
        [nonces],
      );
      out.settled = rows.reduce((a, x) => a + x.n, 0);
      out.settledBy = Object.fromEntries(rows.map((x) => [x.settler_address, x.n]));
      out.distinctTx = rows.reduce((a, x) => a + x.txs, 0);
      const charged = (await Promise.all(r.payments.map(async (p) => (await balanceOf(p.authorization.from)) === 0n))).filter(Boolean).length;
      out.payersCharged = charged;
      out.retried = r.retried;
      out.presentationsPerPayment = r2(r.presented / (PAYMENTS * ROUNDS));
    }
    throughput[kind] = out;
  }
  await sleep(BLOCK_SECONDS * 1000 + 200); // anything still in the mempool gets its block
  const nonces = {};
  for (const keys of POOLS) {
    for (const s of settlersOf[keys]) {
      const address = lower(s.address);
      const { rows } = await stack.query('select next_nonce from x402_settler_nonces where settler_address = $1 and chain_id = 196', [address]);
      const latest = await txCount(s.address, 'latest');
      const pending = await txCount(s.address, 'pending');
      const next = rows.length ? Number(rows[0].next_nonce) : null;
      nonces[address] = { keys, latest, pending, next, healthy: latest === pending && (next ?? latest) === latest };
    }
  }
  const load1 = os.loadavg();
  const result = {
    bench: 'direct-settlement',
    quick: QUICK,
    contract: 'cloud',
    bundle: 'functions/dist/x402-paywall.js (working tree)',
    blockSeconds: BLOCK_SECONDS,
    pools: POOLS,
    payments: PAYMENTS,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    node: process.version,
    cpus: os.cpus().length,
    loadavg: { start: r2(load0[0]), end: r2(load1[0]) },
    seconds: Math.round((Date.now() - startedAt) / 1000),
    throughput,
    nonces,
  };
  log(`done in ${result.seconds} s`);
  console.log(JSON.stringify(result));
} catch (e) {
  log(`failed: ${e.stack ?? e}`);
  if (stack) log(`stack logs (tail):\n${stack.logs().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  // anvil's process is unref'd (tests/support/chain.mjs): keep the loop alive until it is gone.
  const alive = setInterval(() => {}, 1000);
  await stack?.stop();
  await pg?.stop();
  await chain?.stop();
  clearInterval(alive);
  rmSync(dir, { recursive: true, force: true });
}
