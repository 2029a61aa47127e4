// node bench/paid-rpc.mjs <minMs> <maxMs> <seed>
// A JSON-RPC node stand-in for bench/paid-bench.mjs (--balance), in its own process like the
// OKX stand-in, on 127.0.0.1. It answers `eth_call` of `balanceOf(address)` (selector
// 0x70a08231) with a large balance (10^30), after a seeded uniform random delay in
// [minMs, maxMs): a public node's round trip. Any other method or call: a JSON-RPC error, after
// the same delay. Batches are answered element by element. Prints one JSON line {url};
// GET /__bench/calls answers its call counts by method; POST /__bench/poor with an address as
// body makes that payer's balance 0 (the bench's check that the answer is read). Exits when its
// stdin closes.

import http from 'node:http';

const [min = '20', max = '80', seedArg = '1026'] = process.argv.slice(2);
let a = Number(seedArg) >>> 0;
const rand = () => {
  // mulberry32
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const BALANCE_OF = '0x70a08231';
const LARGE = `0x${(10n ** 30n).toString(16).padStart(64, '0')}`;
const ZERO = `0x${'0'.repeat(64)}`;
const calls = { total: 0, balanceOf: 0, errors: 0, byMethod: {} };
const poor = new Set();

function answer(msg) {
  const id = msg?.id ?? null;
  const method = typeof msg?.method === 'string' ? msg.method : '?';
  calls.total++;
  calls.byMethod[method] = (calls.byMethod[method] ?? 0) + 1;
  const call = method === 'eth_call' && Array.isArray(msg.params) ? msg.params[0] : null;
  const data = String(call?.data ?? call?.input ?? '').toLowerCase();
  if (data.startsWith(BALANCE_OF) && data.length === 2 + 8 + 64) {
    calls.balanceOf++;
    const who = `0x${data.slice(-40)}`;
    return { jsonrpc: '2.0', id, result: poor.has(who) ? ZERO : LARGE };
  }
  calls.errors++;
  return { jsonrpc: '2.0', id, error: { code: -32601, message: `the bench's node stand-in answers balanceOf only (${method})` } };
}

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    const send = (status, obj) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    if (req.url === '/__bench/calls') return send(200, calls);
    if (req.url === '/__bench/poor') {
      poor.add(body.trim().toLowerCase());
      return send(200, { poor: poor.size });
    }
    await new Promise((r) => setTimeout(r, Number(min) + rand() * (Number(max) - Number(min))));
    let msg;
    try {
      msg = JSON.parse(body);
    } catch {
      return send(200, { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'parse error' } });
    }
    send(200, Array.isArray(msg) ? msg.map(answer) : answer(msg));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${server.address().port}` })));
process.stdin.resume();
const stop = () => server.close(() => process.exit(0));
process.stdin.on('close', stop);
process.stdin.on('end', stop);
