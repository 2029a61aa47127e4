// Our Permit2 (tests/contracts/Permit2.sol) and the two x402 Permit2 proxies
// (X402ExactPermit2Proxy, X402UptoPermit2Proxy) on a real EVM, placed at their usual addresses:
// their selectors, type hashes and EIP-712 domain are the ones written out here (computed with
// viem, not read from the contracts), fixed signed vectors (P1, P2 exact; U1 upto) hash, sign,
// encode and settle exactly as written, every revert path gives the expected error, and payloads
// made by the official x402 client (@x402/evm's ExactEvmScheme and UptoEvmScheme, permit2
// transfer method) settle on them. Signing and hashing use viem only.
//   node --test tests/chain/permit2.test.mjs
//
// The chain's clock starts at 2025-12-29 (anvil --timestamp) so that the vectors' deadline,
// 2026-01-01T00:00:00Z, is still ahead of it whatever the machine's clock says.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  decodeErrorResult, domainSeparator, encodeAbiParameters, encodeFunctionData, getAddress, hashTypedData, keccak256,
  parseEventLogs, parseSignature, serializeCompactSignature, signatureToCompactSignature, toEventSelector,
  toFunctionSelector, toHex, zeroAddress,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import {
  PERMIT2_ADDRESS as X402_PERMIT2_ADDRESS, isPermit2Payload, isUptoPermit2Payload, permit2WitnessTypes,
  uptoPermit2WitnessTypes, x402ExactPermit2ProxyABI, x402ExactPermit2ProxyAddress, x402UptoPermit2ProxyABI,
  x402UptoPermit2ProxyAddress,
} from '@x402/evm';
import { ExactEvmScheme } from '@x402/evm/exact/client';
import { UptoEvmScheme } from '@x402/evm/upto/client';
import { PERMIT2_ADDRESS, X402_EXACT_PROXY_ADDRESS, X402_UPTO_PROXY_ADDRESS, startChain } from '../support/chain.mjs';

const GENESIS = 1767000000n; // 2025-12-29T09:20:00Z
const GAS = 500_000n; // fixed, so viem skips eth_estimateGas and reverting transactions really get mined
const SEPARATOR_196 = '0xd58d2a9f2b5ac4e6b7accfd138db6362b719071cb1c374f44b9f28c7048177aa'; // Permit2's domain on chain 196
const USDG_ADDRESS = '0x4ae46a509F6b1D9056937BA4500cb143933D2dc8';
const PLAIN_ADDRESS = '0x00000000000000000000000000000000000e2C20'; // where P2's token is placed
const OKX_UPTO_ADDRESS = '0x4020e7393B728A3939659E5732F87fdd8e680002'; // the upto proxy's address on X Layer
const EXACT_WITNESS_TYPEHASH = '0xd97b3239a7f32295517bd14cb074edfdd188dfe5eb42f802bb26d4fd1eb12c37';
const UPTO_WITNESS_TYPEHASH = '0xd4171c445a74218b01d4fd8af34ff1106580ea1e36ff837e64484bfaa2253b75';
const EXACT_WITNESS_TYPE_STRING = 'Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,uint256 validAfter)';
const UPTO_WITNESS_TYPE_STRING = 'Witness witness)TokenPermissions(address token,uint256 amount)Witness(address to,address facilitator,uint256 validAfter)';

// EIP-712 types of the two schemes' permits (written out; compared with @x402/evm's below).
const TOKEN_PERMISSIONS = [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }];
const PERMIT_FIELDS = [
  { name: 'permitted', type: 'TokenPermissions' }, { name: 'spender', type: 'address' },
  { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }, { name: 'witness', type: 'Witness' },
];
const EXACT_TYPES = {
  PermitWitnessTransferFrom: PERMIT_FIELDS, TokenPermissions: TOKEN_PERMISSIONS,
  Witness: [{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};
const UPTO_TYPES = {
  PermitWitnessTransferFrom: PERMIT_FIELDS, TokenPermissions: TOKEN_PERMISSIONS,
  Witness: [{ name: 'to', type: 'address' }, { name: 'facilitator', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};

// The fixed vectors. Key: anvil's accounts[0].
const KEY0 = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const PAYEE = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8'; // anvil's accounts[1]
const FACILITATOR = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'; // anvil's accounts[2]
const DEADLINE = 1767225600n; // 2026-01-01T00:00:00Z
const P1 = {
  message: {
    permitted: { token: USDG_ADDRESS, amount: 1000n }, spender: X402_EXACT_PROXY_ADDRESS,
    nonce: 123456789n, deadline: DEADLINE, witness: { to: PAYEE, validAfter: 0n },
  },
  digest: '0x99e5eff8b0d685af699a15c0a42a907e24edd6b183f1403bd84e76fae421ef20',
  signature: '0x4fedd995f0a0b54ad862b0d4907dc6a47d6bba41f14b7f9a58af0e27e10e7993280bbdba7a166ecc2bbcfa8e0cdeedbb59f40fe6ca23a02673a1d1b86f15d2051b',
  calldataBytes: 388, calldataHash: '0xf8311bc2f682545b5c44ceac43dd0125e487a12726c08d8658c6e7f1e573c89d',
};
// P2: an 18-decimals ERC-20 without EIP-3009 and a nonce in the top half of the nonce space.
const P2 = {
  message: {
    permitted: { token: PLAIN_ADDRESS, amount: 2_500_000_000_000_000_000n }, spender: X402_EXACT_PROXY_ADDRESS,
    nonce: 2n ** 255n + 7n, deadline: DEADLINE, witness: { to: PAYEE, validAfter: 0n },
  },
  digest: '0x1dd9842f44059919e2ccff99e3d5d6f6924cd9c936ab36bbda0f92e622f9350e',
  signature: '0x59d20f8f7f18a87dd5d6f5a0a00980ccc653a479c1bb4f3419281060900dfc1c4c658bf8aef16aa831b7b32d34256019ac138555384f3ab78f8414f6ca62037d1b',
  calldataBytes: 388, calldataHash: '0x5308821f449548c6de5c12b161b9b318cd89146a3a2596a66186e943f748226f',
};
const U1 = {
  message: {
    permitted: { token: USDG_ADDRESS, amount: 5_000_000n }, spender: X402_UPTO_PROXY_ADDRESS,
    nonce: 123456789n, deadline: DEADLINE, witness: { to: PAYEE, facilitator: FACILITATOR, validAfter: 0n },
  },
  witnessHash: '0xe715de163d04e9b63df2e735abdab6213cfd66ec78b656745193263dda442975',
  digest: '0x66ffb63a97e65a143eb38ea6f3cb3afc8903ccf561fc47afbc08eb836d2523fc',
  signature: '0xb6a2b16644b160677f2f76021ed9b367e231b1121a15598dfbeeb79cd40adfb41dcfe2245f90ef963d34e6fb087627460b5425cfcd8e10add68b4f9580ba99fc1b',
  amount: 1_234_000n,
  calldataBytes: 452, calldataHash: '0xbd7168d10172c542570ee8dec6555d476fcebee7fa23313161591fab82f62c03',
};

let chain, permit2, exact, upto, usdg, usdc, plain;
let payee, facilitator, settler, payer, stranger;
let ERRORS;

const domain = () => ({ name: 'Permit2', chainId: chain.chainId, verifyingContract: PERMIT2_ADDRESS });
const typedData = (message, types = 'witness' in message && 'facilitator' in message.witness ? UPTO_TYPES : EXACT_TYPES) =>
  ({ domain: domain(), types, primaryType: 'PermitWitnessTransferFrom', message });
const sign = (message, key = payer.privateKey) => privateKeyToAccount(key).signTypedData(typedData(message));
const randomNonce = () => BigInt(toHex(randomBytes(32)));
const latestTs = async () => (await chain.publicClient.getBlock()).timestamp;
const permitArg = (m) => ({ permitted: m.permitted, nonce: m.nonce, deadline: m.deadline });

/** The exact proxy's settle calldata; `witness` defaults to the signed one. */
const exactCall = (m, owner, signature, witness = m.witness) =>
  encodeFunctionData({ abi: exact.abi, functionName: 'settle', args: [permitArg(m), owner, witness, signature] });
/** The upto proxy's settle calldata for `amount`. */
const uptoCall = (m, amount, owner, signature, witness = m.witness) =>
  encodeFunctionData({ abi: upto.abi, functionName: 'settle', args: [permitArg(m), amount, owner, witness, signature] });

/** An exact permit of `payer` (unless `from` is given) for `amount` of `token` to the payee. */
async function exactPermit(token, amount, { deadline, validAfter = 0n, spender = exact.address, nonce = randomNonce() } = {}) {
  deadline ??= (await latestTs()) + 3600n;
  return {
    permitted: { token: token.address ?? token, amount }, spender, nonce, deadline,
    witness: { to: payee.address, validAfter },
  };
}

/** eth_call of `data` to `to` from `from` at `block`; the revert decoded with all our ABIs ({selector, name, args}), or null if it succeeds. */
async function revertOf(to, data, from, block = 'latest') {
  const res = await fetch(chain.rpcUrl, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ from, to, data, gas: toHex(GAS) }, typeof block === 'bigint' ? toHex(block) : block] }),
  });
  const body = await res.json();
  if (!body.error) return null;
  const revertData = typeof body.error.data === 'string' ? body.error.data : body.error.data?.data;
  if (!revertData || revertData === '0x') return { selector: '0x', name: null, args: [], message: body.error.message };
  const { errorName, args } = decodeErrorResult({ abi: ERRORS, data: revertData });
  return { selector: revertData.slice(0, 10), name: errorName, args: args ?? [] };
}

/** Sends `data` to `to` from `from` (an account) with a fixed gas limit; if it reverted, the error replayed in its block. */
async function submit(to, data, from) {
  const hash = await chain.walletClient(from).sendTransaction({ to, data, gas: GAS });
  const receipt = await chain.publicClient.waitForTransactionReceipt({ hash });
  return { receipt, error: receipt.status === 'success' ? null : await revertOf(to, data, from.address, receipt.blockNumber) };
}

/** Mined and reverted with the error `name` (and `args`, when given). */
async function assertReverts(to, data, from, name, args) {
  const { receipt, error } = await submit(to, data, from);
  assert.equal(receipt.status, 'reverted');
  assert.equal(error?.name, name, `expected ${name}, got ${JSON.stringify(error, (k, v) => (typeof v === 'bigint' ? `${v}` : v))}`);
  if (args) assert.deepEqual(error.args, args);
  return receipt;
}

const balance = (token, who) => chain.publicClient.readContract({ address: token.address, abi: token.abi, functionName: 'balanceOf', args: [who] });
const bitmap = (owner, word) => chain.publicClient.readContract({ address: permit2.address, abi: permit2.abi, functionName: 'nonceBitmap', args: [owner, word] });
const nonceUsed = async (owner, nonce) => ((await bitmap(owner, nonce >> 8n)) >> (nonce & 0xffn)) & 1n;
const logs = (receipt) => parseEventLogs({ abi: [...usdg.abi, ...exact.abi, ...permit2.abi], logs: receipt.logs })
  .map((l) => [getAddress(l.address), l.eventName, l.args ?? {}]);

/** Settles and checks the payment: success, [Transfer, Settled], balances moved by `amount`, nonce used. */
async function assertSettles(proxy, data, from, m, owner, amount = m.permitted.amount) {
  const token = { address: m.permitted.token, abi: usdg.abi };
  const [o0, p0] = [await balance(token, owner), await balance(token, m.witness.to)];
  assert.equal(await nonceUsed(owner, m.nonce), 0n);
  const { receipt, error } = await submit(proxy.address, data, from);
  assert.equal(error, null);
  assert.equal(receipt.status, 'success');
  assert.equal(getAddress(receipt.from), from.address);
  assert.deepEqual(logs(receipt), [
    [getAddress(m.permitted.token), 'Transfer', { from: owner, to: getAddress(m.witness.to), value: amount }],
    [proxy.address, 'Settled', {}],
  ]);
  assert.equal(await balance(token, owner), o0 - amount);
  assert.equal(await balance(token, m.witness.to), p0 + amount);
  assert.equal(await nonceUsed(owner, m.nonce), 1n);
  return receipt;
}

/** ABI entry → selector, for the listed types (error/function: 4 bytes, event: topic). */
const selectors = (abi) => Object.fromEntries(abi.map((i) => [`${i.type} ${i.name}`, i.type === 'event' ? toEventSelector(i) : toFunctionSelector(i)]));

before(async () => {
  chain = await startChain({ chainId: 196, timestamp: GENESIS });
  [, payee, facilitator, settler, payer, , , stranger] = chain.accounts;
  permit2 = await chain.placePermit2();
  exact = await chain.placeExactProxy();
  upto = await chain.placeUptoProxy();
  ERRORS = [...permit2.abi, ...exact.abi, ...upto.abi].filter((i) => i.type === 'error');
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: USDG_ADDRESS });
  usdc = await chain.deployToken({ name: 'USD Coin', version: '2', symbol: 'USDC', style: 'circle' });
  plain = await chain.deployPlainToken({ name: 'Plain Dollar', symbol: 'PLAIN', decimals: 18, at: PLAIN_ADDRESS });
  for (const token of [usdg, usdc, plain]) {
    await chain.mint(token, payer.address, 10n ** 24n);
    await chain.approvePermit2(token, 4);
  }
  console.log(`# anvil ready in ${chain.startupMs} ms at ${chain.rpcUrl}`);
});
after(async () => { await chain?.stop(); });

describe('interfaces: selectors, type hashes, domain', () => {
  test('Permit2: domain without version, DOMAIN_SEPARATOR at chain 196, its selectors and errors', async () => {
    assert.equal(permit2.address, PERMIT2_ADDRESS);
    assert.equal(PERMIT2_ADDRESS, X402_PERMIT2_ADDRESS);
    const separator = await chain.publicClient.readContract({ address: permit2.address, abi: permit2.abi, functionName: 'DOMAIN_SEPARATOR' });
    assert.equal(separator, SEPARATOR_196);
    assert.equal(domainSeparator({ domain: domain() }), SEPARATOR_196);
    assert.equal(keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'bytes32' }, { type: 'uint256' }, { type: 'address' }], [
      keccak256(toHex('EIP712Domain(string name,uint256 chainId,address verifyingContract)')), keccak256(toHex('Permit2')), 196n, PERMIT2_ADDRESS,
    ])), SEPARATOR_196);
    assert.deepEqual(selectors(permit2.abi), {
      'function DOMAIN_SEPARATOR': '0x3644e515',
      'function permitWitnessTransferFrom': '0x137c29fe',
      'function nonceBitmap': '0x4fe02b44',
      'function invalidateUnorderedNonces': '0x3ff9dcb1',
      'event UnorderedNonceInvalidation': '0x3704902f963766a4e561bbaab6e6cdc1b1dd12f6e9e99648da8843b3f46b918d',
      'error SignatureExpired': '0xcd21db4f',
      'error InvalidAmount': '0x3728b83d',
      'error InvalidNonce': '0x756688fe',
      'error InvalidSignatureLength': '0x4be6321b',
      'error InvalidSignature': '0x8baa579f',
      'error InvalidSigner': '0x815e1d64',
      'error InvalidContractSignature': '0xb0669cbc',
    });
    assert.equal(toFunctionSelector('permitWitnessTransferFrom(((address,uint256),uint256,uint256),(address,uint256),address,bytes32,string,bytes)'), '0x137c29fe');
    assert.equal(toFunctionSelector('InvalidAmount(uint256)'), '0x3728b83d');
    assert.equal(keccak256(toHex('TokenPermissions(address token,uint256 amount)')), '0x618358ac3db8dc274f0cd8829da7e234bd48cd73c4a740aede1adec9846d06a1');
  });

  test('the exact proxy: PERMIT2, WITNESS_TYPEHASH, WITNESS_TYPE_STRING, settle 0x13cd3b53, its errors; @x402/evm\'s ABI encodes the same settle', async () => {
    assert.equal(exact.address, X402_EXACT_PROXY_ADDRESS);
    assert.equal(X402_EXACT_PROXY_ADDRESS, x402ExactPermit2ProxyAddress);
    const read = (functionName) => chain.publicClient.readContract({ address: exact.address, abi: exact.abi, functionName });
    assert.equal(await read('PERMIT2'), PERMIT2_ADDRESS);
    assert.equal(await read('WITNESS_TYPEHASH'), EXACT_WITNESS_TYPEHASH);
    assert.equal(keccak256(toHex('Witness(address to,uint256 validAfter)')), EXACT_WITNESS_TYPEHASH);
    assert.equal(await read('WITNESS_TYPE_STRING'), EXACT_WITNESS_TYPE_STRING);
    assert.deepEqual(selectors(exact.abi), {
      'function PERMIT2': '0x6afdd850',
      'function WITNESS_TYPEHASH': '0x2c03ae6a',
      'function WITNESS_TYPE_STRING': '0x156e2152',
      'function settle': '0x13cd3b53',
      'event Settled': toEventSelector('Settled()'),
      'error InvalidAmount': '0x2c5211c6',
      'error InvalidOwner': '0x49e27cff',
      'error InvalidDestination': '0xac6b05f5',
      'error PaymentTooEarly': '0xa65539fa',
      'error ReentrancyGuardReentrantCall': '0x3ee5aeb5',
    });
    assert.equal(toFunctionSelector('settle(((address,uint256),uint256,uint256),address,(address,uint256),bytes)'), '0x13cd3b53');
    // The official client's ABI: same settle, and it names every error our proxy raises.
    const theirs = selectors(x402ExactPermit2ProxyABI);
    assert.equal(theirs['function settle'], '0x13cd3b53');
    for (const [k, v] of Object.entries(selectors(exact.abi))) assert.equal(theirs[k], v, k);
    assert.deepEqual(EXACT_TYPES, permit2WitnessTypes);
  });

  test('the upto proxy: its views, settle 0xff11e7b4, its errors; @x402/evm\'s ABI encodes the same settle', async () => {
    assert.equal(upto.address, X402_UPTO_PROXY_ADDRESS);
    assert.equal(X402_UPTO_PROXY_ADDRESS, x402UptoPermit2ProxyAddress);
    const read = (functionName) => chain.publicClient.readContract({ address: upto.address, abi: upto.abi, functionName });
    assert.equal(await read('PERMIT2'), PERMIT2_ADDRESS);
    assert.equal(await read('WITNESS_TYPEHASH'), UPTO_WITNESS_TYPEHASH);
    assert.equal(keccak256(toHex('Witness(address to,address facilitator,uint256 validAfter)')), UPTO_WITNESS_TYPEHASH);
    assert.equal(await read('WITNESS_TYPE_STRING'), UPTO_WITNESS_TYPE_STRING);
    assert.deepEqual(selectors(upto.abi), {
      'function PERMIT2': '0x6afdd850',
      'function WITNESS_TYPEHASH': '0x2c03ae6a',
      'function WITNESS_TYPE_STRING': '0x156e2152',
      'function settle': '0xff11e7b4',
      'event Settled': toEventSelector('Settled()'),
      'error AmountExceedsPermitted': '0xfe64b4c7',
      'error UnauthorizedFacilitator': '0x0f6fae87',
      'error InvalidAmount': '0x2c5211c6',
      'error InvalidOwner': '0x49e27cff',
      'error InvalidDestination': '0xac6b05f5',
      'error PaymentTooEarly': '0xa65539fa',
      'error ReentrancyGuardReentrantCall': '0x3ee5aeb5',
    });
    assert.equal(toFunctionSelector('settle(((address,uint256),uint256,uint256),uint256,address,(address,address,uint256),bytes)'), '0xff11e7b4');
    const theirs = selectors(x402UptoPermit2ProxyABI);
    assert.equal(theirs['function settle'], '0xff11e7b4');
    // The official upto ABI lists no InvalidAmount error (a zero amount is refused on chain all the same).
    for (const [k, v] of Object.entries(selectors(upto.abi))) if (k !== 'error InvalidAmount') assert.equal(theirs[k], v, k);
    assert.equal(theirs['error InvalidAmount'], undefined);
    assert.deepEqual(UPTO_TYPES, uptoPermit2WitnessTypes);
  });
});

describe('fixed vectors', () => {
  let beforeP1;

  test('P1 (exact, USDG-like Eip3009Token at its X Layer address): digest, signature and settle calldata', async () => {
    const account = privateKeyToAccount(KEY0);
    assert.equal(account.address, chain.accounts[0].address);
    assert.equal(account.address, '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
    assert.equal(hashTypedData(typedData(P1.message)), P1.digest);
    assert.equal(await account.signTypedData(typedData(P1.message)), P1.signature);
    const data = exactCall(P1.message, account.address, P1.signature);
    assert.equal((data.length - 2) / 2, P1.calldataBytes);
    assert.equal(data.slice(0, 10), '0x13cd3b53');
    assert.equal(keccak256(data), P1.calldataHash);
    const official = encodeFunctionData({ abi: x402ExactPermit2ProxyABI, functionName: 'settle', args: [permitArg(P1.message), account.address, P1.message.witness, P1.signature] });
    assert.equal(official, data);
  });

  test('U1 (upto): witness hash, digest, signature and settle calldata for 1234000', async () => {
    const account = privateKeyToAccount(KEY0);
    const { witness } = U1.message;
    assert.equal(keccak256(encodeAbiParameters([{ type: 'bytes32' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }],
      [UPTO_WITNESS_TYPEHASH, witness.to, witness.facilitator, witness.validAfter])), U1.witnessHash);
    assert.equal(hashTypedData(typedData(U1.message)), U1.digest);
    assert.equal(await account.signTypedData(typedData(U1.message)), U1.signature);
    const data = uptoCall(U1.message, U1.amount, account.address, U1.signature);
    assert.equal((data.length - 2) / 2, U1.calldataBytes);
    assert.equal(data.slice(0, 10), '0xff11e7b4');
    assert.equal(keccak256(data), U1.calldataHash);
    const official = encodeFunctionData({ abi: x402UptoPermit2ProxyABI, functionName: 'settle', args: [permitArg(U1.message), U1.amount, account.address, witness, U1.signature] });
    assert.equal(official, data);
  });

  test('P1 settles: sent by anyone, 1000 moves to the witness\'s recipient, the nonce bit is set, a replay reverts InvalidNonce', async () => {
    const owner = chain.accounts[0];
    await chain.mint(usdg, owner.address, 10_000_000n);
    await chain.approvePermit2(usdg, 0);
    beforeP1 = await chain.testClient.snapshot();
    assert.ok((await latestTs()) < 1767225000n);
    await chain.setNextBlockTimestamp(1767225000n);
    const data = exactCall(P1.message, owner.address, P1.signature);
    const receipt = await assertSettles(exact, data, settler, P1.message, owner.address);
    assert.equal((await chain.publicClient.getBlock({ blockNumber: receipt.blockNumber })).timestamp, 1767225000n);
    assert.equal(await bitmap(owner.address, 123456789n >> 8n), 1n << (123456789n & 0xffn));
    await assertReverts(exact.address, data, settler, 'InvalidNonce');
  });

  test('U1 shares P1\'s nonce, and nonces belong to the owner whatever the spender: after P1 it reverts InvalidNonce', async () => {
    const data = uptoCall(U1.message, U1.amount, chain.accounts[0].address, U1.signature);
    await assertReverts(upto.address, data, facilitator, 'InvalidNonce');
  });

  test('U1 settles 1234000 from the facilitator (on the chain as it was before P1); others, too much and zero are refused', async () => {
    await chain.testClient.revert({ id: beforeP1 });
    const owner = chain.accounts[0].address;
    assert.equal(await nonceUsed(owner, U1.message.nonce), 0n);
    const call = (amount) => uptoCall(U1.message, amount, owner, U1.signature);
    await assertReverts(upto.address, call(U1.amount), settler, 'UnauthorizedFacilitator');
    await assertReverts(upto.address, call(U1.amount), chain.accounts[0], 'UnauthorizedFacilitator'); // not even the payer
    await assertReverts(upto.address, call(5_000_001n), facilitator, 'AmountExceedsPermitted');
    await assertReverts(upto.address, call(0n), facilitator, 'InvalidAmount', []);
    await chain.setNextBlockTimestamp(1767225300n);
    await assertSettles(upto, call(U1.amount), facilitator, U1.message, owner, U1.amount);
    await assertReverts(upto.address, call(1n), facilitator, 'InvalidNonce');
  });

  test('P2 (exact, 18-decimals PlainToken, nonce 2^255+7): digest, signature, calldata, and it settles', async () => {
    const account = privateKeyToAccount(KEY0);
    assert.equal(plain.address, PLAIN_ADDRESS);
    assert.equal(await chain.publicClient.readContract({ address: plain.address, abi: plain.abi, functionName: 'decimals' }), 18);
    assert.equal(hashTypedData(typedData(P2.message)), P2.digest);
    assert.equal(await account.signTypedData(typedData(P2.message)), P2.signature);
    const data = exactCall(P2.message, account.address, P2.signature);
    assert.equal((data.length - 2) / 2, P2.calldataBytes);
    assert.equal(keccak256(data), P2.calldataHash);
    await chain.mint(plain, account.address, 3n * 10n ** 18n);
    await chain.approvePermit2(plain, 0);
    await assertSettles(exact, data, settler, P2.message, account.address);
    assert.equal(await bitmap(account.address, 2n ** 247n), 1n << 7n);
  });
});

describe('exact: what Permit2 and the proxy refuse', () => {
  test('the deadline is inclusive: settling at the deadline works, one second later SignatureExpired(deadline)', async () => {
    const deadline = (await latestTs()) + 100n;
    const ok = await exactPermit(usdg, 10n, { deadline });
    const expired = await exactPermit(usdg, 10n, { deadline });
    await chain.setNextBlockTimestamp(deadline);
    await assertSettles(exact, exactCall(ok, payer.address, await sign(ok)), settler, ok, payer.address);
    await chain.setNextBlockTimestamp(deadline + 1n);
    await assertReverts(exact.address, exactCall(expired, payer.address, await sign(expired)), settler, 'SignatureExpired', [deadline]);
    assert.equal(await nonceUsed(payer.address, expired.nonce), 0n);
  });

  test('validAfter is inclusive: one second before it PaymentTooEarly, at it the payment settles', async () => {
    const validAfter = (await latestTs()) + 100n;
    const m = await exactPermit(usdg, 10n, { validAfter, deadline: validAfter + 3600n });
    const data = exactCall(m, payer.address, await sign(m));
    await chain.setNextBlockTimestamp(validAfter - 1n);
    await assertReverts(exact.address, data, settler, 'PaymentTooEarly');
    await chain.setNextBlockTimestamp(validAfter);
    await assertSettles(exact, data, settler, m, payer.address);
  });

  test('a used nonce: InvalidNonce', async () => {
    const m = await exactPermit(usdc, 10n);
    const data = exactCall(m, payer.address, await sign(m));
    await assertSettles(exact, data, settler, m, payer.address);
    await assertReverts(exact.address, data, settler, 'InvalidNonce');
  });

  test('signed for another spender (the upto proxy): InvalidSigner', async () => {
    const m = await exactPermit(usdg, 10n, { spender: upto.address });
    await assertReverts(exact.address, exactCall(m, payer.address, await sign(m)), settler, 'InvalidSigner');
  });

  test('settled to another recipient than the signed witness.to: InvalidSigner', async () => {
    const m = await exactPermit(usdg, 10n);
    await assertReverts(exact.address, exactCall(m, payer.address, await sign(m), { to: stranger.address, validAfter: 0n }), settler, 'InvalidSigner');
    await assertReverts(exact.address, exactCall({ ...m, permitted: { ...m.permitted, amount: 11n } }, payer.address, await sign(m)), settler, 'InvalidSigner');
  });

  test('signed by another key than the owner\'s: InvalidSigner', async () => {
    const m = await exactPermit(usdg, 10n);
    await assertReverts(exact.address, exactCall(m, payer.address, await sign(m, stranger.privateKey)), settler, 'InvalidSigner');
  });

  test('zero amount, zero owner, zero destination: InvalidAmount(), InvalidOwner(), InvalidDestination()', async () => {
    const zero = await exactPermit(usdg, 0n);
    await assertReverts(exact.address, exactCall(zero, payer.address, await sign(zero)), settler, 'InvalidAmount', []);
    const m = await exactPermit(usdg, 10n);
    const sig = await sign(m);
    await assertReverts(exact.address, exactCall(m, zeroAddress, sig), settler, 'InvalidOwner');
    await assertReverts(exact.address, exactCall(m, payer.address, sig, { to: zeroAddress, validAfter: 0n }), settler, 'InvalidDestination');
  });

  for (const name of ['USDG (paxos)', 'USDC (circle)', 'PlainToken']) {
    test(`${name}: allowance or balance one short reverts TRANSFER_FROM_FAILED and leaves the nonce unused`, async () => {
      const token = { 'USDG (paxos)': usdg, 'USDC (circle)': usdc, PlainToken: plain }[name];
      const [short, broke] = [chain.accounts[8], chain.accounts[9]];
      const signAs = (account, m) => privateKeyToAccount(account.privateKey).signTypedData(typedData(m));
      await chain.mint(token, short.address, 1000n);
      await chain.approvePermit2(token, 8, 999n);
      const m1 = await exactPermit(token, 1000n);
      await assertReverts(exact.address, exactCall(m1, short.address, await signAs(short, m1)), settler, 'Error', ['TRANSFER_FROM_FAILED']);
      assert.equal(await nonceUsed(short.address, m1.nonce), 0n);
      await chain.mint(token, broke.address, 999n - (await balance(token, broke.address)));
      await chain.approvePermit2(token, 9);
      const m2 = await exactPermit(token, 1000n);
      await assertReverts(exact.address, exactCall(m2, broke.address, await signAs(broke, m2)), settler, 'Error', ['TRANSFER_FROM_FAILED']);
      assert.equal(await nonceUsed(broke.address, m2.nonce), 0n);
    });
  }

  test('signatures: 64-byte EIP-2098 accepted (both y parities); other lengths InvalidSignatureLength; v 29 InvalidSignature', async () => {
    const m = await exactPermit(usdg, 10n);
    const sig = await sign(m);
    for (const bad of [`${sig}00`, sig.slice(0, -4), '0x']) {
      await assertReverts(exact.address, exactCall(m, payer.address, bad), settler, 'InvalidSignatureLength');
    }
    await assertReverts(exact.address, exactCall(m, payer.address, `${sig.slice(0, -2)}1d`), settler, 'InvalidSignature');
    // Permits until one signature of each y parity: r ‖ (yParity << 255 | s).
    const byParity = {};
    while (!byParity[0] || !byParity[1]) {
      const p = await exactPermit(usdg, 10n);
      const s65 = await sign(p);
      byParity[parseSignature(s65).yParity] ??= { p, s65 };
    }
    for (const parity of [0, 1]) {
      const { p, s65 } = byParity[parity];
      const compact = serializeCompactSignature(signatureToCompactSignature(parseSignature(s65)));
      assert.equal((compact.length - 2) / 2, 64);
      assert.equal(BigInt(`0x${compact.slice(66)}`) >> 255n, BigInt(parity));
      // (So a 65-byte signature with v 27 minus its last byte is its own 64-byte form.)
      assert.equal(compact === s65.slice(0, -2), parity === 0);
      // The other parity recovers someone else.
      const flipped = toHex(BigInt(compact) ^ (1n << 255n), { size: 64 });
      await assertReverts(exact.address, exactCall(p, payer.address, flipped), settler, 'InvalidSigner');
      await assertSettles(exact, exactCall(p, payer.address, compact), settler, p, payer.address);
    }
  });

  test('an EIP-1271 owner (SmartWallet): its owner\'s signature settles, another key\'s is InvalidContractSignature; not deployed yet it is an EOA: InvalidSigner', async () => {
    const factory = await chain.deployWalletFactory();
    const wallet = await chain.smartWallet({ factory, owner: 5, salt: 1n });
    const m0 = await exactPermit(usdg, 10n);
    await assertReverts(exact.address, exactCall(m0, wallet.address, await wallet.signHash(hashTypedData(typedData(m0)))), settler, 'InvalidSigner');
    await wallet.deploy();
    await chain.mint(usdg, wallet.address, 1000n);
    await chain.approvePermit2(usdg, wallet.address); // impersonated: the wallet has no execute function
    const m = await exactPermit(usdg, 250n);
    const digest = hashTypedData(typedData(m));
    await assertReverts(exact.address, exactCall(m, wallet.address, await privateKeyToAccount(stranger.privateKey).sign({ hash: digest })), settler, 'InvalidContractSignature');
    await assertSettles(exact, exactCall(m, wallet.address, await wallet.signHash(digest)), settler, m, wallet.address);
  });

  test('invalidateUnorderedNonces sets the caller\'s bits: a permit with such a nonce reverts InvalidNonce, a neighbour still settles', async () => {
    const word = 0xabcdefn;
    const { request } = await chain.publicClient.simulateContract({
      account: payer.address, address: permit2.address, abi: permit2.abi, functionName: 'invalidateUnorderedNonces', args: [word, 0b1010n],
    });
    const receipt = await chain.publicClient.waitForTransactionReceipt({ hash: await chain.walletClient(payer).writeContract(request) });
    assert.deepEqual(logs(receipt), [[permit2.address, 'UnorderedNonceInvalidation', { owner: payer.address, word, mask: 0b1010n }]]);
    assert.equal(await bitmap(payer.address, word), 0b1010n);
    const m = await exactPermit(usdg, 10n, { nonce: (word << 8n) | 3n });
    await assertReverts(exact.address, exactCall(m, payer.address, await sign(m)), settler, 'InvalidNonce');
    const n = await exactPermit(usdg, 10n, { nonce: (word << 8n) | 2n });
    await assertSettles(exact, exactCall(n, payer.address, await sign(n)), settler, n, payer.address);
    assert.equal(await bitmap(payer.address, word), 0b1110n);
  });

  test('what a token\'s transferFrom returns: 32 bytes of 0 (false) or of 2 → TRANSFER_FROM_FAILED; nothing, as from a token that returns no bool, is success', async () => {
    // Hand-assembled runtime code that answers any call: PUSH1 v PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN / STOP.
    const returns = (v) => `0x60${v}60005260206000f3`;
    for (const [code, outcome] of [[returns('00'), 'Error'], [returns('02'), 'Error'], [returns('01'), null], ['0x00', null]]) {
      const token = getAddress(toHex(randomBytes(20)));
      await chain.testClient.setCode({ address: token, bytecode: code });
      const m = await exactPermit(token, 10n);
      const data = exactCall(m, payer.address, await sign(m));
      if (outcome) await assertReverts(exact.address, data, settler, 'Error', ['TRANSFER_FROM_FAILED']);
      else assert.equal((await submit(exact.address, data, settler)).receipt.status, 'success', code);
    }
  });

  test('a token address without code "settles": nothing moves, no Transfer, the nonce is used', async () => {
    const m = await exactPermit('0x000000000000000000000000000000000000dEaD', 10n);
    const { receipt, error } = await submit(exact.address, exactCall(m, payer.address, await sign(m)), settler);
    assert.equal(error, null);
    assert.deepEqual(logs(receipt), [[exact.address, 'Settled', {}]]);
    assert.equal(await nonceUsed(payer.address, m.nonce), 1n);
  });
});

describe('upto: the exact scheme\'s checks, and a proxy at another address', () => {
  const uptoPermit = async (amount, { validAfter = 0n, deadline } = {}) => ({
    ...(await exactPermit(usdg, amount, { spender: upto.address, deadline })),
    witness: { to: payee.address, facilitator: facilitator.address, validAfter },
  });

  test('zero owner InvalidOwner(), zero destination InvalidDestination(), before validAfter PaymentTooEarly(), a charge up to the permitted amount settles', async () => {
    const m = await uptoPermit(1000n);
    const sig = await sign(m);
    await assertReverts(upto.address, uptoCall(m, 1000n, zeroAddress, sig), facilitator, 'InvalidOwner');
    await assertReverts(upto.address, uptoCall(m, 1000n, payer.address, sig, { ...m.witness, to: zeroAddress }), facilitator, 'InvalidDestination');
    // The witness binds the facilitator too: naming the caller instead of the signed one breaks the signature.
    await assertReverts(upto.address, uptoCall(m, 1000n, payer.address, sig, { ...m.witness, facilitator: settler.address }), settler, 'InvalidSigner');
    await assertSettles(upto, uptoCall(m, 1000n, payer.address, sig), facilitator, m, payer.address, 1000n);

    const validAfter = (await latestTs()) + 100n;
    const later = await uptoPermit(1000n, { validAfter, deadline: validAfter + 3600n });
    const data = uptoCall(later, 1n, payer.address, await sign(later));
    await chain.setNextBlockTimestamp(validAfter - 1n);
    await assertReverts(upto.address, data, facilitator, 'PaymentTooEarly');
    await chain.setNextBlockTimestamp(validAfter);
    await assertSettles(upto, data, facilitator, later, payer.address, 1n);
  });

  test('placed at X Layer\'s upto address, a permit signed for it settles there and not at the usual address', async () => {
    const okx = await chain.placeUptoProxy({ at: OKX_UPTO_ADDRESS });
    assert.equal(okx.address, OKX_UPTO_ADDRESS);
    const m = { ...(await exactPermit(usdg, 500n, { spender: okx.address })), witness: { to: payee.address, facilitator: facilitator.address, validAfter: 0n } };
    const data = uptoCall(m, 123n, payer.address, await sign(m));
    await assertReverts(upto.address, data, facilitator, 'InvalidSigner');
    await assertSettles(okx, data, facilitator, m, payer.address, 123n);
  });
});

describe('payloads from the official client (@x402/evm 2.27, permit2 transfer method) settle', () => {
  const client = () => privateKeyToAccount(chain.accounts[6].privateKey);
  const requirements = (scheme, token, amount, extra = {}) => ({
    scheme, network: 'eip155:196', asset: token.address, amount: String(amount), payTo: payee.address, maxTimeoutSeconds: 300,
    extra: { assetTransferMethod: 'permit2', name: token.name, version: token.version ?? '1', ...extra },
  });
  /** permit2Authorization (decimal strings) → the message it signs. */
  const messageOf = ({ permitted, spender, nonce, deadline, witness }) => ({
    permitted: { token: getAddress(permitted.token), amount: BigInt(permitted.amount) }, spender: getAddress(spender),
    nonce: BigInt(nonce), deadline: BigInt(deadline),
    witness: witness.facilitator === undefined
      ? { to: getAddress(witness.to), validAfter: BigInt(witness.validAfter) }
      : { to: getAddress(witness.to), facilitator: getAddress(witness.facilitator), validAfter: BigInt(witness.validAfter) },
  });

  for (const name of ['USDG', 'PlainToken']) {
    test(`exact, ${name}: ExactEvmScheme's payload settles through the exact proxy`, async () => {
      const token = name === 'USDG' ? usdg : plain;
      const account = client();
      await chain.mint(token, account.address, 10n ** 20n);
      await chain.approvePermit2(token, 6);
      const result = await new ExactEvmScheme(account, { rpcUrl: chain.rpcUrl }).createPaymentPayload(2, requirements('exact', token, 250_000n));
      assert.equal(result.x402Version, 2);
      assert.equal(isPermit2Payload(result.payload), true);
      const { signature, permit2Authorization: auth } = result.payload;
      assert.equal(auth.from, account.address);
      assert.equal(auth.spender, exact.address);
      assert.deepEqual(auth.permitted, { token: token.address, amount: '250000' });
      assert.deepEqual(auth.witness, { to: payee.address, validAfter: '0' });
      assert.match(auth.nonce, /^[0-9]+$/);
      const m = messageOf(auth);
      assert.equal(await privateKeyToAccount(chain.accounts[6].privateKey).signTypedData(typedData(m)), signature);
      await assertSettles(exact, exactCall(m, auth.from, signature), settler, m, account.address);
    });
  }

  test('upto, USDG: UptoEvmScheme\'s payload settles a smaller amount from the named facilitator, and from no one else', async () => {
    const account = client();
    await chain.mint(usdg, account.address, 10_000_000n);
    await chain.approvePermit2(usdg, 6);
    const result = await new UptoEvmScheme(account, { rpcUrl: chain.rpcUrl })
      .createPaymentPayload(2, requirements('upto', usdg, 5_000_000n, { facilitatorAddress: facilitator.address }));
    assert.equal(isUptoPermit2Payload(result.payload), true);
    const { signature, permit2Authorization: auth } = result.payload;
    assert.equal(auth.spender, upto.address);
    assert.deepEqual(auth.witness, { to: payee.address, facilitator: facilitator.address, validAfter: '0' });
    const m = messageOf(auth);
    const data = uptoCall(m, 1_750_000n, auth.from, signature);
    await assertReverts(upto.address, data, settler, 'UnauthorizedFacilitator');
    await assertSettles(upto, data, facilitator, m, account.address, 1_750_000n);
  });
});
