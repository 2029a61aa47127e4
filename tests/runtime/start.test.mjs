// scripts/start.mjs and `npm run bundle` as a user runs them (child processes): a taken port
// suggests --port before anything starts; `npm run bundle` writes outside the committed
// functions/dist by default and says how to load and deploy the result; `--contract cloud`
// reports its progress while it type-checks and deploys; `--no-demo` adds no demo secret.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, spawnStart } from '../support/start.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const execFileP = promisify(execFile);
const cleanup = [];
after(() => {
  for (const fn of cleanup) fn();
});
const stateDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'insforge-start-state-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

test('a port in use stops npm start at once and suggests --port', async () => {
  const port = await freePort();
  const holder = net.createServer();
  await new Promise((resolve) => holder.listen(port, '127.0.0.1', resolve));
  try {
    const run = spawnStart(['--port', String(port)], { stateDir: stateDir() });
    const { code, output } = await run.exited;
    assert.equal(code, 1, output);
    assert.match(output, new RegExp(`Port ${port} is in use .*npm start -- --port ${port + 1}`));
    assert.doesNotMatch(output, /starting PostgreSQL/, 'nothing was started');
  } finally {
    holder.close();
  }
});

test('npm run bundle writes build/<slug>.js by default and prints how to load and deploy it', async () => {
  const slug = `bundle-default-${process.pid}`;
  const out = join(ROOT, 'build', `${slug}.js`);
  cleanup.push(() => rmSync(out, { force: true }));
  const distBefore = readdirSync(join(ROOT, 'functions/dist'));
  const { stdout } = await execFileP('npm', ['run', '--silent', 'bundle', '--', 'functions/examples/paid-quote.js', '--slug', slug], { cwd: ROOT });
  assert.ok(existsSync(out), stdout);
  assert.deepEqual(readdirSync(join(ROOT, 'functions/dist')), distBefore, 'functions/dist is left alone');
  assert.match(stdout, /npm start -- --functions build\b/);
  assert.ok(stdout.includes(`npx @insforge/cli functions deploy ${slug} --file build/${slug}.js`), stdout);
});

test('npm start -- --contract cloud reports progress while it type-checks and deploys; --no-demo adds no demo secret', async () => {
  const run = spawnStart(['--contract', 'cloud', '--no-demo', '--port', String(await freePort())], { stateDir: stateDir(), timeoutMs: 300_000 });
  try {
    const { baseUrl, demoUrl } = await run.ready;
    const lines = run.lines();
    const banner = lines.findIndex((l) => l.line.startsWith('InsForge-compatible local project'));
    const before = lines.slice(0, banner).map((l) => l.line);
    for (const phase of ['starting PostgreSQL', 'starting the Cloud functions runtime', 'type-checked as InsForge Cloud does', 'starting the Cloud router']) {
      assert.ok(before.some((l) => l.includes(phase)), `${phase}:\n${before.join('\n')}`);
    }
    const shipped = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8')).functions.length;
    const checks = before.filter((l) => new RegExp(`\\d/${shipped} [a-z0-9-]+: type check`).test(l));
    assert.equal(checks.length, shipped, before.join('\n'));
    // No silence longer than one function's type check between two progress lines.
    const gaps = lines.slice(1, banner + 1).map((l, i) => l.at - lines[i].at);
    assert.ok(Math.max(...gaps) < 30_000, `longest silence ${Math.max(...gaps)} ms`);
    assert.equal(demoUrl, null);
    assert.doesNotMatch(run.output(), /Demo secrets/);
    const r = await fetch(`${baseUrl}/functions/x402-paywall`);
    assert.deepEqual([r.status, (await r.json()).error], [500, 'missing_secret'], 'no demo PAYMENT_RECIPIENT');
  } finally {
    await run.stop();
  }
});
