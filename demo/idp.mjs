// The demo's stand-in identity provider: a minimal OpenID Connect issuer served by the local
// runtime under <baseUrl>/demo/idp (never deployed). It signs RS256 ID tokens for two demo
// users with a key made at start-up, so oidc-bridge verifies them exactly as it verifies a real
// issuer's: discovery document, JWKS, issuer, audience, signature, email_verified.
//
//   GET <issuer>/.well-known/openid-configuration   discovery
//   GET <issuer>/jwks                                the public key
//   GET <issuer>/authorize?client_id&redirect_uri&state&nonce   "choose a demo user" page
//   GET <issuer>/approve?user=…&(same parameters)    302 to redirect_uri#id_token=…&state=…
//
// Only the demo page's own URL is accepted as redirect_uri, and only the demo client id.

import crypto from 'node:crypto';

export const DEMO_USERS = [
  { id: 'alice', sub: 'demo-user-alice', email: 'alice@example.com', name: 'Alice (demo)' },
  { id: 'bob', sub: 'demo-user-bob', email: 'bob@example.com', name: 'Bob (demo)' },
];

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createIdp({ issuer, clientId, redirectUri, ttlSeconds = 3600 }) {
  const kid = crypto.randomBytes(8).toString('hex');
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const path = new URL(issuer).pathname;

  function idToken(user, nonce) {
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const claims = { iss: issuer, aud: clientId, sub: user.sub, email: user.email, email_verified: true, name: user.name, iat: now, exp: now + ttlSeconds };
    if (nonce) claims.nonce = nonce;
    const input = `${header}.${b64url(JSON.stringify(claims))}`;
    return `${input}.${b64url(crypto.sign('sha256', Buffer.from(input), privateKey))}`;
  }

  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
    res.end(body);
  };
  const json = (res, status, value) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

  /** Handles a request under the issuer's path; false when the path is not ours. */
  function handle(req, res, url) {
    if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return false;
    const sub = url.pathname.slice(path.length);
    if (req.method !== 'GET') return json(res, 405, { error: 'method_not_allowed' }), true;
    if (sub === '/.well-known/openid-configuration') {
      json(res, 200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        jwks_uri: `${issuer}/jwks`,
        response_types_supported: ['id_token'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
      return true;
    }
    if (sub === '/jwks') return json(res, 200, { keys: [jwk] }), true;
    if (sub === '/authorize' || sub === '/approve') {
      const q = url.searchParams;
      if (q.get('client_id') !== clientId || q.get('redirect_uri') !== redirectUri) {
        send(res, 400, 'text/plain; charset=utf-8', `demo identity provider: client_id must be ${clientId} and redirect_uri ${redirectUri}\n`);
        return true;
      }
      const keep = new URLSearchParams({ client_id: clientId, redirect_uri: redirectUri, state: q.get('state') ?? '', nonce: q.get('nonce') ?? '' });
      if (sub === '/authorize') {
        const links = DEMO_USERS.map(
          (u) => `<li><a class="user" id="as-${u.id}" href="${escapeHtml(`${issuer}/approve?user=${u.id}&${keep}`)}">Continue as ${escapeHtml(u.name)} &lt;${escapeHtml(u.email)}&gt;</a></li>`,
        ).join('');
        send(
          res,
          200,
          'text/html; charset=utf-8',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo identity provider</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:34rem;margin:3rem auto;padding:0 1rem}li{margin:.6rem 0}</style></head><body><h1>Demo identity provider</h1><p>A local stand-in for your identity provider (WorkOS, Clerk, Auth0, …): it signs an OpenID Connect ID token for the user you pick. No password: it is a demo.</p><ul>${links}</ul></body></html>`,
        );
        return true;
      }
      const user = DEMO_USERS.find((u) => u.id === q.get('user'));
      if (!user) return send(res, 400, 'text/plain; charset=utf-8', 'unknown demo user\n'), true;
      const fragment = new URLSearchParams({ id_token: idToken(user, q.get('nonce')), state: q.get('state') ?? '' });
      send(res, 302, 'text/plain; charset=utf-8', '', { Location: `${redirectUri}#${fragment}` });
      return true;
    }
    json(res, 404, { error: 'not_found' });
    return true;
  }

  return { issuer, clientId, handle, idToken };
}
