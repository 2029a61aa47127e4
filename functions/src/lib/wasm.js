// Loads an embedded WebAssembly flavor (functions/src/wasm/<flavor>.js) once per isolate.
//
// Self-hosted InsForge runs every request in a fresh Worker, so this runs per request there;
// on Cloud the isolate lives on, so the compiled module is kept for its lifetime. Nothing runs
// at load time: a throw at the top level would break every function of a Cloud project.

import { embeddedText } from './embedded.js';
import { untyped } from './untyped.js';

// lib/base64.wat, assembled: the base64 decoder for runtimes without Uint8Array.fromBase64.
export const DECODER_WASM = 'AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcJAgFtAgABZAAACsUCAcICAgR/BXsgAC0A/wFBPUYgAC0A/gFBPUZqIQT9DAAQEwS/v7m5AAAAAAAAAAAhB0Ev/Q8hBkH/Af0QIQhB//8D/REhCQJAA0AgAUEUaiAASw0BIAH9AASAAiEFIAUgByAFQQT9bSAFIAb9I/1u/Q79biEFIAUgCP1OQQb9iwEgBUEI/Y0B/VAhBSAFIAn9TkEM/asBIAVBEP2tAf1QIQUgAiAFIAX9DQIBAAYFBAoJCA4NDAAAAAD9CwSAAiABQRBqIQEgAkEMaiECDAALAAsCQANAIAEgAE8NASABLQCAAi0AAEESdCABLQCBAi0AAEEMdHIgAS0AggItAABBBnQgAS0AgwItAAByciEDIAIgA0EQdjoAgAIgAiADQQh2OgCBAiACIAM6AIICIAFBBGohASACQQNqIQIMAAsACyACIARrCwuHAgEAQQALgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgAAAD80NTY3ODk6Ozw9AAAAAAAAAAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZAAAAAAAAGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Base64 to bytes through `atob` and a copy loop (V8's interpreter runs it in a fresh Worker). */
function atobBytes(b64) {
  const text = atob(b64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Standard (padded) base64 to bytes. */
export function base64Bytes(b64) {
  const U8 = untyped(Uint8Array);
  // Deno ≥ 2.5 decodes natively. Deno 2.0.6 (the self-hosted image) does not, and there atob
  // plus a copy loop (run by V8's interpreter in a fresh Worker) is twice as slow as copying
  // the text into a small wasm decoder's memory with encodeInto and decoding it in place.
  if (typeof U8.fromBase64 === 'function') return U8.fromBase64(b64);
  let decoder = untyped(null);
  try {
    decoder = new WebAssembly.Instance(new WebAssembly.Module(atobBytes(DECODER_WASM))).exports;
  } catch (_e) {
    // A V8 without wasm SIMD (an x86-64 host without SSE4.1) refuses the decoder: atob and a
    // copy loop instead, slower and the same bytes.
    return atobBytes(b64);
  }
  const { m, d } = decoder;
  const short = 256 + b64.length - m.buffer.byteLength;
  if (short > 0) m.grow(Math.ceil(short / 65536));
  new TextEncoder().encodeInto(b64, new Uint8Array(m.buffer, 256));
  return new Uint8Array(m.buffer, 256, d(b64.length));
}

/** The base64 text of a flavor's .wasm, read from the comment its WASM_TEXT carries. */
export function wasmBase64(flavor) {
  return embeddedText(flavor.WASM_TEXT, flavor.WASM_TEXT_LENGTH, '.wasm');
}

/**
 * `flavor` is a generated module: {WASM_TEXT, WASM_TEXT_LENGTH, createWasmGlue}. Returns {call, instance}:
 * `call(fn)` runs `fn` against the instance; a trap discards the instance (its memory may be
 * corrupt) and the next call makes a new one from the compiled module.
 */
export function wasmLoader(flavor) {
  let compiled = untyped(null);
  let glue = untyped(null);
  function instance() {
    if (glue) return glue;
    if (!compiled) compiled = new WebAssembly.Module(base64Bytes(wasmBase64(flavor)));
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
