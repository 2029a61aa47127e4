// The cold functions: found from a trace and a call graph (scripts/lib/cold-functions.mjs), kept
// out of line by the build (scripts/build.mjs), and part of what a committed module is checked
// against.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { coldFunctions, withoutHash } from '../../scripts/lib/cold-functions.mjs';
import { codeBytes, functionNames } from '../../scripts/lib/wasm-sections.mjs';
import { COLD_FUNCTIONS_FILE, wasmHash, wasmOptArgs } from '../../scripts/build.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../functions/src/manifest.json', import.meta.url), 'utf8'));

/** A module of `count` empty functions `() -> ()` and a name section naming them `names`. */
function namedModule(count, names) {
  const enc = new TextEncoder();
  const str = (s) => [enc.encode(s).length, ...enc.encode(s)];
  const section = (id, body) => [id, body.length, ...body];
  const nameMap = [names.length, ...names.flatMap(([i, n]) => [i, ...str(n)])];
  return new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 0, 0]),
    ...section(3, [count, ...Array(count).fill(0)]),
    ...section(10, [count, ...Array(count).fill([2, 0, 0x0b]).flat()]),
    ...section(0, [...str('name'), ...section(1, nameMap)]),
  ]);
}

test('function names are read from the name section, by function index; code bodies from the code section', () => {
  const bytes = namedModule(3, [[0, 'alpha'], [2, '_ZN4core3fmt5write17h0123456789abcdefE']]);
  assert.ok(new WebAssembly.Module(bytes), 'a valid module');
  const names = functionNames(bytes);
  assert.deepEqual([...names], [[0, 'alpha'], [2, '_ZN4core3fmt5write17h0123456789abcdefE']]);
  assert.equal(functionNames(namedModule(1, [])).size, 0);
  assert.deepEqual(codeBytes(bytes), { functions: 3, bytes: 6 }, 'three bodies of 2 bytes each (no locals, end)');
});

test('a cold function is one that code a first request ran calls, and that it did not run', () => {
  const h = (n) => `${n}17h00112233445566aaE`;
  const ran = new Set([h('_ZN1a3run'), h('_ZN1a4also')]);
  const edges = [
    [h('_ZN1a3run'), h('_ZN1a4also')], // both ran: not cold
    [h('_ZN1a3run'), h('_ZN1a5error')], // called, not run: cold
    [h('_ZN1a4also'), h('_ZN1a5error')], // the same function twice: once
    [h('_ZN1a5error'), h('_ZN1a6deeper')], // called only by cold code: stays where -Oz puts it
    [h('_ZN1a3run'), h('_ZN1a13when_set_ttl')], // out of line by its name already
    [h('_ZN1a3run'), '421'], // numbered by wasm-opt: no name another build shares
    [h('_ZN1a6unseen'), h('_ZN1a4more')], // a caller that did not run
  ];
  assert.deepEqual(coldFunctions(edges, ran), ['_ZN1a5error']);
  assert.equal(withoutHash('_ZN4core3fmt5write17h0123456789abcdefE'), '_ZN4core3fmt5write');
  assert.equal(withoutHash('_RNvNtCs5cOc02OMXlo_5alloc5alloc18handle_alloc_error'), '_RNvNtCs5cOc02OMXlo_5alloc5alloc18handle_alloc_error', 'v0 symbols have no such suffix');
});

test('the build keeps each cold function of a flavor out of line, and a changed list makes its module stale', () => {
  const cold = JSON.parse(readFileSync(COLD_FUNCTIONS_FILE, 'utf8'));
  assert.deepEqual(Object.keys(cold).sort(), ['bridge', 'challenge', 'paywall'], 'the flavors the first requests are traced for');
  for (const [flavor, names] of Object.entries(cold)) {
    assert.ok(manifest.wasm[flavor], flavor);
    assert.ok(names.length > 0, flavor);
    const args = wasmOptArgs(flavor);
    const oz = args.indexOf('-Oz');
    for (const name of names) {
      assert.equal(withoutHash(name), name, `${name}: listed without its hash`);
      const at = args.indexOf(`--no-inline=${name}*`);
      assert.ok(at >= 0 && at < oz, `${flavor}: ${name} kept out of line before -Oz inlines`);
    }
    assert.notEqual(wasmHash(flavor, names.slice(1)), wasmHash(flavor), `${flavor}: the list is part of the module's source hash`);
  }
  assert.deepEqual(wasmOptArgs('wallet'), ['--no-inline=*when_set*', '-Oz', '--strip-debug', '--strip-producers'], 'a flavor without a trace keeps the plain passes');
});
