// Runs inside Deno (scripts/bench.mjs starts it): the per-request cold path of the x402
// paywall bundle, as a fresh self-hosted worker pays it: base64 decode + compile +
// instantiate + the first local verification of a payment. Prints one JSON line.
// Args: bundle path, a JSON file {env, header, resource, now}, runs.

const [bundlePath, inputPath, runs = '1'] = Deno.args;
const input = JSON.parse(Deno.readTextFileSync(inputPath));
const source = Deno.readTextFileSync(bundlePath);
const probed = source.replace(/\}\)\(\);\s*$/, 'module.__probe = { wasmInstance, callWasm };\n})();\n');
if (probed === source) throw new Error('bundle shape changed: cannot attach the probe');
const totals = [];
for (let i = 0; i < Number(runs); i++) {
  const module = { exports: {} };
  new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', probed)(module.exports, module, null, { env: { get: () => undefined } }, null, null);
  const p = module.__probe;
  const t0 = performance.now();
  p.wasmInstance();
  const out = p.callWasm((w) => w.x402_verify(input.env, input.header, '', input.resource, input.now));
  totals.push(performance.now() - t0);
  if (!out.startsWith('{"ok":true')) throw new Error(`verify failed: ${out.slice(0, 200)}`);
}
totals.sort((a, b) => a - b);
console.log(JSON.stringify({ deno: Deno.version.deno, coldVerifyMs: totals[Math.floor(totals.length / 2)] }));
