// The bridge conversation (src/bridge/mod.rs): Rust decides, JS performs the I/O:
// OpenID Connect discovery, JWKS and Stytch fetches, the PS256 and ES256 signature checks
// (WebCrypto), and an RS256 signature's power `s^e mod n` (BigInt), which Rust compares with
// the whole encoding it expects (src/rsa.rs).
//
// A `Bridge` (the provider's secrets, parsed once) is kept per isolate and made again only
// when a secret's value changes. Each request is a `BridgeSession` that holds the token, its
// signature and the identity it claims: JS reads `kind`, does the I/O, reports back, and
// reads `kind` again until it is `Respond`; `reply()` is then the answer, CORS included.
// With BRIDGE_CLAIMS set, a minted answer leaves only once its mapped claims (`claims_record`,
// read from the session) are recorded in the project database (lib/bridge-claims.js).
// Every provider fetch reads its whole body within the 5 s deadline (fetchTextWithin): a
// provider that cannot be reached, stalls or breaks off is the 503 `provider_unreachable`.

import * as bridgeWasm from '../wasm/bridge.js';
import { untyped } from './untyped.js';
import { wasmLoader } from './wasm.js';
import { fetchTextWithin, internalError, logInternal, nowSeconds, secretsJson, toResponse } from './http.js';
import { RemoteJwks } from './jwks.js';
import { recordClaims } from './bridge-claims.js';

const PROVIDER_TIMEOUT_MS = 5000;
// Every bridge answer, a minted token above all, is for its caller alone: no browser, CDN or
// proxy cache may keep it.
const NO_STORE = [['Cache-Control', 'no-store']];
const wasm = wasmLoader(bridgeWasm);
const jwks = new RemoteJwks({ timeoutMs: PROVIDER_TIMEOUT_MS });

// Per isolate: the Bridge of the current wasm instance and the secret values it was made from
// (a trap discards the instance, and with it every object made by it).
let cached = untyped(null);

function bridgeFor(w, provider) {
  // The secret names the provider's function reads (the module's own answer, written at build).
  const keys = bridgeWasm.ENV_KEYS[provider];
  if (keys === undefined) throw new Error(`no secret names for the ${provider} bridge`);
  const env = secretsJson(keys);
  if (cached && cached.glue === w && cached.provider === provider && cached.env === env) return cached.bridge;
  if (cached && cached.glue === w) cached.bridge.free();
  cached = { glue: w, provider, env, bridge: new w.Bridge(provider, env) };
  return cached.bridge;
}

// Imported keys, per isolate (Cloud): importing costs about as much as verifying.
const KEY_CACHE_MAX = 16;
const keyCache = new Map();

// WebCrypto's parameters per JWS algorithm the session hands to JS: [importKey, verify]. The
// JWK says which curve or RSA key, and carries the alg (so one cache entry never serves two
// algorithms).
const ALGS = {
  PS256: [{ name: 'RSA-PSS', hash: 'SHA-256' }, { name: 'RSA-PSS', saltLength: 32 }],
  ES256: [{ name: 'ECDSA', namedCurve: 'P-256' }, { name: 'ECDSA', hash: 'SHA-256' }],
};

async function importKey(jwk, alg) {
  const cacheKey = `${alg}:${jwk}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  let key;
  try {
    key = await crypto.subtle.importKey('jwk', JSON.parse(jwk), ALGS[alg][0], false, ['verify']);
  } catch (_e) {
    return null;
  }
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(cacheKey, key);
  return key;
}

/**
 * `base^exp mod m`. V8 multiplies and divides BigInts in C++ whatever tier runs the caller: a
 * 2048-bit RS256 power takes a fresh Worker 0.10 ms, the same power in the module 0.56 ms.
 */
export function powerMod(base, exp, m) {
  let result = 1n;
  for (base %= m; exp > 0n; exp >>= 1n) {
    if (exp & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  return result;
}

/** Drives `session` to its reply; every call into it goes through the loader (trap guard). */
async function conclude(session, Step) {
  const rs = (fn) => wasm.call(() => fn(session));
  for (;;) {
    switch (rs((s) => s.kind)) {
      case Step.Discover: {
        // Cached per isolate like a JWKS (same fetcher, same bounds).
        const got = await jwks.get(rs((s) => s.discovery_url));
        if (got.fail) rs((s) => s.fail(got.fail));
        else rs((s) => s.discovered(got.doc));
        break;
      }
      case Step.SelectKey: {
        const url = rs((s) => s.jwks_url);
        if (url === undefined) {
          rs((s) => s.select_key(undefined));
        } else {
          let got = await jwks.get(url);
          if (!got.fail) {
            rs((s) => s.select_key(got.doc));
            if (got.fromCache && rs((s) => s.kind) === Step.SelectKey) {
              // Key rotation: the cached set may predate the token's key.
              got = await jwks.get(url, true);
              if (!got.fail) rs((s) => s.select_key(got.doc));
            }
          }
          if (got.fail) {
            rs((s) => s.fail(got.fail));
            break;
          }
        }
        if (rs((s) => s.kind) === Step.SelectKey) rs((s) => s.fail('unknown_key'));
        break;
      }
      case Step.RaisePower: {
        const [n, e, s] = rs((x) => x.power).split(' ').map((hex) => BigInt(`0x${hex}`));
        rs((x) => x.powered(powerMod(s, e, n).toString(16), nowSeconds()));
        break;
      }
      case Step.CheckSignature: {
        const alg = rs((s) => s.alg);
        const key = ALGS[alg] ? await importKey(rs((s) => s.key), alg) : null;
        if (!key) {
          rs((s) => s.fail('unknown_key'));
          break;
        }
        let ok = false;
        try {
          ok = await crypto.subtle.verify(ALGS[alg][1], key, rs((s) => s.signature), rs((s) => s.signing_input));
        } catch (_e) {
          // A key WebCrypto imported but cannot use: the signature is not shown valid.
        }
        rs((s) => s.signature_checked(ok === true, nowSeconds()));
        break;
      }
      case Step.StytchAuthenticate: {
        const request = JSON.parse(rs((s) => s.stytch_request));
        const res = await fetchTextWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
        if (res === 'unreachable') {
          rs((s) => s.fail('provider_unreachable'));
          break;
        }
        rs((s) => s.stytch_answer(res.status, res.text, nowSeconds()));
        break;
      }
      default:
        return JSON.parse(rs((s) => s.reply()));
    }
  }
}

/** The function of one provider family (workos | kinde | stytch | oidc). */
export function bridgeHandler(provider) {
  return async function (req) {
    let session = untyped(null);
    try {
      const body = req.method === 'POST' && req.body !== null ? await req.text() : '';
      const origin = req.headers.get('origin') ?? undefined;
      const authorization = req.headers.get('authorization') ?? undefined;
      let Step = untyped(null);
      session = wasm.call((w) => {
        Step = w.BridgeStep;
        return bridgeFor(w, provider).begin(req.method, origin, authorization, body, nowSeconds());
      });
      let reply = await conclude(session, Step);
      const record = reply.status === 200 ? wasm.call(() => session.claims_record) : undefined;
      if (record !== undefined) reply = await recordClaims(`${provider}-bridge`, reply, record);
      return toResponse(reply, NO_STORE);
    } catch (e) {
      logInternal(`${provider}-bridge`, e);
      return internalError(NO_STORE);
    } finally {
      try {
        session?.free();
      } catch (_e) {
        // Its instance trapped and is gone.
      }
    }
  };
}
