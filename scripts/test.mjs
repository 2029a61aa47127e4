// `npm test`: everything, on a fresh clone. Installs what it needs from the project's own pins
// (npm ci, the wasm32 target, wasm-bindgen-cli, wasm-pack), then runs, in order:
//   1. JS unit tests (node:test, fakes for fetch, ledger and clock: no Deno, PostgreSQL, anvil)
//   2. native `cargo test` of the sans-IO core
//   3. `wasm-pack test --node` of the exported surface, per feature flavor
//   4. the committed outputs: .wasm modules match the Rust sources, bundles match what their
//      sources bundle to byte for byte; the Cloud deploy gate; the test contracts' compiled
//      artefacts match their Solidity sources
//   5. node:test suites: the local runtime, the token contracts on anvil, then end-to-end in
//      real Deno, PostgreSQL and anvil
//   6. the browser suites: headless Debian Chromium (apt-get installs it when missing; a failed
//      install fails the run) driven by playwright-core against the same runtime
// Stages 5 and 6 share one node:test run, several suite files at a time.
// Any failure stops the run with a non-zero exit; nothing is skipped.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ensureChromium, ensureNodeModules, ensureRustWasm, run } from './lib/toolchain.mjs';

const FLAVOR_TESTS = [
  { features: 'bridge', test: 'wasm_bridge' },
  { features: 'x402,facilitator', test: 'wasm_x402' },
  { features: 'x402,tools', test: 'wasm_evm' },
  { features: 'wallet', test: 'wasm_wallet' },
  { features: 'challenge', test: 'wasm_challenge' },
];

function suitesIn(dirs) {
  return dirs.flatMap((d) =>
    existsSync(join(ROOT, d)) ? readdirSync(join(ROOT, d)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => join(d, f)) : [],
  );
}

// The functions under test reach only this machine (runtime/proc.mjs netFlag).
process.env.INSFORGE_EDGE_NET = 'loopback';
// The suites of stages 5 and 6 mostly wait (timers, blocks, child processes), and each file
// starts its own PostgreSQL, stack, anvil and browser on free ports in fresh temporary
// directories: three files at a time take ~6 instead of ~15 minutes on two cores.
// INSFORGE_EDGE_TEST_CONCURRENCY=1 runs them one by one.
const SUITE_CONCURRENCY = Number(process.env.INSFORGE_EDGE_TEST_CONCURRENCY || 3);
if (!Number.isInteger(SUITE_CONCURRENCY) || SUITE_CONCURRENCY < 1) throw new Error('INSFORGE_EDGE_TEST_CONCURRENCY must be a positive integer');
// A port one suite picked for a server not yet started is never handed to another suite
// (runtime/postgres.mjs freePort).
process.env.INSFORGE_EDGE_PORT_BLOCKS = '1';
const started = Date.now();
const only = process.argv.slice(2);
const want = (stage) => only.length === 0 || only.includes(stage);
try {
  ensureNodeModules();
  if (want('unit')) {
    const suites = suitesIn(['tests/unit']);
    if (suites.length === 0) throw new Error('no unit test suites found in tests/unit');
    run('node', ['--test', ...suites]);
  }
  if (want('rust') || want('wasm')) ensureRustWasm();
  if (want('rust')) run('cargo', ['test', '--lib'], { env: { CARGO_TARGET_DIR: join(ROOT, 'target', 'native') } });
  if (want('wasm')) {
    for (const { features, test } of FLAVOR_TESTS) {
      if (!existsSync(join(ROOT, 'tests', `${test}.rs`))) throw new Error(`tests/${test}.rs is missing`);
      // One target directory for every flavor: the next flavor reuses the dependencies and build
      // tools the last one compiled (~45 s less on a fresh clone). The crate itself is compiled
      // again per flavor, on a re-run too: its cdylib has one name whatever the features.
      run('wasm-pack', ['test', '--node', '--release', '--', '--no-default-features', '--features', features, '--test', test], {
        env: { CARGO_TARGET_DIR: join(ROOT, 'target', 'wasm-test') },
      });
    }
  }
  if (want('bundles')) {
    run('node', ['scripts/build.mjs', '--check']);
    run('node', ['scripts/build.mjs', '--gate']);
    run('node', ['tests/support/compile-contracts.mjs', '--check']);
  }
  // The e2e and browser suites run in one node:test pool, SUITE_CONCURRENCY files at a time.
  const suites = [];
  if (want('e2e')) {
    const found = suitesIn(['tests/runtime', 'tests/chain', 'tests/e2e']);
    if (found.length === 0) throw new Error('no node:test suites found');
    suites.push(...found);
  }
  if (want('browser')) {
    console.log(`chromium: ${ensureChromium()}`);
    const found = suitesIn(['tests/browser']);
    if (found.length === 0) throw new Error('no browser test suites found in tests/browser');
    suites.push(...found);
  }
  if (suites.length > 0) run('node', ['--test', `--test-concurrency=${SUITE_CONCURRENCY}`, ...suites]);
  console.log(`\nall tests passed in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (e) {
  console.error(`\ntests FAILED: ${e.message}`);
  process.exit(1);
}
