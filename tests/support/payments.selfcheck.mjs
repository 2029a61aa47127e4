// node tests/support/payments.selfcheck.mjs
// Proves the payment factories in payments.mjs: our viem payments and the official clients'
// (x402@1.2.0 v1, @x402/fetch+@x402/evm 2.27 v2) all verify with viem's verifyTypedData AND with
// the crate's X402Config.verify (the shipped x402 module), starting from a 402
// challenge made by the crate itself. Prints one line per check; exit code 1 on any failure.

import { verifyTypedData } from 'viem';
import {
  newPayer, requirementsFor, signPayment, highS, withV, decodeHeader, b64json, chainIdOf,
  officialV1Header, officialV2Header, loadX402Node, TRANSFER_WITH_AUTHORIZATION, USDG,
} from './payments.mjs';

let failures = 0;
let checks = 0;
async function check(name, fn) {
  checks++;
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e.stack ?? e}`);
  }
}
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};

/** verifyTypedData over a decoded header, the domain taken from its requirements. */
async function viemVerifies(decoded, requirements) {
  const { signature, authorization: a } = decoded.payload;
  return verifyTypedData({
    address: a.from,
    domain: { name: requirements.extra.name, version: requirements.extra.version, chainId: chainIdOf(requirements.network), verifyingContract: requirements.asset },
    types: { TransferWithAuthorization: TRANSFER_WITH_AUTHORIZATION },
    primaryType: 'TransferWithAuthorization',
    message: { ...a, value: BigInt(a.value), validAfter: BigInt(a.validAfter), validBefore: BigInt(a.validBefore) },
    signature,
  });
}

const wasm = await loadX402Node();
const seller = newPayer();
const PRICE = '10000';
const URL_ = 'https://x402.test/functions/paid';
const env = JSON.stringify({ PAYMENT_RECIPIENT: seller.address, X402_PRICE: PRICE, MOCK_OKX_FACILITATOR: 'true' });
const now = () => Math.floor(Date.now() / 1000);
// One configuration for every check, as a function keeps it per isolate.
const config = new wasm.X402Config(env);
/**
 * From the first effect of the paywall's flow for `header`: {ok:true, payment} (an accepted
 * payment's ledger claim, the payment as it records it), {ok:false, reply} (a refusal), or
 * {ok:false, mode: 'resume'} (an expired payment is not claimed, only looked up: one the ledger
 * already holds goes on from there, any other is refused after the look-up).
 */
const verify = (header, name = 'PAYMENT-SIGNATURE') => {
  const [sig, xPayment] = name === 'X-PAYMENT' ? ['', header] : [header, ''];
  const flow = config.pay(sig, xPayment, URL_, '/functions/paid', 'GET /functions/paid', crypto.randomUUID(), '', Date.now());
  try {
    const effect = JSON.parse(flow.start(Date.now()));
    if (effect.kind === 'respond') return { ok: false, reply: effect.reply };
    const { mode, row } = effect.args.p;
    return mode === 'claim' ? { ok: true, payment: row.payment } : { ok: false, mode };
  } finally {
    flow.free();
  }
};
const reasonOf = (out) => JSON.parse(out.reply.body).error;

const challenge = verify('').reply;
const header402 = Object.fromEntries(challenge.headers)['PAYMENT-REQUIRED'];
const requirements = requirementsFor({ payTo: seller.address, amount: PRICE, resource: URL_ });

await check('challenge from the crate: 402, v2 header accepts[0] = our requirements', () => {
  assert(challenge.status === 402, 'status');
  const acc = decodeHeader(header402).accepts[0];
  assert(acc.amount === PRICE && acc.payTo.toLowerCase() === seller.address.toLowerCase() && acc.asset === USDG, JSON.stringify(acc));
  assert(acc.extra.name === 'Global Dollar' && acc.extra.version === '1' && acc.network === 'eip155:196', JSON.stringify(acc));
});

for (const version of [1, 2]) {
  await check(`our viem v${version} payment: verifyTypedData and the crate's verify ok`, async () => {
    const payer = newPayer();
    const p = await signPayment({ payer, requirements, version });
    const d = decodeHeader(p.header);
    assert(d.x402Version === version, 'version');
    assert(version === 1 ? d.scheme === 'exact' && d.network === 'eip155:196' && !d.accepted : d.accepted.payTo === seller.address && d.resource.url === URL_, JSON.stringify(d));
    assert(await viemVerifies(d, requirements), 'viem refuses');
    const out = verify(p.header, version === 1 ? 'X-PAYMENT' : 'PAYMENT-SIGNATURE');
    assert(out.ok === true, JSON.stringify(out));
    assert(out.payment.payer === payer.address.toLowerCase() && out.payment.x402Version === version, JSON.stringify(out.payment));
    assert(out.payment.nonce === p.authorization.nonce.toLowerCase(), 'nonce');
  });
}

await check('our knobs: overrides and tampering are refused with the right reason', async () => {
  const payer = newPayer();
  const cases = [
    [{ mutate: (h) => (h.payload.signature = highS(h.payload.signature)) }, 'invalid_exact_evm_payload_signature'],
    [{ mutate: (h) => (h.payload.signature = withV(h.payload.signature, 29)) }, 'invalid_exact_evm_payload_signature'],
    [{ overrides: { domainVersion: '2' } }, 'invalid_exact_evm_payload_signature'],
    [{ overrides: { chainId: 8453 } }, 'invalid_exact_evm_payload_signature'],
    [{ overrides: { value: '9999' } }, 'invalid_exact_evm_payload_authorization_value'],
    [{ overrides: { validBefore: String(now() + 2) } }, 'expired: looked up, not claimed'],
    [{ mutate: (h) => (h.accepted.network = 'eip155:8453') }, 'invalid_network'],
  ];
  for (const [opts, reason] of cases) {
    const p = await signPayment({ payer, requirements, ...opts });
    const out = verify(p.header);
    const refused = reason.startsWith('expired') ? out.ok === false && out.mode === 'resume' : out.ok === false && out.reply.status === 402 && reasonOf(out) === reason;
    assert(refused, `${JSON.stringify(opts.overrides ?? String(opts.mutate))}: ${JSON.stringify(out).slice(0, 300)}`);
  }
  // The high-s twin still recovers the payer (viem), which is why EIP-2 must be enforced.
  const p = await signPayment({ payer, requirements, mutate: (h) => (h.payload.signature = highS(h.payload.signature)) });
  assert(await viemVerifies(decodeHeader(p.header), requirements), 'high-s twin should still ecrecover');
  assert(b64json({ a: 'é' }) === Buffer.from('{"a":"é"}').toString('base64'), 'b64json');
});

for (const how of ['create', 'prepare+sign']) {
  await check(`official v1 (x402@1.2.0 ${how}) from the crate's v1 body: verifyTypedData and the crate's verify ok`, async () => {
    const payer = newPayer();
    const { header, headerName, decoded, requirements: req } = await officialV1Header({ payer, challenge, how });
    assert(headerName === 'X-PAYMENT' && decoded.x402Version === 1 && decoded.network === 'eip155:196', JSON.stringify(decoded));
    assert(decoded.payload.authorization.from === payer.address, 'from');
    assert(await viemVerifies(decoded, { ...req, extra: req.extra }), 'viem refuses');
    const out = verify(header, 'X-PAYMENT');
    assert(out.ok === true, JSON.stringify(out));
    assert(out.payment.payer === payer.address.toLowerCase() && out.payment.value === PRICE, JSON.stringify(out.payment));
    // The same header under the v2 name (InsForge's guide mixes them) is also accepted.
    assert(verify(header, 'PAYMENT-SIGNATURE').ok === true, 'under PAYMENT-SIGNATURE');
  });
}

for (const how of ['fetch', 'client']) {
  await check(`official v2 (@x402/fetch ${how === 'fetch' ? 'wrapFetchWithPayment' : 'x402HTTPClient + x402Client'}) from PAYMENT-REQUIRED: verifyTypedData and the crate's verify ok`, async () => {
    const payer = newPayer();
    const { header, headerName, decoded } = await officialV2Header({ payer, challenge, how });
    assert(headerName === 'PAYMENT-SIGNATURE' && decoded.x402Version === 2, JSON.stringify(decoded));
    assert(decoded.accepted.network === 'eip155:196' && decoded.resource.url === URL_, JSON.stringify(decoded));
    assert(await viemVerifies(decoded, decoded.accepted), 'viem refuses');
    const out = verify(header);
    assert(out.ok === true, JSON.stringify(out));
    assert(out.payment.payer === payer.address.toLowerCase() && out.payment.x402Version === 2, JSON.stringify(out.payment));
  });
}

await check('official v2 header tampered after signing is refused', async () => {
  const { decoded } = await officialV2Header({ payer: newPayer(), challenge });
  decoded.payload.authorization.nonce = `0x${'ab'.repeat(32)}`;
  const out = verify(b64json(decoded));
  assert(out.ok === false && reasonOf(out) === 'invalid_exact_evm_payload_signature', JSON.stringify(out).slice(0, 300));
});

// Documented limitations of the official packages (if one of these starts failing, a package
// changed and the notes in payments.mjs need updating).
await check('limitation: x402-fetch@1.2.0 wrapFetchWithPayment refuses the eip155:196 v1 body (closed zod enum)', async () => {
  const { wrapFetchWithPayment } = await import('x402-fetch');
  const fakeFetch = async () => new Response(challenge.body, { status: 402 });
  let error;
  try {
    await wrapFetchWithPayment(fakeFetch, newPayer().account)(URL_);
  } catch (e) {
    error = e;
  }
  assert(error && /invalid_enum_value/.test(String(error.message)) && String(error.message).includes("eip155:196"), `expected the zod enum refusal, got ${error}`);
});

await check('limitation: @x402/core 2.27 default spendControls refuse USDG on X Layer', async () => {
  let error;
  try {
    await officialV2Header({ payer: newPayer(), challenge, allowedAssets: [] });
  } catch (e) {
    error = e;
  }
  assert(error && /spendControls/.test(error.message), `expected a spendControls refusal, got ${error}`);
});

console.log(`${checks - failures}/${checks} checks passed`);
process.exit(failures ? 1 : 0);
