// `npm run bundle -- --paywall <handler.js> --slug <slug> [--out <file>]`
//
// Wraps YOUR handler in the x402 paywall: the result is one deployable function file,
// functions/dist/<slug>.js by default. No Rust needed: the WebAssembly, its glue and the
// paywall code are taken from the committed x402-paywall bundle; only the handler changes.
//
// The handler file is plain JavaScript in the same classic-script form as any InsForge
// function (no import/export), setting `module.exports` to `async (req, payment) => Response`.
// `payment` = {payer, amount, asset, network, nonce, txHash, mock, replay, x402Version}.
// It runs only after the payment is verified, settled and recorded.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SOURCE_MARK, STAMP_RE, checkClassicScript } from './lib/bundle.mjs';
import { denoCheck } from './lib/deno-check.mjs';
import { ROOT, ensureNodeModules } from './lib/toolchain.mjs';

const SLUG_RE = /^[a-zA-Z0-9_-]+$/;
const TEMPLATE = 'x402-paywall';

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The bundle text for `slug` around `handlerSource`. */
export function paywallBundle(template, handlerSource, slug) {
  const marker = `${SOURCE_MARK}${TEMPLATE}.js\n`;
  const at = template.lastIndexOf(marker);
  const end = template.lastIndexOf('})();');
  if (at < 0 || end < at) throw new Error('functions/dist/x402-paywall.js has an unexpected shape: rebuild it');
  const stamp = createHash('sha256').update(template.match(STAMP_RE)?.[1] ?? '').update('\0').update(slug).update('\0').update(handlerSource).digest('hex');
  const head = template
    .slice(0, at)
    .replace(/^\/\/ x402-paywall: .*$/m, `// ${slug}: your handler behind the insforge-edge x402 paywall (npm run bundle).`)
    .replace(/^\/\/ Deploy as-is: .*$/m, `// Deploy as-is: npx @insforge/cli functions deploy ${slug} --file functions/dist/${slug}.js`)
    .replace(/^\/\/ Generated file: .*$/m, '// Generated file: edit your handler and run `npm run bundle` again.')
    .replace(STAMP_RE, `// source-hash: sha256:${stamp}`);
  return [
    head.trimEnd(),
    `${SOURCE_MARK}handler (${slug})`,
    // The handler gets its own `module`, so its `module.exports` is only its handler.
    'const paidHandler = (function () {',
    'const module = { exports: __wbgAny(null) };',
    handlerSource.trimEnd(),
    'return module.exports;',
    '})();',
    `module.exports = x402Paywall(${JSON.stringify(slug)}, paidHandler);`,
    '})();',
    '',
  ].join('\n');
}

async function main() {
  const handlerPath = arg('paywall');
  const slug = arg('slug');
  if (!handlerPath || !slug) throw new Error('usage: npm run bundle -- --paywall <handler.js> --slug <slug> [--out <file>]');
  if (!SLUG_RE.test(slug) || slug === 'health') throw new Error(`invalid slug ${slug}: use letters, digits, - and _ (not "health")`);
  const handlerSource = readFileSync(resolve(handlerPath), 'utf8');
  try {
    checkClassicScript(handlerSource, 'handler');
  } catch (e) {
    throw new Error(`${handlerPath} must be a classic script (no import/export): ${e.message}`);
  }
  const templatePath = join(ROOT, 'functions/dist', `${TEMPLATE}.js`);
  if (!existsSync(templatePath)) throw new Error('functions/dist/x402-paywall.js is missing');
  const code = paywallBundle(readFileSync(templatePath, 'utf8'), handlerSource, slug);
  checkClassicScript(code, slug);
  ensureNodeModules();
  denoCheck([{ slug, code }]);
  const out = resolve(arg('out') ?? join(ROOT, 'functions/dist', `${slug}.js`));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.log(`${out}: ${code.length} B; deploy with npx @insforge/cli functions deploy ${slug} --file ${out}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`bundle: ${e.message}`);
    process.exit(1);
  });
}
