// `npm run check-domain` against real tokens on anvil: it must find the (name, version) a token
// really signs with, using the WebAssembly of the committed x402 bundle.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { domainSeparator } from 'viem';
import { startChain } from '../support/chain.mjs';
import { checkDomain } from '../../scripts/check-domain.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
let chain;
before(async () => {
  chain = await startChain({ chainId: 196 });
});
after(async () => {
  await chain?.stop();
});

test('finds the pair of a USDG-like token at its production address', async () => {
  const token = await chain.deployToken({ name: 'Global Dollar', version: '1', symbol: 'USDG', style: 'paxos', at: '0x4ae46a509f6b1d9056937ba4500cb143933d2dc8' });
  const r = await checkDomain({ rpcUrl: chain.rpcUrl, asset: token.address });
  assert.equal(r.onchainSeparator, '0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743', 'the separator of USDG on X Layer');
  assert.deepEqual([r.match?.name, r.match?.version], ['Global Dollar', '1']);
  // OKX's SDK table says "USDG"/"2": the checker must say that is wrong.
  assert.equal(r.candidates.find((c) => c.name === 'USDG' && c.version === '2').matches, false);
});

test('a token whose name() differs from its EIP-712 name is still resolved (eip712Domain / candidates)', async () => {
  const token = await chain.deployToken({ name: 'USD Coin', version: '2', symbol: 'USDC', style: 'circle' });
  const r = await checkDomain({ rpcUrl: chain.rpcUrl, asset: token.address });
  const expected = domainSeparator({ domain: { name: 'USD Coin', version: '2', chainId: 196, verifyingContract: token.address } });
  assert.equal(r.onchainSeparator, expected.toLowerCase());
  assert.deepEqual([r.match?.name, r.match?.version], ['USD Coin', '2']);
  for (const c of r.candidates) {
    const viemSep = domainSeparator({ domain: { name: c.name, version: c.version, chainId: 196, verifyingContract: token.address } }).toLowerCase();
    assert.equal(c.separator, viemSep, `our separator for ${c.name}/${c.version} equals viem's`);
  }
});

test('the npm script prints the match (found through eip712Domain) and exits 0; nothing to match exits 1', async () => {
  const token = await chain.deployToken({ name: 'Exotic Dollar', version: '7', symbol: 'EXD', style: 'circle' });
  const run = (asset) => spawnSync(process.execPath, ['scripts/check-domain.mjs', '--rpc', chain.rpcUrl, '--asset', asset], { cwd: ROOT, encoding: 'utf8' });
  const hit = run(token.address);
  assert.equal(hit.status, 0, hit.stdout + hit.stderr);
  assert.match(hit.stdout, /MATCH: name "Exotic Dollar", version "7"/);
  const miss = run(chain.accounts[5].address); // an account, not a token: no DOMAIN_SEPARATOR()
  assert.equal(miss.status, 1, miss.stdout + miss.stderr);
  assert.match(miss.stdout, /NO MATCH/);
});
