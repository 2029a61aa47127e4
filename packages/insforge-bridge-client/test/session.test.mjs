// The token life cycle (src/session.js) on a fake clock (node:test mock timers: setTimeout and
// Date), with a fake bridge: when it refreshes, how it backs off, that it never runs two
// exchanges at once, the 401 rule, sign-out.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BridgeError, BridgeEvent, TokenSession, backoffDelay, decodeJwtPayload, refreshDelay } from '../src/session.js';

const START = Date.UTC(2030, 0, 1);
const b64url = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
let serial = 0;

/** A bridge reply for `sub`, minted at the issuer's time `issuerNowMs`, living `ttl` seconds. */
function reply(sub, ttl, issuerNowMs = Date.now()) {
  const iat = Math.floor(issuerNowMs / 1000);
  const exp = iat + ttl;
  const accessToken = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub, role: 'authenticated', iat, exp, n: ++serial })}.sig`;
  return { accessToken, tokenType: 'Bearer', expiresAt: exp, user: { id: sub }, provider: 'test' };
}

/**
 * A fake bridge. `next` decides each answer: a function of the call number returning a reply,
 * an Error to throw, or a Promise. Records every call with its time and context.
 */
function bridge({ sub = 'user_a', ttl = 61, skewMs = 0 } = {}) {
  const b = { calls: [], sub, ttl, skewMs, fail: null, hold: null };
  b.exchange = async (ctx) => {
    b.calls.push({ at: Date.now(), ...ctx });
    if (b.hold) await b.hold;
    if (b.fail) throw b.fail;
    return reply(b.sub, b.ttl, Date.now() + b.skewMs);
  };
  return b;
}

function session(b, opts = {}) {
  const applied = [];
  const events = [];
  const s = new TokenSession({ exchange: b.exchange, apply: (token, event) => applied.push({ token, event }), random: () => 0.5, ...opts });
  s.onChange((event, sess, error) => events.push({ event, at: Date.now(), token: sess?.accessToken ?? null, error }));
  return { s, applied, events };
}

const clock = (t) => t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: START });
/** Let promise continuations run (setImmediate is not mocked). */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
};
async function tick(t, ms) {
  t.mock.timers.tick(ms);
  await settle();
}
function deferred() {
  let resolve;
  const promise = new Promise((r) => (resolve = r));
  return { promise, resolve };
}

test('refreshDelay: 20 % of the lifetime or 30 s, whichever is smaller, never under the floor', () => {
  assert.equal(refreshDelay(60_000), 48_000, 'a 60 s token (Clerk) refreshes 12 s early');
  assert.equal(refreshDelay(3_600_000), 3_570_000, 'a one-hour token refreshes 30 s early');
  assert.equal(refreshDelay(150_000), 120_000, '20 % of 150 s is exactly 30 s');
  assert.equal(refreshDelay(500), 1_000, 'the floor bounds the exchange rate');
  assert.equal(refreshDelay(-5), 1_000);
  assert.equal(refreshDelay(10_000, { marginRatio: 0.5, maxMarginMs: 2_000, minRefreshDelayMs: 0 }), 8_000);
});

test('backoffDelay: doubles from the base, capped, jittered within [d/2, d]', () => {
  const ceilings = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000];
  ceilings.forEach((d, i) => {
    assert.equal(backoffDelay(i + 1, { random: () => 0 }), d / 2);
    assert.equal(backoffDelay(i + 1, { random: () => 1 }), d);
  });
  for (let i = 0; i < 200; i++) {
    const d = backoffDelay(3);
    assert.ok(d >= 2_000 && d <= 4_000, String(d));
  }
  assert.equal(backoffDelay(1, { backoffBaseMs: 100, backoffMaxMs: 250, random: () => 1 }), 100);
  assert.equal(backoffDelay(9, { backoffBaseMs: 100, backoffMaxMs: 250, random: () => 1 }), 250);
});

test('decodeJwtPayload reads base64url payloads and refuses garbage', () => {
  assert.deepEqual(decodeJwtPayload(`x.${b64url({ sub: 'ü', exp: 1 })}.y`), { sub: 'ü', exp: 1 });
  assert.equal(decodeJwtPayload('not-a-jwt'), null);
  assert.equal(decodeJwtPayload('a.%%%.b'), null);
  assert.equal(decodeJwtPayload(null), null);
});

test('signIn exchanges once, applies SIGNED_IN, then refreshes at 80 % of each 60 s lifetime, before expiry', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 }); // exp − iat − 1 s for iat's rounding = 60 s
  const { s, applied, events } = session(b);
  const first = await s.signIn();
  assert.equal(b.calls.length, 1);
  assert.deepEqual(b.calls[0], { at: START, reason: 'sign-in', forceRefresh: false });
  assert.deepEqual(applied, [{ token: first.accessToken, event: BridgeEvent.SIGNED_IN }]);
  assert.equal(events[0].event, BridgeEvent.SIGNED_IN);
  assert.equal(await s.signIn(), first, 'signed in already: no second exchange');

  let previous = first;
  for (let i = 1; i <= 4; i++) {
    await tick(t, 48_000 - 1);
    assert.equal(b.calls.length, i, `refresh ${i} not before 48 s`);
    await tick(t, 1);
    assert.equal(b.calls.length, i + 1, `refresh ${i} at 48 s`);
    assert.deepEqual(b.calls[i], { at: START + i * 48_000, reason: 'scheduled', forceRefresh: true });
    const now = s.session;
    assert.notEqual(now.accessToken, previous.accessToken);
    assert.ok(Date.now() < previous.expiresAt * 1000, 'refreshed before the previous token expired');
    assert.deepEqual(applied.at(-1), { token: now.accessToken, event: BridgeEvent.TOKEN_REFRESHED });
    assert.equal(events.at(-1).event, BridgeEvent.TOKEN_REFRESHED);
    previous = now;
  }
  s.signOut();
});

test('the lifetime is measured on the issuer clock: a skewed local clock changes nothing', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61, skewMs: -3_600_000 }); // the issuer is an hour behind this machine
  const { s } = session(b);
  const first = await s.signIn();
  assert.ok(first.expiresAt * 1000 < Date.now(), 'by the local clock the token looks expired');
  assert.equal(await s.getAccessToken(), first.accessToken, 'still used: no exchange');
  assert.equal(b.calls.length, 1);
  await tick(t, 48_000);
  assert.equal(b.calls.length, 2, 'refreshed at 80 % of its real lifetime');
  s.signOut();
});

test('concurrent callers share one exchange; a failure is shared too', async (t) => {
  clock(t);
  const b = bridge();
  const { s } = session(b);
  const gate = deferred();
  b.hold = gate.promise;
  const callers = [s.signIn(), ...Array.from({ length: 19 }, () => s.getAccessToken()), s.refresh()];
  await settle();
  assert.equal(b.calls.length, 1);
  gate.resolve();
  const got = await Promise.all(callers);
  assert.equal(new Set(got.map((g) => (typeof g === 'string' ? g : g.accessToken))).size, 1);
  assert.equal(b.calls.length, 1);

  const gate2 = deferred();
  b.hold = gate2.promise;
  b.fail = new BridgeError('down', { code: 'provider_unreachable', status: 503 });
  const forced = Array.from({ length: 10 }, () => s.getAccessToken({ forceRefresh: true }).catch((e) => e));
  await settle();
  assert.equal(b.calls.length, 2);
  gate2.resolve();
  const errors = await Promise.all(forced);
  assert.ok(errors.every((e) => e instanceof BridgeError && e.code === 'provider_unreachable' && e.status === 503));
  assert.equal(b.calls.length, 2);
  s.signOut();
});

test('down: retries back off exponentially (capped), callers meanwhile fail fast, recovery resets', async (t) => {
  clock(t);
  const b = bridge();
  const { s, events } = session(b, { backoffBaseMs: 1_000, backoffMaxMs: 8_000, random: () => 1 });
  b.fail = new BridgeError('bridge down', { code: 'provider_unreachable', status: 503 });
  const e1 = await s.signIn().catch((e) => e);
  assert.equal(e1.code, 'provider_unreachable');
  assert.equal(e1.retryAt, START + 1_000);
  assert.equal(events.at(-1).event, BridgeEvent.REFRESH_FAILED);

  // During the backoff window, demand does not reach the bridge.
  const during = await Promise.all(Array.from({ length: 5 }, () => s.getAccessToken().catch((e) => e)));
  assert.ok(during.every((e) => e.code === 'provider_unreachable' && e.retryAt === START + 1_000));
  assert.equal(b.calls.length, 1);

  const expected = [1_000, 2_000, 4_000, 8_000, 8_000];
  let at = START;
  for (const [i, d] of expected.entries()) {
    await tick(t, d - 1);
    assert.equal(b.calls.length, i + 1, `attempt ${i + 2} not before ${d} ms`);
    await tick(t, 1);
    at += d;
    assert.equal(b.calls.length, i + 2, `attempt ${i + 2} after ${d} ms`);
    assert.deepEqual([b.calls.at(-1).at, b.calls.at(-1).reason], [at, 'retry']);
  }

  b.fail = null;
  await tick(t, 8_000);
  assert.equal(b.calls.length, expected.length + 2);
  assert.equal(events.at(-1).event, BridgeEvent.SIGNED_IN, 'recovered');
  assert.ok(await s.getAccessToken());

  // The failure count was reset: the next failure waits the base delay again.
  b.fail = new BridgeError('again', { code: 'provider_unreachable', status: 503 });
  const e2 = await s.refresh().catch((e) => e);
  assert.equal(e2.retryAt - Date.now(), 1_000);
  s.signOut();
});

test('a failed refresh keeps the still-valid token in use', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s } = session(b, { random: () => 1 });
  const first = await s.signIn();
  b.fail = new Error('provider API down');
  await tick(t, 48_000);
  assert.equal(b.calls.length, 2);
  assert.equal(await s.getAccessToken(), first.accessToken);
  assert.equal(await s.tokenForRequest(), first.accessToken);
  assert.equal(b.calls.length, 2);
  s.signOut();
});

test('a token past its end (timers asleep) is replaced before a request uses it', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s } = session(b);
  const first = await s.signIn();
  t.mock.timers.setTime(START + 70_000); // the clock moved, the refresh timer has not run
  const token = await s.tokenForRequest();
  assert.notEqual(token, first.accessToken);
  assert.equal(b.calls.length, 2);
  assert.equal(b.calls[1].reason, 'expired');
  s.signOut();
});

test('401: one shared exchange; a newer token is reused; a token obtained after a 401 causes no second one', async (t) => {
  clock(t);
  const b = bridge({ ttl: 3601 });
  const { s } = session(b);
  const t0 = (await s.signIn()).accessToken;
  const gate = deferred();
  b.hold = gate.promise;
  const retries = Array.from({ length: 10 }, () => s.tokenAfterUnauthorized(t0));
  await settle();
  assert.equal(b.calls.length, 2);
  assert.equal(b.calls[1].reason, 'unauthorized');
  assert.equal(b.calls[1].forceRefresh, true);
  gate.resolve();
  b.hold = null;
  const t1 = (await Promise.all(retries))[0];
  assert.ok(t1 && t1 !== t0);
  assert.equal(await s.tokenAfterUnauthorized(t0), t1, 'a late 401 for the old token retries with the new one');
  assert.equal(await s.tokenAfterUnauthorized(t1), null, 'the post-401 token answered 401 too: no retry');
  assert.equal(await s.tokenAfterUnauthorized(t1), null);
  assert.equal(b.calls.length, 2);
  assert.ok(s.minted(t0) && s.minted(t1) && !s.minted('someone-elses-token'));

  // A scheduled refresh yields an ordinary token, which may again cause one 401 exchange.
  const t2 = (await s.refresh()).accessToken;
  assert.notEqual(await s.tokenAfterUnauthorized(t2), null);
  assert.equal(b.calls.length, 4);
  s.signOut();
});

test('the provider answering no token (signed out there) signs out', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, applied, events } = session(b);
  await s.signIn();
  b.fail = new BridgeError('no token', { code: 'no_provider_token' });
  await tick(t, 48_000);
  assert.equal(s.session, null);
  assert.equal(s.active, false);
  assert.deepEqual(applied.at(-1), { token: null, event: BridgeEvent.SIGNED_OUT });
  assert.deepEqual(events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SIGNED_OUT]);
  await tick(t, 3_600_000);
  assert.equal(b.calls.length, 2, 'no timer left');
});

test('another user at the provider is a SIGNED_IN, not a TOKEN_REFRESHED', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, applied } = session(b);
  await s.signIn();
  b.sub = 'user_b';
  const next = await s.refresh();
  assert.equal(next.user.id, 'user_b');
  assert.deepEqual(applied.map((a) => a.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SIGNED_IN]);
  s.signOut();
});

test('signOut clears the token and every timer, and discards an exchange in flight', async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, applied, events } = session(b);
  await s.signIn();
  s.signOut();
  assert.equal(s.session, null);
  assert.deepEqual(applied.at(-1), { token: null, event: BridgeEvent.SIGNED_OUT });
  assert.equal(events.at(-1).event, BridgeEvent.SIGNED_OUT);
  await assert.rejects(s.getAccessToken(), { code: 'signed_out' });
  assert.equal(await s.tokenForRequest(), null);
  assert.equal(await s.tokenAfterUnauthorized('x'), null);
  await tick(t, 10 * 3_600_000);
  assert.equal(b.calls.length, 1, 'the refresh timer was cancelled');

  // Signing out while an exchange is in flight: its result never becomes the session.
  const gate = deferred();
  b.hold = gate.promise;
  const pending = s.signIn().catch((e) => e);
  await settle();
  s.signOut();
  const newer = s.signIn();
  await settle();
  assert.equal(b.calls.length, 2, 'the next exchange waits for the discarded one: never two at once');
  gate.resolve();
  b.hold = null;
  assert.equal((await pending).code, 'signed_out');
  const session2 = await newer;
  assert.equal(b.calls.length, 3);
  assert.equal(s.session, session2);
  assert.equal(applied.filter((a) => a.token === null).length, 2);
  s.signOut();
  await tick(t, 10 * 3_600_000);
  assert.equal(b.calls.length, 3);
});

test('failures after signOut schedule nothing', async (t) => {
  clock(t);
  const b = bridge();
  const { s } = session(b);
  const gate = deferred();
  b.hold = gate.promise;
  b.fail = new BridgeError('down', { code: 'provider_unreachable', status: 503 });
  const p = s.signIn().catch((e) => e);
  await settle();
  s.signOut();
  gate.resolve();
  assert.equal((await p).code, 'signed_out');
  await tick(t, 3_600_000);
  assert.equal(b.calls.length, 1);

  // A failure, then sign-out and a new sign-in at once: the old backoff does not hold it back.
  const e = await s.signIn().catch((x) => x);
  assert.equal(e.retryAt, Date.now() + 750, 'base 1 s, jitter 0.5');
  s.signOut();
  b.fail = null;
  assert.ok((await s.signIn()).accessToken);
  assert.equal(b.calls.length, 3);
  s.signOut();
});

test('a listener that throws does not stop the others or the session', async (t) => {
  clock(t);
  const b = bridge();
  const { s, events } = session(b);
  const seen = [];
  const logged = t.mock.method(console, 'error', () => {});
  s.onChange(() => {
    throw new Error('listener bug');
  });
  const off = s.onChange((e) => seen.push(e));
  await s.signIn();
  await settle();
  off();
  await s.refresh();
  assert.deepEqual(seen, [BridgeEvent.SIGNED_IN]);
  assert.equal(events.length, 2);
  assert.equal(logged.mock.calls.length, 2, 'the listener error is reported, not swallowed');
  assert.equal(logged.mock.calls[0].arguments[1].message, 'listener bug');
  s.signOut();
});

test('a retry timer that fires before retryAt by the wall clock still retries', async (t) => {
  // Timers only: Date.now() is driven by hand, as a wall clock that lags the timer clock (NTP
  // slewing, or set back) would be.
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let wall = START;
  t.mock.method(Date, 'now', () => wall);
  const b = bridge();
  const { s, events } = session(b, { random: () => 1 });
  b.fail = new BridgeError('down', { code: 'provider_unreachable', status: 503 });
  const e = await s.signIn().catch((x) => x);
  assert.equal(e.retryAt, START + 1_000);
  for (const [i, d] of [1_000, 2_000, 4_000].entries()) {
    wall += d - 1; // one millisecond short of retryAt by the wall clock
    await tick(t, d);
    assert.equal(b.calls.length, i + 2, `retry ${i + 1} ran`);
    assert.equal(b.calls.at(-1).reason, 'retry');
    wall += 1;
  }
  b.fail = null;
  wall += 7_000; // an hour's worth of wall-clock step back would do the same
  await tick(t, 8_000);
  assert.equal(events.at(-1).event, BridgeEvent.SIGNED_IN);
  s.signOut();
});

// ---- sessions whose exchange asks a person (a wallet's signature): renew 'never' and 'once' --

test("renew 'never': no exchange of its own; at the token's end SESSION_EXPIRED then SIGNED_OUT, the SDK back to anon", async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, applied, events } = session(b, { renew: 'never' });
  const first = await s.signIn();
  await tick(t, 60_000 - 1);
  assert.equal(b.calls.length, 1, 'no scheduled refresh');
  assert.equal(s.session, first);
  assert.equal(await s.tokenAfterUnauthorized(first.accessToken), null, 'a 401 is answered as is: no exchange');
  assert.equal(b.calls.length, 1);
  await tick(t, 1);
  assert.equal(s.session, null);
  assert.equal(s.active, false);
  assert.deepEqual(events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  assert.equal(events[1].token, first.accessToken, 'SESSION_EXPIRED carries the session that ended');
  assert.deepEqual([events[1].error.code, events[1].at], ['session_expired', START + 60_000]);
  assert.deepEqual(applied.at(-1), { token: null, event: BridgeEvent.SIGNED_OUT });
  assert.equal(s.minted(first.accessToken), false);
  await assert.rejects(s.getAccessToken(), { code: 'signed_out' });
  assert.equal(await s.tokenForRequest(), null);
  await tick(t, 10 * 3_600_000);
  assert.equal(b.calls.length, 1, 'nothing ever exchanged on its own');

  // Signing in again is the app's call, and works at once.
  const again = await s.signIn();
  assert.equal(b.calls.at(-1).reason, 'sign-in');
  assert.equal(events.at(-1).event, BridgeEvent.SIGNED_IN);
  assert.notEqual(again.accessToken, first.accessToken);
  s.signOut();
});

test("renew 'never': a token found past its end (timers asleep) ends the session instead of exchanging", async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, events } = session(b, { renew: 'never' });
  await s.signIn();
  t.mock.timers.setTime(START + 70_000); // the clock moved, the expiry timer has not run
  assert.equal(await s.tokenForRequest(), null, 'the request goes out as it is');
  assert.deepEqual(events.map((e) => e.event), [BridgeEvent.SIGNED_IN, BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  await s.signIn();
  t.mock.timers.setTime(START + 140_000);
  await assert.rejects(s.getAccessToken(), { code: 'session_expired' });
  assert.equal(s.session, null);
  assert.equal(b.calls.length, 2, 'no exchange but the two sign-ins');
  // refresh() and getAccessToken({ forceRefresh }) are the app asking: they exchange.
  await s.signIn();
  const forced = await s.getAccessToken({ forceRefresh: true });
  assert.equal(b.calls.at(-1).reason, 'manual');
  assert.equal(forced, s.session.accessToken);
  s.signOut();
});

test("renew 'never': a failure is not retried and sets no backoff; the session keeps its token until its end", async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, events } = session(b, { renew: 'never' });
  b.fail = new BridgeError('refused in the wallet', { code: 'wallet_rejected' });
  const e = await s.signIn().catch((x) => x);
  assert.equal(e.code, 'wallet_rejected');
  assert.equal(e.retryAt, undefined, 'no backoff');
  assert.equal(s.active, false, 'a failed first sign-in leaves nobody signed in');
  assert.deepEqual(events.map((x) => x.event), [BridgeEvent.REFRESH_FAILED]);
  await tick(t, 3_600_000);
  assert.equal(b.calls.length, 1, 'never retried on a timer');
  b.fail = null;
  const first = await s.signIn();
  assert.equal(b.calls.length, 2, 'the next sign-in runs at once');

  b.fail = new BridgeError('refused again', { code: 'wallet_rejected' });
  await tick(t, 10_000);
  assert.equal((await s.refresh().catch((x) => x)).code, 'wallet_rejected');
  assert.equal(s.session, first, 'the held token stays in use');
  assert.equal(await s.getAccessToken(), first.accessToken);
  await tick(t, 50_000 - 1);
  assert.equal(s.session, first);
  await tick(t, 1);
  assert.equal(s.session, null);
  assert.deepEqual(events.slice(-3).map((x) => x.event), [BridgeEvent.REFRESH_FAILED, BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  assert.equal(b.calls.length, 3);
});

test("renew 'once': renews on its schedule; a failed renewal is not tried again and the session ends with its token", async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, events } = session(b, { renew: 'once' });
  await s.signIn();
  await tick(t, 48_000);
  assert.deepEqual([b.calls.length, b.calls[1].reason, events.at(-1).event], [2, 'scheduled', BridgeEvent.TOKEN_REFRESHED]);
  const held = s.session;

  b.fail = new BridgeError('refused in the wallet', { code: 'wallet_rejected' });
  await tick(t, 48_000);
  assert.equal(b.calls.length, 3);
  assert.deepEqual([events.at(-1).event, events.at(-1).error.code, events.at(-1).error.retryAt], [BridgeEvent.REFRESH_FAILED, 'wallet_rejected', undefined]);
  assert.equal(s.session, held, 'the token stays in use until its end');
  assert.equal(await s.tokenAfterUnauthorized(held.accessToken), null, 'after a failed renewal, a 401 asks nobody');
  await tick(t, 12_000 - 1);
  assert.equal(s.session, held);
  await tick(t, 1);
  assert.equal(s.session, null);
  assert.deepEqual(events.slice(-2).map((x) => x.event), [BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  await tick(t, 3_600_000);
  assert.equal(b.calls.length, 3, 'asked once, never again');
});

test("renew 'once': a 401 renews once; a renewal still waiting at the token's end ends the session, and a late success signs in again", async (t) => {
  clock(t);
  const b = bridge({ ttl: 61 });
  const { s, applied, events } = session(b, { renew: 'once' });
  const t0 = (await s.signIn()).accessToken;
  const t1 = await s.tokenAfterUnauthorized(t0);
  assert.ok(t1 && t1 !== t0);
  assert.equal(b.calls[1].reason, 'unauthorized');

  const gate = deferred();
  b.hold = gate.promise; // the person has not signed yet
  await tick(t, 48_000);
  assert.equal(b.calls.length, 3);
  await tick(t, 12_000);
  assert.equal(s.session, null, 'the token ended while the renewal waited');
  assert.deepEqual(events.slice(-2).map((x) => x.event), [BridgeEvent.SESSION_EXPIRED, BridgeEvent.SIGNED_OUT]);
  assert.deepEqual(applied.at(-1), { token: null, event: BridgeEvent.SIGNED_OUT });
  assert.equal(await s.tokenForRequest(), null);
  gate.resolve();
  b.hold = null;
  await settle();
  assert.equal(events.at(-1).event, BridgeEvent.SIGNED_IN, 'the signature came: signed in again');
  assert.equal(s.active, true);
  assert.equal(await s.tokenForRequest(), s.session.accessToken);
  await tick(t, 48_000);
  assert.equal(b.calls.at(-1).reason, 'scheduled', 'and renewing on schedule again');
  s.signOut();
});

test('an unknown renew mode is refused', () => {
  assert.throws(() => new TokenSession({ exchange: async () => ({}), renew: 'sometimes' }), TypeError);
});
