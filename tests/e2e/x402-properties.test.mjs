// Invariants of the payment flow under faults, as properties: many payments driven
// concurrently through the REAL flows (the x402 WebAssembly's paywall `X402Config.pay`, the
// facilitator's `X402Facilitator.flow('settle', …)` and `X402Config.reconcile`; their ledger and
// HTTP effects performed by lib/flow.js's `perform`, the final re-presentations by `runFlow`
// itself) against
//   - the REAL ledger: a throwaway PostgreSQL with the project's migrations, `db.rpc` calling the
//     SQL transition functions directly as project_admin (the API key's role);
//   - a chain model (tests/support/x402-world.mjs): EIP-3009 authorizations, balances, transfers,
//     receipts and logs, a block clock that follows the virtual wall clock, a mempool;
//   - an OKX model speaking OKX's wire format, settling on the chain model (an authorization at
//     most once: a second settle answers "nonce_used").
// Faults at random steps (seeded): a ledger call lost before or after its commit; OKX silent or
// slow past the timeout (carried out: now, or mined later); OKX answering `pending`; a node silent;
// the request dying between two steps (its claim held until its lease, which the test then ages);
// the payer cancelling the authorization on chain; time passing beyond validBefore. Payers present
// the same payment again (on 503 / 409 in progress) a bounded number of times, sometimes twice at
// once; some never come back; reconcile runs now and then (faulted too).
//
// After each run (and a fault-free epilogue: leases aged, a reconcile, every landed-but-undelivered
// payment presented once more):
//   1. at most one transfer per authorization (chain model);
//   2. nothing served (paywall `serve`, facilitator `success: true`) without its transfer on chain
//      at that moment, and, at the end, its ledger row settled with that hash;
//   3. every landed transfer is delivered (served / success:true), at the latest on the epilogue's
//      presentation (payments past their validBefore included);
//   4. no answer says "nothing was charged" when a settle that moved the money had been sent
//      before that answer; no `failed` row has a landed transfer;
//   and a fault-free first paid request makes exactly 2 ledger calls.
//
//   X402_PROPS_SEED=1234        replay one seed (printed on failure)
//   X402_PROPS_PAYMENTS=60      payments per seed
//   X402_PROPS_SOAK=1           many seeds (X402_PROPS_SEEDS, default 40) × 120 payments; also
//                               `npm run bench -- --props`
//   X402_PROPS_TRACE=<file>     write the whole trace of the (last) run
//   X402_PROPS_BREAK=<name>     break the world on purpose, to see a check fail:
//                               twice (OKX executes a settle twice: 1), liar (OKX answers success
//                               without moving money: 2), blind (the nodes never show a receipt or
//                               log, and OKX's answers are lost after it settles: 3), failer (the
//                               ledger is told 'failed' for an unknown outcome: 4b), throttler (the
//                               ledger answers claims 'throttled': 4a), mute (every first claim's
//                               answer is lost, unannounced: the 2-ledger-calls check)
// Reproducibility: the seed fixes every choice (payers, nonces, faults, timings); the
// interleaving of concurrent flows against PostgreSQL may still differ between runs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { privateKeyToAccount } from 'viem/accounts';
import { perform, runFlow } from '../../functions/src/lib/flow.js';
import { facilitatorConfig, paywallConfig, release, wasm } from '../../functions/src/lib/x402-wasm.js';
import { bootstrap, migrate, startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { requirementsFor, signPayment } from '../support/payments.mjs';
import { ChainModel, clock, keyOf, OKX_BASE, OkxModel, pgLedger, RPC_NODES, rng } from '../support/x402-world.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const MIGRATIONS = readdirSync(join(ROOT, 'migrations'))
  .filter((f) => f.endsWith('.sql'))
  .sort()
  .map((f) => join(ROOT, 'migrations', f));
const SOAK = process.env.X402_PROPS_SOAK === '1';
const BREAK = process.env.X402_PROPS_BREAK || '';
const PAYMENTS = Number(process.env.X402_PROPS_PAYMENTS || (SOAK ? 120 : 100));
const SEEDS = process.env.X402_PROPS_SEED
  ? [Number(process.env.X402_PROPS_SEED)]
  : SOAK
    ? Array.from({ length: Number(process.env.X402_PROPS_SEEDS || 40) }, (_, i) => 1000 + i * 7919)
    : [11, 2024, 90210];
const PRICE = '10000';
const PAY_TO = '0x5e11e7000000000000000000000000000000beef';
const RESOURCE = 'https://project.test/functions/paid';
const SELLER = 'https://seller.test/api/report';
const SETTLE_TIMEOUT_MS = 300;
const CONCURRENCY = 8;
const ENV = {
  PAYMENT_RECIPIENT: PAY_TO,
  X402_FACILITATOR_PAY_TO: PAY_TO,
  X402_PRICE: PRICE,
  OKX_API_KEY: 'okx-key',
  OKX_SECRET_KEY: 'okx-secret',
  OKX_PASSPHRASE: 'okx-pass',
  OKX_BASE_URL: OKX_BASE,
  RPC_URL: RPC_NODES.join(','),
  X402_SETTLE_TIMEOUT_MS: String(SETTLE_TIMEOUT_MS),
  X402_PAYER_ATTEMPTS_PER_MINUTE: '0',
  X402_RECONCILE_MIN_AGE_SECONDS: '0',
};
const NOTHING_CHARGED = /nothing was charged/i;
const turn = () => new Promise((r) => setImmediate(r));

/** One run: `payments` payments of `seed` on a fresh database; the facts the checks read. */
async function run({ clusterUrl, seed, payments: count, db: dbName }) {
  const r = rng(seed);
  const chain = new ChainModel({ r });
  const okx = new OkxModel(chain);
  const world = { step: 0, trace: [] };
  const note = (...xs) => world.trace.length < 100_000 && world.trace.push(`#${world.step} ${xs.join(' ')}`);
  if (BREAK === 'twice') (okx.breakTwice = true), (chain.breakReuse = true);

  const url = await freshDatabase(clusterUrl, dbName);
  await bootstrap(url);
  await migrate(url, MIGRATIONS);
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const api = new pg.Pool({ connectionString: url, max: 6 });
  api.on('connect', (c) => c.query('set role project_admin'));
  // A flow that "died" may leave its query running past the run; the cluster's shutdown then
  // ends that connection: not an event of the run.
  for (const pool of [admin, api]) pool.on('error', () => {});
  try {
    return await runIn({ r, chain, okx, world, note, admin, api, seed, count });
  } finally {
    await admin.end();
    await api.end();
  }
}

async function runIn({ r, chain, okx, world, note, admin, api, seed, count }) {
  const rows = async () => (await admin.query('select * from x402_payments')).rows;

  // ---- faults ----------------------------------------------------------------------------
  const rates = { ledgerBefore: 0.05, ledgerAfter: 0.05, okxSilent: 0.06, okxSlow: 0.08, okxPending: 0.08, node: 0.08, die: 0.015 };
  let faultsOn = true;
  /** The I/O of one flow; `faults` counts the faults injected into it. */
  const ioFor = (label, seen, r) => {
    const fault = (p) => faultsOn && r.chance(p);
    const ledgerFault = (call, args) => {
      seen.ledgerCalls++;
      if (fault(rates.ledgerBefore)) return seen.faults++, note(label, 'ledger lost before commit', call), 'before';
      if (fault(rates.ledgerAfter)) return seen.faults++, note(label, 'ledger lost after commit', call), 'after';
      return null;
    };
    const ledger = pgLedger(api, ledgerFault);
    const db = {
      async rpc(call, args) {
        if (BREAK === 'failer' && call === 'x402_record' && args.p.outcome === 'unknown') args = { p: { ...args.p, outcome: 'failed', reason: 'broken' } };
        if (BREAK === 'mute' && call === 'x402_claim' && !seen.muted) {
          // An unannounced fault: the first claim commits, its answer is lost.
          seen.muted = true;
          seen.ledgerCalls++;
          await ledger.rpc(call, args);
          seen.ledgerCalls--;
          return { data: null, error: { message: 'lost' } };
        }
        if (BREAK === 'throttler' && call === 'x402_claim' && args.p.mode === 'claim' && r.chance(0.2)) {
          seen.ledgerCalls++;
          return { data: { state: 'throttled' }, error: null };
        }
        return ledger.rpc(call, args);
      },
    };
    const fetch = async (url, init, timeoutMs) => {
      world.step++;
      await turn();
      if (url.startsWith(OKX_BASE)) {
        const isSettle = /\/settle$/.test(new URL(url).pathname);
        if (fault(rates.okxSilent)) {
          seen.faults++;
          note(label, 'okx silent', url);
          clock.advance(timeoutMs);
          return 'unreachable';
        }
        if (isSettle && fault(rates.okxSlow)) {
          seen.faults++;
          const late = r.chance(0.5) ? r.int(500, 20_000) : 0;
          note(label, `okx slow past the timeout (carried out${late ? `, mined in ${late} ms` : ''})`);
          okx.handle(url, init, { late, step: world.step });
          clock.advance(timeoutMs);
          return 'unreachable';
        }
        const pendingAnswer = isSettle && fault(rates.okxPending);
        if (pendingAnswer) seen.faults++, note(label, 'okx answers pending');
        const a = okx.handle(url, init, { pendingAnswer, late: pendingAnswer ? r.int(200, 4000) : 0, step: world.step });
        if (isSettle) note(label, 'okx settle →', a.body.data?.status ?? '', a.body.data?.errorReason ?? '', (a.body.data?.transaction ?? '').slice(0, 10), `block ts ${chain.timestamp()}`);
        if (BREAK === 'liar' && isSettle && a.body.data && a.body.data.success === false && r.chance(0.5)) {
          a.body.data = { ...a.body.data, success: true, status: 'success', transaction: chain.newHash(), errorReason: null, errorMessage: null };
        }
        if (BREAK === 'blind' && isSettle && a.body.data?.success) {
          seen.faults++;
          clock.advance(timeoutMs);
          return 'unreachable';
        }
        return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': 'application/json' } });
      }
      if (RPC_NODES.some((n) => url.startsWith(n))) {
        if (fault(rates.node)) {
          seen.faults++;
          note(label, 'node silent', url);
          return 'unreachable';
        }
        let answer = chain.rpc(init.body);
        const method = JSON.parse(init.body).method;
        note(label, 'node', method, String(JSON.stringify(answer.result ?? answer.error ?? null)).slice(0, 80));
        if (BREAK === 'blind' && Array.isArray(answer.result)) answer = { ...answer, result: [] };
        if (BREAK === 'blind' && JSON.parse(init.body).method === 'eth_getTransactionReceipt') answer = { ...answer, result: null };
        return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      throw new Error(`nothing may leave the process: ${url}`);
    };
    return { db, fetch };
  };

  /** lib/flow.js's runFlow with a virtual clock (a sleep advances it) and a death at random steps. */
  async function drive(flow, io, seen, mayDie, r) {
    let effect = JSON.parse(wasm.call(() => flow.start(Date.now())));
    for (let steps = 0; steps < 500; steps++) {
      if (effect.kind === 'respond' || effect.kind === 'serve') return effect;
      if (mayDie && faultsOn && r.chance(rates.die)) {
        seen.faults++;
        return { kind: 'died', before: effect.kind === 'ledger' ? effect.call : effect.name ?? effect.kind };
      }
      let answer;
      if (effect.kind === 'sleep') {
        seen.sleeps++;
        clock.advance(effect.ms);
        await turn();
        answer = { status: 0, body: '' };
      } else {
        world.step++;
        answer = await perform(effect, io);
      }
      effect = JSON.parse(wasm.call(() => flow.resume(answer.status, answer.body, Date.now())));
    }
    throw new Error('the payment flow did not end');
  }

  // ---- payments ----------------------------------------------------------------------------
  const paywall = paywallConfig();
  const facilitator = facilitatorConfig();
  const payers = Array.from({ length: 12 }, (_, i) => {
    const account = privateKeyToAccount(r.hex32());
    // A few payers can afford only some of their payments.
    chain.fund(account.address, i < 2 ? BigInt(PRICE) * 2n : BigInt(PRICE) * 1000n);
    return { account, address: account.address };
  });
  const list = [];
  /** Payment `i`, signed now (its window starts at the virtual now). */
  async function make(i) {
    // Each payment draws from its own stream: its choices and faults do not depend on how the
    // concurrent flows interleave.
    const r = rng((seed * 1_000_003 + i * 7_919) >>> 0);
    const payer = r.pick(payers);
    const face = r.chance(0.7) ? 'paywall' : 'facilitator';
    const resource = face === 'paywall' ? RESOURCE : SELLER;
    const requirements = requirementsFor({ payTo: PAY_TO, amount: PRICE, resource });
    const now = Math.floor(clock.now() / 1000);
    const nonce = r.hex32();
    const validBefore = String(now + r.int(15, 180));
    const signed = await signPayment({ payer, requirements, overrides: { nonce, validAfter: String(now - 5), validBefore } });
    const { resource: _r, ...v2 } = requirements;
    const p = {
      i,
      face,
      payer: payer.address.toLowerCase(),
      nonce: signed.authorization.nonce.toLowerCase(),
      key: keyOf(payer.address, signed.authorization.nonce),
      header: signed.header,
      body: JSON.stringify({ x402Version: 2, paymentPayload: signed.headerObject, paymentRequirements: v2 }),
      validBefore: Number(validBefore),
      answers: [], // {step, kind, status, text, tx, replay}
      presented: 0,
      r,
    };
    list.push(p);
    byKey.set(p.key, p);
    return p;
  }
  const byKey = new Map();
  chain.onEvent = (key, what) => {
    const p = byKey.get(key);
    note(p ? `${p.face}#${p.i}` : key, 'chain:', what);
  };
  const deadTokens = new Set();
  const violations = [];
  const twoCalls = []; // ledger calls of fault-free first paid requests that were served
  const flows = { paywall: 0, facilitator: 0, reconcile: 0, died: 0 };

  /** One presentation of `p`: its answer recorded. */
  async function present(p, { faults = true, viaRunFlow = false } = {}) {
    const token = crypto.randomUUID();
    const seen = { faults: 0, sleeps: 0, ledgerCalls: 0 };
    const first = p.presented++ === 0;
    const label = `${p.face}#${p.i}`;
    const io = ioFor(label, seen, p.r);
    note(label, 'presented', `validBefore ${p.validBefore}`, `now ${Math.floor(clock.now() / 1000)}`);
    flows[p.face]++;
    const flow = wasm.call(() =>
      p.face === 'paywall' ? paywall.pay(p.header, '', RESOURCE, '/functions/paid', 'GET /functions/paid', token, '', Date.now()) : facilitator.flow('settle', p.body, token, '', Date.now()),
    );
    let end;
    try {
      end = viaRunFlow ? await runFlow(flow, io, wasm) : await drive(flow, io, seen, faults, p.r);
    } finally {
      release(flow);
    }
    world.step++;
    // Ended: a claim it still holds (its record lost, or it died) is held until its lease.
    deadTokens.add(token);
    const a = { step: world.step, kind: end.kind, faults: seen.faults };
    if (end.kind === 'died') {
      flows.died++;
      deadTokens.add(token);
      a.text = `died before ${end.before}`;
    } else if (end.kind === 'serve') {
      a.tx = end.info.txHash;
      a.replay = end.info.replay;
      a.status = 200;
      a.text = JSON.stringify(end.info);
    } else {
      a.status = end.reply.status;
      a.text = end.reply.body;
      if (p.face === 'facilitator') {
        const b = JSON.parse(end.reply.body);
        if (b.success === true) a.tx = b.transaction;
        a.reason = b.errorReason;
      } else {
        a.reason = JSON.parse(end.reply.body || '{}').error;
      }
    }
    a.delivered = !!a.tx;
    p.answers.push(a);
    note(label, '→', a.kind, a.status ?? '', a.reason ?? '', a.tx ? `tx ${a.tx.slice(0, 10)}` : '');
    // Invariant 2, at the moment of delivery: the transfer is on chain.
    if (a.delivered) {
      chain.mine();
      const t = chain.transfers.find((x) => x.key === p.key && x.hash === a.tx);
      if (!t) violations.push(`2: ${label} delivered with ${a.tx} but no such transfer of its authorization is on chain`);
    }
    if (faults && first && seen.faults === 0 && seen.sleeps === 0 && p.face === 'paywall' && end.kind === 'serve' && !a.replay) twoCalls.push(seen.ledgerCalls);
    return a;
  }

  async function reconcile({ faults = true } = {}) {
    const token = crypto.randomUUID();
    const seen = { faults: 0, sleeps: 0, ledgerCalls: 0 };
    const rr = rng((seed * 31 + flows.reconcile * 104_729) >>> 0);
    flows.reconcile++;
    const io = ioFor(`reconcile#${flows.reconcile}`, seen, rr);
    const flow = wasm.call(() => paywall.reconcile(facilitator, token, ''));
    try {
      const end = faults ? await drive(flow, io, seen, true, rr) : await runFlow(flow, io, wasm);
      deadTokens.add(token);
      note(`reconcile#${flows.reconcile} →`, end.kind, end.reply?.body ?? '');
      return end;
    } finally {
      release(flow);
    }
  }

  /** Rows held by requests that died: their lease runs out (90 s pass for them). */
  async function ageDeadLeases() {
    if (!deadTokens.size) return;
    await admin.query(
      `begin; set local session_replication_role = replica;
       update x402_payments set updated_at = updated_at - interval '91 seconds', created_at = created_at - interval '91 seconds'
         where status = 'pending' and claim_token = any('{${[...deadTokens].join(',')}}'::uuid[]); commit;`,
    );
  }

  /** A payer's life: presents its payment until served, refused, or it gives up. */
  async function life(p) {
    const { r } = p;
    const tries = r.int(1, 5);
    const comesBack = r.chance(0.85);
    for (let k = 0; k < tries; k++) {
      if (r.chance(0.04)) note(`payment#${p.i}`, 'payer cancels on chain:', chain.cancel(p.payer, p.nonce));
      if (r.chance(0.05)) {
        const ms = r.int(5, 60) * 1000;
        clock.advance(ms);
        note('time passes', ms);
      }
      if (r.chance(0.15)) await ageDeadLeases();
      const twice = r.chance(0.12);
      const got = await Promise.all([present(p), ...(twice ? [present(p)] : [])]);
      const retry = got.some((a) => a.kind === 'died' || a.status === 503 || (a.status === 409 && /in_progress/.test(a.reason ?? '')));
      const replay = got.every((a) => a.delivered) && r.chance(0.1);
      if (!(retry && comesBack) && !replay) return;
    }
  }

  // ---- the run -------------------------------------------------------------------------------
  const started = performance.now();
  let next = 0;
  const reconciles = [];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const p = await make(next++);
        await life(p);
        if (r.chance(0.25)) reconciles.push(reconcile());
      }
    }),
  );
  await Promise.all(reconciles);

  // ---- epilogue: no faults; leases of the dead run out; a reconcile; landed but undelivered presented once more
  faultsOn = false;
  chain.mine(true);
  const epilogue = [];
  const strangers = (await rows()).filter((x) => x.status === 'pending' && x.claim_token && !deadTokens.has(x.claim_token));
  assert.deepEqual(strangers.map((x) => x.nonce), [], 'every claim token in the ledger is a request of this run');
  await ageDeadLeases();
  const rec = await reconcile({ faults: false });
  assert.equal(rec.reply.status, 200, `the epilogue's reconcile: ${rec.reply.body}`);
  for (const t of chain.transfers) {
    const p = byKey.get(t.key);
    if (!p || p.answers.some((a) => a.delivered)) continue;
    const a = await present(p, { faults: false, viaRunFlow: true });
    epilogue.push(`${p.face}#${p.i}${clock.now() / 1000 >= p.validBefore ? ' (past validBefore)' : ''} → ${a.kind} ${a.status ?? ''} ${a.reason ?? ''}`);
    if (!a.delivered) violations.push(`3: ${p.face}#${p.i}: its transfer ${t.hash} landed, and presented again with no fault it got ${a.status} ${a.text}`);
  }

  // ---- invariants ------------------------------------------------------------------------------
  const ledger = new Map((await rows()).map((x) => [keyOf(x.payer_address, x.nonce), x]));
  const transfersOf = new Map();
  for (const t of chain.transfers) transfersOf.set(t.key, [...(transfersOf.get(t.key) ?? []), t]);
  // 1. at most one transfer per authorization
  for (const [key, ts] of transfersOf) if (ts.length > 1) violations.push(`1: ${key} transferred ${ts.length} times (${ts.map((t) => t.hash).join(', ')})`);
  for (const p of list) {
    const label = `${p.face}#${p.i}`;
    const row = ledger.get(p.key);
    const ts = transfersOf.get(p.key) ?? [];
    // 2. what was delivered is settled in the ledger with its transfer
    for (const a of p.answers.filter((x) => x.delivered)) {
      if (!row || row.status !== 'settled' || row.tx_hash !== a.tx) violations.push(`2: ${label} delivered with ${a.tx}; its ledger row is ${row ? `${row.status} ${row.tx_hash}` : 'missing'}`);
    }
    // 4. "nothing was charged" never said after the settle that moved the money was sent
    for (const a of p.answers) {
      if (!NOTHING_CHARGED.test(a.text ?? '')) continue;
      const moved = ts.find((t) => t.cause < a.step);
      if (moved) violations.push(`4a: ${label} told "${a.text}" at #${a.step}, after the settle (#${moved.cause}) of its transfer ${moved.hash}`);
    }
    if (row && row.status === 'failed' && ts.length) violations.push(`4b: ${label}: a failed row (${row.error_reason}) has a landed transfer ${ts[0].hash}`);
  }
  const stats = {
    seed,
    payments: count,
    presentations: flows.paywall + flows.facilitator,
    reconciles: flows.reconcile,
    died: flows.died,
    transfers: chain.transfers.length,
    rows: Object.fromEntries(['pending', 'settled', 'failed'].map((s) => [s, [...ledger.values()].filter((x) => x.status === s).length])),
    // The literal reading of 4: "nothing was charged" for a payment charged later (only on a later presentation).
    nothingChargedThenCharged: list.filter((p) => transfersOf.has(p.key) && p.answers.some((a) => NOTHING_CHARGED.test(a.text ?? ''))).length,
    answers: list.flatMap((p) => p.answers).reduce((m, a) => ((m[`${a.kind}:${a.status ?? ''}:${a.reason ?? ''}`] = (m[`${a.kind}:${a.status ?? ''}:${a.reason ?? ''}`] ?? 0) + 1), m), {}),
    epilogue: epilogue.length,
    twoCalls: twoCalls.length,
    ms: Math.round(performance.now() - started),
  };
  return { violations, stats, twoCalls, epilogue, trace: world.trace, list };
}

let cluster;
let restoreClock;
before(async () => {
  cluster = await startPostgres();
  const env = { ...ENV };
  globalThis.Deno = { env: { get: (k) => env[k] } };
  restoreClock = clock.install();
});
after(async () => {
  restoreClock?.();
  delete globalThis.Deno;
  await cluster?.stop();
});



describe(`x402 invariants under faults (${SEEDS.length} seed(s) × ${PAYMENTS} payments${BREAK ? `, BROKEN: ${BREAK}` : ''})`, () => {
  for (const [n, seed] of SEEDS.entries()) {
    describe(`seed ${seed}`, () => {
      let out;
      before(async () => {
        try {
          out = await run({ clusterUrl: cluster.url, seed, payments: PAYMENTS, db: `x402_props_${n}` });
        } catch (e) {
          e.message = `X402_PROPS_SEED=${seed}: ${e.message}`;
          throw e;
        }
        console.log(`# ${JSON.stringify(out.stats)}`);
        if (out.violations.length) {
          // The story of each payment a violation names (X402_PROPS_TRACE=<file>: the whole trace).
          const named = [...new Set(out.violations.flatMap((v) => v.match(/(paywall|facilitator)#\d+/g) ?? []))];
          for (const label of named) console.log(`# ${label} (X402_PROPS_SEED=${seed}):\n${out.trace.filter((l) => l.includes(`${label} `)).join('\n')}`);
        }
        if (process.env.X402_PROPS_TRACE) writeFileSync(process.env.X402_PROPS_TRACE, out.trace.join('\n'));
      });
      for (const [id, what] of [
        ['1', 'at most one transfer per authorization'],
        ['2', 'nothing delivered that is not settled in the ledger with its transfer on chain'],
        ['3', 'every landed transfer is delivered, at the latest on its next presentation'],
        ['4a', 'no "nothing was charged" after the settle that charged it was sent'],
        ['4b', 'no failed row has a landed transfer'],
      ]) {
        test(`${id}. ${what}`, () => {
          const mine = out.violations.filter((v) => v.startsWith(`${id}:`) || v.startsWith(`${id}a:`) || v.startsWith(`${id}b:`));
          assert.deepEqual(mine, [], `X402_PROPS_SEED=${seed}: ${mine.length} violation(s)`);
        });
      }
      test('a fault-free paid request makes 2 ledger calls', () => {
        assert.ok(out.twoCalls.length > 0, 'some paid request ran without a fault');
        assert.deepEqual([...new Set(out.twoCalls)], [2], `X402_PROPS_SEED=${seed}: ledger calls of fault-free paid requests`);
      });
    });
  }
});
