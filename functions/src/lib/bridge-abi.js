// The bridge .wasm's raw exports (src/wasm/bridge.rs, `exports`) as the objects lib/bridge.js
// drives: `Bridge` (a provider's secrets, parsed once), `BridgeSession` (one request) and
// `BridgeStep`, in the calling convention of lib/raw-abi.js.

import { rawAbi } from './raw-abi.js';

/** What a session waits for (`BridgeSession.kind`); the numbers are the module's. */
export const BridgeStep = Object.freeze({ Respond: 0, SelectKey: 1, CheckSignature: 2, StytchAuthenticate: 3, Discover: 4, RaisePower: 5 });

/** A fresh glue per call: a trapped instance is dropped with everything it made. */
export function createWasmGlue() {
  const abi = rawAbi();
  const { put, text, bytes, live } = abi;

  class BridgeSession extends abi.handle('s_free') {
    get kind() { return abi.w.s_kind(live(this)); }
    reply() { return text(abi.w.s_reply(live(this))); }
    get claims_record() { return text(abi.w.s_claims_record(live(this))); }
    get discovery_url() { return text(abi.w.s_discovery_url(live(this))); }
    discovered(doc) { abi.w.s_discovered(live(this), ...put(doc)); }
    get alg() { return text(abi.w.s_alg(live(this))); }
    get jwks_url() { return text(abi.w.s_jwks_url(live(this))); }
    select_key(jwks) { abi.w.s_select_key(live(this), ...put(jwks)); }
    get power() { return text(abi.w.s_power(live(this))); }
    powered(power, now) { abi.w.s_powered(live(this), ...put(power), now); }
    get key() { return text(abi.w.s_key(live(this))); }
    get signing_input() { return bytes(abi.w.s_signing_input(live(this))); }
    get signature() { return bytes(abi.w.s_signature(live(this))); }
    signature_checked(valid, now) { abi.w.s_signature_checked(live(this), valid ? 1 : 0, now); }
    get stytch_request() { return text(abi.w.s_stytch_request(live(this))); }
    stytch_answer(status, body, now) { abi.w.s_stytch_answer(live(this), status, ...put(body), now); }
    fail(code) { abi.w.s_fail(live(this), ...put(code)); }
  }

  class Bridge extends abi.handle('bridge_free') {
    constructor(provider, env) {
      super(abi.w.bridge_new(...put(provider), ...put(env)));
    }
    static env_keys(provider) { return text(abi.w.env_keys(...put(provider))); }
    begin(method, origin, authorization, body, now) {
      return new BridgeSession(abi.w.bridge_begin(live(this), ...put(method), ...put(origin), ...put(authorization), ...put(body), now));
    }
  }

  const initSync = ({ module }) => abi.init(module);
  return { initSync, Bridge, BridgeSession, BridgeStep };
}
