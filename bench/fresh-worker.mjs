// Runs inside Deno 2.0.6 (scripts/bench.mjs starts it) and prints one JSON line: what a request
// costs inside a fresh Worker, the unit of work of a self-hosted InsForge host, without the
// Worker's own start-up and the host's round trip (tens of milliseconds that vary by more than
// the differences measured here). Each Worker first imports @insforge/sdk, as the platform's
// Worker does before it evaluates a function (so the heap a function starts from is the same).
//
//   deno run --allow-read --allow-env --no-lock --node-modules-dir=manual fresh-worker.mjs <input> <rounds>
//
// <input> (written by scripts/bench.mjs): {bridgeSecrets, token, x402Secrets, forgedHeader}.
// Each round starts one Worker per kind, in rotating order. A Worker evaluates the bundle as
// self-hosted InsForge does (a function body, bench/evaluate.mjs), answers one Request and
// reports two times: the evaluation and the first request. Kinds: the empty function (the
// floor; also answering the bridges' and the forged payment's requests, the floors those kinds
// are read against too), the pure-JS WebCrypto bridge, workos-bridge, x402-paywall's bare
// challenge and its refusal of a forged payment. Then the same kinds while another Worker of the same function is
// alive (overlapping requests). Then, per wasm flavor, fresh Workers time its cold steps through
// bench/probe.mjs: the base64 decode alone, then decode + compile + instantiate, then the first
// calls of its request (the bridge's RS256 check + mint, the challenge's 402, the paywall's
// refusal of the forged payment): V8 compiles each wasm function on its first call.
//
// With a third argument `phases`, only the flavors' cold steps: scripts/bench.mjs runs them
// again in a process started with `--v8-flags=--no-wasm-lazy-compilation` (every function
// compiled with the module, a flag no function can set), which tells what share of the first
// calls is compiling the code they reach.

import { inWorker, median, requestWorkerUrl } from './evaluate.mjs';
import * as paywallFlavor from '../functions/src/wasm/paywall.js';
import { wasmBase64 } from '../functions/src/lib/wasm.js';

const [inputPath, roundsArg = '20', mode = 'all'] = Deno.args;
const input = JSON.parse(Deno.readTextFileSync(inputPath));
const rounds = Number(roundsArg);
const read = (path) => Deno.readTextFileSync(new URL(`../${path}`, import.meta.url));
const probeUrl = new URL('./probe.mjs', import.meta.url).href;

const PHASE_WORKER = `
import * as probe from '${probeUrl}';
const sdk = import('npm:@insforge/sdk');
self.onmessage = async (e) => {
  await sdk;
  const { flavor, env, token, x402Env, forged, resource } = e.data;
  let t = performance.now();
  probe.decodeOnly(flavor);
  const decodeMs = performance.now() - t;
  const loader = probe.freshLoader(flavor);
  t = performance.now();
  probe.instantiate(loader);
  const loadMs = performance.now() - t;
  t = performance.now();
  if (flavor === 'bridge') probe.bridgeMint(loader, 'workos', env, token, Math.floor(Date.now() / 1000));
  else if (flavor === 'challenge') probe.challengeReply(loader, x402Env, resource, '/functions/x402-paywall', Date.now());
  else if (!probe.x402VerifyAnswer(loader, x402Env, forged, resource, Math.floor(Date.now() / 1000)).includes('invalid_exact_evm_payload_signature')) throw new Error('the forged payment was not refused for its signature');
  const firstCallsMs = performance.now() - t;
  self.postMessage({ decodeMs, loadMs, firstCallsMs });
};`;

const workerUrl = (source) => URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
const requestUrl = requestWorkerUrl();
const phaseUrl = workerUrl(PHASE_WORKER);

let kinds = null;
let overlapping = null;
if (mode !== 'phases') ({ kinds, overlapping } = await requests());

async function requests() {
  // The floors, to read the goals against: what any function answering as ours do pays here.
  // x402-paywall's own bare 402 (status, headers, body taken from the bundle before the run)
  // written by a JS function as constants, after reading the payment headers; the same file
  // carrying the paywall .wasm's base64 comment as ours does; and the smallest wasm module
  // compiled, instantiated and called once. The bare 402 is taken in a Worker of its own, gone
  // before the rounds: V8 shares a compiled module (its functions compiled so far included) with
  // every isolate of the process that compiles the same bytes while one still holds it, so a
  // module kept here would take the compilation off the Workers measured below.
  const paywall = read('functions/dist/x402-paywall.js');
  const bare = await inWorker(requestUrl, { code: paywall, secrets: input.x402Secrets, headers: {}, wholeBody: true });
  const jsChallenge = `module.exports = async (req) => {
    if (req.headers.get('payment-signature') || req.headers.get('x-payment')) return new Response('', { status: 400 });
    return new Response(${JSON.stringify(bare.body)}, { status: ${bare.status}, headers: ${JSON.stringify(bare.headers)} });
  };
  `;
  const verifierText = `function WASM_TEXT() {\n  /*! ${wasmBase64(paywallFlavor)} */\n}\n`;
  const tinyWasm = `const B = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 127, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 6, 1, 4, 0, 65, 42, 11]);
  module.exports = async () => new Response(String(new WebAssembly.Instance(new WebAssembly.Module(B)).exports.f()));
  `;
  const challengeOk = (s, b) => s === 402 && b.includes('"accepts"');

  // The requests that carry a credential: the platform makes each one's Request (its headers
  // checked) before any function runs, so an empty function answering the same request is the
  // floor its kind is read against as well (`sameRequestMs`).
  const bearer = { authorization: `Bearer ${input.token}` };
  const forgedPayment = { 'payment-signature': input.forgedHeader };
  const empty = read('bench/empty.js');
  const KINDS = {
    empty: { code: empty, secrets: {}, headers: {}, ok: (s) => s === 200 },
    'empty-bridge-request': { code: empty, secrets: {}, headers: bearer, ok: (s) => s === 200 },
    'empty-forged-request': { code: empty, secrets: {}, headers: forgedPayment, ok: (s) => s === 200 },
    'js-bridge': { code: read('bench/js-bridge.js'), secrets: input.bridgeSecrets, headers: bearer, ok: (s, b) => s === 200 && b.includes('"accessToken"'), floor: 'empty-bridge-request' },
    'workos-bridge': { code: read('functions/dist/workos-bridge.js'), secrets: input.bridgeSecrets, headers: bearer, ok: (s, b) => s === 200 && b.includes('"accessToken"'), floor: 'empty-bridge-request' },
    'x402-challenge': { code: read('functions/dist/x402-paywall.js'), secrets: input.x402Secrets, headers: {}, ok: (s, b) => s === 402 && b.includes('"accepts"') },
    'x402-forged': { code: read('functions/dist/x402-paywall.js'), secrets: input.x402Secrets, headers: forgedPayment, ok: (s, b) => s === 402 && b.includes('invalid_exact_evm_payload_signature'), floor: 'empty-forged-request' },
    'floor-js-challenge': { code: jsChallenge, secrets: {}, headers: {}, ok: challengeOk },
    'floor-js-challenge-verifier-text': { code: jsChallenge + verifierText, secrets: {}, headers: {}, ok: challengeOk },
    'floor-tiny-wasm': { code: tinyWasm, secrets: {}, headers: {}, ok: (s, b) => s === 200 && b === '42' },
  };

  const names = Object.keys(KINDS);
  const samples = Object.fromEntries(names.map((n) => [n, { evaluate: [], request: [], total: [] }]));
  for (let r = 0; r < rounds + 2; r++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(r + i) % names.length];
      const k = KINDS[name];
      const out = await inWorker(requestUrl, { code: k.code, secrets: k.secrets, headers: k.headers });
      if (!k.ok(out.status, out.body)) throw new Error(`${name}: unexpected ${out.status} ${out.body.slice(0, 300)}`);
      if (r < 2) continue; // the first rounds warm the host process, not the Workers
      samples[name].evaluate.push(out.evaluateMs);
      samples[name].request.push(out.requestMs);
      samples[name].total.push(out.evaluateMs + out.requestMs);
    }
  }
  const above = (n, floor) => (n === floor ? 0 : median(samples[n].total.map((t, i) => t - samples[floor].total[i])));
  const kinds = Object.fromEntries(
    names.map((n) => {
      const s = samples[n];
      return [n, { evaluateMs: median(s.evaluate), requestMs: median(s.request), totalMs: median(s.total), overheadMs: above(n, 'empty'), sameRequestMs: above(n, KINDS[n].floor ?? 'empty') }];
    }),
  );

  // Overlapping requests: the same kinds, each fresh Worker answering while another Worker of the
  // same function, which answered the same request once, is still alive (a busy self-hosted host:
  // Workers overlap). V8 then hands the new isolate the module it already compiled, its functions
  // compiled so far included. Medians of totals, the empty function measured the same way.
  const overlapping = {};
  for (const name of ['empty', 'js-bridge', 'workos-bridge', 'x402-challenge', 'x402-forged']) {
    const k = KINDS[name];
    const message = { code: k.code, secrets: k.secrets, headers: k.headers };
    const keeper = new Worker(requestUrl, { type: 'module' });
    await new Promise((resolve) => {
      keeper.onmessage = resolve;
      keeper.postMessage(message);
    });
    const totals = [];
    for (let r = 0; r < rounds; r++) {
      const out = await inWorker(requestUrl, message);
      if (!k.ok(out.status, out.body)) throw new Error(`${name} (overlapping): unexpected ${out.status} ${out.body.slice(0, 300)}`);
      totals.push(out.evaluateMs + out.requestMs);
    }
    keeper.terminate();
    overlapping[name] = { totalMs: median(totals) };
  }
  for (const name of Object.keys(overlapping)) overlapping[name].overheadMs = overlapping[name].totalMs - overlapping.empty.totalMs;
  return { kinds, overlapping };
}

const bridgeEnv = JSON.stringify({ JWT_SECRET: input.bridgeSecrets.JWT_SECRET, WORKOS_CLIENT_ID: input.bridgeSecrets.WORKOS_CLIENT_ID, WORKOS_JWKS: input.bridgeSecrets.WORKOS_JWKS });
const phaseMessage = { env: bridgeEnv, token: input.token, x402Env: JSON.stringify(input.x402Secrets), forged: input.forgedHeader, resource: 'https://bench.local/functions/x402-paywall' };
const phases = {};
for (const flavor of ['bridge', 'challenge', 'paywall']) {
  const runs = [];
  for (let r = 0; r < rounds; r++) runs.push(await inWorker(phaseUrl, { ...phaseMessage, flavor }));
  phases[flavor] = {
    decodeMs: median(runs.map((x) => x.decodeMs)),
    loadMs: median(runs.map((x) => x.loadMs)),
    firstCallsMs: median(runs.map((x) => x.firstCallsMs)),
  };
}
console.log(JSON.stringify({ deno: Deno.version.deno, rounds, kinds, overlapping, phases }));
