// oidc-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy oidc-bridge --file functions/dist/oidc-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:16ded6115d5e2d305381a0409badbe94ce78981446bc940c9668c0bbb9d53152
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgA39/fwF/YAF/AGADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAV/f39/fwBgAAJ/f2ABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA5MCkQIHAwgEAwYCBQAGAwAAAQMGBAAAAAwFCAQECAUFAwEAAQAAAAMABgQBDQ4BCAUDAAMDBwYAAQUABgAGAA8DAAEAEBEAAAYBAgAFAwABBAUAAwMEBwAFAAABAgIAAAEAAwMDBQAAAwMBAAQAAQADAQUAAwABAgMHAQQFBQUIAwMBAwADAwAGEgMHAAgABQAAAAIEBgAAAAEABQMFAAAHBgMABAITBAADAQEBAQEBBAQECAgCCBQCAgAAAAAKCgoKCgoKCgYCAgUAAAACAgYEAgICAwICAgADAgQEBAIABAACAgECAgMAAAEBAQcAAwMDAwcHAgIABAQBBhUBAgICBwICBwICAgICAgECCwAAAAAACwUECQJwASoqbwCECAUDAQARBhkDfwFBgIDAAAt/AEHU0MAAC38AQYDRwAALB+8EGwZtZW1vcnkCABFfX3diZ19icmlkZ2VfZnJlZQBcGF9fd2JnX2JyaWRnZXNlc3Npb25fZnJlZQBdDGJyaWRnZV9iZWdpbgAWD2JyaWRnZV9lbnZfa2V5cwC1AQpicmlkZ2VfbmV3ADQRYnJpZGdlc2Vzc2lvbl9hbGcAvwEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAGAbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsALwBEmJyaWRnZXNlc3Npb25fZmFpbABhFmJyaWRnZXNlc3Npb25fandrc191cmwAwgERYnJpZGdlc2Vzc2lvbl9rZXkAwAESYnJpZGdlc2Vzc2lvbl9raW5kAPoBE2JyaWRnZXNlc3Npb25fcmVwbHkAwQEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AGIXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAwwEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA9G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dAC9ARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAKhxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0AL4BD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAHkSX193YmluZGdlbl9yZWFsbG9jAIYBD19fd2JpbmRnZW5fZnJlZQDlARBfX3diaW5kZ2VuX3N0YXJ0AAEJSQEAQQELKYkCH64BU58BOfkBJ6sBR6gBTakBIaoBNqwBlwGvASitAUCRAo8C1QFeGvsB9gGCAfUBjQLVAZIBJkWQAucB5gEZ9wEMASMKg90EkQLTJQIJfwF+IwBBEGsiCCQAAkACQAJAIABB9QFPBEAgAEHM/3tLBEBBACEADAQLIABBC2oiAUF4cSEFQbzUwAAoAgAiCUUNAkEfIQYgAEH1//8HTw0BIAVBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBgwBCwJAAkACQAJAAkBBuNTAACgCACIEQRAgAEELakH4A3EgAEELSRsiBUEDdiIAdiIBQQNxBEAgAUF/c0EBcSAAaiIHQQN0IgFBsNLAAGoiACABQbjSwABqKAIAIgIoAggiA0YNASADIAA2AgwgACADNgIIDAILIAVBwNTAACgCAE0NBiABDQJBvNTAACgCACIARQ0GIABoQQJ0QaDRwABqKAIAIgEoAgRBeHEgBWshAyABIQIDQAJAIAEoAhAiAA0AIAEoAhQiAA0AIAIoAhghBgJAAkAgAiACKAIMIgBGBEAgAkEUQRAgAigCFCIAG2ooAgAiAQ0BQQAhAAwCCyACKAIIIgEgADYCDCAAIAE2AggMAQsgAkEUaiACQRBqIAAbIQQDQCAEIQcgASIAQRRqIABBEGogACgCFCIBGyEEIABBFEEQIAEbaigCACIBDQALIAdBADYCAAsgBkUNBgJAIAIoAhxBAnRBoNHAAGoiASgCACACRwRAIAIgBigCEEcEQCAGIAA2AhQgAA0CDAkLIAYgADYCECAADQEMCAsgASAANgIAIABFDQYLIAAgBjYCGCACKAIQIgEEQCAAIAE2AhAgASAANgIYCyACKAIUIgFFDQYgACABNgIUIAEgADYCGAwGCyAAKAIEQXhxIAVrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAALAAtBuNTAACAEQX4gB3dxNgIACyACQQhqIQAgAiABQQNyNgIEIAEgAmoiASABKAIEQQFyNgIEDAULAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIHQQN0IgFBsNLAAGoiAiABQbjSwABqKAIAIgAoAggiA0cEQCADIAI2AgwgAiADNgIIDAELQbjUwAAgBEF+IAd3cTYCAAsgACAFQQNyNgIEIAAgBWoiBiABIAVrIgdBAXI2AgQgACABaiAHNgIAQcDUwAAoAgAiAgRAQcjUwAAoAgAhAQJAQbjUwAAoAgAiBEEBIAJBA3Z0IgNxRQRAQbjUwAAgAyAEcjYCACACQXhxQbDSwABqIgMhBAwBCyACQXhxIgJBsNLAAGohBCACQbjSwABqKAIAIQMLIAQgATYCCCADIAE2AgwgASAENgIMIAEgAzYCCAsgAEEIaiEAQcjUwAAgBjYCAEHA1MAAIAc2AgAMBAtBvNTAAEG81MAAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgcgA0EBcjYCBCADIAdqIAM2AgBBwNTAACgCACIBRQ0BQcjUwAAoAgAhAAJAQbjUwAAoAgAiBEEBIAFBA3Z0IgZxRQRAQbjUwAAgBCAGcjYCACABQXhxQbDSwABqIgQhAQwBCyABQXhxIgRBsNLAAGohASAEQbjSwABqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0HI1MAAIAc2AgBBwNTAACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAZBAnRBoNHAAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgBkEBdmtBACAGQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiByAFSQ0AIAcgBWsiByADTw0AIAIhASAHIgMNAEEAIQMgASEADAMLIAIoAhQiByAAIAcgAiAEQR12QQRxaigCECICRxsgACAHGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAZ0IgBBACAAa3IgCXEiAEUNAyAAaEECdEGg0cAAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSICIAVrIgQgAyADIARLIgQbIAIgBUkiAhshAyABIAAgASAEGyACGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUHA1MAAKAIAIgBNIAMgACAFa09xDQAgASgCGCEGAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhByACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgB0EANgIACwJAIAZFDQACQAJAIAEoAhxBAnRBoNHAAGoiAigCACABRwRAIAEgBigCEEcEQCAGIAA2AhQgAA0CDAQLIAYgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0G81MAAQbzUwAAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQFQwCCwJAQbjUwAAoAgAiAkEBIANBA3Z0IgRxRQRAQbjUwAAgAiAEcjYCACADQfgBcUGw0sAAaiIDIQIMAQsgA0H4AXEiBEGw0sAAaiECIARBuNLAAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVBwNTAACgCACIBSwRAIAVBxNTAACgCACIATwRAIAhBBGohAAJ/IAVBr4AEakGAgHxxIgFBEHYgAUH//wNxQQBHaiIBQAAiBEF/RgRAQQAhAUEADAELIAFBEHQiAkEQayACIARBEHQiAUEAIAJrRhsLIQIgAEEANgIIIAAgAjYCBCAAIAE2AgAgCCgCBCIBRQRAQQAhAAwICyAIKAIMIQdB0NTAACAIKAIIIgRB0NTAACgCAGoiADYCAEHU1MAAIABB1NTAACgCACICIAAgAksbNgIAAkACQEHM1MAAKAIAIgIEQEGg0sAAIQADQCABIAAoAgAiAyAAKAIEIgZqRg0CIAAoAggiAA0ACwwCC0Hc1MAAKAIAIgBBACAAIAFNG0UEQEHc1MAAIAE2AgALQeDUwABB/x82AgBBrNLAACAHNgIAQaTSwAAgBDYCAEGg0sAAIAE2AgBBvNLAAEGw0sAANgIAQcTSwABBuNLAADYCAEG40sAAQbDSwAA2AgBBzNLAAEHA0sAANgIAQcDSwABBuNLAADYCAEHU0sAAQcjSwAA2AgBByNLAAEHA0sAANgIAQdzSwABB0NLAADYCAEHQ0sAAQcjSwAA2AgBB5NLAAEHY0sAANgIAQdjSwABB0NLAADYCAEHs0sAAQeDSwAA2AgBB4NLAAEHY0sAANgIAQfTSwABB6NLAADYCAEHo0sAAQeDSwAA2AgBB/NLAAEHw0sAANgIAQfDSwABB6NLAADYCAEH40sAAQfDSwAA2AgBBhNPAAEH40sAANgIAQYDTwABB+NLAADYCAEGM08AAQYDTwAA2AgBBiNPAAEGA08AANgIAQZTTwABBiNPAADYCAEGQ08AAQYjTwAA2AgBBnNPAAEGQ08AANgIAQZjTwABBkNPAADYCAEGk08AAQZjTwAA2AgBBoNPAAEGY08AANgIAQazTwABBoNPAADYCAEGo08AAQaDTwAA2AgBBtNPAAEGo08AANgIAQbDTwABBqNPAADYCAEG808AAQbDTwAA2AgBBxNPAAEG408AANgIAQbjTwABBsNPAADYCAEHM08AAQcDTwAA2AgBBwNPAAEG408AANgIAQdTTwABByNPAADYCAEHI08AAQcDTwAA2AgBB3NPAAEHQ08AANgIAQdDTwABByNPAADYCAEHk08AAQdjTwAA2AgBB2NPAAEHQ08AANgIAQezTwABB4NPAADYCAEHg08AAQdjTwAA2AgBB9NPAAEHo08AANgIAQejTwABB4NPAADYCAEH808AAQfDTwAA2AgBB8NPAAEHo08AANgIAQYTUwABB+NPAADYCAEH408AAQfDTwAA2AgBBjNTAAEGA1MAANgIAQYDUwABB+NPAADYCAEGU1MAAQYjUwAA2AgBBiNTAAEGA1MAANgIAQZzUwABBkNTAADYCAEGQ1MAAQYjUwAA2AgBBpNTAAEGY1MAANgIAQZjUwABBkNTAADYCAEGs1MAAQaDUwAA2AgBBoNTAAEGY1MAANgIAQbTUwABBqNTAADYCAEGo1MAAQaDUwAA2AgBBzNTAACABQQ9qQXhxIgBBCGsiAjYCAEGw1MAAQajUwAA2AgBBxNTAACAEQShrIgQgASAAa2pBCGoiADYCACACIABBAXI2AgQgASAEakEoNgIEQdjUwABBgICAATYCAAwICyACIANJIAEgAk1yDQAgACgCDCIDQQFxDQAgA0EBdiAHRg0DC0Hc1MAAQdzUwAAoAgAiACABIAAgAUkbNgIAIAEgBGohA0Gg0sAAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgwiA0EBcQ0AIANBAXYgB0YNAQtBoNLAACEAA0ACQCACIAAoAgAiA08EQCACIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0HM1MAAIAFBD2pBeHEiAEEIayIDNgIAQcTUwAAgBEEoayIJIAEgAGtqQQhqIgA2AgAgAyAAQQFyNgIEIAEgCWpBKDYCBEHY1MAAQYCAgAE2AgAgAiAGQSBrQXhxQQhrIgAgACACQRBqSRsiA0EbNgIEQaDSwAApAgAhCiADQRBqQajSwAApAgA3AgAgA0EIaiIAIAo3AgBBrNLAACAHNgIAQaTSwAAgBDYCAEGg0sAAIAE2AgBBqNLAACAANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAiADRg0HIAMgAygCBEF+cTYCBCACIAMgAmsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCACIAAQFQwICwJAQbjUwAAoAgAiAUEBIABBA3Z0IgRxRQRAQbjUwAAgASAEcjYCACAAQfgBcUGw0sAAaiIAIQEMAQsgAEH4AXEiAEGw0sAAaiEBIABBuNLAAGooAgAhAAsgASACNgIIIAAgAjYCDCACIAE2AgwgAiAANgIIDAcLIAAgATYCACAAIAAoAgQgBGo2AgQgAUEPakF4cUEIayIEIAVBA3I2AgQgBkEPakF4cUEIayIDIAQgBWoiAGshBSADQczUwAAoAgBGDQMgA0HI1MAAKAIARg0EIAMoAgQiAkEDcUEBRgRAIAMgAkF4cSIBEBMgASAFaiEFIAEgA2oiAygCBCECCyADIAJBfnE2AgQgACAFQQFyNgIEIAAgBWogBTYCACAFQYACTwRAIAAgBRAVDAYLAkBBuNTAACgCACIBQQEgBUEDdnQiAnFFBEBBuNTAACABIAJyNgIAIAVB+AFxQbDSwABqIgUhAwwBCyAFQfgBcSIBQbDSwABqIQMgAUG40sAAaigCACEFCyADIAA2AgggBSAANgIMIAAgAzYCDCAAIAU2AggMBQtBxNTAACAAIAVrIgE2AgBBzNTAAEHM1MAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAwGC0HI1MAAKAIAIQACQCABIAVrIgJBD00EQEHI1MAAQQA2AgBBwNTAAEEANgIAIAAgAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBC0HA1MAAIAI2AgBByNTAACAAIAVqIgQ2AgAgBCACQQFyNgIEIAAgAWogAjYCACAAIAVBA3I2AgQLIABBCGohAAwFCyAAIAQgBmo2AgRBzNTAAEHM1MAAKAIAIgBBD2pBeHEiAUEIayICNgIAQcTUwABBxNTAACgCACAEaiIEIAAgAWtqQQhqIgE2AgAgAiABQQFyNgIEIAAgBGpBKDYCBEHY1MAAQYCAgAE2AgAMAwtBzNTAACAANgIAQcTUwABBxNTAACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0HI1MAAIAA2AgBBwNTAAEHA1MAAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgBEEIaiEADAELQQAhAEHE1MAAKAIAIgEgBU0NAEHE1MAAIAEgBWsiATYCAEHM1MAAQczUwAAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEACyAIQRBqJAAgAAvvHQIdfwJ+IwBB4ANrIgMkACADQQxqQQBBwAD8CwAgASACQQZ0aiEYIAAoAhwhDyAAKAIYIRAgACgCFCERIAAoAhAhEiAAKAIMIRMgACgCCCEUIAAoAgQhFSAAKAIAIRYDQCABIBhHBEAgA0KAgICAwAA3AlggAyABNgJMIANBwAA2AlAgAyABQUBrIhk2AlQgA0HMAGoiAigCECIHRQRAQazIwAAQ/AEAC0EQIAIoAgQgB24iAiACQRBPG0ECdCEHQQAhAgNAIAIgB0cEQCADQQxqIAJqIAEgAmooAAAiDUH/gfwHcUEIeCANQRh4Qf+B/AdxcjYCACACQQRqIQIMAQsLIAMgFTYCZCADIBE2AmwgAyAWNgJgIAMgEjYCaCADIBQ2AnAgAyATNgJ0IAMgEDYCeCADIA82AnwgAygCGCEBIAMoAhQhAiADKAIQIQcgAyADKAIMIg02ArwDIAMgBzYCuAMgAyACNgK0AyADIAE2ArADIAMoAighCCADKAIkIQkgAygCICEKIAMgAygCHCIXNgK8AiADIAo2ArgCIAMgCTYCtAIgAyAINgKwAiADKAI4IQwgAygCNCEOIAMoAjAhBCADIAMoAiwiGjYC3AIgAyAENgLYAiADIA42AtQCIAMgDDYC0AIgAygCSCEFIAMoAkQhBiADKAJAIQsgAyADKAI8Ihs2AvwCIAMgCzYC+AIgAyAGNgL0AiADIAU2AvACIAMgDUGY36iUBGoiHDYCWCADIAdBkYndiQdqIh02AlQgAyACQbGI/NEEayIeNgJQIAMgAUHbyKiyAWsiHzYCTCADQdADaiINIANB8ABqIgEgA0HgAGoiAiADQcwAaiIHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgHjYCjAEgAyAfNgKIASADIBw2AoQBIAMgHTYCgAEgByACIAEgA0GAAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgF0HbhNvKA2oiFzYCWCADIApB8aPEzwVqIgo2AlQgAyAJQdz6ge4GayIJNgJQIAMgCEGrwo6nBWsiCDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCTYCnAEgAyAINgKYASADIBc2ApQBIAMgCjYCkAEgByACIAEgA0GQAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgGkHoquG/AmsiCDYCWCADIARBgbaNlAFqIgk2AlQgAyAOQb6LxqECaiIKNgJQIAMgDEHD+7GoBWoiDDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCrAEgAyAMNgKoASADIAg2AqQBIAMgCTYCoAEgByACIAEgA0GgAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgG0H0uvmVB2oiCDYCWCADIAtBgpyF+QdrIgk2AlQgAyAGQdnyj6EGayIKNgJQIAMgBUGMnZDzA2siDDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCvAEgAyAMNgK4ASADIAg2ArQBIAMgCTYCsAEgByACIAEgA0GwAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIANBkANqIgggA0GwA2oiCSADQbACaiIKIANB0AJqIgwgA0HwAmoiDhAbIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANBv6yS2wFrIgs2AlggAyAGQfrwhoIBayIGNgJUIAMgBUHGu4b+AGoiBTYCUCADIARBzMOyoAJqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswBIAMgBDYCyAEgAyALNgLEASADIAY2AsABIAcgAiABIANBwAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGyADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwDQe/YpO8CaiILNgJYIAMgBkGqidLTBGoiBjYCVCADIAVB3NPC5QVqIgU2AlAgAyAEQdqR5rcHaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLcASADIAQ2AtgBIAMgCzYC1AEgAyAGNgLQASAHIAIgASADQdABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJEBsgAygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkGu3Ya+BmsiCzYCWCADIAZBk/O4vgVrIgY2AlQgAyAFQbiw8/8EayIFNgJQIAMgBEG5gJqFBGsiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AEgAyAENgLoASADIAs2AuQBIAMgBjYC4AEgByACIAEgA0HgAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChAbIAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMgAygC3AJBjej/yANrIgs2AlggAyAGQbnd4dICayIGNgJUIAMgBUHRxqk2aiIFNgJQIAMgBEHn0qShAWoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC/AEgAyAENgL4ASADIAs2AvQBIAMgBjYC8AEgByACIAEgA0HwAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAbIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBhZXcvQJqIgs2AlggAyAGQbjC7PACaiIGNgJUIAMgBUH827HpBGoiBTYCUCADIARBk5rgmQVqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowCIAMgBDYCiAIgAyALNgKEAiADIAY2AoACIAcgAiABIANBgAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGyADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQdTmqagGaiILNgJYIAMgBkG7laizB2oiBjYCVCADIAVB0u308QdrIgU2AlAgAyAEQfumt+wGayIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKcAiADIAQ2ApgCIAMgCzYClAIgAyAGNgKQAiAHIAIgASADQZACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBsgAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0HfroDqBWsiCzYCWCADIAZBtbOWvwVrIgY2AlQgAyAFQZDp0e0DayIFNgJQIAMgBEHd3M7EA2siBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAIgAyAENgKoAiADIAs2AqQCIAMgBjYCoAIgByACIAEgA0GgAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAbIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJB56+08wJrIgs2AlggAyAGQdzzm8sCayIGNgJUIAMgBUH7lMffAGsiBTYCUCADIARB8MCqgwFqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswCIAMgBDYCyAIgAyALNgLEAiADIAY2AsACIAcgAiABIANBwAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGyADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQZaCk80BaiILNgJYIAMgBkGI2N3xAWoiBjYCVCADIAVBzO6hugJqIgU2AlAgAyAEQbX5wqUDaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsAiADIAQ2AugCIAMgCzYC5AIgAyAGNgLgAiAHIAIgASADQeACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgDiAIIAkgCiAMEBsgAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGzmfDIA2oiCzYCWCADIAZBytTi9gRqIgY2AlQgAyAFQc+U89wFaiIFNgJQIAMgBEHz37nBBmoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAMgAyAENgKIAyADIAs2AoQDIAMgBjYCgAMgByACIAEgA0GAA2oQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhAbIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB7oW+pAdqIgs2AlggAyAGQe/GlcUHaiIGNgJUIAMgBUHsj97ZB2siBTYCUCADIARB+PvjmQdrIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwDIAMgBDYCqAMgAyALNgKkAyADIAY2AqADIAcgAiABIANBoANqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGyADKAKwAyEIIAMoArQDIQkgAygCuAMhCiADIAMoArwDQYaAhPoGayIMNgJYIAMgCkGVpr7dBWsiCjYCVCADIAlBibiZiARrIgk2AlAgAyAIQY6OuswDayIINgJMIANBwANqIAEgAiAHEB0gAyADKQLAAzcDcCADIAMpAsgDNwN4IAMgCTYC3AMgAyAINgLYAyADIAw2AtQDIAMgCjYC0AMgByACIAEgDRAdIAMgAykCVCIgNwNoIAMgAykCTCIhNwNgIAMoAnwgD2ohDyADKAJ4IBBqIRAgAygCdCATaiETIAMoAnAgFGohFCAgpyASaiESICGnIBZqIRYgAygCbCARaiERIAMoAmQgFWohFSAZIQEMAQsLIAAgDzYCHCAAIBA2AhggACARNgIUIAAgEjYCECAAIBM2AgwgACAUNgIIIAAgFTYCBCAAIBY2AgAgA0HgA2okAAvhCAIHfwF+IwBBMGsiBSQAAkACQCACBEACQCAErSACQQN0IgdBCGsiCEEDdq1+IgxCIIhQBEAgAUEIaiECIAynIQogASEGA0AgB0UNAiAHQQhrIQcgBigCBCEJIAZBCGohBiAJIApqIgogCU8NAAsLIwBBEGsiACQAIABBNTYCBCAAQbjGwAA2AgAgACAArUKAgICAkAWENwMIQc2BwAAgAEEIakHwxsAAEIgBAAsgBUEIaiAKQQFBARBjIAVBADYCHCAFIAUpAwg3AhQgBUEUaiABKAIAIgYgBiABKAIEahDtASAKIAUoAhwiAWshBiAFKAIYIAFqIQcCQAJAAkACQAJAAkAgBA4FAAECAwQFCwNAIAhFDQcgAigCACEEIAIoAgQhASAHQQAgA0EAQajGwAAQsgEgBUEgaiAHIAYgARCNASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBqMbAABCyASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0GIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEBEI0BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBAUGoxsAAELIBIAkgByAGIAEQjQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQajGwAAQsgEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNBSACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBAhCNASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQJBqMbAABCyASAJIAcgBiABEI0BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGoxsAAELIBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQQgAigCACEEIAIoAgQhASAFQSBqIgkgByAGQQMQjQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0EDQajGwAAQsgEgCSAHIAYgARCNASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBqMbAABCyASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0DIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkEEEI0BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEGoxsAAELIBIAkgByAGIAEQjQEgBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQajGwAAQsgEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNAiACKAIAIQkgAigCBCEBIAVBIGoiCyAHIAYgBBCNASAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADIARBqMbAABCyASALIAcgBiABEI0BIAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUGoxsAAELIBIAhBCGshCCACQQhqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAUpAhQ3AgAgACAKIAZrNgIICyAFQTBqJAALsQkBDH8jAEGgAWsiAiQAIAIgADYCQCACIAAgAWo2AkQgAkFAayIHKAIAIQggBygCBCEEA0ACQCAIIgMgBEYNACAHIANBAWoiCDYCACADLQAAIgZB3ABGDQAgBkH/AGtB/wFxQaEBSw0BCwsCQCADIARHDQAgAkE4akHpjcAAQQggACABELEBIAIoAjwhBCACKAI4IQggAkEwakHxjcAAQQcgACABELEBIAgiA0UEQCACKAIwIgNFDQEgAigCNCEECyACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgBDYCZCACIAQ2AlAgAiADIARqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEkgAigCLCIFQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAFRw0ACwsgAyACKAJgIgFqIQAgCSABayEFDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEFC0EAIQQgAkEgaiAAQQEgABsiASAFQQAgABsiAEHbABBwAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEogAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQcCACKAIYIgRFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQSiACKAJAIgNFDQIgAigCTCEJIAIoAkghBCACKAJEIQAgAyEBDAILQQAhBCADRQ0BC0EAIQUMAQsgAiAANgJwIAIgATYCbEEAIQUgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhByALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgByIDIAxGDQAgCyADQQFqIgc2AgAgAy0AACEGIA1FBEAgBkEwa0H/AXFBCkkgBkHfAXFBwQBrQf8BcUEaSXIgBkHfAEYgBkEta0ECSXJyDQIMAQsgBkEuRiAGQTBrQf8BcUELSXIgBkHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgBEUEQCAIRQ0BDAILIAggBCAJQQUQbyIFRXINAgsgCkUEQCABIABB+I3AAEEJEDsNASACQfgAaiIDIAEgAEEuEMcBIAJBEGogAxAkIAIgAikDEDcCQEEAIQUgAkFAa0GQjsAAEKIBRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAkIAIoAggNAAsgAA0CA0AgAiACQfgAahAkIAIoAgAiAEUhBSAARQ0DIAAgAigCBCIBQQMQb0UNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakGEjsAAEN4BIQUMAQtBASEFCyACQaABaiQAIAULoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEAkCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQCSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQCSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QCSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQCSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQCSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJBzMXAABBmAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQCSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEAkgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQczFwAAQZgALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC90GAQV/AkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxASIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJAIAEgBEsEQCAFQczUwAAoAgBGDQFByNTAACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAIEBMgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAODAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwIC0HA1MAAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQcjUwAAgATYCAEHA1MAAIAU2AgAMBwsgBCABayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQDgwGC0HE1MAAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkHsycAAQZzKwAAQ3wEAC0GsycAAQdzJwAAQ3wEAC0HsycAAQZzKwAAQ3wEAC0GsycAAQdzJwAAQ3wEACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEHE1MAAIAE2AgBBzNTAACAFNgIACyAGRQ0AIAAPCyADEAIiAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEAgLIAILogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFByNTAACgCAEYEQCACKAIEQQNxQQNHDQFBwNTAACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEBMLAkACQEHg1MAAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkHM1MAAKAIARg0CIAJByNTAACgCAEYNAyACIANBeHEiAhATIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQcjUwAAoAgBHDQFBwNTAACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEBVB4NTAAEHg1MAAKAIAQQFrIgA2AgAgAA0GQajSwAAoAgAiAA0CQf8fDAMLQczUwAAgATYCAEHE1MAAQcTUwAAoAgAgAGoiADYCACABIABBAXI2AgRByNTAACgCACABRgRAQcDUwABBADYCAEHI1MAAQQA2AgALIABB2NTAACgCACICTQ0FQczUwAAoAgAiAEUNBUHE1MAAKAIAIgNBKUkNBEGg0sAAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQcjUwAAgATYCAEHA1MAAQcDUwAAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQbjUwAAoAgAiAkEBIABBA3Z0IgNxRQRAQbjUwAAgAiADcjYCACAAQfgBcUGw0sAAaiIAIQIMAQsgAEH4AXEiAEGw0sAAaiECIABBuNLAAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtB4NTAAEGo0sAAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQdjUwABBfzYCAAsL/AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahB3DQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HEEMgBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQgwEgBCgCKEEBRw0GIAQ1AiwiCUIAUiAHIAcgCX0iB1VzDQYgAUEBaiEBIAJBAWohAgwACwALIAIgA2tBAWohAgNAIAJFDQMgBEEgaiABLQAAQQoQgwEgBCgCIEEBRw0EIAJBAWohAiABQQFqIQEgB0IKfiAENQIkfSEHDAALAAsgBUEBayEFIAFBAWohAQsgBUEQTwRAA0AgBUUNAiAEQRBqIAcgB0I/hxBDIAQpAxggBCkDECIHQj+HUg0EIARBCGogAS0AAEEKEIMBIAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChCDASAEKAIAQQFHDQIgAUEBaiEBIAVBAWshBSAENQIEIAdCCn58IQcMAAsACyAAIAc3AwhCASEIDAELCyAAIAg3AwAgBEHQAGokAAuRCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEG0gAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQoQEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0AuM5AQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEP0BDAMLIAJBGGogARBtIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxChAQwCCyACQRBqIAEQOiACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBqRQ0BIAFB9QAQakUNASACQQhqIAEQOiACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQRADAILIAIgAyACQTBqEHIgAkEkaiACKAIAIgMgAigCBCADahDtAQwCCwsLIABBgICAgHg2AgAgAkEkahD9AQsgAkHQAGokAAv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRAQAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRBABFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQEARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQEARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRBAANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC7YEAgN/A34jAEGAAWsiAyQAIANCADcDICADQgA3AxggA0IANwMQIANCADcDCCADIAA2AiwgAyABLQBAIgStIgZCO4YgACkDICIHQgmGIgggBkIDhoQiBkKA/gODQiiGhCAGQoCA/AeDQhiGIAZCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAhCOIiEhIQ3AzAgASAEakGAAToAACADIANBLGo2AjwgAyAEQQFqIAFBkIvAABCbASADKAIEIQAgAygCACEFA0AgAARAIAVBADoAACAAQQFrIQAgBUEBaiEFDAELCwJAIARBOHFBOEcEQCABQThqQQggA0EwakEIQaCLwAAQsgEgA0E8aiABEOwBDAELIANBPGoiACABEOwBIANBQGsiBEEAQcAA/AsAIANB+ABqQQggA0EwakEIQbCLwAAQsgEgACAEEOwBC0EAIQAgAUEAOgBAIANCoICAgMAANwJMIANBADYCRCADIANBKGo2AkAgAyADQQhqNgJIIAMoAiwhASADQUBrIgQoAhAiBUUEQEHMicAAEPwBAAtBCCAEKAIMIAVuIgQgBEEITxtBAnQhBANAIAAgBEcEQCADIAAgAWooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCQCADQQhqIABqQQQgA0FAa0EEQZDHwAAQsgEgAEEEaiEADAELCyACQSAgA0EIakEgQYCKwAAQsgEgA0GAAWokAAv/BwIJfwN+IwBBIGsiAyQAIANBCGogARA/AkAgAy0ACEUEQCAAQQY6AAAMAQsCQAJAAkACQAJAAkACQCADLQAJIggiAkEiRwRAAkACQAJAAkACQCACQS1HBEAgAkHbAEYNByACQeYARg0DIAJB7gBGDQEgAkH0AEYNAiACQfsARg0IIAhBMGtB/wFxQQpPDQkLIANBEGohBSMAQTBrIgQkACABQS0QaiEJIAEoAgghAgJAIAEQVEUEQCAFQgM3AwAMAQsCQCABKAIIIgYgAkkgBiABKAIEIgdLckUEQCABKAIAIAJqIQcgBiACayIGQQFNDQEgBy0AAEEwRw0BIAVCAzcDAAwCCyACIAYgB0G8ksAAEBcACwNAAkAgCyEMIAYiAkUNACAEQSBqIAxCABBDIAQpAyhCAFINACACQQFrIQYgBy0AACEKIAdBAWohByAEKQMgIg0gCkEwa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEGpFBEAgBEEYaiABEJgBIAQtABgEQCAELQAZQSByQeUARg0CCyACRSAJcUUEQEICQgAgAhshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBURQRAIAVCAzcDAAwDCyAEQRBqIAEQmAFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQmAECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEFQEQEICIQsMAQsgBUIDNwMADAELIAUgDDcDCCAFIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFBh5LAAEEEEHRFDQlBACECDAsLIAFBi5LAAEEEEHRFDQFBASEIQQEhAgwKCyABQY+SwABBBRB0RQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQCiADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQZSSwAAQLEUEQCAAQQY6AAAgAhCAAgwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQaiSwAAQD0UEQCAAQQY6AAAgAhD+AQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC48EAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBByNTAACgCAEYEQCACKAIEQQNxQQNHDQFBwNTAACABNgIAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiABNgIADAILIAAgAxATCwJAAkACQCACKAIEIgNBAnFFBEAgAkHM1MAAKAIARg0CIAJByNTAACgCAEYNAyACIANBeHEiAhATIAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQcjUwAAoAgBHDQFBwNTAACABNgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACABEBUPCwJAQbjUwAAoAgAiAkEBIAFBA3Z0IgNxRQRAQbjUwAAgAiADcjYCACABQfgBcUGw0sAAaiIBIQIMAQsgAUH4AXEiAUGw0sAAaiECIAFBuNLAAGooAgAhAQsgAiAANgIIIAEgADYCDCAAIAI2AgwgACABNgIIDwtBzNTAACAANgIAQcTUwABBxNTAACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQcjUwAAoAgBHDQFBwNTAAEEANgIAQcjUwABBADYCAA8LQcjUwAAgADYCAEHA1MAAQcDUwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgACABaiABNgIACwu/BAIHfwF+IwBBQGoiAyQAIABB+wAQTgRAIANBADYCJCADQoCAgIDAADcCHCADQRhqIAAQPwJAIAMtABhFDQACQCADLQAZQf0ARg0AIAIoAhAhBwNAIANBEGogABA/IAMtABBFDQIgAy0AEUEiRw0CIANBNGogABAKIAMoAjQiAkGAgICAeEYNAiADIAMpAjgiCjcCLCADIAI2AigCQAJAIAMoAiQiAkGAAkYNACACQQxsIQIgAygCICIFQQRqIQQgA0EoaiIGKAIEIQggBigCCCEGA0ACQCACRQ0AIAYgBSgCCEYEQCAEKAIAIAggBhD4AQ0BCyAFQQxqIQUgAkEMayECIARBDGohBAwBCwsgAg0AIANBCGogABA/IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCqcgCkIgiKcgBxEGAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECsgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDdAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQPyADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahD9AQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQkgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahCBAgsgA0FAayQAIAkLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEGMgA0EANgIcIAMgAykDCDcCFEHnjcAALQAAIQhB6I3AAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ/QEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ/QEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQoQEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC84DAgN/AX4jAEGAAWsiBCQAIARBDGoiBSACIANBLxDHASAEQQE2AjQgBEE4aiICIAUQIAJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIHNwJ0IAQgAzYCcCAAIAEgB6cgB0IgiKcQRiEAIARB8ABqEP0BIABFDQAgAiAFQSz8CgAAA0AgBEHkAGogBEE4ahAgIAQoAmRBgICAgHhGDQIgBCAEKAJsIgM2AnggBCAEKQJkNwNwQQEhBQJAIANBBU8NACAEQfAAakGYoMAAELABRQRAIAQoAnQjAEEQayICJAAgAkEANgIMIAJBMCACQQxqEHIgAyACKAIAIAIoAgQQzQEgAkEQaiQADQEgBCgCeCEDC0EAIQEgBCgCdCECA0AgA0EARyEFIANFDQEgAi0AAEEwa0H/AXEiBiABQQpsaiEBIANBAWshAyACQQFqIQIgBkEKSQ0ACwsCQAJAAkACQCAALQAAQQRrDgIBAAMLIAAoAgggACgCDCAEKAJ0IAQoAngQRiIADQEMAgsgBQ0BIAEgACgCDE8NASAAKAIIIAFBGGxqIQALIARB8ABqEP0BDAELCyAEQfAAahD9AQtBACEACyAEQYABaiQAIAAL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQAiICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQDgsgAEEIaiEDCyADC4IDAQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0QaDRwABqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0G41MAAQbjUwAAoAgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAAIAI2AhgPCw8LQbzUwABBvNTAACgCAEF+IAAoAhx3cTYCAAvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBsDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEG8icAAEBcACyAAIBQ2AgAgCkEQaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRBoNHAAGohBEEBIAJ0IgNBvNTAACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQbzUwABBvNTAACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAuBVAIRfwV+IwBBkAJrIgwkACAMIAI2AgQgDCABNgIAIAwgAzYCCCAMIAQ2AgwgDCAFNgIQIAwgBjYCFCAMIAc2AhggDCAINgIcIAwgCTkDICAMIAA2AogCIAwgDEGPAmoiADYChAIgDCAANgKAAiAMIAA2AvwBIAwgDEEgajYC+AEgDCAANgL0ASAMIAA2AvABIAwgDEEcajYC7AEgDCAMQRhqNgLoASAMIAA2AuQBIAwgADYC4AEgDCAMQRRqNgLcASAMIAxBEGo2AtgBIAwgADYC1AEgDCAANgLQASAMIAxBDGo2AswBIAwgDEEIajYCyAEgDCAANgLEASAMIAA2AsABIAwgDEEEajYCvAEgDCAMNgK4ASAMQShqIRgjAEHAAWsiBiQAAkACQCAMQbgBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBkHPADYCRCAGQZqMwAA2AkAgBkEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAYgAjYCRCAGIAE2AkAgBiABQQRqNgI8QQAhAQwCCyAGQRs2AkQgBkH/i8AANgJAIAZBADYCPEEBIQEMAQsACyAGQTBqIAAoAgAoAgAgACgCBCgCABCBASAGQQA2AkggBiAGKAI0IgI2AlAgBiAGKAIwIgU2AkwgBkHUAGogACgCECgCACAAKAIUKAIAEFIgBkHgAGogACgCICgCACAAKAIkKAIAEFIgBkHsAGogACgCMCgCACAAKAI0KAIAEKABAkACQCABDQAgBigCVEGBgICAeEYNACAGKAJgQYGAgIB4Rg0AIAYoAmxBgICAgHhGDQAgBiAGKQJUNwOQASAGIAYoAlw2ApgBIAYgBikCYDcDoAEgBiAGKAJoNgKoASAGIAYoAnQ2ArgBIAYgBikCbDcDsAEgACgCQCsDACEJIAYgBigCRDYCgAEgBiAGKQI8NwN4IAYgAjYCjAEgBiAFNgKIASAGKAJ4IQEgBkGQAWohAyAGQaABaiEEIAZBsAFqIQcjAEHAAWsiCCQAAkAgASgCAEGAgICAeEcEQCABLwEYIRAgCEGQAWohCiMAQSBrIgAkACABKAIEIRIgACABKAIIIgtBBEEUEGMgACgCACIPIAtB/////wNxIgIgAiAPSxshBUEAIQIgACgCBCENA0AgBQRAIABBDGogAiASahDWASACIA1qIg4gACgCHDYCECAOIAApAhQ3AgggDiAAKQIMNwIAIAVBAWshBSACQRRqIQIMAQsLIAogCzYCCCAKIA02AgQgCiAPNgIAIABBIGokACAIQZwBaiABQQxqEF8gCCAQOwGoASAIQgA3A4gBIAhCgICAgMAANwOAASAIQgI3AwAgCCAIKQKQATcDCCAIIAgpApgBNwMQIAggCCkCoAE3AxggCCAIKAKoATYCICAYIAhBkAH8CgAAIAcQ/QEgBBDgASADEOABDAELIAhBkAFqIhIgBSACEFEgCCADKAIINgKwASAIIAMpAgA3AqgBIAggBCkCADcCtAEgCCAEKAIINgK8ASAIIAcpAgA3ApwBIAggBygCCDYCpAEgCfwGIR4jAEGwBGsiBCQAIARBCGogEkEYahDKASABQQRqKAIAIhdBCGoiDyECIAQoAgghAyAEKAIMIQcjAEEgayIBJAAgBEHgAWoiBQJ/IAUCfyACKAJIQYCAgIB4RwRAIAMEQCACKAJQQQxsIQAgAigCTCECA0BBBCAARQ0EGiABIAI2AgggASADIAcQMiABIAEpAwA3AhQgAEEMayEAIAJBDGohAiABQQhqIg0gAUEUaiIOEKUBRQ0AC0EEQSgQzgEhACANIAMgBxBRIA5B/rHAAEEGEFEgAEEbNgIEIABB47HAADYCACAAQQQ2AhggAEGEssAANgIUIAAgASkCCDcCCCAAIAEoAhA2AhAgACABKQIUNwIcIAAgASgCHDYCJEECDAILQQRBFBDOASEAIAFBFGpB/rHAAEEGEFEgAEEENgIEIABBhLLAADYCACAAIAEpAhQ3AgggACABKAIcNgIQQQEMAQtBBEEUEM4BIQAgAUEUakGIpcAAQQEQUSAAQRs2AgQgAEHjscAANgIAIAAgASkCFDcCCCAAIAEoAhw2AhBBAQsiAjYCDCAFIAA2AgggBSACNgIEQRULNgIAIAFBIGokAAJAAkACQCAEKALgAUEVRwRAIAQgBCgC8AE2AjAgBCAEKQLoATcDKCAEIAQpAuABNwMgIAhBCGogBEEgahCmASAIQoCAgIDAADcDgAEgCEIANwOIASAIQgI3AwAMAQsgBCAEKALsATYCGCAEIAQpAuQBNwMQIARB4AFqIBIoAgQgEigCCBBRIAQgBCgC6AEiATYCwAEgBCAEKQLgATcDuAEgBCgC5AEhAANAIAEEQCAAQSBBACAALQAAIgJB4QBrQf8BcUEaSRsgAnM6AAAgAUEBayEBIABBAWohAAwBCwsCQAJAIAQoArwBIgAgBCgCwAEiAUGFscAAQQcQxAFFBEAgACABQbWuwABBBBDEAQ0BIARBAzYC4AEgBEFAayAEQeABahCmASAEQgI3AzgMAgsgBEEFNgKMAiAEQYy0wAA2AogCIARBFjYChAIgBEH2s8AANgKAAiAEQTI2AvwBIARBxLPAADYC+AEgBEEcNgL0ASAEQaizwAA2AvABIARBDTYC7AEgBEGbs8AANgLoASAEQRw2AuQBIARB/7LAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIKIARB4AFqIgJrQQR2QQRBFBBjIANBADYCHCADIAMpAwg3AhQjAEEQayIFJAAgA0EUaiIHIAogAiIBa0EEdiIAELgBIAcpAgQhGyAFIAdBCGo2AgQgBSAbQiCJNwIIIwBBIGsiByQAIAVBBGoiDygCBCELIA8oAgAgAiAKRwRAIA8oAgggC0EUbGohCiAAIAtqIQsgB0EUaiEPA0AgASkCACEbIA8gAUEIaigCACABQQxqKAIAEFEgCiAbNwIAIAogBykCFDcCCCAKIAcoAhw2AhAgAUEQaiEBIApBFGohCiAAQQFrIgANAAsLIAs2AgAgB0EgaiQAIAVBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACACQZWgwABBARBRIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQKyAAKAIIIgFBgYCAgHhHBEAgASAAKAIMEN0BAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABBjLHAADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEHIBcoAoABIQ4jAEGQAWsiAyQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgEigCFCIAQYCABE0EQCADQRhqIBJBJGoQygECQCADKAIYIg1FDQAgA0EQaiANIAMoAhwQHiADQeAAaiADKAIQIAMoAhRBIBBKIAMoAmAiAUUNACADKAJsIQIgAygCaCEFIAEgAygCZEHdscAAQQYQOwRAIANBCGogBSACEB4gAygCDCENIAMoAgghCwsCQCALRSANRXINACALIA1B97LAAEEFEM0BDQAgCyANQfyywABBAxDNAUUNAQtBACELCyADIBIoAhAiASAAEB5BAiECIAMoAgRFDQYgA0HgAGogASAAEC8CfwJAIAMtAGAiAEEFRwRAIAtFDQFBFSEFQQIMAgsgAyADKAJsNgJYIAMgAykCZDcDUCADIANB0ABqNgJ8IA4tAIMBRQ0HIANB4ABqIANB/ABqQYiywABBCxA3IAMoAmghACADKAJkIQIgAygCYCIFQRVHDQQgAgRAIANBNGogAiAAEFFBACECDAQLIANB4ABqIANB/ABqQfytwABBDRA3IAMoAmghACADKAJkIQIgAygCYCIFQRVHDQQgAkUNByADQTRqIAIgABBRQQEhAgwDCyADQTQ2AjRBASEFQZiywAALIQIgAyAFNgIsIABBBU8NBCADQeAAahCjAQwECyAHQQI2AgAMDAsgAyACNgIwQRUhBQwBCyADIAMpAmw3AjggAyAANgI0IAMgAjYCMCADIAU2AiwLIANB0ABqEP4BCyAFQRVGDQEMAgsgA0HgAGogA0H8AGpBk7LAAEEFEDcgAygCaCEAIAMoAmQhAiADKAJgIgVBFUcEQCADIAMpAmw3AjggAyAANgI0IANB0ABqEP4BDAILAkAgAgRAIANBgAFqIA4gAiAAEJkBDAELIANBAjYCgAELIAMgAykCiAE3AjggAyADKQKAATcCMCADQdAAahD+ASADKAIwIQILIAMgAykCNDcDQCADIAMoAjw2AkggAkECRg0BIAMgAygCSDYCbCADIAMpA0A3AmQgAyACNgJgDAILIAMgAygCPCIANgIoIAMgAykCNCIbNwMgIAcgADYCECAHIBs3AgggByACNgIEIAcgBTYCAAwFCyALRQ0BIANB4ABqIA4gCyANEJkBCyADKAJsIgBBgMAASw0BAkACQCADKAJgRQRAQQAhAiADKAJoIQFBACEFA0AgACACRwRAIAEgAmohCyACQQFqIQIgBSALLQAAQS5GaiEFDAELCyAFQQJGDQEgB0EbNgIIIAdBmrHAADYCBCAHQQE2AgAMBQsgAyADKAJoIgE2AiwgAyAAIAFqNgIwIANBLGoiAigCACEAIAIoAgQhBQNAIAUgACIBRwRAIAIgAEEBaiIANgIAIAEtAABB/wBrQf8BcUGhAUsNAQsLIAEgBUcNAQsgByADKQJoNwIMIAcgAykCYDcCBCAHQRU2AgAMBAsgB0EoNgIIIAdBtbHAADYCBCAHQQE2AgAMAgsgB0EANgIADAILIAdBAjYCAAsgA0HkAGoQ/QELIANBkAFqJAAgBCkC7AEhGyAEKALoASEBIAQoAuQBIQACQAJAIAQoAuABIgVBFUcNAAJAAkAgAEEBRgRAIAQgATYCyAMgBCAbNwLMAyAbpyEFIBtCIIinIQsjAEHwAGsiACQAIA8oAlQhASAAQRE2AiggAEHqrcAANgIkIABBEzYCIAJAIAFBgICAgHhGBEAgByAAQShqIgEoAgg2AhQgByABKQIANwIMIAdB6q3AADYCCCAHQoCAgIC4AjcCAAwBCyAAQSBqENwBIABBCGogD0HsAGoQygEgACgCDCEDIAAoAgghASAAQQ02AiggAEHfpcAANgIkIABBEzYCICABRQRAIAdBDTYCDCAHQd+lwAA2AgggB0KAgICAuAI3AgAMAQsgAEEgaiICENwBIAAgAzYCNCAAIAE2AjAgAEEBNgIsIABB+63AADYCKCAAIA8pA1g3AiAgAEHIAGoiAyACQQMQ8AEgAEEUaiINIAAoAkwgACgCUEHpjMAAQQEQGCADEP0BIABBADYCKCAAQoCAgIAQNwIgIAIQ8QFB/K3AAEENEOIBIAUgCxDpARD/ASIBKQIAIRsgAUEANgIAIAAgASgCCDYCQCAAIBs3AzggAEEANgIoIABBATYCJCABEP0BIABBGTYCVCAAQYmuwAA2AlAgACAPKQJkNwJIIAcgA0ECEPABQQRBKBDOASEBIAAgACkCGDcCKCAAQQY2AiQgAEGirsAANgIgIABB2ABqIAJBAhDwASAAQeQAakGzkcAAQRAQUSABQQ02AgQgAUGorsAANgIAIAFBDDYCGCABQcORwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIAdBAjYCFCAHIAE2AhAgB0ECNgIMIAcgACkDODcCGCAHIAAoAkA2AiAgB0EENgIoIAdBta7AADYCJCANEP0BCyAAQfAAaiQAIAQgBCkC7AE3A4gDIAQgBCgC9AE2ApADIAQoAugBIQAgBCgC5AEhBSAEKALgASIBQYCAgIB4Rw0BIAQoAogDIQEgBCkCjAMhGyAEQcgDahD9AQwDCyAEIAE2AvACIAQgGzcC9AIgDigCcCIAIA4oAnRqIQUjAEEgayICJAAgAkEIaiAFIABrIgFBBEEIEGMgAkEANgIcIAIgAikDCDcCFCMAQRBrIgMkACACQRRqIgcgARC5ASAHKQIEIR8gAyAHQQhqNgIEIAMgH0IgiTcCCCADQQRqIgooAgQhByAKKAIAIAAgBUcEfyAFIAdqIABrIAooAgggB0EDdGohCgNAIAAtAAAhByAKQQRqQQU2AgAgCiAHEOsBNgIAIABBAWohACAKQQhqIQogAUEBayIBDQALBSAHCzYCACADQRBqJAAgBEH8AmoiACACKAIcNgIIIAAgAikCFDcCACACQSBqJAAgBEHgAWohAyAEKAKAAyETIAQoAoQDIRZBACELIwBBsAJrIgIkACACQShqIgAgG6cgG0IgiKdBLhDHASACQSBqIAAQJCACKAIkIQ0gAigCICEHIAJBGGogABAkIAIoAhwhDiACKAIYIQogAkEQaiAAECQgAigCFCEUIAIoAhAhECACQQhqIAAQJAJAAkAgEEUgB0UgCkVyckUEQCACKAIIRQ0BCyADQSM2AgwgA0H2kMAANgIIIANCgICAgIiAgICAfzcCAAwBCyACQfgBaiIBIAcgDRAQIAJBFzYCZCACQfuOwAA2AmBBgICAgHghACACQYCAgIB4NgJcIAJBuAFqIAEgAkHcAGoQZyACIAIpArwBNwOgAiACIAIoAsQBNgKoAiACKAK4AUEBRgRAIAMgAigCqAI2AgwgAyACKQOgAjcCBCADQYCAgIB4NgIADAELIAIgAigCqAIiBTYCWCACIAIpA6ACNwNQAkAgBUGAgBBLDQAgAigCVCEAIAJCADcCwAEgAiAFNgK8ASACIAA2ArgBQYCAgIB4IQAgAkGAgICAeDYCkAIgAkGAgICAeDYCoAIgAkEAOgCoASACIAJBqAFqNgKAAiACIAJBoAJqIhU2AvwBIAIgAkGQAmo2AvgBAkAgAkG4AWoiAUHMjsAAQQMgAkH4AWpB5I7AABCHAUUNACABEJ4BRQ0AIAIoApACIgFBgICAgHhGBEAgFRDgAQwCCyACLQCoASELIAIpAqQCIR0gAigCoAIhBSACKQKUAiEcIAEhAAwBCyACQaACahDgASACQZACahDgAQsgAkEnNgLAASACQZKPwAA2ArwBIAJBgICAgHg2ArgBAkAgAEGAgICAeEYEQCACKQO4ASEcIANBJzYCDCADIBw3AgQgA0GAgICAeDYCAAwBCyACQbgBaiIBEOEBIAIgCzoAdCACIB03AmwgAiAFNgJoIAIgHDcCYCACIAA2AlwgAiAcNwK4ASACQegAaiEAAkAgASATIBYQWUUEQCADIAIoAmQ2AgwgAyACKQJcNwIEIANBgICAgHg2AgAMAQsCQCALQQFxRQRAIAVBgICAgHhHIB1C/////w9WcUUEQCADQoCAgICogICAgH83AgAMAgsgAiAAKAIINgKAASACIAApAgA3A3ggAkGgAmoiACAKIA4QECACQRg2AoACIAJBuY/AADYC/AEgAkGAgICAeDYC+AEgAkG4AWogACACQfgBahBnIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ApABIAIgAikDkAI3A4gBIAJB+AFqIAIoAowBIAAQPiACQRw2AsABIAJB0Y/AADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIhw3A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQ4QEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgECAUEBAgAkEaNgKAAiACQe2PwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBnIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQYyQwAAQsAEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAONgKMAiACIAo2AogCIAJBATYChAIgAkGUkMAANgKAAiACIA02AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxDwASACIAIoArABNgLkASACIAIpA6gBNwLcASACIAIpA5gBNwPoASACIAIoAqABNgLwASADIAJBuAFqQTz8CgAAIAJBiAFqEP0BIAJB0ABqEP0BDAgLIANBNTYCDCADQZWQwAA2AgggA0KAgICAiICAgIB/NwIAIAJBqAFqEP0BCyACQZgBahD+AQsgAkGIAWoQ/QELIAJB+ABqEP0BIAJB3ABqEP0BDAMLIANBLDYCDCADQcqQwAA2AgggA0KAgICAiICAgIB/NwIACyACQdwAahD9ASACKAJoIQULIAVBgICAgHhGDQAgABD9AQsgAkHQAGoQ/QELIAJBsAJqJAAgBCgC7AEhASAEKALkASEDAkACQCAEKALgASICQYCAgIB4RgRAQQYhBSAEKALoASEAAkACQAJAQQEgA0GAgICAeHMgA0EAThtBAWsOAgECAAtBASEFDAELIAGtIRtBBSEFIAAhASADIQALIAAhAgwBCyAEKALoASETIAQpAvABIRsgBEGgA2oiFiAEQfgBakEk/AoAACAEIBs3ApgDIAQgATYClAMgBCATNgKQAyAEIAM2AowDIAQgAjYCiAMgBEHgAWohByAEKAK8AyEOIAQoAsADIRAjAEHAAWsiBSQAIA8oAnghDSAFQZgBaiAOIBBBpZbAABAuAkAgBSgCmAFBAUYEQCAFKAKcASEAIAUpA6ABIRsgByAFKQOoATcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwBCyAFKQOoASEcIAUoAqABIAVBGjYCoAEgBUHsoMAANgKcASAFQQg2ApgBRQRAIAcgBSkCnAE3AgwgB0EINgIIIAdCAjcDAAwBCyAFQZgBaiIAENwBAkACQEL///////////8AIBxCPHwiGyAbIBxTGyAeVQRAIAAgDiAQQYahwAAQLiAFKAKYAQRAIAUoApwBIQAgBSkDoAEhGyAHIAUpA6gBNwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLIB5CPHwhGyAFKQOgAUIBUQRAIAUpA6gBIBtVDQILIAVBmAFqIA4gEEGilsAAEC4gBSgCmAEEQCAFKAKcASEAIAUpA6ABIRsgByAFKQOoATcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwECwJAAkACQCAFKQOgAUIBUQRAIAUpA6gBIBtVDQELIAVB4ABqIA4gEEGJocAAQQMQRhBzIAUoAmAiAUUNASAFKAJkIQAgDS0AgQFFBEAgBUHYAGogASAAEDIgBSgCWCIBRQ0CIAUoAlwhAAsgBSABNgKYASAFIAA2ApwBIA8oAixBDGwhASAPKAIoIQADQCABRQ0CIAFBDGshASAFIAA2AowBIABBDGohACAFQYwBaiAFQZgBahClAUUNAAtBuYnAACANKAJ4IhQgDSgCfCIVEIABDQIMBQsgB0ICNwMAIAdBCjYCCAwFCyAHQgI3AwAgB0ELNgIIDAQLIA4gEEGMocAAQQMQRkGPocAAQRIQKUUNAiAHQgI3AwAgB0EQNgIIDAMLIAdCAjcDACAHQQk2AggMAgsgB0ICNwMAIAdBCjYCCAwBC0EDIQpBk5bAACELAkACQEGhocAAIBQgFRCAAUUNACAFQdAAaiAOIBBBoqHAAEEJEEYQcyAFKAJQIgBFDQEgACAFKAJUIgFB1JbAAEECEMQBRQRAIAAgAUGrocAAQQYQxAFFDQIgDy0AfUEBcUUNAkEJIQpBsaHAACELDAELIA8tAHxFDQELAkACQCAPKAI4IgAEQCAAQQxsIQAgDygCNCEBA0AgAEUNAiAAQQxrIQAgASgCCCERIAEoAgQhGSABQQxqIQEgDiAQIAsgChBGIBkgERApRQ0ACwtBuqHAACAUIBUQgAFFDQEgDiAQQbuhwABBAxBGIgBFDQEgBUHIAGogABDJAQJAIAUoAkgiC0UNACAFKAJMIRFBBCAPKAJMIA8oAkhBgICAgHhGIgEbIQBBACAPKAJQIAEbQQxsIQEDQCABRQ0BIAUgADYCjAEgBUFAayALIBEQMiAFIAUpA0A3ApgBIAFBDGshASAAQQxqIQAgBUGMAWogBUGYAWoQpQFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIA4gEEH/lcAAQQMQRiIARQ0AIAAtAABBA0cNACAFQThqIAAoAgggACgCDBAeIAUoAjxFDQAgBUHoAGogAEEEahBfAkAgDSgCACIBRQRAIAVBgICAgHg2AnQMAQsgDSgCBEEDdCEAIA0oAgwhGSANKAIIIRoCQANAQQAhCyAARQ0BAkACQCAOIBAgASgCACABKAIEEBEiEUUNACAFQTBqIBEQyQEgBSgCMCIRRQ0AIAUoAjQiCg0BCyABQQhqIQEgAEEIayEADAELCyARRQ0AIA4gECAaIBkQESIARQ0AIAAtAABBAUcNACARQQAgAC0AARshCwsgBUH0AGogCyAKENIBCyAFIAUoAnw2AogBIAUgBSkCdDcDgAECQAJAQb6hwAAgFCAVEIABRQ0AAkACQAJAAkAgDiAQQb+hwABBGhBGIgAEQCAFQShqIAAQyAEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAUHZocAAQQoQRhBzIAUoAiAiCg0CDAMLIA0oAgANBQwDCyANKAIADQQMAgsgBUGYAWogCiAFKAIkEAYgBSkDoAEhGyAFKAKYASAFQS42AqABIAVB46HAADYCnAEgBUEINgKYAUUEQCAFKQKcASEbIAcgBSkCpAE3AhQgByAbNwIMIAdBCDYCCCAHQgI3AwAMBQsgBUGYAWoQ3AEgGyAeVQRAIBsgHCAbIBxTGyEcDAELIAdCAjcDACAHQQ42AggMBAsgDSgCAA0CIAAgAUHmn8AAQRYQRiIARQ0AIAVBGGoiASAAKAIMNgIEIAEgACgCCEEAIAAtAABBBEYbNgIAIAUoAhgiAUUNACAFKAIcQRhsIQoDQCAKRQ0BAkACQCABQfyfwABBDBB4IgBFDQAgAEGIoMAAQQ0QeCIARQ0AIAVBEGogABDJASAFQZgBaiAFKAIQIgBBACAFKAIUIgsbQQAgABsgCxDSASAFKAKYAUGAgICAeEcNBAwBCyAFQYCAgIB4NgKYAQsgAUEYaiEBIApBGGshCgwACwALIAVBgICAgHg2ApgBCyAFQYABahDgASAFIAUoAqABNgKIASAFIAUpApgBNwOAAQsgBUEANgKUASAFQoCAgICAATcCjAEgDygCQCIBIA8oAkRBGGxqIRQgBUGoAWohFQNAAkACQCABIBRHBEAgAUEYaiEAIAEoAhRBDGwhCiABKAIQIQ0DQCAKRQ0DIA4gECANKAIEIA0oAggQESILBEAgCy0AACIRDQMLIA1BDGohDSAKQQxrIQoMAAsACyAHIAUoAnA2AhggByAFKQJoNwIQIAcgBSkDgAE3AiggByAFKAKIATYCMCAHIAUpAowBNwIcIAcgBSgClAE2AiQgByAcNwMIIAdCATcDAAwGCwJAAkACQAJAAkAgEUEBaw4EAwIBAAQLIAsoAgwiCkEgSw0DIApBGGwhDSALKAIIIQoDQCANRQ0DIAVBCGogChDJASAFKAIIRQ0EIA1BGGshDSAKQRhqIQogBSgCDEGBAkkNAAsMAwsgCygCDEGBAkkNAQwCCyAFQZgBaiALEHEgBSkDmAFQDQELIAVBmAFqIgogARBfIBUgCxA1IAVBjAFqIAoQlgEMAQsgB0HsADYCECAHQZGiwAA2AgwgB0EINgIIIAdCAjcDACAFQYwBahD+AQwCCyAAIQEMAAsACyAFQYABahDgASAFQegAahD9AQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0H9osAANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEG4A2ohCyAEQZQDaiEHAkAgBCkD4AEiHEICUQRAIAQpAvQBIRsgBCgC8AEhASAEKALsASEAIAQoAugBIQUgBEGIA2oQ/QEgACECDAELIAQgBCkC/AE3AuQDIAQgBCkChAI3AuwDIAQgBCkCjAI3AvQDIAQgBCgClAI2AvwDIAQgBCkC9AEiHjcC3AMgBCAEKQLsATcC1AMgBCAEKALoASIANgLQAyAEIBw3A8gDAn9BACADIBNBvI7AAEEFEMQBDQAaQQEgAyATQZ+0wABBBRDEAQ0AGkECQQMgAyATQYeQwABBBRDEARsLIAQgBCgCkAM2AuwBIAQgBCkCiAM3AuQBQQUhBSAEQQU2AuABQf8BcSIKQQNHDQIgBC0A5AEhACAEQcgDahDUASATrSEbIAMhAQsgBxD9ASAWEP0BIARBrANqEP0BIAsQ/gELIARB/AJqEIMCIARB8AJqEP0BDAQLIARB4AFqENwBIAQgBCkCrAM3AqQEIAQgBCgCtAM2AqwEIAQgBCkD4AM3A8gBIAQgBCkD6AM3A9ABIAQgBCgC8AM2AtgBIAQgBykCADcCjAQgBCAHKAIINgKUBCAEIBYpAgA3A5gEIAQgFigCCDYCoAQgBCkC1AMhHSAEIAQoAvwDNgKIBCAEIAQpAvQDNwOABCAPKAIAIQEgCxD+AUIDQgQgAUECRhshGyAEQfwCahCDAiAEQfACahD9ASAcpyEBIB6nIQJBACEFDAELIAQgBCgCiAI2AtgBIAQgBCkCgAI3A9ABIAQgBCkC+AE3A8gBIAQpA4gDIR0gBCgCkAMhAiAEQcgDahD9AUIGIRsLIAQgAjYCVCAEIB03AkwgBCAANgJIIAQgBTYCRCAEIAE2AkAgBCAbNwM4IAQgBCkDyAE3A1ggBCAEKQPQATcDYCAEIAQoAtgBNgJoIARB7ABqIARBgARqQTD8CgAAIARBgICAgHg2AqABIAQgCjoAnAEMAgsgACECCyAEIBs3AuwBIAQgATYC6AEgBCAFNgLgASAEIAJBgH5xIABB/wFxcjYC5AEgBEFAayAEQeABahCmASAEQgI3AzgLIARBuAFqEP0BIBcgFygCAEEBaiIANgIAIABFDQEgBCAXNgLsAiAEIAQpAxA3A+ACIAQgBCgCGDYC6AIgBEHgAWogBEE4akGAAfwKAAAgBCkD4AFCAlEEQCAEQegBaiAEKALkAiIAIAAgBCgC6AJBFGxqEG4LIAggBEHgAWpBkAH8CgAACyAEQbAEaiQADAELAAsgEhD9ASAIQagBahDgASAIQbQBahDgASAIQZwBahD9ASAYIAhBkAH8CgAACyAIQcABaiQAIAZBiAFqENgBIAZB+ABqENEBIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARD9AUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEJQBIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCUASAGKAIYIQggBigCHCEMIAZBEGogBkHIAGoQigEgBigCECEKIAYoAhQhCyAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQ0QFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAKIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIAsgABsgDCABGyAHIAIbIAUgAxtBACAEGxCMAgALIwBBsAJrIgAkACAAQaABaiAYQZAB/AoAACAAQQA2AgAgAEEEciAAQZwBakGUAfwKAABBCEGgARDOASIBQoGAgIAQNwMAIAFBCGoiASAAQZgB/AoAACAAQbACaiQAIAxBkAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBBgIDAACAEQRBqIAMQiAEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBB34DAACAEQRBqIAMQiAEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAsgBCAEQQhqrUKAgICAgAWENwMQQZiBwAAgBEEQaiADEIgBAAuXAgEHfyMAQSBrIgYkACAGQQRqIAJBA24iBSACIAVBA2xHakECdBCOAQNAIAIEQCAGQRBqIAEgAkEDIAIgAkEDTxtBwMfAABCLASAGKAIcIQIgBigCGCEBIAYoAhQhCiAGKAIQIQhBACEFQRAhB0EAIQkDQCAFIApGBEBBACEFQRIhBwNAIAVBBEYNBAJAAkAgBSAKSwRAQT0hCCAERQ0CDAELIAMgCSAHQR5xdkE/cWotAAAhCAsgBkEEaiAIEFcLIAVBAWohBSAHQRpqIQcMAAsABSAFIAhqIAVBAWohBS0AACAHQRhxdCAJciEJIAdBCGshBwwBCwALAAsLIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEgaiQAC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8A8MxAOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8A8MxAOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8A8MxAOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAPHMQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARBABFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChCTAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQQARQ0ACwwDC0EBIQIgASADIAggChCTAQ0CIAEgByALIAMoAgwRAQANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARBABFDQALDAILIAMgByALIAkoAgwRAQANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQkwENACAAIAcgCyABKAIMEQEAIQILIAILIAZBEGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEDEgACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQiBkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAEKAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3ZzamogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2ogBUEPdyAFQQ13cyAFQQp2c2o2AgALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABBKIAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBB+IARBIGoiCyAGIAJB/QAQSiAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQfinwAAQ3gEiBRsgByAJIAUbEH4gAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQfiAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQSSADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQMw0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAiIAMoAghBAUcNASADKAIMEDMNAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEGQgAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQ4AEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQOCADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDgASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQPwJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQYeSwABBBBB0DQEgBEEHOgAADAILIAJBCGogARANIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCjAQwBC0EADAELQQELIANBMGokAAuqAgEGfyMAQTBrIgIkAAJAAn8gASgCKCIHRQRAIAJBCGogARAkIAIoAgwhBCACKAIIDAELIAFBADYCKCABIQUjAEEQayIDJAACQCAHIgFFDQADQCADQQhqIAUQJCADKAIIRQRAIAEhBgwCCyABQQFrIgENAAsLIANBEGokAEEAIAYNABogAkEQaiAFECQgAigCFCEEIAIoAhALIgEEQCACQQA2AiQgAkKAgICAEDcCHCACIAE2AiggAiABIARqNgIsA0ACQCACQShqEIkBIgFB/gBHBEAgAUGAgMQARw0BIAAgAigCJDYCCCAAIAIpAhw3AgAMBAtBL0H+ACACQShqEIkBQTFGGyEBCyACQRxqIAEQVwwACwALIABBgICAgHg2AgALIAJBMGokAAvYAgICfwF+IwBBMGsiAyQAAn8CQCACRQRAIANBgICAgHg2AgggA0GAgICAeDYCFCADIANBFGoiAjYCJCADIANBCGoiBDYCIAJAIAFBxKvAAEECIANBIGpB1KvAABCHAUUEQCACEOABIAQQ4AEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQ4AELQQAMAgsgACgCBCIAEJEBIwBBEGsiAiQAIAJBCGogARA/An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQYeSwABBBBB0GwwBCyACIAA2AgxBAUECIAFB8KvAAEEBIAJBDGpB+KvAABCHARsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAENMBIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQFCAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL1QEBAn8jAEEgayIDJAAgA0EMaiABKAIAIAJBARB8IAMoAhQhAiADKAIQIQECQCADKAIMIgRBFUcEQCAAIAMpAhg3AgwgACACNgIIIAAgATYCBCAAIAQ2AgAMAQsCQCABRQRAIANBBjYCDAwBCyADIAEgAhAQIAMoAgAgA0EGNgIMQYCAgIB4Rg0AIAAgAygCCDYCDCAAIAMpAgA3AgQgAEEVNgIAIANBDGoQ3AEMAQsgACADKAIcNgIQIAAgAykCFDcCCCAAIAMpAgw3AgALIANBIGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpBvMjAACADKAIAIgMoAgAgAygCBBALGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEENoBIgFFBEBBBEEMEI4CAAsgASACKAIQNgIIIAEgAikDCDcCACAAQbzKwAA2AgQgACABNgIAIAJBMGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQ3gFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAQAMAQsgBEEQaiABEA0gBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahCjAQsgAEEGRwsgBEFAayQAC4UCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUGorMAAQQIgAkEYakG4rMAAEIcBRQRAIAMQ4AEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBArIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQ3QEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahClASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQyQEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQogFFDQALCyADQSBqJAAgBQuUDgIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEEQgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEIEBIANBADYCLCADIAMoAhwiATYCNCADIAMoAhgiBzYCMCADKAIgRQRAIANBEGogA0EsahCKASADKAIQIQEgAygCFCEFIANBCGogAhCcASADKAIIIgAgASAAGyIBQQEgARsgAygCDCAFIAAbQQAgARsQjAIACyAAKAIgKwMAIAMgAygCKDYCQCADIAMpAiAiDzcDOCADIAE2AkwgAyAHNgJI/AYhEiMAQbACayIIJAAgCEEoaiAPpyILQYAB/AoAACALQdiuwABBgAH8CgAAAkAgCCkDKEIGUQRAIAhBqAFqIQZCACEPIwBBsAFrIgIkAAJAAkACQAJAAkACQAJAAkAgCUH//wNxIgBBkQNrDgQDAQEDAAsgAEHIAUYNAQsgBkEzNgIQIAZBt63AADYCDCAGQRE2AgggBkICNwMADAULQYCAgIB4IQACQCABQYCAEEsNACACQgA3AnggAiABNgJ0IAIgBzYCcCACQYCAgIB4NgKAASACQQA2AqQBIAJCgICAgMAANwKcASACIAJBnAFqIgc2AqwBIAIgAkGAAWo2AqgBAkACQCACQfAAaiIBQZirwABBAiACQagBakGoq8AAEIcBRQ0AIAEQngFFDQAgAigCgAEiAUGAgICAeEYEQCAHEIUCDAILIAIgAikCjAE3A1AgAiACKAKUATYCWCACIAIpApwBNwNgIAIgAigCpAE2AmggAikChAEhDyABIQAMAgsgAkGcAWoQhQIgAkGAAWoQ0wELCyACQTg2AogBIAJBzKzAADYChAEgAkERNgKAASAAQYCAgIB4RgRAIAIgAkGIAWoiACkCACIPNwMwIAIgACgCCCIANgI4IAIpA4ABIRAgBiAANgIYIAYgDzcCECAGIBA3AwggBkICNwMADAULIAIgAigCaDYCSCACIAIpA2A3A0AgAiACKQNQNwIkIAIgAigCWDYCLCACQYABaiIBENwBIAIgAigCSCIHNgI4IAIgADYCDCACIAIpA0A3AhggAiAHNgIgIAIgDzcCECACIA+nIA9CIIinEB4gAkEkaiEMIAIoAgRFDQECQCACKAIkQYCAgIB4RwRAIAEgAigCKCACKAIsEAYgAikDiAEhDyACKQOAASACQTM2AogBIAJBhK3AADYChAEgAkERNgKAAUIBIRBCAVINBCABENwBIA8gElcNAQsgAiACKAIYNgJ4IAIgAigCHCIANgJwIAIgADYCdCACIAAgAigCIEEEdGo2AnwgAkGAAWohCiMAQRBrIgckACACQfAAaiIJKAIEIQEgCSgCDCEOAkADQCAOIAEiAEYEQEGAgICAeCENDAILIAkgAEEQaiIBNgIEIAcgACkCCDcDCCAHIAApAgA3AwACQCAHLQAMQQFGBEAgBygCCA0BCyAHEP0BDAELIAcoAgAiDUGAgICAeEYNAAsgCiAAQQxqKAIANgIMIAogAEEEaikCADcCBAsgCiANNgIAIAdBEGokACACKAKAASEKIAIpAoQBIREjAEEQayIBJAAgASAJNgIMIAkoAgwgCSgCBCIHa0EEdiEAA0AgAARAIABBAWshACAHEP0BIAdBEGohBwwBCwsjAEEQayIAJAAgACABQQxqKAIAIgcoAgA2AgwgACAHKAIINgIIIABBCGoQhgIgAEEQaiQAIAFBEGokACAGIAIoAhQ2AhggBiACKQIMNwIQIAYgETcCLCAGIAo2AiggBkEANgIkIAZCgICAgIABNwIcIAYgDzcDCCAGIBA3AwAgDBDgAQwFCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwDCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRE2AggLIAZCAjcDACACQQxqEP0BIAwQ4AEgAkEYahCFAgsgAkGwAWokACAIKQOoAUICUQRAIAggCCgCwAE2AqgCIAggCCkDuAE3A6ACIAggCCkDsAE3A5gCIAhBDGogCEGYAmoQpgEMAgsgCEHgAWoiACAIQagBaiIBQTj8CgAAIAhBDGogCyABIBIQQiAAENQBDAELIAhBDGpBl7DAAEEhEH8LIAhBKGoQSCALIAhBDGoQQSAIQbACaiQAIANByABqENgBIANBOGoQzwEgA0HQAGokACAFQdAAaiQAC4gDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQegJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAIQmgEgBigCCCEFIAYoAgwMAgsgBigCFCADIAQgAhAHIQUgAgwBCyAGIAQgAhCaASAGKAIAIQUgBigCBAsgBUUEQCAIIAQ2AgRBCCEKDAILIAggBTYCBEEAIQtBCCEKIQIMAQtBACECCyAIIApqIAI2AgAgCCALNgIAIAZBIGokACAHKAIEQQFGBEAgBygCDCEJIAcoAgghBgwBCyAHKAIIIQIgASAMNgIAIAEgAjYCBEGBgICAeCEGCyAAIAk2AgQgACAGNgIAIAdBEGokAAunAQEDfyMAQRBrIgMkAAJAIABB2wAQTkUNACADQQhqIAAQPyADLQAIRQ0AIAMtAAlB3QBHBEAgAigCECECA0AgASAAIAIRBABFDQIgAyAAED8gAy0AAEUNAiADLQABIgVBLEcEQCAFQd0ARw0DBSAAIAAoAghBAWo2AggMAQsLC0EBIQQgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EQaiQAIAQLlQIBAn8jAEEgayIFJABBnNHAAEGc0cAAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQYjRwAAtAAANABpBiNHAAEEBOgAAQYTRwABBhNHAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQZDRwAAoAgAiBkEASA0CQZDRwAAgBkEBajYCAEGU0cAAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEGU0cAAKAIAIAVBEGpBmNHAACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0GQ0cAAQZDRwAAoAgBBAWs2AgBBiNHAAEEAOgAAIANFDQAACwALugECAX8CfiMAQSBrIgQkAAJAAkAgASACIANBAxBGIgEEQCABLQAADQELIABBADYCACAAQgA3AwgMAQsgBEEIaiICIAEQcSAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEGgoMAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACENwBQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu7AQEBfyMAQUBqIgMkAAJAIAJBgYAQTwRAIABBBjoAAAwBCyADQgA3AgggAyACNgIEIAMgATYCACADQShqIAMQDSADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQngFFBEAgAEEGOgAAIANBEGoQowEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDdAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBENoBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMEN0BAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQViADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAiIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQDwykAhAQwBCyAAQf8BcS0A8MpAQQJxQQF2IQELIAFBAXELvzgCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABCBASAOKAIIIQAgDigCDCEBIA4gAigCECgCACACKAIUKAIAEIEBIA4oAgAhBiAOKAIEIQUgDiABNgIUIA4gADYCECAOIAU2AhwgDiAGNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG8fyEDA0AgAyICQegKRwRAIAJBhAFqIQMgAkGku8AAaiAEQQhqEN4BRQ0BCwsgBEEQaiQAIAdBLGoiAyAGIAUQPiAHIAJB6ApHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQYgBygCPCEDIwBBkANrIgQkACAEIAE2AqgBIAQgADYCpAEgBCACNgKwASAEIAM2AqwBIARBmAFqIARBrAFqQb6jwABBCxBPIAQoApgBIgIEfyAEKAKcASEDIAJBACAEQaQBakHsp8AAEN4BGwVBAAshBSMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAUbIAEgAkHsp8AAEN4BIgEbNgIMIAIgBUHlp8AAIAUbIAAgARs2AghBACEAQQAhBQJAA0AgBUGsC0YNAQJAIAVB4LrAAGogAhDeAQRAIAVB2LrAAGogAkEIahDeAQ0BCyAFQYQBaiEFDAELCyAFQaC6wABqIQALIAJBEGokACAEQdIANgKQAiAEQcmjwAA2AowCIARBCzYCiAIgBEG+o8AANgKEAiAEQRQ2AoACAkAgACIBRQRAIAYgBEGIAmoiACgCCDYCFCAGIAApAgA3AgwgBkG+o8AANgIIIAZCg4CAgMACNwMADAELIARBgAJqENwBIARBkAFqIARBrAFqQZukwABBChB7AkAgBCgCkAEiAARAIAQoApQBIgINAQsgBkEKNgIMIAZBm6TAADYCCCAGQoOAgICwAjcDAAwBCyAEQbQBaiAAIAIQUSAEQYgBaiAEQawBakGlpMAAQRgQTwJAAkACQCAEKAKIASIARQRAQpAcIRgMAQsCQAJAAkAgBCgCjAEiAg4CBAABCyAALQAAIgVBK2sOAwMBAwELIAAtAAAhBQsgACAFQf8BcUErRiIDaiEFAkAgAiADayIAQRFPBEADQCAARQ0CIARB8ABqIBhCABBDIAQpA3hCAFINBCAEKQNwIRcgBEHoAGogBS0AAEEKEIMBIAQoAmhBAUcNBCAFQQFqIQUgAEEBayEAIBcgFyAENQJsfCIYWA0ACwwDCwNAIABFDQEgBEHgAGogBS0AAEEKEIMBIAQoAmBBAUcNAyAFQQFqIQUgAEEBayEAIAQ1AmQgGEIKfnwhGAwACwALIBhCAX1CgKMFWg0BCyAEQdgAaiAEQawBakG9pMAAQRoQTwJAIAQoAlgiAARAIARBgAJqIAAgBCgCXBBRIAQoAogCIQUgBCgChAIhAANAIAUEQCAAQSBBACAALQAAIgJBwQBrQf8BcUEaSRsgAnI6AAAgBUEBayEFIABBAWohAAwBCwsgBCAEKAKIAiIANgLgASAEIAQpAoACIhc3A9gBQQEhEyAXp0GAgICAeEYNASAEKALcASICIABBi5LAAEEEEMQBDQEgAiAAQdekwABBARDEAQ0BIAIgAEHYpMAAQQMQxAENAUEAIRMgAiAAQY+SwABBBRDEAQ0BIAIgAEGVoMAAQQEQxAENASACIABB26TAAEECEMQBDQEgBkEVNgIUIAZB3aTAADYCECAGQRo2AgwgBkG9pMAANgIIIAZCg4CAgMACNwMAIARB2AFqEOABDAMLIARBgICAgHg2AtgBQQEhEwsgBEHYAWoQ4AEgBEHQAGogBEGsAWpB8qTAAEEWEE8CfwJAIAQoAlAiAARAIAAgBCgCVCICQYilwABBARDEAUUNAQsgBEGAgICAeDYCwAFBAQwBCyAEQdgBaiAAIAIQpwEgBCAEKALYATYCiAIgBCAEKALcASIANgKEAiAEIAA2AoACIAQgACAEKALgAUEDdGo2AowCIwBBIGsiACQAIABBCGogBEGAAmoiAygCDCADKAIEa0EDdkEEQQwQYyAAQQA2AhwgACAAKQMINwIUIwBBEGsiDCQAIABBFGoiAiADKAIMIAMoAgRrQQN2ELoBIAIpAgQhFyAMIAJBCGo2AgQgDCAXQiCJNwIIIwBBEGsiAiQAIAIgAykCCDcDCCACIAMpAgA3AwAjAEEgayIFJAAgDEEEaiIJKAIIIAkoAgQiCEEMbGohDyACKAIEIQMgAigCDCENA0AgAyANRwRAIANBBGooAgAhCyADKAIAIREgAiADQQhqIgM2AgQgBUEIaiARIAsQMiAFQRRqIAUoAgggBSgCDBBRIA8gBSgCHDYCCCAPIAUpAhQ3AgAgD0EMaiEPIAhBAWohCAwBCwsgCSgCACAINgIAIAIQtgEgBUEgaiQAIAJBEGokACAMQRBqJAAgBEHAAWoiAiAAKAIcNgIIIAIgACkCFDcCACAAQSBqJAAgBCgCwAFBgICAgHhGCyEAAkACQAJAAkACQAJAAkACQEG6ocAAIAEoAngiFSABKAJ8IhYQgAFBACAAG0UEQCAEQcgAaiAEQawBakGJpcAAQQ0QTwJAAkAgBCgCSCIABEAgBEHYAWogACAEKAJMED5BMCEAIARBMDYCkAJB2qjAACEFIARB2qjAADYCjAIgBEENNgKIAiAEQYmlwAA2AoQCIARBFDYCgAIgBCgC2AEiA0GAgICAeEYNCiAEKALcASEAIAQoAuABIQIgBEGAAmoQ3AEgBCACNgKsAiAEIAA2AqgCIAQgAzYCpAIgAkEQSw0BIARBADYCuAIgBEKAgICAwAA3ArACIAQgACACQShsaiIFNgLIAiAEIAM2AsQCIAQgADYCwAIgBCAANgK8AiAEQYQCaiEPIARB5AFqIQ0gBEHYAmpBBHIhDAJAA0AgACAFRg0EIAQgAEEoajYCwAIgBCAAKQIMNwOAAiAEIAApAhQ3A4gCIAQgACkCHDcDkAIgBCAAKAIkNgKYAiAAKAIAIgJBgICAgHhGDQQgBCAAKQIEIhc3AtACIAQgAjYCzAIgBCAPKQIQNwPoAiAEIA8pAgg3A+ACIAQgDykCADcD2AIgBCAXNwLYASAEQdgBakGMqcAAQQgQWQRAQcIAIQBBt6rAACEFDAgLQSwhAEGLqsAAIQUgF0IgiKciAkHBAGtBQEkNByAEIBenIgM2AtgBIAQgAiADajYC3AEgBEHYAWoiCCgCACECIAgoAgQhCQNAIAkgAiIDRwRAIAggAkEBaiICNgIAIAMtAAAiC0HfAEYgC0E6a0H/AXFB9QFLciALQd8BcUHbAGtB/wFxQeUBS3INAQsLIAMgCUcNBwJAAkACQAJAIAQtANgCQQNrDgIAAQMLIAQgDCgCCDYCiAMgBCAMKQIANwOAA0EEQQwQzgEiACAEKAKIAzYCCCAAIAQpA4ADNwIAQQEhAiAEQQE2AvwCIAQgADYC+AIgBEEBNgL0AkEAIQhBASEFDAELIAQoAuQCIQIgBCgC4AIhACAEIAQoAtwCNgLgASAEIAA2AtwBIAQgADYC2AEgBCAAIAJBGGxqNgLkASAEQfQCaiEFIwBBMGsiACQAIABBFGogBEHYAWoiAhBpAkAgACgCFEGAgICAeEcEQCAAQQRBBEEMEGMgACgCACEIIAAoAgQiAyAAKAIcNgIIIAMgACkCFDcCACAAQQE2AhAgACADNgIMIAAgCDYCCCAAIAIpAgg3AyggACACKQIANwMgIABBCGohAiAAQSBqIQgjAEEQayIDJAADQAJAIANBBGogCBBpIAMoAgRBgICAgHhGDQAgAigCCCIJIAIoAgBGBEAgAkEBELoBCyACKAIEIAlBDGxqIgsgAygCDDYCCCALIAMpAgQ3AgAgAiAJQQFqNgIIDAELCyAIEFogA0EQaiQAIAUgACgCEDYCCCAFIAApAgg3AgAMAQsgBUEANgIIIAVCgICAgMAANwIAIAIQWgsgAEEwaiQAQQEhCEEAIQIgBCgC/AIiBUEFa0F8SQ0DIAQoAvgCIQALIAVBDGwhBQNAIAUEQCAFQQxrIQUgACgCCCEJIAAoAgQhCyAAQQxqIQBBACEDQQAhEQJAIAlBgQJrQYB+SQ0AIAstAABBL0cNAANAIAMgCUYiEQ0BIAMgC2ohEiADQQFqIQMgEi0AAEH+AEcNACADIAlPDQEgEkEBai0AAEH+AXFBMEYNAAsLIBENAQwECwsgDSAEKQL0AjcCACANIAQoAvwCNgIIIAQgBCgC1AI2AuABIAQgBCkCzAI3A9gBIAQoArgCIgIgBCgCsAJGBEAjAEEQayIAJAAgAEEIaiAEQbACaiIDIAMoAgBBAUEEQRgQKyAAKAIIIgNBgYCAgHhHBEAgAyAAKAIMEN0BAAsgAEEQaiQACyAEKAK0AiACQRhsaiIAIAQpA9gBNwIAIAAgBCkD6AE3AhAgACAEKQPgATcCCCAEIAJBAWo2ArgCIAQtANgCQQNrQf8BcUECTwRAIARB2AJqEKMBCyAEKALAAiEAIAQoAsgCIQUMAQsLIARBADYC/AIgBEKAgICAwAA3AvQCQQEhAkEBIQgLIARB9AJqEIECQcypwAAhBUE/IQACQAJAIAQtANgCQQNrDgIBAAgLIAINCQwKCyAIRQ0JDAcLIARBADYC1AEgBEKAgICAwAA3AswBDAMLIARBpAJqEP4BQfmqwAAhBUEWIQAMCAsgBEG8AmoQWyAEIAQoArgCNgLUASAEIAQpArACNwLMAQwBCyAGQcQANgIUIAZB/6bAADYCECAGQRY2AgwgBkHypMAANgIIIAZCg4CAgMACNwMADAcLIARBQGsgBEGsAWogASgCUCIMIAEoAlQiDxBPAkACQCAEKAJAIgAEQCAEKAJEIQUMAQsgASgCECIABEAgASgCFCEFDAELIAYgDzYCDCAGIAw2AgggBkKDgICAsAI3AwAMAQsCQCABLQCBAUUEQCABLQCAAUUEQCAEQbACaiAAIAUQUQwCCyAEQbACaiAAIAUQhAEMAQsgBEGwAmogACAFEFELAkACQCABLQCAAUUNACAEKAK0AiAEKAK4AhAFDQAgBkEyNgIUIAZBqKjAADYCECAGIA82AgwgBiAMNgIIIAZCg4CAgMACNwMADAELAn8CQAJAIAEtAIMBRQRAIARBgICAgHg2AtgBDAELIARBOGogBEGsAWpBlqXAAEEPEE8CQCAEKAI4IgAEQCAEQbwCaiAAIAQoAjwQhAEMAQsgBCgCtAIgBCgCuAJBpaXAAEENEM0BRQRAIARBvAJqQbKlwABBFxBRDAELIARBvAJqQcmlwABBFhBRCyAEKALAAiAEKALEAhAFRQRAIAZBMjYCFCAGQaiowAA2AhAgBkEPNgIMIAZBlqXAADYCCCAGQoOAgIDAAjcDACAEQbwCahD9AQwECyAEQTBqIARBrAFqQd+lwABBDRBPIARB2AJqIAQoAjAgBCgCNBDSASAEQYACaiIAIARBsAJqEF8gBCAEKALgAjYCoAIgBCAEKQLYAjcCmAIgBCAEKQK8AjcCjAIgBCAEKALEAjYClAIgBEHYAWogAEEk/AoAACAEKALYAUGAgICAeEcNAQtBACEAQQEMAQsgBCgC7AEhACAEKALoAQshAiAEIAA2AtQCIAQgAjYC0AIgBCAEQbACajYCzAICQAJAIAEoAhgiAEUNACAEQShqIARBrAFqIAAgASgCHBBPIAQoAigiAEUNACAEQdgCaiAAIAQoAiwQpwEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYyADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELoBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQhAEgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRC2ASANQRBqJAAgBUEQaiQAIAlBEGokACAEQfQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYCgAIgBCAAIAEoAlxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQfQCaiAEQYACahBYCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARBrAFqIAAgAhBPIAQoAiAiA0UNACAEQdgCaiADIAQoAiQQpwEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYyADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELoBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQUSAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELYBIA1BEGokACAFQRBqJAAgCUEQaiQAIARBgANqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIIBDQEgBCABKAJoIgA2AoACIAQgACABKAJsQQN0ajYChAIgBCAEQcwCajYCiAIgBEGAA2ogBEGAAmoQWAsgBEEYaiAEQawBaiABKAJgIgIgASgCZCIDEE8gBCgCGCIARQ0BIARB2AJqIgUgACAEKAIcIggQLyAELQDYAkEGRg0DIAQgBCkD6AI3A5ACIAQgBCkD4AI3A4gCIAQgBCkD2AI3A4ACIAVBlJPAAEEEEHgiBUUNAiAFLQAAIARBgAJqEKMBQQRHDQMgBEHAAmogACAIEFEgBEEANgK8AgwGCyAGQoOAgICwAjcDACAGIAIgDyAAGzYCDCAGIAAgDCAAGzYCCAwHCyABKAIgIgBFDQMgBEEQaiAEQawBaiAAIAEoAiQiAxBPIAQoAhAiAkUNAyACIAQoAhQiBRAFDQIgBkEyNgIUIAZBqKjAADYCECAGIAM2AgwgBiAANgIIIAZCg4CAgMACNwMADAULIARBgAJqEKMBCyAGQSw2AhQgBkHspcAANgIQIAYgAzYCDCAGIAI2AgggBkKDgICAwAI3AwAMAwsgBEHAAmogAiAFEFEgBEEBNgK8AgwBCyABKAIoIgAEQCAEQYACaiICIARBzAJqIAAgASgCLBAcIAEtAIMBIQAgBCgChAIgBCgCiAIQBUUEQCAGQTI2AhQgBkGoqMAANgIQIAZCg4CAgMACNwMAIAZBDyAPIABBAXEiABs2AgwgBkGWpcAAIAwgABs2AgggAhD9AQwDCyAEIAQoAogCNgLIAiAEIAQpAoACNwLAAiAEQQE2ArwCDAELIARBCGogBCgCtAIgBCgCuAIQMiAEQSE2AowCIARBmKbAADYCiAIgBCAEKQMINwKAAiAEQcACaiAEQYACakECEPABIARBAjYCvAILIAQgBEGsAWpBuabAAEEOEE9BASEFAkAgBCgCACICRQRAQQEhAAwBCyAEKAIEIQNBASEAQaGhwAAgFSAWEIABRQ0AIARBgAJqIAIgAxCnAQJAIAQoAogCIgJFDQAgAkEDdCEFQQAhACAEKAKEAiEDA0AgACAFRwRAIAAgA2oiCEHIpsAAENkBBEAgCEHQpsAAENkBDQMLIABBCGohAAwBCwtByKbAACADIAIQWSEFQdCmwAAgBCgChAIgBCgCiAIQWSEAIARBgAJqEIMCDAELIAZBJzYCFCAGQdimwAA2AhAgBkEONgIMIAZBuabAADYCCCAGQoOAgIDAAjcDACAEQYACahCDAiAEQcACahD9AQwBCyAGIAQoArwBNgIgIAYgBCkCtAE3AhggBiAEKQL0AjcCJCAGIAQoAvwCNgIsIAYgBCkCgAM3AjAgBiAEKAKIAzYCOCAGIAQpArwCNwIAIAYgBCkCxAI3AgggBiAEKALIATYCUCAGIAQpAsABNwJIIAZB1ABqIARB2AFqQST8CgAAIAYgEzoAfiAGIAA6AH0gBiAFOgB8IAYgATYCeCAGIBg3AxAgBiAEKALUATYCRCAGIAQpAswBNwI8IARBsAJqEP0BDA0LIARBgANqEIECCyAEQfQCahCBAiAEQdgBahC3AQsgBEGwAmoQ/QELIARBzAFqEIQCDAYLIAQtANgCQQNrDgIBAgALIARB2AJqEKMBDAILIAwQ/QEMAQsgDBCAAgsgBEHMAmoQ/QEgBEG8AmoQWyAEQbACahCEAgsgBiAANgIUIAYgBTYCECAGQQ02AgwgBkGJpcAANgIIIAZCg4CAgMACNwMACyAEQcABahDkAQwBCyAGQSI2AhQgBkHDp8AANgIQIAZBGDYCDCAGQaWkwAA2AgggBkKDgICAwAI3AwALIARBtAFqEP0BCyAEQZADaiQAAn8gBygCYEEDRwRAQQhBiAEQzgEiAEKBgICAEDcDACAAQQhqIAZBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EVRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGMk8AAQQcQfwwDCyAHQQxqQfySwABBEBB/IAcoAixBgICAgHhGDQIgAxD+AQwCCyAHQQxqIAdByABqEIwBCyAHQThqEP4BCyAQIAcoAiQ2AhggECAHKQIcNwIQIBAgBykCFDcCCCAQIAcpAgw3AgAgB0HgAWokACAOQRhqENgBIA5BEGoQ2AEgDkEgaiQAIwBBIGsiACQAIABBADYCACAAIBApAgA3AgQgACAQKQIINwIMIAAgECkCEDcCFCAAIBAoAhg2AhxBBEEoEM4BIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggASAAKQIYNwIgIABBIGokACAKQdAAaiQAIAFBCGoL7gMBCn8CQAJAAkACQAJAAkAgAS0AAEEBaw4FAQIDBAUACyAAQQA6AAAPCyAAIAEpAxA3AxAgACABKQMINwMIIAAgASkDADcDAA8LIABBAjoAACAAIAEpAxA3AxAgACABKQMINwMIDwsgAEEEaiABQQRqEF8gAEEDOgAADwsgAEEEaiEDIwBBIGsiAiQAIAFBBGoiASgCBCEIIAIgASgCCCIFQQhBGBBjIAVBGGwhCUEAIQEgAigCBCEGIAIoAgAiCiEEA0AgBEUgASAJRnJFBEAgAkEIaiABIAhqEDUgASAGaiIHIAIpAxg3AxAgByACKQMQNwMIIAcgAikDCDcDACABQRhqIQEgBEEBayEEDAELCyADIAU2AgggAyAGNgIEIAMgCjYCACACQSBqJAAgAEEEOgAADwsgAEEEaiEEIwBBMGsiAiQAIAFBBGoiAygCBCEBIAIgAygCCCIGQQhBKBBjIAZBKGwhCCACQRhqIQlBACEDIAIoAgQhByACKAIAIgohBQNAIAVFIAMgCEZyRQRAIAJBCGoiCyABEF8gCSABQRBqEDUgAyAHaiALQSj8CgAAIANBKGohAyAFQQFrIQUgAUEoaiEBDAELCyAEIAY2AgggBCAHNgIEIAQgCjYCACACQTBqJAAgAEEFOgAAC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQZCADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDgAQwBCyADQQRqIAEQOCADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDgAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQRiIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEB4gBCgCDA0CCyAAQSs2AgggAEHMssAANgIEIABBATYCAAwCCyAAQhU3AgAMAQsgBCACIAEQHiAAIAQpAwA3AgQgAEEVNgIACyAEQRBqJAALogEBAX8jAEEQayICJAAgAiABED8CQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFBh5LAAEEEEHQNASAAQYGAgIB4NgIADAILIAJBBGogARBkIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAuGAQECfyMAQUBqIgQkACAEQRhqIgUgARANIAQtABgiAUEGRwRAIAQgBCkAKDcADyAEIAQpACE3AwggBCAEKQAZNwMAIAAoAgAgBSACIAMQUSAEIAE6ACggBCAEKQMANwApIAQgBCkDCDcAMSAEIAQpAA83ADggBRCWAQsgBEFAayQAIAFBBkcLdgEEfyMAQRBrIgIkAEEEIQQDQAJAIARFBEBBASEFDAELIAJBCGogARBtIAItAAhFDQAgAiACLQAJQRAQgwEgAigCAEEBcUUNACAEQQFrIQQgAigCBCADQQR0aiEDDAELCyAAIAM2AgQgACAFNgIAIAJBEGokAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEGajMAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/i8AANgIEIABBADYCAA8LAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgEEQgASgCFEUEQCABQQhqIAQQnAEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQYACayIAJAAgAEEgaiAGpyIEQYAB/AoAACAEQdiuwABBgAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCoAEgAEEEaiAAQaABahCmAQwBCyAAQQRqQbiwwABBJRB/CyAAKQMgQgJaDQEgAEEgahDLAQwCCyAAQaABaiIFIABBIGpB4AD8CgAAIABBBGogBCAFIAcQQiAFEMsBIAApAyBCAlQNAQsgAEEgahBIDAELIABBgAFqELMBCyAEIABBBGoQQSAAQYACaiQAIAFBIGoQzwEgAUEwaiQAIANBQGskAAuPAQEBfyMAQTBrIgMkACADQRhqIAEgAhAvAkAgAy0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgAUEFRgRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCACADEKMBCyADQTBqJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQmAEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEGRBACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQ4AEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQDSACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEKMBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAoQBIgMgAyAAKAKIAUEUbGoQbiACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABBIIABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC5ETAhB/An4jAEEwayIIJAACQCABKAKMASIBBEAgCEEEaiENIwBB0ABrIgUkAAJAIAMgAikDCCIVIAFBCGoiDikDECADfCIUIBQgFVUbIBQgAikDAKdBAXEbIBQgDi0AfhsiFFMEQCAFQRBqIAJBKGoQygEgBSgCFCEQIAUoAhAhDyAFQQA2AiQgBUKAgICAEDcCHCAFQRxqEPEBQf+VwABBAxDiASACKAIUIhEgAigCGCISEOkBQYKWwABBBBDiAUGGlsAAQQ0Q6QFBk5bAAEEDEOIBQZaWwABBDBDpAUGilsAAQQMQ4gEgAxCkAUGllsAAQQMQ4gEgFBCkASEHIA8EQCAHQaiWwABBBRDiASAPIBAQ6QEaCyACKAIgIgEgAigCJEEobGohCwNAAkACQAJAAkAgASALRwRAIAcgASgCBCABKAIIEOIBIQQgAUEoaiECIAEtABBBAWsOBAIBAwQBCyAHEP8BIgopAgAhAyAKQQA2AgAgBSAKKAIIIgY2AjAgBSADNwMoIAVBADYCJCAFQQE2AiAgBUE0aiELIAUoAiwhCSAOKAIcIQcgDigCICEEIwBB8ARrIgIkACACQSxqIgEgBkECdEEDbkHUAGoQjgEgAUGYjsAAQSQQfiABQS4QVyACQfABaiIMIAkgBhDuASABIAIoAvQBIAIoAvgBEH4gDBD9ASACQThqIwBBgANrIgEkACABQSBqIgZBAEHAAPwLAAJAIARBwABNBEAgAUEYaiAEIAZBwABBiMbAABC0ASABKAIYIAEoAhwgByAEQZjGwAAQsgEMAQsgAUGoAWoiDEEAQcEA/AsAIAFCADcDoAEgAUG4x8AAKQMANwOYASABQbDHwAApAwA3A5ABIAFBqMfAACkDADcDiAEgAUGgx8AAKQMANwOAASABQYABaiITIAcgBEEGdhDXASABQRBqIARBP3EiBiAMQcAAQcCKwAAQtAEgASgCECABKAIUIAcgBEHA////B3FqIAZB0IrAABCyASABIAY6AOgBIAFB8AFqIgQgE0HwAPwKAAAgAUIANwP4AiABQgA3A/ACIAFCADcD6AIgAUIANwPgAiAEIAFBmAJqIAFB4AJqEAwgASABKQP4AjcDeCABIAEpA/ACNwNwIAEgASkD6AI3A2ggASABKQPgAjcDYCABQQhqQSAgAUEgakHAAEHoxcAAELQBIAEoAgggASgCDCABQeAAakEgQfjFwAAQsgELIAFBIGpBwAD8CgAAIAFBgANqJABBACEBA0AgAUHAAEcEQCACQThqIAFqIgQgBC0AAEE2czoAACABQQFqIQEMAQsLIAJCADcDwARBACEBIAJBuMfAACkDADcDuAQgAkGwx8AAKQMANwOwBCACQajHwAApAwA3A6gEIAJBoMfAACkDADcDoAQgAkGgBGogAkE4akEBENcBA0AgAUHAAEcEQCACQThqIAFqIgQgBC0AAEHqAHM6AAAgAUEBaiEBDAELCyACQgA3A+gEIAJBuMfAACkDADcD4AQgAkGwx8AAKQMANwPYBCACQajHwAApAwA3A9AEIAJBoMfAACkDADcDyAQgAkHIBGoiASACQThqIgZBARDXASACQZgCaiABQSj8CgAAIAJB8AFqIgEgAkGgBGoiCUEo/AoAACACQdgDakEAQcEA/AsAIAJBiANqIgQgAUHQAPwKAAAgBiAEQZgB/AoAACACLQDIASEEIAIoAjQhASACKAIwIQcgAiAGNgKgBCACIAk2AsgEIAJBiAFqIQYCQAJAAkBBwAAgBGsiCSABTQRAIAQNAQwCCyACQRBqIAQgBkHgisAAEJsBIAJBCGogASACKAIQIAIoAhRB8IrAABC0ASACKAIIIAIoAgwgByABQYCLwAAQsgEgASAEaiEEDAILIAJB8AFqIAcgASAJQZCKwAAQiwEgAigC/AEhASACKAL4ASEHIAIoAvQBIQkgAigC8AEhDCACQSBqIAQgBkGgisAAEJsBIAIoAiAgAigCJCAMIAlBsIrAABCyASACQcgEaiAGQQEQ7wELIAFBP3EhBCABQQZ2IgkEQCACQcgEaiAHIAkQ7wELIAJBGGogBCAGQcAAQcCKwAAQtAEgAigCGCACKAIcIAcgAUHA////B3FqIARB0IrAABCyAQsgAiAEOgDIASACQfABaiIBIAJBOGpBmAH8CgAAIAJCADcDuAQgAkIANwOwBCACQgA3A6gEIAJCADcDoAQgAkIANwPgBCACQgA3A9gEIAJCADcD0AQgAkIANwPIBCABIAJBwAJqIgQgAkHIBGoiBxAMIAJBADoAgAMgBEEgIAdBIEGAi8AAELIBIAJBIDoAgAMgAkGYAmogBCACQaAEahAMIAIgAikDoAQ3A9ABIAIgAikDqAQ3A9gBIAIgAikDsAQ3A+ABIAIgAikDuAQ3A+gBIAJBLGoiBEEuEFcgASACQdABakEgEO4BIAQgAigC9AEgAigC+AEQfiABEP0BIAsgAigCNDYCCCALIAIpAiw3AgAgAkHwBGokACAFQQA2AkggBUKAgICAEDcCQCAFQUBrEPEBQa2WwABBCxDiASAFKAI4IAUoAjwQ6QFBuJbAAEEJEOIBQcGWwABBBhDpAUHHlsAAQQkQ4gEgFBCkAUHQlsAAQQQQ4gEQ8QFB1JbAAEECEOIBIBEgEhDpAUGolsAAQQUQ4gEhAQJAIA8EQCABIA8gEBDpARoMAQsgAUGHksAAQQQQ6gEaCyABEP8BQdaWwABBCBDiASAOKAJ4IgEoAjggASgCPBDpARD/ASEBIA1BFTYCACANIAEoAgg2AgwgDSABKQIANwIEIAFBADYCACAFQQA2AkggBUEBNgJEIAEQ/QEgCxD9ASAFQShqEP0BIAoQ/QEMBgsgBUFAayABQRBqEHEgBCAFKQNIQgAgBSgCQBsQpAEaIAIhAQwDCyAEIAEtABEQ2wEaIAIhAQwCCyAEIAEoAhggASgCHBDpARogAiEBDAELIAQQ8gEhBiABKAIcQRhsIQQgASgCGCEBA0AgBARAIAVBCGogARDJASAGIAUoAggiCkEBIAobIAUoAgxBACAKGxDpARogBEEYayEEIAFBGGohAQwBCwsgBhCCAhogAiEBDAALAAsgDUEJNgIACyAFQdAAaiQAIAgoAgRBFUcEQCAIIAgoAhQ2AiggCCAIKQIMNwMgIAggCCkCBDcDGCAAIAhBGGoQpgEMAgsgAEHIASAIQQhqEEsMAQsgAEH1sMAAQRAQfwsgCEEwaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEGajMAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/i8AANgIEIABBADYCAA8LAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpBvMjAACADKAIAIgMoAgAgAygCBBALGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQbzKwAA2AgQgACABNgIAIAJBIGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahClAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakG0k8AAECwiAUUEQCADEIACDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAEOMBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ/QEgAEEUahCKAiAAQSBqEP0BDwsgAEEIahDzAQ8LIABBCGoQywEPCyAAQQhqEMsBIABB6ABqEOABDwsgABDLASAAQeAAahCzAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABECMCQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQViAEQQhqIAUQFAJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUEM4BIQMgBEEEakGzkcAAQRAQUSADQQw2AgQgA0HDkcAANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC2MBAn8gASgCCCEDIAACfyABKAIAIgIEQCABKAIEIAJrQQN2IgIgA0UNARogASgCDCADa0EDdiACagwBC0EAIANFDQAaIAEoAgwgA2tBA3YLIgI2AgggAEEBNgIEIAAgAjYCAAt6AgF/AX4jAEEQayIDJAAgA0EEaiABEGQCQCADKAIEIgFBgICAgHhGDQAgAykCCCEEIAJFBEAgACgCACIAEOABIAAgBDcCBCAAIAE2AgAMAQsgACgCBCIAEOABIAAgBDcCBCAAIAE2AgALIANBEGokACABQYCAgIB4RwtfAQJ/IwBBEGsiAiQAIAJBCGogABA/AkAgAi0ACEUNACACLQAJIAFB/wFxRw0AIAAoAgwiAUEfSw0AQQEhAyAAIAFBAWo2AgwgACAAKAIIQQFqNgIICyACQRBqJAAgAwtfAQF/IwBBEGsiBCQAIARBCGogASACIAMQeyAEKAIIIgEEfyAEIAEgBCgCDBAeIAQoAgQhAiAEKAIABUEACyEDIAAgAjYCBCAAIANBACACG0EAIAMbNgIAIARBEGokAAvTAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRAQffHwABByQBBnMjAABCIAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJEFULIAFBATYCBAwBCyAFIAkgAyACIggQByIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ3QEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBjIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQoAEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEA0gAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECsgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDdAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCYAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAtZAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAIDwtBrMnAAEHcycAAEN8BAAtB7MnAAEGcysAAEN8BAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahByIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQuwEgASAAKAIEIAAoAghqEDAgACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBjIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQugEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBwgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEGxFDQELIAFBCGohASACQQhrIQIMAQsLIAJBAEcLfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQRhuIQADQCAABEAgAEEBayEAIAEQowEgAUEYaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahCHAiAAQRBqJAAgAkEQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEPQBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQiAIgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMUBIAFFIANBAUdxDQEgAkEQaiQADwsQiwIAC0HAi8AAQT8QjAIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQxgEgAUUgA0EBR3ENASACQRBqJAAPCxCLAgALQcCLwABBPxCMAgALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQMSAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDaASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDdAQAL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBBEIAVBGGogACgCACgCACAAKAIEKAIAEIEBIAVBADYCLCAFIAUoAhwiATYCNCAFIAUoAhgiADYCMCAFKAIgRQRAIAVBEGogBUEsahCKASAFKAIQIQEgBSgCFCEAIAVBCGogAhCcASAFKAIIIgIgASACGyIBQQEgARsgBSgCDCAAIAIbQQAgARsQjAIACyAFIAUoAig2AkAgBSAFKQIgIgw3AzggBSABNgJMIAUgADYCSCMAQeABayIDJABBASEKAkAgDKciBygCjAEiAkUNACACKAI0RQ0AIAIoAjAiAigCCCEJIAIoAgQhCgsCQCAHKQMAQgNRBEAgA0EgaiEIIAAhAiMAQUBqIgQkAAJAIAFBgIAQSwRAQYCAgIB4IQEMAQsgBEIANwIQIAQgATYCDCAEIAI2AghBgICAgHghASAEQYCAgIB4NgIcIARBgICAgHg2AiggBCAEQShqIgs2AjggBCAEQRxqNgI0AkACQCAEQQhqIgBB2JXAAEECIARBNGpB6JXAABCHAUUNACAAEJ4BRQ0AIAQoAhwiAEGAgICAeEYEQCALEOABDAILIAQgBCkCICINNwI4IAQgADYCNCAEKAIoIgJBgICAgHhGBEAgBEE0ahD9AQwCCyAEKQIsIQ4gACEBDAILIARBKGoQ4AEgBEEcahDgAQsLIARBwAA2AhAgBEGglMAANgIMIARBETYCCAJAIAFBgICAgHhGBEAgBCkDCCEMIAhBwAA2AgggCCAMNwIADAELIARBCGoQ3AEgBCABNgI0IAQgDTcCOCAEIAI2AgggBCAONwIMIAgCfwJAIAkgDUIgiKdHDQAgDacgCiAJEGwNACAOpyAOQiCIpxAFRQRAIAhB4JTAADYCBCAIQRE2AgBBOAwCCyAIQQRqIgAgBCgCEDYCCCAAIAQpAgg3AgAgCEEVNgIAIARBNGoQ/QEMAgsgCEGYlcAANgIEIAhBETYCAEEyCzYCCCAEQQhqEP0BIARBNGoQ/QELIARBQGskACADKAIgQRVHBEAgA0EEaiAIEIwBDAILIAMgAygCLDYCECADIAMpAiQ3AgggA0GAgICAeDYCBAwBCyADQQRqQbmuwABBHhB/CyADQUBrIgAgB0GAAfwKAAAgB0HYrsAAQYAB/AoAACADIAMoAhw2AjggAyADKQIUNwMwIAMgAykCDDcDKCADIAMpAgQiDDcDICADQQRqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAAMLIAcQSCAHQgQ3AwAgB0EIaiADQcgAakHgAPwKAAAgByADKAIQNgJwIAcgAykCCDcCaEEAIQFBASEJDAQLIANByABqIQELIAMgASgCGDYC2AEgAyABKQIQNwPQASADIAEpAgg3A8gBIAMgASkCADcDwAEgByADQcABahBBQQEhASADKAIgQYCAgIB4Rg0BDAILIAcQSCAHIABBgAH8CgAAIANBIGpBBHIQ/QEMAgsgA0EgakEEchD9AQsCQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAgALIAAQSAwCCyAJRQ0BIANByABqEPMBDAELIAFFDQAgA0HIAGoQywELIAcpAwAaIANB4AFqJAAgBUHIAGoQ2AEgBUE4ahDPASAFQdAAaiQAIAZBIGokAAvIAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEEQgAEEYaiABKAIAKAIAIAEoAgQoAgAQgQEgAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEIoBIAAoAhAhAiAAKAIUIQMgAEEIaiAEEJwBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCMAgALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFB3bDAAEEYEH8MAQsgAUEcaiIEAn9BByAFIAJB3pbAAEEREMQBDQAaQRIgBSACQe+WwABBFBDEAQ0AGkEGIAUgAkGDl8AAQQsQxAENABogBEEjNgIIIARBjpfAADYCBEERCzYCACABIAQQpgELIAYgARBBIAFBMGokACAAQcgAahDYASAAQThqEM8BIABB0ABqJAAgA0EgaiQAC+EYAg1/An4jAEEgayIIJAAgCCACNgIEIAggATYCACAIIAA2AhggCCAIQR9qIgA2AhQgCCAANgIQIAggCEEEajYCDCAIIAg2AggjAEHQAGsiBiQAIAZBGGogCEEIaiIAKAIQEEQgBkEkaiAAKAIAKAIAIAAoAgQoAgAQUgJAIAYoAhgEQCAGKAIkQYGAgIB4Rw0BCyAGQRBqIAZBJGoQlAEgBigCECEBIAYoAhQhAiAGQQhqIAZBGGoQnAEgBigCCCIAIAEgABsiAUEBIAEbIAYoAgwgAiAAG0EAIAEbEIwCAAsgBiAGKAIgNgI4IAYgBikCGCIRNwMwIAYgBikCJDcDQCAGIAYoAiw2AkgjAEEQayIMJAAgDEEIaiAGQUBrIg8QygEgDCgCCCEBIAwoAgwhByMAQeACayICJAACQCARpyIKKAKMASIARQ0AIAAoAggNACAAKAIUIQUgACgCECEECwJAAkACQCAKKQMAQgRRBEACQCAEIAEgBBsiCwRAIAJBwAFqIQEgCigCRCENIAooAkghDiAKLQBkIQkjAEHQAGsiACQAQYCAgIB4IQMCQCAFIAcgBBsiBEGAgBBLDQAgAEIANwI0IAAgBDYCMCAAIAs2AiwgAEGAgICAeDYCQCAAIABBQGs2AiACQCAAQSxqIgRBmJPAAEEBIABBIGpBoJPAABCHAUUNACAEEJ4BRQ0AIAApAkQhECAAKAJAIQMMAQsgAEFAaxDjAQsgAEEpNgI0IABByJPAADYCMCAAQRE2AiwCQCADQYCAgIB4RgRAIAApAjQhECABIAAoAjw2AhQgASAQNwIMIAFByJPAADYCCCABQoKAgICYAjcCAAwBCyAAQSxqENwBIAAgAzYCCCAAIBA3AgwgEEIgiKdBGGwhAyAQpyEEAkACQAJAAkADQCADRQ0BIAAgBEHEjsAAQQMQeBBzIAAgACkDADcCQCAAIA42AjAgACANNgIsIANBGGshAyAEQRhqIQQgAEFAayAAQSxqIgUQogFFDQALIAAgBEEYazYCFCAFIABBFGpB8ZPAAEEDEHwgACgCNCEEIAAoAjAhAyAAKAIsIgVBFUcEQCABIAApAjg3AhAgASAENgIMIAEgAzYCCCABIAU2AgQgAUGCgICAeDYCAAwDCyAAQSxqIABBFGpBwY7AAEEDEHwgACgCNCELIAAoAjAhBSAAKAIsIgdBFUcEQCABIAApAjg3AhAgASALNgIMIAEgBTYCCCABIAc2AgQgAUGCgICAeDYCAAwDCyAAQSxqIABBFGpB9JPAAEEDEHwgACgCNCENIAAoAjAhByAAKAIsIg5BFUcEQCABIAApAjg3AhAgASANNgIMIAEgBzYCCCABIA42AgQgAUGCgICAeDYCAAwDCwJAAkAgBQRAIAAgCzYCRCAAIAU2AkAgAEEFNgIwIAAgCRDrATYCLCAAQUBrIABBLGoQ3gFFDQELIAdFDQEgACANNgIwIAAgBzYCLCAAQSxqQZiUwAAQ3gENAQsgAUKCgICA6AA3AgAMAwsgACAAQRRqIgU2AhgCQCAJQQJGBEAgA0UNAyADIARB95PAAEECEMQBRQ0DIABBLGogBUH5k8AAQQMQfCAAKAI0IQMgACgCMCEEIAAoAiwiCUEVRwRAIAEgACkCODcCECABIAM2AgwgASAENgIIIAEgCTYCBCABQYKAgIB4NgIADAULIAAgAzYCRCAAIAQ2AkAgAEFAa0GElMAAEKIBRQ0DIABBLGogAEEYakGMlMAAECUgACAAKQIwNwNAIAAgACgCODYCSCAAKAIsIgNBFUcEQCAAKAI8IQQgASAAKAJINgIQIAEgACkDQDcCCCABIAQ2AhQgASADNgIEIAFBgoCAgHg2AgAMBQsgACAAKQNANwMgIAAgACgCSCIDNgIoIABBIGoQ/QEgA0EgRw0BIABBLGogAEEYakGNlMAAECUgACAAKQIwNwNAIAAgACgCODYCSCAAKAIsIgNBFUcEQCAAKAI8IQQgASAAKAJINgIQIAEgACkDQDcCCCABIAQ2AhQgASADNgIEIAFBgoCAgHg2AgAMBQsgACAAKQNANwMgIAAgACgCSCIDNgIoIABBIGoQ/QEgA0EgRw0BIABBLGogAEEUakGMlMAAQQEQfCAAKAI0IQQgACgCMCEDIAAoAiwiCUEVRwRAIAEgACkCODcCECABIAQ2AgwgASADNgIIIAEgCTYCBCABQYKAgIB4NgIADAULIABBIGoiCSADQQEgAxsgBEEAIAMbEFEgAEEsaiAAQRRqQY2UwABBARB8IAAoAjQhBCAAKAIwIQMgACgCLCIFQRVHBEAgASAAKQI4NwIQIAEgBDYCDCABIAM2AgggASAFNgIEIAFBgoCAgHg2AgAgCRD9AQwFCyAAQUBrIANBASADGyAEQQAgAxsQUSAAIAAvAEk7ARwgACAALQBLOgAeIAAtAEghCSAAKQNAIRAgACgCKCEDIAApAyAhEUGAgICAeCEEDAULIANFDQIgAyAEQY6UwABBAxDEAUUNAiAAQSxqIABBGGpBkZTAABAlIAAgACkCMDcDQCAAIAAoAjg2AkggACgCLCIDQRVHBEAgACgCPCEEIAEgACgCSDYCECABIAApA0A3AgggASAENgIUIAEgAzYCBCABQYKAgIB4NgIADAQLIAAgACkDQDcDICAAIAAoAkgiBTYCKEEAIQNBACAFQQN0ayEEIAAoAiQhBwJAAkADQCADIAVGDQEgAyAHaiILLQAARQRAIARBCGohBCADQQFqIQMMAQsLQQAgCy0AAGdBGGtB/wFxIARqa0GAEEkNACAAQSBqEP0BIABBLGogAEEYakGSlMAAECUgACAAKQIwNwNAIAAgACgCODYCSCAAKAIsIgNBFUcEQCAAKAI8IQQgASAAKAJINgIQIAEgACkDQDcCCCABIAQ2AhQgASADNgIEIAFBgoCAgHg2AgAMBgsgACAAKQNANwMgIAAgACgCSCIENgIoAkAgBEUNACAAKAIkIgUtAABCACEQQQAhAwNAIAMgBWotAAAiC61C/wGDIBBCCIaEIRAgBCADQQFqIgNHDQALRSAEQQRLciAQQgNUcg0AIAtBAXENAgsLIABBIGoQ/QEgAUKCgICA6AA3AgAMBAsgAEEgahD9ASAAQSxqIABBFGpBkZTAAEEBEHwgACgCNCEEIAAoAjAhAyAAKAIsIgVBFUcEQCABIAApAjg3AhAgASAENgIMIAEgAzYCCCABIAU2AgQgAUGCgICAeDYCAAwECyAAQSBqIgUgA0EBIAMbIARBACADGxBRIABBLGogAEEUakGSlMAAQQEQfCAAKAI0IQQgACgCMCEDIAAoAiwiB0EVRwRAIAEgACkCODcCECABIAQ2AgwgASADNgIIIAEgBzYCBCABQYKAgIB4NgIAIAUQ/QEMBAsgAEFAayADQQEgAxsgBEEAIAMbEFEgACkCRCEQIAAoAkAhAyAAKQIkIREgACgCICEEDAQLIAFCgoCAgOgANwIADAILIAFBgYCAgHg2AgAMAQsgAUKCgICA6AA3AgALIABBCGoQgAIMAQsgASAJOgAYIAEgEDcCECABIAM2AgwgASARNwIEIAEgBDYCACABIAAvARw7ABkgASAALQAeOgAbIABBCGoQgAILIABB0ABqJAAgAigCwAFBgoCAgHhHDQEgAkEEaiACQcQBahCMAQwECyACQQRqQdivwABBIRB/DAMLIAIgAigC2AE2AhwgAiACKQLQATcCFCACIAIpAsgBNwIMIAIgAikCwAEiEDcCBCAQp0GBgICAeEYNAyACIAJBBGoiACgCGDYCOCACIAApAhA3AzAgAiAAKQIINwMoIAIgACkCADcDICACQUBrIApBgAH8CgAAIApB2K7AAEGAAfwKAAAgAikDQEIEUg0BIAJBwAFqIgEgAkHIAGpB4AD8CgAAIAIgACgCGDYCuAIgAiAAKQIQNwOwAiACIAApAgg3A6gCIAIgACkCADcDoAIgChBIIAogAUGAAfwKAAAgAkGoAWoQ4AEMAwsgAkEEakH5r8AAQR4QfwwBCyACQUBrEEggAkEgahCzAQwBCyACIAIoAhw2AtgCIAIgAikCFDcD0AIgAiACKQIMNwPIAiACIAIpAgQ3A8ACIAogAkHAAmoQQQsgAkHgAmokACAPEOABIAxBEGokACAGQTBqEM8BIAZB0ABqJAAgCEEgaiQAC+EBAgR/AX4jAEEQayIFJAAjAEEQayIGJAAgBUEEaiIEAn8CQAJAAkAgA60gAa1+IghCIIinDQAgCKciA0GAgICAeCACa0sNACADDQEgBCACNgIIIARBADYCBEEADAMLIARBADYCBAwBCyAGQQhqIAIgAxCaASAGKAIIIgcEQCAEIAc2AgggBCABNgIEQQAMAgsgBCADNgIIIAQgAjYCBAtBAQs2AgAgBkEQaiQAIAUoAgghASAFKAIEQQFGBEAgASAFKAIMEN0BAAsgACAFKAIMNgIEIAAgATYCACAFQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQPwJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAoMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDxASIEQa2RwABBBhDiASABMwEYEKQBQaKRwABBBxDiASABKAIEIAEoAggQaEGpkcAAQQQQ4gEgASgCECABKAIUEOkBGiAEEP8BGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ/QEgAkEQaiQAC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICABYQ3AxggAyADQQxqrUKAgICAgAWENwMQQaiAwAAgA0EQaiACEIgBAAtVAQF/IABBBGohAyAAAn8gASgCAEGAgICAeEcEQCADIAEoAgg2AgggAyABKQIANwIAIAIQ4QFBAAwBCyADIAIoAgg2AgggAyACKQIANwIAQQELNgIAC1AAIAJBFGwhAiAAEPIBIQADQCACBEAgABDyASABKAIAIAEoAgQQ6QEgASgCDCABKAIQEOkBEIICGiACQRRrIQIgAUEUaiEBDAELCyAAEIICC8ACAgd/An4jAEEQayIDJAAgA0EEaiEEIwBBMGsiAiQAIAEiBSgCBCEBIAUoAgwhBwNAAkACQAJAIAEgB0cEQCAFIAFBGGoiCDYCBCACIAEpAxA3AxggAiABKQMINwMQIAIgASkDADcDCCMAQSBrIgEkACABIAJBCGoiBikDCCIJNwMQIAEgBikDEDcDGCABIAYpAwAiCjcDCCACQSRqIAmnQQAgCqdB/wFxQQNGGyABKAIUENIBIAFBCGoQowEgAUEgaiQAIAIoAiQiAUGAgICAeEYNAiAEIAIpAig3AgQgBCABNgIADAELIARBgICAgHg2AgALIAJBMGokAAwBCyAIIQEMAQsLAkAgAygCBEGAgICAeEcEQCAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAtEAQF/IwBBEGsiAiQAIAJBCGogABCYASACLQAIIAItAAkgAUH/AXFGcSIBBEAgACAAKAIIQQFqNgIICyACQRBqJAAgAQtIAQJ/IwBBEGsiAiQAIAAgASgCAEGAgICAeEcEfyACQQhqIAEQhQEgAigCDCEDIAIoAggFQQALNgIAIAAgAzYCBCACQRBqJAALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwtKAQN/IwBBEGsiAiQAIAJBCGogARCYASACLQAIIgMEQCACLQAJIQQgASABKAIIQQFqNgIICyAAIAQ6AAEgACADOgAAIAJBEGokAAvGAQIFfwF+IwBBEGsiBCQAIAAgAiABa0EUbiIGELgBIAApAgQhCCAEIABBCGo2AgQgBCAIQiCJNwIIIwBBIGsiACQAIARBBGoiAygCBCEFIAMoAgAgASACRwRAIAMoAgggBUEUbGohAyAFIAYiAmohBQNAIABBDGogARDWASADIAAoAhw2AhAgAyAAKQIUNwIIIAMgACkCDDcCACADQRRqIQMgAUEUaiEBIAJBAWsiAg0ACwsgBTYCACAAQSBqJAAgBEEQaiQACz4BAn8jAEEQayIDJAAgAiABQQFrSwRAIAMgADYCCCADIAAgAWo2AgwgA0EIahB3QQFzIQQLIANBEGokACAEC0kBAX8jAEEgayIEJAAgBEEANgIcIARBEGogAyAEQRxqEHIgBEEIaiAEKAIQIAQoAhQgASACELEBIAAgBCkDCDcDACAEQSBqJAALTgECfgJAIAEtAABBAkcNAAJAAkACQCABKAIIQQFrDgIBAwALIAEpAxAiA0IAWQ0BDAILIAEpAxAhAwsgACADNwMIQgEhAgsgACACNwMACzkAIAEgAhAwIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLNgIEIAAgAjYCAAtCAQJ/IwBBEGsiAiQAIAEEfyACQQhqIAEQyQEgAigCDCEDIAIoAggFQQALIQEgACADNgIEIAAgATYCACACQRBqJAALQQEDfwJAIAAoAggiBCACaiIFIARJDQAgBSAAKAIESw0AIAAoAgAgBGogASACEPgBRQ0AIAAgBTYCCEEBIQMLIAMLQQEBfwJAIAAoAggiAUUNACAAKAIEIAFqQQFrIgFFDQAgAS0AACIBQTpGIAFB2wBGciABQfsARnINACAAQSwQVwsLPwEBfyMAQRBrIgMkACADQQRqIAAgASACEHoCQCADKAIIRQ0AIAMoAgwiAEUNACADKAIEIAAQVQsgA0EQaiQAC0IBA38gACgCACECIAAoAgQhAwNAIAMgAiIBRwRAIAAgAUEBaiICNgIAIAEtAABBOmtB/wFxQfUBSw0BCwsgASADRws4AQF/IwBBEGsiAyQAIANBCGogABDIASADKAIIIgAEfyAAIAMoAgwgASACEEYFQQALIANBEGokAAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhDaASIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALQwEBfyMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQRhBzIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAtMAAJAAkACQAJAIAEoAgAgAiADEHgiAkUNAEEGIQEgAi0AAA4EAAMDAQMLIABBADYCBAwBCyAAIAIpAwg3AgQLQRUhAQsgACABNgIAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQKyAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEN0BAAsgBUEQaiQACzwBAX8gACACELsBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQUSADQfQDOwEcIANBDjYCGCADQZG0wAA2AhQgACAEEI8BIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQUCAAIAMpAwg3AwAgA0EgaiQAC0YBAn8gASgCBCECIAEoAgAhA0EIQQQQ2gEiAUUEQEEEQQgQjgIACyABIAI2AgQgASADNgIAIABBrMrAADYCBCAAIAE2AgALNgEBfyAAIAFBwQBrQV9xQQpqIAFBMGsiAyACQQpLGyADIAFBOUsbIgE2AgQgACABIAJJNgIACzsBAX8jAEEQayIDJAAgA0EIaiABIAIQHiADIAMoAgggAygCDBAyIAAgAygCACADKAIEEFEgA0EQaiQACz8BAX8jAEEgayICJAAgAiABKAIINgIYIAIgASkCADcDECACQQhqIAJBEGoQlQEgACACKQMINwMAIAJBIGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQByIARQ0AIAAPCwALOwEBfyMAQRBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAjYCBCAFIAE2AgAgACAFQcySwAAQDyAFQRBqJAAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABB1MjAACABKAIEIAEoAggiAC0ACCAALQAJEC0ACyAAQYCAgIB4NgIAIAAgATYCDCAAQfDIwAAgASgCBCABKAIIIgAtAAggAC0ACRAtAAs0AQJ/IwBBEGsiASQAIAFBCGogABAjIAEoAgghACABKAIMIAFBEGokAEGAgMQAIABBAXEbCzoBAX8CfyABKAIAQQFGBEAgASgCCCECIAEoAgQMAQsgAUEEahDYAUEACyEBIAAgAjYCBCAAIAE2AgALOQAgAiADSQRAQdzFwABBEyAEEIgBAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEKYBIAJBIGokAAs8ACACIANJBEBB3MXAAEETQajGwAAQiAEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLOAIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQYyACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALyAEBBX8jAEEQayIEJAAgAS8BFCEGIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIARBBGoiBSACQQRqEPEBQc+RwABBBRDiASABKAIMIAEoAhAQ6QFB1JHAAEEHEOIBIAEoAgQgASgCCBDpAUHbkcAAQQoQ4gEgATMBFBCkARD/ASIDKAIINgIIIAUgAykCADcCACADQQA2AgAgAkEANgIMIAJBATYCCCADEP0BIAJBEGokACAAIAYgBRBLIAEQ/QEgBEEQaiQAC48BAQV/IwBBEGsiAyQAIANBCGohBSMAQRBrIgIkAANAAkAgAkEIaiABECQgAigCCCIERQRAQQAhBAwBCyACIAQgAigCDBAeIAIoAgQiBkUgAigCACIERXINAQsLIAUgBjYCBCAFIAQ2AgAgAkEQaiQAIAMoAgwhASAAIAMoAgg2AgAgACABNgIEIANBEGokAAs2AQF/IAAoAgghASAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEP0BIABBEGohAAwBCwsLPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDoAQ8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBALCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQQARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQEACzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQ4AFBAAshASAAIAI2AgQgACABNgIACzUBAX8jAEEQayICJAAgAkEIaiABEFAgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQAC3EBA38gACgCCCIDIAAoAgBGBEAjAEEQayICJAAgAkEIaiAAIAAoAgBBAUEIQSgQKyACKAIIIgRBgYCAgHhHBEAgBCACKAIMEN0BAAsgAkEQaiQACyAAKAIEIANBKGxqIAFBKPwKAAAgACADQQFqNgIICzEAIwBBEGsiAiQAIAAoAgAiABCRASACIAA2AgwgASACQQxqQYyswAAQLCACQRBqJAALMwEDfyAAIAEoAggiAiABKAIEIgNJBH8gASgCACACai0AAAVBAAs6AAEgACACIANJOgAAC2wBAn8gAS0AgwFBAUYEQEEAIQEgAiADQfiOwABBAxDNAQR/A0AgASADRwRAIAEgAmohBSABQQFqIQEgBCAFLQAAQS5GaiEEDAELCyAEQQJGBUEAC0EBcyEECyAAQQRqIAIgAxBRIAAgBDYCAAseACACBEAgAiABENoBIQELIAAgAjYCBCAAIAE2AgALLgAgAUHAAE0EQCAAQcAAIAFrNgIEIAAgASACajYCAA8LIAFBwABBwAAgAxAXAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEM8BQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABENABQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA/IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQOSAEQRBqJAALQQEBfyMAQRBrIgMkACADQQhqIAEgAhCBASADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAALgAIBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAHDAELIAJFBEBBASEDDAILIAJBARDaAQsiAw0AIAVBATYCBEEBDAELIAUgAzYCBEEACyEDQQgLIAVqIAI2AgAgBSADNgIAIAQoAgRBAUYEQCAEKAIIIAQoAgwQ3QEACyAEKAIIIQIgACAINgIAIAAgAjYCBCAEQRBqJAALIAAoAgQgBmogAToAACAAIAZBAWo2AggLKgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAIAEQ3gELCzUAAkACQAJAAkAgAC0AAA4FAQEBAgMACyAAQQRqEP4BCw8LIABBBGoQ/QEPCyAAQQRqEIACC8kBAgN/AX4gABB1IAFCAFMEQCAAQS0QVwsgASABQj+HIgWFIAV9IQEjAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkACQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEFcgAkEBaiECDAELCyADQSBqJAAMAQtBf0EUQeCSwAAQZgALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGwFQQELRQvlCAEJfyMAQSBrIgkkACMAQUBqIgIkACAJQQhqIgcCfwJAAn8CQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAgBBAWsOFAECAwQFBgcICQoLDA0ODxAREhMUAAsgAkEQakGxl8AAQdUAEFFBkAMhBEGGmMAAIQNBEgwYCyACQRBqIAEoAgQgASgCCBBRQZADIQRBmJjAACEDQRQMFwsgAkEQakGsmMAAQSYQUUGQAyEEQdKYwAAhA0EUDBYLIAJBEGpB5pjAAEEqEFFBlQMhBEGQmcAAIQNBEgwVCyACQRBqQaKZwABBLBBRQZMDIQRBzpnAACEDQRIMFAsgAiABKAIIIgMgASgCDCIEajYCOCACIAM2AjQgAkEANgI8IAJBNGohCkEgIQUjAEEQayIIJAADQAJAIAhBCGogChBJIAgoAgxBgIDEAEYEQCAFIQYMAQsgBUEBayIFDQELCyAIQRBqJAAgBg0SIAJBCGogChBJIAIoAgxBgIDEAEYNEgJAIAIoAggiBUUNACAEIAVNBEAgBCAFRg0BDBILIAMgBWosAABBQEgNEQsgAwwRCyACQRBqQbGawABBOhBRQZEDIQRBg5fAACEDQQsMEgsgAkEQakHrmsAAQSMQUUGRAyEEQd6WwAAhA0ERDBELIAJBEGogASgCBCABKAIIEFFBkQMhBEGOm8AAIQNBDQwQCyACQRBqQZubwABBHhBRQZEDIQRBuZvAACEDQQ0MDwsgAkEQakHGm8AAQTsQUUGRAyEEQYGcwAAhA0ETDA4LIAJBEGpBlJzAAEEqEFFBvpzAACEDQZEDDAkLIAJBEGpBzJzAAEE7EFFBkQMhBEGHncAAIQNBEAwMCyACQRBqQZedwABBHhBRQZEDIQRBtZ3AACEDQQ8MCwsgAkEQakHEncAAQSAQUUGRAyEEQeSdwAAhA0EPDAoLIAJBEGpB853AAEEsEFFBkQMhBEGfnsAAIQNBDwwJCyACQRBqQa6ewABBNxBRQZMDIQRB5Z7AACEDQRUMCAsgAkEQaiABKAIEIAEoAggQUUH6nsAAIQNB9gMMAwsgAkEQakGIn8AAQSoQUUH3AyEEQe+WwAAhA0EUDAYLIAJBCzYCKCACQbKfwAA2AiQgAiABKQIENwIcIAJBEGogAkEcakECEPABQb2fwAAhA0H0AwwBCyACQQ02AiggAkHLn8AANgIkIAIgASkCDDcCLCACIAEpAgQ3AhwgAkEQaiACQRxqQQMQ8AFB2J/AACEDQfQDCyEEQQ4MAwtBAAshBiAFIAQgBhshBCAGIAMgBhshAwsgAiAENgIoIAIgAzYCJCACQTw2AiAgAkHgmcAANgIcIAJBEGogAkEcakECEPABQZEDIQRBnJrAACEDQRULNgIQIAcgAzYCDCAHIAIpAhA3AgAgByACKAIYNgIIIAcgBDsBFCACQUBrJAAgACAHEI8BIAEQ3AEgCUEgaiQAC7wCAQd/IwBBMGsiByQAIAdBCGoiAyABIAJBLBDHASMAQdAAayIBJAAgAUEQaiADEJABAkAgASgCECIEBEAgASgCFCEFIAFBCGpBBEEEQQgQYyABKAIIIQYgASgCDCICIAU2AgQgAiAENgIAIAFBATYCJCABIAI2AiAgASAGNgIcIAFBKGoiBSADQSj8CgAAIAFBHGohAiMAQRBrIgMkAANAAkAgA0EIaiAFEJABIAMoAggiBkUNACADKAIMIQggAigCCCIEIAIoAgBGBEAgAkEBELkBCyACKAIEIARBA3RqIgkgCDYCBCAJIAY2AgAgAiAEQQFqNgIIDAELCyADQRBqJAAgACABKAIkNgIIIAAgASkCHDcCAAwBCyAAQQA2AgggAEKAgICAwAA3AgALIAFB0ABqJAAgB0EwaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEE0gA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACECEgA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEDYgA0EQaiQACycAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhBHIAJBEGokAAsoACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQlwEgAkEQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEEAgA0EQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARBTIAJBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQKCACQRBqJAALJgECfyAAKAIIIgMgASgCBEYEfyAAKAIEIAEoAgAgAxBsBUEBC0ULKAAgAyAEIAEgAhDNASEBIAAgBCACazYCBCAAIAIgA2pBACABGzYCAAtnACABIANGBEAgAQRAIAAgAiAB/AoAAAsPCyMAQSBrIgAkACAAIAM2AgggACABNgIMIAAgAEEMaq1CgICAgIAFhDcDGCAAIABBCGqtQoCAgICABYQ3AxBB4ojAACAAQRBqIAQQiAEACyoBAX8gAEEEQQAgACgCAEGAgICAeEYiARtqEP0BIABBEEEMIAEbahD9AQsjACABIANLBEBBACABIAMgBBAXAAsgACABNgIEIAAgAjYCAAucBwINfwF+IwBBEGsiCyQAIwBBMGsiAyQAIAMgATYCDCADIAA2AgggAyADQS9qIgA2AiggAyAANgIkIAMgA0EMajYCICADIANBCGo2AhwjAEEQayIHJAAgByADQRxqIgAoAgAoAgAgACgCBCgCABCBASAHKAIAIQAgByAHKAIEIgI2AgwgByAANgIIIANBEGohCiMAQSBrIgUkACMAQRBrIgEkACABIAI2AgwgASAANgIIQdR0IQACfwNAQQAgAEUNARogAEGMxsAAaiAAQYQBaiEAIAFBCGoQ3gFFDQALIABByMTAAGoLIQIgAUEQaiQAAkACQCACRQ0AIwBBEGsiACQAIABBqKjAADYCDCAAQYCowAA2AgggACACKAJIIgE2AgAgACABIAIoAkxBA3RqNgIEIAVBFGohDSMAQSBrIgEkACABQRRqIAAQTAJAIAEoAhhBAUYEQCABIAEoAhxBBEEIEGMgAUEANgIQIAEgASkDADcCCCABQQhqIQIjAEEQayIIJAAgCEEEaiIEIAAQTAJAIAgoAghBAUYEQCACIAgoAgwQuQEgAikCBCEPIAggAkEIajYCBCAIIA9CIIk3AggjAEEQayICJAAgAiAEKAIINgIIIAIgBCkCADcDAAJAIAAoAgAiBEUNACAEIAAoAgQiBkYNACAGIARrQQN2IQYDQCACIAIoAgQiCUEBajYCBCACKAIIIAlBA3RqIAQpAgA3AgAgBEEIaiEEIAZBAWsiBg0ACwsCQCAAKAIIIgQEQCACKAIEIQkgAigCACAAKAIMIgwgBEcEQCACKAIIIAlBA3RqIQYgCSAMIARrQQN2IgxqIQkDQCAGIAQpAgA3AgAgBEEIaiEEIAZBCGohBiAMQQFrIgwNAAsLIAk2AgAMAQsgAigCACACKAIENgIACyACQRBqJAAgCEEQaiQADAELQdyJwABBI0GAx8AAEIgBAAsgDSABKAIQNgIIIA0gASkCCDcCACABQSBqJAAMAQtB3InAAEEjQfCJwAAQiAEACyAAQRBqJAAgBUEIaiAFKAIYIAUoAhxBk5PAAEEBEAQgDRCDAiAFKAIIQYCAgIB4Rg0AIAogBSgCEDYCCCAKIAUpAgg3AgAMAQsgCkEANgIIIApCgICAgBA3AgALIAVBIGokACAHQQhqENgBIAdBEGokACADIAoQhQEgCyADKQMANwIAIANBMGokACALKAIAIAsoAgQgC0EQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIMCIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAEP0BIABBGGoQ4AEgAEEMahD9AQsLDQAgACABQRRBBBCSAgsNACAAIAFBCEEEEJICCw0AIAAgAUEMQQQQkgILDQAgACABQQFBARCSAguXAgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBiMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ0BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKAKMASIFRQ0AIAIpAwBCA1INACAFKAIIQQJHDQAgBSgCFCECIAUoAhAhBwsgCCACNgIEIAggBzYCACAGIAAoAgggACgCDBDSASAAQRBqJAAgAUEgahDQASABQTBqJAAgBEEIaiAGEGsgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQnQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJMNgIEIAYgAigCSEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEFEgAEEQaiQAIAFBIGoQ0AEgAUEwaiQAIARBCGogBRCVASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALygMCB38BfiMAQRBrIgUkACMAQSBrIgYkACAGQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQPCACKAIURQRAIAJBCGogARCdASACKAIIIgBBASAAGyACKAIMQQAgABsQjAIACyACIAIoAhw2AiggAiACKQIUIgg3AyAjAEEQayIEJAACQAJAIAinIgEpAwBCBlINACMAQRBrIgAkACAAQQA2AgwgAEKAgICAEDcCBCAAQQRqIgcQ8QFBmZHAAEEDEOIBIAFBCGoiASgCBCABKAIIEOkBQZyRwABBBhDiASABKAIkIAEoAigQ6QFBopHAAEEHEOIBIAEoAhAgASgCFBBoQamRwABBBBDiASABKAIcIAEoAiAQ6QEQ/wEaIARBBGoiASAAKAIMNgIIIAEgACkCBDcCACAAQQA2AgwgAEKAgICAEDcCBCAHEP0BIABBEGokACAEKAIEQYCAgIB4Rg0AIAMgBCgCDDYCCCADIAQpAgQ3AgAMAQsgA0EANgIIIANCgICAgBA3AgALIARBEGokACACQSBqENABIAJBMGokACAGQQhqIAMQhQEgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC6oCAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiECIwBBMGsiASQAIAFBFGoiBSAAEDwgASgCFEUEQCABQQhqIAUQnQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAAkACQCAGpyIFKQMAQgFWDQAgAEEEakECIAUtAHggBSgCYEGAgICAeEYbEOsBQQUQUSAAKAIEQYCAgIB4Rg0AIAIgACgCDDYCCCACIAApAgQ3AgAMAQsgAkEANgIIIAJCgICAgBA3AgALIABBEGokACABQSBqENABIAFBMGokACAEQQhqIAIQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8gEAgl/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQnQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIKNwMgIwBBEGsiBCQAAkACQCAKpyIAKQMAQgFWDQAgBEEEaiEIIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIABB4ABqIgAoAgAhCSACQQRqEPEBQfGTwABBAxDiASEHAkAgCUGAgICAeEYEQCAHQfeTwABBAhDpAUH5k8AAQQMQ4gFB/JPAAEEFEOkBQYyUwABBARDiASAAKAIIIAAoAgwQ6QFBjZTAAEEBEOIBIAAoAhQgACgCGBDpARoMAQsgB0GOlMAAQQMQ6QFBkZTAAEEBEOIBIAAoAgQgACgCCBDpAUGSlMAAQQEQ4gEgACgCECAAKAIUEOkBQcGOwABBAxDiASAALQAYEOsBQQUQ6QEaCyAIIAdB/JXAAEEDEOIBQQEQ2wEQ/wEiACgCCDYCCCAIIAApAgA3AgAgAEEANgIAIAJBADYCDCACQQE2AgggABD9ASACQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAUEgahDQASABQTBqJAAgBkEIaiADEIUBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv4AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJ0BIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQZQwBCyAAQQRqIgJB8JLAAEEMEH8gBSACEGUgAhDzAQsgAEEgaiQAIAFBIGoQ0AEgAUEwaiQAIARBCGogBRCFASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALtgICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQcjAEEwayIBJAAgAUEUaiICIAAQPCABKAIURQRAIAFBCGogAhCdASABKAIIIgBBASAAGyABKAIMQQAgABsQjAIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAikDAEIEUg0AIAIoAmhBgICAgHhHBEAgAigCcCEGIAIoAmwhBQwBCyACKAKMASICRQ0AIAIoAghBAUcNACACKAIUIQYgAigCECEFCyAIIAY2AgQgCCAFNgIAIAcgACgCCCAAKAIMENIBIABBEGokACABQSBqENABIAFBMGokACAEQQhqIAcQayADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQPCABKAIURQRAIAFBCGogAhCdASABKAIIIgBBASAAGyABKAIMQQAgABsQjAIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlg2AgQgBiACKAJUQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQUSAAQRBqJAAgAUEgahDQASABQTBqJAAgBEEIaiAFEJUBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAsYAQF/IAEgA0YEfyAAIAIgARBsBUEBC0ULlQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqEMwBDAELIAAQ8wELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKBBVCyABQRBqJAALC5QBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKMAQRAIABBjAFqEMwBCyAAQYABahCKAiAAEEgCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGgARBVCyABQRBqJAALCyEAIAAgAyABIAIQViAAQQE7ASQgACACNgIgIABBADYCHAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEFRhs2AgALIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBA0YbNgIACyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALIQAgAEE4ahD9ASAAQcQAahD9ASAAQdAAahD9ASAAENQBC6sBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahD9ASAAQSxqEIECIABBOGoQgQIgAEEMahD9ASAAQdAAahDkASAAQdwAahC3ASAAQcQAahCEAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBEFULIAFBEGokAAsLGAEBfyABIANPBH8gAiAAIAMQbAVBAQtFCxsBAX8gASAAENoBIgJFBEAgACABEI4CAAsgAgseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQxgELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMYBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahDFAQsbACABBEAgACABIAIQUQ8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAEP0BIABBDGoQ4AELCxoAIABBEGoQ/QEgAEEoahDgASAAQRxqEP4BCwMAAAsYACAAIAEpAgA3AgAgAEEIaiABQQhqEF8LGAAgACAAKQMgIAKtfDcDICAAIAEgAhADCxcBAX8gACgCBCIBBEAgACgCACABEFULCxwAIAAoAgAgACgCBCABKAIAIAEoAgQQxAFBAXMLFQAgAUEJTwRAIAEgABASDwsgABACCxsAIABBi5LAAEGPksAAIAEbQQRBBSABGxDqAQsVACAAKAIAQQVGBEAgAEEEahD9AQsLHwAgAARAIAAgARCOAgALQczKwABBI0HgysAAEIgBAAsZACAAKAIAIAAoAgQgASgCACABKAIEEMQBCw0AIABB3QAgARCIAQALFgAgACgCAEGAgICAeEcEQCAAEP0BCwsSACAAKAIAQQBOBEAgABD9AQsLEwAgACABIAIQ6QEiAEE6EFcgAAsWACAAKAIAQYCAgIB4RwRAIAAQgAILCxYAIAAoAgBBgICAgHhHBEAgABCBAgsLDQAgAQRAIAAgARBVCwscACAAQaTJwAApAgA3AgggAEGcycAAKQIANwIACxwAIABBlMnAACkCADcCCCAAQYzJwAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBEBAAudAgEBfyAAEHUjAEEQayIDJAAgAEEiEFcgAyABNgIIIAMgASACajYCDANAAkACQAJAAkACQAJAAkACQAJAAkACQCADQQhqEIkBIgFBCGsOBgQFBgEHCAALIAFBIkYNASABQdwARg0CIAFBgIDEAEYNCQsgAUEgSQ0HIAAgARBXDAkLIABB5ZHAAEECEH4MCAsgAEHnkcAAQQIQfgwHCyAAQemRwABBAhB+DAYLIABB65HAAEECEH4MBQsgAEHtkcAAQQIQfgwECyAAQe+RwABBAhB+DAMLIABB8ZHAAEECEH4MAgsgAEHzkcAAQQQQfiAAIAFBBHYtAPeRQBBXIAAgAUEPcS0A95FAEFcMAQsLIABBIhBXIANBEGokACAACxAAIAAQdSAAIAEgAhB+IAALEAAgAEH/AXFBAnQoAtDHQAsQACAAKAIAKAIAIAFBARADCw0AIAAgASACIAFrEH4LEQAgACABIAJBqY3AAEEAEBgLEQAgACgCACgCACABIAIQ1wELDgAgACABIAJBAUEAEAQLDwAgABB1IABB+wAQVyAACw8AIAAQdSAAQdsAEFcgAAsPACAAEIoCIABBDGoQ/QELDwAgABD9ASAAQRBqEKMBCxMAIABBrMrAADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ6AELkwsBDH8gACgCACEHIAAoAgQhBkEAIQACQAJAIAEiCCgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAS8BDiIBDQFBACEGDAILIAZBEE8EQAJ/AkACQCAGIAdBA2pBfHEiASAHayIJSQ0AIAYgCWsiC0ECdiIKRQ0AIAEgB0cEQCAHIAFrIgRBfE0EQANAIAAgAiAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohACACQQRqIgINAAsLIAIgB2ohBQNAIAAgBSwAAEG/f0pqIQAgBUEBaiEFIARBAWoiBA0ACwsgByAJaiEEAkAgC0EDcSIBRQ0AIAQgC0H8////B3FqIgIsAABBv39KIQMgAUEBRg0AIAMgAiwAAUG/f0pqIQMgAUECRg0AIAMgAiwAAkG/f0pqIQMLIAAgA2ohAgNAIAQhASAKRQ0CQcABIAogCkHAAU8bIgNBA3EhCQJAIANBAnQiBEHwB3EiAEUEQEEAIQUMAQsgACABaiELQQAhBSABIQADQCAFIAAoAgAiDUF/c0EHdiANQQZ2ckGBgoQIcWogAEEEaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQhqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBDGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWohBSAAQRBqIgAgC0cNAAsLIAogA2shCiABIARqIQQgBUEIdkH/gfwHcSAFQf+B/AdxakGBgARsQRB2IAJqIQIgCUUNAAsCfyABIANB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEGdnJBgYKECHEiASAJQQFGDQAaIAEgACgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIBIAlBAkYNABogACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIAQQh2Qf+BHHEgAEH/gfwHcWpBgYAEbEEQdiACaiECDAELQQAgBkUNARogBkEDcSEFIAZBBE8EQCAGQXxxIQEDQCACIAQgB2oiACwAAEG/f0pqIABBAWosAABBv39KaiAAQQJqLAAAQb9/SmogAEEDaiwAAEG/f0pqIQIgASAEQQRqIgRHDQALIAVFDQELIAQgB2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIAVBAWsiBQ0ACwsgAgshAgwECyAGRQ0DIAZBA3EhACAGQQRPBEAgBkEMcSEEA0AgAiADIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiECIAQgA0EEaiIDRw0ACyAARQ0ECyADIAdqIQMDQCACIAMsAABBv39KaiECIANBAWohAyAAQQFrIgANAAsMAwsgBiAHaiECQQAhBiAHIQMgASEAA0AgAyIEIAJGDQIgBgJ/IANBAWogAywAACIDQQBODQAaIARBAmogA0FgSQ0AGiAEQQRBAyADQW9LG2oLIgMgBGtqIQYgAEEBayIADQALC0EAIQALIAEgAGshAgsgAiAILwEMIgBPDQAgACACayEBQQAhAkEAIQACQAJAAkAgDEEddkEDcUEBaw4CAAECCyABIQAMAQsgAUH+/wNxQQF2IQALIAxB////AHEhBSAIKAIEIQQgCCgCACEIA0AgAkH//wNxIABB//8DcUkEQEEBIQMgAkEBaiECIAggBSAEKAIQEQQARQ0BDAMLC0EBIQMgCCAHIAYgBCgCDBEBAA0BQQAhAiABIABrQf//A3EhAANAIAJB//8DcSIBIABJIQMgACABTQ0CIAJBAWohAiAIIAUgBCgCEBEEAEUNAAsMAQsgCCgCACAHIAYgCCgCBCgCDBEBACEDCyADCwsAIAAgASACEGxFCwwAIAAgASACIAMQJwuVAQICfwF+IwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQnQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIDNwMgQQJCgIiEkDAgA6cpAwAiA6dBAmutQv8Bg0IDhoinIANCAVgbIAFBIGoQ0AEgAUEwaiQAQf8BcbgLDwAgAEG8yMAAIAEgAhALCw8AQbjQwABBMyAAEIgBAAsKACAAQQFBARB2CzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD0ASACQShqIQIMAQsLIAAQiAILCwAgAEH9ABBXIAALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEKMBIAJBGGohAgwBCwsgABCHAgs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ/QEgAkEMaiECDAELCyAAQQRBDBB2CwsAIABB3QAQVyAACwoAIABBBEEIEHYLPwECfyAAKAIIIQIgACgCBCEBA0AgAgRAIAEQ/QEgAUEMahCBAiACQQFrIQIgAUEYaiEBDAELCyAAQQRBGBB2CzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhD9ASACQRBqIQIMAQsLIAAQhgILCgAgAEEEQRAQdgsKACAAQQhBGBB2CwoAIABBCEEoEHYLCgAgACABIAIQHws6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ/QEgAUEUaiEBDAELCyAAQQRBFBB2Cw0AQdzHwABBGxCMAgALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBjNHAACgCACIAQRggABsRAAAACwwAQeTUwABBAToAAAsJACAAQQA2AgALAwAACyMBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACEH0LCwvzTCMAQYCAwAAL2S4Wc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy92ZWMvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3ZlYy9zcGVjX2Zyb21faXRlcl9uZXN0ZWQucnMAL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTAuNC9zcmMvbGliLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvaG1hYy0wLjEyLjEvc3JjL2xpYi5ycwBzcmMvcmZjMzMzOS5ycwAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVuZ3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAAABnARAATwAAAM0BAAA3AAAAGAEQAE4AAAANCAAAEQAAAGNhcGFjaXR5IG92ZXJmbG93AAAAHQMQAF4AAAA5AAAAEgAAABoCEABkAAAAfAAAACQAAACnAxAAWQAAAKIAAAAnAAAApwMQAFkAAACkAAAAGAAAAKcDEABZAAAApAAAACAAAACnAxAAWQAAAK4AAAAUAAAApwMQAFkAAACuAAAAGgAAAKcDEABZAAAAnQAAABgAAACnAxAAWQAAAJ0AAAAfAAAApwMQAFkAAACdAAAAJQAAAKcDEABZAAAALQEAACIAAACnAxAAWQAAADgBAAAeAAAApwMQAFkAAAA1AQAAGAAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3RBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODktX2h0dHBzOi8vaHR0cDovL2xvY2FsaG9zdDo6MQEHEAADAAAAMTI3AAwHEAADAAAAZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5UlMyNTZhbGdraWRjcml0AEEHEAADAAAARAcQAAMAAABHBxAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKaGVhZGVyIGlzIG5vdCBiYXNlNjR1cmxoZWFkZXIgaXMgbm90IGEgSlNPTiBvYmplY3Qgd2l0aCBhbiBhbGdwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmxFUzI1NgcIEAAFAAAALnRoZSBzaWduYXR1cmUgaXMgZW1wdHkgb3Igbm90IG9mIGl0cyBhbGdvcml0aG0ncyBzaXplY3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c3VybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAEAAAABAAAAAMAAAAEAAAAAAAAAAQAAAAEAAAABQAAAAYAAAC3ARAACwAAAEsBAAAaAAAAAAAAABAAAAAEAAAABwAAAAgAAAC3ARAACwAAAO4BAAAJAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnYsa2V5c5QJEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAAPwJEAAFAAAAeHlSU0FuZXNpZwAAEwoQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJpygoQAAYAAADQChAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzMAAAFRAQAAEAAABleHAsIG5iZiBhbmQgaWF0IG11c3QgYmUgd2hvbGUgc2Vjb25kcyBiZWxvdyAyXjYzIChubyBmcmFjdGlvbiwgbm8gZXhwb25lbnQpdGhlIHRva2VuIGhhcyBubyBleHAgY2xhaW1uYmZpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cAFodHRwczovL3N0eXRjaC5jb20vc2Vzc2lvbmV4cGlyZXNfYXR0aGUgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lYSBjbGFpbSBCUklER0VfQ0xBSU1TIG1hcHMgaXMgbm90IGEgc3RyaW5nICjiiaQgMjU2IGJ5dGVzKSwgaW50ZWdlciwgYm9vbGVhbiBvciBhcnJheSBvZiDiiaQgMzIgc3VjaCBzdHJpbmdzdG9rZW5fdXNlIGlzIG5vdCBhIHRva2VuIGtpbmQgT0lEQ19UT0tFTl9VU0UgYWNjZXB0cyAoaWQsIGFjY2VzcylPSURDX1BSRVNFVG11c3QgYmUgb25lIG9mIGNsZXJrLCBhdXRoMCwgZmlyZWJhc2UsIGNvZ25pdG8sIGVudHJhLCBnb29nbGUsIHN1cGFiYXNlIChvciB1bnNldClKV1RfU0VDUkVUQlJJREdFX1RPS0VOX1RUTF9TRUNPTkRTQlJJREdFX0NBUF9UT19QUk9WSURFUl9FWFAxeWVzbm9tdXN0IGJlIHRydWUgb3IgZmFsc2VCUklER0VfQUxMT1dFRF9PUklHSU5TKkJSSURHRV9DTEFJTVNTVFlUQ0hfQVBJX0JBU0Vwcm9qZWN0LWxpdmUtaHR0cHM6Ly90ZXN0LnN0eXRjaC5jb21odHRwczovL2FwaS5zdHl0Y2guY29tU1RZVENIX1NFQ1JFVG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19Ly53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uT0lEQ19UT0tFTl9VU0UAVAsQAAIAAACrEBAABgAAAG11c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAADlExAABAAAAGJhc2X0ExAABAAAABsSEAAKAAAAJRIQABgAAAA9EhAAGgAAAHISEAAWAAAAiRIQAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAA/woQAAMAAAACCxAABAAAABMLEAADAAAAiRAQAAMAAAAiCxAAAwAAACULEAADAAAAhhAQAAMAAAAoCxAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAI8VEAAHAAAAUAsQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQAvBUQAAcAAADZEBAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAADoFRAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZCgLEAAFAAAAIBYQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGRpc2NvdmVyZWQgaXMgbm90IGV4cGVjdGVkIG5vdwACAEHkrsAACwEEAEHwrsAACwoBAAAAAAAAAPQBAEHYr8AAC9UKc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93c3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25PUFRJT05TQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAAAAkGhAABgAAACoaEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAAJsaEAAQAAAAVxoQAA0AAABkGhAADwAAAKsaEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9ANgaEAAWAAAA7hoQACkAAAAkGhAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAGkbEAAQAAAAVhsQAA4AAAAwGxAADgAAAHkbEAAKAAAAe30AAKQbEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwDqFhAAEQAAAN8SEAANAAAAlhIQAA8AAADQGxAACwAAAHN0eXRjaC5jb20ve317YmFzZX0A/BsQAA0AAAAJHBAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAAL4REAALAAAAOhwQAAsAAAAtHBAADQAAACAcEAANAAAARRwQAAkAAAA5ExAADgAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZWNvZ25pdG8veG1zX2Vkb3ZlbnRyYWh0dHBzOi8vYWNjb3VudHMuZ29vZ2xlLmNvbWdvb2dsZWFjY291bnRzLmdvb2dsZS5jb20AAKQbEAACAAAAyxwQABMAAAAvdXNlcl9tZXRhZGF0YS9lbWFpbF92ZXJpZmllZHN1cGFiYXNlAAAABgsQAA0AAAA4GhAAAgAAAEgaEAAPAEG4usAACxVXGhAADQAAAGQaEAAPAAAAcxoQACIAQdi6wAALQZUaEAAGAAAAlRoQAAYAAAC4GhAABAAAAJsaEAAQAAAAGBsQAAIAAACrGhAACwAAAAQAAAAAAAAAuQQQAAEAAAABAEGku8AACw0oGxAAAQAAAEgaEAAPAEHEu8AAC2EwGxAADgAAAD4bEAAYAAAAVhsQAA4AAABkGxAABQAAAGQbEAAFAAAAhBsQAAQAAABpGxAAEAAAAKgbEAABAAAAeRsQAAoAAAAEAAAAAAAAALkEEAABAAAAuQQQAAEAAAABAEHQvMAACwWwGxAAGgBB4LzAAAtZyhsQAAYAAADKGxAABgAAANwbEAAEAAAA6hYQABEAAAAQHBAAAgAAANAbEAALAAAAqBsQAAEAAAC5BBAAAQAAAL4QEAABAAAAAAAAASgbEAABAAAASBoQAA8AQcy9wAALBSAcEAANAEHcvcAAC2EtHBAADQAAAOUTEAAEAAAA5RMQAAQAAABQHBAABgAAADocEAALAAAAqBsQAAEAAABFHBAACQAAAAQAAAAAAAAAgBwQAAMAAAABAAAAAAAAAAEBAQAoGxAAAQAAAEgaEAAPAEHQvsAACwUgHBAADQBB4L7AAAthLRwQAA0AAACDHBAABQAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAKgbEAABAAAARRwQAAkAAAAEAAAAAAAAAIAcEAADAAAAuhAQAAEAAAABAQAAKBsQAAEAAABIGhAADwBB1L/AAAsFIBwQAA0AQeS/wAALYS0cEAANAAAAiBwQAAUAAADlExAABAAAAFAcEAAGAAAAOhwQAAsAAACoGxAAAQAAAEUcEAAJAAAABAAAAAAAAACAHBAAAwAAAAEAAAAAAAAAAQEBACgbEAABAAAASBoQAA8AQdjAwAALBSAcEAANAEHowMAAC2EtHBAADQAAAI0cEAAIAAAA5RMQAAQAAABQHBAABgAAADocEAALAAAAqBsQAAEAAABFHBAACQAAAAQAAAAAAAAAgBwQAAMAAAABAAAAAAAAAAEBAQAoGxAAAQAAAEgaEAAPAEHcwcAACwUgHBAADQBB7MHAAAthLRwQAA0AAACVHBAABwAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAKgbEAABAAAARRwQAAkAAAAEAAAAAAAAAIAcEAADAAAAoRAQAAEAAAABAQEAKBsQAAEAAACcHBAACQBB4MLAAAsFIBwQAA0AQfDCwAALaS0cEAANAAAApRwQAAUAAADlExAABAAAAFAcEAAGAAAAOhwQAAsAAACoGxAAAQAAAEUcEAAJAAAABAAAAAAAAACAHBAAAwAAAAEAAAAAAAAAAQEBACgbEAABAAAASBoQAA8AAACqHBAAGwBB5MPAAAsFIBwQAA0AQfTDwAALYS0cEAANAAAAxRwQAAYAAADlExAABAAAAFAcEAAGAAAAOhwQAAsAAADgHBAAAgAAAEUcEAAJAAAABAAAAAAAAACAHBAAAwAAAAEAAAAAAAAAAQEBACgbEAABAAAA8BwQAB0AQejEwAALBSAcEAANAEH4xMAAC4MGLRwQAA0AAAANHRAACAAAAOUTEAAEAAAAUBwQAAYAAAA6HBAACwAAAKgbEAABAAAARRwQAAkAAAAYHRAAAQAAAIAcEAADAAAAAQAAAAAAAAABAQAAUwQQAA4AAAAiAAAANQAAAG1pZCA+IGxlbgAAAAEEEABRAAAAfAAAABQAAAABBBAAUQAAAHwAAAAjAAAAAQQQAFEAAABzAAAAEAAAAAEEEABRAAAAcwAAAB4AAADPABAASAAAALEAAAAWAAAAYXR0ZW1wdCB0byBqb2luIGludG8gY29sbGVjdGlvbiB3aXRoIGxlbiA+IHVzaXplOjpNQVgAAADPABAASAAAAJoAAAAKAAAA0AIQAEwAAACvDwAADQAAAMMBEABWAAAAQgAAABMAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gWxgBEABOAAAA5gUAACUAAAA8BxAAHxoQAAcIEABudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RUcmllZCB0byBzaHJpbmsgdG8gYSBsYXJnZXIgY2FwYWNpdHkAfwIQAFAAAAAsAwAACQAAABgBEABOAAAAcQcAABEAAAAZAAAADAAAAAQAAAAaAAAAGwAAABwAAAAAAAAACAAAAAQAAAAdAAAAHgAAAB8AAAAgAAAAIQAAABAAAAAEAAAAIgAAACMAAAAkAAAAJQAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAfAMQACoAAACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQAAHwDEAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAAmAAAAGQAAAAwAAAAEAAAAJwAAAGNhcGFjaXR5IG92ZXJmbG93AAAAfwIQAFAAAAAcAAAABQAAAAICAgICAgICAgICAEGYy8AACwgCAgAAAAAAAgBBz8vAAAsBAgBB9cvAAAsBAQBBkMzAAAsBAQBB8MzAAAvIAjAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQfrPwAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABBuNDAAAsZYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwBB1NDAAAsBFwBB4NDAAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=";

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

// functions/src/oidc-bridge.js
var oidc_bridge_default = bridgeHandler("oidc");
module.exports = oidc_bridge_default;
})();
