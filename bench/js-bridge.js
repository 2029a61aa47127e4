// Baseline for the round-trip benchmark: the WorkOS bridge's happy path written in plain
// JavaScript with WebCrypto (what jose does underneath; jose itself cannot be loaded by a
// self-hosted InsForge function without bundling: `import` is denied). Pinned JWKS only.
// Not shipped; not a function users should deploy (it skips most rules the Rust core has).
module.exports = async function (req) {
  const b64urlToBytes = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  const bytesToB64url = (b) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const json = (status, body) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const token = (req.headers.get('authorization') || '').replace(/^Bearer /, '');
  const [h, p, s] = token.split('.');
  const header = JSON.parse(new TextDecoder().decode(b64urlToBytes(h)));
  const claims = JSON.parse(new TextDecoder().decode(b64urlToBytes(p)));
  if (header.alg !== 'RS256') return json(401, { error: 'unsupported_algorithm' });
  const jwk = JSON.parse(Deno.env.get('WORKOS_JWKS') || '{"keys":[]}').keys.find((k) => k.kid === header.kid);
  if (!jwk) return json(401, { error: 'unknown_key' });
  const key = await crypto.subtle.importKey('jwk', { kty: 'RSA', n: jwk.n, e: jwk.e }, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  const ok = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, b64urlToBytes(s), new TextEncoder().encode(`${h}.${p}`));
  const now = Math.floor(Date.now() / 1000);
  if (!ok || claims.exp < now - 60 || claims.iss !== 'https://api.workos.com' || !claims.sub) return json(401, { error: 'invalid_token' });
  const exp = Math.min(now + 3600, claims.exp);
  const enc = (o) => bytesToB64url(new TextEncoder().encode(JSON.stringify(o)));
  const input = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: claims.sub, role: 'authenticated', aud: 'insforge-api', iat: now, exp, email: claims.email })}`;
  const hmac = await crypto.subtle.importKey('raw', new TextEncoder().encode(Deno.env.get('JWT_SECRET')), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', hmac, new TextEncoder().encode(input));
  return json(200, { accessToken: `${input}.${bytesToB64url(sig)}`, tokenType: 'Bearer', expiresAt: exp, user: { id: claims.sub, email: claims.email ?? null }, provider: 'workos' });
};
