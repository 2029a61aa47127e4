// The function-file bundler (cli/bundle.mjs): every file it writes is ASCII, whatever its
// sources hold, and means the same.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, checkClassicScript } from '../../cli/bundle.mjs';

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
