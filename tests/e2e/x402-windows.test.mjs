// End to end: the authorization window. Payments made by the OFFICIAL x402 clients (x402@1.2.0
// for v1, @x402/core + @x402/evm + @x402/fetch for v2) whose clocks run 5 s and 60 s ahead of
// or behind ours (Date.now shifted in this process around the signing call only), presented
// to x402-paywall (mock mode: verified locally, recorded in the ledger, nothing settled) and
// to x402-facilitator's verify, in BOTH InsForge contracts. Also: windows far ahead (the
// hour older Go clients sign, a day), the 2^53 − 1 bound kept exactly in the ledger's bigint,
// and the seller's opt-in X402_MAX_VALIDITY_SECONDS.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { freshDatabase } from '../support/db.mjs';
import { readReply } from '../support/http.mjs';
import { newPayer, requirementsFor, signPayment, decodeHeader, officialV1Header, officialV2Header } from '../support/payments.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const PRICE = '10000';
const dist = (slug) => readFileSync(join(ROOT, 'functions/dist', `${slug}.js`), 'utf8');
const SKEWS = [-60, -5, 5, 60];
const MAX_VALID_BEFORE = 2n ** 53n - 1n;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Runs `sign` with this process's clock shifted by `seconds` (the payer's clock). */
async function withClock(seconds, sign) {
  const real = Date.now;
  Date.now = () => real() + seconds * 1000;
  try {
    return await sign();
  } finally {
    Date.now = real;
  }
}

let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
});

for (const contract of ['self-hosted', 'cloud']) {
  describe(`x402 authorization windows, ${contract} contract`, () => {
    let stack;
    let payTo;

    const paywall = () => `${stack.baseUrl}/functions/x402-paywall`;
    async function pay(header, name) {
      return readReply(await fetch(paywall(), { method: 'POST', headers: { [name]: header } }));
    }
    /** The paywall's 402: its v1 body and its headers (PAYMENT-REQUIRED), as clients see it. */
    async function challenge() {
      const res = await fetch(paywall(), { method: 'POST' });
      assert.equal(res.status, 402);
      return { headers: res.headers, body: await res.json() };
    }
    // Every way this contract addresses the facilitator's verify.
    const verifyUrls = () =>
      contract === 'self-hosted'
        ? [`${stack.baseUrl}/functions/x402-facilitator?op=verify`]
        : [`${stack.functionsUrl}/x402-facilitator/verify`, `${stack.baseUrl}/functions/x402-facilitator?op=verify`];
    async function verify(body, url = verifyUrls()[0]) {
      return readReply(await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    }
    const row = async (nonce) => (await stack.query('select valid_before::text, settler from x402_payments where nonce = $1', [nonce.toLowerCase()])).rows;

    /** What each official client signs at clock skew `skew`: headers and facilitator bodies. */
    async function officialPayments(skew, ch) {
      const v1 = await withClock(skew, () => officialV1Header({ payer: newPayer(), challenge: ch.body }));
      const v2 = await withClock(skew, () => officialV2Header({ payer: newPayer(), challenge: ch }));
      return [
        { name: 'x402@1.2.0 (v1)', ...v1, body: { x402Version: 1, paymentPayload: v1.decoded, paymentRequirements: ch.body.accepts[0] } },
        { name: '@x402/fetch (v2)', ...v2, body: { x402Version: 2, paymentPayload: v2.decoded, paymentRequirements: v2.decoded.accepted } },
      ];
    }

    before(async () => {
      payTo = newPayer().address;
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `x402_windows_${contract.replace('-', '_')}`),
        secrets: { PAYMENT_RECIPIENT: payTo, X402_PRICE: PRICE, MOCK_OKX_FACILITATOR: 'true' },
      });
      await stack.deploy('x402-paywall', dist('x402-paywall'));
      await stack.deploy('x402-facilitator', dist('x402-facilitator'));
    });
    after(async () => {
      await stack?.stop();
    });

    test('the default window advertised is 300 s', async () => {
      const ch = await challenge();
      assert.equal(ch.body.accepts[0].maxTimeoutSeconds, 300);
      assert.equal(decodeHeader(ch.headers.get('payment-required')).accepts[0].maxTimeoutSeconds, 300);
    });

    test('official clients with clocks off by ±5 s and ±60 s: the paywall accepts and records them', async () => {
      const ch = await challenge();
      const failures = [];
      for (const skew of SKEWS) {
        for (const p of await officialPayments(skew, ch)) {
          const a = p.decoded.payload.authorization;
          // The client really signed from its shifted clock: validBefore = its now + 300.
          const ahead = Number(a.validBefore) - nowSeconds();
          assert.ok(Math.abs(ahead - (300 + skew)) <= 2, `${p.name} skew ${skew}: validBefore is now + ${ahead}`);
          const r = await pay(p.header, p.headerName);
          if (r.status !== 200) failures.push(`${p.name} skew ${skew}: ${r.status} ${r.text.slice(0, 200)}`);
          else {
            assert.equal(r.json.payer, a.from.toLowerCase());
            assert.deepEqual(await row(a.nonce), [{ valid_before: a.validBefore, settler: 'mock' }]);
          }
        }
      }
      assert.deepEqual(failures, []);
    });

    test("official clients with clocks off by ±5 s and ±60 s: x402-facilitator's verify accepts them", async () => {
      const ch = await challenge();
      // The facilitator settles for this project's recipient (PAYMENT_RECIPIENT by default).
      const failures = [];
      for (const skew of SKEWS) {
        for (const p of await officialPayments(skew, ch)) {
          for (const url of verifyUrls()) {
            const r = await verify(p.body, url);
            if (r.status !== 200 || r.json?.isValid !== true) failures.push(`${p.name} skew ${skew} ${url}: ${r.status} ${r.text.slice(0, 200)}`);
            else assert.equal(r.json.payer, p.decoded.payload.authorization.from.toLowerCase());
          }
        }
      }
      assert.deepEqual(failures, []);
    });

    if (contract === 'cloud') {
      test("the official facilitator clients (useFacilitator, HTTPFacilitatorClient) through /verify accept skewed payers", async () => {
        const { useFacilitator } = await import('x402/verify');
        const { HTTPFacilitatorClient } = await import('@x402/core/http');
        const url = `${stack.functionsUrl}/x402-facilitator`;
        const v1Client = useFacilitator({ url });
        const v2Client = new HTTPFacilitatorClient({ url });
        const ch = await challenge();
        for (const skew of [-60, 60]) {
          const [v1, v2] = await officialPayments(skew, ch);
          const a = await v1Client.verify(v1.body.paymentPayload, v1.body.paymentRequirements);
          assert.equal(a.isValid, true, `v1 skew ${skew}: ${JSON.stringify(a)}`);
          const b = await v2Client.verify(v2.body.paymentPayload, v2.body.paymentRequirements);
          assert.equal(b.isValid, true, `v2 skew ${skew}: ${JSON.stringify(b)}`);
        }
      });
    }

    test('far-ahead windows pass (an hour, a day, 2^53 − 1, kept exactly in the ledger); beyond 2^53 − 1 is refused', async () => {
      const req = requirementsFor({ payTo, amount: PRICE, maxTimeoutSeconds: 300, resource: paywall() });
      const now = nowSeconds();
      for (const validBefore of [String(now + 3600), String(now + 86400), String(MAX_VALID_BEFORE)]) {
        const p = await signPayment({ payer: newPayer(), requirements: req, overrides: { validBefore } });
        const r = await pay(p.header, 'PAYMENT-SIGNATURE');
        assert.equal(r.status, 200, `${validBefore}: ${r.text}`);
        assert.deepEqual(await row(p.authorization.nonce), [{ valid_before: validBefore, settler: 'mock' }]);
        // A payment not presented yet (one that was settled is spent for the facilitator).
        const fresh = await signPayment({ payer: newPayer(), requirements: req, overrides: { validBefore } });
        const { resource, ...accepted } = req;
        const v = await verify({ x402Version: 2, paymentPayload: fresh.headerObject, paymentRequirements: accepted });
        assert.deepEqual([v.status, v.json?.isValid], [200, true], v.text);
      }
      for (const validBefore of [String(MAX_VALID_BEFORE + 1n), String(2n ** 63n - 1n), String(2n ** 256n - 1n)]) {
        const p = await signPayment({ payer: newPayer(), requirements: req, overrides: { validBefore } });
        const r = await pay(p.header, 'PAYMENT-SIGNATURE');
        assert.equal(r.status, 402, `${validBefore}: ${r.text}`);
        assert.equal(r.json.error, 'invalid_exact_evm_payload_authorization_valid_before');
        assert.deepEqual(await row(p.authorization.nonce), [], 'nothing recorded');
        const { resource, ...accepted } = req;
        const v = await verify({ x402Version: 2, paymentPayload: p.headerObject, paymentRequirements: accepted });
        assert.deepEqual([v.status, v.json?.isValid, v.json?.invalidReason], [200, false, 'invalid_exact_evm_payload_authorization_valid_before'], v.text);
      }
      // validAfter == now passes; validAfter in the future does not.
      const at = nowSeconds();
      const p = await signPayment({ payer: newPayer(), requirements: req, overrides: { validAfter: String(at) } });
      assert.equal((await pay(p.header, 'PAYMENT-SIGNATURE')).status, 200);
      const future = await signPayment({ payer: newPayer(), requirements: req, overrides: { validAfter: String(at + 30) } });
      assert.equal((await pay(future.header, 'PAYMENT-SIGNATURE')).json.error, 'invalid_exact_evm_payload_authorization_valid_after');
    });

    test('X402_MAX_VALIDITY_SECONDS: an opt-in cap for the paywall and the facilitator; malformed = 500 invalid_secret', async () => {
      try {
        await stack.setSecrets({ X402_MAX_VALIDITY_SECONDS: '360' });
        const ch = await challenge();
        assert.equal(ch.body.accepts[0].maxTimeoutSeconds, 300, 'the cap is never advertised');
        // 360 = 300 + a minute: official payers a minute ahead still pass.
        for (const p of await officialPayments(60, ch)) {
          const r = await pay(p.header, p.headerName);
          assert.equal(r.status, 200, `${p.name}: ${r.text}`);
        }
        for (const p of await officialPayments(-60, ch)) {
          const v = await verify(p.body);
          assert.equal(v.json?.isValid, true, `${p.name}: ${v.text}`);
        }
        // The hour older Go clients sign is refused by both.
        const req = requirementsFor({ payTo, amount: PRICE, maxTimeoutSeconds: 300, resource: paywall() });
        const hour = await signPayment({ payer: newPayer(), requirements: req, overrides: { validBefore: String(nowSeconds() + 3600) } });
        const r = await pay(hour.header, 'PAYMENT-SIGNATURE');
        assert.deepEqual([r.status, r.json.error], [402, 'invalid_exact_evm_payload_authorization_valid_before'], r.text);
        assert.match(r.json.message ?? r.text, /X402_MAX_VALIDITY_SECONDS/);
        const { resource, ...accepted } = req;
        const v = await verify({ x402Version: 2, paymentPayload: hour.headerObject, paymentRequirements: accepted });
        assert.deepEqual([v.status, v.json?.isValid, v.json?.invalidReason], [200, false, 'invalid_exact_evm_payload_authorization_valid_before'], v.text);

        await stack.setSecrets({ X402_MAX_VALIDITY_SECONDS: '6' });
        const bad = await pay(hour.header, 'PAYMENT-SIGNATURE');
        assert.deepEqual([bad.status, bad.json?.error], [500, 'invalid_secret'], bad.text);
        assert.match(bad.json.message, /^X402_MAX_VALIDITY_SECONDS is invalid/);
        const badVerify = await verify({ x402Version: 2, paymentPayload: hour.headerObject, paymentRequirements: accepted });
        assert.deepEqual([badVerify.status, badVerify.json?.error], [500, 'invalid_secret'], badVerify.text);
      } finally {
        await stack.setSecrets({ X402_MAX_VALIDITY_SECONDS: null });
      }
    });
  });
}
