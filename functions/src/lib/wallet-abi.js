// The wallet .wasm's raw exports (src/wasm/wallet.rs, `exports`) as the objects
// lib/wallet-bridge.js drives: `WalletBridge` (the configuration) and `WalletRequest` (one
// request's flow), in the calling convention of lib/raw-abi.js.

import { rawAbi } from './raw-abi.js';

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  const abi = rawAbi();
  const { put, text, live } = abi;

  // (The fields are declared for Cloud's type check, which reads the bundle as TypeScript.)
  class WalletRequest {
    ptr;
    constructor(ptr) {
      this.ptr = ptr;
    }
    free() {
      const ptr = this.ptr;
      this.ptr = 0;
      if (ptr) abi.w.request_free(ptr);
    }
    start(nowMs) { return text(abi.w.request_start(live(this), nowMs)); }
    resume(status, body, nowMs) { return text(abi.w.request_resume(live(this), status, ...put(body), nowMs)); }
  }

  class WalletBridge {
    ptr;
    constructor(env) {
      this.ptr = abi.w.wallet_new(...put(env));
    }
    static env_keys() { return text(abi.w.wallet_env_keys()); }
    free() {
      const ptr = this.ptr;
      this.ptr = 0;
      if (ptr) abi.w.wallet_free(ptr);
    }
    begin(method, origin, body, freshNonce, address) {
      return new WalletRequest(abi.w.wallet_begin(live(this), ...put(method), ...put(origin), ...put(body), ...put(freshNonce), ...put(address)));
    }
  }

  const initSync = ({ module }) => abi.init(module);
  return { initSync, WalletBridge, WalletRequest };
}
