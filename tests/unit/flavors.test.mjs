// Which .wasm each x402 function carries: x402-paywall the challenge and paywall flavors (the
// x402 module without the facilitator's and reconcile's exports, which it never runs), the
// facilitator and reconcile functions the whole x402 flavor. The paywall flavor's exports answer
// as the x402 flavor's do. Each generated module's secret names are its module's own answer.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as paywallFlavor from '../../functions/src/wasm/paywall.js';
import * as x402Flavor from '../../functions/src/wasm/x402.js';
import * as challengeFlavor from '../../functions/src/wasm/challenge.js';
import * as bridgeFlavor from '../../functions/src/wasm/bridge.js';
import * as walletFlavor from '../../functions/src/wasm/wallet.js';
import { wasmBase64, wasmLoader } from '../../functions/src/lib/wasm.js';
import { bridgeFamilies, envKeysOf } from '../../scripts/build.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const FLAVORS = { bridge: bridgeFlavor, x402: x402Flavor, paywall: paywallFlavor, wallet: walletFlavor, challenge: challengeFlavor };
const dist = (slug) => readFileSync(`${ROOT}functions/dist/${slug}.js`, 'utf8');
const ENV = JSON.stringify({ PAYMENT_RECIPIENT: '0x1111111111111111111111111111111111111111', X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true' });

test('the paywall flavor has the paywall exports and not the facilitator or reconcile ones; the x402 flavor has all', () => {
  const paywall = wasmLoader(paywallFlavor).instance();
  const x402 = wasmLoader(x402Flavor).instance();
  for (const g of [paywall, x402]) {
    assert.equal(typeof g.X402Config, 'function');
    assert.equal(typeof g.X402Config.prototype.pay, 'function');
    assert.equal(typeof g.X402Config.prototype.sign_in, 'function');
    assert.equal(typeof g.x402_env_keys, 'function');
  }
  assert.equal(paywall.X402Facilitator, undefined);
  assert.equal(paywall.X402Config.prototype.reconcile, undefined);
  assert.equal(typeof x402.X402Facilitator, 'function');
  assert.equal(typeof x402.X402Config.prototype.reconcile, 'function');
  assert.ok(wasmBase64(paywallFlavor).length < wasmBase64(x402Flavor).length, 'the paywall module is the smaller');
});

test('x402-paywall carries the challenge and paywall modules, not the x402 one; the facilitator and reconcile carry x402', () => {
  const [paywall, x402, challenge] = [paywallFlavor, x402Flavor, challengeFlavor].map(wasmBase64);
  const has = (slug, text) => dist(slug).includes(text);
  assert.ok(has('x402-paywall', paywall) && has('x402-paywall', challenge));
  assert.ok(!has('x402-paywall', x402));
  for (const slug of ['x402-facilitator', 'x402-reconcile']) {
    assert.ok(has(slug, x402), `${slug} carries the x402 module`);
    assert.ok(!has(slug, paywall), `${slug} does not carry the paywall module`);
  }
});

test('the paywall flavor answers as the x402 flavor: the secret names, a refused payment, a configuration error', () => {
  const answers = (flavor) => {
    const g = wasmLoader(flavor).instance();
    const out = [g.x402_env_keys()];
    for (const env of [ENV, '{}']) {
      const config = new g.X402Config(env);
      for (const header of ['not base64 at all', Buffer.from('{"x402Version":2}').toString('base64')]) {
        const flow = config.pay(header, '', 'https://example.test/functions/x402-paywall', '/functions/x402-paywall', 'GET /', 'claim', '', 1_700_000_000_000);
        out.push(JSON.parse(flow.start(1_700_000_000_000)));
        flow.free();
      }
      config.free();
    }
    return out;
  };
  const paywall = answers(paywallFlavor);
  assert.deepEqual(paywall, answers(x402Flavor));
  assert.equal(paywall[1].kind, 'respond', 'a malformed payment is answered at once');
  assert.equal(paywall[3].reply.status, 500, 'no configuration is a 500');
});

test('every flavor carries its own glue, and no wasm-bindgen: plain exports, no imports', () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}functions/src/manifest.json`, 'utf8'));
  for (const [flavor, spec] of Object.entries(manifest.wasm)) {
    const source = readFileSync(`${ROOT}functions/src/wasm/${flavor}.js`, 'utf8');
    assert.ok(source.includes(`export { createWasmGlue } from '../${spec.glue}';`), `${flavor}: its own glue`);
    assert.ok(!source.includes('wasm_bindgen') && !source.includes('__wbg'), `${flavor}: no wasm-bindgen glue`);
    const module = new WebAssembly.Module(Buffer.from(wasmBase64(FLAVORS[flavor]), 'base64'));
    assert.deepEqual(WebAssembly.Module.imports(module), [], `${flavor}: imports nothing`);
    assert.ok(!WebAssembly.Module.exports(module).some((e) => e.name.includes('wbindgen') || e.name.startsWith('__wbg')), `${flavor}: no wasm-bindgen export`);
  }
});

test("every flavor's ENV_KEYS is its module's own answer; every bridge function's family has its list", async () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}functions/src/manifest.json`, 'utf8'));
  for (const [name, flavor] of Object.entries(FLAVORS)) {
    const bytes = Buffer.from(wasmBase64(flavor), 'base64');
    assert.deepEqual(flavor.ENV_KEYS, await envKeysOf(name, bytes, manifest.wasm[name].glue), name);
  }
  assert.ok(paywallFlavor.ENV_KEYS.split(',').includes('PAYMENT_RECIPIENT'));
  const families = bridgeFamilies();
  assert.deepEqual(families.length, 4, 'the four bridge functions');
  for (const family of families) assert.ok(bridgeFlavor.ENV_KEYS[family]?.includes('JWT_SECRET'), `the ${family} family's secret names`);
});
