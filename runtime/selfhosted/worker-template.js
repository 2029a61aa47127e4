/**
 * Our reproduction of InsForge's self-hosted worker (InsForge/InsForge
 * functions/worker-template.js), behaviour for behaviour, for Deno 2.0.6.
 * One fresh module Worker per request: it evaluates the function source as a
 * FUNCTION BODY, runs it once on the request it is posted, posts the answer back.
 *
 * Only deliberate difference: InsForge imports encodeBase64/decodeBase64 from
 * https://deno.land/std@0.224.0/encoding/base64.ts; deno.land is unreachable here, so
 * the same two functions (same alphabet, padding, input validation and error text,
 * atob-based decoding) are defined inline below.
 */
/* eslint-env worker */

// 1. Blind the worker before anything else runs: a frozen stub `Deno` whose env only
//    knows NODE_ENV, and a sterile process.env. (On Deno 2.9 the `process` probe below
//    loads node:process, which touches the frozen Deno and fails every request -- this
//    is why the self-hosted contract is run on 2.0.6, InsForge's pinned version.)
const sterileEnv = { NODE_ENV: 'production' };
try {
  const stubEnv = {
    get: (key) => sterileEnv[key] ?? undefined,
    set: () => {
      throw new Error('Deno.env.set is disabled');
    },
    delete: () => {
      throw new Error('Deno.env.delete is disabled');
    },
    toObject: () => ({ ...sterileEnv }),
    has: (key) => key in sterileEnv,
  };
  Object.defineProperty(globalThis, 'Deno', {
    value: Object.freeze({ env: stubEnv }),
    configurable: false,
    writable: false,
  });
  if (!globalThis.process) globalThis.process = {};
  globalThis.process.env = { ...sterileEnv };
} catch (e) {
  console.error('Security shadow application failed:', e);
  self.postMessage({ success: false, error: 'Security Initialization Error', status: 500 });
  self.close();
  throw new Error('Security initialization failed - halting worker');
}

// 2. The host posts the request right after `new Worker()`; keep anything that arrives
//    while the SDK import below is still pending, replay it once the handler is ready.
const pending = [];
self.onmessage = (e) => {
  pending.push(e);
};

// 3. Deno std 0.224.0 encoding/base64 semantics, reimplemented.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function toBytes(source) {
  if (typeof source === 'string') return new TextEncoder().encode(source);
  if (source instanceof Uint8Array) return source;
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  const type = typeof source;
  const name = type !== 'object' ? type : source === null ? 'null' : source?.constructor?.name ?? 'object';
  throw new TypeError(
    `The input must be a Uint8Array, a string, or an ArrayBuffer. Received a value of the type ${name}.`,
  );
}
function encodeBase64Std(data) {
  const u8 = toBytes(data);
  let out = '';
  let i = 0;
  for (; i + 2 < u8.length; i += 3) {
    const n = (u8[i] << 16) | (u8[i + 1] << 8) | u8[i + 2];
    out += B64[n >> 18] + B64[(n >> 12) & 63] + B64[(n >> 6) & 63] + B64[n & 63];
  }
  const rest = u8.length - i;
  if (rest === 1) out += B64[u8[i] >> 2] + B64[(u8[i] & 3) << 4] + '==';
  else if (rest === 2) {
    out += B64[u8[i] >> 2] + B64[((u8[i] & 3) << 4) | (u8[i + 1] >> 4)] + B64[(u8[i + 1] & 15) << 2] + '=';
  }
  return out;
}
function decodeBase64Std(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

// 4. Late import of the real SDK (after the blackout, so its dependencies see the stubs).
//    A failed import answers the request with a 500 instead of letting it time out, and
//    only closes once a message has been answered (10 s backstop), like InsForge.
let createClient;
const encodeBase64 = encodeBase64Std;
const decodeBase64 = decodeBase64Std;
let importFailed = false;
try {
  ({ createClient } = await import('npm:@insforge/sdk'));
} catch (importError) {
  importFailed = true;
  const failMsg = 'SDK import failed: ' + (importError?.message || importError);
  console.error(failMsg);
  const failAndClose = () => {
    self.postMessage({ success: false, error: failMsg, status: 500 });
    self.close();
  };
  if (pending.splice(0).length > 0) failAndClose();
  else {
    self.onmessage = failAndClose;
    setTimeout(() => self.close(), 10000);
  }
}

const NO_BODY = [204, 205, 304];

async function serialize(res) {
  return {
    status: res.status,
    statusText: res.statusText,
    headers: Object.fromEntries(res.headers),
    body: NO_BODY.includes(res.status) ? null : await res.text(),
  };
}

async function runOnce(e) {
  const { code, requestData, secrets = {} } = e.data;
  try {
    // The user's view of Deno: secrets by key only (no toObject, no enumeration), and
    // explicit refusals for the subprocess APIs.
    const userDeno = {
      env: { get: (key) => secrets[key] ?? undefined },
      run: () => {
        throw new Error('Deno.run is natively disabled');
      },
      spawn: () => {
        throw new Error('Deno.spawn is natively disabled');
      },
      Command: function () {
        throw new Error('Deno.Command is natively disabled');
      },
    };
    const body = new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', code);
    const exports = {};
    const module = { exports };
    body(exports, module, createClient, userDeno, encodeBase64, decodeBase64);
    const handler = module.exports || exports.default || exports;
    if (typeof handler !== 'function') {
      throw new Error('No function exported. Expected: module.exports = async function(req) { ... }');
    }
    const request = new Request(requestData.url, {
      method: requestData.method,
      headers: requestData.headers,
      body: requestData.body,
    });
    const response = await handler(request);
    self.postMessage({ success: true, response: await serialize(response) });
  } catch (error) {
    if (error instanceof Response) {
      self.postMessage({ success: true, response: await serialize(error) });
    } else {
      self.postMessage({ success: false, error: error.message || 'Unknown error', status: error.status || 500 });
    }
  }
}

if (!importFailed) {
  self.onmessage = runOnce;
  for (const e of pending.splice(0)) await runOnce(e);
}
