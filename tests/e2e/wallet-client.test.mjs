// End to end: wallet sign-in through the app-side client (packages/insforge-bridge-client,
// `wallet`) against the committed wallet-bridge bundle on the local runtime, with the real
// @insforge/sdk, the nonce store and row-level security in PostgreSQL. viem accounts are the
// wallets (answering their address in lowercase, as browser wallets do), and viem's
// createSiweMessage is the other side for the text each one is asked to sign. Both InsForge
// contracts.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { getAddress, verifyMessage } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createSiweMessage } from 'viem/siwe';
import { BridgeEvent, createWalletBridgeClient } from '../../packages/insforge-bridge-client/src/index.js';
import { startStack } from '../../runtime/stack.mjs';
import { freePort, startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DOMAIN = 'app.example';
const STATEMENT = 'Sign in to the app.';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(cond, { timeoutMs = 20_000, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await sleep(25);
  }
}

/**
 * The app's fetch, recording every request (method, path, query, bearer, body, status) and,
 * for wallet-bridge, the JSON it answered.
 */
function recorder() {
  const r = { calls: [] };
  r.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const call = {
      method: init?.method ?? (input instanceof Request ? input.method : 'GET'),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      bearer: /^Bearer (.+)$/.exec(new Headers(init?.headers).get('authorization') ?? '')?.[1] ?? null,
      body: typeof init?.body === 'string' ? init.body : null,
      start: Date.now(),
    };
    r.calls.push(call);
    const res = await fetch(input, init);
    call.status = res.status;
    if (url.pathname === '/functions/wallet-bridge') call.json = await res.clone().json();
    call.end = Date.now();
    return res;
  };
  r.bridge = (method) => r.calls.filter((c) => c.path === '/functions/wallet-bridge' && c.method === method);
  return r;
}

/** A viem account as the wallet; `refuse` makes it throw as a user refusing does (EIP-1193 4001). */
function viemWallet() {
  const account = privateKeyToAccount(generatePrivateKey());
  const w = { account, address: getAddress(account.address), signed: [], refuse: false };
  w.getAddress = async () => account.address.toLowerCase();
  w.signMessage = async (message, { reason }) => {
    w.signed.push({ message, reason, at: Date.now() });
    if (w.refuse) throw Object.assign(new Error('User denied message signature.'), { code: 4001 });
    return account.signMessage({ message });
  };
  return w;
}

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`wallet sign-in through the bridge client, ${contract} contract`, () => {
    let stack;
    let anon;
    const clients = [];

    before(async () => {
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `wallet_client_${contract.replace('-', '_')}`),
        secrets: { SIWE_DOMAIN: DOMAIN, SIWE_CHAIN_IDS: '196,1', SIWE_STATEMENT: STATEMENT },
      });
      const r = await stack.deploy('wallet-bridge', readFileSync(join(ROOT, 'functions/dist/wallet-bridge.js'), 'utf8'));
      assert.ok(r.success, 'deploy wallet-bridge');
      anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
    });
    after(async () => {
      for (const c of clients) c.bc.signOut();
      await stack?.stop();
    });

    function client({ wallet = viemWallet(), ...opts } = {}) {
      const rec = recorder();
      const bc = createWalletBridgeClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY, fetch: rec.fetch, wallet, ...opts });
      const events = [];
      bc.onAuthStateChange((event, session, error) => events.push({ event, at: Date.now(), session, error }));
      const c = { bc, rec, wallet, events, db: bc.client.database };
      clients.push(c);
      return c;
    }

    test('two wallets sign in: the text signed is viem\'s for the nonce answer, the token is for the checksummed address, RLS keeps each to its own todos', async () => {
      const [a, b] = [client(), client()];
      const sa = await a.bc.signIn();
      const sb = await b.bc.signIn();

      const [get] = a.rec.bridge('GET');
      assert.deepEqual([get.status, get.query], [200, { address: a.wallet.account.address.toLowerCase() }]);
      assert.equal(get.bearer, stack.secrets.ANON_KEY);
      const c = get.json;
      assert.deepEqual([c.address, c.domain, c.uri, c.statement, c.chainId, c.chainIds], [a.wallet.address, DOMAIN, `https://${DOMAIN}`, STATEMENT, 196, [196, 1]]);
      const [{ message, reason }] = a.wallet.signed;
      assert.equal(reason, 'sign-in');
      const viem = createSiweMessage({ domain: c.domain, address: c.address, statement: c.statement, uri: c.uri, version: '1', chainId: c.chainId, nonce: c.nonce, issuedAt: new Date(c.issuedAt), expirationTime: new Date(c.expirationTime) });
      assert.equal(message, viem, 'byte for byte what viem writes');
      const [post] = a.rec.bridge('POST');
      assert.deepEqual([post.status, post.bearer], [200, stack.secrets.ANON_KEY]);
      const sent = JSON.parse(post.body);
      assert.equal(sent.message, message, 'the text signed is the text sent');
      assert.equal(await verifyMessage({ address: a.wallet.address, message, signature: sent.signature }), true);

      const claims = jwt.verify(sa.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
      assert.deepEqual([claims.sub, claims.role, claims.aud], [a.wallet.address, 'authenticated', 'insforge-api']);
      assert.ok(claims.exp <= Date.parse(c.expirationTime) / 1000, 'the token does not outlive the message');
      assert.deepEqual([sa.user.id, sa.provider, sa.expiresAt], [a.wallet.address, 'wallet', claims.exp]);
      assert.equal(sb.user.id, b.wallet.address);
      assert.deepEqual(a.events.map((e) => e.event), [BridgeEvent.SIGNED_IN]);

      const ins = await a.db.from('todos').insert([{ title: 'a 1' }, { title: 'a 2' }]).select();
      assert.equal(ins.error, null, JSON.stringify(ins.error));
      assert.deepEqual(ins.data.map((row) => row.user_id), [a.wallet.address, a.wallet.address]);
      assert.equal((await b.db.from('todos').insert({ title: 'b 1' }).select()).error, null);
      assert.deepEqual((await a.db.from('todos').select('title').order('title')).data, [{ title: 'a 1' }, { title: 'a 2' }]);
      assert.deepEqual((await b.db.from('todos').select('title, user_id')).data, [{ title: 'b 1', user_id: b.wallet.address }]);
      assert.deepEqual((await b.db.from('todos').select('*').eq('user_id', a.wallet.address)).data, [], "the second wallet does not see the first's rows");
      const forged = await b.db.from('todos').insert({ title: 'as a', user_id: a.wallet.address }).select();
      assert.equal(forged.error?.code, '42501', 'nor writes as it');
      assert.deepEqual((await anon.database.from('todos').select('*')).data ?? [], []);
      assert.ok(a.rec.calls.filter((x) => x.path === '/api/database/records/todos').every((x) => x.bearer === sa.accessToken));
      a.bc.signOut();
      b.bc.signOut();
      assert.deepEqual((await a.db.from('todos').select('*')).data ?? [], [], 'signed out: anonymous again');
    });

    test("walletRefresh 'expire' (default): the session ends with its token, no prompt of its own, a 401 answered as is; signing in again finds the rows", async () => {
      const c = client();
      await stack.setSecrets({ BRIDGE_TOKEN_TTL_SECONDS: '4' });
      try {
        const s = await c.bc.signIn();
        const claims = jwt.decode(s.accessToken);
        assert.equal(claims.exp - claims.iat, 4);
        assert.equal((await c.db.from('todos').insert({ title: 'before the end' }).select()).error, null);

        // The token refused (InsForge's JWT secret rotated): the 401 comes back, nobody is asked.
        const secret = stack.secrets.JWT_SECRET;
        await stack.setSecrets({ JWT_SECRET: randomBytes(32).toString('hex') });
        const refused = await c.db.from('todos').select('*');
        await stack.setSecrets({ JWT_SECRET: secret });
        assert.equal(refused.error?.statusCode, 401, JSON.stringify(refused));
        assert.equal(c.wallet.signed.length, 1);

        await until(() => c.events.some((e) => e.event === BridgeEvent.SIGNED_OUT), { what: 'the end of the session' });
        const [expired, out] = c.events.slice(1);
        assert.deepEqual([expired.event, expired.session, expired.error.code, out.event], [BridgeEvent.SESSION_EXPIRED, s, 'session_expired', BridgeEvent.SIGNED_OUT]);
        assert.ok(expired.at < s.expiresAt * 1000, 'ended before the token did');
        assert.ok(expired.at >= (claims.exp - 1) * 1000 - 1_000, `not long before: ${s.expiresAt * 1000 - expired.at} ms early`);
        assert.equal(c.bc.getSession(), null);
        const anonymous = await c.db.from('todos').select('*');
        assert.deepEqual([anonymous.data, c.rec.calls.at(-1).bearer], [[], stack.secrets.ANON_KEY]);
        await assert.rejects(c.bc.getAccessToken(), { code: 'signed_out' });
        await sleep(3_000);
        assert.equal(c.wallet.signed.length, 1, 'the wallet was never asked by the client itself');
        assert.equal(c.rec.bridge('GET').length, 1);

        const again = await c.bc.signIn();
        assert.equal(again.user.id, c.wallet.address);
        assert.deepEqual(c.wallet.signed.map((x) => x.reason), ['sign-in', 'sign-in']);
        assert.deepEqual((await c.db.from('todos').select('title')).data, [{ title: 'before the end' }]);
        c.bc.signOut();
      } finally {
        await stack.setSecrets({ BRIDGE_TOKEN_TTL_SECONDS: undefined });
      }
    });

    test("walletRefresh 'sign': a new signature before each token ends (no request fails); once refused, the session ends with its token", async () => {
      const c = client({ walletRefresh: 'sign', refreshMargin: { ratio: 0.5 } });
      await stack.setSecrets({ BRIDGE_TOKEN_TTL_SECONDS: '8' });
      try {
        const first = await c.bc.signIn();
        const failures = [];
        let requests = 0;
        while (c.events.filter((e) => e.event === BridgeEvent.TOKEN_REFRESHED).length < 2) {
          if (Date.now() - c.events[0].at > 30_000) throw new Error(`2 renewals not seen: ${JSON.stringify(c.events.map((e) => [e.event, e.at, e.error?.code]))}`);
          const sel = await c.db.from('todos').select('id');
          if (sel.error) failures.push(JSON.stringify(sel.error));
          requests++;
          await sleep(200);
        }
        assert.deepEqual(failures, []);
        assert.ok(requests >= 10, `${requests} requests`);
        const sessions = c.events.filter((e) => e.event === BridgeEvent.SIGNED_IN || e.event === BridgeEvent.TOKEN_REFRESHED);
        for (let i = 1; i < sessions.length; i++) {
          assert.ok(sessions[i].at < sessions[i - 1].session.expiresAt * 1000, `renewal ${i} before the previous token ended`);
          assert.notEqual(sessions[i].session.accessToken, sessions[i - 1].session.accessToken);
        }
        assert.deepEqual(c.wallet.signed.map((x) => x.reason), ['sign-in', 'scheduled', 'scheduled']);
        assert.equal(c.rec.bridge('GET').length, 3, 'a fresh nonce for each signature');
        assert.deepEqual(c.rec.calls.filter((x) => x.status === 401), []);
        assert.equal(c.events[0].session, first);

        c.wallet.refuse = true;
        await until(() => c.events.some((e) => e.event === BridgeEvent.SIGNED_OUT), { what: 'the end after a refusal' });
        const tail = c.events.slice(-3);
        assert.deepEqual(tail.map((e) => e.event), [BridgeEvent.REFRESH_FAILED, BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
        assert.equal(tail[0].error.code, 'wallet_rejected');
        assert.equal(tail[1].session, tail[0].session, 'the refused renewal left the held token in use until its end');
        await sleep(2_000);
        assert.equal(c.wallet.signed.length, 4, 'refused once: not asked again');
      } finally {
        await stack.setSecrets({ BRIDGE_TOKEN_TTL_SECONDS: undefined });
        c.bc.signOut();
      }
    });

    test("the function's refusals reach the app as BridgeErrors with its codes", async () => {
      // A chain the function does not accept: refused before the wallet is asked.
      const chain = client({ siwe: { chainId: 8453 } });
      const e1 = await chain.bc.signIn().catch((e) => e);
      assert.deepEqual([e1.name, e1.code, chain.wallet.signed.length, chain.rec.bridge('POST').length], ['BridgeError', 'chain_not_allowed', 0, 0]);
      // Another of its chains is fine.
      const one = client({ siwe: { chainId: 1 } });
      await one.bc.signIn();
      assert.match(one.wallet.signed[0].message, /\nChain ID: 1\n/);
      one.bc.signOut();
      // A domain the function does not serve: its own 403.
      const domain = client({ siwe: { domain: 'evil.example', uri: 'https://evil.example' } });
      const e2 = await domain.bc.signIn().catch((e) => e);
      assert.deepEqual([e2.code, e2.status], ['domain_not_allowed', 403]);
      // A signature by another key.
      const stranger = privateKeyToAccount(generatePrivateKey());
      const wallet = viemWallet();
      wallet.signMessage = async (message) => stranger.signMessage({ message });
      const e3 = await client({ wallet }).bc.signIn().catch((e) => e);
      assert.deepEqual([e3.code, e3.status], ['invalid_signature', 401]);
      // The function not configured: its 500, at the GET.
      await stack.setSecrets({ SIWE_DOMAIN: undefined });
      try {
        const bare = client();
        const e4 = await bare.bc.signIn().catch((e) => e);
        assert.deepEqual([e4.code, e4.status, bare.wallet.signed.length], ['missing_secret', 500, 0]);
      } finally {
        await stack.setSecrets({ SIWE_DOMAIN: DOMAIN });
      }
      // Nothing listening: bridge_unreachable.
      const nowhere = createWalletBridgeClient({ baseUrl: `http://127.0.0.1:${await freePort()}`, anonKey: stack.secrets.ANON_KEY, wallet: viemWallet() });
      const e5 = await nowhere.signIn().catch((e) => e);
      assert.deepEqual([e5.code, e5.status], ['bridge_unreachable', 0]);
      // And the bridge named by URL works like the slug.
      const byUrl = client({ bridge: `${stack.baseUrl}/functions/wallet-bridge` });
      assert.equal((await byUrl.bc.signIn()).user.id, byUrl.wallet.address);
      byUrl.bc.signOut();
    });
  });
}
