// The x402 functions' flows (a `PaymentFlow` in the x402 wasm), driven by the one I/O loop
// (lib/effects.js), and what only the x402 functions do with a flow's end: a paid response kept
// for its payment-identifier id, or a kept one answered again.

import { ledgerCall } from './effects.js';

export { perform, UNCONFIGURED } from './effects.js';
export { projectDb } from './project-db.js';
// `runFlow(flow, io, wasm)` drives an x402 `flow` to its end (`io` = {db, fetch?}; `wasm` the
// loader of the module the flow lives in, lib/x402-module.js): lib/effects.js's one I/O loop.
export { driveFlow as runFlow } from './effects.js';

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
