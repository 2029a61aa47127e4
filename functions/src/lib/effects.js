// The one I/O loop of the functions whose Rust is a flow (src/x402/flow, src/wallet/flow.rs:
// an object in wasm memory that decides everything): this performs the effects it names and
// hands back each answer, until the last one:
//   ledger  {call, args}                        db.rpc(call, args) with the project API key
//   http    {request, timeoutMs, fallbacks}     fetch within the deadline (the chain's nodes in turn)
//   sleep   {ms}
//   log     {line}                              console.error, then go on
//   work    {info}                              a metered payment: io.work(info) runs the seller's
//                                               handler and keeps its response; answers its
//                                               status and {charge}
//   serve   {headers, info, keep?}              the end: the caller runs its handler (and, with
//                                               keep, hands its response to keepServed)
//   respond {reply, alarm?}                     the end: this reply (alarm: a line for the log)
//   replay  {response}                          the end: a response kept for a payment-identifier id
// It knows no state, no reason, no window and no knob. `wasm` is the flow's loader
// (lib/wasm.js): every call into the flow goes through it (trap guard).

import { fetchWithin, sleep } from './http.js';
import { untyped } from './untyped.js';

// Steps of one flow at most: a flow that never ends is a bug, not a reason to hang.
const MAX_STEPS = 500;
// A ledger call the platform cannot make (INSFORGE_BASE_URL or API_KEY unset): the flow's
// answer says so, and it refuses with missing_secret.
export const UNCONFIGURED = 'unconfigured';

const FINAL = ['respond', 'serve', 'replay'];

/**
 * Drives `flow` to its end: `{kind: 'respond', reply}`, `{kind: 'serve', headers, info, keep?}`
 * or `{kind: 'replay', response}`.
 * `io` = {db, fetch?} (fetch: tests inject faults there); `wasm`: the flow's loader.
 */
export async function driveFlow(flow, io, wasm) {
  let effect = JSON.parse(wasm.call(() => flow.start(Date.now())));
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    if (FINAL.includes(effect.kind)) {
      // What only the seller can mend (e.g. a settler out of gas), for the function's log.
      if (effect.alarm) console.error(`x402: ${effect.alarm}`);
      return effect;
    }
    const answer = await perform(effect, io);
    effect = JSON.parse(wasm.call(() => flow.resume(answer.status, answer.body, Date.now())));
  }
  throw new Error('the flow did not end');
}

/** One effect: {status, body} (status 0: no answer). */
export async function perform(effect, io) {
  if (effect.kind === 'ledger') return ledgerCall(io.db, effect.call, effect.args);
  if (effect.kind === 'http') return httpCall(effect, io.fetch || fetchWithin);
  if (effect.kind === 'work') {
    if (!io.work) throw new Error('a metered payment needs io.work');
    return io.work(effect.info);
  }
  if (effect.kind === 'log') {
    console.error(`x402: ${effect.line}`);
    return { status: 0, body: '' };
  }
  if (effect.kind === 'sleep') {
    await sleep(effect.ms);
    return { status: 0, body: '' };
  }
  throw new Error(`unknown effect ${effect.kind}`);
}

export async function ledgerCall(db, call, args) {
  if (!db) return { status: 0, body: UNCONFIGURED };
  try {
    const { data, error } = untyped(await db.rpc(call, args));
    if (error) return { status: 0, body: '' };
    return { status: 200, body: JSON.stringify(data ?? null) };
  } catch (_e) {
    return { status: 0, body: '' };
  }
}

async function httpCall(effect, fetchFn) {
  const { request, timeoutMs } = effect;
  // Other nodes of the same chain may answer for one that does not; a facilitator has no stand-in.
  const urls = effect.target === 'chain' ? [request.url, ...(effect.fallbacks || [])] : [request.url];
  for (const url of urls) {
    const res = untyped(await fetchFn(url, { method: request.method, headers: request.headers, body: request.method === 'GET' ? undefined : request.body }, timeoutMs));
    if (res === 'unreachable') continue;
    // A facilitator's 5xx is its answer; a node's 5xx sends us to the next node.
    if (effect.target === 'chain' && res.status >= 500) {
      await res.body?.cancel();
      continue;
    }
    try {
      return { status: res.status, body: await res.text() };
    } catch (_e) {
      // The answer broke off (or its deadline passed) mid-body: nobody answered.
      continue;
    }
  }
  return { status: 0, body: '' };
}
