// The challenge .wasm's raw exports (src/wasm/challenge.rs, `exports`) as the object
// lib/x402-challenge.js keeps, `X402Challenge` (the paywall's configuration), in the calling
// convention of lib/raw-abi.js.

import { rawAbi } from './raw-abi.js';

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  const abi = rawAbi();
  const { put, text, live } = abi;

  class X402Challenge extends abi.handle('challenge_free') {
    constructor(env) {
      super(abi.w.challenge_new(...put(env)));
    }
    static env_keys() { return text(abi.w.challenge_env_keys()); }
    reply(resource, endpoint, nowMs) { return text(abi.w.challenge_reply(live(this), ...put(resource), ...put(endpoint), nowMs)); }
  }

  const initSync = ({ module }) => abi.init(module);
  return { initSync, X402Challenge };
}
