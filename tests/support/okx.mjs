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
// Metered payments (scheme `upto`, a Permit2 payload `{signature, permit2Authorization}`) are
// taken as x402's upto scheme defines them: the permit is checked with viem against Permit2's
// domain, for the upto proxy `uptoProxy` (default the one on X Layer) as spender and this
// stand-in's gas account (`facilitatorAddress`) as the witness's facilitator; verify checks
// the permit against paymentRequirements.amount, the most that may be settled (the permit's
// amount is the ceiling); settle moves exactly paymentRequirements.amount, on chain through the
// proxy's settle(permit, amount, owner, witness, signature) sent from that account. Every
// request is kept in `received` ({op, body}).
// Fault switches: fail(op, status, times), delay(op, ms) (before the call is carried out),
// answerLate(op, ms, times) (after it: a settle that lands while the caller has given up),
// settleHash(kind, times) (a success whose hash is 'missing' or 'malformed'), pendingPolls(n),
// codeAsNumber.

import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import { getAddress, parseAbi, recoverTypedDataAddress } from 'viem';
import { TRANSFER_WITH_AUTHORIZATION } from './payments.mjs';

const TS_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const EIP3009 = parseAbi([
  'function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature)',
  'function authorizationState(address authorizer, bytes32 nonce) view returns (bool)',
  'function balanceOf(address account) view returns (uint256)',
]);
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
/** The x402 upto scheme's Permit2 proxy on X Layer. */
export const OKX_UPTO_PROXY = '0x4020e7393B728A3939659E5732F87fdd8e680002';
const UPTO_PROXY_ABI = parseAbi([
  'function settle(((address token, uint256 amount) permitted, uint256 nonce, uint256 deadline) permit, uint256 amount, address owner, (address to, address facilitator, uint256 validAfter) witness, bytes signature)',
]);
const PERMIT2_ABI = parseAbi([
  'function nonceBitmap(address owner, uint256 wordPos) view returns (uint256)',
  'function allowance(address owner, address spender) view returns (uint256)',
]);
// Permit2's PermitWitnessTransferFrom with the upto scheme's witness.
const UPTO_TYPES = {
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' },
    { name: 'spender', type: 'address' },
    { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' },
    { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: [{ name: 'to', type: 'address' }, { name: 'facilitator', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};
const CHAIN_IDS = { 'eip155:196': 196, 'eip155:8453': 8453, 'eip155:84532': 84532, 'x-layer': 196, xlayer: 196, base: 8453, 'base-sepolia': 84532 };

export class OkxMock {
  constructor({ apiKey, secretKey, passphrase, chain, token, account = 9, uptoProxy = OKX_UPTO_PROXY } = {}) {
    this.chain = chain;
    this.token = token;
    this.account = account;
    this.uptoProxy = uptoProxy;
    this.received = [];
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
    const key = `${verdict.payer.toLowerCase()}:${String((signed.authorization ?? signed.permit2Authorization).nonce).toLowerCase()}`;
    if (this.usedNonces.has(key)) return this.send(res, 200, this.envelope(legacy, settleData(legacy, { success: false, errorReason: 'nonce_used', payer: verdict.payer, network })));
    let hash = `0x${randomBytes(32).toString('hex')}`;
    if (this.chain) {
      const landed = signed.permit2Authorization ? await this.settleUpto(signed, BigInt(requiredAmount(body.paymentRequirements))) : await this.transfer(signed);
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
        abi: EIP3009,
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

  /** A metered payment settled on chain: the upto proxy's settle for `amount`, from our gas account. {hash} or {reason}. */
  async settleUpto({ permit2Authorization: a, signature }, amount) {
    const wallet = this.chain.walletClient(this.account);
    try {
      const hash = await wallet.writeContract({
        address: a.spender,
        abi: UPTO_PROXY_ABI,
        functionName: 'settle',
        args: [
          { permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) }, nonce: BigInt(a.nonce), deadline: BigInt(a.deadline) },
          amount,
          a.from,
          { to: a.witness.to, facilitator: a.witness.facilitator, validAfter: BigInt(a.witness.validAfter) },
          signature,
        ],
      });
      const receipt = await this.chain.publicClient.waitForTransactionReceipt({ hash });
      if (receipt.status !== 'success') return { reason: 'transaction_failed' };
      this.onChain.push(hash);
      return { hash };
    } catch {
      return { reason: 'transaction_failed' };
    }
  }

  /** What the token says of the authorization: {used, balance}. */
  async onChainState(a) {
    const read = (functionName, args) => this.chain.publicClient.readContract({ address: this.token.address, abi: EIP3009, functionName, args });
    return { used: await read('authorizationState', [a.from, a.nonce]), balance: await read('balanceOf', [a.from]) };
  }

  checkShape(body, legacy, op) {
    if (typeof body !== 'object' || body === null) return 'body must be an object';
    for (const k of ['x402Version', 'paymentPayload', 'paymentRequirements']) if (!(k in body)) return `missing ${k}`;
    if (legacy && body.chainIndex !== '196' && body.chainIndex !== 196) return 'missing chainIndex';
    if (op === 'settle' && typeof body.syncSettle !== 'boolean') return 'syncSettle must be sent explicitly';
    const payload = body.paymentPayload?.payload;
    const auth = payload?.authorization ?? payload?.permit2Authorization;
    if (!auth || typeof payload.signature !== 'string') return 'paymentPayload.payload incomplete';
    if (payload.permit2Authorization && (legacy || body.paymentRequirements?.scheme !== 'upto')) return 'a Permit2 payload is taken for the upto scheme only';
    return null;
  }

  /** OKX's own checks, done with viem: signature, recipient, amount, time window. */
  async judge(body) {
    const req = body.paymentRequirements;
    if (body.paymentPayload.payload.permit2Authorization) return this.judgeUpto(body);
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
    if (a.value !== (req.amount ?? req.maxAmountRequired)) return { reason: 'amount mismatch', payer };
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

  /** The upto scheme's checks of a Permit2 payload (see the file header): signature, spender, facilitator, recipient, asset, amount, time; on chain the nonce, balance and allowance. */
  async judgeUpto(body) {
    const req = body.paymentRequirements;
    const { signature, permit2Authorization: a } = body.paymentPayload.payload;
    const chainId = CHAIN_IDS[req.network];
    let payer;
    try {
      payer = await recoverTypedDataAddress({
        domain: { name: 'Permit2', chainId, verifyingContract: PERMIT2 },
        types: UPTO_TYPES,
        primaryType: 'PermitWitnessTransferFrom',
        message: {
          permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) },
          spender: a.spender,
          nonce: BigInt(a.nonce),
          deadline: BigInt(a.deadline),
          witness: { to: a.witness.to, facilitator: a.witness.facilitator, validAfter: BigInt(a.witness.validAfter) },
        },
        signature,
      });
    } catch {
      return { reason: 'invalid_signature' };
    }
    if (payer.toLowerCase() !== a.from.toLowerCase()) return { reason: 'invalid_signature', payer: a.from };
    const same = (x, y) => getAddress(x) === getAddress(y);
    if (!same(a.spender, this.uptoProxy)) return { reason: 'invalid_spender', payer };
    if (!same(a.witness.facilitator, this.facilitatorAddress)) return { reason: 'facilitator mismatch', payer };
    if (!same(a.witness.to, req.payTo)) return { reason: 'toAddr mismatch', payer };
    if (!same(a.permitted.token, req.asset)) return { reason: 'asset mismatch', payer };
    const amount = BigInt(requiredAmount(req));
    if (amount > BigInt(a.permitted.amount)) return { reason: 'amount mismatch', payer };
    const now = Math.floor(Date.now() / 1000);
    if (now < Number(a.witness.validAfter)) return { reason: 'not_yet_valid', payer };
    if (now > Number(a.deadline)) return { reason: 'expired', payer };
    if (this.chain) {
      const read = (address, abi, functionName, args) => this.chain.publicClient.readContract({ address, abi, functionName, args });
      const nonce = BigInt(a.nonce);
      const bitmap = await read(PERMIT2, PERMIT2_ABI, 'nonceBitmap', [a.from, nonce >> 8n]);
      if ((bitmap >> (nonce & 0xffn)) & 1n) return { reason: 'nonce_used', payer };
      if ((await read(a.permitted.token, EIP3009, 'balanceOf', [a.from])) < amount) return { reason: 'insufficient_balance', payer };
      if ((await read(a.permitted.token, PERMIT2_ABI, 'allowance', [a.from, PERMIT2])) < amount) return { reason: 'permit2_allowance_required', payer };
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
