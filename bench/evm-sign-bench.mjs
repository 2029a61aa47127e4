// node bench/evm-sign-bench.mjs [ops=2000]: EIP-1559 transaction build + RLP + sign (RFC 6979)
// per operation, the x402 core built with its tool exports (the `tools` feature: the signer is
// not in the shipped .wasm, which signs the same way inside a settlement; bench/probe.mjs's
// evmSign) against viem's `account.signTransaction`, same process, alternating batches,
// median. One JSON line.

import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { encodeFunctionData } from 'viem';
import { evmSign } from './probe.mjs';
import { loadX402Node } from '../tests/support/payments.mjs';

const OPS = Number(process.argv[2] ?? 2000);
const tools = await loadX402Node({ dir: 'pkg/x402-tools-node' });
const loader = { call: (fn) => fn(tools) };
const key = generatePrivateKey();
const account = privateKeyToAccount(key);
const to = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const data = encodeFunctionData({
  abi: [{ type: 'function', name: 'balanceOf', inputs: [{ type: 'address' }], outputs: [{ type: 'uint256' }], stateMutability: 'view' }],
  functionName: 'balanceOf',
  args: [account.address],
});
let nonce = 0;
const ours = () => {
  evmSign(loader, { privateKey: key, chainId: 196, nonce: nonce++, maxPriorityFeePerGas: '1000000', maxFeePerGas: '2000000000', gas: 90000, to, data });
};
const viem = () => account.signTransaction({ type: 'eip1559', chainId: 196, nonce: nonce++, maxPriorityFeePerGas: 1000000n, maxFeePerGas: 2000000000n, gas: 90000n, to, data });
// Same input, same output: check once that both sign the very same bytes.
const oursRaw = evmSign(loader, { privateKey: key, chainId: 196, nonce: 7, maxPriorityFeePerGas: '1000000', maxFeePerGas: '2000000000', gas: 90000, to, data });
const viemRaw = await account.signTransaction({ type: 'eip1559', chainId: 196, nonce: 7, maxPriorityFeePerGas: 1000000n, maxFeePerGas: 2000000000n, gas: 90000n, to, data });
if (oursRaw !== viemRaw) throw new Error('wasm and viem signed different bytes');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function perOp(fn) {
  for (let i = 0; i < 50; i++) await fn();
  const size = Math.max(1, Math.floor(OPS / 10));
  const out = [];
  for (let b = 0; b < 10; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) await fn();
    out.push(((performance.now() - t0) / size) * 1000);
  }
  return median(out);
}
const a = [];
const b = [];
for (let round = 0; round < 3; round++) {
  a.push(await perOp(ours));
  b.push(await perOp(viem));
}
const oursUs = median(a);
const viemUs = median(b);
console.log(JSON.stringify({ bench: 'evm-sign', usPerOp: { wasm: oursUs, viem: viemUs }, speedup: viemUs / oursUs, sameBytes: true }));
