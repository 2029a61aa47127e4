// Local stand-ins for the WorkOS, Kinde and Stytch endpoints the bridge functions call, plus
// token factories that mint realistic provider tokens with per-run RSA keys.
//
// Wire formats follow the providers' public documentation:
//   WorkOS  GET  /sso/jwks/<client_id>                  → { keys: [...] }
//   Kinde   GET  /.well-known/jwks.json, /.well-known/jwks → { keys: [...] }
//   Stytch  GET  /v1/sessions/jwks/<project_id>         → { keys: [...], request_id, status_code }
//           POST /v1/sessions/authenticate  (Basic project_id:secret, JSON {session_token})
//
// Every server listens on 127.0.0.1 on a free port and offers:
//   url, count(path|prefix), counts, requests, resetCounts(), rotateKey({keepOld}),
//   setDown(bool), setFail(status|null, opts), setStall(prefix|null), close().
// Token factories accept overrides: `claims` (a key set to undefined is removed), `header`
// (same), `omit: [...]`, `key` (another key pair / { hmac: Uint8Array } / 'none'),
// `tamper` (claims re-encoded over the original signature).

import http from 'node:http';
import net from 'node:net';
import { randomUUID, randomBytes } from 'node:crypto';
import { SignJWT, generateKeyPair, exportJWK, exportSPKI, base64url } from 'jose';

// ---------------------------------------------------------------------------------------------
// small helpers

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id (timestamp + randomness, Crockford base32, 26 chars) as WorkOS uses. */
export function ulid(time = Date.now()) {
  let t = time;
  let ts = '';
  for (let i = 0; i < 10; i++) {
    ts = CROCKFORD[t % 32] + ts;
    t = Math.floor(t / 32);
  }
  const rnd = randomBytes(16);
  let r = '';
  for (let i = 0; i < 16; i++) r += CROCKFORD[rnd[i] % 32];
  return ts + r;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);
const hex = (n) => randomBytes(n).toString('hex');
const iso = (unixSeconds) => new Date(unixSeconds * 1000).toISOString();

/** A TCP port on 127.0.0.1 that nothing listens on (bound then released). */
export async function closedPort() {
  const srv = net.createServer();
  await new Promise((res, rej) => srv.listen(0, '127.0.0.1', res).on('error', rej));
  const { port } = srv.address();
  await new Promise((res) => srv.close(res));
  return port;
}
export async function closedPortUrl() {
  return `http://127.0.0.1:${await closedPort()}`;
}

/** Generate an RS256 key pair with a kid and its public JWK (kid, kty, alg, use, n, e). */
export async function generateRsaKey(kid) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true, modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  const publicJwk = { kty: 'RSA', kid, use: 'sig', alg: 'RS256', n: jwk.n, e: jwk.e };
  const spkiPem = await exportSPKI(publicKey);
  return { kid, privateKey, publicKey, publicJwk, spkiPem };
}

function applyOverrides(base, overrides = {}, omit = []) {
  const out = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  for (const k of omit) delete out[k];
  return out;
}

const b64json = (obj) => base64url.encode(new TextEncoder().encode(JSON.stringify(obj)));

/**
 * Sign `claims` with `header`.
 * key: { privateKey } (RS256 by default) | { hmac: Uint8Array } (HS*) | 'none' (unsigned, empty
 * signature segment) — the header's alg is taken verbatim from `header`.
 * tamper: claims object whose encoding replaces the payload while the original signature stays.
 */
export async function signToken({ header, claims, key, tamper }) {
  let token;
  if (key === 'none') {
    token = `${b64json(header)}.${b64json(claims)}.`;
  } else {
    const signingKey = key.hmac ?? key.privateKey;
    if (!signingKey) throw new Error('signToken: key needs privateKey or hmac');
    token = await new SignJWT(claims).setProtectedHeader(header).sign(signingKey);
  }
  if (tamper) {
    const [h, , s] = token.split('.');
    token = `${h}.${b64json(tamper)}.${s}`;
  }
  return token;
}

/** Decode a JWT payload without verifying (tests use it to inspect what was minted). */
export function decodeJwtPart(token, index = 1) {
  return JSON.parse(Buffer.from(token.split('.')[index], 'base64url').toString('utf8'));
}

// ---------------------------------------------------------------------------------------------
// the shared server machinery

export class MockServer {
  constructor(name) {
    this.name = name;
    this.keys = [];
    this.counts = {};
    this.requests = [];
    this.fail = null; // { status, body, contentType, prefix }
    this.stall = null; // a path prefix whose answers stall after their headers
    this.down = false;
    this.port = 0;
    this.server = null;
    this.sockets = new Set();
  }

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get currentKey() {
    return this.keys[this.keys.length - 1];
  }

  jwks() {
    return { keys: this.keys.map((k) => ({ ...k.publicJwk })) };
  }

  newKid() {
    return hex(8);
  }

  async init() {
    this.keys.push(await generateRsaKey(this.newKid()));
    await this.listen(0);
    return this;
  }

  async listen(port) {
    this.server = http.createServer((req, res) => this.dispatch(req, res));
    this.server.keepAliveTimeout = 1000;
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise((res, rej) => this.server.listen(port, '127.0.0.1', res).on('error', rej));
    this.port = this.server.address().port;
  }

  async stopListening() {
    if (!this.server) return;
    const srv = this.server;
    this.server = null;
    const closed = new Promise((res) => srv.close(() => res()));
    srv.closeAllConnections?.();
    for (const s of this.sockets) s.destroy();
    await closed;
  }

  /** Rotate the signing key: a new kid becomes current; the old key is kept (overlap) or removed. */
  async rotateKey({ keepOld = false } = {}) {
    const fresh = await generateRsaKey(this.newKid());
    this.keys = keepOld ? [...this.keys, fresh] : [fresh];
    return fresh;
  }

  /** true: the port is closed (connection refused). false: listen again on the same port. */
  async setDown(down) {
    if (down && !this.down) {
      this.down = true;
      await this.stopListening();
    } else if (!down && this.down) {
      this.down = false;
      await this.listen(this.port);
    }
  }

  /**
   * Answer every request (or those whose path starts with opts.prefix) with `status`.
   * Default body: a JSON error; opts.body/opts.contentType override (e.g. an HTML page with 200
   * to simulate an unparseable JWKS). null clears the switch.
   */
  setFail(status, opts = {}) {
    this.fail = status == null ? null : { status, ...opts };
  }

  /**
   * Requests whose path starts with `prefix` get a 200 with its headers and the first bytes of
   * a JSON body, then nothing more (the connection stays open). null clears the switch.
   */
  setStall(prefix) {
    this.stall = prefix;
  }

  count(pathOrPrefix) {
    if (pathOrPrefix == null) return Object.values(this.counts).reduce((a, b) => a + b, 0);
    let n = 0;
    for (const [p, c] of Object.entries(this.counts)) if (p === pathOrPrefix || p.startsWith(pathOrPrefix)) n += c;
    return n;
  }

  resetCounts() {
    this.counts = {};
    this.requests = [];
  }

  async close() {
    this.down = true;
    await this.stopListening();
  }

  async dispatch(req, res) {
    const url = new URL(req.url, this.url);
    const path = url.pathname;
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    this.counts[path] = (this.counts[path] ?? 0) + 1;
    const record = { method: req.method, path, headers: { ...req.headers }, rawBody, body: undefined, at: Date.now() };
    try {
      record.body = rawBody ? JSON.parse(rawBody) : undefined;
    } catch {
      /* keep rawBody */
    }
    this.requests.push(record);

    const send = (status, body, headers = {}) => {
      const isText = typeof body === 'string';
      res.writeHead(status, {
        'content-type': isText ? headers['content-type'] ?? 'text/plain' : 'application/json; charset=utf-8',
        ...headers,
      });
      res.end(isText ? body : JSON.stringify(body));
    };

    if (this.stall !== null && path.startsWith(this.stall)) {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '65536' });
      res.write('{"keys":[{"kty":"RSA",');
      return;
    }
    if (this.fail && (!this.fail.prefix || path.startsWith(this.fail.prefix))) {
      const { status, body, contentType } = this.fail;
      if (body !== undefined) return send(status, body, contentType ? { 'content-type': contentType } : {});
      return send(status, { error: 'internal_server_error', message: `${this.name} mock is failing on purpose` });
    }
    try {
      await this.handle(req, res, { url, path, rawBody, body: record.body, send, record });
    } catch (e) {
      send(500, { error: 'mock_crashed', message: String(e?.message ?? e) });
    }
  }

  // eslint-disable-next-line no-unused-vars
  async handle(req, res, ctx) {
    ctx.send(404, { message: 'Not Found' });
  }
}

// ---------------------------------------------------------------------------------------------
// WorkOS

export class WorkOSMock extends MockServer {
  constructor({ clientId } = {}) {
    super('workos');
    this.clientId = clientId ?? `client_${ulid()}`;
  }

  newKid() {
    return `sso_oidc_key_pair_${ulid()}`;
  }

  get jwksPath() {
    return `/sso/jwks/${this.clientId}`;
  }
  get jwksUrl() {
    return `${this.url}${this.jwksPath}`;
  }
  /** The default issuers the bridge accepts for this client id. */
  get issuer() {
    return `https://api.workos.com/user_management/${this.clientId}`;
  }
  get issuerBare() {
    return 'https://api.workos.com';
  }

  async handle(req, res, { path, send }) {
    if (req.method === 'GET' && path === this.jwksPath) return send(200, this.jwks());
    if (req.method === 'GET' && path.startsWith('/sso/jwks/')) {
      return send(404, { message: 'Not Found', code: 'entity_not_found' });
    }
    return send(404, { message: 'Not Found' });
  }

  /** A user identity (sub `user_01H…`); `emailVerified` defaults to true. */
  newUser({ email, emailVerified = true } = {}) {
    return { sub: `user_${ulid()}`, email, emailVerified };
  }

  /**
   * An AuthKit access token. opts: user, ttl (s, default 300), email (adds the templated `email`
   * and `email_verified` claims of a JWT template), claims, header, omit, key, tamper.
   */
  async accessToken(opts = {}) {
    const now = nowSeconds();
    const user = opts.user ?? this.newUser();
    const base = {
      iss: this.issuer,
      sub: user.sub,
      sid: `session_${ulid()}`,
      jti: ulid(),
      org_id: `org_${ulid()}`,
      role: 'admin',
      roles: ['admin'],
      permissions: ['todos:read', 'todos:write'],
      entitlements: [],
      feature_flags: [],
      exp: now + (opts.ttl ?? 300),
      iat: now,
    };
    const email = opts.email ?? user.email;
    if (email) {
      base.email = email;
      base.email_verified = user.emailVerified ?? true;
    }
    const claims = applyOverrides(base, opts.claims, opts.omit);
    const key = opts.key ?? this.currentKey;
    const header = applyOverrides({ alg: 'RS256', kid: key.kid ?? this.currentKey.kid, typ: 'JWT' }, opts.header);
    const tamper = opts.tamper ? { ...claims, ...opts.tamper } : undefined;
    return signToken({ header, claims, key, tamper });
  }
}

// ---------------------------------------------------------------------------------------------
// Kinde

export class KindeMock extends MockServer {
  constructor({ clientId, issuer } = {}) {
    super('kinde');
    this.clientId = clientId ?? hex(16);
    this.fixedIssuer = issuer; // default: the mock's own URL (JWKS derived as <issuer>/.well-known/jwks.json)
  }

  get issuer() {
    return this.fixedIssuer ?? this.url;
  }
  get jwksUrl() {
    return `${this.url}/.well-known/jwks.json`;
  }

  async handle(req, res, { path, send }) {
    if (req.method === 'GET' && (path === '/.well-known/jwks.json' || path === '/.well-known/jwks')) {
      return send(200, this.jwks());
    }
    if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      return send(200, {
        issuer: this.issuer,
        authorization_endpoint: `${this.issuer}/oauth2/auth`,
        token_endpoint: `${this.issuer}/oauth2/token`,
        jwks_uri: `${this.issuer}/.well-known/jwks.json`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    }
    return send(404, { errors: [{ code: 'ROUTE_NOT_FOUND', message: 'The requested API route does not exist' }] });
  }

  newUser({ email } = {}) {
    return { sub: `kp_${hex(16)}`, email };
  }

  sign(base, opts) {
    const claims = applyOverrides(base, opts.claims, opts.omit);
    const key = opts.key ?? this.currentKey;
    const header = applyOverrides({ alg: 'RS256', kid: key.kid ?? this.currentKey.kid, typ: 'JWT' }, opts.header);
    const tamper = opts.tamper ? { ...claims, ...opts.tamper } : undefined;
    return signToken({ header, claims, key, tamper });
  }

  /** A user access token: aud [] (unless opts.aud), azp, scp, no gty, no email. */
  accessToken(opts = {}) {
    const now = nowSeconds();
    const user = opts.user ?? this.newUser();
    const base = {
      aud: opts.aud ?? [],
      azp: this.clientId,
      exp: now + (opts.ttl ?? 86400),
      iat: now,
      iss: this.issuer,
      jti: randomUUID(),
      org_code: `org_${hex(6)}`,
      permissions: [],
      scp: ['openid', 'profile', 'email', 'offline'],
      sub: user.sub,
    };
    if (opts.email ?? user.email) base.email = opts.email ?? user.email;
    return this.sign(base, opts);
  }

  /** An ID token: aud = [client id], email, names. */
  idToken(opts = {}) {
    const now = nowSeconds();
    const user = opts.user ?? this.newUser({ email: `kinde.${hex(4)}@example.com` });
    const email = opts.email ?? user.email ?? `kinde.${hex(4)}@example.com`;
    const base = {
      at_hash: base64url.encode(randomBytes(16)),
      aud: [this.clientId],
      auth_time: now - 5,
      azp: this.clientId,
      email,
      email_verified: true,
      exp: now + (opts.ttl ?? 86400),
      family_name: 'Tester',
      given_name: 'Kinde',
      iat: now,
      iss: this.issuer,
      jti: randomUUID(),
      name: 'Kinde Tester',
      org_codes: [`org_${hex(6)}`],
      picture: null,
      sub: user.sub,
      updated_at: now - 60,
    };
    return this.sign(base, opts);
  }

  /** A machine-to-machine token: gty ["client_credentials"], no end user (no sub). */
  m2mToken(opts = {}) {
    const now = nowSeconds();
    const base = {
      aud: opts.aud ?? ['https://api.todo.example'],
      azp: this.clientId,
      exp: now + (opts.ttl ?? 86400),
      gty: ['client_credentials'],
      iat: now,
      iss: this.issuer,
      jti: randomUUID(),
      scope: '',
      scp: [],
      v: '2',
    };
    return this.sign(base, opts);
  }
}

// ---------------------------------------------------------------------------------------------
// Stytch (consumer)

export class StytchMock extends MockServer {
  constructor({ projectId, secret } = {}) {
    super('stytch');
    this.projectId = projectId ?? `project-test-${randomUUID()}`;
    this.secret = secret ?? `secret-test-${hex(18)}`;
    this.expectedSecret = this.secret; // change to make the mock reject the bridge's credentials
    this.sessions = new Map(); // session_token → { user, session }
  }

  newKid() {
    return `jwk-test-${randomUUID()}`;
  }

  get jwksPath() {
    return `/v1/sessions/jwks/${this.projectId}`;
  }
  get jwksUrl() {
    return `${this.url}${this.jwksPath}`;
  }
  get issuer() {
    return `stytch.com/${this.projectId}`;
  }
  get authenticatePath() {
    return '/v1/sessions/authenticate';
  }

  requestId() {
    return `request-id-test-${randomUUID()}`;
  }

  error(send, status, error_type, error_message) {
    return send(status, {
      status_code: status,
      request_id: this.requestId(),
      error_type,
      error_message,
      error_url: `https://stytch.com/docs/api/errors/${status}#${error_type}`,
    });
  }

  async handle(req, res, { path, body, rawBody, send, record }) {
    if (req.method === 'GET' && path === this.jwksPath) {
      return send(200, { ...this.jwks(), request_id: this.requestId(), status_code: 200 });
    }
    if (req.method === 'GET' && path.startsWith('/v1/sessions/jwks/')) {
      return this.error(send, 404, 'project_not_found', 'Project could not be found.');
    }
    if (path === this.authenticatePath) {
      if (req.method !== 'POST') return this.error(send, 405, 'method_not_allowed', 'Method not allowed.');
      const auth = req.headers.authorization ?? '';
      const m = /^Basic ([A-Za-z0-9+/=]+)$/.exec(auth);
      const decoded = m ? Buffer.from(m[1], 'base64').toString('utf8') : '';
      record.basicAuth = decoded ? { user: decoded.split(':')[0], passwordOk: decoded === `${this.projectId}:${this.expectedSecret}` } : null;
      if (decoded !== `${this.projectId}:${this.expectedSecret}`) {
        return this.error(send, 401, 'unauthorized_credentials', 'Unauthorized credentials.');
      }
      if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
        return this.error(send, 400, 'invalid_request_body', `Request body must be a JSON object (got ${JSON.stringify(rawBody.slice(0, 40))}).`);
      }
      if ('session_duration_minutes' in body) {
        // Mock policy: the bridge must never extend a session while verifying it.
        return this.error(send, 400, 'session_duration_minutes_not_allowed', 'The bridge must not send session_duration_minutes.');
      }
      if (typeof body.session_token !== 'string' || !body.session_token) {
        return this.error(send, 400, 'missing_session_token', 'session_token or session_jwt is required.');
      }
      const entry = this.sessions.get(body.session_token);
      if (!entry || Date.parse(entry.session.expires_at) <= Date.now()) {
        return this.error(send, 404, 'session_not_found', 'Session could not be found.');
      }
      const now = nowSeconds();
      entry.session.last_accessed_at = iso(now);
      return send(200, {
        request_id: this.requestId(),
        status_code: 200,
        session: entry.session,
        session_jwt: await this.sessionJwt({ user: entry.user, session: entry.session }),
        session_token: body.session_token,
        user: entry.userObject,
      });
    }
    return this.error(send, 404, 'route_not_found', 'Route not found.');
  }

  newUser({ email } = {}) {
    return { sub: `user-test-${randomUUID()}`, email: email === undefined ? `stytch.${hex(4)}@example.com` : email };
  }

  /** The session object Stytch embeds in the JWT claim / returns from authenticate. */
  newSession({ user, expiresAt, startedAt } = {}) {
    const now = nowSeconds();
    const factors = user.email
      ? [
          {
            type: 'magic_link',
            delivery_method: 'email',
            last_authenticated_at: iso(startedAt ?? now - 30),
            email_factor: { email_id: `email-test-${randomUUID()}`, email_address: user.email },
          },
        ]
      : [];
    return {
      session_id: `session-test-${randomUUID()}`,
      user_id: user.sub,
      started_at: iso(startedAt ?? now - 30),
      last_accessed_at: iso(now),
      expires_at: iso(expiresAt ?? now + 3600),
      attributes: { ip_address: '203.0.113.7', user_agent: 'bridge-e2e' },
      authentication_factors: factors,
      custom_claims: {},
      roles: ['stytch_user'],
    };
  }

  /**
   * A session_jwt. opts: user, session (object from newSession), sessionExpiresAt (unix s),
   * ttl (JWT lifetime, default 300), claims, header, omit, key, tamper, sessionClaim (override
   * the `https://stytch.com/session` object).
   */
  async sessionJwt(opts = {}) {
    const now = nowSeconds();
    const user = opts.user ?? this.newUser();
    const s = opts.session ?? this.newSession({ user, expiresAt: opts.sessionExpiresAt });
    const sessionClaim = opts.sessionClaim ?? {
      id: s.session_id,
      started_at: s.started_at,
      last_accessed_at: s.last_accessed_at,
      expires_at: s.expires_at,
      attributes: s.attributes,
      authentication_factors: s.authentication_factors,
      roles: s.roles,
    };
    const base = {
      aud: [this.projectId],
      exp: now + (opts.ttl ?? 300),
      'https://stytch.com/session': sessionClaim,
      iat: now,
      iss: this.issuer,
      jti: randomUUID(),
      nbf: now,
      sub: user.sub,
    };
    const claims = applyOverrides(base, opts.claims, opts.omit);
    const key = opts.key ?? this.currentKey;
    const header = applyOverrides({ alg: 'RS256', kid: key.kid ?? this.currentKey.kid, typ: 'JWT' }, opts.header);
    const tamper = opts.tamper ? { ...claims, ...opts.tamper } : undefined;
    return signToken({ header, claims, key, tamper });
  }

  /**
   * Register an opaque session the authenticate endpoint will recognise. `emails` overrides
   * the user's `emails` list ([{email, verified}]); by default the user's email, verified.
   * Returns { sessionToken, user, session }.
   */
  registerSession({ user, expiresAt, sessionToken, emails } = {}) {
    const u = user ?? this.newUser();
    const session = this.newSession({ user: u, expiresAt });
    const token = sessionToken ?? base64url.encode(randomBytes(33)); // 44 chars, like Stytch's
    const userObject = {
      user_id: u.sub,
      created_at: iso(nowSeconds() - 86400),
      status: 'active',
      name: { first_name: 'Stytch', middle_name: '', last_name: 'Tester' },
      emails: (emails ?? (u.email ? [{ email: u.email, verified: true }] : [])).map((e) => ({ email_id: `email-test-${randomUUID()}`, ...e })),
      phone_numbers: [],
      providers: [],
      webauthn_registrations: [],
      totps: [],
      crypto_wallets: [],
      biometric_registrations: [],
      trusted_metadata: {},
      untrusted_metadata: {},
      roles: ['stytch_user'],
    };
    this.sessions.set(token, { user: u, session, userObject });
    return { sessionToken: token, user: u, session };
  }

  /** Requests made to the authenticate endpoint (with parsed body and Basic-auth check). */
  authenticateRequests() {
    return this.requests.filter((r) => r.path === this.authenticatePath);
  }
}

// ---------------------------------------------------------------------------------------------
// starters

export async function startWorkOS(opts) {
  return new WorkOSMock(opts).init();
}
export async function startKinde(opts) {
  return new KindeMock(opts).init();
}
export async function startStytch(opts) {
  return new StytchMock(opts).init();
}

/** Start all three mocks. close() stops them. */
export async function startProviders(opts = {}) {
  const [workos, kinde, stytch] = await Promise.all([
    startWorkOS(opts.workos),
    startKinde(opts.kinde),
    startStytch(opts.stytch),
  ]);
  return {
    workos,
    kinde,
    stytch,
    resetCounts() {
      workos.resetCounts();
      kinde.resetCounts();
      stytch.resetCounts();
    },
    async close() {
      await Promise.all([workos.close(), kinde.close(), stytch.close()]);
    },
  };
}

/** An HMAC key made of the provider public key's PEM bytes (the alg-confusion attack). */
export function publicKeyAsHmacKey(key) {
  return { hmac: new TextEncoder().encode(key.spkiPem) };
}
