#!/usr/bin/env node
// `npx insforge-edge <command>`: the package's command line, run from the user's own project.
//   paywall <handler.js> --slug <slug> [--out <file>]   your handler behind the x402 paywall
//   functions [<slug>…] [--out <dir>]                   write out the shipped functions
//   migrations [--for <feature>…] [--out <dir>] [--list] the SQL, in order (printed by default)
//   dev [--functions <dir>] [--migrations <dir>] [--contract …] [--port N] [--no-defaults]
//                                                       the local InsForge-compatible project
//   version
// Everything it writes goes under the current directory unless told otherwise; it never needs
// Rust: the WebAssembly, the bundles and the migrations are the ones this version ships.

import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../runtime/proc.mjs';
import { packageVersion } from './bundle.mjs';
import { FEATURES, FUNCTIONS, MIGRATIONS_DIR, PAYWALL, deployLines, migrationFiles, migrationsFor, shippedFunctions } from './catalog.mjs';
import { UsageError } from './dev.mjs';

const HELP = `insforge-edge ${packageVersion(ROOT)}: InsForge edge functions in Rust/WebAssembly (auth bridges, x402 payments)

Usage: npx insforge-edge <command> [options]

  paywall <handler.js> --slug <slug> [--out <file>]
      Bundle your handler (an ES module with a default export, or a classic script setting
      module.exports) behind the x402 paywall into one deployable file (default build/<slug>.js),
      and print the InsForge CLI lines that deploy it and add its secrets.
  functions [<slug>...] [--out <dir>]
      Write the shipped functions (all, or those named) to <dir> (default build/), and print
      how to deploy each. Shipped: ${Object.keys(FUNCTIONS).join(', ')}.
  migrations [--for <feature>...] [--out <dir>] [--list]
      The SQL the functions need, in order: printed (pipe it to psql), or written to <dir>.
      --for picks a feature's files (${Object.keys(FEATURES).join(', ')}); --list shows which
      feature needs which file.
  dev [--functions <dir>] [--migrations <dir>] [--contract self-hosted|cloud] [--port N]
      [--state-dir <dir>] [--no-defaults]
      A local InsForge-compatible project (PostgreSQL, the API, the functions runtime) serving
      <dir>/*.js (default build/). Applies this package's migrations, then <dir>/*.sql of
      --migrations. Secrets: <state-dir>/secrets.json (default .insforge-local/). Unless
      --no-defaults, unset payment secrets get local defaults: mock settlement, nothing charged.
  version
`;

/** argv → {positional, flags}; a flag takes the next word, `--no-x`/`--list` stand alone. */
function parse(argv, { values = [], switches = [] }) {
  const positional = [];
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s);
    if (switches.includes(name)) {
      flags[name] = true;
    } else if (values.includes(name)) {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`--${name} needs a value`);
      (flags[name] ??= []).push(v);
    } else {
      throw new UsageError(`unknown option --${name} (see: npx insforge-edge help)`);
    }
  }
  const one = (name) => flags[name]?.at(-1);
  return { positional, flags, one };
}

// Inside this repository (a contributor's checkout) the local project is `npm start`.
const INSTALLED = ROOT.split(/[\\/]/).includes('node_modules');
const tryLocally = (dir) => (INSTALLED ? `npx insforge-edge dev --functions ${dir}` : `npm start -- --functions ${dir}`);

const shown = (p) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p) || '.');

function secretLines(secrets) {
  return [
    '# secrets (once per project; the OKX ones are not needed while MOCK_OKX_FACILITATOR is true):',
    ...deployLines('', '', secrets).slice(0, -1),
  ];
}

async function paywall(argv) {
  const { positional, one } = parse(argv, { values: ['slug', 'out'] });
  const [handler] = positional;
  const slug = one('slug');
  if (!handler || !slug || positional.length > 1) throw new UsageError('usage: npx insforge-edge paywall <handler.js> --slug <slug> [--out <file>]');
  if (!existsSync(handler)) throw new UsageError(`${handler}: no such file`);
  const { paywallBundle } = await import('./paywall.mjs');
  const { denoCheck } = await import('./deno-check.mjs');
  let code;
  try {
    code = paywallBundle(handler, slug);
  } catch (e) {
    throw new UsageError(e.message);
  }
  denoCheck([{ slug, code }]);
  const out = resolve(one('out') ?? join('build', `${slug}.js`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(
    [
      `${shown(out)}: ${Buffer.byteLength(code)} bytes, passes InsForge Cloud's type check`,
      `Try it locally:  ${tryLocally(shown(dirname(out)))}   (then POST <base URL>/functions/${slug})`,
      `Database:        npx insforge-edge migrations --for ${PAYWALL.features.join(' ')} | psql "$DATABASE_URL"`,
      ...secretLines(PAYWALL.secrets),
      '# deploy:',
      deployLines(slug, shown(out), [])[0],
    ].join('\n'),
  );
}

function functions(argv) {
  const { positional, one } = parse(argv, { values: ['out'] });
  const shipped = shippedFunctions();
  const unknown = positional.filter((s) => !shipped.includes(s));
  if (unknown.length) throw new UsageError(`unknown function ${unknown.join(', ')}: one of ${shipped.join(', ')}`);
  const slugs = positional.length ? positional : shipped;
  const outDir = resolve(one('out') ?? 'build');
  mkdirSync(outDir, { recursive: true });
  const lines = [];
  for (const slug of slugs) {
    const file = join(outDir, `${slug}.js`);
    copyFileSync(join(ROOT, 'functions', 'dist', `${slug}.js`), file);
    const { about, features, optionalFeatures = [], secrets } = FUNCTIONS[slug];
    lines.push(
      '',
      `# ${slug}: ${about}`,
      `#   database: npx insforge-edge migrations --for ${features.join(' ')}${optionalFeatures.length ? ` (with BRIDGE_CLAIMS: --for ${optionalFeatures.join(' ')})` : ''}`,
      ...deployLines(slug, shown(file), secrets),
    );
  }
  console.log([`${slugs.length} function${slugs.length === 1 ? '' : 's'} written to ${shown(outDir)}`, ...lines].join('\n'));
}

function migrations(argv) {
  const { flags, one } = parse(argv, { values: ['for', 'out'], switches: ['list'] });
  const all = migrationFiles();
  if (flags.list) {
    const width = Math.max(...all.map((f) => f.length));
    console.log(
      [
        'Run in this order (each file is idempotent):',
        ...all.map((f) => `  ${f.padEnd(width)}  ${Object.keys(FEATURES).filter((k) => FEATURES[k].migrations.includes(f)).join(', ')}`),
        '',
        'Features:',
        ...Object.entries(FEATURES).map(([k, v]) => `  ${k}: ${v.about}`),
      ].join('\n'),
    );
    return;
  }
  let files;
  try {
    files = flags.for ? migrationsFor(flags.for.flatMap((f) => f.split(','))) : all;
  } catch (e) {
    throw new UsageError(e.message);
  }
  const out = one('out');
  if (out) {
    const dir = resolve(out);
    mkdirSync(dir, { recursive: true });
    for (const f of files) copyFileSync(join(MIGRATIONS_DIR, f), join(dir, f));
    console.log([`${files.length} migration${files.length === 1 ? '' : 's'} written to ${shown(dir)}, run them in name order:`, ...files.map((f) => `  ${f}`)].join('\n'));
    return;
  }
  process.stdout.write(files.map((f) => `-- ==== insforge-edge ${packageVersion(ROOT)}: ${f}\n${readFileSync(join(MIGRATIONS_DIR, f), 'utf8').trimEnd()}\n`).join('\n'));
}

async function dev(argv) {
  const { flags, one } = parse(argv, { values: ['functions', 'migrations', 'contract', 'port', 'state-dir'], switches: ['no-defaults'] });
  const { localPaymentDefaults, serveLocal } = await import('./dev.mjs');
  const functionsDir = resolve(one('functions') ?? 'build');
  if (!existsSync(functionsDir)) {
    throw new UsageError(`${shown(functionsDir)}: no such directory. Put function files there first: npx insforge-edge paywall <handler.js> --slug <slug>, or npx insforge-edge functions`);
  }
  await serveLocal({
    contract: one('contract') ?? 'self-hosted',
    port: Number(one('port') ?? process.env.PORT ?? 7130),
    stateDir: resolve(one('state-dir') ?? '.insforge-local'),
    functionDirs: [functionsDir],
    migrationsDir: one('migrations') ? resolve(one('migrations')) : undefined,
    defaults: flags['no-defaults'] ? null : localPaymentDefaults,
    hint: 'npx insforge-edge dev',
    shownFrom: process.cwd(),
  });
}

const COMMANDS = { paywall, functions, migrations, dev, version: () => console.log(packageVersion(ROOT)) };

const [command, ...rest] = process.argv.slice(2);
if (!command || command === 'help' || command === '--help' || command === '-h') {
  console.log(HELP);
} else if (!COMMANDS[command]) {
  console.error(`unknown command ${command}\n\n${HELP}`);
  process.exit(2);
} else {
  try {
    await COMMANDS[command](rest);
  } catch (e) {
    console.error(e instanceof UsageError ? e.message : `insforge-edge ${command}: ${e.message}`);
    process.exit(e instanceof UsageError ? e.status : 1);
  }
}
