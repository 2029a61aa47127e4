// The ONLY place the benchmarks call WebAssembly exports by name. Everything else in bench/
// measures whole handlers (a committed bundle evaluated as InsForge evaluates it, called with
// a Request), which does not depend on the export names. When an export is renamed or its
// arguments change, this file alone changes.
//
// Runs in Node and in Deno. It loads a flavor exactly as the functions do: the committed module
// functions/src/wasm/<flavor>.js (the .wasm as base64 in a comment + its glue) through
// functions/src/lib/wasm.js's wasmLoader (decode, compile once, instantiate, drop on a trap).
//
// Figure                                      export used (flavor)
// ------------------------------------------- ---------------------------------------------------
// HS256 mint (warm, vs jose SignJWT)          Bridge(provider, env) once per loader, then per
//                                             call begin(...) → select_key(undefined) →
//                                             signature_checked(true, now) → reply()     (bridge)
//                                             With a PS256 token (oidc) the verdict is supplied
//                                             (WebCrypto's part is not timed): token parse +
//                                             claims + key choice + HS256 mint.
// RS256 check + HS256 mint (warm, vs jose     the same with an RS256 token (workos): power →
//   jwtVerify + SignJWT)                      powerMod (lib/bridge.js, BigInt) → powered(hex,
//                                             now), which compares it and mints
// bridge cold path (decode + compile +        the same, first call on a new loader
//   instantiate + first mint)
// bare 402, first calls (challenge)           X402Challenge(env), then reply(resource,
//                                             endpoint, nowMs)                        (challenge)
// x402 local verify (vs viem / @noble/curves) X402Config(env) once per loader, then
//                                             pay(paymentSignature, xPayment, resource, …,
//                                             nowMs) → PaymentFlow; start(nowMs) → its
//                                             first effect: the ledger claim (accepted) or
//                                             a respond effect (refused)            (x402)
// EIP-1559 build + sign (vs viem)             evm_sign_transaction(requestJson)            (x402)
// SIWE verify (vs viem)                       WalletBridge(env) once per loader, then per call
//                                             begin('POST', …, {message, signature}) →
//                                             WalletRequest; start(nowMs) → its first effect:
//                                             the nonce taken (accepted) or a reply  (wallet)

import * as bridgeFlavor from '../functions/src/wasm/bridge.js';
import * as x402Flavor from '../functions/src/wasm/x402.js';
import * as paywallFlavor from '../functions/src/wasm/paywall.js';
import * as walletFlavor from '../functions/src/wasm/wallet.js';
import * as challengeFlavor from '../functions/src/wasm/challenge.js';
import { base64Bytes, wasmBase64, wasmLoader } from '../functions/src/lib/wasm.js';
import { powerMod } from '../functions/src/lib/bridge.js';

export const FLAVORS = { bridge: bridgeFlavor, x402: x402Flavor, paywall: paywallFlavor, wallet: walletFlavor, challenge: challengeFlavor };

/** A new loader: nothing decoded or compiled until its first use (a fresh isolate's view). */
export function freshLoader(flavor) {
  const module = FLAVORS[flavor];
  if (!module) throw new Error(`unknown wasm flavor ${flavor}`);
  return wasmLoader(module);
}

/** The base64 decode of a flavor's .wasm alone (the first step of every cold path). */
export function decodeOnly(flavor) {
  return base64Bytes(wasmBase64(FLAVORS[flavor]));
}

/** Decode + compile + instantiate, nothing else (the base64 decode included). */
export function instantiate(loader) {
  loader.instance();
}

// One configuration object per loader and secrets, as the functions keep one per isolate.
const configs = new WeakMap();
function configOf(loader, w, make) {
  let c = configs.get(loader);
  if (!c || c.glue !== w) configs.set(loader, (c = { glue: w, config: make(w) }));
  return c.config;
}

/**
 * `token`, its key pinned in the secrets JSON `env`, taken through a `provider` bridge session
 * to its minted HS256 InsForge token: an RS256 token's signature is checked in the module, a
 * PS256 or ES256 one's verdict is supplied (`true`). Throws unless 200.
 */
export function bridgeMint(loader, provider, env, token, now) {
  const out = loader.call((w) => {
    const bridge = configOf(loader, w, () => new w.Bridge(provider, env));
    const session = bridge.begin('POST', undefined, `Bearer ${token}`, '', now);
    try {
      if (session.kind === w.BridgeStep.SelectKey) session.select_key(undefined);
      if (session.kind === w.BridgeStep.RaisePower) {
        const [n, e, s] = session.power.split(' ').map((hex) => BigInt(`0x${hex}`));
        session.powered(powerMod(s, e, n).toString(16), now);
      }
      if (session.kind === w.BridgeStep.CheckSignature) session.signature_checked(true, now);
      return session.reply();
    } finally {
      session.free();
    }
  });
  if (!out.includes('"status":200')) throw new Error(`mint failed: ${out.slice(0, 200)}`);
  return out;
}

/**
 * The 402 challenge of a request without a payment, from a configuration made for it: what a
 * bare request asks of the challenge flavor. Throws unless the reply is the 402.
 */
export function challengeReply(loader, env, resource, endpoint, nowMs) {
  const out = loader.call((w) => {
    const challenge = new w.X402Challenge(env);
    try {
      return challenge.reply(resource, endpoint, nowMs);
    } finally {
      challenge.free();
    }
  });
  if (!out.startsWith('{"status":402')) throw new Error(`no challenge: ${out.slice(0, 200)}`);
  return out;
}

/**
 * The answer to an x402 header: a paid request's flow (`X402Config.pay`), started. Without
 * RPC_URL in `env` an accepted payment's first effect is the ledger claim (nothing is asked
 * of the network before it); a refused one's is the `respond` effect with its reply.
 */
function x402Answer(loader, env, header, resource, now) {
  return loader.call((w) => {
    const config = configOf(loader, w, () => new w.X402Config(env));
    const nowMs = now * 1000;
    const flow = config.pay(header, '', resource, '/functions/paid', 'GET /functions/paid', '00000000-0000-4000-8000-000000000000', '', nowMs);
    try {
      const effect = flow.start(nowMs);
      if (effect.startsWith('{"kind":"respond"')) return { ok: false, text: effect };
      if (!effect.startsWith('{"kind":"ledger","call":"x402_claim"')) throw new Error(`unexpected first effect: ${effect.slice(0, 200)}`);
      return { ok: true, text: '' };
    } finally {
      flow.free();
    }
  });
}

/**
 * Local verification of an x402 payment header (v2 `PAYMENT-SIGNATURE` value): decode,
 * EIP-712 digest, secp256k1 recovery, every rule, and the claim's arguments written (the
 * flow's first effect). `env` is the paywall's secrets JSON (no RPC_URL); `now` in seconds.
 * Returns true when accepted, false when refused.
 */
export function x402Verify(loader, env, header, resource, now) {
  return x402Answer(loader, env, header, resource, now).ok;
}

/** The refusal text of x402Verify's input (for checking that a bench times the intended path). */
export function x402VerifyAnswer(loader, env, header, resource, now) {
  return x402Answer(loader, env, header, resource, now).text;
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

/**
 * A Sign-In with Ethereum message checked by the wallet bridge: EIP-4361 parse, every rule
 * (domain, URI, chain, times), the EIP-191 digest and secp256k1 recovery, up to its first
 * effect (the nonce taken). `env` is the bridge's secrets JSON (no RPC_URL); `nowMs` its
 * clock. Returns true when accepted, false when refused.
 */
export function siweVerify(loader, env, message, signature, nowMs) {
  return loader.call((w) => {
    const bridge = configOf(loader, w, () => new w.WalletBridge(env));
    const request = bridge.begin('POST', undefined, JSON.stringify({ message, signature }), '', undefined);
    try {
      const effect = request.start(nowMs);
      if (effect.startsWith('{"kind":"ledger","call":"wallet_bridge_take_nonce"')) return true;
      if (effect.startsWith('{"kind":"respond"')) return false;
      throw new Error(`unexpected first effect: ${effect.slice(0, 200)}`);
    } finally {
      request.free();
    }
  });
}
