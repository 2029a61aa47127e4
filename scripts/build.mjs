// `npm run build`: Rust → .wasm per feature flavor → one deployable file per function.
//
//   node scripts/build.mjs           build the .wasm modules and every function, then gate them
//   node scripts/build.mjs bridge …  the same, rebuilding only the .wasm flavors named
//   node scripts/build.mjs --js      re-bundle the functions from the committed .wasm modules
//                                    (no Rust needed), then gate them
//   node scripts/build.mjs --check   fail if a committed .wasm module is stale against the Rust
//                                    sources, or a committed bundle differs byte for byte from
//                                    what its sources bundle to
//   node scripts/build.mjs --gate    run the contract gate (parse + Cloud deno check) on dist/
//
// Bundles are committed so users without Rust can deploy them.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { STAMP_RE, bundleFunction, checkClassicScript, deferredModuleSource, inputHash, wasmInputs, wasmModuleSource } from '../cli/bundle.mjs';
import { denoCheck } from '../cli/deno-check.mjs';
import { ROOT, ensureNodeModules, ensureRustWasm, run } from './lib/toolchain.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8'));
const SRC = join(ROOT, 'functions/src');
const DIST = join(ROOT, 'functions/dist');
const wasmModulePath = (flavor) => join(SRC, 'wasm', `${flavor}.js`);
// A deferred module's stand-in (cli/bundle.mjs, "Deferred modules"): lib/x.js → deferred/x.js.
const deferredPath = (module) => join(SRC, 'deferred', module.split('/').pop());
const deferredSource = (module) => deferredModuleSource(ROOT, join(SRC, module));

function writeDeferred() {
  mkdirSync(join(SRC, 'deferred'), { recursive: true });
  for (const module of manifest.deferred) writeFileSync(deferredPath(module), deferredSource(module));
}

// The functions a flavor's first requests do not run but would have inlined into the ones they
// run (`npm run bench -- --cold-functions` writes them from V8's trace; scripts/lib/cold-functions.mjs).
export const COLD_FUNCTIONS_FILE = join(SRC, 'wasm/cold-functions.json');
const coldFunctions = existsSync(COLD_FUNCTIONS_FILE) ? JSON.parse(readFileSync(COLD_FUNCTIONS_FILE, 'utf8')) : {};

/**
 * wasm-opt's passes for `flavor`, in order. Each `--no-inline` must come before `-Oz`, whose
 * inlining it restrains, so that the function stays out of its callers: V8 compiles each wasm
 * function on its first call, so code kept out of line is compiled only by a request that runs it.
 * - A function named `when_set_*` reads a secret's value and is called only when that secret is
 *   set (src/x402/config.rs).
 * - The flavor's cold functions (`cold`, names without their hash): called by code a first
 *   request runs, but not by that request.
 */
export function wasmOptArgs(flavor, cold = coldFunctions[flavor] || []) {
  return ['--no-inline=*when_set*', ...cold.map((name) => `--no-inline=${name}*`), '-Oz', '--strip-debug', '--strip-producers'];
}

export function wasmHash(flavor, cold) {
  const { features, glue } = manifest.wasm[flavor];
  // The features and wasm-opt's passes too: two flavors built from the same sources differ by
  // their features alone, and a pass changes every module. A glue of its own is named in the module.
  return inputHash(ROOT, wasmInputs(ROOT, features), `features: ${features.join(',')}\nwasm-opt: ${wasmOptArgs(flavor, cold).join(' ')}\n${glue ? `glue: ${glue}\n` : ''}`);
}

// The secret names the functions of each flavor read, asked of the module itself when it is
// built (its `env_keys` exports, src/) and written into its generated module: a request reads
// them from there instead of spending a first call into the module on them (about 0.2 ms of a
// fresh Worker's). The bridge's depend on the provider family, one list per bridge function.
/** The provider family each bridge function serves, as its source names it (`bridgeHandler('<family>')`). */
export function bridgeFamilies() {
  return manifest.functions.map((slug) => readFileSync(join(SRC, `${slug}.js`), 'utf8').match(/bridgeHandler\('(\w+)'\)/)?.[1]).filter(Boolean);
}
const ENV_KEYS = {
  bridge: (g) => Object.fromEntries(bridgeFamilies().map((p) => [p, g.Bridge.env_keys(p)])),
  x402: (g) => g.x402_env_keys(),
  paywall: (g) => g.x402_env_keys(),
  wallet: (g) => g.WalletBridge.env_keys(),
  challenge: (g) => g.X402Challenge.env_keys(),
};

/** What `flavor`'s module (`bytes`, wrapped by its `glue` module) answers for its secret names. */
export async function envKeysOf(flavor, bytes, glue) {
  const { createWasmGlue } = await import(pathToFileURL(join(SRC, glue)).href);
  const g = createWasmGlue();
  g.initSync({ module: new WebAssembly.Module(bytes) });
  return ENV_KEYS[flavor](g);
}

/** `cargo build` of one flavor for wasm32 (its features only): the path of its .wasm before wasm-opt. */
export function rawWasm(flavor) {
  const { features } = manifest.wasm[flavor];
  // One target dir per flavor: switching features does not rebuild the other.
  const targetDir = join(ROOT, 'target', `wasm-${flavor}`);
  run('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', features.join(',')], { env: { CARGO_TARGET_DIR: targetDir } });
  return join(targetDir, 'wasm32-unknown-unknown', 'release', 'insforge_edge.wasm');
}

/**
 * Builds one wasm flavor into functions/src/wasm/<flavor>.js: `cargo build` for wasm32 with the
 * flavor's features, then wasm-opt. Its exports are plain functions (src/wasm/abi.rs); `glue`
 * (manifest.json) names the module of functions/src that wraps them (`createWasmGlue`).
 */
async function buildWasm(flavor, { features, glue }) {
  if (!glue) throw new Error(`manifest.json: the ${flavor} flavor names no glue module`);
  const outDir = join(ROOT, 'pkg', flavor);
  const raw = rawWasm(flavor);
  mkdirSync(outDir, { recursive: true });
  const opt = join(outDir, 'insforge_edge.opt.wasm');
  run('wasm-opt', [...wasmOptArgs(flavor), raw, '-o', opt]);
  const bytes = readFileSync(opt);
  const source = `// Its glue: functions/src/${glue}.\nexport { createWasmGlue } from '../${glue}';`;
  mkdirSync(join(SRC, 'wasm'), { recursive: true });
  const envKeys = await envKeysOf(flavor, bytes, glue);
  writeFileSync(wasmModulePath(flavor), wasmModuleSource({ flavor, features, hash: wasmHash(flavor), wasmBase64: bytes.toString('base64'), glue: source, envKeys }));
  console.log(`${flavor}: .wasm ${readFileSync(raw).length} bytes raw → ${bytes.length} bytes after wasm-opt (${gzipSync(bytes).length} bytes gzipped)`);
}

/** The bundle of one function, made from the sources as they are now (in `src`: functions/src or a copy). */
export function functionBundle(slug, src = SRC) {
  return bundleFunction({
    root: ROOT,
    slug,
    resolveDir: src,
    entry: `export { default } from './${slug}.js';\n`,
    header: [
      `${slug}: an insforge-edge function (Rust to WebAssembly, built by scripts/build.mjs).`,
      `Deploy as-is: npx @insforge/cli functions deploy ${slug} --file <this file>`,
      'Generated file: edit functions/src and run `npm run build`.',
    ],
  });
}

function gate(bundles) {
  for (const { slug, code } of bundles) checkClassicScript(code, slug);
  denoCheck(bundles);
  console.log(`gate: ${bundles.map((b) => b.slug).join(', ')} parse as InsForge function bodies and pass Cloud's deno check`);
}

function distBundles() {
  return manifest.functions.map((slug) => {
    const file = join(DIST, `${slug}.js`);
    if (!existsSync(file)) throw new Error(`${slug}: functions/dist/${slug}.js is missing; run npm run build`);
    return { slug, code: readFileSync(file, 'utf8') };
  });
}

/** What is out of date: .wasm modules whose Rust inputs changed, bundles that differ from their sources. */
export function staleOutputs() {
  const stale = [];
  for (const flavor of Object.keys(manifest.wasm)) {
    const path = wasmModulePath(flavor);
    const m = existsSync(path) ? readFileSync(path, 'utf8').match(STAMP_RE) : null;
    if (!m || m[1] !== wasmHash(flavor)) stale.push(`functions/src/wasm/${flavor}.js`);
  }
  for (const module of manifest.deferred) {
    const path = deferredPath(module);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== deferredSource(module)) stale.push(`functions/src/deferred/${module.split('/').pop()}`);
  }
  for (const { slug, code } of distBundles()) {
    if (functionBundle(slug).code !== code) stale.push(`functions/dist/${slug}.js`);
  }
  return stale;
}

function bundleAll() {
  writeDeferred();
  mkdirSync(DIST, { recursive: true });
  const bundles = manifest.functions.map((slug) => {
    const { code, inputs } = functionBundle(slug);
    writeFileSync(join(DIST, `${slug}.js`), code);
    console.log(`${slug}: ${Buffer.byteLength(code)} bytes (${gzipSync(code).length} bytes gzipped) from ${inputs.length} modules`);
    return { slug, code };
  });
  gate(bundles);
}

const args = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (args.includes('--check')) {
      ensureNodeModules();
      const stale = staleOutputs();
      if (stale.length) throw new Error(`stale outputs (sources changed: run npm run build and commit): ${stale.join(', ')}`);
      console.log('bundles: every committed .wasm module and bundle matches its sources');
    } else if (args.includes('--gate')) {
      ensureNodeModules();
      gate(distBundles());
    } else if (args.includes('--js')) {
      ensureNodeModules();
      bundleAll();
    } else {
      ensureNodeModules();
      ensureRustWasm();
      const only = args.filter((a) => !a.startsWith('--'));
      for (const f of only) if (!manifest.wasm[f]) throw new Error(`no wasm flavor ${f} (manifest.json: ${Object.keys(manifest.wasm).join(', ')})`);
      for (const [flavor, spec] of Object.entries(manifest.wasm)) if (!only.length || only.includes(flavor)) await buildWasm(flavor, spec);
      bundleAll();
    }
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
