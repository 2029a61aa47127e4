// Local stand-ins for OpenID Connect issuers (one server per provider), each serving
// `<issuer>/.well-known/openid-configuration` and the `jwks_uri` it names, with token factories
// shaped like the real provider's tokens (per-run keys; jose signs them):
//
//   clerk     issuer = the Frontend API origin; session tokens v1 (`org_id`…) and v2 (`v: 2`, `o`),
//             customised with the app's `aud` (`audience`); a JWT template for a third party
//             is the same token with that party's `aud` (`claims: { aud: 'convex' }`)
//   auth0     issuer ends with `/`; access tokens with an audience array and namespaced claims
//   firebase  issuer `<securetoken>/<project>`, aud = the project id, `firebase` claim
//   cognito   issuer `<cognito-idp>/<pool id>`; ID (`token_use: id`, aud) and access tokens
//             (`token_use: access`, `client_id`, no aud)
//   entra     issuer `<login>/<tenant id>/v2.0`, ver 2.0, oid/tid
//   google    issuer = the origin; azp, aud = client id, email_verified
//   supabase  issuer `<project>/auth/v1`, ES256, aud `authenticated`, user_metadata (the user's
//             to write), `email_verified` only as a Custom Access Token Hook adds it, anonymous
//             users (`is_anonymous: true`)
//   generic   PS256, for the generic `oidc` row
//
// Every token factory takes `claims` / `header` overrides (a value of undefined removes the
// member), `key` (another key pair) and `ttl`.

import { randomBytes, randomUUID } from 'node:crypto';
import { CompactSign, SignJWT, exportJWK, generateKeyPair } from 'jose';
import { MockServer, nowSeconds } from './providers.mjs';

const hex = (n) => randomBytes(n).toString('hex');
const b62 = (n) => randomBytes(n).toString('base64url').replace(/[-_]/g, 'x');

function apply(base, overrides = {}) {
  const out = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** A signing key of `alg` with its public JWK. */
export async function generateKey(alg, kid) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { kid, alg, privateKey, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

export class OidcMock extends MockServer {
  /** `path`: the issuer's path on this server ('' for the origin, '/' for Auth0's slash). */
  constructor({ name, path = '', alg = 'RS256', kid = () => hex(8) }) {
    super(name);
    this.path = path;
    this.alg = alg;
    this.makeKid = kid;
    // Set to make the discovery document name another issuer.
    this.discoveryIssuer = null;
  }

  newKid() {
    return this.makeKid();
  }

  async init() {
    this.keys.push(await generateKey(this.alg, this.newKid()));
    await this.listen(0);
    return this;
  }

  async rotateKey({ keepOld = false } = {}) {
    const fresh = await generateKey(this.alg, this.newKid());
    this.keys = keepOld ? [...this.keys, fresh] : [fresh];
    return fresh;
  }

  get issuer() {
    return `${this.url}${this.path}`;
  }
  get base() {
    return this.issuer.replace(/\/$/, '');
  }
  get discoveryPath() {
    return `${this.path.replace(/\/$/, '')}/.well-known/openid-configuration`;
  }
  get jwksPath() {
    return `${this.path.replace(/\/$/, '')}/.well-known/jwks.json`;
  }

  async handle(req, res, { path, send }) {
    if (req.method === 'GET' && path === this.discoveryPath) {
      return send(200, {
        issuer: this.discoveryIssuer ?? this.issuer,
        authorization_endpoint: `${this.base}/authorize`,
        token_endpoint: `${this.base}/oauth/token`,
        userinfo_endpoint: `${this.base}/userinfo`,
        jwks_uri: `${this.url}${this.jwksPath}`,
        response_types_supported: ['code', 'id_token', 'token id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: [this.alg],
        scopes_supported: ['openid', 'email', 'profile'],
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'email', 'email_verified'],
      }, { 'cache-control': 'public, max-age=3600' });
    }
    if (req.method === 'GET' && path === this.jwksPath) return send(200, this.jwks());
    return send(404, { error: 'not_found' });
  }

  /** Signs `claims` (defaults: iss, iat, exp) with the current key, or `opts.key`. */
  sign(base, opts = {}) {
    const now = nowSeconds();
    const claims = apply({ iss: this.issuer, iat: now, exp: now + (opts.ttl ?? 3600), ...base }, opts.claims);
    const key = opts.key ?? this.currentKey;
    const header = apply({ alg: key.alg ?? this.alg, kid: key.kid, typ: 'JWT' }, opts.header);
    return new SignJWT(claims).setProtectedHeader(header).sign(key.privateKey);
  }

  /**
   * Signs `claims` with `raw` members spliced in as JSON text as they are (an integer beyond
   * 2^53, which no JS number can hold): `raw` is `{name: 'json text'}`.
   */
  signRaw(base, raw, opts = {}) {
    const now = nowSeconds();
    const claims = apply({ iss: this.issuer, iat: now, exp: now + (opts.ttl ?? 3600), ...base }, opts.claims);
    const members = Object.entries(raw).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',');
    const text = `${JSON.stringify(claims).slice(0, -1)},${members}}`;
    const key = opts.key ?? this.currentKey;
    return new CompactSign(new TextEncoder().encode(text)).setProtectedHeader({ alg: key.alg ?? this.alg, kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  }
}

// ---------------------------------------------------------------------------------------------
// per provider

export class ClerkMock extends OidcMock {
  constructor() {
    super({ name: 'clerk', kid: () => `ins_${b62(20)}` });
    this.origin = 'https://app.example';
    // The `aud` the app's session token customisation adds.
    this.audience = 'https://insforge.app.example';
  }
  newUser() {
    return { sub: `user_${b62(20)}` };
  }
  /** Session token v1: `org_id`, `org_role`, `org_slug` when an organisation is active. */
  sessionV1({ user = this.newUser(), org, azp = this.origin, ...opts } = {}) {
    const now = nowSeconds();
    const base = { aud: this.audience, azp, nbf: now - 5, sid: `sess_${b62(20)}`, sub: user.sub };
    if (org) Object.assign(base, { org_id: org, org_role: 'org:member', org_slug: org.toLowerCase(), org_permissions: [] });
    return this.sign(base, { ttl: 60, ...opts });
  }
  /** Session token v1 whose `org_id` is the JSON text `orgJson` (e.g. a 64-bit integer). */
  sessionV1Raw({ user = this.newUser(), orgJson, azp = this.origin, ...opts } = {}) {
    const now = nowSeconds();
    return this.signRaw({ aud: this.audience, azp, nbf: now - 5, sid: `sess_${b62(20)}`, sub: user.sub }, { org_id: orgJson }, { ttl: 60, ...opts });
  }
  /** Session token v2: `v: 2`, the organisation as `o: {id, rol, slg}`, `fva`. */
  sessionV2({ user = this.newUser(), org, azp = this.origin, ...opts } = {}) {
    const now = nowSeconds();
    const base = { aud: this.audience, azp, fva: [1, -1], nbf: now - 5, sid: `sess_${b62(20)}`, sub: user.sub, v: 2 };
    if (org) base.o = { id: org, rol: 'member', slg: org.toLowerCase() };
    return this.sign(base, { ttl: 60, ...opts });
  }
}

export class Auth0Mock extends OidcMock {
  constructor() {
    super({ name: 'auth0', path: '/', kid: () => b62(22) });
    this.clientId = b62(24);
    this.api = 'https://api.todos.example';
  }
  /** An access token for the API: aud [api, <issuer>userinfo], namespaced custom claims. */
  accessToken({ sub = `auth0|${hex(12)}`, roles = ['editor'], ...opts } = {}) {
    return this.sign({
      sub,
      aud: [this.api, `${this.issuer}userinfo`],
      scope: 'openid profile email',
      azp: this.clientId,
      'https://app.example.com/roles': roles,
      'https://app.example.com/org': 'org_auth0',
    }, { ttl: 86400, ...opts });
  }
  idToken({ sub = `auth0|${hex(12)}`, email = `a0.${hex(3)}@example.com`, verified = true, ...opts } = {}) {
    return this.sign({ sub, aud: this.clientId, email, email_verified: verified, nickname: 'a0', name: email, sid: b62(16), nonce: b62(12) }, { ttl: 36000, ...opts });
  }
}

export class FirebaseMock extends OidcMock {
  constructor() {
    const project = `demo-${hex(4)}`;
    super({ name: 'firebase', path: `/${project}`, kid: () => hex(20) });
    this.project = project;
  }
  /** `anonymous`: an anonymous sign-in (`sign_in_provider: "anonymous"`, no email). */
  idToken({ uid = b62(21).slice(0, 28), email = `fb.${hex(3)}@example.com`, verified = true, anonymous = false, ...opts } = {}) {
    const now = nowSeconds();
    if (anonymous) {
      return this.sign({ provider_id: 'anonymous', aud: this.project, auth_time: now - 10, user_id: uid, sub: uid, firebase: { identities: {}, sign_in_provider: 'anonymous' } }, opts);
    }
    return this.sign({
      aud: this.project,
      auth_time: now - 10,
      user_id: uid,
      sub: uid,
      email,
      email_verified: verified,
      firebase: { identities: { email: [email] }, sign_in_provider: 'password' },
    }, opts);
  }
}

export class CognitoMock extends OidcMock {
  constructor() {
    const pool = `us-east-1_${b62(9)}`;
    super({ name: 'cognito', path: `/${pool}`, kid: () => randomBytes(32).toString('base64') });
    this.clientId = hex(13);
  }
  idToken({ sub = randomUUID(), email = `cg.${hex(3)}@example.com`, ...opts } = {}) {
    const now = nowSeconds();
    return this.sign({
      sub,
      'cognito:groups': ['members'],
      email_verified: true,
      'cognito:username': sub,
      origin_jti: randomUUID(),
      aud: this.clientId,
      event_id: randomUUID(),
      token_use: 'id',
      auth_time: now - 3,
      jti: randomUUID(),
      email,
    }, opts);
  }
  accessToken({ sub = randomUUID(), ...opts } = {}) {
    const now = nowSeconds();
    return this.sign({
      sub,
      'cognito:groups': ['members'],
      origin_jti: randomUUID(),
      event_id: randomUUID(),
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      auth_time: now - 3,
      jti: randomUUID(),
      client_id: this.clientId,
      username: sub,
    }, opts);
  }
}

export class EntraMock extends OidcMock {
  constructor() {
    const tenant = randomUUID();
    super({ name: 'entra', path: `/${tenant}/v2.0`, kid: () => b62(27) });
    this.tenant = tenant;
    this.clientId = randomUUID();
  }
  idToken({ email = `en.${hex(3)}@contoso.example`, edov, ...opts } = {}) {
    const now = nowSeconds();
    const base = {
      aud: this.clientId,
      nbf: now,
      email,
      name: 'Entra Tester',
      oid: randomUUID(),
      preferred_username: email,
      rh: `0.${b62(40)}.`,
      sid: randomUUID(),
      sub: b62(32),
      tid: this.tenant,
      uti: b62(16),
      ver: '2.0',
    };
    if (edov !== undefined) base.xms_edov = edov;
    return this.sign(base, opts);
  }
}

export class GoogleMock extends OidcMock {
  constructor() {
    super({ name: 'google', kid: () => hex(20) });
    this.clientId = `${hex(6)}-${b62(24)}.apps.googleusercontent.com`;
  }
  idToken({ email = `g.${hex(3)}@example.com`, verified = true, ...opts } = {}) {
    return this.sign({
      azp: this.clientId,
      aud: this.clientId,
      sub: String(100000000000000000000n + BigInt(`0x${hex(8)}`)),
      email,
      email_verified: verified,
      at_hash: b62(16),
      name: 'Google Tester',
      given_name: 'Google',
      family_name: 'Tester',
      hd: 'example.com',
    }, opts);
  }
}

export class SupabaseMock extends OidcMock {
  constructor() {
    super({ name: 'supabase', path: '/auth/v1', alg: 'ES256', kid: () => randomUUID() });
  }
  /**
   * `verified`: the user's own `user_metadata.email_verified`; `hookVerified`: the top-level
   * `email_verified` a Custom Access Token Hook adds (absent by default, as Supabase issues
   * them); `anonymous`: an anonymous sign-in (`is_anonymous: true`, no email).
   */
  accessToken({ sub = randomUUID(), email = `sb.${hex(3)}@example.com`, verified = true, hookVerified, anonymous = false, ...opts } = {}) {
    const now = nowSeconds();
    const claims = {
      sub,
      aud: 'authenticated',
      email: anonymous ? '' : email,
      phone: '',
      app_metadata: anonymous ? {} : { provider: 'email', providers: ['email'] },
      user_metadata: anonymous ? {} : { email, email_verified: verified, phone_verified: false, sub },
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: anonymous ? 'anonymous' : 'password', timestamp: now - 5 }],
      session_id: randomUUID(),
      is_anonymous: anonymous,
    };
    if (hookVerified !== undefined) claims.email_verified = hookVerified;
    return this.sign(claims, opts);
  }
}

export class GenericOidcMock extends OidcMock {
  constructor() {
    super({ name: 'oidc', path: '/realms/main', alg: 'PS256' });
    this.clientId = `app-${hex(4)}`;
  }
  idToken({ email = `o.${hex(3)}@example.com`, ...opts } = {}) {
    return this.sign({ sub: randomUUID(), aud: this.clientId, azp: this.clientId, email, email_verified: true, typ: 'ID' }, opts);
  }
}

/** Every stand-in, started. close() stops them. */
export async function startOidcProviders() {
  const all = {
    clerk: new ClerkMock(),
    auth0: new Auth0Mock(),
    firebase: new FirebaseMock(),
    cognito: new CognitoMock(),
    entra: new EntraMock(),
    google: new GoogleMock(),
    supabase: new SupabaseMock(),
    oidc: new GenericOidcMock(),
  };
  await Promise.all(Object.values(all).map((m) => m.init()));
  return {
    ...all,
    async close() {
      await Promise.all(Object.values(all).map((m) => m.close()));
    },
  };
}
