// Both function contracts side by side in one process: the same classic-script source
// deployed through POST /api/functions to a self-hosted stack (Deno 2.0.6, fresh worker
// per request) and a Cloud stack (current Deno, one long-lived router), then invoked
// through the backend proxy /functions/<slug> and checked against each contract.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { deployViaApi } from './_support.mjs';

const TIMEOUT_MS = 1500;

// A portable function: no import/export, no top-level await, state at file scope.
const probe = (version) => `
let calls = 0;
module.exports = async function (req) {
  calls++;
  const url = new URL(req.url);
  const action = url.searchParams.get('action');
  const json = (v, status = 200) => new Response(JSON.stringify(v), { status, headers: { 'Content-Type': 'application/json' } });
  if (action === 'env') {
    return json({
      foo: Deno.env.get('FOO') ?? null,
      hasJwtSecret: typeof Deno.env.get('JWT_SECRET') === 'string',
      toObject: typeof Deno.env.toObject,
      envKeys: typeof Deno.env.toObject === 'function' ? Object.keys(Deno.env.toObject()).sort() : null,
      processEnv: Reflect.get(globalThis, 'process')?.env ?? null,
    });
  }
  if (action === 'read') {
    const out = { fetchFile: '', readSync: '' };
    try { await fetch('file:///etc/hostname'); out.fetchFile = 'allowed'; } catch (e) { out.fetchFile = Object(e).name; }
    try { globalThis.Deno.readTextFileSync('/etc/hostname'); out.readSync = 'allowed'; } catch (e) { out.readSync = Object(e).name; }
    return json(out);
  }
  if (action === 'public-net') {
    try { await fetch('https://example.com/', { signal: AbortSignal.timeout(3000) }); return json({ reached: true }); } catch (e) { return json({ reached: false, error: Object(e).name }); }
  }
  if (action === 'state') return json({ calls });
  if (action === 'version') return json({ version: '${version}' });
  if (action === 'path') return json({ pathname: url.pathname });
  if (action === 'throw-response') throw new Response('teapot', { status: 418, headers: { 'x-thrown': '1' } });
  if (action === 'throw-error') throw Object.assign(new Error('boom'), { status: 422 });
  if (action === 'sleep') { await new Promise((r) => setTimeout(r, ${TIMEOUT_MS} * 3)); return json({ slept: true }); }
  if (action === 'echo') return json({ method: req.method, contentType: req.headers.get('content-type'), body: await req.text(), auth: req.headers.get('authorization'), x: req.headers.get('x-payment') });
  if (action === 'db') {
    const token = (req.headers.get('authorization') || '').replace(/^Bearer /, '');
    const client = createClient({ baseUrl: Deno.env.get('INSFORGE_BASE_URL'), edgeFunctionToken: token });
    const ins = await client.database.from('todos').insert({ title: 'from-fn' }).select();
    const sel = await client.database.from('todos').select('title,user_id');
    return json({ insertError: ins.error, rows: sel.data });
  }
  return json({ ok: true });
};
`;

const CONTRACTS = ['self-hosted', 'cloud'];
const stacks = {};

before(async () => {
  process.env.INSFORGE_TEST_SENTINEL = 'must-not-leak';
  const started = await Promise.all(
    CONTRACTS.map((contract) => startStack({ contract, timeoutMs: TIMEOUT_MS, secrets: { FOO: 'foo-1' } })),
  );
  CONTRACTS.forEach((c, i) => (stacks[c] = started[i]));
  for (const c of CONTRACTS) await deployViaApi(stacks[c], 'probe', probe('v1'));
});
after(async () => {
  await Promise.all(Object.values(stacks).map((s) => s.stop()));
});

async function call(stack, action, init = {}) {
  const res = await fetch(`${stack.baseUrl}/functions/probe?action=${action}`, { method: 'POST', ...init });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body };
}

for (const contract of CONTRACTS) {
  describe(`${contract} contract`, () => {
    const s = () => stacks[contract];

    it('reads secrets with Deno.env.get; enumeration only on Cloud', async () => {
      const { status, body } = await call(s(), 'env');
      assert.equal(status, 200);
      assert.equal(body.foo, 'foo-1');
      assert.equal(body.hasJwtSecret, true);
      if (contract === 'self-hosted') {
        assert.equal(body.toObject, 'undefined');
        assert.deepEqual(body.processEnv, { NODE_ENV: 'production' });
      } else {
        // Real process env = the project's secrets + what Deno needs, nothing of ours.
        assert.equal(body.toObject, 'function');
        for (const k of ['API_KEY', 'ANON_KEY', 'JWT_SECRET', 'INSFORGE_BASE_URL', 'FOO']) assert.ok(body.envKeys.includes(k), k);
        // Deno 2.9 itself adds DENO_NODE_SHIM_ACTIVE and PATH=<DENO_DIR>/node_compat_bin.
        const allowed = new Set([...Object.keys(s().secrets), 'DENO_DIR', 'NO_COLOR', 'DENO_NODE_SHIM_ACTIVE', 'PATH']);
        assert.deepEqual(body.envKeys.filter((k) => !allowed.has(k)), []);
        assert.ok(!body.envKeys.includes('HOME') && !body.envKeys.includes('INSFORGE_TEST_SENTINEL'));
      }
    });

    it('under npm test reaches no public host (INSFORGE_EDGE_NET=loopback): the network stops at this machine', async () => {
      assert.equal(process.env.INSFORGE_EDGE_NET, 'loopback', 'npm test sets it for every suite');
      const { body } = await call(s(), 'public-net');
      assert.equal(body.reached, false);
      assert.match(body.error, /PermissionDenied|NotCapable/, 'refused by the permission, not by a missing network');
    });

    it('cannot read files', async () => {
      const { body } = await call(s(), 'read');
      assert.notEqual(body.fetchFile, 'allowed');
      assert.notEqual(body.readSync, 'allowed');
    });

    it('injects createClient, which reaches the local database API as the caller', async () => {
      const token = jwt.sign({ sub: `user_${contract}`, role: 'authenticated' }, s().secrets.JWT_SECRET, { expiresIn: '5m' });
      const { status, body } = await call(s(), 'db', { headers: { authorization: `Bearer ${token}` } });
      assert.equal(status, 200, JSON.stringify(body));
      assert.equal(body.insertError, null);
      assert.deepEqual(body.rows, [{ title: 'from-fn', user_id: `user_${contract}` }]);
    });

    it('encodeBase64/decodeBase64: injected on self-hosted (std 0.224.0), a type error on Cloud', async () => {
      const code = 'module.exports = async () => new Response(JSON.stringify({ enc: encodeBase64("hi\\u00ff"), enc2: encodeBase64(new Uint8Array([1,2,3,4]).buffer), dec: Array.from(decodeBase64("aGk=")) }))';
      if (contract === 'self-hosted') {
        await deployViaApi(s(), 'b64', code);
        const r = await fetch(`${s().baseUrl}/functions/b64`);
        assert.deepEqual(await r.json(), { enc: 'aGnDvw==', enc2: 'AQIDBA==', dec: [104, 105] });
      } else {
        // InsForge Cloud runs `deno check` on the wrapped code: unknown names reject the deploy.
        const r = await fetch(`${s().baseUrl}/api/functions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${s().secrets.API_KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ slug: 'b64', name: 'b64', code }),
        });
        assert.equal(r.status, 400);
        assert.match((await r.json()).message, /Cannot find name 'encodeBase64'/);
      }
    });

    it(contract === 'self-hosted' ? 'keeps no module state between requests' : 'keeps module state within the isolate', async () => {
      const a = await call(s(), 'state');
      const b = await call(s(), 'state');
      if (contract === 'self-hosted') assert.deepEqual([a.body.calls, b.body.calls], [1, 1]);
      else assert.equal(b.body.calls, a.body.calls + 1);
    });

    it('thrown Response / thrown Error per contract', async () => {
      const r = await call(s(), 'throw-response');
      const e = await call(s(), 'throw-error');
      if (contract === 'self-hosted') {
        assert.equal(r.status, 418);
        assert.equal(r.body, 'teapot');
        assert.equal(r.headers.get('x-thrown'), '1');
        assert.equal(e.status, 422);
        assert.deepEqual(e.body, { error: 'boom' });
      } else {
        assert.equal(r.status, 500);
        assert.deepEqual(r.body, { error: 'Function execution failed' });
        assert.equal(e.status, 500);
        assert.deepEqual(e.body, { error: 'Function execution failed', message: 'boom' });
      }
    });

    it(contract === 'self-hosted' ? 'times out with 504 {"error":"Function timeout"}' : 'has no worker timeout', async () => {
      const r = await call(s(), 'sleep');
      if (contract === 'self-hosted') {
        assert.equal(r.status, 504);
        assert.deepEqual(r.body, { error: 'Function timeout' });
      } else {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body, { slept: true });
      }
    });

    it('forwards headers and JSON.stringify(req.body): JSON, urlencoded, text, invalid JSON, GET', async () => {
      const json = await call(s(), 'echo', {
        headers: { 'content-type': 'application/json', authorization: 'Bearer abc', 'x-payment': 'p1' },
        body: ' {"a": 1,  "b":[true]} ',
      });
      assert.equal(json.status, 200);
      assert.deepEqual(json.body, { method: 'POST', contentType: 'application/json', body: '{"a":1,"b":[true]}', auth: 'Bearer abc', x: 'p1' });
      const form = await call(s(), 'echo', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=x%20y' });
      assert.equal(form.body.body, '{"a":"1","b":"x y"}');
      const text = await call(s(), 'echo', { headers: { 'content-type': 'text/plain' }, body: 'raw bytes' });
      assert.equal(text.body.body, '{}');
      assert.equal(text.body.contentType, 'text/plain');
      const bad = await call(s(), 'echo', { headers: { 'content-type': 'application/json' }, body: '{nope' });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error, 'INVALID_INPUT');
      assert.equal(bad.body.nextActions, 'Please ensure your request body contains valid JSON');
      const scalar = await call(s(), 'echo', { headers: { 'content-type': 'application/json' }, body: '"str"' });
      assert.equal(scalar.status, 400);
      const get = await call(s(), 'echo', { method: 'GET' });
      assert.deepEqual([get.body.method, get.body.body], ['GET', '']);
    });

    it('adds Access-Control-Allow-Origin: * and answers OPTIONS itself', async () => {
      const r = await call(s(), 'ok', { headers: { origin: 'https://app.example' } });
      assert.equal(r.headers.get('access-control-allow-origin'), '*');
      const pre = await fetch(`${s().baseUrl}/functions/probe`, {
        method: 'OPTIONS',
        headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      assert.equal(pre.status, 204);
      assert.equal(pre.headers.get('access-control-allow-origin'), 'https://app.example');
    });

    it('routes: unknown slug 404, sub-paths only on the Cloud router', async () => {
      const miss = await fetch(`${s().baseUrl}/functions/nope`, { method: 'POST' });
      assert.equal(miss.status, 404);
      assert.deepEqual(await miss.json(), { error: contract === 'self-hosted' ? 'Function not found or not active' : 'Function not found' });
      const viaProxy = await fetch(`${s().baseUrl}/functions/probe/sub/path`, { method: 'POST' });
      assert.equal(viaProxy.status, 404); // InsForge's proxy route is /functions/:slug only
      await viaProxy.arrayBuffer();
      const direct = await fetch(`${s().functionsUrl}/probe/sub/path?action=path`);
      if (contract === 'cloud') assert.deepEqual(await direct.json(), { pathname: '/sub/path' });
      else {
        assert.equal(direct.status, 404);
        assert.equal(await direct.text(), 'Not Found');
      }
    });

    it('works through the SDK functions.invoke (proxy path)', async () => {
      const client = createClient({ baseUrl: s().baseUrl, anonKey: s().secrets.ANON_KEY });
      const { data, error } = await client.functions.invoke('probe?action=echo', { body: { hello: 'world' } });
      assert.equal(error, null);
      assert.equal(data.body, '{"hello":"world"}');
      assert.equal(data.auth, `Bearer ${s().secrets.ANON_KEY}`);
    });

    it('deploy API: admin only, 409 on duplicate, reserved slug, 404 for unknown', async () => {
      const base = s().baseUrl;
      const admin = { authorization: `Bearer ${s().secrets.API_KEY}`, 'content-type': 'application/json' };
      const body = JSON.stringify({ slug: 'probe', name: 'probe', code: probe('dup') });
      const noAuth = await fetch(`${base}/api/functions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      assert.equal(noAuth.status, 401);
      const anon = await fetch(`${base}/api/functions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${s().secrets.ANON_KEY}`, 'content-type': 'application/json' },
        body,
      });
      assert.equal(anon.status, 401);
      const userJwt = jwt.sign({ sub: 'u1' }, s().secrets.JWT_SECRET);
      const user = await fetch(`${base}/api/functions/probe`, { headers: { authorization: `Bearer ${userJwt}` } });
      assert.equal(user.status, 403);
      const dup = await fetch(`${base}/api/functions`, { method: 'POST', headers: admin, body });
      assert.equal(dup.status, 409);
      assert.equal((await dup.json()).error, 'FUNCTION_ALREADY_EXISTS');
      const health = await fetch(`${base}/api/functions`, { method: 'POST', headers: admin, body: JSON.stringify({ slug: 'health', name: 'h', code: 'module.exports=()=>1' }) });
      assert.equal(health.status, 400);
      const badSlug = await fetch(`${base}/api/functions`, { method: 'POST', headers: admin, body: JSON.stringify({ slug: 'a/b', name: 'h', code: 'x' }) });
      assert.equal(badSlug.status, 400);
      const missing = await fetch(`${base}/api/functions/nope`, { headers: admin });
      assert.equal(missing.status, 404);
      const got = await (await fetch(`${base}/api/functions/probe`, { headers: admin })).json();
      assert.equal(got.slug, 'probe');
    });

    it('a redeploy is live on the next request', async () => {
      assert.deepEqual((await call(s(), 'version')).body, { version: 'v1' });
      const r = await deployViaApi(s(), 'probe', probe('v2'));
      assert.equal(r.function.slug, 'probe');
      if (contract === 'cloud') assert.equal(r.deployment.status, 'success');
      assert.deepEqual((await call(s(), 'version')).body, { version: 'v2' });
    });

    it('a secret change is live on the next request', async () => {
      await s().setSecrets({ FOO: 'foo-2' });
      assert.equal((await call(s(), 'env')).body.foo, 'foo-2');
    });

    it('delete makes the function unreachable', async () => {
      await deployViaApi(s(), 'temp', 'module.exports = async () => new Response("temp")');
      assert.equal(await (await fetch(`${s().baseUrl}/functions/temp`)).text(), 'temp');
      const del = await fetch(`${s().baseUrl}/api/functions/temp`, { method: 'DELETE', headers: { authorization: `Bearer ${s().secrets.API_KEY}` } });
      assert.equal(del.status, 200);
      assert.equal((await fetch(`${s().baseUrl}/functions/temp`)).status, 404);
    });

    it('function console output lands in logs()', async () => {
      await deployViaApi(s(), 'logger', 'module.exports = async () => { console.log("hello-from-" + "fn"); return new Response("ok"); }');
      await (await fetch(`${s().baseUrl}/functions/logger`)).text();
      await new Promise((r) => setTimeout(r, 100));
      assert.match(s().logs(), /hello-from-fn/);
    });
  });
}
