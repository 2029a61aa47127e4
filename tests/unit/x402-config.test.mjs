// The per-isolate configuration cache of functions/src/lib/x402-wasm.js on the real x402
// WebAssembly: `X402Config` and `X402Facilitator` are parsed once per set of secret values and
// again only when a value changes or a trap replaced the instance. Constructions are counted
// by wrapping the constructors of the instance's glue (`wasm.instance()`).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facilitatorConfig, paywallConfig, replyOf, wasm } from '../../functions/src/lib/x402-wasm.js';
import { withEnv as withPlatformEnv } from './fake-deno-env.mjs';

const RECIPIENT = `0x${'12'.repeat(20)}`;
const OTHER = `0x${'34'.repeat(20)}`;
const RESOURCE = 'https://project.test/functions/paid';
const SECRETS = () => ({ PAYMENT_RECIPIENT: RECIPIENT, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', JWT_SECRET: 'jwt-secret-value', API_KEY: 'ik_secret_value' });

/** The test's secrets (defaults for this suite). */
function withEnv(t, secrets = SECRETS()) {
  return withPlatformEnv(t, secrets);
}

/**
 * Counts, on the current instance's glue, the configurations made (with the env JSON each
 * was given), the objects freed and the key listings asked for.
 */
function spyGlue(t) {
  const glue = wasm.instance();
  const spy = { paywall: [], facilitator: [], freed: [], keyListings: 0 };
  const saved = { X402Config: glue.X402Config, X402Facilitator: glue.X402Facilitator, x402_env_keys: glue.x402_env_keys };
  const counting = (Real, made, name) =>
    function (env) {
      made.push(env);
      const object = new Real(env);
      const free = object.free;
      object.free = function () {
        spy.freed.push(name);
        return free.call(this);
      };
      return object;
    };
  glue.X402Config = counting(saved.X402Config, spy.paywall, 'paywall');
  glue.X402Facilitator = counting(saved.X402Facilitator, spy.facilitator, 'facilitator');
  glue.x402_env_keys = (...args) => (spy.keyListings++, saved.x402_env_keys(...args));
  t.after(() => Object.assign(glue, saved));
  return spy;
}

/** The reply of the paywall configuration to a request without payment (its flow's only effect). */
function bareReply(config) {
  const flow = wasm.call(() => config.pay('', '', RESOURCE, '/functions/paid', 'GET /functions/paid', crypto.randomUUID(), '', Date.now()));
  try {
    const effect = JSON.parse(wasm.call(() => flow.start(Date.now())));
    assert.equal(effect.kind, 'respond', 'a request without payment is answered at once');
    return effect.reply;
  } finally {
    flow.free();
  }
}

test('the same secrets: the same configuration object, made once', (t) => {
  const env = withEnv(t);
  env.PAYMENT_RECIPIENT = OTHER; // values not cached yet, whatever ran before
  const spy = spyGlue(t);
  const first = paywallConfig();
  for (let i = 0; i < 5; i++) assert.equal(paywallConfig(), first);
  assert.equal(spy.paywall.length, 1);
  assert.equal(bareReply(first).status, 402, 'a working configuration');
  assert.deepEqual(spy.freed, []);
});

test('a secret the configuration does not read changes nothing', (t) => {
  const env = withEnv(t);
  const first = paywallConfig();
  const spy = spyGlue(t);
  env.JWT_SECRET = 'rotated';
  env.API_KEY = 'ik_rotated';
  // Passed to each flow (SETTLER_PRIVATE_KEY) or read by JS alone (the ledger's client).
  env.SETTLER_PRIVATE_KEY = `0x${'59'.repeat(32)}`;
  env.INSFORGE_BASE_URL = 'http://insforge.test';
  assert.equal(paywallConfig(), first);
  assert.equal(spy.paywall.length, 0);
});

test('the configuration is given exactly the secrets it names that are set', (t) => {
  const env = withEnv(t);
  env.X402_FACILITATOR_PAY_TO = `${RECIPIENT},${OTHER}`;
  const spy = spyGlue(t);
  paywallConfig();
  facilitatorConfig();
  const given = JSON.parse(spy.paywall[0]);
  assert.deepEqual(given, { PAYMENT_RECIPIENT: RECIPIENT, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', X402_FACILITATOR_PAY_TO: `${RECIPIENT},${OTHER}` });
  assert.equal(spy.facilitator[0], spy.paywall[0], 'one env JSON serves both');
  assert.ok(!spy.paywall[0].includes('secret_value'), 'no unrelated secret crosses into wasm');
});

test('a changed secret value: a new configuration, and the old one is freed', (t) => {
  const env = withEnv(t);
  const first = paywallConfig();
  const spy = spyGlue(t);
  assert.equal(paywallConfig(), first);
  env.X402_PRICE = '20000';
  const second = paywallConfig();
  assert.notEqual(second, first);
  assert.equal(spy.paywall.length, 1);
  assert.equal(JSON.parse(spy.paywall[0]).X402_PRICE, '20000');
  assert.equal(JSON.parse(bareReply(second).body).accepts[0].maxAmountRequired, '20000', 'the new value is in force');
  // `second` and the ones after it were made by the spied glue: their release is seen.
  for (const [change, label] of [
    [() => (env.X402_PRICE = '30000'), 'a value changed'],
    [() => (env.X402_DESCRIPTION = 'weather'), 'a secret set'],
    [() => delete env.X402_DESCRIPTION, 'a secret unset'],
    // The flow's knobs are configuration now (read with the other secrets, in Rust).
    [() => (env.X402_SETTLE_TIMEOUT_MS = '2000'), 'a flow knob set'],
  ]) {
    const before = paywallConfig();
    const freedBefore = spy.freed.length;
    change();
    assert.notEqual(paywallConfig(), before, label);
    assert.deepEqual(spy.freed.slice(freedBefore), ['paywall'], `${label}: the old configuration is freed`);
  }
  assert.equal(spy.paywall.length, 5);
});

test('the paywall and facilitator configurations are cached side by side, renewed together', (t) => {
  const env = withEnv(t);
  env.X402_FACILITATOR_PAY_TO = OTHER;
  paywallConfig();
  const spy = spyGlue(t);
  env.X402_FACILITATOR_PAY_TO = RECIPIENT;
  const paywall = paywallConfig();
  assert.equal(spy.facilitator.length, 0, 'the facilitator is made only when asked for');
  const facilitator = facilitatorConfig();
  assert.equal(facilitatorConfig(), facilitator);
  assert.equal(paywallConfig(), paywall);
  assert.deepEqual([spy.paywall.length, spy.facilitator.length], [1, 1]);
  env.X402_FACILITATOR_PAY_TO = OTHER;
  assert.notEqual(facilitatorConfig(), facilitator);
  assert.notEqual(paywallConfig(), paywall);
  assert.deepEqual(spy.freed.sort(), ['facilitator', 'paywall']);
  assert.deepEqual([spy.paywall.length, spy.facilitator.length], [2, 2]);
});

test('the secret names are listed once per instance, not per call', (t) => {
  const env = withEnv(t);
  paywallConfig();
  const spy = spyGlue(t);
  for (let i = 0; i < 3; i++) {
    env.X402_PRICE = String(40000 + i);
    paywallConfig();
    facilitatorConfig();
  }
  assert.equal(spy.keyListings, 0);
  assert.equal(spy.paywall.length, 3);
});

test('a configuration error is kept and answers its 500 reply, naming the secret, never a value', (t) => {
  const env = withEnv(t);
  env.OKX_SECRET_KEY = 'okx-secret-value';
  delete env.MOCK_OKX_FACILITATOR;
  delete env.PAYMENT_RECIPIENT;
  const broken = paywallConfig();
  assert.equal(paywallConfig(), broken, 'the error is cached like a configuration');
  const missing = bareReply(broken);
  assert.equal(missing.status, 500);
  const body = JSON.parse(missing.body);
  assert.equal(body.error, 'missing_secret');
  assert.equal(body.statusCode, 500);
  assert.match(body.message, /PAYMENT_RECIPIENT/);

  env.PAYMENT_RECIPIENT = RECIPIENT;
  env.X402_PRICE = 'ten cents';
  const invalid = bareReply(paywallConfig());
  assert.equal(invalid.status, 500);
  assert.equal(JSON.parse(invalid.body).error, 'invalid_secret');
  assert.match(JSON.parse(invalid.body).message, /X402_PRICE/);
  assert.ok(!invalid.body.includes('ten cents') && !invalid.body.includes('okx-secret-value'), invalid.body);

  delete env.X402_FACILITATOR_PAY_TO;
  delete env.PAYMENT_RECIPIENT;
  const refused = replyOf(wasm.call(() => facilitatorConfig().supported()));
  assert.equal(refused.status, 500);
  assert.equal(JSON.parse(refused.body).error, 'missing_secret');

  Object.assign(env, { PAYMENT_RECIPIENT: RECIPIENT, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true' });
  assert.equal(bareReply(paywallConfig()).status, 402, 'fixed by setting the secret: no restart needed');
});

test('a trap replaces the instance, and the configurations are made again on the new one', (t) => {
  withEnv(t);
  const glue = wasm.instance();
  const paywall = paywallConfig();
  const facilitator = facilitatorConfig();
  assert.throws(() =>
    wasm.call(() => {
      throw new WebAssembly.RuntimeError('unreachable');
    }),
  );
  const fresh = wasm.instance();
  assert.notEqual(fresh, glue, 'a new instance');
  const again = paywallConfig();
  assert.notEqual(again, paywall);
  assert.ok(again instanceof fresh.X402Config, 'made by the new instance');
  assert.ok(facilitatorConfig() instanceof fresh.X402Facilitator);
  assert.notEqual(facilitatorConfig(), facilitator);
  assert.equal(bareReply(again).status, 402);
  assert.equal(paywallConfig(), again, 'and kept');
});
