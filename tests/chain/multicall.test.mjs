// Aggregate3, our stand-in for Multicall3 (tests/contracts/Aggregate3.sol), on a real EVM: its ABI
// is Multicall3's aggregate3 (viem's own multicall reads through it), and one aggregate3
// transaction deploys a counterfactual SmartWallet and settles an EIP-3009
// transferWithAuthorization from it, as direct x402 settlement for a not-yet-deployed smart
// wallet does. A required call that fails undoes the whole batch. Every expected outcome is
// written out, not derived from the contract.
//   node --test tests/chain/multicall.test.mjs

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  createPublicClient, defineChain, encodeAbiParameters, encodeFunctionData, getAddress, http, parseAbiItem,
  parseEventLogs, toFunctionSelector, toHex, zeroAddress,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { MULTICALL3_ADDRESS, startChain } from '../support/chain.mjs';

const GAS = 1_000_000n; // fixed, so viem skips eth_estimateGas and reverting batches really get mined
const AGGREGATE3 = 'function aggregate3((address target, bool allowFailure, bytes callData)[] calls) payable returns ((bool success, bytes returnData)[] returnData)';
const TWA_TYPES = {
  TransferWithAuthorization: [
    { name: 'from', type: 'address' }, { name: 'to', type: 'address' }, { name: 'value', type: 'uint256' },
    { name: 'validAfter', type: 'uint256' }, { name: 'validBefore', type: 'uint256' }, { name: 'nonce', type: 'bytes32' },
  ],
};
// abi.encodeWithSignature("Error(string)", reason): what a reason-string revert carries.
const errorString = (reason) => `0x08c379a0${encodeAbiParameters([{ type: 'string' }], [reason]).slice(2)}`;

let chain, multicall, factory, usdc, usdg, holder, settler, payee, stranger;
let salt = 10n;
const code = async (address) => (await chain.publicClient.getCode({ address })) ?? '0x';
const balance = (t, who) => chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'balanceOf', args: [who] });
const used = (t, a) => chain.publicClient.readContract({ address: t.address, abi: t.abi, functionName: 'authorizationState', args: [a.from, a.nonce] });

/** A wallet of accounts[6] that does not exist yet, holding `amount` of usdc at its counterfactual address. */
async function fundedCounterfactual(amount) {
  const wallet = await chain.smartWallet({ factory, owner: 6, salt: salt++ });
  assert.equal(await code(wallet.address), '0x');
  await chain.mint(usdc, wallet.address, amount);
  return wallet;
}

/** An authorization from `wallet` to the payee, signed by `signer` (default: the wallet's owner) over the EIP-712 digest. */
async function authorize(wallet, value, signer = wallet.owner) {
  const now = (await chain.publicClient.getBlock()).timestamp;
  const auth = { from: wallet.address, to: payee.address, value, validAfter: now - 60n, validBefore: now + 3600n, nonce: toHex(randomBytes(32)) };
  const signature = await privateKeyToAccount(signer.privateKey).signTypedData({
    domain: { name: usdc.name, version: usdc.version, chainId: chain.chainId, verifyingContract: usdc.address },
    types: TWA_TYPES, primaryType: 'TransferWithAuthorization', message: auth,
  });
  const callData = encodeFunctionData({
    abi: usdc.abi, functionName: 'transferWithAuthorization',
    args: [auth.from, auth.to, auth.value, auth.validAfter, auth.validBefore, auth.nonce, signature],
  });
  assert.equal(callData.slice(0, 10), '0xcf092995'); // the (…, bytes signature) overload
  return { auth, callData };
}

/** The settler's batch: createAccount for the wallet (may fail), then the transfer (must not). */
const settlement = (wallet, transferCallData, createCallData = wallet.factoryCalldata) => [
  { target: factory.address, allowFailure: true, callData: createCallData },
  { target: usdc.address, allowFailure: false, callData: transferCallData },
];
const simulate = (calls) => chain.publicClient.simulateContract({
  account: settler.address, address: multicall.address, abi: multicall.abi, functionName: 'aggregate3', args: [calls],
});
const sendBatch = async (calls) => chain.publicClient.waitForTransactionReceipt({
  hash: await chain.walletClient(settler).writeContract({ address: multicall.address, abi: multicall.abi, functionName: 'aggregate3', args: [calls], gas: GAS }),
});
const events = (receipt) => parseEventLogs({ abi: [...factory.abi, ...usdc.abi], logs: receipt.logs })
  .map((l) => [l.address, l.eventName, l.args]);

before(async () => {
  chain = await startChain({ chainId: 196 });
  [, holder, settler, payee, stranger] = chain.accounts;
  multicall = await chain.placeMulticall();
  factory = await chain.deployWalletFactory();
  usdc = await chain.deployToken({ name: 'USD Coin', version: '2', symbol: 'USDC', style: 'circle' });
  usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos' });
  console.log(`# anvil ready in ${chain.startupMs} ms at ${chain.rpcUrl}`);
});
after(async () => { await chain?.stop(); });

describe('Aggregate3 has Multicall3\'s aggregate3 ABI', () => {
  test('placed at 0xcA11…CA11 (or any address): one function, aggregate3, selector 0x82ad56cb', async () => {
    assert.equal(multicall.address, '0xcA11bde05977b3631167028862bE2a173976CA11');
    assert.equal(MULTICALL3_ADDRESS, multicall.address);
    const placed = await code(multicall.address);
    assert.notEqual(placed, '0x');
    const strip = (x) => JSON.parse(JSON.stringify(x, (k, v) => (k === 'internalType' ? undefined : v)));
    assert.deepEqual(strip(multicall.abi), strip([parseAbiItem(AGGREGATE3)]));
    assert.equal(toFunctionSelector(multicall.abi[0]), '0x82ad56cb');
    const other = '0x00000000000000000000000000000000000a9913';
    const elsewhere = await chain.placeMulticall(other);
    assert.equal(elsewhere.address, getAddress(other));
    assert.equal(await code(elsewhere.address), placed);
  });

  test('viem\'s publicClient.multicall (chain.contracts.multicall3) reads two token balances through it', async () => {
    await chain.mint(usdc, holder.address, 111_111n);
    await chain.mint(usdg, holder.address, 222_222n);
    const clientFor = (address) => createPublicClient({
      chain: defineChain({
        id: chain.chainId, name: 'anvil', nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
        rpcUrls: { default: { http: [chain.rpcUrl] } }, contracts: { multicall3: { address } },
      }),
      transport: http(chain.rpcUrl),
    });
    const client = clientFor(multicall.address);
    const balances = [usdc, usdg].map((t) => ({ address: t.address, abi: t.abi, functionName: 'balanceOf', args: [holder.address] }));
    const refused = { address: factory.address, abi: factory.abi, functionName: 'createAccount', args: [zeroAddress, 1n] };

    assert.deepEqual(await client.multicall({ contracts: balances, allowFailure: false }), [111_111n, 222_222n]);
    const [a, b, c] = await client.multicall({ contracts: [...balances, refused] });
    assert.deepEqual([a, b], [{ status: 'success', result: 111_111n }, { status: 'success', result: 222_222n }]);
    assert.equal(c.status, 'failure');
    assert.match(c.error.message, /owner is the zero address/);
    // viem sends every call with allowFailure true and decodes each failure's revert data itself,
    // so its allowFailure false throws the failing call's own reason, carried back by aggregate3.
    await assert.rejects(client.multicall({ contracts: [...balances, refused], allowFailure: false }), /owner is the zero address/);
    // viem really asks the contract the chain names: an address without code cannot answer.
    await assert.rejects(clientFor('0x00000000000000000000000000000000000b0b0b').multicall({ contracts: balances, allowFailure: false }));
  });
});

describe('one aggregate3 transaction: deploy a counterfactual wallet and settle from it', () => {
  test('createAccount then transferWithAuthorization (owner\'s signature, bytes overload): wallet deployed, tokens moved, one transaction', async () => {
    const wallet = await fundedCounterfactual(1_000_000n);
    const { auth, callData } = await authorize(wallet, 250_000n);
    const calls = settlement(wallet, callData);

    const { result } = await simulate(calls);
    assert.deepEqual(result, [
      { success: true, returnData: encodeAbiParameters([{ type: 'address' }], [wallet.address]) },
      { success: true, returnData: '0x' },
    ]);
    assert.equal(await code(wallet.address), '0x'); // the simulation deployed nothing

    const p0 = await balance(usdc, payee.address);
    const receipt = await sendBatch(calls);
    assert.equal(receipt.status, 'success');
    assert.equal(receipt.from, settler.address.toLowerCase());
    assert.equal(receipt.to, multicall.address.toLowerCase());
    assert.deepEqual(events(receipt), [
      [factory.address.toLowerCase(), 'AccountCreated', { account: wallet.address, owner: wallet.owner.address, salt: wallet.salt }],
      [usdc.address.toLowerCase(), 'AuthorizationUsed', { authorizer: wallet.address, nonce: auth.nonce }],
      [usdc.address.toLowerCase(), 'Transfer', { from: wallet.address, to: payee.address, value: 250_000n }],
    ]);
    assert.notEqual(await code(wallet.address), '0x');
    assert.equal(await chain.publicClient.readContract({ address: wallet.address, abi: wallet.abi, functionName: 'owner' }), wallet.owner.address);
    assert.equal(await balance(usdc, wallet.address), 750_000n);
    assert.equal(await balance(usdc, payee.address), p0 + 250_000n);
    assert.equal(await used(usdc, auth), true);
  });

  test('the wallet already deployed: createAccount is a no-op, the tokens still move', async () => {
    const wallet = await fundedCounterfactual(1_000_000n);
    await wallet.deploy();
    const deployedCode = await code(wallet.address);
    const { auth, callData } = await authorize(wallet, 400_000n);
    const calls = settlement(wallet, callData);

    const { result } = await simulate(calls);
    assert.deepEqual(result[0], { success: true, returnData: encodeAbiParameters([{ type: 'address' }], [wallet.address]) });
    const p0 = await balance(usdc, payee.address);
    const receipt = await sendBatch(calls);
    assert.equal(receipt.status, 'success');
    assert.deepEqual(events(receipt), [ // no AccountCreated this time
      [usdc.address.toLowerCase(), 'AuthorizationUsed', { authorizer: wallet.address, nonce: auth.nonce }],
      [usdc.address.toLowerCase(), 'Transfer', { from: wallet.address, to: payee.address, value: 400_000n }],
    ]);
    assert.equal(await code(wallet.address), deployedCode);
    assert.equal(await balance(usdc, wallet.address), 600_000n);
    assert.equal(await balance(usdc, payee.address), p0 + 400_000n);
    assert.equal(await used(usdc, auth), true);
  });

  test('an allowed failure (a createAccount that reverts) is reported with its revert data and the batch goes on', async () => {
    const wallet = await fundedCounterfactual(1_000_000n);
    await wallet.deploy();
    const { auth, callData } = await authorize(wallet, 1n);
    const calls = settlement(wallet, callData, encodeFunctionData({ abi: factory.abi, functionName: 'createAccount', args: [zeroAddress, 1n] }));

    const { result } = await simulate(calls);
    assert.deepEqual(result, [
      { success: false, returnData: errorString('SmartWallet: owner is the zero address') },
      { success: true, returnData: '0x' },
    ]);
    const receipt = await sendBatch(calls);
    assert.equal(receipt.status, 'success');
    assert.deepEqual(events(receipt).map(([, name]) => name), ['AuthorizationUsed', 'Transfer']);
    assert.equal(await balance(usdc, wallet.address), 999_999n);
    assert.equal(await used(usdc, auth), true);
  });

  test('a required call that fails reverts the whole transaction: no wallet deployed, no tokens moved, the authorization unused', async () => {
    const wallet = await fundedCounterfactual(1_000_000n);
    const { auth, callData } = await authorize(wallet, 300_000n);
    const forged = await authorize(wallet, 300_000n, stranger); // signed by a key that does not own the wallet
    const calls = settlement(wallet, forged.callData);

    // The token's own reason comes back through the batch.
    await assert.rejects(simulate(calls), /FiatTokenV2: invalid signature/);
    const p0 = await balance(usdc, payee.address);
    const receipt = await sendBatch(calls);
    assert.equal(receipt.status, 'reverted');
    assert.deepEqual(receipt.logs, []);
    assert.equal(await code(wallet.address), '0x'); // createAccount, though it succeeded, is undone
    assert.equal(await balance(usdc, wallet.address), 1_000_000n);
    assert.equal(await balance(usdc, payee.address), p0);
    assert.equal(await used(usdc, forged.auth), false);

    // A required call that reverts without data: the batch's own reason, and again nothing happens.
    const silent = settlement(wallet, callData).concat([{ target: factory.address, allowFailure: false, callData: '0xdeadbeef' }]);
    await assert.rejects(simulate(silent), /Aggregate3: call failed/);
    assert.equal((await sendBatch(silent)).status, 'reverted');
    assert.equal(await code(wallet.address), '0x');
    assert.equal(await used(usdc, auth), false);

    // Nothing was consumed: the genuine authorization still settles afterwards, deploying the wallet.
    const ok = await sendBatch(settlement(wallet, callData));
    assert.equal(ok.status, 'success');
    assert.notEqual(await code(wallet.address), '0x');
    assert.equal(await balance(usdc, wallet.address), 700_000n);
    assert.equal(await balance(usdc, payee.address), p0 + 300_000n);
  });
});
