// Headless Debian Chromium driven by playwright-core, and an injected EIP-1193 wallet
// (window.ethereum) whose signatures come from a viem local account in Node.
//
//   launchBrowser() → {context, newPage, close}     a fresh profile (--user-data-dir) per launch
//   installWallet(page, {payer, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign})
//     → {calls()}  the wallet's requests as the page made them ({method, params})
//   screenshot(page, name) → its path under tests/.tmp/screenshots/
//
// The wallet answers eth_requestAccounts, eth_accounts, eth_chainId, wallet_switchEthereumChain
// (4902 for a chain it does not know, 4001 with refuseSwitch; ignoreSwitch answers success and
// stays where it is), wallet_addEthereumChain,
// eth_signTypedData_v4 (integers as decimal strings, nested structs included) and personal_sign
// (4001 with rejectSign), like an extension wallet does.
// The accounts are answered as `payer.address` spells them (extension wallets: lowercase).

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
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

export async function installWallet(page, { payer, chainId = 1, knownChains = [1], refuseSwitch = false, ignoreSwitch = false, rejectSign = false }) {
  await page.exposeFunction('__walletSignTypedData', async (from, json) => {
    if (from.toLowerCase() !== payer.address.toLowerCase()) throw new Error(`asked to sign for ${from}, not our account`);
    const typed = JSON.parse(json);
    const { EIP712Domain: _domainType, ...types } = typed.types;
    // Integers arrive as JSON (decimal strings or numbers), in nested structs too (Permit2's permit).
    const read = (type, value) => (type.startsWith('uint') ? BigInt(value) : types[type] ? struct(type, value) : value);
    const struct = (type, value) => Object.fromEntries(Object.entries(value).map(([k, v]) => [k, read(types[type].find((f) => f.name === k)?.type ?? '', v)]));
    const message = struct(typed.primaryType, typed.message);
    return payer.account.signTypedData({ domain: typed.domain, types, primaryType: typed.primaryType, message });
  });
  // personal_sign: the message's bytes as 0x hex, signed as EIP-191 (the Ethereum signed message prefix).
  await page.exposeFunction('__walletPersonalSign', async (hex, from) => {
    if (String(from).toLowerCase() !== payer.address.toLowerCase()) throw new Error(`asked to sign for ${from}, not our account`);
    if (!/^0x([0-9a-fA-F]{2})*$/.test(hex)) throw new Error('personal_sign takes the message as 0x hex');
    return payer.account.signMessage({ message: { raw: hex } });
  });
  await page.addInitScript(
    ({ address, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign }) => {
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
            default:
              throw fail(4200, `unsupported method ${method}`);
          }
        },
        on() {},
        removeListener() {},
      };
    },
    { address: payer.address, chainId, knownChains, refuseSwitch, ignoreSwitch, rejectSign },
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
