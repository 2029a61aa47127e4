// `npm start` as a user runs it: scripts/start.mjs in a child process (its own state directory,
// so the developer's .insforge-local is never touched), read from its output.
//
//   spawnStart(args, {stateDir, timeoutMs}) → {child, output(), ready, exited, stop()}
//   ready resolves with {baseUrl, databaseUrl, demoUrl} once "Ctrl-C to stop." is printed;
//   exited resolves with {code, signal, output} when the process ends.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../runtime/postgres.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

export { freePort };

export function spawnStart(args, { stateDir, timeoutMs = 180_000, env = {} } = {}) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs'), ...(stateDir ? ['--state-dir', stateDir] : []), ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const lines = [];
  const onData = (d) => {
    const now = Date.now();
    text += d;
    for (const l of String(d).split('\n')) if (l) lines.push({ at: now, line: l });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal, output: text })));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start not ready after ${timeoutMs} ms:\n${text}`)), timeoutMs);
    const check = () => {
      if (!text.includes('Ctrl-C to stop.')) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve({
        baseUrl: text.match(/Base URL\s+(\S+)/)[1],
        databaseUrl: text.match(/Database\s+(postgres:\S+)/)?.[1] ?? null,
        demoUrl: text.match(/Demo:\s+(\S+)/)?.[1] ?? null,
      });
    };
    child.stdout.on('data', check);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${text}`));
    });
  });
  ready.catch(() => {});
  return {
    child,
    output: () => text,
    lines: () => lines,
    ready,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
