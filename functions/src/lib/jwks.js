// A provider's remote JWKS, per isolate: cached for the provider's Cache-Control max-age
// (within bounds), refetched on demand at most once per cooldown, and fetched once for any
// number of concurrent requests that need it (a cold burst on Cloud makes one request).

import { fetchTextWithin } from './http.js';
import { untyped } from './untyped.js';

export const JWKS_DEFAULTS = {
  timeoutMs: 5000,
  // Without a usable max-age.
  ttlMs: 10 * 60 * 1000,
  // A provider that says no-store or max-age=0 is still not fetched per request.
  minTtlMs: 60 * 1000,
  // A rotated-out key must not stay trusted for longer than this.
  maxTtlMs: 24 * 60 * 60 * 1000,
  // An unknown `kid` forces a refetch at most this often per URL (a set fetched a moment ago
  // may still predate a rotation, so the plain fetch time does not count), so random kids
  // cannot turn the function into a request amplifier against the provider.
  cooldownMs: 30 * 1000,
};

/** Milliseconds the response may be cached for, from its Cache-Control; null when it does not say. */
export function cacheLifetimeMs(cacheControl) {
  const cc = (cacheControl || '').toLowerCase();
  if (/(^|[\s,])(no-store|no-cache)([\s,=]|$)/.test(cc)) return 0;
  const m = /(^|[\s,])max-age\s*=\s*"?(\d{1,10})"?/.exec(cc);
  return m ? Number(m[2]) * 1000 : null;
}

export class RemoteJwks {
  #cache = new Map();
  #inFlight = new Map();
  #fetch;
  #now;
  #opts;

  /**
   * `options`: any of JWKS_DEFAULTS, plus `fetch(url, init, ms)` resolving to {status, ok,
   * headers, text} or 'unreachable' (as fetchTextWithin: the body is read within the deadline
   * too) and `now()` in milliseconds; tests pass fakes.
   */
  constructor(options = untyped({})) {
    const { fetch = fetchTextWithin, now = Date.now, ...opts } = options;
    this.#fetch = fetch;
    this.#now = now;
    this.#opts = Object.assign({}, JWKS_DEFAULTS, opts);
  }

  /**
   * {doc, fromCache} or {fail: 'provider_unreachable' | 'provider_error'}. `fromCache` says
   * whether a forced refetch could bring a newer set. `force` asks for a fresh set (an
   * unknown `kid`): honoured unless the last forced fetch is younger than the cooldown.
   */
  async get(url, force = false) {
    const cached = this.#cache.get(url);
    const now = this.#now();
    if (cached && !force && now < cached.expiresAt) return { doc: cached.doc, fromCache: true };
    if (cached && force && now - cached.forcedAt < this.#opts.cooldownMs) return { doc: cached.doc, fromCache: false };
    const pending = this.#inFlight.get(url);
    if (pending) return pending;
    const p = this.#load(url, force).finally(() => this.#inFlight.delete(url));
    this.#inFlight.set(url, p);
    return p;
  }

  async #load(url, force) {
    const res = await this.#fetch(url, { headers: { Accept: 'application/json' } }, this.#opts.timeoutMs);
    if (res === 'unreachable') return { fail: 'provider_unreachable' };
    if (!res.ok) return { fail: 'provider_error' };
    const doc = res.text;
    const { ttlMs, minTtlMs, maxTtlMs } = this.#opts;
    const said = cacheLifetimeMs(res.headers.get('cache-control'));
    const lifetime = Math.min(maxTtlMs, Math.max(minTtlMs, said ?? ttlMs));
    const fetchedAt = this.#now();
    const forcedAt = force ? fetchedAt : (this.#cache.get(url)?.forcedAt ?? -Infinity);
    this.#cache.set(url, { doc, forcedAt, expiresAt: fetchedAt + lifetime });
    return { doc, fromCache: false };
  }
}
