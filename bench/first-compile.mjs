// Runs inside Deno 2.0.6 with V8's --trace-wasm-compilation-times (scripts/bench.mjs starts it
// and reads the trace): one fresh Worker per kind answers one request, between marker lines, so
// the trace says which wasm functions each first request made V8 compile. In a fresh Worker V8
// compiles a wasm function on its first call (lazily, on the calling thread), so this is the
// code a self-hosted request pays to compile, whatever the machine's speed.
//
//   deno run --allow-read --allow-env --no-lock --node-modules-dir=manual \
//     --v8-flags=--trace-wasm-compilation-times first-compile.mjs <input> [<dir>]
//
// <input>: the fresh-worker input (scripts/bench.mjs). <dir>: where workos-bridge.js and
// x402-paywall.js are (functions/dist by default; `npm run bench -- --cold-functions` bundles them
// with modules built without inlining). The last line is JSON: the kinds, in order, and each
// flavor's whole code section (function bodies, bytes) to read the figures against.

import * as bridgeFlavor from '../functions/src/wasm/bridge.js';
import * as challengeFlavor from '../functions/src/wasm/challenge.js';
import * as paywallFlavor from '../functions/src/wasm/paywall.js';
import { base64Bytes, wasmBase64 } from '../functions/src/lib/wasm.js';
import { inWorker } from './evaluate.mjs';
import { codeBytes } from '../scripts/lib/wasm-sections.mjs';

const input = JSON.parse(Deno.readTextFileSync(Deno.args[0]));
const read = (path) => Deno.readTextFileSync(new URL(`../${path}`, import.meta.url));
const bundle = (slug) => (Deno.args[1] ? Deno.readTextFileSync(`${Deno.args[1]}/${slug}.js`) : read(`functions/dist/${slug}.js`));
const evaluateUrl = new URL('./evaluate.mjs', import.meta.url).href;

const KINDS = [
  { name: 'workos-bridge', flavor: 'bridge', code: bundle('workos-bridge'), secrets: input.bridgeSecrets, headers: { authorization: `Bearer ${input.token}` }, ok: (s) => s === 200 },
  { name: 'x402-challenge', flavor: 'challenge', code: bundle('x402-paywall'), secrets: input.x402Secrets, headers: {}, ok: (s) => s === 402 },
  { name: 'x402-forged', flavor: 'paywall', code: bundle('x402-paywall'), secrets: input.x402Secrets, headers: { 'payment-signature': input.forgedHeader }, ok: (s) => s === 402 },
];

const WORKER = `
import { evaluateBundle } from '${evaluateUrl}';
self.onmessage = async (e) => {
  const { code, secrets, headers } = e.data;
  const res = await evaluateBundle(code, secrets)(new Request('http://bench.local/functions/f', { method: 'POST', headers }));
  await res.text();
  self.postMessage(res.status);
};`;
const url = URL.createObjectURL(new Blob([WORKER], { type: 'application/javascript' }));

for (const k of KINDS) {
  console.log(`---- first-compile ${k.name}`);
  const status = await inWorker(url, { code: k.code, secrets: k.secrets, headers: k.headers });
  if (!k.ok(status)) throw new Error(`${k.name}: unexpected status ${status}`);
}
console.log('---- first-compile end');
const flavors = { bridge: bridgeFlavor, challenge: challengeFlavor, paywall: paywallFlavor };
const modules = Object.fromEntries(Object.entries(flavors).map(([name, f]) => [name, codeBytes(base64Bytes(wasmBase64(f)))]));
console.log(JSON.stringify({ kinds: KINDS.map((k) => ({ name: k.name, flavor: k.flavor })), modules }));
