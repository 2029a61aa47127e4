// The calling convention of the .wasm flavors whose glue is our own (src/wasm/abi.rs), in
// place of wasm-bindgen's, which cost a fresh Worker more than these few lines
// (docs/benchmarks.md, "The bridge without wasm-bindgen").
//
// A string goes in as UTF-8 in a buffer the module allocated (pointer 0: absent), and is the
// module's from then on. One comes out as `pointer * 2^32 + length` (-1: absent), valid until
// the next call.

import { untyped } from './untyped.js';

const TWO_32 = 4294967296;

/**
 * One instance's side of the convention: `init(module)` instantiates it; `w` is then its
 * exports, `put(s)` an argument's [pointer, length], `text(v)` and `bytes(v)` a result, and
 * `live(obj)` the handle of an object not yet freed.
 */
export function rawAbi() {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const abi = {
    w: untyped(null),
    init(module) {
      abi.w = new WebAssembly.Instance(module, {}).exports;
      return abi.w;
    },
    /** [pointer, length] of `s` copied into the module; [0, 0] for undefined. */
    put(s) {
      if (s === undefined || s === null) return [0, 0];
      const b = encoder.encode(s);
      const ptr = abi.w.alloc(b.length);
      new Uint8Array(abi.w.memory.buffer, ptr, b.length).set(b);
      return [ptr, b.length];
    },
    text: (v) => (v < 0 ? undefined : decoder.decode(view(v))),
    bytes: (v) => view(v).slice(),
    /** The handle of a live object, or the error wasm-bindgen's glue threw for a freed one. */
    live(obj) {
      if (!obj.ptr) throw new Error('null pointer passed to rust');
      return obj.ptr;
    },
  };
  function view(v) {
    const len = v % TWO_32;
    return new Uint8Array(abi.w.memory.buffer, (v - len) / TWO_32, len);
  }
  return abi;
}
