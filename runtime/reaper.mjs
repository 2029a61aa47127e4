// Watchdog process: forked once per Node process that starts stacks. It learns, over
// IPC, which Deno process groups, Postgres clusters and temp dirs are alive; when its
// parent disappears without cleaning up (SIGKILL, a runner killing a test file, a
// native crash), the IPC channel closes and it cleans up in the parent's place, so
// nothing is ever orphaned. Normal stop() paths tell it to forget what they removed.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const groups = new Set();
const clusters = new Map(); // data dir -> {cmd, argv}
const dirs = new Set();

process.on('message', (m) => {
  if (m.op === 'group') groups.add(m.pid);
  else if (m.op === 'ungroup') groups.delete(m.pid);
  else if (m.op === 'pg') clusters.set(m.data, m.stop);
  else if (m.op === 'unpg') clusters.delete(m.data);
  else if (m.op === 'dir') dirs.add(m.path);
  else if (m.op === 'undir') dirs.delete(m.path);
});

// The parent handles signals itself; we only act when it is gone.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {});

process.on('disconnect', () => {
  for (const pid of groups) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  }
  for (const [, stop] of clusters) {
    try {
      execFileSync(stop.cmd, stop.argv, { stdio: 'ignore', timeout: 20000 });
    } catch {}
  }
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  process.exit(0);
});
