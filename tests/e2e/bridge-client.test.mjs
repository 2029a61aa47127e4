// End to end: the app-side bridge client (packages/insforge-bridge-client) with the real
// @insforge/sdk against the local runtime (self-hosted contract: a fresh Deno 2.0.6 Worker per
// request, real PostgreSQL with RLS), the committed workos-bridge / stytch-bridge bundles, the
// WorkOS and Stytch stand-ins, and a realtime front answering Socket.IO handshakes.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { BridgeEvent, createBridgeClient } from '../../packages/insforge-bridge-client/src/index.js';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { decodeJwtPart, startProviders } from '../support/providers.mjs';
import { startRealtimeFront } from '../support/realtime.mjs';
import { denoBinary, toolEnv } from '../../scripts/lib/toolchain.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A user function that checks the bearer token as InsForge does (HS256 over JWT_SECRET, exp). */
const WHOAMI = `module.exports = async function (req) {
  const deny = (why) => new Response(JSON.stringify({ error: 'AUTH_UNAUTHORIZED', message: why, statusCode: 401 }), { status: 401, headers: { 'Content-Type': 'application/json' } });
  const m = /^Bearer (.+)$/.exec(req.headers.get('Authorization') || '');
  const parts = m ? m[1].split('.') : [];
  if (parts.length !== 3) return deny('no token');
  const bytes = (x) => Uint8Array.from(atob(x.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (x.length % 4)) % 4)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(Deno.env.get('JWT_SECRET')), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  if (!(await crypto.subtle.verify('HMAC', key, bytes(parts[2]), new TextEncoder().encode(parts[0] + '.' + parts[1])))) return deny('bad signature');
  const claims = JSON.parse(new TextDecoder().decode(bytes(parts[1])));
  if (!(claims.exp > Date.now() / 1000)) return deny('expired');
  return new Response(JSON.stringify({ sub: claims.sub }), { headers: { 'Content-Type': 'application/json' } });
};
`;
/** A user function that refuses every caller with 401. */
const ALWAYS_401 = `module.exports = async function () {
  return new Response(JSON.stringify({ error: 'AUTH_UNAUTHORIZED', message: 'never', statusCode: 401 }), { status: 401, headers: { 'Content-Type': 'application/json' } });
};
`;

/** The app's fetch, recording every request the SDK makes through it (path, bearer, status, times). */
function recorder() {
  const r = { calls: [] };
  r.fetch = async (input, init) => {
    const call = {
      path: new URL(input instanceof Request ? input.url : String(input)).pathname,
      bearer: /^Bearer (.+)$/.exec(new Headers(init?.headers).get('authorization') ?? '')?.[1] ?? null,
      body: typeof init?.body === 'string' ? init.body : null,
      start: Date.now(),
    };
    r.calls.push(call);
    try {
      const res = await fetch(input, init);
      call.status = res.status;
      return res;
    } catch (e) {
      call.status = 0;
      throw e;
    } finally {
      call.end = Date.now();
    }
  };
  r.to = (path) => r.calls.filter((c) => c.path === path);
  return r;
}

async function until(cond, { timeoutMs = 15_000, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await sleep(25);
  }
}

test('the type declarations: deno check of a usage file (with the uses they must refuse)', () => {
  const r = spawnSync(denoBinary('current'), ['check', '--no-lock', 'packages/insforge-bridge-client/test/types/usage.ts'], {
    cwd: ROOT,
    env: toolEnv({ DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }),
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
});

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

describe('bridge client (packages/insforge-bridge-client), self-hosted contract', () => {
  let stack;
  let idp;
  let anon;
  const clients = [];

  before(async () => {
    idp = await startProviders();
    stack = await startStack({
      contract: 'self-hosted',
      databaseUrl: await freshDatabase(pg.url, 'bridge_client'),
      functionsDir: join(ROOT, 'functions/dist'),
      secrets: {
        WORKOS_CLIENT_ID: idp.workos.clientId,
        WORKOS_JWKS_URL: idp.workos.jwksUrl,
        STYTCH_PROJECT_ID: idp.stytch.projectId,
        STYTCH_SECRET: idp.stytch.secret,
        STYTCH_API_BASE: idp.stytch.url,
      },
    });
    for (const [slug, code] of [['whoami', WHOAMI], ['always-401', ALWAYS_401]]) {
      const r = await stack.deploy(slug, code);
      assert.ok(r.success, `deploy ${slug}`);
    }
    anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
  });

  after(async () => {
    for (const c of clients) c.bc.signOut();
    await stack?.stop();
    await idp?.close();
  });

  /** A bridge client for `user` whose provider (WorkOS stand-in) issues tokens living `ttl` s. */
  function client({ user = idp.workos.newUser(), ttl = 300, baseUrl = stack.baseUrl, ...opts } = {}) {
    const rec = recorder();
    const provider = { calls: [], tokens: [] };
    const bc = createBridgeClient({
      baseUrl,
      anonKey: stack.secrets.ANON_KEY,
      bridge: 'workos-bridge',
      fetch: rec.fetch,
      getProviderToken: async (ctx) => {
        provider.calls.push({ ...ctx, at: Date.now() });
        const token = await idp.workos.accessToken({ user, ttl });
        provider.tokens.push(token);
        return token;
      },
      ...opts,
    });
    const events = [];
    bc.onAuthStateChange((event, session, error) => events.push({ event, at: Date.now(), session, error }));
    const sdkEvents = [];
    bc.client.auth.onAuthStateChange((event) => sdkEvents.push(event));
    const c = { bc, rec, provider, events, sdkEvents, user, exchanges: () => rec.to('/functions/workos-bridge') };
    clients.push(c);
    return c;
  }

  test('first exchange: the session, RLS through the client (each user reads only its rows), the token reaches functions', async () => {
    const alice = client({ user: idp.workos.newUser({ email: 'alice@example.com' }) });
    const bob = client({ user: idp.workos.newUser({ email: 'bob@example.com' }) });
    const a = await alice.bc.signIn();
    const b = await bob.bc.signIn();

    const claims = jwt.verify(a.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
    assert.equal(claims.sub, alice.user.sub);
    assert.deepEqual({ ...a.user }, { id: alice.user.sub, email: 'alice@example.com' });
    assert.equal(a.provider, 'workos');
    assert.equal(a.tokenType, 'Bearer');
    assert.equal(a.expiresAt, claims.exp);
    assert.equal(alice.bc.getSession(), a);
    assert.deepEqual(alice.events.map((e) => e.event), [BridgeEvent.SIGNED_IN]);
    assert.deepEqual(alice.sdkEvents, ['signedIn'], 'the SDK client got the token as a sign-in');
    const [exchange] = alice.exchanges();
    assert.equal(exchange.bearer, alice.provider.tokens[0], 'the bridge got the provider token, not an InsForge token');

    const db = (c) => c.bc.client.database;
    const ins = await db(alice).from('todos').insert([{ title: 'alice 1' }, { title: 'alice 2' }]).select();
    assert.equal(ins.error, null, JSON.stringify(ins.error));
    assert.deepEqual(ins.data.map((r) => r.user_id), [alice.user.sub, alice.user.sub]);
    assert.equal((await db(bob).from('todos').insert({ title: 'bob 1' }).select()).error, null);
    assert.deepEqual((await db(alice).from('todos').select('title').order('title')).data, [{ title: 'alice 1' }, { title: 'alice 2' }]);
    assert.deepEqual((await db(bob).from('todos').select('title')).data, [{ title: 'bob 1' }]);
    assert.deepEqual((await db(bob).from('todos').select('*').eq('user_id', alice.user.sub)).data, [], "B cannot read A's rows");
    assert.notEqual((await db(bob).from('todos').insert({ title: 'as alice', user_id: alice.user.sub }).select()).error, null);
    assert.deepEqual((await anon.database.from('todos').select('*')).data ?? [], [], 'anonymous sees no rows');
    assert.ok(alice.rec.to('/api/database/records/todos').every((c) => c.bearer === a.accessToken));

    const who = await alice.bc.client.functions.invoke('whoami');
    assert.equal(who.error, null, JSON.stringify(who.error));
    assert.deepEqual(who.data, { sub: alice.user.sub });
    assert.deepEqual((await bob.bc.client.functions.invoke('whoami')).data, { sub: bob.user.sub });

    // A request with the app's own Authorization is left alone: not replaced, not retried.
    const forged = `${a.accessToken.split('.').slice(0, 2).join('.')}.AAAA`;
    const own = await alice.bc.client.functions.invoke('whoami', { headers: { Authorization: `Bearer ${forged}` } });
    assert.equal(own.error?.statusCode, 401);
    assert.deepEqual(alice.rec.to('/functions/whoami').slice(-1).map((x) => x.bearer), [forged]);
    assert.equal(alice.rec.to('/functions/whoami').length, 2);
    assert.equal(alice.exchanges().length, 1);
    assert.equal(b.user.id, bob.user.sub);
  });

  test('Clerk-style short provider tokens (6 s): at least 3 refreshes, each before expiry, and no request fails', async () => {
    const c = client({ ttl: 6 });
    const first = await c.bc.signIn();
    const providerExp = decodeJwtPart(c.provider.tokens[0]).exp;
    assert.ok(first.expiresAt <= providerExp, 'the minted token never outlives the provider token');
    assert.ok(first.expiresAt - Math.floor(Date.now() / 1000) <= 6);

    const failures = [];
    let requests = 0;
    const endAt = Date.now() + 14_000;
    while (Date.now() < endAt) {
      const sel = await c.bc.client.database.from('todos').select('id');
      if (sel.error) failures.push(`select: ${JSON.stringify(sel.error)}`);
      const who = await c.bc.client.functions.invoke('whoami');
      if (who.error || who.data?.sub !== c.user.sub) failures.push(`whoami: ${JSON.stringify(who.error ?? who.data)}`);
      requests += 2;
      await sleep(100);
    }
    assert.deepEqual(failures, []);
    assert.ok(requests >= 20, `${requests} requests`);
    // A scheduled refresh may be under way: count once no exchange is in flight.
    for (let n = -1; n !== c.exchanges().length || c.exchanges().some((x) => x.end === undefined); ) {
      n = c.exchanges().length;
      await sleep(150);
    }

    const refreshes = c.events.filter((e) => e.event === BridgeEvent.TOKEN_REFRESHED);
    assert.ok(refreshes.length >= 3, `${refreshes.length} refreshes`);
    const sessions = c.events.filter((e) => e.event === BridgeEvent.SIGNED_IN || e.event === BridgeEvent.TOKEN_REFRESHED);
    for (let i = 1; i < sessions.length; i++) {
      assert.ok(sessions[i].at < sessions[i - 1].session.expiresAt * 1000, `refresh ${i} came before the previous token expired`);
      assert.notEqual(sessions[i].session.accessToken, sessions[i - 1].session.accessToken);
    }
    assert.equal(c.events.filter((e) => e.event === BridgeEvent.REFRESH_FAILED).length, 0);
    assert.equal(c.exchanges().length, sessions.length, 'one exchange per token: no extra, none on demand');
    assert.ok(c.provider.calls.slice(1).every((x) => x.reason === 'scheduled' && x.forceRefresh === true));
    assert.deepEqual(c.rec.calls.filter((x) => x.status === 401), [], 'no request was ever answered 401');
    assert.ok(c.sdkEvents.slice(1).every((e) => e === 'tokenRefreshed'), 'the SDK saw refreshes, not new sign-ins');
    c.bc.signOut();
  });

  test('concurrent callers share one exchange', async () => {
    const c = client();
    const got = await Promise.all([c.bc.signIn(), c.bc.signIn(), ...Array.from({ length: 10 }, () => c.bc.getAccessToken())]);
    assert.equal(c.provider.calls.length, 1);
    assert.equal(c.exchanges().length, 1);
    assert.equal(new Set(got.map((g) => (typeof g === 'string' ? g : g.accessToken))).size, 1);
    const selects = await Promise.all(Array.from({ length: 10 }, () => c.bc.client.database.from('todos').select('id')));
    assert.ok(selects.every((s) => s.error === null));
    assert.equal(c.exchanges().length, 1);
    c.bc.signOut();
  });

  test('401 from the database and from functions: one refresh shared by all, each call retried once', async () => {
    const c = client();
    const t0 = (await c.bc.signIn()).accessToken;
    assert.equal((await c.bc.client.database.from('todos').insert({ title: 'before rotation' }).select()).error, null);

    // InsForge's JWT secret changes: every token minted before is now refused with 401.
    await stack.setSecrets({ JWT_SECRET: randomBytes(32).toString('hex') });
    const results = await Promise.all([
      ...Array.from({ length: 5 }, () => c.bc.client.database.from('todos').select('title')),
      ...Array.from({ length: 3 }, () => c.bc.client.functions.invoke('whoami')),
    ]);
    for (const r of results) assert.equal(r.error, null, JSON.stringify(r.error));
    assert.ok(results.slice(5).every((r) => r.data.sub === c.user.sub));
    // (the row written before rotation is still there: RLS keys on sub, not on the secret)
    assert.ok(results.slice(0, 5).every((r) => r.data.some((row) => row.title === 'before rotation')));
    assert.equal(c.exchanges().length, 2, 'one refresh for all eight calls');
    assert.equal(c.provider.calls[1].reason, 'unauthorized');
    const t1 = c.bc.getSession().accessToken;
    jwt.verify(t1, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
    const db = c.rec.to('/api/database/records/todos').slice(1);
    assert.ok(db.filter((x) => x.status === 401).every((x) => x.bearer === t0));
    assert.ok(db.filter((x) => x.status === 401).length >= 1);
    assert.equal(db.filter((x) => x.bearer === t1 && x.status === 200).length, 5, 'each select succeeded once, with the new token');
    assert.deepEqual(c.rec.to('/api/auth/refresh'), [], "the SDK's own refresh flow is never used");
    assert.equal(c.events.at(-1).event, BridgeEvent.TOKEN_REFRESHED);

    // A function that refuses every token: one refresh and one retry, then the 401 is the answer;
    // a second call does not refresh again (a 401 that a fresh token also gets is not its age).
    await c.bc.refresh(); // an ordinary token again (the current one came from a 401 refresh)
    assert.equal(c.exchanges().length, 3);
    await sleep(1_100); // tokens minted within one second for one user are byte-identical
    const first = await c.bc.client.functions.invoke('always-401');
    assert.equal(first.error?.statusCode, 401);
    const second = await c.bc.client.functions.invoke('always-401');
    assert.equal(second.error?.statusCode, 401);
    assert.equal(c.rec.to('/functions/always-401').length, 3, 'two attempts, then one');
    assert.equal(c.exchanges().length, 4, 'a single extra exchange');
    assert.deepEqual(c.rec.to('/api/auth/refresh'), []);
    assert.equal((await c.bc.client.functions.invoke('whoami')).error, null, 'the session still works');
    c.bc.signOut();
  });

  test('the bridge down (provider JWKS unreachable): exponential backoff, callers fail fast meanwhile, then recovery', async () => {
    const c = client({ backoff: { baseMs: 300, maxMs: 1_200 } });
    await idp.workos.setDown(true);
    let error;
    try {
      error = await c.bc.signIn().catch((e) => e);
      assert.equal(error.name, 'BridgeError');
      assert.deepEqual([error.status, error.code], [503, 'provider_unreachable']);
      assert.ok(error.retryAt > Date.now());
      const meanwhile = await Promise.all(Array.from({ length: 5 }, () => c.bc.getAccessToken().catch((e) => e)));
      assert.ok(meanwhile.every((e) => e.code === 'provider_unreachable' && e.retryAt === error.retryAt));
      assert.equal(c.exchanges().length, 1, 'no exchange during the backoff');
      await until(() => c.exchanges().length >= 5 && c.exchanges()[4].end, {
        what: () => `5 attempts: ${JSON.stringify(c.exchanges())} ${JSON.stringify(c.events.map((e) => [e.event, e.at, e.error?.code, e.error?.retryAt]))}`,
      });
    } finally {
      await idp.workos.setDown(false);
    }
    const attempts = c.exchanges();
    const ceilings = [300, 600, 1_200, 1_200];
    for (const [i, d] of ceilings.entries()) {
      const wait = attempts[i + 1].start - attempts[i].end;
      assert.ok(wait >= d / 2 - 20 && wait <= d + 250, `wait ${i + 1} = ${wait} ms, expected ${d / 2}–${d}`);
    }
    assert.ok(attempts.every((x) => x.status === 503));
    await until(() => c.events.some((e) => e.event === BridgeEvent.SIGNED_IN), {
      what: () => `recovery: ${JSON.stringify(c.exchanges().slice(4))} ${JSON.stringify(c.events.slice(4).map((e) => [e.event, e.at, e.error?.code, e.error?.message, e.error?.retryAt]))}`,
    });
    assert.ok(c.events.filter((e) => e.event === BridgeEvent.REFRESH_FAILED).length >= 5);
    assert.equal((await c.bc.client.database.from('todos').insert({ title: 'after the outage' }).select()).error, null);

    // The provider's own SDK failing (getToken throwing) backs off the same way, without a bridge call.
    let fail = 2;
    const d = client({
      backoff: { baseMs: 200, maxMs: 400 },
      getProviderToken: async () => {
        if (fail-- > 0) throw new Error('provider API down');
        return idp.workos.accessToken({ user: d.user });
      },
    });
    assert.equal((await d.bc.signIn().catch((e) => e)).code, 'provider_token_failed');
    assert.equal(d.exchanges().length, 0);
    await until(() => d.bc.getSession() !== null, { what: 'recovery after the provider' });
    assert.equal(d.exchanges().length, 1);
    c.bc.signOut();
    d.bc.signOut();
  });

  test('a token past its end when a request goes out (timers asleep) is replaced first: no 401 is ever seen', async () => {
    // The refresh timer is held back a minute; the 3 s token runs out before it.
    const c = client({ ttl: 3, refreshMargin: { ratio: 0, maxMs: 0, minDelayMs: 60_000 } });
    const first = await c.bc.signIn();
    await sleep(3_200);
    assert.ok(Date.now() >= first.expiresAt * 1000, 'the token has expired');
    const sel = await c.bc.client.database.from('todos').select('id');
    assert.equal(sel.error, null, JSON.stringify(sel.error));
    assert.equal(c.provider.calls[1]?.reason, 'expired');
    const [req] = c.rec.to('/api/database/records/todos');
    assert.deepEqual([req.status, req.bearer], [200, c.bc.getSession().accessToken]);
    assert.deepEqual(c.rec.calls.filter((x) => x.status === 401), []);
    c.bc.signOut();
  });

  test('signOut clears the token and the timers; the client goes back to the anon key', async () => {
    const c = client({ ttl: 3 });
    await c.bc.signIn();
    assert.equal((await c.bc.client.database.from('todos').insert({ title: 'mine' }).select()).error, null);
    c.bc.signOut();
    assert.equal(c.bc.getSession(), null);
    assert.deepEqual(c.events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SIGNED_OUT]);
    assert.deepEqual(c.sdkEvents, ['signedIn', 'signedOut']);
    await assert.rejects(c.bc.getAccessToken(), { code: 'signed_out' });
    const after = await c.bc.client.database.from('todos').select('*');
    assert.deepEqual(after.data ?? [], [], 'no rows: the request went out as anonymous');
    assert.equal(c.rec.calls.at(-1).bearer, stack.secrets.ANON_KEY);
    await sleep(4_000);
    assert.equal(c.provider.calls.length, 1, 'no refresh after sign-out');
    assert.ok(await c.bc.signIn());
    assert.equal(c.provider.calls.length, 2);
    c.bc.signOut();
  });

  test('realtime: the handshake carries the minted token, a refresh keeps the socket, a reconnect presents the refreshed token, sign-out reconnects as anon', async (t) => {
    const front = await startRealtimeFront({ backendUrl: stack.baseUrl, secrets: stack.secrets });
    t.after(() => front.close());
    const c = client({ ttl: 6, baseUrl: front.url });
    t.after(() => c.bc.client.realtime.disconnect());
    const first = await c.bc.signIn();
    await c.bc.client.realtime.connect();
    assert.equal(front.handshakes.length, 1);
    assert.deepEqual([front.handshakes[0].ok, front.handshakes[0].sub, front.handshakes[0].token], [true, c.user.sub, first.accessToken]);

    await until(() => c.events.filter((e) => e.event === BridgeEvent.TOKEN_REFRESHED).length >= 2, { what: '2 refreshes' });
    assert.equal(front.handshakes.length, 1, 'TOKEN_REFRESHED does not reconnect the socket');
    assert.equal(c.bc.client.realtime.isConnected, true);

    // The server drops the connection (a deploy, a network change): socket.io reconnects, and
    // the new handshake presents the token held now, with under 60 s left.
    const held = c.bc.getSession().accessToken;
    assert.notEqual(held, first.accessToken);
    front.dropAll();
    await until(() => front.handshakes.length >= 2 && c.bc.client.realtime.isConnected, { what: 'reconnect' });
    const again = front.handshakes[1];
    assert.equal(again.ok, true, again.reason);
    assert.equal(again.sub, c.user.sub);
    assert.ok([held, c.bc.getSession().accessToken].includes(again.token), 'a refreshed token, not the first one');
    assert.ok(again.exp * 1000 - Date.now() < 60_000);

    c.bc.signOut();
    await until(() => front.handshakes.length >= 3, { what: 'reconnect after sign-out' });
    assert.deepEqual([front.handshakes[2].ok, front.handshakes[2].role], [true, 'anon']);
  });

  test('credential in the body (Stytch session_token), and a bridge named by URL', async () => {
    const { sessionToken, user } = idp.stytch.registerSession({});
    const rec = recorder();
    const bc = createBridgeClient({
      baseUrl: stack.baseUrl,
      anonKey: stack.secrets.ANON_KEY,
      bridge: 'stytch-bridge',
      bodyField: 'session_token',
      fetch: rec.fetch,
      getProviderToken: async () => sessionToken,
    });
    clients.push({ bc });
    const s = await bc.signIn();
    assert.equal(s.user.id, user.sub);
    const [call] = rec.to('/functions/stytch-bridge');
    assert.deepEqual(JSON.parse(call.body), { session_token: sessionToken });
    assert.equal(call.bearer, stack.secrets.ANON_KEY, 'the SDK anon bearer, never an InsForge token');
    assert.equal((await bc.client.database.from('todos').insert({ title: 'stytch' }).select()).data[0].user_id, user.sub);
    await sleep(1_100); // a new second: a new token
    const refreshed = await bc.refresh();
    assert.notEqual(refreshed.accessToken, s.accessToken);
    const again = rec.to('/functions/stytch-bridge')[1];
    assert.equal(again.bearer, stack.secrets.ANON_KEY, 'a refresh, too, carries no InsForge token to the bridge');
    bc.signOut();

    const byUrl = client({ bridge: `${stack.baseUrl}/functions/workos-bridge` });
    assert.equal((await byUrl.bc.signIn()).user.id, byUrl.user.sub);
    assert.equal(byUrl.exchanges()[0].bearer, byUrl.provider.tokens[0]);
    byUrl.bc.signOut();
  });
});
