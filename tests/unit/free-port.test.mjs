// freePort (runtime/postgres.mjs) with INSFORGE_EDGE_PORT_BLOCKS, as npm test runs suite files
// side by side: each process hands out ports from its own block below the kernel's ephemeral
// range, so two processes never get the same port between a pick and a server's bind.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const POSTGRES = new URL('../../runtime/postgres.mjs', import.meta.url).href;

/** Ten ports picked by a new process, which then stays alive until `holdMs` passes. */
function picksOfAProcess(holdMs) {
  const script = `import { freePort } from ${JSON.stringify(POSTGRES)};
const ports = []; for (let i = 0; i < 10; i++) ports.push(await freePort());
console.log(JSON.stringify(ports)); setTimeout(() => {}, ${holdMs});`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, INSFORGE_EDGE_PORT_BLOCKS: '1' } });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(JSON.parse(out));
    });
    child.on('error', reject);
    child.on('exit', (code) => code && reject(new Error(`exit ${code}`)));
  });
}

test('two processes picking at once get ports from two distinct blocks below the ephemeral range', async () => {
  const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  const [a, b] = await Promise.all([picksOfAProcess(1500), picksOfAProcess(1500)]);
  for (const ports of [a, b]) {
    assert.equal(new Set(ports).size, 10, 'no port twice within a process');
    for (const p of ports) assert.ok(p < low, `port ${p} is below the kernel's ephemeral range (${low})`);
  }
  const blockOf = (p) => Math.floor(p / 500);
  assert.equal(new Set(a.map(blockOf)).size, 1);
  assert.equal(new Set(b.map(blockOf)).size, 1);
  assert.notEqual(blockOf(a[0]), blockOf(b[0]), 'each process has a block of its own');
  assert.deepEqual(a.filter((p) => b.includes(p)), []);
});
