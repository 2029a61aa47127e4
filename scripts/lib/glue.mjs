// Makes wasm-bindgen's `--target no-modules` glue fit a single classic-script function file
// that InsForge Cloud type-checks with `deno check` (strict, noImplicitAny: false).
//
// The glue is pinned (Cargo.toml: wasm-bindgen = "=0.2.130"); every rewrite must match
// exactly as often as expected, so a glue change fails the build instead of a deploy.

const REWRITES = [
  // Browser-only script URL discovery, used only by the asynchronous loader below: `document`
  // does not exist in Deno's types.
  [/ {4}let script_src;\n {4}if \(typeof document !== 'undefined' && document\.currentScript !== null\) \{\n[^\n]*\n {4}\}\n/, '', 1],
  // The asynchronous loader (fetch, instantiateStreaming): our loader calls `initSync` only.
  // With its helper and the doc comments below, 3-7 KB of text a self-hosted Worker scans on
  // every request for nothing.
  [/\n {4}async function __wbg_load\(module, imports\) \{\n[\s\S]*?\n {4}\}\n/, '\n', 1],
  [/\n {4}let __wbg_init_promise;\n {4}async function __wbg_init\(module_or_path\) \{\n[\s\S]*?\n {4}\}\n\n {4}async function __wbg_init_once\(module_or_path\) \{\n[\s\S]*?\n {4}\}\n/, '\n', 1],
  [/return Object\.assign\(__wbg_init, \{ initSync \}, exports\);/, 'return Object.assign({ initSync }, exports);', 1],
  // Doc comments (the Rust docs, repeated): the sources carry them.
  [/\n {4,}\/\*\*\n(?: {4,}\*(?: [^\n]*)?\n)*? {4,}\*\/(?=\n)/, '', (glue) => (glue.match(/\/\*\*\n/g) || []).length],
  // `exports` is filled property by property; TS infers `{ __proto__: null }` for it.
  [/\}\)\(\{ __proto__: null \}\);\s*$/, '})(__wbgAny({ __proto__: null }));\n', 1],
  // `let cached… = null` narrows to `null` under strictNullChecks.
  [/let cachedUint8ArrayMemory0 = null;/, 'let cachedUint8ArrayMemory0 = __wbgAny(null);', 1],
  // The `encodeInto` polyfill branch narrows the encoder to `never`.
  [/const cachedTextEncoder = new TextEncoder\(\);/, 'const cachedTextEncoder = __wbgAny(new TextEncoder());', 1],
  // The imports object's `__proto__: null` does not fit `WebAssembly.Imports`.
  [/function __wbg_get_imports\(\) \{/, 'function __wbg_get_imports() { return __wbgAny(__wbg_get_imports_typed()); }\n    function __wbg_get_imports_typed() {', 1],
  // An exported Rust struct is a class whose `__wbg_ptr` is only ever assigned: TS wants it
  // declared. One per class, and every class has exactly one FinalizationRegistry.
  [/^ {4}class (\w+) \{\n/m, '    class $1 {\n        __wbg_ptr;\n', (glue) => (glue.match(/new FinalizationRegistry\(/g) || []).length],
];

/** Returns the source of `export function createWasmGlue() { … }`, a fresh glue per call. */
export function adaptGlue(glue) {
  if (!glue.startsWith('let wasm_bindgen = (function(exports) {')) {
    throw new Error('unexpected wasm-bindgen glue prologue (was wasm-bindgen upgraded?)');
  }
  let out = glue;
  for (let [re, replacement, expected] of REWRITES) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    const found = (out.match(global) || []).length;
    if (typeof expected === 'function') expected = expected(out);
    if (found !== expected) {
      throw new Error(`glue rewrite ${re} matched ${found} times, expected ${expected} (was wasm-bindgen upgraded?)`);
    }
    out = out.replace(global, replacement);
  }
  return [
    '// An untyped identity: lets Cloud\'s type check accept wasm-bindgen\'s dynamic glue.',
    'function __wbgAny(x) { return x; }',
    '// wasm-bindgen 0.2.130 `no-modules` glue (adapted by scripts/lib/glue.mjs). A fresh copy per',
    '// call, so a trapped instance can be dropped and a new one made from the compiled module.',
    'export function createWasmGlue() {',
    out.trimEnd(),
    'return wasm_bindgen;',
    '}',
  ].join('\n');
}
