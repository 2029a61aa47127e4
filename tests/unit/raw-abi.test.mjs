// The hand-written glues of the shipped .wasm modules (functions/src/lib/raw-abi.js and one per
// flavor) over the real modules: strings in and out as UTF-8 (absent ones too), the steps'
// numbers as the module has them, the PS256 check's bytes, the RS256 power, objects handed to
// other objects, and freed objects refused as wasm-bindgen's glue refused them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constants, generateKeyPairSync, sign } from 'node:crypto';
import * as bridgeFlavor from '../../functions/src/wasm/bridge.js';
import * as challengeFlavor from '../../functions/src/wasm/challenge.js';
import * as x402Flavor from '../../functions/src/wasm/x402.js';
import * as walletFlavor from '../../functions/src/wasm/wallet.js';
import { wasmLoader } from '../../functions/src/lib/wasm.js';
import { powerMod } from '../../functions/src/lib/bridge.js';

const NOW = Math.floor(Date.now() / 1000);
const b64url = (v) => Buffer.from(v).toString('base64url');
const loader = wasmLoader(bridgeFlavor);
const glue = () => loader.instance();

/** An RSA key pinned as a JWKS for `alg` (RS256 or PS256: one key, two paddings). */
function keyFor(alg) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { kty, n, e } = publicKey.export({ format: 'jwk' });
  return { privateKey, jwks: JSON.stringify({ keys: [{ kty, n, e, kid: 'k1', alg, use: 'sig' }] }) };
}

function token(alg, privateKey, claims) {
  const input = `${b64url(JSON.stringify({ alg, kid: 'k1' }))}.${b64url(JSON.stringify(claims))}`;
  const options = alg === 'PS256' ? { key: privateKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 } : privateKey;
  return { input, jwt: `${input}.${b64url(sign('sha256', Buffer.from(input), options))}` };
}

const reply = (session) => JSON.parse(session.reply());
const payload = (accessToken) => JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8'));

test('names, absent strings and non-ASCII text cross both ways; an RS256 token mints on its power', () => {
  const w = glue();
  assert.equal(w.Bridge.env_keys('workos'), 'WORKOS_CLIENT_ID,WORKOS_ISSUER,WORKOS_JWKS_URL,WORKOS_JWKS,JWT_SECRET,BRIDGE_TOKEN_TTL_SECONDS,BRIDGE_CAP_TO_PROVIDER_EXP,BRIDGE_ALLOWED_ORIGINS,BRIDGE_CLAIMS');
  assert.equal(w.Bridge.env_keys('nobody'), '');
  const key = keyFor('RS256');
  const bridge = new w.Bridge('workos', JSON.stringify({ JWT_SECRET: 'sécret-✓', WORKOS_CLIENT_ID: 'client_1', WORKOS_JWKS: key.jwks }));
  const { jwt } = token('RS256', key.privateKey, { iss: 'https://api.workos.com', sub: 'user_é😀', email: 'zoë@example.com', email_verified: true, iat: NOW, exp: NOW + 600 });
  const session = bridge.begin('POST', undefined, `Bearer ${jwt}`, '', NOW);
  assert.equal(session.kind, w.BridgeStep.SelectKey);
  assert.equal(session.jwks_url, undefined, 'pinned keys: nothing to fetch');
  assert.equal(session.discovery_url, undefined);
  session.select_key(undefined);
  assert.equal(session.kind, w.BridgeStep.RaisePower);
  const [n, e, s] = session.power.split(' ');
  assert.equal(e, '010001');
  assert.deepEqual(Buffer.from(s, 'hex'), Buffer.from(jwt.split('.')[2], 'base64url'));
  session.powered(powerMod(BigInt(`0x${s}`), BigInt(`0x${e}`), BigInt(`0x${n}`)).toString(16), NOW);
  assert.equal(session.kind, w.BridgeStep.Respond);
  const r = reply(session);
  assert.equal(r.status, 200);
  const body = JSON.parse(r.body);
  assert.deepEqual([body.user, payload(body.accessToken).sub], [{ id: 'user_é😀', email: 'zoë@example.com' }, 'user_é😀']);
  assert.equal(session.claims_record, undefined, 'no BRIDGE_CLAIMS: no record');
  assert.ok(r.headers.some(([k, v]) => k === 'Access-Control-Allow-Origin' && v === '*'));
  session.free();
  bridge.free();
});

test('a PS256 token: the key, the signed bytes and the signature go out, a true report mints', () => {
  const w = glue();
  const key = keyFor('PS256');
  const bridge = new w.Bridge('oidc', JSON.stringify({ JWT_SECRET: 's', OIDC_ISSUER: 'https://idp.example.com', OIDC_AUDIENCE: 'app', OIDC_JWKS: key.jwks }));
  const { input, jwt } = token('PS256', key.privateKey, { iss: 'https://idp.example.com', aud: 'app', sub: 'u1', iat: NOW, exp: NOW + 600 });
  const session = bridge.begin('POST', 'https://app.example.com', undefined, JSON.stringify({ token: jwt }), NOW);
  session.select_key(undefined);
  assert.equal(session.kind, w.BridgeStep.CheckSignature);
  assert.equal(session.power, '', 'no power to raise for PS256');
  assert.equal(session.alg, 'PS256');
  assert.equal(JSON.parse(session.key).kty, 'RSA');
  assert.deepEqual(Buffer.from(session.signing_input).toString(), input);
  assert.deepEqual(Buffer.from(session.signature), Buffer.from(jwt.split('.')[2], 'base64url'));
  session.signature_checked(true, NOW);
  assert.equal(reply(session).status, 200);
  session.free();
});

test('the other steps\' numbers: discovery, Stytch; a failed step ends the session', () => {
  const w = glue();
  const oidc = new w.Bridge('oidc', JSON.stringify({ JWT_SECRET: 's', OIDC_ISSUER: 'https://idp.example.com', OIDC_AUDIENCE: 'app' }));
  const key = keyFor('RS256');
  const { jwt } = token('RS256', key.privateKey, { iss: 'https://idp.example.com', aud: 'app', sub: 'u1', iat: NOW, exp: NOW + 600 });
  const d = oidc.begin('POST', undefined, `Bearer ${jwt}`, '', NOW);
  assert.equal(d.kind, w.BridgeStep.Discover);
  assert.equal(d.discovery_url, 'https://idp.example.com/.well-known/openid-configuration');
  d.fail('provider_unreachable');
  assert.deepEqual([d.kind, reply(d).status], [w.BridgeStep.Respond, 503]);

  const stytch = new w.Bridge('stytch', JSON.stringify({ JWT_SECRET: 's', STYTCH_PROJECT_ID: 'project-test-1', STYTCH_SECRET: 'secret' }));
  const s = stytch.begin('POST', undefined, undefined, JSON.stringify({ session_token: 'tok' }), NOW);
  assert.equal(s.kind, w.BridgeStep.StytchAuthenticate);
  assert.equal(JSON.parse(s.stytch_request).url, 'https://test.stytch.com/v1/sessions/authenticate');
  s.stytch_answer(404, '{"status_code":404,"error_type":"session_not_found"}', NOW);
  assert.deepEqual([s.kind, reply(s).status], [w.BridgeStep.Respond, 401]);
  for (const x of [d, s, oidc, stytch]) x.free();
});

test('a freed object is refused, not read; freeing twice is harmless', () => {
  const w = glue();
  const bridge = new w.Bridge('workos', '{}');
  const session = bridge.begin('GET', undefined, undefined, '', NOW);
  assert.equal(reply(session).status, 405);
  session.free();
  session.free();
  assert.throws(() => session.kind, /null pointer passed to rust/);
  assert.throws(() => session.reply(), /null pointer passed to rust/);
  bridge.free();
  assert.throws(() => bridge.begin('POST', undefined, undefined, '', NOW), /null pointer passed to rust/);
});

test('powerMod is the modular power, checked against small numbers and OpenSSL\'s RSA', () => {
  const slow = (b, e, m) => {
    let r = 1n;
    for (let i = 0n; i < e; i++) r = (r * b) % m;
    return r;
  };
  for (const [b, e, m] of [[2n, 10n, 1000n], [7n, 0n, 13n], [0n, 5n, 7n], [12n, 65n, 97n], [96n, 3n, 97n], [5n, 1n, 3n]]) {
    assert.equal(powerMod(b, e, m), slow(b, e, m), `${b}^${e} mod ${m}`);
  }
  // RSA: (m^d)^e = m for OpenSSL's key.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const big = (v) => BigInt(`0x${Buffer.from(v, 'base64url').toString('hex')}`);
  const [n, e, d] = [big(jwk.n), big(jwk.e), big(jwk.d)];
  const m = 0x1234567890abcdefn;
  assert.equal(powerMod(powerMod(m, d, n), e, n), m);
});

test('the challenge: secret names out, the configuration and a non-ASCII resource in, its 402 or 500 out', () => {
  const w = wasmLoader(challengeFlavor).instance();
  const keys = w.X402Challenge.env_keys().split(',');
  assert.ok(keys.includes('PAYMENT_RECIPIENT') && keys.includes('X402_PRICE'));
  const c = new w.X402Challenge(JSON.stringify({ PAYMENT_RECIPIENT: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', X402_DESCRIPTION: 'Café ☕' }));
  const resource = 'https://fn.example/functions/paid?q=é';
  const r = JSON.parse(c.reply(resource, '/functions/paid', Date.now()));
  assert.equal(r.status, 402);
  const header = r.headers.find(([k]) => k === 'PAYMENT-REQUIRED')[1];
  const required = JSON.parse(Buffer.from(header, 'base64').toString('utf8'));
  assert.deepEqual([required.resource.url, required.resource.description, required.accepts[0].amount], [resource, 'Café ☕', '10000']);
  c.free();
  assert.throws(() => c.reply(resource, '/functions/paid', Date.now()), /null pointer passed to rust/);
  const bad = new w.X402Challenge('{}');
  assert.equal(JSON.parse(bad.reply(resource, '/functions/paid', Date.now())).status, 500);
  bad.free();
});

test('x402: a flow from the configuration, a facilitator handed to reconcile, freed objects refused', () => {
  const w = wasmLoader(x402Flavor).instance();
  assert.ok(w.x402_env_keys().split(',').includes('PAYMENT_RECIPIENT'));
  const env = JSON.stringify({ PAYMENT_RECIPIENT: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', X402_DESCRIPTION: 'Café ☕' });
  const config = new w.X402Config(env);
  const flow = config.pay('', '', 'https://fn.example/functions/paid?q=é', '/functions/paid', 'GET /functions/paid', 'claim', '', Date.now());
  const effect = JSON.parse(flow.start(Date.now()));
  assert.deepEqual([effect.kind, effect.reply.status], ['respond', 402]);
  const required = JSON.parse(Buffer.from(Object.fromEntries(effect.reply.headers)['PAYMENT-REQUIRED'], 'base64').toString('utf8'));
  assert.deepEqual([required.resource.url, required.resource.description], ['https://fn.example/functions/paid?q=é', 'Café ☕']);
  flow.free();
  assert.throws(() => flow.start(Date.now()), /null pointer passed to rust/);
  const facilitator = new w.X402Facilitator(env);
  assert.equal(JSON.parse(facilitator.supported()).status, 200);
  const run = config.reconcile(facilitator, 'claim', '');
  assert.equal(typeof JSON.parse(run.start(Date.now())).kind, 'string');
  run.free();
  facilitator.free();
  assert.throws(() => config.reconcile(facilitator, 'claim', ''), /null pointer passed to rust/);
  config.free();
});

test('wallet: the configuration, a request with an absent origin, its first effect', () => {
  const w = wasmLoader(walletFlavor).instance();
  assert.ok(w.WalletBridge.env_keys().split(',').includes('SIWE_DOMAIN'));
  const bridge = new w.WalletBridge(JSON.stringify({ JWT_SECRET: 'k', SIWE_DOMAIN: 'app.example', SIWE_URI: 'https://app.example' }));
  const request = bridge.begin('GET', undefined, '', 'n0nce1234567', '0x70997970c51812dc3a010c7d01b50e0d17dc79c8');
  const effect = JSON.parse(request.start(Date.now()));
  assert.equal(typeof effect.kind, 'string');
  request.free();
  assert.throws(() => request.start(Date.now()), /null pointer passed to rust/);
  const bad = bridge.begin('GET', undefined, '', 'n0nce1234567', 'not an address');
  const refused = JSON.parse(bad.start(Date.now()));
  assert.deepEqual([refused.kind, refused.reply.status], ['respond', 400]);
  bad.free();
  bridge.free();
});

test('strings of megabytes cross both ways, the memory growing under them', () => {
  const w = wasmLoader(x402Flavor).instance();
  const config = new w.X402Config(JSON.stringify({ PAYMENT_RECIPIENT: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true' }));
  // 3 MB of UTF-8 in, more than 8 MB of JSON out: the slot's pointer and length past 2^21 and 2^23.
  const resource = `https://fn.example/functions/paid?q=${'é'.repeat(1_500_000)}`;
  for (let i = 0; i < 3; i++) {
    const flow = config.pay('', '', resource, '/functions/paid', 'GET /functions/paid', 'claim', '', Date.now());
    const effect = JSON.parse(flow.start(Date.now()));
    const required = JSON.parse(Buffer.from(Object.fromEntries(effect.reply.headers)['PAYMENT-REQUIRED'], 'base64').toString('utf8'));
    assert.equal(required.resource.url, resource);
    flow.free();
  }
  config.free();
});
