// Assembles one deployable function file: a classic script whose text is exactly what
// `npx @insforge/cli functions deploy <slug> --file functions/dist/<slug>.js` sends.
//
// Everything lives inside one IIFE, so the bundle declares no top-level names that could
// clash with what Cloud's wrapper declares (`module`, `createClient`, `_legacyModule`).

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const STAMP_RE = /^\/\/ source-hash: sha256:([0-9a-f]{64})$/m;
export const SOURCE_MARK = '// ---- source: ';

// Cargo features whose code lives in src/<feature>/ and src/wasm/<feature>.rs.
const GATED_FEATURES = ['bridge', 'x402'];

/** Files whose change must change the bundle (sorted, repository-relative). */
export function bundleInputs(root, sources, features) {
  // Code behind a feature the flavor does not enable cannot change its .wasm.
  const excluded = GATED_FEATURES.filter((f) => !features.includes(f));
  const relevant = (rel) => !excluded.some((f) => rel.startsWith(`src/${f}/`) || rel === `src/wasm/${f}.rs`);
  const walk = (dir) =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const rel = join(dir, name);
      return statSync(join(root, rel)).isDirectory() ? walk(rel) : [rel];
    });
  const files = [
    'Cargo.toml',
    'Cargo.lock',
    ...walk('src').filter(relevant),
    'functions/src/manifest.json',
    ...sources.map((s) => relative(root, s)),
    'scripts/build.mjs',
    ...walk('scripts/lib'),
  ];
  return [...new Set(files)].sort();
}

/** sha256 over path + content of every input; CRLF normalised so a checkout style cannot matter. */
export function inputHash(root, files) {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(`${f}\0`);
    h.update(readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n'));
    h.update('\0');
  }
  return h.digest('hex');
}

export function assemble({ slug, hash, wasmBase64, glue, sources, header = [] }) {
  return [
    `// ${slug}: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).`,
    `// Deploy as-is: npx @insforge/cli functions deploy ${slug} --file functions/dist/${slug}.js`,
    ...header.map((l) => `// ${l}`),
    '// Generated file: edit functions/src and run `npm run build`.',
    `// source-hash: sha256:${hash}`,
    '(function () {',
    `const __WASM_BASE64 = '${wasmBase64}';`,
    glue,
    // Each source keeps a marker line so `npm run bundle` can swap the handler without Rust.
    ...sources.flatMap(({ name, text }) => [`${SOURCE_MARK}${name}`, text]),
    '})();',
    '',
  ].join('\n');
}

/** Contract checks that need no Deno: parses as InsForge's self-hosted worker evaluates it. */
export function checkClassicScript(code, slug) {
  // Throws a SyntaxError on import/export, top-level await or import.meta.
  new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', code);
  if (/\bimport\s*\(/.test(code)) throw new Error(`${slug}: dynamic import() is denied (import:false)`);
  if (!code.includes('module.exports')) throw new Error(`${slug}: Cloud only wraps sources containing module.exports`);
}
