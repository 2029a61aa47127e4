// stytch-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy stytch-bridge --file functions/dist/stytch-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:865c05be4d18674e1bd49eeadb0d7aac6f9a5049022f8df2b39d3a88a105625c
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgAX8AYAN/f38Bf2ADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAACf39gBX9/f39/AGABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA5ICkAIHAwMEAwYBBQAGAwAAAgMGBAAAAAwFCQQECQUFAwIAAgAAAAAGBAINDgIJBgUDAwADAwcGAgUAAAYADwMAAgAQEQAABgIBAAUDAgQFAAMDBAcABQAAAgEBAAACAAMDAwUAAAMDAgAEAAIAAwIFAAMAAgEDBwIBBAUFBQkDAwIDAAMDAAYSAwcACQAAAAABBAYAAAIABQMFAAAHBgMABAETBAADAgICAgICBAQECQkBCRQBAQAAAAAKCgoKCgoKCgYBAQUAAAABAQYEAQEBAwEBAQADAQQEBAEABAABAQIBAQMAAAICAgcAAwMDBwcBAQEABAQCBhUCAQEBBwEBBwEBAQEBAQECAQELAAAAAAALBQQJAnABKipvAIQIBQMBABEGGQN/AUGAgMAAC38AQfTOwAALfwBBoM/AAAsH7wQbBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFoYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFsMYnJpZGdlX2JlZ2luABYPYnJpZGdlX2Vudl9rZXlzALIBCmJyaWRnZV9uZXcANRFicmlkZ2VzZXNzaW9uX2FsZwC8ARhicmlkZ2VzZXNzaW9uX2Rpc2NvdmVyZWQAXhticmlkZ2VzZXNzaW9uX2Rpc2NvdmVyeV91cmwAuQESYnJpZGdlc2Vzc2lvbl9mYWlsAF8WYnJpZGdlc2Vzc2lvbl9qd2tzX3VybAC/ARFicmlkZ2VzZXNzaW9uX2tleQC9ARJicmlkZ2VzZXNzaW9uX2tpbmQA9wETYnJpZGdlc2Vzc2lvbl9yZXBseQC+ARhicmlkZ2VzZXNzaW9uX3NlbGVjdF9rZXkAYBdicmlkZ2VzZXNzaW9uX3NpZ25hdHVyZQDAAR9icmlkZ2VzZXNzaW9uX3NpZ25hdHVyZV9jaGVja2VkADwbYnJpZGdlc2Vzc2lvbl9zaWduaW5nX2lucHV0ALoBG2JyaWRnZXNlc3Npb25fc3R5dGNoX2Fuc3dlcgApHGJyaWRnZXNlc3Npb25fc3R5dGNoX3JlcXVlc3QAuwEPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwIVX193YmluZGdlbl9leHRlcm5yZWZzAQERX193YmluZGdlbl9tYWxsb2MAeBJfX3diaW5kZ2VuX3JlYWxsb2MAhQEPX193YmluZGdlbl9mcmVlAOIBEF9fd2JpbmRnZW5fc3RhcnQAAQlJAQBBAQsphwIfqwFRnAEt9gEmqAFGpQFLpgEhpwE2qQGUAawBJ6oBP5ACjgLSAVwa+AHzAYEB8gGMAtIBkAElRI8C5AHjARn0AQwBIwr2ywSQAtMlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8EQCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVB3NLAACgCACIJRQ0CQR8hBiAAQfX//wdPDQEgBUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEHY0sAAKAIAIgRBECAAQQtqQfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUHQ0MAAaiIAIAFB2NDAAGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUHg0sAAKAIATQ0GIAENAkHc0sAAKAIAIgBFDQYgAGhBAnRBwM/AAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIADQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIoAggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIUIgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHAz8AAaiIBKAIAIAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsgACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYLIAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0HY0sAAIARBfiAHd3E2AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3IgASAAdHFoIgdBA3QiAUHQ0MAAaiICIAFB2NDAAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggMAQtB2NLAACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2AgBB4NLAACgCACICBEBB6NLAACgCACEBAkBB2NLAACgCACIEQQEgAkEDdnQiA3FFBEBB2NLAACADIARyNgIAIAJBeHFB0NDAAGoiAyEEDAELIAJBeHEiAkHQ0MAAaiEEIAJB2NDAAGooAgAhAwsgBCABNgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBB6NLAACAGNgIAQeDSwAAgBzYCAAwEC0Hc0sAAQdzSwAAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFyNgIEIAMgB2ogAzYCAEHg0sAAKAIAIgFFDQFB6NLAACgCACEAAkBB2NLAACgCACIEQQEgAUEDdnQiBnFFBEBB2NLAACAEIAZyNgIAIAFBeHFB0NDAAGoiBCEBDAELIAFBeHEiBEHQ0MAAaiEBIARB2NDAAGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDAELQejSwAAgBzYCAEHg0sAAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVrIQMCQAJAAkAgBkECdEHAz8AAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZBH0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyABIQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAgAXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QcDPwABqKAIAIQALIABFDQELA0AgAyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECICBH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQeDSwAAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJAIAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACACNgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECACG2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHAz8AAaiICKAIAIAFHBEAgASAGKAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEoAhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQdzSwABB3NLAACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2ogAzYCACADQYACTwRAIAAgAxAVDAILAkBB2NLAACgCACICQQEgA0EDdnQiBHFFBEBB2NLAACACIARyNgIAIANB+AFxQdDQwABqIgMhAgwBCyADQfgBcSIEQdDQwABqIQIgBEHY0MAAaigCACEDCyACIAA2AgggAyAANgIMIAAgAjYCDCAAIAM2AggMAQsgASADIAVqIgBBA3I2AgQgACABaiIAIAAoAgRBAXI2AgQLIAFBCGoiAA0BCwJAAkACQAJAAkAgBUHg0sAAKAIAIgFLBEAgBUHk0sAAKAIAIgBPBEAgCEEEaiEAAn8gBUGvgARqQYCAfHEiAUEQdiABQf//A3FBAEdqIgFAACIEQX9GBEBBACEBQQAMAQsgAUEQdCICQRBrIAIgBEEQdCIBQQAgAmtGGwshAiAAQQA2AgggACACNgIEIAAgATYCACAIKAIEIgFFBEBBACEADAgLIAgoAgwhB0Hw0sAAIAgoAggiBEHw0sAAKAIAaiIANgIAQfTSwAAgAEH00sAAKAIAIgIgACACSxs2AgACQAJAQezSwAAoAgAiAgRAQcDQwAAhAANAIAEgACgCACIDIAAoAgQiBmpGDQIgACgCCCIADQALDAILQfzSwAAoAgAiAEEAIAAgAU0bRQRAQfzSwAAgATYCAAtBgNPAAEH/HzYCAEHM0MAAIAc2AgBBxNDAACAENgIAQcDQwAAgATYCAEHc0MAAQdDQwAA2AgBB5NDAAEHY0MAANgIAQdjQwABB0NDAADYCAEHs0MAAQeDQwAA2AgBB4NDAAEHY0MAANgIAQfTQwABB6NDAADYCAEHo0MAAQeDQwAA2AgBB/NDAAEHw0MAANgIAQfDQwABB6NDAADYCAEGE0cAAQfjQwAA2AgBB+NDAAEHw0MAANgIAQYzRwABBgNHAADYCAEGA0cAAQfjQwAA2AgBBlNHAAEGI0cAANgIAQYjRwABBgNHAADYCAEGc0cAAQZDRwAA2AgBBkNHAAEGI0cAANgIAQZjRwABBkNHAADYCAEGk0cAAQZjRwAA2AgBBoNHAAEGY0cAANgIAQazRwABBoNHAADYCAEGo0cAAQaDRwAA2AgBBtNHAAEGo0cAANgIAQbDRwABBqNHAADYCAEG80cAAQbDRwAA2AgBBuNHAAEGw0cAANgIAQcTRwABBuNHAADYCAEHA0cAAQbjRwAA2AgBBzNHAAEHA0cAANgIAQcjRwABBwNHAADYCAEHU0cAAQcjRwAA2AgBB0NHAAEHI0cAANgIAQdzRwABB0NHAADYCAEHk0cAAQdjRwAA2AgBB2NHAAEHQ0cAANgIAQezRwABB4NHAADYCAEHg0cAAQdjRwAA2AgBB9NHAAEHo0cAANgIAQejRwABB4NHAADYCAEH80cAAQfDRwAA2AgBB8NHAAEHo0cAANgIAQYTSwABB+NHAADYCAEH40cAAQfDRwAA2AgBBjNLAAEGA0sAANgIAQYDSwABB+NHAADYCAEGU0sAAQYjSwAA2AgBBiNLAAEGA0sAANgIAQZzSwABBkNLAADYCAEGQ0sAAQYjSwAA2AgBBpNLAAEGY0sAANgIAQZjSwABBkNLAADYCAEGs0sAAQaDSwAA2AgBBoNLAAEGY0sAANgIAQbTSwABBqNLAADYCAEGo0sAAQaDSwAA2AgBBvNLAAEGw0sAANgIAQbDSwABBqNLAADYCAEHE0sAAQbjSwAA2AgBBuNLAAEGw0sAANgIAQczSwABBwNLAADYCAEHA0sAAQbjSwAA2AgBB1NLAAEHI0sAANgIAQcjSwABBwNLAADYCAEHs0sAAIAFBD2pBeHEiAEEIayICNgIAQdDSwABByNLAADYCAEHk0sAAIARBKGsiBCABIABrakEIaiIANgIAIAIgAEEBcjYCBCABIARqQSg2AgRB+NLAAEGAgIABNgIADAgLIAIgA0kgASACTXINACAAKAIMIgNBAXENACADQQF2IAdGDQMLQfzSwABB/NLAACgCACIAIAEgACABSRs2AgAgASAEaiEDQcDQwAAhAAJAAkADQCADIAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDCIDQQFxDQAgA0EBdiAHRg0BC0HA0MAAIQADQAJAIAIgACgCACIDTwRAIAIgAyAAKAIEaiIGSQ0BCyAAKAIIIQAMAQsLQezSwAAgAUEPakF4cSIAQQhrIgM2AgBB5NLAACAEQShrIgkgASAAa2pBCGoiADYCACADIABBAXI2AgQgASAJakEoNgIEQfjSwABBgICAATYCACACIAZBIGtBeHFBCGsiACAAIAJBEGpJGyIDQRs2AgRBwNDAACkCACEKIANBEGpByNDAACkCADcCACADQQhqIgAgCjcCAEHM0MAAIAc2AgBBxNDAACAENgIAQcDQwAAgATYCAEHI0MAAIAA2AgAgA0EcaiEAA0AgAEEHNgIAIABBBGoiACAGSQ0ACyACIANGDQcgAyADKAIEQX5xNgIEIAIgAyACayIAQQFyNgIEIAMgADYCACAAQYACTwRAIAIgABAVDAgLAkBB2NLAACgCACIBQQEgAEEDdnQiBHFFBEBB2NLAACABIARyNgIAIABB+AFxQdDQwABqIgAhAQwBCyAAQfgBcSIAQdDQwABqIQEgAEHY0MAAaigCACEACyABIAI2AgggACACNgIMIAIgATYCDCACIAA2AggMBwsgACABNgIAIAAgACgCBCAEajYCBCABQQ9qQXhxQQhrIgQgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgBCAFaiIAayEFIANB7NLAACgCAEYNAyADQejSwAAoAgBGDQQgAygCBCICQQNxQQFGBEAgAyACQXhxIgEQEyABIAVqIQUgASADaiIDKAIEIQILIAMgAkF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEBUMBgsCQEHY0sAAKAIAIgFBASAFQQN2dCICcUUEQEHY0sAAIAEgAnI2AgAgBUH4AXFB0NDAAGoiBSEDDAELIAVB+AFxIgFB0NDAAGohAyABQdjQwABqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0Hk0sAAIAAgBWsiATYCAEHs0sAAQezSwAAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEADAYLQejSwAAoAgAhAAJAIAEgBWsiAkEPTQRAQejSwABBADYCAEHg0sAAQQA2AgAgACABQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQeDSwAAgAjYCAEHo0sAAIAAgBWoiBDYCACAEIAJBAXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEHs0sAAQezSwAAoAgAiAEEPakF4cSIBQQhrIgI2AgBB5NLAAEHk0sAAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFBAXI2AgQgACAEakEoNgIEQfjSwABBgICAATYCAAwDC0Hs0sAAIAA2AgBB5NLAAEHk0sAAKAIAIAVqIgE2AgAgACABQQFyNgIEDAELQejSwAAgADYCAEHg0sAAQeDSwAAoAgAgBWoiATYCACAAIAFBAXI2AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQeTSwAAoAgAiASAFTQ0AQeTSwAAgASAFayIBNgIAQezSwABB7NLAACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGokACAAC+8dAh1/An4jAEHgA2siAyQAIANBDGpBAEHAAPwLACABIAJBBnRqIRggACgCHCEPIAAoAhghECAAKAIUIREgACgCECESIAAoAgwhEyAAKAIIIRQgACgCBCEVIAAoAgAhFgNAIAEgGEcEQCADQoCAgIDAADcCWCADIAE2AkwgA0HAADYCUCADIAFBQGsiGTYCVCADQcwAaiICKAIQIgdFBEBBzMbAABD5AQALQRAgAigCBCAHbiICIAJBEE8bQQJ0IQdBACECA0AgAiAHRwRAIANBDGogAmogASACaigAACINQf+B/AdxQQh4IA1BGHhB/4H8B3FyNgIAIAJBBGohAgwBCwsgAyAVNgJkIAMgETYCbCADIBY2AmAgAyASNgJoIAMgFDYCcCADIBM2AnQgAyAQNgJ4IAMgDzYCfCADKAIYIQEgAygCFCECIAMoAhAhByADIAMoAgwiDTYCvAMgAyAHNgK4AyADIAI2ArQDIAMgATYCsAMgAygCKCEIIAMoAiQhCSADKAIgIQogAyADKAIcIhc2ArwCIAMgCjYCuAIgAyAJNgK0AiADIAg2ArACIAMoAjghDCADKAI0IQ4gAygCMCEEIAMgAygCLCIaNgLcAiADIAQ2AtgCIAMgDjYC1AIgAyAMNgLQAiADKAJIIQUgAygCRCEGIAMoAkAhCyADIAMoAjwiGzYC/AIgAyALNgL4AiADIAY2AvQCIAMgBTYC8AIgAyANQZjfqJQEaiIcNgJYIAMgB0GRid2JB2oiHTYCVCADIAJBsYj80QRrIh42AlAgAyABQdvIqLIBayIfNgJMIANB0ANqIg0gA0HwAGoiASADQeAAaiICIANBzABqIgcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAeNgKMASADIB82AogBIAMgHDYChAEgAyAdNgKAASAHIAIgASADQYABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgAyAXQduE28oDaiIXNgJYIAMgCkHxo8TPBWoiCjYCVCADIAlB3PqB7gZrIgk2AlAgAyAIQavCjqcFayIINgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAJNgKcASADIAg2ApgBIAMgFzYClAEgAyAKNgKQASAHIAIgASADQZABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgAyAaQeiq4b8CayIINgJYIAMgBEGBto2UAWoiCTYCVCADIA5BvovGoQJqIgo2AlAgAyAMQcP7sagFaiIMNgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAKNgKsASADIAw2AqgBIAMgCDYCpAEgAyAJNgKgASAHIAIgASADQaABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgAyAbQfS6+ZUHaiIINgJYIAMgC0GCnIX5B2siCTYCVCADIAZB2fKPoQZrIgo2AlAgAyAFQYydkPMDayIMNgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAKNgK8ASADIAw2ArgBIAMgCDYCtAEgAyAJNgKwASAHIAIgASADQbABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgA0GQA2oiCCADQbADaiIJIANBsAJqIgogA0HQAmoiDCADQfACaiIOEBsgAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0G/rJLbAWsiCzYCWCADIAZB+vCGggFrIgY2AlQgAyAFQca7hv4AaiIFNgJQIAMgBEHMw7KgAmoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCzAEgAyAENgLIASADIAs2AsQBIAMgBjYCwAEgByACIAEgA0HAAWoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAbIAMoArADIQQgAygCtAMhBSADKAK4AyEGIAMgAygCvANB79ik7wJqIgs2AlggAyAGQaqJ0tMEaiIGNgJUIAMgBUHc08LlBWoiBTYCUCADIARB2pHmtwdqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AtwBIAMgBDYC2AEgAyALNgLUASADIAY2AtABIAcgAiABIANB0AFqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAKIAwgDiAIIAkQGyADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQa7dhr4GayILNgJYIAMgBkGT87i+BWsiBjYCVCADIAVBuLDz/wRrIgU2AlAgAyAEQbmAmoUEayIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsASADIAQ2AugBIAMgCzYC5AEgAyAGNgLgASAHIAIgASADQeABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKEBsgAygC0AIhBCADKALUAiEFIAMoAtgCIQYgAyADKALcAkGN6P/IA2siCzYCWCADIAZBud3h0gJrIgY2AlQgAyAFQdHGqTZqIgU2AlAgAyAEQefSpKEBaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgL8ASADIAQ2AvgBIAMgCzYC9AEgAyAGNgLwASAHIAIgASADQfABahAdIAMgAykCVDcDaCADIAMpAkw3A2AgDiAIIAkgCiAMEBsgAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGFldy9AmoiCzYCWCADIAZBuMLs8AJqIgY2AlQgAyAFQfzbsekEaiIFNgJQIAMgBEGTmuCZBWoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAIgAyAENgKIAiADIAs2AoQCIAMgBjYCgAIgByACIAEgA0GAAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhAbIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB1OapqAZqIgs2AlggAyAGQbuVqLMHaiIGNgJUIAMgBUHS7fTxB2siBTYCUCADIARB+6a37AZrIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2ApwCIAMgBDYCmAIgAyALNgKUAiADIAY2ApACIAcgAiABIANBkAJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGyADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwDQd+ugOoFayILNgJYIAMgBkG1s5a/BWsiBjYCVCADIAVBkOnR7QNrIgU2AlAgAyAEQd3czsQDayIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAiADIAQ2AqgCIAMgCzYCpAIgAyAGNgKgAiAHIAIgASADQaACahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJEBsgAygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkHnr7TzAmsiCzYCWCADIAZB3PObywJrIgY2AlQgAyAFQfuUx98AayIFNgJQIAMgBEHwwKqDAWoiBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCzAIgAyAENgLIAiADIAs2AsQCIAMgBjYCwAIgByACIAEgA0HAAmoQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChAbIAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMgAygC3AJBloKTzQFqIgs2AlggAyAGQYjY3fEBaiIGNgJUIAMgBUHM7qG6AmoiBTYCUCADIARBtfnCpQNqIgQ2AkwgDSABIAIgBxAdIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwCIAMgBDYC6AIgAyALNgLkAiADIAY2AuACIAcgAiABIANB4AJqEB0gAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAKIAwQGyADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQbOZ8MgDaiILNgJYIAMgBkHK1OL2BGoiBjYCVCADIAVBz5Tz3AVqIgU2AlAgAyAEQfPfucEGaiIENgJMIA0gASACIAcQHSADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKMAyADIAQ2AogDIAMgCzYChAMgAyAGNgKAAyAHIAIgASADQYADahAdIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOEBsgAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0Huhb6kB2oiCzYCWCADIAZB78aVxQdqIgY2AlQgAyAFQeyP3tkHayIFNgJQIAMgBEH4++OZB2siBDYCTCANIAEgAiAHEB0gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAMgAyAENgKoAyADIAs2AqQDIAMgBjYCoAMgByACIAEgA0GgA2oQHSADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAbIAMoArADIQggAygCtAMhCSADKAK4AyEKIAMgAygCvANBhoCE+gZrIgw2AlggAyAKQZWmvt0FayIKNgJUIAMgCUGJuJmIBGsiCTYCUCADIAhBjo66zANrIgg2AkwgA0HAA2ogASACIAcQHSADIAMpAsADNwNwIAMgAykCyAM3A3ggAyAJNgLcAyADIAg2AtgDIAMgDDYC1AMgAyAKNgLQAyAHIAIgASANEB0gAyADKQJUIiA3A2ggAyADKQJMIiE3A2AgAygCfCAPaiEPIAMoAnggEGohECADKAJ0IBNqIRMgAygCcCAUaiEUICCnIBJqIRIgIacgFmohFiADKAJsIBFqIREgAygCZCAVaiEVIBkhAQwBCwsgACAPNgIcIAAgEDYCGCAAIBE2AhQgACASNgIQIAAgEzYCDCAAIBQ2AgggACAVNgIEIAAgFjYCACADQeADaiQAC7wDAgd/AX4jAEEwayIDJAACQAJAIAIEQCACQQN0IgVBCGsiCEEDdq1CAH4gAUEIaiECpyEHIAEhBAJAA0AgBUUNASAFQQhrIQUgBCgCBCEGIARBCGohBCAGIAdqIgcgBk8NAAsjAEEQayIAJAAgAEE1NgIEIABB6MTAADYCACAAIACtQoCAgICQBYQ3AwhBzYHAACAAQQhqQaDFwAAQhwEACyADQQhqIAdBAUEBEGEgA0EANgIcIAMgAykDCDcCFCADQRRqIAEoAgAiBCAEIAEoAgRqEOoBIAcgAygCHCIBayEEIAMoAhggAWohBQNAIAhFDQIgAigCACEJIAIoAgQhASAFQQBBAUEAQdjEwAAQrwEgA0EgaiEGIAEgBEsEQEGMxMAAQRNB2MTAABCHAQAFIAYgATYCBCAGIAU2AgAgBiAEIAFrNgIMIAYgASAFajYCCCADKAIsIQQgAygCKCEFIAMoAiAgAygCJCAJIAFB2MTAABCvASAIQQhrIQggAkEIaiECDAELAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAMpAhQ3AgAgACAHIARrNgIICyADQTBqJAALsQkBDH8jAEGgAWsiAiQAIAIgADYCQCACIAAgAWo2AkQgAkFAayIHKAIAIQggBygCBCEEA0ACQCAIIgMgBEYNACAHIANBAWoiCDYCACADLQAAIgZB3ABGDQAgBkH/AGtB/wFxQaEBSw0BCwsCQCADIARHDQAgAkE4akGZjMAAQQggACABEK4BIAIoAjwhBCACKAI4IQggAkEwakGhjMAAQQcgACABEK4BIAgiA0UEQCACKAIwIgNFDQEgAigCNCEECyACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgBDYCZCACIAQ2AlAgAiADIARqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEggAigCLCIFQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAFRw0ACwsgAyACKAJgIgFqIQAgCSABayEFDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEFC0EAIQQgAkEgaiAAQQEgABsiASAFQQAgABsiAEHbABBuAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEkgAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQbiACKAIYIgRFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQSSACKAJAIgNFDQIgAigCTCEJIAIoAkghBCACKAJEIQAgAyEBDAILQQAhBCADRQ0BC0EAIQUMAQsgAiAANgJwIAIgATYCbEEAIQUgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhByALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgByIDIAxGDQAgCyADQQFqIgc2AgAgAy0AACEGIA1FBEAgBkEwa0H/AXFBCkkgBkHfAXFBwQBrQf8BcUEaSXIgBkHfAEYgBkEta0ECSXJyDQIMAQsgBkEuRiAGQTBrQf8BcUELSXIgBkHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgBEUEQCAIRQ0BDAILIAggBCAJQQUQbSIFRXINAgsgCkUEQCABIABBqIzAAEEJEDoNASACQfgAaiIDIAEgAEEuEMQBIAJBEGogAxAkIAIgAikDEDcCQEEAIQUgAkFAa0HAjMAAEJ8BRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAkIAIoAggNAAsgAA0CA0AgAiACQfgAahAkIAIoAgAiAEUhBSAARQ0DIAAgAigCBCIBQQMQbUUNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakG0jMAAENsBIQUMAQtBASEFCyACQaABaiQAIAULoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEAkCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQCSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQCSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QCSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQCSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQCSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJB/MPAABBkAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQCSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEAkgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQfzDwAAQZAALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC90GAQV/AkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxASIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJAIAEgBEsEQCAFQezSwAAoAgBGDQFB6NLAACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAIEBMgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAODAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwIC0Hg0sAAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQejSwAAgATYCAEHg0sAAIAU2AgAMBwsgBCABayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQDgwGC0Hk0sAAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkGMyMAAQbzIwAAQ3AEAC0HMx8AAQfzHwAAQ3AEAC0GMyMAAQbzIwAAQ3AEAC0HMx8AAQfzHwAAQ3AEACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEHk0sAAIAE2AgBB7NLAACAFNgIACyAGRQ0AIAAPCyADEAIiAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEAgLIAILogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFB6NLAACgCAEYEQCACKAIEQQNxQQNHDQFB4NLAACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEBMLAkACQEGA08AAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkHs0sAAKAIARg0CIAJB6NLAACgCAEYNAyACIANBeHEiAhATIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQejSwAAoAgBHDQFB4NLAACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEBVBgNPAAEGA08AAKAIAQQFrIgA2AgAgAA0GQcjQwAAoAgAiAA0CQf8fDAMLQezSwAAgATYCAEHk0sAAQeTSwAAoAgAgAGoiADYCACABIABBAXI2AgRB6NLAACgCACABRgRAQeDSwABBADYCAEHo0sAAQQA2AgALIABB+NLAACgCACICTQ0FQezSwAAoAgAiAEUNBUHk0sAAKAIAIgNBKUkNBEHA0MAAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQejSwAAgATYCAEHg0sAAQeDSwAAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQdjSwAAoAgAiAkEBIABBA3Z0IgNxRQRAQdjSwAAgAiADcjYCACAAQfgBcUHQ0MAAaiIAIQIMAQsgAEH4AXEiAEHQ0MAAaiECIABB2NDAAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBgNPAAEHI0MAAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQfjSwABBfzYCAAsL/AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahB1DQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HEEIgBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQggEgBCgCKEEBRw0GIAQ1AiwiCUIAUiAHIAcgCX0iB1VzDQYgAUEBaiEBIAJBAWohAgwACwALIAIgA2tBAWohAgNAIAJFDQMgBEEgaiABLQAAQQoQggEgBCgCIEEBRw0EIAJBAWohAiABQQFqIQEgB0IKfiAENQIkfSEHDAALAAsgBUEBayEFIAFBAWohAQsgBUEQTwRAA0AgBUUNAiAEQRBqIAcgB0I/hxBCIAQpAxggBCkDECIHQj+HUg0EIARBCGogAS0AAEEKEIIBIAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChCCASAEKAIAQQFHDQIgAUEBaiEBIAVBAWshBSAENQIEIAdCCn58IQcMAAsACyAAIAc3AwhCASEIDAELCyAAIAg3AwAgBEHQAGokAAuRCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGsgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQngEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0A2MxAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEPoBDAMLIAJBGGogARBrIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCeAQwCCyACQRBqIAEQOSACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBoRQ0BIAFB9QAQaEUNASACQQhqIAEQOSACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQRADAILIAIgAyACQTBqEHAgAkEkaiACKAIAIgMgAigCBCADahDqAQwCCwsLIABBgICAgHg2AgAgAkEkahD6AQsgAkHQAGokAAv7AwEIfyMAQRBrIgYkAAJ/AkAgA0EBcUUEQCACLQAAIgUNAUEADAILIAAgAiADQQF2IAEoAgwRAgAMAQsgASgCDCEKA0AgAkEBaiEEAkACQAJAAkAgBcBBAEgEQCAFQf8BcSIIQYABRg0BIAhBwAFHDQMgBiABNgIEIAYgADYCACAGQqCAgIAGNwIIIAMgB0EDdGoiAigCACAGIAIoAgQRBABFDQJBAQwGCyAAIAQgBUH/AXEiAiAKEQIARQRAIAIgBGohAgwEC0EBDAULIAAgAkEDaiIEIAIvAAEiAiAKEQIARQRAIAIgBGohAgwDC0EBDAQLIAdBAWohByAEIQIMAQtBoICAgAYhCyAFQQFxBEAgAigAASELIAJBBWohBAtBACEIAn8gBUECcUUEQEEAIQkgBAwBCyAELwAAIQkgBEECagshAiAFQQRxBH8gAi8AACEIIAJBAmoFIAILIQQgBUEIcQR/IAQvAAAhByAEQQJqBSAECyECIAVBEHEEQCADIAlBA3RqLwEEIQkLIAYgBUEgcQR/IAMgCEEDdGovAQQFIAgLOwEOIAYgCTsBDCAGIAs2AgggBiABNgIEIAYgADYCAEEBIAMgB0EDdGoiBCgCACAGIAQoAgQRBAANAhogB0EBaiEHCyACLQAAIgUNAAtBAAsgBkEQaiQAC7YEAgN/A34jAEGAAWsiAyQAIANCADcDICADQgA3AxggA0IANwMQIANCADcDCCADIAA2AiwgAyABLQBAIgStIgZCO4YgACkDICIHQgmGIgggBkIDhoQiBkKA/gODQiiGhCAGQoCA/AeDQhiGIAZCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAhCOIiEhIQ3AzAgASAEakGAAToAACADIANBLGo2AjwgAyAEQQFqIAFBwInAABCYASADKAIEIQAgAygCACEFA0AgAARAIAVBADoAACAAQQFrIQAgBUEBaiEFDAELCwJAIARBOHFBOEcEQCABQThqQQggA0EwakEIQdCJwAAQrwEgA0E8aiABEOkBDAELIANBPGoiACABEOkBIANBQGsiBEEAQcAA/AsAIANB+ABqQQggA0EwakEIQeCJwAAQrwEgACAEEOkBC0EAIQAgAUEAOgBAIANCoICAgMAANwJMIANBADYCRCADIANBKGo2AkAgAyADQQhqNgJIIAMoAiwhASADQUBrIgQoAhAiBUUEQEGgiMAAEPkBAAtBCCAEKAIMIAVuIgQgBEEITxtBAnQhBANAIAAgBEcEQCADIAAgAWooAgAiBUH/gfwHcUEIeCAFQRh4Qf+B/AdxcjYCQCADQQhqIABqQQQgA0FAa0EEQbDFwAAQrwEgAEEEaiEADAELCyACQSAgA0EIakEgQbCIwAAQrwEgA0GAAWokAAv/BwIJfwN+IwBBIGsiAyQAIANBCGogARA+AkAgAy0ACEUEQCAAQQY6AAAMAQsCQAJAAkACQAJAAkACQCADLQAJIggiAkEiRwRAAkACQAJAAkACQCACQS1HBEAgAkHbAEYNByACQeYARg0DIAJB7gBGDQEgAkH0AEYNAiACQfsARg0IIAhBMGtB/wFxQQpPDQkLIANBEGohBSMAQTBrIgQkACABQS0QaCEJIAEoAgghAgJAIAEQUkUEQCAFQgM3AwAMAQsCQCABKAIIIgYgAkkgBiABKAIEIgdLckUEQCABKAIAIAJqIQcgBiACayIGQQFNDQEgBy0AAEEwRw0BIAVCAzcDAAwCCyACIAYgB0HskMAAEBcACwNAAkAgCyEMIAYiAkUNACAEQSBqIAxCABBCIAQpAyhCAFINACACQQFrIQYgBy0AACEKIAdBAWohByAEKQMgIg0gCkEwa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEGhFBEAgBEEYaiABEJUBIAQtABgEQCAELQAZQSByQeUARg0CCyACRSAJcUUEQEICQgAgAhshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBSRQRAIAVCAzcDAAwDCyAEQRBqIAEQlQFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQlQECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEFIEQEICIQsMAQsgBUIDNwMADAELIAUgDDcDCCAFIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFBt5DAAEEEEHJFDQlBACECDAsLIAFBu5DAAEEEEHJFDQFBASEIQQEhAgwKCyABQb+QwABBBRByRQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQCiADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQcSQwAAQK0UEQCAAQQY6AAAgAhD9AQwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQdiQwAAQD0UEQCAAQQY6AAAgAhD7AQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC48EAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBB6NLAACgCAEYEQCACKAIEQQNxQQNHDQFB4NLAACABNgIAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiABNgIADAILIAAgAxATCwJAAkACQCACKAIEIgNBAnFFBEAgAkHs0sAAKAIARg0CIAJB6NLAACgCAEYNAyACIANBeHEiAhATIAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQejSwAAoAgBHDQFB4NLAACABNgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACABEBUPCwJAQdjSwAAoAgAiAkEBIAFBA3Z0IgNxRQRAQdjSwAAgAiADcjYCACABQfgBcUHQ0MAAaiIBIQIMAQsgAUH4AXEiAUHQ0MAAaiECIAFB2NDAAGooAgAhAQsgAiAANgIIIAEgADYCDCAAIAI2AgwgACABNgIIDwtB7NLAACAANgIAQeTSwABB5NLAACgCACABaiIBNgIAIAAgAUEBcjYCBCAAQejSwAAoAgBHDQFB4NLAAEEANgIAQejSwABBADYCAA8LQejSwAAgADYCAEHg0sAAQeDSwAAoAgAgAWoiATYCACAAIAFBAXI2AgQgACABaiABNgIACwu/BAIHfwF+IwBBQGoiAyQAIABB+wAQTARAIANBADYCJCADQoCAgIDAADcCHCADQRhqIAAQPgJAIAMtABhFDQACQCADLQAZQf0ARg0AIAIoAhAhBwNAIANBEGogABA+IAMtABBFDQIgAy0AEUEiRw0CIANBNGogABAKIAMoAjQiAkGAgICAeEYNAiADIAMpAjgiCjcCLCADIAI2AigCQAJAIAMoAiQiAkGAAkYNACACQQxsIQIgAygCICIFQQRqIQQgA0EoaiIGKAIEIQggBigCCCEGA0ACQCACRQ0AIAYgBSgCCEYEQCAEKAIAIAggBhD1AQ0BCyAFQQxqIQUgAkEMayECIARBDGohBAwBCwsgAg0AIANBCGogABA+IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCqcgCkIgiKcgBxEGAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECogAigCCCIEQYGAgIB4RwRAIAQgAigCDBDaAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQPiADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahD6AQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQkgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahD+AQsgA0FAayQAIAkLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEGEgA0EANgIcIAMgAykDCDcCFEGXjMAALQAAIQhBmIzAAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ+gEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ+gEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQngEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC84DAgN/AX4jAEGAAWsiBCQAIARBDGoiBSACIANBLxDEASAEQQE2AjQgBEE4aiICIAUQIAJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIHNwJ0IAQgAzYCcCAAIAEgB6cgB0IgiKcQRSEAIARB8ABqEPoBIABFDQAgAiAFQSz8CgAAA0AgBEHkAGogBEE4ahAgIAQoAmRBgICAgHhGDQIgBCAEKAJsIgM2AnggBCAEKQJkNwNwQQEhBQJAIANBBU8NACAEQfAAakHInsAAEK0BRQRAIAQoAnQjAEEQayICJAAgAkEANgIMIAJBMCACQQxqEHAgAyACKAIAIAIoAgQQygEgAkEQaiQADQEgBCgCeCEDC0EAIQEgBCgCdCECA0AgA0EARyEFIANFDQEgAi0AAEEwa0H/AXEiBiABQQpsaiEBIANBAWshAyACQQFqIQIgBkEKSQ0ACwsCQAJAAkACQCAALQAAQQRrDgIBAAMLIAAoAgggACgCDCAEKAJ0IAQoAngQRSIADQEMAgsgBQ0BIAEgACgCDE8NASAAKAIIIAFBGGxqIQALIARB8ABqEPoBDAELCyAEQfAAahD6AQtBACEACyAEQYABaiQAIAAL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQAiICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQDgsgAEEIaiEDCyADC4IDAQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0QcDPwABqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0HY0sAAQdjSwAAoAgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAAIAI2AhgPCw8LQdzSwABB3NLAACgCAEF+IAAoAhx3cTYCAAvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBqDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGQiMAAEBcACyAAIBQ2AgAgCkEQaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRBwM/AAGohBEEBIAJ0IgNB3NLAACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQdzSwABB3NLAACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAvEVQIRfwV+IwBBkAJrIgwkACAMIAI2AgQgDCABNgIAIAwgAzYCCCAMIAQ2AgwgDCAFNgIQIAwgBjYCFCAMIAc2AhggDCAINgIcIAwgCTkDICAMIAA2AogCIAwgDEGPAmoiADYChAIgDCAANgKAAiAMIAA2AvwBIAwgDEEgajYC+AEgDCAANgL0ASAMIAA2AvABIAwgDEEcajYC7AEgDCAMQRhqNgLoASAMIAA2AuQBIAwgADYC4AEgDCAMQRRqNgLcASAMIAxBEGo2AtgBIAwgADYC1AEgDCAANgLQASAMIAxBDGo2AswBIAwgDEEIajYCyAEgDCAANgLEASAMIAA2AsABIAwgDEEEajYCvAEgDCAMNgK4ASAMQShqIRkjAEHAAWsiBiQAAkACQCAMQbgBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBkHPADYCRCAGQcqKwAA2AkAgBkEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAYgAjYCRCAGIAE2AkAgBiABQQRqNgI8QQAhAQwCCyAGQRs2AkQgBkGvisAANgJAIAZBADYCPEEBIQEMAQsACyAGQTBqIAAoAgAoAgAgACgCBCgCABCAASAGQQA2AkggBiAGKAI0IgI2AlAgBiAGKAIwIgU2AkwgBkHUAGogACgCECgCACAAKAIUKAIAEFAgBkHgAGogACgCICgCACAAKAIkKAIAEFAgBkHsAGogACgCMCgCACAAKAI0KAIAEJ0BAkACQCABDQAgBigCVEGBgICAeEYNACAGKAJgQYGAgIB4Rg0AIAYoAmxBgICAgHhGDQAgBiAGKQJUNwOQASAGIAYoAlw2ApgBIAYgBikCYDcDoAEgBiAGKAJoNgKoASAGIAYoAnQ2ArgBIAYgBikCbDcDsAEgACgCQCsDACEJIAYgBigCRDYCgAEgBiAGKQI8NwN4IAYgAjYCjAEgBiAFNgKIASAGKAJ4IQEgBkGQAWohAyAGQaABaiEEIAZBsAFqIQcjAEHAAWsiCCQAAkAgASgCAEGAgICAeEcEQCABLwEYIREgCEGQAWohCiMAQSBrIgAkACABKAIEIRQgACABKAIIIg5BBEEUEGEgACgCACILIA5B/////wNxIgIgAiALSxshBUEAIQIgACgCBCENA0AgBQRAIABBDGogAiAUahDTASACIA1qIg8gACgCHDYCECAPIAApAhQ3AgggDyAAKQIMNwIAIAVBAWshBSACQRRqIQIMAQsLIAogDjYCCCAKIA02AgQgCiALNgIAIABBIGokACAIQZwBaiABQQxqEF0gCCAROwGoASAIQgA3A4gBIAhCgICAgMAANwOAASAIQgI3AwAgCCAIKQKQATcDCCAIIAgpApgBNwMQIAggCCkCoAE3AxggCCAIKAKoATYCICAZIAhBkAH8CgAAIAcQ+gEgBBDdASADEN0BDAELIAhBkAFqIhQgBSACEE8gCCADKAIINgKwASAIIAMpAgA3AqgBIAggBCkCADcCtAEgCCAEKAIINgK8ASAIIAcpAgA3ApwBIAggBygCCDYCpAEgCfwGIR0jAEGwBGsiBCQAIARBCGogFEEYahDHASABQQRqKAIAIhhBCGoiDiECIAQoAgghAyAEKAIMIQcjAEEgayIBJAAgBEHgAWoiBQJ/IAUCfyACKAJIQYCAgIB4RwRAIAMEQCACKAJQQQxsIQAgAigCTCECA0BBBCAARQ0EGiABIAI2AgggASADIAcQMyABIAEpAwA3AhQgAEEMayEAIAJBDGohAiABQQhqIgsgAUEUaiIPEKIBRQ0AC0EEQSgQywEhACALIAMgBxBPIA9BrrDAAEEGEE8gAEEbNgIEIABBk7DAADYCACAAQQQ2AhggAEG0sMAANgIUIAAgASkCCDcCCCAAIAEoAhA2AhAgACABKQIUNwIcIAAgASgCHDYCJEECDAILQQRBFBDLASEAIAFBFGpBrrDAAEEGEE8gAEEENgIEIABBtLDAADYCACAAIAEpAhQ3AgggACABKAIcNgIQQQEMAQtBBEEUEMsBIQAgAUEUakG4o8AAQQEQTyAAQRs2AgQgAEGTsMAANgIAIAAgASkCFDcCCCAAIAEoAhw2AhBBAQsiAjYCDCAFIAA2AgggBSACNgIEQRULNgIAIAFBIGokAAJAAkACQCAEKALgAUEVRwRAIAQgBCgC8AE2AjAgBCAEKQLoATcDKCAEIAQpAuABNwMgIAhBCGogBEEgahCjASAIQoCAgIDAADcDgAEgCEIANwOIASAIQgI3AwAMAQsgBCAEKALsATYCGCAEIAQpAuQBNwMQIARB4AFqIBQoAgQgFCgCCBBPIAQgBCgC6AEiATYCwAEgBCAEKQLgATcDuAEgBCgC5AEhAANAIAEEQCAAQSBBACAALQAAIgJB4QBrQf8BcUEaSRsgAnM6AAAgAUEBayEBIABBAWohAAwBCwsCQAJAIAQoArwBIgAgBCgCwAEiAUG1r8AAQQcQwQFFBEAgACABQeWswABBBBDBAQ0BIARBAzYC4AEgBEFAayAEQeABahCjASAEQgI3AzgMAgsgBEEFNgKMAiAEQbyywAA2AogCIARBFjYChAIgBEGmssAANgKAAiAEQTI2AvwBIARB9LHAADYC+AEgBEEcNgL0ASAEQdixwAA2AvABIARBDTYC7AEgBEHLscAANgLoASAEQRw2AuQBIARBr7HAADYC4AEjAEEgayIDJAAgA0EIaiAEQZACaiIKIARB4AFqIgJrQQR2QQRBFBBhIANBADYCHCADIAMpAwg3AhQjAEEQayIFJAAgA0EUaiIHIAogAiIBa0EEdiIAELUBIAcpAgQhGyAFIAdBCGo2AgQgBSAbQiCJNwIIIwBBIGsiByQAIAVBBGoiCygCBCEOIAsoAgAgAiAKRwRAIAsoAgggDkEUbGohCiAAIA5qIQ4gB0EUaiELA0AgASkCACEbIAsgAUEIaigCACABQQxqKAIAEE8gCiAbNwIAIAogBykCFDcCCCAKIAcoAhw2AhAgAUEQaiEBIApBFGohCiAAQQFrIgANAAsLIA42AgAgB0EgaiQAIAVBEGokACAEQYgDaiIBIAMoAhw2AgggASADKQIUNwIAIANBIGokACACQcWewABBARBPIAQoApADIgIgBCgCiANGBEAjAEEQayIAJAAgAEEIaiABIAEoAgBBAUEEQRQQKiAAKAIIIgFBgYCAgHhHBEAgASAAKAIMENoBAAsgAEEQaiQACyAEKAKMAyACQRRsaiIAIAQoAugBNgIQIAAgBCkC4AE3AgggAEEONgIEIABBvK/AADYCACAEQcwBOwFYIARBADYCVCAEQoCAgIAQNwJMIARCAjcDOCAEIAJBAWo2AkggBCAEKQKIAzcDQAwBCyAEQeABaiEHIBgoAoABIQ8jAEGQAWsiAyQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgFCgCFCIAQYCABE0EQCADQRhqIBRBJGoQxwECQCADKAIYIgtFDQAgA0EQaiALIAMoAhwQHiADQeAAaiADKAIQIAMoAhRBIBBJIAMoAmAiAUUNACADKAJsIQIgAygCaCEFIAEgAygCZEGNsMAAQQYQOgRAIANBCGogBSACEB4gAygCCCENIAMoAgwhCwsCQCANRSALRXINACANIAtBp7HAAEEFEMoBDQAgDSALQayxwABBAxDKAUUNAQtBACENCyADIBQoAhAiASAAEB5BAiECIAMoAgRFDQYgA0HgAGogASAAEC8CfwJAIAMtAGAiAEEFRwRAIA1FDQFBFSEFQQIMAgsgAyADKAJsNgJYIAMgAykCZDcDUCADIANB0ABqNgJ8IA8tAIMBRQ0HIANB4ABqIANB/ABqQbiwwABBCxA3IAMoAmghACADKAJkIQIgAygCYCIFQRVHDQQgAgRAIANBNGogAiAAEE9BACECDAQLIANB4ABqIANB/ABqQayswABBDRA3IAMoAmghACADKAJkIQIgAygCYCIFQRVHDQQgAkUNByADQTRqIAIgABBPQQEhAgwDCyADQTQ2AjRBASEFQciwwAALIQIgAyAFNgIsIABBBU8NBCADQeAAahCgAQwECyAHQQI2AgAMDAsgAyACNgIwQRUhBQwBCyADIAMpAmw3AjggAyAANgI0IAMgAjYCMCADIAU2AiwLIANB0ABqEPsBCyAFQRVGDQEMAgsgA0HgAGogA0H8AGpBw7DAAEEFEDcgAygCaCEAIAMoAmQhAiADKAJgIgVBFUcEQCADIAMpAmw3AjggAyAANgI0IANB0ABqEPsBDAILAkAgAgRAIANBgAFqIA8gAiAAEJYBDAELIANBAjYCgAELIAMgAykCiAE3AjggAyADKQKAATcCMCADQdAAahD7ASADKAIwIQILIAMgAykCNDcDQCADIAMoAjw2AkggAkECRg0BIAMgAygCSDYCbCADIAMpA0A3AmQgAyACNgJgDAILIAMgAygCPCIANgIoIAMgAykCNCIbNwMgIAcgADYCECAHIBs3AgggByACNgIEIAcgBTYCAAwFCyANRQ0BIANB4ABqIA8gDSALEJYBCyADKAJsIgBBgMAASw0BAkACQCADKAJgRQRAQQAhAiADKAJoIQFBACEFA0AgACACRwRAIAEgAmohCyACQQFqIQIgBSALLQAAQS5GaiEFDAELCyAFQQJGDQEgB0EbNgIIIAdByq/AADYCBCAHQQE2AgAMBQsgAyADKAJoIgE2AiwgAyAAIAFqNgIwIANBLGoiAigCACEAIAIoAgQhBQNAIAUgACIBRwRAIAIgAEEBaiIANgIAIAEtAABB/wBrQf8BcUGhAUsNAQsLIAEgBUcNAQsgByADKQJoNwIMIAcgAykCYDcCBCAHQRU2AgAMBAsgB0EoNgIIIAdB5a/AADYCBCAHQQE2AgAMAgsgB0EANgIADAILIAdBAjYCAAsgA0HkAGoQ+gELIANBkAFqJAAgBCkC7AEhGyAEKALoASEBIAQoAuQBIQACQAJAIAQoAuABIgVBFUcNAAJAAkAgAEEBRgRAIAQgATYCyAMgBCAbNwLMAyAbpyEFIBtCIIinIQsjAEHwAGsiACQAIA4oAlQhASAAQRE2AiggAEGarMAANgIkIABBEzYCIAJAIAFBgICAgHhGBEAgByAAQShqIgEoAgg2AhQgByABKQIANwIMIAdBmqzAADYCCCAHQoCAgIC4AjcCAAwBCyAAQSBqENkBIABBCGogDkHsAGoQxwEgACgCDCEDIAAoAgghASAAQQ02AiggAEGPpMAANgIkIABBEzYCICABRQRAIAdBDTYCDCAHQY+kwAA2AgggB0KAgICAuAI3AgAMAQsgAEEgaiICENkBIAAgAzYCNCAAIAE2AjAgAEEBNgIsIABBq6zAADYCKCAAIA4pA1g3AiAgAEHIAGoiAyACQQMQBCAAQRRqIg0gACgCTCAAKAJQQZmLwABBARAYIAMQ+gEgAEEANgIoIABCgICAgBA3AiAgAhDtAUGsrMAAQQ0Q3wEgBSALEOYBEPwBIgEpAgAhGyABQQA2AgAgACABKAIINgJAIAAgGzcDOCAAQQA2AiggAEEBNgIkIAEQ+gEgAEEZNgJUIABBuazAADYCUCAAIA4pAmQ3AkggByADQQIQBEEEQSgQywEhASAAIAApAhg3AiggAEEGNgIkIABB0qzAADYCICAAQdgAaiACQQIQBCAAQeQAakHjj8AAQRAQTyABQQ02AgQgAUHYrMAANgIAIAFBDDYCGCABQfOPwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIAdBAjYCFCAHIAE2AhAgB0ECNgIMIAcgACkDODcCGCAHIAAoAkA2AiAgB0EENgIoIAdB5azAADYCJCANEPoBCyAAQfAAaiQAIAQgBCkC7AE3A4gDIAQgBCgC9AE2ApADIAQoAugBIQAgBCgC5AEhBSAEKALgASIBQYCAgIB4Rw0BIAQoAogDIQEgBCkCjAMhGyAEQcgDahD6AQwDCyAEIAE2AvACIAQgGzcC9AIgDygCcCIAIA8oAnRqIQUjAEEgayICJAAgAkEIaiAFIABrIgFBBEEIEGEgAkEANgIcIAIgAikDCDcCFCMAQRBrIgMkACACQRRqIgcgARC2ASAHKQIEIR8gAyAHQQhqNgIEIAMgH0IgiTcCCCADQQRqIgooAgQhByAKKAIAIAAgBUcEfyAFIAdqIABrIAooAgggB0EDdGohCgNAIAAtAAAhByAKQQRqQQU2AgAgCiAHEOgBNgIAIABBAWohACAKQQhqIQogAUEBayIBDQALBSAHCzYCACADQRBqJAAgBEH8AmoiACACKAIcNgIIIAAgAikCFDcCACACQSBqJAAgBEHgAWohAyAEKAKAAyEQIAQoAoQDIRVBACENIwBBsAJrIgIkACACQShqIgAgG6cgG0IgiKdBLhDEASACQSBqIAAQJCACKAIkIQsgAigCICEHIAJBGGogABAkIAIoAhwhDyACKAIYIQogAkEQaiAAECQgAigCFCEWIAIoAhAhESACQQhqIAAQJAJAAkAgEUUgB0UgCkVyckUEQCACKAIIRQ0BCyADQSM2AgwgA0Gmj8AANgIIIANCgICAgIiAgICAfzcCAAwBCyACQfgBaiIBIAcgCxAQIAJBFzYCZCACQauNwAA2AmBBgICAgHghACACQYCAgIB4NgJcIAJBuAFqIAEgAkHcAGoQZSACIAIpArwBNwOgAiACIAIoAsQBNgKoAiACKAK4AUEBRgRAIAMgAigCqAI2AgwgAyACKQOgAjcCBCADQYCAgIB4NgIADAELIAIgAigCqAIiBTYCWCACIAIpA6ACNwNQAkAgBUGAgBBLDQAgAigCVCEAIAJCADcCwAEgAiAFNgK8ASACIAA2ArgBQYCAgIB4IQAgAkGAgICAeDYCkAIgAkGAgICAeDYCoAIgAkEAOgCoASACIAJBqAFqNgKAAiACIAJBoAJqIhI2AvwBIAIgAkGQAmo2AvgBAkAgAkG4AWoiAUH8jMAAQQMgAkH4AWpBlI3AABCGAUUNACABEJsBRQ0AIAIoApACIgFBgICAgHhGBEAgEhDdAQwCCyACLQCoASENIAIpAqQCIR4gAigCoAIhBSACKQKUAiEcIAEhAAwBCyACQaACahDdASACQZACahDdAQsgAkEnNgLAASACQcKNwAA2ArwBIAJBgICAgHg2ArgBAkAgAEGAgICAeEYEQCACKQO4ASEcIANBJzYCDCADIBw3AgQgA0GAgICAeDYCAAwBCyACQbgBaiIBEN4BIAIgDToAdCACIB43AmwgAiAFNgJoIAIgHDcCYCACIAA2AlwgAiAcNwK4ASACQegAaiEAAkAgASAQIBUQV0UEQCADIAIoAmQ2AgwgAyACKQJcNwIEIANBgICAgHg2AgAMAQsCQCANQQFxRQRAIAVBgICAgHhHIB5C/////w9WcUUEQCADQoCAgICogICAgH83AgAMAgsgAiAAKAIINgKAASACIAApAgA3A3ggAkGgAmoiACAKIA8QECACQRg2AoACIAJB6Y3AADYC/AEgAkGAgICAeDYC+AEgAkG4AWogACACQfgBahBlIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ApABIAIgAikDkAI3A4gBIAJB+AFqIAIoAowBIAAQPSACQRw2AsABIAJBgY7AADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIhw3A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQ3gEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgESAWEBAgAkEaNgKAAiACQZ2OwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBlIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQbyOwAAQrQEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAPNgKMAiACIAo2AogCIAJBATYChAIgAkHEjsAANgKAAiACIAs2AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxAEIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ+gEgAkHQAGoQ+gEMCAsgA0E1NgIMIANBxY7AADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ+gELIAJBmAFqEPsBCyACQYgBahD6AQsgAkH4AGoQ+gEgAkHcAGoQ+gEMAwsgA0EsNgIMIANB+o7AADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqEPoBIAIoAmghBQsgBUGAgICAeEYNACAAEPoBCyACQdAAahD6AQsgAkGwAmokACAEKALsASEBIAQoAuQBIQMCQAJAIAQoAuABIgJBgICAgHhGBEBBBiEFIAQoAugBIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAa0hG0EFIQUgACEBIAMhAAsgACECDAELIAQoAugBIRUgBCkC8AEhGyAEQaADaiIWIARB+AFqQST8CgAAIAQgGzcCmAMgBCABNgKUAyAEIBU2ApADIAQgAzYCjAMgBCACNgKIAyAEQeABaiEHIAQoArwDIQ0gBCgCwAMhDyMAQcABayIFJAAgDigCeCELIAVB6ABqIA0gD0HVlMAAEC4CQCAFKAJoQQFGBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMAQsgBSkDeCEcIAUoAnAgBUEaNgJwIAVBnJ/AADYCbCAFQQg2AmhFBEAgByAFKQJsNwIMIAdBCDYCCCAHQgI3AwAMAQsgBUHoAGoiABDZAQJAAkBC////////////ACAcQjx8IhsgGyAcUxsgHVUEQCAAIA0gD0G2n8AAEC4gBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLIB1CPHwhGyAFKQNwQgFRBEAgBSkDeCAbVQ0CCyAFQegAaiANIA9B0pTAABAuIAUoAmgEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwECwJAAkACQCAFKQNwQgFRBEAgBSkDeCAbVQ0BCyAFQeAAaiANIA9BuZ/AAEEDEEUQcSAFKAJgIgFFDQEgBSgCZCEAIAstAIEBRQRAIAVB2ABqIAEgABAzIAUoAlgiAUUNAiAFKAJcIQALIAUgATYCaCAFIAA2AmwgDigCLEEMbCEBIA4oAighAANAIAFFDQIgAUEMayEBIAUgADYCtAEgAEEMaiEAIAVBtAFqIAVB6ABqEKIBRQ0AC0GNiMAAIAsoAngiECALKAJ8IhIQfw0CDAULIAdCAjcDACAHQQo2AggMBQsgB0ICNwMAIAdBCzYCCAwECyANIA9BvJ/AAEEDEEVBv5/AAEESEChFDQIgB0ICNwMAIAdBEDYCCAwDCyAHQgI3AwAgB0EJNgIIDAILIAdCAjcDACAHQQo2AggMAQtBAyERQcOUwAAhCgJAAkBB0Z/AACAQIBIQf0UNACAFQdAAaiANIA9B0p/AAEEJEEUQcSAFKAJQIgBFDQEgACAFKAJUIgFBhJXAAEECEMEBRQRAIAAgAUHbn8AAQQYQwQFFDQIgDi0AfUEBcUUNAkEJIRFB4Z/AACEKDAELIA4tAHxFDQELAkACQCAOKAI4IgAEQCAAQQxsIQAgDigCNCEBA0AgAEUNAiAAQQxrIQAgASgCCCETIAEoAgQhFyABQQxqIQEgDSAPIAogERBFIBcgExAoRQ0ACwtB6p/AACAQIBIQf0UNASANIA9B65/AAEEDEEUiAEUNASAFQcgAaiAAEMYBAkAgBSgCSCIKRQ0AIAUoAkwhE0EEIA4oAkwgDigCSEGAgICAeEYiARshAEEAIA4oAlAgARtBDGwhAQNAIAFFDQEgBSAANgK0ASAFQUBrIAogExAzIAUgBSkDQDcCaCABQQxrIQEgAEEMaiEAIAVBtAFqIAVB6ABqEKIBRQ0ACwwCCyAHQgI3AwAgB0EMNgIIDAMLIAdCAjcDACAHQQw2AggMAgsCQCANIA9Br5TAAEEDEEUiAEUNACAALQAAQQNHDQAgBUE4aiAAKAIIIAAoAgwQHiAFKAI8RQ0AIAVBgAFqIABBBGoQXQJAIAsoAgAiAUUEQCAFQYCAgIB4NgKMAQwBCyALKAIEQQN0IQAgCygCDCEXIAsoAgghGgJAA0BBACEKIABFDQECQAJAIA0gDyABKAIAIAEoAgQQESITRQ0AIAVBMGogExDGASAFKAIwIhNFDQAgBSgCNCIRDQELIAFBCGohASAAQQhrIQAMAQsLIBNFDQAgDSAPIBogFxARIgBFDQAgAC0AAEEBRw0AIBNBACAALQABGyEKCyAFQYwBaiAKIBEQzwELIAUgBSgClAE2AqABIAUgBSkCjAE3A5gBAkACQEHun8AAIBAgEhB/RQ0AAkACQAJAAkAgDSAPQe+fwABBGhBFIgAEQCAFQShqIAAQxQEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAUGJoMAAQQoQRRBxIAUoAiAiCg0CDAMLIAsoAgANBQwDCyALKAIADQQMAgsgBUHoAGogCiAFKAIkEAYgBSkDcCEbIAUoAmggBUEuNgJwIAVBk6DAADYCbCAFQQg2AmhFBEAgBSkCbCEbIAcgBSkCdDcCFCAHIBs3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDZASAbIB1VBEAgGyAcIBsgHFMbIRwMAQsgB0ICNwMAIAdBDjYCCAwECyALKAIADQIgACABQZaewABBFhBFIgBFDQAgBUEYaiIBIAAoAgw2AgQgASAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIBRQ0AIAUoAhxBGGwhCgNAIApFDQECQAJAIAFBrJ7AAEEMEHYiAEUNACAAQbiewABBDRB2IgBFDQAgBUEQaiAAEMYBIAVB6ABqIAUoAhAiAEEAIAUoAhQiCxtBACAAGyALEM8BIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAUEYaiEBIApBGGshCgwACwALIAVBgICAgHg2AmgLIAVBmAFqEN0BIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgDigCQCIBIA4oAkRBGGxqIRMDQAJAAkAgASATRwRAIAFBGGohACABKAIUQQxsIQogASgCECELA0AgCkUNAyANIA8gCygCBCALKAIIEBEiEARAIBAtAAAiEg0DCyALQQxqIQsgCkEMayEKDAALAAsgByAFKAKIATYCGCAHIAUpAoABNwIQIAcgBSkDmAE3AiggByAFKAKgATYCMCAHIAUpAqgBNwIcIAcgBSgCsAE2AiQgByAcNwMIIAdCATcDAAwGCyAFQQA2ArwBIAVCgICAgBA3ArQBQYCAgIB4IRECQAJAAkACQAJAAkACQAJAIBJBAWsOBAEDAgAHCyAQKAIMIgpBIU8NBiAKQRhsIQsgBUG0AWoQ7gEhEiAQKAIIIQoDQCALRQ0EIAVBCGogChDGASAFKAIIIhBFDQcgBSgCDCIXQYACSw0HIBIgECAXEOYBGiALQRhrIQsgCkEYaiEKDAALAAsgBUG0AWogEC0AARDYARoMBAsgECgCDCIKQYECTw0EIAVBtAFqIBAoAgggChDmARoMAwsgBUHoAGogEBBvIAUoAmgNAQwDCyASEP8BGgwBCyAFQbQBaiAFKQNwEKEBGgsgBSkCuAEhHSAFQQA2ArwBIAUoArQBIREgBUKAgICAEDcCtAELIAVBtAFqEPoBIBFBgICAgHhHBEAgBUHoAGogARBdIAUoArABIgogBSgCqAFGBEAgBUGoAWoQdwsgBSgCrAEgCkEYbGoiASAFKAJwNgIIIAEgBSkCaDcCACABIB03AhAgASARNgIMIAUgCkEBajYCsAEMAQsgB0HsADYCECAHQcGgwAA2AgwgB0EINgIIIAdCAjcDACAFQagBahCAAgwCCyAAIQEMAAsACyAFQZgBahDdASAFQYABahD6AQwCCyAHQgI3AwAgB0ENNgIIDAELIAdBwQA2AhAgB0GtocAANgIMIAdBCDYCCCAHQgI3AwALIAVBwAFqJAAgBEG4A2ohCyAEQZQDaiEHAkAgBCkD4AEiHEICUQRAIAQpAvQBIRsgBCgC8AEhASAEKALsASEAIAQoAugBIQUgBEGIA2oQ+gEgACECDAELIAQgBCkC/AE3AuQDIAQgBCkChAI3AuwDIAQgBCkCjAI3AvQDIAQgBCgClAI2AvwDIAQgBCkC9AEiHjcC3AMgBCAEKQLsATcC1AMgBCAEKALoASIANgLQAyAEIBw3A8gDAn9BACADIBVB7IzAAEEFEMEBDQAaQQEgAyAVQc+ywABBBRDBAQ0AGkECQQMgAyAVQbeOwABBBRDBARsLIAQgBCgCkAM2AuwBIAQgBCkCiAM3AuQBQQUhBSAEQQU2AuABQf8BcSIKQQNHDQIgBC0A5AEhACAEQcgDahDRASAVrSEbIAMhAQsgBxD6ASAWEPoBIARBrANqEPoBIAsQ+wELIARB/AJqEIECIARB8AJqEPoBDAQLIARB4AFqENkBIAQgBCkCrAM3AqQEIAQgBCgCtAM2AqwEIAQgBCkD4AM3A8gBIAQgBCkD6AM3A9ABIAQgBCgC8AM2AtgBIAQgBykCADcCjAQgBCAHKAIINgKUBCAEIBYpAgA3A5gEIAQgFigCCDYCoAQgBCkC1AMhHSAEIAQoAvwDNgKIBCAEIAQpAvQDNwOABCAOKAIAIQEgCxD7AUIDQgQgAUECRhshGyAEQfwCahCBAiAEQfACahD6ASAcpyEBIB6nIQJBACEFDAELIAQgBCgCiAI2AtgBIAQgBCkCgAI3A9ABIAQgBCkC+AE3A8gBIAQpA4gDIR0gBCgCkAMhAiAEQcgDahD6AUIGIRsLIAQgAjYCVCAEIB03AkwgBCAANgJIIAQgBTYCRCAEIAE2AkAgBCAbNwM4IAQgBCkDyAE3A1ggBCAEKQPQATcDYCAEIAQoAtgBNgJoIARB7ABqIARBgARqQTD8CgAAIARBgICAgHg2AqABIAQgCjoAnAEMAgsgACECCyAEIBs3AuwBIAQgATYC6AEgBCAFNgLgASAEIAJBgH5xIABB/wFxcjYC5AEgBEFAayAEQeABahCjASAEQgI3AzgLIARBuAFqEPoBIBggGCgCAEEBaiIANgIAIABFDQEgBCAYNgLsAiAEIAQpAxA3A+ACIAQgBCgCGDYC6AIgBEHgAWogBEE4akGAAfwKAAAgBCkD4AFCAlEEQCAEQegBaiAEKALkAiIAIAAgBCgC6AJBFGxqEGwLIAggBEHgAWpBkAH8CgAACyAEQbAEaiQADAELAAsgFBD6ASAIQagBahDdASAIQbQBahDdASAIQZwBahD6ASAZIAhBkAH8CgAACyAIQcABaiQAIAZBiAFqENUBIAZB+ABqEM4BIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARD6AUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEJIBIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCSASAGKAIYIQggBigCHCEMIAZBEGogBkHIAGoQiQEgBigCECEKIAYoAhQhDiAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQzgFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAKIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIA4gABsgDCABGyAHIAIbIAUgAxtBACAEGxCLAgALIwBBsAJrIgAkACAAQaABaiAZQZAB/AoAACAAQQA2AgAgAEEEciAAQZwBakGUAfwKAABBCEGgARDLASIBQoGAgIAQNwMAIAFBCGoiASAAQZgB/AoAACAAQbACaiQAIAxBkAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBBgIDAACAEQRBqIAMQhwEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGCAEIARBCGqtQoCAgICABYQ3AxBB34DAACAEQRBqIAMQhwEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAFhDcDGAsgBCAEQQhqrUKAgICAgAWENwMQQZiBwAAgBEEQaiADEIcBAAuXAgEHfyMAQSBrIgYkACAGQQRqIAJBA24iBSACIAVBA2xHakECdBCMAQNAIAIEQCAGQRBqIAEgAkEDIAIgAkEDTxtB4MXAABCKASAGKAIcIQIgBigCGCEBIAYoAhQhCiAGKAIQIQhBACEFQRAhB0EAIQkDQCAFIApGBEBBACEFQRIhBwNAIAVBBEYNBAJAAkAgBSAKSwRAQT0hCCAERQ0CDAELIAMgCSAHQR5xdkE/cWotAAAhCAsgBkEEaiAIEFULIAVBAWohBSAHQRpqIQcMAAsABSAFIAhqIAVBAWohBS0AACAHQRhxdCAJciEJIAdBCGshBwwBCwALAAsLIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEgaiQAC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8AkMtAOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8AkMtAOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8AkMtAOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAJHLQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARBABFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChCRAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQQARQ0ACwwDC0EBIQIgASADIAggChCRAQ0CIAEgByALIAMoAgwRAgANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARBABFDQALDAILIAMgByALIAkoAgwRAgANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQkQENACAAIAcgCyABKAIMEQIAIQILIAILIAZBEGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEDIgACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQiBkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAEKAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3ZzamogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2ogBUEPdyAFQQ13cyAFQQp2c2o2AgALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABBJIAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBB9IARBIGoiCyAGIAJB/QAQSSAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQaimwAAQ2wEiBRsgByAJIAUbEH0gAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQfSAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvcAQEGfyAAIAEoAgwgAygCDCACKAIIIgVBGncgBUEVd3MgBUEHd3NqaiABKAIIIgcgAigCDCIIcyAFcSAHc2oiBCABKAIEaiIGNgIMIAAgBCACKAIAIgQgASgCACIJIAIoAgQiAnNxIAIgCXFzIARBHncgBEETd3MgBEEKd3NqaiIBNgIEIAAgCSAHIAMoAghqIAggBiAFIAhzcXNqIAZBGncgBkEVd3MgBkEHd3NqIgNqNgIIIAAgAUEedyABQRN3cyABQQp3cyABIAIgBHNxIAIgBHFzaiADajYCAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQSCADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQNA0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAiIAMoAghBAUcNASADKAIMEDQNAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEGIgAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQ3QEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQOCADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDdASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQPgJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQbeQwABBBBByDQEgBEEHOgAADAILIAJBCGogARANIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCgAQwBC0EADAELQQELIANBMGokAAuqAgEGfyMAQTBrIgIkAAJAAn8gASgCKCIHRQRAIAJBCGogARAkIAIoAgwhBCACKAIIDAELIAFBADYCKCABIQUjAEEQayIDJAACQCAHIgFFDQADQCADQQhqIAUQJCADKAIIRQRAIAEhBgwCCyABQQFrIgENAAsLIANBEGokAEEAIAYNABogAkEQaiAFECQgAigCFCEEIAIoAhALIgEEQCACQQA2AiQgAkKAgICAEDcCHCACIAE2AiggAiABIARqNgIsA0ACQCACQShqEIgBIgFB/gBHBEAgAUGAgMQARw0BIAAgAigCJDYCCCAAIAIpAhw3AgAMBAtBL0H+ACACQShqEIgBQTFGGyEBCyACQRxqIAEQVQwACwALIABBgICAgHg2AgALIAJBMGokAAvYAgICfwF+IwBBMGsiAyQAAn8CQCACRQRAIANBgICAgHg2AgggA0GAgICAeDYCFCADIANBFGoiAjYCJCADIANBCGoiBDYCIAJAIAFB9KnAAEECIANBIGpBhKrAABCGAUUEQCACEN0BIAQQ3QEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQ3QELQQAMAgsgACgCBCIAEI8BIwBBEGsiAiQAIAJBCGogARA+An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQbeQwABBBBByGwwBCyACIAA2AgxBAUECIAFBoKrAAEEBIAJBDGpBqKrAABCGARsLIAJBEGokAEH/AXFBAkcMAQsgAyADKQIUNwMgIAMgAygCHDYCKCADKQIMIQUgACgCACIAENABIAAgBTcCBCAAIAE2AgAgACADKQMgNwIMIAAgAygCKDYCFEEBCyADQTBqJAALvwEBA38gASgCBCIEIAEoAgBGBH9BAAUgASAEQQFrIgI2AgQgAiwAACICQQBIBEAgASAEQQJrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBH3EMAQsgASAEQQNrIgM2AgQgAkE/cQJ/IAMtAAAiA8AiAkFATgRAIANBD3EMAQsgASAEQQRrIgE2AgQgAkE/cSABLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAgtBAQshASAAIAI2AgQgACABNgIAC8cBAQV/AkAgASgCACICIAEoAgRGBEAMAQtBASEGIAEgAkEBajYCACACLQAAIgPAQQBODQAgASACQQJqNgIAIAItAAFBP3EhBCADQR9xIQUgA0HfAU0EQCAFQQZ0IARyIQMMAQsgASACQQNqNgIAIAItAAJBP3EgBEEGdHIhBCADQfABSQRAIAQgBUEMdHIhAwwBCyABIAJBBGo2AgAgBUESdEGAgPAAcSACLQADQT9xIARBBnRyciEDCyAAIAM2AgQgACAGNgIAC8ABAQV/IwBBEGsiBCQAAkAgAS0AJQRADAELIAEoAgQhAiAEQQRqIAEQFCAEKAIEQQFGBEAgASgCHCEDIAEgBCgCDDYCHCACIANqIQIgBCgCCCADayEFDAELQQAhAiABLQAlDQAgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhBiABKAIcIQMMAQsgASgCICIGIAEoAhwiA0YNAQsgBiADayEFIAEoAgQgA2ohAgsgACAFNgIEIAAgAjYCACAEQRBqJAAL6AECAn8BfiMAQTBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AiwgAkKAgICAEDcCJCACQSRqQdzGwAAgAygCACIDKAIAIAMoAgQQCxogAiACKAIsIgM2AiAgAiACKQIkIgQ3AxggASADNgIIIAEgBDcCAAsgASgCCCEDIAFBADYCCCABKQIAIQQgAUKAgICAEDcCACACIAM2AhAgAiAENwMIQQxBBBDXASIBRQRAQQRBDBCNAgALIAEgAigCEDYCCCABIAIpAwg3AgAgAEHcyMAANgIEIAAgATYCACACQTBqJAALvQEBAn8jAEFAaiIEJAAgBCADNgIMIAQgAjYCCCAAKAIEQQN0IQMgACgCACECAn8CQANAIANFDQEgAiAEQQhqENsBRQRAIANBCGshAyAFQQFqIQUgAkEIaiECDAELCyAAKAIIIAEgBSAAKAIMKAIQEQIADAELIARBEGogARANIAQtABAiAEEGRwRAIAQgBCkDIDcDOCAEIAQpAxg3AzAgBCAEKQMQNwMoIARBKGoQoAELIABBBkcLIARBQGskAAuFAgIFfwF+IwBBIGsiAiQAIAJBgICAgHg2AgggAkEAOgAXIAIgAkEXajYCHCACIAJBCGoiAzYCGAJAIAFB2KrAAEECIAJBGGpB6KrAABCGAUUEQCADEN0BDAELIAIoAggiBUGAgICAeEYNACACKQIMIQcgAi0AFyEEIAAoAgAiACgCCCIDIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEEQRAQKiABKAIIIgZBgYCAgHhHBEAgBiABKAIMENoBAAsgAUEQaiQACyAAKAIEIANBBHRqIgEgBDoADCABIAc3AgQgASAFNgIAQQEhBCAAIANBAWo2AggLIAJBIGokACAEC7cBAQN/IwBBIGsiAyQAIAMgAjYCDCADIAE2AggCQCAARQ0AAkACQCAALQAAQQNrDgIAAQILIAMgAEEEajYCGCADQRhqIANBCGoQogEhBQwBCyAAKAIMQRhsIQQgACgCCCEAA0AgBEEARyEFIARFDQEgAyAAEMYBIAMgAykDADcCECADIAI2AhwgAyABNgIYIARBGGshBCAAQRhqIQAgA0EQaiADQRhqEJ8BRQ0ACwsgA0EgaiQAIAULlA4CCn8EfiMAQdAAayIFJAAgBSACNgIIIAUgATYCBCAFIAM2AgwgBSAEOQMQIAUgADYCSCAFIAVBzwBqIgA2AkQgBSAANgJAIAUgADYCPCAFIAVBEGo2AjggBSAANgI0IAUgADYCMCAFIAVBDGo2AiwgBSAFQQhqNgIoIAUgADYCJCAFIAA2AiAgBSAANgIcIAUgBUEEajYCGCMAQdAAayIDJAAgA0EgaiICIAVBGGoiACgCMBBDIAAoAgAoAgAhCSADQRhqIAAoAhAoAgAgACgCFCgCABCAASADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQiQEgAygCECEBIAMoAhQhBSADQQhqIAIQmQEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIsCAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIRIjAEGwAmsiCCQAIAhBKGogD6ciC0GAAfwKAAAgC0GIrcAAQYAB/AoAAAJAIAgpAyhCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQeerwAA2AgwgBkERNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUHIqcAAQQIgAkGoAWpB2KnAABCGAUUNACABEJsBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxCDAgwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEIMCIAJBgAFqENABCwsgAkE4NgKIASACQfyqwAA2AoQBIAJBETYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDZASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAeIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBAGIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQbSrwAA2AoQBIAJBETYCgAFCASEQQgFSDQQgARDZASAPIBJXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxD6AQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASERIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxD6ASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEIQCIABBEGokACABQRBqJAAgBiACKAIUNgIYIAYgAikCDDcCECAGIBE3AiwgBiAKNgIoIAZBADYCJCAGQoCAgIDAADcCHCAGIA83AwggBiAQNwMAIAwQ3QEMBQsgBkEONgIIDAMLIAZCAjcDACAGQQ82AggMAwsgBkENNgIIDAELIAYgAikChAE3AgwgBkERNgIICyAGQgI3AwAgAkEMahD6ASAMEN0BIAJBGGoQgwILIAJBsAFqJAAgCCkDqAFCAlEEQCAIIAgoAsABNgKoAiAIIAgpA7gBNwOgAiAIIAgpA7ABNwOYAiAIQQxqIAhBmAJqEKMBDAILIAhB4AFqIgAgCEGoAWoiAUE4/AoAACAIQQxqIAsgASASEEEgABDRAQwBCyAIQQxqQceuwABBIRB+CyAIQShqEEcgCyAIQQxqEEAgCEGwAmokACADQcgAahDVASADQThqEMwBIANB0ABqJAAgBUHQAGokAAuIAwIHfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQggAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCSACIAlLGyIMIQIjAEEgayIGJABBASELQQQhCgJAAkAgBa0gAq1+Ig1CIIinDQAgDaciAkGAgICAeCAEa0sNACAGQRRqIAEgBCAFEHkCfyAGKAIYBEAgBigCHCIDRQRAIAZBCGogBCACEJcBIAYoAgghBSAGKAIMDAILIAYoAhQgAyAEIAIQByEFIAIMAQsgBiAEIAIQlwEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEExFDQAgA0EIaiAAED4gAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA+IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC5UCAQJ/IwBBIGsiBSQAQbzPwABBvM/AACgCACIGQQFqNgIAAkACQAJAAkACf0EAIAZBAEgNABpBAUGoz8AALQAADQAaQajPwABBAToAAEGkz8AAQaTPwAAoAgBBAWo2AgBBAgtB/wFxDgMDAQABC0Gwz8AAKAIAIgZBAEgNAkGwz8AAIAZBAWo2AgBBtM/AACgCAEUNASAFQQhqIAAgASgCFBEAACAFIAQ6AB0gBSADOgAcIAUgAjYCGCAFIAUpAwg3AhBBtM/AACgCACAFQRBqQbjPwAAoAgAoAhQRAAAMAQsgBSAAIAEoAhgRAAAMAQtBsM/AAEGwz8AAKAIAQQFrNgIAQajPwABBADoAACADRQ0AAAsAC/cBAQJ/IwBBMGsiBCQAIAQgARANIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBPIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECogASgCCCIDQYGAgIB4RwRAIAMgASgCDBDaAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQRSIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEG8gBCkDECEFIAQpAwghBiAEQcwANgIQIARB0J7AADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDZAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuwEBAX8jAEFAaiIDJAACQCACQYGAEE8EQCAAQQY6AAAMAQsgA0IANwIIIAMgAjYCBCADIAE2AgAgA0EoaiADEA0gAy0AKCIBQQZGBEAgAEEGOgAADAELIAMgAykAODcAICADIAMpADE3ABkgAyADKQApNwARIAMgAToAECADEJsBRQRAIABBBjoAACADQRBqEKABDAELIAAgAykDIDcDECAAIAMpAxg3AwggACADKQMQNwMACyADQUBrJAALwAECAn8BfiMAQSBrIgMkACADQRRqIAEoAgAgAkEBEHsCQCADKAIURQRAIABBgICAgHg2AgAMAQsgAygCGCIBRQRAIABBgICAgHg2AgAMAQsgA0EIaiICIAEgAygCHCIEEE8gA0EUaiABIAQQECADKAIUIgFBgICAgHhGBEAgAEGAgICAeDYCACACEPoBDAELIAMpAhghBSAAIAMoAhA2AgggACADKQIINwIAIAAgBTcCECAAIAE2AgwLIANBIGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABDaAQALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEAcMAQsgAkUEQEEBIQEMAgsgAkEBENcBCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMENoBAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC50BAQZ/IwBBMGsiAyQAIANBDGpBLyABIAIQVCADKAIQIgUgAygCGCIGaiEHIAMoAgwhCCADKAIcIQICQANAAkAgAyAHNgIoIAMgBSACIgRqNgIsIAMgA0EoahAiIAMoAgBBAUcNACADKAIsIAMoAihrIAZqIQIgAygCBCAIRg0BDAILC0EAIQQLIAAgBDYCBCAAIAE2AgAgA0EwaiQAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCQyUAhAQwBCyAAQf8BcS0AkMlAQQJxQQF2IQELIAFBAXEL/jcCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABCAASAOKAIIIQAgDigCDCEBIA4gAigCECgCACACKAIUKAIAEIABIA4oAgAhBiAOKAIEIQUgDiABNgIUIA4gADYCECAOIAU2AhwgDiAGNgIYIApBEGohECMAQeABayIHJAAjAEEQayIEJAAgBCABNgIMIAQgADYCCEG8fyEDA0AgAyICQegKRwRAIAJBhAFqIQMgAkHUucAAaiAEQQhqENsBRQ0BCwsgBEEQaiQAIAdBLGoiAyAGIAUQPSAHIAJB6ApHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQYgBygCPCEDIwBBkANrIgQkACAEIAE2AqgBIAQgADYCpAEgBCACNgKwASAEIAM2AqwBIARBmAFqIARBrAFqQe6hwABBCxBNIAQoApgBIgIEfyAEKAKcASEDIAJBACAEQaQBakGcpsAAENsBGwVBAAshBSMAQRBrIgIkACACIAA2AgAgAiABNgIEIAIgA0EEIAUbIAEgAkGcpsAAENsBIgEbNgIMIAIgBUGVpsAAIAUbIAAgARs2AghBACEAQQAhBQJAA0AgBUGsC0YNAQJAIAVBkLnAAGogAhDbAQRAIAVBiLnAAGogAkEIahDbAQ0BCyAFQYQBaiEFDAELCyAFQdC4wABqIQALIAJBEGokACAEQdIANgKQAiAEQfmhwAA2AowCIARBCzYCiAIgBEHuocAANgKEAiAEQRQ2AoACAkAgACIBRQRAIAYgBEGIAmoiACgCCDYCFCAGIAApAgA3AgwgBkHuocAANgIIIAZCg4CAgMACNwMADAELIARBgAJqENkBIARBkAFqIARBrAFqQcuiwABBChB6AkAgBCgCkAEiAARAIAQoApQBIgINAQsgBkEKNgIMIAZBy6LAADYCCCAGQoOAgICwAjcDAAwBCyAEQbQBaiAAIAIQTyAEQYgBaiAEQawBakHVosAAQRgQTQJAAkACQCAEKAKIASIARQRAQpAcIRgMAQsCQAJAAkAgBCgCjAEiAg4CBAABCyAALQAAIgVBK2sOAwMBAwELIAAtAAAhBQsgACAFQf8BcUErRiIDaiEFAkAgAiADayIAQRFPBEADQCAARQ0CIARB8ABqIBhCABBCIAQpA3hCAFINBCAEKQNwIRcgBEHoAGogBS0AAEEKEIIBIAQoAmhBAUcNBCAFQQFqIQUgAEEBayEAIBcgFyAENQJsfCIYWA0ACwwDCwNAIABFDQEgBEHgAGogBS0AAEEKEIIBIAQoAmBBAUcNAyAFQQFqIQUgAEEBayEAIAQ1AmQgGEIKfnwhGAwACwALIBhCAX1CgKMFWg0BCyAEQdgAaiAEQawBakHtosAAQRoQTQJAIAQoAlgiAARAIARBgAJqIAAgBCgCXBBPIAQoAogCIQUgBCgChAIhAANAIAUEQCAAQSBBACAALQAAIgJBwQBrQf8BcUEaSRsgAnI6AAAgBUEBayEFIABBAWohAAwBCwsgBCAEKAKIAiIANgLgASAEIAQpAoACIhc3A9gBQQEhEyAXp0GAgICAeEYNASAEKALcASICIABBu5DAAEEEEMEBDQEgAiAAQYejwABBARDBAQ0BIAIgAEGIo8AAQQMQwQENAUEAIRMgAiAAQb+QwABBBRDBAQ0BIAIgAEHFnsAAQQEQwQENASACIABBi6PAAEECEMEBDQEgBkEVNgIUIAZBjaPAADYCECAGQRo2AgwgBkHtosAANgIIIAZCg4CAgMACNwMAIARB2AFqEN0BDAMLIARBgICAgHg2AtgBQQEhEwsgBEHYAWoQ3QEgBEHQAGogBEGsAWpBoqPAAEEWEE0CfwJAIAQoAlAiAARAIAAgBCgCVCICQbijwABBARDBAUUNAQsgBEGAgICAeDYCwAFBAQwBCyAEQdgBaiAAIAIQpAEgBCAEKALYATYCiAIgBCAEKALcASIANgKEAiAEIAA2AoACIAQgACAEKALgAUEDdGo2AowCIwBBIGsiACQAIABBCGogBEGAAmoiAygCDCADKAIEa0EDdkEEQQwQYSAAQQA2AhwgACAAKQMINwIUIwBBEGsiDCQAIABBFGoiAiADKAIMIAMoAgRrQQN2ELcBIAIpAgQhFyAMIAJBCGo2AgQgDCAXQiCJNwIIIwBBEGsiAiQAIAIgAykCCDcDCCACIAMpAgA3AwAjAEEgayIFJAAgDEEEaiIJKAIIIAkoAgQiCEEMbGohDyACKAIEIQMgAigCDCENA0AgAyANRwRAIANBBGooAgAhCyADKAIAIREgAiADQQhqIgM2AgQgBUEIaiARIAsQMyAFQRRqIAUoAgggBSgCDBBPIA8gBSgCHDYCCCAPIAUpAhQ3AgAgD0EMaiEPIAhBAWohCAwBCwsgCSgCACAINgIAIAIQswEgBUEgaiQAIAJBEGokACAMQRBqJAAgBEHAAWoiAiAAKAIcNgIIIAIgACkCFDcCACAAQSBqJAAgBCgCwAFBgICAgHhGCyEAAkACQAJAAkACQAJAAkACQEHqn8AAIAEoAngiFSABKAJ8IhYQf0EAIAAbRQRAIARByABqIARBrAFqQbmjwABBDRBNAkACQCAEKAJIIgAEQCAEQdgBaiAAIAQoAkwQPUEwIQAgBEEwNgKQAkGKp8AAIQUgBEGKp8AANgKMAiAEQQ02AogCIARBuaPAADYChAIgBEEUNgKAAiAEKALYASIDQYCAgIB4Rg0KIAQoAtwBIQAgBCgC4AEhAiAEQYACahDZASAEIAI2AqwCIAQgADYCqAIgBCADNgKkAiACQRBLDQEgBEEANgK4AiAEQoCAgIDAADcCsAIgBCAAIAJBKGxqIgU2AsgCIAQgAzYCxAIgBCAANgLAAiAEIAA2ArwCIARBhAJqIQ8gBEHkAWohDSAEQdgCakEEciEMAkADQCAAIAVGDQQgBCAAQShqNgLAAiAEIAApAgw3A4ACIAQgACkCFDcDiAIgBCAAKQIcNwOQAiAEIAAoAiQ2ApgCIAAoAgAiAkGAgICAeEYNBCAEIAApAgQiFzcC0AIgBCACNgLMAiAEIA8pAhA3A+gCIAQgDykCCDcD4AIgBCAPKQIANwPYAiAEIBc3AtgBIARB2AFqQbynwABBCBBXBEBBwgAhAEHnqMAAIQUMCAtBLCEAQbuowAAhBSAXQiCIpyICQcEAa0FASQ0HIAQgF6ciAzYC2AEgBCACIANqNgLcASAEQdgBaiIIKAIAIQIgCCgCBCEJA0AgCSACIgNHBEAgCCACQQFqIgI2AgAgAy0AACILQd8ARiALQTprQf8BcUH1AUtyIAtB3wFxQdsAa0H/AXFB5QFLcg0BCwsgAyAJRw0HAkACQAJAAkAgBC0A2AJBA2sOAgABAwsgBCAMKAIINgKIAyAEIAwpAgA3A4ADQQRBDBDLASIAIAQoAogDNgIIIAAgBCkDgAM3AgBBASECIARBATYC/AIgBCAANgL4AiAEQQE2AvQCQQAhCEEBIQUMAQsgBCgC5AIhAiAEKALgAiEAIAQgBCgC3AI2AuABIAQgADYC3AEgBCAANgLYASAEIAAgAkEYbGo2AuQBIARB9AJqIQUjAEEwayIAJAAgAEEUaiAEQdgBaiICEGcCQCAAKAIUQYCAgIB4RwRAIABBBEEEQQwQYSAAKAIAIQggACgCBCIDIAAoAhw2AgggAyAAKQIUNwIAIABBATYCECAAIAM2AgwgACAINgIIIAAgAikCCDcDKCAAIAIpAgA3AyAgAEEIaiECIABBIGohCCMAQRBrIgMkAANAAkAgA0EEaiAIEGcgAygCBEGAgICAeEYNACACKAIIIgkgAigCAEYEQCACQQEQtwELIAIoAgQgCUEMbGoiCyADKAIMNgIIIAsgAykCBDcCACACIAlBAWo2AggMAQsLIAgQWCADQRBqJAAgBSAAKAIQNgIIIAUgACkCCDcCAAwBCyAFQQA2AgggBUKAgICAwAA3AgAgAhBYCyAAQTBqJABBASEIQQAhAiAEKAL8AiIFQQVrQXxJDQMgBCgC+AIhAAsgBUEMbCEFA0AgBQRAIAVBDGshBSAAKAIIIQkgACgCBCELIABBDGohAEEAIQNBACERAkAgCUGBAmtBgH5JDQAgCy0AAEEvRw0AA0AgAyAJRiIRDQEgAyALaiESIANBAWohAyASLQAAQf4ARw0AIAMgCU8NASASQQFqLQAAQf4BcUEwRg0ACwsgEQ0BDAQLCyANIAQpAvQCNwIAIA0gBCgC/AI2AgggBCAEKALUAjYC4AEgBCAEKQLMAjcD2AEgBCgCuAIiACAEKAKwAkYEQCAEQbACahB3CyAEKAK0AiAAQRhsaiICIAQpA9gBNwIAIAIgBCkD6AE3AhAgAiAEKQPgATcCCCAEIABBAWo2ArgCIAQtANgCQQNrQf8BcUECTwRAIARB2AJqEKABCyAEKALAAiEAIAQoAsgCIQUMAQsLIARBADYC/AIgBEKAgICAwAA3AvQCQQEhAkEBIQgLIARB9AJqEP4BQfynwAAhBUE/IQACQAJAIAQtANgCQQNrDgIBAAgLIAINCQwKCyAIRQ0JDAcLIARBADYC1AEgBEKAgICAwAA3AswBDAMLIARBpAJqEPsBQampwAAhBUEWIQAMCAsgBEG8AmoQWSAEIAQoArgCNgLUASAEIAQpArACNwLMAQwBCyAGQcQANgIUIAZBr6XAADYCECAGQRY2AgwgBkGio8AANgIIIAZCg4CAgMACNwMADAcLIARBQGsgBEGsAWogASgCUCIMIAEoAlQiDxBNAkACQCAEKAJAIgAEQCAEKAJEIQUMAQsgASgCECIABEAgASgCFCEFDAELIAYgDzYCDCAGIAw2AgggBkKDgICAsAI3AwAMAQsCQCABLQCBAUUEQCABLQCAAUUEQCAEQbACaiAAIAUQTwwCCyAEQbACaiAAIAUQgwEMAQsgBEGwAmogACAFEE8LAkACQCABLQCAAUUNACAEKAK0AiAEKAK4AhAFDQAgBkEyNgIUIAZB2KbAADYCECAGIA82AgwgBiAMNgIIIAZCg4CAgMACNwMADAELAn8CQAJAIAEtAIMBRQRAIARBgICAgHg2AtgBDAELIARBOGogBEGsAWpBxqPAAEEPEE0CQCAEKAI4IgAEQCAEQbwCaiAAIAQoAjwQgwEMAQsgBCgCtAIgBCgCuAJB1aPAAEENEMoBRQRAIARBvAJqQeKjwABBFxBPDAELIARBvAJqQfmjwABBFhBPCyAEKALAAiAEKALEAhAFRQRAIAZBMjYCFCAGQdimwAA2AhAgBkEPNgIMIAZBxqPAADYCCCAGQoOAgIDAAjcDACAEQbwCahD6AQwECyAEQTBqIARBrAFqQY+kwABBDRBNIARB2AJqIAQoAjAgBCgCNBDPASAEQYACaiIAIARBsAJqEF0gBCAEKALgAjYCoAIgBCAEKQLYAjcCmAIgBCAEKQK8AjcCjAIgBCAEKALEAjYClAIgBEHYAWogAEEk/AoAACAEKALYAUGAgICAeEcNAQtBACEAQQEMAQsgBCgC7AEhACAEKALoAQshAiAEIAA2AtQCIAQgAjYC0AIgBCAEQbACajYCzAICQAJAIAEoAhgiAEUNACAEQShqIARBrAFqIAAgASgCHBBNIAQoAigiAEUNACAEQdgCaiAAIAQoAiwQpAEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYSADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELcBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQgwEgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRCzASANQRBqJAAgBUEQaiQAIAlBEGokACAEQfQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYCgAIgBCAAIAEoAlxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQfQCaiAEQYACahBWCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARBrAFqIAAgAhBNIAQoAiAiA0UNACAEQdgCaiADIAQoAiQQpAEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYSADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELcBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQTyAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELMBIA1BEGokACAFQRBqJAAgCUEQaiQAIARBgANqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIIBDQEgBCABKAJoIgA2AoACIAQgACABKAJsQQN0ajYChAIgBCAEQcwCajYCiAIgBEGAA2ogBEGAAmoQVgsgBEEYaiAEQawBaiABKAJgIgIgASgCZCIDEE0gBCgCGCIARQ0BIARB2AJqIgUgACAEKAIcIggQLyAELQDYAkEGRg0DIAQgBCkD6AI3A5ACIAQgBCkD4AI3A4gCIAQgBCkD2AI3A4ACIAVBw5HAAEEEEHYiBUUNAiAFLQAAIARBgAJqEKABQQRHDQMgBEHAAmogACAIEE8gBEEANgK8AgwGCyAGQoOAgICwAjcDACAGIAIgDyAAGzYCDCAGIAAgDCAAGzYCCAwHCyABKAIgIgBFDQMgBEEQaiAEQawBaiAAIAEoAiQiAxBNIAQoAhAiAkUNAyACIAQoAhQiBRAFDQIgBkEyNgIUIAZB2KbAADYCECAGIAM2AgwgBiAANgIIIAZCg4CAgMACNwMADAULIARBgAJqEKABCyAGQSw2AhQgBkGcpMAANgIQIAYgAzYCDCAGIAI2AgggBkKDgICAwAI3AwAMAwsgBEHAAmogAiAFEE8gBEEBNgK8AgwBCyABKAIoIgAEQCAEQYACaiICIARBzAJqIAAgASgCLBAcIAEtAIMBIQAgBCgChAIgBCgCiAIQBUUEQCAGQTI2AhQgBkHYpsAANgIQIAZCg4CAgMACNwMAIAZBDyAPIABBAXEiABs2AgwgBkHGo8AAIAwgABs2AgggAhD6AQwDCyAEIAQoAogCNgLIAiAEIAQpAoACNwLAAiAEQQE2ArwCDAELIARBCGogBCgCtAIgBCgCuAIQMyAEQSE2AowCIARByKTAADYCiAIgBCAEKQMINwKAAiAEQcACaiAEQYACakECEAQgBEECNgK8AgsgBCAEQawBakHppMAAQQ4QTUEBIQUCQCAEKAIAIgJFBEBBASEADAELIAQoAgQhA0EBIQBB0Z/AACAVIBYQf0UNACAEQYACaiACIAMQpAECQCAEKAKIAiICRQ0AIAJBA3QhBUEAIQAgBCgChAIhAwNAIAAgBUcEQCAAIANqIghB+KTAABDWAQRAIAhBgKXAABDWAQ0DCyAAQQhqIQAMAQsLQfikwAAgAyACEFchBUGApcAAIAQoAoQCIAQoAogCEFchACAEQYACahCBAgwBCyAGQSc2AhQgBkGIpcAANgIQIAZBDjYCDCAGQemkwAA2AgggBkKDgICAwAI3AwAgBEGAAmoQgQIgBEHAAmoQ+gEMAQsgBiAEKAK8ATYCICAGIAQpArQBNwIYIAYgBCkC9AI3AiQgBiAEKAL8AjYCLCAGIAQpAoADNwIwIAYgBCgCiAM2AjggBiAEKQK8AjcCACAGIAQpAsQCNwIIIAYgBCgCyAE2AlAgBiAEKQLAATcCSCAGQdQAaiAEQdgBakEk/AoAACAGIBM6AH4gBiAAOgB9IAYgBToAfCAGIAE2AnggBiAYNwMQIAYgBCgC1AE2AkQgBiAEKQLMATcCPCAEQbACahD6AQwNCyAEQYADahD+AQsgBEH0AmoQ/gEgBEHYAWoQtAELIARBsAJqEPoBCyAEQcwBahCCAgwGCyAELQDYAkEDaw4CAQIACyAEQdgCahCgAQwCCyAMEPoBDAELIAwQ/QELIARBzAJqEPoBIARBvAJqEFkgBEGwAmoQggILIAYgADYCFCAGIAU2AhAgBkENNgIMIAZBuaPAADYCCCAGQoOAgIDAAjcDAAsgBEHAAWoQ4QEMAQsgBkEiNgIUIAZB86XAADYCECAGQRg2AgwgBkHVosAANgIIIAZCg4CAgMACNwMACyAEQbQBahD6AQsgBEGQA2okAAJ/IAcoAmBBA0cEQEEIQYgBEMsBIgBCgYCAgBA3AwAgAEEIaiAGQYAB/AoAACAADAELIAcgBygCdDYCWCAHIAcpAmw3A1AgByAHKQJkIhg3A0ggGKdBFUcNAyAHKAJMCyEAIAdBgICAgHg2AgwgByAANgIQDAMLIAdBDGpBvJHAAEEHEH4MAwsgB0EMakGskcAAQRAQfiAHKAIsQYCAgIB4Rg0CIAMQ+wEMAgsgB0EMaiAHQcgAahCLAQsgB0E4ahD7AQsgECAHKAIkNgIYIBAgBykCHDcCECAQIAcpAhQ3AgggECAHKQIMNwIAIAdB4AFqJAAgDkEYahDVASAOQRBqENUBIA5BIGokACMAQSBrIgAkACAAQQA2AgAgACAQKQIANwIEIAAgECkCCDcCDCAAIBApAhA3AhQgACAQKAIYNgIcQQRBKBDLASIBQoGAgIAQNwIAIAEgACkCADcCCCABIAApAgg3AhAgASAAKQIQNwIYIAEgACkCGDcCICAAQSBqJAAgCkHQAGokACABQQhqC48BAgF/AX4jAEEQayIDJAACfwJAAkAgAkUEQCADQQRqIAEQYiADKAIEIgFBgICAgHhGDQIgAykCCCEEIAAoAgAiABDdAQwBCyADQQRqIAEQOCADKAIEIgFBgYCAgHhGDQEgAykCCCEEIAAoAgQiABDdAQsgACAENwIEIAAgATYCAEEBDAELQQALIANBEGokAAuhAQEBfyMAQRBrIgQkAAJAAkACQCABKAIAIgEoAgQgASgCCCACIAMQRSIBRQ0AAkACQCABLQAADgQCAQEAAQsgBEEIaiABKAIIIgIgASgCDCIBEB4gBCgCDA0CCyAAQSs2AgggAEH8sMAANgIEIABBATYCAAwCCyAAQhU3AgAMAQsgBCACIAEQHiAAIAQpAwA3AgQgAEEVNgIACyAEQRBqJAALogEBAX8jAEEQayICJAAgAiABED4CQCACLQAARQRAIABBgYCAgHg2AgAMAQsCQCACLQABQe4ARgRAIAFBt5DAAEEEEHINASAAQYGAgIB4NgIADAILIAJBBGogARBiIAIoAgRBgICAgHhHBEAgACACKAIMNgIIIAAgAikCBDcCAAwCCyAAQYGAgIB4NgIADAELIABBgICAgHg2AgALIAJBEGokAAt2AQR/IwBBEGsiAiQAQQQhBANAAkAgBEUEQEEBIQUMAQsgAkEIaiABEGsgAi0ACEUNACACIAItAAlBEBCCASACKAIAQQFxRQ0AIARBAWshBCACKAIEIANBBHRqIQMMAQsLIAAgAzYCBCAAIAU2AgAgAkEQaiQAC3UBAn8CQCABIANHDQADQCABRSEEIAFFDQEgAi0AACEDIAAtAAAhBSABQQFrIQEgAkEBaiECIABBAWohACAFQSBBACAFQcEAa0H/AXFBGkkbckH/AXEgA0EgQQAgA0HBAGtB/wFxQRpJG3JB/wFxRg0ACwsgBAuNAQECfwJAIAEEQCABKAIAIgJB/////wdPBEAgAEHPADYCCCAAQcqKwAA2AgQgAEEANgIADwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEIajYCAA8LIABBGzYCCCAAQa+KwAA2AgQgAEEANgIADwsAC8kDAgN/An4jAEFAaiIDJAAgAyACOQMQIAMgATYCDCADIAA2AjggAyADQT9qIgA2AjQgAyAANgIwIAMgADYCLCADIANBEGo2AiggAyAANgIkIAMgADYCICADIAA2AhwgAyADQQxqNgIYIwBBMGsiASQAIAFBFGoiBCADQRhqIgAoAiAQQyABKAIURQRAIAFBCGogBBCZASABKAIIIgBBASAAGyABKAIMQQAgABsQiwIACyAAKAIQKwMAIAAoAgAoAgAgASABKAIcNgIoIAEgASkCFCIGNwMgQQBHIQX8BiEHIwBBgAJrIgAkACAAQSBqIAanIgRBgAH8CgAAIARBiK3AAEGAAfwKAAACQAJAAkACQAJAIAApAyBCAVgEQCAFDQIgAEEHNgKgASAAQQRqIABBoAFqEKMBDAELIABBBGpB6K7AAEElEH4LIAApAyBCAloNASAAQSBqEMgBDAILIABBoAFqIgUgAEEgakHgAPwKAAAgAEEEaiAEIAUgBxBBIAUQyAEgACkDIEICVA0BCyAAQSBqEEcMAQsgAEGAAWoQsAELIAQgAEEEahBAIABBgAJqJAAgAUEgahDMASABQTBqJAAgA0FAayQAC48BAQF/IwBBMGsiAyQAIANBGGogASACEC8CQCADLQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACABQQVGBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIAIAMQoAELIANBMGokAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCVASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwAL3QECAX8BfiMAQRBrIgMkAAJ/AkAgAkUEQCADQQRqIAEQYkEAIAMoAgQiAUGAgICAeEYNAhogAykCCCEEIAAoAgAiABDdASAAIAQ3AgQgACABNgIADAELIwBBMGsiAiQAIAJBGGogARANIAItABgiAUEGRgR/QQIFIAIgAikAKDcAECACIAIpACE3AAkgAiACKQAZIgQ3AAEgAiABOgAAIAIQoAFBAiAEpyABQQFHGwshASACQTBqJABBACABQf8BcSIBQQJGDQEaIAAoAgQgAToAAAtBAQsgA0EQaiQAC4cBAQJ/IwBBIGsiAiQAIAEgACgChAEiAyADIAAoAogBQRRsahBsIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEEcgAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAAL0xECEH8CfiMAQTBrIggkAAJAIAEoAowBIgEEQCAIQQRqIQsjAEFAaiIFJAACQCADIAIpAwgiFSABQQhqIgwpAxAgA3wiFCAUIBVVGyAUIAIpAwCnQQFxGyAUIAwtAH4bIhRTBEAgBSACQShqEMcBIAUoAgQhECAFKAIAIQ0gBUEANgIUIAVCgICAgBA3AgwgBUEMahDtAUGvlMAAQQMQ3wEgAigCFCIRIAIoAhgiEhDmAUGylMAAQQQQ3wFBtpTAAEENEOYBQcOUwABBAxDfAUHGlMAAQQwQ5gFB0pTAAEEDEN8BIAMQoQFB1ZTAAEEDEN8BIBQQoQEhBiANBEAgBkHYlMAAQQUQ3wEgDSAQEOYBGgsgAigCJEEYbCEEIAIoAiAhAQNAIAQEQCAGIAEoAgQgASgCCBDfASABKAIQIAEoAhQQ5wEaIARBGGshBCABQRhqIQEMAQsLIAYQ/AEiDikCACEDIA5BADYCACAFIA4oAggiBzYCICAFIAM3AxggBUEANgIUIAVBATYCECAFQShqIQ8gBSgCHCEJIAwoAhwhBiAMKAIgIQQjAEHwBGsiASQAIAFBLGoiAiAHQQJ0QQNuQdQAahCMASACQciMwABBJBB9IAJBLhBVIAFB8AFqIgogCSAHEOsBIAIgASgC9AEgASgC+AEQfSAKEPoBIAFBOGojAEGAA2siAiQAIAJBIGoiB0EAQcAA/AsAAkAgBEHAAE0EQCACQRhqIAQgB0HAAEG4xMAAELEBIAIoAhggAigCHCAGIARByMTAABCvAQwBCyACQagBaiIKQQBBwQD8CwAgAkIANwOgASACQdjFwAApAwA3A5gBIAJB0MXAACkDADcDkAEgAkHIxcAAKQMANwOIASACQcDFwAApAwA3A4ABIAJBgAFqIhMgBiAEQQZ2ENQBIAJBEGogBEE/cSIHIApBwABB8IjAABCxASACKAIQIAIoAhQgBiAEQcD///8HcWogB0GAicAAEK8BIAIgBzoA6AEgAkHwAWoiBCATQfAA/AoAACACQgA3A/gCIAJCADcD8AIgAkIANwPoAiACQgA3A+ACIAQgAkGYAmogAkHgAmoQDCACIAIpA/gCNwN4IAIgAikD8AI3A3AgAiACKQPoAjcDaCACIAIpA+ACNwNgIAJBCGpBICACQSBqQcAAQZjEwAAQsQEgAigCCCACKAIMIAJB4ABqQSBBqMTAABCvAQsgAkEgakHAAPwKAAAgAkGAA2okAEEAIQIDQCACQcAARwRAIAFBOGogAmoiBCAELQAAQTZzOgAAIAJBAWohAgwBCwsgAUIANwPABEEAIQIgAUHYxcAAKQMANwO4BCABQdDFwAApAwA3A7AEIAFByMXAACkDADcDqAQgAUHAxcAAKQMANwOgBCABQaAEaiABQThqQQEQ1AEDQCACQcAARwRAIAFBOGogAmoiBCAELQAAQeoAczoAACACQQFqIQIMAQsLIAFCADcD6AQgAUHYxcAAKQMANwPgBCABQdDFwAApAwA3A9gEIAFByMXAACkDADcD0AQgAUHAxcAAKQMANwPIBCABQcgEaiICIAFBOGoiB0EBENQBIAFBmAJqIAJBKPwKAAAgAUHwAWoiAiABQaAEaiIJQSj8CgAAIAFB2ANqQQBBwQD8CwAgAUGIA2oiBCACQdAA/AoAACAHIARBmAH8CgAAIAEtAMgBIQQgASgCNCECIAEoAjAhBiABIAc2AqAEIAEgCTYCyAQgAUGIAWohBwJAAkACQEHAACAEayIJIAJNBEAgBA0BDAILIAFBEGogBCAHQZCJwAAQmAEgAUEIaiACIAEoAhAgASgCFEGgicAAELEBIAEoAgggASgCDCAGIAJBsInAABCvASACIARqIQQMAgsgAUHwAWogBiACIAlBwIjAABCKASABKAL8ASECIAEoAvgBIQYgASgC9AEhCSABKALwASEKIAFBIGogBCAHQdCIwAAQmAEgASgCICABKAIkIAogCUHgiMAAEK8BIAFByARqIAdBARDsAQsgAkE/cSEEIAJBBnYiCQRAIAFByARqIAYgCRDsAQsgAUEYaiAEIAdBwABB8IjAABCxASABKAIYIAEoAhwgBiACQcD///8HcWogBEGAicAAEK8BCyABIAQ6AMgBIAFB8AFqIgIgAUE4akGYAfwKAAAgAUIANwO4BCABQgA3A7AEIAFCADcDqAQgAUIANwOgBCABQgA3A+AEIAFCADcD2AQgAUIANwPQBCABQgA3A8gEIAIgAUHAAmoiBCABQcgEaiIGEAwgAUEAOgCAAyAEQSAgBkEgQbCJwAAQrwEgAUEgOgCAAyABQZgCaiAEIAFBoARqEAwgASABKQOgBDcD0AEgASABKQOoBDcD2AEgASABKQOwBDcD4AEgASABKQO4BDcD6AEgAUEsaiIEQS4QVSACIAFB0AFqQSAQ6wEgBCABKAL0ASABKAL4ARB9IAIQ+gEgDyABKAI0NgIIIA8gASkCLDcCACABQfAEaiQAIAVBADYCPCAFQoCAgIAQNwI0IAVBNGoQ7QFB3ZTAAEELEN8BIAUoAiwgBSgCMBDmAUHolMAAQQkQ3wFB8ZTAAEEGEOYBQfeUwABBCRDfASAUEKEBQYCVwABBBBDfARDtAUGElcAAQQIQ3wEgESASEOYBQdiUwABBBRDfASEBAkAgDQRAIAEgDSAQEOYBGgwBCyABQbeQwABBBBDnARoLIAEQ/AFBhpXAAEEIEN8BIAwoAngiASgCOCABKAI8EOYBEPwBIQEgC0EVNgIAIAsgASgCCDYCDCALIAEpAgA3AgQgAUEANgIAIAVBADYCPCAFQQE2AjggARD6ASAPEPoBIAVBGGoQ+gEgDhD6AQwBCyALQQk2AgALIAVBQGskACAIKAIEQRVHBEAgCCAIKAIUNgIoIAggCCkCDDcDICAIIAgpAgQ3AxggACAIQRhqEKMBDAILIABByAEgCEEIahBKDAELIABBpa/AAEEQEH4LIAhBMGokAAtPAQN+IAAgAUL/////D4MiA0IKfiIEQgAiAyABQiCIQgp+fCIBQiCGfCIFNwMAIAAgBCAFVq0gASADVK1CIIYgAUIgiIR8IAJCCn58NwMIC4EBAQJ/AkAgAQRAIAEoAgAEQCAAQc8ANgIIIABByorAADYCBCAAQQA2AgAPCyABQX82AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQhqNgIADwsgAEEbNgIIIABBr4rAADYCBCAAQQA2AgAPCwALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQdzGwAAgAygCACIDKAIAIAMoAgQQCxogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEHcyMAANgIEIAAgATYCACACQSBqJAALbQEBfyMAQRBrIgQkACAEIAM2AgggBCACNgIEIAFBKGwhAwJ/A0BBACADRQ0BGiADQShrIQMgBCAANgIMIABBKGohACAEQQxqIARBBGoQogFFDQALIABBKGsLIQMgBEEQaiQAIANBEGpBACADGwuFAQEBfyMAQSBrIgIkACACQQA2AgwgAkKAgICAgAE3AgQgAiACQQRqIgM2AhACQCABIAJBEGpB5JHAABArIgFFBEAgAxD9AQwBCyACIAIoAgw2AhggAiACKQIENwMQIAAoAgAiABDgASAAIAIoAhg2AgggACACKQMQNwIACyACQSBqJAAgAQt4AQF+AkACQAJAAkACQEEDIAApAwAiAadBAmsgAUIBWBsOBAECAwQACyAAQQhqEPoBIABBFGoQiQIgAEEgahD6AQ8LIABBCGoQ7wEPCyAAQQhqEMgBDwsgAEEIahDIASAAQegAahDdAQ8LIAAQyAEgAEHgAGoQsAELdQEFfyMAQRBrIgIkACABKAIAIQQgASgCBCEFIAJBCGogARAjAkAgAigCCEEBRwRAQYCAxAAhAwwBCyACKAIMIQMgASABKAIAIAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYCBCAAIAY2AgAgAkEQaiQAC24BAn8jAEEwayIEJAAgBEEUaiIFIAMgASACEFQgBEEIaiAFEBQCQCAEKAIIQQFGBEAgBCgCDCEDIAAgAiAEKAIQIgJrNgIMIAAgASACajYCCCAAIAM2AgQMAQtBACEBCyAAIAE2AgAgBEEwaiQAC4ABAQJ/IwBBEGsiBCQAQQRBFBDLASEDIARBBGpB44/AAEEQEE8gA0EMNgIEIANB84/AADYCACADIAQpAgQ3AgggAyAEKAIMNgIQIABBATYCCCAAIAM2AgQgAEEBNgIAIAAgATsBGCAAIAIpAgA3AgwgACACKAIINgIUIARBEGokAAt6AgF/AX4jAEEQayIDJAAgA0EEaiABEGICQCADKAIEIgFBgICAgHhGDQAgAykCCCEEIAJFBEAgACgCACIAEN0BIAAgBDcCBCAAIAE2AgAMAQsgACgCBCIAEN0BIAAgBDcCBCAAIAE2AgALIANBEGokACABQYCAgIB4RwtfAQJ/IwBBEGsiAiQAIAJBCGogABA+AkAgAi0ACEUNACACLQAJIAFB/wFxRw0AIAAoAgwiAUEfSw0AQQEhAyAAIAFBAWo2AgwgACAAKAIIQQFqNgIICyACQRBqJAAgAwtfAQF/IwBBEGsiBCQAIARBCGogASACIAMQeiAEKAIIIgEEfyAEIAEgBCgCDBAeIAQoAgQhAiAEKAIABUEACyEDIAAgAjYCBCAAIANBACACG0EAIAMbNgIAIARBEGokAAvTAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRAQZfGwABByQBBvMbAABCHAQALIAZBCGohCiAHQQhqIQsjAEEQayIEJAAgBEEMaiEIIAEoAgAiBQRAIARBATYCDCAFIQMgASgCBCEFIARBCGohCAsgCCADNgIAAkAgBCgCDCIDBEAgBCgCCCEJAkAgAkUEQCAJBEAgBSAJEFMLIAFBATYCBAwBCyAFIAkgAyACIggQByIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ2gEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBhIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQnQEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEA0gAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECogASgCCCIDQYGAgIB4RwRAIAMgASgCDBDaAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCVAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAtZAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABAIDwtBzMfAAEH8x8AAENwBAAtBjMjAAEG8yMAAENwBAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBwIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQuAEgASAAKAIEIAAoAghqEDEgACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBhIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQtwEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBwgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8gAkEDdCECIAAoAgAhAyAAKAIEIQADQAJAIAJFDQAgACABQQRqKAIARgRAIAEoAgAgAyAAEGpFDQELIAFBCGohASACQQhrIQIMAQsLIAJBAEcLfgECfyMAQRBrIgIkACACIAA2AgwgACgCDCAAKAIEIgFrQRhuIQADQCAABEAgAEEBayEAIAEQoAEgAUEYaiEBDAELCyMAQRBrIgAkACAAIAJBDGooAgAiASgCADYCDCAAIAEoAgg2AgggAEEIahCFAiAAQRBqJAAgAkEQaiQAC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEPEBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQhgIgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMIBIAFFIANBAUdxDQEgAkEQaiQADwsQigIAC0HwicAAQT8QiwIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQwwEgAUUgA0EBR3ENASACQRBqJAAPCxCKAgALQfCJwABBPxCLAgALVAEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQMiAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC1sBAn8CQAJAIAEoAggiAkUEQEEBIQEMAQsgASgCBCEDIAJBARDXASIBRQ0BIAJFDQAgASADIAL8CgAACyAAIAI2AgggACABNgIEIAAgAjYCAA8LQQEgAhDaAQAL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBBDIAVBGGogACgCACgCACAAKAIEKAIAEIABIAVBADYCLCAFIAUoAhwiATYCNCAFIAUoAhgiADYCMCAFKAIgRQRAIAVBEGogBUEsahCJASAFKAIQIQEgBSgCFCEAIAVBCGogAhCZASAFKAIIIgIgASACGyIBQQEgARsgBSgCDCAAIAIbQQAgARsQiwIACyAFIAUoAig2AkAgBSAFKQIgIgw3AzggBSABNgJMIAUgADYCSCMAQeABayIDJABBASEKAkAgDKciBygCjAEiAkUNACACKAI0RQ0AIAIoAjAiAigCCCEJIAIoAgQhCgsCQCAHKQMAQgNRBEAgA0EgaiEIIAAhAiMAQUBqIgQkAAJAIAFBgIAQSwRAQYCAgIB4IQEMAQsgBEIANwIQIAQgATYCDCAEIAI2AghBgICAgHghASAEQYCAgIB4NgIcIARBgICAgHg2AiggBCAEQShqIgs2AjggBCAEQRxqNgI0AkACQCAEQQhqIgBBiJTAAEECIARBNGpBmJTAABCGAUUNACAAEJsBRQ0AIAQoAhwiAEGAgICAeEYEQCALEN0BDAILIAQgBCkCICINNwI4IAQgADYCNCAEKAIoIgJBgICAgHhGBEAgBEE0ahD6AQwCCyAEKQIsIQ4gACEBDAILIARBKGoQ3QEgBEEcahDdAQsLIARBwAA2AhAgBEHQksAANgIMIARBETYCCAJAIAFBgICAgHhGBEAgBCkDCCEMIAhBwAA2AgggCCAMNwIADAELIARBCGoQ2QEgBCABNgI0IAQgDTcCOCAEIAI2AgggBCAONwIMIAgCfwJAIAkgDUIgiKdHDQAgDacgCiAJEGoNACAOpyAOQiCIpxAFRQRAIAhBkJPAADYCBCAIQRE2AgBBOAwCCyAIQQRqIgAgBCgCEDYCCCAAIAQpAgg3AgAgCEEVNgIAIARBNGoQ+gEMAgsgCEHIk8AANgIEIAhBETYCAEEyCzYCCCAEQQhqEPoBIARBNGoQ+gELIARBQGskACADKAIgQRVHBEAgA0EEaiAIEIsBDAILIAMgAygCLDYCECADIAMpAiQ3AgggA0GAgICAeDYCBAwBCyADQQRqQemswABBHhB+CyADQUBrIgAgB0GAAfwKAAAgB0GIrcAAQYAB/AoAACADIAMoAhw2AjggAyADKQIUNwMwIAMgAykCDDcDKCADIAMpAgQiDDcDICADQQRqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAAMLIAcQRyAHQgQ3AwAgB0EIaiADQcgAakHgAPwKAAAgByADKAIQNgJwIAcgAykCCDcCaEEAIQFBASEJDAQLIANByABqIQELIAMgASgCGDYC2AEgAyABKQIQNwPQASADIAEpAgg3A8gBIAMgASkCADcDwAEgByADQcABahBAQQEhASADKAIgQYCAgIB4Rg0BDAILIAcQRyAHIABBgAH8CgAAIANBIGpBBHIQ+gEMAgsgA0EgakEEchD6AQsCQAJAAkBBAyADKQNAIgynQQJrIAxCAVgbDgIBAgALIAAQRwwCCyAJRQ0BIANByABqEO8BDAELIAFFDQAgA0HIAGoQyAELIAcpAwAaIANB4AFqJAAgBUHIAGoQ1QEgBUE4ahDMASAFQdAAaiQAIAZBIGokAAvIAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEEMgAEEYaiABKAIAKAIAIAEoAgQoAgAQgAEgAEEANgIsIAAgACgCHCICNgI0IAAgACgCGCIFNgIwIAAoAiBFBEAgAEEQaiAAQSxqEIkBIAAoAhAhAiAAKAIUIQMgAEEIaiAEEJkBIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxCLAgALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFBja/AAEEYEH4MAQsgAUEcaiIEAn9BByAFIAJBjpXAAEEREMEBDQAaQRIgBSACQZ+VwABBFBDBAQ0AGkEGIAUgAkGzlcAAQQsQwQENABogBEEjNgIIIARBvpXAADYCBEERCzYCACABIAQQowELIAYgARBAIAFBMGokACAAQcgAahDVASAAQThqEMwBIABB0ABqJAAgA0EgaiQAC7cUAg5/An4jAEEgayIHJAAgByACNgIEIAcgATYCACAHIAA2AhggByAHQR9qIgA2AhQgByAANgIQIAcgB0EEajYCDCAHIAc2AggjAEHQAGsiAiQAIAJBGGogB0EIaiIAKAIQEEMgAkEkaiAAKAIAKAIAIAAoAgQoAgAQUAJAIAIoAhgEQCACKAIkQYGAgIB4Rw0BCyACQRBqIAJBJGoQkgEgAigCECEBIAIoAhQhAyACQQhqIAJBGGoQmQEgAigCCCIAIAEgABsiAUEBIAEbIAIoAgwgAyAAG0EAIAEbEIsCAAsgAiACKAIgNgI4IAIgAikCGCISNwMwIAIgAikCJDcDQCACIAIoAiw2AkgjAEEQayINJAAgDUEIaiACQUBrIg8QxwEgDSgCCCEDIA0oAgwhCCMAQeACayIBJAACQCASpyIJKAKMASIARQ0AIAAoAggNACAAKAIUIQUgACgCECEECwJAAkACQCAJKQMAQgRRBEACQCAEIAMgBBsiCgRAIAFBwAFqIQYgCSgCRCELIAkoAkghDiAJLQBkIQwjAEGwAWsiACQAQYCAgIB4IQMCQCAFIAggBBsiBEGAgBBLDQAgAEIANwJ4IAAgBDYCdCAAIAo2AnAgAEGAgICAeDYCWCAAIABB2ABqNgIYAkAgAEHwAGoiBEHIkcAAQQEgAEEYakHQkcAAEIYBRQ0AIAQQmwFFDQAgACkCXCERIAAoAlghAwwBCyAAQdgAahDgAQsgAEEpNgJ4IABB+JHAADYCdCAAQRE2AnACQCADQYCAgIB4RgRAIAApAnghESAGIAAoAoABNgIUIAYgETcCDCAGQfiRwAA2AgggBkKCgICAmAI3AgAMAQsgAEHwAGoQ2QEgACADNgIMIAAgETcCECARQiCIp0EYbCEDIBGnIQQCQAJAAkACQAJAAkADQCADRQ0BIAAgBEH0jMAAQQMQdhBxIAAgACkDADcCWCAAIA42AnQgACALNgJwIANBGGshAyAEQRhqIQQgAEHYAGoiECAAQfAAaiIFEJ8BRQ0ACyAAIARBGGs2AjAgBSAAQTBqIgRBoZLAAEEDEHsgACgCcEUNAyAAKAJ4IQggACgCdCEDIAUgBEHxjMAAQQMQeyAAKAJwRQ0DIAAoAnghCyAAKAJ0IQogBSAEQaSSwABBAxB7IAAoAnBFDQMgACgCeCEOIAAoAnQhBCAKBEAgACALNgJcIAAgCjYCWCAAQQU2AnQgACAMEOgBNgJwIBAgBRDbAUUNBAsgBARAIAAgDjYCdCAAIAQ2AnAgAEHwAGpByJLAABDbAUUNBAsgACAAQTBqIgQ2AjQgDEECRgRAIANFDQQgAyAIQaeSwABBAhDBAUUNBCAAQfAAaiIDIARBqZLAAEEDEHsgACgCcEUNBCAAIAApAnQ3AlggAEHYAGoiBEG0ksAAEJ8BRQ0EIAMgAEE0aiIMQbySwAAQMCAAKAJwIgVBgICAgHhGDQQgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIAxBvZLAABAwIAAoAnAiA0GAgICAeEYEQCAEEPABDAULIAApAnQhESAAIAAoAoQBNgJQIAAgACkCfDcDSCAAIAApAlg3A5ABIAAgACgCYDYCmAEgACAAKAJsIgQ2AkAgACAAKQJkNwM4AkACQCAEQSBGBEAgACgCUCAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABQYCAgIB4IQMgAEGAgICAeDYCcEEgRw0BIAAgAEH0AGoiBCkCEDcDKCAAIAQpAgg3AyAgACAEKQIANwMYDAILIAAgACgCmAE2AnwgACAAKQOQATcCdCAAIBE3AoQBIAAgAzYCgAEgAEGAgICAeDYCcAsgAEHwAGoQsAFBgYCAgHghAwsMAwsgAw0BDAMLIAZBgYCAgHg2AgAgAEEMahD9AQwFCyADIAhBvpLAAEEDEMEBRQ0BIABB8ABqIgMgAEE0aiIEQcGSwAAQMCAAKAJwIgVBgICAgHhGDQEgACAAKAKEATYCbCAAIAApAnw3AmQgACAAKQJ0NwJcIAAgBTYCWCADIARBwpLAABAwIAAoAnAiBUGAgICAeEYEQCAAQdgAahDwAQwCCyAAKQJ0IRIgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOgASAAIAAoAmA2AqgBIAAgACgCbCIINgJAIAAgACkCZDcDOEEAIQNBACAIQQN0ayEEIAAoAjwhCgJ/AkACQANAIAMgCEYNASADIApqIgstAABFBEAgBEEIaiEEIANBAWohAwwBCwtBACALLQAAZ0EYa0H/AXEgBGprQYAQSQ0AIAAoAlAiBEUNACAAKAJMIggtAABCACERQQAhAwNAIAMgCGotAAAiC61C/wGDIBFCCIaEIREgBCADQQFqIgNHDQALRQ0AIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8IAtBAXFFIARBBEsgEUIDVHJyDQEgACAAKQJ0NwMYIAAgACkCfDcDICAAIAApAoQBNwMoIAAoAnAMAgsgACAMOgCIASAAIAApA6ABNwNwIAAgACgCqAE2AnggACASNwOAASAAIAU2AnwLIABB8ABqELABQYGAgIB4CyEDCyAAQcgAahD6ASAAQThqEPoBIANBgYCAgHhGDQAgACAAKQMoNwOAASAAIAApAyA3A3ggACAAKQMYNwNwIABBBjYCWCADQYKAgIB4Rg0BIAYgAzYCACAGIAApA3A3AgQgBiAAKQN4NwIMIAYgACkDgAE3AhQgAEHYAGoQ2QEMAgsgAEEGNgJYCyAGIAAoAmg2AhQgBiAAKQJgNwIMIAYgACkCWDcCBCAGQYKAgIB4NgIACyAAQQxqEP0BCyAAQbABaiQAIAEoAsABQYKAgIB4Rw0BIAFBBGogAUHEAWoQiwEMBAsgAUEEakGIrsAAQSEQfgwDCyABIAEoAtgBNgIcIAEgASkC0AE3AhQgASABKQLIATcCDCABIAEpAsABIhE3AgQgEadBgYCAgHhGDQMgASABQQRqIgAoAhg2AjggASAAKQIQNwMwIAEgACkCCDcDKCABIAApAgA3AyAgAUFAayAJQYAB/AoAACAJQYitwABBgAH8CgAAIAEpA0BCBFINASABQcABaiIDIAFByABqQeAA/AoAACABIAAoAhg2ArgCIAEgACkCEDcDsAIgASAAKQIINwOoAiABIAApAgA3A6ACIAkQRyAJIANBgAH8CgAAIAFBqAFqEN0BDAMLIAFBBGpBqa7AAEEeEH4MAQsgAUFAaxBHIAFBIGoQsAEMAQsgASABKAIcNgLYAiABIAEpAhQ3A9ACIAEgASkCDDcDyAIgASABKQIENwPAAiAJIAFBwAJqEEALIAFB4AJqJAAgDxDdASANQRBqJAAgAkEwahDMASACQdAAaiQAIAdBIGokAAvhAQIEfwF+IwBBEGsiBSQAIwBBEGsiBiQAIAVBBGoiBAJ/AkACQAJAIAOtIAGtfiIIQiCIpw0AIAinIgNBgICAgHggAmtLDQAgAw0BIAQgAjYCCCAEQQA2AgRBAAwDCyAEQQA2AgQMAQsgBkEIaiACIAMQlwEgBigCCCIHBEAgBCAHNgIIIAQgATYCBEEADAILIAQgAzYCCCAEIAI2AgQLQQELNgIAIAZBEGokACAFKAIIIQEgBSgCBEEBRgRAIAEgBSgCDBDaAQALIAAgBSgCDDYCBCAAIAE2AgAgBUEQaiQAC1QBAX8jAEEQayICJAAgAkEIaiABED4CQCACLQAIRQRAIABBgICAgHg2AgAMAQsgAi0ACUEiRgRAIAAgARAKDAELIABBgICAgHg2AgALIAJBEGokAAujAQEDfyMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCACQQRqIgMQ7QEiBEHdj8AAQQYQ3wEgATMBGBChAUHSj8AAQQcQ3wEgASgCBCABKAIIEGZB2Y/AAEEEEN8BIAEoAhAgASgCFBDmARogBBD8ARogACACKAIMNgIIIAAgAikCBDcCACACQQA2AgwgAkKAgICAEDcCBCADEPoBIAJBEGokAAtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAWENwMYIAMgA0EMaq1CgICAgIAFhDcDEEGogMAAIANBEGogAhCHAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEN4BQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDuASEAA0AgAgRAIAAQ7gEgASgCACABKAIEEOYBIAEoAgwgASgCEBDmARD/ARogAkEUayECIAFBFGohAQwBCwsgABD/AQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDPASABQQhqEKABIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQlQEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIQBIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQlQEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC1ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ0wEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAs+AQJ/IwBBEGsiAyQAIAIgAUEBa0sEQCADIAA2AgggAyAAIAFqNgIMIANBCGoQdUEBcyEECyADQRBqJAAgBAtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBwIARBCGogBCgCECAEKAIUIAEgAhCuASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQMSAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMYBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhD1AUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFULCz8BAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB5AkAgAygCCEUNACADKAIMIgBFDQAgAygCBCAAEFMLIANBEGokAAtCAQN/IAAoAgAhAiAAKAIEIQMDQCADIAIiAUcEQCAAIAFBAWoiAjYCACABLQAAQTprQf8BcUH1AUsNAQsLIAEgA0cLOAEBfyMAQRBrIgMkACADQQhqIAAQxQEgAygCCCIABH8gACADKAIMIAEgAhBFBUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAqIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ2gEACyABQRBqJAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ1wEiAUUNAQsgAQ8LAAtAAQN/QQQhBQJAIANFDQAgASgCACIGRQ0AIAAgAjYCBCAAIAEoAgQ2AgAgAyAGbCEEQQghBQsgACAFaiAENgIAC0MBAX8jAEEQayIEJAAgBEEIaiABKAIAIAEoAgQgAiADEEUQcSAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALTAACQAJAAkACQCABKAIAIAIgAxB2IgJFDQBBACEBIAItAAAOBAADAwEDCyAAQQA2AgQMAQsgACACKQMINwIEC0EBIQELIAAgATYCAAtBAQF/IwBBEGsiBSQAIAVBCGogACABIAIgAyAEECogBSgCCCIAQYGAgIB4RwRAIAAgBSgCDBDaAQALIAVBEGokAAs8AQF/IAAgAhC4ASAAKAIIIQMgACACBH8gAgRAIAAoAgQgA2ogASAC/AoAAAsgACgCCAUgAwsgAmo2AggLQQECfyMAQSBrIgMkACADQQhqIgQgASACEE8gA0H0AzsBHCADQQ42AhggA0HBssAANgIUIAAgBBCNASADQSBqJAALNgECfyAALQAAIQMDQCACIgAEQCAAQQFrIQIgAS0AACEEIAFBAWohASADIARHDQELCyAAQQBHCz8BAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEE4gACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEENcBIgFFBEBBBEEIEI0CAAsgASACNgIEIAEgAzYCACAAQczIwAA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEB4gAyADKAIIIAMoAgwQMyAAIAMoAgAgAygCBBBPIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEJMBIAAgAikDCDcDACACQSBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEAciAEUNACAADwsACzsBAX8jAEEQayIFJAAgBSAENgIMIAUgAzYCCCAFIAI2AgQgBSABNgIAIAAgBUH8kMAAEA8gBUEQaiQAC94BAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQfTGwAAgASgCBCABKAIIIgAtAAggAC0ACRAsAAsgAEGAgICAeDYCACAAIAE2AgwgAEGQx8AAIAEoAgQgASgCCCIALQAIIAAtAAkQLAALNAECfyMAQRBrIgEkACABQQhqIAAQIyABKAIIIQAgASgCDCABQRBqJABBgIDEACAAQQFxGws6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQ1QFBAAshASAAIAI2AgQgACABNgIACzkAIAIgA0kEQEGMxMAAQRMgBBCHAQALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs8AQF/IwBBIGsiAiQAIAIgASgCEDYCGCACIAEpAgg3AxAgAiABKQIANwMIIAAgAkEIahCjASACQSBqJAALOAIBfwF+IwBBEGsiAiQAIAJBCGogAUEBQQEQYSACKQMIIQMgAEEANgIIIAAgAzcCACACQRBqJAALyAEBBX8jAEEQayIEJAAgAS8BFCEGIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIARBBGoiBSACQQRqEO0BQf+PwABBBRDfASABKAIMIAEoAhAQ5gFBhJDAAEEHEN8BIAEoAgQgASgCCBDmAUGLkMAAQQoQ3wEgATMBFBChARD8ASIDKAIINgIIIAUgAykCADcCACADQQA2AgAgAkEANgIMIAJBATYCCCADEPoBIAJBEGokACAAIAYgBRBKIAEQ+gEgBEEQaiQAC48BAQV/IwBBEGsiAyQAIANBCGohBSMAQRBrIgIkAANAAkAgAkEIaiABECQgAigCCCIERQRAQQAhBAwBCyACIAQgAigCDBAeIAIoAgQiBkUgAigCACIERXINAQsLIAUgBjYCBCAFIAQ2AgAgAkEQaiQAIAMoAgwhASAAIAMoAgg2AgAgACABNgIEIANBEGokAAs2AQF/IAAoAgghASAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEPoBIABBEGohAAwBCwsLPwAgACgCAEGAgICAeEcEQCABIAAoAgQgACgCCBDlAQ8LIAEoAgAgASgCBCAAKAIMKAIAIgAoAgAgACgCBBALCzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQQARQ0AQQEPCyADRQRAQQAPCyAAIANBACABKAIMEQIACzsBAX8CfyABKAIAQYGAgIB4RgRAIAEoAgghAiABKAIEDAELIAEQ3QFBAAshASAAIAI2AgQgACABNgIACzUBAX8jAEEQayICJAAgAkEIaiABEE4gAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQACzEAIwBBEGsiAiQAIAAoAgAiABCPASACIAA2AgwgASACQQxqQbyqwAAQKyACQRBqJAALMwEDfyAAIAEoAggiAiABKAIEIgNJBH8gASgCACACai0AAAVBAAs6AAEgACACIANJOgAAC2wBAn8gAS0AgwFBAUYEQEEAIQEgAiADQaiNwABBAxDKAQR/A0AgASADRwRAIAEgAmohBSABQQFqIQEgBCAFLQAAQS5GaiEEDAELCyAEQQJGBUEAC0EBcyEECyAAQQRqIAIgAxBPIAAgBDYCAAseACACBEAgAiABENcBIQELIAAgAjYCBCAAIAE2AgALLgAgAUHAAE0EQCAAQcAAIAFrNgIEIAAgASACajYCAA8LIAFBwABBwAAgAxAXAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEMwBQQALIQEgACACNgIEIAAgATYCAAs1AQF/An8gASgCAEUEQCABKAIIIQIgASgCBAwBCyABEM0BQQALIQEgACACNgIEIAAgATYCAAsoAQF/IwBBEGsiASQAIAFBCGogABA+IAEtAAggAUEQaiQAQX9zQQFxCysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQLSAEQRBqJAALQQEBfyMAQRBrIgMkACADQQhqIAEgAhCAASADKAIIIQEgACADKAIMIgI2AgggACABNgIEIAAgAjYCACADQRBqJAALgAIBB38gACgCCCIGIAAoAgBGBEAjAEEQayIEJAAgBEEEaiEFIAAoAgAiAiEDIAAoAgQhBwJ/QQggAkEBdCICIAJBCE0bIggiAkEASARAQQEhA0EAIQJBBAwBCwJ/AkACfyADBEAgByADQQEgAhAHDAELIAJFBEBBASEDDAILIAJBARDXAQsiAw0AIAVBATYCBEEBDAELIAUgAzYCBEEACyEDQQgLIAVqIAI2AgAgBSADNgIAIAQoAgRBAUYEQCAEKAIIIAQoAgwQ2gEACyAEKAIIIQIgACAINgIAIAAgAjYCBCAEQRBqJAALIAAoAgQgBmogAToAACAAIAZBAWo2AggLKgEDfyAAKAIAIgIgASgCACIDckUhBCACRSADRXIEfyAEBSAAIAEQ2wELCzUAAkACQAJAAkAgAC0AAA4FAQEBAgMACyAAQQRqEPsBCw8LIABBBGoQ+gEPCyAAQQRqEP0BC8kBAgN/AX4gABBzIAFCAFMEQCAAQS0QVQsgASABQj+HIgWFIAV9IQEjAEEgayIDJAAgA0EANgIYIANCADcDECADQgA3AwhBEyECAkACQANAIAJBE0sNASADQQhqIAJqIAEgAUIKgCIFQgp+fadBMHI6AAAgAkEBayECIAFCCVYgBSEBDQALIAJBE2shAiADQRxqIQQDQCACBEAgACACIARqLQAAEFUgAkEBaiECDAELCyADQSBqJAAMAQtBf0EUQZCRwAAQZAALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGoFQQELRQuGCQEMfyMAQSBrIgwkACAMQQhqIQsjAEEgayIHJABB4ZXAACEEQdUAIQJBASENQZADIQVBtpbAACEDQRIhCCABKAIAIgYhCUEBIQoCQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkAgBkEBaw4UAAECAwQFBgcICgsMDQ4PEBESExQdCyABKAIIIQIgASgCBCEEQQAhBkHIlsAAIQMMGgtB3JbAACEEQSYhAkEAIQZBgpfAACEDDBkLQZaXwAAhBEEqIQJBACEGQZUDIQVBwJfAACEDDBkLQdKXwAAhBEEsIQJBACEGQZMDIQVB/pfAACEDDBgLIAcgASgCCCIKIAEoAgwiCWo2AgwgByAKNgIIQQAhBiAHQQA2AhAgB0EIaiEFQQAhAkEgIQMjAEEQayIEJAADQAJAIARBCGogBRBIIAQoAgxBgIDEAEYEQCADIQIMAQsgA0EBayIDDQELCyAEQRBqJAAgAg0VIAcgBRBIIAcoAgRBgIDEAEYNFQJAIAcoAgAiAkUNACACIAlPBEAgAiAJRg0BDBULIAIgCmosAABBQEgNFAsgCgwUC0HhmMAAIQRBOiECQQAhBkGRAyEFQbOVwAAhA0ELIQgMFgtBm5nAACEEQSMhAkEAIQZBkQMhBUGOlcAAIQNBESEIDBULIAEoAgghAkEAIQZBkQMhBUG+mcAAIQMgASgCBAwBC0EeIQJBACEGQZEDIQVB6ZnAACEDQcuZwAALIQRBDSEIDBILQfaZwAAhBEE7IQJBACEGQZEDIQVBsZrAACEDQRMhCAwRC0HEmsAAIQRBKiECQQAhBkGRAyEFQe6awAAhAwwLC0H8msAAIQRBOyECQQAhBkGRAyEFQbebwAAhA0EQIQgMDwtBx5vAACEEQR4hAkEAIQZBkQMhBUHlm8AAIQMMCAtB9JvAACEEQSAhAkEAIQZBkQMhBUGUnMAAIQMMBwtBo5zAACEEQSwhAkEAIQZBkQMhBUHPnMAAIQMMBgtB3pzAACEEQTchAkEAIQZBkwMhBUGVncAAIQNBFSEIDAsLIAEoAgghAiABKAIEIQRBACEGQfYDIQVBqp3AACEDDAULQbidwAAhBEEqIQJBACEGQfcDIQVBn5XAACEDDAgLIAEoAgghAiABKAIEIQRBCyEJQQAhBkH0AyEFQe2dwAAhA0HincAADAELIAEoAhAhBiABKAIMIQ0gASgCCCECIAEoAgQhBEENIQlB9AMhBUGInsAAIQNB+53AAAshCkEOIQgMBwtBDyEIDAULQQ4hCAwEC0EACyEDIAIgCSADGyEJIAMgCiADGyEKC0GQmMAAIQRBPCECQZEDIQVBzJjAACEDQRUhCAwCC0EUIQgLQQAhCQsgByAGNgIcIAcgDTYCGCAHIAk2AhQgByAKNgIQIAcgAjYCDCAHIAQ2AgggCyAHQQhqQQMQBCALIAU7ARQgCyAINgIQIAsgAzYCDCAHQSBqJAAgACALEI0BIAEQ2QEgDEEgaiQAC7wCAQd/IwBBMGsiByQAIAdBCGoiAyABIAJBLBDEASMAQdAAayIBJAAgAUEQaiADEI4BAkAgASgCECIEBEAgASgCFCEFIAFBCGpBBEEEQQgQYSABKAIIIQYgASgCDCICIAU2AgQgAiAENgIAIAFBATYCJCABIAI2AiAgASAGNgIcIAFBKGoiBSADQSj8CgAAIAFBHGohAiMAQRBrIgMkAANAAkAgA0EIaiAFEI4BIAMoAggiBkUNACADKAIMIQggAigCCCIEIAIoAgBGBEAgAkEBELYBCyACKAIEIARBA3RqIgkgCDYCBCAJIAY2AgAgAiAEQQFqNgIIDAELCyADQRBqJAAgACABKAIkNgIIIAAgASkCHDcCAAwBCyAAQQA2AgggAEKAgICAwAA3AgALIAFB0ABqJAAgB0EwaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEEsgA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACECEgA0EQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEDYgA0EQaiQACycAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhBGIAJBEGokAAsoACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQlAEgAkEQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACED8gA0EQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARBRIAJBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQJyACQRBqJAALJgECfyAAKAIIIgMgASgCBEYEfyAAKAIEIAEoAgAgAxBqBUEBC0ULKAAgAyAEIAEgAhDKASEBIAAgBCACazYCBCAAIAIgA2pBACABGzYCAAtnACABIANGBEAgAQRAIAAgAiAB/AoAAAsPCyMAQSBrIgAkACAAIAM2AgggACABNgIMIAAgAEEMaq1CgICAgIAFhDcDGCAAIABBCGqtQoCAgICABYQ3AxBBtofAACAAQRBqIAQQhwEACyoBAX8gAEEEQQAgACgCAEGAgICAeEYiARtqEPoBIABBEEEMIAEbahD6AQsjACABIANLBEBBACABIAMgBBAXAAsgACABNgIEIAAgAjYCAAuVBAEJfyMAQRBrIggkACMAQTBrIgIkACACIAE2AgwgAiAANgIIIAIgAkEvaiIANgIoIAIgADYCJCACIAJBDGo2AiAgAiACQQhqNgIcIwBBEGsiBCQAIAQgAkEcaiIAKAIAKAIAIAAoAgQoAgAQgAEgBCgCACEAIAQgBCgCBCIDNgIMIAQgADYCCCACQRBqIQUjAEEQayIGJAAjAEEQayIBJAAgASADNgIMIAEgADYCCEHUdCEAAn8DQEEAIABFDQEaIABBvMTAAGogAEGEAWohACABQQhqENsBRQ0ACyAAQfjCwABqCyEHIAFBEGokAAJAAkAgB0UNACAGQQRqIQojAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgBygCSCIAIAcoAkxBA3RqIQcDQAJAIABFIAAgB0ZyBH8gCUEoRg0BIAlBsKbAAGohACAJQQhqIQlBAAUgAEEIagsgAygCDARAIANBBGpBLBBVCyADQQRqIAAoAgAgACgCBBB9IQAMAQsLIAogAygCDDYCCCAKIAMpAgQ3AgAgA0EQaiQAIAYoAgRBgICAgHhGDQAgBSAGKAIMNgIIIAUgBikCBDcCAAwBCyAFQQA2AgggBUKAgICAEDcCAAsgBkEQaiQAIARBCGoQ1QEgBEEQaiQAIAIgBRCEASAIIAIpAwA3AgAgAkEwaiQAIAgoAgAgCCgCBCAIQRBqJAALTwECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAgACABQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGoQgQIgAEEQaiQAIAFBEGokAAsmACAAKAIAQYCAgIB4RwRAIAAQ+gEgAEEYahDdASAAQQxqEPoBCwsNACAAIAFBFEEEEJECCw0AIAAgAUEIQQQQkQILDQAgACABQQxBBBCRAgsNACAAIAFBAUEBEJECC5cCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEGIwBBMGsiASQAIAFBFGoiAiAAEDsgASgCFEUEQCABQQhqIAIQmgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIsCAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIoAowBIgVFDQAgAikDAEIDUg0AIAUoAghBAkcNACAFKAIUIQIgBSgCECEHCyAIIAI2AgQgCCAHNgIAIAYgACgCCCAAKAIMEM8BIABBEGokACABQSBqEM0BIAFBMGokACAEQQhqIAYQaSADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALggICBn8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQOyABKAIURQRAIAFBCGogAhCaASABKAIIIgBBASAAGyABKAIMQQAgABsQiwIACyABIAEoAhw2AiggASABKQIUIgc3AyAjAEEQayIAJAAgAEEIaiIGIAenIgIoAkw2AgQgBiACKAJIQQAgAikDAEICVBs2AgAgBSAAKAIIIgJBASACGyAAKAIMQQAgAhsQTyAAQRBqJAAgAUEgahDNASABQTBqJAAgBEEIaiAFEJMBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAvKAwIHfwF+IwBBEGsiBSQAIwBBIGsiBiQAIAZBFGohAyMAQTBrIgIkACACQRRqIgEgABA7IAIoAhRFBEAgAkEIaiABEJoBIAIoAggiAEEBIAAbIAIoAgxBACAAGxCLAgALIAIgAigCHDYCKCACIAIpAhQiCDcDICMAQRBrIgQkAAJAAkAgCKciASkDAEIGUg0AIwBBEGsiACQAIABBADYCDCAAQoCAgIAQNwIEIABBBGoiBxDtAUHJj8AAQQMQ3wEgAUEIaiIBKAIEIAEoAggQ5gFBzI/AAEEGEN8BIAEoAiQgASgCKBDmAUHSj8AAQQcQ3wEgASgCECABKAIUEGZB2Y/AAEEEEN8BIAEoAhwgASgCIBDmARD8ARogBEEEaiIBIAAoAgw2AgggASAAKQIENwIAIABBADYCDCAAQoCAgIAQNwIEIAcQ+gEgAEEQaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQzQEgAkEwaiQAIAZBCGogAxCEASAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAALqgICBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQIjAEEwayIBJAAgAUEUaiIFIAAQOyABKAIURQRAIAFBCGogBRCaASABKAIIIgBBASAAGyABKAIMQQAgABsQiwIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEQayIAJAACQAJAIAanIgUpAwBCAVYNACAAQQRqQQIgBS0AeCAFKAJgQYCAgIB4RhsQ6AFBBRBPIAAoAgRBgICAgHhGDQAgAiAAKAIMNgIIIAIgACkCBDcCAAwBCyACQQA2AgggAkKAgICAEDcCAAsgAEEQaiQAIAFBIGoQzQEgAUEwaiQAIARBCGogAhCEASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALyAQCCX8BfiMAQRBrIgUkACMAQSBrIgYkACAGQRRqIQMjAEEwayIBJAAgAUEUaiICIAAQOyABKAIURQRAIAFBCGogAhCaASABKAIIIgBBASAAGyABKAIMQQAgABsQiwIACyABIAEoAhw2AiggASABKQIUIgo3AyAjAEEQayIEJAACQAJAIAqnIgApAwBCAVYNACAEQQRqIQgjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgAEHgAGoiACgCACEJIAJBBGoQ7QFBoZLAAEEDEN8BIQcCQCAJQYCAgIB4RgRAIAdBp5LAAEECEOYBQamSwABBAxDfAUGsksAAQQUQ5gFBvJLAAEEBEN8BIAAoAgggACgCDBDmAUG9ksAAQQEQ3wEgACgCFCAAKAIYEOYBGgwBCyAHQb6SwABBAxDmAUHBksAAQQEQ3wEgACgCBCAAKAIIEOYBQcKSwABBARDfASAAKAIQIAAoAhQQ5gFB8YzAAEEDEN8BIAAtABgQ6AFBBRDmARoLIAggB0GslMAAQQMQ3wFBARDYARD8ASIAKAIINgIIIAggACkCADcCACAAQQA2AgAgAkEANgIMIAJBATYCCCAAEPoBIAJBEGokACAEKAIEQYCAgIB4Rg0AIAMgBCgCDDYCCCADIAQpAgQ3AgAMAQsgA0EANgIIIANCgICAgBA3AgALIARBEGokACABQSBqEM0BIAFBMGokACAGQQhqIAMQhAEgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC/gBAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDsgASgCFEUEQCABQQhqIAIQmgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIsCAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBIGsiACQAAkAgBqciAikDAEICUQRAIAUgAkEIahBjDAELIABBBGoiAkGgkcAAQQwQfiAFIAIQYyACEO8BCyAAQSBqJAAgAUEgahDNASABQTBqJAAgBEEIaiAFEIQBIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAu2AgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohByMAQTBrIgEkACABQRRqIgIgABA7IAEoAhRFBEAgAUEIaiACEJoBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCLAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKQMAQgRSDQAgAigCaEGAgICAeEcEQCACKAJwIQYgAigCbCEFDAELIAIoAowBIgJFDQAgAigCCEEBRw0AIAIoAhQhBiACKAIQIQULIAggBjYCBCAIIAU2AgAgByAAKAIIIAAoAgwQzwEgAEEQaiQAIAFBIGoQzQEgAUEwaiQAIARBCGogBxBpIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA7IAEoAhRFBEAgAUEIaiACEJoBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCLAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCWDYCBCAGIAIoAlRBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBPIABBEGokACABQSBqEM0BIAFBMGokACAEQQhqIAUQkwEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEGoFQQELRQuVAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQyQEMAQsgABDvAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEFMLIAFBEGokAAsLlAEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoAowBBEAgAEGMAWoQyQELIABBgAFqEIkCIAAQRwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQaABEFMLIAFBEGokAAsLIQAgACADIAEgAhBUIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQThqEPoBIABBxABqEPoBIABB0ABqEPoBIAAQ0QELqwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEPoBIABBLGoQ/gEgAEE4ahD+ASAAQQxqEPoBIABB0ABqEOEBIABB3ABqELQBIABBxABqEIICAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQUwsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxBqBUEBC0ULGwEBfyABIAAQ1wEiAkUEQCAAIAEQjQIACyACCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDDAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQwwELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMIBCxsAIAEEQCAAIAEgAhBPDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ+gEgAEEMahDdAQsLGgAgAEEQahD6ASAAQShqEN0BIABBHGoQgAILAwAACxgAIAAgASkCADcCACAAQQhqIAFBCGoQXQsYACAAIAApAyAgAq18NwMgIAAgASACEAMLFwEBfyAAKAIEIgEEQCAAKAIAIAEQUwsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDBAUEBcwsVACABQQlPBEAgASAAEBIPCyAAEAILGwAgAEG7kMAAQb+QwAAgARtBBEEFIAEbEOcBCxUAIAAoAgBBBUYEQCAAQQRqEPoBCwsfACAABEAgACABEI0CAAtB7MjAAEEjQYDJwAAQhwEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQwQELDQAgAEHdACABEIcBAAsWACAAKAIAQYCAgIB4RwRAIAAQ+gELCxIAIAAoAgBBAE4EQCAAEPoBCwsTACAAIAEgAhDmASIAQToQVSAACxYAIAAoAgBBgICAgHhHBEAgABD9AQsLFgAgACgCAEGAgICAeEcEQCAAEP4BCwsNACABBEAgACABEFMLCxwAIABBxMfAACkCADcCCCAAQbzHwAApAgA3AgALHAAgAEG0x8AAKQIANwIIIABBrMfAACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQIAC50CAQF/IAAQcyMAQRBrIgMkACAAQSIQVSADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQiAEiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEFUMCQsgAEGVkMAAQQIQfQwICyAAQZeQwABBAhB9DAcLIABBmZDAAEECEH0MBgsgAEGbkMAAQQIQfQwFCyAAQZ2QwABBAhB9DAQLIABBn5DAAEECEH0MAwsgAEGhkMAAQQIQfQwCCyAAQaOQwABBBBB9IAAgAUEEdi0Ap5BAEFUgACABQQ9xLQCnkEAQVQwBCwsgAEEiEFUgA0EQaiQAIAALEAAgABBzIAAgASACEH0gAAsQACAAQf8BcUECdCgC8MVACxAAIAAoAgAoAgAgAUEBEAMLDQAgACABIAIgAWsQfQsRACAAIAEgAkHZi8AAQQAQGAsRACAAKAIAKAIAIAEgAhDUAQsPACAAEHMgAEH7ABBVIAALDwAgABBzIABB2wAQVSAACw8AIAAQiQIgAEEMahD6AQsPACAAEPoBIABBDGoQ+gELDwAgABD6ASAAQRBqEKABCxMAIABBzMjAADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ5QELkwsBDH8gACgCACEHIAAoAgQhBkEAIQACQAJAIAEiCCgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAS8BDiIBDQFBACEGDAILIAZBEE8EQAJ/AkACQCAGIAdBA2pBfHEiASAHayIJSQ0AIAYgCWsiC0ECdiIKRQ0AIAEgB0cEQCAHIAFrIgRBfE0EQANAIAAgAiAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohACACQQRqIgINAAsLIAIgB2ohBQNAIAAgBSwAAEG/f0pqIQAgBUEBaiEFIARBAWoiBA0ACwsgByAJaiEEAkAgC0EDcSIBRQ0AIAQgC0H8////B3FqIgIsAABBv39KIQMgAUEBRg0AIAMgAiwAAUG/f0pqIQMgAUECRg0AIAMgAiwAAkG/f0pqIQMLIAAgA2ohAgNAIAQhASAKRQ0CQcABIAogCkHAAU8bIgNBA3EhCQJAIANBAnQiBEHwB3EiAEUEQEEAIQUMAQsgACABaiELQQAhBSABIQADQCAFIAAoAgAiDUF/c0EHdiANQQZ2ckGBgoQIcWogAEEEaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQhqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBDGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWohBSAAQRBqIgAgC0cNAAsLIAogA2shCiABIARqIQQgBUEIdkH/gfwHcSAFQf+B/AdxakGBgARsQRB2IAJqIQIgCUUNAAsCfyABIANB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEGdnJBgYKECHEiASAJQQFGDQAaIAEgACgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIBIAlBAkYNABogACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIAQQh2Qf+BHHEgAEH/gfwHcWpBgYAEbEEQdiACaiECDAELQQAgBkUNARogBkEDcSEFIAZBBE8EQCAGQXxxIQEDQCACIAQgB2oiACwAAEG/f0pqIABBAWosAABBv39KaiAAQQJqLAAAQb9/SmogAEEDaiwAAEG/f0pqIQIgASAEQQRqIgRHDQALIAVFDQELIAQgB2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIAVBAWsiBQ0ACwsgAgshAgwECyAGRQ0DIAZBA3EhACAGQQRPBEAgBkEMcSEEA0AgAiADIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiECIAQgA0EEaiIDRw0ACyAARQ0ECyADIAdqIQMDQCACIAMsAABBv39KaiECIANBAWohAyAAQQFrIgANAAsMAwsgBiAHaiECQQAhBiAHIQMgASEAA0AgAyIEIAJGDQIgBgJ/IANBAWogAywAACIDQQBODQAaIARBAmogA0FgSQ0AGiAEQQRBAyADQW9LG2oLIgMgBGtqIQYgAEEBayIADQALC0EAIQALIAEgAGshAgsgAiAILwEMIgBPDQAgACACayEBQQAhAkEAIQACQAJAAkAgDEEddkEDcUEBaw4CAAECCyABIQAMAQsgAUH+/wNxQQF2IQALIAxB////AHEhBSAIKAIEIQQgCCgCACEIA0AgAkH//wNxIABB//8DcUkEQEEBIQMgAkEBaiECIAggBSAEKAIQEQQARQ0BDAMLC0EBIQMgCCAHIAYgBCgCDBECAA0BQQAhAiABIABrQf//A3EhAANAIAJB//8DcSIBIABJIQMgACABTQ0CIAJBAWohAiAIIAUgBCgCEBEEAEUNAAsMAQsgCCgCACAHIAYgCCgCBCgCDBECACEDCyADCwsAIAAgASACEGpFCwwAIAAgASACIAMQJguVAQICfwF+IwBBMGsiASQAIAFBFGoiAiAAEDsgASgCFEUEQCABQQhqIAIQmgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIsCAAsgASABKAIcNgIoIAEgASkCFCIDNwMgQQJCgIiEkDAgA6cpAwAiA6dBAmutQv8Bg0IDhoinIANCAVgbIAFBIGoQzQEgAUEwaiQAQf8BcbgLDwAgAEHcxsAAIAEgAhALCw8AQdjOwABBMyAAEIcBAAsKACAAQQFBARB0CzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDxASACQShqIQIMAQsLIAAQhgILCwAgAEH9ABBVIAALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEKABIAJBGGohAgwBCwsgABCFAgs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+gEgAkEMaiECDAELCyAAQQRBDBB0CwsAIABB3QAQVSAACzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPoBIAFBDGoQ+gEgAkEBayECIAFBGGohAQwBCwsgABCIAgsKACAAQQRBCBB0CzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPoBIAFBDGoQ/gEgAkEBayECIAFBGGohAQwBCwsgABCIAgs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ+gEgAkEQaiECDAELCyAAEIQCCwoAIABBBEEQEHQLCgAgAEEIQRgQdAsKACAAQQhBKBB0CwoAIAAgASACEB8LCgAgAEEEQRgQdAs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ+gEgAUEUaiEBDAELCyAAQQRBFBB0Cw0AQfzFwABBGxCLAgALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBrM/AACgCACIAQRggABsRAAAACwwAQYTTwABBAToAAAsJACAAQQA2AgALAwAACyMBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACEHwLCwuTSyMAQYCAwAALiS0Wc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9obWFjLTAuMTIuMS9zcmMvbGliLnJzAHNyYy9yZmMzMzM5LnJzACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAGcBEABPAAAAzQEAADcAAAAYARAATgAAAA0IAAARAAAAGgIQAGQAAAB8AAAAJAAAAPsCEABZAAAAogAAACcAAAD7AhAAWQAAAKQAAAAYAAAA+wIQAFkAAACkAAAAIAAAAPsCEABZAAAArgAAABQAAAD7AhAAWQAAAK4AAAAaAAAA+wIQAFkAAACdAAAAGAAAAPsCEABZAAAAnQAAAB8AAAD7AhAAWQAAAJ0AAAAlAAAA+wIQAFkAAAAtAQAAIgAAAPsCEABZAAAAOAEAAB4AAAD7AhAAWQAAADUBAAAYAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxMQYQAAMAAAAxMjcAPAYQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjlSUzI1NmFsZ2tpZGNyaXQAcQYQAAMAAAB0BhAAAwAAAHcGEAAEAAAAAAAAAAwAAAAEAAAAAQAAAAIAAABleUpoZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ3BheWxvYWQgaXMgbm90IGJhc2U2NHVybHBheWxvYWQgaXMgbm90IGEgSlNPTiBvYmplY3RzaWduYXR1cmUgaXMgbm90IGJhc2U2NHVybEVTMjU2NwcQAAUAAAAudGhlIHNpZ25hdHVyZSBpcyBlbXB0eSBvciBub3Qgb2YgaXRzIGFsZ29yaXRobSdzIHNpemVjcml0aWNhbCBoZWFkZXIgZXh0ZW5zaW9ucyBhcmUgbm90IHN1cHBvcnRlZGEgSldUIGhhcyB0aHJlZSBkb3Qtc2VwYXJhdGVkIHBhcnRzdXJsbWV0aG9kaGVhZGVyc2JvZHlzdGF0dXNhcHBsaWNhdGlvbi9qc29uQ29udGVudC1UeXBlZXJyb3JtZXNzYWdlc3RhdHVzQ29kZVwiXFxcYlx0XG5cZlxyXHUwMDAxMjM0NTY3ODlhYmNkZWZudWxsdHJ1ZWZhbHNlAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAALcBEAALAAAASwEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAALcBEAALAAAA7gEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudmtleXMAwwgQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VFQ2NydlAtMjU2AAAALAkQAAUAAAB4eVJTQW5lc2lnAABDCRAAAwAAAHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQgaXMgbm90IEpTT04gd2l0aCBhbiBpc3N1ZXIgYW5kIGEgandrc191cml0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3Mgandrc191cmkgaXMgbm90IGFuIGh0dHBzOi8vIFVSTHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBpc3N1ZXIgaXMgbm90IE9JRENfSVNTVUVSaXNzdWVyandrc191cmn6CRAABgAAAAAKEAAIAAAAAAAAAAgAAAAEAAAACwAAAAwAAABleHRzdWJyb2xlYXV0aGVudGljYXRlZGF1ZGluc2ZvcmdlLWFwaWlhdGV4cGVtYWlsYWNjZXNzVG9rZW50b2tlblR5cGVCZWFyZXJleHBpcmVzQXR1c2VyaWRwcm92aWRlcmludmFsaWRfc2lnbmF0dXJlcHJvdmlkZXJfdW5yZWFjaGFibGV1bmtub3duX2tleXRoZSBwcm92aWRlciBhbnN3ZXJlZCB3aXRoIGFuIGVycm9yc2VuZCB0aGUgcHJvdmlkZXIgdG9rZW4gYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCBvciBKU09OIGB7InRva2VuIjogIuKApiJ9YG1pc3NpbmdfY3JlZGVudGlhbG1hbGZvcm1lZF9jcmVkZW50aWFsdGhlIGNyZWRlbnRpYWwgZXhjZWVkcyA4MTkyIGNoYXJhY3RlcnNjcmVkZW50aWFsX3Rvb19sYXJnZXVzZSBQT1NUIChvciBPUFRJT05TIGZvciBhIENPUlMgcHJlZmxpZ2h0KW1ldGhvZF9ub3RfYWxsb3dlZHRoaXMgT3JpZ2luIGlzIG5vdCBpbiBCUklER0VfQUxMT1dFRF9PUklHSU5Tb3JpZ2luX25vdF9hbGxvd2VkYWxnIG5vdCBhY2NlcHRlZCAoUlMyNTY7IG9pZGMtYnJpZGdlOiBSUzI1NiwgUFMyNTYsIEVTMjU2KTogdW5zdXBwb3J0ZWRfYWxnb3JpdGhtdGhlIHRva2VuJ3Mga2lkIG1hdGNoZXMgbm8gUlNBIHNpZ25pbmcga2V5IG9mIHRoZSBwcm92aWRlcnRoZSB0b2tlbiBzaWduYXR1cmUgZG9lcyBub3QgdmVyaWZ5aW52YWxpZF90b2tlbnRoZSBwcm92aWRlciB0b2tlbiBoYXMgZXhwaXJlZHRva2VuX2V4cGlyZWR0aGUgcHJvdmlkZXIgdG9rZW4gaXMgbm90IHZhbGlkIHlldCAobmJmL2lhdCBpbiB0aGUgZnV0dXJlKXRva2VuX25vdF95ZXRfdmFsaWR0aGUgdG9rZW4gaXNzdWVyIGlzIG5vdCBhbiBhY2NlcHRlZCBpc3N1ZXJpbnZhbGlkX2lzc3VlcnRoZSB0b2tlbiBhdWRpZW5jZSBkb2VzIG5vdCBpbmNsdWRlIHRoZSBjb25maWd1cmVkIGF1ZGllbmNlaW52YWxpZF9hdWRpZW5jZXRoZSB0b2tlbiBoYXMgbm8gdXNlciBpZCAoc3ViKW1pc3Npbmdfc3ViamVjdHRoZSBwcm92aWRlciBzZXNzaW9uIGhhcyBleHBpcmVkc2Vzc2lvbl9leHBpcmVkdGhlIHByb3ZpZGVyIGRvZXMgbm90IHJlY29nbmlzZSB0aGlzIHNlc3Npb25pbnZhbGlkX3Nlc3Npb25tYWNoaW5lLXRvLW1hY2hpbmUgdG9rZW5zIGNhcnJ5IG5vIHVzZXIgYW5kIGFyZSByZWZ1c2VkbWFjaGluZV90b2tlbl9yZWZ1c2VkcHJvdmlkZXJfZXJyb3J0aGUgaWRlbnRpdHkgcHJvdmlkZXIgY291bGQgbm90IGJlIHJlYWNoZWQgaXMgbm90IHNldG1pc3Npbmdfc2VjcmV0IGlzIGludmFsaWQ6IGludmFsaWRfc2VjcmV0YXV0aGVudGljYXRpb25fZmFjdG9yc2VtYWlsX2ZhY3RvcmVtYWlsX2FkZHJlc3MwAABFDxAAAQAAAGV4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZmlzc2d0eWNsaWVudF9jcmVkZW50aWFscwN0b2tlbl91c2VhY2Nlc3NjbGllbnRfaWQCYXpwAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUDF5ZXNub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0vLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQCEChAAAgAAANsPEAAGAAAAbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAABUTEAAEAAAAYmFzZSQTEAAEAAAASxEQAAoAAABVERAAGAAAAG0REAAaAAAAohEQABYAAAC5ERAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAAvChAAAwAAADIKEAAEAAAAQwoQAAMAAAC5DxAAAwAAAFIKEAADAAAAVQoQAAMAAAC2DxAAAwAAAFgKEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAvxQQAAcAAACAChAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZADsFBAABwAAAAkQEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAABgVEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkWAoQAAUAAABQFRAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUZGlzY292ZXJlZCBpcyBub3QgZXhwZWN0ZWQgbm93AAIAQZStwAALAQQAQaCtwAALCgEAAAAAAAAA9AEAQYiuwAAL1QpzZWxlY3Rfa2V5IG5lZWRzIHRoZSBmZXRjaGVkIEpXS1NzZWxlY3Rfa2V5IGlzIG5vdCBleHBlY3RlZCBub3dzdHl0Y2hfYW5zd2VyIGlzIG5vdCBleHBlY3RlZCBub3dzaWduYXR1cmVfY2hlY2tlZCBpcyBub3QgZXhwZWN0ZWQgbm93ZmFpbCBpcyBub3QgZXhwZWN0ZWQgbm93bm8gY29uZmlndXJhdGlvbk9QVElPTlNDb250ZW50LUxlbmd0aHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbAAAAFQZEAAGAAAAWhkQAAsAAAAvZW1haWxfdmVyaWZpZWRXT1JLT1NfSVNTVUVSV09SS09TX0pXS1NfVVJMaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy97fXdvcmtvc1dPUktPU19DTElFTlRfSURXT1JLT1NfSldLUwAAyxkQABAAAACHGRAADQAAAJQZEAAPAAAA2xkQAAsAAABodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQve30ACBoQABYAAAAeGhAAKQAAAFQZEAAGAAAAS0lOREVfSldLU19VUkx7fS8ud2VsbC1rbm93bi9qd2tzLmpzb25LSU5ERV9BVURJRU5DRWtpbmRlS0lOREVfSVNTVUVSX1VSTEtJTkRFX0pXS1MAmRoQABAAAACGGhAADgAAAGAaEAAOAAAAqRoQAAoAAAB7fQAA1BoQAAIAAAB7YmFzZX0vdjEvc2Vzc2lvbnMvandrcy97fXN0eXRjaFNUWVRDSF9KV0tTABoWEAARAAAADxIQAA0AAADGERAADwAAAAAbEAALAAAAc3R5dGNoLmNvbS97fXtiYXNlfQAsGxAADQAAADkbEAAGAAAAT0lEQ19KV0tTX1VSTE9JRENfQVVESUVOQ0VPSURDX0lTU1VFUk9JRENfSldLUwAA7hAQAAsAAABqGxAACwAAAF0bEAANAAAAUBsQAA0AAAB1GxAACQAAAGkSEAAOAAAAAAECY2xlcmthdXRoMGZpcmViYXNlY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbQAA1BoQAAIAAAD7GxAAEwAAAC91c2VyX21ldGFkYXRhL2VtYWlsX3ZlcmlmaWVkc3VwYWJhc2UAAAA2ChAADQAAAGgZEAACAAAAeBkQAA8AQei4wAALFYcZEAANAAAAlBkQAA8AAACjGRAAIgBBiLnAAAtBxRkQAAYAAADFGRAABgAAAOgZEAAEAAAAyxkQABAAAABIGhAAAgAAANsZEAALAAAABAAAAAAAAAANBBAAAQAAAAEAQdS5wAALDVgaEAABAAAAeBkQAA8AQfS5wAALYWAaEAAOAAAAbhoQABgAAACGGhAADgAAAJQaEAAFAAAAlBoQAAUAAAC0GhAABAAAAJkaEAAQAAAA2BoQAAEAAACpGhAACgAAAAQAAAAAAAAADQQQAAEAAAANBBAAAQAAAAEAQYC7wAALBeAaEAAaAEGQu8AAC1n6GhAABgAAAPoaEAAGAAAADBsQAAQAAAAaFhAAEQAAAEAbEAACAAAAABsQAAsAAADYGhAAAQAAAA0EEAABAAAA7g8QAAEAAAAAAAABWBoQAAEAAAB4GRAADwBB/LvAAAsFUBsQAA0AQYy8wAALYV0bEAANAAAAFRMQAAQAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AQYC9wAALBVAbEAANAEGQvcAAC2FdGxAADQAAALMbEAAFAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAADqDxAAAQAAAAEBAABYGhAAAQAAAHgZEAAPAEGEvsAACwVQGxAADQBBlL7AAAthXRsQAA0AAAC4GxAABQAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAB4GRAADwBBiL/AAAsFUBsQAA0AQZi/wAALYV0bEAANAAAAvRsQAAgAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AQYzAwAALBVAbEAANAEGcwMAAC2FdGxAADQAAAMUbEAAHAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAADRDxAAAQAAAAEBAQBYGhAAAQAAAMwbEAAJAEGQwcAACwVQGxAADQBBoMHAAAtpXRsQAA0AAADVGxAABQAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAB4GRAADwAAANobEAAbAEGUwsAACwVQGxAADQBBpMLAAAthXRsQAA0AAAD1GxAABgAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAABAcEAACAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAAgHBAAHQBBmMPAAAsFUBsQAA0AQajDwAAL8wVdGxAADQAAAD0cEAAIAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAEgcEAABAAAAsBsQAAMAAAABAAAAAAAAAAEBAACnAxAADgAAACIAAAA1AAAAbWlkID4gbGVuAAAAVQMQAFEAAAB8AAAAFAAAAFUDEABRAAAAfAAAACMAAABVAxAAUQAAAHMAAAAQAAAAVQMQAFEAAABzAAAAHgAAAM8AEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8AEABIAAAAmgAAAAoAAADDARAAVgAAAEIAAAATAAAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FsYARAATgAAAOYFAAAlAAAAbAYQAE8ZEAA3BxAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AH8CEABQAAAALAMAAAkAAAAYARAATgAAAHEHAAARAAAAGQAAAAwAAAAEAAAAGgAAABsAAAAcAAAAAAAAAAgAAAAEAAAAHQAAAB4AAAAfAAAAIAAAACEAAAAQAAAABAAAACIAAAAjAAAAJAAAACUAAABtXcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj92Fzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAANACEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAADQAhAAKgAAALcEAAANAAAAAAAAAAgAAAAEAAAAJgAAABkAAAAMAAAABAAAACcAAABjYXBhY2l0eSBvdmVyZmxvdwAAAH8CEABQAAAAHAAAAAUAAAACAgICAgICAgICAgBBuMnAAAsIAgIAAAAAAAIAQe/JwAALAQIAQZXKwAALAQEAQbDKwAALAQEAQZDLwAALyAIwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEGazsAACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQdjOwAALGWF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AQfTOwAALARcAQYDPwAALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

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

// functions/src/stytch-bridge.js
var stytch_bridge_default = bridgeHandler("stytch");
module.exports = stytch_bridge_default;
})();
