// Runs inside Deno 2.0.6 (`npm run bench -- --paired …` starts it) and prints one JSON line: two
// versions of a function file, A and B, each answering the same first request in fresh Workers,
// A and B alternating in every round (which goes first alternates too), so that what the machine
// does meanwhile falls on both. The measure of a change to the cold path: a single run of
// bench/fresh-worker.mjs moves by more than most changes between runs.
//
//   deno run --allow-read --allow-env --no-lock --node-modules-dir=manual paired.mjs <input> <kind> <A> <B> <rounds>
//
// <input>: the fresh-worker input (scripts/bench.mjs). <kind>: bridge (workos-bridge's request),
// challenge (x402-paywall without payment) or forged (x402-paywall refusing a forged payment).
// Each Worker times the bundle's evaluation and its first request, as bench/fresh-worker.mjs.

import { inWorker, median, requestWorkerUrl } from './evaluate.mjs';

const [inputPath, kind, fileA, fileB, roundsArg = '60'] = Deno.args;
const input = JSON.parse(Deno.readTextFileSync(inputPath));
const KINDS = {
  bridge: { secrets: input.bridgeSecrets, headers: { authorization: `Bearer ${input.token}` }, ok: (s, b) => s === 200 && b.includes('"accessToken"') },
  challenge: { secrets: input.x402Secrets, headers: {}, ok: (s, b) => s === 402 && b.includes('"accepts"') },
  forged: { secrets: input.x402Secrets, headers: { 'payment-signature': input.forgedHeader }, ok: (s, b) => s === 402 && b.includes('invalid_exact_evm_payload_signature') },
};
const k = KINDS[kind];
if (!k) throw new Error(`unknown kind ${kind} (${Object.keys(KINDS).join(', ')})`);

const url = requestWorkerUrl();
const code = { a: Deno.readTextFileSync(fileA), b: Deno.readTextFileSync(fileB) };

const rounds = Number(roundsArg);
const a = [];
const b = [];
for (let r = 0; r < rounds + 2; r++) {
  const t = {};
  for (const side of r % 2 ? ['b', 'a'] : ['a', 'b']) {
    const out = await inWorker(url, { code: code[side], secrets: k.secrets, headers: k.headers });
    if (!k.ok(out.status, out.body)) throw new Error(`${side.toUpperCase()}: unexpected ${out.status} ${out.body.slice(0, 300)}`);
    t[side] = out.evaluateMs + out.requestMs;
  }
  if (r < 2) continue; // the first rounds warm the host process, not the Workers
  a.push(t.a);
  b.push(t.b);
}
const diffs = b.map((x, i) => x - a[i]).sort((x, y) => x - y);
const q = (p) => diffs[Math.floor(p * (diffs.length - 1))];
console.log(JSON.stringify({ kind, rounds, aMs: median(a), bMs: median(b), diffMs: median(diffs), q1Ms: q(0.25), q3Ms: q(0.75), bFaster: diffs.filter((d) => d < 0).length }));
