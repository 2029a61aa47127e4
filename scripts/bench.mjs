// `npm run bench`: sizes and speed of the committed functions, side by side with the JS
// libraries users would otherwise pick, measured in this one run. Not part of `npm test`:
// timings are reported and judged against their targets here, never asserted in a test.
//
// Whole handlers wherever possible: a committed bundle (functions/dist/<slug>.js) evaluated as
// self-hosted InsForge evaluates it (bench/evaluate.mjs) and called with a Request, or deployed
// to the local self-hosted runtime (a fresh Deno 2.0.6 Worker per request, runtime/stack.mjs)
// next to an empty function, the platform floor. Figures that need one core operation alone
// (HS256 mint, x402 local verify, EIP-1559 signing, the wasm cold path) go through
// bench/probe.mjs, the only file that names WebAssembly exports.
//
//   bench/bridge-deno.mjs   Deno: bridge cold path (fresh process), first whole request, warm
//                           mint and whole request vs jose
//   bench/x402-cold.mjs     Deno: x402-paywall's first request (a forged payment), fresh process
//   bench/fresh-worker.mjs  Deno 2.0.6: bundle evaluation + first request inside fresh Workers
//                           (the empty function, the pure-JS bridge, workos-bridge, x402-paywall's
//                           challenge and forged refusal), and each flavor's cold steps
//   bench/compile-cost.mjs  Deno 2.0.6: what compiling wasm on a function's first call costs,
//                           per KB of code, per function and with many locals (synthetic modules)
//   bench/x402-bench.mjs    Node: x402 local verify vs viem / @noble/curves
//   bench/evm-sign-bench.mjs Node: EIP-1559 build + sign vs viem
//   bench/siwe-bench.mjs    Node: Sign-In with Ethereum verification vs viem
//   bench/permit2-bench.mjs Node: Permit2 exact local verify vs @x402/evm's facilitator
//   bench/empty.js, bench/js-bridge.js   deployed next to the functions for the round trips
//   bench/paid-bench.mjs    Node: the paid path on the Cloud contract, today's x402-paywall bundle
//                           vs the one at 8f9118d on one stack: ledger calls per paid request,
//                           paid requests/s, p50/p99 at 50 in flight, the empty function as floor
//                           (bench/paid-okx.mjs: the OKX stand-in in its own process, 5–40 ms)
//   bench/unstick-bench.mjs Node: a dropped or underpriced direct settlement, from the payer's
//                           retry to served (anvil, self-hosted contract)
//   bench/direct-bench.mjs  Node: direct settlement (X402_SETTLER=direct) on anvil mining a block
//                           every second, Cloud contract, one settler key vs a pool of three on one
//                           stack: payments/s, p50/p99 time to 200, the empty function as floor

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, denoBinary, ensureNodeModules, ensureRustWasm, run, toolEnv } from './lib/toolchain.mjs';
import { callEdges, coldFunctions } from './lib/cold-functions.mjs';
import { functionNames } from './lib/wasm-sections.mjs';
import { COLD_FUNCTIONS_FILE, envKeysOf, functionBundle, rawWasm } from './build.mjs';
import { wasmModuleSource } from '../cli/bundle.mjs';
import { wasmBase64 } from '../functions/src/lib/wasm.js';

// `npm run bench -- --quick`: every path once or a few times, to check the bench runs (its
// figures mean nothing).
const QUICK = process.argv.includes('--quick');
// `npm run bench -- --paid-only`: only the paid path (bench/paid-bench.mjs), about half a minute.
const PAID_ONLY = process.argv.includes('--paid-only');
// `npm run bench -- --direct-only`: only direct settlement on anvil (bench/direct-bench.mjs).
const DIRECT_ONLY = process.argv.includes('--direct-only');
// `npm run bench -- --paired <bridge|challenge|forged> <A.js> <B.js> [rounds]`: only two versions
// of a function file, A and B, against each other in fresh Deno 2.0.6 Workers, alternating in
// every round (bench/paired.mjs), then exit: how a change to the cold path is measured.
const PAIRED = process.argv.indexOf('--paired');
// `npm run bench -- --cold-functions`: only the profile of the first requests that the build
// keeps their cold functions out of line by (scripts/lib/cold-functions.mjs); writes
// functions/src/wasm/cold-functions.json, then exit. `npm run build` applies it.
const COLD_FUNCTIONS = process.argv.includes('--cold-functions');
// `npm run bench -- --props`: only the soak of the x402 invariants under faults (many seeds;
// tests/e2e/x402-properties.test.mjs), then exit.
if (process.argv.includes('--props')) {
  const r = spawnSync(process.execPath, ['--test', 'tests/e2e/x402-properties.test.mjs'], { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit', env: { ...process.env, X402_PROPS_SOAK: '1' } });
  process.exit(r.status ?? 1);
}
const COLD_RUNS = QUICK ? 1 : 15; // fresh processes per cold figure and Deno version
const WARM_COLD_RUNS = QUICK ? 3 : 40; // cold paths repeated in one process
const WARM_OPS = QUICK ? 200 : 2000; // per warm mint figure (whole requests: a quarter)
const ROUND_TRIP_ROUNDS = QUICK ? 2 : 40; // self-hosted requests per function (after 5 warm-up rounds)
const FRESH_WORKER_ROUNDS = QUICK ? 2 : 30; // fresh Workers per kind (bench/fresh-worker.mjs)
const DENOS = ['2.0.6', 'current'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
const us = (x) => `${x.toFixed(1)} µs`;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

// Every figure: [measure, insforge-edge, side by side, speed-up (their time ÷ ours), target, mark].
const rows = [];
function figure(measure, ours, { vs = '', ratio = '', target = '', met = null } = {}) {
  rows.push([measure, ours, vs, ratio, target, met === null ? '' : met ? '✓' : '✗']);
}
function section(title) {
  rows.push([title]);
}

function denoJson(version, script, args, flags = []) {
  const r = spawnSync(denoBinary(version), ['run', '--allow-read', '--allow-env', ...flags, script, ...args], {
    cwd: ROOT,
    env: toolEnv({ DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  if (r.error) throw new Error(`deno ${version}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`deno ${version} ${script} ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/**
 * The wasm code each kind's first request in a fresh Worker made V8 compile (bench/first-compile.mjs
 * under V8's compilation trace, on the bundles in `dir`, functions/dist by default):
 * {kinds: [{name, flavor, functions, bytes, indices}], modules}. `indices`: the flavor module's
 * functions compiled, by index.
 */
function firstCompile(workerFile, dir) {
  const r = spawnSync(denoBinary('2.0.6'), ['run', '--allow-read', '--allow-env', '--no-lock', '--node-modules-dir=manual', '--v8-flags=--trace-wasm-compilation-times', 'bench/first-compile.mjs', workerFile, ...(dir ? [dir] : [])], {
    cwd: ROOT,
    env: toolEnv({ DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench/first-compile.mjs failed:\n${r.stderr}`);
  const lines = r.stdout.trim().split('\n');
  // The JSON line; V8 may still print a background compilation after it.
  const out = JSON.parse(lines.splice(lines.findLastIndex((l) => l.startsWith('{')), 1)[0]);
  const compiled = {};
  let kind = null;
  for (const line of lines) {
    const marker = line.match(/^---- first-compile (\S+)/);
    if (marker) {
      kind = marker[1] === 'end' ? null : marker[1];
      if (kind) compiled[kind] = { functions: 0, bytes: 0, byModule: {} };
      continue;
    }
    // Baseline (Liftoff) compilations only: what a first call pays. A hot function moved to the
    // optimizing tier meanwhile (in the background, when it happens) is not counted twice.
    const body = line.match(/^Compiled function (\S+)#(\d+) using Liftoff.* bodysize (\d+)/);
    if (body && kind) {
      compiled[kind].functions += 1;
      compiled[kind].bytes += Number(body[3]);
      (compiled[kind].byModule[body[1]] ??= []).push(Number(body[2]));
    }
  }
  for (const k of out.kinds) {
    if (!compiled[k.name] || compiled[k.name].functions === 0) throw new Error(`first-compile: no compilation traced for ${k.name} (did V8 take --trace-wasm-compilation-times?)`);
    const { byModule, ...counts } = compiled[k.name];
    // The flavor's module is the one most compiled (the other is the base64 decoder's).
    const indices = Object.values(byModule).sort((a, b) => b.length - a.length)[0];
    Object.assign(k, counts, { indices });
  }
  return out;
}

function nodeJson(script, args) {
  const r = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, env: toolEnv(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node ${script} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The inputs every measurement shares: a WorkOS setup with a pinned JWKS, an x402 seller,
 * a forged payment (signed by another key than its `from`) valid for the whole run. */
async function makeInputs(dir) {
  const { generateKeyPair, exportJWK, SignJWT } = await import('jose');
  const { newPayer, requirementsFor, signPayment } = await import('../tests/support/payments.mjs');
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] };
  const now = Math.floor(Date.now() / 1000);
  const token = await new SignJWT({ sub: 'user_01HBENCH', email: 'bench@example.com' })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://api.workos.com').setIssuedAt(now).setExpirationTime(now + 7200).sign(privateKey);
  const bridgeSecrets = { JWT_SECRET: 'bench-secret-0123456789abcdef0123456789abcdef', WORKOS_CLIENT_ID: 'client_bench', WORKOS_JWKS: JSON.stringify(jwks) };
  // The HS256 mint figures take the signature's verdict as given: only a PS256 or ES256
  // signature is JS's to check (an RS256 one is checked in the module), so they use an OpenID
  // Connect bridge with a pinned PS256 key.
  const ps = await generateKeyPair('PS256');
  const psJwks = { keys: [{ ...(await exportJWK(ps.publicKey)), kid: 'p1', alg: 'PS256', use: 'sig' }] };
  const mintToken = await new SignJWT({ sub: 'user_01HBENCH', email: 'bench@example.com', email_verified: true })
    .setProtectedHeader({ alg: 'PS256', kid: 'p1' }).setIssuer('https://id.bench.example').setAudience('bench-app').setIssuedAt(now).setExpirationTime(now + 7200).sign(ps.privateKey);
  const mint = { provider: 'oidc', token: mintToken, env: JSON.stringify({ JWT_SECRET: bridgeSecrets.JWT_SECRET, OIDC_ISSUER: 'https://id.bench.example', OIDC_AUDIENCE: 'bench-app', OIDC_JWKS: JSON.stringify(psJwks) }) };
  const seller = newPayer();
  const impostor = newPayer();
  const lifetime = 3600; // the most X402_MAX_TIMEOUT_SECONDS allows: the payment stays valid for the run
  const requirements = requirementsFor({ payTo: seller.address, amount: '10000', maxTimeoutSeconds: lifetime, resource: 'https://bench.local/functions/x402-paywall' });
  const forged = await signPayment({ payer: newPayer(), requirements, mutate: (h) => void (h.payload.authorization.from = impostor.address) });
  const x402Secrets = { PAYMENT_RECIPIENT: seller.address, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', X402_MAX_TIMEOUT_SECONDS: String(lifetime) };
  const bridgeFile = join(dir, 'bridge.json');
  const x402File = join(dir, 'x402.json');
  const workerFile = join(dir, 'fresh-worker.json');
  writeFileSync(bridgeFile, JSON.stringify({ secrets: bridgeSecrets, token, mint }));
  // Every InsForge project has these two (the platform seeds them); a paywall reads them for
  // its resource URL and its ledger. Inside a Worker the ledger is never reached by these
  // figures; the local stack seeds its own.
  const inProject = { ...x402Secrets, INSFORGE_BASE_URL: 'https://bench.local', API_KEY: 'ik_bench' };
  writeFileSync(x402File, JSON.stringify({ secrets: inProject, header: forged.header }));
  writeFileSync(workerFile, JSON.stringify({ bridgeSecrets, token, x402Secrets: inProject, forgedHeader: forged.header }));
  return { token, bridgeSecrets, x402Secrets, forgedHeader: forged.header, bridgeFile, x402File, workerFile };
}

// Three synthetic modules of about the same code (bench/compile-cost.mjs): one function of 4
// locals, many functions of 4 locals, one function of 40 locals.
const COMPILE_COST_SHAPES = {
  one: { functions: 1, bytesPerFunction: 24000, locals: 4 },
  many: { functions: 96, bytesPerFunction: 250, locals: 4 },
  locals: { functions: 1, bytesPerFunction: 24000, locals: 40 },
};

/** Writes the synthetic modules into `dir` (assembled by binaryen); returns the file that names them. */
async function compileCostModules(dir) {
  const { default: binaryen } = await import('binaryen');
  const { syntheticWat } = await import('../bench/compile-cost.mjs');
  const variants = Object.entries(COMPILE_COST_SHAPES).map(([name, shape]) => {
    const module = binaryen.parseText(syntheticWat(shape));
    const file = join(dir, `compile-cost-${name}.wasm`);
    writeFileSync(file, module.emitBinary());
    module.dispose();
    return { name, file };
  });
  const file = join(dir, 'compile-cost.json');
  writeFileSync(file, JSON.stringify(variants));
  return file;
}

/**
 * What compiling wasm on a function's first call costs a fresh Deno 2.0.6 Worker here, from the
 * synthetic modules: {perKiBUs, perFunctionUs, perKiB40Us} (µs per KiB of code in functions of 4
 * locals, per function beyond that, and per KiB in functions of 40 locals).
 */
function compileCost(variantsFile) {
  const { variants: v } = denoJson('2.0.6', 'bench/compile-cost.mjs', [variantsFile, String(FRESH_WORKER_ROUNDS)]);
  const cost = (x) => 1000 * (x.firstMs - x.againMs);
  const perKiBUs = cost(v.one) / (v.one.bytes / 1024);
  const perFunctionUs = (cost(v.many) - (perKiBUs * v.many.bytes) / 1024) / (COMPILE_COST_SHAPES.many.functions - 1);
  return { perKiBUs, perFunctionUs, perKiB40Us: cost(v.locals) / (v.locals.bytes / 1024) };
}

/** Self-hosted round trips, interleaved per round (order rotating): each function's time and
 * its overhead above the empty function of the same round. */
async function roundTrips(inputs) {
  const { startStack } = await import('../runtime/stack.mjs');
  const stack = await startStack({ contract: 'self-hosted', secrets: { ...inputs.bridgeSecrets, ...inputs.x402Secrets } });
  try {
    await stack.deploy('empty', readFileSync(join(ROOT, 'bench/empty.js'), 'utf8'));
    await stack.deploy('workos-bridge', readFileSync(join(ROOT, 'functions/dist/workos-bridge.js'), 'utf8'));
    await stack.deploy('js-workos-bridge', readFileSync(join(ROOT, 'bench/js-bridge.js'), 'utf8'));
    await stack.deploy('x402-paywall', readFileSync(join(ROOT, 'functions/dist/x402-paywall.js'), 'utf8'));
    const bearer = { Authorization: `Bearer ${inputs.token}` };
    const forged = { 'PAYMENT-SIGNATURE': inputs.forgedHeader };
    // A kind that carries a credential is read against the empty function given the same
    // request too (`sameRequest`), as inside a fresh Worker.
    const kinds = {
      empty: { slug: 'empty', headers: {}, ok: (s) => s === 200 },
      'empty-bridge-request': { slug: 'empty', headers: bearer, ok: (s) => s === 200 },
      'empty-forged-request': { slug: 'empty', headers: forged, ok: (s) => s === 200 },
      'workos-bridge': { slug: 'workos-bridge', headers: bearer, ok: (s, b) => s === 200 && b.includes('"accessToken"'), floor: 'empty-bridge-request' },
      'js-workos-bridge': { slug: 'js-workos-bridge', headers: bearer, ok: (s, b) => s === 200 && b.includes('"accessToken"'), floor: 'empty-bridge-request' },
      'x402-forged': { slug: 'x402-paywall', headers: forged, ok: (s, b) => s === 402 && b.includes('invalid_exact_evm_payload_signature'), floor: 'empty-forged-request' },
      'x402-challenge': { slug: 'x402-paywall', headers: {}, ok: (s, b, h) => s === 402 && h.get('payment-required') !== null },
    };
    const once = async (name) => {
      const k = kinds[name];
      const t0 = performance.now();
      const res = await fetch(`${stack.baseUrl}/functions/${k.slug}`, { method: 'POST', headers: k.headers });
      const body = await res.text();
      const t = performance.now() - t0;
      if (!k.ok(res.status, body, res.headers)) throw new Error(`${name}: unexpected ${res.status} ${body.slice(0, 300)}`);
      return t;
    };
    const names = Object.keys(kinds);
    const times = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < 5 + ROUND_TRIP_ROUNDS; r++) {
      const round = {};
      for (let i = 0; i < names.length; i++) {
        const name = names[(r + i) % names.length];
        round[name] = await once(name);
      }
      if (r >= 5) for (const n of names) times[n].push(round[n]);
    }
    const over = (n, floor) => (n === floor ? 0 : median(times[n].map((t, i) => t - times[floor][i])));
    return Object.fromEntries(names.map((n) => [n, { median: median(times[n]), overhead: over(n, 'empty'), sameRequest: over(n, kinds[n].floor ?? 'empty') }]));
  } finally {
    await stack.stop();
  }
}

ensureNodeModules();
if (PAIRED >= 0) {
  const [kind, fileA, fileB, rounds = '60'] = process.argv.slice(PAIRED + 1);
  if (!kind || !fileA || !fileB) throw new Error('usage: npm run bench -- --paired <bridge|challenge|forged> <A.js> <B.js> [rounds]');
  const pairedDir = mkdtempSync(join(os.tmpdir(), 'insforge-edge-paired-'));
  try {
    const inputs = await makeInputs(pairedDir);
    const from = process.env.INIT_CWD || process.cwd(); // npm runs scripts from the package root
    const r = denoJson('2.0.6', 'bench/paired.mjs', [inputs.workerFile, kind, resolve(from, fileA), resolve(from, fileB), rounds], ['--no-lock', '--node-modules-dir=manual']);
    const sign = (x) => `${x > 0 ? '+' : ''}${x.toFixed(2)} ms`;
    console.log(`${kind}, ${r.rounds} rounds of fresh Deno 2.0.6 Workers: A ${ms(r.aMs)}, B ${ms(r.bMs)}; B − A ${sign(r.diffMs)} (quartiles ${sign(r.q1Ms)} … ${sign(r.q3Ms)}), B faster in ${r.bFaster} of ${r.rounds}`);
  } finally {
    rmSync(pairedDir, { recursive: true, force: true });
  }
  process.exit(0);
}
if (COLD_FUNCTIONS) {
  ensureRustWasm();
  // Each traced flavor without wasm-opt's inlining, with its names; the two bundles made with them
  // from a copy of functions/src; their first requests traced; the cold functions of each flavor.
  const work = join(ROOT, 'target', 'cold-functions');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(ROOT, 'functions/src'), join(work, 'src'), { recursive: true });
  mkdirSync(join(work, 'dist'));
  try {
    const inputs = await makeInputs(work);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8'));
    const flavors = ['bridge', 'challenge', 'paywall'];
    const named = {};
    for (const flavor of flavors) {
      const file = join(work, `${flavor}.wasm`);
      run('wasm-opt', ['--no-inline=*', '-Oz', '-g', rawWasm(flavor), '-o', file]);
      named[flavor] = file;
      const { features, glue } = manifest.wasm[flavor];
      const source = `export { createWasmGlue } from '../${glue}';`;
      const bytes = readFileSync(file);
      writeFileSync(join(work, 'src/wasm', `${flavor}.js`), wasmModuleSource({ flavor, features, hash: 'cold-functions profile', wasmBase64: bytes.toString('base64'), glue: source, envKeys: await envKeysOf(flavor, bytes, glue) }));
    }
    for (const slug of ['workos-bridge', 'x402-paywall']) writeFileSync(join(work, 'dist', `${slug}.js`), functionBundle(slug, join(work, 'src')).code);
    const ran = {};
    for (const k of firstCompile(inputs.workerFile, join(work, 'dist')).kinds) {
      const names = functionNames(readFileSync(named[k.flavor]));
      ran[k.flavor] ??= new Set();
      for (const i of k.indices) ran[k.flavor].add(names.get(i));
    }
    const cold = Object.fromEntries(flavors.map((f) => [f, coldFunctions(callEdges(named[f]), ran[f])]));
    writeFileSync(COLD_FUNCTIONS_FILE, `${JSON.stringify(cold, null, 2)}\n`);
    for (const f of flavors) console.log(`${f}: ${ran[f].size} functions run by its first requests; ${cold[f].length} cold functions they call`);
    console.log('wrote functions/src/wasm/cold-functions.json: run npm run build');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  process.exit(0);
}
const startedAt = new Date();
const load0 = os.loadavg();
const denoVersions = Object.fromEntries(DENOS.map((v) => [v, spawnSync(denoBinary(v), ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]]));
const dir = mkdtempSync(join(os.tmpdir(), 'insforge-edge-bench-'));
try {
  if (!PAID_ONLY && !DIRECT_ONLY) {
    const inputs = await makeInputs(dir);
    const compileCostFile = await compileCostModules(dir);

    // ---- sizes
    section('Sizes (the committed .wasm after wasm-opt -Oz, decoded from functions/src/wasm/<flavor>.js; bundle files as deployed)');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8'));
    // Bytes: the goal each figure is marked against, and the budget the size must stay within.
    // x402's budget grew by what its features cost: the settler's gas check and report (~4.3
    // KB), payment-identifier (~7.9 KB), bazaar discovery (~11.9 KB), confirmations (~1.5 KB),
    // direct settlement's stuck transactions sent again, replaced or filled and its key pool
    // (~24.2 KB), smart-wallet payers (our checker's code, the on-chain check, the bytes
    // overload and aggregate3: ~12.3 KB), sign-in-with-x (the EIP-4361 reader, the
    // declaration, its flow: ~28.3 KB).
    // The wallet bridge's flavor has no goal of its own yet: its budget is what it is.
    // The bridge's budget grew by the RS256 check in the module (src/rsa.rs, +5.1 KB), which
    // halves a warm request and takes WebCrypto's first key import off the cold one. Every
    // flavor's grew by the JSON writer copying the runs between escapes (about 200 B): a warm
    // mint 31 → 26 µs, as a reply's body is all quotes. The std flavors' shrank by 7.6 KB each
    // when the size-class allocator replaced dlmalloc in them too. The paywall flavor is x402
    // without the facilitator's and reconcile's exports: what x402-paywall carries and loads.
    // The x402 flavors' grew by 100-200 B when the reading of each optional secret's value
    // went out of line (`when_set_*`): a first request compiles 7 KB less. The EVM flavors
    // shrank when they too were built without std, with keccak256, SHA-256 and HMAC from our
    // own code: challenge by 20.4 KB, the others by 2.2-3.4 KB. The bridge and challenge
    // flavors shrank when their exports became plain functions with our own glue instead of
    // wasm-bindgen's (bridge -7.3 KB, challenge -2.5 KB) and the bridge's RS256 power moved to
    // BigInt (-2.1 KB); the bridge's `when_set_*` rules, kept out of their callers, cost 1.2 KB.
    // Then the x402, paywall and wallet flavors too (-13.0, -9.5 and -4.1 KB). The traced
    // flavors grew by 214-348 B when their cold functions went out of line (cold-functions.json):
    // a first request compiles up to 7.7 KB less. The signing flavors shrank when a signature's
    // RFC 6979 nonce came from our own HMAC (src/x402/evm/rfc6979.rs) rather than through k256's
    // `sha2`/`hmac` (x402 -8.5 KB, paywall -8.6 KB); wallet and challenge, which do not sign,
    // moved by 63 B of LLVM's register choices.
    const SIZE = { bridge: { goal: 40_000, budget: 67_300 }, x402: { goal: 235_520, budget: 316_400 }, paywall: { goal: 282_700, budget: 282_700 }, wallet: { goal: 115_000, budget: 115_000 }, challenge: { goal: 64_700, budget: 64_700 } };
    for (const flavor of Object.keys(manifest.wasm)) {
      const wasm = Buffer.from(wasmBase64(await import(`../functions/src/wasm/${flavor}.js`)), 'base64');
      const { goal, budget } = SIZE[flavor];
      const target = goal === budget ? `≤ ${goal} B` : `≤ ${goal} B (budget ${budget} B${wasm.length <= budget ? ' ✓' : ' ✗'})`;
      figure(`${flavor} .wasm (raw, gzip -9 ${kib(gzipSync(wasm, { level: 9 }).length)})`, `${wasm.length} B = ${kib(wasm.length)}`, { target, met: wasm.length <= goal });
    }
    for (const slug of manifest.functions) {
      const bytes = statSync(join(ROOT, 'functions/dist', `${slug}.js`)).size;
      figure(`bundle functions/dist/${slug}.js`, `${bytes} B = ${kib(bytes)}`);
    }

    // ---- fresh processes, interleaved: every Deno version and figure in each round
    const fresh = Object.fromEntries(DENOS.map((v) => [v, { mint: [], request: [], evaluate: [], x402: [], x402Evaluate: [], version: null }]));
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const v of DENOS) {
        const f = fresh[v];
        const a = denoJson(v, 'bench/bridge-deno.mjs', ['cold-mint', inputs.bridgeFile]);
        const b = denoJson(v, 'bench/bridge-deno.mjs', ['cold-request', 'functions/dist/workos-bridge.js', inputs.bridgeFile]);
        const c = denoJson(v, 'bench/x402-cold.mjs', ['functions/dist/x402-paywall.js', inputs.x402File]);
        f.version = a.deno;
        f.mint.push(a.coldMintMs);
        f.request.push(b.firstRequestMs);
        f.evaluate.push(b.evaluateMs);
        f.x402.push(c.firstVerifyMs);
        f.x402Evaluate.push(c.evaluateMs);
      }
    }
    for (const v of DENOS) {
      const f = fresh[v];
      section(`Cold path, a fresh Deno ${f.version} process each run (median of ${COLD_RUNS})`);
      const mint = median(f.mint);
      figure('bridge: decode + compile + instantiate + first HS256 mint, signature verdict given (probe)', ms(mint), { target: '≤ 3 ms', met: mint <= 3 });
      figure('workos-bridge bundle: first whole request (RS256 verify + mint)', ms(median(f.request)), { vs: `bundle evaluation before it ${ms(median(f.evaluate))}` });
      const x = median(f.x402);
      figure('x402-paywall bundle: first request, a forged payment refused (402)', ms(x), { vs: `bundle evaluation before it ${ms(median(f.x402Evaluate))}`, target: '≤ 5 ms', met: x <= 5 });
    }

    // ---- inside fresh Workers on the self-hosted Deno: bundle evaluation + first request
    // The Workers import @insforge/sdk first, as the platform's do: from this checkout's node_modules.
    const fw = denoJson('2.0.6', 'bench/fresh-worker.mjs', [inputs.workerFile, String(FRESH_WORKER_ROUNDS)], ['--no-lock', '--node-modules-dir=manual']);
    section(`Inside a fresh Deno ${fw.deno} Worker, as self-hosted InsForge runs every request: bundle evaluation + first request (median of ${fw.rounds} rounds, kinds interleaved; overhead = median of (kind − empty function) in the same round; the Worker's start-up is not included)`);
    const k = fw.kinds;
    const inWorker = (n) => `${ms(k[n].totalMs)} (evaluation ${ms(k[n].evaluateMs)} + request ${ms(k[n].requestMs)})`;
    figure('empty function', inWorker('empty'));
    // A request's headers are the platform's to check before any function runs: a kind that
    // carries a credential is read against the empty function answering the same request, and
    // against the empty function given no headers (the figure before that floor was measured).
    figure('  the same, answering workos-bridge\'s request / the forged payment\'s request', `${ms(k['empty-bridge-request'].totalMs)} / ${ms(k['empty-forged-request'].totalMs)}`);
    figure('workos-bridge (RS256 + mint, pinned JWKS): overhead above the empty function answering the same request', ms(k['workos-bridge'].sameRequestMs), { vs: `pure-JS WebCrypto bridge ${ms(k['js-bridge'].sameRequestMs)}; above the empty function given no headers ${ms(k['workos-bridge'].overheadMs)} (pure-JS ${ms(k['js-bridge'].overheadMs)}); ours ${inWorker('workos-bridge')}`, target: '≤ the pure-JS overhead + 1.5 ms', met: k['workos-bridge'].sameRequestMs <= k['js-bridge'].sameRequestMs + 1.5 });
    figure('x402-paywall bare 402 challenge: overhead above the empty function', ms(k['x402-challenge'].overheadMs), { vs: inWorker('x402-challenge'), target: '≤ 3 ms', met: k['x402-challenge'].overheadMs <= 3 });
    figure('x402-paywall refusing a forged payment: overhead above the empty function answering the same request', ms(k['x402-forged'].sameRequestMs), { vs: `above the empty function given no headers ${ms(k['x402-forged'].overheadMs)}; ours ${inWorker('x402-forged')}`, target: '≤ 8 ms', met: k['x402-forged'].sameRequestMs <= 8 });
    figure('  floor: a JS function writing x402-paywall\'s bare 402 as constants, above the empty function', ms(k['floor-js-challenge'].overheadMs), { vs: `the same file carrying the paywall .wasm's base64 as ours does ${ms(k['floor-js-challenge-verifier-text'].overheadMs)}` });
    figure('  floor: the smallest wasm module compiled, instantiated and called once, above the empty function', ms(k['floor-tiny-wasm'].overheadMs));
    const o = fw.overlapping;
    figure('  overlapping requests (another Worker of the same function alive): workos-bridge above the empty function', ms(o['workos-bridge'].overheadMs), { vs: `pure-JS WebCrypto bridge ${ms(o['js-bridge'].overheadMs)}; bare 402 ${ms(o['x402-challenge'].overheadMs)}; forged refusal ${ms(o['x402-forged'].overheadMs)} (V8 shares the compiled module)` });
    // The flavors' cold steps again in a process whose V8 compiles every wasm function with its
    // module (a flag no function can set): the first calls then only run, so the difference is
    // what compiling the code they reach costs them.
    const eager = denoJson('2.0.6', 'bench/fresh-worker.mjs', [inputs.workerFile, String(FRESH_WORKER_ROUNDS), 'phases'], ['--no-lock', '--node-modules-dir=manual', '--v8-flags=--no-wasm-lazy-compilation']);
    const FIRST_CALLS = { bridge: 'the first RS256 check + mint', challenge: 'the bare 402', paywall: 'the forged payment refused' };
    for (const [flavor, p] of Object.entries(fw.phases)) {
      figure(`  ${flavor} flavor in a fresh Worker (probe): base64 decode alone`, ms(p.decodeMs), { vs: `decode + compile + instantiate ${ms(p.loadMs)}` });
      const e = eager.phases[flavor];
      figure(`    then ${FIRST_CALLS[flavor]}: its first calls, each wasm function compiled on its first call`, ms(p.firstCallsMs), { vs: `${ms(e.firstCallsMs)} with every function compiled with the module (V8 flag): compiling what they reach is about ${ms(p.firstCallsMs - e.firstCallsMs)} of them (the module compiled and instantiated with every function: ${ms(e.loadMs - e.decodeMs)}, against ${ms(p.loadMs - p.decodeMs)})` });
    }
    const cc = compileCost(compileCostFile);
    figure('  V8 compiling wasm on a function\'s first call, fresh Worker (synthetic modules)', `${us(cc.perKiBUs)} per KiB of code + ${us(cc.perFunctionUs)} per function`, { vs: `in functions of 40 locals instead of 4: ${us(cc.perKiB40Us)} per KiB` });
    // What the first calls compile does not depend on the machine: V8's own trace of it.
    const fc = firstCompile(inputs.workerFile);
    for (const k of fc.kinds) {
      const m = fc.modules[k.flavor];
      figure(`  ${k.name}: wasm code its first request compiles (V8 trace)`, `${k.bytes} B in ${k.functions} functions`, { vs: `of the ${k.flavor} module's ${m.bytes} B in ${m.functions} functions (${((100 * k.bytes) / m.bytes).toFixed(0)} %)` });
    }

    // ---- warm, one Deno process per version
    for (const v of DENOS) {
      const w = denoJson(v, 'bench/bridge-deno.mjs', ['warm', 'functions/dist/workos-bridge.js', inputs.bridgeFile, String(WARM_COLD_RUNS), String(WARM_OPS)]);
      section(`Deno ${w.deno}, one process (medians of 10 alternating batches; ${WARM_OPS} mints, ${WARM_OPS / 4} requests each)`);
      figure(`bridge cold path repeated in one process (median of ${w.coldRuns})`, ms(w.repeatedColdMs), { vs: `of which base64 decode ${ms(w.decodeMs)}` });
      const mintRatio = w.warm.mintJoseUs / w.warm.mintOursUs;
      figure('warm token read + claims + HS256 mint, signature verdict given (probe)', us(w.warm.mintOursUs), { vs: `jose decode + claims + SignJWT ${us(w.warm.mintJoseUs)}`, ratio: `${mintRatio.toFixed(2)}×`, target: '≥ 5×', met: mintRatio >= 5 });
      const rsRatio = w.warm.rs256JoseUs / w.warm.rs256OursUs;
      figure('warm RS256 check + claims + HS256 mint, pinned key (probe)', us(w.warm.rs256OursUs), { vs: `jose jwtVerify (WebCrypto) + SignJWT ${us(w.warm.rs256JoseUs)}; WebCrypto's RS256 verify alone, key imported ${us(w.warm.webcryptoVerifyUs)}`, ratio: `${rsRatio.toFixed(2)}×` });
      const reqRatio = w.warm.requestJoseUs / w.warm.requestOursUs;
      figure('warm whole request, workos-bridge bundle (RS256 verify + mint)', us(w.warm.requestOursUs), { vs: `jose handler (jwtVerify + SignJWT) ${us(w.warm.requestJoseUs)}`, ratio: `${reqRatio.toFixed(2)}×`, target: '≥ 1.3×', met: reqRatio >= 1.3 });
    }

    // ---- Node: core operations against the JS libraries
    const x = nodeJson('bench/x402-bench.mjs', QUICK ? ['150', '3'] : ['3000', '15']);
    const e = nodeJson('bench/evm-sign-bench.mjs', [QUICK ? '100' : '2000']);
    section(`Node ${process.version}, one process (x402: ${x.ops} verifications each, ${x.rounds} rounds, ${x.distinctPayments} distinct payments; medians)`);
    const vr = x.usPerOp.viemRecover / x.usPerOp.wasm;
    figure('x402 local verify (probe: decode + EIP-712 + recover + rules)', us(x.usPerOp.wasm), { vs: `viem recoverTypedDataAddress ${us(x.usPerOp.viemRecover)}`, ratio: `${vr.toFixed(2)}×`, target: '≥ 5×', met: vr >= 5 });
    figure('  same, against @noble/curves', us(x.usPerOp.wasm), { vs: `recover ${us(x.usPerOp.nobleRecover)}, + hashing ${us(x.usPerOp.nobleFull)}`, ratio: `${(x.usPerOp.nobleRecover / x.usPerOp.wasm).toFixed(2)}× / ${(x.usPerOp.nobleFull / x.usPerOp.wasm).toFixed(2)}×` });
    figure('  same, against viem with the same rules and decoding', us(x.usPerOp.wasm), { vs: `viem ${us(x.usPerOp.viemFull)}`, ratio: `${(x.usPerOp.viemFull / x.usPerOp.wasm).toFixed(2)}×` });
    figure('EIP-1559 build + sign, direct settlement (probe)', us(e.usPerOp.wasm), { vs: `viem signTransaction ${us(e.usPerOp.viem)}, same bytes`, ratio: `${e.speedup.toFixed(2)}×` });
    const p2 = nodeJson('bench/permit2-bench.mjs', QUICK ? ['150', '3'] : ['3000', '15']);
    figure('Permit2 exact local verify (probe: decode + rules + Permit2 EIP-712 + recover)', us(p2.usPerOp.wasm), { vs: `@x402/evm ExactEvmScheme.verify ${us(p2.usPerOp.reference)} (viem recover alone ${us(p2.usPerOp.viemRecover)})`, ratio: `${p2.speedup.wasmVsReference.toFixed(2)}×`, target: '≥ 5×', met: p2.speedup.wasmVsReference >= 5 });
    const sw = nodeJson('bench/siwe-bench.mjs', QUICK ? ['150', '3'] : ['2000', '15']);
    figure(`Sign-In with Ethereum verify, wallet-bridge (probe: EIP-4361 parse + rules + EIP-191 + recover; ${sw.distinct} wallets)`, us(sw.usPerOp.wasm), { vs: `viem parse + validate + recoverMessageAddress ${us(sw.usPerOp.viem)}`, ratio: `${sw.speedup.toFixed(2)}×`, target: '≥ 5×', met: sw.speedup >= 5 });

    // ---- self-hosted round trips against the platform floor
    const rt = await roundTrips(inputs);
    section(`Self-hosted contract: a fresh Deno 2.0.6 Worker per request through the local InsForge (median of ${ROUND_TRIP_ROUNDS} interleaved rounds; overhead = median of (function − empty function) in the same round)`);
    figure('platform floor: empty function round trip', ms(rt.empty.median));
    figure('workos-bridge round trip (RS256 + mint, pinned JWKS)', ms(rt['workos-bridge'].median), { vs: `pure-JS WebCrypto bridge ${ms(rt['js-workos-bridge'].median)}`, ratio: `${(rt['js-workos-bridge'].median / rt['workos-bridge'].median).toFixed(2)}×` });
    const wo = rt['workos-bridge'].sameRequest;
    const jo = rt['js-workos-bridge'].sameRequest;
    figure('  workos-bridge overhead above the empty function answering the same request', ms(wo), { vs: `pure-JS WebCrypto bridge overhead ${ms(jo)}; above the empty function given no headers ${ms(rt['workos-bridge'].overhead)} (pure-JS ${ms(rt['js-workos-bridge'].overhead)})`, target: '≤ the pure-JS overhead + 1.5 ms', met: wo <= jo + 1.5 });
    const fo = rt['x402-forged'].sameRequest;
    figure('x402-paywall refusing a forged payment: overhead above the empty function answering the same request', ms(fo), { vs: `above the empty function given no headers ${ms(rt['x402-forged'].overhead)}; round trip ${ms(rt['x402-forged'].median)}`, target: '≤ 8 ms', met: fo <= 8 });
    const co = rt['x402-challenge'].overhead;
    figure('x402-paywall bare 402 challenge (the challenge flavor alone): overhead above the empty function', ms(co), { vs: `round trip ${ms(rt['x402-challenge'].median)}`, target: '≤ 3 ms', met: co <= 3 });
  }

  // ---- the paid path, Cloud contract: today's paywall bundle vs the previous one, same stack
  // `npm run bench -- --now=<rev> --before=<rev>`: the two paywall bundles compared (default:
  // the working tree's against 8f9118d's).
  if (!DIRECT_ONLY) {
    const paid = nodeJson('bench/paid-bench.mjs', [...(QUICK ? ['--quick'] : []), ...process.argv.filter((a) => /^--(now|before)=/.test(a))]);
    const [pb, pn, pf] = [paid.throughput.before, paid.throughput.now, paid.throughput.floor];
    const [lb, ln] = [paid.ledger.before.perRequest.median, paid.ledger.now.perRequest.median];
    section(
      `Cloud contract, the paid path (bench/paid-bench.mjs): ${paid.requests} paid requests at ${paid.concurrency} in flight, ${paid.rounds} alternating rounds, one fresh payer each; OKX stand-in (real wire format) answering in ${paid.okxDelayMs.join('–')} ms, seeded; before = ${paid.before}, now = ${paid.now}, deployed on the same stack${paid.nowIsFlowBuild ? '' : ' — WARNING: the "now" bundle still writes records/ directly: a pre-flow build'}`,
    );
    figure('ledger calls per paid request (requests under /api/database/ at INSFORGE_BASE_URL)', String(ln), { vs: `before ${lb} (${Object.keys(paid.ledger.before.byCall).join(', ')})`, target: 'before ≥ 4, now ≤ 2', met: lb >= 4 && ln <= 2 });
    figure('paid requests per second', `${pn.rps.toFixed(1)}/s`, { vs: `before ${pb.rps.toFixed(1)}/s`, ratio: `${paid.speedup.toFixed(2)}×`, target: '≥ 1.5×', met: paid.speedup >= 1.5 });
    figure('  p50 / p99 latency', `${ms(pn.p50)} / ${ms(pn.p99)}`, { vs: `before ${ms(pb.p50)} / ${ms(pb.p99)}`, target: 'p99 ≤ 250 ms', met: pn.p99 <= 250 });
    figure('  one paid request alone (sequential, median)', ms(paid.ledger.now.aloneMs), { vs: `before ${ms(paid.ledger.before.aloneMs)}` });
    figure('platform floor: empty function, same load', `${pf.rps.toFixed(1)}/s`, { vs: `p50 / p99 ${ms(pf.p50)} / ${ms(pf.p99)}` });
    const cpu = (c) => (c ? `${c.node} / ${c.okx} / ${c.deno} / ${c.postgres} ms` : 'n/a');
    figure('  CPU per paid request: bench+backend / OKX stand-in / Deno router / PostgreSQL', cpu(pn.cpuMsPerRequest), { vs: `before ${cpu(pb.cpuMsPerRequest)}` });
    if (pb.failures || pn.failures) figure('  failed paid requests', String(pn.failures), { vs: `before ${pb.failures}`, target: '0', met: false });
    if (paid.balance) {
      // What the balance pre-check costs: the same bundle with RPC_URL at a node answering in
      // the stand-in's delay, as a public node's round trip (why it stays RPC_URL-only).
      const b = paid.balance;
      figure(`balance pre-check, RPC_URL at a node answering in ${b.rpcDelayMs.join('–')} ms: one paid request alone`, `${ms(b.alone.rpcMs)}`, { vs: `without it ${ms(b.alone.nowMs)} (+${ms(b.alone.addedMs)})` });
      figure('  paid requests per second, 50 in flight', `${b.rps.rpc.toFixed(1)}/s`, { vs: `without it ${b.rps.now.toFixed(1)}/s`, ratio: `${b.rps.ratio.toFixed(2)}×` });
    }
  }

  // ---- direct settlement on anvil, Cloud contract: one settler key vs a pool of three, same stack
  if (!PAID_ONLY) {
    const direct = nodeJson('bench/direct-bench.mjs', QUICK ? ['--quick'] : []);
    const { keys1: one, keys3: three, floor } = direct.throughput;
    section(
      `Cloud contract, direct settlement on anvil (bench/direct-bench.mjs): a block every ${direct.blockSeconds} s (automine off), ${direct.payments} payments at ${direct.concurrency} in flight per batch, ${direct.rounds} alternating round${direct.rounds === 1 ? '' : 's'}, one fresh payer each; a 503 (pending) presented again until it ends; one settler key vs a pool of three (SETTLER_PRIVATE_KEY), deployed on the same stack`,
    );
    const spread = (t) => `${t.settled}/${t.requests} by ${Object.keys(t.settledBy).length} address${Object.keys(t.settledBy).length === 1 ? '' : 'es'} (${Object.values(t.settledBy).join(' + ')}), ${t.distinctTx} txs, ${t.payersCharged} payers charged`;
    figure('direct-settled payments per second, 3 keys', `${three.rps.toFixed(1)}/s`, { vs: `1 key ${one.rps.toFixed(1)}/s`, ratio: `${(three.rps / one.rps).toFixed(2)}×` });
    figure('  p50 / p99 time to 200 (from the first presentation), 3 keys', `${ms(three.p50)} / ${ms(three.p99)}`, { vs: `1 key ${ms(one.p50)} / ${ms(one.p99)}` });
    figure('  settled (ledger rows; payers charged, read on chain), 3 keys', spread(three), { vs: `1 key ${spread(one)}` });
    figure('  payments presented more than once (503 pending), 3 keys', String(three.retried), { vs: `1 key ${one.retried}` });
    const healthy = Object.values(direct.nonces).every((n) => n.healthy);
    figure('  settler nonces at the end: mined = pending = ledger next nonce, every address', healthy ? 'yes' : JSON.stringify(direct.nonces), { target: 'yes', met: healthy });
    figure('platform floor: empty function, same load', `${floor.rps.toFixed(1)}/s`, { vs: `p50 / p99 ${ms(floor.p50)} / ${ms(floor.p99)}` });
    if (one.failures || three.failures) figure('  failed payments, 3 keys', String(three.failures), { vs: `1 key ${one.failures}`, target: '0', met: false });

    const stuck = nodeJson('bench/unstick-bench.mjs', QUICK ? ['--quick'] : []);
    section(
      `Self-hosted contract, a stuck direct settlement on anvil (bench/unstick-bench.mjs): the payer's retry, timed until served, after its transaction was dropped (anvil_dropTransaction) or priced out by a base-fee spike (anvil_setNextBlockBaseFeePerGas); a block every ${stuck.blockSeconds} s; median of ${stuck.runs}`,
    );
    figure('dropped transaction: retry → sent again, mined, served', ms(stuck.droppedMs), { vs: `one block: ${stuck.blockSeconds * 1000} ms` });
    figure('underpriced transaction: retry → replaced at its nonce, mined, served', ms(stuck.underpricedMs), { vs: `one block: ${stuck.blockSeconds * 1000} ms` });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// ---- the report
const cpus = os.cpus();
const load1 = os.loadavg();
const header = [
  `insforge-edge benchmarks (\`npm run bench\`)${QUICK ? ' -- QUICK SMOKE RUN: the figures mean nothing' : ''}`,
  `Run ${startedAt.toISOString()}, ${Math.round((Date.now() - startedAt.getTime()) / 1000)} s. Machine: ${os.type()} ${os.release()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; load average ${load0[0].toFixed(2)} at start, ${load1[0].toFixed(2)} at end (shared machine: read the figures as indicative).`,
  `Node ${process.version}; ${Object.values(denoVersions).join('; ')}.`,
  'What: sizes of the committed .wasm and bundles; the cold path in fresh Deno processes; warm per-operation times in one process, side by side with jose / viem / @noble/curves in the same process; round trips through the self-hosted contract, each function next to an empty function (the platform floor) in the same rounds; the paid path under load on the Cloud contract, today\'s paywall next to the previous one and the floor; direct settlement on anvil with 1 s blocks, one settler key next to a pool of three and the floor.',
  'Whole handlers unless marked (probe): those are single core operations through bench/probe.mjs. Medians everywhere; ✓/✗ = the figure against its target.',
];
console.log(header.join('\n'));
const cols = ['measure', 'insforge-edge', 'side by side', 'speed-up (them ÷ us)', 'target', ''];
const table = rows.filter((r) => r.length > 1);
const widths = cols.map((c, i) => Math.max(c.length, ...table.map((r) => String(r[i]).length)));
const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' │ ').trimEnd();
console.log(`\n${line(cols)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
for (const r of rows) console.log(r.length === 1 ? `\n${r[0]}` : line(r));
const missed = table.filter((r) => r[5] === '✗').length;
const met = table.filter((r) => r[5] === '✓').length;
console.log(`\ntargets: ${met} met, ${missed} missed`);
