// The bridge conversation (src/bridge/mod.rs): Rust decides, JS performs the I/O:
// JWKS and Stytch fetches and the RSA signature check (WebCrypto).

const PROVIDER_TIMEOUT_MS = 5000;
// Cloud keeps an isolate alive: JWKS are cached for this long per isolate.
const JWKS_TTL_MS = 10 * 60 * 1000;
// An unknown `kid` forces a refetch at most this often per URL, so random kids cannot
// turn the function into a request amplifier against the provider.
const JWKS_FORCED_REFETCH_MS = 30 * 1000;
const jwksCache = new Map();

function readEnv(provider) {
  return secretsJson(callWasm((w) => w.bridge_env_keys(provider)));
}

/** {doc} | {fail: code}; `fromCache` says whether a refetch could help. */
async function loadJwks(url, force) {
  const cached = jwksCache.get(url);
  const now = Date.now();
  if (cached && !force && now - cached.at < JWKS_TTL_MS) return { doc: cached.doc, fromCache: true };
  if (cached && force && now - cached.forcedAt < JWKS_FORCED_REFETCH_MS) return { doc: cached.doc, fromCache: false };
  const res = await fetchWithin(url, { headers: { Accept: 'application/json' } }, PROVIDER_TIMEOUT_MS);
  if (res === 'unreachable') return { fail: 'provider_unreachable' };
  if (!res.ok) {
    await res.body?.cancel();
    return { fail: 'provider_error' };
  }
  const doc = await res.text();
  jwksCache.set(url, { doc, at: now, forcedAt: force ? now : cached ? cached.forcedAt : 0 });
  return { doc, fromCache: false };
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
    const got = await loadJwks(plan.jwksUrl, false);
    if (got.fail) return { code: got.fail };
    doc = got.doc;
    fromCache = got.fromCache === true;
  }
  let choice = JSON.parse(callWasm((w) => w.bridge_select_key(doc, plan.kid)));
  if (choice.unknownKid && fromCache) {
    // Key rotation: the cached set may predate the token's key.
    const got = await loadJwks(plan.jwksUrl, true);
    if (got.fail) return { code: got.fail };
    choice = JSON.parse(callWasm((w) => w.bridge_select_key(got.doc, plan.kid)));
  }
  if (choice.respond) return { reply: choice.respond };
  if (!choice.key) return { code: 'unknown_key' };
  const key = await importRsaKey(choice.key);
  if (!key) return { code: 'unknown_key' };
  const ok = await crypto.subtle.verify(
    'RSASSA-PKCS1-v1_5',
    key,
    base64Bytes(plan.signature),
    new TextEncoder().encode(plan.signingInput),
  );
  return ok ? null : { code: 'invalid_signature' };
}

async function stytchAuthenticate(provider, env, request) {
  const res = await fetchWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
  if (res === 'unreachable') return callWasm((w) => w.bridge_fail('provider_unreachable'));
  const body = await res.text();
  return callWasm((w) => w.bridge_finish_stytch(provider, env, res.status, body, nowSeconds()));
}

function bridgeHandler(provider) {
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
      const begin = JSON.parse(callWasm((w) => w.bridge_begin(provider, env, JSON.stringify(incoming), nowSeconds())));
      cors = begin.cors;
      const next = begin.next;
      if (next.action === 'respond') return toResponse(next, cors);
      if (next.action === 'stytch_authenticate') {
        return toResponse(JSON.parse(await stytchAuthenticate(provider, env, next.request)), cors);
      }
      const failure = await verifySignature(next);
      if (failure) {
        const reply = failure.reply || JSON.parse(callWasm((w) => w.bridge_fail(failure.code)));
        return toResponse(reply, cors);
      }
      return toResponse(JSON.parse(callWasm((w) => w.bridge_finish(provider, env, JSON.stringify(next.identity), nowSeconds()))), cors);
    } catch (e) {
      // Never the message: it could echo a header. The name is enough to triage.
      console.error(`${provider}-bridge: internal error (${e instanceof Error ? e.name : typeof e})`);
      return internalError(cors);
    }
  };
}
