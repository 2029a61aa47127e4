// Runs inside Deno (scripts/bench.mjs starts it on Deno 2.0.6 and on the current Deno).
// Prints one JSON line: cold-path and warm per-operation timings of a committed bundle,
// side by side with jose in the same process.
//
// The bundle is evaluated exactly as self-hosted InsForge does (new Function with the six
// injected names); one line is appended inside its IIFE to reach its internals for timing.

import { SignJWT, jwtVerify, createLocalJWKSet, exportJWK, generateKeyPair } from 'jose';

const [bundlePath, coldRuns = '40', warmOps = '2000'] = Deno.args;
const source = Deno.readTextFileSync(bundlePath);
const probed = source.replace(/\}\)\(\);\s*$/, 'module.__probe = { wasmBytes, wasmInstance, callWasm };\n})();\n');
if (probed === source) throw new Error('bundle shape changed: cannot attach the probe');

function evaluate(secrets) {
  const module = { exports: {} };
  const env = { get: (k) => secrets[k] };
  new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', probed)(module.exports, module, null, { env }, null, null);
  return module;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const now = Math.floor(Date.now() / 1000);
const secret = 'bench-secret-0123456789abcdef0123456789abcdef';
const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const jwks = { keys: [jwk] };
const secrets = { JWT_SECRET: secret, WORKOS_CLIENT_ID: 'client_bench', WORKOS_JWKS: JSON.stringify(jwks) };
// Minting alone reads only the bridge's own secrets (no pinned JWKS to validate).
const env = JSON.stringify({ JWT_SECRET: secret, WORKOS_CLIENT_ID: 'client_bench' });
const identity = JSON.stringify({ sub: 'user_01HBENCH', email: 'bench@example.com', validUntil: now + 3600 });
const providerToken = await new SignJWT({ sub: 'user_01HBENCH', email: 'bench@example.com' })
  .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://api.workos.com').setIssuedAt(now).setExpirationTime(now + 3600).sign(privateKey);

// --- cold path: what every self-hosted request pays
const cold = { decode: [], firstMint: [], total: [] };
for (let i = 0; i < Number(coldRuns); i++) {
  // Total first, on a fresh evaluation: nothing warmed up before it (a fresh Worker's view).
  const { __probe: p } = evaluate(secrets);
  const t0 = performance.now();
  p.wasmInstance(); // decodes, compiles, instantiates
  const t1 = performance.now();
  const out = p.callWasm((w) => w.bridge_finish('workos', env, identity, now));
  const t2 = performance.now();
  if (!out.includes('"status":200')) throw new Error(`mint failed: ${out}`);
  cold.firstMint.push(t2 - t1);
  cold.total.push(t2 - t0);
  // The base64 decode alone, for the breakdown (measured after, so it cannot help the total).
  const { __probe: q } = evaluate(secrets);
  const t3 = performance.now();
  q.wasmBytes();
  cold.decode.push(performance.now() - t3);
}

// --- warm: per operation, ours and jose alternating in batches
const { __probe: p, exports: handler } = evaluate(secrets);
p.wasmInstance();
const key = new TextEncoder().encode(secret);
const joseMint = () => new SignJWT({ sub: 'user_01HBENCH', role: 'authenticated', aud: 'insforge-api', email: 'bench@example.com' })
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(now).setExpirationTime(now + 3600).sign(key);
const oursMint = () => p.callWasm((w) => w.bridge_finish('workos', env, identity, now));
const localJwks = createLocalJWKSet(jwks);
const joseVerify = () => jwtVerify(providerToken, localJwks, { issuer: ['https://api.workos.com'], algorithms: ['RS256'] });
const oursVerify = async () => {
  const res = await handler(new Request('http://bench/workos-bridge', { method: 'POST', headers: { authorization: `Bearer ${providerToken}` } }));
  if (res.status !== 200) throw new Error(await res.text());
};

async function perOp(fn, ops) {
  for (let i = 0; i < 50; i++) await fn();
  const batches = [];
  const size = Math.max(1, Math.floor(ops / 10));
  for (let b = 0; b < 10; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) await fn();
    batches.push(((performance.now() - t0) / size) * 1000);
  }
  return median(batches);
}
const ops = Number(warmOps);
const warm = ops === 0 ? null : {
  mintOursUs: await perOp(oursMint, ops),
  mintJoseUs: await perOp(joseMint, ops),
  verifyAndMintOursUs: await perOp(oursVerify, ops / 4),
  verifyJoseUs: await perOp(joseVerify, ops / 4),
};
console.log(JSON.stringify({
  deno: Deno.version.deno,
  cold: Object.fromEntries(Object.entries(cold).map(([k, v]) => [k, median(v)])),
  warm,
}));
