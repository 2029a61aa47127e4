// Runs inside Deno (scripts/bench.mjs starts it on Deno 2.0.6 and on the current Deno) and
// prints one JSON line. The input file (written by scripts/bench.mjs) holds {secrets, token,
// mint}: the workos-bridge secrets with a pinned JWKS, an RS256 WorkOS token signed by its key,
// and for the mint figures an OpenID Connect bridge with a pinned PS256 key and its token
// ({provider, env, token}: a PS256 verdict is JS's to give, so the mint is timed without it).
//
//   cold-mint <input>              fresh process: decode + compile + instantiate + first HS256
//                                  mint, verdict given (bench/probe.mjs), nothing warmed before it
//   cold-request <bundle> <input>  fresh process: the bundle evaluated as self-hosted InsForge
//                                  does, then its first whole request (RS256 verify + mint)
//   warm <bundle> <input> <coldRuns> <ops>
//                                  one process: the cold path repeated (a new loader each time,
//                                  as a host starting Workers in one process pays it), the
//                                  base64 decode alone; then, warm, per operation and in
//                                  alternating batches: token read + claims + HS256 mint (the
//                                  verdict given) vs the same with jose; the RS256 check + mint in
//                                  the module vs jose's jwtVerify + SignJWT (and WebCrypto's verify
//                                  alone); the whole request vs the jose-based handler
//                                  (bench/jose-bridge.mjs)

import { evaluateBundle, median } from './evaluate.mjs';

const [mode, ...args] = Deno.args;
const request = (token) => new Request('http://bench.local/functions/workos-bridge', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
const readInput = (path) => JSON.parse(Deno.readTextFileSync(path));
const envJson = (secrets) => JSON.stringify({ JWT_SECRET: secrets.JWT_SECRET, WORKOS_CLIENT_ID: secrets.WORKOS_CLIENT_ID, WORKOS_JWKS: secrets.WORKOS_JWKS });
const out = (o) => console.log(JSON.stringify({ deno: Deno.version.deno, ...o }));

async function expect200(res) {
  const body = await res.text();
  if (res.status !== 200 || !body.includes('"accessToken"')) throw new Error(`bridge answered ${res.status}: ${body.slice(0, 200)}`);
}

if (mode === 'cold-mint') {
  const { mint } = readInput(args[0]);
  const probe = await import('./probe.mjs');
  const now = Math.floor(Date.now() / 1000);
  const t0 = performance.now();
  const loader = probe.freshLoader('bridge');
  probe.instantiate(loader);
  probe.bridgeMint(loader, mint.provider, mint.env, mint.token, now);
  out({ coldMintMs: performance.now() - t0 });
} else if (mode === 'cold-request') {
  const code = Deno.readTextFileSync(args[0]);
  const { secrets, token } = readInput(args[1]);
  const t0 = performance.now();
  const handler = evaluateBundle(code, secrets);
  const t1 = performance.now();
  const res = await handler(request(token));
  await expect200(res);
  out({ evaluateMs: t1 - t0, firstRequestMs: performance.now() - t1 });
} else if (mode === 'warm') {
  const [bundle, input, coldRuns = '40', opsArg = '2000'] = args;
  const code = Deno.readTextFileSync(bundle);
  const { secrets, token, mint } = readInput(input);
  const probe = await import('./probe.mjs');
  const { SignJWT, createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } = await import('jose');
  const { joseBridge } = await import('./jose-bridge.mjs');
  const now = Math.floor(Date.now() / 1000);
  const env = envJson(secrets);
  const id = token;

  const cold = { total: [], decode: [] };
  for (let i = 0; i < Number(coldRuns); i++) {
    const t0 = performance.now();
    const loader = probe.freshLoader('bridge');
    probe.instantiate(loader);
    probe.bridgeMint(loader, mint.provider, mint.env, mint.token, now);
    cold.total.push(performance.now() - t0);
    const t1 = performance.now();
    probe.decodeOnly('bridge');
    cold.decode.push(performance.now() - t1);
  }

  const loader = probe.freshLoader('bridge');
  const rsLoader = probe.freshLoader('bridge');
  const key = new TextEncoder().encode(secrets.JWT_SECRET);
  const oursMint = () => probe.bridgeMint(loader, mint.provider, mint.env, mint.token, now);
  // Like for like with the probe: everything of the bridge but the signature check (whose
  // verdict both sides take as given), i.e. read the token, check its claims, mint HS256.
  const joseMint = () => {
    const header = decodeProtectedHeader(mint.token);
    const claims = decodeJwt(mint.token);
    if (header.alg !== 'PS256' || header.kid === undefined) throw new Error('bad header');
    if (claims.iss !== 'https://id.bench.example' || claims.aud !== 'bench-app' || typeof claims.sub !== 'string' || !(claims.exp > now - 60)) throw new Error('bad claims');
    return new SignJWT({ sub: claims.sub, role: 'authenticated', aud: 'insforge-api', email: claims.email })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(now).setExpirationTime(Math.min(now + 3600, claims.exp)).sign(key);
  };
  // The RS256 check with the mint: ours in the module, jose's through WebCrypto.
  const oursRs256 = () => probe.bridgeMint(rsLoader, 'workos', env, id, now);
  const localJwks = createLocalJWKSet(JSON.parse(secrets.WORKOS_JWKS));
  const joseRs256 = async () => {
    const { payload: claims } = await jwtVerify(token, localJwks, { algorithms: ['RS256'], issuer: 'https://api.workos.com', clockTolerance: 60, requiredClaims: ['sub', 'exp'] });
    return new SignJWT({ sub: claims.sub, role: 'authenticated', aud: 'insforge-api', email: claims.email })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt(now).setExpirationTime(Math.min(now + 3600, claims.exp)).sign(key);
  };
  const [signingInput, signature] = [token.slice(0, token.lastIndexOf('.')), token.slice(token.lastIndexOf('.') + 1)];
  const rsKey = await crypto.subtle.importKey('jwk', JSON.parse(secrets.WORKOS_JWKS).keys[0], { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const sigBytes = Uint8Array.from(atob(signature.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const inputBytes = new TextEncoder().encode(signingInput);
  const webcryptoVerify = async () => {
    if (!(await crypto.subtle.verify('RSASSA-PKCS1-v1_5', rsKey, sigBytes, inputBytes))) throw new Error('WebCrypto refused the token');
  };
  const ours = evaluateBundle(code, secrets);
  const jose = joseBridge({ get: (k) => secrets[k] });
  const oursRequest = async () => expect200(await ours(request(token)));
  const joseRequest = async () => expect200(await jose(request(token)));

  // Alternating batches: each round times one batch of each; per-op µs = batch time / size.
  async function sideBySide(fns, ops, rounds = 10) {
    for (const fn of fns) for (let i = 0; i < 50; i++) await fn();
    const size = Math.max(1, Math.floor(ops / rounds));
    const samples = fns.map(() => []);
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < fns.length; k++) {
        const j = (r + k) % fns.length;
        const t0 = performance.now();
        for (let i = 0; i < size; i++) await fns[j]();
        samples[j].push(((performance.now() - t0) / size) * 1000);
      }
    }
    return samples.map(median);
  }
  const ops = Number(opsArg);
  const [mintOursUs, mintJoseUs] = await sideBySide([oursMint, joseMint], ops);
  const [rs256OursUs, rs256JoseUs, webcryptoVerifyUs] = await sideBySide([oursRs256, joseRs256, webcryptoVerify], Math.max(20, ops / 4));
  const [requestOursUs, requestJoseUs] = await sideBySide([oursRequest, joseRequest], Math.max(20, ops / 4));
  out({
    coldRuns: Number(coldRuns),
    repeatedColdMs: median(cold.total),
    decodeMs: median(cold.decode),
    warm: { ops, mintOursUs, mintJoseUs, rs256OursUs, rs256JoseUs, webcryptoVerifyUs, requestOursUs, requestJoseUs },
  });
} else {
  throw new Error(`unknown mode ${mode}: cold-mint | cold-request | warm`);
}
