#!/usr/bin/env node
// `npm start`: a local InsForge-compatible project on http://127.0.0.1:7130 (or $PORT).
//   node scripts/start.mjs [--contract self-hosted|cloud] [--port N]
// - installs node_modules with `npm ci` when missing (Deno binaries come from npm);
// - uses $DATABASE_URL if set, else a throwaway PostgreSQL 15 cluster (removed on exit);
// - keeps secrets in .insforge-local/secrets.json (generated on first run; add your
//   bridge secrets there, e.g. WORKOS_CLIENT_ID, and restart);
// - applies migrations/*.sql, deploys every functions/dist/*.js;
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

const contract = arg('contract', 'self-hosted');
if (!['self-hosted', 'cloud'].includes(contract)) {
  console.error(`--contract must be self-hosted or cloud (got ${contract})`);
  process.exit(2);
}
const port = Number(arg('port', process.env.PORT || 7130));

// Imported after npm ci so `pg` & co. resolve on a fresh clone.
const { startStack, generateSecrets } = await import('../runtime/stack.mjs');

const stateDir = path.join(ROOT, '.insforge-local');
const secretsFile = path.join(stateDir, 'secrets.json');
fs.mkdirSync(stateDir, { recursive: true });
let secrets;
if (fs.existsSync(secretsFile)) {
  secrets = JSON.parse(fs.readFileSync(secretsFile, 'utf8'));
  // Fill in seeded secrets an older file lacks (user-added keys are kept as they are).
  const missing = Object.entries(generateSecrets()).filter(([k]) => !(k in secrets));
  if (missing.length) {
    Object.assign(secrets, Object.fromEntries(missing));
    fs.writeFileSync(secretsFile, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
} else {
  secrets = generateSecrets();
  fs.writeFileSync(secretsFile, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  console.log(`Generated ${path.relative(ROOT, secretsFile)} (add your bridge secrets there).`);
}

const distDir = path.join(ROOT, 'functions', 'dist');
let stack;
try {
  stack = await startStack({
    contract,
    port,
    databaseUrl: process.env.DATABASE_URL || undefined,
    secrets,
    functionsDir: fs.existsSync(distDir) ? distDir : undefined,
  });
} catch (e) {
  console.error(`\nCould not start the local stack: ${e.message}`);
  process.exit(1);
}

const deployed = fs.existsSync(distDir) ? fs.readdirSync(distDir).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)) : [];
console.log(`
InsForge-compatible local project (${contract} functions contract)
  Base URL   ${stack.baseUrl}
  Anon key   ${stack.secrets.ANON_KEY}
  API key    ${stack.secrets.API_KEY}
  Database   ${process.env.DATABASE_URL ? 'DATABASE_URL' : stack.databaseUrl + ' (throwaway)'}
  Functions  ${deployed.length ? deployed.join(', ') : '(none: run `npm run build` to produce functions/dist/*.js)'}

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
