// oidc-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy oidc-bridge --file functions/dist/oidc-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:f2a11de56cdb383501f3981c53aed99c3edf426708b8bc6f8256635a4f4e0bf3
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
       * `env` is the `{name: value}` JSON of the secrets named by [`Bridge::env_keys`].
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
       * Once a token is minted and BRIDGE_CLAIMS maps claims: the mapped claims as one JSON
       * object (`{}` when the token carried none), which JS records before the reply leaves;
       * undefined otherwise.
       * @returns {string | undefined}
       */
      get claims() {
        const ret = wasm2.bridgesession_claims(this.__wbg_ptr);
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
var WASM_BASE64 = "AGFzbQEAAAABmAEXYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2ABfwF/YAR/f39/AGAEf39/fwF/YAACf39gAX8Cf39gAABgBX9/f39/AGAKf39/f39/f39/fAF/YAR/f39+AGAFf39/f3wAYAZ/f39/f38AYAN/f3wAYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAABf2ACf38Cf39gAX8BfAJ5AhUuL2luc2ZvcmdlX2VkZ2VfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAAVLi9pbnNmb3JnZV9lZGdlX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUACgOPAo0CBAIABgACAAUDAgcBAAwGDQEABAsGAgMAAwAAAAAHBAMODwMHBgICAAICBQcDBgcAAAcAEAIAAwARAAIHAwEABgACAwQCBgACAgQFBgAAAAMBAQAAAAACAgIABgAAAgIDAAQACgMAAgMGAAIAAwECBQMBBAYGBgULAgIDAgICAAcSAgUAAAAAAAEFBwAAAwAGAgAABQcCAgAEARMEAAIDAwMDAwMEBAQECwABAAAUFQEBAAACAAAJCQkJCQkJCQkHAQEGAAAAAQEAAAQHAAQBAQECAQEAAAEEBQQBBQAABAUAAQEDAQEFAgMDBQIFBQEBAQMHFgUBAQEFAQEFAQEBAQEBAQMBAQoAAQUFCgYECQJwARkZbwCECAUDAQARBhkDfwFBgIDAAAt/AEHYzcAAC38AQYjOwAALB4cFHAZtZW1vcnkCABFfX3diZ19icmlkZ2VfZnJlZQBUGF9fd2JnX2JyaWRnZXNlc3Npb25fZnJlZQBVDGJyaWRnZV9iZWdpbgAPD2JyaWRnZV9lbnZfa2V5cwCwAQpicmlkZ2VfbmV3AC0RYnJpZGdlc2Vzc2lvbl9hbGcAuwEUYnJpZGdlc2Vzc2lvbl9jbGFpbXMAvgEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAFgbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsALgBEmJyaWRnZXNlc3Npb25fZmFpbABZFmJyaWRnZXNlc3Npb25fandrc191cmwAvwERYnJpZGdlc2Vzc2lvbl9rZXkAvAESYnJpZGdlc2Vzc2lvbl9raW5kAPUBE2JyaWRnZXNlc3Npb25fcmVwbHkAvQEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AFoXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAwAEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA1G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dAC5ARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAIhxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0ALoBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAHQSX193YmluZGdlbl9yZWFsbG9jAIEBD19fd2JpbmRnZW5fZnJlZQDpARBfX3diaW5kZ2VuX3N0YXJ0AAEJKwEAQQELGIUCGKYBS5YBJfQBH6ABPqQBRKUBGqMBLqIBjwGnASChATiNAhQMASMKkPoDjQKzCQEMfyMAQaABayICJAAgAiAANgJAIAIgACABajYCRCACQUBrIgYoAgAhCCAGKAIEIQUDQAJAIAgiAyAFRg0AIAYgA0EBaiIINgIAIAMtAAAiB0HcAEYNACAHQf8Aa0H/AXFBoQFLDQELCwJAIAMgBUcNACACQThqQeGHwABBCCAAIAEQqgECfyACKAI4IggEQCAIIQMgAigCPAwBCyACQTBqQemHwABBByAAIAEQqgEgAigCMCIDRQ0BIAIoAjQLIQAgAkEBOwFoIAJCADcCXCACIAM2AlQgAiADNgJMIAJBIzYCSCACQq+AgIDwBzcCQCACIAA2AmQgAiAANgJQIAIgACADajYCWCACQdQAaiEBAkACQANAIAJBKGogARBAIAIoAiwiBEGAgMQARg0BIAIoAighCUEAIQADQCAAQQxGDQEgAkFAayAAaiAAQQRqIQAoAgAgBEcNAAsLIAMgAigCYCIBaiEAIAkgAWshBAwBC0EAIQAgAi0AaQ0AAkAgAi0AaEEBRgRAIAIoAmQhAyACKAJgIQEMAQsgAigCZCIDIAIoAmAiAUYNAQsgAigCTCABaiEAIAMgAWshBAtBACEHIAJBIGogAEEBIAAbIgEgBEEAIAAbIgBB2wAQagJAAkACQCACKAIgIgoEQCACQUBrIAogAigCJEHdABBBIAIoAkAiAUUNAiACKAJEIQAgAkEYaiACKAJIIAIoAkwiA0E6EGogAigCGCIHRQ0BIAIoAhwhCQwDCyACQUBrIAEgAEE6EEEgAigCQCIDRQ0CIAIoAkwhCSACKAJIIQcgAigCRCEAIAMhAQwCC0EAIQcgA0UNAQtBACEEDAELIAIgADYCcCACIAE2AmxBACEEIAIgCkEARzoAdyAARQ0AIAIgATYCQCACIAAgAWo2AkQgAkFAayILKAIAIQYgCygCBCEMIAJB9wBqLQAAQQFxIQ0DQAJAIAYiAyAMRg0AIAsgA0EBaiIGNgIAIAMtAAAhBSANRQRAIAVBMGtB/wFxQQpJIAVB3wFxQcEAa0H/AXFBGklyIAVB3wBGIAVBLWtBAklycg0CDAELIAVBLkYgBUEwa0H/AXFBC0lyIAVB3wFxQcEAa0H/AXFBBklyDQELCyADIAxHDQACQAJAIAdFBEAgCEUNAQwCCyAIIAcgCUEFEGkiBEVyDQILIApFBEAgASAAQfCHwABBCRAzDQEgAkH4AGoiAyABIABBLhDEASACQRBqIAMQHiACIAIpAxA3AkBBACEEIAJBQGtBiIjAABCaAUUNAiACIAIpAng3A0AgAiACKQKAATcDSCACIAIpAogBNwNQIAIgAigCkAE2AlggAiACLwGcATsBZCACIAIpApQBNwJcQQQhAANAIABBAWshACACQQhqIAJBQGsQHiACKAIIDQALIAANAgNAIAIgAkH4AGoQHiACKAIAIgBFIQQgAEUNAyAAIAIoAgQiAUEDEGlFDQNBACEDA0AgAQRAIANBCmwgAC0AAEEwa0H/AXFqIQMgAUEBayEBIABBAWohAAwBCwsgA0GAAkkNAAsMAgsgAkHsAGpB/IfAABDgASEEDAELQQEhBAsgAkGgAWokACAEC6EHAgR/CH4jAEEgayIEJAACQAJAIAJBE00NACABLQAEQS1HDQAgAS0AB0EtRw0AIAEtAAoiA0EgRiADQfQARnJFIANB1ABHcQ0AIAEtAA1BOkcNACABLQAQQTpHDQAgBCACNgIMIAQgATYCCCAEQRBqIgMgBEEIaiIFQQBBBBAFAn4CQAJAAkAgBCkDEEIBUg0AIAQpAxghCSADIAVBBUEHEAUgBCkDEEIBUg0AIAQpAxghByADIAVBCEEKEAUgBCkDEEIBUg0AIAQpAxghCiADIAVBC0ENEAUgBCkDEEIBUg0AIAQpAxghCyADIAVBDkEQEAUgBCkDEEIBUg0AIAQpAxghDCADIAVBEUETEAUgBCkDEEIBUiAHQgF9QgtWciAKQgBXcg0AIAQpAxghDUIfIQgCQCAHQgtWDQBCASAHhkLQFINQBEAgB0ICUg0BQh1CHUIcIAlC5ACBQgBSG0IcIAlCA4NQGyAJQpADgVAbIQgMAQtCHiEICyAIIApUIAtCF1VyIAxCO1UgDUI8VXJyDQBBEyEDIAEtABNBLkYEQEEUIQMDQAJAIAIgA0YEQCACIQMMAQsgASADai0AAEEwa0H/AXFBCUsNACADQQFqIQMMAQsLIANBFEYNAQsgAiADTQ0AAkACQAJAAkAgASADai0AACIGQStrDgMCBAEACyAGQfoARwRAIAZB2gBHIANBAWogAkdyDQQMBgsgA0EBaiACRg0FDAMLIANBBmogAkcNAiACIANBA2oiBUsEQCABIAVqLQAAQTpGDQIMAwsgBSACQejBwAAQXwALIANBBmogAkcNASADQQNqIgUgAk8NAiABIAVqLQAAQTpHDQELIARBEGoiASAEQQhqIgIgA0EBaiAFEAUgBCgCEEUNACAEKQMYIQggASACIANBBGogA0EGahAFIAQpAxBCAVIgCEIXVXINACAEKQMYIg5CO1UNAEIAIA5CPH4gCEKQHH58Igh9IAggBkErRhsMAwsgAEIANwMADAQLIAUgAkHowcAAEF8AC0IACyEIIABCATcDACAAIAxCPH4gC0KQHH58IA18IAh8IAogB0IJfEIMgadBmQFsQQJqwUEFba3DfCAJIAdCA1OtfSIHIAdCkAN/IglCkAN+fUI/hyAJfCIJQrH1CH58IAlC8Hx+IAd8IgdCBH98IAdC7QJ+fCAHQpx/f3xC7fQrfUKAowV+fDcDCAwBCyAAQgA3AwALIARBIGokAAuvBgEOfyMAQZABayICJAAgAkEEaiIEQQBBwAD8CwAgAkKAgICAwAA3AlAgAkHAADYCSCACIAE2AkQgAiABQUBrNgJMIAJBxABqIgMiASgCECIFRQRAQYjDwAAQ9wEACyABKAIEIAVuIQUgAkHYAGoiASADNgIEIAEgBDYCACABQQA2AhwgASADKQIANwIIIAEgAykCCDcCECABIAMoAhA2AhggASAFIAMgBGtBAnYiASABIAVLGzYCICACKAJ0IgYgAigCeCIBIAEgBkkbIQggAigCYCAGIAIoAnAiBGxqIQUgAigCWCEJA0AgBiAIRwRAQQAhByAEBEAgBSEBIAQhAwNAIAEtAAAgB0EIdHIhByABQQFqIQEgA0EBayIDDQALCyAJIAZBAnRqIAZBAWohBiAHNgIAIAQgBWohBQwBCwsgACgCHCENIAAoAhghCSAAKAIUIQEgACgCECEIIAAoAgwhDiAAKAIIIQYgACgCBCEHIAAoAgAhCkEAIQNBgH4hCwNAIAkhBSABIQkgCCEBIAYhBCAHIQYgCiEHAkACQCALBEAgA0EBaiEPIANBD0sNASADIQgMAgsgAkIANwKIASACIA02AoQBIAIgBTYCgAEgAiAJNgJ8IAIgATYCeCACIA42AnQgAiAENgJwIAIgBjYCbCACIAc2AmggAkHoAGohA0EAIQEDQCABQSBHBEAgACABaiIEIAQoAgAgASADaigCAGo2AgAgAUEEaiEBDAELCyACQZABaiQADwsgAkEEaiIKIANBD3EiCEECdGoiDCADQQlqQQ9xQQJ0IApqKAIAIAwoAgAgD0EPcUECdCAKaigCACIMQRl3IAxBDndzIAxBA3ZzamogA0EOakEPcUECdCAKaigCACIDQQ93IANBDXdzIANBCnZzajYCAAsgAkEEaiAIQQJ0aigCACALQejBwABqKAIAIAEgCXEgAUEadyABQRV3cyABQQd3c2ogDWogBSABQX9zcWpqaiIDIAQgBnMgB3EgBCAGcXMgB0EedyAHQRN3cyAHQQp3c2pqIQogAyAOaiEIIAtBBGohCyAEIQ4gBSENIA8hAwwACwAL+AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahBxDQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HEDogBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQfiAEKAIoQQFHDQYgBDUCLCIJQgBSIAcgByAJfSIHVXMNBiABQQFqIQEgAkEBaiECDAALAAsgAiADa0EBaiECA0AgAkUNAyAEQSBqIAEtAABBChB+IAQoAiBBAUcNBCACQQFqIQIgAUEBaiEBIAdCCn4gBDUCJH0hBwwACwALIAVBAWshBSABQQFqIQELIAVBEE8EQANAIAVFDQIgBEEQaiAHIAdCP4cQOiAEKQMYIAQpAxAiB0I/h1INBCAEQQhqIAEtAABBChB+IAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChB+IAQoAgBBAUcNAiABQQFqIQEgBUEBayEFIAQ1AgQgB0IKfnwhBwwACwALIAAgBzcDCEIBIQgMAQsLIAAgCDcDACAEQdAAaiQAC5AKAgp/AX4jAEHQAGsiAiQAIAEgASgCCEEBajYCCCACQQA2AiwgAkKAgICAEDcCJAJAA0ACQCACQSBqIAEQZyACLQAgRQ0AIAItACEiA0HcAEcEQCADQSJHBEAgA0EgSQ0CIAJBJGogAxCZAQwDCyACKAIkIQggAkHEAGohBiACKAIoIQMCQAJAIAIoAiwiBUUNACAFQQdrIgFBACABIAVNGyEKIANBA2pBfHEgA2shC0EAIQEDQAJAAkACQCABIANqLQAAIgfAIglBAE4EQCALIAFrQQNxDQEgASAKTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIAFBCGoiASAKSQ0ACwwCC0KAgICAkCAhDAJAAkACQAJAAkACQAJAAkACQCAHLQDwx0BBAmsOAwABAgcLIAFBAWoiBCAFSQ0CQgAhDAwGCyABQQFqIgQgBUkNAkIAIQwMBQsgAUEBaiIEIAVJDQJCACEMDAQLIAMgBGosAABBv39KDQMMBAsgAyAEaiwAACEEAkACQCAHQeABayIHBEAgB0ENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAlBH2pB/wFxQQxPBEAgCUF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgAyAEaiwAACEEAkACQAJAAkAgB0HwAWsOBQEAAAACAAsgCUEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgBSABQQJqIgRNBEBCACEMDAILIAMgBGosAABBv39KBEBCgICAgJDAACEMDAILQgAhDCABQQNqIgQgBU8NASADIARqLAAAQUBIDQJCgICAgJDgACEMDAELQgAhDCABQQJqIgQgBU8NACADIARqLAAAQb9/TA0BQoCAgICQwAAhDAsgBiAMIAGthDcCBCAGQQE2AgAMBgsgBEEBaiEBDAILIAFBAWohAQwBCyABIAVPDQADQCABIANqLAAAQQBIDQEgBSABQQFqIgFHDQALDAILIAEgBUkNAAsLIAYgBTYCCCAGIAM2AgQgBkEANgIACwJAAkAgAigCREUEQCACIAU2AjwgAiADNgI4IAIgCDYCNAwBCyACIAIpAkg3AjwgAiAFNgI4IAIgAzYCNCACIAg2AjAgCEGAgICAeEcNAQsgACACKAI8NgIIIAAgAikCNDcCAAwECyAAQYCAgIB4NgIAIAJBMGoQ+AEMAwsgAkEYaiABEGcgAi0AGEUNAAJAAkACQAJAAkACQAJAIAItABkiA0HuAGsOCAEHBwcCBwMGAAsCQAJAIANB4gBrDgUFCAgIAQALIANBIkYgA0EvRnIgA0HcAEZyDQUMBwtBDCEDDAQLQQohAwwDC0ENIQMMAgtBCSEDDAELQQghAwsgAkEkaiADEJkBDAILIAJBEGogARAyIAIoAhBBAXFFDQACQCACKAIUIgNBgHhxQYCwA0YEQCABQdwAEGNFDQEgAUH1ABBjRQ0BIAJBCGogARAyIAIoAghBAXFFDQIgAigCDCIFQYB4cUGAuANHDQIgA0EKdCAFakGAuP8aayEDCyACQQA2AjAgA0GAsANzQYCAxABrQYCQvH9JDQEgAiADIAJBMGoQbCACQSRqIAIoAgAiAyACKAIEIANqIANrEHoMAgsLCyAAQYCAgIB4NgIAIAJBJGoQ+AELIAJB0ABqJAALtQQCBH8BfiMAQaABayIDJAAgA0EMakEAQcAA/AsAIANBADYCbCADQdy/wAApAgA3AmQgA0HUv8AAKQIANwJcIANBzL/AACkCADcCVCADQcS/wAApAgA3AkwgAkEDdCECIANB7ABqIQQgA0HMAGohBQNAIAIEQCADQQxqIAEoAgAgASgCBCIGECsgAkEIayECIAFBCGohASAGrUIDhiAHfCEHDAEFAkBB5L/AACEBA0AgA0EMaiICIAFBARArQaWFwAAhASADKAJsQThHDQALIAMgB0I4hiAHQoD+A4NCKIaEIAdCgID8B4NCGIYgB0KAgID4D4NCCIaEhCAHQgiIQoCAgPgPgyAHQhiIQoCA/AeDhCAHQiiIQoD+A4MgB0I4iISEhDcDcCACIANB8ABqQQgQKyAAQgA3ABggAEIANwAQIABCADcACCAAQgA3AAAgA0EANgKYASADIAQ2ApQBIAMgBTYCkAEgA0EANgKAASADQQA2AnAgA0GAAWohAgNAIANBCGogA0HwAGoQUAJ/IAMtAAgEQCADLQAJDAELAkAgAygCkAEiAUUNACABIAMoApQBRg0AIANCATcCcCADQQQ2AnggAyABQQRqNgKQASADIAEoAgAiAUH/gfwHcUEIeCABQRh4Qf+B/AdxcjYCfAwCCyADIAIQUCADLQAARQ0CIAMtAAELIQEgACADKAKYASIEQR9xaiABOgAAIAMgBEEBajYCmAEMAAsACwsLIANBoAFqJAAL/wcCCX8DfiMAQSBrIgMkACADQQhqIAEQNwJAIAMtAAhFBEAgAEEGOgAADAELAkACQAJAAkACQAJAAkAgAy0ACSIIIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCAIQTBrQf8BcUEKTw0JCyADQRBqIQUjAEEwayIEJAAgAUEtEGMhCSABKAIIIQICQCABEExFBEAgBUIDNwMADAELAkAgASgCCCIGIAJJIAYgASgCBCIHS3JFBEAgASgCACACaiEHIAYgAmsiBkEBTQ0BIActAABBMEcNASAFQgM3AwAMAgsgAiAGIAdBtIzAABAQAAsDQAJAIAshDCAGIgJFDQAgBEEgaiAMQgAQOiAEKQMoQgBSDQAgAkEBayEGIActAAAhCiAHQQFqIQcgBCkDICINIApBMGutQv8Bg3wiCyANWg0BCwsCQAJAIAFBLhBjRQRAIARBGGogARCQASAELQAYBEAgBC0AGUEgckHlAEYNAgsgAkUgCXFFBEBCAkIAIAIbIQsMAwtCAUICIAxCAX1CAFkbIQtCACAMfSEMDAILIAEQTEUEQCAFQgM3AwAMAwsgBEEQaiABEJABQgIhCyAELQAQBEAgBC0AEUEgckHlAEYNAQsMAQsgASABKAIIIgJBAWo2AgggBEEIaiABEJABAkAgBC0ACEUNAAJAIAQtAAlBK2sOAwABAAELIAEgAkECajYCCAsgARBMBEBCAiELDAELIAVCAzcDAAwBCyAFIAw3AwggBSALNwMACyAEQTBqJAAgAykDECILQgNRDQkgAykDGCEMQQIhAgwMCyABQf+LwABBBBBuRQ0JQQAhAgwLCyABQYOMwABBBBBuRQ0BQQEhCEEBIQIMCgsgAUGHjMAAQQUQbkUNAUEBIQJBACEIDAkLIABBBjoAAAwJCyAAQQY6AAAMCAsgA0EQaiABEAYgAygCECIBQYCAgIB4Rg0FIAMpAhQhC0EDIQIMBgsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGMjMAAECRFBEAgAEEGOgAAIAIQ+wEMBwsgAygCECEBIAMpAhQhC0EEIQIMBQsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGgjMAAEApFBEAgAEEGOgAAIAIQ+QEMBgsgAygCECEBIAMpAhQhC0EFIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgDDcDECAAIAs3AwggACABNgIEIAAgCDoAASAAIAI6AAALIANBIGokAAurEQIKfwF+AkACQAJAIABB9QFPBEAQrwEgAE0NAiAAQQtqQXhxIQBBqM3AACgCAEUNAUEAIABrIQMCQAJAAkAgABB4IgZBAnRBjMrAAGooAgAiAUUNACAAIAYQ3QF0IQcDQAJAIAEoAgRBeHEiBSAASQ0AIAUgAGsiBSADTw0AIAEhAiAFIgMNAEEAIQMgASEEDAQLIAQgASgCFCIFIAUgASAHQR12QQRxaigCECIBRhsgBCAFGyEEIAdBAXQhByABDQALIAQNASACRQ0AQQAhBAwBC0EAIQFBASAGdBDoAUGozcAAKAIAcSICRQRAQQAhBAwCCyACaEECdEGMysAAaigCACEEDAELIAIhAQsDQCAEBEAgAyAEKAIEQXhxIgIgAGsiBSADIAMgBUsiBRsgACACSyICGyEDIAEgBCABIAUbIAIbIQEgBBDhASEEDAELC0EAIQQCQCABRQ0AIABBrM3AACgCACICTSADIAIgAGtPcQ0AIAAgAWohAiABEBICQCADQRBPBEAgASAAQQNyNgIEIAIgAxDeASACIAMQygEMAQsgASAAIANqEMsBCyABEIsCIQQLIAQiAQ0CDAELQaTNwAAoAgBBECAAQQtqQfgDcSAAQQtJGyIAQQN2IgF2IgJBA3EEQCACQX9zQQFxIAFqIgFBA3QiAkGMysAAaiIAQZABaiAAQZgBaigCACIAIAEQlwEgACACEMsBIAAQiwIPCyAAQazNwAAoAgBNDQAgAkUEQEGozcAAKAIARQ0BQajNwAAoAgBoQQJ0QYzKwABqKAIAIgIoAgRBeHEgAGshAyACIQEDQCABEOEBIgEEQCABKAIEQXhxIABrIgQgAyADIARLIgQbIQMgASACIAQbIQIMAQsLIAAgAmohASACEBICQCADQRBPBEAgAiAAQQNyNgIEIAEgAxDeASABIAMQrgEMAQsgAiAAIANqEMsBCyACEIsCIgFFDQEMAgtBASABdBDoASACIAF0cWgiAkEDdCIEQYzKwABqIgFBkAFqIAFBmAFqKAIAIgEgAhCXASABIABBA3I2AgQgACABaiICIAQgAGsiABDeASACIAAQrgEgARCLAg8LQazNwAAoAgAiAiAATw0BIABBsM3AACgCACIBTwRAIwBBEGsiBSQAIAVBBGohAQJ/AkAgAEHQzcAAKAIAIgJqQS9qQQAgAmtxIgJFDQBB+M3AAC0AAEH4zcAAQQE6AABBkM7AACEEIAJB8LEDS3INAEHwsQMMAQtBACEEQQAgAkEQdiACQf//A3FBAEdqIgJAACIDQX9GDQAaIAJBEHQiAkEQayACIANBEHQiBEEAIAJrRhsLIQIgAUEANgIIIAEgAjYCBCABIAQ2AgACQCAFKAIEIgJFDQAgBSgCDCEHQbzNwAAgBSgCCCIEQbzNwAAoAgBqIgE2AgBBwM3AACABQcDNwAAoAgAiAyABIANLGzYCAAJAAkACQAJAAkACQAJAQbjNwAAoAgAEQEGMy8AAIgMhAQNAIAFFDQMgARD2ASACRg0CIAEoAgghAQwACwALQcjNwAAoAgAiAUUgASACS3INBAwFCyABKAIMIgZBAXEgBkEBdiAHR3INACABKAIAIgZBuM3AACgCACIITQR/IAggBiABKAIEakkFQQALDQELQcjNwABByM3AACgCACIBIAIgASACSRs2AgAgAiAEaiEBA0AgA0UNAiABIAMoAgAiBkcEQCADKAIIIQMMAQsLIAMoAgwiAUEBcSABQQF2IAdHcg0BIAMgAjYCACADIAMoAgQgBGo2AgQgAhDaASEEIAYQ2gEhASAAIARqIQIgBCAAQQNyNgIEIAEgAmshAAJAAkBBuM3AACgCACABRwRAIAFBtM3AACgCAEYNASABKAIEIgNBA3FBAUYEQCABIANBeHEiAxDOASABIANqIQEgACADaiEACyACIAAgARC1ASACIAAQygEMAgtBuM3AACACNgIAQbDNwABBsM3AACgCACAAaiIANgIAIAIgAEEBcjYCBAwBC0G0zcAAIAI2AgBBrM3AAEGszcAAKAIAIABqIgA2AgAgAiAAEN4BCyAEEIsCIQkMBQsgASABKAIEIARqNgIEQbjNwAAoAgBBsM3AACgCACAEahBXDAMLQbjNwAAoAgAiAxCLARD2ASIKQS9rIQEgAyABIAEQiwIiBkEHakF4cSAGa2oiASABIANBEGpJGyIGEIsCIQggBkEYaiEBIAIgBEEoaxBXIAZBGzYCBEGMy8AAKQIAIQsgCEGUy8AAKQIANwIIIAggCzcCAEGYy8AAIAc2AgBBkMvAACAENgIAQYzLwAAgAjYCAEGUy8AAIAg2AgADQCABQQc2AgQgAUEEaiIBQQRqIApJDQALIAMgBkcEQCADIAYgA2siASABIANqELUBIAMgARDKAQsMAgtByM3AACACNgIAC0GYy8AAIAc2AgBBkMvAACAENgIAQYzLwAAgAjYCAEHMzcAAQdTNwAAoAgAiAUF/IAEbNgIAQQAhAQNAIAFBgAJHBEAgAUGMysAAaiIDQZgBaiADQZABaiIHNgIAIANBnAFqIAc2AgAgAUEIaiEBDAELCyACIARBKGsQVwtBsM3AACgCACIBIABNDQBBsM3AACABIABrIgI2AgBBuM3AACAAQbjNwAAoAgAiAWoiBDYCACAEIAJBAXI2AgQgASAAQQNyNgIEIAEQiwIhCQsgBUEQaiQAIAkPC0GwzcAAIAEgAGsiAjYCAEG4zcAAIABBuM3AACgCACIBaiIENgIAIAQgAkEBcjYCBCABIABBA3I2AgQgARCLAiEBCyABDwtBtM3AACgCACEBAkAgAiAAayIEQRBPBEBBrM3AACAENgIAQbTNwAAgACABaiICNgIAIAIgBBDeASABIABBA3I2AgQMAQtBtM3AAEEANgIAQazNwABBADYCACABIAIQywELIAEQiwILvwQCB38BfiMAQUBqIgMkACAAQfsAEEUEQCADQQA2AiQgA0KAgICAwAA3AhwgA0EYaiAAEDcCQCADLQAYRQ0AAkAgAy0AGUH9AEYNACACKAIQIQcDQCADQRBqIAAQNyADLQAQRQ0CIAMtABFBIkcNAiADQTRqIAAQBiADKAI0IgJBgICAgHhGDQIgAyADKQI4Igo3AiwgAyACNgIoAkACQCADKAIkIgJBgAJGDQAgAkEMbCECIAMoAiAiBUEEaiEEIANBKGoiBigCBCEIIAYoAgghBgNAAkAgAkUNACAGIAUoAghGBEAgBCgCACAIIAYQ8wENAQsgBUEMaiEFIAJBDGshAiAEQQxqIQQMAQsLIAINACADQQhqIAAQNyADLQAIRQ0AIAMtAAlBOkcNACAAIAAoAghBAWo2AgggASAAIAqnIApCIIinIAcRBwBFDQAgAygCJCIFIAMoAhxGBEAjAEEQayICJAAgAkEIaiADQRxqIgQgBCgCAEEBQQRBDBAjIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ3wEACyACQRBqJAALIAMoAiAgBUEMbGoiAiADKAIwNgIIIAIgAykCKDcCACADIAVBAWo2AiQgAyAAEDcgAy0AAEUNBCADLQABIgJBLEYNASACQf0ARw0EDAMLIANBKGoQ+AEMAwsgACAAKAIIQQFqNgIIDAALAAtBASEJIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBHGoQ/AELIANBQGskACAJC4gDAQd/IwBBMGsiAyQAAkAgAkEDcUEBRgRAIABBgICAgHg2AgAMAQsgA0EIaiACQQJ2QQNsQQJqQQFBARBcIANBADYCHCADIAMpAwg3AhRB34fAAC0AACEIQeCHwAAtAAAhCQNAAkACQAJAIAIEQCABLQAAIgVBwQBrIgZB/wFxQRpJDQMgBUHhAGtB/wFxQRpJDQICQCAFQTBrQf8BcUEKTwRAIAUgCEcNAUE+IQYMBQsgBUEEaiEGDAQLIAUgCUcNAUE/IQYMAwsgAyADKAIcNgIoIAMgAykCFDcDICAEBEAgAEGAgICAeDYCACADQSBqEPgBDAULIAAgAygCHDYCCCAAIAMpAhQ3AgAMBAsgAEGAgICAeDYCACADQRRqEPgBDAMLIAVBxwBrIQYLIAZB/wFxIARBBnRyIQQCQCAHQQFNBEAgB0EGaiEHDAELIANBFGogBCAHQQJrIgd2EJkBIARBfyAHdEF/c3EhBAsgAUEBaiEBIAJBAWshAgwACwALIANBMGokAAvFAwIEfwF+IwBBgAFrIgQkACAEQQxqIgYgAiADQS8QxAEgBEEBNgI0IARBOGoiAiAGEBkCQAJAIAQoAjgiA0GAgICAeEYNACAEIAQpAjwiCDcCdCAEIAM2AnAgACABIAinIAhCIIinED0hBSAEQfAAahD4ASAFRQ0AIAIgBkEs/AoAAANAIARB5ABqIARBOGoQGSAEKAJkQYCAgIB4Rg0CIAQgBCgCbCIANgJ4IAQgBCkCZDcDcEEBIQYCQCAAQQVPDQAgBCgCdCECIARB8ABqQZCawAAQqQFFBEAjAEEQayIDJAAgA0EANgIMIANBMCADQQxqEGwgAiAAIAMoAgAgAygCBBDNASADQRBqJAANAQtBACEBIAAhAwNAIANBAEchBiADRQ0BIAItAABBMGtB/wFxIgcgAUEKbGohASADQQFrIQMgAkEBaiECIAdBCkkNAAsLAkACQAJAAkAgBS0AAEEEaw4CAQADCyAFKAIIIAUoAgwgBCgCdCAAED0iBQ0BDAILIAYNASABIAUoAgxPDQEgBSgCCCABQRhsaiEFCyAEQfAAahD4AQwBCwsgBEHwAGoQ+AELQQAhBQsgBEGAAWokACAFC/gDAQN/IAAQjAIiACAAKAIEQXhxIgFqIQICQAJAAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEG0zcAAKAIARgRAIAIoAgRBA3FBA0cNAUGszcAAIAE2AgAgACABIAIQtQEPCyAAIAMQzgELAkACQCACKAIEIgNBAnFFBEAgAkG4zcAAKAIARg0CIAJBtM3AACgCAEYNBSACIANBeHEiAhDOASAAIAEgAmoiARDeASAAQbTNwAAoAgBHDQFBrM3AACABNgIADwsgACABIAIQtQELIAFBgAJJDQIgACABEBxBzM3AAEHMzcAAKAIAQQFrIgA2AgAgAA0BEGUPC0G4zcAAIAA2AgBBsM3AAEGwzcAAKAIAIAFqIgE2AgAgACABQQFyNgIEQbTNwAAoAgAgAEYEQEGszcAAQQA2AgBBtM3AAEEANgIACyABQcTNwAAoAgBNDQACQBCvAUUNAEG4zcAAKAIAIgBFDQACQEGwzcAAKAIAQShLBEBB0M3AACgCAEUNASAAEIsBGgsQZUGwzcAAKAIAQcTNwAAoAgBNDQFBxM3AAEF/NgIADAELQfjCwAAQ9wEACwsPCyAAIAEQQg8LQbTNwAAgADYCAEGszcAAQazNwAAoAgAgAWoiATYCACAAIAEQ3gELyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQZg0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBqIXAABAQAAsgACAUNgIAIApBEGokAAutVgIRfwV+IwBBoAJrIgskACALIAI2AgQgCyABNgIAIAsgAzYCCCALIAQ2AgwgCyAFNgIQIAsgBjYCFCALIAc2AhggCyAINgIcIAsgCTkDICALIAA2ApgCIAsgC0GfAmoiADYClAIgCyAANgKQAiALIAA2AowCIAsgC0EgajYCiAIgCyAANgKEAiALIAA2AoACIAsgC0EcajYC/AEgCyALQRhqNgL4ASALIAA2AvQBIAsgADYC8AEgCyALQRRqNgLsASALIAtBEGo2AugBIAsgADYC5AEgCyAANgLgASALIAtBDGo2AtwBIAsgC0EIajYC2AEgCyAANgLUASALIAA2AtABIAsgC0EEajYCzAEgCyALNgLIASALQShqIRkjAEHAAWsiBiQAAkACQCALQcgBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBkHPADYCRCAGQZKGwAA2AkAgBkEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAYgAjYCRCAGIAE2AkAgBiABQQRqNgI8QQAhAQwCCyAGQRs2AkQgBkH3hcAANgJAIAZBADYCPEEBIQEMAQsACyAGQTBqIAAoAgAoAgAgACgCBCgCABB9IAZBADYCSCAGIAYoAjQiBDYCUCAGIAYoAjAiBTYCTCAGQdQAaiAAKAIQKAIAIAAoAhQoAgAQSiAGQeAAaiAAKAIgKAIAIAAoAiQoAgAQSiAGQewAaiAAKAIwKAIAIAAoAjQoAgAQmAECQAJAIAENACAGKAJUQYGAgIB4Rg0AIAYoAmBBgYCAgHhGDQAgBigCbEGAgICAeEYNACAGIAYpAlQ3A5ABIAYgBigCXDYCmAEgBiAGKQJgNwOgASAGIAYoAmg2AqgBIAYgBigCdDYCuAEgBiAGKQJsNwOwASAAKAJAKwMAIQkgBiAGKAJENgKAASAGIAYpAjw3A3ggBiAENgKMASAGIAU2AogBIAYoAnghAiAGQZABaiEHIAZBoAFqIQogBkGwAWohDSMAQdABayIIJAACQCACKAIAQYCAgIB4RwRAIAIvARghECAIQaABaiEAIwBBIGsiASQAIAIoAgQhFSABIAIoAggiD0EEQRQQXCABKAIAIg4gD0H/////A3EiAyADIA5LGyEMQQAhAyABKAIEIREDQCAMBEAgAUEMaiADIBVqENcBIAMgEWoiEyABKAIcNgIQIBMgASkCFDcCCCATIAEpAgw3AgAgDEEBayEMIANBFGohAwwBCwsgACAPNgIIIAAgETYCBCAAIA42AgAgAUEgaiQAIAhBrAFqIAJBDGoQViAIIBA7AbgBIwBBIGsiASQAIAEgBSAEEDwCQAJAIAEoAgQiAiABKAIIIgNBrajAAEEEEMEBRQRAIAIgA0GPqsAAQQcQwQFFDQELIAhBADYCmAEgCEKAgICAwAA3A4ABIAhCgICAgICAgICAfzcDiAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEPgBDAELIAFBAzYCDCAIQQhqIAFBDGoQngEgCEKAgICAwAA3A4ABIAhBADYCmAEgCEKAgICAgICAgIB/NwOIASAIQgI3AwAgARD4ASAAEPABCyABQSBqJAAgGSAIQaAB/AoAACANEPgBIAoQ4wEgBxDjAQwBCyAIQaABaiITIAUgBBBJIAggBygCCDYCwAEgCCAHKQIANwK4ASAIIAopAgA3AsQBIAggCigCCDYCzAEgCCANKQIANwKsASAIIA0oAgg2ArQBIAn8BiEdIwBBwARrIgQkACAEQQhqIBNBGGoQxwEgAkEEaigCACIYQQhqIg0hAiAEKAIIIQMgBCgCDCEKIwBBIGsiACQAIARB4AFqIgUCfyAFAn8gAigCSEGAgICAeEcEQCADBEAgAigCUEEMbCEBIAIoAkwhBwNAQQQgAUUNBBogACAHNgIIIAAgAyAKECogACAAKQMANwIUIAFBDGshASAHQQxqIQcgAEEIaiICIABBFGoiDBCdAUUNAAtBBEEoEM8BIQEgAiADIAoQSSAMQfarwABBBhBJIAFBGzYCBCABQdurwAA2AgAgAUEENgIYIAFB/KvAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQzwEhASAAQRRqQfarwABBBhBJIAFBBDYCBCABQfyrwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBDPASEBIABBFGpBgJ/AAEEBEEkgAUEbNgIEIAFB26vAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBSABNgIIIAUgAjYCBEEVCzYCACAAQSBqJAACQAJAAkAgBCgC4AFBFUcEQCAEIAQoAvABNgIwIAQgBCkC6AE3AyggBCAEKQLgATcDICAIQQhqIARBIGoQngEgCEKAgICAwAA3A4ABIAhBADYCmAEgCEKAgICAgICAgIB/NwOIASAIQgI3AwAMAQsgBCAEKALsATYCGCAEIAQpAuQBNwMQIARBvAFqIBMoAgQgEygCCBA8AkACQCAEKALAASIAIAQoAsQBIgFBj6rAAEEHEMEBRQRAIAAgAUGtqMAAQQQQwQENASAEQQM2AuABIARBQGsgBEHgAWoQngEgBEICNwM4DAILIARBBTYCjAIgBEGErsAANgKIAiAEQRY2AoQCIARB7q3AADYCgAIgBEEyNgL8ASAEQbytwAA2AvgBIARBHDYC9AEgBEGgrcAANgLwASAEQQ02AuwBIARBk63AADYC6AEgBEEcNgLkASAEQfeswAA2AuABIwBBIGsiAyQAIANBCGogBEGQAmoiBSAEQeABaiIAa0EEdkEEQRQQXCADQQA2AhwgAyADKQMINwIUIwBBEGsiByQAIANBFGoiCiAFIAAiAWtBBHYiAhC0ASAKKQIEIRsgByAKQQhqNgIEIAcgG0IgiTcCCCMAQSBrIg0kACAHQQRqIgwoAgQhCiAMKAIAIAAgBUcEQCAMKAIIIApBFGxqIQUgAiAKaiEKIA1BFGohDANAIAEpAgAhGyAMIAFBCGooAgAgAUEMaigCABBJIAUgGzcCACAFIA0pAhQ3AgggBSANKAIcNgIQIAFBEGohASAFQRRqIQUgAkEBayICDQALCyAKNgIAIA1BIGokACAHQRBqJAAgBEGYA2oiASADKAIcNgIIIAEgAykCFDcCACADQSBqJAAgAEGNmsAAQQEQSSAEKAKgAyICIAQoApgDRgRAIwBBEGsiACQAIABBCGogASABKAIAQQFBBEEUECMgACgCCCIBQYGAgIB4RwRAIAEgACgCDBDfAQALIABBEGokAAsgBCgCnAMgAkEUbGoiACAEKALoATYCECAAIAQpAuABNwIIIABBDjYCBCAAQYSrwAA2AgAgBEHMATsBWCAEQQA2AlQgBEKAgICAEDcCTCAEQgI3AzggBCACQQFqNgJIIAQgBCkCmAM3A0AMAQsgBEHgAWohAyAYKAKAASEMQQAhBSMAQZABayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCATKAIUIgFBgIAETQRAIAJBGGogE0EkahDHAQJAIAIoAhgiCkUNACACQRBqIAogAigCHBAXIAJB4ABqIAIoAhAgAigCFEEgEEEgAigCYCIARQ0AIAIoAmwhByACKAJoIQ8gACACKAJkQdWrwABBBhAzBEAgAkEIaiAPIAcQFyACKAIMIQogAigCCCEFCwJAIAVFIApFcg0AIAUgCkHvrMAAQQUQzQENACAFIApB9KzAAEEDEM0BRQ0BC0EAIQULIAIgEygCECIHIAEQF0ECIQAgAigCBEUNBiACQeAAaiAHIAEQJwJ/AkAgAi0AYCIBQQVHBEAgBUUNAUEVIQdBAgwCCyACIAIoAmw2AlggAiACKQJkNwNQIAIgAkHQAGo2AnwgDC0AgwFFDQcgAkHgAGogAkH8AGpBgKzAAEELEC8gAigCaCEBIAIoAmQhACACKAJgIgdBFUcNBCAABEAgAkE0aiAAIAEQSUEAIQAMBAsgAkHgAGogAkH8AGpB9KfAAEENEC8gAigCaCEBIAIoAmQhACACKAJgIgdBFUcNBCAARQ0HIAJBNGogACABEElBASEADAMLIAJBNDYCNEEBIQdBkKzAAAshACACIAc2AiwgAUEFTw0EIAJB4ABqEJsBDAQLIANBAjYCAAwMCyACIAA2AjBBFSEHDAELIAIgAikCbDcCOCACIAE2AjQgAiAANgIwIAIgBzYCLAsgAkHQAGoQ+QELIAdBFUYNAQwCCyACQeAAaiACQfwAakGLrMAAQQUQLyACKAJoIQEgAigCZCEAIAIoAmAiB0EVRwRAIAIgAikCbDcCOCACIAE2AjQgAkHQAGoQ+QEMAgsCQCAABEAgAkGAAWogDCAAIAEQkQEMAQsgAkECNgKAAQsgAiACKQKIATcCOCACIAIpAoABNwIwIAJB0ABqEPkBIAIoAjAhAAsgAiACKQI0NwNAIAIgAigCPDYCSCAAQQJGDQEgAiACKAJINgJsIAIgAikDQDcCZCACIAA2AmAMAgsgAiACKAI8IgE2AiggAiACKQI0Ihs3AyAgAyABNgIQIAMgGzcCCCADIAA2AgQgAyAHNgIADAULIAVFDQEgAkHgAGogDCAFIAoQkQELIAIoAmwiAUGAwABLDQECQAJAIAIoAmBFBEBBACEAIAIoAmghBUEAIQcDQCAAIAFHBEAgACAFaiEKIABBAWohACAHIAotAABBLkZqIQcMAQsLIAdBAkYNASADQRs2AgggA0GSq8AANgIEIANBATYCAAwFCyACIAIoAmgiADYCLCACIAAgAWo2AjAgAkEsaiIFKAIAIQAgBSgCBCEHA0AgByAAIgFHBEAgBSAAQQFqIgA2AgAgAS0AAEH/AGtB/wFxQaEBSw0BCwsgASAHRw0BCyADIAIpAmg3AgwgAyACKQJgNwIEIANBFTYCAAwECyADQSg2AgggA0Gtq8AANgIEIANBATYCAAwCCyADQQA2AgAMAgsgA0ECNgIACyACQeQAahD4AQsgAkGQAWokACAEKQLsASEbIAQoAugBIQIgBCgC5AEhAAJAAkAgBCgC4AEiBUEVRw0AAkACQCAAQQFGBEAgBCACNgLYAyAEIBs3AtwDIBunIQogG0IgiKchDCMAQfAAayIAJAAgDSgCVCEBIABBETYCKCAAQeKnwAA2AiQgAEETNgIgAkAgAUGAgICAeEYEQCADIABBKGoiASgCCDYCFCADIAEpAgA3AgwgA0Hip8AANgIIIANCgICAgLgCNwIADAELIABBIGoQ3AEgAEEIaiANQewAahDHASAAKAIMIQcgACgCCCEBIABBDTYCKCAAQdefwAA2AiQgAEETNgIgIAFFBEAgA0ENNgIMIANB15/AADYCCCADQoCAgIC4AjcCAAwBCyAAQSBqIgUQ3AEgACAHNgI0IAAgATYCMCAAQQE2AiwgAEHzp8AANgIoIAAgDSkDWDcCICAAQcgAaiIHIAVBAxBGIABBFGoiDyAAKAJMIAAoAlBB4YbAAEEBEBUgBxD4ASAAQQA2AiggAEKAgICAEDcCICAFEO4BQfSnwABBDRDlASAKIAwQ6gEQ+gEiASkCACEbIAFBADYCACAAIAEoAgg2AkAgACAbNwM4IABBADYCKCAAQQE2AiQgARD4ASAAQRk2AlQgAEGBqMAANgJQIAAgDSkCZDcCSCADIAdBAhBGQQRBKBDPASEBIAAgACkCGDcCKCAAQQY2AiQgAEGaqMAANgIgIABB2ABqIAVBAhBGIABB5ABqQauLwABBEBBJIAFBDTYCBCABQaCowAA2AgAgAUEMNgIYIAFBu4vAADYCFCABIAApAlg3AgggASAAKAJgNgIQIAEgACkCZDcCHCABIAAoAmw2AiQgA0ECNgIUIAMgATYCECADQQI2AgwgAyAAKQM4NwIYIAMgACgCQDYCICADQQQ2AiggA0GtqMAANgIkIA8Q+AELIABB8ABqJAAgBCAEKQLsATcDmAMgBCAEKAL0ATYCoAMgBCgC6AEhACAEKALkASEFIAQoAuABIgdBgICAgHhHDQEgBCgCmAMhAiAEKQKcAyEbIARB2ANqEPgBDAMLIAQgAjYCgAMgBCAbNwKEAyAMKAJwIgEgDCgCdGohAiMAQSBrIgAkACAAQQhqIAIgAWsiB0EEQQgQXCAAQQA2AhwgACAAKQMINwIUIwBBEGsiAyQAIABBFGoiBSAHELMBIAUpAgQhHyADIAVBCGo2AgQgAyAfQiCJNwIIIANBBGoiCigCBCEFIAooAgAgASACRwR/IAIgBWogAWsgCigCCCAFQQN0aiECA0AgAS0AACEFIAJBBGpBBTYCACACIAUQ7AE2AgAgAUEBaiEBIAJBCGohAiAHQQFrIgcNAAsFIAULNgIAIANBEGokACAEQYwDaiIBIAAoAhw2AgggASAAKQIUNwIAIABBIGokACAEQeABaiEDIAQoApADIRAgBCgClAMhFUEAIQojAEGwAmsiAiQAIAJBKGoiACAbpyAbQiCIp0EuEMQBIAJBIGogABAeIAIoAiQhDyACKAIgIQcgAkEYaiAAEB4gAigCHCEOIAIoAhghDCACQRBqIAAQHiACKAIUIRYgAigCECERIAJBCGogABAeAkACQCARRSAHRSAMRXJyRQRAIAIoAghFDQELIANBIzYCDCADQe6KwAA2AgggA0KAgICAiICAgIB/NwIADAELIAJB+AFqIgAgByAPEAsgAkEXNgJkIAJB84jAADYCYEGAgICAeCEBIAJBgICAgHg2AlwgAkG4AWogACACQdwAahBgIAIgAikCvAE3A6ACIAIgAigCxAE2AqgCIAIoArgBQQFGBEAgAyACKAKoAjYCDCADIAIpA6ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKoAiIFNgJYIAIgAikDoAI3A1ACQCAFQYCAEEsNACACKAJUIQAgAkIANwLAASACIAU2ArwBIAIgADYCuAEgAkGAgICAeDYCkAIgAkGAgICAeDYCoAIgAkEAOgCoASACIAJBqAFqNgKAAiACIAJBoAJqIhI2AvwBIAIgAkGQAmo2AvgBAkAgAkG4AWoiAEHEiMAAQQMgAkH4AWpB3IjAABCCAUUNACAAEJUBRQ0AIAIoApACIgBBgICAgHhGBEAgEhDjAQwCCyACLQCoASEKIAIpAqQCIRwgAigCoAIhBSACKQKUAiEeIAAhAQwBCyACQaACahDjASACQZACahDjAQsgAkEnNgLAASACQYqJwAA2ArwBIAJBgICAgHg2ArgBAkAgAUGAgICAeEYEQCACKQO4ASEcIANBJzYCDCADIBw3AgQgA0GAgICAeDYCAAwBCyACQbgBaiISEOQBIAIgCjoAdCACIBw3AmwgAiAFNgJoIAIgHjcCYCACIAE2AlwgAiAeNwK4ASACQegAaiEAAkAgEiAQIBUQUUUEQCADIAIoAmQ2AgwgAyACKQJcNwIEIANBgICAgHg2AgAMAQsCQCAKQQFxRQRAIAVBgICAgHhHIBxC/////w9WcUUEQCADQoCAgICogICAgH83AgAMAgsgAiAAKAIINgKAASACIAApAgA3A3ggAkGgAmoiACAMIA4QCyACQRg2AoACIAJBsYnAADYC/AEgAkGAgICAeDYC+AEgAkG4AWogACACQfgBahBgIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ApABIAIgAikDkAI3A4gBIAJB+AFqIAIoAowBIAAQNiACQRw2AsABIAJByYnAADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIhw3A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQ5AEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgESAWEAsgAkEaNgKAAiACQeWJwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBgIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQYSKwAAQqQEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAONgKMAiACIAw2AogCIAJBATYChAIgAkGMisAANgKAAiACIA82AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxBGIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ+AEgAkHQAGoQ+AEMCAsgA0E1NgIMIANBjYrAADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ+AELIAJBmAFqEPkBCyACQYgBahD4AQsgAkH4AGoQ+AEgAkHcAGoQ+AEMAwsgA0EsNgIMIANBworAADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqEPgBIAIoAmghBQsgBUGAgICAeEYNACAAEPgBCyACQdAAahD4AQsgAkGwAmokACAEKALsASECIAQoAuQBIQMCQAJAIAQoAuABIgFBgICAgHhGBEBBBiEFIAQoAugBIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAq0hG0EFIQUgACECIAMhAAsgACEBDAELIAQoAugBIRUgBCkC8AEhGyAEQbADaiIWIARB+AFqQST8CgAAIAQgGzcCqAMgBCACNgKkAyAEIBU2AqADIAQgAzYCnAMgBCABNgKYAyAEQeABaiEHIAQoAswDIQwgBCgC0AMhDyMAQcABayIFJAAgDSgCeCEOIAVB6ABqIAwgD0GdkMAAECYCQCAFKAJoQQFGBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMAQsgBSkDeCEbIAUoAnAgBUEaNgJwIAVB5JrAADYCbCAFQQg2AmhFBEAgByAFKQJsNwIMIAdBCDYCCCAHQgI3AwAMAQsgBUHoAGoiABDcAQJAAkBC////////////ACAbQjx8IhwgGyAcVRsgHVUEQCAAIAwgD0H+msAAECYgBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLIB1CPHwhHCAFKQNwQgFRBEAgBSkDeCAcVQ0CCyAFQegAaiAMIA9BmpDAABAmIAUoAmgEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwECwJAAkACQCAFKQNwQgFRBEAgBSkDeCAcVQ0BCyAFQeAAaiAMIA9BgZvAAEEDED0QbSAFKAJgIgBFDQEgBSgCZCECIA4tAIEBRQRAIAVB2ABqIAAgAhAqIAUoAlgiAEUNAiAFKAJcIQILIAUgADYCaCAFIAI2AmwgDSgCLEEMbCEAIA0oAighAgNAIABFDQIgAEEMayEAIAUgAjYCtAEgAkEMaiECIAVBtAFqIAVB6ABqEJ0BRQ0AC0GlhcAAIA4oAngiECAOKAJ8IhIQfA0CDAULIAdCAjcDACAHQQo2AggMBQsgB0ICNwMAIAdBCzYCCAwECyAMIA9BhJvAAEEDED1Bh5vAAEESECFFDQIgB0ICNwMAIAdBEDYCCAwDCyAHQgI3AwAgB0EJNgIIDAILIAdCAjcDACAHQQo2AggMAQtBAyERQYuQwAAhCgJAAkBBmZvAACAQIBIQfEUNACAFQdAAaiAMIA9BmpvAAEEJED0QbSAFKAJQIgBFDQEgACAFKAJUIgJBzJDAAEECEMEBRQRAIAAgAkGjm8AAQQYQwQFFDQIgDS0AfUEBcUUNAkEJIRFBqZvAACEKDAELIA0tAHxFDQELAkACQCANKAI4IgAEQCAAQQxsIQIgDSgCNCEAA0AgAkUNAiACQQxrIQIgACgCCCEUIAAoAgQhFyAAQQxqIQAgDCAPIAogERA9IBcgFBAhRQ0ACwtBspvAACAQIBIQfEUNASAMIA9Bs5vAAEEDED0iAEUNASAFQcgAaiAAEMYBAkAgBSgCSCIKRQ0AIAUoAkwhFEEEIA0oAkwgDSgCSEGAgICAeEYiABshAkEAIA0oAlAgABtBDGwhAANAIABFDQEgBSACNgK0ASAFQUBrIAogFBAqIAUgBSkDQDcCaCAAQQxrIQAgAkEMaiECIAVBtAFqIAVB6ABqEJ0BRQ0ACwwCCyAHQgI3AwAgB0EMNgIIDAMLIAdCAjcDACAHQQw2AggMAgsCQCAMIA9B94/AAEEDED0iAEUNACAALQAAQQNHDQAgBUE4aiAAKAIIIAAoAgwQFyAFKAI8RQ0AIAVBgAFqIABBBGoQVgJAIA4oAgAiAEUEQCAFQYCAgIB4NgKMAQwBCyAOKAIEQQN0IQIgDigCDCEXIA4oAgghGgJAA0BBACEKIAJFDQECQAJAIAwgDyAAKAIAIAAoAgQQDCIURQ0AIAVBMGogFBDGASAFKAIwIhRFDQAgBSgCNCIRDQELIABBCGohACACQQhrIQIMAQsLIBRFDQAgDCAPIBogFxAMIgBFDQAgAC0AAEEBRw0AIBRBACAALQABGyEKCyAFQYwBaiAKIBEQ0wELIAUgBSgClAE2AqABIAUgBSkCjAE3A5gBAkACQEG2m8AAIBAgEhB8RQ0AAkACQAJAAkAgDCAPQbebwABBGhA9IgAEQCAFQShqIAAQxQEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAkHRm8AAQQoQPRBtIAUoAiAiCg0CDAMLIA4oAgANBQwDCyAOKAIADQQMAgsgBUHoAGogCiAFKAIkEAMgBSkDcCEcIAUoAmggBUEuNgJwIAVB25vAADYCbCAFQQg2AmhFBEAgBSkCbCEbIAcgBSkCdDcCFCAHIBs3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDcASAcIB1VBEAgHCAbIBsgHFUbIRsMAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQd6ZwABBFhA9IgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABB9JnAAEEMEHIiAkUNACACQYCawABBDRByIgJFDQAgBUEQaiACEMYBIAVB6ABqIAUoAhAiAkEAIAUoAhQiChtBACACGyAKENMBIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAEEYaiEAIA5BGGshDgwACwALIAVBgICAgHg2AmgLIAVBmAFqEOMBIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgDSgCQCIAIA0oAkRBGGxqIRQDQAJAAkAgACAURwRAIABBGGohAiAAKAIUQQxsIQ4gACgCECEKA0AgDkUNAyAMIA8gCigCBCAKKAIIEAwiEARAIBAtAAAiEg0DCyAKQQxqIQogDkEMayEODAALAAsgByAFKAKIATYCGCAHIAUpAoABNwIQIAcgBSkDmAE3AiggByAFKAKgATYCMCAHIAUpAqgBNwIcIAcgBSgCsAE2AiQgByAbNwMIIAdCATcDAAwGCyAFQQA2ArwBIAVCgICAgBA3ArQBQYCAgIB4IRECQAJAAkACQAJAAkACQAJAIBJBAWsOBAEDAgAHCyAQKAIMIgpBIU8NBiAKQRhsIQogBUG0AWoQ7wEhEiAQKAIIIQ4DQCAKRQ0EIAVBCGogDhDGASAFKAIIIhBFDQcgBSgCDCIXQYACSw0HIBIgECAXEOoBGiAKQRhrIQogDkEYaiEODAALAAsgBUG0AWogEC0AARDbARoMBAsgECgCDCIKQYECTw0EIAVBtAFqIBAoAgggChDqARoMAwsgBUHoAGogEBBrIAUoAmgNAQwDCyASEP0BGgwBCyAFQbQBaiAFKQNwEJwBGgsgBSkCuAEhHSAFQQA2ArwBIAUoArQBIREgBUKAgICAEDcCtAELIAVBtAFqEPgBIBFBgICAgHhHBEAgBUHoAGogABBWIAUoArABIgogBSgCqAFGBEAgBUGoAWoQcwsgBSgCrAEgCkEYbGoiACAFKAJwNgIIIAAgBSkCaDcCACAAIB03AhAgACARNgIMIAUgCkEBajYCsAEMAQsgB0HsADYCECAHQYmcwAA2AgwgB0EINgIIIAdCAjcDACAFQagBahD+AQwCCyACIQAMAAsACyAFQZgBahDjASAFQYABahD4AQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0H1nMAANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEHIA2ohCiAEQaQDaiEHAkAgBCkD4AEiHEICUQRAIAQpAvQBIRsgBCgC8AEhAiAEKALsASEAIAQoAugBIQUgBEGYA2oQ+AEgACEBDAELIAQgBCkC/AE3AvQDIAQgBCkChAI3AvwDIAQgBCkCjAI3AoQEIAQgBCgClAI2AowEIAQgBCkC9AEiHjcC7AMgBCAEKQLsATcC5AMgBCAEKALoASIANgLgAyAEIBw3A9gDAn9BACADIBVBtIjAAEEFEMEBDQAaQQEgAyAVQZeuwABBBRDBAQ0AGkECQQMgAyAVQf+JwABBBRDBARsLIAQgBCgCoAM2AuwBIAQgBCkCmAM3AuQBQQUhBSAEQQU2AuABQf8BcSICQQNHDQIgBC0A5AEhACAEQdgDahDVASAVrSEbIAMhAgsgBxD4ASAWEPgBIARBvANqEPgBIAoQ+QELIARBjANqEP8BIARBgANqEPgBDAQLIARB4AFqENwBIAQgBCkCvAM3ArQEIAQgBCgCxAM2ArwEIAQgBCkD8AM3A8gBIAQgBCkD+AM3A9ABIAQgBCgCgAQ2AtgBIAQgBykCADcCnAQgBCAHKAIINgKkBCAEIBYpAgA3A6gEIAQgFigCCDYCsAQgBCkC5AMhHSAEIAQoAowENgKYBCAEIAQpAoQENwOQBCANKAIAIQEgChD5AUIDQgQgAUECRhshGyAEQYwDahD/ASAEQYADahD4ASAcpyEHIB6nIQFBACEFDAELIAQgBCgCiAI2AtgBIAQgBCkCgAI3A9ABIAQgBCkC+AE3A8gBIAQpA5gDIR0gBCgCoAMhASAEQdgDahD4AUIGIRsLIAQgATYCVCAEIB03AkwgBCAANgJIIAQgBTYCRCAEIAc2AkAgBCAbNwM4IAQgBCkDyAE3A1ggBCAEKQPQATcDYCAEIAQoAtgBNgJoIARB7ABqIARBkARqQTD8CgAAIARBgICAgHg2AqABIAQgAjoAnAEMAgsgACEBCyAEIBs3AuwBIAQgAjYC6AEgBCAFNgLgASAEIAFBgH5xIABB/wFxcjYC5AEgBEFAayAEQeABahCeASAEQgI3AzgLIARBvAFqEPgBIBggGCgCAEEBaiIANgIAIABFDQEgBCAYNgL4AiAEIAQpAxA3A+ACIAQgBCgCGDYC6AIgBEHgAWogBEE4akGAAfwKAAAgBEGAgICAeDYC7AIgBCkD4AFCAlEEQCAEQegBaiAEKALkAiIAIAAgBCgC6AJBFGxqEGgLIAggBEHgAWpBoAH8CgAACyAEQcAEaiQADAELAAsgExD4ASAIQbgBahDjASAIQcQBahDjASAIQawBahD4ASAZIAhBoAH8CgAACyAIQdABaiQAIAZBiAFqENgBIAZB+ABqENIBIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARD4AUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEI0BIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCNASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQhQEgBigCECEKIAYoAhQhDSAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQ0gFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAKIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIA0gABsgCyABGyAHIAIbIAUgAxtBACAEGxCJAgALIwBB0AJrIgAkACAAQbABaiAZQaAB/AoAACAAQQA2AgAgAEEEciAAQawBakGkAfwKAABBCEGwARDPASIBQoGAgIAQNwMAIAFBCGoiASAAQagB/AoAACAAQdACaiQAIAtBoAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBBgIDAACAEQRBqIAMQgwEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBB34DAACAEQRBqIAMQgwEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAsgBCAEQQhqrUKAgICAgAOENwMQQZiBwAAgBEEQaiADEIMBAAvkCwIUfwJ+IwBB0ABrIgckAAJAAkAgASgCmAEiFARAIAdBCGohDSMAQUBqIgYkAAJAIAMgAikDCCIYIBRBCGoiDikDECADfCIZIBggGVMbIBkgAikDAKdBAXEbIBkgDi0AfhsiGFMEQCAGIAJBKGoQxwEgBigCBCEVIAYoAgAhDyAGQQA2AhQgBkKAgICAEDcCDCAGQQxqEO4BQfePwABBAxDlASACKAIUIhYgAigCGCIXEOoBQfqPwABBBBDlAUH+j8AAQQ0Q6gFBi5DAAEEDEOUBQY6QwABBDBDqAUGakMAAQQMQ5QEgAxCcAUGdkMAAQQMQ5QEgGBCcASEJIA8EQCAJQaCQwABBBRDlASAPIBUQ6gEaCyACKAIkQRhsIQQgAigCICEFA0AgBARAIAkgBSgCBCAFKAIIEOUBIAUoAhAgBSgCFBDrARogBEEYayEEIAVBGGohBQwBCwsgCRD6ASISKQIAIQMgEkEANgIAIAYgEigCCCIJNgIgIAYgAzcDGCAGQQA2AhQgBkEBNgIQIAYoAhwhBCAOKAIcIQUgDigCICELIwBBQGoiCiQAIApBCGoiDCAJQQJ0QQNuQdQAahCHASAMQZCIwABBJBB6IAxBLhBOIApBFGoiEyAEIAkQ7QEgDCAKKAIYIAooAhwQeiATEPgBIAooAgwhECAKKAIQIQkjAEHQAWsiBCQAIAtBwQBPBEAgBCALNgKUASAEIAU2ApABIAQgBEGQAWpBARAHQSAhCyAEIQULIARBIGpBAEHAAPwLAANAIAggC0cEQCAEQSBqIAhqIAUgCGotAAA6AAAgCEEBaiEIDAELCyAEQZABaiERIARBIGohC0EAIQgjAEFAaiEFA0AgCEHAAEcEQCAFIAhqIAggC2otAABBNnM6AAAgCEEBaiEIDAELCyARIAVBwAD8CgAAIAQgCTYCjAEgBCAQNgKIASAEQcAANgKEASAEIBE2AoABIARB4ABqIgkgBEGAAWoiBUECEAdBACEIIwBBQGohEANAIAhBwABHBEAgCCAQaiAIIAtqLQAAQdwAczoAACAIQQFqIQgMAQsLIBEgEEHAAPwKAAAgBEEgNgKMASAEQcAANgKEASAEIAk2AogBIAQgETYCgAEgEyAFQQIQByAEQdABaiQAIAxBLhBOIApBNGoiBSATQSAQ7QEgDCAKKAI4IAooAjwQeiAFEPgBIAZBKGoiBCAKKAIQNgIIIAQgCikCCDcCACAKQUBrJAAgBkEANgI8IAZCgICAgBA3AjQgBkE0ahDuAUGlkMAAQQsQ5QEgBigCLCAGKAIwEOoBQbCQwABBCRDlAUG5kMAAQQYQ6gFBv5DAAEEJEOUBIBgQnAFByJDAAEEEEOUBEO4BQcyQwABBAhDlASAWIBcQ6gFBoJDAAEEFEOUBIQUCQCAPBEAgBSAPIBUQ6gEaDAELIAVB/4vAAEEEEOsBGgsgBRD6AUHOkMAAQQgQ5QEgDigCeCIFKAI4IAUoAjwQ6gEQ+gEhBSANQRU2AgAgDSAFKAIINgIMIA0gBSkCADcCBCAFQQA2AgAgBkEANgI8IAZBATYCOCAFEPgBIAQQ+AEgBkEYahD4ASASEPgBDAELIA1BCTYCAAsgBkFAayQAIAcoAghBFUcEQCAHIAcoAhg2AkggByAHKQIQNwNAIAcgBykCCDcDOCAAIAdBOGoQngEMAwsgB0EMaiEFIBQoAkxFDQEgB0EANgIkIAdCgICAgBA3AhwgB0EcahDuASEEIAIoAiRBGGwhCSACKAIgIQIDQCAJBEAgBCACKAIEIAIoAggQ5QEgAigCECACKAIUEOsBGiAJQRhrIQkgAkEYaiECDAELCyAEEPoBIgIpAgAhAyACQQA2AgAgByACKAIINgIwIAcgAzcDKCAHQQA2AiQgB0EBNgIgIAFBjAFqEOMBIAEgBygCMDYClAEgASAHKQMoNwKMASACEPgBDAELIABB9KrAAEEQEHsMAQsgAEHIASAFEEMLIAdB0ABqJAALuAIBBX8gACgCGCEDAkACQCAAIAAoAgxGBEAgAEEUQRAgACgCFCIBG2ooAgAiAg0BQQAhAQwCCyAAKAIIIgIgACgCDCIBNgIMIAEgAjYCCAwBCyAAQRRqIABBEGogARshBANAIAQhBSACIgFBFGohBCABKAIUIgINACABQRBqIQQgASgCECICDQALIAVBADYCAAsCQAJAIANFDQACQCAAKAIcIgJBAnRBjMrAAGoiBCgCACAARwRAAkAgACADKAIQRwRAIAMgATYCFAwBCyADIAE2AhALIAENAQwCCyAEIAE2AgAgAUUNAgsgASADNgIYIAAoAhAiAgRAIAEgAjYCECACIAE2AhgLIAAoAhQiAEUNACABIAA2AhQgACABNgIYCw8LQajNwABBqM3AACgCAEF+IAJ3cTYCAAvQAgECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQbTNwAAoAgBGBEAgAigCBEEDcUEDRw0BQazNwAAgATYCACAAIAEgAhC1AQ8LIAAgAxDOAQsCQAJAAkAgAigCBCIDQQJxRQRAIAJBuM3AACgCAEYNAiACQbTNwAAoAgBGDQMgAiADQXhxIgIQzgEgACABIAJqIgEQ3gEgAEG0zcAAKAIARw0BQazNwAAgATYCAA8LIAAgASACELUBCyAAIAEQygEMAgtBuM3AACAANgIAQbDNwABBsM3AACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQbTNwAAoAgBHDQFBrM3AAEEANgIAQbTNwABBADYCAA8LQbTNwAAgADYCAEGszcAAQazNwAAoAgAgAWoiATYCACAAIAEQ3gELC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8AqMZAOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8AqMZAOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8AqMZAOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAKnGQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARBABFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChCMAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQQARQ0ACwwDC0EBIQIgASADIAggChCMAQ0CIAEgByALIAMoAgwRAwANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARBABFDQALDAILIAMgByALIAkoAgwRAwANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQjAENACAAIAcgCyABKAIMEQMAIQILIAILIAZBEGokAAuGAgEGfyMAQRBrIgYkACAGQQRqIAJBA24iCCACIAhBA2xHakECdBCHAQNAAkAgAgRAQQMgAiACQQNPGyIKQQN0IQcgASAKaiEIQQAhCUEQIQUDQCAFIAdqQRBGBEBBACEFQRIhAQNAIAVBBEYNBAJAAkAgAiAFSQRAQT0hByAERQ0CDAELIAMgCSABQR5xdkE/cWotAAAhBwsgBkEEaiAHEE4LIAVBAWohBSABQRpqIQEMAAsABSABLQAAIAVBGHF0IAlyIQkgBUEIayEFIAFBAWohAQwBCwALAAsgACAGKAIMNgIIIAAgBikCBDcCACAGQRBqJAAPCyACIAprIQIgCCEBDAALAAuFAgEJfyMAQTBrIgQkACABKAIIIQcgASgCBCEIIAEoAgAiASgCCCEJIAEoAgQhCiAEQQA2AgwgBEKAgICAEDcCBANAIARBEGogAiADQfsAEEEgBCgCECIBBEAgBCgCHCECIAQoAhghBiAEQQRqIgUgASAEKAIUEHogBEEgaiILIAYgAkH9ABBBIAQoAiggBCgCLCAEIAQoAiRBACAEKAIgIgEbNgIkIAQgAUEBIAEbNgIgIAUgCCAKIAtB8KHAABDgASIFGyAHIAkgBRsQeiACIAEbIQMgBiABGyECDAELCyAEQQRqIAIgAxB6IAAgBCgCDDYCCCAAIAQpAgQ3AgAgBEEwaiQAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxBAIAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBAsDQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHEBsgAygCCEEBRw0BIAMoAgwQLA0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQXSADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDjASAAIAU3AgQgACABNgIADAMLIANBGGogARAxIAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAEOMBIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA3AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFB/4vAAEEEEG4NASAEQQc6AAAMAgsgAkEIaiABEAggAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEJsBDAELQQAMAQtBAQsgA0EwaiQAC6oCAQZ/IwBBMGsiAiQAAkACfyABKAIoIgdFBEAgAkEIaiABEB4gAigCDCEEIAIoAggMAQsgAUEANgIoIAEhBSMAQRBrIgMkAAJAIAciAUUNAANAIANBCGogBRAeIAMoAghFBEAgASEGDAILIAFBAWsiAQ0ACwsgA0EQaiQAQQAgBg0AGiACQRBqIAUQHiACKAIUIQQgAigCEAsiAQRAIAJBADYCJCACQoCAgIAQNwIcIAIgATYCKCACIAEgBGo2AiwDQAJAIAJBKGoQhAEiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQhAFBMUYbIQELIAJBHGogARBODAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9gCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUG8pcAAQQIgA0EgakHMpcAAEIIBRQRAIAIQ4wEgBBDjAQwBCyADKAIIIgFBgICAgHhHDQIgA0EUahDjAQtBAAwCCyAAKAIEIgAQigEjAEEQayICJAAgAkEIaiABEDcCf0ECIAItAAhFDQAaIAItAAlB7gBGBEBBAEECIAFB/4vAAEEEEG4bDAELIAIgADYCDEEBQQIgAUHopcAAQQEgAkEMakHwpcAAEIIBGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQ1AEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgAL5AEBBH8gAEIANwIQIAAgARB4IgI2AhwgAkECdEGMysAAaiEFAkBBqM3AACgCACIDQQEgAnQiBHFFBEAgACAFNgIYIAUgADYCAEGozcAAIAMgBHI2AgAMAQsgBSgCACEEIAEgAhDdAXQhAgNAIAEgBCIDKAIEQXhxRgRAIAMoAggiASAANgIMIAMgADYCCCAAQQA2AhggACADNgIMIAAgATYCCA8LIAJBHXYhBCACQQF0IQIgAyAEQQRxaiIFKAIQIgQNAAsgBUEQaiAANgIAIAAgAzYCGAsgACAANgIMIAAgADYCCAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAgBjYCAAvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEA4gBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC70BAQJ/IwBBQGoiBCQAIAQgAzYCDCAEIAI2AgggACgCBEEDdCEDIAAoAgAhAgJ/AkADQCADRQ0BIAIgBEEIahDgAUUEQCADQQhrIQMgBUEBaiEFIAJBCGohAgwBCwsgACgCCCABIAUgACgCDCgCEBEDAAwBCyAEQRBqIAEQCCAELQAQIgBBBkcEQCAEIAQpAyA3AzggBCAEKQMYNwMwIAQgBCkDEDcDKCAEQShqEJsBCyAAQQZHCyAEQUBrJAALhQICBX8BfiMAQSBrIgIkACACQYCAgIB4NgIIIAJBADoAFyACIAJBF2o2AhwgAiACQQhqIgM2AhgCQCABQaCmwABBAiACQRhqQbCmwAAQggFFBEAgAxDjAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECMgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDfAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJ0BIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABDGASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCaAUUNAAsLIANBIGokACAFC5MOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQOyAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQfSADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQhQEgAygCECEBIAMoAhQhBSADQQhqIAIQlAEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIkCAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIRIjAEGwAmsiCCQAIAhBKGogD6ciC0GAAfwKAAAgC0HQqMAAQYAB/AoAAAJAIAgpAyhCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQa+nwAA2AgwgBkERNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUGQpcAAQQIgAkGoAWpBoKXAABCCAUUNACABEJUBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxCBAgwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEIECIAJBgAFqENQBCwsgAkE4NgKIASACQcSmwAA2AoQBIAJBETYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDcASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAXIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBADIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQfymwAA2AoQBIAJBETYCgAFCASEQQgFSDQQgARDcASAPIBJXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxD4AQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASERIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxD4ASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEIMCIABBEGokACABQRBqJAAgBiACKAIUNgIYIAYgAikCDDcCECAGIBE3AiwgBiAKNgIoIAZBADYCJCAGQoCAgIDAADcCHCAGIA83AwggBiAQNwMAIAwQ4wEMBQsgBkEONgIIDAMLIAZCAjcDACAGQQ82AggMAwsgBkENNgIIDAELIAYgAikChAE3AgwgBkERNgIICyAGQgI3AwAgAkEMahD4ASAMEOMBIAJBGGoQgQILIAJBsAFqJAAgCCkDqAFCAlEEQCAIIAgoAsABNgKoAiAIIAgpA7gBNwOgAiAIIAgpA7ABNwOYAiAIQQxqIAhBmAJqEJ4BDAILIAhB4AFqIgAgCEGoAWoiAUE4/AoAACAIQQxqIAsgASASEBEgABDVAQwBCyAIQQxqQZaqwABBIRB7CyAIQShqED8gCyAIQQxqEDkgCEGwAmokACADQcgAahDYASADQThqENEBIANB0ABqJAAgBUHQAGokAAuIAwIHfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQggAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCSACIAlLGyIMIQIjAEEgayIGJABBASELQQQhCgJAAkAgBa0gAq1+Ig1CIIinDQAgDaciAkGAgICAeCAEa0sNACAGQRRqIAEgBCAFEHUCfyAGKAIYBEAgBigCHCIDRQRAIAZBCGogBCACEJIBIAYoAgghBSAGKAIMDAILIAYoAhQgAyAEIAIQMCEFIAIMAQsgBiAEIAIQkgEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEEVFDQAgA0EIaiAAEDcgAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA3IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC/cBAQJ/IwBBMGsiBCQAIAQgARAIIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBJIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECMgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDfAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQPSIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEGsgBCkDECEFIAQpAwghBiAEQcwANgIQIARBmJrAADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDcAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuwEBAX8jAEFAaiIDJAACQCACQYGAEE8EQCAAQQY6AAAMAQsgA0IANwIIIAMgAjYCBCADIAE2AgAgA0EoaiADEAggAy0AKCIBQQZGBEAgAEEGOgAADAELIAMgAykAODcAICADIAMpADE3ABkgAyADKQApNwARIAMgAToAECADEJUBRQRAIABBBjoAACADQRBqEJsBDAELIAAgAykDIDcDECAAIAMpAxg3AwggACADKQMQNwMACyADQUBrJAALwAECAn8BfiMAQSBrIgMkACADQRRqIAEoAgAgAkEBEHcCQCADKAIURQRAIABBgICAgHg2AgAMAQsgAygCGCIBRQRAIABBgICAgHg2AgAMAQsgA0EIaiICIAEgAygCHCIEEEkgA0EUaiABIAQQCyADKAIUIgFBgICAgHhGBEAgAEGAgICAeDYCACACEPgBDAELIAMpAhghBSAAIAMoAhA2AgggACADKQIINwIAIAAgBTcCECAAIAE2AgwLIANBIGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQTSADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAbIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC40BAQR/IABBQGshBgNAIAAoAmAiBCACQcAASXJFBEAgBiABEAQgAkFAaiECIAFBQGshAQwBCwsDQAJAIAIgA0cEQCAAIARBAWoiBTYCYCAAIARBP3FqIAEgA2otAAA6AAAgBUHAAEcNASAGIAAQBEEAIQUgAEEANgJgDAELDwsgA0EBaiEDIAUhBAwACwALkAEBAn8CQCAAQQlrIgJBF00EQEEBIQFBn4CABCACdkEBcQ0BC0EAIQEgAEGAAUkNAAJAIABBCHYiAgRAIAJBMEcEQCACQSBGDQIgAkEWRw0DIABBgC1GIQEMAwsgAEGA4ABGIQEMAgsgAEH/AXEtAKjEQCEBDAELIABB/wFxLQCoxEBBAnFBAXYhAQsgAUEBcQv3NwITfwJ+IwBB0ABrIgokACAKIAE2AgQgCiAANgIAIAogAjYCCCAKIAM2AgwgCiAKQc8AaiIANgJIIAogADYCRCAKIApBDGo2AkAgCiAKQQhqNgI8IAogADYCOCAKIAA2AjQgCiAKQQRqNgIwIAogCjYCLCMAQSBrIg4kACAOQQhqIApBLGoiAigCACgCACACKAIEKAIAEH0gDigCCCEAIA4oAgwhASAOIAIoAhAoAgAgAigCFCgCABB9IA4oAgAhBiAOKAIEIQUgDiABNgIUIA4gADYCECAOIAU2AhwgDiAGNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG8fyEDA0AgAyICQegKRwRAIAJBhAFqIQMgAkGctcAAaiAEQQhqEOABRQ0BCwsgBEEQaiQAIAdBLGoiAyAGIAUQNiAHIAJB6ApHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQYgBygCPCEDIwBBkANrIgQkACAEIAE2AqgBIAQgADYCpAEgBCACNgKwASAEIAM2AqwBIARBmAFqIARBrAFqQbadwABBCxBHIAQoApgBIgIEfyAEKAKcASEDIAJBACAEQaQBakHkocAAEOABGwVBAAshBSMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAUbIAEgAkHkocAAEOABIgEbNgIMIAIgBUHdocAAIAUbIAAgARs2AghBACEAQQAhBQJAA0AgBUGsC0YNAQJAIAVB2LTAAGogAhDgAQRAIAVB0LTAAGogAkEIahDgAQ0BCyAFQYQBaiEFDAELCyAFQZi0wABqIQALIAJBEGokACAEQdIANgKQAiAEQcGdwAA2AowCIARBCzYCiAIgBEG2ncAANgKEAiAEQRQ2AoACAkAgACIBRQRAIAYgBEGIAmoiACgCCDYCFCAGIAApAgA3AgwgBkG2ncAANgIIIAZCg4CAgMACNwMADAELIARBgAJqENwBIARBkAFqIARBrAFqQZOewABBChB2AkAgBCgCkAEiAARAIAQoApQBIgINAQsgBkEKNgIMIAZBk57AADYCCCAGQoOAgICwAjcDAAwBCyAEQbQBaiAAIAIQSSAEQYgBaiAEQawBakGdnsAAQRgQRwJAAkACQCAEKAKIASIARQRAQpAcIRgMAQsCQAJAAkAgBCgCjAEiAg4CBAABCyAALQAAIgVBK2sOAwMBAwELIAAtAAAhBQsgACAFQf8BcUErRiIDaiEFAkAgAiADayIAQRFPBEADQCAARQ0CIARB8ABqIBhCABA6IAQpA3hCAFINBCAEKQNwIRcgBEHoAGogBS0AAEEKEH4gBCgCaEEBRw0EIAVBAWohBSAAQQFrIQAgFyAXIAQ1Amx8IhhYDQALDAMLA0AgAEUNASAEQeAAaiAFLQAAQQoQfiAEKAJgQQFHDQMgBUEBaiEFIABBAWshACAENQJkIBhCCn58IRgMAAsACyAYQgF9QoCjBVoNAQsgBEHYAGogBEGsAWpBtZ7AAEEaEEcCQCAEKAJYIgAEQCAEQYACaiAAIAQoAlwQSSAEKAKIAiEFIAQoAoQCIQADQCAFBEAgAEEgQQAgAC0AACICQcEAa0H/AXFBGkkbIAJyOgAAIAVBAWshBSAAQQFqIQAMAQsLIAQgBCgCiAIiADYC4AEgBCAEKQKAAiIXNwPYAUEBIRMgF6dBgICAgHhGDQEgBCgC3AEiAiAAQYOMwABBBBDBAQ0BIAIgAEHPnsAAQQEQwQENASACIABB0J7AAEEDEMEBDQFBACETIAIgAEGHjMAAQQUQwQENASACIABBjZrAAEEBEMEBDQEgAiAAQdOewABBAhDBAQ0BIAZBFTYCFCAGQdWewAA2AhAgBkEaNgIMIAZBtZ7AADYCCCAGQoOAgIDAAjcDACAEQdgBahDjAQwDCyAEQYCAgIB4NgLYAUEBIRMLIARB2AFqEOMBIARB0ABqIARBrAFqQeqewABBFhBHAn8CQCAEKAJQIgAEQCAAIAQoAlQiAkGAn8AAQQEQwQFFDQELIARBgICAgHg2AsABQQEMAQsgBEHYAWogACACEJ8BIAQgBCgC2AE2AogCIAQgBCgC3AEiADYChAIgBCAANgKAAiAEIAAgBCgC4AFBA3RqNgKMAiMAQSBrIgAkACAAQQhqIARBgAJqIgMoAgwgAygCBGtBA3ZBBEEMEFwgAEEANgIcIAAgACkDCDcCFCMAQRBrIgwkACAAQRRqIgIgAygCDCADKAIEa0EDdhC2ASACKQIEIRcgDCACQQhqNgIEIAwgF0IgiTcCCCMAQRBrIgIkACACIAMpAgg3AwggAiADKQIANwMAIwBBIGsiBSQAIAxBBGoiCSgCCCAJKAIEIghBDGxqIQ8gAigCBCEDIAIoAgwhDQNAIAMgDUcEQCADQQRqKAIAIQsgAygCACERIAIgA0EIaiIDNgIEIAVBCGogESALECogBUEUaiAFKAIIIAUoAgwQSSAPIAUoAhw2AgggDyAFKQIUNwIAIA9BDGohDyAIQQFqIQgMAQsLIAkoAgAgCDYCACACELEBIAVBIGokACACQRBqJAAgDEEQaiQAIARBwAFqIgIgACgCHDYCCCACIAApAhQ3AgAgAEEgaiQAIAQoAsABQYCAgIB4RgshAAJAAkACQAJAAkACQAJAAkBBspvAACABKAJ4IhUgASgCfCIWEHxBACAAG0UEQCAEQcgAaiAEQawBakGBn8AAQQ0QRwJAAkAgBCgCSCIABEAgBEHYAWogACAEKAJMEDZBMCEAIARBMDYCkAJB0qLAACEFIARB0qLAADYCjAIgBEENNgKIAiAEQYGfwAA2AoQCIARBFDYCgAIgBCgC2AEiA0GAgICAeEYNCiAEKALcASEAIAQoAuABIQIgBEGAAmoQ3AEgBCACNgKsAiAEIAA2AqgCIAQgAzYCpAIgAkEQSw0BIARBADYCuAIgBEKAgICAwAA3ArACIAQgACACQShsaiIFNgLIAiAEIAM2AsQCIAQgADYCwAIgBCAANgK8AiAEQYQCaiEPIARB5AFqIQ0gBEHYAmpBBHIhDAJAA0AgACAFRg0EIAQgAEEoajYCwAIgBCAAKQIMNwOAAiAEIAApAhQ3A4gCIAQgACkCHDcDkAIgBCAAKAIkNgKYAiAAKAIAIgJBgICAgHhGDQQgBCAAKQIEIhc3AtACIAQgAjYCzAIgBCAPKQIQNwPoAiAEIA8pAgg3A+ACIAQgDykCADcD2AIgBCAXNwLYASAEQdgBakGEo8AAQQgQUQRAQcIAIQBBr6TAACEFDAgLQSwhAEGDpMAAIQUgF0IgiKciAkHBAGtBQEkNByAEIBenIgM2AtgBIAQgAiADajYC3AEgBEHYAWoiCCgCACECIAgoAgQhCQNAIAkgAiIDRwRAIAggAkEBaiICNgIAIAMtAAAiC0HfAEYgC0E6a0H/AXFB9QFLciALQd8BcUHbAGtB/wFxQeUBS3INAQsLIAMgCUcNBwJAAkACQAJAIAQtANgCQQNrDgIAAQMLIAQgDCgCCDYCiAMgBCAMKQIANwOAA0EEQQwQzwEiACAEKAKIAzYCCCAAIAQpA4ADNwIAQQEhAiAEQQE2AvwCIAQgADYC+AIgBEEBNgL0AkEAIQhBASEFDAELIAQoAuQCIQIgBCgC4AIhACAEIAQoAtwCNgLgASAEIAA2AtwBIAQgADYC2AEgBCAAIAJBGGxqNgLkASAEQfQCaiEFIwBBMGsiACQAIABBFGogBEHYAWoiAhBiAkAgACgCFEGAgICAeEcEQCAAQQRBBEEMEFwgACgCACEIIAAoAgQiAyAAKAIcNgIIIAMgACkCFDcCACAAQQE2AhAgACADNgIMIAAgCDYCCCAAIAIpAgg3AyggACACKQIANwMgIABBCGohAiAAQSBqIQgjAEEQayIDJAADQAJAIANBBGogCBBiIAMoAgRBgICAgHhGDQAgAigCCCIJIAIoAgBGBEAgAkEBELYBCyACKAIEIAlBDGxqIgsgAygCDDYCCCALIAMpAgQ3AgAgAiAJQQFqNgIIDAELCyAIEFIgA0EQaiQAIAUgACgCEDYCCCAFIAApAgg3AgAMAQsgBUEANgIIIAVCgICAgMAANwIAIAIQUgsgAEEwaiQAQQEhCEEAIQIgBCgC/AIiBUEFa0F8SQ0DIAQoAvgCIQALIAVBDGwhBQNAIAUEQCAFQQxrIQUgACgCCCEJIAAoAgQhCyAAQQxqIQBBACEDQQAhEQJAIAlBgQJrQYB+SQ0AIAstAABBL0cNAANAIAMgCUYiEQ0BIAMgC2ohEiADQQFqIQMgEi0AAEH+AEcNACADIAlPDQEgEkEBai0AAEH+AXFBMEYNAAsLIBENAQwECwsgDSAEKQL0AjcCACANIAQoAvwCNgIIIAQgBCgC1AI2AuABIAQgBCkCzAI3A9gBIAQoArgCIgAgBCgCsAJGBEAgBEGwAmoQcwsgBCgCtAIgAEEYbGoiAiAEKQPYATcCACACIAQpA+gBNwIQIAIgBCkD4AE3AgggBCAAQQFqNgK4AiAELQDYAkEDa0H/AXFBAk8EQCAEQdgCahCbAQsgBCgCwAIhACAEKALIAiEFDAELCyAEQQA2AvwCIARCgICAgMAANwL0AkEBIQJBASEICyAEQfQCahD8AUHEo8AAIQVBPyEAAkACQCAELQDYAkEDaw4CAQAICyACDQkMCgsgCEUNCQwHCyAEQQA2AtQBIARCgICAgMAANwLMAQwDCyAEQaQCahD5AUHxpMAAIQVBFiEADAgLIARBvAJqEFMgBCAEKAK4AjYC1AEgBCAEKQKwAjcCzAEMAQsgBkHEADYCFCAGQfegwAA2AhAgBkEWNgIMIAZB6p7AADYCCCAGQoOAgIDAAjcDAAwHCyAEQUBrIARBrAFqIAEoAlAiDCABKAJUIg8QRwJAAkAgBCgCQCIABEAgBCgCRCEFDAELIAEoAhAiAARAIAEoAhQhBQwBCyAGIA82AgwgBiAMNgIIIAZCg4CAgLACNwMADAELAkAgAS0AgQFFBEAgAS0AgAFFBEAgBEGwAmogACAFEEkMAgsgBEGwAmogACAFEH8MAQsgBEGwAmogACAFEEkLAkACQCABLQCAAUUNACAEKAK0AiAEKAK4AhACDQAgBkEyNgIUIAZBoKLAADYCECAGIA82AgwgBiAMNgIIIAZCg4CAgMACNwMADAELAn8CQAJAIAEtAIMBRQRAIARBgICAgHg2AtgBDAELIARBOGogBEGsAWpBjp/AAEEPEEcCQCAEKAI4IgAEQCAEQbwCaiAAIAQoAjwQfwwBCyAEKAK0AiAEKAK4AkGdn8AAQQ0QzQFFBEAgBEG8AmpBqp/AAEEXEEkMAQsgBEG8AmpBwZ/AAEEWEEkLIAQoAsACIAQoAsQCEAJFBEAgBkEyNgIUIAZBoKLAADYCECAGQQ82AgwgBkGOn8AANgIIIAZCg4CAgMACNwMAIARBvAJqEPgBDAQLIARBMGogBEGsAWpB15/AAEENEEcgBEHYAmogBCgCMCAEKAI0ENMBIARBgAJqIgAgBEGwAmoQViAEIAQoAuACNgKgAiAEIAQpAtgCNwKYAiAEIAQpArwCNwKMAiAEIAQoAsQCNgKUAiAEQdgBaiAAQST8CgAAIAQoAtgBQYCAgIB4Rw0BC0EAIQBBAQwBCyAEKALsASEAIAQoAugBCyECIAQgADYC1AIgBCACNgLQAiAEIARBsAJqNgLMAgJAAkAgASgCGCIARQ0AIARBKGogBEGsAWogACABKAIcEEcgBCgCKCIARQ0AIARB2AJqIAAgBCgCLBCfASAEIAQoAtgCNgKIAiAEIAQoAtwCIgA2AoQCIAQgADYCgAIgBCAAIAQoAuACQQN0ajYCjAIjAEEgayIDJAAgA0EIaiAEQYACaiIAKAIMIAAoAgRrQQN2QQRBDBBcIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQtgEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIFJAAgBSAAKQIINwMIIAUgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAUoAgQhAiAFKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhFCAFIAJBCGoiAjYCBCANQQRqIBQgEhB/IAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAUQsQEgDUEQaiQAIAVBEGokACAJQRBqJAAgBEH0AmoiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgBCABKAJYIgA2AoACIAQgACABKAJcQQN0ajYChAIgBCAEQcwCajYCiAIgBEH0AmogBEGAAmoQTwsgASgCNCECAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIwIgBFDQAgBEEgaiAEQawBaiAAIAIQRyAEKAIgIgNFDQAgBEHYAmogAyAEKAIkEJ8BIAQgBCgC2AI2AogCIAQgBCgC3AIiADYChAIgBCAANgKAAiAEIAAgBCgC4AJBA3RqNgKMAiMAQSBrIgMkACADQQhqIARBgAJqIgAoAgwgACgCBGtBA3ZBBEEMEFwgA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhC2ASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgUkACAFIAApAgg3AwggBSAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBSgCBCECIAUoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACEUIAUgAkEIaiICNgIEIA1BBGogFCASEEkgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRCxASANQRBqJAAgBUEQaiQAIAlBEGokACAEQYADaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyABLQCCAQ0BIAQgASgCaCIANgKAAiAEIAAgASgCbEEDdGo2AoQCIAQgBEHMAmo2AogCIARBgANqIARBgAJqEE8LIARBGGogBEGsAWogASgCYCICIAEoAmQiAxBHIAQoAhgiAEUNASAEQdgCaiIFIAAgBCgCHCIIECcgBC0A2AJBBkYNAyAEIAQpA+gCNwOQAiAEIAQpA+ACNwOIAiAEIAQpA9gCNwOAAiAFQYuNwABBBBByIgVFDQIgBS0AACAEQYACahCbAUEERw0DIARBwAJqIAAgCBBJIARBADYCvAIMBgsgBkKDgICAsAI3AwAgBiACIA8gABs2AgwgBiAAIAwgABs2AggMBwsgASgCICIARQ0DIARBEGogBEGsAWogACABKAIkIgMQRyAEKAIQIgJFDQMgAiAEKAIUIgUQAg0CIAZBMjYCFCAGQaCiwAA2AhAgBiADNgIMIAYgADYCCCAGQoOAgIDAAjcDAAwFCyAEQYACahCbAQsgBkEsNgIUIAZB5J/AADYCECAGIAM2AgwgBiACNgIIIAZCg4CAgMACNwMADAMLIARBwAJqIAIgBRBJIARBATYCvAIMAQsgASgCKCIABEAgBEGAAmoiAiAEQcwCaiAAIAEoAiwQFiABLQCDASEAIAQoAoQCIAQoAogCEAJFBEAgBkEyNgIUIAZBoKLAADYCECAGQoOAgIDAAjcDACAGQQ8gDyAAQQFxIgAbNgIMIAZBjp/AACAMIAAbNgIIIAIQ+AEMAwsgBCAEKAKIAjYCyAIgBCAEKQKAAjcCwAIgBEEBNgK8AgwBCyAEQQhqIAQoArQCIAQoArgCECogBEEhNgKMAiAEQZCgwAA2AogCIAQgBCkDCDcCgAIgBEHAAmogBEGAAmpBAhBGIARBAjYCvAILIAQgBEGsAWpBsaDAAEEOEEdBASEFAkAgBCgCACICRQRAQQEhAAwBCyAEKAIEIQNBASEAQZmbwAAgFSAWEHxFDQAgBEGAAmogAiADEJ8BAkAgBCgCiAIiAkUNACACQQN0IQVBACEAIAQoAoQCIQMDQCAAIAVHBEAgACADaiIIQcCgwAAQ2QEEQCAIQcigwAAQ2QENAwsgAEEIaiEADAELC0HAoMAAIAMgAhBRIQVByKDAACAEKAKEAiAEKAKIAhBRIQAgBEGAAmoQ/wEMAQsgBkEnNgIUIAZB0KDAADYCECAGQQ42AgwgBkGxoMAANgIIIAZCg4CAgMACNwMAIARBgAJqEP8BIARBwAJqEPgBDAELIAYgBCgCvAE2AiAgBiAEKQK0ATcCGCAGIAQpAvQCNwIkIAYgBCgC/AI2AiwgBiAEKQKAAzcCMCAGIAQoAogDNgI4IAYgBCkCvAI3AgAgBiAEKQLEAjcCCCAGIAQoAsgBNgJQIAYgBCkCwAE3AkggBkHUAGogBEHYAWpBJPwKAAAgBiATOgB+IAYgADoAfSAGIAU6AHwgBiABNgJ4IAYgGDcDECAGIAQoAtQBNgJEIAYgBCkCzAE3AjwgBEGwAmoQ+AEMDQsgBEGAA2oQ/AELIARB9AJqEPwBIARB2AFqELIBCyAEQbACahD4AQsgBEHMAWoQgAIMBgsgBC0A2AJBA2sOAgECAAsgBEHYAmoQmwEMAgsgDBD4AQwBCyAMEPsBCyAEQcwCahD4ASAEQbwCahBTIARBsAJqEIACCyAGIAA2AhQgBiAFNgIQIAZBDTYCDCAGQYGfwAA2AgggBkKDgICAwAI3AwALIARBwAFqEOcBDAELIAZBIjYCFCAGQbuhwAA2AhAgBkEYNgIMIAZBnZ7AADYCCCAGQoOAgIDAAjcDAAsgBEG0AWoQ+AELIARBkANqJAACfyAHKAJgQQNHBEBBCEGIARDPASIAQoGAgIAQNwMAIABBCGogBkGAAfwKAAAgAAwBCyAHIAcoAnQ2AlggByAHKQJsNwNQIAcgBykCZCIYNwNIIBinQRVHDQMgBygCTAshACAHQYCAgIB4NgIMIAcgADYCEAwDCyAHQQxqQYSNwABBBxB7DAMLIAdBDGpB9IzAAEEQEHsgBygCLEGAgICAeEYNAiADEPkBDAILIAdBDGogB0HIAGoQhgELIAdBOGoQ+QELIBAgBygCJDYCGCAQIAcpAhw3AhAgECAHKQIUNwIIIBAgBykCDDcCACAHQeABaiQAIA5BGGoQ2AEgDkEQahDYASAOQSBqJAAjAEEgayIAJAAgAEEANgIAIAAgECkCADcCBCAAIBApAgg3AgwgACAQKQIQNwIUIAAgECgCGDYCHEEEQSgQzwEiAUKBgICAEDcCACABIAApAgA3AgggASAAKQIINwIQIAEgACkCEDcCGCABIAApAhg3AiAgAEEgaiQAIApB0ABqJAAgAUEIaguPAQIBfwF+IwBBEGsiAyQAAn8CQAJAIAJFBEAgA0EEaiABEF0gAygCBCIBQYCAgIB4Rg0CIAMpAgghBCAAKAIAIgAQ4wEMAQsgA0EEaiABEDEgAygCBCIBQYGAgIB4Rg0BIAMpAgghBCAAKAIEIgAQ4wELIAAgBDcCBCAAIAE2AgBBAQwBC0EACyADQRBqJAALoQEBAX8jAEEQayIEJAACQAJAAkAgASgCACIBKAIEIAEoAgggAiADED0iAUUNAAJAAkAgAS0AAA4EAgEBAAELIARBCGogASgCCCICIAEoAgwiARAXIAQoAgwNAgsgAEErNgIIIABBxKzAADYCBCAAQQE2AgAMAgsgAEIVNwIADAELIAQgAiABEBcgACAEKQMANwIEIABBFTYCAAsgBEEQaiQAC7QFAQZ/IwBBEGsiCSQAIAAgARBbAkACQCACQQlPBEAgAyACEMwBIgINAUEAIQIMAgsgAARAAn9BACEBAkAQrwEgA00NAAJ/QRAgA0ELakF4cSADQQtJGyEEQQAhAiAAEIwCIgUgBSgCBEF4cSIHaiEIAkAgBS0ABEEDcQRAAkACQAJAAkACQAJAIAQgB0sEQCAIQbjNwAAoAgBGDQEgCEG0zcAAKAIARg0DIAgoAgQiBkECcQ0GIAZBeHEiBiAHaiIHIARJDQYgCCAGEM4BIAcgBGsiBkEQSQ0CIAUgBBCrASAEIAVqIgIgBhCrASACIAYQEwwFCyAHIARrIgZBEEkNBCAFIAQQqwEgBCAFaiICIAYQqwEgAiAGEBMMBAtBsM3AACgCACAHaiICIARLDQIMBgsgBSAHEKsBDAILQazNwAAoAgAgB2oiBiAESQ0EAkAgBiAEayICQQ9NBEAgBSAGEKsBQQAhAkEAIQcMAQsgAiAEIAVqIgdqIQYgBSAEEKsBIAcgAhDeASAGIAYoAgRBfnE2AgQLQbTNwAAgBzYCAEGszcAAIAI2AgAMAQsgBSAEEKsBIAQgBWoiBiACIARrIgJBAXI2AgRBsM3AACACNgIAQbjNwAAgBjYCAAsgBSECCyACDAILAn8gBEGAAk8EQAJAIAUoAgRBeHEiAiAEQQRqSQ0AIAIgBGtB0M3AACgCAEEBdEsNACAFDAILIAUoAgAaC0EACwwBC0EACyICBEAgAhCLAgwCCyADEAkiAkUNACADQXxBeCAFKAIEIgFBA3EbIAFBeHFqIgEgASADSxsiAQRAIAIgACAB/AoAAAsgABANIAIhAQsgAQshAgwCCyADEAkhAgwBCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgACABENYBCyAJQRBqJAAgAguiAQEBfyMAQRBrIgIkACACIAEQNwJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUH/i8AAQQQQbg0BIABBgYCAgHg2AgAMAgsgAkEEaiABEF0gAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC3UBBH8jAEEQayICJABBBCEEA0ACQCAERQRAQQEhBQwBCyACQQhqIAEQZyACLQAIRQ0AIAIgAi0ACUEQEH4gAigCAEEBcUUNACAEQQFrIQQgAigCBCADQQR0aiEDDAELCyAAIAM2AgQgACAFNgIAIAJBEGokAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEGShsAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH3hcAANgIEIABBADYCAA8LAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgEDsgASgCFEUEQCABQQhqIAQQlAEgASgCCCIAQQEgABsgASgCDEEAIAAbEIkCAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQYACayIAJAAgAEEgaiAGpyIEQYAB/AoAACAEQdCowABBgAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCoAEgAEEEaiAAQaABahCeAQwBCyAAQQRqQbeqwABBJRB7CyAAKQMgQgJaDQEgAEEgahDIAQwCCyAAQaABaiIFIABBIGpB4AD8CgAAIABBBGogBCAFIAcQESAFEMgBIAApAyBCAlQNAQsgAEEgahA/DAELIABBgAFqEKwBCyAEIABBBGoQOSAAQYACaiQAIAFBIGoQ0QEgAUEwaiQAIANBQGskAAuPAQEBfyMAQTBrIgMkACADQRhqIAEgAhAnAkAgAy0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgAUEFRgRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCACADEJsBCyADQTBqJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQkAEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEF1BACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQ4wEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQCCACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEJsBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAoQBIgMgAyAAKAKIAUEUbGoQaCACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABA/IABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEGShsAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH3hcAANgIEIABBADYCAA8LAAtzAQF/IwBBEGsiAyQAIANBBGogASACEEkgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJ0BRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQayNwAAQJCIBRQRAIAMQ+wEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ5gEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELeAEBfgJAAkACQAJAAkBBAyAAKQMAIgGnQQJrIAFCAVgbDgQBAgMEAAsgAEEIahD4ASAAQRRqEIcCIABBIGoQ+AEPCyAAQQhqEPABDwsgAEEIahDIAQ8LIABBCGoQyAEgAEHoAGoQ4wEPCyAAEMgBIABB4ABqEKwBC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQHQJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBNIARBCGogBRAOAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAt4AQJ/AkBBpM3AACgCACICQQEgAUEDdnQiA3FFBEBBpM3AACACIANyNgIAIAFBeHFBnMvAAGoiAiEBDAELIAFBeHFBjMrAAGoiAkGQAWohASACQZgBaigCACECCyABIAA2AgggAiAANgIMIAAgATYCDCAAIAI2AggLgAEBAn8jAEEQayIEJABBBEEUEM8BIQMgBEEEakGri8AAQRAQSSADQQw2AgQgA0G7i8AANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQXQJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQ4wEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQ4wEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDcCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEHogAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHYgBCgCCCIBBH8gBCABIAQoAgwQFyAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEG/w8AAQckAQeTDwAAQgwEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRCtAQsgAUEBNgIEDAELIAUgCSADIAIiCBAwIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDfAQALXwEDfyMAQRBrIgMkACADQQhqIAJBAUEBEFwgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCYASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC+ABAQR/IwBBMGsiAiQAIAAoAgAhACACIAEQCCACLQAAIgRBBkcEQCACIAIpABA3ACggAiACKQAJNwAhIAIgAikAATcAGSACIAQ6ABggACgCCCIFIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQRgQIyABKAIIIgNBgYCAgHhHBEAgAyABKAIMEN8BAAsgAUEQaiQACyAAKAIEIAVBGGxqIgEgAkEYaiIDKQMQNwMQIAEgAykDCDcDCCABIAMpAwA3AwAgACAFQQFqNgIICyACQTBqJAAgBEEGRwtbAQN/IwBBEGsiASQAIAAoAggiAyECA0AgAUEIaiAAEJABAkAgAS0ACARAIAEtAAlBMGtB/wFxQQpJDQELIAFBEGokACACIANLDwsgACACQQFqIgI2AggMAAsAC2EBAn8jAEEQayIEJAAgBEEANgIMIAQgASAEQQxqEGwgBCgCBCEFIAAgAzYCECAAQQA2AgwgACADNgIIIAAgAjYCBCAAIAU6ABggACABNgIAIAAgBCgCDDYCFCAEQRBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxC3ASABIAAoAgQgACgCCGoQKSAAIAIgA2o2AggLtgICCH8BfiMAQSBrIgIkACACQQhqIAEoAgQgASgCAGtBA3ZBBEEMEFwgAkEANgIcIAIgAikDCDcCFCMAQRBrIgYkACACQRRqIgMgASgCBCABKAIAa0EDdhC2ASADKQIEIQogBiADQQhqNgIEIAYgCkIgiTcCCCMAQRBrIgckACAGQQRqIgQoAgQhCCAEKAIAIAEoAgAiBSABKAIEIgNHBEAgASgCCCEBIAQoAgggCEEMbGohBCAIIAMgBWtBA3YiA2ohCANAIAdBBGogASAFKAIAIAVBBGooAgAQFiAEIAcoAgw2AgggBCAHKQIENwIAIAVBCGohBSAEQQxqIQQgA0EBayIDDQALCyAINgIAIAdBEGokACAGQRBqJAAgACACKAIcNgIIIAAgAikCFDcCACACQSBqJAALVQEBfwJ/QQAgASgCAEEBRw0AGiABKAIEIgIgASgCCEcEQCABIAJBAWo2AgQgASACai0ADCEBQQEMAQsgAUEANgIAQQALIQIgACABOgABIAAgAjoAAAtVAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABBmRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EYbiEAA0AgAARAIABBAWshACABEJsBIAFBGGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQggIgAEEQaiQAIAJBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBKG4hAANAIAAEQCAAQQFrIQAgARDyASABQShqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIQCIABBEGokACACQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahDDASABRSADQQFHcQ0BIAJBEGokAA8LEIgCAAtBuIXAAEE/EIkCAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMIBIAFFIANBAUdxDQEgAkEQaiQADwsQiAIAC0G4hcAAQT8QiQIAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARCoASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDfAQALVQEBfyAAIAAQiwIiAkEHakF4cSACayICaiEAQbDNwAAgASACayIBNgIAQbjNwAAgADYCACAAIAFBAXI2AgRBxM3AAEGAgIABNgIAIAAgAWpBKDYCBAvRCgIJfwN+IwBBIGsiBiQAIAYgAjYCBCAGIAE2AgAgBiAANgIYIAYgBkEfaiIANgIUIAYgADYCECAGIAZBBGo2AgwgBiAGNgIIIwBB0ABrIgUkACAFQSBqIgIgBkEIaiIAKAIQEDsgBUEYaiAAKAIAKAIAIAAoAgQoAgAQfSAFQQA2AiwgBSAFKAIcIgE2AjQgBSAFKAIYIgA2AjAgBSgCIEUEQCAFQRBqIAVBLGoQhQEgBSgCECEBIAUoAhQhACAFQQhqIAIQlAEgBSgCCCICIAEgAhsiAUEBIAEbIAUoAgwgACACG0EAIAEbEIkCAAsgBSAFKAIoNgJAIAUgBSkCICIMNwM4IAUgATYCTCAFIAA2AkgjAEHgAWsiAyQAQQEhCgJAIAynIgcoApgBIgJFDQAgAigCNEUNACACKAIwIgIoAgghCSACKAIEIQoLAkAgBykDAEIDUQRAIANBIGohCCAAIQIjAEFAaiIEJAACQCABQYCAEEsEQEGAgICAeCEBDAELIARCADcCECAEIAE2AgwgBCACNgIIQYCAgIB4IQEgBEGAgICAeDYCHCAEQYCAgIB4NgIoIAQgBEEoaiILNgI4IAQgBEEcajYCNAJAAkAgBEEIaiIAQdCPwABBAiAEQTRqQeCPwAAQggFFDQAgABCVAUUNACAEKAIcIgBBgICAgHhGBEAgCxDjAQwCCyAEIAQpAiAiDTcCOCAEIAA2AjQgBCgCKCICQYCAgIB4RgRAIARBNGoQ+AEMAgsgBCkCLCEOIAAhAQwCCyAEQShqEOMBIARBHGoQ4wELCyAEQcAANgIQIARBmI7AADYCDCAEQRE2AggCQCABQYCAgIB4RgRAIAQpAwghDCAIQcAANgIIIAggDDcCAAwBCyAEQQhqENwBIAQgATYCNCAEIA03AjggBCACNgIIIAQgDjcCDCAIAn8CQCAJIA1CIIinRw0AIA2nIAogCRBmDQAgDqcgDkIgiKcQAkUEQCAIQdiOwAA2AgQgCEERNgIAQTgMAgsgCEEEaiIAIAQoAhA2AgggACAEKQIINwIAIAhBFTYCACAEQTRqEPgBDAILIAhBkI/AADYCBCAIQRE2AgBBMgs2AgggBEEIahD4ASAEQTRqEPgBCyAEQUBrJAAgAygCIEEVRwRAIANBBGogCBCGAQwCCyADIAMoAiw2AhAgAyADKQIkNwIIIANBgICAgHg2AgQMAQsgA0EEakGxqMAAQR4QewsgA0FAayIAIAdBgAH8CgAAIAdB0KjAAEGAAfwKAAAgAyADKAIcNgI4IAMgAykCFDcDMCADIAMpAgw3AyggAyADKQIEIgw3AyAgA0EEaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQADCyAHED8gB0IENwMAIAdBCGogA0HIAGpB4AD8CgAAIAcgAygCEDYCcCAHIAMpAgg3AmhBACEBQQEhCQwECyADQcgAaiEBCyADIAEoAhg2AtgBIAMgASkCEDcD0AEgAyABKQIINwPIASADIAEpAgA3A8ABIAcgA0HAAWoQOUEBIQEgAygCIEGAgICAeEYNAQwCCyAHED8gByAAQYAB/AoAACADQSBqQQRyEPgBDAILIANBIGpBBHIQ+AELAkACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQIACyAAED8MAgsgCUUNASADQcgAahDwAQwBCyABRQ0AIANByABqEMgBCyAHKQMAGiADQeABaiQAIAVByABqENgBIAVBOGoQ0QEgBUHQAGokACAGQSBqJAALxwMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBA7IABBGGogASgCACgCACABKAIEKAIAEH0gAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEIUBIAAoAhAhAiAAKAIUIQMgAEEIaiAEEJQBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCJAgALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFB3KrAAEEYEHsMAQsgAUEcaiIEAn9BByAFIAJB1pDAAEEREMEBDQAaQRIgBSACQeeQwABBFBDBAQ0AGkEGIAUgAkH7kMAAQQsQwQENABogBEEjNgIIIARBhpHAADYCBEERCzYCACABIAQQngELIAYgARA5IAFBMGokACAAQcgAahDYASAAQThqENEBIABB0ABqJAAgA0EgaiQAC7cUAg5/An4jAEEgayIHJAAgByACNgIEIAcgATYCACAHIAA2AhggByAHQR9qIgA2AhQgByAANgIQIAcgB0EEajYCDCAHIAc2AggjAEHQAGsiAiQAIAJBGGogB0EIaiIAKAIQEDsgAkEkaiAAKAIAKAIAIAAoAgQoAgAQSgJAIAIoAhgEQCACKAIkQYGAgIB4Rw0BCyACQRBqIAJBJGoQjQEgAigCECEBIAIoAhQhAyACQQhqIAJBGGoQlAEgAigCCCIAIAEgABsiAUEBIAEbIAIoAgwgAyAAG0EAIAEbEIkCAAsgAiACKAIgNgI4IAIgAikCGCISNwMwIAIgAikCJDcDQCACIAIoAiw2AkgjAEEQayINJAAgDUEIaiACQUBrIg8QxwEgDSgCCCEDIA0oAgwhCCMAQeACayIBJAACQCASpyIJKAKYASIARQ0AIAAoAggNACAAKAIUIQUgACgCECEECwJAAkACQCAJKQMAQgRRBEACQCAEIAMgBBsiCgRAIAFBwAFqIQYgCSgCRCELIAkoAkghDiAJLQBkIQwjAEGwAWsiACQAQYCAgIB4IQMCQCAFIAggBBsiBEGAgBBLDQAgAEIANwJ4IAAgBDYCdCAAIAo2AnAgAEGAgICAeDYCWCAAIABB2ABqNgIYAkAgAEHwAGoiBEGQjcAAQQEgAEEYakGYjcAAEIIBRQ0AIAQQlQFFDQAgACkCXCERIAAoAlghAwwBCyAAQdgAahDmAQsgAEEpNgJ4IABBwI3AADYCdCAAQRE2AnACQCADQYCAgIB4RgRAIAApAnghESAGIAAoAoABNgIUIAYgETcCDCAGQcCNwAA2AgggBkKCgICAmAI3AgAMAQsgAEHwAGoQ3AEgACADNgIMIAAgETcCECARQiCIp0EYbCEDIBGnIQQCQAJAAkACQAJAAkADQCADRQ0BIAAgBEG8iMAAQQMQchBtIAAgACkDADcCWCAAIA42AnQgACALNgJwIANBGGshAyAEQRhqIQQgAEHYAGoiECAAQfAAaiIFEJoBRQ0ACyAAIARBGGs2AjAgBSAAQTBqIgRB6Y3AAEEDEHcgACgCcEUNAyAAKAJ4IQggACgCdCEDIAUgBEG5iMAAQQMQdyAAKAJwRQ0DIAAoAnghCyAAKAJ0IQogBSAEQeyNwABBAxB3IAAoAnBFDQMgACgCeCEOIAAoAnQhBCAKBEAgACALNgJcIAAgCjYCWCAAQQU2AnQgACAMEOwBNgJwIBAgBRDgAUUNBAsgBARAIAAgDjYCdCAAIAQ2AnAgAEHwAGpBkI7AABDgAUUNBAsgACAAQTBqIgQ2AjQgDEECRgRAIANFDQQgAyAIQe+NwABBAhDBAUUNBCAAQfAAaiIDIARB8Y3AAEEDEHcgACgCcEUNBCAAIAApAnQ3AlggAEHYAGoiBEH8jcAAEJoBRQ0EIAMgAEE0aiIMQYSOwAAQKCAAKAJwIgVBgICAgHhGDQQgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIAxBhY7AABAoIAAoAnAiA0GAgICAeEYEQCAEEPEBDAULIAApAnQhESAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A5ABIAAgACgCYDYCmAEgACAAKAJsIgQ2AkAgACAAKQJkNwM4AkACQCAEQSBGBEAgACgCUCAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABQYCAgIB4IQMgAEGAgICAeDYCcEEgRw0BIAAgAEH0AGoiBCkCEDcDKCAAIAQpAgg3AyAgACAEKQIANwMYDAILIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAEgAEGAgICAeDYCcAsgAEHwAGoQrAFBgYCAgHghAwsMAwsgAw0BDAMLIAZBgYCAgHg2AgAgAEEMahD7AQwFCyADIAhBho7AAEEDEMEBRQ0BIABB8ABqIgMgAEE0aiIEQYmOwAAQKCAAKAJwIgVBgICAgHhGDQEgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIARBio7AABAoIAAoAnAiBUGAgICAeEYEQCAAQdgAahDxAQwCCyAAKQJ0IRIgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOgASAAIAAoAmA2AqgBIAAgACgCbCIINgJAIAAgACkCZDcDOEEAIQNBACAIQQN0ayEEIAAoAjwhCgJ/AkACQANAIAMgCEYNASADIApqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIAAoAlAiBEUNACAAKAJMIggtAABCACERQQAhAwNAIAMgCGotAAAiC61C/wGDIBFCCIaEIREgBCADQQFqIgNHDQALRQ0AIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8IAtBAXFFIARBBEsgEUIDVHJyDQEgACAAKQJ0NwMYIAAgACkCfDcDICAAIAApAoQBNwMoIAAoAnAMAgsgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwLIABB8ABqEKwBQYGAgIB4CyEDCyAAQcgAahD4ASAAQThqEPgBIANBgYCAgHhGDQAgACAAKQMoNwOAASAAIAApAyA3A3ggACAAKQMYNwNwIABBBjYCWCADQYKAgIB4Rg0BIAYgAzYCACAGIAApA3A3AgQgBiAAKQN4NwIMIAYgACkDgAE3AhQgAEHYAGoQ3AEMAgsgAEEGNgJYCyAGIAAoAmg2AhQgBiAAKQJgNwIMIAYgACkCWDcCBCAGQYKAgIB4NgIACyAAQQxqEPsBCyAAQbABaiQAIAEoAsABQYKAgIB4Rw0BIAFBBGogAUHEAWoQhgEMBAsgAUEEakHQqcAAQSEQewwDCyABIAEoAtgBNgIcIAEgASkC0AE3AhQgASABKQLIATcCDCABIAEpAsABIhE3AgQgEadBgYCAgHhGDQMgASABQQRqIgAoAhg2AjggASAAKQIQNwMwIAEgACkCCDcDKCABIAApAgA3AyAgAUFAayAJQYAB/AoAACAJQdCowABBgAH8CgAAIAEpA0BCBFINASABQcABaiIDIAFByABqQeAA/AoAACABIAAoAhg2ArgCIAEgACkCEDcDsAIgASAAKQIINwOoAiABIAApAgA3A6ACIAkQPyAJIANBgAH8CgAAIAFBqAFqEOMBDAMLIAFBBGpB8anAAEEeEHsMAQsgAUFAaxA/IAFBIGoQrAEMAQsgASABKAIcNgLYAiABIAEpAhQ3A9ACIAEgASkCDDcDyAIgASABKQIENwPAAiAJIAFBwAJqEDkLIAFB4AJqJAAgDxDjASANQRBqJAAgAkEwahDRASACQdAAaiQAIAdBIGokAAtTAQF/AkAgABCMAigCBCIAQXhxIgJBBEEIIABBA3EiABsgAWpPBEAgAEUgAiABQSdqTXINAUG4wsAAQejCwAAQ4gEAC0H4wcAAQajCwAAQ4gEACwvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQkgEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDfAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABEDcCQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAGDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ7gEiBEGli8AAQQYQ5QEgATMBGBCcAUGai8AAQQcQ5QEgASgCBCABKAIIEGFBoYvAAEEEEOUBIAEoAhAgASgCFBDqARogBBD6ARogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEPgBIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAOENwMYIAMgA0EMaq1CgICAgIADhDcDEEGogMAAIANBEGogAhCDAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEOQBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDvASEAA0AgAgRAIAAQ7wEgASgCACABKAIEEOoBIAEoAgwgASgCEBDqARD9ARogAkEUayECIAFBFGohAQwBCwsgABD9AQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDTASABQQhqEJsBIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQkAEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIABIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0cBAn9BlMvAACEAA0AgACgCACIABEAgAUEBaiEBIABBCGohAAwBCwtBzM3AAEHUzcAAKAIAIgAgASAAIAFLG0F/IAAbNgIAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQkAEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC0ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ1wEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAs+AQJ/IwBBEGsiAyQAIAIgAUEBa0sEQCADIAA2AgggAyAAIAFqNgIMIANBCGoQcUEBcyEECyADQRBqJAAgBAtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBsIARBCGogBCgCECAEKAIUIAEgAhCqASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQKSAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMYBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDzAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEE4LC0IBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB1AkAgAygCCCIARQ0AIAMoAgwiAUUNACADKAIEIAEQrQELIANBEGokAAtCAQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLOAEBfyMAQRBrIgMkACADQQhqIAAQxQEgAygCCCIABH8gACADKAIMIAEgAhA9BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAjIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ3wEACyABQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQqAEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADED0QbSAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxByIgJFDQBBACEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EBIQELIAAgATYCAAs3AQF/IABBCHYiAUUEQEEADwsgAEGAgIAITwRAQR8PCyAAQSYgAWciAGt2QQFxIABBAXRyQT5zC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQIyAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEN8BAAsgBUEQaiQACzwBAX8gACACELcBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQSSADQfQDOwEcIANBDjYCGCADQYmuwAA2AhQgACAEEIgBIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQSCAAIAMpAwg3AwAgA0EgaiQACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEBcgAyADKAIIIAMoAgwQKiAAIAMoAgAgAygCBBBJIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEI4BIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEDAiAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUHEjMAAEAogBUEQaiQACzQBAX8jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFAALNAECfyMAQRBrIgEkACABQQhqIAAQHSABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQ2AFBAAshASAAIAI2AgQgACABNgIACzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEJ4BIAJBIGokAAs4AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARBcIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ7gFBx4vAAEEFEOUBIAEoAgwgASgCEBDqAUHMi8AAQQcQ5QEgASgCBCABKAIIEOoBQdOLwABBChDlASABMwEUEJwBEPoBIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ+AEgAkEQaiQAIAAgBiAFEEMgARD4ASAEQRBqJAALjwEBBX8jAEEQayIDJAAgA0EIaiEFIwBBEGsiAiQAA0ACQCACQQhqIAEQHiACKAIIIgRFBEBBACEEDAELIAIgBCACKAIMEBcgAigCBCIGRSACKAIAIgRFcg0BCwsgBSAGNgIEIAUgBDYCACACQRBqJAAgAygCDCEBIAAgAygCCDYCACAAIAE2AgQgA0EQaiQACzYBAX8gACgCCCEBIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ+AEgAEEQaiEADAELCws2AQF/QYzLwAAhAQNAAkAgAUUNACAAIAEoAgBPBEAgARD2ASAASw0BCyABKAIIIQEMAQsLIAELOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAwALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDjAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQSCACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEIoBIAIgADYCDCABIAJBDGpBhKbAABAkIAJBEGokAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALbAECfyABLQCDAUEBRgRAQQAhASACIANB8IjAAEEDEM0BBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEEkgACAENgIACx4AIAIEQCACIAEQqAEhAQsgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABENABQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABENEBQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA3IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQJSAEQRBqJAALNAAgASgCCCIBIABHBEAgASAANgIMIAAgATYCCA8LQaTNwABBpM3AACgCAEF+IAJ3cTYCAAtAAQF/IwBBEGsiAyQAIANBCGogASACEH0gAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQMAwBCyACRQRAQQEhAwwCCyACQQEQqAELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMEN8BAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEOABCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahD5AQsPCyAAQQRqEPgBDwsgAEEEahD7AQvJAQIDfwF+IAAQbyABQgBTBEAgAEEtEE4LIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBOIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEHYjMAAEF8ACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBmBUEBC0ULhgkBDH8jAEEgayIMJAAgDEEIaiELIwBBIGsiByQAQamRwAAhBEHVACECQQEhDUGQAyEFQf6RwAAhA0ESIQggASgCACIGIQlBASEKAkACQAJAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAZBAWsOFAABAgMEBQYHCAoLDA0ODxAREhMUHQsgASgCCCECIAEoAgQhBEEAIQZBkJLAACEDDBoLQaSSwAAhBEEmIQJBACEGQcqSwAAhAwwZC0HeksAAIQRBKiECQQAhBkGVAyEFQYiTwAAhAwwZC0Gak8AAIQRBLCECQQAhBkGTAyEFQcaTwAAhAwwYCyAHIAEoAggiCiABKAIMIglqNgIMIAcgCjYCCEEAIQYgB0EANgIQIAdBCGohBUEAIQJBICEDIwBBEGsiBCQAA0ACQCAEQQhqIAUQQCAEKAIMQYCAxABGBEAgAyECDAELIANBAWsiAw0BCwsgBEEQaiQAIAINFSAHIAUQQCAHKAIEQYCAxABGDRUCQCAHKAIAIgJFDQAgAiAJTwRAIAIgCUYNAQwVCyACIApqLAAAQUBIDRQLIAoMFAtBqZTAACEEQTohAkEAIQZBkQMhBUH7kMAAIQNBCyEIDBYLQeOUwAAhBEEjIQJBACEGQZEDIQVB1pDAACEDQREhCAwVCyABKAIIIQJBACEGQZEDIQVBhpXAACEDIAEoAgQMAQtBHiECQQAhBkGRAyEFQbGVwAAhA0GTlcAACyEEQQ0hCAwSC0G+lcAAIQRBOyECQQAhBkGRAyEFQfmVwAAhA0ETIQgMEQtBjJbAACEEQSohAkEAIQZBkQMhBUG2lsAAIQMMCwtBxJbAACEEQTshAkEAIQZBkQMhBUH/lsAAIQNBECEIDA8LQY+XwAAhBEEeIQJBACEGQZEDIQVBrZfAACEDDAgLQbyXwAAhBEEgIQJBACEGQZEDIQVB3JfAACEDDAcLQeuXwAAhBEEsIQJBACEGQZEDIQVBl5jAACEDDAYLQaaYwAAhBEE3IQJBACEGQZMDIQVB3ZjAACEDQRUhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQfKYwAAhAwwFC0GAmcAAIQRBKiECQQAhBkH3AyEFQeeQwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUG1mcAAIQNBqpnAAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVB0JnAACEDQcOZwAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtB2JPAACEEQTwhAkGRAyEFQZSUwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEEYgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCIASABENwBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQxAEjAEHQAGsiASQAIAFBEGogAxCJAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFwgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCJASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARCzAQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQPiACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQOCADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEI8BIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAuIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBEIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAaIANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQSyACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECAgAkEQaiQACxsBAX8jAEEQayICJAAgACABEMwBIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGYFQQELRQsoACADIAQgASACEM0BIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACycAIAAgASAAKAIEQQFxckECcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD4ASAAQRBBDCABG2oQ+AELGwEBfyMAQRBrIgIkACAAIAEQ1gEgAkEQaiQACzEBAX9BrM3AACgCACICBEBBtM3AACgCACACEEILQbTNwAAgADYCAEGszcAAIAE2AgALHwEBf0FAQVBB0M3AACgCAGtBd3FBA2siACAAQUBPGwuUBAEJfyMAQRBrIggkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiBCQAIAQgAkEcaiIAKAIAKAIAIAAoAgQoAgAQfSAEKAIAIQAgBCAEKAIEIgM2AgwgBCAANgIIIAJBEGohBSMAQRBrIgYkACMAQRBrIgEkACABIAM2AgwgASAANgIIQdR0IQACfwNAQQAgAEUNARogAEGEwMAAaiAAQYQBaiEAIAFBCGoQ4AFFDQALIABBwL7AAGoLIQcgAUEQaiQAAkACQCAHRQ0AIAZBBGohCiMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCAHKAJIIgAgBygCTEEDdGohBwNAAkAgAEUgACAHRnIEfyAJQShGDQEgCUH4ocAAaiEAIAlBCGohCUEABSAAQQhqCyADKAIMBEAgA0EEakEsEE4LIANBBGogACgCACAAKAIEEHohAAwBCwsgCiADKAIMNgIIIAogAykCBDcCACADQRBqJAAgBigCBEGAgICAeEYNACAFIAYoAgw2AgggBSAGKQIENwIADAELIAVBADYCCCAFQoCAgIAQNwIACyAGQRBqJAAgBEEIahDYASAEQRBqJAAgAiAFEIABIAggAikDADcCACACQTBqJAAgCCgCACAIKAIEIAhBEGokAAtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahD/ASAAQRBqJAAgAUEQaiQACyYAIAAoAgBBgICAgHhHBEAgABD4ASAAQRhqEOMBIABBDGoQ+AELCw0AIAAgAUEIQQQQjgILDQAgACABQRRBBBCOAgsjACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsNACAAIAFBDEEEEI4CCw0AIAAgAUEBQQEQjgILlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQNCABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiQIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCmAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQ0wEgAEEQaiQAIAFBIGoQ0AEgAUEwaiQAIARBCGogBhBkIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA0IAEoAhRFBEAgAUEIaiACEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCJAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCTDYCBCAGIAIoAkhBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBJIABBEGokACABQSBqENABIAFBMGokACAEQQhqIAUQjgEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8oDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDQgAigCFEUEQCACQQhqIAEQkwEgAigCCCIAQQEgABsgAigCDEEAIAAbEIkCAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHEO4BQZGLwABBAxDlASABQQhqIgEoAgQgASgCCBDqAUGUi8AAQQYQ5QEgASgCJCABKAIoEOoBQZqLwABBBxDlASABKAIQIAEoAhQQYUGhi8AAQQQQ5QEgASgCHCABKAIgEOoBEPoBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxD4ASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahDQASACQTBqJAAgBkEIaiADEIABIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAuqAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABA0IAEoAhRFBEAgAUEIaiAFEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCJAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQB4IAUoAmBBgICAgHhGGxDsAUEFEEkgACgCBEGAgICAeEYNACACIAAoAgw2AgggAiAAKQIENwIADAELIAJBADYCCCACQoCAgIAQNwIACyAAQRBqJAAgAUEgahDQASABQTBqJAAgBEEIaiACEIABIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvIBAIJfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgEkACABQRRqIgIgABA0IAEoAhRFBEAgAUEIaiACEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCJAgALIAEgASgCHDYCKCABIAEpAhQiCjcDICMAQRBrIgQkAAJAAkAgCqciACkDAEIBVg0AIARBBGohCCMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAAQeAAaiIAKAIAIQkgAkEEahDuAUHpjcAAQQMQ5QEhBwJAIAlBgICAgHhGBEAgB0HvjcAAQQIQ6gFB8Y3AAEEDEOUBQfSNwABBBRDqAUGEjsAAQQEQ5QEgACgCCCAAKAIMEOoBQYWOwABBARDlASAAKAIUIAAoAhgQ6gEaDAELIAdBho7AAEEDEOoBQYmOwABBARDlASAAKAIEIAAoAggQ6gFBio7AAEEBEOUBIAAoAhAgACgCFBDqAUG5iMAAQQMQ5QEgAC0AGBDsAUEFEOoBGgsgCCAHQfSPwABBAxDlAUEBENsBEPoBIgAoAgg2AgggCCAAKQIANwIAIABBADYCACACQQA2AgwgAkEBNgIIIAAQ+AEgAkEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAFBIGoQ0AEgAUEwaiQAIAZBCGogAxCAASAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAAL+AECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNCABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiQIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEF4MAQsgAEEEaiICQeiMwABBDBB7IAUgAhBeIAIQ8AELIABBIGokACABQSBqENABIAFBMGokACAEQQhqIAUQgAEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC94BAgV/AX4jAEEQayICJAAjAEEgayIDJAAgA0EUaiEEIwBBMGsiASQAIAFBFGoiBSAAEDQgASgCFEUEQCABQQhqIAUQkwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIkCAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAIABBCGogBqdBjAFqEMcBIAQgACgCCCAAKAIMENMBIABBEGokACABQSBqENABIAFBMGokACADQQhqIAQQZCACIAMpAwg3AgAgA0EgaiQAIAIoAgAgAigCBCACQRBqJAALtgICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQcjAEEwayIBJAAgAUEUaiICIAAQNCABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiQIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAikDAEIEUg0AIAIoAmhBgICAgHhHBEAgAigCcCEGIAIoAmwhBQwBCyACKAKYASICRQ0AIAIoAghBAUcNACACKAIUIQYgAigCECEFCyAIIAY2AgQgCCAFNgIAIAcgACgCCCAAKAIMENMBIABBEGokACABQSBqENABIAFBMGokACAEQQhqIAcQZCADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNCABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiQIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlg2AgQgBiACKAJUQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQSSAAQRBqJAAgAUEgahDQASABQTBqJAAgBEEIaiAFEI4BIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAsYAQF/IAEgA0YEfyAAIAIgARBmBUEBC0ULngEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoApgBBEAgAEGYAWoQyQELIABBgAFqEIcCIAAQPyAAQYwBahDjAQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQbABEK0BCyABQRBqJAALC5YBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AggCQCAAQQxqIgAoAgBBgICAgHhGBEAgAEEEahDJAQwBCyAAEPABCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQSgQrQELIAFBEGokAAsLIQAgACADIAEgAhBNIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQThqEPgBIABBxABqEPgBIABB0ABqEPgBIAAQ1QELrAEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEPgBIABBLGoQ/AEgAEE4ahD8ASAAQQxqEPgBIABB0ABqEOcBIABB3ABqELIBIABBxABqEIACAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQrQELIAFBEGokAAsLGAAgAUGAAk8EQCAAIAEQHA8LIAAgARBCCx4AIAAgAUEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAuWAgEEfyABQQlPBEACQCAAEK8BQRAgASABQRBNGyICa08NACACQRAgAEELakF4cSAAQQtJGyIEakEMahAJIgBFDQAgABCMAiEBAkAgAkEBayIDIABxRQRAIAEhAAwBCyAAIANqQQAgAmtxEIwCIQAgASgCBCIFQXhxIAAgAkEAIAAgAWtBEE0baiIAIAFrIgJrIQMgBUEDcQRAIAAgAxCrASABIAIQqwEgASACEBMMAQsgASgCACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiASAEQRBqTQ0AIAAgBBCrASAAIARqIgIgASAEayIBEKsBIAIgARATCyAAEIsCIQMLIAMPCyAAEAkLGAEBfyABIANPBH8gAiAAIAMQ8wEFQQALC1ABAX8gAUGAAk8EQCAAEBIPCwJAIAAoAgwiAiAAKAIIIgBHBEAgACACNgIMIAIgADYCCAwBC0GkzcAAQaTNwAAoAgBBfiABQQN2d3E2AgALCxcAIAEgABCoASIARQRAIAEQigIACyAACx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahDCAQseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQwgELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMMBCxsAIAEEQCAAIAEgAhBJDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ+AEgAEEMahDjAQsLGgAgAEEQahD4ASAAQShqEOMBIABBHGoQ/gELEQAgACABEFsgAARAIAAQDQsLGAAgACABKQIANwIAIABBCGogAUEIahBWCxgBAX8gACgCBCIBBEAgACgCACABEK0BCwscACAAKAIAIAAoAgQgASgCACABKAIEEMEBQQFzCxcBAX8gACAAEIsCIgFBB2pBeHEgAWtqCxsAIABBg4zAAEGHjMAAIAEbQQRBBSABGxDrAQsVACAAKAIAQQVGBEAgAEEEahD4AQsLEgBBGSAAQQF2a0EAIABBH0cbCxYAIAAgAUEBcjYCBCAAIAFqIAE2AgALHQAgAARAIAEQigIAC0GExMAAQSNBmMTAABCDAQALGQAgACgCACAAKAIEIAEoAgAgASgCBBDBAQsWAQF/IAAoAhAiAQR/IAEFIAAoAhQLCw0AIABB3QAgARCDAQALFgAgACgCAEGAgICAeEcEQCAAEPgBCwsSACAAKAIAQQBOBEAgABD4AQsLEwAgACABIAIQ6gEiAEE6EE4gAAsWACAAKAIAQYCAgIB4RwRAIAAQ+wELCxYAIAAoAgBBgICAgHhHBEAgABD8AQsLDwAgAEEBdCIAQQAgAGtyCw4AIAEEQCAAIAEQrQELC50CAQF/IAAQbyMAQRBrIgMkACAAQSIQTiADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQhAEiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEE4MCQsgAEHdi8AAQQIQegwICyAAQd+LwABBAhB6DAcLIABB4YvAAEECEHoMBgsgAEHji8AAQQIQegwFCyAAQeWLwABBAhB6DAQLIABB54vAAEECEHoMAwsgAEHpi8AAQQIQegwCCyAAQeuLwABBBBB6IAAgAUEEdi0A74tAEE4gACABQQ9xLQDvi0AQTgwBCwsgAEEiEE4gA0EQaiQAIAALEAAgABBvIAAgASACEHogAAsQACAAQf8BcUECdCgCmMNACxEAIAAgASACQaGHwABBABAVCw8AIAAQbyAAQfsAEE4gAAsPACAAEG8gAEHbABBOIAALDwAgABCHAiAAQQxqEPgBCw8AIAAQ+AEgAEEMahD4AQsPACAAEPgBIABBEGoQmwELCwAgACABIAIQZkULDAAgACABIAIgAxAfC5UBAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQNCABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiQIACyABIAEoAhw2AiggASABKQIUIgM3AyBBAkKAiISQMCADpykDACIDp0ECa61C/wGDQgOGiKcgA0IBWBsgAUEgahDQASABQTBqJABB/wFxuAsNACAAKAIAIAAoAgRqCw8AQfDJwABBMyAAEIMBAAsKACAAQQFBARBwCzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDyASACQShqIQIMAQsLIAAQhAILCwAgAEH9ABBOIAALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEJsBIAJBGGohAgwBCwsgABCCAgs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+AEgAkEMaiECDAELCyAAQQRBDBBwCwsAIABB3QAQTiAACzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPgBIAFBDGoQ+AEgAkEBayECIAFBGGohAQwBCwsgABCGAgsKACAAQQRBCBBwCzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPgBIAFBDGoQ/AEgAkEBayECIAFBGGohAQwBCwsgABCGAgs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+AEgAkEQaiECDAELCyAAEIMCCwoAIABBCEEYEHALCgAgAEEEQRAQcAsKACAAQQhBKBBwCwoAIAAgASACEBgLCgAgAEEEQRgQcAs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ+AEgAUEUaiEBDAELCyAAQQRBFBBwCw0AQaTDwABBGxCJAgALCQAgACABEAAAC2cBAX8jAEEQayIBJAAgASAANgIEIAEgAUEEaq1CgICAgIADhDcDCCMAQSBrIgAkACAAIAFBCGo2AhAgAEGAhcAANgIMIABBADoAHSAAQQA6ABwgAEH0w8AANgIYIAAgAEEMajYCFAALBwAgAEEIagsHACAAQQhrCwMAAAsjAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhB5CwsLsUYjAEGAgMAAC9EoFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kbG1hbGxvYy0wLjIuMTQvc3JjL2RsbWFsbG9jLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2FsbG9jLnJzAHNyYy9yZmMzMzM5LnJzABVtZW1vcnkgYWxsb2NhdGlvbiBvZiDADSBieXRlcyBmYWlsZWQAAAAeARAATwAAAM0BAAA3AAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0Ojox+QMQAAMAAAAxMjcABAQQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjlSUzI1NmFsZ2tpZGNyaXQAOQQQAAMAAAA8BBAAAwAAAD8EEAAEAAAAAAAAAAwAAAAEAAAAAQAAAAIAAABleUpoZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ3BheWxvYWQgaXMgbm90IGJhc2U2NHVybHBheWxvYWQgaXMgbm90IGEgSlNPTiBvYmplY3RzaWduYXR1cmUgaXMgbm90IGJhc2U2NHVybEVTMjU2/wQQAAUAAAAudGhlIHNpZ25hdHVyZSBpcyBlbXB0eSBvciBub3Qgb2YgaXRzIGFsZ29yaXRobSdzIHNpemVjcml0aWNhbCBoZWFkZXIgZXh0ZW5zaW9ucyBhcmUgbm90IHN1cHBvcnRlZGEgSldUIGhhcyB0aHJlZSBkb3Qtc2VwYXJhdGVkIHBhcnRzdXJsbWV0aG9kaGVhZGVyc2JvZHlzdGF0dXNhcHBsaWNhdGlvbi9qc29uQ29udGVudC1UeXBlZXJyb3JtZXNzYWdlc3RhdHVzQ29kZVwiXFxcYlx0XG5cZlxyXHUwMDAxMjM0NTY3ODlhYmNkZWZudWxsdHJ1ZWZhbHNlAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAAG4BEAALAAAATgEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAAG4BEAALAAAA8QEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudmtleXMAiwYQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VFQ2NydlAtMjU2AAAA9AYQAAUAAAB4eVJTQW5lc2lnAAALBxAAAwAAAHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQgaXMgbm90IEpTT04gd2l0aCBhbiBpc3N1ZXIgYW5kIGEgandrc191cml0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3Mgandrc191cmkgaXMgbm90IGFuIGh0dHBzOi8vIFVSTHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBpc3N1ZXIgaXMgbm90IE9JRENfSVNTVUVSaXNzdWVyandrc191cmnCBxAABgAAAMgHEAAIAAAAAAAAAAgAAAAEAAAACwAAAAwAAABleHRzdWJyb2xlYXV0aGVudGljYXRlZGF1ZGluc2ZvcmdlLWFwaWlhdGV4cGVtYWlsYWNjZXNzVG9rZW50b2tlblR5cGVCZWFyZXJleHBpcmVzQXR1c2VyaWRwcm92aWRlcmludmFsaWRfc2lnbmF0dXJlcHJvdmlkZXJfdW5yZWFjaGFibGV1bmtub3duX2tleXRoZSBwcm92aWRlciBhbnN3ZXJlZCB3aXRoIGFuIGVycm9yc2VuZCB0aGUgcHJvdmlkZXIgdG9rZW4gYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCBvciBKU09OIGB7InRva2VuIjogIuKApiJ9YG1pc3NpbmdfY3JlZGVudGlhbG1hbGZvcm1lZF9jcmVkZW50aWFsdGhlIGNyZWRlbnRpYWwgZXhjZWVkcyA4MTkyIGNoYXJhY3RlcnNjcmVkZW50aWFsX3Rvb19sYXJnZXVzZSBQT1NUIChvciBPUFRJT05TIGZvciBhIENPUlMgcHJlZmxpZ2h0KW1ldGhvZF9ub3RfYWxsb3dlZHRoaXMgT3JpZ2luIGlzIG5vdCBpbiBCUklER0VfQUxMT1dFRF9PUklHSU5Tb3JpZ2luX25vdF9hbGxvd2VkYWxnIG5vdCBhY2NlcHRlZCAoUlMyNTY7IG9pZGMtYnJpZGdlOiBSUzI1NiwgUFMyNTYsIEVTMjU2KTogdW5zdXBwb3J0ZWRfYWxnb3JpdGhtdGhlIHRva2VuJ3Mga2lkIG1hdGNoZXMgbm8gUlNBIHNpZ25pbmcga2V5IG9mIHRoZSBwcm92aWRlcnRoZSB0b2tlbiBzaWduYXR1cmUgZG9lcyBub3QgdmVyaWZ5aW52YWxpZF90b2tlbnRoZSBwcm92aWRlciB0b2tlbiBoYXMgZXhwaXJlZHRva2VuX2V4cGlyZWR0aGUgcHJvdmlkZXIgdG9rZW4gaXMgbm90IHZhbGlkIHlldCAobmJmL2lhdCBpbiB0aGUgZnV0dXJlKXRva2VuX25vdF95ZXRfdmFsaWR0aGUgdG9rZW4gaXNzdWVyIGlzIG5vdCBhbiBhY2NlcHRlZCBpc3N1ZXJpbnZhbGlkX2lzc3VlcnRoZSB0b2tlbiBhdWRpZW5jZSBkb2VzIG5vdCBpbmNsdWRlIHRoZSBjb25maWd1cmVkIGF1ZGllbmNlaW52YWxpZF9hdWRpZW5jZXRoZSB0b2tlbiBoYXMgbm8gdXNlciBpZCAoc3ViKW1pc3Npbmdfc3ViamVjdHRoZSBwcm92aWRlciBzZXNzaW9uIGhhcyBleHBpcmVkc2Vzc2lvbl9leHBpcmVkdGhlIHByb3ZpZGVyIGRvZXMgbm90IHJlY29nbmlzZSB0aGlzIHNlc3Npb25pbnZhbGlkX3Nlc3Npb25tYWNoaW5lLXRvLW1hY2hpbmUgdG9rZW5zIGNhcnJ5IG5vIHVzZXIgYW5kIGFyZSByZWZ1c2VkbWFjaGluZV90b2tlbl9yZWZ1c2VkcHJvdmlkZXJfZXJyb3J0aGUgaWRlbnRpdHkgcHJvdmlkZXIgY291bGQgbm90IGJlIHJlYWNoZWQgaXMgbm90IHNldG1pc3Npbmdfc2VjcmV0IGlzIGludmFsaWQ6IGludmFsaWRfc2VjcmV0YXV0aGVudGljYXRpb25fZmFjdG9yc2VtYWlsX2ZhY3RvcmVtYWlsX2FkZHJlc3MwAAANDRAAAQAAAGV4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZmlzc2d0eWNsaWVudF9jcmVkZW50aWFscwN0b2tlbl91c2VhY2Nlc3NjbGllbnRfaWQCYXpwAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUDF5ZXNub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0vLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQBMCBAAAgAAAKMNEAAGAAAAbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAAN0QEAAEAAAAYmFzZewQEAAEAAAAEw8QAAoAAAAdDxAAGAAAADUPEAAaAAAAag8QABYAAACBDxAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAD3BxAAAwAAAPoHEAAEAAAACwgQAAMAAACBDRAAAwAAABoIEAADAAAAHQgQAAMAAAB+DRAAAwAAACAIEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAhxIQAAcAAABICBAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZAC0EhAABwAAANENEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAAOASEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkIAgQAAUAAAAYExAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUZGlzY292ZXJlZCBpcyBub3QgZXhwZWN0ZWQgbm93AAIAQdyowAALAQQAQeiowAALCgEAAAAAAAAA9AEAQdCpwAAL1QpzZWxlY3Rfa2V5IG5lZWRzIHRoZSBmZXRjaGVkIEpXS1NzZWxlY3Rfa2V5IGlzIG5vdCBleHBlY3RlZCBub3dPUFRJT05Tc3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25Db250ZW50LUxlbmd0aHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbAAAABwXEAAGAAAAIhcQAAsAAAAvZW1haWxfdmVyaWZpZWRXT1JLT1NfSVNTVUVSV09SS09TX0pXS1NfVVJMaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy97fXdvcmtvc1dPUktPU19DTElFTlRfSURXT1JLT1NfSldLUwAAkxcQABAAAABPFxAADQAAAFwXEAAPAAAAoxcQAAsAAABodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQve30A0BcQABYAAADmFxAAKQAAABwXEAAGAAAAS0lOREVfSldLU19VUkx7fS8ud2VsbC1rbm93bi9qd2tzLmpzb25LSU5ERV9BVURJRU5DRWtpbmRlS0lOREVfSVNTVUVSX1VSTEtJTkRFX0pXS1MAYRgQABAAAABOGBAADgAAACgYEAAOAAAAcRgQAAoAAAB7fQAAnBgQAAIAAAB7YmFzZX0vdjEvc2Vzc2lvbnMvandrcy97fXN0eXRjaFNUWVRDSF9KV0tTAOITEAARAAAA1w8QAA0AAACODxAADwAAAMgYEAALAAAAc3R5dGNoLmNvbS97fXtiYXNlfQD0GBAADQAAAAEZEAAGAAAAT0lEQ19KV0tTX1VSTE9JRENfQVVESUVOQ0VPSURDX0lTU1VFUk9JRENfSldLUwAAtg4QAAsAAAAyGRAACwAAACUZEAANAAAAGBkQAA0AAAA9GRAACQAAADEQEAAOAAAAAAECY2xlcmthdXRoMGZpcmViYXNlY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbQAAnBgQAAIAAADDGRAAEwAAAC91c2VyX21ldGFkYXRhL2VtYWlsX3ZlcmlmaWVkc3VwYWJhc2UAAAD+BxAADQAAADAXEAACAAAAQBcQAA8AQbC0wAALFU8XEAANAAAAXBcQAA8AAABrFxAAIgBB0LTAAAtBjRcQAAYAAACNFxAABgAAALAXEAAEAAAAkxcQABAAAAAQGBAAAgAAAKMXEAALAAAABAAAAAAAAAClAhAAAQAAAAEAQZy1wAALDSAYEAABAAAAQBcQAA8AQby1wAALYSgYEAAOAAAANhgQABgAAABOGBAADgAAAFwYEAAFAAAAXBgQAAUAAAB8GBAABAAAAGEYEAAQAAAAoBgQAAEAAABxGBAACgAAAAQAAAAAAAAApQIQAAEAAAClAhAAAQAAAAEAQci2wAALBagYEAAaAEHYtsAAC1nCGBAABgAAAMIYEAAGAAAA1BgQAAQAAADiExAAEQAAAAgZEAACAAAAyBgQAAsAAACgGBAAAQAAAKUCEAABAAAAtg0QAAEAAAAAAAABIBgQAAEAAABAFxAADwBBxLfAAAsFGBkQAA0AQdS3wAALYSUZEAANAAAA3RAQAAQAAADdEBAABAAAAEgZEAAGAAAAMhkQAAsAAACgGBAAAQAAAD0ZEAAJAAAABAAAAAAAAAB4GRAAAwAAAAEAAAAAAAAAAQEBACAYEAABAAAAQBcQAA8AQci4wAALBRgZEAANAEHYuMAAC2ElGRAADQAAAHsZEAAFAAAA3RAQAAQAAABIGRAABgAAADIZEAALAAAAoBgQAAEAAAA9GRAACQAAAAQAAAAAAAAAeBkQAAMAAACyDRAAAQAAAAEBAAAgGBAAAQAAAEAXEAAPAEHMucAACwUYGRAADQBB3LnAAAthJRkQAA0AAACAGRAABQAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAAKAYEAABAAAAPRkQAAkAAAAEAAAAAAAAAHgZEAADAAAAAQAAAAAAAAABAQEAIBgQAAEAAABAFxAADwBB0LrAAAsFGBkQAA0AQeC6wAALYSUZEAANAAAAhRkQAAgAAADdEBAABAAAAEgZEAAGAAAAMhkQAAsAAACgGBAAAQAAAD0ZEAAJAAAABAAAAAAAAAB4GRAAAwAAAAEAAAAAAAAAAQEBACAYEAABAAAAQBcQAA8AQdS7wAALBRgZEAANAEHku8AAC2ElGRAADQAAAI0ZEAAHAAAA3RAQAAQAAABIGRAABgAAADIZEAALAAAAoBgQAAEAAAA9GRAACQAAAAQAAAAAAAAAeBkQAAMAAACZDRAAAQAAAAEBAQAgGBAAAQAAAJQZEAAJAEHYvMAACwUYGRAADQBB6LzAAAtpJRkQAA0AAACdGRAABQAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAAKAYEAABAAAAPRkQAAkAAAAEAAAAAAAAAHgZEAADAAAAAQAAAAAAAAABAQEAIBgQAAEAAABAFxAADwAAAKIZEAAbAEHcvcAACwUYGRAADQBB7L3AAAthJRkQAA0AAAC9GRAABgAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAANgZEAACAAAAPRkQAAkAAAAEAAAAAAAAAHgZEAADAAAAAQAAAAAAAAABAQEAIBgQAAEAAADoGRAAHQBB4L7AAAsFGBkQAA0AQfC+wAALwwUlGRAADQAAAAUaEAAIAAAA3RAQAAQAAABIGRAABgAAADIZEAALAAAAoBgQAAEAAAA9GRAACQAAABAaEAABAAAAeBkQAAMAAAABAAAAAAAAAAEBAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gW4AAAACYL4pCkUQ3cc/7wLWl27XpW8JWOfER8Vmkgj+S1V4cq5iqB9gBW4MSvoUxJMN9DFV0Xb5y/rHegKcG3Jt08ZvBwWmb5IZHvu/GncEPzKEMJG8s6S2qhHRK3KmwXNqI+XZSUT6YbcYxqMgnA7DHf1m/8wvgxkeRp9VRY8oGZykpFIUKtyc4IRsu/G0sTRMNOFNUcwpluwpqdi7JwoGFLHKSoei/oktmGqhwi0vCo1FsxxnoktEkBpnWhTUO9HCgahAWwaQZCGw3Hkx3SCe1vLA0swwcOUqq2E5Pypxb828uaO6Cj3RvY6V4FHjIhAgCx4z6/76Q62xQpPej+b7yeHHGcQIQAA4AAAAlAAAANQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAAMsBEABaAAAA6QQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAADLARAAWgAAAO8EAAANAAAAywEQAFoAAABNBQAAHgAAAM8AEABOAAAAcQcAABEAAAA0BBAAFxcQAP8EEABudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkAegEQAFAAAAAsAwAACQAAACYCEABKAAAAKQIAAAkAAABjYXBhY2l0eSBvdmVyZmxvdwAAAHoBEABQAAAAHAAAAAUAAAACAgICAgICAgICAgBB0MTAAAsIAgIAAAAAAAIAQYfFwAALAQIAQa3FwAALAQEAQcjFwAALAQEAQajGwAALyAIwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEGyycAACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQfDJwAALGWF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AQdLNwAALBwEA/w8AABcAQeTNwAALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

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
async function fetchWithin(url, init, ms) {
  try {
    return await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: "error" }));
  } catch (_e) {
    return "unreachable";
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
   * `options`: any of JWKS_DEFAULTS, plus `fetch(url, init, ms)` resolving to a Response or
   * 'unreachable' (as fetchWithin) and `now()` in milliseconds; tests pass fakes.
   */
  constructor(options = untyped({})) {
    const { fetch: fetch2 = fetchWithin, now = Date.now, ...opts } = options;
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
    if (!res.ok) {
      await res.body?.cancel();
      return { fail: "provider_error" };
    }
    const doc = await res.text();
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
var CLAIMS_TABLE = "bridge_claims";
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
async function upsert(db, row, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.from(CLAIMS_TABLE).upsert([row], { onConflict: "sub,bridge" }).select("sub");
      if (error) return `error ${typeof error.code === "string" ? error.code.slice(0, 16) : "unknown"}`;
      return Array.isArray(data) && data.length === 1 ? "ok" : "unexpected answer";
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
async function recordClaims(slug, reply, claims, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = claimsDb();
  if (!db) return replaced(reply, 500, "missing_secret", "INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS");
  const minted = JSON.parse(reply.body);
  const row = {
    sub: minted.user.id,
    bridge: minted.provider,
    claims: JSON.parse(claims),
    expires_at: new Date(minted.expiresAt * 1e3).toISOString()
  };
  const outcome = await upsert(db, row, timeoutMs);
  if (outcome === "ok") return reply;
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, "claims_unavailable", "the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again");
}

// functions/src/lib/bridge.js
var PROVIDER_TIMEOUT_MS = 5e3;
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
        const res = await fetchWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
        if (res === "unreachable") {
          rs((s) => s.fail("provider_unreachable"));
          break;
        }
        const body = await res.text();
        rs((s) => s.stytch_answer(res.status, body, nowSeconds()));
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
      const claims = reply.status === 200 ? wasm.call(() => session.claims) : void 0;
      if (claims !== void 0) reply = await recordClaims(`${provider}-bridge`, reply, claims);
      return toResponse(reply, []);
    } catch (e) {
      logInternal(`${provider}-bridge`, e);
      return internalError([]);
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
