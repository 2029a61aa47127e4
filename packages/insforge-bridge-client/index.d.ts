import type { InsForgeClient, InsForgeConfig } from '@insforge/sdk';

/** Why an exchange runs. */
export type ExchangeReason =
  /** `signIn()` with no token held. */
  | 'sign-in'
  /** The refresh timer: the token is in its last 20 % (at most 30 s) of life. */
  | 'scheduled'
  /** A request was answered 401 with the current token. */
  | 'unauthorized'
  /** `refresh()` or `getAccessToken({ forceRefresh: true })`. */
  | 'manual'
  /** A token was needed and the one held is past its end (e.g. timers were asleep). */
  | 'expired'
  /** The next attempt after a failed exchange. */
  | 'retry';

export interface ProviderTokenContext {
  reason: ExchangeReason;
  /**
   * True for every reason but `sign-in`: the token held is old or was refused, so ask the
   * provider for a fresh one (Clerk: `getToken({ skipCache: true })`; Auth0:
   * `getAccessTokenSilently({ cacheMode: 'off' })`).
   */
  forceRefresh: boolean;
}

export interface BridgeClientOptions {
  /** The InsForge project URL, as for `createClient`. */
  baseUrl: string;
  /** The project's anon key: used for the exchange and for requests made while signed out. */
  anonKey?: string;
  /** The bridge function: its slug (`'workos-bridge'`), or an absolute URL. */
  bridge: string;
  /**
   * The provider's current token (access token, ID token, Stytch session). Resolve to `null`
   * (or `undefined`, or `''`) when nobody is signed in at the provider: the client signs out.
   * Throwing counts as the provider being down: the client backs off and tries again.
   */
  getProviderToken: (context: ProviderTokenContext) => Promise<string | null | undefined>;
  /**
   * Send the provider token in the JSON body under this field instead of
   * `Authorization: Bearer …` (Stytch: `'session_token'` or `'session_jwt'`; any bridge: `'token'`).
   */
  bodyField?: string;
  /** When to refresh: `ratio` of the lifetime (0.2) or `maxMs` (30 000), whichever is smaller, before the end; never sooner than `minDelayMs` (1 000) after obtaining the token. */
  refreshMargin?: { ratio?: number; maxMs?: number; minDelayMs?: number };
  /** After the n-th consecutive failure, wait a random time in [d/2, d], d = min(maxMs, baseMs · 2^(n−1)). Defaults: 1 000 and 30 000 ms. */
  backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  /** The fetch every request goes through (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** As for `createClient`: the direct functions host. */
  functionsUrl?: string;
  /** Other `createClient` options (headers, timeout, retryCount, db, debug, …). */
  sdk?: Omit<InsForgeConfig, 'baseUrl' | 'anonKey' | 'accessToken' | 'edgeFunctionToken' | 'fetch' | 'functionsUrl' | 'isServerMode'>;
}

/** What the bridge answered, frozen. */
export interface BridgeSession {
  /** The HS256 InsForge token. */
  readonly accessToken: string;
  readonly tokenType: string;
  /** The token's `exp`, in seconds since the epoch (the issuer's clock). */
  readonly expiresAt: number;
  readonly user: { readonly id: string; readonly email?: string; readonly [claim: string]: unknown };
  /** `'workos'`, `'kinde'`, `'stytch'`, … */
  readonly provider: string | null;
}

export declare const BridgeEvent: {
  /** A token for a (new) user: the first one, or another user than before. Realtime reconnects. */
  readonly SIGNED_IN: 'SIGNED_IN';
  /** A new token for the same user. Realtime keeps its socket and uses the token at its next handshake. */
  readonly TOKEN_REFRESHED: 'TOKEN_REFRESHED';
  /** `signOut()`, or the provider answered no token. */
  readonly SIGNED_OUT: 'SIGNED_OUT';
  /** An exchange failed; the third callback argument is the BridgeError (with `retryAt`). */
  readonly REFRESH_FAILED: 'REFRESH_FAILED';
};
export type BridgeEvent = (typeof BridgeEvent)[keyof typeof BridgeEvent];

export type AuthStateChangeCallback = (event: BridgeEvent, session: BridgeSession | null, error?: BridgeError) => void;

export declare class BridgeError extends Error {
  name: 'BridgeError';
  /**
   * The bridge's `error` code (`provider_unreachable`, `invalid_token`, `token_expired`, …) or
   * `provider_token_failed`, `no_provider_token`, `bridge_unreachable`, `bridge_error`,
   * `bad_reply`, `signed_out`.
   */
  code: string;
  /** The bridge's HTTP status (0: no answer), when the bridge was reached or tried. */
  status?: number;
  /** Epoch ms before which no exchange is attempted (set on failures). */
  retryAt?: number;
  constructor(message: string, options?: { code?: string; status?: number; retryAt?: number; cause?: unknown });
}

export declare class BridgeClient {
  constructor(options: BridgeClientOptions);
  /** The SDK client (database, functions, storage, realtime, …), using the bridge token. */
  readonly client: InsForgeClient;
  /** Exchange now unless a valid token is held; keeps it fresh until `signOut()`. */
  signIn(): Promise<BridgeSession>;
  /** Exchange now (shared with an exchange in flight). Rejects during a backoff. */
  refresh(): Promise<BridgeSession>;
  /** The current token, exchanging first if none is valid (or if `forceRefresh`). Rejects when signed out or during a backoff. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  getSession(): BridgeSession | null;
  /** Forget the token, cancel the timers, make the SDK client anonymous again. */
  signOut(): void;
  /** Returns the unsubscribe function. */
  onAuthStateChange(callback: AuthStateChangeCallback): () => void;
}

export declare function createBridgeClient(options: BridgeClientOptions): BridgeClient;
