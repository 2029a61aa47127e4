// Loads an embedded WebAssembly flavor (functions/src/wasm/<flavor>.js) once per isolate.
//
// Self-hosted InsForge runs every request in a fresh Worker, so this runs per request there;
// on Cloud the isolate lives on, so the compiled module is kept for its lifetime. Nothing runs
// at load time: a throw at the top level would break every function of a Cloud project.

import { untyped } from './untyped.js';

/** Standard (padded) base64 to bytes. */
export function base64Bytes(b64) {
  const U8 = untyped(Uint8Array);
  // Deno ≥ 2.5 decodes natively; Deno 2.0.6 (the self-hosted image) needs atob.
  if (typeof U8.fromBase64 === 'function') return U8.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * `flavor` is a generated module: {WASM_BASE64, createWasmGlue}. Returns {call, instance}:
 * `call(fn)` runs `fn` against the instance; a trap discards the instance (its memory may be
 * corrupt) and the next call makes a new one from the compiled module.
 */
export function wasmLoader(flavor) {
  let compiled = untyped(null);
  let glue = untyped(null);
  function instance() {
    if (glue) return glue;
    if (!compiled) compiled = new WebAssembly.Module(base64Bytes(flavor.WASM_BASE64));
    const g = flavor.createWasmGlue();
    g.initSync({ module: compiled });
    glue = g;
    return g;
  }
  function call(fn) {
    try {
      return fn(instance());
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) glue = null;
      throw e;
    }
  }
  return { call, instance };
}
