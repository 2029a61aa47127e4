// End to end: the committed bundles in functions/dist/, served by the local runtime in BOTH
// InsForge contracts (self-hosted: fresh Deno 2.0.6 Worker per request; Cloud: wrapped ES
// module in a long-lived Deno isolate), local servers playing WorkOS / Kinde / Stytch, the
// real @insforge/sdk as the client, and RLS on a real PostgreSQL.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { decodeJwtPart, nowSeconds, publicKeyAsHmacKey, startProviders, generateRsaKey } from '../support/providers.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const KINDE_AUDIENCE = 'https://api.todos.example';

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`auth bridges, ${contract} contract`, () => {
    let stack;
    let idp;
    let anon;

    const fn = (slug) => `${stack.baseUrl}/functions/${slug}`;
    /** Raw call, so status, headers and body can all be asserted. */
    async function call(slug, { token, body, headers = {}, method = 'POST' } = {}) {
      const h = { ...headers };
      if (token !== undefined) h.Authorization = `Bearer ${token}`;
      if (body !== undefined && !h['Content-Type']) h['Content-Type'] = 'application/json';
      const res = await fetch(fn(slug), { method, headers: h, body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body) });
      return readReply(res);
    }

    before(async () => {
      idp = await startProviders();
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `bridge_${contract.replace('-', '_')}`),
        functionsDir: join(ROOT, 'functions/dist'),
        secrets: {
          WORKOS_CLIENT_ID: idp.workos.clientId,
          WORKOS_JWKS_URL: idp.workos.jwksUrl,
          KINDE_ISSUER_URL: idp.kinde.issuer,
          // An ID token's aud is the client id: list both to accept access and ID tokens.
          KINDE_AUDIENCE: `${KINDE_AUDIENCE},${idp.kinde.clientId}`,
          STYTCH_PROJECT_ID: idp.stytch.projectId,
          STYTCH_SECRET: idp.stytch.secret,
          STYTCH_API_BASE: idp.stytch.url,
        },
      });
      anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
    });

    after(async () => {
      await stack?.stop();
      await idp?.close();
    });

    /** The SDK path users take: invoke with the provider token, then use the minted token. */
    async function signIn(slug, providerToken) {
      const { data, error } = await anon.functions.invoke(slug, { headers: { Authorization: `Bearer ${providerToken}` } });
      assert.equal(error, null, `invoke ${slug}: ${JSON.stringify(error)}`);
      // The exact check InsForge makes on every request.
      const claims = jwt.verify(data.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
      return { data, claims, db: createClient({ baseUrl: stack.baseUrl, accessToken: data.accessToken }).database };
    }

    test('WorkOS: the minted token is the one InsForge accepts, and RLS keys on its sub', async () => {
      const alice = idp.workos.newUser({ email: 'alice@example.com' });
      const bob = idp.workos.newUser({ email: 'bob@example.com' });
      const a = await signIn('workos-bridge', await idp.workos.accessToken({ user: alice }));
      const b = await signIn('workos-bridge', await idp.workos.accessToken({ user: bob }));

      assert.deepEqual(Object.keys(a.claims).sort(), ['aud', 'email', 'exp', 'iat', 'role', 'sub']);
      assert.equal(a.claims.sub, alice.sub);
      assert.equal(a.claims.role, 'authenticated', 'a provider role (admin) is never copied');
      assert.equal(a.claims.aud, 'insforge-api');
      assert.equal(a.claims.email, 'alice@example.com');
      assert.equal(a.data.tokenType, 'Bearer');
      assert.equal(a.data.provider, 'workos');
      assert.deepEqual(a.data.user, { id: alice.sub, email: 'alice@example.com' });
      assert.equal(a.data.expiresAt, a.claims.exp);

      const ins = await a.db.from('todos').insert([{ title: 'alice 1' }, { title: 'alice 2' }]).select();
      assert.equal(ins.error, null, JSON.stringify(ins.error));
      assert.deepEqual(ins.data.map((r) => r.user_id), [alice.sub, alice.sub], 'user_id defaults to requesting_user_id()');
      assert.equal((await b.db.from('todos').insert({ title: 'bob 1' }).select()).error, null);

      const seenByA = await a.db.from('todos').select('*');
      assert.deepEqual(seenByA.data.map((r) => r.title).sort(), ['alice 1', 'alice 2']);
      const seenByB = await b.db.from('todos').select('*');
      assert.deepEqual(seenByB.data.map((r) => r.title), ['bob 1']);
      const bPeeks = await b.db.from('todos').select('*').eq('user_id', alice.sub);
      assert.deepEqual(bPeeks.data, [], "B cannot read A's rows even by asking for them");
      const forged = await b.db.from('todos').insert({ title: 'as alice', user_id: alice.sub }).select();
      assert.notEqual(forged.error, null, "B cannot write a row in A's name");
      const anonSees = await anon.database.from('todos').select('*');
      assert.deepEqual(anonSees.data ?? [], [], 'anonymous sees no rows');
      const total = await stack.query('select count(*)::int as n from todos');
      assert.equal(total.rows[0].n, 3);
    });

    test('Kinde: access and ID tokens map to the same user', async () => {
      const user = idp.kinde.newUser({ email: 'kim@example.com' });
      const access = await signIn('kinde-bridge', await idp.kinde.accessToken({ user, aud: [KINDE_AUDIENCE] }));
      const id = await signIn('kinde-bridge', await idp.kinde.idToken({ user }));
      assert.equal(access.claims.sub, user.sub);
      assert.equal(id.claims.sub, user.sub);
      assert.equal(id.claims.email, 'kim@example.com');
      assert.equal(access.claims.role, 'authenticated');
      assert.equal((await access.db.from('todos').insert({ title: 'kinde' }).select()).data[0].user_id, user.sub);
      assert.deepEqual((await id.db.from('todos').select('title')).data, [{ title: 'kinde' }]);
    });

    test('Stytch: session_jwt verified locally, opaque session_token through the API', async () => {
      const { sessionToken, user, session } = idp.stytch.registerSession({});
      idp.stytch.resetCounts();
      const viaJwt = await call('stytch-bridge', { body: { session_jwt: await idp.stytch.sessionJwt({ user, session }) } });
      assert.equal(viaJwt.status, 200, viaJwt.text);
      assert.equal(idp.stytch.authenticateRequests().length, 0, 'a session_jwt needs no API call');
      const viaToken = await call('stytch-bridge', { body: { session_token: sessionToken } });
      assert.equal(viaToken.status, 200, viaToken.text);
      const [req] = idp.stytch.authenticateRequests();
      assert.equal(req.basicAuth.passwordOk, true, 'Basic project_id:secret');
      assert.deepEqual(Object.keys(req.body), ['session_token'], 'never session_duration_minutes');
      for (const r of [viaJwt, viaToken]) {
        const claims = jwt.verify(r.json.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
        assert.equal(claims.sub, user.sub);
        assert.equal(claims.email, user.email);
        assert.ok(claims.exp <= Date.parse(session.expires_at) / 1000, 'never outlives the Stytch session');
      }
      const db = createClient({ baseUrl: stack.baseUrl, accessToken: viaToken.json.accessToken }).database;
      assert.equal((await db.from('todos').insert({ title: 'stytch' }).select()).data[0].user_id, user.sub);
    });

    test('the minted token never outlives the provider credential', async () => {
      const short = await idp.workos.accessToken({ ttl: 90 });
      const r = await call('workos-bridge', { token: short });
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.expiresAt, decodeJwtPart(short).exp);
      assert.equal(decodeJwtPart(r.json.accessToken).nbf, undefined, 'no nbf: InsForge allows zero skew');
    });

    test('body {token} wins over the SDK anon bearer; CORS preflight answers', async () => {
      const token = await idp.workos.accessToken();
      const r = await call('workos-bridge', { body: { token }, headers: { Authorization: `Bearer ${stack.secrets.ANON_KEY}` } });
      assert.equal(r.status, 200, r.text);
      const pre = await call('workos-bridge', {
        method: 'OPTIONS',
        headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
      });
      assert.ok(pre.status === 204 || pre.status === 200, `preflight ${pre.status}`);
      // InsForge's backend CORS layer may reflect the origin instead of '*': both allow it.
      assert.ok(['*', 'https://app.example'].includes(pre.headers.get('access-control-allow-origin')));
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /authorization/i);
    });

    test('a negative matrix of bad credentials: status and error code for each', async () => {
      const w = idp.workos;
      const k = idp.kinde;
      const s = idp.stytch;
      const otherKey = await generateRsaKey(w.currentKey.kid);
      const now = nowSeconds();
      const { user: su, session: expiredSession } = s.registerSession({ expiresAt: now + 3600 });
      expiredSession.expires_at = new Date((now - 60) * 1000).toISOString();

      const cases = [
        ['workos', 'alg none', { token: await w.accessToken({ key: 'none', header: { alg: 'none' } }) }, 401, 'unsupported_algorithm'],
        ['workos', 'HS256 signed with the RSA public key', { token: await w.accessToken({ key: publicKeyAsHmacKey(w.currentKey), header: { alg: 'HS256' } }) }, 401, 'unsupported_algorithm'],
        ['workos', 'tampered payload', { token: await w.accessToken({ tamper: { sub: 'user_someone_else' } }) }, 401, 'invalid_signature'],
        ['workos', 'signed by another key under the same kid', { token: await w.accessToken({ key: otherKey }) }, 401, 'invalid_signature'],
        ['workos', 'unknown kid', { token: await w.accessToken({ header: { kid: 'sso_oidc_key_pair_nope' } }) }, 401, 'unknown_key'],
        ['workos', 'absent kid', { token: await w.accessToken({ header: { kid: undefined } }) }, 401, 'unknown_key'],
        ['workos', 'expired', { token: await w.accessToken({ claims: { exp: now - 120, iat: now - 600 } }) }, 401, 'token_expired'],
        ['workos', 'nbf in the future', { token: await w.accessToken({ claims: { nbf: now + 600 } }) }, 401, 'token_not_yet_valid'],
        ['workos', 'wrong iss', { token: await w.accessToken({ claims: { iss: 'https://evil.example' } }) }, 401, 'invalid_issuer'],
        ['workos', 'missing sub', { token: await w.accessToken({ claims: { sub: undefined } }) }, 401, 'missing_subject'],
        ['workos', 'no credential', {}, 400, 'missing_credential'],
        ['workos', 'not a JWT', { token: 'definitely-not-a-jwt' }, 400, 'malformed_credential'],
        ['workos', 'oversized Authorization header', { token: `${'a'.repeat(6000)}.${'b'.repeat(6000)}.c` }, 400, 'credential_too_large'],
        ['workos', 'token of the wrong JSON type', { body: { token: 42 } }, 400, 'malformed_credential'],
        ['workos', 'GET instead of POST', { method: 'GET' }, 405, 'method_not_allowed'],
        ['kinde', 'machine-to-machine token', { token: await k.m2mToken({ aud: [KINDE_AUDIENCE] }) }, 403, 'machine_token_refused'],
        ['kinde', 'wrong audience', { token: await k.accessToken({ aud: ['https://other.example'] }) }, 401, 'invalid_audience'],
        ['kinde', 'issuer of another tenant', { token: await k.accessToken({ aud: [KINDE_AUDIENCE], claims: { iss: 'https://other.kinde.com' } }) }, 401, 'invalid_issuer'],
        ['stytch', 'session_jwt whose session expired', { body: { session_jwt: await s.sessionJwt({ user: su, session: expiredSession }) } }, 401, 'session_expired'],
        ['stytch', 'session_jwt for another project', { body: { session_jwt: await s.sessionJwt({ claims: { aud: ['project-test-other'] } }) } }, 401, 'invalid_audience'],
        ['stytch', 'unknown opaque session (API 404)', { body: { session_token: 'c2Vzc2lvbi1ub3QtZm91bmQtaGVyZS0xMjM0NTY3ODkw' } }, 401, 'invalid_session'],
      ];
      assert.ok(cases.length >= 20);
      const failures = [];
      for (const [provider, name, req, status, code] of cases) {
        const r = await call(`${provider}-bridge`, req);
        if (r.status !== status || r.json?.error !== code || r.json?.statusCode !== status || typeof r.json?.message !== 'string') {
          failures.push(`${provider}: ${name}: expected ${status} ${code}, got ${r.status} ${r.text.slice(0, 200)}`);
        }
      }
      assert.deepEqual(failures, []);
    });

    test('only an email the provider marks verified is minted', async () => {
      const unverified = idp.workos.newUser({ email: 'eve@example.com', emailVerified: false });
      const w = await call('workos-bridge', { token: await idp.workos.accessToken({ user: unverified }) });
      assert.equal(w.status, 200, w.text);
      assert.equal(decodeJwtPart(w.json.accessToken).email, undefined, 'email_verified false: no email');
      assert.equal(w.json.user.email, null);
      const kindeAccess = await call('kinde-bridge', { token: await idp.kinde.accessToken({ aud: [KINDE_AUDIENCE], email: 'k@example.com' }) });
      assert.equal(kindeAccess.status, 200, kindeAccess.text);
      assert.equal(decodeJwtPart(kindeAccess.json.accessToken).email, undefined, 'a Kinde access token says nothing of verification');

      const none = idp.stytch.registerSession({ emails: [{ email: 'first@example.com', verified: false }, { email: 'second@example.com', verified: false }] });
      const s1 = await call('stytch-bridge', { body: { session_token: none.sessionToken } });
      assert.equal(s1.status, 200, s1.text);
      assert.equal(decodeJwtPart(s1.json.accessToken).email, undefined, 'no verified address: no email, not the first one');
      const later = idp.stytch.registerSession({ emails: [{ email: 'old@example.com', verified: false }, { email: 'new@example.com', verified: true }] });
      const s2 = await call('stytch-bridge', { body: { session_token: later.sessionToken } });
      assert.equal(decodeJwtPart(s2.json.accessToken).email, 'new@example.com');
    });

    test('degenerate keys and out-of-range times are 401s, never 500s', async () => {
      const w = idp.workos;
      // A 1024-bit key (jose refuses to make one) whose modulus is left-padded with zero bytes
      // to 256 bytes, and a token it really signed.
      const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
      const weakJwk = weak.publicKey.export({ format: 'jwk' });
      const n = Buffer.from(weakJwk.n, 'base64url');
      const padded = Buffer.concat([Buffer.alloc(256 - n.length), n]).toString('base64url');
      const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const input = `${part({ alg: 'RS256', kid: 'weak-padded', typ: 'JWT' })}.${part(decodeJwtPart(await w.accessToken()))}`;
      const weakToken = `${input}.${cryptoSign('sha256', Buffer.from(input), weak.privateKey).toString('base64url')}`;
      const keys = [
        w.currentKey.publicJwk,
        { kty: 'RSA', kid: 'weak-padded', use: 'sig', alg: 'RS256', n: padded, e: weakJwk.e },
        { ...w.currentKey.publicJwk, kid: 'e-is-one', e: 'AQ' },
        { ...w.currentKey.publicJwk, kid: 'e-is-two', e: 'Ag' },
      ];
      // Pinned, so both contracts read exactly this set (no cached or cooled-down fetch).
      await stack.setSecrets({ WORKOS_JWKS: JSON.stringify({ keys }) });
      try {
        const cases = [
          ['1024-bit modulus padded to 256 bytes', weakToken],
          ['e = 1', await w.accessToken({ header: { kid: 'e-is-one' } })],
          ['e = 2', await w.accessToken({ header: { kid: 'e-is-two' } })],
        ];
        for (const [name, token] of cases) {
          const r = await call('workos-bridge', { token });
          assert.deepEqual([r.status, r.json?.error, r.json?.statusCode], [401, 'unknown_key', 401], `${name}: ${r.text}`);
        }
        const ok = await call('workos-bridge', { token: await w.accessToken() });
        assert.equal(ok.status, 200, `the good key of the same set still verifies: ${ok.text}`);
        for (const exp of [2 ** 63, 2 ** 64, 1e30]) {
          const r = await call('workos-bridge', { token: await w.accessToken({ claims: { exp } }) });
          assert.deepEqual([r.status, r.json?.error], [401, 'invalid_token'], `exp ${exp}: ${r.text}`);
          assert.match(r.json.message, /below 2\^63/);
        }
      } finally {
        await stack.setSecrets({ WORKOS_JWKS: '' });
      }
    });

    test('provider outages and errors: 503 unreachable, 502 provider error, never 404', async () => {
      const token = await idp.workos.accessToken({ user: idp.workos.newUser() });
      await idp.workos.setDown(true);
      try {
        const down = await call('workos-bridge', { token });
        // Cloud may still hold the JWKS from earlier tests: then it verifies without the network.
        if (contract === 'self-hosted') assert.deepEqual([down.status, down.json?.error], [503, 'provider_unreachable']);
        else assert.ok([200, 503].includes(down.status), down.text);
      } finally {
        await idp.workos.setDown(false);
      }
      idp.stytch.setFail(500);
      try {
        const r = await call('stytch-bridge', { body: { session_token: 'c29tZS1vcGFxdWUtc2Vzc2lvbi10b2tlbi12YWx1ZQ' } });
        assert.deepEqual([r.status, r.json?.error], [502, 'provider_error']);
      } finally {
        idp.stytch.setFail(null);
      }
      const secret = idp.stytch.expectedSecret;
      idp.stytch.expectedSecret = 'rotated-by-someone';
      try {
        const r = await call('stytch-bridge', { body: { session_token: 'c29tZS1vcGFxdWUtc2Vzc2lvbi10b2tlbi12YWx1ZQ' } });
        // Stytch's 401 and 404 both mean the session is not accepted.
        assert.deepEqual([r.status, r.json?.error], [401, 'invalid_session']);
      } finally {
        idp.stytch.expectedSecret = secret;
      }
      await idp.stytch.setDown(true);
      try {
        const r = await call('stytch-bridge', { body: { session_token: 'c29tZS1vcGFxdWUtc2Vzc2lvbi10b2tlbi12YWx1ZQ' } });
        assert.deepEqual([r.status, r.json?.error], [503, 'provider_unreachable']);
      } finally {
        await idp.stytch.setDown(false);
      }
    });

    test('a provider that stalls mid-body (after its headers): 503 provider_unreachable within the deadline, in every bridge', async () => {
      // Fresh JWKS URLs: no isolate has a cached set for them, so each exchange must fetch.
      const run = `${contract}-${Date.now()}`;
      const cases = [
        ['workos-bridge', idp.workos, { WORKOS_JWKS_URL: `${idp.workos.url}/stall/workos-${run}` }, { WORKOS_JWKS_URL: idp.workos.jwksUrl }, async () => ({ token: await idp.workos.accessToken({ user: idp.workos.newUser() }) })],
        ['kinde-bridge', idp.kinde, { KINDE_JWKS_URL: `${idp.kinde.url}/stall/kinde-${run}` }, { KINDE_JWKS_URL: '' }, async () => ({ token: await idp.kinde.accessToken({ aud: [KINDE_AUDIENCE] }) })],
        ['stytch-bridge', idp.stytch, {}, {}, async () => ({ body: { session_token: 'c29tZS1vcGFxdWUtc2Vzc2lvbi10b2tlbi12YWx1ZQ' } })],
      ];
      for (const [slug, mock, secrets, restore, request] of cases) {
        mock.setStall(slug === 'stytch-bridge' ? '/v1/sessions/authenticate' : '/stall/');
        if (Object.keys(secrets).length) await stack.setSecrets(secrets);
        try {
          const t0 = Date.now();
          const r = await call(slug, await request());
          const took = Date.now() - t0;
          assert.deepEqual([r.status, r.json?.error, r.json?.statusCode], [503, 'provider_unreachable', 503], `${slug}: ${r.text}`);
          assert.ok(took >= 4500 && took < 15000, `${slug}: answered after ${took} ms`);
          assert.equal(r.headers.get('cache-control'), 'no-store');
        } finally {
          mock.setStall(null);
          if (Object.keys(restore).length) await stack.setSecrets(restore);
        }
      }
    });

    test('key rotation: an unknown kid refetches the JWKS once', async () => {
      await idp.kinde.rotateKey({ keepOld: false });
      idp.kinde.resetCounts();
      const r = await call('kinde-bridge', { token: await idp.kinde.accessToken({ aud: [KINDE_AUDIENCE] }) });
      assert.equal(r.status, 200, r.text);
      const fetches = idp.kinde.count('/.well-known/jwks');
      // Self-hosted starts every request empty (one fetch); Cloud had the old set cached (one refetch).
      assert.equal(fetches, 1);
      idp.kinde.resetCounts();
      const again = await call('kinde-bridge', { token: await idp.kinde.accessToken({ aud: [KINDE_AUDIENCE] }) });
      assert.equal(again.status, 200);
      assert.equal(idp.kinde.count('/.well-known/jwks'), contract === 'cloud' ? 0 : 1, 'Cloud caches the JWKS per isolate');
      idp.kinde.resetCounts();
      for (let i = 0; i < 3; i++) {
        const bogus = await call('kinde-bridge', { token: await idp.kinde.accessToken({ aud: [KINDE_AUDIENCE], header: { kid: `random-${i}` } }) });
        assert.equal(bogus.json?.error, 'unknown_key');
      }
      assert.ok(idp.kinde.count('/.well-known/jwks') <= (contract === 'cloud' ? 1 : 3), 'random kids cannot hammer the provider');
    });

    test('configuration errors: 500 naming the secret, origin policy 403; no secret ever leaks', async () => {
      await stack.setSecrets({ BRIDGE_ALLOWED_ORIGINS: 'https://app.example' });
      const token = await idp.workos.accessToken();
      const allowed = await call('workos-bridge', { token, headers: { Origin: 'https://app.example' } });
      assert.equal(allowed.status, 200, allowed.text);
      // The InsForge proxy sets its own `Access-Control-Allow-Origin: *`; the refusal below is what enforces the list.
      assert.ok(['*', 'https://app.example'].includes(allowed.headers.get('access-control-allow-origin')));
      const refused = await call('workos-bridge', { token, headers: { Origin: 'https://evil.example' } });
      assert.deepEqual([refused.status, refused.json?.error], [403, 'origin_not_allowed']);

      await stack.setSecrets({ BRIDGE_ALLOWED_ORIGINS: '*', WORKOS_CLIENT_ID: '' });
      const missing = await call('workos-bridge', { token });
      assert.deepEqual([missing.status, missing.json?.error], [500, 'missing_secret']);
      assert.match(missing.json.message, /WORKOS_CLIENT_ID/);
      // The method is checked before the configuration: a GET is the 405, secrets or not.
      for (const method of ['GET', 'DELETE']) {
        const wrong = await call('workos-bridge', { method, token });
        assert.deepEqual([wrong.status, wrong.json?.error], [405, 'method_not_allowed'], `${method} without WORKOS_CLIENT_ID`);
      }
      await stack.setSecrets({ WORKOS_CLIENT_ID: idp.workos.clientId, BRIDGE_TOKEN_TTL_SECONDS: '999999' });
      const bad = await call('workos-bridge', { token });
      assert.deepEqual([bad.status, bad.json?.error], [500, 'invalid_secret']);
      await stack.setSecrets({ BRIDGE_TOKEN_TTL_SECONDS: '' });

      const logs = stack.logs();
      for (const name of ['JWT_SECRET', 'STYTCH_SECRET', 'API_KEY']) {
        const value = stack.secrets[name];
        assert.ok(value && value.length >= 8);
        assert.ok(!logs.includes(value), `${name} appears in the runtime logs`);
        assert.ok(!bad.text.includes(value) && !missing.text.includes(value));
      }
    });
  });
}
