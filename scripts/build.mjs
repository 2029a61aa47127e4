// `npm run build`: Rust → .wasm per feature flavor → one deployable file per function.
//
//   node scripts/build.mjs           build every function into functions/dist/, then gate it
//   node scripts/build.mjs --check   fail if a committed bundle is stale against its sources
//   node scripts/build.mjs --gate    run the contract gate (parse + Cloud deno check) on dist/
//
// Bundles are committed so users without Rust can deploy them; each is stamped with a hash of
// its inputs, which `--check` (part of `npm test`) recomputes.

import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { adaptGlue } from './lib/glue.mjs';
import { STAMP_RE, assemble, bundleInputs, checkClassicScript, inputHash } from './lib/bundle.mjs';
import { denoCheck } from './lib/deno-check.mjs';
import { ROOT, ensureNodeModules, ensureRustWasm, run } from './lib/toolchain.mjs';

const manifest = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8'));
const DIST = join(ROOT, 'functions/dist');

function sourcesOf(fn) {
  return fn.sources.map((s) => join(ROOT, 'functions/src', s));
}

export function expectedHash(slug) {
  const fn = manifest.functions[slug];
  return inputHash(ROOT, bundleInputs(ROOT, sourcesOf(fn), manifest.wasm[fn.wasm].features));
}

/** Builds one wasm flavor; returns the optimised .wasm path and the JS glue path. */
function buildWasm(flavor, { features }) {
  const outDir = join('pkg', flavor);
  run('wasm-pack', ['build', '--target', 'no-modules', '--release', '--out-dir', outDir, '--out-name', 'insforge_edge', '--no-pack', '--', '--no-default-features', '--features', features.join(',')], {
    // One target dir per flavor: switching features does not rebuild the other.
    env: { CARGO_TARGET_DIR: join(ROOT, 'target', `wasm-${flavor}`) },
  });
  const raw = join(ROOT, outDir, 'insforge_edge_bg.wasm');
  const opt = join(ROOT, outDir, 'insforge_edge.opt.wasm');
  run('wasm-opt', ['-Oz', '--strip-debug', '--strip-producers', raw, '-o', opt]);
  return { raw, opt, glue: join(ROOT, outDir, 'insforge_edge.js') };
}

function gate(bundles) {
  for (const { slug, code } of bundles) checkClassicScript(code, slug);
  denoCheck(bundles);
  console.log(`gate: ${bundles.map((b) => b.slug).join(', ')} parse as InsForge function bodies and pass Cloud's deno check`);
}

function distBundles() {
  return Object.keys(manifest.functions).map((slug) => {
    const file = join(DIST, `${slug}.js`);
    if (!existsSync(file)) throw new Error(`${slug}: functions/dist/${slug}.js is missing; run npm run build`);
    return { slug, code: readFileSync(file, 'utf8') };
  });
}

export function staleBundles() {
  const stale = [];
  for (const { slug, code } of distBundles()) {
    const m = code.match(STAMP_RE);
    if (!m || m[1] !== expectedHash(slug)) stale.push(slug);
  }
  return stale;
}

function build() {
  ensureNodeModules();
  ensureRustWasm();
  const wasm = {};
  for (const [flavor, spec] of Object.entries(manifest.wasm)) wasm[flavor] = buildWasm(flavor, spec);
  mkdirSync(DIST, { recursive: true });
  const bundles = [];
  for (const [slug, fn] of Object.entries(manifest.functions)) {
    const w = wasm[fn.wasm];
    const bytes = readFileSync(w.opt);
    const code = assemble({
      slug,
      hash: expectedHash(slug),
      wasmBase64: bytes.toString('base64'),
      glue: adaptGlue(readFileSync(w.glue, 'utf8')),
      sources: fn.sources.map((name) => ({ name, text: readFileSync(join(ROOT, 'functions/src', name), 'utf8').trimEnd() })),
    });
    writeFileSync(join(DIST, `${slug}.js`), code);
    bundles.push({ slug, code });
    console.log(`${slug}: .wasm ${statSync(w.raw).size} B raw → ${bytes.length} B after wasm-opt (${gzipSync(bytes).length} B gz); bundle ${code.length} B`);
  }
  gate(bundles);
}

const args = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (args.includes('--check')) {
      const stale = staleBundles();
      if (stale.length) throw new Error(`stale bundles (sources changed, run npm run build and commit): ${stale.join(', ')}`);
      console.log('bundles: every committed bundle matches its sources');
    } else if (args.includes('--gate')) {
      ensureNodeModules();
      gate(distBundles());
    } else {
      build();
    }
  } catch (e) {
    console.error(`build: ${e.message}`);
    process.exit(1);
  }
}
