// node bench/paid-okx.mjs <minMs> <maxMs> <seed>
// The OKX stand-in (tests/support/okx.mjs, unchanged) in its own process for bench/paid-bench.mjs,
// so its signature checks (viem) run beside, not inside, the process that drives the load.
// Every call is answered after a seeded uniform random delay in [minMs, maxMs). Prints one JSON
// line {url, apiKey, secretKey, passphrase}; GET /__bench/calls answers its call counts. Exits
// when its stdin closes (the bench ended, however it ended).

import { startOkx } from '../tests/support/okx.mjs';

const [min = '5', max = '40', seedArg = '1026'] = process.argv.slice(2);
let a = Number(seedArg) >>> 0;
const rand = () => {
  // mulberry32
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const okx = await startOkx();
const dispatch = okx.dispatch.bind(okx);
okx.dispatch = async (req, res) => {
  if (req.url === '/__bench/calls') return okx.send(res, 200, okx.calls);
  await new Promise((r) => setTimeout(r, Number(min) + rand() * (Number(max) - Number(min))));
  return dispatch(req, res);
};
console.log(JSON.stringify({ url: okx.url, apiKey: okx.apiKey, secretKey: okx.secretKey, passphrase: okx.passphrase }));
process.stdin.resume();
process.stdin.on('close', () => okx.close().then(() => process.exit(0)));
process.stdin.on('end', () => okx.close().then(() => process.exit(0)));
