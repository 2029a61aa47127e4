// The bridge conversation (src/bridge/mod.rs): Rust decides, JS performs the I/O:
// JWKS and Stytch fetches and the RSA signature check (WebCrypto).

import * as bridgeWasm from '../wasm/bridge.js';
import { base64Bytes, wasmLoader } from './wasm.js';
import { fetchWithin, internalError, logInternal, nowSeconds, secretsJson, toResponse } from './http.js';
import { RemoteJwks } from './jwks.js';

const PROVIDER_TIMEOUT_MS = 5000;
const wasm = wasmLoader(bridgeWasm);
const jwks = new RemoteJwks({ timeoutMs: PROVIDER_TIMEOUT_MS });

function readEnv(provider) {
  return secretsJson(wasm.call((w) => w.bridge_env_keys(provider)));
}

// Imported keys, per isolate (Cloud): importing costs about as much as verifying.
const KEY_CACHE_MAX = 16;
const keyCache = new Map();

async function importRsaKey({ n, e }) {
  const id = `${e}.${n}`;
  const hit = keyCache.get(id);
  if (hit) return hit;
  let key;
  try {
    key = await crypto.subtle.importKey('jwk', { kty: 'RSA', n, e, alg: 'RS256', ext: true }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  } catch (_e) {
    return null;
  }
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(id, key);
  return key;
}

/** Verifies the RS256 signature; returns null when valid, else an I/O failure code. */
async function verifySignature(plan) {
  let doc = plan.pinnedJwks;
  let fromCache = false;
  if (doc == null) {
    const got = await jwks.get(plan.jwksUrl);
    if (got.fail) return { code: got.fail };
    doc = got.doc;
    fromCache = got.fromCache === true;
  }
  let choice = JSON.parse(wasm.call((w) => w.bridge_select_key(doc, plan.kid)));
  if (choice.unknownKid && fromCache) {
    // Key rotation: the cached set may predate the token's key.
    const got = await jwks.get(plan.jwksUrl, true);
    if (got.fail) return { code: got.fail };
    choice = JSON.parse(wasm.call((w) => w.bridge_select_key(got.doc, plan.kid)));
  }
  if (choice.respond) return { reply: choice.respond };
  if (!choice.key) return { code: 'unknown_key' };
  const key = await importRsaKey(choice.key);
  if (!key) return { code: 'unknown_key' };
  const ok = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, base64Bytes(plan.signature), new TextEncoder().encode(plan.signingInput));
  return ok ? null : { code: 'invalid_signature' };
}

async function stytchAuthenticate(provider, env, request) {
  const res = await fetchWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
  if (res === 'unreachable') return wasm.call((w) => w.bridge_fail('provider_unreachable'));
  const body = await res.text();
  return wasm.call((w) => w.bridge_finish_stytch(provider, env, res.status, body, nowSeconds()));
}

/** The function of one provider (workos | kinde | stytch). */
export function bridgeHandler(provider) {
  return async function (req) {
    let cors = [];
    try {
      const env = readEnv(provider);
      const incoming = {
        method: req.method,
        origin: req.headers.get('origin'),
        authorization: req.headers.get('authorization'),
        body: req.method === 'POST' ? await req.text() : '',
      };
      const begin = JSON.parse(wasm.call((w) => w.bridge_begin(provider, env, JSON.stringify(incoming), nowSeconds())));
      cors = begin.cors;
      const next = begin.next;
      if (next.action === 'respond') return toResponse(next, cors);
      if (next.action === 'stytch_authenticate') {
        return toResponse(JSON.parse(await stytchAuthenticate(provider, env, next.request)), cors);
      }
      const failure = await verifySignature(next);
      if (failure) {
        const reply = failure.reply || JSON.parse(wasm.call((w) => w.bridge_fail(failure.code)));
        return toResponse(reply, cors);
      }
      return toResponse(JSON.parse(wasm.call((w) => w.bridge_finish(provider, env, JSON.stringify(next.identity), nowSeconds()))), cors);
    } catch (e) {
      logInternal(`${provider}-bridge`, e);
      return internalError(cors);
    }
  };
}
