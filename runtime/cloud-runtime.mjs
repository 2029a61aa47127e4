// InsForge Cloud's functions runtime, locally: every deploy (and every secret change)
// builds a new "revision" directory -- functions/<slug>.ts wrapped by wrapForCloud(),
// runtime/cloud/router.ts, a generated main.ts importing each function once -- and
// boots it on current Deno as ONE long-lived process, like a Deno Deploy revision
// (deno-subhosting.provider.ts deployFunctions()). Secrets are the process's real
// environment, which holds nothing else but DENO_DIR. The previous revision keeps
// serving until the new one answers /health; a revision that fails to boot is reported
// as a failed deployment and the old one stays live.
//
// Optional pre-deploy `deno check` (InsForge's checkCode): rejects the deploy with 400
// when the wrapped code does not type-check.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { wrapForCloud } from './cloud-wrap.mjs';
import { freePort } from './postgres.mjs';
import { denoBinary, netFlag, spawnGroup, waitHttp, ROOT, NODE_MODULES } from './proc.mjs';
import { AppError } from './auth.mjs';

const ROUTER = path.join(ROOT, 'runtime', 'cloud', 'router.ts');
const DENO_DIR = path.join(os.tmpdir(), 'insforge-local-deno-current');
const execFileP = promisify(execFile);

// Resolution from the repo's node_modules instead of CLOUD_DENO_JSON's
// "nodeModulesDir":"auto" (which would install from the registry); same packages.
const REV_DENO_JSON = '{"nodeModulesDir":"manual","compilerOptions":{"noImplicitAny":false}}';

/** sanitizeSlug() of the provider: `_` + slug with `-` -> `_`. */
const ident = (slug) => `_${slug.replace(/-/g, '_')}`;

function writeRevision(dir, functions, port) {
  fs.mkdirSync(path.join(dir, 'functions'), { recursive: true });
  fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'));
  fs.writeFileSync(path.join(dir, 'deno.json'), REV_DENO_JSON);
  fs.writeFileSync(path.join(dir, 'package.json'), '{"private":true}');
  fs.copyFileSync(ROUTER, path.join(dir, 'router.ts'));
  for (const f of functions) fs.writeFileSync(path.join(dir, 'functions', `${f.slug}.ts`), wrapForCloud(f.code, f.slug));
  const main = [
    '// Auto-generated router entry (see runtime/cloud/router.ts)',
    "import { serveRouter } from './router.ts';",
    ...functions.map((f) => `import ${ident(f.slug)} from "./functions/${f.slug}.ts";`),
    '',
    'serveRouter({',
    ...functions.map((f) => `  "${f.slug}": ${ident(f.slug)},`),
    `}, ${port});`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'main.ts'), main);
}

export async function startCloud({ baseDir, log, secrets = {}, functions = [], typeCheck = false }) {
  const deno = denoBinary('current');
  fs.mkdirSync(baseDir, { recursive: true });
  let current = null; // {child, url, dir}
  let rev = 0;
  let chain = Promise.resolve();
  let stopped = false;
  let lastFunctions = functions;
  let lastSecrets = secrets;

  async function boot(fns, env) {
    const dir = path.join(baseDir, `rev-${++rev}`);
    const port = await freePort();
    writeRevision(dir, fns, port);
    const child = spawnGroup(
      deno,
      ['run', '--no-lock', netFlag(), '--allow-env', `--allow-read=${dir},${NODE_MODULES}`, 'main.ts'],
      {
        // A clean environment: the project's secrets and what Deno itself needs.
        env: { ...env, DENO_DIR, NO_COLOR: '1' },
        cwd: dir,
        log,
        tag: `cloud rev-${rev}`,
      },
    );
    const url = `http://127.0.0.1:${port}`;
    const before = log.text.length;
    const ok = await waitHttp(`${url}/health`, child, 60000);
    if (!ok) {
      await child.stopGroup();
      fs.rmSync(dir, { recursive: true, force: true });
      return { ok: false, id: `rev-${rev}`, buildLogs: log.text.slice(before).split('\n').filter(Boolean) };
    }
    return { ok: true, id: `rev-${rev}`, child, url, dir };
  }

  /** Deploy the full function set with the given secrets; resolves to a deployment record. */
  function deploy(fns = lastFunctions, env = lastSecrets) {
    lastFunctions = fns;
    lastSecrets = env;
    const run = chain.then(async () => {
      if (stopped) throw new Error('cloud runtime stopped');
      const next = await boot(fns, env);
      if (!next.ok) return { id: next.id, status: 'failed', url: current?.url ?? null, buildLogs: next.buildLogs };
      const old = current;
      current = next;
      // Deploy restarts a crashed isolate (e.g. an unhandled rejection): boot the same
      // revision again; module state is lost, as it would be there.
      next.child.exited.then(({ code, signal }) => {
        if (stopped || current !== next) return;
        log.push(`[cloud] ${next.id} exited (code ${code}, signal ${signal}); booting a fresh isolate\n`);
        deploy().catch((e) => log.push(`[cloud] restart failed: ${e.message}\n`));
      });
      if (old) {
        await old.child.stopGroup();
        fs.rmSync(old.dir, { recursive: true, force: true });
      }
      return { id: next.id, status: 'success', url: next.url, buildLogs: [] };
    });
    chain = run.catch(() => {});
    return run;
  }

  /** InsForge checkCode(): `deno check` the wrapped source before accepting a deploy. */
  async function check(code, slug) {
    if (!typeCheck) return;
    const dir = fs.mkdtempSync(path.join(baseDir, 'check-'));
    try {
      fs.symlinkSync(NODE_MODULES, path.join(dir, 'node_modules'));
      fs.writeFileSync(path.join(dir, 'deno.json'), REV_DENO_JSON);
      fs.writeFileSync(path.join(dir, 'func.ts'), wrapForCloud(code, slug));
      await execFileP(deno, ['check', '--no-lock', 'func.ts'], {
        cwd: dir,
        timeout: 60000,
        env: { PATH: process.env.PATH, DENO_DIR, NO_COLOR: '1' },
      });
    } catch (e) {
      const out = String(e.stderr || e.stdout || '').trim();
      if (out) throw new AppError(`Function code failed type check:\n${out}`, 400, 'INVALID_INPUT');
      throw e;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  const first = await deploy(functions, secrets);
  if (first.status !== 'success') throw new Error(`cloud functions runtime did not start:\n${first.buildLogs.join('\n')}`);

  return {
    get url() {
      return current?.url;
    },
    deploy,
    check,
    async stop() {
      stopped = true;
      await chain;
      if (current) {
        await current.child.stopGroup();
        fs.rmSync(current.dir, { recursive: true, force: true });
        current = null;
      }
    },
  };
}
