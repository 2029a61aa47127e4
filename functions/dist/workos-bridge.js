// workos-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy workos-bridge --file <this file>
// Generated file: edit functions/src and run `npm run build`.
// insforge-edge 0.1.0
// source-hash: sha256:7de2c0ef4fe58a421213c3c704264226f984bda4a26d89fde65d3606e41c63d4
(() => {
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// functions/src/wasm/bridge.js
var bridge_exports = {};
__export(bridge_exports, {
  WASM_BASE64: () => WASM_BASE64,
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
       * Once a token is minted and BRIDGE_CLAIMS maps claims: `{"iat": …, "claims": {…}}`, the
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
var WASM_BASE64 = "AGFzbQEAAAABjgEVYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2AEf39/fwBgBH9/f38Bf2AAAn9/YAF/AX9gAX8Cf39gBX9/f39/AGAAAGAEf39/fgBgCn9/f39/f39/f3wBf2AFf39/f3wAYAZ/f39/f38AYAN/f3wAYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA/EB7wEEAgAAAgADAgYABAoMDQUECgUCAwUAAwAAAAYEAw4PAwYFBQIAAgYAAggGAwUABgAFEAADAAACBgMBAAUCAwQCBQACAgQIBQAAAAMBAQAAAAUCAgICBQAAAgIDAAQAAwACAwUAAgADAQIDAQQFBQUKAgIDAgIABhECCAAAAAAAAgEGAAADAAUCAAAIBgIABAESBAACAwMDAwMDBAQECgETAQEAAAAACQkJCQkJCQkJBgEBBQAAAAEBBgQBAQECAQEAAQQEAQAEAQEDAQECAwMIAggIAQEBAgMGFAEBCAgBAQEBAQEBAQEDAQELAAELBQQJAnABGRlvAIQIBQMBABEGGQN/AUGAgMAAC38AQZTJwAALfwBBuMrAAAsHjQUcBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAE8YX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFAMYnJpZGdlX2JlZ2luAA8PYnJpZGdlX2Vudl9rZXlzAKEBCmJyaWRnZV9uZXcALBFicmlkZ2VzZXNzaW9uX2FsZwCsARticmlkZ2VzZXNzaW9uX2NsYWltc19yZWNvcmQAqAEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAFMbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsAKkBEmJyaWRnZXNlc3Npb25fZmFpbABUFmJyaWRnZXNlc3Npb25fandrc191cmwArwERYnJpZGdlc2Vzc2lvbl9rZXkArQESYnJpZGdlc2Vzc2lvbl9raW5kANsBE2JyaWRnZXNlc3Npb25fcmVwbHkArgEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AFUXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAsAEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAAzG2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dACqARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAHxxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0AKsBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAG0SX193YmluZGdlbl9yZWFsbG9jAHgPX193YmluZGdlbl9mcmVlAM4BEF9fd2JpbmRnZW5fc3RhcnQAAQkrAQBBAQsY6QEVnAFGjQEi2gEcmQE6mwE/lgEYmgEtlwGGAZ0BHZgBNe8BEQwBJAr00gPvAbMJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBigCACEIIAYoAgQhBQNAAkAgCCIDIAVGDQAgBiADQQFqIgg2AgAgAy0AACIHQdwARg0AIAdB/wBrQf8BcUGhAUsNAQsLAkAgAyAFRw0AIAJBOGpBhYfAAEEIIAAgARCfAQJ/IAIoAjgiCARAIAghAyACKAI8DAELIAJBMGpBjYfAAEEHIAAgARCfASACKAIwIgNFDQEgAigCNAshACACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgADYCZCACIAA2AlAgAiAAIANqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEDwgAigCLCIEQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAERw0ACwsgAyACKAJgIgFqIQAgCSABayEEDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEEC0EAIQcgAkEgaiAAQQEgABsiASAEQQAgABsiAEHbABBkAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AED0gAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQZCACKAIYIgdFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQPSACKAJAIgNFDQIgAigCTCEJIAIoAkghByACKAJEIQAgAyEBDAILQQAhByADRQ0BC0EAIQQMAQsgAiAANgJwIAIgATYCbEEAIQQgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhBiALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgBiIDIAxGDQAgCyADQQFqIgY2AgAgAy0AACEFIA1FBEAgBUEwa0H/AXFBCkkgBUHfAXFBwQBrQf8BcUEaSXIgBUHfAEYgBUEta0ECSXJyDQIMAQsgBUEuRiAFQTBrQf8BcUELSXIgBUHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgB0UEQCAIRQ0BDAILIAggByAJQQUQYyIERXINAgsgCkUEQCABIABBlIfAAEEJEDANASACQfgAaiIDIAEgAEEuELQBIAJBEGogAxAbIAIgAikDEDcCQEEAIQQgAkFAa0Gsh8AAEJABRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAbIAIoAggNAAsgAA0CA0AgAiACQfgAahAbIAIoAgAiAEUhBCAARQ0DIAAgAigCBCIBQQMQY0UNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakGgh8AAEMgBIQQMAQtBASEECyACQaABaiQAIAQLoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEBYCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQFiAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQFiAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QFiAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQFiAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQFiAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJBgMLAABBaAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQFiAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEBYgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQYDCwAAQWgALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC7UGAQ5/IwBBkAFrIgIkACACQQRqIgRBAEHAAPwLACACQoCAgIDAADcCUCACQcAANgJIIAIgATYCRCACIAFBQGs2AkwgAkHEAGoiAyIBKAIQIgVFBEBB+MjAAEEzQZDCwAAQegALIAEoAgQgBW4hBSACQdgAaiIBIAM2AgQgASAENgIAIAFBADYCHCABIAMpAgA3AgggASADKQIINwIQIAEgAygCEDYCGCABIAUgAyAEa0ECdiIBIAEgBUsbNgIgIAIoAnQiBiACKAJ4IgEgASAGSRshCCACKAJgIAYgAigCcCIEbGohBSACKAJYIQkDQCAGIAhHBEBBACEHIAQEQCAFIQEgBCEDA0AgAS0AACAHQQh0ciEHIAFBAWohASADQQFrIgMNAAsLIAkgBkECdGogBkEBaiEGIAc2AgAgBCAFaiEFDAELCyAAKAIcIQ0gACgCGCEJIAAoAhQhASAAKAIQIQggACgCDCEOIAAoAgghBiAAKAIEIQcgACgCACEKQQAhA0GAfiELA0AgCSEFIAEhCSAIIQEgBiEEIAchBiAKIQcCQAJAIAsEQCADQQFqIQ8gA0EPSw0BIAMhCAwCCyACQgA3AogBIAIgDTYChAEgAiAFNgKAASACIAk2AnwgAiABNgJ4IAIgDjYCdCACIAQ2AnAgAiAGNgJsIAIgBzYCaCACQegAaiEDQQAhAQNAIAFBIEcEQCAAIAFqIgQgBCgCACABIANqKAIAajYCACABQQRqIQEMAQsLIAJBkAFqJAAPCyACQQRqIgogA0EPcSIIQQJ0aiIMIANBCWpBD3FBAnQgCmooAgAgDCgCACAPQQ9xQQJ0IApqKAIAIgxBGXcgDEEOd3MgDEEDdnNqaiADQQ5qQQ9xQQJ0IApqKAIAIgNBD3cgA0ENd3MgA0EKdnNqNgIACyACQQRqIAhBAnRqKAIAIAtBgMLAAGooAgAgASAJcSABQRp3IAFBFXdzIAFBB3dzaiANaiAFIAFBf3NxampqIgMgBCAGcyAHcSAEIAZxcyAHQR53IAdBE3dzIAdBCndzamohCiADIA5qIQggC0EEaiELIAQhDiAFIQ0gDyEDDAALAAvcCgIMfwF+IwBB4ABrIgMkACABIAEoAghBAWo2AgggA0EANgI4IANCgICAgBA3AjACQANAAkAgA0EoaiABEGEgAy0AKEUNACADLQApIgJB3ABHBEAgAkEiRwRAIAJBIEkNAiADQTBqIAIQjwEMAwsgAyADKAI4NgJYIAMgAykCMDcDUCADQTxqIQYjAEEQayIKJAAgCkEEaiEHIANB0ABqIggoAgQhAgJAAkAgCCgCCCIFRQ0AIAVBB2siAUEAIAEgBU0bIQwgAkEDakF8cSACayENQQAhAQNAAkACQAJAIAEgAmotAAAiCcAiC0EATgRAIA0gAWtBA3ENASABIAxPDQIDQCABIAJqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgAUEIaiIBIAxJDQALDAILQoCAgICQICEOAkACQAJAAkACQAJAAkACQAJAIAktAPjGQEECaw4DAAECBwsgAUEBaiIEIAVJDQJCACEODAYLIAFBAWoiBCAFSQ0CQgAhDgwFCyABQQFqIgQgBUkNAkIAIQ4MBAsgAiAEaiwAAEG/f0oNAwwECyACIARqLAAAIQQCQAJAIAlB4AFrIgkEQCAJQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgC0EfakH/AXFBDE8EQCALQX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyACIARqLAAAIQQCQAJAAkACQCAJQfABaw4FAQAAAAIACyALQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyAFIAFBAmoiBE0EQEIAIQ4MAgsgAiAEaiwAAEG/f0oEQEKAgICAkMAAIQ4MAgtCACEOIAFBA2oiBCAFTw0BIAIgBGosAABBQEgNAkKAgICAkOAAIQ4MAQtCACEOIAFBAmoiBCAFTw0AIAIgBGosAABBv39MDQFCgICAgJDAACEOCyAHIA4gAa2ENwIEIAdBATYCAAwGCyAEQQFqIQEMAgsgAUEBaiEBDAELIAEgBU8NAANAIAEgAmosAABBAEgNASAFIAFBAWoiAUcNAAsMAgsgASAFSQ0ACwsgByAFNgIIIAcgAjYCBCAHQQA2AgALAkAgCigCBEEBRgRAIAYgCikCCDcCDCAGIAgpAgA3AgAgBiAIKAIINgIIDAELIAZBgICAgHg2AgAgBiAIKAIINgIMIAYgCCkCADcCBAsgCkEQaiQAIAMoAjxBgICAgHhGBEAgACADKAJINgIIIAAgAykCQDcCAAwECyAAQYCAgIB4NgIAQQRBACADQTxqIgAoAgBBgICAgHhGGyAAahDcAQwDCyADQSBqIAEQYSADLQAgRQ0AAkACQAJAAkACQAJAAkAgAy0AISICQe4Aaw4IAQcHBwIHAwYACwJAAkAgAkHiAGsOBQUICAgBAAsgAkEiRiACQS9GciACQdwARnINBQwHC0EMIQIMBAtBCiECDAMLQQ0hAgwCC0EJIQIMAQtBCCECCyADQTBqIAIQjwEMAgsgA0EYaiABECkgAygCGEEBcUUNAAJAIAMoAhwiAkGAeHFBgLADRgRAIAFB3AAQXkUNASABQfUAEF5FDQEgA0EQaiABECkgAygCEEEBcUUNAiADKAIUIgVBgHhxQYC4A0cNAiACQQp0IAVqQYC4/xprIQILIANBADYCPCACQYCwA3NBgIDEAGtBgJC8f0kNASADQQhqIAIgA0E8ahBmIANBMGogAygCCCICIAMoAgwgAmogAmsQcgwCCwsLIABBgICAgHg2AgAgA0EwahDcAQsgA0HgAGokAAu1BAIEfwF+IwBBoAFrIgMkACADQQxqQQBBwAD8CwAgA0EANgJsIANB9L/AACkCADcCZCADQey/wAApAgA3AlwgA0Hkv8AAKQIANwJUIANB3L/AACkCADcCTCACQQN0IQIgA0HsAGohBCADQcwAaiEFA0AgAgRAIANBDGogASgCACABKAIEIgYQKiACQQhrIQIgAUEIaiEBIAatQgOGIAd8IQcMAQUCQEH8v8AAIQEDQCADQQxqIgIgAUEBECpByoTAACEBIAMoAmxBOEcNAAsgAyAHQjiGIAdCgP4Dg0IohoQgB0KAgPwHg0IYhiAHQoCAgPgPg0IIhoSEIAdCCIhCgICA+A+DIAdCGIhCgID8B4OEIAdCKIhCgP4DgyAHQjiIhISENwNwIAIgA0HwAGpBCBAqIABCADcAGCAAQgA3ABAgAEIANwAIIABCADcAACADQQA2ApgBIAMgBDYClAEgAyAFNgKQASADQQA2AoABIANBADYCcCADQYABaiECA0AgA0EIaiADQfAAahBLAn8gAy0ACARAIAMtAAkMAQsCQCADKAKQASIBRQ0AIAEgAygClAFGDQAgA0IBNwJwIANBBDYCeCADIAFBBGo2ApABIAMgASgCACIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyNgJ8DAILIAMgAhBLIAMtAABFDQIgAy0AAQshASAAIAMoApgBIgRBH3FqIAE6AAAgAyAEQQFqNgKYAQwACwALCwsgA0GgAWokAAutCAIJfwR+IwBBIGsiAyQAIANBCGogARA0AkAgAy0ACEUEQCAAQQY6AAAMAQsCQAJAAkACQAJAAkACQCADLQAJIggiAkEiRwRAAkACQAJAAkACQCACQS1HBEAgAkHbAEYNByACQeYARg0DIAJB7gBGDQEgAkH0AEYNAiACQfsARg0IIAhBMGtB/wFxQQpPDQkLIANBEGohBiMAQTBrIgQkACABQS0QXiEKIAEoAgghBwJAIAEQR0UEQCAGQgM3AwAMAQsCQCABKAIIIgUgB0kgBSABKAIEIgJLckUEQCABKAIAIAdqIQkgBSAHayICQQFNDQEgCS0AAEEwRw0BIAZCAzcDAAwCCyAHIAUgAkHYi8AAEBAACwNAAkAgCyEMIAIiBUUNACAEQSBqIgIgDEL/////D4NCCn4iDiAMQiCIQgp+Ig1CIIZ8Igs3AwAgAiALIA5UrSANQiCIfDcDCCAEKQMoQgBSDQAgBUEBayECIAktAAAhByAJQQFqIQkgBCkDICINIAdBMGutQv8Bg3wiCyANWg0BCwsCQAJAIAFBLhBeRQRAIARBGGogARCHASAELQAYBEAgBC0AGUEgckHlAEYNAgsgBUUgCnFFBEBCAkIAIAUbIQsMAwtCAUICIAxCAX1CAFkbIQtCACAMfSEMDAILIAEQR0UEQCAGQgM3AwAMAwsgBEEQaiABEIcBQgIhCyAELQAQBEAgBC0AEUEgckHlAEYNAQsMAQsgASABKAIIIgJBAWo2AgggBEEIaiABEIcBAkAgBC0ACEUNAAJAIAQtAAlBK2sOAwABAAELIAEgAkECajYCCAsgARBHBEBCAiELDAELIAZCAzcDAAwBCyAGIAw3AwggBiALNwMACyAEQTBqJAAgAykDECILQgNRDQkgAykDGCEMQQIhAgwMCyABQaOLwABBBBBoRQ0JQQAhAgwLCyABQaeLwABBBBBoRQ0BQQEhCEEBIQIMCgsgAUGri8AAQQUQaEUNAUEBIQJBACEIDAkLIABBBjoAAAwJCyAAQQY6AAAMCAsgA0EQaiABEAUgAygCECIBQYCAgIB4Rg0FIAMpAhQhC0EDIQIMBgsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGwi8AAECFFBEAgAEEGOgAAIAIQ4AEMBwsgAygCECEBIAMpAhQhC0EEIQIMBQsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakHEi8AAEAhFBEAgAEEGOgAAIAIQ3QEMBgsgAygCECEBIAMpAhQhC0EFIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgDDcDECAAIAs3AwggACABNgIEIAAgCDoAASAAIAI6AAALIANBIGokAAu/BAIHfwF+IwBBQGoiAyQAIABB+wAQQARAIANBADYCJCADQoCAgIDAADcCHCADQRhqIAAQNAJAIAMtABhFDQACQCADLQAZQf0ARg0AIAIoAhAhBwNAIANBEGogABA0IAMtABBFDQIgAy0AEUEiRw0CIANBNGogABAFIAMoAjQiAkGAgICAeEYNAiADIAMpAjgiCjcCLCADIAI2AigCQAJAIAMoAiQiAkGAAkYNACACQQxsIQIgAygCICIFQQRqIQQgA0EoaiIGKAIEIQggBigCCCEGA0ACQCACRQ0AIAYgBSgCCEYEQCAEKAIAIAggBhDZAQ0BCyAFQQxqIQUgAkEMayECIARBDGohBAwBCwsgAg0AIANBCGogABA0IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCqcgCkIgiKcgBxEGAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECAgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDHAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQNCADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahDcAQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQkgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahDhAQsgA0FAayQAIAkLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEFcgA0EANgIcIAMgAykDCDcCFEGDh8AALQAAIQhBhIfAAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ3AEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ3AEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQjwEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC8UDAgR/AX4jAEGAAWsiBCQAIARBDGoiBiACIANBLxC0ASAEQQE2AjQgBEE4aiICIAYQFwJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIINwJ0IAQgAzYCcCAAIAEgCKcgCEIgiKcQOSEFIARB8ABqENwBIAVFDQAgAiAGQSz8CgAAA0AgBEHkAGogBEE4ahAXIAQoAmRBgICAgHhGDQIgBCAEKAJsIgA2AnggBCAEKQJkNwNwQQEhBgJAIABBBU8NACAEKAJ0IQIgBEHwAGpBvKrAABCeAUUEQCMAQRBrIgMkACADQQA2AgwgA0EwIANBDGoQZiACIAAgAygCACADKAIEELoBIANBEGokAA0BC0EAIQEgACEDA0AgA0EARyEGIANFDQEgAi0AAEEwa0H/AXEiByABQQpsaiEBIANBAWshAyACQQFqIQIgB0EKSQ0ACwsCQAJAAkACQCAFLQAAQQRrDgIBAAMLIAUoAgggBSgCDCAEKAJ0IAAQOSIFDQEMAgsgBg0BIAEgBSgCDE8NASAFKAIIIAFBGGxqIQULIARB8ABqENwBDAELCyAEQfAAahDcAQtBACEFCyAEQYABaiQAIAULyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQYA0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBzITAABAQAAsgACAUNgIAIApBEGokAAuKAwEFfyMAQUBqIgIkACACQRhqIAAgARCBAUEAIQACQCACKAIYQQFHDQAgAigCHCIDQRtLDQAgA0ECdEGwycAAaiIFKAIAIgRFIAQgAUEBa3FyRQRAIAUgBCgCADYCACAEIQAMAQsgAkEQIAN0IgM2AiQgAkEQIAEgAUEQTRtBAWsiBTYCKCACIAJBJGo2AjAgAiACQShqNgIsIAJBEGogAkEsakGgysAAKAIAIgRBpMrAACgCACIGEFJBoMrAAAJ/IAIoAhBBAXEEQCACKAIUDAELIAJBNGoiASADIAVqIgNBEHYgA0H//wNxQQBHaiIDQAAiBUF/RwR/IAEgA0EQdDYCCCABIAVBEHQ2AgRBAQVBAAs2AgAgAigCNEEBRw0BIAIoAjwhAyAGIAIoAjgiAUcEQEGgysAAIAE2AgAgASEEC0GkysAAIAEgA2oiATYCACACQQhqIAJBLGogBCABEFIgAigCCEEBRw0BIAIoAiQhAyACKAIMCyIAIANqNgIACyACQUBrJAAgAAuEAwIDfwF+IwBBIGsiBSQAIAUgASACIAMQQgJAAkACQAJAIAUoAgAiAQRAIAVBFGogASAFKAIEEEQgBSgCHCEGIAUoAhghAQNAIAZFDQIgAUEgQQAgAS0AACIHQcEAa0H/AXFBGkkbIAdyOgAAIAZBAWshBiABQQFqIQEMAAsACyAFQYCAgIB4NgIIDAELIAUgBSgCHCIBNgIQIAUgBSkCFCIINwMIIAinQYCAgIB4Rw0BCyAAQRY2AgAgACAEOgAEDAELAkAgBSgCDCIEIAFBp4vAAEEEELEBDQAgBCABQZiiwABBARCxAQ0AIAQgAUGZosAAQQMQsQENAAJAIAQgAUGri8AAQQUQsQENACAEIAFBnKLAAEEBELEBDQAgBCABQZ2iwABBAhCxAQ0AIABBFTYCECAAQZ+iwAA2AgwgACADNgIIIAAgAjYCBCAAQRU2AgAMAgsgAEEWNgIAIABBADoABAwBCyAAQRY2AgAgAEEBOgAECyAFQQhqEMkBIAVBIGokAAuFDAIUfwJ+IwBB0ABrIgckAAJAAkAgASgCoAEiFARAIAdBCGohDSMAQUBqIgYkAAJAIAMgAikDCCIYIBRBCGoiDikDECADfCIZIBggGVMbIBkgAikDAKdBAXEbIBkgDi0AfhsiGFMEQCAGIAJBMGoQtwEgBigCBCEVIAYoAgAhDyAGQQA2AhQgBkKAgICAEDcCDCAGQQxqENMBQZuPwABBAxDLASACKAIcIhYgAigCICIXEM8BQZ6PwABBBBDLAUGij8AAQQ0QzwFBr4/AAEEDEMsBQbKPwABBDBDPAUG+j8AAQQMQywEgAxCSAUHBj8AAQQMQywEgGBCSASEJIA8EQCAJQcSPwABBBRDLASAPIBUQzwEaCyACKAIsQRhsIQQgAigCKCEFA0AgBARAIAkgBSgCBCAFKAIIEMsBIAUoAhAgBSgCFBDQARogBEEYayEEIAVBGGohBQwBCwsgCRDeASISKQIAIQMgEkEANgIAIAYgEigCCCIJNgIgIAYgAzcDGCAGQQA2AhQgBkEBNgIQIAYoAhwhBCAOKAIcIQUgDigCICELIwBBQGoiCiQAIApBCGoiDCAJQQJ0QQNuQdQAahB+IAxBtIfAAEEkEHIgDEEuEEkgCkEUaiITIAQgCRDSASAMIAooAhggCigCHBByIBMQ3AEgCigCDCEQIAooAhAhCSMAQdABayIEJAAgC0HBAE8EQCAEIAs2ApQBIAQgBTYCkAEgBCAEQZABakEBEAZBICELIAQhBQsgBEEgakEAQcAA/AsAA0AgCCALRwRAIARBIGogCGogBSAIai0AADoAACAIQQFqIQgMAQsLIARBkAFqIREgBEEgaiELQQAhCCMAQUBqIQUDQCAIQcAARwRAIAUgCGogCCALai0AAEE2czoAACAIQQFqIQgMAQsLIBEgBUHAAPwKAAAgBCAJNgKMASAEIBA2AogBIARBwAA2AoQBIAQgETYCgAEgBEHgAGoiCSAEQYABaiIFQQIQBkEAIQgjAEFAaiEQA0AgCEHAAEcEQCAIIBBqIAggC2otAABB3ABzOgAAIAhBAWohCAwBCwsgESAQQcAA/AoAACAEQSA2AowBIARBwAA2AoQBIAQgCTYCiAEgBCARNgKAASATIAVBAhAGIARB0AFqJAAgDEEuEEkgCkE0aiIFIBNBIBDSASAMIAooAjggCigCPBByIAUQ3AEgBkEoaiIEIAooAhA2AgggBCAKKQIINwIAIApBQGskACAGQQA2AjwgBkKAgICAEDcCNCAGQTRqENMBQcmPwABBCxDLASAGKAIsIAYoAjAQzwFB1I/AAEEJEMsBQd2PwABBBhDPAUHjj8AAQQkQywEgGBCSAUHsj8AAQQQQywEQ0wFB8I/AAEECEMsBIBYgFxDPAUHEj8AAQQUQywEhBQJAIA8EQCAFIA8gFRDPARoMAQsgBUGji8AAQQQQ0AEaCyAFEN4BQfKPwABBCBDLASAOKAJ4IgUoAjggBSgCPBDPARDeASEFIA1BFjYCACANIAUoAgg2AgwgDSAFKQIANwIEIAVBADYCACAGQQA2AjwgBkEBNgI4IAUQ3AEgBBDcASAGQRhqENwBIBIQ3AEMAQsgDUEJNgIACyAGQUBrJAAgBygCCEEWRwRAIAcgBygCGDYCSCAHIAcpAhA3A0AgByAHKQIINwM4IAAgB0E4ahCUAQwDCyAHQQxqIQUgFCgCTEUNASAHQQA2AiQgB0KAgICAEDcCHCAHQRxqENMBQb6PwABBAxDLASACKQMQEJIBQaeqwABBBhDLARDTASEEIAIoAixBGGwhCSACKAIoIQIDQCAJBEAgBCACKAIEIAIoAggQywEgAigCECACKAIUENABGiAJQRhrIQkgAkEYaiECDAELCyAEEN4BEN4BIgIpAgAhAyACQQA2AgAgByACKAIINgIwIAcgAzcDKCAHQQA2AiQgB0EBNgIgIAFBlAFqEMkBIAEgBygCMDYCnAEgASAHKQMoNwKUASACENwBDAELIABB7ajAAEEmEHMMAQsgAEHIASAFED4LIAdB0ABqJAAL4VcCEn8FfiMAQbACayILJAAgCyACNgIMIAsgATYCCCALIAM2AhAgCyAENgIUIAsgBTYCGCALIAY2AhwgCyAHNgIgIAsgCDYCJCALIAk5AyggCyAANgKoAiALIAtBrwJqIgA2AqQCIAsgADYCoAIgCyAANgKcAiALIAtBKGo2ApgCIAsgADYClAIgCyAANgKQAiALIAtBJGo2AowCIAsgC0EgajYCiAIgCyAANgKEAiALIAA2AoACIAsgC0EcajYC/AEgCyALQRhqNgL4ASALIAA2AvQBIAsgADYC8AEgCyALQRRqNgLsASALIAtBEGo2AugBIAsgADYC5AEgCyAANgLgASALIAtBDGo2AtwBIAsgC0EIajYC2AEgC0EwaiEaIwBBwAFrIgYkAAJAAkAgC0HYAWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkG2hcAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZBm4XAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQdSAGQQA2AkggBiAGKAI0IgQ2AlAgBiAGKAIwIgU2AkwgBkHUAGogACgCECgCACAAKAIUKAIAEEUgBkHgAGogACgCICgCACAAKAIkKAIAEEUgBkHsAGogACgCMCgCACAAKAI0KAIAEI4BAkACQCABDQAgBigCVEGBgICAeEYNACAGKAJgQYGAgIB4Rg0AIAYoAmxBgICAgHhGDQAgBiAGKQJUNwOQASAGIAYoAlw2ApgBIAYgBikCYDcDoAEgBiAGKAJoNgKoASAGIAYoAnQ2ArgBIAYgBikCbDcDsAEgACgCQCsDACEJIAYgBigCRDYCgAEgBiAGKQI8NwN4IAYgBDYCjAEgBiAFNgKIASAGKAJ4IQIgBkGQAWohByAGQaABaiEIIAZBsAFqIQojAEHgAWsiDyQAAkAgAigCAEGAgICAeEcEQCACLwEYIRUgD0GwAWohASMAQSBrIgAkACACKAIEIRAgACACKAIIIgxBBEEUEFcgACgCACIOIAxB/////wNxIgMgAyAOSxshDUEAIQMgACgCBCERA0AgDQRAIABBDGogAyAQahDCASADIBFqIhMgACgCHDYCECATIAApAhQ3AgggEyAAKQIMNwIAIA1BAWshDSADQRRqIQMMAQsLIAEgDDYCCCABIBE2AgQgASAONgIAIABBIGokACAPQbwBaiACQQxqEFEgDyAVOwHIASAPQQhqIQAjAEEgayICJAAgAiAFIAQQOAJAAkAgAigCBCIDIAIoAggiBEHpqMAAQQQQsQFFBEAgAyAEQaCqwABBBxCxAUUNAQsgAEEANgKgASAAQoCAgIDAADcDiAEgAEKAgICAgICAgIB/NwOQASAAQgI3AwAgACABKAIYNgIgIAAgASkCEDcCGCAAIAEpAgg3AhAgACABKQIANwIIIAIQ3AEMAQsgAkEDNgIMIABBCGogAkEMahCUASAAQoCAgIDAADcDiAEgAEEANgKgASAAQoCAgICAgICAgH83A5ABIABCAjcDACACENwBIAEQ1QELIAJBIGokACAaIABBqAH8CgAAIAoQ3AEgCBDJASAHEMkBDAELIA9BsAFqIhMgBSAEEEQgDyAHKAIINgLQASAPIAcpAgA3AsgBIA8gCCkCADcC1AEgDyAIKAIINgLcASAPIAopAgA3ArwBIA8gCigCCDYCxAEgD0EIaiEVIAn8BiEfIwBB4ARrIgQkACAEQQhqIBNBGGoQtwEgAkEEaigCACIZQQhqIgghAiAEKAIIIQMgBCgCDCEKIwBBIGsiACQAIARB6AFqIgUCfyAFAn8gAigCSEGAgICAeEcEQCADBEAgAigCUEEMbCEBIAIoAkwhBwNAQQQgAUUNBBogACAHNgIIIAAgAyAKECcgACAAKQMANwIUIAFBDGshASAHQQxqIQcgAEEIaiICIABBFGoiDRCTAUUNAAtBBEEoELsBIQEgAiADIAoQRCANQairwABBBhBEIAFBGzYCBCABQY2rwAA2AgAgAUEENgIYIAFBrqvAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQuwEhASAAQRRqQairwABBBhBEIAFBBDYCBCABQa6rwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBC7ASEBIABBFGpB857AAEEBEEQgAUEbNgIEIAFBjavAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBSABNgIIIAUgAjYCBEEWCzYCACAAQSBqJAACQAJAAkAgBCgC6AFBFkcEQCAEIAQoAvgBNgIwIAQgBCkC8AE3AyggBCAEKQLoATcDICAVQQhqIARBIGoQlAEgFUKAgICAwAA3A4gBIBVBADYCoAEgFUKAgICAgICAgIB/NwOQASAVQgI3AwAMAQsgBCAEKAL0ATYCGCAEIAQpAuwBNwMQIARBxAFqIBMoAgQgEygCCBA4AkACQCAEKALIASIAIAQoAswBIgFBoKrAAEEHELEBRQRAIAAgAUHpqMAAQQQQsQENASAEQQM2AugBIARBQGsgBEHoAWoQlAEgBEICNwM4DAILIARBBTYClAIgBEG2rcAANgKQAiAEQRY2AowCIARBoK3AADYCiAIgBEEyNgKEAiAEQe6swAA2AoACIARBHDYC/AEgBEHSrMAANgL4ASAEQQ02AvQBIARBxazAADYC8AEgBEEcNgLsASAEQamswAA2AugBIwBBIGsiAyQAIANBCGogBEGYAmoiBSAEQegBaiIAa0EEdkEEQRQQVyADQQA2AhwgAyADKQMINwIUIwBBEGsiByQAIANBFGoiCCAFIAAiAWtBBHYiAhClASAIKQIEIRwgByAIQQhqNgIEIAcgHEIgiTcCCCMAQSBrIggkACAHQQRqIg0oAgQhCiANKAIAIAAgBUcEQCANKAIIIApBFGxqIQUgAiAKaiEKIAhBFGohDQNAIAEpAgAhHCANIAFBCGooAgAgAUEMaigCABBEIAUgHDcCACAFIAgpAhQ3AgggBSAIKAIcNgIQIAFBEGohASAFQRRqIQUgAkEBayICDQALCyAKNgIAIAhBIGokACAHQRBqJAAgBEHoA2oiASADKAIcNgIIIAEgAykCFDcCACADQSBqJAAgAEGcosAAQQEQRCAEKALwAyICIAQoAugDRgRAIwBBEGsiACQAIABBCGogASABKAIAQQFBBEEUECAgACgCCCIBQYGAgIB4RwRAIAEgACgCDBDHAQALIABBEGokAAsgBCgC7AMgAkEUbGoiACAEKALwATYCECAAIAQpAugBNwIIIABBDjYCBCAAQa2qwAA2AgAgBEHMATsBWCAEQQA2AlQgBEKAgICAEDcCTCAEQgI3AzggBCACQQFqNgJIIAQgBCkC6AM3A0AMAQsgBEHoAWohAyAZKAKAASENQQAhBSMAQZABayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCATKAIUIgFBgIAETQRAIAJBGGogE0EkahC3AQJAIAIoAhgiCkUNACACQRBqIAogAigCHBAUIAJB4ABqIAIoAhAgAigCFEEgED0gAigCYCIARQ0AIAIoAmwhByACKAJoIQwgACACKAJkQYerwABBBhAwBEAgAkEIaiAMIAcQFCACKAIMIQogAigCCCEFCwJAIAVFIApFcg0AIAUgCkGhrMAAQQUQugENACAFIApBpqzAAEEDELoBRQ0BC0EAIQULIAIgEygCECIHIAEQFEECIQAgAigCBEUNBiACQeAAaiAHIAEQ2AECfwJAIAItAGAiAUEFRwRAIAVFDQFBFiEHQQIMAgsgAiACKAJsNgJYIAIgAikCZDcDUCACIAJB0ABqNgJ8IA0tAIsBRQ0HIAJB4ABqIAJB/ABqQbKrwABBCxAuIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAARAIAJBNGogACABEERBACEADAQLIAJB4ABqIAJB/ABqQbCowABBDRAuIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAEUNByACQTRqIAAgARBEQQEhAAwDCyACQTQ2AjRBASEHQcKrwAALIQAgAiAHNgIsIAFBBU8NBCACQeAAahCRAQwECyADQQI2AgAMDAsgAiAANgIwQRYhBwwBCyACIAIpAmw3AjggAiABNgI0IAIgADYCMCACIAc2AiwLIAJB0ABqEN0BCyAHQRZGDQEMAgsgAkHgAGogAkH8AGpBvavAAEEFEC4gAigCaCEBIAIoAmQhACACKAJgIgdBFkcEQCACIAIpAmw3AjggAiABNgI0IAJB0ABqEN0BDAILAkAgAARAIAJBgAFqIA0gACABEIgBDAELIAJBAjYCgAELIAIgAikCiAE3AjggAiACKQKAATcCMCACQdAAahDdASACKAIwIQALIAIgAikCNDcDQCACIAIoAjw2AkggAEECRg0BIAIgAigCSDYCbCACIAIpA0A3AmQgAiAANgJgDAILIAIgAigCPCIBNgIoIAIgAikCNCIcNwMgIAMgATYCECADIBw3AgggAyAANgIEIAMgBzYCAAwFCyAFRQ0BIAJB4ABqIA0gBSAKEIgBCyACKAJsIgFBgMAASw0BAkACQCACKAJgRQRAQQAhACACKAJoIQVBACEHA0AgACABRwRAIAAgBWohCiAAQQFqIQAgByAKLQAAQS5GaiEHDAELCyAHQQJGDQEgA0EbNgIIIANBxKrAADYCBCADQQE2AgAMBQsgAiACKAJoIgA2AiwgAiAAIAFqNgIwIAJBLGoiBSgCACEAIAUoAgQhBwNAIAcgACIBRwRAIAUgAEEBaiIANgIAIAEtAABB/wBrQf8BcUGhAUsNAQsLIAEgB0cNAQsgAyACKQJoNwIMIAMgAikCYDcCBCADQRY2AgAMBAsgA0EoNgIIIANB36rAADYCBCADQQE2AgAMAgsgA0EANgIADAILIANBAjYCAAsgAkHkAGoQ3AELIAJBkAFqJAAgBCkC9AEhHCAEKALwASECIAQoAuwBIQACQAJAIAQoAugBIgVBFkcNAAJAAkAgAEEBRgRAIAQgAjYCrAMgBCAcNwKwAyAcpyEKIBxCIIinIQ0jAEHwAGsiACQAIAgoAlQhASAAQRE2AiggAEGeqMAANgIkIABBFDYCIAJAIAFBgICAgHhGBEAgAyAAQShqIgEoAgg2AhQgAyABKQIANwIMIANBnqjAADYCCCADQoCAgIDIAjcCAAwBCyAAQSBqEMYBIABBCGogCEHsAGoQtwEgACgCDCEHIAAoAgghASAAQQ02AiggAEHKn8AANgIkIABBFDYCICABRQRAIANBDTYCDCADQcqfwAA2AgggA0KAgICAyAI3AgAMAQsgAEEgaiIFEMYBIAAgBzYCNCAAIAE2AjAgAEEBNgIsIABBr6jAADYCKCAAIAgpA1g3AiAgAEHIAGoiByAFQQMQQSAAQRRqIgwgACgCTCAAKAJQQYWGwABBARASIAcQ3AEgAEEANgIoIABCgICAgBA3AiAgBRDTAUGwqMAAQQ0QywEgCiANEM8BEN4BIgEpAgAhHCABQQA2AgAgACABKAIINgJAIAAgHDcDOCAAQQA2AiggAEEBNgIkIAEQ3AEgAEEZNgJUIABBvajAADYCUCAAIAgpAmQ3AkggAyAHQQIQQUEEQSgQuwEhASAAIAApAhg3AiggAEEGNgIkIABB1qjAADYCICAAQdgAaiAFQQIQQSAAQeQAakHPisAAQRAQRCABQQ02AgQgAUHcqMAANgIAIAFBDDYCGCABQd+KwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIANBAjYCFCADIAE2AhAgA0ECNgIMIAMgACkDODcCGCADIAAoAkA2AiAgA0EENgIoIANB6ajAADYCJCAMENwBCyAAQfAAaiQAIAQgBCkC9AE3A+gDIAQgBCgC/AE2AvADIAQoAvABIQAgBCgC7AEhBSAEKALoASIHQYCAgIB4Rw0BIAQoAugDIQIgBCkC7AMhHCAEQawDahDcAQwDCyAEIAI2ApQDIAQgHDcCmAMgDSgCcCIBIA0oAnRqIQIjAEEgayIAJAAgAEEIaiACIAFrIgdBBEEIEFcgAEEANgIcIAAgACkDCDcCFCMAQRBrIgMkACAAQRRqIgUgBxCkASAFKQIEISAgAyAFQQhqNgIEIAMgIEIgiTcCCCADQQRqIgooAgQhBSAKKAIAIAEgAkcEfyACIAVqIAFrIAooAgggBUEDdGohAgNAIAEtAAAhBSACQQRqQQU2AgAgAiAFENEBNgIAIAFBAWohASACQQhqIQIgB0EBayIHDQALBSAFCzYCACADQRBqJAAgBEGgA2oiASAAKAIcNgIIIAEgACkCFDcCACAAQSBqJAAgBEHoAWohAyAEKAKkAyEQIAQoAqgDIRZBACEKIwBBsAJrIgIkACACQShqIgAgHKcgHEIgiKdBLhC0ASACQSBqIAAQGyACKAIkIQwgAigCICEHIAJBGGogABAbIAIoAhwhDiACKAIYIQ0gAkEQaiAAEBsgAigCFCEXIAIoAhAhESACQQhqIAAQGwJAAkAgEUUgB0UgDUVyckUEQCACKAIIRQ0BCyADQSM2AgwgA0GSisAANgIIIANCgICAgIiAgICAfzcCAAwBCyACQfgBaiIAIAcgDBAJIAJBFzYCZCACQZeIwAA2AmBBgICAgHghASACQYCAgIB4NgJcIAJBuAFqIAAgAkHcAGoQWyACIAIpArwBNwOgAiACIAIoAsQBNgKoAiACKAK4AUEBRgRAIAMgAigCqAI2AgwgAyACKQOgAjcCBCADQYCAgIB4NgIADAELIAIgAigCqAIiBTYCWCACIAIpA6ACNwNQAkAgBUGAgBBLDQAgAigCVCEAIAJCADcCwAEgAiAFNgK8ASACIAA2ArgBIAJBgICAgHg2ApACIAJBgICAgHg2AqACIAJBADoAqAEgAiACQagBajYCgAIgAiACQaACaiISNgL8ASACIAJBkAJqNgL4AQJAIAJBuAFqIgBB6IfAAEEDIAJB+AFqQYCIwAAQeUUNACAAEIwBRQ0AIAIoApACIgBBgICAgHhGBEAgEhDJAQwCCyACLQCoASEKIAIpAqQCIR0gAigCoAIhBSACKQKUAiEeIAAhAQwBCyACQaACahDJASACQZACahDJAQsgAkEnNgLAASACQa6IwAA2ArwBIAJBgICAgHg2ArgBAkAgAUGAgICAeEYEQCACKQO4ASEdIANBJzYCDCADIB03AgQgA0GAgICAeDYCAAwBCyACQbgBaiISEMoBIAIgCjoAdCACIB03AmwgAiAFNgJoIAIgHjcCYCACIAE2AlwgAiAeNwK4ASACQegAaiEAAkAgEiAQIBYQTEUEQCADIAIoAmQ2AgwgAyACKQJcNwIEIANBgICAgHg2AgAMAQsCQCAKQQFxRQRAIAVBgICAgHhHIB1C/////w9WcUUEQCADQoCAgICogICAgH83AgAMAgsgAiAAKAIINgKAASACIAApAgA3A3ggAkGgAmoiACANIA4QCSACQRg2AoACIAJB1YjAADYC/AEgAkGAgICAeDYC+AEgAkG4AWogACACQfgBahBbIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ApABIAIgAikDkAI3A4gBIAJB+AFqIAIoAowBIABBgIAQEDIgAkEcNgLAASACQe2IwAA2ArwBIAJBgICAgHg2ArgBAkAgAigC+AFBgICAgHhGBEAgAiACKQK4ASIdNwOQAiACIAIoAsABIgA2ApgCIAMgADYCDCADIB03AgQgA0GAgICAeDYCAAwBCyACIAIoAoACNgKoAiACIAIpAvgBNwOgAiACQbgBaiIAEMoBIAIgAigCqAIiATYCmAIgAiACKQOgAjcDmAEgAiABNgKgASACQaACaiIBIBEgFxAJIAJBGjYCgAIgAkGJicAANgL8ASACQYCAgIB4NgL4ASAAIAEgAkH4AWoQWyACIAIpArwBNwOQAiACIAIoAsQBNgKYAgJAIAIoArgBQQFGBEAgAyACKAKYAjYCDCADIAIpA5ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKYAiIANgKwASACIAIpA5ACNwOoAQJAIABFDQAgAEHAAEdBACACQdwAakGoicAAEJ4BGw0AIAIgAigCZDYCwAEgAiACKQJcNwO4ASACIAIpA3g3AsQBIAIgAigCgAE2AswBIAIgDjYCjAIgAiANNgKIAiACQQE2AoQCIAJBsInAADYCgAIgAiAMNgL8ASACIAc2AvgBIAJB0AFqIAJB+AFqQQMQQSACIAIoArABNgLkASACIAIpA6gBNwLcASACIAIpA5gBNwPoASACIAIoAqABNgLwASADIAJBuAFqQTz8CgAAIAJBiAFqENwBIAJB0ABqENwBDAgLIANBNTYCDCADQbGJwAA2AgggA0KAgICAiICAgIB/NwIAIAJBqAFqENwBCyACQZgBahDdAQsgAkGIAWoQ3AELIAJB+ABqENwBIAJB3ABqENwBDAMLIANBLDYCDCADQeaJwAA2AgggA0KAgICAiICAgIB/NwIACyACQdwAahDcASACKAJoIQULIAVBgICAgHhGDQAgABDcAQsgAkHQAGoQ3AELIAJBsAJqJAAgBCgC9AEhAiAEKALsASEDAkACQCAEKALoASIBQYCAgIB4RgRAQQYhBSAEKALwASEAAkACQAJAQQEgA0GAgICAeHMgA0EAThtBAWsOAgECAAtBASEFDAELIAKtIRxBBSEFIAAhAiADIQALIAAhAQwBCyAEKALwASEWIAQpAvgBIRwgBEHEA2oiFyAEQYACakEk/AoAACAEIBw3ArwDIAQgAjYCuAMgBCAWNgK0AyAEIAM2ArADIAQgATYCrAMgBEHoAWohByAEKALgAyEKIAQoAuQDIQ0jAEHAAWsiBSQAIAgoAnghDiAFQegAaiAKIA1BwY/AABAjAkAgBSgCaEEBRgRAIAUoAmwhACAFKQNwIRwgByAFKQN4NwIUIAcgHDcCDCAHIAA2AgggB0ICNwMADAELIAUpA3ghHSAFKAJwIAVBGjYCcCAFQbyawAA2AmwgBUEINgJoRQRAIAcgBSkCbDcCDCAHQQg2AgggB0ICNwMADAELIAVB6ABqIgAQxgECQAJAAkACQEL///////////8AIB1CPHwiHCAcIB1TGyAfVQRAIAAgCiANQdaawAAQIyAFKAJoBEAgBSgCbCEAIAUpA3AhHCAHIAUpA3g3AhQgByAcNwIMIAcgADYCCCAHQgI3AwAMBgsgH0I8fCEeIAUpA3BCAVEEQCAFKQN4IB5VDQILIAVB6ABqIAogDUG+j8AAECMgBSgCaARAIAUoAmwhACAFKQNwIRwgByAFKQN4NwIUIAcgHDcCDCAHIAA2AgggB0ICNwMADAYLIAUpA3AiIEIBUSAeIAUpA3giHFNxDQICQCAgpw0AIB8hHCAIKAJERQ0AIAdBIzYCECAHQdmawAA2AgwgB0EINgIIIAdCAjcDAAwGCyAFQeAAaiAKIA1B/JrAAEEDEDkQZyAFKAJgIgBFDQMgBSgCZCECIA4tAIkBRQRAIAVB2ABqIAAgAhAnIAUoAlgiAEUNBCAFKAJcIQILIAUgADYCaCAFIAI2AmwgCCgCLEEMbCEAIAgoAighAgNAIABFDQQgAEEMayEAIAUgAjYCtAEgAkEMaiECIAVBtAFqIAVB6ABqEJMBRQ0AC0HKhMAAIA4oAngiECAOKAJ8IhIQdEUNBCAKIA1B/5rAAEEDEDlBgpvAAEESEB5FDQQgB0ICNwMAIAdBEDYCCAwFCyAHQgI3AwAgB0EJNgIIDAQLIAdCAjcDACAHQQo2AggMAwsgB0ICNwMAIAdBCjYCCAwCCyAHQgI3AwAgB0ELNgIIDAELQQMhEUGvj8AAIQwCQAJAQZSbwAAgECASEHRFDQAgBUHQAGogCiANQZWbwABBCRA5EGcgBSgCUCIARQ0BIAAgBSgCVCICQfCPwABBAhCxAUUEQCAAIAJBnpvAAEEGELEBRQ0CIAgtAH1BAXFFDQJBCSERQaSbwAAhDAwBCyAILQB8RQ0BCwJAAkAgCCgCOCIABEAgAEEMbCECIAgoAjQhAANAIAJFDQIgAkEMayECIAAoAgghFCAAKAIEIRggAEEMaiEAIAogDSAMIBEQOSAYIBQQHkUNAAsLQa2bwAAgECASEHRFDQEgCiANQa6bwABBAxA5IgBFDQEgBUHIAGogABC2AQJAIAUoAkgiDEUNACAFKAJMIRRBBCAIKAJMIAgoAkhBgICAgHhGIgAbIQJBACAIKAJQIAAbQQxsIQADQCAARQ0BIAUgAjYCtAEgBUFAayAMIBQQJyAFIAUpA0A3AmggAEEMayEAIAJBDGohAiAFQbQBaiAFQegAahCTAUUNAAsMAgsgB0ICNwMAIAdBDDYCCAwDCyAHQgI3AwAgB0EMNgIIDAILAkAgCC0Af0UNACAKIA0gDigCgAEgDigChAEQCiIARQ0AAkACQAJAIAAtAABBAWsOAwADAQMLIAAtAAFBAUcNAgwBCyAFIABBBGo2AmggBUHoAGpBvJvAABCTAUUNAQsgB0ICNwMAIAdBETYCCAwCCwJAIAogDUGbj8AAQQMQOSIARQ0AIAAtAABBA0cNACAFQThqIAAoAgggACgCDBAUIAUoAjxFDQAgBUGAAWogAEEEahBRAkAgDigCACIARQRAIAVBgICAgHg2AowBDAELIA4oAgRBA3QhAiAOKAIMIRggDigCCCEbAkADQEEAIQwgAkUNAQJAAkAgCiANIAAoAgAgACgCBBAKIhRFDQAgBUEwaiAUELYBIAUoAjAiFEUNACAFKAI0IhENAQsgAEEIaiEAIAJBCGshAgwBCwsgFEUNACAKIA0gGyAYEAoiAEUNACAALQAAQQFHDQAgFEEAIAAtAAEbIQwLIAVBjAFqIAwgERC/AQsgBSAFKAKUATYCoAEgBSAFKQKMATcDmAECQAJAQcSbwAAgECASEHRFDQACQAJAAkACQCAKIA1BxZvAAEEaEDkiAARAIAVBKGogABC1ASAFKAIoIgAEQCAFQSBqIAAgBSgCLCICQd+bwABBChA5EGcgBSgCICIMDQIMAwsgDigCAA0FDAMLIA4oAgANBAwCCyAFQegAaiAMIAUoAiQQAyAFKQNwIR4gBSgCaCAFQS42AnAgBUHpm8AANgJsIAVBCDYCaEUEQCAFKQJsIRwgByAFKQJ0NwIUIAcgHDcCDCAHQQg2AgggB0ICNwMADAULIAVB6ABqEMYBIB4gH1UEQCAeIB0gHSAeVRshHQwBCyAHQgI3AwAgB0EONgIIDAQLIA4oAgANAiAAIAJBwZnAAEEWEDkiAEUNACAFQRhqIgIgACgCDDYCBCACIAAoAghBACAALQAAQQRGGzYCACAFKAIYIgBFDQAgBSgCHEEYbCEOA0AgDkUNAQJAAkAgAEHXmcAAQQwQayICRQ0AIAJB45nAAEENEGsiAkUNACAFQRBqIAIQtgEgBUHoAGogBSgCECICQQAgBSgCFCIMG0EAIAIbIAwQvwEgBSgCaEGAgICAeEcNBAwBCyAFQYCAgIB4NgJoCyAAQRhqIQAgDkEYayEODAALAAsgBUGAgICAeDYCaAsgBUGYAWoQyQEgBSAFKAJwNgKgASAFIAUpAmg3A5gBCyAFQQA2ArABIAVCgICAgMAANwKoASAIKAJAIgAgCCgCREEYbGohFANAAkACQCAAIBRHBEAgAEEYaiECIAAoAhRBDGwhDiAAKAIQIQwDQCAORQ0DIAogDSAMKAIEIAwoAggQCiIQBEAgEC0AACISDQMLIAxBDGohDCAOQQxrIQ4MAAsACyAHIAUoAogBNgIgIAcgBSkCgAE3AhggByAFKQOYATcCMCAHIAUoAqABNgI4IAcgBSkCqAE3AiQgByAFKAKwATYCLCAHIBw3AxAgByAdNwMIIAdCATcDAAwGCyAFQQA2ArwBIAVCgICAgBA3ArQBQYCAgIB4IRECQAJAAkACQAJAAkACQAJAIBJBAWsOBAEDAgAHCyAQKAIMIgxBIU8NBiAMQRhsIQwgBUG0AWoQ1AEhEiAQKAIIIQ4DQCAMRQ0EIAVBCGogDhC2ASAFKAIIIhBFDQcgBSgCDCIYQYACSw0HIBIgECAYEM8BGiAMQRhrIQwgDkEYaiEODAALAAsgBUG0AWogEC0AARDFARoMBAsgECgCDCIMQYECTw0EIAVBtAFqIBAoAgggDBDPARoMAwsgBUHoAGogEBBlIAUoAmgNAQwDCyASEN8BGgwBCyAFQbQBaiAFKQNwEJIBGgsgBSkCuAEhHyAFQQA2ArwBIAUoArQBIREgBUKAgICAEDcCtAELIAVBtAFqENwBIBFBgICAgHhHBEAgBUHoAGogABBRIAUoArABIgwgBSgCqAFGBEAgBUGoAWoQbAsgBSgCrAEgDEEYbGoiACAFKAJwNgIIIAAgBSkCaDcCACAAIB83AhAgACARNgIMIAUgDEEBajYCsAEMAQsgB0HsADYCECAHQZecwAA2AgwgB0EINgIIIAdCAjcDACAFQagBahDiAQwCCyACIQAMAAsACyAFQZgBahDJASAFQYABahDcAQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0GDncAANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEHcA2ohCiAEQbgDaiEHAkAgBCkD6AEiHUICUQRAIAQpAvwBIRwgBCgC+AEhAiAEKAL0ASEAIAQoAvABIQUgBEGsA2oQ3AEgACEBDAELIAQoAvABIQAgBCkC9AEhHCAEKQL8ASEeIARBhARqIARBhAJqQST8CgAAIAQgHjcC/AMgBCAcNwL0AyAEIAA2AvADIAQgHTcD6AMCf0EAIAMgFkHYh8AAQQUQsQENABpBASADIBZBya3AAEEFELEBDQAaQQJBAyADIBZBo4nAAEEFELEBGwsgBCAEKAK0AzYC9AEgBCAEKQKsAzcC7AFBBSEFIARBBTYC6AFB/wFxIgJBA0cNAiAELQDsASEAIARB6ANqEMEBIBatIRwgAyECCyAHENwBIBcQ3AEgBEHQA2oQ3AEgChDdAQsgBEGgA2oQ4wEgBEGUA2oQ3AEMBAsgBEHoAWoQxgEgBCAEKQLQAzcC1AQgBCAEKALYAzYC3AQgBCAEKQOABDcD0AEgBCAEKQOIBDcD2AEgBCAEKAKQBDYC4AEgBCAHKQIANwK8BCAEIAcoAgg2AsQEIAQgFykCADcDyAQgBCAXKAIINgLQBCAEKQL0AyEfIAQgBCgCpAQ2ArgEIAQgBCkCnAQ3A7AEIAQgBCkClAQ3A6gEIAgoAgAhASAKEN0BQgNCBCABQQJGGyEcIARBoANqEOMBIARBlANqENwBIB2nIQcgHqchAUEAIQUMAQsgBCAEKAKQAjYC4AEgBCAEKQKIAjcD2AEgBCAEKQKAAjcD0AEgBCkD6AMhHyAEKALwAyEBIARBrANqENwBQgYhHAsgBCABNgJUIAQgHzcCTCAEIAA2AkggBCAFNgJEIAQgBzYCQCAEIBw3AzggBCAEKQPQATcDWCAEIAQpA9gBNwNgIAQgBCgC4AE2AmggBEHsAGogBEGoBGpBOPwKAAAgBEGAgICAeDYCqAEgBCACOgCkAQwCCyAAIQELIAQgHDcC9AEgBCACNgLwASAEIAU2AugBIAQgAUGAfnEgAEH/AXFyNgLsASAEQUBrIARB6AFqEJQBIARCAjcDOAsgBEHEAWoQ3AEgGSAZKAIAQQFqIgA2AgAgAEUNASAEIBk2AogDIAQgBCkDEDcD8AIgBCAEKAIYNgL4AiAEQegBaiAEQThqQYgB/AoAACAEQYCAgIB4NgL8AiAEKQPoAUICUQRAIARB8AFqIAQoAvQCIgAgACAEKAL4AkEUbGoQYgsgFSAEQegBakGoAfwKAAALIARB4ARqJAAMAQsACyATENwBIA9ByAFqEMkBIA9B1AFqEMkBIA9BvAFqENwBIBogFUGoAfwKAAALIA9B4AFqJAAgBkGIAWoQwwEgBkH4AGoQvgEgBkHAAWokAAwBCyAGQShqIQJBACEAAn8gBkHsAGoiASgCAEGAgICAeEYEQCABKAIIIQAgASgCBAwBCyABENwBQQALIQEgAiAANgIEIAIgATYCACAGKAIoIQQgBigCLCEFIAZBIGogBkHgAGoQhAEgBigCICEDIAYoAiQhByAGQRhqIAZB1ABqEIQBIAYoAhghCCAGKAIcIQsgBkEQaiAGQcgAahB8IAYoAhAhDyAGKAIUIQogBkEIaiECQQAhAAJ/IAZBPGoiASgCAEUEQCABKAIIIQAgASgCBAwBCyABEL4BQQALIQEgAiAANgIEIAIgATYCACAGKAIIIgAgDyAAGyIBIAggARsiAiADIAIbIgMgBCADGyIEQQEgBBsgBigCDCAKIAAbIAsgARsgByACGyAFIAMbQQAgBBsQ7QEACyMAQeACayIAJAAgAEG4AWogGkGoAfwKAAAgAEEANgIAIABBBHIgAEG0AWpBrAH8CgAAQQhBuAEQuwEiAUKBgICAEDcDACABQQhqIgEgAEGwAfwKAAAgAEHgAmokACALQbACaiQAIAELmAIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYCDCAEIARBDGqtQoCAgICAA4Q3AxggBCAEQQhqrUKAgICAgAOENwMQQYCAwAAgBEEQaiADEHoACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBB34DAACAEQRBqIAMQegALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYCyAEIARBCGqtQoCAgICAA4Q3AxBBmIHAACAEQRBqIAMQegAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCwxUA7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCwxUA7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCwxUA7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AscVAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEIMBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEIMBDQIgASAHIAsgAygCDBEDAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBEDAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCDAQ0AIAAgByALIAEoAgwRAwAhAgsgAgsgBkEQaiQAC4UCAQZ/IwBBEGsiBiQAIAZBBGogAkEDbiIIIAIgCEEDbEdqQQJ0EH4DQAJAIAIEQEEDIAIgAkEDTxsiCkEDdCEHIAEgCmohCEEAIQlBECEFA0AgBSAHakEQRgRAQQAhBUESIQEDQCAFQQRGDQQCQAJAIAIgBUkEQEE9IQcgBEUNAgwBCyADIAkgAUEecXZBP3FqLQAAIQcLIAZBBGogBxBJCyAFQQFqIQUgAUEaaiEBDAALAAUgAS0AACAFQRhxdCAJciEJIAVBCGshBSABQQFqIQEMAQsACwALIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEQaiQADwsgAiAKayECIAghAQwACwALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABA9IAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBByIARBIGoiCyAGIAJB/QAQPSAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQZCiwAAQyAEiBRsgByAJIAUbEHIgAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQciAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQPCADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQKw0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAZIAMoAghBAUcNASADKAIMECsNAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEFggAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQyQEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQLyADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDJASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQNAJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQaOLwABBBBBoDQEgBEEHOgAADAILIAJBCGogARAHIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCRAQwBC0EADAELQQELIANBMGokAAvOAQIBfgF/AkAgAiADSw0AIAEoAgQhBSABKAIAIQECQCACRQ0AIAIgBU8EQCACIAVGDQEMAgsgASACaiwAAEG/f0wNAQsCQCADRQ0AIAMgBU8EQCADIAVGDQEMAgsgASADaiwAAEFASA0BCyADIAJrIQMgASACaiECA0AgAwRAIAItAABBMGsiAUH/AXFBCk8EQEIAIQQMAwUgBEIKfiABrUL/AYN8IQQgA0EBayEDIAJBAWohAgwCCwALCyAAIAQ3AwhCASEECyAAIAQ3AwALqAIBBn8jAEEwayICJAACQAJ/IAEoAigiB0UEQCACQQhqIAEQGyACKAIMIQQgAigCCAwBCyABQQA2AiggASEFIwBBEGsiAyQAAkAgByIBRQ0AA0AgA0EIaiAFEBsgAygCCEUEQCABIQYMAgsgAUEBayIBDQALCyADQRBqJABBACAGDQAaIAJBEGogBRAbIAIoAhQhBCACKAIQCyIBBEAgAkEANgIkIAJCgICAgBA3AhwgAiABNgIoIAIgASAEajYCLANAAkAgAkEoahB7IgFB/gBHBEAgAUGAgMQARw0BIAAgAigCJDYCCCAAIAIpAhw3AgAMBAtBL0H+ACACQShqEHtBMUYbIQELIAJBHGogARBJDAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9YCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUH4pcAAQQIgA0EgakGIpsAAEHlFBEAgAhDJASAEEMkBDAELIAMoAggiAUGAgICAeEcNAiADQRRqEMkBC0EADAILIAAoAgQiABCCASMAQRBrIgIkACACQQhqIAEQNAJ/QQIgAi0ACEUNABogAi0ACUHuAEYEQEEAQQIgAUGji8AAQQQQaBsMAQsgAiAANgIMQQFBAiABQaSmwABBASACQQxqQaymwAAQeRsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAEMABIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQCyAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAALvQEBAn8jAEFAaiIEJAAgBCADNgIMIAQgAjYCCCAAKAIEQQN0IQMgACgCACECAn8CQANAIANFDQEgAiAEQQhqEMgBRQRAIANBCGshAyAFQQFqIQUgAkEIaiECDAELCyAAKAIIIAEgBSAAKAIMKAIQEQMADAELIARBEGogARAHIAQtABAiAEEGRwRAIAQgBCkDIDcDOCAEIAQpAxg3AzAgBCAEKQMQNwMoIARBKGoQkQELIABBBkcLIARBQGskAAuEAgIFfwF+IwBBIGsiAiQAIAJBgICAgHg2AgggAkEAOgAXIAIgAkEXajYCHCACIAJBCGoiAzYCGAJAIAFB3KbAAEECIAJBGGpB7KbAABB5RQRAIAMQyQEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBAgIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQxwEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahCTASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQtgEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQkAFFDQALCyADQSBqJAAgBQuZDgIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEDcgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEHUgA0EANgIsIAMgAygCHCIBNgI0IAMgAygCGCIHNgIwIAMoAiBFBEAgA0EQaiADQSxqEHwgAygCECEBIAMoAhQhBSADQQhqIAIQigEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEO0BAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIREjAEHAAmsiCCQAIAhBIGogD6ciC0GIAfwKAAAgC0GYqcAAQYgB/AoAAAJAIAgpAyBCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQeunwAA2AgwgBkESNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUHMpcAAQQIgAkGoAWpB3KXAABB5RQ0AIAEQjAFFDQAgAigCgAEiAUGAgICAeEYEQCAHEOUBDAILIAIgAikCjAE3A1AgAiACKAKUATYCWCACIAIpApwBNwNgIAIgAigCpAE2AmggAikChAEhDyABIQAMAgsgAkGcAWoQ5QEgAkGAAWoQwAELCyACQTg2AogBIAJBgKfAADYChAEgAkESNgKAASAAQYCAgIB4RgRAIAIgAkGIAWoiACkCACIPNwMwIAIgACgCCCIANgI4IAIpA4ABIRAgBiAANgIYIAYgDzcCECAGIBA3AwggBkICNwMADAULIAIgAigCaDYCSCACIAIpA2A3A0AgAiACKQNQNwIkIAIgAigCWDYCLCACQYABaiIBEMYBIAIgAigCSCIHNgI4IAIgADYCDCACIAIpA0A3AhggAiAHNgIgIAIgDzcCECACIA+nIA9CIIinEBQgAkEkaiEMIAIoAgRFDQECQCACKAIkQYCAgIB4RwRAIAEgAigCKCACKAIsEAMgAikDiAEhDyACKQOAASACQTM2AogBIAJBuKfAADYChAEgAkESNgKAAUIBIRBCAVINBCABEMYBIA8gEVcNAQsgAiACKAIYNgJ4IAIgAigCHCIANgJwIAIgADYCdCACIAAgAigCIEEEdGo2AnwgAkGAAWohCiMAQRBrIgckACACQfAAaiIJKAIEIQEgCSgCDCEOAkADQCAOIAEiAEYEQEGAgICAeCENDAILIAkgAEEQaiIBNgIEIAcgACkCCDcDCCAHIAApAgA3AwACQCAHLQAMQQFGBEAgBygCCA0BCyAHENwBDAELIAcoAgAiDUGAgICAeEYNAAsgCiAAQQxqKAIANgIMIAogAEEEaikCADcCBAsgCiANNgIAIAdBEGokACACKAKAASEKIAIpAoQBIRIjAEEQayIBJAAgASAJNgIMIAkoAgwgCSgCBCIHa0EEdiEAA0AgAARAIABBAWshACAHENwBIAdBEGohBwwBCwsjAEEQayIAJAAgACABQQxqKAIAIgcoAgA2AgwgACAHKAIINgIIIABBCGoQ5gEgAEEQaiQAIAFBEGokACAGIAIoAhQ2AiAgBiACKQIMNwIYIAYgEjcCNCAGIAo2AjAgBkEANgIsIAZCgICAgMAANwIkIAYgETcDECAGIA83AwggBiAQNwMAIAwQyQEMBQsgBkEONgIIDAMLIAZCAjcDACAGQQ82AggMAwsgBkENNgIIDAELIAYgAikChAE3AgwgBkESNgIICyAGQgI3AwAgAkEMahDcASAMEMkBIAJBGGoQ5QELIAJBsAFqJAAgCCkDqAFCAlEEQCAIIAgoAsABNgK4AiAIIAgpA7gBNwOwAiAIIAgpA7ABNwOoAiAIQQRqIAhBqAJqEJQBDAILIAhB6AFqIgAgCEGoAWoiAUHAAPwKAAAgCEEEaiALIAEgERAOIAAQwQEMAQsgCEEEakHtqMAAQSYQcwsgCEEgahA7IAsgCEEEahA2IAhBwAJqJAAgA0HIAGoQwwEgA0E4ahC8ASADQdAAaiQAIAVB0ABqJAALiAMCB38BfiMAQRBrIgckAAJAIAVFDQAgAiADaiICIANJDQAgB0EEaiEIIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIgkgAiAJSxsiDCECIwBBIGsiBiQAQQEhC0EEIQoCQAJAIAWtIAKtfiINQiCIpw0AIA2nIgJBgICAgHggBGtLDQAgBkEUaiABIAQgBRBuAn8gBigCGARAIAYoAhwiA0UEQCAGQQhqIAQgAhCJASAGKAIIIQUgBigCDAwCCyAGKAIUIAMgBCACECghBSACDAELIAYgBCACEIkBIAYoAgAhBSAGKAIECyAFRQRAIAggBDYCBEEIIQoMAgsgCCAFNgIEQQAhC0EIIQohAgwBC0EAIQILIAggCmogAjYCACAIIAs2AgAgBkEgaiQAIAcoAgRBAUYEQCAHKAIMIQkgBygCCCEGDAELIAcoAgghAiABIAw2AgAgASACNgIEQYGAgIB4IQYLIAAgCTYCBCAAIAY2AgAgB0EQaiQAC6cBAQN/IwBBEGsiAyQAAkAgAEHbABBARQ0AIANBCGogABA0IAMtAAhFDQAgAy0ACUHdAEcEQCACKAIQIQIDQCABIAAgAhEEAEUNAiADIAAQNCADLQAARQ0CIAMtAAEiBUEsRwRAIAVB3QBHDQMFIAAgACgCCEEBajYCCAwBCwsLQQEhBCAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRBqJAAgBAv3AQECfyMAQTBrIgQkACAEIAEQByAELQAAIgVBBkcEQCAEIAQpABA3ACcgBCAEKQAJNwMgIAQgBCkAATcDGCAAKAIAIQAgBCACIAMQRCAAKAIIIgIgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBKBAgIAEoAggiA0GBgICAeEcEQCADIAEoAgwQxwEACyABQRBqJAALIAAoAgQgAkEobGoiASAEKQMINwMIIAEgBCkDADcDACABIAU6ABAgASAEKQMYNwARIAEgBCkDIDcAGSABIAQpACc3ACAgACACQQFqNgIICyAEQTBqJAAgBUEGRwu6AQIBfwJ+IwBBIGsiBCQAAkACQCABIAIgA0EDEDkiAQRAIAEtAAANAQsgAEEANgIAIABCADcDCAwBCyAEQQhqIgIgARBlIAQpAxAhBSAEKQMIIQYgBEHMADYCECAEQfCZwAA2AgwgBEEINgIIIAACfyAGUEUEQCAAIAU3AxAgAEIBNwMIIAIQxgFBAAwBCyAAIAQoAhg2AhQgACAEKQIQNwIMIAAgBCkCCDcCBEEBCzYCAAsgBEEgaiQAC7kBAQF/IwBBQGoiBCQAAkAgAiADSwRAIABBBjoAAAwBCyAEQgA3AgggBCACNgIEIAQgATYCACAEQShqIAQQByAELQAoIgFBBkYEQCAAQQY6AAAMAQsgBCAEKQA4NwAgIAQgBCkAMTcAGSAEIAQpACk3ABEgBCABOgAQIAQQjAFFBEAgAEEGOgAAIARBEGoQkQEMAQsgACAEKQMgNwMQIAAgBCkDGDcDCCAAIAQpAxA3AwALIARBQGskAAvAAQICfwF+IwBBIGsiAyQAIANBFGogASgCACACQQEQcAJAIAMoAhRFBEAgAEGAgICAeDYCAAwBCyADKAIYIgFFBEAgAEGAgICAeDYCAAwBCyADQQhqIgIgASADKAIcIgQQRCADQRRqIAEgBBAJIAMoAhQiAUGAgICAeEYEQCAAQYCAgIB4NgIAIAIQ3AEMAQsgAykCGCEFIAAgAygCEDYCCCAAIAMpAgg3AgAgACAFNwIQIAAgATYCDAsgA0EgaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALnQEBBn8jAEEwayIDJAAgA0EMakEvIAEgAhBIIAMoAhAiBSADKAIYIgZqIQcgAygCDCEIIAMoAhwhAgJAA0ACQCADIAc2AiggAyAFIAIiBGo2AiwgAyADQShqEBkgAygCAEEBRw0AIAMoAiwgAygCKGsgBmohAiADKAIEIAhGDQEMAgsLQQAhBAsgACAENgIEIAAgATYCACADQTBqJAALiwEBAn8jAEEQayIEJAAgBEEIaiADIAIQgQECQAJAIAQoAghBAUcNACAEKAIMIAQgASACEIEBIAQoAgBBAUcNACAEKAIESw0AIAAhBQwBCyADIAIQDCIFRQRAQQAhBQwBCyADIAEgASADSxsiAwRAIAUgACAD/AoAAAsgACABIAIQVgsgBEEQaiQAIAULfwEFfyMAQRBrIgIkAEEEIQUDQAJAIAVFBEBBASEGDAELIAJBCGogARBhIAItAAhFDQAgAi0ACSIDQcEAa0FfcUEKaiADQTBrIANBOUsbIgNBD0sNACAFQQFrIQUgAyAEQQR0ciEEDAELCyAAIAQ2AgQgACAGNgIAIAJBEGokAAuNAQEEfyAAQUBrIQYDQCAAKAJgIgQgAkHAAElyRQRAIAYgARAEIAJBQGohAiABQUBrIQEMAQsLA0ACQCACIANHBEAgACAEQQFqIgU2AmAgACAEQT9xaiABIANqLQAAOgAAIAVBwABHDQEgBiAAEARBACEFIABBADYCYAwBCw8LIANBAWohAyAFIQQMAAsAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCww0AhAQwBCyAAQf8BcS0AsMNAQQJxQQF2IQELIAFBAXELrzUCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABB1IA4oAgghACAOKAIMIQEgDiACKAIQKAIAIAIoAhQoAgAQdSAOKAIAIQUgDigCBCEGIA4gATYCFCAOIAA2AhAgDiAGNgIcIA4gBTYCGCAKQRBqIRAjAEHgAWsiByQAIwBBEGsiBCQAIAQgATYCDCAEIAA2AghBtH8hAwNAIAMiAkG4C0cEQCACQYwBaiEDIAJB5LTAAGogBEEIahDIAUUNAQsLIARBEGokACAHQSxqIgMgBSAGQX8QMiAHIAJBuAtHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQUgBygCPCEDIwBB4AJrIgQkACAEIAE2AnggBCAANgJ0IAQgAjYCgAEgBCADNgJ8IARB6ABqIARB/ABqQcSdwABBCxBCIAQoAmgiAgR/IAQoAmwhAyACQQAgBEH0AGpBhKLAABDIARsFQQALIQYjAEEQayICJAAgAiAANgIAIAIgATYCBCACIANBBCAGGyABIAJBhKLAABDIASIBGzYCDCACIAZB/qHAACAGGyAAIAEbNgIIQQAhAEEAIQYCQANAIAZBhAxGDQECQCAGQZi0wABqIAIQyAEEQCAGQZC0wABqIAJBCGoQyAENAQsgBkGMAWohBgwBCwsgBkHYs8AAaiEACyACQRBqJAAgBEHSADYC4AEgBEHPncAANgLcASAEQQs2AtgBIARBxJ3AADYC1AEgBEEVNgLQAQJAIAAiAUUEQCAFIARB2AFqIgAoAgg2AhQgBSAAKQIANwIMIAVBxJ3AADYCCCAFQoOAgIDQAjcDAAwBCyAEQdABahDGASAEQeAAaiAEQfwAakGhnsAAQQoQbwJAIAQoAmAiAARAIAQoAmQiAg0BCyAFQQo2AgwgBUGhnsAANgIIIAVCg4CAgMACNwMADAELIARBhAFqIAAgAhBEIARB2ABqIARB/ABqQauewABBGBBCAkACQCAEKAJYIgBFBEBCkBwhGAwBCwJAIAQoAlwiBkEFSw0AA0AgBgRAIAAtAABBMGsiAkH/AXFBCUsNAiAYQgp+IAKtQv8Bg3whGCAGQQFrIQYgAEEBaiEADAELCyAYQgF9QoCjBVQNAQsgBUEiNgIUIAVB3KHAADYCECAFQRg2AgwgBUGrnsAANgIIIAVCg4CAgNACNwMADAELIARB0AFqIARB/ABqQcOewABBGkEBEA0gBC0A1AEhFCAEKALQASIAQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgFDoACCAFIAA2AgQgBUEDNgIADAELIARB0ABqIARB/ABqQd2ewABBFhBCAn8CQCAEKAJQIgAEQCAAIAQoAlQiAkHznsAAQQEQsQFFDQELIARBgICAgHg2ApABQQEMAQsgBEGoAWogACACEJUBIAQgBCgCqAE2AtgBIAQgBCgCrAEiADYC1AEgBCAANgLQASAEIAAgBCgCsAFBA3RqNgLcASMAQSBrIgAkACAAQQhqIARB0AFqIgMoAgwgAygCBGtBA3ZBBEEMEFcgAEEANgIcIAAgACkDCDcCFCMAQRBrIgwkACAAQRRqIgIgAygCDCADKAIEa0EDdhCmASACKQIEIRcgDCACQQhqNgIEIAwgF0IgiTcCCCMAQRBrIgIkACACIAMpAgg3AwggAiADKQIANwMAIwBBIGsiBiQAIAxBBGoiCSgCCCAJKAIEIghBDGxqIQ8gAigCBCEDIAIoAgwhDQNAIAMgDUcEQCADQQRqKAIAIQsgAygCACERIAIgA0EIaiIDNgIEIAZBCGogESALECcgBkEUaiAGKAIIIAYoAgwQRCAPIAYoAhw2AgggDyAGKQIUNwIAIA9BDGohDyAIQQFqIQgMAQsLIAkoAgAgCDYCACACEKIBIAZBIGokACACQRBqJAAgDEEQaiQAIARBkAFqIgIgACgCHDYCCCACIAApAhQ3AgAgAEEgaiQAIAQoApABQYCAgIB4RgshAAJAAkACQAJAAkACQAJAAkBBrZvAACABKAJ4IhUgASgCfCIWEHRBACAAG0UEQCAEQcgAaiAEQfwAakH0nsAAQQ0QQgJAAkAgBCgCSCIABEAgBEGoAWogACAEKAJMQX8QMkEwIQAgBEEwNgLgAUGOo8AAIQYgBEGOo8AANgLcASAEQQ02AtgBIARB9J7AADYC1AEgBEEVNgLQASAEKAKoASIDQYCAgIB4Rg0KIAQoAqwBIQAgBCgCsAEhAiAEQdABahDGASAEIAI2AvwBIAQgADYC+AEgBCADNgL0ASACQRBLDQEgBEEANgKIAiAEQoCAgIDAADcCgAIgBCAAIAJBKGxqIgY2ApgCIAQgAzYClAIgBCAANgKQAiAEIAA2AowCIARB1AFqIQ8gBEG0AWohDSAEQagCakEEciEMAkADQCAAIAZGDQQgBCAAQShqNgKQAiAEIAApAgw3A9ABIAQgACkCFDcD2AEgBCAAKQIcNwPgASAEIAAoAiQ2AugBIAAoAgAiAkGAgICAeEYNBCAEIAApAgQiFzcCoAIgBCACNgKcAiAEIA8pAhA3A7gCIAQgDykCCDcDsAIgBCAPKQIANwOoAiAEIBc3AqgBIARBqAFqQcCjwABBCBBMBEBBwgAhAEHrpMAAIQYMCAtBLCEAQb+kwAAhBiAXQiCIpyICQcEAa0FASQ0HIAQgF6ciAzYCqAEgBCACIANqNgKsASAEQagBaiIIKAIAIQIgCCgCBCEJA0AgCSACIgNHBEAgCCACQQFqIgI2AgAgAy0AACILQd8ARiALQTprQf8BcUH1AUtyIAtB3wFxQdsAa0H/AXFB5QFLcg0BCwsgAyAJRw0HAkACQAJAAkAgBC0AqAJBA2sOAgABAwsgBCAMKAIINgLYAiAEIAwpAgA3A9ACQQRBDBC7ASIAIAQoAtgCNgIIIAAgBCkD0AI3AgBBASEDIARBATYCzAIgBCAANgLIAiAEQQE2AsQCQQAhCEEBIQYMAQsgBCgCtAIhAiAEKAKwAiEAIAQgBCgCrAI2ArABIAQgADYCrAEgBCAANgKoASAEIAAgAkEYbGo2ArQBIARBxAJqIQYjAEEwayIAJAAgAEEUaiAEQagBaiICEF0CQCAAKAIUQYCAgIB4RwRAIABBBEEEQQwQVyAAKAIAIQggACgCBCIDIAAoAhw2AgggAyAAKQIUNwIAIABBATYCECAAIAM2AgwgACAINgIIIAAgAikCCDcDKCAAIAIpAgA3AyAgAEEIaiECIABBIGohCCMAQRBrIgMkAANAAkAgA0EEaiAIEF0gAygCBEGAgICAeEYNACACKAIIIgkgAigCAEYEQCACQQEQpgELIAIoAgQgCUEMbGoiCyADKAIMNgIIIAsgAykCBDcCACACIAlBAWo2AggMAQsLIAgQTSADQRBqJAAgBiAAKAIQNgIIIAYgACkCCDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgAgAhBNCyAAQTBqJABBASEIQQAhAyAEKALMAiIGQQVrQXxJDQMgBCgCyAIhAAsgBkEMbCEGA0AgBgRAIAZBDGshBiAAKAIIIQkgACgCBCELIABBDGohAEEAIQJBACERAkAgCUGBAmtBgH5JDQAgCy0AAEEvRw0AA0AgAiAJRiIRDQEgAiALaiESIAJBAWohAiASLQAAQf4ARw0AIAIgCU8NASASQQFqLQAAQf4BcUEwRg0ACwsgEQ0BDAQLCyANIAQpAsQCNwIAIA0gBCgCzAI2AgggBCAEKAKkAjYCsAEgBCAEKQKcAjcDqAEgBCgCiAIiACAEKAKAAkYEQCAEQYACahBsCyAEKAKEAiAAQRhsaiICIAQpA6gBNwIAIAIgBCkDuAE3AhAgAiAEKQOwATcCCCAEIABBAWo2AogCIAQtAKgCQQNrQf8BcUECTwRAIARBqAJqEJEBCyAEKAKQAiEAIAQoApgCIQYMAQsLIARBADYCzAIgBEKAgICAwAA3AsQCQQEhA0EBIQgLIARBxAJqEOEBQYCkwAAhBkE/IQACQAJAIAQtAKgCQQNrDgIBAAgLIAMNCQwKCyAIRQ0JDAcLIARBADYCpAEgBEKAgICAwAA3ApwBDAMLIARB9AFqEN0BQa2lwAAhBkEWIQAMCAsgBEGMAmoQTiAEIAQoAogCNgKkASAEIAQpAoACNwKcAQwBCyAFQcQANgIUIAVBmKHAADYCECAFQRY2AgwgBUHdnsAANgIIIAVCg4CAgNACNwMADAcLIARBQGsgBEH8AGogASgCUCIMIAEoAlQiDxBCAkACQCAEKAJAIgAEQCAEKAJEIQYMAQsgASgCECIABEAgASgCFCEGDAELIAUgDzYCDCAFIAw2AgggBUKDgICAwAI3AwAMAQsCQCABLQCJAUUEQCABLQCIAUUEQCAEQYACaiAAIAYQRAwCCyAEQYACaiAAIAYQdgwBCyAEQYACaiAAIAYQRAsCQAJAIAEtAIgBRQ0AIAQoAoQCIAQoAogCEAINACAFQTI2AhQgBUHcosAANgIQIAUgDzYCDCAFIAw2AgggBUKDgICA0AI3AwAMAQsCfwJAAkAgAS0AiwFFBEAgBEGAgICAeDYCqAEMAQsgBEE4aiAEQfwAakGBn8AAQQ8QQgJAIAQoAjgiAARAIARBjAJqIAAgBCgCPBB2DAELIAQoAoQCIAQoAogCQZCfwABBDRC6AUUEQCAEQYwCakGdn8AAQRcQRAwBCyAEQYwCakG0n8AAQRYQRAsgBCgCkAIgBCgClAIQAkUEQCAFQTI2AhQgBUHcosAANgIQIAVBDzYCDCAFQYGfwAA2AgggBUKDgICA0AI3AwAgBEGMAmoQ3AEMBAsgBEEwaiAEQfwAakHKn8AAQQ0QQiAEQagCaiAEKAIwIAQoAjQQvwEgBEHQAWoiACAEQYACahBRIAQgBCgCsAI2AvABIAQgBCkCqAI3AugBIAQgBCkCjAI3AtwBIAQgBCgClAI2AuQBIARBqAFqIABBJPwKAAAgBCgCqAFBgICAgHhHDQELQQAhAEEBDAELIAQoArwBIQAgBCgCuAELIQIgBCAANgKkAiAEIAI2AqACIAQgBEGAAmo2ApwCAkACQCABKAIYIgBFDQAgBEEoaiAEQfwAaiAAIAEoAhwQQiAEKAIoIgBFDQAgBEGoAmogACAEKAIsEJUBIAQgBCgCqAI2AtgBIAQgBCgCrAIiADYC1AEgBCAANgLQASAEIAAgBCgCsAJBA3RqNgLcASMAQSBrIgMkACADQQhqIARB0AFqIgAoAgwgACgCBGtBA3ZBBEEMEFcgA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhCmASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgYkACAGIAApAgg3AwggBiAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBigCBCECIAYoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACETIAYgAkEIaiICNgIEIA1BBGogEyASEHYgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBhCiASANQRBqJAAgBkEQaiQAIAlBEGokACAEQcQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYC0AEgBCAAIAEoAlxBA3RqNgLUASAEIARBnAJqNgLYASAEQcQCaiAEQdABahBKCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARB/ABqIAAgAhBCIAQoAiAiA0UNACAEQagCaiADIAQoAiQQlQEgBCAEKAKoAjYC2AEgBCAEKAKsAiIANgLUASAEIAA2AtABIAQgACAEKAKwAkEDdGo2AtwBIwBBIGsiAyQAIANBCGogBEHQAWoiACgCDCAAKAIEa0EDdkEEQQwQVyADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2EKYBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBiQAIAYgACkCCDcDCCAGIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAGKAIEIQIgBigCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRMgBiACQQhqIgI2AgQgDUEEaiATIBIQRCAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAGEKIBIA1BEGokACAGQRBqJAAgCUEQaiQAIARB0AJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIoBDQEgBCABKAJoIgA2AtABIAQgACABKAJsQQN0ajYC1AEgBCAEQZwCajYC2AEgBEHQAmogBEHQAWoQSgsgBEEYaiAEQfwAaiABKAJgIgIgASgCZCIDEEIgBCgCGCIARQ0BIARBqAJqIgYgACAEKAIcIggQ2AEgBC0AqAJBBkYNAyAEIAQpA7gCNwPgASAEIAQpA7ACNwPYASAEIAQpA6gCNwPQASAGQa+MwABBBBBrIgZFDQIgBi0AACAEQdABahCRAUEERw0DIARBkAJqIAAgCBBEIARBADYCjAIMBgsgBUKDgICAwAI3AwAgBSACIA8gABs2AgwgBSAAIAwgABs2AggMBwsgASgCICIARQ0DIARBEGogBEH8AGogACABKAIkIgMQQiAEKAIQIgJFDQMgAiAEKAIUIgYQAg0CIAVBMjYCFCAFQdyiwAA2AhAgBSADNgIMIAUgADYCCCAFQoOAgIDQAjcDAAwFCyAEQdABahCRAQsgBUHEADYCFCAFQdefwAA2AhAgBSADNgIMIAUgAjYCCCAFQoOAgIDQAjcDAAwDCyAEQZACaiACIAYQRCAEQQE2AowCDAELIAEoAigiAARAIARB0AFqIgIgBEGcAmogACABKAIsEBMgAS0AiwEhACAEKALUASAEKALYARACRQRAIAVBMjYCFCAFQdyiwAA2AhAgBUKDgICA0AI3AwAgBUEPIA8gAEEBcSIAGzYCDCAFQYGfwAAgDCAAGzYCCCACENwBDAMLIAQgBCgC2AE2ApgCIAQgBCkC0AE3ApACIARBATYCjAIMAQsgBEEIaiAEKAKEAiAEKAKIAhAnIARBITYC3AEgBEGboMAANgLYASAEIAQpAwg3AtABIARBkAJqIARB0AFqQQIQQSAEQQI2AowCCyAEIARB/ABqQbygwABBDhBCQQEhBgJAAkAgBCgCACIARQRAQQEhAgwBCyAEKAIEIQNBASECQZSbwAAgFSAWEHRFDQAgBEHQAWogACADEJUBAkAgBCgC2AEiAkUNACACQQN0IQZBACEAIAQoAtQBIQMDQCAAIAZHBEAgACADaiIIQcygwAAQxAEEQCAIQdSgwAAQxAENAwsgAEEIaiEADAELC0HMoMAAIAMgAhBMIQZB1KDAACAEKALUASAEKALYARBMIQIgBEHQAWoQ4wEMAQsgBUEnNgIUIAVB8aDAADYCECAFQQ42AgwgBUG8oMAANgIIIAVCg4CAgNACNwMAIARB0AFqEOMBDAELIARB0AFqIARB/ABqQdygwABBFUEAEA0gBC0A1AEhACAEKALQASIDQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgADoACCAFIAM2AgQgBUEDNgIADAELIAUgBCgCjAE2AiAgBSAEKQKEATcCGCAFIAQpAsQCNwIkIAUgBCgCzAI2AiwgBSAEKQLQAjcCMCAFIAQoAtgCNgI4IAUgBCkCjAI3AgAgBSAEKQKUAjcCCCAFIAQoApgBNgJQIAUgBCkCkAE3AkggBUHUAGogBEGoAWpBJPwKAAAgBSAAOgB/IAUgFDoAfiAFIAI6AH0gBSAGOgB8IAUgATYCeCAFIBg3AxAgBSAEKAKkATYCRCAFIAQpApwBNwI8IARBgAJqENwBDA0LIARBkAJqENwBCyAEQdACahDhAQsgBEHEAmoQ4QEgBEGoAWoQowELIARBgAJqENwBCyAEQZwBahDkAQwGCyAELQCoAkEDaw4CAQIACyAEQagCahCRAQwCCyAMENwBDAELIAwQ4AELIARBnAJqENwBIARBjAJqEE4gBEGAAmoQ5AELIAUgADYCFCAFIAY2AhAgBUENNgIMIAVB9J7AADYCCCAFQoOAgIDQAjcDAAsgBEGQAWoQzQELIARBhAFqENwBCyAEQeACaiQAAn8gBygCYEEDRwRAQQhBiAEQuwEiAEKBgICAEDcDACAAQQhqIAVBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EWRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGojMAAQQcQcwwDCyAHQQxqQZiMwABBEBBzIAcoAixBgICAgHhGDQIgAxDdAQwCCyAHQQxqIAdByABqEH0LIAdBOGoQ3QELIBAgBygCJDYCGCAQIAcpAhw3AhAgECAHKQIUNwIIIBAgBykCDDcCACAHQeABaiQAIA5BGGoQwwEgDkEQahDDASAOQSBqJAAjAEEgayIAJAAgAEEANgIAIAAgECkCADcCBCAAIBApAgg3AgwgACAQKQIQNwIUIAAgECgCGDYCHEEEQSgQuwEiAUKBgICAEDcCACABIAApAgA3AgggASAAKQIINwIQIAEgACkCEDcCGCABIAApAhg3AiAgAEEgaiQAIApB0ABqJAAgAUEIaguPAQIBfwF+IwBBEGsiAyQAAn8CQAJAIAJFBEAgA0EEaiABEFggAygCBCIBQYCAgIB4Rg0CIAMpAgghBCAAKAIAIgAQyQEMAQsgA0EEaiABEC8gAygCBCIBQYGAgIB4Rg0BIAMpAgghBCAAKAIEIgAQyQELIAAgBDcCBCAAIAE2AgBBAQwBC0EACyADQRBqJAALoQEBAX8jAEEQayIEJAACQAJAAkAgASgCACIBKAIEIAEoAgggAiADEDkiAUUNAAJAAkAgAS0AAA4EAgEBAAELIARBCGogASgCCCICIAEoAgwiARAUIAQoAgwNAgsgAEErNgIIIABB9qvAADYCBCAAQQE2AgAMAgsgAEIWNwIADAELIAQgAiABEBQgACAEKQMANwIEIABBFjYCAAsgBEEQaiQAC6IBAQF/IwBBEGsiAiQAIAIgARA0AkAgAi0AAEUEQCAAQYGAgIB4NgIADAELAkAgAi0AAUHuAEYEQCABQaOLwABBBBBoDQEgAEGBgICAeDYCAAwCCyACQQRqIAEQWCACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAgsgAEGBgICAeDYCAAwBCyAAQYCAgIB4NgIACyACQRBqJAALdQECfwJAIAEgA0cNAANAIAFFIQQgAUUNASACLQAAIQMgAC0AACEFIAFBAWshASACQQFqIQIgAEEBaiEAIAVBIEEAIAVBwQBrQf8BcUEaSRtyQf8BcSADQSBBACADQcEAa0H/AXFBGkkbckH/AXFGDQALCyAEC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBtoXAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBm4XAADYCBCAAQQA2AgAPCwALkQEBAX8jAEEwayIEJAAgBEEYaiABIAIgAxAkAkAgBC0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyAEIAQpACg3ABAgBCAEKQAhNwAJIAQgBCkAGTcAASAEIAE6AAAgAUEFRgRAIAAgBCgCDDYCCCAAIAQpAgQ3AgAMAQsgAEGAgICAeDYCACAEEJEBCyAEQTBqJAALyQMCA38CfiMAQUBqIgMkACADIAI5AxAgAyABNgIMIAMgADYCOCADIANBP2oiADYCNCADIAA2AjAgAyAANgIsIAMgA0EQajYCKCADIAA2AiQgAyAANgIgIAMgADYCHCADIANBDGo2AhgjAEEwayIBJAAgAUEUaiIEIANBGGoiACgCIBA3IAEoAhRFBEAgAUEIaiAEEIoBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAAoAhArAwAgACgCACgCACABIAEoAhw2AiggASABKQIUIgY3AyBBAEchBfwGIQcjAEGQAmsiACQAIABBIGogBqciBEGIAfwKAAAgBEGYqcAAQYgB/AoAAAJAAkACQAJAAkAgACkDIEIBWARAIAUNAiAAQQc2AqgBIABBBGogAEGoAWoQlAEMAQsgAEEEakHtqMAAQSYQcwsgACkDIEICWg0BIABBIGoQuAEMAgsgAEGoAWoiBSAAQSBqQegA/AoAACAAQQRqIAQgBSAHEA4gBRC4ASAAKQMgQgJUDQELIABBIGoQOwwBCyAAQYgBahCgAQsgBCAAQQRqEDYgAEGQAmokACABQSBqELwBIAFBMGokACADQUBrJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQhwEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEFhBACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQyQEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQByACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEJEBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAowBIgMgAyAAKAKQAUEUbGoQYiACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABA7IABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABBtoXAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBm4XAADYCBCAAQQA2AgAPCwALcwEBfyMAQRBrIgMkACADQQRqIAEgAhBEIAAgAygCDCICNgIIIAAgAykCBDcCACADKAIIIQADQCACBEAgAEEgQQAgAC0AACIBQeEAa0H/AXFBGkkbIAFzOgAAIAJBAWshAiAAQQFqIQAMAQsLIANBEGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahCTAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakHQjMAAECEiAUUEQCADEOABDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAEMwBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ3AEgAEEUahDrASAAQSBqENwBDwsgAEEIahDVAQ8LIABBCGoQuAEPCyAAQQhqELgBIABB8ABqEMkBDwsgABC4ASAAQegAahCgAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEBoCQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQSCAEQQhqIAUQCwJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUELsBIQMgBEEEakHPisAAQRAQRCADQQw2AgQgA0HfisAANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQWAJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQyQEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQyQEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDQCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEHIgAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEG8gBCgCCCIBBH8gBCABIAQoAgwQFCAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEHHwsAAQckAQezCwAAQegALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJIAMQVgsgAUEBNgIEDAELIAUgCSADIAIiCBAoIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDHAQALXwEDfyMAQRBrIgMkACADQQhqIAJBAUEBEFcgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCOASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC+ABAQR/IwBBMGsiAiQAIAAoAgAhACACIAEQByACLQAAIgRBBkcEQCACIAIpABA3ACggAiACKQAJNwAhIAIgAikAATcAGSACIAQ6ABggACgCCCIFIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQRgQICABKAIIIgNBgYCAgHhHBEAgAyABKAIMEMcBAAsgAUEQaiQACyAAKAIEIAVBGGxqIgEgAkEYaiIDKQMQNwMQIAEgAykDCDcDCCABIAMpAwA3AwAgACAFQQFqNgIICyACQTBqJAAgBEEGRwtbAQN/IwBBEGsiASQAIAAoAggiAyECA0AgAUEIaiAAEIcBAkAgAS0ACARAIAEtAAlBMGtB/wFxQQpJDQELIAFBEGokACACIANLDwsgACACQQFqIgI2AggMAAsAC2EBAn8jAEEQayIEJAAgBEEANgIMIAQgASAEQQxqEGYgBCgCBCEFIAAgAzYCECAAQQA2AgwgACADNgIIIAAgAjYCBCAAIAU6ABggACABNgIAIAAgBCgCDDYCFCAEQRBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxCnASABIAAoAgQgACgCCGoQJiAAIAIgA2o2AggLtgICCH8BfiMAQSBrIgIkACACQQhqIAEoAgQgASgCAGtBA3ZBBEEMEFcgAkEANgIcIAIgAikDCDcCFCMAQRBrIgYkACACQRRqIgMgASgCBCABKAIAa0EDdhCmASADKQIEIQogBiADQQhqNgIEIAYgCkIgiTcCCCMAQRBrIgckACAGQQRqIgQoAgQhCCAEKAIAIAEoAgAiBSABKAIEIgNHBEAgASgCCCEBIAQoAgggCEEMbGohBCAIIAMgBWtBA3YiA2ohCANAIAdBBGogASAFKAIAIAVBBGooAgAQEyAEIAcoAgw2AgggBCAHKQIENwIAIAVBCGohBSAEQQxqIQQgA0EBayIDDQALCyAINgIAIAdBEGokACAGQRBqJAAgACACKAIcNgIIIAAgAikCFDcCACACQSBqJAALVQEBfwJ/QQAgASgCAEEBRw0AGiABKAIEIgIgASgCCEcEQCABIAJBAWo2AgQgASACai0ADCEBQQEMAQsgAUEANgIAQQALIQIgACABOgABIAAgAjoAAAtVAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABBgRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EYbiEAA0AgAARAIABBAWshACABEJEBIAFBGGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQ6AEgAEEQaiQAIAJBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBKG4hAANAIAAEQCAAQQFrIQAgARDXASABQShqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEOcBIABBEGokACACQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahCyASABRSADQQFHcQ0BIAJBEGokAA8LEOwBAAtB3ITAAEE/EO0BAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELMBIAFFIANBAUdxDQEgAkEQaiQADwsQ7AEAC0HchMAAQT8Q7QEAC1oBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARAMIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACEMcBAAtMAQN/AkAgAiABKAIAKAIAIgJqIgUgAkkNACABKAIEKAIAIgYgBSACQX9zcSIBaiICIAZJDQAgAiADTSEECyAAIAE2AgQgACAENgIAC88KAgl/A34jAEEgayIGJAAgBiACNgIEIAYgATYCACAGIAA2AhggBiAGQR9qIgA2AhQgBiAANgIQIAYgBkEEajYCDCAGIAY2AggjAEHQAGsiBSQAIAVBIGoiAiAGQQhqIgAoAhAQNyAFQRhqIAAoAgAoAgAgACgCBCgCABB1IAVBADYCLCAFIAUoAhwiATYCNCAFIAUoAhgiADYCMCAFKAIgRQRAIAVBEGogBUEsahB8IAUoAhAhASAFKAIUIQAgBUEIaiACEIoBIAUoAggiAiABIAIbIgFBASABGyAFKAIMIAAgAhtBACABGxDtAQALIAUgBSgCKDYCQCAFIAUpAiAiDDcDOCAFIAE2AkwgBSAANgJIIwBB8AFrIgMkAEEBIQoCQCAMpyIHKAKgASICRQ0AIAIoAjRFDQAgAigCMCICKAIIIQkgAigCBCEKCwJAIAcpAwBCA1EEQCADQShqIQggACECIwBBQGoiBCQAAkAgAUGAgBBLBEBBgICAgHghAQwBCyAEQgA3AhAgBCABNgIMIAQgAjYCCEGAgICAeCEBIARBgICAgHg2AhwgBEGAgICAeDYCKCAEIARBKGoiCzYCOCAEIARBHGo2AjQCQAJAIARBCGoiAEH0jsAAQQIgBEE0akGEj8AAEHlFDQAgABCMAUUNACAEKAIcIgBBgICAgHhGBEAgCxDJAQwCCyAEIAQpAiAiDTcCOCAEIAA2AjQgBCgCKCICQYCAgIB4RgRAIARBNGoQ3AEMAgsgBCkCLCEOIAAhAQwCCyAEQShqEMkBIARBHGoQyQELCyAEQcAANgIQIARBvI3AADYCDCAEQRI2AggCQCABQYCAgIB4RgRAIAQpAwghDCAIQcAANgIIIAggDDcCAAwBCyAEQQhqEMYBIAQgATYCNCAEIA03AjggBCACNgIIIAQgDjcCDCAIAn8CQCAJIA1CIIinRw0AIA2nIAogCRBgDQAgDqcgDkIgiKcQAkUEQCAIQfyNwAA2AgQgCEESNgIAQTgMAgsgCEEEaiIAIAQoAhA2AgggACAEKQIINwIAIAhBFjYCACAEQTRqENwBDAILIAhBtI7AADYCBCAIQRI2AgBBMgs2AgggBEEIahDcASAEQTRqENwBCyAEQUBrJAAgAygCKEEWRwRAIANBDGogCBB9DAILIAMgAygCNDYCGCADIAMpAiw3AhAgA0GAgICAeDYCDAwBCyADQQxqQe2owABBJhBzCyADQcgAaiIAIAdBiAH8CgAAIAdBmKnAAEGIAfwKAAAgAyADKAIkNgJAIAMgAykCHDcDOCADIAMpAhQ3AzAgAyADKQIMIgw3AyggA0EMaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDSCIMp0ECayAMQgFYGw4CAQADCyAHEDsgB0IENwMAIAdBCGogA0HQAGpB6AD8CgAAIAcgAygCGDYCeCAHIAMpAhA3AnBBACEBQQEhCQwECyADQdAAaiEBCyADIAEoAhg2AugBIAMgASkCEDcD4AEgAyABKQIINwPYASADIAEpAgA3A9ABIAcgA0HQAWoQNkEBIQEgAygCKEGAgICAeEYNAQwCCyAHEDsgByAAQYgB/AoAACADQShqQQRyENwBDAILIANBKGpBBHIQ3AELAkACQAJAQQMgAykDSCIMp0ECayAMQgFYGw4CAQIACyAAEDsMAgsgCUUNASADQdAAahDVAQwBCyABRQ0AIANB0ABqELgBCyAHKQMAGiADQfABaiQAIAVByABqEMMBIAVBOGoQvAEgBUHQAGokACAGQSBqJAALxgMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBA3IABBGGogASgCACgCACABKAIEKAIAEHUgAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEHwgACgCECECIAAoAhQhAyAAQQhqIAQQigEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEO0BAAsgACAAKAIoNgJAIAAgACkCICIHNwM4IAAgAjYCTCAAIAU2AkgjAEEwayIBJAACQCAHpyIGKQMAQgJRBEAgAUHtqMAAQSYQcwwBCyABQRxqIgQCf0EHIAUgAkH6j8AAQREQsQENABpBEyAFIAJBi5DAAEEUELEBDQAaQQYgBSACQZ+QwABBCxCxAQ0AGiAEQSM2AgggBEGqkMAANgIEQRILNgIAIAEgBBCUAQsgBiABEDYgAUEwaiQAIABByABqEMMBIABBOGoQvAEgAEHQAGokACADQSBqJAALtRQCDn8CfiMAQSBrIgckACAHIAI2AgQgByABNgIAIAcgADYCGCAHIAdBH2oiADYCFCAHIAA2AhAgByAHQQRqNgIMIAcgBzYCCCMAQdAAayICJAAgAkEYaiAHQQhqIgAoAhAQNyACQSRqIAAoAgAoAgAgACgCBCgCABBFAkAgAigCGARAIAIoAiRBgYCAgHhHDQELIAJBEGogAkEkahCEASACKAIQIQEgAigCFCEDIAJBCGogAkEYahCKASACKAIIIgAgASAAGyIBQQEgARsgAigCDCADIAAbQQAgARsQ7QEACyACIAIoAiA2AjggAiACKQIYIhI3AzAgAiACKQIkNwNAIAIgAigCLDYCSCMAQRBrIg0kACANQQhqIAJBQGsiDxC3ASANKAIIIQMgDSgCDCEIIwBB8AJrIgEkAAJAIBKnIgkoAqABIgBFDQAgACgCCA0AIAAoAhQhBSAAKAIQIQQLAkACQAJAIAkpAwBCBFEEQAJAIAQgAyAEGyIKBEAgAUHIAWohBiAJKAJMIQsgCSgCUCEOIAktAGwhDCMAQbABayIAJABBgICAgHghAwJAIAUgCCAEGyIEQYCAEEsNACAAQgA3AnggACAENgJ0IAAgCjYCcCAAQYCAgIB4NgJYIAAgAEHYAGo2AhgCQCAAQfAAaiIEQbSMwABBASAAQRhqQbyMwAAQeUUNACAEEIwBRQ0AIAApAlwhESAAKAJYIQMMAQsgAEHYAGoQzAELIABBKTYCeCAAQeSMwAA2AnQgAEESNgJwAkAgA0GAgICAeEYEQCAAKQJ4IREgBiAAKAKAATYCFCAGIBE3AgwgBkHkjMAANgIIIAZCgoCAgKgCNwIADAELIABB8ABqEMYBIAAgAzYCDCAAIBE3AhAgEUIgiKdBGGwhAyARpyEEAkACQAJAAkACQAJAA0AgA0UNASAAIARB4IfAAEEDEGsQZyAAIAApAwA3AlggACAONgJ0IAAgCzYCcCADQRhrIQMgBEEYaiEEIABB2ABqIhAgAEHwAGoiBRCQAUUNAAsgACAEQRhrNgIwIAUgAEEwaiIEQY2NwABBAxBwIAAoAnBFDQMgACgCeCEIIAAoAnQhAyAFIARB3YfAAEEDEHAgACgCcEUNAyAAKAJ4IQsgACgCdCEKIAUgBEGQjcAAQQMQcCAAKAJwRQ0DIAAoAnghDiAAKAJ0IQQgCgRAIAAgCzYCXCAAIAo2AlggAEEFNgJ0IAAgDBDRATYCcCAQIAUQyAFFDQQLIAQEQCAAIA42AnQgACAENgJwIABB8ABqQbSNwAAQyAFFDQQLIAAgAEEwaiIENgI0IAxBAkYEQCADRQ0EIAMgCEGTjcAAQQIQsQFFDQQgAEHwAGoiAyAEQZWNwABBAxBwIAAoAnBFDQQgACAAKQJ0NwJYIABB2ABqIgRBoI3AABCQAUUNBCADIABBNGoiDEGojcAAECUgACgCcCIFQYCAgIB4Rg0EIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAMQamNwAAQJSAAKAJwIgNBgICAgHhGBEAgBBDWAQwFCyAAKQJ0IREgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOQASAAIAAoAmA2ApgBIAAgACgCbCIENgJAIAAgACkCZDcDOAJAAkAgBEEgRgRAIAAoAlAgACAAKAKYATYCfCAAIAApA5ABNwJ0IAAgETcChAEgACADNgKAAUGAgICAeCEDIABBgICAgHg2AnBBIEcNASAAIABB9ABqIgQpAhA3AyggACAEKQIINwMgIAAgBCkCADcDGAwCCyAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABIABBgICAgHg2AnALIABB8ABqEKABQYGAgIB4IQMLDAMLIAMNAQwDCyAGQYGAgIB4NgIAIABBDGoQ4AEMBQsgAyAIQaqNwABBAxCxAUUNASAAQfAAaiIDIABBNGoiBEGtjcAAECUgACgCcCIFQYCAgIB4Rg0BIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAEQa6NwAAQJSAAKAJwIgVBgICAgHhGBEAgAEHYAGoQ1gEMAgsgACkCdCESIAAgACgChAE2AlAgACAAKQJ8NwNIIAAgACkCWDcDoAEgACAAKAJgNgKoASAAIAAoAmwiCDYCQCAAIAApAmQ3AzhBACEDQQAgCEEDdGshBCAAKAI8IQoCfwJAAkADQCADIAhGDQEgAyAKaiILLQAARQRAIARBCGohBCADQQFqIQMMAQsLQQAgCy0AAGdBGGtB/wFxIARqa0GAEEkNACAAKAJQIgRFDQAgACgCTCIILQAAQgAhEUEAIQMDQCADIAhqLQAAIgutQv8BgyARQgiGhCERIAQgA0EBaiIDRw0AC0UNACAAIAw6AIgBIAAgACkDoAE3A3AgACAAKAKoATYCeCAAIBI3A4ABIAAgBTYCfCALQQFxRSAEQQRLIBFCA1Rycg0BIAAgACkCdDcDGCAAIAApAnw3AyAgACAAKQKEATcDKCAAKAJwDAILIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8CyAAQfAAahCgAUGBgICAeAshAwsgAEHIAGoQ3AEgAEE4ahDcASADQYGAgIB4Rg0AIAAgACkDKDcDgAEgACAAKQMgNwN4IAAgACkDGDcDcCAAQQY2AlggA0GCgICAeEYNASAGIAM2AgAgBiAAKQNwNwIEIAYgACkDeDcCDCAGIAApA4ABNwIUIABB2ABqEMYBDAILIABBBjYCWAsgBiAAKAJoNgIUIAYgACkCYDcCDCAGIAApAlg3AgQgBkGCgICAeDYCAAsgAEEMahDgAQsgAEGwAWokACABKALIAUGCgICAeEcNASABQQRqIAFBzAFqEH0MBAsgAUEEakHtqMAAQSYQcwwDCyABIAEoAuABNgIcIAEgASkC2AE3AhQgASABKQLQATcCDCABIAEpAsgBIhE3AgQgEadBgYCAgHhGDQMgASABQQRqIgAoAhg2AjggASAAKQIQNwMwIAEgACkCCDcDKCABIAApAgA3AyAgAUFAayAJQYgB/AoAACAJQZipwABBiAH8CgAAIAEpA0BCBFINASABQcgBaiIDIAFByABqQegA/AoAACABIAAoAhg2AsgCIAEgACkCEDcDwAIgASAAKQIINwO4AiABIAApAgA3A7ACIAkQOyAJIANBiAH8CgAAIAFBsAFqEMkBDAMLIAFBBGpB7ajAAEEmEHMMAQsgAUFAaxA7IAFBIGoQoAEMAQsgASABKAIcNgLoAiABIAEpAhQ3A+ACIAEgASkCDDcD2AIgASABKQIENwPQAiAJIAFB0AJqEDYLIAFB8AJqJAAgDxDJASANQRBqJAAgAkEwahC8ASACQdAAaiQAIAdBIGokAAtVAQF/IwBBEGsiAyQAIANBCGogASACEIEBAkAgAygCCEEBRw0AIAMoAgwiAUEbSw0AIAAgAUECdEGwycAAaiIBKAIANgIAIAEgADYCAAsgA0EQaiQAC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxCJASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMEMcBAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQNAJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAUMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDTASIEQcmKwABBBhDLASABMwEYEJIBQb6KwABBBxDLASABKAIEIAEoAggQXEHFisAAQQQQywEgASgCECABKAIUEM8BGiAEEN4BGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ3AEgAkEQaiQAC1ABAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAA4Q3AxggAyADQQxqrUKAgICAgAOENwMQQaiAwAAgA0EQaiACEHoAC1UBAX8gAEEEaiEDIAACfyABKAIAQYCAgIB4RwRAIAMgASgCCDYCCCADIAEpAgA3AgAgAhDKAUEADAELIAMgAigCCDYCCCADIAIpAgA3AgBBAQs2AgALUAAgAkEUbCECIAAQ1AEhAANAIAIEQCAAENQBIAEoAgAgASgCBBDPASABKAIMIAEoAhAQzwEQ3wEaIAJBFGshAiABQRRqIQEMAQsLIAAQ3wELwAICB38CfiMAQRBrIgMkACADQQRqIQQjAEEwayICJAAgASIFKAIEIQEgBSgCDCEHA0ACQAJAAkAgASAHRwRAIAUgAUEYaiIINgIEIAIgASkDEDcDGCACIAEpAwg3AxAgAiABKQMANwMIIwBBIGsiASQAIAEgAkEIaiIGKQMIIgk3AxAgASAGKQMQNwMYIAEgBikDACIKNwMIIAJBJGogCadBACAKp0H/AXFBA0YbIAEoAhQQvwEgAUEIahCRASABQSBqJAAgAigCJCIBQYCAgIB4Rg0CIAQgAikCKDcCBCAEIAE2AgAMAQsgBEGAgICAeDYCAAsgAkEwaiQADAELIAghAQwBCwsCQCADKAIEQYCAgIB4RwRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC0QBAX8jAEEQayICJAAgAkEIaiAAEIcBIAItAAggAi0ACSABQf8BcUZxIgEEQCAAIAAoAghBAWo2AggLIAJBEGokACABC0cBAn8jAEEQayICJAAgACABKAIAQYCAgIB4RwR/IAJBCGogARB3IAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQhwEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhClASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQwgEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAt3AQJ/IwBBEGsiBCQAIAIgAUEBa0sEQCAEIAA2AgggBCAAIAFqNgIMIARBCGoiAigCACEBIAIoAgQhAwNAIAMgASIARwRAIAIgAEEBaiIBNgIAIAAtAABBOmtB/wFxQfUBSw0BCwsgACADRiEDCyAEQRBqJAAgAwtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBmIARBCGogBCgCECAEKAIUIAEgAhCfASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQJiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABELYBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDZAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEEkLC0MBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhBuAkAgAygCCCIARQ0AIAMoAgwiAUUNACADKAIEIAEgABBWCyADQRBqJAALOAEBfyMAQRBrIgMkACADQQhqIAAQtQEgAygCCCIABH8gACADKAIMIAEgAhA5BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAgIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQxwEACyABQRBqJAALOQEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQDCIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALQwEBfyMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQORBnIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAtMAAJAAkACQAJAIAEoAgAgAiADEGsiAkUNAEEAIQEgAi0AAA4EAAMDAQMLIABBADYCBAwBCyAAIAIpAwg3AgQLQQEhAQsgACABNgIAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQICAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEMcBAAsgBUEQaiQACzwBAX8gACACEKcBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtAAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQRCADQfQDOwEcIANBDjYCGCADQbutwAA2AhQgACAEEH8gA0EgaiQACzYBAn8gAC0AACEDA0AgAiIABEAgAEEBayECIAEtAAAhBCABQQFqIQEgAyAERw0BCwsgAEEARws/AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahBDIAAgAykDCDcDACADQSBqJAALOwEBfyMAQRBrIgMkACADQQhqIAEgAhAUIAMgAygCCCADKAIMECcgACADKAIAIAMoAgQQRCADQRBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahCFASAAIAIpAwg3AwAgAkEgaiQACzYAAkAgA2lBAUcNACADQQAgAUGAgICAeCADa00bIgNFDQAgACABIAMgAhAoIgBFDQAgAA8LAAs7AQF/IwBBEGsiBSQAIAUgBDYCDCAFIAM2AgggBSACNgIEIAUgATYCACAAIAVB6IvAABAIIAVBEGokAAs0AQF/IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQACzQBAn8jAEEQayIBJAAgAUEIaiAAEBogASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLOgEBfwJ/IAEoAgBBAUYEQCABKAIIIQIgASgCBAwBCyABQQRqEMMBQQALIQEgACACNgIEIAAgATYCAAs8AQF/IwBBIGsiAiQAIAIgASgCEDYCGCACIAEpAgg3AxAgAiABKQIANwMIIAAgAkEIahCUASACQSBqJAALOAIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQVyACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALyAEBBX8jAEEQayIEJAAgAS8BFCEGIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIARBBGoiBSACQQRqENMBQeuKwABBBRDLASABKAIMIAEoAhAQzwFB8IrAAEEHEMsBIAEoAgQgASgCCBDPAUH3isAAQQoQywEgATMBFBCSARDeASIDKAIINgIIIAUgAykCADcCACADQQA2AgAgAkEANgIMIAJBATYCCCADENwBIAJBEGokACAAIAYgBRA+IAEQ3AEgBEEQaiQAC48BAQV/IwBBEGsiAyQAIANBCGohBSMAQRBrIgIkAANAAkAgAkEIaiABEBsgAigCCCIERQRAQQAhBAwBCyACIAQgAigCDBAUIAIoAgQiBkUgAigCACIERXINAQsLIAUgBjYCBCAFIAQ2AgAgAkEQaiQAIAMoAgwhASAAIAMoAgg2AgAgACABNgIEIANBEGokAAsuACAAQRxBECACIAEgASACSRsiASABQRBNG0EBa2ciAWs2AgQgACABQQBHNgIACzYBAX8gACgCCCEBIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ3AEgAEEQaiEADAELCws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBEDAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEMkBQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBDIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAsxACMAQRBrIgIkACAAKAIAIgAQggEgAiAANgIMIAEgAkEMakHApsAAECEgAkEQaiQACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAtsAQJ/IAEtAIsBQQFGBEBBACEBIAIgA0GUiMAAQQMQugEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQRCAAIAQ2AgALHQAgAgRAIAIgARAMIQELIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARC8AUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARC9AUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQNCABLQAIIAFBEGokAEF/c0EBcQsrAQF/IwBBEGsiBCQAIAQgACgCADYCDCAEQQxqIAEgAiADECIgBEEQaiQAC0ABAX8jAEEQayIDJAAgA0EIaiABIAIQdSADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAAL/wEBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAoDAELIAJFBEBBASEDDAILIAJBARAMCyIDDQAgBUEBNgIEQQEMAQsgBSADNgIEQQALIQNBCAsgBWogAjYCACAFIAM2AgAgBCgCBEEBRgRAIAQoAgggBCgCDBDHAQALIAQoAgghAiAAIAg2AgAgACACNgIEIARBEGokAAsgACgCBCAGaiABOgAAIAAgBkEBajYCCAsqAQN/IAAoAgAiAiABKAIAIgNyRSEEIAJFIANFcgR/IAQFIAAgARDIAQsLNQACQAJAAkACQCAALQAADgUBAQECAwALIABBBGoQ3QELDwsgAEEEahDcAQ8LIABBBGoQ4AELyQECA38BfiAAEGkgAUIAUwRAIABBLRBJCyABIAFCP4ciBYUgBX0hASMAQSBrIgMkACADQQA2AhggA0IANwMQIANCADcDCEETIQICQAJAA0AgAkETSw0BIANBCGogAmogASABQgqAIgVCCn59p0EwcjoAACACQQFrIQIgAUIJViAFIQENAAsgAkETayECIANBHGohBANAIAIEQCAAIAIgBGotAAAQSSACQQFqIQIMAQsLIANBIGokAAwBC0F/QRRB/IvAABBaAAsgAAsrAQJ/IAEoAgQiAyAAKAIAIgAoAghGBH8gACgCBCABKAIAIAMQYAVBAQtFC6oJAQx/IwBBIGsiDCQAIAxBCGohCyMAQSBrIgckAEHNkMAAIQRB1QAhAkEBIQ1BkAMhBUGikcAAIQNBEiEIIAEoAgAiBiEJQQEhCgJAAkACQAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAZBAWsOFQABAgMEBQYHCAoLDA0ODxAREhMUFR4LIAEoAgghAiABKAIEIQRBACEGQbSRwAAhAwwbC0HIkcAAIQRBJiECQQAhBkHukcAAIQMMGgtBgpLAACEEQSohAkEAIQZBlQMhBUGsksAAIQMMGgtBvpLAACEEQSwhAkEAIQZBkwMhBUHqksAAIQMMGQsgByABKAIIIgogASgCDCIJajYCDCAHIAo2AghBACEGIAdBADYCECAHQQhqIQVBACECQSAhAyMAQRBrIgQkAANAAkAgBEEIaiAFEDwgBCgCDEGAgMQARgRAIAMhAgwBCyADQQFrIgMNAQsLIARBEGokACACDRYgByAFEDwgBygCBEGAgMQARg0WAkAgBygCACICRQ0AIAIgCU8EQCACIAlGDQEMFgsgAiAKaiwAAEFASA0VCyAKDBULQc2TwAAhBEE6IQJBACEGQZEDIQVBn5DAACEDQQshCAwXC0GHlMAAIQRBIyECQQAhBkGRAyEFQfqPwAAhA0ERIQgMFgsgASgCCCECQQAhBkGRAyEFQaqUwAAhAyABKAIEDAELQR4hAkEAIQZBkQMhBUHVlMAAIQNBt5TAAAshBEENIQgMEwtB4pTAACEEQTshAkEAIQZBkQMhBUGdlcAAIQNBEyEIDBILQbCVwAAhBEEqIQJBACEGQZEDIQVB2pXAACEDDAwLQeiVwAAhBEE7IQJBACEGQZEDIQVBo5bAACEDQRAhCAwQC0GzlsAAIQRBHiECQQAhBkGRAyEFQdGWwAAhAwwJC0HglsAAIQRBICECQQAhBkGRAyEFQYCXwAAhAwwIC0GPl8AAIQRBLCECQQAhBkGRAyEFQbuXwAAhAwwHC0HKl8AAIQRBNyECQQAhBkGTAyEFQYGYwAAhA0EVIQgMDAtBlpjAACEEQSkhAkEAIQZBkwMhBUG/mMAAIQNBFiEIDAsLIAEoAgghAiABKAIEIQRBACEGQfYDIQVB1ZjAACEDDAULQeOYwAAhBEEqIQJBACEGQfcDIQVBi5DAACEDDAgLIAEoAgghAiABKAIEIQRBCyEJQQAhBkH0AyEFQZiZwAAhA0GNmcAADAELIAEoAhAhBiABKAIMIQ0gASgCCCECIAEoAgQhBEENIQlB9AMhBUGzmcAAIQNBppnAAAshCkEOIQgMBwtBDyEIDAULQQ4hCAwEC0EACyEDIAIgCSADGyEJIAMgCiADGyEKC0H8ksAAIQRBPCECQZEDIQVBuJPAACEDQRUhCAwCC0EUIQgLQQAhCQsgByAGNgIcIAcgDTYCGCAHIAk2AhQgByAKNgIQIAcgAjYCDCAHIAQ2AgggCyAHQQhqQQMQQSALIAU7ARQgCyAINgIQIAsgAzYCDCAHQSBqJAAgACALEH8gARDGASAMQSBqJAALvAIBB38jAEEwayIHJAAgB0EIaiIDIAEgAkEsELQBIwBB0ABrIgEkACABQRBqIAMQgAECQCABKAIQIgQEQCABKAIUIQUgAUEIakEEQQRBCBBXIAEoAgghBiABKAIMIgIgBTYCBCACIAQ2AgAgAUEBNgIkIAEgAjYCICABIAY2AhwgAUEoaiIFIANBKPwKAAAgAUEcaiECIwBBEGsiAyQAA0ACQCADQQhqIAUQgAEgAygCCCIGRQ0AIAMoAgwhCCACKAIIIgQgAigCAEYEQCACQQEQpAELIAIoAgQgBEEDdGoiCSAINgIEIAkgBjYCACACIARBAWo2AggMAQsLIANBEGokACAAIAEoAiQ2AgggACABKQIcNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgAUHQAGokACAHQTBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQGCADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEIYBIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA1IANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQOiACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQLSADQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQPyADQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEEYgAkEQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARAdIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGAFQQELRQsoACADIAQgASACELoBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACyoBAX8gAEEEQQAgACgCAEGAgICAeEYiARtqENwBIABBEEEMIAEbahDcAQuTBAEJfyMAQRBrIggkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiBCQAIAQgAkEcaiIAKAIAKAIAIAAoAgQoAgAQdSAEKAIAIQAgBCAEKAIEIgM2AgwgBCAANgIIIAJBEGohBSMAQRBrIgYkACMAQRBrIgEkACABIAM2AgwgASAANgIIQfxzIQACfwNAQQAgAEUNARogAEGcwMAAaiAAQYwBaiEAIAFBCGoQyAFFDQALIABB0L7AAGoLIQcgAUEQaiQAAkACQCAHRQ0AIAZBBGohCiMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCAHKAJIIgAgBygCTEEDdGohBwNAAkAgAEUgACAHRnIEfyAJQShGDQEgCUG0osAAaiEAIAlBCGohCUEABSAAQQhqCyADKAIMBEAgA0EEakEsEEkLIANBBGogACgCACAAKAIEEHIhAAwBCwsgCiADKAIMNgIIIAogAykCBDcCACADQRBqJAAgBigCBEGAgICAeEYNACAFIAYoAgw2AgggBSAGKQIENwIADAELIAVBADYCCCAFQoCAgIAQNwIACyAGQRBqJAAgBEEIahDDASAEQRBqJAAgAiAFEHcgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEOMBIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAENwBIABBGGoQyQEgAEEMahDcAQsLDQAgACABQQhBBBDwAQsNACAAIAFBFEEEEPABCw0AIAAgAUEMQQQQ8AELDQAgACABQQFBARDwAQveAQIFfwF+IwBBEGsiAiQAIwBBIGsiAyQAIANBFGohBCMAQTBrIgEkACABQRRqIgUgABAxIAEoAhRFBEAgAUEIaiAFEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkACAAQQhqIAanQZQBahC3ASAEIAAoAgggACgCDBC/ASAAQRBqJAAgAUEgahC9ASABQTBqJAAgA0EIaiAEEF8gAiADKQMINwIAIANBIGokACACKAIAIAIoAgQgAkEQaiQAC5cCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEGIwBBMGsiASQAIAFBFGoiAiAAEDEgASgCFEUEQCABQQhqIAIQiwEgASgCCCIAQQEgABsgASgCDEEAIAAbEO0BAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIoAqABIgVFDQAgAikDAEIDUg0AIAUoAghBAkcNACAFKAIUIQIgBSgCECEHCyAIIAI2AgQgCCAHNgIAIAYgACgCCCAAKAIMEL8BIABBEGokACABQSBqEL0BIAFBMGokACAEQQhqIAYQXyADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQMSABKAIURQRAIAFBCGogAhCLASABKAIIIgBBASAAGyABKAIMQQAgABsQ7QEACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlQ2AgQgBiACKAJQQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQRCAAQRBqJAAgAUEgahC9ASABQTBqJAAgBEEIaiAFEIUBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvJAwIHfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgIkACACQRRqIgEgABAxIAIoAhRFBEAgAkEIaiABEIsBIAIoAggiAEEBIAAbIAIoAgxBACAAGxDtAQALIAIgAigCHDYCKCACIAIpAhQiCDcDICMAQRBrIgQkAAJAAkAgCKciASkDAEIGUg0AIwBBEGsiACQAIABBADYCDCAAQoCAgIAQNwIEIABBBGoiBxDTAUG1isAAQQMQywEgAUEIaiIBKAIEIAEoAggQzwFBuIrAAEEGEMsBIAEoAiQgASgCKBDPAUG+isAAQQcQywEgASgCECABKAIUEFxBxYrAAEEEEMsBIAEoAhwgASgCIBDPARDeARogBEEEaiIBIAAoAgw2AgggASAAKQIENwIAIABBADYCDCAAQoCAgIAQNwIEIAcQ3AEgAEEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQvQEgAkEwaiQAIAZBCGogAxB3IAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAuqAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABAxIAEoAhRFBEAgAUEIaiAFEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQCAASAFKAJoQYCAgIB4RhsQ0QFBBRBEIAAoAgRBgICAgHhGDQAgAiAAKAIMNgIIIAIgACkCBDcCAAwBCyACQQA2AgggAkKAgICAEDcCAAsgAEEQaiQAIAFBIGoQvQEgAUEwaiQAIARBCGogAhB3IAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvHBAIJfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiCjcDICMAQRBrIgQkAAJAAkAgCqciACkDAEIBVg0AIARBBGohCCMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAAQegAaiIAKAIAIQkgAkEEahDTAUGNjcAAQQMQywEhBwJAIAlBgICAgHhGBEAgB0GTjcAAQQIQzwFBlY3AAEEDEMsBQZiNwABBBRDPAUGojcAAQQEQywEgACgCCCAAKAIMEM8BQamNwABBARDLASAAKAIUIAAoAhgQzwEaDAELIAdBqo3AAEEDEM8BQa2NwABBARDLASAAKAIEIAAoAggQzwFBro3AAEEBEMsBIAAoAhAgACgCFBDPAUHdh8AAQQMQywEgAC0AGBDRAUEFEM8BGgsgCCAHQZiPwABBAxDLAUEBEMUBEN4BIgAoAgg2AgggCCAAKQIANwIAIABBADYCACACQQA2AgwgAkEBNgIIIAAQ3AEgAkEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAFBIGoQvQEgAUEwaiQAIAZBCGogAxB3IAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv3AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQWQwBCyAAQQRqIgJBjIzAAEEMEHMgBSACEFkgAhDVAQsgAEEgaiQAIAFBIGoQvQEgAUEwaiQAIARBCGogBRB3IAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAu2AgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohByMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKQMAQgRSDQAgAigCcEGAgICAeEcEQCACKAJ4IQYgAigCdCEFDAELIAIoAqABIgJFDQAgAigCCEEBRw0AIAIoAhQhBiACKAIQIQULIAggBjYCBCAIIAU2AgAgByAAKAIIIAAoAgwQvwEgAEEQaiQAIAFBIGoQvQEgAUEwaiQAIARBCGogBxBfIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCYDYCBCAGIAIoAlxBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBEIABBEGokACABQSBqEL0BIAFBMGokACAEQQhqIAUQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEGAFQQELRQuXAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQuQEMAQsgABDVAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoQQQQVgsgAUEQaiQACwufAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBEGoiACgCoAEEQCAAQaABahC5AQsgAEGIAWoQ6wEgABA7IABBlAFqEMkBAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBuAFBCBBWCyABQRBqJAALCyEAIAAgAyABIAIQSCAAQQE7ASQgACACNgIgIABBADYCHAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEFRhs2AgALIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBA0YbNgIACyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALIQAgAEFAaxDcASAAQcwAahDcASAAQdgAahDcASAAEMEBC60BAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahDcASAAQSxqEOEBIABBOGoQ4QEgAEEMahDcASAAQdAAahDNASAAQdwAahCjASAAQcQAahDkAQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBQQgQVgsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxDZAQVBAAsLFgAgASAAEAwiAEUEQCABEO4BAAsgAAseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQswELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELMBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahCyAQsbACABBEAgACABIAIQRA8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAENwBIABBDGoQyQELCxoAIABBGGoQ3AEgAEEwahDJASAAQSRqEOIBCxgAIAAgASkCADcCACAAQQhqIAFBCGoQUQsZAQF/IAAoAgQiAQRAIAAoAgAgAUEBEFYLCxwAIAAoAgAgACgCBCABKAIAIAEoAgQQsQFBAXMLGwAgAEGni8AAQauLwAAgARtBBEEFIAEbENABCxUAIAAoAgBBBUYEQCAAQQRqENwBCwscACAABEAgARDuAQALQYzDwABBI0Ggw8AAEHoACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQsQELFgAgACgCAEGAgICAeEcEQCAAENwBCwsSACAAKAIAQQBOBEAgABDcAQsLEwAgACABIAIQzwEiAEE6EEkgAAsWACAAKAIAQYCAgIB4RwRAIAAQ4AELCxYAIAAoAgBBgICAgHhHBEAgABDhAQsLDwAgAQRAIAAgASACEFYLC5wCAQF/IAAQaSMAQRBrIgMkACAAQSIQSSADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQeyIBQQhrDgYEBQYBBwgACyABQSJGDQEgAUHcAEYNAiABQYCAxABGDQkLIAFBIEkNByAAIAEQSQwJCyAAQYGLwABBAhByDAgLIABBg4vAAEECEHIMBwsgAEGFi8AAQQIQcgwGCyAAQYeLwABBAhByDAULIABBiYvAAEECEHIMBAsgAEGLi8AAQQIQcgwDCyAAQY2LwABBAhByDAILIABBj4vAAEEEEHIgACABQQR2LQCTi0AQSSAAIAFBD3EtAJOLQBBJDAELCyAAQSIQSSADQRBqJAAgAAsQACAAEGkgACABIAIQciAACxAAIABB/wFxQQJ0KAKgwkALEQAgACABIAJBxYbAAEEAEBILDwAgABBpIABB+wAQSSAACw8AIAAQaSAAQdsAEEkgAAsPACAAEOsBIABBDGoQ3AELDwAgABDcASAAQQxqENwBCw8AIAAQ3AEgAEEQahCRAQsOACAAIAEgAkGAgBAQJAsLACAAIAEgAhBgRQsMACAAIAEgAiADEBwLlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABAxIAEoAhRFBEAgAUEIaiACEIsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDtAQALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEL0BIAFBMGokAEH/AXG4CwoAIABBAUEBEGoLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACENcBIAJBKGohAgwBCwsgABDnAQsLACAAQf0AEEkgAAsLACAAQd0AEEkgAAs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQkQEgAkEYaiECDAELCyAAEOgBCzcBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDcASACQQxqIQIMAQsLIABBBEEMEGoLPAECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ3AEgAUEMahDcASACQQFrIQIgAUEYaiEBDAELCyAAEOoBCwoAIABBBEEIEGoLPAECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ3AEgAUEMahDhASACQQFrIQIgAUEYaiEBDAELCyAAEOoBCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDcASACQRBqIQIMAQsLIAAQ5gELCgAgAEEEQRAQagsKACAAQQhBKBBqCwoAIABBCEEYEGoLCgAgACABIAIQFQsKACAAQQRBGBBqCzoBAn8gACgCBEEIaiEBIAAoAgghAgNAIAIEQCACQQFrIQIgARDcASABQRRqIQEMAQsLIABBBEEUEGoLDQBBrMLAAEEbEO0BAAsJACAAIAEQAAALZwEBfyMAQRBrIgEkACABIAA2AgQgASABQQRqrUKAgICAgAOENwMIIwBBIGsiACQAIAAgAUEIajYCECAAQaWEwAA2AgwgAEEAOgAdIABBADoAHCAAQfzCwAA2AhggACAAQQxqNgIUAAsDAAALIwEBfyAAKAIAIAAoAggiBGsgAUkEQCAAIAQgASADIAIQcQsLC6lFJABBgIDAAAuZKRZzbGljZSBpbmRleCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAEnJhbmdlIHN0YXJ0IGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAEHJhbmdlIGVuZCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2FsbG9jLnJzAHNyYy9yZmMzMzM5LnJzABVtZW1vcnkgYWxsb2NhdGlvbiBvZiDADSBieXRlcyBmYWlsZWQAAB4BEABPAAAAzQEAADcAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5LV9odHRwczovL2h0dHA6Ly9sb2NhbGhvc3Q6OjGdAxAAAwAAADEyNwCoAxAAAwAAAGV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOVJTMjU2YWxna2lkY3JpdADdAxAAAwAAAOADEAADAAAA4wMQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SmhlYWRlciBpcyBub3QgYmFzZTY0dXJsaGVhZGVyIGlzIG5vdCBhIEpTT04gb2JqZWN0IHdpdGggYW4gYWxncGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsRVMyNTajBBAABQAAAC50aGUgc2lnbmF0dXJlIGlzIGVtcHR5IG9yIG5vdCBvZiBpdHMgYWxnb3JpdGhtJ3Mgc2l6ZWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHN1cmxtZXRob2RoZWFkZXJzYm9keXN0YXR1c2FwcGxpY2F0aW9uL2pzb25Db250ZW50LVR5cGVlcnJvcm1lc3NhZ2VzdGF0dXNDb2RlXCJcXFxiXHRcblxmXHJcdTAwMDEyMzQ1Njc4OWFiY2RlZm51bGx0cnVlZmFsc2UAAAAABAAAAAQAAAADAAAABAAAAAAAAAAEAAAABAAAAAUAAAAGAAAAbgEQAAsAAABaAQAAGgAAAAAAAAAQAAAABAAAAAcAAAAIAAAAbgEQAAsAAAD9AQAACQAAAG5vIHJlcGx5IHlldHVua25vd24gcHJvdmlkZXJiYWQgZW52a2V5cwAvBhAABAAAAAAAAAAEAAAABAAAAAkAAAAKAAAAAAAAAAQAAAAEAAAAAwAAAAQAAAB0aGUgcHJvdmlkZXIncyBKV0tTIGlzIG5vdCBhIEpTT04ga2V5IHNldGt0eXVzZUVDY3J2UC0yNTYAAACYBhAABQAAAHh5UlNBbmVzaWcAAK8GEAADAAAAdGhlIGRpc2NvdmVyeSBkb2N1bWVudCBpcyBub3QgSlNPTiB3aXRoIGFuIGlzc3VlciBhbmQgYSBqd2tzX3VyaXRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBqd2tzX3VyaSBpcyBub3QgYW4gaHR0cHM6Ly8gVVJMdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGlzc3VlciBpcyBub3QgT0lEQ19JU1NVRVJpc3N1ZXJqd2tzX3VyaWYHEAAGAAAAbAcQAAgAAAAAAAAACAAAAAQAAAALAAAADAAAAGV4dHN1YnJvbGVhdXRoZW50aWNhdGVkYXVkaW5zZm9yZ2UtYXBpaWF0ZXhwZW1haWxhY2Nlc3NUb2tlbnRva2VuVHlwZUJlYXJlcmV4cGlyZXNBdHVzZXJpZHByb3ZpZGVyaW52YWxpZF9zaWduYXR1cmVwcm92aWRlcl91bnJlYWNoYWJsZXVua25vd25fa2V5dGhlIHByb3ZpZGVyIGFuc3dlcmVkIHdpdGggYW4gZXJyb3JzZW5kIHRoZSBwcm92aWRlciB0b2tlbiBhcyBgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gIG9yIEpTT04gYHsidG9rZW4iOiAi4oCmIn1gbWlzc2luZ19jcmVkZW50aWFsbWFsZm9ybWVkX2NyZWRlbnRpYWx0aGUgY3JlZGVudGlhbCBleGNlZWRzIDgxOTIgY2hhcmFjdGVyc2NyZWRlbnRpYWxfdG9vX2xhcmdldXNlIFBPU1QgKG9yIE9QVElPTlMgZm9yIGEgQ09SUyBwcmVmbGlnaHQpbWV0aG9kX25vdF9hbGxvd2VkdGhpcyBPcmlnaW4gaXMgbm90IGluIEJSSURHRV9BTExPV0VEX09SSUdJTlNvcmlnaW5fbm90X2FsbG93ZWRhbGcgbm90IGFjY2VwdGVkIChSUzI1Njsgb2lkYy1icmlkZ2U6IFJTMjU2LCBQUzI1NiwgRVMyNTYpOiB1bnN1cHBvcnRlZF9hbGdvcml0aG10aGUgdG9rZW4ncyBraWQgbWF0Y2hlcyBubyBSU0Egc2lnbmluZyBrZXkgb2YgdGhlIHByb3ZpZGVydGhlIHRva2VuIHNpZ25hdHVyZSBkb2VzIG5vdCB2ZXJpZnlpbnZhbGlkX3Rva2VudGhlIHByb3ZpZGVyIHRva2VuIGhhcyBleHBpcmVkdG9rZW5fZXhwaXJlZHRoZSBwcm92aWRlciB0b2tlbiBpcyBub3QgdmFsaWQgeWV0IChuYmYvaWF0IGluIHRoZSBmdXR1cmUpdG9rZW5fbm90X3lldF92YWxpZHRoZSB0b2tlbiBpc3N1ZXIgaXMgbm90IGFuIGFjY2VwdGVkIGlzc3VlcmludmFsaWRfaXNzdWVydGhlIHRva2VuIGF1ZGllbmNlIGRvZXMgbm90IGluY2x1ZGUgdGhlIGNvbmZpZ3VyZWQgYXVkaWVuY2VpbnZhbGlkX2F1ZGllbmNldGhlIHRva2VuIGhhcyBubyB1c2VyIGlkIChzdWIpbWlzc2luZ19zdWJqZWN0dGhlIHByb3ZpZGVyIHNlc3Npb24gaGFzIGV4cGlyZWRzZXNzaW9uX2V4cGlyZWR0aGUgcHJvdmlkZXIgZG9lcyBub3QgcmVjb2duaXNlIHRoaXMgc2Vzc2lvbmludmFsaWRfc2Vzc2lvbm1hY2hpbmUtdG8tbWFjaGluZSB0b2tlbnMgY2Fycnkgbm8gdXNlciBhbmQgYXJlIHJlZnVzZWRtYWNoaW5lX3Rva2VuX3JlZnVzZWRPSURDX1JFRlVTRV9BTk9OWU1PVVM6IG5vIGFub255bW91cyB1c2Vyc2Fub255bW91c191c2VyX3JlZnVzZWRwcm92aWRlcl9lcnJvcnRoZSBpZGVudGl0eSBwcm92aWRlciBjb3VsZCBub3QgYmUgcmVhY2hlZCBpcyBub3Qgc2V0bWlzc2luZ19zZWNyZXQgaXMgaW52YWxpZDogaW52YWxpZF9zZWNyZXRhdXRoZW50aWNhdGlvbl9mYWN0b3JzZW1haWxfZmFjdG9yZW1haWxfYWRkcmVzc2V4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZkJSSURHRV9DTEFJTVMgbmVlZHMgdGhlIHRva2VuJ3MgaWF0aXNzZ3R5Y2xpZW50X2NyZWRlbnRpYWxzA3Rva2VuX3VzZWFjY2Vzc2NsaWVudF9pZAJhenBhbm9ueW1vdXMAALENEAAJAAAAAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUEJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0gb2YgYXQgbW9zdCAyNjIxNDQgYnl0ZXMvLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQAA8AcQAAIAAACeDRAABgAAAE9JRENfUkVGVVNFX0FOT05ZTU9VU211c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAP4QEAAEAAAAYmFzZQwREAAEAAAAMXllczBub211c3QgYmUgdHJ1ZSBvciBmYWxzZSEPEAAKAAAAKw8QABgAAABDDxAAGgAAAF0PEAAWAAAAdA8QAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAAmwcQAAMAAACeBxAABAAAAK8HEAADAAAAfA0QAAMAAAC+BxAAAwAAAMEHEAADAAAAVg0QAAMAAADEBxAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAMMSEAAHAAAA7AcQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQA8BIQAAcAAADfDRAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAAAcExAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZMQHEAAFAAAAVBMQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGEgY2FsbCBvdXQgb2YgdGhlIGNvbnZlcnNhdGlvbidzIG9yZGVyAAAAAAACAEGkqcAACwEEAEGwqcAACwoBAAAAAAAAAPQBAEGgqsAAC8UJT1BUSU9OU2NsYWltc0NvbnRlbnQtTGVuZ3RoABwREAABAAAAdGhlIGNyZWRlbnRpYWwgaXMgbm90IGEgSldUdGhlIHNlc3Npb24gdG9rZW4gaGFzIGludmFsaWQgY2hhcmFjdGVyc2JlYXJlckFjY2Vzcy1Db250cm9sLUFsbG93LU9yaWdpbk9yaWdpblZhcnlzZXNzaW9uX2p3dHRva2VudGhlIGJvZHkgbXVzdCBiZSBhIEpTT04gb2JqZWN0IGxpa2UgeyJ0b2tlbiI6ICLigKYifWNyZWRlbnRpYWwgZmllbGRzIG11c3QgYmUgbm9uLWVtcHR5IHN0cmluZ3Nhbm9uX2lrX0FjY2Vzcy1Db250cm9sLUFsbG93LU1ldGhvZHNQT1NULCBPUFRJT05TQWNjZXNzLUNvbnRyb2wtQWxsb3ctSGVhZGVyc2F1dGhvcml6YXRpb24sIGNvbnRlbnQtdHlwZSwgeC1jbGllbnQtaW5mbywgYXBpa2V5QWNjZXNzLUNvbnRyb2wtTWF4LUFnZTg2NDAwaW50ZXJuYWxfZXJyb3JQUzI1Ni9lbWFpbC91c2VyX2VtYWlsAM4WEAAGAAAA1BYQAAsAAAAvZW1haWxfdmVyaWZpZWRXT1JLT1NfSVNTVUVSV09SS09TX0pXS1NfVVJMaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy97fXdvcmtvc1dPUktPU19DTElFTlRfSURXT1JLT1NfSldLUwAAQxcQABAAAAD/FhAADQAAAAwXEAAPAAAAUxcQAAsAAABodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQve30AgBcQABYAAACWFxAAKQAAAM4WEAAGAAAAS0lOREVfSldLU19VUkx7fS8ud2VsbC1rbm93bi9qd2tzLmpzb25LSU5ERV9BVURJRU5DRWtpbmRlS0lOREVfSVNTVUVSX1VSTEtJTkRFX0pXS1MAERgQABAAAAD+FxAADgAAANgXEAAOAAAAIRgQAAoAAAB7fQAATBgQAAIAAAB7YmFzZX0vdjEvc2Vzc2lvbnMvandrcy97fXN0eXRjaFNUWVRDSF9KV0tTAB4UEAARAAAAyg8QAA0AAACBDxAADwAAAHgYEAALAAAAc3R5dGNoLmNvbS97fXtiYXNlfQCkGBAADQAAALEYEAAGAAAAT0lEQ19KV0tTX1VSTE9JRENfQVVESUVOQ0VPSURDX0lTU1VFUk9JRENfSldLUwAAxA4QAAsAAADiGBAACwAAANUYEAANAAAAyBgQAA0AAADtGBAACQAAADwQEAAOAAAAXBAQABUAAAAAAQJjbGVya2F1dGgwZmlyZWJhc2UvZmlyZWJhc2Uvc2lnbl9pbl9wcm92aWRlcmNvZ25pdG8veG1zX2Vkb3ZlbnRyYWh0dHBzOi8vYWNjb3VudHMuZ29vZ2xlLmNvbWdvb2dsZWFjY291bnRzLmdvb2dsZS5jb21MGBAAAgAAAJUZEAATAAAAc3VwYWJhc2WiBxAADQAAAC9pc19hbm9ueW1vdXMAAADgFhAAAgAAAPAWEAAPAEHws8AACxX/FhAADQAAAAwXEAAPAAAAGxcQACIAQZC0wAALST0XEAAGAAAAPRcQAAYAAABgFxAABAAAAEMXEAAQAAAAwBcQAAIAAABTFxAACwAAAAQAAAAAAAAASgIQAAEAAAABAAAAAAAAAAEAQeS0wAALDdAXEAABAAAA8BYQAA8AQYS1wAALadgXEAAOAAAA5hcQABgAAAD+FxAADgAAAAwYEAAFAAAADBgQAAUAAAAsGBAABAAAABEYEAAQAAAAUBgQAAEAAAAhGBAACgAAAAQAAAAAAAAASgIQAAEAAABKAhAAAQAAAAEAAAAAAAAAAQBBmLbAAAsFWBgQABoAQai2wAALSXIYEAAGAAAAchgQAAYAAACEGBAABAAAAB4UEAARAAAAuBgQAAIAAAB4GBAACwAAAFAYEAABAAAASgIQAAEAAADEDRAAAQAAAAEAQfu2wAALDgHQFxAAAQAAAPAWEAAPAEGct8AACwXIGBAADQBBrLfAAAtp1RgQAA0AAAD+EBAABAAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAAAQAAAAAAAAABAAAAAAAAAAEBAQDQFxAAAQAAAPAWEAAPAEGouMAACwXIGBAADQBBuLjAAAtp1RgQAA0AAAAzGRAABQAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAArQ0QAAEAAAABAAAAAAAAAAEBAQDQFxAAAQAAAPAWEAAPAEG0ucAACwXIGBAADQBBxLnAAAtp1RgQAA0AAAA4GRAABQAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAAAQAAAAAAAAABAAAAAAAAAAEBAQDQFxAAAQAAAPAWEAAPAEHAusAACwXIGBAADQBB0LrAAAtp1RgQAA0AAAA9GRAACAAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAAAQAAAAAAAABFGRAAGgAAAAEBAQDQFxAAAQAAAPAWEAAPAEHMu8AACwXIGBAADQBB3LvAAAtp1RgQAA0AAABfGRAABwAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAAlA0QAAEAAAABAAAAAAAAAAEBAQDQFxAAAQAAAGYZEAAJAEHYvMAACwXIGBAADQBB6LzAAAtx1RgQAA0AAABvGRAABQAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAAAEAAAAAAAAADAZEAADAAAAAQAAAAAAAAABAAAAAAAAAAEBAQDQFxAAAQAAAPAWEAAPAAAAdBkQABsAQeS9wAALBcgYEAANAEH0vcAAC2nVGBAADQAAAI8ZEAAGAAAA/hAQAAQAAAD4GBAABwAAAOIYEAALAAAAqBkQAAIAAADtGBAACQAAAAQAAAAAAAAAMBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBANAXEAABAAAA8BYQAA8AQfC+wAALBcgYEAANAEGAv8AAC7sE1RgQAA0AAAC4GRAACAAAAP4QEAAEAAAA+BgQAAcAAADiGBAACwAAAFAYEAABAAAA7RgQAAkAAADAGRAAAQAAADAZEAADAAAAAQAAAAAAAADIGRAADQAAAAEBAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gW4AAAACYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHGFgIQAA4AAAAiAAAANQAAAM8AEABOAAAAcQcAABEAAADYAxAAyRYQAKMEEABudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkAegEQAFAAAAAsAwAACQAAAMsBEABKAAAAKQIAAAkAAABjYXBhY2l0eSBvdmVyZmxvdwAAAHoBEABQAAAAHAAAAAUAAAACAgICAgICAgICAgBB2MPAAAsIAgIAAAAAAAIAQY/EwAALAQIAQbXEwAALAQEAQdDEwAALAQEAQbDFwAALyAIwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEG6yMAACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQfjIwAALGWF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AQZTJwAALARcAQaDJwAALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

// functions/src/lib/untyped.js
function untyped(x) {
  return x;
}

// functions/src/lib/wasm.js
function base64Bytes(b64) {
  const U8 = untyped(Uint8Array);
  if (typeof U8.fromBase64 === "function") return U8.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
function wasmLoader(flavor) {
  let compiled = untyped(null);
  let glue = untyped(null);
  function instance() {
    if (glue) return glue;
    if (!compiled) compiled = new WebAssembly.Module(base64Bytes(flavor.WASM_BASE64));
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
  const env = secretsJson(w.Bridge.env_keys(provider));
  if (cached && cached.glue === w && cached.provider === provider && cached.env === env) return cached.bridge;
  if (cached && cached.glue === w) cached.bridge.free();
  cached = { glue: w, provider, env, bridge: new w.Bridge(provider, env) };
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
      const body = req.method === "POST" ? await req.text() : "";
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

// functions/src/workos-bridge.js
var workos_bridge_default = bridgeHandler("workos");
module.exports = workos_bridge_default;
})();
