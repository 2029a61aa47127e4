// The x402 WebAssembly (src/x402) and the calls every x402 function makes into it.

import * as x402Wasm from '../wasm/x402.js';
import { wasmLoader } from './wasm.js';
import { secretsJson } from './http.js';

export const wasm = wasmLoader(x402Wasm);

/** The paywall's secrets as the JSON the core reads. */
export function x402Env() {
  return secretsJson(wasm.call((w) => w.x402_env_keys()));
}

/** The reply answering `error` ({status, reason, message}); `paymentJson` once one is verified. */
export function rejectReply(env, resource, error, paymentJson = '') {
  return JSON.parse(wasm.call((w) => w.x402_reject(env, resource, JSON.stringify(error), paymentJson))).reply;
}
