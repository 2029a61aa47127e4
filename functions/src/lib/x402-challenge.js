// The paywall's 402 challenge from the small challenge flavor (src/wasm/challenge.rs): a
// request without a payment never loads the x402 flavor (the verifier and settler), so a
// fresh Worker decodes, compiles and instantiates a fraction of it. The configuration is
// parsed once per isolate and set of secret values, like lib/x402-wasm.js's.

import * as challengeWasm from '../wasm/challenge.js';
import { secretsJson } from './http.js';
import { untyped } from './untyped.js';
import { wasmLoader } from './wasm.js';

const wasm = wasmLoader(challengeWasm);

// {glue, keys, env, config} of the current instance.
let cached = untyped(null);

function config() {
  const glue = wasm.instance();
  if (!cached || cached.glue !== glue) cached = { glue, keys: wasm.call((w) => w.X402Challenge.env_keys()), env: null, config: null };
  const env = secretsJson(cached.keys);
  if (env !== cached.env) {
    if (cached.config) cached.config.free();
    cached.env = env;
    cached.config = wasm.call((w) => new w.X402Challenge(env));
  }
  return cached.config;
}

/** The 402 challenge for `resource` on `endpoint`, as the core's reply `{status, headers, body}`. */
export function challengeReply(resource, endpoint) {
  const c = config();
  return JSON.parse(wasm.call(() => c.reply(resource, endpoint, Date.now())));
}
