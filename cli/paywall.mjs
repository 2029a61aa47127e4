// `insforge-edge paywall <handler.js> --slug <slug>`: YOUR handler behind the x402 paywall, as
// one deployable function file. No Rust needed: the WebAssembly and the paywall code are the
// committed ones (functions/src); esbuild bundles them around your handler, and the result
// passes the same Cloud type check as this package's own functions.
//
// The handler file is an ES module whose default export is the handler, or a classic script
// that sets `module.exports`: `async (req, payment) => Response`.
// `payment` = {scheme, payer, amount, asset, network, nonce, txHash, mock, replay, x402Version}.
// It runs only after the payment is verified, settled and recorded; a metered one (`upto`)
// runs after the payment is verified and claimed, with `ceiling` and `charge(amount)`, and is
// settled for what it charged (docs/x402.md, "Metered pricing").

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../runtime/proc.mjs';
import { bundleFunction, checkClassicScript } from './bundle.mjs';

const SLUG_RE = /^[a-zA-Z0-9_-]+$/;

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
      `${slug}: your handler behind the insforge-edge x402 paywall (insforge-edge paywall).`,
      `Deploy as-is: npx @insforge/cli functions deploy ${slug} --file <this file>`,
      'Generated file: edit your handler and run `insforge-edge paywall` again.',
    ],
  });
  checkClassicScript(code, slug);
  return code;
}
