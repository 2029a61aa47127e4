// Who is calling: InsForge's credential dispatch, reproduced (not copied) from
// backend/src/api/middlewares/auth.ts (verifyUser / verifyAdmin / verifyApiKey /
// verifyAnonKey) and backend/src/infra/security/token.manager.ts (verifyToken).
//
// Dispatch is by the credential's SHAPE, never by falling back on failure:
//   Bearer ik_...  (or x-api-key)  -> admin API key, must equal API_KEY
//   Bearer anon_...                -> opaque anon key, must equal ANON_KEY
//   any other Bearer               -> HS256 JWT signed with JWT_SECRET
//   no credentials                 -> 401 "No token provided" (InsForge does NOT
//                                     downgrade to anon; signed-out SDK clients send
//                                     the anon key as their Bearer)
// Only {sub, email, role} survive verification (the gateway re-mints a token with
// just those), so custom claims never reach SQL.

import crypto from 'node:crypto';
import jwt from 'jsonwebtoken';

export class AppError extends Error {
  constructor(message, statusCode, code, nextActions) {
    super(message);
    this.statusCode = statusCode;
    this.code = code;
    this.nextActions = nextActions;
  }
  /** InsForge's errorResponse() body: {error, message, statusCode, nextActions?}. */
  toJSON() {
    const body = { error: this.code, message: this.message, statusCode: this.statusCode };
    if (this.nextActions !== undefined) body.nextActions = this.nextActions;
    return body;
  }
}

// backend/src/utils/next-actions.ts
const CHECK_TOKEN = 'Check the token is valid or login to get a new token.';
const CHECK_ADMIN_TOKEN = 'Check the admin token is valid or login as admin to get a new token.';
const CHECK_API_KEY = 'Check the API key is valid or generate a new API key.';

function bearer(headers) {
  const h = headers.authorization;
  if (typeof h !== 'string' || !h.startsWith('Bearer ')) return null;
  return h.substring(7);
}

function apiKeyOf(headers) {
  const b = bearer(headers);
  if (b && b.startsWith('ik_')) return b;
  const x = headers['x-api-key'];
  return x ? String(x) : null;
}

function safeEqual(a, b) {
  const ab = Buffer.from(String(a));
  const bb = Buffer.from(String(b ?? ''));
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

/**
 * token.manager.ts verifyToken: an RS256 token whose kid is the project's JWT_KEY_ID is
 * checked with JWT_PUBLIC_KEY; everything else is HS256 with JWT_SECRET.
 */
export function verifyJwt(token, secrets) {
  let decoded;
  try {
    const header = jwt.decode(token, { complete: true })?.header;
    const rs = header && header.kid && header.alg === 'RS256' && secrets.JWT_PUBLIC_KEY && header.kid === secrets.JWT_KEY_ID;
    // No audience, no issuer, zero clock tolerance: exactly jsonwebtoken's defaults.
    decoded = rs
      ? jwt.verify(token, secrets.JWT_PUBLIC_KEY, { algorithms: ['RS256'] })
      : jwt.verify(token, secrets.JWT_SECRET, { algorithms: ['HS256'] });
  } catch {
    throw new AppError('Invalid token', 401, 'AUTH_UNAUTHORIZED');
  }
  if (!decoded || typeof decoded !== 'object' || !decoded.sub) {
    throw new AppError('Invalid token subject', 401, 'AUTH_UNAUTHORIZED');
  }
  return { sub: decoded.sub, email: decoded.email, role: decoded.role || 'authenticated' };
}

/**
 * verifyUser: returns {kind:'admin'|'anon'|'user', user?} or throws AppError.
 * `secrets` must hold API_KEY, ANON_KEY and JWT_SECRET.
 */
export function authenticate(headers, secrets) {
  const apiKey = apiKeyOf(headers);
  if (apiKey) {
    if (!safeEqual(apiKey, secrets.API_KEY)) {
      throw new AppError('Invalid API key', 401, 'AUTH_INVALID_API_KEY', CHECK_API_KEY);
    }
    return { kind: 'admin' };
  }
  const token = bearer(headers);
  if (token && token.startsWith('anon_')) {
    if (!safeEqual(token, secrets.ANON_KEY)) {
      throw new AppError('Invalid anon key', 401, 'AUTH_INVALID_CREDENTIALS', CHECK_TOKEN);
    }
    return { kind: 'anon', user: { sub: 'anonymous', role: 'anon' } };
  }
  if (!token) throw new AppError('No token provided', 401, 'AUTH_INVALID_CREDENTIALS', CHECK_TOKEN);
  const user = verifyJwt(token, secrets);
  if (user.role === 'project_admin') return { kind: 'admin', user };
  if (user.role === 'anon') return { kind: 'anon', user };
  return { kind: 'user', user };
}

/** verifyAdmin: API key, or a JWT whose role is project_admin. */
export function authenticateAdmin(headers, secrets) {
  const apiKey = apiKeyOf(headers);
  if (apiKey) return authenticate(headers, secrets);
  const token = bearer(headers);
  if (!token) throw new AppError('No admin token provided', 401, 'AUTH_INVALID_CREDENTIALS', CHECK_TOKEN);
  const user = verifyJwt(token, secrets);
  if (user.role !== 'project_admin') {
    throw new AppError('Admin access required', 403, 'AUTH_UNAUTHORIZED', CHECK_ADMIN_TOKEN);
  }
  return { kind: 'admin', user };
}

/**
 * The claims PostgREST would see (postgrest-proxy.service.ts): admin and anon get a
 * subject-less {role} token; users a 5-minute {sub,email,role} token. iat/exp included
 * because PostgREST exposes the whole payload as request.jwt.claims.
 */
export function dbIdentity(auth) {
  const iat = Math.floor(Date.now() / 1000);
  if (auth.kind === 'admin') return { role: 'project_admin', claims: { role: 'project_admin', iat } };
  if (auth.kind === 'anon') return { role: 'anon', claims: { role: 'anon', iat } };
  const { sub, email, role } = auth.user;
  if (role !== 'authenticated') {
    throw new AppError('Invalid user role claim', 403, 'AUTH_UNAUTHORIZED');
  }
  const claims = { sub, role, iat, exp: iat + 300 };
  if (email !== undefined) claims.email = email;
  return { role, claims };
}
