// End to end, in BOTH InsForge contracts: wallet-bridge (Sign-In with Ethereum to an InsForge
// token) with the real bundle, the nonce store in PostgreSQL, anvil for contract wallets and
// viem as the independent other side: its createSiweMessage writes every message, its
// accounts sign them, and its verifySiweMessage must agree with every verdict of ours. The
// minted token goes through the real @insforge/sdk into row-level security (todos of
// migrations/001_bridge.sql: each wallet sees its own rows only).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { createClient } from '@insforge/sdk';
import { getAddress, hashMessage } from 'viem';
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { createSiweMessage, verifySiweMessage } from 'viem/siwe';
import { startStack } from '../../runtime/stack.mjs';
import { startPostgres } from '../../runtime/postgres.mjs';
import { startChain } from '../support/chain.mjs';
import { freshDatabase } from '../support/db.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DOMAIN = 'app.example';
const CHAIN_ID = 196;

let pg;
let chain;
let factory;
before(async () => {
  pg = await startPostgres();
  chain = await startChain({ chainId: CHAIN_ID });
  factory = await chain.deployWalletFactory();
});
after(async () => {
  await chain?.stop();
  await pg?.stop();
});

const wallet = () => privateKeyToAccount(generatePrivateKey());

for (const contract of ['self-hosted', 'cloud']) {
  describe(`wallet-bridge, ${contract} contract`, () => {
    let stack;
    let anon;
    const url = () => `${stack.baseUrl}/functions/wallet-bridge`;

    before(async () => {
      stack = await startStack({
        contract,
        databaseUrl: await freshDatabase(pg.url, `wallet_${contract.replace('-', '_')}`),
        secrets: { SIWE_DOMAIN: DOMAIN, SIWE_CHAIN_IDS: String(CHAIN_ID), RPC_URL: chain.rpcUrl, SIWE_STATEMENT: 'Sign in to the app.' },
      });
      await stack.deploy('wallet-bridge', readFileSync(join(ROOT, 'functions/dist/wallet-bridge.js'), 'utf8'));
      anon = createClient({ baseUrl: stack.baseUrl, anonKey: stack.secrets.ANON_KEY });
    });
    after(async () => {
      await stack?.stop();
    });

    /** The nonce answer: what the message must say. */
    async function challenge() {
      const r = await fetch(url());
      assert.equal(r.status, 200);
      assert.equal(r.headers.get('cache-control'), 'no-store');
      return r.json();
    }
    /** viem's message from a challenge, with `edit` applied to its fields. */
    function messageFor(c, address, edit = {}) {
      return createSiweMessage({
        domain: c.domain,
        address,
        statement: c.statement,
        uri: c.uri,
        version: '1',
        chainId: c.chainId,
        nonce: c.nonce,
        issuedAt: new Date(),
        expirationTime: new Date(Date.now() + 10 * 60_000),
        ...edit,
      });
    }
    async function signIn(message, signature) {
      const r = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message, signature }) });
      return { status: r.status, json: await r.json() };
    }
    /** viem's verdict on the same message and signature, nonce and domain checked like ours. */
    const viemSays = (message, signature, nonce) => verifySiweMessage(chain.publicClient, { message, signature, domain: DOMAIN, nonce });

    test('an EOA signs in: the token is HS256 over JWT_SECRET for the checksummed address, and RLS keeps each wallet to its own rows', async () => {
      const [alice, bob] = [wallet(), wallet()];
      const session = async (account) => {
        const c = await challenge();
        assert.deepEqual([c.domain, c.uri, c.chainId, c.version, c.statement], [DOMAIN, `https://${DOMAIN}`, CHAIN_ID, '1', 'Sign in to the app.']);
        assert.match(c.nonce, /^[0-9a-f]{32}$/);
        const message = messageFor(c, account.address);
        const signature = await account.signMessage({ message });
        assert.equal(await viemSays(message, signature, c.nonce), true, 'viem agrees it is valid');
        const r = await signIn(message, signature);
        assert.equal(r.status, 200, JSON.stringify(r.json));
        const claims = jwt.verify(r.json.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
        assert.deepEqual([claims.sub, claims.role, claims.aud], [getAddress(account.address), 'authenticated', 'insforge-api']);
        assert.equal(r.json.user.id, getAddress(account.address));
        return createClient({ baseUrl: stack.baseUrl, accessToken: r.json.accessToken }).database;
      };
      const [a, b] = [await session(alice), await session(bob)];
      assert.equal((await a.from('todos').insert({ title: 'alice writes' }).select()).error, null);
      assert.equal((await b.from('todos').insert({ title: 'bob writes' }).select()).error, null);
      const titles = async (db) => (await db.from('todos').select('title, user_id')).data;
      assert.deepEqual(await titles(a), [{ title: 'alice writes', user_id: getAddress(alice.address) }]);
      assert.deepEqual(await titles(b), [{ title: 'bob writes', user_id: getAddress(bob.address) }]);
      const forged = await b.from('todos').insert({ title: 'as alice', user_id: getAddress(alice.address) }).select();
      assert.equal(forged.error?.code, '42501', 'no writing as another wallet');
      assert.deepEqual((await anon.database.from('todos').select('*')).data ?? [], []);
      // The nonce store is private.
      const peek = await a.from('wallet_bridge_nonces').select('*');
      assert.equal(peek.error?.code, '42501', JSON.stringify(peek));
      const take = await anon.database.rpc('wallet_bridge_issue_nonce', { p_nonce: 'a'.repeat(32), p_ttl_seconds: 60 });
      assert.equal(take.error?.code, '42501', JSON.stringify(take));
    });

    test('a nonce asked with a lowercase address answers it EIP-55 checksummed, as viem writes it', async () => {
      const account = wallet();
      const r = await fetch(`${url()}?address=${account.address.toLowerCase()}`);
      const c = await r.json();
      assert.deepEqual([r.status, c.address], [200, getAddress(account.address)]);
      const bad = await fetch(`${url()}?address=0x1234`);
      assert.deepEqual([bad.status, (await bad.json()).error], [400, 'invalid_request']);
    });

    test('refused: a replay, a nonce never issued, another domain, another chain, an expired or future message, a tampered one; viem agrees on each', async () => {
      const account = wallet();
      const c = await challenge();
      const message = messageFor(c, account.address);
      const signature = await account.signMessage({ message });
      assert.equal((await signIn(message, signature)).status, 200);
      const replay = await signIn(message, signature);
      assert.deepEqual([replay.status, replay.json.error], [401, 'invalid_nonce'], 'the nonce is single-use');

      const cases = [
        ['a nonce never issued', { nonce: 'ffffffffffffffffffffffffffffffff' }, 401, 'invalid_nonce', true],
        ['another domain', { domain: 'evil.example', uri: 'https://evil.example' }, 403, 'domain_not_allowed', false],
        ['another chain', { chainId: 1 }, 403, 'chain_not_allowed', true],
        ['expired', { issuedAt: new Date(Date.now() - 20 * 60_000), expirationTime: new Date(Date.now() - 10 * 60_000) }, 401, 'message_expired', false],
        ['issued too long ago', { issuedAt: new Date(Date.now() - 20 * 60_000) }, 401, 'message_expired', true],
        ['not valid yet', { notBefore: new Date(Date.now() + 10 * 60_000) }, 401, 'message_not_yet_valid', false],
        ['another statement', { statement: 'Transfer everything.' }, 403, 'statement_mismatch', true],
      ];
      for (const [what, edit, status, error, viemValid] of cases) {
        const fresh = await challenge();
        const m = messageFor(fresh, account.address, edit);
        const s = await account.signMessage({ message: m });
        const r = await signIn(m, s);
        assert.deepEqual([r.status, r.json.error], [status, error], `${what}: ${JSON.stringify(r.json)}`);
        // viem checks its own rules (domain, nonce, times), not this function's policy.
        assert.equal(await viemSays(m, s, edit.nonce ?? fresh.nonce), viemValid, `viem on ${what}`);
      }
      // Signed by someone else, or a message changed after signing.
      const fresh = await challenge();
      const m = messageFor(fresh, account.address);
      const byOther = await wallet().signMessage({ message: m });
      assert.deepEqual([(await signIn(m, byOther)).json.error, await viemSays(m, byOther, fresh.nonce)], ['invalid_signature', false]);
      const tampered = m.replace('Sign in to the app.', 'Sign in to the app!');
      const s = await account.signMessage({ message: m });
      assert.equal((await signIn(tampered, s)).status, 403);
      const sameStatement = m.replace(`Chain ID: ${CHAIN_ID}`, `Chain ID: ${CHAIN_ID}`).replace(/Issued At: (.*)/, (_, t) => `Issued At: ${new Date(Date.parse(t) - 1000).toISOString()}`);
      assert.deepEqual([(await signIn(sameStatement, s)).json.error, await viemSays(sameStatement, s, fresh.nonce)], ['invalid_signature', false]);
      // The nonce of a refused sign-in is still there for the real one.
      assert.equal((await signIn(m, s)).status, 200);
      // Garbage: a clear JSON error, never a trap. (InsForge hands a function `{}` for a body
      // that is not application/json.)
      for (const [body, error] of [['{}', 'invalid_request'], [JSON.stringify({ message: 42, signature: '0x00' }), 'invalid_request'], [JSON.stringify({ message: 'hello', signature: '0x00' }), 'invalid_message']]) {
        const r = await fetch(url(), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const j = await r.json();
        assert.deepEqual([r.status, j.error, typeof j.message, j.statusCode], [400, error, 'string', 400], JSON.stringify(j));
      }
      const del = await fetch(url(), { method: 'DELETE' });
      assert.equal(del.status, 405);
    });

    test('contract wallets sign in through the node: a deployed EIP-1271 wallet, and an ERC-6492 one not deployed yet (left undeployed); a wrong owner, or no node of the chain, refused', async () => {
      const check = async (w, signature, want, label) => {
        const c = await challenge();
        const message = messageFor(c, w.address);
        const sig = await signature(message);
        assert.equal(await viemSays(message, sig, c.nonce), want === 200, `viem on ${label}`);
        const r = await signIn(message, sig);
        assert.equal(r.status, want, `${label}: ${JSON.stringify(r.json)}`);
        if (want === 200) {
          const claims = jwt.verify(r.json.accessToken, stack.secrets.JWT_SECRET, { algorithms: ['HS256'] });
          assert.equal(claims.sub, getAddress(w.address), label);
        }
        return r;
      };
      const deployed = await chain.smartWallet({ factory, owner: { privateKey: generatePrivateKey() }, salt: BigInt(Date.now()) });
      await deployed.deploy();
      await check(deployed, (m) => deployed.signHash(hashMessage(m)), 200, 'deployed (EIP-1271)');
      const counterfactual = await chain.smartWallet({ factory, owner: { privateKey: generatePrivateKey() }, salt: BigInt(Date.now()) + 1n });
      await check(counterfactual, async (m) => counterfactual.wrap6492(await counterfactual.signHash(hashMessage(m))), 200, 'counterfactual (ERC-6492)');
      assert.equal(await counterfactual.isDeployed(), false, 'checked by simulation only: nothing deployed');
      // The owner's key signs, but for another wallet: refused.
      const stranger = privateKeyToAccount(generatePrivateKey());
      const r = await check(deployed, (m) => stranger.sign({ hash: hashMessage(m) }), 401, 'another key');
      assert.equal(r.json.error, 'invalid_signature');
      // No node of the message's chain: only an EOA can be checked.
      await stack.setSecrets({ RPC_URL: undefined });
      try {
        const c = await challenge();
        const message = messageFor(c, deployed.address);
        const none = await signIn(message, await deployed.signHash(hashMessage(message)));
        assert.deepEqual([none.status, none.json.error], [401, 'invalid_signature']);
        assert.match(none.json.message, /RPC_URL/);
      } finally {
        await stack.setSecrets({ RPC_URL: chain.rpcUrl });
      }
    });

    test('two requests racing with one signed message: exactly one token', async () => {
      const account = wallet();
      const c = await challenge();
      const message = messageFor(c, account.address);
      const signature = await account.signMessage({ message });
      const results = await Promise.all(Array.from({ length: 6 }, () => signIn(message, signature)));
      assert.deepEqual(results.map((r) => r.status).sort(), [200, 401, 401, 401, 401, 401]);
    });
  });
}
