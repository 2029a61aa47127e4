// A local InsForge-compatible project: PostgreSQL (a throwaway cluster unless $DATABASE_URL),
// the backend, and the functions runtime of either contract, serving function files from
// folders. `insforge-edge dev` (a user's own functions) and this repository's `npm start` (the
// shipped functions and the demo) both run it.
// - secrets live in <stateDir>/secrets.json (generated on first run; the user adds theirs);
// - `defaults` (e.g. localPaymentDefaults) fill what the user's secrets leave unset;
// - the package's migrations run first, then the user's own *.sql, in name order;
// - Ctrl-C stops everything it started.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { generateSecrets, startStack } from '../runtime/stack.mjs';
import { MIGRATIONS_DIR, migrationFiles } from './catalog.mjs';

/** Where local payments go. Mock mode moves no money; set your own address to receive real ones. */
export const LOCAL_PAYMENT_RECIPIENT = '0x000000000000000000000000000000000000dEaD';

/**
 * The local payment defaults `user` (the user's secrets) leaves unset: the paywall answers out
 * of the box, and mock settlement stays on until the user configures a settler (OKX_API_KEY or
 * X402_SETTLER).
 */
export function localPaymentDefaults(user = {}) {
  const out = {};
  const add = (name, value) => {
    if (!(name in user)) out[name] = value;
  };
  add('PAYMENT_RECIPIENT', LOCAL_PAYMENT_RECIPIENT);
  add('X402_PRICE', '10000');
  if (!('OKX_API_KEY' in user) && !('X402_SETTLER' in user)) add('MOCK_OKX_FACILITATOR', 'true');
  return out;
}

/** Fails at once, before anything starts, when `port` is taken. */
async function checkPort(port, hint) {
  const srv = net.createServer();
  const err = await new Promise((resolve) => {
    srv.once('error', resolve);
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(null)));
  });
  if (!err) return;
  throw new UsageError(
    err.code === 'EADDRINUSE'
      ? `Port ${port} is in use (another local project?). Pick another one: ${hint} --port ${port + 1}`
      : `Cannot listen on 127.0.0.1:${port}: ${err.message}. Pick another port: ${hint} --port <N>`,
    1,
  );
}

/** What the user must change to run the command: shown as is, exit `status` (2 = how it was called). */
export class UsageError extends Error {
  constructor(message, status = 2) {
    super(message);
    this.status = status;
  }
}

/** The user's secrets file, created with InsForge's seeded secrets, or completed with any it lacks. */
function loadSecrets(stateDir, shown, progress) {
  const file = path.join(stateDir, 'secrets.json');
  fs.mkdirSync(stateDir, { recursive: true });
  if (!fs.existsSync(file)) {
    const seeded = generateSecrets();
    fs.writeFileSync(file, JSON.stringify(seeded, null, 2) + '\n', { mode: 0o600 });
    progress(`generated ${shown(file)} (add your own secrets there)`);
    return seeded;
  }
  const user = JSON.parse(fs.readFileSync(file, 'utf8'));
  // Seeded secrets an older file lacks are filled in; user-added keys are kept as they are.
  const missing = Object.entries(generateSecrets()).filter(([k]) => !(k in user));
  if (missing.length) {
    Object.assign(user, Object.fromEntries(missing));
    fs.writeFileSync(file, JSON.stringify(user, null, 2) + '\n', { mode: 0o600 });
  }
  return user;
}

const sqlIn = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => path.join(dir, f));
const jsIn = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort();

/**
 * Starts the project and prints how to use it; resolves once it is ready, with {stack, stop}.
 * opts: {contract, port, stateDir, functionDirs: [dir…], migrationsDir?, defaults?, demo?, hint,
 *         shownFrom}
 *   defaults(userSecrets) → the secrets to add for names the user leaves unset (listed on start)
 *   demo(baseUrl, userSecrets, progress) → {secrets, routes, lines(stack)}: the demo's own
 *   hint: the command a user reruns (for messages), shownFrom: paths are shown relative to it.
 */
export async function serveLocal(opts) {
  const started = Date.now();
  const progress = (message) => console.log(`  [${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
  const rel = (p) => (path.relative(opts.shownFrom, p).startsWith('..') ? p : path.relative(opts.shownFrom, p) || '.');
  if (!['self-hosted', 'cloud'].includes(opts.contract)) throw new UsageError(`--contract must be self-hosted or cloud (got ${opts.contract})`);
  if (!Number.isInteger(opts.port) || opts.port < 1 || opts.port > 65535) throw new UsageError(`--port must be a TCP port number (got ${opts.port})`);
  for (const dir of [...opts.functionDirs, ...(opts.migrationsDir ? [opts.migrationsDir] : [])]) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UsageError(`${rel(dir)}: no such directory`);
  }
  await checkPort(opts.port, opts.hint);
  console.log(`Starting a local InsForge-compatible project (${opts.contract} functions contract) ...`);

  const userSecrets = loadSecrets(opts.stateDir, rel, progress);
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  const demo = opts.demo ? await opts.demo(baseUrl, userSecrets, progress) : null;
  const defaults = opts.defaults ? opts.defaults(userSecrets) : {};
  const migrations = [...migrationFiles().map((f) => path.join(MIGRATIONS_DIR, f)), ...(opts.migrationsDir ? sqlIn(opts.migrationsDir) : [])];

  let stack;
  const [first, ...more] = opts.functionDirs;
  try {
    // The first folder loads with the stack (on Cloud: one type-checked revision for all).
    stack = await startStack({
      contract: opts.contract,
      port: opts.port,
      databaseUrl: process.env.DATABASE_URL || undefined,
      secrets: { ...defaults, ...(demo?.secrets ?? {}), ...userSecrets },
      functionsDir: first,
      migrations,
      routes: demo?.routes,
      onProgress: progress,
    });
    for (const dir of more) {
      const files = jsIn(dir);
      progress(`deploying ${files.length} function${files.length === 1 ? '' : 's'} from ${rel(dir)}`);
      for (const f of files) {
        const r = await stack.deploy(f.slice(0, -3), fs.readFileSync(path.join(dir, f), 'utf8'));
        if (!r.success) throw new Error(`deploying ${f} failed:\n${(r.deployment?.buildLogs ?? []).join('\n')}`);
      }
    }
  } catch (e) {
    await stack?.stop();
    throw e;
  }
  const slugs = new Set(opts.functionDirs.flatMap((dir) => jsIn(dir).map((f) => f.slice(0, -3))));

  const secretsFile = rel(path.join(opts.stateDir, 'secrets.json'));
  const defaultLines = Object.keys(defaults).length
    ? [
        `  Defaults (${secretsFile} does not set them; set a name there to replace it):`,
        ...Object.entries(defaults).map(([k, v]) => `    ${k}=${v}`),
        ...('MOCK_OKX_FACILITATOR' in defaults ? ['  Payments: mock settlement, nothing is charged (signatures are still verified)'] : []),
      ]
    : [];
  console.log(`
InsForge-compatible local project (${opts.contract} functions contract), ready in ${((Date.now() - started) / 1000).toFixed(1)} s
  Base URL   ${stack.baseUrl}
  Anon key   ${stack.secrets.ANON_KEY}
  API key    ${stack.secrets.API_KEY}
  Database   ${process.env.DATABASE_URL ? 'DATABASE_URL' : stack.databaseUrl + ' (throwaway)'}, ${migrations.length} migrations applied
  Functions  ${slugs.size ? [...slugs].join(', ') : '(none)'}
  Secrets    ${secretsFile}
${[...defaultLines, ...(demo ? demo.lines(stack) : [])].join('\n')}

Invoke:  curl -X POST ${stack.baseUrl}/functions/<slug> -H 'Content-Type: application/json' -d '{}'
SDK:     createClient({ baseUrl: '${stack.baseUrl}', anonKey: '<anon key>' }).functions.invoke('<slug>', { body })
Deploy:  POST ${stack.baseUrl}/api/functions {slug, name, code} with 'Authorization: Bearer <API key>'
Ctrl-C to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping ...');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { stack, stop };
}
