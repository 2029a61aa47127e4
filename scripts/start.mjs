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
// - demo mode (unless --no-demo): demo secrets for the names secrets.json does not set
//   (demo/server.mjs: a demo payee, mock settlement, a stand-in identity provider trusted by
//   oidc-bridge) and the demo page at <base URL>/demo/;
// - Ctrl-C stops everything it started.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}
const progress = (message) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);

/** Fails at once, before anything starts, when `port` is taken. */
async function checkPort(port) {
  const srv = net.createServer();
  const err = await new Promise((resolve) => {
    srv.once('error', resolve);
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(null)));
  });
  if (!err) return;
  console.error(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is in use (another \`npm start\`?). Pick another one: npm start -- --port ${port + 1}`
      : `Cannot listen on 127.0.0.1:${port}: ${err.message}. Pick another port: npm start -- --port <N>`,
  );
  process.exit(1);
}

if (!fs.existsSync(path.join(ROOT, 'node_modules', 'pg'))) {
  console.log('node_modules missing: running npm ci ...');
  execFileSync('npm', ['ci'], { cwd: ROOT, stdio: 'inherit' });
}

const contract = arg('contract', 'self-hosted');
if (!['self-hosted', 'cloud'].includes(contract)) {
  console.error(`--contract must be self-hosted or cloud (got ${contract})`);
  process.exit(2);
}
const port = Number(arg('port', process.env.PORT || 7130));
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a TCP port number (got ${arg('port', process.env.PORT)})`);
  process.exit(2);
}
const demo = !process.argv.includes('--no-demo');
const extraDir = arg('functions') ? path.resolve(arg('functions')) : null;
if (extraDir && !fs.existsSync(extraDir)) {
  console.error(`--functions ${extraDir}: no such directory (npm run bundle writes to build/)`);
  process.exit(2);
}
await checkPort(port);
console.log(`Starting a local InsForge-compatible project (${contract} functions contract) ...`);

// Imported after npm ci so `pg` & co. resolve on a fresh clone.
const { startStack, generateSecrets } = await import('../runtime/stack.mjs');

const stateDir = path.resolve(arg('state-dir', path.join(ROOT, '.insforge-local')));
const secretsFile = path.join(stateDir, 'secrets.json');
const shownSecretsFile = path.relative(ROOT, secretsFile).startsWith('..') ? secretsFile : path.relative(ROOT, secretsFile);
fs.mkdirSync(stateDir, { recursive: true });
let userSecrets;
if (fs.existsSync(secretsFile)) {
  userSecrets = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
  // Fill in seeded secrets an older file lacks (user-added keys are kept as they are).
  const missing = Object.entries(generateSecrets()).filter(([k]) => !(k in userSecrets));
  if (missing.length) {
    Object.assign(userSecrets, Object.fromEntries(missing));
    fs.writeFileSync(secretsFile, JSON.stringify(userSecrets, null, 2) + '\n', { mode: 0o600 });
  }
} else {
  userSecrets = generateSecrets();
  fs.writeFileSync(secretsFile, JSON.stringify(userSecrets, null, 2) + '\n', { mode: 0o600 });
  progress(`generated ${shownSecretsFile} (add your own secrets there)`);
}

const baseUrl = `http://127.0.0.1:${port}`;
let demoSite = null;
let demoSecrets = {};
let routes;
if (demo) {
  const mod = await import('../demo/server.mjs');
  demoSecrets = mod.demoSecrets(baseUrl, userSecrets);
  routes = (req, res, url) => demoSite?.routes(req, res, url) ?? false;
  progress('bundling the demo page (the @insforge/sdk for the browser)');
  demoSite = mod.createDemo({ baseUrl, anonKey: userSecrets.ANON_KEY, secrets: { ...demoSecrets, ...userSecrets } });
}

const distDir = path.join(ROOT, 'functions', 'dist');
let stack;
try {
  stack = await startStack({
    contract,
    port,
    databaseUrl: process.env.DATABASE_URL || undefined,
    secrets: { ...demoSecrets, ...userSecrets },
    functionsDir: fs.existsSync(distDir) ? distDir : undefined,
    routes,
    onProgress: progress,
  });
  if (extraDir) {
    const files = fs.readdirSync(extraDir).filter((f) => f.endsWith('.js')).sort();
    progress(`deploying ${files.length} function${files.length === 1 ? '' : 's'} from ${path.relative(ROOT, extraDir) || extraDir}`);
    for (const f of files) {
      const r = await stack.deploy(f.slice(0, -3), fs.readFileSync(path.join(extraDir, f), 'utf8'));
      if (!r.success) throw new Error(`deploying ${f} failed:\n${(r.deployment?.buildLogs ?? []).join('\n')}`);
    }
  }
} catch (e) {
  console.error(`\nCould not start the local stack: ${e.message}`);
  await stack?.stop();
  process.exit(1);
}

const slugsIn = (dir) => (dir && fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)) : []);
const deployed = [...new Set([...slugsIn(distDir), ...slugsIn(extraDir)])];
const demoLines = demo
  ? [
      '',
      `Demo:    ${demoSite.url}   <- open it: sign in, todos with RLS, a paid call`,
      `  Demo secrets (${shownSecretsFile} does not set them; set a name there to replace it):`,
      ...(Object.keys(demoSecrets).length ? Object.entries(demoSecrets).map(([k, v]) => `    ${k}=${v}`) : ['    (none: yours are all set)']),
      ...(demoSite.signIn ? [] : ['  Demo sign-in off: oidc-bridge trusts your own OIDC_* secrets.']),
      `  Paywall: ${stack.baseUrl}/functions/x402-paywall (${demoSite.mock ? 'mock mode: nothing is charged' : 'real settlement'})`,
      '  No demo: npm start -- --no-demo',
    ]
  : [];
console.log(`
InsForge-compatible local project (${contract} functions contract), ready in ${((Date.now() - started) / 1000).toFixed(1)} s
  Base URL   ${stack.baseUrl}
  Anon key   ${stack.secrets.ANON_KEY}
  API key    ${stack.secrets.API_KEY}
  Database   ${process.env.DATABASE_URL ? 'DATABASE_URL' : stack.databaseUrl + ' (throwaway)'}, migrations applied
  Functions  ${deployed.length ? deployed.join(', ') : '(none: run `npm run build` to produce functions/dist/*.js)'}
  Secrets    ${shownSecretsFile}
${demoLines.join('\n')}

Invoke:  curl -X POST ${stack.baseUrl}/functions/<slug> -H 'Content-Type: application/json' -d '{}'
SDK:     createClient({ baseUrl: '${stack.baseUrl}', anonKey: '<anon key>' }).functions.invoke('<slug>', { body })
Deploy:  POST ${stack.baseUrl}/api/functions {slug, name, code} with 'Authorization: Bearer <API key>'
Ctrl-C to stop.`);

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping ...');
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
