// The project's database (functions/src/lib/project-db.js): the SDK's client is made on the first
// database call, so a request refused before one never makes it. Checked on the helper and on
// the x402 paywall's handler itself (functions/src/lib/paywall.js), its flow against the fake
// ledger (fake-x402-ledger.mjs) and the mock facilitator; `Deno.env` and the injected
// `createClient` are fakes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectDb } from '../../functions/src/lib/project-db.js';
import { x402Paywall } from '../../functions/src/lib/paywall.js';
import { newPayer, requirementsFor, signPayment } from '../support/payments.mjs';
import { withEnv } from './fake-deno-env.mjs';
import { fakeLedger } from './fake-x402-ledger.mjs';

/** `createClient` as a fake for test `t`: every client made is recorded; its database is `database()`. */
function fakeCreateClient(t, database = () => ({ rpc: async (fn, args) => ({ data: { fn, args }, error: null }) })) {
  const made = [];
  const saved = globalThis.createClient;
  globalThis.createClient = (options) => {
    made.push(options);
    return { database: database() };
  };
  t.after(() => {
    if (saved === undefined) delete globalThis.createClient;
    else globalThis.createClient = saved;
  });
  return made;
}

test('projectDb: null without INSFORGE_BASE_URL and API_KEY; else the client is made on the first rpc, once, with the API key', async (t) => {
  const env = withEnv(t, {});
  const made = fakeCreateClient(t);
  assert.equal(projectDb(), null);
  env.INSFORGE_BASE_URL = 'http://insforge.test';
  assert.equal(projectDb(), null, 'API_KEY missing');
  env.API_KEY = 'ik_key';
  const db = projectDb();
  assert.deepEqual(made, [], 'no client before a database call');
  assert.deepEqual(await db.rpc('x402_claim', { p: 1 }), { data: { fn: 'x402_claim', args: { p: 1 } }, error: null });
  assert.deepEqual(await db.rpc('x402_record', { p: 2 }), { data: { fn: 'x402_record', args: { p: 2 } }, error: null });
  assert.deepEqual(made, [{ baseUrl: 'http://insforge.test', anonKey: 'ik_key' }], 'one client, keyed with the API key');
});

test('x402-paywall: a forged payment is refused without making the SDK client; a valid one makes it once and is served', async (t) => {
  const seller = newPayer();
  const base = 'https://project.test';
  withEnv(t, { PAYMENT_RECIPIENT: seller.address, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true', INSFORGE_BASE_URL: base, API_KEY: 'ik_key' });
  const ledger = fakeLedger();
  const made = fakeCreateClient(t, () => ledger);
  const handler = x402Paywall('paid', async () => new Response('the work'));
  const requirements = requirementsFor({ payTo: seller.address, amount: '10000', resource: `${base}/functions/paid` });
  const pay = async (header) => handler(new Request(`${base}/functions/paid`, { method: 'POST', headers: { 'payment-signature': header } }));

  const impostor = newPayer();
  const forged = await signPayment({ payer: newPayer(), requirements, mutate: (h) => void (h.payload.authorization.from = impostor.address) });
  const refused = await pay(forged.header);
  assert.equal(refused.status, 402);
  assert.match(await refused.text(), /invalid_exact_evm_payload_signature/);
  assert.deepEqual(made, [], 'refused before the ledger: no client made');
  assert.deepEqual(ledger.rpcCalls(), []);

  const paid = await pay((await signPayment({ payer: newPayer(), requirements })).header);
  assert.equal(paid.status, 200);
  assert.equal(await paid.text(), 'the work');
  assert.equal(made.length, 1, 'one client for the whole flow');
  assert.deepEqual(ledger.rpcCalls().map((q) => q.name), ['x402_claim', 'x402_record']);
});
