// The calling convention of the .wasm flavors whose glue is our own (src/wasm/abi.rs), in
// place of wasm-bindgen's, which cost a fresh Worker more than these few lines
// (docs/benchmarks.md, "The bridge without wasm-bindgen").
//
// A string goes in as UTF-8 in a buffer the module allocated (pointer 0: absent), and is the
// module's from then on. One comes out of a slot the module keeps until its next call: the export
// answers 1 (0: absent), and the slot's pointer and length are two u32 at `out_slot()`.

import { untyped } from './untyped.js';

/**
 * One instance's side of the convention: `init(module)` instantiates it; `w` is then its
 * exports, `put(s)` an argument's [pointer, length], `text(some)` and `bytes(some)` a result,
 * `live(obj)` the handle of an object not yet freed, and `handle(freeExport)` the base class of
 * one kind of object: its handle, given back once by `free()`.
 */
export function rawAbi() {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let slot = 0;
  const abi = {
    w: untyped(null),
    init(module) {
      abi.w = new WebAssembly.Instance(module, {}).exports;
      slot = abi.w.out_slot();
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
    text: (some) => (some ? decoder.decode(view()) : undefined),
    bytes: (some) => (some ? view().slice() : new Uint8Array(0)),
    /** The handle of a live object, or the error wasm-bindgen's glue threw for a freed one. */
    live(obj) {
      if (!obj.ptr) throw new Error('null pointer passed to rust');
      return obj.ptr;
    },
    handle(freeExport) {
      // (The field is declared for Cloud's type check, which reads the bundle as TypeScript.)
      return class {
        ptr;
        constructor(ptr) {
          this.ptr = ptr;
        }
        free() {
          const ptr = this.ptr;
          this.ptr = 0;
          if (ptr) abi.w[freeExport](ptr);
        }
      };
    },
  };
  /** What the last call handed out (the memory may have grown: a fresh view each time). */
  function view() {
    const [ptr, len] = new Uint32Array(abi.w.memory.buffer, slot, 2);
    return new Uint8Array(abi.w.memory.buffer, ptr, len);
  }
  return abi;
}
