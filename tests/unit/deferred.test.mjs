// Deferred modules (cli/bundle.mjs): a module named in manifest.json's "deferred" reaches a
// function as text in a comment, evaluated on the first call of one of its exports. Here: it is
// not evaluated before, once after, with the function's own `Deno`; what cannot be deferred is
// refused at build time; x402-paywall carries its page that way, renders it, and answers the JSON
// challenge where a host refuses code from strings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunction, deferredModuleSource } from '../../cli/bundle.mjs';
import { evaluateBundle } from '../../bench/evaluate.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const RECIPIENT = '0x209693Bc6afc0C5328bA36FaF03C514EF312287C';
const SECRETS = { PAYMENT_RECIPIENT: RECIPIENT, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true' };
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** A function bundled around `handler` with `lib/late.js` (source `late`) deferred. */
function withDeferred(late, handler) {
  const dir = mkdtempSync(join(tmpdir(), 'deferred-'));
  try {
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'src', 'deferred'));
    symlinkSync(join(ROOT, 'functions/src/lib'), join(dir, 'src', 'lib'));
    writeFileSync(join(dir, 'late.js'), late);
    writeFileSync(join(dir, 'src', 'deferred', 'late.js'), deferredModuleSource(dir, join(dir, 'late.js')));
    writeFileSync(join(dir, 'src', 'handler.js'), handler);
    return bundleFunction({ root: ROOT, slug: 'deferred-test', resolveDir: join(dir, 'src'), entry: "export { default } from './handler.js';\n", header: ['a test bundle'] }).code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a deferred module is evaluated on the first call of one of its exports, once, with the function\'s Deno', async () => {
  globalThis.lateEvaluations = 0;
  const code = withDeferred(
    'globalThis.lateEvaluations += 1;\nexport function secret(name) { return Deno.env.get(name); }\nexport const twice = (x) => 2 * x;\n',
    "import { secret, twice } from './deferred/late.js';\nexport default async (req) => new Response(req.url.endsWith('/late') ? `${secret('K')} ${twice(21)} ${globalThis.lateEvaluations}` : 'early');\n",
  );
  assert.ok(!/\blateEvaluations \+= 1/.test(code.replace(/\/\*![^]*?\*\//g, '')), 'the module\'s code is only in the comment');
  globalThis.lateEvaluations = 0; // building it ran its top level once, to check its exports
  try {
    const handler = evaluateBundle(code, { K: 'from the function' });
    assert.equal(await (await handler(new Request('http://x.test/early'))).text(), 'early');
    assert.equal(globalThis.lateEvaluations, 0, 'not evaluated before its first call');
    assert.equal(await (await handler(new Request('http://x.test/late'))).text(), 'from the function 42 1');
    assert.equal(await (await handler(new Request('http://x.test/late'))).text(), 'from the function 42 1', 'evaluated once');
  } finally {
    delete globalThis.lateEvaluations;
  }
});

test('what cannot be deferred is refused when it is built', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deferred-refused-'));
  try {
    const source = (name, text) => {
      writeFileSync(join(dir, name), text);
      return () => deferredModuleSource(dir, join(dir, name));
    };
    assert.throws(source('value.js', 'export const LIMIT = 5;\nexport function f() { return LIMIT; }\n'), /export LIMIT is not a function/);
    assert.throws(source('closer.js', "export function f() { return '*/'; }\n"), /holds "\*\/"/);
    assert.throws(source('none.js', 'globalThis.x = 1;\n'), /exports nothing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every committed deferred module is what its source defers to now', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'functions/src/manifest.json'), 'utf8'));
  assert.ok(manifest.deferred.includes('lib/paywall-page.js'));
  for (const module of manifest.deferred) {
    const committed = readFileSync(join(ROOT, 'functions/src/deferred', module.split('/').pop()), 'utf8');
    assert.equal(committed, deferredModuleSource(ROOT, join(ROOT, 'functions/src', module)), `${module}: run npm run build`);
  }
});

test('x402-paywall carries its page deferred, and renders it for a browser', async () => {
  const code = readFileSync(join(ROOT, 'functions/dist/x402-paywall.js'), 'utf8');
  const outside = code.replace(/\/\*![^]*?\*\//g, '');
  assert.ok(code.includes('function approvalSection(') && !outside.includes('function approvalSection('), 'the page\'s code is only in a comment');
  const handler = evaluateBundle(code, SECRETS);
  const json = await handler(new Request('https://shop.test/functions/x402-paywall', { method: 'GET' }));
  assert.equal(json.status, 402);
  assert.ok(Array.isArray((await json.json()).accepts));
  const page = await handler(new Request('https://shop.test/functions/x402-paywall', { method: 'GET', headers: { Accept: BROWSER } }));
  assert.equal(page.status, 402);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.ok(page.headers.get('payment-required'));
  assert.match(await page.text(), /<script/);
});

test('where a host refuses code from strings, a browser gets the JSON challenge instead of the page', () => {
  // The paywall from its sources, in a Node that refuses `new Function` and `eval`.
  const script = `
    globalThis.Deno = { env: { get: (k) => (${JSON.stringify(SECRETS)})[k] } };
    const { x402Paywall } = await import(${JSON.stringify(join(ROOT, 'functions/src/lib/paywall.js'))});
    const handler = x402Paywall('x402-paywall', async () => new Response('paid'));
    const res = await handler(new Request('https://shop.test/functions/x402-paywall', { headers: { Accept: ${JSON.stringify(BROWSER)} } }));
    console.log(JSON.stringify({ status: res.status, type: res.headers.get('content-type'), body: await res.json() }));`;
  const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop());
  assert.equal(out.status, 402);
  assert.match(out.type, /^application\/json/);
  assert.ok(Array.isArray(out.body.accepts));
  assert.match(r.stderr, /x402-paywall \(page\): internal error \(EvalError\)/);
});
