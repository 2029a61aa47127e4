// The payment ledger (migrations/002_x402.sql, 004_x402_private.sql), written through the
// injected `createClient` with the project's API key, so it works on InsForge and on the local
// runtime alike. Only that key reads it: a row holds a signed authorization.
//
// Write-ahead: a payment is claimed as a 'pending' row BEFORE anyone is asked to settle it.
// UNIQUE(payer_address, nonce) makes the claim the lock: of any number of concurrent or
// repeated presentations of one authorization, exactly one gets state 'new'. A row is bound
// to what the payment bought (endpoint, resource, payTo, asset, network, amount): presented
// anywhere else it is 'elsewhere', never served, settled or waited for.

import { sleep } from './http.js';
import { untyped } from './untyped.js';

export const LEDGER_TABLE = 'x402_payments';
export const SETTLEMENT_LOG = 'x402_settlements';
// A duplicate presentation waits this long for the first one to finish settling.
const CONCURRENT_WAIT_MS = 12000;
// A request owns its claim this long at most (the longest settlement: a 55 s settle timeout
// and its status polls). Past it, the owner is taken to have died: its claim may be taken over.
export const CLAIM_LEASE_MS = 90_000;
// A settled payment is served again (a retry after a lost answer or a failed handler) for this
// long after it was first served, never beyond its validBefore: one payment, one purchase. A
// payment settled without being served (x402-reconcile finished it after its request gave up)
// is served when it is presented, within its validBefore: nobody pays without being served.
export const REPLAY_WINDOW_MS = 300_000;

/** True while a settled row may be served (again). */
export function replayable(row, now = Date.now()) {
  if (row.served_at == null) return true;
  const servedAt = Date.parse(row.served_at);
  return Number.isFinite(servedAt) && now - servedAt <= REPLAY_WINDOW_MS;
}

/** The ledger's database client, or null when the secrets to reach it are not set. */
export function ledgerDb() {
  const baseUrl = Deno.env.get('INSFORGE_BASE_URL');
  const apiKey = Deno.env.get('API_KEY');
  if (!baseUrl || !apiKey) return null;
  return createClient({ baseUrl, anonKey: apiKey }).database;
}

/** Any thrown error or `{error}` answer of the SDK as `{data, error}`. */
export async function ledgerCall(run) {
  try {
    const { data, error } = await run();
    return { data, error };
  } catch (e) {
    return { data: null, error: { code: 'network', message: e instanceof Error ? e.message : 'ledger call failed' } };
  }
}

export async function ledgerFind(db, payer, nonce) {
  const { data, error } = await ledgerCall(() => db.from(LEDGER_TABLE).select('*').eq('payer_address', payer).eq('nonce', nonce));
  return error || !Array.isArray(data) ? { error: error || { code: 'shape' } } : { row: data[0] || null };
}

/** The binding columns: what a payment bought. A row without them (older ledgers) binds nothing. */
const BINDING = ['endpoint', 'resource', 'pay_to', 'asset', 'network', 'amount'];

/** True when `existing` was recorded for exactly what `row` pays for. */
export function sameBinding(existing, row) {
  const norm = (v) => (typeof v === 'string' ? v.toLowerCase() : v);
  return BINDING.every((k) => typeof existing[k] === 'string' && norm(existing[k]) === norm(row[k]));
}

/**
 * Claims `row` (a pending payment). Answers {state} with state:
 *   'new'       the caller owns the row and may settle it;
 *   'retry'     a previously failed attempt was re-claimed: the caller may settle it;
 *   'settled'   already paid for this binding: serve it again (within validBefore), no charge;
 *   'resolve'   an earlier attempt was sent and its outcome is unknown; its request is done
 *               (it released the claim, or its lease ran out): the caller owns the row now
 *               and must RESOLVE it (what became of that attempt), never send a new one;
 *   'busy'      someone else is settling it right now;
 *   'elsewhere' the payment is recorded for another endpoint, resource or requirements;
 *   'unavailable' the ledger cannot be written or read: nothing may be settled.
 * An insert whose answer is lost is read back (by its claim_token) before anything is said.
 */
export async function ledgerClaim(db, row) {
  const ins = await ledgerCall(() => db.from(LEDGER_TABLE).insert([row]).select());
  if (!ins.error && Array.isArray(ins.data) && ins.data[0]) return { state: 'new', row: ins.data[0] };
  for (let attempt = 0; attempt < 3; attempt++) {
    // The insert may have committed (its answer lost, or a retried request met its own row):
    // only the row itself can say, by our claim token.
    const found = await ledgerFind(db, row.payer_address, row.nonce);
    if (found.error || !found.row) return { state: 'unavailable' };
    const existing = found.row;
    if (row.claim_token && existing.claim_token === row.claim_token) return { state: attempt === 0 ? 'new' : 'retry', row: existing };
    if (!sameBinding(existing, row)) return { state: 'elsewhere', row: existing };
    if (existing.status === 'settled') return { state: 'settled', row: existing };
    if (existing.status === 'pending') {
      const taken = await ledgerTakeOver(db, existing, row.claim_token ?? null);
      if (taken === 'unavailable') return { state: 'unavailable' };
      if (taken) return { state: taken.submitted_at ? 'resolve' : 'retry', row: taken };
      return { state: 'busy', row: existing };
    }
    // 'failed': nothing was settled; whoever flips it back to pending first may retry.
    const upd = await ledgerCall(() =>
      db
        .from(LEDGER_TABLE)
        .update({ status: 'pending', error_reason: null, attempts: existing.attempts + 1, claim_token: row.claim_token ?? null, submitted_at: null })
        .eq('id', existing.id)
        .eq('status', 'failed')
        .select(),
    );
    if (upd.error) return { state: 'unavailable' };
    if (Array.isArray(upd.data) && upd.data[0]) return { state: 'retry', row: upd.data[0] };
  }
  return { state: 'busy' };
}

/**
 * Takes a pending row over for `token` when its request is done with it: it released its
 * claim (an unknown outcome), or its lease ran out (it died). Conditional on the row being
 * exactly as seen, so of several takers one wins. The row taken, null, or 'unavailable'.
 */
async function ledgerTakeOver(db, existing, token, now = Date.now()) {
  const released = existing.claim_token == null;
  const expired = Date.parse(existing.updated_at) < now - CLAIM_LEASE_MS;
  if (!released && !expired) return null;
  const upd = await ledgerCall(() => {
    const q = db.from(LEDGER_TABLE).update({ claim_token: token }).eq('id', existing.id).eq('status', 'pending');
    return (released ? q.is('claim_token', null) : q.eq('claim_token', existing.claim_token)).select();
  });
  if (upd.error) return 'unavailable';
  return Array.isArray(upd.data) && upd.data[0] ? upd.data[0] : null;
}

/**
 * Marks a claimed row as about to be sent for settlement. Nothing may be sent unless this
 * returns true: a pending row that never got here moved no money (x402-reconcile fails it).
 */
export async function ledgerSubmitted(db, id) {
  const upd = await ledgerCall(() => db.from(LEDGER_TABLE).update({ submitted_at: new Date().toISOString() }).eq('id', id).eq('status', 'pending').select());
  return !upd.error && Array.isArray(upd.data) && upd.data.length === 1;
}

// A payer's unsettled attempts that reached a settlement backend, per minute, before the next
// one is refused without calling anyone (X402_PAYER_ATTEMPTS_PER_MINUTE, 1..1000; 0 = off).
const ATTEMPTS_PER_MINUTE = 5;

export function attemptsPerMinute() {
  const raw = Deno.env.get('X402_PAYER_ATTEMPTS_PER_MINUTE');
  const n = raw === undefined || raw.trim() === '' ? ATTEMPTS_PER_MINUTE : Number(raw);
  return Number.isInteger(n) && n >= 0 && n <= 1000 ? n : ATTEMPTS_PER_MINUTE;
}

/**
 * True when `payer` used up its attempts: that many payments of its were sent for settlement
 * in the last minute and did not settle (refused, unfunded, still unknown). An honest payer's
 * settled payments never count. A ledger that cannot be read throttles nobody (the claim
 * that follows will answer for it).
 */
export async function ledgerThrottled(db, payer, limit = attemptsPerMinute(), now = Date.now()) {
  if (limit === 0) return false;
  const since = new Date(now - 60_000).toISOString();
  const { data, error } = await ledgerCall(() =>
    db.from(LEDGER_TABLE).select('id').eq('payer_address', payer).neq('status', 'settled').gte('submitted_at', since).limit(limit),
  );
  return !error && Array.isArray(data) && data.length >= limit;
}

/** Polls a row until it leaves 'pending' or `ms` pass; returns the last row seen (or null). */
export async function ledgerAwait(db, payer, nonce, ms) {
  const until = Date.now() + ms;
  // Untyped: the rows are whatever the table holds.
  let last = untyped(null);
  while (Date.now() < until) {
    const found = await ledgerFind(db, payer, nonce);
    if (!found.error && found.row) {
      last = found.row;
      if (last.status !== 'pending') return last;
    }
    await sleep(200);
  }
  return last;
}

/**
 * Records a settlement. The money has moved: try hard, then fall back to the append-only
 * log that x402-reconcile moves into the row. Returns where it landed: 'row', 'log' or 'lost'.
 */
export async function ledgerSettled(db, id, txHash, summary, served = false) {
  const patch = untyped({ status: 'settled', tx_hash: txHash, error_reason: null, response_summary: summary });
  if (served) patch.served_at = new Date().toISOString();
  for (let i = 0; i < 3; i++) {
    const upd = await ledgerCall(() => db.from(LEDGER_TABLE).update(patch).eq('id', id).select());
    if (!upd.error && Array.isArray(upd.data) && upd.data.length === 1) return 'row';
    await sleep(100 * (i + 1));
  }
  for (let i = 0; i < 3; i++) {
    const ins = await ledgerCall(() => db.from(SETTLEMENT_LOG).insert([{ payment_id: id, tx_hash: txHash }]).select());
    if (!ins.error || ins.error.code === '23505') return 'log';
    await sleep(100 * (i + 1));
  }
  // Ids and hashes are public (the ledger is publicly readable); no secret in this line.
  console.error(`x402 ledger: settlement ${txHash} of payment ${id} could not be recorded`);
  return 'lost';
}

/** Best effort: starts the replay window of a settled payment served now. */
export async function ledgerServed(db, id) {
  await ledgerCall(() => db.from(LEDGER_TABLE).update({ served_at: new Date().toISOString() }).eq('id', id).eq('status', 'settled').is('served_at', null));
}

/** Best effort: a failed row can be retried by the next presentation of the payment. */
export async function ledgerFailed(db, id, reason) {
  await ledgerCall(() => db.from(LEDGER_TABLE).update({ status: 'failed', error_reason: reason }).eq('id', id).eq('status', 'pending'));
}

/** A settle the facilitator reported as still pending: keep its hash for x402-reconcile. */
export async function ledgerPendingHash(db, id, txHash) {
  await ledgerCall(() => db.from(LEDGER_TABLE).update({ tx_hash: txHash }).eq('id', id).eq('status', 'pending'));
}

/**
 * The claim, waiting for a concurrent presentation of the same payment to finish first:
 * {state: 'new' | 'retry' | 'settled' | 'busy' | 'unavailable', row}. A concurrent attempt
 * that failed is claimed again; one still pending after `waitMs` leaves the state 'busy'.
 */
export async function ledgerAcquire(db, row, waitMs = CONCURRENT_WAIT_MS) {
  let claim = untyped(await ledgerClaim(db, row));
  if (claim.state !== 'busy') return claim;
  const found = await ledgerAwait(db, row.payer_address, row.nonce, waitMs);
  if (found && found.status === 'settled') claim = { state: 'settled', row: found };
  // Failed: claim it again. Still pending: its request may have let go of it meanwhile.
  else if (found) claim = await ledgerClaim(db, row);
  return claim;
}

/**
 * Writes a settlement outcome (lib/settle.js: {kind: 'settled' | 'unknown' | 'failed', …}) to
 * its claimed row and says which it was: 'settled' (money moved: recorded, or logged for
 * x402-reconcile), 'unknown' (the row stays pending, with the transaction hash when one is
 * known) or 'failed' (the row may be retried). `served`: the caller serves a settled payment
 * now (the paywall), which starts its replay window.
 */
export async function ledgerRecord(db, id, outcome, summary, served = false) {
  if (outcome.kind === 'settled') {
    await ledgerSettled(db, id, outcome.txHash, summary, served);
    return 'settled';
  }
  if (outcome.kind === 'failed') {
    await ledgerFailed(db, id, outcome.reason);
    return 'failed';
  }
  // Unknown: the row stays pending, with the hash when one is known, and this request lets go
  // of it, so the next presentation of the payment resolves it at once.
  const patch = outcome.txHash ? { tx_hash: outcome.txHash, claim_token: null } : { claim_token: null };
  await ledgerCall(() => db.from(LEDGER_TABLE).update(patch).eq('id', id).eq('status', 'pending'));
  return 'unknown';
}

/**
 * The row claiming `payment` (as the core verified it: `Payment.ledgerJson`) for the function
 * `slug`, bound to what it buys, with a fresh claim token. `settler` is the backend's name as
 * the core spells it (`Payment.settler`).
 */
export function paymentRow(payment, settler, slug) {
  return {
    payer_address: payment.payer,
    nonce: payment.nonce,
    endpoint: `/functions/${slug}`,
    resource: payment.resource,
    pay_to: String(payment.payload?.authorization?.to ?? '').toLowerCase(),
    amount: payment.value,
    asset: payment.asset,
    network: payment.network,
    chain: payment.network === 'eip155:196' ? 'xlayer' : payment.network,
    valid_before: Number(payment.validBefore),
    payment,
    settler,
    claim_token: crypto.randomUUID(),
  };
}
