// BRIDGE_CLAIMS recorded in the project database (functions/src/lib/bridge-claims.js): the
// bridge handler runs as deployed, on the real bridge WebAssembly with pinned keys (no
// network), `Deno.env` a fake holding the secrets and the injected `createClient` a fake
// database client that records every write and can fail it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { bridgeHandler } from '../../functions/src/lib/bridge.js';
import { CLAIMS_RECORD_FN, recordClaims } from '../../functions/src/lib/bridge-claims.js';

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
 * The secrets as `Deno.env`, and `createClient` a fake whose rpc calls answer `answer(args)`
 * ({data, error}, a throw, or a promise that never settles). Returns what it saw.
 */
function fakes(t, { secrets = SECRETS, answer = () => ({ data: 'recorded', error: null }) } = {}) {
  const seen = { clients: [], writes: [], errors: [] };
  const saved = { Deno: globalThis.Deno, createClient: globalThis.createClient, error: console.error };
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  globalThis.createClient = (config) => {
    seen.clients.push(config);
    return {
      database: {
        rpc: async (fn, args) => {
          seen.writes.push({ fn, args });
          return answer(args);
        },
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
  const iat = Math.floor(Date.now() / 1000) - 7;
  const before = Date.now();
  const r = await exchange(await providerToken({ o: { id: 'org_alpha' }, iat }));
  assert.equal(r.status, 200, r.text);
  assert.equal(typeof r.json.accessToken, 'string');
  assert.equal(r.headers.get('cache-control'), 'no-store', 'a minted token is never cached');
  assert.deepEqual(seen.clients, [{ baseUrl: 'http://insforge.test', anonKey: 'ik_unit_test_api_key_secret' }], 'with the API key');
  assert.equal(seen.writes.length, 1);
  const [w] = seen.writes;
  assert.equal(w.fn, CLAIMS_RECORD_FN);
  const { p_not_after: notAfter, ...args } = w.args;
  assert.deepEqual(args, {
    p_sub: 'user_01H',
    p_bridge: 'workos',
    p_record: `{"iat":${iat},"claims":{"org_id":"org_alpha"}}`,
    p_expires_at: new Date(r.json.expiresAt * 1000).toISOString(),
  });
  const deadline = Date.parse(notAfter) - before;
  assert.ok(deadline >= 4900 && deadline <= 5000 + (Date.now() - before), `the write carries the 5 s deadline (${deadline} ms)`);
});

test('an integer claim beyond 2^53 reaches the database as the provider signed it', async (t) => {
  const seen = fakes(t);
  const big = '1234567890123456789';
  const now = Math.floor(Date.now() / 1000);
  // Signed as raw JSON text: a JS number cannot hold this value.
  const payload = `{"iss":"https://api.workos.com","sub":"user_01H","iat":${now},"exp":${now + 600},"org_id":${big}}`;
  const { CompactSign } = await import('jose');
  const token = await new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(privateKey);
  const r = await exchange(token);
  assert.equal(r.status, 200, r.text);
  assert.equal(seen.writes[0].args.p_record, `{"iat":${now},"claims":{"org_id":${big}}}`, 'the claims text is passed on, never parsed into a JS number');
  assert.equal(typeof seen.writes[0].args.p_record, 'string');
});

test('a token older than the one that set the claims: 409 token_superseded, no token', async (t) => {
  const seen = fakes(t, { answer: () => ({ data: 'superseded', error: null }) });
  const r = await exchange(await providerToken({ o: { id: 'org_alpha' } }));
  assert.deepEqual([r.status, r.json.error, r.json.statusCode], [409, 'token_superseded', 409], r.text);
  assert.equal(r.headers.get('cache-control'), 'no-store');
  assert.equal(r.json.accessToken, undefined);
  assert.doesNotMatch(r.text, /eyJ/);
  assert.equal(r.headers.get('access-control-allow-origin'), 'https://app.example');
  assert.equal(seen.writes.length, 1);
  assert.deepEqual(seen.errors, [], 'an expected outcome, not a failure');
});

test('BRIDGE_CLAIMS needs the provider token iat: without it 401, nothing written', async (t) => {
  const seen = fakes(t);
  const r = await exchange(await providerToken({ o: { id: 'org_alpha' }, iat: undefined }));
  assert.deepEqual([r.status, r.json.error], [401, 'invalid_token'], r.text);
  assert.match(r.json.message, /iat/);
  assert.deepEqual(seen.writes, []);
});

test('a token without the mapped claims records {} (an earlier organisation is dropped)', async (t) => {
  const seen = fakes(t);
  const r = await exchange(await providerToken());
  assert.equal(r.status, 200, r.text);
  assert.match(seen.writes[0].args.p_record, /,"claims":\{\}\}$/);
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
    () => ({ data: 'something else', error: null }),
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
  const r = await recordClaims('workos-bridge', minted, '{"iat":1,"claims":{"org_id":"o"}}', 50);
  assert.ok(Date.now() - started < 2000);
  assert.equal(r.status, 503);
  assert.deepEqual(JSON.parse(r.body).error, 'claims_unavailable');
  assert.doesNotMatch(r.body, /eyJ/);
  assert.deepEqual(r.headers, minted.headers);
});
