// The wallet bridge (src/wallet): Sign-In with Ethereum (EIP-4361) to an InsForge token.
// GET answers a nonce and what the message must say (with `?address=`, that address
// EIP-55 checksummed, as the message must carry it); POST {message, signature} answers the
// token. Rust decides everything; JS performs the effects it names with the one I/O loop
// (lib/effects.js): the nonce store (two SQL functions, with the project API key) and, for a
// contract wallet's signature, one node of the message's chain.
//
// The `WalletBridge` (the secrets, parsed once) is kept per isolate and made again only when a
// secret's value changes or a trap replaced the instance.

import * as walletWasm from '../wasm/wallet.js';
import { driveFlow } from './effects.js';
import { projectDb } from './project-db.js';
import { internalError, logInternal, secretsJson, toResponse } from './http.js';
import { untyped } from './untyped.js';
import { wasmLoader } from './wasm.js';

const wasm = wasmLoader(walletWasm);
const MAX_BODY = 16_384;

// {glue, env, bridge} of the current instance.
let cached = untyped(null);

function bridge() {
  const glue = wasm.instance();
  const env = secretsJson(walletWasm.ENV_KEYS);
  if (cached && cached.glue === glue && cached.env === env) return cached.bridge;
  if (cached && cached.glue === glue) cached.bridge.free();
  cached = { glue, env, bridge: wasm.call((w) => new w.WalletBridge(env)) };
  return cached.bridge;
}

/** 128 random bits as 32 hex digits: an EIP-4361 nonce (letters and digits). */
function freshNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function release(object) {
  try {
    if (object) object.free();
  } catch (_e) {
    // Already freed, or its instance was replaced after a trap.
  }
}

export function walletBridge() {
  return async function (req) {
    let request = untyped(null);
    try {
      // The body is read only up to the limit Rust refuses beyond, plus one byte.
      const body = req.method === 'POST' && req.body !== null ? (await req.text()).slice(0, MAX_BODY + 1) : '';
      const address = req.method === 'GET' ? (new URL(req.url).searchParams.get('address') ?? undefined) : undefined;
      request = wasm.call(() => bridge().begin(req.method, req.headers.get('origin') ?? undefined, body, freshNonce(), address));
      const end = await driveFlow(request, { db: projectDb() }, wasm);
      return toResponse(end.reply, []);
    } catch (e) {
      logInternal('wallet-bridge', e);
      return internalError([['Access-Control-Allow-Origin', '*']]);
    } finally {
      release(request);
    }
  };
}
