// What every function needs from the platform (functions/src/lib/http.js): replies as
// Responses, the one internal error, the secrets reader, fetch with a deadline.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { fetchTextWithin, fetchWithin, internalError, jsonReply, secretsJson, toResponse } from '../../functions/src/lib/http.js';
import { RemoteJwks } from '../../functions/src/lib/jwks.js';

// ---- toResponse / jsonReply / internalError -------------------------------------------------

test('toResponse carries status, headers and body', async () => {
  const res = toResponse({ status: 401, headers: [['Content-Type', 'application/json'], ['X-A', '1']], body: '{"error":"x"}' }, []);
  assert.equal(res.status, 401);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(res.headers.get('x-a'), '1');
  assert.equal(await res.text(), '{"error":"x"}');
});

test('toResponse: 204 and 304 have no body, whatever the reply carries', async () => {
  for (const status of [204, 304]) {
    const res = toResponse({ status, headers: [], body: 'should not be sent' }, [['Access-Control-Allow-Origin', '*']]);
    assert.equal(res.status, status);
    assert.equal(res.body, null);
    assert.equal(await res.text(), '');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
  }
});

test('toResponse: the CORS pairs are added and override the reply headers of the same name', () => {
  const res = toResponse(
    { status: 200, headers: [['Access-Control-Allow-Origin', 'https://evil.example'], ['Vary', 'Accept']], body: 'ok' },
    [['Access-Control-Allow-Origin', 'https://app.example'], ['Vary', 'Origin']],
  );
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://app.example');
  assert.equal(res.headers.get('vary'), 'Origin');
  const cased = toResponse({ status: 200, headers: [['Cache-Control', 'public'], ['X-A', '1'], ['x-a', '2']], body: 'ok' }, [['cache-control', 'no-store']]);
  assert.equal(cased.headers.get('cache-control'), 'no-store', 'names compare without case');
  assert.equal(cased.headers.get('x-a'), '2', 'within the reply too, the later pair wins');
  const none = toResponse({ status: 200, body: 'ok' }, undefined);
  assert.equal(none.status, 200, 'absent header lists are empty');
});

test('jsonReply: JSON body and Content-Type', async () => {
  const res = jsonReply(402, { a: 1 }, [['X-B', '2']]);
  assert.equal(res.status, 402);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(res.headers.get('x-b'), '2');
  assert.deepEqual(await res.json(), { a: 1 });
});

test('internalError is exactly the generic 500 JSON, with the CORS pairs and no detail', async () => {
  const res = internalError([['Access-Control-Allow-Origin', 'https://app.example']]);
  assert.equal(res.status, 500);
  assert.equal(res.headers.get('content-type'), 'application/json');
  assert.equal(res.headers.get('access-control-allow-origin'), 'https://app.example');
  assert.equal(await res.text(), '{"error":"internal_error","message":"The function failed unexpectedly","statusCode":500}');
});

// ---- secretsJson ------------------------------------------------------------------------------

test('secretsJson reads only the named secrets and keeps those that are set', (t) => {
  const saved = globalThis.Deno;
  t.after(() => {
    if (saved === undefined) delete globalThis.Deno;
    else globalThis.Deno = saved;
  });
  const env = { JWT_SECRET: 's3cret', WORKOS_CLIENT_ID: 'client_1', EMPTY: '', OTHER_SECRET: 'must-not-leak' };
  const asked = [];
  globalThis.Deno = { env: { get: (k) => (asked.push(k), env[k]) } };
  const json = secretsJson('JWT_SECRET,WORKOS_CLIENT_ID,WORKOS_JWKS,EMPTY');
  assert.deepEqual(JSON.parse(json), { JWT_SECRET: 's3cret', WORKOS_CLIENT_ID: 'client_1', EMPTY: '' });
  assert.deepEqual(asked, ['JWT_SECRET', 'WORKOS_CLIENT_ID', 'WORKOS_JWKS', 'EMPTY']);
  assert.ok(!json.includes('must-not-leak'));
  assert.equal(secretsJson('UNSET'), '{}');
  // `name?guard`: the secret only when its guard is set too.
  assert.deepEqual(JSON.parse(secretsJson('JWT_SECRET?FEATURE_ON,WORKOS_CLIENT_ID')), { WORKOS_CLIENT_ID: 'client_1' });
  env.FEATURE_ON = '3600';
  assert.deepEqual(JSON.parse(secretsJson('JWT_SECRET?FEATURE_ON')), { JWT_SECRET: 's3cret' });
});

// ---- fetchWithin ------------------------------------------------------------------------------

/** A local server; `handler(req, res)` decides; closed (connections too) after the test. */
async function server(t, handler) {
  const seen = [];
  const srv = createServer((req, res) => {
    seen.push(req.url);
    handler(req, res);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  t.after(() => {
    srv.closeAllConnections();
    return new Promise((resolve) => srv.close(resolve));
  });
  return { url: `http://127.0.0.1:${srv.address().port}`, seen };
}

test('fetchWithin: an answer is the Response, error statuses included, with the request as given', async (t) => {
  const s = await server(t, (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      res.writeHead(req.url === '/fail' ? 500 : 201, { 'Content-Type': 'text/plain' });
      res.end(`${req.method} ${req.headers['x-test']} ${body}`);
    });
  });
  const res = await fetchWithin(`${s.url}/ok`, { method: 'POST', headers: { 'X-Test': 'h' }, body: 'b' }, 2000);
  assert.ok(res instanceof Response);
  assert.equal(res.status, 201);
  assert.equal(await res.text(), 'POST h b');
  const failed = await fetchWithin(`${s.url}/fail`, {}, 2000);
  assert.equal(failed.status, 500, 'an error status is an answer, not unreachable');
});

// A fetch without its deadline would hang on this server: the test's own timeout fails it.
test('fetchWithin: a server that never answers is unreachable once the deadline passes', { timeout: 5000 }, async (t) => {
  const s = await server(t, () => {});
  const t0 = Date.now();
  const res = await fetchWithin(`${s.url}/hang`, {}, 300);
  const waited = Date.now() - t0;
  assert.equal(res, 'unreachable');
  assert.ok(waited >= 250, `gave up after ${waited} ms, before the deadline`);
});

test('fetchWithin: a redirect is not followed and is unreachable', async (t) => {
  const s = await server(t, (req, res) => {
    if (req.url === '/moved') {
      res.writeHead(302, { Location: '/target' });
      res.end();
    } else {
      res.end('target');
    }
  });
  assert.equal(await fetchWithin(`${s.url}/moved`, {}, 2000), 'unreachable');
  assert.deepEqual(s.seen, ['/moved'], 'the target was never requested');
});

test('fetchWithin: a refused connection or an invalid URL is unreachable, never a throw', async () => {
  assert.equal(await fetchWithin('not a url', {}, 1000), 'unreachable');
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  assert.equal(await fetchWithin(`http://127.0.0.1:${port}/`, {}, 1000), 'unreachable');
});

test('fetchWithin: the caller cannot lift the deadline or turn redirects back on', { timeout: 5000 }, async (t) => {
  const s = await server(t, (req, res) => {
    if (req.url === '/moved') {
      res.writeHead(301, { Location: '/target' });
      res.end();
    }
    // '/hang' never answers
  });
  const t0 = Date.now();
  const hung = await fetchWithin(`${s.url}/hang`, { signal: new AbortController().signal }, 300);
  assert.equal(hung, 'unreachable');
  assert.ok(Date.now() - t0 >= 250);
  assert.equal(await fetchWithin(`${s.url}/moved`, { redirect: 'follow' }, 2000), 'unreachable');
  assert.deepEqual(s.seen, ['/hang', '/moved']);
});

// ---- fetchTextWithin: the body under the same deadline --------------------------------------

/** Sends its headers and the start of a body, then stalls (or breaks the connection). */
function stallMidBody(mode) {
  return (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100000' });
    res.write('{"keys":[');
    if (mode === 'reset') setTimeout(() => res.socket.destroy(), 50);
  };
}

test('fetchTextWithin: the whole answer, error statuses included', async (t) => {
  const s = await server(t, (req, res) => {
    res.writeHead(req.url === '/fail' ? 500 : 200, { 'Cache-Control': 'max-age=60' });
    res.end(`${req.method} ${req.url}`);
  });
  const ok = await fetchTextWithin(`${s.url}/ok`, { method: 'POST', body: 'b' }, 2000);
  assert.deepEqual([ok.status, ok.ok, ok.text, ok.headers.get('cache-control')], [200, true, 'POST /ok', 'max-age=60']);
  const failed = await fetchTextWithin(`${s.url}/fail`, {}, 2000);
  assert.deepEqual([failed.status, failed.ok], [500, false]);
});

test('fetchTextWithin: a body that stalls after the headers is unreachable at the deadline', { timeout: 5000 }, async (t) => {
  const s = await server(t, stallMidBody('stall'));
  const t0 = Date.now();
  assert.equal(await fetchTextWithin(`${s.url}/jwks`, {}, 300), 'unreachable');
  const waited = Date.now() - t0;
  assert.ok(waited >= 250 && waited < 2000, `gave up after ${waited} ms`);
});

test('fetchTextWithin: a body broken off mid-way is unreachable, never a throw', { timeout: 5000 }, async (t) => {
  const s = await server(t, stallMidBody('reset'));
  assert.equal(await fetchTextWithin(`${s.url}/jwks`, {}, 2000), 'unreachable');
});

test('RemoteJwks: a JWKS whose body stalls after its headers is provider_unreachable, within the timeout', { timeout: 5000 }, async (t) => {
  const s = await server(t, stallMidBody('stall'));
  const jwks = new RemoteJwks({ timeoutMs: 300 });
  const t0 = Date.now();
  assert.deepEqual(await jwks.get(`${s.url}/jwks`), { fail: 'provider_unreachable' });
  assert.ok(Date.now() - t0 < 2000);
});
