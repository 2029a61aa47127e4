// `npm run check-domain -- --rpc <url> --asset <address> [--chain-id <n>] [--name N --version V]`
//
// The check InsForge's x402 guide asks sellers to make before going live: which EIP-712
// (name, version) does this token really sign with? A wrong pair is the most common cause of
// refused payments (OKX: "Invalid Authority"). Reads DOMAIN_SEPARATOR(), name(), version() and
// eip712Domain() (EIP-5267) over JSON-RPC, computes the separator of every candidate pair
// (viem's EIP-712 domain hash: no Rust needed, and the shipped .wasm carries no tool exports)
// and prints which pair matches. Exit code 0 when one matches, 1 otherwise.

import { decodeAbiParameters, hashDomain } from 'viem';

const DOMAIN_FIELDS = [
  { name: 'name', type: 'string' },
  { name: 'version', type: 'string' },
  { name: 'chainId', type: 'uint256' },
  { name: 'verifyingContract', type: 'address' },
];

const SELECTORS = { DOMAIN_SEPARATOR: '0x3644e515', name: '0x06fdde03', version: '0x54fd4d50', eip712Domain: '0x84b0196e' };
const COMMON = { names: ['USD Coin', 'USDC', 'Global Dollar', 'USDG', 'USD₮0', 'Tether USD'], versions: ['1', '2'] };

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function rpc(url, method, params) {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) });
  const body = await res.json();
  if (body.error) throw Object.assign(new Error(body.error.message), { rpc: body.error });
  return body.result;
}

/** eth_call of a no-argument view; null when the token does not have it (reverts). */
async function view(url, asset, selector) {
  try {
    const out = await rpc(url, 'eth_call', [{ to: asset, data: selector }, 'latest']);
    return out && out !== '0x' ? out : null;
  } catch {
    return null;
  }
}

export async function checkDomain({ rpcUrl, asset, chainId, extraPairs = [] }) {
  const id = chainId ?? Number(BigInt(await rpc(rpcUrl, 'eth_chainId', [])));
  const separatorHex = await view(rpcUrl, asset, SELECTORS.DOMAIN_SEPARATOR);
  const onchain = separatorHex ? decodeAbiParameters([{ type: 'bytes32' }], separatorHex)[0].toLowerCase() : null;
  const str = async (sel) => {
    const raw = await view(rpcUrl, asset, sel);
    try {
      return raw ? decodeAbiParameters([{ type: 'string' }], raw)[0] : null;
    } catch {
      return null;
    }
  };
  const name = await str(SELECTORS.name);
  const version = await str(SELECTORS.version);
  let eip5267 = null;
  const rawDomain = await view(rpcUrl, asset, SELECTORS.eip712Domain);
  if (rawDomain) {
    try {
      const [fields, dName, dVersion, dChainId, dContract] = decodeAbiParameters(
        [{ type: 'bytes1' }, { type: 'string' }, { type: 'string' }, { type: 'uint256' }, { type: 'address' }, { type: 'bytes32' }, { type: 'uint256[]' }],
        rawDomain,
      );
      eip5267 = { fields, name: dName, version: dVersion, chainId: Number(dChainId), verifyingContract: dContract };
    } catch {}
  }
  const names = [eip5267?.name, name, ...extraPairs.map((p) => p[0]), ...COMMON.names].filter((x) => typeof x === 'string');
  const versions = [eip5267?.version, version, ...extraPairs.map((p) => p[1]), ...COMMON.versions].filter((x) => typeof x === 'string');
  const candidates = [];
  const seen = new Set();
  for (const n of names) {
    for (const v of versions) {
      const key = `${n}\0${v}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const separator = hashDomain({ domain: { name: n, version: v, chainId: id, verifyingContract: asset }, types: { EIP712Domain: DOMAIN_FIELDS } }).toLowerCase();
      candidates.push({ name: n, version: v, separator, matches: onchain !== null && separator === onchain });
    }
  }
  return { chainId: id, asset, onchainSeparator: onchain, name, version, eip712Domain: eip5267, match: candidates.find((c) => c.matches) ?? null, candidates };
}

async function main() {
  const rpcUrl = arg('rpc');
  const asset = arg('asset');
  if (!rpcUrl || !asset) throw new Error('usage: npm run check-domain -- --rpc <url> --asset <address> [--chain-id <n>] [--name N --version V]');
  const chainId = arg('chain-id') ? Number(arg('chain-id')) : undefined;
  const extra = arg('name') || arg('version') ? [[arg('name') ?? '', arg('version') ?? '']] : [];
  const r = await checkDomain({ rpcUrl, asset, chainId, extraPairs: extra });
  console.log(`token ${r.asset} on chain ${r.chainId}`);
  console.log(`  DOMAIN_SEPARATOR() ${r.onchainSeparator ?? '(not available)'}`);
  console.log(`  name() ${JSON.stringify(r.name)}  version() ${JSON.stringify(r.version)}`);
  if (r.eip712Domain) console.log(`  eip712Domain() name ${JSON.stringify(r.eip712Domain.name)} version ${JSON.stringify(r.eip712Domain.version)} chainId ${r.eip712Domain.chainId}`);
  if (r.match) {
    console.log(`MATCH: name ${JSON.stringify(r.match.name)}, version ${JSON.stringify(r.match.version)}`);
    console.log(`  use X402_ASSET=${asset} X402_ASSET_NAME=${JSON.stringify(r.match.name)} X402_ASSET_VERSION=${JSON.stringify(r.match.version)} (if the token is not in the built-in table)`);
    return 0;
  }
  console.log(`NO MATCH among ${r.candidates.length} candidate pairs${r.onchainSeparator ? '' : ' (the token exposes no DOMAIN_SEPARATOR())'}`);
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(`check-domain: ${e.message}`);
      process.exit(2);
    },
  );
}
