// The ledger's transitions (migrations/008_x402_transitions.sql) played in memory, as the
// `db.rpc` calls of a fake `@insforge/sdk` database client (fake-insforge-db.mjs): x402_claim,
// x402_record and x402_stranded, each one atomic statement, with the SQL's answers. Minimal:
// the binding, the claim token, the lease, the replay's served_at and the throttle are kept;
// the guard trigger and the settlement log are not. Clocks are Date.now() milliseconds.
//
//   const db = fakeLedger();          // a fakeDb() with the three rpcs installed
//   db.rows()                         // x402_payments rows (live: a test may age them)
//   db.rpcCalls(name?)                // the rpc queries that reached it ({name, args})
//   db.fault(on.rpc('x402_claim'), 'lost', 1)   // fault injection, as fakeDb's

import { fakeDb } from './fake-insforge-db.mjs';

const BINDING = ['endpoint', 'resource', 'pay_to', 'asset', 'network', 'amount'];
const lower = (s) => (typeof s === 'string' ? s.toLowerCase() : s);

export function fakeLedger({ clock = () => Date.now() } = {}) {
  const db = fakeDb();
  const rows = db.tables.x402_payments;
  let ids = 0;

  const facts = (r, state) => ({
    state,
    id: r.id,
    status: r.status,
    txHash: r.tx_hash,
    submitted: r.submitted_at != null,
    settlerNonce: r.settler_nonce ?? null,
    servedAgeMs: r.served_at == null ? null : Math.max(0, clock() - r.served_at),
  });
  const touch = (r, patch) => Object.assign(r, patch, { updated_at: clock() });
  const throttled = (payer, perMinute) =>
    perMinute > 0 && rows.filter((o) => o.payer_address === payer && o.status !== 'settled' && o.submitted_at != null && o.submitted_at >= clock() - 60_000).length >= perMinute;

  db.rpcs.x402_claim = ({ p }) => {
    const w = p.row;
    const mode = p.mode ?? 'claim';
    const lease = (p.leaseSeconds ?? 90) * 1000;
    const token = w.claim_token;
    let r = rows.find((o) => o.payer_address === w.payer_address && o.nonce === w.nonce);
    if (!r) {
      if (mode !== 'claim') return { state: 'none' };
      if (throttled(w.payer_address, p.attemptsPerMinute ?? 0)) return { state: 'throttled' };
      const t = clock();
      r = { ...structuredClone(w), id: `00000000-0000-4000-8000-${String(++ids).padStart(12, '0')}`, status: 'pending', tx_hash: null, error_reason: null, response_summary: null, attempts: 1, settler_nonce: null, settler_address: null, served_at: null, submitted_at: t, created_at: t, updated_at: t };
      rows.push(r);
      return facts(r, 'new');
    }
    const same = BINDING.every((k) => r[k] != null && (['pay_to', 'asset'].includes(k) ? lower(r[k]) === lower(w[k]) : r[k] === w[k]));
    if (!same) return facts(r, 'elsewhere');
    if (token && r.claim_token === token && r.status === 'pending') return facts(r, 'new');
    if (mode === 'peek') return facts(r, r.status);
    if (r.status === 'settled') {
      const answer = facts(r, 'settled');
      if (p.serve && r.served_at == null) touch(r, { served_at: clock() });
      return answer;
    }
    if (r.status === 'failed') {
      if (mode !== 'claim') return facts(r, 'failed');
      if (throttled(r.payer_address, p.attemptsPerMinute ?? 0)) return { state: 'throttled' };
      touch(r, { status: 'pending', error_reason: null, attempts: r.attempts + 1, claim_token: token, submitted_at: clock(), tx_hash: null });
      return facts(r, 'retry');
    }
    if (r.claim_token != null && r.updated_at >= clock() - lease) return facts(r, 'busy');
    if (r.submitted_at == null) {
      touch(r, { claim_token: token, attempts: r.attempts + 1, submitted_at: clock() });
      return facts(r, 'retry');
    }
    touch(r, { claim_token: token });
    return facts(r, 'resolve');
  };

  db.rpcs.x402_record = ({ p }) => {
    const r = rows.find((o) => o.id === p.id);
    if (!r) return { state: 'none' };
    if (p.outcome === 'settled') {
      if (r.status === 'settled') return { state: r.tx_hash === p.txHash ? 'settled' : 'conflict' };
      if (r.status !== 'pending') return { state: r.status };
      touch(r, { status: 'settled', tx_hash: p.txHash, error_reason: null, response_summary: p.summary ?? null, served_at: p.served ? clock() : null });
      return { state: 'settled' };
    }
    if (r.status !== 'pending' || r.claim_token !== p.claimToken) return { state: r.status === 'pending' ? 'lost' : r.status };
    if (p.outcome === 'failed') {
      touch(r, { status: 'failed', error_reason: p.reason ?? 'failed', response_summary: p.summary ?? null });
      return { state: 'failed' };
    }
    if (p.outcome === 'unknown') {
      touch(r, { claim_token: null, tx_hash: p.txHash ?? r.tx_hash });
      return { state: 'pending' };
    }
    if (p.outcome === 'sending') {
      touch(r, { tx_hash: p.txHash, settler_nonce: p.settlerNonce ?? r.settler_nonce, settler_address: 'settlerNonce' in p ? p.settlerAddress.toLowerCase() : r.settler_address });
      return { state: 'pending' };
    }
    throw new Error(`x402 ledger: unknown outcome ${p.outcome}`);
  };

  db.rpcs.x402_stranded = ({ p }) => {
    const lease = (p.leaseSeconds ?? 90) * 1000;
    const minAge = (p.minAgeSeconds ?? 120) * 1000;
    const picked = rows
      .filter((r) => r.status === 'pending' && r.created_at < clock() - minAge && (r.claim_token == null || r.updated_at < clock() - lease))
      .sort((a, b) => a.created_at - b.created_at)
      .slice(0, p.limit ?? 50);
    for (const r of picked) touch(r, { claim_token: p.claimToken });
    return { logged: 0, rows: picked.map((r) => ({ id: r.id, payment: structuredClone(r.payment), settler: r.settler, txHash: r.tx_hash, submitted: r.submitted_at != null })) };
  };

  db.rpcCalls = (name) => db.log.filter((q) => q.op === 'rpc' && (name === undefined || q.name === name));
  return db;
}

/** Fault matcher for one rpc (see fakeDb's `fault`). */
export const onRpc = (name) => (q) => q.op === 'rpc' && q.name === name;
