// x402-facilitator: a generic x402 facilitator for other resource servers.
//   POST verify    {x402Version, paymentPayload, paymentRequirements} → {isValid, invalidReason?, payer?}
//   POST settle    same body → {success, transaction, network, payer, errorReason?}
//   GET  supported → {kinds:[{x402Version, scheme, network}]}
//   GET  discovery/resources?type&payTo&scheme&network&limit&offset → the paid functions
//        X402_DISCOVERY declares (public: it lists only what their 402 challenges show anyone)
// Addressing: on Cloud the path suffix (/x402-facilitator/verify); on self-hosted InsForge
// (no sub-paths) `?op=verify` (`?op=discovery` for the listing) or the `X-Facilitator-Op`
// header; a GET without an op is supported.
//
// Rust (src/x402/facilitator.rs, src/x402/flow) parses and checks the request, runs the
// payment's flow (the same ledger claim, settlement and record as the paywall: a payment
// settles once, a duplicate gets the recorded answer, concurrent duplicates wait) and writes
// every answer. This routes the operation and performs the flow's I/O (lib/flow.js).

import { bearerMatches } from './bearer.js';
import { internalError, logInternal, toResponse } from './http.js';
import { projectDb, replayResponse, runFlow } from './flow.js';
import { untyped } from './untyped.js';
import { facilitatorConfig, release, replyOf, wasm } from './x402-wasm.js';

const FACILITATOR_SLUG = 'x402-facilitator';
const FACILITATOR_OPS = ['verify', 'settle', 'supported', 'discovery'];
// The query parameters of discovery/resources the core reads.
const DISCOVERY_PARAMS = ['type', 'payTo', 'scheme', 'network', 'extensions', 'limit', 'offset'];
// Rust refuses bodies over 16 KiB (413); of a far larger one only this much is handed to it.
const FACILITATOR_MAX_BODY_CHARS = 64 * 1024;
const FACILITATOR_CORS = [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Allow-Methods', 'GET, POST, OPTIONS'],
  ['Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Facilitator-Op'],
];

function facilitatorJson(status, body, extra = untyped([])) {
  const headers = [['Content-Type', 'application/json'], ...extra];
  if (status === 503) headers.push(['Retry-After', '5']);
  return toResponse({ status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) }, FACILITATOR_CORS);
}

function facilitatorError(status, error, message, extra = untyped([])) {
  return facilitatorJson(status, { error, message, statusCode: status }, extra);
}

/** The operation: Cloud path suffix, else `?op=`, else `X-Facilitator-Op`, else GET → supported. */
function facilitatorOp(req) {
  const url = new URL(req.url);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/discovery\/resources$/i.test(path)) return 'discovery';
  const last = path.split('/').pop() || '';
  if (FACILITATOR_OPS.includes(last.toLowerCase())) return last.toLowerCase();
  const named = url.searchParams.get('op') || req.headers.get('x-facilitator-op');
  if (named) return FACILITATOR_OPS.includes(named.trim().toLowerCase()) ? named.trim().toLowerCase() : 'unknown';
  return req.method === 'GET' ? 'supported' : 'unknown';
}

/** Open when X402_FACILITATOR_TOKEN is not set; otherwise the bearer token must match it. */
function facilitatorAuthorized(req) {
  const expected = Deno.env.get('X402_FACILITATOR_TOKEN');
  return !expected || bearerMatches(req, expected);
}

/** `GET /discovery/resources`: the core filters and pages the declared functions. */
function discovery(req) {
  if (req.method !== 'GET') return facilitatorError(405, 'method_not_allowed', 'use GET for discovery/resources', [['Allow', 'GET']]);
  const url = new URL(req.url);
  const query = JSON.stringify(Object.fromEntries(DISCOVERY_PARAMS.map((k) => [k, url.searchParams.get(k) ?? ''])));
  const base = (Deno.env.get('INSFORGE_BASE_URL') || url.origin).replace(/\/+$/, '');
  const config = facilitatorConfig();
  return facilitatorReply(wasm.call(() => config.discovery(query, `${base}/functions`, Date.now())));
}

/** A reply of the core (JSON text) as the response, with the facilitator's CORS headers. */
function facilitatorReply(text) {
  return toResponse(replyOf(text), FACILITATOR_CORS);
}

export function x402Facilitator() {
  return async function (req) {
    let flow = untyped(null);
    try {
      if (req.method === 'OPTIONS') return toResponse({ status: 204, headers: [], body: '' }, FACILITATOR_CORS);
      const op = facilitatorOp(req);
      if (op === 'discovery') return discovery(req);
      if (!facilitatorAuthorized(req)) {
        return facilitatorError(401, 'unauthorized', 'send Authorization: Bearer <X402_FACILITATOR_TOKEN>', [['WWW-Authenticate', 'Bearer']]);
      }
      if (op === 'unknown') {
        return facilitatorError(400, 'unknown_operation', 'name the operation: POST /verify or /settle, GET /supported or /discovery/resources (Cloud paths), or ?op=verify|settle|supported|discovery or the X-Facilitator-Op header');
      }
      const config = facilitatorConfig();
      if (op === 'supported') {
        if (req.method !== 'GET' && req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', 'use GET', [['Allow', 'GET']]);
        return facilitatorReply(wasm.call(() => config.supported()));
      }
      if (req.method !== 'POST') return facilitatorError(405, 'method_not_allowed', `use POST for ${op}`, [['Allow', 'POST']]);
      const text = (await req.text()).slice(0, FACILITATOR_MAX_BODY_CHARS);
      flow = wasm.call(() => config.flow(op, text, crypto.randomUUID(), Deno.env.get('SETTLER_PRIVATE_KEY') || '', Date.now()));
      const end = await runFlow(flow, { db: projectDb() }, wasm);
      if (end.kind === 'replay') return replayResponse(end.response, FACILITATOR_CORS);
      return toResponse(end.reply, FACILITATOR_CORS);
    } catch (e) {
      logInternal(FACILITATOR_SLUG, e);
      return internalError(FACILITATOR_CORS);
    } finally {
      release(flow);
    }
  };
}
