// Loads the embedded WebAssembly. `__WASM_BASE64` and `createWasmGlue` are placed above this
// file by scripts/build.mjs.
//
// Self-hosted InsForge runs every request in a fresh Worker, so this runs per request there;
// on Cloud the isolate lives on, so the compiled module is kept for its lifetime. Nothing runs
// at load time: a throw at the top level would break every function of a Cloud project.

let wasmModule = __wbgAny(null);
let wasmGlue = __wbgAny(null);

/** Standard (padded) base64 to bytes. */
function base64Bytes(b64) {
  const U8 = __wbgAny(Uint8Array);
  // Deno ≥ 2.5 decodes natively; Deno 2.0.6 (the self-hosted image) needs atob.
  if (typeof U8.fromBase64 === 'function') return U8.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function wasmBytes() {
  return base64Bytes(__WASM_BASE64);
}

function wasmInstance() {
  if (wasmGlue) return wasmGlue;
  if (!wasmModule) wasmModule = new WebAssembly.Module(wasmBytes());
  const glue = createWasmGlue();
  glue.initSync({ module: wasmModule });
  wasmGlue = glue;
  return glue;
}

/** Runs `fn` against the instance; a trap discards the instance (its memory may be corrupt). */
function callWasm(fn) {
  try {
    return fn(wasmInstance());
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) wasmGlue = null;
    throw e;
  }
}
