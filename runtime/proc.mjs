// Child-process plumbing shared by both functions runtimes: every Deno process runs in
// its own process group (detached) so stop() can kill it with everything it spawned,
// its output is kept for stack.logs(), and a process-exit hook kills whatever is left
// so a crashed test run never leaves orphans behind.

import { spawn, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The node_modules folder holding the Deno binaries and @insforge/sdk: this repository's own,
 * or, where insforge-edge is installed as a package, the one of the project it is installed in
 * (npm hoists its dependencies next to it).
 */
function findNodeModules() {
  const own = path.join(ROOT, 'node_modules');
  if (fs.existsSync(path.join(own, 'deno', 'package.json'))) return own;
  for (let dir = path.dirname(ROOT); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === 'node_modules' && fs.existsSync(path.join(dir, 'deno', 'package.json'))) return dir;
  }
  return own;
}
export const NODE_MODULES = findNodeModules();

/**
 * Deno's network permission for the functions. With INSFORGE_EDGE_NET=loopback (set by
 * `npm test`) they reach only this machine: a test can never send traffic to a public host
 * (a chain's public JSON-RPC endpoint, a provider), whatever a function's defaults name.
 */
export function netFlag() {
  return process.env.INSFORGE_EDGE_NET === 'loopback' ? '--allow-net=127.0.0.1,localhost' : '--allow-net';
}

/** Deno 2.0.6 = InsForge's self-hosted image pin; current Deno = Cloud (Deploy). */
export function denoBinary(which) {
  const p =
    which === '2.0.6' ? path.join(NODE_MODULES, 'deno-2.0.6', 'deno') : path.join(NODE_MODULES, '.bin', 'deno');
  if (!fs.existsSync(p)) {
    throw new Error(
      `Deno ${which} binary not found at ${p}. Run \`npm install\` in ${path.dirname(NODE_MODULES)} ` +
        '(deno-2.0.6 is an optionalDependency: it needs linux-x64-glibc).',
    );
  }
  return p;
}

let reaperProc = null;
/** Tell the watchdog (runtime/reaper.mjs) what to clean up if we die without doing it. */
export function reaper(msg) {
  if (!reaperProc) {
    reaperProc = fork(fileURLToPath(new URL('./reaper.mjs', import.meta.url)), [], {
      detached: true, // survives our process group being signalled, to clean up after us
      execArgv: [], // not the parent's (-e scripts, --test flags would run again)
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    reaperProc.on('error', () => {}); // a dead watchdog must not take us down
    reaperProc.unref();
    reaperProc.channel?.unref();
  }
  try {
    reaperProc.send(msg);
  } catch {}
}

const live = new Set();
process.once('exit', () => {
  for (const child of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {}
  }
});

// A signal normally kills Node without running 'exit' hooks (ours kill the Deno groups
// and the throwaway Postgres). When nobody else handles the signal, turn it into an
// exit so they run; when the application handles it (scripts/start.mjs stops the stack
// gracefully), stay out of the way.
let signalsHooked = false;
export function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    const handler = () => {
      if (process.listenerCount(sig) > 1) return;
      process.exit(code);
    };
    process.on(sig, handler);
  }
}

export class LogBuffer {
  constructor(limit = 2_000_000) {
    this.text = '';
    this.limit = limit;
  }
  push(s) {
    this.text += s;
    if (this.text.length > this.limit) this.text = this.text.slice(-this.limit);
  }
}

/** Spawn `cmd args` in a new process group; output appended to `log` with a prefix. */
export function spawnGroup(cmd, args, { env, cwd, log, tag }) {
  const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  reaper({ op: 'group', pid: child.pid });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  exited.then(() => {
    live.delete(child);
    reaper({ op: 'ungroup', pid: child.pid });
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (d) => log.push(tag ? d.replace(/^(?=.)/gm, `[${tag}] `) : d));
  }
  child.exited = exited;
  child.stopGroup = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 2000);
    await exited;
    clearTimeout(t);
  };
  return child;
}

/** Poll `url` until it answers 200 (or the child dies / time runs out). */
export async function waitHttp(url, child, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  child.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) return false;
    try {
      const r = await fetch(url);
      await r.arrayBuffer();
      if (r.ok) return true;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

export function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}
