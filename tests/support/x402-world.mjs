// A world for driving many x402 payments through the REAL flows (the x402 WebAssembly's
// `X402Config.pay`, `X402Facilitator.flow('settle', …)`, `X402Config.reconcile`, their effects
// performed by lib/flow.js) with faults injected at every I/O step, seeded and reproducible.
// Used by tests/e2e/x402-properties.test.mjs.
//
//   rng(seed)                      a seeded PRNG (mulberry32): {next(), chance(p), int(a, b), pick(xs)}
//   clock                          the virtual wall clock: Date.now() is patched to it; the chain's
//                                  block timestamps follow it; a flow's sleep advances it
//   ChainModel                     the token on chain: EIP-3009 authorizations per (payer, nonce)
//                                  (unused | used by a transaction | cancelled), balances, transfers,
//                                  receipts and logs, a mempool of late transactions; its JSON-RPC
//   OkxModel                       OKX's x402 API (current generation) over the chain model: verify;
//                                  settle executes transferWithAuthorization (the chain takes an
//                                  authorization once: a second one answers "nonce_used"); status
//   pgLedger(pool, faults)         `db.rpc(call, args)` on a real PostgreSQL with the migrations:
//                                  the SQL transition functions called directly, as project_admin
//
// Nothing leaves the process: OKX_BASE_URL and RPC_URL are loopback URLs only the world's
// `fetch` answers (they are never dialed).

import { toEventSelector } from 'viem';
import { USDG } from './payments.mjs';

export const OKX_BASE = 'http://127.0.0.1:9';
export const RPC_NODES = ['http://127.0.0.1:7', 'http://127.0.0.1:8'];
export const TOPIC = {
  AuthorizationUsed: toEventSelector('AuthorizationUsed(address,bytes32)'),
  AuthorizationCanceled: toEventSelector('AuthorizationCanceled(address,bytes32)'),
  Transfer: toEventSelector('Transfer(address,address,uint256)'),
};
export const word = (n) => `0x${BigInt(n).toString(16).padStart(64, '0')}`;
const addressWord = (a) => `0x${a.slice(2).toLowerCase().padStart(64, '0')}`;
const hex = (n) => `0x${BigInt(n).toString(16)}`;
export const keyOf = (payer, nonce) => `${payer.toLowerCase()}:${nonce.toLowerCase()}`;

/** mulberry32: small, fast, and the same everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    hex32: () => `0x${Array.from({ length: 32 }, () => Math.floor(next() * 256).toString(16).padStart(2, '0')).join('')}`,
  };
}

/** The virtual wall clock (ms): the real one plus a skew that only grows. */
export const clock = {
  realNow: Date.now.bind(Date),
  skew: 0,
  now() {
    return this.realNow() + this.skew;
  },
  advance(ms) {
    this.skew += ms;
  },
  install() {
    Date.now = () => clock.now();
    return () => {
      Date.now = clock.realNow;
    };
  },
};

const rpcResult = (id, result) => ({ jsonrpc: '2.0', id, result });
const rpcError = (id, message) => ({ jsonrpc: '2.0', id, error: { code: -32000, message } });

export class ChainModel {
  constructor({ token = USDG, r }) {
    this.token = token.toLowerCase();
    this.r = r;
    this.balances = new Map(); // address → bigint
    this.auths = new Map(); // payer:nonce → {state: 'used'|'cancelled', tx}
    this.txs = new Map(); // hash → receipt
    this.logs = []; // every log, in order
    this.transfers = []; // {key, hash, from, to, value, block}: every transfer by authorization
    this.mempool = []; // {at (ms), a, resolve}: transactions sent, mined later
    this.number = 1;
    // Breaking the world on purpose (to show the checks can fail).
    this.breakReuse = false; // the token takes an authorization twice
  }

  timestamp() {
    return Math.floor(clock.now() / 1000);
  }

  fund(address, amount) {
    this.balances.set(address.toLowerCase(), BigInt(amount));
  }

  state(payer, nonce) {
    return this.auths.get(keyOf(payer, nonce)) ?? { state: 'unused' };
  }

  newHash() {
    return this.r.hex32();
  }

  /** transferWithAuthorization, mined now: {hash} or {reason} (reverted: nothing moves). */
  transferWithAuthorization(a, { hash: named, cause = 0 } = {}) {
    const key = keyOf(a.from, a.nonce);
    const ts = this.timestamp();
    const from = a.from.toLowerCase();
    const to = a.to.toLowerCase();
    const value = BigInt(a.value);
    if (this.state(a.from, a.nonce).state !== 'unused' && !this.breakReuse) return { reason: 'nonce_used' };
    if (!(ts > Number(a.validAfter))) return { reason: 'not_yet_valid' };
    if (!(ts < Number(a.validBefore))) return { reason: 'expired' };
    if ((this.balances.get(from) ?? 0n) < value) return { reason: 'insufficient_balance' };
    const hash = named ?? this.newHash();
    const block = ++this.number;
    this.balances.set(from, this.balances.get(from) - value);
    this.balances.set(to, (this.balances.get(to) ?? 0n) + value);
    this.auths.set(key, { state: 'used', tx: hash });
    const logs = [
      { address: this.token, topics: [TOPIC.AuthorizationUsed, addressWord(from), a.nonce.toLowerCase()], data: '0x', transactionHash: hash, blockNumber: hex(block) },
      { address: this.token, topics: [TOPIC.Transfer, addressWord(from), addressWord(to)], data: word(value), transactionHash: hash, blockNumber: hex(block) },
    ];
    this.logs.push(...logs);
    this.txs.set(hash, { transactionHash: hash, status: '0x1', blockNumber: hex(block), logs });
    this.transfers.push({ key, hash, from, to, value, block, ts, cause });
    this.onEvent?.(key, `transfer ${hash.slice(0, 10)} at block ts ${ts} (settle sent at #${cause})`);
    return { hash };
  }

  /** The payer cancels an unused authorization on chain. */
  cancel(payer, nonce) {
    if (this.state(payer, nonce).state !== 'unused') return false;
    const hash = this.newHash();
    const block = ++this.number;
    this.auths.set(keyOf(payer, nonce), { state: 'cancelled', tx: hash });
    this.onEvent?.(keyOf(payer, nonce), `cancelled at block ts ${this.timestamp()}`);
    this.logs.push({ address: this.token, topics: [TOPIC.AuthorizationCanceled, addressWord(payer), nonce.toLowerCase()], data: '0x', transactionHash: hash, blockNumber: hex(block) });
    return true;
  }

  /** A transaction sent now and mined `delayMs` later (if the authorization still allows it). */
  sendLate(a, delayMs, opts, done) {
    this.mempool.push({ at: clock.now() + delayMs, a, opts, done });
  }

  /** Mines what is due in the mempool (`all`: everything, at its time or now). */
  mine(all = false) {
    const due = this.mempool.filter((m) => all || m.at <= clock.now());
    this.mempool = this.mempool.filter((m) => !due.includes(m));
    for (const m of due) {
      const r = this.transferWithAuthorization(m.a, m.opts);
      if (r.reason) this.onEvent?.(keyOf(m.a.from, m.a.nonce), `late transaction ${m.opts.hash.slice(0, 10)} reverted: ${r.reason}`);
      m.done(r);
    }
  }

  /** The JSON-RPC node. */
  rpc(body) {
    this.mine();
    const { id, method, params } = JSON.parse(body);
    switch (method) {
      case 'eth_call': {
        const [{ to, data }] = params;
        if (to.toLowerCase() !== this.token) return rpcResult(id, '0x');
        const selector = data.slice(0, 10);
        if (selector === '0x70a08231') return rpcResult(id, word(this.balances.get(`0x${data.slice(34, 74)}`) ?? 0n));
        if (selector === '0xe94a0102') {
          const payer = `0x${data.slice(34, 74)}`;
          const nonce = `0x${data.slice(74, 138)}`;
          return rpcResult(id, word(this.state(payer, nonce).state === 'unused' ? 0 : 1));
        }
        return rpcError(id, 'execution reverted');
      }
      case 'eth_getLogs': {
        const [{ address, topics }] = params;
        const match = this.logs.filter((l) => l.address === address.toLowerCase() && topics.every((t, i) => t == null || l.topics[i] === t.toLowerCase()));
        return rpcResult(id, match);
      }
      case 'eth_getTransactionReceipt':
        return rpcResult(id, this.txs.get(params[0].toLowerCase()) ?? null);
      case 'eth_getBlockByNumber':
        return rpcResult(id, { number: hex(this.number), timestamp: hex(this.timestamp()) });
      default:
        return rpcError(id, `method ${method} not supported`);
    }
  }
}

/** OKX's x402 API (current generation, `/api/v6/pay/x402/…`) over the chain model. */
export class OkxModel {
  constructor(chain) {
    this.chain = chain;
    this.pending = new Map(); // hash → promise of {hash}|{reason}, for settles answered 'pending'
    this.results = new Map(); // hash → {hash}|{reason}
    this.settles = []; // {key, at (the world's step counter)}
    // Breaking the world on purpose: settle executes twice (a second transfer of the same authorization).
    this.breakTwice = false;
  }

  envelope(data) {
    return { code: '0', msg: '', data };
  }

  settleData({ success, hash = '', status = null, errorReason = null, payer = null }) {
    return { success, transaction: hash, network: 'eip155:196', payer, errorReason, errorMessage: errorReason, status: status ?? (success ? 'success' : null) };
  }

  judge(body) {
    const a = body.paymentPayload.payload.authorization;
    const c = this.chain;
    const ts = c.timestamp();
    if (!(ts < Number(a.validBefore))) return { reason: 'expired', a };
    if (c.state(a.from, a.nonce).state !== 'unused') return { reason: 'nonce_used', a };
    if ((c.balances.get(a.from.toLowerCase()) ?? 0n) < BigInt(a.value)) return { reason: 'insufficient_balance', a };
    return { a };
  }

  /** `{status, body}` for a request to OKX, and `exec` for the settle that was carried out. */
  handle(url, init, { late = 0, pendingAnswer = false, step = 0 } = {}) {
    this.chain.mine();
    const u = new URL(url);
    const m = /^\/api\/v6\/pay\/x402\/(verify|settle|settle\/status)$/.exec(u.pathname);
    if (!m) return { status: 404, body: { code: '404', msg: 'Not Found', data: null } };
    const op = m[1];
    if (op === 'settle/status') {
      const hash = u.searchParams.get('txHash');
      const done = this.results.get(hash);
      if (!done && !this.pending.has(hash)) return { status: 200, body: { code: '51000', msg: 'unknown txHash', data: null } };
      if (!done) return { status: 200, body: this.envelope(this.settleData({ success: false, hash, status: 'pending' })) };
      if (done.reason) return { status: 200, body: this.envelope(this.settleData({ success: false, hash, status: 'failed', errorReason: 'transaction_failed' })) };
      return { status: 200, body: this.envelope(this.settleData({ success: true, hash })) };
    }
    const body = JSON.parse(init.body);
    const verdict = this.judge(body);
    const payer = verdict.a.from.toLowerCase();
    if (op === 'verify') {
      return { status: 200, body: this.envelope({ isValid: !verdict.reason, invalidReason: verdict.reason ?? null, invalidMessage: verdict.reason ?? null, payer }) };
    }
    this.settles.push({ key: keyOf(verdict.a.from, verdict.a.nonce), step });
    if (verdict.reason) {
      return { status: 200, body: this.envelope(this.settleData({ success: false, errorReason: verdict.reason, payer })) };
    }
    if (late > 0 || pendingAnswer) {
      // Sent; mined later. The answer (if any) says pending with the hash the transaction will have.
      const hash = this.chain.newHash();
      this.pending.set(hash, true);
      this.chain.sendLate(verdict.a, late || 1000, { hash, cause: step }, (r) => this.results.set(hash, r));
      return { status: 200, body: this.envelope(this.settleData({ success: false, hash, status: 'pending', payer })) };
    }
    const r = this.chain.transferWithAuthorization(verdict.a, { cause: step });
    if (this.breakTwice) this.chain.transferWithAuthorization(verdict.a, { cause: step });
    if (r.reason) return { status: 200, body: this.envelope(this.settleData({ success: false, errorReason: r.reason, payer })) };
    this.results.set(r.hash, r);
    return { status: 200, body: this.envelope(this.settleData({ success: true, hash: r.hash, payer })) };
  }
}

/**
 * `db.rpc(call, args)` over PostgreSQL, as the project API key's role (project_admin):
 * `{p: …}` calls as `select public.<call>($1::jsonb)`, the nonce functions with named args.
 * `fault(call)` → null | 'before' (lost before commit: not executed) | 'after' (executed, its
 * answer lost). Either way the client sees an error, as @insforge/sdk's rpc does.
 */
export function pgLedger(pool, fault = () => null, onCall = () => {}) {
  return {
    async rpc(call, args) {
      onCall(call, args);
      const f = fault(call, args);
      if (f === 'before') return { data: null, error: { message: 'fetch failed (lost before commit)' } };
      if (!/^x402_[a-z_]+$/.test(call)) throw new Error(`unexpected rpc ${call}`);
      let sql;
      let values;
      if (args && 'p' in args) {
        sql = `select public.${call}($1::jsonb) as r`;
        values = [JSON.stringify(args.p)];
      } else {
        const names = Object.keys(args ?? {});
        sql = `select public.${call}(${names.map((n, i) => `${n} => $${i + 1}`).join(', ')}) as r`;
        values = names.map((n) => args[n]);
      }
      let data;
      try {
        data = (await pool.query(sql, values)).rows[0].r;
      } catch (e) {
        return { data: null, error: { message: e.message } };
      }
      if (f === 'after') return { data: null, error: { message: 'socket hang up (lost after commit)' } };
      return { data, error: null };
    },
  };
}
