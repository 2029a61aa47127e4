// The function-file bundler (cli/bundle.mjs): every file it writes is ASCII, whatever its
// sources hold, and means the same; a flavor's source hash reads the Rust it compiles.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, checkClassicScript, wasmInputs } from '../../cli/bundle.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

function bundled(source, header = ['a test bundle']) {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-ascii-'));
  try {
    writeFileSync(join(dir, 'handler.js'), source);
    return bundleFunction({ root: ROOT, slug: 'ascii-test', resolveDir: dir, entry: "export { default } from './handler.js';\n", header }).code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(code) {
  const module = { exports: {} };
  new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', code)(module.exports, module, null, null, null, null);
  return module.exports();
}

test('non-ASCII in strings, templates, regular expressions, comments and the header leaves an ASCII file that means the same', () => {
  const source = [
    '/** Prices in USD₮0 — up to 1 000 €, emoji 🙂 in a comment. */',
    "const label = 'USD₮0 → paid…';",
    'const note = `${label} — ✓ 🙂`;',
    'const dash = /—+/;',
    'export default function () {',
    "  return [label, note, dash.test('a—b'), 'ünïcödé'.length];",
    '}',
  ].join('\n');
  const code = bundled(source, ['café: a test bundle → header']);
  assert.equal(/[^\x00-\x7f]/.test(code), false, 'the file holds only ASCII');
  checkClassicScript(code, 'ascii-test');
  assert.deepEqual(run(code), ['USD₮0 → paid…', 'USD₮0 → paid… — ✓ 🙂', true, 7]);
});

test('the contract gate refuses a file with a non-ASCII character', () => {
  assert.throws(() => checkClassicScript("module.exports = async () => new Response('→');", 'wide'), /non-ASCII character U\+2192/);
});

test('a flavor\'s source hash reads only the Rust it compiles: gated folders and files', () => {
  const inputs = (features) => new Set(wasmInputs(ROOT, features));
  const bridge = inputs(['bridge', 'no-std-wasm']);
  const wallet = inputs(['wallet', 'no-std-wasm']);
  const x402 = inputs(['x402', 'facilitator', 'no-std-wasm']);
  const challenge = inputs(['challenge', 'no-std-wasm']);
  assert.ok(bridge.has('src/rsa.rs') && bridge.has('src/jwt.rs') && bridge.has('src/bridge/mod.rs') && bridge.has('src/wasm/bridge.rs'));
  assert.ok(!bridge.has('src/x402/verify.rs') && !bridge.has('src/wasm/x402.rs'));
  assert.ok(wallet.has('src/jwt.rs') && !wallet.has('src/rsa.rs') && wallet.has('src/x402/verify.rs'));
  for (const set of [x402, challenge]) {
    assert.ok(!set.has('src/rsa.rs') && !set.has('src/jwt.rs') && !set.has('src/bridge/mod.rs'));
    assert.ok(set.has('src/wasm/abi.rs') && set.has('src/json.rs') && set.has('Cargo.toml'));
  }
});
