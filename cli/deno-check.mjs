// The Cloud deploy gate: wrap a bundle exactly as InsForge Cloud does and run the same
// `deno check --no-lock` with the same deno.json, on the current Deno.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOUD_DENO_JSON, wrapForCloud } from '../runtime/cloud-wrap.mjs';
import { NODE_MODULES, denoBinary } from '../runtime/proc.mjs';

/** Throws with deno's diagnostics when any bundle fails the check. */
export function denoCheck(bundles) {
  const dir = mkdtempSync(join(tmpdir(), 'insforge-check-'));
  try {
    writeFileSync(join(dir, 'deno.json'), CLOUD_DENO_JSON);
    // npm:@insforge/sdk resolves from the installed packages: no network.
    symlinkSync(NODE_MODULES, join(dir, 'node_modules'));
    mkdirSync(join(dir, 'functions'));
    const files = bundles.map(({ slug, code }) => {
      const file = join('functions', `${slug}.ts`);
      writeFileSync(join(dir, file), wrapForCloud(code, slug));
      return file;
    });
    const r = spawnSync(denoBinary('current'), ['check', '--no-lock', ...files], {
      cwd: dir,
      env: { ...process.env, DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`deno check failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
