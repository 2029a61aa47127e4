// x402 payments for tests, signed by viem (an independent EIP-712 implementation) with fresh
// keys: exactly the wire format of spec/x402.md §2, plus knobs to break every rule.

import { randomBytes } from 'node:crypto';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';

export const USDG = '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8';
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const CHAIN_IDS = { 'eip155:196': 196, 'eip155:8453': 8453, 'eip155:84532': 84532 };

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
      chainId: overrides.chainId ?? CHAIN_IDS[requirements.network],
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
