// A real local EVM for tests: anvil from the npm package, plus viem clients and helpers to
// deploy the test contracts (tests/contracts) and to run the production signature checker
// (contracts/Erc6492Checker.sol). Used by tests/chain and by anything that needs to settle a
// genuine transferWithAuthorization (EIP-3009 with the x402 exact scheme's EIP-712 domain) or to
// check an EOA, EIP-1271 or ERC-6492 signature.
//
//   const chain = await startChain({ chainId: 196 });
//   const usdg = await chain.deployToken({ name: 'Global Dollar', version: '1', style: 'paxos' });
//   await chain.mint(usdg, chain.accounts[1].address, 1_000_000n);
//   ...
//   await chain.stop();
//
// startChain({chainId = 196, timestamp?}) → { rpcUrl, chainId, accounts: [{address, privateKey}] (anvil's
//   10 dev accounts; [0] deploys and mints), publicClient, testClient (viem, mode 'anvil'),
//   walletClient(indexOrAccount), deployToken({name, version, symbol?, style: 'circle'|'paxos',
//   at?}) → {address, abi, …}, mint(token, to, amount), setNextBlockTimestamp(ts), mine(n = 1),
//   stop(), startupMs, pid, and for smart wallets:
//   deployWalletFactory() → {address, abi} (SmartWalletFactory, CREATE2),
//   smartWallet({factory, owner, salt = 0n}) → a SmartWallet of `owner` (an index into accounts
//     or {address, privateKey}), not deployed yet: {address (counterfactual, from the factory's
//     getAddress), owner, salt, factory (its address), factoryCalldata (createAccount(owner,
//     salt)), abi, deploy() → receipt (idempotent), isDeployed(), signHash(hash) → the owner's
//     raw r‖s‖v ECDSA signature over `hash` (what the wallet's EIP-1271 accepts),
//     wrap6492(signature) → that signature in this wallet's ERC-6492 wrapper},
//   deployVrsOnlyToken({name, version, symbol?, at?}) → {address, abi, …} (Eip3009TokenVrsOnly;
//     `mint` and `at` work as for deployToken),
//   checkSignature({signer, hash, signature}) → true/false: Erc6492Checker run deployless
//     (eth_call with no `to`) on this node, from the bytecode that ships
//     (src/x402/evm/erc6492_checker.hex); throws if the node answers anything but one word 0 or 1,
//   estimateCheckGas({signer, hash, signature}) → bigint: eth_estimateGas of that same call,
//   placeMulticall(at = MULTICALL3_ADDRESS, i.e. '0xcA11bde05977b3631167028862bE2a173976CA11',
//     Multicall3's address on most chains) → {address, abi}: the Aggregate3 test contract's
//     runtime code put at `at` (anvil_setCode, as deployToken({at}) places a token); its one
//     function is Multicall3's aggregate3((address target, bool allowFailure, bytes callData)[])
//     → (bool success, bytes returnData)[], so viem's multicall works through it (a chain naming
//     contracts.multicall3.address = address) and a settler can batch "deploy the wallet" and
//     "transferWithAuthorization from it" in one transaction,
//   and for Permit2 payments (tests/contracts/Permit2.sol and the two x402 proxies; each placed
//   the same way as placeMulticall, runtime code only, since none needs constructor state):
//   placePermit2({at = PERMIT2_ADDRESS}) → {address, abi} (Permit2's signature transfers),
//   placeExactProxy({at = X402_EXACT_PROXY_ADDRESS}) → {address, abi} (X402ExactPermit2Proxy),
//   placeUptoProxy({at = X402_UPTO_PROXY_ADDRESS}) → {address, abi} (X402UptoPermit2Proxy; any
//     `at`, e.g. the address a chain really has it at),
//   deployPlainToken({name, symbol = name, decimals = 18, at?}) → {address, abi, name, symbol,
//     decimals} (PlainToken: ERC-20 only, no EIP-3009; `mint` and `at` work as for deployToken),
//   approvePermit2(token, account, amount = 2^256-1) → receipt: `account` approves Permit2 on
//     `token` ({address} or an address string); account = an index into accounts, {privateKey},
//     or a bare address (e.g. a SmartWallet), which anvil impersonates (given 1 ETH for gas if it
//     has none) }.
//   startChain also takes `timestamp`: the genesis block's time (anvil --timestamp), from which
//   the clock runs on; for fixed vectors whose deadlines lie before the machine's clock.
// Exported too: findAnvil() (ANVIL_BIN overrides the lookup), ERC6492_MAGIC, MULTICALL3_ADDRESS,
// PERMIT2_ADDRESS, X402_EXACT_PROXY_ADDRESS, X402_UPTO_PROXY_ADDRESS,
// wrap6492({factory, factoryCalldata, signature}) → abi.encode(factory, calldata, signature) ‖
// magic, and checkerCallData({signer, hash, signature}) → the eth_call's data.
//
// anvil runs in its own process group and is SIGKILLed on stop() and on process exit/SIGINT/
// SIGTERM, so a crashed or interrupted test run leaves no node behind (a SIGKILL of the test
// process itself cannot be caught; anvil then lives until killed by pid).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  concatHex, createPublicClient, createTestClient, createWalletClient, defineChain, encodeAbiParameters, encodeFunctionData,
  getAddress, http, keccak256, maxUint256, parseEther, toHex,
} from 'viem';
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts';
import { BUILD_DIR, CHECKER_HEX, checkArtefacts } from './compile-contracts.mjs';
import { freePort } from '../../runtime/postgres.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// anvil's built-in dev mnemonic; passed explicitly so the derived keys below always match.
const MNEMONIC = 'test test test test test test test test test test test junk';
const N_ACCOUNTS = 10;
const READY_TIMEOUT_MS = 15_000;

/**
 * Locates the anvil executable using only npm-installed files. `@foundry-rs/anvil` ships a JS
 * wrapper; the binary itself comes in the per-platform optional dependency
 * (`@foundry-rs/anvil-<os>-<arch>/bin/anvil`), or — if npm skipped optional deps — its
 * postinstall fetches that same tarball from the npm registry into the wrapper's directory.
 * We exec the binary directly: the wrapper would add a node process between us and anvil.
 */
export function findAnvil() {
  if (process.env.ANVIL_BIN) {
    if (!existsSync(process.env.ANVIL_BIN)) throw new Error(`ANVIL_BIN=${process.env.ANVIL_BIN} does not exist`);
    return process.env.ANVIL_BIN;
  }
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
  const exe = process.platform === 'win32' ? 'anvil.exe' : 'anvil';
  const require = createRequire(join(ROOT, 'package.json'));
  const candidates = [];
  try {
    candidates.push(join(dirname(require.resolve(`@foundry-rs/anvil-${os}-${arch}/package.json`)), 'bin', exe));
  } catch { /* optional dependency not installed */ }
  try {
    const wrapper = dirname(require.resolve('@foundry-rs/anvil/package.json'));
    candidates.push(join(wrapper, exe), join(wrapper, '..', 'dist', exe)); // postinstall / wrapper fallbacks
  } catch { /* wrapper not installed */ }
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    `anvil binary not found for ${process.platform}/${process.arch}. Looked in:\n  ${candidates.join('\n  ') || '(no @foundry-rs packages installed)'}\n` +
    'Run `npm ci` (the binary comes from the optional dependency @foundry-rs/anvil-<os>-<arch>; ' +
    'do not use --omit=optional), or set ANVIL_BIN=/path/to/anvil.',
  );
}

// Every anvil we start, so the exit hooks can kill the stragglers.
const live = new Set();
function killGroup(child) {
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  live.delete(child);
}
let hooked = false;
function installExitHooks() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => { for (const c of live) killGroup(c); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    // Re-raise after cleanup only if nobody else handles the signal, keeping default semantics.
    process.once(sig, () => {
      for (const c of live) killGroup(c);
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

async function rpc(url, method, params = []) {
  const res = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

async function spawnAnvil(bin, chainId, timestamp) {
  const port = await freePort();
  const rpcUrl = `http://127.0.0.1:${port}`;
  const args = ['--host', '127.0.0.1', '--port', String(port), '--chain-id', String(chainId),
    '--accounts', String(N_ACCOUNTS), '--mnemonic', MNEMONIC, '--quiet'];
  if (timestamp !== undefined) args.push('--timestamp', String(timestamp));
  // detached → own process group, so kill(-pid) also takes any helper threads/processes.
  const child = spawn(bin, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  live.add(child);
  child.unref(); // a forgotten stop() must not keep the test process alive; the exit hook kills it
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  child.stderr.unref?.();
  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; live.delete(child); });
  child.once('error', (e) => { exited = { error: e }; });

  const t0 = Date.now();
  while (Date.now() - t0 < READY_TIMEOUT_MS) {
    if (exited) {
      const why = exited.error ? exited.error.message : `exit code ${exited.code} signal ${exited.signal}`;
      return { error: new Error(`anvil (${bin}) died on startup (${why}):\n${stderr.trim()}`), portClash: /address already in use/i.test(stderr) };
    }
    try {
      const id = await rpc(rpcUrl, 'eth_chainId');
      if (Number(id) !== chainId) throw new Error(`anvil reports chainId ${Number(id)}, wanted ${chainId}`);
      return { child, rpcUrl, startupMs: Date.now() - t0 };
    } catch (e) {
      if (/wanted/.test(e.message)) { killGroup(child); return { error: e }; }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  killGroup(child);
  return { error: new Error(`anvil did not answer eth_chainId on ${rpcUrl} within ${READY_TIMEOUT_MS} ms:\n${stderr.trim()}`) };
}

const artefacts = new Map();
/** A test contract's artefact (tests/contracts/build/<name>.json), after checking none is stale. */
function loadArtefact(name) {
  if (!artefacts.has(name)) {
    checkArtefacts(); // a stale build must fail here, not as a confusing test mismatch
    artefacts.set(name, JSON.parse(readFileSync(join(BUILD_DIR, `${name}.json`), 'utf8')));
  }
  return artefacts.get(name);
}
const loadToken = () => loadArtefact('Eip3009Token');

let checkerBytecode;
/** Erc6492Checker's creation bytecode exactly as it ships (src/x402/evm/erc6492_checker.hex). */
function loadChecker() {
  if (!checkerBytecode) {
    checkArtefacts(); // also proves the .hex is the current source's bytecode
    const hex = readFileSync(CHECKER_HEX, 'utf8');
    if (!/^(?:[0-9a-f]{2})+$/.test(hex)) throw new Error(`${CHECKER_HEX} is not one line of lowercase hex`);
    checkerBytecode = `0x${hex}`;
  }
  return checkerBytecode;
}

/** Where Multicall3 is deployed on most EVM chains, and where placeMulticall() puts Aggregate3 by default. */
export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11';

/** Permit2's address on every chain it is deployed on; placePermit2() puts our Permit2 there. */
export const PERMIT2_ADDRESS = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
/** The x402 exact scheme's Permit2 proxy (the spender its payers sign for). */
export const X402_EXACT_PROXY_ADDRESS = '0x402085c248EeA27D92E8b30b2C58ed07f9E20001';
/** The x402 upto scheme's Permit2 proxy at its usual address (a chain may have it elsewhere). */
export const X402_UPTO_PROXY_ADDRESS = '0x4020A4f3b7b90ccA423B9fabCc0CE57C6C240002';

// ERC-20 approve, all approvePermit2 needs of a token.
const ERC20_APPROVE_ABI = [
  { type: 'function', name: 'approve', stateMutability: 'nonpayable', inputs: [{ name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }], outputs: [{ type: 'bool' }] },
];

/** The ERC-6492 suffix: a signature ending with it is a wrapper. */
export const ERC6492_MAGIC = '0x6492649264926492649264926492649264926492649264926492649264926492';

/** abi.encode(address factory, bytes factoryCalldata, bytes signature) ‖ ERC6492_MAGIC. */
export function wrap6492({ factory, factoryCalldata, signature }) {
  return concatHex([
    encodeAbiParameters([{ type: 'address' }, { type: 'bytes' }, { type: 'bytes' }], [factory, factoryCalldata, signature]),
    ERC6492_MAGIC,
  ]);
}

/** The data of a deployless checker call: creation bytecode ‖ abi.encode(signer, hash, signature). */
export function checkerCallData({ signer, hash, signature }) {
  return concatHex([
    loadChecker(),
    encodeAbiParameters([{ type: 'address' }, { type: 'bytes32' }, { type: 'bytes' }], [signer, hash, signature]),
  ]);
}

/** Starts anvil on a free loopback port. See the file header for the returned API. */
export async function startChain({ chainId = 196, timestamp } = {}) {
  const bin = findAnvil();
  installExitHooks();
  let started;
  for (let attempt = 0; attempt < 3; attempt++) {
    started = await spawnAnvil(bin, chainId, timestamp);
    if (!started.portClash) break; // the free port was taken between probe and bind: retry
  }
  if (started.error) throw started.error;
  const { child, rpcUrl, startupMs } = started;

  const chain = defineChain({
    id: chainId, name: `anvil-${chainId}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [rpcUrl] } },
  });
  const transport = http(rpcUrl);
  const accounts = Array.from({ length: N_ACCOUNTS }, (_, i) => {
    const hd = mnemonicToAccount(MNEMONIC, { addressIndex: i });
    return { address: hd.address, privateKey: toHex(hd.getHdKey().privateKey) };
  });
  // Blocks are mined instantly (automine): poll fast instead of viem's multi-second default.
  const pollingInterval = 50;
  const publicClient = createPublicClient({ chain, transport, pollingInterval });
  const testClient = createTestClient({ chain, transport, mode: 'anvil', pollingInterval });

  /** account: index into accounts, {privateKey}, or a viem Account. */
  const walletClient = (account = 0) => {
    const a = typeof account === 'number' ? accounts[account] : account;
    const viemAccount = a.privateKey ? privateKeyToAccount(a.privateKey) : a;
    return createWalletClient({ account: viemAccount, chain, transport, pollingInterval });
  };
  const deployer = walletClient(0);

  async function send(hashPromise) {
    const receipt = await publicClient.waitForTransactionReceipt({ hash: await hashPromise });
    if (receipt.status !== 'success') throw new Error(`transaction ${receipt.transactionHash} reverted`);
    return receipt;
  }

  // Copy a freshly deployed token to `to`: runtime code (immutables included) plus the
  // constructor-written storage. Slots 0,1,2 are name, symbol, version (see the .sol layout);
  // a string of 32+ bytes keeps its data at keccak(slot), which is copied too.
  async function etch(from, to) {
    await testClient.setCode({ address: to, bytecode: await publicClient.getCode({ address: from }) });
    const copy = async (slot) => {
      const value = await publicClient.getStorageAt({ address: from, slot });
      await testClient.setStorageAt({ address: to, index: slot, value });
      return BigInt(value);
    };
    for (let i = 0n; i < 3n; i++) {
      const head = await copy(toHex(i, { size: 32 }));
      if (head & 1n) { // long string: head = 2*len+1
        const base = BigInt(keccak256(toHex(i, { size: 32 })));
        const words = (head - 1n) / 2n / 32n + 1n;
        for (let w = 0n; w < words; w++) await copy(toHex(base + w, { size: 32 }));
      }
    }
  }

  // A test contract's runtime code at `at`: what its creation code returns, got with a
  // deployless eth_call (nothing is deployed and no nonce moves), then anvil_setCode.
  async function place(name, at) {
    const { abi, bytecode } = loadArtefact(name);
    const runtime = await publicClient.request({ method: 'eth_call', params: [{ data: bytecode }, 'latest'] });
    if (!runtime || runtime === '0x') throw new Error(`${name}: its creation code returned no runtime code`);
    const address = getAddress(at);
    await testClient.setCode({ address, bytecode: runtime });
    if ((await publicClient.getCode({ address })) !== runtime) throw new Error(`${address} does not hold ${name}'s code`);
    return { address, abi };
  }

  let stopped = false;
  return {
    rpcUrl, chainId, accounts, publicClient, testClient, walletClient, startupMs, pid: child.pid,

    /**
     * Deploys Eip3009Token from accounts[0] (the minter). style: 'circle' | 'paxos'.
     * `at`: also place it at a fixed address (e.g. real USDG 0x4ae4…2dc8 on chain 196), so code
     * configured with production asset addresses — and their DOMAIN_SEPARATOR — works unchanged.
     */
    async deployToken({ name, version, symbol = name, style = 'circle', at }) {
      if (style !== 'circle' && style !== 'paxos') throw new Error(`style must be 'circle' or 'paxos', got ${style}`);
      const { abi, bytecode } = loadToken();
      const receipt = await send(deployer.deployContract({ abi, bytecode, args: [name, symbol, version, style === 'paxos' ? 1 : 0] }));
      let address = getAddress(receipt.contractAddress);
      if (at) {
        await etch(address, at);
        address = getAddress(at);
      }
      return { address, abi, name, version, symbol, style };
    },

    /** token: {address} or an address string (either token: same `mint`). Mints from the deployer (accounts[0]). */
    async mint(token, to, amount) {
      const address = typeof token === 'string' ? token : token.address;
      return send(deployer.writeContract({ address, abi: loadToken().abi, functionName: 'mint', args: [to, BigInt(amount)] }));
    },

    /** Deploys Eip3009TokenVrsOnly from accounts[0]: transferWithAuthorization(…, v, r, s) only, no EIP-1271. */
    async deployVrsOnlyToken({ name, version, symbol = name, at }) {
      const { abi, bytecode } = loadArtefact('Eip3009TokenVrsOnly');
      const receipt = await send(deployer.deployContract({ abi, bytecode, args: [name, symbol, version] }));
      let address = getAddress(receipt.contractAddress);
      if (at) {
        await etch(address, at);
        address = getAddress(at);
      }
      return { address, abi, name, version, symbol, style: 'vrs-only' };
    },

    /** Deploys SmartWalletFactory from accounts[0]. */
    async deployWalletFactory() {
      const { abi, bytecode } = loadArtefact('SmartWalletFactory');
      const receipt = await send(deployer.deployContract({ abi, bytecode }));
      return { address: getAddress(receipt.contractAddress), abi };
    },

    /**
     * The SmartWallet of `owner` (index into accounts, or {address, privateKey}) and `salt` made by
     * `factory` ({address, abi} from deployWalletFactory). Nothing is deployed until deploy().
     */
    async smartWallet({ factory, owner, salt = 0n }) {
      const o = typeof owner === 'number' ? accounts[owner] : owner;
      const signer = privateKeyToAccount(o.privateKey);
      const address = getAddress(await publicClient.readContract({
        address: factory.address, abi: factory.abi, functionName: 'getAddress', args: [signer.address, salt],
      }));
      const factoryCalldata = encodeFunctionData({ abi: factory.abi, functionName: 'createAccount', args: [signer.address, salt] });
      const isDeployed = async () => ((await publicClient.getCode({ address })) ?? '0x') !== '0x';
      return {
        address, owner: { address: signer.address, privateKey: o.privateKey }, salt,
        factory: factory.address, factoryCalldata, abi: loadArtefact('SmartWallet').abi,
        isDeployed,
        /** Deploys through the factory (from accounts[0]); a no-op transaction if already there. */
        async deploy() {
          const receipt = await send(deployer.sendTransaction({ to: factory.address, data: factoryCalldata }));
          if (!(await isDeployed())) throw new Error(`createAccount left ${address} without code`);
          return receipt;
        },
        /** The owner's raw ECDSA signature over `hash` (r‖s‖v, v 27/28), no prefix added. */
        signHash: (hash) => signer.sign({ hash }),
        wrap6492: (signature) => wrap6492({ factory: factory.address, factoryCalldata, signature }),
      };
    },

    /** Runs Erc6492Checker deployless on this node: eth_call with no `to`. */
    async checkSignature({ signer, hash, signature }) {
      const result = await publicClient.request({ method: 'eth_call', params: [{ data: checkerCallData({ signer, hash, signature }) }, 'latest'] });
      if (result === `0x${'0'.repeat(63)}1`) return true;
      if (result === `0x${'0'.repeat(64)}`) return false;
      throw new Error(`Erc6492Checker answered ${result}, not one word 0 or 1`);
    },

    /** eth_estimateGas of the same deployless call. */
    async estimateCheckGas({ signer, hash, signature }) {
      return BigInt(await publicClient.request({ method: 'eth_estimateGas', params: [{ data: checkerCallData({ signer, hash, signature }) }] }));
    },

    /**
     * Puts Aggregate3 (Multicall3's aggregate3 ABI) at `at`. Its runtime code is what its creation
     * code returns, got with a deployless eth_call: nothing is deployed and no nonce moves.
     */
    async placeMulticall(at = MULTICALL3_ADDRESS) {
      return place('Aggregate3', at);
    },

    /** Puts our Permit2 (signature transfers and the nonce bitmap) at Permit2's address, or `at`. */
    async placePermit2({ at = PERMIT2_ADDRESS } = {}) {
      return place('Permit2', at);
    },

    /** Puts X402ExactPermit2Proxy at the exact scheme's proxy address, or `at`. It always calls PERMIT2_ADDRESS. */
    async placeExactProxy({ at = X402_EXACT_PROXY_ADDRESS } = {}) {
      return place('X402ExactPermit2Proxy', at);
    },

    /** Puts X402UptoPermit2Proxy at the upto scheme's usual proxy address, or `at`. It always calls PERMIT2_ADDRESS. */
    async placeUptoProxy({ at = X402_UPTO_PROXY_ADDRESS } = {}) {
      return place('X402UptoPermit2Proxy', at);
    },

    /** Deploys PlainToken (ERC-20 only) from accounts[0], the minter; `at` as for deployToken. */
    async deployPlainToken({ name, symbol = name, decimals = 18, at }) {
      const { abi, bytecode } = loadArtefact('PlainToken');
      const receipt = await send(deployer.deployContract({ abi, bytecode, args: [name, symbol, decimals] }));
      let address = getAddress(receipt.contractAddress);
      if (at) {
        await etch(address, at);
        address = getAddress(at);
      }
      return { address, abi, name, symbol, decimals };
    },

    /**
     * `account` approves Permit2 for `amount` of `token`. account: index into accounts,
     * {privateKey}, or an address string, sent from by impersonation (anvil), so a contract
     * wallet without an execute function can approve too.
     */
    async approvePermit2(token, account, amount = maxUint256) {
      const address = typeof token === 'string' ? token : token.address;
      const args = { address, abi: ERC20_APPROVE_ABI, functionName: 'approve', args: [PERMIT2_ADDRESS, BigInt(amount)] };
      if (typeof account !== 'string') return send(walletClient(account).writeContract(args));
      const from = getAddress(account);
      if ((await publicClient.getBalance({ address: from })) === 0n) await testClient.setBalance({ address: from, value: parseEther('1') });
      await testClient.impersonateAccount({ address: from });
      try {
        return await send(createWalletClient({ account: from, chain, transport, pollingInterval }).writeContract(args));
      } finally {
        await testClient.stopImpersonatingAccount({ address: from });
      }
    },

    /** The next mined block gets exactly this timestamp (seconds). */
    async setNextBlockTimestamp(ts) {
      await testClient.setNextBlockTimestamp({ timestamp: BigInt(ts) });
    },

    async mine(blocks = 1) {
      await testClient.mine({ blocks });
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      killGroup(child);
      await gone;
    },
  };
}
