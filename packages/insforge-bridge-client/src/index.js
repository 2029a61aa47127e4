// An InsForge SDK client whose user token comes from an auth bridge (workos-bridge,
// kinde-bridge, stytch-bridge, oidc-bridge, …): the app supplies its provider's token, this
// module exchanges it, hands the minted token to the SDK, refreshes it before it expires and
// once on a 401, and signals each change. With `wallet` instead of `getProviderToken`, the
// exchange is a Sign-In with Ethereum through wallet-bridge (src/wallet.js), and the session
// renews by signing again only when the app says so (`walletRefresh`).

import { AuthChangeEvent, createClient } from '@insforge/sdk';
import { BridgeError, BridgeEvent, TokenSession } from './session.js';
import { WALLET_REFRESH, eip1193Wallet, signInWithWallet, siweMessage, validateWalletOptions } from './wallet.js';

export { BridgeError, BridgeEvent, eip1193Wallet, siweMessage };

export class BridgeClient {
  #session;

  /** @param {import('../index.d.ts').BridgeClientOptions} options */
  constructor(options) {
    const o = { ...options };
    if (typeof o.baseUrl !== 'string' || o.baseUrl === '') throw new TypeError('baseUrl is required');
    const wallet = o.wallet !== undefined;
    if (wallet) {
      validateWalletOptions(o);
      if (o.bridge === undefined) o.bridge = 'wallet-bridge';
    } else {
      if (o.walletRefresh !== undefined || o.siwe !== undefined) throw new TypeError('walletRefresh and siwe need wallet');
      if (typeof o.getProviderToken !== 'function') throw new TypeError('getProviderToken must be a function (or pass wallet)');
      if (o.bodyField !== undefined && (typeof o.bodyField !== 'string' || o.bodyField === '')) throw new TypeError('bodyField must be a non-empty string');
    }
    if (typeof o.bridge !== 'string' || o.bridge === '') throw new TypeError('bridge (a function slug or URL) is required');
    const appFetch = o.fetch ?? globalThis.fetch?.bind(globalThis);
    if (typeof appFetch !== 'function') throw new TypeError('no fetch available: pass options.fetch');

    // isServerMode: the SDK's own refresh flow (POST /api/auth/refresh with InsForge's session
    // cookie, run on a 401 and before a realtime handshake when the token has under 60 s left)
    // cannot renew a bridge token, and a failed attempt clears the SDK's token. This client
    // refreshes instead. detectOAuthCallback: the URL holds no InsForge OAuth callback.
    const sdkBase = { ...o.sdk, baseUrl: o.baseUrl, isServerMode: true, auth: { ...o.sdk?.auth, detectOAuthCallback: false } };
    if (o.anonKey !== undefined) sdkBase.anonKey = o.anonKey;
    if (o.functionsUrl !== undefined) sdkBase.functionsUrl = o.functionsUrl;
    // The exchange goes through a client that never holds a bridge token: the bridge sees the
    // provider credential (and at most the anon key), never an InsForge token of ours.
    const exchanger = createClient({ ...sdkBase, fetch: appFetch, retryCount: 0 });

    const session = new TokenSession({
      ...stripUndefined({
        marginRatio: o.refreshMargin?.ratio,
        maxMarginMs: o.refreshMargin?.maxMs,
        minRefreshDelayMs: o.refreshMargin?.minDelayMs,
        backoffBaseMs: o.backoff?.baseMs,
        backoffMaxMs: o.backoff?.maxMs,
        random: o.backoff?.random,
      }),
      // A wallet's renewal is a signature prompt: never on a timer after a failure, and only
      // at all with walletRefresh 'sign'.
      renew: wallet ? WALLET_REFRESH[o.walletRefresh ?? 'expire'] : 'retry',
      exchange: wallet ? (ctx) => signInWithWallet(o, (req) => callBridge(o, exchanger, appFetch, req), ctx) : (ctx) => exchange(o, exchanger, appFetch, ctx),
      apply: (token, event) => {
        if (token === null) this.client.setAccessToken(null);
        else this.client.setAccessToken(token, event === BridgeEvent.TOKEN_REFRESHED ? AuthChangeEvent.TOKEN_REFRESHED : AuthChangeEvent.SIGNED_IN);
      },
    });
    this.#session = session;

    /** The SDK client: use its database, functions, storage, realtime, … as usual. */
    this.client = createClient({ ...sdkBase, fetch: (input, init) => bridgeFetch(session, appFetch, input, init) });
  }

  signIn() {
    return this.#session.signIn();
  }
  refresh() {
    return this.#session.refresh();
  }
  getAccessToken(opts) {
    return this.#session.getAccessToken(opts);
  }
  getSession() {
    return this.#session.session;
  }
  signOut() {
    this.#session.signOut();
  }
  onAuthStateChange(callback) {
    return this.#session.onChange(callback);
  }
}

/** new BridgeClient(options), for those who prefer a factory. */
export function createBridgeClient(options) {
  return new BridgeClient(options);
}

/** A client signed in with a wallet (Sign-In with Ethereum through wallet-bridge): `wallet` is required. */
export function createWalletBridgeClient(options) {
  if (options?.wallet === undefined) throw new TypeError('wallet ({ getAddress, signMessage }, e.g. eip1193Wallet(window.ethereum)) is required');
  return new BridgeClient(options);
}

function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** One exchange: the provider token, then the bridge. Throws BridgeError. */
async function exchange(o, exchanger, appFetch, { reason, forceRefresh }) {
  let providerToken;
  try {
    providerToken = await o.getProviderToken({ reason, forceRefresh });
  } catch (e) {
    throw new BridgeError(`getProviderToken failed: ${e?.message ?? e}`, { code: 'provider_token_failed', cause: e });
  }
  if (providerToken === null || providerToken === undefined || providerToken === '') {
    throw new BridgeError('getProviderToken returned no token: signed out at the provider', { code: 'no_provider_token' });
  }
  if (typeof providerToken !== 'string') throw new BridgeError('getProviderToken must resolve to a string', { code: 'provider_token_failed' });

  const body = o.bodyField ? { [o.bodyField]: providerToken } : undefined;
  const headers = o.bodyField ? {} : { Authorization: `Bearer ${providerToken}` };
  return callBridge(o, exchanger, appFetch, { method: 'POST', body, headers });
}

/**
 * One request to the bridge: `{method, query?, body?, headers?}` → its JSON answer. A slug goes
 * through the exchanger's `functions.invoke`, a URL through a plain fetch. Throws BridgeError
 * (the bridge's `error` as code, its status).
 */
async function callBridge(o, exchanger, appFetch, { method, query, body, headers = {} }) {
  if (/^https?:\/\//i.test(o.bridge)) {
    const url = new URL(o.bridge);
    for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, v);
    let res;
    try {
      res = await appFetch(url.href, {
        method,
        headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new BridgeError(`bridge unreachable: ${e?.message ?? e}`, { code: 'bridge_unreachable', status: 0, cause: e });
    }
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new BridgeError(json?.message ?? `bridge answered ${res.status}`, { code: json?.error ?? 'bridge_error', status: res.status });
    return json;
  }
  // The SDK has no query option for functions: the slug carries it (it is joined to the
  // functions URL as a path, so the query survives).
  const search = new URLSearchParams(query ?? {}).toString();
  const { data, error } = await exchanger.functions.invoke(search ? `${o.bridge}?${search}` : o.bridge, { method, body, headers });
  if (error) {
    // The SDK's own code for no answer at all is NETWORK_ERROR (status 0).
    const code = error.error === 'NETWORK_ERROR' && !error.statusCode ? 'bridge_unreachable' : typeof error.error === 'string' ? error.error : 'bridge_error';
    throw new BridgeError(error.message ?? `bridge answered ${error.statusCode}`, { code, status: error.statusCode ?? 0, cause: error });
  }
  return data;
}

/**
 * The SDK's fetch (its public `fetch` option): requests carrying one of our tokens get the
 * current token (a fresh one first if it is past its end), and a 401 gets one retry with a
 * refreshed token. Every other request (anon, the bridge's, the app's own headers) is untouched.
 */
async function bridgeFetch(session, appFetch, input, init) {
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  const sent = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  if (!sent || !session.minted(sent)) return appFetch(input, init);
  const send = (token) => {
    const h = new Headers(headers);
    h.set('Authorization', `Bearer ${token}`);
    return appFetch(input, { ...init, headers: h });
  };
  const token = (await session.tokenForRequest()) ?? sent;
  const res = await send(token);
  if (res.status !== 401) return res;
  const body = init?.body ?? (input instanceof Request ? input.body : undefined);
  if (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream) return res; // cannot be sent twice
  const retry = await session.tokenAfterUnauthorized(token);
  if (!retry) return res;
  await res.body?.cancel().catch(() => {});
  return send(retry);
}
