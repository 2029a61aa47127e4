// The bridge .wasm's raw exports (src/wasm/bridge.rs, `abi`) as the objects lib/bridge.js
// drives: `Bridge` (a provider's secrets, parsed once), `BridgeSession` (one request) and
// `BridgeStep`. Hand-written in place of wasm-bindgen's glue, which cost a fresh Worker more
// than these few lines (docs/benchmarks.md, "The bridge without wasm-bindgen").
//
// A string goes in as UTF-8 in a buffer the module allocated (pointer 0: absent), and is the
// module's from then on. One comes out as `pointer * 2^32 + length` (-1: absent), valid until
// the next call.

import { untyped } from './untyped.js';

const TWO_32 = 4294967296;

/** What a session waits for (`BridgeSession.kind`); the numbers are the module's. */
export const BridgeStep = Object.freeze({ Respond: 0, SelectKey: 1, CheckSignature: 2, StytchAuthenticate: 3, Discover: 4, RaisePower: 5 });

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  let w = untyped(null);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  /** [pointer, length] of `s` copied into the module; [0, 0] for undefined. */
  function put(s) {
    if (s === undefined || s === null) return [0, 0];
    const bytes = encoder.encode(s);
    const ptr = w.alloc(bytes.length);
    new Uint8Array(w.memory.buffer, ptr, bytes.length).set(bytes);
    return [ptr, bytes.length];
  }
  function view(v) {
    const len = v % TWO_32;
    return new Uint8Array(w.memory.buffer, (v - len) / TWO_32, len);
  }
  const text = (v) => (v < 0 ? undefined : decoder.decode(view(v)));
  const bytes = (v) => view(v).slice();
  /** A live handle, or the error wasm-bindgen's glue threw for a freed object. */
  function live(obj) {
    if (!obj.ptr) throw new Error('null pointer passed to rust');
    return obj.ptr;
  }

  // (The fields are declared for Cloud's type check, which reads the bundle as TypeScript.)
  class BridgeSession {
    ptr;
    constructor(ptr) {
      this.ptr = ptr;
    }
    free() {
      const ptr = this.ptr;
      this.ptr = 0;
      if (ptr) w.s_free(ptr);
    }
    get kind() { return w.s_kind(live(this)); }
    reply() { return text(w.s_reply(live(this))); }
    get claims_record() { return text(w.s_claims_record(live(this))); }
    get discovery_url() { return text(w.s_discovery_url(live(this))); }
    discovered(doc) { w.s_discovered(live(this), ...put(doc)); }
    get alg() { return text(w.s_alg(live(this))); }
    get jwks_url() { return text(w.s_jwks_url(live(this))); }
    select_key(jwks) { w.s_select_key(live(this), ...put(jwks)); }
    get power() { return text(w.s_power(live(this))); }
    powered(power, now) { w.s_powered(live(this), ...put(power), now); }
    get key() { return text(w.s_key(live(this))); }
    get signing_input() { return bytes(w.s_signing_input(live(this))); }
    get signature() { return bytes(w.s_signature(live(this))); }
    signature_checked(valid, now) { w.s_signature_checked(live(this), valid ? 1 : 0, now); }
    get stytch_request() { return text(w.s_stytch_request(live(this))); }
    stytch_answer(status, body, now) { w.s_stytch_answer(live(this), status, ...put(body), now); }
    fail(code) { w.s_fail(live(this), ...put(code)); }
  }

  class Bridge {
    ptr;
    constructor(provider, env) {
      this.ptr = w.bridge_new(...put(provider), ...put(env));
    }
    static env_keys(provider) { return text(w.env_keys(...put(provider))); }
    free() {
      const ptr = this.ptr;
      this.ptr = 0;
      if (ptr) w.bridge_free(ptr);
    }
    begin(method, origin, authorization, body, now) {
      return new BridgeSession(w.bridge_begin(live(this), ...put(method), ...put(origin), ...put(authorization), ...put(body), now));
    }
  }

  function initSync({ module }) {
    w = new WebAssembly.Instance(module, {}).exports;
    return w;
  }
  return { initSync, Bridge, BridgeSession, BridgeStep };
}
