// workos-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy workos-bridge --file <this file>
// Generated file: edit functions/src and run `npm run build`.
// insforge-edge 0.1.0
// source-hash: sha256:9b7dbe1c3985570bd16251097d57a8bd91804d13992f346dac4c4d401fcdbde2
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
var WASM_BASE64 = "AGFzbQEAAAABkgEWYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2ABfwF/YAR/f39/AGAEf39/fwF/YAACf39gAX8Cf39gAABgBX9/f39/AGAEf39/fgBgCn9/f39/f39/f3wBf2AFf39/f3wAYAZ/f39/f38AYAN/f3wAYAV/f39/fwF/YAJ/fgF/YAABf2ACf38Cf39gAX8BfAJ5AhUuL2luc2ZvcmdlX2VkZ2VfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAAVLi9pbnNmb3JnZV9lZGdlX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUACgOOAowCBAIAAAIABQMCBwEACwwNBgEABAsGAgMGAAMAAAAABwQDDg8DBwYGAgACAAIFBwMGBwAHAAYQAAMAAAIHAwEABgACAwQCBgACAgQFBgAAAAMBAQAAAAACAgIABgAAAgIDAAQACgMAAgMGAAIAAwECAwEEBgYGBQsCAgMCAgAHEQIFAAAAAAABBQcAAAMABgIAAAUHAgIABAESBAACAwMDAwMDBAQEBAsAAQAAExQBAQAAAgAACQkJCQkJCQkJBwEBBgAAAAEBAAAEBwAEAQEBAgEBAAABBAUEAQUAAAQFAAEBAwEBBQIDAwUCBQUBAQECAwcVBQEBAQUBAQUBAQEBAQEBAwEBCgABBQUKBgQJAnABGRlvAIQIBQMBABEGGQN/AUGAgMAAC38AQcjOwAALfwBB+M7AAAsHjQUcBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFQYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFUMYnJpZGdlX2JlZ2luABAPYnJpZGdlX2Vudl9rZXlzAK4BCmJyaWRnZV9uZXcALxFicmlkZ2VzZXNzaW9uX2FsZwC6ARticmlkZ2VzZXNzaW9uX2NsYWltc19yZWNvcmQAtgEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAFgbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsALcBEmJyaWRnZXNlc3Npb25fZmFpbABZFmJyaWRnZXNlc3Npb25fandrc191cmwAvQERYnJpZGdlc2Vzc2lvbl9rZXkAuwESYnJpZGdlc2Vzc2lvbl9raW5kAPQBE2JyaWRnZXNlc3Npb25fcmVwbHkAvAEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AFoXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAvgEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA3G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dAC4ARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAIxxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0ALkBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAHMSX193YmluZGdlbl9yZWFsbG9jAH8PX193YmluZGdlbl9mcmVlAOcBEF9fd2JpbmRnZW5fc3RhcnQAAQkrAQBBAQsYhAIYpAFLlAEm8wEgngE+ogFEowEboQEwoAGNAaUBIZ8BOYwCFAwBJArc+AOMArMJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBigCACEIIAYoAgQhBQNAAkAgCCIDIAVGDQAgBiADQQFqIgg2AgAgAy0AACIHQdwARg0AIAdB/wBrQf8BcUGhAUsNAQsLAkAgAyAFRw0AIAJBOGpB4YfAAEEIIAAgARCoAQJ/IAIoAjgiCARAIAghAyACKAI8DAELIAJBMGpB6YfAAEEHIAAgARCoASACKAIwIgNFDQEgAigCNAshACACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgADYCZCACIAA2AlAgAiAAIANqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEAgAigCLCIEQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAERw0ACwsgAyACKAJgIgFqIQAgCSABayEEDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEEC0EAIQcgAkEgaiAAQQEgABsiASAEQQAgABsiAEHbABBqAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEEgAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQaiACKAIYIgdFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQQSACKAJAIgNFDQIgAigCTCEJIAIoAkghByACKAJEIQAgAyEBDAILQQAhByADRQ0BC0EAIQQMAQsgAiAANgJwIAIgATYCbEEAIQQgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhBiALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgBiIDIAxGDQAgCyADQQFqIgY2AgAgAy0AACEFIA1FBEAgBUEwa0H/AXFBCkkgBUHfAXFBwQBrQf8BcUEaSXIgBUHfAEYgBUEta0ECSXJyDQIMAQsgBUEuRiAFQTBrQf8BcUELSXIgBUHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgB0UEQCAIRQ0BDAILIAggByAJQQUQaSIERXINAgsgCkUEQCABIABB8IfAAEEJEDQNASACQfgAaiIDIAEgAEEuEMIBIAJBEGogAxAfIAIgAikDEDcCQEEAIQQgAkFAa0GIiMAAEJgBRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAfIAIoAggNAAsgAA0CA0AgAiACQfgAahAfIAIoAgAiAEUhBCAARQ0DIAAgAigCBCIBQQMQaUUNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakH8h8AAEN4BIQQMAQtBASEECyACQaABaiQAIAQLoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEBkCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQGSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQGSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QGSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQGSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQGSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJB2MLAABBfAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQGSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEBkgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQdjCwAAQXwALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC68GAQ5/IwBBkAFrIgIkACACQQRqIgRBAEHAAPwLACACQoCAgIDAADcCUCACQcAANgJIIAIgATYCRCACIAFBQGs2AkwgAkHEAGoiAyIBKAIQIgVFBEBB+MPAABD2AQALIAEoAgQgBW4hBSACQdgAaiIBIAM2AgQgASAENgIAIAFBADYCHCABIAMpAgA3AgggASADKQIINwIQIAEgAygCEDYCGCABIAUgAyAEa0ECdiIBIAEgBUsbNgIgIAIoAnQiBiACKAJ4IgEgASAGSRshCCACKAJgIAYgAigCcCIEbGohBSACKAJYIQkDQCAGIAhHBEBBACEHIAQEQCAFIQEgBCEDA0AgAS0AACAHQQh0ciEHIAFBAWohASADQQFrIgMNAAsLIAkgBkECdGogBkEBaiEGIAc2AgAgBCAFaiEFDAELCyAAKAIcIQ0gACgCGCEJIAAoAhQhASAAKAIQIQggACgCDCEOIAAoAgghBiAAKAIEIQcgACgCACEKQQAhA0GAfiELA0AgCSEFIAEhCSAIIQEgBiEEIAchBiAKIQcCQAJAIAsEQCADQQFqIQ8gA0EPSw0BIAMhCAwCCyACQgA3AogBIAIgDTYChAEgAiAFNgKAASACIAk2AnwgAiABNgJ4IAIgDjYCdCACIAQ2AnAgAiAGNgJsIAIgBzYCaCACQegAaiEDQQAhAQNAIAFBIEcEQCAAIAFqIgQgBCgCACABIANqKAIAajYCACABQQRqIQEMAQsLIAJBkAFqJAAPCyACQQRqIgogA0EPcSIIQQJ0aiIMIANBCWpBD3FBAnQgCmooAgAgDCgCACAPQQ9xQQJ0IApqKAIAIgxBGXcgDEEOd3MgDEEDdnNqaiADQQ5qQQ9xQQJ0IApqKAIAIgNBD3cgA0ENd3MgA0EKdnNqNgIACyACQQRqIAhBAnRqKAIAIAtB2MLAAGooAgAgASAJcSABQRp3IAFBFXdzIAFBB3dzaiANaiAFIAFBf3NxampqIgMgBCAGcyAHcSAEIAZxcyAHQR53IAdBE3dzIAdBCndzamohCiADIA5qIQggC0EEaiELIAQhDiAFIQ0gDyEDDAALAAuQCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGcgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQlwEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0A4MhAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEPcBDAMLIAJBGGogARBnIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCXAQwCCyACQRBqIAEQLCACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBjRQ0BIAFB9QAQY0UNASACQQhqIAEQLCACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQ0BIAIgAyACQTBqEGwgAkEkaiACKAIAIgMgAigCBCADaiADaxB5DAILCwsgAEGAgICAeDYCACACQSRqEPcBCyACQdAAaiQAC7UEAgR/AX4jAEGgAWsiAyQAIANBDGpBAEHAAPwLACADQQA2AmwgA0HMwMAAKQIANwJkIANBxMDAACkCADcCXCADQbzAwAApAgA3AlQgA0G0wMAAKQIANwJMIAJBA3QhAiADQewAaiEEIANBzABqIQUDQCACBEAgA0EMaiABKAIAIAEoAgQiBhAtIAJBCGshAiABQQhqIQEgBq1CA4YgB3whBwwBBQJAQdTAwAAhAQNAIANBDGoiAiABQQEQLUGlhcAAIQEgAygCbEE4Rw0ACyADIAdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3A3AgAiADQfAAakEIEC0gAEIANwAYIABCADcAECAAQgA3AAggAEIANwAAIANBADYCmAEgAyAENgKUASADIAU2ApABIANBADYCgAEgA0EANgJwIANBgAFqIQIDQCADQQhqIANB8ABqEFACfyADLQAIBEAgAy0ACQwBCwJAIAMoApABIgFFDQAgASADKAKUAUYNACADQgE3AnAgA0EENgJ4IAMgAUEEajYCkAEgAyABKAIAIgFB/4H8B3FBCHggAUEYeEH/gfwHcXI2AnwMAgsgAyACEFAgAy0AAEUNAiADLQABCyEBIAAgAygCmAEiBEEfcWogAToAACADIARBAWo2ApgBDAALAAsLCyADQaABaiQAC60IAgl/BH4jAEEgayIDJAAgA0EIaiABEDgCQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEGIwBBMGsiBCQAIAFBLRBjIQogASgCCCEHAkAgARBMRQRAIAZCAzcDAAwBCwJAIAEoAggiBSAHSSAFIAEoAgQiAktyRQRAIAEoAgAgB2ohCSAFIAdrIgJBAU0NASAJLQAAQTBHDQEgBkIDNwMADAILIAcgBSACQbSMwAAQEQALA0ACQCALIQwgAiIFRQ0AIARBIGoiAiAMQv////8Pg0IKfiIOIAxCIIhCCn4iDUIghnwiCzcDACACIAsgDlStIA1CIIh8NwMIIAQpAyhCAFINACAFQQFrIQIgCS0AACEHIAlBAWohCSAEKQMgIg0gB0Ewa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEGNFBEAgBEEYaiABEI4BIAQtABgEQCAELQAZQSByQeUARg0CCyAFRSAKcUUEQEICQgAgBRshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBMRQRAIAZCAzcDAAwDCyAEQRBqIAEQjgFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQjgECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEEwEQEICIQsMAQsgBkIDNwMADAELIAYgDDcDCCAGIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFB/4vAAEEEEG5FDQlBACECDAsLIAFBg4zAAEEEEG5FDQFBASEIQQEhAgwKCyABQYeMwABBBRBuRQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQBSADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQYyMwAAQJUUEQCAAQQY6AAAgAhD6AQwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQaCMwAAQCUUEQCAAQQY6AAAgAhD4AQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC6sRAgp/AX4CQAJAAkAgAEH1AU8EQBCtASAATQ0CIABBC2pBeHEhAEGYzsAAKAIARQ0BQQAgAGshAwJAAkACQCAAEHciBkECdEH8ysAAaigCACIBRQ0AIAAgBhDbAXQhBwNAAkAgASgCBEF4cSIFIABJDQAgBSAAayIFIANPDQAgASECIAUiAw0AQQAhAyABIQQMBAsgBCABKAIUIgUgBSABIAdBHXZBBHFqKAIQIgFGGyAEIAUbIQQgB0EBdCEHIAENAAsgBA0BIAJFDQBBACEEDAELQQAhAUEBIAZ0EOYBQZjOwAAoAgBxIgJFBEBBACEEDAILIAJoQQJ0QfzKwABqKAIAIQQMAQsgAiEBCwNAIAQEQCADIAQoAgRBeHEiAiAAayIFIAMgAyAFSyIFGyAAIAJLIgIbIQMgASAEIAEgBRsgAhshASAEEN8BIQQMAQsLQQAhBAJAIAFFDQAgAEGczsAAKAIAIgJNIAMgAiAAa09xDQAgACABaiECIAEQEgJAIANBEE8EQCABIABBA3I2AgQgAiADENwBIAIgAxDIAQwBCyABIAAgA2oQyQELIAEQigIhBAsgBCIBDQIMAQtBlM7AACgCAEEQIABBC2pB+ANxIABBC0kbIgBBA3YiAXYiAkEDcQRAIAJBf3NBAXEgAWoiAUEDdCICQfzKwABqIgBBkAFqIABBmAFqKAIAIgAgARCVASAAIAIQyQEgABCKAg8LIABBnM7AACgCAE0NACACRQRAQZjOwAAoAgBFDQFBmM7AACgCAGhBAnRB/MrAAGooAgAiAigCBEF4cSAAayEDIAIhAQNAIAEQ3wEiAQRAIAEoAgRBeHEgAGsiBCADIAMgBEsiBBshAyABIAIgBBshAgwBCwsgACACaiEBIAIQEgJAIANBEE8EQCACIABBA3I2AgQgASADENwBIAEgAxCsAQwBCyACIAAgA2oQyQELIAIQigIiAUUNAQwCC0EBIAF0EOYBIAIgAXRxaCICQQN0IgRB/MrAAGoiAUGQAWogAUGYAWooAgAiASACEJUBIAEgAEEDcjYCBCAAIAFqIgIgBCAAayIAENwBIAIgABCsASABEIoCDwtBnM7AACgCACICIABPDQEgAEGgzsAAKAIAIgFPBEAjAEEQayIFJAAgBUEEaiEBAn8CQCAAQcDOwAAoAgAiAmpBL2pBACACa3EiAkUNAEHozsAALQAAQejOwABBAToAAEGAz8AAIQQgAkGAsQNLcg0AQYCxAwwBC0EAIQRBACACQRB2IAJB//8DcUEAR2oiAkAAIgNBf0YNABogAkEQdCICQRBrIAIgA0EQdCIEQQAgAmtGGwshAiABQQA2AgggASACNgIEIAEgBDYCAAJAIAUoAgQiAkUNACAFKAIMIQdBrM7AACAFKAIIIgRBrM7AACgCAGoiATYCAEGwzsAAIAFBsM7AACgCACIDIAEgA0sbNgIAAkACQAJAAkACQAJAAkBBqM7AACgCAARAQfzLwAAiAyEBA0AgAUUNAyABEPUBIAJGDQIgASgCCCEBDAALAAtBuM7AACgCACIBRSABIAJLcg0EDAULIAEoAgwiBkEBcSAGQQF2IAdHcg0AIAEoAgAiBkGozsAAKAIAIghNBH8gCCAGIAEoAgRqSQVBAAsNAQtBuM7AAEG4zsAAKAIAIgEgAiABIAJJGzYCACACIARqIQEDQCADRQ0CIAEgAygCACIGRwRAIAMoAgghAwwBCwsgAygCDCIBQQFxIAFBAXYgB0dyDQEgAyACNgIAIAMgAygCBCAEajYCBCACENgBIQQgBhDYASEBIAAgBGohAiAEIABBA3I2AgQgASACayEAAkACQEGozsAAKAIAIAFHBEAgAUGkzsAAKAIARg0BIAEoAgQiA0EDcUEBRgRAIAEgA0F4cSIDEMwBIAEgA2ohASAAIANqIQALIAIgACABELMBIAIgABDIAQwCC0GozsAAIAI2AgBBoM7AAEGgzsAAKAIAIABqIgA2AgAgAiAAQQFyNgIEDAELQaTOwAAgAjYCAEGczsAAQZzOwAAoAgAgAGoiADYCACACIAAQ3AELIAQQigIhCQwFCyABIAEoAgQgBGo2AgRBqM7AACgCAEGgzsAAKAIAIARqEFcMAwtBqM7AACgCACIDEIkBEPUBIgpBL2shASADIAEgARCKAiIGQQdqQXhxIAZraiIBIAEgA0EQakkbIgYQigIhCCAGQRhqIQEgAiAEQShrEFcgBkEbNgIEQfzLwAApAgAhCyAIQYTMwAApAgA3AgggCCALNwIAQYjMwAAgBzYCAEGAzMAAIAQ2AgBB/MvAACACNgIAQYTMwAAgCDYCAANAIAFBBzYCBCABQQRqIgFBBGogCkkNAAsgAyAGRwRAIAMgBiADayIBIAEgA2oQswEgAyABEMgBCwwCC0G4zsAAIAI2AgALQYjMwAAgBzYCAEGAzMAAIAQ2AgBB/MvAACACNgIAQbzOwABBxM7AACgCACIBQX8gARs2AgBBACEBA0AgAUGAAkcEQCABQfzKwABqIgNBmAFqIANBkAFqIgc2AgAgA0GcAWogBzYCACABQQhqIQEMAQsLIAIgBEEoaxBXC0GgzsAAKAIAIgEgAE0NAEGgzsAAIAEgAGsiAjYCAEGozsAAIABBqM7AACgCACIBaiIENgIAIAQgAkEBcjYCBCABIABBA3I2AgQgARCKAiEJCyAFQRBqJAAgCQ8LQaDOwAAgASAAayICNgIAQajOwAAgAEGozsAAKAIAIgFqIgQ2AgAgBCACQQFyNgIEIAEgAEEDcjYCBCABEIoCIQELIAEPC0GkzsAAKAIAIQECQCACIABrIgRBEE8EQEGczsAAIAQ2AgBBpM7AACAAIAFqIgI2AgAgAiAEENwBIAEgAEEDcjYCBAwBC0GkzsAAQQA2AgBBnM7AAEEANgIAIAEgAhDJAQsgARCKAgu/BAIHfwF+IwBBQGoiAyQAIABB+wAQRQRAIANBADYCJCADQoCAgIDAADcCHCADQRhqIAAQOAJAIAMtABhFDQACQCADLQAZQf0ARg0AIAIoAhAhBwNAIANBEGogABA4IAMtABBFDQIgAy0AEUEiRw0CIANBNGogABAFIAMoAjQiAkGAgICAeEYNAiADIAMpAjgiCjcCLCADIAI2AigCQAJAIAMoAiQiAkGAAkYNACACQQxsIQIgAygCICIFQQRqIQQgA0EoaiIGKAIEIQggBigCCCEGA0ACQCACRQ0AIAYgBSgCCEYEQCAEKAIAIAggBhDyAQ0BCyAFQQxqIQUgAkEMayECIARBDGohBAwBCwsgAg0AIANBCGogABA4IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCqcgCkIgiKcgBxEHAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECQgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDdAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQOCADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahD3AQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQkgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahD7AQsgA0FAayQAIAkLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEFwgA0EANgIcIAMgAykDCDcCFEHfh8AALQAAIQhB4IfAAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ9wEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ9wEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQlwEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC8UDAgR/AX4jAEGAAWsiBCQAIARBDGoiBiACIANBLxDCASAEQQE2AjQgBEE4aiICIAYQGgJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIINwJ0IAQgAzYCcCAAIAEgCKcgCEIgiKcQPSEFIARB8ABqEPcBIAVFDQAgAiAGQSz8CgAAA0AgBEHkAGogBEE4ahAaIAQoAmRBgICAgHhGDQIgBCAEKAJsIgA2AnggBCAEKQJkNwNwQQEhBgJAIABBBU8NACAEKAJ0IQIgBEHwAGpBlKvAABCnAUUEQCMAQRBrIgMkACADQQA2AgwgA0EwIANBDGoQbCACIAAgAygCACADKAIEEMsBIANBEGokAA0BC0EAIQEgACEDA0AgA0EARyEGIANFDQEgAi0AAEEwa0H/AXEiByABQQpsaiEBIANBAWshAyACQQFqIQIgB0EKSQ0ACwsCQAJAAkACQCAFLQAAQQRrDgIBAAMLIAUoAgggBSgCDCAEKAJ0IAAQPSIFDQEMAgsgBg0BIAEgBSgCDE8NASAFKAIIIAFBGGxqIQULIARB8ABqEPcBDAELCyAEQfAAahD3AQtBACEFCyAEQYABaiQAIAUL+AMBA38gABCLAiIAIAAoAgRBeHEiAWohAgJAAkACQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQaTOwAAoAgBGBEAgAigCBEEDcUEDRw0BQZzOwAAgATYCACAAIAEgAhCzAQ8LIAAgAxDMAQsCQAJAIAIoAgQiA0ECcUUEQCACQajOwAAoAgBGDQIgAkGkzsAAKAIARg0FIAIgA0F4cSICEMwBIAAgASACaiIBENwBIABBpM7AACgCAEcNAUGczsAAIAE2AgAPCyAAIAEgAhCzAQsgAUGAAkkNAiAAIAEQHUG8zsAAQbzOwAAoAgBBAWsiADYCACAADQEQZQ8LQajOwAAgADYCAEGgzsAAQaDOwAAoAgAgAWoiATYCACAAIAFBAXI2AgRBpM7AACgCACAARgRAQZzOwABBADYCAEGkzsAAQQA2AgALIAFBtM7AACgCAE0NAAJAEK0BRQ0AQajOwAAoAgAiAEUNAAJAQaDOwAAoAgBBKEsEQEHAzsAAKAIARQ0BIAAQiQEaCxBlQaDOwAAoAgBBtM7AACgCAE0NAUG0zsAAQX82AgAMAQtB6MPAABD2AQALCw8LIAAgARBCDwtBpM7AACAANgIAQZzOwABBnM7AACgCACABaiIBNgIAIAAgARDcAQvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBmDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGohcAAEBEACyAAIBQ2AgAgCkEQaiQAC4QDAgN/AX4jAEEgayIFJAAgBSABIAIgAxBHAkACQAJAAkAgBSgCACIBBEAgBUEUaiABIAUoAgQQSSAFKAIcIQYgBSgCGCEBA0AgBkUNAiABQSBBACABLQAAIgdBwQBrQf8BcUEaSRsgB3I6AAAgBkEBayEGIAFBAWohAQwACwALIAVBgICAgHg2AggMAQsgBSAFKAIcIgE2AhAgBSAFKQIUIgg3AwggCKdBgICAgHhHDQELIABBFjYCACAAIAQ6AAQMAQsCQCAFKAIMIgQgAUGDjMAAQQQQvwENACAEIAFB9KLAAEEBEL8BDQAgBCABQfWiwABBAxC/AQ0AAkAgBCABQYeMwABBBRC/AQ0AIAQgAUH4osAAQQEQvwENACAEIAFB+aLAAEECEL8BDQAgAEEVNgIQIABB+6LAADYCDCAAIAM2AgggACACNgIEIABBFTYCAAwCCyAAQRY2AgAgAEEAOgAEDAELIABBFjYCACAAQQE6AAQLIAVBCGoQ4QEgBUEgaiQAC4YMAhR/An4jAEHQAGsiByQAAkACQCABKAKgASIUBEAgB0EIaiENIwBBQGoiBiQAAkAgAyACKQMIIhggFEEIaiIOKQMQIAN8IhkgGCAZUxsgGSACKQMAp0EBcRsgGSAOLQB+GyIYUwRAIAYgAkEwahDFASAGKAIEIRUgBigCACEPIAZBADYCFCAGQoCAgIAQNwIMIAZBDGoQ7AFB94/AAEEDEOMBIAIoAhwiFiACKAIgIhcQ6AFB+o/AAEEEEOMBQf6PwABBDRDoAUGLkMAAQQMQ4wFBjpDAAEEMEOgBQZqQwABBAxDjASADEJoBQZ2QwABBAxDjASAYEJoBIQkgDwRAIAlBoJDAAEEFEOMBIA8gFRDoARoLIAIoAixBGGwhBCACKAIoIQUDQCAEBEAgCSAFKAIEIAUoAggQ4wEgBSgCECAFKAIUEOkBGiAEQRhrIQQgBUEYaiEFDAELCyAJEPkBIhIpAgAhAyASQQA2AgAgBiASKAIIIgk2AiAgBiADNwMYIAZBADYCFCAGQQE2AhAgBigCHCEEIA4oAhwhBSAOKAIgIQsjAEFAaiIKJAAgCkEIaiIMIAlBAnRBA25B1ABqEIUBIAxBkIjAAEEkEHkgDEEuEE4gCkEUaiITIAQgCRDrASAMIAooAhggCigCHBB5IBMQ9wEgCigCDCEQIAooAhAhCSMAQdABayIEJAAgC0HBAE8EQCAEIAs2ApQBIAQgBTYCkAEgBCAEQZABakEBEAZBICELIAQhBQsgBEEgakEAQcAA/AsAA0AgCCALRwRAIARBIGogCGogBSAIai0AADoAACAIQQFqIQgMAQsLIARBkAFqIREgBEEgaiELQQAhCCMAQUBqIQUDQCAIQcAARwRAIAUgCGogCCALai0AAEE2czoAACAIQQFqIQgMAQsLIBEgBUHAAPwKAAAgBCAJNgKMASAEIBA2AogBIARBwAA2AoQBIAQgETYCgAEgBEHgAGoiCSAEQYABaiIFQQIQBkEAIQgjAEFAaiEQA0AgCEHAAEcEQCAIIBBqIAggC2otAABB3ABzOgAAIAhBAWohCAwBCwsgESAQQcAA/AoAACAEQSA2AowBIARBwAA2AoQBIAQgCTYCiAEgBCARNgKAASATIAVBAhAGIARB0AFqJAAgDEEuEE4gCkE0aiIFIBNBIBDrASAMIAooAjggCigCPBB5IAUQ9wEgBkEoaiIEIAooAhA2AgggBCAKKQIINwIAIApBQGskACAGQQA2AjwgBkKAgICAEDcCNCAGQTRqEOwBQaWQwABBCxDjASAGKAIsIAYoAjAQ6AFBsJDAAEEJEOMBQbmQwABBBhDoAUG/kMAAQQkQ4wEgGBCaAUHIkMAAQQQQ4wEQ7AFBzJDAAEECEOMBIBYgFxDoAUGgkMAAQQUQ4wEhBQJAIA8EQCAFIA8gFRDoARoMAQsgBUH/i8AAQQQQ6QEaCyAFEPkBQc6QwABBCBDjASAOKAJ4IgUoAjggBSgCPBDoARD5ASEFIA1BFjYCACANIAUoAgg2AgwgDSAFKQIANwIEIAVBADYCACAGQQA2AjwgBkEBNgI4IAUQ9wEgBBD3ASAGQRhqEPcBIBIQ9wEMAQsgDUEJNgIACyAGQUBrJAAgBygCCEEWRwRAIAcgBygCGDYCSCAHIAcpAhA3A0AgByAHKQIINwM4IAAgB0E4ahCcAQwDCyAHQQxqIQUgFCgCTEUNASAHQQA2AiQgB0KAgICAEDcCHCAHQRxqEOwBQZqQwABBAxDjASACKQMQEJoBQf+qwABBBhDjARDsASEEIAIoAixBGGwhCSACKAIoIQIDQCAJBEAgBCACKAIEIAIoAggQ4wEgAigCECACKAIUEOkBGiAJQRhrIQkgAkEYaiECDAELCyAEEPkBEPkBIgIpAgAhAyACQQA2AgAgByACKAIINgIwIAcgAzcDKCAHQQA2AiQgB0EBNgIgIAFBlAFqEOEBIAEgBygCMDYCnAEgASAHKQMoNwKUASACEPcBDAELIABByanAAEEmEHoMAQsgAEHIASAFEEMLIAdB0ABqJAAL41cCEn8FfiMAQbACayILJAAgCyACNgIMIAsgATYCCCALIAM2AhAgCyAENgIUIAsgBTYCGCALIAY2AhwgCyAHNgIgIAsgCDYCJCALIAk5AyggCyAANgKoAiALIAtBrwJqIgA2AqQCIAsgADYCoAIgCyAANgKcAiALIAtBKGo2ApgCIAsgADYClAIgCyAANgKQAiALIAtBJGo2AowCIAsgC0EgajYCiAIgCyAANgKEAiALIAA2AoACIAsgC0EcajYC/AEgCyALQRhqNgL4ASALIAA2AvQBIAsgADYC8AEgCyALQRRqNgLsASALIAtBEGo2AugBIAsgADYC5AEgCyAANgLgASALIAtBDGo2AtwBIAsgC0EIajYC2AEgC0EwaiEaIwBBwAFrIgYkAAJAAkAgC0HYAWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkGShsAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZB94XAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQfCAGQQA2AkggBiAGKAI0IgQ2AlAgBiAGKAIwIgU2AkwgBkHUAGogACgCECgCACAAKAIUKAIAEEogBkHgAGogACgCICgCACAAKAIkKAIAEEogBkHsAGogACgCMCgCACAAKAI0KAIAEJYBAkACQCABDQAgBigCVEGBgICAeEYNACAGKAJgQYGAgIB4Rg0AIAYoAmxBgICAgHhGDQAgBiAGKQJUNwOQASAGIAYoAlw2ApgBIAYgBikCYDcDoAEgBiAGKAJoNgKoASAGIAYoAnQ2ArgBIAYgBikCbDcDsAEgACgCQCsDACEJIAYgBigCRDYCgAEgBiAGKQI8NwN4IAYgBDYCjAEgBiAFNgKIASAGKAJ4IQIgBkGQAWohByAGQaABaiEIIAZBsAFqIQojAEHgAWsiDyQAAkAgAigCAEGAgICAeEcEQCACLwEYIRUgD0GwAWohASMAQSBrIgAkACACKAIEIRAgACACKAIIIgxBBEEUEFwgACgCACIOIAxB/////wNxIgMgAyAOSxshDUEAIQMgACgCBCERA0AgDQRAIABBDGogAyAQahDVASADIBFqIhMgACgCHDYCECATIAApAhQ3AgggEyAAKQIMNwIAIA1BAWshDSADQRRqIQMMAQsLIAEgDDYCCCABIBE2AgQgASAONgIAIABBIGokACAPQbwBaiACQQxqEFYgDyAVOwHIASAPQQhqIQAjAEEgayICJAAgAiAFIAQQPAJAAkAgAigCBCIDIAIoAggiBEHFqcAAQQQQvwFFBEAgAyAEQfiqwABBBxC/AUUNAQsgAEEANgKgASAAQoCAgIDAADcDiAEgAEKAgICAgICAgIB/NwOQASAAQgI3AwAgACABKAIYNgIgIAAgASkCEDcCGCAAIAEpAgg3AhAgACABKQIANwIIIAIQ9wEMAQsgAkEDNgIMIABBCGogAkEMahCcASAAQoCAgIDAADcDiAEgAEEANgKgASAAQoCAgICAgICAgH83A5ABIABCAjcDACACEPcBIAEQ7gELIAJBIGokACAaIABBqAH8CgAAIAoQ9wEgCBDhASAHEOEBDAELIA9BsAFqIhMgBSAEEEkgDyAHKAIINgLQASAPIAcpAgA3AsgBIA8gCCkCADcC1AEgDyAIKAIINgLcASAPIAopAgA3ArwBIA8gCigCCDYCxAEgD0EIaiEVIAn8BiEfIwBB4ARrIgQkACAEQQhqIBNBGGoQxQEgAkEEaigCACIZQQhqIgghAiAEKAIIIQMgBCgCDCEKIwBBIGsiACQAIARB6AFqIgUCfyAFAn8gAigCSEGAgICAeEcEQCADBEAgAigCUEEMbCEBIAIoAkwhBwNAQQQgAUUNBBogACAHNgIIIAAgAyAKECsgACAAKQMANwIUIAFBDGshASAHQQxqIQcgAEEIaiICIABBFGoiDRCbAUUNAAtBBEEoEM0BIQEgAiADIAoQSSANQYCswABBBhBJIAFBGzYCBCABQeWrwAA2AgAgAUEENgIYIAFBhqzAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQzQEhASAAQRRqQYCswABBBhBJIAFBBDYCBCABQYaswAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBDNASEBIABBFGpBz5/AAEEBEEkgAUEbNgIEIAFB5avAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBSABNgIIIAUgAjYCBEEWCzYCACAAQSBqJAACQAJAAkAgBCgC6AFBFkcEQCAEIAQoAvgBNgIwIAQgBCkC8AE3AyggBCAEKQLoATcDICAVQQhqIARBIGoQnAEgFUKAgICAwAA3A4gBIBVBADYCoAEgFUKAgICAgICAgIB/NwOQASAVQgI3AwAMAQsgBCAEKAL0ATYCGCAEIAQpAuwBNwMQIARBxAFqIBMoAgQgEygCCBA8AkACQCAEKALIASIAIAQoAswBIgFB+KrAAEEHEL8BRQRAIAAgAUHFqcAAQQQQvwENASAEQQM2AugBIARBQGsgBEHoAWoQnAEgBEICNwM4DAILIARBBTYClAIgBEGOrsAANgKQAiAEQRY2AowCIARB+K3AADYCiAIgBEEyNgKEAiAEQcatwAA2AoACIARBHDYC/AEgBEGqrcAANgL4ASAEQQ02AvQBIARBna3AADYC8AEgBEEcNgLsASAEQYGtwAA2AugBIwBBIGsiAyQAIANBCGogBEGYAmoiBSAEQegBaiIAa0EEdkEEQRQQXCADQQA2AhwgAyADKQMINwIUIwBBEGsiByQAIANBFGoiCCAFIAAiAWtBBHYiAhCyASAIKQIEIRwgByAIQQhqNgIEIAcgHEIgiTcCCCMAQSBrIggkACAHQQRqIg0oAgQhCiANKAIAIAAgBUcEQCANKAIIIApBFGxqIQUgAiAKaiEKIAhBFGohDQNAIAEpAgAhHCANIAFBCGooAgAgAUEMaigCABBJIAUgHDcCACAFIAgpAhQ3AgggBSAIKAIcNgIQIAFBEGohASAFQRRqIQUgAkEBayICDQALCyAKNgIAIAhBIGokACAHQRBqJAAgBEHoA2oiASADKAIcNgIIIAEgAykCFDcCACADQSBqJAAgAEH4osAAQQEQSSAEKALwAyICIAQoAugDRgRAIwBBEGsiACQAIABBCGogASABKAIAQQFBBEEUECQgACgCCCIBQYGAgIB4RwRAIAEgACgCDBDdAQALIABBEGokAAsgBCgC7AMgAkEUbGoiACAEKALwATYCECAAIAQpAugBNwIIIABBDjYCBCAAQYWrwAA2AgAgBEHMATsBWCAEQQA2AlQgBEKAgICAEDcCTCAEQgI3AzggBCACQQFqNgJIIAQgBCkC6AM3A0AMAQsgBEHoAWohAyAZKAKAASENQQAhBSMAQZABayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCATKAIUIgFBgIAETQRAIAJBGGogE0EkahDFAQJAIAIoAhgiCkUNACACQRBqIAogAigCHBAXIAJB4ABqIAIoAhAgAigCFEEgEEEgAigCYCIARQ0AIAIoAmwhByACKAJoIQwgACACKAJkQd+rwABBBhA0BEAgAkEIaiAMIAcQFyACKAIMIQogAigCCCEFCwJAIAVFIApFcg0AIAUgCkH5rMAAQQUQywENACAFIApB/qzAAEEDEMsBRQ0BC0EAIQULIAIgEygCECIHIAEQF0ECIQAgAigCBEUNBiACQeAAaiAHIAEQ8QECfwJAIAItAGAiAUEFRwRAIAVFDQFBFiEHQQIMAgsgAiACKAJsNgJYIAIgAikCZDcDUCACIAJB0ABqNgJ8IA0tAIsBRQ0HIAJB4ABqIAJB/ABqQYqswABBCxAxIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAARAIAJBNGogACABEElBACEADAQLIAJB4ABqIAJB/ABqQYypwABBDRAxIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAEUNByACQTRqIAAgARBJQQEhAAwDCyACQTQ2AjRBASEHQZqswAALIQAgAiAHNgIsIAFBBU8NBCACQeAAahCZAQwECyADQQI2AgAMDAsgAiAANgIwQRYhBwwBCyACIAIpAmw3AjggAiABNgI0IAIgADYCMCACIAc2AiwLIAJB0ABqEPgBCyAHQRZGDQEMAgsgAkHgAGogAkH8AGpBlazAAEEFEDEgAigCaCEBIAIoAmQhACACKAJgIgdBFkcEQCACIAIpAmw3AjggAiABNgI0IAJB0ABqEPgBDAILAkAgAARAIAJBgAFqIA0gACABEI8BDAELIAJBAjYCgAELIAIgAikCiAE3AjggAiACKQKAATcCMCACQdAAahD4ASACKAIwIQALIAIgAikCNDcDQCACIAIoAjw2AkggAEECRg0BIAIgAigCSDYCbCACIAIpA0A3AmQgAiAANgJgDAILIAIgAigCPCIBNgIoIAIgAikCNCIcNwMgIAMgATYCECADIBw3AgggAyAANgIEIAMgBzYCAAwFCyAFRQ0BIAJB4ABqIA0gBSAKEI8BCyACKAJsIgFBgMAASw0BAkACQCACKAJgRQRAQQAhACACKAJoIQVBACEHA0AgACABRwRAIAAgBWohCiAAQQFqIQAgByAKLQAAQS5GaiEHDAELCyAHQQJGDQEgA0EbNgIIIANBnKvAADYCBCADQQE2AgAMBQsgAiACKAJoIgA2AiwgAiAAIAFqNgIwIAJBLGoiBSgCACEAIAUoAgQhBwNAIAcgACIBRwRAIAUgAEEBaiIANgIAIAEtAABB/wBrQf8BcUGhAUsNAQsLIAEgB0cNAQsgAyACKQJoNwIMIAMgAikCYDcCBCADQRY2AgAMBAsgA0EoNgIIIANBt6vAADYCBCADQQE2AgAMAgsgA0EANgIADAILIANBAjYCAAsgAkHkAGoQ9wELIAJBkAFqJAAgBCkC9AEhHCAEKALwASECIAQoAuwBIQACQAJAIAQoAugBIgVBFkcNAAJAAkAgAEEBRgRAIAQgAjYCrAMgBCAcNwKwAyAcpyEKIBxCIIinIQ0jAEHwAGsiACQAIAgoAlQhASAAQRE2AiggAEH6qMAANgIkIABBFDYCIAJAIAFBgICAgHhGBEAgAyAAQShqIgEoAgg2AhQgAyABKQIANwIMIANB+qjAADYCCCADQoCAgIDIAjcCAAwBCyAAQSBqENoBIABBCGogCEHsAGoQxQEgACgCDCEHIAAoAgghASAAQQ02AiggAEGmoMAANgIkIABBFDYCICABRQRAIANBDTYCDCADQaagwAA2AgggA0KAgICAyAI3AgAMAQsgAEEgaiIFENoBIAAgBzYCNCAAIAE2AjAgAEEBNgIsIABBi6nAADYCKCAAIAgpA1g3AiAgAEHIAGoiByAFQQMQRiAAQRRqIgwgACgCTCAAKAJQQeGGwABBARAVIAcQ9wEgAEEANgIoIABCgICAgBA3AiAgBRDsAUGMqcAAQQ0Q4wEgCiANEOgBEPkBIgEpAgAhHCABQQA2AgAgACABKAIINgJAIAAgHDcDOCAAQQA2AiggAEEBNgIkIAEQ9wEgAEEZNgJUIABBmanAADYCUCAAIAgpAmQ3AkggAyAHQQIQRkEEQSgQzQEhASAAIAApAhg3AiggAEEGNgIkIABBsqnAADYCICAAQdgAaiAFQQIQRiAAQeQAakGri8AAQRAQSSABQQ02AgQgAUG4qcAANgIAIAFBDDYCGCABQbuLwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIANBAjYCFCADIAE2AhAgA0ECNgIMIAMgACkDODcCGCADIAAoAkA2AiAgA0EENgIoIANBxanAADYCJCAMEPcBCyAAQfAAaiQAIAQgBCkC9AE3A+gDIAQgBCgC/AE2AvADIAQoAvABIQAgBCgC7AEhBSAEKALoASIHQYCAgIB4Rw0BIAQoAugDIQIgBCkC7AMhHCAEQawDahD3AQwDCyAEIAI2ApQDIAQgHDcCmAMgDSgCcCIBIA0oAnRqIQIjAEEgayIAJAAgAEEIaiACIAFrIgdBBEEIEFwgAEEANgIcIAAgACkDCDcCFCMAQRBrIgMkACAAQRRqIgUgBxCxASAFKQIEISAgAyAFQQhqNgIEIAMgIEIgiTcCCCADQQRqIgooAgQhBSAKKAIAIAEgAkcEfyACIAVqIAFrIAooAgggBUEDdGohAgNAIAEtAAAhBSACQQRqQQU2AgAgAiAFEOoBNgIAIAFBAWohASACQQhqIQIgB0EBayIHDQALBSAFCzYCACADQRBqJAAgBEGgA2oiASAAKAIcNgIIIAEgACkCFDcCACAAQSBqJAAgBEHoAWohAyAEKAKkAyEQIAQoAqgDIRZBACEKIwBBsAJrIgIkACACQShqIgAgHKcgHEIgiKdBLhDCASACQSBqIAAQHyACKAIkIQwgAigCICEHIAJBGGogABAfIAIoAhwhDiACKAIYIQ0gAkEQaiAAEB8gAigCFCEXIAIoAhAhESACQQhqIAAQHwJAAkAgEUUgB0UgDUVyckUEQCACKAIIRQ0BCyADQSM2AgwgA0HuisAANgIIIANCgICAgIiAgICAfzcCAAwBCyACQfgBaiIAIAcgDBAKIAJBFzYCZCACQfOIwAA2AmBBgICAgHghASACQYCAgIB4NgJcIAJBuAFqIAAgAkHcAGoQYCACIAIpArwBNwOgAiACIAIoAsQBNgKoAiACKAK4AUEBRgRAIAMgAigCqAI2AgwgAyACKQOgAjcCBCADQYCAgIB4NgIADAELIAIgAigCqAIiBTYCWCACIAIpA6ACNwNQAkAgBUGAgBBLDQAgAigCVCEAIAJCADcCwAEgAiAFNgK8ASACIAA2ArgBIAJBgICAgHg2ApACIAJBgICAgHg2AqACIAJBADoAqAEgAiACQagBajYCgAIgAiACQaACaiISNgL8ASACIAJBkAJqNgL4AQJAIAJBuAFqIgBBxIjAAEEDIAJB+AFqQdyIwAAQgAFFDQAgABCTAUUNACACKAKQAiIAQYCAgIB4RgRAIBIQ4QEMAgsgAi0AqAEhCiACKQKkAiEdIAIoAqACIQUgAikClAIhHiAAIQEMAQsgAkGgAmoQ4QEgAkGQAmoQ4QELIAJBJzYCwAEgAkGKicAANgK8ASACQYCAgIB4NgK4AQJAIAFBgICAgHhGBEAgAikDuAEhHSADQSc2AgwgAyAdNwIEIANBgICAgHg2AgAMAQsgAkG4AWoiEhDiASACIAo6AHQgAiAdNwJsIAIgBTYCaCACIB43AmAgAiABNgJcIAIgHjcCuAEgAkHoAGohAAJAIBIgECAWEFFFBEAgAyACKAJkNgIMIAMgAikCXDcCBCADQYCAgIB4NgIADAELAkAgCkEBcUUEQCAFQYCAgIB4RyAdQv////8PVnFFBEAgA0KAgICAqICAgIB/NwIADAILIAIgACgCCDYCgAEgAiAAKQIANwN4IAJBoAJqIgAgDSAOEAogAkEYNgKAAiACQbGJwAA2AvwBIAJBgICAgHg2AvgBIAJBuAFqIAAgAkH4AWoQYCACIAIpArwBNwOQAiACIAIoAsQBNgKYAgJAIAIoArgBQQFGBEAgAyACKAKYAjYCDCADIAIpA5ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKYAiIANgKQASACIAIpA5ACNwOIASACQfgBaiACKAKMASAAQYCAEBA2IAJBHDYCwAEgAkHJicAANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHTcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAdNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDiASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASARIBcQCiACQRo2AoACIAJB5YnAADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGAgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpBhIrAABCnARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDTYCiAIgAkEBNgKEAiACQYyKwAA2AoACIAIgDDYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEEYgAiACKAKwATYC5AEgAiACKQOoATcC3AEgAiACKQOYATcD6AEgAiACKAKgATYC8AEgAyACQbgBakE8/AoAACACQYgBahD3ASACQdAAahD3AQwICyADQTU2AgwgA0GNisAANgIIIANCgICAgIiAgICAfzcCACACQagBahD3AQsgAkGYAWoQ+AELIAJBiAFqEPcBCyACQfgAahD3ASACQdwAahD3AQwDCyADQSw2AgwgA0HCisAANgIIIANCgICAgIiAgICAfzcCAAsgAkHcAGoQ9wEgAigCaCEFCyAFQYCAgIB4Rg0AIAAQ9wELIAJB0ABqEPcBCyACQbACaiQAIAQoAvQBIQIgBCgC7AEhAwJAAkAgBCgC6AEiAUGAgICAeEYEQEEGIQUgBCgC8AEhAAJAAkACQEEBIANBgICAgHhzIANBAE4bQQFrDgIBAgALQQEhBQwBCyACrSEcQQUhBSAAIQIgAyEACyAAIQEMAQsgBCgC8AEhFiAEKQL4ASEcIARBxANqIhcgBEGAAmpBJPwKAAAgBCAcNwK8AyAEIAI2ArgDIAQgFjYCtAMgBCADNgKwAyAEIAE2AqwDIARB6AFqIQcgBCgC4AMhCiAEKALkAyENIwBBwAFrIgUkACAIKAJ4IQ4gBUHoAGogCiANQZ2QwAAQJwJAIAUoAmhBAUYEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwBCyAFKQN4IR0gBSgCcCAFQRo2AnAgBUGYm8AANgJsIAVBCDYCaEUEQCAHIAUpAmw3AgwgB0EINgIIIAdCAjcDAAwBCyAFQegAaiIAENoBAkACQAJAAkBC////////////ACAdQjx8IhwgHCAdUxsgH1UEQCAAIAogDUGym8AAECcgBSgCaARAIAUoAmwhACAFKQNwIRwgByAFKQN4NwIUIAcgHDcCDCAHIAA2AgggB0ICNwMADAYLIB9CPHwhHiAFKQNwQgFRBEAgBSkDeCAeVQ0CCyAFQegAaiAKIA1BmpDAABAnIAUoAmgEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwGCyAFKQNwIiBCAVEgHiAFKQN4IhxTcQ0CAkAgIKcNACAfIRwgCCgCREUNACAHQSM2AhAgB0G1m8AANgIMIAdBCDYCCCAHQgI3AwAMBgsgBUHgAGogCiANQdibwABBAxA9EG0gBSgCYCIARQ0DIAUoAmQhAiAOLQCJAUUEQCAFQdgAaiAAIAIQKyAFKAJYIgBFDQQgBSgCXCECCyAFIAA2AmggBSACNgJsIAgoAixBDGwhACAIKAIoIQIDQCAARQ0EIABBDGshACAFIAI2ArQBIAJBDGohAiAFQbQBaiAFQegAahCbAUUNAAtBpYXAACAOKAJ4IhAgDigCfCISEHtFDQQgCiANQdubwABBAxA9Qd6bwABBEhAiRQ0EIAdCAjcDACAHQRA2AggMBQsgB0ICNwMAIAdBCTYCCAwECyAHQgI3AwAgB0EKNgIIDAMLIAdCAjcDACAHQQo2AggMAgsgB0ICNwMAIAdBCzYCCAwBC0EDIRFBi5DAACEMAkACQEHwm8AAIBAgEhB7RQ0AIAVB0ABqIAogDUHxm8AAQQkQPRBtIAUoAlAiAEUNASAAIAUoAlQiAkHMkMAAQQIQvwFFBEAgACACQfqbwABBBhC/AUUNAiAILQB9QQFxRQ0CQQkhEUGAnMAAIQwMAQsgCC0AfEUNAQsCQAJAIAgoAjgiAARAIABBDGwhAiAIKAI0IQADQCACRQ0CIAJBDGshAiAAKAIIIRQgACgCBCEYIABBDGohACAKIA0gDCARED0gGCAUECJFDQALC0GJnMAAIBAgEhB7RQ0BIAogDUGKnMAAQQMQPSIARQ0BIAVByABqIAAQxAECQCAFKAJIIgxFDQAgBSgCTCEUQQQgCCgCTCAIKAJIQYCAgIB4RiIAGyECQQAgCCgCUCAAG0EMbCEAA0AgAEUNASAFIAI2ArQBIAVBQGsgDCAUECsgBSAFKQNANwJoIABBDGshACACQQxqIQIgBUG0AWogBUHoAGoQmwFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIAgtAH9FDQAgCiANIA4oAoABIA4oAoQBEAsiAEUNAAJAAkACQCAALQAAQQFrDgMAAwEDCyAALQABQQFHDQIMAQsgBSAAQQRqNgJoIAVB6ABqQZicwAAQmwFFDQELIAdCAjcDACAHQRE2AggMAgsCQCAKIA1B94/AAEEDED0iAEUNACAALQAAQQNHDQAgBUE4aiAAKAIIIAAoAgwQFyAFKAI8RQ0AIAVBgAFqIABBBGoQVgJAIA4oAgAiAEUEQCAFQYCAgIB4NgKMAQwBCyAOKAIEQQN0IQIgDigCDCEYIA4oAgghGwJAA0BBACEMIAJFDQECQAJAIAogDSAAKAIAIAAoAgQQCyIURQ0AIAVBMGogFBDEASAFKAIwIhRFDQAgBSgCNCIRDQELIABBCGohACACQQhrIQIMAQsLIBRFDQAgCiANIBsgGBALIgBFDQAgAC0AAEEBRw0AIBRBACAALQABGyEMCyAFQYwBaiAMIBEQ0QELIAUgBSgClAE2AqABIAUgBSkCjAE3A5gBAkACQEGgnMAAIBAgEhB7RQ0AAkACQAJAAkAgCiANQaGcwABBGhA9IgAEQCAFQShqIAAQwwEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAkG7nMAAQQoQPRBtIAUoAiAiDA0CDAMLIA4oAgANBQwDCyAOKAIADQQMAgsgBUHoAGogDCAFKAIkEAMgBSkDcCEeIAUoAmggBUEuNgJwIAVBxZzAADYCbCAFQQg2AmhFBEAgBSkCbCEcIAcgBSkCdDcCFCAHIBw3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDaASAeIB9VBEAgHiAdIB0gHlUbIR0MAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQZ2awABBFhA9IgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABBs5rAAEEMEHEiAkUNACACQb+awABBDRBxIgJFDQAgBUEQaiACEMQBIAVB6ABqIAUoAhAiAkEAIAUoAhQiDBtBACACGyAMENEBIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAEEYaiEAIA5BGGshDgwACwALIAVBgICAgHg2AmgLIAVBmAFqEOEBIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgCCgCQCIAIAgoAkRBGGxqIRQDQAJAAkAgACAURwRAIABBGGohAiAAKAIUQQxsIQ4gACgCECEMA0AgDkUNAyAKIA0gDCgCBCAMKAIIEAsiEARAIBAtAAAiEg0DCyAMQQxqIQwgDkEMayEODAALAAsgByAFKAKIATYCICAHIAUpAoABNwIYIAcgBSkDmAE3AjAgByAFKAKgATYCOCAHIAUpAqgBNwIkIAcgBSgCsAE2AiwgByAcNwMQIAcgHTcDCCAHQgE3AwAMBgsgBUEANgK8ASAFQoCAgIAQNwK0AUGAgICAeCERAkACQAJAAkACQAJAAkACQCASQQFrDgQBAwIABwsgECgCDCIMQSFPDQYgDEEYbCEMIAVBtAFqEO0BIRIgECgCCCEOA0AgDEUNBCAFQQhqIA4QxAEgBSgCCCIQRQ0HIAUoAgwiGEGAAksNByASIBAgGBDoARogDEEYayEMIA5BGGohDgwACwALIAVBtAFqIBAtAAEQ2QEaDAQLIBAoAgwiDEGBAk8NBCAFQbQBaiAQKAIIIAwQ6AEaDAMLIAVB6ABqIBAQayAFKAJoDQEMAwsgEhD8ARoMAQsgBUG0AWogBSkDcBCaARoLIAUpArgBIR8gBUEANgK8ASAFKAK0ASERIAVCgICAgBA3ArQBCyAFQbQBahD3ASARQYCAgIB4RwRAIAVB6ABqIAAQViAFKAKwASIMIAUoAqgBRgRAIAVBqAFqEHILIAUoAqwBIAxBGGxqIgAgBSgCcDYCCCAAIAUpAmg3AgAgACAfNwIQIAAgETYCDCAFIAxBAWo2ArABDAELIAdB7AA2AhAgB0HznMAANgIMIAdBCDYCCCAHQgI3AwAgBUGoAWoQ/QEMAgsgAiEADAALAAsgBUGYAWoQ4QEgBUGAAWoQ9wEMAgsgB0ICNwMAIAdBDTYCCAwBCyAHQcEANgIQIAdB353AADYCDCAHQQg2AgggB0ICNwMACyAFQcABaiQAIARB3ANqIQogBEG4A2ohBwJAIAQpA+gBIh1CAlEEQCAEKQL8ASEcIAQoAvgBIQIgBCgC9AEhACAEKALwASEFIARBrANqEPcBIAAhAQwBCyAEKALwASEAIAQpAvQBIRwgBCkC/AEhHiAEQYQEaiAEQYQCakEk/AoAACAEIB43AvwDIAQgHDcC9AMgBCAANgLwAyAEIB03A+gDAn9BACADIBZBtIjAAEEFEL8BDQAaQQEgAyAWQaGuwABBBRC/AQ0AGkECQQMgAyAWQf+JwABBBRC/ARsLIAQgBCgCtAM2AvQBIAQgBCkCrAM3AuwBQQUhBSAEQQU2AugBQf8BcSICQQNHDQIgBC0A7AEhACAEQegDahDTASAWrSEcIAMhAgsgBxD3ASAXEPcBIARB0ANqEPcBIAoQ+AELIARBoANqEP4BIARBlANqEPcBDAQLIARB6AFqENoBIAQgBCkC0AM3AtQEIAQgBCgC2AM2AtwEIAQgBCkDgAQ3A9ABIAQgBCkDiAQ3A9gBIAQgBCgCkAQ2AuABIAQgBykCADcCvAQgBCAHKAIINgLEBCAEIBcpAgA3A8gEIAQgFygCCDYC0AQgBCkC9AMhHyAEIAQoAqQENgK4BCAEIAQpApwENwOwBCAEIAQpApQENwOoBCAIKAIAIQEgChD4AUIDQgQgAUECRhshHCAEQaADahD+ASAEQZQDahD3ASAdpyEHIB6nIQFBACEFDAELIAQgBCgCkAI2AuABIAQgBCkCiAI3A9gBIAQgBCkCgAI3A9ABIAQpA+gDIR8gBCgC8AMhASAEQawDahD3AUIGIRwLIAQgATYCVCAEIB83AkwgBCAANgJIIAQgBTYCRCAEIAc2AkAgBCAcNwM4IAQgBCkD0AE3A1ggBCAEKQPYATcDYCAEIAQoAuABNgJoIARB7ABqIARBqARqQTj8CgAAIARBgICAgHg2AqgBIAQgAjoApAEMAgsgACEBCyAEIBw3AvQBIAQgAjYC8AEgBCAFNgLoASAEIAFBgH5xIABB/wFxcjYC7AEgBEFAayAEQegBahCcASAEQgI3AzgLIARBxAFqEPcBIBkgGSgCAEEBaiIANgIAIABFDQEgBCAZNgKIAyAEIAQpAxA3A/ACIAQgBCgCGDYC+AIgBEHoAWogBEE4akGIAfwKAAAgBEGAgICAeDYC/AIgBCkD6AFCAlEEQCAEQfABaiAEKAL0AiIAIAAgBCgC+AJBFGxqEGgLIBUgBEHoAWpBqAH8CgAACyAEQeAEaiQADAELAAsgExD3ASAPQcgBahDhASAPQdQBahDhASAPQbwBahD3ASAaIBVBqAH8CgAACyAPQeABaiQAIAZBiAFqENYBIAZB+ABqENABIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARD3AUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEIsBIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCLASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQgwEgBigCECEPIAYoAhQhCiAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQ0AFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAPIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIAogABsgCyABGyAHIAIbIAUgAxtBACAEGxCIAgALIwBB4AJrIgAkACAAQbgBaiAaQagB/AoAACAAQQA2AgAgAEEEciAAQbQBakGsAfwKAABBCEG4ARDNASIBQoGAgIAQNwMAIAFBCGoiASAAQbAB/AoAACAAQeACaiQAIAtBsAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBBgIDAACAEQRBqIAMQgQEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBB34DAACAEQRBqIAMQgQEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAsgBCAEQQhqrUKAgICAgAOENwMQQZiBwAAgBEEQaiADEIEBAAu4AgEFfyAAKAIYIQMCQAJAIAAgACgCDEYEQCAAQRRBECAAKAIUIgEbaigCACICDQFBACEBDAILIAAoAggiAiAAKAIMIgE2AgwgASACNgIIDAELIABBFGogAEEQaiABGyEEA0AgBCEFIAIiAUEUaiEEIAEoAhQiAg0AIAFBEGohBCABKAIQIgINAAsgBUEANgIACwJAAkAgA0UNAAJAIAAoAhwiAkECdEH8ysAAaiIEKAIAIABHBEACQCAAIAMoAhBHBEAgAyABNgIUDAELIAMgATYCEAsgAQ0BDAILIAQgATYCACABRQ0CCyABIAM2AhggACgCECICBEAgASACNgIQIAIgATYCGAsgACgCFCIARQ0AIAEgADYCFCAAIAE2AhgLDwtBmM7AAEGYzsAAKAIAQX4gAndxNgIAC9ACAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBBpM7AACgCAEYEQCACKAIEQQNxQQNHDQFBnM7AACABNgIAIAAgASACELMBDwsgACADEMwBCwJAAkACQCACKAIEIgNBAnFFBEAgAkGozsAAKAIARg0CIAJBpM7AACgCAEYNAyACIANBeHEiAhDMASAAIAEgAmoiARDcASAAQaTOwAAoAgBHDQFBnM7AACABNgIADwsgACABIAIQswELIAAgARDIAQwCC0GozsAAIAA2AgBBoM7AAEGgzsAAKAIAIAFqIgE2AgAgACABQQFyNgIEIABBpM7AACgCAEcNAUGczsAAQQA2AgBBpM7AAEEANgIADwtBpM7AACAANgIAQZzOwABBnM7AACgCACABaiIBNgIAIAAgARDcAQsL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCYx0A7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCYx0A7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCYx0A7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AmcdAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEIoBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEIoBDQIgASAHIAsgAygCDBEDAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBEDAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCKAQ0AIAAgByALIAEoAgwRAwAhAgsgAgsgBkEQaiQAC4YCAQZ/IwBBEGsiBiQAIAZBBGogAkEDbiIIIAIgCEEDbEdqQQJ0EIUBA0ACQCACBEBBAyACIAJBA08bIgpBA3QhByABIApqIQhBACEJQRAhBQNAIAUgB2pBEEYEQEEAIQVBEiEBA0AgBUEERg0EAkACQCACIAVJBEBBPSEHIARFDQIMAQsgAyAJIAFBHnF2QT9xai0AACEHCyAGQQRqIAcQTgsgBUEBaiEFIAFBGmohAQwACwAFIAEtAAAgBUEYcXQgCXIhCSAFQQhrIQUgAUEBaiEBDAELAAsACyAAIAYoAgw2AgggACAGKQIENwIAIAZBEGokAA8LIAIgCmshAiAIIQEMAAsAC4UCAQl/IwBBMGsiBCQAIAEoAgghByABKAIEIQggASgCACIBKAIIIQkgASgCBCEKIARBADYCDCAEQoCAgIAQNwIEA0AgBEEQaiACIANB+wAQQSAEKAIQIgEEQCAEKAIcIQIgBCgCGCEGIARBBGoiBSABIAQoAhQQeSAEQSBqIgsgBiACQf0AEEEgBCgCKCAEKAIsIAQgBCgCJEEAIAQoAiAiARs2AiQgBCABQQEgARs2AiAgBSAIIAogC0HsosAAEN4BIgUbIAcgCSAFGxB5IAIgARshAyAGIAEbIQIMAQsLIARBBGogAiADEHkgACAEKAIMNgIIIAAgBCkCBDcCACAEQTBqJAAL6AEBBn8jAEEwayIDJAAgA0EANgIsIAMgATYCJCADIAE2AhwgAyACNgIgIAMgASACajYCKCADQSRqIQcCQANAIAMoAiQhBSADKAIoIQYgA0EQaiAHEEAgAygCFCIIQYCAxABGBEBBACECDAILIAMoAhAhAiAIEC4NAAsgAygCJCAGIAVrIAJqaiADKAIoayEECwJAA0AgAygCJCEFIAMoAighBiADQQhqIAcQHCADKAIIQQFHDQEgAygCDBAuDQALIAMoAiwgBiAFa2ohBAsgACAEIAJrNgIEIAAgASACajYCACADQTBqJAALkAMCAn8BfiMAQTBrIgMkAAJ/AkACQAJAAkACQCACDgIAAQILIANBGGogARBdIAMoAhgiAUGAgICAeEYNAiADKQIcIQUgACgCACIAEOEBIAAgBTcCBCAAIAE2AgAMAwsgA0EYaiABEDMgAygCGCIBQYGAgIB4Rg0BIAMpAhwhBSAAKAIEIgAQ4QEgACAFNwIEIAAgATYCAAwCCyADQRhqIQQjAEEgayICJAAgAiABEDgCQCACLQAARQRAIARBBzoAAAwBCwJAIAItAAFB7gBGBEAgAUH/i8AAQQQQbg0BIARBBzoAAAwCCyACQQhqIAEQByACLQAIQQZHBEAgBCACKQMYNwMQIAQgAikDEDcDCCAEIAIpAwg3AwAMAgsgBEEHOgAADAELIARBBjoAAAsgAkEgaiQAIAMtABgiAUEHRg0AIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACAAKAIIIAFBBkc6AAAgAUEGRg0BIAMQmQEMAQtBAAwBC0EBCyADQTBqJAALzgECAX4BfwJAIAIgA0sNACABKAIEIQUgASgCACEBAkAgAkUNACACIAVPBEAgAiAFRg0BDAILIAEgAmosAABBv39MDQELAkAgA0UNACADIAVPBEAgAyAFRg0BDAILIAEgA2osAABBQEgNAQsgAyACayEDIAEgAmohAgNAIAMEQCACLQAAQTBrIgFB/wFxQQpPBEBCACEEDAMFIARCCn4gAa1C/wGDfCEEIANBAWshAyACQQFqIQIMAgsACwsgACAENwMIQgEhBAsgACAENwMAC6oCAQZ/IwBBMGsiAiQAAkACfyABKAIoIgdFBEAgAkEIaiABEB8gAigCDCEEIAIoAggMAQsgAUEANgIoIAEhBSMAQRBrIgMkAAJAIAciAUUNAANAIANBCGogBRAfIAMoAghFBEAgASEGDAILIAFBAWsiAQ0ACwsgA0EQaiQAQQAgBg0AGiACQRBqIAUQHyACKAIUIQQgAigCEAsiAQRAIAJBADYCJCACQoCAgIAQNwIcIAIgATYCKCACIAEgBGo2AiwDQAJAIAJBKGoQggEiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQggFBMUYbIQELIAJBHGogARBODAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9gCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUHUpsAAQQIgA0EgakHkpsAAEIABRQRAIAIQ4QEgBBDhAQwBCyADKAIIIgFBgICAgHhHDQIgA0EUahDhAQtBAAwCCyAAKAIEIgAQiAEjAEEQayICJAAgAkEIaiABEDgCf0ECIAItAAhFDQAaIAItAAlB7gBGBEBBAEECIAFB/4vAAEEEEG4bDAELIAIgADYCDEEBQQIgAUGAp8AAQQEgAkEMakGIp8AAEIABGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQ0gEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgAL5AEBBH8gAEIANwIQIAAgARB3IgI2AhwgAkECdEH8ysAAaiEFAkBBmM7AACgCACIDQQEgAnQiBHFFBEAgACAFNgIYIAUgADYCAEGYzsAAIAMgBHI2AgAMAQsgBSgCACEEIAEgAhDbAXQhAgNAIAEgBCIDKAIEQXhxRgRAIAMoAggiASAANgIMIAMgADYCCCAAQQA2AhggACADNgIMIAAgATYCCA8LIAJBHXYhBCACQQF0IQIgAyAEQQRxaiIFKAIQIgQNAAsgBUEQaiAANgIAIAAgAzYCGAsgACAANgIMIAAgADYCCAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAgBjYCAAvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEA0gBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC70BAQJ/IwBBQGoiBCQAIAQgAzYCDCAEIAI2AgggACgCBEEDdCEDIAAoAgAhAgJ/AkADQCADRQ0BIAIgBEEIahDeAUUEQCADQQhrIQMgBUEBaiEFIAJBCGohAgwBCwsgACgCCCABIAUgACgCDCgCEBEDAAwBCyAEQRBqIAEQByAELQAQIgBBBkcEQCAEIAQpAyA3AzggBCAEKQMYNwMwIAQgBCkDEDcDKCAEQShqEJkBCyAAQQZHCyAEQUBrJAALhQICBX8BfiMAQSBrIgIkACACQYCAgIB4NgIIIAJBADoAFyACIAJBF2o2AhwgAiACQQhqIgM2AhgCQCABQbinwABBAiACQRhqQcinwAAQgAFFBEAgAxDhAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECQgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDdAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJsBIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABDEASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCYAUUNAAsLIANBIGokACAFC5sOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQOyAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQfCADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQgwEgAygCECEBIAMoAhQhBSADQQhqIAIQkgEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIgCAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIREjAEHAAmsiCCQAIAhBIGogD6ciC0GIAfwKAAAgC0HwqcAAQYgB/AoAAAJAIAgpAyBCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQceowAA2AgwgBkESNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUGopsAAQQIgAkGoAWpBuKbAABCAAUUNACABEJMBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxCAAgwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEIACIAJBgAFqENIBCwsgAkE4NgKIASACQdynwAA2AoQBIAJBEjYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDaASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAXIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBADIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQZSowAA2AoQBIAJBEjYCgAFCASEQQgFSDQQgARDaASAPIBFXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxD3AQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASESIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxD3ASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEIICIABBEGokACABQRBqJAAgBiACKAIUNgIgIAYgAikCDDcCGCAGIBI3AjQgBiAKNgIwIAZBADYCLCAGQoCAgIDAADcCJCAGIBE3AxAgBiAPNwMIIAYgEDcDACAMEOEBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBEjYCCAsgBkICNwMAIAJBDGoQ9wEgDBDhASACQRhqEIACCyACQbABaiQAIAgpA6gBQgJRBEAgCCAIKALAATYCuAIgCCAIKQO4ATcDsAIgCCAIKQOwATcDqAIgCEEEaiAIQagCahCcAQwCCyAIQegBaiIAIAhBqAFqIgFBwAD8CgAAIAhBBGogCyABIBEQDyAAENMBDAELIAhBBGpByanAAEEmEHoLIAhBIGoQPyALIAhBBGoQOiAIQcACaiQAIANByABqENYBIANBOGoQzwEgA0HQAGokACAFQdAAaiQAC4gDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQdAJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAIQkAEgBigCCCEFIAYoAgwMAgsgBigCFCADIAQgAhAyIQUgAgwBCyAGIAQgAhCQASAGKAIAIQUgBigCBAsgBUUEQCAIIAQ2AgRBCCEKDAILIAggBTYCBEEAIQtBCCEKIQIMAQtBACECCyAIIApqIAI2AgAgCCALNgIAIAZBIGokACAHKAIEQQFGBEAgBygCDCEJIAcoAgghBgwBCyAHKAIIIQIgASAMNgIAIAEgAjYCBEGBgICAeCEGCyAAIAk2AgQgACAGNgIAIAdBEGokAAunAQEDfyMAQRBrIgMkAAJAIABB2wAQRUUNACADQQhqIAAQOCADLQAIRQ0AIAMtAAlB3QBHBEAgAigCECECA0AgASAAIAIRBABFDQIgAyAAEDggAy0AAEUNAiADLQABIgVBLEcEQCAFQd0ARw0DBSAAIAAoAghBAWo2AggMAQsLC0EBIQQgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EQaiQAIAQL9wEBAn8jAEEwayIEJAAgBCABEAcgBC0AACIFQQZHBEAgBCAEKQAQNwAnIAQgBCkACTcDICAEIAQpAAE3AxggACgCACEAIAQgAiADEEkgACgCCCICIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQSgQJCABKAIIIgNBgYCAgHhHBEAgAyABKAIMEN0BAAsgAUEQaiQACyAAKAIEIAJBKGxqIgEgBCkDCDcDCCABIAQpAwA3AwAgASAFOgAQIAEgBCkDGDcAESABIAQpAyA3ABkgASAEKQAnNwAgIAAgAkEBajYCCAsgBEEwaiQAIAVBBkcLugECAX8CfiMAQSBrIgQkAAJAAkAgASACIANBAxA9IgEEQCABLQAADQELIABBADYCACAAQgA3AwgMAQsgBEEIaiICIAEQayAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEHMmsAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACENoBQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu5AQEBfyMAQUBqIgQkAAJAIAIgA0sEQCAAQQY6AAAMAQsgBEIANwIIIAQgAjYCBCAEIAE2AgAgBEEoaiAEEAcgBC0AKCIBQQZGBEAgAEEGOgAADAELIAQgBCkAODcAICAEIAQpADE3ABkgBCAEKQApNwARIAQgAToAECAEEJMBRQRAIABBBjoAACAEQRBqEJkBDAELIAAgBCkDIDcDECAAIAQpAxg3AwggACAEKQMQNwMACyAEQUBrJAALwAECAn8BfiMAQSBrIgMkACADQRRqIAEoAgAgAkEBEHYCQCADKAIURQRAIABBgICAgHg2AgAMAQsgAygCGCIBRQRAIABBgICAgHg2AgAMAQsgA0EIaiICIAEgAygCHCIEEEkgA0EUaiABIAQQCiADKAIUIgFBgICAgHhGBEAgAEGAgICAeDYCACACEPcBDAELIAMpAhghBSAAIAMoAhA2AgggACADKQIINwIAIAAgBTcCECAAIAE2AgwLIANBIGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQTSADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAcIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC38BBX8jAEEQayICJABBBCEFA0ACQCAFRQRAQQEhBgwBCyACQQhqIAEQZyACLQAIRQ0AIAItAAkiA0HBAGtBX3FBCmogA0EwayADQTlLGyIDQQ9LDQAgBUEBayEFIAMgBEEEdHIhBAwBCwsgACAENgIEIAAgBjYCACACQRBqJAALjQEBBH8gAEFAayEGA0AgACgCYCIEIAJBwABJckUEQCAGIAEQBCACQUBqIQIgAUFAayEBDAELCwNAAkAgAiADRwRAIAAgBEEBaiIFNgJgIAAgBEE/cWogASADai0AADoAACAFQcAARw0BIAYgABAEQQAhBSAAQQA2AmAMAQsPCyADQQFqIQMgBSEEDAALAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0AmMVAIQEMAQsgAEH/AXEtAJjFQEECcUEBdiEBCyABQQFxC7A1AhN/An4jAEHQAGsiCiQAIAogATYCBCAKIAA2AgAgCiACNgIIIAogAzYCDCAKIApBzwBqIgA2AkggCiAANgJEIAogCkEMajYCQCAKIApBCGo2AjwgCiAANgI4IAogADYCNCAKIApBBGo2AjAgCiAKNgIsIwBBIGsiDiQAIA5BCGogCkEsaiICKAIAKAIAIAIoAgQoAgAQfCAOKAIIIQAgDigCDCEBIA4gAigCECgCACACKAIUKAIAEHwgDigCACEFIA4oAgQhBiAOIAE2AhQgDiAANgIQIA4gBjYCHCAOIAU2AhggCkEQaiEQIwBB4AFrIgckACMAQRBrIgQkACAEIAE2AgwgBCAANgIIQbR/IQMDQCADIgJBuAtHBEAgAkGMAWohAyACQby1wABqIARBCGoQ3gFFDQELCyAEQRBqJAAgB0EsaiIDIAUgBkF/EDYgByACQbgLRyICOgAoAkACQAJAIAIEQCAHKAIsQYCAgIB4RwRAIAcgAygCCCICNgJAIAcgAykCADcDOCAHQeAAaiEFIAcoAjwhAyMAQeACayIEJAAgBCABNgJ4IAQgADYCdCAEIAI2AoABIAQgAzYCfCAEQegAaiAEQfwAakGgnsAAQQsQRyAEKAJoIgIEfyAEKAJsIQMgAkEAIARB9ABqQeCiwAAQ3gEbBUEACyEGIwBBEGsiAiQAIAIgADYCACACIAE2AgQgAiADQQQgBhsgASACQeCiwAAQ3gEiARs2AgwgAiAGQdqiwAAgBhsgACABGzYCCEEAIQBBACEGAkADQCAGQYQMRg0BAkAgBkHwtMAAaiACEN4BBEAgBkHotMAAaiACQQhqEN4BDQELIAZBjAFqIQYMAQsLIAZBsLTAAGohAAsgAkEQaiQAIARB0gA2AuABIARBq57AADYC3AEgBEELNgLYASAEQaCewAA2AtQBIARBFTYC0AECQCAAIgFFBEAgBSAEQdgBaiIAKAIINgIUIAUgACkCADcCDCAFQaCewAA2AgggBUKDgICA0AI3AwAMAQsgBEHQAWoQ2gEgBEHgAGogBEH8AGpB/Z7AAEEKEHUCQCAEKAJgIgAEQCAEKAJkIgINAQsgBUEKNgIMIAVB/Z7AADYCCCAFQoOAgIDAAjcDAAwBCyAEQYQBaiAAIAIQSSAEQdgAaiAEQfwAakGHn8AAQRgQRwJAAkAgBCgCWCIARQRAQpAcIRgMAQsCQCAEKAJcIgZBBUsNAANAIAYEQCAALQAAQTBrIgJB/wFxQQlLDQIgGEIKfiACrUL/AYN8IRggBkEBayEGIABBAWohAAwBCwsgGEIBfUKAowVUDQELIAVBIjYCFCAFQbiiwAA2AhAgBUEYNgIMIAVBh5/AADYCCCAFQoOAgIDQAjcDAAwBCyAEQdABaiAEQfwAakGfn8AAQRpBARAOIAQtANQBIRQgBCgC0AEiAEEWRwRAIAUgBCkA3AE3ABAgBSAEKQDVATcACSAFIBQ6AAggBSAANgIEIAVBAzYCAAwBCyAEQdAAaiAEQfwAakG5n8AAQRYQRwJ/AkAgBCgCUCIABEAgACAEKAJUIgJBz5/AAEEBEL8BRQ0BCyAEQYCAgIB4NgKQAUEBDAELIARBqAFqIAAgAhCdASAEIAQoAqgBNgLYASAEIAQoAqwBIgA2AtQBIAQgADYC0AEgBCAAIAQoArABQQN0ajYC3AEjAEEgayIAJAAgAEEIaiAEQdABaiIDKAIMIAMoAgRrQQN2QQRBDBBcIABBADYCHCAAIAApAwg3AhQjAEEQayIMJAAgAEEUaiICIAMoAgwgAygCBGtBA3YQtAEgAikCBCEXIAwgAkEIajYCBCAMIBdCIIk3AggjAEEQayICJAAgAiADKQIINwMIIAIgAykCADcDACMAQSBrIgYkACAMQQRqIgkoAgggCSgCBCIIQQxsaiEPIAIoAgQhAyACKAIMIQ0DQCADIA1HBEAgA0EEaigCACELIAMoAgAhESACIANBCGoiAzYCBCAGQQhqIBEgCxArIAZBFGogBigCCCAGKAIMEEkgDyAGKAIcNgIIIA8gBikCFDcCACAPQQxqIQ8gCEEBaiEIDAELCyAJKAIAIAg2AgAgAhCvASAGQSBqJAAgAkEQaiQAIAxBEGokACAEQZABaiICIAAoAhw2AgggAiAAKQIUNwIAIABBIGokACAEKAKQAUGAgICAeEYLIQACQAJAAkACQAJAAkACQAJAQYmcwAAgASgCeCIVIAEoAnwiFhB7QQAgABtFBEAgBEHIAGogBEH8AGpB0J/AAEENEEcCQAJAIAQoAkgiAARAIARBqAFqIAAgBCgCTEF/EDZBMCEAIARBMDYC4AFB6qPAACEGIARB6qPAADYC3AEgBEENNgLYASAEQdCfwAA2AtQBIARBFTYC0AEgBCgCqAEiA0GAgICAeEYNCiAEKAKsASEAIAQoArABIQIgBEHQAWoQ2gEgBCACNgL8ASAEIAA2AvgBIAQgAzYC9AEgAkEQSw0BIARBADYCiAIgBEKAgICAwAA3AoACIAQgACACQShsaiIGNgKYAiAEIAM2ApQCIAQgADYCkAIgBCAANgKMAiAEQdQBaiEPIARBtAFqIQ0gBEGoAmpBBHIhDAJAA0AgACAGRg0EIAQgAEEoajYCkAIgBCAAKQIMNwPQASAEIAApAhQ3A9gBIAQgACkCHDcD4AEgBCAAKAIkNgLoASAAKAIAIgJBgICAgHhGDQQgBCAAKQIEIhc3AqACIAQgAjYCnAIgBCAPKQIQNwO4AiAEIA8pAgg3A7ACIAQgDykCADcDqAIgBCAXNwKoASAEQagBakGcpMAAQQgQUQRAQcIAIQBBx6XAACEGDAgLQSwhAEGbpcAAIQYgF0IgiKciAkHBAGtBQEkNByAEIBenIgM2AqgBIAQgAiADajYCrAEgBEGoAWoiCCgCACECIAgoAgQhCQNAIAkgAiIDRwRAIAggAkEBaiICNgIAIAMtAAAiC0HfAEYgC0E6a0H/AXFB9QFLciALQd8BcUHbAGtB/wFxQeUBS3INAQsLIAMgCUcNBwJAAkACQAJAIAQtAKgCQQNrDgIAAQMLIAQgDCgCCDYC2AIgBCAMKQIANwPQAkEEQQwQzQEiACAEKALYAjYCCCAAIAQpA9ACNwIAQQEhAyAEQQE2AswCIAQgADYCyAIgBEEBNgLEAkEAIQhBASEGDAELIAQoArQCIQIgBCgCsAIhACAEIAQoAqwCNgKwASAEIAA2AqwBIAQgADYCqAEgBCAAIAJBGGxqNgK0ASAEQcQCaiEGIwBBMGsiACQAIABBFGogBEGoAWoiAhBiAkAgACgCFEGAgICAeEcEQCAAQQRBBEEMEFwgACgCACEIIAAoAgQiAyAAKAIcNgIIIAMgACkCFDcCACAAQQE2AhAgACADNgIMIAAgCDYCCCAAIAIpAgg3AyggACACKQIANwMgIABBCGohAiAAQSBqIQgjAEEQayIDJAADQAJAIANBBGogCBBiIAMoAgRBgICAgHhGDQAgAigCCCIJIAIoAgBGBEAgAkEBELQBCyACKAIEIAlBDGxqIgsgAygCDDYCCCALIAMpAgQ3AgAgAiAJQQFqNgIIDAELCyAIEFIgA0EQaiQAIAYgACgCEDYCCCAGIAApAgg3AgAMAQsgBkEANgIIIAZCgICAgMAANwIAIAIQUgsgAEEwaiQAQQEhCEEAIQMgBCgCzAIiBkEFa0F8SQ0DIAQoAsgCIQALIAZBDGwhBgNAIAYEQCAGQQxrIQYgACgCCCEJIAAoAgQhCyAAQQxqIQBBACECQQAhEQJAIAlBgQJrQYB+SQ0AIAstAABBL0cNAANAIAIgCUYiEQ0BIAIgC2ohEiACQQFqIQIgEi0AAEH+AEcNACACIAlPDQEgEkEBai0AAEH+AXFBMEYNAAsLIBENAQwECwsgDSAEKQLEAjcCACANIAQoAswCNgIIIAQgBCgCpAI2ArABIAQgBCkCnAI3A6gBIAQoAogCIgAgBCgCgAJGBEAgBEGAAmoQcgsgBCgChAIgAEEYbGoiAiAEKQOoATcCACACIAQpA7gBNwIQIAIgBCkDsAE3AgggBCAAQQFqNgKIAiAELQCoAkEDa0H/AXFBAk8EQCAEQagCahCZAQsgBCgCkAIhACAEKAKYAiEGDAELCyAEQQA2AswCIARCgICAgMAANwLEAkEBIQNBASEICyAEQcQCahD7AUHcpMAAIQZBPyEAAkACQCAELQCoAkEDaw4CAQAICyADDQkMCgsgCEUNCQwHCyAEQQA2AqQBIARCgICAgMAANwKcAQwDCyAEQfQBahD4AUGJpsAAIQZBFiEADAgLIARBjAJqEFMgBCAEKAKIAjYCpAEgBCAEKQKAAjcCnAEMAQsgBUHEADYCFCAFQfShwAA2AhAgBUEWNgIMIAVBuZ/AADYCCCAFQoOAgIDQAjcDAAwHCyAEQUBrIARB/ABqIAEoAlAiDCABKAJUIg8QRwJAAkAgBCgCQCIABEAgBCgCRCEGDAELIAEoAhAiAARAIAEoAhQhBgwBCyAFIA82AgwgBSAMNgIIIAVCg4CAgMACNwMADAELAkAgAS0AiQFFBEAgAS0AiAFFBEAgBEGAAmogACAGEEkMAgsgBEGAAmogACAGEH0MAQsgBEGAAmogACAGEEkLAkACQCABLQCIAUUNACAEKAKEAiAEKAKIAhACDQAgBUEyNgIUIAVBuKPAADYCECAFIA82AgwgBSAMNgIIIAVCg4CAgNACNwMADAELAn8CQAJAIAEtAIsBRQRAIARBgICAgHg2AqgBDAELIARBOGogBEH8AGpB3Z/AAEEPEEcCQCAEKAI4IgAEQCAEQYwCaiAAIAQoAjwQfQwBCyAEKAKEAiAEKAKIAkHsn8AAQQ0QywFFBEAgBEGMAmpB+Z/AAEEXEEkMAQsgBEGMAmpBkKDAAEEWEEkLIAQoApACIAQoApQCEAJFBEAgBUEyNgIUIAVBuKPAADYCECAFQQ82AgwgBUHdn8AANgIIIAVCg4CAgNACNwMAIARBjAJqEPcBDAQLIARBMGogBEH8AGpBpqDAAEENEEcgBEGoAmogBCgCMCAEKAI0ENEBIARB0AFqIgAgBEGAAmoQViAEIAQoArACNgLwASAEIAQpAqgCNwLoASAEIAQpAowCNwLcASAEIAQoApQCNgLkASAEQagBaiAAQST8CgAAIAQoAqgBQYCAgIB4Rw0BC0EAIQBBAQwBCyAEKAK8ASEAIAQoArgBCyECIAQgADYCpAIgBCACNgKgAiAEIARBgAJqNgKcAgJAAkAgASgCGCIARQ0AIARBKGogBEH8AGogACABKAIcEEcgBCgCKCIARQ0AIARBqAJqIAAgBCgCLBCdASAEIAQoAqgCNgLYASAEIAQoAqwCIgA2AtQBIAQgADYC0AEgBCAAIAQoArACQQN0ajYC3AEjAEEgayIDJAAgA0EIaiAEQdABaiIAKAIMIAAoAgRrQQN2QQRBDBBcIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQtAEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIGJAAgBiAAKQIINwMIIAYgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAYoAgQhAiAGKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhEyAGIAJBCGoiAjYCBCANQQRqIBMgEhB9IAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAYQrwEgDUEQaiQAIAZBEGokACAJQRBqJAAgBEHEAmoiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgBCABKAJYIgA2AtABIAQgACABKAJcQQN0ajYC1AEgBCAEQZwCajYC2AEgBEHEAmogBEHQAWoQTwsgASgCNCECAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIwIgBFDQAgBEEgaiAEQfwAaiAAIAIQRyAEKAIgIgNFDQAgBEGoAmogAyAEKAIkEJ0BIAQgBCgCqAI2AtgBIAQgBCgCrAIiADYC1AEgBCAANgLQASAEIAAgBCgCsAJBA3RqNgLcASMAQSBrIgMkACADQQhqIARB0AFqIgAoAgwgACgCBGtBA3ZBBEEMEFwgA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhC0ASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgYkACAGIAApAgg3AwggBiAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBigCBCECIAYoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACETIAYgAkEIaiICNgIEIA1BBGogEyASEEkgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBhCvASANQRBqJAAgBkEQaiQAIAlBEGokACAEQdACaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyABLQCKAQ0BIAQgASgCaCIANgLQASAEIAAgASgCbEEDdGo2AtQBIAQgBEGcAmo2AtgBIARB0AJqIARB0AFqEE8LIARBGGogBEH8AGogASgCYCICIAEoAmQiAxBHIAQoAhgiAEUNASAEQagCaiIGIAAgBCgCHCIIEPEBIAQtAKgCQQZGDQMgBCAEKQO4AjcD4AEgBCAEKQOwAjcD2AEgBCAEKQOoAjcD0AEgBkGLjcAAQQQQcSIGRQ0CIAYtAAAgBEHQAWoQmQFBBEcNAyAEQZACaiAAIAgQSSAEQQA2AowCDAYLIAVCg4CAgMACNwMAIAUgAiAPIAAbNgIMIAUgACAMIAAbNgIIDAcLIAEoAiAiAEUNAyAEQRBqIARB/ABqIAAgASgCJCIDEEcgBCgCECICRQ0DIAIgBCgCFCIGEAINAiAFQTI2AhQgBUG4o8AANgIQIAUgAzYCDCAFIAA2AgggBUKDgICA0AI3AwAMBQsgBEHQAWoQmQELIAVBxAA2AhQgBUGzoMAANgIQIAUgAzYCDCAFIAI2AgggBUKDgICA0AI3AwAMAwsgBEGQAmogAiAGEEkgBEEBNgKMAgwBCyABKAIoIgAEQCAEQdABaiICIARBnAJqIAAgASgCLBAWIAEtAIsBIQAgBCgC1AEgBCgC2AEQAkUEQCAFQTI2AhQgBUG4o8AANgIQIAVCg4CAgNACNwMAIAVBDyAPIABBAXEiABs2AgwgBUHdn8AAIAwgABs2AgggAhD3AQwDCyAEIAQoAtgBNgKYAiAEIAQpAtABNwKQAiAEQQE2AowCDAELIARBCGogBCgChAIgBCgCiAIQKyAEQSE2AtwBIARB96DAADYC2AEgBCAEKQMINwLQASAEQZACaiAEQdABakECEEYgBEECNgKMAgsgBCAEQfwAakGYocAAQQ4QR0EBIQYCQAJAIAQoAgAiAEUEQEEBIQIMAQsgBCgCBCEDQQEhAkHwm8AAIBUgFhB7RQ0AIARB0AFqIAAgAxCdAQJAIAQoAtgBIgJFDQAgAkEDdCEGQQAhACAEKALUASEDA0AgACAGRwRAIAAgA2oiCEGoocAAENcBBEAgCEGwocAAENcBDQMLIABBCGohAAwBCwtBqKHAACADIAIQUSEGQbChwAAgBCgC1AEgBCgC2AEQUSECIARB0AFqEP4BDAELIAVBJzYCFCAFQc2hwAA2AhAgBUEONgIMIAVBmKHAADYCCCAFQoOAgIDQAjcDACAEQdABahD+AQwBCyAEQdABaiAEQfwAakG4ocAAQRVBABAOIAQtANQBIQAgBCgC0AEiA0EWRwRAIAUgBCkA3AE3ABAgBSAEKQDVATcACSAFIAA6AAggBSADNgIEIAVBAzYCAAwBCyAFIAQoAowBNgIgIAUgBCkChAE3AhggBSAEKQLEAjcCJCAFIAQoAswCNgIsIAUgBCkC0AI3AjAgBSAEKALYAjYCOCAFIAQpAowCNwIAIAUgBCkClAI3AgggBSAEKAKYATYCUCAFIAQpApABNwJIIAVB1ABqIARBqAFqQST8CgAAIAUgADoAfyAFIBQ6AH4gBSACOgB9IAUgBjoAfCAFIAE2AnggBSAYNwMQIAUgBCgCpAE2AkQgBSAEKQKcATcCPCAEQYACahD3AQwNCyAEQZACahD3AQsgBEHQAmoQ+wELIARBxAJqEPsBIARBqAFqELABCyAEQYACahD3AQsgBEGcAWoQ/wEMBgsgBC0AqAJBA2sOAgECAAsgBEGoAmoQmQEMAgsgDBD3AQwBCyAMEPoBCyAEQZwCahD3ASAEQYwCahBTIARBgAJqEP8BCyAFIAA2AhQgBSAGNgIQIAVBDTYCDCAFQdCfwAA2AgggBUKDgICA0AI3AwALIARBkAFqEOUBCyAEQYQBahD3AQsgBEHgAmokAAJ/IAcoAmBBA0cEQEEIQYgBEM0BIgBCgYCAgBA3AwAgAEEIaiAFQYAB/AoAACAADAELIAcgBygCdDYCWCAHIAcpAmw3A1AgByAHKQJkIhg3A0ggGKdBFkcNAyAHKAJMCyEAIAdBgICAgHg2AgwgByAANgIQDAMLIAdBDGpBhI3AAEEHEHoMAwsgB0EMakH0jMAAQRAQeiAHKAIsQYCAgIB4Rg0CIAMQ+AEMAgsgB0EMaiAHQcgAahCEAQsgB0E4ahD4AQsgECAHKAIkNgIYIBAgBykCHDcCECAQIAcpAhQ3AgggECAHKQIMNwIAIAdB4AFqJAAgDkEYahDWASAOQRBqENYBIA5BIGokACMAQSBrIgAkACAAQQA2AgAgACAQKQIANwIEIAAgECkCCDcCDCAAIBApAhA3AhQgACAQKAIYNgIcQQRBKBDNASIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAEgACkCGDcCICAAQSBqJAAgCkHQAGokACABQQhqC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQXSADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDhAQwBCyADQQRqIAEQMyADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDhAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQPSIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEBcgBCgCDA0CCyAAQSs2AgggAEHOrMAANgIEIABBATYCAAwCCyAAQhY3AgAMAQsgBCACIAEQFyAAIAQpAwA3AgQgAEEWNgIACyAEQRBqJAALtAUBBn8jAEEQayIJJAAgACABEFsCQAJAIAJBCU8EQCADIAIQygEiAg0BQQAhAgwCCyAABEACf0EAIQECQBCtASADTQ0AAn9BECADQQtqQXhxIANBC0kbIQRBACECIAAQiwIiBSAFKAIEQXhxIgdqIQgCQCAFLQAEQQNxBEACQAJAAkACQAJAAkAgBCAHSwRAIAhBqM7AACgCAEYNASAIQaTOwAAoAgBGDQMgCCgCBCIGQQJxDQYgBkF4cSIGIAdqIgcgBEkNBiAIIAYQzAEgByAEayIGQRBJDQIgBSAEEKkBIAQgBWoiAiAGEKkBIAIgBhATDAULIAcgBGsiBkEQSQ0EIAUgBBCpASAEIAVqIgIgBhCpASACIAYQEwwEC0GgzsAAKAIAIAdqIgIgBEsNAgwGCyAFIAcQqQEMAgtBnM7AACgCACAHaiIGIARJDQQCQCAGIARrIgJBD00EQCAFIAYQqQFBACECQQAhBwwBCyACIAQgBWoiB2ohBiAFIAQQqQEgByACENwBIAYgBigCBEF+cTYCBAtBpM7AACAHNgIAQZzOwAAgAjYCAAwBCyAFIAQQqQEgBCAFaiIGIAIgBGsiAkEBcjYCBEGgzsAAIAI2AgBBqM7AACAGNgIACyAFIQILIAIMAgsCfyAEQYACTwRAAkAgBSgCBEF4cSICIARBBGpJDQAgAiAEa0HAzsAAKAIAQQF0Sw0AIAUMAgsgBSgCABoLQQALDAELQQALIgIEQCACEIoCDAILIAMQCCICRQ0AIANBfEF4IAUoAgQiAUEDcRsgAUF4cWoiASABIANLGyIBBEAgAiAAIAH8CgAACyAAEAwgAiEBCyABCyECDAILIAMQCCECDAELIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAAIAEQ1AELIAlBEGokACACC6IBAQF/IwBBEGsiAiQAIAIgARA4AkAgAi0AAEUEQCAAQYGAgIB4NgIADAELAkAgAi0AAUHuAEYEQCABQf+LwABBBBBuDQEgAEGBgICAeDYCAAwCCyACQQRqIAEQXSACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAgsgAEGBgICAeDYCAAwBCyAAQYCAgIB4NgIACyACQRBqJAALdQECfwJAIAEgA0cNAANAIAFFIQQgAUUNASACLQAAIQMgAC0AACEFIAFBAWshASACQQFqIQIgAEEBaiEAIAVBIEEAIAVBwQBrQf8BcUEaSRtyQf8BcSADQSBBACADQcEAa0H/AXFBGkkbckH/AXFGDQALCyAEC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBkobAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABB94XAADYCBCAAQQA2AgAPCwALkQEBAX8jAEEwayIEJAAgBEEYaiABIAIgAxAoAkAgBC0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyAEIAQpACg3ABAgBCAEKQAhNwAJIAQgBCkAGTcAASAEIAE6AAAgAUEFRgRAIAAgBCgCDDYCCCAAIAQpAgQ3AgAMAQsgAEGAgICAeDYCACAEEJkBCyAEQTBqJAALyQMCA38CfiMAQUBqIgMkACADIAI5AxAgAyABNgIMIAMgADYCOCADIANBP2oiADYCNCADIAA2AjAgAyAANgIsIAMgA0EQajYCKCADIAA2AiQgAyAANgIgIAMgADYCHCADIANBDGo2AhgjAEEwayIBJAAgAUEUaiIEIANBGGoiACgCIBA7IAEoAhRFBEAgAUEIaiAEEJIBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAAoAhArAwAgACgCACgCACABIAEoAhw2AiggASABKQIUIgY3AyBBAEchBfwGIQcjAEGQAmsiACQAIABBIGogBqciBEGIAfwKAAAgBEHwqcAAQYgB/AoAAAJAAkACQAJAAkAgACkDIEIBWARAIAUNAiAAQQc2AqgBIABBBGogAEGoAWoQnAEMAQsgAEEEakHJqcAAQSYQegsgACkDIEICWg0BIABBIGoQxgEMAgsgAEGoAWoiBSAAQSBqQegA/AoAACAAQQRqIAQgBSAHEA8gBRDGASAAKQMgQgJUDQELIABBIGoQPwwBCyAAQYgBahCqAQsgBCAAQQRqEDogAEGQAmokACABQSBqEM8BIAFBMGokACADQUBrJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQjgEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEF1BACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQ4QEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQByACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEJkBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAowBIgMgAyAAKAKQAUEUbGoQaCACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABA/IABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABBkobAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABB94XAADYCBCAAQQA2AgAPCwALcwEBfyMAQRBrIgMkACADQQRqIAEgAhBJIAAgAygCDCICNgIIIAAgAykCBDcCACADKAIIIQADQCACBEAgAEEgQQAgAC0AACIBQeEAa0H/AXFBGkkbIAFzOgAAIAJBAWshAiAAQQFqIQAMAQsLIANBEGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahCbAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakGsjcAAECUiAUUEQCADEPoBDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAEOQBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ9wEgAEEUahCGAiAAQSBqEPcBDwsgAEEIahDuAQ8LIABBCGoQxgEPCyAAQQhqEMYBIABB8ABqEOEBDwsgABDGASAAQegAahCqAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEB4CQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQTSAEQQhqIAUQDQJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALeAECfwJAQZTOwAAoAgAiAkEBIAFBA3Z0IgNxRQRAQZTOwAAgAiADcjYCACABQXhxQYzMwABqIgIhAQwBCyABQXhxQfzKwABqIgJBkAFqIQEgAkGYAWooAgAhAgsgASAANgIIIAIgADYCDCAAIAE2AgwgACACNgIIC4ABAQJ/IwBBEGsiBCQAQQRBFBDNASEDIARBBGpBq4vAAEEQEEkgA0EMNgIEIANBu4vAADYCACADIAQpAgQ3AgggAyAEKAIMNgIQIABBATYCCCAAIAM2AgQgAEEBNgIAIAAgATsBGCAAIAIpAgA3AgwgACACKAIINgIUIARBEGokAAt6AgF/AX4jAEEQayIDJAAgA0EEaiABEF0CQCADKAIEIgFBgICAgHhGDQAgAykCCCEEIAJFBEAgACgCACIAEOEBIAAgBDcCBCAAIAE2AgAMAQsgACgCBCIAEOEBIAAgBDcCBCAAIAE2AgALIANBEGokACABQYCAgIB4RwtfAQJ/IwBBEGsiAiQAIAJBCGogABA4AkAgAi0ACEUNACACLQAJIAFB/wFxRw0AIAAoAgwiAUEfSw0AQQEhAyAAIAFBAWo2AgwgACAAKAIIQQFqNgIICyACQRBqJAAgAwtqAQF/IwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAJBA3QhAgNAIAIEQCADQQRqIAEoAgAgASgCBBB5IAJBCGshAiABQQhqIQEMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC18BAX8jAEEQayIEJAAgBEEIaiABIAIgAxB1IAQoAggiAQR/IAQgASAEKAIMEBcgBCgCBCECIAQoAgAFQQALIQMgACACNgIEIAAgA0EAIAIbQQAgAxs2AgAgBEEQaiQAC9QCAQp/IwBBEGsiBiQAAkAgACABKAIIIgIgASgCAEkEfyMAQRBrIgckACABKAIAIAJJBEBBr8TAAEHJAEHUxMAAEIEBAAsgBkEIaiEKIAdBCGohCyMAQRBrIgQkACAEQQxqIQggASgCACIFBEAgBEEBNgIMIAUhAyABKAIEIQUgBEEIaiEICyAIIAM2AgACQCAEKAIMIgMEQCAEKAIIIQkCQCACRQRAIAkEQCAFIAkQqwELIAFBATYCBAwBCyAFIAkgAyACIggQMiIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ3QEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBcIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQlgEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEAcgAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECQgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDdAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCOAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBsIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQtQEgASAAKAIEIAAoAghqECogACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBcIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQtAEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBYgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8Cf0EAIAEoAgBBAUcNABogASgCBCICIAEoAghHBEAgASACQQFqNgIEIAEgAmotAAwhAUEBDAELIAFBADYCAEEACyECIAAgAToAASAAIAI6AAALVQEBfyACQQN0IQIgACgCACEDIAAoAgQhAANAAkAgAkUNACAAIAFBBGooAgBGBEAgASgCACADIAAQZkUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBGG4hAANAIAAEQCAAQQFrIQAgARCZASABQRhqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIECIABBEGokACACQRBqJAALfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQShuIQADQCAABEAgAEEBayEAIAEQ8AEgAUEoaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahCDAiAAQRBqJAAgAkEQaiQAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQwQEgAUUgA0EBR3ENASACQRBqJAAPCxCHAgALQbiFwABBPxCIAgALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahDAASABRSADQQFHcQ0BIAJBEGokAA8LEIcCAAtBuIXAAEE/EIgCAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQpgEiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ3QEAC1UBAX8gACAAEIoCIgJBB2pBeHEgAmsiAmohAEGgzsAAIAEgAmsiATYCAEGozsAAIAA2AgAgACABQQFyNgIEQbTOwABBgICAATYCACAAIAFqQSg2AgQL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBA7IAVBGGogACgCACgCACAAKAIEKAIAEHwgBUEANgIsIAUgBSgCHCIBNgI0IAUgBSgCGCIANgIwIAUoAiBFBEAgBUEQaiAFQSxqEIMBIAUoAhAhASAFKAIUIQAgBUEIaiACEJIBIAUoAggiAiABIAIbIgFBASABGyAFKAIMIAAgAhtBACABGxCIAgALIAUgBSgCKDYCQCAFIAUpAiAiDDcDOCAFIAE2AkwgBSAANgJIIwBB8AFrIgMkAEEBIQoCQCAMpyIHKAKgASICRQ0AIAIoAjRFDQAgAigCMCICKAIIIQkgAigCBCEKCwJAIAcpAwBCA1EEQCADQShqIQggACECIwBBQGoiBCQAAkAgAUGAgBBLBEBBgICAgHghAQwBCyAEQgA3AhAgBCABNgIMIAQgAjYCCEGAgICAeCEBIARBgICAgHg2AhwgBEGAgICAeDYCKCAEIARBKGoiCzYCOCAEIARBHGo2AjQCQAJAIARBCGoiAEHQj8AAQQIgBEE0akHgj8AAEIABRQ0AIAAQkwFFDQAgBCgCHCIAQYCAgIB4RgRAIAsQ4QEMAgsgBCAEKQIgIg03AjggBCAANgI0IAQoAigiAkGAgICAeEYEQCAEQTRqEPcBDAILIAQpAiwhDiAAIQEMAgsgBEEoahDhASAEQRxqEOEBCwsgBEHAADYCECAEQZiOwAA2AgwgBEESNgIIAkAgAUGAgICAeEYEQCAEKQMIIQwgCEHAADYCCCAIIAw3AgAMAQsgBEEIahDaASAEIAE2AjQgBCANNwI4IAQgAjYCCCAEIA43AgwgCAJ/AkAgCSANQiCIp0cNACANpyAKIAkQZg0AIA6nIA5CIIinEAJFBEAgCEHYjsAANgIEIAhBEjYCAEE4DAILIAhBBGoiACAEKAIQNgIIIAAgBCkCCDcCACAIQRY2AgAgBEE0ahD3AQwCCyAIQZCPwAA2AgQgCEESNgIAQTILNgIIIARBCGoQ9wEgBEE0ahD3AQsgBEFAayQAIAMoAihBFkcEQCADQQxqIAgQhAEMAgsgAyADKAI0NgIYIAMgAykCLDcCECADQYCAgIB4NgIMDAELIANBDGpByanAAEEmEHoLIANByABqIgAgB0GIAfwKAAAgB0HwqcAAQYgB/AoAACADIAMoAiQ2AkAgAyADKQIcNwM4IAMgAykCFDcDMCADIAMpAgwiDDcDKCADQQxqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAAMLIAcQPyAHQgQ3AwAgB0EIaiADQdAAakHoAPwKAAAgByADKAIYNgJ4IAcgAykCEDcCcEEAIQFBASEJDAQLIANB0ABqIQELIAMgASgCGDYC6AEgAyABKQIQNwPgASADIAEpAgg3A9gBIAMgASkCADcD0AEgByADQdABahA6QQEhASADKAIoQYCAgIB4Rg0BDAILIAcQPyAHIABBiAH8CgAAIANBKGpBBHIQ9wEMAgsgA0EoakEEchD3AQsCQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAgALIAAQPwwCCyAJRQ0BIANB0ABqEO4BDAELIAFFDQAgA0HQAGoQxgELIAcpAwAaIANB8AFqJAAgBUHIAGoQ1gEgBUE4ahDPASAFQdAAaiQAIAZBIGokAAvHAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEDsgAEEYaiABKAIAKAIAIAEoAgQoAgAQfCAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQgwEgACgCECECIAAoAhQhAyAAQQhqIAQQkgEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEIgCAAsgACAAKAIoNgJAIAAgACkCICIHNwM4IAAgAjYCTCAAIAU2AkgjAEEwayIBJAACQCAHpyIGKQMAQgJRBEAgAUHJqcAAQSYQegwBCyABQRxqIgQCf0EHIAUgAkHWkMAAQREQvwENABpBEyAFIAJB55DAAEEUEL8BDQAaQQYgBSACQfuQwABBCxC/AQ0AGiAEQSM2AgggBEGGkcAANgIEQRILNgIAIAEgBBCcAQsgBiABEDogAUEwaiQAIABByABqENYBIABBOGoQzwEgAEHQAGokACADQSBqJAALtxQCDn8CfiMAQSBrIgckACAHIAI2AgQgByABNgIAIAcgADYCGCAHIAdBH2oiADYCFCAHIAA2AhAgByAHQQRqNgIMIAcgBzYCCCMAQdAAayICJAAgAkEYaiAHQQhqIgAoAhAQOyACQSRqIAAoAgAoAgAgACgCBCgCABBKAkAgAigCGARAIAIoAiRBgYCAgHhHDQELIAJBEGogAkEkahCLASACKAIQIQEgAigCFCEDIAJBCGogAkEYahCSASACKAIIIgAgASAAGyIBQQEgARsgAigCDCADIAAbQQAgARsQiAIACyACIAIoAiA2AjggAiACKQIYIhI3AzAgAiACKQIkNwNAIAIgAigCLDYCSCMAQRBrIg0kACANQQhqIAJBQGsiDxDFASANKAIIIQMgDSgCDCEIIwBB8AJrIgEkAAJAIBKnIgkoAqABIgBFDQAgACgCCA0AIAAoAhQhBSAAKAIQIQQLAkACQAJAIAkpAwBCBFEEQAJAIAQgAyAEGyIKBEAgAUHIAWohBiAJKAJMIQsgCSgCUCEOIAktAGwhDCMAQbABayIAJABBgICAgHghAwJAIAUgCCAEGyIEQYCAEEsNACAAQgA3AnggACAENgJ0IAAgCjYCcCAAQYCAgIB4NgJYIAAgAEHYAGo2AhgCQCAAQfAAaiIEQZCNwABBASAAQRhqQZiNwAAQgAFFDQAgBBCTAUUNACAAKQJcIREgACgCWCEDDAELIABB2ABqEOQBCyAAQSk2AnggAEHAjcAANgJ0IABBEjYCcAJAIANBgICAgHhGBEAgACkCeCERIAYgACgCgAE2AhQgBiARNwIMIAZBwI3AADYCCCAGQoKAgICoAjcCAAwBCyAAQfAAahDaASAAIAM2AgwgACARNwIQIBFCIIinQRhsIQMgEachBAJAAkACQAJAAkACQANAIANFDQEgACAEQbyIwABBAxBxEG0gACAAKQMANwJYIAAgDjYCdCAAIAs2AnAgA0EYayEDIARBGGohBCAAQdgAaiIQIABB8ABqIgUQmAFFDQALIAAgBEEYazYCMCAFIABBMGoiBEHpjcAAQQMQdiAAKAJwRQ0DIAAoAnghCCAAKAJ0IQMgBSAEQbmIwABBAxB2IAAoAnBFDQMgACgCeCELIAAoAnQhCiAFIARB7I3AAEEDEHYgACgCcEUNAyAAKAJ4IQ4gACgCdCEEIAoEQCAAIAs2AlwgACAKNgJYIABBBTYCdCAAIAwQ6gE2AnAgECAFEN4BRQ0ECyAEBEAgACAONgJ0IAAgBDYCcCAAQfAAakGQjsAAEN4BRQ0ECyAAIABBMGoiBDYCNCAMQQJGBEAgA0UNBCADIAhB743AAEECEL8BRQ0EIABB8ABqIgMgBEHxjcAAQQMQdiAAKAJwRQ0EIAAgACkCdDcCWCAAQdgAaiIEQfyNwAAQmAFFDQQgAyAAQTRqIgxBhI7AABApIAAoAnAiBUGAgICAeEYNBCAAIAAoAoQBNgJsIAAgACkCfDcCZCAAIAApAnQ3AlwgACAFNgJYIAMgDEGFjsAAECkgACgCcCIDQYCAgIB4RgRAIAQQ7wEMBQsgACkCdCERIAAgACgChAE2AlAgACAAKQJ8NwNIIAAgACkCWDcDkAEgACAAKAJgNgKYASAAIAAoAmwiBDYCQCAAIAApAmQ3AzgCQAJAIARBIEYEQCAAKAJQIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAFBgICAgHghAyAAQYCAgIB4NgJwQSBHDQEgACAAQfQAaiIEKQIQNwMoIAAgBCkCCDcDICAAIAQpAgA3AxgMAgsgACAAKAKYATYCfCAAIAApA5ABNwJ0IAAgETcChAEgACADNgKAASAAQYCAgIB4NgJwCyAAQfAAahCqAUGBgICAeCEDCwwDCyADDQEMAwsgBkGBgICAeDYCACAAQQxqEPoBDAULIAMgCEGGjsAAQQMQvwFFDQEgAEHwAGoiAyAAQTRqIgRBiY7AABApIAAoAnAiBUGAgICAeEYNASAAIAAoAoQBNgJsIAAgACkCfDcCZCAAIAApAnQ3AlwgACAFNgJYIAMgBEGKjsAAECkgACgCcCIFQYCAgIB4RgRAIABB2ABqEO8BDAILIAApAnQhEiAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A6ABIAAgACgCYDYCqAEgACAAKAJsIgg2AkAgACAAKQJkNwM4QQAhA0EAIAhBA3RrIQQgACgCPCEKAn8CQAJAA0AgAyAIRg0BIAMgCmoiCy0AAEUEQCAEQQhqIQQgA0EBaiEDDAELC0EAIAstAABnQRhrQf8BcSAEamtBgBBJDQAgACgCUCIERQ0AIAAoAkwiCC0AAEIAIRFBACEDA0AgAyAIai0AACILrUL/AYMgEUIIhoQhESAEIANBAWoiA0cNAAtFDQAgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwgC0EBcUUgBEEESyARQgNUcnINASAAIAApAnQ3AxggACAAKQJ8NwMgIAAgACkChAE3AyggACgCcAwCCyAAIAw6AIgBIAAgACkDoAE3A3AgACAAKAKoATYCeCAAIBI3A4ABIAAgBTYCfAsgAEHwAGoQqgFBgYCAgHgLIQMLIABByABqEPcBIABBOGoQ9wEgA0GBgICAeEYNACAAIAApAyg3A4ABIAAgACkDIDcDeCAAIAApAxg3A3AgAEEGNgJYIANBgoCAgHhGDQEgBiADNgIAIAYgACkDcDcCBCAGIAApA3g3AgwgBiAAKQOAATcCFCAAQdgAahDaAQwCCyAAQQY2AlgLIAYgACgCaDYCFCAGIAApAmA3AgwgBiAAKQJYNwIEIAZBgoCAgHg2AgALIABBDGoQ+gELIABBsAFqJAAgASgCyAFBgoCAgHhHDQEgAUEEaiABQcwBahCEAQwECyABQQRqQcmpwABBJhB6DAMLIAEgASgC4AE2AhwgASABKQLYATcCFCABIAEpAtABNwIMIAEgASkCyAEiETcCBCARp0GBgICAeEYNAyABIAFBBGoiACgCGDYCOCABIAApAhA3AzAgASAAKQIINwMoIAEgACkCADcDICABQUBrIAlBiAH8CgAAIAlB8KnAAEGIAfwKAAAgASkDQEIEUg0BIAFByAFqIgMgAUHIAGpB6AD8CgAAIAEgACgCGDYCyAIgASAAKQIQNwPAAiABIAApAgg3A7gCIAEgACkCADcDsAIgCRA/IAkgA0GIAfwKAAAgAUGwAWoQ4QEMAwsgAUEEakHJqcAAQSYQegwBCyABQUBrED8gAUEgahCqAQwBCyABIAEoAhw2AugCIAEgASkCFDcD4AIgASABKQIMNwPYAiABIAEpAgQ3A9ACIAkgAUHQAmoQOgsgAUHwAmokACAPEOEBIA1BEGokACACQTBqEM8BIAJB0ABqJAAgB0EgaiQAC1MBAX8CQCAAEIsCKAIEIgBBeHEiAkEEQQggAEEDcSIAGyABak8EQCAARSACIAFBJ2pNcg0BQajDwABB2MPAABDgAQALQejCwABBmMPAABDgAQALC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxCQASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMEN0BAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQOAJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAUMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDsASIEQaWLwABBBhDjASABMwEYEJoBQZqLwABBBxDjASABKAIEIAEoAggQYUGhi8AAQQQQ4wEgASgCECABKAIUEOgBGiAEEPkBGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ9wEgAkEQaiQAC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAA4Q3AxggAyADQQxqrUKAgICAgAOENwMQQaiAwAAgA0EQaiACEIEBAAtVAQF/IABBBGohAyAAAn8gASgCAEGAgICAeEcEQCADIAEoAgg2AgggAyABKQIANwIAIAIQ4gFBAAwBCyADIAIoAgg2AgggAyACKQIANwIAQQELNgIAC1AAIAJBFGwhAiAAEO0BIQADQCACBEAgABDtASABKAIAIAEoAgQQ6AEgASgCDCABKAIQEOgBEPwBGiACQRRrIQIgAUEUaiEBDAELCyAAEPwBC8ACAgd/An4jAEEQayIDJAAgA0EEaiEEIwBBMGsiAiQAIAEiBSgCBCEBIAUoAgwhBwNAAkACQAJAIAEgB0cEQCAFIAFBGGoiCDYCBCACIAEpAxA3AxggAiABKQMINwMQIAIgASkDADcDCCMAQSBrIgEkACABIAJBCGoiBikDCCIJNwMQIAEgBikDEDcDGCABIAYpAwAiCjcDCCACQSRqIAmnQQAgCqdB/wFxQQNGGyABKAIUENEBIAFBCGoQmQEgAUEgaiQAIAIoAiQiAUGAgICAeEYNAiAEIAIpAig3AgQgBCABNgIADAELIARBgICAgHg2AgALIAJBMGokAAwBCyAIIQEMAQsLAkAgAygCBEGAgICAeEcEQCAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAtEAQF/IwBBEGsiAiQAIAJBCGogABCOASACLQAIIAItAAkgAUH/AXFGcSIBBEAgACAAKAIIQQFqNgIICyACQRBqJAAgAQtHAQJ/IwBBEGsiAiQAIAAgASgCAEGAgICAeEcEfyACQQhqIAEQfiACKAIMIQMgAigCCAVBAAs2AgAgACADNgIEIAJBEGokAAtHAQJ/QYTMwAAhAANAIAAoAgAiAARAIAFBAWohASAAQQhqIQAMAQsLQbzOwABBxM7AACgCACIAIAEgACABSxtBfyAAGzYCAAtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC0oBA38jAEEQayICJAAgAkEIaiABEI4BIAItAAgiAwRAIAItAAkhBCABIAEoAghBAWo2AggLIAAgBDoAASAAIAM6AAAgAkEQaiQAC8YBAgV/AX4jAEEQayIEJAAgACACIAFrQRRuIgYQsgEgACkCBCEIIAQgAEEIajYCBCAEIAhCIIk3AggjAEEgayIAJAAgBEEEaiIDKAIEIQUgAygCACABIAJHBEAgAygCCCAFQRRsaiEDIAUgBiICaiEFA0AgAEEMaiABENUBIAMgACgCHDYCECADIAApAhQ3AgggAyAAKQIMNwIAIANBFGohAyABQRRqIQEgAkEBayICDQALCyAFNgIAIABBIGokACAEQRBqJAALdwECfyMAQRBrIgQkACACIAFBAWtLBEAgBCAANgIIIAQgACABajYCDCAEQQhqIgIoAgAhASACKAIEIQMDQCADIAEiAEcEQCACIABBAWoiATYCACAALQAAQTprQf8BcUH1AUsNAQsLIAAgA0YhAwsgBEEQaiQAIAMLSQEBfyMAQSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQbCAEQQhqIAQoAhAgBCgCFCABIAIQqAEgACAEKQMINwMAIARBIGokAAtOAQJ+AkAgAS0AAEECRw0AAkACQAJAIAEoAghBAWsOAgEDAAsgASkDECIDQgBZDQEMAgsgASkDECEDCyAAIAM3AwhCASECCyAAIAI3AwALOQAgASACECogAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIAC0IBAn8jAEEQayICJAAgAQR/IAJBCGogARDEASACKAIMIQMgAigCCAVBAAshASAAIAM2AgQgACABNgIAIAJBEGokAAtBAQN/AkAgACgCCCIEIAJqIgUgBEkNACAFIAAoAgRLDQAgACgCACAEaiABIAIQ8gFFDQAgACAFNgIIQQEhAwsgAwtBAQF/AkAgACgCCCIBRQ0AIAAoAgQgAWpBAWsiAUUNACABLQAAIgFBOkYgAUHbAEZyIAFB+wBGcg0AIABBLBBOCwtCAQF/IwBBEGsiAyQAIANBBGogACABIAIQdAJAIAMoAggiAEUNACADKAIMIgFFDQAgAygCBCABEKsBCyADQRBqJAALOAEBfyMAQRBrIgMkACADQQhqIAAQwwEgAygCCCIABH8gACADKAIMIAEgAhA9BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAkIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ3QEACyABQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQpgEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADED0QbSAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxBxIgJFDQBBACEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EBIQELIAAgATYCAAs3AQF/IABBCHYiAUUEQEEADwsgAEGAgIAITwRAQR8PCyAAQSYgAWciAGt2QQFxIABBAXRyQT5zC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQJCAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEN0BAAsgBUEQaiQACzwBAX8gACACELUBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQSSADQfQDOwEcIANBDjYCGCADQZOuwAA2AhQgACAEEIYBIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQSCAAIAMpAwg3AwAgA0EgaiQACzsBAX8jAEEQayIDJAAgA0EIaiABIAIQFyADIAMoAgggAygCDBArIAAgAygCACADKAIEEEkgA0EQaiQACz8BAX8jAEEgayICJAAgAiABKAIINgIYIAIgASkCADcDECACQQhqIAJBEGoQjAEgACACKQMINwMAIAJBIGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQMiIARQ0AIAAPCwALOwEBfyMAQRBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAjYCBCAFIAE2AgAgACAFQcSMwAAQCSAFQRBqJAALNAEBfyMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUAAs0AQJ/IwBBEGsiASQAIAFBCGogABAeIAEoAgghACABKAIMIAFBEGokAEGAgMQAIABBAXEbCzoBAX8CfyABKAIAQQFGBEAgASgCCCECIAEoAgQMAQsgAUEEahDWAUEACyEBIAAgAjYCBCAAIAE2AgALPAEBfyMAQSBrIgIkACACIAEoAhA2AhggAiABKQIINwMQIAIgASkCADcDCCAAIAJBCGoQnAEgAkEgaiQACzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEFwgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDsAUHHi8AAQQUQ4wEgASgCDCABKAIQEOgBQcyLwABBBxDjASABKAIEIAEoAggQ6AFB04vAAEEKEOMBIAEzARQQmgEQ+QEiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxD3ASACQRBqJAAgACAGIAUQQyABEPcBIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAfIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQFyACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD3ASAAQRBqIQAMAQsLCzYBAX9B/MvAACEBA0ACQCABRQ0AIAAgASgCAE8EQCABEPUBIABLDQELIAEoAgghAQwBCwsgAQs4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBEDAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEOEBQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBIIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAsxACMAQRBrIgIkACAAKAIAIgAQiAEgAiAANgIMIAEgAkEMakGcp8AAECUgAkEQaiQACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAtsAQJ/IAEtAIsBQQFGBEBBACEBIAIgA0HwiMAAQQMQywEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQSSAAIAQ2AgALHgAgAgRAIAIgARCmASEBCyAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzgFBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQzwFBAAshASAAIAI2AgQgACABNgIACygBAX8jAEEQayIBJAAgAUEIaiAAEDggAS0ACCABQRBqJABBf3NBAXELKwEBfyMAQRBrIgQkACAEIAAoAgA2AgwgBEEMaiABIAIgAxAmIARBEGokAAs0ACABKAIIIgEgAEcEQCABIAA2AgwgACABNgIIDwtBlM7AAEGUzsAAKAIAQX4gAndxNgIAC0ABAX8jAEEQayIDJAAgA0EIaiABIAIQfCADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAALgAIBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAyDAELIAJFBEBBASEDDAILIAJBARCmAQsiAw0AIAVBATYCBEEBDAELIAUgAzYCBEEACyEDQQgLIAVqIAI2AgAgBSADNgIAIAQoAgRBAUYEQCAEKAIIIAQoAgwQ3QEACyAEKAIIIQIgACAINgIAIAAgAjYCBCAEQRBqJAALIAAoAgQgBmogAToAACAAIAZBAWo2AggLKgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAIAEQ3gELCzUAAkACQAJAAkAgAC0AAA4FAQEBAgMACyAAQQRqEPgBCw8LIABBBGoQ9wEPCyAAQQRqEPoBC8kBAgN/AX4gABBvIAFCAFMEQCAAQS0QTgsgASABQj+HIgWFIAV9IQEjAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkACQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEE4gAkEBaiECDAELCyADQSBqJAAMAQtBf0EUQdiMwAAQXwALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGYFQQELRQurCQEMfyMAQSBrIgwkACAMQQhqIQsjAEEgayIHJABBqZHAACEEQdUAIQJBASENQZADIQVB/pHAACEDQRIhCCABKAIAIgYhCUEBIQoCQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQCAGQQFrDhUAAQIDBAUGBwgKCwwNDg8QERITFBUeCyABKAIIIQIgASgCBCEEQQAhBkGQksAAIQMMGwtBpJLAACEEQSYhAkEAIQZBypLAACEDDBoLQd6SwAAhBEEqIQJBACEGQZUDIQVBiJPAACEDDBoLQZqTwAAhBEEsIQJBACEGQZMDIQVBxpPAACEDDBkLIAcgASgCCCIKIAEoAgwiCWo2AgwgByAKNgIIQQAhBiAHQQA2AhAgB0EIaiEFQQAhAkEgIQMjAEEQayIEJAADQAJAIARBCGogBRBAIAQoAgxBgIDEAEYEQCADIQIMAQsgA0EBayIDDQELCyAEQRBqJAAgAg0WIAcgBRBAIAcoAgRBgIDEAEYNFgJAIAcoAgAiAkUNACACIAlPBEAgAiAJRg0BDBYLIAIgCmosAABBQEgNFQsgCgwVC0GplMAAIQRBOiECQQAhBkGRAyEFQfuQwAAhA0ELIQgMFwtB45TAACEEQSMhAkEAIQZBkQMhBUHWkMAAIQNBESEIDBYLIAEoAgghAkEAIQZBkQMhBUGGlcAAIQMgASgCBAwBC0EeIQJBACEGQZEDIQVBsZXAACEDQZOVwAALIQRBDSEIDBMLQb6VwAAhBEE7IQJBACEGQZEDIQVB+ZXAACEDQRMhCAwSC0GMlsAAIQRBKiECQQAhBkGRAyEFQbaWwAAhAwwMC0HElsAAIQRBOyECQQAhBkGRAyEFQf+WwAAhA0EQIQgMEAtBj5fAACEEQR4hAkEAIQZBkQMhBUGtl8AAIQMMCQtBvJfAACEEQSAhAkEAIQZBkQMhBUHcl8AAIQMMCAtB65fAACEEQSwhAkEAIQZBkQMhBUGXmMAAIQMMBwtBppjAACEEQTchAkEAIQZBkwMhBUHdmMAAIQNBFSEIDAwLQfKYwAAhBEEpIQJBACEGQZMDIQVBm5nAACEDQRYhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQbGZwAAhAwwFC0G/mcAAIQRBKiECQQAhBkH3AyEFQeeQwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUH0mcAAIQNB6ZnAAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVBj5rAACEDQYKawAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtB2JPAACEEQTwhAkGRAyEFQZSUwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEEYgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCGASABENoBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQwgEjAEHQAGsiASQAIAFBEGogAxCHAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFwgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCHASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARCxAQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQPiACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQOSADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEI0BIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAwIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBEIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAbIANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQSyACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECEgAkEQaiQACxsBAX8jAEEQayICJAAgACABEMoBIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGYFQQELRQsoACADIAQgASACEMsBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACycAIAAgASAAKAIEQQFxckECcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD3ASAAQRBBDCABG2oQ9wELGwEBfyMAQRBrIgIkACAAIAEQ1AEgAkEQaiQACzEBAX9BnM7AACgCACICBEBBpM7AACgCACACEEILQaTOwAAgADYCAEGczsAAIAE2AgALHwEBf0FAQVBBwM7AACgCAGtBd3FBA2siACAAQUBPGwuTBAEJfyMAQRBrIggkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiBCQAIAQgAkEcaiIAKAIAKAIAIAAoAgQoAgAQfCAEKAIAIQAgBCAEKAIEIgM2AgwgBCAANgIIIAJBEGohBSMAQRBrIgYkACMAQRBrIgEkACABIAM2AgwgASAANgIIQfxzIQACfwNAQQAgAEUNARogAEH0wMAAaiAAQYwBaiEAIAFBCGoQ3gFFDQALIABBqL/AAGoLIQcgAUEQaiQAAkACQCAHRQ0AIAZBBGohCiMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCAHKAJIIgAgBygCTEEDdGohBwNAAkAgAEUgACAHRnIEfyAJQShGDQEgCUGQo8AAaiEAIAlBCGohCUEABSAAQQhqCyADKAIMBEAgA0EEakEsEE4LIANBBGogACgCACAAKAIEEHkhAAwBCwsgCiADKAIMNgIIIAogAykCBDcCACADQRBqJAAgBigCBEGAgICAeEYNACAFIAYoAgw2AgggBSAGKQIENwIADAELIAVBADYCCCAFQoCAgIAQNwIACyAGQRBqJAAgBEEIahDWASAEQRBqJAAgAiAFEH4gCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEP4BIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAEPcBIABBGGoQ4QEgAEEMahD3AQsLDQAgACABQQhBBBCNAgsNACAAIAFBFEEEEI0CCyMAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACw0AIAAgAUEMQQQQjQILDQAgACABQQFBARCNAgveAQIFfwF+IwBBEGsiAiQAIwBBIGsiAyQAIANBFGohBCMAQTBrIgEkACABQRRqIgUgABA1IAEoAhRFBEAgAUEIaiAFEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkACAAQQhqIAanQZQBahDFASAEIAAoAgggACgCDBDRASAAQRBqJAAgAUEgahDOASABQTBqJAAgA0EIaiAEEGQgAiADKQMINwIAIANBIGokACACKAIAIAIoAgQgAkEQaiQAC5cCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEGIwBBMGsiASQAIAFBFGoiAiAAEDUgASgCFEUEQCABQQhqIAIQkQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIgCAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIoAqABIgVFDQAgAikDAEIDUg0AIAUoAghBAkcNACAFKAIUIQIgBSgCECEHCyAIIAI2AgQgCCAHNgIAIAYgACgCCCAAKAIMENEBIABBEGokACABQSBqEM4BIAFBMGokACAEQQhqIAYQZCADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNSABKAIURQRAIAFBCGogAhCRASABKAIIIgBBASAAGyABKAIMQQAgABsQiAIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlQ2AgQgBiACKAJQQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQSSAAQRBqJAAgAUEgahDOASABQTBqJAAgBEEIaiAFEIwBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvJAwIHfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgIkACACQRRqIgEgABA1IAIoAhRFBEAgAkEIaiABEJEBIAIoAggiAEEBIAAbIAIoAgxBACAAGxCIAgALIAIgAigCHDYCKCACIAIpAhQiCDcDICMAQRBrIgQkAAJAAkAgCKciASkDAEIGUg0AIwBBEGsiACQAIABBADYCDCAAQoCAgIAQNwIEIABBBGoiBxDsAUGRi8AAQQMQ4wEgAUEIaiIBKAIEIAEoAggQ6AFBlIvAAEEGEOMBIAEoAiQgASgCKBDoAUGai8AAQQcQ4wEgASgCECABKAIUEGFBoYvAAEEEEOMBIAEoAhwgASgCIBDoARD5ARogBEEEaiIBIAAoAgw2AgggASAAKQIENwIAIABBADYCDCAAQoCAgIAQNwIEIAcQ9wEgAEEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQzgEgAkEwaiQAIAZBCGogAxB+IAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAuqAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABA1IAEoAhRFBEAgAUEIaiAFEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQCAASAFKAJoQYCAgIB4RhsQ6gFBBRBJIAAoAgRBgICAgHhGDQAgAiAAKAIMNgIIIAIgACkCBDcCAAwBCyACQQA2AgggAkKAgICAEDcCAAsgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogAhB+IAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvHBAIJfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgEkACABQRRqIgIgABA1IAEoAhRFBEAgAUEIaiACEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiCjcDICMAQRBrIgQkAAJAAkAgCqciACkDAEIBVg0AIARBBGohCCMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAAQegAaiIAKAIAIQkgAkEEahDsAUHpjcAAQQMQ4wEhBwJAIAlBgICAgHhGBEAgB0HvjcAAQQIQ6AFB8Y3AAEEDEOMBQfSNwABBBRDoAUGEjsAAQQEQ4wEgACgCCCAAKAIMEOgBQYWOwABBARDjASAAKAIUIAAoAhgQ6AEaDAELIAdBho7AAEEDEOgBQYmOwABBARDjASAAKAIEIAAoAggQ6AFBio7AAEEBEOMBIAAoAhAgACgCFBDoAUG5iMAAQQMQ4wEgAC0AGBDqAUEFEOgBGgsgCCAHQfSPwABBAxDjAUEBENkBEPkBIgAoAgg2AgggCCAAKQIANwIAIABBADYCACACQQA2AgwgAkEBNgIIIAAQ9wEgAkEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAFBIGoQzgEgAUEwaiQAIAZBCGogAxB+IAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv3AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA1IAEoAhRFBEAgAUEIaiACEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQXgwBCyAAQQRqIgJB6IzAAEEMEHogBSACEF4gAhDuAQsgAEEgaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBRB+IAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAu2AgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohByMAQTBrIgEkACABQRRqIgIgABA1IAEoAhRFBEAgAUEIaiACEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKQMAQgRSDQAgAigCcEGAgICAeEcEQCACKAJ4IQYgAigCdCEFDAELIAIoAqABIgJFDQAgAigCCEEBRw0AIAIoAhQhBiACKAIQIQULIAggBjYCBCAIIAU2AgAgByAAKAIIIAAoAgwQ0QEgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBxBkIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA1IAEoAhRFBEAgAUEIaiACEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCYDYCBCAGIAIoAlxBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBJIABBEGokACABQSBqEM4BIAFBMGokACAEQQhqIAUQjAEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEGYFQQELRQueAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBEGoiACgCoAEEQCAAQaABahDHAQsgAEGIAWoQhgIgABA/IABBlAFqEOEBAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBuAEQqwELIAFBEGokAAsLlgEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqEMcBDAELIAAQ7gELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKBCrAQsgAUEQaiQACwshACAAIAMgASACEE0gAEEBOwEkIAAgAjYCICAAQQA2AhwLIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBBUYbNgIACyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQNGGzYCAAslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACyEAIABBQGsQ9wEgAEHMAGoQ9wEgAEHYAGoQ9wEgABDTAQusAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIIABBIGoQ9wEgAEEsahD7ASAAQThqEPsBIABBDGoQ9wEgAEHQAGoQ5QEgAEHcAGoQsAEgAEHEAGoQ/wECQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGIARCrAQsgAUEQaiQACwsYACABQYACTwRAIAAgARAdDwsgACABEEILHgAgACABQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIEC5YCAQR/IAFBCU8EQAJAIAAQrQFBECABIAFBEE0bIgJrTw0AIAJBECAAQQtqQXhxIABBC0kbIgRqQQxqEAgiAEUNACAAEIsCIQECQCACQQFrIgMgAHFFBEAgASEADAELIAAgA2pBACACa3EQiwIhACABKAIEIgVBeHEgACACQQAgACABa0EQTRtqIgAgAWsiAmshAyAFQQNxBEAgACADEKkBIAEgAhCpASABIAIQEwwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSIBIARBEGpNDQAgACAEEKkBIAAgBGoiAiABIARrIgEQqQEgAiABEBMLIAAQigIhAwsgAw8LIAAQCAsYAQF/IAEgA08EfyACIAAgAxDyAQVBAAsLUAEBfyABQYACTwRAIAAQEg8LAkAgACgCDCICIAAoAggiAEcEQCAAIAI2AgwgAiAANgIIDAELQZTOwABBlM7AACgCAEF+IAFBA3Z3cTYCAAsLFwAgASAAEKYBIgBFBEAgARCJAgALIAALHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMABCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDAAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQwQELGwAgAQRAIAAgASACEEkPCyAAQYCAgIB4NgIACx4AIAAoAgBBgICAgHhHBEAgABD3ASAAQQxqEOEBCwsaACAAQRhqEPcBIABBMGoQ4QEgAEEkahD9AQsRACAAIAEQWyAABEAgABAMCwsYACAAIAEpAgA3AgAgAEEIaiABQQhqEFYLGAEBfyAAKAIEIgEEQCAAKAIAIAEQqwELCxwAIAAoAgAgACgCBCABKAIAIAEoAgQQvwFBAXMLFwEBfyAAIAAQigIiAUEHakF4cSABa2oLGwAgAEGDjMAAQYeMwAAgARtBBEEFIAEbEOkBCxUAIAAoAgBBBUYEQCAAQQRqEPcBCwsSAEEZIABBAXZrQQAgAEEfRxsLFgAgACABQQFyNgIEIAAgAWogATYCAAsdACAABEAgARCJAgALQfTEwABBI0GIxcAAEIEBAAsZACAAKAIAIAAoAgQgASgCACABKAIEEL8BCxYBAX8gACgCECIBBH8gAQUgACgCFAsLDQAgAEHdACABEIEBAAsWACAAKAIAQYCAgIB4RwRAIAAQ9wELCxIAIAAoAgBBAE4EQCAAEPcBCwsTACAAIAEgAhDoASIAQToQTiAACxYAIAAoAgBBgICAgHhHBEAgABD6AQsLFgAgACgCAEGAgICAeEcEQCAAEPsBCwsPACAAQQF0IgBBACAAa3ILDgAgAQRAIAAgARCrAQsLnQIBAX8gABBvIwBBEGsiAyQAIABBIhBOIAMgATYCCCADIAEgAmo2AgwDQAJAAkACQAJAAkACQAJAAkACQAJAAkAgA0EIahCCASIBQQhrDgYEBQYBBwgACyABQSJGDQEgAUHcAEYNAiABQYCAxABGDQkLIAFBIEkNByAAIAEQTgwJCyAAQd2LwABBAhB5DAgLIABB34vAAEECEHkMBwsgAEHhi8AAQQIQeQwGCyAAQeOLwABBAhB5DAULIABB5YvAAEECEHkMBAsgAEHni8AAQQIQeQwDCyAAQemLwABBAhB5DAILIABB64vAAEEEEHkgACABQQR2LQDvi0AQTiAAIAFBD3EtAO+LQBBODAELCyAAQSIQTiADQRBqJAAgAAsQACAAEG8gACABIAIQeSAACxAAIABB/wFxQQJ0KAKIxEALEQAgACABIAJBoYfAAEEAEBULDwAgABBvIABB+wAQTiAACw8AIAAQbyAAQdsAEE4gAAsPACAAEIYCIABBDGoQ9wELDwAgABD3ASAAQQxqEPcBCw8AIAAQ9wEgAEEQahCZAQsOACAAIAEgAkGAgBAQKAsLACAAIAEgAhBmRQsMACAAIAEgAiADECALlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABA1IAEoAhRFBEAgAUEIaiACEJEBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEM4BIAFBMGokAEH/AXG4Cw0AIAAoAgAgACgCBGoLDwBB4MrAAEEzIAAQgQEACwoAIABBAUEBEHALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPABIAJBKGohAgwBCwsgABCDAgsLACAAQf0AEE4gAAs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQmQEgAkEYaiECDAELCyAAEIECCzcBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD3ASACQQxqIQIMAQsLIABBBEEMEHALCwAgAEHdABBOIAALPAECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ9wEgAUEMahD3ASACQQFrIQIgAUEYaiEBDAELCyAAEIUCCwoAIABBBEEIEHALPAECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ9wEgAUEMahD7ASACQQFrIQIgAUEYaiEBDAELCyAAEIUCCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD3ASACQRBqIQIMAQsLIAAQggILCgAgAEEIQRgQcAsKACAAQQRBEBBwCwoAIABBCEEoEHALCgAgACABIAIQGAsKACAAQQRBGBBwCzoBAn8gACgCBEEIaiEBIAAoAgghAgNAIAIEQCACQQFrIQIgARD3ASABQRRqIQEMAQsLIABBBEEUEHALDQBBlMTAAEEbEIgCAAsJACAAIAEQAAALZwEBfyMAQRBrIgEkACABIAA2AgQgASABQQRqrUKAgICAgAOENwMIIwBBIGsiACQAIAAgAUEIajYCECAAQYCFwAA2AgwgAEEAOgAdIABBADoAHCAAQeTEwAA2AhggACAAQQxqNgIUAAsHACAAQQhqCwcAIABBCGsLAwAACyMBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACEHgLCwuXRyQAQYCAwAAL8SkWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0ZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNvbi5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2RsbWFsbG9jLTAuMi4xNC9zcmMvZGxtYWxsb2MucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvYWxsb2MucnMAc3JjL3JmYzMzMzkucnMAFW1lbW9yeSBhbGxvY2F0aW9uIG9mIMANIGJ5dGVzIGZhaWxlZAAAAB4BEABPAAAAzQEAADcAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5LV9odHRwczovL2h0dHA6Ly9sb2NhbGhvc3Q6OjH5AxAAAwAAADEyNwAEBBAAAwAAAGV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOVJTMjU2YWxna2lkY3JpdAA5BBAAAwAAADwEEAADAAAAPwQQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SmhlYWRlciBpcyBub3QgYmFzZTY0dXJsaGVhZGVyIGlzIG5vdCBhIEpTT04gb2JqZWN0IHdpdGggYW4gYWxncGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsRVMyNTb/BBAABQAAAC50aGUgc2lnbmF0dXJlIGlzIGVtcHR5IG9yIG5vdCBvZiBpdHMgYWxnb3JpdGhtJ3Mgc2l6ZWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHN1cmxtZXRob2RoZWFkZXJzYm9keXN0YXR1c2FwcGxpY2F0aW9uL2pzb25Db250ZW50LVR5cGVlcnJvcm1lc3NhZ2VzdGF0dXNDb2RlXCJcXFxiXHRcblxmXHJcdTAwMDEyMzQ1Njc4OWFiY2RlZm51bGx0cnVlZmFsc2UAAAAABAAAAAQAAAADAAAABAAAAAAAAAAEAAAABAAAAAUAAAAGAAAAbgEQAAsAAABaAQAAGgAAAAAAAAAQAAAABAAAAAcAAAAIAAAAbgEQAAsAAAD9AQAACQAAAG5vIHJlcGx5IHlldHVua25vd24gcHJvdmlkZXJiYWQgZW52a2V5cwCLBhAABAAAAAAAAAAEAAAABAAAAAkAAAAKAAAAAAAAAAQAAAAEAAAAAwAAAAQAAAB0aGUgcHJvdmlkZXIncyBKV0tTIGlzIG5vdCBhIEpTT04ga2V5IHNldGt0eXVzZUVDY3J2UC0yNTYAAAD0BhAABQAAAHh5UlNBbmVzaWcAAAsHEAADAAAAdGhlIGRpc2NvdmVyeSBkb2N1bWVudCBpcyBub3QgSlNPTiB3aXRoIGFuIGlzc3VlciBhbmQgYSBqd2tzX3VyaXRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBqd2tzX3VyaSBpcyBub3QgYW4gaHR0cHM6Ly8gVVJMdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGlzc3VlciBpcyBub3QgT0lEQ19JU1NVRVJpc3N1ZXJqd2tzX3VyacIHEAAGAAAAyAcQAAgAAAAAAAAACAAAAAQAAAALAAAADAAAAGV4dHN1YnJvbGVhdXRoZW50aWNhdGVkYXVkaW5zZm9yZ2UtYXBpaWF0ZXhwZW1haWxhY2Nlc3NUb2tlbnRva2VuVHlwZUJlYXJlcmV4cGlyZXNBdHVzZXJpZHByb3ZpZGVyaW52YWxpZF9zaWduYXR1cmVwcm92aWRlcl91bnJlYWNoYWJsZXVua25vd25fa2V5dGhlIHByb3ZpZGVyIGFuc3dlcmVkIHdpdGggYW4gZXJyb3JzZW5kIHRoZSBwcm92aWRlciB0b2tlbiBhcyBgQXV0aG9yaXphdGlvbjogQmVhcmVyIDx0b2tlbj5gIG9yIEpTT04gYHsidG9rZW4iOiAi4oCmIn1gbWlzc2luZ19jcmVkZW50aWFsbWFsZm9ybWVkX2NyZWRlbnRpYWx0aGUgY3JlZGVudGlhbCBleGNlZWRzIDgxOTIgY2hhcmFjdGVyc2NyZWRlbnRpYWxfdG9vX2xhcmdldXNlIFBPU1QgKG9yIE9QVElPTlMgZm9yIGEgQ09SUyBwcmVmbGlnaHQpbWV0aG9kX25vdF9hbGxvd2VkdGhpcyBPcmlnaW4gaXMgbm90IGluIEJSSURHRV9BTExPV0VEX09SSUdJTlNvcmlnaW5fbm90X2FsbG93ZWRhbGcgbm90IGFjY2VwdGVkIChSUzI1Njsgb2lkYy1icmlkZ2U6IFJTMjU2LCBQUzI1NiwgRVMyNTYpOiB1bnN1cHBvcnRlZF9hbGdvcml0aG10aGUgdG9rZW4ncyBraWQgbWF0Y2hlcyBubyBSU0Egc2lnbmluZyBrZXkgb2YgdGhlIHByb3ZpZGVydGhlIHRva2VuIHNpZ25hdHVyZSBkb2VzIG5vdCB2ZXJpZnlpbnZhbGlkX3Rva2VudGhlIHByb3ZpZGVyIHRva2VuIGhhcyBleHBpcmVkdG9rZW5fZXhwaXJlZHRoZSBwcm92aWRlciB0b2tlbiBpcyBub3QgdmFsaWQgeWV0IChuYmYvaWF0IGluIHRoZSBmdXR1cmUpdG9rZW5fbm90X3lldF92YWxpZHRoZSB0b2tlbiBpc3N1ZXIgaXMgbm90IGFuIGFjY2VwdGVkIGlzc3VlcmludmFsaWRfaXNzdWVydGhlIHRva2VuIGF1ZGllbmNlIGRvZXMgbm90IGluY2x1ZGUgdGhlIGNvbmZpZ3VyZWQgYXVkaWVuY2VpbnZhbGlkX2F1ZGllbmNldGhlIHRva2VuIGhhcyBubyB1c2VyIGlkIChzdWIpbWlzc2luZ19zdWJqZWN0dGhlIHByb3ZpZGVyIHNlc3Npb24gaGFzIGV4cGlyZWRzZXNzaW9uX2V4cGlyZWR0aGUgcHJvdmlkZXIgZG9lcyBub3QgcmVjb2duaXNlIHRoaXMgc2Vzc2lvbmludmFsaWRfc2Vzc2lvbm1hY2hpbmUtdG8tbWFjaGluZSB0b2tlbnMgY2Fycnkgbm8gdXNlciBhbmQgYXJlIHJlZnVzZWRtYWNoaW5lX3Rva2VuX3JlZnVzZWRPSURDX1JFRlVTRV9BTk9OWU1PVVM6IG5vIGFub255bW91cyB1c2Vyc2Fub255bW91c191c2VyX3JlZnVzZWRwcm92aWRlcl9lcnJvcnRoZSBpZGVudGl0eSBwcm92aWRlciBjb3VsZCBub3QgYmUgcmVhY2hlZCBpcyBub3Qgc2V0bWlzc2luZ19zZWNyZXQgaXMgaW52YWxpZDogaW52YWxpZF9zZWNyZXRhdXRoZW50aWNhdGlvbl9mYWN0b3JzZW1haWxfZmFjdG9yZW1haWxfYWRkcmVzc2V4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZkJSSURHRV9DTEFJTVMgbmVlZHMgdGhlIHRva2VuJ3MgaWF0aXNzZ3R5Y2xpZW50X2NyZWRlbnRpYWxzA3Rva2VuX3VzZWFjY2Vzc2NsaWVudF9pZAJhenBhbm9ueW1vdXMAAA0OEAAJAAAAAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUEJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0gb2YgYXQgbW9zdCAyNjIxNDQgYnl0ZXMvLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQAATAgQAAIAAAD6DRAABgAAAE9JRENfUkVGVVNFX0FOT05ZTU9VU211c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAFoREAAEAAAAYmFzZWgREAAEAAAAMXllczBub211c3QgYmUgdHJ1ZSBvciBmYWxzZX0PEAAKAAAAhw8QABgAAACfDxAAGgAAALkPEAAWAAAA0A8QAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAA9wcQAAMAAAD6BxAABAAAAAsIEAADAAAA2A0QAAMAAAAaCBAAAwAAAB0IEAADAAAAsg0QAAMAAAAgCBAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAB8TEAAHAAAASAgQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQATBMQAAcAAAA7DhAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAAB4ExAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZCAIEAAFAAAAsBMQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGEgY2FsbCBvdXQgb2YgdGhlIGNvbnZlcnNhdGlvbidzIG9yZGVyAAIAQfypwAALAQQAQYiqwAALCgEAAAAAAAAA9AEAQfiqwAALxQlPUFRJT05TY2xhaW1zQ29udGVudC1MZW5ndGgAeBEQAAEAAAB0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAJhcQAAYAAAAsFxAACwAAAC9lbWFpbF92ZXJpZmllZFdPUktPU19JU1NVRVJXT1JLT1NfSldLU19VUkxodHRwczovL2FwaS53b3Jrb3MuY29tL3Nzby9qd2tzL3t9d29ya29zV09SS09TX0NMSUVOVF9JRFdPUktPU19KV0tTAACbFxAAEAAAAFcXEAANAAAAZBcQAA8AAACrFxAACwAAAGh0dHBzOi8vYXBpLndvcmtvcy5jb21odHRwczovL2FwaS53b3Jrb3MuY29tL3VzZXJfbWFuYWdlbWVudC97fQDYFxAAFgAAAO4XEAApAAAAJhcQAAYAAABLSU5ERV9KV0tTX1VSTHt9Ly53ZWxsLWtub3duL2p3a3MuanNvbktJTkRFX0FVRElFTkNFa2luZGVLSU5ERV9JU1NVRVJfVVJMS0lOREVfSldLUwBpGBAAEAAAAFYYEAAOAAAAMBgQAA4AAAB5GBAACgAAAHt9AACkGBAAAgAAAHtiYXNlfS92MS9zZXNzaW9ucy9qd2tzL3t9c3R5dGNoU1RZVENIX0pXS1MAehQQABEAAAAmEBAADQAAAN0PEAAPAAAA0BgQAAsAAABzdHl0Y2guY29tL3t9e2Jhc2V9APwYEAANAAAACRkQAAYAAABPSURDX0pXS1NfVVJMT0lEQ19BVURJRU5DRU9JRENfSVNTVUVST0lEQ19KV0tTAAAgDxAACwAAADoZEAALAAAALRkQAA0AAAAgGRAADQAAAEUZEAAJAAAAmBAQAA4AAAC4EBAAFQAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZS9maXJlYmFzZS9zaWduX2luX3Byb3ZpZGVyY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbaQYEAACAAAA7RkQABMAAABzdXBhYmFzZf4HEAANAAAAL2lzX2Fub255bW91cwAAADgXEAACAAAASBcQAA8AQci0wAALFVcXEAANAAAAZBcQAA8AAABzFxAAIgBB6LTAAAtJlRcQAAYAAACVFxAABgAAALgXEAAEAAAAmxcQABAAAAAYGBAAAgAAAKsXEAALAAAABAAAAAAAAAClAhAAAQAAAAEAAAAAAAAAAQBBvLXAAAsNKBgQAAEAAABIFxAADwBB3LXAAAtpMBgQAA4AAAA+GBAAGAAAAFYYEAAOAAAAZBgQAAUAAABkGBAABQAAAIQYEAAEAAAAaRgQABAAAACoGBAAAQAAAHkYEAAKAAAABAAAAAAAAAClAhAAAQAAAKUCEAABAAAAAQAAAAAAAAABAEHwtsAACwWwGBAAGgBBgLfAAAtJyhgQAAYAAADKGBAABgAAANwYEAAEAAAAehQQABEAAAAQGRAAAgAAANAYEAALAAAAqBgQAAEAAAClAhAAAQAAACAOEAABAAAAAQBB07fAAAsOASgYEAABAAAASBcQAA8AQfS3wAALBSAZEAANAEGEuMAAC2ktGRAADQAAAFoREAAEAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBACgYEAABAAAASBcQAA8AQYC5wAALBSAZEAANAEGQucAAC2ktGRAADQAAAIsZEAAFAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAAAJDhAAAQAAAAEAAAAAAAAAAQEBACgYEAABAAAASBcQAA8AQYy6wAALBSAZEAANAEGcusAAC2ktGRAADQAAAJAZEAAFAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBACgYEAABAAAASBcQAA8AQZi7wAALBSAZEAANAEGou8AAC2ktGRAADQAAAJUZEAAIAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAAABAAAAAAAAAJ0ZEAAaAAAAAQEBACgYEAABAAAASBcQAA8AQaS8wAALBSAZEAANAEG0vMAAC2ktGRAADQAAALcZEAAHAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAADwDRAAAQAAAAEAAAAAAAAAAQEBACgYEAABAAAAvhkQAAkAQbC9wAALBSAZEAANAEHAvcAAC3EtGRAADQAAAMcZEAAFAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAAAQAAAAAAAAAiBkQAAMAAAABAAAAAAAAAAEAAAAAAAAAAQEBACgYEAABAAAASBcQAA8AAADMGRAAGwBBvL7AAAsFIBkQAA0AQcy+wAALaS0ZEAANAAAA5xkQAAYAAABaERAABAAAAFAZEAAHAAAAOhkQAAsAAAAAGhAAAgAAAEUZEAAJAAAABAAAAAAAAACIGRAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEAKBgQAAEAAABIFxAADwBByL/AAAsFIBkQAA0AQdi/wAALywUtGRAADQAAABAaEAAIAAAAWhEQAAQAAABQGRAABwAAADoZEAALAAAAqBgQAAEAAABFGRAACQAAABgaEAABAAAAiBkQAAMAAAABAAAAAAAAACAaEAANAAAAAQEAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbgAAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccZxAhAADgAAACEAAAA1AAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAywEQAFoAAADpBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQAAMsBEABaAAAA7wQAAA0AAADLARAAWgAAAE0FAAAeAAAAzwAQAE4AAABxBwAAEQAAADQEEAAhFxAA/wQQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB6ARAAUAAAACwDAAAJAAAAJgIQAEoAAAApAgAACQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAegEQAFAAAAAcAAAABQAAAAICAgICAgICAgICAEHAxcAACwgCAgAAAAAAAgBB98XAAAsBAgBBncbAAAsBAQBBuMbAAAsBAQBBmMfAAAvIAjAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQaLKwAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABB4MrAAAsZYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwBBws7AAAsHAQD/DwAAFwBB1M7AAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=";

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
  for (const key of names.split(",")) {
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
