// stytch-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy stytch-bridge --file functions/dist/stytch-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:d3f9aa4c79d85072238f5a0559154ba96d277ab66d6a3732bab563153c926964
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
       * The bytes the RS256 signature covers while `kind` is `CheckSignature` (else empty).
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
       * The JWKS: fetch `jwks_url` (undefined when pinned), then `select_key(doc)`.
       */
      SelectKey: 1,
      "1": "SelectKey",
      /**
       * Verify `signature` over `signing_input` with `key` (RS256), then `signature_checked`.
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgA39/fwF/YAN/f38AYAF/AGACf38Bf2AEf39/fwBgBH9/f38Bf2AFf39/f38AYAF/AX9gAAJ/f2ABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA/YB9AEIAgcEAgYDBQAGAgAAAQQAAAIADAUHBAQHBQIBAQAAAAAGBAENDgEHBgUCAAICCAYBBQAABgAPAgAFAQAQEQAABgEABQIEBQACAgQIAwAFAAAAAQACAgUAAAIFAgEEAQACAQUCAAEDBwIIAQQFBQcCAgUCAAICAAQGEgIABwAFAAAAAwQGAAABBQACBQAACAYCAAQDEwQAAgEBAQEBBAQHBwcUAwAAAAoKCgoKCgYDAwUAAAADAwYEAwMDAgMDAAIDBAMABAADAwEDAwMCAAABAQQAAgICAggIAwMABAQBBhUBAwMDCAMDCAMDAQMLAAAAAAALBAkCcAEoKG8AhAgFAwEAEQYZA38BQYCAwAALfwBBmLjAAAt/AEHIuMAACwefBBgGbWVtb3J5AgARX193YmdfYnJpZGdlX2ZyZWUAUhhfX3diZ19icmlkZ2VzZXNzaW9uX2ZyZWUAUwxicmlkZ2VfYmVnaW4AFQ9icmlkZ2VfZW52X2tleXMApAEKYnJpZGdlX25ldwAxEmJyaWRnZXNlc3Npb25fZmFpbABWFmJyaWRnZXNlc3Npb25fandrc191cmwArQERYnJpZGdlc2Vzc2lvbl9rZXkAqwESYnJpZGdlc2Vzc2lvbl9raW5kAOIBE2JyaWRnZXNlc3Npb25fcmVwbHkArAEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AFcXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUArgEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA4G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dACpARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAJhxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0AKoBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAG0SX193YmluZGdlbl9yZWFsbG9jAHoPX193YmluZGdlbl9mcmVlAM4BEF9fd2JpbmRnZW5fc3RhcnQAAQlFAQBBAQsn7QEdnwFMkQEq4QEjnAFDmgEemwEynQGJAaABJJ4BPPUB8wG/AVQZ4wHeAXXdAfEBvwGFASJB9AHQAc8BGN8BDAENCq2NBPQB0yUCCX8BfiMAQRBrIggkAAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAhAAwECyAAQQtqIgFBeHEhBUGEvMAAKAIAIglFDQJBHyEGIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQYMAQsCQAJAAkACQAJAQYC8wAAoAgAiBEEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiB0EDdCIBQfi5wABqIgAgAUGAusAAaigCACICKAIIIgNGDQEgAyAANgIMIAAgAzYCCAwCCyAFQYi8wAAoAgBNDQYgAQ0CQYS8wAAoAgAiAEUNBiAAaEECdEHouMAAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQYCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEHIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAHQQA2AgALIAZFDQYCQCACKAIcQQJ0Qei4wABqIgEoAgAgAkcEQCACIAYoAhBHBEAgBiAANgIUIAANAgwJCyAGIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAY2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQYC8wAAgBEF+IAd3cTYCAAsgAkEIaiEAIAIgAUEDcjYCBCABIAJqIgEgASgCBEEBcjYCBAwFCwJAQQIgAHQiAkEAIAJrciABIAB0cWgiB0EDdCIBQfi5wABqIgIgAUGAusAAaigCACIAKAIIIgNHBEAgAyACNgIMIAIgAzYCCAwBC0GAvMAAIARBfiAHd3E2AgALIAAgBUEDcjYCBCAAIAVqIgYgASAFayIHQQFyNgIEIAAgAWogBzYCAEGIvMAAKAIAIgIEQEGQvMAAKAIAIQECQEGAvMAAKAIAIgRBASACQQN2dCIDcUUEQEGAvMAAIAMgBHI2AgAgAkF4cUH4ucAAaiIDIQQMAQsgAkF4cSICQfi5wABqIQQgAkGAusAAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLIABBCGohAEGQvMAAIAY2AgBBiLzAACAHNgIADAQLQYS8wABBhLzAACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIHIANBAXI2AgQgAyAHaiADNgIAQYi8wAAoAgAiAUUNAUGQvMAAKAIAIQACQEGAvMAAKAIAIgRBASABQQN2dCIGcUUEQEGAvMAAIAQgBnI2AgAgAUF4cUH4ucAAaiIEIQEMAQsgAUF4cSIEQfi5wABqIQEgBEGAusAAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtBkLzAACAHNgIAQYi8wAAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAGQQJ0Qei4wABqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAZBAXZrQQAgBkEfRxt0IQRBACEAA0ACQCACKAIEQXhxIgcgBUkNACAHIAVrIgcgA08NACACIQEgByIDDQBBACEDIAEhAAwDCyACKAIUIgcgACAHIAIgBEEddkEEcWooAhAiAkcbIAAgBxshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAGdCIAQQAgAGtyIAlxIgBFDQMgAGhBAnRB6LjAAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiAiAFayIEIAMgAyAESyIEGyACIAVJIgIbIQMgASAAIAEgBBsgAhshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVBiLzAACgCACIATSADIAAgBWtPcQ0AIAEoAhghBgJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQcgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAdBADYCAAsCQCAGRQ0AAkACQCABKAIcQQJ0Qei4wABqIgIoAgAgAUcEQCABIAYoAhBHBEAgBiAANgIUIAANAgwECyAGIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtBhLzAAEGEvMAAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEBQMAgsCQEGAvMAAKAIAIgJBASADQQN2dCIEcUUEQEGAvMAAIAIgBHI2AgAgA0H4AXFB+LnAAGoiAyECDAELIANB+AFxIgRB+LnAAGohAiAEQYC6wABqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQYi8wAAoAgAiAUsEQCAFQYy8wAAoAgAiAE8EQCAIQQRqIQACfyAFQa+ABGpBgIB8cSIBQRB2IAFB//8DcUEAR2oiAUAAIgRBf0YEQEEAIQFBAAwBCyABQRB0IgJBEGsgAiAEQRB0IgFBACACa0YbCyECIABBADYCCCAAIAI2AgQgACABNgIAIAgoAgQiAUUEQEEAIQAMCAsgCCgCDCEHQZi8wAAgCCgCCCIEQZi8wAAoAgBqIgA2AgBBnLzAACAAQZy8wAAoAgAiAiAAIAJLGzYCAAJAAkBBlLzAACgCACICBEBB6LnAACEAA0AgASAAKAIAIgMgACgCBCIGakYNAiAAKAIIIgANAAsMAgtBpLzAACgCACIAQQAgACABTRtFBEBBpLzAACABNgIAC0GovMAAQf8fNgIAQfS5wAAgBzYCAEHsucAAIAQ2AgBB6LnAACABNgIAQYS6wABB+LnAADYCAEGMusAAQYC6wAA2AgBBgLrAAEH4ucAANgIAQZS6wABBiLrAADYCAEGIusAAQYC6wAA2AgBBnLrAAEGQusAANgIAQZC6wABBiLrAADYCAEGkusAAQZi6wAA2AgBBmLrAAEGQusAANgIAQay6wABBoLrAADYCAEGgusAAQZi6wAA2AgBBtLrAAEGousAANgIAQai6wABBoLrAADYCAEG8usAAQbC6wAA2AgBBsLrAAEGousAANgIAQcS6wABBuLrAADYCAEG4usAAQbC6wAA2AgBBwLrAAEG4usAANgIAQcy6wABBwLrAADYCAEHIusAAQcC6wAA2AgBB1LrAAEHIusAANgIAQdC6wABByLrAADYCAEHcusAAQdC6wAA2AgBB2LrAAEHQusAANgIAQeS6wABB2LrAADYCAEHgusAAQdi6wAA2AgBB7LrAAEHgusAANgIAQei6wABB4LrAADYCAEH0usAAQei6wAA2AgBB8LrAAEHousAANgIAQfy6wABB8LrAADYCAEH4usAAQfC6wAA2AgBBhLvAAEH4usAANgIAQYy7wABBgLvAADYCAEGAu8AAQfi6wAA2AgBBlLvAAEGIu8AANgIAQYi7wABBgLvAADYCAEGcu8AAQZC7wAA2AgBBkLvAAEGIu8AANgIAQaS7wABBmLvAADYCAEGYu8AAQZC7wAA2AgBBrLvAAEGgu8AANgIAQaC7wABBmLvAADYCAEG0u8AAQai7wAA2AgBBqLvAAEGgu8AANgIAQby7wABBsLvAADYCAEGwu8AAQai7wAA2AgBBxLvAAEG4u8AANgIAQbi7wABBsLvAADYCAEHMu8AAQcC7wAA2AgBBwLvAAEG4u8AANgIAQdS7wABByLvAADYCAEHIu8AAQcC7wAA2AgBB3LvAAEHQu8AANgIAQdC7wABByLvAADYCAEHku8AAQdi7wAA2AgBB2LvAAEHQu8AANgIAQey7wABB4LvAADYCAEHgu8AAQdi7wAA2AgBB9LvAAEHou8AANgIAQei7wABB4LvAADYCAEH8u8AAQfC7wAA2AgBB8LvAAEHou8AANgIAQZS8wAAgAUEPakF4cSIAQQhrIgI2AgBB+LvAAEHwu8AANgIAQYy8wAAgBEEoayIEIAEgAGtqQQhqIgA2AgAgAiAAQQFyNgIEIAEgBGpBKDYCBEGgvMAAQYCAgAE2AgAMCAsgAiADSSABIAJNcg0AIAAoAgwiA0EBcQ0AIANBAXYgB0YNAwtBpLzAAEGkvMAAKAIAIgAgASAAIAFJGzYCACABIARqIQNB6LnAACEAAkACQANAIAMgACgCACIGRwRAIAAoAggiAA0BDAILCyAAKAIMIgNBAXENACADQQF2IAdGDQELQei5wAAhAANAAkAgAiAAKAIAIgNPBEAgAiADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtBlLzAACABQQ9qQXhxIgBBCGsiAzYCAEGMvMAAIARBKGsiCSABIABrakEIaiIANgIAIAMgAEEBcjYCBCABIAlqQSg2AgRBoLzAAEGAgIABNgIAIAIgBkEga0F4cUEIayIAIAAgAkEQakkbIgNBGzYCBEHoucAAKQIAIQogA0EQakHwucAAKQIANwIAIANBCGoiACAKNwIAQfS5wAAgBzYCAEHsucAAIAQ2AgBB6LnAACABNgIAQfC5wAAgADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAIgA0YNByADIAMoAgRBfnE2AgQgAiADIAJrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgAiAAEBQMCAsCQEGAvMAAKAIAIgFBASAAQQN2dCIEcUUEQEGAvMAAIAEgBHI2AgAgAEH4AXFB+LnAAGoiACEBDAELIABB+AFxIgBB+LnAAGohASAAQYC6wABqKAIAIQALIAEgAjYCCCAAIAI2AgwgAiABNgIMIAIgADYCCAwHCyAAIAE2AgAgACAAKAIEIARqNgIEIAFBD2pBeHFBCGsiBCAFQQNyNgIEIAZBD2pBeHFBCGsiAyAEIAVqIgBrIQUgA0GUvMAAKAIARg0DIANBkLzAACgCAEYNBCADKAIEIgJBA3FBAUYEQCADIAJBeHEiARARIAEgBWohBSABIANqIgMoAgQhAgsgAyACQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQFAwGCwJAQYC8wAAoAgAiAUEBIAVBA3Z0IgJxRQRAQYC8wAAgASACcjYCACAFQfgBcUH4ucAAaiIFIQMMAQsgBUH4AXEiAUH4ucAAaiEDIAFBgLrAAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQYy8wAAgACAFayIBNgIAQZS8wABBlLzAACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtBkLzAACgCACEAAkAgASAFayICQQ9NBEBBkLzAAEEANgIAQYi8wABBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBiLzAACACNgIAQZC8wAAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECyAAQQhqIQAMBQsgACAEIAZqNgIEQZS8wABBlLzAACgCACIAQQ9qQXhxIgFBCGsiAjYCAEGMvMAAQYy8wAAoAgAgBGoiBCAAIAFrakEIaiIBNgIAIAIgAUEBcjYCBCAAIARqQSg2AgRBoLzAAEGAgIABNgIADAMLQZS8wAAgADYCAEGMvMAAQYy8wAAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtBkLzAACAANgIAQYi8wABBiLzAACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIARBCGohAAwBC0EAIQBBjLzAACgCACIBIAVNDQBBjLzAACABIAVrIgE2AgBBlLzAAEGUvMAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAsgCEEQaiQAIAAL7x0CHX8CfiMAQeADayIDJAAgA0EMakEAQcAA/AsAIAEgAkEGdGohGCAAKAIcIQ8gACgCGCEQIAAoAhQhESAAKAIQIRIgACgCDCETIAAoAgghFCAAKAIEIRUgACgCACEWA0AgASAYRwRAIANCgICAgMAANwJYIAMgATYCTCADQcAANgJQIAMgAUFAayIZNgJUIANBzABqIgIoAhAiB0UEQEHwr8AAEOQBAAtBECACKAIEIAduIgIgAkEQTxtBAnQhB0EAIQIDQCACIAdHBEAgA0EMaiACaiABIAJqKAAAIg1B/4H8B3FBCHggDUEYeEH/gfwHcXI2AgAgAkEEaiECDAELCyADIBU2AmQgAyARNgJsIAMgFjYCYCADIBI2AmggAyAUNgJwIAMgEzYCdCADIBA2AnggAyAPNgJ8IAMoAhghASADKAIUIQIgAygCECEHIAMgAygCDCINNgK8AyADIAc2ArgDIAMgAjYCtAMgAyABNgKwAyADKAIoIQggAygCJCEJIAMoAiAhCiADIAMoAhwiFzYCvAIgAyAKNgK4AiADIAk2ArQCIAMgCDYCsAIgAygCOCEMIAMoAjQhDiADKAIwIQQgAyADKAIsIho2AtwCIAMgBDYC2AIgAyAONgLUAiADIAw2AtACIAMoAkghBSADKAJEIQYgAygCQCELIAMgAygCPCIbNgL8AiADIAs2AvgCIAMgBjYC9AIgAyAFNgLwAiADIA1BmN+olARqIhw2AlggAyAHQZGJ3YkHaiIdNgJUIAMgAkGxiPzRBGsiHjYCUCADIAFB28iosgFrIh82AkwgA0HQA2oiDSADQfAAaiIBIANB4ABqIgIgA0HMAGoiBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIB42AowBIAMgHzYCiAEgAyAcNgKEASADIB02AoABIAcgAiABIANBgAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBdB24TbygNqIhc2AlggAyAKQfGjxM8FaiIKNgJUIAMgCUHc+oHuBmsiCTYCUCADIAhBq8KOpwVrIgg2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAk2ApwBIAMgCDYCmAEgAyAXNgKUASADIAo2ApABIAcgAiABIANBkAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBpB6KrhvwJrIgg2AlggAyAEQYG2jZQBaiIJNgJUIAMgDkG+i8ahAmoiCjYCUCADIAxBw/uxqAVqIgw2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2AqwBIAMgDDYCqAEgAyAINgKkASADIAk2AqABIAcgAiABIANBoAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBtB9Lr5lQdqIgg2AlggAyALQYKchfkHayIJNgJUIAMgBkHZ8o+hBmsiCjYCUCADIAVBjJ2Q8wNrIgw2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2ArwBIAMgDDYCuAEgAyAINgK0ASADIAk2ArABIAcgAiABIANBsAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADQZADaiIIIANBsANqIgkgA0GwAmoiCiADQdACaiIMIANB8AJqIg4QGiADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQb+sktsBayILNgJYIAMgBkH68IaCAWsiBjYCVCADIAVBxruG/gBqIgU2AlAgAyAEQczDsqACaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMASADIAQ2AsgBIAMgCzYCxAEgAyAGNgLAASAHIAIgASADQcABahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBogAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0Hv2KTvAmoiCzYCWCADIAZBqonS0wRqIgY2AlQgAyAFQdzTwuUFaiIFNgJQIAMgBEHakea3B2oiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC3AEgAyAENgLYASADIAs2AtQBIAMgBjYC0AEgByACIAEgA0HQAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAaIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJBrt2GvgZrIgs2AlggAyAGQZPzuL4FayIGNgJUIAMgBUG4sPP/BGsiBTYCUCADIARBuYCahQRrIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwBIAMgBDYC6AEgAyALNgLkASADIAY2AuABIAcgAiABIANB4AFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGiADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQY3o/8gDayILNgJYIAMgBkG53eHSAmsiBjYCVCADIAVB0capNmoiBTYCUCADIARB59KkoQFqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AvwBIAMgBDYC+AEgAyALNgL0ASADIAY2AvABIAcgAiABIANB8AFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAKIAwQGiADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQYWV3L0CaiILNgJYIAMgBkG4wuzwAmoiBjYCVCADIAVB/Nux6QRqIgU2AlAgAyAEQZOa4JkFaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKMAiADIAQ2AogCIAMgCzYChAIgAyAGNgKAAiAHIAIgASADQYACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOEBogAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0HU5qmoBmoiCzYCWCADIAZBu5WoswdqIgY2AlQgAyAFQdLt9PEHayIFNgJQIAMgBEH7prfsBmsiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCnAIgAyAENgKYAiADIAs2ApQCIAMgBjYCkAIgByACIAEgA0GQAmoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAaIAMoArADIQQgAygCtAMhBSADKAK4AyEGIAMgAygCvANB366A6gVrIgs2AlggAyAGQbWzlr8FayIGNgJUIAMgBUGQ6dHtA2siBTYCUCADIARB3dzOxANrIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwCIAMgBDYCqAIgAyALNgKkAiADIAY2AqACIAcgAiABIANBoAJqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAKIAwgDiAIIAkQGiADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQeevtPMCayILNgJYIAMgBkHc85vLAmsiBjYCVCADIAVB+5TH3wBrIgU2AlAgAyAEQfDAqoMBaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMAiADIAQ2AsgCIAMgCzYCxAIgAyAGNgLAAiAHIAIgASADQcACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKEBogAygC0AIhBCADKALUAiEFIAMoAtgCIQYgAyADKALcAkGWgpPNAWoiCzYCWCADIAZBiNjd8QFqIgY2AlQgAyAFQczuoboCaiIFNgJQIAMgBEG1+cKlA2oiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AIgAyAENgLoAiADIAs2AuQCIAMgBjYC4AIgByACIAEgA0HgAmoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAaIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBs5nwyANqIgs2AlggAyAGQcrU4vYEaiIGNgJUIAMgBUHPlPPcBWoiBTYCUCADIARB89+5wQZqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowDIAMgBDYCiAMgAyALNgKEAyADIAY2AoADIAcgAiABIANBgANqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGiADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQe6FvqQHaiILNgJYIAMgBkHvxpXFB2oiBjYCVCADIAVB7I/e2QdrIgU2AlAgAyAEQfj745kHayIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAyADIAQ2AqgDIAMgCzYCpAMgAyAGNgKgAyAHIAIgASADQaADahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBogAygCsAMhCCADKAK0AyEJIAMoArgDIQogAyADKAK8A0GGgIT6BmsiDDYCWCADIApBlaa+3QVrIgo2AlQgAyAJQYm4mYgEayIJNgJQIAMgCEGOjrrMA2siCDYCTCADQcADaiABIAIgBxAbIAMgAykCwAM3A3AgAyADKQLIAzcDeCADIAk2AtwDIAMgCDYC2AMgAyAMNgLUAyADIAo2AtADIAcgAiABIA0QGyADIAMpAlQiIDcDaCADIAMpAkwiITcDYCADKAJ8IA9qIQ8gAygCeCAQaiEQIAMoAnQgE2ohEyADKAJwIBRqIRQgIKcgEmohEiAhpyAWaiEWIAMoAmwgEWohESADKAJkIBVqIRUgGSEBDAELCyAAIA82AhwgACAQNgIYIAAgETYCFCAAIBI2AhAgACATNgIMIAAgFDYCCCAAIBU2AgQgACAWNgIAIANB4ANqJAAL4AgCB38BfiMAQTBrIgUkAAJAAkAgAgRAAkAgBK0gAkEDdCIHQQhrIghBA3atfiIMQiCIUARAIAFBCGohAiAMpyEKIAEhBgNAIAdFDQIgB0EIayEHIAYoAgQhCSAGQQhqIQYgCSAKaiIKIAlPDQALCyMAQRBrIgAkACAAQTU2AgQgAEGArsAANgIAIAAgAK1CgICAgPAEhDcDCEHNgcAAIABBCGpBuK7AABB8AAsgBUEIaiAKQQFBARBYIAVBADYCHCAFIAUpAwg3AhQgBUEUaiABKAIAIgYgBiABKAIEahDVASAKIAUoAhwiAWshBiAFKAIYIAFqIQcCQAJAAkACQAJAAkAgBA4FAAECAwQFCwNAIAhFDQcgAigCACEEIAIoAgQhASAHQQAgA0EAQfCtwAAQogEgBUEgaiAHIAYgARCAASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB8K3AABCiASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0GIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEBEIABIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBAUHwrcAAEKIBIAkgByAGIAEQgAEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQfCtwAAQogEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNBSACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBAhCAASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJB8K3AABCiASAJIAcgBiABEIABIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUHwrcAAEKIBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQQgAigCACEEIAIoAgQhASAFQSBqIgkgByAGQQMQgAEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0EDQfCtwAAQogEgCSAHIAYgARCAASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB8K3AABCiASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0DIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEEEIABIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEHwrcAAEKIBIAkgByAGIAEQgAEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQfCtwAAQogEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNAiACKAIAIQkgAigCBCEBIAVBIGoiCyAHIAYgBBCAASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADIARB8K3AABCiASALIAcgBiABEIABIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUHwrcAAEKIBIAhBCGshCCACQQhqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAUpAhQ3AgAgACAKIAZrNgIICyAFQTBqJAALsQkBDH8jAEGgAWsiAiQAIAIgADYCQCACIAAgAWo2AkQgAkFAayIHKAIAIQggBygCBCEEA0ACQCAIIgMgBEYNACAHIANBAWoiCDYCACADLQAAIgZB3ABGDQAgBkH/AGtB/wFxQaEBSw0BCwsCQCADIARHDQAgAkE4akGZjMAAQQggACABEKEBIAIoAjwhBCACKAI4IQggAkEwakGhjMAAQQcgACABEKEBIAgiA0UEQCACKAIwIgNFDQEgAigCNCEECyACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgBDYCZCACIAQ2AlAgAiADIARqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEQgAigCLCIFQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAFRw0ACwsgAyACKAJgIgFqIQAgCSABayEFDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEFC0EAIQQgAkEgaiAAQQEgABsiASAFQQAgABsiAEHbABBkAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEUgAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQZCACKAIYIgRFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQRSACKAJAIgNFDQIgAigCTCEJIAIoAkghBCACKAJEIQAgAyEBDAILQQAhBCADRQ0BC0EAIQUMAQsgAiAANgJwIAIgATYCbEEAIQUgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhByALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgByIDIAxGDQAgCyADQQFqIgc2AgAgAy0AACEGIA1FBEAgBkEwa0H/AXFBCkkgBkHfAXFBwQBrQf8BcUEaSXIgBkHfAEYgBkEta0ECSXJyDQIMAQsgBkEuRiAGQTBrQf8BcUELSXIgBkHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgBEUEQCAIRQ0BDAILIAggBCAJQQUQYyIFRXINAgsgCkUEQCABIABBqIzAAEEJEDYNASACQfgAaiIDIAEgAEEuELIBIAJBEGogAxAhIAIgAikDEDcCQEEAIQUgAkFAa0HAjMAAEJQBRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAhIAIoAggNAAsgAA0CA0AgAiACQfgAahAhIAIoAgAiAEUhBSAARQ0DIAAgAigCBCIBQQMQY0UNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakG0jMAAEMYBIQUMAQtBASEFCyACQaABaiQAIAULoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEAkCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQCSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQCSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QCSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQCSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQCSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJBlK3AABBbAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQCSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEAkgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQZStwAAQWwALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC90GAQV/AkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxAQIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJAIAEgBEsEQCAFQZS8wAAoAgBGDQFBkLzAACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAIEBEgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAODAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwIC0GIvMAAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQZC8wAAgATYCAEGIvMAAIAU2AgAMBwsgBCABayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQDgwGC0GMvMAAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkGwscAAQeCxwAAQxwEAC0HwsMAAQaCxwAAQxwEAC0GwscAAQeCxwAAQxwEAC0HwsMAAQaCxwAAQxwEACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEGMvMAAIAE2AgBBlLzAACAFNgIACyAGRQ0AIAAPCyADEAIiAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEAgLIAILogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFBkLzAACgCAEYEQCACKAIEQQNxQQNHDQFBiLzAACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEBELAkACQEGovMAAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkGUvMAAKAIARg0CIAJBkLzAACgCAEYNAyACIANBeHEiAhARIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQZC8wAAoAgBHDQFBiLzAACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEBRBqLzAAEGovMAAKAIAQQFrIgA2AgAgAA0GQfC5wAAoAgAiAA0CQf8fDAMLQZS8wAAgATYCAEGMvMAAQYy8wAAoAgAgAGoiADYCACABIABBAXI2AgRBkLzAACgCACABRgRAQYi8wABBADYCAEGQvMAAQQA2AgALIABBoLzAACgCACICTQ0FQZS8wAAoAgAiAEUNBUGMvMAAKAIAIgNBKUkNBEHoucAAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQZC8wAAgATYCAEGIvMAAQYi8wAAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQYC8wAAoAgAiAkEBIABBA3Z0IgNxRQRAQYC8wAAgAiADcjYCACAAQfgBcUH4ucAAaiIAIQIMAQsgAEH4AXEiAEH4ucAAaiECIABBgLrAAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBqLzAAEHwucAAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQaC8wABBfzYCAAsL+AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahBrDQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HED8gBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQdiAEKAIoQQFHDQYgBDUCLCIJQgBSIAcgByAJfSIHVXMNBiABQQFqIQEgAkEBaiECDAALAAsgAiADa0EBaiECA0AgAkUNAyAEQSBqIAEtAABBChB2IAQoAiBBAUcNBCACQQFqIQIgAUEBaiEBIAdCCn4gBDUCJH0hBwwACwALIAVBAWshBSABQQFqIQELIAVBEE8EQANAIAVFDQIgBEEQaiAHIAdCP4cQPyAEKQMYIAQpAxAiB0I/h1INBCAEQQhqIAEtAABBChB2IAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChB2IAQoAgBBAUcNAiABQQFqIQEgBUEBayEFIAQ1AgQgB0IKfnwhBwwACwALIAAgBzcDCEIBIQgMAQsLIAAgCDcDACAEQdAAaiQAC5EKAgp/AX4jAEHQAGsiAiQAIAEgASgCCEEBajYCCCACQQA2AiwgAkKAgICAEDcCJAJAA0ACQCACQSBqIAEQYSACLQAgRQ0AIAItACEiA0HcAEcEQCADQSJHBEAgA0EgSQ0CIAJBJGogAxCTAQwDCyACKAIkIQggAkHEAGohBiACKAIoIQMCQAJAIAIoAiwiBUUNACAFQQdrIgFBACABIAVNGyEKIANBA2pBfHEgA2shC0EAIQEDQAJAAkACQCABIANqLQAAIgfAIglBAE4EQCALIAFrQQNxDQEgASAKTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIAFBCGoiASAKSQ0ACwwCC0KAgICAkCAhDAJAAkACQAJAAkACQAJAAkACQCAHLQD8tUBBAmsOAwABAgcLIAFBAWoiBCAFSQ0CQgAhDAwGCyABQQFqIgQgBUkNAkIAIQwMBQsgAUEBaiIEIAVJDQJCACEMDAQLIAMgBGosAABBv39KDQMMBAsgAyAEaiwAACEEAkACQCAHQeABayIHBEAgB0ENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAlBH2pB/wFxQQxPBEAgCUF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgAyAEaiwAACEEAkACQAJAAkAgB0HwAWsOBQEAAAACAAsgCUEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgBSABQQJqIgRNBEBCACEMDAILIAMgBGosAABBv39KBEBCgICAgJDAACEMDAILQgAhDCABQQNqIgQgBU8NASADIARqLAAAQUBIDQJCgICAgJDgACEMDAELQgAhDCABQQJqIgQgBU8NACADIARqLAAAQb9/TA0BQoCAgICQwAAhDAsgBiAMIAGthDcCBCAGQQE2AgAMBgsgBEEBaiEBDAILIAFBAWohAQwBCyABIAVPDQADQCABIANqLAAAQQBIDQEgBSABQQFqIgFHDQALDAILIAEgBUkNAAsLIAYgBTYCCCAGIAM2AgQgBkEANgIACwJAAkAgAigCREUEQCACIAU2AjwgAiADNgI4IAIgCDYCNAwBCyACIAIpAkg3AjwgAiAFNgI4IAIgAzYCNCACIAg2AjAgCEGAgICAeEcNAQsgACACKAI8NgIIIAAgAikCNDcCAAwECyAAQYCAgIB4NgIAIAJBMGoQ5QEMAwsgAkEYaiABEGEgAi0AGEUNAAJAAkACQAJAAkACQAJAIAItABkiA0HuAGsOCAEHBwcCBwMGAAsCQAJAIANB4gBrDgUFCAgIAQALIANBIkYgA0EvRnIgA0HcAEZyDQUMBwtBDCEDDAQLQQohAwwDC0ENIQMMAgtBCSEDDAELQQghAwsgAkEkaiADEJMBDAILIAJBEGogARA1IAIoAhBBAXFFDQACQCACKAIUIgNBgHhxQYCwA0YEQCABQdwAEF9FDQEgAUH1ABBfRQ0BIAJBCGogARA1IAIoAghBAXFFDQIgAigCDCIFQYB4cUGAuANHDQIgA0EKdCAFakGAuP8aayEDCyACQQA2AjAgA0GAsANzQYCAxABrQYCQvH9JBEAMAgsgAiADIAJBMGoQZSACQSRqIAIoAgAiAyACKAIEIANqENUBDAILCwsgAEGAgICAeDYCACACQSRqEOUBCyACQdAAaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEBAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEEAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAQBFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAQBFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEEAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALtgQCA38DfiMAQYABayIDJAAgA0IANwMgIANCADcDGCADQgA3AxAgA0IANwMIIAMgADYCLCADIAEtAEAiBK0iBkI7hiAAKQMgIgdCCYYiCCAGQgOGhCIGQoD+A4NCKIaEIAZCgID8B4NCGIYgBkKAgID4D4NCCIaEhCAHQgGGQoCAgPgPgyAHQg+IQoCA/AeDhCAHQh+IQoD+A4MgCEI4iISEhDcDMCABIARqQYABOgAAIAMgA0EsajYCPCADIARBAWogAUHAicAAEI0BIAMoAgQhACADKAIAIQUDQCAABEAgBUEAOgAAIABBAWshACAFQQFqIQUMAQsLAkAgBEE4cUE4RwRAIAFBOGpBCCADQTBqQQhB0InAABCiASADQTxqIAEQ1AEMAQsgA0E8aiIAIAEQ1AEgA0FAayIEQQBBwAD8CwAgA0H4AGpBCCADQTBqQQhB4InAABCiASAAIAQQ1AELQQAhACABQQA6AEAgA0KggICAwAA3AkwgA0EANgJEIAMgA0EoajYCQCADIANBCGo2AkggAygCLCEBIANBQGsiBCgCECIFRQRAQaCIwAAQ5AEAC0EIIAQoAgwgBW4iBCAEQQhPG0ECdCEEA0AgACAERwRAIAMgACABaigCACIFQf+B/AdxQQh4IAVBGHhB/4H8B3FyNgJAIANBCGogAGpBBCADQUBrQQRByK7AABCiASAAQQRqIQAMAQsLIAJBICADQQhqQSBBsIjAABCiASADQYABaiQAC/8HAgl/A34jAEEgayIDJAAgA0EIaiABEDoCQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEFIwBBMGsiBCQAIAFBLRBfIQkgASgCCCECAkAgARBNRQRAIAVCAzcDAAwBCwJAIAEoAggiBiACSSAGIAEoAgQiB0tyRQRAIAEoAgAgAmohByAGIAJrIgZBAU0NASAHLQAAQTBHDQEgBUIDNwMADAILIAIgBiAHQciQwAAQFgALA0ACQCALIQwgBiICRQ0AIARBIGogDEIAED8gBCkDKEIAUg0AIAJBAWshBiAHLQAAIQogB0EBaiEHIAQpAyAiDSAKQTBrrUL/AYN8IgsgDVoNAQsLAkACQCABQS4QX0UEQCAEQRhqIAEQiwEgBC0AGARAIAQtABlBIHJB5QBGDQILIAJFIAlxRQRAQgJCACACGyELDAMLQgFCAiAMQgF9QgBZGyELQgAgDH0hDAwCCyABEE1FBEAgBUIDNwMADAMLIARBEGogARCLAUICIQsgBC0AEARAIAQtABFBIHJB5QBGDQELDAELIAEgASgCCCICQQFqNgIIIARBCGogARCLAQJAIAQtAAhFDQACQCAELQAJQStrDgMAAQABCyABIAJBAmo2AggLIAEQTQRAQgIhCwwBCyAFQgM3AwAMAQsgBSAMNwMIIAUgCzcDAAsgBEEwaiQAIAMpAxAiC0IDUQ0JIAMpAxghDEECIQIMDAsgAUGRkMAAQQQQZ0UNCUEAIQIMCwsgAUGVkMAAQQQQZ0UNAUEBIQhBASECDAoLIAFBmZDAAEEFEGdFDQFBASECQQAhCAwJCyAAQQY6AAAMCQsgAEEGOgAADAgLIANBEGogARAKIAMoAhAiAUGAgICAeEYNBSADKQIUIQtBAyECDAYLIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBoJDAABAoRQRAIABBBjoAACACEOgBDAcLIAMoAhAhASADKQIUIQtBBCECDAULIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBtJDAABAPRQRAIABBBjoAACACEOYBDAYLIAMoAhAhASADKQIUIQtBBSECDAQLIABBBjoAAAwECyAAQQY6AAAMAwsgAEEGOgAADAILIABBBjoAAAwBCyAAIAw3AxAgACALNwMIIAAgATYCBCAAIAg6AAEgACACOgAACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGQvMAAKAIARgRAIAIoAgRBA3FBA0cNAUGIvMAAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEBELAkACQAJAIAIoAgQiA0ECcUUEQCACQZS8wAAoAgBGDQIgAkGQvMAAKAIARg0DIAIgA0F4cSICEBEgACABIAJqIgFBAXI2AgQgACABaiABNgIAIABBkLzAACgCAEcNAUGIvMAAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQFA8LAkBBgLzAACgCACICQQEgAUEDdnQiA3FFBEBBgLzAACACIANyNgIAIAFB+AFxQfi5wABqIgEhAgwBCyABQfgBcSIBQfi5wABqIQIgAUGAusAAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0GUvMAAIAA2AgBBjLzAAEGMvMAAKAIAIAFqIgE2AgAgACABQQFyNgIEIABBkLzAACgCAEcNAUGIvMAAQQA2AgBBkLzAAEEANgIADwtBkLzAACAANgIAQYi8wABBiLzAACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC78EAgd/AX4jAEFAaiIDJAAgAEH7ABBHBEAgA0EANgIkIANCgICAgMAANwIcIANBGGogABA6AkAgAy0AGEUNAAJAIAMtABlB/QBGDQAgAigCECEHA0AgA0EQaiAAEDogAy0AEEUNAiADLQARQSJHDQIgA0E0aiAAEAogAygCNCICQYCAgIB4Rg0CIAMgAykCOCIKNwIsIAMgAjYCKAJAAkAgAygCJCICQYACRg0AIAJBDGwhAiADKAIgIgVBBGohBCADQShqIgYoAgQhCCAGKAIIIQYDQAJAIAJFDQAgBiAFKAIIRgRAIAQoAgAgCCAGEOABDQELIAVBDGohBSACQQxrIQIgBEEMaiEEDAELCyACDQAgA0EIaiAAEDogAy0ACEUNACADLQAJQTpHDQAgACAAKAIIQQFqNgIIIAEgACAKpyAKQiCIpyAHEQYARQ0AIAMoAiQiBSADKAIcRgRAIwBBEGsiAiQAIAJBCGogA0EcaiIEIAQoAgBBAUEEQQwQJyACKAIIIgRBgYCAgHhHBEAgBCACKAIMEMUBAAsgAkEQaiQACyADKAIgIAVBDGxqIgIgAygCMDYCCCACIAMpAig3AgAgAyAFQQFqNgIkIAMgABA6IAMtAABFDQQgAy0AASICQSxGDQEgAkH9AEcNBAwDCyADQShqEOUBDAMLIAAgACgCCEEBajYCCAwACwALQQEhCSAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRxqEOkBCyADQUBrJAAgCQvnAgEFfwJAIAFBzf97QRAgACAAQRBNGyIAa08NACAAQRAgAUELakF4cSABQQtJGyIEakEMahACIgJFDQAgAkEIayEBAkAgAEEBayIDIAJxRQRAIAEhAAwBCyACQQRrIgUoAgAiBkF4cSACIANqQQAgAGtxQQhrIgIgAEEAIAIgAWtBEE0baiIAIAFrIgJrIQMgBkEDcQRAIAAgAyAAKAIEQQFxckECcjYCBCAAIANqIgMgAygCBEEBcjYCBCAFIAIgBSgCAEEBcXJBAnI2AgAgASACaiIDIAMoAgRBAXI2AgQgASACEA4MAQsgASgCACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiAiAEQRBqTQ0AIAAgBCABQQFxckECcjYCBCAAIARqIgEgAiAEayIEQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIAEgBBAOCyAAQQhqIQMLIAMLggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgCGCEDAkACQCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRB6LjAAGoiASgCACAARwRAIAMoAhAgAEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJHBEAgACACNgIMIAIgADYCCA8LQYC8wABBgLzAACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQIgEEQCACIAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtBhLzAAEGEvMAAKAIAQX4gACgCHHdxNgIAC8kEARN/IwBBEGsiCiQAAkAgASgCECIMIAEoAggiEEsNACABQRRqIhEgAS0AGCIHakEBayESIAEoAgQhDSABKAIMIQUgB0EFSSETAkACQANAIAUgDEsNAyAFIA1qIQYgEi0AACELAkAgDCAFayIEQQdNBEBBACECQQAhAwNAIAMgBEYEQCAEIQMMAwsgCyADIAZqLQAARgRAQQEhAgwDBSADQQFqIQMMAQsACwALIApBCGohDkEAIQMCQAJAAkAgBiAGQQNqQXxxIgJGBEAgBEEIayEPQQAhAgwBCyAEIAIgBmsiAiACIARLGyECIAQEQCALIQhBASEJA0AgAyAGai0AACAIRg0EIAIgA0EBaiIDRw0ACwsgAiAEQQhrIg9LDQELIAtBgYKECGwhAwNAQYCChAggAiAGaiIJKAIAIANzIghrIAhyQYCChAggCUEEaigCACADcyIIayAIcnFBgIGChHhxQYCBgoR4Rw0BIAJBCGoiAiAPTQ0ACwsgAiAERwRAIAshA0EBIQkDQCADIAIgBmotAABGBEAgAiEDDAMLIAQgAkEBaiICRw0ACwtBACEJCyAOIAM2AgQgDiAJNgIAIAooAgwhAyAKKAIIIQILIAJBAUcNASABIAMgBWpBAWoiBTYCDCAFIAdJDQAgBSAHayEEIAUgEEsNACATRQ0CIAQgDWogESAHEGANAAsgACAFNgIIIAAgBDYCBEEBIRQMAgsgASAMNgIMDAELQQAgB0EEQZCIwAAQFgALIAAgFDYCACAKQRBqJAALwAIBBn8jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEFggA0EANgIcIAMgAykDCDcCFCABIAJqIQcDQCAFIQYCQAJAIAEgB0cEQCABQQFqIQhBACECIAEtAAAhAQNAIAJBwABGDQIgAkHZi8AAai0AACABRg0DIAJBAWohAgwACwALIAMgAygCHDYCKCADIAMpAhQ3AyAgBARAIABBgICAgHg2AgAgA0EgahDlAQwECyAAIAMoAhw2AgggACADKQIUNwIADAMLIABBgICAgHg2AgAgA0EUahDlAQwCCyAGQQZqIQUgBEEGdCACaiEEIAghASAGQQFNDQAgA0EUaiAEIAZBAmsiBXYQkwEgBEF/IAV0QX9zcSEEDAALAAsgA0EwaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRB6LjAAGohBEEBIAJ0IgNBhLzAACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQYS8wABBhLzAACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAugRwINfwR+IwBBgAJrIgokACAKIAI2AgwgCiABNgIIIAogAzYCECAKIAQ2AhQgCiAFNgIYIAogBjYCHCAKIAc2AiAgCiAINgIkIAogCTkDKCAKIAA2AvgBIAogCkH/AWoiADYC9AEgCiAANgLwASAKIAA2AuwBIAogCkEoajYC6AEgCiAANgLkASAKIAA2AuABIAogCkEkajYC3AEgCiAKQSBqNgLYASAKIAA2AtQBIAogADYC0AEgCiAKQRxqNgLMASAKIApBGGo2AsgBIAogADYCxAEgCiAANgLAASAKIApBFGo2ArwBIAogCkEQajYCuAEgCiAANgK0ASAKIAA2ArABIAogCkEMajYCrAEgCiAKQQhqNgKoASAKQTBqIRIjAEHAAWsiBSQAAkACQCAKQagBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBUHPADYCRCAFQcqKwAA2AkAgBUEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAUgAjYCRCAFIAE2AkAgBSABQQRqNgI8QQAhAQwCCyAFQRs2AkQgBUGvisAANgJAIAVBADYCPEEBIQEMAQsACyAFQTBqIAAoAgAoAgAgACgCBCgCABB0IAVBADYCSCAFIAUoAjQiAjYCUCAFIAUoAjAiBjYCTCAFQdQAaiAAKAIQKAIAIAAoAhQoAgAQSyAFQeAAaiAAKAIgKAIAIAAoAiQoAgAQSyAFQewAaiAAKAIwKAIAIAAoAjQoAgAQkgECQAJAIAENACAFKAJUQYGAgIB4Rg0AIAUoAmBBgYCAgHhGDQAgBSgCbEGAgICAeEYNACAFIAUpAlQ3A5ABIAUgBSgCXDYCmAEgBSAFKQJgNwOgASAFIAUoAmg2AqgBIAUgBSgCdDYCuAEgBSAFKQJsNwOwASAAKAJAKwMAIQkgBSAFKAJENgKAASAFIAUpAjw3A3ggBSACNgKMASAFIAY2AogBIAUoAnghASAFQZABaiEDIAVBoAFqIQQgBUGwAWohByMAQbABayIIJAACQCABKAIAQYCAgIB4RwRAIAEvARghESAIQYABaiELIwBBIGsiACQAIAEoAgQhDiAAIAEoAggiDEEEQRQQWCAAKAIAIg0gDEH/////A3EiAiACIA1LGyEGQQAhAiAAKAIEIQ8DQCAGBEAgAEEMaiACIA5qEMABIAIgD2oiECAAKAIcNgIQIBAgACkCFDcCCCAQIAApAgw3AgAgBkEBayEGIAJBFGohAgwBCwsgCyAMNgIIIAsgDzYCBCALIA02AgAgAEEgaiQAIAhBjAFqIAFBDGoQVSAIIBE7AZgBIAhCADcDeCAIQoCAgIDAADcDcCAIQgI3AwggCCAIKQKAATcDECAIIAgpAogBNwMYIAggCCkCkAE3AyAgCCAIKAKYATYCKCASIAhBCGpB+AD8CgAAIAcQ5QEgBBDIASADEMgBDAELIAhBgAFqIg8gBiACEEogCCADKAIINgKgASAIIAMpAgA3ApgBIAggBCkCADcCpAEgCCAEKAIINgKsASAIIAcpAgA3AowBIAggBygCCDYClAEgCEEIaiEQIAn8BiEZIwBBgANrIgQkACAEIA9BGGoQtQEgAUEEaigCACIRQQhqIg0hAiAEKAIAIQMgBCgCBCEHIwBBIGsiACQAIARByAFqIgYCfyAGAn8gAigCPEGAgICAeEcEQCADBEAgAigCREEMbCEBIAIoAkAhAgNAQQQgAUUNBBogACACNgIIIAAgAyAHEC8gACAAKQMANwIUIAFBDGshASACQQxqIQIgAEEIaiIMIABBFGoiDhCXAUUNAAtBBEEoELkBIQEgDCADIAcQSiAOQd+qwABBBhBKIAFBGzYCBCABQcSqwAA2AgAgAUEENgIYIAFB5arAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQuQEhASAAQRRqQd+qwABBBhBKIAFBBDYCBCABQeWqwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBC5ASEBIABBFGpBup/AAEEBEEogAUEbNgIEIAFBxKrAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBiABNgIIIAYgAjYCBEEVCzYCACAAQSBqJAACQAJAAkAgBCgCyAFBFUcEQCAEIAQoAtgBNgIoIAQgBCkC0AE3AyAgBCAEKQLIATcDGCAQQQhqIARBGGoQmAEgEEKAgICAwAA3A2ggEEIANwNwIBBCAjcDAAwBCyAEIAQoAtQBNgIQIAQgBCkCzAE3AwggBEHIAWogDygCBCAPKAIIEEogBCAEKALQASIANgKgASAEIAQpAsgBNwOYASAEKALMASEBA0AgAARAIAFBIEEAIAEtAAAiAkHhAGtB/wFxQRpJGyACczoAACAAQQFrIQAgAUEBaiEBDAELCwJAAkAgBCgCnAEiACAEKAKgASIBQeapwABBBxCvAUUEQCAAIAFByKfAAEEEEK8BDQEgBEEDNgLIASAEQThqIARByAFqEJgBIARCAjcDMAwCCyAEQQU2AvQBIARB7azAADYC8AEgBEEWNgLsASAEQdeswAA2AugBIARBMjYC5AEgBEGlrMAANgLgASAEQRw2AtwBIARBiazAADYC2AEgBEENNgLUASAEQfyrwAA2AtABIARBHDYCzAEgBEHgq8AANgLIASMAQSBrIgMkACADQQhqIARB+AFqIgYgBEHIAWoiAmtBBHZBBEEUEFggA0EANgIcIAMgAykDCDcCFCMAQRBrIgckACADQRRqIgsgBiACIgBrQQR2IgEQpgEgCykCBCEXIAcgC0EIajYCBCAHIBdCIIk3AggjAEEgayILJAAgB0EEaiINKAIEIQwgDSgCACAAIAZHBEAgDSgCCCAMQRRsaiEGIAEgDGohDCALQRRqIQ0DQCAAKQIAIRcgDSAAQQhqKAIAIABBDGooAgAQSiAGIBc3AgAgBiALKQIUNwIIIAYgCygCHDYCECAAQRBqIQAgBkEUaiEGIAFBAWsiAQ0ACwsgDDYCACALQSBqJAAgB0EQaiQAIARB0AJqIgEgAygCHDYCCCABIAMpAhQ3AgAgA0EgaiQAIAJBjJ/AAEEBEEogBCgC2AIiAiAEKALQAkYEQCMAQRBrIgAkACAAQQhqIAEgASgCAEEBQQRBFBAnIAAoAggiAUGBgICAeEcEQCABIAAoAgwQxQEACyAAQRBqJAALIAQoAtQCIAJBFGxqIgAgBCgC0AE2AhAgACAEKQLIATcCCCAAQQ42AgQgAEHtqcAANgIAIARBzAE7AVAgBEEANgJMIARCgICAgBA3AkQgBEICNwMwIAQgAkEBajYCQCAEIAQpAtACNwM4DAELIARByAFqIQcgES0AdSEAIwBBkAFrIgMkAAJAAkACQAJAAkACQAJAIA8oAhQiAUGAgARNBEAgA0EYaiAPQSRqELUBAkAgAygCGCIMRQ0AIANBEGogDCADKAIcEBwgA0HgAGogAygCECADKAIUQSAQRSADKAJgIgJFDQAgAygCbCEGIAMoAmghDiACIAMoAmRBvqrAAEEGEDYEQCADQQhqIA4gBhAcIAMoAgwhDCADKAIIIQsLAkAgC0UgDEVyDQAgCyAMQdirwABBBRC4AQ0AIAsgDEHdq8AAQQMQuAFFDQELQQAhCwsgAyAPKAIQIgIgARAcQQIhBiADKAIERQ0GIANB4ABqIAIgARAsAn8CQCADLQBgIgFBBUcEQCALRQ0BQRUhAkECDAILIAMgAygCbDYCWCADIAMpAmQ3A1AgAyADQdAAajYCfAJAIABBAkcNACADQeAAaiADQfwAakHpqsAAQQsQMyADKAJoIQEgAygCZCEGIAMoAmAiAkEVRw0FIAYEQCADQTRqIAYgARBKQQAhBgwFCyADQeAAaiADQfwAakGPp8AAQQ0QMyADKAJoIQEgAygCZCEGIAMoAmAiAkEVRw0FIAZFDQAgA0E0aiAGIAEQSkEBIQYMBAsgA0HgAGogA0H8AGpB9KrAAEEFEDMgAygCaCEBIAMoAmQhBiADKAJgIgJBFUcEQCADIAMpAmw3AjggAyABNgI0IANB0ABqEOYBDAgLAkAgBgRAIANBgAFqIAAgBiABEIoBDAELIANBAjYCgAELIAMgAykCiAE3AjggAyADKQKAATcCMCADQdAAahDmASADKAIwIQYMCAsgA0E0NgI0QQEhAkH5qsAACyEGIAMgAjYCLCABQQVPDQQgA0HgAGoQlQEMBAsgB0ECNgIADAYLIAMgBjYCMEEVIQIMAQsgAyADKQJsNwI4IAMgATYCNCADIAY2AjAgAyACNgIsCyADQdAAahDmAQsgAkEVRg0BCyADIAMoAjwiADYCKCADIAMpAjQiFzcDICAHIAA2AhAgByAXNwIIIAcgBjYCBCAHIAI2AgAMAQsgAyADKQI0NwNAIAMgAygCPDYCSAJAAkACQAJAIAZBAkcEQCADIAMoAkg2AmwgAyADKQNANwJkIAMgBjYCYAwBCyALRQ0BIANB4ABqIAAgCyAMEIoBCyADKAJsIgBBgMAASw0BAkACQCADKAJgRQRAQQAhBiADKAJoIQFBACECA0AgACAGRwRAIAEgBmohCyAGQQFqIQYgAiALLQAAQS5GaiECDAELCyACQQJGDQEgB0EbNgIIIAdB+6nAADYCBCAHQQE2AgAMBQsgAyADKAJoIgE2AiwgAyAAIAFqNgIwIANBLGoiAigCACEBIAIoAgQhBgNAIAYgASIARwRAIAIgAEEBaiIBNgIAIAAtAABB/wBrQf8BcUGhAUsNAQsLIAAgBkcNAQsgByADKQJoNwIMIAcgAykCYDcCBCAHQRU2AgAMBAsgB0EoNgIIIAdBlqrAADYCBCAHQQE2AgAMAgsgB0EANgIADAILIAdBAjYCAAsgA0HkAGoQ5QELIANBkAFqJAAgBCkC1AEhFyAEKALQASEBIAQoAswBIQACfgJAAkACQCAEKALIASICQRVHDQAgF0IgiKchDCAXpyEOIABBAUYEQCAEIBc3AsgCIAQgATYCxAIjAEHwAGsiACQAIA0oAkghASAAQRE2AiggAEHloMAANgIkIABBEzYCIAJAIAFBgICAgHhGBEAgByAAQShqIgEoAgg2AhQgByABKQIANwIMIAdB5aDAADYCCCAHQoCAgIC4AjcCAAwBCyAAQSBqEMQBIABBCGogDUHgAGoQtQEgACgCDCEDIAAoAgghASAAQQ02AiggAEHGocAANgIkIABBEzYCICABRQRAIAdBDTYCDCAHQcahwAA2AgggB0KAgICAuAI3AgAMAQsgAEEgaiICEMQBIAAgAzYCNCAAIAE2AjAgAEEBNgIsIABBjqfAADYCKCAAIA0pAkw3AiAgAEHIAGoiAyACQQMQ2AEgAEEUaiIGIAAoAkwgACgCUEGZi8AAQQEQFyADEOUBIABBADYCKCAAQoCAgIAQNwIgIAIQ2QFBj6fAAEENEMoBIA4gDBDSARDnASIBKQIAIRcgAUEANgIAIAAgASgCCDYCQCAAIBc3AzggAEEANgIoIABBATYCJCABEOUBIABBGTYCVCAAQZynwAA2AlAgACANKQNYNwJIIAcgA0ECENgBQQRBKBC5ASEBIAAgACkCGDcCKCAAQQY2AiQgAEG1p8AANgIgIABB2ABqIAJBAhDYASAAQeQAakG9j8AAQRAQSiABQQ02AgQgAUG7p8AANgIAIAFBDDYCGCABQc2PwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIAdBAjYCFCAHIAE2AhAgB0ECNgIMIAcgACkDODcCGCAHIAAoAkA2AiAgB0EENgIoIAdByKfAADYCJCAGEOUBCyAAQfAAaiQAIAQgBCkC1AE3A9ACIAQgBCgC3AE2AtgCIAQoAtABIQAgBCgCzAEhAiAEKALIASIBQYCAgIB4Rw0DIAQoAtACIQEgBCkC1AIhFyAEQcQCahDlAQwBCyAEIBc3AsgCIAQgATYCxAIgBEHIAWohBkEAIQsjAEGgAmsiAyQAIANBKGoiACAOIAxBLhCyASADQSBqIAAQISADKAIkIQ4gAygCICEHIANBGGogABAhIAMoAhwhEyADKAIYIQwgA0EQaiAAECEgAygCFCEVIAMoAhAhFCADQQhqIAAQIQJAAkAgFEUgB0UgDEVyckUEQCADKAIIRQ0BCyAGQSM2AgwgBkHFjsAANgIIIAZCgICAgIiAgICAfzcCAAwBCyADQegBaiIAIAcgDhATIANBFzYCZCADQeyMwAA2AmBBgICAgHghASADQYCAgIB4NgJcIANBuAFqIAAgA0HcAGoQXSADIAMpArwBNwOQAiADIAMoAsQBNgKYAiADKAK4AUEBRgRAIAYgAygCmAI2AgwgBiADKQOQAjcCBCAGQYCAgIB4NgIADAELIAMgAygCmAIiAjYCWCADIAMpA5ACNwNQAkAgAkGAgBBLDQAgAygCVCEAIANCADcCwAEgAyACNgK8ASADIAA2ArgBIANBgICAgHg2AoACIANBgICAgHg2ApACIANBADoAqAEgAyADQagBajYC8AEgAyADQZACaiIWNgLsASADIANBgAJqNgLoAQJAIANBuAFqIgBB9I7AAEEDIANB6AFqQYyPwAAQe0UNACAAEJABRQ0AIAMoAoACIgBBgICAgHhGBEAgFhDIAQwCCyADLQCoASELIAMpApQCIRogAygCkAIhAiADKQKEAiEYIAAhAQwBCyADQZACahDIASADQYACahDIAQsgA0EnNgLAASADQYONwAA2ArwBIANBgICAgHg2ArgBAkAgAUGAgICAeEYEQCADKQO4ASEYIAZBJzYCDCAGIBg3AgQgBkGAgICAeDYCAAwBCyADQbgBahDJASADIAs6AHQgAyAaNwJsIAMgAjYCaCADIAE2AlwgAyAYNwJgIANB6ABqIQACQAJAIBhCgICAgHCDQoCAgIDQAFINACAYp0GqjcAAQQUQYA0AAkAgC0EBcUUEQCACQYCAgIB4RyAaQv////8PVnFFBEAgBkKAgICAqICAgIB/NwIADAILIAMgACgCCDYCgAEgAyAAKQIANwN4IANBkAJqIgAgDCATEBMgA0EYNgLwASADQbiNwAA2AuwBIANBgICAgHg2AugBIANBuAFqIAAgA0HoAWoQXSADIAMpArwBNwOAAiADIAMoAsQBNgKIAgJAIAMoArgBQQFGBEAgBiADKAKIAjYCDCAGIAMpA4ACNwIEIAZBgICAgHg2AgAMAQsgAyADKAKIAiIANgKQASADIAMpA4ACNwOIASADQegBaiADKAKMASAAEDkgA0EcNgLAASADQdCNwAA2ArwBIANBgICAgHg2ArgBAkAgAygC6AFBgICAgHhGBEAgAyADKQK4ASIYNwOAAiADIAMoAsABIgA2AogCIAYgADYCDCAGIBg3AgQgBkGAgICAeDYCAAwBCyADIAMoAvABNgKYAiADIAMpAugBNwOQAiADQbgBaiIAEMkBIAMgAygCmAIiATYCiAIgAyADKQOQAjcDmAEgAyABNgKgASADQZACaiIBIBQgFRATIANBGjYC8AEgA0HsjcAANgLsASADQYCAgIB4NgLoASAAIAEgA0HoAWoQXSADIAMpArwBNwOAAiADIAMoAsQBNgKIAgJAIAMoArgBQQFGBEAgBiADKAKIAjYCDCAGIAMpA4ACNwIEIAZBgICAgHg2AgAMAQsgAyADKAKIAiIANgKwASADIAMpA4ACNwOoASAABEAgAyADKAKAATYCwAEgAyADKQN4NwO4ASADIBM2AvwBIAMgDDYC+AEgA0EBNgL0ASADQYaOwAA2AvABIAMgDjYC7AEgAyAHNgLoASADQcQBaiADQegBakEDENgBIAMgAygCsAE2AtgBIAMgAykDqAE3A9ABIAMgAykDmAE3AtwBIAMgAygCoAE2AuQBIAYgA0G4AWpBMPwKAAAgA0GIAWoQ5QEgA0HcAGoQ5QEgA0HQAGoQ5QEMCQsgBkESNgIMIAZBh47AADYCCCAGQoCAgICIgICAgH83AgAgA0GoAWoQ5QELIANBmAFqEOYBCyADQYgBahDlAQsgA0H4AGoQ5QEgA0HcAGoQ5QEMBAsgBkEsNgIMIAZBmY7AADYCCCAGQoCAgICIgICAgH83AgALIANB3ABqEOUBIAMoAmghAgwBCyAGIAMoAmQ2AgwgBiADKQJcNwIEIAZBgICAgHg2AgALIAJBgICAgHhGDQAgABDlAQsgA0HQAGoQ5QELIANBoAJqJAAgBCgC1AEhASAEKALMASEDAkAgBCgCyAEiBkGAgICAeEYEQEEGIQIgBCgC0AEhAAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQMAC0EBIQIMAgsgAa0hF0EFIQIgACEBIAMhAAwBCyAEIAQpAvABIhc3AvgCIAQgBCkC4AE3AugCIAQgBCkC6AE3AvACIAQgBCkC2AE3AuACIAQgATYC3AIgBCAEKALQATYC2AIgBCADNgLUAiAEIAY2AtACIARByAFqIQEgBCgC/AIhAiMAQYABayIAJAAgAEFAayAXpyIHIAJBxZLAABArAkAgACgCQEEBRgRAIAAoAkQhAiAAKQNIIRcgASAAKQNQNwIUIAEgFzcCDCABIAI2AgggAUICNwMADAELIAApA1AhFyAAKAJIIABBGjYCSCAAQYedwAA2AkQgAEEINgJARQRAIAEgACkCRDcCDCABQQg2AgggAUICNwMADAELIABBQGsiAxDEAQJAAkACQAJAAkACQEL///////////8AIBdCPHwiGCAXIBhVGyAZVQRAIAMgByACQaGdwAAQKyAAKAJABEAgACgCRCECIAApA0ghFyABIAApA1A3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsgGUI8fCEYIAApA0hCAVEEQCAAKQNQIBhVDQILIABBQGsgByACQcKSwAAQKyAAKAJABEAgACgCRCECIAApA0ghFyABIAApA1A3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsCQAJAAkACQCAAKQNIQgFRBEAgACkDUCAYVQ0BCyAAQThqIAcgAkGkncAAQQMQQhBmIAAoAjgiA0UNASAAQTBqIAMgACgCPBAvIAAoAjAiA0UNASAAKAI0IQsgACADNgJAIAAgCzYCRCANKAIsQQxsIQsgDSgCKCEMA0AgC0UNAiALQQxrIQsgACAMNgJwIAxBDGohDCAAQfAAaiAAQUBrEJcBRQ0ACyANLQBtIgxBAUYEQCAHIAJBppzAAEEDEEJBqZzAAEESECUNAwsgDSgCOCIDBEAgA0EMbCELIA0oAjQhAwNAIAtFDQggC0EMayELIAMoAgghDSADKAIEIQ4gA0EMaiEDIAcgAkGzksAAQQMQQiAOIA0QJUUNAAsLIAcgAkGfksAAQQMQQiIDRQ0KIAMtAABBA0YNAwwKCyABQgI3AwAgAUEKNgIIDAoLIAFCAjcDACABQQs2AggMCQsgAUICNwMAIAFBEDYCCAwICyAAQShqIAMoAgggAygCDBAcIAAoAixFDQYgAEHYAGogA0EEahBVAkACQAJAAkAgDEEBaw4CAgEACyAAQUBrIAcgAkHIksAAQQUQaQJAIAAoAkBBgICAgHhHBEAgACAAKAJINgJ4IAAgACkCQDcDcAwBCyAAQfAAaiAHIAJB+Z3AAEEKEGkgAEFAaxDIAQsgAEHkAGogByACIABB8ABqEDsMCAsgByACQaedwABBGhBCIgJFDQYgAEEgaiACELMBIAAoAiAiAkUNBiAAQRhqIAIgACgCJCIDQcGdwABBChBCEGYgACgCGCIHDQEMBQsgAEFAayIDIAcgAkHIksAAQQUQaSAAQeQAaiAHIAIgAxA7DAYLIABBQGsgByAAKAIcEAYgACkDSCEYIAAoAkAhByAAQS42AkggAEHLncAANgJEIABBCDYCQAJAIAdFBEAgASAAKQJENwIMIAFBCDYCCAwBCyAAQUBrEMQBIBggGVUEQCAYIBcgFyAYVRshFwwFCyABQQ42AggLIAFCAjcDACAAQdgAahDlAQwHCyABQgI3AwAgAUEJNgIIDAYLIAFCAjcDACABQQo2AggMBQsgAUICNwMAIAFBDDYCCAwECyACIANB95vAAEEWEEIiAkUNACAAQRBqIgMgAigCDDYCBCADIAIoAghBACACLQAAQQRGGzYCACAAKAIQIgJFDQAgACgCFEEYbCEDA0AgA0UNAQJAAkAgAkGNnMAAQQwQbCIHRQ0AIAdBmZzAAEENEGwiB0UNACAAQQhqIAcQtAEgAEHkAGogACgCCCIHQQAgACgCDCILG0EAIAcbIAsQvQEgACgCZEGAgICAeEcNBAwBCyAAQYCAgIB4NgJkCyACQRhqIQIgA0EYayEDDAALAAsgAEGAgICAeDYCZAsgASAAKAJgNgIYIAEgACkCWDcCECABIBc3AwggAUIBNwMAIAEgACkCZDcCHCABIAAoAmw2AiQMAQsgAUICNwMAIAFBDTYCCAsgAEGAAWokACAEQfQCaiEDIARB3AJqIQAgBEHoAmohASAEKQLcASEXIAQpAtQBIRggBCgC0AEhAiAEKQPIASIZQgJSDQIgBEHQAmoQ5QEgABDlASABEOUBIAMQ5gEgGEIgiKchASAYpyEACyAEQcQCahDlAQsgBCAXNwLUASAEIAE2AtABIAQgADYCzAEgBCACNgLIASAEQThqIARByAFqEJgBIARCAjcDMAwDCyAEIAQoAuwBNgLAASAEIAQpAuQBNwO4ASAEIAApAgA3A8gBIAQgACgCCDYC0AEgBCABKQIANwOoASAEIAEoAgg2ArABIAQpAtQCIRogAxDmASAEQcQCahDlASAZpyEBQQAhA0IDDAELIAQgBCkC5AE3A7gBIAQgBCgC7AE2AsABIAQ1AtgCIAQ1AuABQiCGhCEXIAQoAvABIQYgBCkD0AIhGCAEQcQCahDlASACIQMgACECQgULIRkgBCAXNwJMIAQgGDcCRCAEIAI2AkAgBCADNgI8IAQgATYCOCAEIBk3AzAgBCAEKQO4ATcCVCAEIAQoAsABNgJcIAQgGjcCZCAEIAY2AmAgBCAEKQPIATcCbCAEIAQoAtABNgJ0IAQgBCkDqAE3A3ggBCAEKAKwATYCgAELIARBmAFqEOUBIBEgESgCAEEBaiIANgIAIABFDQEgBCARNgK8AiAEIAQpAwg3A7ACIAQgBCgCEDYCuAIgBEHIAWogBEEwakHoAPwKAAAgBCkDyAFCAlEEQCAEQdABaiAEKAK0AiIAIAAgBCgCuAJBFGxqEGILIBAgBEHIAWpB+AD8CgAACyAEQYADaiQADAELAAsgDxDlASAIQZgBahDIASAIQaQBahDIASAIQYwBahDlASASIBBB+AD8CgAACyAIQbABaiQAIAVBiAFqEMIBIAVB+ABqELwBIAVBwAFqJAAMAQsgBUEoaiECQQAhAAJ/IAVB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARDlAUEACyEBIAIgADYCBCACIAE2AgAgBSgCKCEEIAUoAiwhBiAFQSBqIAVB4ABqEIcBIAUoAiAhAyAFKAIkIQcgBUEYaiAFQdQAahCHASAFKAIYIQggBSgCHCEKIAVBEGogBUHIAGoQfSAFKAIQIQsgBSgCFCEMIAVBCGohAkEAIQACfyAFQTxqIgEoAgBFBEAgASgCCCEAIAEoAgQMAQsgARC8AUEACyEBIAIgADYCBCACIAE2AgAgBSgCCCIAIAsgABsiASAIIAEbIgIgAyACGyIDIAQgAxsiBEEBIAQbIAUoAgwgDCAAGyAKIAEbIAcgAhsgBiADG0EAIAQbEPABAAsjAEGAAmsiACQAIABBiAFqIBJB+AD8CgAAIABBADYCACAAQQRyIABBhAFqQfwA/AoAAEEIQYgBELkBIgFCgYCAgBA3AwAgAUEIaiIBIABBgAH8CgAAIABBgAJqJAAgCkGAAmokACABC5gCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICA4ASENwMYIAQgBEEIaq1CgICAgOAEhDcDEEGAgMAAIARBEGogAxB8AAsgBCAANgIIIAQgAjYCDCAEIARBDGqtQoCAgIDgBIQ3AxggBCAEQQhqrUKAgICA4ASENwMQQd+AwAAgBEEQaiADEHwACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgOAEhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgOAEhDcDGAsgBCAEQQhqrUKAgICA4ASENwMQQZiBwAAgBEEQaiADEHwAC5YCAQd/IwBBIGsiBiQAIAZBBGogAkEDbiIFIAIgBUEDbEdqQQJ0EIEBA0AgAgRAIAZBEGogASACQQMgAiACQQNPG0H4rsAAEH4gBigCHCECIAYoAhghASAGKAIUIQogBigCECEIQQAhBUEQIQdBACEJA0AgBSAKRgRAQQAhBUESIQcDQCAFQQRGDQQCQAJAIAUgCksEQEE9IQggBEUNAgwBCyADIAkgB0EecXZBP3FqLQAAIQgLIAZBBGogCBBRCyAFQQFqIQUgB0EaaiEHDAALAAUgBSAIaiAFQQFqIQUtAAAgB0EYcXQgCXIhCSAHQQhrIQcMAQsACwALCyAAIAYoAgw2AgggACAGKQIENwIAIAZBIGokAAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvALS0QDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvALS0QDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvALS0QDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQC1tEA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQhgENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEEAEUNAAsMAwtBASECIAEgAyAIIAoQhgENAiABIAcgCyADKAIMEQEADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwCCyADIAcgCyAJKAIMEQEADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEIYBDQAgACAHIAsgASgCDBEBACECCyACCyAGQRBqJAALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhAuIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAvtAQEDfyAAIAMoAgggASgCDCABKAIIIgVBGXcgBUEOd3MgBUEDdnNqaiAEKAIEIgZBD3cgBkENd3MgBkEKdnNqIgY2AgwgACADKAIEIAUgASgCBCIHQRl3IAdBDndzIAdBA3ZzamogBCgCACIFQQ93IAVBDXdzIAVBCnZzaiIFNgIIIAAgAygCACAHIAEoAgAiAUEZdyABQQ53cyABQQN2c2pqIAZBD3cgBkENd3MgBkEKdnNqNgIEIAAgASAEKAIMaiACKAIMIgBBGXcgAEEOd3MgAEEDdnNqIAVBD3cgBUENd3MgBUEKdnNqNgIAC9wBAQZ/IAAgASgCDCADKAIMIAIoAggiBUEadyAFQRV3cyAFQQd3c2pqIAEoAggiByACKAIMIghzIAVxIAdzaiIEIAEoAgRqIgY2AgwgACAEIAIoAgAiBCABKAIAIgkgAigCBCICc3EgAiAJcXMgBEEedyAEQRN3cyAEQQp3c2pqIgE2AgQgACAJIAcgAygCCGogCCAGIAUgCHNxc2ogBkEadyAGQRV3cyAGQQd3c2oiA2o2AgggACABQR53IAFBE3dzIAFBCndzIAEgAiAEc3EgAiAEcXNqIANqNgIAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxBEIAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBAwDQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHEB8gAygCCEEBRw0BIAMoAgwQMA0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQWSADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDIASAAIAU3AgQgACABNgIADAMLIANBGGogARA0IAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAEMgBIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA6AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFBkZDAAEEEEGcNASAEQQc6AAAMAgsgAkEIaiABEA0gAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEJUBDAELQQAMAQtBAQsgA0EwaiQAC9YCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUHopMAAQQIgA0EgakH4pMAAEHtFBEAgAhDIASAEEMgBDAELIAMoAggiAUGAgICAeEcNAiADQRRqEMgBC0EADAILIAAoAgQiABCEASMAQRBrIgIkACACQQhqIAEQOgJ/QQIgAi0ACEUNABogAi0ACUHuAEYEQEEAQQIgAUGRkMAAQQQQZxsMAQsgAiAANgIMQQFBAiABQZSlwABBASACQQxqQZylwAAQexsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAEL4BIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQEiAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQYCwwAAgAygCACIDKAIAIAMoAgQQCxogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBDDASIBRQRAQQRBDBDyAQALIAEgAigCEDYCCCABIAIpAwg3AgAgAEGAssAANgIEIAAgATYCACACQTBqJAALvQEBAn8jAEFAaiIEJAAgBCADNgIMIAQgAjYCCCAAKAIEQQN0IQMgACgCACECAn8CQANAIANFDQEgAiAEQQhqEMYBRQRAIANBCGshAyAFQQFqIQUgAkEIaiECDAELCyAAKAIIIAEgBSAAKAIMKAIQEQEADAELIARBEGogARANIAQtABAiAEEGRwRAIAQgBCkDIDcDOCAEIAQpAxg3AzAgBCAEKQMQNwMoIARBKGoQlQELIABBBkcLIARBQGskAAuEAgIFfwF+IwBBIGsiAiQAIAJBgICAgHg2AgggAkEAOgAXIAIgAkEXajYCHCACIAJBCGoiAzYCGAJAIAFBzKXAAEECIAJBGGpB3KXAABB7RQRAIAMQyAEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBAnIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQxQEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahCXASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQtAEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQlAFFDQALCyADQSBqJAAgBQv+DQIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEEAgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEHQgA0EANgIsIAMgAygCHCIBNgI0IAMgAygCGCIHNgIwIAMoAiBFBEAgA0EQaiADQSxqEH0gAygCECEBIAMoAhQhBSADQQhqIAIQjgEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEPABAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIRIjAEHwAWsiCCQAIAhBIGogD6ciC0HoAPwKAAAgC0GQqMAAQegA/AoAAAJAIAgpAyBCBVEEQCAIQYgBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQdumwAA2AgwgBkERNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUG8pMAAQQIgAkGoAWpBzKTAABB7RQ0AIAEQkAFFDQAgAigCgAEiAUGAgICAeEYEQCAHEOsBDAILIAIgAikCjAE3A1AgAiACKAKUATYCWCACIAIpApwBNwNgIAIgAigCpAE2AmggAikChAEhDyABIQAMAgsgAkGcAWoQ6wEgAkGAAWoQvgELCyACQTg2AogBIAJB8KXAADYChAEgAkERNgKAASAAQYCAgIB4RgRAIAIgAkGIAWoiACkCACIPNwMwIAIgACgCCCIANgI4IAIpA4ABIRAgBiAANgIYIAYgDzcCECAGIBA3AwggBkICNwMADAULIAIgAigCaDYCSCACIAIpA2A3A0AgAiACKQNQNwIkIAIgAigCWDYCLCACQYABaiIBEMQBIAIgAigCSCIHNgI4IAIgADYCDCACIAIpA0A3AhggAiAHNgIgIAIgDzcCECACIA+nIA9CIIinEBwgAkEkaiEMIAIoAgRFDQECQCACKAIkQYCAgIB4RwRAIAEgAigCKCACKAIsEAYgAikDiAEhDyACKQOAASACQTM2AogBIAJBqKbAADYChAEgAkERNgKAAUIBIRBCAVINBCABEMQBIA8gElcNAQsgAiACKAIYNgJ4IAIgAigCHCIANgJwIAIgADYCdCACIAAgAigCIEEEdGo2AnwgAkGAAWohCiMAQRBrIgckACACQfAAaiIJKAIEIQEgCSgCDCEOAkADQCAOIAEiAEYEQEGAgICAeCENDAILIAkgAEEQaiIBNgIEIAcgACkCCDcDCCAHIAApAgA3AwACQCAHLQAMQQFGBEAgBygCCA0BCyAHEOUBDAELIAcoAgAiDUGAgICAeEYNAAsgCiAAQQxqKAIANgIMIAogAEEEaikCADcCBAsgCiANNgIAIAdBEGokACACKAKAASEKIAIpAoQBIREjAEEQayIBJAAgASAJNgIMIAkoAgwgCSgCBCIHa0EEdiEAA0AgAARAIABBAWshACAHEOUBIAdBEGohBwwBCwsjAEEQayIAJAAgACABQQxqKAIAIgcoAgA2AgwgACAHKAIINgIIIABBCGoQ7AEgAEEQaiQAIAFBEGokACAGIAIoAhQ2AhggBiACKQIMNwIQIAYgETcDICAGIAo2AhwgBiAPNwMIIAYgEDcDACAMEMgBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBETYCCAsgBkICNwMAIAJBDGoQ5QEgDBDIASACQRhqEOsBCyACQbABaiQAIAgpA4gBQgJRBEAgCCAIKAKgATYC6AEgCCAIKQOYATcD4AEgCCAIKQOQATcD2AEgCEEEaiAIQdgBahCYAQwCCyAIQbABaiIAIAhBiAFqIgFBKPwKAAAgCEEEaiALIAEgEhA+IAAQzQEMAQsgCEEEakH4qMAAQSEQcgsgCEEgahBOIAsgCEEEahA9IAhB8AFqJAAgA0HIAGoQwgEgA0E4ahC6ASADQdAAaiQAIAVB0ABqJAALiAMCB38BfiMAQRBrIgckAAJAIAVFDQAgAiADaiICIANJDQAgB0EEaiEIIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIgkgAiAJSxsiDCECIwBBIGsiBiQAQQEhC0EEIQoCQAJAIAWtIAKtfiINQiCIpw0AIA2nIgJBgICAgHggBGtLDQAgBkEUaiABIAQgBRBuAn8gBigCGARAIAYoAhwiA0UEQCAGQQhqIAQgAhCMASAGKAIIIQUgBigCDAwCCyAGKAIUIAMgBCACEAchBSACDAELIAYgBCACEIwBIAYoAgAhBSAGKAIECyAFRQRAIAggBDYCBEEIIQoMAgsgCCAFNgIEQQAhC0EIIQohAgwBC0EAIQILIAggCmogAjYCACAIIAs2AgAgBkEgaiQAIAcoAgRBAUYEQCAHKAIMIQkgBygCCCEGDAELIAcoAgghAiABIAw2AgAgASACNgIEQYGAgIB4IQYLIAAgCTYCBCAAIAY2AgAgB0EQaiQAC6cBAQN/IwBBEGsiAyQAAkAgAEHbABBHRQ0AIANBCGogABA6IAMtAAhFDQAgAy0ACUHdAEcEQCACKAIQIQIDQCABIAAgAhEEAEUNAiADIAAQOiADLQAARQ0CIAMtAAEiBUEsRwRAIAVB3QBHDQMFIAAgACgCCEEBajYCCAwBCwsLQQEhBCAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRBqJAAgBAuVAgECfyMAQSBrIgUkAEHkuMAAQeS4wAAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFB0LjAAC0AAA0AGkHQuMAAQQE6AABBzLjAAEHMuMAAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtB2LjAACgCACIGQQBIDQJB2LjAACAGQQFqNgIAQdy4wAAoAgBFDQEgBUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQQdy4wAAoAgAgBUEQakHguMAAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQdi4wABB2LjAACgCAEEBazYCAEHQuMAAQQA6AAAgA0UNAAALAAv3AQECfyMAQTBrIgQkACAEIAEQDSAELQAAIgVBBkcEQCAEIAQpABA3ACcgBCAEKQAJNwMgIAQgBCkAATcDGCAAKAIAIQAgBCACIAMQSiAAKAIIIgIgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBKBAnIAEoAggiA0GBgICAeEcEQCADIAEoAgwQxQEACyABQRBqJAALIAAoAgQgAkEobGoiASAEKQMINwMIIAEgBCkDADcDACABIAU6ABAgASAEKQMYNwARIAEgBCkDIDcAGSABIAQpACc3ACAgACACQQFqNgIICyAEQTBqJAAgBUEGRwuAAgIBfwJ+IwBBIGsiBCQAAkACQCABIAIgA0EDEEIiAQRAIAEtAAANAQsgAEEANgIAIABCADcDCAwBCyAEQQhqIQICQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgZCAFkNAQwCCyABKQMQIQYLIAIgBjcDCEIBIQULIAIgBTcDACAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEG7nMAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACEMQBQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu7AQEBfyMAQUBqIgMkAAJAIAJBgYAQTwRAIABBBjoAAAwBCyADQgA3AgggAyACNgIEIAMgATYCACADQShqIAMQDSADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQkAFFBEAgAEEGOgAAIANBEGoQlQEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDFAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBEMMBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMEMUBAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQUCADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAfIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQC0skAhAQwBCyAAQf8BcS0AtLJAQQJxQQF2IQELIAFBAXEL9CwCE38DfiMAQdAAayIIJAAgCCABNgIEIAggADYCACAIIAI2AgggCCADNgIMIAggCEHPAGoiADYCSCAIIAA2AkQgCCAIQQxqNgJAIAggCEEIajYCPCAIIAA2AjggCCAANgI0IAggCEEEajYCMCAIIAg2AiwjAEEgayIRJAAgEUEIaiAIQSxqIgEoAgAoAgAgASgCBCgCABB0IBEoAgghAyARKAIMIQAgESABKAIQKAIAIAEoAhQoAgAQdCARKAIAIQIgESgCBCEBIBEgADYCFCARIAM2AhAgESABNgIcIBEgAjYCGCAIQRBqIRUjAEHQAWsiByQAIAMgABB5IQAgB0EsaiIDIAIgARA5IAcgAEH/AXEiAToAKAJAAkACQCABQQNHBEAgBygCLEGAgICAeEcEQCAHIAMoAggiAjYCQCAHIAMpAgA3AzggB0HgAGohBSAHKAI8IQAjAEHQAmsiBCQAIAQgAjYClAEgBCAANgKQASAEQYgBaiAEQZABakHMnsAAQQoQbwJAAkAgBCgCiAEiAgRAIAQoAowBIgANAQsgBUEKNgIMIAVBzJ7AADYCCCAFQoKAgICwAjcDAAwBCyAEQZgBaiACIAAQSiAEQYABaiAEQZABakHWnsAAQRgQSAJAAkACQCAEKAKAASIDRQRAQpAcIRkMAQsCQAJAAkAgBCgChAEiAg4CBAABCyADLQAAIgtBK2sOAwMBAwELIAMtAAAhCwsgAyALQf8BcUErRiIAaiELAkAgAiAAayIGQRFPBEADQCAGRQ0CIARB8ABqIBlCABA/IAQpA3hCAFINBCAEKQNwIRcgBEHoAGogCy0AAEEKEHYgBCgCaEEBRw0EIAtBAWohCyAGQQFrIQYgFyAENQJsfCIZIBdaDQALDAMLA0AgBkUNASAEQeAAaiALLQAAQQoQdiAEKAJgQQFHDQMgC0EBaiELIAZBAWshBiAENQJkIBlCCn58IRkMAAsACyAZQgF9QoCjBVoNAQsgBEHYAGogBEGQAWpB7p7AAEEaEEgCQCAEKAJYIgAEQCAEQbgCaiAAIAQoAlwQSiAEKALAAiELIAQoArwCIQYDQCALBEAgBkEgQQAgBi0AACIAQcEAa0H/AXFBGkkbIAByOgAAIAtBAWshCyAGQQFqIQYMAQsLIAQgBCgCwAIiAjYCqAIgBCAEKQK4AiIXNwOgAkEBIQsgF6dBgICAgHhGDQEgBCgCpAIiACACQZWQwABBBBCvAQ0BIAAgAkGIn8AAQQEQrwENASAAIAJBiZ/AAEEDEK8BDQFBACELIAAgAkGZkMAAQQUQrwENASAAIAJBjJ/AAEEBEK8BDQEgACACQY2fwABBAhCvAQ0BIAVBFTYCFCAFQY+fwAA2AhAgBUEaNgIMIAVB7p7AADYCCCAFQoKAgIDAAjcDACAEQaACahDIAQwDCyAEQYCAgIB4NgKgAkEBIQsLIARBoAJqEMgBIARB0ABqIARBkAFqQaSfwABBFhBIAkACQCAEKAJQIgIEQCACIAQoAlQiAEG6n8AAQQEQrwFFDQELIARBgICAgHg2AqQBDAELIARBoAJqIAIgABCZASAEIAQoAqACNgLAAiAEIAQoAqQCIgA2ArwCIAQgADYCuAIgBCAAIAQoAqgCQQN0ajYCxAIjAEEgayIKJAAgCkEIaiAEQbgCaiICKAIMIAIoAgRrQQN2QQRBDBBYIApBADYCHCAKIAopAwg3AhQjAEEQayISJAAgCkEUaiIAIAIoAgwgAigCBGtBA3YQpwEgACkCBCEYIBIgAEEIajYCBCASIBhCIIk3AggjAEEQayINJAAgDSACKQIINwMIIA0gAikCADcDACMAQSBrIhAkACASQQRqIgYoAgggBigCBCIJQQxsaiETIA0oAgQhDiANKAIMIQMDQCADIA5HBEAgDkEEaigCACECIA4oAgAhACANIA5BCGoiDjYCBCAQQQhqIAAgAhAvIBBBFGogECgCCCAQKAIMEEogEyAQKAIcNgIIIBMgECkCFDcCACATQQxqIRMgCUEBaiEJDAELCyAGKAIAIAk2AgAgDRClASAQQSBqJAAgDUEQaiQAIBJBEGokACAEQaQBaiIAIAooAhw2AgggACAKKQIUNwIAIApBIGokAAsCQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABQf8BcUEBaw4CAQIACyAEQbgCaiAEQZABakG7n8AAQRAQXCAEKALAAiENIAQoArwCIRAgBCgCuAIiAEEVRwRAIAUgBCkCxAI3AxAgBSANNgIMIAUgEDYCCCAFIAA2AgQgBUECNgIADA8LIARBEGogBEGQAWpBy5/AAEENEEgCQCAEKAIQIgAEQCAEQaACaiAAIAQoAhQQmQEgBCAEKAKgAjYCwAIgBCAEKAKkAiIANgK8AiAEIAA2ArgCIAQgACAEKAKoAkEDdGo2AsQCIwBBIGsiDCQAIAxBCGogBEG4AmoiAigCDCACKAIEa0EDdkEEQQwQWCAMQQA2AhwgDCAMKQMINwIUIwBBEGsiFCQAIAxBFGoiACACKAIMIAIoAgRrQQN2EKcBIAApAgQhGCAUIABBCGo2AgQgFCAYQiCJNwIIIwBBEGsiDyQAIA8gAikCCDcDCCAPIAIpAgA3AwAjAEEQayIKJAAgFEEEaiIGKAIIIAYoAgQiEkEMbGohEyAPKAIEIQkgDygCDCEDA0AgAyAJRwRAIAlBBGooAgAhAiAJKAIAIQAgDyAJQQhqIgk2AgQgCkEEaiAAIAIQdyATIAooAgw2AgggEyAKKQIENwIAIBNBDGohEyASQQFqIRIMAQsLIAYoAgAgEjYCACAPEKUBIApBEGokACAPQRBqJAAgFEEQaiQAIARBvAFqIgAgDCgCHDYCCCAAIAwpAhQ3AgAgDEEgaiQADAELQQRBGBC5ASEAIARB3AFqQdifwABBFhBKIAQgDTYCxAIgBCAQNgLAAiAEQSc2ArwCIARB7p/AADYCuAIgBEGgAmogBEG4AmpBAhDYASAAIAQoAuQBNgIIIAAgBCkC3AE3AgAgACAEKQKgAjcCDCAAIAQoAqgCNgIUIARBAjYCxAEgBCAANgLAASAEQQI2ArwBCyAEQQhqIARBkAFqQZWgwABBCxBIIAQoAggiAwRAIARBoAJqIgAgAyAEKAIMIgIQLAJAIAQtAKACQQZGDQAgBCAEKQOwAjcDyAIgBCAEKQOoAjcDwAIgBCAEKQOgAjcDuAIgAEGgkcAAQQQQbCIABEAgAC0AACAEQbgCahCVAUEERw0BIARB5AFqIAMgAhBKIARBADYC4AEMDwsgBEG4AmoQlQELIARBLDYC7AEgBEGRnsAANgLoASAEQQs2AuQBIARBlaDAADYC4AEMCwsgBCAEQZABakGgoMAAQQ8QSCAEKAIAIgBFDQggBEGgAmogACAEKAIEEEoMCQsgBEG4AmogBEGQAWpBr6DAAEEQEFwgBCgCwAIhAyAEKAK8AiECIAQoArgCIgBBFUcEQCAFIAQpAsQCNwMQIAUgAzYCDCAFIAI2AgggBSAANgIEIAVBAjYCAAwOCyAEQbwBaiACIAMQdyAEKALAASIDIAQoAsQBIgIQBUUEQCAFQTI2AhQgBUGApMAANgIQIAVBEDYCDCAFQa+gwAA2AggMBwsgBEEoaiAEQZABakG/oMAAQQoQSCAEKAIoIgYEQCAEQaACaiIAIAYgBCgCLCICECwCQCAELQCgAkEGRg0AIAQgBCkDsAI3A8gCIAQgBCkDqAI3A8ACIAQgBCkDoAI3A7gCIABBoJHAAEEEEGwiAARAIAAtAAAgBEG4AmoQlQFBBEcNASAEQeQBaiAGIAIQSiAEQQA2AuABDAgLIARBuAJqEJUBCyAEQSw2AuwBIARBkZ7AADYC6AEgBEEKNgLkASAEQb+gwAA2AuABDAQLIARBIGogBEGQAWpByaDAAEEOEEggBCgCICIARQ0BIARBoAJqIAAgBCgCJBBKDAILIARBuAJqIARBkAFqQeWgwABBERBcIAQoAsACIQMgBCgCvAIhAiAEKAK4AiIAQRVHBEAgBSAEKQLEAjcDECAFIAM2AgwgBSACNgIIIAUgADYCBCAFQQI2AgAMDQsgBEGwAWogAiADEEogBEHIAGogBEGQAWpBvZ7AAEEPEEgCQCAEKAJIIgAEQCAEQbwBaiAAIAQoAkwQdwwBCyAEKAK0ASAEKAK4AUH2oMAAQQ0QuAFFBEAgBEG8AWpBg6HAAEEXEEoMAQsgBEG8AWpBmqHAAEEWEEoLAkAgBCgCwAEiAiAEKALEASIAEAVFBEAgBUEyNgIUIAVBgKTAADYCECAFQQ82AgwgBUG9nsAANgIIDAELIARBQGsgBEGQAWpBsKHAAEELEEgCQAJAAkAgBCgCQCIDBEAgBEGgAmoiACADIAQoAkQiAhAsAkAgBC0AoAJBBkYNACAEIAQpA7ACNwPIAiAEIAQpA6gCNwPAAiAEIAQpA6ACNwO4AiAAQaCRwABBBBBsIgAEQCAALQAAIARBuAJqEJUBQQRHDQEgBEHkAWogAyACEEogBEEANgLgAQwFCyAEQbgCahCVAQsgBEEsNgLsASAEQZGewAA2AugBIARBCzYC5AEgBEGwocAANgLgAQwBCyAEQThqIARBkAFqQQFBABBIIAQgBCkCtAE3AsgCIARBEjYCxAIgBEH1ocAANgLAAiAEIAA2ArwCIAQgAjYCuAIgBEGgAmoiACAEQbgCakEDENgBIAQoAqQCIAQoAqgCEAUNASAEQTI2AuwBIARBgKTAADYC6AEgBEEPNgLkASAEQb2ewAA2AuABIAAQ5QELIAQgBCkC6AEiFzcD0AEgBCAEKQLgASIYNwPIASAFIBc3AhAgBSAYNwIIDAILIAQgBCgCqAI2AuwBIAQgBCkCoAI3AuQBIARBATYC4AELIAQgBCkC4AE3A/ABIAQgBCkC6AE3A/gBQQRBGBC5ASEGIAQgBCkCtAE3AsACIARBCzYCvAIgBEG7ocAANgK4AiAEQdwBaiAEQbgCaiIAQQIQ2AEgBEGgAmogBEG8AWoQVSAGIAQoAuQBNgIIIAYgBCkC3AE3AgAgBiAEKQKgAjcCDCAGIAQoAqgCNgIUIARBMGogBEGQAWpBxqHAAEENEEggBEGEAmogBCgCMCAEKAI0EL0BIAQgBCgCxAE2ApgCIAQgBCkCvAE3A5ACIAAgBEGwAWoQVSAEKQK8AiEXIAQoArgCIQ5BBEEMELkBIgkgBCgCuAE2AgggCSAEKQKwATcCAEEBIQJBAiEDQQEhFkECDAwLIAVCgoCAgMACNwMAIARBvAFqEOUBIARBsAFqEOUBDAwLIARBFjYCxAIgBEGHosAANgLAAiAEIAI2ArwCIAQgAzYCuAIgBEGgAmogBEG4AmpBAhDYAQsgBCgCpAIgBCgCqAIQBQ0BIARBMjYC7AEgBEGApMAANgLoASAEQQ42AuQBIARByaDAADYC4AEgBEGgAmoQ5QELIAQgBCkC6AEiFzcD0AEgBCAEKQLgASIYNwPIASAFIBc3AhAgBSAYNwIIDAILIAQgBCgCqAI2AuwBIAQgBCkCoAI3AuQBIARBATYC4AELIAQgBCkC4AE3A/ABIAQgBCkC6AE3A/gBIARBGGogBEGQAWpB16DAAEEOEEhBACECAn9BBCAEKAIYIgBFDQAaIARBoAJqIhAgACAEKAIcEJkBIAQgBCgCoAI2AsACIAQgBCgCpAIiADYCvAIgBCAANgK4AiAEIAAgBCgCqAJBA3RqNgLEAiMAQSBrIgwkACAMQQhqIARBuAJqIgMoAgwgAygCBGtBA3ZBBEEMEFggDEEANgIcIAwgDCkDCDcCFCMAQRBrIhQkACAMQRRqIgAgAygCDCADKAIEa0EDdhCnASAAKQIEIRggFCAAQQhqNgIEIBQgGEIgiTcCCCMAQRBrIg8kACAPIAMpAgg3AwggDyADKQIANwMAIwBBEGsiCiQAIBRBBGoiEigCCCASKAIEIg1BDGxqIQkgDygCBCEOIA8oAgwhBgNAIAYgDkcEQCAOQQRqKAIAIQMgDigCACEAIA8gDkEIaiIONgIEIApBBGogACADEEogCSAKKAIMNgIIIAkgCikCBDcCACAJQQxqIQkgDUEBaiENDAELCyASKAIAIA02AgAgDxClASAKQRBqJAAgD0EQaiQAIBRBEGokACAQIAwoAhw2AgggECAMKQIUNwIAIAxBIGokAEEEIAQoAqACIgBBgICAgHhGDQAaIAQoAqgCIRYgACECIAQoAqQCCyEJQQRBDBC5ASIGIAQoAsQBNgIIIAYgBCkCvAE3AgBBgICAgHghDkEBIQNBAQwGCyAFQoKAgIDAAjcDACAEQbwBahDlAQwGCyAEIA02AsQCIAQgEDYCwAIgBEEgNgK8AiAEQZ2iwAA2ArgCIARBoAJqIARBuAJqQQIQ2AELIAQoAqQCIAQoAqgCEAUNASAEQTI2AuwBIARBgKTAADYC6AEgBEEPNgLkASAEQaCgwAA2AuABIARBoAJqEOUBCyAEIAQpAugBIhc3A9ABIAQgBCkC4AEiGDcDyAEgBSAXNwIQIAUgGDcCCCAFQoKAgIDAAjcDACAEQbwBahDpAQwDCyAEIAQoAqgCNgLsASAEIAQpAqACNwLkASAEQQE2AuABCyAEIAQpAuABNwPwASAEIAQpAugBNwP4ASAEKALAASEGIAQoAsQBIQNBgICAgHghDkEEIQlBACECIAQoArwBCyEAIAUgBCgCoAE2AiAgBSAEKQKYATcCGCAFIAQpAqQBNwI8IAUgBCgCrAE2AkQgBSAEKQPwATcDACAFIAQpA/gBNwMIIAUgFzcCTCAFIA42AkggBSAWNgI4IAUgCTYCNCAFIAI2AjAgBSADNgIsIAUgBjYCKCAFIAA2AiQgBSAZNwMQIAUgAToAbSAFIAs6AGwgBSAEKAKYAjYCXCAFIAQpA5ACNwJUIAUgBCgCjAI2AmggBSAEKQKEAjcCYAwDCyAEQaQBahDMAQwBCyAFQSI2AhQgBUHTocAANgIQIAVBGDYCDCAFQdaewAA2AgggBUKCgICAwAI3AwALIARBmAFqEOUBCyAEQdACaiQAAn8gBygCYEECRwRAQQhB+AAQuQEiAEKBgICAEDcDACAAQQhqIAVB8AD8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EVRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGYkcAAQQcQcgwDCyAHQQxqQYiRwABBEBByIAcoAixBgICAgHhGDQIgAxDmAQwCCyAHQQxqIAdByABqEH8LIAdBOGoQ5gELIBUgBygCJDYCGCAVIAcpAhw3AhAgFSAHKQIUNwIIIBUgBykCDDcCACAHQdABaiQAIBFBGGoQwgEgEUEQahDCASARQSBqJAAjAEEgayIBJAAgAUEANgIAIAEgFSkCADcCBCABIBUpAgg3AgwgASAVKQIQNwIUIAEgFSgCGDYCHEEEQSgQuQEiAEKBgICAEDcCACAAIAEpAgA3AgggACABKQIINwIQIAAgASkCEDcCGCAAIAEpAhg3AiAgAUEgaiQAIAhB0ABqJAAgAEEIaguPAQIBfwF+IwBBEGsiAyQAAn8CQAJAIAJFBEAgA0EEaiABEFkgAygCBCIBQYCAgIB4Rg0CIAMpAgghBCAAKAIAIgAQyAEMAQsgA0EEaiABEDQgAygCBCIBQYGAgIB4Rg0BIAMpAgghBCAAKAIEIgAQyAELIAAgBDcCBCAAIAE2AgBBAQwBC0EACyADQRBqJAALoQEBAX8jAEEQayIEJAACQAJAAkAgASgCACIBKAIEIAEoAgggAiADEEIiAUUNAAJAAkAgAS0AAA4EAgEBAAELIARBCGogASgCCCICIAEoAgwiARAcIAQoAgwNAgsgAEErNgIIIABBravAADYCBCAAQQE2AgAMAgsgAEIVNwIADAELIAQgAiABEBwgACAEKQMANwIEIABBFTYCAAsgBEEQaiQAC6IBAQF/IwBBEGsiAiQAIAIgARA6AkAgAi0AAEUEQCAAQYGAgIB4NgIADAELAkAgAi0AAUHuAEYEQCABQZGQwABBBBBnDQEgAEGBgICAeDYCAAwCCyACQQRqIAEQWSACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAgsgAEGBgICAeDYCAAwBCyAAQYCAgIB4NgIACyACQRBqJAALdQEEfyMAQRBrIgIkAEEEIQQDQAJAIARFBEBBASEFDAELIAJBCGogARBhIAItAAhFDQAgAiACLQAJQRAQdiACKAIAQQFxRQ0AIARBAWshBCACKAIEIANBBHRqIQMMAQsLIAAgAzYCBCAAIAU2AgAgAkEQaiQAC3UBAn8CQCABIANHDQADQCABRSEEIAFFDQEgAi0AACEDIAAtAAAhBSABQQFrIQEgAkEBaiECIABBAWohACAFQSBBACAFQcEAa0H/AXFBGkkbckH/AXEgA0EgQQAgA0HBAGtB/wFxQRpJG3JB/wFxRg0ACwsgBAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQcqKwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEIajYCAA8LIABBGzYCCCAAQa+KwAA2AgQgAEEANgIADwsAC8kDAgN/An4jAEFAaiIDJAAgAyACOQMQIAMgATYCDCADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBEGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQQxqNgIYIwBBMGsiASQAIAFBFGoiBCADQRhqIgAoAiAQQCABKAIURQRAIAFBCGogBBCOASABKAIIIgBBASAAGyABKAIMQQAgABsQ8AEACyAAKAIQKwMAIAAoAgAoAgAgASABKAIcNgIoIAEgASkCFCIGNwMgQQBHIQX8BiEHIwBB4AFrIgAkACAAQShqIAanIgRB6AD8CgAAIARBkKjAAEHoAPwKAAACQAJAAkACQAJAIAApAyhCAVgEQCAFDQIgAEEHNgKQASAAQQxqIABBkAFqEJgBDAELIABBDGpBmanAAEElEHILIAApAyhCAloNASAAQShqELYBDAILIABBkAFqIgUgAEEoakHQAPwKAAAgAEEMaiAEIAUgBxA+IAUQtgEgACkDKEICVA0BCyAAQShqEE4MAQsgAEH4AGoQ3AELIAQgAEEMahA9IABB4AFqJAAgAUEgahC6ASABQTBqJAAgA0FAayQAC48BAQF/IwBBMGsiAyQAIANBGGogASACECwCQCADLQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACABQQVGBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIAIAMQlQELIANBMGokAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCLASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwALlgEBAX8jAEEQayIEJAACQCADKAIAQYCAgIB4RwRAIAQgAygCCDYCCCAEIAMpAgA3AwACQAJAIAEgAkGDnsAAQQ4QQiIBRQ0AIAEtAABBAUcNACABLQABDQELIAQQ5QEgAEGAgICAeDYCAAwCCyAAIAMoAgg2AgggACADKQIANwIADAELIABBgICAgHg2AgALIARBEGokAAvdAQIBfwF+IwBBEGsiAyQAAn8CQCACRQRAIANBBGogARBZQQAgAygCBCIBQYCAgIB4Rg0CGiADKQIIIQQgACgCACIAEMgBIAAgBDcCBCAAIAE2AgAMAQsjAEEwayICJAAgAkEYaiABEA0gAi0AGCIBQQZGBH9BAgUgAiACKQAoNwAQIAIgAikAITcACSACIAIpABkiBDcAASACIAE6AAAgAhCVAUECIASnIAFBAUcbCyEBIAJBMGokAEEAIAFB/wFxIgFBAkYNARogACgCBCABOgAAC0EBCyADQRBqJAALhQEBAn8jAEEgayICJAAgASAAKAJsIgMgAyAAKAJwQRRsahBiIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEE4gAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALkBECEH8CfiMAQTBrIgckAAJAIAEoAnQiAQRAIAdBBGohCyMAQUBqIgUkAAJAIAMgAikDCCIVIAFBCGoiDCkDECADfCIUIBQgFVUbIBQgAikDAKdBAXEbIBQgDC0AbBsiFFMEQCAFIAJBHGoQtQEgBSgCBCEQIAUoAgAhDSAFQQA2AhQgBUKAgICAEDcCDCAFQQxqENkBQZ+SwABBAxDKASACKAIUIhEgAigCGCISENIBQaKSwABBBBDKAUGmksAAQQ0Q0gFBs5LAAEEDEMoBQbaSwABBDBDSAUHCksAAQQMQygEgAxCWAUHFksAAQQMQygEgFBCWASEBIA0EQCABQciSwABBBRDKASANIBAQ0gEaCyABEOcBIg4pAgAhAyAOQQA2AgAgBSAOKAIIIgY2AiAgBSADNwMYIAVBADYCFCAFQQE2AhAgBUEoaiEPIAUoAhwhCCAMKAIcIQkgDCgCICEEIwBB8ARrIgEkACABQSxqIgIgBkECdEEDbkHUAGoQgQEgAkHIjMAAQSQQcSACQS4QUSABQfABaiIKIAggBhDWASACIAEoAvQBIAEoAvgBEHEgChDlASABQThqIwBBgANrIgIkACACQSBqIgZBAEHAAPwLAAJAIARBwABNBEAgAkEYaiAEIAZBwABB0K3AABCjASACKAIYIAIoAhwgCSAEQeCtwAAQogEMAQsgAkGoAWoiCkEAQcEA/AsAIAJCADcDoAEgAkHwrsAAKQMANwOYASACQeiuwAApAwA3A5ABIAJB4K7AACkDADcDiAEgAkHYrsAAKQMANwOAASACQYABaiITIAkgBEEGdhDBASACQRBqIARBP3EiBiAKQcAAQfCIwAAQowEgAigCECACKAIUIAkgBEHA////B3FqIAZBgInAABCiASACIAY6AOgBIAJB8AFqIgQgE0HwAPwKAAAgAkIANwP4AiACQgA3A/ACIAJCADcD6AIgAkIANwPgAiAEIAJBmAJqIAJB4AJqEAwgAiACKQP4AjcDeCACIAIpA/ACNwNwIAIgAikD6AI3A2ggAiACKQPgAjcDYCACQQhqQSAgAkEgakHAAEGwrcAAEKMBIAIoAgggAigCDCACQeAAakEgQcCtwAAQogELIAJBIGpBwAD8CgAAIAJBgANqJABBACECA0AgAkHAAEcEQCABQThqIAJqIgQgBC0AAEE2czoAACACQQFqIQIMAQsLIAFCADcDwARBACECIAFB8K7AACkDADcDuAQgAUHorsAAKQMANwOwBCABQeCuwAApAwA3A6gEIAFB2K7AACkDADcDoAQgAUGgBGogAUE4akEBEMEBA0AgAkHAAEcEQCABQThqIAJqIgQgBC0AAEHqAHM6AAAgAkEBaiECDAELCyABQgA3A+gEIAFB8K7AACkDADcD4AQgAUHorsAAKQMANwPYBCABQeCuwAApAwA3A9AEIAFB2K7AACkDADcDyAQgAUHIBGoiAiABQThqIgZBARDBASABQZgCaiACQSj8CgAAIAFB8AFqIgIgAUGgBGoiCEEo/AoAACABQdgDakEAQcEA/AsAIAFBiANqIgQgAkHQAPwKAAAgBiAEQZgB/AoAACABLQDIASEEIAEoAjQhAiABKAIwIQkgASAGNgKgBCABIAg2AsgEIAFBiAFqIQYCQAJAAkBBwAAgBGsiCCACTQRAIAQNAQwCCyABQRBqIAQgBkGQicAAEI0BIAFBCGogAiABKAIQIAEoAhRBoInAABCjASABKAIIIAEoAgwgCSACQbCJwAAQogEgAiAEaiEEDAILIAFB8AFqIAkgAiAIQcCIwAAQfiABKAL8ASECIAEoAvgBIQkgASgC9AEhCCABKALwASEKIAFBIGogBCAGQdCIwAAQjQEgASgCICABKAIkIAogCEHgiMAAEKIBIAFByARqIAZBARDXAQsgAkE/cSEEIAJBBnYiCARAIAFByARqIAkgCBDXAQsgAUEYaiAEIAZBwABB8IjAABCjASABKAIYIAEoAhwgCSACQcD///8HcWogBEGAicAAEKIBCyABIAQ6AMgBIAFB8AFqIgIgAUE4akGYAfwKAAAgAUIANwO4BCABQgA3A7AEIAFCADcDqAQgAUIANwOgBCABQgA3A+AEIAFCADcD2AQgAUIANwPQBCABQgA3A8gEIAIgAUHAAmoiBCABQcgEaiIJEAwgAUEAOgCAAyAEQSAgCUEgQbCJwAAQogEgAUEgOgCAAyABQZgCaiAEIAFBoARqEAwgASABKQOgBDcD0AEgASABKQOoBDcD2AEgASABKQOwBDcD4AEgASABKQO4BDcD6AEgAUEsaiIEQS4QUSACIAFB0AFqQSAQ1gEgBCABKAL0ASABKAL4ARBxIAIQ5QEgDyABKAI0NgIIIA8gASkCLDcCACABQfAEaiQAIAVBADYCPCAFQoCAgIAQNwI0IAVBNGoQ2QFBzZLAAEELEMoBIAUoAiwgBSgCMBDSAUHYksAAQQkQygFB4ZLAAEEGENIBQeeSwABBCRDKASAUEJYBQfCSwABBBBDKARDZAUH0ksAAQQIQygEgESASENIBQciSwABBBRDKASEBAkAgDQRAIAEgDSAQENIBGgwBCyABQZGQwAAQ0wEaCyABEOcBQfaSwABBCBDKASAMLQBtQQJ0IgEoApSvQCABKAKIr0AQ0gEQ5wEhASALQRU2AgAgCyABKAIINgIMIAsgASkCADcCBCABQQA2AgAgBUEANgI8IAVBATYCOCABEOUBIA8Q5QEgBUEYahDlASAOEOUBDAELIAtBCTYCAAsgBUFAayQAIAcoAgRBFUcEQCAHIAcoAhQ2AiggByAHKQIMNwMgIAcgBykCBDcDGCAAIAdBGGoQmAEMAgsgAEHIASAHQQhqEEYMAQsgAEHWqcAAQRAQcgsgB0EwaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEHKisAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGvisAANgIEIABBADYCAA8LAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpBgLDAACADKAIAIgMoAgAgAygCBBALGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQYCywAA2AgQgACABNgIAIAJBIGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahCXAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakHAkcAAECgiAUUEQCADEOgBDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAEMsBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQIAJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBQIARBCGogBRASAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAuAAQECfyMAQRBrIgQkAEEEQRQQuQEhAyAEQQRqQb2PwABBEBBKIANBDDYCBCADQc2PwAA2AgAgAyAEKQIENwIIIAMgBCgCDDYCECAAQQE2AgggACADNgIEIABBATYCACAAIAE7ARggACACKQIANwIMIAAgAigCCDYCFCAEQRBqJAALXwECfyMAQRBrIgIkACACQQhqIAAQOgJAIAItAAhFDQAgAi0ACSABQf8BcUcNACAAKAIMIgFBH0sNAEEBIQMgACABQQFqNgIMIAAgACgCCEEBajYCCAsgAkEQaiQAIAMLXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEG8gBCgCCCIBBH8gBCABIAQoAgwQHCAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL0gIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEG7r8AAQckAQeCvwAAQfAALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJEE8LIAFBATYCBAwBCyAFIAkgAyACIggQByIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQxQEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBYIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQkgEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEA0gAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECcgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDFAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCLAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAtiAQF+AkACQAJAAkBBAiAAKQMAIgGnQQJrIAFCAVgbDgMBAgMACyAAQQhqEOUBIABBFGoQ7gEgAEEgahDlAQ8LIABBCGoQ2wEPCyAAQQhqELYBDwsgABC2ASAAQdAAahDcAQtZAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAIDwtB8LDAAEGgscAAEMcBAAtBsLHAAEHgscAAEMcBAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBlIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQqAEgASAAKAIEIAAoAghqEC0gACACIANqNgIIC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQsAEgAUUgA0EBR3ENASACQRBqJAAPCxDvAQALQfCJwABBPxDwAQALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahCxASABRSADQQFHcQ0BIAJBEGokAA8LEO8BAAtB8InAAEE/EPABAAtUAQF/AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhAuIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEMMBIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACEMUBAAvGAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEEAgAEEYaiABKAIAKAIAIAEoAgQoAgAQdCAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQfSAAKAIQIQIgACgCFCEDIABBCGogBBCOASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQ8AEACyAAIAAoAig2AkAgACAAKQIgIgc3AzggACACNgJMIAAgBTYCSCMAQTBrIgEkAAJAIAenIgYpAwBCAlEEQCABQb6pwABBGBByDAELIAFBHGoiBAJ/QQcgBSACQf6SwABBERCvAQ0AGkESIAUgAkGPk8AAQRQQrwENABpBBiAFIAJBo5PAAEELEK8BDQAaIARBIzYCCCAEQa6TwAA2AgRBEQs2AgAgASAEEJgBCyAGIAEQPSABQTBqJAAgAEHIAGoQwgEgAEE4ahC6ASAAQdAAaiQAIANBIGokAAvVEAIQfwJ+IwBBIGsiByQAIAcgAjYCBCAHIAE2AgAgByAANgIYIAcgB0EfaiIANgIUIAcgADYCECAHIAdBBGo2AgwgByAHNgIIIwBB0ABrIgUkACAFQRhqIAdBCGoiACgCEBBAIAVBJGogACgCACgCACAAKAIEKAIAEEsCQCAFKAIYBEAgBSgCJEGBgICAeEcNAQsgBUEQaiAFQSRqEIcBIAUoAhAhASAFKAIUIQIgBUEIaiAFQRhqEI4BIAUoAggiACABIAAbIgFBASABGyAFKAIMIAIgABtBACABGxDwAQALIAUgBSgCIDYCOCAFIAUpAhgiFDcDMCAFIAUpAiQ3A0AgBSAFKAIsNgJIIwBBEGsiESQAIBFBCGogBUFAayISELUBIBEoAgghAiARKAIMIQgjAEGwAmsiASQAAkAgFKciCSgCdCIARQ0AIAAoAggNACAAKAIUIQYgACgCECEDCwJAIAkpAwBCA1EEQCADIAIgAxsiCgRAIAFBqAFqIQIgCSgCNCEPIAkoAjghECMAQeAAayIAJABBgICAgHghBAJAIAYgCCADGyIDQYCAEEsNACAAQgA3AjAgACADNgIsIAAgCjYCKCAAQYCAgIB4NgJUIAAgAEHUAGo2AhQCQCAAQShqIgNBpJHAAEEBIABBFGpBrJHAABB7RQ0AIAMQkAFFDQAgACkCWCETIAAoAlQhBAwBCyAAQdQAahDLAQsgAEEpNgIwIABB1JHAADYCLCAAQRE2AigCQCAEQYCAgIB4RgRAIAApAjAhEyACIAAoAjg2AhQgAiATNwIMIAJB1JHAADYCCCACQoGAgICYAjcCAAwBCyAAQShqEMQBIAAgBDYCFCAAIBM3AhggE0IgiKdBGGwhBCATpyEDAkACQAJ/AkACQANAIARFDQEgAEEIaiADQeuOwABBAxBsEGYgACAAKQMINwJUIAAgEDYCLCAAIA82AiggBEEYayEEIANBGGohAyAAQdQAaiAAQShqIgYQlAFFDQALIAYgA0EYayIEQf2RwABBAxBzIAAoAjAhDCAAKAIsIQsgACgCKCIDQRVHBEAgAiAAKQI0NwIQIAIgDDYCDCACIAs2AgggAiADNgIEIAJBgYCAgHg2AgAMBQsgAEEoaiAEQeiOwABBAxBzIAAoAjAhDSAAKAIsIQMgACgCKCIGQRVHBEAgAiAAKQI0NwIQIAIgDTYCDCACIAM2AgggAiAGNgIEIAJBgYCAgHg2AgAMBQsgAEEoaiAEQYCSwABBAxBzIAAoAjAhDiAAKAIsIQogACgCKCIGQRVHBEAgAiAAKQI0NwIQIAIgDjYCDCACIAo2AgggAiAGNgIEIAJBgYCAgHg2AgAMBQsgAEEoaiAEQYOSwABBARBzIAAoAjAhDyAAKAIsIQYgACgCKCIIQRVHBEAgAiAAKQI0NwIQIAIgDzYCDCACIAY2AgggAiAINgIEIAJBgYCAgHg2AgAMBQsgAEEoaiAEQYSSwABBARBzIAAoAjAhECAAKAIsIQggACgCKCIEQRVHBEAgAiAAKQI0NwIQIAIgEDYCDCACIAg2AgggAiAENgIEIAJBgYCAgHg2AgAMBQsgACAMNgIkIAAgCzYCIEEAIQwCQCAAQSBqQYiSwAAQlAFFDQAgAwRAIAAgDTYCLCAAIAM2AiggAEEoakGwjcAAEMYBRQ0BCyAKRQRAQQEhDAwBCyAAIA42AiwgACAKNgIoIABBKGpBlJLAABDGASEMCyAGRSAIRXINAyAAQdQAaiAGIA8QE0EAIQogACgCVEGAgICAeEcEQCAAIAApAlQ3AyggACAAKAJcIgs2AjBBACALQQN0ayEDIAAoAiwhDUEAIQQCQANAIAQgC0YNASAEIA1qIg4tAABFBEAgA0EIaiEDIARBAWohBAwBCwtBACAOLQAAZ0EYa0H/AXEgA2prQf8PSyEKCyAAQShqEOUBCyAAQdQAaiAIIBAQEyAAKAJUQYCAgIB4Rg0DIAAgACkCVDcDKCAAIAAoAlwiAzYCMCADRQ0BIAAoAiwiCy0AAEIAIRNBACEEA0AgBCALai0AACIOrUL/AYMgE0IIhoQhEyADIARBAWoiBEcNAAtFDQEgA0EFSSATQgJWcSAOcQwCCyACQYCAgIB4NgIADAMLQQALIQQgAEEoahDlASAMIAQgCnFxRQ0AIABBPGogBiAPEEogAEHIAGogCCAQEEogAiAAKQJMNwIQIAIgACkCRDcCCCACIAApAjw3AgAgAEEUahDoAQwCCyACQoGAgIDoADcCAAsgAEEUahDoAQsgAEHgAGokACABKAKoAUGBgICAeEYEQCABQQxqIAFBrAFqEH8MAwsgASABKQK4ATcCICABIAEpArABNwIYIAEgASkCqAE3AhAgAUGAgICAeDYCDAwCCyABQQxqQcynwABBIRByDAELIAFBDGpB7afAAEEeEHILAkAgASgCDEGAgICAeEcEQCABIAEoAiQ2AqgCIAEgASkCHDcDoAIgASABKQIUNwOYAiABIAEpAgw3A5ACIAkgAUGQAmoQPQwBCyABKAIQQYCAgIB4Rg0AIAEgAUEQaiIAKQIQNwM4IAEgACkCCDcDMCABIAApAgA3AyggAUFAayAJQegA/AoAACAJQZCowABB6AD8CgAAAkAgASkDQEIDUQRAIAFBqAFqIgIgAUHIAGpB0AD8CgAAIAEgACkCEDcDiAIgASAAKQIINwOAAiABIAApAgA3A/gBIAkQTiAJIAJB6AD8CgAADAELIAFBQGsQTiABQShqENwBCwsgAUGwAmokACASEMgBIBFBEGokACAFQTBqELoBIAVB0ABqJAAgB0EgaiQAC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxCMASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMEMUBAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQOgJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAoMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDZASIEQbePwABBBhDKASABMwEYEJYBQayPwABBBxDKASABKAIEIAEoAggQXkGzj8AAQQQQygEgASgCECABKAIUENIBGiAEEOcBGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ5QEgAkEQaiQAC1ABAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgIDgBIQ3AxggAyADQQxqrUKAgICA4ASENwMQQaiAwAAgA0EQaiACEHwAC00BAX8jAEEQayIEJAAgBEEIaiABIAIgAxBIIAAgBCgCDCADIAQoAggiARs2AgggACABIAIgARs2AgQgAEEVQRMgARs2AgAgBEEQaiQAC1UBAX8gAEEEaiEDIAACfyABKAIAQYCAgIB4RwRAIAMgASgCCDYCCCADIAEpAgA3AgAgAhDJAUEADAELIAMgAigCCDYCCCADIAIpAgA3AgBBAQs2AgALUAAgAkEUbCECIAAQ2gEhAANAIAIEQCAAENoBIAEoAgAgASgCBBDSASABKAIMIAEoAhAQ0gEQ6gEaIAJBFGshAiABQRRqIQEMAQsLIAAQ6gELRAEBfyMAQRBrIgIkACACQQhqIAAQiwEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtKAQN/IwBBEGsiAiQAIAJBCGogARCLASACLQAIIgMEQCACLQAJIQQgASABKAIIQQFqNgIICyAAIAQ6AAEgACADOgAAIAJBEGokAAvGAQIFfwF+IwBBEGsiBCQAIAAgAiABa0EUbiIGEKYBIAApAgQhCCAEIABBCGo2AgQgBCAIQiCJNwIIIwBBIGsiACQAIARBBGoiAygCBCEFIAMoAgAgASACRwRAIAMoAgggBUEUbGohAyAFIAYiAmohBQNAIABBDGogARDAASADIAAoAhw2AhAgAyAAKQIUNwIIIAMgACkCDDcCACADQRRqIQMgAUEUaiEBIAJBAWsiAg0ACwsgBTYCACAAQSBqJAAgBEEQaiQACz4BAn8jAEEQayIDJAAgAiABQQFrSwRAIAMgADYCCCADIAAgAWo2AgwgA0EIahBrQQFzIQQLIANBEGokACAEC0kBAX8jAEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEGUgBEEIaiAEKAIQIAQoAhQgASACEKEBIAAgBCkDCDcDACAEQSBqJAALOQAgASACEC0gAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIAC0IBAn8jAEEQayICJAAgAQR/IAJBCGogARC0ASACKAIMIQMgAigCCAVBAAshASAAIAM2AgQgACABNgIAIAJBEGokAAtBAQN/AkAgACgCCCIEIAJqIgUgBEkNACAFIAAoAgRLDQAgACgCACAEaiABIAIQ4AFFDQAgACAFNgIIQQEhAwsgAwtBAQF/AkAgACgCCCIBRQ0AIAAoAgQgAWpBAWsiAUUNACABLQAAIgFBOkYgAUHbAEZyIAFB+wBGcg0AIABBLBBRCwtCAQF/IwBBEGsiBSQAIAVBCGogASACIAMgBBBCEGYgACAFKAIIIgBBACAFKAIMIgEbQQAgABsgARC9ASAFQRBqJAALPwEBfyMAQRBrIgMkACADQQRqIAAgASACEG4CQCADKAIIRQ0AIAMoAgwiAEUNACADKAIEIAAQTwsgA0EQaiQAC0IBA38gACgCACECIAAoAgQhAwNAIAMgAiIBRwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRws4AQF/IwBBEGsiAyQAIANBCGogABCzASADKAIIIgAEfyAAIAMoAgwgASACEEIFQQALIANBEGokAAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhDDASIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALQwEBfyMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQQhBmIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEECcgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDFAQALIAVBEGokAAs8AQF/IAAgAhCoASAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQQECfyMAQSBrIgMkACADQQhqIgQgASACEEogA0H0AzsBHCADQQ42AhggA0GDrcAANgIUIAAgBBCCASADQSBqJAALSQACQAJAAkACQCABIAIgAxBsIgFFDQBBBiEDIAEtAAAOBAADAwEDCyAAQQA2AgQMAQsgACABKQMINwIEC0EVIQMLIAAgAzYCAAs/AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahBJIAAgAykDCDcDACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDDASIBRQRAQQRBCBDyAQALIAEgAjYCBCABIAM2AgAgAEHwscAANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMgAUE5SxsiATYCBCAAIAEgAkk2AgALOwEBfyMAQRBrIgMkACADQQhqIAEgAhAcIAMgAygCCCADKAIMEC8gACADKAIAIAMoAgQQSiADQRBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahCIASAAIAIpAwg3AwAgAkEgaiQACz0AIAAgAUHyrMAAQQYQrwEEQEEADwsgACABQfiswABBBRCvAQRAQQEPC0ECQQMgACABQf2swABBBhCvARsLNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEAciAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUHYkMAAEA8gBUEQaiQAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQZiwwAAgASgCBCABKAIIIgAtAAggAC0ACRApAAsgAEGAgICAeDYCACAAIAE2AgwgAEG0sMAAIAEoAgQgASgCCCIALQAIIAAtAAkQKQALOgEBfwJ/IAEoAgBBAUYEQCABKAIIIQIgASgCBAwBCyABQQRqEMIBQQALIQEgACACNgIEIAAgATYCAAs4ACACIANJBEBBpK3AAEETIAQQfAALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs8AQF/IwBBIGsiAiQAIAIgASgCEDYCGCACIAEpAgg3AxAgAiABKQIANwMIIAAgAkEIahCYASACQSBqJAALOwAgAiADSQRAQaStwABBE0HwrcAAEHwACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLOAIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQWCACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALyAEBBX8jAEEQayIEJAAgAS8BFCEGIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIARBBGoiBSACQQRqENkBQdmPwABBBRDKASABKAIMIAEoAhAQ0gFB3o/AAEEHEMoBIAEoAgQgASgCCBDSAUHlj8AAQQoQygEgATMBFBCWARDnASIDKAIINgIIIAUgAykCADcCACADQQA2AgAgAkEANgIMIAJBATYCCCADEOUBIAJBEGokACAAIAYgBRBGIAEQ5QEgBEEQaiQAC48BAQV/IwBBEGsiAyQAIANBCGohBSMAQRBrIgIkAANAAkAgAkEIaiABECEgAigCCCIERQRAQQAhBAwBCyACIAQgAigCDBAcIAIoAgQiBkUgAigCACIERXINAQsLIAUgBjYCBCAFIAQ2AgAgAkEQaiQAIAMoAgwhASAAIAMoAgg2AgAgACABNgIEIANBEGokAAs2AQF/IAAoAgghASAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEOUBIABBEGohAAwBCwsLPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDRAQ8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBALCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQQARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQEACzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQyAFBAAshASAAIAI2AgQgACABNgIACzUBAX8jAEEQayICJAAgAkEIaiABEEkgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQACzEAIwBBEGsiAiQAIAAoAgAiABCEASACIAA2AgwgASACQQxqQbClwAAQKCACQRBqJAALbAECfyABQf8BcUECRgRAQQAhASACIANBoI/AAEEDELgBBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEEogACAENgIACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAseACACBEAgAiABEMMBIQELIAAgAjYCBCAAIAE2AgALLgAgAUHAAE0EQCAAQcAAIAFrNgIEIAAgASACajYCAA8LIAFBwABBwAAgAxAWAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABELoBQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABELsBQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA6IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQKiAEQRBqJAALQAEBfyMAQRBrIgMkACADQQhqIAEgAhB0IAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAuAAgEHfyAAKAIIIgYgACgCAEYEQCMAQRBrIgQkACAEQQRqIQUgACgCACICIQMgACgCBCEHAn9BCCACQQF0IgIgAkEITRsiCCICQQBIBEBBASEDQQAhAkEEDAELAn8CQAJ/IAMEQCAHIANBASACEAcMAQsgAkUEQEEBIQMMAgsgAkEBEMMBCyIDDQAgBUEBNgIEQQEMAQsgBSADNgIEQQALIQNBCAsgBWogAjYCACAFIAM2AgAgBCgCBEEBRgRAIAQoAgggBCgCDBDFAQALIAQoAgghAiAAIAg2AgAgACACNgIEIARBEGokAAsgACgCBCAGaiABOgAAIAAgBkEBajYCCAsqAQN/IAAoAgAiAiABKAIAIgNyRSEEIAJFIANFcgR/IAQFIAAgARDGAQsLNQACQAJAAkACQCAALQAADgUBAQECAwALIABBBGoQ5gELDwsgAEEEahDlAQ8LIABBBGoQ6AELyQECA38BfiAAEGggAUIAUwRAIABBLRBRCyABIAFCP4ciBYUgBX0hASMAQSBrIgMkACADQQA2AhggA0IANwMQIANCADcDCEETIQICQAJAA0AgAkETSw0BIANBCGogAmogASABQgqAIgVCCn59p0EwcjoAACACQQFrIQIgAUIJViAFIQENAAsgAkETayECIANBHGohBANAIAIEQCAAIAIgBGotAAAQUSACQQFqIQIMAQsLIANBIGokAAwBC0F/QRRB7JDAABBbAAsgAAsrAQJ/IAEoAgQiAyAAKAIAIgAoAghGBH8gACgCBCABKAIAIAMQYAVBAQtFC+UIAQl/IwBBIGsiCSQAIwBBQGoiAiQAIAlBCGoiBwJ/AkACfwJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCAEEBaw4UAQIDBAUGBwgJCgsMDQ4PEBESExQACyACQRBqQdGTwABB1QAQSkGQAyEEQaaUwAAhA0ESDBgLIAJBEGogASgCBCABKAIIEEpBkAMhBEG4lMAAIQNBFAwXCyACQRBqQcyUwABBJhBKQZADIQRB8pTAACEDQRQMFgsgAkEQakGGlcAAQSoQSkGVAyEEQbCVwAAhA0ESDBULIAJBEGpBwpXAAEEsEEpBkwMhBEHulcAAIQNBEgwUCyACIAEoAggiAyABKAIMIgRqNgI4IAIgAzYCNCACQQA2AjwgAkE0aiEKQSAhBSMAQRBrIggkAANAAkAgCEEIaiAKEEQgCCgCDEGAgMQARgRAIAUhBgwBCyAFQQFrIgUNAQsLIAhBEGokACAGDRIgAkEIaiAKEEQgAigCDEGAgMQARg0SAkAgAigCCCIFRQ0AIAQgBU0EQCAEIAVGDQEMEgsgAyAFaiwAAEFASA0RCyADDBELIAJBEGpBwpbAAEE6EEpBkQMhBEGjk8AAIQNBCwwSCyACQRBqQfyWwABBIxBKQZEDIQRB/pLAACEDQREMEQsgAkEQaiABKAIEIAEoAggQSkGRAyEEQZ+XwAAhA0ENDBALIAJBEGpBrJfAAEEeEEpBkQMhBEHKl8AAIQNBDQwPCyACQRBqQdeXwABBOxBKQZEDIQRBkpjAACEDQRMMDgsgAkEQakGlmMAAQSoQSkHPmMAAIQNBkQMMCQsgAkEQakHdmMAAQTsQSkGRAyEEQZiZwAAhA0EQDAwLIAJBEGpBqJnAAEEeEEpBkQMhBEHGmcAAIQNBDwwLCyACQRBqQdWZwABBIBBKQZEDIQRB9ZnAACEDQQ8MCgsgAkEQakGEmsAAQSwQSkGRAyEEQbCawAAhA0EPDAkLIAJBEGpBv5rAAEE3EEpBkwMhBEH2msAAIQNBFQwICyACQRBqIAEoAgQgASgCCBBKQYubwAAhA0H2AwwDCyACQRBqQZmbwABBKhBKQfcDIQRBj5PAACEDQRQMBgsgAkELNgIoIAJBw5vAADYCJCACIAEpAgQ3AhwgAkEQaiACQRxqQQIQ2AFBzpvAACEDQfQDDAELIAJBDTYCKCACQdybwAA2AiQgAiABKQIMNwIsIAIgASkCBDcCHCACQRBqIAJBHGpBAxDYAUHpm8AAIQNB9AMLIQRBDgwDC0EACyEGIAUgBCAGGyEEIAYgAyAGGyEDCyACIAQ2AiggAiADNgIkIAJBLTYCICACQYCWwAA2AhwgAkEQaiACQRxqQQIQ2AFBkQMhBEGtlsAAIQNBFQs2AhAgByADNgIMIAcgAikCEDcCACAHIAIoAhg2AgggByAEOwEUIAJBQGskACAAIAcQggEgARDEASAJQSBqJAAL0QIBB38jAEEwayIIJAAgCEEIaiIDIAEgAkEsELIBIwBB0ABrIgEkACABQRBqIAMQgwECQCABKAIQIgQEQCABKAIUIQUgAUEIakEEQQRBCBBYIAEoAgghBiABKAIMIgIgBTYCBCACIAQ2AgAgAUEBNgIkIAEgAjYCICABIAY2AhwgAUEoaiIFIANBKPwKAAAgAUEcaiECIwBBEGsiAyQAA0ACQCADQQhqIAUQgwEgAygCCCIGRQ0AIAMoAgwhCSACKAIIIgQgAigCAEYEQCACKAIIIgcgAigCAEYEQCACIAdBAUEEQQgQcAsLIAIoAgQgBEEDdGoiByAJNgIEIAcgBjYCACACIARBAWo2AggMAQsLIANBEGokACAAIAEoAiQ2AgggACABKQIcNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgAUHQAGokACAIQTBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQHiADQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQMiADQRBqJAALJwAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEEMgAkEQaiQACygAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhCJASACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQPCADQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEEwgAkEQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARAkIAJBEGokAAsoACADIAQgASACELgBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIAC2YAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIwBBIGsiACQAIAAgAzYCCCAAIAE2AgwgACAAQQxqrUKAgICA4ASENwMYIAAgAEEIaq1CgICAgOAEhDcDEEG2h8AAIABBEGogBBB8AAsjACABIANLBEBBACABIAMgBBAWAAsgACABNgIEIAAgAjYCAAvWAgEGfyMAQRBrIgQkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiACQAIAAgAkEcaiIBKAIAKAIAIAEoAgQoAgAQdCAAKAIAIQYgACAAKAIEIgc2AgwgACAGNgIIIAJBEGohASMAQRBrIgMkAEHAosAAIQUCQAJAAkACQAJAIAYgBxB5Qf8BcUEBaw4DAAEDAgtBgKPAACEFDAELQcCjwAAhBQsgA0EEaiAFQQhBn5HAAEEBEAQgAygCBEGAgICAeEYNACABIAMoAgw2AgggASADKQIENwIADAELIAFBADYCCCABQoCAgIAQNwIACyADQRBqJAAgAEEIahDCASAAQRBqJAAgAiABEHggBCACKQMANwIAIAJBMGokACAEKAIAIAQoAgQgBEEQaiQAC1IBAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqQQRBCBBqIABBEGokACABQRBqJAALIwEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEEQRQQcAsLIwEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEEQQwQcAsLIwEBfyAAKAIAIAAoAggiAmsgAUkEQCAAIAIgAUEBQQEQcAsLggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCPASABKAIIIgBBASAAGyABKAIMQQAgABsQ8AEACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAjw2AgQgBiACKAI4QQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQSiAAQRBqJAAgAUEgahC7ASABQTBqJAAgBEEIaiAFEIgBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvJAwIHfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgIkACACQRRqIgEgABA3IAIoAhRFBEAgAkEIaiABEI8BIAIoAggiAEEBIAAbIAIoAgxBACAAGxDwAQALIAIgAigCHDYCKCACIAIpAhQiCDcDICMAQRBrIgQkAAJAAkAgCKciASkDAEIFUg0AIwBBEGsiACQAIABBADYCDCAAQoCAgIAQNwIEIABBBGoiBxDZAUGjj8AAQQMQygEgAUEIaiIBKAIEIAEoAggQ0gFBpo/AAEEGEMoBIAEoAiQgASgCKBDSAUGsj8AAQQcQygEgASgCECABKAIUEF5Bs4/AAEEEEMoBIAEoAhwgASgCIBDSARDnARogBEEEaiIBIAAoAgw2AgggASAAKQIENwIAIABBADYCDCAAQoCAgIAQNwIEIAcQ5QEgAEEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQuwEgAkEwaiQAIAZBCGogAxB4IAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAvXAwIHfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohBCMAQTBrIgEkACABQRRqIgMgABA3IAEoAhRFBEAgAUEIaiADEI8BIAEoAggiAEEBIAAbIAEoAgxBACAAGxDwAQALIAEgASgCHDYCKCABIAEpAhQiCDcDICMAQRBrIgMkAAJAAkAgCKciAikDAEIBVg0AIwBBEGsiACQAIABBADYCDCAAQoCAgIAQNwIEIANBBGoiByAAQQRqENkBQf2RwABBAxDKAUGFksAAQQMQ0gFBg5LAAEEBEMoBIAJB0ABqIgIoAgQgAigCCBDSAUGEksAAQQEQygEgAigCECACKAIUENIBQeiOwABBAxDKAUGqjcAAQQUQ0gFBnJLAAEEDEMoBQZWQwAAQ0wEQ5wEiAigCCDYCCCAHIAIpAgA3AgAgAkEANgIAIABBADYCDCAAQQE2AgggAhDlASAAQRBqJAAgAygCBEGAgICAeEYNACAEIAMoAgw2AgggBCADKQIENwIADAELIARBADYCCCAEQoCAgIAQNwIACyADQRBqJAAgAUEgahC7ASABQTBqJAAgBkEIaiAEEHggBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC/cBAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDcgASgCFEUEQCABQQhqIAIQjwEgASgCCCIAQQEgABsgASgCDEEAIAAbEPABAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBIGsiACQAAkAgBqciAikDAEICUQRAIAUgAkEIahBaDAELIABBBGoiAkH8kMAAQQwQciAFIAIQWiACENsBCyAAQSBqJAAgAUEgahC7ASABQTBqJAAgBEEIaiAFEHggAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC9ACAgh/AX4jAEEQayIEJAAjAEEgayIDJAAgA0EUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDcgASgCFEUEQCABQQhqIAIQjwEgASgCCCIAQQEgABsgASgCDEEAIAAbEPABAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIoAnQiBkUNACACKQMAQgNSDQAgBigCCEEBRw0AIAYoAhQhAiAGKAIQIQcLIAggAjYCBCAIIAc2AgACQCAAKAIIIgIEQCAFIAIgACgCDBBKDAELIAVBgICAgHg2AgALIABBEGokACABQSBqELsBIAFBMGokAEEAIQAgBCADKAIUQYCAgIB4RwR/IANBCGogBRB4IAMoAgwhACADKAIIBUEACzYCACAEIAA2AgQgA0EgaiQAIAQoAgAgBCgCBCAEQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCPASABKAIIIgBBASAAGyABKAIMQQAgABsQ8AEACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAkg2AgQgBiACKAJEQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQSiAAQRBqJAAgAUEgahC7ASABQTBqJAAgBEEIaiAFEIgBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAsYAQF/IAEgA0YEfyAAIAIgARBgBUEBC0ULlQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqELcBDAELIAAQ2wELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKBBPCyABQRBqJAALC5MBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAJ0BEAgAEH0AGoQtwELIABB6ABqEO4BIAAQTgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBEE8LIAFBEGokAAsLIQAgACADIAEgAhBQIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAsfACAAQShqEOUBIABBNGoQ5QEgAEFAaxDlASAAEM0BC8MBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahDlASAAQSxqEOkBIABBOGoQ6QEgAEEMahDlASAAQcQAahDMASAAKAJQQYCAgIB4RwRAIABB0ABqEOUBIABB6ABqEMgBIABB3ABqEOUBCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQfgAEE8LIAFBEGokAAsLGAEBfyABIANPBH8gAiAAIAMQYAVBAQtFCxsBAX8gASAAEMMBIgJFBEAgACABEPIBAAsgAgseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQsQELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELEBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahCwAQsbACABBEAgACABIAIQSg8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAEOUBIABBDGoQyAELCwMAAAsYACAAIAEpAgA3AgAgAEEIaiABQQhqEFULGAAgACAAKQMgIAKtfDcDICAAIAEgAhADCxcBAX8gACgCBCIBBEAgACgCACABEE8LCxUAIAFBCU8EQCABIAAQEA8LIAAQAgsVACAAKAIAQQVGBEAgAEEEahDlAQsLHgAgAARAIAAgARDyAQALQZCywABBI0GkssAAEHwACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQrwELDAAgAEHdACABEHwACxYAIAAoAgBBgICAgHhHBEAgABDlAQsLEgAgACgCAEEATgRAIAAQ5QELCxMAIAAgASACENIBIgBBOhBRIAALFgAgACgCAEGAgICAeEcEQCAAEOgBCwsWACAAKAIAQYCAgIB4RwRAIAAQ6QELCxIAIABBEGoQ5QEgAEEcahDIAQsNACABBEAgACABEE8LCxwAIABB6LDAACkCADcCCCAAQeCwwAApAgA3AgALHAAgAEHYsMAAKQIANwIIIABB0LDAACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQEAC7ECAQF/IAAQaCMAQRBrIgMkACAAQSIQUSADIAE2AgggAyABIAJqNgIMA0ACQCADIANBCGoQIAJAAkACQAJAAkACQAJAAkACQAJAIAMoAgRBgIDEACADKAIAQQFxGyIBQQhrDgYEBQYBBwgACyABQSJGDQEgAUHcAEYNAiABQYCAxABGDQkLIAFBIEkNByAAIAEQUQwJCyAAQe+PwABBAhBxDAgLIABB8Y/AAEECEHEMBwsgAEHzj8AAQQIQcQwGCyAAQfWPwABBAhBxDAULIABB94/AAEECEHEMBAsgAEH5j8AAQQIQcQwDCyAAQfuPwABBAhBxDAILIABB/Y/AAEEEEHEgACABQQR2LQCBkEAQUSAAIAFBD3EtAIGQQBBRDAELCyAAQSIQUSADQRBqJAAgAAsQACAAEGggACABQQQQcSAACxAAIAAoAgAoAgAgAUEBEAMLDQAgACABIAIgAWsQcQsRACAAIAEgAkHZi8AAQQAQFwsRACAAKAIAKAIAIAEgAhDBAQsOACAAIAEgAkEBQQAQBAsPACAAEGggAEH7ABBRIAALDwAgABBoIABB2wAQUSAACw8AIAAQ7gEgAEEMahDlAQsPACAAEOUBIABBDGoQ5QELEwAgAEHwscAANgIEIAAgATYCAAsRACABIAAoAgAgACgCBBDRAQuTCwEMfyAAKAIAIQcgACgCBCEGQQAhAAJAAkAgASIIKAIIIgxBgICAwAFxRQ0AAkACQAJAAkAgDEGAgICAAXEEQCABLwEOIgENAUEAIQYMAgsgBkEQTwRAAn8CQAJAIAYgB0EDakF8cSIBIAdrIglJDQAgBiAJayILQQJ2IgpFDQAgASAHRwRAIAcgAWsiBEF8TQRAA0AgACACIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiEAIAJBBGoiAg0ACwsgAiAHaiEFA0AgACAFLAAAQb9/SmohACAFQQFqIQUgBEEBaiIEDQALCyAHIAlqIQQCQCALQQNxIgFFDQAgBCALQfz///8HcWoiAiwAAEG/f0ohAyABQQFGDQAgAyACLAABQb9/SmohAyABQQJGDQAgAyACLAACQb9/SmohAwsgACADaiECA0AgBCEBIApFDQJBwAEgCiAKQcABTxsiA0EDcSEJAkAgA0ECdCIEQfAHcSIARQRAQQAhBQwBCyAAIAFqIQtBACEFIAEhAANAIAUgACgCACINQX9zQQd2IA1BBnZyQYGChAhxaiAAQQRqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBCGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWogAEEMaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiEFIABBEGoiACALRw0ACwsgCiADayEKIAEgBGohBCAFQQh2Qf+B/AdxIAVB/4H8B3FqQYGABGxBEHYgAmohAiAJRQ0ACwJ/IAEgA0H8AXFBAnRqIgAoAgAiAUF/c0EHdiABQQZ2ckGBgoQIcSIBIAlBAUYNABogASAAKAIEIgNBf3NBB3YgA0EGdnJBgYKECHFqIgEgCUECRg0AGiAAKAIIIgBBf3NBB3YgAEEGdnJBgYKECHEgAWoLIgBBCHZB/4EccSAAQf+B/AdxakGBgARsQRB2IAJqIQIMAQtBACAGRQ0BGiAGQQNxIQUgBkEETwRAIAZBfHEhAQNAIAIgBCAHaiIALAAAQb9/SmogAEEBaiwAAEG/f0pqIABBAmosAABBv39KaiAAQQNqLAAAQb9/SmohAiABIARBBGoiBEcNAAsgBUUNAQsgBCAHaiEAA0AgAiAALAAAQb9/SmohAiAAQQFqIQAgBUEBayIFDQALCyACCyECDAQLIAZFDQMgBkEDcSEAIAZBBE8EQCAGQQxxIQQDQCACIAMgB2oiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQIgBCADQQRqIgNHDQALIABFDQQLIAMgB2ohAwNAIAIgAywAAEG/f0pqIQIgA0EBaiEDIABBAWsiAA0ACwwDCyAGIAdqIQJBACEGIAchAyABIQADQCADIgQgAkYNAiAGAn8gA0EBaiADLAAAIgNBAE4NABogBEECaiADQWBJDQAaIARBBEEDIANBb0sbagsiAyAEa2ohBiAAQQFrIgANAAsLQQAhAAsgASAAayECCyACIAgvAQwiAE8NACAAIAJrIQFBACECQQAhAAJAAkACQCAMQR12QQNxQQFrDgIAAQILIAEhAAwBCyABQf7/A3FBAXYhAAsgDEH///8AcSEFIAgoAgQhBCAIKAIAIQgDQCACQf//A3EgAEH//wNxSQRAQQEhAyACQQFqIQIgCCAFIAQoAhARBABFDQEMAwsLQQEhAyAIIAcgBiAEKAIMEQEADQFBACECIAEgAGtB//8DcSEAA0AgAkH//wNxIgEgAEkhAyAAIAFNDQIgAkEBaiECIAggBSAEKAIQEQQARQ0ACwwBCyAIKAIAIAcgBiAIKAIEKAIMEQEAIQMLIAMLCwAgACABIAIQYEULDAAgACABIAIgAxAjC4cBAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCPASABKAIIIgBBASAAGyABKAIMQQAgABsQ8AEACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cpAwAhAyABQSBqELsBIAFBMGokAEECIAOnQQJrIANCAVgbQf8BcbgLDwAgAEGAsMAAIAEgAhALCw4AQfy3wABBMyAAEHwACwoAIABBAUEBEGoLPwECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ5QEgAUEQahCVASACQQFrIQIgAUEoaiEBDAELCyAAQQhBKBBqCwsAIABB/QAQUSAACzcBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCVASACQRhqIQIMAQsLIABBCEEYEGoLNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEOUBIAJBDGohAgwBCwsgAEEEQQwQagsLACAAQd0AEFEgAAs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ5QEgAkEQaiECDAELCyAAEOwBCwoAIABBBEEQEGoLCgAgACABIAIQHQs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ5QEgAUEUaiEBDAELCyAAQQRBFBBqCw0AQaCvwABBGxDwAQALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRB1LjAACgCACIAQRYgABsRAAAACwwAQay8wABBAToAAAsJACAAQQA2AgALAwAACwvwNQ0AQYCAwAALkSgWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9obWFjLTAuMTIuMS9zcmMvbGliLnJzAHNyYy9yZmMzMzM5LnJzACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAGcBEABPAAAAzQEAADcAAAAYARAATgAAAA0IAAARAAAAGgIQAGQAAAB8AAAAJAAAAPsCEABZAAAAogAAACcAAAD7AhAAWQAAAKQAAAAYAAAA+wIQAFkAAACkAAAAIAAAAPsCEABZAAAArgAAABQAAAD7AhAAWQAAAK4AAAAaAAAA+wIQAFkAAACdAAAAGAAAAPsCEABZAAAAnQAAAB8AAAD7AhAAWQAAAJ0AAAAlAAAA+wIQAFkAAAAtAQAAIgAAAPsCEABZAAAAOAEAAB4AAAD7AhAAWQAAADUBAAAYAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxMQYQAAMAAAAxMjcAPAYQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjloZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ1JTMjU2AKoGEAAFAAAAcGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsLnNpZ25hdHVyZSBpcyBlbXB0eWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHNhbGdraWRjcml0AABoBxAAAwAAAGsHEAADAAAAbgcQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SnVybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAALcBEAALAAAASwEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAALcBEAALAAAA7gEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudixrZXlzoAgQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VuZVJTQQUJEAADAAAAc2lnABAJEAADAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZG9ubHkgUlMyNTYgcHJvdmlkZXIgdG9rZW5zIGFyZSBhY2NlcHRlZCwgbm90IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZ3R5Y2xpZW50X2NyZWRlbnRpYWxzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIHdob2xlIHNlY29uZHMgYmVsb3cgMl42MyAobm8gZnJhY3Rpb24sIG5vIGV4cG9uZW50KXRoZSB0b2tlbiBoYXMgbm8gZXhwIGNsYWltbmJmaXNzaHR0cHM6Ly9zdHl0Y2guY29tL3Nlc3Npb25leHBpcmVzX2F0dGhlIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZXVzZXJfZW1haWxlbWFpbF92ZXJpZmllZG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19U1RZVENIX0FQSV9CQVNFSldUX1NFQ1JFVEJSSURHRV9UT0tFTl9UVExfU0VDT05EU0JSSURHRV9DQVBfVE9fUFJPVklERVJfRVhQMXllczBub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqV09SS09TX0NMSUVOVF9JRFdPUktPU19JU1NVRVJodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQvV09SS09TX0pXS1NXT1JLT1NfSldLU19VUkxLSU5ERV9JU1NVRVJfVVJMS0lOREVfSldLU0tJTkRFX0pXS1NfVVJMS0lOREVfQVVESUVOQ0VTVFlUQ0hfUFJPSkVDVF9JRHByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfSldLU3N0eXRjaC5jb20vU1RZVENIX1NFQ1JFVG11c3QgYmUgYW4gaW50ZWdlciBmcm9tIDEgdG8gODY0MDAvdjEvc2Vzc2lvbnMvandrcy8vLndlbGwta25vd24vandrcy5qc29uaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy8AAAC7DxAAEAAAAMsPEAANAAAAIBAQAA8AAAAVEBAACwAAAEwPEAAKAAAAVg8QABgAAABuDxAAGgAAAKQPEAAWAAAALxAQABAAAABXEBAADgAAAEkQEAAOAAAAPxAQAAoAAABMDxAACgAAAFYPEAAYAAAAbg8QABoAAACkDxAAFgAAAGUQEAARAAAAxhAQAA0AAAA9DxAADwAAALAQEAALAAAATA8QAAoAAABWDxAAGAAAAG4PEAAaAAAApA8QABYAAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKXNlc3Npb24AAAAyEhAABwAAAHAJEAAEAAAAAAAAAAgAAAAEAAAACwAAAAwAAAB1c2VyX2lkAGASEAAHAAAAwQ4QAAoAAAAAAAAACAAAAAQAAAANAAAADgAAAGVtYWlscwAAjBIQAAYAAAAAAAAABAAAAAQAAAAPAAAAEAAAAAAAAAAEAAAABAAAABEAAAASAAAAdmVyaWZpZWRICRAABQAAAMQSEAAIAAAAAAAAAAgAAAAEAAAAEwAAABQAAABTdHl0Y2gncyBzZXNzaW9uIHJlc3BvbnNlIGlzIG5vdCBpbiB0aGUgZG9jdW1lbnRlZCBzaGFwZVN0eXRjaCdzIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZVN0eXRjaCBhbnN3ZXJlZCBzZXNzaW9ucy9hdXRoZW50aWNhdGUgd2l0aCBhbiBlcnJvcjpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93AAAAAAACAEGcqMAACwEEAEGoqMAACwoBAAAAAAAAAPQBAEH4qMAAC8cJc3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25PUFRJT05TQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDB3b3Jrb3NraW5kZXN0eXRjaGludGVybmFsX2Vycm9yAAAApwMQAA4AAAAiAAAANQAAAG1pZCA+IGxlbgAAAFUDEABRAAAAfAAAABQAAABVAxAAUQAAAHwAAAAjAAAAVQMQAFEAAABzAAAAEAAAAFUDEABRAAAAcwAAAB4AAADPABAASAAAALEAAAAWAAAAYXR0ZW1wdCB0byBqb2luIGludG8gY29sbGVjdGlvbiB3aXRoIGxlbiA+IHVzaXplOjpNQVgAAADPABAASAAAAJoAAAAKAAAAwwEQAFYAAABCAAAAEwAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbGAEQAE4AAADmBQAAJQAAAAYAAAAFAAAABgAAAHIWEAB4FhAAfRYQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB/AhAAUAAAACwDAAAJAAAAGAEQAE4AAABxBwAAEQAAABcAAAAMAAAABAAAABgAAAAZAAAAGgAAAAAAAAAIAAAABAAAABsAAAAcAAAAHQAAAB4AAAAfAAAAEAAAAAQAAAAgAAAAIQAAACIAAAAjAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAADQAhAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAA0AIQACoAAAC3BAAADQAAAAAAAAAIAAAABAAAACQAAAAXAAAADAAAAAQAAAAlAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB/AhAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQdyywAALCAICAAAAAAACAEGTs8AACwECAEG5s8AACwEBAEHUs8AACwEBAEG0tMAAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBvrfAAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEH8t8AACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEGYuMAACwEVAEGkuMAACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==";

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
async function importRsaKey(jwk) {
  const hit = keyCache.get(jwk);
  if (hit) return hit;
  let key;
  try {
    key = await crypto.subtle.importKey("jwk", JSON.parse(jwk), { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" }, false, ["verify"]);
  } catch (_e) {
    return null;
  }
  if (keyCache.size >= KEY_CACHE_MAX) keyCache.delete(keyCache.keys().next().value);
  keyCache.set(jwk, key);
  return key;
}
async function conclude(session, Step) {
  const rs = (fn) => wasm.call(() => fn(session));
  for (; ; ) {
    switch (rs((s) => s.kind)) {
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
        const key = await importRsaKey(rs((s) => s.key));
        if (!key) {
          rs((s) => s.fail("unknown_key"));
          break;
        }
        const ok = await crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, rs((s) => s.signature), rs((s) => s.signing_input));
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
      return toResponse(await conclude(session, Step), []);
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

// functions/src/stytch-bridge.js
var stytch_bridge_default = bridgeHandler("stytch");
module.exports = stytch_bridge_default;
})();
