// kinde-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy kinde-bridge --file functions/dist/kinde-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:4dad1779eb2cfcc8df01e996210b811fbf16992a48f03ca5a1fc7818b7ab2f33
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgAX8AYAN/f38Bf2ADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAACf39gAX8Cf39gBX9/f39/AGAAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA4kChwIHBAMGAAEFAAYDAAACAwYEAAAADAUECgQFAwIAAgAAAAAGBAINDgIKBgUDAwADAwMHBgIFAAAGAA8DAAIAEBEAAAMGAgEABQMCBAMFAAMDBAcABQAAAAIBAQAAAgADAwMFAAADAwIABAACAAMCBQADAAIBAwcCAQQFBQUKAwMCAwADAwAGEgMHAAAAAAABBAYAAAIABQMAAAcGAwAEARMEAAMCAgICAgIEBAQKARQBAQAAAAAJCQkJCQkJCQYBAQUAAAABAQYEAQEBAwEBAQABBAQEAQAEAAEBAgEBAwAAAgICBwMHBwEBAQAEAgYVAgEBBwEBBwEBAQEBAQECAQELAAAAAAALBQQJAnABKSlvAIQIBQMBABEGGQN/AUGAgMAAC38AQdzJwAALfwBBiMrAAAsH7wQbBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFsYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFwMYnJpZGdlX2JlZ2luABUPYnJpZGdlX2Vudl9rZXlzAK8BCmJyaWRnZV9uZXcAMxFicmlkZ2VzZXNzaW9uX2FsZwC5ARhicmlkZ2VzZXNzaW9uX2Rpc2NvdmVyZWQAXxticmlkZ2VzZXNzaW9uX2Rpc2NvdmVyeV91cmwAtgESYnJpZGdlc2Vzc2lvbl9mYWlsAGAWYnJpZGdlc2Vzc2lvbl9qd2tzX3VybAC8ARFicmlkZ2VzZXNzaW9uX2tleQC6ARJicmlkZ2VzZXNzaW9uX2tpbmQA7wETYnJpZGdlc2Vzc2lvbl9yZXBseQC7ARhicmlkZ2VzZXNzaW9uX3NlbGVjdF9rZXkAYRdicmlkZ2VzZXNzaW9uX3NpZ25hdHVyZQC9AR9icmlkZ2VzZXNzaW9uX3NpZ25hdHVyZV9jaGVja2VkADobYnJpZGdlc2Vzc2lvbl9zaWduaW5nX2lucHV0ALcBG2JyaWRnZXNlc3Npb25fc3R5dGNoX2Fuc3dlcgAmHGJyaWRnZXNlc3Npb25fc3R5dGNoX3JlcXVlc3QAuAEPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwIVX193YmluZGdlbl9leHRlcm5yZWZzAQERX193YmluZGdlbl9tYWxsb2MAeRJfX3diaW5kZ2VuX3JlYWxsb2MAhgEPX193YmluZGdlbl9mcmVlAN4BEF9fd2JpbmRnZW5fc3RhcnQAAQlHAQBBAQso/gEcqgFRmwEq7gEjpwFFpAFKpQEepgE0qAGUAasBJKkBPYcChQLPAV0Z8AHsAYIB6wGDAs8BkAEiQoYC4AHfARcMASMKn5wEhwLTJQIJfwF+IwBBEGsiCCQAAkACQAJAIABB9QFPBEAgAEHM/3tLBEBBACEADAQLIABBC2oiAUF4cSEFQcTNwAAoAgAiCUUNAkEfIQYgAEH1//8HTw0BIAVBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBgwBCwJAAkACQAJAAkBBwM3AACgCACIEQRAgAEELakH4A3EgAEELSRsiBUEDdiIAdiIBQQNxBEAgAUF/c0EBcSAAaiIHQQN0IgFBuMvAAGoiACABQcDLwABqKAIAIgIoAggiA0YNASADIAA2AgwgACADNgIIDAILIAVByM3AACgCAE0NBiABDQJBxM3AACgCACIARQ0GIABoQQJ0QajKwABqKAIAIgEoAgRBeHEgBWshAyABIQIDQAJAIAEoAhAiAA0AIAEoAhQiAA0AIAIoAhghBgJAAkAgAiACKAIMIgBGBEAgAkEUQRAgAigCFCIAG2ooAgAiAQ0BQQAhAAwCCyACKAIIIgEgADYCDCAAIAE2AggMAQsgAkEUaiACQRBqIAAbIQQDQCAEIQcgASIAQRRqIABBEGogACgCFCIBGyEEIABBFEEQIAEbaigCACIBDQALIAdBADYCAAsgBkUNBgJAIAIoAhxBAnRBqMrAAGoiASgCACACRwRAIAIgBigCEEcEQCAGIAA2AhQgAA0CDAkLIAYgADYCECAADQEMCAsgASAANgIAIABFDQYLIAAgBjYCGCACKAIQIgEEQCAAIAE2AhAgASAANgIYCyACKAIUIgFFDQYgACABNgIUIAEgADYCGAwGCyAAKAIEQXhxIAVrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAALAAtBwM3AACAEQX4gB3dxNgIACyACQQhqIQAgAiABQQNyNgIEIAEgAmoiASABKAIEQQFyNgIEDAULAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIHQQN0IgFBuMvAAGoiAiABQcDLwABqKAIAIgAoAggiA0cEQCADIAI2AgwgAiADNgIIDAELQcDNwAAgBEF+IAd3cTYCAAsgACAFQQNyNgIEIAAgBWoiBiABIAVrIgdBAXI2AgQgACABaiAHNgIAQcjNwAAoAgAiAgRAQdDNwAAoAgAhAQJAQcDNwAAoAgAiBEEBIAJBA3Z0IgNxRQRAQcDNwAAgAyAEcjYCACACQXhxQbjLwABqIgMhBAwBCyACQXhxIgJBuMvAAGohBCACQcDLwABqKAIAIQMLIAQgATYCCCADIAE2AgwgASAENgIMIAEgAzYCCAsgAEEIaiEAQdDNwAAgBjYCAEHIzcAAIAc2AgAMBAtBxM3AAEHEzcAAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgcgA0EBcjYCBCADIAdqIAM2AgBByM3AACgCACIBRQ0BQdDNwAAoAgAhAAJAQcDNwAAoAgAiBEEBIAFBA3Z0IgZxRQRAQcDNwAAgBCAGcjYCACABQXhxQbjLwABqIgQhAQwBCyABQXhxIgRBuMvAAGohASAEQcDLwABqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0HQzcAAIAc2AgBByM3AACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAZBAnRBqMrAAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgBkEBdmtBACAGQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiByAFSQ0AIAcgBWsiByADTw0AIAIhASAHIgMNAEEAIQMgASEADAMLIAIoAhQiByAAIAcgAiAEQR12QQRxaigCECICRxsgACAHGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAZ0IgBBACAAa3IgCXEiAEUNAyAAaEECdEGoysAAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSICIAVrIgQgAyADIARLIgQbIAIgBUkiAhshAyABIAAgASAEGyACGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUHIzcAAKAIAIgBNIAMgACAFa09xDQAgASgCGCEGAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhByACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgB0EANgIACwJAIAZFDQACQAJAIAEoAhxBAnRBqMrAAGoiAigCACABRwRAIAEgBigCEEcEQCAGIAA2AhQgAA0CDAQLIAYgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0HEzcAAQcTNwAAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQFAwCCwJAQcDNwAAoAgAiAkEBIANBA3Z0IgRxRQRAQcDNwAAgAiAEcjYCACADQfgBcUG4y8AAaiIDIQIMAQsgA0H4AXEiBEG4y8AAaiECIARBwMvAAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVByM3AACgCACIBSwRAIAVBzM3AACgCACIATwRAIAhBBGohAAJ/IAVBr4AEakGAgHxxIgFBEHYgAUH//wNxQQBHaiIBQAAiBEF/RgRAQQAhAUEADAELIAFBEHQiAkEQayACIARBEHQiAUEAIAJrRhsLIQIgAEEANgIIIAAgAjYCBCAAIAE2AgAgCCgCBCIBRQRAQQAhAAwICyAIKAIMIQdB2M3AACAIKAIIIgRB2M3AACgCAGoiADYCAEHczcAAIABB3M3AACgCACICIAAgAksbNgIAAkACQEHUzcAAKAIAIgIEQEGoy8AAIQADQCABIAAoAgAiAyAAKAIEIgZqRg0CIAAoAggiAA0ACwwCC0HkzcAAKAIAIgBBACAAIAFNG0UEQEHkzcAAIAE2AgALQejNwABB/x82AgBBtMvAACAHNgIAQazLwAAgBDYCAEGoy8AAIAE2AgBBxMvAAEG4y8AANgIAQczLwABBwMvAADYCAEHAy8AAQbjLwAA2AgBB1MvAAEHIy8AANgIAQcjLwABBwMvAADYCAEHcy8AAQdDLwAA2AgBB0MvAAEHIy8AANgIAQeTLwABB2MvAADYCAEHYy8AAQdDLwAA2AgBB7MvAAEHgy8AANgIAQeDLwABB2MvAADYCAEH0y8AAQejLwAA2AgBB6MvAAEHgy8AANgIAQfzLwABB8MvAADYCAEHwy8AAQejLwAA2AgBBhMzAAEH4y8AANgIAQfjLwABB8MvAADYCAEGAzMAAQfjLwAA2AgBBjMzAAEGAzMAANgIAQYjMwABBgMzAADYCAEGUzMAAQYjMwAA2AgBBkMzAAEGIzMAANgIAQZzMwABBkMzAADYCAEGYzMAAQZDMwAA2AgBBpMzAAEGYzMAANgIAQaDMwABBmMzAADYCAEGszMAAQaDMwAA2AgBBqMzAAEGgzMAANgIAQbTMwABBqMzAADYCAEGwzMAAQajMwAA2AgBBvMzAAEGwzMAANgIAQbjMwABBsMzAADYCAEHEzMAAQbjMwAA2AgBBzMzAAEHAzMAANgIAQcDMwABBuMzAADYCAEHUzMAAQcjMwAA2AgBByMzAAEHAzMAANgIAQdzMwABB0MzAADYCAEHQzMAAQcjMwAA2AgBB5MzAAEHYzMAANgIAQdjMwABB0MzAADYCAEHszMAAQeDMwAA2AgBB4MzAAEHYzMAANgIAQfTMwABB6MzAADYCAEHozMAAQeDMwAA2AgBB/MzAAEHwzMAANgIAQfDMwABB6MzAADYCAEGEzcAAQfjMwAA2AgBB+MzAAEHwzMAANgIAQYzNwABBgM3AADYCAEGAzcAAQfjMwAA2AgBBlM3AAEGIzcAANgIAQYjNwABBgM3AADYCAEGczcAAQZDNwAA2AgBBkM3AAEGIzcAANgIAQaTNwABBmM3AADYCAEGYzcAAQZDNwAA2AgBBrM3AAEGgzcAANgIAQaDNwABBmM3AADYCAEG0zcAAQajNwAA2AgBBqM3AAEGgzcAANgIAQbzNwABBsM3AADYCAEGwzcAAQajNwAA2AgBB1M3AACABQQ9qQXhxIgBBCGsiAjYCAEG4zcAAQbDNwAA2AgBBzM3AACAEQShrIgQgASAAa2pBCGoiADYCACACIABBAXI2AgQgASAEakEoNgIEQeDNwABBgICAATYCAAwICyACIANJIAEgAk1yDQAgACgCDCIDQQFxDQAgA0EBdiAHRg0DC0HkzcAAQeTNwAAoAgAiACABIAAgAUkbNgIAIAEgBGohA0Goy8AAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgwiA0EBcQ0AIANBAXYgB0YNAQtBqMvAACEAA0ACQCACIAAoAgAiA08EQCACIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0HUzcAAIAFBD2pBeHEiAEEIayIDNgIAQczNwAAgBEEoayIJIAEgAGtqQQhqIgA2AgAgAyAAQQFyNgIEIAEgCWpBKDYCBEHgzcAAQYCAgAE2AgAgAiAGQSBrQXhxQQhrIgAgACACQRBqSRsiA0EbNgIEQajLwAApAgAhCiADQRBqQbDLwAApAgA3AgAgA0EIaiIAIAo3AgBBtMvAACAHNgIAQazLwAAgBDYCAEGoy8AAIAE2AgBBsMvAACAANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAiADRg0HIAMgAygCBEF+cTYCBCACIAMgAmsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCACIAAQFAwICwJAQcDNwAAoAgAiAUEBIABBA3Z0IgRxRQRAQcDNwAAgASAEcjYCACAAQfgBcUG4y8AAaiIAIQEMAQsgAEH4AXEiAEG4y8AAaiEBIABBwMvAAGooAgAhAAsgASACNgIIIAAgAjYCDCACIAE2AgwgAiAANgIIDAcLIAAgATYCACAAIAAoAgQgBGo2AgQgAUEPakF4cUEIayIEIAVBA3I2AgQgBkEPakF4cUEIayIDIAQgBWoiAGshBSADQdTNwAAoAgBGDQMgA0HQzcAAKAIARg0EIAMoAgQiAkEDcUEBRgRAIAMgAkF4cSIBEBIgASAFaiEFIAEgA2oiAygCBCECCyADIAJBfnE2AgQgACAFQQFyNgIEIAAgBWogBTYCACAFQYACTwRAIAAgBRAUDAYLAkBBwM3AACgCACIBQQEgBUEDdnQiAnFFBEBBwM3AACABIAJyNgIAIAVB+AFxQbjLwABqIgUhAwwBCyAFQfgBcSIBQbjLwABqIQMgAUHAy8AAaigCACEFCyADIAA2AgggBSAANgIMIAAgAzYCDCAAIAU2AggMBQtBzM3AACAAIAVrIgE2AgBB1M3AAEHUzcAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAwGC0HQzcAAKAIAIQACQCABIAVrIgJBD00EQEHQzcAAQQA2AgBByM3AAEEANgIAIAAgAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBC0HIzcAAIAI2AgBB0M3AACAAIAVqIgQ2AgAgBCACQQFyNgIEIAAgAWogAjYCACAAIAVBA3I2AgQLIABBCGohAAwFCyAAIAQgBmo2AgRB1M3AAEHUzcAAKAIAIgBBD2pBeHEiAUEIayICNgIAQczNwABBzM3AACgCACAEaiIEIAAgAWtqQQhqIgE2AgAgAiABQQFyNgIEIAAgBGpBKDYCBEHgzcAAQYCAgAE2AgAMAwtB1M3AACAANgIAQczNwABBzM3AACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0HQzcAAIAA2AgBByM3AAEHIzcAAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgBEEIaiEADAELQQAhAEHMzcAAKAIAIgEgBU0NAEHMzcAAIAEgBWsiATYCAEHUzcAAQdTNwAAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEACyAIQRBqJAAgAAuxCQEMfyMAQaABayICJAAgAiAANgJAIAIgACABajYCRCACQUBrIgcoAgAhCCAHKAIEIQQDQAJAIAgiAyAERg0AIAcgA0EBaiIINgIAIAMtAAAiBkHcAEYNACAGQf8Aa0H/AXFBoQFLDQELCwJAIAMgBEcNACACQThqQcGGwABBCCAAIAEQrQEgAigCPCEEIAIoAjghCCACQTBqQcmGwABBByAAIAEQrQEgCCIDRQRAIAIoAjAiA0UNASACKAI0IQQLIAJBATsBaCACQgA3AlwgAiADNgJUIAIgAzYCTCACQSM2AkggAkKvgICA8Ac3AkAgAiAENgJkIAIgBDYCUCACIAMgBGo2AlggAkHUAGohAQJAAkADQCACQShqIAEQRyACKAIsIgVBgIDEAEYNASACKAIoIQlBACEAA0AgAEEMRg0BIAJBQGsgAGogAEEEaiEAKAIAIAVHDQALCyADIAIoAmAiAWohACAJIAFrIQUMAQtBACEAIAItAGkNAAJAIAItAGhBAUYEQCACKAJkIQMgAigCYCEBDAELIAIoAmQiAyACKAJgIgFGDQELIAIoAkwgAWohACADIAFrIQULQQAhBCACQSBqIABBASAAGyIBIAVBACAAGyIAQdsAEG8CQAJAAkAgAigCICIKBEAgAkFAayAKIAIoAiRB3QAQSCACKAJAIgFFDQIgAigCRCEAIAJBGGogAigCSCACKAJMIgNBOhBvIAIoAhgiBEUNASACKAIcIQkMAwsgAkFAayABIABBOhBIIAIoAkAiA0UNAiACKAJMIQkgAigCSCEEIAIoAkQhACADIQEMAgtBACEEIANFDQELQQAhBQwBCyACIAA2AnAgAiABNgJsQQAhBSACIApBAEc6AHcgAEUNACACIAE2AkAgAiAAIAFqNgJEIAJBQGsiCygCACEHIAsoAgQhDCACQfcAai0AAEEBcSENA0ACQCAHIgMgDEYNACALIANBAWoiBzYCACADLQAAIQYgDUUEQCAGQTBrQf8BcUEKSSAGQd8BcUHBAGtB/wFxQRpJciAGQd8ARiAGQS1rQQJJcnINAgwBCyAGQS5GIAZBMGtB/wFxQQtJciAGQd8BcUHBAGtB/wFxQQZJcg0BCwsgAyAMRw0AAkACQCAERQRAIAhFDQEMAgsgCCAEIAlBBRBuIgVFcg0CCyAKRQRAIAEgAEHQhsAAQQkQOA0BIAJB+ABqIgMgASAAQS4QwQEgAkEQaiADECEgAiACKQMQNwJAQQAhBSACQUBrQeiGwAAQngFFDQIgAiACKQJ4NwNAIAIgAikCgAE3A0ggAiACKQKIATcDUCACIAIoApABNgJYIAIgAi8BnAE7AWQgAiACKQKUATcCXEEEIQADQCAAQQFrIQAgAkEIaiACQUBrECEgAigCCA0ACyAADQIDQCACIAJB+ABqECEgAigCACIARSEFIABFDQMgACACKAIEIgFBAxBuRQ0DQQAhAwNAIAEEQCADQQpsIAAtAABBMGtB/wFxaiEDIAFBAWshASAAQQFqIQAMAQsLIANBgAJJDQALDAILIAJB7ABqQdyGwAAQ1wEhBQwBC0EBIQULIAJBoAFqJAAgBQuhBwIEfwh+IwBBIGsiBCQAAkACQCACQRNNDQAgAS0ABEEtRw0AIAEtAAdBLUcNACABLQAKIgNBIEYgA0H0AEZyRSADQdQAR3ENACABLQANQTpHDQAgAS0AEEE6Rw0AIAQgAjYCDCAEIAE2AgggBEEQaiIDIARBCGoiBUEAQQQQCAJ+AkACQAJAIAQpAxBCAVINACAEKQMYIQkgAyAFQQVBBxAIIAQpAxBCAVINACAEKQMYIQcgAyAFQQhBChAIIAQpAxBCAVINACAEKQMYIQogAyAFQQtBDRAIIAQpAxBCAVINACAEKQMYIQsgAyAFQQ5BEBAIIAQpAxBCAVINACAEKQMYIQwgAyAFQRFBExAIIAQpAxBCAVIgB0IBfUILVnIgCkIAV3INACAEKQMYIQ1CHyEIAkAgB0ILVg0AQgEgB4ZC0BSDUARAIAdCAlINAUIdQh1CHCAJQuQAgUIAUhtCHCAJQgODUBsgCUKQA4FQGyEIDAELQh4hCAsgCCAKVCALQhdVciAMQjtVIA1CPFVycg0AQRMhAyABLQATQS5GBEBBFCEDA0ACQCACIANGBEAgAiEDDAELIAEgA2otAABBMGtB/wFxQQlLDQAgA0EBaiEDDAELCyADQRRGDQELIAIgA00NAAJAAkACQAJAIAEgA2otAAAiBkEraw4DAgQBAAsgBkH6AEcEQCAGQdoARyADQQFqIAJHcg0EDAYLIANBAWogAkYNBQwDCyADQQZqIAJHDQIgAiADQQNqIgVLBEAgASAFai0AAEE6Rg0CDAMLIAUgAkHIwMAAEGUACyADQQZqIAJHDQEgA0EDaiIFIAJPDQIgASAFai0AAEE6Rw0BCyAEQRBqIgEgBEEIaiICIANBAWogBRAIIAQoAhBFDQAgBCkDGCEIIAEgAiADQQRqIANBBmoQCCAEKQMQQgFSIAhCF1VyDQAgBCkDGCIOQjtVDQBCACAOQjx+IAhCkBx+fCIIfSAIIAZBK0YbDAMLIABCADcDAAwECyAFIAJByMDAABBlAAtCAAshCCAAQgE3AwAgACAMQjx+IAtCkBx+fCANfCAIfCAKIAdCCXxCDIGnQZkBbEECasFBBW2tw3wgCSAHQgNTrX0iByAHQpADfyIJQpADfn1CP4cgCXwiCUKx9Qh+fCAJQvB8fiAHfCIHQgR/fCAHQu0CfnwgB0Kcf398Qu30K31CgKMFfnw3AwgMAQsgAEIANwMACyAEQSBqJAAL3QYBBX8CQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEBEiAg0BQQAPC0EAIQIgA0HM/3tLDQhBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAQgAWtBgIAISyABIARPcnINByAADwsgBCAGaiEFAkAgASAESwRAIAVB1M3AACgCAEYNAUHQzcAAKAIAIAVHBEAgBSgCBCIIQQJxDQkgCEF4cSIIIARqIgQgAUkNCSAFIAgQEiAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEA0MCQsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAgLQcjNwAAoAgAgBGoiBCABSQ0IAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtB0M3AACABNgIAQcjNwAAgBTYCAAwHCyAEIAFrIgRBD00NBiAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBANDAYLQczNwAAoAgAgBGoiBCABSw0EDAYLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRSAGIAdPcg0GQfTCwABBpMPAABDYAQALQbTCwABB5MLAABDYAQALQfTCwABBpMPAABDYAQALQbTCwABB5MLAABDYAQALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQczNwAAgATYCAEHUzcAAIAU2AgALIAZFDQAgAA8LIAMQAiIBRQ0BIANBfEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQILIAAQBwsgAgvfBgEOfyMAQZABayIDJAAgA0EEaiIHQQBBwAD8CwAgA0KAgICAwAA3AlAgA0HAADYCSCADIAE2AkQgAyABQUBrNgJMIwBBEGsiBCQAIAQgA0HEAGoiATYCDCAEIAc2AgggBEEIaiICKAIEIAIoAgBrQQJ2IQUgASgCECICRQRAQcDJwABBM0HYwMAAEIgBAAsgASgCBCACbiEGIANB2ABqIgIgATYCBCACIAc2AgAgAkEANgIcIAIgASkCADcCCCACIAEpAgg3AhAgAiABKAIQNgIYIAIgBiAFIAUgBksbNgIgIARBEGokACADKAJ0IgUgAygCeCIBIAEgBUkbIQggAygCYCAFIAMoAnAiBGxqIQcgAygCWCEJA0AgBSAIRwRAQQAhBiAEBEAgByEBIAQhAgNAIAEtAAAgBkEIdHIhBiABQQFqIQEgAkEBayICDQALCyAJIAVBAnRqIAVBAWohBSAGNgIAIAQgB2ohBwwBCwsgACgCHCENIAAoAhghCSAAKAIUIQEgACgCECEIIAAoAgwhDiAAKAIIIQUgACgCBCEGIAAoAgAhCkEAIQJBgH4hCwNAIAkhByABIQkgCCEBIAUhBCAGIQUgCiEGAkACQCALBEAgAkEBaiEPIAJBD0sNASACIQgMAgsgA0IANwKIASADIA02AoQBIAMgBzYCgAEgAyAJNgJ8IAMgATYCeCADIA42AnQgAyAENgJwIAMgBTYCbCADIAY2AmggA0HoAGohAkEAIQEDQCABQSBHBEAgACABaiIEIAQoAgAgASACaigCAGo2AgAgAUEEaiEBDAELCyADQZABaiQADwsgA0EEaiIKIAJBD3EiCEECdGoiDCACQQlqQQ9xQQJ0IApqKAIAIAwoAgAgD0EPcUECdCAKaigCACIMQRl3IAxBDndzIAxBA3ZzamogAkEOakEPcUECdCAKaigCACICQQ93IAJBDXdzIAJBCnZzajYCAAsgA0EEaiAIQQJ0aigCACALQcjAwABqKAIAIAEgCXEgAUEadyABQRV3cyABQQd3c2ogDWogByABQX9zcWpqaiICIAQgBXMgBnEgBCAFcXMgBkEedyAGQRN3cyAGQQp3c2pqIQogAiAOaiEIIAtBBGohCyAEIQ4gByENIA8hAgwACwALogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFB0M3AACgCAEYEQCACKAIEQQNxQQNHDQFByM3AACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEBILAkACQEHozcAAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkHUzcAAKAIARg0CIAJB0M3AACgCAEYNAyACIANBeHEiAhASIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQdDNwAAoAgBHDQFByM3AACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEBRB6M3AAEHozcAAKAIAQQFrIgA2AgAgAA0GQbDLwAAoAgAiAA0CQf8fDAMLQdTNwAAgATYCAEHMzcAAQczNwAAoAgAgAGoiADYCACABIABBAXI2AgRB0M3AACgCACABRgRAQcjNwABBADYCAEHQzcAAQQA2AgALIABB4M3AACgCACICTQ0FQdTNwAAoAgAiAEUNBUHMzcAAKAIAIgNBKUkNBEGoy8AAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQdDNwAAgATYCAEHIzcAAQcjNwAAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQcDNwAAoAgAiAkEBIABBA3Z0IgNxRQRAQcDNwAAgAiADcjYCACAAQfgBcUG4y8AAaiIAIQIMAQsgAEH4AXEiAEG4y8AAaiECIABBwMvAAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtB6M3AAEGwy8AAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQeDNwABBfzYCAAsL/AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahB2DQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HEEAgBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQgwEgBCgCKEEBRw0GIAQ1AiwiCUIAUiAHIAcgCX0iB1VzDQYgAUEBaiEBIAJBAWohAgwACwALIAIgA2tBAWohAgNAIAJFDQMgBEEgaiABLQAAQQoQgwEgBCgCIEEBRw0EIAJBAWohAiABQQFqIQEgB0IKfiAENQIkfSEHDAALAAsgBUEBayEFIAFBAWohAQsgBUEQTwRAA0AgBUUNAiAEQRBqIAcgB0I/hxBAIAQpAxggBCkDECIHQj+HUg0EIARBCGogAS0AAEEKEIMBIAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChCDASAEKAIAQQFHDQIgAUEBaiEBIAVBAWshBSAENQIEIAdCCn58IQcMAAsACyAAIAc3AwhCASEIDAELCyAAIAg3AwAgBEHQAGokAAuQCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGwgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQnQEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0AwMdAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEPEBDAMLIAJBGGogARBsIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCdAQwCCyACQRBqIAEQNyACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBpRQ0BIAFB9QAQaUUNASACQQhqIAEQNyACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQ0BIAIgAyACQTBqEHEgAkEkaiACKAIAIgMgAigCBCADaiADaxB+DAILCwsgAEGAgICAeDYCACACQSRqEPEBCyACQdAAaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBECAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEEAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAgBFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAgBFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEEAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALtQQCBH8BfiMAQaABayIDJAAgA0EMakEAQcAA/AsAIANBADYCbCADQby+wAApAgA3AmQgA0G0vsAAKQIANwJcIANBrL7AACkCADcCVCADQaS+wAApAgA3AkwgAkEDdCECIANB7ABqIQQgA0HMAGohBQNAIAIEQCADQQxqIAEoAgAgASgCBCIGEDEgAkEIayECIAFBCGohASAGrUIDhiAHfCEHDAEFAkBBxL7AACEBA0AgA0EMaiICIAFBARAxQYSEwAAhASADKAJsQThHDQALIAMgB0I4hiAHQoD+A4NCKIaEIAdCgID8B4NCGIYgB0KAgID4D4NCCIaEhCAHQgiIQoCAgPgPgyAHQhiIQoCA/AeDhCAHQiiIQoD+A4MgB0I4iISEhDcDcCACIANB8ABqQQgQMSAAQgA3ABggAEIANwAQIABCADcACCAAQgA3AAAgA0EANgKYASADIAQ2ApQBIAMgBTYCkAEgA0EANgKAASADQQA2AnAgA0GAAWohAgNAIANBCGogA0HwAGoQVwJ/IAMtAAgEQCADLQAJDAELAkAgAygCkAEiAUUNACABIAMoApQBRg0AIANCATcCcCADQQQ2AnggAyABQQRqNgKQASADIAEoAgAiAUH/gfwHcUEIeCABQRh4Qf+B/AdxcjYCfAwCCyADIAIQVyADLQAARQ0CIAMtAAELIQEgACADKAKYASIEQR9xaiABOgAAIAMgBEEBajYCmAEMAAsACwsLIANBoAFqJAAL/wcCCX8DfiMAQSBrIgMkACADQQhqIAEQPAJAIAMtAAhFBEAgAEEGOgAADAELAkACQAJAAkACQAJAAkAgAy0ACSIIIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCAIQTBrQf8BcUEKTw0JCyADQRBqIQUjAEEwayIEJAAgAUEtEGkhCSABKAIIIQICQCABEFJFBEAgBUIDNwMADAELAkAgASgCCCIGIAJJIAYgASgCBCIHS3JFBEAgASgCACACaiEHIAYgAmsiBkEBTQ0BIActAABBMEcNASAFQgM3AwAMAgsgAiAGIAdBlIvAABAWAAsDQAJAIAshDCAGIgJFDQAgBEEgaiAMQgAQQCAEKQMoQgBSDQAgAkEBayEGIActAAAhCiAHQQFqIQcgBCkDICINIApBMGutQv8Bg3wiCyANWg0BCwsCQAJAIAFBLhBpRQRAIARBGGogARCVASAELQAYBEAgBC0AGUEgckHlAEYNAgsgAkUgCXFFBEBCAkIAIAIbIQsMAwtCAUICIAxCAX1CAFkbIQtCACAMfSEMDAILIAEQUkUEQCAFQgM3AwAMAwsgBEEQaiABEJUBQgIhCyAELQAQBEAgBC0AEUEgckHlAEYNAQsMAQsgASABKAIIIgJBAWo2AgggBEEIaiABEJUBAkAgBC0ACEUNAAJAIAQtAAlBK2sOAwABAAELIAEgAkECajYCCAsgARBSBEBCAiELDAELIAVCAzcDAAwBCyAFIAw3AwggBSALNwMACyAEQTBqJAAgAykDECILQgNRDQkgAykDGCEMQQIhAgwMCyABQd+KwABBBBBzRQ0JQQAhAgwLCyABQeOKwABBBBBzRQ0BQQEhCEEBIQIMCgsgAUHnisAAQQUQc0UNAUEBIQJBACEIDAkLIABBBjoAAAwJCyAAQQY6AAAMCAsgA0EQaiABEAkgAygCECIBQYCAgIB4Rg0FIAMpAhQhC0EDIQIMBgsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakHsisAAEChFBEAgAEEGOgAAIAIQ9AEMBwsgAygCECEBIAMpAhQhC0EEIQIMBQsgA0EANgIYIANCgICAgIABNwIQIAMgA0EQaiICNgIMIAEgA0EMakGAi8AAEA5FBEAgAEEGOgAAIAIQ8gEMBgsgAygCECEBIAMpAhQhC0EFIQIMBAsgAEEGOgAADAQLIABBBjoAAAwDCyAAQQY6AAAMAgsgAEEGOgAADAELIAAgDDcDECAAIAs3AwggACABNgIEIAAgCDoAASAAIAI6AAALIANBIGokAAuPBAECfyAAIAFqIQICQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQdDNwAAoAgBGBEAgAigCBEEDcUEDRw0BQcjNwAAgATYCACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAIgATYCAAwCCyAAIAMQEgsCQAJAAkAgAigCBCIDQQJxRQRAIAJB1M3AACgCAEYNAiACQdDNwAAoAgBGDQMgAiADQXhxIgIQEiAAIAEgAmoiAUEBcjYCBCAAIAFqIAE2AgAgAEHQzcAAKAIARw0BQcjNwAAgATYCAA8LIAIgA0F+cTYCBCAAIAFBAXI2AgQgACABaiABNgIACyABQYACTwRAIAAgARAUDwsCQEHAzcAAKAIAIgJBASABQQN2dCIDcUUEQEHAzcAAIAIgA3I2AgAgAUH4AXFBuMvAAGoiASECDAELIAFB+AFxIgFBuMvAAGohAiABQcDLwABqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQdTNwAAgADYCAEHMzcAAQczNwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEHQzcAAKAIARw0BQcjNwABBADYCAEHQzcAAQQA2AgAPC0HQzcAAIAA2AgBByM3AAEHIzcAAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsLvwQCB38BfiMAQUBqIgMkACAAQfsAEEsEQCADQQA2AiQgA0KAgICAwAA3AhwgA0EYaiAAEDwCQCADLQAYRQ0AAkAgAy0AGUH9AEYNACACKAIQIQcDQCADQRBqIAAQPCADLQAQRQ0CIAMtABFBIkcNAiADQTRqIAAQCSADKAI0IgJBgICAgHhGDQIgAyADKQI4Igo3AiwgAyACNgIoAkACQCADKAIkIgJBgAJGDQAgAkEMbCECIAMoAiAiBUEEaiEEIANBKGoiBigCBCEIIAYoAgghBgNAAkAgAkUNACAGIAUoAghGBEAgBCgCACAIIAYQ7QENAQsgBUEMaiEFIAJBDGshAiAEQQxqIQQMAQsLIAINACADQQhqIAAQPCADLQAIRQ0AIAMtAAlBOkcNACAAIAAoAghBAWo2AgggASAAIAqnIApCIIinIAcRBgBFDQAgAygCJCIFIAMoAhxGBEAjAEEQayICJAAgAkEIaiADQRxqIgQgBCgCAEEBQQRBDBAnIAIoAggiBEGBgICAeEcEQCAEIAIoAgwQ1gEACyACQRBqJAALIAMoAiAgBUEMbGoiAiADKAIwNgIIIAIgAykCKDcCACADIAVBAWo2AiQgAyAAEDwgAy0AAEUNBCADLQABIgJBLEYNASACQf0ARw0EDAMLIANBKGoQ8QEMAwsgACAAKAIIQQFqNgIIDAALAAtBASEJIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBHGoQ9QELIANBQGskACAJC4gDAQd/IwBBMGsiAyQAAkAgAkEDcUEBRgRAIABBgICAgHg2AgAMAQsgA0EIaiACQQJ2QQNsQQJqQQFBARBiIANBADYCHCADIAMpAwg3AhRBv4bAAC0AACEIQcCGwAAtAAAhCQNAAkACQAJAIAIEQCABLQAAIgVBwQBrIgZB/wFxQRpJDQMgBUHhAGtB/wFxQRpJDQICQCAFQTBrQf8BcUEKTwRAIAUgCEcNAUE+IQYMBQsgBUEEaiEGDAQLIAUgCUcNAUE/IQYMAwsgAyADKAIcNgIoIAMgAykCFDcDICAEBEAgAEGAgICAeDYCACADQSBqEPEBDAULIAAgAygCHDYCCCAAIAMpAhQ3AgAMBAsgAEGAgICAeDYCACADQRRqEPEBDAMLIAVBxwBrIQYLIAZB/wFxIARBBnRyIQQCQCAHQQFNBEAgB0EGaiEHDAELIANBFGogBCAHQQJrIgd2EJ0BIARBfyAHdEF/c3EhBAsgAUEBaiEBIAJBAWshAgwACwALIANBMGokAAvOAwIDfwF+IwBBgAFrIgQkACAEQQxqIgUgAiADQS8QwQEgBEEBNgI0IARBOGoiAiAFEB0CQAJAIAQoAjgiA0GAgICAeEYNACAEIAQpAjwiBzcCdCAEIAM2AnAgACABIAenIAdCIIinEEQhACAEQfAAahDxASAARQ0AIAIgBUEs/AoAAANAIARB5ABqIARBOGoQHSAEKAJkQYCAgIB4Rg0CIAQgBCgCbCIDNgJ4IAQgBCkCZDcDcEEBIQUCQCADQQVPDQAgBEHwAGpB8JjAABCsAUUEQCAEKAJ0IwBBEGsiAiQAIAJBADYCDCACQTAgAkEMahBxIAMgAigCACACKAIEEMcBIAJBEGokAA0BIAQoAnghAwtBACEBIAQoAnQhAgNAIANBAEchBSADRQ0BIAItAABBMGtB/wFxIgYgAUEKbGohASADQQFrIQMgAkEBaiECIAZBCkkNAAsLAkACQAJAAkAgAC0AAEEEaw4CAQADCyAAKAIIIAAoAgwgBCgCdCAEKAJ4EEQiAA0BDAILIAUNASABIAAoAgxPDQEgACgCCCABQRhsaiEACyAEQfAAahDxAQwBCwsgBEHwAGoQ8QELQQAhAAsgBEGAAWokACAAC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEAIiAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQDQwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEEA0LIABBCGohAwsgAwuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGoysAAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBwM3AAEHAzcAAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0HEzcAAQcTNwAAoAgBBfiAAKAIcd3E2AgALyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQaw0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBiITAABAWAAsgACAUNgIAIApBEGokAAvDAgEEfyAAQgA3AhAgAAJ/QQAgAUEIdiIDRQ0AGkEfIAFBgICACE8NABogAUEmIANnIgNrdkEBcSADQQF0ckE+cwsiAjYCHCACQQJ0QajKwABqIQRBASACdCIDQcTNwAAoAgBxRQRAIAQgADYCACAAIAQ2AhggACAANgIMIAAgADYCCEHEzcAAQcTNwAAoAgAgA3I2AgAPCwJAAkAgASAEKAIAIgMoAgRBeHFGBEAgAyECDAELIAFBGSACQQF2a0EAIAJBH0cbdCEFA0AgAyAFQR12QQRxaiIEKAIQIgJFDQIgBUEBdCEFIAIhAyACKAIEQXhxIAFHDQALCyACKAIIIgEgADYCDCACIAA2AgggAEEANgIYIAAgAjYCDCAAIAE2AggPCyAEQRBqIAA2AgAgACADNgIYIAAgADYCDCAAIAA2AggL81UCEX8FfiMAQZACayILJAAgCyACNgIEIAsgATYCACALIAM2AgggCyAENgIMIAsgBTYCECALIAY2AhQgCyAHNgIYIAsgCDYCHCALIAk5AyAgCyAANgKIAiALIAtBjwJqIgA2AoQCIAsgADYCgAIgCyAANgL8ASALIAtBIGo2AvgBIAsgADYC9AEgCyAANgLwASALIAtBHGo2AuwBIAsgC0EYajYC6AEgCyAANgLkASALIAA2AuABIAsgC0EUajYC3AEgCyALQRBqNgLYASALIAA2AtQBIAsgADYC0AEgCyALQQxqNgLMASALIAtBCGo2AsgBIAsgADYCxAEgCyAANgLAASALIAtBBGo2ArwBIAsgCzYCuAEgC0EoaiEZIwBBwAFrIgYkAAJAAkAgC0G4AWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkHyhMAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZB14TAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQgQEgBkEANgJIIAYgBigCNCIENgJQIAYgBigCMCIFNgJMIAZB1ABqIAAoAhAoAgAgACgCFCgCABBQIAZB4ABqIAAoAiAoAgAgACgCJCgCABBQIAZB7ABqIAAoAjAoAgAgACgCNCgCABCcAQJAAkAgAQ0AIAYoAlRBgYCAgHhGDQAgBigCYEGBgICAeEYNACAGKAJsQYCAgIB4Rg0AIAYgBikCVDcDkAEgBiAGKAJcNgKYASAGIAYpAmA3A6ABIAYgBigCaDYCqAEgBiAGKAJ0NgK4ASAGIAYpAmw3A7ABIAAoAkArAwAhCSAGIAYoAkQ2AoABIAYgBikCPDcDeCAGIAQ2AowBIAYgBTYCiAEgBigCeCECIAZBkAFqIQcgBkGgAWohCiAGQbABaiENIwBBwAFrIggkAAJAIAIoAgBBgICAgHhHBEAgAi8BGCEQIAhBkAFqIQAjAEEgayIBJAAgAigCBCEVIAEgAigCCCIPQQRBFBBiIAEoAgAiDiAPQf////8DcSIDIAMgDksbIQxBACEDIAEoAgQhEQNAIAwEQCABQQxqIAMgFWoQ0AEgAyARaiITIAEoAhw2AhAgEyABKQIUNwIIIBMgASkCDDcCACAMQQFrIQwgA0EUaiEDDAELCyAAIA82AgggACARNgIEIAAgDjYCACABQSBqJAAgCEGcAWogAkEMahBeIAggEDsBqAEjAEEgayIBJAAgASAFIAQQQwJAAkAgASgCBCICIAEoAggiA0GNp8AAQQQQvgFFBEAgAiADQe+owABBBxC+AUUNAQsgCEIANwOIASAIQoCAgIDAADcDgAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEPEBDAELIAFBAzYCDCAIQQhqIAFBDGoQogEgCEKAgICAwAA3A4ABIAhCADcDiAEgCEICNwMAIAEQ8QEgABDoAQsgAUEgaiQAIBkgCEGQAfwKAAAgDRDxASAKENkBIAcQ2QEMAQsgCEGQAWoiEyAFIAQQTyAIIAcoAgg2ArABIAggBykCADcCqAEgCCAKKQIANwK0ASAIIAooAgg2ArwBIAggDSkCADcCnAEgCCANKAIINgKkASAJ/AYhHSMAQbAEayIEJAAgBEEIaiATQRhqEMQBIAJBBGooAgAiGEEIaiINIQIgBCgCCCEDIAQoAgwhCiMAQSBrIgAkACAEQeABaiIFAn8gBQJ/IAIoAkhBgICAgHhHBEAgAwRAIAIoAlBBDGwhASACKAJMIQcDQEEEIAFFDQQaIAAgBzYCCCAAIAMgChAwIAAgACkDADcCFCABQQxrIQEgB0EMaiEHIABBCGoiAiAAQRRqIgwQoQFFDQALQQRBKBDIASEBIAIgAyAKEE8gDEHWqsAAQQYQTyABQRs2AgQgAUG7qsAANgIAIAFBBDYCGCABQdyqwAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEMgBIQEgAEEUakHWqsAAQQYQTyABQQQ2AgQgAUHcqsAANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQyAEhASAAQRRqQeCdwABBARBPIAFBGzYCBCABQbuqwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAUgATYCCCAFIAI2AgRBFQs2AgAgAEEgaiQAAkACQAJAIAQoAuABQRVHBEAgBCAEKALwATYCMCAEIAQpAugBNwMoIAQgBCkC4AE3AyAgCEEIaiAEQSBqEKIBIAhCgICAgMAANwOAASAIQgA3A4gBIAhCAjcDAAwBCyAEIAQoAuwBNgIYIAQgBCkC5AE3AxAgBEG8AWogEygCBCATKAIIEEMCQAJAIAQoAsABIgAgBCgCxAEiAUHvqMAAQQcQvgFFBEAgACABQY2nwABBBBC+AQ0BIARBAzYC4AEgBEFAayAEQeABahCiASAEQgI3AzgMAgsgBEEFNgKMAiAEQeSswAA2AogCIARBFjYChAIgBEHOrMAANgKAAiAEQTI2AvwBIARBnKzAADYC+AEgBEEcNgL0ASAEQYCswAA2AvABIARBDTYC7AEgBEHzq8AANgLoASAEQRw2AuQBIARB16vAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIFIARB4AFqIgBrQQR2QQRBFBBiIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiIKIAUgACIBa0EEdiICELIBIAopAgQhGyAHIApBCGo2AgQgByAbQiCJNwIIIwBBIGsiDSQAIAdBBGoiDCgCBCEKIAwoAgAgACAFRwRAIAwoAgggCkEUbGohBSACIApqIQogDUEUaiEMA0AgASkCACEbIAwgAUEIaigCACABQQxqKAIAEE8gBSAbNwIAIAUgDSkCFDcCCCAFIA0oAhw2AhAgAUEQaiEBIAVBFGohBSACQQFrIgINAAsLIAo2AgAgDUEgaiQAIAdBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACAAQe2YwABBARBPIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQJyAAKAIIIgFBgYCAgHhHBEAgASAAKAIMENYBAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABB5KnAADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEDIBgoAoABIQxBACEFIwBBkAFrIgIkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBMoAhQiAUGAgARNBEAgAkEYaiATQSRqEMQBAkAgAigCGCIKRQ0AIAJBEGogCiACKAIcEBsgAkHgAGogAigCECACKAIUQSAQSCACKAJgIgBFDQAgAigCbCEHIAIoAmghDyAAIAIoAmRBtarAAEEGEDgEQCACQQhqIA8gBxAbIAIoAgwhCiACKAIIIQULAkAgBUUgCkVyDQAgBSAKQc+rwABBBRDHAQ0AIAUgCkHUq8AAQQMQxwFFDQELQQAhBQsgAiATKAIQIgcgARAbQQIhACACKAIERQ0GIAJB4ABqIAcgARAsAn8CQCACLQBgIgFBBUcEQCAFRQ0BQRUhB0ECDAILIAIgAigCbDYCWCACIAIpAmQ3A1AgAiACQdAAajYCfCAMLQCDAUUNByACQeAAaiACQfwAakHgqsAAQQsQNSACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIAAEQCACQTRqIAAgARBPQQAhAAwECyACQeAAaiACQfwAakHUpsAAQQ0QNSACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIABFDQcgAkE0aiAAIAEQT0EBIQAMAwsgAkE0NgI0QQEhB0HwqsAACyEAIAIgBzYCLCABQQVPDQQgAkHgAGoQnwEMBAsgA0ECNgIADAwLIAIgADYCMEEVIQcMAQsgAiACKQJsNwI4IAIgATYCNCACIAA2AjAgAiAHNgIsCyACQdAAahDyAQsgB0EVRg0BDAILIAJB4ABqIAJB/ABqQeuqwABBBRA1IAIoAmghASACKAJkIQAgAigCYCIHQRVHBEAgAiACKQJsNwI4IAIgATYCNCACQdAAahDyAQwCCwJAIAAEQCACQYABaiAMIAAgARCWAQwBCyACQQI2AoABCyACIAIpAogBNwI4IAIgAikCgAE3AjAgAkHQAGoQ8gEgAigCMCEACyACIAIpAjQ3A0AgAiACKAI8NgJIIABBAkYNASACIAIoAkg2AmwgAiACKQNANwJkIAIgADYCYAwCCyACIAIoAjwiATYCKCACIAIpAjQiGzcDICADIAE2AhAgAyAbNwIIIAMgADYCBCADIAc2AgAMBQsgBUUNASACQeAAaiAMIAUgChCWAQsgAigCbCIBQYDAAEsNAQJAAkAgAigCYEUEQEEAIQAgAigCaCEFQQAhBwNAIAAgAUcEQCAAIAVqIQogAEEBaiEAIAcgCi0AAEEuRmohBwwBCwsgB0ECRg0BIANBGzYCCCADQfKpwAA2AgQgA0EBNgIADAULIAIgAigCaCIANgIsIAIgACABajYCMCACQSxqIgUoAgAhACAFKAIEIQcDQCAHIAAiAUcEQCAFIABBAWoiADYCACABLQAAQf8Aa0H/AXFBoQFLDQELCyABIAdHDQELIAMgAikCaDcCDCADIAIpAmA3AgQgA0EVNgIADAQLIANBKDYCCCADQY2qwAA2AgQgA0EBNgIADAILIANBADYCAAwCCyADQQI2AgALIAJB5ABqEPEBCyACQZABaiQAIAQpAuwBIRsgBCgC6AEhAiAEKALkASEAAkACQCAEKALgASIFQRVHDQACQAJAIABBAUYEQCAEIAI2AsgDIAQgGzcCzAMgG6chCiAbQiCIpyEMIwBB8ABrIgAkACANKAJUIQEgAEERNgIoIABBwqbAADYCJCAAQRM2AiACQCABQYCAgIB4RgRAIAMgAEEoaiIBKAIINgIUIAMgASkCADcCDCADQcKmwAA2AgggA0KAgICAuAI3AgAMAQsgAEEgahDVASAAQQhqIA1B7ABqEMQBIAAoAgwhByAAKAIIIQEgAEENNgIoIABBt57AADYCJCAAQRM2AiAgAUUEQCADQQ02AgwgA0G3nsAANgIIIANCgICAgLgCNwIADAELIABBIGoiBRDVASAAIAc2AjQgACABNgIwIABBATYCLCAAQdOmwAA2AiggACANKQNYNwIgIABByABqIgcgBUEDEEwgAEEUaiIPIAAoAkwgACgCUEHBhcAAQQEQGCAHEPEBIABBADYCKCAAQoCAgIAQNwIgIAUQ5gFB1KbAAEENENsBIAogDBDiARDzASIBKQIAIRsgAUEANgIAIAAgASgCCDYCQCAAIBs3AzggAEEANgIoIABBATYCJCABEPEBIABBGTYCVCAAQeGmwAA2AlAgACANKQJkNwJIIAMgB0ECEExBBEEoEMgBIQEgACAAKQIYNwIoIABBBjYCJCAAQfqmwAA2AiAgAEHYAGogBUECEEwgAEHkAGpBi4rAAEEQEE8gAUENNgIEIAFBgKfAADYCACABQQw2AhggAUGbisAANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCADQQI2AhQgAyABNgIQIANBAjYCDCADIAApAzg3AhggAyAAKAJANgIgIANBBDYCKCADQY2nwAA2AiQgDxDxAQsgAEHwAGokACAEIAQpAuwBNwOIAyAEIAQoAvQBNgKQAyAEKALoASEAIAQoAuQBIQUgBCgC4AEiB0GAgICAeEcNASAEKAKIAyECIAQpAowDIRsgBEHIA2oQ8QEMAwsgBCACNgLwAiAEIBs3AvQCIAwoAnAiASAMKAJ0aiECIwBBIGsiACQAIABBCGogAiABayIHQQRBCBBiIABBADYCHCAAIAApAwg3AhQjAEEQayIDJAAgAEEUaiIFIAcQswEgBSkCBCEfIAMgBUEIajYCBCADIB9CIIk3AgggA0EEaiIKKAIEIQUgCigCACABIAJHBH8gAiAFaiABayAKKAIIIAVBA3RqIQIDQCABLQAAIQUgAkEEakEFNgIAIAIgBRDkATYCACABQQFqIQEgAkEIaiECIAdBAWsiBw0ACwUgBQs2AgAgA0EQaiQAIARB/AJqIgEgACgCHDYCCCABIAApAhQ3AgAgAEEgaiQAIARB4AFqIQMgBCgCgAMhECAEKAKEAyEVQQAhCiMAQbACayICJAAgAkEoaiIAIBunIBtCIIinQS4QwQEgAkEgaiAAECEgAigCJCEPIAIoAiAhByACQRhqIAAQISACKAIcIQ4gAigCGCEMIAJBEGogABAhIAIoAhQhFiACKAIQIREgAkEIaiAAECECQAJAIBFFIAdFIAxFcnJFBEAgAigCCEUNAQsgA0EjNgIMIANBzonAADYCCCADQoCAgICIgICAgH83AgAMAQsgAkH4AWoiACAHIA8QDyACQRc2AmQgAkHTh8AANgJgQYCAgIB4IQEgAkGAgICAeDYCXCACQbgBaiAAIAJB3ABqEGYgAiACKQK8ATcDoAIgAiACKALEATYCqAIgAigCuAFBAUYEQCADIAIoAqgCNgIMIAMgAikDoAI3AgQgA0GAgICAeDYCAAwBCyACIAIoAqgCIgU2AlggAiACKQOgAjcDUAJAIAVBgIAQSw0AIAIoAlQhACACQgA3AsABIAIgBTYCvAEgAiAANgK4ASACQYCAgIB4NgKQAiACQYCAgIB4NgKgAiACQQA6AKgBIAIgAkGoAWo2AoACIAIgAkGgAmoiEjYC/AEgAiACQZACajYC+AECQCACQbgBaiIAQaSHwABBAyACQfgBakG8h8AAEIcBRQ0AIAAQmgFFDQAgAigCkAIiAEGAgICAeEYEQCASENkBDAILIAItAKgBIQogAikCpAIhHCACKAKgAiEFIAIpApQCIR4gACEBDAELIAJBoAJqENkBIAJBkAJqENkBCyACQSc2AsABIAJB6ofAADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIRwgA0EnNgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAJBuAFqIhIQ2gEgAiAKOgB0IAIgHDcCbCACIAU2AmggAiAeNwJgIAIgATYCXCACIB43ArgBIAJB6ABqIQACQCASIBAgFRBYRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHEL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIAwgDhAPIAJBGDYCgAIgAkGRiMAANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEGYgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgABA7IAJBHDYCwAEgAkGpiMAANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHDcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAcNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDaASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASARIBYQDyACQRo2AoACIAJBxYjAADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGYgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpB5IjAABCsARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDDYCiAIgAkEBNgKEAiACQeyIwAA2AoACIAIgDzYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEEwgAiACKAKwATYC5AEgAiACKQOoATcC3AEgAiACKQOYATcD6AEgAiACKAKgATYC8AEgAyACQbgBakE8/AoAACACQYgBahDxASACQdAAahDxAQwICyADQTU2AgwgA0HtiMAANgIIIANCgICAgIiAgICAfzcCACACQagBahDxAQsgAkGYAWoQ8gELIAJBiAFqEPEBCyACQfgAahDxASACQdwAahDxAQwDCyADQSw2AgwgA0GiicAANgIIIANCgICAgIiAgICAfzcCAAsgAkHcAGoQ8QEgAigCaCEFCyAFQYCAgIB4Rg0AIAAQ8QELIAJB0ABqEPEBCyACQbACaiQAIAQoAuwBIQIgBCgC5AEhAwJAAkAgBCgC4AEiAUGAgICAeEYEQEEGIQUgBCgC6AEhAAJAAkACQEEBIANBgICAgHhzIANBAE4bQQFrDgIBAgALQQEhBQwBCyACrSEbQQUhBSAAIQIgAyEACyAAIQEMAQsgBCgC6AEhFSAEKQLwASEbIARBoANqIhYgBEH4AWpBJPwKAAAgBCAbNwKYAyAEIAI2ApQDIAQgFTYCkAMgBCADNgKMAyAEIAE2AogDIARB4AFqIQcgBCgCvAMhDCAEKALAAyEPIwBBwAFrIgUkACANKAJ4IQ4gBUHoAGogDCAPQf2OwAAQKwJAIAUoAmhBAUYEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwBCyAFKQN4IRsgBSgCcCAFQRo2AnAgBUHEmcAANgJsIAVBCDYCaEUEQCAHIAUpAmw3AgwgB0EINgIIIAdCAjcDAAwBCyAFQegAaiIAENUBAkACQEL///////////8AIBtCPHwiHCAbIBxVGyAdVQRAIAAgDCAPQd6ZwAAQKyAFKAJoBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMBAsgHUI8fCEcIAUpA3BCAVEEQCAFKQN4IBxVDQILIAVB6ABqIAwgD0H6jsAAECsgBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLAkACQAJAIAUpA3BCAVEEQCAFKQN4IBxVDQELIAVB4ABqIAwgD0HhmcAAQQMQRBByIAUoAmAiAEUNASAFKAJkIQIgDi0AgQFFBEAgBUHYAGogACACEDAgBSgCWCIARQ0CIAUoAlwhAgsgBSAANgJoIAUgAjYCbCANKAIsQQxsIQAgDSgCKCECA0AgAEUNAiAAQQxrIQAgBSACNgK0ASACQQxqIQIgBUG0AWogBUHoAGoQoQFFDQALQYSEwAAgDigCeCIQIA4oAnwiEhCAAQ0CDAULIAdCAjcDACAHQQo2AggMBQsgB0ICNwMAIAdBCzYCCAwECyAMIA9B5JnAAEEDEERB55nAAEESECVFDQIgB0ICNwMAIAdBEDYCCAwDCyAHQgI3AwAgB0EJNgIIDAILIAdCAjcDACAHQQo2AggMAQtBAyERQeuOwAAhCgJAAkBB+ZnAACAQIBIQgAFFDQAgBUHQAGogDCAPQfqZwABBCRBEEHIgBSgCUCIARQ0BIAAgBSgCVCICQayPwABBAhC+AUUEQCAAIAJBg5rAAEEGEL4BRQ0CIA0tAH1BAXFFDQJBCSERQYmawAAhCgwBCyANLQB8RQ0BCwJAAkAgDSgCOCIABEAgAEEMbCECIA0oAjQhAANAIAJFDQIgAkEMayECIAAoAgghFCAAKAIEIRcgAEEMaiEAIAwgDyAKIBEQRCAXIBQQJUUNAAsLQZKawAAgECASEIABRQ0BIAwgD0GTmsAAQQMQRCIARQ0BIAVByABqIAAQwwECQCAFKAJIIgpFDQAgBSgCTCEUQQQgDSgCTCANKAJIQYCAgIB4RiIAGyECQQAgDSgCUCAAG0EMbCEAA0AgAEUNASAFIAI2ArQBIAVBQGsgCiAUEDAgBSAFKQNANwJoIABBDGshACACQQxqIQIgBUG0AWogBUHoAGoQoQFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIAwgD0HXjsAAQQMQRCIARQ0AIAAtAABBA0cNACAFQThqIAAoAgggACgCDBAbIAUoAjxFDQAgBUGAAWogAEEEahBeAkAgDigCACIARQRAIAVBgICAgHg2AowBDAELIA4oAgRBA3QhAiAOKAIMIRcgDigCCCEaAkADQEEAIQogAkUNAQJAAkAgDCAPIAAoAgAgACgCBBAQIhRFDQAgBUEwaiAUEMMBIAUoAjAiFEUNACAFKAI0IhENAQsgAEEIaiEAIAJBCGshAgwBCwsgFEUNACAMIA8gGiAXEBAiAEUNACAALQAAQQFHDQAgFEEAIAAtAAEbIQoLIAVBjAFqIAogERDMAQsgBSAFKAKUATYCoAEgBSAFKQKMATcDmAECQAJAQZaawAAgECASEIABRQ0AAkACQAJAAkAgDCAPQZeawABBGhBEIgAEQCAFQShqIAAQwgEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAkGxmsAAQQoQRBByIAUoAiAiCg0CDAMLIA4oAgANBQwDCyAOKAIADQQMAgsgBUHoAGogCiAFKAIkEAQgBSkDcCEcIAUoAmggBUEuNgJwIAVBu5rAADYCbCAFQQg2AmhFBEAgBSkCbCEbIAcgBSkCdDcCFCAHIBs3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDVASAcIB1VBEAgHCAbIBsgHFUbIRsMAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQb6YwABBFhBEIgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABB1JjAAEEMEHciAkUNACACQeCYwABBDRB3IgJFDQAgBUEQaiACEMMBIAVB6ABqIAUoAhAiAkEAIAUoAhQiChtBACACGyAKEMwBIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAEEYaiEAIA5BGGshDgwACwALIAVBgICAgHg2AmgLIAVBmAFqENkBIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgDSgCQCIAIA0oAkRBGGxqIRQDQAJAAkAgACAURwRAIABBGGohAiAAKAIUQQxsIQ4gACgCECEKA0AgDkUNAyAMIA8gCigCBCAKKAIIEBAiEARAIBAtAAAiEg0DCyAKQQxqIQogDkEMayEODAALAAsgByAFKAKIATYCGCAHIAUpAoABNwIQIAcgBSkDmAE3AiggByAFKAKgATYCMCAHIAUpAqgBNwIcIAcgBSgCsAE2AiQgByAbNwMIIAdCATcDAAwGCyAFQQA2ArwBIAVCgICAgBA3ArQBQYCAgIB4IRECQAJAAkACQAJAAkACQAJAIBJBAWsOBAEDAgAHCyAQKAIMIgpBIU8NBiAKQRhsIQogBUG0AWoQ5wEhEiAQKAIIIQ4DQCAKRQ0EIAVBCGogDhDDASAFKAIIIhBFDQcgBSgCDCIXQYACSw0HIBIgECAXEOIBGiAKQRhrIQogDkEYaiEODAALAAsgBUG0AWogEC0AARDUARoMBAsgECgCDCIKQYECTw0EIAVBtAFqIBAoAgggChDiARoMAwsgBUHoAGogEBBwIAUoAmgNAQwDCyASEPYBGgwBCyAFQbQBaiAFKQNwEKABGgsgBSkCuAEhHSAFQQA2ArwBIAUoArQBIREgBUKAgICAEDcCtAELIAVBtAFqEPEBIBFBgICAgHhHBEAgBUHoAGogABBeIAUoArABIgogBSgCqAFGBEAgBUGoAWoQeAsgBSgCrAEgCkEYbGoiACAFKAJwNgIIIAAgBSkCaDcCACAAIB03AhAgACARNgIMIAUgCkEBajYCsAEMAQsgB0HsADYCECAHQemawAA2AgwgB0EINgIIIAdCAjcDACAFQagBahD3AQwCCyACIQAMAAsACyAFQZgBahDZASAFQYABahDxAQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0HVm8AANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEG4A2ohCiAEQZQDaiEHAkAgBCkD4AEiHEICUQRAIAQpAvQBIRsgBCgC8AEhAiAEKALsASEAIAQoAugBIQUgBEGIA2oQ8QEgACEBDAELIAQgBCkC/AE3AuQDIAQgBCkChAI3AuwDIAQgBCkCjAI3AvQDIAQgBCgClAI2AvwDIAQgBCkC9AEiHjcC3AMgBCAEKQLsATcC1AMgBCAEKALoASIANgLQAyAEIBw3A8gDAn9BACADIBVBlIfAAEEFEL4BDQAaQQEgAyAVQfeswABBBRC+AQ0AGkECQQMgAyAVQd+IwABBBRC+ARsLIAQgBCgCkAM2AuwBIAQgBCkCiAM3AuQBQQUhBSAEQQU2AuABQf8BcSICQQNHDQIgBC0A5AEhACAEQcgDahDOASAVrSEbIAMhAgsgBxDxASAWEPEBIARBrANqEPEBIAoQ8gELIARB/AJqEPgBIARB8AJqEPEBDAQLIARB4AFqENUBIAQgBCkCrAM3AqQEIAQgBCgCtAM2AqwEIAQgBCkD4AM3A8gBIAQgBCkD6AM3A9ABIAQgBCgC8AM2AtgBIAQgBykCADcCjAQgBCAHKAIINgKUBCAEIBYpAgA3A5gEIAQgFigCCDYCoAQgBCkC1AMhHSAEIAQoAvwDNgKIBCAEIAQpAvQDNwOABCANKAIAIQEgChDyAUIDQgQgAUECRhshGyAEQfwCahD4ASAEQfACahDxASAcpyEHIB6nIQFBACEFDAELIAQgBCgCiAI2AtgBIAQgBCkCgAI3A9ABIAQgBCkC+AE3A8gBIAQpA4gDIR0gBCgCkAMhASAEQcgDahDxAUIGIRsLIAQgATYCVCAEIB03AkwgBCAANgJIIAQgBTYCRCAEIAc2AkAgBCAbNwM4IAQgBCkDyAE3A1ggBCAEKQPQATcDYCAEIAQoAtgBNgJoIARB7ABqIARBgARqQTD8CgAAIARBgICAgHg2AqABIAQgAjoAnAEMAgsgACEBCyAEIBs3AuwBIAQgAjYC6AEgBCAFNgLgASAEIAFBgH5xIABB/wFxcjYC5AEgBEFAayAEQeABahCiASAEQgI3AzgLIARBvAFqEPEBIBggGCgCAEEBaiIANgIAIABFDQEgBCAYNgLsAiAEIAQpAxA3A+ACIAQgBCgCGDYC6AIgBEHgAWogBEE4akGAAfwKAAAgBCkD4AFCAlEEQCAEQegBaiAEKALkAiIAIAAgBCgC6AJBFGxqEG0LIAggBEHgAWpBkAH8CgAACyAEQbAEaiQADAELAAsgExDxASAIQagBahDZASAIQbQBahDZASAIQZwBahDxASAZIAhBkAH8CgAACyAIQcABaiQAIAZBiAFqENEBIAZB+ABqEMsBIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARDxAUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEJIBIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCSASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQigEgBigCECEKIAYoAhQhDSAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQywFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAKIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIA0gABsgCyABGyAHIAIbIAUgAxtBACAEGxCCAgALIwBBsAJrIgAkACAAQaABaiAZQZAB/AoAACAAQQA2AgAgAEEEciAAQZwBakGUAfwKAABBCEGgARDIASIBQoGAgIAQNwMAIAFBCGoiASAAQZgB/AoAACAAQbACaiQAIAtBkAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBBgIDAACAEQRBqIAMQiAEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBB34DAACAEQRBqIAMQiAEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAsgBCAEQQhqrUKAgICAgAWENwMQQZiBwAAgBEEQaiADEIgBAAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAPjFQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvAPjFQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAPjFQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQD5xUA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQkQENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEEAEUNAAsMAwtBASECIAEgAyAIIAoQkQENAiABIAcgCyADKAIMEQIADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwCCyADIAcgCyAJKAIMEQIADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEJEBDQAgACAHIAsgASgCDBECACECCyACCyAGQRBqJAALhgIBBn8jAEEQayIGJAAgBkEEaiACQQNuIgggAiAIQQNsR2pBAnQQjAEDQAJAIAIEQEEDIAIgAkEDTxsiCkEDdCEHIAEgCmohCEEAIQlBECEFA0AgBSAHakEQRgRAQQAhBUESIQEDQCAFQQRGDQQCQAJAIAIgBUkEQEE9IQcgBEUNAgwBCyADIAkgAUEecXZBP3FqLQAAIQcLIAZBBGogBxBVCyAFQQFqIQUgAUEaaiEBDAALAAUgAS0AACAFQRhxdCAJciEJIAVBCGshBSABQQFqIQEMAQsACwALIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEQaiQADwsgAiAKayECIAghAQwACwALiAIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhAvIAAoAggFIAILIAAoAgRqIQICQCABQYABTwRAIAFBP3FBgH9yIQUgAUEGdiEDIAFBgBBJBEAgAiAFOgABIAIgA0HAAXI6AAAMAgsgAUEMdiEHIANBP3FBgH9yIQMgAUH//wNNBEAgAiAFOgACIAIgAzoAASACIAdB4AFyOgAADAILIAIgBToAAyACIAM6AAIgAiAHQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAQgBmo2AghBAAuFAgEJfyMAQTBrIgQkACABKAIIIQcgASgCBCEIIAEoAgAiASgCCCEJIAEoAgQhCiAEQQA2AgwgBEKAgICAEDcCBANAIARBEGogAiADQfsAEEggBCgCECIBBEAgBCgCHCECIAQoAhghBiAEQQRqIgUgASAEKAIUEH4gBEEgaiILIAYgAkH9ABBIIAQoAiggBCgCLCAEIAQoAiRBACAEKAIgIgEbNgIkIAQgAUEBIAEbNgIgIAUgCCAKIAtB0KDAABDXASIFGyAHIAkgBRsQfiACIAEbIQMgBiABGyECDAELCyAEQQRqIAIgAxB+IAAgBCgCDDYCCCAAIAQpAgQ3AgAgBEEwaiQAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxBHIAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBAyDQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHEB8gAygCCEEBRw0BIAMoAgwQMg0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQYyADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDZASAAIAU3AgQgACABNgIADAMLIANBGGogARA2IAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAENkBIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA8AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFB34rAAEEEEHMNASAEQQc6AAAMAgsgAkEIaiABEAwgAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEJ8BDAELQQAMAQtBAQsgA0EwaiQAC6oCAQZ/IwBBMGsiAiQAAkACfyABKAIoIgdFBEAgAkEIaiABECEgAigCDCEEIAIoAggMAQsgAUEANgIoIAEhBSMAQRBrIgMkAAJAIAciAUUNAANAIANBCGogBRAhIAMoAghFBEAgASEGDAILIAFBAWsiAQ0ACwsgA0EQaiQAQQAgBg0AGiACQRBqIAUQISACKAIUIQQgAigCEAsiAQRAIAJBADYCJCACQoCAgIAQNwIcIAIgATYCKCACIAEgBGo2AiwDQAJAIAJBKGoQiQEiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQiQFBMUYbIQELIAJBHGogARBVDAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9gCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUGcpMAAQQIgA0EgakGspMAAEIcBRQRAIAIQ2QEgBBDZAQwBCyADKAIIIgFBgICAgHhHDQIgA0EUahDZAQtBAAwCCyAAKAIEIgAQjwEjAEEQayICJAAgAkEIaiABEDwCf0ECIAItAAhFDQAaIAItAAlB7gBGBEBBAEECIAFB34rAAEEEEHMbDAELIAIgADYCDEEBQQIgAUHIpMAAQQEgAkEMakHQpMAAEIcBGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQzQEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARATIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpBxMHAACADKAIAIgMoAgAgAygCBBAKGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEENMBIgFFBEBBBEEMEIQCAAsgASACKAIQNgIIIAEgAikDCDcCACAAQcTDwAA2AgQgACABNgIAIAJBMGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQ1wFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAgAMAQsgBEEQaiABEAwgBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahCfAQsgAEEGRwsgBEFAayQAC4UCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUGApcAAQQIgAkEYakGQpcAAEIcBRQRAIAMQ2QEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBAnIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQ1gEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahChASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQwwEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQngFFDQALCyADQSBqJAAgBQuUDgIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEEEgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEIEBIANBADYCLCADIAMoAhwiATYCNCADIAMoAhgiBzYCMCADKAIgRQRAIANBEGogA0EsahCKASADKAIQIQEgAygCFCEFIANBCGogAhCYASADKAIIIgAgASAAGyIBQQEgARsgAygCDCAFIAAbQQAgARsQggIACyAAKAIgKwMAIAMgAygCKDYCQCADIAMpAiAiDzcDOCADIAE2AkwgAyAHNgJI/AYhEiMAQbACayIIJAAgCEEoaiAPpyILQYAB/AoAACALQbCnwABBgAH8CgAAAkAgCCkDKEIGUQRAIAhBqAFqIQZCACEPIwBBsAFrIgIkAAJAAkACQAJAAkACQAJAAkAgCUH//wNxIgBBkQNrDgQDAQEDAAsgAEHIAUYNAQsgBkEzNgIQIAZBj6bAADYCDCAGQRE2AgggBkICNwMADAULQYCAgIB4IQACQCABQYCAEEsNACACQgA3AnggAiABNgJ0IAIgBzYCcCACQYCAgIB4NgKAASACQQA2AqQBIAJCgICAgMAANwKcASACIAJBnAFqIgc2AqwBIAIgAkGAAWo2AqgBAkACQCACQfAAaiIBQfCjwABBAiACQagBakGApMAAEIcBRQ0AIAEQmgFFDQAgAigCgAEiAUGAgICAeEYEQCAHEPoBDAILIAIgAikCjAE3A1AgAiACKAKUATYCWCACIAIpApwBNwNgIAIgAigCpAE2AmggAikChAEhDyABIQAMAgsgAkGcAWoQ+gEgAkGAAWoQzQELCyACQTg2AogBIAJBpKXAADYChAEgAkERNgKAASAAQYCAgIB4RgRAIAIgAkGIAWoiACkCACIPNwMwIAIgACgCCCIANgI4IAIpA4ABIRAgBiAANgIYIAYgDzcCECAGIBA3AwggBkICNwMADAULIAIgAigCaDYCSCACIAIpA2A3A0AgAiACKQNQNwIkIAIgAigCWDYCLCACQYABaiIBENUBIAIgAigCSCIHNgI4IAIgADYCDCACIAIpA0A3AhggAiAHNgIgIAIgDzcCECACIA+nIA9CIIinEBsgAkEkaiEMIAIoAgRFDQECQCACKAIkQYCAgIB4RwRAIAEgAigCKCACKAIsEAQgAikDiAEhDyACKQOAASACQTM2AogBIAJB3KXAADYChAEgAkERNgKAAUIBIRBCAVINBCABENUBIA8gElcNAQsgAiACKAIYNgJ4IAIgAigCHCIANgJwIAIgADYCdCACIAAgAigCIEEEdGo2AnwgAkGAAWohCiMAQRBrIgckACACQfAAaiIJKAIEIQEgCSgCDCEOAkADQCAOIAEiAEYEQEGAgICAeCENDAILIAkgAEEQaiIBNgIEIAcgACkCCDcDCCAHIAApAgA3AwACQCAHLQAMQQFGBEAgBygCCA0BCyAHEPEBDAELIAcoAgAiDUGAgICAeEYNAAsgCiAAQQxqKAIANgIMIAogAEEEaikCADcCBAsgCiANNgIAIAdBEGokACACKAKAASEKIAIpAoQBIREjAEEQayIBJAAgASAJNgIMIAkoAgwgCSgCBCIHa0EEdiEAA0AgAARAIABBAWshACAHEPEBIAdBEGohBwwBCwsjAEEQayIAJAAgACABQQxqKAIAIgcoAgA2AgwgACAHKAIINgIIIABBCGoQ+wEgAEEQaiQAIAFBEGokACAGIAIoAhQ2AhggBiACKQIMNwIQIAYgETcCLCAGIAo2AiggBkEANgIkIAZCgICAgMAANwIcIAYgDzcDCCAGIBA3AwAgDBDZAQwFCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwDCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRE2AggLIAZCAjcDACACQQxqEPEBIAwQ2QEgAkEYahD6AQsgAkGwAWokACAIKQOoAUICUQRAIAggCCgCwAE2AqgCIAggCCkDuAE3A6ACIAggCCkDsAE3A5gCIAhBDGogCEGYAmoQogEMAgsgCEHgAWoiACAIQagBaiIBQTj8CgAAIAhBDGogCyABIBIQPyAAEM4BDAELIAhBDGpB9qjAAEEhEH8LIAhBKGoQRiALIAhBDGoQPiAIQbACaiQAIANByABqENEBIANBOGoQyQEgA0HQAGokACAFQdAAaiQAC4gDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQegJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAIQlwEgBigCCCEFIAYoAgwMAgsgBigCFCADIAQgAhAFIQUgAgwBCyAGIAQgAhCXASAGKAIAIQUgBigCBAsgBUUEQCAIIAQ2AgRBCCEKDAILIAggBTYCBEEAIQtBCCEKIQIMAQtBACECCyAIIApqIAI2AgAgCCALNgIAIAZBIGokACAHKAIEQQFGBEAgBygCDCEJIAcoAgghBgwBCyAHKAIIIQIgASAMNgIAIAEgAjYCBEGBgICAeCEGCyAAIAk2AgQgACAGNgIAIAdBEGokAAunAQEDfyMAQRBrIgMkAAJAIABB2wAQS0UNACADQQhqIAAQPCADLQAIRQ0AIAMtAAlB3QBHBEAgAigCECECA0AgASAAIAIRBABFDQIgAyAAEDwgAy0AAEUNAiADLQABIgVBLEcEQCAFQd0ARw0DBSAAIAAoAghBAWo2AggMAQsLC0EBIQQgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EQaiQAIAQLlQIBAn8jAEEgayIFJABBpMrAAEGkysAAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQZDKwAAtAAANABpBkMrAAEEBOgAAQYzKwABBjMrAACgCAEEBajYCAEECC0H/AXEOAwMBAAELQZjKwAAoAgAiBkEASA0CQZjKwAAgBkEBajYCAEGcysAAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEGcysAAKAIAIAVBEGpBoMrAACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0GYysAAQZjKwAAoAgBBAWs2AgBBkMrAAEEAOgAAIANFDQAACwAL9wEBAn8jAEEwayIEJAAgBCABEAwgBC0AACIFQQZHBEAgBCAEKQAQNwAnIAQgBCkACTcDICAEIAQpAAE3AxggACgCACEAIAQgAiADEE8gACgCCCICIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQSgQJyABKAIIIgNBgYCAgHhHBEAgAyABKAIMENYBAAsgAUEQaiQACyAAKAIEIAJBKGxqIgEgBCkDCDcDCCABIAQpAwA3AwAgASAFOgAQIAEgBCkDGDcAESABIAQpAyA3ABkgASAEKQAnNwAgIAAgAkEBajYCCAsgBEEwaiQAIAVBBkcLugECAX8CfiMAQSBrIgQkAAJAAkAgASACIANBAxBEIgEEQCABLQAADQELIABBADYCACAAQgA3AwgMAQsgBEEIaiICIAEQcCAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEH4mMAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACENUBQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu7AQEBfyMAQUBqIgMkAAJAIAJBgYAQTwRAIABBBjoAAAwBCyADQgA3AgggAyACNgIEIAMgATYCACADQShqIAMQDCADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQmgFFBEAgAEEGOgAAIANBEGoQnwEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAvAAQICfwF+IwBBIGsiAyQAIANBFGogASgCACACQQEQfAJAIAMoAhRFBEAgAEGAgICAeDYCAAwBCyADKAIYIgFFBEAgAEGAgICAeDYCAAwBCyADQQhqIgIgASADKAIcIgQQTyADQRRqIAEgBBAPIAMoAhQiAUGAgICAeEYEQCAAQYCAgIB4NgIAIAIQ8QEMAQsgAykCGCEFIAAgAygCEDYCCCAAIAMpAgg3AgAgACAFNwIQIAAgATYCDAsgA0EgaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALgAIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEAENYBAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQBQwBCyACRQRAQQEhAQwCCyACQQEQ0wELIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ1gEACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAALnQEBBn8jAEEwayIDJAAgA0EMakEvIAEgAhBUIAMoAhAiBSADKAIYIgZqIQcgAygCDCEIIAMoAhwhAgJAA0ACQCADIAc2AiggAyAFIAIiBGo2AiwgAyADQShqEB8gAygCAEEBRw0AIAMoAiwgAygCKGsgBmohAiADKAIEIAhGDQEMAgsLQQAhBAsgACAENgIEIAAgATYCACADQTBqJAALjQEBBH8gAEFAayEGA0AgACgCYCIEIAJBwABJckUEQCAGIAEQBiACQUBqIQIgAUFAayEBDAELCwNAAkAgAiADRwRAIAAgBEEBaiIFNgJgIAAgBEE/cWogASADai0AADoAACAFQcAARw0BIAYgABAGQQAhBSAAQQA2AmAMAQsPCyADQQFqIQMgBSEEDAALAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0A+MNAIQEMAQsgAEH/AXEtAPjDQEECcUEBdiEBCyABQQFxC4A4AhN/An4jAEHQAGsiCiQAIAogATYCBCAKIAA2AgAgCiACNgIIIAogAzYCDCAKIApBzwBqIgA2AkggCiAANgJEIAogCkEMajYCQCAKIApBCGo2AjwgCiAANgI4IAogADYCNCAKIApBBGo2AjAgCiAKNgIsIwBBIGsiDiQAIA5BCGogCkEsaiICKAIAKAIAIAIoAgQoAgAQgQEgDigCCCEAIA4oAgwhASAOIAIoAhAoAgAgAigCFCgCABCBASAOKAIAIQYgDigCBCEFIA4gATYCFCAOIAA2AhAgDiAFNgIcIA4gBjYCGCAKQRBqIRAjAEHgAWsiByQAIwBBEGsiBCQAIAQgATYCDCAEIAA2AghBvH8hAwNAIAMiAkHoCkcEQCACQYQBaiEDIAJB/LPAAGogBEEIahDXAUUNAQsLIARBEGokACAHQSxqIgMgBiAFEDsgByACQegKRyICOgAoAkACQAJAIAIEQCAHKAIsQYCAgIB4RwRAIAcgAygCCCICNgJAIAcgAykCADcDOCAHQeAAaiEGIAcoAjwhAyMAQZADayIEJAAgBCABNgKoASAEIAA2AqQBIAQgAjYCsAEgBCADNgKsASAEQZgBaiAEQawBakGWnMAAQQsQTSAEKAKYASICBH8gBCgCnAEhAyACQQAgBEGkAWpBxKDAABDXARsFQQALIQUjAEEQayICJAAgAiAANgIAIAIgATYCBCACIANBBCAFGyABIAJBxKDAABDXASIBGzYCDCACIAVBvaDAACAFGyAAIAEbNgIIQQAhAEEAIQUCQANAIAVBrAtGDQECQCAFQbizwABqIAIQ1wEEQCAFQbCzwABqIAJBCGoQ1wENAQsgBUGEAWohBQwBCwsgBUH4ssAAaiEACyACQRBqJAAgBEHSADYCkAIgBEGhnMAANgKMAiAEQQs2AogCIARBlpzAADYChAIgBEEUNgKAAgJAIAAiAUUEQCAGIARBiAJqIgAoAgg2AhQgBiAAKQIANwIMIAZBlpzAADYCCCAGQoOAgIDAAjcDAAwBCyAEQYACahDVASAEQZABaiAEQawBakHznMAAQQoQewJAIAQoApABIgAEQCAEKAKUASICDQELIAZBCjYCDCAGQfOcwAA2AgggBkKDgICAsAI3AwAMAQsgBEG0AWogACACEE8gBEGIAWogBEGsAWpB/ZzAAEEYEE0CQAJAAkAgBCgCiAEiAEUEQEKQHCEYDAELAkACQAJAIAQoAowBIgIOAgQAAQsgAC0AACIFQStrDgMDAQMBCyAALQAAIQULIAAgBUH/AXFBK0YiA2ohBQJAIAIgA2siAEERTwRAA0AgAEUNAiAEQfAAaiAYQgAQQCAEKQN4QgBSDQQgBCkDcCEXIARB6ABqIAUtAABBChCDASAEKAJoQQFHDQQgBUEBaiEFIABBAWshACAXIBcgBDUCbHwiGFgNAAsMAwsDQCAARQ0BIARB4ABqIAUtAABBChCDASAEKAJgQQFHDQMgBUEBaiEFIABBAWshACAENQJkIBhCCn58IRgMAAsACyAYQgF9QoCjBVoNAQsgBEHYAGogBEGsAWpBlZ3AAEEaEE0CQCAEKAJYIgAEQCAEQYACaiAAIAQoAlwQTyAEKAKIAiEFIAQoAoQCIQADQCAFBEAgAEEgQQAgAC0AACICQcEAa0H/AXFBGkkbIAJyOgAAIAVBAWshBSAAQQFqIQAMAQsLIAQgBCgCiAIiADYC4AEgBCAEKQKAAiIXNwPYAUEBIRMgF6dBgICAgHhGDQEgBCgC3AEiAiAAQeOKwABBBBC+AQ0BIAIgAEGvncAAQQEQvgENASACIABBsJ3AAEEDEL4BDQFBACETIAIgAEHnisAAQQUQvgENASACIABB7ZjAAEEBEL4BDQEgAiAAQbOdwABBAhC+AQ0BIAZBFTYCFCAGQbWdwAA2AhAgBkEaNgIMIAZBlZ3AADYCCCAGQoOAgIDAAjcDACAEQdgBahDZAQwDCyAEQYCAgIB4NgLYAUEBIRMLIARB2AFqENkBIARB0ABqIARBrAFqQcqdwABBFhBNAn8CQCAEKAJQIgAEQCAAIAQoAlQiAkHgncAAQQEQvgFFDQELIARBgICAgHg2AsABQQEMAQsgBEHYAWogACACEKMBIAQgBCgC2AE2AogCIAQgBCgC3AEiADYChAIgBCAANgKAAiAEIAAgBCgC4AFBA3RqNgKMAiMAQSBrIgAkACAAQQhqIARBgAJqIgMoAgwgAygCBGtBA3ZBBEEMEGIgAEEANgIcIAAgACkDCDcCFCMAQRBrIgwkACAAQRRqIgIgAygCDCADKAIEa0EDdhC0ASACKQIEIRcgDCACQQhqNgIEIAwgF0IgiTcCCCMAQRBrIgIkACACIAMpAgg3AwggAiADKQIANwMAIwBBIGsiBSQAIAxBBGoiCSgCCCAJKAIEIghBDGxqIQ8gAigCBCEDIAIoAgwhDQNAIAMgDUcEQCADQQRqKAIAIQsgAygCACERIAIgA0EIaiIDNgIEIAVBCGogESALEDAgBUEUaiAFKAIIIAUoAgwQTyAPIAUoAhw2AgggDyAFKQIUNwIAIA9BDGohDyAIQQFqIQgMAQsLIAkoAgAgCDYCACACELABIAVBIGokACACQRBqJAAgDEEQaiQAIARBwAFqIgIgACgCHDYCCCACIAApAhQ3AgAgAEEgaiQAIAQoAsABQYCAgIB4RgshAAJAAkACQAJAAkACQAJAAkBBkprAACABKAJ4IhUgASgCfCIWEIABQQAgABtFBEAgBEHIAGogBEGsAWpB4Z3AAEENEE0CQAJAIAQoAkgiAARAIARB2AFqIAAgBCgCTBA7QTAhACAEQTA2ApACQbKhwAAhBSAEQbKhwAA2AowCIARBDTYCiAIgBEHhncAANgKEAiAEQRQ2AoACIAQoAtgBIgNBgICAgHhGDQogBCgC3AEhACAEKALgASECIARBgAJqENUBIAQgAjYCrAIgBCAANgKoAiAEIAM2AqQCIAJBEEsNASAEQQA2ArgCIARCgICAgMAANwKwAiAEIAAgAkEobGoiBTYCyAIgBCADNgLEAiAEIAA2AsACIAQgADYCvAIgBEGEAmohDyAEQeQBaiENIARB2AJqQQRyIQwCQANAIAAgBUYNBCAEIABBKGo2AsACIAQgACkCDDcDgAIgBCAAKQIUNwOIAiAEIAApAhw3A5ACIAQgACgCJDYCmAIgACgCACICQYCAgIB4Rg0EIAQgACkCBCIXNwLQAiAEIAI2AswCIAQgDykCEDcD6AIgBCAPKQIINwPgAiAEIA8pAgA3A9gCIAQgFzcC2AEgBEHYAWpB5KHAAEEIEFgEQEHCACEAQY+jwAAhBQwIC0EsIQBB46LAACEFIBdCIIinIgJBwQBrQUBJDQcgBCAXpyIDNgLYASAEIAIgA2o2AtwBIARB2AFqIggoAgAhAiAIKAIEIQkDQCAJIAIiA0cEQCAIIAJBAWoiAjYCACADLQAAIgtB3wBGIAtBOmtB/wFxQfUBS3IgC0HfAXFB2wBrQf8BcUHlAUtyDQELCyADIAlHDQcCQAJAAkACQCAELQDYAkEDaw4CAAEDCyAEIAwoAgg2AogDIAQgDCkCADcDgANBBEEMEMgBIgAgBCgCiAM2AgggACAEKQOAAzcCAEEBIQIgBEEBNgL8AiAEIAA2AvgCIARBATYC9AJBACEIQQEhBQwBCyAEKALkAiECIAQoAuACIQAgBCAEKALcAjYC4AEgBCAANgLcASAEIAA2AtgBIAQgACACQRhsajYC5AEgBEH0AmohBSMAQTBrIgAkACAAQRRqIARB2AFqIgIQaAJAIAAoAhRBgICAgHhHBEAgAEEEQQRBDBBiIAAoAgAhCCAAKAIEIgMgACgCHDYCCCADIAApAhQ3AgAgAEEBNgIQIAAgAzYCDCAAIAg2AgggACACKQIINwMoIAAgAikCADcDICAAQQhqIQIgAEEgaiEIIwBBEGsiAyQAA0ACQCADQQRqIAgQaCADKAIEQYCAgIB4Rg0AIAIoAggiCSACKAIARgRAIAJBARC0AQsgAigCBCAJQQxsaiILIAMoAgw2AgggCyADKQIENwIAIAIgCUEBajYCCAwBCwsgCBBZIANBEGokACAFIAAoAhA2AgggBSAAKQIINwIADAELIAVBADYCCCAFQoCAgIDAADcCACACEFkLIABBMGokAEEBIQhBACECIAQoAvwCIgVBBWtBfEkNAyAEKAL4AiEACyAFQQxsIQUDQCAFBEAgBUEMayEFIAAoAgghCSAAKAIEIQsgAEEMaiEAQQAhA0EAIRECQCAJQYECa0GAfkkNACALLQAAQS9HDQADQCADIAlGIhENASADIAtqIRIgA0EBaiEDIBItAABB/gBHDQAgAyAJTw0BIBJBAWotAABB/gFxQTBGDQALCyARDQEMBAsLIA0gBCkC9AI3AgAgDSAEKAL8AjYCCCAEIAQoAtQCNgLgASAEIAQpAswCNwPYASAEKAK4AiIAIAQoArACRgRAIARBsAJqEHgLIAQoArQCIABBGGxqIgIgBCkD2AE3AgAgAiAEKQPoATcCECACIAQpA+ABNwIIIAQgAEEBajYCuAIgBC0A2AJBA2tB/wFxQQJPBEAgBEHYAmoQnwELIAQoAsACIQAgBCgCyAIhBQwBCwsgBEEANgL8AiAEQoCAgIDAADcC9AJBASECQQEhCAsgBEH0AmoQ9QFBpKLAACEFQT8hAAJAAkAgBC0A2AJBA2sOAgEACAsgAg0JDAoLIAhFDQkMBwsgBEEANgLUASAEQoCAgIDAADcCzAEMAwsgBEGkAmoQ8gFB0aPAACEFQRYhAAwICyAEQbwCahBaIAQgBCgCuAI2AtQBIAQgBCkCsAI3AswBDAELIAZBxAA2AhQgBkHXn8AANgIQIAZBFjYCDCAGQcqdwAA2AgggBkKDgICAwAI3AwAMBwsgBEFAayAEQawBaiABKAJQIgwgASgCVCIPEE0CQAJAIAQoAkAiAARAIAQoAkQhBQwBCyABKAIQIgAEQCABKAIUIQUMAQsgBiAPNgIMIAYgDDYCCCAGQoOAgICwAjcDAAwBCwJAIAEtAIEBRQRAIAEtAIABRQRAIARBsAJqIAAgBRBPDAILIARBsAJqIAAgBRCEAQwBCyAEQbACaiAAIAUQTwsCQAJAIAEtAIABRQ0AIAQoArQCIAQoArgCEAMNACAGQTI2AhQgBkGAocAANgIQIAYgDzYCDCAGIAw2AgggBkKDgICAwAI3AwAMAQsCfwJAAkAgAS0AgwFFBEAgBEGAgICAeDYC2AEMAQsgBEE4aiAEQawBakHuncAAQQ8QTQJAIAQoAjgiAARAIARBvAJqIAAgBCgCPBCEAQwBCyAEKAK0AiAEKAK4AkH9ncAAQQ0QxwFFBEAgBEG8AmpBip7AAEEXEE8MAQsgBEG8AmpBoZ7AAEEWEE8LIAQoAsACIAQoAsQCEANFBEAgBkEyNgIUIAZBgKHAADYCECAGQQ82AgwgBkHuncAANgIIIAZCg4CAgMACNwMAIARBvAJqEPEBDAQLIARBMGogBEGsAWpBt57AAEENEE0gBEHYAmogBCgCMCAEKAI0EMwBIARBgAJqIgAgBEGwAmoQXiAEIAQoAuACNgKgAiAEIAQpAtgCNwKYAiAEIAQpArwCNwKMAiAEIAQoAsQCNgKUAiAEQdgBaiAAQST8CgAAIAQoAtgBQYCAgIB4Rw0BC0EAIQBBAQwBCyAEKALsASEAIAQoAugBCyECIAQgADYC1AIgBCACNgLQAiAEIARBsAJqNgLMAgJAAkAgASgCGCIARQ0AIARBKGogBEGsAWogACABKAIcEE0gBCgCKCIARQ0AIARB2AJqIAAgBCgCLBCjASAEIAQoAtgCNgKIAiAEIAQoAtwCIgA2AoQCIAQgADYCgAIgBCAAIAQoAuACQQN0ajYCjAIjAEEgayIDJAAgA0EIaiAEQYACaiIAKAIMIAAoAgRrQQN2QQRBDBBiIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQtAEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIFJAAgBSAAKQIINwMIIAUgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAUoAgQhAiAFKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhFCAFIAJBCGoiAjYCBCANQQRqIBQgEhCEASAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELABIA1BEGokACAFQRBqJAAgCUEQaiQAIARB9AJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAQgASgCWCIANgKAAiAEIAAgASgCXEEDdGo2AoQCIAQgBEHMAmo2AogCIARB9AJqIARBgAJqEFYLIAEoAjQhAgJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCMCIARQ0AIARBIGogBEGsAWogACACEE0gBCgCICIDRQ0AIARB2AJqIAMgBCgCJBCjASAEIAQoAtgCNgKIAiAEIAQoAtwCIgA2AoQCIAQgADYCgAIgBCAAIAQoAuACQQN0ajYCjAIjAEEgayIDJAAgA0EIaiAEQYACaiIAKAIMIAAoAgRrQQN2QQRBDBBiIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQtAEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIFJAAgBSAAKQIINwMIIAUgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAUoAgQhAiAFKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhFCAFIAJBCGoiAjYCBCANQQRqIBQgEhBPIAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAUQsAEgDUEQaiQAIAVBEGokACAJQRBqJAAgBEGAA2oiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgAS0AggENASAEIAEoAmgiADYCgAIgBCAAIAEoAmxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQYADaiAEQYACahBWCyAEQRhqIARBrAFqIAEoAmAiAiABKAJkIgMQTSAEKAIYIgBFDQEgBEHYAmoiBSAAIAQoAhwiCBAsIAQtANgCQQZGDQMgBCAEKQPoAjcDkAIgBCAEKQPgAjcDiAIgBCAEKQPYAjcDgAIgBUHri8AAQQQQdyIFRQ0CIAUtAAAgBEGAAmoQnwFBBEcNAyAEQcACaiAAIAgQTyAEQQA2ArwCDAYLIAZCg4CAgLACNwMAIAYgAiAPIAAbNgIMIAYgACAMIAAbNgIIDAcLIAEoAiAiAEUNAyAEQRBqIARBrAFqIAAgASgCJCIDEE0gBCgCECICRQ0DIAIgBCgCFCIFEAMNAiAGQTI2AhQgBkGAocAANgIQIAYgAzYCDCAGIAA2AgggBkKDgICAwAI3AwAMBQsgBEGAAmoQnwELIAZBLDYCFCAGQcSewAA2AhAgBiADNgIMIAYgAjYCCCAGQoOAgIDAAjcDAAwDCyAEQcACaiACIAUQTyAEQQE2ArwCDAELIAEoAigiAARAIARBgAJqIgIgBEHMAmogACABKAIsEBogAS0AgwEhACAEKAKEAiAEKAKIAhADRQRAIAZBMjYCFCAGQYChwAA2AhAgBkKDgICAwAI3AwAgBkEPIA8gAEEBcSIAGzYCDCAGQe6dwAAgDCAAGzYCCCACEPEBDAMLIAQgBCgCiAI2AsgCIAQgBCkCgAI3AsACIARBATYCvAIMAQsgBEEIaiAEKAK0AiAEKAK4AhAwIARBITYCjAIgBEHwnsAANgKIAiAEIAQpAwg3AoACIARBwAJqIARBgAJqQQIQTCAEQQI2ArwCCyAEIARBrAFqQZGfwABBDhBNQQEhBQJAIAQoAgAiAkUEQEEBIQAMAQsgBCgCBCEDQQEhAEH5mcAAIBUgFhCAAUUNACAEQYACaiACIAMQowECQCAEKAKIAiICRQ0AIAJBA3QhBUEAIQAgBCgChAIhAwNAIAAgBUcEQCAAIANqIghBoJ/AABDSAQRAIAhBqJ/AABDSAQ0DCyAAQQhqIQAMAQsLQaCfwAAgAyACEFghBUGon8AAIAQoAoQCIAQoAogCEFghACAEQYACahD4AQwBCyAGQSc2AhQgBkGwn8AANgIQIAZBDjYCDCAGQZGfwAA2AgggBkKDgICAwAI3AwAgBEGAAmoQ+AEgBEHAAmoQ8QEMAQsgBiAEKAK8ATYCICAGIAQpArQBNwIYIAYgBCkC9AI3AiQgBiAEKAL8AjYCLCAGIAQpAoADNwIwIAYgBCgCiAM2AjggBiAEKQK8AjcCACAGIAQpAsQCNwIIIAYgBCgCyAE2AlAgBiAEKQLAATcCSCAGQdQAaiAEQdgBakEk/AoAACAGIBM6AH4gBiAAOgB9IAYgBToAfCAGIAE2AnggBiAYNwMQIAYgBCgC1AE2AkQgBiAEKQLMATcCPCAEQbACahDxAQwNCyAEQYADahD1AQsgBEH0AmoQ9QEgBEHYAWoQsQELIARBsAJqEPEBCyAEQcwBahD5AQwGCyAELQDYAkEDaw4CAQIACyAEQdgCahCfAQwCCyAMEPEBDAELIAwQ9AELIARBzAJqEPEBIARBvAJqEFogBEGwAmoQ+QELIAYgADYCFCAGIAU2AhAgBkENNgIMIAZB4Z3AADYCCCAGQoOAgIDAAjcDAAsgBEHAAWoQ3QEMAQsgBkEiNgIUIAZBm6DAADYCECAGQRg2AgwgBkH9nMAANgIIIAZCg4CAgMACNwMACyAEQbQBahDxAQsgBEGQA2okAAJ/IAcoAmBBA0cEQEEIQYgBEMgBIgBCgYCAgBA3AwAgAEEIaiAGQYAB/AoAACAADAELIAcgBygCdDYCWCAHIAcpAmw3A1AgByAHKQJkIhg3A0ggGKdBFUcNAyAHKAJMCyEAIAdBgICAgHg2AgwgByAANgIQDAMLIAdBDGpB5IvAAEEHEH8MAwsgB0EMakHUi8AAQRAQfyAHKAIsQYCAgIB4Rg0CIAMQ8gEMAgsgB0EMaiAHQcgAahCLAQsgB0E4ahDyAQsgECAHKAIkNgIYIBAgBykCHDcCECAQIAcpAhQ3AgggECAHKQIMNwIAIAdB4AFqJAAgDkEYahDRASAOQRBqENEBIA5BIGokACMAQSBrIgAkACAAQQA2AgAgACAQKQIANwIEIAAgECkCCDcCDCAAIBApAhA3AhQgACAQKAIYNgIcQQRBKBDIASIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAEgACkCGDcCICAAQSBqJAAgCkHQAGokACABQQhqC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQYyADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDZAQwBCyADQQRqIAEQNiADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDZAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQRCIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEBsgBCgCDA0CCyAAQSs2AgggAEGkq8AANgIEIABBATYCAAwCCyAAQhU3AgAMAQsgBCACIAEQGyAAIAQpAwA3AgQgAEEVNgIACyAEQRBqJAALogEBAX8jAEEQayICJAAgAiABEDwCQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFB34rAAEEEEHMNASAAQYGAgIB4NgIADAILIAJBBGogARBjIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAt2AQR/IwBBEGsiAiQAQQQhBANAAkAgBEUEQEEBIQUMAQsgAkEIaiABEGwgAi0ACEUNACACIAItAAlBEBCDASACKAIAQQFxRQ0AIARBAWshBCACKAIEIANBBHRqIQMMAQsLIAAgAzYCBCAAIAU2AgAgAkEQaiQAC3UBAn8CQCABIANHDQADQCABRSEEIAFFDQEgAi0AACEDIAAtAAAhBSABQQFrIQEgAkEBaiECIABBAWohACAFQSBBACAFQcEAa0H/AXFBGkkbckH/AXEgA0EgQQAgA0HBAGtB/wFxQRpJG3JB/wFxRg0ACwsgBAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQfKEwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEIajYCAA8LIABBGzYCCCAAQdeEwAA2AgQgAEEANgIADwsAC8kDAgN/An4jAEFAaiIDJAAgAyACOQMQIAMgATYCDCADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBEGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQQxqNgIYIwBBMGsiASQAIAFBFGoiBCADQRhqIgAoAiAQQSABKAIURQRAIAFBCGogBBCYASABKAIIIgBBASAAGyABKAIMQQAgABsQggIACyAAKAIQKwMAIAAoAgAoAgAgASABKAIcNgIoIAEgASkCFCIGNwMgQQBHIQX8BiEHIwBBgAJrIgAkACAAQSBqIAanIgRBgAH8CgAAIARBsKfAAEGAAfwKAAACQAJAAkACQAJAIAApAyBCAVgEQCAFDQIgAEEHNgKgASAAQQRqIABBoAFqEKIBDAELIABBBGpBl6nAAEElEH8LIAApAyBCAloNASAAQSBqEMUBDAILIABBoAFqIgUgAEEgakHgAPwKAAAgAEEEaiAEIAUgBxA/IAUQxQEgACkDIEICVA0BCyAAQSBqEEYMAQsgAEGAAWoQrgELIAQgAEEEahA+IABBgAJqJAAgAUEgahDJASABQTBqJAAgA0FAayQAC48BAQF/IwBBMGsiAyQAIANBGGogASACECwCQCADLQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACABQQVGBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIAIAMQnwELIANBMGokAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCVASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwAL3QECAX8BfiMAQRBrIgMkAAJ/AkAgAkUEQCADQQRqIAEQY0EAIAMoAgQiAUGAgICAeEYNAhogAykCCCEEIAAoAgAiABDZASAAIAQ3AgQgACABNgIADAELIwBBMGsiAiQAIAJBGGogARAMIAItABgiAUEGRgR/QQIFIAIgAikAKDcAECACIAIpACE3AAkgAiACKQAZIgQ3AAEgAiABOgAAIAIQnwFBAiAEpyABQQFHGwshASACQTBqJABBACABQf8BcSIBQQJGDQEaIAAoAgQgAToAAAtBAQsgA0EQaiQAC4cBAQJ/IwBBIGsiAiQAIAEgACgChAEiAyADIAAoAogBQRRsahBtIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEEYgAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALmQoCEX8CfiMAQTBrIgckAAJAIAEoAowBIgEEQCAHQQRqIQojAEFAaiIEJAACQCADIAIpAwgiFiABQQhqIgspAxAgA3wiFSAVIBZVGyAVIAIpAwCnQQFxGyAVIAstAH4bIhVTBEAgBCACQShqEMQBIAQoAgQhEiAEKAIAIQwgBEEANgIUIARCgICAgBA3AgwgBEEMahDmAUHXjsAAQQMQ2wEgAigCFCITIAIoAhgiFBDiAUHajsAAQQQQ2wFB3o7AAEENEOIBQeuOwABBAxDbAUHujsAAQQwQ4gFB+o7AAEEDENsBIAMQoAFB/Y7AAEEDENsBIBUQoAEhASAMBEAgAUGAj8AAQQUQ2wEgDCASEOIBGgsgAigCJEEYbCEFIAIoAiAhAgNAIAUEQCABIAIoAgQgAigCCBDbASACKAIQIAIoAhQQ4wEaIAVBGGshBSACQRhqIQIMAQsLIAEQ8wEiDikCACEDIA5BADYCACAEIA4oAggiATYCICAEIAM3AxggBEEANgIUIARBATYCECAEKAIcIQ0gCygCHCECIAsoAiAhCCMAQUBqIgUkACAFQQhqIgkgAUECdEEDbkHUAGoQjAEgCUHwhsAAQSQQfiAJQS4QVSAFQRRqIg8gDSABEOUBIAkgBSgCGCAFKAIcEH4gDxDxASAFKAIMIRAgBSgCECERIwBB0AFrIgEkACAIQcEATwRAIAEgCDYClAEgASACNgKQASABIAFBkAFqQQEQC0EgIQggASECCyABQSBqQQBBwAD8CwADQCAGIAhHBEAgAUEgaiAGaiACIAZqLQAAOgAAIAZBAWohBgwBCwsgAUGQAWohCCABQSBqIQ1BACEGIwBBQGohAgNAIAZBwABHBEAgAiAGaiAGIA1qLQAAQTZzOgAAIAZBAWohBgwBCwsgCCACQcAA/AoAACABIBE2AowBIAEgEDYCiAEgAUHAADYChAEgASAINgKAASABQeAAaiIQIAFBgAFqIhFBAhALQQAhAiMAQUBqIQYDQCACQcAARwRAIAIgBmogAiANai0AAEHcAHM6AAAgAkEBaiECDAELCyAIIAZBwAD8CgAAIAFBIDYCjAEgAUHAADYChAEgASAQNgKIASABIAg2AoABIA8gEUECEAsgAUHQAWokACAJQS4QVSAFQTRqIgEgD0EgEOUBIAkgBSgCOCAFKAI8EH4gARDxASAEQShqIgIgBSgCEDYCCCACIAUpAgg3AgAgBUFAayQAIARBADYCPCAEQoCAgIAQNwI0IARBNGoQ5gFBhY/AAEELENsBIAQoAiwgBCgCMBDiAUGQj8AAQQkQ2wFBmY/AAEEGEOIBQZ+PwABBCRDbASAVEKABQaiPwABBBBDbARDmAUGsj8AAQQIQ2wEgEyAUEOIBQYCPwABBBRDbASEBAkAgDARAIAEgDCASEOIBGgwBCyABQd+KwABBBBDjARoLIAEQ8wFBro/AAEEIENsBIAsoAngiASgCOCABKAI8EOIBEPMBIQEgCkEVNgIAIAogASgCCDYCDCAKIAEpAgA3AgQgAUEANgIAIARBADYCPCAEQQE2AjggARDxASACEPEBIARBGGoQ8QEgDhDxAQwBCyAKQQk2AgALIARBQGskACAHKAIEQRVHBEAgByAHKAIUNgIoIAcgBykCDDcDICAHIAcpAgQ3AxggACAHQRhqEKIBDAILIABByAEgB0EIahBJDAELIABB1KnAAEEQEH8LIAdBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABB8oTAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABB14TAADYCBCAAQQA2AgAPCwALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQcTBwAAgAygCACIDKAIAIAMoAgQQChogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEHEw8AANgIEIAAgATYCACACQSBqJAALcwEBfyMAQRBrIgMkACADQQRqIAEgAhBPIAAgAygCDCICNgIIIAAgAykCBDcCACADKAIIIQADQCACBEAgAEEgQQAgAC0AACIBQeEAa0H/AXFBGkkbIAFzOgAAIAJBAWshAiAAQQFqIQAMAQsLIANBEGokAAttAQF/IwBBEGsiBCQAIAQgAzYCCCAEIAI2AgQgAUEobCEDAn8DQEEAIANFDQEaIANBKGshAyAEIAA2AgwgAEEoaiEAIARBDGogBEEEahChAUUNAAsgAEEoawshAyAEQRBqJAAgA0EQakEAIAMbC4UBAQF/IwBBIGsiAiQAIAJBADYCDCACQoCAgICAATcCBCACIAJBBGoiAzYCEAJAIAEgAkEQakGMjMAAECgiAUUEQCADEPQBDAELIAIgAigCDDYCGCACIAIpAgQ3AxAgACgCACIAENwBIAAgAigCGDYCCCAAIAIpAxA3AgALIAJBIGokACABC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ8QEgAEEUahCAAiAAQSBqEPEBDwsgAEEIahDoAQ8LIABBCGoQxQEPCyAAQQhqEMUBIABB6ABqENkBDwsgABDFASAAQeAAahCuAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABECACQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQVCAEQQhqIAUQEwJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUEMgBIQMgBEEEakGLisAAQRAQTyADQQw2AgQgA0GbisAANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQYwJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQ2QEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQ2QEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDwCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEH4gAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHsgBCgCCCIBBH8gBCABIAQoAgwQGyAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL0wIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEGPwcAAQckAQbTBwAAQiAEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRBTCyABQQE2AgQMAQsgBSAJIAMgAiIIEAUiBUUNAiABIAU2AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYCACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQaiQADwsgAiAGKAIMENYBAAtfAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQYiADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEJwBIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAAL4AEBBH8jAEEwayICJAAgACgCACEAIAIgARAMIAItAAAiBEEGRwRAIAIgAikAEDcAKCACIAIpAAk3ACEgAiACKQABNwAZIAIgBDoAGCAAKAIIIgUgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBGBAnIAEoAggiA0GBgICAeEcEQCADIAEoAgwQ1gEACyABQRBqJAALIAAoAgQgBUEYbGoiASACQRhqIgMpAxA3AxAgASADKQMINwMIIAEgAykDADcDACAAIAVBAWo2AggLIAJBMGokACAEQQZHC1sBA38jAEEQayIBJAAgACgCCCIDIQIDQCABQQhqIAAQlQECQCABLQAIBEAgAS0ACUEwa0H/AXFBCkkNAQsgAUEQaiQAIAIgA0sPCyAAIAJBAWoiAjYCCAwACwALWQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQBw8LQbTCwABB5MLAABDYAQALQfTCwABBpMPAABDYAQALYQECfyMAQRBrIgQkACAEQQA2AgwgBCABIARBDGoQcSAEKAIEIQUgACADNgIQIABBADYCDCAAIAM2AgggACACNgIEIAAgBToAGCAAIAE2AgAgACAEKAIMNgIUIARBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELUBIAEgACgCBCAAKAIIahAuIAAgAiADajYCCAu2AgIIfwF+IwBBIGsiAiQAIAJBCGogASgCBCABKAIAa0EDdkEEQQwQYiACQQA2AhwgAiACKQMINwIUIwBBEGsiBiQAIAJBFGoiAyABKAIEIAEoAgBrQQN2ELQBIAMpAgQhCiAGIANBCGo2AgQgBiAKQiCJNwIIIwBBEGsiByQAIAZBBGoiBCgCBCEIIAQoAgAgASgCACIFIAEoAgQiA0cEQCABKAIIIQEgBCgCCCAIQQxsaiEEIAggAyAFa0EDdiIDaiEIA0AgB0EEaiABIAUoAgAgBUEEaigCABAaIAQgBygCDDYCCCAEIAcpAgQ3AgAgBUEIaiEFIARBDGohBCADQQFrIgMNAAsLIAg2AgAgB0EQaiQAIAZBEGokACAAIAIoAhw2AgggACACKQIUNwIAIAJBIGokAAtVAQF/An9BACABKAIAQQFHDQAaIAEoAgQiAiABKAIIRwRAIAEgAkEBajYCBCABIAJqLQAMIQFBAQwBCyABQQA2AgBBAAshAiAAIAE6AAEgACACOgAAC1UBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEGtFDQELIAFBCGohASACQQhrIQIMAQsLIAJBAEcLfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQRhuIQADQCAABEAgAEEBayEAIAEQnwEgAUEYaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahD8ASAAQRBqJAAgAkEQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEOoBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQ/QEgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEL8BIAFFIANBAUdxDQEgAkEQaiQADwsQgQIAC0GYhMAAQT8QggIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQwAEgAUUgA0EBR3ENASACQRBqJAAPCxCBAgALQZiEwABBPxCCAgALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQLyAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDTASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDWAQAL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBBBIAVBGGogACgCACgCACAAKAIEKAIAEIEBIAVBADYCLCAFIAUoAhwiATYCNCAFIAUoAhgiADYCMCAFKAIgRQRAIAVBEGogBUEsahCKASAFKAIQIQEgBSgCFCEAIAVBCGogAhCYASAFKAIIIgIgASACGyIBQQEgARsgBSgCDCAAIAIbQQAgARsQggIACyAFIAUoAig2AkAgBSAFKQIgIgw3AzggBSABNgJMIAUgADYCSCMAQeABayIDJABBASEKAkAgDKciBygCjAEiAkUNACACKAI0RQ0AIAIoAjAiAigCCCEJIAIoAgQhCgsCQCAHKQMAQgNRBEAgA0EgaiEIIAAhAiMAQUBqIgQkAAJAIAFBgIAQSwRAQYCAgIB4IQEMAQsgBEIANwIQIAQgATYCDCAEIAI2AghBgICAgHghASAEQYCAgIB4NgIcIARBgICAgHg2AiggBCAEQShqIgs2AjggBCAEQRxqNgI0AkACQCAEQQhqIgBBsI7AAEECIARBNGpBwI7AABCHAUUNACAAEJoBRQ0AIAQoAhwiAEGAgICAeEYEQCALENkBDAILIAQgBCkCICINNwI4IAQgADYCNCAEKAIoIgJBgICAgHhGBEAgBEE0ahDxAQwCCyAEKQIsIQ4gACEBDAILIARBKGoQ2QEgBEEcahDZAQsLIARBwAA2AhAgBEH4jMAANgIMIARBETYCCAJAIAFBgICAgHhGBEAgBCkDCCEMIAhBwAA2AgggCCAMNwIADAELIARBCGoQ1QEgBCABNgI0IAQgDTcCOCAEIAI2AgggBCAONwIMIAgCfwJAIAkgDUIgiKdHDQAgDacgCiAJEGsNACAOpyAOQiCIpxADRQRAIAhBuI3AADYCBCAIQRE2AgBBOAwCCyAIQQRqIgAgBCgCEDYCCCAAIAQpAgg3AgAgCEEVNgIAIARBNGoQ8QEMAgsgCEHwjcAANgIEIAhBETYCAEEyCzYCCCAEQQhqEPEBIARBNGoQ8QELIARBQGskACADKAIgQRVHBEAgA0EEaiAIEIsBDAILIAMgAygCLDYCECADIAMpAiQ3AgggA0GAgICAeDYCBAwBCyADQQRqQZGnwABBHhB/CyADQUBrIgAgB0GAAfwKAAAgB0Gwp8AAQYAB/AoAACADIAMoAhw2AjggAyADKQIUNwMwIAMgAykCDDcDKCADIAMpAgQiDDcDICADQQRqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAAMLIAcQRiAHQgQ3AwAgB0EIaiADQcgAakHgAPwKAAAgByADKAIQNgJwIAcgAykCCDcCaEEAIQFBASEJDAQLIANByABqIQELIAMgASgCGDYC2AEgAyABKQIQNwPQASADIAEpAgg3A8gBIAMgASkCADcDwAEgByADQcABahA+QQEhASADKAIgQYCAgIB4Rg0BDAILIAcQRiAHIABBgAH8CgAAIANBIGpBBHIQ8QEMAgsgA0EgakEEchDxAQsCQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAgALIAAQRgwCCyAJRQ0BIANByABqEOgBDAELIAFFDQAgA0HIAGoQxQELIAcpAwAaIANB4AFqJAAgBUHIAGoQ0QEgBUE4ahDJASAFQdAAaiQAIAZBIGokAAvIAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEEEgAEEYaiABKAIAKAIAIAEoAgQoAgAQgQEgAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEIoBIAAoAhAhAiAAKAIUIQMgAEEIaiAEEJgBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCCAgALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFBvKnAAEEYEH8MAQsgAUEcaiIEAn9BByAFIAJBto/AAEEREL4BDQAaQRIgBSACQcePwABBFBC+AQ0AGkEGIAUgAkHbj8AAQQsQvgENABogBEEjNgIIIARB5o/AADYCBEERCzYCACABIAQQogELIAYgARA+IAFBMGokACAAQcgAahDRASAAQThqEMkBIABB0ABqJAAgA0EgaiQAC7cUAg5/An4jAEEgayIHJAAgByACNgIEIAcgATYCACAHIAA2AhggByAHQR9qIgA2AhQgByAANgIQIAcgB0EEajYCDCAHIAc2AggjAEHQAGsiAiQAIAJBGGogB0EIaiIAKAIQEEEgAkEkaiAAKAIAKAIAIAAoAgQoAgAQUAJAIAIoAhgEQCACKAIkQYGAgIB4Rw0BCyACQRBqIAJBJGoQkgEgAigCECEBIAIoAhQhAyACQQhqIAJBGGoQmAEgAigCCCIAIAEgABsiAUEBIAEbIAIoAgwgAyAAG0EAIAEbEIICAAsgAiACKAIgNgI4IAIgAikCGCISNwMwIAIgAikCJDcDQCACIAIoAiw2AkgjAEEQayINJAAgDUEIaiACQUBrIg8QxAEgDSgCCCEDIA0oAgwhCCMAQeACayIBJAACQCASpyIJKAKMASIARQ0AIAAoAggNACAAKAIUIQUgACgCECEECwJAAkACQCAJKQMAQgRRBEACQCAEIAMgBBsiCgRAIAFBwAFqIQYgCSgCRCELIAkoAkghDiAJLQBkIQwjAEGwAWsiACQAQYCAgIB4IQMCQCAFIAggBBsiBEGAgBBLDQAgAEIANwJ4IAAgBDYCdCAAIAo2AnAgAEGAgICAeDYCWCAAIABB2ABqNgIYAkAgAEHwAGoiBEHwi8AAQQEgAEEYakH4i8AAEIcBRQ0AIAQQmgFFDQAgACkCXCERIAAoAlghAwwBCyAAQdgAahDcAQsgAEEpNgJ4IABBoIzAADYCdCAAQRE2AnACQCADQYCAgIB4RgRAIAApAnghESAGIAAoAoABNgIUIAYgETcCDCAGQaCMwAA2AgggBkKCgICAmAI3AgAMAQsgAEHwAGoQ1QEgACADNgIMIAAgETcCECARQiCIp0EYbCEDIBGnIQQCQAJAAkACQAJAAkADQCADRQ0BIAAgBEGch8AAQQMQdxByIAAgACkDADcCWCAAIA42AnQgACALNgJwIANBGGshAyAEQRhqIQQgAEHYAGoiECAAQfAAaiIFEJ4BRQ0ACyAAIARBGGs2AjAgBSAAQTBqIgRByYzAAEEDEHwgACgCcEUNAyAAKAJ4IQggACgCdCEDIAUgBEGZh8AAQQMQfCAAKAJwRQ0DIAAoAnghCyAAKAJ0IQogBSAEQcyMwABBAxB8IAAoAnBFDQMgACgCeCEOIAAoAnQhBCAKBEAgACALNgJcIAAgCjYCWCAAQQU2AnQgACAMEOQBNgJwIBAgBRDXAUUNBAsgBARAIAAgDjYCdCAAIAQ2AnAgAEHwAGpB8IzAABDXAUUNBAsgACAAQTBqIgQ2AjQgDEECRgRAIANFDQQgAyAIQc+MwABBAhC+AUUNBCAAQfAAaiIDIARB0YzAAEEDEHwgACgCcEUNBCAAIAApAnQ3AlggAEHYAGoiBEHcjMAAEJ4BRQ0EIAMgAEE0aiIMQeSMwAAQLSAAKAJwIgVBgICAgHhGDQQgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIAxB5YzAABAtIAAoAnAiA0GAgICAeEYEQCAEEOkBDAULIAApAnQhESAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A5ABIAAgACgCYDYCmAEgACAAKAJsIgQ2AkAgACAAKQJkNwM4AkACQCAEQSBGBEAgACgCUCAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABQYCAgIB4IQMgAEGAgICAeDYCcEEgRw0BIAAgAEH0AGoiBCkCEDcDKCAAIAQpAgg3AyAgACAEKQIANwMYDAILIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAEgAEGAgICAeDYCcAsgAEHwAGoQrgFBgYCAgHghAwsMAwsgAw0BDAMLIAZBgYCAgHg2AgAgAEEMahD0AQwFCyADIAhB5ozAAEEDEL4BRQ0BIABB8ABqIgMgAEE0aiIEQemMwAAQLSAAKAJwIgVBgICAgHhGDQEgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIARB6ozAABAtIAAoAnAiBUGAgICAeEYEQCAAQdgAahDpAQwCCyAAKQJ0IRIgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOgASAAIAAoAmA2AqgBIAAgACgCbCIINgJAIAAgACkCZDcDOEEAIQNBACAIQQN0ayEEIAAoAjwhCgJ/AkACQANAIAMgCEYNASADIApqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIAAoAlAiBEUNACAAKAJMIggtAABCACERQQAhAwNAIAMgCGotAAAiC61C/wGDIBFCCIaEIREgBCADQQFqIgNHDQALRQ0AIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8IAtBAXFFIARBBEsgEUIDVHJyDQEgACAAKQJ0NwMYIAAgACkCfDcDICAAIAApAoQBNwMoIAAoAnAMAgsgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwLIABB8ABqEK4BQYGAgIB4CyEDCyAAQcgAahDxASAAQThqEPEBIANBgYCAgHhGDQAgACAAKQMoNwOAASAAIAApAyA3A3ggACAAKQMYNwNwIABBBjYCWCADQYKAgIB4Rg0BIAYgAzYCACAGIAApA3A3AgQgBiAAKQN4NwIMIAYgACkDgAE3AhQgAEHYAGoQ1QEMAgsgAEEGNgJYCyAGIAAoAmg2AhQgBiAAKQJgNwIMIAYgACkCWDcCBCAGQYKAgIB4NgIACyAAQQxqEPQBCyAAQbABaiQAIAEoAsABQYKAgIB4Rw0BIAFBBGogAUHEAWoQiwEMBAsgAUEEakGwqMAAQSEQfwwDCyABIAEoAtgBNgIcIAEgASkC0AE3AhQgASABKQLIATcCDCABIAEpAsABIhE3AgQgEadBgYCAgHhGDQMgASABQQRqIgAoAhg2AjggASAAKQIQNwMwIAEgACkCCDcDKCABIAApAgA3AyAgAUFAayAJQYAB/AoAACAJQbCnwABBgAH8CgAAIAEpA0BCBFINASABQcABaiIDIAFByABqQeAA/AoAACABIAAoAhg2ArgCIAEgACkCEDcDsAIgASAAKQIINwOoAiABIAApAgA3A6ACIAkQRiAJIANBgAH8CgAAIAFBqAFqENkBDAMLIAFBBGpB0ajAAEEeEH8MAQsgAUFAaxBGIAFBIGoQrgEMAQsgASABKAIcNgLYAiABIAEpAhQ3A9ACIAEgASkCDDcDyAIgASABKQIENwPAAiAJIAFBwAJqED4LIAFB4AJqJAAgDxDZASANQRBqJAAgAkEwahDJASACQdAAaiQAIAdBIGokAAvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQlwEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDWAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABEDwCQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAJDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ5gEiBEGFisAAQQYQ2wEgATMBGBCgAUH6icAAQQcQ2wEgASgCBCABKAIIEGdBgYrAAEEEENsBIAEoAhAgASgCFBDiARogBBDzARogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEPEBIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAWENwMYIAMgA0EMaq1CgICAgIAFhDcDEEGogMAAIANBEGogAhCIAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACENoBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDnASEAA0AgAgRAIAAQ5wEgASgCACABKAIEEOIBIAEoAgwgASgCEBDiARD2ARogAkEUayECIAFBFGohAQwBCwsgABD2AQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDMASABQQhqEJ8BIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQlQEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIUBIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQlQEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhCyASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ0AEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAs+AQJ/IwBBEGsiAyQAIAIgAUEBa0sEQCADIAA2AgggAyAAIAFqNgIMIANBCGoQdkEBcyEECyADQRBqJAAgBAtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBxIARBCGogBCgCECAEKAIUIAEgAhCtASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQLiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMMBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDtAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFULCz8BAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB6AkAgAygCCEUNACADKAIMIgBFDQAgAygCBCAAEFMLIANBEGokAAtCAQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLOAEBfyMAQRBrIgMkACADQQhqIAAQwgEgAygCCCIABH8gACADKAIMIAEgAhBEBUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAnIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ1gEACyABQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ0wEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADEEQQciAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxB3IgJFDQBBACEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EBIQELIAAgATYCAAtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEECcgBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDWAQALIAVBEGokAAs8AQF/IAAgAhC1ASAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQQECfyMAQSBrIgMkACADQQhqIgQgASACEE8gA0H0AzsBHCADQQ42AhggA0HprMAANgIUIAAgBBCNASADQSBqJAALNgECfyAALQAAIQMDQCACIgAEQCAAQQFrIQIgAS0AACEEIAFBAWohASADIARHDQELCyAAQQBHCz8BAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEE4gACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEENMBIgFFBEBBBEEIEIQCAAsgASACNgIEIAEgAzYCACAAQbTDwAA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEBsgAyADKAIIIAMoAgwQMCAAIAMoAgAgAygCBBBPIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEJMBIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEAUiAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUGki8AAEA4gBUEQaiQAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQdzBwAAgASgCBCABKAIIIgAtAAggAC0ACRApAAsgAEGAgICAeDYCACAAIAE2AgwgAEH4wcAAIAEoAgQgASgCCCIALQAIIAAtAAkQKQALNAECfyMAQRBrIgEkACABQQhqIAAQICABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQ0QFBAAshASAAIAI2AgQgACABNgIACzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEKIBIAJBIGokAAs4AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARBiIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ5gFBp4rAAEEFENsBIAEoAgwgASgCEBDiAUGsisAAQQcQ2wEgASgCBCABKAIIEOIBQbOKwABBChDbASABMwEUEKABEPMBIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ8QEgAkEQaiQAIAAgBiAFEEkgARDxASAEQRBqJAALjwEBBX8jAEEQayIDJAAgA0EIaiEFIwBBEGsiAiQAA0ACQCACQQhqIAEQISACKAIIIgRFBEBBACEEDAELIAIgBCACKAIMEBsgAigCBCIGRSACKAIAIgRFcg0BCwsgBSAGNgIEIAUgBDYCACACQRBqJAAgAygCDCEBIAAgAygCCDYCACAAIAE2AgQgA0EQaiQACzYBAX8gACgCCCEBIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ8QEgAEEQaiEADAELCws/ACAAKAIAQYCAgIB4RwRAIAEgACgCBCAAKAIIEOEBDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAAKAIEEAoLOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAgALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDZAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQTiACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEI8BIAIgADYCDCABIAJBDGpB5KTAABAoIAJBEGokAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALbAECfyABLQCDAUEBRgRAQQAhASACIANB0IfAAEEDEMcBBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEE8gACAENgIACx4AIAIEQCACIAEQ0wEhAQsgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMkBQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMoBQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA8IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQKiAEQRBqJAALQQEBfyMAQRBrIgMkACADQQhqIAEgAhCBASADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAALgAIBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAFDAELIAJFBEBBASEDDAILIAJBARDTAQsiAw0AIAVBATYCBEEBDAELIAUgAzYCBEEACyEDQQgLIAVqIAI2AgAgBSADNgIAIAQoAgRBAUYEQCAEKAIIIAQoAgwQ1gEACyAEKAIIIQIgACAINgIAIAAgAjYCBCAEQRBqJAALIAAoAgQgBmogAToAACAAIAZBAWo2AggLKgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAIAEQ1wELCzUAAkACQAJAAkAgAC0AAA4FAQEBAgMACyAAQQRqEPIBCw8LIABBBGoQ8QEPCyAAQQRqEPQBC8kBAgN/AX4gABB0IAFCAFMEQCAAQS0QVQsgASABQj+HIgWFIAV9IQEjAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkACQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEFUgAkEBaiECDAELCyADQSBqJAAMAQtBf0EUQbiLwAAQZQALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGsFQQELRQuGCQEMfyMAQSBrIgwkACAMQQhqIQsjAEEgayIHJABBiZDAACEEQdUAIQJBASENQZADIQVB3pDAACEDQRIhCCABKAIAIgYhCUEBIQoCQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkAgBkEBaw4UAAECAwQFBgcICgsMDQ4PEBESExQdCyABKAIIIQIgASgCBCEEQQAhBkHwkMAAIQMMGgtBhJHAACEEQSYhAkEAIQZBqpHAACEDDBkLQb6RwAAhBEEqIQJBACEGQZUDIQVB6JHAACEDDBkLQfqRwAAhBEEsIQJBACEGQZMDIQVBppLAACEDDBgLIAcgASgCCCIKIAEoAgwiCWo2AgwgByAKNgIIQQAhBiAHQQA2AhAgB0EIaiEFQQAhAkEgIQMjAEEQayIEJAADQAJAIARBCGogBRBHIAQoAgxBgIDEAEYEQCADIQIMAQsgA0EBayIDDQELCyAEQRBqJAAgAg0VIAcgBRBHIAcoAgRBgIDEAEYNFQJAIAcoAgAiAkUNACACIAlPBEAgAiAJRg0BDBULIAIgCmosAABBQEgNFAsgCgwUC0GJk8AAIQRBOiECQQAhBkGRAyEFQduPwAAhA0ELIQgMFgtBw5PAACEEQSMhAkEAIQZBkQMhBUG2j8AAIQNBESEIDBULIAEoAgghAkEAIQZBkQMhBUHmk8AAIQMgASgCBAwBC0EeIQJBACEGQZEDIQVBkZTAACEDQfOTwAALIQRBDSEIDBILQZ6UwAAhBEE7IQJBACEGQZEDIQVB2ZTAACEDQRMhCAwRC0HslMAAIQRBKiECQQAhBkGRAyEFQZaVwAAhAwwLC0GklcAAIQRBOyECQQAhBkGRAyEFQd+VwAAhA0EQIQgMDwtB75XAACEEQR4hAkEAIQZBkQMhBUGNlsAAIQMMCAtBnJbAACEEQSAhAkEAIQZBkQMhBUG8lsAAIQMMBwtBy5bAACEEQSwhAkEAIQZBkQMhBUH3lsAAIQMMBgtBhpfAACEEQTchAkEAIQZBkwMhBUG9l8AAIQNBFSEIDAsLIAEoAgghAiABKAIEIQRBACEGQfYDIQVB0pfAACEDDAULQeCXwAAhBEEqIQJBACEGQfcDIQVBx4/AACEDDAgLIAEoAgghAiABKAIEIQRBCyEJQQAhBkH0AyEFQZWYwAAhA0GKmMAADAELIAEoAhAhBiABKAIMIQ0gASgCCCECIAEoAgQhBEENIQlB9AMhBUGwmMAAIQNBo5jAAAshCkEOIQgMBwtBDyEIDAULQQ4hCAwEC0EACyEDIAIgCSADGyEJIAMgCiADGyEKC0G4ksAAIQRBPCECQZEDIQVB9JLAACEDQRUhCAwCC0EUIQgLQQAhCQsgByAGNgIcIAcgDTYCGCAHIAk2AhQgByAKNgIQIAcgAjYCDCAHIAQ2AgggCyAHQQhqQQMQTCALIAU7ARQgCyAINgIQIAsgAzYCDCAHQSBqJAAgACALEI0BIAEQ1QEgDEEgaiQAC7wCAQd/IwBBMGsiByQAIAdBCGoiAyABIAJBLBDBASMAQdAAayIBJAAgAUEQaiADEI4BAkAgASgCECIEBEAgASgCFCEFIAFBCGpBBEEEQQgQYiABKAIIIQYgASgCDCICIAU2AgQgAiAENgIAIAFBATYCJCABIAI2AiAgASAGNgIcIAFBKGoiBSADQSj8CgAAIAFBHGohAiMAQRBrIgMkAANAAkAgA0EIaiAFEI4BIAMoAggiBkUNACADKAIMIQggAigCCCIEIAIoAgBGBEAgAkEBELMBCyACKAIEIARBA3RqIgkgCDYCBCAJIAY2AgAgAiAEQQFqNgIIDAELCyADQRBqJAAgACABKAIkNgIIIAAgASkCHDcCAAwBCyAAQQA2AgggAEKAgICAwAA3AgALIAFB0ABqJAAgB0EwaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEEogA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEB4gA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEDQgA0EQaiQACycAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhBFIAJBEGokAAsoACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQlAEgAkEQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACED0gA0EQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARBRIAJBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQJCACQRBqJAALJgECfyAAKAIIIgMgASgCBEYEfyAAKAIEIAEoAgAgAxBrBUEBC0ULKAAgAyAEIAEgAhDHASEBIAAgBCACazYCBCAAIAIgA2pBACABGzYCAAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahDxASAAQRBBDCABG2oQ8QELlQQBCX8jAEEQayIIJAAjAEEwayICJAAgAiABNgIMIAIgADYCCCACIAJBL2oiADYCKCACIAA2AiQgAiACQQxqNgIgIAIgAkEIajYCHCMAQRBrIgQkACAEIAJBHGoiACgCACgCACAAKAIEKAIAEIEBIAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB1HQhAAJ/A0BBACAARQ0BGiAAQeS+wABqIABBhAFqIQAgAUEIahDXAUUNAAsgAEGgvcAAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQdigwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQVQsgA0EEaiAAKAIAIAAoAgQQfiEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqENEBIARBEGokACACIAUQhQEgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEPgBIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAEPEBIABBGGoQ2QEgAEEMahDxAQsLDQAgACABQRRBBBCIAgsNACAAIAFBCEEEEIgCCw0AIAAgAUEMQQQQiAILDQAgACABQQFBARCIAguXAgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBiMAQTBrIgEkACABQRRqIgIgABA5IAEoAhRFBEAgAUEIaiACEJkBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCCAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKAKMASIFRQ0AIAIpAwBCA1INACAFKAIIQQJHDQAgBSgCFCECIAUoAhAhBwsgCCACNgIEIAggBzYCACAGIAAoAgggACgCDBDMASAAQRBqJAAgAUEgahDKASABQTBqJAAgBEEIaiAGEGogAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDkgASgCFEUEQCABQQhqIAIQmQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIICAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJMNgIEIAYgAigCSEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEE8gAEEQaiQAIAFBIGoQygEgAUEwaiQAIARBCGogBRCTASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALygMCB38BfiMAQRBrIgUkACMAQSBrIgYkACAGQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQOSACKAIURQRAIAJBCGogARCZASACKAIIIgBBASAAGyACKAIMQQAgABsQggIACyACIAIoAhw2AiggAiACKQIUIgg3AyAjAEEQayIEJAACQAJAIAinIgEpAwBCBlINACMAQRBrIgAkACAAQQA2AgwgAEKAgICAEDcCBCAAQQRqIgcQ5gFB8YnAAEEDENsBIAFBCGoiASgCBCABKAIIEOIBQfSJwABBBhDbASABKAIkIAEoAigQ4gFB+onAAEEHENsBIAEoAhAgASgCFBBnQYGKwABBBBDbASABKAIcIAEoAiAQ4gEQ8wEaIARBBGoiASAAKAIMNgIIIAEgACkCBDcCACAAQQA2AgwgAEKAgICAEDcCBCAHEPEBIABBEGokACAEKAIEQYCAgIB4Rg0AIAMgBCgCDDYCCCADIAQpAgQ3AgAMAQsgA0EANgIIIANCgICAgBA3AgALIARBEGokACACQSBqEMoBIAJBMGokACAGQQhqIAMQhQEgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC6oCAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiECIwBBMGsiASQAIAFBFGoiBSAAEDkgASgCFEUEQCABQQhqIAUQmQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIICAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAAkACQCAGpyIFKQMAQgFWDQAgAEEEakECIAUtAHggBSgCYEGAgICAeEYbEOQBQQUQTyAAKAIEQYCAgIB4Rg0AIAIgACgCDDYCCCACIAApAgQ3AgAMAQsgAkEANgIIIAJCgICAgBA3AgALIABBEGokACABQSBqEMoBIAFBMGokACAEQQhqIAIQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8gEAgl/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiASQAIAFBFGoiAiAAEDkgASgCFEUEQCABQQhqIAIQmQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIICAAsgASABKAIcNgIoIAEgASkCFCIKNwMgIwBBEGsiBCQAAkACQCAKpyIAKQMAQgFWDQAgBEEEaiEIIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIABB4ABqIgAoAgAhCSACQQRqEOYBQcmMwABBAxDbASEHAkAgCUGAgICAeEYEQCAHQc+MwABBAhDiAUHRjMAAQQMQ2wFB1IzAAEEFEOIBQeSMwABBARDbASAAKAIIIAAoAgwQ4gFB5YzAAEEBENsBIAAoAhQgACgCGBDiARoMAQsgB0HmjMAAQQMQ4gFB6YzAAEEBENsBIAAoAgQgACgCCBDiAUHqjMAAQQEQ2wEgACgCECAAKAIUEOIBQZmHwABBAxDbASAALQAYEOQBQQUQ4gEaCyAIIAdB1I7AAEEDENsBQQEQ1AEQ8wEiACgCCDYCCCAIIAApAgA3AgAgAEEANgIAIAJBADYCDCACQQE2AgggABDxASACQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAUEgahDKASABQTBqJAAgBkEIaiADEIUBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv4AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA5IAEoAhRFBEAgAUEIaiACEJkBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCCAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQZAwBCyAAQQRqIgJByIvAAEEMEH8gBSACEGQgAhDoAQsgAEEgaiQAIAFBIGoQygEgAUEwaiQAIARBCGogBRCFASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALtgICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQcjAEEwayIBJAAgAUEUaiICIAAQOSABKAIURQRAIAFBCGogAhCZASABKAIIIgBBASAAGyABKAIMQQAgABsQggIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAikDAEIEUg0AIAIoAmhBgICAgHhHBEAgAigCcCEGIAIoAmwhBQwBCyACKAKMASICRQ0AIAIoAghBAUcNACACKAIUIQYgAigCECEFCyAIIAY2AgQgCCAFNgIAIAcgACgCCCAAKAIMEMwBIABBEGokACABQSBqEMoBIAFBMGokACAEQQhqIAcQaiADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQOSABKAIURQRAIAFBCGogAhCZASABKAIIIgBBASAAGyABKAIMQQAgABsQggIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAlg2AgQgBiACKAJUQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQTyAAQRBqJAAgAUEgahDKASABQTBqJAAgBEEIaiAFEJMBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAsYAQF/IAEgA0YEfyAAIAIgARBrBUEBC0ULlQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqEMYBDAELIAAQ6AELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKBBTCyABQRBqJAALC5QBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKMAQRAIABBjAFqEMYBCyAAQYABahCAAiAAEEYCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGgARBTCyABQRBqJAALCyEAIAAgAyABIAIQVCAAQQE7ASQgACACNgIgIABBADYCHAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEFRhs2AgALIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBA0YbNgIACyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALIQAgAEE4ahDxASAAQcQAahDxASAAQdAAahDxASAAEM4BC6sBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahDxASAAQSxqEPUBIABBOGoQ9QEgAEEMahDxASAAQdAAahDdASAAQdwAahCxASAAQcQAahD5AQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBEFMLIAFBEGokAAsLGAEBfyABIANPBH8gAiAAIAMQawVBAQtFCxsBAX8gASAAENMBIgJFBEAgACABEIQCAAsgAgseAQF/IAAoAgQiASABKAIAQQFqNgIAIABBCGoQwAELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMABCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahC/AQsbACABBEAgACABIAIQTw8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAEPEBIABBDGoQ2QELCxoAIABBEGoQ8QEgAEEoahDZASAAQRxqEPcBCwMAAAsYACAAIAEpAgA3AgAgAEEIaiABQQhqEF4LFwEBfyAAKAIEIgEEQCAAKAIAIAEQUwsLHAAgACgCACAAKAIEIAEoAgAgASgCBBC+AUEBcwsVACABQQlPBEAgASAAEBEPCyAAEAILGwAgAEHjisAAQeeKwAAgARtBBEEFIAEbEOMBCxUAIAAoAgBBBUYEQCAAQQRqEPEBCwsfACAABEAgACABEIQCAAtB1MPAAEEjQejDwAAQiAEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQvgELDQAgAEHdACABEIgBAAsWACAAKAIAQYCAgIB4RwRAIAAQ8QELCxIAIAAoAgBBAE4EQCAAEPEBCwsTACAAIAEgAhDiASIAQToQVSAACxYAIAAoAgBBgICAgHhHBEAgABD0AQsLFgAgACgCAEGAgICAeEcEQCAAEPUBCwsNACABBEAgACABEFMLCxwAIABBrMLAACkCADcCCCAAQaTCwAApAgA3AgALHAAgAEGcwsAAKQIANwIIIABBlMLAACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQIAC50CAQF/IAAQdCMAQRBrIgMkACAAQSIQVSADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQiQEiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEFUMCQsgAEG9isAAQQIQfgwICyAAQb+KwABBAhB+DAcLIABBwYrAAEECEH4MBgsgAEHDisAAQQIQfgwFCyAAQcWKwABBAhB+DAQLIABBx4rAAEECEH4MAwsgAEHJisAAQQIQfgwCCyAAQcuKwABBBBB+IAAgAUEEdi0Az4pAEFUgACABQQ9xLQDPikAQVQwBCwsgAEEiEFUgA0EQaiQAIAALEAAgABB0IAAgASACEH4gAAsQACAAQf8BcUECdCgC6MBACxEAIAAgASACQYGGwABBABAYCw8AIAAQdCAAQfsAEFUgAAsPACAAEHQgAEHbABBVIAALDwAgABCAAiAAQQxqEPEBCw8AIAAQ8QEgAEEMahDxAQsPACAAEPEBIABBEGoQnwELEwAgAEG0w8AANgIEIAAgATYCAAsRACABIAAoAgAgACgCBBDhAQsLACAAIAEgAhBrRQsMACAAIAEgAiADECMLlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABA5IAEoAhRFBEAgAUEIaiACEJkBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCCAgALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEMoBIAFBMGokAEH/AXG4Cw8AIABBxMHAACABIAIQCgsKACAAQQFBARB1CzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDqASACQShqIQIMAQsLIAAQ/QELCwAgAEH9ABBVIAALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEJ8BIAJBGGohAgwBCwsgABD8AQs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ8QEgAkEMaiECDAELCyAAQQRBDBB1CwsAIABB3QAQVSAACzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPEBIAFBDGoQ8QEgAkEBayECIAFBGGohAQwBCwsgABD/AQsKACAAQQRBCBB1CzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPEBIAFBDGoQ9QEgAkEBayECIAFBGGohAQwBCwsgABD/AQs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ8QEgAkEQaiECDAELCyAAEPsBCwoAIABBBEEQEHULCgAgAEEIQRgQdQsKACAAQQhBKBB1CwoAIAAgASACEBwLCgAgAEEEQRgQdQs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ8QEgAUEUaiEBDAELCyAAQQRBFBB1Cw0AQfTAwABBGxCCAgALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBlMrAACgCACIAQRggABsRAAAACwwAQezNwABBAToAAAsJACAAQQA2AgALAwAACyMBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACEH0LCwv7RSMAQYCAwAALsScWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3NsaWNlL2l0ZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwBzcmMvanNvbi5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAc3JjL3JmYzMzMzkucnMAAAAAHgEQAE8AAADNAQAANwAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3RBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODktX2h0dHBzOi8vaHR0cDovL2xvY2FsaG9zdDo6MVkDEAADAAAAMTI3AGQDEAADAAAAZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5UlMyNTZhbGdraWRjcml0AJkDEAADAAAAnAMQAAMAAACfAxAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKaGVhZGVyIGlzIG5vdCBiYXNlNjR1cmxoZWFkZXIgaXMgbm90IGEgSlNPTiBvYmplY3Qgd2l0aCBhbiBhbGdwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmxFUzI1Nl8EEAAFAAAALnRoZSBzaWduYXR1cmUgaXMgZW1wdHkgb3Igbm90IG9mIGl0cyBhbGdvcml0aG0ncyBzaXplY3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c3VybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAEAAAABAAAAAMAAAAEAAAAAAAAAAQAAAAEAAAABQAAAAYAAABuARAACwAAAEsBAAAaAAAAAAAAABAAAAAEAAAABwAAAAgAAABuARAACwAAAO4BAAAJAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAOsFEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAAFQGEAAFAAAAeHlSU0FuZXNpZwAAawYQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJpIgcQAAYAAAAoBxAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzMAAAbQwQAAEAAABleHAsIG5iZiBhbmQgaWF0IG11c3QgYmUgd2hvbGUgc2Vjb25kcyBiZWxvdyAyXjYzIChubyBmcmFjdGlvbiwgbm8gZXhwb25lbnQpdGhlIHRva2VuIGhhcyBubyBleHAgY2xhaW1uYmZpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cAFodHRwczovL3N0eXRjaC5jb20vc2Vzc2lvbmV4cGlyZXNfYXR0aGUgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lYSBjbGFpbSBCUklER0VfQ0xBSU1TIG1hcHMgaXMgbm90IGEgc3RyaW5nICjiiaQgMjU2IGJ5dGVzKSwgaW50ZWdlciwgYm9vbGVhbiBvciBhcnJheSBvZiDiiaQgMzIgc3VjaCBzdHJpbmdzdG9rZW5fdXNlIGlzIG5vdCBhIHRva2VuIGtpbmQgT0lEQ19UT0tFTl9VU0UgYWNjZXB0cyAoaWQsIGFjY2VzcylPSURDX1BSRVNFVG11c3QgYmUgb25lIG9mIGNsZXJrLCBhdXRoMCwgZmlyZWJhc2UsIGNvZ25pdG8sIGVudHJhLCBnb29nbGUsIHN1cGFiYXNlIChvciB1bnNldClKV1RfU0VDUkVUQlJJREdFX1RPS0VOX1RUTF9TRUNPTkRTQlJJREdFX0NBUF9UT19QUk9WSURFUl9FWFAxeWVzbm9tdXN0IGJlIHRydWUgb3IgZmFsc2VCUklER0VfQUxMT1dFRF9PUklHSU5TKkJSSURHRV9DTEFJTVNTVFlUQ0hfQVBJX0JBU0Vwcm9qZWN0LWxpdmUtaHR0cHM6Ly90ZXN0LnN0eXRjaC5jb21odHRwczovL2FwaS5zdHl0Y2guY29tU1RZVENIX1NFQ1JFVG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19Ly53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uT0lEQ19UT0tFTl9VU0UArAcQAAIAAAADDRAABgAAAG11c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAAA9EBAABAAAAGJhc2VMEBAABAAAAHMOEAAKAAAAfQ4QABgAAACVDhAAGgAAAMoOEAAWAAAA4Q4QAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAAVwcQAAMAAABaBxAABAAAAGsHEAADAAAA4QwQAAMAAAB6BxAAAwAAAH0HEAADAAAA3gwQAAMAAACABxAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAOcREAAHAAAAqAcQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQAFBIQAAcAAAAxDRAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAABAEhAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZIAHEAAFAAAAeBIQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGRpc2NvdmVyZWQgaXMgbm90IGV4cGVjdGVkIG5vdwACAEG8p8AACwEEAEHIp8AACwoBAAAAAAAAAPQBAEGwqMAAC9UKc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93T1BUSU9OU3N0eXRjaF9hbnN3ZXIgaXMgbm90IGV4cGVjdGVkIG5vd3NpZ25hdHVyZV9jaGVja2VkIGlzIG5vdCBleHBlY3RlZCBub3dmYWlsIGlzIG5vdCBleHBlY3RlZCBub3dubyBjb25maWd1cmF0aW9uQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAAAB8FhAABgAAAIIWEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAAPMWEAAQAAAArxYQAA0AAAC8FhAADwAAAAMXEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9ADAXEAAWAAAARhcQACkAAAB8FhAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAMEXEAAQAAAArhcQAA4AAACIFxAADgAAANEXEAAKAAAAe30AAPwXEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwBCExAAEQAAADcPEAANAAAA7g4QAA8AAAAoGBAACwAAAHN0eXRjaC5jb20ve317YmFzZX0AVBgQAA0AAABhGBAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAABYOEAALAAAAkhgQAAsAAACFGBAADQAAAHgYEAANAAAAnRgQAAkAAACRDxAADgAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZWNvZ25pdG8veG1zX2Vkb3ZlbnRyYWh0dHBzOi8vYWNjb3VudHMuZ29vZ2xlLmNvbWdvb2dsZWFjY291bnRzLmdvb2dsZS5jb20AAPwXEAACAAAAIxkQABMAAAAvdXNlcl9tZXRhZGF0YS9lbWFpbF92ZXJpZmllZHN1cGFiYXNlAAAAXgcQAA0AAACQFhAAAgAAAKAWEAAPAEGQs8AACxWvFhAADQAAALwWEAAPAAAAyxYQACIAQbCzwAALQe0WEAAGAAAA7RYQAAYAAAAQFxAABAAAAPMWEAAQAAAAcBcQAAIAAAADFxAACwAAAAQAAAAAAAAABAIQAAEAAAABAEH8s8AACw2AFxAAAQAAAKAWEAAPAEGctMAAC2GIFxAADgAAAJYXEAAYAAAArhcQAA4AAAC8FxAABQAAALwXEAAFAAAA3BcQAAQAAADBFxAAEAAAAAAYEAABAAAA0RcQAAoAAAAEAAAAAAAAAAQCEAABAAAABAIQAAEAAAABAEGotcAACwUIGBAAGgBBuLXAAAtZIhgQAAYAAAAiGBAABgAAADQYEAAEAAAAQhMQABEAAABoGBAAAgAAACgYEAALAAAAABgQAAEAAAAEAhAAAQAAABYNEAABAAAAAAAAAYAXEAABAAAAoBYQAA8AQaS2wAALBXgYEAANAEG0tsAAC2GFGBAADQAAAD0QEAAEAAAAPRAQAAQAAACoGBAABgAAAJIYEAALAAAAABgQAAEAAACdGBAACQAAAAQAAAAAAAAA2BgQAAMAAAABAAAAAAAAAAEBAQCAFxAAAQAAAKAWEAAPAEGot8AACwV4GBAADQBBuLfAAAthhRgQAA0AAADbGBAABQAAAD0QEAAEAAAAqBgQAAYAAACSGBAACwAAAAAYEAABAAAAnRgQAAkAAAAEAAAAAAAAANgYEAADAAAAEg0QAAEAAAABAQAAgBcQAAEAAACgFhAADwBBrLjAAAsFeBgQAA0AQby4wAALYYUYEAANAAAA4BgQAAUAAAA9EBAABAAAAKgYEAAGAAAAkhgQAAsAAAAAGBAAAQAAAJ0YEAAJAAAABAAAAAAAAADYGBAAAwAAAAEAAAAAAAAAAQEBAIAXEAABAAAAoBYQAA8AQbC5wAALBXgYEAANAEHAucAAC2GFGBAADQAAAOUYEAAIAAAAPRAQAAQAAACoGBAABgAAAJIYEAALAAAAABgQAAEAAACdGBAACQAAAAQAAAAAAAAA2BgQAAMAAAABAAAAAAAAAAEBAQCAFxAAAQAAAKAWEAAPAEG0usAACwV4GBAADQBBxLrAAAthhRgQAA0AAADtGBAABwAAAD0QEAAEAAAAqBgQAAYAAACSGBAACwAAAAAYEAABAAAAnRgQAAkAAAAEAAAAAAAAANgYEAADAAAA+QwQAAEAAAABAQEAgBcQAAEAAAD0GBAACQBBuLvAAAsFeBgQAA0AQci7wAALaYUYEAANAAAA/RgQAAUAAAA9EBAABAAAAKgYEAAGAAAAkhgQAAsAAAAAGBAAAQAAAJ0YEAAJAAAABAAAAAAAAADYGBAAAwAAAAEAAAAAAAAAAQEBAIAXEAABAAAAoBYQAA8AAAACGRAAGwBBvLzAAAsFeBgQAA0AQcy8wAALYYUYEAANAAAAHRkQAAYAAAA9EBAABAAAAKgYEAAGAAAAkhgQAAsAAAA4GRAAAgAAAJ0YEAAJAAAABAAAAAAAAADYGBAAAwAAAAEAAAAAAAAAAQEBAIAXEAABAAAASBkQAB0AQcC9wAALBXgYEAANAEHQvcAAC7MGhRgQAA0AAABlGRAACAAAAD0QEAAEAAAAqBgQAAYAAACSGBAACwAAAAAYEAABAAAAnRgQAAkAAABwGRAAAQAAANgYEAADAAAAAQAAAAAAAAABAQAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FuAAAAAmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThTVHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4yIQIAseM+v++kOtsUKT3o/m+8nhxxvYBEAAOAAAAIgAAADUAAADPABAATgAAAHEHAAARAAAAlAMQAHcWEABfBBAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AHoBEABQAAAALAMAAAkAAAAZAAAADAAAAAQAAAAaAAAAGwAAABwAAAAAAAAACAAAAAQAAAAdAAAAHgAAAB8AAAAgAAAAIQAAABAAAAAEAAAAIgAAACMAAAAkAAAAJQAAAG1dy9YsUOtjeEGmV3Ebi7kVolxVNFUH1FN4rYFR8KP3YXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPj0gc2l6ZSArIG1pbl9vdmVyaGVhZAAAywEQACoAAACxBAAACQAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplIDw9IHNpemUgKyBtYXhfb3ZlcmhlYWQAAMsBEAAqAAAAtwQAAA0AAAAAAAAACAAAAAQAAAAmAAAAGQAAAAwAAAAEAAAAJwAAAGNhcGFjaXR5IG92ZXJmbG93AAAAegEQAFAAAAAcAAAABQAAAAICAgICAgICAgICAEGgxMAACwgCAgAAAAAAAgBB18TAAAsBAgBB/cTAAAsBAQBBmMXAAAsBAQBB+MXAAAvIAjAwMDEwMjAzMDQwNTA2MDcwODA5MTAxMTEyMTMxNDE1MTYxNzE4MTkyMDIxMjIyMzI0MjUyNjI3MjgyOTMwMzEzMjMzMzQzNTM2MzczODM5NDA0MTQyNDM0NDQ1NDY0NzQ4NDk1MDUxNTI1MzU0NTU1NjU3NTg1OTYwNjE2MjYzNjQ2NTY2Njc2ODY5NzA3MTcyNzM3NDc1NzY3Nzc4Nzk4MDgxODI4Mzg0ODU4Njg3ODg4OTkwOTE5MjkzOTQ5NTk2OTc5ODk5AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQYLJwAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABBwMnAAAsZYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwBB3MnAAAsBFwBB6MnAAAsBBACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=";

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
