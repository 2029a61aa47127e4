// The x402 WebAssembly (src/x402) and the objects every x402 function keeps in it.
//
// The configurations are parsed from the secrets once per isolate (per request on
// self-hosted InsForge, whose Workers are fresh) and again only when a secret's value changes
// or a trap replaced the instance. A request's payment lives in wasm memory as its
// `PaymentFlow` (lib/flow.js drives it).

import * as x402Wasm from '../wasm/x402.js';
import { wasmLoader } from './wasm.js';
import { secretsJson } from './http.js';
import { untyped } from './untyped.js';

export const wasm = wasmLoader(x402Wasm);

// {glue, keys, env, paywall, facilitator} of the current instance.
let cached = untyped(null);

function current() {
  const glue = wasm.instance();
  if (!cached || cached.glue !== glue) cached = { glue, keys: wasm.call((w) => w.x402_env_keys()), env: '', paywall: null, facilitator: null };
  const env = secretsJson(cached.keys);
  if (env !== cached.env) {
    if (cached.paywall) cached.paywall.free();
    if (cached.facilitator) cached.facilitator.free();
    Object.assign(cached, { env, paywall: null, facilitator: null });
  }
  return cached;
}

/** The paywall's configuration (`X402Config`), parsed once per set of secret values. */
export function paywallConfig() {
  const c = current();
  if (!c.paywall) c.paywall = wasm.call((w) => new w.X402Config(c.env));
  return c.paywall;
}

/** The facilitator's configuration (`X402Facilitator`), parsed once per set of secret values. */
export function facilitatorConfig() {
  const c = current();
  if (!c.facilitator) c.facilitator = wasm.call((w) => new w.X402Facilitator(c.env));
  return c.facilitator;
}

/** A reply (`{status, headers, body}`) from its JSON text. */
export function replyOf(text) {
  return JSON.parse(text);
}

/** Frees a wasm object now rather than when the garbage collector finds it. */
export function release(object) {
  try {
    if (object) object.free();
  } catch (_e) {
    // Already freed, or its instance was replaced after a trap: nothing to give back.
  }
}
