// The project's database as the project API key reaches it: the x402 ledger, the wallet
// bridge's nonces, BRIDGE_CLAIMS. Only `rpc` is used, and the injected `createClient` makes
// the SDK's client on the first call: making it costs a fresh Worker about 0.8 ms, which a
// request answered before any database call never pays (a forged or expired payment, a
// malformed sign-in: refused by the core first). Every InsForge project has both secrets.

import { untyped } from './untyped.js';

/**
 * `{rpc(fn, args)}` over the project's database with its API key, the SDK's client made on the
 * first call and kept; null when INSFORGE_BASE_URL or API_KEY is unset.
 */
export function projectDb() {
  const baseUrl = Deno.env.get('INSFORGE_BASE_URL');
  const apiKey = Deno.env.get('API_KEY');
  if (!baseUrl || !apiKey) return null;
  let database = untyped(null);
  return {
    rpc(fn, args) {
      if (!database) database = createClient({ baseUrl, anonKey: apiKey }).database;
      return database.rpc(fn, args);
    },
  };
}
