// The yardstick for the warm whole-request figure: the WorkOS bridge as a JS developer would
// write it with jose (jwtVerify against createLocalJWKSet of the pinned JWKS, then SignJWT
// HS256), as a handler taking a Request. The local JWKS is built once per isolate (module
// state), as such a function would keep it. Not shipped.

import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';

export function joseBridge(env) {
  let jwks = null;
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  return async function (req) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') || '');
    if (!m) return json(400, { error: 'missing_credential' });
    const clientId = env.get('WORKOS_CLIENT_ID');
    jwks ??= createLocalJWKSet(JSON.parse(env.get('WORKOS_JWKS')));
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(m[1], jwks, {
        algorithms: ['RS256'],
        issuer: ['https://api.workos.com', `https://api.workos.com/user_management/${clientId}`],
        clockTolerance: 60,
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (_e) {
      return json(401, { error: 'invalid_token' });
    }
    const now = Math.floor(Date.now() / 1000);
    const exp = Math.min(now + 3600, claims.exp);
    const accessToken = await new SignJWT({ sub: claims.sub, role: 'authenticated', aud: 'insforge-api', email: claims.email })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(new TextEncoder().encode(env.get('JWT_SECRET')));
    return json(200, { accessToken, tokenType: 'Bearer', expiresAt: exp, user: { id: claims.sub, email: claims.email ?? null }, provider: 'workos' });
  };
}
