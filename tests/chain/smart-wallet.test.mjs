// Smart-wallet signatures on a real EVM: the production checker (contracts/Erc6492Checker.sol,
// run deployless from the .hex that ships) against viem's own ERC-6492 verification
// (publicClient.verifyHash / verifyMessage), for an EOA, a deployed EIP-1271 SmartWallet and a
// counterfactual one; the test wallet and factory themselves; which EIP-3009 token overload a
// smart wallet can pay through; and EIP-191 (Sign-In with Ethereum) messages signed by a wallet's
// owner. Every expected outcome is written out, not derived from either implementation.
//   node --test tests/chain/smart-wallet.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  concatHex, encodeAbiParameters, encodeFunctionData, getContractAddress, hashMessage, hashTypedData, keccak256,
  parseEventLogs, parseSignature, serializeErc6492Signature, serializeSignature, toHex, zeroAddress,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { ERC6492_MAGIC, startChain, wrap6492 } from '../support/chain.mjs';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n; // secp256k1 order
const GAS = 300_000n; // fixed, so viem skips eth_estimateGas and reverting txs really get mined
const VALID_1271 = '0x1626ba7e';
const INVALID_1271 = '0xffffffff';

let chain, factory, eoa, stranger, settler, payee, deployed, counterfactual;
const hash = keccak256(randomBytes(32));
const otherHash = keccak256(randomBytes(32));
const random = (n) => toHex(randomBytes(n));
const signAs = (account, h) => privateKeyToAccount(account.privateKey).sign({ hash: h });
const code = async (address) => (await chain.publicClient.getCode({ address })) ?? '0x';

before(async () => {
  chain = await startChain({ chainId: 196 });
  [, eoa, stranger, settler, payee] = chain.accounts;
  factory = await chain.deployWalletFactory();
  deployed = await chain.smartWallet({ factory, owner: 5, salt: 1n });
  await deployed.deploy();
  counterfactual = await chain.smartWallet({ factory, owner: 6, salt: 2n });
  console.log(`# anvil ready in ${chain.startupMs} ms at ${chain.rpcUrl}`);
});
after(async () => { await chain?.stop(); });

describe('SmartWallet and SmartWalletFactory', () => {
  test('the factory\'s address is CREATE2 over (factory, salt, creation code ‖ owner), and createAccount is idempotent', async () => {
    const { bytecode } = JSON.parse(readFileSync(new URL('../contracts/build/SmartWallet.json', import.meta.url), 'utf8'));
    const expected = getContractAddress({
      opcode: 'CREATE2', from: factory.address, salt: toHex(2n, { size: 32 }),
      bytecode: concatHex([bytecode, encodeAbiParameters([{ type: 'address' }], [counterfactual.owner.address])]),
    });
    assert.equal(counterfactual.address, expected);
    assert.equal(await code(counterfactual.address), '0x');
    assert.notEqual(await code(deployed.address), '0x');
    assert.equal(await chain.publicClient.readContract({ address: deployed.address, abi: deployed.abi, functionName: 'owner' }), deployed.owner.address);
    // Deploying again returns the same wallet and creates nothing.
    const again = await deployed.deploy();
    assert.deepEqual(parseEventLogs({ abi: factory.abi, logs: again.logs }), []);
    const { result } = await chain.publicClient.simulateContract({
      address: factory.address, abi: factory.abi, functionName: 'createAccount', args: [deployed.owner.address, 1n],
    });
    assert.equal(result, deployed.address);
    // The zero owner is refused: this is the "factory that reverts" used below.
    await assert.rejects(chain.publicClient.simulateContract({
      address: factory.address, abi: factory.abi, functionName: 'createAccount', args: [zeroAddress, 3n],
    }), /owner is the zero address/);
  });

  test('isValidSignature: the owner\'s r‖s‖v over the hash as given, low s, v 27/28; anything else 0xffffffff', async () => {
    const ask = (h, signature) => chain.publicClient.readContract({
      address: deployed.address, abi: deployed.abi, functionName: 'isValidSignature', args: [h, signature],
    });
    const good = await deployed.signHash(hash);
    const { r, s, yParity } = parseSignature(good);
    assert.equal(await ask(hash, good), VALID_1271);
    assert.equal(await ask(otherHash, good), INVALID_1271);
    assert.equal(await ask(hashMessage({ raw: hash }), good), INVALID_1271); // no prefixing inside the wallet
    assert.equal(await ask(hash, await signAs(stranger, hash)), INVALID_1271);
    assert.equal(await ask(hash, serializeSignature({ r, s: toHex(N - BigInt(s), { size: 32 }), yParity: 1 - yParity })), INVALID_1271);
    assert.equal(await ask(hash, concatHex([r, s, toHex(yParity, { size: 1 })])), INVALID_1271); // v 0/1
    for (const garbage of ['0x', random(1), random(64), random(66), random(200)]) assert.equal(await ask(hash, garbage), INVALID_1271);
  });
});

describe('Erc6492Checker (deployless) and viem agree', () => {
  let cases;
  before(async () => {
    const revertingFactory = {
      factory: factory.address,
      factoryCalldata: encodeFunctionData({ abi: factory.abi, functionName: 'createAccount', args: [zeroAddress, 3n] }),
    };
    const garbageWrappers = [
      ['ERC-6492 magic after 200 random bytes', concatHex([random(200), ERC6492_MAGIC])],
      ['ERC-6492 magic alone', ERC6492_MAGIC],
      ['well-formed ERC-6492 wrapper around 65 random bytes', wrap6492({ factory: factory.address, factoryCalldata: counterfactual.factoryCalldata, signature: random(65) })],
      ['ERC-6492 wrapper naming a factory that reverts, random inner signature', wrap6492({ ...revertingFactory, signature: random(65) })],
    ];
    const garbage = [['empty', '0x'], ['1 byte', random(1)], ['64 random bytes', random(64)], ['200 random bytes', random(200)], ...garbageWrappers];
    const cf = counterfactual;
    const cfValid = cf.wrap6492(await cf.signHash(hash));
    cases = {
      EOA: {
        signer: eoa.address,
        cases: [
          ['valid', hash, await signAs(eoa, hash), true],
          ['signed by another key', hash, await signAs(stranger, hash), false],
          ['tampered hash', otherHash, await signAs(eoa, hash), false],
          ...garbage.map(([name, sig]) => [name, hash, sig, false]),
        ],
      },
      'deployed SmartWallet (EIP-1271)': {
        signer: deployed.address,
        cases: [
          ['valid', hash, await deployed.signHash(hash), true],
          ['valid, in an ERC-6492 wrapper although deployed', hash, deployed.wrap6492(await deployed.signHash(hash)), true],
          ['valid, in an ERC-6492 wrapper naming a factory that reverts (not called: the wallet has code)', hash, wrap6492({ ...revertingFactory, signature: await deployed.signHash(hash) }), true],
          ['signed by another key', hash, await signAs(stranger, hash), false],
          ['tampered hash', otherHash, await deployed.signHash(hash), false],
          ...garbage.map(([name, sig]) => [name, hash, sig, false]),
        ],
      },
      'counterfactual SmartWallet (ERC-6492)': {
        signer: cf.address,
        cases: [
          ['valid', hash, cfValid, true],
          ['signed by another key', hash, cf.wrap6492(await signAs(stranger, hash)), false],
          ['tampered hash', otherHash, cfValid, false],
          ['valid owner signature without the wrapper', hash, await cf.signHash(hash), false],
          ['valid owner signature, wrapper naming a factory that reverts', hash, wrap6492({ ...revertingFactory, signature: await cf.signHash(hash) }), false],
          ...garbage.map(([name, sig]) => [name, hash, sig, false]),
        ],
      },
    };
  });

  for (const subject of ['EOA', 'deployed SmartWallet (EIP-1271)', 'counterfactual SmartWallet (ERC-6492)']) {
    test(subject, async () => {
      const { signer, cases: list } = cases[subject];
      for (const [name, h, signature, expected] of list) {
        const ours = await chain.checkSignature({ signer, hash: h, signature });
        const viem = await chain.publicClient.verifyHash({ address: signer, hash: h, signature });
        assert.equal(ours, expected, `${subject} / ${name}: checker says ${ours}`);
        assert.equal(viem, expected, `${subject} / ${name}: viem says ${viem}`);
      }
      // The checker's eth_call (and viem's) deployed nothing for real.
      assert.equal(await code(counterfactual.address), '0x');
    });
  }

  test('EIP-1271 answers: only a full word 0x1626ba7e‖28 zero bytes is valid (wallets made of hand-written bytecode)', async () => {
    // Runtime code: PUSH32 word, PUSH0, MSTORE, PUSH1 length, PUSH0, RETURN (or REVERT).
    const answering = (word, length, op = 'f3') => `0x7f${word.slice(2)}5f5260${length.toString(16).padStart(2, '0')}5f${op}`;
    const magicWord = `${VALID_1271}${'0'.repeat(56)}`;
    const dirtyWord = `${VALID_1271}${'0'.repeat(55)}1`;
    const wallets = [
      ['the magic word', answering(magicWord, 32), true],
      ['the magic word and 32 more bytes', answering(magicWord, 64), true],
      ['only the 4 magic bytes', answering(magicWord, 4), false],
      ['31 bytes of the magic word', answering(magicWord, 31), false],
      ['the magic with a non-zero low byte', answering(dirtyWord, 32), false],
      ['a revert carrying the magic word', answering(magicWord, 32, 'fd'), false],
      ['0xffffffff', answering(`${INVALID_1271}${'0'.repeat(56)}`, 32), false],
      ['nothing (STOP)', '0x00', false],
    ];
    for (const [i, [name, bytecode, expected]] of wallets.entries()) {
      const address = toHex(0xa11ce000n + BigInt(i), { size: 20 });
      await chain.testClient.setCode({ address, bytecode });
      const signature = random(65);
      assert.equal(await chain.checkSignature({ signer: address, hash, signature }), expected, `checker, wallet answering ${name}`);
      assert.equal(await chain.publicClient.verifyHash({ address, hash, signature }), expected, `viem, wallet answering ${name}`);
    }
  });

  test('ERC-6492 wrappers decoded by hand: non-canonical but in bounds is read, out of bounds is 0 and never a revert', async () => {
    const cf = counterfactual;
    const inner = await cf.signHash(hash);
    const word = (x) => toHex(x, { size: 32 });
    const tail = (bytes) => { const n = (bytes.length - 2) / 2; return concatHex([word(BigInt(n)), bytes, `0x${'00'.repeat((32 - (n % 32)) % 32)}`]); };
    const calldataTail = tail(cf.factoryCalldata); // 4 + 64 bytes → 32 + 96
    const innerTail = tail(inner); // 65 bytes → 32 + 96
    const wrapper = (head, ...tails) => concatHex([...head.map(word), ...tails, ERC6492_MAGIC]);
    const f = BigInt(cf.factory);
    const MAX = 2n ** 256n - 1n;
    const cases = [
      ['canonical', wrapper([f, 96n, 96n + 128n], calldataTail, innerTail), true],
      ['tails in the other order', wrapper([f, 96n + 128n, 96n], innerTail, calldataTail), true],
      ['last tail without its padding', concatHex([wrapper([f, 96n, 224n], calldataTail, innerTail).slice(0, -64 - 62), ERC6492_MAGIC]), true],
      ['address word with a bit above 160 set', wrapper([f | (1n << 160n), 96n, 224n], calldataTail, innerTail), false],
      ['inner offset 2^256-1', wrapper([f, 96n, MAX], calldataTail, innerTail), false],
      ['inner offset one word past the end', wrapper([f, 96n, 96n + 256n], calldataTail, innerTail), false],
      ['inner length 2^256-1', wrapper([f, 96n, 224n], calldataTail, word(MAX), `0x${innerTail.slice(66)}`), false],
      ['inner length one byte too long', concatHex([wrapper([f, 96n, 224n], calldataTail, innerTail).slice(0, -64 - 62), ERC6492_MAGIC]).replace(word(65n).slice(2), word(66n).slice(2)), false],
      ['only two head words', concatHex([word(f), word(64n), ERC6492_MAGIC]), false],
      // The first "head word" is then 31 zero bytes and the magic's first byte: a clean address.
      ['31 zero bytes before the magic', concatHex([`0x${'00'.repeat(31)}`, ERC6492_MAGIC]), false],
    ];
    for (const [name, signature, expected] of cases) {
      assert.equal(await chain.checkSignature({ signer: cf.address, hash, signature }), expected, `checker: ${name}`);
      assert.equal(await chain.publicClient.verifyHash({ address: cf.address, hash, signature }), expected, `viem: ${name}`);
    }
    assert.equal(await code(cf.address), '0x');
  });

  test('the factory is called only for a signer without code (a factory that burns all its gas)', async () => {
    const burner = toHex(0xb0e7e7n, { size: 20 });
    await chain.testClient.setCode({ address: burner, bytecode: '0xfe' }); // INVALID: consumes all gas it is given
    const deployedSig = wrap6492({ factory: burner, factoryCalldata: '0x', signature: await deployed.signHash(hash) });
    assert.equal(await chain.checkSignature({ signer: deployed.address, hash, signature: deployedSig }), true);
    // Had the burner been called, 63/64 of the gas would be gone and the estimate would be ~64 × the
    // rest (about 740,000 here, against about 93,000).
    const gas = await chain.estimateCheckGas({ signer: deployed.address, hash, signature: deployedSig });
    assert.ok(gas < 150_000n, `estimate ${gas}`);
    // For a signer without code it is called, fails, and the inner signature is then an EOA's.
    const cfSig = wrap6492({ factory: burner, factoryCalldata: '0x', signature: await counterfactual.signHash(hash) });
    assert.equal(await chain.checkSignature({ signer: counterfactual.address, hash, signature: cfSig }), false);
    assert.equal(await chain.checkSignature({ signer: eoa.address, hash, signature: wrap6492({ factory: burner, factoryCalldata: '0x', signature: await signAs(eoa, hash) }) }), true);
    const burnt = await chain.estimateCheckGas({ signer: counterfactual.address, hash, signature: cfSig });
    assert.ok(burnt > 4n * gas, `estimate ${burnt}`);
  });

  test('the zero address never signs, even with a signature ecrecover cannot recover (r = 0)', async () => {
    const unrecoverable = concatHex([toHex(0n, { size: 32 }), toHex(1n, { size: 32 }), '0x1b']);
    assert.equal(await chain.checkSignature({ signer: zeroAddress, hash, signature: unrecoverable }), false);
    assert.equal(await chain.publicClient.verifyHash({ address: zeroAddress, hash, signature: unrecoverable }), false);
  });

  test('our wrapper is viem\'s, byte for byte', async () => {
    const sig = await counterfactual.signHash(hash);
    assert.equal(counterfactual.wrap6492(sig), serializeErc6492Signature({ address: counterfactual.factory, data: counterfactual.factoryCalldata, signature: sig }));
    assert.ok(counterfactual.wrap6492(sig).endsWith(ERC6492_MAGIC.slice(2)));
  });

  test('deliberate differences from viem: EIP-2 low s, v 27/28 only, and an EOA signature inside a wrapper', async () => {
    const { r, s, yParity } = parseSignature(await signAs(eoa, hash));
    const twin = serializeSignature({ r, s: toHex(N - BigInt(s), { size: 32 }), yParity: 1 - yParity });
    const v01 = concatHex([r, s, toHex(yParity, { size: 1 })]);
    // The checker refuses what the tokens refuse (the high-s twin, v as 0/1); viem recovers the
    // key from both in its local fallback and says true.
    assert.equal(await chain.checkSignature({ signer: eoa.address, hash, signature: twin }), false);
    assert.equal(await chain.publicClient.verifyHash({ address: eoa.address, hash, signature: twin }), true);
    assert.equal(await chain.checkSignature({ signer: eoa.address, hash, signature: v01 }), false);
    assert.equal(await chain.publicClient.verifyHash({ address: eoa.address, hash, signature: v01 }), true);
    // A wrapper whose factory leaves the signer without code ends in an ECDSA check of the inner
    // signature by the signer itself; viem's validator only asks EIP-1271 after a wrapper.
    const wrapped = wrap6492({ factory: factory.address, factoryCalldata: '0xdeadbeef', signature: await signAs(eoa, hash) });
    assert.equal(await chain.checkSignature({ signer: eoa.address, hash, signature: wrapped }), true);
    assert.equal(await chain.publicClient.verifyHash({ address: eoa.address, hash, signature: wrapped }), false);
  });

  test('gas of one deployless check (eth_estimateGas): EOA < deployed < counterfactual', async () => {
    const gas = {
      eoa: await chain.estimateCheckGas({ signer: eoa.address, hash, signature: await signAs(eoa, hash) }),
      deployed: await chain.estimateCheckGas({ signer: deployed.address, hash, signature: await deployed.signHash(hash) }),
      counterfactual: await chain.estimateCheckGas({ signer: counterfactual.address, hash, signature: counterfactual.wrap6492(await counterfactual.signHash(hash)) }),
    };
    console.log(`# checker gas: EOA ${gas.eoa}, deployed 1271 ${gas.deployed}, counterfactual 6492 ${gas.counterfactual}`);
    assert.ok(gas.eoa < gas.deployed && gas.deployed < gas.counterfactual, JSON.stringify(gas, (_, v) => String(v)));
    assert.ok(gas.counterfactual < 1_000_000n);
    assert.equal(await code(counterfactual.address), '0x');
  });
});

const TWA_TYPES = {
  TransferWithAuthorization: [
    { name: 'from', type: 'address' }, { name: 'to', type: 'address' }, { name: 'value', type: 'uint256' },
    { name: 'validAfter', type: 'uint256' }, { name: 'validBefore', type: 'uint256' }, { name: 'nonce', type: 'bytes32' },
  ],
};

describe('EIP-3009: a smart wallet pays through the bytes overload only', () => {
  let token, vrsOnly;
  const typed = (t, message) => ({
    domain: { name: t.name, version: t.version, chainId: chain.chainId, verifyingContract: t.address },
    types: TWA_TYPES, primaryType: 'TransferWithAuthorization', message,
  });
  const authFrom = async (from, value) => {
    const now = (await chain.publicClient.getBlock()).timestamp;
    return { from, to: payee.address, value, validAfter: now - 60n, validBefore: now + 3600n, nonce: random(32) };
  };
  const head = (a) => [a.from, a.to, a.value, a.validAfter, a.validBefore, a.nonce];
  const balance = (t, who) => chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'balanceOf', args: [who] });
  const used = (t, a) => chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'authorizationState', args: [a.from, a.nonce] });
  /** Sent by the settler with a fixed gas limit, so a reverting call is mined. */
  const submit = async (address, abi, args) => chain.publicClient.waitForTransactionReceipt({
    hash: await chain.walletClient(settler).writeContract({ address, abi, functionName: 'transferWithAuthorization', args, gas: GAS }),
  });

  before(async () => {
    token = await chain.deployToken({ name: 'USD Coin', version: '2', style: 'circle' });
    vrsOnly = await chain.deployVrsOnlyToken({ name: 'USD Coin', version: '2', symbol: 'USDC' });
    for (const t of [token, vrsOnly]) {
      await chain.mint(t, deployed.address, 1_000_000n);
      await chain.mint(t, eoa.address, 1_000_000n);
    }
  });

  test('Eip3009Token 0xcf092995 accepts an authorization signed by the wallet\'s owner and moves the wallet\'s tokens', async () => {
    const auth = await authFrom(deployed.address, 1234n);
    const owner = privateKeyToAccount(deployed.owner.privateKey);
    const signature = await owner.signTypedData(typed(token, auth));
    // The owner signs the EIP-712 digest; the wallet vouches for it (and so does our checker).
    assert.equal(await chain.checkSignature({ signer: deployed.address, hash: hashTypedData(typed(token, auth)), signature }), true);
    const data = encodeFunctionData({ abi: token.abi, functionName: 'transferWithAuthorization', args: [...head(auth), signature] });
    assert.equal(data.slice(0, 10), '0xcf092995');

    const intruder = await privateKeyToAccount(stranger.privateKey).signTypedData(typed(token, auth));
    const refused = await submit(token.address, token.abi, [...head(auth), intruder]);
    assert.equal(refused.status, 'reverted');
    assert.equal(await used(token, auth), false);

    const [w0, p0] = [await balance(token, deployed.address), await balance(token, payee.address)];
    const receipt = await submit(token.address, token.abi, [...head(auth), signature]);
    assert.equal(receipt.status, 'success');
    assert.equal(await balance(token, deployed.address), w0 - 1234n);
    assert.equal(await balance(token, payee.address), p0 + 1234n);
    assert.equal(await used(token, auth), true);
    assert.deepEqual(parseEventLogs({ abi: token.abi, logs: receipt.logs }).map((l) => [l.eventName, l.args]), [
      ['AuthorizationUsed', { authorizer: deployed.address, nonce: auth.nonce }],
      ['Transfer', { from: deployed.address, to: payee.address, value: 1234n }],
    ]);
  });

  test('Eip3009TokenVrsOnly: 0xcf092995 reverts, a wallet\'s (v,r,s) authorization reverts, an EOA\'s (v,r,s) moves tokens', async () => {
    // The bytes overload does not exist: even an EOA's perfectly valid authorization reverts.
    const eoaAuth = await authFrom(eoa.address, 500n);
    const eoaSig = await privateKeyToAccount(eoa.privateKey).signTypedData(typed(vrsOnly, eoaAuth));
    await assert.rejects(chain.publicClient.call({
      account: settler.address, to: vrsOnly.address,
      data: encodeFunctionData({ abi: token.abi, functionName: 'transferWithAuthorization', args: [...head(eoaAuth), eoaSig] }),
    }), /revert/i);
    const viaBytes = await submit(vrsOnly.address, token.abi, [...head(eoaAuth), eoaSig]);
    assert.equal(viaBytes.status, 'reverted');
    assert.equal(await used(vrsOnly, eoaAuth), false);

    // A smart wallet cannot pay with (v,r,s) either: the owner's key does not recover the wallet.
    const walletAuth = await authFrom(deployed.address, 700n);
    const walletSig = parseSignature(await privateKeyToAccount(deployed.owner.privateKey).signTypedData(typed(vrsOnly, walletAuth)));
    const w0 = await balance(vrsOnly, deployed.address);
    const viaVrs = await submit(vrsOnly.address, vrsOnly.abi, [...head(walletAuth), Number(walletSig.v), walletSig.r, walletSig.s]);
    assert.equal(viaVrs.status, 'reverted');
    await assert.rejects(chain.publicClient.simulateContract({
      account: settler.address, address: vrsOnly.address, abi: vrsOnly.abi, functionName: 'transferWithAuthorization',
      args: [...head(walletAuth), Number(walletSig.v), walletSig.r, walletSig.s],
    }), /FiatTokenV2: invalid signature/);
    assert.equal(await balance(vrsOnly, deployed.address), w0);

    // The same EOA authorization through (v,r,s) settles.
    const { v, r, s } = parseSignature(eoaSig);
    const [e0, p0] = [await balance(vrsOnly, eoa.address), await balance(vrsOnly, payee.address)];
    const ok = await submit(vrsOnly.address, vrsOnly.abi, [...head(eoaAuth), Number(v), r, s]);
    assert.equal(ok.status, 'success');
    assert.equal(await balance(vrsOnly, eoa.address), e0 - 500n);
    assert.equal(await balance(vrsOnly, payee.address), p0 + 500n);
    assert.equal(await used(vrsOnly, eoaAuth), true);
  });
});

describe('EIP-191: a Sign-In-with-Ethereum message signed by the wallet\'s owner', () => {
  const siwe = (address) => [
    'app.example.com wants you to sign in with your Ethereum account:',
    address,
    '',
    'Sign in to the example app.',
    '',
    'URI: https://app.example.com/login',
    'Version: 1',
    'Chain ID: 196',
    `Nonce: ${randomBytes(8).toString('hex')}`,
    `Issued At: ${new Date().toISOString()}`,
  ].join('\n');

  for (const which of ['deployed', 'counterfactual']) {
    test(`${which} wallet: personal_sign by the owner verifies through the checker (and viem), a changed message does not`, async () => {
      const wallet = which === 'deployed' ? deployed : counterfactual;
      const message = siwe(wallet.address);
      const personal = await privateKeyToAccount(wallet.owner.privateKey).signMessage({ message });
      // personal_sign is the owner's raw signature over the EIP-191 digest, which is what the wallet checks.
      assert.equal(personal, await wallet.signHash(hashMessage(message)));
      const signature = which === 'deployed' ? personal : wallet.wrap6492(personal);
      assert.equal(await chain.checkSignature({ signer: wallet.address, hash: hashMessage(message), signature }), true);
      assert.equal(await chain.publicClient.verifyMessage({ address: wallet.address, message, signature }), true);
      const changed = message.replace('Chain ID: 196', 'Chain ID: 1');
      assert.equal(await chain.checkSignature({ signer: wallet.address, hash: hashMessage(changed), signature }), false);
      assert.equal(await chain.publicClient.verifyMessage({ address: wallet.address, message: changed, signature }), false);
      assert.equal(await code(counterfactual.address), '0x');
    });
  }
});
