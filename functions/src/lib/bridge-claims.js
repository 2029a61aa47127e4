// BRIDGE_CLAIMS in the project database (migrations/006_bridge_claims_table.sql, 007). InsForge's
// database API hands PostgREST only the sub, email and role of a user's token, so mapped claims
// reach row-level security through the private table `bridge_claims` instead: every exchange
// that mints while BRIDGE_CLAIMS is set records the user's row for this bridge (its claims,
// `{}` when the token carried none, and the minted token's expiry) BEFORE the token is handed
// out, through `bridge_claims_record`:
//   * the core's record text (`{"iat": …, "claims": {…}}`) goes to SQL as text, never through
//     JSON.parse: an integer claim beyond 2^53 reaches the table digit for digit;
//   * a provider token issued before the one that set the row changes nothing: the exchange is
//     the 409 `token_superseded`, with no token (an older token cannot bring back rights);
//   * the write carries its deadline: one that reaches the database after the bridge answered
//     503 changes nothing.
// A write that fails answers 503 and hands out no token: a user must never keep the
// organisation rights of an earlier exchange because this one could not be recorded.
//
// Written with the project's API key (lib/project-db.js), like the x402 ledger; only that key
// reads or writes the table.

import { projectDb } from './project-db.js';
import { untyped } from './untyped.js';

export const CLAIMS_RECORD_FN = 'bridge_claims_record';
// The write's deadline: past it the exchange is answered 503, as for any failed write.
export const CLAIMS_WRITE_TIMEOUT_MS = 5000;

/** The reply `reply` becomes: its headers (CORS included), another status and body. */
function replaced(reply, status, error, message) {
  return { status, headers: reply.headers, body: JSON.stringify({ error, message, statusCode: status }) };
}

/** Resolves to 'recorded', 'superseded' or a short failure name (never the database's own message). */
async function record(db, args, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.rpc(CLAIMS_RECORD_FN, args);
      if (error) return `error ${typeof error.code === 'string' ? error.code.slice(0, 16) : 'unknown'}`;
      return data === 'recorded' || data === 'superseded' ? data : 'unexpected answer';
    } catch (_e) {
      return 'unreachable';
    }
  })();
  try {
    return await Promise.race([write, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Records the mapped claims of a 200 `reply` (the minted token's answer) for `slug`'s bridge;
 * `claimsRecord` is the session's `{"iat": …, "claims": {…}}` text, passed on as it is.
 * Answers `reply` once recorded; else, with the same headers and no token, the 409
 * `token_superseded` (a newer provider token set the claims), the 503 `claims_unavailable`,
 * or the 500 `missing_secret` without the database's secrets.
 */
export async function recordClaims(slug, reply, claimsRecord, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = projectDb();
  if (!db) return replaced(reply, 500, 'missing_secret', 'INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS');
  // Only strings and the integer expiry are read from the answer; the claims stay text.
  const minted = JSON.parse(reply.body);
  const args = {
    p_sub: minted.user.id,
    p_bridge: minted.provider,
    p_record: claimsRecord,
    p_expires_at: new Date(minted.expiresAt * 1000).toISOString(),
    p_not_after: new Date(Date.now() + timeoutMs).toISOString(),
  };
  const outcome = await record(db, args, timeoutMs);
  if (outcome === 'recorded') return reply;
  if (outcome === 'superseded') {
    return replaced(reply, 409, 'token_superseded', 'a newer provider token already set this user\'s claims; exchange the provider\'s current token');
  }
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, 'claims_unavailable', 'the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again');
}
