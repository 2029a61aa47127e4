// Headless Debian Chromium driven by playwright-core, and an injected EIP-1193 wallet
// (window.ethereum) whose signatures come from a viem local account in Node.
//
//   launchBrowser() → {context, newPage, close}     a fresh profile (--user-data-dir) per launch
//   installWallet(page, {payer, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign,
//                        rpcUrl, rejectSend})
//     → {calls()}  the wallet's requests as the page made them ({method, params})
//   screenshot(page, name) → its path under tests/.tmp/screenshots/
//
// The wallet answers eth_requestAccounts, eth_accounts, eth_chainId, wallet_switchEthereumChain
// (4902 for a chain it does not know, 4001 with refuseSwitch; ignoreSwitch answers success and
// stays where it is), wallet_addEthereumChain,
// eth_signTypedData_v4 and personal_sign (4001 with rejectSign), like an extension wallet does.
// The accounts are answered as `payer.address` spells them (extension wallets: lowercase).
// With `rpcUrl` (a node, e.g. anvil) it also reads the chain as a wallet's provider does:
// eth_call and eth_getTransactionReceipt are forwarded to the node as they are, and
// eth_sendTransaction ({from, to, data, value?}) is filled in (nonce, gas, fees), signed with the
// payer's key and sent as a raw transaction (4001 with rejectSend); its answer is the hash.
// Without `rpcUrl` those methods answer 4200, as any other method does.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createWalletClient, http } from 'viem';
import { CHROMIUM, ensureChromium } from '../../scripts/lib/toolchain.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
export const SCREENSHOTS = join(ROOT, 'tests/.tmp/screenshots');

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  ensureChromium();
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  // launchPersistentContext passes the fresh profile as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 800, height: 700 } });
  return {
    context,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** `value` of EIP-712 type `type` with its integers as BigInt, through nested structs and arrays. */
function typedValue(types, type, value) {
  if (type.endsWith(']')) return value.map((v) => typedValue(types, type.slice(0, type.lastIndexOf('[')), v));
  if (types[type]) return Object.fromEntries(types[type].map((f) => [f.name, typedValue(types, f.type, value[f.name])]));
  return /^u?int\d*$/.test(type) ? BigInt(value) : value;
}

export async function installWallet(page, { payer, chainId = 1, knownChains = [1], refuseSwitch = false, ignoreSwitch = false, rejectSign = false, rpcUrl = null, rejectSend = false }) {
  await page.exposeFunction('__walletSignTypedData', async (from, json) => {
    if (from.toLowerCase() !== payer.address.toLowerCase()) throw new Error(`asked to sign for ${from}, not our account`);
    const typed = JSON.parse(json);
    const { EIP712Domain: _domainType, ...types } = typed.types;
    const message = typedValue(types, typed.primaryType, typed.message);
    return payer.account.signTypedData({ domain: typed.domain, types, primaryType: typed.primaryType, message });
  });
  if (rpcUrl) {
    const node = createWalletClient({ account: payer.account, transport: http(rpcUrl) });
    await page.exposeFunction('__walletNode', async (method, params) => {
      if (method !== 'eth_sendTransaction') return node.request({ method, params });
      const [{ from, to, data, value }] = params;
      if (from.toLowerCase() !== payer.address.toLowerCase()) throw new Error(`asked to send from ${from}, not our account`);
      return node.sendTransaction({ chain: null, to, data, value: value === undefined ? undefined : BigInt(value) });
    });
  }
  // personal_sign: the message's bytes as 0x hex, signed as EIP-191 (the Ethereum signed message prefix).
  await page.exposeFunction('__walletPersonalSign', async (hex, from) => {
    if (String(from).toLowerCase() !== payer.address.toLowerCase()) throw new Error(`asked to sign for ${from}, not our account`);
    if (!/^0x([0-9a-fA-F]{2})*$/.test(hex)) throw new Error('personal_sign takes the message as 0x hex');
    return payer.account.signMessage({ message: { raw: hex } });
  });
  await page.addInitScript(
    ({ address, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign, forwards, rejectSend }) => {
      let chain = chainId;
      const known = new Set(knownChains);
      const calls = [];
      const fail = (code, message) => Object.assign(new Error(message), { code });
      window.__walletCalls = calls;
      window.ethereum = {
        isMetaMask: true,
        async request({ method, params }) {
          calls.push({ method, params: params === undefined ? null : JSON.parse(JSON.stringify(params)) });
          switch (method) {
            case 'eth_requestAccounts':
            case 'eth_accounts':
              return [address];
            case 'eth_chainId':
              return `0x${chain.toString(16)}`;
            case 'wallet_switchEthereumChain': {
              const want = parseInt(params[0].chainId, 16);
              if (refuseSwitch) throw fail(4001, 'User rejected the request.');
              if (!known.has(want)) throw fail(4902, `Unrecognized chain ID "${params[0].chainId}". Try adding the chain using wallet_addEthereumChain first.`);
              if (!ignoreSwitch) chain = want;
              return null;
            }
            case 'wallet_addEthereumChain':
              known.add(parseInt(params[0].chainId, 16));
              return null;
            case 'eth_signTypedData_v4':
              if (rejectSign) throw fail(4001, 'User denied message signature.');
              return window.__walletSignTypedData(params[0], params[1]);
            case 'personal_sign':
              if (rejectSign) throw fail(4001, 'User denied message signature.');
              return window.__walletPersonalSign(params[0], params[1]);
            case 'eth_sendTransaction':
              if (forwards && rejectSend) throw fail(4001, 'User denied transaction signature.');
            // falls through
            case 'eth_call':
            case 'eth_getTransactionReceipt':
              if (forwards) return window.__walletNode(method, params);
            // falls through
            default:
              throw fail(4200, `unsupported method ${method}`);
          }
        },
        on() {},
        removeListener() {},
      };
    },
    { address: payer.address, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign, forwards: !!rpcUrl, rejectSend },
  );
  return { calls: () => page.evaluate(() => window.__walletCalls) };
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  console.log(`screenshot: ${path}`);
  return path;
}
