// RemoteJwks (functions/src/lib/jwks.js) with a fake fetch and a fake clock.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JWKS_DEFAULTS, RemoteJwks, cacheLifetimeMs } from '../../functions/src/lib/jwks.js';

const URL_A = 'https://idp.example/jwks';

/** A provider: counts fetches, answers `doc` (or a status / 'unreachable'), optionally slowly. */
function provider({ status = 200, doc = '{"keys":[]}', cacheControl = null, delayMs = 0 } = {}) {
  const p = { calls: 0, status, doc, cacheControl };
  p.fetch = async (url, init, ms) => {
    p.calls++;
    p.lastTimeout = ms;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    if (p.status === 'unreachable') return 'unreachable';
    const headers = new Headers(p.cacheControl ? { 'Cache-Control': p.cacheControl } : {});
    return { status: p.status, ok: p.status >= 200 && p.status < 300, headers, text: p.doc };
  };
  return p;
}

function clock(start = 1_000_000) {
  const c = { t: start };
  c.now = () => c.t;
  return c;
}

test('a cold burst of 50 concurrent requests makes one fetch, and all get the set', async () => {
  const idp = provider({ delayMs: 20 });
  const jwks = new RemoteJwks({ fetch: idp.fetch });
  const got = await Promise.all(Array.from({ length: 50 }, () => jwks.get(URL_A)));
  assert.equal(idp.calls, 1);
  assert.ok(got.every((g) => g.doc === '{"keys":[]}' && g.fromCache === false));
});

test('a concurrent burst that fails shares the failure, and the next request tries again', async () => {
  const idp = provider({ status: 'unreachable', delayMs: 10 });
  const jwks = new RemoteJwks({ fetch: idp.fetch });
  const got = await Promise.all(Array.from({ length: 10 }, () => jwks.get(URL_A)));
  assert.equal(idp.calls, 1);
  assert.ok(got.every((g) => g.fail === 'provider_unreachable'));
  idp.status = 500;
  assert.deepEqual(await jwks.get(URL_A), { fail: 'provider_error' });
  assert.equal(idp.calls, 2, 'a failure is not cached');
});

test('cached for the default lifetime without Cache-Control, then fetched again', async () => {
  const idp = provider();
  const c = clock();
  const jwks = new RemoteJwks({ fetch: idp.fetch, now: c.now });
  await jwks.get(URL_A);
  c.t += JWKS_DEFAULTS.ttlMs - 1;
  assert.equal((await jwks.get(URL_A)).fromCache, true);
  assert.equal(idp.calls, 1);
  c.t += 1;
  assert.equal((await jwks.get(URL_A)).fromCache, false);
  assert.equal(idp.calls, 2);
});

test('Cache-Control max-age is honoured within bounds', async () => {
  for (const [cacheControl, lifetime] of [
    ['public, max-age=300', 300_000],
    ['max-age=5', JWKS_DEFAULTS.minTtlMs],
    ['no-store', JWKS_DEFAULTS.minTtlMs],
    ['max-age=31536000', JWKS_DEFAULTS.maxTtlMs],
  ]) {
    const idp = provider({ cacheControl });
    const c = clock();
    const jwks = new RemoteJwks({ fetch: idp.fetch, now: c.now });
    await jwks.get(URL_A);
    c.t += lifetime - 1;
    await jwks.get(URL_A);
    assert.equal(idp.calls, 1, `${cacheControl}: still cached`);
    c.t += 1;
    await jwks.get(URL_A);
    assert.equal(idp.calls, 2, `${cacheControl}: expired after ${lifetime} ms`);
  }
});

test('cacheLifetimeMs reads max-age, no-store and no-cache; anything else says nothing', () => {
  assert.equal(cacheLifetimeMs('public, max-age=600, must-revalidate'), 600_000);
  assert.equal(cacheLifetimeMs('MAX-AGE=60'), 60_000);
  assert.equal(cacheLifetimeMs('no-cache'), 0);
  assert.equal(cacheLifetimeMs('private, no-store'), 0);
  assert.equal(cacheLifetimeMs('s-maxage=100'), null);
  assert.equal(cacheLifetimeMs(null), null);
  assert.equal(cacheLifetimeMs('max-age=abc'), null);
});

test('a forced refetch (unknown kid) fetches a fresh set once per cooldown, even right after a plain fetch', async () => {
  const idp = provider();
  const c = clock();
  const jwks = new RemoteJwks({ fetch: idp.fetch, now: c.now });
  await jwks.get(URL_A);
  idp.doc = '{"keys":[{"kid":"new"}]}';
  const forced = await jwks.get(URL_A, true);
  assert.deepEqual(forced, { doc: '{"keys":[{"kid":"new"}]}', fromCache: false });
  assert.equal(idp.calls, 2, 'a rotation right after a fetch is still picked up');
  for (let i = 0; i < 5; i++) await jwks.get(URL_A, true);
  assert.equal(idp.calls, 2, 'random kids cannot make it refetch within the cooldown');
  c.t += JWKS_DEFAULTS.cooldownMs;
  await jwks.get(URL_A, true);
  assert.equal(idp.calls, 3);
  assert.equal((await jwks.get(URL_A)).fromCache, true, 'the forced set is cached for plain requests');
});

test('concurrent forced refetches share one fetch; URLs are cached apart; the timeout is passed on', async () => {
  const idp = provider({ delayMs: 10 });
  const jwks = new RemoteJwks({ fetch: idp.fetch, timeoutMs: 1234 });
  await jwks.get(URL_A);
  await Promise.all(Array.from({ length: 20 }, () => jwks.get(URL_A, true)));
  assert.equal(idp.calls, 2);
  await jwks.get('https://other.example/jwks');
  assert.equal(idp.calls, 3);
  assert.equal(idp.lastTimeout, 1234);
});
