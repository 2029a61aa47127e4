// BRIDGE_CLAIMS in the project database (migrations/006_bridge_claims_table.sql). InsForge's
// database API hands PostgREST only the sub, email and role of a user's token, so mapped claims
// reach row-level security through the private table `bridge_claims` instead: every exchange
// that mints while BRIDGE_CLAIMS is set replaces the user's row for this bridge (its claims,
// `{}` when the token carried none, and the minted token's expiry) BEFORE the token is handed
// out. A write that fails answers 503 and hands out no token: a user must never keep the
// organisation rights of an earlier exchange because this one could not be recorded.
//
// Written with the project's API key through the injected `createClient`, like the x402
// ledger; only that key reads or writes the table.

import { untyped } from './untyped.js';

export const CLAIMS_TABLE = 'bridge_claims';
// The write's deadline: past it the exchange is answered 503, as for any failed write.
export const CLAIMS_WRITE_TIMEOUT_MS = 5000;

function claimsDb() {
  const baseUrl = Deno.env.get('INSFORGE_BASE_URL');
  const apiKey = Deno.env.get('API_KEY');
  if (!baseUrl || !apiKey) return null;
  return createClient({ baseUrl, anonKey: apiKey }).database;
}

/** The reply `reply` becomes: its headers (CORS included), another status and body. */
function replaced(reply, status, error, message) {
  return { status, headers: reply.headers, body: JSON.stringify({ error, message, statusCode: status }) };
}

/** Resolves to 'ok' or a short failure name (never the database's own message). */
async function upsert(db, row, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.from(CLAIMS_TABLE).upsert([row], { onConflict: 'sub,bridge' }).select('sub');
      if (error) return `error ${typeof error.code === 'string' ? error.code.slice(0, 16) : 'unknown'}`;
      return Array.isArray(data) && data.length === 1 ? 'ok' : 'unexpected answer';
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
 * `claims` is the session's JSON object text. Answers `reply` once recorded, else the 503
 * `claims_unavailable` (or the 500 `missing_secret` without the database's secrets), with
 * the same headers and no token.
 */
export async function recordClaims(slug, reply, claims, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = claimsDb();
  if (!db) return replaced(reply, 500, 'missing_secret', 'INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS');
  const minted = JSON.parse(reply.body);
  const row = {
    sub: minted.user.id,
    bridge: minted.provider,
    claims: JSON.parse(claims),
    expires_at: new Date(minted.expiresAt * 1000).toISOString(),
  };
  const outcome = await upsert(db, row, timeoutMs);
  if (outcome === 'ok') return reply;
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, 'claims_unavailable', 'the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again');
}
