// Installs what building and testing need on a fresh machine, from the project's own pins:
// npm packages (package-lock.json), the wasm32 target, wasm-bindgen-cli at exactly the
// version in Cargo.lock (wasm-pack would otherwise try to download it), and wasm-pack.

import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// One home for where the Deno binaries are (this repository, or a project that installed it).
export { denoBinary } from '../../runtime/proc.mjs';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const CARGO_BIN = join(homedir(), '.cargo', 'bin');

/** PATH with ~/.cargo/bin and node_modules/.bin in front. */
export function toolEnv(extra = {}) {
  const PATH = [CARGO_BIN, join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(':');
  return { ...process.env, PATH, ...extra };
}

export function run(cmd, args, opts = {}) {
  console.log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts, env: toolEnv(opts.env) });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function has(cmd, args = ['--version']) {
  const r = spawnSync(cmd, args, { env: toolEnv(), encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function lockedVersion(crate) {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const m = lock.match(new RegExp(`name = "${crate}"\\nversion = "([^"]+)"`));
  if (!m) throw new Error(`${crate} not in Cargo.lock`);
  return m[1];
}

export function ensureNodeModules() {
  if (existsSync(join(ROOT, 'node_modules', '.package-lock.json'))) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureRustWasm() {
  if (!has('cargo')) throw new Error('cargo not found: install Rust with rustup (https://rustup.rs)');
  const targets = has('rustup', ['target', 'list', '--installed']) || '';
  if (!targets.split('\n').includes('wasm32-unknown-unknown')) run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  const want = lockedVersion('wasm-bindgen');
  const got = has('wasm-bindgen');
  if (!got || !got.endsWith(` ${want}`)) {
    // `--locked` fails: one transitive version it pins is no longer on crates.io.
    run('cargo', ['install', 'wasm-bindgen-cli', '--version', want, '--force']);
  }
  // Without --locked, for the same reason (~5.5 min on two cores).
  if (!has('wasm-pack')) run('cargo', ['install', 'wasm-pack', '--version', '0.15.1']);
}

export function output(cmd, args) {
  return execFileSync(cmd, args, { cwd: ROOT, env: toolEnv(), encoding: 'utf8' });
}

export const CHROMIUM = '/usr/bin/chromium';

/** Chromium's version line, or null when it is missing or does not start. */
function chromiumVersion() {
  if (!existsSync(CHROMIUM)) return null;
  const r = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? r.stdout.trim() : null;
}

/**
 * Debian's Chromium at /usr/bin/chromium for the browser suites (the test tools' own browser
 * downloads cannot reach their hosts from here): installed with apt-get when missing. Throws
 * with what failed and how to fix it; never returns without a Chromium that starts.
 */
export function ensureChromium() {
  const found = chromiumVersion();
  if (found) return found;
  const steps = [];
  const apt = (args) => {
    const r = spawnSync('apt-get', args, { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    steps.push(`apt-get ${args.join(' ')}: ${r.error ? r.error.message : `exit ${r.status}`}${r.status ? `\n${(r.stderr || '').trim().split('\n').slice(-3).join('\n')}` : ''}`);
    return r.status === 0;
  };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`Chromium not found at ${CHROMIUM} and not root: install it with \`sudo apt-get install -y chromium\``);
  }
  console.log(`$ apt-get install -y chromium   (${CHROMIUM} is missing)`);
  // The package lists may be missing or stale on a fresh machine: update once and retry.
  if (!apt(['install', '-y', '--no-install-recommends', 'chromium'])) apt(['update']) && apt(['install', '-y', '--no-install-recommends', 'chromium']);
  const installed = chromiumVersion();
  if (!installed) throw new Error(`Chromium is needed at ${CHROMIUM} for the browser tests and could not be installed:\n${steps.join('\n')}`);
  return installed;
}
