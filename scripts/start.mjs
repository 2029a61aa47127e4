#!/usr/bin/env node
// `npm start`: a local InsForge-compatible project on http://127.0.0.1:7130 (or $PORT).
//   node scripts/start.mjs [--contract self-hosted|cloud] [--port N] [--functions <dir>]
//                          [--no-demo] [--state-dir <dir>]
// - installs node_modules with `npm ci` when missing (Deno binaries come from npm);
// - uses $DATABASE_URL if set, else a throwaway PostgreSQL 15 cluster (removed on exit);
// - keeps secrets in .insforge-local/secrets.json (or <state-dir>/secrets.json; generated on
//   first run; add your secrets there, e.g. WORKOS_CLIENT_ID, and restart);
// - applies migrations/*.sql, deploys every functions/dist/*.js, then every <dir>/*.js of
//   --functions (e.g. `--functions build`, where `npm run bundle` writes);
// - the same local project as `insforge-edge dev` (cli/dev.mjs), with this repository's
//   functions and the demo;
// - demo mode (unless --no-demo): demo secrets for the names secrets.json does not set
//   (demo/server.mjs: a demo payee, mock settlement, a stand-in identity provider trusted by
//   oidc-bridge, the demo page's hosts as wallet-bridge's SIWE_DOMAIN) and the demo page at
//   <base URL>/demo/;
// - Ctrl-C stops everything it started.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}

if (!fs.existsSync(path.join(ROOT, 'node_modules', 'pg'))) {
  console.log('node_modules missing: running npm ci ...');
  execFileSync('npm', ['ci'], { cwd: ROOT, stdio: 'inherit' });
}

// Imported after npm ci so `pg` & co. resolve on a fresh clone.
const { UsageError, serveLocal } = await import('../cli/dev.mjs');

/** The demo page and its secrets (demo/server.mjs), built once the base URL is known. */
async function demo(baseUrl, userSecrets, progress) {
  const mod = await import('../demo/server.mjs');
  const secrets = mod.demoSecrets(baseUrl, userSecrets);
  let site = null;
  const routes = (req, res, url) => site?.routes(req, res, url) ?? false;
  progress('bundling the demo page (the @insforge/sdk for the browser)');
  site = mod.createDemo({ baseUrl, anonKey: userSecrets.ANON_KEY, secrets: { ...secrets, ...userSecrets } });
  const lines = (stack) => [
    '',
    `Demo:    ${site.url}   <- open it: sign in, todos with RLS, a paid call`,
    `  Demo secrets (${shownSecrets} does not set them; set a name there to replace it):`,
    ...(Object.keys(secrets).length ? Object.entries(secrets).map(([k, v]) => `    ${k}=${v}`) : ['    (none: yours are all set)']),
    ...(site.signIn ? [] : ['  Demo sign-in off: oidc-bridge trusts your own OIDC_* secrets.']),
    ...(site.walletSignIn ? [] : [`  Demo wallet sign-in off: your SIWE_DOMAIN does not list ${new URL(baseUrl).host}.`]),
    `  Paywall: ${stack.baseUrl}/functions/x402-paywall (${site.mock ? 'mock mode: nothing is charged' : 'real settlement'})`,
    '  No demo: npm start -- --no-demo',
  ];
  return { secrets, routes, lines };
}

const stateDir = path.resolve(arg('state-dir', path.join(ROOT, '.insforge-local')));
const shownSecrets = path.relative(ROOT, path.join(stateDir, 'secrets.json')).startsWith('..') ? path.join(stateDir, 'secrets.json') : path.relative(ROOT, path.join(stateDir, 'secrets.json'));
const distDir = path.join(ROOT, 'functions', 'dist');
try {
  await serveLocal({
    contract: arg('contract', 'self-hosted'),
    port: Number(arg('port', process.env.PORT || 7130)),
    stateDir,
    functionDirs: [distDir, ...(arg('functions') ? [path.resolve(arg('functions'))] : [])],
    demo: process.argv.includes('--no-demo') ? null : demo,
    hint: 'npm start --',
    shownFrom: ROOT,
  });
} catch (e) {
  console.error(e instanceof UsageError ? e.message : `\nCould not start the local stack: ${e.message}`);
  process.exit(e instanceof UsageError ? e.status : 1);
}
