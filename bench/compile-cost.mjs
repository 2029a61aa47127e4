// What V8 charges a fresh Worker for compiling WebAssembly on a function's first call, measured
// on synthetic modules whose shape is chosen: how many functions, how many bytes of code, how many
// locals. A first request's cold path is mostly that compilation (V8's baseline compiler, Liftoff,
// compiles each function on its first call), so these rates say what a smaller module, fewer
// functions or fewer locals can take off it, whatever the code.
//
// `syntheticWat` (Node and Deno) writes a module's text; scripts/bench.mjs assembles the variants
// with binaryen and runs this file in Deno 2.0.6:
//
//   deno run --allow-read compile-cost.mjs <variants.json> <rounds>
//
// <variants.json>: [{name, file}]. Each round, one fresh Worker per variant compiles the module,
// instantiates it and calls `run` twice (it calls every function once); the first call minus the
// second is what compiling them cost. Prints one JSON line: {variants: {name: {bytes, firstMs,
// againMs}}}.

import { inWorker, median } from './evaluate.mjs';

/**
 * A module whose `run` export calls each of its `functions` functions once. Every function has
 * `locals` i32 locals and about `bytesPerFunction` bytes of straight-line code and branches
 * (loads, stores, arithmetic, `br_if`, `if`/`else`, `select` over its locals), drawn from a
 * fixed seed so that a variant is the same module every run.
 */
export function syntheticWat({ functions, bytesPerFunction, locals }) {
  let seed = 0x2545f491 ^ (functions * 7919 + bytesPerFunction * 31 + locals);
  const rand = (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const l = () => `$l${rand(locals)}`;
  const out = ['(module (memory 1)'];
  for (let f = 0; f < functions; f++) {
    const body = [];
    for (let size = 0, k = 0; size < bytesPerFunction; k++) {
      switch (rand(5)) {
        case 0:
          body.push(`(local.set ${l()} (i32.add (local.get ${l()}) (i32.load offset=${rand(4000)} (local.get $p))))`);
          size += 10;
          break;
        case 1:
          body.push(`(i32.store offset=${rand(4000)} (local.get $p) (i32.xor (local.get ${l()}) (i32.const ${1 + rand(100000)})))`);
          size += 12;
          break;
        case 2:
          body.push(`(block $b${k} (br_if $b${k} (i32.eq (local.get ${l()}) (i32.const ${1 + rand(1000)}))) (local.set ${l()} (i32.mul (local.get ${l()}) (local.get ${l()}))))`);
          size += 16;
          break;
        case 3:
          body.push(`(if (i32.lt_u (local.get ${l()}) (i32.const ${1 + rand(1000)})) (then (local.set ${l()} (i32.shl (local.get ${l()}) (i32.const 3)))) (else (local.set ${l()} (i32.sub (local.get ${l()}) (local.get ${l()})))))`);
          size += 19;
          break;
        default:
          body.push(`(local.set ${l()} (select (local.get ${l()}) (local.get ${l()}) (i32.gt_s (local.get ${l()}) (local.get ${l()}))))`);
          size += 11;
      }
    }
    const decl = Array.from({ length: locals }, (_, i) => `(local $l${i} i32)`).join(' ');
    out.push(`(func $f${f} (param $p i32) (result i32) ${decl} ${body.join(' ')} (local.get $l0))`);
  }
  const calls = Array.from({ length: functions }, (_, f) => `(local.set $s (i32.add (local.get $s) (call $f${f} (i32.const 64))))`).join(' ');
  out.push(`(func (export "run") (result i32) (local $s i32) ${calls} (local.get $s)))`);
  return out.join('\n');
}

const WORKER = `self.onmessage = (e) => {
  const x = new WebAssembly.Instance(new WebAssembly.Module(e.data.bytes), {}).exports;
  let t = performance.now();
  x.run();
  const firstMs = performance.now() - t;
  t = performance.now();
  x.run();
  self.postMessage({ firstMs, againMs: performance.now() - t });
};`;

if (typeof Deno !== 'undefined' && import.meta.main) {
  const [variantsPath, roundsArg = '20'] = Deno.args;
  const variants = JSON.parse(Deno.readTextFileSync(variantsPath));
  const bytes = variants.map((v) => Deno.readFileSync(v.file));
  const url = URL.createObjectURL(new Blob([WORKER], { type: 'application/javascript' }));
  const samples = variants.map(() => ({ first: [], again: [] }));
  for (let r = 0; r < Number(roundsArg); r++) {
    for (let i = 0; i < variants.length; i++) {
      const k = (r + i) % variants.length;
      const out = await inWorker(url, { bytes: bytes[k] });
      samples[k].first.push(out.firstMs);
      samples[k].again.push(out.againMs);
    }
  }
  const result = Object.fromEntries(variants.map((v, k) => [v.name, { bytes: bytes[k].length, firstMs: median(samples[k].first), againMs: median(samples[k].again) }]));
  console.log(JSON.stringify({ variants: result }));
}
