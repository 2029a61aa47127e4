// x402 payments for tests, signed by viem (an independent EIP-712 implementation) with fresh
// keys: exactly the exact/EVM wire format (v1 X-PAYMENT, v2 PAYMENT-SIGNATURE), plus knobs to
// break every rule. Also the
// same payments made by the OFFICIAL x402 clients (x402@1.2.0 for v1, @x402/core + @x402/evm +
// @x402/fetch 2.27 for v2) from one of our 402 challenges: see officialV1Header/officialV2Header.
//
//   newPayer() → {account, address, privateKey}                      fresh random key
//   requirementsFor({payTo, amount, network, asset, name, version, maxTimeoutSeconds, resource})
//   signPayment({payer, requirements, version: 1|2, overrides, mutate})
//     → {header, headerObject, payload, authorization}
//   highS(sig), withV(sig, v), b64json(obj), decodeHeader(h), chainIdOf(network)
//   officialV1Header({payer, challenge, how}) / officialV2Header({payer, challenge, how, allowedAssets})
//     → {header, headerName, decoded, requirements}; enableV1Network(network), officialV2Client(payer)
//   loadX402Node() → the shipped x402 module's objects (functions/src/wasm/x402.js)
// `payload` is the header's {signature, authorization}; `overrides` change what is SIGNED,
// `mutate(headerObject)` tampers AFTER signing (`headerObject.payload` is the payload object).

import { randomBytes } from 'node:crypto';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';

// The official clients load on first use (x402@1.2.0 pulls in Solana packages too):
// v1: x402/client (what x402-fetch@1.2.0 calls) and x402/types (the network tables it signs from);
// v2: @x402/fetch's wrapper around @x402/core's x402Client, with @x402/evm's exact scheme.
let v1Module;
const v1 = async () =>
  (v1Module ??= Promise.all([import('x402/client'), import('x402/types')]).then(([client, types]) => ({ ...client, ...types })));
let v2Module;
const v2 = async () =>
  (v2Module ??= Promise.all([import('@x402/fetch'), import('@x402/evm/exact/client')]).then(([fetchPkg, evm]) => ({ ...fetchPkg, ...evm })));

export const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const CHAIN_IDS = { 'eip155:196': 196, 'eip155:8453': 8453, 'eip155:84532': 84532, 'x-layer': 196, xlayer: 196, base: 8453, 'base-sepolia': 84532 };

/** EVM chain id of a CAIP-2 `eip155:<id>` or a v1 network name we know. */
export function chainIdOf(network) {
  const m = /^eip155:([1-9][0-9]*)$/.exec(network);
  if (m) return Number(m[1]);
  if (network in CHAIN_IDS) return CHAIN_IDS[network];
  throw new Error(`unknown network ${network}`);
}

export const TRANSFER_WITH_AUTHORIZATION = [
  { name: 'from', type: 'address' },
  { name: 'to', type: 'address' },
  { name: 'value', type: 'uint256' },
  { name: 'validAfter', type: 'uint256' },
  { name: 'validBefore', type: 'uint256' },
  { name: 'nonce', type: 'bytes32' },
];

export function newPayer() {
  const privateKey = generatePrivateKey();
  const account = privateKeyToAccount(privateKey);
  return { account, address: account.address, privateKey };
}

/** v2-shaped requirements (what `accepts[0]` of our challenge holds). */
export function requirementsFor({ payTo, amount, network = 'eip155:196', asset = USDG, name = 'Global Dollar', version = '1', maxTimeoutSeconds = 60, resource }) {
  return { scheme: 'exact', network, amount, asset, payTo, maxTimeoutSeconds, extra: { name, version }, resource };
}

export const b64json = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64');
export const decodeHeader = (h) => JSON.parse(Buffer.from(h, 'base64').toString('utf8'));

/**
 * A signed payment header. `overrides` change what is signed (value, validAfter, validBefore,
 * nonce, to, chainId, domainName, domainVersion, verifyingContract); `mutate(headerObject)`
 * tampers with the header after signing.
 */
export async function signPayment({ payer, requirements, version = 2, overrides = {}, mutate }) {
  const now = Math.floor(Date.now() / 1000);
  const authorization = {
    from: payer.address,
    to: overrides.to ?? requirements.payTo,
    value: overrides.value ?? requirements.amount,
    validAfter: overrides.validAfter ?? String(now - 5),
    validBefore: overrides.validBefore ?? String(now + requirements.maxTimeoutSeconds - 10),
    nonce: overrides.nonce ?? `0x${randomBytes(32).toString('hex')}`,
  };
  const signature = await payer.account.signTypedData({
    domain: {
      name: overrides.domainName ?? requirements.extra.name,
      version: overrides.domainVersion ?? requirements.extra.version,
      chainId: overrides.chainId ?? chainIdOf(requirements.network),
      verifyingContract: overrides.verifyingContract ?? requirements.asset,
    },
    types: { TransferWithAuthorization: TRANSFER_WITH_AUTHORIZATION },
    primaryType: 'TransferWithAuthorization',
    message: { ...authorization, value: BigInt(authorization.value), validAfter: BigInt(authorization.validAfter), validBefore: BigInt(authorization.validBefore) },
  });
  const payload = { signature, authorization };
  const { resource, ...accepted } = requirements;
  const header =
    version === 1
      ? { x402Version: 1, scheme: 'exact', network: requirements.network, payload }
      : { x402Version: 2, ...(resource ? { resource: { url: resource } } : {}), accepted, payload };
  if (mutate) mutate(header);
  return { header: b64json(header), headerObject: header, payload: header.payload, authorization: header.payload.authorization };
}

/** The same signature with s → n − s and v flipped: valid for ecrecover, refused by EIP-2. */
export function highS(signature) {
  const hex = signature.slice(2);
  const s = BigInt(`0x${hex.slice(64, 128)}`);
  const v = parseInt(hex.slice(128, 130), 16);
  const flipped = (SECP256K1_N - s).toString(16).padStart(64, '0');
  const nv = v === 27 ? 28 : v === 28 ? 27 : v ^ 1;
  return `0x${hex.slice(0, 64)}${flipped}${nv.toString(16).padStart(2, '0')}`;
}

export function withV(signature, v) {
  return `${signature.slice(0, 130)}${v.toString(16).padStart(2, '0')}`;
}

// ---- official clients ---------------------------------------------------------------------

/** `{headers: Headers, body: object|undefined}` from a challenge given as the wasm reply
 * `{status, headers: [[k, v]…], body: string}`, a fetch `Response`-like `{headers, body}`
 * (Headers, pairs or a plain object; body string or object), or a bare v1 body object. */
function readChallenge(challenge) {
  const c = challenge?.reply ?? challenge;
  if (c && 'accepts' in c) return { headers: new Headers(), body: c };
  const headers = new Headers(c?.headers instanceof Headers ? c.headers : Array.isArray(c?.headers) ? c.headers : Object.entries(c?.headers ?? {}));
  const body = typeof c?.body === 'string' ? (c.body ? JSON.parse(c.body) : undefined) : c?.body;
  return { headers, body };
}

/**
 * Lets x402@1.2.0 sign for `network`: its client only knows the networks of its tables
 * (`SupportedEVMNetworks`, `EvmNetworkToChainId`: no X Layer, no CAIP-2), and the chain id of
 * the EIP-712 domain comes from `EvmNetworkToChainId`. Both are exported, mutable module state,
 * so adding the entry is enough; nothing else in the client is network-specific.
 * Limitation: x402-fetch@1.2.0 itself validates requirements with a closed zod enum
 * (`PaymentRequirementsSchema`), so its `wrapFetchWithPayment` still refuses these networks;
 * `createPaymentHeader` (what it calls after that check) is driven directly instead.
 */
export async function enableV1Network(network) {
  const { SupportedEVMNetworks, EvmNetworkToChainId } = await v1();
  const id = chainIdOf(network);
  if (!SupportedEVMNetworks.includes(network)) SupportedEVMNetworks.push(network);
  EvmNetworkToChainId.set(network, id);
  return id;
}

/**
 * The X-PAYMENT header x402@1.2.0 makes for the v1 body of a 402 challenge (accepts[pick]).
 * how = 'create': `createPaymentHeader(account, x402Version, requirements)` (x402/client, the
 * call x402-fetch makes); 'prepare+sign': `preparePaymentHeader(from, x402Version, requirements)`
 * then `signPaymentHeader(account, requirements, unsigned)`.
 */
export async function officialV1Header({ payer, challenge, how = 'create', pick = 0 }) {
  const { body } = readChallenge(challenge);
  if (!body || body.x402Version !== 1) throw new Error('challenge has no v1 body');
  const requirements = body.accepts[pick];
  await enableV1Network(requirements.network);
  const { createPaymentHeader, preparePaymentHeader, signPaymentHeader } = await v1();
  const header =
    how === 'prepare+sign'
      ? await signPaymentHeader(payer.account, requirements, preparePaymentHeader(payer.address, body.x402Version, requirements))
      : await createPaymentHeader(payer.account, body.x402Version, requirements);
  return { header, headerName: 'X-PAYMENT', decoded: decodeHeader(header), requirements };
}

/**
 * An @x402/core client with @x402/evm's exact scheme for `eip155:*` (CAIP-2, so chain 196 needs
 * no table entry: the chain id is parsed from the network string).
 * Limitation: @x402/core 2.27's default spend controls pay only its default assets (per network,
 * from @x402/evm's table, capped at $1), and USDG/USD₮0/USDC on X Layer are not in that table:
 * unless `spendControls` lists them, `createPaymentPayload` throws "All payment requirements were
 * rejected by spendControls". `allowedAssets` = [{network, asset, maxAmountPerPayment?}] is
 * passed to `client.setSpendControls({allowedAssets})`, as a buyer would configure it.
 */
export async function officialV2Client(payer, { allowedAssets = [] } = {}) {
  const { x402Client, registerExactEvmScheme } = await v2();
  const client = new x402Client();
  registerExactEvmScheme(client, { signer: payer.account });
  if (allowedAssets.length) client.setSpendControls({ allowedAssets });
  return client;
}

/**
 * The PAYMENT-SIGNATURE header the v2 official client makes for a 402 challenge (its
 * PAYMENT-REQUIRED header). how = 'fetch' (default): @x402/fetch `wrapFetchWithPayment` over a
 * fetch that answers the challenge and captures the paid retry's headers, i.e. the whole
 * client path untouched; 'client': the same steps by hand: `new x402HTTPClient(client)
 * .getPaymentRequiredResponse(getHeader, body)`, `client.createPaymentPayload(paymentRequired)`,
 * `httpClient.encodePaymentSignatureHeader(payload)`.
 */
export async function officialV2Header({ payer, challenge, how = 'fetch', url = 'https://x402.test/paid', allowedAssets }) {
  const { headers, body } = readChallenge(challenge);
  const offered = headers.get('PAYMENT-REQUIRED');
  // By default allow exactly the assets the challenge offers (see officialV2Client).
  allowedAssets ??= offered ? decodeHeader(offered).accepts.map(({ network, asset }) => ({ network, asset })) : [];
  const client = await officialV2Client(payer, { allowedAssets });
  const { wrapFetchWithPayment, x402HTTPClient } = await v2();
  let sent;
  if (how === 'client') {
    const http = new x402HTTPClient(client);
    const paymentRequired = http.getPaymentRequiredResponse((n) => headers.get(n), body);
    sent = new Headers(http.encodePaymentSignatureHeader(await client.createPaymentPayload(paymentRequired)));
  } else {
    const fakeFetch = async (input, init) => {
      const req = new Request(input, init);
      if (!req.headers.has('PAYMENT-SIGNATURE') && !req.headers.has('X-PAYMENT')) {
        return new Response(body === undefined ? '' : JSON.stringify(body), { status: 402, headers });
      }
      sent = req.headers;
      return new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const res = await wrapFetchWithPayment(fakeFetch, client)(url);
    if (res.status !== 200 || !sent) throw new Error('the v2 client did not pay');
  }
  const headerName = sent.has('PAYMENT-SIGNATURE') ? 'PAYMENT-SIGNATURE' : 'X-PAYMENT';
  const header = sent.get(headerName);
  const decoded = decodeHeader(header);
  return { header, headerName, decoded, requirements: decoded.accepted };
}

// ---- the x402 wasm, for Node --------------------------------------------------------------

/** The tool exports (`evm_sign_transaction`, `x402_domain_separator`), for benchmarks: a
 * wasm-pack nodejs build, as those exports keep wasm-bindgen. */
export const X402_TOOLS_NODE_BUILD =
  'CARGO_TARGET_DIR=target/wasm-x402-tools-nodejs wasm-pack build --target nodejs --release --out-dir pkg/x402-tools-node --no-pack -- --no-default-features --features x402,tools';

/** Without `dir`: the shipped x402 module (functions/src/wasm/x402.js) through its own glue,
 * as the functions load it. `dir: 'pkg/x402-tools-node'`: the wasm-pack nodejs build with the
 * tool exports, (re)built first when missing or older than src/, Cargo.toml or Cargo.lock (needs
 * wasm-pack on PATH or in ~/.cargo/bin; `rebuild: true` always rebuilds); any other `dir` loads
 * another nodejs build (relative to the repository root) as is. */
export async function loadX402Node({ rebuild = false, dir } = {}) {
  if (!dir) {
    const { wasmLoader } = await import('../../functions/src/lib/wasm.js');
    return wasmLoader(await import('../../functions/src/wasm/x402.js')).instance();
  }
  const { existsSync, writeFileSync, statSync, readdirSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const { fileURLToPath } = await import('node:url');
  const { join } = await import('node:path');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const entry = join(root, dir, 'insforge_edge.js');
  const newest = (p) => {
    const st = statSync(p);
    if (!st.isDirectory()) return st.mtimeMs;
    return Math.max(0, ...readdirSync(p).map((n) => newest(join(p, n))));
  };
  const wasmFile = join(root, dir, 'insforge_edge_bg.wasm');
  const stale = () => !existsSync(wasmFile) || Math.max(...['src', 'Cargo.toml', 'Cargo.lock'].map((p) => newest(join(root, p)))) > statSync(wasmFile).mtimeMs;
  const build = { 'pkg/x402-tools-node': X402_TOOLS_NODE_BUILD }[dir];
  if (build && (rebuild || !existsSync(entry) || stale())) {
    const { execSync } = await import('node:child_process');
    const PATH = `${process.env.HOME}/.cargo/bin:${process.env.PATH}`;
    execSync(build, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PATH } });
  }
  // wasm-pack's nodejs glue is CommonJS, but this repository's package.json says "type": "module".
  const marker = join(root, dir, 'package.json');
  if (!existsSync(marker)) writeFileSync(marker, '{ "type": "commonjs" }\n');
  return { ...createRequire(import.meta.url)(entry), wasmPath: join(root, dir, 'insforge_edge_bg.wasm') };
}
