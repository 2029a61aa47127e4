// Database API through the real @insforge/sdk: RLS on the bridge's todos table with
// third-party (non-uuid) subjects, anon, admin API key, expired/absent credentials,
// and the bridge migration's idempotency.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { startStack } from '../../runtime/stack.mjs';
import { migrate, ROOT_MIGRATION } from './_support.mjs';

describe('database API (PostgREST semantics behind /api/database)', () => {
  let stack;
  const token = (sub, claims = {}, opts = { expiresIn: '1h' }) =>
    jwt.sign({ sub, email: `${sub}@example.com`, ...claims }, stack.secrets.JWT_SECRET, opts);
  const client = (accessToken) => createClient({ baseUrl: stack.baseUrl, accessToken });

  before(async () => {
    stack = await startStack({ contract: 'self-hosted' });
  });
  after(async () => {
    await stack?.stop();
  });

  it('user A inserts and reads back only their own todos (text subject, role defaulted)', async () => {
    const a = client(token('user_01HAAAAAAAAAAAAAAAAAAAAAAA'));
    const ins = await a.database.from('todos').insert([{ title: 'a1', done: false }, { title: 'a2', done: true }]).select();
    assert.equal(ins.error, null);
    assert.equal(ins.status, 201);
    assert.deepEqual(ins.data.map((r) => [r.title, r.user_id]), [
      ['a1', 'user_01HAAAAAAAAAAAAAAAAAAAAAAA'],
      ['a2', 'user_01HAAAAAAAAAAAAAAAAAAAAAAA'],
    ]);
    const done = await a.database.from('todos').select('id,title').eq('done', true);
    assert.equal(done.error, null);
    assert.deepEqual(done.data.map((r) => r.title), ['a2']);
    const ordered = await a.database.from('todos').select('title').order('title', { ascending: false }).limit(1);
    assert.deepEqual(ordered.data, [{ title: 'a2' }]);
  });

  it("user B sees none of A's rows, cannot write as A, cannot update/delete them", async () => {
    const b = client(token('kp_bbbbbbbb', { role: 'authenticated' }));
    const sel = await b.database.from('todos').select();
    assert.equal(sel.error, null);
    assert.deepEqual(sel.data, []);
    const forged = await b.database.from('todos').insert({ title: 'x', user_id: 'user_01HAAAAAAAAAAAAAAAAAAAAAAA' }).select();
    assert.equal(forged.status, 403);
    assert.equal(forged.error.code, '42501');
    const upd = await b.database.from('todos').update({ done: true }).eq('title', 'a1').select();
    assert.deepEqual(upd.data, []);
    const del = await b.database.from('todos').delete().eq('title', 'a1').select();
    assert.deepEqual(del.data, []);
    const own = await b.database.from('todos').insert({ title: 'b1' }).select();
    assert.equal(own.error, null);
    assert.equal(own.data[0].user_id, 'kp_bbbbbbbb');
  });

  it('anon (anon key, or a JWT with role anon) sees no rows', async () => {
    const anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
    const r = await anon.database.from('todos').select();
    assert.equal(r.error, null);
    assert.deepEqual(r.data, []);
    const r2 = await client(token('someone', { role: 'anon' })).database.from('todos').select();
    assert.deepEqual(r2.data, []);
  });

  it('the ik_ API key is project_admin and bypasses RLS', async () => {
    const admin = client(stack.secrets.API_KEY);
    const r = await admin.database.from('todos').select('title').order('title');
    assert.equal(r.error, null);
    assert.deepEqual(r.data.map((x) => x.title), ['a1', 'a2', 'b1']);
  });

  it('rejects expired, wrongly signed, subject-less and missing credentials with 401', async () => {
    const expired = token('user_x', {}, { expiresIn: -1 });
    for (const bad of [
      expired,
      jwt.sign({ sub: 'user_x' }, 'not-the-secret'),
      jwt.sign({ email: 'a@b.c' }, stack.secrets.JWT_SECRET),
      'anon_wrong',
      'ik_wrong',
    ]) {
      const r = await fetch(`${stack.baseUrl}/api/database/records/todos`, { headers: { authorization: `Bearer ${bad}` } });
      assert.equal(r.status, 401, bad);
      const body = await r.json();
      assert.equal(body.statusCode, 401);
      assert.match(body.error, /^AUTH_/);
    }
    const viaSdk = await client(expired).database.from('todos').select();
    assert.equal(viaSdk.status, 401);
    assert.deepEqual(viaSdk.error, { error: 'AUTH_UNAUTHORIZED', message: 'Invalid token', statusCode: 401 });
    const none = await fetch(`${stack.baseUrl}/api/database/records/todos`);
    assert.equal(none.status, 401);
    assert.equal((await none.json()).message, 'No token provided');
  });

  it("accepts RS256 tokens signed with the project's own key pair (kid = JWT_KEY_ID), served as JWKS", async () => {
    const sec = stack.secrets;
    const rs = jwt.sign({ sub: 'user_rs' }, sec.JWT_PRIVATE_KEY, { algorithm: 'RS256', keyid: sec.JWT_KEY_ID, expiresIn: '5m' });
    const r = await client(rs).database.rpc('requesting_user_id');
    assert.equal(r.data, 'user_rs');
    const otherKid = jwt.sign({ sub: 'user_rs' }, sec.JWT_PRIVATE_KEY, { algorithm: 'RS256', keyid: 'kid_other', expiresIn: '5m' });
    assert.equal((await client(otherKid).database.rpc('requesting_user_id')).status, 401);
    const set = await (await fetch(`${stack.baseUrl}/api/.well-known/jwks.json`)).json();
    assert.equal(set.keys[0].kid, sec.JWT_KEY_ID);
    assert.equal(set.keys[0].alg, 'RS256');
  });

  it('custom JWT claims never reach SQL; an unknown role is refused', async () => {
    const t = token('user_claims', { role: 'authenticated', org: 'acme' });
    const r = await client(t).database.rpc('requesting_user_id');
    assert.equal(r.data, 'user_claims');
    await stack.query('create or replace function public.t_claims() returns jsonb language sql stable as $$ select auth.jwt() $$');
    await stack.query('grant execute on function public.t_claims() to authenticated');
    const c = await client(t).database.rpc('t_claims');
    assert.deepEqual(Object.keys(c.data).sort(), ['email', 'exp', 'iat', 'role', 'sub']);
    assert.equal(c.data.role, 'authenticated');
    const claims = await fetch(`${stack.baseUrl}/api/database/rpc/requesting_user_id`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token('x', { role: 'service_role' })}`, 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(claims.status, 403);
  });

  it('rejects unsafe identifiers with 400', async () => {
    const h = { authorization: `Bearer ${stack.secrets.API_KEY}` };
    assert.equal((await fetch(`${stack.baseUrl}/api/database/records/todos%22%3Bdrop`, { headers: h })).status, 400);
    const col = await fetch(`${stack.baseUrl}/api/database/records/todos?select=id,%22x`, { headers: h });
    assert.equal(col.status, 400);
    const filt = await fetch(`${stack.baseUrl}/api/database/records/todos?ti%20tle=eq.1`, { headers: h });
    assert.equal(filt.status, 400);
  });

  it('the bridge migration is idempotent (applied twice more)', async () => {
    await migrate(stack.databaseUrl, [ROOT_MIGRATION, ROOT_MIGRATION]);
    const r = await stack.query("select count(*)::int n from pg_policies where tablename = 'todos'");
    assert.equal(r.rows[0].n, 4);
    const rows = await stack.query('select count(*)::int n from public.todos');
    assert.equal(rows.rows[0].n, 3);
  });
});
