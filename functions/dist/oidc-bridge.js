// oidc-bridge: an insforge-edge function (Rust to WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy oidc-bridge --file <this file>
// Generated file: edit functions/src and run `npm run build`.
// insforge-edge 0.1.0
// source-hash: sha256:2ceb2219e1aad14624159bbfdf495a6f2c2ba124be754e6e594ae9e033e5553b
(() => {
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// functions/src/wasm/bridge.js
var bridge_exports = {};
__export(bridge_exports, {
  WASM_TEXT: () => WASM_TEXT,
  WASM_TEXT_LENGTH: () => WASM_TEXT_LENGTH,
  createWasmGlue: () => createWasmGlue
});
function __wbgAny(x) {
  return x;
}
function createWasmGlue() {
  let wasm_bindgen = (function(exports) {
    let script_src;
    class Bridge {
      __wbg_ptr;
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        BridgeFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm2.__wbg_bridge_free(ptr, 0);
      }
      /**
       * Starts one request's session. `now` is in seconds.
       * @param {string} method
       * @param {string | null | undefined} origin
       * @param {string | null | undefined} authorization
       * @param {string} body
       * @param {number} now
       * @returns {BridgeSession}
       */
      begin(method, origin, authorization, body, now) {
        const val5 = +now;
        let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
        try {
          ptr0 = passStringToWasm0(method, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len0 = WASM_VECTOR_LEN;
          ptr1 = isLikeNone(origin) ? 0 : passStringToWasm0(origin, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len1 = WASM_VECTOR_LEN;
          ptr2 = isLikeNone(authorization) ? 0 : passStringToWasm0(authorization, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len2 = WASM_VECTOR_LEN;
          ptr3 = passStringToWasm0(body, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len3 = WASM_VECTOR_LEN;
        } catch (e) {
          if (ptr3) {
            wasm2.__wbindgen_free(ptr3, len3 * 1, 1);
          }
          if (ptr2) {
            wasm2.__wbindgen_free(ptr2, len2 * 1, 1);
          }
          if (ptr1) {
            wasm2.__wbindgen_free(ptr1, len1 * 1, 1);
          }
          if (ptr0) {
            wasm2.__wbindgen_free(ptr0, len0 * 1, 1);
          }
          throw e;
        }
        const ret = wasm2.bridge_begin(this.__wbg_ptr, ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3, val5);
        return BridgeSession.__wrap(ret);
      }
      /**
       * Comma-separated secret names the provider's function reads.
       * @param {string} provider
       * @returns {string}
       */
      static env_keys(provider) {
        let deferred2_0;
        let deferred2_1;
        try {
          const ptr0 = passStringToWasm0(provider, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          const len0 = WASM_VECTOR_LEN;
          const ret = wasm2.bridge_env_keys(ptr0, len0);
          deferred2_0 = ret[0];
          deferred2_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm2.__wbindgen_free(deferred2_0, deferred2_1, 1);
        }
      }
      /**
       * `env` is the `{name: value}` JSON of the secrets named by [`Bridge::env_keys`], read
       * whole whatever its length: each secret is then held to its own reader's limits, so one
       * beyond them is named (`WORKOS_JWKS has 1001 keys; at most 256`).
       * @param {string} provider
       * @param {string} env
       */
      constructor(provider, env) {
        let ptr0, len0, ptr1, len1;
        try {
          ptr0 = passStringToWasm0(provider, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len0 = WASM_VECTOR_LEN;
          ptr1 = passStringToWasm0(env, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
          len1 = WASM_VECTOR_LEN;
        } catch (e) {
          if (ptr1) {
            wasm2.__wbindgen_free(ptr1, len1 * 1, 1);
          }
          if (ptr0) {
            wasm2.__wbindgen_free(ptr0, len0 * 1, 1);
          }
          throw e;
        }
        const ret = wasm2.bridge_new(ptr0, len0, ptr1, len1);
        this.__wbg_ptr = ret;
        BridgeFinalization.register(this, this.__wbg_ptr, this);
        return this;
      }
    }
    if (Symbol.dispose) Bridge.prototype[Symbol.dispose] = Bridge.prototype.free;
    exports.Bridge = Bridge;
    class BridgeSession {
      __wbg_ptr;
      static __wrap(ptr) {
        const obj = Object.create(BridgeSession.prototype);
        obj.__wbg_ptr = ptr;
        BridgeSessionFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
      }
      __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        BridgeSessionFinalization.unregister(this);
        return ptr;
      }
      free() {
        const ptr = this.__destroy_into_raw();
        wasm2.__wbg_bridgesession_free(ptr, 0);
      }
      /**
       * `RS256`, `PS256` or `ES256` while `kind` is `CheckSignature` (else empty).
       * @returns {string}
       */
      get alg() {
        let deferred1_0;
        let deferred1_1;
        try {
          const ret = wasm2.bridgesession_alg(this.__wbg_ptr);
          deferred1_0 = ret[0];
          deferred1_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm2.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
      }
      /**
       * Once a token is minted and BRIDGE_CLAIMS maps claims: `{"iat": \u2026, "claims": {\u2026}}`, the
       * provider token's `iat` and the mapped claims (`{}` when the token carried none), which
       * JS hands to the database as text (never parsed into JS numbers) before the reply
       * leaves; undefined otherwise.
       * @returns {string | undefined}
       */
      get claims_record() {
        const ret = wasm2.bridgesession_claims_record(this.__wbg_ptr);
        let v1;
        if (ret[0] !== 0) {
          v1 = getStringFromWasm0(ret[0], ret[1]);
          wasm2.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v1;
      }
      /**
       * The fetched discovery document: then `kind` is `SelectKey` (its `jwks_uri` in
       * `jwks_url`) or `Respond` (issuer not the configured one, bad document, out of order).
       * @param {string} doc
       */
      discovered(doc) {
        const ptr0 = passStringToWasm0(doc, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        wasm2.bridgesession_discovered(this.__wbg_ptr, ptr0, len0);
      }
      /**
       * The discovery document's URL while `kind` is `Discover`.
       * @returns {string | undefined}
       */
      get discovery_url() {
        const ret = wasm2.bridgesession_discovery_url(this.__wbg_ptr);
        let v1;
        if (ret[0] !== 0) {
          v1 = getStringFromWasm0(ret[0], ret[1]);
          wasm2.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v1;
      }
      /**
       * A failed I/O step: `provider_unreachable`, `provider_error` or `unknown_key`.
       * @param {string} code
       */
      fail(code) {
        const ptr0 = passStringToWasm0(code, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        wasm2.bridgesession_fail(this.__wbg_ptr, ptr0, len0);
      }
      /**
       * The JWKS URL to fetch while `kind` is `SelectKey`; undefined when the keys are pinned.
       * @returns {string | undefined}
       */
      get jwks_url() {
        const ret = wasm2.bridgesession_jwks_url(this.__wbg_ptr);
        let v1;
        if (ret[0] !== 0) {
          v1 = getStringFromWasm0(ret[0], ret[1]);
          wasm2.__wbindgen_free(ret[0], ret[1] * 1, 1);
        }
        return v1;
      }
      /**
       * The chosen key as a JWK (JSON) while `kind` is `CheckSignature` (else empty).
       * @returns {string}
       */
      get key() {
        let deferred1_0;
        let deferred1_1;
        try {
          const ret = wasm2.bridgesession_key(this.__wbg_ptr);
          deferred1_0 = ret[0];
          deferred1_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm2.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
      }
      /**
       * @returns {BridgeStep}
       */
      get kind() {
        const ret = wasm2.bridgesession_kind(this.__wbg_ptr);
        return ret;
      }
      /**
       * `{status, headers, body}` JSON once `kind` is `Respond` (the 500 reply before that).
       * @returns {string}
       */
      reply() {
        let deferred1_0;
        let deferred1_1;
        try {
          const ret = wasm2.bridgesession_reply(this.__wbg_ptr);
          deferred1_0 = ret[0];
          deferred1_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm2.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
      }
      /**
       * Chooses the key by the token's `kid` from `jwks`, the fetched document (undefined when
       * pinned). Then `kind` is `CheckSignature`, `Respond`, or still `SelectKey` when no key
       * has that `kid` (a fresh set may be tried once, else `fail("unknown_key")`).
       * @param {string | null} [jwks]
       */
      select_key(jwks2) {
        var ptr0 = isLikeNone(jwks2) ? 0 : passStringToWasm0(jwks2, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
        var len0 = WASM_VECTOR_LEN;
        wasm2.bridgesession_select_key(this.__wbg_ptr, ptr0, len0);
      }
      /**
       * WebCrypto's verdict: mints for the session's own identity only on `true`, once.
       * @param {boolean} valid
       * @param {number} now
       */
      signature_checked(valid, now) {
        wasm2.bridgesession_signature_checked(this.__wbg_ptr, valid, now);
      }
      /**
       * The raw signature while `kind` is `CheckSignature` (else empty).
       * @returns {Uint8Array}
       */
      get signature() {
        const ret = wasm2.bridgesession_signature(this.__wbg_ptr);
        var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
        wasm2.__wbindgen_free(ret[0], ret[1] * 1, 1);
        return v1;
      }
      /**
       * The bytes the signature covers while `kind` is `CheckSignature` (else empty).
       * @returns {Uint8Array}
       */
      get signing_input() {
        const ret = wasm2.bridgesession_signing_input(this.__wbg_ptr);
        var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
        wasm2.__wbindgen_free(ret[0], ret[1] * 1, 1);
        return v1;
      }
      /**
       * @param {number} status
       * @param {string} body
       * @param {number} now
       */
      stytch_answer(status, body, now) {
        const val2 = +status;
        const val3 = +now;
        const ptr0 = passStringToWasm0(body, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        wasm2.bridgesession_stytch_answer(this.__wbg_ptr, val2, ptr0, len0, val3);
      }
      /**
       * `{url, method, headers, body}` JSON to send while `kind` is `StytchAuthenticate` (else empty).
       * @returns {string}
       */
      get stytch_request() {
        let deferred1_0;
        let deferred1_1;
        try {
          const ret = wasm2.bridgesession_stytch_request(this.__wbg_ptr);
          deferred1_0 = ret[0];
          deferred1_1 = ret[1];
          return getStringFromWasm0(ret[0], ret[1]);
        } finally {
          wasm2.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
      }
    }
    if (Symbol.dispose) BridgeSession.prototype[Symbol.dispose] = BridgeSession.prototype.free;
    exports.BridgeSession = BridgeSession;
    const BridgeStep = Object.freeze({
      /**
       * `reply()` is the answer.
       */
      Respond: 0,
      "0": "Respond",
      /**
       * Fetch `discovery_url` (OpenID Connect discovery), then `discovered(doc)` (or `fail`).
       */
      Discover: 4,
      "4": "Discover",
      /**
       * The JWKS: fetch `jwks_url` (undefined when pinned), then `select_key(doc)`.
       */
      SelectKey: 1,
      "1": "SelectKey",
      /**
       * Verify `signature` over `signing_input` with `key` by `alg`, then `signature_checked`.
       */
      CheckSignature: 2,
      "2": "CheckSignature",
      /**
       * Send `stytch_request`, then `stytch_answer` (or `fail`).
       */
      StytchAuthenticate: 3,
      "3": "StytchAuthenticate"
    });
    exports.BridgeStep = BridgeStep;
    function __wbg_get_imports() {
      return __wbgAny(__wbg_get_imports_typed());
    }
    function __wbg_get_imports_typed() {
      const import0 = {
        __proto__: null,
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
          throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbindgen_init_externref_table: function() {
          const table = wasm2.__wbindgen_externrefs;
          table.set(0, void 0);
          table.set(1024, void 0);
          table.set(1025, null);
          table.set(1026, true);
          table.set(1027, false);
        }
      };
      return {
        __proto__: null,
        "./insforge_edge_bg.js": import0
      };
    }
    const BridgeFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm2.__wbg_bridge_free(ptr, 1));
    const BridgeSessionFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
    }, unregister: () => {
    } } : new FinalizationRegistry((ptr) => wasm2.__wbg_bridgesession_free(ptr, 1));
    function getArrayU8FromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
    }
    function getStringFromWasm0(ptr, len) {
      ptr = ptr >>> 0;
      return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
    }
    let cachedUint8ArrayMemory0 = __wbgAny(null);
    function getUint8ArrayMemory0() {
      if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm2.memory.buffer);
      }
      return cachedUint8ArrayMemory0;
    }
    function isLikeNone(x) {
      return x === void 0 || x === null;
    }
    function passStringToWasm0(arg, malloc, realloc) {
      if (realloc === void 0) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr2 = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr2;
      }
      let len = arg.length;
      let ptr = malloc(len, 1) >>> 0;
      const mem = getUint8ArrayMemory0();
      let offset = 0;
      for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 127) break;
        mem[ptr + offset] = code;
      }
      if (offset !== len) {
        if (offset !== 0) {
          arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);
        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
      }
      WASM_VECTOR_LEN = offset;
      return ptr;
    }
    let cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
    cachedTextDecoder.decode();
    function decodeText(bytes) {
      return cachedTextDecoder.decode(bytes);
    }
    const cachedTextEncoder = __wbgAny(new TextEncoder());
    if (!("encodeInto" in cachedTextEncoder)) {
      cachedTextEncoder.encodeInto = function(arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
          read: arg.length,
          written: buf.length
        };
      };
    }
    let WASM_VECTOR_LEN = 0;
    let wasmModule, wasmInstance, wasm2;
    function __wbg_finalize_init(instance, module) {
      wasmInstance = instance;
      wasm2 = instance.exports;
      wasmModule = module;
      cachedUint8ArrayMemory0 = null;
      wasm2.__wbindgen_start();
      return wasm2;
    }
    async function __wbg_load(module, imports) {
      if (typeof Response === "function" && module instanceof Response) {
        if (!module.ok) {
          throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
        }
        if (typeof WebAssembly.instantiateStreaming === "function") {
          try {
            return await WebAssembly.instantiateStreaming(module, imports);
          } catch (e) {
            const validResponse = expectedResponseType(module.type);
            if (validResponse && module.headers.get("Content-Type") !== "application/wasm") {
              console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);
            } else {
              throw e;
            }
          }
        }
        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
      } else {
        const instance = await WebAssembly.instantiate(module, imports);
        if (instance instanceof WebAssembly.Instance) {
          return { instance, module };
        } else {
          return instance;
        }
      }
      function expectedResponseType(type) {
        switch (type) {
          case "basic":
          case "cors":
          case "default":
            return true;
        }
        return false;
      }
    }
    function initSync(module) {
      if (wasm2 !== void 0) return wasm2;
      if (module !== void 0) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
          ({ module } = module);
        } else {
          console.warn("using deprecated parameters for `initSync()`; pass a single object instead");
        }
      }
      const imports = __wbg_get_imports();
      if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
      }
      const instance = new WebAssembly.Instance(module, imports);
      return __wbg_finalize_init(instance, module);
    }
    let __wbg_init_promise;
    async function __wbg_init(module_or_path) {
      if (wasm2 !== void 0) return wasm2;
      if (__wbg_init_promise === void 0) {
        __wbg_init_promise = __wbg_init_once(module_or_path);
        __wbg_init_promise.catch(() => {
          __wbg_init_promise = void 0;
        });
      }
      return __wbg_init_promise;
    }
    async function __wbg_init_once(module_or_path) {
      if (module_or_path !== void 0) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
          ({ module_or_path } = module_or_path);
        } else {
          console.warn("using deprecated parameters for the initialization function; pass a single object instead");
        }
      }
      if (module_or_path === void 0 && script_src !== void 0) {
        module_or_path = script_src.replace(/\.js$/, "_bg.wasm");
      }
      const imports = __wbg_get_imports();
      if (typeof module_or_path === "string" || typeof Request === "function" && module_or_path instanceof Request || typeof URL === "function" && module_or_path instanceof URL) {
        module_or_path = fetch(module_or_path);
      }
      const { instance, module } = await __wbg_load(await module_or_path, imports);
      return __wbg_finalize_init(instance, module);
    }
    return Object.assign(__wbg_init, { initSync }, exports);
  })(__wbgAny({ __proto__: null }));
  return wasm_bindgen;
}
function WASM_TEXT() {
  /*! AGFzbQEAAAABjgEVYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2AEf39/fwBgBH9/f38Bf2AAAn9/YAF/AX9gAX8Cf39gBX9/f39/AGAAAGAEf39/fgBgCn9/f39/f39/f3wBf2AFf39/f3wAYAZ/f39/f38AYAN/f3wAYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA/EB7wEEAgAAAgADAgYABAoMDQUECgUCAwUAAwAAAAYEAw4PAwYFBQIAAgYAAggGAwUABgAFEAADAAACBgMBAAUCAwQCBQACAgQIBQAAAAMBAQAAAAUCAgICBQAAAgIDAAQAAwACAwUAAgADAQIDAQQFBQUKAgIDAgIABhECCAAAAAAAAgEGAAADAAUCAAAIBgIABAESBAACAwMDAwMDBAQECgETAQEAAAAACQkJCQkJCQkJBgEBBQAAAAEBBgQBAQECAQEAAQQEAQAEAQEDAQECAwMIAggIAQEBAgMGFAEBCAgBAQEBAQEBAQEDAQELAAELBQQJAnABGRlvAIQIBQMBABEGGQN/AUGAgMAAC38AQZTJwAALfwBBuMrAAAsHjQUcBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAE8YX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFAMYnJpZGdlX2JlZ2luAA8PYnJpZGdlX2Vudl9rZXlzAKEBCmJyaWRnZV9uZXcALBFicmlkZ2VzZXNzaW9uX2FsZwCsARticmlkZ2VzZXNzaW9uX2NsYWltc19yZWNvcmQAqAEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAFMbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsAKkBEmJyaWRnZXNlc3Npb25fZmFpbABUFmJyaWRnZXNlc3Npb25fandrc191cmwArwERYnJpZGdlc2Vzc2lvbl9rZXkArQESYnJpZGdlc2Vzc2lvbl9raW5kANsBE2JyaWRnZXNlc3Npb25fcmVwbHkArgEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AFUXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAsAEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAAzG2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dACqARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAHxxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0AKsBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAG0SX193YmluZGdlbl9yZWFsbG9jAHgPX193YmluZGdlbl9mcmVlAM4BEF9fd2JpbmRnZW5fc3RhcnQAAQkrAQBBAQsY6QEVnAFGjQEi2gEcmQE6mwE/lgEYmgEtlwGGAZ0BHZgBNe8BEQwBJAqo0gPvAbMJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBigCACEIIAYoAgQhBQNAAkAgCCIDIAVGDQAgBiADQQFqIgg2AgAgAy0AACIHQdwARg0AIAdB/wBrQf8BcUGhAUsNAQsLAkAgAyAFRw0AIAJBOGpBhYfAAEEIIAAgARCfAQJ/IAIoAjgiCARAIAghAyACKAI8DAELIAJBMGpBjYfAAEEHIAAgARCfASACKAIwIgNFDQEgAigCNAshACACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgADYCZCACIAA2AlAgAiAAIANqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEDwgAigCLCIEQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAERw0ACwsgAyACKAJgIgFqIQAgCSABayEEDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEEC0EAIQcgAkEgaiAAQQEgABsiASAEQQAgABsiAEHbABBkAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AED0gAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQZCACKAIYIgdFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQPSACKAJAIgNFDQIgAigCTCEJIAIoAkghByACKAJEIQAgAyEBDAILQQAhByADRQ0BC0EAIQQMAQsgAiAANgJwIAIgATYCbEEAIQQgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhBiALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgBiIDIAxGDQAgCyADQQFqIgY2AgAgAy0AACEFIA1FBEAgBUEwa0H/AXFBCkkgBUHfAXFBwQBrQf8BcUEaSXIgBUHfAEYgBUEta0ECSXJyDQIMAQsgBUEuRiAFQTBrQf8BcUELSXIgBUHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgB0UEQCAIRQ0BDAILIAggByAJQQUQYyIERXINAgsgCkUEQCABIABBlIfAAEEJEDANASACQfgAaiIDIAEgAEEuELQBIAJBEGogAxAbIAIgAikDEDcCQEEAIQQgAkFAa0Gsh8AAEJABRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAbIAIoAggNAAsgAA0CA0AgAiACQfgAahAbIAIoAgAiAEUhBCAARQ0DIAAgAigCBCIBQQMQY0UNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakGgh8AAEMgBIQQMAQtBASEECyACQaABaiQAIAQLoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEBYCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQFiAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQFiAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QFiAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQFiAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQFiAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJBgMLAABBaAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQFiAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEBYgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQYDCwAAQWgALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC7UGAQ5/IwBBkAFrIgIkACACQQRqIgRBAEHAAPwLACACQoCAgIDAADcCUCACQcAANgJIIAIgATYCRCACIAFBQGs2AkwgAkHEAGoiAyIBKAIQIgVFBEBB+MjAAEEzQZDCwAAQegALIAEoAgQgBW4hBSACQdgAaiIBIAM2AgQgASAENgIAIAFBADYCHCABIAMpAgA3AgggASADKQIINwIQIAEgAygCEDYCGCABIAUgAyAEa0ECdiIBIAEgBUsbNgIgIAIoAnQiBiACKAJ4IgEgASAGSRshCCACKAJgIAYgAigCcCIEbGohBSACKAJYIQkDQCAGIAhHBEBBACEHIAQEQCAFIQEgBCEDA0AgAS0AACAHQQh0ciEHIAFBAWohASADQQFrIgMNAAsLIAkgBkECdGogBkEBaiEGIAc2AgAgBCAFaiEFDAELCyAAKAIcIQ0gACgCGCEJIAAoAhQhASAAKAIQIQggACgCDCEOIAAoAgghBiAAKAIEIQcgACgCACEKQQAhA0GAfiELA0AgCSEFIAEhCSAIIQEgBiEEIAchBiAKIQcCQAJAIAsEQCADQQFqIQ8gA0EPSw0BIAMhCAwCCyACQgA3AogBIAIgDTYChAEgAiAFNgKAASACIAk2AnwgAiABNgJ4IAIgDjYCdCACIAQ2AnAgAiAGNgJsIAIgBzYCaCACQegAaiEDQQAhAQNAIAFBIEcEQCAAIAFqIgQgBCgCACABIANqKAIAajYCACABQQRqIQEMAQsLIAJBkAFqJAAPCyACQQRqIgogA0EPcSIIQQJ0aiIMIANBCWpBD3FBAnQgCmooAgAgDCgCACAPQQ9xQQJ0IApqKAIAIgxBGXcgDEEOd3MgDEEDdnNqaiADQQ5qQQ9xQQJ0IApqKAIAIgNBD3cgA0ENd3MgA0EKdnNqNgIACyACQQRqIAhBAnRqKAIAIAtBgMLAAGooAgAgASAJcSABQRp3IAFBFXdzIAFBB3dzaiANaiAFIAFBf3NxampqIgMgBCAGcyAHcSAEIAZxcyAHQR53IAdBE3dzIAdBCndzamohCiADIA5qIQggC0EEaiELIAQhDiAFIQ0gDyEDDAALAAuQCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGEgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQjwEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0A+MZAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqENwBDAMLIAJBGGogARBhIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCPAQwCCyACQRBqIAEQKSACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBeRQ0BIAFB9QAQXkUNASACQQhqIAEQKSACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQ0BIAIgAyACQTBqEGYgAkEkaiACKAIAIgMgAigCBCADaiADaxByDAILCwsgAEGAgICAeDYCACACQSRqENwBCyACQdAAaiQAC7UEAgR/AX4jAEGgAWsiAyQAIANBDGpBAEHAAPwLACADQQA2AmwgA0H0v8AAKQIANwJkIANB7L/AACkCADcCXCADQeS/wAApAgA3AlQgA0Hcv8AAKQIANwJMIAJBA3QhAiADQewAaiEEIANBzABqIQUDQCACBEAgA0EMaiABKAIAIAEoAgQiBhAqIAJBCGshAiABQQhqIQEgBq1CA4YgB3whBwwBBQJAQfy/wAAhAQNAIANBDGoiAiABQQEQKkHKhMAAIQEgAygCbEE4Rw0ACyADIAdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3A3AgAiADQfAAakEIECogAEIANwAYIABCADcAECAAQgA3AAggAEIANwAAIANBADYCmAEgAyAENgKUASADIAU2ApABIANBADYCgAEgA0EANgJwIANBgAFqIQIDQCADQQhqIANB8ABqEEsCfyADLQAIBEAgAy0ACQwBCwJAIAMoApABIgFFDQAgASADKAKUAUYNACADQgE3AnAgA0EENgJ4IAMgAUEEajYCkAEgAyABKAIAIgFB/4H8B3FBCHggAUEYeEH/gfwHcXI2AnwMAgsgAyACEEsgAy0AAEUNAiADLQABCyEBIAAgAygCmAEiBEEfcWogAToAACADIARBAWo2ApgBDAALAAsLCyADQaABaiQAC60IAgl/BH4jAEEgayIDJAAgA0EIaiABEDQCQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEGIwBBMGsiBCQAIAFBLRBeIQogASgCCCEHAkAgARBHRQRAIAZCAzcDAAwBCwJAIAEoAggiBSAHSSAFIAEoAgQiAktyRQRAIAEoAgAgB2ohCSAFIAdrIgJBAU0NASAJLQAAQTBHDQEgBkIDNwMADAILIAcgBSACQdiLwAAQEAALA0ACQCALIQwgAiIFRQ0AIARBIGoiAiAMQv////8Pg0IKfiIOIAxCIIhCCn4iDUIghnwiCzcDACACIAsgDlStIA1CIIh8NwMIIAQpAyhCAFINACAFQQFrIQIgCS0AACEHIAlBAWohCSAEKQMgIg0gB0Ewa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEF5FBEAgBEEYaiABEIcBIAQtABgEQCAELQAZQSByQeUARg0CCyAFRSAKcUUEQEICQgAgBRshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBHRQRAIAZCAzcDAAwDCyAEQRBqIAEQhwFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQhwECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEEcEQEICIQsMAQsgBkIDNwMADAELIAYgDDcDCCAGIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFBo4vAAEEEEGhFDQlBACECDAsLIAFBp4vAAEEEEGhFDQFBASEIQQEhAgwKCyABQauLwABBBRBoRQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQBSADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQbCLwAAQIUUEQCAAQQY6AAAgAhDgAQwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQcSLwAAQCEUEQCAAQQY6AAAgAhDdAQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC78EAgd/AX4jAEFAaiIDJAAgAEH7ABBABEAgA0EANgIkIANCgICAgMAANwIcIANBGGogABA0AkAgAy0AGEUNAAJAIAMtABlB/QBGDQAgAigCECEHA0AgA0EQaiAAEDQgAy0AEEUNAiADLQARQSJHDQIgA0E0aiAAEAUgAygCNCICQYCAgIB4Rg0CIAMgAykCOCIKNwIsIAMgAjYCKAJAAkAgAygCJCICQYACRg0AIAJBDGwhAiADKAIgIgVBBGohBCADQShqIgYoAgQhCCAGKAIIIQYDQAJAIAJFDQAgBiAFKAIIRgRAIAQoAgAgCCAGENkBDQELIAVBDGohBSACQQxrIQIgBEEMaiEEDAELCyACDQAgA0EIaiAAEDQgAy0ACEUNACADLQAJQTpHDQAgACAAKAIIQQFqNgIIIAEgACAKpyAKQiCIpyAHEQYARQ0AIAMoAiQiBSADKAIcRgRAIwBBEGsiAiQAIAJBCGogA0EcaiIEIAQoAgBBAUEEQQwQICACKAIIIgRBgYCAgHhHBEAgBCACKAIMEMcBAAsgAkEQaiQACyADKAIgIAVBDGxqIgIgAygCMDYCCCACIAMpAig3AgAgAyAFQQFqNgIkIAMgABA0IAMtAABFDQQgAy0AASICQSxGDQEgAkH9AEcNBAwDCyADQShqENwBDAMLIAAgACgCCEEBajYCCAwACwALQQEhCSAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRxqEOEBCyADQUBrJAAgCQuIAwEHfyMAQTBrIgMkAAJAIAJBA3FBAUYEQCAAQYCAgIB4NgIADAELIANBCGogAkECdkEDbEECakEBQQEQVyADQQA2AhwgAyADKQMINwIUQYOHwAAtAAAhCEGEh8AALQAAIQkDQAJAAkACQCACBEAgAS0AACIFQcEAayIGQf8BcUEaSQ0DIAVB4QBrQf8BcUEaSQ0CAkAgBUEwa0H/AXFBCk8EQCAFIAhHDQFBPiEGDAULIAVBBGohBgwECyAFIAlHDQFBPyEGDAMLIAMgAygCHDYCKCADIAMpAhQ3AyAgBARAIABBgICAgHg2AgAgA0EgahDcAQwFCyAAIAMoAhw2AgggACADKQIUNwIADAQLIABBgICAgHg2AgAgA0EUahDcAQwDCyAFQccAayEGCyAGQf8BcSAEQQZ0ciEEAkAgB0EBTQRAIAdBBmohBwwBCyADQRRqIAQgB0ECayIHdhCPASAEQX8gB3RBf3NxIQQLIAFBAWohASACQQFrIQIMAAsACyADQTBqJAALxQMCBH8BfiMAQYABayIEJAAgBEEMaiIGIAIgA0EvELQBIARBATYCNCAEQThqIgIgBhAXAkACQCAEKAI4IgNBgICAgHhGDQAgBCAEKQI8Igg3AnQgBCADNgJwIAAgASAIpyAIQiCIpxA5IQUgBEHwAGoQ3AEgBUUNACACIAZBLPwKAAADQCAEQeQAaiAEQThqEBcgBCgCZEGAgICAeEYNAiAEIAQoAmwiADYCeCAEIAQpAmQ3A3BBASEGAkAgAEEFTw0AIAQoAnQhAiAEQfAAakG8qsAAEJ4BRQRAIwBBEGsiAyQAIANBADYCDCADQTAgA0EMahBmIAIgACADKAIAIAMoAgQQugEgA0EQaiQADQELQQAhASAAIQMDQCADQQBHIQYgA0UNASACLQAAQTBrQf8BcSIHIAFBCmxqIQEgA0EBayEDIAJBAWohAiAHQQpJDQALCwJAAkACQAJAIAUtAABBBGsOAgEAAwsgBSgCCCAFKAIMIAQoAnQgABA5IgUNAQwCCyAGDQEgASAFKAIMTw0BIAUoAgggAUEYbGohBQsgBEHwAGoQ3AEMAQsLIARB8ABqENwBC0EAIQULIARBgAFqJAAgBQvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBgDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEHMhMAAEBAACyAAIBQ2AgAgCkEQaiQAC4oDAQV/IwBBQGoiAiQAIAJBGGogACABEIEBQQAhAAJAIAIoAhhBAUcNACACKAIcIgNBG0sNACADQQJ0QbDJwABqIgUoAgAiBEUgBCABQQFrcXJFBEAgBSAEKAIANgIAIAQhAAwBCyACQRAgA3QiAzYCJCACQRAgASABQRBNG0EBayIFNgIoIAIgAkEkajYCMCACIAJBKGo2AiwgAkEQaiACQSxqQaDKwAAoAgAiBEGkysAAKAIAIgYQUkGgysAAAn8gAigCEEEBcQRAIAIoAhQMAQsgAkE0aiIBIAMgBWoiA0EQdiADQf//A3FBAEdqIgNAACIFQX9HBH8gASADQRB0NgIIIAEgBUEQdDYCBEEBBUEACzYCACACKAI0QQFHDQEgAigCPCEDIAYgAigCOCIBRwRAQaDKwAAgATYCACABIQQLQaTKwAAgASADaiIBNgIAIAJBCGogAkEsaiAEIAEQUiACKAIIQQFHDQEgAigCJCEDIAIoAgwLIgAgA2o2AgALIAJBQGskACAAC4QDAgN/AX4jAEEgayIFJAAgBSABIAIgAxBCAkACQAJAAkAgBSgCACIBBEAgBUEUaiABIAUoAgQQRCAFKAIcIQYgBSgCGCEBA0AgBkUNAiABQSBBACABLQAAIgdBwQBrQf8BcUEaSRsgB3I6AAAgBkEBayEGIAFBAWohAQwACwALIAVBgICAgHg2AggMAQsgBSAFKAIcIgE2AhAgBSAFKQIUIgg3AwggCKdBgICAgHhHDQELIABBFjYCACAAIAQ6AAQMAQsCQCAFKAIMIgQgAUGni8AAQQQQsQENACAEIAFBmKLAAEEBELEBDQAgBCABQZmiwABBAxCxAQ0AAkAgBCABQauLwABBBRCxAQ0AIAQgAUGcosAAQQEQsQENACAEIAFBnaLAAEECELEBDQAgAEEVNgIQIABBn6LAADYCDCAAIAM2AgggACACNgIEIABBFTYCAAwCCyAAQRY2AgAgAEEAOgAEDAELIABBFjYCACAAQQE6AAQLIAVBCGoQyQEgBUEgaiQAC4UMAhR/An4jAEHQAGsiByQAAkACQCABKAKgASIUBEAgB0EIaiENIwBBQGoiBiQAAkAgAyACKQMIIhggFEEIaiIOKQMQIAN8IhkgGCAZUxsgGSACKQMAp0EBcRsgGSAOLQB+GyIYUwRAIAYgAkEwahC3ASAGKAIEIRUgBigCACEPIAZBADYCFCAGQoCAgIAQNwIMIAZBDGoQ0wFBm4/AAEEDEMsBIAIoAhwiFiACKAIgIhcQzwFBno/AAEEEEMsBQaKPwABBDRDPAUGvj8AAQQMQywFBso/AAEEMEM8BQb6PwABBAxDLASADEJIBQcGPwABBAxDLASAYEJIBIQkgDwRAIAlBxI/AAEEFEMsBIA8gFRDPARoLIAIoAixBGGwhBCACKAIoIQUDQCAEBEAgCSAFKAIEIAUoAggQywEgBSgCECAFKAIUENABGiAEQRhrIQQgBUEYaiEFDAELCyAJEN4BIhIpAgAhAyASQQA2AgAgBiASKAIIIgk2AiAgBiADNwMYIAZBADYCFCAGQQE2AhAgBigCHCEEIA4oAhwhBSAOKAIgIQsjAEFAaiIKJAAgCkEIaiIMIAlBAnRBA25B1ABqEH4gDEG0h8AAQSQQciAMQS4QSSAKQRRqIhMgBCAJENIBIAwgCigCGCAKKAIcEHIgExDcASAKKAIMIRAgCigCECEJIwBB0AFrIgQkACALQcEATwRAIAQgCzYClAEgBCAFNgKQASAEIARBkAFqQQEQBkEgIQsgBCEFCyAEQSBqQQBBwAD8CwADQCAIIAtHBEAgBEEgaiAIaiAFIAhqLQAAOgAAIAhBAWohCAwBCwsgBEGQAWohESAEQSBqIQtBACEIIwBBQGohBQNAIAhBwABHBEAgBSAIaiAIIAtqLQAAQTZzOgAAIAhBAWohCAwBCwsgESAFQcAA/AoAACAEIAk2AowBIAQgEDYCiAEgBEHAADYChAEgBCARNgKAASAEQeAAaiIJIARBgAFqIgVBAhAGQQAhCCMAQUBqIRADQCAIQcAARwRAIAggEGogCCALai0AAEHcAHM6AAAgCEEBaiEIDAELCyARIBBBwAD8CgAAIARBIDYCjAEgBEHAADYChAEgBCAJNgKIASAEIBE2AoABIBMgBUECEAYgBEHQAWokACAMQS4QSSAKQTRqIgUgE0EgENIBIAwgCigCOCAKKAI8EHIgBRDcASAGQShqIgQgCigCEDYCCCAEIAopAgg3AgAgCkFAayQAIAZBADYCPCAGQoCAgIAQNwI0IAZBNGoQ0wFByY/AAEELEMsBIAYoAiwgBigCMBDPAUHUj8AAQQkQywFB3Y/AAEEGEM8BQeOPwABBCRDLASAYEJIBQeyPwABBBBDLARDTAUHwj8AAQQIQywEgFiAXEM8BQcSPwABBBRDLASEFAkAgDwRAIAUgDyAVEM8BGgwBCyAFQaOLwABBBBDQARoLIAUQ3gFB8o/AAEEIEMsBIA4oAngiBSgCOCAFKAI8EM8BEN4BIQUgDUEWNgIAIA0gBSgCCDYCDCANIAUpAgA3AgQgBUEANgIAIAZBADYCPCAGQQE2AjggBRDcASAEENwBIAZBGGoQ3AEgEhDcAQwBCyANQQk2AgALIAZBQGskACAHKAIIQRZHBEAgByAHKAIYNgJIIAcgBykCEDcDQCAHIAcpAgg3AzggACAHQThqEJQBDAMLIAdBDGohBSAUKAJMRQ0BIAdBADYCJCAHQoCAgIAQNwIcIAdBHGoQ0wFBvo/AAEEDEMsBIAIpAxAQkgFBp6rAAEEGEMsBENMBIQQgAigCLEEYbCEJIAIoAighAgNAIAkEQCAEIAIoAgQgAigCCBDLASACKAIQIAIoAhQQ0AEaIAlBGGshCSACQRhqIQIMAQsLIAQQ3gEQ3gEiAikCACEDIAJBADYCACAHIAIoAgg2AjAgByADNwMoIAdBADYCJCAHQQE2AiAgAUGUAWoQyQEgASAHKAIwNgKcASABIAcpAyg3ApQBIAIQ3AEMAQsgAEHtqMAAQSYQcwwBCyAAQcgBIAUQPgsgB0HQAGokAAvhVwISfwV+IwBBsAJrIgskACALIAI2AgwgCyABNgIIIAsgAzYCECALIAQ2AhQgCyAFNgIYIAsgBjYCHCALIAc2AiAgCyAINgIkIAsgCTkDKCALIAA2AqgCIAsgC0GvAmoiADYCpAIgCyAANgKgAiALIAA2ApwCIAsgC0EoajYCmAIgCyAANgKUAiALIAA2ApACIAsgC0EkajYCjAIgCyALQSBqNgKIAiALIAA2AoQCIAsgADYCgAIgCyALQRxqNgL8ASALIAtBGGo2AvgBIAsgADYC9AEgCyAANgLwASALIAtBFGo2AuwBIAsgC0EQajYC6AEgCyAANgLkASALIAA2AuABIAsgC0EMajYC3AEgCyALQQhqNgLYASALQTBqIRojAEHAAWsiBiQAAkACQCALQdgBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBkHPADYCRCAGQbaFwAA2AkAgBkEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAYgAjYCRCAGIAE2AkAgBiABQQRqNgI8QQAhAQwCCyAGQRs2AkQgBkGbhcAANgJAIAZBADYCPEEBIQEMAQsACyAGQTBqIAAoAgAoAgAgACgCBCgCABB1IAZBADYCSCAGIAYoAjQiBDYCUCAGIAYoAjAiBTYCTCAGQdQAaiAAKAIQKAIAIAAoAhQoAgAQRSAGQeAAaiAAKAIgKAIAIAAoAiQoAgAQRSAGQewAaiAAKAIwKAIAIAAoAjQoAgAQjgECQAJAIAENACAGKAJUQYGAgIB4Rg0AIAYoAmBBgYCAgHhGDQAgBigCbEGAgICAeEYNACAGIAYpAlQ3A5ABIAYgBigCXDYCmAEgBiAGKQJgNwOgASAGIAYoAmg2AqgBIAYgBigCdDYCuAEgBiAGKQJsNwOwASAAKAJAKwMAIQkgBiAGKAJENgKAASAGIAYpAjw3A3ggBiAENgKMASAGIAU2AogBIAYoAnghAiAGQZABaiEHIAZBoAFqIQggBkGwAWohCiMAQeABayIPJAACQCACKAIAQYCAgIB4RwRAIAIvARghFSAPQbABaiEBIwBBIGsiACQAIAIoAgQhECAAIAIoAggiDEEEQRQQVyAAKAIAIg4gDEH/////A3EiAyADIA5LGyENQQAhAyAAKAIEIREDQCANBEAgAEEMaiADIBBqEMIBIAMgEWoiEyAAKAIcNgIQIBMgACkCFDcCCCATIAApAgw3AgAgDUEBayENIANBFGohAwwBCwsgASAMNgIIIAEgETYCBCABIA42AgAgAEEgaiQAIA9BvAFqIAJBDGoQUSAPIBU7AcgBIA9BCGohACMAQSBrIgIkACACIAUgBBA4AkACQCACKAIEIgMgAigCCCIEQemowABBBBCxAUUEQCADIARBoKrAAEEHELEBRQ0BCyAAQQA2AqABIABCgICAgMAANwOIASAAQoCAgICAgICAgH83A5ABIABCAjcDACAAIAEoAhg2AiAgACABKQIQNwIYIAAgASkCCDcCECAAIAEpAgA3AgggAhDcAQwBCyACQQM2AgwgAEEIaiACQQxqEJQBIABCgICAgMAANwOIASAAQQA2AqABIABCgICAgICAgICAfzcDkAEgAEICNwMAIAIQ3AEgARDVAQsgAkEgaiQAIBogAEGoAfwKAAAgChDcASAIEMkBIAcQyQEMAQsgD0GwAWoiEyAFIAQQRCAPIAcoAgg2AtABIA8gBykCADcCyAEgDyAIKQIANwLUASAPIAgoAgg2AtwBIA8gCikCADcCvAEgDyAKKAIINgLEASAPQQhqIRUgCfwGIR8jAEHgBGsiBCQAIARBCGogE0EYahC3ASACQQRqKAIAIhlBCGoiCCECIAQoAgghAyAEKAIMIQojAEEgayIAJAAgBEHoAWoiBQJ/IAUCfyACKAJIQYCAgIB4RwRAIAMEQCACKAJQQQxsIQEgAigCTCEHA0BBBCABRQ0EGiAAIAc2AgggACADIAoQJyAAIAApAwA3AhQgAUEMayEBIAdBDGohByAAQQhqIgIgAEEUaiINEJMBRQ0AC0EEQSgQuwEhASACIAMgChBEIA1BqKvAAEEGEEQgAUEbNgIEIAFBjavAADYCACABQQQ2AhggAUGuq8AANgIUIAEgACkCCDcCCCABIAAoAhA2AhAgASAAKQIUNwIcIAEgACgCHDYCJEECDAILQQRBFBC7ASEBIABBFGpBqKvAAEEGEEQgAUEENgIEIAFBrqvAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQEMAQtBBEEUELsBIQEgAEEUakHznsAAQQEQRCABQRs2AgQgAUGNq8AANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQsiAjYCDCAFIAE2AgggBSACNgIEQRYLNgIAIABBIGokAAJAAkACQCAEKALoAUEWRwRAIAQgBCgC+AE2AjAgBCAEKQLwATcDKCAEIAQpAugBNwMgIBVBCGogBEEgahCUASAVQoCAgIDAADcDiAEgFUEANgKgASAVQoCAgICAgICAgH83A5ABIBVCAjcDAAwBCyAEIAQoAvQBNgIYIAQgBCkC7AE3AxAgBEHEAWogEygCBCATKAIIEDgCQAJAIAQoAsgBIgAgBCgCzAEiAUGgqsAAQQcQsQFFBEAgACABQemowABBBBCxAQ0BIARBAzYC6AEgBEFAayAEQegBahCUASAEQgI3AzgMAgsgBEEFNgKUAiAEQbatwAA2ApACIARBFjYCjAIgBEGgrcAANgKIAiAEQTI2AoQCIARB7qzAADYCgAIgBEEcNgL8ASAEQdKswAA2AvgBIARBDTYC9AEgBEHFrMAANgLwASAEQRw2AuwBIARBqazAADYC6AEjAEEgayIDJAAgA0EIaiAEQZgCaiIFIARB6AFqIgBrQQR2QQRBFBBXIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiIIIAUgACIBa0EEdiICEKUBIAgpAgQhHCAHIAhBCGo2AgQgByAcQiCJNwIIIwBBIGsiCCQAIAdBBGoiDSgCBCEKIA0oAgAgACAFRwRAIA0oAgggCkEUbGohBSACIApqIQogCEEUaiENA0AgASkCACEcIA0gAUEIaigCACABQQxqKAIAEEQgBSAcNwIAIAUgCCkCFDcCCCAFIAgoAhw2AhAgAUEQaiEBIAVBFGohBSACQQFrIgINAAsLIAo2AgAgCEEgaiQAIAdBEGokACAEQegDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACAAQZyiwABBARBEIAQoAvADIgIgBCgC6ANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQICAAKAIIIgFBgYCAgHhHBEAgASAAKAIMEMcBAAsgAEEQaiQACyAEKALsAyACQRRsaiIAIAQoAvABNgIQIAAgBCkC6AE3AgggAEEONgIEIABBrarAADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQLoAzcDQAwBCyAEQegBaiEDIBkoAoABIQ1BACEFIwBBkAFrIgIkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBMoAhQiAUGAgARNBEAgAkEYaiATQSRqELcBAkAgAigCGCIKRQ0AIAJBEGogCiACKAIcEBQgAkHgAGogAigCECACKAIUQSAQPSACKAJgIgBFDQAgAigCbCEHIAIoAmghDCAAIAIoAmRBh6vAAEEGEDAEQCACQQhqIAwgBxAUIAIoAgwhCiACKAIIIQULAkAgBUUgCkVyDQAgBSAKQaGswABBBRC6AQ0AIAUgCkGmrMAAQQMQugFFDQELQQAhBQsgAiATKAIQIgcgARAUQQIhACACKAIERQ0GIAJB4ABqIAcgARDYAQJ/AkAgAi0AYCIBQQVHBEAgBUUNAUEWIQdBAgwCCyACIAIoAmw2AlggAiACKQJkNwNQIAIgAkHQAGo2AnwgDS0AiwFFDQcgAkHgAGogAkH8AGpBsqvAAEELEC4gAigCaCEBIAIoAmQhACACKAJgIgdBFkcNBCAABEAgAkE0aiAAIAEQREEAIQAMBAsgAkHgAGogAkH8AGpBsKjAAEENEC4gAigCaCEBIAIoAmQhACACKAJgIgdBFkcNBCAARQ0HIAJBNGogACABEERBASEADAMLIAJBNDYCNEEBIQdBwqvAAAshACACIAc2AiwgAUEFTw0EIAJB4ABqEJEBDAQLIANBAjYCAAwMCyACIAA2AjBBFiEHDAELIAIgAikCbDcCOCACIAE2AjQgAiAANgIwIAIgBzYCLAsgAkHQAGoQ3QELIAdBFkYNAQwCCyACQeAAaiACQfwAakG9q8AAQQUQLiACKAJoIQEgAigCZCEAIAIoAmAiB0EWRwRAIAIgAikCbDcCOCACIAE2AjQgAkHQAGoQ3QEMAgsCQCAABEAgAkGAAWogDSAAIAEQiAEMAQsgAkECNgKAAQsgAiACKQKIATcCOCACIAIpAoABNwIwIAJB0ABqEN0BIAIoAjAhAAsgAiACKQI0NwNAIAIgAigCPDYCSCAAQQJGDQEgAiACKAJINgJsIAIgAikDQDcCZCACIAA2AmAMAgsgAiACKAI8IgE2AiggAiACKQI0Ihw3AyAgAyABNgIQIAMgHDcCCCADIAA2AgQgAyAHNgIADAULIAVFDQEgAkHgAGogDSAFIAoQiAELIAIoAmwiAUGAwABLDQECQAJAIAIoAmBFBEBBACEAIAIoAmghBUEAIQcDQCAAIAFHBEAgACAFaiEKIABBAWohACAHIAotAABBLkZqIQcMAQsLIAdBAkYNASADQRs2AgggA0HEqsAANgIEIANBATYCAAwFCyACIAIoAmgiADYCLCACIAAgAWo2AjAgAkEsaiIFKAIAIQAgBSgCBCEHA0AgByAAIgFHBEAgBSAAQQFqIgA2AgAgAS0AAEH/AGtB/wFxQaEBSw0BCwsgASAHRw0BCyADIAIpAmg3AgwgAyACKQJgNwIEIANBFjYCAAwECyADQSg2AgggA0HfqsAANgIEIANBATYCAAwCCyADQQA2AgAMAgsgA0ECNgIACyACQeQAahDcAQsgAkGQAWokACAEKQL0ASEcIAQoAvABIQIgBCgC7AEhAAJAAkAgBCgC6AEiBUEWRw0AAkACQCAAQQFGBEAgBCACNgKsAyAEIBw3ArADIBynIQogHEIgiKchDSMAQfAAayIAJAAgCCgCVCEBIABBETYCKCAAQZ6owAA2AiQgAEEUNgIgAkAgAUGAgICAeEYEQCADIABBKGoiASgCCDYCFCADIAEpAgA3AgwgA0GeqMAANgIIIANCgICAgMgCNwIADAELIABBIGoQxgEgAEEIaiAIQewAahC3ASAAKAIMIQcgACgCCCEBIABBDTYCKCAAQcqfwAA2AiQgAEEUNgIgIAFFBEAgA0ENNgIMIANByp/AADYCCCADQoCAgIDIAjcCAAwBCyAAQSBqIgUQxgEgACAHNgI0IAAgATYCMCAAQQE2AiwgAEGvqMAANgIoIAAgCCkDWDcCICAAQcgAaiIHIAVBAxBBIABBFGoiDCAAKAJMIAAoAlBBhYbAAEEBEBIgBxDcASAAQQA2AiggAEKAgICAEDcCICAFENMBQbCowABBDRDLASAKIA0QzwEQ3gEiASkCACEcIAFBADYCACAAIAEoAgg2AkAgACAcNwM4IABBADYCKCAAQQE2AiQgARDcASAAQRk2AlQgAEG9qMAANgJQIAAgCCkCZDcCSCADIAdBAhBBQQRBKBC7ASEBIAAgACkCGDcCKCAAQQY2AiQgAEHWqMAANgIgIABB2ABqIAVBAhBBIABB5ABqQc+KwABBEBBEIAFBDTYCBCABQdyowAA2AgAgAUEMNgIYIAFB34rAADYCFCABIAApAlg3AgggASAAKAJgNgIQIAEgACkCZDcCHCABIAAoAmw2AiQgA0ECNgIUIAMgATYCECADQQI2AgwgAyAAKQM4NwIYIAMgACgCQDYCICADQQQ2AiggA0HpqMAANgIkIAwQ3AELIABB8ABqJAAgBCAEKQL0ATcD6AMgBCAEKAL8ATYC8AMgBCgC8AEhACAEKALsASEFIAQoAugBIgdBgICAgHhHDQEgBCgC6AMhAiAEKQLsAyEcIARBrANqENwBDAMLIAQgAjYClAMgBCAcNwKYAyANKAJwIgEgDSgCdGohAiMAQSBrIgAkACAAQQhqIAIgAWsiB0EEQQgQVyAAQQA2AhwgACAAKQMINwIUIwBBEGsiAyQAIABBFGoiBSAHEKQBIAUpAgQhICADIAVBCGo2AgQgAyAgQiCJNwIIIANBBGoiCigCBCEFIAooAgAgASACRwR/IAIgBWogAWsgCigCCCAFQQN0aiECA0AgAS0AACEFIAJBBGpBBTYCACACIAUQ0QE2AgAgAUEBaiEBIAJBCGohAiAHQQFrIgcNAAsFIAULNgIAIANBEGokACAEQaADaiIBIAAoAhw2AgggASAAKQIUNwIAIABBIGokACAEQegBaiEDIAQoAqQDIRAgBCgCqAMhFkEAIQojAEGwAmsiAiQAIAJBKGoiACAcpyAcQiCIp0EuELQBIAJBIGogABAbIAIoAiQhDCACKAIgIQcgAkEYaiAAEBsgAigCHCEOIAIoAhghDSACQRBqIAAQGyACKAIUIRcgAigCECERIAJBCGogABAbAkACQCARRSAHRSANRXJyRQRAIAIoAghFDQELIANBIzYCDCADQZKKwAA2AgggA0KAgICAiICAgIB/NwIADAELIAJB+AFqIgAgByAMEAkgAkEXNgJkIAJBl4jAADYCYEGAgICAeCEBIAJBgICAgHg2AlwgAkG4AWogACACQdwAahBbIAIgAikCvAE3A6ACIAIgAigCxAE2AqgCIAIoArgBQQFGBEAgAyACKAKoAjYCDCADIAIpA6ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKoAiIFNgJYIAIgAikDoAI3A1ACQCAFQYCAEEsNACACKAJUIQAgAkIANwLAASACIAU2ArwBIAIgADYCuAEgAkGAgICAeDYCkAIgAkGAgICAeDYCoAIgAkEAOgCoASACIAJBqAFqNgKAAiACIAJBoAJqIhI2AvwBIAIgAkGQAmo2AvgBAkAgAkG4AWoiAEHoh8AAQQMgAkH4AWpBgIjAABB5RQ0AIAAQjAFFDQAgAigCkAIiAEGAgICAeEYEQCASEMkBDAILIAItAKgBIQogAikCpAIhHSACKAKgAiEFIAIpApQCIR4gACEBDAELIAJBoAJqEMkBIAJBkAJqEMkBCyACQSc2AsABIAJBrojAADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIR0gA0EnNgIMIAMgHTcCBCADQYCAgIB4NgIADAELIAJBuAFqIhIQygEgAiAKOgB0IAIgHTcCbCACIAU2AmggAiAeNwJgIAIgATYCXCACIB43ArgBIAJB6ABqIQACQCASIBAgFhBMRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHUL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIA0gDhAJIAJBGDYCgAIgAkHViMAANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEFsgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgAEGAgBAQMiACQRw2AsABIAJB7YjAADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIh03A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHTcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQygEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgESAXEAkgAkEaNgKAAiACQYmJwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBbIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQaiJwAAQngEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAONgKMAiACIA02AogCIAJBATYChAIgAkGwicAANgKAAiACIAw2AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxBBIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ3AEgAkHQAGoQ3AEMCAsgA0E1NgIMIANBsYnAADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ3AELIAJBmAFqEN0BCyACQYgBahDcAQsgAkH4AGoQ3AEgAkHcAGoQ3AEMAwsgA0EsNgIMIANB5onAADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqENwBIAIoAmghBQsgBUGAgICAeEYNACAAENwBCyACQdAAahDcAQsgAkGwAmokACAEKAL0ASECIAQoAuwBIQMCQAJAIAQoAugBIgFBgICAgHhGBEBBBiEFIAQoAvABIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAq0hHEEFIQUgACECIAMhAAsgACEBDAELIAQoAvABIRYgBCkC+AEhHCAEQcQDaiIXIARBgAJqQST8CgAAIAQgHDcCvAMgBCACNgK4AyAEIBY2ArQDIAQgAzYCsAMgBCABNgKsAyAEQegBaiEHIAQoAuADIQogBCgC5AMhDSMAQcABayIFJAAgCCgCeCEOIAVB6ABqIAogDUHBj8AAECMCQCAFKAJoQQFGBEAgBSgCbCEAIAUpA3AhHCAHIAUpA3g3AhQgByAcNwIMIAcgADYCCCAHQgI3AwAMAQsgBSkDeCEdIAUoAnAgBUEaNgJwIAVBvJrAADYCbCAFQQg2AmhFBEAgByAFKQJsNwIMIAdBCDYCCCAHQgI3AwAMAQsgBUHoAGoiABDGAQJAAkACQAJAQv///////////wAgHUI8fCIcIBwgHVMbIB9VBEAgACAKIA1B1prAABAjIAUoAmgEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwGCyAfQjx8IR4gBSkDcEIBUQRAIAUpA3ggHlUNAgsgBUHoAGogCiANQb6PwAAQIyAFKAJoBEAgBSgCbCEAIAUpA3AhHCAHIAUpA3g3AhQgByAcNwIMIAcgADYCCCAHQgI3AwAMBgsgBSkDcCIgQgFRIB4gBSkDeCIcU3ENAgJAICCnDQAgHyEcIAgoAkRFDQAgB0EjNgIQIAdB2ZrAADYCDCAHQQg2AgggB0ICNwMADAYLIAVB4ABqIAogDUH8msAAQQMQORBnIAUoAmAiAEUNAyAFKAJkIQIgDi0AiQFFBEAgBUHYAGogACACECcgBSgCWCIARQ0EIAUoAlwhAgsgBSAANgJoIAUgAjYCbCAIKAIsQQxsIQAgCCgCKCECA0AgAEUNBCAAQQxrIQAgBSACNgK0ASACQQxqIQIgBUG0AWogBUHoAGoQkwFFDQALQcqEwAAgDigCeCIQIA4oAnwiEhB0RQ0EIAogDUH/msAAQQMQOUGCm8AAQRIQHkUNBCAHQgI3AwAgB0EQNgIIDAULIAdCAjcDACAHQQk2AggMBAsgB0ICNwMAIAdBCjYCCAwDCyAHQgI3AwAgB0EKNgIIDAILIAdCAjcDACAHQQs2AggMAQtBAyERQa+PwAAhDAJAAkBBlJvAACAQIBIQdEUNACAFQdAAaiAKIA1BlZvAAEEJEDkQZyAFKAJQIgBFDQEgACAFKAJUIgJB8I/AAEECELEBRQRAIAAgAkGem8AAQQYQsQFFDQIgCC0AfUEBcUUNAkEJIRFBpJvAACEMDAELIAgtAHxFDQELAkACQCAIKAI4IgAEQCAAQQxsIQIgCCgCNCEAA0AgAkUNAiACQQxrIQIgACgCCCEUIAAoAgQhGCAAQQxqIQAgCiANIAwgERA5IBggFBAeRQ0ACwtBrZvAACAQIBIQdEUNASAKIA1BrpvAAEEDEDkiAEUNASAFQcgAaiAAELYBAkAgBSgCSCIMRQ0AIAUoAkwhFEEEIAgoAkwgCCgCSEGAgICAeEYiABshAkEAIAgoAlAgABtBDGwhAANAIABFDQEgBSACNgK0ASAFQUBrIAwgFBAnIAUgBSkDQDcCaCAAQQxrIQAgAkEMaiECIAVBtAFqIAVB6ABqEJMBRQ0ACwwCCyAHQgI3AwAgB0EMNgIIDAMLIAdCAjcDACAHQQw2AggMAgsCQCAILQB/RQ0AIAogDSAOKAKAASAOKAKEARAKIgBFDQACQAJAAkAgAC0AAEEBaw4DAAMBAwsgAC0AAUEBRw0CDAELIAUgAEEEajYCaCAFQegAakG8m8AAEJMBRQ0BCyAHQgI3AwAgB0ERNgIIDAILAkAgCiANQZuPwABBAxA5IgBFDQAgAC0AAEEDRw0AIAVBOGogACgCCCAAKAIMEBQgBSgCPEUNACAFQYABaiAAQQRqEFECQCAOKAIAIgBFBEAgBUGAgICAeDYCjAEMAQsgDigCBEEDdCECIA4oAgwhGCAOKAIIIRsCQANAQQAhDCACRQ0BAkACQCAKIA0gACgCACAAKAIEEAoiFEUNACAFQTBqIBQQtgEgBSgCMCIURQ0AIAUoAjQiEQ0BCyAAQQhqIQAgAkEIayECDAELCyAURQ0AIAogDSAbIBgQCiIARQ0AIAAtAABBAUcNACAUQQAgAC0AARshDAsgBUGMAWogDCAREL8BCyAFIAUoApQBNgKgASAFIAUpAowBNwOYAQJAAkBBxJvAACAQIBIQdEUNAAJAAkACQAJAIAogDUHFm8AAQRoQOSIABEAgBUEoaiAAELUBIAUoAigiAARAIAVBIGogACAFKAIsIgJB35vAAEEKEDkQZyAFKAIgIgwNAgwDCyAOKAIADQUMAwsgDigCAA0EDAILIAVB6ABqIAwgBSgCJBADIAUpA3AhHiAFKAJoIAVBLjYCcCAFQembwAA2AmwgBUEINgJoRQRAIAUpAmwhHCAHIAUpAnQ3AhQgByAcNwIMIAdBCDYCCCAHQgI3AwAMBQsgBUHoAGoQxgEgHiAfVQRAIB4gHSAdIB5VGyEdDAELIAdCAjcDACAHQQ42AggMBAsgDigCAA0CIAAgAkHBmcAAQRYQOSIARQ0AIAVBGGoiAiAAKAIMNgIEIAIgACgCCEEAIAAtAABBBEYbNgIAIAUoAhgiAEUNACAFKAIcQRhsIQ4DQCAORQ0BAkACQCAAQdeZwABBDBBrIgJFDQAgAkHjmcAAQQ0QayICRQ0AIAVBEGogAhC2ASAFQegAaiAFKAIQIgJBACAFKAIUIgwbQQAgAhsgDBC/ASAFKAJoQYCAgIB4Rw0EDAELIAVBgICAgHg2AmgLIABBGGohACAOQRhrIQ4MAAsACyAFQYCAgIB4NgJoCyAFQZgBahDJASAFIAUoAnA2AqABIAUgBSkCaDcDmAELIAVBADYCsAEgBUKAgICAwAA3AqgBIAgoAkAiACAIKAJEQRhsaiEUA0ACQAJAIAAgFEcEQCAAQRhqIQIgACgCFEEMbCEOIAAoAhAhDANAIA5FDQMgCiANIAwoAgQgDCgCCBAKIhAEQCAQLQAAIhINAwsgDEEMaiEMIA5BDGshDgwACwALIAcgBSgCiAE2AiAgByAFKQKAATcCGCAHIAUpA5gBNwIwIAcgBSgCoAE2AjggByAFKQKoATcCJCAHIAUoArABNgIsIAcgHDcDECAHIB03AwggB0IBNwMADAYLIAVBADYCvAEgBUKAgICAEDcCtAFBgICAgHghEQJAAkACQAJAAkACQAJAAkAgEkEBaw4EAQMCAAcLIBAoAgwiDEEhTw0GIAxBGGwhDCAFQbQBahDUASESIBAoAgghDgNAIAxFDQQgBUEIaiAOELYBIAUoAggiEEUNByAFKAIMIhhBgAJLDQcgEiAQIBgQzwEaIAxBGGshDCAOQRhqIQ4MAAsACyAFQbQBaiAQLQABEMUBGgwECyAQKAIMIgxBgQJPDQQgBUG0AWogECgCCCAMEM8BGgwDCyAFQegAaiAQEGUgBSgCaA0BDAMLIBIQ3wEaDAELIAVBtAFqIAUpA3AQkgEaCyAFKQK4ASEfIAVBADYCvAEgBSgCtAEhESAFQoCAgIAQNwK0AQsgBUG0AWoQ3AEgEUGAgICAeEcEQCAFQegAaiAAEFEgBSgCsAEiDCAFKAKoAUYEQCAFQagBahBsCyAFKAKsASAMQRhsaiIAIAUoAnA2AgggACAFKQJoNwIAIAAgHzcCECAAIBE2AgwgBSAMQQFqNgKwAQwBCyAHQewANgIQIAdBl5zAADYCDCAHQQg2AgggB0ICNwMAIAVBqAFqEOIBDAILIAIhAAwACwALIAVBmAFqEMkBIAVBgAFqENwBDAILIAdCAjcDACAHQQ02AggMAQsgB0HBADYCECAHQYOdwAA2AgwgB0EINgIIIAdCAjcDAAsgBUHAAWokACAEQdwDaiEKIARBuANqIQcCQCAEKQPoASIdQgJRBEAgBCkC/AEhHCAEKAL4ASECIAQoAvQBIQAgBCgC8AEhBSAEQawDahDcASAAIQEMAQsgBCgC8AEhACAEKQL0ASEcIAQpAvwBIR4gBEGEBGogBEGEAmpBJPwKAAAgBCAeNwL8AyAEIBw3AvQDIAQgADYC8AMgBCAdNwPoAwJ/QQAgAyAWQdiHwABBBRCxAQ0AGkEBIAMgFkHJrcAAQQUQsQENABpBAkEDIAMgFkGjicAAQQUQsQEbCyAEIAQoArQDNgL0ASAEIAQpAqwDNwLsAUEFIQUgBEEFNgLoAUH/AXEiAkEDRw0CIAQtAOwBIQAgBEHoA2oQwQEgFq0hHCADIQILIAcQ3AEgFxDcASAEQdADahDcASAKEN0BCyAEQaADahDjASAEQZQDahDcAQwECyAEQegBahDGASAEIAQpAtADNwLUBCAEIAQoAtgDNgLcBCAEIAQpA4AENwPQASAEIAQpA4gENwPYASAEIAQoApAENgLgASAEIAcpAgA3ArwEIAQgBygCCDYCxAQgBCAXKQIANwPIBCAEIBcoAgg2AtAEIAQpAvQDIR8gBCAEKAKkBDYCuAQgBCAEKQKcBDcDsAQgBCAEKQKUBDcDqAQgCCgCACEBIAoQ3QFCA0IEIAFBAkYbIRwgBEGgA2oQ4wEgBEGUA2oQ3AEgHachByAepyEBQQAhBQwBCyAEIAQoApACNgLgASAEIAQpAogCNwPYASAEIAQpAoACNwPQASAEKQPoAyEfIAQoAvADIQEgBEGsA2oQ3AFCBiEcCyAEIAE2AlQgBCAfNwJMIAQgADYCSCAEIAU2AkQgBCAHNgJAIAQgHDcDOCAEIAQpA9ABNwNYIAQgBCkD2AE3A2AgBCAEKALgATYCaCAEQewAaiAEQagEakE4/AoAACAEQYCAgIB4NgKoASAEIAI6AKQBDAILIAAhAQsgBCAcNwL0ASAEIAI2AvABIAQgBTYC6AEgBCABQYB+cSAAQf8BcXI2AuwBIARBQGsgBEHoAWoQlAEgBEICNwM4CyAEQcQBahDcASAZIBkoAgBBAWoiADYCACAARQ0BIAQgGTYCiAMgBCAEKQMQNwPwAiAEIAQoAhg2AvgCIARB6AFqIARBOGpBiAH8CgAAIARBgICAgHg2AvwCIAQpA+gBQgJRBEAgBEHwAWogBCgC9AIiACAAIAQoAvgCQRRsahBiCyAVIARB6AFqQagB/AoAAAsgBEHgBGokAAwBCwALIBMQ3AEgD0HIAWoQyQEgD0HUAWoQyQEgD0G8AWoQ3AEgGiAVQagB/AoAAAsgD0HgAWokACAGQYgBahDDASAGQfgAahC+ASAGQcABaiQADAELIAZBKGohAkEAIQACfyAGQewAaiIBKAIAQYCAgIB4RgRAIAEoAgghACABKAIEDAELIAEQ3AFBAAshASACIAA2AgQgAiABNgIAIAYoAighBCAGKAIsIQUgBkEgaiAGQeAAahCEASAGKAIgIQMgBigCJCEHIAZBGGogBkHUAGoQhAEgBigCGCEIIAYoAhwhCyAGQRBqIAZByABqEHwgBigCECEPIAYoAhQhCiAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQvgFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAPIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIAogABsgCyABGyAHIAIbIAUgAxtBACAEGxDtAQALIwBB4AJrIgAkACAAQbgBaiAaQagB/AoAACAAQQA2AgAgAEEEciAAQbQBakGsAfwKAABBCEG4ARC7ASIBQoGAgIAQNwMAIAFBCGoiASAAQbAB/AoAACAAQeACaiQAIAtBsAJqJAAgAQuYAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBBgIDAACAEQRBqIAMQegALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYIAQgBEEIaq1CgICAgIADhDcDEEHfgMAAIARBEGogAxB6AAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAA4Q3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAA4Q3AxgLIAQgBEEIaq1CgICAgIADhDcDEEGYgcAAIARBEGogAxB6AAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvALDFQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvALDFQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvALDFQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQCxxUA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQgwENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEEAEUNAAsMAwtBASECIAEgAyAIIAoQgwENAiABIAcgCyADKAIMEQMADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwCCyADIAcgCyAJKAIMEQMADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEIMBDQAgACAHIAsgASgCDBEDACECCyACCyAGQRBqJAALhQIBBn8jAEEQayIGJAAgBkEEaiACQQNuIgggAiAIQQNsR2pBAnQQfgNAAkAgAgRAQQMgAiACQQNPGyIKQQN0IQcgASAKaiEIQQAhCUEQIQUDQCAFIAdqQRBGBEBBACEFQRIhAQNAIAVBBEYNBAJAAkAgAiAFSQRAQT0hByAERQ0CDAELIAMgCSABQR5xdkE/cWotAAAhBwsgBkEEaiAHEEkLIAVBAWohBSABQRpqIQEMAAsABSABLQAAIAVBGHF0IAlyIQkgBUEIayEFIAFBAWohAQwBCwALAAsgACAGKAIMNgIIIAAgBikCBDcCACAGQRBqJAAPCyACIAprIQIgCCEBDAALAAuFAgEJfyMAQTBrIgQkACABKAIIIQcgASgCBCEIIAEoAgAiASgCCCEJIAEoAgQhCiAEQQA2AgwgBEKAgICAEDcCBANAIARBEGogAiADQfsAED0gBCgCECIBBEAgBCgCHCECIAQoAhghBiAEQQRqIgUgASAEKAIUEHIgBEEgaiILIAYgAkH9ABA9IAQoAiggBCgCLCAEIAQoAiRBACAEKAIgIgEbNgIkIAQgAUEBIAEbNgIgIAUgCCAKIAtBkKLAABDIASIFGyAHIAkgBRsQciACIAEbIQMgBiABGyECDAELCyAEQQRqIAIgAxByIAAgBCgCDDYCCCAAIAQpAgQ3AgAgBEEwaiQAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxA8IAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBArDQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHEBkgAygCCEEBRw0BIAMoAgwQKw0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQWCADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDJASAAIAU3AgQgACABNgIADAMLIANBGGogARAvIAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAEMkBIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA0AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFBo4vAAEEEEGgNASAEQQc6AAAMAgsgAkEIaiABEAcgAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEJEBDAELQQAMAQtBAQsgA0EwaiQAC84BAgF+AX8CQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAMgAmshAyABIAJqIQIDQCADBEAgAi0AAEEwayIBQf8BcUEKTwRAQgAhBAwDBSAEQgp+IAGtQv8Bg3whBCADQQFrIQMgAkEBaiECDAILAAsLIAAgBDcDCEIBIQQLIAAgBDcDAAuoAgEGfyMAQTBrIgIkAAJAAn8gASgCKCIHRQRAIAJBCGogARAbIAIoAgwhBCACKAIIDAELIAFBADYCKCABIQUjAEEQayIDJAACQCAHIgFFDQADQCADQQhqIAUQGyADKAIIRQRAIAEhBgwCCyABQQFrIgENAAsLIANBEGokAEEAIAYNABogAkEQaiAFEBsgAigCFCEEIAIoAhALIgEEQCACQQA2AiQgAkKAgICAEDcCHCACIAE2AiggAiABIARqNgIsA0ACQCACQShqEHsiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQe0ExRhshAQsgAkEcaiABEEkMAAsACyAAQYCAgIB4NgIACyACQTBqJAAL1gICAn8BfiMAQTBrIgMkAAJ/AkAgAkUEQCADQYCAgIB4NgIIIANBgICAgHg2AhQgAyADQRRqIgI2AiQgAyADQQhqIgQ2AiACQCABQfilwABBAiADQSBqQYimwAAQeUUEQCACEMkBIAQQyQEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQyQELQQAMAgsgACgCBCIAEIIBIwBBEGsiAiQAIAJBCGogARA0An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQaOLwABBBBBoGwwBCyACIAA2AgxBAUECIAFBpKbAAEEBIAJBDGpBrKbAABB5GwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQwAEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARALIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQyAFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAwAMAQsgBEEQaiABEAcgBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahCRAQsgAEEGRwsgBEFAayQAC4QCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUHcpsAAQQIgAkEYakHspsAAEHlFBEAgAxDJAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECAgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDHAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJMBIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABC2ASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCQAUUNAAsLIANBIGokACAFC5kOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQNyAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQdSADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQfCADKAIQIQEgAygCFCEFIANBCGogAhCKASADKAIIIgAgASAAGyIBQQEgARsgAygCDCAFIAAbQQAgARsQ7QEACyAAKAIgKwMAIAMgAygCKDYCQCADIAMpAiAiDzcDOCADIAE2AkwgAyAHNgJI/AYhESMAQcACayIIJAAgCEEgaiAPpyILQYgB/AoAACALQZipwABBiAH8CgAAAkAgCCkDIEIGUQRAIAhBqAFqIQZCACEPIwBBsAFrIgIkAAJAAkACQAJAAkACQAJAAkAgCUH//wNxIgBBkQNrDgQDAQEDAAsgAEHIAUYNAQsgBkEzNgIQIAZB66fAADYCDCAGQRI2AgggBkICNwMADAULQYCAgIB4IQACQCABQYCAEEsNACACQgA3AnggAiABNgJ0IAIgBzYCcCACQYCAgIB4NgKAASACQQA2AqQBIAJCgICAgMAANwKcASACIAJBnAFqIgc2AqwBIAIgAkGAAWo2AqgBAkACQCACQfAAaiIBQcylwABBAiACQagBakHcpcAAEHlFDQAgARCMAUUNACACKAKAASIBQYCAgIB4RgRAIAcQ5QEMAgsgAiACKQKMATcDUCACIAIoApQBNgJYIAIgAikCnAE3A2AgAiACKAKkATYCaCACKQKEASEPIAEhAAwCCyACQZwBahDlASACQYABahDAAQsLIAJBODYCiAEgAkGAp8AANgKEASACQRI2AoABIABBgICAgHhGBEAgAiACQYgBaiIAKQIAIg83AzAgAiAAKAIIIgA2AjggAikDgAEhECAGIAA2AhggBiAPNwIQIAYgEDcDCCAGQgI3AwAMBQsgAiACKAJoNgJIIAIgAikDYDcDQCACIAIpA1A3AiQgAiACKAJYNgIsIAJBgAFqIgEQxgEgAiACKAJIIgc2AjggAiAANgIMIAIgAikDQDcCGCACIAc2AiAgAiAPNwIQIAIgD6cgD0IgiKcQFCACQSRqIQwgAigCBEUNAQJAIAIoAiRBgICAgHhHBEAgASACKAIoIAIoAiwQAyACKQOIASEPIAIpA4ABIAJBMzYCiAEgAkG4p8AANgKEASACQRI2AoABQgEhEEIBUg0EIAEQxgEgDyARVw0BCyACIAIoAhg2AnggAiACKAIcIgA2AnAgAiAANgJ0IAIgACACKAIgQQR0ajYCfCACQYABaiEKIwBBEGsiByQAIAJB8ABqIgkoAgQhASAJKAIMIQ4CQANAIA4gASIARgRAQYCAgIB4IQ0MAgsgCSAAQRBqIgE2AgQgByAAKQIINwMIIAcgACkCADcDAAJAIActAAxBAUYEQCAHKAIIDQELIAcQ3AEMAQsgBygCACINQYCAgIB4Rg0ACyAKIABBDGooAgA2AgwgCiAAQQRqKQIANwIECyAKIA02AgAgB0EQaiQAIAIoAoABIQogAikChAEhEiMAQRBrIgEkACABIAk2AgwgCSgCDCAJKAIEIgdrQQR2IQADQCAABEAgAEEBayEAIAcQ3AEgB0EQaiEHDAELCyMAQRBrIgAkACAAIAFBDGooAgAiBygCADYCDCAAIAcoAgg2AgggAEEIahDmASAAQRBqJAAgAUEQaiQAIAYgAigCFDYCICAGIAIpAgw3AhggBiASNwI0IAYgCjYCMCAGQQA2AiwgBkKAgICAwAA3AiQgBiARNwMQIAYgDzcDCCAGIBA3AwAgDBDJAQwFCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwDCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRI2AggLIAZCAjcDACACQQxqENwBIAwQyQEgAkEYahDlAQsgAkGwAWokACAIKQOoAUICUQRAIAggCCgCwAE2ArgCIAggCCkDuAE3A7ACIAggCCkDsAE3A6gCIAhBBGogCEGoAmoQlAEMAgsgCEHoAWoiACAIQagBaiIBQcAA/AoAACAIQQRqIAsgASAREA4gABDBAQwBCyAIQQRqQe2owABBJhBzCyAIQSBqEDsgCyAIQQRqEDYgCEHAAmokACADQcgAahDDASADQThqELwBIANB0ABqJAAgBUHQAGokAAuIAwIHfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQggAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCSACIAlLGyIMIQIjAEEgayIGJABBASELQQQhCgJAAkAgBa0gAq1+Ig1CIIinDQAgDaciAkGAgICAeCAEa0sNACAGQRRqIAEgBCAFEG4CfyAGKAIYBEAgBigCHCIDRQRAIAZBCGogBCACEIkBIAYoAgghBSAGKAIMDAILIAYoAhQgAyAEIAIQKCEFIAIMAQsgBiAEIAIQiQEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEEBFDQAgA0EIaiAAEDQgAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA0IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC/cBAQJ/IwBBMGsiBCQAIAQgARAHIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBEIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECAgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDHAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQOSIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEGUgBCkDECEFIAQpAwghBiAEQcwANgIQIARB8JnAADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDGAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuQEBAX8jAEFAaiIEJAACQCACIANLBEAgAEEGOgAADAELIARCADcCCCAEIAI2AgQgBCABNgIAIARBKGogBBAHIAQtACgiAUEGRgRAIABBBjoAAAwBCyAEIAQpADg3ACAgBCAEKQAxNwAZIAQgBCkAKTcAESAEIAE6ABAgBBCMAUUEQCAAQQY6AAAgBEEQahCRAQwBCyAAIAQpAyA3AxAgACAEKQMYNwMIIAAgBCkDEDcDAAsgBEFAayQAC8ABAgJ/AX4jAEEgayIDJAAgA0EUaiABKAIAIAJBARBwAkAgAygCFEUEQCAAQYCAgIB4NgIADAELIAMoAhgiAUUEQCAAQYCAgIB4NgIADAELIANBCGoiAiABIAMoAhwiBBBEIANBFGogASAEEAkgAygCFCIBQYCAgIB4RgRAIABBgICAgHg2AgAgAhDcAQwBCyADKQIYIQUgACADKAIQNgIIIAAgAykCCDcCACAAIAU3AhAgACABNgIMCyADQSBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAudAQEGfyMAQTBrIgMkACADQQxqQS8gASACEEggAygCECIFIAMoAhgiBmohByADKAIMIQggAygCHCECAkADQAJAIAMgBzYCKCADIAUgAiIEajYCLCADIANBKGoQGSADKAIAQQFHDQAgAygCLCADKAIoayAGaiECIAMoAgQgCEYNAQwCCwtBACEECyAAIAQ2AgQgACABNgIAIANBMGokAAuLAQECfyMAQRBrIgQkACAEQQhqIAMgAhCBAQJAAkAgBCgCCEEBRw0AIAQoAgwgBCABIAIQgQEgBCgCAEEBRw0AIAQoAgRLDQAgACEFDAELIAMgAhAMIgVFBEBBACEFDAELIAMgASABIANLGyIDBEAgBSAAIAP8CgAACyAAIAEgAhBWCyAEQRBqJAAgBQt/AQV/IwBBEGsiAiQAQQQhBQNAAkAgBUUEQEEBIQYMAQsgAkEIaiABEGEgAi0ACEUNACACLQAJIgNBwQBrQV9xQQpqIANBMGsgA0E5SxsiA0EPSw0AIAVBAWshBSADIARBBHRyIQQMAQsLIAAgBDYCBCAAIAY2AgAgAkEQaiQAC40BAQR/IABBQGshBgNAIAAoAmAiBCACQcAASXJFBEAgBiABEAQgAkFAaiECIAFBQGshAQwBCwsDQAJAIAIgA0cEQCAAIARBAWoiBTYCYCAAIARBP3FqIAEgA2otAAA6AAAgBUHAAEcNASAGIAAQBEEAIQUgAEEANgJgDAELDwsgA0EBaiEDIAUhBAwACwALkAEBAn8CQCAAQQlrIgJBF00EQEEBIQFBn4CABCACdkEBcQ0BC0EAIQEgAEGAAUkNAAJAIABBCHYiAgRAIAJBMEcEQCACQSBGDQIgAkEWRw0DIABBgC1GIQEMAwsgAEGA4ABGIQEMAgsgAEH/AXEtALDDQCEBDAELIABB/wFxLQCww0BBAnFBAXYhAQsgAUEBcQuvNQITfwJ+IwBB0ABrIgokACAKIAE2AgQgCiAANgIAIAogAjYCCCAKIAM2AgwgCiAKQc8AaiIANgJIIAogADYCRCAKIApBDGo2AkAgCiAKQQhqNgI8IAogADYCOCAKIAA2AjQgCiAKQQRqNgIwIAogCjYCLCMAQSBrIg4kACAOQQhqIApBLGoiAigCACgCACACKAIEKAIAEHUgDigCCCEAIA4oAgwhASAOIAIoAhAoAgAgAigCFCgCABB1IA4oAgAhBSAOKAIEIQYgDiABNgIUIA4gADYCECAOIAY2AhwgDiAFNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG0fyEDA0AgAyICQbgLRwRAIAJBjAFqIQMgAkHktMAAaiAEQQhqEMgBRQ0BCwsgBEEQaiQAIAdBLGoiAyAFIAZBfxAyIAcgAkG4C0ciAjoAKAJAAkACQCACBEAgBygCLEGAgICAeEcEQCAHIAMoAggiAjYCQCAHIAMpAgA3AzggB0HgAGohBSAHKAI8IQMjAEHgAmsiBCQAIAQgATYCeCAEIAA2AnQgBCACNgKAASAEIAM2AnwgBEHoAGogBEH8AGpBxJ3AAEELEEIgBCgCaCICBH8gBCgCbCEDIAJBACAEQfQAakGEosAAEMgBGwVBAAshBiMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAYbIAEgAkGEosAAEMgBIgEbNgIMIAIgBkH+ocAAIAYbIAAgARs2AghBACEAQQAhBgJAA0AgBkGEDEYNAQJAIAZBmLTAAGogAhDIAQRAIAZBkLTAAGogAkEIahDIAQ0BCyAGQYwBaiEGDAELCyAGQdizwABqIQALIAJBEGokACAEQdIANgLgASAEQc+dwAA2AtwBIARBCzYC2AEgBEHEncAANgLUASAEQRU2AtABAkAgACIBRQRAIAUgBEHYAWoiACgCCDYCFCAFIAApAgA3AgwgBUHEncAANgIIIAVCg4CAgNACNwMADAELIARB0AFqEMYBIARB4ABqIARB/ABqQaGewABBChBvAkAgBCgCYCIABEAgBCgCZCICDQELIAVBCjYCDCAFQaGewAA2AgggBUKDgICAwAI3AwAMAQsgBEGEAWogACACEEQgBEHYAGogBEH8AGpBq57AAEEYEEICQAJAIAQoAlgiAEUEQEKQHCEYDAELAkAgBCgCXCIGQQVLDQADQCAGBEAgAC0AAEEwayICQf8BcUEJSw0CIBhCCn4gAq1C/wGDfCEYIAZBAWshBiAAQQFqIQAMAQsLIBhCAX1CgKMFVA0BCyAFQSI2AhQgBUHcocAANgIQIAVBGDYCDCAFQauewAA2AgggBUKDgICA0AI3AwAMAQsgBEHQAWogBEH8AGpBw57AAEEaQQEQDSAELQDUASEUIAQoAtABIgBBFkcEQCAFIAQpANwBNwAQIAUgBCkA1QE3AAkgBSAUOgAIIAUgADYCBCAFQQM2AgAMAQsgBEHQAGogBEH8AGpB3Z7AAEEWEEICfwJAIAQoAlAiAARAIAAgBCgCVCICQfOewABBARCxAUUNAQsgBEGAgICAeDYCkAFBAQwBCyAEQagBaiAAIAIQlQEgBCAEKAKoATYC2AEgBCAEKAKsASIANgLUASAEIAA2AtABIAQgACAEKAKwAUEDdGo2AtwBIwBBIGsiACQAIABBCGogBEHQAWoiAygCDCADKAIEa0EDdkEEQQwQVyAAQQA2AhwgACAAKQMINwIUIwBBEGsiDCQAIABBFGoiAiADKAIMIAMoAgRrQQN2EKYBIAIpAgQhFyAMIAJBCGo2AgQgDCAXQiCJNwIIIwBBEGsiAiQAIAIgAykCCDcDCCACIAMpAgA3AwAjAEEgayIGJAAgDEEEaiIJKAIIIAkoAgQiCEEMbGohDyACKAIEIQMgAigCDCENA0AgAyANRwRAIANBBGooAgAhCyADKAIAIREgAiADQQhqIgM2AgQgBkEIaiARIAsQJyAGQRRqIAYoAgggBigCDBBEIA8gBigCHDYCCCAPIAYpAhQ3AgAgD0EMaiEPIAhBAWohCAwBCwsgCSgCACAINgIAIAIQogEgBkEgaiQAIAJBEGokACAMQRBqJAAgBEGQAWoiAiAAKAIcNgIIIAIgACkCFDcCACAAQSBqJAAgBCgCkAFBgICAgHhGCyEAAkACQAJAAkACQAJAAkACQEGtm8AAIAEoAngiFSABKAJ8IhYQdEEAIAAbRQRAIARByABqIARB/ABqQfSewABBDRBCAkACQCAEKAJIIgAEQCAEQagBaiAAIAQoAkxBfxAyQTAhACAEQTA2AuABQY6jwAAhBiAEQY6jwAA2AtwBIARBDTYC2AEgBEH0nsAANgLUASAEQRU2AtABIAQoAqgBIgNBgICAgHhGDQogBCgCrAEhACAEKAKwASECIARB0AFqEMYBIAQgAjYC/AEgBCAANgL4ASAEIAM2AvQBIAJBEEsNASAEQQA2AogCIARCgICAgMAANwKAAiAEIAAgAkEobGoiBjYCmAIgBCADNgKUAiAEIAA2ApACIAQgADYCjAIgBEHUAWohDyAEQbQBaiENIARBqAJqQQRyIQwCQANAIAAgBkYNBCAEIABBKGo2ApACIAQgACkCDDcD0AEgBCAAKQIUNwPYASAEIAApAhw3A+ABIAQgACgCJDYC6AEgACgCACICQYCAgIB4Rg0EIAQgACkCBCIXNwKgAiAEIAI2ApwCIAQgDykCEDcDuAIgBCAPKQIINwOwAiAEIA8pAgA3A6gCIAQgFzcCqAEgBEGoAWpBwKPAAEEIEEwEQEHCACEAQeukwAAhBgwIC0EsIQBBv6TAACEGIBdCIIinIgJBwQBrQUBJDQcgBCAXpyIDNgKoASAEIAIgA2o2AqwBIARBqAFqIggoAgAhAiAIKAIEIQkDQCAJIAIiA0cEQCAIIAJBAWoiAjYCACADLQAAIgtB3wBGIAtBOmtB/wFxQfUBS3IgC0HfAXFB2wBrQf8BcUHlAUtyDQELCyADIAlHDQcCQAJAAkACQCAELQCoAkEDaw4CAAEDCyAEIAwoAgg2AtgCIAQgDCkCADcD0AJBBEEMELsBIgAgBCgC2AI2AgggACAEKQPQAjcCAEEBIQMgBEEBNgLMAiAEIAA2AsgCIARBATYCxAJBACEIQQEhBgwBCyAEKAK0AiECIAQoArACIQAgBCAEKAKsAjYCsAEgBCAANgKsASAEIAA2AqgBIAQgACACQRhsajYCtAEgBEHEAmohBiMAQTBrIgAkACAAQRRqIARBqAFqIgIQXQJAIAAoAhRBgICAgHhHBEAgAEEEQQRBDBBXIAAoAgAhCCAAKAIEIgMgACgCHDYCCCADIAApAhQ3AgAgAEEBNgIQIAAgAzYCDCAAIAg2AgggACACKQIINwMoIAAgAikCADcDICAAQQhqIQIgAEEgaiEIIwBBEGsiAyQAA0ACQCADQQRqIAgQXSADKAIEQYCAgIB4Rg0AIAIoAggiCSACKAIARgRAIAJBARCmAQsgAigCBCAJQQxsaiILIAMoAgw2AgggCyADKQIENwIAIAIgCUEBajYCCAwBCwsgCBBNIANBEGokACAGIAAoAhA2AgggBiAAKQIINwIADAELIAZBADYCCCAGQoCAgIDAADcCACACEE0LIABBMGokAEEBIQhBACEDIAQoAswCIgZBBWtBfEkNAyAEKALIAiEACyAGQQxsIQYDQCAGBEAgBkEMayEGIAAoAgghCSAAKAIEIQsgAEEMaiEAQQAhAkEAIRECQCAJQYECa0GAfkkNACALLQAAQS9HDQADQCACIAlGIhENASACIAtqIRIgAkEBaiECIBItAABB/gBHDQAgAiAJTw0BIBJBAWotAABB/gFxQTBGDQALCyARDQEMBAsLIA0gBCkCxAI3AgAgDSAEKALMAjYCCCAEIAQoAqQCNgKwASAEIAQpApwCNwOoASAEKAKIAiIAIAQoAoACRgRAIARBgAJqEGwLIAQoAoQCIABBGGxqIgIgBCkDqAE3AgAgAiAEKQO4ATcCECACIAQpA7ABNwIIIAQgAEEBajYCiAIgBC0AqAJBA2tB/wFxQQJPBEAgBEGoAmoQkQELIAQoApACIQAgBCgCmAIhBgwBCwsgBEEANgLMAiAEQoCAgIDAADcCxAJBASEDQQEhCAsgBEHEAmoQ4QFBgKTAACEGQT8hAAJAAkAgBC0AqAJBA2sOAgEACAsgAw0JDAoLIAhFDQkMBwsgBEEANgKkASAEQoCAgIDAADcCnAEMAwsgBEH0AWoQ3QFBraXAACEGQRYhAAwICyAEQYwCahBOIAQgBCgCiAI2AqQBIAQgBCkCgAI3ApwBDAELIAVBxAA2AhQgBUGYocAANgIQIAVBFjYCDCAFQd2ewAA2AgggBUKDgICA0AI3AwAMBwsgBEFAayAEQfwAaiABKAJQIgwgASgCVCIPEEICQAJAIAQoAkAiAARAIAQoAkQhBgwBCyABKAIQIgAEQCABKAIUIQYMAQsgBSAPNgIMIAUgDDYCCCAFQoOAgIDAAjcDAAwBCwJAIAEtAIkBRQRAIAEtAIgBRQRAIARBgAJqIAAgBhBEDAILIARBgAJqIAAgBhB2DAELIARBgAJqIAAgBhBECwJAAkAgAS0AiAFFDQAgBCgChAIgBCgCiAIQAg0AIAVBMjYCFCAFQdyiwAA2AhAgBSAPNgIMIAUgDDYCCCAFQoOAgIDQAjcDAAwBCwJ/AkACQCABLQCLAUUEQCAEQYCAgIB4NgKoAQwBCyAEQThqIARB/ABqQYGfwABBDxBCAkAgBCgCOCIABEAgBEGMAmogACAEKAI8EHYMAQsgBCgChAIgBCgCiAJBkJ/AAEENELoBRQRAIARBjAJqQZ2fwABBFxBEDAELIARBjAJqQbSfwABBFhBECyAEKAKQAiAEKAKUAhACRQRAIAVBMjYCFCAFQdyiwAA2AhAgBUEPNgIMIAVBgZ/AADYCCCAFQoOAgIDQAjcDACAEQYwCahDcAQwECyAEQTBqIARB/ABqQcqfwABBDRBCIARBqAJqIAQoAjAgBCgCNBC/ASAEQdABaiIAIARBgAJqEFEgBCAEKAKwAjYC8AEgBCAEKQKoAjcC6AEgBCAEKQKMAjcC3AEgBCAEKAKUAjYC5AEgBEGoAWogAEEk/AoAACAEKAKoAUGAgICAeEcNAQtBACEAQQEMAQsgBCgCvAEhACAEKAK4AQshAiAEIAA2AqQCIAQgAjYCoAIgBCAEQYACajYCnAICQAJAIAEoAhgiAEUNACAEQShqIARB/ABqIAAgASgCHBBCIAQoAigiAEUNACAEQagCaiAAIAQoAiwQlQEgBCAEKAKoAjYC2AEgBCAEKAKsAiIANgLUASAEIAA2AtABIAQgACAEKAKwAkEDdGo2AtwBIwBBIGsiAyQAIANBCGogBEHQAWoiACgCDCAAKAIEa0EDdkEEQQwQVyADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2EKYBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBiQAIAYgACkCCDcDCCAGIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAGKAIEIQIgBigCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRMgBiACQQhqIgI2AgQgDUEEaiATIBIQdiAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAGEKIBIA1BEGokACAGQRBqJAAgCUEQaiQAIARBxAJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAQgASgCWCIANgLQASAEIAAgASgCXEEDdGo2AtQBIAQgBEGcAmo2AtgBIARBxAJqIARB0AFqEEoLIAEoAjQhAgJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCMCIARQ0AIARBIGogBEH8AGogACACEEIgBCgCICIDRQ0AIARBqAJqIAMgBCgCJBCVASAEIAQoAqgCNgLYASAEIAQoAqwCIgA2AtQBIAQgADYC0AEgBCAAIAQoArACQQN0ajYC3AEjAEEgayIDJAAgA0EIaiAEQdABaiIAKAIMIAAoAgRrQQN2QQRBDBBXIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQpgEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIGJAAgBiAAKQIINwMIIAYgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAYoAgQhAiAGKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhEyAGIAJBCGoiAjYCBCANQQRqIBMgEhBEIAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAYQogEgDUEQaiQAIAZBEGokACAJQRBqJAAgBEHQAmoiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgAS0AigENASAEIAEoAmgiADYC0AEgBCAAIAEoAmxBA3RqNgLUASAEIARBnAJqNgLYASAEQdACaiAEQdABahBKCyAEQRhqIARB/ABqIAEoAmAiAiABKAJkIgMQQiAEKAIYIgBFDQEgBEGoAmoiBiAAIAQoAhwiCBDYASAELQCoAkEGRg0DIAQgBCkDuAI3A+ABIAQgBCkDsAI3A9gBIAQgBCkDqAI3A9ABIAZBr4zAAEEEEGsiBkUNAiAGLQAAIARB0AFqEJEBQQRHDQMgBEGQAmogACAIEEQgBEEANgKMAgwGCyAFQoOAgIDAAjcDACAFIAIgDyAAGzYCDCAFIAAgDCAAGzYCCAwHCyABKAIgIgBFDQMgBEEQaiAEQfwAaiAAIAEoAiQiAxBCIAQoAhAiAkUNAyACIAQoAhQiBhACDQIgBUEyNgIUIAVB3KLAADYCECAFIAM2AgwgBSAANgIIIAVCg4CAgNACNwMADAULIARB0AFqEJEBCyAFQcQANgIUIAVB15/AADYCECAFIAM2AgwgBSACNgIIIAVCg4CAgNACNwMADAMLIARBkAJqIAIgBhBEIARBATYCjAIMAQsgASgCKCIABEAgBEHQAWoiAiAEQZwCaiAAIAEoAiwQEyABLQCLASEAIAQoAtQBIAQoAtgBEAJFBEAgBUEyNgIUIAVB3KLAADYCECAFQoOAgIDQAjcDACAFQQ8gDyAAQQFxIgAbNgIMIAVBgZ/AACAMIAAbNgIIIAIQ3AEMAwsgBCAEKALYATYCmAIgBCAEKQLQATcCkAIgBEEBNgKMAgwBCyAEQQhqIAQoAoQCIAQoAogCECcgBEEhNgLcASAEQZugwAA2AtgBIAQgBCkDCDcC0AEgBEGQAmogBEHQAWpBAhBBIARBAjYCjAILIAQgBEH8AGpBvKDAAEEOEEJBASEGAkACQCAEKAIAIgBFBEBBASECDAELIAQoAgQhA0EBIQJBlJvAACAVIBYQdEUNACAEQdABaiAAIAMQlQECQCAEKALYASICRQ0AIAJBA3QhBkEAIQAgBCgC1AEhAwNAIAAgBkcEQCAAIANqIghBzKDAABDEAQRAIAhB1KDAABDEAQ0DCyAAQQhqIQAMAQsLQcygwAAgAyACEEwhBkHUoMAAIAQoAtQBIAQoAtgBEEwhAiAEQdABahDjAQwBCyAFQSc2AhQgBUHxoMAANgIQIAVBDjYCDCAFQbygwAA2AgggBUKDgICA0AI3AwAgBEHQAWoQ4wEMAQsgBEHQAWogBEH8AGpB3KDAAEEVQQAQDSAELQDUASEAIAQoAtABIgNBFkcEQCAFIAQpANwBNwAQIAUgBCkA1QE3AAkgBSAAOgAIIAUgAzYCBCAFQQM2AgAMAQsgBSAEKAKMATYCICAFIAQpAoQBNwIYIAUgBCkCxAI3AiQgBSAEKALMAjYCLCAFIAQpAtACNwIwIAUgBCgC2AI2AjggBSAEKQKMAjcCACAFIAQpApQCNwIIIAUgBCgCmAE2AlAgBSAEKQKQATcCSCAFQdQAaiAEQagBakEk/AoAACAFIAA6AH8gBSAUOgB+IAUgAjoAfSAFIAY6AHwgBSABNgJ4IAUgGDcDECAFIAQoAqQBNgJEIAUgBCkCnAE3AjwgBEGAAmoQ3AEMDQsgBEGQAmoQ3AELIARB0AJqEOEBCyAEQcQCahDhASAEQagBahCjAQsgBEGAAmoQ3AELIARBnAFqEOQBDAYLIAQtAKgCQQNrDgIBAgALIARBqAJqEJEBDAILIAwQ3AEMAQsgDBDgAQsgBEGcAmoQ3AEgBEGMAmoQTiAEQYACahDkAQsgBSAANgIUIAUgBjYCECAFQQ02AgwgBUH0nsAANgIIIAVCg4CAgNACNwMACyAEQZABahDNAQsgBEGEAWoQ3AELIARB4AJqJAACfyAHKAJgQQNHBEBBCEGIARC7ASIAQoGAgIAQNwMAIABBCGogBUGAAfwKAAAgAAwBCyAHIAcoAnQ2AlggByAHKQJsNwNQIAcgBykCZCIYNwNIIBinQRZHDQMgBygCTAshACAHQYCAgIB4NgIMIAcgADYCEAwDCyAHQQxqQaiMwABBBxBzDAMLIAdBDGpBmIzAAEEQEHMgBygCLEGAgICAeEYNAiADEN0BDAILIAdBDGogB0HIAGoQfQsgB0E4ahDdAQsgECAHKAIkNgIYIBAgBykCHDcCECAQIAcpAhQ3AgggECAHKQIMNwIAIAdB4AFqJAAgDkEYahDDASAOQRBqEMMBIA5BIGokACMAQSBrIgAkACAAQQA2AgAgACAQKQIANwIEIAAgECkCCDcCDCAAIBApAhA3AhQgACAQKAIYNgIcQQRBKBC7ASIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAEgACkCGDcCICAAQSBqJAAgCkHQAGokACABQQhqC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQWCADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDJAQwBCyADQQRqIAEQLyADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDJAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQOSIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEBQgBCgCDA0CCyAAQSs2AgggAEH2q8AANgIEIABBATYCAAwCCyAAQhY3AgAMAQsgBCACIAEQFCAAIAQpAwA3AgQgAEEWNgIACyAEQRBqJAALogEBAX8jAEEQayICJAAgAiABEDQCQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFBo4vAAEEEEGgNASAAQYGAgIB4NgIADAILIAJBBGogARBYIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEG2hcAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGbhcAANgIEIABBADYCAA8LAAuRAQEBfyMAQTBrIgQkACAEQRhqIAEgAiADECQCQCAELQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAQgBCkAKDcAECAEIAQpACE3AAkgBCAEKQAZNwABIAQgAToAACABQQVGBEAgACAEKAIMNgIIIAAgBCkCBDcCAAwBCyAAQYCAgIB4NgIAIAQQkQELIARBMGokAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgEDcgASgCFEUEQCABQQhqIAQQigEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQZACayIAJAAgAEEgaiAGpyIEQYgB/AoAACAEQZipwABBiAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCqAEgAEEEaiAAQagBahCUAQwBCyAAQQRqQe2owABBJhBzCyAAKQMgQgJaDQEgAEEgahC4AQwCCyAAQagBaiIFIABBIGpB6AD8CgAAIABBBGogBCAFIAcQDiAFELgBIAApAyBCAlQNAQsgAEEgahA7DAELIABBiAFqEKABCyAEIABBBGoQNiAAQZACaiQAIAFBIGoQvAEgAUEwaiQAIANBQGskAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCHASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwAL3QECAX8BfiMAQRBrIgMkAAJ/AkAgAkUEQCADQQRqIAEQWEEAIAMoAgQiAUGAgICAeEYNAhogAykCCCEEIAAoAgAiABDJASAAIAQ3AgQgACABNgIADAELIwBBMGsiAiQAIAJBGGogARAHIAItABgiAUEGRgR/QQIFIAIgAikAKDcAECACIAIpACE3AAkgAiACKQAZIgQ3AAEgAiABOgAAIAIQkQFBAiAEpyABQQFHGwshASACQTBqJABBACABQf8BcSIBQQJGDQEaIAAoAgQgAToAAAtBAQsgA0EQaiQAC4cBAQJ/IwBBIGsiAiQAIAEgACgCjAEiAyADIAAoApABQRRsahBiIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEDsgAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEG2hcAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGbhcAANgIEIABBADYCAA8LAAtzAQF/IwBBEGsiAyQAIANBBGogASACEEQgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJMBRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQdCMwAAQISIBRQRAIAMQ4AEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQzAEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELeAEBfgJAAkACQAJAAkBBAyAAKQMAIgGnQQJrIAFCAVgbDgQBAgMEAAsgAEEIahDcASAAQRRqEOsBIABBIGoQ3AEPCyAAQQhqENUBDwsgAEEIahC4AQ8LIABBCGoQuAEgAEHwAGoQyQEPCyAAELgBIABB6ABqEKABC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQGgJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBIIARBCGogBRALAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAuAAQECfyMAQRBrIgQkAEEEQRQQuwEhAyAEQQRqQc+KwABBEBBEIANBDDYCBCADQd+KwAA2AgAgAyAEKQIENwIIIAMgBCgCDDYCECAAQQE2AgggACADNgIEIABBATYCACAAIAE7ARggACACKQIANwIMIAAgAigCCDYCFCAEQRBqJAALegIBfwF+IwBBEGsiAyQAIANBBGogARBYAkAgAygCBCIBQYCAgIB4Rg0AIAMpAgghBCACRQRAIAAoAgAiABDJASAAIAQ3AgQgACABNgIADAELIAAoAgQiABDJASAAIAQ3AgQgACABNgIACyADQRBqJAAgAUGAgICAeEcLXwECfyMAQRBrIgIkACACQQhqIAAQNAJAIAItAAhFDQAgAi0ACSABQf8BcUcNACAAKAIMIgFBH0sNAEEBIQMgACABQQFqNgIMIAAgACgCCEEBajYCCAsgAkEQaiQAIAMLagEBfyMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCACQQN0IQIDQCACBEAgA0EEaiABKAIAIAEoAgQQciACQQhrIQIgAUEIaiEBDAELCyAAIAMoAgw2AgggACADKQIENwIAIANBEGokAAtfAQF/IwBBEGsiBCQAIARBCGogASACIAMQbyAEKAIIIgEEfyAEIAEgBCgCDBAUIAQoAgQhAiAEKAIABUEACyEDIAAgAjYCBCAAIANBACACG0EAIAMbNgIAIARBEGokAAvUAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRAQcfCwABByQBB7MLAABB6AAsgBkEIaiEKIAdBCGohCyMAQRBrIgQkACAEQQxqIQggASgCACIFBEAgBEEBNgIMIAUhAyABKAIEIQUgBEEIaiEICyAIIAM2AgACQCAEKAIMIgMEQCAEKAIIIQkCQCACRQRAIAkEQCAFIAkgAxBWCyABQQE2AgQMAQsgBSAJIAMgAiIIECgiBUUNAiABIAU2AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYCACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQaiQADwsgAiAGKAIMEMcBAAtfAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQVyADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEI4BIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAAL4AEBBH8jAEEwayICJAAgACgCACEAIAIgARAHIAItAAAiBEEGRwRAIAIgAikAEDcAKCACIAIpAAk3ACEgAiACKQABNwAZIAIgBDoAGCAAKAIIIgUgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBGBAgIAEoAggiA0GBgICAeEcEQCADIAEoAgwQxwEACyABQRBqJAALIAAoAgQgBUEYbGoiASACQRhqIgMpAxA3AxAgASADKQMINwMIIAEgAykDADcDACAAIAVBAWo2AggLIAJBMGokACAEQQZHC1sBA38jAEEQayIBJAAgACgCCCIDIQIDQCABQQhqIAAQhwECQCABLQAIBEAgAS0ACUEwa0H/AXFBCkkNAQsgAUEQaiQAIAIgA0sPCyAAIAJBAWoiAjYCCAwACwALYQECfyMAQRBrIgQkACAEQQA2AgwgBCABIARBDGoQZiAEKAIEIQUgACADNgIQIABBADYCDCAAIAM2AgggACACNgIEIAAgBToAGCAAIAE2AgAgACAEKAIMNgIUIARBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDEKcBIAEgACgCBCAAKAIIahAmIAAgAiADajYCCAu2AgIIfwF+IwBBIGsiAiQAIAJBCGogASgCBCABKAIAa0EDdkEEQQwQVyACQQA2AhwgAiACKQMINwIUIwBBEGsiBiQAIAJBFGoiAyABKAIEIAEoAgBrQQN2EKYBIAMpAgQhCiAGIANBCGo2AgQgBiAKQiCJNwIIIwBBEGsiByQAIAZBBGoiBCgCBCEIIAQoAgAgASgCACIFIAEoAgQiA0cEQCABKAIIIQEgBCgCCCAIQQxsaiEEIAggAyAFa0EDdiIDaiEIA0AgB0EEaiABIAUoAgAgBUEEaigCABATIAQgBygCDDYCCCAEIAcpAgQ3AgAgBUEIaiEFIARBDGohBCADQQFrIgMNAAsLIAg2AgAgB0EQaiQAIAZBEGokACAAIAIoAhw2AgggACACKQIUNwIAIAJBIGokAAtVAQF/An9BACABKAIAQQFHDQAaIAEoAgQiAiABKAIIRwRAIAEgAkEBajYCBCABIAJqLQAMIQFBAQwBCyABQQA2AgBBAAshAiAAIAE6AAEgACACOgAAC1UBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEGBFDQELIAFBCGohASACQQhrIQIMAQsLIAJBAEcLfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQRhuIQADQCAABEAgAEEBayEAIAEQkQEgAUEYaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahDoASAAQRBqJAAgAkEQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABENcBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQ5wEgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELIBIAFFIANBAUdxDQEgAkEQaiQADwsQ7AEAC0HchMAAQT8Q7QEAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQswEgAUUgA0EBR3ENASACQRBqJAAPCxDsAQALQdyEwABBPxDtAQALWgECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEAwiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQxwEAC0wBA38CQCACIAEoAgAoAgAiAmoiBSACSQ0AIAEoAgQoAgAiBiAFIAJBf3NxIgFqIgIgBkkNACACIANNIQQLIAAgATYCBCAAIAQ2AgALzwoCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBA3IAVBGGogACgCACgCACAAKAIEKAIAEHUgBUEANgIsIAUgBSgCHCIBNgI0IAUgBSgCGCIANgIwIAUoAiBFBEAgBUEQaiAFQSxqEHwgBSgCECEBIAUoAhQhACAFQQhqIAIQigEgBSgCCCICIAEgAhsiAUEBIAEbIAUoAgwgACACG0EAIAEbEO0BAAsgBSAFKAIoNgJAIAUgBSkCICIMNwM4IAUgATYCTCAFIAA2AkgjAEHwAWsiAyQAQQEhCgJAIAynIgcoAqABIgJFDQAgAigCNEUNACACKAIwIgIoAgghCSACKAIEIQoLAkAgBykDAEIDUQRAIANBKGohCCAAIQIjAEFAaiIEJAACQCABQYCAEEsEQEGAgICAeCEBDAELIARCADcCECAEIAE2AgwgBCACNgIIQYCAgIB4IQEgBEGAgICAeDYCHCAEQYCAgIB4NgIoIAQgBEEoaiILNgI4IAQgBEEcajYCNAJAAkAgBEEIaiIAQfSOwABBAiAEQTRqQYSPwAAQeUUNACAAEIwBRQ0AIAQoAhwiAEGAgICAeEYEQCALEMkBDAILIAQgBCkCICINNwI4IAQgADYCNCAEKAIoIgJBgICAgHhGBEAgBEE0ahDcAQwCCyAEKQIsIQ4gACEBDAILIARBKGoQyQEgBEEcahDJAQsLIARBwAA2AhAgBEG8jcAANgIMIARBEjYCCAJAIAFBgICAgHhGBEAgBCkDCCEMIAhBwAA2AgggCCAMNwIADAELIARBCGoQxgEgBCABNgI0IAQgDTcCOCAEIAI2AgggBCAONwIMIAgCfwJAIAkgDUIgiKdHDQAgDacgCiAJEGANACAOpyAOQiCIpxACRQRAIAhB/I3AADYCBCAIQRI2AgBBOAwCCyAIQQRqIgAgBCgCEDYCCCAAIAQpAgg3AgAgCEEWNgIAIARBNGoQ3AEMAgsgCEG0jsAANgIEIAhBEjYCAEEyCzYCCCAEQQhqENwBIARBNGoQ3AELIARBQGskACADKAIoQRZHBEAgA0EMaiAIEH0MAgsgAyADKAI0NgIYIAMgAykCLDcCECADQYCAgIB4NgIMDAELIANBDGpB7ajAAEEmEHMLIANByABqIgAgB0GIAfwKAAAgB0GYqcAAQYgB/AoAACADIAMoAiQ2AkAgAyADKQIcNwM4IAMgAykCFDcDMCADIAMpAgwiDDcDKCADQQxqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAAMLIAcQOyAHQgQ3AwAgB0EIaiADQdAAakHoAPwKAAAgByADKAIYNgJ4IAcgAykCEDcCcEEAIQFBASEJDAQLIANB0ABqIQELIAMgASgCGDYC6AEgAyABKQIQNwPgASADIAEpAgg3A9gBIAMgASkCADcD0AEgByADQdABahA2QQEhASADKAIoQYCAgIB4Rg0BDAILIAcQOyAHIABBiAH8CgAAIANBKGpBBHIQ3AEMAgsgA0EoakEEchDcAQsCQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAgALIAAQOwwCCyAJRQ0BIANB0ABqENUBDAELIAFFDQAgA0HQAGoQuAELIAcpAwAaIANB8AFqJAAgBUHIAGoQwwEgBUE4ahC8ASAFQdAAaiQAIAZBIGokAAvGAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEDcgAEEYaiABKAIAKAIAIAEoAgQoAgAQdSAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQfCAAKAIQIQIgACgCFCEDIABBCGogBBCKASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQ7QEACyAAIAAoAig2AkAgACAAKQIgIgc3AzggACACNgJMIAAgBTYCSCMAQTBrIgEkAAJAIAenIgYpAwBCAlEEQCABQe2owABBJhBzDAELIAFBHGoiBAJ/QQcgBSACQfqPwABBERCxAQ0AGkETIAUgAkGLkMAAQRQQsQENABpBBiAFIAJBn5DAAEELELEBDQAaIARBIzYCCCAEQaqQwAA2AgRBEgs2AgAgASAEEJQBCyAGIAEQNiABQTBqJAAgAEHIAGoQwwEgAEE4ahC8ASAAQdAAaiQAIANBIGokAAu1FAIOfwJ+IwBBIGsiByQAIAcgAjYCBCAHIAE2AgAgByAANgIYIAcgB0EfaiIANgIUIAcgADYCECAHIAdBBGo2AgwgByAHNgIIIwBB0ABrIgIkACACQRhqIAdBCGoiACgCEBA3IAJBJGogACgCACgCACAAKAIEKAIAEEUCQCACKAIYBEAgAigCJEGBgICAeEcNAQsgAkEQaiACQSRqEIQBIAIoAhAhASACKAIUIQMgAkEIaiACQRhqEIoBIAIoAggiACABIAAbIgFBASABGyACKAIMIAMgABtBACABGxDtAQALIAIgAigCIDYCOCACIAIpAhgiEjcDMCACIAIpAiQ3A0AgAiACKAIsNgJIIwBBEGsiDSQAIA1BCGogAkFAayIPELcBIA0oAgghAyANKAIMIQgjAEHwAmsiASQAAkAgEqciCSgCoAEiAEUNACAAKAIIDQAgACgCFCEFIAAoAhAhBAsCQAJAAkAgCSkDAEIEUQRAAkAgBCADIAQbIgoEQCABQcgBaiEGIAkoAkwhCyAJKAJQIQ4gCS0AbCEMIwBBsAFrIgAkAEGAgICAeCEDAkAgBSAIIAQbIgRBgIAQSw0AIABCADcCeCAAIAQ2AnQgACAKNgJwIABBgICAgHg2AlggACAAQdgAajYCGAJAIABB8ABqIgRBtIzAAEEBIABBGGpBvIzAABB5RQ0AIAQQjAFFDQAgACkCXCERIAAoAlghAwwBCyAAQdgAahDMAQsgAEEpNgJ4IABB5IzAADYCdCAAQRI2AnACQCADQYCAgIB4RgRAIAApAnghESAGIAAoAoABNgIUIAYgETcCDCAGQeSMwAA2AgggBkKCgICAqAI3AgAMAQsgAEHwAGoQxgEgACADNgIMIAAgETcCECARQiCIp0EYbCEDIBGnIQQCQAJAAkACQAJAAkADQCADRQ0BIAAgBEHgh8AAQQMQaxBnIAAgACkDADcCWCAAIA42AnQgACALNgJwIANBGGshAyAEQRhqIQQgAEHYAGoiECAAQfAAaiIFEJABRQ0ACyAAIARBGGs2AjAgBSAAQTBqIgRBjY3AAEEDEHAgACgCcEUNAyAAKAJ4IQggACgCdCEDIAUgBEHdh8AAQQMQcCAAKAJwRQ0DIAAoAnghCyAAKAJ0IQogBSAEQZCNwABBAxBwIAAoAnBFDQMgACgCeCEOIAAoAnQhBCAKBEAgACALNgJcIAAgCjYCWCAAQQU2AnQgACAMENEBNgJwIBAgBRDIAUUNBAsgBARAIAAgDjYCdCAAIAQ2AnAgAEHwAGpBtI3AABDIAUUNBAsgACAAQTBqIgQ2AjQgDEECRgRAIANFDQQgAyAIQZONwABBAhCxAUUNBCAAQfAAaiIDIARBlY3AAEEDEHAgACgCcEUNBCAAIAApAnQ3AlggAEHYAGoiBEGgjcAAEJABRQ0EIAMgAEE0aiIMQaiNwAAQJSAAKAJwIgVBgICAgHhGDQQgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIAxBqY3AABAlIAAoAnAiA0GAgICAeEYEQCAEENYBDAULIAApAnQhESAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A5ABIAAgACgCYDYCmAEgACAAKAJsIgQ2AkAgACAAKQJkNwM4AkACQCAEQSBGBEAgACgCUCAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABQYCAgIB4IQMgAEGAgICAeDYCcEEgRw0BIAAgAEH0AGoiBCkCEDcDKCAAIAQpAgg3AyAgACAEKQIANwMYDAILIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAEgAEGAgICAeDYCcAsgAEHwAGoQoAFBgYCAgHghAwsMAwsgAw0BDAMLIAZBgYCAgHg2AgAgAEEMahDgAQwFCyADIAhBqo3AAEEDELEBRQ0BIABB8ABqIgMgAEE0aiIEQa2NwAAQJSAAKAJwIgVBgICAgHhGDQEgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIARBro3AABAlIAAoAnAiBUGAgICAeEYEQCAAQdgAahDWAQwCCyAAKQJ0IRIgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOgASAAIAAoAmA2AqgBIAAgACgCbCIINgJAIAAgACkCZDcDOEEAIQNBACAIQQN0ayEEIAAoAjwhCgJ/AkACQANAIAMgCEYNASADIApqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIAAoAlAiBEUNACAAKAJMIggtAABCACERQQAhAwNAIAMgCGotAAAiC61C/wGDIBFCCIaEIREgBCADQQFqIgNHDQALRQ0AIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8IAtBAXFFIARBBEsgEUIDVHJyDQEgACAAKQJ0NwMYIAAgACkCfDcDICAAIAApAoQBNwMoIAAoAnAMAgsgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwLIABB8ABqEKABQYGAgIB4CyEDCyAAQcgAahDcASAAQThqENwBIANBgYCAgHhGDQAgACAAKQMoNwOAASAAIAApAyA3A3ggACAAKQMYNwNwIABBBjYCWCADQYKAgIB4Rg0BIAYgAzYCACAGIAApA3A3AgQgBiAAKQN4NwIMIAYgACkDgAE3AhQgAEHYAGoQxgEMAgsgAEEGNgJYCyAGIAAoAmg2AhQgBiAAKQJgNwIMIAYgACkCWDcCBCAGQYKAgIB4NgIACyAAQQxqEOABCyAAQbABaiQAIAEoAsgBQYKAgIB4Rw0BIAFBBGogAUHMAWoQfQwECyABQQRqQe2owABBJhBzDAMLIAEgASgC4AE2AhwgASABKQLYATcCFCABIAEpAtABNwIMIAEgASkCyAEiETcCBCARp0GBgICAeEYNAyABIAFBBGoiACgCGDYCOCABIAApAhA3AzAgASAAKQIINwMoIAEgACkCADcDICABQUBrIAlBiAH8CgAAIAlBmKnAAEGIAfwKAAAgASkDQEIEUg0BIAFByAFqIgMgAUHIAGpB6AD8CgAAIAEgACgCGDYCyAIgASAAKQIQNwPAAiABIAApAgg3A7gCIAEgACkCADcDsAIgCRA7IAkgA0GIAfwKAAAgAUGwAWoQyQEMAwsgAUEEakHtqMAAQSYQcwwBCyABQUBrEDsgAUEgahCgAQwBCyABIAEoAhw2AugCIAEgASkCFDcD4AIgASABKQIMNwPYAiABIAEpAgQ3A9ACIAkgAUHQAmoQNgsgAUHwAmokACAPEMkBIA1BEGokACACQTBqELwBIAJB0ABqJAAgB0EgaiQAC1UBAX8jAEEQayIDJAAgA0EIaiABIAIQgQECQCADKAIIQQFHDQAgAygCDCIBQRtLDQAgACABQQJ0QbDJwABqIgEoAgA2AgAgASAANgIACyADQRBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEIkBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQxwEACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAtUAQF/IwBBEGsiAiQAIAJBCGogARA0AkAgAi0ACEUEQCAAQYCAgIB4NgIADAELIAItAAlBIkYEQCAAIAEQBQwBCyAAQYCAgIB4NgIACyACQRBqJAALowEBA38jAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgAkEEaiIDENMBIgRByYrAAEEGEMsBIAEzARgQkgFBvorAAEEHEMsBIAEoAgQgASgCCBBcQcWKwABBBBDLASABKAIQIAEoAhQQzwEaIAQQ3gEaIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEANgIMIAJCgICAgBA3AgQgAxDcASACQRBqJAALUAEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgIADhDcDGCADIANBDGqtQoCAgICAA4Q3AxBBqIDAACADQRBqIAIQegALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEMoBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDUASEAA0AgAgRAIAAQ1AEgASgCACABKAIEEM8BIAEoAgwgASgCEBDPARDfARogAkEUayECIAFBFGohAQwBCwsgABDfAQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBC/ASABQQhqEJEBIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQhwEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELRwECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEHcgAigCDCEDIAIoAggFQQALNgIAIAAgAzYCBCACQRBqJAALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtKAQN/IwBBEGsiAiQAIAJBCGogARCHASACLQAIIgMEQCACLQAJIQQgASABKAIIQQFqNgIICyAAIAQ6AAEgACADOgAAIAJBEGokAAvGAQIFfwF+IwBBEGsiBCQAIAAgAiABa0EUbiIGEKUBIAApAgQhCCAEIABBCGo2AgQgBCAIQiCJNwIIIwBBIGsiACQAIARBBGoiAygCBCEFIAMoAgAgASACRwRAIAMoAgggBUEUbGohAyAFIAYiAmohBQNAIABBDGogARDCASADIAAoAhw2AhAgAyAAKQIUNwIIIAMgACkCDDcCACADQRRqIQMgAUEUaiEBIAJBAWsiAg0ACwsgBTYCACAAQSBqJAAgBEEQaiQAC3cBAn8jAEEQayIEJAAgAiABQQFrSwRAIAQgADYCCCAEIAAgAWo2AgwgBEEIaiICKAIAIQEgAigCBCEDA0AgAyABIgBHBEAgAiAAQQFqIgE2AgAgAC0AAEE6a0H/AXFB9QFLDQELCyAAIANGIQMLIARBEGokACADC0kBAX8jAEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEGYgBEEIaiAEKAIQIAQoAhQgASACEJ8BIAAgBCkDCDcDACAEQSBqJAALTgECfgJAIAEtAABBAkcNAAJAAkACQCABKAIIQQFrDgIBAwALIAEpAxAiA0IAWQ0BDAILIAEpAxAhAwsgACADNwMIQgEhAgsgACACNwMACzkAIAEgAhAmIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLNgIEIAAgAjYCAAtCAQJ/IwBBEGsiAiQAIAEEfyACQQhqIAEQtgEgAigCDCEDIAIoAggFQQALIQEgACADNgIEIAAgATYCACACQRBqJAALQQEDfwJAIAAoAggiBCACaiIFIARJDQAgBSAAKAIESw0AIAAoAgAgBGogASACENkBRQ0AIAAgBTYCCEEBIQMLIAMLQQEBfwJAIAAoAggiAUUNACAAKAIEIAFqQQFrIgFFDQAgAS0AACIBQTpGIAFB2wBGciABQfsARnINACAAQSwQSQsLQwEBfyMAQRBrIgMkACADQQRqIAAgASACEG4CQCADKAIIIgBFDQAgAygCDCIBRQ0AIAMoAgQgASAAEFYLIANBEGokAAs4AQF/IwBBEGsiAyQAIANBCGogABC1ASADKAIIIgAEfyAAIAMoAgwgASACEDkFQQALIANBEGokAAtEAQF/IwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEYECAgASgCCCIAQYGAgIB4RwRAIAAgASgCDBDHAQALIAFBEGokAAs5AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhAMIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtDAQF/IwBBEGsiBCQAIARBCGogASgCACABKAIEIAIgAxA5EGcgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC0wAAkACQAJAAkAgASgCACACIAMQayICRQ0AQQAhASACLQAADgQAAwMBAwsgAEEANgIEDAELIAAgAikDCDcCBAtBASEBCyAAIAE2AgALQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBAgIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQxwEACyAFQRBqJAALPAEBfyAAIAIQpwEgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC0ABAn8jAEEgayIDJAAgA0EIaiIEIAEgAhBEIANB9AM7ARwgA0EONgIYIANBu63AADYCFCAAIAQQfyADQSBqJAALNgECfyAALQAAIQMDQCACIgAEQCAAQQFrIQIgAS0AACEEIAFBAWohASADIARHDQELCyAAQQBHCz8BAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEEMgACADKQMINwMAIANBIGokAAs7AQF/IwBBEGsiAyQAIANBCGogASACEBQgAyADKAIIIAMoAgwQJyAAIAMoAgAgAygCBBBEIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEIUBIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACECgiAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUHoi8AAEAggBUEQaiQACzQBAX8jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFAALNAECfyMAQRBrIgEkACABQQhqIAAQGiABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQwwFBAAshASAAIAI2AgQgACABNgIACzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEJQBIAJBIGokAAs4AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARBXIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ0wFB64rAAEEFEMsBIAEoAgwgASgCEBDPAUHwisAAQQcQywEgASgCBCABKAIIEM8BQfeKwABBChDLASABMwEUEJIBEN4BIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ3AEgAkEQaiQAIAAgBiAFED4gARDcASAEQRBqJAALjwEBBX8jAEEQayIDJAAgA0EIaiEFIwBBEGsiAiQAA0ACQCACQQhqIAEQGyACKAIIIgRFBEBBACEEDAELIAIgBCACKAIMEBQgAigCBCIGRSACKAIAIgRFcg0BCwsgBSAGNgIEIAUgBDYCACACQRBqJAAgAygCDCEBIAAgAygCCDYCACAAIAE2AgQgA0EQaiQACy4AIABBHEEQIAIgASABIAJJGyIBIAFBEE0bQQFrZyIBazYCBCAAIAFBAEc2AgALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABDcASAAQRBqIQAMAQsLCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQQARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQMACzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQyQFBAAshASAAIAI2AgQgACABNgIACzUBAX8jAEEQayICJAAgAkEIaiABEEMgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQACzEAIwBBEGsiAiQAIAAoAgAiABCCASACIAA2AgwgASACQQxqQcCmwAAQISACQRBqJAALMwEDfyAAIAEoAggiAiABKAIEIgNJBH8gASgCACACai0AAAVBAAs6AAEgACACIANJOgAAC2wBAn8gAS0AiwFBAUYEQEEAIQEgAiADQZSIwABBAxC6AQR/A0AgASADRwRAIAEgAmohBSABQQFqIQEgBCAFLQAAQS5GaiEEDAELCyAEQQJGBUEAC0EBcyEECyAAQQRqIAIgAxBEIAAgBDYCAAsdACACBEAgAiABEAwhAQsgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABELwBQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEL0BQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA0IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQIiAEQRBqJAALQAEBfyMAQRBrIgMkACADQQhqIAEgAhB1IAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAv/AQEHfyAAKAIIIgYgACgCAEYEQCMAQRBrIgQkACAEQQRqIQUgACgCACICIQMgACgCBCEHAn9BCCACQQF0IgIgAkEITRsiCCICQQBIBEBBASEDQQAhAkEEDAELAn8CQAJ/IAMEQCAHIANBASACECgMAQsgAkUEQEEBIQMMAgsgAkEBEAwLIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMEMcBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEMgBCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahDdAQsPCyAAQQRqENwBDwsgAEEEahDgAQvJAQIDfwF+IAAQaSABQgBTBEAgAEEtEEkLIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBJIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEH8i8AAEFoACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBgBUEBC0ULqgkBDH8jAEEgayIMJAAgDEEIaiELIwBBIGsiByQAQc2QwAAhBEHVACECQQEhDUGQAyEFQaKRwAAhA0ESIQggASgCACIGIQlBASEKAkACQAJAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkAgBkEBaw4VAAECAwQFBgcICgsMDQ4PEBESExQVHgsgASgCCCECIAEoAgQhBEEAIQZBtJHAACEDDBsLQciRwAAhBEEmIQJBACEGQe6RwAAhAwwaC0GCksAAIQRBKiECQQAhBkGVAyEFQaySwAAhAwwaC0G+ksAAIQRBLCECQQAhBkGTAyEFQeqSwAAhAwwZCyAHIAEoAggiCiABKAIMIglqNgIMIAcgCjYCCEEAIQYgB0EANgIQIAdBCGohBUEAIQJBICEDIwBBEGsiBCQAA0ACQCAEQQhqIAUQPCAEKAIMQYCAxABGBEAgAyECDAELIANBAWsiAw0BCwsgBEEQaiQAIAINFiAHIAUQPCAHKAIEQYCAxABGDRYCQCAHKAIAIgJFDQAgAiAJTwRAIAIgCUYNAQwWCyACIApqLAAAQUBIDRULIAoMFQtBzZPAACEEQTohAkEAIQZBkQMhBUGfkMAAIQNBCyEIDBcLQYeUwAAhBEEjIQJBACEGQZEDIQVB+o/AACEDQREhCAwWCyABKAIIIQJBACEGQZEDIQVBqpTAACEDIAEoAgQMAQtBHiECQQAhBkGRAyEFQdWUwAAhA0G3lMAACyEEQQ0hCAwTC0HilMAAIQRBOyECQQAhBkGRAyEFQZ2VwAAhA0ETIQgMEgtBsJXAACEEQSohAkEAIQZBkQMhBUHalcAAIQMMDAtB6JXAACEEQTshAkEAIQZBkQMhBUGjlsAAIQNBECEIDBALQbOWwAAhBEEeIQJBACEGQZEDIQVB0ZbAACEDDAkLQeCWwAAhBEEgIQJBACEGQZEDIQVBgJfAACEDDAgLQY+XwAAhBEEsIQJBACEGQZEDIQVBu5fAACEDDAcLQcqXwAAhBEE3IQJBACEGQZMDIQVBgZjAACEDQRUhCAwMC0GWmMAAIQRBKSECQQAhBkGTAyEFQb+YwAAhA0EWIQgMCwsgASgCCCECIAEoAgQhBEEAIQZB9gMhBUHVmMAAIQMMBQtB45jAACEEQSohAkEAIQZB9wMhBUGLkMAAIQMMCAsgASgCCCECIAEoAgQhBEELIQlBACEGQfQDIQVBmJnAACEDQY2ZwAAMAQsgASgCECEGIAEoAgwhDSABKAIIIQIgASgCBCEEQQ0hCUH0AyEFQbOZwAAhA0GmmcAACyEKQQ4hCAwHC0EPIQgMBQtBDiEIDAQLQQALIQMgAiAJIAMbIQkgAyAKIAMbIQoLQfySwAAhBEE8IQJBkQMhBUG4k8AAIQNBFSEIDAILQRQhCAtBACEJCyAHIAY2AhwgByANNgIYIAcgCTYCFCAHIAo2AhAgByACNgIMIAcgBDYCCCALIAdBCGpBAxBBIAsgBTsBFCALIAg2AhAgCyADNgIMIAdBIGokACAAIAsQfyABEMYBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQtAEjAEHQAGsiASQAIAFBEGogAxCAAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFcgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCAASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARCkAQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAYIANBEGokAAsoACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQhgEgAkEQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEDUgA0EQaiQACycAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhA6IAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAtIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA/IANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQRiACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEB0gAkEQaiQACyYBAn8gACgCCCIDIAEoAgRGBH8gACgCBCABKAIAIAMQYAVBAQtFCygAIAMgBCABIAIQugEhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALKgEBfyAAQQRBACAAKAIAQYCAgIB4RiIBG2oQ3AEgAEEQQQwgARtqENwBC5MEAQl/IwBBEGsiCCQAIwBBMGsiAiQAIAIgATYCDCACIAA2AgggAiACQS9qIgA2AiggAiAANgIkIAIgAkEMajYCICACIAJBCGo2AhwjAEEQayIEJAAgBCACQRxqIgAoAgAoAgAgACgCBCgCABB1IAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB/HMhAAJ/A0BBACAARQ0BGiAAQZzAwABqIABBjAFqIQAgAUEIahDIAUUNAAsgAEHQvsAAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQbSiwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQSQsgA0EEaiAAKAIAIAAoAgQQciEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqEMMBIARBEGokACACIAUQdyAIIAIpAwA3AgAgAkEwaiQAIAgoAgAgCCgCBCAIQRBqJAALTwECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAgACABQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQ4wEgAEEQaiQAIAFBEGokAAsmACAAKAIAQYCAgIB4RwRAIAAQ3AEgAEEYahDJASAAQQxqENwBCwsNACAAIAFBCEEEEPABCw0AIAAgAUEUQQQQ8AELDQAgACABQQxBBBDwAQsNACAAIAFBAUEBEPABC94BAgV/AX4jAEEQayICJAAjAEEgayIDJAAgA0EUaiEEIwBBMGsiASQAIAFBFGoiBSAAEDEgASgCFEUEQCABQQhqIAUQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAIABBCGogBqdBlAFqELcBIAQgACgCCCAAKAIMEL8BIABBEGokACABQSBqEL0BIAFBMGokACADQQhqIAQQXyACIAMpAwg3AgAgA0EgaiQAIAIoAgAgAigCBCACQRBqJAALlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQMSABKAIURQRAIAFBCGogAhCLASABKAIIIgBBASAAGyABKAIMQQAgABsQ7QEACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCoAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQvwEgAEEQaiQAIAFBIGoQvQEgAUEwaiQAIARBCGogBhBfIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCVDYCBCAGIAIoAlBBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBEIABBEGokACABQSBqEL0BIAFBMGokACAEQQhqIAUQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8kDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDEgAigCFEUEQCACQQhqIAEQiwEgAigCCCIAQQEgABsgAigCDEEAIAAbEO0BAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHENMBQbWKwABBAxDLASABQQhqIgEoAgQgASgCCBDPAUG4isAAQQYQywEgASgCJCABKAIoEM8BQb6KwABBBxDLASABKAIQIAEoAhQQXEHFisAAQQQQywEgASgCHCABKAIgEM8BEN4BGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxDcASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahC9ASACQTBqJAAgBkEIaiADEHcgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC6oCAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiECIwBBMGsiASQAIAFBFGoiBSAAEDEgASgCFEUEQCABQQhqIAUQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAAkACQCAGpyIFKQMAQgFWDQAgAEEEakECIAUtAIABIAUoAmhBgICAgHhGGxDRAUEFEEQgACgCBEGAgICAeEYNACACIAAoAgw2AgggAiAAKQIENwIADAELIAJBADYCCCACQoCAgIAQNwIACyAAQRBqJAAgAUEgahC9ASABQTBqJAAgBEEIaiACEHcgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8cEAgl/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIKNwMgIwBBEGsiBCQAAkACQCAKpyIAKQMAQgFWDQAgBEEEaiEIIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIABB6ABqIgAoAgAhCSACQQRqENMBQY2NwABBAxDLASEHAkAgCUGAgICAeEYEQCAHQZONwABBAhDPAUGVjcAAQQMQywFBmI3AAEEFEM8BQaiNwABBARDLASAAKAIIIAAoAgwQzwFBqY3AAEEBEMsBIAAoAhQgACgCGBDPARoMAQsgB0GqjcAAQQMQzwFBrY3AAEEBEMsBIAAoAgQgACgCCBDPAUGujcAAQQEQywEgACgCECAAKAIUEM8BQd2HwABBAxDLASAALQAYENEBQQUQzwEaCyAIIAdBmI/AAEEDEMsBQQEQxQEQ3gEiACgCCDYCCCAIIAApAgA3AgAgAEEANgIAIAJBADYCDCACQQE2AgggABDcASACQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAUEgahC9ASABQTBqJAAgBkEIaiADEHcgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC/cBAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBIGsiACQAAkAgBqciAikDAEICUQRAIAUgAkEIahBZDAELIABBBGoiAkGMjMAAQQwQcyAFIAIQWSACENUBCyAAQSBqJAAgAUEgahC9ASABQTBqJAAgBEEIaiAFEHcgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC7YCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEHIwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIpAwBCBFINACACKAJwQYCAgIB4RwRAIAIoAnghBiACKAJ0IQUMAQsgAigCoAEiAkUNACACKAIIQQFHDQAgAigCFCEGIAIoAhAhBQsgCCAGNgIEIAggBTYCACAHIAAoAgggACgCDBC/ASAAQRBqJAAgAUEgahC9ASABQTBqJAAgBEEIaiAHEF8gAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJgNgIEIAYgAigCXEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEEQgAEEQaiQAIAFBIGoQvQEgAUEwaiQAIARBCGogBRCFASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALGAEBfyABIANGBH8gACACIAEQYAVBAQtFC5cBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AggCQCAAQQxqIgAoAgBBgICAgHhGBEAgAEEEahC5AQwBCyAAENUBCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQShBBBBWCyABQRBqJAALC58BAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKgAQRAIABBoAFqELkBCyAAQYgBahDrASAAEDsgAEGUAWoQyQECQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEG4AUEIEFYLIAFBEGokAAsLIQAgACADIAEgAhBIIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQUBrENwBIABBzABqENwBIABB2ABqENwBIAAQwQELrQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqENwBIABBLGoQ4QEgAEE4ahDhASAAQQxqENwBIABB0ABqEM0BIABB3ABqEKMBIABBxABqEOQBAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAFBCBBWCyABQRBqJAALCxgBAX8gASADTwR/IAIgACADENkBBUEACwsWACABIAAQDCIARQRAIAEQ7gEACyAACx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahCzAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQswELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELIBCxsAIAEEQCAAIAEgAhBEDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ3AEgAEEMahDJAQsLGgAgAEEYahDcASAAQTBqEMkBIABBJGoQ4gELGAAgACABKQIANwIAIABBCGogAUEIahBRCxkBAX8gACgCBCIBBEAgACgCACABQQEQVgsLHAAgACgCACAAKAIEIAEoAgAgASgCBBCxAUEBcwsbACAAQaeLwABBq4vAACABG0EEQQUgARsQ0AELFQAgACgCAEEFRgRAIABBBGoQ3AELCxwAIAAEQCABEO4BAAtBjMPAAEEjQaDDwAAQegALGQAgACgCACAAKAIEIAEoAgAgASgCBBCxAQsWACAAKAIAQYCAgIB4RwRAIAAQ3AELCxIAIAAoAgBBAE4EQCAAENwBCwsTACAAIAEgAhDPASIAQToQSSAACxYAIAAoAgBBgICAgHhHBEAgABDgAQsLFgAgACgCAEGAgICAeEcEQCAAEOEBCwsPACABBEAgACABIAIQVgsLnAIBAX8gABBpIwBBEGsiAyQAIABBIhBJIAMgATYCCCADIAEgAmo2AgwDQAJAAkACQAJAAkACQAJAAkACQAJAAkAgA0EIahB7IgFBCGsOBgQFBgEHCAALIAFBIkYNASABQdwARg0CIAFBgIDEAEYNCQsgAUEgSQ0HIAAgARBJDAkLIABBgYvAAEECEHIMCAsgAEGDi8AAQQIQcgwHCyAAQYWLwABBAhByDAYLIABBh4vAAEECEHIMBQsgAEGJi8AAQQIQcgwECyAAQYuLwABBAhByDAMLIABBjYvAAEECEHIMAgsgAEGPi8AAQQQQciAAIAFBBHYtAJOLQBBJIAAgAUEPcS0Ak4tAEEkMAQsLIABBIhBJIANBEGokACAACxAAIAAQaSAAIAEgAhByIAALEAAgAEH/AXFBAnQoAqDCQAsRACAAIAEgAkHFhsAAQQAQEgsPACAAEGkgAEH7ABBJIAALDwAgABBpIABB2wAQSSAACw8AIAAQ6wEgAEEMahDcAQsPACAAENwBIABBDGoQ3AELDwAgABDcASAAQRBqEJEBCw4AIAAgASACQYCAEBAkCwsAIAAgASACEGBFCwwAIAAgASACIAMQHAuVAQICfwF+IwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIDNwMgQQJCgIiEkDAgA6cpAwAiA6dBAmutQv8Bg0IDhoinIANCAVgbIAFBIGoQvQEgAUEwaiQAQf8BcbgLCgAgAEEBQQEQags0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ1wEgAkEoaiECDAELCyAAEOcBCwsAIABB/QAQSSAACwsAIABB3QAQSSAACzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCRASACQRhqIQIMAQsLIAAQ6AELNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACENwBIAJBDGohAgwBCwsgAEEEQQwQags8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDcASABQQxqENwBIAJBAWshAiABQRhqIQEMAQsLIAAQ6gELCgAgAEEEQQgQags8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDcASABQQxqEOEBIAJBAWshAiABQRhqIQEMAQsLIAAQ6gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACENwBIAJBEGohAgwBCwsgABDmAQsKACAAQQRBEBBqCwoAIABBCEEoEGoLCgAgAEEIQRgQagsKACAAIAEgAhAVCwoAIABBBEEYEGoLOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABENwBIAFBFGohAQwBCwsgAEEEQRQQagsNAEGswsAAQRsQ7QEACwkAIAAgARAAAAtnAQF/IwBBEGsiASQAIAEgADYCBCABIAFBBGqtQoCAgICAA4Q3AwgjAEEgayIAJAAgACABQQhqNgIQIABBpYTAADYCDCAAQQA6AB0gAEEAOgAcIABB/MLAADYCGCAAIABBDGo2AhQACwMAAAsjAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhBxCwsLqUUkAEGAgMAAC5kpFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvYWxsb2MucnMAc3JjL3JmYzMzMzkucnMAFW1lbW9yeSBhbGxvY2F0aW9uIG9mIMANIGJ5dGVzIGZhaWxlZAAAHgEQAE8AAADNAQAANwAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3RBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODktX2h0dHBzOi8vaHR0cDovL2xvY2FsaG9zdDo6MZ0DEAADAAAAMTI3AKgDEAADAAAAZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5UlMyNTZhbGdraWRjcml0AN0DEAADAAAA4AMQAAMAAADjAxAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKaGVhZGVyIGlzIG5vdCBiYXNlNjR1cmxoZWFkZXIgaXMgbm90IGEgSlNPTiBvYmplY3Qgd2l0aCBhbiBhbGdwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmxFUzI1NqMEEAAFAAAALnRoZSBzaWduYXR1cmUgaXMgZW1wdHkgb3Igbm90IG9mIGl0cyBhbGdvcml0aG0ncyBzaXplY3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c3VybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAEAAAABAAAAAMAAAAEAAAAAAAAAAQAAAAEAAAABQAAAAYAAABuARAACwAAAFoBAAAaAAAAAAAAABAAAAAEAAAABwAAAAgAAABuARAACwAAAP0BAAAJAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAC8GEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAAJgGEAAFAAAAeHlSU0FuZXNpZwAArwYQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJpZgcQAAYAAABsBxAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZE9JRENfUkVGVVNFX0FOT05ZTU9VUzogbm8gYW5vbnltb3VzIHVzZXJzYW5vbnltb3VzX3VzZXJfcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIHdob2xlIHNlY29uZHMgYmVsb3cgMl42MyAobm8gZnJhY3Rpb24sIG5vIGV4cG9uZW50KXRoZSB0b2tlbiBoYXMgbm8gZXhwIGNsYWltbmJmQlJJREdFX0NMQUlNUyBuZWVkcyB0aGUgdG9rZW4ncyBpYXRpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cGFub255bW91cwAAsQ0QAAkAAAABaHR0cHM6Ly9zdHl0Y2guY29tL3Nlc3Npb25leHBpcmVzX2F0dGhlIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZWEgY2xhaW0gQlJJREdFX0NMQUlNUyBtYXBzIGlzIG5vdCBhIHN0cmluZyAo4omkIDI1NiBieXRlcyksIGludGVnZXIsIGJvb2xlYW4gb3IgYXJyYXkgb2Yg4omkIDMyIHN1Y2ggc3RyaW5nc3Rva2VuX3VzZSBpcyBub3QgYSB0b2tlbiBraW5kIE9JRENfVE9LRU5fVVNFIGFjY2VwdHMgKGlkLCBhY2Nlc3MpT0lEQ19QUkVTRVRtdXN0IGJlIG9uZSBvZiBjbGVyaywgYXV0aDAsIGZpcmViYXNlLCBjb2duaXRvLCBlbnRyYSwgZ29vZ2xlLCBzdXBhYmFzZSAob3IgdW5zZXQpSldUX1NFQ1JFVEJSSURHRV9UT0tFTl9UVExfU0VDT05EU0JSSURHRV9DQVBfVE9fUFJPVklERVJfRVhQQlJJREdFX0FMTE9XRURfT1JJR0lOUypCUklER0VfQ0xBSU1TU1RZVENIX0FQSV9CQVNFcHJvamVjdC1saXZlLWh0dHBzOi8vdGVzdC5zdHl0Y2guY29taHR0cHM6Ly9hcGkuc3R5dGNoLmNvbVNUWVRDSF9TRUNSRVRtdXN0IGJlIGEgSldLUyBKU09OIGRvY3VtZW50IHsia2V5cyI6IFsuLi5dfSBvZiBhdCBtb3N0IDI2MjE0NCBieXRlcy8ud2VsbC1rbm93bi9vcGVuaWQtY29uZmlndXJhdGlvbk9JRENfVE9LRU5fVVNFAADwBxAAAgAAAJ4NEAAGAAAAT0lEQ19SRUZVU0VfQU5PTllNT1VTbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAA/hAQAAQAAABiYXNlDBEQAAQAAAAxeWVzMG5vbXVzdCBiZSB0cnVlIG9yIGZhbHNlIQ8QAAoAAAArDxAAGAAAAEMPEAAaAAAAXQ8QABYAAAB0DxAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AACbBxAAAwAAAJ4HEAAEAAAArwcQAAMAAAB8DRAAAwAAAL4HEAADAAAAwQcQAAMAAABWDRAAAwAAAMQHEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAwxIQAAcAAADsBxAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZADwEhAABwAAAN8NEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAABwTEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkxAcQAAUAAABUExAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUYSBjYWxsIG91dCBvZiB0aGUgY29udmVyc2F0aW9uJ3Mgb3JkZXIAAAAAAAIAQaSpwAALAQQAQbCpwAALCgEAAAAAAAAA9AEAQaCqwAALxQlPUFRJT05TY2xhaW1zQ29udGVudC1MZW5ndGgAHBEQAAEAAAB0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAzhYQAAYAAADUFhAACwAAAC9lbWFpbF92ZXJpZmllZFdPUktPU19JU1NVRVJXT1JLT1NfSldLU19VUkxodHRwczovL2FwaS53b3Jrb3MuY29tL3Nzby9qd2tzL3t9d29ya29zV09SS09TX0NMSUVOVF9JRFdPUktPU19KV0tTAABDFxAAEAAAAP8WEAANAAAADBcQAA8AAABTFxAACwAAAGh0dHBzOi8vYXBpLndvcmtvcy5jb21odHRwczovL2FwaS53b3Jrb3MuY29tL3VzZXJfbWFuYWdlbWVudC97fQCAFxAAFgAAAJYXEAApAAAAzhYQAAYAAABLSU5ERV9KV0tTX1VSTHt9Ly53ZWxsLWtub3duL2p3a3MuanNvbktJTkRFX0FVRElFTkNFa2luZGVLSU5ERV9JU1NVRVJfVVJMS0lOREVfSldLUwARGBAAEAAAAP4XEAAOAAAA2BcQAA4AAAAhGBAACgAAAHt9AABMGBAAAgAAAHtiYXNlfS92MS9zZXNzaW9ucy9qd2tzL3t9c3R5dGNoU1RZVENIX0pXS1MAHhQQABEAAADKDxAADQAAAIEPEAAPAAAAeBgQAAsAAABzdHl0Y2guY29tL3t9e2Jhc2V9AKQYEAANAAAAsRgQAAYAAABPSURDX0pXS1NfVVJMT0lEQ19BVURJRU5DRU9JRENfSVNTVUVST0lEQ19KV0tTAADEDhAACwAAAOIYEAALAAAA1RgQAA0AAADIGBAADQAAAO0YEAAJAAAAPBAQAA4AAABcEBAAFQAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZS9maXJlYmFzZS9zaWduX2luX3Byb3ZpZGVyY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbUwYEAACAAAAlRkQABMAAABzdXBhYmFzZaIHEAANAAAAL2lzX2Fub255bW91cwAAAOAWEAACAAAA8BYQAA8AQfCzwAALFf8WEAANAAAADBcQAA8AAAAbFxAAIgBBkLTAAAtJPRcQAAYAAAA9FxAABgAAAGAXEAAEAAAAQxcQABAAAADAFxAAAgAAAFMXEAALAAAABAAAAAAAAABKAhAAAQAAAAEAAAAAAAAAAQBB5LTAAAsN0BcQAAEAAADwFhAADwBBhLXAAAtp2BcQAA4AAADmFxAAGAAAAP4XEAAOAAAADBgQAAUAAAAMGBAABQAAACwYEAAEAAAAERgQABAAAABQGBAAAQAAACEYEAAKAAAABAAAAAAAAABKAhAAAQAAAEoCEAABAAAAAQAAAAAAAAABAEGYtsAACwVYGBAAGgBBqLbAAAtJchgQAAYAAAByGBAABgAAAIQYEAAEAAAAHhQQABEAAAC4GBAAAgAAAHgYEAALAAAAUBgQAAEAAABKAhAAAQAAAMQNEAABAAAAAQBB+7bAAAsOAdAXEAABAAAA8BYQAA8AQZy3wAALBcgYEAANAEGst8AAC2nVGBAADQAAAP4QEAAEAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBANAXEAABAAAA8BYQAA8AQai4wAALBcgYEAANAEG4uMAAC2nVGBAADQAAADMZEAAFAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAACtDRAAAQAAAAEAAAAAAAAAAQEBANAXEAABAAAA8BYQAA8AQbS5wAALBcgYEAANAEHEucAAC2nVGBAADQAAADgZEAAFAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBANAXEAABAAAA8BYQAA8AQcC6wAALBcgYEAANAEHQusAAC2nVGBAADQAAAD0ZEAAIAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAAABAAAAAAAAAEUZEAAaAAAAAQEBANAXEAABAAAA8BYQAA8AQcy7wAALBcgYEAANAEHcu8AAC2nVGBAADQAAAF8ZEAAHAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAACUDRAAAQAAAAEAAAAAAAAAAQEBANAXEAABAAAAZhkQAAkAQdi8wAALBcgYEAANAEHovMAAC3HVGBAADQAAAG8ZEAAFAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBANAXEAABAAAA8BYQAA8AAAB0GRAAGwBB5L3AAAsFyBgQAA0AQfS9wAALadUYEAANAAAAjxkQAAYAAAD+EBAABAAAAPgYEAAHAAAA4hgQAAsAAACoGRAAAgAAAO0YEAAJAAAABAAAAAAAAAAwGRAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEA0BcQAAEAAADwFhAADwBB8L7AAAsFyBgQAA0AQYC/wAALuwTVGBAADQAAALgZEAAIAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAUBgQAAEAAADtGBAACQAAAMAZEAABAAAAMBkQAAMAAAABAAAAAAAAAMgZEAANAAAAAQEAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbgAAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccYWAhAADgAAACIAAAA1AAAAzwAQAE4AAABxBwAAEQAAANgDEADJFhAAowQQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB6ARAAUAAAACwDAAAJAAAAywEQAEoAAAApAgAACQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAegEQAFAAAAAcAAAABQAAAAICAgICAgICAgICAEHYw8AACwgCAgAAAAAAAgBBj8TAAAsBAgBBtcTAAAsBAQBB0MTAAAsBAQBBsMXAAAvIAjAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQbrIwAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABB+MjAAAsZYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwBBlMnAAAsBFwBBoMnAAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc= */
}
var WASM_TEXT_LENGTH = 93316;

// functions/src/lib/untyped.js
function untyped(x) {
  return x;
}

// functions/src/lib/wasm.js
var DECODER_WASM = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcJAgFtAgABZAAACo8BAYwBAQR/IAAtAP8BQT1GIAAtAP4BQT1GaiEEAkADQCABIABPDQEgAS0AgAItAABBEnQgAS0AgQItAABBDHRyIAEtAIICLQAAQQZ0IAEtAIMCLQAAcnIhAyACIANBEHY6AIACIAIgA0EIdjoAgQIgAiADOgCCAiABQQRqIQEgAkEDaiECDAALAAsgAiAEawsLhwIBAEEAC4ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4AAAA/NDU2Nzg5Ojs8PQAAAAAAAAAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGQAAAAAAABobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
function base64Bytes(b64) {
  const U8 = untyped(Uint8Array);
  if (typeof U8.fromBase64 === "function") return U8.fromBase64(b64);
  const bin = atob(DECODER_WASM);
  const code = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) code[i] = bin.charCodeAt(i);
  const { m, d } = untyped(new WebAssembly.Instance(new WebAssembly.Module(code)).exports);
  const short = 256 + b64.length - m.buffer.byteLength;
  if (short > 0) m.grow(Math.ceil(short / 65536));
  new TextEncoder().encodeInto(b64, new Uint8Array(m.buffer, 256));
  return new Uint8Array(m.buffer, 256, d(b64.length));
}
function wasmBase64(flavor) {
  const source = flavor.WASM_TEXT.toString();
  const start = source.indexOf("/*!") + 3;
  const text = source.slice(start, source.indexOf("*/", start)).trim();
  if (text.length !== flavor.WASM_TEXT_LENGTH) throw new Error("the embedded .wasm is not as built: this file was changed after bundling (comments removed?)");
  return text;
}
function wasmLoader(flavor) {
  let compiled = untyped(null);
  let glue = untyped(null);
  function instance() {
    if (glue) return glue;
    if (!compiled) compiled = new WebAssembly.Module(base64Bytes(wasmBase64(flavor)));
    const g = flavor.createWasmGlue();
    g.initSync({ module: compiled });
    glue = g;
    return g;
  }
  function call(fn) {
    try {
      return fn(instance());
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) glue = null;
      throw e;
    }
  }
  return { call, instance };
}

// functions/src/lib/http.js
function toResponse(reply, cors) {
  const headers = new Headers();
  for (const [k, v] of reply.headers || []) headers.set(k, v);
  for (const [k, v] of cors || []) headers.set(k, v);
  const empty = reply.status === 204 || reply.status === 304;
  return new Response(empty ? null : reply.body, { status: reply.status, headers });
}
function internalError(cors) {
  const body = JSON.stringify({ error: "internal_error", message: "The function failed unexpectedly", statusCode: 500 });
  return toResponse({ status: 500, headers: [["Content-Type", "application/json"]], body }, cors);
}
function logInternal(slug, e) {
  console.error(`${slug}: internal error (${e instanceof Error ? e.name : typeof e})`);
}
function secretsJson(names) {
  const env = {};
  for (const entry of names.split(",")) {
    const [key, guard] = entry.split("?");
    if (guard && !Deno.env.get(guard)) continue;
    const value = Deno.env.get(key);
    if (typeof value === "string") env[key] = value;
  }
  return JSON.stringify(env);
}
function nowSeconds() {
  return Math.floor(Date.now() / 1e3);
}
async function fetchTextWithin(url, init, ms) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), ms);
  });
  const read = (async () => {
    try {
      const res = await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: "error" }));
      const text = await res.text();
      return { status: res.status, ok: res.ok, headers: res.headers, text };
    } catch (_e) {
      return "unreachable";
    }
  })();
  try {
    return untyped(await Promise.race([read, deadline]));
  } finally {
    clearTimeout(timer);
  }
}

// functions/src/lib/jwks.js
var JWKS_DEFAULTS = {
  timeoutMs: 5e3,
  // Without a usable max-age.
  ttlMs: 10 * 60 * 1e3,
  // A provider that says no-store or max-age=0 is still not fetched per request.
  minTtlMs: 60 * 1e3,
  // A rotated-out key must not stay trusted for longer than this.
  maxTtlMs: 24 * 60 * 60 * 1e3,
  // An unknown `kid` forces a refetch at most this often per URL (a set fetched a moment ago
  // may still predate a rotation, so the plain fetch time does not count), so random kids
  // cannot turn the function into a request amplifier against the provider.
  cooldownMs: 30 * 1e3
};
function cacheLifetimeMs(cacheControl) {
  const cc = (cacheControl || "").toLowerCase();
  if (/(^|[\s,])(no-store|no-cache)([\s,=]|$)/.test(cc)) return 0;
  const m = /(^|[\s,])max-age\s*=\s*"?(\d{1,10})"?/.exec(cc);
  return m ? Number(m[2]) * 1e3 : null;
}
var RemoteJwks = class {
  #cache = /* @__PURE__ */ new Map();
  #inFlight = /* @__PURE__ */ new Map();
  #fetch;
  #now;
  #opts;
  /**
   * `options`: any of JWKS_DEFAULTS, plus `fetch(url, init, ms)` resolving to {status, ok,
   * headers, text} or 'unreachable' (as fetchTextWithin: the body is read within the deadline
   * too) and `now()` in milliseconds; tests pass fakes.
   */
  constructor(options = untyped({})) {
    const { fetch: fetch2 = fetchTextWithin, now = Date.now, ...opts } = options;
    this.#fetch = fetch2;
    this.#now = now;
    this.#opts = Object.assign({}, JWKS_DEFAULTS, opts);
  }
  /**
   * {doc, fromCache} or {fail: 'provider_unreachable' | 'provider_error'}. `fromCache` says
   * whether a forced refetch could bring a newer set. `force` asks for a fresh set (an
   * unknown `kid`): honoured unless the last forced fetch is younger than the cooldown.
   */
  async get(url, force = false) {
    const cached2 = this.#cache.get(url);
    const now = this.#now();
    if (cached2 && !force && now < cached2.expiresAt) return { doc: cached2.doc, fromCache: true };
    if (cached2 && force && now - cached2.forcedAt < this.#opts.cooldownMs) return { doc: cached2.doc, fromCache: false };
    const pending = this.#inFlight.get(url);
    if (pending) return pending;
    const p = this.#load(url, force).finally(() => this.#inFlight.delete(url));
    this.#inFlight.set(url, p);
    return p;
  }
  async #load(url, force) {
    const res = await this.#fetch(url, { headers: { Accept: "application/json" } }, this.#opts.timeoutMs);
    if (res === "unreachable") return { fail: "provider_unreachable" };
    if (!res.ok) return { fail: "provider_error" };
    const doc = res.text;
    const { ttlMs, minTtlMs, maxTtlMs } = this.#opts;
    const said = cacheLifetimeMs(res.headers.get("cache-control"));
    const lifetime = Math.min(maxTtlMs, Math.max(minTtlMs, said ?? ttlMs));
    const fetchedAt = this.#now();
    const forcedAt = force ? fetchedAt : this.#cache.get(url)?.forcedAt ?? -Infinity;
    this.#cache.set(url, { doc, forcedAt, expiresAt: fetchedAt + lifetime });
    return { doc, fromCache: false };
  }
};

// functions/src/lib/bridge-claims.js
var CLAIMS_RECORD_FN = "bridge_claims_record";
var CLAIMS_WRITE_TIMEOUT_MS = 5e3;
function claimsDb() {
  const baseUrl = Deno.env.get("INSFORGE_BASE_URL");
  const apiKey = Deno.env.get("API_KEY");
  if (!baseUrl || !apiKey) return null;
  return createClient({ baseUrl, anonKey: apiKey }).database;
}
function replaced(reply, status, error, message) {
  return { status, headers: reply.headers, body: JSON.stringify({ error, message, statusCode: status }) };
}
async function record(db, args, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.rpc(CLAIMS_RECORD_FN, args);
      if (error) return `error ${typeof error.code === "string" ? error.code.slice(0, 16) : "unknown"}`;
      return data === "recorded" || data === "superseded" ? data : "unexpected answer";
    } catch (_e) {
      return "unreachable";
    }
  })();
  try {
    return await Promise.race([write, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
async function recordClaims(slug, reply, claimsRecord, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = claimsDb();
  if (!db) return replaced(reply, 500, "missing_secret", "INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS");
  const minted = JSON.parse(reply.body);
  const args = {
    p_sub: minted.user.id,
    p_bridge: minted.provider,
    p_record: claimsRecord,
    p_expires_at: new Date(minted.expiresAt * 1e3).toISOString(),
    p_not_after: new Date(Date.now() + timeoutMs).toISOString()
  };
  const outcome = await record(db, args, timeoutMs);
  if (outcome === "recorded") return reply;
  if (outcome === "superseded") {
    return replaced(reply, 409, "token_superseded", "a newer provider token already set this user's claims; exchange the provider's current token");
  }
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, "claims_unavailable", "the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again");
}

// functions/src/lib/bridge.js
var PROVIDER_TIMEOUT_MS = 5e3;
var NO_STORE = [["Cache-Control", "no-store"]];
var wasm = wasmLoader(bridge_exports);
var jwks = new RemoteJwks({ timeoutMs: PROVIDER_TIMEOUT_MS });
var cached = untyped(null);
function bridgeFor(w, provider) {
  const keys = cached && cached.glue === w && cached.provider === provider ? cached.keys : w.Bridge.env_keys(provider);
  const env = secretsJson(keys);
  if (cached && cached.glue === w && cached.provider === provider && cached.env === env) return cached.bridge;
  if (cached && cached.glue === w) cached.bridge.free();
  cached = { glue: w, provider, keys, env, bridge: new w.Bridge(provider, env) };
  return cached.bridge;
}
var KEY_CACHE_MAX = 16;
var keyCache = /* @__PURE__ */ new Map();
var ALGS = {
  RS256: [{ name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, { name: "RSASSA-PKCS1-v1_5" }],
  PS256: [{ name: "RSA-PSS", hash: "SHA-256" }, { name: "RSA-PSS", saltLength: 32 }],
  ES256: [{ name: "ECDSA", namedCurve: "P-256" }, { name: "ECDSA", hash: "SHA-256" }]
};
async function importKey(jwk, alg) {
  const cacheKey = `${alg}:${jwk}`;
  const hit = keyCache.get(cacheKey);
  if (hit) return hit;
  let key;
  try {
    key = await crypto.subtle.importKey("jwk", JSON.parse(jwk), ALGS[alg][0], false, ["verify"]);
  } catch (_e) {
    return null;
  }
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(cacheKey, key);
  return key;
}
async function conclude(session, Step) {
  const rs = (fn) => wasm.call(() => fn(session));
  for (; ; ) {
    switch (rs((s) => s.kind)) {
      case Step.Discover: {
        const got = await jwks.get(rs((s) => s.discovery_url));
        if (got.fail) rs((s) => s.fail(got.fail));
        else rs((s) => s.discovered(got.doc));
        break;
      }
      case Step.SelectKey: {
        const url = rs((s) => s.jwks_url);
        if (url === void 0) {
          rs((s) => s.select_key(void 0));
        } else {
          let got = await jwks.get(url);
          if (!got.fail) {
            rs((s) => s.select_key(got.doc));
            if (got.fromCache && rs((s) => s.kind) === Step.SelectKey) {
              got = await jwks.get(url, true);
              if (!got.fail) rs((s) => s.select_key(got.doc));
            }
          }
          if (got.fail) {
            rs((s) => s.fail(got.fail));
            break;
          }
        }
        if (rs((s) => s.kind) === Step.SelectKey) rs((s) => s.fail("unknown_key"));
        break;
      }
      case Step.CheckSignature: {
        const alg = rs((s) => s.alg);
        const key = ALGS[alg] ? await importKey(rs((s) => s.key), alg) : null;
        if (!key) {
          rs((s) => s.fail("unknown_key"));
          break;
        }
        let ok = false;
        try {
          ok = await crypto.subtle.verify(ALGS[alg][1], key, rs((s) => s.signature), rs((s) => s.signing_input));
        } catch (_e) {
        }
        rs((s) => s.signature_checked(ok === true, nowSeconds()));
        break;
      }
      case Step.StytchAuthenticate: {
        const request = JSON.parse(rs((s) => s.stytch_request));
        const res = await fetchTextWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
        if (res === "unreachable") {
          rs((s) => s.fail("provider_unreachable"));
          break;
        }
        rs((s) => s.stytch_answer(res.status, res.text, nowSeconds()));
        break;
      }
      default:
        return JSON.parse(rs((s) => s.reply()));
    }
  }
}
function bridgeHandler(provider) {
  return async function(req) {
    let session = untyped(null);
    try {
      const body = req.method === "POST" && req.body !== null ? await req.text() : "";
      const origin = req.headers.get("origin") ?? void 0;
      const authorization = req.headers.get("authorization") ?? void 0;
      let Step = untyped(null);
      session = wasm.call((w) => {
        Step = w.BridgeStep;
        return bridgeFor(w, provider).begin(req.method, origin, authorization, body, nowSeconds());
      });
      let reply = await conclude(session, Step);
      const record2 = reply.status === 200 ? wasm.call(() => session.claims_record) : void 0;
      if (record2 !== void 0) reply = await recordClaims(`${provider}-bridge`, reply, record2);
      return toResponse(reply, NO_STORE);
    } catch (e) {
      logInternal(`${provider}-bridge`, e);
      return internalError(NO_STORE);
    } finally {
      try {
        session?.free();
      } catch (_e) {
      }
    }
  };
}

// functions/src/oidc-bridge.js
var oidc_bridge_default = bridgeHandler("oidc");
module.exports = oidc_bridge_default;
})();
