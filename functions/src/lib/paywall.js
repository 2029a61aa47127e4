// The x402 paywall. Rust (src/x402/flow) owns the paid request: it checks the payment, claims
// it in the ledger, settles or resolves it, records the outcome and says what to answer.
// lib/flow.js performs the I/O it asks for; this runs the seller's handler for a settled
// payment and adds the settlement headers; with a payment-identifier id it hands the response
// as sent to the ledger call the flow names, and answers a kept response again as it was.

import { internalError, logInternal, toResponse } from './http.js';
import { keepServed, projectDb, replayResponse, runFlow } from './flow.js';
import { untyped } from './untyped.js';
import * as paywallWasm from '../wasm/paywall.js';
import { release, x402Module } from './x402-module.js';
import { challengeReply } from './x402-challenge.js';
import { paywallPage } from '../deferred/paywall-page.js';
import { wantsPage } from './wants-page.js';

// The paywall flavor: the x402 module without the facilitator's and reconcile's exports.
const { wasm, config } = x402Module(paywallWasm);
const paywallConfig = () => config('X402Config');

function x402Resource(slug, req) {
  const explicit = Deno.env.get('X402_RESOURCE_URL');
  if (explicit) return explicit;
  const base = Deno.env.get('INSFORGE_BASE_URL');
  return base ? `${base.replace(/\/+$/, '')}/functions/${slug}` : req.url;
}

// A metered (`upto`) handler may state its charge in this response header too, as the
// reference servers read it: it is read, and never passed on to the buyer.
const OVERRIDES = 'settlement-overrides';

/**
 * Runs the seller's handler with the payment `info` (from the flow). A metered payment's info
 * gets `charge(amount)`: what the work cost ("1234" atomic units, "50%" of the ceiling,
 * "$0.05"); unset, the ceiling. A handler that throws answers 500.
 */
async function runHandler(handler, req, info, slug) {
  let charge = untyped(null);
  const payment = info.scheme === 'upto' ? { ...info, charge: (amount) => { charge = String(amount); } } : info;
  let res;
  try {
    res = await handler(req, payment);
    if (!(res instanceof Response)) throw new TypeError('the paid handler must return a Response');
  } catch (e) {
    console.error(`${slug}: paid handler failed (${e instanceof Error ? e.name : typeof e}); the payment stays valid for a retry`);
    res = internalError([]);
  }
  const stated = res.headers.get(OVERRIDES);
  if (stated !== null && charge === null) {
    try {
      const amount = JSON.parse(stated)?.amount;
      if (typeof amount === 'string') charge = amount;
    } catch (_e) {
      // Malformed: ignored, as the reference ignores it.
    }
  }
  return { res, charge };
}

/** The handler's response (run now, or the one the work kept) with the flow's headers. */
function withHeaders(res, extra) {
  const headers = new Headers(res.headers);
  headers.delete(OVERRIDES);
  for (const [k, v] of extra) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}

/**
 * The core's reply as sent: an unpaid browser navigation's 402 as the paywall page, anything else
 * as it is. The page is a convenience over the same challenge: should it fail to render (its
 * module is evaluated from text on first use, which a host may refuse), the JSON 402 is sent.
 */
function replyResponse(req, reply, slug) {
  if (!wantsPage(req, reply)) return toResponse(reply, []);
  try {
    return paywallPage(reply);
  } catch (e) {
    logInternal(`${slug} (page)`, e);
    return toResponse(reply, []);
  }
}

/** The paid endpoint: `handler(req, payment)` runs only for a settled payment. */
export function x402Paywall(slug, handler) {
  return async function (req) {
    let flow = untyped(null);
    try {
      const signIn = req.headers.get('sign-in-with-x');
      const paying = req.headers.get('payment-signature') || req.headers.get('x-payment');
      if (!signIn && !(paying || '').trim()) {
        // No payment: the challenge (or the page), without loading the verifier.
        return replyResponse(req, challengeReply(x402Resource(slug, req), `/functions/${slug}`), slug);
      }
      const config = paywallConfig();
      const summary = `${req.method} ${new URL(req.url).pathname}`;
      // A wallet that paid before, signing in instead of paying again (sign-in-with-x).
      flow = wasm.call(() =>
        signIn && !paying
          ? config.sign_in(signIn, x402Resource(slug, req), `/functions/${slug}`, Date.now())
          : config.pay(
              req.headers.get('payment-signature') || '',
              req.headers.get('x-payment') || '',
              x402Resource(slug, req),
              `/functions/${slug}`,
              summary,
              crypto.randomUUID(),
              Deno.env.get('SETTLER_PRIVATE_KEY') || '',
              Date.now(),
            ),
      );
      // A metered payment's work runs in the middle of its flow: its response is kept for the end.
      let kept = untyped(null);
      const io = {
        db: projectDb(),
        work: async (info) => {
          const { res, charge } = await runHandler(handler, req, info, slug);
          kept = res;
          return { status: res.status, body: JSON.stringify({ charge }) };
        },
      };
      const end = await runFlow(flow, io, wasm);
      if (end.kind === 'replay') return replayResponse(end.response, []);
      if (end.kind === 'serve') {
        const res = withHeaders(kept ?? (await runHandler(handler, req, end.info, slug)).res, end.headers);
        return end.keep ? await keepServed(io, end.keep, res, slug) : res;
      }
      // A metered payment refused after its work (its settlement failed): the work's response
      // is not delivered.
      await kept?.body?.cancel();
      return replyResponse(req, end.reply, slug);
    } catch (e) {
      logInternal(slug, e);
      return internalError([]);
    } finally {
      release(flow);
    }
  };
}
