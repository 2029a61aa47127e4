// Sign-In with Ethereum (EIP-4361) through wallet-bridge: one exchange asks the function for a
// nonce (and the address, EIP-55 checksummed), writes the message, has the wallet sign it
// (EIP-191 personal_sign) and posts it; the answer is the bridge reply TokenSession expects.
// No dependency: the message is plain text, and the function checksums the address.

import { BridgeError } from './session.js';

/** walletRefresh → the TokenSession's renew mode. */
export const WALLET_REFRESH = Object.freeze({ expire: 'never', sign: 'once' });

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const NONCE = /^[a-zA-Z0-9]{8,}$/;
// host, IPv4 or [IPv6], with an optional port: what the function accepts as a domain.
const DOMAIN = /^[a-zA-Z0-9.\-:[\]]+$/;
const URI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const SIGNATURE = /^0x(?:[0-9a-fA-F]{2})+$/;
const MAX_CHAIN_ID = Number.MAX_SAFE_INTEGER;

const isChainId = (v) => Number.isSafeInteger(v) && v > 0 && v <= MAX_CHAIN_ID;

/** Throws TypeError when the wallet options of a client are unusable. */
export function validateWalletOptions(o) {
  const w = o.wallet;
  if (!w || typeof w.getAddress !== 'function' || typeof w.signMessage !== 'function') {
    throw new TypeError('wallet must be { getAddress(), signMessage(message) } (for an EIP-1193 provider: eip1193Wallet(window.ethereum))');
  }
  if (o.getProviderToken !== undefined) throw new TypeError('pass either wallet or getProviderToken, not both');
  if (o.bodyField !== undefined) throw new TypeError('bodyField does not apply to wallet sign-in');
  if (o.walletRefresh !== undefined && !Object.hasOwn(WALLET_REFRESH, o.walletRefresh)) throw new TypeError("walletRefresh must be 'expire' or 'sign'");
  const s = o.siwe;
  if (s === undefined) return;
  if (s === null || typeof s !== 'object') throw new TypeError('siwe must be an object { chainId?, domain?, uri? }');
  if (s.chainId !== undefined && !isChainId(s.chainId)) throw new TypeError('siwe.chainId must be a positive integer');
  if (s.domain !== undefined && (typeof s.domain !== 'string' || !DOMAIN.test(s.domain))) throw new TypeError('siwe.domain must be an authority: host or host:port');
  if (s.uri !== undefined && (typeof s.uri !== 'string' || !URI.test(s.uri))) throw new TypeError('siwe.uri must be an absolute URI');
}

function time(value, field) {
  const text = value instanceof Date ? value.toISOString() : value;
  if (typeof text !== 'string' || !RFC3339.test(text) || Number.isNaN(Date.parse(text))) throw new TypeError(`${field} must be an RFC 3339 time or a Date`);
  return new Date(text).toISOString();
}

/**
 * The EIP-4361 message for `fields`, byte for byte as the EIP's ABNF writes it (and as viem's
 * createSiweMessage does): times in UTC with milliseconds (`Date#toISOString`), the statement
 * line only when there is a statement, optional fields in the grammar's order. `address` must
 * already be EIP-55 checksummed (the function refuses any other spelling).
 *
 * fields: {domain, address, statement?, uri, version = '1', chainId, nonce, issuedAt,
 *          expirationTime?, notBefore?, requestId?, resources?, scheme?}
 */
export function siweMessage(fields) {
  const f = fields ?? {};
  const { domain, address, statement, uri, version = '1', chainId, nonce, scheme, requestId, resources } = f;
  if (typeof domain !== 'string' || !DOMAIN.test(domain)) throw new TypeError('domain must be an authority: host or host:port');
  if (typeof address !== 'string' || !ADDRESS.test(address)) throw new TypeError('address must be 0x and 40 hex digits (EIP-55 checksummed)');
  if (statement !== undefined && statement !== null && (typeof statement !== 'string' || /[\r\n]/.test(statement))) throw new TypeError('statement must be one line');
  if (typeof uri !== 'string' || !URI.test(uri)) throw new TypeError('uri must be an absolute URI');
  if (version !== '1') throw new TypeError("version must be '1'");
  if (!isChainId(chainId)) throw new TypeError('chainId must be a positive integer');
  if (typeof nonce !== 'string' || !NONCE.test(nonce)) throw new TypeError('nonce must be at least 8 letters or digits');
  if (scheme !== undefined && (typeof scheme !== 'string' || !SCHEME.test(scheme))) throw new TypeError('scheme must be a URI scheme');
  if (requestId !== undefined && (typeof requestId !== 'string' || /[\r\n]/.test(requestId))) throw new TypeError('requestId must be one line');
  if (resources !== undefined && (!Array.isArray(resources) || !resources.every((r) => typeof r === 'string' && URI.test(r)))) throw new TypeError('resources must be absolute URIs');

  const origin = scheme ? `${scheme}://${domain}` : domain;
  let text = `${origin} wants you to sign in with your Ethereum account:\n${address}\n\n${statement ? `${statement}\n` : ''}`;
  text += `\nURI: ${uri}\nVersion: ${version}\nChain ID: ${chainId}\nNonce: ${nonce}\nIssued At: ${time(f.issuedAt, 'issuedAt')}`;
  if (f.expirationTime !== undefined && f.expirationTime !== null) text += `\nExpiration Time: ${time(f.expirationTime, 'expirationTime')}`;
  if (f.notBefore !== undefined && f.notBefore !== null) text += `\nNot Before: ${time(f.notBefore, 'notBefore')}`;
  if (requestId) text += `\nRequest ID: ${requestId}`;
  if (resources) text += `\nResources:${resources.map((r) => `\n- ${r}`).join('')}`;
  return text;
}

/**
 * The message's fields from the function's nonce answer `c` (GET …?address=), the options'
 * overrides applied. Throws BridgeError `bad_reply` when the answer is not what the function
 * answers, `chain_not_allowed` when siwe.chainId is not one of its chains.
 */
export function challengeFields(c, address, siwe = {}) {
  const bad = (what) => new BridgeError(`wallet-bridge answered an unusable nonce: ${what}`, { code: 'bad_reply' });
  if (!c || typeof c !== 'object') throw bad('not a JSON object');
  if (typeof c.nonce !== 'string' || !NONCE.test(c.nonce)) throw bad('nonce');
  if (typeof c.domain !== 'string' || !DOMAIN.test(c.domain)) throw bad('domain');
  if (typeof c.uri !== 'string' || !URI.test(c.uri)) throw bad('uri');
  if (c.version !== undefined && c.version !== '1') throw bad('version');
  if (!isChainId(c.chainId)) throw bad('chainId');
  const chainIds = c.chainIds === undefined ? [c.chainId] : c.chainIds;
  if (!Array.isArray(chainIds) || !chainIds.every(isChainId) || !chainIds.includes(c.chainId)) throw bad('chainIds');
  if (c.statement !== undefined && c.statement !== null && (typeof c.statement !== 'string' || /[\r\n]/.test(c.statement))) throw bad('statement');
  for (const t of ['issuedAt', 'expirationTime']) {
    if (typeof c[t] !== 'string' || !RFC3339.test(c[t]) || Number.isNaN(Date.parse(c[t]))) throw bad(t);
  }
  // The address the message must carry: ours, as the function spells it (EIP-55).
  if (typeof c.address !== 'string' || !ADDRESS.test(c.address) || c.address.toLowerCase() !== address.toLowerCase()) throw bad('address (not the wallet\'s)');
  const chainId = siwe.chainId ?? c.chainId;
  if (!chainIds.includes(chainId)) {
    throw new BridgeError(`chain ${chainId} is not one wallet-bridge accepts (SIWE_CHAIN_IDS: ${chainIds.join(', ')})`, { code: 'chain_not_allowed' });
  }
  return {
    domain: siwe.domain ?? c.domain,
    address: c.address,
    statement: c.statement ?? undefined,
    uri: siwe.uri ?? c.uri,
    version: '1',
    chainId,
    nonce: c.nonce,
    issuedAt: c.issuedAt,
    expirationTime: c.expirationTime,
  };
}

/** A user refusing in the wallet: EIP-1193's 4001, as providers and libraries carry it. */
function rejected(e) {
  for (let x = e, depth = 0; x && depth < 5; x = x.cause, depth++) {
    if (x.code === 4001 || x.code === 'ACTION_REJECTED' || x.name === 'UserRejectedRequestError') return true;
  }
  return false;
}

function walletError(step, e) {
  return rejected(e)
    ? new BridgeError(`the user refused in the wallet (${step}): ${e?.message ?? e}`, { code: 'wallet_rejected', cause: e })
    : new BridgeError(`wallet.${step} failed: ${e?.message ?? e}`, { code: 'wallet_failed', cause: e });
}

/**
 * One wallet sign-in. `call({method, query?, body?})` reaches the bridge and throws its
 * BridgeError. `o`: the client's options (wallet, siwe).
 */
export async function signInWithWallet(o, call, { reason }) {
  let address;
  try {
    address = await o.wallet.getAddress({ reason });
  } catch (e) {
    throw walletError('getAddress', e);
  }
  if (address === null || address === undefined || address === '') {
    throw new BridgeError('the wallet has no account connected', { code: 'no_wallet_address' });
  }
  if (typeof address !== 'string' || !ADDRESS.test(address)) throw new BridgeError('wallet.getAddress must resolve to 0x and 40 hex digits', { code: 'wallet_failed' });

  const challenge = await call({ method: 'GET', query: { address } });
  const fields = challengeFields(challenge, address, o.siwe);
  const message = siweMessage(fields);

  let signature;
  try {
    signature = await o.wallet.signMessage(message, { reason, address: fields.address });
  } catch (e) {
    throw walletError('signMessage', e);
  }
  if (typeof signature !== 'string' || !SIGNATURE.test(signature)) throw new BridgeError('wallet.signMessage must resolve to a 0x hex signature', { code: 'wallet_failed' });
  return call({ method: 'POST', body: { message, signature } });
}

const utf8Hex = (text) => `0x${Array.from(new TextEncoder().encode(text), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/**
 * A wallet for the client from an EIP-1193 provider (`window.ethereum`: MetaMask, OKX Wallet,
 * Coinbase Wallet, …): the address is the first of `eth_requestAccounts` (the wallet asks the
 * user to connect the site the first time), the signature is `personal_sign` of the message's
 * UTF-8 bytes (the wallet shows the text).
 */
export function eip1193Wallet(provider) {
  if (!provider || typeof provider.request !== 'function') throw new TypeError('an EIP-1193 provider (with request()) is required, e.g. window.ethereum');
  const getAddress = async () => {
    const accounts = await provider.request({ method: 'eth_requestAccounts' });
    return Array.isArray(accounts) && accounts.length > 0 ? accounts[0] : null;
  };
  return {
    getAddress,
    async signMessage(message, { address } = {}) {
      return provider.request({ method: 'personal_sign', params: [utf8Hex(message), address ?? (await getAddress())] });
    },
  };
}
