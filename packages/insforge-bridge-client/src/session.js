// The token life cycle, independent of the SDK and of the network: when to exchange the
// provider token for an InsForge token, how to share one exchange between concurrent callers,
// how to back off when the provider or the bridge is down, and which event each change is.
// A session whose exchanges ask a person (a wallet's signature) renews less or not at all on
// its own (`renew`), and ends when its token does.
//
// Clock: Date.now() and setTimeout/clearTimeout, read at call time (so a test can mock them).

export const BridgeEvent = Object.freeze({
  SIGNED_IN: 'SIGNED_IN',
  TOKEN_REFRESHED: 'TOKEN_REFRESHED',
  SIGNED_OUT: 'SIGNED_OUT',
  REFRESH_FAILED: 'REFRESH_FAILED',
  SESSION_EXPIRED: 'SESSION_EXPIRED',
});

/**
 * How a session renews its token on its own:
 * - `retry`: before it expires, on a 401 and when a request finds it past its end; a failure is
 *   retried after a backoff (a provider's token can be fetched again at no cost to anyone);
 * - `once`: the same occasions, but a failure is never retried on a timer and sets no backoff:
 *   after one failed renewal the token is not renewed on its own again and the session ends
 *   with it (each renewal asks a person, e.g. to sign with a wallet);
 * - `never`: only `signIn()`, `refresh()` and `getAccessToken({ forceRefresh: true })`
 *   exchange; the session ends when its token does.
 * A session that ends with its token emits SESSION_EXPIRED, then SIGNED_OUT.
 */
export const RENEW_MODES = Object.freeze(['retry', 'once', 'never']);

export const DEFAULTS = Object.freeze({
  marginRatio: 0.2,
  maxMarginMs: 30_000,
  minRefreshDelayMs: 1_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
});

export class BridgeError extends Error {
  /**
   * code: the bridge's `error` (e.g. `provider_unreachable`), or one of ours:
   * `provider_token_failed`, `no_provider_token`, `bad_reply`, `signed_out`, `session_expired`,
   * and for wallets `wallet_failed`, `wallet_rejected`, `no_wallet_address`.
   * status: the HTTP status of the bridge's answer (0: no answer), when there was one.
   * retryAt: epoch ms before which no new exchange is attempted.
   */
  constructor(message, { code, status, retryAt, cause } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BridgeError';
    this.code = code ?? 'exchange_failed';
    if (status !== undefined) this.status = status;
    if (retryAt !== undefined) this.retryAt = retryAt;
  }
}

/** The delay from obtaining a token that lives `lifetimeMs` to refreshing it. */
export function refreshDelay(lifetimeMs, { marginRatio = DEFAULTS.marginRatio, maxMarginMs = DEFAULTS.maxMarginMs, minRefreshDelayMs = DEFAULTS.minRefreshDelayMs } = {}) {
  const life = Math.max(0, lifetimeMs);
  const margin = Math.min(life * marginRatio, maxMarginMs);
  return Math.max(minRefreshDelayMs, Math.round(life - margin));
}

/** The wait after the `failures`-th consecutive failure: exponential, capped, jittered in [d/2, d]. */
export function backoffDelay(failures, { backoffBaseMs = DEFAULTS.backoffBaseMs, backoffMaxMs = DEFAULTS.backoffMaxMs, random = Math.random } = {}) {
  const ceiling = Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The payload of a JWT, or null. */
export function decodeJwtPayload(token) {
  const part = typeof token === 'string' ? token.split('.')[1] : undefined;
  if (!part) return null;
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(part.length + ((4 - (part.length % 4)) % 4), '=');
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const payload = JSON.parse(new TextDecoder().decode(bytes));
    return payload && typeof payload === 'object' ? payload : null;
  } catch {
    return null;
  }
}

const MAX_KNOWN_TOKENS = 8;
const FORCED_REASONS = new Set(['scheduled', 'unauthorized', 'manual', 'expired', 'retry']);
/** Failures that mean "nobody is signed in there any more": the session signs out. */
const SIGNED_OUT_CODES = new Set(['no_provider_token', 'no_wallet_address']);

export class TokenSession {
  #exchange;
  #apply;
  #renew;
  #opts;
  #listeners = new Set();
  #active = false; // the app asked for a session (signIn) and has not signed out
  #session = null; // the public session object
  #expiresAtMs = 0; // local-clock estimate of the token's end, never later than the real one
  #generation = 0; // bumped by signOut: a result from an older generation is discarded
  #inflight = null;
  #settling = Promise.resolve(); // the previous generation's exchange, until it settles
  #failures = 0;
  #retryAt = 0;
  #lastError = null;
  #timer = null;
  #fromUnauthorized = null; // a token obtained because the previous one was answered 401
  #known = []; // tokens this session handed to the SDK (newest last)
  #renewFailed = false; // renew 'once': renewing the current token failed, it is not tried again

  /**
   * exchange({reason, forceRefresh}) → Promise<bridge reply {accessToken, expiresAt, user, provider, tokenType}>
   * apply(token | null, event): make the SDK use the token.
   * renew: 'retry' (default), 'once' or 'never' (see RENEW_MODES).
   */
  constructor({ exchange, apply = () => {}, renew = 'retry', ...opts }) {
    if (typeof exchange !== 'function') throw new TypeError('exchange must be a function');
    if (!RENEW_MODES.includes(renew)) throw new TypeError(`renew must be one of ${RENEW_MODES.join(', ')}`);
    this.#exchange = exchange;
    this.#apply = apply;
    this.#renew = renew;
    this.#opts = { ...DEFAULTS, random: Math.random, ...opts };
  }

  get session() {
    return this.#session;
  }

  /** True while the app wants a session (after signIn, until signOut). */
  get active() {
    return this.#active;
  }

  /** Whether `token` is one this session minted (the current one or a recent predecessor). */
  minted(token) {
    return this.#known.includes(token);
  }

  onChange(callback) {
    if (typeof callback !== 'function') throw new TypeError('callback must be a function');
    this.#listeners.add(callback);
    return () => this.#listeners.delete(callback);
  }

  /** Start (or keep) a session: resolves with it once a token is held. */
  async signIn() {
    this.#active = true;
    if (this.#usable()) return this.#session;
    return this.#shared('sign-in');
  }

  /** An exchange now, whatever the current token's age (shared with one in flight). */
  async refresh() {
    this.#requireActive();
    return this.#shared('manual');
  }

  async getAccessToken({ forceRefresh = false } = {}) {
    this.#requireActive();
    if (!forceRefresh && this.#usable()) return this.#session.accessToken;
    if (!forceRefresh && !this.#inflight && !this.#mayRenew()) {
      this.#expire();
      throw new BridgeError('the session has ended: sign in again', { code: 'session_expired' });
    }
    return (await this.#shared(forceRefresh ? 'manual' : 'expired')).accessToken;
  }

  /**
   * For a request about to carry one of our tokens: the token it should carry (a fresh one if
   * the current token is past its end, e.g. after timers slept), or null to send it as it is.
   */
  async tokenForRequest() {
    if (!this.#active) return null;
    if (this.#usable()) return this.#session.accessToken;
    if (!this.#inflight && !this.#mayRenew()) {
      // Past its end and not to be renewed on its own: the session ends, the request goes
      // out as it is (and is answered 401).
      this.#expire();
      return null;
    }
    try {
      return (await this.#shared('expired')).accessToken;
    } catch {
      return null;
    }
  }

  /**
   * A request carrying `sent` was answered 401: the token to retry it with once, or null (do not
   * retry). A newer token already held is used as is; otherwise one exchange, shared by every
   * request that got its 401 meanwhile. A token that was itself obtained after a 401 does not
   * cause another exchange: a 401 that a fresh token also gets is not about the token's age.
   */
  async tokenAfterUnauthorized(sent) {
    if (!this.#active) return null;
    if (this.#session && this.#session.accessToken !== sent && this.#usable()) return this.#session.accessToken;
    if (!this.#inflight && sent === this.#fromUnauthorized) return null;
    if (!this.#inflight && !this.#mayRenew()) return null;
    try {
      const s = await this.#shared('unauthorized');
      return s.accessToken === sent ? null : s.accessToken;
    } catch {
      return null;
    }
  }

  /** Clear the token, cancel the timer, discard any exchange in flight. */
  signOut() {
    const had = this.#session !== null || this.#inflight !== null || this.#active;
    this.#generation++;
    this.#inflight = null;
    this.#clear();
    this.#apply(null, BridgeEvent.SIGNED_OUT);
    if (had) this.#emit(BridgeEvent.SIGNED_OUT, null);
  }

  // ------------------------------------------------------------------------------------------

  #clear() {
    this.#active = false;
    this.#clearTimer();
    this.#session = null;
    this.#expiresAtMs = 0;
    this.#failures = 0;
    this.#retryAt = 0;
    this.#lastError = null;
    this.#fromUnauthorized = null;
    this.#renewFailed = false;
    this.#known = [];
  }

  /** Whether the session may exchange on its own (not asked by the app). */
  #mayRenew() {
    return this.#renew === 'retry' || (this.#renew === 'once' && !this.#renewFailed);
  }

  /**
   * The token reached its end and is not renewed: the SDK goes back to the anon key and the
   * app hears SESSION_EXPIRED (with the session that ended), then SIGNED_OUT. An exchange in
   * flight (a signature the user has not given yet) is kept: if it succeeds, it signs in again.
   */
  #expire() {
    const ended = this.#session;
    if (ended === null) return;
    this.#clear();
    this.#apply(null, BridgeEvent.SIGNED_OUT);
    this.#emit(BridgeEvent.SESSION_EXPIRED, ended, new BridgeError('the session reached the end of its token', { code: 'session_expired' }));
    this.#emit(BridgeEvent.SIGNED_OUT, null);
  }

  #requireActive() {
    if (!this.#active) throw new BridgeError('not signed in: call signIn() first', { code: 'signed_out' });
  }

  #usable() {
    return this.#session !== null && Date.now() < this.#expiresAtMs;
  }

  /**
   * One exchange at a time: join the one in flight, or refuse until the backoff has elapsed.
   * The timer's own call skips that check: timers run on a monotonic clock and Date.now() on the
   * wall clock, so a timer may fire a moment before `retryAt` (or long before, when the wall
   * clock was set back), and a refused retry would end the retries.
   */
  #shared(reason, { fromTimer = false } = {}) {
    if (this.#inflight) return this.#inflight;
    const now = Date.now();
    if (!fromTimer && now < this.#retryAt) {
      const e = this.#lastError;
      return Promise.reject(new BridgeError(`bridge exchange backing off until ${new Date(this.#retryAt).toISOString()}: ${e?.message}`, {
        code: e?.code,
        status: e?.status,
        retryAt: this.#retryAt,
        cause: e,
      }));
    }
    const generation = this.#generation;
    const previous = this.#settling;
    const run = (async () => {
      await previous;
      if (generation !== this.#generation) throw new BridgeError('signed out', { code: 'signed_out' });
      const sentAt = Date.now();
      let reply;
      try {
        reply = await this.#exchange({ reason, forceRefresh: FORCED_REASONS.has(reason) });
      } catch (e) {
        throw this.#failed(generation, e);
      }
      if (generation !== this.#generation) throw new BridgeError('signed out', { code: 'signed_out' });
      let next;
      try {
        next = normalize(reply, sentAt);
      } catch (e) {
        throw this.#failed(generation, e);
      }
      return this.#succeeded(next, reason);
    })();
    const tracked = run.finally(() => {
      if (this.#inflight === tracked) this.#inflight = null;
    });
    this.#inflight = tracked;
    this.#settling = tracked.then(
      () => {},
      () => {},
    );
    return tracked;
  }

  #succeeded({ session, lifetimeMs, sentAt }, reason) {
    const previous = this.#session;
    // Still this generation (not signed out since), so the app wants this session, even if the
    // previous token ended while the exchange was under way.
    this.#active = true;
    this.#renewFailed = false;
    this.#session = session;
    this.#expiresAtMs = sentAt + lifetimeMs;
    this.#failures = 0;
    this.#retryAt = 0;
    this.#lastError = null;
    this.#fromUnauthorized = reason === 'unauthorized' ? session.accessToken : null;
    this.#known = [...this.#known.filter((t) => t !== session.accessToken), session.accessToken].slice(-MAX_KNOWN_TOKENS);
    const event = previous && previous.user?.id === session.user?.id ? BridgeEvent.TOKEN_REFRESHED : BridgeEvent.SIGNED_IN;
    this.#apply(session.accessToken, event);
    if (this.#renew === 'never') this.#schedule(this.#expiresAtMs, 'expiry');
    else this.#schedule(sentAt + refreshDelay(lifetimeMs, this.#opts), 'scheduled');
    this.#emit(event, session);
    return session;
  }

  #failed(generation, cause) {
    if (generation !== this.#generation) return new BridgeError('signed out', { code: 'signed_out', cause });
    const error = cause instanceof BridgeError ? cause : new BridgeError(cause?.message ?? String(cause), { cause });
    if (SIGNED_OUT_CODES.has(error.code)) {
      // The provider says nobody is signed in (e.g. Clerk's getToken() answering null), or the
      // wallet has no account connected.
      this.signOut();
      return error;
    }
    if (this.#renew !== 'retry') {
      // Trying again means asking the person again: only the app decides that. No backoff
      // either, so the app's next signIn() or refresh() runs at once.
      this.#renewFailed = true;
      if (this.#session !== null) this.#schedule(this.#expiresAtMs, 'expiry');
      else this.#active = false;
      this.#emit(BridgeEvent.REFRESH_FAILED, this.#session, error);
      return error;
    }
    this.#failures++;
    this.#retryAt = Date.now() + backoffDelay(this.#failures, this.#opts);
    error.retryAt = this.#retryAt;
    this.#lastError = error;
    if (this.#active) this.#schedule(this.#retryAt, 'retry');
    this.#emit(BridgeEvent.REFRESH_FAILED, this.#session, error);
    return error;
  }

  #schedule(at, reason) {
    this.#clearTimer();
    const generation = this.#generation;
    const timer = setTimeout(() => {
      if (this.#timer === timer) this.#timer = null;
      if (generation !== this.#generation || !this.#active) return;
      // The token's lifetime has run out by the timer's (monotonic) clock.
      if (reason === 'expiry') return this.#expire();
      this.#shared(reason, { fromTimer: true }).catch(() => {});
      // 'once': if this renewal is still waiting (for a signature) when the token ends, the
      // session ends then; a success reschedules first.
      if (this.#renew === 'once' && this.#timer === null && this.#inflight) this.#schedule(this.#expiresAtMs, 'expiry');
    }, Math.max(0, at - Date.now()));
    // A refresh timer alone must not keep a Node process alive.
    timer?.unref?.();
    this.#timer = timer;
  }

  #clearTimer() {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #emit(event, session, error) {
    for (const callback of [...this.#listeners]) {
      try {
        callback(event, session, error);
      } catch (e) {
        console.error('insforge-bridge-client: an onAuthStateChange callback threw', e);
      }
    }
  }
}

/**
 * The bridge reply as a frozen public session, plus the token's lifetime measured on the
 * issuer's clock (exp − iat, less one second for iat's rounding down) so that the local clock's
 * skew does not matter: it is counted from when the request was sent, before the token existed.
 */
function normalize(reply, sentAt) {
  if (!reply || typeof reply !== 'object' || typeof reply.accessToken !== 'string' || reply.accessToken === '') {
    throw new BridgeError('the bridge answered without an accessToken', { code: 'bad_reply' });
  }
  const claims = decodeJwtPayload(reply.accessToken);
  const exp = Number.isFinite(reply.expiresAt) ? reply.expiresAt : claims?.exp;
  if (!Number.isFinite(exp)) throw new BridgeError('the bridge answered without an expiry', { code: 'bad_reply' });
  const lifetimeMs = Number.isFinite(claims?.iat) ? (exp - claims.iat - 1) * 1000 : exp * 1000 - Date.now();
  const user = reply.user && typeof reply.user === 'object' ? reply.user : { id: claims?.sub, ...(claims?.email ? { email: claims.email } : {}) };
  const session = Object.freeze({
    accessToken: reply.accessToken,
    tokenType: reply.tokenType ?? 'Bearer',
    expiresAt: exp,
    user: Object.freeze({ ...user }),
    provider: reply.provider ?? null,
  });
  return { session, lifetimeMs: Math.max(0, lifetimeMs), sentAt };
}
