// Runs inside Deno (scripts/bench.mjs starts it, a fresh process per run): the x402-paywall
// bundle evaluated as self-hosted InsForge does, then its FIRST whole request, carrying a
// forged payment (signed by another key than its `from`): base64 decode + compile +
// instantiate + the first local verification (EIP-712 digest, secp256k1 recovery, every rule)
// + the 402 reply. No ledger, no network: a forged payment is refused before either.
// Args: bundle path, a JSON file {secrets, header}. Prints one JSON line.

import { evaluateBundle } from './evaluate.mjs';

const [bundlePath, inputPath] = Deno.args;
const { secrets, header } = JSON.parse(Deno.readTextFileSync(inputPath));
const code = Deno.readTextFileSync(bundlePath);
const t0 = performance.now();
const handler = evaluateBundle(code, secrets);
const t1 = performance.now();
const res = await handler(new Request('http://bench.local/functions/x402-paywall', { method: 'POST', headers: { 'PAYMENT-SIGNATURE': header } }));
const body = await res.text();
const t2 = performance.now();
if (res.status !== 402 || !body.includes('invalid_exact_evm_payload_signature')) throw new Error(`expected the forged payment's 402, got ${res.status}: ${body.slice(0, 300)}`);
console.log(JSON.stringify({ deno: Deno.version.deno, evaluateMs: t1 - t0, firstVerifyMs: t2 - t1 }));
