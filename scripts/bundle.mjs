// `npm run bundle -- --paywall <handler.js> --slug <slug> [--out <file>]`
//
// Wraps YOUR handler in the x402 paywall: the result is one deployable function file,
// build/<slug>.js by default (git-ignored: functions/dist holds only this repository's own
// functions). No Rust needed: the WebAssembly and the paywall code are the committed ones
// (functions/src); esbuild bundles them around your handler.
// Load it into the local runtime with `npm start -- --functions build`; deploy it with
// `npx @insforge/cli functions deploy <slug> --file build/<slug>.js`.
//
// The handler file is an ES module whose default export is the handler, or a classic script
// that sets `module.exports`: `async (req, payment) => Response`.
// `payment` = {payer, amount, asset, network, nonce, txHash, mock, replay, x402Version}.
// It runs only after the payment is verified, settled and recorded.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { bundleFunction, checkClassicScript } from './lib/bundle.mjs';
import { denoCheck } from './lib/deno-check.mjs';
import { ROOT, ensureNodeModules } from './lib/toolchain.mjs';

const SLUG_RE = /^[a-zA-Z0-9_-]+$/;

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** True for a classic script (no import/export): it sets `module.exports` itself. */
function isClassicScript(source) {
  try {
    new Function('module', 'exports', source);
    return true;
  } catch (_e) {
    return false;
  }
}

/** The bundle text for `slug` around the handler module at `handlerPath`. */
export function paywallBundle(handlerPath, slug) {
  if (!SLUG_RE.test(slug) || slug === 'health') throw new Error(`invalid slug ${slug}: use letters, digits, - and _ (not "health")`);
  const source = readFileSync(resolve(handlerPath), 'utf8');
  // A classic script gets its own `module`, so its `module.exports` is only its handler.
  const handler = isClassicScript(source)
    ? ['const paidHandler = (function () {', 'const module = { exports: untyped(null) };', source.trimEnd(), 'return module.exports;', '})();']
    : [`import paidHandler from ${JSON.stringify(resolve(handlerPath))};`];
  const entry = [
    "import { x402Paywall } from './lib/paywall.js';",
    "import { untyped } from './lib/untyped.js';",
    ...handler,
    `export default x402Paywall(${JSON.stringify(slug)}, paidHandler);`,
    '',
  ].join('\n');
  const { code } = bundleFunction({
    root: ROOT,
    slug,
    resolveDir: join(ROOT, 'functions/src'),
    entry,
    header: [
      `${slug}: your handler behind the insforge-edge x402 paywall (npm run bundle).`,
      `Deploy as-is: npx @insforge/cli functions deploy ${slug} --file <this file>`,
      'Generated file: edit your handler and run `npm run bundle` again.',
    ],
  });
  checkClassicScript(code, slug);
  return code;
}

async function main() {
  const handlerPath = arg('paywall');
  const slug = arg('slug');
  if (!handlerPath || !slug) throw new Error('usage: npm run bundle -- --paywall <handler.js> --slug <slug> [--out <file>]');
  ensureNodeModules();
  const code = paywallBundle(handlerPath, slug);
  denoCheck([{ slug, code }]);
  const out = resolve(arg('out') ?? join(ROOT, 'build', `${slug}.js`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  const shown = (p) => (relative(process.cwd(), p).startsWith('..') ? p : relative(process.cwd(), p) || '.');
  console.log(
    [
      `${shown(out)}: ${Buffer.byteLength(code)} bytes`,
      `Try it locally:  npm start -- --functions ${shown(dirname(out))}   (then open <base URL>/functions/${slug})`,
      `Deploy it:       npx @insforge/cli functions deploy ${slug} --file ${shown(out)}`,
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`bundle: ${e.message}`);
    process.exit(1);
  });
}
