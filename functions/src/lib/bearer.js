// The one bearer-token check: `Authorization: Bearer <token>` against a configured secret.

/** True when `a` equals `b`, in time that depends on their lengths only. */
export function sameToken(a, b) {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** False when `expected` is unset or empty: no secret, no access. */
export function bearerMatches(req, expected) {
  if (!expected) return false;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.get('authorization') || '');
  return m !== null && sameToken(m[1], expected);
}
