// The x402 and paywall .wasm's raw exports (src/wasm/x402.rs, `exports`) as the objects
// lib/x402-module.js and lib/flow.js drive: `X402Config` (the paywall's configuration),
// `X402Facilitator` and `X402Config.reconcile` (the x402 flavor only: the paywall flavor is
// built without them), `PaymentFlow` (one request's flow) and `x402_env_keys`, in the calling
// convention of lib/raw-abi.js.

import { rawAbi } from './raw-abi.js';
import { untyped } from './untyped.js';

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  const abi = rawAbi();
  const { put, text, live } = abi;

  class PaymentFlow extends abi.handle('flow_free') {
    start(nowMs) { return text(abi.w.flow_start(live(this), nowMs)); }
    resume(status, body, nowMs) { return text(abi.w.flow_resume(live(this), status, ...put(body), nowMs)); }
  }

  class X402Config extends abi.handle('config_free') {
    constructor(env) {
      super(abi.w.config_new(...put(env)));
    }
    pay(paymentSignature, xPayment, resource, endpoint, summary, claimToken, settlerKey, nowMs) {
      const args = [paymentSignature, xPayment, resource, endpoint, summary, claimToken, settlerKey].flatMap(put);
      return new PaymentFlow(abi.w.config_pay(live(this), ...args, nowMs));
    }
    sign_in(header, resource, endpoint, nowMs) {
      return new PaymentFlow(abi.w.config_sign_in(live(this), ...put(header), ...put(resource), ...put(endpoint), nowMs));
    }
    reconcile(facilitator, claimToken, settlerKey) {
      return new PaymentFlow(abi.w.config_reconcile(live(this), live(facilitator), ...put(claimToken), ...put(settlerKey)));
    }
  }

  class X402Facilitator extends abi.handle('facilitator_free') {
    constructor(env) {
      super(abi.w.facilitator_new(...put(env)));
    }
    discovery(query, functionsBase, nowMs) { return text(abi.w.facilitator_discovery(live(this), ...put(query), ...put(functionsBase), nowMs)); }
    supported() { return text(abi.w.facilitator_supported(live(this))); }
    flow(op, body, claimToken, settlerKey, nowMs) {
      return new PaymentFlow(abi.w.facilitator_flow(live(this), ...put(op), ...put(body), ...put(claimToken), ...put(settlerKey), nowMs));
    }
  }

  const glue = {
    initSync({ module }) {
      const w = abi.init(module);
      if (!w.facilitator_new) {
        // The paywall flavor: no facilitator, no reconcile.
        glue.X402Facilitator = untyped(undefined);
        untyped(X402Config.prototype).reconcile = undefined;
      }
      return w;
    },
    PaymentFlow,
    X402Config,
    X402Facilitator: untyped(X402Facilitator),
    x402_env_keys: () => text(abi.w.x402_env_keys()),
  };
  return glue;
}
