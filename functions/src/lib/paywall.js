// The x402 paywall. Rust (src/x402/flow) owns the paid request: it checks the payment, claims
// it in the ledger, settles or resolves it, records the outcome and says what to answer.
// lib/flow.js performs the I/O it asks for; this runs the seller's handler for a settled
// payment and adds the settlement headers; with a payment-identifier id it hands the response
// as sent to the ledger call the flow names, and answers a kept response again as it was.

import { internalError, logInternal, toResponse } from './http.js';
import { keepServed, ledgerDb, replayResponse, runFlow } from './flow.js';
import { untyped } from './untyped.js';
import { paywallConfig, release, wasm } from './x402-wasm.js';
import { challengeReply } from './x402-challenge.js';
import { paywallPage, wantsPage } from './paywall-page.js';

function x402Resource(slug, req) {
  const explicit = Deno.env.get('X402_RESOURCE_URL');
  if (explicit) return explicit;
  const base = Deno.env.get('INSFORGE_BASE_URL');
  return base ? `${base.replace(/\/+$/, '')}/functions/${slug}` : req.url;
}

/** Runs the seller's handler for a settled payment (`info`, from the flow) and adds its headers. */
async function servePaid(handler, req, end, slug) {
  let res;
  try {
    res = await handler(req, end.info);
    if (!(res instanceof Response)) throw new TypeError('the paid handler must return a Response');
  } catch (e) {
    console.error(`${slug}: paid handler failed (${e instanceof Error ? e.name : typeof e}); the payment stays valid for a retry`);
    res = internalError([]);
  }
  const headers = new Headers(res.headers);
  for (const [k, v] of end.headers) headers.set(k, v);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
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
        const reply = challengeReply(x402Resource(slug, req), `/functions/${slug}`);
        return wantsPage(req, reply) ? paywallPage(reply) : toResponse(reply, []);
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
      const io = { db: ledgerDb() };
      const end = await runFlow(flow, io);
      if (end.kind === 'replay') return replayResponse(end.response, []);
      if (end.kind === 'serve') {
        const res = await servePaid(handler, req, end, slug);
        return end.keep ? await keepServed(io, end.keep, res, slug) : res;
      }
      if (wantsPage(req, end.reply)) return paywallPage(end.reply);
      return toResponse(end.reply, []);
    } catch (e) {
      logInternal(slug, e);
      return internalError([]);
    } finally {
      release(flow);
    }
  };
}
