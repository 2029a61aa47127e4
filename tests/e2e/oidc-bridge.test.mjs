// End to end: functions/dist/oidc-bridge.js in BOTH InsForge contracts against local OpenID
// Connect issuers (tests/support/oidc-providers.mjs) shaped like Clerk, Auth0, Firebase,
// Cognito, Entra, Google, Supabase and a generic PS256 issuer; discovery, RS256/PS256/ES256
// through WebCrypto, BRIDGE_CLAIMS, and organisation-scoped RLS (migrations/005, 006) on
// PostgreSQL through the real @insforge/sdk: the mapped claims reach SQL through the
// bridge_claims table the bridge writes at each exchange.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { decodeJwtPart } from '../support/providers.mjs';
import { generateKey, startOidcProviders } from '../support/oidc-providers.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** The token with its header members replaced (the signature no longer matters). */
function withHeader(token, members) {
  const [h, p, sig] = token.split('.');
  const header = { ...JSON.parse(Buffer.from(h, 'base64url')), ...members };
  return `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${p}.${sig}`;
}
const UNSET = { OIDC_PRESET: '', OIDC_ISSUER: '', OIDC_AUDIENCE: '', OIDC_JWKS_URL: '', OIDC_JWKS: '', OIDC_TOKEN_USE: '', OIDC_REFUSE_ANONYMOUS: '', BRIDGE_CLAIMS: '', BRIDGE_ALLOWED_ORIGINS: '' };

let cluster;
before(async () => {
  cluster = await startPostgres();
});
after(async () => {
  await cluster?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`oidc-bridge, ${contract} contract`, () => {
    let stack;
    let idp;
    let anon;
    let databaseUrl;

    async function call({ token, body, headers = {}, method = 'POST' } = {}) {
      const h = { ...headers };
      if (token !== undefined) h.Authorization = `Bearer ${token}`;
      if (body !== undefined) h['Content-Type'] = 'application/json';
      const res = await fetch(`${stack.baseUrl}/functions/oidc-bridge`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
      return readReply(res);
    }

    /** Configures the function for one provider (every other OIDC secret unset). */
    const configure = (secrets) => stack.setSecrets({ ...UNSET, ...secrets });

    const presets = () => ({
      clerk: { OIDC_PRESET: 'clerk', OIDC_ISSUER: idp.clerk.issuer, OIDC_AUDIENCE: idp.clerk.audience, BRIDGE_ALLOWED_ORIGINS: idp.clerk.origin, BRIDGE_CLAIMS: JSON.stringify({ org_id: ['/o/id', '/org_id'] }) },
      auth0: { OIDC_PRESET: 'auth0', OIDC_ISSUER: idp.auth0.issuer, OIDC_AUDIENCE: `${idp.auth0.api},${idp.auth0.clientId}`, BRIDGE_CLAIMS: JSON.stringify({ roles: '/https:~1~1app.example.com~1roles', org_id: '/https:~1~1app.example.com~1org' }) },
      firebase: { OIDC_PRESET: 'firebase', OIDC_ISSUER: idp.firebase.issuer, OIDC_AUDIENCE: idp.firebase.project, BRIDGE_CLAIMS: JSON.stringify({ sign_in: '/firebase/sign_in_provider' }) },
      cognito: { OIDC_PRESET: 'cognito', OIDC_ISSUER: idp.cognito.issuer, OIDC_AUDIENCE: idp.cognito.clientId, BRIDGE_CLAIMS: JSON.stringify({ groups: '/cognito:groups' }) },
      entra: { OIDC_PRESET: 'entra', OIDC_ISSUER: idp.entra.issuer, OIDC_AUDIENCE: idp.entra.clientId, BRIDGE_CLAIMS: JSON.stringify({ tenant: '/tid' }) },
      google: { OIDC_PRESET: 'google', OIDC_ISSUER: idp.google.issuer, OIDC_AUDIENCE: idp.google.clientId, BRIDGE_CLAIMS: JSON.stringify({ hd: '/hd' }) },
      supabase: { OIDC_PRESET: 'supabase', OIDC_ISSUER: idp.supabase.issuer },
      oidc: { OIDC_ISSUER: idp.oidc.issuer, OIDC_AUDIENCE: idp.oidc.clientId },
    });

    before(async () => {
      idp = await startOidcProviders();
      databaseUrl = await freshDatabase(cluster.url, `oidc_${contract.replace('-', '_')}`);
      stack = await startStack({
        contract,
        databaseUrl,
        functionsDir: join(ROOT, 'functions/dist'),
        secrets: {},
      });
      anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
    });

    after(async () => {
      await stack?.stop();
      await idp?.close();
    });

    async function signIn(providerToken) {
      const { data, error } = await anon.functions.invoke('oidc-bridge', { headers: { Authorization: `Bearer ${providerToken}` } });
      assert.equal(error, null, `invoke: ${JSON.stringify(error)}`);
      const claims = jwt.verify(data.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
      return { data, claims, sub: claims.sub, db: createClient({ baseUrl: stack.baseUrl, accessToken: data.accessToken }).database };
    }

    test('Clerk v1 and v2 session tokens: org_id by BRIDGE_CLAIMS reaches RLS through bridge_claims (real SDK)', async () => {
      await configure(presets().clerk);
      const c = idp.clerk;
      const [alice, bob, carol, dave] = [c.newUser(), c.newUser(), c.newUser(), c.newUser()];
      const a = await signIn(await c.sessionV2({ user: alice, org: 'org_alpha', ttl: 600 }));
      const b = await signIn(await c.sessionV2({ user: bob, org: 'org_beta', ttl: 600 }));
      const cv1 = await signIn(await c.sessionV1({ user: carol, org: 'org_alpha' }));
      const d = await signIn(await c.sessionV2({ user: dave }));
      assert.equal(a.claims.org_id, 'org_alpha', 'v2 o.id');
      assert.equal(cv1.claims.org_id, 'org_alpha', 'v1 org_id');
      assert.equal(b.claims.org_id, 'org_beta');
      assert.equal(d.claims.org_id, undefined);
      assert.equal(a.claims.role, 'authenticated');
      assert.equal(a.data.provider, 'clerk');

      // Each exchange recorded the user's mapped claims, expiring with the minted token.
      const row = async (who) => (await stack.query('select bridge, claims, extract(epoch from expires_at)::bigint as exp from bridge_claims where sub = $1', [who.sub])).rows;
      assert.deepEqual(await row(alice), [{ bridge: 'clerk', claims: { org_id: 'org_alpha' }, exp: String(a.claims.exp) }]);
      assert.deepEqual(await row(dave), [{ bridge: 'clerk', claims: {}, exp: String(d.claims.exp) }]);

      // Organisation-scoped RLS through the database API as InsForge runs it: the SDK with the
      // minted token (PostgREST sees only its sub, email and role).
      const insert = async (who, row) => {
        const { data, error } = await who.db.from('org_notes').insert(row).select('org_id, author_id');
        return error ? { error: error.code } : data;
      };
      const bodies = async (who, org) => {
        let q = who.db.from('org_notes').select('body').order('body');
        if (org) q = q.eq('org_id', org);
        const { data, error } = await q;
        assert.equal(error, null, JSON.stringify(error));
        return data.map((r) => r.body);
      };
      assert.deepEqual(await insert(a, { body: 'alpha by alice' }), [{ org_id: 'org_alpha', author_id: alice.sub }], 'org_id defaults to requesting_claim(org_id)');
      assert.deepEqual(await insert(cv1, { body: 'alpha by carol' }), [{ org_id: 'org_alpha', author_id: carol.sub }]);
      assert.deepEqual(await insert(b, { body: 'beta by bob' }), [{ org_id: 'org_beta', author_id: bob.sub }]);
      assert.deepEqual(await bodies(a), ['alpha by alice', 'alpha by carol'], 'every member of the organisation');
      assert.deepEqual(await bodies(cv1), ['alpha by alice', 'alpha by carol']);
      assert.deepEqual(await bodies(b), ['beta by bob']);
      assert.deepEqual(await bodies(b, 'org_alpha'), []);
      assert.deepEqual(await insert(b, { body: 'into alpha', org_id: 'org_alpha' }), { error: '42501' }, 'no writing into another organisation');
      const upd = await b.db.from('org_notes').update({ body: 'defaced' }).eq('org_id', 'org_alpha').select();
      assert.deepEqual([upd.error, upd.data], [null, []], 'no updating another organisation');
      const del = await b.db.from('org_notes').delete().eq('org_id', 'org_alpha').select();
      assert.deepEqual([del.error, del.data], [null, []], 'no deleting in another organisation');
      assert.deepEqual(await bodies(d), [], 'no organisation: no rows');
      assert.ok((await insert(d, { body: 'x' })).error, 'no organisation: no writes');
      assert.deepEqual((await anon.database.from('org_notes').select('*')).data ?? [], []);
      assert.equal((await stack.query('select count(*)::int as n from org_notes')).rows[0].n, 3);
      assert.equal((await a.db.rpc('requesting_claim', { name: 'org_id' })).data, 'org_alpha');
      assert.equal((await d.db.rpc('requesting_claim', { name: 'org_id' })).data, null);

      // bridge_claims is private: neither users nor anon read or write it.
      for (const who of [a.db, anon.database]) {
        const read = await who.from('bridge_claims').select('*');
        assert.equal(read.error?.code, '42501', JSON.stringify(read));
        const write = await who.from('bridge_claims').upsert({ sub: alice.sub, bridge: 'clerk', claims: { org_id: 'org_beta' }, expires_at: '2999-01-01T00:00:00Z' }).select();
        assert.equal(write.error?.code, '42501', JSON.stringify(write));
        const rec = await who.rpc('bridge_claims_record', { p_sub: alice.sub, p_bridge: 'clerk', p_record: '{"iat":9999999999,"claims":{"org_id":"org_beta"}}', p_expires_at: '2999-01-01T00:00:00Z', p_not_after: '2999-01-01T00:00:00Z' });
        assert.equal(rec.error?.code, '42501', `only the API key records claims: ${JSON.stringify(rec)}`);
      }

      // Switching organisation: visibility moves at the next exchange. The claims are the
      // user's, not the token's: Alice's earlier, still valid token follows them too.
      const a2 = await signIn(await c.sessionV2({ user: alice, org: 'org_beta' }));
      assert.deepEqual(await bodies(a2), ['beta by bob']);
      assert.deepEqual(await bodies(a), ['beta by bob'], 'the latest exchange decides for every token of the user');
      assert.deepEqual(await insert(a2, { body: 'beta by alice' }), [{ org_id: 'org_beta', author_id: alice.sub }]);
      assert.deepEqual(await bodies(cv1), ['alpha by alice', 'alpha by carol'], 'nobody else moved');
      // Leaving every organisation (a token without one) drops the rights at once.
      const a3 = await signIn(await c.sessionV2({ user: alice }));
      assert.deepEqual([await bodies(a3), await bodies(a2)], [[], []]);

      // The claims expire with the token minted by the latest exchange: Bob's second token
      // is capped by a provider token valid for 2 s; past it, his first token (still valid
      // itself) carries no organisation any more.
      const bShort = await signIn(await c.sessionV2({ user: bob, org: 'org_beta', ttl: 2 }));
      assert.ok(bShort.claims.exp - bShort.claims.iat <= 2);
      assert.deepEqual(await bodies(bShort), ['beta by alice', 'beta by bob']);
      await new Promise((r) => setTimeout(r, (bShort.claims.exp + 1) * 1000 - Date.now() + 200));
      const expired = await bShort.db.from('org_notes').select('*');
      assert.equal(expired.status, 401, `the short token itself is expired: ${JSON.stringify(expired)}`);
      const stillValid = await b.db.from('todos').select('*');
      assert.equal(stillValid.error, null, 'the first token is still valid');
      assert.deepEqual(await bodies(b), [], 'but the claims expired with the latest minted token');
      assert.equal((await b.db.rpc('requesting_claim', { name: 'org_id' })).data, null);
      const b3 = await signIn(await c.sessionV2({ user: bob, org: 'org_beta' }));
      assert.deepEqual([await bodies(b3), await bodies(b)], [['beta by alice', 'beta by bob'], ['beta by alice', 'beta by bob']], 'a new exchange restores them');
    });

    test('BRIDGE_CLAIMS write refused: 503 claims_unavailable, no token, the recorded claims unchanged', async () => {
      await configure(presets().clerk);
      const c = idp.clerk;
      const erin = c.newUser();
      const e1 = await signIn(await c.sessionV2({ user: erin, org: 'org_gamma' }));
      assert.deepEqual(await e1.db.rpc('requesting_claim', { name: 'org_id' }).then((r) => r.data), 'org_gamma');
      await stack.query(`create or replace function test_refuse_claims() returns trigger language plpgsql as $$ begin raise exception 'bridge_claims writes refused (test)'; end $$`);
      await stack.query('create trigger test_refuse_claims before insert or update on bridge_claims for each row execute function test_refuse_claims()');
      try {
        const r = await call({ token: await c.sessionV2({ user: erin, org: 'org_delta' }) });
        assert.deepEqual([r.status, r.json?.error, r.json?.statusCode], [503, 'claims_unavailable', 503], r.text);
        assert.equal(typeof r.json.message, 'string');
        assert.equal(r.json.accessToken, undefined);
        assert.doesNotMatch(r.text, /eyJ|refused \(test\)/, 'no token, no database detail');
        const leave = await call({ token: await c.sessionV2({ user: erin }) });
        assert.equal(leave.status, 503, 'leaving the organisation is not acknowledged either');
        assert.equal(await e1.db.rpc('requesting_claim', { name: 'org_id' }).then((x) => x.data), 'org_gamma', 'the last recorded claims stand');
        // Without BRIDGE_CLAIMS nothing is written, so nothing can fail.
        const plain = { ...presets().clerk, BRIDGE_CLAIMS: '' };
        await configure(plain);
        assert.equal((await call({ token: await c.sessionV2({ user: erin, org: 'org_delta' }) })).status, 200);
      } finally {
        await stack.query('drop trigger if exists test_refuse_claims on bridge_claims');
        await stack.query('drop function if exists test_refuse_claims()');
      }
      await configure(presets().clerk);
      const e2 = await signIn(await c.sessionV2({ user: erin, org: 'org_delta' }));
      assert.equal(await e2.db.rpc('requesting_claim', { name: 'org_id' }).then((r) => r.data), 'org_delta');
      const logs = stack.logs();
      assert.match(logs, /oidc-bridge: BRIDGE_CLAIMS not recorded \(error P0001\)/);
      assert.doesNotMatch(logs, /refused \(test\)/);
    });

    test('claims exactly as signed: two organisations whose 64-bit ids differ past 2^53 share no rows (real SDK)', async () => {
      await configure(presets().clerk);
      const c = idp.clerk;
      const [ivy, jon] = [c.newUser(), c.newUser()];
      // Snowflake-size ids: as JS numbers both would be 1234567890123456800.
      const [orgI, orgJ] = ['1234567890123456789', '1234567890123456790'];
      const i = await signIn(await c.sessionV1Raw({ user: ivy, orgJson: orgI }));
      const j = await signIn(await c.sessionV1Raw({ user: jon, orgJson: orgJ }));
      const stored = async (who) => (await stack.query("select claims->>'org_id' as org, claims::text as text from bridge_claims where sub = $1", [who.sub])).rows[0];
      assert.deepEqual(await stored(ivy), { org: orgI, text: `{"org_id": ${orgI}}` });
      assert.deepEqual(await stored(jon), { org: orgJ, text: `{"org_id": ${orgJ}}` });
      assert.equal((await i.db.rpc('requesting_claim', { name: 'org_id' })).data, orgI);
      assert.equal((await j.db.rpc('requesting_claim', { name: 'org_id' })).data, orgJ);
      const add = async (who, body) => {
        const { data, error } = await who.db.from('org_notes').insert({ body }).select('org_id');
        assert.equal(error, null, JSON.stringify(error));
        return data[0].org_id;
      };
      assert.equal(await add(i, 'ivy note'), orgI);
      assert.equal(await add(j, 'jon note'), orgJ);
      const read = async (who) => (await who.db.from('org_notes').select('body')).data.map((r) => r.body);
      assert.deepEqual(await read(i), ['ivy note'], 'organisation …789 reads only its own rows');
      assert.deepEqual(await read(j), ['jon note'], 'organisation …790 reads only its own rows');
    });

    test('claims follow the newest provider token: an older, still valid token cannot bring back a dropped organisation', async () => {
      await configure(presets().clerk);
      const c = idp.clerk;
      const kim = c.newUser();
      const now = Math.floor(Date.now() / 1000);
      const withOrg = await c.sessionV2({ user: kim, org: 'org_kappa', claims: { iat: now - 20 }, ttl: 600 });
      const withoutOrg = await c.sessionV2({ user: kim, claims: { iat: now - 10 }, ttl: 600 });
      const k1 = await signIn(withOrg);
      assert.equal((await k1.db.rpc('requesting_claim', { name: 'org_id' })).data, 'org_kappa');
      const k2 = await signIn(withoutOrg);
      assert.equal((await k2.db.rpc('requesting_claim', { name: 'org_id' })).data, null, 'leaving the organisation drops its rights');
      // The older token with the organisation, exchanged again: refused, and nothing moves.
      const again = await call({ token: withOrg });
      assert.deepEqual([again.status, again.json?.error, again.json?.statusCode], [409, 'token_superseded', 409], again.text);
      assert.equal(again.json.accessToken, undefined);
      for (const who of [k1, k2]) assert.equal((await who.db.rpc('requesting_claim', { name: 'org_id' })).data, null);
      assert.deepEqual((await stack.query('select claims, provider_iat from bridge_claims where sub = $1', [kim.sub])).rows, [{ claims: {}, provider_iat: String(now - 10) }]);
      // The same token again, and a newer one, are accepted.
      assert.equal((await call({ token: withoutOrg })).status, 200);
      const k3 = await signIn(await c.sessionV2({ user: kim, org: 'org_lambda' }));
      assert.equal((await k3.db.rpc('requesting_claim', { name: 'org_id' })).data, 'org_lambda');
    });

    test('a claims write that reaches the database after the 5 s deadline changes nothing', async () => {
      await configure(presets().clerk);
      const c = idp.clerk;
      const lea = c.newUser();
      await signIn(await c.sessionV2({ user: lea, org: 'org_mu' }));
      // Hold the user's row locked past the bridge's deadline.
      const locker = new pg.Client({ connectionString: databaseUrl });
      await locker.connect();
      try {
        await locker.query('begin');
        await locker.query('select * from bridge_claims where sub = $1 for update', [lea.sub]);
        const r = await call({ token: await c.sessionV2({ user: lea, org: 'org_nu' }) });
        assert.deepEqual([r.status, r.json?.error], [503, 'claims_unavailable'], r.text);
        assert.equal(r.json.accessToken, undefined);
        await locker.query('commit');
      } finally {
        await locker.end();
      }
      // The queued write now runs, past its deadline: refused by the database.
      await new Promise((res) => setTimeout(res, 1000));
      const row = (await stack.query("select claims->>'org_id' as org from bridge_claims where sub = $1", [lea.sub])).rows;
      assert.deepEqual(row, [{ org: 'org_mu' }], 'the late write did not land');
    });

    test('a discovery document or JWKS that stalls after its headers: 503 provider_unreachable', async () => {
      const g = idp.oidc;
      const run = `${contract}-${Date.now()}`;
      // A fresh JWKS URL (no isolate has it cached), then a fresh issuer's discovery document.
      g.setStall('/stall/');
      try {
        await configure({ ...presets().oidc, OIDC_JWKS_URL: `${g.url}/stall/jwks-${run}` });
        const t0 = Date.now();
        const r = await call({ token: await g.idToken() });
        assert.deepEqual([r.status, r.json?.error, r.json?.statusCode], [503, 'provider_unreachable', 503], r.text);
        assert.ok(Date.now() - t0 < 15000);
        const issuer = `${g.url}/stall/issuer-${run}`;
        await configure({ ...presets().oidc, OIDC_ISSUER: issuer });
        const d = await call({ token: await g.idToken({ claims: { iss: issuer } }) });
        assert.deepEqual([d.status, d.json?.error, d.json?.statusCode], [503, 'provider_unreachable', 503], d.text);
        assert.equal(d.headers.get('cache-control'), 'no-store');
      } finally {
        g.setStall(null);
      }
    });

    test('requesting_claim: the recorded row wins whenever the user has one, else the token claim; 005/006/007 re-run cleanly', async () => {
      // A database whose requests carry the whole token (not InsForge's database API): the
      // claims are set as PostgREST would set them from it.
      const claimOf = async (claims) => {
        const cl = new pg.Client({ connectionString: databaseUrl });
        await cl.connect();
        try {
          await cl.query('begin');
          await cl.query('set local role authenticated');
          await cl.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify(claims)]);
          return (await cl.query("select public.requesting_claim('org_id') as v")).rows[0].v;
        } finally {
          await cl.query('rollback');
          await cl.end();
        }
      };
      assert.equal(await claimOf({ sub: 'user_never_exchanged', role: 'authenticated', org_id: 'org_token' }), 'org_token');
      await configure(presets().clerk);
      const frank = idp.clerk.newUser();
      await signIn(await idp.clerk.sessionV2({ user: frank }));
      assert.equal(await claimOf({ sub: frank.sub, role: 'authenticated', org_id: 'org_token' }), null, 'a row of {} wins over the token');
      await stack.query("update bridge_claims set claims = '{\"org_id\":\"org_row\"}', expires_at = now() - interval '1 second' where sub = $1", [frank.sub]);
      assert.equal(await claimOf({ sub: frank.sub, role: 'authenticated', org_id: 'org_token' }), null, 'an expired row still wins: no claims');
      // Idempotent: 006 again, and 005 then 006 again, keep the rows and the definition.
      const sql = (f) => readFileSync(join(ROOT, 'migrations', f), 'utf8');
      for (const files of [['006_bridge_claims_table.sql', '007_bridge_claims_newest.sql'], ['005_bridge_claims.sql', '006_bridge_claims_table.sql', '007_bridge_claims_newest.sql'], ['007_bridge_claims_newest.sql']]) {
        for (const f of files) await stack.query(sql(f));
        const def = (await stack.query("select prosecdef, provolatile, proconfig from pg_proc where proname = 'requesting_claim'")).rows;
        assert.deepEqual(def, [{ prosecdef: true, provolatile: 's', proconfig: ['search_path=pg_catalog, pg_temp'] }]);
        assert.equal(await claimOf({ sub: frank.sub, role: 'authenticated', org_id: 'org_token' }), null);
        const grants = (await stack.query("select grantee, privilege_type from information_schema.role_table_grants where table_name = 'bridge_claims' and grantee in ('anon', 'authenticated', 'PUBLIC')")).rows;
        assert.deepEqual(grants, [], 'bridge_claims stays private');
        const table = (await stack.query("select relrowsecurity from pg_class where relname = 'bridge_claims'")).rows;
        assert.deepEqual(table, [{ relrowsecurity: true }]);
        const rec = (await stack.query("select has_function_privilege('authenticated', 'bridge_claims_record(text,text,text,timestamptz,timestamptz)', 'execute') as a, has_function_privilege('anon', 'bridge_claims_record(text,text,text,timestamptz,timestamptz)', 'execute') as b")).rows;
        assert.deepEqual(rec, [{ a: false, b: false }], 'only the API key records claims');
      }
      assert.equal((await stack.query('select count(*)::int as n from bridge_claims where sub = $1', [frank.sub])).rows[0].n, 1);
    });

    test('every preset: the provider-shaped token mints, with its verified email and mapped claims', async () => {
      const p = presets();
      const cases = [
        ['auth0 access token (audience array, namespaced claims)', p.auth0, () => idp.auth0.accessToken({ roles: ['editor', 'viewer'] }), (cl) => {
          assert.deepEqual(cl.roles, ['editor', 'viewer']);
          assert.equal(cl.org_id, 'org_auth0');
          assert.equal(cl.email, undefined);
        }],
        ['auth0 ID token', p.auth0, () => idp.auth0.idToken({ email: 'a0@example.com' }), (cl) => assert.equal(cl.email, 'a0@example.com')],
        ['auth0 ID token, email not verified', p.auth0, () => idp.auth0.idToken({ verified: false }), (cl) => assert.equal(cl.email, undefined)],
        ['firebase', p.firebase, () => idp.firebase.idToken({ email: 'fb@example.com' }), (cl) => {
          assert.equal(cl.email, 'fb@example.com');
          assert.equal(cl.sign_in, 'password');
        }],
        ['cognito ID token', p.cognito, () => idp.cognito.idToken({ email: 'cg@example.com' }), (cl) => {
          assert.equal(cl.email, 'cg@example.com');
          assert.deepEqual(cl.groups, ['members']);
        }],
        ['cognito access token', p.cognito, () => idp.cognito.accessToken(), (cl) => assert.equal(cl.email, undefined)],
        ['entra v2 ID token, email without xms_edov', p.entra, () => idp.entra.idToken(), (cl) => {
          assert.equal(cl.email, undefined);
          assert.equal(cl.tenant, idp.entra.tenant);
        }],
        ['entra v2 ID token, xms_edov true', p.entra, () => idp.entra.idToken({ email: 'en@contoso.example', edov: true }), (cl) => assert.equal(cl.email, 'en@contoso.example')],
        ['google', p.google, () => idp.google.idToken({ email: 'g@example.com' }), (cl) => {
          assert.equal(cl.email, 'g@example.com');
          assert.equal(cl.hd, 'example.com');
        }],
        ['supabase (ES256), email_verified from a Custom Access Token Hook', p.supabase, () => idp.supabase.accessToken({ email: 'sb@example.com', hookVerified: true }), (cl) => assert.equal(cl.email, 'sb@example.com')],
        ['supabase, only the user-writable user_metadata.email_verified', p.supabase, () => idp.supabase.accessToken({ verified: true }), (cl) => assert.equal(cl.email, undefined)],
        ['supabase, the hook says not verified', p.supabase, () => idp.supabase.accessToken({ hookVerified: false }), (cl) => assert.equal(cl.email, undefined)],
        ['supabase anonymous user (allowed by default: its own sub, no email)', p.supabase, () => idp.supabase.accessToken({ anonymous: true }), (cl) => assert.equal(cl.email, undefined)],
        ['firebase anonymous user (allowed by default)', p.firebase, () => idp.firebase.idToken({ anonymous: true }), (cl) => {
          assert.equal(cl.email, undefined);
          assert.equal(cl.sign_in, 'anonymous');
        }],
        ['generic oidc (PS256)', p.oidc, () => idp.oidc.idToken({ email: 'o@example.com' }), (cl) => assert.equal(cl.email, 'o@example.com')],
      ];
      for (const [name, secrets, make, check] of cases) {
        await configure(secrets);
        const token = await make();
        const r = await call({ token });
        assert.equal(r.status, 200, `${name}: ${r.text}`);
        const claims = jwt.verify(r.json.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
        assert.equal(claims.sub, decodeJwtPart(token).sub, name);
        assert.equal(claims.role, 'authenticated', `${name}: a provider role is never copied`);
        assert.equal(claims.aud, 'insforge-api');
        check(claims);
      }
    });

    test('a negative matrix per provider: status and error code for each', async () => {
      const p = presets();
      const otherEs = await generateKey('ES256', idp.supabase.currentKey.kid);
      const cases = [
        ['clerk', 'azp not an allowed origin', p.clerk, () => idp.clerk.sessionV2({ azp: 'https://evil.example' }), 401, 'invalid_audience'],
        ['clerk', 'wrong issuer', p.clerk, () => idp.clerk.sessionV2({ claims: { iss: 'https://clerk.evil.example' } }), 401, 'invalid_issuer'],
        ['clerk', 'HS256', p.clerk, () => idp.clerk.sessionV2({ key: { kid: 'k', alg: 'HS256', privateKey: new TextEncoder().encode('x'.repeat(32)) } }), 401, 'unsupported_algorithm'],
        ['auth0', 'wrong audience', p.auth0, () => idp.auth0.accessToken({ claims: { aud: ['https://other.example'] } }), 401, 'invalid_audience'],
        ['auth0', 'issuer without its trailing slash', p.auth0, () => idp.auth0.accessToken({ claims: { iss: idp.auth0.issuer.replace(/\/$/, '') } }), 401, 'invalid_issuer'],
        ['auth0', 'unknown kid', p.auth0, () => idp.auth0.accessToken({ header: { kid: 'nope' } }), 401, 'unknown_key'],
        ['auth0', 'RS384', p.auth0, async () => withHeader(await idp.auth0.accessToken(), { alg: 'RS384' }), 401, 'unsupported_algorithm'],
        ['auth0', 'alg none', p.auth0, async () => withHeader(await idp.auth0.accessToken(), { alg: 'none' }).replace(/[^.]+$/, ''), 401, 'unsupported_algorithm'],
        ['firebase', 'token of another project', p.firebase, () => idp.firebase.idToken({ claims: { aud: 'other-project' } }), 401, 'invalid_audience'],
        ['cognito', 'refresh-like token_use', p.cognito, () => idp.cognito.idToken({ claims: { token_use: 'refresh' } }), 401, 'invalid_token'],
        ['cognito', 'access token of another app client', p.cognito, () => idp.cognito.accessToken({ claims: { client_id: 'other' } }), 401, 'invalid_audience'],
        ['cognito', 'access token, ID tokens only', { ...p.cognito, OIDC_TOKEN_USE: 'id' }, () => idp.cognito.accessToken(), 401, 'invalid_token'],
        ['entra', 'issuer of another tenant', p.entra, () => idp.entra.idToken({ claims: { iss: `${idp.entra.url}/${'0'.repeat(8)}-0000-0000-0000-000000000000/v2.0` } }), 401, 'invalid_issuer'],
        ['google', 'wrong audience', p.google, () => idp.google.idToken({ claims: { aud: 'other.apps.googleusercontent.com' } }), 401, 'invalid_audience'],
        ['supabase', 'signed by another key under the same kid', p.supabase, () => idp.supabase.accessToken({ key: otherEs }), 401, 'invalid_signature'],
        ['supabase', 'aud other than authenticated', p.supabase, () => idp.supabase.accessToken({ claims: { aud: 'anon' } }), 401, 'invalid_audience'],
        ['oidc', 'expired', p.oidc, () => idp.oidc.idToken({ claims: { exp: Math.floor(Date.now() / 1000) - 120 } }), 401, 'token_expired'],
        ['oidc', 'a claim BRIDGE_CLAIMS maps has an object value', { ...p.oidc, BRIDGE_CLAIMS: '{"meta":"/m"}' }, () => idp.oidc.idToken({ claims: { m: { a: 1 } } }), 401, 'invalid_token'],
        ['oidc', 'BRIDGE_CLAIMS naming a reserved claim', { ...p.oidc, BRIDGE_CLAIMS: '{"role":"/r"}' }, () => idp.oidc.idToken(), 500, 'invalid_secret'],
        ['oidc', 'no OIDC_AUDIENCE', { OIDC_ISSUER: idp.oidc.issuer }, () => idp.oidc.idToken(), 500, 'missing_secret'],
        ['clerk', 'no BRIDGE_ALLOWED_ORIGINS', { ...p.clerk, BRIDGE_ALLOWED_ORIGINS: '' }, () => idp.clerk.sessionV2(), 500, 'invalid_secret'],
        ['clerk', 'no OIDC_AUDIENCE (Clerk signs third-party templates with the same key)', { ...p.clerk, OIDC_AUDIENCE: '' }, () => idp.clerk.sessionV2(), 500, 'missing_secret'],
        ['clerk', 'a Convex JWT template (aud convex)', p.clerk, () => idp.clerk.sessionV2({ claims: { aud: 'convex' } }), 401, 'invalid_audience'],
        ['clerk', 'a template without aud (Hasura-style)', p.clerk, () => idp.clerk.sessionV2({ claims: { aud: undefined, 'https://hasura.io/jwt/claims': { 'x-hasura-default-role': 'user' } } }), 401, 'invalid_audience'],
        ['supabase', 'anonymous user with OIDC_REFUSE_ANONYMOUS', { ...p.supabase, OIDC_REFUSE_ANONYMOUS: 'true' }, () => idp.supabase.accessToken({ anonymous: true }), 403, 'anonymous_user_refused'],
        ['firebase', 'anonymous user with OIDC_REFUSE_ANONYMOUS', { ...p.firebase, OIDC_REFUSE_ANONYMOUS: 'true' }, () => idp.firebase.idToken({ anonymous: true }), 403, 'anonymous_user_refused'],
        ['supabase', 'OIDC_REFUSE_ANONYMOUS not a boolean', { ...p.supabase, OIDC_REFUSE_ANONYMOUS: 'refuse' }, () => idp.supabase.accessToken(), 500, 'invalid_secret'],
        ['clerk', 'BRIDGE_CLAIMS and a token without iat', p.clerk, () => idp.clerk.sessionV2({ claims: { iat: undefined } }), 401, 'invalid_token'],
      ];
      const failures = [];
      for (const [provider, name, secrets, make, status, code] of cases) {
        await configure(secrets);
        const r = await call({ token: await make() });
        if (r.status !== status || r.json?.error !== code || r.json?.statusCode !== status || typeof r.json?.message !== 'string') {
          failures.push(`${provider}: ${name}: expected ${status} ${code}, got ${r.status} ${r.text.slice(0, 200)}`);
        }
      }
      assert.deepEqual(failures, []);
      const claimsErr = await (async () => {
        await configure({ ...p.oidc, BRIDGE_CLAIMS: '{"role":"/r"}' });
        return call({ token: await idp.oidc.idToken() });
      })();
      assert.match(claimsErr.json.message, /BRIDGE_CLAIMS/);
    });

    test('discovery: an issuer mismatch is refused, the document is cached per isolate', async () => {
      const g = idp.google;
      await configure(presets().google);
      g.discoveryIssuer = 'https://accounts.evil.example';
      try {
        const r = await call({ token: await g.idToken() });
        // Cloud may hold the document from the previous test: then it still verifies.
        if (contract === 'self-hosted') assert.deepEqual([r.status, r.json?.error], [502, 'provider_error'], r.text);
        else assert.ok([200, 502].includes(r.status), r.text);
        if (r.status === 502) assert.match(r.json.message, /OIDC_ISSUER/);
      } finally {
        g.discoveryIssuer = null;
      }
      // A fresh issuer (another stand-in, never fetched by this isolate) with a lying document.
      const a = idp.auth0;
      a.discoveryIssuer = 'https://evil.example/';
      await configure({ ...presets().auth0, OIDC_ISSUER: a.issuer.replace('127.0.0.1', 'localhost') });
      try {
        const r = await call({ token: await a.accessToken({ claims: { iss: a.issuer.replace('127.0.0.1', 'localhost') } }) });
        assert.deepEqual([r.status, r.json?.error], [502, 'provider_error'], r.text);
      } finally {
        a.discoveryIssuer = null;
      }
      await configure(presets().supabase);
      idp.supabase.resetCounts();
      for (let i = 0; i < 2; i++) assert.equal((await call({ token: await idp.supabase.accessToken() })).status, 200);
      const discoveries = idp.supabase.count(idp.supabase.discoveryPath);
      assert.equal(discoveries, contract === 'cloud' ? 1 : 2, 'Cloud keeps the document across requests; self-hosted starts each request empty');
      // Pinned keys need no network at all.
      await configure({ ...presets().supabase, OIDC_JWKS: JSON.stringify(idp.supabase.jwks()) });
      idp.supabase.resetCounts();
      assert.equal((await call({ token: await idp.supabase.accessToken() })).status, 200);
      assert.equal(idp.supabase.count(), 0);
    });
  });
}
