// One x402 WebAssembly module and the objects an x402 function keeps in it. Two flavors carry
// these exports: `x402` (lib/x402-wasm.js, the facilitator's and reconcile's, which also have
// their own exports) and `paywall` (lib/paywall.js: x402-paywall never runs those, so its file
// carries, decodes and compiles 37 KB less).
//
// The configurations are parsed from the secrets once per isolate (per request on
// self-hosted InsForge, whose Workers are fresh) and again only when a secret's value changes
// or a trap replaced the instance. A request's payment lives in wasm memory as its
// `PaymentFlow` (lib/flow.js drives it).

import { wasmLoader } from './wasm.js';
import { secretsJson } from './http.js';
import { untyped } from './untyped.js';

/**
 * `flavor` (a generated module, functions/src/wasm/<flavor>.js) as {wasm, paywallConfig,
 * facilitatorConfig}: its loader, and its configurations parsed once per set of secret values.
 */
export function x402Module(flavor) {
  const wasm = wasmLoader(flavor);
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
  function paywallConfig() {
    const c = current();
    if (!c.paywall) c.paywall = wasm.call((w) => new w.X402Config(c.env));
    return c.paywall;
  }

  /** The facilitator's configuration (`X402Facilitator`; the `x402` flavor only). */
  function facilitatorConfig() {
    const c = current();
    if (!c.facilitator) c.facilitator = wasm.call((w) => new w.X402Facilitator(c.env));
    return c.facilitator;
  }

  return { wasm, paywallConfig, facilitatorConfig };
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
