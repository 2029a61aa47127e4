// Process hygiene: stop() and an abrupt exit both leave no Postgres, Deno or HTTP
// listener behind; a crashing function takes the runtime down the way InsForge's does,
// and the local runtime comes back for the next request.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { deployViaApi, ROOT } from './_support.mjs';

const portOpen = (url) =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const sock = net.connect({ host: hostname, port: Number(port) });
    sock.once('connect', () => (sock.destroy(), resolve(true)));
    sock.once('error', () => resolve(false));
  });

const pgUrlAsHttp = (dbUrl) => `http://${new URL(dbUrl).host}`;

/** Start both contracts in a child Node process, report their ports, then end it. */
async function childRun(ending) {
  const script = `
    import { startStack } from ${JSON.stringify(path.join(ROOT, 'runtime/stack.mjs'))};
    const a = await startStack({ contract: 'self-hosted' });
    const b = await startStack({ contract: 'cloud' });
    console.log(JSON.stringify([a, b].map((s) => [s.baseUrl, s.functionsUrl, s.databaseUrl])));
    // 'exit': process.exit() once the parent has seen everything up (it writes a line).
    ${ending === 'exit' ? "process.stdin.once('data', () => process.exit(0));" : 'setInterval(() => {}, 1000);'}
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const line = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`child exited ${code} before reporting: ${out}`)));
  });
  const urls = JSON.parse(line).flatMap(([base, fns, db]) => [base, fns, pgUrlAsHttp(db)]);
  for (const u of urls) assert.equal(await portOpen(u), true, `${u} should be up`);
  if (ending === 'exit') child.stdin.write('exit\n');
  else child.kill(ending);
  await new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', r)));
  // SIGKILL runs no hook in the child: its watchdog (runtime/reaper.mjs) cleans up.
  for (const u of urls) {
    let open = true;
    for (let i = 0; i < 100 && open; i++) {
      open = await portOpen(u);
      if (open) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(open, false, `${u} should be gone after ${ending}`);
  }
}

describe('lifecycle', () => {
  it('stop() releases every port and removes the cluster', async () => {
    const s = await startStack({ contract: 'self-hosted' });
    const urls = [s.baseUrl, s.functionsUrl, pgUrlAsHttp(s.databaseUrl)];
    await s.stop();
    for (const u of urls) assert.equal(await portOpen(u), false, u);
  });

  it('process.exit() without stop() leaves no orphans', () => childRun('exit'));
  it('SIGTERM leaves no orphans', () => childRun('SIGTERM'));
  it('SIGKILL leaves no orphans (watchdog)', () => childRun('SIGKILL'));

  it('self-hosted: an error escaping the request crashes the host like InsForge; it is restarted', async () => {
    const s = await startStack({ contract: 'self-hosted' });
    try {
      await deployViaApi(
        s,
        'stray',
        'module.exports = async () => { setTimeout(() => { throw new Error("stray") }, 0); await new Promise((r) => setTimeout(r, 50)); return new Response("late") }',
      );
      await deployViaApi(s, 'fine', 'module.exports = async () => new Response("fine")');
      const r = await fetch(`${s.baseUrl}/functions/stray`);
      assert.equal(r.status, 500);
      assert.deepEqual(await r.json(), { error: 'Worker execution error' });
      let text = '';
      for (let i = 0; i < 100 && text !== 'fine'; i++) {
        await new Promise((res) => setTimeout(res, 100));
        text = await fetch(`${s.baseUrl}/functions/fine`).then((x) => x.text()).catch(() => '');
      }
      assert.equal(text, 'fine');
      assert.match(s.logs(), /runtime exited .* restarting/);
    } finally {
      await s.stop();
    }
  });

  it('cloud: an unhandled rejection kills the isolate; a fresh one serves (state lost)', async () => {
    const s = await startStack({ contract: 'cloud' });
    try {
      await deployViaApi(
        s,
        'count',
        'let n = 0;\nmodule.exports = async (req) => { n++; if (new URL(req.url).searchParams.has("crash")) Promise.reject(new Error("unhandled")); return new Response(String(n)) }',
      );
      assert.equal(await (await fetch(`${s.baseUrl}/functions/count`)).text(), '1');
      assert.equal(await (await fetch(`${s.baseUrl}/functions/count`)).text(), '2');
      await (await fetch(`${s.baseUrl}/functions/count?crash`)).text().catch(() => '');
      let text = '';
      for (let i = 0; i < 100 && text !== '1'; i++) {
        await new Promise((res) => setTimeout(res, 100));
        text = await fetch(`${s.baseUrl}/functions/count`).then((x) => x.text()).catch(() => '');
      }
      assert.equal(text, '1');
    } finally {
      await s.stop();
    }
  });

  it('the stack fails loudly when Postgres binaries are missing', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `import('${path.join(ROOT, 'runtime/postgres.mjs')}').then((m) => m.startPostgres()).catch((e) => { console.log(e.message); process.exit(3); })`;
    let err;
    try {
      execFileSync(process.execPath, ['-e', script], { env: { ...process.env, PG_BIN: '/nonexistent' }, encoding: 'utf8' });
    } catch (e) {
      err = e;
    }
    assert.equal(err?.status, 3);
    assert.match(err.stdout, /PostgreSQL server binaries not found/);
  });
});
