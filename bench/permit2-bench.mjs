// node bench/permit2-bench.mjs [ops=3000] [rounds=15]
// Prints one JSON line: per-operation local verification of a Permit2 `exact` payment header
// (x402 v2, `extra.assetTransferMethod: "permit2"`) by the committed x402 .wasm against the
// reference facilitator, in the same process, alternating batches, median of per-batch means.
//
//   wasm         probe x402Verify(env, header, url, now): decode header + every rule + Permit2's
//                EIP-712 digest + ecrecover, up to the flow's first effect (the ledger claim)
//   reference    base64+JSON decode, then @x402/evm's own facilitator (ExactEvmScheme from
//                @x402/evm/exact/facilitator, the reference verifier: spender, recipient, time,
//                amount, token, typed-data signature, simulation) with an in-memory signer
//                answering its chain reads (getCode, the simulation's readContract) at once
//   viemRecover  viem recoverTypedDataAddress of the decoded permit alone + compare to `from`
// Target (scripts/bench.mjs judges it): wasm ≥ 5× faster than the reference.

import { randomBytes } from 'node:crypto';
import { recoverTypedDataAddress } from 'viem';
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { ExactEvmScheme } from '@x402/evm/exact/facilitator';
import { USDG } from '../tests/support/payments.mjs';
import { freshLoader, x402Verify } from './probe.mjs';

const [opsArg = '3000', roundsArg = '15'] = process.argv.slice(2);
const OPS = Number(opsArg);
const ROUNDS = Number(roundsArg);
const PAYMENTS = 64;

const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const EXACT_PROXY = '0x402085c248EeA27D92E8b30b2C58ed07f9E20001';
const loader = freshLoader('x402');
const seller = privateKeyToAccount(generatePrivateKey());
const PRICE = '10000';
const URL_ = 'https://x402.test/functions/paid';
const env = JSON.stringify({ PAYMENT_RECIPIENT: seller.address, X402_PRICE: PRICE, MOCK_OKX_FACILITATOR: 'true', X402_ASSET_TRANSFER_METHOD: 'permit2' });
const NOW = Math.floor(Date.now() / 1000);
const requirements = {
  scheme: 'exact', network: 'eip155:196', amount: PRICE, asset: USDG, payTo: seller.address, maxTimeoutSeconds: 300,
  extra: { name: 'Global Dollar', version: '1', assetTransferMethod: 'permit2' },
};
const domain = { name: 'Permit2', chainId: 196, verifyingContract: PERMIT2 };
const types = {
  PermitWitnessTransferFrom: [
    { name: 'permitted', type: 'TokenPermissions' }, { name: 'spender', type: 'address' }, { name: 'nonce', type: 'uint256' },
    { name: 'deadline', type: 'uint256' }, { name: 'witness', type: 'Witness' },
  ],
  TokenPermissions: [{ name: 'token', type: 'address' }, { name: 'amount', type: 'uint256' }],
  Witness: [{ name: 'to', type: 'address' }, { name: 'validAfter', type: 'uint256' }],
};

async function signPermit(account, overrides = {}) {
  const a = {
    from: account.address,
    permitted: { token: USDG, amount: PRICE },
    spender: EXACT_PROXY,
    nonce: BigInt(`0x${randomBytes(32).toString('hex')}`).toString(),
    deadline: String(NOW + 300),
    witness: { to: seller.address, validAfter: '0' },
    ...overrides,
  };
  const message = {
    permitted: { token: a.permitted.token, amount: BigInt(a.permitted.amount) }, spender: a.spender, nonce: BigInt(a.nonce),
    deadline: BigInt(a.deadline), witness: { to: a.witness.to, validAfter: BigInt(a.witness.validAfter) },
  };
  const signature = await account.signTypedData({ domain, types, primaryType: 'PermitWitnessTransferFrom', message });
  const doc = { x402Version: 2, resource: { url: URL_ }, accepted: requirements, payload: { signature, permit2Authorization: a } };
  return { header: Buffer.from(JSON.stringify(doc)).toString('base64'), from: a.from, typed: { domain, types, primaryType: 'PermitWitnessTransferFrom', message }, signature };
}

const inputs = [];
for (let i = 0; i < PAYMENTS; i++) inputs.push(await signPermit(privateKeyToAccount(generatePrivateKey())));

// The reference verifier's chain, in memory: the asset has code, payers do not, the
// simulated settle succeeds.
const signer = {
  getAddresses: () => [seller.address],
  getCode: async ({ address }) => (address.toLowerCase() === USDG ? '0x6080' : '0x'),
  readContract: async () => undefined,
};
const reference = new ExactEvmScheme(signer);
const eqAddr = (x, y) => x.toLowerCase() === y.toLowerCase();

const impls = {
  wasm: (x) => x402Verify(loader, env, x.header, URL_, NOW),
  reference: async (x) => {
    const payload = JSON.parse(Buffer.from(x.header, 'base64').toString('utf8'));
    return (await reference.verify(payload, requirements)).isValid;
  },
  viemRecover: async (x) => eqAddr(await recoverTypedDataAddress({ ...x.typed, signature: x.signature }), x.from),
};

for (const [name, fn] of Object.entries(impls)) {
  for (const x of inputs) if (!(await fn(x))) throw new Error(`${name} refused a good payment`);
}
// Each refuses a permit signed for another spender, so nobody is timed doing nothing.
{
  const bad = await signPermit(privateKeyToAccount(generatePrivateKey()), { spender: PERMIT2 });
  for (const [name, fn] of Object.entries(impls)) {
    if (name !== 'viemRecover' && (await fn(bad))) throw new Error(`${name} accepted a permit for another spender`);
  }
}

const batch = Math.max(1, Math.floor(OPS / ROUNDS));
const samples = Object.fromEntries(Object.keys(impls).map((k) => [k, []]));
let sink = 0;
async function runBatch(fn, n, offset) {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (await fn(inputs[(offset + i) % PAYMENTS])) sink++;
  return ((performance.now() - t0) * 1000) / n;
}
for (const fn of Object.values(impls)) await runBatch(fn, Math.min(500, batch * 2), 0);
const names = Object.keys(impls);
for (let r = 0; r < ROUNDS; r++) {
  for (let k = 0; k < names.length; k++) {
    const name = names[(r + k) % names.length];
    samples[name].push(await runBatch(impls[name], batch, r * 7));
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, d = 2) => Number(x.toFixed(d));
const us = Object.fromEntries(names.map((k) => [k, round(median(samples[k]))]));
console.log(JSON.stringify({
  bench: 'permit2-local-verify',
  node: process.version,
  wasm: 'functions/src/wasm/x402.js',
  ops: batch * ROUNDS,
  rounds: ROUNDS,
  batch,
  distinctPayments: PAYMENTS,
  usPerOp: us,
  speedup: { wasmVsReference: round(us.reference / us.wasm), wasmVsViemRecover: round(us.viemRecover / us.wasm) },
  sink,
}));
