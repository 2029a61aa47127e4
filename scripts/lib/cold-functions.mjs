// The cold functions of a wasm flavor, from what its first requests compiled.
//
// V8 compiles each wasm function on its first call, the whole function, so a first request pays
// for every byte of the functions it calls, run or not. wasm-opt's -Oz inlines many functions into
// their callers, and with them code no first request runs: a configuration's rarely set parts,
// the replies to errors. A function that code a first request runs calls, but that request does
// not, is cold: kept out of line (`--no-inline`, scripts/build.mjs), it is compiled only by the
// requests that run it.
//
// `npm run bench -- --cold-functions` finds them: each flavor built without any inlining by
// wasm-opt, with its names; its first requests traced by V8 (bench/first-compile.mjs), which
// names the functions each compiled; and the module's call graph (`wasm-opt --print-call-graph`).
// The result is functions/src/wasm/cold-functions.json, which the build reads.

import { spawnSync } from 'node:child_process';
import { toolEnv } from './toolchain.mjs';

/** The direct calls of a module with names: [caller, callee] pairs, from wasm-opt's call graph. */
export function callEdges(wasmPath) {
  const r = spawnSync('wasm-opt', [wasmPath, '--print-call-graph', '-o', '/dev/null'], { encoding: 'utf8', env: toolEnv(), maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`wasm-opt --print-call-graph ${wasmPath} failed:\n${r.stderr}`);
  return [...r.stdout.matchAll(/^\s*"([^"]+)" -> "([^"]+)"/gm)].map((m) => [m[1], m[2]]);
}

/** A Rust symbol without its hash (`…17h0123456789abcdefE`), which changes with any change to the crate. */
export const withoutHash = (name) => name.replace(/17h[0-9a-f]{16}E$/, '');

/**
 * The cold functions: called by a function in `run` (the names of the functions first requests
 * compiled), not in it themselves. Names without their hash, sorted. Left out: `when_set_*`
 * functions (out of line already), and the functions wasm-opt numbered for want of a name, which
 * another build numbers otherwise.
 */
export function coldFunctions(edges, run) {
  const cold = new Set();
  for (const [caller, callee] of edges) {
    if (run.has(caller) && !run.has(callee) && !callee.includes('when_set') && !/^\d/.test(callee)) cold.add(withoutHash(callee));
  }
  return [...cold].sort();
}
