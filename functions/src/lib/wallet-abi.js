// The wallet .wasm's raw exports (src/wasm/wallet.rs, `exports`) as the objects
// lib/wallet-bridge.js drives: `WalletBridge` (the configuration) and `WalletRequest` (one
// request's flow), in the calling convention of lib/raw-abi.js.

import { rawAbi } from './raw-abi.js';

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  const abi = rawAbi();
  const { put, text, live } = abi;

  class WalletRequest extends abi.handle('request_free') {
    start(nowMs) { return text(abi.w.request_start(live(this), nowMs)); }
    resume(status, body, nowMs) { return text(abi.w.request_resume(live(this), status, ...put(body), nowMs)); }
  }

  class WalletBridge extends abi.handle('wallet_free') {
    constructor(env) {
      super(abi.w.wallet_new(...put(env)));
    }
    static env_keys() { return text(abi.w.wallet_env_keys()); }
    begin(method, origin, body, freshNonce, address) {
      return new WalletRequest(abi.w.wallet_begin(live(this), ...put(method), ...put(origin), ...put(body), ...put(freshNonce), ...put(address)));
    }
  }

  const initSync = ({ module }) => abi.init(module);
  return { initSync, WalletBridge, WalletRequest };
}
