// The x402 paywall conversation. Rust (src/x402) decides: it decodes and verifies the payment
// locally, builds every facilitator request (HMAC-signed), parses every answer and writes every
// reply. JS performs the I/O: the facilitator fetches, the ledger writes, the wait for a
// concurrent settlement, and running the seller's handler once the payment is settled.

const OKX_VERIFY_TIMEOUT_MS = 5000;
// Settlement waits for the chain (syncSettle); X402_SETTLE_TIMEOUT_MS overrides (100..55000).
const OKX_SETTLE_TIMEOUT_MS = 15000;
// A settle answered `pending` is polled this many times on the status endpoint.
const STATUS_POLLS = 6;
const STATUS_POLL_INTERVAL_MS = 500;
// A duplicate presentation waits this long for the first one to settle.
const CONCURRENT_WAIT_MS = 12000;

function x402Env() {
  return secretsJson(callWasm((w) => w.x402_env_keys()));
}

function x402Resource(slug, req) {
  const explicit = Deno.env.get('X402_RESOURCE_URL');
  if (explicit) return explicit;
  const base = Deno.env.get('INSFORGE_BASE_URL');
  return base ? `${base.replace(/\/+$/, '')}/functions/${slug}` : req.url;
}

/** The reply answering `error` ({status, reason, message}); `paymentJson` once one is verified. */
function rejectReply(env, resource, error, paymentJson = '') {
  return JSON.parse(callWasm((w) => w.x402_reject(env, resource, JSON.stringify(error), paymentJson))).reply;
}

function settleTimeoutMs() {
  const ms = Number(Deno.env.get('X402_SETTLE_TIMEOUT_MS'));
  return Number.isFinite(ms) && ms >= 100 && ms <= 55000 ? ms : OKX_SETTLE_TIMEOUT_MS;
}

/** One facilitator call: builds the request in Rust, fetches, parses in Rust. */
async function okxCall(env, op, arg, timeoutMs) {
  const built = JSON.parse(callWasm((w) => w.x402_okx_request(env, op, arg, Date.now())));
  if (!built.ok) return { outcome: 'refused', answer: built };
  const r = built.request;
  const res = await fetchWithin(r.url, { method: r.method, headers: r.headers, body: r.method === 'GET' ? undefined : r.body }, timeoutMs);
  const status = res === 'unreachable' ? 0 : res.status;
  const body = res === 'unreachable' ? '' : await res.text();
  return JSON.parse(callWasm((w) => w.x402_okx_parse(op, status, body)));
}

/**
 * Settles a claimed payment. Returns {txHash} when the money moved, or {fail, reply} when it
 * certainly did not (the row may then be retried), or {unknown, reply} when the outcome is not
 * known yet (the row stays pending for x402-reconcile).
 */
async function settleClaimed(env, resource, facilitator, paymentJson, direct = __wbgAny(null)) {
  if (facilitator === 'mock') return { txHash: JSON.parse(callWasm((w) => w.x402_mock_settle(paymentJson))).txHash };
  if (facilitator === 'direct') return directSettle(env, resource, direct.checked, paymentJson, direct.db, direct.rowId);
  const refuse = (error) => rejectReply(env, resource, error, paymentJson);
  const verified = await okxCall(env, 'verify', paymentJson, OKX_VERIFY_TIMEOUT_MS);
  if (verified.outcome === 'refused') return { fail: verified.answer.error?.reason || 'refused', reply: verified.answer.reply };
  if (verified.outcome !== 'verified') return { fail: verified.error?.reason || 'verify_failed', reply: refuse(verified.error) };
  const settled = await okxCall(env, 'settle', paymentJson, settleTimeoutMs());
  if (settled.outcome === 'settled') return { txHash: settled.txHash };
  if (settled.outcome === 'pending') return pollSettlement(env, resource, settled.txHash, paymentJson);
  if (settled.outcome === 'refused') return { fail: settled.answer.error?.reason || 'refused', reply: settled.answer.reply };
  // A network failure or timeout leaves the outcome unknown: never call it failed.
  if (settled.error?.reason === 'settle_unreachable' || settled.retryable) {
    return { unknown: true, reply: refuse(settled.error) };
  }
  return { fail: settled.error?.reason || 'settle_failed', reply: refuse(settled.error) };
}

async function pollSettlement(env, resource, txHash, paymentJson) {
  for (let i = 0; txHash && i < STATUS_POLLS; i++) {
    await sleep(STATUS_POLL_INTERVAL_MS);
    const s = await okxCall(env, 'status', txHash, OKX_VERIFY_TIMEOUT_MS);
    if (s.outcome === 'settled') return { txHash: s.txHash || txHash };
    if (s.outcome === 'failed' && !s.retryable) {
      return { fail: s.error?.reason || 'settle_failed', reply: rejectReply(env, resource, s.error, paymentJson) };
    }
  }
  const reply = rejectReply(env, resource, { status: 503, reason: 'settlement_pending', message: 'the settlement is still pending on chain; retry with the same payment' }, paymentJson);
  return { unknown: true, txHash, reply };
}

/** Runs the seller's handler for a settled payment and adds the settlement headers. */
async function servePaid(handler, req, paymentJson, payment, txHash, slug, replay) {
  const paid = JSON.parse(callWasm((w) => w.x402_paid(paymentJson, txHash, `/functions/${slug}`)));
  const info = {
    payer: payment.payer,
    amount: payment.value,
    asset: payment.asset,
    network: payment.network,
    nonce: payment.nonce,
    txHash,
    mock: txHash.startsWith('mock:'),
    replay,
    x402Version: payment.x402Version,
  };
  let res;
  try {
    res = await handler(req, info);
    if (!(res instanceof Response)) throw new TypeError('the paid handler must return a Response');
  } catch (e) {
    console.error(`${slug}: paid handler failed (${e instanceof Error ? e.name : typeof e}); the payment stays valid for a retry`);
    res = internalError([]);
  }
  const headers = new Headers(res.headers);
  for (const [k, v] of paid.headers) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

function ledgerRow(payment, facilitator, slug) {
  return {
    payer_address: payment.payer,
    nonce: payment.nonce,
    endpoint: `/functions/${slug}`,
    amount: payment.value,
    asset: payment.asset,
    network: payment.network,
    chain: payment.network === 'eip155:196' ? 'xlayer' : payment.network,
    valid_before: Number(payment.validBefore),
    payment,
    settler: facilitator === 'mock' || facilitator === 'direct' ? facilitator : 'okx',
  };
}

/** The spec reason of a 402 refusal (carried in the v1 body's `error`). */
function refusalReason(answer) {
  try {
    return answer.reply.status === 402 ? JSON.parse(answer.reply.body).error : null;
  } catch (_e) {
    return null;
  }
}

/** A payment presented again after its validBefore: 409 if it was settled, else the refusal. */
async function expiredReplay(env, resource, req, refusal) {
  const header = req.headers.get('payment-signature') || req.headers.get('x-payment');
  const db = ledgerDb();
  let auth;
  try {
    const decoded = JSON.parse(atob(header || ''));
    auth = decoded.payload.authorization;
  } catch (_e) {
    return refusal;
  }
  if (!db || typeof auth?.from !== 'string' || typeof auth?.nonce !== 'string') return refusal;
  const found = await ledgerFind(db, auth.from.toLowerCase(), auth.nonce.toLowerCase());
  if (found.row && found.row.status === 'settled') {
    return rejectReply(env, resource, { status: 409, reason: 'payment_already_used', message: 'this payment was settled and its validBefore has passed; sign a new one' });
  }
  return refusal;
}

/** The paid endpoint: `handler(req, payment)` runs only for a settled payment. */
function x402Paywall(slug, handler) {
  return async function (req) {
    try {
      const env = x402Env();
      const resource = x402Resource(slug, req);
      const checked = JSON.parse(
        callWasm((w) => w.x402_verify(env, req.headers.get('payment-signature') || '', req.headers.get('x-payment') || '', resource, nowSeconds())),
      );
      if (!checked.ok) {
        const expired = refusalReason(checked) === 'invalid_exact_evm_payload_authorization_valid_before';
        return toResponse(expired ? await expiredReplay(env, resource, req, checked.reply) : checked.reply, []);
      }
      const payment = checked.payment;
      const paymentJson = JSON.stringify(payment);
      const db = ledgerDb();
      if (!db) return toResponse(rejectReply(env, resource, { status: 500, reason: 'missing_secret', message: 'INSFORGE_BASE_URL and API_KEY are needed to record payments' }), []);

      let claim = __wbgAny(await ledgerClaim(db, ledgerRow(payment, checked.facilitator, slug)));
      if (claim.state === 'busy') {
        const row = await ledgerAwait(db, payment.payer, payment.nonce, CONCURRENT_WAIT_MS);
        if (row && row.status === 'settled') claim = { state: 'settled', row };
        else if (row && row.status === 'failed') claim = await ledgerClaim(db, ledgerRow(payment, checked.facilitator, slug));
      }
      if (claim.state === 'unavailable') {
        return toResponse(rejectReply(env, resource, { status: 503, reason: 'ledger_unavailable', message: 'the payment ledger cannot be written; nothing was charged' }, paymentJson), []);
      }
      if (claim.state === 'busy') {
        return toResponse(rejectReply(env, resource, { status: 409, reason: 'payment_in_progress', message: 'this payment is being settled; retry with the same payment' }, paymentJson), []);
      }
      if (claim.state === 'settled') return servePaid(handler, req, paymentJson, payment, claim.row.tx_hash || '', slug, true);

      const outcome = __wbgAny(await settleClaimed(env, resource, checked.facilitator, paymentJson, { checked, db, rowId: claim.row.id }));
      if (outcome.txHash && !outcome.unknown) {
        await ledgerSettled(db, claim.row.id, outcome.txHash, `${req.method} ${new URL(req.url).pathname}`);
        return servePaid(handler, req, paymentJson, payment, outcome.txHash, slug, false);
      }
      if (outcome.unknown) {
        if (outcome.txHash) await ledgerPendingHash(db, claim.row.id, outcome.txHash);
        return toResponse(outcome.reply, []);
      }
      await ledgerFailed(db, claim.row.id, outcome.fail);
      return toResponse(outcome.reply, []);
    } catch (e) {
      console.error(`${slug}: internal error (${e instanceof Error ? e.name : typeof e})`);
      return internalError([]);
    }
  };
}
