// Runs runtime/selfhosted/server.ts (our InsForge functions/server.ts) on Deno 2.0.6 and
// feeds it through a state directory it re-reads on every request (code + secrets), so
// deploys and secret changes need no restart -- as on a self-hosted InsForge.
//
// Crash policy: InsForge's server.ts never preventDefault()s a worker's error event, so a
// function that throws outside its request promise (a stray setTimeout throw, an
// unhandled rejection after responding) takes the whole Deno host down (InsForge runs it
// under `deno run --watch`, which then waits for a file change). Locally we keep that
// crash visible in the logs but restart the host at once so one bad function does not
// stall a whole test run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './postgres.mjs';
import { denoBinary, netFlag, spawnGroup, waitHttp, writeAtomic, NODE_MODULES, ROOT } from './proc.mjs';

const HOST_FILES = ['server.ts', 'worker-template.js'];

/**
 * The host's own folder in the state directory: Deno refuses to run TypeScript from inside
 * node_modules (where an installed package lives), and resolves `npm:` imports from the
 * node_modules beside it (a link to the one holding @insforge/sdk).
 */
function hostDir(stateDir) {
  const dir = path.join(stateDir, 'host');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of HOST_FILES) fs.copyFileSync(path.join(ROOT, 'runtime', 'selfhosted', f), path.join(dir, f));
  fs.rmSync(path.join(dir, 'node_modules'), { force: true });
  fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'));
  return dir;
}

export async function startSelfHosted({ stateDir, timeoutMs = 60000, log, secrets = {} }) {
  const deno = denoBinary('2.0.6');
  fs.mkdirSync(path.join(stateDir, 'functions'), { recursive: true });
  const host = hostDir(stateDir);
  writeAtomic(path.join(stateDir, 'secrets.json'), JSON.stringify(secrets));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  let stopping = false;

  const launch = async () => {
    const env = {
      PORT: String(port),
      HOST: '127.0.0.1',
      WORKER_TIMEOUT_MS: String(timeoutMs),
      STATE_DIR: stateDir,
      DENO_DIR: path.join(os.tmpdir(), 'insforge-local-deno-2.0.6'),
      NO_COLOR: '1',
      PATH: process.env.PATH || '/usr/bin:/bin',
    };
    const args = [
      'run',
      '--no-lock',
      '--node-modules-dir=manual', // npm:@insforge/sdk from the linked node_modules
      '--unstable-worker-options',
      netFlag(),
      '--allow-env',
      `--allow-read=${stateDir}`,
      path.join(host, 'server.ts'),
    ];
    child = spawnGroup(deno, args, { env, cwd: host, log, tag: 'self-hosted' });
    const me = child;
    me.exited.then(({ code, signal }) => {
      if (stopping || me !== child) return;
      log.push(`[self-hosted] runtime exited (code ${code}, signal ${signal}); restarting it\n`);
      launch().catch((e) => log.push(`[self-hosted] restart failed: ${e.message}\n`));
    });
    if (!(await waitHttp(`${url}/health`, me))) {
      throw new Error(`self-hosted functions runtime did not start:\n${log.text.slice(-4000)}`);
    }
  };
  await launch();

  return {
    url,
    /** Same row InsForge keeps in functions.definitions (only code + status matter here). */
    putFunction(def) {
      writeAtomic(path.join(stateDir, 'functions', `${def.slug}.json`), JSON.stringify({ code: def.code, status: def.status }));
      return null; // local mode: InsForge returns no deployment record
    },
    removeFunction(slug) {
      fs.rmSync(path.join(stateDir, 'functions', `${slug}.json`), { force: true });
    },
    setSecrets(all) {
      writeAtomic(path.join(stateDir, 'secrets.json'), JSON.stringify(all));
    },
    async stop() {
      stopping = true;
      await child?.stopGroup();
    },
  };
}
