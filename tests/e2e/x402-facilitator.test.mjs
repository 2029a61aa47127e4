// End to end: the x402-facilitator bundle from functions/dist/ in BOTH InsForge contracts,
// addressed every supported way (self-hosted: ?op= and X-Facilitator-Op on /functions/<slug>;
// Cloud: /<slug>/verify sub-paths on the functions host AND ?op= through the backend proxy),
// the local OKX stand-in (strict HMAC, both API generations, counts calls), payments signed by
// viem with fresh keys, the official x402@1.2.0 facilitator client, and the ledger in Postgres.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startOkx } from '../support/okx.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { newPayer, requirementsFor, signPayment, enableV1Network, decodeHeader } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const SLUG = 'x402-facilitator';
const AMOUNT = '10000';
const BASE_SEPOLIA_USDC = '0x036CbD53842c5426634e7929541eC2318f3dCF7e';
const code = readFileSync(join(ROOT, 'functions/dist', `${SLUG}.js`), 'utf8');

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402-facilitator, ${contract} contract`, () => {
    let stack;
    let okx;
    let payTo; // allowed recipients
    let payTo2;
    let token = null;

    // Every way this contract can address an operation.
    const routes = () =>
      contract === 'self-hosted'
        ? [
            { name: '?op=', url: (op) => `${stack.baseUrl}/functions/${SLUG}?op=${op}`, headers: {} },
            { name: 'X-Facilitator-Op', url: () => `${stack.baseUrl}/functions/${SLUG}`, headers: (op) => ({ 'X-Facilitator-Op': op }) },
          ]
        : [
            { name: 'sub-path', url: (op) => `${stack.functionsUrl}/${SLUG}/${op}`, headers: {} },
            { name: 'proxy ?op=', url: (op) => `${stack.baseUrl}/functions/${SLUG}?op=${op}`, headers: {} },
          ];

    async function call(op, body, { route = routes()[0], method, headers = {} } = {}) {
      const h = { 'Content-Type': 'application/json', ...(typeof route.headers === 'function' ? route.headers(op) : route.headers), ...headers };
      if (token && !('Authorization' in headers)) h.Authorization = `Bearer ${token}`;
      const res = await fetch(route.url(op), { method: method ?? (op === 'supported' ? 'GET' : 'POST'), headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
      return readReply(res);
    }

    /** A signed {x402Version, paymentPayload, paymentRequirements} body. */
    async function request({ version = 2, requirements, payer = newPayer(), overrides, mutate } = {}) {
      const reqs = requirements ?? requirementsFor({ payTo, amount: AMOUNT, resource: 'https://seller.example/api/data' });
      const signed = await signPayment({ payer, requirements: reqs, version, overrides, mutate });
      const { resource, ...v2 } = reqs;
      const paymentRequirements =
        version === 1
          ? { scheme: 'exact', network: reqs.network, maxAmountRequired: reqs.amount, resource: resource ?? 'https://seller.example/api/data', description: 'data', mimeType: 'application/json', payTo: reqs.payTo, maxTimeoutSeconds: reqs.maxTimeoutSeconds, asset: reqs.asset, extra: reqs.extra }
          : v2;
      return { body: { x402Version: version, paymentPayload: signed.headerObject, paymentRequirements }, payer, nonce: signed.authorization.nonce };
    }

    const ledger = async (nonce) => (await stack.query('select * from x402_payments where nonce = $1', [nonce])).rows;
    const okxCalls = () => ({ ...okx.calls });

    before(async () => {
      okx = await startOkx();
      payTo = newPayer().address;
      payTo2 = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_facilitator_${contract.replace('-', '_')}`),
        secrets: {
          X402_FACILITATOR_PAY_TO: `${payTo}, ${payTo2}`,
          OKX_API_KEY: okx.apiKey,
          OKX_SECRET_KEY: okx.secretKey,
          OKX_PASSPHRASE: okx.passphrase,
          OKX_BASE_URL: okx.url,
          X402_SETTLE_TIMEOUT_MS: '3000',
        },
      });
      await stack.deploy(SLUG, code);
    });
    after(async () => {
      await stack?.stop();
      await okx?.close();
    });

    test('supported: every route, and a bare GET', async () => {
      for (const route of routes()) {
        const r = await call('supported', undefined, { route });
        assert.equal(r.status, 200, `${route.name}: ${r.text}`);
        assert.ok(r.json.kinds.some((k) => k.x402Version === 2 && k.scheme === 'exact' && k.network === 'eip155:196'), r.text);
        assert.ok(r.json.kinds.some((k) => k.x402Version === 1 && k.network === 'eip155:196'));
        assert.equal(r.headers.get('access-control-allow-origin'), '*');
      }
      const bare = await fetch(`${stack.baseUrl}/functions/${SLUG}`);
      assert.equal(bare.status, 200);
      assert.ok((await bare.json()).kinds.length > 0);
      if (contract === 'cloud') {
        const direct = await fetch(`${stack.functionsUrl}/${SLUG}`);
        assert.equal(direct.status, 200);
      }
      assert.equal(okx.calls.supported, 0, 'supported is answered locally');
    });

    test('no operation, unknown operation, wrong method: 400/405 JSON errors, never 404', async () => {
      const post = await fetch(`${stack.baseUrl}/functions/${SLUG}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      assert.equal(post.status, 400);
      assert.deepEqual(Object.keys(await post.json()).sort(), ['error', 'message', 'statusCode']);
      const unknown = await fetch(`${stack.baseUrl}/functions/${SLUG}?op=refund`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      assert.equal(unknown.status, 400);
      assert.equal((await unknown.json()).error, 'unknown_operation');
      if (contract === 'cloud') {
        const sub = await fetch(`${stack.functionsUrl}/${SLUG}/refund`, { method: 'POST', body: '{}' });
        assert.equal(sub.status, 400);
      }
      const get = await call('verify', undefined, { method: 'GET' });
      assert.equal(get.status, 405);
      assert.equal(get.json.statusCode, 405);
    });

    test('verify: valid v2 and v1 payments on every route; OKX verify is called, settle is not', async () => {
      for (const route of routes()) {
        for (const version of [2, 1]) {
          const { body, payer } = await request({ version });
          const before = okxCalls();
          const r = await call('verify', body, { route });
          assert.equal(r.status, 200, `${route.name} v${version}: ${r.text}`);
          assert.deepEqual(r.json, { isValid: true, payer: payer.address.toLowerCase() });
          assert.equal(okx.calls.verify, before.verify + 1);
          assert.equal(okx.calls.settle, before.settle);
        }
      }
      // Any allowed recipient.
      const { body } = await request({ requirements: requirementsFor({ payTo: payTo2, amount: '1' }) });
      assert.equal((await call('verify', body)).json.isValid, true);
    });

    test('verify: locally invalid payments are refused without calling OKX', async () => {
      const stranger = newPayer().address;
      const cases = [
        ['payTo not in the allow-list', await request({ requirements: requirementsFor({ payTo: stranger, amount: AMOUNT }) }), 'invalid_payment_requirements'],
        ['unknown asset', await request({ requirements: requirementsFor({ payTo, amount: AMOUNT, asset: '0x1111111111111111111111111111111111111111' }) }), 'invalid_payment_requirements'],
        ['domain mismatch (OKX SDK "USDG"/"2")', await request({ requirements: requirementsFor({ payTo, amount: AMOUNT, name: 'USDG', version: '2' }) }), 'invalid_payment_requirements'],
        ['bad signature (signed for another domain)', await request({ overrides: { domainVersion: '2' } }), 'invalid_exact_evm_payload_signature'],
        ['bad signature (wrong signer)', await request({ mutate: (h) => (h.payload.authorization.from = stranger) }), 'invalid_exact_evm_payload_signature'],
        ['value differs', await request({ overrides: { value: '9999' } }), 'invalid_exact_evm_payload_authorization_value'],
        ['expired', await request({ overrides: { validBefore: String(Math.floor(Date.now() / 1000) + 2) } }), 'invalid_exact_evm_payload_authorization_valid_before'],
        ['unknown network', await request({ requirements: requirementsFor({ payTo, amount: AMOUNT, network: 'eip155:1' }) }), 'invalid_network'],
      ];
      const before = okxCalls();
      for (const [name, { body }, reason] of cases) {
        const r = await call('verify', body);
        assert.equal(r.status, 200, `${name}: ${r.text}`);
        assert.equal(r.json.isValid, false, name);
        assert.equal(r.json.invalidReason, reason, `${name}: ${r.text}`);
        const s = await call('settle', body);
        assert.equal(s.status, 200, name);
        assert.equal(s.json.success, false, name);
        assert.equal(s.json.errorReason, reason, name);
        assert.equal(s.json.transaction, '');
      }
      assert.deepEqual(okxCalls(), before, 'OKX was never called');
      assert.equal((await stack.query('select count(*)::int as n from x402_payments')).rows[0].n >= 0, true);
      // Malformed bodies: 400 with both shapes.
      const { body } = await request();
      for (const bad of [{}, { ...body, x402Version: 3 }, { ...body, paymentPayload: 'x' }, { x402Version: 2, paymentPayload: body.paymentPayload }]) {
        const r = await call('verify', bad);
        assert.equal(r.status, 400, JSON.stringify(bad).slice(0, 80));
        assert.equal(r.json.isValid, false);
        assert.equal(r.json.statusCode, 400);
      }
      const big = await call('settle', { ...body, junk: 'x'.repeat(20000) });
      assert.equal(big.status, 413);
      assert.equal(big.json.success, false);
      assert.deepEqual(okxCalls(), before);
    });

    test('settle: success is recorded in the ledger; a duplicate returns the same transaction without a second OKX settle', async () => {
      const { body, payer, nonce } = await request({ version: 2 });
      const before = okxCalls();
      const r = await call('settle', body);
      assert.equal(r.status, 200, r.text);
      assert.equal(r.json.success, true);
      assert.match(r.json.transaction, /^0x[0-9a-f]{64}$/);
      assert.equal(r.json.network, 'eip155:196');
      assert.equal(r.json.payer, payer.address.toLowerCase());
      assert.equal(okx.calls.settle, before.settle + 1);
      const rows = await ledger(nonce.toLowerCase());
      assert.equal(rows.length, 1);
      assert.equal(rows[0].status, 'settled');
      assert.equal(rows[0].tx_hash, r.json.transaction);
      assert.equal(rows[0].settler, 'okx');
      assert.equal(rows[0].amount, AMOUNT);
      assert.equal(rows[0].payer_address, payer.address.toLowerCase());
      assert.equal(rows[0].endpoint, 'https://seller.example/api/data');
      // The accepted requirements are kept with the payment (no secret in the public ledger).
      assert.equal(rows[0].payment.requirements.payTo, payTo.toLowerCase());
      assert.equal(rows[0].payment.requirements.amount, AMOUNT);
      assert.deepEqual(rows[0].payment.requirements.extra, { name: 'Global Dollar', version: '1' });
      assert.ok(!JSON.stringify(rows[0]).includes(okx.secretKey) && !JSON.stringify(rows[0]).includes(okx.apiKey));
      for (const route of routes()) {
        const again = await call('settle', body, { route });
        assert.equal(again.status, 200, again.text);
        assert.deepEqual(again.json, r.json, `duplicate via ${route.name}`);
      }
      assert.equal(okx.calls.settle, before.settle + 1, 'settled once');
      assert.equal((await ledger(nonce.toLowerCase())).length, 1);
    });

    test('settle: concurrent duplicates settle once and all get the same transaction (v1 body)', async () => {
      const { body, nonce } = await request({ version: 1 });
      const before = okxCalls();
      okx.delay('settle', 400);
      try {
        const results = await Promise.all(routes().flatMap((route) => [call('settle', body, { route }), call('settle', body, { route })]));
        for (const r of results) assert.equal(r.status, 200, r.text);
        const txs = new Set(results.map((r) => r.json.transaction));
        assert.equal(txs.size, 1, JSON.stringify(results.map((r) => r.json)));
        assert.equal(okx.calls.settle, before.settle + 1);
        const rows = await ledger(nonce.toLowerCase());
        assert.equal(rows.length, 1);
        assert.equal(rows[0].tx_hash, [...txs][0]);
      } finally {
        okx.delay('settle', 0);
      }
    });

    test('settle: an OKX refusal is a success:false answer and the row is marked failed; "nonce already used" alone proves nothing: unknown, never failed', async () => {
      // A definite refusal before anything moved: failed.
      const refused = await request();
      okx.fail('verify', 400, 1);
      const f = await call('settle', refused.body);
      assert.equal(f.json.success, false, f.text);
      assert.equal((await ledger(refused.nonce.toLowerCase()))[0].status, 'failed');
      // Valid locally, but OKX has seen the nonce: it may have moved this very payment, so the
      // chain is asked; with no node in reach nothing is proven: 503, the row stays pending.
      const { body, nonce, payer } = await request();
      okx.usedNonces.add(`${payer.address.toLowerCase()}:${nonce.toLowerCase()}`);
      const r = await call('settle', body);
      assert.equal(r.status, 503, r.text);
      assert.equal(r.json.success, false);
      assert.equal((await ledger(nonce.toLowerCase()))[0].status, 'pending');
      // OKX down: 503 with Retry-After, nothing recorded as settled.
      const second = await request();
      okx.fail('verify', 503, 5);
      try {
        const d = await call('settle', second.body);
        assert.equal(d.status, 503, d.text);
        assert.equal(d.json.success, false);
        assert.equal(d.headers.get('retry-after'), '5');
        const v = await call('verify', second.body);
        assert.equal(v.status, 503);
        assert.equal(v.json.isValid, false);
      } finally {
        okx.reset();
      }
    });

    test('an unknown settle of another server\'s payment: reconcile never resubmits it; the same settle presented again resolves it under the caller\'s requirements', async () => {
      await stack.setSecrets({ X402_RECONCILE_MIN_AGE_SECONDS: '0' });
      await stack.deploy('x402-reconcile', readFileSync(join(ROOT, 'functions/dist/x402-reconcile.js'), 'utf8'));
      okx.reset();
      // Another server's requirements: payTo2 and a price the project never configured.
      const { body, nonce } = await request({ requirements: requirementsFor({ payTo: payTo2, amount: '777', resource: 'https://other.example/x' }) });
      okx.fail('settle', 500, 1);
      const r = await call('settle', body);
      assert.equal(r.status, 503, r.text);
      assert.equal((await ledger(nonce.toLowerCase()))[0].status, 'pending');
      const rec = await fetch(`${stack.baseUrl}/functions/x402-reconcile`, { method: 'POST', headers: { Authorization: `Bearer ${stack.secrets.API_KEY}` } });
      const report = await rec.json();
      assert.equal(rec.status, 200, JSON.stringify(report));
      assert.equal((await ledger(nonce.toLowerCase()))[0].status, 'pending', JSON.stringify(report));
      assert.equal(okx.calls.settle, 1, 'reconcile proves; it never submits');
      const again = await call('settle', body);
      assert.equal(again.json.success, true, again.text);
      const [row] = await ledger(nonce.toLowerCase());
      assert.equal(row.status, 'settled');
      assert.equal(again.json.transaction, row.tx_hash);
      assert.equal(okx.calls.settle, 2);
      assert.deepEqual(okx.rejected, [], 'the re-settle carried the caller\'s requirements, signed correctly');
      const third = await call('settle', body);
      assert.deepEqual([third.json.success, third.json.transaction], [true, row.tx_hash]);
      assert.equal(okx.calls.settle, 2);
    });

    test('the legacy OKX API generation (OKX_API=legacy) verifies and settles', async () => {
      await stack.setSecrets({ OKX_API: 'legacy' });
      try {
        const { body, nonce } = await request({ version: 1 });
        const before = okxCalls();
        const v = await call('verify', body);
        assert.equal(v.json.isValid, true, v.text);
        const s = await call('settle', body);
        assert.equal(s.json.success, true, s.text);
        assert.match(s.json.transaction, /^0x[0-9a-f]{64}$/);
        assert.equal(okx.calls.verify, before.verify + 2, 'settle verifies with OKX first');
        assert.equal(okx.calls.settle, before.settle + 1);
        assert.equal((await ledger(nonce.toLowerCase()))[0].tx_hash, s.json.transaction);
        assert.equal(okx.rejected.length, 0, JSON.stringify(okx.rejected));
      } finally {
        await stack.setSecrets({ OKX_API: null });
      }
    });

    test('mock mode (MOCK_OKX_FACILITATOR=true) settles without OKX, marked mock', async () => {
      await stack.setSecrets({ MOCK_OKX_FACILITATOR: 'true' });
      try {
        const { body, nonce } = await request();
        const before = okxCalls();
        assert.equal((await call('verify', body)).json.isValid, true);
        const s = await call('settle', body);
        assert.equal(s.json.success, true, s.text);
        assert.match(s.json.transaction, /^mock:0x[0-9a-f]{64}$/);
        assert.deepEqual(okxCalls(), before);
        assert.equal((await ledger(nonce.toLowerCase()))[0].settler, 'mock');
      } finally {
        await stack.setSecrets({ MOCK_OKX_FACILITATOR: null });
      }
    });

    if (contract === 'cloud') {
      test('interop: the official x402@1.2.0 facilitator client (useFacilitator) verifies through our Cloud sub-path', async () => {
        const { useFacilitator } = await import('x402/verify');
        const { createPaymentHeader } = await import('x402/client');
        const payer = newPayer();
        const requirements = {
          scheme: 'exact',
          network: 'base-sepolia',
          maxAmountRequired: AMOUNT,
          resource: 'https://seller.example/api/data',
          description: 'data',
          mimeType: 'application/json',
          payTo,
          maxTimeoutSeconds: 60,
          asset: BASE_SEPOLIA_USDC,
          extra: { name: 'USDC', version: '2' },
        };
        await enableV1Network('base-sepolia');
        const payload = decodeHeader(await createPaymentHeader(payer.account, 1, requirements));
        const facilitator = useFacilitator({ url: `${stack.functionsUrl}/${SLUG}` });
        const before = okxCalls();
        const verdict = await facilitator.verify(payload, requirements);
        assert.equal(verdict.isValid, true, JSON.stringify(verdict));
        assert.equal(verdict.payer, payer.address.toLowerCase());
        assert.equal(okx.calls.verify, before.verify + 1);
        const kinds = await facilitator.supported();
        assert.ok(kinds.kinds.some((k) => k.network === 'base-sepolia' && k.x402Version === 1));
        // A refusal is an answer, not an exception: 200 {isValid:false}.
        const wrong = await facilitator.verify(payload, { ...requirements, payTo: newPayer().address });
        assert.equal(wrong.isValid, false);
        assert.equal(wrong.invalidReason, 'invalid_payment_requirements');
      });
    }

    if (contract === 'cloud') {
      test('interop: @x402/core HTTPFacilitatorClient (v2) verifies, settles and lists kinds through the Cloud URL, with the bearer token', async () => {
        const { HTTPFacilitatorClient } = await import('@x402/core/http');
        const secret = `fac_${Date.now()}`;
        await stack.setSecrets({ X402_FACILITATOR_TOKEN: secret });
        try {
          const auth = { Authorization: `Bearer ${secret}` };
          const client = new HTTPFacilitatorClient({
            url: `${stack.functionsUrl}/${SLUG}`,
            createAuthHeaders: async () => ({ verify: auth, settle: auth, supported: auth }),
          });
          const { body, payer, nonce } = await request({ version: 2 });
          const verdict = await client.verify(body.paymentPayload, body.paymentRequirements);
          assert.equal(verdict.isValid, true, JSON.stringify(verdict));
          assert.equal(verdict.payer, payer.address.toLowerCase());
          const settled = await client.settle(body.paymentPayload, body.paymentRequirements);
          assert.equal(settled.success, true, JSON.stringify(settled));
          assert.equal((await ledger(nonce.toLowerCase()))[0].tx_hash, settled.transaction);
          const again = await client.settle(body.paymentPayload, body.paymentRequirements);
          assert.equal(again.transaction, settled.transaction);
          const supported = await client.getSupported();
          assert.ok(supported.kinds.some((k) => k.x402Version === 2 && k.network === 'eip155:196'));
          // Without the token: 401, which the client reports as an error.
          const anonymous = new HTTPFacilitatorClient({ url: `${stack.functionsUrl}/${SLUG}` });
          await assert.rejects(anonymous.verify(body.paymentPayload, body.paymentRequirements), /401/);
        } finally {
          await stack.setSecrets({ X402_FACILITATOR_TOKEN: null });
        }
      });
    }

    test('X402_FACILITATOR_TOKEN: callers must send the bearer token', async () => {
      const secret = `fac_${Math.random().toString(36).slice(2)}${Date.now()}`;
      await stack.setSecrets({ X402_FACILITATOR_TOKEN: secret });
      try {
        const { body } = await request();
        for (const route of routes()) {
          for (const auth of [undefined, 'Bearer wrong', `Bearer ${secret}x`, secret]) {
            const headers = auth === undefined ? { Authorization: '' } : { Authorization: auth };
            const r = await call('verify', body, { route, headers });
            assert.equal(r.status, 401, `${route.name} ${auth}: ${r.text}`);
            assert.equal(r.json.error, 'unauthorized');
            assert.equal(r.json.statusCode, 401);
          }
          assert.equal((await call('supported', undefined, { route, headers: { Authorization: '' } })).status, 401);
          const ok = await call('verify', body, { route, headers: { Authorization: `Bearer ${secret}` } });
          assert.equal(ok.status, 200, ok.text);
          assert.equal(ok.json.isValid, true);
        }
        token = secret;
        assert.equal((await call('supported')).status, 200);
      } finally {
        token = null;
        await stack.setSecrets({ X402_FACILITATOR_TOKEN: null });
      }
    });

    test('no allow-list: every request is refused with a configuration error', async () => {
      await stack.setSecrets({ X402_FACILITATOR_PAY_TO: null });
      try {
        const { body } = await request();
        const before = okxCalls();
        const r = await call('verify', body);
        assert.equal(r.status, 500, r.text);
        assert.equal(r.json.error, 'missing_secret');
        assert.match(r.json.message, /X402_FACILITATOR_PAY_TO/);
        assert.equal(r.json.isValid, false);
        const s = await call('settle', body);
        assert.equal(s.status, 500);
        assert.equal(s.json.success, false);
        assert.equal((await call('supported')).status, 500);
        // The method is checked before the configuration.
        const put = await fetch(`${stack.baseUrl}/functions/x402-facilitator?op=verify`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        assert.deepEqual([put.status, (await put.json()).error], [405, 'method_not_allowed']);
        assert.deepEqual(okxCalls(), before);
      } finally {
        await stack.setSecrets({ X402_FACILITATOR_PAY_TO: `${payTo}, ${payTo2}` });
      }
    });
  });
}
