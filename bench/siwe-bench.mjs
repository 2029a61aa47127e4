// node bench/siwe-bench.mjs [ops=2000] [rounds=15]
// Prints one JSON line: per-operation verification of a Sign-In with Ethereum message by the
// committed wallet .wasm (functions/src/wasm/wallet.js, loaded as the function loads it; the
// call is bench/probe.mjs's siweVerify: EIP-4361 parse + every rule + EIP-191 digest +
// secp256k1 recovery) against viem in the same process, alternating batches, median of
// per-batch means. 64 distinct wallets and messages, rotated.
//
//   wasm   probe siweVerify(env, message, signature, now): true when accepted
//   viem   parseSiweMessage + validateSiweMessage({domain, nonce, time}) + recoverMessageAddress
//          and the address compared: the same checks offline (viem's verifySiweMessage adds
//          a node call for contract wallets, which neither side makes for an EOA here)
// Target (scripts/bench.mjs judges it): wasm ≥ 5× faster than viem.

import { isAddressEqual, recoverMessageAddress } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { createSiweMessage, parseSiweMessage, validateSiweMessage } from 'viem/siwe';
import { freshLoader, siweVerify } from './probe.mjs';

const [opsArg = '2000', roundsArg = '15'] = process.argv.slice(2);
const OPS = Number(opsArg);
const ROUNDS = Number(roundsArg);
const N = 64;
const DOMAIN = 'app.example';
const NOW = new Date();
const env = JSON.stringify({ JWT_SECRET: 'a-string-secret-at-least-256-bits-long', SIWE_DOMAIN: DOMAIN, SIWE_CHAIN_IDS: '196' });
const loader = freshLoader('wallet');

const inputs = [];
for (let i = 0; i < N; i++) {
  const account = privateKeyToAccount(generatePrivateKey());
  const nonce = `n${i.toString().padStart(3, '0')}${'0123456789abcdef'.repeat(2)}`;
  const message = createSiweMessage({ domain: DOMAIN, address: account.address, uri: `https://${DOMAIN}`, version: '1', chainId: 196, nonce, issuedAt: new Date(NOW.getTime() - 5000), expirationTime: new Date(NOW.getTime() + 600_000) });
  inputs.push({ address: account.address, nonce, message, signature: await account.signMessage({ message }) });
}

const wasm = (x) => siweVerify(loader, env, x.message, x.signature, NOW.getTime());
async function viem(x) {
  const parsed = parseSiweMessage(x.message);
  if (!validateSiweMessage({ message: parsed, domain: DOMAIN, nonce: x.nonce, time: NOW })) return false;
  return isAddressEqual(await recoverMessageAddress({ message: x.message, signature: x.signature }), parsed.address);
}
// Both accept every input, and both refuse a tampered one.
for (const x of inputs) {
  if (!wasm(x) || !(await viem(x))) throw new Error('an input is refused');
}
const tampered = { ...inputs[0], message: inputs[0].message.replace('Chain ID: 196', 'Chain ID: 196 ') };
if (wasm(tampered)) throw new Error('the wasm accepts a tampered message');

async function batch(fn) {
  const t0 = performance.now();
  for (let i = 0; i < OPS; i++) {
    const ok = await fn(inputs[i % N]);
    if (!ok) throw new Error('refused during the bench');
  }
  return ((performance.now() - t0) * 1000) / OPS;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = { wasm: [], viem: [] };
await batch(wasm);
await batch(viem);
for (let r = 0; r < ROUNDS; r++) {
  for (const name of r % 2 ? ['viem', 'wasm'] : ['wasm', 'viem']) times[name].push(await batch(name === 'wasm' ? wasm : viem));
}
const usPerOp = { wasm: median(times.wasm), viem: median(times.viem) };
process.stdout.write(`${JSON.stringify({ ops: OPS, rounds: ROUNDS, distinct: N, usPerOp, speedup: usPerOp.viem / usPerOp.wasm })}\n`);
