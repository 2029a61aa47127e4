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

/** What both kinds of client share. */
export interface BridgeClientBaseOptions {
  /** The InsForge project URL, as for `createClient`. */
  baseUrl: string;
  /** The project's anon key: used for the exchange and for requests made while signed out. */
  anonKey?: string;
  /** When to refresh: `ratio` of the lifetime (0.2) or `maxMs` (30 000), whichever is smaller, before the end; never sooner than `minDelayMs` (1 000) after obtaining the token. */
  refreshMargin?: { ratio?: number; maxMs?: number; minDelayMs?: number };
  /** After the n-th consecutive failure, wait a random time in [d/2, d], d = min(maxMs, baseMs · 2^(n−1)). Defaults: 1 000 and 30 000 ms. (Wallet sign-in never retries on its own.) */
  backoff?: { baseMs?: number; maxMs?: number; random?: () => number };
  /** The fetch every request goes through (default: globalThis.fetch). */
  fetch?: typeof fetch;
  /** As for `createClient`: the direct functions host. */
  functionsUrl?: string;
  /** Other `createClient` options (headers, timeout, retryCount, db, debug, …). */
  sdk?: Omit<InsForgeConfig, 'baseUrl' | 'anonKey' | 'accessToken' | 'edgeFunctionToken' | 'fetch' | 'functionsUrl' | 'isServerMode'>;
}

/** A client signed in through an auth provider's bridge (workos-bridge, oidc-bridge, …). */
export interface ProviderBridgeOptions extends BridgeClientBaseOptions {
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
  wallet?: never;
  walletRefresh?: never;
  siwe?: never;
}

/** Why the wallet is asked, and for which address (EIP-55, as the message names it). */
export interface WalletSignContext {
  reason: ExchangeReason;
  address: string;
}

/**
 * The wallet that signs in: a viem account, an EIP-1193 provider through `eip1193Wallet`, or
 * anything that can answer these two.
 */
export interface WalletSigner {
  /** `0x` and 40 hex digits, any letter case. `null`/`undefined`/`''`: no account connected (the client signs out). */
  getAddress(context: { reason: ExchangeReason }): Promise<string | null | undefined>;
  /** An EIP-191 (`personal_sign`) signature of the message's UTF-8 text, `0x` hex. EIP-1271 and ERC-6492 signatures of contract wallets too. */
  signMessage(message: string, context: WalletSignContext): Promise<string>;
}

/**
 * How a wallet session renews, since each renewal is a signature the user must give:
 * - `'expire'` (default): never by itself. When the token ends the session ends:
 *   `SESSION_EXPIRED`, then `SIGNED_OUT`; a 401 is answered as is. Sign in again with `signIn()`.
 * - `'sign'`: the wallet is asked to sign again shortly before the end (and on a 401). If that
 *   signature is refused or fails, the wallet is not asked again by itself and the session ends
 *   with its token.
 */
export type WalletRefresh = 'expire' | 'sign';

/** A client signed in with a wallet through `wallet-bridge` (Sign-In with Ethereum). */
export interface WalletBridgeOptions extends BridgeClientBaseOptions {
  /** The function: its slug (default `'wallet-bridge'`), or an absolute URL. */
  bridge?: string;
  wallet: WalletSigner;
  /** Default `'expire'`: no wallet prompt the app did not ask for. */
  walletRefresh?: WalletRefresh;
  /**
   * What the message says that the function's nonce answer does not decide:
   * `chainId` (one of the answer's `chainIds`; default its `chainId`, the first of
   * SIWE_CHAIN_IDS), `domain` and `uri` (defaults: the answer's, from the first of SIWE_DOMAIN;
   * a site served on several domains passes `location.host` and `location.origin`).
   */
  siwe?: { chainId?: number; domain?: string; uri?: string };
  getProviderToken?: never;
  bodyField?: never;
}

export type BridgeClientOptions = ProviderBridgeOptions | WalletBridgeOptions;

/** The fields of an EIP-4361 message (times as RFC 3339 text or Dates). */
export interface SiweMessageFields {
  domain: string;
  /** EIP-55 checksummed. */
  address: string;
  statement?: string;
  uri: string;
  version?: '1';
  chainId: number;
  nonce: string;
  issuedAt: string | Date;
  expirationTime?: string | Date;
  notBefore?: string | Date;
  requestId?: string;
  resources?: string[];
  scheme?: string;
}

/** The part of an EIP-1193 provider (`window.ethereum`) `eip1193Wallet` uses. */
export interface Eip1193Provider {
  request(args: { method: string; params?: readonly unknown[] | object }): Promise<unknown>;
}

/** What the bridge answered, frozen. */
export interface BridgeSession {
  /** The HS256 InsForge token. */
  readonly accessToken: string;
  readonly tokenType: string;
  /** The token's `exp`, in seconds since the epoch (the issuer's clock). */
  readonly expiresAt: number;
  readonly user: { readonly id: string; readonly email?: string; readonly [claim: string]: unknown };
  /** `'workos'`, `'kinde'`, `'stytch'`, `'wallet'`, … */
  readonly provider: string | null;
}

export declare const BridgeEvent: {
  /** A token for a (new) user: the first one, or another user than before. Realtime reconnects. */
  readonly SIGNED_IN: 'SIGNED_IN';
  /** A new token for the same user. Realtime keeps its socket and uses the token at its next handshake. */
  readonly TOKEN_REFRESHED: 'TOKEN_REFRESHED';
  /** `signOut()`, or the provider answered no token. */
  readonly SIGNED_OUT: 'SIGNED_OUT';
  /** An exchange failed; the third callback argument is the BridgeError (with `retryAt` when it is retried). */
  readonly REFRESH_FAILED: 'REFRESH_FAILED';
  /** A wallet session's token reached its end without being renewed (`walletRefresh`): the session passed is the one that ended. `SIGNED_OUT` follows. */
  readonly SESSION_EXPIRED: 'SESSION_EXPIRED';
};
export type BridgeEvent = (typeof BridgeEvent)[keyof typeof BridgeEvent];

export type AuthStateChangeCallback = (event: BridgeEvent, session: BridgeSession | null, error?: BridgeError) => void;

export declare class BridgeError extends Error {
  name: 'BridgeError';
  /**
   * The bridge's `error` code (`provider_unreachable`, `invalid_token`, `token_expired`,
   * wallet-bridge's `invalid_signature`, `invalid_nonce`, `domain_not_allowed`, …) or
   * `provider_token_failed`, `no_provider_token`, `bridge_unreachable`, `bridge_error`,
   * `bad_reply`, `signed_out`, `session_expired`; with a wallet: `wallet_rejected` (the user
   * refused, EIP-1193 4001), `wallet_failed`, `no_wallet_address`, `chain_not_allowed`
   * (`siwe.chainId` is not one the function accepts; nothing was signed).
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
  /** Exchange now (shared with an exchange in flight). Rejects during a backoff. With a wallet: asks for a signature. */
  refresh(): Promise<BridgeSession>;
  /** The current token, exchanging first if none is valid (or if `forceRefresh`). Rejects when signed out or during a backoff; a wallet session (`'expire'`) past its end rejects with `session_expired`. */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  getSession(): BridgeSession | null;
  /** Forget the token, cancel the timers, make the SDK client anonymous again. */
  signOut(): void;
  /** Returns the unsubscribe function. */
  onAuthStateChange(callback: AuthStateChangeCallback): () => void;
}

export declare function createBridgeClient(options: BridgeClientOptions): BridgeClient;

/** `createBridgeClient` for wallet sign-in (`wallet` required, `bridge` defaults to `'wallet-bridge'`). */
export declare function createWalletBridgeClient(options: WalletBridgeOptions): BridgeClient;

/** A `WalletSigner` from an EIP-1193 provider: `eth_requestAccounts`, then `personal_sign`. */
export declare function eip1193Wallet(provider: Eip1193Provider): WalletSigner;

/** The EIP-4361 message text for these fields, as the EIP's ABNF (and viem's `createSiweMessage`) writes it. */
export declare function siweMessage(fields: SiweMessageFields): string;
