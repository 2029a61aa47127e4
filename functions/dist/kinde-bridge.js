// kinde-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy kinde-bridge --file functions/dist/kinde-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:fdc3da83f56fa420313faacb139e5670b8e7c960643d8d5206b78a8c95af8159
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
var WASM_BASE64 = "AGFzbQEAAAABmAEXYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2ABfwF/YAR/f39/AGAEf39/fwF/YAACf39gAX8Cf39gAABgBX9/f39/AGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAABf2ACf38Cf39gAX8BfAJ5AhUuL2luc2ZvcmdlX2VkZ2VfYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAAVLi9pbnNmb3JnZV9lZGdlX2JnLmpzH19fd2JpbmRnZW5faW5pdF9leHRlcm5yZWZfdGFibGUACgOOAowCBAIABgACAAUDAgcBAAwGAQAECwYCAwADAAAAAAcEAw0OAwcGAgIAAgIFBwMGBwAABwAPAgADABARAAIHAwEABgACAwQCBgACAgQFBgAAAAMBAQAAAAACAgIABgAAAgIDAAQACgMAAgMGAAIAAwECBQMBBAYGBgULAgIDAgICAAcSAgUAAAAAAAEFBwAAAwAGAgAABQcCAgAEARMEAAIDAwMDAwMEBAQECwABAAAUFQEBAAACAAAJCQkJCQkJCQcBAQYAAAABAQAABAcABAEBAQIBAQAAAQQFBAEFAAAEBQABAQMBAQUCAwMFAgUFAQEBAwcWBQEBAQUBAQUBAQEBAQEBAwEBCgABBQUKBgQJAnABGRlvAIQIBQMBABEGGQN/AUGAgMAAC38AQdjNwAALfwBBiM7AAAsH7wQbBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFQYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFUMYnJpZGdlX2JlZ2luAA8PYnJpZGdlX2Vudl9rZXlzALABCmJyaWRnZV9uZXcALBFicmlkZ2VzZXNzaW9uX2FsZwC7ARhicmlkZ2VzZXNzaW9uX2Rpc2NvdmVyZWQAWBticmlkZ2VzZXNzaW9uX2Rpc2NvdmVyeV91cmwAuAESYnJpZGdlc2Vzc2lvbl9mYWlsAFkWYnJpZGdlc2Vzc2lvbl9qd2tzX3VybAC+ARFicmlkZ2VzZXNzaW9uX2tleQC8ARJicmlkZ2VzZXNzaW9uX2tpbmQA9AETYnJpZGdlc2Vzc2lvbl9yZXBseQC9ARhicmlkZ2VzZXNzaW9uX3NlbGVjdF9rZXkAWhdicmlkZ2VzZXNzaW9uX3NpZ25hdHVyZQC/AR9icmlkZ2VzZXNzaW9uX3NpZ25hdHVyZV9jaGVja2VkADQbYnJpZGdlc2Vzc2lvbl9zaWduaW5nX2lucHV0ALkBG2JyaWRnZXNlc3Npb25fc3R5dGNoX2Fuc3dlcgAhHGJyaWRnZXNlc3Npb25fc3R5dGNoX3JlcXVlc3QAugEPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwIVX193YmluZGdlbl9leHRlcm5yZWZzAQERX193YmluZGdlbl9tYWxsb2MAdBJfX3diaW5kZ2VuX3JlYWxsb2MAgQEPX193YmluZGdlbl9mcmVlAOgBEF9fd2JpbmRnZW5fc3RhcnQAAQkrAQBBAQsYhAIXpgFLlgEk8wEeoAE+pAFEpQEZowEtogGPAacBH6EBN4wCEwwBIwqd9gOMArMJAQx/IwBBoAFrIgIkACACIAA2AkAgAiAAIAFqNgJEIAJBQGsiBigCACEIIAYoAgQhBQNAAkAgCCIDIAVGDQAgBiADQQFqIgg2AgAgAy0AACIHQdwARg0AIAdB/wBrQf8BcUGhAUsNAQsLAkAgAyAFRw0AIAJBOGpB4YfAAEEIIAAgARCqAQJ/IAIoAjgiCARAIAghAyACKAI8DAELIAJBMGpB6YfAAEEHIAAgARCqASACKAIwIgNFDQEgAigCNAshACACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgADYCZCACIAA2AlAgAiAAIANqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEAgAigCLCIEQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAERw0ACwsgAyACKAJgIgFqIQAgCSABayEEDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEEC0EAIQcgAkEgaiAAQQEgABsiASAEQQAgABsiAEHbABBqAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEEgAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQaiACKAIYIgdFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQQSACKAJAIgNFDQIgAigCTCEJIAIoAkghByACKAJEIQAgAyEBDAILQQAhByADRQ0BC0EAIQQMAQsgAiAANgJwIAIgATYCbEEAIQQgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhBiALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgBiIDIAxGDQAgCyADQQFqIgY2AgAgAy0AACEFIA1FBEAgBUEwa0H/AXFBCkkgBUHfAXFBwQBrQf8BcUEaSXIgBUHfAEYgBUEta0ECSXJyDQIMAQsgBUEuRiAFQTBrQf8BcUELSXIgBUHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgB0UEQCAIRQ0BDAILIAggByAJQQUQaSIERXINAgsgCkUEQCABIABB8IfAAEEJEDINASACQfgAaiIDIAEgAEEuEMMBIAJBEGogAxAdIAIgAikDEDcCQEEAIQQgAkFAa0GIiMAAEJoBRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAdIAIoAggNAAsgAA0CA0AgAiACQfgAahAdIAIoAgAiAEUhBCAARQ0DIAAgAigCBCIBQQMQaUUNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakH8h8AAEN8BIQQMAQtBASEECyACQaABaiQAIAQLoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEAUCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQBSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQBSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QBSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQBSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQBSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJB6MHAABBfAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQBSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEAUgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQejBwAAQXwALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC68GAQ5/IwBBkAFrIgIkACACQQRqIgRBAEHAAPwLACACQoCAgIDAADcCUCACQcAANgJIIAIgATYCRCACIAFBQGs2AkwgAkHEAGoiAyIBKAIQIgVFBEBBiMPAABD2AQALIAEoAgQgBW4hBSACQdgAaiIBIAM2AgQgASAENgIAIAFBADYCHCABIAMpAgA3AgggASADKQIINwIQIAEgAygCEDYCGCABIAUgAyAEa0ECdiIBIAEgBUsbNgIgIAIoAnQiBiACKAJ4IgEgASAGSRshCCACKAJgIAYgAigCcCIEbGohBSACKAJYIQkDQCAGIAhHBEBBACEHIAQEQCAFIQEgBCEDA0AgAS0AACAHQQh0ciEHIAFBAWohASADQQFrIgMNAAsLIAkgBkECdGogBkEBaiEGIAc2AgAgBCAFaiEFDAELCyAAKAIcIQ0gACgCGCEJIAAoAhQhASAAKAIQIQggACgCDCEOIAAoAgghBiAAKAIEIQcgACgCACEKQQAhA0GAfiELA0AgCSEFIAEhCSAIIQEgBiEEIAchBiAKIQcCQAJAIAsEQCADQQFqIQ8gA0EPSw0BIAMhCAwCCyACQgA3AogBIAIgDTYChAEgAiAFNgKAASACIAk2AnwgAiABNgJ4IAIgDjYCdCACIAQ2AnAgAiAGNgJsIAIgBzYCaCACQegAaiEDQQAhAQNAIAFBIEcEQCAAIAFqIgQgBCgCACABIANqKAIAajYCACABQQRqIQEMAQsLIAJBkAFqJAAPCyACQQRqIgogA0EPcSIIQQJ0aiIMIANBCWpBD3FBAnQgCmooAgAgDCgCACAPQQ9xQQJ0IApqKAIAIgxBGXcgDEEOd3MgDEEDdnNqaiADQQ5qQQ9xQQJ0IApqKAIAIgNBD3cgA0ENd3MgA0EKdnNqNgIACyACQQRqIAhBAnRqKAIAIAtB6MHAAGooAgAgASAJcSABQRp3IAFBFXdzIAFBB3dzaiANaiAFIAFBf3NxampqIgMgBCAGcyAHcSAEIAZxcyAHQR53IAdBE3dzIAdBCndzamohCiADIA5qIQggC0EEaiELIAQhDiAFIQ0gDyEDDAALAAv4BAIDfwN+IwBB0ABrIgQkAAJAIAIgA0sNACABKAIEIQUgASgCACEBAkAgAkUNACACIAVPBEAgAiAFRg0BDAILIAEgAmosAABBv39MDQELAkAgA0UNACADIAVPBEAgAyAFRg0BDAILIAEgA2osAABBQEgNAQsgBCABIANqNgJMIAQgASACaiIBNgJIIARByABqEHENAAJAAkACQCADIAJrIgUOAgMAAQsgAS0AACIGQStrDgMCAQIBCyABLQAAIQYLAkACQAJAAkACQCAGQStrDgMBAgACCyABQQFqIQEgBUERTwRAIAIgA2tBAWohAgNAIAJFDQQgBEEwaiAHIAdCP4cQOiAEKQM4IAQpAzAiB0I/h1INBiAEQShqIAEtAABBChB+IAQoAihBAUcNBiAENQIsIglCAFIgByAHIAl9IgdVcw0GIAFBAWohASACQQFqIQIMAAsACyACIANrQQFqIQIDQCACRQ0DIARBIGogAS0AAEEKEH4gBCgCIEEBRw0EIAJBAWohAiABQQFqIQEgB0IKfiAENQIkfSEHDAALAAsgBUEBayEFIAFBAWohAQsgBUEQTwRAA0AgBUUNAiAEQRBqIAcgB0I/hxA6IAQpAxggBCkDECIHQj+HUg0EIARBCGogAS0AAEEKEH4gBCgCCEEBRw0EIAQ1AgwhCUEAIAcgByAJfCIHVXMNBCABQQFqIQEgBUEBayEFDAALAAsDQCAFRQ0BIAQgAS0AAEEKEH4gBCgCAEEBRw0CIAFBAWohASAFQQFrIQUgBDUCBCAHQgp+fCEHDAALAAsgACAHNwMIQgEhCAwBCwsgACAINwMAIARB0ABqJAALkAoCCn8BfiMAQdAAayICJAAgASABKAIIQQFqNgIIIAJBADYCLCACQoCAgIAQNwIkAkADQAJAIAJBIGogARBnIAItACBFDQAgAi0AISIDQdwARwRAIANBIkcEQCADQSBJDQIgAkEkaiADEJkBDAMLIAIoAiQhCCACQcQAaiEGIAIoAighAwJAAkAgAigCLCIFRQ0AIAVBB2siAUEAIAEgBU0bIQogA0EDakF8cSADayELQQAhAQNAAkACQAJAIAEgA2otAAAiB8AiCUEATgRAIAsgAWtBA3ENASABIApPDQIDQCABIANqIgRBBGooAgAgBCgCAHJBgIGChHhxDQMgAUEIaiIBIApJDQALDAILQoCAgICQICEMAkACQAJAAkACQAJAAkACQAJAIActAPDHQEECaw4DAAECBwsgAUEBaiIEIAVJDQJCACEMDAYLIAFBAWoiBCAFSQ0CQgAhDAwFCyABQQFqIgQgBUkNAkIAIQwMBAsgAyAEaiwAAEG/f0oNAwwECyADIARqLAAAIQQCQAJAIAdB4AFrIgcEQCAHQQ1GBEAMAgUMAwsACyAEQWBxQaB/Rg0DDAQLIARBn39KDQMMAgsgCUEfakH/AXFBDE8EQCAJQX5xQW5HDQMgBEFASA0CDAMLIARBQEgNAQwCCyADIARqLAAAIQQCQAJAAkACQCAHQfABaw4FAQAAAAIACyAJQQ9qQf8BcUECSw0EIARBQEgNAgwECyAEQfAAakH/AXFBMEkNAQwDCyAEQY9/Sg0CCyAFIAFBAmoiBE0EQEIAIQwMAgsgAyAEaiwAAEG/f0oEQEKAgICAkMAAIQwMAgtCACEMIAFBA2oiBCAFTw0BIAMgBGosAABBQEgNAkKAgICAkOAAIQwMAQtCACEMIAFBAmoiBCAFTw0AIAMgBGosAABBv39MDQFCgICAgJDAACEMCyAGIAwgAa2ENwIEIAZBATYCAAwGCyAEQQFqIQEMAgsgAUEBaiEBDAELIAEgBU8NAANAIAEgA2osAABBAEgNASAFIAFBAWoiAUcNAAsMAgsgASAFSQ0ACwsgBiAFNgIIIAYgAzYCBCAGQQA2AgALAkACQCACKAJERQRAIAIgBTYCPCACIAM2AjggAiAINgI0DAELIAIgAikCSDcCPCACIAU2AjggAiADNgI0IAIgCDYCMCAIQYCAgIB4Rw0BCyAAIAIoAjw2AgggACACKQI0NwIADAQLIABBgICAgHg2AgAgAkEwahD3AQwDCyACQRhqIAEQZyACLQAYRQ0AAkACQAJAAkACQAJAAkAgAi0AGSIDQe4Aaw4IAQcHBwIHAwYACwJAAkAgA0HiAGsOBQUICAgBAAsgA0EiRiADQS9GciADQdwARnINBQwHC0EMIQMMBAtBCiEDDAMLQQ0hAwwCC0EJIQMMAQtBCCEDCyACQSRqIAMQmQEMAgsgAkEQaiABEDEgAigCEEEBcUUNAAJAIAIoAhQiA0GAeHFBgLADRgRAIAFB3AAQY0UNASABQfUAEGNFDQEgAkEIaiABEDEgAigCCEEBcUUNAiACKAIMIgVBgHhxQYC4A0cNAiADQQp0IAVqQYC4/xprIQMLIAJBADYCMCADQYCwA3NBgIDEAGtBgJC8f0kNASACIAMgAkEwahBsIAJBJGogAigCACIDIAIoAgQgA2ogA2sQegwCCwsLIABBgICAgHg2AgAgAkEkahD3AQsgAkHQAGokAAu1BAIEfwF+IwBBoAFrIgMkACADQQxqQQBBwAD8CwAgA0EANgJsIANB3L/AACkCADcCZCADQdS/wAApAgA3AlwgA0HMv8AAKQIANwJUIANBxL/AACkCADcCTCACQQN0IQIgA0HsAGohBCADQcwAaiEFA0AgAgRAIANBDGogASgCACABKAIEIgYQKiACQQhrIQIgAUEIaiEBIAatQgOGIAd8IQcMAQUCQEHkv8AAIQEDQCADQQxqIgIgAUEBECpBpYXAACEBIAMoAmxBOEcNAAsgAyAHQjiGIAdCgP4Dg0IohoQgB0KAgPwHg0IYhiAHQoCAgPgPg0IIhoSEIAdCCIhCgICA+A+DIAdCGIhCgID8B4OEIAdCKIhCgP4DgyAHQjiIhISENwNwIAIgA0HwAGpBCBAqIABCADcAGCAAQgA3ABAgAEIANwAIIABCADcAACADQQA2ApgBIAMgBDYClAEgAyAFNgKQASADQQA2AoABIANBADYCcCADQYABaiECA0AgA0EIaiADQfAAahBQAn8gAy0ACARAIAMtAAkMAQsCQCADKAKQASIBRQ0AIAEgAygClAFGDQAgA0IBNwJwIANBBDYCeCADIAFBBGo2ApABIAMgASgCACIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyNgJ8DAILIAMgAhBQIAMtAABFDQIgAy0AAQshASAAIAMoApgBIgRBH3FqIAE6AAAgAyAEQQFqNgKYAQwACwALCwsgA0GgAWokAAv/BwIJfwN+IwBBIGsiAyQAIANBCGogARA2AkAgAy0ACEUEQCAAQQY6AAAMAQsCQAJAAkACQAJAAkACQCADLQAJIggiAkEiRwRAAkACQAJAAkACQCACQS1HBEAgAkHbAEYNByACQeYARg0DIAJB7gBGDQEgAkH0AEYNAiACQfsARg0IIAhBMGtB/wFxQQpPDQkLIANBEGohBSMAQTBrIgQkACABQS0QYyEJIAEoAgghAgJAIAEQTEUEQCAFQgM3AwAMAQsCQCABKAIIIgYgAkkgBiABKAIEIgdLckUEQCABKAIAIAJqIQcgBiACayIGQQFNDQEgBy0AAEEwRw0BIAVCAzcDAAwCCyACIAYgB0G0jMAAEBAACwNAAkAgCyEMIAYiAkUNACAEQSBqIAxCABA6IAQpAyhCAFINACACQQFrIQYgBy0AACEKIAdBAWohByAEKQMgIg0gCkEwa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEGNFBEAgBEEYaiABEJABIAQtABgEQCAELQAZQSByQeUARg0CCyACRSAJcUUEQEICQgAgAhshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBMRQRAIAVCAzcDAAwDCyAEQRBqIAEQkAFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQkAECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEEwEQEICIQsMAQsgBUIDNwMADAELIAUgDDcDCCAFIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFB/4vAAEEEEG5FDQlBACECDAsLIAFBg4zAAEEEEG5FDQFBASEIQQEhAgwKCyABQYeMwABBBRBuRQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQBiADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQYyMwAAQI0UEQCAAQQY6AAAgAhD6AQwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQaCMwAAQCkUEQCAAQQY6AAAgAhD4AQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC6sRAgp/AX4CQAJAAkAgAEH1AU8EQBCvASAATQ0CIABBC2pBeHEhAEGozcAAKAIARQ0BQQAgAGshAwJAAkACQCAAEHgiBkECdEGMysAAaigCACIBRQ0AIAAgBhDcAXQhBwNAAkAgASgCBEF4cSIFIABJDQAgBSAAayIFIANPDQAgASECIAUiAw0AQQAhAyABIQQMBAsgBCABKAIUIgUgBSABIAdBHXZBBHFqKAIQIgFGGyAEIAUbIQQgB0EBdCEHIAENAAsgBA0BIAJFDQBBACEEDAELQQAhAUEBIAZ0EOcBQajNwAAoAgBxIgJFBEBBACEEDAILIAJoQQJ0QYzKwABqKAIAIQQMAQsgAiEBCwNAIAQEQCADIAQoAgRBeHEiAiAAayIFIAMgAyAFSyIFGyAAIAJLIgIbIQMgASAEIAEgBRsgAhshASAEEOABIQQMAQsLQQAhBAJAIAFFDQAgAEGszcAAKAIAIgJNIAMgAiAAa09xDQAgACABaiECIAEQEQJAIANBEE8EQCABIABBA3I2AgQgAiADEN0BIAIgAxDJAQwBCyABIAAgA2oQygELIAEQigIhBAsgBCIBDQIMAQtBpM3AACgCAEEQIABBC2pB+ANxIABBC0kbIgBBA3YiAXYiAkEDcQRAIAJBf3NBAXEgAWoiAUEDdCICQYzKwABqIgBBkAFqIABBmAFqKAIAIgAgARCXASAAIAIQygEgABCKAg8LIABBrM3AACgCAE0NACACRQRAQajNwAAoAgBFDQFBqM3AACgCAGhBAnRBjMrAAGooAgAiAigCBEF4cSAAayEDIAIhAQNAIAEQ4AEiAQRAIAEoAgRBeHEgAGsiBCADIAMgBEsiBBshAyABIAIgBBshAgwBCwsgACACaiEBIAIQEQJAIANBEE8EQCACIABBA3I2AgQgASADEN0BIAEgAxCuAQwBCyACIAAgA2oQygELIAIQigIiAUUNAQwCC0EBIAF0EOcBIAIgAXRxaCICQQN0IgRBjMrAAGoiAUGQAWogAUGYAWooAgAiASACEJcBIAEgAEEDcjYCBCAAIAFqIgIgBCAAayIAEN0BIAIgABCuASABEIoCDwtBrM3AACgCACICIABPDQEgAEGwzcAAKAIAIgFPBEAjAEEQayIFJAAgBUEEaiEBAn8CQCAAQdDNwAAoAgAiAmpBL2pBACACa3EiAkUNAEH4zcAALQAAQfjNwABBAToAAEGQzsAAIQQgAkHwsQNLcg0AQfCxAwwBC0EAIQRBACACQRB2IAJB//8DcUEAR2oiAkAAIgNBf0YNABogAkEQdCICQRBrIAIgA0EQdCIEQQAgAmtGGwshAiABQQA2AgggASACNgIEIAEgBDYCAAJAIAUoAgQiAkUNACAFKAIMIQdBvM3AACAFKAIIIgRBvM3AACgCAGoiATYCAEHAzcAAIAFBwM3AACgCACIDIAEgA0sbNgIAAkACQAJAAkACQAJAAkBBuM3AACgCAARAQYzLwAAiAyEBA0AgAUUNAyABEPUBIAJGDQIgASgCCCEBDAALAAtByM3AACgCACIBRSABIAJLcg0EDAULIAEoAgwiBkEBcSAGQQF2IAdHcg0AIAEoAgAiBkG4zcAAKAIAIghNBH8gCCAGIAEoAgRqSQVBAAsNAQtByM3AAEHIzcAAKAIAIgEgAiABIAJJGzYCACACIARqIQEDQCADRQ0CIAEgAygCACIGRwRAIAMoAgghAwwBCwsgAygCDCIBQQFxIAFBAXYgB0dyDQEgAyACNgIAIAMgAygCBCAEajYCBCACENkBIQQgBhDZASEBIAAgBGohAiAEIABBA3I2AgQgASACayEAAkACQEG4zcAAKAIAIAFHBEAgAUG0zcAAKAIARg0BIAEoAgQiA0EDcUEBRgRAIAEgA0F4cSIDEM0BIAEgA2ohASAAIANqIQALIAIgACABELUBIAIgABDJAQwCC0G4zcAAIAI2AgBBsM3AAEGwzcAAKAIAIABqIgA2AgAgAiAAQQFyNgIEDAELQbTNwAAgAjYCAEGszcAAQazNwAAoAgAgAGoiADYCACACIAAQ3QELIAQQigIhCQwFCyABIAEoAgQgBGo2AgRBuM3AACgCAEGwzcAAKAIAIARqEFcMAwtBuM3AACgCACIDEIsBEPUBIgpBL2shASADIAEgARCKAiIGQQdqQXhxIAZraiIBIAEgA0EQakkbIgYQigIhCCAGQRhqIQEgAiAEQShrEFcgBkEbNgIEQYzLwAApAgAhCyAIQZTLwAApAgA3AgggCCALNwIAQZjLwAAgBzYCAEGQy8AAIAQ2AgBBjMvAACACNgIAQZTLwAAgCDYCAANAIAFBBzYCBCABQQRqIgFBBGogCkkNAAsgAyAGRwRAIAMgBiADayIBIAEgA2oQtQEgAyABEMkBCwwCC0HIzcAAIAI2AgALQZjLwAAgBzYCAEGQy8AAIAQ2AgBBjMvAACACNgIAQczNwABB1M3AACgCACIBQX8gARs2AgBBACEBA0AgAUGAAkcEQCABQYzKwABqIgNBmAFqIANBkAFqIgc2AgAgA0GcAWogBzYCACABQQhqIQEMAQsLIAIgBEEoaxBXC0GwzcAAKAIAIgEgAE0NAEGwzcAAIAEgAGsiAjYCAEG4zcAAIABBuM3AACgCACIBaiIENgIAIAQgAkEBcjYCBCABIABBA3I2AgQgARCKAiEJCyAFQRBqJAAgCQ8LQbDNwAAgASAAayICNgIAQbjNwAAgAEG4zcAAKAIAIgFqIgQ2AgAgBCACQQFyNgIEIAEgAEEDcjYCBCABEIoCIQELIAEPC0G0zcAAKAIAIQECQCACIABrIgRBEE8EQEGszcAAIAQ2AgBBtM3AACAAIAFqIgI2AgAgAiAEEN0BIAEgAEEDcjYCBAwBC0G0zcAAQQA2AgBBrM3AAEEANgIAIAEgAhDKAQsgARCKAgu/BAIHfwF+IwBBQGoiAyQAIABB+wAQRQRAIANBADYCJCADQoCAgIDAADcCHCADQRhqIAAQNgJAIAMtABhFDQACQCADLQAZQf0ARg0AIAIoAhAhBwNAIANBEGogABA2IAMtABBFDQIgAy0AEUEiRw0CIANBNGogABAGIAMoAjQiAkGAgICAeEYNAiADIAMpAjgiCjcCLCADIAI2AigCQAJAIAMoAiQiAkGAAkYNACACQQxsIQIgAygCICIFQQRqIQQgA0EoaiIGKAIEIQggBigCCCEGA0ACQCACRQ0AIAYgBSgCCEYEQCAEKAIAIAggBhDyAQ0BCyAFQQxqIQUgAkEMayECIARBDGohBAwBCwsgAg0AIANBCGogABA2IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCqcgCkIgiKcgBxEHAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECIgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDeAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQNiADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahD3AQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQkgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahD7AQsgA0FAayQAIAkLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEFwgA0EANgIcIAMgAykDCDcCFEHfh8AALQAAIQhB4IfAAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ9wEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ9wEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQmQEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC8UDAgR/AX4jAEGAAWsiBCQAIARBDGoiBiACIANBLxDDASAEQQE2AjQgBEE4aiICIAYQGAJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIINwJ0IAQgAzYCcCAAIAEgCKcgCEIgiKcQPSEFIARB8ABqEPcBIAVFDQAgAiAGQSz8CgAAA0AgBEHkAGogBEE4ahAYIAQoAmRBgICAgHhGDQIgBCAEKAJsIgA2AnggBCAEKQJkNwNwQQEhBgJAIABBBU8NACAEKAJ0IQIgBEHwAGpBkJrAABCpAUUEQCMAQRBrIgMkACADQQA2AgwgA0EwIANBDGoQbCACIAAgAygCACADKAIEEMwBIANBEGokAA0BC0EAIQEgACEDA0AgA0EARyEGIANFDQEgAi0AAEEwa0H/AXEiByABQQpsaiEBIANBAWshAyACQQFqIQIgB0EKSQ0ACwsCQAJAAkACQCAFLQAAQQRrDgIBAAMLIAUoAgggBSgCDCAEKAJ0IAAQPSIFDQEMAgsgBg0BIAEgBSgCDE8NASAFKAIIIAFBGGxqIQULIARB8ABqEPcBDAELCyAEQfAAahD3AQtBACEFCyAEQYABaiQAIAUL+AMBA38gABCLAiIAIAAoAgRBeHEiAWohAgJAAkACQAJAIAAoAgQiA0EBcQ0AIANBAnFFDQEgACgCACIDIAFqIQEgACADayIAQbTNwAAoAgBGBEAgAigCBEEDcUEDRw0BQazNwAAgATYCACAAIAEgAhC1AQ8LIAAgAxDNAQsCQAJAIAIoAgQiA0ECcUUEQCACQbjNwAAoAgBGDQIgAkG0zcAAKAIARg0FIAIgA0F4cSICEM0BIAAgASACaiIBEN0BIABBtM3AACgCAEcNAUGszcAAIAE2AgAPCyAAIAEgAhC1AQsgAUGAAkkNAiAAIAEQG0HMzcAAQczNwAAoAgBBAWsiADYCACAADQEQZQ8LQbjNwAAgADYCAEGwzcAAQbDNwAAoAgAgAWoiATYCACAAIAFBAXI2AgRBtM3AACgCACAARgRAQazNwABBADYCAEG0zcAAQQA2AgALIAFBxM3AACgCAE0NAAJAEK8BRQ0AQbjNwAAoAgAiAEUNAAJAQbDNwAAoAgBBKEsEQEHQzcAAKAIARQ0BIAAQiwEaCxBlQbDNwAAoAgBBxM3AACgCAE0NAUHEzcAAQX82AgAMAQtB+MLAABD2AQALCw8LIAAgARBCDwtBtM3AACAANgIAQazNwABBrM3AACgCACABaiIBNgIAIAAgARDdAQvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBmDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGohcAAEBAACyAAIBQ2AgAgCkEQaiQAC+5VAhF/BX4jAEGQAmsiCyQAIAsgAjYCBCALIAE2AgAgCyADNgIIIAsgBDYCDCALIAU2AhAgCyAGNgIUIAsgBzYCGCALIAg2AhwgCyAJOQMgIAsgADYCiAIgCyALQY8CaiIANgKEAiALIAA2AoACIAsgADYC/AEgCyALQSBqNgL4ASALIAA2AvQBIAsgADYC8AEgCyALQRxqNgLsASALIAtBGGo2AugBIAsgADYC5AEgCyAANgLgASALIAtBFGo2AtwBIAsgC0EQajYC2AEgCyAANgLUASALIAA2AtABIAsgC0EMajYCzAEgCyALQQhqNgLIASALIAA2AsQBIAsgADYCwAEgCyALQQRqNgK8ASALIAs2ArgBIAtBKGohGSMAQcABayIGJAACQAJAIAtBuAFqIgAoAlAiAQRAIAEoAgAiAkH/////B08EQCAGQc8ANgJEIAZBkobAADYCQCAGQQA2AjxBASEBDAMLIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgBiACNgJEIAYgATYCQCAGIAFBBGo2AjxBACEBDAILIAZBGzYCRCAGQfeFwAA2AkAgBkEANgI8QQEhAQwBCwALIAZBMGogACgCACgCACAAKAIEKAIAEH0gBkEANgJIIAYgBigCNCIENgJQIAYgBigCMCIFNgJMIAZB1ABqIAAoAhAoAgAgACgCFCgCABBKIAZB4ABqIAAoAiAoAgAgACgCJCgCABBKIAZB7ABqIAAoAjAoAgAgACgCNCgCABCYAQJAAkAgAQ0AIAYoAlRBgYCAgHhGDQAgBigCYEGBgICAeEYNACAGKAJsQYCAgIB4Rg0AIAYgBikCVDcDkAEgBiAGKAJcNgKYASAGIAYpAmA3A6ABIAYgBigCaDYCqAEgBiAGKAJ0NgK4ASAGIAYpAmw3A7ABIAAoAkArAwAhCSAGIAYoAkQ2AoABIAYgBikCPDcDeCAGIAQ2AowBIAYgBTYCiAEgBigCeCECIAZBkAFqIQcgBkGgAWohCiAGQbABaiENIwBBwAFrIggkAAJAIAIoAgBBgICAgHhHBEAgAi8BGCEQIAhBkAFqIQAjAEEgayIBJAAgAigCBCEVIAEgAigCCCIPQQRBFBBcIAEoAgAiDiAPQf////8DcSIDIAMgDksbIQxBACEDIAEoAgQhEQNAIAwEQCABQQxqIAMgFWoQ1gEgAyARaiITIAEoAhw2AhAgEyABKQIUNwIIIBMgASkCDDcCACAMQQFrIQwgA0EUaiEDDAELCyAAIA82AgggACARNgIEIAAgDjYCACABQSBqJAAgCEGcAWogAkEMahBWIAggEDsBqAEjAEEgayIBJAAgASAFIAQQPAJAAkAgASgCBCICIAEoAggiA0GtqMAAQQQQwAFFBEAgAiADQY+qwABBBxDAAUUNAQsgCEIANwOIASAIQoCAgIDAADcDgAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEPcBDAELIAFBAzYCDCAIQQhqIAFBDGoQngEgCEKAgICAwAA3A4ABIAhCADcDiAEgCEICNwMAIAEQ9wEgABDvAQsgAUEgaiQAIBkgCEGQAfwKAAAgDRD3ASAKEOIBIAcQ4gEMAQsgCEGQAWoiEyAFIAQQSSAIIAcoAgg2ArABIAggBykCADcCqAEgCCAKKQIANwK0ASAIIAooAgg2ArwBIAggDSkCADcCnAEgCCANKAIINgKkASAJ/AYhHSMAQbAEayIEJAAgBEEIaiATQRhqEMYBIAJBBGooAgAiGEEIaiINIQIgBCgCCCEDIAQoAgwhCiMAQSBrIgAkACAEQeABaiIFAn8gBQJ/IAIoAkhBgICAgHhHBEAgAwRAIAIoAlBBDGwhASACKAJMIQcDQEEEIAFFDQQaIAAgBzYCCCAAIAMgChApIAAgACkDADcCFCABQQxrIQEgB0EMaiEHIABBCGoiAiAAQRRqIgwQnQFFDQALQQRBKBDOASEBIAIgAyAKEEkgDEH2q8AAQQYQSSABQRs2AgQgAUHbq8AANgIAIAFBBDYCGCABQfyrwAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEM4BIQEgAEEUakH2q8AAQQYQSSABQQQ2AgQgAUH8q8AANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQzgEhASAAQRRqQYCfwABBARBJIAFBGzYCBCABQdurwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAUgATYCCCAFIAI2AgRBFQs2AgAgAEEgaiQAAkACQAJAIAQoAuABQRVHBEAgBCAEKALwATYCMCAEIAQpAugBNwMoIAQgBCkC4AE3AyAgCEEIaiAEQSBqEJ4BIAhCgICAgMAANwOAASAIQgA3A4gBIAhCAjcDAAwBCyAEIAQoAuwBNgIYIAQgBCkC5AE3AxAgBEG8AWogEygCBCATKAIIEDwCQAJAIAQoAsABIgAgBCgCxAEiAUGPqsAAQQcQwAFFBEAgACABQa2owABBBBDAAQ0BIARBAzYC4AEgBEFAayAEQeABahCeASAEQgI3AzgMAgsgBEEFNgKMAiAEQYSuwAA2AogCIARBFjYChAIgBEHurcAANgKAAiAEQTI2AvwBIARBvK3AADYC+AEgBEEcNgL0ASAEQaCtwAA2AvABIARBDTYC7AEgBEGTrcAANgLoASAEQRw2AuQBIARB96zAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIFIARB4AFqIgBrQQR2QQRBFBBcIANBADYCHCADIAMpAwg3AhQjAEEQayIHJAAgA0EUaiIKIAUgACIBa0EEdiICELQBIAopAgQhGyAHIApBCGo2AgQgByAbQiCJNwIIIwBBIGsiDSQAIAdBBGoiDCgCBCEKIAwoAgAgACAFRwRAIAwoAgggCkEUbGohBSACIApqIQogDUEUaiEMA0AgASkCACEbIAwgAUEIaigCACABQQxqKAIAEEkgBSAbNwIAIAUgDSkCFDcCCCAFIA0oAhw2AhAgAUEQaiEBIAVBFGohBSACQQFrIgINAAsLIAo2AgAgDUEgaiQAIAdBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACAAQY2awABBARBJIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQIiAAKAIIIgFBgYCAgHhHBEAgASAAKAIMEN4BAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABBhKvAADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEDIBgoAoABIQxBACEFIwBBkAFrIgIkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIBMoAhQiAUGAgARNBEAgAkEYaiATQSRqEMYBAkAgAigCGCIKRQ0AIAJBEGogCiACKAIcEBYgAkHgAGogAigCECACKAIUQSAQQSACKAJgIgBFDQAgAigCbCEHIAIoAmghDyAAIAIoAmRB1avAAEEGEDIEQCACQQhqIA8gBxAWIAIoAgwhCiACKAIIIQULAkAgBUUgCkVyDQAgBSAKQe+swABBBRDMAQ0AIAUgCkH0rMAAQQMQzAFFDQELQQAhBQsgAiATKAIQIgcgARAWQQIhACACKAIERQ0GIAJB4ABqIAcgARAmAn8CQCACLQBgIgFBBUcEQCAFRQ0BQRUhB0ECDAILIAIgAigCbDYCWCACIAIpAmQ3A1AgAiACQdAAajYCfCAMLQCDAUUNByACQeAAaiACQfwAakGArMAAQQsQLiACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIAAEQCACQTRqIAAgARBJQQAhAAwECyACQeAAaiACQfwAakH0p8AAQQ0QLiACKAJoIQEgAigCZCEAIAIoAmAiB0EVRw0EIABFDQcgAkE0aiAAIAEQSUEBIQAMAwsgAkE0NgI0QQEhB0GQrMAACyEAIAIgBzYCLCABQQVPDQQgAkHgAGoQmwEMBAsgA0ECNgIADAwLIAIgADYCMEEVIQcMAQsgAiACKQJsNwI4IAIgATYCNCACIAA2AjAgAiAHNgIsCyACQdAAahD4AQsgB0EVRg0BDAILIAJB4ABqIAJB/ABqQYuswABBBRAuIAIoAmghASACKAJkIQAgAigCYCIHQRVHBEAgAiACKQJsNwI4IAIgATYCNCACQdAAahD4AQwCCwJAIAAEQCACQYABaiAMIAAgARCRAQwBCyACQQI2AoABCyACIAIpAogBNwI4IAIgAikCgAE3AjAgAkHQAGoQ+AEgAigCMCEACyACIAIpAjQ3A0AgAiACKAI8NgJIIABBAkYNASACIAIoAkg2AmwgAiACKQNANwJkIAIgADYCYAwCCyACIAIoAjwiATYCKCACIAIpAjQiGzcDICADIAE2AhAgAyAbNwIIIAMgADYCBCADIAc2AgAMBQsgBUUNASACQeAAaiAMIAUgChCRAQsgAigCbCIBQYDAAEsNAQJAAkAgAigCYEUEQEEAIQAgAigCaCEFQQAhBwNAIAAgAUcEQCAAIAVqIQogAEEBaiEAIAcgCi0AAEEuRmohBwwBCwsgB0ECRg0BIANBGzYCCCADQZKrwAA2AgQgA0EBNgIADAULIAIgAigCaCIANgIsIAIgACABajYCMCACQSxqIgUoAgAhACAFKAIEIQcDQCAHIAAiAUcEQCAFIABBAWoiADYCACABLQAAQf8Aa0H/AXFBoQFLDQELCyABIAdHDQELIAMgAikCaDcCDCADIAIpAmA3AgQgA0EVNgIADAQLIANBKDYCCCADQa2rwAA2AgQgA0EBNgIADAILIANBADYCAAwCCyADQQI2AgALIAJB5ABqEPcBCyACQZABaiQAIAQpAuwBIRsgBCgC6AEhAiAEKALkASEAAkACQCAEKALgASIFQRVHDQACQAJAIABBAUYEQCAEIAI2AsgDIAQgGzcCzAMgG6chCiAbQiCIpyEMIwBB8ABrIgAkACANKAJUIQEgAEERNgIoIABB4qfAADYCJCAAQRM2AiACQCABQYCAgIB4RgRAIAMgAEEoaiIBKAIINgIUIAMgASkCADcCDCADQeKnwAA2AgggA0KAgICAuAI3AgAMAQsgAEEgahDbASAAQQhqIA1B7ABqEMYBIAAoAgwhByAAKAIIIQEgAEENNgIoIABB15/AADYCJCAAQRM2AiAgAUUEQCADQQ02AgwgA0HXn8AANgIIIANCgICAgLgCNwIADAELIABBIGoiBRDbASAAIAc2AjQgACABNgIwIABBATYCLCAAQfOnwAA2AiggACANKQNYNwIgIABByABqIgcgBUEDEEYgAEEUaiIPIAAoAkwgACgCUEHhhsAAQQEQFCAHEPcBIABBADYCKCAAQoCAgIAQNwIgIAUQ7QFB9KfAAEENEOQBIAogDBDpARD5ASIBKQIAIRsgAUEANgIAIAAgASgCCDYCQCAAIBs3AzggAEEANgIoIABBATYCJCABEPcBIABBGTYCVCAAQYGowAA2AlAgACANKQJkNwJIIAMgB0ECEEZBBEEoEM4BIQEgACAAKQIYNwIoIABBBjYCJCAAQZqowAA2AiAgAEHYAGogBUECEEYgAEHkAGpBq4vAAEEQEEkgAUENNgIEIAFBoKjAADYCACABQQw2AhggAUG7i8AANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCADQQI2AhQgAyABNgIQIANBAjYCDCADIAApAzg3AhggAyAAKAJANgIgIANBBDYCKCADQa2owAA2AiQgDxD3AQsgAEHwAGokACAEIAQpAuwBNwOIAyAEIAQoAvQBNgKQAyAEKALoASEAIAQoAuQBIQUgBCgC4AEiB0GAgICAeEcNASAEKAKIAyECIAQpAowDIRsgBEHIA2oQ9wEMAwsgBCACNgLwAiAEIBs3AvQCIAwoAnAiASAMKAJ0aiECIwBBIGsiACQAIABBCGogAiABayIHQQRBCBBcIABBADYCHCAAIAApAwg3AhQjAEEQayIDJAAgAEEUaiIFIAcQswEgBSkCBCEfIAMgBUEIajYCBCADIB9CIIk3AgggA0EEaiIKKAIEIQUgCigCACABIAJHBH8gAiAFaiABayAKKAIIIAVBA3RqIQIDQCABLQAAIQUgAkEEakEFNgIAIAIgBRDrATYCACABQQFqIQEgAkEIaiECIAdBAWsiBw0ACwUgBQs2AgAgA0EQaiQAIARB/AJqIgEgACgCHDYCCCABIAApAhQ3AgAgAEEgaiQAIARB4AFqIQMgBCgCgAMhECAEKAKEAyEVQQAhCiMAQbACayICJAAgAkEoaiIAIBunIBtCIIinQS4QwwEgAkEgaiAAEB0gAigCJCEPIAIoAiAhByACQRhqIAAQHSACKAIcIQ4gAigCGCEMIAJBEGogABAdIAIoAhQhFiACKAIQIREgAkEIaiAAEB0CQAJAIBFFIAdFIAxFcnJFBEAgAigCCEUNAQsgA0EjNgIMIANB7orAADYCCCADQoCAgICIgICAgH83AgAMAQsgAkH4AWoiACAHIA8QCyACQRc2AmQgAkHziMAANgJgQYCAgIB4IQEgAkGAgICAeDYCXCACQbgBaiAAIAJB3ABqEGAgAiACKQK8ATcDoAIgAiACKALEATYCqAIgAigCuAFBAUYEQCADIAIoAqgCNgIMIAMgAikDoAI3AgQgA0GAgICAeDYCAAwBCyACIAIoAqgCIgU2AlggAiACKQOgAjcDUAJAIAVBgIAQSw0AIAIoAlQhACACQgA3AsABIAIgBTYCvAEgAiAANgK4ASACQYCAgIB4NgKQAiACQYCAgIB4NgKgAiACQQA6AKgBIAIgAkGoAWo2AoACIAIgAkGgAmoiEjYC/AEgAiACQZACajYC+AECQCACQbgBaiIAQcSIwABBAyACQfgBakHciMAAEIIBRQ0AIAAQlQFFDQAgAigCkAIiAEGAgICAeEYEQCASEOIBDAILIAItAKgBIQogAikCpAIhHCACKAKgAiEFIAIpApQCIR4gACEBDAELIAJBoAJqEOIBIAJBkAJqEOIBCyACQSc2AsABIAJBionAADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIRwgA0EnNgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAJBuAFqIhIQ4wEgAiAKOgB0IAIgHDcCbCACIAU2AmggAiAeNwJgIAIgATYCXCACIB43ArgBIAJB6ABqIQACQCASIBAgFRBRRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHEL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIAwgDhALIAJBGDYCgAIgAkGxicAANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEGAgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgABA1IAJBHDYCwAEgAkHJicAANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHDcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAcNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDjASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASARIBYQCyACQRo2AoACIAJB5YnAADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGAgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpBhIrAABCpARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDDYCiAIgAkEBNgKEAiACQYyKwAA2AoACIAIgDzYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEEYgAiACKAKwATYC5AEgAiACKQOoATcC3AEgAiACKQOYATcD6AEgAiACKAKgATYC8AEgAyACQbgBakE8/AoAACACQYgBahD3ASACQdAAahD3AQwICyADQTU2AgwgA0GNisAANgIIIANCgICAgIiAgICAfzcCACACQagBahD3AQsgAkGYAWoQ+AELIAJBiAFqEPcBCyACQfgAahD3ASACQdwAahD3AQwDCyADQSw2AgwgA0HCisAANgIIIANCgICAgIiAgICAfzcCAAsgAkHcAGoQ9wEgAigCaCEFCyAFQYCAgIB4Rg0AIAAQ9wELIAJB0ABqEPcBCyACQbACaiQAIAQoAuwBIQIgBCgC5AEhAwJAAkAgBCgC4AEiAUGAgICAeEYEQEEGIQUgBCgC6AEhAAJAAkACQEEBIANBgICAgHhzIANBAE4bQQFrDgIBAgALQQEhBQwBCyACrSEbQQUhBSAAIQIgAyEACyAAIQEMAQsgBCgC6AEhFSAEKQLwASEbIARBoANqIhYgBEH4AWpBJPwKAAAgBCAbNwKYAyAEIAI2ApQDIAQgFTYCkAMgBCADNgKMAyAEIAE2AogDIARB4AFqIQcgBCgCvAMhDCAEKALAAyEPIwBBwAFrIgUkACANKAJ4IQ4gBUHoAGogDCAPQZ2QwAAQJQJAIAUoAmhBAUYEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwBCyAFKQN4IRsgBSgCcCAFQRo2AnAgBUHkmsAANgJsIAVBCDYCaEUEQCAHIAUpAmw3AgwgB0EINgIIIAdCAjcDAAwBCyAFQegAaiIAENsBAkACQEL///////////8AIBtCPHwiHCAbIBxVGyAdVQRAIAAgDCAPQf6awAAQJSAFKAJoBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMBAsgHUI8fCEcIAUpA3BCAVEEQCAFKQN4IBxVDQILIAVB6ABqIAwgD0GakMAAECUgBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLAkACQAJAIAUpA3BCAVEEQCAFKQN4IBxVDQELIAVB4ABqIAwgD0GBm8AAQQMQPRBtIAUoAmAiAEUNASAFKAJkIQIgDi0AgQFFBEAgBUHYAGogACACECkgBSgCWCIARQ0CIAUoAlwhAgsgBSAANgJoIAUgAjYCbCANKAIsQQxsIQAgDSgCKCECA0AgAEUNAiAAQQxrIQAgBSACNgK0ASACQQxqIQIgBUG0AWogBUHoAGoQnQFFDQALQaWFwAAgDigCeCIQIA4oAnwiEhB8DQIMBQsgB0ICNwMAIAdBCjYCCAwFCyAHQgI3AwAgB0ELNgIIDAQLIAwgD0GEm8AAQQMQPUGHm8AAQRIQIEUNAiAHQgI3AwAgB0EQNgIIDAMLIAdCAjcDACAHQQk2AggMAgsgB0ICNwMAIAdBCjYCCAwBC0EDIRFBi5DAACEKAkACQEGZm8AAIBAgEhB8RQ0AIAVB0ABqIAwgD0Gam8AAQQkQPRBtIAUoAlAiAEUNASAAIAUoAlQiAkHMkMAAQQIQwAFFBEAgACACQaObwABBBhDAAUUNAiANLQB9QQFxRQ0CQQkhEUGpm8AAIQoMAQsgDS0AfEUNAQsCQAJAIA0oAjgiAARAIABBDGwhAiANKAI0IQADQCACRQ0CIAJBDGshAiAAKAIIIRQgACgCBCEXIABBDGohACAMIA8gCiARED0gFyAUECBFDQALC0Gym8AAIBAgEhB8RQ0BIAwgD0Gzm8AAQQMQPSIARQ0BIAVByABqIAAQxQECQCAFKAJIIgpFDQAgBSgCTCEUQQQgDSgCTCANKAJIQYCAgIB4RiIAGyECQQAgDSgCUCAAG0EMbCEAA0AgAEUNASAFIAI2ArQBIAVBQGsgCiAUECkgBSAFKQNANwJoIABBDGshACACQQxqIQIgBUG0AWogBUHoAGoQnQFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIAwgD0H3j8AAQQMQPSIARQ0AIAAtAABBA0cNACAFQThqIAAoAgggACgCDBAWIAUoAjxFDQAgBUGAAWogAEEEahBWAkAgDigCACIARQRAIAVBgICAgHg2AowBDAELIA4oAgRBA3QhAiAOKAIMIRcgDigCCCEaAkADQEEAIQogAkUNAQJAAkAgDCAPIAAoAgAgACgCBBAMIhRFDQAgBUEwaiAUEMUBIAUoAjAiFEUNACAFKAI0IhENAQsgAEEIaiEAIAJBCGshAgwBCwsgFEUNACAMIA8gGiAXEAwiAEUNACAALQAAQQFHDQAgFEEAIAAtAAEbIQoLIAVBjAFqIAogERDSAQsgBSAFKAKUATYCoAEgBSAFKQKMATcDmAECQAJAQbabwAAgECASEHxFDQACQAJAAkACQCAMIA9Bt5vAAEEaED0iAARAIAVBKGogABDEASAFKAIoIgAEQCAFQSBqIAAgBSgCLCICQdGbwABBChA9EG0gBSgCICIKDQIMAwsgDigCAA0FDAMLIA4oAgANBAwCCyAFQegAaiAKIAUoAiQQAyAFKQNwIRwgBSgCaCAFQS42AnAgBUHbm8AANgJsIAVBCDYCaEUEQCAFKQJsIRsgByAFKQJ0NwIUIAcgGzcCDCAHQQg2AgggB0ICNwMADAULIAVB6ABqENsBIBwgHVUEQCAcIBsgGyAcVRshGwwBCyAHQgI3AwAgB0EONgIIDAQLIA4oAgANAiAAIAJB3pnAAEEWED0iAEUNACAFQRhqIgIgACgCDDYCBCACIAAoAghBACAALQAAQQRGGzYCACAFKAIYIgBFDQAgBSgCHEEYbCEOA0AgDkUNAQJAAkAgAEH0mcAAQQwQciICRQ0AIAJBgJrAAEENEHIiAkUNACAFQRBqIAIQxQEgBUHoAGogBSgCECICQQAgBSgCFCIKG0EAIAIbIAoQ0gEgBSgCaEGAgICAeEcNBAwBCyAFQYCAgIB4NgJoCyAAQRhqIQAgDkEYayEODAALAAsgBUGAgICAeDYCaAsgBUGYAWoQ4gEgBSAFKAJwNgKgASAFIAUpAmg3A5gBCyAFQQA2ArABIAVCgICAgMAANwKoASANKAJAIgAgDSgCREEYbGohFANAAkACQCAAIBRHBEAgAEEYaiECIAAoAhRBDGwhDiAAKAIQIQoDQCAORQ0DIAwgDyAKKAIEIAooAggQDCIQBEAgEC0AACISDQMLIApBDGohCiAOQQxrIQ4MAAsACyAHIAUoAogBNgIYIAcgBSkCgAE3AhAgByAFKQOYATcCKCAHIAUoAqABNgIwIAcgBSkCqAE3AhwgByAFKAKwATYCJCAHIBs3AwggB0IBNwMADAYLIAVBADYCvAEgBUKAgICAEDcCtAFBgICAgHghEQJAAkACQAJAAkACQAJAAkAgEkEBaw4EAQMCAAcLIBAoAgwiCkEhTw0GIApBGGwhCiAFQbQBahDuASESIBAoAgghDgNAIApFDQQgBUEIaiAOEMUBIAUoAggiEEUNByAFKAIMIhdBgAJLDQcgEiAQIBcQ6QEaIApBGGshCiAOQRhqIQ4MAAsACyAFQbQBaiAQLQABENoBGgwECyAQKAIMIgpBgQJPDQQgBUG0AWogECgCCCAKEOkBGgwDCyAFQegAaiAQEGsgBSgCaA0BDAMLIBIQ/AEaDAELIAVBtAFqIAUpA3AQnAEaCyAFKQK4ASEdIAVBADYCvAEgBSgCtAEhESAFQoCAgIAQNwK0AQsgBUG0AWoQ9wEgEUGAgICAeEcEQCAFQegAaiAAEFYgBSgCsAEiCiAFKAKoAUYEQCAFQagBahBzCyAFKAKsASAKQRhsaiIAIAUoAnA2AgggACAFKQJoNwIAIAAgHTcCECAAIBE2AgwgBSAKQQFqNgKwAQwBCyAHQewANgIQIAdBiZzAADYCDCAHQQg2AgggB0ICNwMAIAVBqAFqEP0BDAILIAIhAAwACwALIAVBmAFqEOIBIAVBgAFqEPcBDAILIAdCAjcDACAHQQ02AggMAQsgB0HBADYCECAHQfWcwAA2AgwgB0EINgIIIAdCAjcDAAsgBUHAAWokACAEQbgDaiEKIARBlANqIQcCQCAEKQPgASIcQgJRBEAgBCkC9AEhGyAEKALwASECIAQoAuwBIQAgBCgC6AEhBSAEQYgDahD3ASAAIQEMAQsgBCAEKQL8ATcC5AMgBCAEKQKEAjcC7AMgBCAEKQKMAjcC9AMgBCAEKAKUAjYC/AMgBCAEKQL0ASIeNwLcAyAEIAQpAuwBNwLUAyAEIAQoAugBIgA2AtADIAQgHDcDyAMCf0EAIAMgFUG0iMAAQQUQwAENABpBASADIBVBl67AAEEFEMABDQAaQQJBAyADIBVB/4nAAEEFEMABGwsgBCAEKAKQAzYC7AEgBCAEKQKIAzcC5AFBBSEFIARBBTYC4AFB/wFxIgJBA0cNAiAELQDkASEAIARByANqENQBIBWtIRsgAyECCyAHEPcBIBYQ9wEgBEGsA2oQ9wEgChD4AQsgBEH8AmoQ/gEgBEHwAmoQ9wEMBAsgBEHgAWoQ2wEgBCAEKQKsAzcCpAQgBCAEKAK0AzYCrAQgBCAEKQPgAzcDyAEgBCAEKQPoAzcD0AEgBCAEKALwAzYC2AEgBCAHKQIANwKMBCAEIAcoAgg2ApQEIAQgFikCADcDmAQgBCAWKAIINgKgBCAEKQLUAyEdIAQgBCgC/AM2AogEIAQgBCkC9AM3A4AEIA0oAgAhASAKEPgBQgNCBCABQQJGGyEbIARB/AJqEP4BIARB8AJqEPcBIBynIQcgHqchAUEAIQUMAQsgBCAEKAKIAjYC2AEgBCAEKQKAAjcD0AEgBCAEKQL4ATcDyAEgBCkDiAMhHSAEKAKQAyEBIARByANqEPcBQgYhGwsgBCABNgJUIAQgHTcCTCAEIAA2AkggBCAFNgJEIAQgBzYCQCAEIBs3AzggBCAEKQPIATcDWCAEIAQpA9ABNwNgIAQgBCgC2AE2AmggBEHsAGogBEGABGpBMPwKAAAgBEGAgICAeDYCoAEgBCACOgCcAQwCCyAAIQELIAQgGzcC7AEgBCACNgLoASAEIAU2AuABIAQgAUGAfnEgAEH/AXFyNgLkASAEQUBrIARB4AFqEJ4BIARCAjcDOAsgBEG8AWoQ9wEgGCAYKAIAQQFqIgA2AgAgAEUNASAEIBg2AuwCIAQgBCkDEDcD4AIgBCAEKAIYNgLoAiAEQeABaiAEQThqQYAB/AoAACAEKQPgAUICUQRAIARB6AFqIAQoAuQCIgAgACAEKALoAkEUbGoQaAsgCCAEQeABakGQAfwKAAALIARBsARqJAAMAQsACyATEPcBIAhBqAFqEOIBIAhBtAFqEOIBIAhBnAFqEPcBIBkgCEGQAfwKAAALIAhBwAFqJAAgBkGIAWoQ1wEgBkH4AGoQ0QEgBkHAAWokAAwBCyAGQShqIQJBACEAAn8gBkHsAGoiASgCAEGAgICAeEYEQCABKAIIIQAgASgCBAwBCyABEPcBQQALIQEgAiAANgIEIAIgATYCACAGKAIoIQQgBigCLCEFIAZBIGogBkHgAGoQjQEgBigCICEDIAYoAiQhByAGQRhqIAZB1ABqEI0BIAYoAhghCCAGKAIcIQsgBkEQaiAGQcgAahCFASAGKAIQIQogBigCFCENIAZBCGohAkEAIQACfyAGQTxqIgEoAgBFBEAgASgCCCEAIAEoAgQMAQsgARDRAUEACyEBIAIgADYCBCACIAE2AgAgBigCCCIAIAogABsiASAIIAEbIgIgAyACGyIDIAQgAxsiBEEBIAQbIAYoAgwgDSAAGyALIAEbIAcgAhsgBSADG0EAIAQbEIgCAAsjAEGwAmsiACQAIABBoAFqIBlBkAH8CgAAIABBADYCACAAQQRyIABBnAFqQZQB/AoAAEEIQaABEM4BIgFCgYCAgBA3AwAgAUEIaiIBIABBmAH8CgAAIABBsAJqJAAgC0GQAmokACABC5sCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAgAOENwMYIAQgBEEIaq1CgICAgIADhDcDEEGAgMAAIARBEGogAxCDAQALIAQgADYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYIAQgBEEIaq1CgICAgIADhDcDEEHfgMAAIARBEGogAxCDAQALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICAgAOENwMYCyAEIARBCGqtQoCAgICAA4Q3AxBBmIHAACAEQRBqIAMQgwEAC7gCAQV/IAAoAhghAwJAAkAgACAAKAIMRgRAIABBFEEQIAAoAhQiARtqKAIAIgINAUEAIQEMAgsgACgCCCICIAAoAgwiATYCDCABIAI2AggMAQsgAEEUaiAAQRBqIAEbIQQDQCAEIQUgAiIBQRRqIQQgASgCFCICDQAgAUEQaiEEIAEoAhAiAg0ACyAFQQA2AgALAkACQCADRQ0AAkAgACgCHCICQQJ0QYzKwABqIgQoAgAgAEcEQAJAIAAgAygCEEcEQCADIAE2AhQMAQsgAyABNgIQCyABDQEMAgsgBCABNgIAIAFFDQILIAEgAzYCGCAAKAIQIgIEQCABIAI2AhAgAiABNgIYCyAAKAIUIgBFDQAgASAANgIUIAAgATYCGAsPC0GozcAAQajNwAAoAgBBfiACd3E2AgAL0AIBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEG0zcAAKAIARgRAIAIoAgRBA3FBA0cNAUGszcAAIAE2AgAgACABIAIQtQEPCyAAIAMQzQELAkACQAJAIAIoAgQiA0ECcUUEQCACQbjNwAAoAgBGDQIgAkG0zcAAKAIARg0DIAIgA0F4cSICEM0BIAAgASACaiIBEN0BIABBtM3AACgCAEcNAUGszcAAIAE2AgAPCyAAIAEgAhC1AQsgACABEMkBDAILQbjNwAAgADYCAEGwzcAAQbDNwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEG0zcAAKAIARw0BQazNwABBADYCAEG0zcAAQQA2AgAPC0G0zcAAIAA2AgBBrM3AAEGszcAAKAIAIAFqIgE2AgAgACABEN0BCwvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAKjGQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvAKjGQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAKjGQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQCpxkA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQjAENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEEAEUNAAsMAwtBASECIAEgAyAIIAoQjAENAiABIAcgCyADKAIMEQMADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwCCyADIAcgCyAJKAIMEQMADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEIwBDQAgACAHIAsgASgCDBEDACECCyACCyAGQRBqJAALhgIBBn8jAEEQayIGJAAgBkEEaiACQQNuIgggAiAIQQNsR2pBAnQQhwEDQAJAIAIEQEEDIAIgAkEDTxsiCkEDdCEHIAEgCmohCEEAIQlBECEFA0AgBSAHakEQRgRAQQAhBUESIQEDQCAFQQRGDQQCQAJAIAIgBUkEQEE9IQcgBEUNAgwBCyADIAkgAUEecXZBP3FqLQAAIQcLIAZBBGogBxBOCyAFQQFqIQUgAUEaaiEBDAALAAUgAS0AACAFQRhxdCAJciEJIAVBCGshBSABQQFqIQEMAQsACwALIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEQaiQADwsgAiAKayECIAghAQwACwALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABBBIAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBB6IARBIGoiCyAGIAJB/QAQQSAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQfChwAAQ3wEiBRsgByAJIAUbEHogAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQeiAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQQCADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQKw0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAaIAMoAghBAUcNASADKAIMECsNAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEF0gAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQ4gEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQMCADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDiASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQNgJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQf+LwABBBBBuDQEgBEEHOgAADAILIAJBCGogARAIIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCbAQwBC0EADAELQQELIANBMGokAAuqAgEGfyMAQTBrIgIkAAJAAn8gASgCKCIHRQRAIAJBCGogARAdIAIoAgwhBCACKAIIDAELIAFBADYCKCABIQUjAEEQayIDJAACQCAHIgFFDQADQCADQQhqIAUQHSADKAIIRQRAIAEhBgwCCyABQQFrIgENAAsLIANBEGokAEEAIAYNABogAkEQaiAFEB0gAigCFCEEIAIoAhALIgEEQCACQQA2AiQgAkKAgICAEDcCHCACIAE2AiggAiABIARqNgIsA0ACQCACQShqEIQBIgFB/gBHBEAgAUGAgMQARw0BIAAgAigCJDYCCCAAIAIpAhw3AgAMBAtBL0H+ACACQShqEIQBQTFGGyEBCyACQRxqIAEQTgwACwALIABBgICAgHg2AgALIAJBMGokAAvYAgICfwF+IwBBMGsiAyQAAn8CQCACRQRAIANBgICAgHg2AgggA0GAgICAeDYCFCADIANBFGoiAjYCJCADIANBCGoiBDYCIAJAIAFBvKXAAEECIANBIGpBzKXAABCCAUUEQCACEOIBIAQQ4gEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQ4gELQQAMAgsgACgCBCIAEIoBIwBBEGsiAiQAIAJBCGogARA2An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQf+LwABBBBBuGwwBCyACIAA2AgxBAUECIAFB6KXAAEEBIAJBDGpB8KXAABCCARsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAENMBIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC+QBAQR/IABCADcCECAAIAEQeCICNgIcIAJBAnRBjMrAAGohBQJAQajNwAAoAgAiA0EBIAJ0IgRxRQRAIAAgBTYCGCAFIAA2AgBBqM3AACADIARyNgIADAELIAUoAgAhBCABIAIQ3AF0IQIDQCABIAQiAygCBEF4cUYEQCADKAIIIgEgADYCDCADIAA2AgggAEEANgIYIAAgAzYCDCAAIAE2AggPCyACQR12IQQgAkEBdCECIAMgBEEEcWoiBSgCECIEDQALIAVBEGogADYCACAAIAM2AhgLIAAgADYCDCAAIAA2AggLxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARAOIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQ3wFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAwAMAQsgBEEQaiABEAggBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahCbAQsgAEEGRwsgBEFAayQAC4UCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUGgpsAAQQIgAkEYakGwpsAAEIIBRQRAIAMQ4gEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBAiIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQ3gEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahCdASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQxQEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQmgFFDQALCyADQSBqJAAgBQuTDgIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEDsgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEH0gA0EANgIsIAMgAygCHCIBNgI0IAMgAygCGCIHNgIwIAMoAiBFBEAgA0EQaiADQSxqEIUBIAMoAhAhASADKAIUIQUgA0EIaiACEJQBIAMoAggiACABIAAbIgFBASABGyADKAIMIAUgABtBACABGxCIAgALIAAoAiArAwAgAyADKAIoNgJAIAMgAykCICIPNwM4IAMgATYCTCADIAc2Akj8BiESIwBBsAJrIggkACAIQShqIA+nIgtBgAH8CgAAIAtB0KjAAEGAAfwKAAACQCAIKQMoQgZRBEAgCEGoAWohBkIAIQ8jAEGwAWsiAiQAAkACQAJAAkACQAJAAkACQCAJQf//A3EiAEGRA2sOBAMBAQMACyAAQcgBRg0BCyAGQTM2AhAgBkGvp8AANgIMIAZBETYCCCAGQgI3AwAMBQtBgICAgHghAAJAIAFBgIAQSw0AIAJCADcCeCACIAE2AnQgAiAHNgJwIAJBgICAgHg2AoABIAJBADYCpAEgAkKAgICAwAA3ApwBIAIgAkGcAWoiBzYCrAEgAiACQYABajYCqAECQAJAIAJB8ABqIgFBkKXAAEECIAJBqAFqQaClwAAQggFFDQAgARCVAUUNACACKAKAASIBQYCAgIB4RgRAIAcQgAIMAgsgAiACKQKMATcDUCACIAIoApQBNgJYIAIgAikCnAE3A2AgAiACKAKkATYCaCACKQKEASEPIAEhAAwCCyACQZwBahCAAiACQYABahDTAQsLIAJBODYCiAEgAkHEpsAANgKEASACQRE2AoABIABBgICAgHhGBEAgAiACQYgBaiIAKQIAIg83AzAgAiAAKAIIIgA2AjggAikDgAEhECAGIAA2AhggBiAPNwIQIAYgEDcDCCAGQgI3AwAMBQsgAiACKAJoNgJIIAIgAikDYDcDQCACIAIpA1A3AiQgAiACKAJYNgIsIAJBgAFqIgEQ2wEgAiACKAJIIgc2AjggAiAANgIMIAIgAikDQDcCGCACIAc2AiAgAiAPNwIQIAIgD6cgD0IgiKcQFiACQSRqIQwgAigCBEUNAQJAIAIoAiRBgICAgHhHBEAgASACKAIoIAIoAiwQAyACKQOIASEPIAIpA4ABIAJBMzYCiAEgAkH8psAANgKEASACQRE2AoABQgEhEEIBUg0EIAEQ2wEgDyASVw0BCyACIAIoAhg2AnggAiACKAIcIgA2AnAgAiAANgJ0IAIgACACKAIgQQR0ajYCfCACQYABaiEKIwBBEGsiByQAIAJB8ABqIgkoAgQhASAJKAIMIQ4CQANAIA4gASIARgRAQYCAgIB4IQ0MAgsgCSAAQRBqIgE2AgQgByAAKQIINwMIIAcgACkCADcDAAJAIActAAxBAUYEQCAHKAIIDQELIAcQ9wEMAQsgBygCACINQYCAgIB4Rg0ACyAKIABBDGooAgA2AgwgCiAAQQRqKQIANwIECyAKIA02AgAgB0EQaiQAIAIoAoABIQogAikChAEhESMAQRBrIgEkACABIAk2AgwgCSgCDCAJKAIEIgdrQQR2IQADQCAABEAgAEEBayEAIAcQ9wEgB0EQaiEHDAELCyMAQRBrIgAkACAAIAFBDGooAgAiBygCADYCDCAAIAcoAgg2AgggAEEIahCCAiAAQRBqJAAgAUEQaiQAIAYgAigCFDYCGCAGIAIpAgw3AhAgBiARNwIsIAYgCjYCKCAGQQA2AiQgBkKAgICAwAA3AhwgBiAPNwMIIAYgEDcDACAMEOIBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBETYCCAsgBkICNwMAIAJBDGoQ9wEgDBDiASACQRhqEIACCyACQbABaiQAIAgpA6gBQgJRBEAgCCAIKALAATYCqAIgCCAIKQO4ATcDoAIgCCAIKQOwATcDmAIgCEEMaiAIQZgCahCeAQwCCyAIQeABaiIAIAhBqAFqIgFBOPwKAAAgCEEMaiALIAEgEhA5IAAQ1AEMAQsgCEEMakGWqsAAQSEQewsgCEEoahA/IAsgCEEMahA4IAhBsAJqJAAgA0HIAGoQ1wEgA0E4ahDQASADQdAAaiQAIAVB0ABqJAALiAMCB38BfiMAQRBrIgckAAJAIAVFDQAgAiADaiICIANJDQAgB0EEaiEIIAIgASgCAEEBdCIDIAIgA0sbIgJBCEEEQQEgBUGBCEkbIAVBAUYbIgkgAiAJSxsiDCECIwBBIGsiBiQAQQEhC0EEIQoCQAJAIAWtIAKtfiINQiCIpw0AIA2nIgJBgICAgHggBGtLDQAgBkEUaiABIAQgBRB1An8gBigCGARAIAYoAhwiA0UEQCAGQQhqIAQgAhCSASAGKAIIIQUgBigCDAwCCyAGKAIUIAMgBCACEC8hBSACDAELIAYgBCACEJIBIAYoAgAhBSAGKAIECyAFRQRAIAggBDYCBEEIIQoMAgsgCCAFNgIEQQAhC0EIIQohAgwBC0EAIQILIAggCmogAjYCACAIIAs2AgAgBkEgaiQAIAcoAgRBAUYEQCAHKAIMIQkgBygCCCEGDAELIAcoAgghAiABIAw2AgAgASACNgIEQYGAgIB4IQYLIAAgCTYCBCAAIAY2AgAgB0EQaiQAC6cBAQN/IwBBEGsiAyQAAkAgAEHbABBFRQ0AIANBCGogABA2IAMtAAhFDQAgAy0ACUHdAEcEQCACKAIQIQIDQCABIAAgAhEEAEUNAiADIAAQNiADLQAARQ0CIAMtAAEiBUEsRwRAIAVB3QBHDQMFIAAgACgCCEEBajYCCAwBCwsLQQEhBCAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRBqJAAgBAv3AQECfyMAQTBrIgQkACAEIAEQCCAELQAAIgVBBkcEQCAEIAQpABA3ACcgBCAEKQAJNwMgIAQgBCkAATcDGCAAKAIAIQAgBCACIAMQSSAAKAIIIgIgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBKBAiIAEoAggiA0GBgICAeEcEQCADIAEoAgwQ3gEACyABQRBqJAALIAAoAgQgAkEobGoiASAEKQMINwMIIAEgBCkDADcDACABIAU6ABAgASAEKQMYNwARIAEgBCkDIDcAGSABIAQpACc3ACAgACACQQFqNgIICyAEQTBqJAAgBUEGRwu6AQIBfwJ+IwBBIGsiBCQAAkACQCABIAIgA0EDED0iAQRAIAEtAAANAQsgAEEANgIAIABCADcDCAwBCyAEQQhqIgIgARBrIAQpAxAhBSAEKQMIIQYgBEHMADYCECAEQZiawAA2AgwgBEEINgIIIAACfyAGUEUEQCAAIAU3AxAgAEIBNwMIIAIQ2wFBAAwBCyAAIAQoAhg2AhQgACAEKQIQNwIMIAAgBCkCCDcCBEEBCzYCAAsgBEEgaiQAC7sBAQF/IwBBQGoiAyQAAkAgAkGBgBBPBEAgAEEGOgAADAELIANCADcCCCADIAI2AgQgAyABNgIAIANBKGogAxAIIAMtACgiAUEGRgRAIABBBjoAAAwBCyADIAMpADg3ACAgAyADKQAxNwAZIAMgAykAKTcAESADIAE6ABAgAxCVAUUEQCAAQQY6AAAgA0EQahCbAQwBCyAAIAMpAyA3AxAgACADKQMYNwMIIAAgAykDEDcDAAsgA0FAayQAC8ABAgJ/AX4jAEEgayIDJAAgA0EUaiABKAIAIAJBARB3AkAgAygCFEUEQCAAQYCAgIB4NgIADAELIAMoAhgiAUUEQCAAQYCAgIB4NgIADAELIANBCGoiAiABIAMoAhwiBBBJIANBFGogASAEEAsgAygCFCIBQYCAgIB4RgRAIABBgICAgHg2AgAgAhD3AQwBCyADKQIYIQUgACADKAIQNgIIIAAgAykCCDcCACAAIAU3AhAgACABNgIMCyADQSBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAudAQEGfyMAQTBrIgMkACADQQxqQS8gASACEE0gAygCECIFIAMoAhgiBmohByADKAIMIQggAygCHCECAkADQAJAIAMgBzYCKCADIAUgAiIEajYCLCADIANBKGoQGiADKAIAQQFHDQAgAygCLCADKAIoayAGaiECIAMoAgQgCEYNAQwCCwtBACEECyAAIAQ2AgQgACABNgIAIANBMGokAAuNAQEEfyAAQUBrIQYDQCAAKAJgIgQgAkHAAElyRQRAIAYgARAEIAJBQGohAiABQUBrIQEMAQsLA0ACQCACIANHBEAgACAEQQFqIgU2AmAgACAEQT9xaiABIANqLQAAOgAAIAVBwABHDQEgBiAAEARBACEFIABBADYCYAwBCw8LIANBAWohAyAFIQQMAAsAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCoxEAhAQwBCyAAQf8BcS0AqMRAQQJxQQF2IQELIAFBAXEL9zcCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABB9IA4oAgghACAOKAIMIQEgDiACKAIQKAIAIAIoAhQoAgAQfSAOKAIAIQYgDigCBCEFIA4gATYCFCAOIAA2AhAgDiAFNgIcIA4gBjYCGCAKQRBqIRAjAEHgAWsiByQAIwBBEGsiBCQAIAQgATYCDCAEIAA2AghBvH8hAwNAIAMiAkHoCkcEQCACQYQBaiEDIAJBnLXAAGogBEEIahDfAUUNAQsLIARBEGokACAHQSxqIgMgBiAFEDUgByACQegKRyICOgAoAkACQAJAIAIEQCAHKAIsQYCAgIB4RwRAIAcgAygCCCICNgJAIAcgAykCADcDOCAHQeAAaiEGIAcoAjwhAyMAQZADayIEJAAgBCABNgKoASAEIAA2AqQBIAQgAjYCsAEgBCADNgKsASAEQZgBaiAEQawBakG2ncAAQQsQRyAEKAKYASICBH8gBCgCnAEhAyACQQAgBEGkAWpB5KHAABDfARsFQQALIQUjAEEQayICJAAgAiAANgIAIAIgATYCBCACIANBBCAFGyABIAJB5KHAABDfASIBGzYCDCACIAVB3aHAACAFGyAAIAEbNgIIQQAhAEEAIQUCQANAIAVBrAtGDQECQCAFQdi0wABqIAIQ3wEEQCAFQdC0wABqIAJBCGoQ3wENAQsgBUGEAWohBQwBCwsgBUGYtMAAaiEACyACQRBqJAAgBEHSADYCkAIgBEHBncAANgKMAiAEQQs2AogCIARBtp3AADYChAIgBEEUNgKAAgJAIAAiAUUEQCAGIARBiAJqIgAoAgg2AhQgBiAAKQIANwIMIAZBtp3AADYCCCAGQoOAgIDAAjcDAAwBCyAEQYACahDbASAEQZABaiAEQawBakGTnsAAQQoQdgJAIAQoApABIgAEQCAEKAKUASICDQELIAZBCjYCDCAGQZOewAA2AgggBkKDgICAsAI3AwAMAQsgBEG0AWogACACEEkgBEGIAWogBEGsAWpBnZ7AAEEYEEcCQAJAAkAgBCgCiAEiAEUEQEKQHCEYDAELAkACQAJAIAQoAowBIgIOAgQAAQsgAC0AACIFQStrDgMDAQMBCyAALQAAIQULIAAgBUH/AXFBK0YiA2ohBQJAIAIgA2siAEERTwRAA0AgAEUNAiAEQfAAaiAYQgAQOiAEKQN4QgBSDQQgBCkDcCEXIARB6ABqIAUtAABBChB+IAQoAmhBAUcNBCAFQQFqIQUgAEEBayEAIBcgFyAENQJsfCIYWA0ACwwDCwNAIABFDQEgBEHgAGogBS0AAEEKEH4gBCgCYEEBRw0DIAVBAWohBSAAQQFrIQAgBDUCZCAYQgp+fCEYDAALAAsgGEIBfUKAowVaDQELIARB2ABqIARBrAFqQbWewABBGhBHAkAgBCgCWCIABEAgBEGAAmogACAEKAJcEEkgBCgCiAIhBSAEKAKEAiEAA0AgBQRAIABBIEEAIAAtAAAiAkHBAGtB/wFxQRpJGyACcjoAACAFQQFrIQUgAEEBaiEADAELCyAEIAQoAogCIgA2AuABIAQgBCkCgAIiFzcD2AFBASETIBenQYCAgIB4Rg0BIAQoAtwBIgIgAEGDjMAAQQQQwAENASACIABBz57AAEEBEMABDQEgAiAAQdCewABBAxDAAQ0BQQAhEyACIABBh4zAAEEFEMABDQEgAiAAQY2awABBARDAAQ0BIAIgAEHTnsAAQQIQwAENASAGQRU2AhQgBkHVnsAANgIQIAZBGjYCDCAGQbWewAA2AgggBkKDgICAwAI3AwAgBEHYAWoQ4gEMAwsgBEGAgICAeDYC2AFBASETCyAEQdgBahDiASAEQdAAaiAEQawBakHqnsAAQRYQRwJ/AkAgBCgCUCIABEAgACAEKAJUIgJBgJ/AAEEBEMABRQ0BCyAEQYCAgIB4NgLAAUEBDAELIARB2AFqIAAgAhCfASAEIAQoAtgBNgKIAiAEIAQoAtwBIgA2AoQCIAQgADYCgAIgBCAAIAQoAuABQQN0ajYCjAIjAEEgayIAJAAgAEEIaiAEQYACaiIDKAIMIAMoAgRrQQN2QQRBDBBcIABBADYCHCAAIAApAwg3AhQjAEEQayIMJAAgAEEUaiICIAMoAgwgAygCBGtBA3YQtgEgAikCBCEXIAwgAkEIajYCBCAMIBdCIIk3AggjAEEQayICJAAgAiADKQIINwMIIAIgAykCADcDACMAQSBrIgUkACAMQQRqIgkoAgggCSgCBCIIQQxsaiEPIAIoAgQhAyACKAIMIQ0DQCADIA1HBEAgA0EEaigCACELIAMoAgAhESACIANBCGoiAzYCBCAFQQhqIBEgCxApIAVBFGogBSgCCCAFKAIMEEkgDyAFKAIcNgIIIA8gBSkCFDcCACAPQQxqIQ8gCEEBaiEIDAELCyAJKAIAIAg2AgAgAhCxASAFQSBqJAAgAkEQaiQAIAxBEGokACAEQcABaiICIAAoAhw2AgggAiAAKQIUNwIAIABBIGokACAEKALAAUGAgICAeEYLIQACQAJAAkACQAJAAkACQAJAQbKbwAAgASgCeCIVIAEoAnwiFhB8QQAgABtFBEAgBEHIAGogBEGsAWpBgZ/AAEENEEcCQAJAIAQoAkgiAARAIARB2AFqIAAgBCgCTBA1QTAhACAEQTA2ApACQdKiwAAhBSAEQdKiwAA2AowCIARBDTYCiAIgBEGBn8AANgKEAiAEQRQ2AoACIAQoAtgBIgNBgICAgHhGDQogBCgC3AEhACAEKALgASECIARBgAJqENsBIAQgAjYCrAIgBCAANgKoAiAEIAM2AqQCIAJBEEsNASAEQQA2ArgCIARCgICAgMAANwKwAiAEIAAgAkEobGoiBTYCyAIgBCADNgLEAiAEIAA2AsACIAQgADYCvAIgBEGEAmohDyAEQeQBaiENIARB2AJqQQRyIQwCQANAIAAgBUYNBCAEIABBKGo2AsACIAQgACkCDDcDgAIgBCAAKQIUNwOIAiAEIAApAhw3A5ACIAQgACgCJDYCmAIgACgCACICQYCAgIB4Rg0EIAQgACkCBCIXNwLQAiAEIAI2AswCIAQgDykCEDcD6AIgBCAPKQIINwPgAiAEIA8pAgA3A9gCIAQgFzcC2AEgBEHYAWpBhKPAAEEIEFEEQEHCACEAQa+kwAAhBQwIC0EsIQBBg6TAACEFIBdCIIinIgJBwQBrQUBJDQcgBCAXpyIDNgLYASAEIAIgA2o2AtwBIARB2AFqIggoAgAhAiAIKAIEIQkDQCAJIAIiA0cEQCAIIAJBAWoiAjYCACADLQAAIgtB3wBGIAtBOmtB/wFxQfUBS3IgC0HfAXFB2wBrQf8BcUHlAUtyDQELCyADIAlHDQcCQAJAAkACQCAELQDYAkEDaw4CAAEDCyAEIAwoAgg2AogDIAQgDCkCADcDgANBBEEMEM4BIgAgBCgCiAM2AgggACAEKQOAAzcCAEEBIQIgBEEBNgL8AiAEIAA2AvgCIARBATYC9AJBACEIQQEhBQwBCyAEKALkAiECIAQoAuACIQAgBCAEKALcAjYC4AEgBCAANgLcASAEIAA2AtgBIAQgACACQRhsajYC5AEgBEH0AmohBSMAQTBrIgAkACAAQRRqIARB2AFqIgIQYgJAIAAoAhRBgICAgHhHBEAgAEEEQQRBDBBcIAAoAgAhCCAAKAIEIgMgACgCHDYCCCADIAApAhQ3AgAgAEEBNgIQIAAgAzYCDCAAIAg2AgggACACKQIINwMoIAAgAikCADcDICAAQQhqIQIgAEEgaiEIIwBBEGsiAyQAA0ACQCADQQRqIAgQYiADKAIEQYCAgIB4Rg0AIAIoAggiCSACKAIARgRAIAJBARC2AQsgAigCBCAJQQxsaiILIAMoAgw2AgggCyADKQIENwIAIAIgCUEBajYCCAwBCwsgCBBSIANBEGokACAFIAAoAhA2AgggBSAAKQIINwIADAELIAVBADYCCCAFQoCAgIDAADcCACACEFILIABBMGokAEEBIQhBACECIAQoAvwCIgVBBWtBfEkNAyAEKAL4AiEACyAFQQxsIQUDQCAFBEAgBUEMayEFIAAoAgghCSAAKAIEIQsgAEEMaiEAQQAhA0EAIRECQCAJQYECa0GAfkkNACALLQAAQS9HDQADQCADIAlGIhENASADIAtqIRIgA0EBaiEDIBItAABB/gBHDQAgAyAJTw0BIBJBAWotAABB/gFxQTBGDQALCyARDQEMBAsLIA0gBCkC9AI3AgAgDSAEKAL8AjYCCCAEIAQoAtQCNgLgASAEIAQpAswCNwPYASAEKAK4AiIAIAQoArACRgRAIARBsAJqEHMLIAQoArQCIABBGGxqIgIgBCkD2AE3AgAgAiAEKQPoATcCECACIAQpA+ABNwIIIAQgAEEBajYCuAIgBC0A2AJBA2tB/wFxQQJPBEAgBEHYAmoQmwELIAQoAsACIQAgBCgCyAIhBQwBCwsgBEEANgL8AiAEQoCAgIDAADcC9AJBASECQQEhCAsgBEH0AmoQ+wFBxKPAACEFQT8hAAJAAkAgBC0A2AJBA2sOAgEACAsgAg0JDAoLIAhFDQkMBwsgBEEANgLUASAEQoCAgIDAADcCzAEMAwsgBEGkAmoQ+AFB8aTAACEFQRYhAAwICyAEQbwCahBTIAQgBCgCuAI2AtQBIAQgBCkCsAI3AswBDAELIAZBxAA2AhQgBkH3oMAANgIQIAZBFjYCDCAGQeqewAA2AgggBkKDgICAwAI3AwAMBwsgBEFAayAEQawBaiABKAJQIgwgASgCVCIPEEcCQAJAIAQoAkAiAARAIAQoAkQhBQwBCyABKAIQIgAEQCABKAIUIQUMAQsgBiAPNgIMIAYgDDYCCCAGQoOAgICwAjcDAAwBCwJAIAEtAIEBRQRAIAEtAIABRQRAIARBsAJqIAAgBRBJDAILIARBsAJqIAAgBRB/DAELIARBsAJqIAAgBRBJCwJAAkAgAS0AgAFFDQAgBCgCtAIgBCgCuAIQAg0AIAZBMjYCFCAGQaCiwAA2AhAgBiAPNgIMIAYgDDYCCCAGQoOAgIDAAjcDAAwBCwJ/AkACQCABLQCDAUUEQCAEQYCAgIB4NgLYAQwBCyAEQThqIARBrAFqQY6fwABBDxBHAkAgBCgCOCIABEAgBEG8AmogACAEKAI8EH8MAQsgBCgCtAIgBCgCuAJBnZ/AAEENEMwBRQRAIARBvAJqQaqfwABBFxBJDAELIARBvAJqQcGfwABBFhBJCyAEKALAAiAEKALEAhACRQRAIAZBMjYCFCAGQaCiwAA2AhAgBkEPNgIMIAZBjp/AADYCCCAGQoOAgIDAAjcDACAEQbwCahD3AQwECyAEQTBqIARBrAFqQdefwABBDRBHIARB2AJqIAQoAjAgBCgCNBDSASAEQYACaiIAIARBsAJqEFYgBCAEKALgAjYCoAIgBCAEKQLYAjcCmAIgBCAEKQK8AjcCjAIgBCAEKALEAjYClAIgBEHYAWogAEEk/AoAACAEKALYAUGAgICAeEcNAQtBACEAQQEMAQsgBCgC7AEhACAEKALoAQshAiAEIAA2AtQCIAQgAjYC0AIgBCAEQbACajYCzAICQAJAIAEoAhgiAEUNACAEQShqIARBrAFqIAAgASgCHBBHIAQoAigiAEUNACAEQdgCaiAAIAQoAiwQnwEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQXCADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELYBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQfyAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELEBIA1BEGokACAFQRBqJAAgCUEQaiQAIARB9AJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAQgASgCWCIANgKAAiAEIAAgASgCXEEDdGo2AoQCIAQgBEHMAmo2AogCIARB9AJqIARBgAJqEE8LIAEoAjQhAgJAAkACQAJAAkACQAJAAkACQAJAAkAgASgCMCIARQ0AIARBIGogBEGsAWogACACEEcgBCgCICIDRQ0AIARB2AJqIAMgBCgCJBCfASAEIAQoAtgCNgKIAiAEIAQoAtwCIgA2AoQCIAQgADYCgAIgBCAAIAQoAuACQQN0ajYCjAIjAEEgayIDJAAgA0EIaiAEQYACaiIAKAIMIAAoAgRrQQN2QQRBDBBcIANBADYCHCADIAMpAwg3AhQjAEEQayIJJAAgA0EUaiICIAAoAgwgACgCBGtBA3YQtgEgAikCBCEXIAkgAkEIajYCBCAJIBdCIIk3AggjAEEQayIFJAAgBSAAKQIINwMIIAUgACkCADcDACMAQRBrIg0kACAJQQRqIgsoAgggCygCBCIIQQxsaiEAIAUoAgQhAiAFKAIMIREDQCACIBFHBEAgAkEEaigCACESIAIoAgAhFCAFIAJBCGoiAjYCBCANQQRqIBQgEhBJIAAgDSgCDDYCCCAAIA0pAgQ3AgAgAEEMaiEAIAhBAWohCAwBCwsgCygCACAINgIAIAUQsQEgDUEQaiQAIAVBEGokACAJQRBqJAAgBEGAA2oiACADKAIcNgIIIAAgAykCFDcCACADQSBqJAAMAQsgAS0AggENASAEIAEoAmgiADYCgAIgBCAAIAEoAmxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQYADaiAEQYACahBPCyAEQRhqIARBrAFqIAEoAmAiAiABKAJkIgMQRyAEKAIYIgBFDQEgBEHYAmoiBSAAIAQoAhwiCBAmIAQtANgCQQZGDQMgBCAEKQPoAjcDkAIgBCAEKQPgAjcDiAIgBCAEKQPYAjcDgAIgBUGLjcAAQQQQciIFRQ0CIAUtAAAgBEGAAmoQmwFBBEcNAyAEQcACaiAAIAgQSSAEQQA2ArwCDAYLIAZCg4CAgLACNwMAIAYgAiAPIAAbNgIMIAYgACAMIAAbNgIIDAcLIAEoAiAiAEUNAyAEQRBqIARBrAFqIAAgASgCJCIDEEcgBCgCECICRQ0DIAIgBCgCFCIFEAINAiAGQTI2AhQgBkGgosAANgIQIAYgAzYCDCAGIAA2AgggBkKDgICAwAI3AwAMBQsgBEGAAmoQmwELIAZBLDYCFCAGQeSfwAA2AhAgBiADNgIMIAYgAjYCCCAGQoOAgIDAAjcDAAwDCyAEQcACaiACIAUQSSAEQQE2ArwCDAELIAEoAigiAARAIARBgAJqIgIgBEHMAmogACABKAIsEBUgAS0AgwEhACAEKAKEAiAEKAKIAhACRQRAIAZBMjYCFCAGQaCiwAA2AhAgBkKDgICAwAI3AwAgBkEPIA8gAEEBcSIAGzYCDCAGQY6fwAAgDCAAGzYCCCACEPcBDAMLIAQgBCgCiAI2AsgCIAQgBCkCgAI3AsACIARBATYCvAIMAQsgBEEIaiAEKAK0AiAEKAK4AhApIARBITYCjAIgBEGQoMAANgKIAiAEIAQpAwg3AoACIARBwAJqIARBgAJqQQIQRiAEQQI2ArwCCyAEIARBrAFqQbGgwABBDhBHQQEhBQJAIAQoAgAiAkUEQEEBIQAMAQsgBCgCBCEDQQEhAEGZm8AAIBUgFhB8RQ0AIARBgAJqIAIgAxCfAQJAIAQoAogCIgJFDQAgAkEDdCEFQQAhACAEKAKEAiEDA0AgACAFRwRAIAAgA2oiCEHAoMAAENgBBEAgCEHIoMAAENgBDQMLIABBCGohAAwBCwtBwKDAACADIAIQUSEFQcigwAAgBCgChAIgBCgCiAIQUSEAIARBgAJqEP4BDAELIAZBJzYCFCAGQdCgwAA2AhAgBkEONgIMIAZBsaDAADYCCCAGQoOAgIDAAjcDACAEQYACahD+ASAEQcACahD3AQwBCyAGIAQoArwBNgIgIAYgBCkCtAE3AhggBiAEKQL0AjcCJCAGIAQoAvwCNgIsIAYgBCkCgAM3AjAgBiAEKAKIAzYCOCAGIAQpArwCNwIAIAYgBCkCxAI3AgggBiAEKALIATYCUCAGIAQpAsABNwJIIAZB1ABqIARB2AFqQST8CgAAIAYgEzoAfiAGIAA6AH0gBiAFOgB8IAYgATYCeCAGIBg3AxAgBiAEKALUATYCRCAGIAQpAswBNwI8IARBsAJqEPcBDA0LIARBgANqEPsBCyAEQfQCahD7ASAEQdgBahCyAQsgBEGwAmoQ9wELIARBzAFqEP8BDAYLIAQtANgCQQNrDgIBAgALIARB2AJqEJsBDAILIAwQ9wEMAQsgDBD6AQsgBEHMAmoQ9wEgBEG8AmoQUyAEQbACahD/AQsgBiAANgIUIAYgBTYCECAGQQ02AgwgBkGBn8AANgIIIAZCg4CAgMACNwMACyAEQcABahDmAQwBCyAGQSI2AhQgBkG7ocAANgIQIAZBGDYCDCAGQZ2ewAA2AgggBkKDgICAwAI3AwALIARBtAFqEPcBCyAEQZADaiQAAn8gBygCYEEDRwRAQQhBiAEQzgEiAEKBgICAEDcDACAAQQhqIAZBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EVRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGEjcAAQQcQewwDCyAHQQxqQfSMwABBEBB7IAcoAixBgICAgHhGDQIgAxD4AQwCCyAHQQxqIAdByABqEIYBCyAHQThqEPgBCyAQIAcoAiQ2AhggECAHKQIcNwIQIBAgBykCFDcCCCAQIAcpAgw3AgAgB0HgAWokACAOQRhqENcBIA5BEGoQ1wEgDkEgaiQAIwBBIGsiACQAIABBADYCACAAIBApAgA3AgQgACAQKQIINwIMIAAgECkCEDcCFCAAIBAoAhg2AhxBBEEoEM4BIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggASAAKQIYNwIgIABBIGokACAKQdAAaiQAIAFBCGoLjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBdIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAEOIBDAELIANBBGogARAwIAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAEOIBCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxA9IgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQFiAEKAIMDQILIABBKzYCCCAAQcSswAA2AgQgAEEBNgIADAILIABCFTcCAAwBCyAEIAIgARAWIAAgBCkDADcCBCAAQRU2AgALIARBEGokAAu0BQEGfyMAQRBrIgkkACAAIAEQWwJAAkAgAkEJTwRAIAMgAhDLASICDQFBACECDAILIAAEQAJ/QQAhAQJAEK8BIANNDQACf0EQIANBC2pBeHEgA0ELSRshBEEAIQIgABCLAiIFIAUoAgRBeHEiB2ohCAJAIAUtAARBA3EEQAJAAkACQAJAAkACQCAEIAdLBEAgCEG4zcAAKAIARg0BIAhBtM3AACgCAEYNAyAIKAIEIgZBAnENBiAGQXhxIgYgB2oiByAESQ0GIAggBhDNASAHIARrIgZBEEkNAiAFIAQQqwEgBCAFaiICIAYQqwEgAiAGEBIMBQsgByAEayIGQRBJDQQgBSAEEKsBIAQgBWoiAiAGEKsBIAIgBhASDAQLQbDNwAAoAgAgB2oiAiAESw0CDAYLIAUgBxCrAQwCC0GszcAAKAIAIAdqIgYgBEkNBAJAIAYgBGsiAkEPTQRAIAUgBhCrAUEAIQJBACEHDAELIAIgBCAFaiIHaiEGIAUgBBCrASAHIAIQ3QEgBiAGKAIEQX5xNgIEC0G0zcAAIAc2AgBBrM3AACACNgIADAELIAUgBBCrASAEIAVqIgYgAiAEayICQQFyNgIEQbDNwAAgAjYCAEG4zcAAIAY2AgALIAUhAgsgAgwCCwJ/IARBgAJPBEACQCAFKAIEQXhxIgIgBEEEakkNACACIARrQdDNwAAoAgBBAXRLDQAgBQwCCyAFKAIAGgtBAAsMAQtBAAsiAgRAIAIQigIMAgsgAxAJIgJFDQAgA0F8QXggBSgCBCIBQQNxGyABQXhxaiIBIAEgA0sbIgEEQCACIAAgAfwKAAALIAAQDSACIQELIAELIQIMAgsgAxAJIQIMAQsgAyABIAEgA0sbIgMEQCACIAAgA/wKAAALIAAgARDVAQsgCUEQaiQAIAILogEBAX8jAEEQayICJAAgAiABEDYCQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFB/4vAAEEEEG4NASAAQYGAgIB4NgIADAILIAJBBGogARBdIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAt1AQR/IwBBEGsiAiQAQQQhBANAAkAgBEUEQEEBIQUMAQsgAkEIaiABEGcgAi0ACEUNACACIAItAAlBEBB+IAIoAgBBAXFFDQAgBEEBayEEIAIoAgQgA0EEdGohAwwBCwsgACADNgIEIAAgBTYCACACQRBqJAALdQECfwJAIAEgA0cNAANAIAFFIQQgAUUNASACLQAAIQMgAC0AACEFIAFBAWshASACQQFqIQIgAEEBaiEAIAVBIEEAIAVBwQBrQf8BcUEaSRtyQf8BcSADQSBBACADQcEAa0H/AXFBGkkbckH/AXFGDQALCyAEC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBkobAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABB94XAADYCBCAAQQA2AgAPCwALyQMCA38CfiMAQUBqIgMkACADIAI5AxAgAyABNgIMIAMgADYCOCADIANBP2oiADYCNCADIAA2AjAgAyAANgIsIAMgA0EQajYCKCADIAA2AiQgAyAANgIgIAMgADYCHCADIANBDGo2AhgjAEEwayIBJAAgAUEUaiIEIANBGGoiACgCIBA7IAEoAhRFBEAgAUEIaiAEEJQBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAAoAhArAwAgACgCACgCACABIAEoAhw2AiggASABKQIUIgY3AyBBAEchBfwGIQcjAEGAAmsiACQAIABBIGogBqciBEGAAfwKAAAgBEHQqMAAQYAB/AoAAAJAAkACQAJAAkAgACkDIEIBWARAIAUNAiAAQQc2AqABIABBBGogAEGgAWoQngEMAQsgAEEEakG3qsAAQSUQewsgACkDIEICWg0BIABBIGoQxwEMAgsgAEGgAWoiBSAAQSBqQeAA/AoAACAAQQRqIAQgBSAHEDkgBRDHASAAKQMgQgJUDQELIABBIGoQPwwBCyAAQYABahCsAQsgBCAAQQRqEDggAEGAAmokACABQSBqENABIAFBMGokACADQUBrJAALjwEBAX8jAEEwayIDJAAgA0EYaiABIAIQJgJAIAMtABgiAUEGRgRAIABBgICAgHg2AgAMAQsgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAFBBUYEQCAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgAgAxCbAQsgA0EwaiQAC3sBBX8jAEEQayICJAAgASgCCEEBaiEDA0AgAkEIaiABEJABIAItAAkhBAJAAkAgAi0ACCIFRQ0AIARBCWsiBkEXSw0AQQEgBnRBk4CABHENAQsgACAFOgAAIAAgBDoAASACQRBqJAAPCyABIAM2AgggA0EBaiEDDAALAAvdAQIBfwF+IwBBEGsiAyQAAn8CQCACRQRAIANBBGogARBdQQAgAygCBCIBQYCAgIB4Rg0CGiADKQIIIQQgACgCACIAEOIBIAAgBDcCBCAAIAE2AgAMAQsjAEEwayICJAAgAkEYaiABEAggAi0AGCIBQQZGBH9BAgUgAiACKQAoNwAQIAIgAikAITcACSACIAIpABkiBDcAASACIAE6AAAgAhCbAUECIASnIAFBAUcbCyEBIAJBMGokAEEAIAFB/wFxIgFBAkYNARogACgCBCABOgAAC0EBCyADQRBqJAALhwEBAn8jAEEgayICJAAgASAAKAKEASIDIAMgACgCiAFBFGxqEGggAiABKAIYNgIYIAIgASkCEDcDECACIAEpAgg3AwggAiABKQIANwMAIAAQPyAAQgI3AwAgACACKQMANwMIIAAgAikDCDcDECAAIAIpAxA3AxggACACKAIYNgIgIAJBIGokAAuZCgIRfwJ+IwBBMGsiByQAAkAgASgCjAEiAQRAIAdBBGohCiMAQUBqIgQkAAJAIAMgAikDCCIWIAFBCGoiCykDECADfCIVIBUgFlUbIBUgAikDAKdBAXEbIBUgCy0AfhsiFVMEQCAEIAJBKGoQxgEgBCgCBCESIAQoAgAhDCAEQQA2AhQgBEKAgICAEDcCDCAEQQxqEO0BQfePwABBAxDkASACKAIUIhMgAigCGCIUEOkBQfqPwABBBBDkAUH+j8AAQQ0Q6QFBi5DAAEEDEOQBQY6QwABBDBDpAUGakMAAQQMQ5AEgAxCcAUGdkMAAQQMQ5AEgFRCcASEBIAwEQCABQaCQwABBBRDkASAMIBIQ6QEaCyACKAIkQRhsIQUgAigCICECA0AgBQRAIAEgAigCBCACKAIIEOQBIAIoAhAgAigCFBDqARogBUEYayEFIAJBGGohAgwBCwsgARD5ASIOKQIAIQMgDkEANgIAIAQgDigCCCIBNgIgIAQgAzcDGCAEQQA2AhQgBEEBNgIQIAQoAhwhDSALKAIcIQIgCygCICEIIwBBQGoiBSQAIAVBCGoiCSABQQJ0QQNuQdQAahCHASAJQZCIwABBJBB6IAlBLhBOIAVBFGoiDyANIAEQ7AEgCSAFKAIYIAUoAhwQeiAPEPcBIAUoAgwhECAFKAIQIREjAEHQAWsiASQAIAhBwQBPBEAgASAINgKUASABIAI2ApABIAEgAUGQAWpBARAHQSAhCCABIQILIAFBIGpBAEHAAPwLAANAIAYgCEcEQCABQSBqIAZqIAIgBmotAAA6AAAgBkEBaiEGDAELCyABQZABaiEIIAFBIGohDUEAIQYjAEFAaiECA0AgBkHAAEcEQCACIAZqIAYgDWotAABBNnM6AAAgBkEBaiEGDAELCyAIIAJBwAD8CgAAIAEgETYCjAEgASAQNgKIASABQcAANgKEASABIAg2AoABIAFB4ABqIhAgAUGAAWoiEUECEAdBACECIwBBQGohBgNAIAJBwABHBEAgAiAGaiACIA1qLQAAQdwAczoAACACQQFqIQIMAQsLIAggBkHAAPwKAAAgAUEgNgKMASABQcAANgKEASABIBA2AogBIAEgCDYCgAEgDyARQQIQByABQdABaiQAIAlBLhBOIAVBNGoiASAPQSAQ7AEgCSAFKAI4IAUoAjwQeiABEPcBIARBKGoiAiAFKAIQNgIIIAIgBSkCCDcCACAFQUBrJAAgBEEANgI8IARCgICAgBA3AjQgBEE0ahDtAUGlkMAAQQsQ5AEgBCgCLCAEKAIwEOkBQbCQwABBCRDkAUG5kMAAQQYQ6QFBv5DAAEEJEOQBIBUQnAFByJDAAEEEEOQBEO0BQcyQwABBAhDkASATIBQQ6QFBoJDAAEEFEOQBIQECQCAMBEAgASAMIBIQ6QEaDAELIAFB/4vAAEEEEOoBGgsgARD5AUHOkMAAQQgQ5AEgCygCeCIBKAI4IAEoAjwQ6QEQ+QEhASAKQRU2AgAgCiABKAIINgIMIAogASkCADcCBCABQQA2AgAgBEEANgI8IARBATYCOCABEPcBIAIQ9wEgBEEYahD3ASAOEPcBDAELIApBCTYCAAsgBEFAayQAIAcoAgRBFUcEQCAHIAcoAhQ2AiggByAHKQIMNwMgIAcgBykCBDcDGCAAIAdBGGoQngEMAgsgAEHIASAHQQhqEEMMAQsgAEH0qsAAQRAQewsgB0EwaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEGShsAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH3hcAANgIEIABBADYCAA8LAAtzAQF/IwBBEGsiAyQAIANBBGogASACEEkgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJ0BRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQayNwAAQIyIBRQRAIAMQ+gEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ5QEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELeAEBfgJAAkACQAJAAkBBAyAAKQMAIgGnQQJrIAFCAVgbDgQBAgMEAAsgAEEIahD3ASAAQRRqEIYCIABBIGoQ9wEPCyAAQQhqEO8BDwsgAEEIahDHAQ8LIABBCGoQxwEgAEHoAGoQ4gEPCyAAEMcBIABB4ABqEKwBC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQHAJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBNIARBCGogBRAOAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAt4AQJ/AkBBpM3AACgCACICQQEgAUEDdnQiA3FFBEBBpM3AACACIANyNgIAIAFBeHFBnMvAAGoiAiEBDAELIAFBeHFBjMrAAGoiAkGQAWohASACQZgBaigCACECCyABIAA2AgggAiAANgIMIAAgATYCDCAAIAI2AggLgAEBAn8jAEEQayIEJABBBEEUEM4BIQMgBEEEakGri8AAQRAQSSADQQw2AgQgA0G7i8AANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQXQJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQ4gEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQ4gEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDYCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEHogAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHYgBCgCCCIBBH8gBCABIAQoAgwQFiAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL1AIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEG/w8AAQckAQeTDwAAQgwEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRCtAQsgAUEBNgIEDAELIAUgCSADIAIiCBAvIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDeAQALXwEDfyMAQRBrIgMkACADQQhqIAJBAUEBEFwgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCYASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC+ABAQR/IwBBMGsiAiQAIAAoAgAhACACIAEQCCACLQAAIgRBBkcEQCACIAIpABA3ACggAiACKQAJNwAhIAIgAikAATcAGSACIAQ6ABggACgCCCIFIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQRgQIiABKAIIIgNBgYCAgHhHBEAgAyABKAIMEN4BAAsgAUEQaiQACyAAKAIEIAVBGGxqIgEgAkEYaiIDKQMQNwMQIAEgAykDCDcDCCABIAMpAwA3AwAgACAFQQFqNgIICyACQTBqJAAgBEEGRwtbAQN/IwBBEGsiASQAIAAoAggiAyECA0AgAUEIaiAAEJABAkAgAS0ACARAIAEtAAlBMGtB/wFxQQpJDQELIAFBEGokACACIANLDwsgACACQQFqIgI2AggMAAsAC2EBAn8jAEEQayIEJAAgBEEANgIMIAQgASAEQQxqEGwgBCgCBCEFIAAgAzYCECAAQQA2AgwgACADNgIIIAAgAjYCBCAAIAU6ABggACABNgIAIAAgBCgCDDYCFCAEQRBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxC3ASABIAAoAgQgACgCCGoQKCAAIAIgA2o2AggLtgICCH8BfiMAQSBrIgIkACACQQhqIAEoAgQgASgCAGtBA3ZBBEEMEFwgAkEANgIcIAIgAikDCDcCFCMAQRBrIgYkACACQRRqIgMgASgCBCABKAIAa0EDdhC2ASADKQIEIQogBiADQQhqNgIEIAYgCkIgiTcCCCMAQRBrIgckACAGQQRqIgQoAgQhCCAEKAIAIAEoAgAiBSABKAIEIgNHBEAgASgCCCEBIAQoAgggCEEMbGohBCAIIAMgBWtBA3YiA2ohCANAIAdBBGogASAFKAIAIAVBBGooAgAQFSAEIAcoAgw2AgggBCAHKQIENwIAIAVBCGohBSAEQQxqIQQgA0EBayIDDQALCyAINgIAIAdBEGokACAGQRBqJAAgACACKAIcNgIIIAAgAikCFDcCACACQSBqJAALVQEBfwJ/QQAgASgCAEEBRw0AGiABKAIEIgIgASgCCEcEQCABIAJBAWo2AgQgASACai0ADCEBQQEMAQsgAUEANgIAQQALIQIgACABOgABIAAgAjoAAAtVAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABBmRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EYbiEAA0AgAARAIABBAWshACABEJsBIAFBGGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQgQIgAEEQaiQAIAJBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBKG4hAANAIAAEQCAAQQFrIQAgARDxASABQShqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIMCIABBEGokACACQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahDCASABRSADQQFHcQ0BIAJBEGokAA8LEIcCAAtBuIXAAEE/EIgCAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMEBIAFFIANBAUdxDQEgAkEQaiQADwsQhwIAC0G4hcAAQT8QiAIAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARCoASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDeAQALVQEBfyAAIAAQigIiAkEHakF4cSACayICaiEAQbDNwAAgASACayIBNgIAQbjNwAAgADYCACAAIAFBAXI2AgRBxM3AAEGAgIABNgIAIAAgAWpBKDYCBAvRCgIJfwN+IwBBIGsiBiQAIAYgAjYCBCAGIAE2AgAgBiAANgIYIAYgBkEfaiIANgIUIAYgADYCECAGIAZBBGo2AgwgBiAGNgIIIwBB0ABrIgUkACAFQSBqIgIgBkEIaiIAKAIQEDsgBUEYaiAAKAIAKAIAIAAoAgQoAgAQfSAFQQA2AiwgBSAFKAIcIgE2AjQgBSAFKAIYIgA2AjAgBSgCIEUEQCAFQRBqIAVBLGoQhQEgBSgCECEBIAUoAhQhACAFQQhqIAIQlAEgBSgCCCICIAEgAhsiAUEBIAEbIAUoAgwgACACG0EAIAEbEIgCAAsgBSAFKAIoNgJAIAUgBSkCICIMNwM4IAUgATYCTCAFIAA2AkgjAEHgAWsiAyQAQQEhCgJAIAynIgcoAowBIgJFDQAgAigCNEUNACACKAIwIgIoAgghCSACKAIEIQoLAkAgBykDAEIDUQRAIANBIGohCCAAIQIjAEFAaiIEJAACQCABQYCAEEsEQEGAgICAeCEBDAELIARCADcCECAEIAE2AgwgBCACNgIIQYCAgIB4IQEgBEGAgICAeDYCHCAEQYCAgIB4NgIoIAQgBEEoaiILNgI4IAQgBEEcajYCNAJAAkAgBEEIaiIAQdCPwABBAiAEQTRqQeCPwAAQggFFDQAgABCVAUUNACAEKAIcIgBBgICAgHhGBEAgCxDiAQwCCyAEIAQpAiAiDTcCOCAEIAA2AjQgBCgCKCICQYCAgIB4RgRAIARBNGoQ9wEMAgsgBCkCLCEOIAAhAQwCCyAEQShqEOIBIARBHGoQ4gELCyAEQcAANgIQIARBmI7AADYCDCAEQRE2AggCQCABQYCAgIB4RgRAIAQpAwghDCAIQcAANgIIIAggDDcCAAwBCyAEQQhqENsBIAQgATYCNCAEIA03AjggBCACNgIIIAQgDjcCDCAIAn8CQCAJIA1CIIinRw0AIA2nIAogCRBmDQAgDqcgDkIgiKcQAkUEQCAIQdiOwAA2AgQgCEERNgIAQTgMAgsgCEEEaiIAIAQoAhA2AgggACAEKQIINwIAIAhBFTYCACAEQTRqEPcBDAILIAhBkI/AADYCBCAIQRE2AgBBMgs2AgggBEEIahD3ASAEQTRqEPcBCyAEQUBrJAAgAygCIEEVRwRAIANBBGogCBCGAQwCCyADIAMoAiw2AhAgAyADKQIkNwIIIANBgICAgHg2AgQMAQsgA0EEakGxqMAAQR4QewsgA0FAayIAIAdBgAH8CgAAIAdB0KjAAEGAAfwKAAAgAyADKAIcNgI4IAMgAykCFDcDMCADIAMpAgw3AyggAyADKQIEIgw3AyAgA0EEaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQADCyAHED8gB0IENwMAIAdBCGogA0HIAGpB4AD8CgAAIAcgAygCEDYCcCAHIAMpAgg3AmhBACEBQQEhCQwECyADQcgAaiEBCyADIAEoAhg2AtgBIAMgASkCEDcD0AEgAyABKQIINwPIASADIAEpAgA3A8ABIAcgA0HAAWoQOEEBIQEgAygCIEGAgICAeEYNAQwCCyAHED8gByAAQYAB/AoAACADQSBqQQRyEPcBDAILIANBIGpBBHIQ9wELAkACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQIACyAAED8MAgsgCUUNASADQcgAahDvAQwBCyABRQ0AIANByABqEMcBCyAHKQMAGiADQeABaiQAIAVByABqENcBIAVBOGoQ0AEgBUHQAGokACAGQSBqJAALxwMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBA7IABBGGogASgCACgCACABKAIEKAIAEH0gAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEIUBIAAoAhAhAiAAKAIUIQMgAEEIaiAEEJQBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCIAgALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFB3KrAAEEYEHsMAQsgAUEcaiIEAn9BByAFIAJB1pDAAEEREMABDQAaQRIgBSACQeeQwABBFBDAAQ0AGkEGIAUgAkH7kMAAQQsQwAENABogBEEjNgIIIARBhpHAADYCBEERCzYCACABIAQQngELIAYgARA4IAFBMGokACAAQcgAahDXASAAQThqENABIABB0ABqJAAgA0EgaiQAC7cUAg5/An4jAEEgayIHJAAgByACNgIEIAcgATYCACAHIAA2AhggByAHQR9qIgA2AhQgByAANgIQIAcgB0EEajYCDCAHIAc2AggjAEHQAGsiAiQAIAJBGGogB0EIaiIAKAIQEDsgAkEkaiAAKAIAKAIAIAAoAgQoAgAQSgJAIAIoAhgEQCACKAIkQYGAgIB4Rw0BCyACQRBqIAJBJGoQjQEgAigCECEBIAIoAhQhAyACQQhqIAJBGGoQlAEgAigCCCIAIAEgABsiAUEBIAEbIAIoAgwgAyAAG0EAIAEbEIgCAAsgAiACKAIgNgI4IAIgAikCGCISNwMwIAIgAikCJDcDQCACIAIoAiw2AkgjAEEQayINJAAgDUEIaiACQUBrIg8QxgEgDSgCCCEDIA0oAgwhCCMAQeACayIBJAACQCASpyIJKAKMASIARQ0AIAAoAggNACAAKAIUIQUgACgCECEECwJAAkACQCAJKQMAQgRRBEACQCAEIAMgBBsiCgRAIAFBwAFqIQYgCSgCRCELIAkoAkghDiAJLQBkIQwjAEGwAWsiACQAQYCAgIB4IQMCQCAFIAggBBsiBEGAgBBLDQAgAEIANwJ4IAAgBDYCdCAAIAo2AnAgAEGAgICAeDYCWCAAIABB2ABqNgIYAkAgAEHwAGoiBEGQjcAAQQEgAEEYakGYjcAAEIIBRQ0AIAQQlQFFDQAgACkCXCERIAAoAlghAwwBCyAAQdgAahDlAQsgAEEpNgJ4IABBwI3AADYCdCAAQRE2AnACQCADQYCAgIB4RgRAIAApAnghESAGIAAoAoABNgIUIAYgETcCDCAGQcCNwAA2AgggBkKCgICAmAI3AgAMAQsgAEHwAGoQ2wEgACADNgIMIAAgETcCECARQiCIp0EYbCEDIBGnIQQCQAJAAkACQAJAAkADQCADRQ0BIAAgBEG8iMAAQQMQchBtIAAgACkDADcCWCAAIA42AnQgACALNgJwIANBGGshAyAEQRhqIQQgAEHYAGoiECAAQfAAaiIFEJoBRQ0ACyAAIARBGGs2AjAgBSAAQTBqIgRB6Y3AAEEDEHcgACgCcEUNAyAAKAJ4IQggACgCdCEDIAUgBEG5iMAAQQMQdyAAKAJwRQ0DIAAoAnghCyAAKAJ0IQogBSAEQeyNwABBAxB3IAAoAnBFDQMgACgCeCEOIAAoAnQhBCAKBEAgACALNgJcIAAgCjYCWCAAQQU2AnQgACAMEOsBNgJwIBAgBRDfAUUNBAsgBARAIAAgDjYCdCAAIAQ2AnAgAEHwAGpBkI7AABDfAUUNBAsgACAAQTBqIgQ2AjQgDEECRgRAIANFDQQgAyAIQe+NwABBAhDAAUUNBCAAQfAAaiIDIARB8Y3AAEEDEHcgACgCcEUNBCAAIAApAnQ3AlggAEHYAGoiBEH8jcAAEJoBRQ0EIAMgAEE0aiIMQYSOwAAQJyAAKAJwIgVBgICAgHhGDQQgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIAxBhY7AABAnIAAoAnAiA0GAgICAeEYEQCAEEPABDAULIAApAnQhESAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A5ABIAAgACgCYDYCmAEgACAAKAJsIgQ2AkAgACAAKQJkNwM4AkACQCAEQSBGBEAgACgCUCAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABQYCAgIB4IQMgAEGAgICAeDYCcEEgRw0BIAAgAEH0AGoiBCkCEDcDKCAAIAQpAgg3AyAgACAEKQIANwMYDAILIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAEgAEGAgICAeDYCcAsgAEHwAGoQrAFBgYCAgHghAwsMAwsgAw0BDAMLIAZBgYCAgHg2AgAgAEEMahD6AQwFCyADIAhBho7AAEEDEMABRQ0BIABB8ABqIgMgAEE0aiIEQYmOwAAQJyAAKAJwIgVBgICAgHhGDQEgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIARBio7AABAnIAAoAnAiBUGAgICAeEYEQCAAQdgAahDwAQwCCyAAKQJ0IRIgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOgASAAIAAoAmA2AqgBIAAgACgCbCIINgJAIAAgACkCZDcDOEEAIQNBACAIQQN0ayEEIAAoAjwhCgJ/AkACQANAIAMgCEYNASADIApqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIAAoAlAiBEUNACAAKAJMIggtAABCACERQQAhAwNAIAMgCGotAAAiC61C/wGDIBFCCIaEIREgBCADQQFqIgNHDQALRQ0AIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8IAtBAXFFIARBBEsgEUIDVHJyDQEgACAAKQJ0NwMYIAAgACkCfDcDICAAIAApAoQBNwMoIAAoAnAMAgsgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwLIABB8ABqEKwBQYGAgIB4CyEDCyAAQcgAahD3ASAAQThqEPcBIANBgYCAgHhGDQAgACAAKQMoNwOAASAAIAApAyA3A3ggACAAKQMYNwNwIABBBjYCWCADQYKAgIB4Rg0BIAYgAzYCACAGIAApA3A3AgQgBiAAKQN4NwIMIAYgACkDgAE3AhQgAEHYAGoQ2wEMAgsgAEEGNgJYCyAGIAAoAmg2AhQgBiAAKQJgNwIMIAYgACkCWDcCBCAGQYKAgIB4NgIACyAAQQxqEPoBCyAAQbABaiQAIAEoAsABQYKAgIB4Rw0BIAFBBGogAUHEAWoQhgEMBAsgAUEEakHQqcAAQSEQewwDCyABIAEoAtgBNgIcIAEgASkC0AE3AhQgASABKQLIATcCDCABIAEpAsABIhE3AgQgEadBgYCAgHhGDQMgASABQQRqIgAoAhg2AjggASAAKQIQNwMwIAEgACkCCDcDKCABIAApAgA3AyAgAUFAayAJQYAB/AoAACAJQdCowABBgAH8CgAAIAEpA0BCBFINASABQcABaiIDIAFByABqQeAA/AoAACABIAAoAhg2ArgCIAEgACkCEDcDsAIgASAAKQIINwOoAiABIAApAgA3A6ACIAkQPyAJIANBgAH8CgAAIAFBqAFqEOIBDAMLIAFBBGpB8anAAEEeEHsMAQsgAUFAaxA/IAFBIGoQrAEMAQsgASABKAIcNgLYAiABIAEpAhQ3A9ACIAEgASkCDDcDyAIgASABKQIENwPAAiAJIAFBwAJqEDgLIAFB4AJqJAAgDxDiASANQRBqJAAgAkEwahDQASACQdAAaiQAIAdBIGokAAtTAQF/AkAgABCLAigCBCIAQXhxIgJBBEEIIABBA3EiABsgAWpPBEAgAEUgAiABQSdqTXINAUG4wsAAQejCwAAQ4QEAC0H4wcAAQajCwAAQ4QEACwvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQkgEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDeAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABEDYCQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAGDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ7QEiBEGli8AAQQYQ5AEgATMBGBCcAUGai8AAQQcQ5AEgASgCBCABKAIIEGFBoYvAAEEEEOQBIAEoAhAgASgCFBDpARogBBD5ARogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEPcBIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAOENwMYIAMgA0EMaq1CgICAgIADhDcDEEGogMAAIANBEGogAhCDAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEOMBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDuASEAA0AgAgRAIAAQ7gEgASgCACABKAIEEOkBIAEoAgwgASgCEBDpARD8ARogAkEUayECIAFBFGohAQwBCwsgABD8AQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDSASABQQhqEJsBIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQkAEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIABIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0cBAn9BlMvAACEAA0AgACgCACIABEAgAUEBaiEBIABBCGohAAwBCwtBzM3AAEHUzcAAKAIAIgAgASAAIAFLG0F/IAAbNgIAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQkAEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC0ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ1gEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAs+AQJ/IwBBEGsiAyQAIAIgAUEBa0sEQCADIAA2AgggAyAAIAFqNgIMIANBCGoQcUEBcyEECyADQRBqJAAgBAtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBsIARBCGogBCgCECAEKAIUIAEgAhCqASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQKCAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMUBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDyAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEE4LC0IBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB1AkAgAygCCCIARQ0AIAMoAgwiAUUNACADKAIEIAEQrQELIANBEGokAAtCAQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLOAEBfyMAQRBrIgMkACADQQhqIAAQxAEgAygCCCIABH8gACADKAIMIAEgAhA9BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAiIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ3gEACyABQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQqAEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADED0QbSAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxByIgJFDQBBACEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EBIQELIAAgATYCAAs3AQF/IABBCHYiAUUEQEEADwsgAEGAgIAITwRAQR8PCyAAQSYgAWciAGt2QQFxIABBAXRyQT5zC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQIiAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEN4BAAsgBUEQaiQACzwBAX8gACACELcBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQSSADQfQDOwEcIANBDjYCGCADQYmuwAA2AhQgACAEEIgBIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQSCAAIAMpAwg3AwAgA0EgaiQACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEBYgAyADKAIIIAMoAgwQKSAAIAMoAgAgAygCBBBJIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEI4BIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEC8iAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUHEjMAAEAogBUEQaiQACzQBAX8jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFAALNAECfyMAQRBrIgEkACABQQhqIAAQHCABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQ1wFBAAshASAAIAI2AgQgACABNgIACzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEJ4BIAJBIGokAAs4AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARBcIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ7QFBx4vAAEEFEOQBIAEoAgwgASgCEBDpAUHMi8AAQQcQ5AEgASgCBCABKAIIEOkBQdOLwABBChDkASABMwEUEJwBEPkBIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ9wEgAkEQaiQAIAAgBiAFEEMgARD3ASAEQRBqJAALjwEBBX8jAEEQayIDJAAgA0EIaiEFIwBBEGsiAiQAA0ACQCACQQhqIAEQHSACKAIIIgRFBEBBACEEDAELIAIgBCACKAIMEBYgAigCBCIGRSACKAIAIgRFcg0BCwsgBSAGNgIEIAUgBDYCACACQRBqJAAgAygCDCEBIAAgAygCCDYCACAAIAE2AgQgA0EQaiQACzYBAX8gACgCCCEBIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ9wEgAEEQaiEADAELCws2AQF/QYzLwAAhAQNAAkAgAUUNACAAIAEoAgBPBEAgARD1ASAASw0BCyABKAIIIQEMAQsLIAELOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAwALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDiAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQSCACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEIoBIAIgADYCDCABIAJBDGpBhKbAABAjIAJBEGokAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALbAECfyABLQCDAUEBRgRAQQAhASACIANB8IjAAEEDEMwBBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEEkgACAENgIACx4AIAIEQCACIAEQqAEhAQsgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEM8BQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABENABQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA2IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQJCAEQRBqJAALNAAgASgCCCIBIABHBEAgASAANgIMIAAgATYCCA8LQaTNwABBpM3AACgCAEF+IAJ3cTYCAAtAAQF/IwBBEGsiAyQAIANBCGogASACEH0gAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQLwwBCyACRQRAQQEhAwwCCyACQQEQqAELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMEN4BAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEN8BCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahD4AQsPCyAAQQRqEPcBDwsgAEEEahD6AQvJAQIDfwF+IAAQbyABQgBTBEAgAEEtEE4LIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBOIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEHYjMAAEF8ACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBmBUEBC0ULhgkBDH8jAEEgayIMJAAgDEEIaiELIwBBIGsiByQAQamRwAAhBEHVACECQQEhDUGQAyEFQf6RwAAhA0ESIQggASgCACIGIQlBASEKAkACQAJAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAZBAWsOFAABAgMEBQYHCAoLDA0ODxAREhMUHQsgASgCCCECIAEoAgQhBEEAIQZBkJLAACEDDBoLQaSSwAAhBEEmIQJBACEGQcqSwAAhAwwZC0HeksAAIQRBKiECQQAhBkGVAyEFQYiTwAAhAwwZC0Gak8AAIQRBLCECQQAhBkGTAyEFQcaTwAAhAwwYCyAHIAEoAggiCiABKAIMIglqNgIMIAcgCjYCCEEAIQYgB0EANgIQIAdBCGohBUEAIQJBICEDIwBBEGsiBCQAA0ACQCAEQQhqIAUQQCAEKAIMQYCAxABGBEAgAyECDAELIANBAWsiAw0BCwsgBEEQaiQAIAINFSAHIAUQQCAHKAIEQYCAxABGDRUCQCAHKAIAIgJFDQAgAiAJTwRAIAIgCUYNAQwVCyACIApqLAAAQUBIDRQLIAoMFAtBqZTAACEEQTohAkEAIQZBkQMhBUH7kMAAIQNBCyEIDBYLQeOUwAAhBEEjIQJBACEGQZEDIQVB1pDAACEDQREhCAwVCyABKAIIIQJBACEGQZEDIQVBhpXAACEDIAEoAgQMAQtBHiECQQAhBkGRAyEFQbGVwAAhA0GTlcAACyEEQQ0hCAwSC0G+lcAAIQRBOyECQQAhBkGRAyEFQfmVwAAhA0ETIQgMEQtBjJbAACEEQSohAkEAIQZBkQMhBUG2lsAAIQMMCwtBxJbAACEEQTshAkEAIQZBkQMhBUH/lsAAIQNBECEIDA8LQY+XwAAhBEEeIQJBACEGQZEDIQVBrZfAACEDDAgLQbyXwAAhBEEgIQJBACEGQZEDIQVB3JfAACEDDAcLQeuXwAAhBEEsIQJBACEGQZEDIQVBl5jAACEDDAYLQaaYwAAhBEE3IQJBACEGQZMDIQVB3ZjAACEDQRUhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQfKYwAAhAwwFC0GAmcAAIQRBKiECQQAhBkH3AyEFQeeQwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUG1mcAAIQNBqpnAAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVB0JnAACEDQcOZwAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtB2JPAACEEQTwhAkGRAyEFQZSUwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEEYgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCIASABENsBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQwwEjAEHQAGsiASQAIAFBEGogAxCJAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFwgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCJASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARCzAQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQPiACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQNyADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEI8BIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAtIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBEIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAZIANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQSyACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEB8gAkEQaiQACxsBAX8jAEEQayICJAAgACABEMsBIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGYFQQELRQsoACADIAQgASACEMwBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACycAIAAgASAAKAIEQQFxckECcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD3ASAAQRBBDCABG2oQ9wELGwEBfyMAQRBrIgIkACAAIAEQ1QEgAkEQaiQACzEBAX9BrM3AACgCACICBEBBtM3AACgCACACEEILQbTNwAAgADYCAEGszcAAIAE2AgALHwEBf0FAQVBB0M3AACgCAGtBd3FBA2siACAAQUBPGwuUBAEJfyMAQRBrIggkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiBCQAIAQgAkEcaiIAKAIAKAIAIAAoAgQoAgAQfSAEKAIAIQAgBCAEKAIEIgM2AgwgBCAANgIIIAJBEGohBSMAQRBrIgYkACMAQRBrIgEkACABIAM2AgwgASAANgIIQdR0IQACfwNAQQAgAEUNARogAEGEwMAAaiAAQYQBaiEAIAFBCGoQ3wFFDQALIABBwL7AAGoLIQcgAUEQaiQAAkACQCAHRQ0AIAZBBGohCiMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCAHKAJIIgAgBygCTEEDdGohBwNAAkAgAEUgACAHRnIEfyAJQShGDQEgCUH4ocAAaiEAIAlBCGohCUEABSAAQQhqCyADKAIMBEAgA0EEakEsEE4LIANBBGogACgCACAAKAIEEHohAAwBCwsgCiADKAIMNgIIIAogAykCBDcCACADQRBqJAAgBigCBEGAgICAeEYNACAFIAYoAgw2AgggBSAGKQIENwIADAELIAVBADYCCCAFQoCAgIAQNwIACyAGQRBqJAAgBEEIahDXASAEQRBqJAAgAiAFEIABIAggAikDADcCACACQTBqJAAgCCgCACAIKAIEIAhBEGokAAtPAQJ/IwBBEGsiASQAIAEgADYCDCMAQRBrIgAkACAAIAFBDGooAgAiAigCADYCDCAAIAIoAgg2AgggAEEIahD+ASAAQRBqJAAgAUEQaiQACyYAIAAoAgBBgICAgHhHBEAgABD3ASAAQRhqEOIBIABBDGoQ9wELCw0AIAAgAUEIQQQQjQILDQAgACABQRRBBBCNAgsjACACIAIoAgRBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsNACAAIAFBDEEEEI0CCw0AIAAgAUEBQQEQjQILlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQMyABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiAIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCjAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQ0gEgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBhBkIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABAzIAEoAhRFBEAgAUEIaiACEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCTDYCBCAGIAIoAkhBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBJIABBEGokACABQSBqEM8BIAFBMGokACAEQQhqIAUQjgEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8oDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDMgAigCFEUEQCACQQhqIAEQkwEgAigCCCIAQQEgABsgAigCDEEAIAAbEIgCAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHEO0BQZGLwABBAxDkASABQQhqIgEoAgQgASgCCBDpAUGUi8AAQQYQ5AEgASgCJCABKAIoEOkBQZqLwABBBxDkASABKAIQIAEoAhQQYUGhi8AAQQQQ5AEgASgCHCABKAIgEOkBEPkBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxD3ASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahDPASACQTBqJAAgBkEIaiADEIABIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAuqAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABAzIAEoAhRFBEAgAUEIaiAFEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQB4IAUoAmBBgICAgHhGGxDrAUEFEEkgACgCBEGAgICAeEYNACACIAAoAgw2AgggAiAAKQIENwIADAELIAJBADYCCCACQoCAgIAQNwIACyAAQRBqJAAgAUEgahDPASABQTBqJAAgBEEIaiACEIABIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvIBAIJfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgEkACABQRRqIgIgABAzIAEoAhRFBEAgAUEIaiACEJMBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCIAgALIAEgASgCHDYCKCABIAEpAhQiCjcDICMAQRBrIgQkAAJAAkAgCqciACkDAEIBVg0AIARBBGohCCMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAAQeAAaiIAKAIAIQkgAkEEahDtAUHpjcAAQQMQ5AEhBwJAIAlBgICAgHhGBEAgB0HvjcAAQQIQ6QFB8Y3AAEEDEOQBQfSNwABBBRDpAUGEjsAAQQEQ5AEgACgCCCAAKAIMEOkBQYWOwABBARDkASAAKAIUIAAoAhgQ6QEaDAELIAdBho7AAEEDEOkBQYmOwABBARDkASAAKAIEIAAoAggQ6QFBio7AAEEBEOQBIAAoAhAgACgCFBDpAUG5iMAAQQMQ5AEgAC0AGBDrAUEFEOkBGgsgCCAHQfSPwABBAxDkAUEBENoBEPkBIgAoAgg2AgggCCAAKQIANwIAIABBADYCACACQQA2AgwgAkEBNgIIIAAQ9wEgAkEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAFBIGoQzwEgAUEwaiQAIAZBCGogAxCAASAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAAL+AECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQMyABKAIURQRAIAFBCGogAhCTASABKAIIIgBBASAAGyABKAIMQQAgABsQiAIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEF4MAQsgAEEEaiICQeiMwABBDBB7IAUgAhBeIAIQ7wELIABBIGokACABQSBqEM8BIAFBMGokACAEQQhqIAUQgAEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC7YCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEHIwBBMGsiASQAIAFBFGoiAiAAEDMgASgCFEUEQCABQQhqIAIQkwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIgCAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIpAwBCBFINACACKAJoQYCAgIB4RwRAIAIoAnAhBiACKAJsIQUMAQsgAigCjAEiAkUNACACKAIIQQFHDQAgAigCFCEGIAIoAhAhBQsgCCAGNgIEIAggBTYCACAHIAAoAgggACgCDBDSASAAQRBqJAAgAUEgahDPASABQTBqJAAgBEEIaiAHEGQgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDMgASgCFEUEQCABQQhqIAIQkwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIgCAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJYNgIEIAYgAigCVEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEEkgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBRCOASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALGAEBfyABIANGBH8gACACIAEQZgVBAQtFC5UBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKMAQRAIABBjAFqEMgBCyAAQYABahCGAiAAED8CQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEGgARCtAQsgAUEQaiQACwuWAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQyAEMAQsgABDvAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEK0BCyABQRBqJAALCyEAIAAgAyABIAIQTSAAQQE7ASQgACACNgIgIABBADYCHAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEFRhs2AgALIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBA0YbNgIACyUAIAAgASgCCDYCBCAAIAEoAgRBACABKAIAQYCAgIB4Rxs2AgALIQAgAEE4ahD3ASAAQcQAahD3ASAAQdAAahD3ASAAENQBC6wBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEgahD3ASAAQSxqEPsBIABBOGoQ+wEgAEEMahD3ASAAQdAAahDmASAAQdwAahCyASAAQcQAahD/AQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQYgBEK0BCyABQRBqJAALCxgAIAFBgAJPBEAgACABEBsPCyAAIAEQQgseACAAIAFBA3I2AgQgACABaiIAIAAoAgRBAXI2AgQLlgIBBH8gAUEJTwRAAkAgABCvAUEQIAEgAUEQTRsiAmtPDQAgAkEQIABBC2pBeHEgAEELSRsiBGpBDGoQCSIARQ0AIAAQiwIhAQJAIAJBAWsiAyAAcUUEQCABIQAMAQsgACADakEAIAJrcRCLAiEAIAEoAgQiBUF4cSAAIAJBACAAIAFrQRBNG2oiACABayICayEDIAVBA3EEQCAAIAMQqwEgASACEKsBIAEgAhASDAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgEgBEEQak0NACAAIAQQqwEgACAEaiICIAEgBGsiARCrASACIAEQEgsgABCKAiEDCyADDwsgABAJCxgBAX8gASADTwR/IAIgACADEPIBBUEACwtQAQF/IAFBgAJPBEAgABARDwsCQCAAKAIMIgIgACgCCCIARwRAIAAgAjYCDCACIAA2AggMAQtBpM3AAEGkzcAAKAIAQX4gAUEDdndxNgIACwsXACABIAAQqAEiAEUEQCABEIkCAAsgAAseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQwQELHgEBfyAAKAIEIgEgASgCAEEBajYCACAAQQhqEMEBCx4BAX8gACgCBCIBIAEoAgBBAWs2AgAgAEEIahDCAQsbACABBEAgACABIAIQSQ8LIABBgICAgHg2AgALHgAgACgCAEGAgICAeEcEQCAAEPcBIABBDGoQ4gELCxoAIABBEGoQ9wEgAEEoahDiASAAQRxqEP0BCxEAIAAgARBbIAAEQCAAEA0LCxgAIAAgASkCADcCACAAQQhqIAFBCGoQVgsYAQF/IAAoAgQiAQRAIAAoAgAgARCtAQsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDAAUEBcwsXAQF/IAAgABCKAiIBQQdqQXhxIAFragsbACAAQYOMwABBh4zAACABG0EEQQUgARsQ6gELFQAgACgCAEEFRgRAIABBBGoQ9wELCxIAQRkgAEEBdmtBACAAQR9HGwsWACAAIAFBAXI2AgQgACABaiABNgIACx0AIAAEQCABEIkCAAtBhMTAAEEjQZjEwAAQgwEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQwAELFgEBfyAAKAIQIgEEfyABBSAAKAIUCwsNACAAQd0AIAEQgwEACxYAIAAoAgBBgICAgHhHBEAgABD3AQsLEgAgACgCAEEATgRAIAAQ9wELCxMAIAAgASACEOkBIgBBOhBOIAALFgAgACgCAEGAgICAeEcEQCAAEPoBCwsWACAAKAIAQYCAgIB4RwRAIAAQ+wELCw8AIABBAXQiAEEAIABrcgsOACABBEAgACABEK0BCwudAgEBfyAAEG8jAEEQayIDJAAgAEEiEE4gAyABNgIIIAMgASACajYCDANAAkACQAJAAkACQAJAAkACQAJAAkACQCADQQhqEIQBIgFBCGsOBgQFBgEHCAALIAFBIkYNASABQdwARg0CIAFBgIDEAEYNCQsgAUEgSQ0HIAAgARBODAkLIABB3YvAAEECEHoMCAsgAEHfi8AAQQIQegwHCyAAQeGLwABBAhB6DAYLIABB44vAAEECEHoMBQsgAEHli8AAQQIQegwECyAAQeeLwABBAhB6DAMLIABB6YvAAEECEHoMAgsgAEHri8AAQQQQeiAAIAFBBHYtAO+LQBBOIAAgAUEPcS0A74tAEE4MAQsLIABBIhBOIANBEGokACAACxAAIAAQbyAAIAEgAhB6IAALEAAgAEH/AXFBAnQoApjDQAsRACAAIAEgAkGhh8AAQQAQFAsPACAAEG8gAEH7ABBOIAALDwAgABBvIABB2wAQTiAACw8AIAAQhgIgAEEMahD3AQsPACAAEPcBIABBDGoQ9wELDwAgABD3ASAAQRBqEJsBCwsAIAAgASACEGZFCwwAIAAgASACIAMQHguVAQICfwF+IwBBMGsiASQAIAFBFGoiAiAAEDMgASgCFEUEQCABQQhqIAIQkwEgASgCCCIAQQEgABsgASgCDEEAIAAbEIgCAAsgASABKAIcNgIoIAEgASkCFCIDNwMgQQJCgIiEkDAgA6cpAwAiA6dBAmutQv8Bg0IDhoinIANCAVgbIAFBIGoQzwEgAUEwaiQAQf8BcbgLDQAgACgCACAAKAIEagsPAEHwycAAQTMgABCDAQALCgAgAEEBQQEQcAs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ8QEgAkEoaiECDAELCyAAEIMCCwsAIABB/QAQTiAACzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCbASACQRhqIQIMAQsLIAAQgQILNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPcBIAJBDGohAgwBCwsgAEEEQQwQcAsLACAAQd0AEE4gAAs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARD3ASABQQxqEPcBIAJBAWshAiABQRhqIQEMAQsLIAAQhQILCgAgAEEEQQgQcAs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARD3ASABQQxqEPsBIAJBAWshAiABQRhqIQEMAQsLIAAQhQILNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEPcBIAJBEGohAgwBCwsgABCCAgsKACAAQQhBGBBwCwoAIABBBEEQEHALCgAgAEEIQSgQcAsKACAAIAEgAhAXCwoAIABBBEEYEHALOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABEPcBIAFBFGohAQwBCwsgAEEEQRQQcAsNAEGkw8AAQRsQiAIACwkAIAAgARAAAAtnAQF/IwBBEGsiASQAIAEgADYCBCABIAFBBGqtQoCAgICAA4Q3AwgjAEEgayIAJAAgACABQQhqNgIQIABBgIXAADYCDCAAQQA6AB0gAEEAOgAcIABB9MPAADYCGCAAIABBDGo2AhQACwcAIABBCGoLBwAgAEEIawsDAAALIwEBfyAAKAIAIAAoAggiBGsgAUkEQCAAIAQgASADIAIQeQsLC7FGIwBBgIDAAAvRKBZzbGljZSBpbmRleCBzdGFydHMgYXQgwA0gYnV0IGVuZHMgYXQgwAAgaW5kZXggb3V0IG9mIGJvdW5kczogdGhlIGxlbiBpcyDAEiBidXQgdGhlIGluZGV4IGlzIMAAEnJhbmdlIHN0YXJ0IGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAEHJhbmdlIGVuZCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAHNyYy9qc29uLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAC9yb290Ly5jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvZGxtYWxsb2MtMC4yLjE0L3NyYy9kbG1hbGxvYy5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9hbGxvYy5ycwBzcmMvcmZjMzMzOS5ycwAVbWVtb3J5IGFsbG9jYXRpb24gb2YgwA0gYnl0ZXMgZmFpbGVkAAAAHgEQAE8AAADNAQAANwAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZG51bGwgcG9pbnRlciBwYXNzZWQgdG8gcnVzdHJlY3Vyc2l2ZSB1c2Ugb2YgYW4gb2JqZWN0IGRldGVjdGVkIHdoaWNoIHdvdWxkIGxlYWQgdG8gdW5zYWZlIGFsaWFzaW5nIGluIHJ1c3RBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODktX2h0dHBzOi8vaHR0cDovL2xvY2FsaG9zdDo6MfkDEAADAAAAMTI3AAQEEAADAAAAZXlKaGJHY2lPaUpJVXpJMU5pSXNJblI1Y0NJNklrcFhWQ0o5UlMyNTZhbGdraWRjcml0ADkEEAADAAAAPAQQAAMAAAA/BBAABAAAAAAAAAAMAAAABAAAAAEAAAACAAAAZXlKaGVhZGVyIGlzIG5vdCBiYXNlNjR1cmxoZWFkZXIgaXMgbm90IGEgSlNPTiBvYmplY3Qgd2l0aCBhbiBhbGdwYXlsb2FkIGlzIG5vdCBiYXNlNjR1cmxwYXlsb2FkIGlzIG5vdCBhIEpTT04gb2JqZWN0c2lnbmF0dXJlIGlzIG5vdCBiYXNlNjR1cmxFUzI1Nv8EEAAFAAAALnRoZSBzaWduYXR1cmUgaXMgZW1wdHkgb3Igbm90IG9mIGl0cyBhbGdvcml0aG0ncyBzaXplY3JpdGljYWwgaGVhZGVyIGV4dGVuc2lvbnMgYXJlIG5vdCBzdXBwb3J0ZWRhIEpXVCBoYXMgdGhyZWUgZG90LXNlcGFyYXRlZCBwYXJ0c3VybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAEAAAABAAAAAMAAAAEAAAAAAAAAAQAAAAEAAAABQAAAAYAAABuARAACwAAAE4BAAAaAAAAAAAAABAAAAAEAAAABwAAAAgAAABuARAACwAAAPEBAAAJAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAIsGEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAAPQGEAAFAAAAeHlSU0FuZXNpZwAACwcQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJpwgcQAAYAAADIBxAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzMAAADQ0QAAEAAABleHAsIG5iZiBhbmQgaWF0IG11c3QgYmUgd2hvbGUgc2Vjb25kcyBiZWxvdyAyXjYzIChubyBmcmFjdGlvbiwgbm8gZXhwb25lbnQpdGhlIHRva2VuIGhhcyBubyBleHAgY2xhaW1uYmZpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cAFodHRwczovL3N0eXRjaC5jb20vc2Vzc2lvbmV4cGlyZXNfYXR0aGUgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lYSBjbGFpbSBCUklER0VfQ0xBSU1TIG1hcHMgaXMgbm90IGEgc3RyaW5nICjiiaQgMjU2IGJ5dGVzKSwgaW50ZWdlciwgYm9vbGVhbiBvciBhcnJheSBvZiDiiaQgMzIgc3VjaCBzdHJpbmdzdG9rZW5fdXNlIGlzIG5vdCBhIHRva2VuIGtpbmQgT0lEQ19UT0tFTl9VU0UgYWNjZXB0cyAoaWQsIGFjY2VzcylPSURDX1BSRVNFVG11c3QgYmUgb25lIG9mIGNsZXJrLCBhdXRoMCwgZmlyZWJhc2UsIGNvZ25pdG8sIGVudHJhLCBnb29nbGUsIHN1cGFiYXNlIChvciB1bnNldClKV1RfU0VDUkVUQlJJREdFX1RPS0VOX1RUTF9TRUNPTkRTQlJJREdFX0NBUF9UT19QUk9WSURFUl9FWFAxeWVzbm9tdXN0IGJlIHRydWUgb3IgZmFsc2VCUklER0VfQUxMT1dFRF9PUklHSU5TKkJSSURHRV9DTEFJTVNTVFlUQ0hfQVBJX0JBU0Vwcm9qZWN0LWxpdmUtaHR0cHM6Ly90ZXN0LnN0eXRjaC5jb21odHRwczovL2FwaS5zdHl0Y2guY29tU1RZVENIX1NFQ1JFVG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19Ly53ZWxsLWtub3duL29wZW5pZC1jb25maWd1cmF0aW9uT0lEQ19UT0tFTl9VU0UATAgQAAIAAACjDRAABgAAAG11c3QgYmUgaWQsIGFjY2VzcyBvciBib3RoIChjb21tYSBsaXN0KW11c3QgbGlzdCB0aGUgYXBwJ3Mgb3JpZ2luczogdGhlIHRva2VuJ3MgYXpwIGlzIGNoZWNrZWQgYWdhaW5zdCB0aGVtbXVzdCBiZSBhbiBpbnRlZ2VyIGZyb20gMSB0byA4NjQwMG9pZGMAAADdEBAABAAAAGJhc2XsEBAABAAAABMPEAAKAAAAHQ8QABgAAAA1DxAAGgAAAGoPEAAWAAAAgQ8QAA0AAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKW11c3QgYmUgYSBKU09OIG9iamVjdCB7ImNsYWltIjogIi9qc29uL3BvaW50ZXIifQAA9wcQAAMAAAD6BxAABAAAAAsIEAADAAAAgQ0QAAMAAAAaCBAAAwAAAB0IEAADAAAAfg0QAAMAAAAgCBAABQAAAGVhY2ggY2xhaW0gbWFwcyB0byBhIEpTT04gcG9pbnRlciAoIi9vL2lkIikgb3IgYSBsaXN0IG9mIDEgdG8gNGNsYWltIG5hbWVzIGFyZSAxIHRvIDY0IGxldHRlcnMsIGRpZ2l0cyBvciBfbmFtZXMgYSByZXNlcnZlZCBjbGFpbSAoc3ViLCByb2xlLCBhdWQsIGlzcywgaWF0LCBleHAsIG5iZiwgZW1haWwpbWFwcyBhdCBtb3N0IDE2IGNsYWltc3Nlc3Npb24AAIcSEAAHAAAASAgQAAQAAAAAAAAACAAAAAQAAAANAAAADgAAAHVzZXJfaWQAtBIQAAcAAADRDRAACgAAAAAAAAAIAAAABAAAAA8AAAAQAAAAZW1haWxzAADgEhAABgAAAAAAAAAEAAAABAAAABEAAAASAAAAAAAAAAQAAAAEAAAAEwAAABQAAAB2ZXJpZmllZCAIEAAFAAAAGBMQAAgAAAAAAAAACAAAAAQAAAAVAAAAFgAAAFN0eXRjaCdzIHNlc3Npb24gcmVzcG9uc2UgaXMgbm90IGluIHRoZSBkb2N1bWVudGVkIHNoYXBlU3R5dGNoJ3Mgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1lU3R5dGNoIGFuc3dlcmVkIHNlc3Npb25zL2F1dGhlbnRpY2F0ZSB3aXRoIGFuIGVycm9yU1RZVENIX1BST0pFQ1RfSUQ6c2Vzc2lvbl90b2tlbi92MS9zZXNzaW9ucy9hdXRoZW50aWNhdGVCYXNpYyBBdXRob3JpemF0aW9uUE9TVGRpc2NvdmVyZWQgaXMgbm90IGV4cGVjdGVkIG5vdwACAEHcqMAACwEEAEHoqMAACwoBAAAAAAAAAPQBAEHQqcAAC9UKc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93T1BUSU9OU3N0eXRjaF9hbnN3ZXIgaXMgbm90IGV4cGVjdGVkIG5vd3NpZ25hdHVyZV9jaGVja2VkIGlzIG5vdCBleHBlY3RlZCBub3dmYWlsIGlzIG5vdCBleHBlY3RlZCBub3dubyBjb25maWd1cmF0aW9uQ29udGVudC1MZW5ndGh0aGUgY3JlZGVudGlhbCBpcyBub3QgYSBKV1R0aGUgc2Vzc2lvbiB0b2tlbiBoYXMgaW52YWxpZCBjaGFyYWN0ZXJzYmVhcmVyQWNjZXNzLUNvbnRyb2wtQWxsb3ctT3JpZ2luT3JpZ2luVmFyeXNlc3Npb25fand0dG9rZW50aGUgYm9keSBtdXN0IGJlIGEgSlNPTiBvYmplY3QgbGlrZSB7InRva2VuIjogIuKApiJ9Y3JlZGVudGlhbCBmaWVsZHMgbXVzdCBiZSBub24tZW1wdHkgc3RyaW5nc2Fub25faWtfQWNjZXNzLUNvbnRyb2wtQWxsb3ctTWV0aG9kc1BPU1QsIE9QVElPTlNBY2Nlc3MtQ29udHJvbC1BbGxvdy1IZWFkZXJzYXV0aG9yaXphdGlvbiwgY29udGVudC10eXBlLCB4LWNsaWVudC1pbmZvLCBhcGlrZXlBY2Nlc3MtQ29udHJvbC1NYXgtQWdlODY0MDBpbnRlcm5hbF9lcnJvclBTMjU2L2VtYWlsL3VzZXJfZW1haWwAAAAcFxAABgAAACIXEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAAJMXEAAQAAAATxcQAA0AAABcFxAADwAAAKMXEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9ANAXEAAWAAAA5hcQACkAAAAcFxAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAGEYEAAQAAAAThgQAA4AAAAoGBAADgAAAHEYEAAKAAAAe30AAJwYEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwDiExAAEQAAANcPEAANAAAAjg8QAA8AAADIGBAACwAAAHN0eXRjaC5jb20ve317YmFzZX0A9BgQAA0AAAABGRAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAALYOEAALAAAAMhkQAAsAAAAlGRAADQAAABgZEAANAAAAPRkQAAkAAAAxEBAADgAAAAABAmNsZXJrYXV0aDBmaXJlYmFzZWNvZ25pdG8veG1zX2Vkb3ZlbnRyYWh0dHBzOi8vYWNjb3VudHMuZ29vZ2xlLmNvbWdvb2dsZWFjY291bnRzLmdvb2dsZS5jb20AAJwYEAACAAAAwxkQABMAAAAvdXNlcl9tZXRhZGF0YS9lbWFpbF92ZXJpZmllZHN1cGFiYXNlAAAA/gcQAA0AAAAwFxAAAgAAAEAXEAAPAEGwtMAACxVPFxAADQAAAFwXEAAPAAAAaxcQACIAQdC0wAALQY0XEAAGAAAAjRcQAAYAAACwFxAABAAAAJMXEAAQAAAAEBgQAAIAAACjFxAACwAAAAQAAAAAAAAApQIQAAEAAAABAEGctcAACw0gGBAAAQAAAEAXEAAPAEG8tcAAC2EoGBAADgAAADYYEAAYAAAAThgQAA4AAABcGBAABQAAAFwYEAAFAAAAfBgQAAQAAABhGBAAEAAAAKAYEAABAAAAcRgQAAoAAAAEAAAAAAAAAKUCEAABAAAApQIQAAEAAAABAEHItsAACwWoGBAAGgBB2LbAAAtZwhgQAAYAAADCGBAABgAAANQYEAAEAAAA4hMQABEAAAAIGRAAAgAAAMgYEAALAAAAoBgQAAEAAAClAhAAAQAAALYNEAABAAAAAAAAASAYEAABAAAAQBcQAA8AQcS3wAALBRgZEAANAEHUt8AAC2ElGRAADQAAAN0QEAAEAAAA3RAQAAQAAABIGRAABgAAADIZEAALAAAAoBgQAAEAAAA9GRAACQAAAAQAAAAAAAAAeBkQAAMAAAABAAAAAAAAAAEBAQAgGBAAAQAAAEAXEAAPAEHIuMAACwUYGRAADQBB2LjAAAthJRkQAA0AAAB7GRAABQAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAAKAYEAABAAAAPRkQAAkAAAAEAAAAAAAAAHgZEAADAAAAsg0QAAEAAAABAQAAIBgQAAEAAABAFxAADwBBzLnAAAsFGBkQAA0AQdy5wAALYSUZEAANAAAAgBkQAAUAAADdEBAABAAAAEgZEAAGAAAAMhkQAAsAAACgGBAAAQAAAD0ZEAAJAAAABAAAAAAAAAB4GRAAAwAAAAEAAAAAAAAAAQEBACAYEAABAAAAQBcQAA8AQdC6wAALBRgZEAANAEHgusAAC2ElGRAADQAAAIUZEAAIAAAA3RAQAAQAAABIGRAABgAAADIZEAALAAAAoBgQAAEAAAA9GRAACQAAAAQAAAAAAAAAeBkQAAMAAAABAAAAAAAAAAEBAQAgGBAAAQAAAEAXEAAPAEHUu8AACwUYGRAADQBB5LvAAAthJRkQAA0AAACNGRAABwAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAAKAYEAABAAAAPRkQAAkAAAAEAAAAAAAAAHgZEAADAAAAmQ0QAAEAAAABAQEAIBgQAAEAAACUGRAACQBB2LzAAAsFGBkQAA0AQei8wAALaSUZEAANAAAAnRkQAAUAAADdEBAABAAAAEgZEAAGAAAAMhkQAAsAAACgGBAAAQAAAD0ZEAAJAAAABAAAAAAAAAB4GRAAAwAAAAEAAAAAAAAAAQEBACAYEAABAAAAQBcQAA8AAACiGRAAGwBB3L3AAAsFGBkQAA0AQey9wAALYSUZEAANAAAAvRkQAAYAAADdEBAABAAAAEgZEAAGAAAAMhkQAAsAAADYGRAAAgAAAD0ZEAAJAAAABAAAAAAAAAB4GRAAAwAAAAEAAAAAAAAAAQEBACAYEAABAAAA6BkQAB0AQeC+wAALBRgZEAANAEHwvsAAC8MFJRkQAA0AAAAFGhAACAAAAN0QEAAEAAAASBkQAAYAAAAyGRAACwAAAKAYEAABAAAAPRkQAAkAAAAQGhAAAQAAAHgZEAADAAAAAQAAAAAAAAABAQAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FuAAAAAmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThTVHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4yIQIAseM+v++kOtsUKT3o/m+8nhxxnECEAAOAAAAJQAAADUAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA+PSBzaXplICsgbWluX292ZXJoZWFkAADLARAAWgAAAOkEAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogcHNpemUgPD0gc2l6ZSArIG1heF9vdmVyaGVhZAAAywEQAFoAAADvBAAADQAAAMsBEABaAAAATQUAAB4AAADPABAATgAAAHEHAAARAAAANAQQABcXEAD/BBAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AHoBEABQAAAALAMAAAkAAAAmAhAASgAAACkCAAAJAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB6ARAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQdDEwAALCAICAAAAAAACAEGHxcAACwECAEGtxcAACwEBAEHIxcAACwEBAEGoxsAAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBssnAAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEHwycAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEHSzcAACwcBAP8PAAAXAEHkzcAACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw==";

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
