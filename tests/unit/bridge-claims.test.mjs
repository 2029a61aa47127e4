// BRIDGE_CLAIMS recorded in the project database (functions/src/lib/bridge-claims.js): the
// bridge handler runs as deployed, on the real bridge WebAssembly with pinned keys (no
// network), `Deno.env` a fake holding the secrets and the injected `createClient` a fake
// database client that records every write and can fail it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { bridgeHandler } from '../../functions/src/lib/bridge.js';
import { CLAIMS_TABLE, recordClaims } from '../../functions/src/lib/bridge-claims.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const JWKS = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
const SECRETS = {
  JWT_SECRET: 'unit-test-jwt-secret-0123456789abcdef',
  WORKOS_CLIENT_ID: 'client_1',
  WORKOS_JWKS: JWKS,
  BRIDGE_CLAIMS: JSON.stringify({ org_id: ['/o/id', '/org_id'] }),
  BRIDGE_ALLOWED_ORIGINS: 'https://app.example',
  INSFORGE_BASE_URL: 'http://insforge.test',
  API_KEY: 'ik_unit_test_api_key_secret',
};
const handler = bridgeHandler('workos');

function providerToken(claims = {}, ttl = 600) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: 'https://api.workos.com', sub: 'user_01H', iat: now, exp: now + ttl, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .sign(privateKey);
}

/**
 * The secrets as `Deno.env`, and `createClient` a fake whose upserts answer `answer(row)`
 * ({data, error}, a throw, or a promise that never settles). Returns what it saw.
 */
function fakes(t, { secrets = SECRETS, answer = () => ({ data: [{ sub: 'user_01H' }], error: null }) } = {}) {
  const seen = { clients: [], writes: [], errors: [] };
  const saved = { Deno: globalThis.Deno, createClient: globalThis.createClient, error: console.error };
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  globalThis.createClient = (config) => {
    seen.clients.push(config);
    return {
      database: {
        from: (table) => ({
          upsert: (rows, options) => ({
            select: async (columns) => {
              seen.writes.push({ table, rows, options, columns });
              return answer(rows[0]);
            },
          }),
        }),
      },
    };
  };
  console.error = (line) => seen.errors.push(String(line));
  t.after(() => {
    for (const k of ['Deno', 'createClient']) {
      if (saved[k] === undefined) delete globalThis[k];
      else globalThis[k] = saved[k];
    }
    console.error = saved.error;
  });
  return seen;
}

async function exchange(token) {
  const res = await handler(new Request('http://fn.test/functions/workos-bridge', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, Origin: 'https://app.example' },
  }));
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: JSON.parse(text) };
}

test('with BRIDGE_CLAIMS, a mint records the mapped claims, per user and bridge, until the token expires', async (t) => {
  const seen = fakes(t);
  const r = await exchange(await providerToken({ o: { id: 'org_alpha' } }));
  assert.equal(r.status, 200, r.text);
  assert.equal(typeof r.json.accessToken, 'string');
  assert.deepEqual(seen.clients, [{ baseUrl: 'http://insforge.test', anonKey: 'ik_unit_test_api_key_secret' }], 'with the API key');
  assert.equal(seen.writes.length, 1);
  const [w] = seen.writes;
  assert.equal(w.table, CLAIMS_TABLE);
  assert.deepEqual(w.options, { onConflict: 'sub,bridge' }, 'replaces the row of the same user and bridge');
  assert.deepEqual(w.rows, [{ sub: 'user_01H', bridge: 'workos', claims: { org_id: 'org_alpha' }, expires_at: new Date(r.json.expiresAt * 1000).toISOString() }]);
});

test('a token without the mapped claims records {} (an earlier organisation is dropped)', async (t) => {
  const seen = fakes(t);
  const r = await exchange(await providerToken());
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(seen.writes.map((w) => w.rows[0].claims), [{}]);
});

test('without BRIDGE_CLAIMS nothing is written, and no database client is made', async (t) => {
  const { BRIDGE_CLAIMS: _, ...secrets } = SECRETS;
  for (const s of [secrets, { ...secrets, BRIDGE_CLAIMS: '{}' }]) {
    const seen = fakes(t, { secrets: s });
    const r = await exchange(await providerToken({ org_id: 'org_alpha' }));
    assert.equal(r.status, 200, r.text);
    assert.deepEqual([seen.clients, seen.writes], [[], []]);
  }
});

test('a refused token writes nothing', async (t) => {
  const seen = fakes(t);
  const forged = (await providerToken({ org_id: 'org_alpha' })).replace(/\.[^.]+$/, '.AAAA');
  const r = await exchange(forged);
  assert.equal(r.status, 401);
  const expired = await exchange(await providerToken({ org_id: 'org_alpha' }, -120));
  assert.equal(expired.status, 401);
  assert.deepEqual(seen.writes, []);
});

test('a failed write: 503 claims_unavailable, no token, CORS kept, no database detail', async (t) => {
  const answers = [
    () => ({ data: null, error: { code: 'P0001', message: 'refused by trigger: secret-detail' } }),
    () => {
      throw new TypeError('fetch failed: secret-detail');
    },
    () => ({ data: [], error: null }),
    () => ({ data: null, error: null }),
  ];
  for (const answer of answers) {
    const seen = fakes(t, { answer });
    const r = await exchange(await providerToken({ o: { id: 'org_alpha' } }));
    assert.equal(r.status, 503, r.text);
    assert.equal(r.json.error, 'claims_unavailable');
    assert.equal(r.json.statusCode, 503);
    assert.match(r.json.message, /no token was issued/);
    assert.equal(r.json.accessToken, undefined);
    assert.doesNotMatch(r.text, /eyJ|secret-detail|ik_unit/);
    assert.equal(r.headers.get('access-control-allow-origin'), 'https://app.example');
    assert.equal(seen.writes.length, 1);
    assert.equal(seen.errors.length, 1);
    assert.doesNotMatch(seen.errors[0], /secret-detail|ik_unit|user_01H|org_alpha/);
  }
});

test('without INSFORGE_BASE_URL or API_KEY: 500 missing_secret, no token', async (t) => {
  for (const name of ['INSFORGE_BASE_URL', 'API_KEY']) {
    const { [name]: _, ...secrets } = SECRETS;
    const seen = fakes(t, { secrets });
    const r = await exchange(await providerToken({ o: { id: 'org_alpha' } }));
    assert.deepEqual([r.status, r.json.error, r.json.statusCode], [500, 'missing_secret', 500], name);
    assert.match(r.json.message, /INSFORGE_BASE_URL and API_KEY/);
    assert.equal(r.json.accessToken, undefined);
    assert.deepEqual(seen.writes, []);
  }
});

test('a write that does not answer in time is a failed write', async (t) => {
  fakes(t, { answer: () => new Promise(() => {}) });
  const minted = { status: 200, headers: [['Content-Type', 'application/json']], body: JSON.stringify({ accessToken: 'eyJx', user: { id: 'u' }, provider: 'workos', expiresAt: 2_000_000_000 }) };
  const started = Date.now();
  const r = await recordClaims('workos-bridge', minted, '{"org_id":"o"}', 50);
  assert.ok(Date.now() - started < 2000);
  assert.equal(r.status, 503);
  assert.deepEqual(JSON.parse(r.body).error, 'claims_unavailable');
  assert.doesNotMatch(r.body, /eyJ/);
  assert.deepEqual(r.headers, minted.headers);
});
