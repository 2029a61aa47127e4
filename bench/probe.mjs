// The ONLY place the benchmarks call WebAssembly exports by name. Everything else in bench/
// measures whole handlers (a committed bundle evaluated as InsForge evaluates it, called with
// a Request), which does not depend on the export names. When an export is renamed or its
// arguments change, this file alone changes.
//
// Runs in Node and in Deno. It loads a flavor exactly as the functions do: the committed module
// functions/src/wasm/<flavor>.js (the .wasm as base64 + its wasm-bindgen glue) through
// functions/src/lib/wasm.js's wasmLoader (decode, compile once, instantiate, drop on a trap).
//
// Figure                                      export used (flavor)
// ------------------------------------------- ---------------------------------------------------
// HS256 mint (warm, vs jose SignJWT)          bridge_finish(provider, env, identity, now)  (bridge)
// bridge cold path (decode + compile +        the same bridge_finish, first call on a new loader
//   instantiate + first mint)
// x402 local verify (vs viem / @noble/curves) x402_verify(env, paymentSignature, xPayment,
//                                             resource, now)                               (x402)
// EIP-1559 build + sign (vs viem)             evm_sign_transaction(requestJson)            (x402)

import * as bridgeFlavor from '../functions/src/wasm/bridge.js';
import * as x402Flavor from '../functions/src/wasm/x402.js';
import { base64Bytes, wasmLoader } from '../functions/src/lib/wasm.js';

export const FLAVORS = { bridge: bridgeFlavor, x402: x402Flavor };

/** A new loader: nothing decoded or compiled until its first use (a fresh isolate's view). */
export function freshLoader(flavor) {
  const module = FLAVORS[flavor];
  if (!module) throw new Error(`unknown wasm flavor ${flavor}`);
  return wasmLoader(module);
}

/** The base64 decode of a flavor's .wasm alone (the first step of every cold path). */
export function decodeOnly(flavor) {
  return base64Bytes(FLAVORS[flavor].WASM_BASE64);
}

/** Decode + compile + instantiate, nothing else (the base64 decode included). */
export function instantiate(loader) {
  loader.instance();
}

/**
 * A minted HS256 InsForge token for `identity` ({sub, email, validUntil}): the bridge's last
 * step, without the provider token check. `env` is the secrets JSON ({JWT_SECRET, …}).
 * Throws unless the core answered 200.
 */
export function bridgeMint(loader, env, identity, now) {
  const out = loader.call((w) => w.bridge_finish('workos', env, identity, now));
  if (!out.includes('"status":200')) throw new Error(`mint failed: ${out.slice(0, 200)}`);
  return out;
}

/**
 * Local verification of an x402 payment header (v2 `PAYMENT-SIGNATURE` value): decode,
 * EIP-712 digest, secp256k1 recovery, every rule. `env` is the paywall's secrets JSON.
 * Returns true when accepted, false when refused.
 */
export function x402Verify(loader, env, header, resource, now) {
  return loader.call((w) => w.x402_verify(env, header, '', resource, now)).startsWith('{"ok":true');
}

/** The refusal text of x402Verify's input (for checking that a bench times the intended path). */
export function x402VerifyAnswer(loader, env, header, resource, now) {
  return loader.call((w) => w.x402_verify(env, header, '', resource, now));
}

/**
 * An EIP-1559 transaction built, RLP-encoded and signed (RFC 6979), as direct settlement does:
 * `tx` = {privateKey, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, data}.
 * Returns the raw signed transaction (0x…).
 */
export function evmSign(loader, tx) {
  const out = JSON.parse(loader.call((w) => w.evm_sign_transaction(JSON.stringify(tx))));
  if (typeof out.raw !== 'string') throw new Error(`sign failed: ${JSON.stringify(out).slice(0, 200)}`);
  return out.raw;
}
