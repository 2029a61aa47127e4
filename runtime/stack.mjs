// One local InsForge-compatible project: Postgres (own throwaway cluster unless a
// databaseUrl is given) + the backend HTTP server + one functions runtime reproducing
// either the self-hosted contract (Deno 2.0.6, fresh worker per request) or the Cloud
// contract (current Deno, one long-lived router process). Several stacks can run side
// by side in one process: every port, directory and child process is per stack.

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startPostgres, bootstrap, migrate, freePort } from './postgres.mjs';
import { createBackend } from './backend.mjs';
import { startSelfHosted } from './selfhosted-runtime.mjs';
import { startCloud } from './cloud-runtime.mjs';
import { AppError } from './auth.mjs';
import { LogBuffer, ROOT, hookSignals, reaper } from './proc.mjs';

const SLUG_RE = /^[a-zA-Z0-9_-]+$/;

export function defaultMigrations() {
  const dir = path.join(ROOT, 'migrations');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The secrets InsForge seeds in system.secrets (secret.service.ts), freshly random. */
export function generateSecrets() {
  const hex = (n) => crypto.randomBytes(n).toString('hex');
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return {
    JWT_SECRET: hex(32),
    ANON_KEY: `anon_${hex(24)}`,
    API_KEY: `ik_${hex(24)}`,
    JWT_PRIVATE_KEY: privateKey,
    JWT_PUBLIC_KEY: publicKey,
    JWT_KEY_ID: `kid_${hex(16)}`,
  };
}

/**
 * startStack({contract, databaseUrl?, secrets?, functionsDir?, migrations?, port?,
 *             timeoutMs?, typeCheck?, routes?, onProgress?}) -> {baseUrl, functionsUrl,
 *             contract, secrets, setSecrets, deploy, query, logs, stop}
 * routes: extra (req, res, url) → handled, tried after InsForge's own routes.
 * onProgress(message): called as each start-up phase begins.
 */
export async function startStack(opts = {}) {
  const contract = opts.contract ?? 'self-hosted';
  if (contract !== 'self-hosted' && contract !== 'cloud') throw new Error(`unknown contract ${contract}`);
  hookSignals();
  const log = new LogBuffer();
  const progress = opts.onProgress ?? (() => {});
  const cleanups = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `insforge-stack-${contract}-`));
  // Runs on stop(), or at process exit if stop() was never called (after proc.mjs has
  // killed the Deno groups and postgres.mjs the cluster: listeners run in order).
  const rmTmp = () => fs.rmSync(tmp, { recursive: true, force: true });
  process.once('exit', rmTmp);
  reaper({ op: 'dir', path: tmp });
  cleanups.push(() => {
    process.removeListener('exit', rmTmp);
    reaper({ op: 'undir', path: tmp });
    rmTmp();
  });
  const stop = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (e) {
        log.push(`[stack] cleanup: ${e.message}\n`);
      }
    }
  };

  try {
    let databaseUrl = opts.databaseUrl;
    if (!databaseUrl) {
      progress('starting PostgreSQL (a throwaway cluster)');
      const pgc = await startPostgres();
      cleanups.push(() => pgc.stop());
      databaseUrl = pgc.url;
    }
    const migrations = opts.migrations ?? defaultMigrations();
    progress(`applying ${migrations.length} migration${migrations.length === 1 ? '' : 's'}`);
    await bootstrap(databaseUrl);
    await migrate(databaseUrl, migrations);
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    pool.on('error', (e) => log.push(`[pg] ${e.message}\n`));
    cleanups.push(() => pool.end());

    const port = opts.port ?? (await freePort());
    const baseUrl = `http://127.0.0.1:${port}`;
    // INSFORGE_BASE_URL: functions reach this backend over loopback.
    const secrets = {
      ...generateSecrets(),
      INSFORGE_BASE_URL: baseUrl,
      // Self-hosted InsForge also seeds the backend's in-network URL.
      ...(contract === 'self-hosted' ? { INSFORGE_INTERNAL_URL: baseUrl } : {}),
      ...(opts.secrets ?? {}),
    };
    const getSecrets = () => secrets;

    // functions.definitions, in memory (the runtime gets its own copy).
    const defs = new Map();
    let runtime;
    const activeDefs = () => [...defs.values()].filter((d) => d.status === 'active');
    let deferred = false; // while loading functionsDir on Cloud: one revision for all
    const publish = async (def, removed = false) => {
      if (deferred) return null;
      if (contract === 'self-hosted') {
        if (removed) runtime.removeFunction(def.slug);
        else runtime.putFunction(def);
        return null;
      }
      return runtime.deploy(activeDefs(), { ...secrets });
    };

    const functions = {
      list: () => ({
        functions: [...defs.values()],
        runtime: { status: 'running' },
        deploymentUrl: contract === 'cloud' ? runtime.url : null,
      }),
      get: (slug) => defs.get(slug) ?? null,
      async create(data) {
        const slug = data.slug || data.name.toLowerCase().replace(/\s+/g, '-');
        if (slug.toLowerCase() === 'health') {
          throw new AppError(
            'Reserved slug - "health" is used by the functions runtime and cannot be used as a function slug',
            400,
            'FUNCTION_SLUG_RESERVED',
          );
        }
        if (!SLUG_RE.test(slug)) throw new AppError(`Invalid function slug: "${slug}"`, 400, 'INVALID_INPUT');
        validateCode(data.code);
        const status = data.status ?? 'active';
        if (status === 'active' && runtime.check) await runtime.check(data.code, slug);
        if (defs.has(slug)) throw new AppError('Function with this slug already exists', 409, 'FUNCTION_ALREADY_EXISTS');
        const now = new Date().toISOString();
        const def = {
          id: crypto.randomUUID(),
          slug,
          name: data.name,
          description: data.description ?? null,
          code: data.code,
          status,
          createdAt: now,
          updatedAt: now,
          deployedAt: status === 'active' ? now : null,
        };
        defs.set(slug, def);
        const deployment = status === 'active' ? await publish(def) : null;
        return { function: def, deployment };
      },
      async update(slug, data) {
        const def = defs.get(slug);
        if (!def) return null;
        if (data.code !== undefined) {
          validateCode(data.code);
          if ((data.status ?? def.status) === 'active' && runtime.check) await runtime.check(data.code, slug);
        }
        for (const k of ['name', 'description', 'code', 'status']) if (data[k] !== undefined) def[k] = data[k];
        def.updatedAt = new Date().toISOString();
        if (def.status === 'active') def.deployedAt = def.updatedAt;
        const deployment = await publish(def, def.status !== 'active');
        return { function: def, deployment };
      },
      async remove(slug) {
        const def = defs.get(slug);
        if (!def) return false;
        defs.delete(slug);
        await publish(def, true);
        return true;
      },
      runtimeUrl: () => runtime.url,
    };

    progress(contract === 'self-hosted' ? 'starting the self-hosted functions runtime (Deno 2.0.6)' : 'starting the Cloud functions runtime (current Deno)');
    if (contract === 'self-hosted') {
      runtime = await startSelfHosted({ stateDir: path.join(tmp, 'state'), timeoutMs: opts.timeoutMs, log, secrets });
    } else {
      // Cloud type-checks every deploy like InsForge Cloud (opt out with typeCheck:false).
      runtime = await startCloud({ baseDir: path.join(tmp, 'cloud'), log, secrets: { ...secrets }, typeCheck: opts.typeCheck ?? true });
    }
    cleanups.push(() => runtime.stop());

    const server = createBackend({ pool, getSecrets, functions, log, routes: opts.routes });
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    cleanups.push(
      () =>
        new Promise((resolve) => {
          server.close(resolve);
          server.closeAllConnections?.();
        }),
    );

    const deploy = async (slug, code, extra = {}) => {
      const existing = defs.get(slug);
      const r = existing
        ? await functions.update(slug, { code, ...extra })
        : await functions.create({ slug, name: extra.name ?? slug, code, ...extra });
      return { success: !r.deployment || r.deployment.status === 'success', function: r.function, deployment: r.deployment };
    };

    if (opts.functionsDir) {
      deferred = contract === 'cloud';
      const files = fs.readdirSync(opts.functionsDir).filter((x) => x.endsWith('.js')).sort();
      progress(
        contract === 'cloud'
          ? `deploying ${files.length} functions; each is type-checked as InsForge Cloud does (deno check, a few seconds each)`
          : `deploying ${files.length} functions`,
      );
      for (const [i, f] of files.entries()) {
        if (contract === 'cloud') progress(`  ${i + 1}/${files.length} ${f.slice(0, -3)}: type check`);
        const r = await deploy(f.slice(0, -3), fs.readFileSync(path.join(opts.functionsDir, f), 'utf8'));
        if (!r.success) throw new Error(`deploying ${f} failed:\n${(r.deployment?.buildLogs ?? []).join('\n')}`);
      }
      if (deferred) {
        deferred = false;
        progress('starting the Cloud router with every function');
        const d = await runtime.deploy(activeDefs(), { ...secrets });
        if (d.status !== 'success') throw new Error(`deploying ${opts.functionsDir} failed:\n${d.buildLogs.join('\n')}`);
      }
    }

    return {
      baseUrl,
      get functionsUrl() {
        return runtime.url;
      },
      contract,
      secrets,
      databaseUrl,
      /** Merge secrets. Self-hosted: next request sees them; Cloud: new revision. */
      async setSecrets(partial) {
        Object.assign(secrets, partial);
        for (const [k, v] of Object.entries(partial)) if (v === undefined || v === null) delete secrets[k];
        if (contract === 'self-hosted') runtime.setSecrets(secrets);
        else {
          const d = await runtime.deploy(activeDefs(), { ...secrets });
          if (d.status !== 'success') throw new Error(`redeploy after secret change failed:\n${d.buildLogs.join('\n')}`);
        }
      },
      deploy,
      async query(sql, params) {
        return pool.query(sql, params);
      },
      logs: () => log.text,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** function.service.ts validateCode(): the only pre-deploy content rule on both contracts. */
function validateCode(code) {
  if (/Deno\.serve\s*\(/.test(code)) {
    throw new AppError(
      'Function source cannot contain Deno.serve(). Use "export default async function(req: Request)" instead; the router handles serving automatically.',
      400,
      'INVALID_INPUT',
    );
  }
}
