// kinde-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy kinde-bridge --file functions/dist/kinde-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:42376dd449d2360d0db2f235cc6de7ce3415760c87c08224fcf79fde693fa598
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgAX8AYAN/f38Bf2ADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAACf39gBX9/f39/AGABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA5MCkQIHAwMEAwYBBQAGAwAAAgMGBAAAAAwFCQQECQUFAwIAAgAAAAAGBAINDgIJBgUDAwADAwcGAgUAAAYADwMAAgAQEQAAAwYCAQAFAwIEBQADAwQHAAUAAAIBAQAAAgADAwMFAAADAwIABAACAAMCBQADAAIBAwcCAQQFBQUJAwMCAwADAwAGEgMHAAkAAAAAAQQGAAACAAUDBQAABwYDAAQBEwQAAwICAgICAgQEBAkJAQkUAQEAAAAACgoKCgoKCgoGAQEFAAAAAQEGBAEBAQMBAQEAAwEEBAQBAAQAAQECAQEDAAACAgIHAAMDAwcHAQEBAAQEAgYVAgEBAQcBAQcBAQEBAQEBAgEBCwAAAAAACwUECQJwASoqbwCECAUDAQARBhkDfwFBgIDAAAt/AEH0zsAAC38AQaDPwAALB+8EGwZtZW1vcnkCABFfX3diZ19icmlkZ2VfZnJlZQBbGF9fd2JnX2JyaWRnZXNlc3Npb25fZnJlZQBcDGJyaWRnZV9iZWdpbgAWD2JyaWRnZV9lbnZfa2V5cwCzAQpicmlkZ2VfbmV3ADURYnJpZGdlc2Vzc2lvbl9hbGcAvQEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAF8bYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsALoBEmJyaWRnZXNlc3Npb25fZmFpbABgFmJyaWRnZXNlc3Npb25fandrc191cmwAwAERYnJpZGdlc2Vzc2lvbl9rZXkAvgESYnJpZGdlc2Vzc2lvbl9raW5kAPgBE2JyaWRnZXNlc3Npb25fcmVwbHkAvwEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5AGEXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAwQEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA8G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dAC7ARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAKRxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0ALwBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAHkSX193YmluZGdlbl9yZWFsbG9jAIYBD19fd2JpbmRnZW5fZnJlZQDjARBfX3diaW5kZ2VuX3N0YXJ0AAEJSQEAQQELKYgCH6wBUp0BLfcBJqkBR6YBTKcBIagBNqoBlQGtASerAT+RAo8C0wFdGvkB9AGCAfMBjQLTAZEBJUSQAuUB5AEZ9QEMASMKm80EkQLTJQIJfwF+IwBBEGsiCCQAAkACQAJAIABB9QFPBEAgAEHM/3tLBEBBACEADAQLIABBC2oiAUF4cSEFQdzSwAAoAgAiCUUNAkEfIQYgAEH1//8HTw0BIAVBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBgwBCwJAAkACQAJAAkBB2NLAACgCACIEQRAgAEELakH4A3EgAEELSRsiBUEDdiIAdiIBQQNxBEAgAUF/c0EBcSAAaiIHQQN0IgFB0NDAAGoiACABQdjQwABqKAIAIgIoAggiA0YNASADIAA2AgwgACADNgIIDAILIAVB4NLAACgCAE0NBiABDQJB3NLAACgCACIARQ0GIABoQQJ0QcDPwABqKAIAIgEoAgRBeHEgBWshAyABIQIDQAJAIAEoAhAiAA0AIAEoAhQiAA0AIAIoAhghBgJAAkAgAiACKAIMIgBGBEAgAkEUQRAgAigCFCIAG2ooAgAiAQ0BQQAhAAwCCyACKAIIIgEgADYCDCAAIAE2AggMAQsgAkEUaiACQRBqIAAbIQQDQCAEIQcgASIAQRRqIABBEGogACgCFCIBGyEEIABBFEEQIAEbaigCACIBDQALIAdBADYCAAsgBkUNBgJAIAIoAhxBAnRBwM/AAGoiASgCACACRwRAIAIgBigCEEcEQCAGIAA2AhQgAA0CDAkLIAYgADYCECAADQEMCAsgASAANgIAIABFDQYLIAAgBjYCGCACKAIQIgEEQCAAIAE2AhAgASAANgIYCyACKAIUIgFFDQYgACABNgIUIAEgADYCGAwGCyAAKAIEQXhxIAVrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAALAAtB2NLAACAEQX4gB3dxNgIACyACQQhqIQAgAiABQQNyNgIEIAEgAmoiASABKAIEQQFyNgIEDAULAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIHQQN0IgFB0NDAAGoiAiABQdjQwABqKAIAIgAoAggiA0cEQCADIAI2AgwgAiADNgIIDAELQdjSwAAgBEF+IAd3cTYCAAsgACAFQQNyNgIEIAAgBWoiBiABIAVrIgdBAXI2AgQgACABaiAHNgIAQeDSwAAoAgAiAgRAQejSwAAoAgAhAQJAQdjSwAAoAgAiBEEBIAJBA3Z0IgNxRQRAQdjSwAAgAyAEcjYCACACQXhxQdDQwABqIgMhBAwBCyACQXhxIgJB0NDAAGohBCACQdjQwABqKAIAIQMLIAQgATYCCCADIAE2AgwgASAENgIMIAEgAzYCCAsgAEEIaiEAQejSwAAgBjYCAEHg0sAAIAc2AgAMBAtB3NLAAEHc0sAAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgcgA0EBcjYCBCADIAdqIAM2AgBB4NLAACgCACIBRQ0BQejSwAAoAgAhAAJAQdjSwAAoAgAiBEEBIAFBA3Z0IgZxRQRAQdjSwAAgBCAGcjYCACABQXhxQdDQwABqIgQhAQwBCyABQXhxIgRB0NDAAGohASAEQdjQwABqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0Ho0sAAIAc2AgBB4NLAACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAZBAnRBwM/AAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgBkEBdmtBACAGQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiByAFSQ0AIAcgBWsiByADTw0AIAIhASAHIgMNAEEAIQMgASEADAMLIAIoAhQiByAAIAcgAiAEQR12QQRxaigCECICRxsgACAHGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAZ0IgBBACAAa3IgCXEiAEUNAyAAaEECdEHAz8AAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSICIAVrIgQgAyADIARLIgQbIAIgBUkiAhshAyABIAAgASAEGyACGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUHg0sAAKAIAIgBNIAMgACAFa09xDQAgASgCGCEGAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhByACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgB0EANgIACwJAIAZFDQACQAJAIAEoAhxBAnRBwM/AAGoiAigCACABRwRAIAEgBigCEEcEQCAGIAA2AhQgAA0CDAQLIAYgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0Hc0sAAQdzSwAAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQFQwCCwJAQdjSwAAoAgAiAkEBIANBA3Z0IgRxRQRAQdjSwAAgAiAEcjYCACADQfgBcUHQ0MAAaiIDIQIMAQsgA0H4AXEiBEHQ0MAAaiECIARB2NDAAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVB4NLAACgCACIBSwRAIAVB5NLAACgCACIATwRAIAhBBGohAAJ/IAVBr4AEakGAgHxxIgFBEHYgAUH//wNxQQBHaiIBQAAiBEF/RgRAQQAhAUEADAELIAFBEHQiAkEQayACIARBEHQiAUEAIAJrRhsLIQIgAEEANgIIIAAgAjYCBCAAIAE2AgAgCCgCBCIBRQRAQQAhAAwICyAIKAIMIQdB8NLAACAIKAIIIgRB8NLAACgCAGoiADYCAEH00sAAIABB9NLAACgCACICIAAgAksbNgIAAkACQEHs0sAAKAIAIgIEQEHA0MAAIQADQCABIAAoAgAiAyAAKAIEIgZqRg0CIAAoAggiAA0ACwwCC0H80sAAKAIAIgBBACAAIAFNG0UEQEH80sAAIAE2AgALQYDTwABB/x82AgBBzNDAACAHNgIAQcTQwAAgBDYCAEHA0MAAIAE2AgBB3NDAAEHQ0MAANgIAQeTQwABB2NDAADYCAEHY0MAAQdDQwAA2AgBB7NDAAEHg0MAANgIAQeDQwABB2NDAADYCAEH00MAAQejQwAA2AgBB6NDAAEHg0MAANgIAQfzQwABB8NDAADYCAEHw0MAAQejQwAA2AgBBhNHAAEH40MAANgIAQfjQwABB8NDAADYCAEGM0cAAQYDRwAA2AgBBgNHAAEH40MAANgIAQZTRwABBiNHAADYCAEGI0cAAQYDRwAA2AgBBnNHAAEGQ0cAANgIAQZDRwABBiNHAADYCAEGY0cAAQZDRwAA2AgBBpNHAAEGY0cAANgIAQaDRwABBmNHAADYCAEGs0cAAQaDRwAA2AgBBqNHAAEGg0cAANgIAQbTRwABBqNHAADYCAEGw0cAAQajRwAA2AgBBvNHAAEGw0cAANgIAQbjRwABBsNHAADYCAEHE0cAAQbjRwAA2AgBBwNHAAEG40cAANgIAQczRwABBwNHAADYCAEHI0cAAQcDRwAA2AgBB1NHAAEHI0cAANgIAQdDRwABByNHAADYCAEHc0cAAQdDRwAA2AgBB5NHAAEHY0cAANgIAQdjRwABB0NHAADYCAEHs0cAAQeDRwAA2AgBB4NHAAEHY0cAANgIAQfTRwABB6NHAADYCAEHo0cAAQeDRwAA2AgBB/NHAAEHw0cAANgIAQfDRwABB6NHAADYCAEGE0sAAQfjRwAA2AgBB+NHAAEHw0cAANgIAQYzSwABBgNLAADYCAEGA0sAAQfjRwAA2AgBBlNLAAEGI0sAANgIAQYjSwABBgNLAADYCAEGc0sAAQZDSwAA2AgBBkNLAAEGI0sAANgIAQaTSwABBmNLAADYCAEGY0sAAQZDSwAA2AgBBrNLAAEGg0sAANgIAQaDSwABBmNLAADYCAEG00sAAQajSwAA2AgBBqNLAAEGg0sAANgIAQbzSwABBsNLAADYCAEGw0sAAQajSwAA2AgBBxNLAAEG40sAANgIAQbjSwABBsNLAADYCAEHM0sAAQcDSwAA2AgBBwNLAAEG40sAANgIAQdTSwABByNLAADYCAEHI0sAAQcDSwAA2AgBB7NLAACABQQ9qQXhxIgBBCGsiAjYCAEHQ0sAAQcjSwAA2AgBB5NLAACAEQShrIgQgASAAa2pBCGoiADYCACACIABBAXI2AgQgASAEakEoNgIEQfjSwABBgICAATYCAAwICyACIANJIAEgAk1yDQAgACgCDCIDQQFxDQAgA0EBdiAHRg0DC0H80sAAQfzSwAAoAgAiACABIAAgAUkbNgIAIAEgBGohA0HA0MAAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgwiA0EBcQ0AIANBAXYgB0YNAQtBwNDAACEAA0ACQCACIAAoAgAiA08EQCACIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0Hs0sAAIAFBD2pBeHEiAEEIayIDNgIAQeTSwAAgBEEoayIJIAEgAGtqQQhqIgA2AgAgAyAAQQFyNgIEIAEgCWpBKDYCBEH40sAAQYCAgAE2AgAgAiAGQSBrQXhxQQhrIgAgACACQRBqSRsiA0EbNgIEQcDQwAApAgAhCiADQRBqQcjQwAApAgA3AgAgA0EIaiIAIAo3AgBBzNDAACAHNgIAQcTQwAAgBDYCAEHA0MAAIAE2AgBByNDAACAANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAiADRg0HIAMgAygCBEF+cTYCBCACIAMgAmsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCACIAAQFQwICwJAQdjSwAAoAgAiAUEBIABBA3Z0IgRxRQRAQdjSwAAgASAEcjYCACAAQfgBcUHQ0MAAaiIAIQEMAQsgAEH4AXEiAEHQ0MAAaiEBIABB2NDAAGooAgAhAAsgASACNgIIIAAgAjYCDCACIAE2AgwgAiAANgIIDAcLIAAgATYCACAAIAAoAgQgBGo2AgQgAUEPakF4cUEIayIEIAVBA3I2AgQgBkEPakF4cUEIayIDIAQgBWoiAGshBSADQezSwAAoAgBGDQMgA0Ho0sAAKAIARg0EIAMoAgQiAkEDcUEBRgRAIAMgAkF4cSIBEBMgASAFaiEFIAEgA2oiAygCBCECCyADIAJBfnE2AgQgACAFQQFyNgIEIAAgBWogBTYCACAFQYACTwRAIAAgBRAVDAYLAkBB2NLAACgCACIBQQEgBUEDdnQiAnFFBEBB2NLAACABIAJyNgIAIAVB+AFxQdDQwABqIgUhAwwBCyAFQfgBcSIBQdDQwABqIQMgAUHY0MAAaigCACEFCyADIAA2AgggBSAANgIMIAAgAzYCDCAAIAU2AggMBQtB5NLAACAAIAVrIgE2AgBB7NLAAEHs0sAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAwGC0Ho0sAAKAIAIQACQCABIAVrIgJBD00EQEHo0sAAQQA2AgBB4NLAAEEANgIAIAAgAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBC0Hg0sAAIAI2AgBB6NLAACAAIAVqIgQ2AgAgBCACQQFyNgIEIAAgAWogAjYCACAAIAVBA3I2AgQLIABBCGohAAwFCyAAIAQgBmo2AgRB7NLAAEHs0sAAKAIAIgBBD2pBeHEiAUEIayICNgIAQeTSwABB5NLAACgCACAEaiIEIAAgAWtqQQhqIgE2AgAgAiABQQFyNgIEIAAgBGpBKDYCBEH40sAAQYCAgAE2AgAMAwtB7NLAACAANgIAQeTSwABB5NLAACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0Ho0sAAIAA2AgBB4NLAAEHg0sAAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgBEEIaiEADAELQQAhAEHk0sAAKAIAIgEgBU0NAEHk0sAAIAEgBWsiATYCAEHs0sAAQezSwAAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEACyAIQRBqJAAgAAvvHQIdfwJ+IwBB4ANrIgMkACADQQxqQQBBwAD8CwAgASACQQZ0aiEYIAAoAhwhDyAAKAIYIRAgACgCFCERIAAoAhAhEiAAKAIMIRMgACgCCCEUIAAoAgQhFSAAKAIAIRYDQCABIBhHBEAgA0KAgICAwAA3AlggAyABNgJMIANBwAA2AlAgAyABQUBrIhk2AlQgA0HMAGoiAigCECIHRQRAQczGwAAQ+gEAC0EQIAIoAgQgB24iAiACQRBPG0ECdCEHQQAhAgNAIAIgB0cEQCADQQxqIAJqIAEgAmooAAAiDUH/gfwHcUEIeCANQRh4Qf+B/AdxcjYCACACQQRqIQIMAQsLIAMgFTYCZCADIBE2AmwgAyAWNgJgIAMgEjYCaCADIBQ2AnAgAyATNgJ0IAMgEDYCeCADIA82AnwgAygCGCEBIAMoAhQhAiADKAIQIQcgAyADKAIMIg02ArwDIAMgBzYCuAMgAyACNgK0AyADIAE2ArADIAMoAighCCADKAIkIQkgAygCICEKIAMgAygCHCIXNgK8AiADIAo2ArgCIAMgCTYCtAIgAyAINgKwAiADKAI4IQwgAygCNCEOIAMoAjAhBCADIAMoAiwiGjYC3AIgAyAENgLYAiADIA42AtQCIAMgDDYC0AIgAygCSCEFIAMoAkQhBiADKAJAIQsgAyADKAI8Ihs2AvwCIAMgCzYC+AIgAyAGNgL0AiADIAU2AvACIAMgDUGY36iUBGoiHDYCWCADIAdBkYndiQdqIh02AlQgAyACQbGI/NEEayIeNgJQIAMgAUHbyKiyAWsiHzYCTCADQdADaiINIANB8ABqIgEgA0HgAGoiAiADQcwAaiIHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgHjYCjAEgAyAfNgKIASADIBw2AoQBIAMgHTYCgAEgByACIAEgA0GAAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgF0HbhNvKA2oiFzYCWCADIApB8aPEzwVqIgo2AlQgAyAJQdz6ge4GayIJNgJQIAMgCEGrwo6nBWsiCDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCTYCnAEgAyAINgKYASADIBc2ApQBIAMgCjYCkAEgByACIAEgA0GQAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgGkHoquG/AmsiCDYCWCADIARBgbaNlAFqIgk2AlQgAyAOQb6LxqECaiIKNgJQIAMgDEHD+7GoBWoiDDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCrAEgAyAMNgKoASADIAg2AqQBIAMgCTYCoAEgByACIAEgA0GgAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAMgG0H0uvmVB2oiCDYCWCADIAtBgpyF+QdrIgk2AlQgAyAGQdnyj6EGayIKNgJQIAMgBUGMnZDzA2siDDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCvAEgAyAMNgK4ASADIAg2ArQBIAMgCTYCsAEgByACIAEgA0GwAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIANBkANqIgggA0GwA2oiCSADQbACaiIKIANB0AJqIgwgA0HwAmoiDhAbIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANBv6yS2wFrIgs2AlggAyAGQfrwhoIBayIGNgJUIAMgBUHGu4b+AGoiBTYCUCADIARBzMOyoAJqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswBIAMgBDYCyAEgAyALNgLEASADIAY2AsABIAcgAiABIANBwAFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGyADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwDQe/YpO8CaiILNgJYIAMgBkGqidLTBGoiBjYCVCADIAVB3NPC5QVqIgU2AlAgAyAEQdqR5rcHaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLcASADIAQ2AtgBIAMgCzYC1AEgAyAGNgLQASAHIAIgASADQdABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJEBsgAygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkGu3Ya+BmsiCzYCWCADIAZBk/O4vgVrIgY2AlQgAyAFQbiw8/8EayIFNgJQIAMgBEG5gJqFBGsiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AEgAyAENgLoASADIAs2AuQBIAMgBjYC4AEgByACIAEgA0HgAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChAbIAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMgAygC3AJBjej/yANrIgs2AlggAyAGQbnd4dICayIGNgJUIAMgBUHRxqk2aiIFNgJQIAMgBEHn0qShAWoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC/AEgAyAENgL4ASADIAs2AvQBIAMgBjYC8AEgByACIAEgA0HwAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAbIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBhZXcvQJqIgs2AlggAyAGQbjC7PACaiIGNgJUIAMgBUH827HpBGoiBTYCUCADIARBk5rgmQVqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowCIAMgBDYCiAIgAyALNgKEAiADIAY2AoACIAcgAiABIANBgAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGyADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQdTmqagGaiILNgJYIAMgBkG7laizB2oiBjYCVCADIAVB0u308QdrIgU2AlAgAyAEQfumt+wGayIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKcAiADIAQ2ApgCIAMgCzYClAIgAyAGNgKQAiAHIAIgASADQZACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBsgAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0HfroDqBWsiCzYCWCADIAZBtbOWvwVrIgY2AlQgAyAFQZDp0e0DayIFNgJQIAMgBEHd3M7EA2siBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAIgAyAENgKoAiADIAs2AqQCIAMgBjYCoAIgByACIAEgA0GgAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAbIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJB56+08wJrIgs2AlggAyAGQdzzm8sCayIGNgJUIAMgBUH7lMffAGsiBTYCUCADIARB8MCqgwFqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswCIAMgBDYCyAIgAyALNgLEAiADIAY2AsACIAcgAiABIANBwAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGyADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQZaCk80BaiILNgJYIAMgBkGI2N3xAWoiBjYCVCADIAVBzO6hugJqIgU2AlAgAyAEQbX5wqUDaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsAiADIAQ2AugCIAMgCzYC5AIgAyAGNgLgAiAHIAIgASADQeACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgDiAIIAkgCiAMEBsgAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGzmfDIA2oiCzYCWCADIAZBytTi9gRqIgY2AlQgAyAFQc+U89wFaiIFNgJQIAMgBEHz37nBBmoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAMgAyAENgKIAyADIAs2AoQDIAMgBjYCgAMgByACIAEgA0GAA2oQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhAbIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB7oW+pAdqIgs2AlggAyAGQe/GlcUHaiIGNgJUIAMgBUHsj97ZB2siBTYCUCADIARB+PvjmQdrIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwDIAMgBDYCqAMgAyALNgKkAyADIAY2AqADIAcgAiABIANBoANqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGyADKAKwAyEIIAMoArQDIQkgAygCuAMhCiADIAMoArwDQYaAhPoGayIMNgJYIAMgCkGVpr7dBWsiCjYCVCADIAlBibiZiARrIgk2AlAgAyAIQY6OuswDayIINgJMIANBwANqIAEgAiAHEB0gAyADKQLAAzcDcCADIAMpAsgDNwN4IAMgCTYC3AMgAyAINgLYAyADIAw2AtQDIAMgCjYC0AMgByACIAEgDRAdIAMgAykCVCIgNwNoIAMgAykCTCIhNwNgIAMoAnwgD2ohDyADKAJ4IBBqIRAgAygCdCATaiETIAMoAnAgFGohFCAgpyASaiESICGnIBZqIRYgAygCbCARaiERIAMoAmQgFWohFSAZIQEMAQsLIAAgDzYCHCAAIBA2AhggACARNgIUIAAgEjYCECAAIBM2AgwgACAUNgIIIAAgFTYCBCAAIBY2AgAgA0HgA2okAAu8AwIHfwF+IwBBMGsiAyQAAkACQCACBEAgAkEDdCIFQQhrIghBA3atQgB+IAFBCGohAqchByABIQQCQANAIAVFDQEgBUEIayEFIAQoAgQhBiAEQQhqIQQgBiAHaiIHIAZPDQALIwBBEGsiACQAIABBNTYCBCAAQejEwAA2AgAgACAArUKAgICAkAWENwMIQc2BwAAgAEEIakGgxcAAEIgBAAsgA0EIaiAHQQFBARBiIANBADYCHCADIAMpAwg3AhQgA0EUaiABKAIAIgQgBCABKAIEahDrASAHIAMoAhwiAWshBCADKAIYIAFqIQUDQCAIRQ0CIAIoAgAhCSACKAIEIQEgBUEAQQFBAEHYxMAAELABIANBIGohBiABIARLBEBBjMTAAEETQdjEwAAQiAEABSAGIAE2AgQgBiAFNgIAIAYgBCABazYCDCAGIAEgBWo2AgggAygCLCEEIAMoAighBSADKAIgIAMoAiQgCSABQdjEwAAQsAEgCEEIayEIIAJBCGohAgwBCwALAAsgAEEANgIIIABCgICAgBA3AgAMAQsgACADKQIUNwIAIAAgByAEazYCCAsgA0EwaiQAC7EJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBygCACEIIAcoAgQhBANAAkAgCCIDIARGDQAgByADQQFqIgg2AgAgAy0AACIGQdwARg0AIAZB/wBrQf8BcUGhAUsNAQsLAkAgAyAERw0AIAJBOGpBmYzAAEEIIAAgARCvASACKAI8IQQgAigCOCEIIAJBMGpBoYzAAEEHIAAgARCvASAIIgNFBEAgAigCMCIDRQ0BIAIoAjQhBAsgAkEBOwFoIAJCADcCXCACIAM2AlQgAiADNgJMIAJBIzYCSCACQq+AgIDwBzcCQCACIAQ2AmQgAiAENgJQIAIgAyAEajYCWCACQdQAaiEBAkACQANAIAJBKGogARBJIAIoAiwiBUGAgMQARg0BIAIoAighCUEAIQADQCAAQQxGDQEgAkFAayAAaiAAQQRqIQAoAgAgBUcNAAsLIAMgAigCYCIBaiEAIAkgAWshBQwBC0EAIQAgAi0AaQ0AAkAgAi0AaEEBRgRAIAIoAmQhAyACKAJgIQEMAQsgAigCZCIDIAIoAmAiAUYNAQsgAigCTCABaiEAIAMgAWshBQtBACEEIAJBIGogAEEBIAAbIgEgBUEAIAAbIgBB2wAQbwJAAkACQCACKAIgIgoEQCACQUBrIAogAigCJEHdABBKIAIoAkAiAUUNAiACKAJEIQAgAkEYaiACKAJIIAIoAkwiA0E6EG8gAigCGCIERQ0BIAIoAhwhCQwDCyACQUBrIAEgAEE6EEogAigCQCIDRQ0CIAIoAkwhCSACKAJIIQQgAigCRCEAIAMhAQwCC0EAIQQgA0UNAQtBACEFDAELIAIgADYCcCACIAE2AmxBACEFIAIgCkEARzoAdyAARQ0AIAIgATYCQCACIAAgAWo2AkQgAkFAayILKAIAIQcgCygCBCEMIAJB9wBqLQAAQQFxIQ0DQAJAIAciAyAMRg0AIAsgA0EBaiIHNgIAIAMtAAAhBiANRQRAIAZBMGtB/wFxQQpJIAZB3wFxQcEAa0H/AXFBGklyIAZB3wBGIAZBLWtBAklycg0CDAELIAZBLkYgBkEwa0H/AXFBC0lyIAZB3wFxQcEAa0H/AXFBBklyDQELCyADIAxHDQACQAJAIARFBEAgCEUNAQwCCyAIIAQgCUEFEG4iBUVyDQILIApFBEAgASAAQaiMwABBCRA6DQEgAkH4AGoiAyABIABBLhDFASACQRBqIAMQJCACIAIpAxA3AkBBACEFIAJBQGtBwIzAABCgAUUNAiACIAIpAng3A0AgAiACKQKAATcDSCACIAIpAogBNwNQIAIgAigCkAE2AlggAiACLwGcATsBZCACIAIpApQBNwJcQQQhAANAIABBAWshACACQQhqIAJBQGsQJCACKAIIDQALIAANAgNAIAIgAkH4AGoQJCACKAIAIgBFIQUgAEUNAyAAIAIoAgQiAUEDEG5FDQNBACEDA0AgAQRAIANBCmwgAC0AAEEwa0H/AXFqIQMgAUEBayEBIABBAWohAAwBCwsgA0GAAkkNAAsMAgsgAkHsAGpBtIzAABDcASEFDAELQQEhBQsgAkGgAWokACAFC6EHAgR/CH4jAEEgayIEJAACQAJAIAJBE00NACABLQAEQS1HDQAgAS0AB0EtRw0AIAEtAAoiA0EgRiADQfQARnJFIANB1ABHcQ0AIAEtAA1BOkcNACABLQAQQTpHDQAgBCACNgIMIAQgATYCCCAEQRBqIgMgBEEIaiIFQQBBBBAJAn4CQAJAAkAgBCkDEEIBUg0AIAQpAxghCSADIAVBBUEHEAkgBCkDEEIBUg0AIAQpAxghByADIAVBCEEKEAkgBCkDEEIBUg0AIAQpAxghCiADIAVBC0ENEAkgBCkDEEIBUg0AIAQpAxghCyADIAVBDkEQEAkgBCkDEEIBUg0AIAQpAxghDCADIAVBEUETEAkgBCkDEEIBUiAHQgF9QgtWciAKQgBXcg0AIAQpAxghDUIfIQgCQCAHQgtWDQBCASAHhkLQFINQBEAgB0ICUg0BQh1CHUIcIAlC5ACBQgBSG0IcIAlCA4NQGyAJQpADgVAbIQgMAQtCHiEICyAIIApUIAtCF1VyIAxCO1UgDUI8VXJyDQBBEyEDIAEtABNBLkYEQEEUIQMDQAJAIAIgA0YEQCACIQMMAQsgASADai0AAEEwa0H/AXFBCUsNACADQQFqIQMMAQsLIANBFEYNAQsgAiADTQ0AAkACQAJAAkAgASADai0AACIGQStrDgMCBAEACyAGQfoARwRAIAZB2gBHIANBAWogAkdyDQQMBgsgA0EBaiACRg0FDAMLIANBBmogAkcNAiACIANBA2oiBUsEQCABIAVqLQAAQTpGDQIMAwsgBSACQfzDwAAQZQALIANBBmogAkcNASADQQNqIgUgAk8NAiABIAVqLQAAQTpHDQELIARBEGoiASAEQQhqIgIgA0EBaiAFEAkgBCgCEEUNACAEKQMYIQggASACIANBBGogA0EGahAJIAQpAxBCAVIgCEIXVXINACAEKQMYIg5CO1UNAEIAIA5CPH4gCEKQHH58Igh9IAggBkErRhsMAwsgAEIANwMADAQLIAUgAkH8w8AAEGUAC0IACyEIIABCATcDACAAIAxCPH4gC0KQHH58IA18IAh8IAogB0IJfEIMgadBmQFsQQJqwUEFba3DfCAJIAdCA1OtfSIHIAdCkAN/IglCkAN+fUI/hyAJfCIJQrH1CH58IAlC8Hx+IAd8IgdCBH98IAdC7QJ+fCAHQpx/f3xC7fQrfUKAowV+fDcDCAwBCyAAQgA3AwALIARBIGokAAvdBgEFfwJAAkACQAJAAkACQAJAIABBBGsiBygCACIIQXhxIgRBBEEIIAhBA3EiBRsgAWpPBEAgBUEAIAFBJ2oiBiAESRsNAQJAIAJBCU8EQCACIAMQEiICDQFBAA8LQQAhAiADQcz/e0sNCEEQIANBC2pBeHEgA0ELSRshASAAQQhrIQYgBUUEQCAGRSABQYACSXIgBCABa0GAgAhLIAEgBE9ycg0HIAAPCyAEIAZqIQUCQCABIARLBEAgBUHs0sAAKAIARg0BQejSwAAoAgAgBUcEQCAFKAIEIghBAnENCSAIQXhxIgggBGoiBCABSQ0JIAUgCBATIAQgAWsiBUEQTwRAIAcgASAHKAIAQQFxckECcjYCACABIAZqIgEgBUEDcjYCBCAEIAZqIgQgBCgCBEEBcjYCBCABIAUQDgwJCyAHIAQgBygCAEEBcXJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgQMCAtB4NLAACgCACAEaiIEIAFJDQgCQCAEIAFrIgVBD00EQCAHIAhBAXEgBHJBAnI2AgAgBCAGaiIBIAEoAgRBAXI2AgRBACEFQQAhAQwBCyAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIAVBAXI2AgQgBCAGaiIEIAU2AgAgBCAEKAIEQX5xNgIEC0Ho0sAAIAE2AgBB4NLAACAFNgIADAcLIAQgAWsiBEEPTQ0GIAcgASAIQQFxckECcjYCACABIAZqIgEgBEEDcjYCBCAFIAUoAgRBAXI2AgQgASAEEA4MBgtB5NLAACgCACAEaiIEIAFLDQQMBgsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAcoAgAiA0F4cSIHIAFBBEEIIANBA3EiARtqSQ0CIAFFIAYgB09yDQZBjMjAAEG8yMAAEN0BAAtBzMfAAEH8x8AAEN0BAAtBjMjAAEG8yMAAEN0BAAtBzMfAAEH8x8AAEN0BAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRB5NLAACABNgIAQezSwAAgBTYCAAsgBkUNACAADwsgAxACIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIgA0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABAICyACC6IGAQR/IABBCGsiASAAQQRrKAIAIgNBeHEiAGohAgJAAkAgA0EBcQ0AIANBAnFFDQEgASgCACIDIABqIQAgASADayIBQejSwAAoAgBGBEAgAigCBEEDcUEDRw0BQeDSwAAgADYCACACIAIoAgRBfnE2AgQgASAAQQFyNgIEIAIgADYCAA8LIAEgAxATCwJAAkBBgNPAAAJ/AkACQAJAAkAgAigCBCIDQQJxRQRAIAJB7NLAACgCAEYNAiACQejSwAAoAgBGDQMgAiADQXhxIgIQEyABIAAgAmoiAEEBcjYCBCAAIAFqIAA2AgAgAUHo0sAAKAIARw0BQeDSwAAgADYCAA8LIAIgA0F+cTYCBCABIABBAXI2AgQgACABaiAANgIACyAAQYACSQ0EIAEgABAVQYDTwABBgNPAACgCAEEBayIANgIAIAANBkHI0MAAKAIAIgANAkH/HwwDC0Hs0sAAIAE2AgBB5NLAAEHk0sAAKAIAIABqIgA2AgAgASAAQQFyNgIEQejSwAAoAgAgAUYEQEHg0sAAQQA2AgBB6NLAAEEANgIACyAAQfjSwAAoAgAiAk0NBUHs0sAAKAIAIgBFDQVB5NLAACgCACIDQSlJDQRBwNDAACEBA0AgACABKAIAIgRPBEAgACAEIAEoAgRqSQ0GCyABKAIIIQEMAAsAC0Ho0sAAIAE2AgBB4NLAAEHg0sAAKAIAIABqIgA2AgAgASAAQQFyNgIEIAAgAWogADYCAA8LQQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsLNgIADwsCQEHY0sAAKAIAIgJBASAAQQN2dCIDcUUEQEHY0sAAIAIgA3I2AgAgAEH4AXFB0NDAAGoiACECDAELIABB+AFxIgBB0NDAAGohAiAAQdjQwABqKAIAIQALIAIgATYCCCAAIAE2AgwgASACNgIMIAEgADYCCA8LQYDTwABByNDAACgCACIABH9BACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGwVB/x8LNgIAIAIgA08NAEH40sAAQX82AgALC/wEAgN/A34jAEHQAGsiBCQAAkAgAiADSw0AIAEoAgQhBSABKAIAIQECQCACRQ0AIAIgBU8EQCACIAVGDQEMAgsgASACaiwAAEG/f0wNAQsCQCADRQ0AIAMgBU8EQCADIAVGDQEMAgsgASADaiwAAEFASA0BCyAEIAEgA2o2AkwgBCABIAJqIgE2AkggBEHIAGoQdg0AAkACQAJAIAMgAmsiBQ4CAwABCyABLQAAIgZBK2sOAwIBAgELIAEtAAAhBgsCQAJAAkACQAJAIAZBK2sOAwECAAILIAFBAWohASAFQRFPBEAgAiADa0EBaiECA0AgAkUNBCAEQTBqIAcgB0I/hxBCIAQpAzggBCkDMCIHQj+HUg0GIARBKGogAS0AAEEKEIMBIAQoAihBAUcNBiAENQIsIglCAFIgByAHIAl9IgdVcw0GIAFBAWohASACQQFqIQIMAAsACyACIANrQQFqIQIDQCACRQ0DIARBIGogAS0AAEEKEIMBIAQoAiBBAUcNBCACQQFqIQIgAUEBaiEBIAdCCn4gBDUCJH0hBwwACwALIAVBAWshBSABQQFqIQELIAVBEE8EQANAIAVFDQIgBEEQaiAHIAdCP4cQQiAEKQMYIAQpAxAiB0I/h1INBCAEQQhqIAEtAABBChCDASAEKAIIQQFHDQQgBDUCDCEJQQAgByAHIAl8IgdVcw0EIAFBAWohASAFQQFrIQUMAAsACwNAIAVFDQEgBCABLQAAQQoQgwEgBCgCAEEBRw0CIAFBAWohASAFQQFrIQUgBDUCBCAHQgp+fCEHDAALAAsgACAHNwMIQgEhCAwBCwsgACAINwMAIARB0ABqJAALkQoCCn8BfiMAQdAAayICJAAgASABKAIIQQFqNgIIIAJBADYCLCACQoCAgIAQNwIkAkADQAJAIAJBIGogARBsIAItACBFDQAgAi0AISIDQdwARwRAIANBIkcEQCADQSBJDQIgAkEkaiADEJ8BDAMLIAIoAiQhCCACQcQAaiEGIAIoAighAwJAAkAgAigCLCIFRQ0AIAVBB2siAUEAIAEgBU0bIQogA0EDakF8cSADayELQQAhAQNAAkACQAJAIAEgA2otAAAiB8AiCUEATgRAIAsgAWtBA3ENASABIApPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgAUEIaiIBIApJDQALDAILQoCAgICQICEMAkACQAJAAkACQAJAAkACQAJAIActANjMQEECaw4DAAECBwsgAUEBaiIEIAVJDQJCACEMDAYLIAFBAWoiBCAFSQ0CQgAhDAwFCyABQQFqIgQgBUkNAkIAIQwMBAsgAyAEaiwAAEG/f0oNAwwECyADIARqLAAAIQQCQAJAIAdB4AFrIgcEQCAHQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgCUEfakH/AXFBDE8EQCAJQX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyADIARqLAAAIQQCQAJAAkACQCAHQfABaw4FAQAAAAIACyAJQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyAFIAFBAmoiBE0EQEIAIQwMAgsgAyAEaiwAAEG/f0oEQEKAgICAkMAAIQwMAgtCACEMIAFBA2oiBCAFTw0BIAMgBGosAABBQEgNAkKAgICAkOAAIQwMAQtCACEMIAFBAmoiBCAFTw0AIAMgBGosAABBv39MDQFCgICAgJDAACEMCyAGIAwgAa2ENwIEIAZBATYCAAwGCyAEQQFqIQEMAgsgAUEBaiEBDAELIAEgBU8NAANAIAEgA2osAABBAEgNASAFIAFBAWoiAUcNAAsMAgsgASAFSQ0ACwsgBiAFNgIIIAYgAzYCBCAGQQA2AgALAkACQCACKAJERQRAIAIgBTYCPCACIAM2AjggAiAINgI0DAELIAIgAikCSDcCPCACIAU2AjggAiADNgI0IAIgCDYCMCAIQYCAgIB4Rw0BCyAAIAIoAjw2AgggACACKQI0NwIADAQLIABBgICAgHg2AgAgAkEwahD7AQwDCyACQRhqIAEQbCACLQAYRQ0AAkACQAJAAkACQAJAAkAgAi0AGSIDQe4Aaw4IAQcHBwIHAwYACwJAAkAgA0HiAGsOBQUICAgBAAsgA0EiRiADQS9GciADQdwARnINBQwHC0EMIQMMBAtBCiEDDAMLQQ0hAwwCC0EJIQMMAQtBCCEDCyACQSRqIAMQnwEMAgsgAkEQaiABEDkgAigCEEEBcUUNAAJAIAIoAhQiA0GAeHFBgLADRgRAIAFB3AAQaUUNASABQfUAEGlFDQEgAkEIaiABEDkgAigCCEEBcUUNAiACKAIMIgVBgHhxQYC4A0cNAiADQQp0IAVqQYC4/xprIQMLIAJBADYCMCADQYCwA3NBgIDEAGtBgJC8f0kEQAwCCyACIAMgAkEwahBxIAJBJGogAigCACIDIAIoAgQgA2oQ6wEMAgsLCyAAQYCAgIB4NgIAIAJBJGoQ+wELIAJB0ABqJAAL+wMBCH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIFDQFBAAwCCyAAIAIgA0EBdiABKAIMEQIADAELIAEoAgwhCgNAIAJBAWohBAJAAkACQAJAIAXAQQBIBEAgBUH/AXEiCEGAAUYNASAIQcABRw0DIAYgATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQQARQ0CQQEMBgsgACAEIAVB/wFxIgIgChECAEUEQCACIARqIQIMBAtBAQwFCyAAIAJBA2oiBCACLwABIgIgChECAEUEQCACIARqIQIMAwtBAQwECyAHQQFqIQcgBCECDAELQaCAgIAGIQsgBUEBcQRAIAIoAAEhCyACQQVqIQQLQQAhCAJ/IAVBAnFFBEBBACEJIAQMAQsgBC8AACEJIARBAmoLIQIgBUEEcQR/IAIvAAAhCCACQQJqBSACCyEEIAVBCHEEfyAELwAAIQcgBEECagUgBAshAiAFQRBxBEAgAyAJQQN0ai8BBCEJCyAGIAVBIHEEfyADIAhBA3RqLwEEBSAICzsBDiAGIAk7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdBA3RqIgQoAgAgBiAEKAIEEQQADQIaIAdBAWohBwsgAi0AACIFDQALQQALIAZBEGokAAu2BAIDfwN+IwBBgAFrIgMkACADQgA3AyAgA0IANwMYIANCADcDECADQgA3AwggAyAANgIsIAMgAS0AQCIErSIGQjuGIAApAyAiB0IJhiIIIAZCA4aEIgZCgP4Dg0IohoQgBkKAgPwHg0IYhiAGQoCAgPgPg0IIhoSEIAdCAYZCgICA+A+DIAdCD4hCgID8B4OEIAdCH4hCgP4DgyAIQjiIhISENwMwIAEgBGpBgAE6AAAgAyADQSxqNgI8IAMgBEEBaiABQcCJwAAQmQEgAygCBCEAIAMoAgAhBQNAIAAEQCAFQQA6AAAgAEEBayEAIAVBAWohBQwBCwsCQCAEQThxQThHBEAgAUE4akEIIANBMGpBCEHQicAAELABIANBPGogARDqAQwBCyADQTxqIgAgARDqASADQUBrIgRBAEHAAPwLACADQfgAakEIIANBMGpBCEHgicAAELABIAAgBBDqAQtBACEAIAFBADoAQCADQqCAgIDAADcCTCADQQA2AkQgAyADQShqNgJAIAMgA0EIajYCSCADKAIsIQEgA0FAayIEKAIQIgVFBEBBoIjAABD6AQALQQggBCgCDCAFbiIEIARBCE8bQQJ0IQQDQCAAIARHBEAgAyAAIAFqKAIAIgVB/4H8B3FBCHggBUEYeEH/gfwHcXI2AkAgA0EIaiAAakEEIANBQGtBBEGwxcAAELABIABBBGohAAwBCwsgAkEgIANBCGpBIEGwiMAAELABIANBgAFqJAAL/wcCCX8DfiMAQSBrIgMkACADQQhqIAEQPgJAIAMtAAhFBEAgAEEGOgAADAELAkACQAJAAkACQAJAAkAgAy0ACSIIIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCAIQTBrQf8BcUEKTw0JCyADQRBqIQUjAEEwayIEJAAgAUEtEGkhCSABKAIIIQICQCABEFNFBEAgBUIDNwMADAELAkAgASgCCCIGIAJJIAYgASgCBCIHS3JFBEAgASgCACACaiEHIAYgAmsiBkEBTQ0BIActAABBMEcNASAFQgM3AwAMAgsgAiAGIAdB7JDAABAXAAsDQAJAIAshDCAGIgJFDQAgBEEgaiAMQgAQQiAEKQMoQgBSDQAgAkEBayEGIActAAAhCiAHQQFqIQcgBCkDICINIApBMGutQv8Bg3wiCyANWg0BCwsCQAJAIAFBLhBpRQRAIARBGGogARCWASAELQAYBEAgBC0AGUEgckHlAEYNAgsgAkUgCXFFBEBCAkIAIAIbIQsMAwtCAUICIAxCAX1CAFkbIQtCACAMfSEMDAILIAEQU0UEQCAFQgM3AwAMAwsgBEEQaiABEJYBQgIhCyAELQAQBEAgBC0AEUEgckHlAEYNAQsMAQsgASABKAIIIgJBAWo2AgggBEEIaiABEJYBAkAgBC0ACEUNAAJAIAQtAAlBK2sOAwABAAELIAEgAkECajYCCAsgARBTBEBCAiELDAELIAVCAzcDAAwBCyAFIAw3AwggBSALNwMACyAEQTBqJAAgAykDECILQgNRDQkgAykDGCEMQQIhAgwMCyABQbeQwABBBBBzRQ0JQQAhAgwLCyABQbuQwABBBBBzRQ0BQQEhCEEBIQIMCgsgAUG/kMAAQQUQc0UNAUEBIQJBACEIDAkLIABBBjoAAAwJCyAAQQY6AAAMCAsgA0EQaiABEAogAygCECIBQYCAgIB4Rg0FIAMpAhQhC0EDIQIMBgsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakHEkMAAECtFBEAgAEEGOgAAIAIQ/gEMBwsgAygCECEBIAMpAhQhC0EEIQIMBQsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakHYkMAAEA9FBEAgAEEGOgAAIAIQ/AEMBgsgAygCECEBIAMpAhQhC0EFIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgDDcDECAAIAs3AwggACABNgIEIAAgCDoAASAAIAI6AAALIANBIGokAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQejSwAAoAgBGBEAgAigCBEEDcUEDRw0BQeDSwAAgATYCACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQEwsCQAJAAkAgAigCBCIDQQJxRQRAIAJB7NLAACgCAEYNAiACQejSwAAoAgBGDQMgAiADQXhxIgIQEyAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEHo0sAAKAIARw0BQeDSwAAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAgARAVDwsCQEHY0sAAKAIAIgJBASABQQN2dCIDcUUEQEHY0sAAIAIgA3I2AgAgAUH4AXFB0NDAAGoiASECDAELIAFB+AFxIgFB0NDAAGohAiABQdjQwABqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQezSwAAgADYCAEHk0sAAQeTSwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEHo0sAAKAIARw0BQeDSwABBADYCAEHo0sAAQQA2AgAPC0Ho0sAAIAA2AgBB4NLAAEHg0sAAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsLvwQCB38BfiMAQUBqIgMkACAAQfsAEE0EQCADQQA2AiQgA0KAgICAwAA3AhwgA0EYaiAAED4CQCADLQAYRQ0AAkAgAy0AGUH9AEYNACACKAIQIQcDQCADQRBqIAAQPiADLQAQRQ0CIAMtABFBIkcNAiADQTRqIAAQCiADKAI0IgJBgICAgHhGDQIgAyADKQI4Igo3AiwgAyACNgIoAkACQCADKAIkIgJBgAJGDQAgAkEMbCECIAMoAiAiBUEEaiEEIANBKGoiBigCBCEIIAYoAgghBgNAAkAgAkUNACAGIAUoAghGBEAgBCgCACAIIAYQ9gENAQsgBUEMaiEFIAJBDGshAiAEQQxqIQQMAQsLIAINACADQQhqIAAQPiADLQAIRQ0AIAMtAAlBOkcNACAAIAAoAghBAWo2AgggASAAIAqnIApCIIinIAcRBgBFDQAgAygCJCIFIAMoAhxGBEAjAEEQayICJAAgAkEIaiADQRxqIgQgBCgCAEEBQQRBDBAqIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ2wEACyACQRBqJAALIAMoAiAgBUEMbGoiAiADKAIwNgIIIAIgAykCKDcCACADIAVBAWo2AiQgAyAAED4gAy0AAEUNBCADLQABIgJBLEYNASACQf0ARw0EDAMLIANBKGoQ+wEMAwsgACAAKAIIQQFqNgIIDAALAAtBASEJIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBHGoQ/wELIANBQGskACAJC4gDAQd/IwBBMGsiAyQAAkAgAkEDcUEBRgRAIABBgICAgHg2AgAMAQsgA0EIaiACQQJ2QQNsQQJqQQFBARBiIANBADYCHCADIAMpAwg3AhRBl4zAAC0AACEIQZiMwAAtAAAhCQNAAkACQAJAIAIEQCABLQAAIgVBwQBrIgZB/wFxQRpJDQMgBUHhAGtB/wFxQRpJDQICQCAFQTBrQf8BcUEKTwRAIAUgCEcNAUE+IQYMBQsgBUEEaiEGDAQLIAUgCUcNAUE/IQYMAwsgAyADKAIcNgIoIAMgAykCFDcDICAEBEAgAEGAgICAeDYCACADQSBqEPsBDAULIAAgAygCHDYCCCAAIAMpAhQ3AgAMBAsgAEGAgICAeDYCACADQRRqEPsBDAMLIAVBxwBrIQYLIAZB/wFxIARBBnRyIQQCQCAHQQFNBEAgB0EGaiEHDAELIANBFGogBCAHQQJrIgd2EJ8BIARBfyAHdEF/c3EhBAsgAUEBaiEBIAJBAWshAgwACwALIANBMGokAAvOAwIDfwF+IwBBgAFrIgQkACAEQQxqIgUgAiADQS8QxQEgBEEBNgI0IARBOGoiAiAFECACQAJAIAQoAjgiA0GAgICAeEYNACAEIAQpAjwiBzcCdCAEIAM2AnAgACABIAenIAdCIIinEEYhACAEQfAAahD7ASAARQ0AIAIgBUEs/AoAAANAIARB5ABqIARBOGoQICAEKAJkQYCAgIB4Rg0CIAQgBCgCbCIDNgJ4IAQgBCkCZDcDcEEBIQUCQCADQQVPDQAgBEHwAGpByJ7AABCuAUUEQCAEKAJ0IwBBEGsiAiQAIAJBADYCDCACQTAgAkEMahBxIAMgAigCACACKAIEEMsBIAJBEGokAA0BIAQoAnghAwtBACEBIAQoAnQhAgNAIANBAEchBSADRQ0BIAItAABBMGtB/wFxIgYgAUEKbGohASADQQFrIQMgAkEBaiECIAZBCkkNAAsLAkACQAJAAkAgAC0AAEEEaw4CAQADCyAAKAIIIAAoAgwgBCgCdCAEKAJ4EEYiAA0BDAILIAUNASABIAAoAgxPDQEgACgCCCABQRhsaiEACyAEQfAAahD7AQwBCwsgBEHwAGoQ+wELQQAhAAsgBEGAAWokACAAC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAIiAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQDgwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEEA4LIABBCGohAwsgAwuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEHAz8AAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtB2NLAAEHY0sAAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0Hc0sAAQdzSwAAoAgBBfiAAKAIcd3E2AgALyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQaw0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBkIjAABAXAAsgACAUNgIAIApBEGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFBgICACE8NABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QcDPwABqIQRBASACdCIDQdzSwAAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEHc0sAAQdzSwAAoAgAgA3I2AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggL81UCEX8FfiMAQZACayILJAAgCyACNgIEIAsgATYCACALIAM2AgggCyAENgIMIAsgBTYCECALIAY2AhQgCyAHNgIYIAsgCDYCHCALIAk5AyAgCyAANgKIAiALIAtBjwJqIgA2AoQCIAsgADYCgAIgCyAANgL8ASALIAtBIGo2AvgBIAsgADYC9AEgCyAANgLwASALIAtBHGo2AuwBIAsgC0EYajYC6AEgCyAANgLkASALIAA2AuABIAsgC0EUajYC3AEgCyALQRBqNgLYASALIAA2AtQBIAsgADYC0AEgCyALQQxqNgLMASALIAtBCGo2AsgBIAsgADYCxAEgCyAANgLAASALIAtBBGo2ArwBIAsgCzYCuAEgC0EoaiEZIwBBwAFrIgYkAAJAAkAgC0G4AWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkHKisAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZBr4rAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQgQEgBkEANgJIIAYgBigCNCIENgJQIAYgBigCMCIFNgJMIAZB1ABqIAAoAhAoAgAgACgCFCgCABBRIAZB4ABqIAAoAiAoAgAgACgCJCgCABBRIAZB7ABqIAAoAjAoAgAgACgCNCgCABCeAQJAAkAgAQ0AIAYoAlRBgYCAgHhGDQAgBigCYEGBgICAeEYNACAGKAJsQYCAgIB4Rg0AIAYgBikCVDcDkAEgBiAGKAJcNgKYASAGIAYpAmA3A6ABIAYgBigCaDYCqAEgBiAGKAJ0NgK4ASAGIAYpAmw3A7ABIAAoAkArAwAhCSAGIAYoAkQ2AoABIAYgBikCPDcDeCAGIAQ2AowBIAYgBTYCiAEgBigCeCECIAZBkAFqIQcgBkGgAWohCiAGQbABaiENIwBBwAFrIggkAAJAIAIoAgBBgICAgHhHBEAgAi8BGCEQIAhBkAFqIQAjAEEgayIBJAAgAigCBCEVIAEgAigCCCIPQQRBFBBiIAEoAgAiDiAPQf////8DcSIDIAMgDksbIQxBACEDIAEoAgQhEQNAIAwEQCABQQxqIAMgFWoQ1AEgAyARaiITIAEoAhw2AhAgEyABKQIUNwIIIBMgASkCDDcCACAMQQFrIQwgA0EUaiEDDAELCyAAIA82AgggACARNgIEIAAgDjYCACABQSBqJAAgCEGcAWogAkEMahBeIAggEDsBqAEjAEEgayIBJAAgASAFIAQQRQJAAkAgASgCBCICIAEoAggiA0HlrMAAQQQQwgFFBEAgAiADQceuwABBBxDCAUUNAQsgCEIANwOIASAIQoCAgIDAADcDgAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEPsBDAELIAFBAzYCDCAIQQhqIAFBDGoQpAEgCEKAgICAwAA3A4ABIAhCADcDiAEgCEICNwMAIAEQ+wEgABDwAQsgAUEgaiQAIBkgCEGQAfwKAAAgDRD7ASAKEN4BIAcQ3gEMAQsgCEGQAWoiEyAFIAQQUCAIIAcoAgg2ArABIAggBykCADcCqAEgCCAKKQIANwK0ASAIIAooAgg2ArwBIAggDSkCADcCnAEgCCANKAIINgKkASAJ/AYhHSMAQbAEayIEJAAgBEEIaiATQRhqEMgBIAJBBGooAgAiGEEIaiINIQIgBCgCCCEDIAQoAgwhCiMAQSBrIgAkACAEQeABaiIFAn8gBQJ/IAIoAkhBgICAgHhHBEAgAwRAIAIoAlBBDGwhASACKAJMIQcDQEEEIAFFDQQaIAAgBzYCCCAAIAMgChAzIAAgACkDADcCFCABQQxrIQEgB0EMaiEHIABBCGoiAiAAQRRqIgwQowFFDQALQQRBKBDMASEBIAIgAyAKEFAgDEGusMAAQQYQUCABQRs2AgQgAUGTsMAANgIAIAFBBDYCGCABQbSwwAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEMwBIQEgAEEUakGusMAAQQYQUCABQQQ2AgQgAUG0sMAANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQzAEhASAAQRRqQbijwABBARBQIAFBGzYCBCABQZOwwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAUgATYCCCAFIAI2AgRBFQs2AgAgAEEgaiQAAkACQAJAIAQoAuABQRVHBEAgBCAEKALwATYCMCAEIAQpAugBNwMoIAQgBCkC4AE3AyAgCEEIaiAEQSBqEKQBIAhCgICAgMAANwOAASAIQgA3A4gBIAhCAjcDAAwBCyAEIAQoAuwBNgIYIAQgBCkC5AE3AxAgBEG8AWogEygCBCATKAIIEEUCQAJAIAQoAsABIgAgBCgCxAEiAUHHrsAAQQcQwgFFBEAgACABQeWswABBBBDCAQ0BIARBAzYC4AEgBEFAayAEQeABahCkASAEQgI3AzgMAgsgBEEFNgKMAiAEQbyywAA2AogCIARBFjYChAIgBEGmssAANgKAAiAEQTI2AvwBIARB9LHAADYC+AEgBEEcNgL0ASAEQdixwAA2AvABIARBDTYC7AEgBEHLscAANgLoASAEQRw2AuQBIARBr7HAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIFIARB4AFqIgBrQQR2QQRBFBBiIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiIKIAUgACIBa0EEdiICELYBIAopAgQhGyAHIApBCGo2AgQgByAbQiCJNwIIIwBBIGsiDSQAIAdBBGoiDCgCBCEKIAwoAgAgACAFRwRAIAwoAgggCkEUbGohBSACIApqIQogDUEUaiEMA0AgASkCACEbIAwgAUEIaigCACABQQxqKAIAEFAgBSAbNwIAIAUgDSkCFDcCCCAFIA0oAhw2AhAgAUEQaiEBIAVBFGohBSACQQFrIgINAAsLIAo2AgAgDUEgaiQAIAdBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACAAQcWewABBARBQIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQKiAAKAIIIgFBgYCAgHhHBEAgASAAKAIMENsBAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABBvK/AADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEDIBgoAoABIQxBACEFIwBBkAFrIgIkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBMoAhQiAUGAgARNBEAgAkEYaiATQSRqEMgBAkAgAigCGCIKRQ0AIAJBEGogCiACKAIcEB4gAkHgAGogAigCECACKAIUQSAQSiACKAJgIgBFDQAgAigCbCEHIAIoAmghDyAAIAIoAmRBjbDAAEEGEDoEQCACQQhqIA8gBxAeIAIoAgwhCiACKAIIIQULAkAgBUUgCkVyDQAgBSAKQaexwABBBRDLAQ0AIAUgCkGsscAAQQMQywFFDQELQQAhBQsgAiATKAIQIgcgARAeQQIhACACKAIERQ0GIAJB4ABqIAcgARAvAn8CQCACLQBgIgFBBUcEQCAFRQ0BQRUhB0ECDAILIAIgAigCbDYCWCACIAIpAmQ3A1AgAiACQdAAajYCfCAMLQCDAUUNByACQeAAaiACQfwAakG4sMAAQQsQNyACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIAAEQCACQTRqIAAgARBQQQAhAAwECyACQeAAaiACQfwAakGsrMAAQQ0QNyACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIABFDQcgAkE0aiAAIAEQUEEBIQAMAwsgAkE0NgI0QQEhB0HIsMAACyEAIAIgBzYCLCABQQVPDQQgAkHgAGoQoQEMBAsgA0ECNgIADAwLIAIgADYCMEEVIQcMAQsgAiACKQJsNwI4IAIgATYCNCACIAA2AjAgAiAHNgIsCyACQdAAahD8AQsgB0EVRg0BDAILIAJB4ABqIAJB/ABqQcOwwABBBRA3IAIoAmghASACKAJkIQAgAigCYCIHQRVHBEAgAiACKQJsNwI4IAIgATYCNCACQdAAahD8AQwCCwJAIAAEQCACQYABaiAMIAAgARCXAQwBCyACQQI2AoABCyACIAIpAogBNwI4IAIgAikCgAE3AjAgAkHQAGoQ/AEgAigCMCEACyACIAIpAjQ3A0AgAiACKAI8NgJIIABBAkYNASACIAIoAkg2AmwgAiACKQNANwJkIAIgADYCYAwCCyACIAIoAjwiATYCKCACIAIpAjQiGzcDICADIAE2AhAgAyAbNwIIIAMgADYCBCADIAc2AgAMBQsgBUUNASACQeAAaiAMIAUgChCXAQsgAigCbCIBQYDAAEsNAQJAAkAgAigCYEUEQEEAIQAgAigCaCEFQQAhBwNAIAAgAUcEQCAAIAVqIQogAEEBaiEAIAcgCi0AAEEuRmohBwwBCwsgB0ECRg0BIANBGzYCCCADQcqvwAA2AgQgA0EBNgIADAULIAIgAigCaCIANgIsIAIgACABajYCMCACQSxqIgUoAgAhACAFKAIEIQcDQCAHIAAiAUcEQCAFIABBAWoiADYCACABLQAAQf8Aa0H/AXFBoQFLDQELCyABIAdHDQELIAMgAikCaDcCDCADIAIpAmA3AgQgA0EVNgIADAQLIANBKDYCCCADQeWvwAA2AgQgA0EBNgIADAILIANBADYCAAwCCyADQQI2AgALIAJB5ABqEPsBCyACQZABaiQAIAQpAuwBIRsgBCgC6AEhAiAEKALkASEAAkACQCAEKALgASIFQRVHDQACQAJAIABBAUYEQCAEIAI2AsgDIAQgGzcCzAMgG6chCiAbQiCIpyEMIwBB8ABrIgAkACANKAJUIQEgAEERNgIoIABBmqzAADYCJCAAQRM2AiACQCABQYCAgIB4RgRAIAMgAEEoaiIBKAIINgIUIAMgASkCADcCDCADQZqswAA2AgggA0KAgICAuAI3AgAMAQsgAEEgahDaASAAQQhqIA1B7ABqEMgBIAAoAgwhByAAKAIIIQEgAEENNgIoIABBj6TAADYCJCAAQRM2AiAgAUUEQCADQQ02AgwgA0GPpMAANgIIIANCgICAgLgCNwIADAELIABBIGoiBRDaASAAIAc2AjQgACABNgIwIABBATYCLCAAQauswAA2AiggACANKQNYNwIgIABByABqIgcgBUEDEAQgAEEUaiIPIAAoAkwgACgCUEGZi8AAQQEQGCAHEPsBIABBADYCKCAAQoCAgIAQNwIgIAUQ7gFBrKzAAEENEOABIAogDBDnARD9ASIBKQIAIRsgAUEANgIAIAAgASgCCDYCQCAAIBs3AzggAEEANgIoIABBATYCJCABEPsBIABBGTYCVCAAQbmswAA2AlAgACANKQJkNwJIIAMgB0ECEARBBEEoEMwBIQEgACAAKQIYNwIoIABBBjYCJCAAQdKswAA2AiAgAEHYAGogBUECEAQgAEHkAGpB44/AAEEQEFAgAUENNgIEIAFB2KzAADYCACABQQw2AhggAUHzj8AANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCADQQI2AhQgAyABNgIQIANBAjYCDCADIAApAzg3AhggAyAAKAJANgIgIANBBDYCKCADQeWswAA2AiQgDxD7AQsgAEHwAGokACAEIAQpAuwBNwOIAyAEIAQoAvQBNgKQAyAEKALoASEAIAQoAuQBIQUgBCgC4AEiB0GAgICAeEcNASAEKAKIAyECIAQpAowDIRsgBEHIA2oQ+wEMAwsgBCACNgLwAiAEIBs3AvQCIAwoAnAiASAMKAJ0aiECIwBBIGsiACQAIABBCGogAiABayIHQQRBCBBiIABBADYCHCAAIAApAwg3AhQjAEEQayIDJAAgAEEUaiIFIAcQtwEgBSkCBCEfIAMgBUEIajYCBCADIB9CIIk3AgggA0EEaiIKKAIEIQUgCigCACABIAJHBH8gAiAFaiABayAKKAIIIAVBA3RqIQIDQCABLQAAIQUgAkEEakEFNgIAIAIgBRDpATYCACABQQFqIQEgAkEIaiECIAdBAWsiBw0ACwUgBQs2AgAgA0EQaiQAIARB/AJqIgEgACgCHDYCCCABIAApAhQ3AgAgAEEgaiQAIARB4AFqIQMgBCgCgAMhECAEKAKEAyEVQQAhCiMAQbACayICJAAgAkEoaiIAIBunIBtCIIinQS4QxQEgAkEgaiAAECQgAigCJCEPIAIoAiAhByACQRhqIAAQJCACKAIcIQ4gAigCGCEMIAJBEGogABAkIAIoAhQhFiACKAIQIREgAkEIaiAAECQCQAJAIBFFIAdFIAxFcnJFBEAgAigCCEUNAQsgA0EjNgIMIANBpo/AADYCCCADQoCAgICIgICAgH83AgAMAQsgAkH4AWoiACAHIA8QECACQRc2AmQgAkGrjcAANgJgQYCAgIB4IQEgAkGAgICAeDYCXCACQbgBaiAAIAJB3ABqEGYgAiACKQK8ATcDoAIgAiACKALEATYCqAIgAigCuAFBAUYEQCADIAIoAqgCNgIMIAMgAikDoAI3AgQgA0GAgICAeDYCAAwBCyACIAIoAqgCIgU2AlggAiACKQOgAjcDUAJAIAVBgIAQSw0AIAIoAlQhACACQgA3AsABIAIgBTYCvAEgAiAANgK4ASACQYCAgIB4NgKQAiACQYCAgIB4NgKgAiACQQA6AKgBIAIgAkGoAWo2AoACIAIgAkGgAmoiEjYC/AEgAiACQZACajYC+AECQCACQbgBaiIAQfyMwABBAyACQfgBakGUjcAAEIcBRQ0AIAAQnAFFDQAgAigCkAIiAEGAgICAeEYEQCASEN4BDAILIAItAKgBIQogAikCpAIhHCACKAKgAiEFIAIpApQCIR4gACEBDAELIAJBoAJqEN4BIAJBkAJqEN4BCyACQSc2AsABIAJBwo3AADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIRwgA0EnNgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAJBuAFqIhIQ3wEgAiAKOgB0IAIgHDcCbCACIAU2AmggAiAeNwJgIAIgATYCXCACIB43ArgBIAJB6ABqIQACQCASIBAgFRBYRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHEL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIAwgDhAQIAJBGDYCgAIgAkHpjcAANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEGYgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgABA9IAJBHDYCwAEgAkGBjsAANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHDcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAcNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDfASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASARIBYQECACQRo2AoACIAJBnY7AADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGYgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpBvI7AABCuARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDDYCiAIgAkEBNgKEAiACQcSOwAA2AoACIAIgDzYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEAQgAiACKAKwATYC5AEgAiACKQOoATcC3AEgAiACKQOYATcD6AEgAiACKAKgATYC8AEgAyACQbgBakE8/AoAACACQYgBahD7ASACQdAAahD7AQwICyADQTU2AgwgA0HFjsAANgIIIANCgICAgIiAgICAfzcCACACQagBahD7AQsgAkGYAWoQ/AELIAJBiAFqEPsBCyACQfgAahD7ASACQdwAahD7AQwDCyADQSw2AgwgA0H6jsAANgIIIANCgICAgIiAgICAfzcCAAsgAkHcAGoQ+wEgAigCaCEFCyAFQYCAgIB4Rg0AIAAQ+wELIAJB0ABqEPsBCyACQbACaiQAIAQoAuwBIQIgBCgC5AEhAwJAAkAgBCgC4AEiAUGAgICAeEYEQEEGIQUgBCgC6AEhAAJAAkACQEEBIANBgICAgHhzIANBAE4bQQFrDgIBAgALQQEhBQwBCyACrSEbQQUhBSAAIQIgAyEACyAAIQEMAQsgBCgC6AEhFSAEKQLwASEbIARBoANqIhYgBEH4AWpBJPwKAAAgBCAbNwKYAyAEIAI2ApQDIAQgFTYCkAMgBCADNgKMAyAEIAE2AogDIARB4AFqIQcgBCgCvAMhDCAEKALAAyEPIwBBwAFrIgUkACANKAJ4IQ4gBUHoAGogDCAPQdWUwAAQLgJAIAUoAmhBAUYEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwBCyAFKQN4IRsgBSgCcCAFQRo2AnAgBUGcn8AANgJsIAVBCDYCaEUEQCAHIAUpAmw3AgwgB0EINgIIIAdCAjcDAAwBCyAFQegAaiIAENoBAkACQEL///////////8AIBtCPHwiHCAbIBxVGyAdVQRAIAAgDCAPQbafwAAQLiAFKAJoBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMBAsgHUI8fCEcIAUpA3BCAVEEQCAFKQN4IBxVDQILIAVB6ABqIAwgD0HSlMAAEC4gBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLAkACQAJAIAUpA3BCAVEEQCAFKQN4IBxVDQELIAVB4ABqIAwgD0G5n8AAQQMQRhByIAUoAmAiAEUNASAFKAJkIQIgDi0AgQFFBEAgBUHYAGogACACEDMgBSgCWCIARQ0CIAUoAlwhAgsgBSAANgJoIAUgAjYCbCANKAIsQQxsIQAgDSgCKCECA0AgAEUNAiAAQQxrIQAgBSACNgK0ASACQQxqIQIgBUG0AWogBUHoAGoQowFFDQALQY2IwAAgDigCeCIQIA4oAnwiEhCAAQ0CDAULIAdCAjcDACAHQQo2AggMBQsgB0ICNwMAIAdBCzYCCAwECyAMIA9BvJ/AAEEDEEZBv5/AAEESEChFDQIgB0ICNwMAIAdBEDYCCAwDCyAHQgI3AwAgB0EJNgIIDAILIAdCAjcDACAHQQo2AggMAQtBAyERQcOUwAAhCgJAAkBB0Z/AACAQIBIQgAFFDQAgBUHQAGogDCAPQdKfwABBCRBGEHIgBSgCUCIARQ0BIAAgBSgCVCICQYSVwABBAhDCAUUEQCAAIAJB25/AAEEGEMIBRQ0CIA0tAH1BAXFFDQJBCSERQeGfwAAhCgwBCyANLQB8RQ0BCwJAAkAgDSgCOCIABEAgAEEMbCECIA0oAjQhAANAIAJFDQIgAkEMayECIAAoAgghFCAAKAIEIRcgAEEMaiEAIAwgDyAKIBEQRiAXIBQQKEUNAAsLQeqfwAAgECASEIABRQ0BIAwgD0Hrn8AAQQMQRiIARQ0BIAVByABqIAAQxwECQCAFKAJIIgpFDQAgBSgCTCEUQQQgDSgCTCANKAJIQYCAgIB4RiIAGyECQQAgDSgCUCAAG0EMbCEAA0AgAEUNASAFIAI2ArQBIAVBQGsgCiAUEDMgBSAFKQNANwJoIABBDGshACACQQxqIQIgBUG0AWogBUHoAGoQowFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIAwgD0GvlMAAQQMQRiIARQ0AIAAtAABBA0cNACAFQThqIAAoAgggACgCDBAeIAUoAjxFDQAgBUGAAWogAEEEahBeAkAgDigCACIARQRAIAVBgICAgHg2AowBDAELIA4oAgRBA3QhAiAOKAIMIRcgDigCCCEaAkADQEEAIQogAkUNAQJAAkAgDCAPIAAoAgAgACgCBBARIhRFDQAgBUEwaiAUEMcBIAUoAjAiFEUNACAFKAI0IhENAQsgAEEIaiEAIAJBCGshAgwBCwsgFEUNACAMIA8gGiAXEBEiAEUNACAALQAAQQFHDQAgFEEAIAAtAAEbIQoLIAVBjAFqIAogERDQAQsgBSAFKAKUATYCoAEgBSAFKQKMATcDmAECQAJAQe6fwAAgECASEIABRQ0AAkACQAJAAkAgDCAPQe+fwABBGhBGIgAEQCAFQShqIAAQxgEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAkGJoMAAQQoQRhByIAUoAiAiCg0CDAMLIA4oAgANBQwDCyAOKAIADQQMAgsgBUHoAGogCiAFKAIkEAYgBSkDcCEcIAUoAmggBUEuNgJwIAVBk6DAADYCbCAFQQg2AmhFBEAgBSkCbCEbIAcgBSkCdDcCFCAHIBs3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDaASAcIB1VBEAgHCAbIBsgHFUbIRsMAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQZaewABBFhBGIgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABBrJ7AAEEMEHciAkUNACACQbiewABBDRB3IgJFDQAgBUEQaiACEMcBIAVB6ABqIAUoAhAiAkEAIAUoAhQiChtBACACGyAKENABIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAEEYaiEAIA5BGGshDgwACwALIAVBgICAgHg2AmgLIAVBmAFqEN4BIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgDSgCQCIAIA0oAkRBGGxqIRQDQAJAAkAgACAURwRAIABBGGohAiAAKAIUQQxsIQ4gACgCECEKA0AgDkUNAyAMIA8gCigCBCAKKAIIEBEiEARAIBAtAAAiEg0DCyAKQQxqIQogDkEMayEODAALAAsgByAFKAKIATYCGCAHIAUpAoABNwIQIAcgBSkDmAE3AiggByAFKAKgATYCMCAHIAUpAqgBNwIcIAcgBSgCsAE2AiQgByAbNwMIIAdCATcDAAwGCyAFQQA2ArwBIAVCgICAgBA3ArQBQYCAgIB4IRECQAJAAkACQAJAAkACQAJAIBJBAWsOBAEDAgAHCyAQKAIMIgpBIU8NBiAKQRhsIQogBUG0AWoQ7wEhEiAQKAIIIQ4DQCAKRQ0EIAVBCGogDhDHASAFKAIIIhBFDQcgBSgCDCIXQYACSw0HIBIgECAXEOcBGiAKQRhrIQogDkEYaiEODAALAAsgBUG0AWogEC0AARDZARoMBAsgECgCDCIKQYECTw0EIAVBtAFqIBAoAgggChDnARoMAwsgBUHoAGogEBBwIAUoAmgNAQwDCyASEIACGgwBCyAFQbQBaiAFKQNwEKIBGgsgBSkCuAEhHSAFQQA2ArwBIAUoArQBIREgBUKAgICAEDcCtAELIAVBtAFqEPsBIBFBgICAgHhHBEAgBUHoAGogABBeIAUoArABIgogBSgCqAFGBEAgBUGoAWoQeAsgBSgCrAEgCkEYbGoiACAFKAJwNgIIIAAgBSkCaDcCACAAIB03AhAgACARNgIMIAUgCkEBajYCsAEMAQsgB0HsADYCECAHQcGgwAA2AgwgB0EINgIIIAdCAjcDACAFQagBahCBAgwCCyACIQAMAAsACyAFQZgBahDeASAFQYABahD7AQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0GtocAANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEG4A2ohCiAEQZQDaiEHAkAgBCkD4AEiHEICUQRAIAQpAvQBIRsgBCgC8AEhAiAEKALsASEAIAQoAugBIQUgBEGIA2oQ+wEgACEBDAELIAQgBCkC/AE3AuQDIAQgBCkChAI3AuwDIAQgBCkCjAI3AvQDIAQgBCgClAI2AvwDIAQgBCkC9AEiHjcC3AMgBCAEKQLsATcC1AMgBCAEKALoASIANgLQAyAEIBw3A8gDAn9BACADIBVB7IzAAEEFEMIBDQAaQQEgAyAVQc+ywABBBRDCAQ0AGkECQQMgAyAVQbeOwABBBRDCARsLIAQgBCgCkAM2AuwBIAQgBCkCiAM3AuQBQQUhBSAEQQU2AuABQf8BcSICQQNHDQIgBC0A5AEhACAEQcgDahDSASAVrSEbIAMhAgsgBxD7ASAWEPsBIARBrANqEPsBIAoQ/AELIARB/AJqEIICIARB8AJqEPsBDAQLIARB4AFqENoBIAQgBCkCrAM3AqQEIAQgBCgCtAM2AqwEIAQgBCkD4AM3A8gBIAQgBCkD6AM3A9ABIAQgBCgC8AM2AtgBIAQgBykCADcCjAQgBCAHKAIINgKUBCAEIBYpAgA3A5gEIAQgFigCCDYCoAQgBCkC1AMhHSAEIAQoAvwDNgKIBCAEIAQpAvQDNwOABCANKAIAIQEgChD8AUIDQgQgAUECRhshGyAEQfwCahCCAiAEQfACahD7ASAcpyEHIB6nIQFBACEFDAELIAQgBCgCiAI2AtgBIAQgBCkCgAI3A9ABIAQgBCkC+AE3A8gBIAQpA4gDIR0gBCgCkAMhASAEQcgDahD7AUIGIRsLIAQgATYCVCAEIB03AkwgBCAANgJIIAQgBTYCRCAEIAc2AkAgBCAbNwM4IAQgBCkDyAE3A1ggBCAEKQPQATcDYCAEIAQoAtgBNgJoIARB7ABqIARBgARqQTD8CgAAIARBgICAgHg2AqABIAQgAjoAnAEMAgsgACEBCyAEIBs3AuwBIAQgAjYC6AEgBCAFNgLgASAEIAFBgH5xIABB/wFxcjYC5AEgBEFAayAEQeABahCkASAEQgI3AzgLIARBvAFqEPsBIBggGCgCAEEBaiIANgIAIABFDQEgBCAYNgLsAiAEIAQpAxA3A+ACIAQgBCgCGDYC6AIgBEHgAWogBEE4akGAAfwKAAAgBCkD4AFCAlEEQCAEQegBaiAEKALkAiIAIAAgBCgC6AJBFGxqEG0LIAggBEHgAWpBkAH8CgAACyAEQbAEaiQADAELAAsgExD7ASAIQagBahDeASAIQbQBahDeASAIQZwBahD7ASAZIAhBkAH8CgAACyAIQcABaiQAIAZBiAFqENYBIAZB+ABqEM8BIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARD7AUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEJMBIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCTASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQigEgBigCECEKIAYoAhQhDSAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQzwFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAKIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIA0gABsgCyABGyAHIAIbIAUgAxtBACAEGxCMAgALIwBBsAJrIgAkACAAQaABaiAZQZAB/AoAACAAQQA2AgAgAEEEciAAQZwBakGUAfwKAABBCEGgARDMASIBQoGAgIAQNwMAIAFBCGoiASAAQZgB/AoAACAAQbACaiQAIAtBkAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBBgIDAACAEQRBqIAMQiAEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBB34DAACAEQRBqIAMQiAEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAsgBCAEQQhqrUKAgICAgAWENwMQQZiBwAAgBEEQaiADEIgBAAuXAgEHfyMAQSBrIgYkACAGQQRqIAJBA24iBSACIAVBA2xHakECdBCNAQNAIAIEQCAGQRBqIAEgAkEDIAIgAkEDTxtB4MXAABCLASAGKAIcIQIgBigCGCEBIAYoAhQhCiAGKAIQIQhBACEFQRAhB0EAIQkDQCAFIApGBEBBACEFQRIhBwNAIAVBBEYNBAJAAkAgBSAKSwRAQT0hCCAERQ0CDAELIAMgCSAHQR5xdkE/cWotAAAhCAsgBkEEaiAIEFYLIAVBAWohBSAHQRpqIQcMAAsABSAFIAhqIAVBAWohBS0AACAHQRhxdCAJciEJIAdBCGshBwwBCwALAAsLIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEgaiQAC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8AkMtAOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8AkMtAOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8AkMtAOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAJHLQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARBABFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChCSAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQQARQ0ACwwDC0EBIQIgASADIAggChCSAQ0CIAEgByALIAMoAgwRAgANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARBABFDQALDAILIAMgByALIAkoAgwRAgANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQkgENACAAIAcgCyABKAIMEQIAIQILIAILIAZBEGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEDIgACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQiBkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAEKAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3ZzamogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2ogBUEPdyAFQQ13cyAFQQp2c2o2AgALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABBKIAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBB+IARBIGoiCyAGIAJB/QAQSiAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQaimwAAQ3AEiBRsgByAJIAUbEH4gAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQfiAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQSSADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQNA0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAiIAMoAghBAUcNASADKAIMEDQNAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEGMgAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQ3gEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQOCADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDeASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQPgJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQbeQwABBBBBzDQEgBEEHOgAADAILIAJBCGogARANIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxChAQwBC0EADAELQQELIANBMGokAAuqAgEGfyMAQTBrIgIkAAJAAn8gASgCKCIHRQRAIAJBCGogARAkIAIoAgwhBCACKAIIDAELIAFBADYCKCABIQUjAEEQayIDJAACQCAHIgFFDQADQCADQQhqIAUQJCADKAIIRQRAIAEhBgwCCyABQQFrIgENAAsLIANBEGokAEEAIAYNABogAkEQaiAFECQgAigCFCEEIAIoAhALIgEEQCACQQA2AiQgAkKAgICAEDcCHCACIAE2AiggAiABIARqNgIsA0ACQCACQShqEIkBIgFB/gBHBEAgAUGAgMQARw0BIAAgAigCJDYCCCAAIAIpAhw3AgAMBAtBL0H+ACACQShqEIkBQTFGGyEBCyACQRxqIAEQVgwACwALIABBgICAgHg2AgALIAJBMGokAAvYAgICfwF+IwBBMGsiAyQAAn8CQCACRQRAIANBgICAgHg2AgggA0GAgICAeDYCFCADIANBFGoiAjYCJCADIANBCGoiBDYCIAJAIAFB9KnAAEECIANBIGpBhKrAABCHAUUEQCACEN4BIAQQ3gEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQ3gELQQAMAgsgACgCBCIAEJABIwBBEGsiAiQAIAJBCGogARA+An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQbeQwABBBBBzGwwBCyACIAA2AgxBAUECIAFBoKrAAEEBIAJBDGpBqKrAABCHARsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAENEBIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQFCAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQdzGwAAgAygCACIDKAIAIAMoAgQQCxogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBDYASIBRQRAQQRBDBCOAgALIAEgAigCEDYCCCABIAIpAwg3AgAgAEHcyMAANgIEIAAgATYCACACQTBqJAALvQEBAn8jAEFAaiIEJAAgBCADNgIMIAQgAjYCCCAAKAIEQQN0IQMgACgCACECAn8CQANAIANFDQEgAiAEQQhqENwBRQRAIANBCGshAyAFQQFqIQUgAkEIaiECDAELCyAAKAIIIAEgBSAAKAIMKAIQEQIADAELIARBEGogARANIAQtABAiAEEGRwRAIAQgBCkDIDcDOCAEIAQpAxg3AzAgBCAEKQMQNwMoIARBKGoQoQELIABBBkcLIARBQGskAAuFAgIFfwF+IwBBIGsiAiQAIAJBgICAgHg2AgggAkEAOgAXIAIgAkEXajYCHCACIAJBCGoiAzYCGAJAIAFB2KrAAEECIAJBGGpB6KrAABCHAUUEQCADEN4BDAELIAIoAggiBUGAgICAeEYNACACKQIMIQcgAi0AFyEEIAAoAgAiACgCCCIDIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEEQRAQKiABKAIIIgZBgYCAgHhHBEAgBiABKAIMENsBAAsgAUEQaiQACyAAKAIEIANBBHRqIgEgBDoADCABIAc3AgQgASAFNgIAQQEhBCAAIANBAWo2AggLIAJBIGokACAEC7cBAQN/IwBBIGsiAyQAIAMgAjYCDCADIAE2AggCQCAARQ0AAkACQCAALQAAQQNrDgIAAQILIAMgAEEEajYCGCADQRhqIANBCGoQowEhBQwBCyAAKAIMQRhsIQQgACgCCCEAA0AgBEEARyEFIARFDQEgAyAAEMcBIAMgAykDADcCECADIAI2AhwgAyABNgIYIARBGGshBCAAQRhqIQAgA0EQaiADQRhqEKABRQ0ACwsgA0EgaiQAIAULlA4CCn8EfiMAQdAAayIFJAAgBSACNgIIIAUgATYCBCAFIAM2AgwgBSAEOQMQIAUgADYCSCAFIAVBzwBqIgA2AkQgBSAANgJAIAUgADYCPCAFIAVBEGo2AjggBSAANgI0IAUgADYCMCAFIAVBDGo2AiwgBSAFQQhqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEEajYCGCMAQdAAayIDJAAgA0EgaiICIAVBGGoiACgCMBBDIAAoAgAoAgAhCSADQRhqIAAoAhAoAgAgACgCFCgCABCBASADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQigEgAygCECEBIAMoAhQhBSADQQhqIAIQmgEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIwCAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIRIjAEGwAmsiCCQAIAhBKGogD6ciC0GAAfwKAAAgC0GIrcAAQYAB/AoAAAJAIAgpAyhCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQeerwAA2AgwgBkERNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUHIqcAAQQIgAkGoAWpB2KnAABCHAUUNACABEJwBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxCEAgwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEIQCIAJBgAFqENEBCwsgAkE4NgKIASACQfyqwAA2AoQBIAJBETYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDaASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAeIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBAGIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQbSrwAA2AoQBIAJBETYCgAFCASEQQgFSDQQgARDaASAPIBJXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxD7AQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASERIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxD7ASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEIUCIABBEGokACABQRBqJAAgBiACKAIUNgIYIAYgAikCDDcCECAGIBE3AiwgBiAKNgIoIAZBADYCJCAGQoCAgIDAADcCHCAGIA83AwggBiAQNwMAIAwQ3gEMBQsgBkEONgIIDAMLIAZCAjcDACAGQQ82AggMAwsgBkENNgIIDAELIAYgAikChAE3AgwgBkERNgIICyAGQgI3AwAgAkEMahD7ASAMEN4BIAJBGGoQhAILIAJBsAFqJAAgCCkDqAFCAlEEQCAIIAgoAsABNgKoAiAIIAgpA7gBNwOgAiAIIAgpA7ABNwOYAiAIQQxqIAhBmAJqEKQBDAILIAhB4AFqIgAgCEGoAWoiAUE4/AoAACAIQQxqIAsgASASEEEgABDSAQwBCyAIQQxqQc6uwABBIRB/CyAIQShqEEggCyAIQQxqEEAgCEGwAmokACADQcgAahDWASADQThqEM0BIANB0ABqJAAgBUHQAGokAAuIAwIHfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQggAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCSACIAlLGyIMIQIjAEEgayIGJABBASELQQQhCgJAAkAgBa0gAq1+Ig1CIIinDQAgDaciAkGAgICAeCAEa0sNACAGQRRqIAEgBCAFEHoCfyAGKAIYBEAgBigCHCIDRQRAIAZBCGogBCACEJgBIAYoAgghBSAGKAIMDAILIAYoAhQgAyAEIAIQByEFIAIMAQsgBiAEIAIQmAEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEE1FDQAgA0EIaiAAED4gAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA+IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC5UCAQJ/IwBBIGsiBSQAQbzPwABBvM/AACgCACIGQQFqNgIAAkACQAJAAkACf0EAIAZBAEgNABpBAUGoz8AALQAADQAaQajPwABBAToAAEGkz8AAQaTPwAAoAgBBAWo2AgBBAgtB/wFxDgMDAQABC0Gwz8AAKAIAIgZBAEgNAkGwz8AAIAZBAWo2AgBBtM/AACgCAEUNASAFQQhqIAAgASgCFBEAACAFIAQ6AB0gBSADOgAcIAUgAjYCGCAFIAUpAwg3AhBBtM/AACgCACAFQRBqQbjPwAAoAgAoAhQRAAAMAQsgBSAAIAEoAhgRAAAMAQtBsM/AAEGwz8AAKAIAQQFrNgIAQajPwABBADoAACADRQ0AAAsAC/cBAQJ/IwBBMGsiBCQAIAQgARANIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBQIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECogASgCCCIDQYGAgIB4RwRAIAMgASgCDBDbAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQRiIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEHAgBCkDECEFIAQpAwghBiAEQcwANgIQIARB0J7AADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDaAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuwEBAX8jAEFAaiIDJAACQCACQYGAEE8EQCAAQQY6AAAMAQsgA0IANwIIIAMgAjYCBCADIAE2AgAgA0EoaiADEA0gAy0AKCIBQQZGBEAgAEEGOgAADAELIAMgAykAODcAICADIAMpADE3ABkgAyADKQApNwARIAMgAToAECADEJwBRQRAIABBBjoAACADQRBqEKEBDAELIAAgAykDIDcDECAAIAMpAxg3AwggACADKQMQNwMACyADQUBrJAALwAECAn8BfiMAQSBrIgMkACADQRRqIAEoAgAgAkEBEHwCQCADKAIURQRAIABBgICAgHg2AgAMAQsgAygCGCIBRQRAIABBgICAgHg2AgAMAQsgA0EIaiICIAEgAygCHCIEEFAgA0EUaiABIAQQECADKAIUIgFBgICAgHhGBEAgAEGAgICAeDYCACACEPsBDAELIAMpAhghBSAAIAMoAhA2AgggACADKQIINwIAIAAgBTcCECAAIAE2AgwLIANBIGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDbAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBENgBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENsBAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQVSADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAiIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCQyUAhAQwBCyAAQf8BcS0AkMlAQQJxQQF2IQELIAFBAXELgDgCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABCBASAOKAIIIQAgDigCDCEBIA4gAigCECgCACACKAIUKAIAEIEBIA4oAgAhBiAOKAIEIQUgDiABNgIUIA4gADYCECAOIAU2AhwgDiAGNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG8fyEDA0AgAyICQegKRwRAIAJBhAFqIQMgAkHUucAAaiAEQQhqENwBRQ0BCwsgBEEQaiQAIAdBLGoiAyAGIAUQPSAHIAJB6ApHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQYgBygCPCEDIwBBkANrIgQkACAEIAE2AqgBIAQgADYCpAEgBCACNgKwASAEIAM2AqwBIARBmAFqIARBrAFqQe6hwABBCxBOIAQoApgBIgIEfyAEKAKcASEDIAJBACAEQaQBakGcpsAAENwBGwVBAAshBSMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAUbIAEgAkGcpsAAENwBIgEbNgIMIAIgBUGVpsAAIAUbIAAgARs2AghBACEAQQAhBQJAA0AgBUGsC0YNAQJAIAVBkLnAAGogAhDcAQRAIAVBiLnAAGogAkEIahDcAQ0BCyAFQYQBaiEFDAELCyAFQdC4wABqIQALIAJBEGokACAEQdIANgKQAiAEQfmhwAA2AowCIARBCzYCiAIgBEHuocAANgKEAiAEQRQ2AoACAkAgACIBRQRAIAYgBEGIAmoiACgCCDYCFCAGIAApAgA3AgwgBkHuocAANgIIIAZCg4CAgMACNwMADAELIARBgAJqENoBIARBkAFqIARBrAFqQcuiwABBChB7AkAgBCgCkAEiAARAIAQoApQBIgINAQsgBkEKNgIMIAZBy6LAADYCCCAGQoOAgICwAjcDAAwBCyAEQbQBaiAAIAIQUCAEQYgBaiAEQawBakHVosAAQRgQTgJAAkACQCAEKAKIASIARQRAQpAcIRgMAQsCQAJAAkAgBCgCjAEiAg4CBAABCyAALQAAIgVBK2sOAwMBAwELIAAtAAAhBQsgACAFQf8BcUErRiIDaiEFAkAgAiADayIAQRFPBEADQCAARQ0CIARB8ABqIBhCABBCIAQpA3hCAFINBCAEKQNwIRcgBEHoAGogBS0AAEEKEIMBIAQoAmhBAUcNBCAFQQFqIQUgAEEBayEAIBcgFyAENQJsfCIYWA0ACwwDCwNAIABFDQEgBEHgAGogBS0AAEEKEIMBIAQoAmBBAUcNAyAFQQFqIQUgAEEBayEAIAQ1AmQgGEIKfnwhGAwACwALIBhCAX1CgKMFWg0BCyAEQdgAaiAEQawBakHtosAAQRoQTgJAIAQoAlgiAARAIARBgAJqIAAgBCgCXBBQIAQoAogCIQUgBCgChAIhAANAIAUEQCAAQSBBACAALQAAIgJBwQBrQf8BcUEaSRsgAnI6AAAgBUEBayEFIABBAWohAAwBCwsgBCAEKAKIAiIANgLgASAEIAQpAoACIhc3A9gBQQEhEyAXp0GAgICAeEYNASAEKALcASICIABBu5DAAEEEEMIBDQEgAiAAQYejwABBARDCAQ0BIAIgAEGIo8AAQQMQwgENAUEAIRMgAiAAQb+QwABBBRDCAQ0BIAIgAEHFnsAAQQEQwgENASACIABBi6PAAEECEMIBDQEgBkEVNgIUIAZBjaPAADYCECAGQRo2AgwgBkHtosAANgIIIAZCg4CAgMACNwMAIARB2AFqEN4BDAMLIARBgICAgHg2AtgBQQEhEwsgBEHYAWoQ3gEgBEHQAGogBEGsAWpBoqPAAEEWEE4CfwJAIAQoAlAiAARAIAAgBCgCVCICQbijwABBARDCAUUNAQsgBEGAgICAeDYCwAFBAQwBCyAEQdgBaiAAIAIQpQEgBCAEKALYATYCiAIgBCAEKALcASIANgKEAiAEIAA2AoACIAQgACAEKALgAUEDdGo2AowCIwBBIGsiACQAIABBCGogBEGAAmoiAygCDCADKAIEa0EDdkEEQQwQYiAAQQA2AhwgACAAKQMINwIUIwBBEGsiDCQAIABBFGoiAiADKAIMIAMoAgRrQQN2ELgBIAIpAgQhFyAMIAJBCGo2AgQgDCAXQiCJNwIIIwBBEGsiAiQAIAIgAykCCDcDCCACIAMpAgA3AwAjAEEgayIFJAAgDEEEaiIJKAIIIAkoAgQiCEEMbGohDyACKAIEIQMgAigCDCENA0AgAyANRwRAIANBBGooAgAhCyADKAIAIREgAiADQQhqIgM2AgQgBUEIaiARIAsQMyAFQRRqIAUoAgggBSgCDBBQIA8gBSgCHDYCCCAPIAUpAhQ3AgAgD0EMaiEPIAhBAWohCAwBCwsgCSgCACAINgIAIAIQtAEgBUEgaiQAIAJBEGokACAMQRBqJAAgBEHAAWoiAiAAKAIcNgIIIAIgACkCFDcCACAAQSBqJAAgBCgCwAFBgICAgHhGCyEAAkACQAJAAkACQAJAAkACQEHqn8AAIAEoAngiFSABKAJ8IhYQgAFBACAAG0UEQCAEQcgAaiAEQawBakG5o8AAQQ0QTgJAAkAgBCgCSCIABEAgBEHYAWogACAEKAJMED1BMCEAIARBMDYCkAJBiqfAACEFIARBiqfAADYCjAIgBEENNgKIAiAEQbmjwAA2AoQCIARBFDYCgAIgBCgC2AEiA0GAgICAeEYNCiAEKALcASEAIAQoAuABIQIgBEGAAmoQ2gEgBCACNgKsAiAEIAA2AqgCIAQgAzYCpAIgAkEQSw0BIARBADYCuAIgBEKAgICAwAA3ArACIAQgACACQShsaiIFNgLIAiAEIAM2AsQCIAQgADYCwAIgBCAANgK8AiAEQYQCaiEPIARB5AFqIQ0gBEHYAmpBBHIhDAJAA0AgACAFRg0EIAQgAEEoajYCwAIgBCAAKQIMNwOAAiAEIAApAhQ3A4gCIAQgACkCHDcDkAIgBCAAKAIkNgKYAiAAKAIAIgJBgICAgHhGDQQgBCAAKQIEIhc3AtACIAQgAjYCzAIgBCAPKQIQNwPoAiAEIA8pAgg3A+ACIAQgDykCADcD2AIgBCAXNwLYASAEQdgBakG8p8AAQQgQWARAQcIAIQBB56jAACEFDAgLQSwhAEG7qMAAIQUgF0IgiKciAkHBAGtBQEkNByAEIBenIgM2AtgBIAQgAiADajYC3AEgBEHYAWoiCCgCACECIAgoAgQhCQNAIAkgAiIDRwRAIAggAkEBaiICNgIAIAMtAAAiC0HfAEYgC0E6a0H/AXFB9QFLciALQd8BcUHbAGtB/wFxQeUBS3INAQsLIAMgCUcNBwJAAkACQAJAIAQtANgCQQNrDgIAAQMLIAQgDCgCCDYCiAMgBCAMKQIANwOAA0EEQQwQzAEiACAEKAKIAzYCCCAAIAQpA4ADNwIAQQEhAiAEQQE2AvwCIAQgADYC+AIgBEEBNgL0AkEAIQhBASEFDAELIAQoAuQCIQIgBCgC4AIhACAEIAQoAtwCNgLgASAEIAA2AtwBIAQgADYC2AEgBCAAIAJBGGxqNgLkASAEQfQCaiEFIwBBMGsiACQAIABBFGogBEHYAWoiAhBoAkAgACgCFEGAgICAeEcEQCAAQQRBBEEMEGIgACgCACEIIAAoAgQiAyAAKAIcNgIIIAMgACkCFDcCACAAQQE2AhAgACADNgIMIAAgCDYCCCAAIAIpAgg3AyggACACKQIANwMgIABBCGohAiAAQSBqIQgjAEEQayIDJAADQAJAIANBBGogCBBoIAMoAgRBgICAgHhGDQAgAigCCCIJIAIoAgBGBEAgAkEBELgBCyACKAIEIAlBDGxqIgsgAygCDDYCCCALIAMpAgQ3AgAgAiAJQQFqNgIIDAELCyAIEFkgA0EQaiQAIAUgACgCEDYCCCAFIAApAgg3AgAMAQsgBUEANgIIIAVCgICAgMAANwIAIAIQWQsgAEEwaiQAQQEhCEEAIQIgBCgC/AIiBUEFa0F8SQ0DIAQoAvgCIQALIAVBDGwhBQNAIAUEQCAFQQxrIQUgACgCCCEJIAAoAgQhCyAAQQxqIQBBACEDQQAhEQJAIAlBgQJrQYB+SQ0AIAstAABBL0cNAANAIAMgCUYiEQ0BIAMgC2ohEiADQQFqIQMgEi0AAEH+AEcNACADIAlPDQEgEkEBai0AAEH+AXFBMEYNAAsLIBENAQwECwsgDSAEKQL0AjcCACANIAQoAvwCNgIIIAQgBCgC1AI2AuABIAQgBCkCzAI3A9gBIAQoArgCIgAgBCgCsAJGBEAgBEGwAmoQeAsgBCgCtAIgAEEYbGoiAiAEKQPYATcCACACIAQpA+gBNwIQIAIgBCkD4AE3AgggBCAAQQFqNgK4AiAELQDYAkEDa0H/AXFBAk8EQCAEQdgCahChAQsgBCgCwAIhACAEKALIAiEFDAELCyAEQQA2AvwCIARCgICAgMAANwL0AkEBIQJBASEICyAEQfQCahD/AUH8p8AAIQVBPyEAAkACQCAELQDYAkEDaw4CAQAICyACDQkMCgsgCEUNCQwHCyAEQQA2AtQBIARCgICAgMAANwLMAQwDCyAEQaQCahD8AUGpqcAAIQVBFiEADAgLIARBvAJqEFogBCAEKAK4AjYC1AEgBCAEKQKwAjcCzAEMAQsgBkHEADYCFCAGQa+lwAA2AhAgBkEWNgIMIAZBoqPAADYCCCAGQoOAgIDAAjcDAAwHCyAEQUBrIARBrAFqIAEoAlAiDCABKAJUIg8QTgJAAkAgBCgCQCIABEAgBCgCRCEFDAELIAEoAhAiAARAIAEoAhQhBQwBCyAGIA82AgwgBiAMNgIIIAZCg4CAgLACNwMADAELAkAgAS0AgQFFBEAgAS0AgAFFBEAgBEGwAmogACAFEFAMAgsgBEGwAmogACAFEIQBDAELIARBsAJqIAAgBRBQCwJAAkAgAS0AgAFFDQAgBCgCtAIgBCgCuAIQBQ0AIAZBMjYCFCAGQdimwAA2AhAgBiAPNgIMIAYgDDYCCCAGQoOAgIDAAjcDAAwBCwJ/AkACQCABLQCDAUUEQCAEQYCAgIB4NgLYAQwBCyAEQThqIARBrAFqQcajwABBDxBOAkAgBCgCOCIABEAgBEG8AmogACAEKAI8EIQBDAELIAQoArQCIAQoArgCQdWjwABBDRDLAUUEQCAEQbwCakHio8AAQRcQUAwBCyAEQbwCakH5o8AAQRYQUAsgBCgCwAIgBCgCxAIQBUUEQCAGQTI2AhQgBkHYpsAANgIQIAZBDzYCDCAGQcajwAA2AgggBkKDgICAwAI3AwAgBEG8AmoQ+wEMBAsgBEEwaiAEQawBakGPpMAAQQ0QTiAEQdgCaiAEKAIwIAQoAjQQ0AEgBEGAAmoiACAEQbACahBeIAQgBCgC4AI2AqACIAQgBCkC2AI3ApgCIAQgBCkCvAI3AowCIAQgBCgCxAI2ApQCIARB2AFqIABBJPwKAAAgBCgC2AFBgICAgHhHDQELQQAhAEEBDAELIAQoAuwBIQAgBCgC6AELIQIgBCAANgLUAiAEIAI2AtACIAQgBEGwAmo2AswCAkACQCABKAIYIgBFDQAgBEEoaiAEQawBaiAAIAEoAhwQTiAEKAIoIgBFDQAgBEHYAmogACAEKAIsEKUBIAQgBCgC2AI2AogCIAQgBCgC3AIiADYChAIgBCAANgKAAiAEIAAgBCgC4AJBA3RqNgKMAiMAQSBrIgMkACADQQhqIARBgAJqIgAoAgwgACgCBGtBA3ZBBEEMEGIgA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhC4ASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgUkACAFIAApAgg3AwggBSAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBSgCBCECIAUoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACEUIAUgAkEIaiICNgIEIA1BBGogFCASEIQBIAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAUQtAEgDUEQaiQAIAVBEGokACAJQRBqJAAgBEH0AmoiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgBCABKAJYIgA2AoACIAQgACABKAJcQQN0ajYChAIgBCAEQcwCajYCiAIgBEH0AmogBEGAAmoQVwsgASgCNCECAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIwIgBFDQAgBEEgaiAEQawBaiAAIAIQTiAEKAIgIgNFDQAgBEHYAmogAyAEKAIkEKUBIAQgBCgC2AI2AogCIAQgBCgC3AIiADYChAIgBCAANgKAAiAEIAAgBCgC4AJBA3RqNgKMAiMAQSBrIgMkACADQQhqIARBgAJqIgAoAgwgACgCBGtBA3ZBBEEMEGIgA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhC4ASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgUkACAFIAApAgg3AwggBSAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBSgCBCECIAUoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACEUIAUgAkEIaiICNgIEIA1BBGogFCASEFAgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRC0ASANQRBqJAAgBUEQaiQAIAlBEGokACAEQYADaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyABLQCCAQ0BIAQgASgCaCIANgKAAiAEIAAgASgCbEEDdGo2AoQCIAQgBEHMAmo2AogCIARBgANqIARBgAJqEFcLIARBGGogBEGsAWogASgCYCICIAEoAmQiAxBOIAQoAhgiAEUNASAEQdgCaiIFIAAgBCgCHCIIEC8gBC0A2AJBBkYNAyAEIAQpA+gCNwOQAiAEIAQpA+ACNwOIAiAEIAQpA9gCNwOAAiAFQcORwABBBBB3IgVFDQIgBS0AACAEQYACahChAUEERw0DIARBwAJqIAAgCBBQIARBADYCvAIMBgsgBkKDgICAsAI3AwAgBiACIA8gABs2AgwgBiAAIAwgABs2AggMBwsgASgCICIARQ0DIARBEGogBEGsAWogACABKAIkIgMQTiAEKAIQIgJFDQMgAiAEKAIUIgUQBQ0CIAZBMjYCFCAGQdimwAA2AhAgBiADNgIMIAYgADYCCCAGQoOAgIDAAjcDAAwFCyAEQYACahChAQsgBkEsNgIUIAZBnKTAADYCECAGIAM2AgwgBiACNgIIIAZCg4CAgMACNwMADAMLIARBwAJqIAIgBRBQIARBATYCvAIMAQsgASgCKCIABEAgBEGAAmoiAiAEQcwCaiAAIAEoAiwQHCABLQCDASEAIAQoAoQCIAQoAogCEAVFBEAgBkEyNgIUIAZB2KbAADYCECAGQoOAgIDAAjcDACAGQQ8gDyAAQQFxIgAbNgIMIAZBxqPAACAMIAAbNgIIIAIQ+wEMAwsgBCAEKAKIAjYCyAIgBCAEKQKAAjcCwAIgBEEBNgK8AgwBCyAEQQhqIAQoArQCIAQoArgCEDMgBEEhNgKMAiAEQcikwAA2AogCIAQgBCkDCDcCgAIgBEHAAmogBEGAAmpBAhAEIARBAjYCvAILIAQgBEGsAWpB6aTAAEEOEE5BASEFAkAgBCgCACICRQRAQQEhAAwBCyAEKAIEIQNBASEAQdGfwAAgFSAWEIABRQ0AIARBgAJqIAIgAxClAQJAIAQoAogCIgJFDQAgAkEDdCEFQQAhACAEKAKEAiEDA0AgACAFRwRAIAAgA2oiCEH4pMAAENcBBEAgCEGApcAAENcBDQMLIABBCGohAAwBCwtB+KTAACADIAIQWCEFQYClwAAgBCgChAIgBCgCiAIQWCEAIARBgAJqEIICDAELIAZBJzYCFCAGQYilwAA2AhAgBkEONgIMIAZB6aTAADYCCCAGQoOAgIDAAjcDACAEQYACahCCAiAEQcACahD7AQwBCyAGIAQoArwBNgIgIAYgBCkCtAE3AhggBiAEKQL0AjcCJCAGIAQoAvwCNgIsIAYgBCkCgAM3AjAgBiAEKAKIAzYCOCAGIAQpArwCNwIAIAYgBCkCxAI3AgggBiAEKALIATYCUCAGIAQpAsABNwJIIAZB1ABqIARB2AFqQST8CgAAIAYgEzoAfiAGIAA6AH0gBiAFOgB8IAYgATYCeCAGIBg3AxAgBiAEKALUATYCRCAGIAQpAswBNwI8IARBsAJqEPsBDA0LIARBgANqEP8BCyAEQfQCahD/ASAEQdgBahC1AQsgBEGwAmoQ+wELIARBzAFqEIMCDAYLIAQtANgCQQNrDgIBAgALIARB2AJqEKEBDAILIAwQ+wEMAQsgDBD+AQsgBEHMAmoQ+wEgBEG8AmoQWiAEQbACahCDAgsgBiAANgIUIAYgBTYCECAGQQ02AgwgBkG5o8AANgIIIAZCg4CAgMACNwMACyAEQcABahDiAQwBCyAGQSI2AhQgBkHzpcAANgIQIAZBGDYCDCAGQdWiwAA2AgggBkKDgICAwAI3AwALIARBtAFqEPsBCyAEQZADaiQAAn8gBygCYEEDRwRAQQhBiAEQzAEiAEKBgICAEDcDACAAQQhqIAZBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EVRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakG8kcAAQQcQfwwDCyAHQQxqQayRwABBEBB/IAcoAixBgICAgHhGDQIgAxD8AQwCCyAHQQxqIAdByABqEIwBCyAHQThqEPwBCyAQIAcoAiQ2AhggECAHKQIcNwIQIBAgBykCFDcCCCAQIAcpAgw3AgAgB0HgAWokACAOQRhqENYBIA5BEGoQ1gEgDkEgaiQAIwBBIGsiACQAIABBADYCACAAIBApAgA3AgQgACAQKQIINwIMIAAgECkCEDcCFCAAIBAoAhg2AhxBBEEoEMwBIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggASAAKQIYNwIgIABBIGokACAKQdAAaiQAIAFBCGoLjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBjIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAEN4BDAELIANBBGogARA4IAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAEN4BCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxBGIgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQHiAEKAIMDQILIABBKzYCCCAAQfywwAA2AgQgAEEBNgIADAILIABCFTcCAAwBCyAEIAIgARAeIAAgBCkDADcCBCAAQRU2AgALIARBEGokAAuiAQEBfyMAQRBrIgIkACACIAEQPgJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUG3kMAAQQQQcw0BIABBgYCAgHg2AgAMAgsgAkEEaiABEGMgAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC3YBBH8jAEEQayICJABBBCEEA0ACQCAERQRAQQEhBQwBCyACQQhqIAEQbCACLQAIRQ0AIAIgAi0ACUEQEIMBIAIoAgBBAXFFDQAgBEEBayEEIAIoAgQgA0EEdGohAwwBCwsgACADNgIEIAAgBTYCACACQRBqJAALdQECfwJAIAEgA0cNAANAIAFFIQQgAUUNASACLQAAIQMgAC0AACEFIAFBAWshASACQQFqIQIgAEEBaiEAIAVBIEEAIAVBwQBrQf8BcUEaSRtyQf8BcSADQSBBACADQcEAa0H/AXFBGkkbckH/AXFGDQALCyAEC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABByorAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBr4rAADYCBCAAQQA2AgAPCwALyQMCA38CfiMAQUBqIgMkACADIAI5AxAgAyABNgIMIAMgADYCOCADIANBP2oiADYCNCADIAA2AjAgAyAANgIsIAMgA0EQajYCKCADIAA2AiQgAyAANgIgIAMgADYCHCADIANBDGo2AhgjAEEwayIBJAAgAUEUaiIEIANBGGoiACgCIBBDIAEoAhRFBEAgAUEIaiAEEJoBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAAoAhArAwAgACgCACgCACABIAEoAhw2AiggASABKQIUIgY3AyBBAEchBfwGIQcjAEGAAmsiACQAIABBIGogBqciBEGAAfwKAAAgBEGIrcAAQYAB/AoAAAJAAkACQAJAAkAgACkDIEIBWARAIAUNAiAAQQc2AqABIABBBGogAEGgAWoQpAEMAQsgAEEEakHvrsAAQSUQfwsgACkDIEICWg0BIABBIGoQyQEMAgsgAEGgAWoiBSAAQSBqQeAA/AoAACAAQQRqIAQgBSAHEEEgBRDJASAAKQMgQgJUDQELIABBIGoQSAwBCyAAQYABahCxAQsgBCAAQQRqEEAgAEGAAmokACABQSBqEM0BIAFBMGokACADQUBrJAALjwEBAX8jAEEwayIDJAAgA0EYaiABIAIQLwJAIAMtABgiAUEGRgRAIABBgICAgHg2AgAMAQsgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAFBBUYEQCAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgAgAxChAQsgA0EwaiQAC3sBBX8jAEEQayICJAAgASgCCEEBaiEDA0AgAkEIaiABEJYBIAItAAkhBAJAAkAgAi0ACCIFRQ0AIARBCWsiBkEXSw0AQQEgBnRBk4CABHENAQsgACAFOgAAIAAgBDoAASACQRBqJAAPCyABIAM2AgggA0EBaiEDDAALAAvdAQIBfwF+IwBBEGsiAyQAAn8CQCACRQRAIANBBGogARBjQQAgAygCBCIBQYCAgIB4Rg0CGiADKQIIIQQgACgCACIAEN4BIAAgBDcCBCAAIAE2AgAMAQsjAEEwayICJAAgAkEYaiABEA0gAi0AGCIBQQZGBH9BAgUgAiACKQAoNwAQIAIgAikAITcACSACIAIpABkiBDcAASACIAE6AAAgAhChAUECIASnIAFBAUcbCyEBIAJBMGokAEEAIAFB/wFxIgFBAkYNARogACgCBCABOgAAC0EBCyADQRBqJAALhwEBAn8jAEEgayICJAAgASAAKAKEASIDIAMgACgCiAFBFGxqEG0gAiABKAIYNgIYIAIgASkCEDcDECACIAEpAgg3AwggAiABKQIANwMAIAAQSCAAQgI3AwAgACACKQMANwMIIAAgAikDCDcDECAAIAIpAxA3AxggACACKAIYNgIgIAJBIGokAAvTEQIQfwJ+IwBBMGsiCCQAAkAgASgCjAEiAQRAIAhBBGohCyMAQUBqIgUkAAJAIAMgAikDCCIVIAFBCGoiDCkDECADfCIUIBQgFVUbIBQgAikDAKdBAXEbIBQgDC0AfhsiFFMEQCAFIAJBKGoQyAEgBSgCBCEQIAUoAgAhDSAFQQA2AhQgBUKAgICAEDcCDCAFQQxqEO4BQa+UwABBAxDgASACKAIUIhEgAigCGCISEOcBQbKUwABBBBDgAUG2lMAAQQ0Q5wFBw5TAAEEDEOABQcaUwABBDBDnAUHSlMAAQQMQ4AEgAxCiAUHVlMAAQQMQ4AEgFBCiASEGIA0EQCAGQdiUwABBBRDgASANIBAQ5wEaCyACKAIkQRhsIQQgAigCICEBA0AgBARAIAYgASgCBCABKAIIEOABIAEoAhAgASgCFBDoARogBEEYayEEIAFBGGohAQwBCwsgBhD9ASIOKQIAIQMgDkEANgIAIAUgDigCCCIHNgIgIAUgAzcDGCAFQQA2AhQgBUEBNgIQIAVBKGohDyAFKAIcIQkgDCgCHCEGIAwoAiAhBCMAQfAEayIBJAAgAUEsaiICIAdBAnRBA25B1ABqEI0BIAJByIzAAEEkEH4gAkEuEFYgAUHwAWoiCiAJIAcQ7AEgAiABKAL0ASABKAL4ARB+IAoQ+wEgAUE4aiMAQYADayICJAAgAkEgaiIHQQBBwAD8CwACQCAEQcAATQRAIAJBGGogBCAHQcAAQbjEwAAQsgEgAigCGCACKAIcIAYgBEHIxMAAELABDAELIAJBqAFqIgpBAEHBAPwLACACQgA3A6ABIAJB2MXAACkDADcDmAEgAkHQxcAAKQMANwOQASACQcjFwAApAwA3A4gBIAJBwMXAACkDADcDgAEgAkGAAWoiEyAGIARBBnYQ1QEgAkEQaiAEQT9xIgcgCkHAAEHwiMAAELIBIAIoAhAgAigCFCAGIARBwP///wdxaiAHQYCJwAAQsAEgAiAHOgDoASACQfABaiIEIBNB8AD8CgAAIAJCADcD+AIgAkIANwPwAiACQgA3A+gCIAJCADcD4AIgBCACQZgCaiACQeACahAMIAIgAikD+AI3A3ggAiACKQPwAjcDcCACIAIpA+gCNwNoIAIgAikD4AI3A2AgAkEIakEgIAJBIGpBwABBmMTAABCyASACKAIIIAIoAgwgAkHgAGpBIEGoxMAAELABCyACQSBqQcAA/AoAACACQYADaiQAQQAhAgNAIAJBwABHBEAgAUE4aiACaiIEIAQtAABBNnM6AAAgAkEBaiECDAELCyABQgA3A8AEQQAhAiABQdjFwAApAwA3A7gEIAFB0MXAACkDADcDsAQgAUHIxcAAKQMANwOoBCABQcDFwAApAwA3A6AEIAFBoARqIAFBOGpBARDVAQNAIAJBwABHBEAgAUE4aiACaiIEIAQtAABB6gBzOgAAIAJBAWohAgwBCwsgAUIANwPoBCABQdjFwAApAwA3A+AEIAFB0MXAACkDADcD2AQgAUHIxcAAKQMANwPQBCABQcDFwAApAwA3A8gEIAFByARqIgIgAUE4aiIHQQEQ1QEgAUGYAmogAkEo/AoAACABQfABaiICIAFBoARqIglBKPwKAAAgAUHYA2pBAEHBAPwLACABQYgDaiIEIAJB0AD8CgAAIAcgBEGYAfwKAAAgAS0AyAEhBCABKAI0IQIgASgCMCEGIAEgBzYCoAQgASAJNgLIBCABQYgBaiEHAkACQAJAQcAAIARrIgkgAk0EQCAEDQEMAgsgAUEQaiAEIAdBkInAABCZASABQQhqIAIgASgCECABKAIUQaCJwAAQsgEgASgCCCABKAIMIAYgAkGwicAAELABIAIgBGohBAwCCyABQfABaiAGIAIgCUHAiMAAEIsBIAEoAvwBIQIgASgC+AEhBiABKAL0ASEJIAEoAvABIQogAUEgaiAEIAdB0IjAABCZASABKAIgIAEoAiQgCiAJQeCIwAAQsAEgAUHIBGogB0EBEO0BCyACQT9xIQQgAkEGdiIJBEAgAUHIBGogBiAJEO0BCyABQRhqIAQgB0HAAEHwiMAAELIBIAEoAhggASgCHCAGIAJBwP///wdxaiAEQYCJwAAQsAELIAEgBDoAyAEgAUHwAWoiAiABQThqQZgB/AoAACABQgA3A7gEIAFCADcDsAQgAUIANwOoBCABQgA3A6AEIAFCADcD4AQgAUIANwPYBCABQgA3A9AEIAFCADcDyAQgAiABQcACaiIEIAFByARqIgYQDCABQQA6AIADIARBICAGQSBBsInAABCwASABQSA6AIADIAFBmAJqIAQgAUGgBGoQDCABIAEpA6AENwPQASABIAEpA6gENwPYASABIAEpA7AENwPgASABIAEpA7gENwPoASABQSxqIgRBLhBWIAIgAUHQAWpBIBDsASAEIAEoAvQBIAEoAvgBEH4gAhD7ASAPIAEoAjQ2AgggDyABKQIsNwIAIAFB8ARqJAAgBUEANgI8IAVCgICAgBA3AjQgBUE0ahDuAUHdlMAAQQsQ4AEgBSgCLCAFKAIwEOcBQeiUwABBCRDgAUHxlMAAQQYQ5wFB95TAAEEJEOABIBQQogFBgJXAAEEEEOABEO4BQYSVwABBAhDgASARIBIQ5wFB2JTAAEEFEOABIQECQCANBEAgASANIBAQ5wEaDAELIAFBt5DAAEEEEOgBGgsgARD9AUGGlcAAQQgQ4AEgDCgCeCIBKAI4IAEoAjwQ5wEQ/QEhASALQRU2AgAgCyABKAIINgIMIAsgASkCADcCBCABQQA2AgAgBUEANgI8IAVBATYCOCABEPsBIA8Q+wEgBUEYahD7ASAOEPsBDAELIAtBCTYCAAsgBUFAayQAIAgoAgRBFUcEQCAIIAgoAhQ2AiggCCAIKQIMNwMgIAggCCkCBDcDGCAAIAhBGGoQpAEMAgsgAEHIASAIQQhqEEsMAQsgAEGsr8AAQRAQfwsgCEEwaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEHKisAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGvisAANgIEIABBADYCAA8LAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB3MbAACADKAIAIgMoAgAgAygCBBALGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQdzIwAA2AgQgACABNgIAIAJBIGokAAtzAQF/IwBBEGsiAyQAIANBBGogASACEFAgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEKMBRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQeSRwAAQKyIBRQRAIAMQ/gEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ4QEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELeAEBfgJAAkACQAJAAkBBAyAAKQMAIgGnQQJrIAFCAVgbDgQBAgMEAAsgAEEIahD7ASAAQRRqEIoCIABBIGoQ+wEPCyAAQQhqEPABDwsgAEEIahDJAQ8LIABBCGoQyQEgAEHoAGoQ3gEPCyAAEMkBIABB4ABqELEBC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQIwJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBVIARBCGogBRAUAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAuAAQECfyMAQRBrIgQkAEEEQRQQzAEhAyAEQQRqQeOPwABBEBBQIANBDDYCBCADQfOPwAA2AgAgAyAEKQIENwIIIAMgBCgCDDYCECAAQQE2AgggACADNgIEIABBATYCACAAIAE7ARggACACKQIANwIMIAAgAigCCDYCFCAEQRBqJAALegIBfwF+IwBBEGsiAyQAIANBBGogARBjAkAgAygCBCIBQYCAgIB4Rg0AIAMpAgghBCACRQRAIAAoAgAiABDeASAAIAQ3AgQgACABNgIADAELIAAoAgQiABDeASAAIAQ3AgQgACABNgIACyADQRBqJAAgAUGAgICAeEcLXwECfyMAQRBrIgIkACACQQhqIAAQPgJAIAItAAhFDQAgAi0ACSABQf8BcUcNACAAKAIMIgFBH0sNAEEBIQMgACABQQFqNgIMIAAgACgCCEEBajYCCAsgAkEQaiQAIAMLXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHsgBCgCCCIBBH8gBCABIAQoAgwQHiAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL0wIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEGXxsAAQckAQbzGwAAQiAEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRBUCyABQQE2AgQMAQsgBSAJIAMgAiIIEAciBUUNAiABIAU2AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYCACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQaiQADwsgAiAGKAIMENsBAAtfAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQYiADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEJ4BIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAAL4AEBBH8jAEEwayICJAAgACgCACEAIAIgARANIAItAAAiBEEGRwRAIAIgAikAEDcAKCACIAIpAAk3ACEgAiACKQABNwAZIAIgBDoAGCAAKAIIIgUgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBGBAqIAEoAggiA0GBgICAeEcEQCADIAEoAgwQ2wEACyABQRBqJAALIAAoAgQgBUEYbGoiASACQRhqIgMpAxA3AxAgASADKQMINwMIIAEgAykDADcDACAAIAVBAWo2AggLIAJBMGokACAEQQZHC1sBA38jAEEQayIBJAAgACgCCCIDIQIDQCABQQhqIAAQlgECQCABLQAIBEAgAS0ACUEwa0H/AXFBCkkNAQsgAUEQaiQAIAIgA0sPCyAAIAJBAWoiAjYCCAwACwALWQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQCA8LQczHwABB/MfAABDdAQALQYzIwABBvMjAABDdAQALYQECfyMAQRBrIgQkACAEQQA2AgwgBCABIARBDGoQcSAEKAIEIQUgACADNgIQIABBADYCDCAAIAM2AgggACACNgIEIAAgBToAGCAAIAE2AgAgACAEKAIMNgIUIARBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELkBIAEgACgCBCAAKAIIahAxIAAgAiADajYCCAu2AgIIfwF+IwBBIGsiAiQAIAJBCGogASgCBCABKAIAa0EDdkEEQQwQYiACQQA2AhwgAiACKQMINwIUIwBBEGsiBiQAIAJBFGoiAyABKAIEIAEoAgBrQQN2ELgBIAMpAgQhCiAGIANBCGo2AgQgBiAKQiCJNwIIIwBBEGsiByQAIAZBBGoiBCgCBCEIIAQoAgAgASgCACIFIAEoAgQiA0cEQCABKAIIIQEgBCgCCCAIQQxsaiEEIAggAyAFa0EDdiIDaiEIA0AgB0EEaiABIAUoAgAgBUEEaigCABAcIAQgBygCDDYCCCAEIAcpAgQ3AgAgBUEIaiEFIARBDGohBCADQQFrIgMNAAsLIAg2AgAgB0EQaiQAIAZBEGokACAAIAIoAhw2AgggACACKQIUNwIAIAJBIGokAAtVAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABBrRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EYbiEAA0AgAARAIABBAWshACABEKEBIAFBGGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQhgIgAEEQaiQAIAJBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBKG4hAANAIAAEQCAAQQFrIQAgARDyASABQShqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIcCIABBEGokACACQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahDDASABRSADQQFHcQ0BIAJBEGokAA8LEIsCAAtB8InAAEE/EIwCAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMQBIAFFIANBAUdxDQEgAkEQaiQADwsQiwIAC0HwicAAQT8QjAIAC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEDIgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQ2AEiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ2wEAC9IKAgl/A34jAEEgayIGJAAgBiACNgIEIAYgATYCACAGIAA2AhggBiAGQR9qIgA2AhQgBiAANgIQIAYgBkEEajYCDCAGIAY2AggjAEHQAGsiBSQAIAVBIGoiAiAGQQhqIgAoAhAQQyAFQRhqIAAoAgAoAgAgACgCBCgCABCBASAFQQA2AiwgBSAFKAIcIgE2AjQgBSAFKAIYIgA2AjAgBSgCIEUEQCAFQRBqIAVBLGoQigEgBSgCECEBIAUoAhQhACAFQQhqIAIQmgEgBSgCCCICIAEgAhsiAUEBIAEbIAUoAgwgACACG0EAIAEbEIwCAAsgBSAFKAIoNgJAIAUgBSkCICIMNwM4IAUgATYCTCAFIAA2AkgjAEHgAWsiAyQAQQEhCgJAIAynIgcoAowBIgJFDQAgAigCNEUNACACKAIwIgIoAgghCSACKAIEIQoLAkAgBykDAEIDUQRAIANBIGohCCAAIQIjAEFAaiIEJAACQCABQYCAEEsEQEGAgICAeCEBDAELIARCADcCECAEIAE2AgwgBCACNgIIQYCAgIB4IQEgBEGAgICAeDYCHCAEQYCAgIB4NgIoIAQgBEEoaiILNgI4IAQgBEEcajYCNAJAAkAgBEEIaiIAQYiUwABBAiAEQTRqQZiUwAAQhwFFDQAgABCcAUUNACAEKAIcIgBBgICAgHhGBEAgCxDeAQwCCyAEIAQpAiAiDTcCOCAEIAA2AjQgBCgCKCICQYCAgIB4RgRAIARBNGoQ+wEMAgsgBCkCLCEOIAAhAQwCCyAEQShqEN4BIARBHGoQ3gELCyAEQcAANgIQIARB0JLAADYCDCAEQRE2AggCQCABQYCAgIB4RgRAIAQpAwghDCAIQcAANgIIIAggDDcCAAwBCyAEQQhqENoBIAQgATYCNCAEIA03AjggBCACNgIIIAQgDjcCDCAIAn8CQCAJIA1CIIinRw0AIA2nIAogCRBrDQAgDqcgDkIgiKcQBUUEQCAIQZCTwAA2AgQgCEERNgIAQTgMAgsgCEEEaiIAIAQoAhA2AgggACAEKQIINwIAIAhBFTYCACAEQTRqEPsBDAILIAhByJPAADYCBCAIQRE2AgBBMgs2AgggBEEIahD7ASAEQTRqEPsBCyAEQUBrJAAgAygCIEEVRwRAIANBBGogCBCMAQwCCyADIAMoAiw2AhAgAyADKQIkNwIIIANBgICAgHg2AgQMAQsgA0EEakHprMAAQR4QfwsgA0FAayIAIAdBgAH8CgAAIAdBiK3AAEGAAfwKAAAgAyADKAIcNgI4IAMgAykCFDcDMCADIAMpAgw3AyggAyADKQIEIgw3AyAgA0EEaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQADCyAHEEggB0IENwMAIAdBCGogA0HIAGpB4AD8CgAAIAcgAygCEDYCcCAHIAMpAgg3AmhBACEBQQEhCQwECyADQcgAaiEBCyADIAEoAhg2AtgBIAMgASkCEDcD0AEgAyABKQIINwPIASADIAEpAgA3A8ABIAcgA0HAAWoQQEEBIQEgAygCIEGAgICAeEYNAQwCCyAHEEggByAAQYAB/AoAACADQSBqQQRyEPsBDAILIANBIGpBBHIQ+wELAkACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQIACyAAEEgMAgsgCUUNASADQcgAahDwAQwBCyABRQ0AIANByABqEMkBCyAHKQMAGiADQeABaiQAIAVByABqENYBIAVBOGoQzQEgBUHQAGokACAGQSBqJAALyAMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBBDIABBGGogASgCACgCACABKAIEKAIAEIEBIABBADYCLCAAIAAoAhwiAjYCNCAAIAAoAhgiBTYCMCAAKAIgRQRAIABBEGogAEEsahCKASAAKAIQIQIgACgCFCEDIABBCGogBBCaASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQjAIACyAAIAAoAig2AkAgACAAKQIgIgc3AzggACACNgJMIAAgBTYCSCMAQTBrIgEkAAJAIAenIgYpAwBCAlEEQCABQZSvwABBGBB/DAELIAFBHGoiBAJ/QQcgBSACQY6VwABBERDCAQ0AGkESIAUgAkGflcAAQRQQwgENABpBBiAFIAJBs5XAAEELEMIBDQAaIARBIzYCCCAEQb6VwAA2AgRBEQs2AgAgASAEEKQBCyAGIAEQQCABQTBqJAAgAEHIAGoQ1gEgAEE4ahDNASAAQdAAaiQAIANBIGokAAu3FAIOfwJ+IwBBIGsiByQAIAcgAjYCBCAHIAE2AgAgByAANgIYIAcgB0EfaiIANgIUIAcgADYCECAHIAdBBGo2AgwgByAHNgIIIwBB0ABrIgIkACACQRhqIAdBCGoiACgCEBBDIAJBJGogACgCACgCACAAKAIEKAIAEFECQCACKAIYBEAgAigCJEGBgICAeEcNAQsgAkEQaiACQSRqEJMBIAIoAhAhASACKAIUIQMgAkEIaiACQRhqEJoBIAIoAggiACABIAAbIgFBASABGyACKAIMIAMgABtBACABGxCMAgALIAIgAigCIDYCOCACIAIpAhgiEjcDMCACIAIpAiQ3A0AgAiACKAIsNgJIIwBBEGsiDSQAIA1BCGogAkFAayIPEMgBIA0oAgghAyANKAIMIQgjAEHgAmsiASQAAkAgEqciCSgCjAEiAEUNACAAKAIIDQAgACgCFCEFIAAoAhAhBAsCQAJAAkAgCSkDAEIEUQRAAkAgBCADIAQbIgoEQCABQcABaiEGIAkoAkQhCyAJKAJIIQ4gCS0AZCEMIwBBsAFrIgAkAEGAgICAeCEDAkAgBSAIIAQbIgRBgIAQSw0AIABCADcCeCAAIAQ2AnQgACAKNgJwIABBgICAgHg2AlggACAAQdgAajYCGAJAIABB8ABqIgRByJHAAEEBIABBGGpB0JHAABCHAUUNACAEEJwBRQ0AIAApAlwhESAAKAJYIQMMAQsgAEHYAGoQ4QELIABBKTYCeCAAQfiRwAA2AnQgAEERNgJwAkAgA0GAgICAeEYEQCAAKQJ4IREgBiAAKAKAATYCFCAGIBE3AgwgBkH4kcAANgIIIAZCgoCAgJgCNwIADAELIABB8ABqENoBIAAgAzYCDCAAIBE3AhAgEUIgiKdBGGwhAyARpyEEAkACQAJAAkACQAJAA0AgA0UNASAAIARB9IzAAEEDEHcQciAAIAApAwA3AlggACAONgJ0IAAgCzYCcCADQRhrIQMgBEEYaiEEIABB2ABqIhAgAEHwAGoiBRCgAUUNAAsgACAEQRhrNgIwIAUgAEEwaiIEQaGSwABBAxB8IAAoAnBFDQMgACgCeCEIIAAoAnQhAyAFIARB8YzAAEEDEHwgACgCcEUNAyAAKAJ4IQsgACgCdCEKIAUgBEGkksAAQQMQfCAAKAJwRQ0DIAAoAnghDiAAKAJ0IQQgCgRAIAAgCzYCXCAAIAo2AlggAEEFNgJ0IAAgDBDpATYCcCAQIAUQ3AFFDQQLIAQEQCAAIA42AnQgACAENgJwIABB8ABqQciSwAAQ3AFFDQQLIAAgAEEwaiIENgI0IAxBAkYEQCADRQ0EIAMgCEGnksAAQQIQwgFFDQQgAEHwAGoiAyAEQamSwABBAxB8IAAoAnBFDQQgACAAKQJ0NwJYIABB2ABqIgRBtJLAABCgAUUNBCADIABBNGoiDEG8ksAAEDAgACgCcCIFQYCAgIB4Rg0EIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAMQb2SwAAQMCAAKAJwIgNBgICAgHhGBEAgBBDxAQwFCyAAKQJ0IREgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOQASAAIAAoAmA2ApgBIAAgACgCbCIENgJAIAAgACkCZDcDOAJAAkAgBEEgRgRAIAAoAlAgACAAKAKYATYCfCAAIAApA5ABNwJ0IAAgETcChAEgACADNgKAAUGAgICAeCEDIABBgICAgHg2AnBBIEcNASAAIABB9ABqIgQpAhA3AyggACAEKQIINwMgIAAgBCkCADcDGAwCCyAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABIABBgICAgHg2AnALIABB8ABqELEBQYGAgIB4IQMLDAMLIAMNAQwDCyAGQYGAgIB4NgIAIABBDGoQ/gEMBQsgAyAIQb6SwABBAxDCAUUNASAAQfAAaiIDIABBNGoiBEHBksAAEDAgACgCcCIFQYCAgIB4Rg0BIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAEQcKSwAAQMCAAKAJwIgVBgICAgHhGBEAgAEHYAGoQ8QEMAgsgACkCdCESIAAgACgChAE2AlAgACAAKQJ8NwNIIAAgACkCWDcDoAEgACAAKAJgNgKoASAAIAAoAmwiCDYCQCAAIAApAmQ3AzhBACEDQQAgCEEDdGshBCAAKAI8IQoCfwJAAkADQCADIAhGDQEgAyAKaiILLQAARQRAIARBCGohBCADQQFqIQMMAQsLQQAgCy0AAGdBGGtB/wFxIARqa0GAEEkNACAAKAJQIgRFDQAgACgCTCIILQAAQgAhEUEAIQMDQCADIAhqLQAAIgutQv8BgyARQgiGhCERIAQgA0EBaiIDRw0AC0UNACAAIAw6AIgBIAAgACkDoAE3A3AgACAAKAKoATYCeCAAIBI3A4ABIAAgBTYCfCALQQFxRSAEQQRLIBFCA1Rycg0BIAAgACkCdDcDGCAAIAApAnw3AyAgACAAKQKEATcDKCAAKAJwDAILIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8CyAAQfAAahCxAUGBgICAeAshAwsgAEHIAGoQ+wEgAEE4ahD7ASADQYGAgIB4Rg0AIAAgACkDKDcDgAEgACAAKQMgNwN4IAAgACkDGDcDcCAAQQY2AlggA0GCgICAeEYNASAGIAM2AgAgBiAAKQNwNwIEIAYgACkDeDcCDCAGIAApA4ABNwIUIABB2ABqENoBDAILIABBBjYCWAsgBiAAKAJoNgIUIAYgACkCYDcCDCAGIAApAlg3AgQgBkGCgICAeDYCAAsgAEEMahD+AQsgAEGwAWokACABKALAAUGCgICAeEcNASABQQRqIAFBxAFqEIwBDAQLIAFBBGpBiK7AAEEhEH8MAwsgASABKALYATYCHCABIAEpAtABNwIUIAEgASkCyAE3AgwgASABKQLAASIRNwIEIBGnQYGAgIB4Rg0DIAEgAUEEaiIAKAIYNgI4IAEgACkCEDcDMCABIAApAgg3AyggASAAKQIANwMgIAFBQGsgCUGAAfwKAAAgCUGIrcAAQYAB/AoAACABKQNAQgRSDQEgAUHAAWoiAyABQcgAakHgAPwKAAAgASAAKAIYNgK4AiABIAApAhA3A7ACIAEgACkCCDcDqAIgASAAKQIANwOgAiAJEEggCSADQYAB/AoAACABQagBahDeAQwDCyABQQRqQamuwABBHhB/DAELIAFBQGsQSCABQSBqELEBDAELIAEgASgCHDYC2AIgASABKQIUNwPQAiABIAEpAgw3A8gCIAEgASkCBDcDwAIgCSABQcACahBACyABQeACaiQAIA8Q3gEgDUEQaiQAIAJBMGoQzQEgAkHQAGokACAHQSBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEJgBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQ2wEACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAtUAQF/IwBBEGsiAiQAIAJBCGogARA+AkAgAi0ACEUEQCAAQYCAgIB4NgIADAELIAItAAlBIkYEQCAAIAEQCgwBCyAAQYCAgIB4NgIACyACQRBqJAALowEBA38jAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgAkEEaiIDEO4BIgRB3Y/AAEEGEOABIAEzARgQogFB0o/AAEEHEOABIAEoAgQgASgCCBBnQdmPwABBBBDgASABKAIQIAEoAhQQ5wEaIAQQ/QEaIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEANgIMIAJCgICAgBA3AgQgAxD7ASACQRBqJAALUQEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgIAFhDcDGCADIANBDGqtQoCAgICABYQ3AxBBqIDAACADQRBqIAIQiAEAC1UBAX8gAEEEaiEDIAACfyABKAIAQYCAgIB4RwRAIAMgASgCCDYCCCADIAEpAgA3AgAgAhDfAUEADAELIAMgAigCCDYCCCADIAIpAgA3AgBBAQs2AgALUAAgAkEUbCECIAAQ7wEhAANAIAIEQCAAEO8BIAEoAgAgASgCBBDnASABKAIMIAEoAhAQ5wEQgAIaIAJBFGshAiABQRRqIQEMAQsLIAAQgAILwAICB38CfiMAQRBrIgMkACADQQRqIQQjAEEwayICJAAgASIFKAIEIQEgBSgCDCEHA0ACQAJAAkAgASAHRwRAIAUgAUEYaiIINgIEIAIgASkDEDcDGCACIAEpAwg3AxAgAiABKQMANwMIIwBBIGsiASQAIAEgAkEIaiIGKQMIIgk3AxAgASAGKQMQNwMYIAEgBikDACIKNwMIIAJBJGogCadBACAKp0H/AXFBA0YbIAEoAhQQ0AEgAUEIahChASABQSBqJAAgAigCJCIBQYCAgIB4Rg0CIAQgAikCKDcCBCAEIAE2AgAMAQsgBEGAgICAeDYCAAsgAkEwaiQADAELIAghAQwBCwsCQCADKAIEQYCAgIB4RwRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC0QBAX8jAEEQayICJAAgAkEIaiAAEJYBIAItAAggAi0ACSABQf8BcUZxIgEEQCAAIAAoAghBAWo2AggLIAJBEGokACABC0gBAn8jAEEQayICJAAgACABKAIAQYCAgIB4RwR/IAJBCGogARCFASACKAIMIQMgAigCCAVBAAs2AgAgACADNgIEIAJBEGokAAtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC0oBA38jAEEQayICJAAgAkEIaiABEJYBIAItAAgiAwRAIAItAAkhBCABIAEoAghBAWo2AggLIAAgBDoAASAAIAM6AAAgAkEQaiQAC8YBAgV/AX4jAEEQayIEJAAgACACIAFrQRRuIgYQtgEgACkCBCEIIAQgAEEIajYCBCAEIAhCIIk3AggjAEEgayIAJAAgBEEEaiIDKAIEIQUgAygCACABIAJHBEAgAygCCCAFQRRsaiEDIAUgBiICaiEFA0AgAEEMaiABENQBIAMgACgCHDYCECADIAApAhQ3AgggAyAAKQIMNwIAIANBFGohAyABQRRqIQEgAkEBayICDQALCyAFNgIAIABBIGokACAEQRBqJAALPgECfyMAQRBrIgMkACACIAFBAWtLBEAgAyAANgIIIAMgACABajYCDCADQQhqEHZBAXMhBAsgA0EQaiQAIAQLSQEBfyMAQSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQcSAEQQhqIAQoAhAgBCgCFCABIAIQrwEgACAEKQMINwMAIARBIGokAAtOAQJ+AkAgAS0AAEECRw0AAkACQAJAIAEoAghBAWsOAgEDAAsgASkDECIDQgBZDQEMAgsgASkDECEDCyAAIAM3AwhCASECCyAAIAI3AwALOQAgASACEDEgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIAC0IBAn8jAEEQayICJAAgAQR/IAJBCGogARDHASACKAIMIQMgAigCCAVBAAshASAAIAM2AgQgACABNgIAIAJBEGokAAtBAQN/AkAgACgCCCIEIAJqIgUgBEkNACAFIAAoAgRLDQAgACgCACAEaiABIAIQ9gFFDQAgACAFNgIIQQEhAwsgAwtBAQF/AkAgACgCCCIBRQ0AIAAoAgQgAWpBAWsiAUUNACABLQAAIgFBOkYgAUHbAEZyIAFB+wBGcg0AIABBLBBWCws/AQF/IwBBEGsiAyQAIANBBGogACABIAIQegJAIAMoAghFDQAgAygCDCIARQ0AIAMoAgQgABBUCyADQRBqJAALQgEDfyAAKAIAIQIgACgCBCEDA0AgAyACIgFHBEAgACABQQFqIgI2AgAgAS0AAEE6a0H/AXFB9QFLDQELCyABIANHCzgBAX8jAEEQayIDJAAgA0EIaiAAEMYBIAMoAggiAAR/IAAgAygCDCABIAIQRgVBAAsgA0EQaiQAC0QBAX8jAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEEQRgQKiABKAIIIgBBgYCAgHhHBEAgACABKAIMENsBAAsgAUEQaiQACzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACENgBIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtDAQF/IwBBEGsiBCQAIARBCGogASgCACABKAIEIAIgAxBGEHIgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC0wAAkACQAJAAkAgASgCACACIAMQdyICRQ0AQQAhASACLQAADgQAAwMBAwsgAEEANgIEDAELIAAgAikDCDcCBAtBASEBCyAAIAE2AgALQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBAqIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQ2wEACyAFQRBqJAALPAEBfyAAIAIQuQEgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC0EBAn8jAEEgayIDJAAgA0EIaiIEIAEgAhBQIANB9AM7ARwgA0EONgIYIANBwbLAADYCFCAAIAQQjgEgA0EgaiQACzYBAn8gAC0AACEDA0AgAiIABEAgAEEBayECIAEtAAAhBCABQQFqIQEgAyAERw0BCwsgAEEARws/AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahBPIAAgAykDCDcDACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDYASIBRQRAQQRBCBCOAgALIAEgAjYCBCABIAM2AgAgAEHMyMAANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMgAUE5SxsiATYCBCAAIAEgAkk2AgALOwEBfyMAQRBrIgMkACADQQhqIAEgAhAeIAMgAygCCCADKAIMEDMgACADKAIAIAMoAgQQUCADQRBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahCUASAAIAIpAwg3AwAgAkEgaiQACzYAAkAgA2lBAUcNACADQQAgAUGAgICAeCADa00bIgNFDQAgACABIAMgAhAHIgBFDQAgAA8LAAs7AQF/IwBBEGsiBSQAIAUgBDYCDCAFIAM2AgggBSACNgIEIAUgATYCACAAIAVB/JDAABAPIAVBEGokAAveAQIBfwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgAEH0xsAAIAEoAgQgASgCCCIALQAIIAAtAAkQLAALIABBgICAgHg2AgAgACABNgIMIABBkMfAACABKAIEIAEoAggiAC0ACCAALQAJECwACzQBAn8jAEEQayIBJAAgAUEIaiAAECMgASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLOgEBfwJ/IAEoAgBBAUYEQCABKAIIIQIgASgCBAwBCyABQQRqENYBQQALIQEgACACNgIEIAAgATYCAAs5ACACIANJBEBBjMTAAEETIAQQiAEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLPAEBfyMAQSBrIgIkACACIAEoAhA2AhggAiABKQIINwMQIAIgASkCADcDCCAAIAJBCGoQpAEgAkEgaiQACzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEGIgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDuAUH/j8AAQQUQ4AEgASgCDCABKAIQEOcBQYSQwABBBxDgASABKAIEIAEoAggQ5wFBi5DAAEEKEOABIAEzARQQogEQ/QEiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxD7ASACQRBqJAAgACAGIAUQSyABEPsBIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAkIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQHiACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD7ASAAQRBqIQAMAQsLCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ5gEPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQCws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBECAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEN4BQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBPIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAsxACMAQRBrIgIkACAAKAIAIgAQkAEgAiAANgIMIAEgAkEMakG8qsAAECsgAkEQaiQACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAtsAQJ/IAEtAIMBQQFGBEBBACEBIAIgA0GojcAAQQMQywEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQUCAAIAQ2AgALHgAgAgRAIAIgARDYASEBCyAAIAI2AgQgACABNgIACy4AIAFBwABNBEAgAEHAACABazYCBCAAIAEgAmo2AgAPCyABQcAAQcAAIAMQFwALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDNAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDOAUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQPiABLQAIIAFBEGokAEF/c0EBcQsrAQF/IwBBEGsiBCQAIAQgACgCADYCDCAEQQxqIAEgAiADEC0gBEEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAIQgQEgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQBwwBCyACRQRAQQEhAwwCCyACQQEQ2AELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMENsBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABENwBCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahD8AQsPCyAAQQRqEPsBDwsgAEEEahD+AQvJAQIDfwF+IAAQdCABQgBTBEAgAEEtEFYLIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBWIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEGQkcAAEGUACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBrBUEBC0ULhgkBDH8jAEEgayIMJAAgDEEIaiELIwBBIGsiByQAQeGVwAAhBEHVACECQQEhDUGQAyEFQbaWwAAhA0ESIQggASgCACIGIQlBASEKAkACQAJAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAZBAWsOFAABAgMEBQYHCAoLDA0ODxAREhMUHQsgASgCCCECIAEoAgQhBEEAIQZByJbAACEDDBoLQdyWwAAhBEEmIQJBACEGQYKXwAAhAwwZC0GWl8AAIQRBKiECQQAhBkGVAyEFQcCXwAAhAwwZC0HSl8AAIQRBLCECQQAhBkGTAyEFQf6XwAAhAwwYCyAHIAEoAggiCiABKAIMIglqNgIMIAcgCjYCCEEAIQYgB0EANgIQIAdBCGohBUEAIQJBICEDIwBBEGsiBCQAA0ACQCAEQQhqIAUQSSAEKAIMQYCAxABGBEAgAyECDAELIANBAWsiAw0BCwsgBEEQaiQAIAINFSAHIAUQSSAHKAIEQYCAxABGDRUCQCAHKAIAIgJFDQAgAiAJTwRAIAIgCUYNAQwVCyACIApqLAAAQUBIDRQLIAoMFAtB4ZjAACEEQTohAkEAIQZBkQMhBUGzlcAAIQNBCyEIDBYLQZuZwAAhBEEjIQJBACEGQZEDIQVBjpXAACEDQREhCAwVCyABKAIIIQJBACEGQZEDIQVBvpnAACEDIAEoAgQMAQtBHiECQQAhBkGRAyEFQemZwAAhA0HLmcAACyEEQQ0hCAwSC0H2mcAAIQRBOyECQQAhBkGRAyEFQbGawAAhA0ETIQgMEQtBxJrAACEEQSohAkEAIQZBkQMhBUHumsAAIQMMCwtB/JrAACEEQTshAkEAIQZBkQMhBUG3m8AAIQNBECEIDA8LQcebwAAhBEEeIQJBACEGQZEDIQVB5ZvAACEDDAgLQfSbwAAhBEEgIQJBACEGQZEDIQVBlJzAACEDDAcLQaOcwAAhBEEsIQJBACEGQZEDIQVBz5zAACEDDAYLQd6cwAAhBEE3IQJBACEGQZMDIQVBlZ3AACEDQRUhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQaqdwAAhAwwFC0G4ncAAIQRBKiECQQAhBkH3AyEFQZ+VwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUHtncAAIQNB4p3AAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVBiJ7AACEDQfudwAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtBkJjAACEEQTwhAkGRAyEFQcyYwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEAQgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCOASABENoBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQxQEjAEHQAGsiASQAIAFBEGogAxCPAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEGIgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCPASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARC3AQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBMIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAhIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA2IANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQRyACQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEJUBIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA/IANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQUiACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECcgAkEQaiQACyYBAn8gACgCCCIDIAEoAgRGBH8gACgCBCABKAIAIAMQawVBAQtFCygAIAMgBCABIAIQywEhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALZwAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgICABYQ3AxggACAAQQhqrUKAgICAgAWENwMQQbaHwAAgAEEQaiAEEIgBAAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD7ASAAQRBBDCABG2oQ+wELIwAgASADSwRAQQAgASADIAQQFwALIAAgATYCBCAAIAI2AgALlQQBCX8jAEEQayIIJAAjAEEwayICJAAgAiABNgIMIAIgADYCCCACIAJBL2oiADYCKCACIAA2AiQgAiACQQxqNgIgIAIgAkEIajYCHCMAQRBrIgQkACAEIAJBHGoiACgCACgCACAAKAIEKAIAEIEBIAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB1HQhAAJ/A0BBACAARQ0BGiAAQbzEwABqIABBhAFqIQAgAUEIahDcAUUNAAsgAEH4wsAAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQbCmwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQVgsgA0EEaiAAKAIAIAAoAgQQfiEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqENYBIARBEGokACACIAUQhQEgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIICIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAEPsBIABBGGoQ3gEgAEEMahD7AQsLDQAgACABQRRBBBCSAgsNACAAIAFBCEEEEJICCw0AIAAgAUEMQQQQkgILDQAgACABQQFBARCSAguXAgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBiMAQTBrIgEkACABQRRqIgIgABA7IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKAKMASIFRQ0AIAIpAwBCA1INACAFKAIIQQJHDQAgBSgCFCECIAUoAhAhBwsgCCACNgIEIAggBzYCACAGIAAoAgggACgCDBDQASAAQRBqJAAgAUEgahDOASABQTBqJAAgBEEIaiAGEGogAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDsgASgCFEUEQCABQQhqIAIQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJMNgIEIAYgAigCSEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEFAgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBRCUASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALygMCB38BfiMAQRBrIgUkACMAQSBrIgYkACAGQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQOyACKAIURQRAIAJBCGogARCbASACKAIIIgBBASAAGyACKAIMQQAgABsQjAIACyACIAIoAhw2AiggAiACKQIUIgg3AyAjAEEQayIEJAACQAJAIAinIgEpAwBCBlINACMAQRBrIgAkACAAQQA2AgwgAEKAgICAEDcCBCAAQQRqIgcQ7gFByY/AAEEDEOABIAFBCGoiASgCBCABKAIIEOcBQcyPwABBBhDgASABKAIkIAEoAigQ5wFB0o/AAEEHEOABIAEoAhAgASgCFBBnQdmPwABBBBDgASABKAIcIAEoAiAQ5wEQ/QEaIARBBGoiASAAKAIMNgIIIAEgACkCBDcCACAAQQA2AgwgAEKAgICAEDcCBCAHEPsBIABBEGokACAEKAIEQYCAgIB4Rg0AIAMgBCgCDDYCCCADIAQpAgQ3AgAMAQsgA0EANgIIIANCgICAgBA3AgALIARBEGokACACQSBqEM4BIAJBMGokACAGQQhqIAMQhQEgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC6oCAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiECIwBBMGsiASQAIAFBFGoiBSAAEDsgASgCFEUEQCABQQhqIAUQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAAkACQCAGpyIFKQMAQgFWDQAgAEEEakECIAUtAHggBSgCYEGAgICAeEYbEOkBQQUQUCAAKAIEQYCAgIB4Rg0AIAIgACgCDDYCCCACIAApAgQ3AgAMAQsgAkEANgIIIAJCgICAgBA3AgALIABBEGokACABQSBqEM4BIAFBMGokACAEQQhqIAIQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8gEAgl/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiASQAIAFBFGoiAiAAEDsgASgCFEUEQCABQQhqIAIQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIwCAAsgASABKAIcNgIoIAEgASkCFCIKNwMgIwBBEGsiBCQAAkACQCAKpyIAKQMAQgFWDQAgBEEEaiEIIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIABB4ABqIgAoAgAhCSACQQRqEO4BQaGSwABBAxDgASEHAkAgCUGAgICAeEYEQCAHQaeSwABBAhDnAUGpksAAQQMQ4AFBrJLAAEEFEOcBQbySwABBARDgASAAKAIIIAAoAgwQ5wFBvZLAAEEBEOABIAAoAhQgACgCGBDnARoMAQsgB0G+ksAAQQMQ5wFBwZLAAEEBEOABIAAoAgQgACgCCBDnAUHCksAAQQEQ4AEgACgCECAAKAIUEOcBQfGMwABBAxDgASAALQAYEOkBQQUQ5wEaCyAIIAdBrJTAAEEDEOABQQEQ2QEQ/QEiACgCCDYCCCAIIAApAgA3AgAgAEEANgIAIAJBADYCDCACQQE2AgggABD7ASACQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAUEgahDOASABQTBqJAAgBkEIaiADEIUBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv4AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA7IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQZAwBCyAAQQRqIgJBoJHAAEEMEH8gBSACEGQgAhDwAQsgAEEgaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBRCFASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALtgICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQcjAEEwayIBJAAgAUEUaiICIAAQOyABKAIURQRAIAFBCGogAhCbASABKAIIIgBBASAAGyABKAIMQQAgABsQjAIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAikDAEIEUg0AIAIoAmhBgICAgHhHBEAgAigCcCEGIAIoAmwhBQwBCyACKAKMASICRQ0AIAIoAghBAUcNACACKAIUIQYgAigCECEFCyAIIAY2AgQgCCAFNgIAIAcgACgCCCAAKAIMENABIABBEGokACABQSBqEM4BIAFBMGokACAEQQhqIAcQaiADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQOyABKAIURQRAIAFBCGogAhCbASABKAIIIgBBASAAGyABKAIMQQAgABsQjAIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlg2AgQgBiACKAJUQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQUCAAQRBqJAAgAUEgahDOASABQTBqJAAgBEEIaiAFEJQBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAsYAQF/IAEgA0YEfyAAIAIgARBrBUEBC0ULlQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqEMoBDAELIAAQ8AELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKBBUCyABQRBqJAALC5QBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKMAQRAIABBjAFqEMoBCyAAQYABahCKAiAAEEgCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGgARBUCyABQRBqJAALCyEAIAAgAyABIAIQVSAAQQE7ASQgACACNgIgIABBADYCHAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEFRhs2AgALIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBA0YbNgIACyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALIQAgAEE4ahD7ASAAQcQAahD7ASAAQdAAahD7ASAAENIBC6sBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahD7ASAAQSxqEP8BIABBOGoQ/wEgAEEMahD7ASAAQdAAahDiASAAQdwAahC1ASAAQcQAahCDAgJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBEFQLIAFBEGokAAsLGAEBfyABIANPBH8gAiAAIAMQawVBAQtFCxsBAX8gASAAENgBIgJFBEAgACABEI4CAAsgAgseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQxAELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMQBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahDDAQsbACABBEAgACABIAIQUA8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAEPsBIABBDGoQ3gELCxoAIABBEGoQ+wEgAEEoahDeASAAQRxqEIECCwMAAAsYACAAIAEpAgA3AgAgAEEIaiABQQhqEF4LGAAgACAAKQMgIAKtfDcDICAAIAEgAhADCxcBAX8gACgCBCIBBEAgACgCACABEFQLCxwAIAAoAgAgACgCBCABKAIAIAEoAgQQwgFBAXMLFQAgAUEJTwRAIAEgABASDwsgABACCxsAIABBu5DAAEG/kMAAIAEbQQRBBSABGxDoAQsVACAAKAIAQQVGBEAgAEEEahD7AQsLHwAgAARAIAAgARCOAgALQezIwABBI0GAycAAEIgBAAsZACAAKAIAIAAoAgQgASgCACABKAIEEMIBCw0AIABB3QAgARCIAQALFgAgACgCAEGAgICAeEcEQCAAEPsBCwsSACAAKAIAQQBOBEAgABD7AQsLEwAgACABIAIQ5wEiAEE6EFYgAAsWACAAKAIAQYCAgIB4RwRAIAAQ/gELCxYAIAAoAgBBgICAgHhHBEAgABD/AQsLDQAgAQRAIAAgARBUCwscACAAQcTHwAApAgA3AgggAEG8x8AAKQIANwIACxwAIABBtMfAACkCADcCCCAAQazHwAApAgA3AgALFgAgACgCACABIAIgACgCBCgCDBECAAudAgEBfyAAEHQjAEEQayIDJAAgAEEiEFYgAyABNgIIIAMgASACajYCDANAAkACQAJAAkACQAJAAkACQAJAAkACQCADQQhqEIkBIgFBCGsOBgQFBgEHCAALIAFBIkYNASABQdwARg0CIAFBgIDEAEYNCQsgAUEgSQ0HIAAgARBWDAkLIABBlZDAAEECEH4MCAsgAEGXkMAAQQIQfgwHCyAAQZmQwABBAhB+DAYLIABBm5DAAEECEH4MBQsgAEGdkMAAQQIQfgwECyAAQZ+QwABBAhB+DAMLIABBoZDAAEECEH4MAgsgAEGjkMAAQQQQfiAAIAFBBHYtAKeQQBBWIAAgAUEPcS0Ap5BAEFYMAQsLIABBIhBWIANBEGokACAACxAAIAAQdCAAIAEgAhB+IAALEAAgAEH/AXFBAnQoAvDFQAsQACAAKAIAKAIAIAFBARADCw0AIAAgASACIAFrEH4LEQAgACABIAJB2YvAAEEAEBgLEQAgACgCACgCACABIAIQ1QELDwAgABB0IABB+wAQViAACw8AIAAQdCAAQdsAEFYgAAsPACAAEIoCIABBDGoQ+wELDwAgABD7ASAAQQxqEPsBCw8AIAAQ+wEgAEEQahChAQsTACAAQczIwAA2AgQgACABNgIACxEAIAEgACgCACAAKAIEEOYBC5MLAQx/IAAoAgAhByAAKAIEIQZBACEAAkACQCABIggoAggiDEGAgIDAAXFFDQACQAJAAkACQCAMQYCAgIABcQRAIAEvAQ4iAQ0BQQAhBgwCCyAGQRBPBEACfwJAAkAgBiAHQQNqQXxxIgEgB2siCUkNACAGIAlrIgtBAnYiCkUNACABIAdHBEAgByABayIEQXxNBEADQCAAIAIgB2oiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQAgAkEEaiICDQALCyACIAdqIQUDQCAAIAUsAABBv39KaiEAIAVBAWohBSAEQQFqIgQNAAsLIAcgCWohBAJAIAtBA3EiAUUNACAEIAtB/P///wdxaiICLAAAQb9/SiEDIAFBAUYNACADIAIsAAFBv39KaiEDIAFBAkYNACADIAIsAAJBv39KaiEDCyAAIANqIQIDQCAEIQEgCkUNAkHAASAKIApBwAFPGyIDQQNxIQkCQCADQQJ0IgRB8AdxIgBFBEBBACEFDAELIAAgAWohC0EAIQUgASEAA0AgBSAAKAIAIg1Bf3NBB3YgDUEGdnJBgYKECHFqIABBBGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWogAEEIaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQxqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIQUgAEEQaiIAIAtHDQALCyAKIANrIQogASAEaiEEIAVBCHZB/4H8B3EgBUH/gfwHcWpBgYAEbEEQdiACaiECIAlFDQALAn8gASADQfwBcUECdGoiACgCACIBQX9zQQd2IAFBBnZyQYGChAhxIgEgCUEBRg0AGiABIAAoAgQiA0F/c0EHdiADQQZ2ckGBgoQIcWoiASAJQQJGDQAaIAAoAggiAEF/c0EHdiAAQQZ2ckGBgoQIcSABagsiAEEIdkH/gRxxIABB/4H8B3FqQYGABGxBEHYgAmohAgwBC0EAIAZFDQEaIAZBA3EhBSAGQQRPBEAgBkF8cSEBA0AgAiAEIAdqIgAsAABBv39KaiAAQQFqLAAAQb9/SmogAEECaiwAAEG/f0pqIABBA2osAABBv39KaiECIAEgBEEEaiIERw0ACyAFRQ0BCyAEIAdqIQADQCACIAAsAABBv39KaiECIABBAWohACAFQQFrIgUNAAsLIAILIQIMBAsgBkUNAyAGQQNxIQAgBkEETwRAIAZBDHEhBANAIAIgAyAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohAiAEIANBBGoiA0cNAAsgAEUNBAsgAyAHaiEDA0AgAiADLAAAQb9/SmohAiADQQFqIQMgAEEBayIADQALDAMLIAYgB2ohAkEAIQYgByEDIAEhAANAIAMiBCACRg0CIAYCfyADQQFqIAMsAAAiA0EATg0AGiAEQQJqIANBYEkNABogBEEEQQMgA0FvSxtqCyIDIARraiEGIABBAWsiAA0ACwtBACEACyABIABrIQILIAIgCC8BDCIATw0AIAAgAmshAUEAIQJBACEAAkACQAJAIAxBHXZBA3FBAWsOAgABAgsgASEADAELIAFB/v8DcUEBdiEACyAMQf///wBxIQUgCCgCBCEEIAgoAgAhCANAIAJB//8DcSAAQf//A3FJBEBBASEDIAJBAWohAiAIIAUgBCgCEBEEAEUNAQwDCwtBASEDIAggByAGIAQoAgwRAgANAUEAIQIgASAAa0H//wNxIQADQCACQf//A3EiASAASSEDIAAgAU0NAiACQQFqIQIgCCAFIAQoAhARBABFDQALDAELIAgoAgAgByAGIAgoAgQoAgwRAgAhAwsgAwsLACAAIAEgAhBrRQsMACAAIAEgAiADECYLlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABA7IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCMAgALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEM4BIAFBMGokAEH/AXG4Cw8AIABB3MbAACABIAIQCwsPAEHYzsAAQTMgABCIAQALCgAgAEEBQQEQdQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ8gEgAkEoaiECDAELCyAAEIcCCwsAIABB/QAQViAACzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhChASACQRhqIQIMAQsLIAAQhgILNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPsBIAJBDGohAgwBCwsgAEEEQQwQdQsLACAAQd0AEFYgAAs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARD7ASABQQxqEPsBIAJBAWshAiABQRhqIQEMAQsLIAAQiQILCgAgAEEEQQgQdQs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARD7ASABQQxqEP8BIAJBAWshAiABQRhqIQEMAQsLIAAQiQILNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPsBIAJBEGohAgwBCwsgABCFAgsKACAAQQRBEBB1CwoAIABBCEEYEHULCgAgAEEIQSgQdQsKACAAIAEgAhAfCwoAIABBBEEYEHULOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABEPsBIAFBFGohAQwBCwsgAEEEQRQQdQsNAEH8xcAAQRsQjAIACwkAIAAgARAAAAsMACAAIAEpAgA3AwALPQEBfyMAQRBrIgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQazPwAAoAgAiAEEYIAAbEQAAAAsMAEGE08AAQQE6AAALCQAgAEEANgIACwMAAAsjAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhB9CwsLk0sjAEGAgMAAC4ktFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvc3RyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjEwLjkvc3JjL2NvcmVfYXBpLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvZGlnZXN0LTAuMTAuNy9zcmMvY29yZV9hcGkvY3RfdmFyaWFibGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTAuNC9zcmMvbGliLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvaG1hYy0wLjEyLjEvc3JjL2xpYi5ycwBzcmMvcmZjMzMzOS5ycwAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVuZ3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAAABnARAATwAAAM0BAAA3AAAAGAEQAE4AAAANCAAAEQAAABoCEABkAAAAfAAAACQAAAD7AhAAWQAAAKIAAAAnAAAA+wIQAFkAAACkAAAAGAAAAPsCEABZAAAApAAAACAAAAD7AhAAWQAAAK4AAAAUAAAA+wIQAFkAAACuAAAAGgAAAPsCEABZAAAAnQAAABgAAAD7AhAAWQAAAJ0AAAAfAAAA+wIQAFkAAACdAAAAJQAAAPsCEABZAAAALQEAACIAAAD7AhAAWQAAADgBAAAeAAAA+wIQAFkAAAA1AQAAGAAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3RBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODktX2h0dHBzOi8vaHR0cDovL2xvY2FsaG9zdDo6MTEGEAADAAAAMTI3ADwGEAADAAAAZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5UlMyNTZhbGdraWRjcml0AHEGEAADAAAAdAYQAAMAAAB3BhAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKaGVhZGVyIGlzIG5vdCBiYXNlNjR1cmxoZWFkZXIgaXMgbm90IGEgSlNPTiBvYmplY3Qgd2l0aCBhbiBhbGdwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmxFUzI1NjcHEAAFAAAALnRoZSBzaWduYXR1cmUgaXMgZW1wdHkgb3Igbm90IG9mIGl0cyBhbGdvcml0aG0ncyBzaXplY3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c3VybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAEAAAABAAAAAMAAAAEAAAAAAAAAAQAAAAEAAAABQAAAAYAAAC3ARAACwAAAEsBAAAaAAAAAAAAABAAAAAEAAAABwAAAAgAAAC3ARAACwAAAO4BAAAJAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAMMIEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAACwJEAAFAAAAeHlSU0FuZXNpZwAAQwkQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJp+gkQAAYAAAAAChAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzMAAARQ8QAAEAAABleHAsIG5iZiBhbmQgaWF0IG11c3QgYmUgd2hvbGUgc2Vjb25kcyBiZWxvdyAyXjYzIChubyBmcmFjdGlvbiwgbm8gZXhwb25lbnQpdGhlIHRva2VuIGhhcyBubyBleHAgY2xhaW1uYmZpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cAFodHRwczovL3N0eXRjaC5jb20vc2Vzc2lvbmV4cGlyZXNfYXR0aGUgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lYSBjbGFpbSBCUklER0VfQ0xBSU1TIG1hcHMgaXMgbm90IGEgc3RyaW5nICjiiaQgMjU2IGJ5dGVzKSwgaW50ZWdlciwgYm9vbGVhbiBvciBhcnJheSBvZiDiiaQgMzIgc3VjaCBzdHJpbmdzdG9rZW5fdXNlIGlzIG5vdCBhIHRva2VuIGtpbmQgT0lEQ19UT0tFTl9VU0UgYWNjZXB0cyAoaWQsIGFjY2VzcylPSURDX1BSRVNFVG11c3QgYmUgb25lIG9mIGNsZXJrLCBhdXRoMCwgZmlyZWJhc2UsIGNvZ25pdG8sIGVudHJhLCBnb29nbGUsIHN1cGFiYXNlIChvciB1bnNldClKV1RfU0VDUkVUQlJJREdFX1RPS0VOX1RUTF9TRUNPTkRTQlJJREdFX0NBUF9UT19QUk9WSURFUl9FWFAxeWVzbm9tdXN0IGJlIHRydWUgb3IgZmFsc2VCUklER0VfQUxMT1dFRF9PUklHSU5TKkJSSURHRV9DTEFJTVNTVFlUQ0hfQVBJX0JBU0Vwcm9qZWN0LWxpdmUtaHR0cHM6Ly90ZXN0LnN0eXRjaC5jb21odHRwczovL2FwaS5zdHl0Y2guY29tU1RZVENIX1NFQ1JFVG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19Ly53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uT0lEQ19UT0tFTl9VU0UAhAoQAAIAAADbDxAABgAAAG11c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAAAVExAABAAAAGJhc2UkExAABAAAAEsREAAKAAAAVREQABgAAABtERAAGgAAAKIREAAWAAAAuREQAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAALwoQAAMAAAAyChAABAAAAEMKEAADAAAAuQ8QAAMAAABSChAAAwAAAFUKEAADAAAAtg8QAAMAAABYChAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAL8UEAAHAAAAgAoQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQA7BQQAAcAAAAJEBAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAAAYFRAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZFgKEAAFAAAAUBUQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGRpc2NvdmVyZWQgaXMgbm90IGV4cGVjdGVkIG5vdwACAEGUrcAACwEEAEGgrcAACwoBAAAAAAAAAPQBAEGIrsAAC9UKc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93T1BUSU9OU3N0eXRjaF9hbnN3ZXIgaXMgbm90IGV4cGVjdGVkIG5vd3NpZ25hdHVyZV9jaGVja2VkIGlzIG5vdCBleHBlY3RlZCBub3dmYWlsIGlzIG5vdCBleHBlY3RlZCBub3dubyBjb25maWd1cmF0aW9uQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAAABUGRAABgAAAFoZEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAAMsZEAAQAAAAhxkQAA0AAACUGRAADwAAANsZEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9AAgaEAAWAAAAHhoQACkAAABUGRAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAJkaEAAQAAAAhhoQAA4AAABgGhAADgAAAKkaEAAKAAAAe30AANQaEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwAaFhAAEQAAAA8SEAANAAAAxhEQAA8AAAAAGxAACwAAAHN0eXRjaC5jb20ve317YmFzZX0ALBsQAA0AAAA5GxAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAAO4QEAALAAAAahsQAAsAAABdGxAADQAAAFAbEAANAAAAdRsQAAkAAABpEhAADgAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZWNvZ25pdG8veG1zX2Vkb3ZlbnRyYWh0dHBzOi8vYWNjb3VudHMuZ29vZ2xlLmNvbWdvb2dsZWFjY291bnRzLmdvb2dsZS5jb20AANQaEAACAAAA+xsQABMAAAAvdXNlcl9tZXRhZGF0YS9lbWFpbF92ZXJpZmllZHN1cGFiYXNlAAAANgoQAA0AAABoGRAAAgAAAHgZEAAPAEHouMAACxWHGRAADQAAAJQZEAAPAAAAoxkQACIAQYi5wAALQcUZEAAGAAAAxRkQAAYAAADoGRAABAAAAMsZEAAQAAAASBoQAAIAAADbGRAACwAAAAQAAAAAAAAADQQQAAEAAAABAEHUucAACw1YGhAAAQAAAHgZEAAPAEH0ucAAC2FgGhAADgAAAG4aEAAYAAAAhhoQAA4AAACUGhAABQAAAJQaEAAFAAAAtBoQAAQAAACZGhAAEAAAANgaEAABAAAAqRoQAAoAAAAEAAAAAAAAAA0EEAABAAAADQQQAAEAAAABAEGAu8AACwXgGhAAGgBBkLvAAAtZ+hoQAAYAAAD6GhAABgAAAAwbEAAEAAAAGhYQABEAAABAGxAAAgAAAAAbEAALAAAA2BoQAAEAAAANBBAAAQAAAO4PEAABAAAAAAAAAVgaEAABAAAAeBkQAA8AQfy7wAALBVAbEAANAEGMvMAAC2FdGxAADQAAABUTEAAEAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAAABAAAAAAAAAAEBAQBYGhAAAQAAAHgZEAAPAEGAvcAACwVQGxAADQBBkL3AAAthXRsQAA0AAACzGxAABQAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAA6g8QAAEAAAABAQAAWBoQAAEAAAB4GRAADwBBhL7AAAsFUBsQAA0AQZS+wAALYV0bEAANAAAAuBsQAAUAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AQYi/wAALBVAbEAANAEGYv8AAC2FdGxAADQAAAL0bEAAIAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAAABAAAAAAAAAAEBAQBYGhAAAQAAAHgZEAAPAEGMwMAACwVQGxAADQBBnMDAAAthXRsQAA0AAADFGxAABwAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAA0Q8QAAEAAAABAQEAWBoQAAEAAADMGxAACQBBkMHAAAsFUBsQAA0AQaDBwAALaV0bEAANAAAA1RsQAAUAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AAADaGxAAGwBBlMLAAAsFUBsQAA0AQaTCwAALYV0bEAANAAAA9RsQAAYAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAAAQHBAAAgAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAIBwQAB0AQZjDwAALBVAbEAANAEGow8AAC/MFXRsQAA0AAAA9HBAACAAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAABIHBAAAQAAALAbEAADAAAAAQAAAAAAAAABAQAApwMQAA4AAAAiAAAANQAAAG1pZCA+IGxlbgAAAFUDEABRAAAAfAAAABQAAABVAxAAUQAAAHwAAAAjAAAAVQMQAFEAAABzAAAAEAAAAFUDEABRAAAAcwAAAB4AAADPABAASAAAALEAAAAWAAAAYXR0ZW1wdCB0byBqb2luIGludG8gY29sbGVjdGlvbiB3aXRoIGxlbiA+IHVzaXplOjpNQVgAAADPABAASAAAAJoAAAAKAAAAwwEQAFYAAABCAAAAEwAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbGAEQAE4AAADmBQAAJQAAAGwGEABPGRAANwcQAG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdFRyaWVkIHRvIHNocmluayB0byBhIGxhcmdlciBjYXBhY2l0eQB/AhAAUAAAACwDAAAJAAAAGAEQAE4AAABxBwAAEQAAABkAAAAMAAAABAAAABoAAAAbAAAAHAAAAAAAAAAIAAAABAAAAB0AAAAeAAAAHwAAACAAAAAhAAAAEAAAAAQAAAAiAAAAIwAAACQAAAAlAAAAbV3L1ixQ62N4QaZXcRuLuRWiXFU0VQfUU3itgVHwo/dhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAADQAhAAKgAAALEEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAA0AIQACoAAAC3BAAADQAAAAAAAAAIAAAABAAAACYAAAAZAAAADAAAAAQAAAAnAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB/AhAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQbjJwAALCAICAAAAAAACAEHvycAACwECAEGVysAACwEBAEGwysAACwEBAEGQy8AAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBms7AAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEHYzsAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEH0zsAACwEXAEGAz8AACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==";

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

// functions/src/kinde-bridge.js
var kinde_bridge_default = bridgeHandler("kinde");
module.exports = kinde_bridge_default;
})();
