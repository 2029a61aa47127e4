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
 * `flavor` (a generated module, functions/src/wasm/<flavor>.js) as {wasm, config}: its loader,
 * and `config(name)`, the configuration object of class `name` (`X402Config`, the paywall's;
 * `X402Facilitator`, the x402 flavor's only; `X402Challenge`, the challenge flavor's), parsed
 * once per set of secret values (`flavor.ENV_KEYS` names them).
 */
export function x402Module(flavor) {
  const wasm = wasmLoader(flavor);
  // {glue, env, objects: {[name]: object}} of the current instance.
  let cached = untyped(null);

  function config(name) {
    const glue = wasm.instance();
    if (!cached || cached.glue !== glue) cached = { glue, env: '', objects: {} };
    const env = secretsJson(flavor.ENV_KEYS);
    if (env !== cached.env) {
      for (const name of Object.keys(cached.objects)) cached.objects[name].free();
      Object.assign(cached, { env, objects: {} });
    }
    if (!cached.objects[name]) cached.objects[name] = wasm.call((w) => new w[name](env));
    return cached.objects[name];
  }

  return { wasm, config };
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
