// node bench/paid-bench.mjs [--quick] [--balance | --no-balance] [--now=<rev>] [--before=<rev>] [requests=200] [concurrency=50] [rounds=2]
// The paid path end to end, Cloud contract, today's paywall bundle (functions/dist/
// x402-paywall.js of the working tree, or of --now=<rev>) side by side with the previous one
// (the same file at --before=<rev>, default 8f9118d: before the flow moved into Rust), both
// deployed on ONE local stack
// (runtime/stack.mjs, every migration applied) next to an empty function (the platform floor).
// Prints progress on stderr and one JSON line on stdout (scripts/bench.mjs reads it).
//
//   1. ledger calls per paid request: the functions' INSFORGE_BASE_URL is a counting proxy in
//      front of the backend; every request under /api/database/ is a ledger call. Sequential
//      paid requests, one bundle at a time, each counted alone.
//   2. paid requests per second, p50 / p99 latency: `requests` paid requests at `concurrency`
//      in flight, one fresh payer (one signed v2 payment) per request, signed before the clock
//      starts; batches alternate floor / before / now with the order rotating per round.
//   3. the floor: the empty function (bench/empty.js) through the same contract, same load.
// The OKX stand-in (tests/support/okx.mjs, real OKX wire format, MOCK_OKX_FACILITATOR false)
// runs in its own process (bench/paid-okx.mjs) and answers every call after a seeded uniform
// random 5–40 ms (a wrapper there, no knob added to tests/support).
// Everything listens on 127.0.0.1; the run stops by itself (TIME_LIMIT_MS, per-request timeouts).
// Goals (judged by scripts/bench.mjs, never asserted): ledger calls before ≥ 4, now ≤ 2;
// throughput now ≥ 1.5× before; p99 now ≤ 250 ms.
//
// The balance pre-check (part of the default run; `--balance`: only it, without `before`;
// `--no-balance`: without it): the same "now" bundle deployed a second time (slug
// paywall-now-rpc) with RPC_URL pointing at a JSON-RPC node stand-in (bench/paid-rpc.mjs, its own
// process, 127.0.0.1: balanceOf answered with a large balance after a seeded uniform 20–80 ms,
// a public node's round trip; anything else a JSON-RPC error), so that every paid request first
// asks the node for balanceOf(payer). One Cloud router serves every slug with one environment,
// so that copy reads RPC_URL through a shadowed `Deno.env.get` prepended to the file (the bundle
// reads its secrets with Deno.env.get only); the other slugs see no RPC_URL. Sequential single
// requests are interleaved now / now-rpc (median of 20), and now-rpc joins the alternating
// batches (the node stand-in's CPU counts under `okx`, the stand-ins). Before measuring: one payer whose balance the node says is 0 must be refused by
// now-rpc (the answer is read), and the slugs without RPC_URL must never call the node.

process.env.INSFORGE_EDGE_NET = 'loopback';

import http from 'node:http';
import os from 'node:os';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../runtime/stack.mjs';
import { freePort, startPostgres } from '../runtime/postgres.mjs';
import { decodeHeader, newPayer, signPayment } from '../tests/support/payments.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const BEFORE_REV = opt('before') ?? '8f9118d';
const NOW_REV = opt('now') ?? null; // null: the working tree
const QUICK = argv.includes('--quick');
const ONLY_BALANCE = argv.includes('--balance');
const BALANCE = ONLY_BALANCE || !argv.includes('--no-balance');
const [reqArg, concArg, roundsArg] = argv.filter((a) => !a.startsWith('--'));
const REQUESTS = Number(reqArg ?? (QUICK ? 20 : 200));
const CONCURRENCY = Number(concArg ?? (QUICK ? 10 : 50));
const ROUNDS = Number(roundsArg ?? (QUICK ? 1 : 2));
const LEDGER_SAMPLES = QUICK ? 3 : 10; // sequential paid requests per bundle, counted one by one
const OKX_DELAY_MS = [5, 40];
const RPC_DELAY_MS = [20, 80]; // the node stand-in: a public node's round trip
const ALONE_PAIRS = QUICK ? 3 : 20; // sequential now / now-rpc pairs, interleaved
const SEED = 0x402;
const PRICE = '10000';
const REQUEST_TIMEOUT_MS = 30_000;
const TIME_LIMIT_MS = QUICK ? 4 * 60_000 : 12 * 60_000;
const log = (m) => process.stderr.write(`paid-bench: ${m}\n`);

// The run stops by itself, whatever happens (stack.mjs kills its processes on exit).
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

// CPU time (ms) of this process (client, backend, proxy, OKX stand-in: one Node process) and of
// its descendants by command (the Deno router, PostgreSQL), from /proc: where a batch's time went.
const TICK_MS = 10; // USER_HZ = 100 on Linux
let postmasterPid = 0; // PostgreSQL is started by pg_ctl (daemonized): found by its postmaster.pid
function cpuNow() {
  const procs = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const f = stat.slice(close + 2).split(' ');
      procs.set(Number(pid), { comm, ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) * TICK_MS });
    } catch {}
  }
  const out = { node: 0, okx: 0, deno: 0, postgres: 0, other: 0 };
  const mine = (pid) => {
    for (let p = pid, hops = 0; p > 1 && hops < 20; hops++) {
      if (p === process.pid || p === postmasterPid) return true;
      p = procs.get(p)?.ppid ?? 0;
    }
    return false;
  };
  for (const [pid, p] of procs) {
    if (pid !== process.pid && mine(pid) && p.comm !== 'pg_ctl') out[/deno/.test(p.comm) ? 'deno' : /postgres|postmaster/.test(p.comm) ? 'postgres' : /node/.test(p.comm) ? 'okx' : 'other'] += p.ms;
  }
  const u = process.cpuUsage();
  out.node = (u.user + u.system) / 1000;
  return out;
}
const cpuDelta = (a, b) => (a && b ? Object.fromEntries(Object.keys(a).map((k) => [k, b[k] - a[k]])) : null);

/** A counting proxy in front of the backend: ledger calls are the requests under /api/database/. */
function countingProxy(target) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const state = { ledger: 0, other: 0, byCall: {} };
  const server = http.createServer((req, res) => {
    const path = req.url.split('?')[0];
    if (path.startsWith('/api/database/')) {
      state.ledger++;
      const key = `${req.method} ${path.replace(/^\/api\/database\//, '')}`;
      state.byCall[key] = (state.byCall[key] ?? 0) + 1;
    } else state.other++;
    const up = http.request(`${target}${req.url}`, { method: req.method, headers: { ...req.headers, host: new URL(target).host }, agent }, (upRes) => {
      res.writeHead(upRes.statusCode, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        state,
        url: `http://127.0.0.1:${server.address().port}`,
        reset() {
          state.ledger = 0;
          state.other = 0;
          state.byCall = {};
        },
        close() {
          server.closeAllConnections?.();
          agent.destroy();
          return new Promise((r) => server.close(r));
        },
      }),
    ),
  );
}

/** A stand-in (bench/paid-okx.mjs: {url, apiKey, secretKey, passphrase}; bench/paid-rpc.mjs: {url}) as a child, plus calls() and close(). */
async function startStandIn(script, [lo, hi], name) {
  const child = spawn(process.execPath, [join(ROOT, script), String(lo), String(hi), String(SEED)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (c) => {
      buf += c;
      if (buf.includes('\n')) resolve(buf.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`the ${name} stand-in exited (${code})`)));
    setTimeout(() => reject(new Error(`the ${name} stand-in did not start`)), 30_000).unref();
  });
  process.once('exit', () => child.kill());
  return {
    ...JSON.parse(line),
    async calls() {
      return (await fetch(`${JSON.parse(line).url}/__bench/calls`)).json();
    },
    close() {
      child.stdin.end();
      return new Promise((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', r);
        setTimeout(() => {
          child.kill();
          r();
        }, 3000).unref();
      });
    },
  };
}

const startedAt = Date.now();
const load0 = os.loadavg();
const dir = mkdtempSync(join(os.tmpdir(), 'insforge-edge-paid-bench-'));
const fnDir = join(dir, 'functions');
let stack;
let pg;
let okx;
let rpc;
let proxy;
try {
  // ---- the functions: today's bundle, the previous one, the floor
  mkdirSync(fnDir);
  const SLUGS = { floor: 'empty', before: 'paywall-before', now: 'paywall-now', rpc: 'paywall-now-rpc' };
  const PAYWALLS = ['before', 'now', 'rpc'].filter((k) => (k === 'before' ? !ONLY_BALANCE : k === 'rpc' ? BALANCE : true));
  writeFileSync(join(fnDir, `${SLUGS.floor}.js`), readFileSync(join(ROOT, 'bench/empty.js')));
  const atRev = (rev) => execFileSync('git', ['show', `${rev}:functions/dist/x402-paywall.js`], { cwd: ROOT, maxBuffer: 64 << 20 });
  const nowCode = NOW_REV ? atRev(NOW_REV) : readFileSync(join(ROOT, 'functions/dist/x402-paywall.js'));
  writeFileSync(join(fnDir, `${SLUGS.now}.js`), nowCode);
  if (PAYWALLS.includes('before')) writeFileSync(join(fnDir, `${SLUGS.before}.js`), atRev(BEFORE_REV));

  // ---- the OKX stand-in in its own process (bench/paid-okx.mjs), answering after a seeded 5–40 ms
  okx = await startStandIn('bench/paid-okx.mjs', OKX_DELAY_MS, 'OKX');

  // ---- the JSON-RPC node stand-in (bench/paid-rpc.mjs), balanceOf after a seeded 20–80 ms, and
  // the "now" bundle again, reading RPC_URL = that node (one router, one environment: shadowed)
  if (BALANCE) {
    rpc = await startStandIn('bench/paid-rpc.mjs', RPC_DELAY_MS, 'JSON-RPC node');
    const shim = `// bench/paid-bench.mjs: this copy of the paywall reads RPC_URL = ${rpc.url} (the other slugs: unset)
const __benchEnv = { get: (k) => (k === 'RPC_URL' ? ${JSON.stringify(rpc.url)} : globalThis.Deno.env.get(k)) };
const Deno = new Proxy(globalThis.Deno, { get: (t, p) => (p === 'env' ? __benchEnv : Reflect.get(t, p)) });
`;
    writeFileSync(join(fnDir, `${SLUGS.rpc}.js`), shim + nowCode);
  }

  // ---- the stack: its port chosen first, so the functions can be given the proxy in front of it
  const port = await freePort();
  proxy = await countingProxy(`http://127.0.0.1:${port}`);
  const payTo = newPayer().address;
  log(`starting the Cloud stack (PostgreSQL, backend, one Deno router with ${PAYWALLS.length + 1} functions)`);
  pg = await startPostgres();
  try {
    postmasterPid = Number(readFileSync(join(pg.dir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {}
  stack = await startStack({
    contract: 'cloud',
    databaseUrl: pg.url,
    port,
    functionsDir: fnDir,
    typeCheck: false, // deploy-time only; not what is measured
    onProgress: (m) => log(`  ${m}`),
    secrets: {
      INSFORGE_BASE_URL: proxy.url,
      PAYMENT_RECIPIENT: payTo,
      X402_PRICE: PRICE,
      MOCK_OKX_FACILITATOR: 'false',
      OKX_API_KEY: okx.apiKey,
      OKX_SECRET_KEY: okx.secretKey,
      OKX_PASSPHRASE: okx.passphrase,
      OKX_BASE_URL: okx.url,
      X402_PAYER_ATTEMPTS_PER_MINUTE: '1000', // and one fresh payer per request anyway
      X402_SETTLE_TIMEOUT_MS: '10000',
    },
  });
  const url = (slug) => `${stack.baseUrl}/functions/${slug}`;

  // The requirements each paywall advertises (its 402 challenge).
  const requirements = {};
  for (const kind of PAYWALLS) {
    const res = await fetch(url(SLUGS[kind]), { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.text();
    const challenge = res.headers.get('payment-required');
    if (res.status !== 402 || !challenge) throw new Error(`${kind}: no 402 challenge (${res.status})`);
    const v2 = decodeHeader(challenge);
    requirements[kind] = { ...v2.accepts[0], resource: v2.resource?.url };
  }
  const sign = async (kind, n) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(await signPayment({ payer: newPayer(), requirements: requirements[kind], version: 2 }));
    return out;
  };
  const settledRows = async (payments) => {
    const nonces = payments.map((p) => p.authorization.nonce.toLowerCase());
    const { rows } = await stack.query("select count(*)::int as n from x402_payments where nonce = any($1) and status = 'settled'", [nonces]);
    return rows[0].n;
  };

  /** One request: {ms, ok, status, detail}. */
  async function call(kind, payment) {
    const headers = payment ? { 'PAYMENT-SIGNATURE': payment.header } : {};
    const t0 = performance.now();
    try {
      const res = await fetch(url(SLUGS[kind]), { method: 'POST', headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body = await res.text();
      const ms = performance.now() - t0;
      const ok = res.status === 200 && (kind === 'floor' || res.headers.get('payment-response') !== null);
      return { ms, ok, status: res.status, detail: ok ? '' : body.slice(0, 200) };
    } catch (e) {
      return { ms: performance.now() - t0, ok: false, status: 0, detail: e.name };
    }
  }

  // ---- 0. the pre-check is real: a payer the node says holds nothing is refused by now-rpc,
  // before anything is claimed or sent to OKX
  let balanceCheck = null;
  if (BALANCE) {
    const [p] = await sign('rpc', 1);
    await fetch(`${rpc.url}/__bench/poor`, { method: 'POST', body: p.authorization.from });
    const [rpc0, okx0] = [await rpc.calls(), await okx.calls()];
    proxy.reset();
    const r = await call('rpc', p);
    await sleep(50);
    const [rpc1, okx1] = [await rpc.calls(), await okx.calls()];
    balanceCheck = { status: r.status, refused: !r.ok, balanceOfCalls: rpc1.balanceOf - rpc0.balanceOf, ledgerCalls: proxy.state.ledger, ledgerByCall: { ...proxy.state.byCall }, okxCalls: okx1.verify + okx1.settle - okx0.verify - okx0.settle, body: r.detail.slice(0, 160) };
    log(`a payer with no balance, now-rpc: ${JSON.stringify(balanceCheck)}`);
    if (!balanceCheck.refused || balanceCheck.balanceOfCalls !== 1) throw new Error(`the balance pre-check did not run as expected: ${JSON.stringify(balanceCheck)}`);
  }

  // ---- 1. ledger calls per paid request, sequential, each request counted alone
  const ledger = {};
  for (const kind of PAYWALLS) {
    const payments = await sign(kind, LEDGER_SAMPLES);
    const perRequest = [];
    const latencies = [];
    const byCall = {};
    const okxBefore = await okx.calls();
    const rpcBefore = await rpc?.calls();
    for (const p of payments) {
      proxy.reset();
      const r = await call(kind, p);
      await sleep(50); // anything the function still sends after answering
      if (!r.ok) throw new Error(`${kind}: a paid request failed (${r.status}) ${r.detail}`);
      perRequest.push(proxy.state.ledger);
      latencies.push(r.ms);
      for (const [k, v] of Object.entries(proxy.state.byCall)) byCall[k] = (byCall[k] ?? 0) + v;
    }
    const settled = await settledRows(payments);
    const n = payments.length;
    // What each bundle left in the ledger for these payments (both should say the same).
    const nonces = payments.map((p) => p.authorization.nonce.toLowerCase());
    const { rows: [rowShape] } = await stack.query(
      `select count(*)::int as rows, count(*) filter (where status = 'settled')::int as settled, count(tx_hash)::int as tx_hash,
              count(served_at)::int as served_at, count(submitted_at)::int as submitted_at, count(settled_at)::int as settled_at,
              count(claim_token)::int as claim_token, max(attempts)::int as max_attempts, array_agg(distinct endpoint) as endpoints,
              (select count(*)::int from x402_settlements s where s.payment_id = any(array_agg(p.id))) as settlement_log
         from x402_payments p where nonce = any($1)`,
      [nonces],
    );
    ledger[kind] = {
      requests: n,
      settled,
      perRequest: { median: median(perRequest), min: Math.min(...perRequest), max: Math.max(...perRequest) },
      aloneMs: r2(median(latencies)), // one request at a time: the latency floor of the path
      rowShape,
      byCall: Object.fromEntries(Object.entries(byCall).map(([k, v]) => [k, r2(v / n)])),
      okxPerRequest: await okx.calls().then((c) => ({ verify: r2((c.verify - okxBefore.verify) / n), settle: r2((c.settle - okxBefore.settle) / n), status: r2((c.status - okxBefore.status) / n) })),
      ...(rpc ? { rpcPerRequest: await rpc.calls().then((c) => ({ balanceOf: r2((c.balanceOf - rpcBefore.balanceOf) / n), other: r2((c.total - c.balanceOf - rpcBefore.total + rpcBefore.balanceOf) / n) })) } : {}),
    };
    log(`ledger calls per paid request, ${kind}: ${JSON.stringify(ledger[kind])}`);
  }

  // ---- 1b. the pre-check alone: sequential single requests, now / now-rpc interleaved
  let alone = null;
  if (BALANCE) {
    const payments = { now: await sign('now', ALONE_PAIRS), rpc: await sign('rpc', ALONE_PAIRS) };
    const ms = { now: [], rpc: [] };
    for (let i = 0; i < ALONE_PAIRS; i++) {
      for (const kind of i % 2 ? ['now', 'rpc'] : ['rpc', 'now']) {
        const r = await call(kind, payments[kind][i]);
        await sleep(50);
        if (!r.ok) throw new Error(`${kind}: a paid request failed (${r.status}) ${r.detail}`);
        ms[kind].push(r.ms);
      }
    }
    alone = { pairs: ALONE_PAIRS, nowMs: r2(median(ms.now)), rpcMs: r2(median(ms.rpc)), addedMs: r2(median(ms.rpc) - median(ms.now)), pairedAddedMs: r2(median(ms.rpc.map((x, i) => x - ms.now[i]))) };
    log(`one paid request alone, median of ${ALONE_PAIRS}: now ${alone.nowMs} ms, now-rpc ${alone.rpcMs} ms (+${alone.addedMs} ms)`);
  }

  // ---- 2 + 3. throughput and latency, alternating batches, floor in the same rounds
  for (let i = 0; i < 20; i++) await call('floor');
  const kinds = ['floor', ...PAYWALLS];
  const runs = Object.fromEntries(kinds.map((k) => [k, { latencies: [], wallMs: 0, ok: 0, failures: 0, failureDetail: {}, ledgerCalls: 0, rpcCalls: 0, settled: 0, batches: [], cpu: null }]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[(round + i) % kinds.length];
      const payments = kind === 'floor' ? null : await sign(kind, REQUESTS);
      await sleep(200); // let the previous batch's trailing work drain
      proxy.reset();
      const rpc0 = await rpc?.calls();
      const results = new Array(REQUESTS);
      let next = 0;
      const cpu0 = cpuNow();
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, REQUESTS) }, async () => {
          while (next < REQUESTS) {
            const j = next++;
            results[j] = await call(kind, payments?.[j]);
          }
        }),
      );
      const wall = performance.now() - t0;
      await sleep(50);
      const cpu = cpuDelta(cpu0, cpuNow());
      const run = runs[kind];
      if (cpu) run.cpu = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, (run.cpu?.[k] ?? 0) + v]));
      run.wallMs += wall;
      run.ledgerCalls += proxy.state.ledger;
      if (rpc) run.rpcCalls += (await rpc.calls()).total - rpc0.total;
      for (const r of results) {
        if (r.ok) {
          run.ok++;
          run.latencies.push(r.ms);
        } else {
          run.failures++;
          const key = `${r.status} ${r.detail}`.slice(0, 160);
          run.failureDetail[key] = (run.failureDetail[key] ?? 0) + 1;
        }
      }
      if (payments) run.settled += await settledRows(payments);
      const okN = results.filter((r) => r.ok).length;
      run.batches.push(r2((okN / wall) * 1000));
      log(`round ${round + 1}/${ROUNDS} ${kind}: ${okN}/${REQUESTS} ok in ${(wall / 1000).toFixed(2)} s = ${((okN / wall) * 1000).toFixed(1)} req/s, p50 ${median(results.map((r) => r.ms)).toFixed(1)} ms, ledger calls ${proxy.state.ledger}`);
    }
  }
  const throughput = Object.fromEntries(
    kinds.map((k) => {
      const r = runs[k];
      return [
        k,
        {
          requests: REQUESTS * ROUNDS,
          ok: r.ok,
          failures: r.failures,
          failureDetail: r.failureDetail,
          rps: r2((r.ok / r.wallMs) * 1000),
          batchRps: r.batches,
          p50: r2(median(r.latencies)),
          p99: r2(quantile(r.latencies, 0.99)),
          max: r2(Math.max(...r.latencies)),
          // CPU ms per request, by process: node = this process (client, backend, proxy, OKX stand-in)
          cpuMsPerRequest: r.cpu && Object.fromEntries(Object.entries(r.cpu).map(([p, v]) => [p, r2(v / (REQUESTS * ROUNDS))])),
          ...(k === 'floor' ? {} : { ledgerCallsPerRequest: r2(r.ledgerCalls / (REQUESTS * ROUNDS)), settled: r.settled }),
          ...(k === 'floor' || !rpc ? {} : { rpcCallsPerRequest: r2(r.rpcCalls / (REQUESTS * ROUNDS)) }),
        },
      ];
    }),
  );
  const load1 = os.loadavg();
  const result = {
    bench: 'paid-path',
    quick: QUICK,
    contract: 'cloud',
    before: ONLY_BALANCE ? null : `functions/dist/x402-paywall.js at ${BEFORE_REV}`,
    now: NOW_REV ? `functions/dist/x402-paywall.js at ${NOW_REV}` : 'functions/dist/x402-paywall.js (working tree)',
    // The flow's bundle speaks to the ledger only through rpc/x402_*; a bundle that still
    // writes records/ directly is a pre-flow build (a stale functions/dist).
    nowIsFlowBuild: Object.keys(ledger.now.byCall).every((k) => k.startsWith('POST rpc/x402_')),
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    rounds: ROUNDS,
    okxDelayMs: OKX_DELAY_MS,
    seed: SEED,
    node: process.version,
    cpus: os.cpus().length,
    loadavg: { start: r2(load0[0]), end: r2(load1[0]) },
    seconds: Math.round((Date.now() - startedAt) / 1000),
    ledger,
    throughput,
    speedup: throughput.before ? r2(throughput.now.rps / throughput.before.rps) : null,
    // The balance pre-check: now (no RPC_URL) vs now-rpc (RPC_URL = the node stand-in).
    balance: BALANCE
      ? {
          rpcDelayMs: RPC_DELAY_MS,
          refusesAPayerWithoutFunds: balanceCheck,
          alone,
          rps: { now: throughput.now.rps, rpc: throughput.rpc.rps, ratio: r2(throughput.rpc.rps / throughput.now.rps) },
          p50: { now: throughput.now.p50, rpc: throughput.rpc.p50, addedMs: r2(throughput.rpc.p50 - throughput.now.p50) },
          p99: { now: throughput.now.p99, rpc: throughput.rpc.p99, addedMs: r2(throughput.rpc.p99 - throughput.now.p99) },
          nodeCallsPerRequest: { now: throughput.now.rpcCallsPerRequest, rpc: throughput.rpc.rpcCallsPerRequest },
        }
      : null,
  };
  log(`done in ${result.seconds} s`);
  console.log(JSON.stringify(result));
} catch (e) {
  log(`failed: ${e.stack ?? e}`);
  if (stack) log(`stack logs (tail):\n${stack.logs().slice(-4000)}`);
  process.exitCode = 1;
} finally {
  await proxy?.close();
  await stack?.stop();
  await pg?.stop();
  await okx?.close();
  await rpc?.close();
  rmSync(dir, { recursive: true, force: true });
}
