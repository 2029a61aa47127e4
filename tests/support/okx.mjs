// A local stand-in for OKX's x402 facilitator API, both generations:
//   legacy   POST /api/v6/x402/{verify,settle}, GET /api/v6/x402/supported
//            body {x402Version, chainIndex, paymentPayload, paymentRequirements, syncSettle?}
//            envelope {code:"0", msg:"", data:[{…}]}
//   current  POST /api/v6/pay/x402/{verify,settle}, GET /api/v6/pay/x402/supported,
//            GET /api/v6/pay/x402/settle/status?txHash=…
//            body {x402Version, paymentPayload, paymentRequirements, syncSettle?}
//            envelope {code:0|"0", msg:"", data:{…}}
// Like OKX it REJECTS requests with a wrong key, passphrase, timestamp (format or skew) or
// HMAC signature, or a body missing required fields. It verifies signatures itself with viem
// (an independent implementation), remembers used nonces, and settles with invented tx hashes,
// or, given `chain` (tests/support/chain.mjs) and `token` (its deployToken answer), for real:
// verify and settle read the token's authorizationState and balanceOf, and settle executes
// transferWithAuthorization from anvil account `account` (default 9) and answers the mined
// transaction's hash.
// Payments are routed by payload content and scheme, as OKX routes them:
//   `authorization`                         EIP-3009: transferWithAuthorization on the token;
//   `permit2Authorization`, scheme `exact`  Permit2 (any ERC-20) through the x402 exact proxy;
//   `permit2Authorization`, scheme `upto`   a metered payment (current generation only) through
//                                           the upto proxy `uptoProxy` (default OKX's, on X Layer);
// any other pairing is refused as a malformed body. A Permit2 payment is judged with viem over
// Permit2's EIP-712 domain and its scheme's witness (exact {to, validAfter}; upto {to,
// facilitator, validAfter}), with the reference facilitator's checks and reasons: spender = the
// scheme's proxy, witness.to = payTo, for upto witness.facilitator = this stand-in's gas account
// (`facilitatorAddress`), amount, token, signature, deadline, validAfter; with `chain`, Permit2's
// nonce bitmap, balanceOf and allowance(payer, Permit2). An exact permit must be for
// paymentRequirements.amount; an upto permit's amount is the ceiling, and paymentRequirements.amount
// the most that may be settled (verify checks it against the ceiling; settle moves exactly it).
// Either is settled by calling its proxy's settle on `chain` (tests/support/chain.mjs's
// placePermit2/placeExactProxy/placeUptoProxy) from the same account. Every verify and settle
// request that passes the shape checks is kept in `received` ({op, body}).
// Fault switches: fail(op, status, times), delay(op, ms) (before the call is carried out),
// answerLate(op, ms, times) (after it: a settle that lands while the caller has given up),
// settleHash(kind, times) (a success whose hash is 'missing' or 'malformed'), pendingPolls(n),
// codeAsNumber.

import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { getAddress, parseAbi, recoverTypedDataAddress } from 'viem';
import { TRANSFER_WITH_AUTHORIZATION } from './payments.mjs';

const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// The token: EIP-3009's transfer and state for an `authorization`, ERC-20's balance and
// allowance for any token (a Permit2 payment's need not be EIP-3009).
const TOKEN_ABI = parseAbi([
  'function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature)',
  'function authorizationState(address authorizer, bytes32 nonce) view returns (bool)',
  'function balanceOf(address account) view returns (uint256)',
  'function allowance(address owner, address spender) view returns (uint256)',
]);
// Permit2 and the x402 exact scheme's Permit2 proxy, at their usual addresses.
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const EXACT_PROXY = '0x402085c248EeA27D92E8b30b2C58ed07f9E20001';
/** The x402 upto scheme's Permit2 proxy on X Layer. */
export const OKX_UPTO_PROXY = '0x4020e7393B728A3939659E5732F87fdd8e680002';
const PERMIT2_ABI = parseAbi(['function nonceBitmap(address owner, uint256 wordPos) view returns (uint256)']);
const PERMIT = '((address token, uint256 amount) permitted, uint256 nonce, uint256 deadline) permit';
const EXACT_PROXY_ABI = parseAbi([
  `function settle(${PERMIT}, address owner, (address to, uint256 validAfter) witness, bytes signature)`,
]);
const UPTO_PROXY_ABI = parseAbi([
  `function settle(${PERMIT}, uint256 amount, address owner, (address to, address facilitator, uint256 validAfter) witness, bytes signature)`,
]);
/** Permit2's PermitWitnessTransferFrom with a scheme's witness. */
const permitWitnessTypes = (witness) => ({
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' }, { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }, { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: witness,
});
// What differs between the two Permit2 schemes: the witness, the proxy's settle and its failure.
const PERMIT2_SCHEMES = {
  exact: {
    types: permitWitnessTypes([{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }]),
    abi: EXACT_PROXY_ABI,
    failed: 'invalid_exact_evm_transaction_failed',
  },
  upto: {
    types: permitWitnessTypes([{ name: 'to', type: 'address' }, { name: 'facilitator', type: 'address' }, { name: 'validAfter', type: 'uint256' }]),
    abi: UPTO_PROXY_ABI,
    failed: 'invalid_upto_evm_transaction_failed',
  },
};
const isPermit2 = (payload) => typeof payload === 'object' && payload !== null && 'permit2Authorization' in payload;
/** How a body is paid, as OKX routes it: 'eip3009', 'exact' or 'upto' (Permit2), or null (no such pairing). */
function kindOf(body) {
  const payload = body.paymentPayload?.payload;
  const scheme = body.paymentRequirements?.scheme;
  if (isPermit2(payload)) return scheme === 'exact' || scheme === 'upto' ? scheme : null;
  return scheme === 'upto' ? null : 'eip3009';
}
const same = (a, b) => typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
const CHAIN_IDS = { 'eip155:196': 196, 'eip155:8453': 8453, 'eip155:84532': 84532, 'x-layer': 196, xlayer: 196, base: 8453, 'base-sepolia': 84532 };

export class OkxMock {
  constructor({ apiKey, secretKey, passphrase, chain, token, account = 9, uptoProxy = OKX_UPTO_PROXY } = {}) {
    this.chain = chain;
    this.token = token;
    this.account = account;
    this.uptoProxy = uptoProxy;
    this.received = []; // every verify and settle request past the shape checks: {op, body}
    this.apiKey = apiKey ?? `okx-key-${randomBytes(8).toString('hex')}`;
    this.secretKey = secretKey ?? `okx-secret-${randomBytes(16).toString('hex')}`;
    this.passphrase = passphrase ?? `okx-pass-${randomBytes(6).toString('hex')}`;
    this.calls = { verify: 0, settle: 0, status: 0, supported: 0 };
    this.rejected = [];
    this.usedNonces = new Set();
    this.txs = new Map(); // txHash → { polls, payer, network }
    this.faults = {};
    this.delays = {};
    this.late = {};
    this.hashFaults = null;
    this.onChain = []; // hashes of the transactions settled on chain
    this.pending = 0;
    this.codeAsNumber = false;
    this.server = http.createServer((req, res) => this.dispatch(req, res).catch((e) => this.send(res, 500, { code: '50026', msg: e.message, data: null })));
  }

  async start() {
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  /** The address that settles metered payments: the gas account's (chain given), else a fixed one. */
  get facilitatorAddress() {
    return this.chain ? this.chain.accounts[this.account].address : '0x0000000000000000000000000000000000000f0f';
  }

  close() {
    this.server.closeAllConnections?.();
    return new Promise((r) => this.server.close(r));
  }

  reset() {
    this.calls = { verify: 0, settle: 0, status: 0, supported: 0 };
    this.rejected = [];
    this.faults = {};
    this.delays = {};
    this.late = {};
    this.hashFaults = null;
    this.pending = 0;
    this.received = [];
  }

  /** The next `times` calls of `op` are carried out, then answered only after `ms`. */
  answerLate(op, ms, times = 1) {
    this.late[op] = { ms, times };
  }

  /** The next `times` successful settles answer `success: true` with a 'missing' or 'malformed' hash. */
  settleHash(kind, times = 1) {
    this.hashFaults = { kind, times };
  }

  /** The next `times` calls of `op` answer HTTP `status`. */
  fail(op, status, times = 1) {
    this.faults[op] = { status, times };
  }

  /** Calls of `op` wait `ms` before answering (a client timeout test). */
  delay(op, ms) {
    this.delays[op] = ms;
  }

  /** Settles answer `pending`; the status endpoint says `pending` `n` times, then `success`. */
  pendingPolls(n) {
    this.pending = n;
  }

  send(res, status, body) {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  envelope(legacy, data) {
    return { code: this.codeAsNumber ? 0 : '0', msg: '', data: legacy ? [data] : data };
  }

  refuse(res, status, code, msg) {
    this.rejected.push({ code, msg });
    this.send(res, status, { code, msg, data: null });
  }

  checkAuth(req, pathWithQuery, body) {
    const h = req.headers;
    if (!h['ok-access-key'] || !h['ok-access-sign'] || !h['ok-access-timestamp'] || !h['ok-access-passphrase']) return ['50103', 'Request header OK-ACCESS-* missing'];
    if (h['ok-access-key'] !== this.apiKey) return ['50111', 'Invalid OK-ACCESS-KEY'];
    if (h['ok-access-passphrase'] !== this.passphrase) return ['50105', 'Invalid OK-ACCESS-PASSPHRASE'];
    const ts = h['ok-access-timestamp'];
    if (!TS_RE.test(ts) || Math.abs(Date.parse(ts) - Date.now()) > 30_000) return ['50112', 'Invalid OK-ACCESS-TIMESTAMP'];
    const want = createHmac('sha256', this.secretKey).update(ts + req.method + pathWithQuery + body).digest('base64');
    if (h['ok-access-sign'] !== want) return ['50113', 'Invalid Sign'];
    if (req.method === 'POST' && !/^application\/json/.test(h['content-type'] ?? '')) return ['51000', 'Content-Type must be application/json'];
    return null;
  }

  async dispatch(req, res) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://x');
    const m = url.pathname.match(/^\/api\/v6\/(pay\/)?x402\/(verify|settle|supported|settle\/status)$/);
    if (!m) return this.send(res, 404, { code: '404', msg: 'Not Found', data: null });
    const legacy = !m[1];
    const op = m[2] === 'settle/status' ? 'status' : m[2];
    if (legacy && op === 'status') return this.send(res, 404, { code: '404', msg: 'Not Found', data: null });
    const authError = this.checkAuth(req, url.pathname + url.search, raw);
    if (authError) return this.refuse(res, 401, ...authError);
    this.calls[op]++;
    if (this.delays[op]) await new Promise((r) => setTimeout(r, this.delays[op]));
    const fault = this.faults[op];
    if (fault && fault.times > 0) {
      fault.times--;
      return this.send(res, fault.status, { code: '50026', msg: 'System error', data: null });
    }
    if (op === 'supported') {
      return this.send(res, 200, this.envelope(legacy, { kinds: [{ x402Version: legacy ? 1 : 2, scheme: 'exact', network: 'eip155:196' }] }));
    }
    if (op === 'status') {
      const tx = this.txs.get(url.searchParams.get('txHash'));
      if (!tx) return this.refuse(res, 200, '51000', 'unknown txHash');
      const status = tx.polls > 0 ? (tx.polls--, 'pending') : 'success';
      return this.send(res, 200, this.envelope(false, { success: status === 'success', transaction: tx.hash, network: tx.network, payer: tx.payer, status }));
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch {
      return this.refuse(res, 400, '51000', 'body is not JSON');
    }
    const shapeError = this.checkShape(body, legacy, op);
    if (shapeError) return this.refuse(res, 400, '50014', shapeError);
    this.received.push({ op, body });
    const late = this.late[op];
    if (late && late.times > 0) {
      late.times--;
      const answer = this.send.bind(this, res);
      // Carried out now; its answer arrives after the caller may have stopped waiting.
      res = { writeHead: () => {}, end: () => {} };
      const held = { status: 200, body: null };
      res.writeHead = (status) => (held.status = status);
      res.end = (text) => setTimeout(() => { try { answer(held.status, JSON.parse(text)); } catch { /* the caller is gone */ } }, late.ms);
    }
    const verdict = await this.judge(body);
    if (op === 'verify') {
      const data = { isValid: !verdict.reason, invalidReason: verdict.reason ?? null, payer: verdict.payer ?? null };
      if (!legacy) data.invalidMessage = verdict.reason ?? null;
      return this.send(res, 200, this.envelope(legacy, data));
    }
    // settle
    const network = body.paymentRequirements.network;
    if (verdict.reason) return this.send(res, 200, this.envelope(legacy, settleData(legacy, { success: false, errorReason: verdict.reason, payer: verdict.payer, network })));
    const signed = body.paymentPayload.payload;
    const kind = kindOf(body);
    // Permit2's nonces are the payer's, whichever proxy spends them.
    const key = kind === 'eip3009'
      ? `${verdict.payer.toLowerCase()}:${signed.authorization.nonce.toLowerCase()}`
      : `permit2:${verdict.payer.toLowerCase()}:${BigInt(signed.permit2Authorization.nonce)}`;
    if (this.usedNonces.has(key)) return this.send(res, 200, this.envelope(legacy, settleData(legacy, { success: false, errorReason: 'nonce_used', payer: verdict.payer, network })));
    let hash = `0x${randomBytes(32).toString('hex')}`;
    if (this.chain) {
      const landed = kind === 'eip3009' ? await this.transfer(signed) : await this.settlePermit2(kind, signed, BigInt(requiredAmount(body.paymentRequirements)));
      if (landed.reason) return this.send(res, 200, this.envelope(legacy, settleData(legacy, { success: false, errorReason: landed.reason, payer: verdict.payer, network })));
      hash = landed.hash;
    }
    this.usedNonces.add(key);
    const polls = this.pending;
    this.txs.set(hash, { hash, polls, payer: verdict.payer, network });
    const status = polls > 0 ? 'pending' : 'success';
    let answered = hash;
    if (this.hashFaults && this.hashFaults.times > 0) {
      this.hashFaults.times--;
      answered = this.hashFaults.kind === 'missing' ? undefined : `${hash.slice(0, 40)}zz`;
    }
    return this.send(res, 200, this.envelope(legacy, settleData(legacy, { success: true, hash: answered, payer: verdict.payer, network, status })));
  }

  /** Settles on the chain: transferWithAuthorization from our gas account, mined. {hash} or {reason}. */
  async transfer({ authorization: a, signature }) {
    const wallet = this.chain.walletClient(this.account);
    try {
      const hash = await wallet.writeContract({
        address: this.token.address,
        abi: TOKEN_ABI,
        functionName: 'transferWithAuthorization',
        args: [a.from, a.to, BigInt(a.value), BigInt(a.validAfter), BigInt(a.validBefore), a.nonce, signature],
      });
      const receipt = await this.chain.publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== 'success') return { reason: 'transaction_failed' };
      this.onChain.push(hash);
      return { hash };
    } catch (e) {
      return { reason: /balance/i.test(String(e?.message)) ? 'insufficient_balance' : 'transaction_failed' };
    }
  }

  /**
   * Settles a Permit2 payment on the chain from our gas account, mined: the exact proxy's
   * settle(permit, owner, witness, signature), or the upto proxy's settle(permit, amount, owner,
   * witness, signature) for `amount` (paymentRequirements.amount). {hash} or {reason}.
   */
  async settlePermit2(kind, { permit2Authorization: a, signature }, amount) {
    const { abi, failed } = PERMIT2_SCHEMES[kind];
    const permit = { permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) }, nonce: BigInt(a.nonce), deadline: BigInt(a.deadline) };
    const args = kind === 'upto'
      ? [permit, amount, a.from, { to: a.witness.to, facilitator: a.witness.facilitator, validAfter: BigInt(a.witness.validAfter) }, signature]
      : [permit, a.from, { to: a.witness.to, validAfter: BigInt(a.witness.validAfter) }, signature];
    const wallet = this.chain.walletClient(this.account);
    try {
      const hash = await wallet.writeContract({ address: kind === 'upto' ? this.uptoProxy : EXACT_PROXY, abi, functionName: 'settle', args });
      const receipt = await this.chain.publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== 'success') return { reason: failed };
      this.onChain.push(hash);
      return { hash };
    } catch (e) {
      const m = String(e?.message);
      return { reason: /InvalidNonce/.test(m) ? 'permit2_invalid_nonce' : /TRANSFER_FROM_FAILED/.test(m) ? 'permit2_simulation_failed' : failed };
    }
  }

  /** What Permit2 and the token say of a permit: {used, balance, allowance}. */
  async permit2State(a) {
    const read = (address, abi, functionName, args) => this.chain.publicClient.readContract({ address, abi, functionName, args });
    const nonce = BigInt(a.nonce);
    const word = await read(PERMIT2, PERMIT2_ABI, 'nonceBitmap', [a.from, nonce >> 8n]);
    return {
      used: ((word >> (nonce & 0xffn)) & 1n) === 1n,
      balance: await read(a.permitted.token, TOKEN_ABI, 'balanceOf', [a.from]),
      allowance: await read(a.permitted.token, TOKEN_ABI, 'allowance', [a.from, PERMIT2]),
    };
  }

  /** What the token says of the authorization: {used, balance}. */
  async onChainState(a) {
    const read = (functionName, args) => this.chain.publicClient.readContract({ address: this.token.address, abi: TOKEN_ABI, functionName, args });
    return { used: await read('authorizationState', [a.from, a.nonce]), balance: await read('balanceOf', [a.from]) };
  }

  checkShape(body, legacy, op) {
    if (typeof body !== 'object' || body === null) return 'body must be an object';
    for (const k of ['x402Version', 'paymentPayload', 'paymentRequirements']) if (!(k in body)) return `missing ${k}`;
    if (legacy && body.chainIndex !== '196' && body.chainIndex !== 196) return 'missing chainIndex';
    if (op === 'settle' && typeof body.syncSettle !== 'boolean') return 'syncSettle must be sent explicitly';
    const payload = body.paymentPayload?.payload;
    if (typeof payload?.signature !== 'string') return 'paymentPayload.payload incomplete';
    const kind = kindOf(body);
    if (kind === null) return isPermit2(payload) ? 'a Permit2 payload is taken for the exact and upto schemes only' : 'the upto scheme takes a Permit2 payload only';
    if (kind === 'upto' && legacy) return 'the upto scheme is taken by the current API only';
    if (kind === 'eip3009') return payload.authorization ? null : 'paymentPayload.payload incomplete';
    const a = payload.permit2Authorization;
    const fields = [a?.from, a?.permitted?.token, a?.permitted?.amount, a?.spender, a?.nonce, a?.deadline, a?.witness?.to, a?.witness?.validAfter];
    if (kind === 'upto') fields.push(a?.witness?.facilitator);
    if (fields.some((f) => typeof f !== 'string')) return 'paymentPayload.payload.permit2Authorization incomplete';
    return null;
  }

  /** OKX's own checks, done with viem: signature, recipient, amount, time window. */
  async judge(body) {
    const kind = kindOf(body);
    if (kind !== 'eip3009') return this.judgePermit2(kind, body);
    const req = body.paymentRequirements;
    const { signature, authorization: a } = body.paymentPayload.payload;
    const chainId = CHAIN_IDS[req.network];
    let payer;
    try {
      payer = await recoverTypedDataAddress({
        domain: { name: req.extra?.name, version: req.extra?.version, chainId, verifyingContract: req.asset },
        types: { TransferWithAuthorization: TRANSFER_WITH_AUTHORIZATION },
        primaryType: 'TransferWithAuthorization',
        message: { from: a.from, to: a.to, value: BigInt(a.value), validAfter: BigInt(a.validAfter), validBefore: BigInt(a.validBefore), nonce: a.nonce },
        signature,
      });
    } catch {
      return { reason: 'invalid_signature' };
    }
    if (payer.toLowerCase() !== a.from.toLowerCase()) return { reason: 'invalid_signature', payer: a.from };
    if (a.to.toLowerCase() !== req.payTo.toLowerCase()) return { reason: 'toAddr mismatch', payer };
    if (a.value !== requiredAmount(req)) return { reason: 'amount mismatch', payer };
    const now = Math.floor(Date.now() / 1000);
    if (!(now > Number(a.validAfter))) return { reason: 'not_yet_valid', payer };
    if (!(now < Number(a.validBefore))) return { reason: 'expired', payer };
    if (this.chain) {
      const { used, balance } = await this.onChainState(a);
      if (used) return { reason: 'nonce_used', payer };
      if (balance < BigInt(a.value)) return { reason: 'insufficient_balance', payer };
    }
    return { payer };
  }

  /**
   * OKX's checks of a Permit2 payment (`kind` 'exact' or 'upto'), in the reference facilitator's
   * order; with `chain`, its state on chain. An exact permit is for the amount required; an upto
   * permit's amount is the ceiling, the amount required (what would be settled) at most that.
   */
  async judgePermit2(kind, body) {
    const req = body.paymentRequirements;
    const { signature, permit2Authorization: a } = body.paymentPayload.payload;
    const upto = kind === 'upto';
    const chainId = CHAIN_IDS[req.network] ?? Number(/^eip155:(\d+)$/.exec(req.network)?.[1]);
    const moved = BigInt(requiredAmount(req));
    if (!same(a.spender, upto ? this.uptoProxy : EXACT_PROXY)) return { reason: 'invalid_permit2_spender', payer: a.from };
    if (!same(a.witness.to, req.payTo)) return { reason: 'invalid_permit2_recipient_mismatch', payer: a.from };
    if (upto && !same(a.witness.facilitator, this.facilitatorAddress)) return { reason: 'upto_facilitator_mismatch', payer: a.from };
    if (upto ? moved > BigInt(a.permitted.amount) : a.permitted.amount !== requiredAmount(req)) return { reason: 'permit2_amount_mismatch', payer: a.from };
    if (!same(a.permitted.token, req.asset)) return { reason: 'permit2_token_mismatch', payer: a.from };
    const witness = { to: getAddress(a.witness.to), validAfter: BigInt(a.witness.validAfter) };
    if (upto) witness.facilitator = getAddress(a.witness.facilitator);
    let payer;
    try {
      payer = await recoverTypedDataAddress({
        domain: { name: 'Permit2', chainId, verifyingContract: PERMIT2 },
        types: PERMIT2_SCHEMES[kind].types,
        primaryType: 'PermitWitnessTransferFrom',
        message: {
          permitted: { token: getAddress(a.permitted.token), amount: BigInt(a.permitted.amount) },
          spender: getAddress(a.spender),
          nonce: BigInt(a.nonce),
          deadline: BigInt(a.deadline),
          witness,
        },
        signature,
      });
    } catch {
      return { reason: 'invalid_permit2_signature', payer: a.from };
    }
    if (!same(payer, a.from)) return { reason: 'invalid_permit2_signature', payer: a.from };
    const now = Math.floor(Date.now() / 1000);
    if (BigInt(a.deadline) < BigInt(now + 6)) return { reason: 'permit2_deadline_expired', payer };
    if (BigInt(a.witness.validAfter) > BigInt(now)) return { reason: 'permit2_not_yet_valid', payer };
    if (this.chain) {
      const { used, balance, allowance } = await this.permit2State(a);
      if (used) return { reason: 'permit2_invalid_nonce', payer };
      if (balance < moved) return { reason: 'permit2_insufficient_balance', payer };
      if (allowance < moved) return { reason: 'permit2_allowance_required', payer };
    }
    return { payer };
  }
}

/** The amount the requirements name (v2 `amount`, v1 `maxAmountRequired`). */
function requiredAmount(req) {
  return req.amount ?? req.maxAmountRequired;
}

function settleData(legacy, { success, hash, payer, network, status, errorReason }) {
  if (legacy) return { success, payer: payer ?? null, txHash: hash ?? '', errorMsg: errorReason ?? '', chainIndex: '196', chainName: 'X Layer' };
  return { success, transaction: hash ?? '', network, payer: payer ?? null, errorReason: errorReason ?? null, errorMessage: errorReason ?? null, status: status ?? (success ? 'success' : null) };
}

export async function startOkx(opts) {
  return new OkxMock(opts).start();
}
