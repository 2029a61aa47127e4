// The payment ledger (migrations/002_x402.sql), written through the injected `createClient`
// with the project's API key, so it works on InsForge and on the local runtime alike.
//
// Write-ahead: a payment is claimed as a 'pending' row BEFORE anyone is asked to settle it.
// UNIQUE(payer_address, nonce) makes the claim the lock: of any number of concurrent or
// repeated presentations of one authorization, exactly one gets state 'new'.

const LEDGER_TABLE = 'x402_payments';
const SETTLEMENT_LOG = 'x402_settlements';

function ledgerDb() {
  const baseUrl = Deno.env.get('INSFORGE_BASE_URL');
  const apiKey = Deno.env.get('API_KEY');
  if (!baseUrl || !apiKey) return null;
  return createClient({ baseUrl, anonKey: apiKey }).database;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Any thrown error or `{error}` answer of the SDK as `{data, error}`. */
async function ledgerCall(run) {
  try {
    const { data, error } = await run();
    return { data, error };
  } catch (e) {
    return { data: null, error: { code: 'network', message: e instanceof Error ? e.message : 'ledger call failed' } };
  }
}

async function ledgerFind(db, payer, nonce) {
  const { data, error } = await ledgerCall(() => db.from(LEDGER_TABLE).select('*').eq('payer_address', payer).eq('nonce', nonce));
  return error || !Array.isArray(data) ? { error: error || { code: 'shape' } } : { row: data[0] || null };
}

/**
 * Claims `row` (a pending payment). Answers {state} with state:
 *   'new'      the caller owns the row and may settle it;
 *   'retry'    a previously failed attempt was re-claimed: the caller may settle it;
 *   'settled'  already paid: serve it again (within validBefore) without charging;
 *   'busy'     someone else is settling it (or its outcome is unknown: see x402-reconcile);
 *   'unavailable' the ledger cannot be written: nothing may be settled.
 */
async function ledgerClaim(db, row) {
  const ins = await ledgerCall(() => db.from(LEDGER_TABLE).insert([row]).select());
  if (!ins.error && Array.isArray(ins.data) && ins.data[0]) return { state: 'new', row: ins.data[0] };
  if (!ins.error || ins.error.code !== '23505') return { state: 'unavailable' };
  for (let attempt = 0; attempt < 3; attempt++) {
    const found = await ledgerFind(db, row.payer_address, row.nonce);
    if (found.error || !found.row) return { state: 'unavailable' };
    const existing = found.row;
    if (existing.status === 'settled') return { state: 'settled', row: existing };
    if (existing.status === 'pending') return { state: 'busy', row: existing };
    // 'failed': nothing was settled; whoever flips it back to pending first may retry.
    const upd = await ledgerCall(() =>
      db.from(LEDGER_TABLE).update({ status: 'pending', error_reason: null, attempts: existing.attempts + 1 }).eq('id', existing.id).eq('status', 'failed').select(),
    );
    if (upd.error) return { state: 'unavailable' };
    if (Array.isArray(upd.data) && upd.data[0]) return { state: 'retry', row: upd.data[0] };
  }
  return { state: 'busy' };
}

/** Polls a row until it leaves 'pending' or `ms` pass; returns the last row seen (or null). */
async function ledgerAwait(db, payer, nonce, ms) {
  const until = Date.now() + ms;
  // Untyped: the rows are whatever the table holds.
  let last = __wbgAny(null);
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
async function ledgerSettled(db, id, txHash, summary) {
  for (let i = 0; i < 3; i++) {
    const upd = await ledgerCall(() =>
      db.from(LEDGER_TABLE).update({ status: 'settled', tx_hash: txHash, error_reason: null, response_summary: summary }).eq('id', id).select(),
    );
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

/** Best effort: a failed row can be retried by the next presentation of the payment. */
async function ledgerFailed(db, id, reason) {
  await ledgerCall(() => db.from(LEDGER_TABLE).update({ status: 'failed', error_reason: reason }).eq('id', id).eq('status', 'pending'));
}

/** A settle the facilitator reported as still pending: keep its hash for x402-reconcile. */
async function ledgerPendingHash(db, id, txHash) {
  await ledgerCall(() => db.from(LEDGER_TABLE).update({ tx_hash: txHash }).eq('id', id).eq('status', 'pending'));
}
