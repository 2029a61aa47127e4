// kinde-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy kinde-bridge --file functions/dist/kinde-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:14a14a14f928bc983515091194f49ca442ef6ee822d92ba8729f564ac3035d05
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgA39/fwF/YAN/f38AYAF/AGACf38Bf2AEf39/fwBgBH9/f38Bf2AFf39/f38AYAF/AX9gAAJ/f2ABfwJ/f2AAAGAKf39/f39/f39/fAF/YAV/f39/fABgBn9/f39/fwBgA39/fABgBH9/f34AYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA/UB8wEIAgcEAgYDBQAGAgAAAQIEAAAADAUHBAQHBQIBAQAAAAAGBAENDgEHBgUCAAICCAYBBQAABgAPAgABABARAAAGAQAFAgQFAAICBAgDAAUAAAABAAICBQAAAgUCAQQBAAIBBQIAAQMHAggBBAUFBwICBQIAAgIABAYSAgAHAAUAAAADBAYAAAEFAAIFAAAIBgIABAMTBAACAQEBAQEEBAcHBxQDAAAACgoKCgoKBgMDBQAAAAMDBgQDAwMCAwMAAgMEAwAEAAMDAQMDAwIAAAEBBAACAgICCAgDAwAEBAEGFQEDAwMIAwMIAwEDCwAAAAAACwAECQJwASgobwCECAUDAQARBhkDfwFBgIDAAAt/AEHYt8AAC38AQYi4wAALB58EGAZtZW1vcnkCABFfX3diZ19icmlkZ2VfZnJlZQBRGF9fd2JnX2JyaWRnZXNlc3Npb25fZnJlZQBSDGJyaWRnZV9iZWdpbgAVD2JyaWRnZV9lbnZfa2V5cwCjAQpicmlkZ2VfbmV3ADESYnJpZGdlc2Vzc2lvbl9mYWlsAFUWYnJpZGdlc2Vzc2lvbl9qd2tzX3VybACsARFicmlkZ2VzZXNzaW9uX2tleQCqARJicmlkZ2VzZXNzaW9uX2tpbmQA4QETYnJpZGdlc2Vzc2lvbl9yZXBseQCrARhicmlkZ2VzZXNzaW9uX3NlbGVjdF9rZXkAVhdicmlkZ2VzZXNzaW9uX3NpZ25hdHVyZQCtAR9icmlkZ2VzZXNzaW9uX3NpZ25hdHVyZV9jaGVja2VkADgbYnJpZGdlc2Vzc2lvbl9zaWduaW5nX2lucHV0AKgBG2JyaWRnZXNlc3Npb25fc3R5dGNoX2Fuc3dlcgAmHGJyaWRnZXNlc3Npb25fc3R5dGNoX3JlcXVlc3QAqQEPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwIVX193YmluZGdlbl9leHRlcm5yZWZzAQERX193YmluZGdlbl9tYWxsb2MAbBJfX3diaW5kZ2VuX3JlYWxsb2MAeQ9fX3diaW5kZ2VuX2ZyZWUAzQEQX193YmluZGdlbl9zdGFydAABCUUBAEEBCyfrAR2eAUuQASrgASObAUKZAR6aATKcAYgBnwEknQE78wHxAb4BUxniAd0BdNwB7wG+AYQBIkDyAc8BzgEY3gEMAQ0KwokE8wHTJQIJfwF+IwBBEGsiCCQAAkACQAJAIABB9QFPBEAgAEHM/3tLBEBBACEADAQLIABBC2oiAUF4cSEFQcS7wAAoAgAiCUUNAkEfIQYgAEH1//8HTw0BIAVBJiABQQh2ZyIAa3ZBAXEgAEEBdGtBPmohBgwBCwJAAkACQAJAAkBBwLvAACgCACIEQRAgAEELakH4A3EgAEELSRsiBUEDdiIAdiIBQQNxBEAgAUF/c0EBcSAAaiIHQQN0IgFBuLnAAGoiACABQcC5wABqKAIAIgIoAggiA0YNASADIAA2AgwgACADNgIIDAILIAVByLvAACgCAE0NBiABDQJBxLvAACgCACIARQ0GIABoQQJ0Qai4wABqKAIAIgEoAgRBeHEgBWshAyABIQIDQAJAIAEoAhAiAA0AIAEoAhQiAA0AIAIoAhghBgJAAkAgAiACKAIMIgBGBEAgAkEUQRAgAigCFCIAG2ooAgAiAQ0BQQAhAAwCCyACKAIIIgEgADYCDCAAIAE2AggMAQsgAkEUaiACQRBqIAAbIQQDQCAEIQcgASIAQRRqIABBEGogACgCFCIBGyEEIABBFEEQIAEbaigCACIBDQALIAdBADYCAAsgBkUNBgJAIAIoAhxBAnRBqLjAAGoiASgCACACRwRAIAIgBigCEEcEQCAGIAA2AhQgAA0CDAkLIAYgADYCECAADQEMCAsgASAANgIAIABFDQYLIAAgBjYCGCACKAIQIgEEQCAAIAE2AhAgASAANgIYCyACKAIUIgFFDQYgACABNgIUIAEgADYCGAwGCyAAKAIEQXhxIAVrIgEgAyABIANJIgEbIQMgACACIAEbIQIgACEBDAALAAtBwLvAACAEQX4gB3dxNgIACyACQQhqIQAgAiABQQNyNgIEIAEgAmoiASABKAIEQQFyNgIEDAULAkBBAiAAdCICQQAgAmtyIAEgAHRxaCIHQQN0IgFBuLnAAGoiAiABQcC5wABqKAIAIgAoAggiA0cEQCADIAI2AgwgAiADNgIIDAELQcC7wAAgBEF+IAd3cTYCAAsgACAFQQNyNgIEIAAgBWoiBiABIAVrIgdBAXI2AgQgACABaiAHNgIAQci7wAAoAgAiAgRAQdC7wAAoAgAhAQJAQcC7wAAoAgAiBEEBIAJBA3Z0IgNxRQRAQcC7wAAgAyAEcjYCACACQXhxQbi5wABqIgMhBAwBCyACQXhxIgJBuLnAAGohBCACQcC5wABqKAIAIQMLIAQgATYCCCADIAE2AgwgASAENgIMIAEgAzYCCAsgAEEIaiEAQdC7wAAgBjYCAEHIu8AAIAc2AgAMBAtBxLvAAEHEu8AAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgcgA0EBcjYCBCADIAdqIAM2AgBByLvAACgCACIBRQ0BQdC7wAAoAgAhAAJAQcC7wAAoAgAiBEEBIAFBA3Z0IgZxRQRAQcC7wAAgBCAGcjYCACABQXhxQbi5wABqIgQhAQwBCyABQXhxIgRBuLnAAGohASAEQcC5wABqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0HQu8AAIAc2AgBByLvAACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAZBAnRBqLjAAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgBkEBdmtBACAGQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiByAFSQ0AIAcgBWsiByADTw0AIAIhASAHIgMNAEEAIQMgASEADAMLIAIoAhQiByAAIAcgAiAEQR12QQRxaigCECICRxsgACAHGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAZ0IgBBACAAa3IgCXEiAEUNAyAAaEECdEGouMAAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSICIAVrIgQgAyADIARLIgQbIAIgBUkiAhshAyABIAAgASAEGyACGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUHIu8AAKAIAIgBNIAMgACAFa09xDQAgASgCGCEGAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhByACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgB0EANgIACwJAIAZFDQACQAJAIAEoAhxBAnRBqLjAAGoiAigCACABRwRAIAEgBigCEEcEQCAGIAA2AhQgAA0CDAQLIAYgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBjYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0HEu8AAQcS7wAAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQFAwCCwJAQcC7wAAoAgAiAkEBIANBA3Z0IgRxRQRAQcC7wAAgAiAEcjYCACADQfgBcUG4ucAAaiIDIQIMAQsgA0H4AXEiBEG4ucAAaiECIARBwLnAAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVByLvAACgCACIBSwRAIAVBzLvAACgCACIATwRAIAhBBGohAAJ/IAVBr4AEakGAgHxxIgFBEHYgAUH//wNxQQBHaiIBQAAiBEF/RgRAQQAhAUEADAELIAFBEHQiAkEQayACIARBEHQiAUEAIAJrRhsLIQIgAEEANgIIIAAgAjYCBCAAIAE2AgAgCCgCBCIBRQRAQQAhAAwICyAIKAIMIQdB2LvAACAIKAIIIgRB2LvAACgCAGoiADYCAEHcu8AAIABB3LvAACgCACICIAAgAksbNgIAAkACQEHUu8AAKAIAIgIEQEGoucAAIQADQCABIAAoAgAiAyAAKAIEIgZqRg0CIAAoAggiAA0ACwwCC0Hku8AAKAIAIgBBACAAIAFNG0UEQEHku8AAIAE2AgALQei7wABB/x82AgBBtLnAACAHNgIAQay5wAAgBDYCAEGoucAAIAE2AgBBxLnAAEG4ucAANgIAQcy5wABBwLnAADYCAEHAucAAQbi5wAA2AgBB1LnAAEHIucAANgIAQci5wABBwLnAADYCAEHcucAAQdC5wAA2AgBB0LnAAEHIucAANgIAQeS5wABB2LnAADYCAEHYucAAQdC5wAA2AgBB7LnAAEHgucAANgIAQeC5wABB2LnAADYCAEH0ucAAQei5wAA2AgBB6LnAAEHgucAANgIAQfy5wABB8LnAADYCAEHwucAAQei5wAA2AgBBhLrAAEH4ucAANgIAQfi5wABB8LnAADYCAEGAusAAQfi5wAA2AgBBjLrAAEGAusAANgIAQYi6wABBgLrAADYCAEGUusAAQYi6wAA2AgBBkLrAAEGIusAANgIAQZy6wABBkLrAADYCAEGYusAAQZC6wAA2AgBBpLrAAEGYusAANgIAQaC6wABBmLrAADYCAEGsusAAQaC6wAA2AgBBqLrAAEGgusAANgIAQbS6wABBqLrAADYCAEGwusAAQai6wAA2AgBBvLrAAEGwusAANgIAQbi6wABBsLrAADYCAEHEusAAQbi6wAA2AgBBzLrAAEHAusAANgIAQcC6wABBuLrAADYCAEHUusAAQci6wAA2AgBByLrAAEHAusAANgIAQdy6wABB0LrAADYCAEHQusAAQci6wAA2AgBB5LrAAEHYusAANgIAQdi6wABB0LrAADYCAEHsusAAQeC6wAA2AgBB4LrAAEHYusAANgIAQfS6wABB6LrAADYCAEHousAAQeC6wAA2AgBB/LrAAEHwusAANgIAQfC6wABB6LrAADYCAEGEu8AAQfi6wAA2AgBB+LrAAEHwusAANgIAQYy7wABBgLvAADYCAEGAu8AAQfi6wAA2AgBBlLvAAEGIu8AANgIAQYi7wABBgLvAADYCAEGcu8AAQZC7wAA2AgBBkLvAAEGIu8AANgIAQaS7wABBmLvAADYCAEGYu8AAQZC7wAA2AgBBrLvAAEGgu8AANgIAQaC7wABBmLvAADYCAEG0u8AAQai7wAA2AgBBqLvAAEGgu8AANgIAQby7wABBsLvAADYCAEGwu8AAQai7wAA2AgBB1LvAACABQQ9qQXhxIgBBCGsiAjYCAEG4u8AAQbC7wAA2AgBBzLvAACAEQShrIgQgASAAa2pBCGoiADYCACACIABBAXI2AgQgASAEakEoNgIEQeC7wABBgICAATYCAAwICyACIANJIAEgAk1yDQAgACgCDCIDQQFxDQAgA0EBdiAHRg0DC0Hku8AAQeS7wAAoAgAiACABIAAgAUkbNgIAIAEgBGohA0GoucAAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgwiA0EBcQ0AIANBAXYgB0YNAQtBqLnAACEAA0ACQCACIAAoAgAiA08EQCACIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0HUu8AAIAFBD2pBeHEiAEEIayIDNgIAQcy7wAAgBEEoayIJIAEgAGtqQQhqIgA2AgAgAyAAQQFyNgIEIAEgCWpBKDYCBEHgu8AAQYCAgAE2AgAgAiAGQSBrQXhxQQhrIgAgACACQRBqSRsiA0EbNgIEQai5wAApAgAhCiADQRBqQbC5wAApAgA3AgAgA0EIaiIAIAo3AgBBtLnAACAHNgIAQay5wAAgBDYCAEGoucAAIAE2AgBBsLnAACAANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAiADRg0HIAMgAygCBEF+cTYCBCACIAMgAmsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCACIAAQFAwICwJAQcC7wAAoAgAiAUEBIABBA3Z0IgRxRQRAQcC7wAAgASAEcjYCACAAQfgBcUG4ucAAaiIAIQEMAQsgAEH4AXEiAEG4ucAAaiEBIABBwLnAAGooAgAhAAsgASACNgIIIAAgAjYCDCACIAE2AgwgAiAANgIIDAcLIAAgATYCACAAIAAoAgQgBGo2AgQgAUEPakF4cUEIayIEIAVBA3I2AgQgBkEPakF4cUEIayIDIAQgBWoiAGshBSADQdS7wAAoAgBGDQMgA0HQu8AAKAIARg0EIAMoAgQiAkEDcUEBRgRAIAMgAkF4cSIBEBIgASAFaiEFIAEgA2oiAygCBCECCyADIAJBfnE2AgQgACAFQQFyNgIEIAAgBWogBTYCACAFQYACTwRAIAAgBRAUDAYLAkBBwLvAACgCACIBQQEgBUEDdnQiAnFFBEBBwLvAACABIAJyNgIAIAVB+AFxQbi5wABqIgUhAwwBCyAFQfgBcSIBQbi5wABqIQMgAUHAucAAaigCACEFCyADIAA2AgggBSAANgIMIAAgAzYCDCAAIAU2AggMBQtBzLvAACAAIAVrIgE2AgBB1LvAAEHUu8AAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAwGC0HQu8AAKAIAIQACQCABIAVrIgJBD00EQEHQu8AAQQA2AgBByLvAAEEANgIAIAAgAUEDcjYCBCAAIAFqIgEgASgCBEEBcjYCBAwBC0HIu8AAIAI2AgBB0LvAACAAIAVqIgQ2AgAgBCACQQFyNgIEIAAgAWogAjYCACAAIAVBA3I2AgQLIABBCGohAAwFCyAAIAQgBmo2AgRB1LvAAEHUu8AAKAIAIgBBD2pBeHEiAUEIayICNgIAQcy7wABBzLvAACgCACAEaiIEIAAgAWtqQQhqIgE2AgAgAiABQQFyNgIEIAAgBGpBKDYCBEHgu8AAQYCAgAE2AgAMAwtB1LvAACAANgIAQcy7wABBzLvAACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0HQu8AAIAA2AgBByLvAAEHIu8AAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgBEEIaiEADAELQQAhAEHMu8AAKAIAIgEgBU0NAEHMu8AAIAEgBWsiATYCAEHUu8AAQdS7wAAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEACyAIQRBqJAAgAAvvHQIdfwJ+IwBB4ANrIgMkACADQQxqQQBBwAD8CwAgASACQQZ0aiEYIAAoAhwhDyAAKAIYIRAgACgCFCERIAAoAhAhEiAAKAIMIRMgACgCCCEUIAAoAgQhFSAAKAIAIRYDQCABIBhHBEAgA0KAgICAwAA3AlggAyABNgJMIANBwAA2AlAgAyABQUBrIhk2AlQgA0HMAGoiAigCECIHRQRAQbCvwAAQ4wEAC0EQIAIoAgQgB24iAiACQRBPG0ECdCEHQQAhAgNAIAIgB0cEQCADQQxqIAJqIAEgAmooAAAiDUH/gfwHcUEIeCANQRh4Qf+B/AdxcjYCACACQQRqIQIMAQsLIAMgFTYCZCADIBE2AmwgAyAWNgJgIAMgEjYCaCADIBQ2AnAgAyATNgJ0IAMgEDYCeCADIA82AnwgAygCGCEBIAMoAhQhAiADKAIQIQcgAyADKAIMIg02ArwDIAMgBzYCuAMgAyACNgK0AyADIAE2ArADIAMoAighCCADKAIkIQkgAygCICEKIAMgAygCHCIXNgK8AiADIAo2ArgCIAMgCTYCtAIgAyAINgKwAiADKAI4IQwgAygCNCEOIAMoAjAhBCADIAMoAiwiGjYC3AIgAyAENgLYAiADIA42AtQCIAMgDDYC0AIgAygCSCEFIAMoAkQhBiADKAJAIQsgAyADKAI8Ihs2AvwCIAMgCzYC+AIgAyAGNgL0AiADIAU2AvACIAMgDUGY36iUBGoiHDYCWCADIAdBkYndiQdqIh02AlQgAyACQbGI/NEEayIeNgJQIAMgAUHbyKiyAWsiHzYCTCADQdADaiINIANB8ABqIgEgA0HgAGoiAiADQcwAaiIHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgHjYCjAEgAyAfNgKIASADIBw2AoQBIAMgHTYCgAEgByACIAEgA0GAAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAMgF0HbhNvKA2oiFzYCWCADIApB8aPEzwVqIgo2AlQgAyAJQdz6ge4GayIJNgJQIAMgCEGrwo6nBWsiCDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCTYCnAEgAyAINgKYASADIBc2ApQBIAMgCjYCkAEgByACIAEgA0GQAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAMgGkHoquG/AmsiCDYCWCADIARBgbaNlAFqIgk2AlQgAyAOQb6LxqECaiIKNgJQIAMgDEHD+7GoBWoiDDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCrAEgAyAMNgKoASADIAg2AqQBIAMgCTYCoAEgByACIAEgA0GgAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAMgG0H0uvmVB2oiCDYCWCADIAtBgpyF+QdrIgk2AlQgAyAGQdnyj6EGayIKNgJQIAMgBUGMnZDzA2siDDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgCjYCvAEgAyAMNgK4ASADIAg2ArQBIAMgCTYCsAEgByACIAEgA0GwAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIANBkANqIgggA0GwA2oiCSADQbACaiIKIANB0AJqIgwgA0HwAmoiDhAaIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANBv6yS2wFrIgs2AlggAyAGQfrwhoIBayIGNgJUIAMgBUHGu4b+AGoiBTYCUCADIARBzMOyoAJqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswBIAMgBDYCyAEgAyALNgLEASADIAY2AsABIAcgAiABIANBwAFqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGiADKAKwAyEEIAMoArQDIQUgAygCuAMhBiADIAMoArwDQe/YpO8CaiILNgJYIAMgBkGqidLTBGoiBjYCVCADIAVB3NPC5QVqIgU2AlAgAyAEQdqR5rcHaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLcASADIAQ2AtgBIAMgCzYC1AEgAyAGNgLQASAHIAIgASADQdABahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCiAMIA4gCCAJEBogAygCsAIhBCADKAK0AiEFIAMoArgCIQYgAyADKAK8AkGu3Ya+BmsiCzYCWCADIAZBk/O4vgVrIgY2AlQgAyAFQbiw8/8EayIFNgJQIAMgBEG5gJqFBGsiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AEgAyAENgLoASADIAs2AuQBIAMgBjYC4AEgByACIAEgA0HgAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAwgDiAIIAkgChAaIAMoAtACIQQgAygC1AIhBSADKALYAiEGIAMgAygC3AJBjej/yANrIgs2AlggAyAGQbnd4dICayIGNgJUIAMgBUHRxqk2aiIFNgJQIAMgBEHn0qShAWoiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC/AEgAyAENgL4ASADIAs2AvQBIAMgBjYC8AEgByACIAEgA0HwAWoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAaIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBhZXcvQJqIgs2AlggAyAGQbjC7PACaiIGNgJUIAMgBUH827HpBGoiBTYCUCADIARBk5rgmQVqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowCIAMgBDYCiAIgAyALNgKEAiADIAY2AoACIAcgAiABIANBgAJqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QGiADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQdTmqagGaiILNgJYIAMgBkG7laizB2oiBjYCVCADIAVB0u308QdrIgU2AlAgAyAEQfumt+wGayIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKcAiADIAQ2ApgCIAMgCzYClAIgAyAGNgKQAiAHIAIgASADQZACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBogAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0HfroDqBWsiCzYCWCADIAZBtbOWvwVrIgY2AlQgAyAFQZDp0e0DayIFNgJQIAMgBEHd3M7EA2siBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCrAIgAyAENgKoAiADIAs2AqQCIAMgBjYCoAIgByACIAEgA0GgAmoQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAaIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJB56+08wJrIgs2AlggAyAGQdzzm8sCayIGNgJUIAMgBUH7lMffAGsiBTYCUCADIARB8MCqgwFqIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AswCIAMgBDYCyAIgAyALNgLEAiADIAY2AsACIAcgAiABIANBwAJqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQGiADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQZaCk80BaiILNgJYIAMgBkGI2N3xAWoiBjYCVCADIAVBzO6hugJqIgU2AlAgAyAEQbX5wqUDaiIENgJMIA0gASACIAcQGyADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLsAiADIAQ2AugCIAMgCzYC5AIgAyAGNgLgAiAHIAIgASADQeACahAbIAMgAykCVDcDaCADIAMpAkw3A2AgDiAIIAkgCiAMEBogAygC8AIhBCADKAL0AiEFIAMoAvgCIQYgAyADKAL8AkGzmfDIA2oiCzYCWCADIAZBytTi9gRqIgY2AlQgAyAFQc+U89wFaiIFNgJQIAMgBEHz37nBBmoiBDYCTCANIAEgAiAHEBsgAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCjAMgAyAENgKIAyADIAs2AoQDIAMgBjYCgAMgByACIAEgA0GAA2oQGyADIAMpAlQ3A2ggAyADKQJMNwNgIAggCSAKIAwgDhAaIAMoApADIQQgAygClAMhBSADKAKYAyEGIAMgAygCnANB7oW+pAdqIgs2AlggAyAGQe/GlcUHaiIGNgJUIAMgBUHsj97ZB2siBTYCUCADIARB+PvjmQdrIgQ2AkwgDSABIAIgBxAbIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwDIAMgBDYCqAMgAyALNgKkAyADIAY2AqADIAcgAiABIANBoANqEBsgAyADKQJUNwNoIAMgAykCTDcDYCAJIAogDCAOIAgQGiADKAKwAyEIIAMoArQDIQkgAygCuAMhCiADIAMoArwDQYaAhPoGayIMNgJYIAMgCkGVpr7dBWsiCjYCVCADIAlBibiZiARrIgk2AlAgAyAIQY6OuswDayIINgJMIANBwANqIAEgAiAHEBsgAyADKQLAAzcDcCADIAMpAsgDNwN4IAMgCTYC3AMgAyAINgLYAyADIAw2AtQDIAMgCjYC0AMgByACIAEgDRAbIAMgAykCVCIgNwNoIAMgAykCTCIhNwNgIAMoAnwgD2ohDyADKAJ4IBBqIRAgAygCdCATaiETIAMoAnAgFGohFCAgpyASaiESICGnIBZqIRYgAygCbCARaiERIAMoAmQgFWohFSAZIQEMAQsLIAAgDzYCHCAAIBA2AhggACARNgIUIAAgEjYCECAAIBM2AgwgACAUNgIIIAAgFTYCBCAAIBY2AgAgA0HgA2okAAvVCAIHfwF+IwBBMGsiBSQAAkACQCACBEACQCAErSACQQN0IgdBCGsiCEEDdq1+IgxCIIhQBEAgAUEIaiECIAynIQogASEGA0AgB0UNAiAHQQhrIQcgBigCBCEJIAZBCGohBiAJIApqIgogCU8NAAsLIwBBEGsiACQAIABBNTYCBCAAQcCtwAA2AgAgACAArUKAgICA8ASENwMIQc2BwAAgAEEIakH4rcAAEHsACyAFQQhqIApBAUEBEFcgBUEANgIcIAUgBSkDCDcCFCAFQRRqIAEoAgAiBiAGIAEoAgRqENQBIAogBSgCHCIBayEGIAUoAhggAWohBwJAAkACQAJAAkACQCAEDgUAAQIDBAULA0AgCEUNByACKAIAIQQgAigCBCEBIAdBACADQQBBsK3AABChASAFQSBqIAcgBiABEH8gBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQbCtwAAQoQEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNBiACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBARB/IAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBAUGwrcAAEKEBIAkgByAGIAEQfyAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBsK3AABChASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0FIAIoAgAhBCACKAIEIQEgBUEgaiIJIAcgBkECEH8gBSgCLCEGIAUoAighByAFKAIgIAUoAiQgA0ECQbCtwAAQoQEgCSAHIAYgARB/IAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAQgAUGwrcAAEKEBIAhBCGshCCACQQhqIQIMAAsACwNAIAhFDQQgAigCACEEIAIoAgQhASAFQSBqIgkgByAGQQMQfyAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCADQQNBsK3AABChASAJIAcgBiABEH8gBSgCLCEGIAUoAighByAFKAIgIAUoAiQgBCABQbCtwAAQoQEgCEEIayEIIAJBCGohAgwACwALA0AgCEUNAyACKAIAIQQgAigCBCEBIAVBIGoiCSAHIAZBBBB/IAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIANBBEGwrcAAEKEBIAkgByAGIAEQfyAFKAIsIQYgBSgCKCEHIAUoAiAgBSgCJCAEIAFBsK3AABChASAIQQhrIQggAkEIaiECDAALAAsDQCAIRQ0CIAIoAgAhCSACKAIEIQEgBUEgaiILIAcgBiAEEH8gBSgCLCEGIAUoAighByAFKAIgIAUoAiQgAyAEQbCtwAAQoQEgCyAHIAYgARB/IAUoAiwhBiAFKAIoIQcgBSgCICAFKAIkIAkgAUGwrcAAEKEBIAhBCGshCCACQQhqIQIMAAsACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAIAUpAhQ3AgAgACAKIAZrNgIICyAFQTBqJAALsQkBDH8jAEGgAWsiAiQAIAIgADYCQCACIAAgAWo2AkQgAkFAayIHKAIAIQggBygCBCEEA0ACQCAIIgMgBEYNACAHIANBAWoiCDYCACADLQAAIgZB3ABGDQAgBkH/AGtB/wFxQaEBSw0BCwsCQCADIARHDQAgAkE4akGZjMAAQQggACABEKABIAIoAjwhBCACKAI4IQggAkEwakGhjMAAQQcgACABEKABIAgiA0UEQCACKAIwIgNFDQEgAigCNCEECyACQQE7AWggAkIANwJcIAIgAzYCVCACIAM2AkwgAkEjNgJIIAJCr4CAgPAHNwJAIAIgBDYCZCACIAQ2AlAgAiADIARqNgJYIAJB1ABqIQECQAJAA0AgAkEoaiABEEMgAigCLCIFQYCAxABGDQEgAigCKCEJQQAhAANAIABBDEYNASACQUBrIABqIABBBGohACgCACAFRw0ACwsgAyACKAJgIgFqIQAgCSABayEFDAELQQAhACACLQBpDQACQCACLQBoQQFGBEAgAigCZCEDIAIoAmAhAQwBCyACKAJkIgMgAigCYCIBRg0BCyACKAJMIAFqIQAgAyABayEFC0EAIQQgAkEgaiAAQQEgABsiASAFQQAgABsiAEHbABBjAkACQAJAIAIoAiAiCgRAIAJBQGsgCiACKAIkQd0AEEQgAigCQCIBRQ0CIAIoAkQhACACQRhqIAIoAkggAigCTCIDQToQYyACKAIYIgRFDQEgAigCHCEJDAMLIAJBQGsgASAAQToQRCACKAJAIgNFDQIgAigCTCEJIAIoAkghBCACKAJEIQAgAyEBDAILQQAhBCADRQ0BC0EAIQUMAQsgAiAANgJwIAIgATYCbEEAIQUgAiAKQQBHOgB3IABFDQAgAiABNgJAIAIgACABajYCRCACQUBrIgsoAgAhByALKAIEIQwgAkH3AGotAABBAXEhDQNAAkAgByIDIAxGDQAgCyADQQFqIgc2AgAgAy0AACEGIA1FBEAgBkEwa0H/AXFBCkkgBkHfAXFBwQBrQf8BcUEaSXIgBkHfAEYgBkEta0ECSXJyDQIMAQsgBkEuRiAGQTBrQf8BcUELSXIgBkHfAXFBwQBrQf8BcUEGSXINAQsLIAMgDEcNAAJAAkAgBEUEQCAIRQ0BDAILIAggBCAJQQUQYiIFRXINAgsgCkUEQCABIABBqIzAAEEJEDYNASACQfgAaiIDIAEgAEEuELEBIAJBEGogAxAhIAIgAikDEDcCQEEAIQUgAkFAa0HAjMAAEJMBRQ0CIAIgAikCeDcDQCACIAIpAoABNwNIIAIgAikCiAE3A1AgAiACKAKQATYCWCACIAIvAZwBOwFkIAIgAikClAE3AlxBBCEAA0AgAEEBayEAIAJBCGogAkFAaxAhIAIoAggNAAsgAA0CA0AgAiACQfgAahAhIAIoAgAiAEUhBSAARQ0DIAAgAigCBCIBQQMQYkUNA0EAIQMDQCABBEAgA0EKbCAALQAAQTBrQf8BcWohAyABQQFrIQEgAEEBaiEADAELCyADQYACSQ0ACwwCCyACQewAakG0jMAAEMUBIQUMAQtBASEFCyACQaABaiQAIAULoQcCBH8IfiMAQSBrIgQkAAJAAkAgAkETTQ0AIAEtAARBLUcNACABLQAHQS1HDQAgAS0ACiIDQSBGIANB9ABGckUgA0HUAEdxDQAgAS0ADUE6Rw0AIAEtABBBOkcNACAEIAI2AgwgBCABNgIIIARBEGoiAyAEQQhqIgVBAEEEEAkCfgJAAkACQCAEKQMQQgFSDQAgBCkDGCEJIAMgBUEFQQcQCSAEKQMQQgFSDQAgBCkDGCEHIAMgBUEIQQoQCSAEKQMQQgFSDQAgBCkDGCEKIAMgBUELQQ0QCSAEKQMQQgFSDQAgBCkDGCELIAMgBUEOQRAQCSAEKQMQQgFSDQAgBCkDGCEMIAMgBUERQRMQCSAEKQMQQgFSIAdCAX1CC1ZyIApCAFdyDQAgBCkDGCENQh8hCAJAIAdCC1YNAEIBIAeGQtAUg1AEQCAHQgJSDQFCHUIdQhwgCULkAIFCAFIbQhwgCUIDg1AbIAlCkAOBUBshCAwBC0IeIQgLIAggClQgC0IXVXIgDEI7VSANQjxVcnINAEETIQMgAS0AE0EuRgRAQRQhAwNAAkAgAiADRgRAIAIhAwwBCyABIANqLQAAQTBrQf8BcUEJSw0AIANBAWohAwwBCwsgA0EURg0BCyACIANNDQACQAJAAkACQCABIANqLQAAIgZBK2sOAwIEAQALIAZB+gBHBEAgBkHaAEcgA0EBaiACR3INBAwGCyADQQFqIAJGDQUMAwsgA0EGaiACRw0CIAIgA0EDaiIFSwRAIAEgBWotAABBOkYNAgwDCyAFIAJB1KzAABBaAAsgA0EGaiACRw0BIANBA2oiBSACTw0CIAEgBWotAABBOkcNAQsgBEEQaiIBIARBCGoiAiADQQFqIAUQCSAEKAIQRQ0AIAQpAxghCCABIAIgA0EEaiADQQZqEAkgBCkDEEIBUiAIQhdVcg0AIAQpAxgiDkI7VQ0AQgAgDkI8fiAIQpAcfnwiCH0gCCAGQStGGwwDCyAAQgA3AwAMBAsgBSACQdSswAAQWgALQgALIQggAEIBNwMAIAAgDEI8fiALQpAcfnwgDXwgCHwgCiAHQgl8QgyBp0GZAWxBAmrBQQVtrcN8IAkgB0IDU619IgcgB0KQA38iCUKQA359Qj+HIAl8IglCsfUIfnwgCULwfH4gB3wiB0IEf3wgB0LtAn58IAdCnH9/fELt9Ct9QoCjBX58NwMIDAELIABCADcDAAsgBEEgaiQAC90GAQV/AkACQAJAAkACQAJAAkAgAEEEayIHKAIAIghBeHEiBEEEQQggCEEDcSIFGyABak8EQCAFQQAgAUEnaiIGIARJGw0BAkAgAkEJTwRAIAIgAxARIgINAUEADwtBACECIANBzP97Sw0IQRAgA0ELakF4cSADQQtJGyEBIABBCGshBiAFRQRAIAZFIAFBgAJJciAEIAFrQYCACEsgASAET3JyDQcgAA8LIAQgBmohBQJAIAEgBEsEQCAFQdS7wAAoAgBGDQFB0LvAACgCACAFRwRAIAUoAgQiCEECcQ0JIAhBeHEiCCAEaiIEIAFJDQkgBSAIEBIgBCABayIFQRBPBEAgByABIAcoAgBBAXFyQQJyNgIAIAEgBmoiASAFQQNyNgIEIAQgBmoiBCAEKAIEQQFyNgIEIAEgBRAODAkLIAcgBCAHKAIAQQFxckECcjYCACAEIAZqIgEgASgCBEEBcjYCBAwIC0HIu8AAKAIAIARqIgQgAUkNCAJAIAQgAWsiBUEPTQRAIAcgCEEBcSAEckECcjYCACAEIAZqIgEgASgCBEEBcjYCBEEAIQVBACEBDAELIAcgASAIQQFxckECcjYCACABIAZqIgEgBUEBcjYCBCAEIAZqIgQgBTYCACAEIAQoAgRBfnE2AgQLQdC7wAAgATYCAEHIu8AAIAU2AgAMBwsgBCABayIEQQ9NDQYgByABIAhBAXFyQQJyNgIAIAEgBmoiASAEQQNyNgIEIAUgBSgCBEEBcjYCBCABIAQQDgwGC0HMu8AAKAIAIARqIgQgAUsNBAwGCyADIAEgASADSxsiAwRAIAIgACAD/AoAAAsgBygCACIDQXhxIgcgAUEEQQggA0EDcSIBG2pJDQIgAUUgBiAHT3INBkHwsMAAQaCxwAAQxgEAC0GwsMAAQeCwwAAQxgEAC0HwsMAAQaCxwAAQxgEAC0GwsMAAQeCwwAAQxgEACyAHIAEgCEEBcXJBAnI2AgAgASAGaiIFIAQgAWsiAUEBcjYCBEHMu8AAIAE2AgBB1LvAACAFNgIACyAGRQ0AIAAPCyADEAIiAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEAgLIAILogYBBH8gAEEIayIBIABBBGsoAgAiA0F4cSIAaiECAkACQCADQQFxDQAgA0ECcUUNASABKAIAIgMgAGohACABIANrIgFB0LvAACgCAEYEQCACKAIEQQNxQQNHDQFByLvAACAANgIAIAIgAigCBEF+cTYCBCABIABBAXI2AgQgAiAANgIADwsgASADEBILAkACQEHou8AAAn8CQAJAAkACQCACKAIEIgNBAnFFBEAgAkHUu8AAKAIARg0CIAJB0LvAACgCAEYNAyACIANBeHEiAhASIAEgACACaiIAQQFyNgIEIAAgAWogADYCACABQdC7wAAoAgBHDQFByLvAACAANgIADwsgAiADQX5xNgIEIAEgAEEBcjYCBCAAIAFqIAA2AgALIABBgAJJDQQgASAAEBRB6LvAAEHou8AAKAIAQQFrIgA2AgAgAA0GQbC5wAAoAgAiAA0CQf8fDAMLQdS7wAAgATYCAEHMu8AAQcy7wAAoAgAgAGoiADYCACABIABBAXI2AgRB0LvAACgCACABRgRAQci7wABBADYCAEHQu8AAQQA2AgALIABB4LvAACgCACICTQ0FQdS7wAAoAgAiAEUNBUHMu8AAKAIAIgNBKUkNBEGoucAAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQdC7wAAgATYCAEHIu8AAQci7wAAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQcC7wAAoAgAiAkEBIABBA3Z0IgNxRQRAQcC7wAAgAiADcjYCACAAQfgBcUG4ucAAaiIAIQIMAQsgAEH4AXEiAEG4ucAAaiECIABBwLnAAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtB6LvAAEGwucAAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQeC7wABBfzYCAAsL+AQCA38DfiMAQdAAayIEJAACQCACIANLDQAgASgCBCEFIAEoAgAhAQJAIAJFDQAgAiAFTwRAIAIgBUYNAQwCCyABIAJqLAAAQb9/TA0BCwJAIANFDQAgAyAFTwRAIAMgBUYNAQwCCyABIANqLAAAQUBIDQELIAQgASADajYCTCAEIAEgAmoiATYCSCAEQcgAahBqDQACQAJAAkAgAyACayIFDgIDAAELIAEtAAAiBkEraw4DAgECAQsgAS0AACEGCwJAAkACQAJAAkAgBkEraw4DAQIAAgsgAUEBaiEBIAVBEU8EQCACIANrQQFqIQIDQCACRQ0EIARBMGogByAHQj+HED4gBCkDOCAEKQMwIgdCP4dSDQYgBEEoaiABLQAAQQoQdSAEKAIoQQFHDQYgBDUCLCIJQgBSIAcgByAJfSIHVXMNBiABQQFqIQEgAkEBaiECDAALAAsgAiADa0EBaiECA0AgAkUNAyAEQSBqIAEtAABBChB1IAQoAiBBAUcNBCACQQFqIQIgAUEBaiEBIAdCCn4gBDUCJH0hBwwACwALIAVBAWshBSABQQFqIQELIAVBEE8EQANAIAVFDQIgBEEQaiAHIAdCP4cQPiAEKQMYIAQpAxAiB0I/h1INBCAEQQhqIAEtAABBChB1IAQoAghBAUcNBCAENQIMIQlBACAHIAcgCXwiB1VzDQQgAUEBaiEBIAVBAWshBQwACwALA0AgBUUNASAEIAEtAABBChB1IAQoAgBBAUcNAiABQQFqIQEgBUEBayEFIAQ1AgQgB0IKfnwhBwwACwALIAAgBzcDCEIBIQgMAQsLIAAgCDcDACAEQdAAaiQAC5EKAgp/AX4jAEHQAGsiAiQAIAEgASgCCEEBajYCCCACQQA2AiwgAkKAgICAEDcCJAJAA0ACQCACQSBqIAEQYCACLQAgRQ0AIAItACEiA0HcAEcEQCADQSJHBEAgA0EgSQ0CIAJBJGogAxCSAQwDCyACKAIkIQggAkHEAGohBiACKAIoIQMCQAJAIAIoAiwiBUUNACAFQQdrIgFBACABIAVNGyEKIANBA2pBfHEgA2shC0EAIQEDQAJAAkACQCABIANqLQAAIgfAIglBAE4EQCALIAFrQQNxDQEgASAKTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIAFBCGoiASAKSQ0ACwwCC0KAgICAkCAhDAJAAkACQAJAAkACQAJAAkACQCAHLQC8tUBBAmsOAwABAgcLIAFBAWoiBCAFSQ0CQgAhDAwGCyABQQFqIgQgBUkNAkIAIQwMBQsgAUEBaiIEIAVJDQJCACEMDAQLIAMgBGosAABBv39KDQMMBAsgAyAEaiwAACEEAkACQCAHQeABayIHBEAgB0ENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAlBH2pB/wFxQQxPBEAgCUF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgAyAEaiwAACEEAkACQAJAAkAgB0HwAWsOBQEAAAACAAsgCUEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgBSABQQJqIgRNBEBCACEMDAILIAMgBGosAABBv39KBEBCgICAgJDAACEMDAILQgAhDCABQQNqIgQgBU8NASADIARqLAAAQUBIDQJCgICAgJDgACEMDAELQgAhDCABQQJqIgQgBU8NACADIARqLAAAQb9/TA0BQoCAgICQwAAhDAsgBiAMIAGthDcCBCAGQQE2AgAMBgsgBEEBaiEBDAILIAFBAWohAQwBCyABIAVPDQADQCABIANqLAAAQQBIDQEgBSABQQFqIgFHDQALDAILIAEgBUkNAAsLIAYgBTYCCCAGIAM2AgQgBkEANgIACwJAAkAgAigCREUEQCACIAU2AjwgAiADNgI4IAIgCDYCNAwBCyACIAIpAkg3AjwgAiAFNgI4IAIgAzYCNCACIAg2AjAgCEGAgICAeEcNAQsgACACKAI8NgIIIAAgAikCNDcCAAwECyAAQYCAgIB4NgIAIAJBMGoQ5AEMAwsgAkEYaiABEGAgAi0AGEUNAAJAAkACQAJAAkACQAJAIAItABkiA0HuAGsOCAEHBwcCBwMGAAsCQAJAIANB4gBrDgUFCAgIAQALIANBIkYgA0EvRnIgA0HcAEZyDQUMBwtBDCEDDAQLQQohAwwDC0ENIQMMAgtBCSEDDAELQQghAwsgAkEkaiADEJIBDAILIAJBEGogARA1IAIoAhBBAXFFDQACQCACKAIUIgNBgHhxQYCwA0YEQCABQdwAEF5FDQEgAUH1ABBeRQ0BIAJBCGogARA1IAIoAghBAXFFDQIgAigCDCIFQYB4cUGAuANHDQIgA0EKdCAFakGAuP8aayEDCyACQQA2AjAgA0GAsANzQYCAxABrQYCQvH9JBEAMAgsgAiADIAJBMGoQZCACQSRqIAIoAgAiAyACKAIEIANqENQBDAILCwsgAEGAgICAeDYCACACQSRqEOQBCyACQdAAaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEBAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEEAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAQBFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAQBFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEEAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALtgQCA38DfiMAQYABayIDJAAgA0IANwMgIANCADcDGCADQgA3AxAgA0IANwMIIAMgADYCLCADIAEtAEAiBK0iBkI7hiAAKQMgIgdCCYYiCCAGQgOGhCIGQoD+A4NCKIaEIAZCgID8B4NCGIYgBkKAgID4D4NCCIaEhCAHQgGGQoCAgPgPgyAHQg+IQoCA/AeDhCAHQh+IQoD+A4MgCEI4iISEhDcDMCABIARqQYABOgAAIAMgA0EsajYCPCADIARBAWogAUHAicAAEIwBIAMoAgQhACADKAIAIQUDQCAABEAgBUEAOgAAIABBAWshACAFQQFqIQUMAQsLAkAgBEE4cUE4RwRAIAFBOGpBCCADQTBqQQhB0InAABChASADQTxqIAEQ0wEMAQsgA0E8aiIAIAEQ0wEgA0FAayIEQQBBwAD8CwAgA0H4AGpBCCADQTBqQQhB4InAABChASAAIAQQ0wELQQAhACABQQA6AEAgA0KggICAwAA3AkwgA0EANgJEIAMgA0EoajYCQCADIANBCGo2AkggAygCLCEBIANBQGsiBCgCECIFRQRAQaCIwAAQ4wEAC0EIIAQoAgwgBW4iBCAEQQhPG0ECdCEEA0AgACAERwRAIAMgACABaigCACIFQf+B/AdxQQh4IAVBGHhB/4H8B3FyNgJAIANBCGogAGpBBCADQUBrQQRBiK7AABChASAAQQRqIQAMAQsLIAJBICADQQhqQSBBsIjAABChASADQYABaiQAC/8HAgl/A34jAEEgayIDJAAgA0EIaiABEDoCQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEFIwBBMGsiBCQAIAFBLRBeIQkgASgCCCECAkAgARBMRQRAIAVCAzcDAAwBCwJAIAEoAggiBiACSSAGIAEoAgQiB0tyRQRAIAEoAgAgAmohByAGIAJrIgZBAU0NASAHLQAAQTBHDQEgBUIDNwMADAILIAIgBiAHQciQwAAQFgALA0ACQCALIQwgBiICRQ0AIARBIGogDEIAED4gBCkDKEIAUg0AIAJBAWshBiAHLQAAIQogB0EBaiEHIAQpAyAiDSAKQTBrrUL/AYN8IgsgDVoNAQsLAkACQCABQS4QXkUEQCAEQRhqIAEQigEgBC0AGARAIAQtABlBIHJB5QBGDQILIAJFIAlxRQRAQgJCACACGyELDAMLQgFCAiAMQgF9QgBZGyELQgAgDH0hDAwCCyABEExFBEAgBUIDNwMADAMLIARBEGogARCKAUICIQsgBC0AEARAIAQtABFBIHJB5QBGDQELDAELIAEgASgCCCICQQFqNgIIIARBCGogARCKAQJAIAQtAAhFDQACQCAELQAJQStrDgMAAQABCyABIAJBAmo2AggLIAEQTARAQgIhCwwBCyAFQgM3AwAMAQsgBSAMNwMIIAUgCzcDAAsgBEEwaiQAIAMpAxAiC0IDUQ0JIAMpAxghDEECIQIMDAsgAUGRkMAAQQQQZkUNCUEAIQIMCwsgAUGVkMAAQQQQZkUNAUEBIQhBASECDAoLIAFBmZDAAEEFEGZFDQFBASECQQAhCAwJCyAAQQY6AAAMCQsgAEEGOgAADAgLIANBEGogARAKIAMoAhAiAUGAgICAeEYNBSADKQIUIQtBAyECDAYLIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBoJDAABAoRQRAIABBBjoAACACEOcBDAcLIAMoAhAhASADKQIUIQtBBCECDAULIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBtJDAABAPRQRAIABBBjoAACACEOUBDAYLIAMoAhAhASADKQIUIQtBBSECDAQLIABBBjoAAAwECyAAQQY6AAAMAwsgAEEGOgAADAILIABBBjoAAAwBCyAAIAw3AxAgACALNwMIIAAgATYCBCAAIAg6AAEgACACOgAACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEHQu8AAKAIARgRAIAIoAgRBA3FBA0cNAUHIu8AAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEBILAkACQAJAIAIoAgQiA0ECcUUEQCACQdS7wAAoAgBGDQIgAkHQu8AAKAIARg0DIAIgA0F4cSICEBIgACABIAJqIgFBAXI2AgQgACABaiABNgIAIABB0LvAACgCAEcNAUHIu8AAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQFA8LAkBBwLvAACgCACICQQEgAUEDdnQiA3FFBEBBwLvAACACIANyNgIAIAFB+AFxQbi5wABqIgEhAgwBCyABQfgBcSIBQbi5wABqIQIgAUHAucAAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0HUu8AAIAA2AgBBzLvAAEHMu8AAKAIAIAFqIgE2AgAgACABQQFyNgIEIABB0LvAACgCAEcNAUHIu8AAQQA2AgBB0LvAAEEANgIADwtB0LvAACAANgIAQci7wABByLvAACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC78EAgd/AX4jAEFAaiIDJAAgAEH7ABBGBEAgA0EANgIkIANCgICAgMAANwIcIANBGGogABA6AkAgAy0AGEUNAAJAIAMtABlB/QBGDQAgAigCECEHA0AgA0EQaiAAEDogAy0AEEUNAiADLQARQSJHDQIgA0E0aiAAEAogAygCNCICQYCAgIB4Rg0CIAMgAykCOCIKNwIsIAMgAjYCKAJAAkAgAygCJCICQYACRg0AIAJBDGwhAiADKAIgIgVBBGohBCADQShqIgYoAgQhCCAGKAIIIQYDQAJAIAJFDQAgBiAFKAIIRgRAIAQoAgAgCCAGEN8BDQELIAVBDGohBSACQQxrIQIgBEEMaiEEDAELCyACDQAgA0EIaiAAEDogAy0ACEUNACADLQAJQTpHDQAgACAAKAIIQQFqNgIIIAEgACAKpyAKQiCIpyAHEQYARQ0AIAMoAiQiBSADKAIcRgRAIwBBEGsiAiQAIAJBCGogA0EcaiIEIAQoAgBBAUEEQQwQJyACKAIIIgRBgYCAgHhHBEAgBCACKAIMEMQBAAsgAkEQaiQACyADKAIgIAVBDGxqIgIgAygCMDYCCCACIAMpAig3AgAgAyAFQQFqNgIkIAMgABA6IAMtAABFDQQgAy0AASICQSxGDQEgAkH9AEcNBAwDCyADQShqEOQBDAMLIAAgACgCCEEBajYCCAwACwALQQEhCSAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRxqEOgBCyADQUBrJAAgCQuIAwEHfyMAQTBrIgMkAAJAIAJBA3FBAUYEQCAAQYCAgIB4NgIADAELIANBCGogAkECdkEDbEECakEBQQEQVyADQQA2AhwgAyADKQMINwIUQZeMwAAtAAAhCEGYjMAALQAAIQkDQAJAAkACQCACBEAgAS0AACIFQcEAayIGQf8BcUEaSQ0DIAVB4QBrQf8BcUEaSQ0CAkAgBUEwa0H/AXFBCk8EQCAFIAhHDQFBPiEGDAULIAVBBGohBgwECyAFIAlHDQFBPyEGDAMLIAMgAygCHDYCKCADIAMpAhQ3AyAgBARAIABBgICAgHg2AgAgA0EgahDkAQwFCyAAIAMoAhw2AgggACADKQIUNwIADAQLIABBgICAgHg2AgAgA0EUahDkAQwDCyAFQccAayEGCyAGQf8BcSAEQQZ0ciEEAkAgB0EBTQRAIAdBBmohBwwBCyADQRRqIAQgB0ECayIHdhCSASAEQX8gB3RBf3NxIQQLIAFBAWohASACQQFrIQIMAAsACyADQTBqJAAL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQAiICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhAODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQDgsgAEEIaiEDCyADC4IDAQR/IAAoAgwhAgJAAkACQCABQYACTwRAIAAoAhghAwJAAkAgACACRgRAIABBFEEQIAAoAhQiAhtqKAIAIgENAUEAIQIMAgsgACgCCCIBIAI2AgwgAiABNgIIDAELIABBFGogAEEQaiACGyEEA0AgBCEFIAEiAkEUaiACQRBqIAIoAhQiARshBCACQRRBECABG2ooAgAiAQ0ACyAFQQA2AgALIANFDQICQCAAKAIcQQJ0Qai4wABqIgEoAgAgAEcEQCADKAIQIABGDQEgAyACNgIUIAINAwwECyABIAI2AgAgAkUNBAwCCyADIAI2AhAgAg0BDAILIAAoAggiACACRwRAIAAgAjYCDCACIAA2AggPC0HAu8AAQcC7wAAoAgBBfiABQQN2d3E2AgAPCyACIAM2AhggACgCECIBBEAgAiABNgIQIAEgAjYCGAsgACgCFCIARQ0AIAIgADYCFCAAIAI2AhgPCw8LQcS7wABBxLvAACgCAEF+IAAoAhx3cTYCAAvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBfDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGQiMAAEBYACyAAIBQ2AgAgCkEQaiQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRBqLjAAGohBEEBIAJ0IgNBxLvAACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQcS7wABBxLvAACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAv7RgINfwR+IwBBgAJrIgokACAKIAI2AgwgCiABNgIIIAogAzYCECAKIAQ2AhQgCiAFNgIYIAogBjYCHCAKIAc2AiAgCiAINgIkIAogCTkDKCAKIAA2AvgBIAogCkH/AWoiADYC9AEgCiAANgLwASAKIAA2AuwBIAogCkEoajYC6AEgCiAANgLkASAKIAA2AuABIAogCkEkajYC3AEgCiAKQSBqNgLYASAKIAA2AtQBIAogADYC0AEgCiAKQRxqNgLMASAKIApBGGo2AsgBIAogADYCxAEgCiAANgLAASAKIApBFGo2ArwBIAogCkEQajYCuAEgCiAANgK0ASAKIAA2ArABIAogCkEMajYCrAEgCiAKQQhqNgKoASAKQTBqIRIjAEHAAWsiBSQAAkACQCAKQagBaiIAKAJQIgEEQCABKAIAIgJB/////wdPBEAgBUHPADYCRCAFQcqKwAA2AkAgBUEANgI8QQEhAQwDCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAUgAjYCRCAFIAE2AkAgBSABQQRqNgI8QQAhAQwCCyAFQRs2AkQgBUGvisAANgJAIAVBADYCPEEBIQEMAQsACyAFQTBqIAAoAgAoAgAgACgCBCgCABBzIAVBADYCSCAFIAUoAjQiAjYCUCAFIAUoAjAiBjYCTCAFQdQAaiAAKAIQKAIAIAAoAhQoAgAQSiAFQeAAaiAAKAIgKAIAIAAoAiQoAgAQSiAFQewAaiAAKAIwKAIAIAAoAjQoAgAQkQECQAJAIAENACAFKAJUQYGAgIB4Rg0AIAUoAmBBgYCAgHhGDQAgBSgCbEGAgICAeEYNACAFIAUpAlQ3A5ABIAUgBSgCXDYCmAEgBSAFKQJgNwOgASAFIAUoAmg2AqgBIAUgBSgCdDYCuAEgBSAFKQJsNwOwASAAKAJAKwMAIQkgBSAFKAJENgKAASAFIAUpAjw3A3ggBSACNgKMASAFIAY2AogBIAUoAnghASAFQZABaiEDIAVBoAFqIQQgBUGwAWohByMAQbABayIIJAACQCABKAIAQYCAgIB4RwRAIAEvARghESAIQYABaiELIwBBIGsiACQAIAEoAgQhDiAAIAEoAggiDEEEQRQQVyAAKAIAIg0gDEH/////A3EiAiACIA1LGyEGQQAhAiAAKAIEIQ8DQCAGBEAgAEEMaiACIA5qEL8BIAIgD2oiECAAKAIcNgIQIBAgACkCFDcCCCAQIAApAgw3AgAgBkEBayEGIAJBFGohAgwBCwsgCyAMNgIIIAsgDzYCBCALIA02AgAgAEEgaiQAIAhBjAFqIAFBDGoQVCAIIBE7AZgBIAhCADcDeCAIQoCAgIDAADcDcCAIQgI3AwggCCAIKQKAATcDECAIIAgpAogBNwMYIAggCCkCkAE3AyAgCCAIKAKYATYCKCASIAhBCGpB+AD8CgAAIAcQ5AEgBBDHASADEMcBDAELIAhBgAFqIg8gBiACEEkgCCADKAIINgKgASAIIAMpAgA3ApgBIAggBCkCADcCpAEgCCAEKAIINgKsASAIIAcpAgA3AowBIAggBygCCDYClAEgCEEIaiEQIAn8BiEZIwBBgANrIgQkACAEIA9BGGoQtAEgAUEEaigCACIRQQhqIg0hAiAEKAIAIQMgBCgCBCEHIwBBIGsiACQAIARByAFqIgYCfyAGAn8gAigCPEGAgICAeEcEQCADBEAgAigCREEMbCEBIAIoAkAhAgNAQQQgAUUNBBogACACNgIIIAAgAyAHEC8gACAAKQMANwIUIAFBDGshASACQQxqIQIgAEEIaiIMIABBFGoiDhCWAUUNAAtBBEEoELgBIQEgDCADIAcQSSAOQZ+qwABBBhBJIAFBGzYCBCABQYSqwAA2AgAgAUEENgIYIAFBparAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQuAEhASAAQRRqQZ+qwABBBhBJIAFBBDYCBCABQaWqwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBC4ASEBIABBFGpBgZ/AAEEBEEkgAUEbNgIEIAFBhKrAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBiABNgIIIAYgAjYCBEEVCzYCACAAQSBqJAACQAJAAkAgBCgCyAFBFUcEQCAEIAQoAtgBNgIoIAQgBCkC0AE3AyAgBCAEKQLIATcDGCAQQQhqIARBGGoQlwEgEEKAgICAwAA3A2ggEEIANwNwIBBCAjcDAAwBCyAEIAQoAtQBNgIQIAQgBCkCzAE3AwggBEHIAWogDygCBCAPKAIIEEkgBCAEKALQASIANgKgASAEIAQpAsgBNwOYASAEKALMASEBA0AgAARAIAFBIEEAIAEtAAAiAkHhAGtB/wFxQRpJGyACczoAACAAQQFrIQAgAUEBaiEBDAELCwJAAkAgBCgCnAEiACAEKAKgASIBQaapwABBBxCuAUUEQCAAIAFBjKfAAEEEEK4BDQEgBEEDNgLIASAEQThqIARByAFqEJcBIARCAjcDMAwCCyAEQQU2AvQBIARBrazAADYC8AEgBEEWNgLsASAEQZeswAA2AugBIARBMjYC5AEgBEHlq8AANgLgASAEQRw2AtwBIARByavAADYC2AEgBEENNgLUASAEQbyrwAA2AtABIARBHDYCzAEgBEGgq8AANgLIASMAQSBrIgMkACADQQhqIARB+AFqIgYgBEHIAWoiAmtBBHZBBEEUEFcgA0EANgIcIAMgAykDCDcCFCMAQRBrIgckACADQRRqIgsgBiACIgBrQQR2IgEQpQEgCykCBCEXIAcgC0EIajYCBCAHIBdCIIk3AggjAEEgayILJAAgB0EEaiINKAIEIQwgDSgCACAAIAZHBEAgDSgCCCAMQRRsaiEGIAEgDGohDCALQRRqIQ0DQCAAKQIAIRcgDSAAQQhqKAIAIABBDGooAgAQSSAGIBc3AgAgBiALKQIUNwIIIAYgCygCHDYCECAAQRBqIQAgBkEUaiEGIAFBAWsiAQ0ACwsgDDYCACALQSBqJAAgB0EQaiQAIARB0AJqIgEgAygCHDYCCCABIAMpAhQ3AgAgA0EgaiQAIAJB057AAEEBEEkgBCgC2AIiAiAEKALQAkYEQCMAQRBrIgAkACAAQQhqIAEgASgCAEEBQQRBFBAnIAAoAggiAUGBgICAeEcEQCABIAAoAgwQxAEACyAAQRBqJAALIAQoAtQCIAJBFGxqIgAgBCgC0AE2AhAgACAEKQLIATcCCCAAQQ42AgQgAEGtqcAANgIAIARBzAE7AVAgBEEANgJMIARCgICAgBA3AkQgBEICNwMwIAQgAkEBajYCQCAEIAQpAtACNwM4DAELIARByAFqIQcgES0AdSEAIwBBkAFrIgMkAAJAAkACQAJAAkACQAJAIA8oAhQiAUGAgARNBEAgA0EYaiAPQSRqELQBAkAgAygCGCIMRQ0AIANBEGogDCADKAIcEBwgA0HgAGogAygCECADKAIUQSAQRCADKAJgIgJFDQAgAygCbCEGIAMoAmghDiACIAMoAmRB/qnAAEEGEDYEQCADQQhqIA4gBhAcIAMoAgwhDCADKAIIIQsLAkAgC0UgDEVyDQAgCyAMQZirwABBBRC3AQ0AIAsgDEGdq8AAQQMQtwFFDQELQQAhCwsgAyAPKAIQIgIgARAcQQIhBiADKAIERQ0GIANB4ABqIAIgARAsAn8CQCADLQBgIgFBBUcEQCALRQ0BQRUhAkECDAILIAMgAygCbDYCWCADIAMpAmQ3A1AgAyADQdAAajYCfAJAIABBAkcNACADQeAAaiADQfwAakGpqsAAQQsQMyADKAJoIQEgAygCZCEGIAMoAmAiAkEVRw0FIAYEQCADQTRqIAYgARBJQQAhBgwFCyADQeAAaiADQfwAakHTpsAAQQ0QMyADKAJoIQEgAygCZCEGIAMoAmAiAkEVRw0FIAZFDQAgA0E0aiAGIAEQSUEBIQYMBAsgA0HgAGogA0H8AGpBtKrAAEEFEDMgAygCaCEBIAMoAmQhBiADKAJgIgJBFUcEQCADIAMpAmw3AjggAyABNgI0IANB0ABqEOUBDAgLAkAgBgRAIANBgAFqIAAgBiABEIkBDAELIANBAjYCgAELIAMgAykCiAE3AjggAyADKQKAATcCMCADQdAAahDlASADKAIwIQYMCAsgA0E0NgI0QQEhAkG5qsAACyEGIAMgAjYCLCABQQVPDQQgA0HgAGoQlAEMBAsgB0ECNgIADAYLIAMgBjYCMEEVIQIMAQsgAyADKQJsNwI4IAMgATYCNCADIAY2AjAgAyACNgIsCyADQdAAahDlAQsgAkEVRg0BCyADIAMoAjwiADYCKCADIAMpAjQiFzcDICAHIAA2AhAgByAXNwIIIAcgBjYCBCAHIAI2AgAMAQsgAyADKQI0NwNAIAMgAygCPDYCSAJAAkACQAJAIAZBAkcEQCADIAMoAkg2AmwgAyADKQNANwJkIAMgBjYCYAwBCyALRQ0BIANB4ABqIAAgCyAMEIkBCyADKAJsIgBBgMAASw0BAkACQCADKAJgRQRAQQAhBiADKAJoIQFBACECA0AgACAGRwRAIAEgBmohCyAGQQFqIQYgAiALLQAAQS5GaiECDAELCyACQQJGDQEgB0EbNgIIIAdBu6nAADYCBCAHQQE2AgAMBQsgAyADKAJoIgE2AiwgAyAAIAFqNgIwIANBLGoiAigCACEBIAIoAgQhBgNAIAYgASIARwRAIAIgAEEBaiIBNgIAIAAtAABB/wBrQf8BcUGhAUsNAQsLIAAgBkcNAQsgByADKQJoNwIMIAcgAykCYDcCBCAHQRU2AgAMBAsgB0EoNgIIIAdB1qnAADYCBCAHQQE2AgAMAgsgB0EANgIADAILIAdBAjYCAAsgA0HkAGoQ5AELIANBkAFqJAAgBCkC1AEhFyAEKALQASEBIAQoAswBIQACfgJAAkACQCAEKALIASICQRVHDQAgF0IgiKchDCAXpyEOIABBAUYEQCAEIBc3AsgCIAQgATYCxAIjAEHwAGsiACQAIA0oAkghASAAQRE2AiggAEGsoMAANgIkIABBEzYCIAJAIAFBgICAgHhGBEAgByAAQShqIgEoAgg2AhQgByABKQIANwIMIAdBrKDAADYCCCAHQoCAgIC4AjcCAAwBCyAAQSBqEMMBIABBCGogDUHgAGoQtAEgACgCDCEDIAAoAgghASAAQQ02AiggAEGNocAANgIkIABBEzYCICABRQRAIAdBDTYCDCAHQY2hwAA2AgggB0KAgICAuAI3AgAMAQsgAEEgaiICEMMBIAAgAzYCNCAAIAE2AjAgAEEBNgIsIABB0qbAADYCKCAAIA0pAkw3AiAgAEHIAGoiAyACQQMQ1wEgAEEUaiIGIAAoAkwgACgCUEGZi8AAQQEQFyADEOQBIABBADYCKCAAQoCAgIAQNwIgIAIQ2AFB06bAAEENEMkBIA4gDBDRARDmASIBKQIAIRcgAUEANgIAIAAgASgCCDYCQCAAIBc3AzggAEEANgIoIABBATYCJCABEOQBIABBGTYCVCAAQeCmwAA2AlAgACANKQNYNwJIIAcgA0ECENcBQQRBKBC4ASEBIAAgACkCGDcCKCAAQQY2AiQgAEH5psAANgIgIABB2ABqIAJBAhDXASAAQeQAakG9j8AAQRAQSSABQQ02AgQgAUH/psAANgIAIAFBDDYCGCABQc2PwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIAdBAjYCFCAHIAE2AhAgB0ECNgIMIAcgACkDODcCGCAHIAAoAkA2AiAgB0EENgIoIAdBjKfAADYCJCAGEOQBCyAAQfAAaiQAIAQgBCkC1AE3A9ACIAQgBCgC3AE2AtgCIAQoAtABIQAgBCgCzAEhAiAEKALIASIBQYCAgIB4Rw0DIAQoAtACIQEgBCkC1AIhFyAEQcQCahDkAQwBCyAEIBc3AsgCIAQgATYCxAIgBEHIAWohBkEAIQsjAEGgAmsiAyQAIANBKGoiACAOIAxBLhCxASADQSBqIAAQISADKAIkIQ4gAygCICEHIANBGGogABAhIAMoAhwhEyADKAIYIQwgA0EQaiAAECEgAygCFCEVIAMoAhAhFCADQQhqIAAQIQJAAkAgFEUgB0UgDEVyckUEQCADKAIIRQ0BCyAGQSM2AgwgBkHFjsAANgIIIAZCgICAgIiAgICAfzcCAAwBCyADQegBaiIAIAcgDhAQIANBFzYCZCADQeyMwAA2AmBBgICAgHghASADQYCAgIB4NgJcIANBuAFqIAAgA0HcAGoQXCADIAMpArwBNwOQAiADIAMoAsQBNgKYAiADKAK4AUEBRgRAIAYgAygCmAI2AgwgBiADKQOQAjcCBCAGQYCAgIB4NgIADAELIAMgAygCmAIiAjYCWCADIAMpA5ACNwNQAkAgAkGAgBBLDQAgAygCVCEAIANCADcCwAEgAyACNgK8ASADIAA2ArgBIANBgICAgHg2AoACIANBgICAgHg2ApACIANBADoAqAEgAyADQagBajYC8AEgAyADQZACaiIWNgLsASADIANBgAJqNgLoAQJAIANBuAFqIgBB9I7AAEEDIANB6AFqQYyPwAAQekUNACAAEI8BRQ0AIAMoAoACIgBBgICAgHhGBEAgFhDHAQwCCyADLQCoASELIAMpApQCIRogAygCkAIhAiADKQKEAiEYIAAhAQwBCyADQZACahDHASADQYACahDHAQsgA0EnNgLAASADQYONwAA2ArwBIANBgICAgHg2ArgBAkAgAUGAgICAeEYEQCADKQO4ASEYIAZBJzYCDCAGIBg3AgQgBkGAgICAeDYCAAwBCyADQbgBahDIASADIAs6AHQgAyAaNwJsIAMgAjYCaCADIAE2AlwgAyAYNwJgIANB6ABqIQACQAJAIBhCgICAgHCDQoCAgIDQAFINACAYp0GqjcAAQQUQXw0AAkAgC0EBcUUEQCACQYCAgIB4RyAaQv////8PVnFFBEAgBkKAgICAqICAgIB/NwIADAILIAMgACgCCDYCgAEgAyAAKQIANwN4IANBkAJqIgAgDCATEBAgA0EYNgLwASADQbiNwAA2AuwBIANBgICAgHg2AugBIANBuAFqIAAgA0HoAWoQXCADIAMpArwBNwOAAiADIAMoAsQBNgKIAgJAIAMoArgBQQFGBEAgBiADKAKIAjYCDCAGIAMpA4ACNwIEIAZBgICAgHg2AgAMAQsgAyADKAKIAiIANgKQASADIAMpA4ACNwOIASADQegBaiADKAKMASAAEDkgA0EcNgLAASADQdCNwAA2ArwBIANBgICAgHg2ArgBAkAgAygC6AFBgICAgHhGBEAgAyADKQK4ASIYNwOAAiADIAMoAsABIgA2AogCIAYgADYCDCAGIBg3AgQgBkGAgICAeDYCAAwBCyADIAMoAvABNgKYAiADIAMpAugBNwOQAiADQbgBaiIAEMgBIAMgAygCmAIiATYCiAIgAyADKQOQAjcDmAEgAyABNgKgASADQZACaiIBIBQgFRAQIANBGjYC8AEgA0HsjcAANgLsASADQYCAgIB4NgLoASAAIAEgA0HoAWoQXCADIAMpArwBNwOAAiADIAMoAsQBNgKIAgJAIAMoArgBQQFGBEAgBiADKAKIAjYCDCAGIAMpA4ACNwIEIAZBgICAgHg2AgAMAQsgAyADKAKIAiIANgKwASADIAMpA4ACNwOoASAABEAgAyADKAKAATYCwAEgAyADKQN4NwO4ASADIBM2AvwBIAMgDDYC+AEgA0EBNgL0ASADQYaOwAA2AvABIAMgDjYC7AEgAyAHNgLoASADQcQBaiADQegBakEDENcBIAMgAygCsAE2AtgBIAMgAykDqAE3A9ABIAMgAykDmAE3AtwBIAMgAygCoAE2AuQBIAYgA0G4AWpBMPwKAAAgA0GIAWoQ5AEgA0HcAGoQ5AEgA0HQAGoQ5AEMCQsgBkESNgIMIAZBh47AADYCCCAGQoCAgICIgICAgH83AgAgA0GoAWoQ5AELIANBmAFqEOUBCyADQYgBahDkAQsgA0H4AGoQ5AEgA0HcAGoQ5AEMBAsgBkEsNgIMIAZBmY7AADYCCCAGQoCAgICIgICAgH83AgALIANB3ABqEOQBIAMoAmghAgwBCyAGIAMoAmQ2AgwgBiADKQJcNwIEIAZBgICAgHg2AgALIAJBgICAgHhGDQAgABDkAQsgA0HQAGoQ5AELIANBoAJqJAAgBCgC1AEhASAEKALMASEDAkAgBCgCyAEiBkGAgICAeEYEQEEGIQIgBCgC0AEhAAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQMAC0EBIQIMAgsgAa0hF0EFIQIgACEBIAMhAAwBCyAEIAQpAvABIhc3AvgCIAQgBCkC4AE3AugCIAQgBCkC6AE3AvACIAQgBCkC2AE3AuACIAQgATYC3AIgBCAEKALQATYC2AIgBCADNgLUAiAEIAY2AtACIARByAFqIQEgBCgC/AIhAiMAQfAAayIAJAAgAEE4aiAXpyIHIAJBxZLAABArAkAgACgCOEEBRgRAIAAoAjwhAiAAKQNAIRcgASAAKQNINwIUIAEgFzcCDCABIAI2AgggAUICNwMADAELIAApA0ghFyAAKAJAIABBGjYCQCAAQdycwAA2AjwgAEEINgI4RQRAIAEgACkCPDcCDCABQQg2AgggAUICNwMADAELIABBOGoiAxDDAQJAAkACQAJAAkACQEL///////////8AIBdCPHwiGCAXIBhVGyAZVQRAIAMgByACQfacwAAQKyAAKAI4BEAgACgCPCECIAApA0AhFyABIAApA0g3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsgGUI8fCEYIAApA0BCAVEEQCAAKQNIIBhVDQILIABBOGogByACQcKSwAAQKyAAKAI4BEAgACgCPCECIAApA0AhFyABIAApA0g3AhQgASAXNwIMIAEgAjYCCCABQgI3AwAMCAsCQAJAAkACQCAAKQNAQgFRBEAgACkDSCAYVQ0BCyAAQTBqIAcgAkH5nMAAQQMQQRBlIAAoAjAiA0UNASAAQShqIAMgACgCNBAvIAAoAigiA0UNASAAKAIsIQsgACADNgI4IAAgCzYCPCANKAIsQQxsIQsgDSgCKCEMA0AgC0UNAiALQQxrIQsgACAMNgJUIAxBDGohDCAAQdQAaiAAQThqEJYBRQ0ACyANLQBtIgxBAUYEQCAHIAJBppzAAEEDEEFBqZzAAEESECUNAwsgDSgCOCIDBEAgA0EMbCELIA0oAjQhAwNAIAtFDQggC0EMayELIAMoAgghDSADKAIEIQ4gA0EMaiEDIAcgAkGzksAAQQMQQSAOIA0QJUUNAAsLIAcgAkGfksAAQQMQQSIDRQ0KIAMtAABBA0YNAwwKCyABQgI3AwAgAUEKNgIIDAoLIAFCAjcDACABQQs2AggMCQsgAUICNwMAIAFBEDYCCAwICyAAQSBqIAMoAgggAygCDBAcIAAoAiRFDQYgAEHUAGogA0EEahBUAkACQAJAAkACQCAMQQFrDgIBAgALIABBOGogByACQciSwABBBRBoIAAoAjhBgICAgHhGDQIgACAAKAJANgJoIAAgACkCODcDYAwJCyAAQeAAaiAHIAJByJLAAEEFEGgMCAsgByACQfycwABBGhBBIgJFDQYgAEEYaiACELIBIAAoAhgiAkUNBiAAQRBqIAIgACgCHCIDQZadwABBChBBEGUgACgCECIHDQEMBQsgAEHgAGogByACQc6dwABBChBoIABBOGoQxwEMBgsgAEE4aiAHIAAoAhQQBiAAKQNAIRggACgCOCEHIABBLjYCQCAAQaCdwAA2AjwgAEEINgI4AkAgB0UEQCABIAApAjw3AgwgAUEINgIIDAELIABBOGoQwwEgGCAZVQRAIBggFyAXIBhVGyEXDAULIAFBDjYCCAsgAUICNwMAIABB1ABqEOQBDAcLIAFCAjcDACABQQk2AggMBgsgAUICNwMAIAFBCjYCCAwFCyABQgI3AwAgAUEMNgIIDAQLIAIgA0H3m8AAQRYQQSICRQ0AIABBCGoiAyACKAIMNgIEIAMgAigCCEEAIAItAABBBEYbNgIAIAAoAggiAkUNACAAKAIMQRhsIQMDQCADRQ0BAkACQCACQY2cwABBDBBrIgdFDQAgB0GZnMAAQQ0QayIHRQ0AIAAgBxCzASAAQeAAaiAAKAIAIgdBACAAKAIEIgsbQQAgBxsgCxC8ASAAKAJgQYCAgIB4Rw0EDAELIABBgICAgHg2AmALIAJBGGohAiADQRhrIQMMAAsACyAAQYCAgIB4NgJgCyABIAAoAlw2AhggASAAKQJUNwIQIAEgFzcDCCABQgE3AwAgASAAKQNgNwIcIAEgACgCaDYCJAwBCyABQgI3AwAgAUENNgIICyAAQfAAaiQAIARB9AJqIQMgBEHcAmohACAEQegCaiEBIAQpAtwBIRcgBCkC1AEhGCAEKALQASECIAQpA8gBIhlCAlINAiAEQdACahDkASAAEOQBIAEQ5AEgAxDlASAYQiCIpyEBIBinIQALIARBxAJqEOQBCyAEIBc3AtQBIAQgATYC0AEgBCAANgLMASAEIAI2AsgBIARBOGogBEHIAWoQlwEgBEICNwMwDAMLIAQgBCgC7AE2AsABIAQgBCkC5AE3A7gBIAQgACkCADcDyAEgBCAAKAIINgLQASAEIAEpAgA3A6gBIAQgASgCCDYCsAEgBCkC1AIhGiADEOUBIARBxAJqEOQBIBmnIQFBACEDQgMMAQsgBCAEKQLkATcDuAEgBCAEKALsATYCwAEgBDUC2AIgBDUC4AFCIIaEIRcgBCgC8AEhBiAEKQPQAiEYIARBxAJqEOQBIAIhAyAAIQJCBQshGSAEIBc3AkwgBCAYNwJEIAQgAjYCQCAEIAM2AjwgBCABNgI4IAQgGTcDMCAEIAQpA7gBNwJUIAQgBCgCwAE2AlwgBCAaNwJkIAQgBjYCYCAEIAQpA8gBNwJsIAQgBCgC0AE2AnQgBCAEKQOoATcDeCAEIAQoArABNgKAAQsgBEGYAWoQ5AEgESARKAIAQQFqIgA2AgAgAEUNASAEIBE2ArwCIAQgBCkDCDcDsAIgBCAEKAIQNgK4AiAEQcgBaiAEQTBqQegA/AoAACAEKQPIAUICUQRAIARB0AFqIAQoArQCIgAgACAEKAK4AkEUbGoQYQsgECAEQcgBakH4APwKAAALIARBgANqJAAMAQsACyAPEOQBIAhBmAFqEMcBIAhBpAFqEMcBIAhBjAFqEOQBIBIgEEH4APwKAAALIAhBsAFqJAAgBUGIAWoQwQEgBUH4AGoQuwEgBUHAAWokAAwBCyAFQShqIQJBACEAAn8gBUHsAGoiASgCAEGAgICAeEYEQCABKAIIIQAgASgCBAwBCyABEOQBQQALIQEgAiAANgIEIAIgATYCACAFKAIoIQQgBSgCLCEGIAVBIGogBUHgAGoQhgEgBSgCICEDIAUoAiQhByAFQRhqIAVB1ABqEIYBIAUoAhghCCAFKAIcIQogBUEQaiAFQcgAahB8IAUoAhAhCyAFKAIUIQwgBUEIaiECQQAhAAJ/IAVBPGoiASgCAEUEQCABKAIIIQAgASgCBAwBCyABELsBQQALIQEgAiAANgIEIAIgATYCACAFKAIIIgAgCyAAGyIBIAggARsiAiADIAIbIgMgBCADGyIEQQEgBBsgBSgCDCAMIAAbIAogARsgByACGyAGIAMbQQAgBBsQ7gEACyMAQYACayIAJAAgAEGIAWogEkH4APwKAAAgAEEANgIAIABBBHIgAEGEAWpB/AD8CgAAQQhBiAEQuAEiAUKBgICAEDcDACABQQhqIgEgAEGAAfwKAAAgAEGAAmokACAKQYACaiQAIAELmAIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYCDCAEIARBDGqtQoCAgIDgBIQ3AxggBCAEQQhqrUKAgICA4ASENwMQQYCAwAAgBEEQaiADEHsACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgOAEhDcDGCAEIARBCGqtQoCAgIDgBIQ3AxBB34DAACAEQRBqIAMQewALIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICA4ASENwMYDAELIAQgATYCCCAEIAI2AgwgBCAEQQxqrUKAgICA4ASENwMYCyAEIARBCGqtQoCAgIDgBIQ3AxBBmIHAACAEQRBqIAMQewALlgIBB38jAEEgayIGJAAgBkEEaiACQQNuIgUgAiAFQQNsR2pBAnQQgAEDQCACBEAgBkEQaiABIAJBAyACIAJBA08bQbiuwAAQfSAGKAIcIQIgBigCGCEBIAYoAhQhCiAGKAIQIQhBACEFQRAhB0EAIQkDQCAFIApGBEBBACEFQRIhBwNAIAVBBEYNBAJAAkAgBSAKSwRAQT0hCCAERQ0CDAELIAMgCSAHQR5xdkE/cWotAAAhCAsgBkEEaiAIEFALIAVBAWohBSAHQRpqIQcMAAsABSAFIAhqIAVBAWohBS0AACAHQRhxdCAJciEJIAdBCGshBwwBCwALAAsLIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEgaiQAC+oFAgp/AX4jAEEQayIGJABBCiECIAAoAgAiBCEAIARB6AdPBEADQCAGQQZqIAJqIgNBBGsgACIFIABBkM4AbiIAQZDOAGxrIgdB//8DcUHkAG4iCEEBdC8A9LNAOwAAIANBAmsgByAIQeQAbGtB//8DcUEBdC8A9LNAOwAAIAJBBGshAiAFQf+s4gRLDQALCyAAQQlLBEAgAkECayICIAZBBmpqIAAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8A9LNAOwAAC0EAIAQgABtFBEAgAkEBayICIAZBBmpqIABBAXQtAPWzQDoAAAsCfyAGQQZqIAJqIQdBACEEQStBgIDEACABKAIIIgNBgICAAXEiABshCCADQYCAgARxRUUhCgJAQQogAmsiCyAAQRV2aiIAIAEvAQwiBUkEQAJAAkAgA0GAgIAIcUUEQCAFIABrIQVBACEAAkACQAJAIANBHXZBA3FBAWsOAwABAAILIAUhAAwBCyAFQf7/A3FBAXYhAAsgA0H///8AcSEJIAEoAgQhAyABKAIAIQEDQCAEQf//A3EgAEH//wNxTw0CQQEhAiAEQQFqIQQgASAJIAMoAhARBABFDQALDAQLIAEgASkCCCIMp0GAgID/eXFBsICAgAJyNgIIQQEhAiABKAIAIgMgASgCBCIJIAggChCFAQ0DIAUgAGtB//8DcSEAA0AgBEH//wNxIABPDQIgBEEBaiEEIANBMCAJKAIQEQQARQ0ACwwDC0EBIQIgASADIAggChCFAQ0CIAEgByALIAMoAgwRAQANAkEAIQQgBSAAa0H//wNxIQADQCAEQf//A3EiBSAASSECIAAgBU0NAyAEQQFqIQQgASAJIAMoAhARBABFDQALDAILIAMgByALIAkoAgwRAQANASABIAw3AghBAAwCC0EBIQIgASgCACIAIAEoAgQiASAIIAoQhQENACAAIAcgCyABKAIMEQEAIQILIAILIAZBEGokAAuIAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGEC4gACgCCAUgAgsgACgCBGohAgJAIAFBgAFPBEAgAUE/cUGAf3IhBSABQQZ2IQMgAUGAEEkEQCACIAU6AAEgAiADQcABcjoAAAwCCyABQQx2IQcgA0E/cUGAf3IhAyABQf//A00EQCACIAU6AAIgAiADOgABIAIgB0HgAXI6AAAMAgsgAiAFOgADIAIgAzoAAiACIAdBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBCAGajYCCEEAC+0BAQN/IAAgAygCCCABKAIMIAEoAggiBUEZdyAFQQ53cyAFQQN2c2pqIAQoAgQiBkEPdyAGQQ13cyAGQQp2c2oiBjYCDCAAIAMoAgQgBSABKAIEIgdBGXcgB0EOd3MgB0EDdnNqaiAEKAIAIgVBD3cgBUENd3MgBUEKdnNqIgU2AgggACADKAIAIAcgASgCACIBQRl3IAFBDndzIAFBA3ZzamogBkEPdyAGQQ13cyAGQQp2c2o2AgQgACABIAQoAgxqIAIoAgwiAEEZdyAAQQ53cyAAQQN2c2ogBUEPdyAFQQ13cyAFQQp2c2o2AgAL3AEBBn8gACABKAIMIAMoAgwgAigCCCIFQRp3IAVBFXdzIAVBB3dzamogASgCCCIHIAIoAgwiCHMgBXEgB3NqIgQgASgCBGoiBjYCDCAAIAQgAigCACIEIAEoAgAiCSACKAIEIgJzcSACIAlxcyAEQR53IARBE3dzIARBCndzamoiATYCBCAAIAkgByADKAIIaiAIIAYgBSAIc3FzaiAGQRp3IAZBFXdzIAZBB3dzaiIDajYCCCAAIAFBHncgAUETd3MgAUEKd3MgASACIARzcSACIARxc2ogA2o2AgAL6AEBBn8jAEEwayIDJAAgA0EANgIsIAMgATYCJCADIAE2AhwgAyACNgIgIAMgASACajYCKCADQSRqIQcCQANAIAMoAiQhBSADKAIoIQYgA0EQaiAHEEMgAygCFCIIQYCAxABGBEBBACECDAILIAMoAhAhAiAIEDANAAsgAygCJCAGIAVrIAJqaiADKAIoayEECwJAA0AgAygCJCEFIAMoAighBiADQQhqIAcQHyADKAIIQQFHDQEgAygCDBAwDQALIAMoAiwgBiAFa2ohBAsgACAEIAJrNgIEIAAgASACajYCACADQTBqJAALkAMCAn8BfiMAQTBrIgMkAAJ/AkACQAJAAkACQCACDgIAAQILIANBGGogARBYIAMoAhgiAUGAgICAeEYNAiADKQIcIQUgACgCACIAEMcBIAAgBTcCBCAAIAE2AgAMAwsgA0EYaiABEDQgAygCGCIBQYGAgIB4Rg0BIAMpAhwhBSAAKAIEIgAQxwEgACAFNwIEIAAgATYCAAwCCyADQRhqIQQjAEEgayICJAAgAiABEDoCQCACLQAARQRAIARBBzoAAAwBCwJAIAItAAFB7gBGBEAgAUGRkMAAQQQQZg0BIARBBzoAAAwCCyACQQhqIAEQDSACLQAIQQZHBEAgBCACKQMYNwMQIAQgAikDEDcDCCAEIAIpAwg3AwAMAgsgBEEHOgAADAELIARBBjoAAAsgAkEgaiQAIAMtABgiAUEHRg0AIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACAAKAIIIAFBBkc6AAAgAUEGRg0BIAMQlAEMAQtBAAwBC0EBCyADQTBqJAAL1gICAn8BfiMAQTBrIgMkAAJ/AkAgAkUEQCADQYCAgIB4NgIIIANBgICAgHg2AhQgAyADQRRqIgI2AiQgAyADQQhqIgQ2AiACQCABQaykwABBAiADQSBqQbykwAAQekUEQCACEMcBIAQQxwEMAQsgAygCCCIBQYCAgIB4Rw0CIANBFGoQxwELQQAMAgsgACgCBCIAEIMBIwBBEGsiAiQAIAJBCGogARA6An9BAiACLQAIRQ0AGiACLQAJQe4ARgRAQQBBAiABQZGQwABBBBBmGwwBCyACIAA2AgxBAUECIAFB2KTAAEEBIAJBDGpB4KTAABB6GwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQvQEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARATIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpBwK/AACADKAIAIgMoAgAgAygCBBALGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEEMIBIgFFBEBBBEEMEPABAAsgASACKAIQNgIIIAEgAikDCDcCACAAQcCxwAA2AgQgACABNgIAIAJBMGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQxQFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAQAMAQsgBEEQaiABEA0gBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahCUAQsgAEEGRwsgBEFAayQAC4QCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUGQpcAAQQIgAkEYakGgpcAAEHpFBEAgAxDHAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECcgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDEAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJYBIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABCzASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCTAUUNAAsLIANBIGokACAFC+UMAgh/BX4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQPyAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQcyADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgg2AjAgAygCIEUEQCADQRBqIANBLGoQfCADKAIQIQEgAygCFCEFIANBCGogAhCNASADKAIIIgAgASAAGyIBQQEgARsgAygCDCAFIAAbQQAgARsQ7gEACyAAKAIgKwMAIAMgAygCKDYCQCADIAMpAiAiDjcDOCADIAE2AkwgAyAINgJI/AYhECMAQfABayIHJAAgB0EgaiAOpyIKQegA/AoAACAKQdCnwABB6AD8CgAAAkAgBykDIEIFUQRAIAdBiAFqIQYgECEOIwBBsAFrIgIkAAJAAn8CQAJAAkACQAJAAkACQAJAAkACQCAJQf//A3EiAEGRA2sOBAMBAQMACyAAQcgBRg0BCyAGQTM2AhAgBkGfpsAANgIMIAZBETYCCCAGQgI3AwAMCQtBgICAgHghAAJAIAFBgIAQSw0AIAJCADcCeCACIAE2AnQgAiAINgJwIAJBgICAgHg2AoABIAJBADYCoAEgAkKAgICAwAA3ApgBIAIgAkGYAWoiCDYCrAEgAiACQYABajYCqAECQAJAIAJB8ABqIgFBgKTAAEECIAJBqAFqQZCkwAAQekUNACABEI8BRQ0AIAIoAoABIgFBgICAgHhGBEAgCBDqAQwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKYATcDYCACIAIoAqABNgJoIAIpAoQBIQ0gASEADAILIAJBmAFqEOoBIAJBgAFqEL0BCwsgAkE4NgKIASACQbSlwAA2AoQBIAJBETYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDjcDMCACIAAoAggiADYCOCACKQOAASENIAYgADYCGCAGIA43AhAgBiANNwMIIAZCAjcDAAwJCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDDASACIAIoAkgiCDYCOCACIAA2AgwgAiACKQNANwIYIAIgCDYCICACIA03AhAgAiANpyANQiCIpxAcIAJBGGohACACQSRqIQggAigCBEUNAQJAIAIoAiRBgICAgHhHBEAgASACKAIoIAIoAiwQBiACKQOIASENIAIpA4ABIAJBMzYCiAEgAkHspcAANgKEASACQRE2AoABQgEhD0IBUg0EIAEQwwEgDSAOVw0BCyACIAAoAggiCTYCoAEgAiAAKQIANwOYASAJQQR0IQtBACEAIAIoApwBIQECQANAIAAgC0YNASAAIAFqIABBEGohAEEMai0AAEUNAAsgACABakEQayEBDAYLIAkNBQwGCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwHCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRE2AggLIAZCAjcDACACQQxqEOQBIAgQxwEgABDqAQwECyACQfAAaiABEFRBgICAgHggAigCcCIAQYCAgIB4Rg0CGiACIAIoAngiATYCiAEgAiACKQJwNwOAASABDQEgAkGAAWoQ5AELQYCAgIB4DAELIAIpAnQhDiAACyEAIAYgAigCFDYCGCAGIAIpAgw3AhAgBiAONwMgIAYgADYCHCAGIA03AwggBiAPNwMAIAJBmAFqEOoBIAgQxwELIAJBsAFqJAAgBykDiAFCAlEEQCAHIAcoAqABNgLoASAHIAcpA5gBNwPgASAHIAcpA5ABNwPYASAHQQRqIAdB2AFqEJcBDAILIAdBsAFqIgAgB0GIAWoiAUEo/AoAACAHQQRqIAogASAQED0gABDMAQwBCyAHQQRqQbiowABBIRBxCyAHQSBqEE0gCiAHQQRqEDwgB0HwAWokACADQcgAahDBASADQThqELkBIANB0ABqJAAgBUHQAGokAAuIAwIHfwF+IwBBEGsiByQAAkAgBUUNACACIANqIgIgA0kNACAHQQRqIQggAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCSACIAlLGyIMIQIjAEEgayIGJABBASELQQQhCgJAAkAgBa0gAq1+Ig1CIIinDQAgDaciAkGAgICAeCAEa0sNACAGQRRqIAEgBCAFEG0CfyAGKAIYBEAgBigCHCIDRQRAIAZBCGogBCACEIsBIAYoAgghBSAGKAIMDAILIAYoAhQgAyAEIAIQByEFIAIMAQsgBiAEIAIQiwEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEEZFDQAgA0EIaiAAEDogAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA6IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC5UCAQJ/IwBBIGsiBSQAQaS4wABBpLjAACgCACIGQQFqNgIAAkACQAJAAkACf0EAIAZBAEgNABpBAUGQuMAALQAADQAaQZC4wABBAToAAEGMuMAAQYy4wAAoAgBBAWo2AgBBAgtB/wFxDgMDAQABC0GYuMAAKAIAIgZBAEgNAkGYuMAAIAZBAWo2AgBBnLjAACgCAEUNASAFQQhqIAAgASgCFBEAACAFIAQ6AB0gBSADOgAcIAUgAjYCGCAFIAUpAwg3AhBBnLjAACgCACAFQRBqQaC4wAAoAgAoAhQRAAAMAQsgBSAAIAEoAhgRAAAMAQtBmLjAAEGYuMAAKAIAQQFrNgIAQZC4wABBADoAACADRQ0AAAsAC/cBAQJ/IwBBMGsiBCQAIAQgARANIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBJIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECcgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDEAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC/8BAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQQSIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGohAgJAIAEtAABBAkcNAAJAAkACQCABKAIIQQFrDgIBAwALIAEpAxAiBkIAWQ0BDAILIAEpAxAhBgsgAiAGNwMIQgEhBQsgAiAFNwMAIAQpAxAhBSAEKQMIIQYgBEEhNgIQIARBu5zAADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDDAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuwEBAX8jAEFAaiIDJAACQCACQYGAEE8EQCAAQQY6AAAMAQsgA0IANwIIIAMgAjYCBCADIAE2AgAgA0EoaiADEA0gAy0AKCIBQQZGBEAgAEEGOgAADAELIAMgAykAODcAICADIAMpADE3ABkgAyADKQApNwARIAMgAToAECADEI8BRQRAIABBBjoAACADQRBqEJQBDAELIAAgAykDIDcDECAAIAMpAxg3AwggACADKQMQNwMACyADQUBrJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAuAAgEGfyMAQRBrIgMkACACIAEgAmoiBEsEQEEAQQAQxAEACyADQQRqIQUgACgCACICIQYgACgCBCEIQQEhB0EEIQECQEEIIAQgAkEBdCICIAIgBEkbIgIgAkEITRsiBCICQf////8HSwRAQQAhAgwBCwJAAkACfyAGBEAgCCAGQQEgAhAHDAELIAJFBEBBASEBDAILIAJBARDCAQsiAQ0AIAVBATYCBAwBCyAFIAE2AgRBACEHC0EIIQELIAEgBWogAjYCACAFIAc2AgAgAygCBEEBRgRAIAMoAgggAygCDBDEAQALIAMoAgghASAAIAQ2AgAgACABNgIEIANBEGokAAudAQEGfyMAQTBrIgMkACADQQxqQS8gASACEE8gAygCECIFIAMoAhgiBmohByADKAIMIQggAygCHCECAkADQAJAIAMgBzYCKCADIAUgAiIEajYCLCADIANBKGoQHyADKAIAQQFHDQAgAygCLCADKAIoayAGaiECIAMoAgQgCEYNAQwCCwtBACEECyAAIAQ2AgQgACABNgIAIANBMGokAAuQAQECfwJAIABBCWsiAkEXTQRAQQEhAUGfgIAEIAJ2QQFxDQELQQAhASAAQYABSQ0AAkAgAEEIdiICBEAgAkEwRwRAIAJBIEYNAiACQRZHDQMgAEGALUYhAQwDCyAAQYDgAEYhAQwCCyAAQf8BcS0A9LFAIQEMAQsgAEH/AXEtAPSxQEECcUEBdiEBCyABQQFxC/QsAhN/A34jAEHQAGsiCCQAIAggATYCBCAIIAA2AgAgCCACNgIIIAggAzYCDCAIIAhBzwBqIgA2AkggCCAANgJEIAggCEEMajYCQCAIIAhBCGo2AjwgCCAANgI4IAggADYCNCAIIAhBBGo2AjAgCCAINgIsIwBBIGsiESQAIBFBCGogCEEsaiIBKAIAKAIAIAEoAgQoAgAQcyARKAIIIQMgESgCDCEAIBEgASgCECgCACABKAIUKAIAEHMgESgCACECIBEoAgQhASARIAA2AhQgESADNgIQIBEgATYCHCARIAI2AhggCEEQaiEVIwBB0AFrIgckACADIAAQeCEAIAdBLGoiAyACIAEQOSAHIABB/wFxIgE6ACgCQAJAAkAgAUEDRwRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQUgBygCPCEAIwBB0AJrIgQkACAEIAI2ApQBIAQgADYCkAEgBEGIAWogBEGQAWpBk57AAEEKEG4CQAJAIAQoAogBIgIEQCAEKAKMASIADQELIAVBCjYCDCAFQZOewAA2AgggBUKCgICAsAI3AwAMAQsgBEGYAWogAiAAEEkgBEGAAWogBEGQAWpBnZ7AAEEYEEcCQAJAAkAgBCgCgAEiA0UEQEKQHCEZDAELAkACQAJAIAQoAoQBIgIOAgQAAQsgAy0AACILQStrDgMDAQMBCyADLQAAIQsLIAMgC0H/AXFBK0YiAGohCwJAIAIgAGsiBkERTwRAA0AgBkUNAiAEQfAAaiAZQgAQPiAEKQN4QgBSDQQgBCkDcCEXIARB6ABqIAstAABBChB1IAQoAmhBAUcNBCALQQFqIQsgBkEBayEGIBcgBDUCbHwiGSAXWg0ACwwDCwNAIAZFDQEgBEHgAGogCy0AAEEKEHUgBCgCYEEBRw0DIAtBAWohCyAGQQFrIQYgBDUCZCAZQgp+fCEZDAALAAsgGUIBfUKAowVaDQELIARB2ABqIARBkAFqQbWewABBGhBHAkAgBCgCWCIABEAgBEG4AmogACAEKAJcEEkgBCgCwAIhCyAEKAK8AiEGA0AgCwRAIAZBIEEAIAYtAAAiAEHBAGtB/wFxQRpJGyAAcjoAACALQQFrIQsgBkEBaiEGDAELCyAEIAQoAsACIgI2AqgCIAQgBCkCuAIiFzcDoAJBASELIBenQYCAgIB4Rg0BIAQoAqQCIgAgAkGVkMAAQQQQrgENASAAIAJBz57AAEEBEK4BDQEgACACQdCewABBAxCuAQ0BQQAhCyAAIAJBmZDAAEEFEK4BDQEgACACQdOewABBARCuAQ0BIAAgAkHUnsAAQQIQrgENASAFQRU2AhQgBUHWnsAANgIQIAVBGjYCDCAFQbWewAA2AgggBUKCgICAwAI3AwAgBEGgAmoQxwEMAwsgBEGAgICAeDYCoAJBASELCyAEQaACahDHASAEQdAAaiAEQZABakHrnsAAQRYQRwJAAkAgBCgCUCICBEAgAiAEKAJUIgBBgZ/AAEEBEK4BRQ0BCyAEQYCAgIB4NgKkAQwBCyAEQaACaiACIAAQmAEgBCAEKAKgAjYCwAIgBCAEKAKkAiIANgK8AiAEIAA2ArgCIAQgACAEKAKoAkEDdGo2AsQCIwBBIGsiCiQAIApBCGogBEG4AmoiAigCDCACKAIEa0EDdkEEQQwQVyAKQQA2AhwgCiAKKQMINwIUIwBBEGsiEiQAIApBFGoiACACKAIMIAIoAgRrQQN2EKYBIAApAgQhGCASIABBCGo2AgQgEiAYQiCJNwIIIwBBEGsiDSQAIA0gAikCCDcDCCANIAIpAgA3AwAjAEEgayIQJAAgEkEEaiIGKAIIIAYoAgQiCUEMbGohEyANKAIEIQ4gDSgCDCEDA0AgAyAORwRAIA5BBGooAgAhAiAOKAIAIQAgDSAOQQhqIg42AgQgEEEIaiAAIAIQLyAQQRRqIBAoAgggECgCDBBJIBMgECgCHDYCCCATIBApAhQ3AgAgE0EMaiETIAlBAWohCQwBCwsgBigCACAJNgIAIA0QpAEgEEEgaiQAIA1BEGokACASQRBqJAAgBEGkAWoiACAKKAIcNgIIIAAgCikCFDcCACAKQSBqJAALAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAUH/AXFBAWsOAgECAAsgBEG4AmogBEGQAWpBgp/AAEEQEFsgBCgCwAIhDSAEKAK8AiEQIAQoArgCIgBBFUcEQCAFIAQpAsQCNwMQIAUgDTYCDCAFIBA2AgggBSAANgIEIAVBAjYCAAwPCyAEQRBqIARBkAFqQZKfwABBDRBHAkAgBCgCECIABEAgBEGgAmogACAEKAIUEJgBIAQgBCgCoAI2AsACIAQgBCgCpAIiADYCvAIgBCAANgK4AiAEIAAgBCgCqAJBA3RqNgLEAiMAQSBrIgwkACAMQQhqIARBuAJqIgIoAgwgAigCBGtBA3ZBBEEMEFcgDEEANgIcIAwgDCkDCDcCFCMAQRBrIhQkACAMQRRqIgAgAigCDCACKAIEa0EDdhCmASAAKQIEIRggFCAAQQhqNgIEIBQgGEIgiTcCCCMAQRBrIg8kACAPIAIpAgg3AwggDyACKQIANwMAIwBBEGsiCiQAIBRBBGoiBigCCCAGKAIEIhJBDGxqIRMgDygCBCEJIA8oAgwhAwNAIAMgCUcEQCAJQQRqKAIAIQIgCSgCACEAIA8gCUEIaiIJNgIEIApBBGogACACEHYgEyAKKAIMNgIIIBMgCikCBDcCACATQQxqIRMgEkEBaiESDAELCyAGKAIAIBI2AgAgDxCkASAKQRBqJAAgD0EQaiQAIBRBEGokACAEQbwBaiIAIAwoAhw2AgggACAMKQIUNwIAIAxBIGokAAwBC0EEQRgQuAEhACAEQdwBakGfn8AAQRYQSSAEIA02AsQCIAQgEDYCwAIgBEEnNgK8AiAEQbWfwAA2ArgCIARBoAJqIARBuAJqQQIQ1wEgACAEKALkATYCCCAAIAQpAtwBNwIAIAAgBCkCoAI3AgwgACAEKAKoAjYCFCAEQQI2AsQBIAQgADYCwAEgBEECNgK8AQsgBEEIaiAEQZABakHcn8AAQQsQRyAEKAIIIgMEQCAEQaACaiIAIAMgBCgCDCICECwCQCAELQCgAkEGRg0AIAQgBCkDsAI3A8gCIAQgBCkDqAI3A8ACIAQgBCkDoAI3A7gCIABBoJHAAEEEEGsiAARAIAAtAAAgBEG4AmoQlAFBBEcNASAEQeQBaiADIAIQSSAEQQA2AuABDA8LIARBuAJqEJQBCyAEQSw2AuwBIARB2J3AADYC6AEgBEELNgLkASAEQdyfwAA2AuABDAsLIAQgBEGQAWpB55/AAEEPEEcgBCgCACIARQ0IIARBoAJqIAAgBCgCBBBJDAkLIARBuAJqIARBkAFqQfafwABBEBBbIAQoAsACIQMgBCgCvAIhAiAEKAK4AiIAQRVHBEAgBSAEKQLEAjcDECAFIAM2AgwgBSACNgIIIAUgADYCBCAFQQI2AgAMDgsgBEG8AWogAiADEHYgBCgCwAEiAyAEKALEASICEAVFBEAgBUEyNgIUIAVBxKPAADYCECAFQRA2AgwgBUH2n8AANgIIDAcLIARBKGogBEGQAWpBhqDAAEEKEEcgBCgCKCIGBEAgBEGgAmoiACAGIAQoAiwiAhAsAkAgBC0AoAJBBkYNACAEIAQpA7ACNwPIAiAEIAQpA6gCNwPAAiAEIAQpA6ACNwO4AiAAQaCRwABBBBBrIgAEQCAALQAAIARBuAJqEJQBQQRHDQEgBEHkAWogBiACEEkgBEEANgLgAQwICyAEQbgCahCUAQsgBEEsNgLsASAEQdidwAA2AugBIARBCjYC5AEgBEGGoMAANgLgAQwECyAEQSBqIARBkAFqQZCgwABBDhBHIAQoAiAiAEUNASAEQaACaiAAIAQoAiQQSQwCCyAEQbgCaiAEQZABakGsoMAAQREQWyAEKALAAiEDIAQoArwCIQIgBCgCuAIiAEEVRwRAIAUgBCkCxAI3AxAgBSADNgIMIAUgAjYCCCAFIAA2AgQgBUECNgIADA0LIARBsAFqIAIgAxBJIARByABqIARBkAFqQYSewABBDxBHAkAgBCgCSCIABEAgBEG8AWogACAEKAJMEHYMAQsgBCgCtAEgBCgCuAFBvaDAAEENELcBRQRAIARBvAFqQcqgwABBFxBJDAELIARBvAFqQeGgwABBFhBJCwJAIAQoAsABIgIgBCgCxAEiABAFRQRAIAVBMjYCFCAFQcSjwAA2AhAgBUEPNgIMIAVBhJ7AADYCCAwBCyAEQUBrIARBkAFqQfegwABBCxBHAkACQAJAIAQoAkAiAwRAIARBoAJqIgAgAyAEKAJEIgIQLAJAIAQtAKACQQZGDQAgBCAEKQOwAjcDyAIgBCAEKQOoAjcDwAIgBCAEKQOgAjcDuAIgAEGgkcAAQQQQayIABEAgAC0AACAEQbgCahCUAUEERw0BIARB5AFqIAMgAhBJIARBADYC4AEMBQsgBEG4AmoQlAELIARBLDYC7AEgBEHYncAANgLoASAEQQs2AuQBIARB96DAADYC4AEMAQsgBEE4aiAEQZABakEBQQAQRyAEIAQpArQBNwLIAiAEQRI2AsQCIARBvKHAADYCwAIgBCAANgK8AiAEIAI2ArgCIARBoAJqIgAgBEG4AmpBAxDXASAEKAKkAiAEKAKoAhAFDQEgBEEyNgLsASAEQcSjwAA2AugBIARBDzYC5AEgBEGEnsAANgLgASAAEOQBCyAEIAQpAugBIhc3A9ABIAQgBCkC4AEiGDcDyAEgBSAXNwIQIAUgGDcCCAwCCyAEIAQoAqgCNgLsASAEIAQpAqACNwLkASAEQQE2AuABCyAEIAQpAuABNwPwASAEIAQpAugBNwP4AUEEQRgQuAEhBiAEIAQpArQBNwLAAiAEQQs2ArwCIARBgqHAADYCuAIgBEHcAWogBEG4AmoiAEECENcBIARBoAJqIARBvAFqEFQgBiAEKALkATYCCCAGIAQpAtwBNwIAIAYgBCkCoAI3AgwgBiAEKAKoAjYCFCAEQTBqIARBkAFqQY2hwABBDRBHIARBhAJqIAQoAjAgBCgCNBC8ASAEIAQoAsQBNgKYAiAEIAQpArwBNwOQAiAAIARBsAFqEFQgBCkCvAIhFyAEKAK4AiEOQQRBDBC4ASIJIAQoArgBNgIIIAkgBCkCsAE3AgBBASECQQIhA0EBIRZBAgwMCyAFQoKAgIDAAjcDACAEQbwBahDkASAEQbABahDkAQwMCyAEQRY2AsQCIARBzqHAADYCwAIgBCACNgK8AiAEIAM2ArgCIARBoAJqIARBuAJqQQIQ1wELIAQoAqQCIAQoAqgCEAUNASAEQTI2AuwBIARBxKPAADYC6AEgBEEONgLkASAEQZCgwAA2AuABIARBoAJqEOQBCyAEIAQpAugBIhc3A9ABIAQgBCkC4AEiGDcDyAEgBSAXNwIQIAUgGDcCCAwCCyAEIAQoAqgCNgLsASAEIAQpAqACNwLkASAEQQE2AuABCyAEIAQpAuABNwPwASAEIAQpAugBNwP4ASAEQRhqIARBkAFqQZ6gwABBDhBHQQAhAgJ/QQQgBCgCGCIARQ0AGiAEQaACaiIQIAAgBCgCHBCYASAEIAQoAqACNgLAAiAEIAQoAqQCIgA2ArwCIAQgADYCuAIgBCAAIAQoAqgCQQN0ajYCxAIjAEEgayIMJAAgDEEIaiAEQbgCaiIDKAIMIAMoAgRrQQN2QQRBDBBXIAxBADYCHCAMIAwpAwg3AhQjAEEQayIUJAAgDEEUaiIAIAMoAgwgAygCBGtBA3YQpgEgACkCBCEYIBQgAEEIajYCBCAUIBhCIIk3AggjAEEQayIPJAAgDyADKQIINwMIIA8gAykCADcDACMAQRBrIgokACAUQQRqIhIoAgggEigCBCINQQxsaiEJIA8oAgQhDiAPKAIMIQYDQCAGIA5HBEAgDkEEaigCACEDIA4oAgAhACAPIA5BCGoiDjYCBCAKQQRqIAAgAxBJIAkgCigCDDYCCCAJIAopAgQ3AgAgCUEMaiEJIA1BAWohDQwBCwsgEigCACANNgIAIA8QpAEgCkEQaiQAIA9BEGokACAUQRBqJAAgECAMKAIcNgIIIBAgDCkCFDcCACAMQSBqJABBBCAEKAKgAiIAQYCAgIB4Rg0AGiAEKAKoAiEWIAAhAiAEKAKkAgshCUEEQQwQuAEiBiAEKALEATYCCCAGIAQpArwBNwIAQYCAgIB4IQ5BASEDQQEMBgsgBUKCgICAwAI3AwAgBEG8AWoQ5AEMBgsgBCANNgLEAiAEIBA2AsACIARBIDYCvAIgBEHkocAANgK4AiAEQaACaiAEQbgCakECENcBCyAEKAKkAiAEKAKoAhAFDQEgBEEyNgLsASAEQcSjwAA2AugBIARBDzYC5AEgBEHnn8AANgLgASAEQaACahDkAQsgBCAEKQLoASIXNwPQASAEIAQpAuABIhg3A8gBIAUgFzcCECAFIBg3AgggBUKCgICAwAI3AwAgBEG8AWoQ6AEMAwsgBCAEKAKoAjYC7AEgBCAEKQKgAjcC5AEgBEEBNgLgAQsgBCAEKQLgATcD8AEgBCAEKQLoATcD+AEgBCgCwAEhBiAEKALEASEDQYCAgIB4IQ5BBCEJQQAhAiAEKAK8AQshACAFIAQoAqABNgIgIAUgBCkCmAE3AhggBSAEKQKkATcCPCAFIAQoAqwBNgJEIAUgBCkD8AE3AwAgBSAEKQP4ATcDCCAFIBc3AkwgBSAONgJIIAUgFjYCOCAFIAk2AjQgBSACNgIwIAUgAzYCLCAFIAY2AiggBSAANgIkIAUgGTcDECAFIAE6AG0gBSALOgBsIAUgBCgCmAI2AlwgBSAEKQOQAjcCVCAFIAQoAowCNgJoIAUgBCkChAI3AmAMAwsgBEGkAWoQywEMAQsgBUEiNgIUIAVBmqHAADYCECAFQRg2AgwgBUGdnsAANgIIIAVCgoCAgMACNwMACyAEQZgBahDkAQsgBEHQAmokAAJ/IAcoAmBBAkcEQEEIQfgAELgBIgBCgYCAgBA3AwAgAEEIaiAFQfAA/AoAACAADAELIAcgBygCdDYCWCAHIAcpAmw3A1AgByAHKQJkIhg3A0ggGKdBFUcNAyAHKAJMCyEAIAdBgICAgHg2AgwgByAANgIQDAMLIAdBDGpBmJHAAEEHEHEMAwsgB0EMakGIkcAAQRAQcSAHKAIsQYCAgIB4Rg0CIAMQ5QEMAgsgB0EMaiAHQcgAahB+CyAHQThqEOUBCyAVIAcoAiQ2AhggFSAHKQIcNwIQIBUgBykCFDcCCCAVIAcpAgw3AgAgB0HQAWokACARQRhqEMEBIBFBEGoQwQEgEUEgaiQAIwBBIGsiASQAIAFBADYCACABIBUpAgA3AgQgASAVKQIINwIMIAEgFSkCEDcCFCABIBUoAhg2AhxBBEEoELgBIgBCgYCAgBA3AgAgACABKQIANwIIIAAgASkCCDcCECAAIAEpAhA3AhggACABKQIYNwIgIAFBIGokACAIQdAAaiQAIABBCGoLjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBYIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAEMcBDAELIANBBGogARA0IAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAEMcBCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxBBIgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQHCAEKAIMDQILIABBKzYCCCAAQe2qwAA2AgQgAEEBNgIADAILIABCFTcCAAwBCyAEIAIgARAcIAAgBCkDADcCBCAAQRU2AgALIARBEGokAAuiAQEBfyMAQRBrIgIkACACIAEQOgJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUGRkMAAQQQQZg0BIABBgYCAgHg2AgAMAgsgAkEEaiABEFggAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC3UBBH8jAEEQayICJABBBCEEA0ACQCAERQRAQQEhBQwBCyACQQhqIAEQYCACLQAIRQ0AIAIgAi0ACUEQEHUgAigCAEEBcUUNACAEQQFrIQQgAigCBCADQQR0aiEDDAELCyAAIAM2AgQgACAFNgIAIAJBEGokAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEHKisAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGvisAANgIEIABBADYCAA8LAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgED8gASgCFEUEQCABQQhqIAQQjQEgASgCCCIAQQEgABsgASgCDEEAIAAbEO4BAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQeABayIAJAAgAEEoaiAGpyIEQegA/AoAACAEQdCnwABB6AD8CgAAAkACQAJAAkACQCAAKQMoQgFYBEAgBQ0CIABBBzYCkAEgAEEMaiAAQZABahCXAQwBCyAAQQxqQdmowABBJRBxCyAAKQMoQgJaDQEgAEEoahC1AQwCCyAAQZABaiIFIABBKGpB0AD8CgAAIABBDGogBCAFIAcQPSAFELUBIAApAyhCAlQNAQsgAEEoahBNDAELIABB+ABqENsBCyAEIABBDGoQPCAAQeABaiQAIAFBIGoQuQEgAUEwaiQAIANBQGskAAuPAQEBfyMAQTBrIgMkACADQRhqIAEgAhAsAkAgAy0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgAUEFRgRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCACADEJQBCyADQTBqJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQigEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEFhBACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQxwEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQDSACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEJQBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuFAQECfyMAQSBrIgIkACABIAAoAmwiAyADIAAoAnBBFGxqEGEgAiABKAIYNgIYIAIgASkCEDcDECACIAEpAgg3AwggAiABKQIANwMAIAAQTSAAQgI3AwAgACACKQMANwMIIAAgAikDCDcDECAAIAIpAxA3AxggACACKAIYNgIgIAJBIGokAAuQEQIQfwJ+IwBBMGsiByQAAkAgASgCdCIBBEAgB0EEaiELIwBBQGoiBSQAAkAgAyACKQMIIhUgAUEIaiIMKQMQIAN8IhQgFCAVVRsgFCACKQMAp0EBcRsgFCAMLQBsGyIUUwRAIAUgAkEcahC0ASAFKAIEIRAgBSgCACENIAVBADYCFCAFQoCAgIAQNwIMIAVBDGoQ2AFBn5LAAEEDEMkBIAIoAhQiESACKAIYIhIQ0QFBopLAAEEEEMkBQaaSwABBDRDRAUGzksAAQQMQyQFBtpLAAEEMENEBQcKSwABBAxDJASADEJUBQcWSwABBAxDJASAUEJUBIQEgDQRAIAFByJLAAEEFEMkBIA0gEBDRARoLIAEQ5gEiDikCACEDIA5BADYCACAFIA4oAggiBjYCICAFIAM3AxggBUEANgIUIAVBATYCECAFQShqIQ8gBSgCHCEIIAwoAhwhCSAMKAIgIQQjAEHwBGsiASQAIAFBLGoiAiAGQQJ0QQNuQdQAahCAASACQciMwABBJBBwIAJBLhBQIAFB8AFqIgogCCAGENUBIAIgASgC9AEgASgC+AEQcCAKEOQBIAFBOGojAEGAA2siAiQAIAJBIGoiBkEAQcAA/AsAAkAgBEHAAE0EQCACQRhqIAQgBkHAAEGQrcAAEKIBIAIoAhggAigCHCAJIARBoK3AABChAQwBCyACQagBaiIKQQBBwQD8CwAgAkIANwOgASACQbCuwAApAwA3A5gBIAJBqK7AACkDADcDkAEgAkGgrsAAKQMANwOIASACQZiuwAApAwA3A4ABIAJBgAFqIhMgCSAEQQZ2EMABIAJBEGogBEE/cSIGIApBwABB8IjAABCiASACKAIQIAIoAhQgCSAEQcD///8HcWogBkGAicAAEKEBIAIgBjoA6AEgAkHwAWoiBCATQfAA/AoAACACQgA3A/gCIAJCADcD8AIgAkIANwPoAiACQgA3A+ACIAQgAkGYAmogAkHgAmoQDCACIAIpA/gCNwN4IAIgAikD8AI3A3AgAiACKQPoAjcDaCACIAIpA+ACNwNgIAJBCGpBICACQSBqQcAAQfCswAAQogEgAigCCCACKAIMIAJB4ABqQSBBgK3AABChAQsgAkEgakHAAPwKAAAgAkGAA2okAEEAIQIDQCACQcAARwRAIAFBOGogAmoiBCAELQAAQTZzOgAAIAJBAWohAgwBCwsgAUIANwPABEEAIQIgAUGwrsAAKQMANwO4BCABQaiuwAApAwA3A7AEIAFBoK7AACkDADcDqAQgAUGYrsAAKQMANwOgBCABQaAEaiABQThqQQEQwAEDQCACQcAARwRAIAFBOGogAmoiBCAELQAAQeoAczoAACACQQFqIQIMAQsLIAFCADcD6AQgAUGwrsAAKQMANwPgBCABQaiuwAApAwA3A9gEIAFBoK7AACkDADcD0AQgAUGYrsAAKQMANwPIBCABQcgEaiICIAFBOGoiBkEBEMABIAFBmAJqIAJBKPwKAAAgAUHwAWoiAiABQaAEaiIIQSj8CgAAIAFB2ANqQQBBwQD8CwAgAUGIA2oiBCACQdAA/AoAACAGIARBmAH8CgAAIAEtAMgBIQQgASgCNCECIAEoAjAhCSABIAY2AqAEIAEgCDYCyAQgAUGIAWohBgJAAkACQEHAACAEayIIIAJNBEAgBA0BDAILIAFBEGogBCAGQZCJwAAQjAEgAUEIaiACIAEoAhAgASgCFEGgicAAEKIBIAEoAgggASgCDCAJIAJBsInAABChASACIARqIQQMAgsgAUHwAWogCSACIAhBwIjAABB9IAEoAvwBIQIgASgC+AEhCSABKAL0ASEIIAEoAvABIQogAUEgaiAEIAZB0IjAABCMASABKAIgIAEoAiQgCiAIQeCIwAAQoQEgAUHIBGogBkEBENYBCyACQT9xIQQgAkEGdiIIBEAgAUHIBGogCSAIENYBCyABQRhqIAQgBkHAAEHwiMAAEKIBIAEoAhggASgCHCAJIAJBwP///wdxaiAEQYCJwAAQoQELIAEgBDoAyAEgAUHwAWoiAiABQThqQZgB/AoAACABQgA3A7gEIAFCADcDsAQgAUIANwOoBCABQgA3A6AEIAFCADcD4AQgAUIANwPYBCABQgA3A9AEIAFCADcDyAQgAiABQcACaiIEIAFByARqIgkQDCABQQA6AIADIARBICAJQSBBsInAABChASABQSA6AIADIAFBmAJqIAQgAUGgBGoQDCABIAEpA6AENwPQASABIAEpA6gENwPYASABIAEpA7AENwPgASABIAEpA7gENwPoASABQSxqIgRBLhBQIAIgAUHQAWpBIBDVASAEIAEoAvQBIAEoAvgBEHAgAhDkASAPIAEoAjQ2AgggDyABKQIsNwIAIAFB8ARqJAAgBUEANgI8IAVCgICAgBA3AjQgBUE0ahDYAUHNksAAQQsQyQEgBSgCLCAFKAIwENEBQdiSwABBCRDJAUHhksAAQQYQ0QFB55LAAEEJEMkBIBQQlQFB8JLAAEEEEMkBENgBQfSSwABBAhDJASARIBIQ0QFByJLAAEEFEMkBIQECQCANBEAgASANIBAQ0QEaDAELIAFBkZDAABDSARoLIAEQ5gFB9pLAAEEIEMkBIAwtAG1BAnQiASgC1K5AIAEoAsiuQBDRARDmASEBIAtBFTYCACALIAEoAgg2AgwgCyABKQIANwIEIAFBADYCACAFQQA2AjwgBUEBNgI4IAEQ5AEgDxDkASAFQRhqEOQBIA4Q5AEMAQsgC0EJNgIACyAFQUBrJAAgBygCBEEVRwRAIAcgBygCFDYCKCAHIAcpAgw3AyAgByAHKQIENwMYIAAgB0EYahCXAQwCCyAAQcgBIAdBCGoQRQwBCyAAQZapwABBEBBxCyAHQTBqJAALTwEDfiAAIAFC/////w+DIgNCCn4iBEIAIgMgAUIgiEIKfnwiAUIghnwiBTcDACAAIAQgBVatIAEgA1StQiCGIAFCIIiEfCACQgp+fDcDCAuBAQECfwJAIAEEQCABKAIABEAgAEHPADYCCCAAQcqKwAA2AgQgAEEANgIADwsgAUF/NgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAAIAI2AgggACABNgIEIAAgAUEIajYCAA8LIABBGzYCCCAAQa+KwAA2AgQgAEEANgIADwsAC5EBAgJ/AX4jAEEgayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIcIAJCgICAgBA3AhQgAkEUakHAr8AAIAMoAgAiAygCACADKAIEEAsaIAIgAigCHCIDNgIQIAIgAikCFCIENwMIIAEgAzYCCCABIAQ3AgALIABBwLHAADYCBCAAIAE2AgAgAkEgaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJYBRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQcCRwAAQKCIBRQRAIAMQ5wEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQygEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELdQEFfyMAQRBrIgIkACABKAIAIQQgASgCBCEFIAJBCGogARAgAkAgAigCCEEBRwRAQYCAxAAhAwwBCyACKAIMIQMgASABKAIAIAEoAggiBiAFaiAEIAEoAgRqa2o2AggLIAAgAzYCBCAAIAY2AgAgAkEQaiQAC24BAn8jAEEwayIEJAAgBEEUaiIFIAMgASACEE8gBEEIaiAFEBMCQCAEKAIIQQFGBEAgBCgCDCEDIAAgAiAEKAIQIgJrNgIMIAAgASACajYCCCAAIAM2AgQMAQtBACEBCyAAIAE2AgAgBEEwaiQAC4ABAQJ/IwBBEGsiBCQAQQRBFBC4ASEDIARBBGpBvY/AAEEQEEkgA0EMNgIEIANBzY/AADYCACADIAQpAgQ3AgggAyAEKAIMNgIQIABBATYCCCAAIAM2AgQgAEEBNgIAIAAgATsBGCAAIAIpAgA3AgwgACACKAIINgIUIARBEGokAAtfAQJ/IwBBEGsiAiQAIAJBCGogABA6AkAgAi0ACEUNACACLQAJIAFB/wFxRw0AIAAoAgwiAUEfSw0AQQEhAyAAIAFBAWo2AgwgACAAKAIIQQFqNgIICyACQRBqJAAgAwtfAQF/IwBBEGsiBCQAIARBCGogASACIAMQbiAEKAIIIgEEfyAEIAEgBCgCDBAcIAQoAgQhAiAEKAIABUEACyEDIAAgAjYCBCAAIANBACACG0EAIAMbNgIAIARBEGokAAvSAgEKfyMAQRBrIgYkAAJAIAAgASgCCCICIAEoAgBJBH8jAEEQayIHJAAgASgCACACSQRAQfuuwABByQBBoK/AABB7AAsgBkEIaiEKIAdBCGohCyMAQRBrIgQkACAEQQxqIQggASgCACIFBEAgBEEBNgIMIAUhAyABKAIEIQUgBEEIaiEICyAIIAM2AgACQCAEKAIMIgMEQCAEKAIIIQkCQCACRQRAIAkEQCAFIAkQTgsgAUEBNgIEDAELIAUgCSADIAIiCBAHIgVFDQIgASAFNgIECyABIAI2AgALQYGAgIB4IQMLIAsgCDYCBCALIAM2AgAgBEEQaiQAIAcoAgwhAiAKIAcoAgg2AgAgCiACNgIEIAdBEGokACAGKAIIIgJBgYCAgHhHDQEgASgCCAUgAgs2AgQgACABKAIENgIAIAZBEGokAA8LIAIgBigCDBDEAQALXwEDfyMAQRBrIgMkACADQQhqIAJBAUEBEFcgAygCCCEFIAMoAgwhBCAAQQA2AgggACAENgIEIAAgBTYCACACBEAgAgRAIAQgASAC/AoAAAsgACACNgIICyADQRBqJAALbwEBfyMAQRBrIgMkAAJAIAEEQCADQQRqIAEgAhCRASADKAIEQYCAgIB4RgRAIAAgAykCCDcCBCAAQYGAgIB4NgIADAILIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC+ABAQR/IwBBMGsiAiQAIAAoAgAhACACIAEQDSACLQAAIgRBBkcEQCACIAIpABA3ACggAiACKQAJNwAhIAIgAikAATcAGSACIAQ6ABggACgCCCIFIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQRgQJyABKAIIIgNBgYCAgHhHBEAgAyABKAIMEMQBAAsgAUEQaiQACyAAKAIEIAVBGGxqIgEgAkEYaiIDKQMQNwMQIAEgAykDCDcDCCABIAMpAwA3AwAgACAFQQFqNgIICyACQTBqJAAgBEEGRwtbAQN/IwBBEGsiASQAIAAoAggiAyECA0AgAUEIaiAAEIoBAkAgAS0ACARAIAEtAAlBMGtB/wFxQQpJDQELIAFBEGokACACIANLDwsgACACQQFqIgI2AggMAAsAC2IBAX4CQAJAAkACQEECIAApAwAiAadBAmsgAUIBWBsOAwECAwALIABBCGoQ5AEgAEEUahDsASAAQSBqEOQBDwsgAEEIahDaAQ8LIABBCGoQtQEPCyAAELUBIABB0ABqENsBC1kBAn8CQCAAQQRrKAIAIgJBeHEiA0EEQQggAkEDcSICGyABak8EQCACQQAgAyABQSdqSxsNASAAEAgPC0GwsMAAQeCwwAAQxgEAC0HwsMAAQaCxwAAQxgEAC2EBAn8jAEEQayIEJAAgBEEANgIMIAQgASAEQQxqEGQgBCgCBCEFIAAgAzYCECAAQQA2AgwgACADNgIIIAAgAjYCBCAAIAU6ABggACABNgIAIAAgBCgCDDYCFCAEQRBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxCnASABIAAoAgQgACgCCGoQLSAAIAIgA2o2AggLUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahCvASABRSADQQFHcQ0BIAJBEGokAA8LEO0BAAtB8InAAEE/EO4BAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqELABIAFFIANBAUdxDQEgAkEQaiQADwsQ7QEAC0HwicAAQT8Q7gEAC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEC4gACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQwgEiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQxAEAC8YDAgR/AX4jAEEgayIDJAAgAyACNgIEIAMgATYCACADIAA2AhggAyADQR9qIgA2AhQgAyAANgIQIAMgA0EEajYCDCADIAM2AggjAEHQAGsiACQAIABBIGoiBCADQQhqIgEoAhAQPyAAQRhqIAEoAgAoAgAgASgCBCgCABBzIABBADYCLCAAIAAoAhwiAjYCNCAAIAAoAhgiBTYCMCAAKAIgRQRAIABBEGogAEEsahB8IAAoAhAhAiAAKAIUIQMgAEEIaiAEEI0BIAAoAggiASACIAEbIgJBASACGyAAKAIMIAMgARtBACACGxDuAQALIAAgACgCKDYCQCAAIAApAiAiBzcDOCAAIAI2AkwgACAFNgJIIwBBMGsiASQAAkAgB6ciBikDAEICUQRAIAFB/qjAAEEYEHEMAQsgAUEcaiIEAn9BByAFIAJB/pLAAEEREK4BDQAaQRIgBSACQY+TwABBFBCuAQ0AGkEGIAUgAkGjk8AAQQsQrgENABogBEEjNgIIIARBrpPAADYCBEERCzYCACABIAQQlwELIAYgARA8IAFBMGokACAAQcgAahDBASAAQThqELkBIABB0ABqJAAgA0EgaiQAC7APAhB/An4jAEEgayIHJAAgByACNgIEIAcgATYCACAHIAA2AhggByAHQR9qIgA2AhQgByAANgIQIAcgB0EEajYCDCAHIAc2AggjAEHQAGsiBCQAIARBGGogB0EIaiIAKAIQED8gBEEkaiAAKAIAKAIAIAAoAgQoAgAQSgJAIAQoAhgEQCAEKAIkQYGAgIB4Rw0BCyAEQRBqIARBJGoQhgEgBCgCECEBIAQoAhQhAiAEQQhqIARBGGoQjQEgBCgCCCIAIAEgABsiAUEBIAEbIAQoAgwgAiAAG0EAIAEbEO4BAAsgBCAEKAIgNgI4IAQgBCkCGCIUNwMwIAQgBCkCJDcDQCAEIAQoAiw2AkgjAEEQayINJAAgDUEIaiAEQUBrIhIQtAEgDSgCCCECIA0oAgwhCCMAQbACayIBJAACQCAUpyIJKAJ0IgBFDQAgACgCCA0AIAAoAhQhBiAAKAIQIQMLAkAgCSkDAEIDUQRAIAMgAiADGyIKBEAgAUGoAWohAiAJKAI0IQsgCSgCOCEMIwBB4ABrIgAkAEGAgICAeCEFAkAgBiAIIAMbIgNBgIAQSw0AIABCADcCMCAAIAM2AiwgACAKNgIoIABBgICAgHg2AlQgACAAQdQAajYCFAJAIABBKGoiA0GkkcAAQQEgAEEUakGskcAAEHpFDQAgAxCPAUUNACAAKQJYIRMgACgCVCEFDAELIABB1ABqEMoBCyAAQSk2AjAgAEHUkcAANgIsIABBETYCKAJAIAVBgICAgHhGBEAgACkCMCETIAIgACgCODYCFCACIBM3AgwgAkHUkcAANgIIIAJCgYCAgJgCNwIADAELIABBKGoQwwEgACAFNgIUIAAgEzcCGCATQiCIp0EYbCEFIBOnIQMCQAJAAkADQCAFRQ0BIABBCGogA0HrjsAAQQMQaxBlIAAgACkDCDcCVCAAIAw2AiwgACALNgIoIAVBGGshBSADQRhqIQMgAEHUAGogAEEoaiIGEJMBRQ0ACyAGIANBGGsiA0H9kcAAQQMQciAAKAIwIQ4gACgCLCEPIAAoAigiBUEVRwRAIAIgACkCNDcCECACIA42AgwgAiAPNgIIIAIgBTYCBCACQYGAgIB4NgIADAMLIABBKGogA0HojsAAQQMQciAAKAIwIRAgACgCLCEGIAAoAigiBUEVRwRAIAIgACkCNDcCECACIBA2AgwgAiAGNgIIIAIgBTYCBCACQYGAgIB4NgIADAMLIABBKGogA0GAksAAQQMQciAAKAIwIREgACgCLCEKIAAoAigiBUEVRwRAIAIgACkCNDcCECACIBE2AgwgAiAKNgIIIAIgBTYCBCACQYGAgIB4NgIADAMLIABBKGogA0GDksAAQQEQciAAKAIwIQsgACgCLCEFIAAoAigiCEEVRwRAIAIgACkCNDcCECACIAs2AgwgAiAFNgIIIAIgCDYCBCACQYGAgIB4NgIADAMLIABBKGogA0GEksAAQQEQciAAKAIwIQwgACgCLCEIIAAoAigiA0EVRwRAIAIgACkCNDcCECACIAw2AgwgAiAINgIIIAIgAzYCBCACQYGAgIB4NgIADAMLIAAgDjYCJCAAIA82AiBBACEDAkAgAEEgakGIksAAEJMBRQ0AIAYEQCAAIBA2AiwgACAGNgIoIABBKGpBsI3AABDFAUUNAQsgCkUEQEEBIQMMAQsgACARNgIsIAAgCjYCKCAAQShqQZSSwAAQxQEhAwsgBUUgCEVyDQEgAEHUAGogBSALEBBBACEGIAAoAlRBgICAgHhHBEAgACAAKQJUNwMoIAAgACgCXCIGNgIwIABBKGoQ5AEgBkH/AUshBgsgAEHUAGogCCAMEBAgACgCVEGAgICAeEYNASAAIAApAlQ3AyggACAAKAJcIgo2AjAgAEEoahDkASADIAYgCkEBa0EISXFxRQ0BIABBPGogBSALEEkgAEHIAGogCCAMEEkgAiAAKQJMNwIQIAIgACkCRDcCCCACIAApAjw3AgAgAEEUahDnAQwDCyACQYCAgIB4NgIADAELIAJCgYCAgOgANwIACyAAQRRqEOcBCyAAQeAAaiQAIAEoAqgBQYGAgIB4RgRAIAFBDGogAUGsAWoQfgwDCyABIAEpArgBNwIgIAEgASkCsAE3AhggASABKQKoATcCECABQYCAgIB4NgIMDAILIAFBDGpBkKfAAEEhEHEMAQsgAUEMakGxp8AAQR4QcQsCQCABKAIMQYCAgIB4RwRAIAEgASgCJDYCqAIgASABKQIcNwOgAiABIAEpAhQ3A5gCIAEgASkCDDcDkAIgCSABQZACahA8DAELIAEoAhBBgICAgHhGDQAgASABQRBqIgApAhA3AzggASAAKQIINwMwIAEgACkCADcDKCABQUBrIAlB6AD8CgAAIAlB0KfAAEHoAPwKAAACQCABKQNAQgNRBEAgAUGoAWoiAiABQcgAakHQAPwKAAAgASAAKQIQNwOIAiABIAApAgg3A4ACIAEgACkCADcD+AEgCRBNIAkgAkHoAPwKAAAMAQsgAUFAaxBNIAFBKGoQ2wELCyABQbACaiQAIBIQxwEgDUEQaiQAIARBMGoQuQEgBEHQAGokACAHQSBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEIsBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQxAEACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAtUAQF/IwBBEGsiAiQAIAJBCGogARA6AkAgAi0ACEUEQCAAQYCAgIB4NgIADAELIAItAAlBIkYEQCAAIAEQCgwBCyAAQYCAgIB4NgIACyACQRBqJAALowEBA38jAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgAkEEaiIDENgBIgRBt4/AAEEGEMkBIAEzARgQlQFBrI/AAEEHEMkBIAEoAgQgASgCCBBdQbOPwABBBBDJASABKAIQIAEoAhQQ0QEaIAQQ5gEaIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEANgIMIAJCgICAgBA3AgQgAxDkASACQRBqJAALUAEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgOAEhDcDGCADIANBDGqtQoCAgIDgBIQ3AxBBqIDAACADQRBqIAIQewALTQEBfyMAQRBrIgQkACAEQQhqIAEgAiADEEcgACAEKAIMIAMgBCgCCCIBGzYCCCAAIAEgAiABGzYCBCAAQRVBEyABGzYCACAEQRBqJAALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACEMgBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDZASEAA0AgAgRAIAAQ2QEgASgCACABKAIEENEBIAEoAgwgASgCEBDRARDpARogAkEUayECIAFBFGohAQwBCwsgABDpAQtEAQF/IwBBEGsiAiQAIAJBCGogABCKASACLQAIIAItAAkgAUH/AXFGcSIBBEAgACAAKAIIQQFqNgIICyACQRBqJAAgAQtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC0oBA38jAEEQayICJAAgAkEIaiABEIoBIAItAAgiAwRAIAItAAkhBCABIAEoAghBAWo2AggLIAAgBDoAASAAIAM6AAAgAkEQaiQAC8YBAgV/AX4jAEEQayIEJAAgACACIAFrQRRuIgYQpQEgACkCBCEIIAQgAEEIajYCBCAEIAhCIIk3AggjAEEgayIAJAAgBEEEaiIDKAIEIQUgAygCACABIAJHBEAgAygCCCAFQRRsaiEDIAUgBiICaiEFA0AgAEEMaiABEL8BIAMgACgCHDYCECADIAApAhQ3AgggAyAAKQIMNwIAIANBFGohAyABQRRqIQEgAkEBayICDQALCyAFNgIAIABBIGokACAEQRBqJAALPgECfyMAQRBrIgMkACACIAFBAWtLBEAgAyAANgIIIAMgACABajYCDCADQQhqEGpBAXMhBAsgA0EQaiQAIAQLSQEBfyMAQSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQZCAEQQhqIAQoAhAgBCgCFCABIAIQoAEgACAEKQMINwMAIARBIGokAAs5ACABIAIQLSAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABELMBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDfAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFALC0IBAX8jAEEQayIFJAAgBUEIaiABIAIgAyAEEEEQZSAAIAUoAggiAEEAIAUoAgwiARtBACAAGyABELwBIAVBEGokAAs/AQF/IwBBEGsiAyQAIANBBGogACABIAIQbQJAIAMoAghFDQAgAygCDCIARQ0AIAMoAgQgABBOCyADQRBqJAALQgEDfyAAKAIAIQIgACgCBCEDA0AgAyACIgFHBEAgACABQQFqIgI2AgAgAS0AAEE6a0H/AXFB9QFLDQELCyABIANHCzgBAX8jAEEQayIDJAAgA0EIaiAAELIBIAMoAggiAAR/IAAgAygCDCABIAIQQQVBAAsgA0EQaiQACzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACEMIBIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtDAQF/IwBBEGsiBCQAIARBCGogASgCACABKAIEIAIgAxBBEGUgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQJyAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEMQBAAsgBUEQaiQACzwBAX8gACACEKcBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQSSADQfQDOwEcIANBDjYCGCADQcOswAA2AhQgACAEEIEBIANBIGokAAtJAAJAAkACQAJAIAEgAiADEGsiAUUNAEEGIQMgAS0AAA4EAAMDAQMLIABBADYCBAwBCyAAIAEpAwg3AgQLQRUhAwsgACADNgIACz8BAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqEEggACADKQMINwMAIANBIGokAAtGAQJ/IAEoAgQhAiABKAIAIQNBCEEEEMIBIgFFBEBBBEEIEPABAAsgASACNgIEIAEgAzYCACAAQbCxwAA2AgQgACABNgIACzYBAX8gACABQcEAa0FfcUEKaiABQTBrIgMgAkEKSxsgAyABQTlLGyIBNgIEIAAgASACSTYCAAs7AQF/IwBBEGsiAyQAIANBCGogASACEBwgAyADKAIIIAMoAgwQLyAAIAMoAgAgAygCBBBJIANBEGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEIcBIAAgAikDCDcDACACQSBqJAALPQAgACABQbKswABBBhCuAQRAQQAPCyAAIAFBuKzAAEEFEK4BBEBBAQ8LQQJBAyAAIAFBvazAAEEGEK4BGws2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQByIARQ0AIAAPCwALOwEBfyMAQRBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAjYCBCAFIAE2AgAgACAFQdiQwAAQDyAFQRBqJAAL3gECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIABB2K/AACABKAIEIAEoAggiAC0ACCAALQAJECkACyAAQYCAgIB4NgIAIAAgATYCDCAAQfSvwAAgASgCBCABKAIIIgAtAAggAC0ACRApAAs6AQF/An8gASgCAEEBRgRAIAEoAgghAiABKAIEDAELIAFBBGoQwQFBAAshASAAIAI2AgQgACABNgIACzgAIAIgA0kEQEHkrMAAQRMgBBB7AAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzwBAX8jAEEgayICJAAgAiABKAIQNgIYIAIgASkCCDcDECACIAEpAgA3AwggACACQQhqEJcBIAJBIGokAAs7ACACIANJBEBB5KzAAEETQbCtwAAQewALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAs4AgF/AX4jAEEQayICJAAgAkEIaiABQQFBARBXIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAvIAQEFfyMAQRBrIgQkACABLwEUIQYjAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgBEEEaiIFIAJBBGoQ2AFB2Y/AAEEFEMkBIAEoAgwgASgCEBDRAUHej8AAQQcQyQEgASgCBCABKAIIENEBQeWPwABBChDJASABMwEUEJUBEOYBIgMoAgg2AgggBSADKQIANwIAIANBADYCACACQQA2AgwgAkEBNgIIIAMQ5AEgAkEQaiQAIAAgBiAFEEUgARDkASAEQRBqJAALjwEBBX8jAEEQayIDJAAgA0EIaiEFIwBBEGsiAiQAA0ACQCACQQhqIAEQISACKAIIIgRFBEBBACEEDAELIAIgBCACKAIMEBwgAigCBCIGRSACKAIAIgRFcg0BCwsgBSAGNgIEIAUgBDYCACACQRBqJAAgAygCDCEBIAAgAygCCDYCACAAIAE2AgQgA0EQaiQACzYBAX8gACgCCCEBIABBADYCCCAAKAIEIQADQCABBEAgAUEBayEBIAAQ5AEgAEEQaiEADAELCws/ACAAKAIAQYCAgIB4RwRAIAEgACgCBCAAKAIIENABDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAAKAIEEAsLOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAQALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDHAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQSCACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEIMBIAIgADYCDCABIAJBDGpB9KTAABAoIAJBEGokAAtsAQJ/IAFB/wFxQQJGBEBBACEBIAIgA0Ggj8AAQQMQtwEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQSSAAIAQ2AgALMwEDfyAAIAEoAggiAiABKAIEIgNJBH8gASgCACACai0AAAVBAAs6AAEgACACIANJOgAACx4AIAIEQCACIAEQwgEhAQsgACACNgIEIAAgATYCAAsuACABQcAATQRAIABBwAAgAWs2AgQgACABIAJqNgIADwsgAUHAAEHAACADEBYACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQuQFBAAshASAAIAI2AgQgACABNgIACzUBAX8CfyABKAIARQRAIAEoAgghAiABKAIEDAELIAEQugFBAAshASAAIAI2AgQgACABNgIACygBAX8jAEEQayIBJAAgAUEIaiAAEDogAS0ACCABQRBqJABBf3NBAXELKwEBfyMAQRBrIgQkACAEIAAoAgA2AgwgBEEMaiABIAIgAxAqIARBEGokAAtAAQF/IwBBEGsiAyQAIANBCGogASACEHMgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQBwwBCyACRQRAQQEhAwwCCyACQQEQwgELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMEMQBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEMUBCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahDlAQsPCyAAQQRqEOQBDwsgAEEEahDnAQvJAQIDfwF+IAAQZyABQgBTBEAgAEEtEFALIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBQIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEHskMAAEFoACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBfBUEBC0UL5QgBCX8jAEEgayIJJAAjAEFAaiICJAAgCUEIaiIHAn8CQAJ/AkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABKAIAQQFrDhQBAgMEBQYHCAkKCwwNDg8QERITFAALIAJBEGpB0ZPAAEHVABBJQZADIQRBppTAACEDQRIMGAsgAkEQaiABKAIEIAEoAggQSUGQAyEEQbiUwAAhA0EUDBcLIAJBEGpBzJTAAEEmEElBkAMhBEHylMAAIQNBFAwWCyACQRBqQYaVwABBKhBJQZUDIQRBsJXAACEDQRIMFQsgAkEQakHClcAAQSwQSUGTAyEEQe6VwAAhA0ESDBQLIAIgASgCCCIDIAEoAgwiBGo2AjggAiADNgI0IAJBADYCPCACQTRqIQpBICEFIwBBEGsiCCQAA0ACQCAIQQhqIAoQQyAIKAIMQYCAxABGBEAgBSEGDAELIAVBAWsiBQ0BCwsgCEEQaiQAIAYNEiACQQhqIAoQQyACKAIMQYCAxABGDRICQCACKAIIIgVFDQAgBCAFTQRAIAQgBUYNAQwSCyADIAVqLAAAQUBIDRELIAMMEQsgAkEQakHClsAAQToQSUGRAyEEQaOTwAAhA0ELDBILIAJBEGpB/JbAAEEjEElBkQMhBEH+ksAAIQNBEQwRCyACQRBqIAEoAgQgASgCCBBJQZEDIQRBn5fAACEDQQ0MEAsgAkEQakGsl8AAQR4QSUGRAyEEQcqXwAAhA0ENDA8LIAJBEGpB15fAAEE7EElBkQMhBEGSmMAAIQNBEwwOCyACQRBqQaWYwABBKhBJQc+YwAAhA0GRAwwJCyACQRBqQd2YwABBOxBJQZEDIQRBmJnAACEDQRAMDAsgAkEQakGomcAAQR4QSUGRAyEEQcaZwAAhA0EPDAsLIAJBEGpB1ZnAAEEgEElBkQMhBEH1mcAAIQNBDwwKCyACQRBqQYSawABBLBBJQZEDIQRBsJrAACEDQQ8MCQsgAkEQakG/msAAQTcQSUGTAyEEQfaawAAhA0EVDAgLIAJBEGogASgCBCABKAIIEElBi5vAACEDQfYDDAMLIAJBEGpBmZvAAEEqEElB9wMhBEGPk8AAIQNBFAwGCyACQQs2AiggAkHDm8AANgIkIAIgASkCBDcCHCACQRBqIAJBHGpBAhDXAUHOm8AAIQNB9AMMAQsgAkENNgIoIAJB3JvAADYCJCACIAEpAgw3AiwgAiABKQIENwIcIAJBEGogAkEcakEDENcBQembwAAhA0H0AwshBEEODAMLQQALIQYgBSAEIAYbIQQgBiADIAYbIQMLIAIgBDYCKCACIAM2AiQgAkEtNgIgIAJBgJbAADYCHCACQRBqIAJBHGpBAhDXAUGRAyEEQa2WwAAhA0EVCzYCECAHIAM2AgwgByACKQIQNwIAIAcgAigCGDYCCCAHIAQ7ARQgAkFAayQAIAAgBxCBASABEMMBIAlBIGokAAvRAgEHfyMAQTBrIggkACAIQQhqIgMgASACQSwQsQEjAEHQAGsiASQAIAFBEGogAxCCAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEFcgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCCASADKAIIIgZFDQAgAygCDCEJIAIoAggiBCACKAIARgRAIAIoAggiByACKAIARgRAIAIgB0EBQQRBCBBvCwsgAigCBCAEQQN0aiIHIAk2AgQgByAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAhBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAeIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAyIANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQQiACQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEIgBIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA7IANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQSyACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECQgAkEQaiQACygAIAMgBCABIAIQtwEhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALZgAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgIDgBIQ3AxggACAAQQhqrUKAgICA4ASENwMQQbaHwAAgAEEQaiAEEHsACyMAIAEgA0sEQEEAIAEgAyAEEBYACyAAIAE2AgQgACACNgIAC9YCAQZ/IwBBEGsiBCQAIwBBMGsiAiQAIAIgATYCDCACIAA2AgggAiACQS9qIgA2AiggAiAANgIkIAIgAkEMajYCICACIAJBCGo2AhwjAEEQayIAJAAgACACQRxqIgEoAgAoAgAgASgCBCgCABBzIAAoAgAhBiAAIAAoAgQiBzYCDCAAIAY2AgggAkEQaiEBIwBBEGsiAyQAQYSiwAAhBQJAAkACQAJAAkAgBiAHEHhB/wFxQQFrDgMAAQMCC0HEosAAIQUMAQtBhKPAACEFCyADQQRqIAVBCEGfkcAAQQEQBCADKAIEQYCAgIB4Rg0AIAEgAygCDDYCCCABIAMpAgQ3AgAMAQsgAUEANgIIIAFCgICAgBA3AgALIANBEGokACAAQQhqEMEBIABBEGokACACIAEQdyAEIAIpAwA3AgAgAkEwaiQAIAQoAgAgBCgCBCAEQRBqJAALUgECfyMAQRBrIgEkACABIAA2AgwjAEEQayIAJAAgACABQQxqKAIAIgIoAgA2AgwgACACKAIINgIIIABBCGpBBEEIEGkgAEEQaiQAIAFBEGokAAsjAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQRBFBBvCwsjAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQRBDBBvCwsjAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQFBARBvCwuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA3IAEoAhRFBEAgAUEIaiACEI4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxDuAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCPDYCBCAGIAIoAjhBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBJIABBEGokACABQSBqELoBIAFBMGokACAEQQhqIAUQhwEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8kDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDcgAigCFEUEQCACQQhqIAEQjgEgAigCCCIAQQEgABsgAigCDEEAIAAbEO4BAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgVSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHENgBQaOPwABBAxDJASABQQhqIgEoAgQgASgCCBDRAUGmj8AAQQYQyQEgASgCJCABKAIoENEBQayPwABBBxDJASABKAIQIAEoAhQQXUGzj8AAQQQQyQEgASgCHCABKAIgENEBEOYBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxDkASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahC6ASACQTBqJAAgBkEIaiADEHcgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC9cDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEEIwBBMGsiASQAIAFBFGoiAyAAEDcgASgCFEUEQCABQQhqIAMQjgEgASgCCCIAQQEgABsgASgCDEEAIAAbEO4BAAsgASABKAIcNgIoIAEgASkCFCIINwMgIwBBEGsiAyQAAkACQCAIpyICKQMAQgFWDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgA0EEaiIHIABBBGoQ2AFB/ZHAAEEDEMkBQYWSwABBAxDRAUGDksAAQQEQyQEgAkHQAGoiAigCBCACKAIIENEBQYSSwABBARDJASACKAIQIAIoAhQQ0QFB6I7AAEEDEMkBQaqNwABBBRDRAUGcksAAQQMQyQFBlZDAABDSARDmASICKAIINgIIIAcgAikCADcCACACQQA2AgAgAEEANgIMIABBATYCCCACEOQBIABBEGokACADKAIEQYCAgIB4Rg0AIAQgAygCDDYCCCAEIAMpAgQ3AgAMAQsgBEEANgIIIARCgICAgBA3AgALIANBEGokACABQSBqELoBIAFBMGokACAGQQhqIAQQdyAFIAYpAwg3AgAgBkEgaiQAIAUoAgAgBSgCBCAFQRBqJAAL9wECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCOASABKAIIIgBBASAAGyABKAIMQQAgABsQ7gEACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEFkMAQsgAEEEaiICQfyQwABBDBBxIAUgAhBZIAIQ2gELIABBIGokACABQSBqELoBIAFBMGokACAEQQhqIAUQdyADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAAL0AICCH8BfiMAQRBrIgQkACMAQSBrIgMkACADQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCOASABKAIIIgBBASAAGyABKAIMQQAgABsQ7gEACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCdCIGRQ0AIAIpAwBCA1INACAGKAIIQQFHDQAgBigCFCECIAYoAhAhBwsgCCACNgIEIAggBzYCAAJAIAAoAggiAgRAIAUgAiAAKAIMEEkMAQsgBUGAgICAeDYCAAsgAEEQaiQAIAFBIGoQugEgAUEwaiQAQQAhACAEIAMoAhRBgICAgHhHBH8gA0EIaiAFEHcgAygCDCEAIAMoAggFQQALNgIAIAQgADYCBCADQSBqJAAgBCgCACAEKAIEIARBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA3IAEoAhRFBEAgAUEIaiACEI4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxDuAQALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCSDYCBCAGIAIoAkRBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBJIABBEGokACABQSBqELoBIAFBMGokACAEQQhqIAUQhwEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEF8FQQELRQuVAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQtgEMAQsgABDaAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEE4LIAFBEGokAAsLkwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoAnQEQCAAQfQAahC2AQsgAEHoAGoQ7AEgABBNAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQTgsgAUEQaiQACwshACAAIAMgASACEE8gAEEBOwEkIAAgAjYCICAAQQA2AhwLIQAgACABKAIMNgIEIAAgASgCCEEAIAEtAABBBUYbNgIACyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQNGGzYCAAslACAAIAEoAgg2AgQgACABKAIEQQAgASgCAEGAgICAeEcbNgIACx8AIABBKGoQ5AEgAEE0ahDkASAAQUBrEOQBIAAQzAELwwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEOQBIABBLGoQ6AEgAEE4ahDoASAAQQxqEOQBIABBxABqEMsBIAAoAlBBgICAgHhHBEAgAEHQAGoQ5AEgAEHoAGoQxwEgAEHcAGoQ5AELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABB+AAQTgsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxBfBUEBC0ULGwEBfyABIAAQwgEiAkUEQCAAIAEQ8AEACyACCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahCwAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQsAELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEK8BCxsAIAEEQCAAIAEgAhBJDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ5AEgAEEMahDHAQsLAwAACxgAIAAgASkCADcCACAAQQhqIAFBCGoQVAsYACAAIAApAyAgAq18NwMgIAAgASACEAMLFwEBfyAAKAIEIgEEQCAAKAIAIAEQTgsLFQAgAUEJTwRAIAEgABARDwsgABACCxUAIAAoAgBBBUYEQCAAQQRqEOQBCwseACAABEAgACABEPABAAtB0LHAAEEjQeSxwAAQewALGQAgACgCACAAKAIEIAEoAgAgASgCBBCuAQsMACAAQd0AIAEQewALFgAgACgCAEGAgICAeEcEQCAAEOQBCwsSACAAKAIAQQBOBEAgABDkAQsLEwAgACABIAIQ0QEiAEE6EFAgAAsWACAAKAIAQYCAgIB4RwRAIAAQ5wELCxYAIAAoAgBBgICAgHhHBEAgABDoAQsLEgAgAEEQahDkASAAQRxqEMcBCw0AIAEEQCAAIAEQTgsLHAAgAEGosMAAKQIANwIIIABBoLDAACkCADcCAAscACAAQZiwwAApAgA3AgggAEGQsMAAKQIANwIACxYAIAAoAgAgASACIAAoAgQoAgwRAQALsQIBAX8gABBnIwBBEGsiAyQAIABBIhBQIAMgATYCCCADIAEgAmo2AgwDQAJAIAMgA0EIahAgAkACQAJAAkACQAJAAkACQAJAAkAgAygCBEGAgMQAIAMoAgBBAXEbIgFBCGsOBgQFBgEHCAALIAFBIkYNASABQdwARg0CIAFBgIDEAEYNCQsgAUEgSQ0HIAAgARBQDAkLIABB74/AAEECEHAMCAsgAEHxj8AAQQIQcAwHCyAAQfOPwABBAhBwDAYLIABB9Y/AAEECEHAMBQsgAEH3j8AAQQIQcAwECyAAQfmPwABBAhBwDAMLIABB+4/AAEECEHAMAgsgAEH9j8AAQQQQcCAAIAFBBHYtAIGQQBBQIAAgAUEPcS0AgZBAEFAMAQsLIABBIhBQIANBEGokACAACxAAIAAQZyAAIAFBBBBwIAALEAAgACgCACgCACABQQEQAwsNACAAIAEgAiABaxBwCxEAIAAgASACQdmLwABBABAXCxEAIAAoAgAoAgAgASACEMABCw4AIAAgASACQQFBABAECw8AIAAQZyAAQfsAEFAgAAsPACAAEGcgAEHbABBQIAALDwAgABDsASAAQQxqEOQBCw8AIAAQ5AEgAEEMahDkAQsTACAAQbCxwAA2AgQgACABNgIACxEAIAEgACgCACAAKAIEENABC5MLAQx/IAAoAgAhByAAKAIEIQZBACEAAkACQCABIggoAggiDEGAgIDAAXFFDQACQAJAAkACQCAMQYCAgIABcQRAIAEvAQ4iAQ0BQQAhBgwCCyAGQRBPBEACfwJAAkAgBiAHQQNqQXxxIgEgB2siCUkNACAGIAlrIgtBAnYiCkUNACABIAdHBEAgByABayIEQXxNBEADQCAAIAIgB2oiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQAgAkEEaiICDQALCyACIAdqIQUDQCAAIAUsAABBv39KaiEAIAVBAWohBSAEQQFqIgQNAAsLIAcgCWohBAJAIAtBA3EiAUUNACAEIAtB/P///wdxaiICLAAAQb9/SiEDIAFBAUYNACADIAIsAAFBv39KaiEDIAFBAkYNACADIAIsAAJBv39KaiEDCyAAIANqIQIDQCAEIQEgCkUNAkHAASAKIApBwAFPGyIDQQNxIQkCQCADQQJ0IgRB8AdxIgBFBEBBACEFDAELIAAgAWohC0EAIQUgASEAA0AgBSAAKAIAIg1Bf3NBB3YgDUEGdnJBgYKECHFqIABBBGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWogAEEIaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQxqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIQUgAEEQaiIAIAtHDQALCyAKIANrIQogASAEaiEEIAVBCHZB/4H8B3EgBUH/gfwHcWpBgYAEbEEQdiACaiECIAlFDQALAn8gASADQfwBcUECdGoiACgCACIBQX9zQQd2IAFBBnZyQYGChAhxIgEgCUEBRg0AGiABIAAoAgQiA0F/c0EHdiADQQZ2ckGBgoQIcWoiASAJQQJGDQAaIAAoAggiAEF/c0EHdiAAQQZ2ckGBgoQIcSABagsiAEEIdkH/gRxxIABB/4H8B3FqQYGABGxBEHYgAmohAgwBC0EAIAZFDQEaIAZBA3EhBSAGQQRPBEAgBkF8cSEBA0AgAiAEIAdqIgAsAABBv39KaiAAQQFqLAAAQb9/SmogAEECaiwAAEG/f0pqIABBA2osAABBv39KaiECIAEgBEEEaiIERw0ACyAFRQ0BCyAEIAdqIQADQCACIAAsAABBv39KaiECIABBAWohACAFQQFrIgUNAAsLIAILIQIMBAsgBkUNAyAGQQNxIQAgBkEETwRAIAZBDHEhBANAIAIgAyAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohAiAEIANBBGoiA0cNAAsgAEUNBAsgAyAHaiEDA0AgAiADLAAAQb9/SmohAiADQQFqIQMgAEEBayIADQALDAMLIAYgB2ohAkEAIQYgByEDIAEhAANAIAMiBCACRg0CIAYCfyADQQFqIAMsAAAiA0EATg0AGiAEQQJqIANBYEkNABogBEEEQQMgA0FvSxtqCyIDIARraiEGIABBAWsiAA0ACwtBACEACyABIABrIQILIAIgCC8BDCIATw0AIAAgAmshAUEAIQJBACEAAkACQAJAIAxBHXZBA3FBAWsOAgABAgsgASEADAELIAFB/v8DcUEBdiEACyAMQf///wBxIQUgCCgCBCEEIAgoAgAhCANAIAJB//8DcSAAQf//A3FJBEBBASEDIAJBAWohAiAIIAUgBCgCEBEEAEUNAQwDCwtBASEDIAggByAGIAQoAgwRAQANAUEAIQIgASAAa0H//wNxIQADQCACQf//A3EiASAASSEDIAAgAU0NAiACQQFqIQIgCCAFIAQoAhARBABFDQALDAELIAgoAgAgByAGIAgoAgQoAgwRAQAhAwsgAwsLACAAIAEgAhBfRQsMACAAIAEgAiADECMLhwECAn8BfiMAQTBrIgEkACABQRRqIgIgABA3IAEoAhRFBEAgAUEIaiACEI4BIAEoAggiAEEBIAAbIAEoAgxBACAAGxDuAQALIAEgASgCHDYCKCABIAEpAhQiAzcDICADpykDACEDIAFBIGoQugEgAUEwaiQAQQIgA6dBAmsgA0IBWBtB/wFxuAsPACAAQcCvwAAgASACEAsLDgBBvLfAAEEzIAAQewALCgAgAEEBQQEQaQs/AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDkASABQRBqEJQBIAJBAWshAiABQShqIQEMAQsLIABBCEEoEGkLCwAgAEH9ABBQIAALNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEJQBIAJBGGohAgwBCwsgAEEIQRgQaQsJACAAQQwQ9AELCwAgAEHdABBQIAALCQAgAEEQEPQBCwoAIAAgASACEB0LOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABEOQBIAFBFGohAQwBCwsgAEEEQRQQaQsNAEHgrsAAQRsQ7gEACwkAIAAgARAAAAsMACAAIAEpAgA3AwALPQEBfyMAQRBrIgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQZS4wAAoAgAiAEEWIAAbEQAAAAsMAEHsu8AAQQE6AAALCQAgAEEANgIACwMAAAs3AQJ/IAAoAgghAiAAKAIEIQMDQCACBEAgAkEBayECIAMQ5AEgAyABaiEDDAELCyAAQQQgARBpCwuwNQ0AQYCAwAAL0ScWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9obWFjLTAuMTIuMS9zcmMvbGliLnJzAHNyYy9yZmMzMzM5LnJzACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAGcBEABPAAAAzQEAADcAAAAYARAATgAAAA0IAAARAAAAGgIQAGQAAAB8AAAAJAAAAPsCEABZAAAAogAAACcAAAD7AhAAWQAAAKQAAAAYAAAA+wIQAFkAAACkAAAAIAAAAPsCEABZAAAArgAAABQAAAD7AhAAWQAAAK4AAAAaAAAA+wIQAFkAAACdAAAAGAAAAPsCEABZAAAAnQAAAB8AAAD7AhAAWQAAAJ0AAAAlAAAA+wIQAFkAAAAtAQAAIgAAAPsCEABZAAAAOAEAAB4AAAD7AhAAWQAAADUBAAAYAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxMQYQAAMAAAAxMjcAPAYQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjloZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ1JTMjU2AKoGEAAFAAAAcGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsLnNpZ25hdHVyZSBpcyBlbXB0eWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHNhbGdraWRjcml0AABoBxAAAwAAAGsHEAADAAAAbgcQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SnVybG1ldGhvZGhlYWRlcnNib2R5c3RhdHVzYXBwbGljYXRpb24vanNvbkNvbnRlbnQtVHlwZWVycm9ybWVzc2FnZXN0YXR1c0NvZGVcIlxcXGJcdFxuXGZcclx1MDAwMTIzNDU2Nzg5YWJjZGVmbnVsbHRydWVmYWxzZQAAAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAALcBEAALAAAASwEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAALcBEAALAAAA7gEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudixrZXlzoAgQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VuZVJTQQUJEAADAAAAc2lnABAJEAADAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZG9ubHkgUlMyNTYgcHJvdmlkZXIgdG9rZW5zIGFyZSBhY2NlcHRlZCwgbm90IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZ3R5Y2xpZW50X2NyZWRlbnRpYWxzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIGludGVnZXJzdGhlIHRva2VuIGhhcyBubyBleHAgY2xhaW1uYmZpc3NodHRwczovL3N0eXRjaC5jb20vc2Vzc2lvbmV4cGlyZXNfYXR0aGUgc2Vzc2lvbiBleHBpcmVzX2F0IGlzIG5vdCBhbiBSRkMgMzMzOSB0aW1ldXNlcl9lbWFpbG11c3QgYmUgYSBKV0tTIEpTT04gZG9jdW1lbnQgeyJrZXlzIjogWy4uLl19U1RZVENIX0FQSV9CQVNFSldUX1NFQ1JFVEJSSURHRV9UT0tFTl9UVExfU0VDT05EU0JSSURHRV9DQVBfVE9fUFJPVklERVJfRVhQMXllczBub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqV09SS09TX0NMSUVOVF9JRFdPUktPU19JU1NVRVJodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQvV09SS09TX0pXS1NXT1JLT1NfSldLU19VUkxLSU5ERV9JU1NVRVJfVVJMS0lOREVfSldLU0tJTkRFX0pXS1NfVVJMS0lOREVfQVVESUVOQ0VTVFlUQ0hfUFJPSkVDVF9JRHByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfSldLU3N0eXRjaC5jb20vU1RZVENIX1NFQ1JFVG11c3QgYmUgYW4gaW50ZWdlciBmcm9tIDEgdG8gODY0MDAvdjEvc2Vzc2lvbnMvandrcy8vLndlbGwta25vd24vandrcy5qc29uaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy+CDxAAEAAAAJIPEAANAAAA5w8QAA8AAADcDxAACwAAABMPEAAKAAAAHQ8QABgAAAA1DxAAGgAAAGsPEAAWAAAA9g8QABAAAAAeEBAADgAAABAQEAAOAAAABhAQAAoAAAATDxAACgAAAB0PEAAYAAAANQ8QABoAAABrDxAAFgAAACwQEAARAAAAjRAQAA0AAAAEDxAADwAAAHcQEAALAAAAEw8QAAoAAAAdDxAAGAAAADUPEAAaAAAAaw8QABYAAABtdXN0IGJlIGFuIGh0dHBzOi8vIFVSTCAoaHR0cDovLyBvbmx5IG9uIGxvb3BiYWNrKXNlc3Npb24AAAD2ERAABwAAAHAJEAAEAAAAAAAAAAgAAAAEAAAACwAAAAwAAAB1c2VyX2lkACQSEAAHAAAAlg4QAAoAAAAAAAAACAAAAAQAAAANAAAADgAAAGVtYWlscwAAUBIQAAYAAAAAAAAABAAAAAQAAAAPAAAAEAAAAAAAAAAEAAAABAAAABEAAAASAAAAdmVyaWZpZWRICRAABQAAAIgSEAAIAAAAAAAAAAgAAAAEAAAAEwAAABQAAABTdHl0Y2gncyBzZXNzaW9uIHJlc3BvbnNlIGlzIG5vdCBpbiB0aGUgZG9jdW1lbnRlZCBzaGFwZVN0eXRjaCdzIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZVN0eXRjaCBhbnN3ZXJlZCBzZXNzaW9ucy9hdXRoZW50aWNhdGUgd2l0aCBhbiBlcnJvcjpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUc2VsZWN0X2tleSBuZWVkcyB0aGUgZmV0Y2hlZCBKV0tTc2VsZWN0X2tleSBpcyBub3QgZXhwZWN0ZWQgbm93AAIAQdynwAALAQQAQeinwAALCgEAAAAAAAAA9AEAQbiowAALxwlzdHl0Y2hfYW5zd2VyIGlzIG5vdCBleHBlY3RlZCBub3dzaWduYXR1cmVfY2hlY2tlZCBpcyBub3QgZXhwZWN0ZWQgbm93ZmFpbCBpcyBub3QgZXhwZWN0ZWQgbm93bm8gY29uZmlndXJhdGlvbk9QVElPTlNDb250ZW50LUxlbmd0aHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMHdvcmtvc2tpbmRlc3R5dGNoaW50ZXJuYWxfZXJyb3IAAACnAxAADgAAACIAAAA1AAAAbWlkID4gbGVuAAAAVQMQAFEAAAB8AAAAFAAAAFUDEABRAAAAfAAAACMAAABVAxAAUQAAAHMAAAAQAAAAVQMQAFEAAABzAAAAHgAAAM8AEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8AEABIAAAAmgAAAAoAAADDARAAVgAAAEIAAAATAAAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FsYARAATgAAAOYFAAAlAAAABgAAAAUAAAAGAAAAMhYQADgWEAA9FhAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AH8CEABQAAAALAMAAAkAAAAYARAATgAAAHEHAAARAAAAFwAAAAwAAAAEAAAAGAAAABkAAAAaAAAAAAAAAAgAAAAEAAAAGwAAABwAAAAdAAAAHgAAAB8AAAAQAAAABAAAACAAAAAhAAAAIgAAACMAAABtXcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj92Fzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAANACEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAADQAhAAKgAAALcEAAANAAAAAAAAAAgAAAAEAAAAJAAAABcAAAAMAAAABAAAACUAAABjYXBhY2l0eSBvdmVyZmxvdwAAAH8CEABQAAAAHAAAAAUAAAACAgICAgICAgICAgBBnLLAAAsIAgIAAAAAAAIAQdOywAALAQIAQfmywAALAQEAQZSzwAALAQEAQfSzwAALyAIwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEH+tsAACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQby3wAALGWF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AQdi3wAALARUAQeS3wAALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

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

// functions/src/kinde-bridge.js
var kinde_bridge_default = bridgeHandler("kinde");
module.exports = kinde_bridge_default;
})();
