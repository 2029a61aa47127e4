// RS256 verification in the bridge's WebAssembly (src/rsa.rs) against OpenSSL (node:crypto):
// the workos-bridge handler as deployed, keys pinned, tokens signed by OpenSSL. Every token
// OpenSSL signed is minted; every altered signature, and every signature OpenSSL refuses,
// is a 401 `invalid_signature`, for keys of 2048, 3072 and 4096 bits and small and usual
// public exponents.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes, sign, verify } from 'node:crypto';
import { bridgeHandler } from '../../functions/src/lib/bridge.js';

const handler = bridgeHandler('workos');
const b64url = (buf) => Buffer.from(buf).toString('base64url');

function withSecrets(t, secrets) {
  const saved = globalThis.Deno;
  globalThis.Deno = { env: { get: (k) => secrets[k] } };
  t.after(() => {
    if (saved === undefined) delete globalThis.Deno;
    else globalThis.Deno = saved;
  });
}

function keyOf(bits, publicExponent) {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent });
  const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'k1', alg: 'RS256', use: 'sig' }] });
  return { privateKey, publicKey, jwks, n: Buffer.from(publicKey.export({ format: 'jwk' }).n, 'base64url') };
}

function signingInput(sub) {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.workos.com', sub, iat: now, exp: now + 600, nonce: b64url(randomBytes(12)) };
  return `${b64url(JSON.stringify({ alg: 'RS256', kid: 'k1' }))}.${b64url(JSON.stringify(claims))}`;
}

async function answer(input, signature) {
  const res = await handler(new Request('http://bridge.test/functions/workos-bridge', { method: 'POST', headers: { authorization: `Bearer ${input}.${b64url(signature)}` } }));
  const body = await res.json();
  return { status: res.status, error: body.error, sub: body.user?.id };
}

const KEYS = [
  [2048, 65537],
  [3072, 3],
  [4096, 65537],
  [2048, 17],
];

for (const [bits, e] of KEYS) {
  test(`RS256, ${bits}-bit key, e = ${e}: OpenSSL's signatures mint, altered ones are refused as OpenSSL refuses them`, async (t) => {
    const key = keyOf(bits, e);
    withSecrets(t, { JWT_SECRET: 'unit-test-jwt-secret-0123456789abcdef', WORKOS_CLIENT_ID: 'client_1', WORKOS_JWKS: key.jwks });
    for (let i = 0; i < 4; i++) {
      const input = signingInput(`user_${bits}_${i}`);
      const sig = sign('sha256', Buffer.from(input), key.privateKey);
      assert.deepEqual(await answer(input, sig), { status: 200, error: undefined, sub: `user_${bits}_${i}` });

      const altered = [];
      for (let j = 0; j < 6; j++) {
        const flipped = Buffer.from(sig);
        const bit = randomBytes(4).readUInt32BE() % (flipped.length * 8);
        flipped[bit >> 3] ^= 1 << (bit & 7);
        altered.push(flipped);
      }
      altered.push(
        sign('sha256', Buffer.from(signingInput('someone_else')), key.privateKey), // another token's
        sig.subarray(1), // one byte short
        Buffer.concat([Buffer.from([0]), sig]), // one byte long
        Buffer.from(key.n), // s = n
        Buffer.alloc(sig.length), // s = 0
        Buffer.concat([Buffer.alloc(sig.length - 1), Buffer.from([1])]), // s = 1
      );
      for (const bad of altered) {
        assert.equal(verify('sha256', Buffer.from(input), key.publicKey, bad), false, 'OpenSSL refuses it too');
        assert.deepEqual(await answer(input, bad), { status: 401, error: 'invalid_signature', sub: undefined }, b64url(bad));
      }
    }
  });
}

test('RS256: a signature made with another key of the same size is refused', async (t) => {
  const [pinned, other] = [keyOf(2048, 65537), keyOf(2048, 65537)];
  withSecrets(t, { JWT_SECRET: 'unit-test-jwt-secret-0123456789abcdef', WORKOS_CLIENT_ID: 'client_1', WORKOS_JWKS: pinned.jwks });
  const input = signingInput('user_1');
  assert.deepEqual(await answer(input, sign('sha256', Buffer.from(input), other.privateKey)), { status: 401, error: 'invalid_signature', sub: undefined });
  assert.equal((await answer(input, sign('sha256', Buffer.from(input), pinned.privateKey))).status, 200);
});
