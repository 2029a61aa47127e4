// Proves tests/contracts/Eip3009Token behaves like the real USDC (circle) and USDG (paxos)
// on the points an x402 settler depends on (EIP-3009 transfers, their replay rules and EIP-712 domains). Signing and hashing use viem
// only — an implementation independent of both the contract and our Rust code.
//   node --test tests/chain/

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { domainSeparator, parseEventLogs, parseSignature, serializeSignature, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { startChain } from '../support/chain.mjs';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n; // secp256k1 order
const USDG_ADDRESS = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const USDG_SEPARATOR = '0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743'; // USDG on X Layer: name "Global Dollar", version "1"
const GAS = 300_000n; // fixed, so viem skips eth_estimateGas and reverting txs really get mined

// How each issuer reports the same failure (reason string vs custom error name).
const REASONS = {
  circle: {
    notYetValid: /authorization is not yet valid/, expired: /authorization is expired/,
    badSig: /invalid signature/, highS: /invalid signature 's' value/, badV: /invalid signature 'v' value/, funds: /transfer amount exceeds balance/,
    used: /authorization is used or canceled/,
  },
  paxos: {
    notYetValid: /AuthorizationInvalid/, expired: /AuthorizationExpired/,
    badSig: /InvalidSignature/, highS: /InvalidSignature/, badV: /InvalidSignature/, funds: /InsufficientFunds/,
  },
};

let chain, payer, settler, payee;

before(async () => {
  chain = await startChain({ chainId: 196 });
  [, payer, settler, payee] = chain.accounts;
  console.log(`# anvil ready in ${chain.startupMs} ms at ${chain.rpcUrl}`);
});
after(async () => { await chain?.stop(); });

const nonce = () => toHex(randomBytes(32));
const latestTs = async () => (await chain.publicClient.getBlock()).timestamp;

async function sign(token, auth, domainOverrides = {}) {
  return privateKeyToAccount(payer.privateKey).signTypedData({
    domain: { name: token.name, version: token.version, chainId: chain.chainId, verifyingContract: token.address, ...domainOverrides },
    types: {
      TransferWithAuthorization: [
        { name: 'from', type: 'address' }, { name: 'to', type: 'address' }, { name: 'value', type: 'uint256' },
        { name: 'validAfter', type: 'uint256' }, { name: 'validBefore', type: 'uint256' }, { name: 'nonce', type: 'bytes32' },
      ],
    },
    primaryType: 'TransferWithAuthorization',
    message: auth,
  });
}

async function authFor(value = 1000n) {
  const now = await latestTs();
  return { from: payer.address, to: payee.address, value, validAfter: now - 60n, validBefore: now + 3600n, nonce: nonce() };
}

function argsFor(auth, signature, overload) {
  const head = [auth.from, auth.to, auth.value, auth.validAfter, auth.validBefore, auth.nonce];
  if (overload === 'bytes') return [...head, signature];
  const { r, s, v } = parseSignature(signature);
  return [...head, Number(v), r, s];
}

/** Submits from the settler; returns {receipt, args} whether or not it reverted. */
async function settle(token, auth, signature, { overload = 'vrs' } = {}) {
  const args = argsFor(auth, signature, overload);
  const hash = await chain.walletClient(settler).writeContract({
    address: token.address, abi: token.abi, functionName: 'transferWithAuthorization', args, gas: GAS,
  });
  return { receipt: await chain.publicClient.waitForTransactionReceipt({ hash }), args };
}

/** The tx was mined and reverted, and replaying it in that block's context gives `reason`. */
async function assertReverted(token, { receipt, args }, reason) {
  assert.equal(receipt.status, 'reverted');
  await assert.rejects(
    chain.publicClient.simulateContract({
      account: settler.address, address: token.address, abi: token.abi,
      functionName: 'transferWithAuthorization', args, blockNumber: receipt.blockNumber,
    }),
    (e) => { assert.match(`${e.shortMessage}\n${e.message}`, reason); return true; },
  );
}

const balance = (token, who) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'balanceOf', args: [who] });
const used = (token, from, n) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'authorizationState', args: [from, n] });
const events = (token, receipt) => parseEventLogs({ abi: token.abi, logs: receipt.logs }).map((l) => l.eventName);

for (const [style, name, version] of [['circle', 'USD Coin', '2'], ['paxos', 'Global Dollar', '1']]) {
  describe(`${style}-style token "${name}"/"${version}"`, () => {
    let token;
    const why = REASONS[style];
    before(async () => {
      token = await chain.deployToken({ name, version, style });
      await chain.mint(token, payer.address, 1_000_000n);
    });

    test('ERC-20 metadata and EIP-712 domain match viem', async () => {
      const read = (functionName) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName });
      assert.equal(await read('name'), name);
      assert.equal(await read('version'), version);
      assert.equal(await read('decimals'), 6);
      assert.equal(await read('totalSupply'), 1_000_000n);
      const domain = { name, version, chainId: chain.chainId, verifyingContract: token.address };
      assert.equal(await read('DOMAIN_SEPARATOR'), domainSeparator({ domain }));
      const [fields, n, v, chainId, contract, salt, ext] = await read('eip712Domain');
      assert.deepEqual([fields, n, v, chainId, contract, salt, ext],
        ['0x0f', name, version, 196n, token.address, `0x${'0'.repeat(64)}`, []]);
    });

    for (const overload of ['vrs', 'bytes']) {
      test(`settler submits a payer-signed authorization (${overload} overload)`, async () => {
        const auth = await authFor(1234n);
        const sig = await sign(token, auth);
        const [p0, q0] = [await balance(token, payer.address), await balance(token, payee.address)];
        assert.equal(await used(token, payer.address, auth.nonce), false);
        const { receipt } = await settle(token, auth, sig, { overload });
        assert.equal(receipt.status, 'success');
        assert.equal(receipt.from, settler.address.toLowerCase()); // gas paid by the settler, not the payer
        assert.equal(await balance(token, payer.address), p0 - 1234n);
        assert.equal(await balance(token, payee.address), q0 + 1234n);
        assert.deepEqual(events(token, receipt), ['AuthorizationUsed', 'Transfer']);
        const [usedLog, transferLog] = parseEventLogs({ abi: token.abi, logs: receipt.logs });
        assert.deepEqual(usedLog.args, { authorizer: payer.address, nonce: auth.nonce });
        assert.deepEqual(transferLog.args, { from: payer.address, to: payee.address, value: 1234n });
        assert.equal(await used(token, payer.address, auth.nonce), true);
      });
    }

    test(style === 'circle' ? 'replay reverts' : 'replay emits AuthorizationAlreadyUsed, moves nothing, does not revert', async () => {
      const auth = await authFor(500n);
      const sig = await sign(token, auth);
      assert.equal((await settle(token, auth, sig)).receipt.status, 'success');
      const before = await balance(token, payer.address);
      const replay = await settle(token, auth, sig, { overload: 'bytes' });
      if (style === 'circle') {
        await assertReverted(token, replay, why.used);
      } else {
        assert.equal(replay.receipt.status, 'success');
        assert.deepEqual(events(token, replay.receipt), ['AuthorizationAlreadyUsed']);
        const [log] = parseEventLogs({ abi: token.abi, logs: replay.receipt.logs });
        assert.deepEqual(log.args, { authorizer: payer.address, nonce: auth.nonce });
        assert.equal(replay.receipt.logs[0].topics[0], '0xd309466d0e5c5e3b306abfb2c1e7f3b4318b670dbd1236cc92288848a27384cb');
      }
      assert.equal(await balance(token, payer.address), before);
    });

    test('validAfter == block.timestamp reverts (strict), validAfter == ts-1 succeeds', async () => {
      const t = (await latestTs()) + 100n;
      const auth = { ...(await authFor()), validAfter: t, validBefore: t + 3600n };
      await chain.setNextBlockTimestamp(t);
      await assertReverted(token, await settle(token, auth, await sign(token, auth)), why.notYetValid);
      const ok = { ...auth, validAfter: t, nonce: nonce() };
      await chain.setNextBlockTimestamp(t + 1n);
      assert.equal((await settle(token, ok, await sign(token, ok))).receipt.status, 'success');
    });

    test('validBefore == block.timestamp reverts (strict), validBefore == ts+1 succeeds', async () => {
      const t = (await latestTs()) + 100n;
      const auth = { ...(await authFor()), validAfter: 0n, validBefore: t };
      await chain.setNextBlockTimestamp(t);
      await assertReverted(token, await settle(token, auth, await sign(token, auth)), why.expired);
      const ok = { ...auth, validBefore: t + 2n, nonce: nonce() };
      await chain.setNextBlockTimestamp(t + 1n);
      assert.equal((await settle(token, ok, await sign(token, ok))).receipt.status, 'success');
    });

    test('signature over a wrong domain name reverts', async () => {
      const auth = await authFor();
      const sig = await sign(token, auth, { name: name === 'USD Coin' ? 'USDC' : 'USDG' });
      await assertReverted(token, await settle(token, auth, sig), why.badSig);
      assert.equal(await used(token, payer.address, auth.nonce), false);
    });

    for (const overload of ['vrs', 'bytes']) {
      test(`high-s twin of a valid signature reverts (${overload})`, async () => {
        const auth = await authFor();
        const { r, s, yParity } = parseSignature(await sign(token, auth));
        // (r, n-s, flipped v) recovers the same signer with raw ecrecover: EIP-2 must reject it.
        const twin = serializeSignature({ r, s: toHex(N - BigInt(s), { size: 32 }), yParity: 1 - yParity });
        await assertReverted(token, await settle(token, auth, twin, { overload }), why.highS);
      });
    }

    test('v as 0/1 (yParity) instead of 27/28 reverts', async () => {
      const auth = await authFor();
      const { r, s, yParity } = parseSignature(await sign(token, auth));
      const args = [auth.from, auth.to, auth.value, auth.validAfter, auth.validBefore, auth.nonce, yParity, r, s];
      const hash = await chain.walletClient(settler).writeContract({
        address: token.address, abi: token.abi, functionName: 'transferWithAuthorization', args, gas: GAS,
      });
      await assertReverted(token, { receipt: await chain.publicClient.waitForTransactionReceipt({ hash }), args }, why.badV);
    });

    test('insufficient balance reverts and leaves the nonce unused', async () => {
      const auth = await authFor((await balance(token, payer.address)) + 1n);
      await assertReverted(token, await settle(token, auth, await sign(token, auth)), why.funds);
      assert.equal(await used(token, payer.address, auth.nonce), false);
    });

    test('only the deployer can mint', async () => {
      await assert.rejects(chain.walletClient(settler).writeContract({
        address: token.address, abi: token.abi, functionName: 'mint', args: [settler.address, 1n],
      }), style === 'circle' ? /caller is not the minter/ : /NotMinter/);
    });
  });
}

test('deployToken({at}) reproduces the production USDG domain separator on chain 196', async () => {
  const usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG_ADDRESS });
  const read = (functionName) => chain.publicClient.readContract({ address: usdg.address, abi: usdg.abi, functionName });
  assert.equal(await read('DOMAIN_SEPARATOR'), USDG_SEPARATOR);
  assert.equal(await read('symbol'), 'USDG');
  await chain.mint(usdg, payer.address, 10n);
  const auth = await authFor(10n);
  assert.equal((await settle(usdg, auth, await sign(usdg, auth))).receipt.status, 'success');
  assert.equal(await balance(usdg, payee.address), 10n);
});

test('a long (>31 byte) name survives deployToken({at})', async () => {
  const name = 'A token name that is definitely longer than thirty-one bytes';
  const t = await chain.deployToken({ name, version: '7', at: '0x00000000000000000000000000000000000000aa' });
  assert.equal(await chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'name' }), name);
  assert.equal(
    await chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'DOMAIN_SEPARATOR' }),
    domainSeparator({ domain: { name, version: '7', chainId: 196, verifyingContract: t.address } }),
  );
});

test('the dev accounts are the ones anvil funds', async () => {
  const funded = await chain.publicClient.request({ method: 'eth_accounts' });
  assert.deepEqual(funded, chain.accounts.map((a) => a.address.toLowerCase()));
  assert.equal(privateKeyToAccount(chain.accounts[0].privateKey).address, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
});
