// The embedded-WebAssembly loader (functions/src/lib/wasm.js) with a fake flavor module: a
// hand-made .wasm and a glue that counts what it is asked to do.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DECODER_WASM, base64Bytes, wasmBase64, wasmLoader } from '../../functions/src/lib/wasm.js';
import * as bridgeFlavor from '../../functions/src/wasm/bridge.js';

const ROOT = new URL('../..', import.meta.url).pathname;

// A module exporting `trap` (executes `unreachable`) and `answer` (returns 42), both () -> i32.
const TINY_WASM = Uint8Array.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f, // type section: [() -> i32]
  0x03, 0x03, 0x02, 0x00, 0x00, // function section: two functions of type 0
  0x07, 0x11, 0x02, // export section, 2 exports
  0x04, 0x74, 0x72, 0x61, 0x70, 0x00, 0x00, // "trap" = function 0
  0x06, 0x61, 0x6e, 0x73, 0x77, 0x65, 0x72, 0x00, 0x01, // "answer" = function 1
  0x0a, 0x0a, 0x02, // code section, 2 bodies
  0x03, 0x00, 0x00, 0x0b, // trap: no locals, unreachable, end
  0x04, 0x00, 0x41, 0x2a, 0x0b, // answer: no locals, i32.const 42, end
]);
const TINY_BASE64 = Buffer.from(TINY_WASM).toString('base64');

/** A flavor module like functions/src/wasm/<flavor>.js, counting base64 reads and glues made. */
function fakeFlavor() {
  const f = { base64Reads: 0, glues: [], modules: [] };
  const text = new Function(`return function WASM_TEXT() {\n  /*! ${TINY_BASE64} */\n}`)();
  Object.defineProperty(f, 'WASM_TEXT', {
    get() {
      f.base64Reads++;
      return text;
    },
  });
  f.WASM_TEXT_LENGTH = TINY_BASE64.length;
  f.createWasmGlue = () => {
    const glue = { initialised: 0 };
    glue.initSync = ({ module }) => {
      glue.initialised++;
      f.modules.push(module);
      glue.exports = new WebAssembly.Instance(module, {}).exports;
    };
    glue.trap = () => glue.exports.trap();
    glue.answer = () => glue.exports.answer();
    f.glues.push(glue);
    return glue;
  };
  return f;
}

// ---- base64Bytes --------------------------------------------------------------------------------

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

function withFromBase64(impl, fn) {
  const had = Object.prototype.hasOwnProperty.call(Uint8Array, 'fromBase64');
  const saved = Uint8Array.fromBase64;
  if (impl === undefined) delete Uint8Array.fromBase64;
  else Uint8Array.fromBase64 = impl;
  try {
    return fn();
  } finally {
    if (had) Uint8Array.fromBase64 = saved;
    else delete Uint8Array.fromBase64;
  }
}

test('base64Bytes without Uint8Array.fromBase64 decodes every byte value and length (wasm decoder)', () => {
  withFromBase64(undefined, () => {
    const cases = [ALL_BYTES, TINY_WASM, new Uint8Array(0), Uint8Array.from([0xff]), Uint8Array.from([1, 2])];
    // Every length mod 3 (padding '=', '==' or none) and a text past the decoder's first page;
    // every length to 100 bytes, so every way a text ends after the 16-character blocks.
    for (const n of [1000, 70_000, 200_001]) cases.push(randomBytes(n));
    for (let n = 3; n <= 100; n++) cases.push(randomBytes(n));
    for (const bytes of cases) {
      const out = base64Bytes(Buffer.from(bytes).toString('base64'));
      assert.ok(out instanceof Uint8Array);
      assert.equal(out.length, bytes.length);
      assert.ok(Buffer.from(out).equals(Buffer.from(bytes)));
    }
  });
});

test('base64Bytes on a V8 that refuses the SIMD decoder: the same bytes, from atob', () => {
  const Module = WebAssembly.Module;
  const decoder = Buffer.from(DECODER_WASM, 'base64');
  WebAssembly.Module = function (bytes) {
    if (Buffer.from(bytes).equals(decoder)) throw new WebAssembly.CompileError('SIMD unsupported');
    return new Module(bytes);
  };
  try {
    withFromBase64(undefined, () => {
      for (const bytes of [ALL_BYTES, TINY_WASM, new Uint8Array(0), randomBytes(70_000)]) {
        assert.ok(Buffer.from(base64Bytes(Buffer.from(bytes).toString('base64'))).equals(Buffer.from(bytes)));
      }
    });
  } finally {
    WebAssembly.Module = Module;
  }
});

test('the embedded decoder is lib/base64.wat as binaryen assembles it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'b64wat-'));
  try {
    const out = join(dir, 'base64.wasm');
    execFileSync(join(ROOT, 'node_modules/.bin/wasm-as'), ['--enable-simd', join(ROOT, 'functions/src/lib/base64.wat'), '-o', out]);
    assert.equal(DECODER_WASM, readFileSync(out).toString('base64'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('base64Bytes uses Uint8Array.fromBase64 when the runtime has it', () => {
  const calls = [];
  const native = (b64) => (calls.push(b64), Uint8Array.from(Buffer.from(b64, 'base64')));
  withFromBase64(native, () => {
    const b64 = Buffer.from(ALL_BYTES).toString('base64');
    assert.deepEqual([...base64Bytes(b64)], [...ALL_BYTES]);
    assert.deepEqual(calls, [b64]);
  });
});

// ---- wasmBase64 ---------------------------------------------------------------------------------

test("wasmBase64 reads a flavor's .wasm from its WASM_TEXT comment: a module WebAssembly accepts", () => {
  const text = wasmBase64(bridgeFlavor);
  assert.equal(text.length, bridgeFlavor.WASM_TEXT_LENGTH);
  assert.match(text, /^AGFzbQ[A-Za-z0-9+/]+=*$/);
  assert.ok(WebAssembly.validate(Buffer.from(text, 'base64')));
});

test('wasmBase64 refuses a carrier whose comment was changed or removed, naming why', () => {
  const text = wasmBase64(bridgeFlavor);
  const carrier = (body) => ({ WASM_TEXT: new Function(`return function WASM_TEXT() {${body}}`)(), WASM_TEXT_LENGTH: text.length });
  assert.throws(() => wasmBase64(carrier('')), /comments removed\?/);
  assert.throws(() => wasmBase64(carrier(`\n  /*! ${text.slice(1)} */\n`)), /not as built/);
  assert.equal(wasmBase64(carrier(`\n  /*! ${text} */\n`)), text);
});

// ---- wasmLoader ---------------------------------------------------------------------------------

test('nothing is decoded, compiled or instantiated before the first call', () => {
  const flavor = fakeFlavor();
  wasmLoader(flavor);
  assert.equal(flavor.base64Reads, 0);
  assert.equal(flavor.glues.length, 0);
});

test('the module is compiled once and the instance kept across calls', () => {
  const flavor = fakeFlavor();
  const loader = wasmLoader(flavor);
  for (let i = 0; i < 5; i++) assert.equal(loader.call((w) => w.answer()), 42);
  assert.equal(flavor.base64Reads, 1);
  assert.equal(flavor.glues.length, 1);
  assert.equal(flavor.glues[0].initialised, 1);
  assert.ok(flavor.modules[0] instanceof WebAssembly.Module);
  assert.equal(loader.instance(), flavor.glues[0]);
});

test('a WebAssembly trap discards the instance: the next call gets a fresh glue from the same compiled module', () => {
  const flavor = fakeFlavor();
  const loader = wasmLoader(flavor);
  assert.equal(loader.call((w) => w.answer()), 42);
  assert.throws(() => loader.call((w) => w.trap()), WebAssembly.RuntimeError);
  assert.equal(flavor.glues.length, 1, 'a new instance is made on the next call, not at the trap');
  assert.equal(loader.call((w) => w.answer()), 42);
  assert.equal(flavor.glues.length, 2);
  assert.notEqual(loader.instance(), flavor.glues[0]);
  assert.equal(flavor.base64Reads, 1, 'not decoded or compiled again');
  assert.equal(flavor.modules[1], flavor.modules[0]);
});

test('any other error is rethrown as is and keeps the instance', () => {
  const flavor = fakeFlavor();
  const loader = wasmLoader(flavor);
  for (const err of [new TypeError('bad input'), new SyntaxError('Unexpected token'), new Error('x'), 'a string']) {
    assert.throws(
      () => loader.call(() => {
        throw err;
      }),
      (e) => e === err,
    );
  }
  assert.equal(loader.call((w) => w.answer()), 42);
  assert.equal(flavor.glues.length, 1);
});

test('loaders of different flavors are independent', () => {
  const a = fakeFlavor();
  const b = fakeFlavor();
  const la = wasmLoader(a);
  const lb = wasmLoader(b);
  la.call((w) => w.answer());
  assert.throws(() => lb.call((w) => w.trap()), WebAssembly.RuntimeError);
  lb.call((w) => w.answer());
  la.call((w) => w.answer());
  assert.deepEqual([a.glues.length, b.glues.length], [1, 2]);
});

test('an instance whose initialisation failed is not kept: the next call makes a new one', () => {
  const flavor = fakeFlavor();
  const make = flavor.createWasmGlue;
  let failNext = true;
  flavor.createWasmGlue = () => {
    const glue = make();
    if (failNext) {
      failNext = false;
      glue.initSync = () => {
        throw new RangeError('WebAssembly.Instance(): Out of memory');
      };
    }
    return glue;
  };
  const loader = wasmLoader(flavor);
  assert.throws(() => loader.call((w) => w.answer()), RangeError);
  assert.equal(loader.call((w) => w.answer()), 42);
  assert.equal(flavor.glues.length, 2);
});
