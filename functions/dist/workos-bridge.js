// workos-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy workos-bridge --file functions/dist/workos-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:4a9e80e95c5689edc3e84541d587f321aeaf91584bff9a4a8c1e6ab3531f3cb4
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgA39/fwF/YAF/AGADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAV/f39/fwBgAAJ/f2ABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA5QCkgIHAwgEAwYCBQAGAwAAAQMGBAAAAAwFCAQECAUFAwEAAQAAAAMABgQBDQ4BCAUDAAMDBwYAAQUABgAGAA8DAAEAEBEAAAMGAQIABQMAAQQFAAMDBAcABQAAAQICAAABAAMDAwUAAAMDAQAEAAEAAwEFAAMAAQIDBwEEBQUFCAMDAQMAAwMABhIDBwAIAAUAAAACBAYAAAABAAUDBQAABwYDAAQCEwQAAwEBAQEBAQQEBAgIAggUAgIAAAAACgoKCgoKCgoGAgIFAAAAAgIGBAICAgMCAgIAAwIEBAQCAAQAAgIBAgIDAAABAQEHAAMDAwMHBwICAAQEAQYVAQICAgcCAgcCAgICAgIBAgsAAAAAAAsFBAkCcAEqKm8AhAgFAwEAEQYZA38BQYCAwAALfwBB1NDAAAt/AEGA0cAACwfvBBsGbWVtb3J5AgARX193YmdfYnJpZGdlX2ZyZWUAXRhfX3diZ19icmlkZ2VzZXNzaW9uX2ZyZWUAXgxicmlkZ2VfYmVnaW4AFg9icmlkZ2VfZW52X2tleXMAtgEKYnJpZGdlX25ldwA0EWJyaWRnZXNlc3Npb25fYWxnAMABGGJyaWRnZXNlc3Npb25fZGlzY292ZXJlZABhG2JyaWRnZXNlc3Npb25fZGlzY292ZXJ5X3VybAC9ARJicmlkZ2VzZXNzaW9uX2ZhaWwAYhZicmlkZ2VzZXNzaW9uX2p3a3NfdXJsAMMBEWJyaWRnZXNlc3Npb25fa2V5AMEBEmJyaWRnZXNlc3Npb25fa2luZAD7ARNicmlkZ2VzZXNzaW9uX3JlcGx5AMIBGGJyaWRnZXNlc3Npb25fc2VsZWN0X2tleQBjF2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlAMQBH2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlX2NoZWNrZWQAPRticmlkZ2VzZXNzaW9uX3NpZ25pbmdfaW5wdXQAvgEbYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfYW5zd2VyACocYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfcmVxdWVzdAC/AQ9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhVfX3diaW5kZ2VuX2V4dGVybnJlZnMBARFfX3diaW5kZ2VuX21hbGxvYwB6El9fd2JpbmRnZW5fcmVhbGxvYwCHAQ9fX3diaW5kZ2VuX2ZyZWUA5gEQX193YmluZGdlbl9zdGFydAABCUkBAEEBCymKAh+vAVSgATn6ASesAUipAU6qASGrATatAZgBsAEorgFAkgKQAtYBXxr8AfcBgwH2AY4C1gGTASZFkQLoAecBGfgBDAEjCqzeBJIC0yUCCX8BfiMAQRBrIggkAAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAhAAwECyAAQQtqIgFBeHEhBUG81MAAKAIAIglFDQJBHyEGIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQYMAQsCQAJAAkACQAJAQbjUwAAoAgAiBEEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiB0EDdCIBQbDSwABqIgAgAUG40sAAaigCACICKAIIIgNGDQEgAyAANgIMIAAgAzYCCAwCCyAFQcDUwAAoAgBNDQYgAQ0CQbzUwAAoAgAiAEUNBiAAaEECdEGg0cAAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQYCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEHIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAHQQA2AgALIAZFDQYCQCACKAIcQQJ0QaDRwABqIgEoAgAgAkcEQCACIAYoAhBHBEAgBiAANgIUIAANAgwJCyAGIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAY2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQbjUwAAgBEF+IAd3cTYCAAsgAkEIaiEAIAIgAUEDcjYCBCABIAJqIgEgASgCBEEBcjYCBAwFCwJAQQIgAHQiAkEAIAJrciABIAB0cWgiB0EDdCIBQbDSwABqIgIgAUG40sAAaigCACIAKAIIIgNHBEAgAyACNgIMIAIgAzYCCAwBC0G41MAAIARBfiAHd3E2AgALIAAgBUEDcjYCBCAAIAVqIgYgASAFayIHQQFyNgIEIAAgAWogBzYCAEHA1MAAKAIAIgIEQEHI1MAAKAIAIQECQEG41MAAKAIAIgRBASACQQN2dCIDcUUEQEG41MAAIAMgBHI2AgAgAkF4cUGw0sAAaiIDIQQMAQsgAkF4cSICQbDSwABqIQQgAkG40sAAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLIABBCGohAEHI1MAAIAY2AgBBwNTAACAHNgIADAQLQbzUwABBvNTAACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIHIANBAXI2AgQgAyAHaiADNgIAQcDUwAAoAgAiAUUNAUHI1MAAKAIAIQACQEG41MAAKAIAIgRBASABQQN2dCIGcUUEQEG41MAAIAQgBnI2AgAgAUF4cUGw0sAAaiIEIQEMAQsgAUF4cSIEQbDSwABqIQEgBEG40sAAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtByNTAACAHNgIAQcDUwAAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAGQQJ0QaDRwABqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAZBAXZrQQAgBkEfRxt0IQRBACEAA0ACQCACKAIEQXhxIgcgBUkNACAHIAVrIgcgA08NACACIQEgByIDDQBBACEDIAEhAAwDCyACKAIUIgcgACAHIAIgBEEddkEEcWooAhAiAkcbIAAgBxshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAGdCIAQQAgAGtyIAlxIgBFDQMgAGhBAnRBoNHAAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiAiAFayIEIAMgAyAESyIEGyACIAVJIgIbIQMgASAAIAEgBBsgAhshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVBwNTAACgCACIATSADIAAgBWtPcQ0AIAEoAhghBgJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQcgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAdBADYCAAsCQCAGRQ0AAkACQCABKAIcQQJ0QaDRwABqIgIoAgAgAUcEQCABIAYoAhBHBEAgBiAANgIUIAANAgwECyAGIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtBvNTAAEG81MAAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEBUMAgsCQEG41MAAKAIAIgJBASADQQN2dCIEcUUEQEG41MAAIAIgBHI2AgAgA0H4AXFBsNLAAGoiAyECDAELIANB+AFxIgRBsNLAAGohAiAEQbjSwABqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQcDUwAAoAgAiAUsEQCAFQcTUwAAoAgAiAE8EQCAIQQRqIQACfyAFQa+ABGpBgIB8cSIBQRB2IAFB//8DcUEAR2oiAUAAIgRBf0YEQEEAIQFBAAwBCyABQRB0IgJBEGsgAiAEQRB0IgFBACACa0YbCyECIABBADYCCCAAIAI2AgQgACABNgIAIAgoAgQiAUUEQEEAIQAMCAsgCCgCDCEHQdDUwAAgCCgCCCIEQdDUwAAoAgBqIgA2AgBB1NTAACAAQdTUwAAoAgAiAiAAIAJLGzYCAAJAAkBBzNTAACgCACICBEBBoNLAACEAA0AgASAAKAIAIgMgACgCBCIGakYNAiAAKAIIIgANAAsMAgtB3NTAACgCACIAQQAgACABTRtFBEBB3NTAACABNgIAC0Hg1MAAQf8fNgIAQazSwAAgBzYCAEGk0sAAIAQ2AgBBoNLAACABNgIAQbzSwABBsNLAADYCAEHE0sAAQbjSwAA2AgBBuNLAAEGw0sAANgIAQczSwABBwNLAADYCAEHA0sAAQbjSwAA2AgBB1NLAAEHI0sAANgIAQcjSwABBwNLAADYCAEHc0sAAQdDSwAA2AgBB0NLAAEHI0sAANgIAQeTSwABB2NLAADYCAEHY0sAAQdDSwAA2AgBB7NLAAEHg0sAANgIAQeDSwABB2NLAADYCAEH00sAAQejSwAA2AgBB6NLAAEHg0sAANgIAQfzSwABB8NLAADYCAEHw0sAAQejSwAA2AgBB+NLAAEHw0sAANgIAQYTTwABB+NLAADYCAEGA08AAQfjSwAA2AgBBjNPAAEGA08AANgIAQYjTwABBgNPAADYCAEGU08AAQYjTwAA2AgBBkNPAAEGI08AANgIAQZzTwABBkNPAADYCAEGY08AAQZDTwAA2AgBBpNPAAEGY08AANgIAQaDTwABBmNPAADYCAEGs08AAQaDTwAA2AgBBqNPAAEGg08AANgIAQbTTwABBqNPAADYCAEGw08AAQajTwAA2AgBBvNPAAEGw08AANgIAQcTTwABBuNPAADYCAEG408AAQbDTwAA2AgBBzNPAAEHA08AANgIAQcDTwABBuNPAADYCAEHU08AAQcjTwAA2AgBByNPAAEHA08AANgIAQdzTwABB0NPAADYCAEHQ08AAQcjTwAA2AgBB5NPAAEHY08AANgIAQdjTwABB0NPAADYCAEHs08AAQeDTwAA2AgBB4NPAAEHY08AANgIAQfTTwABB6NPAADYCAEHo08AAQeDTwAA2AgBB/NPAAEHw08AANgIAQfDTwABB6NPAADYCAEGE1MAAQfjTwAA2AgBB+NPAAEHw08AANgIAQYzUwABBgNTAADYCAEGA1MAAQfjTwAA2AgBBlNTAAEGI1MAANgIAQYjUwABBgNTAADYCAEGc1MAAQZDUwAA2AgBBkNTAAEGI1MAANgIAQaTUwABBmNTAADYCAEGY1MAAQZDUwAA2AgBBrNTAAEGg1MAANgIAQaDUwABBmNTAADYCAEG01MAAQajUwAA2AgBBqNTAAEGg1MAANgIAQczUwAAgAUEPakF4cSIAQQhrIgI2AgBBsNTAAEGo1MAANgIAQcTUwAAgBEEoayIEIAEgAGtqQQhqIgA2AgAgAiAAQQFyNgIEIAEgBGpBKDYCBEHY1MAAQYCAgAE2AgAMCAsgAiADSSABIAJNcg0AIAAoAgwiA0EBcQ0AIANBAXYgB0YNAwtB3NTAAEHc1MAAKAIAIgAgASAAIAFJGzYCACABIARqIQNBoNLAACEAAkACQANAIAMgACgCACIGRwRAIAAoAggiAA0BDAILCyAAKAIMIgNBAXENACADQQF2IAdGDQELQaDSwAAhAANAAkAgAiAAKAIAIgNPBEAgAiADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtBzNTAACABQQ9qQXhxIgBBCGsiAzYCAEHE1MAAIARBKGsiCSABIABrakEIaiIANgIAIAMgAEEBcjYCBCABIAlqQSg2AgRB2NTAAEGAgIABNgIAIAIgBkEga0F4cUEIayIAIAAgAkEQakkbIgNBGzYCBEGg0sAAKQIAIQogA0EQakGo0sAAKQIANwIAIANBCGoiACAKNwIAQazSwAAgBzYCAEGk0sAAIAQ2AgBBoNLAACABNgIAQajSwAAgADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAIgA0YNByADIAMoAgRBfnE2AgQgAiADIAJrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgAiAAEBUMCAsCQEG41MAAKAIAIgFBASAAQQN2dCIEcUUEQEG41MAAIAEgBHI2AgAgAEH4AXFBsNLAAGoiACEBDAELIABB+AFxIgBBsNLAAGohASAAQbjSwABqKAIAIQALIAEgAjYCCCAAIAI2AgwgAiABNgIMIAIgADYCCAwHCyAAIAE2AgAgACAAKAIEIARqNgIEIAFBD2pBeHFBCGsiBCAFQQNyNgIEIAZBD2pBeHFBCGsiAyAEIAVqIgBrIQUgA0HM1MAAKAIARg0DIANByNTAACgCAEYNBCADKAIEIgJBA3FBAUYEQCADIAJBeHEiARATIAEgBWohBSABIANqIgMoAgQhAgsgAyACQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQFQwGCwJAQbjUwAAoAgAiAUEBIAVBA3Z0IgJxRQRAQbjUwAAgASACcjYCACAFQfgBcUGw0sAAaiIFIQMMAQsgBUH4AXEiAUGw0sAAaiEDIAFBuNLAAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQcTUwAAgACAFayIBNgIAQczUwABBzNTAACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtByNTAACgCACEAAkAgASAFayICQQ9NBEBByNTAAEEANgIAQcDUwABBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBwNTAACACNgIAQcjUwAAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECyAAQQhqIQAMBQsgACAEIAZqNgIEQczUwABBzNTAACgCACIAQQ9qQXhxIgFBCGsiAjYCAEHE1MAAQcTUwAAoAgAgBGoiBCAAIAFrakEIaiIBNgIAIAIgAUEBcjYCBCAAIARqQSg2AgRB2NTAAEGAgIABNgIADAMLQczUwAAgADYCAEHE1MAAQcTUwAAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtByNTAACAANgIAQcDUwABBwNTAACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIARBCGohAAwBC0EAIQBBxNTAACgCACIBIAVNDQBBxNTAACABIAVrIgE2AgBBzNTAAEHM1MAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAsgCEEQaiQAIAAL7x0CHX8CfiMAQeADayIDJAAgA0EMakEAQcAA/AsAIAEgAkEGdGohGCAAKAIcIQ8gACgCGCEQIAAoAhQhESAAKAIQIRIgACgCDCETIAAoAgghFCAAKAIEIRUgACgCACEWA0AgASAYRwRAIANCgICAgMAANwJYIAMgATYCTCADQcAANgJQIAMgAUFAayIZNgJUIANBzABqIgIoAhAiB0UEQEGsyMAAEP0BAAtBECACKAIEIAduIgIgAkEQTxtBAnQhB0EAIQIDQCACIAdHBEAgA0EMaiACaiABIAJqKAAAIg1B/4H8B3FBCHggDUEYeEH/gfwHcXI2AgAgAkEEaiECDAELCyADIBU2AmQgAyARNgJsIAMgFjYCYCADIBI2AmggAyAUNgJwIAMgEzYCdCADIBA2AnggAyAPNgJ8IAMoAhghASADKAIUIQIgAygCECEHIAMgAygCDCINNgK8AyADIAc2ArgDIAMgAjYCtAMgAyABNgKwAyADKAIoIQggAygCJCEJIAMoAiAhCiADIAMoAhwiFzYCvAIgAyAKNgK4AiADIAk2ArQCIAMgCDYCsAIgAygCOCEMIAMoAjQhDiADKAIwIQQgAyADKAIsIho2AtwCIAMgBDYC2AIgAyAONgLUAiADIAw2AtACIAMoAkghBSADKAJEIQYgAygCQCELIAMgAygCPCIbNgL8AiADIAs2AvgCIAMgBjYC9AIgAyAFNgLwAiADIA1BmN+olARqIhw2AlggAyAHQZGJ3YkHaiIdNgJUIAMgAkGxiPzRBGsiHjYCUCADIAFB28iosgFrIh82AkwgA0HQA2oiDSADQfAAaiIBIANB4ABqIgIgA0HMAGoiBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIB42AowBIAMgHzYCiAEgAyAcNgKEASADIB02AoABIAcgAiABIANBgAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCADIBdB24TbygNqIhc2AlggAyAKQfGjxM8FaiIKNgJUIAMgCUHc+oHuBmsiCTYCUCADIAhBq8KOpwVrIgg2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAk2ApwBIAMgCDYCmAEgAyAXNgKUASADIAo2ApABIAcgAiABIANBkAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCADIBpB6KrhvwJrIgg2AlggAyAEQYG2jZQBaiIJNgJUIAMgDkG+i8ahAmoiCjYCUCADIAxBw/uxqAVqIgw2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2AqwBIAMgDDYCqAEgAyAINgKkASADIAk2AqABIAcgAiABIANBoAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCADIBtB9Lr5lQdqIgg2AlggAyALQYKchfkHayIJNgJUIAMgBkHZ8o+hBmsiCjYCUCADIAVBjJ2Q8wNrIgw2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2ArwBIAMgDDYCuAEgAyAINgK0ASADIAk2ArABIAcgAiABIANBsAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCADQZADaiIIIANBsANqIgkgA0GwAmoiCiADQdACaiIMIANB8AJqIg4QGyADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQb+sktsBayILNgJYIAMgBkH68IaCAWsiBjYCVCADIAVBxruG/gBqIgU2AlAgAyAEQczDsqACaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMASADIAQ2AsgBIAMgCzYCxAEgAyAGNgLAASAHIAIgASADQcABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBsgAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0Hv2KTvAmoiCzYCWCADIAZBqonS0wRqIgY2AlQgAyAFQdzTwuUFaiIFNgJQIAMgBEHakea3B2oiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC3AEgAyAENgLYASADIAs2AtQBIAMgBjYC0AEgByACIAEgA0HQAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAbIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJBrt2GvgZrIgs2AlggAyAGQZPzuL4FayIGNgJUIAMgBUG4sPP/BGsiBTYCUCADIARBuYCahQRrIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwBIAMgBDYC6AEgAyALNgLkASADIAY2AuABIAcgAiABIANB4AFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGyADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQY3o/8gDayILNgJYIAMgBkG53eHSAmsiBjYCVCADIAVB0capNmoiBTYCUCADIARB59KkoQFqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AvwBIAMgBDYC+AEgAyALNgL0ASADIAY2AvABIAcgAiABIANB8AFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAKIAwQGyADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQYWV3L0CaiILNgJYIAMgBkG4wuzwAmoiBjYCVCADIAVB/Nux6QRqIgU2AlAgAyAEQZOa4JkFaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKMAiADIAQ2AogCIAMgCzYChAIgAyAGNgKAAiAHIAIgASADQYACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOEBsgAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0HU5qmoBmoiCzYCWCADIAZBu5WoswdqIgY2AlQgAyAFQdLt9PEHayIFNgJQIAMgBEH7prfsBmsiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCnAIgAyAENgKYAiADIAs2ApQCIAMgBjYCkAIgByACIAEgA0GQAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAbIAMoArADIQQgAygCtAMhBSADKAK4AyEGIAMgAygCvANB366A6gVrIgs2AlggAyAGQbWzlr8FayIGNgJUIAMgBUGQ6dHtA2siBTYCUCADIARB3dzOxANrIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwCIAMgBDYCqAIgAyALNgKkAiADIAY2AqACIAcgAiABIANBoAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAKIAwgDiAIIAkQGyADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQeevtPMCayILNgJYIAMgBkHc85vLAmsiBjYCVCADIAVB+5TH3wBrIgU2AlAgAyAEQfDAqoMBaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMAiADIAQ2AsgCIAMgCzYCxAIgAyAGNgLAAiAHIAIgASADQcACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKEBsgAygC0AIhBCADKALUAiEFIAMoAtgCIQYgAyADKALcAkGWgpPNAWoiCzYCWCADIAZBiNjd8QFqIgY2AlQgAyAFQczuoboCaiIFNgJQIAMgBEG1+cKlA2oiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AIgAyAENgLoAiADIAs2AuQCIAMgBjYC4AIgByACIAEgA0HgAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAbIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBs5nwyANqIgs2AlggAyAGQcrU4vYEaiIGNgJUIAMgBUHPlPPcBWoiBTYCUCADIARB89+5wQZqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowDIAMgBDYCiAMgAyALNgKEAyADIAY2AoADIAcgAiABIANBgANqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGyADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQe6FvqQHaiILNgJYIAMgBkHvxpXFB2oiBjYCVCADIAVB7I/e2QdrIgU2AlAgAyAEQfj745kHayIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAyADIAQ2AqgDIAMgCzYCpAMgAyAGNgKgAyAHIAIgASADQaADahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBsgAygCsAMhCCADKAK0AyEJIAMoArgDIQogAyADKAK8A0GGgIT6BmsiDDYCWCADIApBlaa+3QVrIgo2AlQgAyAJQYm4mYgEayIJNgJQIAMgCEGOjrrMA2siCDYCTCADQcADaiABIAIgBxAdIAMgAykCwAM3A3AgAyADKQLIAzcDeCADIAk2AtwDIAMgCDYC2AMgAyAMNgLUAyADIAo2AtADIAcgAiABIA0QHSADIAMpAlQiIDcDaCADIAMpAkwiITcDYCADKAJ8IA9qIQ8gAygCeCAQaiEQIAMoAnQgE2ohEyADKAJwIBRqIRQgIKcgEmohEiAhpyAWaiEWIAMoAmwgEWohESADKAJkIBVqIRUgGSEBDAELCyAAIA82AhwgACAQNgIYIAAgETYCFCAAIBI2AhAgACATNgIMIAAgFDYCCCAAIBU2AgQgACAWNgIAIANB4ANqJAAL4QgCB38BfiMAQTBrIgUkAAJAAkAgAgRAAkAgBK0gAkEDdCIHQQhrIghBA3atfiIMQiCIUARAIAFBCGohAiAMpyEKIAEhBgNAIAdFDQIgB0EIayEHIAYoAgQhCSAGQQhqIQYgCSAKaiIKIAlPDQALCyMAQRBrIgAkACAAQTU2AgQgAEG4xsAANgIAIAAgAK1CgICAgJAFhDcDCEHNgcAAIABBCGpB8MbAABCJAQALIAVBCGogCkEBQQEQZCAFQQA2AhwgBSAFKQMINwIUIAVBFGogASgCACIGIAYgASgCBGoQ7gEgCiAFKAIcIgFrIQYgBSgCGCABaiEHAkACQAJAAkACQAJAIAQOBQABAgMEBQsDQCAIRQ0HIAIoAgAhBCACKAIEIQEgB0EAIANBAEGoxsAAELMBIAVBIGogByAGIAEQjgEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQajGwAAQswEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNBiACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBARCOASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQFBqMbAABCzASAJIAcgBiABEI4BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGoxsAAELMBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQUgAigCACEEIAIoAgQhASAFQSBqIgkgByAGQQIQjgEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ECQajGwAAQswEgCSAHIAYgARCOASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBqMbAABCzASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0EIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEDEI4BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBA0GoxsAAELMBIAkgByAGIAEQjgEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQajGwAAQswEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNAyACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBBBCOASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQRBqMbAABCzASAJIAcgBiABEI4BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGoxsAAELMBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQIgAigCACEJIAIoAgQhASAFQSBqIgsgByAGIAQQjgEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgAyAEQajGwAAQswEgCyAHIAYgARCOASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAJIAFBqMbAABCzASAIQQhrIQggAkEIaiECDAALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACAFKQIUNwIAIAAgCiAGazYCCAsgBUEwaiQAC7EJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBygCACEIIAcoAgQhBANAAkAgCCIDIARGDQAgByADQQFqIgg2AgAgAy0AACIGQdwARg0AIAZB/wBrQf8BcUGhAUsNAQsLAkAgAyAERw0AIAJBOGpB6Y3AAEEIIAAgARCyASACKAI8IQQgAigCOCEIIAJBMGpB8Y3AAEEHIAAgARCyASAIIgNFBEAgAigCMCIDRQ0BIAIoAjQhBAsgAkEBOwFoIAJCADcCXCACIAM2AlQgAiADNgJMIAJBIzYCSCACQq+AgIDwBzcCQCACIAQ2AmQgAiAENgJQIAIgAyAEajYCWCACQdQAaiEBAkACQANAIAJBKGogARBKIAIoAiwiBUGAgMQARg0BIAIoAighCUEAIQADQCAAQQxGDQEgAkFAayAAaiAAQQRqIQAoAgAgBUcNAAsLIAMgAigCYCIBaiEAIAkgAWshBQwBC0EAIQAgAi0AaQ0AAkAgAi0AaEEBRgRAIAIoAmQhAyACKAJgIQEMAQsgAigCZCIDIAIoAmAiAUYNAQsgAigCTCABaiEAIAMgAWshBQtBACEEIAJBIGogAEEBIAAbIgEgBUEAIAAbIgBB2wAQcQJAAkACQCACKAIgIgoEQCACQUBrIAogAigCJEHdABBLIAIoAkAiAUUNAiACKAJEIQAgAkEYaiACKAJIIAIoAkwiA0E6EHEgAigCGCIERQ0BIAIoAhwhCQwDCyACQUBrIAEgAEE6EEsgAigCQCIDRQ0CIAIoAkwhCSACKAJIIQQgAigCRCEAIAMhAQwCC0EAIQQgA0UNAQtBACEFDAELIAIgADYCcCACIAE2AmxBACEFIAIgCkEARzoAdyAARQ0AIAIgATYCQCACIAAgAWo2AkQgAkFAayILKAIAIQcgCygCBCEMIAJB9wBqLQAAQQFxIQ0DQAJAIAciAyAMRg0AIAsgA0EBaiIHNgIAIAMtAAAhBiANRQRAIAZBMGtB/wFxQQpJIAZB3wFxQcEAa0H/AXFBGklyIAZB3wBGIAZBLWtBAklycg0CDAELIAZBLkYgBkEwa0H/AXFBC0lyIAZB3wFxQcEAa0H/AXFBBklyDQELCyADIAxHDQACQAJAIARFBEAgCEUNAQwCCyAIIAQgCUEFEHAiBUVyDQILIApFBEAgASAAQfiNwABBCRA7DQEgAkH4AGoiAyABIABBLhDIASACQRBqIAMQJCACIAIpAxA3AkBBACEFIAJBQGtBkI7AABCjAUUNAiACIAIpAng3A0AgAiACKQKAATcDSCACIAIpAogBNwNQIAIgAigCkAE2AlggAiACLwGcATsBZCACIAIpApQBNwJcQQQhAANAIABBAWshACACQQhqIAJBQGsQJCACKAIIDQALIAANAgNAIAIgAkH4AGoQJCACKAIAIgBFIQUgAEUNAyAAIAIoAgQiAUEDEHBFDQNBACEDA0AgAQRAIANBCmwgAC0AAEEwa0H/AXFqIQMgAUEBayEBIABBAWohAAwBCwsgA0GAAkkNAAsMAgsgAkHsAGpBhI7AABDfASEFDAELQQEhBQsgAkGgAWokACAFC6EHAgR/CH4jAEEgayIEJAACQAJAIAJBE00NACABLQAEQS1HDQAgAS0AB0EtRw0AIAEtAAoiA0EgRiADQfQARnJFIANB1ABHcQ0AIAEtAA1BOkcNACABLQAQQTpHDQAgBCACNgIMIAQgATYCCCAEQRBqIgMgBEEIaiIFQQBBBBAJAn4CQAJAAkAgBCkDEEIBUg0AIAQpAxghCSADIAVBBUEHEAkgBCkDEEIBUg0AIAQpAxghByADIAVBCEEKEAkgBCkDEEIBUg0AIAQpAxghCiADIAVBC0ENEAkgBCkDEEIBUg0AIAQpAxghCyADIAVBDkEQEAkgBCkDEEIBUg0AIAQpAxghDCADIAVBEUETEAkgBCkDEEIBUiAHQgF9QgtWciAKQgBXcg0AIAQpAxghDUIfIQgCQCAHQgtWDQBCASAHhkLQFINQBEAgB0ICUg0BQh1CHUIcIAlC5ACBQgBSG0IcIAlCA4NQGyAJQpADgVAbIQgMAQtCHiEICyAIIApUIAtCF1VyIAxCO1UgDUI8VXJyDQBBEyEDIAEtABNBLkYEQEEUIQMDQAJAIAIgA0YEQCACIQMMAQsgASADai0AAEEwa0H/AXFBCUsNACADQQFqIQMMAQsLIANBFEYNAQsgAiADTQ0AAkACQAJAAkAgASADai0AACIGQStrDgMCBAEACyAGQfoARwRAIAZB2gBHIANBAWogAkdyDQQMBgsgA0EBaiACRg0FDAMLIANBBmogAkcNAiACIANBA2oiBUsEQCABIAVqLQAAQTpGDQIMAwsgBSACQczFwAAQZwALIANBBmogAkcNASADQQNqIgUgAk8NAiABIAVqLQAAQTpHDQELIARBEGoiASAEQQhqIgIgA0EBaiAFEAkgBCgCEEUNACAEKQMYIQggASACIANBBGogA0EGahAJIAQpAxBCAVIgCEIXVXINACAEKQMYIg5CO1UNAEIAIA5CPH4gCEKQHH58Igh9IAggBkErRhsMAwsgAEIANwMADAQLIAUgAkHMxcAAEGcAC0IACyEIIABCATcDACAAIAxCPH4gC0KQHH58IA18IAh8IAogB0IJfEIMgadBmQFsQQJqwUEFba3DfCAJIAdCA1OtfSIHIAdCkAN/IglCkAN+fUI/hyAJfCIJQrH1CH58IAlC8Hx+IAd8IgdCBH98IAdC7QJ+fCAHQpx/f3xC7fQrfUKAowV+fDcDCAwBCyAAQgA3AwALIARBIGokAAvdBgEFfwJAAkACQAJAAkACQAJAIABBBGsiBygCACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oiBiAESRsNAQJAIAJBCU8EQCACIAMQEiICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0ELSRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUCQCABIARLBEAgBUHM1MAAKAIARg0BQcjUwAAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoiBCABSQ0JIAUgCBATIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYCBCAEIAZqIgQgBCgCBEEBcjYCBCABIAUQDgwJCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgQMCAtBwNTAACgCACAEaiIEIAFJDQgCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgRBACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVBAXI2AgQgBCAGaiIEIAU2AgAgBCAEKAIEQX5xNgIEC0HI1MAAIAE2AgBBwNTAACAFNgIADAcLIAQgAWsiBEEPTQ0GIAcgASAIQQFxckECcjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAEEA4MBgtBxNTAACgCACAEaiIEIAFLDQQMBgsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAiA0F4cSIHIAFBBEEIIANBA3EiARtqSQ0CIAFFIAYgB09yDQZB7MnAAEGcysAAEOABAAtBrMnAAEHcycAAEOABAAtB7MnAAEGcysAAEOABAAtBrMnAAEHcycAAEOABAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRBxNTAACABNgIAQczUwAAgBTYCAAsgBkUNACAADwsgAxACIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIgA0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABAICyACC6IGAQR/IABBCGsiASAAQQRrKAIAIgNBeHEiAGohAgJAAkAgA0EBcQ0AIANBAnFFDQEgASgCACIDIABqIQAgASADayIBQcjUwAAoAgBGBEAgAigCBEEDcUEDRw0BQcDUwAAgADYCACACIAIoAgRBfnE2AgQgASAAQQFyNgIEIAIgADYCAA8LIAEgAxATCwJAAkBB4NTAAAJ/AkACQAJAAkAgAigCBCIDQQJxRQRAIAJBzNTAACgCAEYNAiACQcjUwAAoAgBGDQMgAiADQXhxIgIQEyABIAAgAmoiAEEBcjYCBCAAIAFqIAA2AgAgAUHI1MAAKAIARw0BQcDUwAAgADYCAA8LIAIgA0F+cTYCBCABIABBAXI2AgQgACABaiAANgIACyAAQYACSQ0EIAEgABAVQeDUwABB4NTAACgCAEEBayIANgIAIAANBkGo0sAAKAIAIgANAkH/HwwDC0HM1MAAIAE2AgBBxNTAAEHE1MAAKAIAIABqIgA2AgAgASAAQQFyNgIEQcjUwAAoAgAgAUYEQEHA1MAAQQA2AgBByNTAAEEANgIACyAAQdjUwAAoAgAiAk0NBUHM1MAAKAIAIgBFDQVBxNTAACgCACIDQSlJDQRBoNLAACEBA0AgACABKAIAIgRPBEAgACAEIAEoAgRqSQ0GCyABKAIIIQEMAAsAC0HI1MAAIAE2AgBBwNTAAEHA1MAAKAIAIABqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAA8LQQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsLNgIADwsCQEG41MAAKAIAIgJBASAAQQN2dCIDcUUEQEG41MAAIAIgA3I2AgAgAEH4AXFBsNLAAGoiACECDAELIABB+AFxIgBBsNLAAGohAiAAQbjSwABqKAIAIQALIAIgATYCCCAAIAE2AgwgASACNgIMIAEgADYCCA8LQeDUwABBqNLAACgCACIABH9BACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGwVB/x8LNgIAIAIgA08NAEHY1MAAQX82AgALC/wEAgN/A34jAEHQAGsiBCQAAkAgAiADSw0AIAEoAgQhBSABKAIAIQECQCACRQ0AIAIgBU8EQCACIAVGDQEMAgsgASACaiwAAEG/f0wNAQsCQCADRQ0AIAMgBU8EQCADIAVGDQEMAgsgASADaiwAAEFASA0BCyAEIAEgA2o2AkwgBCABIAJqIgE2AkggBEHIAGoQeA0AAkACQAJAIAMgAmsiBQ4CAwABCyABLQAAIgZBK2sOAwIBAgELIAEtAAAhBgsCQAJAAkACQAJAIAZBK2sOAwECAAILIAFBAWohASAFQRFPBEAgAiADa0EBaiECA0AgAkUNBCAEQTBqIAcgB0I/hxBDIAQpAzggBCkDMCIHQj+HUg0GIARBKGogAS0AAEEKEIQBIAQoAihBAUcNBiAENQIsIglCAFIgByAHIAl9IgdVcw0GIAFBAWohASACQQFqIQIMAAsACyACIANrQQFqIQIDQCACRQ0DIARBIGogAS0AAEEKEIQBIAQoAiBBAUcNBCACQQFqIQIgAUEBaiEBIAdCCn4gBDUCJH0hBwwACwALIAVBAWshBSABQQFqIQELIAVBEE8EQANAIAVFDQIgBEEQaiAHIAdCP4cQQyAEKQMYIAQpAxAiB0I/h1INBCAEQQhqIAEtAABBChCEASAEKAIIQQFHDQQgBDUCDCEJQQAgByAHIAl8IgdVcw0EIAFBAWohASAFQQFrIQUMAAsACwNAIAVFDQEgBCABLQAAQQoQhAEgBCgCAEEBRw0CIAFBAWohASAFQQFrIQUgBDUCBCAHQgp+fCEHDAALAAsgACAHNwMIQgEhCAwBCwsgACAINwMAIARB0ABqJAALkQoCCn8BfiMAQdAAayICJAAgASABKAIIQQFqNgIIIAJBADYCLCACQoCAgIAQNwIkAkADQAJAIAJBIGogARBuIAItACBFDQAgAi0AISIDQdwARwRAIANBIkcEQCADQSBJDQIgAkEkaiADEKIBDAMLIAIoAiQhCCACQcQAaiEGIAIoAighAwJAAkAgAigCLCIFRQ0AIAVBB2siAUEAIAEgBU0bIQogA0EDakF8cSADayELQQAhAQNAAkACQAJAIAEgA2otAAAiB8AiCUEATgRAIAsgAWtBA3ENASABIApPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgAUEIaiIBIApJDQALDAILQoCAgICQICEMAkACQAJAAkACQAJAAkACQAJAIActALjOQEECaw4DAAECBwsgAUEBaiIEIAVJDQJCACEMDAYLIAFBAWoiBCAFSQ0CQgAhDAwFCyABQQFqIgQgBUkNAkIAIQwMBAsgAyAEaiwAAEG/f0oNAwwECyADIARqLAAAIQQCQAJAIAdB4AFrIgcEQCAHQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgCUEfakH/AXFBDE8EQCAJQX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyADIARqLAAAIQQCQAJAAkACQCAHQfABaw4FAQAAAAIACyAJQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyAFIAFBAmoiBE0EQEIAIQwMAgsgAyAEaiwAAEG/f0oEQEKAgICAkMAAIQwMAgtCACEMIAFBA2oiBCAFTw0BIAMgBGosAABBQEgNAkKAgICAkOAAIQwMAQtCACEMIAFBAmoiBCAFTw0AIAMgBGosAABBv39MDQFCgICAgJDAACEMCyAGIAwgAa2ENwIEIAZBATYCAAwGCyAEQQFqIQEMAgsgAUEBaiEBDAELIAEgBU8NAANAIAEgA2osAABBAEgNASAFIAFBAWoiAUcNAAsMAgsgASAFSQ0ACwsgBiAFNgIIIAYgAzYCBCAGQQA2AgALAkACQCACKAJERQRAIAIgBTYCPCACIAM2AjggAiAINgI0DAELIAIgAikCSDcCPCACIAU2AjggAiADNgI0IAIgCDYCMCAIQYCAgIB4Rw0BCyAAIAIoAjw2AgggACACKQI0NwIADAQLIABBgICAgHg2AgAgAkEwahD+AQwDCyACQRhqIAEQbiACLQAYRQ0AAkACQAJAAkACQAJAAkAgAi0AGSIDQe4Aaw4IAQcHBwIHAwYACwJAAkAgA0HiAGsOBQUICAgBAAsgA0EiRiADQS9GciADQdwARnINBQwHC0EMIQMMBAtBCiEDDAMLQQ0hAwwCC0EJIQMMAQtBCCEDCyACQSRqIAMQogEMAgsgAkEQaiABEDogAigCEEEBcUUNAAJAIAIoAhQiA0GAeHFBgLADRgRAIAFB3AAQa0UNASABQfUAEGtFDQEgAkEIaiABEDogAigCCEEBcUUNAiACKAIMIgVBgHhxQYC4A0cNAiADQQp0IAVqQYC4/xprIQMLIAJBADYCMCADQYCwA3NBgIDEAGtBgJC8f0kEQAwCCyACIAMgAkEwahBzIAJBJGogAigCACIDIAIoAgQgA2oQ7gEMAgsLCyAAQYCAgIB4NgIAIAJBJGoQ/gELIAJB0ABqJAAL+wMBCH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIFDQFBAAwCCyAAIAIgA0EBdiABKAIMEQEADAELIAEoAgwhCgNAIAJBAWohBAJAAkACQAJAIAXAQQBIBEAgBUH/AXEiCEGAAUYNASAIQcABRw0DIAYgATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQQARQ0CQQEMBgsgACAEIAVB/wFxIgIgChEBAEUEQCACIARqIQIMBAtBAQwFCyAAIAJBA2oiBCACLwABIgIgChEBAEUEQCACIARqIQIMAwtBAQwECyAHQQFqIQcgBCECDAELQaCAgIAGIQsgBUEBcQRAIAIoAAEhCyACQQVqIQQLQQAhCAJ/IAVBAnFFBEBBACEJIAQMAQsgBC8AACEJIARBAmoLIQIgBUEEcQR/IAIvAAAhCCACQQJqBSACCyEEIAVBCHEEfyAELwAAIQcgBEECagUgBAshAiAFQRBxBEAgAyAJQQN0ai8BBCEJCyAGIAVBIHEEfyADIAhBA3RqLwEEBSAICzsBDiAGIAk7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdBA3RqIgQoAgAgBiAEKAIEEQQADQIaIAdBAWohBwsgAi0AACIFDQALQQALIAZBEGokAAu2BAIDfwN+IwBBgAFrIgMkACADQgA3AyAgA0IANwMYIANCADcDECADQgA3AwggAyAANgIsIAMgAS0AQCIErSIGQjuGIAApAyAiB0IJhiIIIAZCA4aEIgZCgP4Dg0IohoQgBkKAgPwHg0IYhiAGQoCAgPgPg0IIhoSEIAdCAYZCgICA+A+DIAdCD4hCgID8B4OEIAdCH4hCgP4DgyAIQjiIhISENwMwIAEgBGpBgAE6AAAgAyADQSxqNgI8IAMgBEEBaiABQZCLwAAQnAEgAygCBCEAIAMoAgAhBQNAIAAEQCAFQQA6AAAgAEEBayEAIAVBAWohBQwBCwsCQCAEQThxQThHBEAgAUE4akEIIANBMGpBCEGgi8AAELMBIANBPGogARDtAQwBCyADQTxqIgAgARDtASADQUBrIgRBAEHAAPwLACADQfgAakEIIANBMGpBCEGwi8AAELMBIAAgBBDtAQtBACEAIAFBADoAQCADQqCAgIDAADcCTCADQQA2AkQgAyADQShqNgJAIAMgA0EIajYCSCADKAIsIQEgA0FAayIEKAIQIgVFBEBBzInAABD9AQALQQggBCgCDCAFbiIEIARBCE8bQQJ0IQQDQCAAIARHBEAgAyAAIAFqKAIAIgVB/4H8B3FBCHggBUEYeEH/gfwHcXI2AkAgA0EIaiAAakEEIANBQGtBBEGQx8AAELMBIABBBGohAAwBCwsgAkEgIANBCGpBIEGAisAAELMBIANBgAFqJAAL/wcCCX8DfiMAQSBrIgMkACADQQhqIAEQPwJAIAMtAAhFBEAgAEEGOgAADAELAkACQAJAAkACQAJAAkAgAy0ACSIIIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCAIQTBrQf8BcUEKTw0JCyADQRBqIQUjAEEwayIEJAAgAUEtEGshCSABKAIIIQICQCABEFVFBEAgBUIDNwMADAELAkAgASgCCCIGIAJJIAYgASgCBCIHS3JFBEAgASgCACACaiEHIAYgAmsiBkEBTQ0BIActAABBMEcNASAFQgM3AwAMAgsgAiAGIAdBvJLAABAXAAsDQAJAIAshDCAGIgJFDQAgBEEgaiAMQgAQQyAEKQMoQgBSDQAgAkEBayEGIActAAAhCiAHQQFqIQcgBCkDICINIApBMGutQv8Bg3wiCyANWg0BCwsCQAJAIAFBLhBrRQRAIARBGGogARCZASAELQAYBEAgBC0AGUEgckHlAEYNAgsgAkUgCXFFBEBCAkIAIAIbIQsMAwtCAUICIAxCAX1CAFkbIQtCACAMfSEMDAILIAEQVUUEQCAFQgM3AwAMAwsgBEEQaiABEJkBQgIhCyAELQAQBEAgBC0AEUEgckHlAEYNAQsMAQsgASABKAIIIgJBAWo2AgggBEEIaiABEJkBAkAgBC0ACEUNAAJAIAQtAAlBK2sOAwABAAELIAEgAkECajYCCAsgARBVBEBCAiELDAELIAVCAzcDAAwBCyAFIAw3AwggBSALNwMACyAEQTBqJAAgAykDECILQgNRDQkgAykDGCEMQQIhAgwMCyABQYeSwABBBBB1RQ0JQQAhAgwLCyABQYuSwABBBBB1RQ0BQQEhCEEBIQIMCgsgAUGPksAAQQUQdUUNAUEBIQJBACEIDAkLIABBBjoAAAwJCyAAQQY6AAAMCAsgA0EQaiABEAogAygCECIBQYCAgIB4Rg0FIAMpAhQhC0EDIQIMBgsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGUksAAECxFBEAgAEEGOgAAIAIQgQIMBwsgAygCECEBIAMpAhQhC0EEIQIMBQsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGoksAAEA9FBEAgAEEGOgAAIAIQ/wEMBgsgAygCECEBIAMpAhQhC0EFIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgDDcDECAAIAs3AwggACABNgIEIAAgCDoAASAAIAI6AAALIANBIGokAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQcjUwAAoAgBGBEAgAigCBEEDcUEDRw0BQcDUwAAgATYCACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQEwsCQAJAAkAgAigCBCIDQQJxRQRAIAJBzNTAACgCAEYNAiACQcjUwAAoAgBGDQMgAiADQXhxIgIQEyAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEHI1MAAKAIARw0BQcDUwAAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAgARAVDwsCQEG41MAAKAIAIgJBASABQQN2dCIDcUUEQEG41MAAIAIgA3I2AgAgAUH4AXFBsNLAAGoiASECDAELIAFB+AFxIgFBsNLAAGohAiABQbjSwABqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQczUwAAgADYCAEHE1MAAQcTUwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEHI1MAAKAIARw0BQcDUwABBADYCAEHI1MAAQQA2AgAPC0HI1MAAIAA2AgBBwNTAAEHA1MAAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsLvwQCB38BfiMAQUBqIgMkACAAQfsAEE8EQCADQQA2AiQgA0KAgICAwAA3AhwgA0EYaiAAED8CQCADLQAYRQ0AAkAgAy0AGUH9AEYNACACKAIQIQcDQCADQRBqIAAQPyADLQAQRQ0CIAMtABFBIkcNAiADQTRqIAAQCiADKAI0IgJBgICAgHhGDQIgAyADKQI4Igo3AiwgAyACNgIoAkACQCADKAIkIgJBgAJGDQAgAkEMbCECIAMoAiAiBUEEaiEEIANBKGoiBigCBCEIIAYoAgghBgNAAkAgAkUNACAGIAUoAghGBEAgBCgCACAIIAYQ+QENAQsgBUEMaiEFIAJBDGshAiAEQQxqIQQMAQsLIAINACADQQhqIAAQPyADLQAIRQ0AIAMtAAlBOkcNACAAIAAoAghBAWo2AgggASAAIAqnIApCIIinIAcRBgBFDQAgAygCJCIFIAMoAhxGBEAjAEEQayICJAAgAkEIaiADQRxqIgQgBCgCAEEBQQRBDBArIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ3gEACyACQRBqJAALIAMoAiAgBUEMbGoiAiADKAIwNgIIIAIgAykCKDcCACADIAVBAWo2AiQgAyAAED8gAy0AAEUNBCADLQABIgJBLEYNASACQf0ARw0EDAMLIANBKGoQ/gEMAwsgACAAKAIIQQFqNgIIDAALAAtBASEJIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBHGoQggILIANBQGskACAJC4gDAQd/IwBBMGsiAyQAAkAgAkEDcUEBRgRAIABBgICAgHg2AgAMAQsgA0EIaiACQQJ2QQNsQQJqQQFBARBkIANBADYCHCADIAMpAwg3AhRB543AAC0AACEIQeiNwAAtAAAhCQNAAkACQAJAIAIEQCABLQAAIgVBwQBrIgZB/wFxQRpJDQMgBUHhAGtB/wFxQRpJDQICQCAFQTBrQf8BcUEKTwRAIAUgCEcNAUE+IQYMBQsgBUEEaiEGDAQLIAUgCUcNAUE/IQYMAwsgAyADKAIcNgIoIAMgAykCFDcDICAEBEAgAEGAgICAeDYCACADQSBqEP4BDAULIAAgAygCHDYCCCAAIAMpAhQ3AgAMBAsgAEGAgICAeDYCACADQRRqEP4BDAMLIAVBxwBrIQYLIAZB/wFxIARBBnRyIQQCQCAHQQFNBEAgB0EGaiEHDAELIANBFGogBCAHQQJrIgd2EKIBIARBfyAHdEF/c3EhBAsgAUEBaiEBIAJBAWshAgwACwALIANBMGokAAvOAwIDfwF+IwBBgAFrIgQkACAEQQxqIgUgAiADQS8QyAEgBEEBNgI0IARBOGoiAiAFECACQAJAIAQoAjgiA0GAgICAeEYNACAEIAQpAjwiBzcCdCAEIAM2AnAgACABIAenIAdCIIinEEchACAEQfAAahD+ASAARQ0AIAIgBUEs/AoAAANAIARB5ABqIARBOGoQICAEKAJkQYCAgIB4Rg0CIAQgBCgCbCIDNgJ4IAQgBCkCZDcDcEEBIQUCQCADQQVPDQAgBEHwAGpBmKDAABCxAUUEQCAEKAJ0IwBBEGsiAiQAIAJBADYCDCACQTAgAkEMahBzIAMgAigCACACKAIEEM4BIAJBEGokAA0BIAQoAnghAwtBACEBIAQoAnQhAgNAIANBAEchBSADRQ0BIAItAABBMGtB/wFxIgYgAUEKbGohASADQQFrIQMgAkEBaiECIAZBCkkNAAsLAkACQAJAAkAgAC0AAEEEaw4CAQADCyAAKAIIIAAoAgwgBCgCdCAEKAJ4EEciAA0BDAILIAUNASABIAAoAgxPDQEgACgCCCABQRhsaiEACyAEQfAAahD+AQwBCwsgBEHwAGoQ/gELQQAhAAsgBEGAAWokACAAC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAIiAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQDgwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEEA4LIABBCGohAwsgAwuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGg0cAAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBuNTAAEG41MAAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0G81MAAQbzUwAAoAgBBfiAAKAIcd3E2AgALyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQbQ0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBvInAABAXAAsgACAUNgIAIApBEGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFBgICACE8NABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QaDRwABqIQRBASACdCIDQbzUwAAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEG81MAAQbzUwAAoAgAgA3I2AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggLrFQCEX8FfiMAQZACayILJAAgCyACNgIEIAsgATYCACALIAM2AgggCyAENgIMIAsgBTYCECALIAY2AhQgCyAHNgIYIAsgCDYCHCALIAk5AyAgCyAANgKIAiALIAtBjwJqIgA2AoQCIAsgADYCgAIgCyAANgL8ASALIAtBIGo2AvgBIAsgADYC9AEgCyAANgLwASALIAtBHGo2AuwBIAsgC0EYajYC6AEgCyAANgLkASALIAA2AuABIAsgC0EUajYC3AEgCyALQRBqNgLYASALIAA2AtQBIAsgADYC0AEgCyALQQxqNgLMASALIAtBCGo2AsgBIAsgADYCxAEgCyAANgLAASALIAtBBGo2ArwBIAsgCzYCuAEgC0EoaiEYIwBBwAFrIgYkAAJAAkAgC0G4AWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkGajMAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZB/4vAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQggEgBkEANgJIIAYgBigCNCIENgJQIAYgBigCMCIFNgJMIAZB1ABqIAAoAhAoAgAgACgCFCgCABBTIAZB4ABqIAAoAiAoAgAgACgCJCgCABBTIAZB7ABqIAAoAjAoAgAgACgCNCgCABChAQJAAkAgAQ0AIAYoAlRBgYCAgHhGDQAgBigCYEGBgICAeEYNACAGKAJsQYCAgIB4Rg0AIAYgBikCVDcDkAEgBiAGKAJcNgKYASAGIAYpAmA3A6ABIAYgBigCaDYCqAEgBiAGKAJ0NgK4ASAGIAYpAmw3A7ABIAAoAkArAwAhCSAGIAYoAkQ2AoABIAYgBikCPDcDeCAGIAQ2AowBIAYgBTYCiAEgBigCeCECIAZBkAFqIQcgBkGgAWohCiAGQbABaiENIwBBwAFrIggkAAJAIAIoAgBBgICAgHhHBEAgAi8BGCETIAhBkAFqIQAjAEEgayIBJAAgAigCBCEWIAEgAigCCCIPQQRBFBBkIAEoAgAiDiAPQf////8DcSIDIAMgDksbIQxBACEDIAEoAgQhEQNAIAwEQCABQQxqIAMgFmoQ1wEgAyARaiIQIAEoAhw2AhAgECABKQIUNwIIIBAgASkCDDcCACAMQQFrIQwgA0EUaiEDDAELCyAAIA82AgggACARNgIEIAAgDjYCACABQSBqJAAgCEGcAWogAkEMahBgIAggEzsBqAEjAEEgayIBJAAgASAFIAQQRgJAAkAgASgCBCICIAEoAggiA0G1rsAAQQQQxQFFBEAgAiADQZewwABBBxDFAUUNAQsgCEIANwOIASAIQoCAgIDAADcDgAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEP4BDAELIAFBAzYCDCAIQQhqIAFBDGoQpwEgCEKAgICAwAA3A4ABIAhCADcDiAEgCEICNwMAIAEQ/gEgABD0AQsgAUEgaiQAIBggCEGQAfwKAAAgDRD+ASAKEOEBIAcQ4QEMAQsgCEGQAWoiESAFIAQQUiAIIAcoAgg2ArABIAggBykCADcCqAEgCCAKKQIANwK0ASAIIAooAgg2ArwBIAggDSkCADcCnAEgCCANKAIINgKkASAJ/AYhHiMAQbAEayIEJAAgBEEIaiARQRhqEMsBIAJBBGooAgAiFkEIaiINIQIgBCgCCCEDIAQoAgwhCiMAQSBrIgAkACAEQeABaiIFAn8gBQJ/IAIoAkhBgICAgHhHBEAgAwRAIAIoAlBBDGwhASACKAJMIQcDQEEEIAFFDQQaIAAgBzYCCCAAIAMgChAyIAAgACkDADcCFCABQQxrIQEgB0EMaiEHIABBCGoiAiAAQRRqIgwQpgFFDQALQQRBKBDPASEBIAIgAyAKEFIgDEH+scAAQQYQUiABQRs2AgQgAUHjscAANgIAIAFBBDYCGCABQYSywAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEM8BIQEgAEEUakH+scAAQQYQUiABQQQ2AgQgAUGEssAANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQzwEhASAAQRRqQYilwABBARBSIAFBGzYCBCABQeOxwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAUgATYCCCAFIAI2AgRBFQs2AgAgAEEgaiQAAkACQAJAIAQoAuABQRVHBEAgBCAEKALwATYCMCAEIAQpAugBNwMoIAQgBCkC4AE3AyAgCEEIaiAEQSBqEKcBIAhCgICAgMAANwOAASAIQgA3A4gBIAhCAjcDAAwBCyAEIAQoAuwBNgIYIAQgBCkC5AE3AxAgBEG8AWogESgCBCARKAIIEEYCQAJAIAQoAsABIgAgBCgCxAEiAUGXsMAAQQcQxQFFBEAgACABQbWuwABBBBDFAQ0BIARBAzYC4AEgBEFAayAEQeABahCnASAEQgI3AzgMAgsgBEEFNgKMAiAEQYy0wAA2AogCIARBFjYChAIgBEH2s8AANgKAAiAEQTI2AvwBIARBxLPAADYC+AEgBEEcNgL0ASAEQaizwAA2AvABIARBDTYC7AEgBEGbs8AANgLoASAEQRw2AuQBIARB/7LAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIFIARB4AFqIgBrQQR2QQRBFBBkIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiIKIAUgACIBa0EEdiICELkBIAopAgQhGyAHIApBCGo2AgQgByAbQiCJNwIIIwBBIGsiDSQAIAdBBGoiDCgCBCEKIAwoAgAgACAFRwRAIAwoAgggCkEUbGohBSACIApqIQogDUEUaiEMA0AgASkCACEbIAwgAUEIaigCACABQQxqKAIAEFIgBSAbNwIAIAUgDSkCFDcCCCAFIA0oAhw2AhAgAUEQaiEBIAVBFGohBSACQQFrIgINAAsLIAo2AgAgDUEgaiQAIAdBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACAAQZWgwABBARBSIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQKyAAKAIIIgFBgYCAgHhHBEAgASAAKAIMEN4BAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABBjLHAADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEDIBYoAoABIQxBACEFIwBBkAFrIgIkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBEoAhQiAUGAgARNBEAgAkEYaiARQSRqEMsBAkAgAigCGCIKRQ0AIAJBEGogCiACKAIcEB4gAkHgAGogAigCECACKAIUQSAQSyACKAJgIgBFDQAgAigCbCEHIAIoAmghDyAAIAIoAmRB3bHAAEEGEDsEQCACQQhqIA8gBxAeIAIoAgwhCiACKAIIIQULAkAgBUUgCkVyDQAgBSAKQfeywABBBRDOAQ0AIAUgCkH8ssAAQQMQzgFFDQELQQAhBQsgAiARKAIQIgcgARAeQQIhACACKAIERQ0GIAJB4ABqIAcgARAvAn8CQCACLQBgIgFBBUcEQCAFRQ0BQRUhB0ECDAILIAIgAigCbDYCWCACIAIpAmQ3A1AgAiACQdAAajYCfCAMLQCDAUUNByACQeAAaiACQfwAakGIssAAQQsQNyACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIAAEQCACQTRqIAAgARBSQQAhAAwECyACQeAAaiACQfwAakH8rcAAQQ0QNyACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIABFDQcgAkE0aiAAIAEQUkEBIQAMAwsgAkE0NgI0QQEhB0GYssAACyEAIAIgBzYCLCABQQVPDQQgAkHgAGoQpAEMBAsgA0ECNgIADAwLIAIgADYCMEEVIQcMAQsgAiACKQJsNwI4IAIgATYCNCACIAA2AjAgAiAHNgIsCyACQdAAahD/AQsgB0EVRg0BDAILIAJB4ABqIAJB/ABqQZOywABBBRA3IAIoAmghASACKAJkIQAgAigCYCIHQRVHBEAgAiACKQJsNwI4IAIgATYCNCACQdAAahD/AQwCCwJAIAAEQCACQYABaiAMIAAgARCaAQwBCyACQQI2AoABCyACIAIpAogBNwI4IAIgAikCgAE3AjAgAkHQAGoQ/wEgAigCMCEACyACIAIpAjQ3A0AgAiACKAI8NgJIIABBAkYNASACIAIoAkg2AmwgAiACKQNANwJkIAIgADYCYAwCCyACIAIoAjwiATYCKCACIAIpAjQiGzcDICADIAE2AhAgAyAbNwIIIAMgADYCBCADIAc2AgAMBQsgBUUNASACQeAAaiAMIAUgChCaAQsgAigCbCIBQYDAAEsNAQJAAkAgAigCYEUEQEEAIQAgAigCaCEFQQAhBwNAIAAgAUcEQCAAIAVqIQogAEEBaiEAIAcgCi0AAEEuRmohBwwBCwsgB0ECRg0BIANBGzYCCCADQZqxwAA2AgQgA0EBNgIADAULIAIgAigCaCIANgIsIAIgACABajYCMCACQSxqIgUoAgAhACAFKAIEIQcDQCAHIAAiAUcEQCAFIABBAWoiADYCACABLQAAQf8Aa0H/AXFBoQFLDQELCyABIAdHDQELIAMgAikCaDcCDCADIAIpAmA3AgQgA0EVNgIADAQLIANBKDYCCCADQbWxwAA2AgQgA0EBNgIADAILIANBADYCAAwCCyADQQI2AgALIAJB5ABqEP4BCyACQZABaiQAIAQpAuwBIRsgBCgC6AEhAiAEKALkASEAAkACQCAEKALgASIFQRVHDQACQAJAIABBAUYEQCAEIAI2AsgDIAQgGzcCzAMgG6chCiAbQiCIpyEMIwBB8ABrIgAkACANKAJUIQEgAEERNgIoIABB6q3AADYCJCAAQRM2AiACQCABQYCAgIB4RgRAIAMgAEEoaiIBKAIINgIUIAMgASkCADcCDCADQeqtwAA2AgggA0KAgICAuAI3AgAMAQsgAEEgahDdASAAQQhqIA1B7ABqEMsBIAAoAgwhByAAKAIIIQEgAEENNgIoIABB36XAADYCJCAAQRM2AiAgAUUEQCADQQ02AgwgA0HfpcAANgIIIANCgICAgLgCNwIADAELIABBIGoiBRDdASAAIAc2AjQgACABNgIwIABBATYCLCAAQfutwAA2AiggACANKQNYNwIgIABByABqIgcgBUEDEPEBIABBFGoiDyAAKAJMIAAoAlBB6YzAAEEBEBggBxD+ASAAQQA2AiggAEKAgICAEDcCICAFEPIBQfytwABBDRDjASAKIAwQ6gEQgAIiASkCACEbIAFBADYCACAAIAEoAgg2AkAgACAbNwM4IABBADYCKCAAQQE2AiQgARD+ASAAQRk2AlQgAEGJrsAANgJQIAAgDSkCZDcCSCADIAdBAhDxAUEEQSgQzwEhASAAIAApAhg3AiggAEEGNgIkIABBoq7AADYCICAAQdgAaiAFQQIQ8QEgAEHkAGpBs5HAAEEQEFIgAUENNgIEIAFBqK7AADYCACABQQw2AhggAUHDkcAANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCADQQI2AhQgAyABNgIQIANBAjYCDCADIAApAzg3AhggAyAAKAJANgIgIANBBDYCKCADQbWuwAA2AiQgDxD+AQsgAEHwAGokACAEIAQpAuwBNwOIAyAEIAQoAvQBNgKQAyAEKALoASEAIAQoAuQBIQUgBCgC4AEiB0GAgICAeEcNASAEKAKIAyECIAQpAowDIRsgBEHIA2oQ/gEMAwsgBCACNgLwAiAEIBs3AvQCIAwoAnAiASAMKAJ0aiECIwBBIGsiACQAIABBCGogAiABayIHQQRBCBBkIABBADYCHCAAIAApAwg3AhQjAEEQayIDJAAgAEEUaiIFIAcQugEgBSkCBCEfIAMgBUEIajYCBCADIB9CIIk3AgggA0EEaiIKKAIEIQUgCigCACABIAJHBH8gAiAFaiABayAKKAIIIAVBA3RqIQIDQCABLQAAIQUgAkEEakEFNgIAIAIgBRDsATYCACABQQFqIQEgAkEIaiECIAdBAWsiBw0ACwUgBQs2AgAgA0EQaiQAIARB/AJqIgEgACgCHDYCCCABIAApAhQ3AgAgAEEgaiQAIARB4AFqIQMgBCgCgAMhEyAEKAKEAyEXQQAhCiMAQbACayICJAAgAkEoaiIAIBunIBtCIIinQS4QyAEgAkEgaiAAECQgAigCJCEPIAIoAiAhByACQRhqIAAQJCACKAIcIQ4gAigCGCEMIAJBEGogABAkIAIoAhQhFSACKAIQIRAgAkEIaiAAECQCQAJAIBBFIAdFIAxFcnJFBEAgAigCCEUNAQsgA0EjNgIMIANB9pDAADYCCCADQoCAgICIgICAgH83AgAMAQsgAkH4AWoiACAHIA8QECACQRc2AmQgAkH7jsAANgJgQYCAgIB4IQEgAkGAgICAeDYCXCACQbgBaiAAIAJB3ABqEGggAiACKQK8ATcDoAIgAiACKALEATYCqAIgAigCuAFBAUYEQCADIAIoAqgCNgIMIAMgAikDoAI3AgQgA0GAgICAeDYCAAwBCyACIAIoAqgCIgU2AlggAiACKQOgAjcDUAJAIAVBgIAQSw0AIAIoAlQhACACQgA3AsABIAIgBTYCvAEgAiAANgK4ASACQYCAgIB4NgKQAiACQYCAgIB4NgKgAiACQQA6AKgBIAIgAkGoAWo2AoACIAIgAkGgAmoiFDYC/AEgAiACQZACajYC+AECQCACQbgBaiIAQcyOwABBAyACQfgBakHkjsAAEIgBRQ0AIAAQnwFFDQAgAigCkAIiAEGAgICAeEYEQCAUEOEBDAILIAItAKgBIQogAikCpAIhHCACKAKgAiEFIAIpApQCIR0gACEBDAELIAJBoAJqEOEBIAJBkAJqEOEBCyACQSc2AsABIAJBko/AADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIRwgA0EnNgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAJBuAFqIhQQ4gEgAiAKOgB0IAIgHDcCbCACIAU2AmggAiAdNwJgIAIgATYCXCACIB03ArgBIAJB6ABqIQACQCAUIBMgFxBaRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHEL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIAwgDhAQIAJBGDYCgAIgAkG5j8AANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEGggAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgABA+IAJBHDYCwAEgAkHRj8AANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHDcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAcNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDiASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASAQIBUQECACQRo2AoACIAJB7Y/AADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGggAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpBjJDAABCxARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDDYCiAIgAkEBNgKEAiACQZSQwAA2AoACIAIgDzYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEPEBIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ/gEgAkHQAGoQ/gEMCAsgA0E1NgIMIANBlZDAADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ/gELIAJBmAFqEP8BCyACQYgBahD+AQsgAkH4AGoQ/gEgAkHcAGoQ/gEMAwsgA0EsNgIMIANBypDAADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqEP4BIAIoAmghBQsgBUGAgICAeEYNACAAEP4BCyACQdAAahD+AQsgAkGwAmokACAEKALsASECIAQoAuQBIQMCQAJAIAQoAuABIgFBgICAgHhGBEBBBiEFIAQoAugBIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAq0hG0EFIQUgACECIAMhAAsgACEBDAELIAQoAugBIRMgBCkC8AEhGyAEQaADaiIXIARB+AFqQST8CgAAIAQgGzcCmAMgBCACNgKUAyAEIBM2ApADIAQgAzYCjAMgBCABNgKIAyAEQeABaiEHIAQoArwDIQwgBCgCwAMhDyMAQcABayIFJAAgDSgCeCEOIAVBmAFqIAwgD0GllsAAEC4CQCAFKAKYAUEBRgRAIAUoApwBIQAgBSkDoAEhGyAHIAUpA6gBNwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAELIAUpA6gBIRsgBSgCoAEgBUEaNgKgASAFQeygwAA2ApwBIAVBCDYCmAFFBEAgByAFKQKcATcCDCAHQQg2AgggB0ICNwMADAELIAVBmAFqIgAQ3QECQAJAQv///////////wAgG0I8fCIcIBsgHFUbIB5VBEAgACAMIA9BhqHAABAuIAUoApgBBEAgBSgCnAEhACAFKQOgASEbIAcgBSkDqAE3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMBAsgHkI8fCEcIAUpA6ABQgFRBEAgBSkDqAEgHFUNAgsgBUGYAWogDCAPQaKWwAAQLiAFKAKYAQRAIAUoApwBIQAgBSkDoAEhGyAHIAUpA6gBNwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLAkACQAJAIAUpA6ABQgFRBEAgBSkDqAEgHFUNAQsgBUHgAGogDCAPQYmhwABBAxBHEHQgBSgCYCIARQ0BIAUoAmQhAiAOLQCBAUUEQCAFQdgAaiAAIAIQMiAFKAJYIgBFDQIgBSgCXCECCyAFIAA2ApgBIAUgAjYCnAEgDSgCLEEMbCEAIA0oAighAgNAIABFDQIgAEEMayEAIAUgAjYCjAEgAkEMaiECIAVBjAFqIAVBmAFqEKYBRQ0AC0G5icAAIA4oAngiFSAOKAJ8IhQQgQENAgwFCyAHQgI3AwAgB0EKNgIIDAULIAdCAjcDACAHQQs2AggMBAsgDCAPQYyhwABBAxBHQY+hwABBEhApRQ0CIAdCAjcDACAHQRA2AggMAwsgB0ICNwMAIAdBCTYCCAwCCyAHQgI3AwAgB0EKNgIIDAELQQMhEEGTlsAAIQoCQAJAQaGhwAAgFSAUEIEBRQ0AIAVB0ABqIAwgD0GiocAAQQkQRxB0IAUoAlAiAEUNASAAIAUoAlQiAkHUlsAAQQIQxQFFBEAgACACQauhwABBBhDFAUUNAiANLQB9QQFxRQ0CQQkhEEGxocAAIQoMAQsgDS0AfEUNAQsCQAJAIA0oAjgiAARAIABBDGwhAiANKAI0IQADQCACRQ0CIAJBDGshAiAAKAIIIRIgACgCBCEZIABBDGohACAMIA8gCiAQEEcgGSASEClFDQALC0G6ocAAIBUgFBCBAUUNASAMIA9Bu6HAAEEDEEciAEUNASAFQcgAaiAAEMoBAkAgBSgCSCIKRQ0AIAUoAkwhEkEEIA0oAkwgDSgCSEGAgICAeEYiABshAkEAIA0oAlAgABtBDGwhAANAIABFDQEgBSACNgKMASAFQUBrIAogEhAyIAUgBSkDQDcCmAEgAEEMayEAIAJBDGohAiAFQYwBaiAFQZgBahCmAUUNAAsMAgsgB0ICNwMAIAdBDDYCCAwDCyAHQgI3AwAgB0EMNgIIDAILAkAgDCAPQf+VwABBAxBHIgBFDQAgAC0AAEEDRw0AIAVBOGogACgCCCAAKAIMEB4gBSgCPEUNACAFQegAaiAAQQRqEGACQCAOKAIAIgBFBEAgBUGAgICAeDYCdAwBCyAOKAIEQQN0IQIgDigCDCEZIA4oAgghGgJAA0BBACEKIAJFDQECQAJAIAwgDyAAKAIAIAAoAgQQESISRQ0AIAVBMGogEhDKASAFKAIwIhJFDQAgBSgCNCIQDQELIABBCGohACACQQhrIQIMAQsLIBJFDQAgDCAPIBogGRARIgBFDQAgAC0AAEEBRw0AIBJBACAALQABGyEKCyAFQfQAaiAKIBAQ0wELIAUgBSgCfDYCiAEgBSAFKQJ0NwOAAQJAAkBBvqHAACAVIBQQgQFFDQACQAJAAkACQCAMIA9Bv6HAAEEaEEciAARAIAVBKGogABDJASAFKAIoIgAEQCAFQSBqIAAgBSgCLCICQdmhwABBChBHEHQgBSgCICIKDQIMAwsgDigCAA0FDAMLIA4oAgANBAwCCyAFQZgBaiAKIAUoAiQQBiAFKQOgASEcIAUoApgBIAVBLjYCoAEgBUHjocAANgKcASAFQQg2ApgBRQRAIAUpApwBIRsgByAFKQKkATcCFCAHIBs3AgwgB0EINgIIIAdCAjcDAAwFCyAFQZgBahDdASAcIB5VBEAgHCAbIBsgHFUbIRsMAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQeafwABBFhBHIgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABB/J/AAEEMEHkiAkUNACACQYigwABBDRB5IgJFDQAgBUEQaiACEMoBIAVBmAFqIAUoAhAiAkEAIAUoAhQiChtBACACGyAKENMBIAUoApgBQYCAgIB4Rw0EDAELIAVBgICAgHg2ApgBCyAAQRhqIQAgDkEYayEODAALAAsgBUGAgICAeDYCmAELIAVBgAFqEOEBIAUgBSgCoAE2AogBIAUgBSkCmAE3A4ABCyAFQQA2ApQBIAVCgICAgIABNwKMASANKAJAIgAgDSgCREEYbGohFSAFQagBaiEUA0ACQAJAIAAgFUcEQCAAQRhqIQIgACgCFEEMbCEOIAAoAhAhCgNAIA5FDQMgDCAPIAooAgQgCigCCBARIhAEQCAQLQAAIhINAwsgCkEMaiEKIA5BDGshDgwACwALIAcgBSgCcDYCGCAHIAUpAmg3AhAgByAFKQOAATcCKCAHIAUoAogBNgIwIAcgBSkCjAE3AhwgByAFKAKUATYCJCAHIBs3AwggB0IBNwMADAYLAkACQAJAAkACQCASQQFrDgQDAgEABAsgECgCDCIKQSBLDQMgCkEYbCEKIBAoAgghDgNAIApFDQMgBUEIaiAOEMoBIAUoAghFDQQgCkEYayEKIA5BGGohDiAFKAIMQYECSQ0ACwwDCyAQKAIMQYECSQ0BDAILIAVBmAFqIBAQciAFKQOYAVANAQsgBUGYAWoiCiAAEGAgFCAQEDUgBUGMAWogChCXAQwBCyAHQewANgIQIAdBkaLAADYCDCAHQQg2AgggB0ICNwMAIAVBjAFqEP8BDAILIAIhAAwACwALIAVBgAFqEOEBIAVB6ABqEP4BDAILIAdCAjcDACAHQQ02AggMAQsgB0HBADYCECAHQf2iwAA2AgwgB0EINgIIIAdCAjcDAAsgBUHAAWokACAEQbgDaiEKIARBlANqIQcCQCAEKQPgASIdQgJRBEAgBCkC9AEhGyAEKALwASECIAQoAuwBIQAgBCgC6AEhBSAEQYgDahD+ASAAIQEMAQsgBCAEKQL8ATcC5AMgBCAEKQKEAjcC7AMgBCAEKQKMAjcC9AMgBCAEKAKUAjYC/AMgBCAEKQL0ASIeNwLcAyAEIAQpAuwBNwLUAyAEIAQoAugBIgA2AtADIAQgHTcDyAMCf0EAIAMgE0G8jsAAQQUQxQENABpBASADIBNBn7TAAEEFEMUBDQAaQQJBAyADIBNBh5DAAEEFEMUBGwsgBCAEKAKQAzYC7AEgBCAEKQKIAzcC5AFBBSEFIARBBTYC4AFB/wFxIgJBA0cNAiAELQDkASEAIARByANqENUBIBOtIRsgAyECCyAHEP4BIBcQ/gEgBEGsA2oQ/gEgChD/AQsgBEH8AmoQhAIgBEHwAmoQ/gEMBAsgBEHgAWoQ3QEgBCAEKQKsAzcCpAQgBCAEKAK0AzYCrAQgBCAEKQPgAzcDyAEgBCAEKQPoAzcD0AEgBCAEKALwAzYC2AEgBCAHKQIANwKMBCAEIAcoAgg2ApQEIAQgFykCADcDmAQgBCAXKAIINgKgBCAEKQLUAyEcIAQgBCgC/AM2AogEIAQgBCkC9AM3A4AEIA0oAgAhASAKEP8BQgNCBCABQQJGGyEbIARB/AJqEIQCIARB8AJqEP4BIB2nIQcgHqchAUEAIQUMAQsgBCAEKAKIAjYC2AEgBCAEKQKAAjcD0AEgBCAEKQL4ATcDyAEgBCkDiAMhHCAEKAKQAyEBIARByANqEP4BQgYhGwsgBCABNgJUIAQgHDcCTCAEIAA2AkggBCAFNgJEIAQgBzYCQCAEIBs3AzggBCAEKQPIATcDWCAEIAQpA9ABNwNgIAQgBCgC2AE2AmggBEHsAGogBEGABGpBMPwKAAAgBEGAgICAeDYCoAEgBCACOgCcAQwCCyAAIQELIAQgGzcC7AEgBCACNgLoASAEIAU2AuABIAQgAUGAfnEgAEH/AXFyNgLkASAEQUBrIARB4AFqEKcBIARCAjcDOAsgBEG8AWoQ/gEgFiAWKAIAQQFqIgA2AgAgAEUNASAEIBY2AuwCIAQgBCkDEDcD4AIgBCAEKAIYNgLoAiAEQeABaiAEQThqQYAB/AoAACAEKQPgAUICUQRAIARB6AFqIAQoAuQCIgAgACAEKALoAkEUbGoQbwsgCCAEQeABakGQAfwKAAALIARBsARqJAAMAQsACyAREP4BIAhBqAFqEOEBIAhBtAFqEOEBIAhBnAFqEP4BIBggCEGQAfwKAAALIAhBwAFqJAAgBkGIAWoQ2QEgBkH4AGoQ0gEgBkHAAWokAAwBCyAGQShqIQJBACEAAn8gBkHsAGoiASgCAEGAgICAeEYEQCABKAIIIQAgASgCBAwBCyABEP4BQQALIQEgAiAANgIEIAIgATYCACAGKAIoIQQgBigCLCEFIAZBIGogBkHgAGoQlQEgBigCICEDIAYoAiQhByAGQRhqIAZB1ABqEJUBIAYoAhghCCAGKAIcIQsgBkEQaiAGQcgAahCLASAGKAIQIQogBigCFCENIAZBCGohAkEAIQACfyAGQTxqIgEoAgBFBEAgASgCCCEAIAEoAgQMAQsgARDSAUEACyEBIAIgADYCBCACIAE2AgAgBigCCCIAIAogABsiASAIIAEbIgIgAyACGyIDIAQgAxsiBEEBIAQbIAYoAgwgDSAAGyALIAEbIAcgAhsgBSADG0EAIAQbEI0CAAsjAEGwAmsiACQAIABBoAFqIBhBkAH8CgAAIABBADYCACAAQQRyIABBnAFqQZQB/AoAAEEIQaABEM8BIgFCgYCAgBA3AwAgAUEIaiIBIABBmAH8CgAAIABBsAJqJAAgC0GQAmokACABC5sCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAgAWENwMYIAQgBEEIaq1CgICAgIAFhDcDEEGAgMAAIARBEGogAxCJAQALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYIAQgBEEIaq1CgICAgIAFhDcDEEHfgMAAIARBEGogAxCJAQALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAWENwMYCyAEIARBCGqtQoCAgICABYQ3AxBBmIHAACAEQRBqIAMQiQEAC5cCAQd/IwBBIGsiBiQAIAZBBGogAkEDbiIFIAIgBUEDbEdqQQJ0EI8BA0AgAgRAIAZBEGogASACQQMgAiACQQNPG0HAx8AAEIwBIAYoAhwhAiAGKAIYIQEgBigCFCEKIAYoAhAhCEEAIQVBECEHQQAhCQNAIAUgCkYEQEEAIQVBEiEHA0AgBUEERg0EAkACQCAFIApLBEBBPSEIIARFDQIMAQsgAyAJIAdBHnF2QT9xai0AACEICyAGQQRqIAgQWAsgBUEBaiEFIAdBGmohBwwACwAFIAUgCGogBUEBaiEFLQAAIAdBGHF0IAlyIQkgB0EIayEHDAELAAsACwsgACAGKAIMNgIIIAAgBikCBDcCACAGQSBqJAAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwDwzEA7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwDwzEA7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwDwzEA7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0A8cxAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEJQBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEJQBDQIgASAHIAsgAygCDBEBAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBEBAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCUAQ0AIAAgByALIAEoAgwRAQAhAgsgAgsgBkEQaiQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQMSAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQAL7QEBA38gACADKAIIIAEoAgwgASgCCCIFQRl3IAVBDndzIAVBA3ZzamogBCgCBCIGQQ93IAZBDXdzIAZBCnZzaiIGNgIMIAAgAygCBCAFIAEoAgQiB0EZdyAHQQ53cyAHQQN2c2pqIAQoAgAiBUEPdyAFQQ13cyAFQQp2c2oiBTYCCCAAIAMoAgAgByABKAIAIgFBGXcgAUEOd3MgAUEDdnNqaiAGQQ93IAZBDXdzIAZBCnZzajYCBCAAIAEgBCgCDGogAigCDCIAQRl3IABBDndzIABBA3ZzaiAFQQ93IAVBDXdzIAVBCnZzajYCAAuFAgEJfyMAQTBrIgQkACABKAIIIQcgASgCBCEIIAEoAgAiASgCCCEJIAEoAgQhCiAEQQA2AgwgBEKAgICAEDcCBANAIARBEGogAiADQfsAEEsgBCgCECIBBEAgBCgCHCECIAQoAhghBiAEQQRqIgUgASAEKAIUEH8gBEEgaiILIAYgAkH9ABBLIAQoAiggBCgCLCAEIAQoAiRBACAEKAIgIgEbNgIkIAQgAUEBIAEbNgIgIAUgCCAKIAtB+KfAABDfASIFGyAHIAkgBRsQfyACIAEbIQMgBiABGyECDAELCyAEQQRqIAIgAxB/IAAgBCgCDDYCCCAAIAQpAgQ3AgAgBEEwaiQAC9wBAQZ/IAAgASgCDCADKAIMIAIoAggiBUEadyAFQRV3cyAFQQd3c2pqIAEoAggiByACKAIMIghzIAVxIAdzaiIEIAEoAgRqIgY2AgwgACAEIAIoAgAiBCABKAIAIgkgAigCBCICc3EgAiAJcXMgBEEedyAEQRN3cyAEQQp3c2pqIgE2AgQgACAJIAcgAygCCGogCCAGIAUgCHNxc2ogBkEadyAGQRV3cyAGQQd3c2oiA2o2AgggACABQR53IAFBE3dzIAFBCndzIAEgAiAEc3EgAiAEcXNqIANqNgIAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxBKIAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBAzDQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHECIgAygCCEEBRw0BIAMoAgwQMw0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQZSADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDhASAAIAU3AgQgACABNgIADAMLIANBGGogARA4IAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAEOEBIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA/AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFBh5LAAEEEEHUNASAEQQc6AAAMAgsgAkEIaiABEA0gAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEKQBDAELQQAMAQtBAQsgA0EwaiQAC6oCAQZ/IwBBMGsiAiQAAkACfyABKAIoIgdFBEAgAkEIaiABECQgAigCDCEEIAIoAggMAQsgAUEANgIoIAEhBSMAQRBrIgMkAAJAIAciAUUNAANAIANBCGogBRAkIAMoAghFBEAgASEGDAILIAFBAWsiAQ0ACwsgA0EQaiQAQQAgBg0AGiACQRBqIAUQJCACKAIUIQQgAigCEAsiAQRAIAJBADYCJCACQoCAgIAQNwIcIAIgATYCKCACIAEgBGo2AiwDQAJAIAJBKGoQigEiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQigFBMUYbIQELIAJBHGogARBYDAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9gCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUHEq8AAQQIgA0EgakHUq8AAEIgBRQRAIAIQ4QEgBBDhAQwBCyADKAIIIgFBgICAgHhHDQIgA0EUahDhAQtBAAwCCyAAKAIEIgAQkgEjAEEQayICJAAgAkEIaiABED8Cf0ECIAItAAhFDQAaIAItAAlB7gBGBEBBAEECIAFBh5LAAEEEEHUbDAELIAIgADYCDEEBQQIgAUHwq8AAQQEgAkEMakH4q8AAEIgBGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQ1AEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARAUIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvVAQECfyMAQSBrIgMkACADQQxqIAEoAgAgAkEBEH0gAygCFCECIAMoAhAhAQJAIAMoAgwiBEEVRwRAIAAgAykCGDcCDCAAIAI2AgggACABNgIEIAAgBDYCAAwBCwJAIAFFBEAgA0EGNgIMDAELIAMgASACEBAgAygCACADQQY2AgxBgICAgHhGDQAgACADKAIINgIMIAAgAykCADcCBCAAQRU2AgAgA0EMahDdAQwBCyAAIAMoAhw2AhAgACADKQIUNwIIIAAgAykCDDcCAAsgA0EgaiQAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakG8yMAAIAMoAgAiAygCACADKAIEEAsaIAIgAigCLCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQ2wEiAUUEQEEEQQwQjwIACyABIAIoAhA2AgggASACKQMINwIAIABBvMrAADYCBCAAIAE2AgAgAkEwaiQAC70BAQJ/IwBBQGoiBCQAIAQgAzYCDCAEIAI2AgggACgCBEEDdCEDIAAoAgAhAgJ/AkADQCADRQ0BIAIgBEEIahDfAUUEQCADQQhrIQMgBUEBaiEFIAJBCGohAgwBCwsgACgCCCABIAUgACgCDCgCEBEBAAwBCyAEQRBqIAEQDSAELQAQIgBBBkcEQCAEIAQpAyA3AzggBCAEKQMYNwMwIAQgBCkDEDcDKCAEQShqEKQBCyAAQQZHCyAEQUBrJAALhQICBX8BfiMAQSBrIgIkACACQYCAgIB4NgIIIAJBADoAFyACIAJBF2o2AhwgAiACQQhqIgM2AhgCQCABQaiswABBAiACQRhqQbiswAAQiAFFBEAgAxDhAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECsgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDeAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEKYBIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABDKASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCjAUUNAAsLIANBIGokACAFC5UOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQRCAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQggEgA0EANgIsIAMgAygCHCIBNgI0IAMgAygCGCIHNgIwIAMoAiBFBEAgA0EQaiADQSxqEIsBIAMoAhAhASADKAIUIQUgA0EIaiACEJ0BIAMoAggiACABIAAbIgFBASABGyADKAIMIAUgABtBACABGxCNAgALIAAoAiArAwAgAyADKAIoNgJAIAMgAykCICIPNwM4IAMgATYCTCADIAc2Akj8BiESIwBBsAJrIggkACAIQShqIA+nIgtBgAH8CgAAIAtB2K7AAEGAAfwKAAACQCAIKQMoQgZRBEAgCEGoAWohBkIAIQ8jAEGwAWsiAiQAAkACQAJAAkACQAJAAkACQCAJQf//A3EiAEGRA2sOBAMBAQMACyAAQcgBRg0BCyAGQTM2AhAgBkG3rcAANgIMIAZBETYCCCAGQgI3AwAMBQtBgICAgHghAAJAIAFBgIAQSw0AIAJCADcCeCACIAE2AnQgAiAHNgJwIAJBgICAgHg2AoABIAJBADYCpAEgAkKAgICAwAA3ApwBIAIgAkGcAWoiBzYCrAEgAiACQYABajYCqAECQAJAIAJB8ABqIgFBmKvAAEECIAJBqAFqQairwAAQiAFFDQAgARCfAUUNACACKAKAASIBQYCAgIB4RgRAIAcQhgIMAgsgAiACKQKMATcDUCACIAIoApQBNgJYIAIgAikCnAE3A2AgAiACKAKkATYCaCACKQKEASEPIAEhAAwCCyACQZwBahCGAiACQYABahDUAQsLIAJBODYCiAEgAkHMrMAANgKEASACQRE2AoABIABBgICAgHhGBEAgAiACQYgBaiIAKQIAIg83AzAgAiAAKAIIIgA2AjggAikDgAEhECAGIAA2AhggBiAPNwIQIAYgEDcDCCAGQgI3AwAMBQsgAiACKAJoNgJIIAIgAikDYDcDQCACIAIpA1A3AiQgAiACKAJYNgIsIAJBgAFqIgEQ3QEgAiACKAJIIgc2AjggAiAANgIMIAIgAikDQDcCGCACIAc2AiAgAiAPNwIQIAIgD6cgD0IgiKcQHiACQSRqIQwgAigCBEUNAQJAIAIoAiRBgICAgHhHBEAgASACKAIoIAIoAiwQBiACKQOIASEPIAIpA4ABIAJBMzYCiAEgAkGErcAANgKEASACQRE2AoABQgEhEEIBUg0EIAEQ3QEgDyASVw0BCyACIAIoAhg2AnggAiACKAIcIgA2AnAgAiAANgJ0IAIgACACKAIgQQR0ajYCfCACQYABaiEKIwBBEGsiByQAIAJB8ABqIgkoAgQhASAJKAIMIQ4CQANAIA4gASIARgRAQYCAgIB4IQ0MAgsgCSAAQRBqIgE2AgQgByAAKQIINwMIIAcgACkCADcDAAJAIActAAxBAUYEQCAHKAIIDQELIAcQ/gEMAQsgBygCACINQYCAgIB4Rg0ACyAKIABBDGooAgA2AgwgCiAAQQRqKQIANwIECyAKIA02AgAgB0EQaiQAIAIoAoABIQogAikChAEhESMAQRBrIgEkACABIAk2AgwgCSgCDCAJKAIEIgdrQQR2IQADQCAABEAgAEEBayEAIAcQ/gEgB0EQaiEHDAELCyMAQRBrIgAkACAAIAFBDGooAgAiBygCADYCDCAAIAcoAgg2AgggAEEIahCHAiAAQRBqJAAgAUEQaiQAIAYgAigCFDYCGCAGIAIpAgw3AhAgBiARNwIsIAYgCjYCKCAGQQA2AiQgBkKAgICAgAE3AhwgBiAPNwMIIAYgEDcDACAMEOEBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBETYCCAsgBkICNwMAIAJBDGoQ/gEgDBDhASACQRhqEIYCCyACQbABaiQAIAgpA6gBQgJRBEAgCCAIKALAATYCqAIgCCAIKQO4ATcDoAIgCCAIKQOwATcDmAIgCEEMaiAIQZgCahCnAQwCCyAIQeABaiIAIAhBqAFqIgFBOPwKAAAgCEEMaiALIAEgEhBCIAAQ1QEMAQsgCEEMakGesMAAQSEQgAELIAhBKGoQSSALIAhBDGoQQSAIQbACaiQAIANByABqENkBIANBOGoQ0AEgA0HQAGokACAFQdAAaiQAC4gDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQewJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAIQmwEgBigCCCEFIAYoAgwMAgsgBigCFCADIAQgAhAHIQUgAgwBCyAGIAQgAhCbASAGKAIAIQUgBigCBAsgBUUEQCAIIAQ2AgRBCCEKDAILIAggBTYCBEEAIQtBCCEKIQIMAQtBACECCyAIIApqIAI2AgAgCCALNgIAIAZBIGokACAHKAIEQQFGBEAgBygCDCEJIAcoAgghBgwBCyAHKAIIIQIgASAMNgIAIAEgAjYCBEGBgICAeCEGCyAAIAk2AgQgACAGNgIAIAdBEGokAAunAQEDfyMAQRBrIgMkAAJAIABB2wAQT0UNACADQQhqIAAQPyADLQAIRQ0AIAMtAAlB3QBHBEAgAigCECECA0AgASAAIAIRBABFDQIgAyAAED8gAy0AAEUNAiADLQABIgVBLEcEQCAFQd0ARw0DBSAAIAAoAghBAWo2AggMAQsLC0EBIQQgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EQaiQAIAQLlQIBAn8jAEEgayIFJABBnNHAAEGc0cAAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQYjRwAAtAAANABpBiNHAAEEBOgAAQYTRwABBhNHAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQZDRwAAoAgAiBkEASA0CQZDRwAAgBkEBajYCAEGU0cAAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEGU0cAAKAIAIAVBEGpBmNHAACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0GQ0cAAQZDRwAAoAgBBAWs2AgBBiNHAAEEAOgAAIANFDQAACwALugECAX8CfiMAQSBrIgQkAAJAAkAgASACIANBAxBHIgEEQCABLQAADQELIABBADYCACAAQgA3AwgMAQsgBEEIaiICIAEQciAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEGgoMAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACEN0BQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu7AQEBfyMAQUBqIgMkAAJAIAJBgYAQTwRAIABBBjoAAAwBCyADQgA3AgggAyACNgIEIAMgATYCACADQShqIAMQDSADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQnwFFBEAgAEEGOgAAIANBEGoQpAEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDeAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBENsBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMEN4BAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQVyADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAiIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQDwykAhAQwBCyAAQf8BcS0A8MpAQQJxQQF2IQELIAFBAXELwTgCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABCCASAOKAIIIQAgDigCDCEBIA4gAigCECgCACACKAIUKAIAEIIBIA4oAgAhBiAOKAIEIQUgDiABNgIUIA4gADYCECAOIAU2AhwgDiAGNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG8fyEDA0AgAyICQegKRwRAIAJBhAFqIQMgAkGku8AAaiAEQQhqEN8BRQ0BCwsgBEEQaiQAIAdBLGoiAyAGIAUQPiAHIAJB6ApHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQYgBygCPCEDIwBBkANrIgQkACAEIAE2AqgBIAQgADYCpAEgBCACNgKwASAEIAM2AqwBIARBmAFqIARBrAFqQb6jwABBCxBQIAQoApgBIgIEfyAEKAKcASEDIAJBACAEQaQBakHsp8AAEN8BGwVBAAshBSMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAUbIAEgAkHsp8AAEN8BIgEbNgIMIAIgBUHlp8AAIAUbIAAgARs2AghBACEAQQAhBQJAA0AgBUGsC0YNAQJAIAVB4LrAAGogAhDfAQRAIAVB2LrAAGogAkEIahDfAQ0BCyAFQYQBaiEFDAELCyAFQaC6wABqIQALIAJBEGokACAEQdIANgKQAiAEQcmjwAA2AowCIARBCzYCiAIgBEG+o8AANgKEAiAEQRQ2AoACAkAgACIBRQRAIAYgBEGIAmoiACgCCDYCFCAGIAApAgA3AgwgBkG+o8AANgIIIAZCg4CAgMACNwMADAELIARBgAJqEN0BIARBkAFqIARBrAFqQZukwABBChB8AkAgBCgCkAEiAARAIAQoApQBIgINAQsgBkEKNgIMIAZBm6TAADYCCCAGQoOAgICwAjcDAAwBCyAEQbQBaiAAIAIQUiAEQYgBaiAEQawBakGlpMAAQRgQUAJAAkACQCAEKAKIASIARQRAQpAcIRgMAQsCQAJAAkAgBCgCjAEiAg4CBAABCyAALQAAIgVBK2sOAwMBAwELIAAtAAAhBQsgACAFQf8BcUErRiIDaiEFAkAgAiADayIAQRFPBEADQCAARQ0CIARB8ABqIBhCABBDIAQpA3hCAFINBCAEKQNwIRcgBEHoAGogBS0AAEEKEIQBIAQoAmhBAUcNBCAFQQFqIQUgAEEBayEAIBcgFyAENQJsfCIYWA0ACwwDCwNAIABFDQEgBEHgAGogBS0AAEEKEIQBIAQoAmBBAUcNAyAFQQFqIQUgAEEBayEAIAQ1AmQgGEIKfnwhGAwACwALIBhCAX1CgKMFWg0BCyAEQdgAaiAEQawBakG9pMAAQRoQUAJAIAQoAlgiAARAIARBgAJqIAAgBCgCXBBSIAQoAogCIQUgBCgChAIhAANAIAUEQCAAQSBBACAALQAAIgJBwQBrQf8BcUEaSRsgAnI6AAAgBUEBayEFIABBAWohAAwBCwsgBCAEKAKIAiIANgLgASAEIAQpAoACIhc3A9gBQQEhEyAXp0GAgICAeEYNASAEKALcASICIABBi5LAAEEEEMUBDQEgAiAAQdekwABBARDFAQ0BIAIgAEHYpMAAQQMQxQENAUEAIRMgAiAAQY+SwABBBRDFAQ0BIAIgAEGVoMAAQQEQxQENASACIABB26TAAEECEMUBDQEgBkEVNgIUIAZB3aTAADYCECAGQRo2AgwgBkG9pMAANgIIIAZCg4CAgMACNwMAIARB2AFqEOEBDAMLIARBgICAgHg2AtgBQQEhEwsgBEHYAWoQ4QEgBEHQAGogBEGsAWpB8qTAAEEWEFACfwJAIAQoAlAiAARAIAAgBCgCVCICQYilwABBARDFAUUNAQsgBEGAgICAeDYCwAFBAQwBCyAEQdgBaiAAIAIQqAEgBCAEKALYATYCiAIgBCAEKALcASIANgKEAiAEIAA2AoACIAQgACAEKALgAUEDdGo2AowCIwBBIGsiACQAIABBCGogBEGAAmoiAygCDCADKAIEa0EDdkEEQQwQZCAAQQA2AhwgACAAKQMINwIUIwBBEGsiDCQAIABBFGoiAiADKAIMIAMoAgRrQQN2ELsBIAIpAgQhFyAMIAJBCGo2AgQgDCAXQiCJNwIIIwBBEGsiAiQAIAIgAykCCDcDCCACIAMpAgA3AwAjAEEgayIFJAAgDEEEaiIJKAIIIAkoAgQiCEEMbGohDyACKAIEIQMgAigCDCENA0AgAyANRwRAIANBBGooAgAhCyADKAIAIREgAiADQQhqIgM2AgQgBUEIaiARIAsQMiAFQRRqIAUoAgggBSgCDBBSIA8gBSgCHDYCCCAPIAUpAhQ3AgAgD0EMaiEPIAhBAWohCAwBCwsgCSgCACAINgIAIAIQtwEgBUEgaiQAIAJBEGokACAMQRBqJAAgBEHAAWoiAiAAKAIcNgIIIAIgACkCFDcCACAAQSBqJAAgBCgCwAFBgICAgHhGCyEAAkACQAJAAkACQAJAAkACQEG6ocAAIAEoAngiFSABKAJ8IhYQgQFBACAAG0UEQCAEQcgAaiAEQawBakGJpcAAQQ0QUAJAAkAgBCgCSCIABEAgBEHYAWogACAEKAJMED5BMCEAIARBMDYCkAJB2qjAACEFIARB2qjAADYCjAIgBEENNgKIAiAEQYmlwAA2AoQCIARBFDYCgAIgBCgC2AEiA0GAgICAeEYNCiAEKALcASEAIAQoAuABIQIgBEGAAmoQ3QEgBCACNgKsAiAEIAA2AqgCIAQgAzYCpAIgAkEQSw0BIARBADYCuAIgBEKAgICAwAA3ArACIAQgACACQShsaiIFNgLIAiAEIAM2AsQCIAQgADYCwAIgBCAANgK8AiAEQYQCaiEPIARB5AFqIQ0gBEHYAmpBBHIhDAJAA0AgACAFRg0EIAQgAEEoajYCwAIgBCAAKQIMNwOAAiAEIAApAhQ3A4gCIAQgACkCHDcDkAIgBCAAKAIkNgKYAiAAKAIAIgJBgICAgHhGDQQgBCAAKQIEIhc3AtACIAQgAjYCzAIgBCAPKQIQNwPoAiAEIA8pAgg3A+ACIAQgDykCADcD2AIgBCAXNwLYASAEQdgBakGMqcAAQQgQWgRAQcIAIQBBt6rAACEFDAgLQSwhAEGLqsAAIQUgF0IgiKciAkHBAGtBQEkNByAEIBenIgM2AtgBIAQgAiADajYC3AEgBEHYAWoiCCgCACECIAgoAgQhCQNAIAkgAiIDRwRAIAggAkEBaiICNgIAIAMtAAAiC0HfAEYgC0E6a0H/AXFB9QFLciALQd8BcUHbAGtB/wFxQeUBS3INAQsLIAMgCUcNBwJAAkACQAJAIAQtANgCQQNrDgIAAQMLIAQgDCgCCDYCiAMgBCAMKQIANwOAA0EEQQwQzwEiACAEKAKIAzYCCCAAIAQpA4ADNwIAQQEhAiAEQQE2AvwCIAQgADYC+AIgBEEBNgL0AkEAIQhBASEFDAELIAQoAuQCIQIgBCgC4AIhACAEIAQoAtwCNgLgASAEIAA2AtwBIAQgADYC2AEgBCAAIAJBGGxqNgLkASAEQfQCaiEFIwBBMGsiACQAIABBFGogBEHYAWoiAhBqAkAgACgCFEGAgICAeEcEQCAAQQRBBEEMEGQgACgCACEIIAAoAgQiAyAAKAIcNgIIIAMgACkCFDcCACAAQQE2AhAgACADNgIMIAAgCDYCCCAAIAIpAgg3AyggACACKQIANwMgIABBCGohAiAAQSBqIQgjAEEQayIDJAADQAJAIANBBGogCBBqIAMoAgRBgICAgHhGDQAgAigCCCIJIAIoAgBGBEAgAkEBELsBCyACKAIEIAlBDGxqIgsgAygCDDYCCCALIAMpAgQ3AgAgAiAJQQFqNgIIDAELCyAIEFsgA0EQaiQAIAUgACgCEDYCCCAFIAApAgg3AgAMAQsgBUEANgIIIAVCgICAgMAANwIAIAIQWwsgAEEwaiQAQQEhCEEAIQIgBCgC/AIiBUEFa0F8SQ0DIAQoAvgCIQALIAVBDGwhBQNAIAUEQCAFQQxrIQUgACgCCCEJIAAoAgQhCyAAQQxqIQBBACEDQQAhEQJAIAlBgQJrQYB+SQ0AIAstAABBL0cNAANAIAMgCUYiEQ0BIAMgC2ohEiADQQFqIQMgEi0AAEH+AEcNACADIAlPDQEgEkEBai0AAEH+AXFBMEYNAAsLIBENAQwECwsgDSAEKQL0AjcCACANIAQoAvwCNgIIIAQgBCgC1AI2AuABIAQgBCkCzAI3A9gBIAQoArgCIgIgBCgCsAJGBEAjAEEQayIAJAAgAEEIaiAEQbACaiIDIAMoAgBBAUEEQRgQKyAAKAIIIgNBgYCAgHhHBEAgAyAAKAIMEN4BAAsgAEEQaiQACyAEKAK0AiACQRhsaiIAIAQpA9gBNwIAIAAgBCkD6AE3AhAgACAEKQPgATcCCCAEIAJBAWo2ArgCIAQtANgCQQNrQf8BcUECTwRAIARB2AJqEKQBCyAEKALAAiEAIAQoAsgCIQUMAQsLIARBADYC/AIgBEKAgICAwAA3AvQCQQEhAkEBIQgLIARB9AJqEIICQcypwAAhBUE/IQACQAJAIAQtANgCQQNrDgIBAAgLIAINCQwKCyAIRQ0JDAcLIARBADYC1AEgBEKAgICAwAA3AswBDAMLIARBpAJqEP8BQfmqwAAhBUEWIQAMCAsgBEG8AmoQXCAEIAQoArgCNgLUASAEIAQpArACNwLMAQwBCyAGQcQANgIUIAZB/6bAADYCECAGQRY2AgwgBkHypMAANgIIIAZCg4CAgMACNwMADAcLIARBQGsgBEGsAWogASgCUCIMIAEoAlQiDxBQAkACQCAEKAJAIgAEQCAEKAJEIQUMAQsgASgCECIABEAgASgCFCEFDAELIAYgDzYCDCAGIAw2AgggBkKDgICAsAI3AwAMAQsCQCABLQCBAUUEQCABLQCAAUUEQCAEQbACaiAAIAUQUgwCCyAEQbACaiAAIAUQhQEMAQsgBEGwAmogACAFEFILAkACQCABLQCAAUUNACAEKAK0AiAEKAK4AhAFDQAgBkEyNgIUIAZBqKjAADYCECAGIA82AgwgBiAMNgIIIAZCg4CAgMACNwMADAELAn8CQAJAIAEtAIMBRQRAIARBgICAgHg2AtgBDAELIARBOGogBEGsAWpBlqXAAEEPEFACQCAEKAI4IgAEQCAEQbwCaiAAIAQoAjwQhQEMAQsgBCgCtAIgBCgCuAJBpaXAAEENEM4BRQRAIARBvAJqQbKlwABBFxBSDAELIARBvAJqQcmlwABBFhBSCyAEKALAAiAEKALEAhAFRQRAIAZBMjYCFCAGQaiowAA2AhAgBkEPNgIMIAZBlqXAADYCCCAGQoOAgIDAAjcDACAEQbwCahD+AQwECyAEQTBqIARBrAFqQd+lwABBDRBQIARB2AJqIAQoAjAgBCgCNBDTASAEQYACaiIAIARBsAJqEGAgBCAEKALgAjYCoAIgBCAEKQLYAjcCmAIgBCAEKQK8AjcCjAIgBCAEKALEAjYClAIgBEHYAWogAEEk/AoAACAEKALYAUGAgICAeEcNAQtBACEAQQEMAQsgBCgC7AEhACAEKALoAQshAiAEIAA2AtQCIAQgAjYC0AIgBCAEQbACajYCzAICQAJAIAEoAhgiAEUNACAEQShqIARBrAFqIAAgASgCHBBQIAQoAigiAEUNACAEQdgCaiAAIAQoAiwQqAEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQZCADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELsBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQhQEgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRC3ASANQRBqJAAgBUEQaiQAIAlBEGokACAEQfQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYCgAIgBCAAIAEoAlxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQfQCaiAEQYACahBZCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARBrAFqIAAgAhBQIAQoAiAiA0UNACAEQdgCaiADIAQoAiQQqAEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQZCADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELsBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQUiAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELcBIA1BEGokACAFQRBqJAAgCUEQaiQAIARBgANqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIIBDQEgBCABKAJoIgA2AoACIAQgACABKAJsQQN0ajYChAIgBCAEQcwCajYCiAIgBEGAA2ogBEGAAmoQWQsgBEEYaiAEQawBaiABKAJgIgIgASgCZCIDEFAgBCgCGCIARQ0BIARB2AJqIgUgACAEKAIcIggQLyAELQDYAkEGRg0DIAQgBCkD6AI3A5ACIAQgBCkD4AI3A4gCIAQgBCkD2AI3A4ACIAVBlJPAAEEEEHkiBUUNAiAFLQAAIARBgAJqEKQBQQRHDQMgBEHAAmogACAIEFIgBEEANgK8AgwGCyAGQoOAgICwAjcDACAGIAIgDyAAGzYCDCAGIAAgDCAAGzYCCAwHCyABKAIgIgBFDQMgBEEQaiAEQawBaiAAIAEoAiQiAxBQIAQoAhAiAkUNAyACIAQoAhQiBRAFDQIgBkEyNgIUIAZBqKjAADYCECAGIAM2AgwgBiAANgIIIAZCg4CAgMACNwMADAULIARBgAJqEKQBCyAGQSw2AhQgBkHspcAANgIQIAYgAzYCDCAGIAI2AgggBkKDgICAwAI3AwAMAwsgBEHAAmogAiAFEFIgBEEBNgK8AgwBCyABKAIoIgAEQCAEQYACaiICIARBzAJqIAAgASgCLBAcIAEtAIMBIQAgBCgChAIgBCgCiAIQBUUEQCAGQTI2AhQgBkGoqMAANgIQIAZCg4CAgMACNwMAIAZBDyAPIABBAXEiABs2AgwgBkGWpcAAIAwgABs2AgggAhD+AQwDCyAEIAQoAogCNgLIAiAEIAQpAoACNwLAAiAEQQE2ArwCDAELIARBCGogBCgCtAIgBCgCuAIQMiAEQSE2AowCIARBmKbAADYCiAIgBCAEKQMINwKAAiAEQcACaiAEQYACakECEPEBIARBAjYCvAILIAQgBEGsAWpBuabAAEEOEFBBASEFAkAgBCgCACICRQRAQQEhAAwBCyAEKAIEIQNBASEAQaGhwAAgFSAWEIEBRQ0AIARBgAJqIAIgAxCoAQJAIAQoAogCIgJFDQAgAkEDdCEFQQAhACAEKAKEAiEDA0AgACAFRwRAIAAgA2oiCEHIpsAAENoBBEAgCEHQpsAAENoBDQMLIABBCGohAAwBCwtByKbAACADIAIQWiEFQdCmwAAgBCgChAIgBCgCiAIQWiEAIARBgAJqEIQCDAELIAZBJzYCFCAGQdimwAA2AhAgBkEONgIMIAZBuabAADYCCCAGQoOAgIDAAjcDACAEQYACahCEAiAEQcACahD+AQwBCyAGIAQoArwBNgIgIAYgBCkCtAE3AhggBiAEKQL0AjcCJCAGIAQoAvwCNgIsIAYgBCkCgAM3AjAgBiAEKAKIAzYCOCAGIAQpArwCNwIAIAYgBCkCxAI3AgggBiAEKALIATYCUCAGIAQpAsABNwJIIAZB1ABqIARB2AFqQST8CgAAIAYgEzoAfiAGIAA6AH0gBiAFOgB8IAYgATYCeCAGIBg3AxAgBiAEKALUATYCRCAGIAQpAswBNwI8IARBsAJqEP4BDA0LIARBgANqEIICCyAEQfQCahCCAiAEQdgBahC4AQsgBEGwAmoQ/gELIARBzAFqEIUCDAYLIAQtANgCQQNrDgIBAgALIARB2AJqEKQBDAILIAwQ/gEMAQsgDBCBAgsgBEHMAmoQ/gEgBEG8AmoQXCAEQbACahCFAgsgBiAANgIUIAYgBTYCECAGQQ02AgwgBkGJpcAANgIIIAZCg4CAgMACNwMACyAEQcABahDlAQwBCyAGQSI2AhQgBkHDp8AANgIQIAZBGDYCDCAGQaWkwAA2AgggBkKDgICAwAI3AwALIARBtAFqEP4BCyAEQZADaiQAAn8gBygCYEEDRwRAQQhBiAEQzwEiAEKBgICAEDcDACAAQQhqIAZBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EVRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGMk8AAQQcQgAEMAwsgB0EMakH8ksAAQRAQgAEgBygCLEGAgICAeEYNAiADEP8BDAILIAdBDGogB0HIAGoQjQELIAdBOGoQ/wELIBAgBygCJDYCGCAQIAcpAhw3AhAgECAHKQIUNwIIIBAgBykCDDcCACAHQeABaiQAIA5BGGoQ2QEgDkEQahDZASAOQSBqJAAjAEEgayIAJAAgAEEANgIAIAAgECkCADcCBCAAIBApAgg3AgwgACAQKQIQNwIUIAAgECgCGDYCHEEEQSgQzwEiAUKBgICAEDcCACABIAApAgA3AgggASAAKQIINwIQIAEgACkCEDcCGCABIAApAhg3AiAgAEEgaiQAIApB0ABqJAAgAUEIagvuAwEKfwJAAkACQAJAAkACQCABLQAAQQFrDgUBAgMEBQALIABBADoAAA8LIAAgASkDEDcDECAAIAEpAwg3AwggACABKQMANwMADwsgAEECOgAAIAAgASkDEDcDECAAIAEpAwg3AwgPCyAAQQRqIAFBBGoQYCAAQQM6AAAPCyAAQQRqIQMjAEEgayICJAAgAUEEaiIBKAIEIQggAiABKAIIIgVBCEEYEGQgBUEYbCEJQQAhASACKAIEIQYgAigCACIKIQQDQCAERSABIAlGckUEQCACQQhqIAEgCGoQNSABIAZqIgcgAikDGDcDECAHIAIpAxA3AwggByACKQMINwMAIAFBGGohASAEQQFrIQQMAQsLIAMgBTYCCCADIAY2AgQgAyAKNgIAIAJBIGokACAAQQQ6AAAPCyAAQQRqIQQjAEEwayICJAAgAUEEaiIDKAIEIQEgAiADKAIIIgZBCEEoEGQgBkEobCEIIAJBGGohCUEAIQMgAigCBCEHIAIoAgAiCiEFA0AgBUUgAyAIRnJFBEAgAkEIaiILIAEQYCAJIAFBEGoQNSADIAdqIAtBKPwKAAAgA0EoaiEDIAVBAWshBSABQShqIQEMAQsLIAQgBjYCCCAEIAc2AgQgBCAKNgIAIAJBMGokACAAQQU6AAALjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBlIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAEOEBDAELIANBBGogARA4IAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAEOEBCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxBHIgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQHiAEKAIMDQILIABBKzYCCCAAQcyywAA2AgQgAEEBNgIADAILIABCFTcCAAwBCyAEIAIgARAeIAAgBCkDADcCBCAAQRU2AgALIARBEGokAAuiAQEBfyMAQRBrIgIkACACIAEQPwJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUGHksAAQQQQdQ0BIABBgYCAgHg2AgAMAgsgAkEEaiABEGUgAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC4YBAQJ/IwBBQGoiBCQAIARBGGoiBSABEA0gBC0AGCIBQQZHBEAgBCAEKQAoNwAPIAQgBCkAITcDCCAEIAQpABk3AwAgACgCACAFIAIgAxBSIAQgAToAKCAEIAQpAwA3ACkgBCAEKQMINwAxIAQgBCkADzcAOCAFEJcBCyAEQUBrJAAgAUEGRwt2AQR/IwBBEGsiAiQAQQQhBANAAkAgBEUEQEEBIQUMAQsgAkEIaiABEG4gAi0ACEUNACACIAItAAlBEBCEASACKAIAQQFxRQ0AIARBAWshBCACKAIEIANBBHRqIQMMAQsLIAAgAzYCBCAAIAU2AgAgAkEQaiQAC3UBAn8CQCABIANHDQADQCABRSEEIAFFDQEgAi0AACEDIAAtAAAhBSABQQFrIQEgAkEBaiECIABBAWohACAFQSBBACAFQcEAa0H/AXFBGkkbckH/AXEgA0EgQQAgA0HBAGtB/wFxQRpJG3JB/wFxRg0ACwsgBAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQZqMwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEIajYCAA8LIABBGzYCCCAAQf+LwAA2AgQgAEEANgIADwsAC8oDAgN/An4jAEFAaiIDJAAgAyACOQMQIAMgATYCDCADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBEGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQQxqNgIYIwBBMGsiASQAIAFBFGoiBCADQRhqIgAoAiAQRCABKAIURQRAIAFBCGogBBCdASABKAIIIgBBASAAGyABKAIMQQAgABsQjQIACyAAKAIQKwMAIAAoAgAoAgAgASABKAIcNgIoIAEgASkCFCIGNwMgQQBHIQX8BiEHIwBBgAJrIgAkACAAQSBqIAanIgRBgAH8CgAAIARB2K7AAEGAAfwKAAACQAJAAkACQAJAIAApAyBCAVgEQCAFDQIgAEEHNgKgASAAQQRqIABBoAFqEKcBDAELIABBBGpBv7DAAEElEIABCyAAKQMgQgJaDQEgAEEgahDMAQwCCyAAQaABaiIFIABBIGpB4AD8CgAAIABBBGogBCAFIAcQQiAFEMwBIAApAyBCAlQNAQsgAEEgahBJDAELIABBgAFqELQBCyAEIABBBGoQQSAAQYACaiQAIAFBIGoQ0AEgAUEwaiQAIANBQGskAAuPAQEBfyMAQTBrIgMkACADQRhqIAEgAhAvAkAgAy0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgAUEFRgRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCACADEKQBCyADQTBqJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQmQEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEGVBACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQ4QEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQDSACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEKQBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAoQBIgMgAyAAKAKIAUEUbGoQbyACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABBJIABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC5ITAhB/An4jAEEwayIIJAACQCABKAKMASIBBEAgCEEEaiENIwBB0ABrIgUkAAJAIAMgAikDCCIVIAFBCGoiDikDECADfCIUIBQgFVUbIBQgAikDAKdBAXEbIBQgDi0AfhsiFFMEQCAFQRBqIAJBKGoQywEgBSgCFCEQIAUoAhAhDyAFQQA2AiQgBUKAgICAEDcCHCAFQRxqEPIBQf+VwABBAxDjASACKAIUIhEgAigCGCISEOoBQYKWwABBBBDjAUGGlsAAQQ0Q6gFBk5bAAEEDEOMBQZaWwABBDBDqAUGilsAAQQMQ4wEgAxClAUGllsAAQQMQ4wEgFBClASEHIA8EQCAHQaiWwABBBRDjASAPIBAQ6gEaCyACKAIgIgEgAigCJEEobGohCwNAAkACQAJAAkAgASALRwRAIAcgASgCBCABKAIIEOMBIQQgAUEoaiECIAEtABBBAWsOBAIBAwQBCyAHEIACIgopAgAhAyAKQQA2AgAgBSAKKAIIIgY2AjAgBSADNwMoIAVBADYCJCAFQQE2AiAgBUE0aiELIAUoAiwhCSAOKAIcIQcgDigCICEEIwBB8ARrIgIkACACQSxqIgEgBkECdEEDbkHUAGoQjwEgAUGYjsAAQSQQfyABQS4QWCACQfABaiIMIAkgBhDvASABIAIoAvQBIAIoAvgBEH8gDBD+ASACQThqIwBBgANrIgEkACABQSBqIgZBAEHAAPwLAAJAIARBwABNBEAgAUEYaiAEIAZBwABBiMbAABC1ASABKAIYIAEoAhwgByAEQZjGwAAQswEMAQsgAUGoAWoiDEEAQcEA/AsAIAFCADcDoAEgAUG4x8AAKQMANwOYASABQbDHwAApAwA3A5ABIAFBqMfAACkDADcDiAEgAUGgx8AAKQMANwOAASABQYABaiITIAcgBEEGdhDYASABQRBqIARBP3EiBiAMQcAAQcCKwAAQtQEgASgCECABKAIUIAcgBEHA////B3FqIAZB0IrAABCzASABIAY6AOgBIAFB8AFqIgQgE0HwAPwKAAAgAUIANwP4AiABQgA3A/ACIAFCADcD6AIgAUIANwPgAiAEIAFBmAJqIAFB4AJqEAwgASABKQP4AjcDeCABIAEpA/ACNwNwIAEgASkD6AI3A2ggASABKQPgAjcDYCABQQhqQSAgAUEgakHAAEHoxcAAELUBIAEoAgggASgCDCABQeAAakEgQfjFwAAQswELIAFBIGpBwAD8CgAAIAFBgANqJABBACEBA0AgAUHAAEcEQCACQThqIAFqIgQgBC0AAEE2czoAACABQQFqIQEMAQsLIAJCADcDwARBACEBIAJBuMfAACkDADcDuAQgAkGwx8AAKQMANwOwBCACQajHwAApAwA3A6gEIAJBoMfAACkDADcDoAQgAkGgBGogAkE4akEBENgBA0AgAUHAAEcEQCACQThqIAFqIgQgBC0AAEHqAHM6AAAgAUEBaiEBDAELCyACQgA3A+gEIAJBuMfAACkDADcD4AQgAkGwx8AAKQMANwPYBCACQajHwAApAwA3A9AEIAJBoMfAACkDADcDyAQgAkHIBGoiASACQThqIgZBARDYASACQZgCaiABQSj8CgAAIAJB8AFqIgEgAkGgBGoiCUEo/AoAACACQdgDakEAQcEA/AsAIAJBiANqIgQgAUHQAPwKAAAgBiAEQZgB/AoAACACLQDIASEEIAIoAjQhASACKAIwIQcgAiAGNgKgBCACIAk2AsgEIAJBiAFqIQYCQAJAAkBBwAAgBGsiCSABTQRAIAQNAQwCCyACQRBqIAQgBkHgisAAEJwBIAJBCGogASACKAIQIAIoAhRB8IrAABC1ASACKAIIIAIoAgwgByABQYCLwAAQswEgASAEaiEEDAILIAJB8AFqIAcgASAJQZCKwAAQjAEgAigC/AEhASACKAL4ASEHIAIoAvQBIQkgAigC8AEhDCACQSBqIAQgBkGgisAAEJwBIAIoAiAgAigCJCAMIAlBsIrAABCzASACQcgEaiAGQQEQ8AELIAFBP3EhBCABQQZ2IgkEQCACQcgEaiAHIAkQ8AELIAJBGGogBCAGQcAAQcCKwAAQtQEgAigCGCACKAIcIAcgAUHA////B3FqIARB0IrAABCzAQsgAiAEOgDIASACQfABaiIBIAJBOGpBmAH8CgAAIAJCADcDuAQgAkIANwOwBCACQgA3A6gEIAJCADcDoAQgAkIANwPgBCACQgA3A9gEIAJCADcD0AQgAkIANwPIBCABIAJBwAJqIgQgAkHIBGoiBxAMIAJBADoAgAMgBEEgIAdBIEGAi8AAELMBIAJBIDoAgAMgAkGYAmogBCACQaAEahAMIAIgAikDoAQ3A9ABIAIgAikDqAQ3A9gBIAIgAikDsAQ3A+ABIAIgAikDuAQ3A+gBIAJBLGoiBEEuEFggASACQdABakEgEO8BIAQgAigC9AEgAigC+AEQfyABEP4BIAsgAigCNDYCCCALIAIpAiw3AgAgAkHwBGokACAFQQA2AkggBUKAgICAEDcCQCAFQUBrEPIBQa2WwABBCxDjASAFKAI4IAUoAjwQ6gFBuJbAAEEJEOMBQcGWwABBBhDqAUHHlsAAQQkQ4wEgFBClAUHQlsAAQQQQ4wEQ8gFB1JbAAEECEOMBIBEgEhDqAUGolsAAQQUQ4wEhAQJAIA8EQCABIA8gEBDqARoMAQsgAUGHksAAQQQQ6wEaCyABEIACQdaWwABBCBDjASAOKAJ4IgEoAjggASgCPBDqARCAAiEBIA1BFTYCACANIAEoAgg2AgwgDSABKQIANwIEIAFBADYCACAFQQA2AkggBUEBNgJEIAEQ/gEgCxD+ASAFQShqEP4BIAoQ/gEMBgsgBUFAayABQRBqEHIgBCAFKQNIQgAgBSgCQBsQpQEaIAIhAQwDCyAEIAEtABEQ3AEaIAIhAQwCCyAEIAEoAhggASgCHBDqARogAiEBDAELIAQQ8wEhBiABKAIcQRhsIQQgASgCGCEBA0AgBARAIAVBCGogARDKASAGIAUoAggiCkEBIAobIAUoAgxBACAKGxDqARogBEEYayEEIAFBGGohAQwBCwsgBhCDAhogAiEBDAALAAsgDUEJNgIACyAFQdAAaiQAIAgoAgRBFUcEQCAIIAgoAhQ2AiggCCAIKQIMNwMgIAggCCkCBDcDGCAAIAhBGGoQpwEMAgsgAEHIASAIQQhqEEwMAQsgAEH8sMAAQRAQgAELIAhBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABBmozAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABB/4vAADYCBCAAQQA2AgAPCwALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQbzIwAAgAygCACIDKAIAIAMoAgQQCxogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEG8ysAANgIEIAAgATYCACACQSBqJAALcwEBfyMAQRBrIgMkACADQQRqIAEgAhBSIAAgAygCDCICNgIIIAAgAykCBDcCACADKAIIIQADQCACBEAgAEEgQQAgAC0AACIBQeEAa0H/AXFBGkkbIAFzOgAAIAJBAWshAiAAQQFqIQAMAQsLIANBEGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahCmAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakG0k8AAECwiAUUEQCADEIECDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAEOQBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ/gEgAEEUahCLAiAAQSBqEP4BDwsgAEEIahD0AQ8LIABBCGoQzAEPCyAAQQhqEMwBIABB6ABqEOEBDwsgABDMASAAQeAAahC0AQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABECMCQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQVyAEQQhqIAUQFAJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUEM8BIQMgBEEEakGzkcAAQRAQUiADQQw2AgQgA0HDkcAANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC2MBAn8gASgCCCEDIAACfyABKAIAIgIEQCABKAIEIAJrQQN2IgIgA0UNARogASgCDCADa0EDdiACagwBC0EAIANFDQAaIAEoAgwgA2tBA3YLIgI2AgggAEEBNgIEIAAgAjYCAAt6AgF/AX4jAEEQayIDJAAgA0EEaiABEGUCQCADKAIEIgFBgICAgHhGDQAgAykCCCEEIAJFBEAgACgCACIAEOEBIAAgBDcCBCAAIAE2AgAMAQsgACgCBCIAEOEBIAAgBDcCBCAAIAE2AgALIANBEGokACABQYCAgIB4RwtfAQJ/IwBBEGsiAiQAIAJBCGogABA/AkAgAi0ACEUNACACLQAJIAFB/wFxRw0AIAAoAgwiAUEfSw0AQQEhAyAAIAFBAWo2AgwgACAAKAIIQQFqNgIICyACQRBqJAAgAwtfAQF/IwBBEGsiBCQAIARBCGogASACIAMQfCAEKAIIIgEEfyAEIAEgBCgCDBAeIAQoAgQhAiAEKAIABUEACyEDIAAgAjYCBCAAIANBACACG0EAIAMbNgIAIARBEGokAAvTAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRAQffHwABByQBBnMjAABCJAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJEFYLIAFBATYCBAwBCyAFIAkgAyACIggQByIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ3gEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBkIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQoQEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEA0gAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECsgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDeAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCZAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAtZAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAIDwtBrMnAAEHcycAAEOABAAtB7MnAAEGcysAAEOABAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBzIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQvAEgASAAKAIEIAAoAghqEDAgACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBkIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQuwEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBwgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEG1FDQELIAFBCGohASACQQhrIQIMAQsLIAJBAEcLfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQRhuIQADQCAABEAgAEEBayEAIAEQpAEgAUEYaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahCIAiAAQRBqJAAgAkEQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEPUBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQiQIgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMYBIAFFIANBAUdxDQEgAkEQaiQADwsQjAIAC0HAi8AAQT8QjQIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQxwEgAUUgA0EBR3ENASACQRBqJAAPCxCMAgALQcCLwABBPxCNAgALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQMSAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDbASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDeAQAL0woCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBBEIAVBGGogACgCACgCACAAKAIEKAIAEIIBIAVBADYCLCAFIAUoAhwiATYCNCAFIAUoAhgiADYCMCAFKAIgRQRAIAVBEGogBUEsahCLASAFKAIQIQEgBSgCFCEAIAVBCGogAhCdASAFKAIIIgIgASACGyIBQQEgARsgBSgCDCAAIAIbQQAgARsQjQIACyAFIAUoAig2AkAgBSAFKQIgIgw3AzggBSABNgJMIAUgADYCSCMAQeABayIDJABBASEKAkAgDKciBygCjAEiAkUNACACKAI0RQ0AIAIoAjAiAigCCCEJIAIoAgQhCgsCQCAHKQMAQgNRBEAgA0EgaiEIIAAhAiMAQUBqIgQkAAJAIAFBgIAQSwRAQYCAgIB4IQEMAQsgBEIANwIQIAQgATYCDCAEIAI2AghBgICAgHghASAEQYCAgIB4NgIcIARBgICAgHg2AiggBCAEQShqIgs2AjggBCAEQRxqNgI0AkACQCAEQQhqIgBB2JXAAEECIARBNGpB6JXAABCIAUUNACAAEJ8BRQ0AIAQoAhwiAEGAgICAeEYEQCALEOEBDAILIAQgBCkCICINNwI4IAQgADYCNCAEKAIoIgJBgICAgHhGBEAgBEE0ahD+AQwCCyAEKQIsIQ4gACEBDAILIARBKGoQ4QEgBEEcahDhAQsLIARBwAA2AhAgBEGglMAANgIMIARBETYCCAJAIAFBgICAgHhGBEAgBCkDCCEMIAhBwAA2AgggCCAMNwIADAELIARBCGoQ3QEgBCABNgI0IAQgDTcCOCAEIAI2AgggBCAONwIMIAgCfwJAIAkgDUIgiKdHDQAgDacgCiAJEG0NACAOpyAOQiCIpxAFRQRAIAhB4JTAADYCBCAIQRE2AgBBOAwCCyAIQQRqIgAgBCgCEDYCCCAAIAQpAgg3AgAgCEEVNgIAIARBNGoQ/gEMAgsgCEGYlcAANgIEIAhBETYCAEEyCzYCCCAEQQhqEP4BIARBNGoQ/gELIARBQGskACADKAIgQRVHBEAgA0EEaiAIEI0BDAILIAMgAygCLDYCECADIAMpAiQ3AgggA0GAgICAeDYCBAwBCyADQQRqQbmuwABBHhCAAQsgA0FAayIAIAdBgAH8CgAAIAdB2K7AAEGAAfwKAAAgAyADKAIcNgI4IAMgAykCFDcDMCADIAMpAgw3AyggAyADKQIEIgw3AyAgA0EEaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQADCyAHEEkgB0IENwMAIAdBCGogA0HIAGpB4AD8CgAAIAcgAygCEDYCcCAHIAMpAgg3AmhBACEBQQEhCQwECyADQcgAaiEBCyADIAEoAhg2AtgBIAMgASkCEDcD0AEgAyABKQIINwPIASADIAEpAgA3A8ABIAcgA0HAAWoQQUEBIQEgAygCIEGAgICAeEYNAQwCCyAHEEkgByAAQYAB/AoAACADQSBqQQRyEP4BDAILIANBIGpBBHIQ/gELAkACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQIACyAAEEkMAgsgCUUNASADQcgAahD0AQwBCyABRQ0AIANByABqEMwBCyAHKQMAGiADQeABaiQAIAVByABqENkBIAVBOGoQ0AEgBUHQAGokACAGQSBqJAALyQMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBBEIABBGGogASgCACgCACABKAIEKAIAEIIBIABBADYCLCAAIAAoAhwiAjYCNCAAIAAoAhgiBTYCMCAAKAIgRQRAIABBEGogAEEsahCLASAAKAIQIQIgACgCFCEDIABBCGogBBCdASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQjQIACyAAIAAoAig2AkAgACAAKQIgIgc3AzggACACNgJMIAAgBTYCSCMAQTBrIgEkAAJAIAenIgYpAwBCAlEEQCABQeSwwABBGBCAAQwBCyABQRxqIgQCf0EHIAUgAkHelsAAQREQxQENABpBEiAFIAJB75bAAEEUEMUBDQAaQQYgBSACQYOXwABBCxDFAQ0AGiAEQSM2AgggBEGOl8AANgIEQRELNgIAIAEgBBCnAQsgBiABEEEgAUEwaiQAIABByABqENkBIABBOGoQ0AEgAEHQAGokACADQSBqJAAL4xgCDX8CfiMAQSBrIggkACAIIAI2AgQgCCABNgIAIAggADYCGCAIIAhBH2oiADYCFCAIIAA2AhAgCCAIQQRqNgIMIAggCDYCCCMAQdAAayIGJAAgBkEYaiAIQQhqIgAoAhAQRCAGQSRqIAAoAgAoAgAgACgCBCgCABBTAkAgBigCGARAIAYoAiRBgYCAgHhHDQELIAZBEGogBkEkahCVASAGKAIQIQEgBigCFCECIAZBCGogBkEYahCdASAGKAIIIgAgASAAGyIBQQEgARsgBigCDCACIAAbQQAgARsQjQIACyAGIAYoAiA2AjggBiAGKQIYIhE3AzAgBiAGKQIkNwNAIAYgBigCLDYCSCMAQRBrIgwkACAMQQhqIAZBQGsiDxDLASAMKAIIIQEgDCgCDCEHIwBB4AJrIgIkAAJAIBGnIgooAowBIgBFDQAgACgCCA0AIAAoAhQhBSAAKAIQIQQLAkACQAJAIAopAwBCBFEEQAJAIAQgASAEGyILBEAgAkHAAWohASAKKAJEIQ0gCigCSCEOIAotAGQhCSMAQdAAayIAJABBgICAgHghAwJAIAUgByAEGyIEQYCAEEsNACAAQgA3AjQgACAENgIwIAAgCzYCLCAAQYCAgIB4NgJAIAAgAEFAazYCIAJAIABBLGoiBEGYk8AAQQEgAEEgakGgk8AAEIgBRQ0AIAQQnwFFDQAgACkCRCEQIAAoAkAhAwwBCyAAQUBrEOQBCyAAQSk2AjQgAEHIk8AANgIwIABBETYCLAJAIANBgICAgHhGBEAgACkCNCEQIAEgACgCPDYCFCABIBA3AgwgAUHIk8AANgIIIAFCgoCAgJgCNwIADAELIABBLGoQ3QEgACADNgIIIAAgEDcCDCAQQiCIp0EYbCEDIBCnIQQCQAJAAkACQANAIANFDQEgACAEQcSOwABBAxB5EHQgACAAKQMANwJAIAAgDjYCMCAAIA02AiwgA0EYayEDIARBGGohBCAAQUBrIABBLGoiBRCjAUUNAAsgACAEQRhrNgIUIAUgAEEUakHxk8AAQQMQfSAAKAI0IQQgACgCMCEDIAAoAiwiBUEVRwRAIAEgACkCODcCECABIAQ2AgwgASADNgIIIAEgBTYCBCABQYKAgIB4NgIADAMLIABBLGogAEEUakHBjsAAQQMQfSAAKAI0IQsgACgCMCEFIAAoAiwiB0EVRwRAIAEgACkCODcCECABIAs2AgwgASAFNgIIIAEgBzYCBCABQYKAgIB4NgIADAMLIABBLGogAEEUakH0k8AAQQMQfSAAKAI0IQ0gACgCMCEHIAAoAiwiDkEVRwRAIAEgACkCODcCECABIA02AgwgASAHNgIIIAEgDjYCBCABQYKAgIB4NgIADAMLAkACQCAFBEAgACALNgJEIAAgBTYCQCAAQQU2AjAgACAJEOwBNgIsIABBQGsgAEEsahDfAUUNAQsgB0UNASAAIA02AjAgACAHNgIsIABBLGpBmJTAABDfAQ0BCyABQoKAgIDoADcCAAwDCyAAIABBFGoiBTYCGAJAIAlBAkYEQCADRQ0DIAMgBEH3k8AAQQIQxQFFDQMgAEEsaiAFQfmTwABBAxB9IAAoAjQhAyAAKAIwIQQgACgCLCIJQRVHBEAgASAAKQI4NwIQIAEgAzYCDCABIAQ2AgggASAJNgIEIAFBgoCAgHg2AgAMBQsgACADNgJEIAAgBDYCQCAAQUBrQYSUwAAQowFFDQMgAEEsaiAAQRhqQYyUwAAQJSAAIAApAjA3A0AgACAAKAI4NgJIIAAoAiwiA0EVRwRAIAAoAjwhBCABIAAoAkg2AhAgASAAKQNANwIIIAEgBDYCFCABIAM2AgQgAUGCgICAeDYCAAwFCyAAIAApA0A3AyAgACAAKAJIIgM2AiggAEEgahD+ASADQSBHDQEgAEEsaiAAQRhqQY2UwAAQJSAAIAApAjA3A0AgACAAKAI4NgJIIAAoAiwiA0EVRwRAIAAoAjwhBCABIAAoAkg2AhAgASAAKQNANwIIIAEgBDYCFCABIAM2AgQgAUGCgICAeDYCAAwFCyAAIAApA0A3AyAgACAAKAJIIgM2AiggAEEgahD+ASADQSBHDQEgAEEsaiAAQRRqQYyUwABBARB9IAAoAjQhBCAAKAIwIQMgACgCLCIJQRVHBEAgASAAKQI4NwIQIAEgBDYCDCABIAM2AgggASAJNgIEIAFBgoCAgHg2AgAMBQsgAEEgaiIJIANBASADGyAEQQAgAxsQUiAAQSxqIABBFGpBjZTAAEEBEH0gACgCNCEEIAAoAjAhAyAAKAIsIgVBFUcEQCABIAApAjg3AhAgASAENgIMIAEgAzYCCCABIAU2AgQgAUGCgICAeDYCACAJEP4BDAULIABBQGsgA0EBIAMbIARBACADGxBSIAAgAC8ASTsBHCAAIAAtAEs6AB4gAC0ASCEJIAApA0AhECAAKAIoIQMgACkDICERQYCAgIB4IQQMBQsgA0UNAiADIARBjpTAAEEDEMUBRQ0CIABBLGogAEEYakGRlMAAECUgACAAKQIwNwNAIAAgACgCODYCSCAAKAIsIgNBFUcEQCAAKAI8IQQgASAAKAJINgIQIAEgACkDQDcCCCABIAQ2AhQgASADNgIEIAFBgoCAgHg2AgAMBAsgACAAKQNANwMgIAAgACgCSCIFNgIoQQAhA0EAIAVBA3RrIQQgACgCJCEHAkACQANAIAMgBUYNASADIAdqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIABBIGoQ/gEgAEEsaiAAQRhqQZKUwAAQJSAAIAApAjA3A0AgACAAKAI4NgJIIAAoAiwiA0EVRwRAIAAoAjwhBCABIAAoAkg2AhAgASAAKQNANwIIIAEgBDYCFCABIAM2AgQgAUGCgICAeDYCAAwGCyAAIAApA0A3AyAgACAAKAJIIgQ2AigCQCAERQ0AIAAoAiQiBS0AAEIAIRBBACEDA0AgAyAFai0AACILrUL/AYMgEEIIhoQhECAEIANBAWoiA0cNAAtFIARBBEtyIBBCA1RyDQAgC0EBcQ0CCwsgAEEgahD+ASABQoKAgIDoADcCAAwECyAAQSBqEP4BIABBLGogAEEUakGRlMAAQQEQfSAAKAI0IQQgACgCMCEDIAAoAiwiBUEVRwRAIAEgACkCODcCECABIAQ2AgwgASADNgIIIAEgBTYCBCABQYKAgIB4NgIADAQLIABBIGoiBSADQQEgAxsgBEEAIAMbEFIgAEEsaiAAQRRqQZKUwABBARB9IAAoAjQhBCAAKAIwIQMgACgCLCIHQRVHBEAgASAAKQI4NwIQIAEgBDYCDCABIAM2AgggASAHNgIEIAFBgoCAgHg2AgAgBRD+AQwECyAAQUBrIANBASADGyAEQQAgAxsQUiAAKQJEIRAgACgCQCEDIAApAiQhESAAKAIgIQQMBAsgAUKCgICA6AA3AgAMAgsgAUGBgICAeDYCAAwBCyABQoKAgIDoADcCAAsgAEEIahCBAgwBCyABIAk6ABggASAQNwIQIAEgAzYCDCABIBE3AgQgASAENgIAIAEgAC8BHDsAGSABIAAtAB46ABsgAEEIahCBAgsgAEHQAGokACACKALAAUGCgICAeEcNASACQQRqIAJBxAFqEI0BDAQLIAJBBGpB2K/AAEEhEIABDAMLIAIgAigC2AE2AhwgAiACKQLQATcCFCACIAIpAsgBNwIMIAIgAikCwAEiEDcCBCAQp0GBgICAeEYNAyACIAJBBGoiACgCGDYCOCACIAApAhA3AzAgAiAAKQIINwMoIAIgACkCADcDICACQUBrIApBgAH8CgAAIApB2K7AAEGAAfwKAAAgAikDQEIEUg0BIAJBwAFqIgEgAkHIAGpB4AD8CgAAIAIgACgCGDYCuAIgAiAAKQIQNwOwAiACIAApAgg3A6gCIAIgACkCADcDoAIgChBJIAogAUGAAfwKAAAgAkGoAWoQ4QEMAwsgAkEEakH5r8AAQR4QgAEMAQsgAkFAaxBJIAJBIGoQtAEMAQsgAiACKAIcNgLYAiACIAIpAhQ3A9ACIAIgAikCDDcDyAIgAiACKQIENwPAAiAKIAJBwAJqEEELIAJB4AJqJAAgDxDhASAMQRBqJAAgBkEwahDQASAGQdAAaiQAIAhBIGokAAvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQmwEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDeAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABED8CQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAKDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ8gEiBEGtkcAAQQYQ4wEgATMBGBClAUGikcAAQQcQ4wEgASgCBCABKAIIEGlBqZHAAEEEEOMBIAEoAhAgASgCFBDqARogBBCAAhogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEP4BIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAWENwMYIAMgA0EMaq1CgICAgIAFhDcDEEGogMAAIANBEGogAhCJAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEOIBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDzASEAA0AgAgRAIAAQ8wEgASgCACABKAIEEOoBIAEoAgwgASgCEBDqARCDAhogAkEUayECIAFBFGohAQwBCwsgABCDAgvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDTASABQQhqEKQBIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQmQEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIYBIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQmQEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC5ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ1wEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAs+AQJ/IwBBEGsiAyQAIAIgAUEBa0sEQCADIAA2AgggAyAAIAFqNgIMIANBCGoQeEEBcyEECyADQRBqJAAgBAtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBzIARBCGogBCgCECAEKAIUIAEgAhCyASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQMCAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMoBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhD5AUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFgLCz8BAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB7AkAgAygCCEUNACADKAIMIgBFDQAgAygCBCAAEFYLIANBEGokAAtCAQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLOAEBfyMAQRBrIgMkACADQQhqIAAQyQEgAygCCCIABH8gACADKAIMIAEgAhBHBUEACyADQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ2wEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADEEcQdCAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxB5IgJFDQBBBiEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EVIQELIAAgATYCAAtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEECsgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDeAQALIAVBEGokAAs8AQF/IAAgAhC8ASAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQQECfyMAQSBrIgMkACADQQhqIgQgASACEFIgA0H0AzsBHCADQQ42AhggA0GRtMAANgIUIAAgBBCQASADQSBqJAALNgECfyAALQAAIQMDQCACIgAEQCAAQQFrIQIgAS0AACEEIAFBAWohASADIARHDQELCyAAQQBHCz8BAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEFEgACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEENsBIgFFBEBBBEEIEI8CAAsgASACNgIEIAEgAzYCACAAQazKwAA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEB4gAyADKAIIIAMoAgwQMiAAIAMoAgAgAygCBBBSIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEJYBIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEAciAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUHMksAAEA8gBUEQaiQAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQdTIwAAgASgCBCABKAIIIgAtAAggAC0ACRAtAAsgAEGAgICAeDYCACAAIAE2AgwgAEHwyMAAIAEoAgQgASgCCCIALQAIIAAtAAkQLQALNAECfyMAQRBrIgEkACABQQhqIAAQIyABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQ2QFBAAshASAAIAI2AgQgACABNgIACzkAIAIgA0kEQEHcxcAAQRMgBBCJAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs8AQF/IwBBIGsiAiQAIAIgASgCEDYCGCACIAEpAgg3AxAgAiABKQIANwMIIAAgAkEIahCnASACQSBqJAALPAAgAiADSQRAQdzFwABBE0GoxsAAEIkBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEGQgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDyAUHPkcAAQQUQ4wEgASgCDCABKAIQEOoBQdSRwABBBxDjASABKAIEIAEoAggQ6gFB25HAAEEKEOMBIAEzARQQpQEQgAIiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxD+ASACQRBqJAAgACAGIAUQTCABEP4BIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAkIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQHiACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD+ASAAQRBqIQAMAQsLCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ6QEPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQCws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBEBAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEOEBQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBRIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAtxAQN/IAAoAggiAyAAKAIARgRAIwBBEGsiAiQAIAJBCGogACAAKAIAQQFBCEEoECsgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDeAQALIAJBEGokAAsgACgCBCADQShsaiABQSj8CgAAIAAgA0EBajYCCAsxACMAQRBrIgIkACAAKAIAIgAQkgEgAiAANgIMIAEgAkEMakGMrMAAECwgAkEQaiQACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAtsAQJ/IAEtAIMBQQFGBEBBACEBIAIgA0H4jsAAQQMQzgEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQUiAAIAQ2AgALHgAgAgRAIAIgARDbASEBCyAAIAI2AgQgACABNgIACy4AIAFBwABNBEAgAEHAACABazYCBCAAIAEgAmo2AgAPCyABQcAAQcAAIAMQFwALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDQAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDRAUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQPyABLQAIIAFBEGokAEF/c0EBcQsrAQF/IwBBEGsiBCQAIAQgACgCADYCDCAEQQxqIAEgAiADEDkgBEEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAIQggEgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQBwwBCyACRQRAQQEhAwwCCyACQQEQ2wELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMEN4BAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEN8BCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahD/AQsPCyAAQQRqEP4BDwsgAEEEahCBAgvJAQIDfwF+IAAQdiABQgBTBEAgAEEtEFgLIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBYIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEHgksAAEGcACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBtBUEBC0UL5QgBCX8jAEEgayIJJAAjAEFAaiICJAAgCUEIaiIHAn8CQAJ/AkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIAQQFrDhQBAgMEBQYHCAkKCwwNDg8QERITFAALIAJBEGpBsZfAAEHVABBSQZADIQRBhpjAACEDQRIMGAsgAkEQaiABKAIEIAEoAggQUkGQAyEEQZiYwAAhA0EUDBcLIAJBEGpBrJjAAEEmEFJBkAMhBEHSmMAAIQNBFAwWCyACQRBqQeaYwABBKhBSQZUDIQRBkJnAACEDQRIMFQsgAkEQakGimcAAQSwQUkGTAyEEQc6ZwAAhA0ESDBQLIAIgASgCCCIDIAEoAgwiBGo2AjggAiADNgI0IAJBADYCPCACQTRqIQpBICEFIwBBEGsiCCQAA0ACQCAIQQhqIAoQSiAIKAIMQYCAxABGBEAgBSEGDAELIAVBAWsiBQ0BCwsgCEEQaiQAIAYNEiACQQhqIAoQSiACKAIMQYCAxABGDRICQCACKAIIIgVFDQAgBCAFTQRAIAQgBUYNAQwSCyADIAVqLAAAQUBIDRELIAMMEQsgAkEQakGxmsAAQToQUkGRAyEEQYOXwAAhA0ELDBILIAJBEGpB65rAAEEjEFJBkQMhBEHelsAAIQNBEQwRCyACQRBqIAEoAgQgASgCCBBSQZEDIQRBjpvAACEDQQ0MEAsgAkEQakGbm8AAQR4QUkGRAyEEQbmbwAAhA0ENDA8LIAJBEGpBxpvAAEE7EFJBkQMhBEGBnMAAIQNBEwwOCyACQRBqQZScwABBKhBSQb6cwAAhA0GRAwwJCyACQRBqQcycwABBOxBSQZEDIQRBh53AACEDQRAMDAsgAkEQakGXncAAQR4QUkGRAyEEQbWdwAAhA0EPDAsLIAJBEGpBxJ3AAEEgEFJBkQMhBEHkncAAIQNBDwwKCyACQRBqQfOdwABBLBBSQZEDIQRBn57AACEDQQ8MCQsgAkEQakGunsAAQTcQUkGTAyEEQeWewAAhA0EVDAgLIAJBEGogASgCBCABKAIIEFJB+p7AACEDQfYDDAMLIAJBEGpBiJ/AAEEqEFJB9wMhBEHvlsAAIQNBFAwGCyACQQs2AiggAkGyn8AANgIkIAIgASkCBDcCHCACQRBqIAJBHGpBAhDxAUG9n8AAIQNB9AMMAQsgAkENNgIoIAJBy5/AADYCJCACIAEpAgw3AiwgAiABKQIENwIcIAJBEGogAkEcakEDEPEBQdifwAAhA0H0AwshBEEODAMLQQALIQYgBSAEIAYbIQQgBiADIAYbIQMLIAIgBDYCKCACIAM2AiQgAkE8NgIgIAJB4JnAADYCHCACQRBqIAJBHGpBAhDxAUGRAyEEQZyawAAhA0EVCzYCECAHIAM2AgwgByACKQIQNwIAIAcgAigCGDYCCCAHIAQ7ARQgAkFAayQAIAAgBxCQASABEN0BIAlBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQyAEjAEHQAGsiASQAIAFBEGogAxCRAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEGQgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCRASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARC6AQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBOIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAhIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA2IANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQSCACQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEJgBIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBAIANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQVCACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECggAkEQaiQACyYBAn8gACgCCCIDIAEoAgRGBH8gACgCBCABKAIAIAMQbQVBAQtFCygAIAMgBCABIAIQzgEhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALZwAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgICABYQ3AxggACAAQQhqrUKAgICAgAWENwMQQeKIwAAgAEEQaiAEEIkBAAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD+ASAAQRBBDCABG2oQ/gELIwAgASADSwRAQQAgASADIAQQFwALIAAgATYCBCAAIAI2AgALnAcCDX8BfiMAQRBrIgskACMAQTBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EvaiIANgIoIAMgADYCJCADIANBDGo2AiAgAyADQQhqNgIcIwBBEGsiByQAIAcgA0EcaiIAKAIAKAIAIAAoAgQoAgAQggEgBygCACEAIAcgBygCBCICNgIMIAcgADYCCCADQRBqIQojAEEgayIFJAAjAEEQayIBJAAgASACNgIMIAEgADYCCEHUdCEAAn8DQEEAIABFDQEaIABBjMbAAGogAEGEAWohACABQQhqEN8BRQ0ACyAAQcjEwABqCyECIAFBEGokAAJAAkAgAkUNACMAQRBrIgAkACAAQaiowAA2AgwgAEGAqMAANgIIIAAgAigCSCIBNgIAIAAgASACKAJMQQN0ajYCBCAFQRRqIQ0jAEEgayIBJAAgAUEUaiAAEE0CQCABKAIYQQFGBEAgASABKAIcQQRBCBBkIAFBADYCECABIAEpAwA3AgggAUEIaiECIwBBEGsiCCQAIAhBBGoiBCAAEE0CQCAIKAIIQQFGBEAgAiAIKAIMELoBIAIpAgQhDyAIIAJBCGo2AgQgCCAPQiCJNwIIIwBBEGsiAiQAIAIgBCgCCDYCCCACIAQpAgA3AwACQCAAKAIAIgRFDQAgBCAAKAIEIgZGDQAgBiAEa0EDdiEGA0AgAiACKAIEIglBAWo2AgQgAigCCCAJQQN0aiAEKQIANwIAIARBCGohBCAGQQFrIgYNAAsLAkAgACgCCCIEBEAgAigCBCEJIAIoAgAgACgCDCIMIARHBEAgAigCCCAJQQN0aiEGIAkgDCAEa0EDdiIMaiEJA0AgBiAEKQIANwIAIARBCGohBCAGQQhqIQYgDEEBayIMDQALCyAJNgIADAELIAIoAgAgAigCBDYCAAsgAkEQaiQAIAhBEGokAAwBC0HcicAAQSNBgMfAABCJAQALIA0gASgCEDYCCCANIAEpAgg3AgAgAUEgaiQADAELQdyJwABBI0HwicAAEIkBAAsgAEEQaiQAIAVBCGogBSgCGCAFKAIcQZOTwABBARAEIA0QhAIgBSgCCEGAgICAeEYNACAKIAUoAhA2AgggCiAFKQIINwIADAELIApBADYCCCAKQoCAgIAQNwIACyAFQSBqJAAgB0EIahDZASAHQRBqJAAgAyAKEIYBIAsgAykDADcCACADQTBqJAAgCygCACALKAIEIAtBEGokAAtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahCEAiAAQRBqJAAgAUEQaiQACyYAIAAoAgBBgICAgHhHBEAgABD+ASAAQRhqEOEBIABBDGoQ/gELCw0AIAAgAUEUQQQQkwILDQAgACABQQhBBBCTAgsNACAAIAFBDEEEEJMCCw0AIAAgAUEBQQEQkwILlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQPCABKAIURQRAIAFBCGogAhCeASABKAIIIgBBASAAGyABKAIMQQAgABsQjQIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCjAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQ0wEgAEEQaiQAIAFBIGoQ0QEgAUEwaiQAIARBCGogBhBsIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCTDYCBCAGIAIoAkhBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBSIABBEGokACABQSBqENEBIAFBMGokACAEQQhqIAUQlgEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8oDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDwgAigCFEUEQCACQQhqIAEQngEgAigCCCIAQQEgABsgAigCDEEAIAAbEI0CAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHEPIBQZmRwABBAxDjASABQQhqIgEoAgQgASgCCBDqAUGckcAAQQYQ4wEgASgCJCABKAIoEOoBQaKRwABBBxDjASABKAIQIAEoAhQQaUGpkcAAQQQQ4wEgASgCHCABKAIgEOoBEIACGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxD+ASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahDRASACQTBqJAAgBkEIaiADEIYBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAuqAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABA8IAEoAhRFBEAgAUEIaiAFEJ4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQB4IAUoAmBBgICAgHhGGxDsAUEFEFIgACgCBEGAgICAeEYNACACIAAoAgw2AgggAiAAKQIENwIADAELIAJBADYCCCACQoCAgIAQNwIACyAAQRBqJAAgAUEgahDRASABQTBqJAAgBEEIaiACEIYBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvIBAIJfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiCjcDICMAQRBrIgQkAAJAAkAgCqciACkDAEIBVg0AIARBBGohCCMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAAQeAAaiIAKAIAIQkgAkEEahDyAUHxk8AAQQMQ4wEhBwJAIAlBgICAgHhGBEAgB0H3k8AAQQIQ6gFB+ZPAAEEDEOMBQfyTwABBBRDqAUGMlMAAQQEQ4wEgACgCCCAAKAIMEOoBQY2UwABBARDjASAAKAIUIAAoAhgQ6gEaDAELIAdBjpTAAEEDEOoBQZGUwABBARDjASAAKAIEIAAoAggQ6gFBkpTAAEEBEOMBIAAoAhAgACgCFBDqAUHBjsAAQQMQ4wEgAC0AGBDsAUEFEOoBGgsgCCAHQfyVwABBAxDjAUEBENwBEIACIgAoAgg2AgggCCAAKQIANwIAIABBADYCACACQQA2AgwgAkEBNgIIIAAQ/gEgAkEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAFBIGoQ0QEgAUEwaiQAIAZBCGogAxCGASAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAAL+QECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQPCABKAIURQRAIAFBCGogAhCeASABKAIIIgBBASAAGyABKAIMQQAgABsQjQIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEGYMAQsgAEEEaiICQfCSwABBDBCAASAFIAIQZiACEPQBCyAAQSBqJAAgAUEgahDRASABQTBqJAAgBEEIaiAFEIYBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAu2AgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohByMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKQMAQgRSDQAgAigCaEGAgICAeEcEQCACKAJwIQYgAigCbCEFDAELIAIoAowBIgJFDQAgAigCCEEBRw0AIAIoAhQhBiACKAIQIQULIAggBjYCBCAIIAU2AgAgByAAKAIIIAAoAgwQ0wEgAEEQaiQAIAFBIGoQ0QEgAUEwaiQAIARBCGogBxBsIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCWDYCBCAGIAIoAlRBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBSIABBEGokACABQSBqENEBIAFBMGokACAEQQhqIAUQlgEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEG0FQQELRQuVAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQzQEMAQsgABD0AQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEFYLIAFBEGokAAsLlAEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoAowBBEAgAEGMAWoQzQELIABBgAFqEIsCIAAQSQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQaABEFYLIAFBEGokAAsLIQAgACADIAEgAhBXIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQThqEP4BIABBxABqEP4BIABB0ABqEP4BIAAQ1QELqwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEP4BIABBLGoQggIgAEE4ahCCAiAAQQxqEP4BIABB0ABqEOUBIABB3ABqELgBIABBxABqEIUCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQVgsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxBtBUEBC0ULGwEBfyABIAAQ2wEiAkUEQCAAIAEQjwIACyACCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDHAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQxwELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMYBCxsAIAEEQCAAIAEgAhBSDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ/gEgAEEMahDhAQsLGgAgAEEQahD+ASAAQShqEOEBIABBHGoQ/wELAwAACxgAIAAgASkCADcCACAAQQhqIAFBCGoQYAsYACAAIAApAyAgAq18NwMgIAAgASACEAMLFwEBfyAAKAIEIgEEQCAAKAIAIAEQVgsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDFAUEBcwsVACABQQlPBEAgASAAEBIPCyAAEAILGwAgAEGLksAAQY+SwAAgARtBBEEFIAEbEOsBCxUAIAAoAgBBBUYEQCAAQQRqEP4BCwsfACAABEAgACABEI8CAAtBzMrAAEEjQeDKwAAQiQEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQxQELDQAgAEHdACABEIkBAAsWACAAKAIAQYCAgIB4RwRAIAAQ/gELCxIAIAAoAgBBAE4EQCAAEP4BCwsTACAAIAEgAhDqASIAQToQWCAACxYAIAAoAgBBgICAgHhHBEAgABCBAgsLFgAgACgCAEGAgICAeEcEQCAAEIICCwsNACABBEAgACABEFYLCxwAIABBpMnAACkCADcCCCAAQZzJwAApAgA3AgALHAAgAEGUycAAKQIANwIIIABBjMnAACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQEAC50CAQF/IAAQdiMAQRBrIgMkACAAQSIQWCADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQigEiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEFgMCQsgAEHlkcAAQQIQfwwICyAAQeeRwABBAhB/DAcLIABB6ZHAAEECEH8MBgsgAEHrkcAAQQIQfwwFCyAAQe2RwABBAhB/DAQLIABB75HAAEECEH8MAwsgAEHxkcAAQQIQfwwCCyAAQfORwABBBBB/IAAgAUEEdi0A95FAEFggACABQQ9xLQD3kUAQWAwBCwsgAEEiEFggA0EQaiQAIAALEAAgABB2IAAgASACEH8gAAsQACAAQf8BcUECdCgC0MdACxAAIAAoAgAoAgAgAUEBEAMLDQAgACABIAIgAWsQfwsRACAAIAEgAkGpjcAAQQAQGAsRACAAKAIAKAIAIAEgAhDYAQsOACAAIAEgAkEBQQAQBAsPACAAEHYgAEH7ABBYIAALDwAgABB2IABB2wAQWCAACw8AIAAQiwIgAEEMahD+AQsPACAAEP4BIABBEGoQpAELEwAgAEGsysAANgIEIAAgATYCAAsRACABIAAoAgAgACgCBBDpAQuTCwEMfyAAKAIAIQcgACgCBCEGQQAhAAJAAkAgASIIKAIIIgxBgICAwAFxRQ0AAkACQAJAAkAgDEGAgICAAXEEQCABLwEOIgENAUEAIQYMAgsgBkEQTwRAAn8CQAJAIAYgB0EDakF8cSIBIAdrIglJDQAgBiAJayILQQJ2IgpFDQAgASAHRwRAIAcgAWsiBEF8TQRAA0AgACACIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiEAIAJBBGoiAg0ACwsgAiAHaiEFA0AgACAFLAAAQb9/SmohACAFQQFqIQUgBEEBaiIEDQALCyAHIAlqIQQCQCALQQNxIgFFDQAgBCALQfz///8HcWoiAiwAAEG/f0ohAyABQQFGDQAgAyACLAABQb9/SmohAyABQQJGDQAgAyACLAACQb9/SmohAwsgACADaiECA0AgBCEBIApFDQJBwAEgCiAKQcABTxsiA0EDcSEJAkAgA0ECdCIEQfAHcSIARQRAQQAhBQwBCyAAIAFqIQtBACEFIAEhAANAIAUgACgCACINQX9zQQd2IA1BBnZyQYGChAhxaiAAQQRqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBCGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWogAEEMaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiEFIABBEGoiACALRw0ACwsgCiADayEKIAEgBGohBCAFQQh2Qf+B/AdxIAVB/4H8B3FqQYGABGxBEHYgAmohAiAJRQ0ACwJ/IAEgA0H8AXFBAnRqIgAoAgAiAUF/c0EHdiABQQZ2ckGBgoQIcSIBIAlBAUYNABogASAAKAIEIgNBf3NBB3YgA0EGdnJBgYKECHFqIgEgCUECRg0AGiAAKAIIIgBBf3NBB3YgAEEGdnJBgYKECHEgAWoLIgBBCHZB/4EccSAAQf+B/AdxakGBgARsQRB2IAJqIQIMAQtBACAGRQ0BGiAGQQNxIQUgBkEETwRAIAZBfHEhAQNAIAIgBCAHaiIALAAAQb9/SmogAEEBaiwAAEG/f0pqIABBAmosAABBv39KaiAAQQNqLAAAQb9/SmohAiABIARBBGoiBEcNAAsgBUUNAQsgBCAHaiEAA0AgAiAALAAAQb9/SmohAiAAQQFqIQAgBUEBayIFDQALCyACCyECDAQLIAZFDQMgBkEDcSEAIAZBBE8EQCAGQQxxIQQDQCACIAMgB2oiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQIgBCADQQRqIgNHDQALIABFDQQLIAMgB2ohAwNAIAIgAywAAEG/f0pqIQIgA0EBaiEDIABBAWsiAA0ACwwDCyAGIAdqIQJBACEGIAchAyABIQADQCADIgQgAkYNAiAGAn8gA0EBaiADLAAAIgNBAE4NABogBEECaiADQWBJDQAaIARBBEEDIANBb0sbagsiAyAEa2ohBiAAQQFrIgANAAsLQQAhAAsgASAAayECCyACIAgvAQwiAE8NACAAIAJrIQFBACECQQAhAAJAAkACQCAMQR12QQNxQQFrDgIAAQILIAEhAAwBCyABQf7/A3FBAXYhAAsgDEH///8AcSEFIAgoAgQhBCAIKAIAIQgDQCACQf//A3EgAEH//wNxSQRAQQEhAyACQQFqIQIgCCAFIAQoAhARBABFDQEMAwsLQQEhAyAIIAcgBiAEKAIMEQEADQFBACECIAEgAGtB//8DcSEAA0AgAkH//wNxIgEgAEkhAyAAIAFNDQIgAkEBaiECIAggBSAEKAIQEQQARQ0ACwwBCyAIKAIAIAcgBiAIKAIEKAIMEQEAIQMLIAMLCwAgACABIAIQbUULDAAgACABIAIgAxAnC5UBAgJ/AX4jAEEwayIBJAAgAUEUaiICIAAQPCABKAIURQRAIAFBCGogAhCeASABKAIIIgBBASAAGyABKAIMQQAgABsQjQIACyABIAEoAhw2AiggASABKQIUIgM3AyBBAkKAiISQMCADpykDACIDp0ECa61C/wGDQgOGiKcgA0IBWBsgAUEgahDRASABQTBqJABB/wFxuAsPACAAQbzIwAAgASACEAsLDwBBuNDAAEEzIAAQiQEACwoAIABBAUEBEHcLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPUBIAJBKGohAgwBCwsgABCJAgsLACAAQf0AEFggAAs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQpAEgAkEYaiECDAELCyAAEIgCCzcBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD+ASACQQxqIQIMAQsLIABBBEEMEHcLCwAgAEHdABBYIAALCgAgAEEEQQgQdws/AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARD+ASABQQxqEIICIAJBAWshAiABQRhqIQEMAQsLIABBBEEYEHcLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEP4BIAJBEGohAgwBCwsgABCHAgsKACAAQQRBEBB3CwoAIABBCEEYEHcLCgAgAEEIQSgQdwsKACAAIAEgAhAfCzoBAn8gACgCBEEIaiEBIAAoAgghAgNAIAIEQCACQQFrIQIgARD+ASABQRRqIQEMAQsLIABBBEEUEHcLDQBB3MfAAEEbEI0CAAsJACAAIAEQAAALDAAgACABKQIANwMACz0BAX8jAEEQayICJAAgAiABNgIMIAIgADYCCCACQQhqIgAoAgAgACgCBEGM0cAAKAIAIgBBGCAAGxEAAAALDABB5NTAAEEBOgAACwkAIABBADYCAAsDAAALIwEBfyAAKAIAIAAoAggiBGsgAUkEQCAAIAQgASADIAIQfgsLC/NMIwBBgIDAAAvZLhZzbGljZSBpbmRleCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAEnJhbmdlIHN0YXJ0IGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAEHJhbmdlIGVuZCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3N0ci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0ZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNvbi5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMC45L3NyYy9jb3JlX2FwaS5ycwAvcm9vdC8uY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2RpZ2VzdC0wLjEwLjcvc3JjL2NvcmVfYXBpL2N0X3ZhcmlhYmxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvdmVjL3NwZWNfZnJvbV9pdGVyX25lc3RlZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9obWFjLTAuMTIuMS9zcmMvbGliLnJzAHNyYy9yZmMzMzM5LnJzACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAGcBEABPAAAAzQEAADcAAAAYARAATgAAAA0IAAARAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAAdAxAAXgAAADkAAAASAAAAGgIQAGQAAAB8AAAAJAAAAKcDEABZAAAAogAAACcAAACnAxAAWQAAAKQAAAAYAAAApwMQAFkAAACkAAAAIAAAAKcDEABZAAAArgAAABQAAACnAxAAWQAAAK4AAAAaAAAApwMQAFkAAACdAAAAGAAAAKcDEABZAAAAnQAAAB8AAACnAxAAWQAAAJ0AAAAlAAAApwMQAFkAAAAtAQAAIgAAAKcDEABZAAAAOAEAAB4AAACnAxAAWQAAADUBAAAYAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxAQcQAAMAAAAxMjcADAcQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjlSUzI1NmFsZ2tpZGNyaXQAQQcQAAMAAABEBxAAAwAAAEcHEAAEAAAAAAAAAAwAAAAEAAAAAQAAAAIAAABleUpoZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ3BheWxvYWQgaXMgbm90IGJhc2U2NHVybHBheWxvYWQgaXMgbm90IGEgSlNPTiBvYmplY3RzaWduYXR1cmUgaXMgbm90IGJhc2U2NHVybEVTMjU2BwgQAAUAAAAudGhlIHNpZ25hdHVyZSBpcyBlbXB0eSBvciBub3Qgb2YgaXRzIGFsZ29yaXRobSdzIHNpemVjcml0aWNhbCBoZWFkZXIgZXh0ZW5zaW9ucyBhcmUgbm90IHN1cHBvcnRlZGEgSldUIGhhcyB0aHJlZSBkb3Qtc2VwYXJhdGVkIHBhcnRzdXJsbWV0aG9kaGVhZGVyc2JvZHlzdGF0dXNhcHBsaWNhdGlvbi9qc29uQ29udGVudC1UeXBlZXJyb3JtZXNzYWdlc3RhdHVzQ29kZVwiXFxcYlx0XG5cZlxyXHUwMDAxMjM0NTY3ODlhYmNkZWZudWxsdHJ1ZWZhbHNlAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAALcBEAALAAAASwEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAALcBEAALAAAA7gEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudixrZXlzlAkQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VFQ2NydlAtMjU2AAAA/AkQAAUAAAB4eVJTQW5lc2lnAAATChAAAwAAAHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQgaXMgbm90IEpTT04gd2l0aCBhbiBpc3N1ZXIgYW5kIGEgandrc191cml0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3Mgandrc191cmkgaXMgbm90IGFuIGh0dHBzOi8vIFVSTHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBpc3N1ZXIgaXMgbm90IE9JRENfSVNTVUVSaXNzdWVyandrc191cmnKChAABgAAANAKEAAIAAAAAAAAAAgAAAAEAAAACwAAAAwAAABleHRzdWJyb2xlYXV0aGVudGljYXRlZGF1ZGluc2ZvcmdlLWFwaWlhdGV4cGVtYWlsYWNjZXNzVG9rZW50b2tlblR5cGVCZWFyZXJleHBpcmVzQXR1c2VyaWRwcm92aWRlcmludmFsaWRfc2lnbmF0dXJlcHJvdmlkZXJfdW5yZWFjaGFibGV1bmtub3duX2tleXRoZSBwcm92aWRlciBhbnN3ZXJlZCB3aXRoIGFuIGVycm9yc2VuZCB0aGUgcHJvdmlkZXIgdG9rZW4gYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCBvciBKU09OIGB7InRva2VuIjogIuKApiJ9YG1pc3NpbmdfY3JlZGVudGlhbG1hbGZvcm1lZF9jcmVkZW50aWFsdGhlIGNyZWRlbnRpYWwgZXhjZWVkcyA4MTkyIGNoYXJhY3RlcnNjcmVkZW50aWFsX3Rvb19sYXJnZXVzZSBQT1NUIChvciBPUFRJT05TIGZvciBhIENPUlMgcHJlZmxpZ2h0KW1ldGhvZF9ub3RfYWxsb3dlZHRoaXMgT3JpZ2luIGlzIG5vdCBpbiBCUklER0VfQUxMT1dFRF9PUklHSU5Tb3JpZ2luX25vdF9hbGxvd2VkYWxnIG5vdCBhY2NlcHRlZCAoUlMyNTY7IG9pZGMtYnJpZGdlOiBSUzI1NiwgUFMyNTYsIEVTMjU2KTogdW5zdXBwb3J0ZWRfYWxnb3JpdGhtdGhlIHRva2VuJ3Mga2lkIG1hdGNoZXMgbm8gUlNBIHNpZ25pbmcga2V5IG9mIHRoZSBwcm92aWRlcnRoZSB0b2tlbiBzaWduYXR1cmUgZG9lcyBub3QgdmVyaWZ5aW52YWxpZF90b2tlbnRoZSBwcm92aWRlciB0b2tlbiBoYXMgZXhwaXJlZHRva2VuX2V4cGlyZWR0aGUgcHJvdmlkZXIgdG9rZW4gaXMgbm90IHZhbGlkIHlldCAobmJmL2lhdCBpbiB0aGUgZnV0dXJlKXRva2VuX25vdF95ZXRfdmFsaWR0aGUgdG9rZW4gaXNzdWVyIGlzIG5vdCBhbiBhY2NlcHRlZCBpc3N1ZXJpbnZhbGlkX2lzc3VlcnRoZSB0b2tlbiBhdWRpZW5jZSBkb2VzIG5vdCBpbmNsdWRlIHRoZSBjb25maWd1cmVkIGF1ZGllbmNlaW52YWxpZF9hdWRpZW5jZXRoZSB0b2tlbiBoYXMgbm8gdXNlciBpZCAoc3ViKW1pc3Npbmdfc3ViamVjdHRoZSBwcm92aWRlciBzZXNzaW9uIGhhcyBleHBpcmVkc2Vzc2lvbl9leHBpcmVkdGhlIHByb3ZpZGVyIGRvZXMgbm90IHJlY29nbmlzZSB0aGlzIHNlc3Npb25pbnZhbGlkX3Nlc3Npb25tYWNoaW5lLXRvLW1hY2hpbmUgdG9rZW5zIGNhcnJ5IG5vIHVzZXIgYW5kIGFyZSByZWZ1c2VkbWFjaGluZV90b2tlbl9yZWZ1c2VkcHJvdmlkZXJfZXJyb3J0aGUgaWRlbnRpdHkgcHJvdmlkZXIgY291bGQgbm90IGJlIHJlYWNoZWQgaXMgbm90IHNldG1pc3Npbmdfc2VjcmV0IGlzIGludmFsaWQ6IGludmFsaWRfc2VjcmV0YXV0aGVudGljYXRpb25fZmFjdG9yc2VtYWlsX2ZhY3RvcmVtYWlsX2FkZHJlc3MwAAAVEBAAAQAAAGV4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZmlzc2d0eWNsaWVudF9jcmVkZW50aWFscwN0b2tlbl91c2VhY2Nlc3NjbGllbnRfaWQCYXpwAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUDF5ZXNub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0vLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQBUCxAAAgAAAKsQEAAGAAAAbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAAOUTEAAEAAAAYmFzZfQTEAAEAAAAGxIQAAoAAAAlEhAAGAAAAD0SEAAaAAAAchIQABYAAACJEhAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAD/ChAAAwAAAAILEAAEAAAAEwsQAAMAAACJEBAAAwAAACILEAADAAAAJQsQAAMAAACGEBAAAwAAACgLEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAjxUQAAcAAABQCxAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZAC8FRAABwAAANkQEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAAOgVEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkKAsQAAUAAAAgFhAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUZGlzY292ZXJlZCBpcyBub3QgZXhwZWN0ZWQgbm93AAIAQeSuwAALAQQAQfCuwAALCgEAAAAAAAAA9AEAQdivwAAL1QpzZWxlY3Rfa2V5IG5lZWRzIHRoZSBmZXRjaGVkIEpXS1NzZWxlY3Rfa2V5IGlzIG5vdCBleHBlY3RlZCBub3dPUFRJT05Tc3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25Db250ZW50LUxlbmd0aHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbAAAACQaEAAGAAAAKhoQAAsAAAAvZW1haWxfdmVyaWZpZWRXT1JLT1NfSVNTVUVSV09SS09TX0pXS1NfVVJMaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy97fXdvcmtvc1dPUktPU19DTElFTlRfSURXT1JLT1NfSldLUwAAmxoQABAAAABXGhAADQAAAGQaEAAPAAAAqxoQAAsAAABodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQve30A2BoQABYAAADuGhAAKQAAACQaEAAGAAAAS0lOREVfSldLU19VUkx7fS8ud2VsbC1rbm93bi9qd2tzLmpzb25LSU5ERV9BVURJRU5DRWtpbmRlS0lOREVfSVNTVUVSX1VSTEtJTkRFX0pXS1MAaRsQABAAAABWGxAADgAAADAbEAAOAAAAeRsQAAoAAAB7fQAApBsQAAIAAAB7YmFzZX0vdjEvc2Vzc2lvbnMvandrcy97fXN0eXRjaFNUWVRDSF9KV0tTAOoWEAARAAAA3xIQAA0AAACWEhAADwAAANAbEAALAAAAc3R5dGNoLmNvbS97fXtiYXNlfQD8GxAADQAAAAkcEAAGAAAAT0lEQ19KV0tTX1VSTE9JRENfQVVESUVOQ0VPSURDX0lTU1VFUk9JRENfSldLUwAAvhEQAAsAAAA6HBAACwAAAC0cEAANAAAAIBwQAA0AAABFHBAACQAAADkTEAAOAAAAAAECY2xlcmthdXRoMGZpcmViYXNlY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbQAApBsQAAIAAADLHBAAEwAAAC91c2VyX21ldGFkYXRhL2VtYWlsX3ZlcmlmaWVkc3VwYWJhc2UAAAAGCxAADQAAADgaEAACAAAASBoQAA8AQbi6wAALFVcaEAANAAAAZBoQAA8AAABzGhAAIgBB2LrAAAtBlRoQAAYAAACVGhAABgAAALgaEAAEAAAAmxoQABAAAAAYGxAAAgAAAKsaEAALAAAABAAAAAAAAAC5BBAAAQAAAAEAQaS7wAALDSgbEAABAAAASBoQAA8AQcS7wAALYTAbEAAOAAAAPhsQABgAAABWGxAADgAAAGQbEAAFAAAAZBsQAAUAAACEGxAABAAAAGkbEAAQAAAAqBsQAAEAAAB5GxAACgAAAAQAAAAAAAAAuQQQAAEAAAC5BBAAAQAAAAEAQdC8wAALBbAbEAAaAEHgvMAAC1nKGxAABgAAAMobEAAGAAAA3BsQAAQAAADqFhAAEQAAABAcEAACAAAA0BsQAAsAAACoGxAAAQAAALkEEAABAAAAvhAQAAEAAAAAAAABKBsQAAEAAABIGhAADwBBzL3AAAsFIBwQAA0AQdy9wAALYS0cEAANAAAA5RMQAAQAAADlExAABAAAAFAcEAAGAAAAOhwQAAsAAACoGxAAAQAAAEUcEAAJAAAABAAAAAAAAACAHBAAAwAAAAEAAAAAAAAAAQEBACgbEAABAAAASBoQAA8AQdC+wAALBSAcEAANAEHgvsAAC2EtHBAADQAAAIMcEAAFAAAA5RMQAAQAAABQHBAABgAAADocEAALAAAAqBsQAAEAAABFHBAACQAAAAQAAAAAAAAAgBwQAAMAAAC6EBAAAQAAAAEBAAAoGxAAAQAAAEgaEAAPAEHUv8AACwUgHBAADQBB5L/AAAthLRwQAA0AAACIHBAABQAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAKgbEAABAAAARRwQAAkAAAAEAAAAAAAAAIAcEAADAAAAAQAAAAAAAAABAQEAKBsQAAEAAABIGhAADwBB2MDAAAsFIBwQAA0AQejAwAALYS0cEAANAAAAjRwQAAgAAADlExAABAAAAFAcEAAGAAAAOhwQAAsAAACoGxAAAQAAAEUcEAAJAAAABAAAAAAAAACAHBAAAwAAAAEAAAAAAAAAAQEBACgbEAABAAAASBoQAA8AQdzBwAALBSAcEAANAEHswcAAC2EtHBAADQAAAJUcEAAHAAAA5RMQAAQAAABQHBAABgAAADocEAALAAAAqBsQAAEAAABFHBAACQAAAAQAAAAAAAAAgBwQAAMAAAChEBAAAQAAAAEBAQAoGxAAAQAAAJwcEAAJAEHgwsAACwUgHBAADQBB8MLAAAtpLRwQAA0AAAClHBAABQAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAKgbEAABAAAARRwQAAkAAAAEAAAAAAAAAIAcEAADAAAAAQAAAAAAAAABAQEAKBsQAAEAAABIGhAADwAAAKocEAAbAEHkw8AACwUgHBAADQBB9MPAAAthLRwQAA0AAADFHBAABgAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAOAcEAACAAAARRwQAAkAAAAEAAAAAAAAAIAcEAADAAAAAQAAAAAAAAABAQEAKBsQAAEAAADwHBAAHQBB6MTAAAsFIBwQAA0AQfjEwAALgwYtHBAADQAAAA0dEAAIAAAA5RMQAAQAAABQHBAABgAAADocEAALAAAAqBsQAAEAAABFHBAACQAAABgdEAABAAAAgBwQAAMAAAABAAAAAAAAAAEBAABTBBAADgAAACIAAAA1AAAAbWlkID4gbGVuAAAAAQQQAFEAAAB8AAAAFAAAAAEEEABRAAAAfAAAACMAAAABBBAAUQAAAHMAAAAQAAAAAQQQAFEAAABzAAAAHgAAAM8AEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8AEABIAAAAmgAAAAoAAADQAhAATAAAAK8PAAANAAAAwwEQAFYAAABCAAAAEwAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbGAEQAE4AAADmBQAAJQAAADwHEAAfGhAABwgQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB/AhAAUAAAACwDAAAJAAAAGAEQAE4AAABxBwAAEQAAABkAAAAMAAAABAAAABoAAAAbAAAAHAAAAAAAAAAIAAAABAAAAB0AAAAeAAAAHwAAACAAAAAhAAAAEAAAAAQAAAAiAAAAIwAAACQAAAAlAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAAB8AxAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAfAMQACoAAAC3BAAADQAAAAAAAAAIAAAABAAAACYAAAAZAAAADAAAAAQAAAAnAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB/AhAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQZjLwAALCAICAAAAAAACAEHPy8AACwECAEH1y8AACwEBAEGQzMAACwEBAEHwzMAAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBB+s/AAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEG40MAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEHU0MAACwEXAEHg0MAACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==";

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
