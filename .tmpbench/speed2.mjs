import * as A from './x402-base.js';
import * as B from './x402-s.js';
import { wasmLoader } from '../functions/src/lib/wasm.js';
import { newPayer, requirementsFor, signPayment } from '../tests/support/payments.mjs';
import { recoverTypedDataAddress } from 'viem';
const seller = newPayer();
const env = JSON.stringify({ PAYMENT_RECIPIENT: seller.address, X402_PRICE: '10000', MOCK_OKX_FACILITATOR: 'true' });
const URL_ = 'https://x402.test/functions/paid';
const reqs = requirementsFor({ payTo: seller.address, amount: '10000', resource: URL_ });
const ps = [];
for (let i = 0; i < 32; i++) ps.push(await signPayment({ payer: newPayer(), requirements: reqs, version: 2 }));
const mk = (fl) => { const l = wasmLoader(fl); const c = l.call((w) => new w.X402Config(env)); return (n) => { const t = performance.now(); for (let i = 0; i < n; i++) { const p = ps[i % 32]; const f = c.pay(p.header, '', URL_, '/functions/paid', 'x', 'u', '', Date.now()); const e = f.start(Date.now()); if (!e.includes('x402_claim')) throw new Error(e); f.free(); } return (performance.now() - t) / n; }; };
const a = mk(A), b = mk(B);
a(200); b(200);
const ta = [], tb = [];
for (let r = 0; r < 9; r++) { ta.push(a(300)); tb.push(b(300)); }
ta.sort((x, y) => x - y); tb.sort((x, y) => x - y);
console.log('k256 O3 µs/op', (ta[4] * 1000).toFixed(1), ' k256 Os µs/op', (tb[4] * 1000).toFixed(1));
{
  const { recoverTypedDataAddress } = await import('viem');
  const { TRANSFER_WITH_AUTHORIZATION, USDG } = await import('../tests/support/payments.mjs');
  const domain = { name: 'Global Dollar', version: '1', chainId: 196, verifyingContract: USDG };
  const run = async (n) => { const t = performance.now(); for (let i = 0; i < n; i++) { const p = ps[i % 32]; const a = p.authorization; await recoverTypedDataAddress({ domain, types: { TransferWithAuthorization: TRANSFER_WITH_AUTHORIZATION }, primaryType: 'TransferWithAuthorization', message: { ...a, value: BigInt(a.value), validAfter: BigInt(a.validAfter), validBefore: BigInt(a.validBefore) }, signature: p.payload.signature }); } return (performance.now() - t) / n; };
  await run(50); const tv = []; for (let r = 0; r < 5; r++) tv.push(await run(100)); tv.sort((x, y) => x - y);
  console.log('viem recover µs/op', (tv[2] * 1000).toFixed(1));
}
