// Self-check of tests/support/providers.mjs: the mocks' JWKS verify the tokens the factories
// mint (with jose, over HTTP), and the switches behave. Run: node tests/support/providers.selfcheck.mjs
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify, decodeProtectedHeader, decodeJwt } from 'jose';
import { startProviders, closedPortUrl, generateRsaKey, publicKeyAsHmacKey } from './providers.mjs';

const p = await startProviders();
const { workos, kinde, stytch } = p;
const verify = (url, token, opts = {}) =>
  jwtVerify(token, createRemoteJWKSet(new URL(url), { cacheMaxAge: 0, cooldownDuration: 0 }), { algorithms: ['RS256'], ...opts });

try {
  // WorkOS
  const wt = await workos.accessToken({ email: 'a@example.com' });
  const w = await verify(workos.jwksUrl, wt, { issuer: [workos.issuer, workos.issuerBare] });
  assert.match(w.payload.sub, /^user_[0-9A-HJKMNP-TV-Z]{26}$/);
  assert.equal(w.payload.role, 'admin');
  assert.equal(w.payload.email, 'a@example.com');
  assert.match(w.protectedHeader.kid, /^sso_oidc_key_pair_/);
  assert.equal(workos.count(workos.jwksPath), 1);
  const jw = await (await fetch(workos.jwksUrl)).json();
  for (const k of jw.keys) assert.deepEqual(Object.keys(k).sort(), ['alg', 'e', 'kid', 'kty', 'n', 'use']);

  // Kinde: both JWKS paths, access/id/m2m
  const ka = await kinde.accessToken();
  await verify(kinde.jwksUrl, ka, { issuer: kinde.issuer });
  await verify(`${kinde.url}/.well-known/jwks`, await kinde.idToken(), { issuer: kinde.issuer });
  const m2m = decodeJwt(await kinde.m2mToken());
  assert.deepEqual(m2m.gty, ['client_credentials']);
  assert.equal(m2m.sub, undefined);
  assert.deepEqual(decodeJwt(ka).aud, []);
  assert.ok(decodeJwt(await kinde.idToken()).email);

  // Stytch JWT
  const st = await stytch.sessionJwt();
  const s = await verify(stytch.jwksUrl, st, { issuer: stytch.issuer, audience: stytch.projectId });
  assert.match(s.payload.sub, /^user-test-[0-9a-f-]{36}$/);
  assert.ok(s.payload['https://stytch.com/session'].authentication_factors[0].email_factor.email_address);

  // Stytch authenticate
  const basic = 'Basic ' + Buffer.from(`${stytch.projectId}:${stytch.secret}`).toString('base64');
  const reg = stytch.registerSession();
  const auth = (body, authz = basic) =>
    fetch(`${stytch.url}/v1/sessions/authenticate`, {
      method: 'POST',
      headers: { authorization: authz, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  let r = await auth({ session_token: reg.sessionToken });
  assert.equal(r.status, 200);
  let j = await r.json();
  assert.equal(j.user.emails[0].email, reg.user.email);
  assert.equal(j.session.user_id, reg.user.sub);
  await verify(stytch.jwksUrl, j.session_jwt, { issuer: stytch.issuer, audience: stytch.projectId });
  r = await auth({ session_token: reg.sessionToken, session_duration_minutes: 60 });
  assert.equal(r.status, 400);
  r = await auth({ session_token: 'nope' });
  assert.equal(r.status, 404);
  assert.equal((await r.json()).error_type, 'session_not_found');
  r = await auth({ session_token: reg.sessionToken }, 'Basic ' + Buffer.from(`${stytch.projectId}:wrong`).toString('base64'));
  assert.equal(r.status, 401);
  const expired = stytch.registerSession({ expiresAt: Math.floor(Date.now() / 1000) - 10 });
  assert.equal((await auth({ session_token: expired.sessionToken })).status, 404);
  assert.equal(stytch.authenticateRequests().length, 5);

  // forged tokens
  const other = await generateRsaKey(workos.currentKey.kid);
  await assert.rejects(verify(workos.jwksUrl, await workos.accessToken({ key: other })), /signature/);
  const hs = await workos.accessToken({ key: publicKeyAsHmacKey(workos.currentKey), header: { alg: 'HS256' } });
  assert.equal(decodeProtectedHeader(hs).alg, 'HS256');
  const none = await kinde.accessToken({ key: 'none', header: { alg: 'none' } });
  assert.ok(none.endsWith('.'));
  const tampered = await workos.accessToken({ tamper: { sub: 'user_EVIL' } });
  assert.equal(decodeJwt(tampered).sub, 'user_EVIL');
  await assert.rejects(verify(workos.jwksUrl, tampered), /signature/);
  const noKid = await workos.accessToken({ header: { kid: undefined } });
  assert.equal(decodeProtectedHeader(noKid).kid, undefined);
  const noSub = await workos.accessToken({ omit: ['sub'] });
  assert.equal(decodeJwt(noSub).sub, undefined);

  // rotation
  const oldKid = workos.currentKey.kid;
  await workos.rotateKey();
  assert.notEqual(workos.currentKey.kid, oldKid);
  assert.deepEqual((await (await fetch(workos.jwksUrl)).json()).keys.map((k) => k.kid), [workos.currentKey.kid]);
  await workos.rotateKey({ keepOld: true });
  assert.equal((await (await fetch(workos.jwksUrl)).json()).keys.length, 2);

  // fail switch and down switch
  kinde.setFail(500);
  assert.equal((await fetch(kinde.jwksUrl)).status, 500);
  kinde.setFail(200, { body: '<html>nope</html>', contentType: 'text/html' });
  assert.equal(await (await fetch(kinde.jwksUrl)).text(), '<html>nope</html>');
  kinde.setFail(null);
  assert.equal((await fetch(kinde.jwksUrl)).status, 200);
  await kinde.setDown(true);
  await assert.rejects(fetch(kinde.jwksUrl));
  await kinde.setDown(false);
  assert.equal((await fetch(kinde.jwksUrl)).status, 200);
  await assert.rejects(fetch(await closedPortUrl()));

  // counters
  workos.resetCounts();
  assert.equal(workos.count(), 0);
  console.log('providers self-check: ok');
} finally {
  await p.close();
}
