// The one I/O loop of every x402 function. A flow (src/x402/flow, a `PaymentFlow` in wasm
// memory) decides everything about a payment; this performs the effects it names and hands
// back each answer, until the last one:
//   ledger  {call, args}                        db.rpc(call, args) with the project API key
//   http    {request, timeoutMs, fallbacks}     fetch within the deadline (the chain's nodes in turn)
//   sleep   {ms}
//   log     {line}                              console.error, then go on
//   serve   {headers, info, keep?}              the end: the caller runs its handler (and, with
//                                               keep, hands its response to keepServed)
//   respond {reply, alarm?}                     the end: this reply (alarm: a line for the log)
//   replay  {response}                          the end: a response kept for a payment-identifier id
// It knows no state, no reason, no window and no knob.

import { fetchWithin, sleep } from './http.js';
import { untyped } from './untyped.js';
import { wasm } from './x402-wasm.js';

// Steps of one flow at most: a flow that never ends is a bug, not a reason to hang.
const MAX_STEPS = 500;
// A ledger call the platform cannot make (INSFORGE_BASE_URL or API_KEY unset): the flow's
// answer says so, and it refuses with missing_secret.
export const UNCONFIGURED = 'unconfigured';

/** The ledger's database client with the project's API key, or null when its secrets are unset. */
export function ledgerDb() {
  const baseUrl = Deno.env.get('INSFORGE_BASE_URL');
  const apiKey = Deno.env.get('API_KEY');
  if (!baseUrl || !apiKey) return null;
  return createClient({ baseUrl, anonKey: apiKey }).database;
}

const FINAL = ['respond', 'serve', 'replay'];

/**
 * Drives `flow` to its end: `{kind: 'respond', reply}`, `{kind: 'serve', headers, info, keep?}`
 * or `{kind: 'replay', response}`.
 * `io` = {db, fetch?} (fetch: tests inject faults there).
 */
export async function runFlow(flow, io) {
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
  throw new Error('the payment flow did not end');
}

/** One effect: {status, body} (status 0: no answer). */
export async function perform(effect, io) {
  if (effect.kind === 'ledger') return ledgerCall(io.db, effect.call, effect.args);
  if (effect.kind === 'http') return httpCall(effect, io.fetch || fetchWithin);
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

async function ledgerCall(db, call, args) {
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

function toBase64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** A kept response (`{status, headers, body: base64}`) answered again, with `extra` headers. */
export function replayResponse(response, extra) {
  const headers = new Headers();
  for (const [k, v] of response.headers) headers.set(k, v);
  for (const [k, v] of extra || []) headers.set(k, v);
  const empty = response.status === 204 || response.status === 304;
  const body = empty ? null : Uint8Array.from(atob(response.body), (c) => c.charCodeAt(0));
  return new Response(body, { status: response.status, headers });
}

/**
 * The paid response `res` as sent, handed to the ledger call the flow named (`keep`: {call,
 * args}) so a resend with the same payment-identifier id gets it again; the buyer gets it
 * whether or not that write succeeds. `io` = {db}.
 */
export async function keepServed(io, keep, res, slug) {
  const bytes = new Uint8Array(await res.arrayBuffer());
  const headers = [...res.headers];
  const empty = res.status === 204 || res.status === 304;
  const answer = new Response(empty ? null : bytes, { status: res.status, statusText: res.statusText, headers: res.headers });
  const args = keep.args;
  args.p.response = { status: res.status, headers, body: toBase64(bytes) };
  const kept = await ledgerCall(io.db, keep.call, args);
  if (kept.status !== 200) console.error(`${slug}: the response was not kept for its payment-identifier; a resend is answered by the payment ledger`);
  return answer;
}
