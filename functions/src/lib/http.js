// Turns the core's replies ({status, headers: [[name, value]], body}) into Responses.

function toResponse(reply, cors) {
  const headers = new Headers();
  for (const [k, v] of reply.headers || []) headers.set(k, v);
  for (const [k, v] of cors || []) headers.set(k, v);
  const empty = reply.status === 204 || reply.status === 304;
  return new Response(empty ? null : reply.body, { status: reply.status, headers });
}

/** The only 500 JS makes itself: no stack, no detail that could carry a secret. */
function internalError(cors) {
  const body = JSON.stringify({ error: 'internal_error', message: 'The function failed unexpectedly', statusCode: 500 });
  return toResponse({ status: 500, headers: [['Content-Type', 'application/json']], body }, cors);
}

/** `{name: value}` JSON of the named secrets that are set (`names` comma-separated, from Rust). */
function secretsJson(names) {
  const env = {};
  for (const key of names.split(',')) {
    const value = Deno.env.get(key);
    if (typeof value === 'string') env[key] = value;
  }
  return JSON.stringify(env);
}

function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

/** fetch with a deadline; resolves to a Response or to the string 'unreachable'. */
async function fetchWithin(url, init, ms) {
  try {
    return await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: 'error' }));
  } catch (_e) {
    return 'unreachable';
  }
}
