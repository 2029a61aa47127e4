// workos-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy workos-bridge --file functions/dist/workos-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:0cc48b50a67ffcfb3a4463845560e8fde6cee8b61fb23246390c89b8e485309e
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
var WASM_BASE64 = "AGFzbQEAAAABlQEWYAJ/fwBgA39/fwF/YAN/f38AYAF/AGACf38Bf2AEf39/fwBgAX8Bf2AFf39/f38AYAR/f39/AX9gAAJ/f2ABfwJ/f2AAAGAKf39/f39/f39/fAF/YAZ/f39/f38Bf2AFf39/f3wAYAZ/f39/f38AYAN/f3wAYAR/f39+AGADf35+AGACf34Bf2ACf38Cf39gAX8BfAJ5AhUuL2luc2ZvcmdlX2VkZ2VfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAAVLi9pbnNmb3JnZV9lZGdlX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUACwP5AfcBBgIHBAIIAwUAAAgCAAQAAAIAAQwFBwQEBwUNAgEBAAAFBgAABAEBDg8BBwEAAgICBggBBQAACAAQAgABABESAAABAQYABQIIBQACAgQDAwAFAAAAAQACAgUAAAIFAgEEAQEAAgEFAgADBwIGAQEEBAUFBwUCAgUCAAICAAQBCAIABwAFAAAAAwQIAAABBQACBQAABgITAAQDBAACAQEBAQEEBAcHBxQDAAAACgoKCgoKCAMDBQAAAAMDCAQDAwMCAwMAAgMEAwAEAAEDAwMDAwIAAAEBBAACBgICAgYDAwAEBBUBAwMGAwMGAwMBAwsAAAAEAAALAAQJAnABKipvAIQIBQMBABEGGQN/AUGAgMAAC38AQZDLwAALfwBBwMvAAAsHoAQYBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFQYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFUMYnJpZGdlX2JlZ2luABUPYnJpZGdlX2Vudl9rZXlzAKgBCmJyaWRnZV9uZXcAMxJicmlkZ2VzZXNzaW9uX2ZhaWwAWBZicmlkZ2VzZXNzaW9uX2p3a3NfdXJsALEBEWJyaWRnZXNlc3Npb25fa2V5AK8BEmJyaWRnZXNlc3Npb25fa2luZADkARNicmlkZ2VzZXNzaW9uX3JlcGx5ALABGGJyaWRnZXNlc3Npb25fc2VsZWN0X2tleQBZF2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlALIBH2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlX2NoZWNrZWQAOhticmlkZ2VzZXNzaW9uX3NpZ25pbmdfaW5wdXQArQEbYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfYW5zd2VyACkcYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfcmVxdWVzdACuAQ9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhVfX3diaW5kZ2VuX2V4dGVybnJlZnMBARFfX3diaW5kZ2VuX21hbGxvYwBxEl9fd2JpbmRnZW5fcmVhbGxvYwCAAQ9fX3diaW5kZ2VuX2ZyZWUA0gEQX193YmluZGdlbl9zdGFydAABCUYBAEEBCynuAR6jAU5iLX8o9AFwoQFEngEfnwE0oAGOAaQBJqIBPfcB9QHDAVYZ5QHiAXrhAfIBwwGKASVC9gHUAdMBGOMBDAEOCsScBPcB0yUCCX8BfiMAQRBrIggkAAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAhAAwECyAAQQtqIgFBeHEhBUH8zsAAKAIAIglFDQJBHyEGIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQYMAQsCQAJAAkACQAJAQfjOwAAoAgAiBEEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiB0EDdCIBQfDMwABqIgAgAUH4zMAAaigCACICKAIIIgNGDQEgAyAANgIMIAAgAzYCCAwCCyAFQYDPwAAoAgBNDQYgAQ0CQfzOwAAoAgAiAEUNBiAAaEECdEHgy8AAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQYCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEHIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAHQQA2AgALIAZFDQYCQCACKAIcQQJ0QeDLwABqIgEoAgAgAkcEQCACIAYoAhBHBEAgBiAANgIUIAANAgwJCyAGIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAY2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQfjOwAAgBEF+IAd3cTYCAAsgAkEIaiEAIAIgAUEDcjYCBCABIAJqIgEgASgCBEEBcjYCBAwFCwJAQQIgAHQiAkEAIAJrciABIAB0cWgiB0EDdCIBQfDMwABqIgIgAUH4zMAAaigCACIAKAIIIgNHBEAgAyACNgIMIAIgAzYCCAwBC0H4zsAAIARBfiAHd3E2AgALIAAgBUEDcjYCBCAAIAVqIgYgASAFayIHQQFyNgIEIAAgAWogBzYCAEGAz8AAKAIAIgIEQEGIz8AAKAIAIQECQEH4zsAAKAIAIgRBASACQQN2dCIDcUUEQEH4zsAAIAMgBHI2AgAgAkF4cUHwzMAAaiIDIQQMAQsgAkF4cSICQfDMwABqIQQgAkH4zMAAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLIABBCGohAEGIz8AAIAY2AgBBgM/AACAHNgIADAQLQfzOwABB/M7AACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIHIANBAXI2AgQgAyAHaiADNgIAQYDPwAAoAgAiAUUNAUGIz8AAKAIAIQACQEH4zsAAKAIAIgRBASABQQN2dCIGcUUEQEH4zsAAIAQgBnI2AgAgAUF4cUHwzMAAaiIEIQEMAQsgAUF4cSIEQfDMwABqIQEgBEH4zMAAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtBiM/AACAHNgIAQYDPwAAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAGQQJ0QeDLwABqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAZBAXZrQQAgBkEfRxt0IQRBACEAA0ACQCACKAIEQXhxIgcgBUkNACAHIAVrIgcgA08NACACIQEgByIDDQBBACEDIAEhAAwDCyACKAIUIgcgACAHIAIgBEEddkEEcWooAhAiAkcbIAAgBxshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAGdCIAQQAgAGtyIAlxIgBFDQMgAGhBAnRB4MvAAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiAiAFayIEIAMgAyAESyIEGyACIAVJIgIbIQMgASAAIAEgBBsgAhshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVBgM/AACgCACIATSADIAAgBWtPcQ0AIAEoAhghBgJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQcgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAdBADYCAAsCQCAGRQ0AAkACQCABKAIcQQJ0QeDLwABqIgIoAgAgAUcEQCABIAYoAhBHBEAgBiAANgIUIAANAgwECyAGIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtB/M7AAEH8zsAAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEBMMAgsCQEH4zsAAKAIAIgJBASADQQN2dCIEcUUEQEH4zsAAIAIgBHI2AgAgA0H4AXFB8MzAAGoiAyECDAELIANB+AFxIgRB8MzAAGohAiAEQfjMwABqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQYDPwAAoAgAiAUsEQCAFQYTPwAAoAgAiAE8EQCAIQQRqIQACfyAFQa+ABGpBgIB8cSIBQRB2IAFB//8DcUEAR2oiAUAAIgRBf0YEQEEAIQFBAAwBCyABQRB0IgJBEGsgAiAEQRB0IgFBACACa0YbCyECIABBADYCCCAAIAI2AgQgACABNgIAIAgoAgQiAUUEQEEAIQAMCAsgCCgCDCEHQZDPwAAgCCgCCCIEQZDPwAAoAgBqIgA2AgBBlM/AACAAQZTPwAAoAgAiAiAAIAJLGzYCAAJAAkBBjM/AACgCACICBEBB4MzAACEAA0AgASAAKAIAIgMgACgCBCIGakYNAiAAKAIIIgANAAsMAgtBnM/AACgCACIAQQAgACABTRtFBEBBnM/AACABNgIAC0Ggz8AAQf8fNgIAQezMwAAgBzYCAEHkzMAAIAQ2AgBB4MzAACABNgIAQfzMwABB8MzAADYCAEGEzcAAQfjMwAA2AgBB+MzAAEHwzMAANgIAQYzNwABBgM3AADYCAEGAzcAAQfjMwAA2AgBBlM3AAEGIzcAANgIAQYjNwABBgM3AADYCAEGczcAAQZDNwAA2AgBBkM3AAEGIzcAANgIAQaTNwABBmM3AADYCAEGYzcAAQZDNwAA2AgBBrM3AAEGgzcAANgIAQaDNwABBmM3AADYCAEG0zcAAQajNwAA2AgBBqM3AAEGgzcAANgIAQbzNwABBsM3AADYCAEGwzcAAQajNwAA2AgBBuM3AAEGwzcAANgIAQcTNwABBuM3AADYCAEHAzcAAQbjNwAA2AgBBzM3AAEHAzcAANgIAQcjNwABBwM3AADYCAEHUzcAAQcjNwAA2AgBB0M3AAEHIzcAANgIAQdzNwABB0M3AADYCAEHYzcAAQdDNwAA2AgBB5M3AAEHYzcAANgIAQeDNwABB2M3AADYCAEHszcAAQeDNwAA2AgBB6M3AAEHgzcAANgIAQfTNwABB6M3AADYCAEHwzcAAQejNwAA2AgBB/M3AAEHwzcAANgIAQYTOwABB+M3AADYCAEH4zcAAQfDNwAA2AgBBjM7AAEGAzsAANgIAQYDOwABB+M3AADYCAEGUzsAAQYjOwAA2AgBBiM7AAEGAzsAANgIAQZzOwABBkM7AADYCAEGQzsAAQYjOwAA2AgBBpM7AAEGYzsAANgIAQZjOwABBkM7AADYCAEGszsAAQaDOwAA2AgBBoM7AAEGYzsAANgIAQbTOwABBqM7AADYCAEGozsAAQaDOwAA2AgBBvM7AAEGwzsAANgIAQbDOwABBqM7AADYCAEHEzsAAQbjOwAA2AgBBuM7AAEGwzsAANgIAQczOwABBwM7AADYCAEHAzsAAQbjOwAA2AgBB1M7AAEHIzsAANgIAQcjOwABBwM7AADYCAEHczsAAQdDOwAA2AgBB0M7AAEHIzsAANgIAQeTOwABB2M7AADYCAEHYzsAAQdDOwAA2AgBB7M7AAEHgzsAANgIAQeDOwABB2M7AADYCAEH0zsAAQejOwAA2AgBB6M7AAEHgzsAANgIAQYzPwAAgAUEPakF4cSIAQQhrIgI2AgBB8M7AAEHozsAANgIAQYTPwAAgBEEoayIEIAEgAGtqQQhqIgA2AgAgAiAAQQFyNgIEIAEgBGpBKDYCBEGYz8AAQYCAgAE2AgAMCAsgAiADSSABIAJNcg0AIAAoAgwiA0EBcQ0AIANBAXYgB0YNAwtBnM/AAEGcz8AAKAIAIgAgASAAIAFJGzYCACABIARqIQNB4MzAACEAAkACQANAIAMgACgCACIGRwRAIAAoAggiAA0BDAILCyAAKAIMIgNBAXENACADQQF2IAdGDQELQeDMwAAhAANAAkAgAiAAKAIAIgNPBEAgAiADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtBjM/AACABQQ9qQXhxIgBBCGsiAzYCAEGEz8AAIARBKGsiCSABIABrakEIaiIANgIAIAMgAEEBcjYCBCABIAlqQSg2AgRBmM/AAEGAgIABNgIAIAIgBkEga0F4cUEIayIAIAAgAkEQakkbIgNBGzYCBEHgzMAAKQIAIQogA0EQakHozMAAKQIANwIAIANBCGoiACAKNwIAQezMwAAgBzYCAEHkzMAAIAQ2AgBB4MzAACABNgIAQejMwAAgADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAIgA0YNByADIAMoAgRBfnE2AgQgAiADIAJrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgAiAAEBMMCAsCQEH4zsAAKAIAIgFBASAAQQN2dCIEcUUEQEH4zsAAIAEgBHI2AgAgAEH4AXFB8MzAAGoiACEBDAELIABB+AFxIgBB8MzAAGohASAAQfjMwABqKAIAIQALIAEgAjYCCCAAIAI2AgwgAiABNgIMIAIgADYCCAwHCyAAIAE2AgAgACAAKAIEIARqNgIEIAFBD2pBeHFBCGsiBCAFQQNyNgIEIAZBD2pBeHFBCGsiAyAEIAVqIgBrIQUgA0GMz8AAKAIARg0DIANBiM/AACgCAEYNBCADKAIEIgJBA3FBAUYEQCADIAJBeHEiARAQIAEgBWohBSABIANqIgMoAgQhAgsgAyACQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQEwwGCwJAQfjOwAAoAgAiAUEBIAVBA3Z0IgJxRQRAQfjOwAAgASACcjYCACAFQfgBcUHwzMAAaiIFIQMMAQsgBUH4AXEiAUHwzMAAaiEDIAFB+MzAAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQYTPwAAgACAFayIBNgIAQYzPwABBjM/AACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtBiM/AACgCACEAAkAgASAFayICQQ9NBEBBiM/AAEEANgIAQYDPwABBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBgM/AACACNgIAQYjPwAAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECyAAQQhqIQAMBQsgACAEIAZqNgIEQYzPwABBjM/AACgCACIAQQ9qQXhxIgFBCGsiAjYCAEGEz8AAQYTPwAAoAgAgBGoiBCAAIAFrakEIaiIBNgIAIAIgAUEBcjYCBCAAIARqQSg2AgRBmM/AAEGAgIABNgIADAMLQYzPwAAgADYCAEGEz8AAQYTPwAAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtBiM/AACAANgIAQYDPwABBgM/AACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIARBCGohAAwBC0EAIQBBhM/AACgCACIBIAVNDQBBhM/AACABIAVrIgE2AgBBjM/AAEGMz8AAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAsgCEEQaiQAIAAL7x0CHX8CfiMAQeADayIDJAAgA0EMakEAQcAA/AsAIAEgAkEGdGohGCAAKAIcIQ8gACgCGCEQIAAoAhQhESAAKAIQIRIgACgCDCETIAAoAgghFCAAKAIEIRUgACgCACEWA0AgASAYRwRAIANCgICAgMAANwJYIAMgATYCTCADQcAANgJQIAMgAUFAayIZNgJUIANBzABqIgIoAhAiB0UEQEHowsAAEOYBAAtBECACKAIEIAduIgIgAkEQTxtBAnQhB0EAIQIDQCACIAdHBEAgA0EMaiACaiABIAJqKAAAIg1B/4H8B3FBCHggDUEYeEH/gfwHcXI2AgAgAkEEaiECDAELCyADIBU2AmQgAyARNgJsIAMgFjYCYCADIBI2AmggAyAUNgJwIAMgEzYCdCADIBA2AnggAyAPNgJ8IAMoAhghASADKAIUIQIgAygCECEHIAMgAygCDCINNgK8AyADIAc2ArgDIAMgAjYCtAMgAyABNgKwAyADKAIoIQggAygCJCEJIAMoAiAhCiADIAMoAhwiFzYCvAIgAyAKNgK4AiADIAk2ArQCIAMgCDYCsAIgAygCOCEMIAMoAjQhDiADKAIwIQQgAyADKAIsIho2AtwCIAMgBDYC2AIgAyAONgLUAiADIAw2AtACIAMoAkghBSADKAJEIQYgAygCQCELIAMgAygCPCIbNgL8AiADIAs2AvgCIAMgBjYC9AIgAyAFNgLwAiADIA1BmN+olARqIhw2AlggAyAHQZGJ3YkHaiIdNgJUIAMgAkGxiPzRBGsiHjYCUCADIAFB28iosgFrIh82AkwgA0HQA2oiDSADQfAAaiIBIANB4ABqIgIgA0HMAGoiBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIB42AowBIAMgHzYCiAEgAyAcNgKEASADIB02AoABIAcgAiABIANBgAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBdB24TbygNqIhc2AlggAyAKQfGjxM8FaiIKNgJUIAMgCUHc+oHuBmsiCTYCUCADIAhBq8KOpwVrIgg2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAk2ApwBIAMgCDYCmAEgAyAXNgKUASADIAo2ApABIAcgAiABIANBkAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBpB6KrhvwJrIgg2AlggAyAEQYG2jZQBaiIJNgJUIAMgDkG+i8ahAmoiCjYCUCADIAxBw/uxqAVqIgw2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2AqwBIAMgDDYCqAEgAyAINgKkASADIAk2AqABIAcgAiABIANBoAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADIBtB9Lr5lQdqIgg2AlggAyALQYKchfkHayIJNgJUIAMgBkHZ8o+hBmsiCjYCUCADIAVBjJ2Q8wNrIgw2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2ArwBIAMgDDYCuAEgAyAINgK0ASADIAk2ArABIAcgAiABIANBsAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCADQZADaiIIIANBsANqIgkgA0GwAmoiCiADQdACaiIMIANB8AJqIg4QGiADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQb+sktsBayILNgJYIAMgBkH68IaCAWsiBjYCVCADIAVBxruG/gBqIgU2AlAgAyAEQczDsqACaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMASADIAQ2AsgBIAMgCzYCxAEgAyAGNgLAASAHIAIgASADQcABahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBogAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0Hv2KTvAmoiCzYCWCADIAZBqonS0wRqIgY2AlQgAyAFQdzTwuUFaiIFNgJQIAMgBEHakea3B2oiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC3AEgAyAENgLYASADIAs2AtQBIAMgBjYC0AEgByACIAEgA0HQAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAaIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJBrt2GvgZrIgs2AlggAyAGQZPzuL4FayIGNgJUIAMgBUG4sPP/BGsiBTYCUCADIARBuYCahQRrIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwBIAMgBDYC6AEgAyALNgLkASADIAY2AuABIAcgAiABIANB4AFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGiADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQY3o/8gDayILNgJYIAMgBkG53eHSAmsiBjYCVCADIAVB0capNmoiBTYCUCADIARB59KkoQFqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AvwBIAMgBDYC+AEgAyALNgL0ASADIAY2AvABIAcgAiABIANB8AFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAKIAwQGiADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQYWV3L0CaiILNgJYIAMgBkG4wuzwAmoiBjYCVCADIAVB/Nux6QRqIgU2AlAgAyAEQZOa4JkFaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKMAiADIAQ2AogCIAMgCzYChAIgAyAGNgKAAiAHIAIgASADQYACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOEBogAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0HU5qmoBmoiCzYCWCADIAZBu5WoswdqIgY2AlQgAyAFQdLt9PEHayIFNgJQIAMgBEH7prfsBmsiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCnAIgAyAENgKYAiADIAs2ApQCIAMgBjYCkAIgByACIAEgA0GQAmoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAaIAMoArADIQQgAygCtAMhBSADKAK4AyEGIAMgAygCvANB366A6gVrIgs2AlggAyAGQbWzlr8FayIGNgJUIAMgBUGQ6dHtA2siBTYCUCADIARB3dzOxANrIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwCIAMgBDYCqAIgAyALNgKkAiADIAY2AqACIAcgAiABIANBoAJqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAKIAwgDiAIIAkQGiADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQeevtPMCayILNgJYIAMgBkHc85vLAmsiBjYCVCADIAVB+5TH3wBrIgU2AlAgAyAEQfDAqoMBaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMAiADIAQ2AsgCIAMgCzYCxAIgAyAGNgLAAiAHIAIgASADQcACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKEBogAygC0AIhBCADKALUAiEFIAMoAtgCIQYgAyADKALcAkGWgpPNAWoiCzYCWCADIAZBiNjd8QFqIgY2AlQgAyAFQczuoboCaiIFNgJQIAMgBEG1+cKlA2oiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AIgAyAENgLoAiADIAs2AuQCIAMgBjYC4AIgByACIAEgA0HgAmoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAaIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBs5nwyANqIgs2AlggAyAGQcrU4vYEaiIGNgJUIAMgBUHPlPPcBWoiBTYCUCADIARB89+5wQZqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowDIAMgBDYCiAMgAyALNgKEAyADIAY2AoADIAcgAiABIANBgANqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGiADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQe6FvqQHaiILNgJYIAMgBkHvxpXFB2oiBjYCVCADIAVB7I/e2QdrIgU2AlAgAyAEQfj745kHayIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAyADIAQ2AqgDIAMgCzYCpAMgAyAGNgKgAyAHIAIgASADQaADahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBogAygCsAMhCCADKAK0AyEJIAMoArgDIQogAyADKAK8A0GGgIT6BmsiDDYCWCADIApBlaa+3QVrIgo2AlQgAyAJQYm4mYgEayIJNgJQIAMgCEGOjrrMA2siCDYCTCADQcADaiABIAIgBxAbIAMgAykCwAM3A3AgAyADKQLIAzcDeCADIAk2AtwDIAMgCDYC2AMgAyAMNgLUAyADIAo2AtADIAcgAiABIA0QGyADIAMpAlQiIDcDaCADIAMpAkwiITcDYCADKAJ8IA9qIQ8gAygCeCAQaiEQIAMoAnQgE2ohEyADKAJwIBRqIRQgIKcgEmohEiAhpyAWaiEWIAMoAmwgEWohESADKAJkIBVqIRUgGSEBDAELCyAAIA82AhwgACAQNgIYIAAgETYCFCAAIBI2AhAgACATNgIMIAAgFDYCCCAAIBU2AgQgACAWNgIAIANB4ANqJAAL4QgCB38BfiMAQTBrIgUkAAJAAkAgAgRAAkAgBK0gAkEDdCIHQQhrIghBA3atfiIMQiCIUARAIAFBCGohAiAMpyEKIAEhBgNAIAdFDQIgB0EIayEHIAYoAgQhCSAGQQhqIQYgCSAKaiIKIAlPDQALCyMAQRBrIgAkACAAQTU2AgQgAEH4wMAANgIAIAAgAK1CgICAgJAFhDcDCEHNgcAAIABBCGpBsMHAABCBAQALIAVBCGogCkEBQQEQWiAFQQA2AhwgBSAFKQMINwIUIAVBFGogASgCACIGIAYgASgCBGoQ2QEgCiAFKAIcIgFrIQYgBSgCGCABaiEHAkACQAJAAkACQAJAIAQOBQABAgMEBQsDQCAIRQ0HIAIoAgAhBCACKAIEIQEgB0EAIANBAEHowMAAEKYBIAVBIGogByAGIAEQhQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQejAwAAQpgEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNBiACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBARCFASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQFB6MDAABCmASAJIAcgBiABEIUBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUHowMAAEKYBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQUgAigCACEEIAIoAgQhASAFQSBqIgkgByAGQQIQhQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ECQejAwAAQpgEgCSAHIAYgARCFASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFB6MDAABCmASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0EIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEDEIUBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBA0HowMAAEKYBIAkgByAGIAEQhQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQejAwAAQpgEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNAyACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBBBCFASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQRB6MDAABCmASAJIAcgBiABEIUBIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUHowMAAEKYBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQIgAigCACEJIAIoAgQhASAFQSBqIgsgByAGIAQQhQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgAyAEQejAwAAQpgEgCyAHIAYgARCFASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAJIAFB6MDAABCmASAIQQhrIQggAkEIaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACAFKQIUNwIAIAAgCiAGazYCCAsgBUEwaiQAC7EJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBygCACEIIAcoAgQhBANAAkAgCCIDIARGDQAgByADQQFqIgg2AgAgAy0AACIGQdwARg0AIAZB/wBrQf8BcUGhAUsNAQsLAkAgAyAERw0AIAJBOGpBr4zAAEEIIAAgARClASACKAI8IQQgAigCOCEIIAJBMGpBt4zAAEEHIAAgARClASAIIgNFBEAgAigCMCIDRQ0BIAIoAjQhBAsgAkEBOwFoIAJCADcCXCACIAM2AlQgAiADNgJMIAJBIzYCSCACQq+AgIDwBzcCQCACIAQ2AmQgAiAENgJQIAIgAyAEajYCWCACQdQAaiEBAkACQANAIAJBKGogARBGIAIoAiwiBUGAgMQARg0BIAIoAighCUEAIQADQCAAQQxGDQEgAkFAayAAaiAAQQRqIQAoAgAgBUcNAAsLIAMgAigCYCIBaiEAIAkgAWshBQwBC0EAIQAgAi0AaQ0AAkAgAi0AaEEBRgRAIAIoAmQhAyACKAJgIQEMAQsgAigCZCIDIAIoAmAiAUYNAQsgAigCTCABaiEAIAMgAWshBQtBACEEIAJBIGogAEEBIAAbIgEgBUEAIAAbIgBB2wAQZwJAAkACQCACKAIgIgoEQCACQUBrIAogAigCJEHdABBHIAIoAkAiAUUNAiACKAJEIQAgAkEYaiACKAJIIAIoAkwiA0E6EGcgAigCGCIERQ0BIAIoAhwhCQwDCyACQUBrIAEgAEE6EEcgAigCQCIDRQ0CIAIoAkwhCSACKAJIIQQgAigCRCEAIAMhAQwCC0EAIQQgA0UNAQtBACEFDAELIAIgADYCcCACIAE2AmxBACEFIAIgCkEARzoAdyAARQ0AIAIgATYCQCACIAAgAWo2AkQgAkFAayILKAIAIQcgCygCBCEMIAJB9wBqLQAAQQFxIQ0DQAJAIAciAyAMRg0AIAsgA0EBaiIHNgIAIAMtAAAhBiANRQRAIAZBMGtB/wFxQQpJIAZB3wFxQcEAa0H/AXFBGklyIAZB3wBGIAZBLWtBAklycg0CDAELIAZBLkYgBkEwa0H/AXFBC0lyIAZB3wFxQcEAa0H/AXFBBklyDQELCyADIAxHDQACQAJAIARFBEAgCEUNAQwCCyAIIAQgCUEFEGYiBUVyDQILIApFBEAgASAAQb6MwABBCRA4DQEgAkH4AGoiAyABIABBLhC2ASACQRBqIAMQJCACIAIpAxA3AkBBACEFIAJBQGtB2IzAABCZAUUNAiACIAIpAng3A0AgAiACKQKAATcDSCACIAIpAogBNwNQIAIgAigCkAE2AlggAiACLwGcATsBZCACIAIpApQBNwJcQQQhAANAIABBAWshACACQQhqIAJBQGsQJCACKAIIDQALIAANAgNAIAIgAkH4AGoQJCACKAIAIgBFIQUgAEUNAyAAIAIoAgQiAUEDEGZFDQNBACEDA0AgAQRAIANBCmwgAC0AAEEwa0H/AXFqIQMgAUEBayEBIABBAWohAAwBCwsgA0GAAkkNAAsMAgsgAkHsAGpBzIzAABDKASEFDAELQQEhBQsgAkGgAWokACAFC6EHAgR/CH4jAEEgayIEJAACQAJAIAJBE00NACABLQAEQS1HDQAgAS0AB0EtRw0AIAEtAAoiA0EgRiADQfQARnJFIANB1ABHcQ0AIAEtAA1BOkcNACABLQAQQTpHDQAgBCACNgIMIAQgATYCCCAEQRBqIgMgBEEIaiIFQQBBBBAJAn4CQAJAAkAgBCkDEEIBUg0AIAQpAxghCSADIAVBBUEHEAkgBCkDEEIBUg0AIAQpAxghByADIAVBCEEKEAkgBCkDEEIBUg0AIAQpAxghCiADIAVBC0ENEAkgBCkDEEIBUg0AIAQpAxghCyADIAVBDkEQEAkgBCkDEEIBUg0AIAQpAxghDCADIAVBEUETEAkgBCkDEEIBUiAHQgF9QgtWciAKQgBXcg0AIAQpAxghDUIfIQgCQCAHQgtWDQBCASAHhkLQFINQBEAgB0ICUg0BQh1CHUIcIAlC5ACBQgBSG0IcIAlCA4NQGyAJQpADgVAbIQgMAQtCHiEICyAIIApUIAtCF1VyIAxCO1UgDUI8VXJyDQBBEyEDIAEtABNBLkYEQEEUIQMDQAJAIAIgA0YEQCACIQMMAQsgASADai0AAEEwa0H/AXFBCUsNACADQQFqIQMMAQsLIANBFEYNAQsgAiADTQ0AAkACQAJAAkAgASADai0AACIGQStrDgMCBAEACyAGQfoARwRAIAZB2gBHIANBAWogAkdyDQQMBgsgA0EBaiACRg0FDAMLIANBBmogAkcNAiACIANBA2oiBUsEQCABIAVqLQAAQTpGDQIMAwsgBSACQYzAwAAQXQALIANBBmogAkcNASADQQNqIgUgAk8NAiABIAVqLQAAQTpHDQELIARBEGoiASAEQQhqIgIgA0EBaiAFEAkgBCgCEEUNACAEKQMYIQggASACIANBBGogA0EGahAJIAQpAxBCAVIgCEIXVXINACAEKQMYIg5CO1UNAEIAIA5CPH4gCEKQHH58Igh9IAggBkErRhsMAwsgAEIANwMADAQLIAUgAkGMwMAAEF0AC0IACyEIIABCATcDACAAIAxCPH4gC0KQHH58IA18IAh8IAogB0IJfEIMgadBmQFsQQJqwUEFba3DfCAJIAdCA1OtfSIHIAdCkAN/IglCkAN+fUI/hyAJfCIJQrH1CH58IAlC8Hx+IAd8IgdCBH98IAdC7QJ+fCAHQpx/f3xC7fQrfUKAowV+fDcDCAwBCyAAQgA3AwALIARBIGokAAvdBgEFfwJAAkACQAJAAkACQAJAIABBBGsiBygCACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oiBiAESRsNAQJAIAJBCU8EQCACIAMQDyICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0ELSRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUCQCABIARLBEAgBUGMz8AAKAIARg0BQYjPwAAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoiBCABSQ0JIAUgCBAQIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYCBCAEIAZqIgQgBCgCBEEBcjYCBCABIAUQDgwJCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgQMCAtBgM/AACgCACAEaiIEIAFJDQgCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgRBACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVBAXI2AgQgBCAGaiIEIAU2AgAgBCAEKAIEQX5xNgIEC0GIz8AAIAE2AgBBgM/AACAFNgIADAcLIAQgAWsiBEEPTQ0GIAcgASAIQQFxckECcjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAEEA4MBgtBhM/AACgCACAEaiIEIAFLDQQMBgsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAiA0F4cSIHIAFBBEEIIANBA3EiARtqSQ0CIAFFIAYgB09yDQZBqMTAAEHYxMAAEMsBAAtB6MPAAEGYxMAAEMsBAAtBqMTAAEHYxMAAEMsBAAtB6MPAAEGYxMAAEMsBAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRBhM/AACABNgIAQYzPwAAgBTYCAAsgBkUNACAADwsgAxACIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIgA0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABAICyACC6IGAQR/IABBCGsiASAAQQRrKAIAIgNBeHEiAGohAgJAAkAgA0EBcQ0AIANBAnFFDQEgASgCACIDIABqIQAgASADayIBQYjPwAAoAgBGBEAgAigCBEEDcUEDRw0BQYDPwAAgADYCACACIAIoAgRBfnE2AgQgASAAQQFyNgIEIAIgADYCAA8LIAEgAxAQCwJAAkBBoM/AAAJ/AkACQAJAAkAgAigCBCIDQQJxRQRAIAJBjM/AACgCAEYNAiACQYjPwAAoAgBGDQMgAiADQXhxIgIQECABIAAgAmoiAEEBcjYCBCAAIAFqIAA2AgAgAUGIz8AAKAIARw0BQYDPwAAgADYCAA8LIAIgA0F+cTYCBCABIABBAXI2AgQgACABaiAANgIACyAAQYACSQ0EIAEgABATQaDPwABBoM/AACgCAEEBayIANgIAIAANBkHozMAAKAIAIgANAkH/HwwDC0GMz8AAIAE2AgBBhM/AAEGEz8AAKAIAIABqIgA2AgAgASAAQQFyNgIEQYjPwAAoAgAgAUYEQEGAz8AAQQA2AgBBiM/AAEEANgIACyAAQZjPwAAoAgAiAk0NBUGMz8AAKAIAIgBFDQVBhM/AACgCACIDQSlJDQRB4MzAACEBA0AgACABKAIAIgRPBEAgACAEIAEoAgRqSQ0GCyABKAIIIQEMAAsAC0GIz8AAIAE2AgBBgM/AAEGAz8AAKAIAIABqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAA8LQQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsLNgIADwsCQEH4zsAAKAIAIgJBASAAQQN2dCIDcUUEQEH4zsAAIAIgA3I2AgAgAEH4AXFB8MzAAGoiACECDAELIABB+AFxIgBB8MzAAGohAiAAQfjMwABqKAIAIQALIAIgATYCCCAAIAE2AgwgASACNgIMIAEgADYCCA8LQaDPwABB6MzAACgCACIABH9BACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGwVB/x8LNgIAIAIgA08NAEGYz8AAQX82AgALC/gEAgN/A34jAEHQAGsiBCQAAkAgAiADSw0AIAEoAgQhBSABKAIAIQECQCACRQ0AIAIgBU8EQCACIAVGDQEMAgsgASACaiwAAEG/f0wNAQsCQCADRQ0AIAMgBU8EQCADIAVGDQEMAgsgASADaiwAAEFASA0BCyAEIAEgA2o2AkwgBCABIAJqIgE2AkggBEHIAGoQbQ0AAkACQAJAIAMgAmsiBQ4CAwABCyABLQAAIgZBK2sOAwIBAgELIAEtAAAhBgsCQAJAAkACQAJAIAZBK2sOAwECAAILIAFBAWohASAFQRFPBEAgAiADa0EBaiECA0AgAkUNBCAEQTBqIAcgB0I/hxBAIAQpAzggBCkDMCIHQj+HUg0GIARBKGogAS0AAEEKEHsgBCgCKEEBRw0GIAQ1AiwiCUIAUiAHIAcgCX0iB1VzDQYgAUEBaiEBIAJBAWohAgwACwALIAIgA2tBAWohAgNAIAJFDQMgBEEgaiABLQAAQQoQeyAEKAIgQQFHDQQgAkEBaiECIAFBAWohASAHQgp+IAQ1AiR9IQcMAAsACyAFQQFrIQUgAUEBaiEBCyAFQRBPBEADQCAFRQ0CIARBEGogByAHQj+HEEAgBCkDGCAEKQMQIgdCP4dSDQQgBEEIaiABLQAAQQoQeyAEKAIIQQFHDQQgBDUCDCEJQQAgByAHIAl8IgdVcw0EIAFBAWohASAFQQFrIQUMAAsACwNAIAVFDQEgBCABLQAAQQoQeyAEKAIAQQFHDQIgAUEBaiEBIAVBAWshBSAENQIEIAdCCn58IQcMAAsACyAAIAc3AwhCASEIDAELCyAAIAg3AwAgBEHQAGokAAuhCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGQgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQmAEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0A9MhAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEOcBDAMLIAJBGGogARBkIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCYAQwCCyACQRBqIAEQNyACKAIQQQFxRQ0AAkACQCACKAIUIgNBgHhxIgVBgLADRwRAIAVBgLgDRw0BDAMLIAFB3AAQYUUNASABQfUAEGFFDQEgAkEIaiABEDcgAigCCEEBcUUNAiACKAIMIgVBgHhxQYC4A0cNAiADQQp0IAVqQYC4/xprIQMLIAJBADYCMCADQYCwA3NBgIDEAGtBgJC8f0kEQAwCCyACIAMgAkEwahBoIAJBJGogAigCACIDIAIoAgQgA2oQ2QEMAgsLCyAAQYCAgIB4NgIAIAJBJGoQ5wELIAJB0ABqJAAL1g4DDn8DfgJ8IwBBIGsiBCQAIARBCGogARA8AkAgBC0ACEUEQCAAQQY6AAAMAQsCQAJAAkACQAJAAkACQAJAAkAgBC0ACSILIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCALQTBrQf8BcUEKTw0JCyAEQRBqIQcjAEHwAGsiAiQAIAFBLRBhIQwgAkHoAGogARBkAkAgAi0AaEUEQCAHQgM3AwAMAQsCQCACLQBpIgNBMEYEQCACQeAAaiABEJABIAItAGBFDQEgAi0AYUEwa0H/AXFBCk8NASAHQgM3AwAMAgsgA0Exa0H/AXFBCU8EQCAHQgM3AwAMAgsgA0Ewa61C/wGDIRALIAEoAgghAwNAIAJB0ABqIBBCABBAIANBAWohAyACKQNYQgBSIQkgAikDUCESQQAhBQJAA0AgAkHIAGogARCQAQJAIAItAEgEQCACLQBJQTBrIghB/wFxQQpJDQELIAFBLhBhRQ0CIAEoAgghA0EAIQgDQCACQTBqIBBCABBAIANBAWohAyACKQM4QgBSIQkgAikDMCESQQAhBQJAA0AgAkEoaiABEJABAkAgAi0AKARAIAItAClBMGsiCkH/AXFBCkkNAQtBASEFIAhBAXFFDQIMBgsgASADNgIIAkAgCUUEQCAFIBIgCq1C/wGDfCIRIBJUckEBcUUNAQtBASEFIANBAWohA0EBIQgMAQsLIAZBAWshBkEBIQggESEQDAELCyAHQgM3AwAMBAsgASADNgIIAkAgCUUEQCAFIBIgCK1C/wGDfCIRIBJUckEBcUUNAQtBASEFIANBAWohAyAGQQFqIQYMAQsLIBEhEAwBCwsgAkEgaiABEJABAkACfgJAAkACQCACLQAgBEAgAi0AIUEgckHlAEYNAQsgBUEBcQ0BIAwNAkIADAMLQQEhCiABIAEoAggiA0EBajYCCCACQRhqIAEQkAECQCACLQAYRQ0AAkACQCACLQAZQStrDgMBAgACC0EAIQoLIAEgA0ECajYCCAsgAkEQaiABEGQgAi0AEEUEQCAHQgM3AwAMBQsgAi0AEUEwa0H/AXEiA0EKTwRAIAdCAzcDAAwFCyABKAIIQQFqIQVBACEIAkADQAJAIAJBCGogARCQAQJAIAItAAgEQCACLQAJQTBrQf8BcSIPQQpJDQELIAhBAXENASAKDQMgBiADayIFQR91QYCAgIB4cyAFIAUgBkggA0EASnMbIQYMBAsgASAFNgIIQQEhDSADrEIKfiIRQiCIpyARpyIOQR91RgRAIA4gDiAPaiIJSiENCyADIAkgCCANciIIQQFxGyEDIAVBAWohBQwBCwsgEEIAUiAKcUUEQCAHQgI3AwAgB0QAAAAAAAAAgEQAAAAAAAAAACAMGzkDCAwGCyAHQgM3AwAMBQsgAyAGaiIFQR91QYCAgIB4cyAFIANBAEggBSAGSHMbIQYLIBC6IRMCQANAAkAgBiAGQR91IgNzIANrIgNBtAJNBEAgA0EDdCsDmJBAIRQgBkEATg0BIBMgFKMhEwwGCyATRAAAAAAAAAAAYQ0FIAZBAE4NAiAGQbQCaiEGIBNEoMjrhfPM4X+jIRMMAQsLIBMgFKIiE5lEAAAAAAAA8H9iDQMLIAdCAzcDAAwDC0IAIBB9IhFCAFMEQCARIRBCAQwBCyAQur1CgICAgICAgICAf4QhEEICCyERIAcgEDcDCCAHIBE3AwAMAQsgB0ICNwMAIAcgE5ogEyAMGzkDCAsgAkHwAGokACAEKQMQIhBCA1INCSAAQQY6AAAMDwsgAUHAo8AAQQQQb0UNCUEAIQIMDQsgAUHEo8AAQQQQb0UNAUEBIQtBASECDAwLIAFByKPAAEEFEG9FDQFBASECQQAhCwwLCyAAQQY6AAAMCwsgAEEGOgAADAoLIARBEGogARAKIAQoAhAiAUGAgICAeEYNByAEKQIUIRBBAyECDAgLIAEgASgCDEEBayICNgIMIAJFDQUgASABKAIIQQFqNgIIIARBADYCGCAEQoCAgICAATcCECAEIARBEGoiAjYCDCABIARBDGpB0KPAABArIAEgASgCDEEBajYCDEUEQCAAQQY6AAAgAhDqAQwJCyAEKQIUIRAgBCgCECEBQQQhAgwHCyABIAEoAgxBAWsiAjYCDCACRQ0DIAEgASgCCEEBajYCCCAEQQA2AhggBEKAgICAgAE3AhAgBCAEQRBqIgI2AgwgASAEQQxqQeSjwAAQFCABIAEoAgxBAWo2AgxFBEAgAEEGOgAAIAIQ6QEMCAsgBCkCFCEQIAQoAhAhAUEFIQIMBgsgAEEGOgAADAYLIAQpAxghEUECIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgETcDECAAIBA3AwggACABNgIEIAAgCzoAASAAIAI6AAALIARBIGokAAv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRAQAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRBABFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQEARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQEARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRBAANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC7YEAgN/A34jAEGAAWsiAyQAIANCADcDICADQgA3AxggA0IANwMQIANCADcDCCADIAA2AiwgAyABLQBAIgStIgZCO4YgACkDICIHQgmGIgggBkIDhoQiBkKA/gODQiiGhCAGQoCA/AeDQhiGIAZCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAhCOIiEhIQ3AzAgASAEakGAAToAACADIANBLGo2AjwgAyAEQQFqIAFBwInAABCSASADKAIEIQAgAygCACEFA0AgAARAIAVBADoAACAAQQFrIQAgBUEBaiEFDAELCwJAIARBOHFBOEcEQCABQThqQQggA0EwakEIQdCJwAAQpgEgA0E8aiABENgBDAELIANBPGoiACABENgBIANBQGsiBEEAQcAA/AsAIANB+ABqQQggA0EwakEIQeCJwAAQpgEgACAEENgBC0EAIQAgAUEAOgBAIANCoICAgMAANwJMIANBADYCRCADIANBKGo2AkAgAyADQQhqNgJIIAMoAiwhASADQUBrIgQoAhAiBUUEQEGgiMAAEOYBAAtBCCAEKAIMIAVuIgQgBEEITxtBAnQhBANAIAAgBEcEQCADIAAgAWooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCQCADQQhqIABqQQQgA0FAa0EEQcDBwAAQpgEgAEEEaiEADAELCyACQSAgA0EIakEgQbCIwAAQpgEgA0GAAWokAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQYjPwAAoAgBGBEAgAigCBEEDcUEDRw0BQYDPwAAgATYCACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQEAsCQAJAAkAgAigCBCIDQQJxRQRAIAJBjM/AACgCAEYNAiACQYjPwAAoAgBGDQMgAiADQXhxIgIQECAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEGIz8AAKAIARw0BQYDPwAAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAgARATDwsCQEH4zsAAKAIAIgJBASABQQN2dCIDcUUEQEH4zsAAIAIgA3I2AgAgAUH4AXFB8MzAAGoiASECDAELIAFB+AFxIgFB8MzAAGohAiABQfjMwABqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQYzPwAAgADYCAEGEz8AAQYTPwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGIz8AAKAIARw0BQYDPwABBADYCAEGIz8AAQQA2AgAPC0GIz8AAIAA2AgBBgM/AAEGAz8AAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQAiICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQDgsgAEEIaiEDCyADC4IDAQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0QeDLwABqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0H4zsAAQfjOwAAoAgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAAIAI2AhgPCw8LQfzOwABB/M7AACgCAEF+IAAoAhx3cTYCAAvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBjDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGQiMAAEBYACyAAIBQ2AgAgCkEQaiQAC8ACAQZ/IwBBMGsiAyQAAkAgAkEDcUEBRgRAIABBgICAgHg2AgAMAQsgA0EIaiACQQJ2QQNsQQJqQQFBARBaIANBADYCHCADIAMpAwg3AhQgASACaiEHA0AgBSEGAkACQCABIAdHBEAgAUEBaiEIQQAhAiABLQAAIQEDQCACQcAARg0CIAJB74vAAGotAAAgAUYNAyACQQFqIQIMAAsACyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ5wEMBAsgACADKAIcNgIIIAAgAykCFDcCAAwDCyAAQYCAgIB4NgIAIANBFGoQ5wEMAgsgBkEGaiEFIARBBnQgAmohBCAIIQEgBkEBTQ0AIANBFGogBCAGQQJrIgV2EJgBIARBfyAFdEF/c3EhBAwACwALIANBMGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFBgICACE8NABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QeDLwABqIQRBASACdCIDQfzOwAAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEH8zsAAQfzOwAAoAgAgA3I2AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggLswIBBX8jAEFAaiIDJAAgAigCECEGIANBNGohAkEBIQQCQANAIANBIGogABA8IAMtACBFDQEgAy0AISIHQf0ARgRAQQEhBSAAIAAoAghBAWo2AggMAgsgBEUEQCAHQSxHDQIgACAAKAIIQQFqNgIIIANBGGogABA8IAMtABhFDQILIANBEGogABCQASADLQAQRQ0BIAMtABFBIkcNASADQTBqIAAQCiADKAIwIgRBgICAgHhGDQEgAyADKQI0NwIoIAMgBDYCJCADQQhqIAAQPAJAIAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCACIAMoAiw2AgggAiADKQIkNwIAIAMgADYCMCABIAAgAiAGEQEARQ0CQQAhBAwBCwsgA0EkahDnAQsgA0FAayQAIAUL6UYCDX8EfiMAQYACayIKJAAgCiACNgIMIAogATYCCCAKIAM2AhAgCiAENgIUIAogBTYCGCAKIAY2AhwgCiAHNgIgIAogCDYCJCAKIAk5AyggCiAANgL4ASAKIApB/wFqIgA2AvQBIAogADYC8AEgCiAANgLsASAKIApBKGo2AugBIAogADYC5AEgCiAANgLgASAKIApBJGo2AtwBIAogCkEgajYC2AEgCiAANgLUASAKIAA2AtABIAogCkEcajYCzAEgCiAKQRhqNgLIASAKIAA2AsQBIAogADYCwAEgCiAKQRRqNgK8ASAKIApBEGo2ArgBIAogADYCtAEgCiAANgKwASAKIApBDGo2AqwBIAogCkEIajYCqAEgCkEwaiESIwBBwAFrIgUkAAJAAkAgCkGoAWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAVBzwA2AkQgBUHKisAANgJAIAVBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAFIAI2AkQgBSABNgJAIAUgAUEEajYCPEEAIQEMAgsgBUEbNgJEIAVBr4rAADYCQCAFQQA2AjxBASEBDAELAAsgBUEwaiAAKAIAKAIAIAAoAgQoAgAQeSAFQQA2AkggBSAFKAI0IgI2AlAgBSAFKAIwIgY2AkwgBUHUAGogACgCECgCACAAKAIUKAIAEE0gBUHgAGogACgCICgCACAAKAIkKAIAEE0gBUHsAGogACgCMCgCACAAKAI0KAIAEJYBAkACQCABDQAgBSgCVEGBgICAeEYNACAFKAJgQYGAgIB4Rg0AIAUoAmxBgICAgHhGDQAgBSAFKQJUNwOQASAFIAUoAlw2ApgBIAUgBSkCYDcDoAEgBSAFKAJoNgKoASAFIAUoAnQ2ArgBIAUgBSkCbDcDsAEgACgCQCsDACEJIAUgBSgCRDYCgAEgBSAFKQI8NwN4IAUgAjYCjAEgBSAGNgKIASAFKAJ4IQEgBUGQAWohAyAFQaABaiEEIAVBsAFqIQcjAEGwAWsiCCQAAkAgASgCAEGAgICAeEcEQCABLwEYIREgCEGAAWohCyMAQSBrIgAkACABKAIEIQ4gACABKAIIIgxBBEEUEFogACgCACINIAxB/////wNxIgIgAiANSxshBkEAIQIgACgCBCEPA0AgBgRAIABBDGogAiAOahDEASACIA9qIhAgACgCHDYCECAQIAApAhQ3AgggECAAKQIMNwIAIAZBAWshBiACQRRqIQIMAQsLIAsgDDYCCCALIA82AgQgCyANNgIAIABBIGokACAIQYwBaiABQQxqEFcgCCAROwGYASAIQgA3A3ggCEKAgICAwAA3A3AgCEICNwMIIAggCCkCgAE3AxAgCCAIKQKIATcDGCAIIAgpApABNwMgIAggCCgCmAE2AiggEiAIQQhqQfgA/AoAACAHEOcBIAQQzQEgAxDNAQwBCyAIQYABaiIPIAYgAhBMIAggAygCCDYCoAEgCCADKQIANwKYASAIIAQpAgA3AqQBIAggBCgCCDYCrAEgCCAHKQIANwKMASAIIAcoAgg2ApQBIAhBCGohECAJ/AYhGSMAQYADayIEJAAgBCAPQRhqELkBIAFBBGooAgAiEUEIaiINIQIgBCgCACEDIAQoAgQhByMAQSBrIgAkACAEQcgBaiIGAn8gBgJ/IAIoAjxBgICAgHhHBEAgAwRAIAIoAkRBDGwhASACKAJAIQIDQEEEIAFFDQQaIAAgAjYCCCAAIAMgBxAwIAAgACkDADcCFCABQQxrIQEgAkEMaiECIABBCGoiDCAAQRRqIg4QmwFFDQALQQRBKBC9ASEBIAwgAyAHEEwgDkHXvcAAQQYQTCABQRs2AgQgAUG8vcAANgIAIAFBBDYCGCABQd29wAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEL0BIQEgAEEUakHXvcAAQQYQTCABQQQ2AgQgAUHdvcAANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQvQEhASAAQRRqQbSywABBARBMIAFBGzYCBCABQby9wAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAYgATYCCCAGIAI2AgRBFQs2AgAgAEEgaiQAAkACQAJAIAQoAsgBQRVHBEAgBCAEKALYATYCKCAEIAQpAtABNwMgIAQgBCkCyAE3AxggEEEIaiAEQRhqEJwBIBBCgICAgMAANwNoIBBCADcDcCAQQgI3AwAMAQsgBCAEKALUATYCECAEIAQpAswBNwMIIARByAFqIA8oAgQgDygCCBBMIAQgBCgC0AEiADYCoAEgBCAEKQLIATcDmAEgBCgCzAEhAQNAIAAEQCABQSBBACABLQAAIgJB4QBrQf8BcUEaSRsgAnM6AAAgAEEBayEAIAFBAWohAQwBCwsCQAJAIAQoApwBIgAgBCgCoAEiAUHevMAAQQcQswFFBEAgACABQcC6wABBBBCzAQ0BIARBAzYCyAEgBEE4aiAEQcgBahCcASAEQgI3AzAMAgsgBEEFNgL0ASAEQeW/wAA2AvABIARBFjYC7AEgBEHPv8AANgLoASAEQTI2AuQBIARBnb/AADYC4AEgBEEcNgLcASAEQYG/wAA2AtgBIARBDTYC1AEgBEH0vsAANgLQASAEQRw2AswBIARB2L7AADYCyAEjAEEgayIDJAAgA0EIaiAEQfgBaiIGIARByAFqIgJrQQR2QQRBFBBaIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiILIAYgAiIAa0EEdiIBEKoBIAspAgQhFyAHIAtBCGo2AgQgByAXQiCJNwIIIwBBIGsiCyQAIAdBBGoiDSgCBCEMIA0oAgAgACAGRwRAIA0oAgggDEEUbGohBiABIAxqIQwgC0EUaiENA0AgACkCACEXIA0gAEEIaigCACAAQQxqKAIAEEwgBiAXNwIAIAYgCykCFDcCCCAGIAsoAhw2AhAgAEEQaiEAIAZBFGohBiABQQFrIgENAAsLIAw2AgAgC0EgaiQAIAdBEGokACAEQdACaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACACQYaywABBARBMIAQoAtgCIgIgBCgC0AJGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQKiAAKAIIIgFBgYCAgHhHBEAgASAAKAIMEMkBAAsgAEEQaiQACyAEKALUAiACQRRsaiIAIAQoAtABNgIQIAAgBCkCyAE3AgggAEEONgIEIABB5bzAADYCACAEQcwBOwFQIARBADYCTCAEQoCAgIAQNwJEIARCAjcDMCAEIAJBAWo2AkAgBCAEKQLQAjcDOAwBCyAEQcgBaiEHIBEtAHUhACMAQZABayIDJAACQAJAAkACQAJAAkACQCAPKAIUIgFBgIAETQRAIANBGGogD0EkahC5AQJAIAMoAhgiDEUNACADQRBqIAwgAygCHBAdIANB4ABqIAMoAhAgAygCFEEgEEcgAygCYCICRQ0AIAMoAmwhBiADKAJoIQ4gAiADKAJkQba9wABBBhA4BEAgA0EIaiAOIAYQHSADKAIMIQwgAygCCCELCwJAIAtFIAxFcg0AIAsgDEHQvsAAQQUQvAENACALIAxB1b7AAEEDELwBRQ0BC0EAIQsLIAMgDygCECICIAEQHUECIQYgAygCBEUNBiADQeAAaiACIAEQMQJ/AkAgAy0AYCIBQQVHBEAgC0UNAUEVIQJBAgwCCyADIAMoAmw2AlggAyADKQJkNwNQIAMgA0HQAGo2AnwCQCAAQQJHDQAgA0HgAGogA0H8AGpB4b3AAEELEDUgAygCaCEBIAMoAmQhBiADKAJgIgJBFUcNBSAGBEAgA0E0aiAGIAEQTEEAIQYMBQsgA0HgAGogA0H8AGpBh7rAAEENEDUgAygCaCEBIAMoAmQhBiADKAJgIgJBFUcNBSAGRQ0AIANBNGogBiABEExBASEGDAQLIANB4ABqIANB/ABqQey9wABBBRA1IAMoAmghASADKAJkIQYgAygCYCICQRVHBEAgAyADKQJsNwI4IAMgATYCNCADQdAAahDpAQwICwJAIAYEQCADQYABaiAAIAYgARCPAQwBCyADQQI2AoABCyADIAMpAogBNwI4IAMgAykCgAE3AjAgA0HQAGoQ6QEgAygCMCEGDAgLIANBNDYCNEEBIQJB8b3AAAshBiADIAI2AiwgAUEFTw0EIANB4ABqEJoBDAQLIAdBAjYCAAwGCyADIAY2AjBBFSECDAELIAMgAykCbDcCOCADIAE2AjQgAyAGNgIwIAMgAjYCLAsgA0HQAGoQ6QELIAJBFUYNAQsgAyADKAI8IgA2AiggAyADKQI0Ihc3AyAgByAANgIQIAcgFzcCCCAHIAY2AgQgByACNgIADAELIAMgAykCNDcDQCADIAMoAjw2AkgCQAJAAkACQCAGQQJHBEAgAyADKAJINgJsIAMgAykDQDcCZCADIAY2AmAMAQsgC0UNASADQeAAaiAAIAsgDBCPAQsgAygCbCIAQYDAAEsNAQJAAkAgAygCYEUEQEEAIQYgAygCaCEBQQAhAgNAIAAgBkcEQCABIAZqIQsgBkEBaiEGIAIgCy0AAEEuRmohAgwBCwsgAkECRg0BIAdBGzYCCCAHQfO8wAA2AgQgB0EBNgIADAULIAMgAygCaCIBNgIsIAMgACABajYCMCADQSxqIgIoAgAhASACKAIEIQYDQCAGIAEiAEcEQCACIABBAWoiATYCACAALQAAQf8Aa0H/AXFBoQFLDQELCyAAIAZHDQELIAcgAykCaDcCDCAHIAMpAmA3AgQgB0EVNgIADAQLIAdBKDYCCCAHQY69wAA2AgQgB0EBNgIADAILIAdBADYCAAwCCyAHQQI2AgALIANB5ABqEOcBCyADQZABaiQAIAQpAtQBIRcgBCgC0AEhASAEKALMASEAAn4CQAJAAkAgBCgCyAEiAkEVRw0AIBdCIIinIQYgF6chDiAAQQFGBEAgBCAXNwLIAiAEIAE2AsQCIwBB8ABrIgAkACANKAJIIQEgAEERNgIoIABB37PAADYCJCAAQRM2AiACQCABQYCAgIB4RgRAIAcgAEEoaiIBKAIINgIUIAcgASkCADcCDCAHQd+zwAA2AgggB0KAgICAuAI3AgAMAQsgAEEgahDIASAAQQhqIA1B4ABqELkBIAAoAgwhAyAAKAIIIQEgAEENNgIoIABBwLTAADYCJCAAQRM2AiAgAUUEQCAHQQ02AgwgB0HAtMAANgIIIAdCgICAgLgCNwIADAELIABBIGoiAhDIASAAIAM2AjQgACABNgIwIABBATYCLCAAQYa6wAA2AiggACANKQJMNwIgIABByABqIgMgAkEDEN0BIABBFGoiCyAAKAJMIAAoAlBBr4vAAEEBEBcgAxDnASAAQQA2AiggAEKAgICAEDcCICACENoBQYe6wABBDRDMASAOIAYQ1gEQ6AEiASkCACEXIAFBADYCACAAIAEoAgg2AkAgACAXNwM4IABBADYCKCAAQQE2AiQgARDnASAAQRk2AlQgAEGUusAANgJQIAAgDSkDWDcCSCAHIANBAhDdAUEEQSgQvQEhASAAIAApAhg3AiggAEEGNgIkIABBrbrAADYCICAAQdgAaiACQQIQ3QEgAEHkAGpB1Y/AAEEQEEwgAUENNgIEIAFBs7rAADYCACABQQw2AhggAUHlj8AANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCAHQQI2AhQgByABNgIQIAdBAjYCDCAHIAApAzg3AhggByAAKAJANgIgIAdBBDYCKCAHQcC6wAA2AiQgCxDnAQsgAEHwAGokACAEIAQpAtQBNwPQAiAEIAQoAtwBNgLYAiAEKALQASEAIAQoAswBIQIgBCgCyAEiAUGAgICAeEcNAyAEKALQAiEBIAQpAtQCIRcgBEHEAmoQ5wEMAQsgBCAXNwLIAiAEIAE2AsQCIARByAFqIQNBACELQQAhDCMAQaACayICJAAgAkEoaiIAIA4gBkEuELYBIAJBIGogABAkIAIoAiQhDiACKAIgIQYgAkEYaiAAECQgAigCHCETIAIoAhghByACQRBqIAAQJCACKAIUIRUgAigCECEUIAJBCGogABAkAkACQCAURSAGRSAHRXJyRQRAIAIoAghFDQELIANBIzYCDCADQd2OwAA2AgggA0KAgICAiICAgIB/NwIADAELIAJB6AFqIgAgBiAOEBIgAkEXNgJkIAJBhI3AADYCYCACQYCAgIB4NgJcIAJBuAFqIAAgAkHcAGoQXyACIAIpArwBNwOQAiACIAIoAsQBNgKYAiACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAI2AlggAiACKQOQAjcDUCACKQJUIRggAkKAgICAgBA3AsABIAIgGDcCuAEgAkGAgICAeDYCgAIgAkGAgICAeDYCkAIgAkEAOgCoASACIAJBqAFqNgLwASACIAJBkAJqIhY2AuwBIAIgAkGAAmo2AugBAkACQCACQbgBaiIAQYyPwABBA0EDIAJB6AFqQaSPwAAQHEUNACAAEJUBRQ0AQYCAgIB4IQEgAigCgAIiAEGAgICAeEYEQCAWEM0BDAILIAItAKgBIQwgAikClAIhGiACKAKQAiELIAIpAoQCIRggACEBDAELIAJBkAJqEM0BIAJBgAJqEM0BQYCAgIB4IQELIAJBJzYCwAEgAkGbjcAANgK8ASACQYCAgIB4NgK4AQJAIAFBgICAgHhGBEAgAikDuAEhGCADQSc2AgwgAyAYNwIEIANBgICAgHg2AgAMAQsgAkG4AWoQzgEgAiAMOgB0IAIgGjcCbCACIAs2AmggAiABNgJcIAIgGDcCYCACQegAaiEAAkACQCAYQoCAgIBwg0KAgICA0ABSDQAgGKdBwo3AAEEFEGMNAAJAIAxBAXFFBEAgC0GAgICAeEcgGkL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQZACaiIAIAcgExASIAJBGDYC8AEgAkHQjcAANgLsASACQYCAgIB4NgLoASACQbgBaiAAIAJB6AFqEF8gAiACKQK8ATcDgAIgAiACKALEATYCiAICQCACKAK4AUEBRgRAIAMgAigCiAI2AgwgAyACKQOAAjcCBCADQYCAgIB4NgIADAELIAIgAigCiAIiADYCkAEgAiACKQOAAjcDiAEgAkHoAWogAigCjAEgABA7IAJBHDYCwAEgAkHojcAANgK8ASACQYCAgIB4NgK4AQJAIAIoAugBQYCAgIB4RgRAIAIgAikCuAEiGDcDgAIgAiACKALAASIANgKIAiADIAA2AgwgAyAYNwIEIANBgICAgHg2AgAMAQsgAiACKALwATYCmAIgAiACKQLoATcDkAIgAkG4AWoiABDOASACIAIoApgCIgE2AogCIAIgAikDkAI3A5gBIAIgATYCoAEgAkGQAmoiASAUIBUQEiACQRo2AvABIAJBhI7AADYC7AEgAkGAgICAeDYC6AEgACABIAJB6AFqEF8gAiACKQK8ATcDgAIgAiACKALEATYCiAICQCACKAK4AUEBRgRAIAMgAigCiAI2AgwgAyACKQOAAjcCBCADQYCAgIB4NgIADAELIAIgAigCiAIiADYCsAEgAiACKQOAAjcDqAEgAARAIAIgAigCgAE2AsABIAIgAikDeDcDuAEgAiATNgL8ASACIAc2AvgBIAJBATYC9AEgAkGejsAANgLwASACIA42AuwBIAIgBjYC6AEgAkHEAWogAkHoAWpBAxDdASACIAIoArABNgLYASACIAIpA6gBNwPQASACIAIpA5gBNwLcASACIAIoAqABNgLkASADIAJBuAFqQTD8CgAAIAJBiAFqEOcBIAJB3ABqEOcBIAJB0ABqEOcBDAkLIANBEjYCDCADQZ+OwAA2AgggA0KAgICAiICAgIB/NwIAIAJBqAFqEOcBCyACQZgBahDpAQsgAkGIAWoQ5wELIAJB+ABqEOcBIAJB3ABqEOcBDAQLIANBLDYCDCADQbGOwAA2AgggA0KAgICAiICAgIB/NwIACyACQdwAahDnASACKAJoIQsMAQsgAyACKAJkNgIMIAMgAikCXDcCBCADQYCAgIB4NgIACyALQYCAgIB4Rg0AIAAQ5wELIAJB0ABqEOcBCyACQaACaiQAIAQoAtQBIQEgBCgCzAEhAwJAIAQoAsgBIgZBgICAgHhGBEBBBiECIAQoAtABIQACQAJAQQEgA0GAgICAeHMgA0EAThtBAWsOAgEDAAtBASECDAILIAGtIRdBBSECIAAhASADIQAMAQsgBCAEKQLwASIXNwL4AiAEIAQpAuABNwLoAiAEIAQpAugBNwLwAiAEIAQpAtgBNwLgAiAEIAE2AtwCIAQgBCgC0AE2AtgCIAQgAzYC1AIgBCAGNgLQAiAEQcgBaiEBIAQoAvwCIQIjAEHwAGsiACQAIABBOGogF6ciByACQfmlwAAQIgJAIAAoAjhBAUYEQCAAKAI8IQIgACkDQCEXIAEgACkDSDcCFCABIBc3AgwgASACNgIIIAFCAjcDAAwBCyAAKQNIIRcgACgCQCAAQRo2AkAgAEGPsMAANgI8IABBCDYCOEUEQCABIAApAjw3AgwgAUEINgIIIAFCAjcDAAwBCyAAQThqIgMQyAECQAJAAkACQAJAAkAgF0I8fCAZVQRAIAMgByACQamwwAAQIiAAKAI4BEAgACgCPCECIAApA0AhFyABIAApA0g3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsgGUI8fCEYIAApA0BCAVEEQCAAKQNIIBhVDQILIABBOGogByACQfalwAAQIiAAKAI4BEAgACgCPCECIAApA0AhFyABIAApA0g3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsCQAJAAkACQCAAKQNAQgFRBEAgACkDSCAYVQ0BCyAAQTBqIAcgAkGssMAAQQMQSRBpIAAoAjAiA0UNASAAQShqIAMgACgCNBAwIAAoAigiA0UNASAAKAIsIQsgACADNgI4IAAgCzYCPCANKAIsQQxsIQsgDSgCKCEMA0AgC0UNAiALQQxrIQsgACAMNgJUIAxBDGohDCAAQdQAaiAAQThqEJsBRQ0ACyANLQBtIgxBAUYEQCAHIAJB2q/AAEEDEElB3a/AAEESECcNAwsgDSgCOCIDBEAgA0EMbCELIA0oAjQhAwNAIAtFDQggC0EMayELIAMoAgghDSADKAIEIQ4gA0EMaiEDIAcgAkHnpcAAQQMQSSAOIA0QJ0UNAAsLIAcgAkHTpcAAQQMQSSIDRQ0KIAMtAABBA0YNAwwKCyABQgI3AwAgAUEKNgIIDAoLIAFCAjcDACABQQs2AggMCQsgAUICNwMAIAFBEDYCCAwICyAAQSBqIAMoAgggAygCDBAdIAAoAiRFDQYgAEHUAGogA0EEahBXAkACQAJAAkACQCAMQQFrDgIBAgALIABBOGogByACQfylwABBBRBrIAAoAjhBgICAgHhGDQIgACAAKAJANgJoIAAgACkCODcDYAwJCyAAQeAAaiAHIAJB/KXAAEEFEGsMCAsgByACQa+wwABBGhBJIgJFDQYgAEEYaiACELcBIAAoAhgiAkUNBiAAQRBqIAIgACgCHCIDQcmwwABBChBJEGkgACgCECIHDQEMBQsgAEHgAGogByACQYGxwABBChBrIABBOGoQzQEMBgsgAEE4aiAHIAAoAhQQBiAAKQNAIRggACgCOCEHIABBLjYCQCAAQdOwwAA2AjwgAEEINgI4AkAgB0UEQCABIAApAjw3AgwgAUEINgIIDAELIABBOGoQyAEgGCAZVQRAIBggFyAXIBhVGyEXDAULIAFBDjYCCAsgAUICNwMAIABB1ABqEOcBDAcLIAFCAjcDACABQQk2AggMBgsgAUICNwMAIAFBCjYCCAwFCyABQgI3AwAgAUEMNgIIDAQLIAIgA0Grr8AAQRYQSSICRQ0AIABBCGoiAyACKAIMNgIEIAMgAigCCEEAIAItAABBBEYbNgIAIAAoAggiAkUNACAAKAIMQRhsIQMDQCADRQ0BAkACQCACQcGvwABBDBBuIgdFDQAgB0HNr8AAQQ0QbiIHRQ0AIAAgBxC4ASAAQeAAaiAAKAIAIgdBACAAKAIEIgsbQQAgBxsgCxDBASAAKAJgQYCAgIB4Rw0EDAELIABBgICAgHg2AmALIAJBGGohAiADQRhrIQMMAAsACyAAQYCAgIB4NgJgCyABIAAoAlw2AhggASAAKQJUNwIQIAEgFzcDCCABQgE3AwAgASAAKQNgNwIcIAEgACgCaDYCJAwBCyABQgI3AwAgAUENNgIICyAAQfAAaiQAIARB9AJqIQMgBEHcAmohACAEQegCaiEBIAQpAtwBIRcgBCkC1AEhGCAEKALQASECIAQpA8gBIhlCAlINAiAEQdACahDnASAAEOcBIAEQ5wEgAxDpASAYQiCIpyEBIBinIQALIARBxAJqEOcBCyAEIBc3AtQBIAQgATYC0AEgBCAANgLMASAEIAI2AsgBIARBOGogBEHIAWoQnAEgBEICNwMwDAMLIAQgBCgC7AE2AsABIAQgBCkC5AE3A7gBIAQgACkCADcDyAEgBCAAKAIINgLQASAEIAEpAgA3A6gBIAQgASgCCDYCsAEgBCkC1AIhGiADEOkBIARBxAJqEOcBIBmnIQFBACEDQgMMAQsgBCAEKQLkATcDuAEgBCAEKALsATYCwAEgBDUC2AIgBDUC4AFCIIaEIRcgBCgC8AEhBiAEKQPQAiEYIARBxAJqEOcBIAIhAyAAIQJCBQshGSAEIBc3AkwgBCAYNwJEIAQgAjYCQCAEIAM2AjwgBCABNgI4IAQgGTcDMCAEIAQpA7gBNwJUIAQgBCgCwAE2AlwgBCAaNwJkIAQgBjYCYCAEIAQpA8gBNwJsIAQgBCgC0AE2AnQgBCAEKQOoATcDeCAEIAQoArABNgKAAQsgBEGYAWoQ5wEgESARKAIAQQFqIgA2AgAgAEUNASAEIBE2ArwCIAQgBCkDCDcDsAIgBCAEKAIQNgK4AiAEQcgBaiAEQTBqQegA/AoAACAEKQPIAUICUQRAIARB0AFqIAQoArQCIgAgACAEKAK4AkEUbGoQZQsgECAEQcgBakH4APwKAAALIARBgANqJAAMAQsACyAPEOcBIAhBmAFqEM0BIAhBpAFqEM0BIAhBjAFqEOcBIBIgEEH4APwKAAALIAhBsAFqJAAgBUGIAWoQxgEgBUH4AGoQwAEgBUHAAWokAAwBCyAFQShqIQJBACEAAn8gBUHsAGoiASgCAEGAgICAeEYEQCABKAIIIQAgASgCBAwBCyABEOcBQQALIQEgAiAANgIEIAIgATYCACAFKAIoIQQgBSgCLCEGIAVBIGogBUHgAGoQjAEgBSgCICEDIAUoAiQhByAFQRhqIAVB1ABqEIwBIAUoAhghCCAFKAIcIQogBUEQaiAFQcgAahCCASAFKAIQIQsgBSgCFCEMIAVBCGohAkEAIQACfyAFQTxqIgEoAgBFBEAgASgCCCEAIAEoAgQMAQsgARDAAUEACyEBIAIgADYCBCACIAE2AgAgBSgCCCIAIAsgABsiASAIIAEbIgIgAyACGyIDIAQgAxsiBEEBIAQbIAUoAgwgDCAAGyAKIAEbIAcgAhsgBiADG0EAIAQbEPEBAAsjAEGAAmsiACQAIABBiAFqIBJB+AD8CgAAIABBADYCACAAQQRyIABBhAFqQfwA/AoAAEEIQYgBEL0BIgFCgYCAgBA3AwAgAUEIaiIBIABBgAH8CgAAIABBgAJqJAAgCkGAAmokACABC5sCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAgAWENwMYIAQgBEEIaq1CgICAgIAFhDcDEEGAgMAAIARBEGogAxCBAQALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYIAQgBEEIaq1CgICAgIAFhDcDEEHfgMAAIARBEGogAxCBAQALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYCyAEIARBCGqtQoCAgICABYQ3AxBBmIHAACAEQRBqIAMQgQEAC5cCAQd/IwBBIGsiBiQAIAZBBGogAkEDbiIFIAIgBUEDbEdqQQJ0EIYBA0AgAgRAIAZBEGogASACQQMgAiACQQNPG0HwwcAAEIMBIAYoAhwhAiAGKAIYIQEgBigCFCEKIAYoAhAhCEEAIQVBECEHQQAhCQNAIAUgCkYEQEEAIQVBEiEHA0AgBUEERg0EAkACQCAFIApLBEBBPSEIIARFDQIMAQsgAyAJIAdBHnF2QT9xai0AACEICyAGQQRqIAgQUwsgBUEBaiEFIAdBGmohBwwACwAFIAUgCGogBUEBaiEFLQAAIAdBGHF0IAlyIQkgB0EIayEHDAELAAsACwsgACAGKAIMNgIIIAAgBikCBDcCACAGQSBqJAAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCsx0A7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCsx0A7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCsx0A7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0ArcdAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEIsBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEIsBDQIgASAHIAsgAygCDBEBAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBEBAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCLAQ0AIAAgByALIAEoAgwRAQAhAgsgAgsgBkEQaiQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQLyAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQAL7QEBA38gACADKAIIIAEoAgwgASgCCCIFQRl3IAVBDndzIAVBA3ZzamogBCgCBCIGQQ93IAZBDXdzIAZBCnZzaiIGNgIMIAAgAygCBCAFIAEoAgQiB0EZdyAHQQ53cyAHQQN2c2pqIAQoAgAiBUEPdyAFQQ13cyAFQQp2c2oiBTYCCCAAIAMoAgAgByABKAIAIgFBGXcgAUEOd3MgAUEDdnNqaiAGQQ93IAZBDXdzIAZBCnZzajYCBCAAIAEgBCgCDGogAigCDCIAQRl3IABBDndzIABBA3ZzaiAFQQ93IAVBDXdzIAVBCnZzajYCAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAv3AQEEfyMAQTBrIgYkACAGQQhqIAAQPAJAIAYtAAhFDQAgBi0ACSIIQSByQfsARw0AIAAgACgCDEEBayIJNgIMIAlFDQAgACAAKAIIQQFqNgIIAn8gCEH7AEYEQCAGQgA3AxAgBiAFNgIsIAYgBDYCKCAGIAI2AiAgBiABNgIcIAYgBkEQajYCJCAAIAZBHGpB+KPAABAUDAELIAZBADYCECAGIAU2AiwgBiAENgIoIAYgAjYCJCAGIAE2AiAgBiAGQRBqNgIcIAAgBkEcakGMpMAAECsgBigCECADT3ELIQcgACAAKAIMQQFqNgIMCyAGQTBqJAAgBwvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQRiADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQMg0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAgIAMoAghBAUcNASADKAIMEDINAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEFsgAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQzQEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQNiADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDNASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQPAJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQcCjwABBBBBvDQEgBEEHOgAADAILIAJBCGogARALIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCaAQwBC0EADAELQQELIANBMGokAAvaAgICfwF+IwBBMGsiAyQAAn8CQCACRQRAIANBgICAgHg2AgggA0GAgICAeDYCFCADIANBFGoiAjYCJCADIANBCGoiBDYCIAJAIAFB4LfAAEECQQIgA0EgakHwt8AAEBxFBEAgAhDNASAEEM0BDAELIAMoAggiAUGAgICAeEcNAiADQRRqEM0BC0EADAILIAAoAgQiABCJASMAQRBrIgIkACACQQhqIAEQPAJ/QQIgAi0ACEUNABogAi0ACUHuAEYEQEEAQQIgAUHAo8AAQQQQbxsMAQsgAiAANgIMQQFBAiABQYy4wABBAUEAIAJBDGpBlLjAABAcGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQwgEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALsAIDAX8BfAJ+IwBBEGsiBCQAIAACfwJAIAEgAiADQQMQSSIBBEAgAS0AACICDQELIABCADcDCEEADAELAkAgAS0AAEECRw0AAkACQAJAIAEoAghBAWsOAgEDAAsgASkDECIHQgBZDQEMAgsgASkDECEHCyAEIAc3AwhCASEGCyAEIAY3AwACQCAAAn4gBCgCAARAIAQpAwgMAQsCQCACQQJHIgINAAJAAkACQCABKAIIQQFrDgIBAgALIAEpAxC6IQUMAgsgASkDELkhBQwBCyABKwMQIQULIAIgBb1C////////////AINCgICAgICAgPj/AFpyDQEgBfwGCzcDECAAQgE3AwhBAAwBCyAAQSA2AgwgAEHvr8AANgIIIABBCDYCBEEBCzYCACAEQRBqJAALxgEBA38jAEEgayIBJAAgACAAKAIIQQFqNgIIA0ACQCABQRhqIAAQZCABLQAYRQ0AIAEtABkiAkHcAEcEQCACQSJGBEBBASEDDAILIAJBIE8NAgwBCyABQRBqIAAQZCABLQAQRQ0AAkACQCABLQARIgJB7gBrDggDAgICAwIDAQALAkAgAkHiAGsOBQMCAgIDAAsgAkEiRiACQS9GciACQdwARnINAgwBCyABQQhqIAAQNyABKAIIQQFxDQELCyABQSBqJAAgAwvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEBEgBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakH4wsAAIAMoAgAiAygCACADKAIEEAwaIAIgAigCLCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQxwEiAUUEQEEEQQwQ8wEACyABIAIoAhA2AgggASACKQMINwIAIABB+MTAADYCBCAAIAE2AgAgAkEwaiQAC4YCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUHEuMAAQQJBASACQRhqQdS4wAAQHEUEQCADEM0BDAELIAIoAggiBUGAgICAeEYNACACKQIMIQcgAi0AFyEEIAAoAgAiACgCCCIDIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEEQRAQKiABKAIIIgZBgYCAgHhHBEAgBiABKAIMEMkBAAsgAUEQaiQACyAAKAIEIANBBHRqIgEgBDoADCABIAc3AgQgASAFNgIAQQEhBCAAIANBAWo2AggLIAJBIGokACAEC7cBAQN/IwBBIGsiAyQAIAMgAjYCDCADIAE2AggCQCAARQ0AAkACQCAALQAAQQNrDgIAAQILIAMgAEEEajYCGCADQRhqIANBCGoQmwEhBQwBCyAAKAIMQRhsIQQgACgCCCEAA0AgBEEARyEFIARFDQEgAyAAELgBIAMgAykDADcCECADIAI2AhwgAyABNgIYIARBGGshBCAAQRhqIQAgA0EQaiADQRhqEJkBRQ0ACwsgA0EgaiQAIAULkwcCBX8CfiAAKAIEQQN0IQQgAigCBCEHIAIoAgghBiAAKAIAIQMCfwJAA0AgBARAIAYgA0EEaigCAEYEQCADKAIAIAcgBhBjRQ0DCyADQQhqIQMgBEEIayEEIAVBAWohBQwBCwsjAEHQAGsiACQAIABBADYCTCAAQoCAgIAQNwJEAkADQAJAIABBQGsgARA8IAAtAEBFDQACQAJAAkACQAJAIAAtAEEiA0EiRwRAAkACQAJAIANBLUcEQCADQdsARiIEDQcgA0HmAEYNAyADQe4ARg0BIANB9ABGDQIgA0H7AEYNByADQTBrQf8BcUEKTw0KCyABQS0QYRogAEEwaiABEGQgAC0AMEUNCSAALQAxIgNBMEcNBCAAQShqIAEQkAEgAC0AKEUNBSAALQApQTBrQf8BcUEKSQ0JDAULIAFBwKPAAEEEEG9FDQgMBwsgAUHEo8AAQQQQb0UNBwwGCyABQcijwABBBRBvRQ0GDAULIAEQI0UNBQwECyADQTFrQf8BcUEJTw0EIAEQUAsgAUEuEGFFDQEgAEEgaiABEJABIAAtACBFDQMgAC0AIUEwa0H/AXFBCUsNAyABEFAMAQsgASABKAIIQQFqNgIIIABBOGogARA8IAAtADhFDQIgAC0AOUHdAEH9ACAEG0cEQCAAQcQAaiADEJgBIANB+wBHDQQgARBFDQQMAwsgASABKAIIQQFqNgIIDAELIABBGGogARCQASAALQAYRQ0AIAAtABlBIHJB5QBHDQAgASABKAIIIgNBAWo2AgggAEEQaiABEJABAkAgAC0AEEUNAAJAIAAtABFBK2sOAwABAAELIAEgA0ECajYCCAsgAEEIaiABEGQgAC0ACEUNASAALQAJQTBrQf8BcUEKTw0BIAEQUAsgACgCTEEBayEDIAAoAkghBgNAIAMgBmoiBUUgA0F/RnIiBA0DIAUtAAAhBSAAIAEQPCAALQAARQ0DIAAtAAEiB0EsRgRAIAEgASgCCEEBajYCCCAFQfsARw0DIAEQRQ0DDAILIAdB3QBB/QAgBUHbAEYbRw0DIAEgASgCCEEBajYCCCAAIAM2AkwgA0EBayEDDAALAAsLQQAhBAsgAEHEAGoQ5wEgAEHQAGokACAEDAELQQAgACgCCCIDKQMAIghCASAFrYYiCYNQRQ0AGiADIAggCYQ3AwAgACgCDCABIAUgACgCECgCEBEBAAsgAhDnAQvhDAIIfwV+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEEEgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEHkgA0EANgIsIAMgAygCHCIBNgI0IAMgAygCGCIINgIwIAMoAiBFBEAgA0EQaiADQSxqEIIBIAMoAhAhASADKAIUIQUgA0EIaiACEJMBIAMoAggiACABIAAbIgFBASABGyADKAIMIAUgABtBACABGxDxAQALIAAoAiArAwAgAyADKAIoNgJAIAMgAykCICIONwM4IAMgATYCTCADIAg2Akj8BiEQIwBB8AFrIgckACAHQSBqIA6nIgpB6AD8CgAAIApBiLvAAEHoAPwKAAACQCAHKQMgQgVRBEAgB0GIAWohBiAQIQ4jAEGwAWsiAiQAAkACfwJAAkACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQdO5wAA2AgwgBkERNgIIIAZCAjcDAAwJCyACQoCAgICAEDcCeCACIAE2AnQgAiAINgJwQYCAgIB4IQAgAkGAgICAeDYCgAEgAkEANgKgASACQoCAgIDAADcCmAEgAiACQZgBaiIINgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUG0t8AAQQJBAiACQagBakHEt8AAEBxFDQAgARCVAUUNACACKAKAASIBQYCAgIB4RgRAIAgQ7QEMAgsgAiACKQKMATcDUCACIAIoApQBNgJYIAIgAikCmAE3A2AgAiACKAKgATYCaCACKQKEASENIAEhAAwBCyACQZgBahDtASACQYABahDCAQsgAkE4NgKIASACQei4wAA2AoQBIAJBETYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDjcDMCACIAAoAggiADYCOCACKQOAASENIAYgADYCGCAGIA43AhAgBiANNwMIIAZCAjcDAAwJCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDIASACIAIoAkgiCDYCOCACIAA2AgwgAiACKQNANwIYIAIgCDYCICACIA03AhAgAiANpyANQiCIpxAdIAJBGGohACACQSRqIQggAigCBEUNAQJAIAIoAiRBgICAgHhHBEAgASACKAIoIAIoAiwQBiACKQOIASENIAIpA4ABIAJBMzYCiAEgAkGgucAANgKEASACQRE2AoABQgEhD0IBUg0EIAEQyAEgDSAOVw0BCyACIAAoAggiCTYCoAEgAiAAKQIANwOYASAJQQR0IQtBACEAIAIoApwBIQECQANAIAAgC0YNASAAIAFqIABBEGohAEEMai0AAEUNAAsgACABakEQayEBDAYLIAkNBQwGCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwHCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRE2AggLIAZCAjcDACACQQxqEOcBIAgQzQEgABDtAQwECyACQfAAaiABEFdBgICAgHggAigCcCIAQYCAgIB4Rg0CGiACIAIoAngiATYCiAEgAiACKQJwNwOAASABDQEgAkGAAWoQ5wELQYCAgIB4DAELIAIpAnQhDiAACyEAIAYgAigCFDYCGCAGIAIpAgw3AhAgBiAONwMgIAYgADYCHCAGIA03AwggBiAPNwMAIAJBmAFqEO0BIAgQzQELIAJBsAFqJAAgBykDiAFCAlEEQCAHIAcoAqABNgLoASAHIAcpA5gBNwPgASAHIAcpA5ABNwPYASAHQQRqIAdB2AFqEJwBDAILIAdBsAFqIgAgB0GIAWoiAUEo/AoAACAHQQRqIAogASAQED8gABDRAQwBCyAHQQRqQfC7wABBIRB3CyAHQSBqEE8gCiAHQQRqED4gB0HwAWokACADQcgAahDGASADQThqEL4BIANB0ABqJAAgBUHQAGokAAu7AwIIfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQkgAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCiACIApLGyIMIQIjAEEgayIGJABBASELQQQhCAJAAkAgBa0gAq1+Ig5CIIinDQAgDqciAkGAgICAeCAEa0sNAEEAIQggBkEcaiEDAkAgBUUNACABKAIAIg1FDQAgBiAENgIcIAUgDWwhCCABKAIEIQUgBkEYaiEDCyADIAg2AgACfyAGKAIcBEAgBigCGCIDRQRAIAZBEGogBCACEJEBIAYoAhAhBSAGKAIUDAILIAUgAyAEIAIQByEFIAIMAQsgBkEIaiAEIAIQkQEgBigCCCEFIAYoAgwLIAVFBEAgCSAENgIEQQghCAwCCyAJIAU2AgRBACELQQghCCECDAELQQAhAgsgCCAJaiACNgIAIAkgCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCiAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAKNgIEIAAgBjYCACAHQRBqJAALqwEBA38jAEEQayIDJAAgAigCECEEQQEhAgJAA0ACQCADQQhqIAAQPCADLQAIRQ0AIAMtAAkiBUHdAEYEQEEBIQIgACAAKAIIQQFqNgIIDAMLIAJBAXFFBEAgBUEsRw0BIAAgACgCCEEBajYCCCADIAAQPCADLQAARQ0BQQAhAiADLQABQd0ARg0DC0EAIQIgASAAIAQRBAANAQwCCwtBACECCyADQRBqJAAgAguVAgECfyMAQSBrIgUkAEHcy8AAQdzLwAAoAgAiBkEBajYCAAJAAkACQAJAAn9BACAGQQBIDQAaQQFByMvAAC0AAA0AGkHIy8AAQQE6AABBxMvAAEHEy8AAKAIAQQFqNgIAQQILQf8BcQ4DAwEAAQtB0MvAACgCACIGQQBIDQJB0MvAACAGQQFqNgIAQdTLwAAoAgBFDQEgBUEIaiAAIAEoAhQRAAAgBSAEOgAdIAUgAzoAHCAFIAI2AhggBSAFKQMINwIQQdTLwAAoAgAgBUEQakHYy8AAKAIAKAIUEQAADAELIAUgACABKAIYEQAADAELQdDLwABB0MvAACgCAEEBazYCAEHIy8AAQQA6AAAgA0UNAAALAAv3AQEEfyMAQTBrIgMkACADIAEQCwJAIAMtAAAiBEEGRgRAIAIQ5wEMAQsgAyADKQAQNwAnIAMgAykACTcDICADIAMpAAE3AxggACgCACIAKAIIIgUgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBKBAqIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQyQEACyABQRBqJAALIAAoAgQgBUEobGoiASACKAIINgIIIAEgAikCADcCACABIAQ6ABAgASADKQMYNwARIAEgAykDIDcAGSABIAMpACc3ACAgACAFQQFqNgIICyADQTBqJAAgBEEGRwuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDJAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBEMcBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMEMkBAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQUiADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAgIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC60BAQF/IwBBQGoiAyQAIANCgICAgIAQNwIIIAMgAjYCBCADIAE2AgAgA0EoaiADEAsCQCADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQlQFFBEAgAEEGOgAAIANBEGoQmgEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0ArMVAIQEMAQsgAEH/AXEtAKzFQEECcUEBdiEBCyABQQFxC/UsAhN/A34jAEHQAGsiCCQAIAggATYCBCAIIAA2AgAgCCACNgIIIAggAzYCDCAIIAhBzwBqIgA2AkggCCAANgJEIAggCEEMajYCQCAIIAhBCGo2AjwgCCAANgI4IAggADYCNCAIIAhBBGo2AjAgCCAINgIsIwBBIGsiESQAIBFBCGogCEEsaiIBKAIAKAIAIAEoAgQoAgAQeSARKAIIIQMgESgCDCEAIBEgASgCECgCACABKAIUKAIAEHkgESgCACECIBEoAgQhASARIAA2AhQgESADNgIQIBEgATYCHCARIAI2AhggCEEQaiEVIwBB0AFrIgckACADIAAQfiEAIAdBLGoiAyACIAEQOyAHIABB/wFxIgE6ACgCQAJAAkAgAUEDRwRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQUgBygCPCEAIwBB0AJrIgQkACAEIAI2ApQBIAQgADYCkAEgBEGIAWogBEGQAWpBxrHAAEEKEHMCQAJAIAQoAogBIgIEQCAEKAKMASIADQELIAVBCjYCDCAFQcaxwAA2AgggBUKCgICAsAI3AwAMAQsgBEGYAWogAiAAEEwgBEGAAWogBEGQAWpB0LHAAEEYEEoCQAJAAkAgBCgCgAEiA0UEQEKQHCEZDAELAkACQAJAIAQoAoQBIgIOAgQAAQsgAy0AACILQStrDgMDAQMBCyADLQAAIQsLIAMgC0H/AXFBK0YiAGohCwJAIAIgAGsiBkERTwRAA0AgBkUNAiAEQfAAaiAZQgAQQCAEKQN4QgBSDQQgBCkDcCEXIARB6ABqIAstAABBChB7IAQoAmhBAUcNBCALQQFqIQsgBkEBayEGIBcgBDUCbHwiGSAXWg0ACwwDCwNAIAZFDQEgBEHgAGogCy0AAEEKEHsgBCgCYEEBRw0DIAtBAWohCyAGQQFrIQYgBDUCZCAZQgp+fCEZDAALAAsgGUIBfUKAowVaDQELIARB2ABqIARBkAFqQeixwABBGhBKAkAgBCgCWCIABEAgBEG4AmogACAEKAJcEEwgBCgCwAIhCyAEKAK8AiEGA0AgCwRAIAZBIEEAIAYtAAAiAEHBAGtB/wFxQRpJGyAAcjoAACALQQFrIQsgBkEBaiEGDAELCyAEIAQoAsACIgI2AqgCIAQgBCkCuAIiFzcDoAJBASELIBenQYCAgIB4Rg0BIAQoAqQCIgAgAkHEo8AAQQQQswENASAAIAJBgrLAAEEBELMBDQEgACACQYOywABBAxCzAQ0BQQAhCyAAIAJByKPAAEEFELMBDQEgACACQYaywABBARCzAQ0BIAAgAkGHssAAQQIQswENASAFQRU2AhQgBUGJssAANgIQIAVBGjYCDCAFQeixwAA2AgggBUKCgICAwAI3AwAgBEGgAmoQzQEMAwsgBEGAgICAeDYCoAJBASELCyAEQaACahDNASAEQdAAaiAEQZABakGessAAQRYQSgJAAkAgBCgCUCICBEAgAiAEKAJUIgBBtLLAAEEBELMBRQ0BCyAEQYCAgIB4NgKkAQwBCyAEQaACaiACIAAQnQEgBCAEKAKgAjYCwAIgBCAEKAKkAiIANgK8AiAEIAA2ArgCIAQgACAEKAKoAkEDdGo2AsQCIwBBIGsiCiQAIApBCGogBEG4AmoiAigCDCACKAIEa0EDdkEEQQwQWiAKQQA2AhwgCiAKKQMINwIUIwBBEGsiEiQAIApBFGoiACACKAIMIAIoAgRrQQN2EKsBIAApAgQhGCASIABBCGo2AgQgEiAYQiCJNwIIIwBBEGsiDSQAIA0gAikCCDcDCCANIAIpAgA3AwAjAEEgayIQJAAgEkEEaiIGKAIIIAYoAgQiCUEMbGohEyANKAIEIQ4gDSgCDCEDA0AgAyAORwRAIA5BBGooAgAhAiAOKAIAIQAgDSAOQQhqIg42AgQgEEEIaiAAIAIQMCAQQRRqIBAoAgggECgCDBBMIBMgECgCHDYCCCATIBApAhQ3AgAgE0EMaiETIAlBAWohCQwBCwsgBigCACAJNgIAIA0QqQEgEEEgaiQAIA1BEGokACASQRBqJAAgBEGkAWoiACAKKAIcNgIIIAAgCikCFDcCACAKQSBqJAALAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAUH/AXFBAWsOAgECAAsgBEG4AmogBEGQAWpBtbLAAEEQEF4gBCgCwAIhDSAEKAK8AiEQIAQoArgCIgBBFUcEQCAFIAQpAsQCNwMQIAUgDTYCDCAFIBA2AgggBSAANgIEIAVBAjYCAAwPCyAEQRBqIARBkAFqQcWywABBDRBKAkAgBCgCECIABEAgBEGgAmogACAEKAIUEJ0BIAQgBCgCoAI2AsACIAQgBCgCpAIiADYCvAIgBCAANgK4AiAEIAAgBCgCqAJBA3RqNgLEAiMAQSBrIgwkACAMQQhqIARBuAJqIgIoAgwgAigCBGtBA3ZBBEEMEFogDEEANgIcIAwgDCkDCDcCFCMAQRBrIhQkACAMQRRqIgAgAigCDCACKAIEa0EDdhCrASAAKQIEIRggFCAAQQhqNgIEIBQgGEIgiTcCCCMAQRBrIg8kACAPIAIpAgg3AwggDyACKQIANwMAIwBBEGsiCiQAIBRBBGoiBigCCCAGKAIEIhJBDGxqIRMgDygCBCEJIA8oAgwhAwNAIAMgCUcEQCAJQQRqKAIAIQIgCSgCACEAIA8gCUEIaiIJNgIEIApBBGogACACEHwgEyAKKAIMNgIIIBMgCikCBDcCACATQQxqIRMgEkEBaiESDAELCyAGKAIAIBI2AgAgDxCpASAKQRBqJAAgD0EQaiQAIBRBEGokACAEQbwBaiIAIAwoAhw2AgggACAMKQIUNwIAIAxBIGokAAwBC0EEQRgQvQEhACAEQdwBakHSssAAQRYQTCAEIA02AsQCIAQgEDYCwAIgBEEnNgK8AiAEQeiywAA2ArgCIARBoAJqIARBuAJqQQIQ3QEgACAEKALkATYCCCAAIAQpAtwBNwIAIAAgBCkCoAI3AgwgACAEKAKoAjYCFCAEQQI2AsQBIAQgADYCwAEgBEECNgK8AQsgBEEIaiAEQZABakGPs8AAQQsQSiAEKAIIIgMEQCAEQaACaiIAIAMgBCgCDCICEDECQCAELQCgAkEGRg0AIAQgBCkDsAI3A8gCIAQgBCkDqAI3A8ACIAQgBCkDoAI3A7gCIABB1KTAAEEEEG4iAARAIAAtAAAgBEG4AmoQmgFBBEcNASAEQeQBaiADIAIQTCAEQQA2AuABDA8LIARBuAJqEJoBCyAEQSw2AuwBIARBi7HAADYC6AEgBEELNgLkASAEQY+zwAA2AuABDAsLIAQgBEGQAWpBmrPAAEEPEEogBCgCACIARQ0IIARBoAJqIAAgBCgCBBBMDAkLIARBuAJqIARBkAFqQamzwABBEBBeIAQoAsACIQMgBCgCvAIhAiAEKAK4AiIAQRVHBEAgBSAEKQLEAjcDECAFIAM2AgwgBSACNgIIIAUgADYCBCAFQQI2AgAMDgsgBEG8AWogAiADEHwgBCgCwAEiAyAEKALEASICEAVFBEAgBUEyNgIUIAVB+LbAADYCECAFQRA2AgwgBUGps8AANgIIDAcLIARBKGogBEGQAWpBubPAAEEKEEogBCgCKCIGBEAgBEGgAmoiACAGIAQoAiwiAhAxAkAgBC0AoAJBBkYNACAEIAQpA7ACNwPIAiAEIAQpA6gCNwPAAiAEIAQpA6ACNwO4AiAAQdSkwABBBBBuIgAEQCAALQAAIARBuAJqEJoBQQRHDQEgBEHkAWogBiACEEwgBEEANgLgAQwICyAEQbgCahCaAQsgBEEsNgLsASAEQYuxwAA2AugBIARBCjYC5AEgBEG5s8AANgLgAQwECyAEQSBqIARBkAFqQcOzwABBDhBKIAQoAiAiAEUNASAEQaACaiAAIAQoAiQQTAwCCyAEQbgCaiAEQZABakHfs8AAQREQXiAEKALAAiEDIAQoArwCIQIgBCgCuAIiAEEVRwRAIAUgBCkCxAI3AxAgBSADNgIMIAUgAjYCCCAFIAA2AgQgBUECNgIADA0LIARBsAFqIAIgAxBMIARByABqIARBkAFqQbexwABBDxBKAkAgBCgCSCIABEAgBEG8AWogACAEKAJMEHwMAQsgBCgCtAEgBCgCuAFB8LPAAEENELwBRQRAIARBvAFqQf2zwABBFxBMDAELIARBvAFqQZS0wABBFhBMCwJAIAQoAsABIgIgBCgCxAEiABAFRQRAIAVBMjYCFCAFQfi2wAA2AhAgBUEPNgIMIAVBt7HAADYCCAwBCyAEQUBrIARBkAFqQaq0wABBCxBKAkACQAJAIAQoAkAiAwRAIARBoAJqIgAgAyAEKAJEIgIQMQJAIAQtAKACQQZGDQAgBCAEKQOwAjcDyAIgBCAEKQOoAjcDwAIgBCAEKQOgAjcDuAIgAEHUpMAAQQQQbiIABEAgAC0AACAEQbgCahCaAUEERw0BIARB5AFqIAMgAhBMIARBADYC4AEMBQsgBEG4AmoQmgELIARBLDYC7AEgBEGLscAANgLoASAEQQs2AuQBIARBqrTAADYC4AEMAQsgBEE4aiAEQZABakEBQQAQSiAEIAQpArQBNwLIAiAEQRI2AsQCIARBj7XAADYCwAIgBCAANgK8AiAEIAI2ArgCIARBoAJqIgAgBEG4AmpBAxDdASAEKAKkAiAEKAKoAhAFDQEgBEEyNgLsASAEQfi2wAA2AugBIARBDzYC5AEgBEG3scAANgLgASAAEOcBCyAEIAQpAugBIhc3A9ABIAQgBCkC4AEiGDcDyAEgBSAXNwIQIAUgGDcCCAwCCyAEIAQoAqgCNgLsASAEIAQpAqACNwLkASAEQQE2AuABCyAEIAQpAuABNwPwASAEIAQpAugBNwP4AUEEQRgQvQEhBiAEIAQpArQBNwLAAiAEQQs2ArwCIARBtbTAADYCuAIgBEHcAWogBEG4AmoiAEECEN0BIARBoAJqIARBvAFqEFcgBiAEKALkATYCCCAGIAQpAtwBNwIAIAYgBCkCoAI3AgwgBiAEKAKoAjYCFCAEQTBqIARBkAFqQcC0wABBDRBKIARBhAJqIAQoAjAgBCgCNBDBASAEIAQoAsQBNgKYAiAEIAQpArwBNwOQAiAAIARBsAFqEFcgBCkCvAIhFyAEKAK4AiEOQQRBDBC9ASIJIAQoArgBNgIIIAkgBCkCsAE3AgBBASECQQIhA0EBIRZBAgwMCyAFQoKAgIDAAjcDACAEQbwBahDnASAEQbABahDnAQwMCyAEQRY2AsQCIARBobXAADYCwAIgBCACNgK8AiAEIAM2ArgCIARBoAJqIARBuAJqQQIQ3QELIAQoAqQCIAQoAqgCEAUNASAEQTI2AuwBIARB+LbAADYC6AEgBEEONgLkASAEQcOzwAA2AuABIARBoAJqEOcBCyAEIAQpAugBIhc3A9ABIAQgBCkC4AEiGDcDyAEgBSAXNwIQIAUgGDcCCAwCCyAEIAQoAqgCNgLsASAEIAQpAqACNwLkASAEQQE2AuABCyAEIAQpAuABNwPwASAEIAQpAugBNwP4ASAEQRhqIARBkAFqQdGzwABBDhBKQQAhAgJ/QQQgBCgCGCIARQ0AGiAEQaACaiIQIAAgBCgCHBCdASAEIAQoAqACNgLAAiAEIAQoAqQCIgA2ArwCIAQgADYCuAIgBCAAIAQoAqgCQQN0ajYCxAIjAEEgayIMJAAgDEEIaiAEQbgCaiIDKAIMIAMoAgRrQQN2QQRBDBBaIAxBADYCHCAMIAwpAwg3AhQjAEEQayIUJAAgDEEUaiIAIAMoAgwgAygCBGtBA3YQqwEgACkCBCEYIBQgAEEIajYCBCAUIBhCIIk3AggjAEEQayIPJAAgDyADKQIINwMIIA8gAykCADcDACMAQRBrIgokACAUQQRqIhIoAgggEigCBCINQQxsaiEJIA8oAgQhDiAPKAIMIQYDQCAGIA5HBEAgDkEEaigCACEDIA4oAgAhACAPIA5BCGoiDjYCBCAKQQRqIAAgAxBMIAkgCigCDDYCCCAJIAopAgQ3AgAgCUEMaiEJIA1BAWohDQwBCwsgEigCACANNgIAIA8QqQEgCkEQaiQAIA9BEGokACAUQRBqJAAgECAMKAIcNgIIIBAgDCkCFDcCACAMQSBqJABBBCAEKAKgAiIAQYCAgIB4Rg0AGiAEKAKoAiEWIAAhAiAEKAKkAgshCUEEQQwQvQEiBiAEKALEATYCCCAGIAQpArwBNwIAQYCAgIB4IQ5BASEDQQEMBgsgBUKCgICAwAI3AwAgBEG8AWoQ5wEMBgsgBCANNgLEAiAEIBA2AsACIARBIDYCvAIgBEHvtMAANgK4AiAEQaACaiAEQbgCakECEN0BCyAEKAKkAiAEKAKoAhAFDQEgBEEyNgLsASAEQfi2wAA2AugBIARBDzYC5AEgBEGas8AANgLgASAEQaACahDnAQsgBCAEKQLoASIXNwPQASAEIAQpAuABIhg3A8gBIAUgFzcCECAFIBg3AgggBUKCgICAwAI3AwAgBEG8AWoQ7AEMAwsgBCAEKAKoAjYC7AEgBCAEKQKgAjcC5AEgBEEBNgLgAQsgBCAEKQLgATcD8AEgBCAEKQLoATcD+AEgBCgCwAEhBiAEKALEASEDQYCAgIB4IQ5BBCEJQQAhAiAEKAK8AQshACAFIAQoAqABNgIgIAUgBCkCmAE3AhggBSAEKQKkATcCPCAFIAQoAqwBNgJEIAUgBCkD8AE3AwAgBSAEKQP4ATcDCCAFIBc3AkwgBSAONgJIIAUgFjYCOCAFIAk2AjQgBSACNgIwIAUgAzYCLCAFIAY2AiggBSAANgIkIAUgGTcDECAFIAE6AG0gBSALOgBsIAUgBCgCmAI2AlwgBSAEKQOQAjcCVCAFIAQoAowCNgJoIAUgBCkChAI3AmAMAwsgBEGkAWoQ0AEMAQsgBUEiNgIUIAVBzbTAADYCECAFQRg2AgwgBUHQscAANgIIIAVCgoCAgMACNwMACyAEQZgBahDnAQsgBEHQAmokAAJ/IAcoAmBBAkcEQEEIQfgAEL0BIgBCgYCAgBA3AwAgAEEIaiAFQfAA/AoAACAADAELIAcgBygCdDYCWCAHIAcpAmw3A1AgByAHKQJkIhg3A0ggGKdBFUcNAyAHKAJMCyEAIAdBgICAgHg2AgwgByAANgIQDAMLIAdBDGpBzKTAAEEHEHcMAwsgB0EMakG8pMAAQRAQdyAHKAIsQYCAgIB4Rg0CIAMQ6QEMAgsgB0EMaiAHQcgAahCEAQsgB0E4ahDpAQsgFSAHKAIkNgIYIBUgBykCHDcCECAVIAcpAhQ3AgggFSAHKQIMNwIAIAdB0AFqJAAgEUEYahDGASARQRBqEMYBIBFBIGokACMAQSBrIgEkACABQQA2AgAgASAVKQIANwIEIAEgFSkCCDcCDCABIBUpAhA3AhQgASAVKAIYNgIcQQRBKBC9ASIAQoGAgIAQNwIAIAAgASkCADcCCCAAIAEpAgg3AhAgACABKQIQNwIYIAAgASkCGDcCICABQSBqJAAgCEHQAGokACAAQQhqC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQWyADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDNAQwBCyADQQRqIAEQNiADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDNAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQSSIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEB0gBCgCDA0CCyAAQSs2AgggAEGlvsAANgIEIABBATYCAAwCCyAAQhU3AgAMAQsgBCACIAEQHSAAIAQpAwA3AgQgAEEVNgIACyAEQRBqJAALogEBAX8jAEEQayICJAAgAiABEDwCQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFBwKPAAEEEEG8NASAAQYGAgIB4NgIADAILIAJBBGogARBbIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAt1AQR/IwBBEGsiAiQAQQQhBANAAkAgBEUEQEEBIQUMAQsgAkEIaiABEGQgAi0ACEUNACACIAItAAlBEBB7IAIoAgBBAXFFDQAgBEEBayEEIAIoAgQgA0EEdGohAwwBCwsgACADNgIEIAAgBTYCACACQRBqJAALdQECfwJAIAEgA0cNAANAIAFFIQQgAUUNASACLQAAIQMgAC0AACEFIAFBAWshASACQQFqIQIgAEEBaiEAIAVBIEEAIAVBwQBrQf8BcUEaSRtyQf8BcSADQSBBACADQcEAa0H/AXFBGkkbckH/AXFGDQALCyAEC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABByorAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBr4rAADYCBCAAQQA2AgAPCwALyQMCA38CfiMAQUBqIgMkACADIAI5AxAgAyABNgIMIAMgADYCOCADIANBP2oiADYCNCADIAA2AjAgAyAANgIsIAMgA0EQajYCKCADIAA2AiQgAyAANgIgIAMgADYCHCADIANBDGo2AhgjAEEwayIBJAAgAUEUaiIEIANBGGoiACgCIBBBIAEoAhRFBEAgAUEIaiAEEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDxAQALIAAoAhArAwAgACgCACgCACABIAEoAhw2AiggASABKQIUIgY3AyBBAEchBfwGIQcjAEHgAWsiACQAIABBKGogBqciBEHoAPwKAAAgBEGIu8AAQegA/AoAAAJAAkACQAJAAkAgACkDKEIBWARAIAUNAiAAQQc2ApABIABBDGogAEGQAWoQnAEMAQsgAEEMakGRvMAAQSUQdwsgACkDKEICWg0BIABBKGoQugEMAgsgAEGQAWoiBSAAQShqQdAA/AoAACAAQQxqIAQgBSAHED8gBRC6ASAAKQMoQgJUDQELIABBKGoQTwwBCyAAQfgAahDgAQsgBCAAQQxqED4gAEHgAWokACABQSBqEL4BIAFBMGokACADQUBrJAALjwEBAX8jAEEwayIDJAAgA0EYaiABIAIQMQJAIAMtABgiAUEGRgRAIABBgICAgHg2AgAMAQsgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAFBBUYEQCAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgAgAxCaAQsgA0EwaiQAC3sBBX8jAEEQayICJAAgASgCCEEBaiEDA0AgAkEIaiABEJABIAItAAkhBAJAAkAgAi0ACCIFRQ0AIARBCWsiBkEXSw0AQQEgBnRBk4CABHENAQsgACAFOgAAIAAgBDoAASACQRBqJAAPCyABIAM2AgggA0EBaiEDDAALAAvdAQIBfwF+IwBBEGsiAyQAAn8CQCACRQRAIANBBGogARBbQQAgAygCBCIBQYCAgIB4Rg0CGiADKQIIIQQgACgCACIAEM0BIAAgBDcCBCAAIAE2AgAMAQsjAEEwayICJAAgAkEYaiABEAsgAi0AGCIBQQZGBH9BAgUgAiACKQAoNwAQIAIgAikAITcACSACIAIpABkiBDcAASACIAE6AAAgAhCaAUECIASnIAFBAUcbCyEBIAJBMGokAEEAIAFB/wFxIgFBAkYNARogACgCBCABOgAAC0EBCyADQRBqJAALhQEBAn8jAEEgayICJAAgASAAKAJsIgMgAyAAKAJwQRRsahBlIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEE8gAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALkRECEH8CfiMAQTBrIgckAAJAIAEoAnQiAQRAIAdBBGohCyMAQUBqIgUkAAJAIAMgAikDCCIVIAFBCGoiDCkDECADfCIUIBQgFVUbIBQgAikDAKdBAXEbIBQgDC0AbBsiFFMEQCAFIAJBHGoQuQEgBSgCBCEQIAUoAgAhDSAFQQA2AhQgBUKAgICAEDcCDCAFQQxqENoBQdOlwABBAxDMASACKAIUIhEgAigCGCISENYBQdalwABBBBDMAUHapcAAQQ0Q1gFB56XAAEEDEMwBQeqlwABBDBDWAUH2pcAAQQMQzAEgAxCXAUH5pcAAQQMQzAEgFBCXASEBIA0EQCABQfylwABBBRDMASANIBAQ1gEaCyABEOgBIg4pAgAhAyAOQQA2AgAgBSAOKAIIIgY2AiAgBSADNwMYIAVBADYCFCAFQQE2AhAgBUEoaiEPIAUoAhwhCCAMKAIcIQkgDCgCICEEIwBB8ARrIgEkACABQSxqIgIgBkECdEEDbkHUAGoQhgEgAkHgjMAAQSQQdiACQS4QUyABQfABaiIKIAggBhDbASACIAEoAvQBIAEoAvgBEHYgChDnASABQThqIwBBgANrIgIkACACQSBqIgZBAEHAAPwLAAJAIARBwABNBEAgAkEYaiAEIAZBwABByMDAABCnASACKAIYIAIoAhwgCSAEQdjAwAAQpgEMAQsgAkGoAWoiCkEAQcEA/AsAIAJCADcDoAEgAkHowcAAKQMANwOYASACQeDBwAApAwA3A5ABIAJB2MHAACkDADcDiAEgAkHQwcAAKQMANwOAASACQYABaiITIAkgBEEGdhDFASACQRBqIARBP3EiBiAKQcAAQfCIwAAQpwEgAigCECACKAIUIAkgBEHA////B3FqIAZBgInAABCmASACIAY6AOgBIAJB8AFqIgQgE0HwAPwKAAAgAkIANwP4AiACQgA3A/ACIAJCADcD6AIgAkIANwPgAiAEIAJBmAJqIAJB4AJqEA0gAiACKQP4AjcDeCACIAIpA/ACNwNwIAIgAikD6AI3A2ggAiACKQPgAjcDYCACQQhqQSAgAkEgakHAAEGowMAAEKcBIAIoAgggAigCDCACQeAAakEgQbjAwAAQpgELIAJBIGpBwAD8CgAAIAJBgANqJABBACECA0AgAkHAAEcEQCABQThqIAJqIgQgBC0AAEE2czoAACACQQFqIQIMAQsLIAFCADcDwARBACECIAFB6MHAACkDADcDuAQgAUHgwcAAKQMANwOwBCABQdjBwAApAwA3A6gEIAFB0MHAACkDADcDoAQgAUGgBGogAUE4akEBEMUBA0AgAkHAAEcEQCABQThqIAJqIgQgBC0AAEHqAHM6AAAgAkEBaiECDAELCyABQgA3A+gEIAFB6MHAACkDADcD4AQgAUHgwcAAKQMANwPYBCABQdjBwAApAwA3A9AEIAFB0MHAACkDADcDyAQgAUHIBGoiAiABQThqIgZBARDFASABQZgCaiACQSj8CgAAIAFB8AFqIgIgAUGgBGoiCEEo/AoAACABQdgDakEAQcEA/AsAIAFBiANqIgQgAkHQAPwKAAAgBiAEQZgB/AoAACABLQDIASEEIAEoAjQhAiABKAIwIQkgASAGNgKgBCABIAg2AsgEIAFBiAFqIQYCQAJAAkBBwAAgBGsiCCACTQRAIAQNAQwCCyABQRBqIAQgBkGQicAAEJIBIAFBCGogAiABKAIQIAEoAhRBoInAABCnASABKAIIIAEoAgwgCSACQbCJwAAQpgEgAiAEaiEEDAILIAFB8AFqIAkgAiAIQcCIwAAQgwEgASgC/AEhAiABKAL4ASEJIAEoAvQBIQggASgC8AEhCiABQSBqIAQgBkHQiMAAEJIBIAEoAiAgASgCJCAKIAhB4IjAABCmASABQcgEaiAGQQEQ3AELIAJBP3EhBCACQQZ2IggEQCABQcgEaiAJIAgQ3AELIAFBGGogBCAGQcAAQfCIwAAQpwEgASgCGCABKAIcIAkgAkHA////B3FqIARBgInAABCmAQsgASAEOgDIASABQfABaiICIAFBOGpBmAH8CgAAIAFCADcDuAQgAUIANwOwBCABQgA3A6gEIAFCADcDoAQgAUIANwPgBCABQgA3A9gEIAFCADcD0AQgAUIANwPIBCACIAFBwAJqIgQgAUHIBGoiCRANIAFBADoAgAMgBEEgIAlBIEGwicAAEKYBIAFBIDoAgAMgAUGYAmogBCABQaAEahANIAEgASkDoAQ3A9ABIAEgASkDqAQ3A9gBIAEgASkDsAQ3A+ABIAEgASkDuAQ3A+gBIAFBLGoiBEEuEFMgAiABQdABakEgENsBIAQgASgC9AEgASgC+AEQdiACEOcBIA8gASgCNDYCCCAPIAEpAiw3AgAgAUHwBGokACAFQQA2AjwgBUKAgICAEDcCNCAFQTRqENoBQYGmwABBCxDMASAFKAIsIAUoAjAQ1gFBjKbAAEEJEMwBQZWmwABBBhDWAUGbpsAAQQkQzAEgFBCXAUGkpsAAQQQQzAEQ2gFBqKbAAEECEMwBIBEgEhDWAUH8pcAAQQUQzAEhAQJAIA0EQCABIA0gEBDWARoMAQsgAUHAo8AAENcBGgsgARDoAUGqpsAAQQgQzAEgDC0AbUECdCIBKAKMwkAgASgCgMJAENYBEOgBIQEgC0EVNgIAIAsgASgCCDYCDCALIAEpAgA3AgQgAUEANgIAIAVBADYCPCAFQQE2AjggARDnASAPEOcBIAVBGGoQ5wEgDhDnAQwBCyALQQk2AgALIAVBQGskACAHKAIEQRVHBEAgByAHKAIUNgIoIAcgBykCDDcDICAHIAcpAgQ3AxggACAHQRhqEJwBDAILIABByAEgB0EIahBIDAELIABBzrzAAEEQEHcLIAdBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABByorAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBr4rAADYCBCAAQQA2AgAPCwALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQfjCwAAgAygCACIDKAIAIAMoAgQQDBogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEH4xMAANgIEIAAgATYCACACQSBqJAALbQEDfyMAQRBrIgMkACADQQhqIAAQPAJAIAMtAAhFDQAgAy0ACUHbAEcNACAAIAAoAgxBAWsiBTYCDCAFRQ0AIAAgACgCCEEBajYCCCAAIAEgAhArIQQgACAAKAIMQQFqNgIMCyADQRBqJAAgBAuFAQEBfyMAQSBrIgIkACACQQA2AgwgAkKAgICAgAE3AgQgAiACQQRqIgM2AhACQCABIAJBEGpB9KTAABBDIgFFBEAgAxDqAQwBCyACIAIoAgw2AhggAiACKQIENwMQIAAoAgAiABDPASAAIAIoAhg2AgggACACKQMQNwIACyACQSBqJAAgAQtkAQJ/IwBBEGsiASQAIAFBCGogABA8AkAgAS0ACEUNACABLQAJQSJHDQAgABAjRQ0AIAEgABA8IAEtAABFDQAgAS0AAUE6Rw0AQQEhAiAAIAAoAghBAWo2AggLIAFBEGokACACC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQIQJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBSIARBCGogBRARAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAuAAQECfyMAQRBrIgQkAEEEQRQQvQEhAyAEQQRqQdWPwABBEBBMIANBDDYCBCADQeWPwAA2AgAgAyAEKQIENwIIIAMgBCgCDDYCECAAQQE2AgggACADNgIEIABBATYCACAAIAE7ARggACACKQIANwIMIAAgAigCCDYCFCAEQRBqJAALZgEBfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAFBKGwhAwNAAkAgA0UEQEEAIQIMAQsgBCADQShrIgMgAGoiAjYCDCAEQQxqIARBBGoQmwFFDQELCyAEQRBqJAAgAkEQakEAIAIbC18BAX8jAEEQayIEJAAgBEEIaiABIAIgAxBzIAQoAggiAQR/IAQgASAEKAIMEB0gBCgCBCECIAQoAgAFQQALIQMgACACNgIEIAAgA0EAIAIbQQAgAxs2AgAgBEEQaiQAC9MCAQp/IwBBEGsiBiQAAkAgACABKAIIIgIgASgCAEkEfyMAQRBrIgckACABKAIAIAJJBEBBs8LAAEHJAEHYwsAAEIEBAAsgBkEIaiEKIAdBCGohCyMAQRBrIgQkACAEQQxqIQggASgCACIFBEAgBEEBNgIMIAUhAyABKAIEIQUgBEEIaiEICyAIIAM2AgACQCAEKAIMIgMEQCAEKAIIIQkCQCACRQRAIAkEQCAFIAkQUQsgAUEBNgIEDAELIAUgCSADIAIiCBAHIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDJAQALXwEDfyMAQRBrIgMkACADQQhqIAJBAUEBEFogAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCWASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC+ABAQR/IwBBMGsiAiQAIAAoAgAhACACIAEQCyACLQAAIgRBBkcEQCACIAIpABA3ACggAiACKQAJNwAhIAIgAikAATcAGSACIAQ6ABggACgCCCIFIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQRgQKiABKAIIIgNBgYCAgHhHBEAgAyABKAIMEMkBAAsgAUEQaiQACyAAKAIEIAVBGGxqIgEgAkEYaiIDKQMQNwMQIAEgAykDCDcDCCABIAMpAwA3AwAgACAFQQFqNgIICyACQTBqJAAgBEEGRwtiAQF+AkACQAJAAkBBAiAAKQMAIgGnQQJrIAFCAVgbDgMBAgMACyAAQQhqEOcBIABBFGoQ7wEgAEEgahDnAQ8LIABBCGoQ3wEPCyAAQQhqELoBDwsgABC6ASAAQdAAahDgAQtZAQJ/IwBBEGsiASQAIAAoAghBAWohAgNAIAFBCGogABCQAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAPCyAAIAI2AgggAkEBaiECDAALAAtZAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAIDwtB6MPAAEGYxMAAEMsBAAtBqMTAAEHYxMAAEMsBAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBoIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQrAEgASAAKAIEIAAoAghqEC4gACACIANqNgIIC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQtAEgAUUgA0EBR3ENASACQRBqJAAPCxDwAQALQfCJwABBPxDxAQALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahC1ASABRSADQQFHcQ0BIAJBEGokAA8LEPABAAtB8InAAEE/EPEBAAtUAQF/AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhAvIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALWwECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEMcBIgFFDQEgAkUNACABIAMgAvwKAAALIAAgAjYCCCAAIAE2AgQgACACNgIADwtBASACEMkBAAvHAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEEEgAEEYaiABKAIAKAIAIAEoAgQoAgAQeSAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQggEgACgCECECIAAoAhQhAyAAQQhqIAQQkwEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEPEBAAsgACAAKAIoNgJAIAAgACkCICIHNwM4IAAgAjYCTCAAIAU2AkgjAEEwayIBJAACQCAHpyIGKQMAQgJRBEAgAUG2vMAAQRgQdwwBCyABQRxqIgQCf0EHIAUgAkGypsAAQREQswENABpBEiAFIAJBw6bAAEEUELMBDQAaQQYgBSACQdemwABBCxCzAQ0AGiAEQSM2AgggBEHipsAANgIEQRELNgIAIAEgBBCcAQsgBiABED4gAUEwaiQAIABByABqEMYBIABBOGoQvgEgAEHQAGokACADQSBqJAALrQ8CEH8CfiMAQSBrIgckACAHIAI2AgQgByABNgIAIAcgADYCGCAHIAdBH2oiADYCFCAHIAA2AhAgByAHQQRqNgIMIAcgBzYCCCMAQdAAayIDJAAgA0EYaiAHQQhqIgAoAhAQQSADQSRqIAAoAgAoAgAgACgCBCgCABBNAkAgAygCGARAIAMoAiRBgYCAgHhHDQELIANBEGogA0EkahCMASADKAIQIQEgAygCFCECIANBCGogA0EYahCTASADKAIIIgAgASAAGyIBQQEgARsgAygCDCACIAAbQQAgARsQ8QEACyADIAMoAiA2AjggAyADKQIYIhQ3AzAgAyADKQIkNwNAIAMgAygCLDYCSCMAQRBrIg0kACANQQhqIANBQGsiERC5ASANKAIIIQIgDSgCDCEGIwBBsAJrIgEkAAJAIBSnIgkoAnQiAEUNACAAKAIIDQAgACgCFCEFIAAoAhAhBAsCQCAJKQMAQgNRBEAgBCACIAQbIggEQCABQagBaiECIAkoAjQhCiAJKAI4IQsjAEHgAGsiACQAIABCgICAgIAQNwIwIAAgBSAGIAQbNgIsIAAgCDYCKEGAgICAeCEEIABBgICAgHg2AlQgACAAQdQAajYCFAJAAkAgAEEoaiIFQdikwABBAUEBIABBFGpB4KTAABAcRQ0AIAUQlQFFDQAgACkCWCETIAAoAlQhBAwBCyAAQdQAahDPAQsgAEEpNgIwIABBiKXAADYCLCAAQRE2AigCQCAEQYCAgIB4RgRAIAApAjAhEyACIAAoAjg2AhQgAiATNwIMIAJBiKXAADYCCCACQoGAgICYAjcCAAwBCyAAQShqEMgBIAAgBDYCFCAAIBM3AhggE0IgiKdBGGwhBCATpyEFAkACQAJAA0AgBEUNASAAQQhqIAVBg4/AAEEDEG4QaSAAIAApAwg3AlQgACALNgIsIAAgCjYCKCAEQRhrIQQgBUEYaiEFIABB1ABqIABBKGoiBhCZAUUNAAsgBiAFQRhrIgRBsaXAAEEDEHggACgCMCEFIAAoAiwhDiAAKAIoIgZBFUcEQCACIAApAjQ3AhAgAiAFNgIMIAIgDjYCCCACIAY2AgQgAkGBgICAeDYCAAwDCyAAQShqIARBgI/AAEEDEHggACgCMCEPIAAoAiwhCCAAKAIoIgZBFUcEQCACIAApAjQ3AhAgAiAPNgIMIAIgCDYCCCACIAY2AgQgAkGBgICAeDYCAAwDCyAAQShqIARBtKXAAEEDEHggACgCMCEQIAAoAiwhCiAAKAIoIgZBFUcEQCACIAApAjQ3AhAgAiAQNgIMIAIgCjYCCCACIAY2AgQgAkGBgICAeDYCAAwDCyAAQShqIARBt6XAAEEBEHggACgCMCELIAAoAiwhBiAAKAIoIgxBFUcEQCACIAApAjQ3AhAgAiALNgIMIAIgBjYCCCACIAw2AgQgAkGBgICAeDYCAAwDCyAAQShqIARBuKXAAEEBEHggACgCMCEMIAAoAiwhBCAAKAIoIhJBFUcEQCACIAApAjQ3AhAgAiAMNgIMIAIgBDYCCCACIBI2AgQgAkGBgICAeDYCAAwDCyAAIAU2AiQgACAONgIgQQAhBQJAIABBIGpBvKXAABCZAUUNACAIBEAgACAPNgIsIAAgCDYCKCAAQShqQciNwAAQygFFDQELIApFBEBBASEFDAELIAAgEDYCLCAAIAo2AiggAEEoakHIpcAAEMoBIQULIAZFIARFcg0BIABB1ABqIAYgCxASQQAhCCAAKAJUQYCAgIB4RwRAIAAgACkCVDcDKCAAIAAoAlwiCDYCMCAAQShqEOcBIAhB/wFLIQgLIABB1ABqIAQgDBASIAAoAlRBgICAgHhGDQEgACAAKQJUNwMoIAAgACgCXCIKNgIwIABBKGoQ5wEgBSAIIApBAWtBCElxcUUNASAAQTxqIAYgCxBMIABByABqIAQgDBBMIAIgACkCTDcCECACIAApAkQ3AgggAiAAKQI8NwIAIABBFGoQ6gEMAwsgAkGAgICAeDYCAAwBCyACQoGAgIDoADcCAAsgAEEUahDqAQsgAEHgAGokACABKAKoAUGBgICAeEYEQCABQQxqIAFBrAFqEIQBDAMLIAEgASkCuAE3AiAgASABKQKwATcCGCABIAEpAqgBNwIQIAFBgICAgHg2AgwMAgsgAUEMakHEusAAQSEQdwwBCyABQQxqQeW6wABBHhB3CwJAIAEoAgxBgICAgHhHBEAgASABKAIkNgKoAiABIAEpAhw3A6ACIAEgASkCFDcDmAIgASABKQIMNwOQAiAJIAFBkAJqED4MAQsgASgCEEGAgICAeEYNACABIAFBEGoiACkCEDcDOCABIAApAgg3AzAgASAAKQIANwMoIAFBQGsgCUHoAPwKAAAgCUGIu8AAQegA/AoAAAJAIAEpA0BCA1EEQCABQagBaiICIAFByABqQdAA/AoAACABIAApAhA3A4gCIAEgACkCCDcDgAIgASAAKQIANwP4ASAJEE8gCSACQegA/AoAAAwBCyABQUBrEE8gAUEoahDgAQsLIAFBsAJqJAAgERDNASANQRBqJAAgA0EwahC+ASADQdAAaiQAIAdBIGokAAvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQkQEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDJAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABEDwCQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAKDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ2gEiBEHPj8AAQQYQzAEgATMBGBCXAUHEj8AAQQcQzAEgASgCBCABKAIIEGBBy4/AAEEEEMwBIAEoAhAgASgCFBDWARogBBDoARogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEOcBIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAWENwMYIAMgA0EMaq1CgICAgIAFhDcDEEGogMAAIANBEGogAhCBAQALTQEBfyMAQRBrIgQkACAEQQhqIAEgAiADEEogACAEKAIMIAMgBCgCCCIBGzYCCCAAIAEgAiABGzYCBCAAQRVBEyABGzYCACAEQRBqJAALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEM4BQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDeASEAA0AgAgRAIAAQ3gEgASgCACABKAIEENYBIAEoAgwgASgCEBDWARDrARogAkEUayECIAFBFGohAQwBCwsgABDrAQtEAQF/IwBBEGsiAiQAIAJBCGogABCQASACLQAIIAItAAkgAUH/AXFGcSIBBEAgACAAKAIIQQFqNgIICyACQRBqJAAgAQtLAQF/IwBBIGsiAyQAIAAoAgAhACADIAE2AhAgAyAANgIMIAMgAikCADcCFCADIAIoAgg2AhwgA0EMaiABIANBFGoQLSADQSBqJAALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtKAQN/IwBBEGsiAiQAIAJBCGogARCQASACLQAIIgMEQCACLQAJIQQgASABKAIIQQFqNgIICyAAIAQ6AAEgACADOgAAIAJBEGokAAvGAQIFfwF+IwBBEGsiBCQAIAAgAiABa0EUbiIGEKoBIAApAgQhCCAEIABBCGo2AgQgBCAIQiCJNwIIIwBBIGsiACQAIARBBGoiAygCBCEFIAMoAgAgASACRwRAIAMoAgggBUEUbGohAyAFIAYiAmohBQNAIABBDGogARDEASADIAAoAhw2AhAgAyAAKQIUNwIIIAMgACkCDDcCACADQRRqIQMgAUEUaiEBIAJBAWsiAg0ACwsgBTYCACAAQSBqJAAgBEEQaiQACz4BAn8jAEEQayIDJAAgAiABQQFrSwRAIAMgADYCCCADIAAgAWo2AgwgA0EIahBtQQFzIQQLIANBEGokACAEC0kBAX8jAEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEGggBEEIaiAEKAIQIAQoAhQgASACEKUBIAAgBCkDCDcDACAEQSBqJAALOQAgASACEC4gAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIAC0IBAn8jAEEQayICJAAgAQR/IAJBCGogARC4ASACKAIMIQMgAigCCAVBAAshASAAIAM2AgQgACABNgIAIAJBEGokAAtBAQF/AkAgACgCCCIBRQ0AIAAoAgQgAWpBAWsiAUUNACABLQAAIgFBOkYgAUHbAEZyIAFB+wBGcg0AIABBLBBTCwtCAQF/IwBBEGsiBSQAIAVBCGogASACIAMgBBBJEGkgACAFKAIIIgBBACAFKAIMIgEbQQAgABsgARDBASAFQRBqJAALPwEBfyMAQRBrIgMkACADQQRqIAAgASACEHICQCADKAIIRQ0AIAMoAgwiAEUNACADKAIEIAAQUQsgA0EQaiQAC0IBA38gACgCACECIAAoAgQhAwNAIAMgAiIBRwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRws4AQF/IwBBEGsiAyQAIANBCGogABC3ASADKAIIIgAEfyAAIAMoAgwgASACEEkFQQALIANBEGokAAs/AQN/AkAgACgCCCIEIAJqIgUgBEkNACAFIAAoAgRLDQAgACgCACAEaiABIAIQYw0AIAAgBTYCCEEBIQMLIAMLRQEDfwJAIAAoAgAiAygCACIEIAAoAghGDQAgACgCDCABIAQgACgCECgCEBEBAEUNAEEBIQIgAyADKAIAQQFqNgIACyACCzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACEMcBIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtDAQF/IwBBEGsiBCQAIARBCGogASgCACABKAIEIAIgAxBJEGkgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC7sDAgl/AX4jAEEQayIHJAAgB0EIaiELIwBBEGsiBiQAAkAgBEUNACABIAJqIgEgAkkNACAGQQRqIQggASAAKAIAQQF0IgIgASACSxsiAUEIQQRBASAEQYEISRsgBEEBRhsiCSABIAlLGyINIQEjAEEgayIFJABBASEMQQQhCgJAAkAgBK0gAa1+Ig5CIIinDQAgDqciAUGAgICAeCADa0sNACAFQRRqIAAgAyAEEHICfyAFKAIYBEAgBSgCHCICRQRAIAVBCGogAyABEJEBIAUoAgghBCAFKAIMDAILIAUoAhQgAiADIAEQByEEIAEMAQsgBSADIAEQkQEgBSgCACEEIAUoAgQLIARFBEAgCCADNgIEQQghCgwCCyAIIAQ2AgRBACEMQQghCiEBDAELQQAhAQsgCCAKaiABNgIAIAggDDYCACAFQSBqJAAgBigCBEEBRgRAIAYoAgwhCSAGKAIIIQUMAQsgBigCCCEBIAAgDTYCACAAIAE2AgRBgYCAgHghBQsgCyAJNgIEIAsgBTYCACAGQRBqJAAgBygCCCIAQYGAgIB4RwRAIAAgBygCDBDJAQALIAdBEGokAAtBAQF/IwBBEGsiBCQAIARBCGogACABIAJBBCADECogBCgCCCIAQYGAgIB4RwRAIAAgBCgCDBDJAQALIARBEGokAAs8AQF/IAAgAhCsASAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQQECfyMAQSBrIgMkACADQQhqIgQgASACEEwgA0H0AzsBHCADQQ42AhggA0H7v8AANgIUIAAgBBCIASADQSBqJAALSQACQAJAAkACQCABIAIgAxBuIgFFDQBBBiEDIAEtAAAOBAADAwEDCyAAQQA2AgQMAQsgACABKQMINwIEC0EVIQMLIAAgAzYCAAs/AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahBLIAAgAykDCDcDACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDHASIBRQRAQQRBCBDzAQALIAEgAjYCBCABIAM2AgAgAEHoxMAANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMgAUE5SxsiATYCBCAAIAEgAkk2AgALOwEBfyMAQRBrIgMkACADQQhqIAEgAhAdIAMgAygCCCADKAIMEDAgACADKAIAIAMoAgQQTCADQRBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahCNASAAIAIpAwg3AwAgAkEgaiQACz0AIAAgAUHqv8AAQQYQswEEQEEADwsgACABQfC/wABBBRCzAQRAQQEPC0ECQQMgACABQfW/wABBBhCzARsLOgEBfyMAQRBrIgMkACADIAE2AgAgAyACKQIANwIEIAMgAigCCDYCDCAAIAEgA0EEahAoIANBEGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQByIARQ0AIAAPCwAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABBkMPAACABKAIEIAEoAggiAC0ACCAALQAJECwACyAAQYCAgIB4NgIAIAAgATYCDCAAQazDwAAgASgCBCABKAIIIgAtAAggAC0ACRAsAAs6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQxgFBAAshASAAIAI2AgQgACABNgIACzkAIAIgA0kEQEGcwMAAQRMgBBCBAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs8AQF/IwBBIGsiAiQAIAIgASgCEDYCGCACIAEpAgg3AxAgAiABKQIANwMIIAAgAkEIahCcASACQSBqJAALPAAgAiADSQRAQZzAwABBE0HowMAAEIEBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEFogAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC48BAQV/IwBBEGsiAyQAIANBCGohBSMAQRBrIgIkAANAAkAgAkEIaiABECQgAigCCCIERQRAQQAhBAwBCyACIAQgAigCDBAdIAIoAgQiBkUgAigCACIERXINAQsLIAUgBjYCBCAFIAQ2AgAgAkEQaiQAIAMoAgwhASAAIAMoAgg2AgAgACABNgIEIANBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ2gFBmYvAAEEFEMwBIAEoAgwgASgCEBDWAUGei8AAQQcQzAEgASgCBCABKAIIENYBQaWLwABBChDMASABMwEUEJcBEOgBIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ5wEgAkEQaiQAIAAgBiAFEEggARDnASAEQRBqJAALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABDnASAAQRBqIQAMAQsLCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ1QEPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQDAs4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBEBAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEM0BQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBLIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAsxACMAQRBrIgIkACAAKAIAIgAQiQEgAiAANgIMIAEgAkEMakGouMAAEEMgAkEQaiQAC2wBAn8gAUH/AXFBAkYEQEEAIQEgAiADQbiPwABBAxC8AQR/A0AgASADRwRAIAEgAmohBSABQQFqIQEgBCAFLQAAQS5GaiEEDAELCyAEQQJGBUEAC0EBcyEECyAAQQRqIAIgAxBMIAAgBDYCAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALHgAgAgRAIAIgARDHASEBCyAAIAI2AgQgACABNgIACy4AIAFBwABNBEAgAEHAACABazYCBCAAIAEgAmo2AgAPCyABQcAAQcAAIAMQFgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARC+AUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARC/AUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQPCABLQAIIAFBEGokAEF/c0EBcQtAAQF/IwBBEGsiAyQAIANBCGogASACEHkgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC8kBAgN/AX4gABBqIAFCAFMEQCAAQS0QUwsgASABQj+HIgWFIAV9IQEjAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkACQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEFMgAkEBaiECDAELCyADQSBqJAAMAQtBf0EUQaCkwAAQXQALIAALgAIBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAHDAELIAJFBEBBASEDDAILIAJBARDHAQsiAw0AIAVBATYCBEEBDAELIAUgAzYCBEEACyEDQQgLIAVqIAI2AgAgBSADNgIAIAQoAgRBAUYEQCAEKAIIIAQoAgwQyQEACyAEKAIIIQIgACAINgIAIAAgAjYCBCAEQRBqJAALIAAoAgQgBmogAToAACAAIAZBAWo2AggLKgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAIAEQygELCzUAAkACQAJAAkAgAC0AAA4FAQEBAgMACyAAQQRqEOkBCw8LIABBBGoQ5wEPCyAAQQRqEOoBCysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBjBUEBC0UL5QgBCX8jAEEgayIJJAAjAEFAaiICJAAgCUEIaiIHAn8CQAJ/AkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIAQQFrDhQBAgMEBQYHCAkKCwwNDg8QERITFAALIAJBEGpBhafAAEHVABBMQZADIQRB2qfAACEDQRIMGAsgAkEQaiABKAIEIAEoAggQTEGQAyEEQeynwAAhA0EUDBcLIAJBEGpBgKjAAEEmEExBkAMhBEGmqMAAIQNBFAwWCyACQRBqQbqowABBKhBMQZUDIQRB5KjAACEDQRIMFQsgAkEQakH2qMAAQSwQTEGTAyEEQaKpwAAhA0ESDBQLIAIgASgCCCIDIAEoAgwiBGo2AjggAiADNgI0IAJBADYCPCACQTRqIQpBICEFIwBBEGsiCCQAA0ACQCAIQQhqIAoQRiAIKAIMQYCAxABGBEAgBSEGDAELIAVBAWsiBQ0BCwsgCEEQaiQAIAYNEiACQQhqIAoQRiACKAIMQYCAxABGDRICQCACKAIIIgVFDQAgBCAFTQRAIAQgBUYNAQwSCyADIAVqLAAAQUBIDRELIAMMEQsgAkEQakH2qcAAQToQTEGRAyEEQdemwAAhA0ELDBILIAJBEGpBsKrAAEEjEExBkQMhBEGypsAAIQNBEQwRCyACQRBqIAEoAgQgASgCCBBMQZEDIQRB06rAACEDQQ0MEAsgAkEQakHgqsAAQR4QTEGRAyEEQf6qwAAhA0ENDA8LIAJBEGpBi6vAAEE7EExBkQMhBEHGq8AAIQNBEwwOCyACQRBqQdmrwABBKhBMQYOswAAhA0GRAwwJCyACQRBqQZGswABBOxBMQZEDIQRBzKzAACEDQRAMDAsgAkEQakHcrMAAQR4QTEGRAyEEQfqswAAhA0EPDAsLIAJBEGpBia3AAEEgEExBkQMhBEGprcAAIQNBDwwKCyACQRBqQbitwABBLBBMQZEDIQRB5K3AACEDQQ8MCQsgAkEQakHzrcAAQTcQTEGTAyEEQaquwAAhA0EVDAgLIAJBEGogASgCBCABKAIIEExBv67AACEDQfYDDAMLIAJBEGpBza7AAEEqEExB9wMhBEHDpsAAIQNBFAwGCyACQQs2AiggAkH3rsAANgIkIAIgASkCBDcCHCACQRBqIAJBHGpBAhDdAUGCr8AAIQNB9AMMAQsgAkENNgIoIAJBkK/AADYCJCACIAEpAgw3AiwgAiABKQIENwIcIAJBEGogAkEcakEDEN0BQZ2vwAAhA0H0AwshBEEODAMLQQALIQYgBSAEIAYbIQQgBiADIAYbIQMLIAIgBDYCKCACIAM2AiQgAkEtNgIgIAJBtKnAADYCHCACQRBqIAJBHGpBAhDdAUGRAyEEQeGpwAAhA0EVCzYCECAHIAM2AgwgByACKQIQNwIAIAcgAigCGDYCCCAHIAQ7ARQgAkFAayQAIAAgBxCIASABEMgBIAlBIGokAAvPAgEHfyMAQTBrIggkACAIQQhqIgMgASACQSwQtgEjAEHQAGsiASQAIAFBEGogAxCHAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFogASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCHASADKAIIIgZFDQAgAygCDCEJIAIoAggiBCACKAIARgRAIAIoAggiByACKAIARgRAIAIgB0EBQQgQdQsLIAIoAgQgBEEDdGoiByAJNgIEIAcgBjYCACACIARBAWo2AggMAQsLIANBEGokACAAIAEoAiQ2AgggACABKQIcNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgAUHQAGokACAIQTBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQHyADQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQNCADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEI4BIAJBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQRCACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQPSADQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEE4gAkEQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARAmIAJBEGokAAsoACADIAQgASACELwBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIAC2cAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIwBBIGsiACQAIAAgAzYCCCAAIAE2AgwgACAAQQxqrUKAgICAgAWENwMYIAAgAEEIaq1CgICAgIAFhDcDEEG2h8AAIABBEGogBBCBAQALIwAgASADSwRAQQAgASADIAQQFgALIAAgATYCBCAAIAI2AgAL1gIBBn8jAEEQayIEJAAjAEEwayICJAAgAiABNgIMIAIgADYCCCACIAJBL2oiADYCKCACIAA2AiQgAiACQQxqNgIgIAIgAkEIajYCHCMAQRBrIgAkACAAIAJBHGoiASgCACgCACABKAIEKAIAEHkgACgCACEGIAAgACgCBCIHNgIMIAAgBjYCCCACQRBqIQEjAEEQayIDJABBuLXAACEFAkACQAJAAkACQCAGIAcQfkH/AXFBAWsOAwABAwILQfi1wAAhBQwBC0G4tsAAIQULIANBBGogBUEIQdOkwABBARAEIAMoAgRBgICAgHhGDQAgASADKAIMNgIIIAEgAykCBDcCAAwBCyABQQA2AgggAUKAgICAEDcCAAsgA0EQaiQAIABBCGoQxgEgAEEQaiQAIAIgARB9IAQgAikDADcCACACQTBqJAAgBCgCACAEKAIEIARBEGokAAtSAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIakEEQQgQbCAAQRBqJAAgAUEQaiQACyEBAX8gACgCACAAKAIIIgJrIAFJBEAgACACIAFBFBB1CwsjAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQRBDBB0CwsjAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQFBARB0CwuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA5IAEoAhRFBEAgAUEIaiACEJQBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDxAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCPDYCBCAGIAIoAjhBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBMIABBEGokACABQSBqEL8BIAFBMGokACAEQQhqIAUQjQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8kDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDkgAigCFEUEQCACQQhqIAEQlAEgAigCCCIAQQEgABsgAigCDEEAIAAbEPEBAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgVSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHENoBQbuPwABBAxDMASABQQhqIgEoAgQgASgCCBDWAUG+j8AAQQYQzAEgASgCJCABKAIoENYBQcSPwABBBxDMASABKAIQIAEoAhQQYEHLj8AAQQQQzAEgASgCHCABKAIgENYBEOgBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxDnASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahC/ASACQTBqJAAgBkEIaiADEH0gBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC9cDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEEIwBBMGsiASQAIAFBFGoiAyAAEDkgASgCFEUEQCABQQhqIAMQlAEgASgCCCIAQQEgABsgASgCDEEAIAAbEPEBAAsgASABKAIcNgIoIAEgASkCFCIINwMgIwBBEGsiAyQAAkACQCAIpyICKQMAQgFWDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgA0EEaiIHIABBBGoQ2gFBsaXAAEEDEMwBQbmlwABBAxDWAUG3pcAAQQEQzAEgAkHQAGoiAigCBCACKAIIENYBQbilwABBARDMASACKAIQIAIoAhQQ1gFBgI/AAEEDEMwBQcKNwABBBRDWAUHQpcAAQQMQzAFBxKPAABDXARDoASICKAIINgIIIAcgAikCADcCACACQQA2AgAgAEEANgIMIABBATYCCCACEOcBIABBEGokACADKAIEQYCAgIB4Rg0AIAQgAygCDDYCCCAEIAMpAgQ3AgAMAQsgBEEANgIIIARCgICAgBA3AgALIANBEGokACABQSBqEL8BIAFBMGokACAGQQhqIAQQfSAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAAL9wECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQOSABKAIURQRAIAFBCGogAhCUASABKAIIIgBBASAAGyABKAIMQQAgABsQ8QEACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEFwMAQsgAEEEaiICQbCkwABBDBB3IAUgAhBcIAIQ3wELIABBIGokACABQSBqEL8BIAFBMGokACAEQQhqIAUQfSADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAAL0AICCH8BfiMAQRBrIgQkACMAQSBrIgMkACADQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQOSABKAIURQRAIAFBCGogAhCUASABKAIIIgBBASAAGyABKAIMQQAgABsQ8QEACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCdCIGRQ0AIAIpAwBCA1INACAGKAIIQQFHDQAgBigCFCECIAYoAhAhBwsgCCACNgIEIAggBzYCAAJAIAAoAggiAgRAIAUgAiAAKAIMEEwMAQsgBUGAgICAeDYCAAsgAEEQaiQAIAFBIGoQvwEgAUEwaiQAQQAhACAEIAMoAhRBgICAgHhHBH8gA0EIaiAFEH0gAygCDCEAIAMoAggFQQALNgIAIAQgADYCBCADQSBqJAAgBCgCACAEKAIEIARBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA5IAEoAhRFBEAgAUEIaiACEJQBIAEoAggiAEEBIAAbIAEoAgxBACAAGxDxAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCSDYCBCAGIAIoAkRBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBMIABBEGokACABQSBqEL8BIAFBMGokACAEQQhqIAUQjQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEGMFQQELRQuVAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQuwEMAQsgABDfAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEFELIAFBEGokAAsLkwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoAnQEQCAAQfQAahC7AQsgAEHoAGoQ7wEgABBPAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQUQsgAUEQaiQACwshACAAIAMgASACEFIgAEEBOwEkIAAgAjYCICAAQQA2AhwLIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBBUYbNgIACyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQNGGzYCAAslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACx8AIABBKGoQ5wEgAEE0ahDnASAAQUBrEOcBIAAQ0QELwwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEOcBIABBLGoQ7AEgAEE4ahDsASAAQQxqEOcBIABBxABqENABIAAoAlBBgICAgHhHBEAgAEHQAGoQ5wEgAEHoAGoQzQEgAEHcAGoQ5wELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABB+AAQUQsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxBjBUEBC0ULGwEBfyABIAAQxwEiAkUEQCAAIAEQ8wEACyACCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahC1AQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQtQELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqELQBCxsAIAEEQCAAIAEgAhBMDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ5wEgAEEMahDNAQsLAwAACxgAIAAgASkCADcCACAAQQhqIAFBCGoQVwsYACAAIAApAyAgAq18NwMgIAAgASACEAMLFwEBfyAAKAIEIgEEQCAAKAIAIAEQUQsLFQAgAUEJTwRAIAEgABAPDwsgABACCxUAIAAoAgBBBUYEQCAAQQRqEOcBCwsfACAABEAgACABEPMBAAtBiMXAAEEjQZzFwAAQgQEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQswELDQAgAEHdACABEIEBAAsTACAAIAEgAhDWASIAQToQUyAACxYAIAAoAgBBgICAgHhHBEAgABDnAQsLEgAgACgCAEEATgRAIAAQ5wELCxYAIAAoAgBBgICAgHhHBEAgABDqAQsLFgAgACgCAEGAgICAeEcEQCAAEOwBCwsSACAAQRBqEOcBIABBHGoQzQELDQAgAQRAIAAgARBRCwscACAAQeDDwAApAgA3AgggAEHYw8AAKQIANwIACxwAIABB0MPAACkCADcCCCAAQcjDwAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEBAAuxAgEBfyAAEGojAEEQayIDJAAgAEEiEFMgAyABNgIIIAMgASACajYCDANAAkAgAyADQQhqECECQAJAAkACQAJAAkACQAJAAkACQCADKAIEQYCAxAAgAygCAEEBcRsiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEFMMCQsgAEHxj8AAQQIQdgwICyAAQfOPwABBAhB2DAcLIABB9Y/AAEECEHYMBgsgAEH3j8AAQQIQdgwFCyAAQfmPwABBAhB2DAQLIABB+4/AAEECEHYMAwsgAEH9j8AAQQIQdgwCCyAAQf+PwABBBBB2IAAgAUEEdi0Ag5BAEFMgACABQQ9xLQCDkEAQUwwBCwsgAEEiEFMgA0EQaiQAIAALEAAgABBqIAAgAUEEEHYgAAsQACAAKAIAKAIAIAFBARADCw0AIAAgASACIAFrEHYLDwAgABBqIABB+wAQUyAACxEAIAAgASACQe+LwABBABAXCxEAIAAoAgAoAgAgASACEMUBCw4AIAAgASACQQFBABAECw8AIAAQaiAAQdsAEFMgAAsPACAAEO8BIABBDGoQ5wELDwAgABDnASAAQQxqEOcBCxMAIABB6MTAADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ1QELkwsBDH8gACgCACEHIAAoAgQhBkEAIQACQAJAIAEiCCgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAS8BDiIBDQFBACEGDAILIAZBEE8EQAJ/AkACQCAGIAdBA2pBfHEiASAHayIJSQ0AIAYgCWsiC0ECdiIKRQ0AIAEgB0cEQCAHIAFrIgRBfE0EQANAIAAgAiAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohACACQQRqIgINAAsLIAIgB2ohBQNAIAAgBSwAAEG/f0pqIQAgBUEBaiEFIARBAWoiBA0ACwsgByAJaiEEAkAgC0EDcSIBRQ0AIAQgC0H8////B3FqIgIsAABBv39KIQMgAUEBRg0AIAMgAiwAAUG/f0pqIQMgAUECRg0AIAMgAiwAAkG/f0pqIQMLIAAgA2ohAgNAIAQhASAKRQ0CQcABIAogCkHAAU8bIgNBA3EhCQJAIANBAnQiBEHwB3EiAEUEQEEAIQUMAQsgACABaiELQQAhBSABIQADQCAFIAAoAgAiDUF/c0EHdiANQQZ2ckGBgoQIcWogAEEEaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQhqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBDGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWohBSAAQRBqIgAgC0cNAAsLIAogA2shCiABIARqIQQgBUEIdkH/gfwHcSAFQf+B/AdxakGBgARsQRB2IAJqIQIgCUUNAAsCfyABIANB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEGdnJBgYKECHEiASAJQQFGDQAaIAEgACgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIBIAlBAkYNABogACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIAQQh2Qf+BHHEgAEH/gfwHcWpBgYAEbEEQdiACaiECDAELQQAgBkUNARogBkEDcSEFIAZBBE8EQCAGQXxxIQEDQCACIAQgB2oiACwAAEG/f0pqIABBAWosAABBv39KaiAAQQJqLAAAQb9/SmogAEEDaiwAAEG/f0pqIQIgASAEQQRqIgRHDQALIAVFDQELIAQgB2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIAVBAWsiBQ0ACwsgAgshAgwECyAGRQ0DIAZBA3EhACAGQQRPBEAgBkEMcSEEA0AgAiADIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiECIAQgA0EEaiIDRw0ACyAARQ0ECyADIAdqIQMDQCACIAMsAABBv39KaiECIANBAWohAyAAQQFrIgANAAsMAwsgBiAHaiECQQAhBiAHIQMgASEAA0AgAyIEIAJGDQIgBgJ/IANBAWogAywAACIDQQBODQAaIARBAmogA0FgSQ0AGiAEQQRBAyADQW9LG2oLIgMgBGtqIQYgAEEBayIADQALC0EAIQALIAEgAGshAgsgAiAILwEMIgBPDQAgACACayEBQQAhAkEAIQACQAJAAkAgDEEddkEDcUEBaw4CAAECCyABIQAMAQsgAUH+/wNxQQF2IQALIAxB////AHEhBSAIKAIEIQQgCCgCACEIA0AgAkH//wNxIABB//8DcUkEQEEBIQMgAkEBaiECIAggBSAEKAIQEQQARQ0BDAMLC0EBIQMgCCAHIAYgBCgCDBEBAA0BQQAhAiABIABrQf//A3EhAANAIAJB//8DcSIBIABJIQMgACABTQ0CIAJBAWohAiAIIAUgBCgCEBEEAEUNAAsMAQsgCCgCACAHIAYgCCgCBCgCDBEBACEDCyADC4cBAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQOSABKAIURQRAIAFBCGogAhCUASABKAIIIgBBASAAGyABKAIMQQAgABsQ8QEACyABIAEoAhw2AiggASABKQIUIgM3AyAgA6cpAwAhAyABQSBqEL8BIAFBMGokAEECIAOnQQJrIANCAVgbQf8BcbgLDwAgAEH4wsAAIAEgAhAMCw8AQfTKwABBMyAAEIEBAAsKACAAQQFBARBsCwsAIABB/QAQUyAACz8BAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEOcBIAFBEGoQmgEgAkEBayECIAFBKGohAQwBCwsgAEEIQSgQbAs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQmgEgAkEYaiECDAELCyAAQQhBGBBsCwsAIABB3QAQUyAACwkAIABBDBD4AQsJACAAQRAQ+AELCgAgACABIAIQHgs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ5wEgAUEUaiEBDAELCyAAQQRBFBBsCw0AQZjCwABBGxDxAQALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBzMvAACgCACIAQRggABsRAAAACwgAIAAgARBwCwwAQaTPwABBAToAAAsJACAAQQA2AgALAwAACzcBAn8gACgCCCECIAAoAgQhAwNAIAIEQCACQQFrIQIgAxDnASADIAFqIQMMAQsLIABBBCABEGwLC+ZIDgBBgIDAAAuTEBZzbGljZSBpbmRleCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAEnJhbmdlIHN0YXJ0IGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAEHJhbmdlIGVuZCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3N0ci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0ZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNvbi5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMC45L3NyYy9jb3JlX2FwaS5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2RpZ2VzdC0wLjEwLjcvc3JjL2NvcmVfYXBpL2N0X3ZhcmlhYmxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0L2RlcHMvZGxtYWxsb2MtMC4yLjExL3NyYy9kbG1hbGxvYy5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jsb2NrLWJ1ZmZlci0wLjEwLjQvc3JjL2xpYi5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2htYWMtMC4xMi4xL3NyYy9saWIucnMAc3JjL3JmYzMzMzkucnMAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpAAAAZwEQAE8AAADNAQAANwAAABgBEABOAAAADQgAABEAAAAaAhAAZAAAAHwAAAAkAAAA+wIQAFkAAACiAAAAJwAAAPsCEABZAAAApAAAABgAAAD7AhAAWQAAAKQAAAAgAAAA+wIQAFkAAACuAAAAFAAAAPsCEABZAAAArgAAABoAAAD7AhAAWQAAAJ0AAAAYAAAA+wIQAFkAAACdAAAAHwAAAPsCEABZAAAAnQAAACUAAAD7AhAAWQAAAC0BAAAiAAAA+wIQAFkAAAA4AQAAHgAAAPsCEABZAAAANQEAABgAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0ZXJyb3JtZXNzYWdlc3RhdHVzQ29kZUFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxAABHBhAAAwAAADEyNwBUBhAAAwAAAGV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOWhlYWRlciBpcyBub3QgYmFzZTY0dXJsaGVhZGVyIGlzIG5vdCBhIEpTT04gb2JqZWN0IHdpdGggYW4gYWxnUlMyNTYAwgYQAAUAAABwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmwuc2lnbmF0dXJlIGlzIGVtcHR5Y3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c2FsZ2tpZGNyaXQAAIAHEAADAAAAgwcQAAMAAACGBxAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKdXJsbWV0aG9kaGVhZGVyc2JvZHlzdGF0dXNhcHBsaWNhdGlvbi9qc29uQ29udGVudC1UeXBlXCJcXFxiXHRcblxmXHJcdTAwMDEyMzQ1Njc4OWFiY2RlZgBBnpDAAAvrKvA/AAAAAAAAJEAAAAAAAABZQAAAAAAAQI9AAAAAAACIw0AAAAAAAGr4QAAAAACAhC5BAAAAANASY0EAAAAAhNeXQQAAAABlzc1BAAAAIF+gAkIAAADodkg3QgAAAKKUGm1CAABA5ZwwokIAAJAexLzWQgAANCb1awxDAIDgN3nDQUMAoNiFVzR2QwDITmdtwatDAD2RYORY4UNAjLV4Ha8VRFDv4tbkGktEktVNBs/wgET2SuHHAi21RLSd2XlDeOpEkQIoLCqLIEU1AzK39K1URQKE/uRx2YlFgRIfL+cnwEUh1+b64DH0ReqMoDlZPilGJLAIiO+NX0YXbgW1tbiTRpzJRiLjpshGA3zY6pvQ/kaCTcdyYUIzR+Mgec/5EmhHG2lXQ7gXnkexoRYq087SRx1KnPSHggdIpVzD8SljPUjnGRo3+l1ySGGg4MR49aZIecgY9tay3EhMfc9Zxu8RSZ5cQ/C3a0ZJxjNU7KUGfElcoLSzJ4SxSXPIoaAx5eVJjzrKCH5eG0qaZH7FDhtRSsD93XbSYYVKMH2VFEe6uko+bt1sbLTwSs7JFIiH4SRLQfwZaukZWkupPVDiMVCQSxNN5Fo+ZMRLV2Cd8U19+UttuARuodwvTETzwuTk6WNMFbDzHV7kmEwbnHCldR3PTJFhZodpcgNN9fk/6QNPOE1y+I/jxGJuTUf7OQ67/aJNGXrI0Sm9102fmDpGdKwNTmSf5KvIi0JOPcfd1roud04MOZWMafqsTqdD3feBHOJOkZTUdaKjFk+1uUkTi0xMTxEUDuzWr4FPFpkRp8wbtk9b/9XQv6LrT5m/heK3RSFQfy8n2yWXVVBf+/BR7/yKUBudNpMV3sBQYkQE+JoV9VB7VQW2AVsqUW1VwxHheGBRyCo0VhmXlFF6NcGr37zJUWzBWMsLFgBSx/Euvo4bNFI5rrptciJpUsdZKQkPa59SHdi5Zemi01IkTii/o4sIU61h8q6Mrj5TDH1X7Rctc1NPXK3oXfinU2Oz2GJ19t1THnDHXQm6ElQlTDm1i2hHVC6fh6KuQn1UfcOUJa1JslRc9PluGNzmVHNxuIoekxxV6EazFvPbUVWiGGDc71KGVcoeeNOr57tVPxMrZMtw8VUO2DU9/swlVhJOg8w9QFtWyxDSnyYIkVb+lMZHMErFVj06uFm8nPpWZiQTuPWhMFeA7Rcmc8pkV+Done8P/ZlXjLHC9Sk+0FfvXTNztE0EWGs1AJAhYTlYxUIA9Gm5b1i7KYA44tOjWCo0oMbayNhYNUFIeBH7DlnBKC3r6lxDWfFy+KUlNHhZrY92Dy9BrlnMGappvejiWT+gFMTsohdaT8gZ9aeLTVoyHTD5SHeCWn4kfDcbFbdani1bBWLa7FqC/FhDfQgiW6M7L5ScilZbjAo7uUMtjFuX5sRTSpzBWz0gtuhcA/ZbTajjIjSEK1wwSc6VoDJhXHzbQbtIf5VcW1IS6hrfylx5c0vScMsAXVdQ3gZN/jRdbeSVSOA9al3Erl0trGagXXUatThXgNRdEmHiBm2gCV6rfE0kRARAXtbbYC1VBXRezBK5eKoGqV5/V+cWVUjfXq+WUC41jRNfW7zkeYJwSF9y610Yo4x+XyezOu/lF7Nf8V8Ja9/d51/tt8tFV9UdYPRSn4tWpVJgsSeHLqxOh2Cd8Sg6VyK9YAKXWYR2NfJgw/xvJdTCJmH0+8suiXNcYXh9P701yJFh1lyPLEM6xmEMNLP308j7YYcA0HqEXTFiqQCEmeW0ZWLUAOX/HiKbYoQg719T9dBipejqN6gyBWPPouVFUn86Y8GFr2uTj3BjMmebRnizpGP+QEJYVuDZY59oKfc1LBBkxsLzdEM3RGR4szBSFEV5ZFbgvGZZlq9kNgw24Pe942RDj0PYda0YZRRzVE7T2E5l7Mf0EIRHg2Xo+TEVZRm4ZWF4flq+H+5lPQuP+NbTImYMzrK2zIhXZo+BX+T/ao1m+bC77t9iwmY4nWrql/v2ZoZEBeV9uixn1Eojr470YWeJHexasnGWZ+skp/EeDsxnE3cIV9OIAWjXlMosCOs1aA06/TfKZWtoSET+Yp4foWha1b37hWfVaLFKrXpnwQppr06srOC4QGlaYtfXGOd0afE6zQ3fIKpp1kSgaItU4GkMVshCrmkUao9retMZhElqcwZZSCDlf2oIpDctNO+zagqNhTgB6+hqTPCmhsElH2swVij0mHdTa7trMjF/VYhrqgZ//d5qvmsqZG9eywLzazU9CzZ+wydsggyOw120XWzRxziaupCSbMb5xkDpNMdsN7j4kCMC/Wwjc5s6ViEybetPQsmrqWZt5uOSuxZUnG1wzjs1jrTRbQzCisKxIQZuj3ItMx6qO26ZZ/zfUkpxbn+B+5fnnKVu32H6fSEE224sfbzulOIQb3acayo6G0VvlIMGtQhiem89EiRxRX2wb8wWbc2WnORvf1zIgLzDGXDPOX3QVRpQcEOInETrIIRwVKrDFSYpuXDplDSbb3PvcBHdAMElqCNxVhRBMS+SWHFrWZH9uraOcePXet40MsNx3I0ZFsL+93FT8Z+bcv4tctT2Q6EHv2JyifSUiclul3KrMfrre0rNcgtffHONTgJzzXZb0DDiNnOBVHIEvZpsc9B0xyK24KFzBFJ5q+NY1nOGpleWHO8LdBTI9t1xdUF0GHp0Vc7SdXSemNHqgUerdGP/wjKxDOF0PL9zf91PFXULr1Df1KNKdWdtkgtlpoB1wAh3Tv7PtHXxyhTi/QPqddb+TK1+QiB2jD6gWB5TVHYvTsju5WeJdrthemrfwb92FX2MoivZ83ZanC+Lds8od3CD+y1UA193JjK9nBRik3ewfuzDmTrId1ye5zRASf53+cIQIcjtMni481QpOqlneKUwqrOIk514Z15KcDV80ngB9lzMQhsHeYIzdH8T4jx5MaCoL0wNcnk9yJI7n5CmeU16dwrHNNx5cKyKZvygEXqMVy2AOwlGem+tOGCKi3t6ZWwjfDY3sXp/RywbBIXlel5Z9yFF5hp725c6NevPUHvSPYkC5gOFe0aNK4PfRLp7TDj7sQtr8HtfBnqezoUkfPaHGEZCp1l8+lTPa4kIkHw4KsPGqwrEfMf0c7hWDfl8+PGQZqxQL307lxrAa5JjfQo9IbAGd5h9TIwpXMiUzn2w95k5/RwDfpx1AIg85Dd+A5MAqkvdbX7iW0BKT6qiftpy0BzjVNd+kI8E5BsqDX+62YJuUTpCfymQI8rlyHZ/M3SsPB97rH+gyOuF88zhf251bGx0cnVlZmFsc2UAAAAAAAAABAAAAAQAAAADAAAABAAAAAAAAAAEAAAABAAAAAUAAAAGAAAAAAAAABQAAAAEAAAABwAAAAgAAAAAAAAAFAAAAAQAAAAJAAAACgAAALcBEAALAAAA3AIAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudixrZXlzVBIQAAQAAAAAAAAABAAAAAQAAAALAAAADAAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VuZVJTQbkSEAADAAAAc2lnAMQSEAADAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZG9ubHkgUlMyNTYgcHJvdmlkZXIgdG9rZW5zIGFyZSBhY2NlcHRlZCwgbm90IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZ3R5Y2xpZW50X2NyZWRlbnRpYWxzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIG51bWJlcnN0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZmlzc2h0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWV1c2VyX2VtYWlsbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX1TVFlUQ0hfQVBJX0JBU0VKV1RfU0VDUkVUQlJJREdFX1RPS0VOX1RUTF9TRUNPTkRTQlJJREdFX0NBUF9UT19QUk9WSURFUl9FWFAxeWVzMG5vbXVzdCBiZSB0cnVlIG9yIGZhbHNlQlJJREdFX0FMTE9XRURfT1JJR0lOUypXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0lTU1VFUmh0dHBzOi8vYXBpLndvcmtvcy5jb21odHRwczovL2FwaS53b3Jrb3MuY29tL3VzZXJfbWFuYWdlbWVudC9XT1JLT1NfSldLU1dPUktPU19KV0tTX1VSTEtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTS0lOREVfSldLU19VUkxLSU5ERV9BVURJRU5DRVNUWVRDSF9QUk9KRUNUX0lEcHJvamVjdC1saXZlLWh0dHBzOi8vdGVzdC5zdHl0Y2guY29taHR0cHM6Ly9hcGkuc3R5dGNoLmNvbVNUWVRDSF9KV0tTc3R5dGNoLmNvbS9TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3MvL3YxL3Nlc3Npb25zL2p3a3MvLy53ZWxsLWtub3duL2p3a3MuanNvbgA1GRAAEAAAAEUZEAANAAAAmhkQAA8AAACPGRAACwAAAMYYEAAKAAAA0BgQABgAAADoGBAAGgAAAB4ZEAAWAAAAqRkQABAAAADRGRAADgAAAMMZEAAOAAAAuRkQAAoAAADGGBAACgAAANAYEAAYAAAA6BgQABoAAAAeGRAAFgAAAN8ZEAARAAAAQBoQAA0AAAC3GBAADwAAACoaEAALAAAAxhgQAAoAAADQGBAAGAAAAOgYEAAaAAAAHhkQABYAAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKXNlc3Npb24AAACqGxAABwAAACQTEAAEAAAAAAAAAAgAAAAEAAAADQAAAA4AAAB1c2VyX2lkANgbEAAHAAAASRgQAAoAAAAAAAAACAAAAAQAAAAPAAAAEAAAAGVtYWlscwAABBwQAAYAAAAAAAAABAAAAAQAAAARAAAAEgAAAAAAAAAEAAAABAAAABMAAAAUAAAAdmVyaWZpZWT8EhAABQAAADwcEAAIAAAAAAAAAAgAAAAEAAAAFQAAABYAAABTdHl0Y2gncyBzZXNzaW9uIHJlc3BvbnNlIGlzIG5vdCBpbiB0aGUgZG9jdW1lbnRlZCBzaGFwZVN0eXRjaCdzIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZVN0eXRjaCBhbnN3ZXJlZCBzZXNzaW9ucy9hdXRoZW50aWNhdGUgd2l0aCBhbiBlcnJvcjpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93AAAAAAACAEGUu8AACwEEAEGgu8AACwoBAAAAAAAAAPQBAEHwu8AAC8cJc3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25PUFRJT05TQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDB3b3Jrb3NraW5kZXN0eXRjaGludGVybmFsX2Vycm9yAAAApwMQAA4AAAAiAAAANQAAAG1pZCA+IGxlbgAAAFUDEABRAAAAfAAAABQAAABVAxAAUQAAAHwAAAAjAAAAVQMQAFEAAABzAAAAEAAAAFUDEABRAAAAcwAAAB4AAADPABAASAAAALEAAAAWAAAAYXR0ZW1wdCB0byBqb2luIGludG8gY29sbGVjdGlvbiB3aXRoIGxlbiA+IHVzaXplOjpNQVgAAADPABAASAAAAJoAAAAKAAAAwwEQAFYAAABCAAAAEwAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbGAEQAE4AAADmBQAAJQAAAAYAAAAFAAAABgAAAOofEADwHxAA9R8QAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB/AhAAUAAAACwDAAAJAAAAGAEQAE4AAABxBwAAEQAAABkAAAAMAAAABAAAABoAAAAbAAAAHAAAAAAAAAAIAAAABAAAAB0AAAAeAAAAHwAAACAAAAAhAAAAEAAAAAQAAAAiAAAAIwAAACQAAAAlAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAADQAhAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAA0AIQACoAAAC3BAAADQAAAAAAAAAIAAAABAAAACYAAAAZAAAADAAAAAQAAAAnAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB/AhAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQdTFwAALCAICAAAAAAACAEGLxsAACwECAEGxxsAACwEBAEHMxsAACwEBAEGsx8AAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBtsrAAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEH0ysAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEGQy8AACwEXAEGcy8AACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==";

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

// functions/src/workos-bridge.js
var workos_bridge_default = bridgeHandler("workos");
module.exports = workos_bridge_default;
})();
