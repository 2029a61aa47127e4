// The paywall's 402 challenge from the small challenge flavor (src/wasm/challenge.rs): a
// request without a payment never loads the x402 flavor (the verifier and settler), so a
// fresh Worker decodes, compiles and instantiates a fraction of it. The configuration is
// parsed once per isolate and set of secret values, as lib/x402-module.js keeps the others.

import * as challengeWasm from '../wasm/challenge.js';
import { x402Module } from './x402-module.js';

const { wasm, config } = x402Module(challengeWasm);

/** The 402 challenge for `resource` on `endpoint`, as the core's reply `{status, headers, body}`. */
export function challengeReply(resource, endpoint) {
  const c = config('X402Challenge');
  return JSON.parse(wasm.call(() => c.reply(resource, endpoint, Date.now())));
}
