// The demo secrets npm start adds: only names the user's secrets.json leaves unset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_CLIENT_ID, DEMO_PAYMENT_RECIPIENT, DEMO_SIWE_STATEMENT, createDemo, demoSecrets, demoSiweDomains } from '../../demo/server.mjs';

const BASE = 'http://127.0.0.1:7130';

test('with no secrets of the user: a demo payee, mock settlement, the stand-in issuer, the page\'s hosts for wallet sign-in', () => {
  assert.deepEqual(demoSecrets(BASE, {}), {
    PAYMENT_RECIPIENT: DEMO_PAYMENT_RECIPIENT,
    X402_PRICE: '10000',
    X402_DESCRIPTION: 'One paid call (insforge-edge demo)',
    MOCK_OKX_FACILITATOR: 'true',
    OIDC_ISSUER: `${BASE}/demo/idp`,
    OIDC_AUDIENCE: DEMO_CLIENT_ID,
    SIWE_DOMAIN: '127.0.0.1:7130,localhost:7130',
    SIWE_STATEMENT: DEMO_SIWE_STATEMENT,
  });
});

test("a name the user sets is never a demo secret, even set to ''", () => {
  const d = demoSecrets(BASE, { PAYMENT_RECIPIENT: '0xabc', X402_PRICE: '', MOCK_OKX_FACILITATOR: 'false' });
  assert.deepEqual(Object.keys(d).sort(), ['OIDC_AUDIENCE', 'OIDC_ISSUER', 'SIWE_DOMAIN', 'SIWE_STATEMENT', 'X402_DESCRIPTION']);
});

test('any OIDC_* of the user turns the demo issuer off; a configured settler turns mock mode off', () => {
  for (const name of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_PRESET', 'OIDC_JWKS_URL', 'OIDC_JWKS']) {
    const d = demoSecrets(BASE, { [name]: 'x' });
    assert.ok(!('OIDC_ISSUER' in d) && !('OIDC_AUDIENCE' in d), name);
  }
  assert.ok(!('MOCK_OKX_FACILITATOR' in demoSecrets(BASE, { OKX_API_KEY: 'k' })));
  assert.ok(!('MOCK_OKX_FACILITATOR' in demoSecrets(BASE, { X402_SETTLER: 'direct' })));
});

test("the user's SIWE_DOMAIN turns the demo's wallet secrets off; the page offers wallet sign-in only for a host SIWE_DOMAIN lists", () => {
  const own = demoSecrets(BASE, { SIWE_DOMAIN: 'app.example.com' });
  assert.ok(!('SIWE_DOMAIN' in own) && !('SIWE_STATEMENT' in own));
  assert.deepEqual([demoSecrets(BASE, { SIWE_STATEMENT: 'Mine.' }).SIWE_DOMAIN, demoSecrets(BASE, { SIWE_STATEMENT: 'Mine.' }).SIWE_STATEMENT], ['127.0.0.1:7130,localhost:7130', undefined]);
  assert.deepEqual(demoSiweDomains('http://127.0.0.1:7131'), ['127.0.0.1:7131', 'localhost:7131']);
  assert.deepEqual(demoSiweDomains('http://devbox.local:8080'), ['devbox.local:8080']);
  const site = (secrets) => createDemo({ baseUrl: BASE, anonKey: 'anon_x', secrets });
  assert.equal(site(demoSecrets(BASE, {})).walletSignIn, true);
  assert.equal(site({ ...demoSecrets(BASE, {}), SIWE_DOMAIN: 'app.example.com' }).walletSignIn, false);
  assert.equal(site({ ...demoSecrets(BASE, {}), SIWE_DOMAIN: 'app.example.com, 127.0.0.1:7130' }).walletSignIn, true);
});
