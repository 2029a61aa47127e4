// The demo secrets npm start adds: only names the user's secrets.json leaves unset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_CLIENT_ID, DEMO_PAYMENT_RECIPIENT, demoSecrets } from '../../demo/server.mjs';

const BASE = 'http://127.0.0.1:7130';

test('with no secrets of the user: a demo payee, mock settlement, the stand-in issuer', () => {
  assert.deepEqual(demoSecrets(BASE, {}), {
    PAYMENT_RECIPIENT: DEMO_PAYMENT_RECIPIENT,
    X402_PRICE: '10000',
    X402_DESCRIPTION: 'One paid call (insforge-edge demo)',
    MOCK_OKX_FACILITATOR: 'true',
    OIDC_ISSUER: `${BASE}/demo/idp`,
    OIDC_AUDIENCE: DEMO_CLIENT_ID,
  });
});

test("a name the user sets is never a demo secret, even set to ''", () => {
  const d = demoSecrets(BASE, { PAYMENT_RECIPIENT: '0xabc', X402_PRICE: '', MOCK_OKX_FACILITATOR: 'false' });
  assert.deepEqual(Object.keys(d).sort(), ['OIDC_AUDIENCE', 'OIDC_ISSUER', 'X402_DESCRIPTION']);
});

test('any OIDC_* of the user turns the demo issuer off; a configured settler turns mock mode off', () => {
  for (const name of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_PRESET', 'OIDC_JWKS_URL', 'OIDC_JWKS']) {
    const d = demoSecrets(BASE, { [name]: 'x' });
    assert.ok(!('OIDC_ISSUER' in d) && !('OIDC_AUDIENCE' in d), name);
  }
  assert.ok(!('MOCK_OKX_FACILITATOR' in demoSecrets(BASE, { OKX_API_KEY: 'k' })));
  assert.ok(!('MOCK_OKX_FACILITATOR' in demoSecrets(BASE, { X402_SETTLER: 'direct' })));
});
