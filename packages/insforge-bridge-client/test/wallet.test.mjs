// Wallet sign-in (src/wallet.js through BridgeClient): a viem account is the wallet, a fake
// fetch is InsForge (wallet-bridge's GET and POST as docs/wallet-bridge.md describes them, and
// the database answering 401 to tokens it does not accept). viem is the other side: its
// createSiweMessage must write the very bytes the wallet is asked to sign, its verifyMessage
// checks every signature the fake bridge receives, its getAddress checksums.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getAddress, verifyMessage } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createSiweMessage, parseSiweMessage } from 'viem/siwe';
import { BridgeClient, BridgeError, BridgeEvent, createBridgeClient, createWalletBridgeClient, eip1193Wallet, siweMessage } from '../src/index.js';

const BASE = 'http://insforge.test';
const ANON = 'anon_test';
const START = Date.UTC(2030, 0, 1, 12, 0, 0);
const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
const seconds = (ms) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/**
 * InsForge with wallet-bridge deployed (SIWE_DOMAIN=app.example, SIWE_CHAIN_IDS=196,1, a
 * statement), as a fetch. `f.edit(c)` rewrites a nonce answer; `f.getAnswer` / `f.postAnswer`
 * (a function of the call, to a Response) replace the GET's or the POST's answer.
 */
function fakeInsforge({ tokenTtl = 3600, nonceTtl = 300 } = {}) {
  const f = { calls: [], challenges: [], posts: [], accepted: new Set(), serial: 0, tokenTtl, edit: null, getAnswer: null, postAnswer: null };
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  f.fetch = async (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init.method ?? (input instanceof Request ? input.method : 'GET');
    const bearer = /^Bearer (.+)$/.exec(new Headers(init.headers).get('authorization') ?? '')?.[1] ?? null;
    const call = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), bearer, body: typeof init.body === 'string' ? init.body : null };
    f.calls.push(call);
    if (f.down) throw new TypeError('fetch failed');
    if (url.pathname === '/functions/wallet-bridge' && method === 'GET') {
      if (f.getAnswer) return f.getAnswer(call);
      const now = Date.now();
      const c = {
        nonce: `n${(++f.serial).toString(16).padStart(16, '0')}`,
        domain: 'app.example',
        uri: 'https://app.example',
        version: '1',
        ...(url.searchParams.has('address') ? { address: getAddress(url.searchParams.get('address')) } : {}),
        chainId: 196,
        chainIds: [196, 1],
        statement: 'Sign in to the app.',
        issuedAt: seconds(now),
        expirationTime: seconds(now + nonceTtl * 1000),
      };
      const sent = f.edit ? f.edit(c) : c;
      f.challenges.push(sent);
      return json(200, sent);
    }
    if (url.pathname === '/functions/wallet-bridge' && method === 'POST') {
      const { message, signature } = JSON.parse(call.body);
      f.posts.push({ message, signature });
      if (f.postAnswer) return f.postAnswer(call);
      const m = parseSiweMessage(message);
      if (!(await verifyMessage({ address: m.address, message, signature }))) return json(401, { error: 'invalid_signature', message: 'the signature is not the address\'s', statusCode: 401 });
      const iat = Math.floor(Date.now() / 1000);
      const exp = Math.min(iat + f.tokenTtl, Math.floor(m.expirationTime.getTime() / 1000));
      const accessToken = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: m.address, role: 'authenticated', iat, exp, n: f.serial })}.sig`;
      f.accepted.add(accessToken);
      return json(200, { accessToken, tokenType: 'Bearer', expiresAt: exp, user: { id: m.address }, chainId: m.chainId, provider: 'wallet' });
    }
    if (url.pathname === '/api/database/records/todos') {
      const claims = bearer && f.accepted.has(bearer) ? JSON.parse(Buffer.from(bearer.split('.')[1], 'base64url')) : null;
      if (bearer !== ANON && !(claims && claims.exp * 1000 > Date.now())) return json(401, { error: 'AUTH_UNAUTHORIZED', message: 'bad token', statusCode: 401 });
      return json(200, claims ? [{ id: 1, title: 'mine', user_id: claims.sub }] : []);
    }
    return json(404, { error: 'NOT_FOUND', message: url.pathname, statusCode: 404 });
  };
  f.to = (method) => f.calls.filter((c) => c.path === '/functions/wallet-bridge' && c.method === method);
  return f;
}

/** A viem account as the wallet, spelling its address in lowercase as browser wallets do. */
function viemWallet(account = privateKeyToAccount(generatePrivateKey())) {
  const w = { account, asked: [], signed: [], refuse: null };
  w.getAddress = async (ctx) => {
    w.asked.push(ctx);
    return account.address.toLowerCase();
  };
  w.signMessage = async (message, ctx) => {
    w.signed.push({ message, ...ctx });
    if (w.refuse) throw w.refuse;
    return account.signMessage({ message });
  };
  return w;
}

function setup({ wallet = viemWallet(), insforge = fakeInsforge(), ...opts } = {}) {
  const bc = createWalletBridgeClient({ baseUrl: BASE, anonKey: ANON, fetch: insforge.fetch, wallet, ...opts });
  const events = [];
  bc.onAuthStateChange((event, session, error) => events.push({ event, at: Date.now(), session, error }));
  const sdkEvents = [];
  bc.client.auth.onAuthStateChange((event) => sdkEvents.push(event));
  return { bc, wallet, insforge, events, sdkEvents };
}

/** viem's message for a challenge the fake answered. */
const viemMessage = (c, edit = {}) =>
  createSiweMessage({
    domain: c.domain,
    address: c.address,
    statement: c.statement,
    uri: c.uri,
    version: '1',
    chainId: c.chainId,
    nonce: c.nonce,
    issuedAt: new Date(c.issuedAt),
    expirationTime: new Date(c.expirationTime),
    ...edit,
  });

const settle = async (rounds = 30) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
};

test('siweMessage writes the bytes viem createSiweMessage writes, for every field of the grammar', () => {
  const address = privateKeyToAccount(generatePrivateKey()).address;
  const base = { domain: 'app.example', address, uri: 'https://app.example/login', version: '1', chainId: 1, nonce: 'abcDEF0123456789' };
  const iso = '2030-01-01T12:00:00.000Z';
  const cases = [
    { issuedAt: '2030-01-01T12:00:00Z' },
    { statement: 'Sign in to the app.', issuedAt: '2030-01-01T12:00:00Z', expirationTime: '2030-01-01T12:05:00Z' },
    { statement: '', issuedAt: iso },
    { issuedAt: '2030-01-01T13:00:00.123+01:00', notBefore: '2030-01-01T12:00:01Z', expirationTime: new Date(Date.parse(iso) + 60_000) },
    { scheme: 'https', domain: 'app.example:8443', uri: 'https://app.example:8443', chainId: 8453, issuedAt: iso, requestId: 'req-42', resources: ['ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/', 'https://app.example/terms'] },
    { domain: '127.0.0.1:7130', uri: 'http://127.0.0.1:7130/demo/', chainId: 196, issuedAt: iso, expirationTime: iso, resources: [] },
    { domain: 'localhost:3000', uri: 'http://localhost:3000', statement: 'Ünïcode and emoji 🦊 are fine.', issuedAt: iso },
  ];
  for (const c of cases) {
    const fields = { ...base, ...c };
    const dated = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, ['issuedAt', 'expirationTime', 'notBefore'].includes(k) ? new Date(v) : v]));
    assert.equal(siweMessage(fields), createSiweMessage(dated), JSON.stringify(c));
    assert.equal(siweMessage(dated), createSiweMessage(dated), 'Dates are written alike');
  }
  // What the grammar refuses, refused before any wallet sees it.
  const refused = [
    { statement: 'two\nlines' },
    { nonce: 'short' },
    { nonce: 'not-alphanumeric' },
    { version: '2' },
    { chainId: 1.5 },
    { chainId: 0 },
    { address: '0x1234' },
    { domain: 'app.example/path' },
    { uri: 'not a uri' },
    { issuedAt: 'yesterday' },
    { issuedAt: '2030-01-01 12:00:00Z' },
    { expirationTime: '2030-13-45T99:00:00Z' },
    { requestId: 'a\nb' },
    { resources: ['not a uri'] },
  ];
  for (const r of refused) assert.throws(() => siweMessage({ ...base, issuedAt: iso, ...r }), TypeError, JSON.stringify(r));
});

test('sign-in: GET with the wallet\'s address, the message viem writes for the answer, signed, POSTed; the token reaches the SDK', async () => {
  const s = setup();
  const session = await s.bc.signIn();
  const checksummed = getAddress(s.wallet.account.address);

  const [get] = s.insforge.to('GET');
  assert.deepEqual(get.query, { address: s.wallet.account.address.toLowerCase() }, 'asked with the address as the wallet gave it');
  assert.equal(get.bearer, ANON, 'the bridge sees at most the anon key');
  const [c] = s.insforge.challenges;
  assert.equal(c.address, checksummed);
  assert.equal(s.wallet.signed.length, 1);
  const { message, reason, address } = s.wallet.signed[0];
  assert.deepEqual([reason, address], ['sign-in', checksummed]);
  assert.equal(message, viemMessage(c), 'byte for byte what viem writes for the same fields');
  assert.ok(message.includes(`\nIssued At: ${new Date(c.issuedAt).toISOString()}\nExpiration Time: ${new Date(c.expirationTime).toISOString()}`), 'the times are the answer\'s');
  assert.match(message, /^app\.example wants you to sign in with your Ethereum account:\n0x[0-9a-fA-F]{40}\n\nSign in to the app\.\n\nURI: https:\/\/app\.example\nVersion: 1\nChain ID: 196\nNonce: n0+1\n/);

  const [post] = s.insforge.to('POST');
  assert.deepEqual(JSON.parse(post.body), { message, signature: s.insforge.posts[0].signature });
  assert.equal(await verifyMessage({ address: checksummed, message, signature: s.insforge.posts[0].signature }), true);
  assert.equal(post.bearer, ANON);
  assert.deepEqual({ ...session.user }, { id: checksummed });
  assert.deepEqual([session.provider, session.tokenType], ['wallet', 'Bearer']);
  assert.equal(s.bc.getSession(), session);
  assert.deepEqual(s.events.map((e) => e.event), [BridgeEvent.SIGNED_IN]);
  assert.deepEqual(s.sdkEvents, ['signedIn']);

  const { data, error } = await s.bc.client.database.from('todos').select('*');
  assert.equal(error, null);
  assert.deepEqual(data, [{ id: 1, title: 'mine', user_id: checksummed }]);
  assert.equal(s.insforge.calls.at(-1).bearer, session.accessToken);
  assert.equal(await s.bc.signIn(), session, 'signed in already: no second signature');
  assert.equal(s.wallet.signed.length, 1);
  s.bc.signOut();
  assert.deepEqual(s.sdkEvents, ['signedIn', 'signedOut']);
});

test('siwe options: a chain among the answer\'s chains, the site\'s own domain and URI; a chain it does not offer is refused before signing', async () => {
  const s = setup({ siwe: { chainId: 1, domain: 'app.example:8443', uri: 'https://app.example:8443/' } });
  await s.bc.signIn();
  const [c] = s.insforge.challenges;
  assert.equal(s.wallet.signed[0].message, viemMessage(c, { chainId: 1, domain: 'app.example:8443', uri: 'https://app.example:8443/' }));
  s.bc.signOut();

  const off = setup({ siwe: { chainId: 8453 } });
  const e = await off.bc.signIn().catch((x) => x);
  assert.ok(e instanceof BridgeError);
  assert.equal(e.code, 'chain_not_allowed');
  assert.match(e.message, /196, 1/);
  assert.deepEqual([off.wallet.signed.length, off.insforge.to('POST').length], [0, 0], 'no prompt, no POST');
  assert.equal(off.bc.getSession(), null);
});

test('the wallet failing: thrown, refused by the user (EIP-1193 4001), no account, not an address, not a signature', async () => {
  const cases = [
    ['getAddress throws', (w) => (w.getAddress = async () => { throw new Error('extension crashed'); }), 'wallet_failed', false],
    ['getAddress refused', (w) => (w.getAddress = async () => { throw Object.assign(new Error('User rejected the request.'), { code: 4001 }); }), 'wallet_rejected', false],
    ['getAddress: no account', (w) => (w.getAddress = async () => null), 'no_wallet_address', false],
    ['getAddress: not an address', (w) => (w.getAddress = async () => '0x1234'), 'wallet_failed', false],
    ['signMessage refused', (w) => (w.refuse = Object.assign(new Error('User denied message signature.'), { code: 4001 })), 'wallet_rejected', true],
    ['signMessage refused (wrapped, as libraries wrap it)', (w) => (w.refuse = new Error('rejected', { cause: { code: 4001 } })), 'wallet_rejected', true],
    ['signMessage throws', (w) => (w.refuse = new Error('device disconnected')), 'wallet_failed', true],
    ['signMessage: not a signature', (w) => (w.signMessage = async () => 'signed!'), 'wallet_failed', true],
    ['signMessage: nothing', (w) => (w.signMessage = async () => undefined), 'wallet_failed', true],
  ];
  for (const [what, edit, code, reachedGet] of cases) {
    const wallet = viemWallet();
    edit(wallet);
    const s = setup({ wallet });
    const e = await s.bc.signIn().catch((x) => x);
    assert.ok(e instanceof BridgeError, what);
    assert.equal(e.code, code, `${what}: ${e.message}`);
    assert.equal(e.status, undefined, what);
    assert.equal(s.insforge.to('GET').length, reachedGet ? 1 : 0, `${what}: GET`);
    assert.equal(s.insforge.to('POST').length, 0, `${what}: nothing posted`);
    assert.equal(s.bc.getSession(), null);
    assert.equal(s.events.at(-1).event, code === 'no_wallet_address' ? BridgeEvent.SIGNED_OUT : BridgeEvent.REFRESH_FAILED, what);
    await assert.rejects(s.bc.getAccessToken(), { code: 'signed_out' }, 'nobody is signed in after a failed sign-in');
  }
});

test("the function's errors are BridgeErrors with its error code and status; an unusable answer is bad_reply, asked before any signature", async () => {
  const err = (status, error) => () => new Response(JSON.stringify({ error, message: `${error}!`, statusCode: status }), { status, headers: { 'content-type': 'application/json' } });
  // At the GET: the function's refusal.
  for (const [status, error] of [[500, 'missing_secret'], [503, 'nonce_store_unavailable'], [400, 'invalid_request'], [403, 'origin_not_allowed']]) {
    const s = setup();
    s.insforge.getAnswer = err(status, error);
    const e = await s.bc.signIn().catch((x) => x);
    assert.deepEqual([e.name, e.code, e.status, e.message], ['BridgeError', error, status, `${error}!`]);
    assert.equal(s.wallet.signed.length, 0);
  }
  // At the POST: every refusal of docs/wallet-bridge.md, after the signature.
  for (const [status, error] of [[400, 'invalid_message'], [401, 'invalid_signature'], [401, 'invalid_nonce'], [401, 'message_expired'], [401, 'message_not_yet_valid'], [403, 'domain_not_allowed'], [403, 'uri_not_allowed'], [403, 'chain_not_allowed'], [403, 'statement_mismatch'], [503, 'node_unreachable'], [500, 'internal_error']]) {
    const s = setup();
    s.insforge.postAnswer = err(status, error);
    const e = await s.bc.signIn().catch((x) => x);
    assert.deepEqual([e.code, e.status], [error, status], error);
    assert.equal(s.wallet.signed.length, 1, error);
    assert.equal(s.bc.getSession(), null);
  }
  // The signature of another key: the bridge's own verdict.
  const other = privateKeyToAccount(generatePrivateKey());
  const wallet = viemWallet();
  wallet.signMessage = async (message) => other.signMessage({ message });
  const forged = await setup({ wallet }).bc.signIn().catch((x) => x);
  assert.deepEqual([forged.code, forged.status], ['invalid_signature', 401]);

  // No answer at all: bridge_unreachable, status 0.
  const down = setup();
  down.insforge.down = true;
  const e = await down.bc.signIn().catch((x) => x);
  assert.deepEqual([e.code, e.status], ['bridge_unreachable', 0]);

  // The nonce answer not as the function writes it.
  const edits = [
    ['no nonce', (c) => ({ ...c, nonce: undefined })],
    ['a short nonce', (c) => ({ ...c, nonce: 'abc' })],
    ['no address', ({ address: _a, ...c }) => c],
    ['another address', (c) => ({ ...c, address: privateKeyToAccount(generatePrivateKey()).address })],
    ['a domain with a path', (c) => ({ ...c, domain: 'app.example/x' })],
    ['no uri', (c) => ({ ...c, uri: undefined })],
    ['version 2', (c) => ({ ...c, version: '2' })],
    ['a chain id in a string', (c) => ({ ...c, chainId: '196' })],
    ['chainIds without chainId', (c) => ({ ...c, chainIds: [1] })],
    ['a two-line statement', (c) => ({ ...c, statement: 'a\nb' })],
    ['issuedAt not RFC 3339', (c) => ({ ...c, issuedAt: 'Tue, 01 Jan 2030 12:00:00 GMT' })],
    ['no expirationTime', (c) => ({ ...c, expirationTime: undefined })],
    ['not an object', () => 'hello'],
  ];
  for (const [what, edit] of edits) {
    const s = setup();
    s.insforge.edit = edit;
    const x = await s.bc.signIn().catch((y) => y);
    assert.equal(x.code, 'bad_reply', `${what}: ${x.message}`);
    assert.equal(s.wallet.signed.length, 0, `${what}: the wallet was not asked`);
  }
  // A token answer without a token.
  const s = setup();
  s.insforge.postAnswer = () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
  assert.equal((await s.bc.signIn().catch((y) => y)).code, 'bad_reply');
});

test('a failed wallet sign-in is never retried on a timer, and the next signIn() runs at once', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: START });
  const s = setup();
  s.wallet.refuse = Object.assign(new Error('User denied message signature.'), { code: 4001 });
  assert.equal((await s.bc.signIn().catch((x) => x)).code, 'wallet_rejected');
  t.mock.timers.tick(3_600_000);
  await settle();
  assert.equal(s.wallet.signed.length, 1, 'no second prompt');
  s.wallet.refuse = null;
  assert.ok((await s.bc.signIn()).accessToken);
  assert.equal(s.wallet.signed.length, 2);
  s.bc.signOut();
});

test("walletRefresh 'expire' (default): no prompt of its own, SESSION_EXPIRED then SIGNED_OUT at the token's end, a 401 answered as is", async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: START });
  const s = setup({ insforge: fakeInsforge({ tokenTtl: 120 }) });
  const session = await s.bc.signIn();
  assert.equal(session.expiresAt, Math.floor(START / 1000) + 120);

  // A 401 (the token refused: say JWT_SECRET rotated): returned to the app, nobody asked to sign.
  s.insforge.accepted.delete(session.accessToken);
  const refused = await s.bc.client.database.from('todos').select('*');
  assert.equal(refused.error?.statusCode, 401);
  assert.equal(s.wallet.signed.length, 1);
  s.insforge.accepted.add(session.accessToken);

  t.mock.timers.tick(119_000 - 1); // the lifetime, less a second for iat's rounding
  await settle();
  assert.equal(s.bc.getSession(), session);
  t.mock.timers.tick(1);
  await settle();
  assert.equal(s.bc.getSession(), null);
  assert.deepEqual(s.events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  assert.equal(s.events[1].session, session);
  assert.equal(s.events[1].error.code, 'session_expired');
  assert.deepEqual(s.sdkEvents, ['signedIn', 'signedOut'], 'the SDK client is anonymous again');
  const after = await s.bc.client.database.from('todos').select('*');
  assert.deepEqual([after.error, after.data, s.insforge.calls.at(-1).bearer], [null, [], ANON]);
  await assert.rejects(s.bc.getAccessToken(), { code: 'signed_out' });
  t.mock.timers.tick(10 * 3_600_000);
  await settle();
  assert.equal(s.wallet.signed.length, 1, 'never a prompt the app did not ask for');
  assert.equal((await s.bc.signIn()).user.id, session.user.id);
  assert.deepEqual([s.wallet.signed.length, s.wallet.signed[1].reason], [2, 'sign-in']);
  s.bc.signOut();
});

test("walletRefresh 'sign': signs again before the end (reason 'scheduled'); a refused renewal ends the session with its token", async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: START });
  const s = setup({ walletRefresh: 'sign', insforge: fakeInsforge({ tokenTtl: 121 }) });
  const first = await s.bc.signIn();
  t.mock.timers.tick(96_000 - 1); // 120 s of life, renewed 20 % (24 s) before its end
  await settle();
  assert.equal(s.wallet.signed.length, 1);
  t.mock.timers.tick(1);
  await settle();
  assert.deepEqual(s.wallet.signed.map((x) => x.reason), ['sign-in', 'scheduled']);
  assert.equal(s.insforge.to('GET').length, 2, 'a fresh nonce for each signature');
  assert.equal(s.wallet.signed[1].message, viemMessage(s.insforge.challenges[1]));
  const second = s.bc.getSession();
  assert.notEqual(second.accessToken, first.accessToken);
  assert.deepEqual(s.events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.TOKEN_REFRESHED]);
  assert.deepEqual(s.sdkEvents, ['signedIn', 'tokenRefreshed']);

  s.wallet.refuse = Object.assign(new Error('User denied message signature.'), { code: 4001 });
  t.mock.timers.tick(96_000);
  await settle();
  assert.equal(s.wallet.signed.length, 3);
  assert.deepEqual([s.events.at(-1).event, s.events.at(-1).error.code], [BridgeEvent.REFRESH_FAILED, 'wallet_rejected']);
  assert.equal(s.bc.getSession(), second, 'still usable until its end');
  assert.equal((await s.bc.client.database.from('todos').select('*')).error, null, 'and used');
  t.mock.timers.tick(24_000 - 1);
  await settle();
  assert.equal(s.bc.getSession(), second);
  t.mock.timers.tick(1);
  await settle();
  assert.equal(s.bc.getSession(), null);
  assert.deepEqual(s.events.slice(-2).map((e) => e.event), [BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  t.mock.timers.tick(3_600_000);
  await settle();
  assert.equal(s.wallet.signed.length, 3, 'asked once per token, never again after a refusal');
});

test("walletRefresh 'sign': a 401 asks for one signature and the request is sent again once", async () => {
  const s = setup({ walletRefresh: 'sign' });
  const first = await s.bc.signIn();
  s.insforge.accepted.delete(first.accessToken);
  await new Promise((r) => setTimeout(r, 1_100)); // a new second: a new token
  const results = await Promise.all([1, 2, 3].map(() => s.bc.client.database.from('todos').select('*')));
  assert.ok(results.every((r) => r.error === null));
  assert.deepEqual(s.wallet.signed.map((x) => x.reason), ['sign-in', 'unauthorized'], 'one signature for the three');
  assert.equal(s.bc.getSession().user.id, first.user.id);
  s.bc.signOut();
});

test('eip1193Wallet: eth_requestAccounts, then personal_sign of the UTF-8 bytes as hex with the address; refusals and no account', async () => {
  const account = privateKeyToAccount(generatePrivateKey());
  const requests = [];
  let accounts = [account.address.toLowerCase()];
  let refuse = false;
  const ethereum = {
    async request({ method, params }) {
      requests.push({ method, params });
      if (method === 'eth_requestAccounts') return accounts;
      if (method === 'personal_sign') {
        if (refuse) throw Object.assign(new Error('User denied message signature.'), { code: 4001 });
        assert.equal(params[1].toLowerCase(), account.address.toLowerCase());
        return account.signMessage({ message: { raw: params[0] } });
      }
      throw Object.assign(new Error('unsupported'), { code: 4200 });
    },
  };
  const insforge = fakeInsforge();
  const bc = createBridgeClient({ baseUrl: BASE, anonKey: ANON, fetch: insforge.fetch, wallet: eip1193Wallet(ethereum) });
  const session = await bc.signIn();
  assert.equal(session.user.id, account.address);
  assert.deepEqual(requests.map((r) => r.method), ['eth_requestAccounts', 'personal_sign']);
  const [hex, from] = requests[1].params;
  assert.equal(Buffer.from(hex.slice(2), 'hex').toString('utf8'), insforge.posts[0].message);
  assert.equal(from, account.address, 'personal_sign names the checksummed address of the message');
  bc.signOut();

  refuse = true;
  assert.equal((await bc.signIn().catch((e) => e)).code, 'wallet_rejected');
  accounts = [];
  assert.equal((await bc.signIn().catch((e) => e)).code, 'no_wallet_address');
  assert.throws(() => eip1193Wallet({}), TypeError);
  // Called on its own, signMessage asks the wallet for the address.
  refuse = false;
  accounts = [account.address.toLowerCase()];
  const sig = await eip1193Wallet(ethereum).signMessage('hello');
  assert.equal(await verifyMessage({ address: account.address, message: 'hello', signature: sig }), true);
});

test('a bridge named by URL: GET ?address= and POST by plain fetch', async () => {
  const insforge = fakeInsforge();
  const wallet = viemWallet();
  const bc = new BridgeClient({ baseUrl: BASE, anonKey: ANON, fetch: insforge.fetch, wallet, bridge: `${BASE}/functions/wallet-bridge` });
  assert.equal((await bc.signIn()).user.id, getAddress(wallet.account.address));
  assert.deepEqual(insforge.to('GET')[0].query, { address: wallet.account.address.toLowerCase() });
  assert.equal(insforge.to('GET')[0].bearer, null, 'a plain fetch: no InsForge key at all');
  assert.equal(insforge.to('POST').length, 1);
  bc.signOut();
});

test('options a wallet client refuses', () => {
  const wallet = viemWallet();
  const o = { baseUrl: BASE, anonKey: ANON, fetch: async () => new Response('{}') };
  const bad = [
    { wallet: {} },
    { wallet: { getAddress: async () => '0x' } },
    { wallet, getProviderToken: async () => 't' },
    { wallet, bodyField: 'token' },
    { wallet, walletRefresh: 'always' },
    { wallet, siwe: null },
    { wallet, siwe: { chainId: '1' } },
    { wallet, siwe: { chainId: -1 } },
    { wallet, siwe: { domain: 'https://app.example' } },
    { wallet, siwe: { uri: 'app.example' } },
    { wallet, bridge: '' },
    { getProviderToken: async () => 't', bridge: 'oidc-bridge', walletRefresh: 'sign' },
    { getProviderToken: async () => 't', bridge: 'oidc-bridge', siwe: { chainId: 1 } },
  ];
  for (const b of bad) assert.throws(() => createBridgeClient({ ...o, ...b }), TypeError, JSON.stringify(Object.keys(b)));
  assert.throws(() => createWalletBridgeClient({ ...o }), TypeError, 'the wallet factory needs a wallet');
  assert.ok(createWalletBridgeClient({ ...o, wallet, walletRefresh: 'sign', siwe: { chainId: 1 } }) instanceof BridgeClient);
});
