// Throwaway PostgreSQL 15 cluster for local runs and tests, plus the bootstrap of the
// slice of InsForge's SQL surface our functions rely on (roles, auth.jwt(), auth.uid()).
// initdb refuses to run as root, so when we are root every server binary runs through
// `runuser -u postgres --` and the temp dir is chowned to postgres.

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hookSignals, reaper } from './proc.mjs';

export const PG_BIN = process.env.PG_BIN || '/usr/lib/postgresql/15/bin';
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BOOTSTRAP_SQL = path.join(HERE, 'bootstrap.sql');

/**
 * A free TCP port on loopback, for a server that binds it after this returns.
 *
 * The kernel picks it, unless INSFORGE_EDGE_PORT_BLOCKS is set (npm test runs several suite files
 * at once): between the pick and the server's own bind (a Deno or PostgreSQL start, seconds)
 * the kernel may hand the same port to another process's listen(0). Then each process takes
 * ports from a block of its own below the kernel's ephemeral range, which the kernel never
 * hands out; it owns the block while it listens on the block's first port.
 */
export async function freePort() {
  if (process.env.INSFORGE_EDGE_PORT_BLOCKS) {
    const port = await portFromBlock();
    if (port) return port;
  }
  return kernelPort();
}

function kernelPort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A listening server on 127.0.0.1:port, or null when the port is taken. */
function listenOn(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(null));
    srv.listen(port, '127.0.0.1', () => resolve(srv));
  });
}

const BLOCK_SIZE = 500;
const BLOCKS_FROM = 20000;
let block = null; // Promise of {first, next, holder}, or of null: no block, the kernel picks

async function claimBlock() {
  let low;
  try {
    [low] = fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  } catch {
    return null;
  }
  for (let first = BLOCKS_FROM; first + BLOCK_SIZE <= low; first += BLOCK_SIZE) {
    // Held until this process ends (the kernel then frees it): the block is ours meanwhile.
    const holder = await listenOn(first);
    if (holder) return { first, next: 0, holder };
  }
  return null;
}

async function portFromBlock() {
  block ??= claimBlock();
  const b = await block;
  if (!b) return null;
  for (let tries = 1; tries < BLOCK_SIZE; tries++) {
    const port = b.first + 1 + (b.next++ % (BLOCK_SIZE - 1));
    const srv = await listenOn(port); // null: something else on this machine holds it
    if (srv) {
      await new Promise((resolve) => srv.close(resolve));
      return port;
    }
  }
  return null;
}

function assertBinaries() {
  const missing = ['initdb', 'pg_ctl', 'postgres'].filter((b) => !fs.existsSync(path.join(PG_BIN, b)));
  if (missing.length) {
    throw new Error(
      `PostgreSQL server binaries not found in ${PG_BIN} (missing: ${missing.join(', ')}). ` +
        'Install PostgreSQL 15 server (apt-get install postgresql-15) or set DATABASE_URL to an existing server.',
    );
  }
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Run a server binary as the postgres OS user when we are root (initdb refuses root). */
function asPg(bin, args) {
  const full = path.join(PG_BIN, bin);
  return isRoot ? ['runuser', ['-u', 'postgres', '--', full, ...args]] : [full, args];
}

function runSync(bin, args) {
  const [cmd, argv] = asPg(bin, args);
  try {
    return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (e) {
    throw new Error(`${bin} ${args.join(' ')} failed: ${e.stderr || e.message}`);
  }
}

export async function startPostgres({ port } = {}) {
  assertBinaries();
  hookSignals();
  port = port || (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'insforge-pg-'));
  const data = path.join(dir, 'data');
  if (isRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  runSync('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  runSync('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);

  const [killCmd, killArgv] = asPg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  reaper({ op: 'pg', data, stop: { cmd: killCmd, argv: killArgv } });
  reaper({ op: 'dir', path: dir });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    reaper({ op: 'unpg', data });
    reaper({ op: 'undir', path: dir });
    try {
      runSync('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      /* already gone: still remove the dir */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  // Never leave a cluster behind if the owning process dies without calling stop().
  process.once('exit', () => {
    if (!stopped) {
      try {
        const [cmd, argv] = asPg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
        execFileSync(cmd, argv, { stdio: 'ignore' });
      } catch {}
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  await waitReady(url);
  return { url, port, dir, stop };
}

async function waitReady(url, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query('select 1');
      await c.end();
      return;
    } catch (e) {
      await c.end().catch(() => {});
      if (Date.now() > deadline) throw new Error(`PostgreSQL at ${url} not ready: ${e.message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Apply the InsForge SQL surface (idempotent). */
export async function bootstrap(url) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    // Serialise concurrent bootstraps of the same database (grants race otherwise).
    await c.query('SELECT pg_advisory_lock(7130713)');
    await c.query(fs.readFileSync(BOOTSTRAP_SQL, 'utf8'));
    await c.query('SELECT pg_advisory_unlock(7130713)');
  } finally {
    await c.end();
  }
}

/** Apply migration files in the given order (each in its own transaction). */
export async function migrate(url, files) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('SELECT pg_advisory_lock(7130714)');
    for (const f of files) {
      const sql = fs.readFileSync(f, 'utf8');
      try {
        await c.query('begin');
        await c.query(sql);
        await c.query('commit');
      } catch (e) {
        await c.query('rollback').catch(() => {});
        throw new Error(`migration ${path.basename(f)} failed: ${e.message}`);
      }
    }
  } finally {
    await c.end();
  }
}
