// A committed bundle evaluated exactly as self-hosted InsForge evaluates a function (a function
// body with six injected names), returning its handler: `module.exports`. Runs in Deno or Node.
// `secrets` is what the frozen stub `Deno.env.get` answers; `createClient` is injected as given
// (the bench paths never reach the database).

export function evaluateBundle(code, secrets, createClient = null) {
  const module = { exports: {} };
  const env = Object.freeze({ get: (key) => secrets[key] });
  const stubDeno = Object.freeze({ env });
  const encodeBase64 = (data) => btoa(String.fromCharCode(...(typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data))));
  const decodeBase64 = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  new Function('exports', 'module', 'createClient', 'Deno', 'encodeBase64', 'decodeBase64', code)(module.exports, module, createClient, stubDeno, encodeBase64, decodeBase64);
  if (typeof module.exports !== 'function') throw new Error('the bundle did not set module.exports to a handler');
  return module.exports;
}

/**
 * The blob URL of a module Worker that evaluates the bundle it is sent as self-hosted InsForge
 * does and answers one Request, after importing @insforge/sdk as the platform's Worker does (so
 * the heap a function starts from is the same) and with its `createClient` injected, as the
 * platform injects it. Message: {code, secrets, headers, wholeBody?}; answer: {evaluateMs,
 * requestMs, status, headers, body}. Deno only.
 */
export function requestWorkerUrl() {
  const source = `
import { evaluateBundle } from '${import.meta.url}';
const sdk = import('npm:@insforge/sdk');
self.onmessage = async (e) => {
  const { createClient } = await sdk;
  const { code, secrets, headers } = e.data;
  const t0 = performance.now();
  const handler = evaluateBundle(code, secrets, createClient);
  const t1 = performance.now();
  const res = await handler(new Request('http://bench.local/functions/f', { method: 'POST', headers }));
  const body = await res.text();
  self.postMessage({ evaluateMs: t1 - t0, requestMs: performance.now() - t1, status: res.status, headers: [...res.headers], body: e.data.wholeBody ? body : body.slice(0, 2000) });
};`;
  return URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
}

/**
 * Runs one message through a fresh module Worker made from `url` (Deno) and resolves with its
 * one answer; the Worker is terminated either way.
 */
export function inWorker(url, message) {
  return new Promise((resolve, reject) => {
    const w = new Worker(url, { type: 'module' });
    w.onmessage = (e) => {
      w.terminate();
      resolve(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      reject(new Error(e.message));
    };
    w.postMessage(message);
  });
}

/** Median of a list of numbers (the middle one; the upper middle for an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
