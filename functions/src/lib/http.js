// What every function needs from the platform: replies as Responses, the secrets, the clock,
// outbound fetches with a deadline.

import { untyped } from './untyped.js';

/** The core's replies ({status, headers: [[name, value]], body}) as a Response. */
export function toResponse(reply, cors) {
  // One list of pairs for the Response constructor, the later of two same-named headers kept
  // (what `Headers.set` did): in a fresh Worker a `Headers` set pair by pair costs 0.4 ms more
  // (Deno's header code runs for the first time on each request there).
  const byName = new Map();
  for (const [k, v] of [...(reply.headers || []), ...(cors || [])]) byName.set(k.toLowerCase(), [k, v]);
  const empty = reply.status === 204 || reply.status === 304;
  return new Response(empty ? null : reply.body, { status: reply.status, headers: [...byName.values()] });
}

export function jsonReply(status, body, headers = []) {
  return toResponse({ status, headers: [['Content-Type', 'application/json'], ...headers], body: JSON.stringify(body) }, []);
}

/** The only 500 JS makes itself: no stack, no detail that could carry a secret. */
export function internalError(cors) {
  const body = JSON.stringify({ error: 'internal_error', message: 'The function failed unexpectedly', statusCode: 500 });
  return toResponse({ status: 500, headers: [['Content-Type', 'application/json']], body }, cors);
}

/** Logs an unexpected failure by its name only: a message could echo a header or a secret. */
export function logInternal(slug, e) {
  console.error(`${slug}: internal error (${e instanceof Error ? e.name : typeof e})`);
}

/**
 * `{name: value}` JSON of the named secrets that are set (`names` comma-separated, from Rust).
 * `name?guard`: `name` only when the secret `guard` is set too (a secret a feature needs only
 * when it is on does not cross into wasm otherwise).
 */
export function secretsJson(names) {
  const env = {};
  for (const entry of names.split(',')) {
    const [key, guard] = entry.split('?');
    if (guard && !Deno.env.get(guard)) continue;
    const value = Deno.env.get(key);
    if (typeof value === 'string') env[key] = value;
  }
  return JSON.stringify(env);
}

export function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * fetch and read the whole body within one deadline: resolves to {status, ok, headers, text},
 * or to the string 'unreachable' when the provider cannot be reached, stalls (before or after
 * its headers), or breaks off the body. Every identity-provider call goes through it.
 */
export async function fetchTextWithin(url, init, ms) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve('unreachable'), ms);
  });
  const read = (async () => {
    try {
      const res = await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: 'error' }));
      const text = await res.text();
      return { status: res.status, ok: res.ok, headers: res.headers, text };
    } catch (_e) {
      return 'unreachable';
    }
  })();
  try {
    return untyped(await Promise.race([read, deadline]));
  } finally {
    clearTimeout(timer);
  }
}

/** fetch with a deadline; resolves to a Response or to the string 'unreachable'. */
export async function fetchWithin(url, init, ms) {
  try {
    return await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: 'error' }));
  } catch (_e) {
    return 'unreachable';
  }
}
