// stytch-bridge: an insforge-edge function (Rust to WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy stytch-bridge --file <this file>
// Generated file: edit functions/src and run `npm run build`.
// insforge-edge 0.1.0
// source-hash: sha256:c11fc16e38aa7cf212a135317b8ab6d00429fff008f412370dc082fe290346f4
(() => {
var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// functions/src/wasm/bridge.js
var bridge_exports = {};
__export(bridge_exports, {
  WASM_TEXT: () => WASM_TEXT,
  WASM_TEXT_LENGTH: () => WASM_TEXT_LENGTH,
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
       * `env` is the `{name: value}` JSON of the secrets named by [`Bridge::env_keys`], read
       * whole whatever its length: each secret is then held to its own reader's limits, so one
       * beyond them is named (`WORKOS_JWKS has 1001 keys; at most 256`).
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
       * `PS256` or `ES256` while `kind` is `CheckSignature` (else empty).
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
       * Once a token is minted and BRIDGE_CLAIMS maps claims: `{"iat": \u2026, "claims": {\u2026}}`, the
       * provider token's `iat` and the mapped claims (`{}` when the token carried none), which
       * JS hands to the database as text (never parsed into JS numbers) before the reply
       * leaves; undefined otherwise.
       * @returns {string | undefined}
       */
      get claims_record() {
        const ret = wasm2.bridgesession_claims_record(this.__wbg_ptr);
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
       * pinned), and checks an RS256 signature with it at once. Then `kind` is `Respond`
       * (RS256 minted at `now` or refused; an unusable key or set), `CheckSignature` (PS256,
       * ES256), or still `SelectKey` when no key has that `kid` (a fresh set may be tried
       * once, else `fail("unknown_key")`).
       * @param {string | null | undefined} jwks
       * @param {number} now
       */
      select_key(jwks2, now) {
        const val2 = +now;
        var ptr0 = isLikeNone(jwks2) ? 0 : passStringToWasm0(jwks2, wasm2.__wbindgen_malloc, wasm2.__wbindgen_realloc);
        var len0 = WASM_VECTOR_LEN;
        wasm2.bridgesession_select_key(this.__wbg_ptr, ptr0, len0, val2);
      }
      /**
       * WebCrypto's verdict on a PS256 or ES256 signature: mints for the session's own identity
       * only on `true`, once.
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
       * The JWKS: fetch `jwks_url` (undefined when pinned), then `select_key(doc, now)`.
       */
      SelectKey: 1,
      "1": "SelectKey",
      /**
       * PS256 or ES256: verify `signature` over `signing_input` with `key` by `alg`, then
       * `signature_checked`.
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
function WASM_TEXT() {
  /*! AGFzbQEAAAABnwEXYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2AEf39/fwBgBH9/f38Bf2AAAn9/YAV/f39/fwBgAX8Bf2ABfwJ/f2AAAGAHf39/f39/fwBgBH9/f34AYAp/f39/f39/f398AX9gBX9/f398AGAGf39/f39/AGAEf39/fABgA39/fABgBX9/f39/AX9gAn9+AX9gAn9/An9/YAF/AXwCeQIVLi9pbnNmb3JnZV9lZGdlX2JnLmpzJ19fd2JnX19fd2JpbmRnZW5fdGhyb3dfNGM4OGQ4YmYyNjRmZDk4NAAAFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAsDhAKCAgQCAAAMAgADAgYABAgNDgUECAUCAwUAAwAAAAYEAw8QAwYFBQIACAACBQYAAgkGAwUAEQYABRIAAwAAAgYDBgEABQIDBAICAgUAAgIECQUAAAADAQUBAAAABQICAgUAAAICAgMABAADAAIDBQACAAMBAgMBBAUFBQgCAgMCAgAGEwIJAAAAAAACAQYAAAMABQUIAAAJCAYCAAQBFAQAAgMDAwMDAwUEBAQICAQDAQgVAQMBAAAAAAoKCgoKCgoKCgYBAQUAAAABAQYEAQEBAgEBAAEEBAEABAEBAQMBAQIDAwkCCQkBAQECAwYWAQEBCQkBAQEBAQEBAQEDAQELAAELBQQJAnABGRlvAIQIBQMBABEGGQN/AUGAgMAAC38AQYzOwAALfwBBsM/AAAsHjgUcBm1lbW9yeQIAEV9fd2JnX2JyaWRnZV9mcmVlAFgYX193YmdfYnJpZGdlc2Vzc2lvbl9mcmVlAFkMYnJpZGdlX2JlZ2luABAPYnJpZGdlX2Vudl9rZXlzALEBCmJyaWRnZV9uZXcAMBFicmlkZ2VzZXNzaW9uX2FsZwC9ARticmlkZ2VzZXNzaW9uX2NsYWltc19yZWNvcmQAuQEYYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcmVkAFwbYnJpZGdlc2Vzc2lvbl9kaXNjb3ZlcnlfdXJsALoBEmJyaWRnZXNlc3Npb25fZmFpbABdFmJyaWRnZXNlc3Npb25fandrc191cmwAwAERYnJpZGdlc2Vzc2lvbl9rZXkAvgESYnJpZGdlc2Vzc2lvbl9raW5kAO0BE2JyaWRnZXNlc3Npb25fcmVwbHkAvwEYYnJpZGdlc2Vzc2lvbl9zZWxlY3Rfa2V5ADQXYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmUAwQEfYnJpZGdlc2Vzc2lvbl9zaWduYXR1cmVfY2hlY2tlZAA4G2JyaWRnZXNlc3Npb25fc2lnbmluZ19pbnB1dAC7ARticmlkZ2VzZXNzaW9uX3N0eXRjaF9hbnN3ZXIAIBxicmlkZ2VzZXNzaW9uX3N0eXRjaF9yZXF1ZXN0ALwBD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBEV9fd2JpbmRnZW5fbWFsbG9jAHYSX193YmluZGdlbl9yZWFsbG9jAIEBD19fd2JpbmRnZW5fZnJlZQDgARBfX3diaW5kZ2VuX3N0YXJ0AAEJKwEAQQELGPwBFqgBTpgBI+wBHaQBP6YBRaEBGaUBMaIBjwGpAR6jATqCAhIMASQK8PQDggKzCQEMfyMAQaABayICJAAgAiAANgJAIAIgACABajYCRCACQUBrIgYoAgAhCCAGKAIEIQUDQAJAIAgiAyAFRg0AIAYgA0EBaiIINgIAIAMtAAAiB0HcAEYNACAHQf8Aa0H/AXFBoQFLDQELCwJAIAMgBUcNACACQThqQemHwABBCCAAIAEQqwECfyACKAI4IggEQCAIIQMgAigCPAwBCyACQTBqQfGHwABBByAAIAEQqwEgAigCMCIDRQ0BIAIoAjQLIQAgAkEBOwFoIAJCADcCXCACIAM2AlQgAiADNgJMIAJBIzYCSCACQq+AgIDwBzcCQCACIAA2AmQgAiAANgJQIAIgACADajYCWCACQdQAaiEBAkACQANAIAJBKGogARBCIAIoAiwiBEGAgMQARg0BIAIoAighCUEAIQADQCAAQQxGDQEgAkFAayAAaiAAQQRqIQAoAgAgBEcNAAsLIAMgAigCYCIBaiEAIAkgAWshBAwBC0EAIQAgAi0AaQ0AAkAgAi0AaEEBRgRAIAIoAmQhAyACKAJgIQEMAQsgAigCZCIDIAIoAmAiAUYNAQsgAigCTCABaiEAIAMgAWshBAtBACEHIAJBIGogAEEBIAAbIgEgBEEAIAAbIgBB2wAQbQJAAkACQCACKAIgIgoEQCACQUBrIAogAigCJEHdABBDIAIoAkAiAUUNAiACKAJEIQAgAkEYaiACKAJIIAIoAkwiA0E6EG0gAigCGCIHRQ0BIAIoAhwhCQwDCyACQUBrIAEgAEE6EEMgAigCQCIDRQ0CIAIoAkwhCSACKAJIIQcgAigCRCEAIAMhAQwCC0EAIQcgA0UNAQtBACEEDAELIAIgADYCcCACIAE2AmxBACEEIAIgCkEARzoAdyAARQ0AIAIgATYCQCACIAAgAWo2AkQgAkFAayILKAIAIQYgCygCBCEMIAJB9wBqLQAAQQFxIQ0DQAJAIAYiAyAMRg0AIAsgA0EBaiIGNgIAIAMtAAAhBSANRQRAIAVBMGtB/wFxQQpJIAVB3wFxQcEAa0H/AXFBGklyIAVB3wBGIAVBLWtBAklycg0CDAELIAVBLkYgBUEwa0H/AXFBC0lyIAVB3wFxQcEAa0H/AXFBBklyDQELCyADIAxHDQACQAJAIAdFBEAgCEUNAQwCCyAIIAcgCUEFEGwiBEVyDQILIApFBEAgASAAQfiHwABBCRA1DQEgAkH4AGoiAyABIABBLhDFASACQRBqIAMQHCACIAIpAxA3AkBBACEEIAJBQGtBkIjAABCbAUUNAiACIAIpAng3A0AgAiACKQKAATcDSCACIAIpAogBNwNQIAIgAigCkAE2AlggAiACLwGcATsBZCACIAIpApQBNwJcQQQhAANAIABBAWshACACQQhqIAJBQGsQHCACKAIIDQALIAANAgNAIAIgAkH4AGoQHCACKAIAIgBFIQQgAEUNAyAAIAIoAgQiAUEDEGxFDQNBACEDA0AgAQRAIANBCmwgAC0AAEEwa0H/AXFqIQMgAUEBayEBIABBAWohAAwBCwsgA0GAAkkNAAsMAgsgAkHsAGpBhIjAABDZASEEDAELQQEhBAsgAkGgAWokACAEC6EHAgR/CH4jAEEgayIEJAACQAJAIAJBE00NACABLQAEQS1HDQAgAS0AB0EtRw0AIAEtAAoiA0EgRiADQfQARnJFIANB1ABHcQ0AIAEtAA1BOkcNACABLQAQQTpHDQAgBCACNgIMIAQgATYCCCAEQRBqIgMgBEEIaiIFQQBBBBAXAn4CQAJAAkAgBCkDEEIBUg0AIAQpAxghCSADIAVBBUEHEBcgBCkDEEIBUg0AIAQpAxghByADIAVBCEEKEBcgBCkDEEIBUg0AIAQpAxghCiADIAVBC0ENEBcgBCkDEEIBUg0AIAQpAxghCyADIAVBDkEQEBcgBCkDEEIBUg0AIAQpAxghDCADIAVBEUETEBcgBCkDEEIBUiAHQgF9QgtWciAKQgBXcg0AIAQpAxghDUIfIQgCQCAHQgtWDQBCASAHhkLQFINQBEAgB0ICUg0BQh1CHUIcIAlC5ACBQgBSG0IcIAlCA4NQGyAJQpADgVAbIQgMAQtCHiEICyAIIApUIAtCF1VyIAxCO1UgDUI8VXJyDQBBEyEDIAEtABNBLkYEQEEUIQMDQAJAIAIgA0YEQCACIQMMAQsgASADai0AAEEwa0H/AXFBCUsNACADQQFqIQMMAQsLIANBFEYNAQsgAiADTQ0AAkACQAJAAkAgASADai0AACIGQStrDgMCBAEACyAGQfoARwRAIAZB2gBHIANBAWogAkdyDQQMBgsgA0EBaiACRg0FDAMLIANBBmogAkcNAiACIANBA2oiBUsEQCABIAVqLQAAQTpGDQIMAwsgBSACQfjGwAAQYgALIANBBmogAkcNASADQQNqIgUgAk8NAiABIAVqLQAAQTpHDQELIARBEGoiASAEQQhqIgIgA0EBaiAFEBcgBCgCEEUNACAEKQMYIQggASACIANBBGogA0EGahAXIAQpAxBCAVIgCEIXVXINACAEKQMYIg5CO1UNAEIAIA5CPH4gCEKQHH58Igh9IAggBkErRhsMAwsgAEIANwMADAQLIAUgAkH4xsAAEGIAC0IACyEIIABCATcDACAAIAxCPH4gC0KQHH58IA18IAh8IAogB0IJfEIMgadBmQFsQQJqwUEFba3DfCAJIAdCA1OtfSIHIAdCkAN/IglCkAN+fUI/hyAJfCIJQrH1CH58IAlC8Hx+IAd8IgdCBH98IAdC7QJ+fCAHQpx/f3xC7fQrfUKAowV+fDcDCAwBCyAAQgA3AwALIARBIGokAAu2BgEOfyMAQZABayICJAAgAkEEaiIEQQBBwAD8CwAgAkKAgICAwAA3AlAgAkHAADYCSCACIAE2AkQgAiABQUBrNgJMIAJBxABqIgMiASgCECIFRQRAQfDNwABBM0GIx8AAEIMBAAsgASgCBCAFbiEFIAJB2ABqIgEgAzYCBCABIAQ2AgAgAUEANgIcIAEgAykCADcCCCABIAMpAgg3AhAgASADKAIQNgIYIAEgBSADIARrQQJ2IgEgASAFSxs2AiAgAigCdCIGIAIoAngiASABIAZJGyEIIAIoAmAgBiACKAJwIgRsaiEFIAIoAlghCQNAIAYgCEcEQEEAIQcgBARAIAUhASAEIQMDQCABLQAAIAdBCHRyIQcgAUEBaiEBIANBAWsiAw0ACwsgCSAGQQJ0aiAGQQFqIQYgBzYCACAEIAVqIQUMAQsLIAAoAhwhDSAAKAIYIQkgACgCFCEBIAAoAhAhCCAAKAIMIQ4gACgCCCEGIAAoAgQhByAAKAIAIQpBACEDQYB+IQsDQCAJIQUgASEJIAghASAGIQQgByEGIAohBwJAAkAgCwRAIANBAWohDyADQQ9LDQEgAyEIDAILIAJCADcCiAEgAiANNgKEASACIAU2AoABIAIgCTYCfCACIAE2AnggAiAONgJ0IAIgBDYCcCACIAY2AmwgAiAHNgJoIAJB6ABqIQNBACEBA0AgAUEgRwRAIAAgAWoiBCAEKAIAIAEgA2ooAgBqNgIAIAFBBGohAQwBCwsgAkGQAWokAA8LIAJBBGoiCiADQQ9xIghBAnRqIgwgA0EJakEPcUECdCAKaigCACAMKAIAIA9BD3FBAnQgCmooAgAiDEEZdyAMQQ53cyAMQQN2c2pqIANBDmpBD3FBAnQgCmooAgAiA0EPdyADQQ13cyADQQp2c2o2AgALIAJBBGogCEECdGooAgAgC0H4xsAAaigCACABIAlxIAFBGncgAUEVd3MgAUEHd3NqIA1qIAUgAUF/c3FqamoiAyAEIAZzIAdxIAQgBnFzIAdBHncgB0ETd3MgB0EKd3NqaiEKIAMgDmohCCALQQRqIQsgBCEOIAUhDSAPIQMMAAsAC5AKAgp/AX4jAEHQAGsiAiQAIAEgASgCCEEBajYCCCACQQA2AiwgAkKAgICAEDcCJAJAA0ACQCACQSBqIAEQaiACLQAgRQ0AIAItACEiA0HcAEcEQCADQSJHBEAgA0EgSQ0CIAJBJGogAxCaAQwDCyACKAIkIQggAkHEAGohBiACKAIoIQMCQAJAIAIoAiwiBUUNACAFQQdrIgFBACABIAVNGyEKIANBA2pBfHEgA2shC0EAIQEDQAJAAkACQCABIANqLQAAIgfAIglBAE4EQCALIAFrQQNxDQEgASAKTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIAFBCGoiASAKSQ0ACwwCC0KAgICAkCAhDAJAAkACQAJAAkACQAJAAkACQCAHLQDwy0BBAmsOAwABAgcLIAFBAWoiBCAFSQ0CQgAhDAwGCyABQQFqIgQgBUkNAkIAIQwMBQsgAUEBaiIEIAVJDQJCACEMDAQLIAMgBGosAABBv39KDQMMBAsgAyAEaiwAACEEAkACQCAHQeABayIHBEAgB0ENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAlBH2pB/wFxQQxPBEAgCUF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgAyAEaiwAACEEAkACQAJAAkAgB0HwAWsOBQEAAAACAAsgCUEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgBSABQQJqIgRNBEBCACEMDAILIAMgBGosAABBv39KBEBCgICAgJDAACEMDAILQgAhDCABQQNqIgQgBU8NASADIARqLAAAQUBIDQJCgICAgJDgACEMDAELQgAhDCABQQJqIgQgBU8NACADIARqLAAAQb9/TA0BQoCAgICQwAAhDAsgBiAMIAGthDcCBCAGQQE2AgAMBgsgBEEBaiEBDAILIAFBAWohAQwBCyABIAVPDQADQCABIANqLAAAQQBIDQEgBSABQQFqIgFHDQALDAILIAEgBUkNAAsLIAYgBTYCCCAGIAM2AgQgBkEANgIACwJAAkAgAigCREUEQCACIAU2AjwgAiADNgI4IAIgCDYCNAwBCyACIAIpAkg3AjwgAiAFNgI4IAIgAzYCNCACIAg2AjAgCEGAgICAeEcNAQsgACACKAI8NgIIIAAgAikCNDcCAAwECyAAQYCAgIB4NgIAIAJBMGoQ7gEMAwsgAkEYaiABEGogAi0AGEUNAAJAAkACQAJAAkACQAJAIAItABkiA0HuAGsOCAEHBwcCBwMGAAsCQAJAIANB4gBrDgUFCAgIAQALIANBIkYgA0EvRnIgA0HcAEZyDQUMBwtBDCEDDAQLQQohAwwDC0ENIQMMAgtBCSEDDAELQQghAwsgAkEkaiADEJoBDAILIAJBEGogARAtIAIoAhBBAXFFDQACQCACKAIUIgNBgHhxQYCwA0YEQCABQdwAEGdFDQEgAUH1ABBnRQ0BIAJBCGogARAtIAIoAghBAXFFDQIgAigCDCIFQYB4cUGAuANHDQIgA0EKdCAFakGAuP8aayEDCyACQQA2AjAgA0GAsANzQYCAxABrQYCQvH9JDQEgAiADIAJBMGoQbyACQSRqIAIoAgAiAyACKAIEIANqIANrEHsMAgsLCyAAQYCAgIB4NgIAIAJBJGoQ7gELIAJB0ABqJAALqQQCC38EfiMAQRBrIgkkAAJAAkACQCACIAAoAggiB08EQCAEIAdJDQEgACgCDCEMIAAoAgQhCiAJQQhqIAdBAmogBSAGQaCOwAAQsAEgCSgCCCEGIAkoAgwiCEECdCIABEAgBkEAIAD8CwALQQEgByAHQQFNGyENIAFBBGohDiAKQQRqIQ8gAyAHQQJ0IgBqIRAgACAGaiILQQRrIREDQAJAIAMgEEcEQCAIDQFBAEEAQdCOwAAQYgALIAcgCE8NBAJAIAsoAgBFBEAgBiAHIAogBxBADQELIAkgByAGIAhBwI7AABCwASAJKAIAIAkoAgQgCiAHEFYgC0EANgIACyAJQRBqJAAPCyADQQRqIQUgDCAGNQIAIAM1AgAiFCABNQIAfnwiEqdsrSIVIAo1AgB+IBJC/////w+DfCETQQEhAyAOIQAgDyECIAYhBANAIBJCIIghEiATQiCIIRMCQCADIA1HBEAgAyAIRw0BIAggCEHwjsAAEGIACyAHIAhPDQYgESALNQIAIBIgE3x8IhI+AgAgCyASQiCIPgIAIAUhAwwCCyAEIAI1AgAgFX4gE3wgEiAEQQRqIgQ1AgB8IAA1AgAgFH58IhJC/////w+DfCITPgIAIABBBGohACACQQRqIQIgA0EBaiEDDAALAAsAC0EAIAcgAkGAjsAAEBEAC0EAIAcgBEGQjsAAEBEACyAHIAhBsI7AABBiAAsgByAIQeCOwAAQYgALtQQCBH8BfiMAQaABayIDJAAgA0EMakEAQcAA/AsAIANBADYCbCADQezEwAApAgA3AmQgA0HkxMAAKQIANwJcIANB3MTAACkCADcCVCADQdTEwAApAgA3AkwgAkEDdCECIANB7ABqIQQgA0HMAGohBQNAIAIEQCADQQxqIAEoAgAgASgCBCIGEC4gAkEIayECIAFBCGohASAGrUIDhiAHfCEHDAEFAkBB9MTAACEBA0AgA0EMaiICIAFBARAuQa2FwAAhASADKAJsQThHDQALIAMgB0I4hiAHQoD+A4NCKIaEIAdCgID8B4NCGIYgB0KAgID4D4NCCIaEhCAHQgiIQoCAgPgPgyAHQhiIQoCA/AeDhCAHQiiIQoD+A4MgB0I4iISEhDcDcCACIANB8ABqQQgQLiAAQgA3ABggAEIANwAQIABCADcACCAAQgA3AAAgA0EANgKYASADIAQ2ApQBIAMgBTYCkAEgA0EANgKAASADQQA2AnAgA0GAAWohAgNAIANBCGogA0HwAGoQUwJ/IAMtAAgEQCADLQAJDAELAkAgAygCkAEiAUUNACABIAMoApQBRg0AIANCATcCcCADQQQ2AnggAyABQQRqNgKQASADIAEoAgAiAUH/gfwHcUEIeCABQRh4Qf+B/AdxcjYCfAwCCyADIAIQUyADLQAARQ0CIAMtAAELIQEgACADKAKYASIEQR9xaiABOgAAIAMgBEEBajYCmAEMAAsACwsLIANBoAFqJAALrQgCCX8EfiMAQSBrIgMkACADQQhqIAEQOQJAIAMtAAhFBEAgAEEGOgAADAELAkACQAJAAkACQAJAAkAgAy0ACSIIIgJBIkcEQAJAAkACQAJAAkAgAkEtRwRAIAJB2wBGDQcgAkHmAEYNAyACQe4ARg0BIAJB9ABGDQIgAkH7AEYNCCAIQTBrQf8BcUEKTw0JCyADQRBqIQYjAEEwayIEJAAgAUEtEGchCiABKAIIIQcCQCABEE9FBEAgBkIDNwMADAELAkAgASgCCCIFIAdJIAUgASgCBCICS3JFBEAgASgCACAHaiEJIAUgB2siAkEBTQ0BIAktAABBMEcNASAGQgM3AwAMAgsgByAFIAJBxJDAABARAAsDQAJAIAshDCACIgVFDQAgBEEgaiICIAxC/////w+DQgp+Ig4gDEIgiEIKfiINQiCGfCILNwMAIAIgCyAOVK0gDUIgiHw3AwggBCkDKEIAUg0AIAVBAWshAiAJLQAAIQcgCUEBaiEJIAQpAyAiDSAHQTBrrUL/AYN8IgsgDVoNAQsLAkACQCABQS4QZ0UEQCAEQRhqIAEQkAEgBC0AGARAIAQtABlBIHJB5QBGDQILIAVFIApxRQRAQgJCACAFGyELDAMLQgFCAiAMQgF9QgBZGyELQgAgDH0hDAwCCyABEE9FBEAgBkIDNwMADAMLIARBEGogARCQAUICIQsgBC0AEARAIAQtABFBIHJB5QBGDQELDAELIAEgASgCCCICQQFqNgIIIARBCGogARCQAQJAIAQtAAhFDQACQCAELQAJQStrDgMAAQABCyABIAJBAmo2AggLIAEQTwRAQgIhCwwBCyAGQgM3AwAMAQsgBiAMNwMIIAYgCzcDAAsgBEEwaiQAIAMpAxAiC0IDUQ0JIAMpAxghDEECIQIMDAsgAUGOkMAAQQQQcUUNCUEAIQIMCwsgAUGSkMAAQQQQcUUNAUEBIQhBASECDAoLIAFBlpDAAEEFEHFFDQFBASECQQAhCAwJCyAAQQY6AAAMCQsgAEEGOgAADAgLIANBEGogARAFIAMoAhAiAUGAgICAeEYNBSADKQIUIQtBAyECDAYLIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBnJDAABAiRQRAIABBBjoAACACEPMBDAcLIAMoAhAhASADKQIUIQtBBCECDAULIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBsJDAABAJRQRAIABBBjoAACACEO8BDAYLIAMoAhAhASADKQIUIQtBBSECDAQLIABBBjoAAAwECyAAQQY6AAAMAwsgAEEGOgAADAILIABBBjoAAAwBCyAAIAw3AxAgACALNwMIIAAgATYCBCAAIAg6AAEgACACOgAACyADQSBqJAALlgQCBn8BfiMAQUBqIgMkACAAQfsAEEYEQCADQQA2AiQgA0KAgICAwAA3AhwgA0EYaiAAEDkCQCADLQAYRQ0AAkAgAy0AGUH9AEYNACACKAIQIQYDQCADQRBqIAAQOSADLQAQRQ0CIAMtABFBIkcNAiADQTRqIAAQBSADKAI0IgJBgICAgHhGDQIgAyADKQI4Igk3AiwgAyACNgIoAkACQCADKAIkIgJBgAJGDQAgA0EoaiEHIAJBDGwhAiADKAIgQQxrIQQDQCACIgUEQCACQQxrIQIgBEEMaiIEIAcQrQFFDQELCyAFDQAgA0EIaiAAEDkgAy0ACEUNACADLQAJQTpHDQAgACAAKAIIQQFqNgIIIAEgACAJpyAJQiCIpyAGEQYARQ0AIAMoAiQiBSADKAIcRgRAIwBBEGsiAiQAIAJBCGogA0EcaiIEIAQoAgBBAUEEQQwQISACKAIIIgRBgYCAgHhHBEAgBCACKAIMENgBAAsgAkEQaiQACyADKAIgIAVBDGxqIgIgAygCMDYCCCACIAMpAig3AgAgAyAFQQFqNgIkIAMgABA5IAMtAABFDQQgAy0AASICQSxGDQEgAkH9AEcNBAwDCyADQShqEO4BDAMLIAAgACgCCEEBajYCCAwACwALQQEhCCAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRxqEPQBCyADQUBrJAAgCAuIAwEHfyMAQTBrIgMkAAJAIAJBA3FBAUYEQCAAQYCAgIB4NgIADAELIANBCGogAkECdkEDbEECakEBQQEQXyADQQA2AhwgAyADKQMINwIUQeeHwAAtAAAhCEHoh8AALQAAIQkDQAJAAkACQCACBEAgAS0AACIFQcEAayIGQf8BcUEaSQ0DIAVB4QBrQf8BcUEaSQ0CAkAgBUEwa0H/AXFBCk8EQCAFIAhHDQFBPiEGDAULIAVBBGohBgwECyAFIAlHDQFBPyEGDAMLIAMgAygCHDYCKCADIAMpAhQ3AyAgBARAIABBgICAgHg2AgAgA0EgahDuAQwFCyAAIAMoAhw2AgggACADKQIUNwIADAQLIABBgICAgHg2AgAgA0EUahDuAQwDCyAFQccAayEGCyAGQf8BcSAEQQZ0ciEEAkAgB0EBTQRAIAdBBmohBwwBCyADQRRqIAQgB0ECayIHdhCaASAEQX8gB3RBf3NxIQQLIAFBAWohASACQQFrIQIMAAsACyADQTBqJAALxQMCBH8BfiMAQYABayIEJAAgBEEMaiIGIAIgA0EvEMUBIARBATYCNCAEQThqIgIgBhAYAkACQCAEKAI4IgNBgICAgHhGDQAgBCAEKQI8Igg3AnQgBCADNgJwIAAgASAIpyAIQiCIpxA+IQUgBEHwAGoQ7gEgBUUNACACIAZBLPwKAAADQCAEQeQAaiAEQThqEBggBCgCZEGAgICAeEYNAiAEIAQoAmwiADYCeCAEIAQpAmQ3A3BBASEGAkAgAEEFTw0AIAQoAnQhAiAEQfAAakG0r8AAEKoBRQRAIwBBEGsiAyQAIANBADYCDCADQTAgA0EMahBvIAIgACADKAIAIAMoAgQQywEgA0EQaiQADQELQQAhASAAIQMDQCADQQBHIQYgA0UNASACLQAAQTBrQf8BcSIHIAFBCmxqIQEgA0EBayEDIAJBAWohAiAHQQpJDQALCwJAAkACQAJAIAUtAABBBGsOAgEAAwsgBSgCCCAFKAIMIAQoAnQgABA+IgUNAQwCCyAGDQEgASAFKAIMTw0BIAUoAgggAUEYbGohBQsgBEHwAGoQ7gEMAQsLIARB8ABqEO4BC0EAIQULIARBgAFqJAAgBQvJBAETfyMAQRBrIgokAAJAIAEoAhAiDCABKAIIIhBLDQAgAUEUaiIRIAEtABgiB2pBAWshEiABKAIEIQ0gASgCDCEFIAdBBUkhEwJAAkADQCAFIAxLDQMgBSANaiEGIBItAAAhCwJAIAwgBWsiBEEHTQRAQQAhAkEAIQMDQCADIARGBEAgBCEDDAMLIAsgAyAGai0AAEYEQEEBIQIMAwUgA0EBaiEDDAELAAsACyAKQQhqIQ5BACEDAkACQAJAIAYgBkEDakF8cSICRgRAIARBCGshD0EAIQIMAQsgBCACIAZrIgIgAiAESxshAiAEBEAgCyEIQQEhCQNAIAMgBmotAAAgCEYNBCACIANBAWoiA0cNAAsLIAIgBEEIayIPSw0BCyALQYGChAhsIQMDQEGAgoQIIAIgBmoiCSgCACADcyIIayAIckGAgoQIIAlBBGooAgAgA3MiCGsgCHJxQYCBgoR4cUGAgYKEeEcNASACQQhqIgIgD00NAAsLIAIgBEcEQCALIQNBASEJA0AgAyACIAZqLQAARgRAIAIhAwwDCyAEIAJBAWoiAkcNAAsLQQAhCQsgDiADNgIEIA4gCTYCACAKKAIMIQMgCigCCCECCyACQQFHDQEgASADIAVqQQFqIgU2AgwgBSAHSQ0AIAUgB2shBCAFIBBLDQAgE0UNAiAEIA1qIBEgBxBpDQALIAAgBTYCCCAAIAQ2AgRBASEUDAILIAEgDDYCDAwBC0EAIAdBBEGwhcAAEBEACyAAIBQ2AgAgCkEQaiQAC4oDAQV/IwBBQGoiAiQAIAJBGGogACABEIoBQQAhAAJAIAIoAhhBAUcNACACKAIcIgNBG0sNACADQQJ0QajOwABqIgUoAgAiBEUgBCABQQFrcXJFBEAgBSAEKAIANgIAIAQhAAwBCyACQRAgA3QiAzYCJCACQRAgASABQRBNG0EBayIFNgIoIAIgAkEkajYCMCACIAJBKGo2AiwgAkEQaiACQSxqQZjPwAAoAgAiBEGcz8AAKAIAIgYQW0GYz8AAAn8gAigCEEEBcQRAIAIoAhQMAQsgAkE0aiIBIAMgBWoiA0EQdiADQf//A3FBAEdqIgNAACIFQX9HBH8gASADQRB0NgIIIAEgBUEQdDYCBEEBBUEACzYCACACKAI0QQFHDQEgAigCPCEDIAYgAigCOCIBRwRAQZjPwAAgATYCACABIQQLQZzPwAAgASADaiIBNgIAIAJBCGogAkEsaiAEIAEQWyACKAIIQQFHDQEgAigCJCEDIAIoAgwLIgAgA2o2AgALIAJBQGskACAAC4QDAgN/AX4jAEEgayIFJAAgBSABIAIgAxBKAkACQAJAAkAgBSgCACIBBEAgBUEUaiABIAUoAgQQTCAFKAIcIQYgBSgCGCEBA0AgBkUNAiABQSBBACABLQAAIgdBwQBrQf8BcUEaSRsgB3I6AAAgBkEBayEGIAFBAWohAQwACwALIAVBgICAgHg2AggMAQsgBSAFKAIcIgE2AhAgBSAFKQIUIgg3AwggCKdBgICAgHhHDQELIABBFjYCACAAIAQ6AAQMAQsCQCAFKAIMIgQgAUGSkMAAQQQQwgENACAEIAFBlKfAAEEBEMIBDQAgBCABQZWnwABBAxDCAQ0AAkAgBCABQZaQwABBBRDCAQ0AIAQgAUGYp8AAQQEQwgENACAEIAFBmafAAEECEMIBDQAgAEEVNgIQIABBm6fAADYCDCAAIAM2AgggACACNgIEIABBFTYCAAwCCyAAQRY2AgAgAEEAOgAEDAELIABBFjYCACAAQQE6AAQLIAVBCGoQ2gEgBUEgaiQAC4YMAhR/An4jAEHQAGsiByQAAkACQCABKAKgASIUBEAgB0EIaiENIwBBQGoiBiQAAkAgAyACKQMIIhggFEEIaiIOKQMQIAN8IhkgGCAZUxsgGSACKQMAp0EBcRsgGSAOLQB+GyIYUwRAIAYgAkEwahDIASAGKAIEIRUgBigCACEPIAZBADYCFCAGQoCAgIAQNwIMIAZBDGoQ5QFBl5TAAEEDEN0BIAIoAhwiFiACKAIgIhcQ4QFBmpTAAEEEEN0BQZ6UwABBDRDhAUGrlMAAQQMQ3QFBrpTAAEEMEOEBQbqUwABBAxDdASADEJ0BQb2UwABBAxDdASAYEJ0BIQkgDwRAIAlBwJTAAEEFEN0BIA8gFRDhARoLIAIoAixBGGwhBCACKAIoIQUDQCAEBEAgCSAFKAIEIAUoAggQ3QEgBSgCECAFKAIUEOIBGiAEQRhrIQQgBUEYaiEFDAELCyAJEPEBIhIpAgAhAyASQQA2AgAgBiASKAIIIgk2AiAgBiADNwMYIAZBADYCFCAGQQE2AhAgBigCHCEEIA4oAhwhBSAOKAIgIQsjAEFAaiIKJAAgCkEIaiIMIAlBAnRBA25B1ABqEIcBIAxBmIjAAEEkEHsgDEEuEFEgCkEUaiITIAQgCRDkASAMIAooAhggCigCHBB7IBMQ7gEgCigCDCEQIAooAhAhCSMAQdABayIEJAAgC0HBAE8EQCAEIAs2ApQBIAQgBTYCkAEgBCAEQZABakEBEAdBICELIAQhBQsgBEEgakEAQcAA/AsAA0AgCCALRwRAIARBIGogCGogBSAIai0AADoAACAIQQFqIQgMAQsLIARBkAFqIREgBEEgaiELQQAhCCMAQUBqIQUDQCAIQcAARwRAIAUgCGogCCALai0AAEE2czoAACAIQQFqIQgMAQsLIBEgBUHAAPwKAAAgBCAJNgKMASAEIBA2AogBIARBwAA2AoQBIAQgETYCgAEgBEHgAGoiCSAEQYABaiIFQQIQB0EAIQgjAEFAaiEQA0AgCEHAAEcEQCAIIBBqIAggC2otAABB3ABzOgAAIAhBAWohCAwBCwsgESAQQcAA/AoAACAEQSA2AowBIARBwAA2AoQBIAQgCTYCiAEgBCARNgKAASATIAVBAhAHIARB0AFqJAAgDEEuEFEgCkE0aiIFIBNBIBDkASAMIAooAjggCigCPBB7IAUQ7gEgBkEoaiIEIAooAhA2AgggBCAKKQIINwIAIApBQGskACAGQQA2AjwgBkKAgICAEDcCNCAGQTRqEOUBQcWUwABBCxDdASAGKAIsIAYoAjAQ4QFB0JTAAEEJEN0BQdmUwABBBhDhAUHflMAAQQkQ3QEgGBCdAUHolMAAQQQQ3QEQ5QFB7JTAAEECEN0BIBYgFxDhAUHAlMAAQQUQ3QEhBQJAIA8EQCAFIA8gFRDhARoMAQsgBUGOkMAAQQQQ4gEaCyAFEPEBQe6UwABBCBDdASAOKAJ4IgUoAjggBSgCPBDhARDxASEFIA1BFjYCACANIAUoAgg2AgwgDSAFKQIANwIEIAVBADYCACAGQQA2AjwgBkEBNgI4IAUQ7gEgBBDuASAGQRhqEO4BIBIQ7gEMAQsgDUEJNgIACyAGQUBrJAAgBygCCEEWRwRAIAcgBygCGDYCSCAHIAcpAhA3A0AgByAHKQIINwM4IAAgB0E4ahCfAQwDCyAHQQxqIQUgFCgCTEUNASAHQQA2AiQgB0KAgICAEDcCHCAHQRxqEOUBQbqUwABBAxDdASACKQMQEJ0BQZ+vwABBBhDdARDlASEEIAIoAixBGGwhCSACKAIoIQIDQCAJBEAgBCACKAIEIAIoAggQ3QEgAigCECACKAIUEOIBGiAJQRhrIQkgAkEYaiECDAELCyAEEPEBEPEBIgIpAgAhAyACQQA2AgAgByACKAIINgIwIAcgAzcDKCAHQQA2AiQgB0EBNgIgIAFBlAFqENoBIAEgBygCMDYCnAEgASAHKQMoNwKUASACEO4BDAELIABB6a3AAEEmEHwMAQsgAEHIASAFEEQLIAdB0ABqJAAL41cCEn8FfiMAQbACayILJAAgCyACNgIMIAsgATYCCCALIAM2AhAgCyAENgIUIAsgBTYCGCALIAY2AhwgCyAHNgIgIAsgCDYCJCALIAk5AyggCyAANgKoAiALIAtBrwJqIgA2AqQCIAsgADYCoAIgCyAANgKcAiALIAtBKGo2ApgCIAsgADYClAIgCyAANgKQAiALIAtBJGo2AowCIAsgC0EgajYCiAIgCyAANgKEAiALIAA2AoACIAsgC0EcajYC/AEgCyALQRhqNgL4ASALIAA2AvQBIAsgADYC8AEgCyALQRRqNgLsASALIAtBEGo2AugBIAsgADYC5AEgCyAANgLgASALIAtBDGo2AtwBIAsgC0EIajYC2AEgC0EwaiEaIwBBwAFrIgYkAAJAAkAgC0HYAWoiACgCUCIBBEAgASgCACICQf////8HTwRAIAZBzwA2AkQgBkGahsAANgJAIAZBADYCPEEBIQEMAwsgASACQQFqNgIAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASAGIAI2AkQgBiABNgJAIAYgAUEEajYCPEEAIQEMAgsgBkEbNgJEIAZB/4XAADYCQCAGQQA2AjxBASEBDAELAAsgBkEwaiAAKAIAKAIAIAAoAgQoAgAQfiAGQQA2AkggBiAGKAI0IgQ2AlAgBiAGKAIwIgU2AkwgBkHUAGogACgCECgCACAAKAIUKAIAEE0gBkHgAGogACgCICgCACAAKAIkKAIAEE0gBkHsAGogACgCMCgCACAAKAI0KAIAEJkBAkACQCABDQAgBigCVEGBgICAeEYNACAGKAJgQYGAgIB4Rg0AIAYoAmxBgICAgHhGDQAgBiAGKQJUNwOQASAGIAYoAlw2ApgBIAYgBikCYDcDoAEgBiAGKAJoNgKoASAGIAYoAnQ2ArgBIAYgBikCbDcDsAEgACgCQCsDACEJIAYgBigCRDYCgAEgBiAGKQI8NwN4IAYgBDYCjAEgBiAFNgKIASAGKAJ4IQIgBkGQAWohByAGQaABaiEIIAZBsAFqIQojAEHgAWsiDyQAAkAgAigCAEGAgICAeEcEQCACLwEYIRUgD0GwAWohASMAQSBrIgAkACACKAIEIRAgACACKAIIIgxBBEEUEF8gACgCACIOIAxB/////wNxIgMgAyAOSxshDUEAIQMgACgCBCERA0AgDQRAIABBDGogAyAQahDTASADIBFqIhMgACgCHDYCECATIAApAhQ3AgggEyAAKQIMNwIAIA1BAWshDSADQRRqIQMMAQsLIAEgDDYCCCABIBE2AgQgASAONgIAIABBIGokACAPQbwBaiACQQxqEFogDyAVOwHIASAPQQhqIQAjAEEgayICJAAgAiAFIAQQPQJAAkAgAigCBCIDIAIoAggiBEHlrcAAQQQQwgFFBEAgAyAEQZivwABBBxDCAUUNAQsgAEEANgKgASAAQoCAgIDAADcDiAEgAEKAgICAgICAgIB/NwOQASAAQgI3AwAgACABKAIYNgIgIAAgASkCEDcCGCAAIAEpAgg3AhAgACABKQIANwIIIAIQ7gEMAQsgAkEDNgIMIABBCGogAkEMahCfASAAQoCAgIDAADcDiAEgAEEANgKgASAAQoCAgICAgICAgH83A5ABIABCAjcDACACEO4BIAEQ5wELIAJBIGokACAaIABBqAH8CgAAIAoQ7gEgCBDaASAHENoBDAELIA9BsAFqIhMgBSAEEEwgDyAHKAIINgLQASAPIAcpAgA3AsgBIA8gCCkCADcC1AEgDyAIKAIINgLcASAPIAopAgA3ArwBIA8gCigCCDYCxAEgD0EIaiEVIAn8BiEfIwBB4ARrIgQkACAEQQhqIBNBGGoQyAEgAkEEaigCACIZQQhqIgghAiAEKAIIIQMgBCgCDCEKIwBBIGsiACQAIARB6AFqIgUCfyAFAn8gAigCSEGAgICAeEcEQCADBEAgAigCUEEMbCEBIAIoAkwhBwNAQQQgAUUNBBogACAHNgIIIAAgAyAKECogACAAKQMANwIUIAFBDGshASAHQQxqIQcgAEEIaiICIABBFGoiDRCeAUUNAAtBBEEoEMwBIQEgAiADIAoQTCANQaCwwABBBhBMIAFBGzYCBCABQYWwwAA2AgAgAUEENgIYIAFBprDAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQzAEhASAAQRRqQaCwwABBBhBMIAFBBDYCBCABQaawwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBDMASEBIABBFGpB76PAAEEBEEwgAUEbNgIEIAFBhbDAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBSABNgIIIAUgAjYCBEEWCzYCACAAQSBqJAACQAJAAkAgBCgC6AFBFkcEQCAEIAQoAvgBNgIwIAQgBCkC8AE3AyggBCAEKQLoATcDICAVQQhqIARBIGoQnwEgFUKAgICAwAA3A4gBIBVBADYCoAEgFUKAgICAgICAgIB/NwOQASAVQgI3AwAMAQsgBCAEKAL0ATYCGCAEIAQpAuwBNwMQIARBxAFqIBMoAgQgEygCCBA9AkACQCAEKALIASIAIAQoAswBIgFBmK/AAEEHEMIBRQRAIAAgAUHlrcAAQQQQwgENASAEQQM2AugBIARBQGsgBEHoAWoQnwEgBEICNwM4DAILIARBBTYClAIgBEGussAANgKQAiAEQRY2AowCIARBmLLAADYCiAIgBEEyNgKEAiAEQeaxwAA2AoACIARBHDYC/AEgBEHKscAANgL4ASAEQQ02AvQBIARBvbHAADYC8AEgBEEcNgLsASAEQaGxwAA2AugBIwBBIGsiAyQAIANBCGogBEGYAmoiBSAEQegBaiIAa0EEdkEEQRQQXyADQQA2AhwgAyADKQMINwIUIwBBEGsiByQAIANBFGoiCCAFIAAiAWtBBHYiAhC2ASAIKQIEIRwgByAIQQhqNgIEIAcgHEIgiTcCCCMAQSBrIggkACAHQQRqIg0oAgQhCiANKAIAIAAgBUcEQCANKAIIIApBFGxqIQUgAiAKaiEKIAhBFGohDQNAIAEpAgAhHCANIAFBCGooAgAgAUEMaigCABBMIAUgHDcCACAFIAgpAhQ3AgggBSAIKAIcNgIQIAFBEGohASAFQRRqIQUgAkEBayICDQALCyAKNgIAIAhBIGokACAHQRBqJAAgBEHoA2oiASADKAIcNgIIIAEgAykCFDcCACADQSBqJAAgAEGYp8AAQQEQTCAEKALwAyICIAQoAugDRgRAIwBBEGsiACQAIABBCGogASABKAIAQQFBBEEUECEgACgCCCIBQYGAgIB4RwRAIAEgACgCDBDYAQALIABBEGokAAsgBCgC7AMgAkEUbGoiACAEKALwATYCECAAIAQpAugBNwIIIABBDjYCBCAAQaWvwAA2AgAgBEHMATsBWCAEQQA2AlQgBEKAgICAEDcCTCAEQgI3AzggBCACQQFqNgJIIAQgBCkC6AM3A0AMAQsgBEHoAWohAyAZKAKAASENQQAhBSMAQZABayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCATKAIUIgFBgIAETQRAIAJBGGogE0EkahDIAQJAIAIoAhgiCkUNACACQRBqIAogAigCHBAVIAJB4ABqIAIoAhAgAigCFEEgEEMgAigCYCIARQ0AIAIoAmwhByACKAJoIQwgACACKAJkQf+vwABBBhA1BEAgAkEIaiAMIAcQFSACKAIMIQogAigCCCEFCwJAIAVFIApFcg0AIAUgCkGZscAAQQUQywENACAFIApBnrHAAEEDEMsBRQ0BC0EAIQULIAIgEygCECIHIAEQFUECIQAgAigCBEUNBiACQeAAaiAHIAEQ6gECfwJAIAItAGAiAUEFRwRAIAVFDQFBFiEHQQIMAgsgAiACKAJsNgJYIAIgAikCZDcDUCACIAJB0ABqNgJ8IA0tAIsBRQ0HIAJB4ABqIAJB/ABqQaqwwABBCxAyIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAARAIAJBNGogACABEExBACEADAQLIAJB4ABqIAJB/ABqQaytwABBDRAyIAIoAmghASACKAJkIQAgAigCYCIHQRZHDQQgAEUNByACQTRqIAAgARBMQQEhAAwDCyACQTQ2AjRBASEHQbqwwAALIQAgAiAHNgIsIAFBBU8NBCACQeAAahCcAQwECyADQQI2AgAMDAsgAiAANgIwQRYhBwwBCyACIAIpAmw3AjggAiABNgI0IAIgADYCMCACIAc2AiwLIAJB0ABqEO8BCyAHQRZGDQEMAgsgAkHgAGogAkH8AGpBtbDAAEEFEDIgAigCaCEBIAIoAmQhACACKAJgIgdBFkcEQCACIAIpAmw3AjggAiABNgI0IAJB0ABqEO8BDAILAkAgAARAIAJBgAFqIA0gACABEJEBDAELIAJBAjYCgAELIAIgAikCiAE3AjggAiACKQKAATcCMCACQdAAahDvASACKAIwIQALIAIgAikCNDcDQCACIAIoAjw2AkggAEECRg0BIAIgAigCSDYCbCACIAIpA0A3AmQgAiAANgJgDAILIAIgAigCPCIBNgIoIAIgAikCNCIcNwMgIAMgATYCECADIBw3AgggAyAANgIEIAMgBzYCAAwFCyAFRQ0BIAJB4ABqIA0gBSAKEJEBCyACKAJsIgFBgMAASw0BAkACQCACKAJgRQRAQQAhACACKAJoIQVBACEHA0AgACABRwRAIAAgBWohCiAAQQFqIQAgByAKLQAAQS5GaiEHDAELCyAHQQJGDQEgA0EbNgIIIANBvK/AADYCBCADQQE2AgAMBQsgAiACKAJoIgA2AiwgAiAAIAFqNgIwIAJBLGoiBSgCACEAIAUoAgQhBwNAIAcgACIBRwRAIAUgAEEBaiIANgIAIAEtAABB/wBrQf8BcUGhAUsNAQsLIAEgB0cNAQsgAyACKQJoNwIMIAMgAikCYDcCBCADQRY2AgAMBAsgA0EoNgIIIANB16/AADYCBCADQQE2AgAMAgsgA0EANgIADAILIANBAjYCAAsgAkHkAGoQ7gELIAJBkAFqJAAgBCkC9AEhHCAEKALwASECIAQoAuwBIQACQAJAIAQoAugBIgVBFkcNAAJAAkAgAEEBRgRAIAQgAjYCrAMgBCAcNwKwAyAcpyEKIBxCIIinIQ0jAEHwAGsiACQAIAgoAlQhASAAQRE2AiggAEGarcAANgIkIABBFDYCIAJAIAFBgICAgHhGBEAgAyAAQShqIgEoAgg2AhQgAyABKQIANwIMIANBmq3AADYCCCADQoCAgIDIAjcCAAwBCyAAQSBqENcBIABBCGogCEHsAGoQyAEgACgCDCEHIAAoAgghASAAQQ02AiggAEHGpMAANgIkIABBFDYCICABRQRAIANBDTYCDCADQcakwAA2AgggA0KAgICAyAI3AgAMAQsgAEEgaiIFENcBIAAgBzYCNCAAIAE2AjAgAEEBNgIsIABBq63AADYCKCAAIAgpA1g3AiAgAEHIAGoiByAFQQMQRyAAQRRqIgwgACgCTCAAKAJQQemGwABBARATIAcQ7gEgAEEANgIoIABCgICAgBA3AiAgBRDlAUGsrcAAQQ0Q3QEgCiANEOEBEPEBIgEpAgAhHCABQQA2AgAgACABKAIINgJAIAAgHDcDOCAAQQA2AiggAEEBNgIkIAEQ7gEgAEEZNgJUIABBua3AADYCUCAAIAgpAmQ3AkggAyAHQQIQR0EEQSgQzAEhASAAIAApAhg3AiggAEEGNgIkIABB0q3AADYCICAAQdgAaiAFQQIQRyAAQeQAakG6j8AAQRAQTCABQQ02AgQgAUHYrcAANgIAIAFBDDYCGCABQcqPwAA2AhQgASAAKQJYNwIIIAEgACgCYDYCECABIAApAmQ3AhwgASAAKAJsNgIkIANBAjYCFCADIAE2AhAgA0ECNgIMIAMgACkDODcCGCADIAAoAkA2AiAgA0EENgIoIANB5a3AADYCJCAMEO4BCyAAQfAAaiQAIAQgBCkC9AE3A+gDIAQgBCgC/AE2AvADIAQoAvABIQAgBCgC7AEhBSAEKALoASIHQYCAgIB4Rw0BIAQoAugDIQIgBCkC7AMhHCAEQawDahDuAQwDCyAEIAI2ApQDIAQgHDcCmAMgDSgCcCIBIA0oAnRqIQIjAEEgayIAJAAgAEEIaiACIAFrIgdBBEEIEF8gAEEANgIcIAAgACkDCDcCFCMAQRBrIgMkACAAQRRqIgUgBxC1ASAFKQIEISAgAyAFQQhqNgIEIAMgIEIgiTcCCCADQQRqIgooAgQhBSAKKAIAIAEgAkcEfyACIAVqIAFrIAooAgggBUEDdGohAgNAIAEtAAAhBSACQQRqQQU2AgAgAiAFEOMBNgIAIAFBAWohASACQQhqIQIgB0EBayIHDQALBSAFCzYCACADQRBqJAAgBEGgA2oiASAAKAIcNgIIIAEgACkCFDcCACAAQSBqJAAgBEHoAWohAyAEKAKkAyEQIAQoAqgDIRZBACEKIwBBsAJrIgIkACACQShqIgAgHKcgHEIgiKdBLhDFASACQSBqIAAQHCACKAIkIQwgAigCICEHIAJBGGogABAcIAIoAhwhDiACKAIYIQ0gAkEQaiAAEBwgAigCFCEXIAIoAhAhESACQQhqIAAQHAJAAkAgEUUgB0UgDUVyckUEQCACKAIIRQ0BCyADQSM2AgwgA0H2isAANgIIIANCgICAgIiAgICAfzcCAAwBCyACQfgBaiIAIAcgDBAKIAJBFzYCZCACQfuIwAA2AmBBgICAgHghASACQYCAgIB4NgJcIAJBuAFqIAAgAkHcAGoQZCACIAIpArwBNwOgAiACIAIoAsQBNgKoAiACKAK4AUEBRgRAIAMgAigCqAI2AgwgAyACKQOgAjcCBCADQYCAgIB4NgIADAELIAIgAigCqAIiBTYCWCACIAIpA6ACNwNQAkAgBUGAgBBLDQAgAigCVCEAIAJCADcCwAEgAiAFNgK8ASACIAA2ArgBIAJBgICAgHg2ApACIAJBgICAgHg2AqACIAJBADoAqAEgAiACQagBajYCgAIgAiACQaACaiISNgL8ASACIAJBkAJqNgL4AQJAIAJBuAFqIgBBzIjAAEEDIAJB+AFqQeSIwAAQggFFDQAgABCWAUUNACACKAKQAiIAQYCAgIB4RgRAIBIQ2gEMAgsgAi0AqAEhCiACKQKkAiEdIAIoAqACIQUgAikClAIhHiAAIQEMAQsgAkGgAmoQ2gEgAkGQAmoQ2gELIAJBJzYCwAEgAkGSicAANgK8ASACQYCAgIB4NgK4AQJAIAFBgICAgHhGBEAgAikDuAEhHSADQSc2AgwgAyAdNwIEIANBgICAgHg2AgAMAQsgAkG4AWoiEhDbASACIAo6AHQgAiAdNwJsIAIgBTYCaCACIB43AmAgAiABNgJcIAIgHjcCuAEgAkHoAGohAAJAIBIgECAWEFRFBEAgAyACKAJkNgIMIAMgAikCXDcCBCADQYCAgIB4NgIADAELAkAgCkEBcUUEQCAFQYCAgIB4RyAdQv////8PVnFFBEAgA0KAgICAqICAgIB/NwIADAILIAIgACgCCDYCgAEgAiAAKQIANwN4IAJBoAJqIgAgDSAOEAogAkEYNgKAAiACQbmJwAA2AvwBIAJBgICAgHg2AvgBIAJBuAFqIAAgAkH4AWoQZCACIAIpArwBNwOQAiACIAIoAsQBNgKYAgJAIAIoArgBQQFGBEAgAyACKAKYAjYCDCADIAIpA5ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKYAiIANgKQASACIAIpA5ACNwOIASACQfgBaiACKAKMASAAQYCAEBA3IAJBHDYCwAEgAkHRicAANgK8ASACQYCAgIB4NgK4AQJAIAIoAvgBQYCAgIB4RgRAIAIgAikCuAEiHTcDkAIgAiACKALAASIANgKYAiADIAA2AgwgAyAdNwIEIANBgICAgHg2AgAMAQsgAiACKAKAAjYCqAIgAiACKQL4ATcDoAIgAkG4AWoiABDbASACIAIoAqgCIgE2ApgCIAIgAikDoAI3A5gBIAIgATYCoAEgAkGgAmoiASARIBcQCiACQRo2AoACIAJB7YnAADYC/AEgAkGAgICAeDYC+AEgACABIAJB+AFqEGQgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCsAEgAiACKQOQAjcDqAECQCAARQ0AIABBwABHQQAgAkHcAGpBjIrAABCqARsNACACIAIoAmQ2AsABIAIgAikCXDcDuAEgAiACKQN4NwLEASACIAIoAoABNgLMASACIA42AowCIAIgDTYCiAIgAkEBNgKEAiACQZSKwAA2AoACIAIgDDYC/AEgAiAHNgL4ASACQdABaiACQfgBakEDEEcgAiACKAKwATYC5AEgAiACKQOoATcC3AEgAiACKQOYATcD6AEgAiACKAKgATYC8AEgAyACQbgBakE8/AoAACACQYgBahDuASACQdAAahDuAQwICyADQTU2AgwgA0GVisAANgIIIANCgICAgIiAgICAfzcCACACQagBahDuAQsgAkGYAWoQ7wELIAJBiAFqEO4BCyACQfgAahDuASACQdwAahDuAQwDCyADQSw2AgwgA0HKisAANgIIIANCgICAgIiAgICAfzcCAAsgAkHcAGoQ7gEgAigCaCEFCyAFQYCAgIB4Rg0AIAAQ7gELIAJB0ABqEO4BCyACQbACaiQAIAQoAvQBIQIgBCgC7AEhAwJAAkAgBCgC6AEiAUGAgICAeEYEQEEGIQUgBCgC8AEhAAJAAkACQEEBIANBgICAgHhzIANBAE4bQQFrDgIBAgALQQEhBQwBCyACrSEcQQUhBSAAIQIgAyEACyAAIQEMAQsgBCgC8AEhFiAEKQL4ASEcIARBxANqIhcgBEGAAmpBJPwKAAAgBCAcNwK8AyAEIAI2ArgDIAQgFjYCtAMgBCADNgKwAyAEIAE2AqwDIARB6AFqIQcgBCgC4AMhCiAEKALkAyENIwBBwAFrIgUkACAIKAJ4IQ4gBUHoAGogCiANQb2UwAAQJAJAIAUoAmhBAUYEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwBCyAFKQN4IR0gBSgCcCAFQRo2AnAgBUG4n8AANgJsIAVBCDYCaEUEQCAHIAUpAmw3AgwgB0EINgIIIAdCAjcDAAwBCyAFQegAaiIAENcBAkACQAJAAkBC////////////ACAdQjx8IhwgHCAdUxsgH1UEQCAAIAogDUHSn8AAECQgBSgCaARAIAUoAmwhACAFKQNwIRwgByAFKQN4NwIUIAcgHDcCDCAHIAA2AgggB0ICNwMADAYLIB9CPHwhHiAFKQNwQgFRBEAgBSkDeCAeVQ0CCyAFQegAaiAKIA1BupTAABAkIAUoAmgEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwGCyAFKQNwIiBCAVEgHiAFKQN4IhxTcQ0CAkAgIKcNACAfIRwgCCgCREUNACAHQSM2AhAgB0HVn8AANgIMIAdBCDYCCCAHQgI3AwAMBgsgBUHgAGogCiANQfifwABBAxA+EHAgBSgCYCIARQ0DIAUoAmQhAiAOLQCJAUUEQCAFQdgAaiAAIAIQKiAFKAJYIgBFDQQgBSgCXCECCyAFIAA2AmggBSACNgJsIAgoAixBDGwhACAIKAIoIQIDQCAARQ0EIABBDGshACAFIAI2ArQBIAJBDGohAiAFQbQBaiAFQegAahCeAUUNAAtBrYXAACAOKAJ4IhAgDigCfCISEH1FDQQgCiANQfufwABBAxA+Qf6fwABBEhAfRQ0EIAdCAjcDACAHQRA2AggMBQsgB0ICNwMAIAdBCTYCCAwECyAHQgI3AwAgB0EKNgIIDAMLIAdCAjcDACAHQQo2AggMAgsgB0ICNwMAIAdBCzYCCAwBC0EDIRFBq5TAACEMAkACQEGQoMAAIBAgEhB9RQ0AIAVB0ABqIAogDUGRoMAAQQkQPhBwIAUoAlAiAEUNASAAIAUoAlQiAkHslMAAQQIQwgFFBEAgACACQZqgwABBBhDCAUUNAiAILQB9QQFxRQ0CQQkhEUGgoMAAIQwMAQsgCC0AfEUNAQsCQAJAIAgoAjgiAARAIABBDGwhAiAIKAI0IQADQCACRQ0CIAJBDGshAiAAKAIIIRQgACgCBCEYIABBDGohACAKIA0gDCARED4gGCAUEB9FDQALC0GpoMAAIBAgEhB9RQ0BIAogDUGqoMAAQQMQPiIARQ0BIAVByABqIAAQxwECQCAFKAJIIgxFDQAgBSgCTCEUQQQgCCgCTCAIKAJIQYCAgIB4RiIAGyECQQAgCCgCUCAAG0EMbCEAA0AgAEUNASAFIAI2ArQBIAVBQGsgDCAUECogBSAFKQNANwJoIABBDGshACACQQxqIQIgBUG0AWogBUHoAGoQngFFDQALDAILIAdCAjcDACAHQQw2AggMAwsgB0ICNwMAIAdBDDYCCAwCCwJAIAgtAH9FDQAgCiANIA4oAoABIA4oAoQBEAsiAEUNAAJAAkACQCAALQAAQQFrDgMAAwEDCyAALQABQQFHDQIMAQsgBSAAQQRqNgJoIAVB6ABqQbigwAAQngFFDQELIAdCAjcDACAHQRE2AggMAgsCQCAKIA1Bl5TAAEEDED4iAEUNACAALQAAQQNHDQAgBUE4aiAAKAIIIAAoAgwQFSAFKAI8RQ0AIAVBgAFqIABBBGoQWgJAIA4oAgAiAEUEQCAFQYCAgIB4NgKMAQwBCyAOKAIEQQN0IQIgDigCDCEYIA4oAgghGwJAA0BBACEMIAJFDQECQAJAIAogDSAAKAIAIAAoAgQQCyIURQ0AIAVBMGogFBDHASAFKAIwIhRFDQAgBSgCNCIRDQELIABBCGohACACQQhrIQIMAQsLIBRFDQAgCiANIBsgGBALIgBFDQAgAC0AAEEBRw0AIBRBACAALQABGyEMCyAFQYwBaiAMIBEQ0AELIAUgBSgClAE2AqABIAUgBSkCjAE3A5gBAkACQEHAoMAAIBAgEhB9RQ0AAkACQAJAAkAgCiANQcGgwABBGhA+IgAEQCAFQShqIAAQxgEgBSgCKCIABEAgBUEgaiAAIAUoAiwiAkHboMAAQQoQPhBwIAUoAiAiDA0CDAMLIA4oAgANBQwDCyAOKAIADQQMAgsgBUHoAGogDCAFKAIkEAMgBSkDcCEeIAUoAmggBUEuNgJwIAVB5aDAADYCbCAFQQg2AmhFBEAgBSkCbCEcIAcgBSkCdDcCFCAHIBw3AgwgB0EINgIIIAdCAjcDAAwFCyAFQegAahDXASAeIB9VBEAgHiAdIB0gHlUbIR0MAQsgB0ICNwMAIAdBDjYCCAwECyAOKAIADQIgACACQb2ewABBFhA+IgBFDQAgBUEYaiICIAAoAgw2AgQgAiAAKAIIQQAgAC0AAEEERhs2AgAgBSgCGCIARQ0AIAUoAhxBGGwhDgNAIA5FDQECQAJAIABB057AAEEMEHQiAkUNACACQd+ewABBDRB0IgJFDQAgBUEQaiACEMcBIAVB6ABqIAUoAhAiAkEAIAUoAhQiDBtBACACGyAMENABIAUoAmhBgICAgHhHDQQMAQsgBUGAgICAeDYCaAsgAEEYaiEAIA5BGGshDgwACwALIAVBgICAgHg2AmgLIAVBmAFqENoBIAUgBSgCcDYCoAEgBSAFKQJoNwOYAQsgBUEANgKwASAFQoCAgIDAADcCqAEgCCgCQCIAIAgoAkRBGGxqIRQDQAJAAkAgACAURwRAIABBGGohAiAAKAIUQQxsIQ4gACgCECEMA0AgDkUNAyAKIA0gDCgCBCAMKAIIEAsiEARAIBAtAAAiEg0DCyAMQQxqIQwgDkEMayEODAALAAsgByAFKAKIATYCICAHIAUpAoABNwIYIAcgBSkDmAE3AjAgByAFKAKgATYCOCAHIAUpAqgBNwIkIAcgBSgCsAE2AiwgByAcNwMQIAcgHTcDCCAHQgE3AwAMBgsgBUEANgK8ASAFQoCAgIAQNwK0AUGAgICAeCERAkACQAJAAkACQAJAAkACQCASQQFrDgQBAwIABwsgECgCDCIMQSFPDQYgDEEYbCEMIAVBtAFqEOYBIRIgECgCCCEOA0AgDEUNBCAFQQhqIA4QxwEgBSgCCCIQRQ0HIAUoAgwiGEGAAksNByASIBAgGBDhARogDEEYayEMIA5BGGohDgwACwALIAVBtAFqIBAtAAEQ1gEaDAQLIBAoAgwiDEGBAk8NBCAFQbQBaiAQKAIIIAwQ4QEaDAMLIAVB6ABqIBAQbiAFKAJoDQEMAwsgEhDyARoMAQsgBUG0AWogBSkDcBCdARoLIAUpArgBIR8gBUEANgK8ASAFKAK0ASERIAVCgICAgBA3ArQBCyAFQbQBahDuASARQYCAgIB4RwRAIAVB6ABqIAAQWiAFKAKwASIMIAUoAqgBRgRAIAVBqAFqEHULIAUoAqwBIAxBGGxqIgAgBSgCcDYCCCAAIAUpAmg3AgAgACAfNwIQIAAgETYCDCAFIAxBAWo2ArABDAELIAdB7AA2AhAgB0GTocAANgIMIAdBCDYCCCAHQgI3AwAgBUGoAWoQ9QEMAgsgAiEADAALAAsgBUGYAWoQ2gEgBUGAAWoQ7gEMAgsgB0ICNwMAIAdBDTYCCAwBCyAHQcEANgIQIAdB/6HAADYCDCAHQQg2AgggB0ICNwMACyAFQcABaiQAIARB3ANqIQogBEG4A2ohBwJAIAQpA+gBIh1CAlEEQCAEKQL8ASEcIAQoAvgBIQIgBCgC9AEhACAEKALwASEFIARBrANqEO4BIAAhAQwBCyAEKALwASEAIAQpAvQBIRwgBCkC/AEhHiAEQYQEaiAEQYQCakEk/AoAACAEIB43AvwDIAQgHDcC9AMgBCAANgLwAyAEIB03A+gDAn9BACADIBZBvIjAAEEFEMIBDQAaQQEgAyAWQcGywABBBRDCAQ0AGkECQQMgAyAWQYeKwABBBRDCARsLIAQgBCgCtAM2AvQBIAQgBCkCrAM3AuwBQQUhBSAEQQU2AugBQf8BcSICQQNHDQIgBC0A7AEhACAEQegDahDSASAWrSEcIAMhAgsgBxDuASAXEO4BIARB0ANqEO4BIAoQ7wELIARBoANqEPYBIARBlANqEO4BDAQLIARB6AFqENcBIAQgBCkC0AM3AtQEIAQgBCgC2AM2AtwEIAQgBCkDgAQ3A9ABIAQgBCkDiAQ3A9gBIAQgBCgCkAQ2AuABIAQgBykCADcCvAQgBCAHKAIINgLEBCAEIBcpAgA3A8gEIAQgFygCCDYC0AQgBCkC9AMhHyAEIAQoAqQENgK4BCAEIAQpApwENwOwBCAEIAQpApQENwOoBCAIKAIAIQEgChDvAUIDQgQgAUECRhshHCAEQaADahD2ASAEQZQDahDuASAdpyEHIB6nIQFBACEFDAELIAQgBCgCkAI2AuABIAQgBCkCiAI3A9gBIAQgBCkCgAI3A9ABIAQpA+gDIR8gBCgC8AMhASAEQawDahDuAUIGIRwLIAQgATYCVCAEIB83AkwgBCAANgJIIAQgBTYCRCAEIAc2AkAgBCAcNwM4IAQgBCkD0AE3A1ggBCAEKQPYATcDYCAEIAQoAuABNgJoIARB7ABqIARBqARqQTj8CgAAIARBgICAgHg2AqgBIAQgAjoApAEMAgsgACEBCyAEIBw3AvQBIAQgAjYC8AEgBCAFNgLoASAEIAFBgH5xIABB/wFxcjYC7AEgBEFAayAEQegBahCfASAEQgI3AzgLIARBxAFqEO4BIBkgGSgCAEEBaiIANgIAIABFDQEgBCAZNgKIAyAEIAQpAxA3A/ACIAQgBCgCGDYC+AIgBEHoAWogBEE4akGIAfwKAAAgBEGAgICAeDYC/AIgBCkD6AFCAlEEQCAEQfABaiAEKAL0AiIAIAAgBCgC+AJBFGxqEGsLIBUgBEHoAWpBqAH8CgAACyAEQeAEaiQADAELAAsgExDuASAPQcgBahDaASAPQdQBahDaASAPQbwBahDuASAaIBVBqAH8CgAACyAPQeABaiQAIAZBiAFqENQBIAZB+ABqEM8BIAZBwAFqJAAMAQsgBkEoaiECQQAhAAJ/IAZB7ABqIgEoAgBBgICAgHhGBEAgASgCCCEAIAEoAgQMAQsgARDuAUEACyEBIAIgADYCBCACIAE2AgAgBigCKCEEIAYoAiwhBSAGQSBqIAZB4ABqEI0BIAYoAiAhAyAGKAIkIQcgBkEYaiAGQdQAahCNASAGKAIYIQggBigCHCELIAZBEGogBkHIAGoQhQEgBigCECEPIAYoAhQhCiAGQQhqIQJBACEAAn8gBkE8aiIBKAIARQRAIAEoAgghACABKAIEDAELIAEQzwFBAAshASACIAA2AgQgAiABNgIAIAYoAggiACAPIAAbIgEgCCABGyICIAMgAhsiAyAEIAMbIgRBASAEGyAGKAIMIAogABsgCyABGyAHIAIbIAUgAxtBACAEGxCAAgALIwBB4AJrIgAkACAAQbgBaiAaQagB/AoAACAAQQA2AgAgAEEEciAAQbQBakGsAfwKAABBCEG4ARDMASIBQoGAgIAQNwMAIAFBCGoiASAAQbAB/AoAACAAQeACaiQAIAtBsAJqJAAgAQubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBBgIDAACAEQRBqIAMQgwEACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGCAEIARBCGqtQoCAgICAA4Q3AxBB34DAACAEQRBqIAMQgwEACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIADhDcDGAsgBCAEQQhqrUKAgICAgAOENwMQQZiBwAAgBEEQaiADEIMBAAvqBQIKfwF+IwBBEGsiBiQAQQohAiAAKAIAIgQhACAEQegHTwRAA0AgBkEGaiACaiIDQQRrIAAiBSAAQZDOAG4iAEGQzgBsayIHQf//A3FB5ABuIghBAXQvAKjKQDsAACADQQJrIAcgCEHkAGxrQf//A3FBAXQvAKjKQDsAACACQQRrIQIgBUH/rOIESw0ACwsgAEEJSwRAIAJBAmsiAiAGQQZqaiAAIABB//8DcUHkAG4iAEHkAGxrQf//A3FBAXQvAKjKQDsAAAtBACAEIAAbRQRAIAJBAWsiAiAGQQZqaiAAQQF0LQCpykA6AAALAn8gBkEGaiACaiEHQQAhBEErQYCAxAAgASgCCCIDQYCAgAFxIgAbIQggA0GAgIAEcUVFIQoCQEEKIAJrIgsgAEEVdmoiACABLwEMIgVJBEACQAJAIANBgICACHFFBEAgBSAAayEFQQAhAAJAAkACQCADQR12QQNxQQFrDgMAAQACCyAFIQAMAQsgBUH+/wNxQQF2IQALIANB////AHEhCSABKAIEIQMgASgCACEBA0AgBEH//wNxIABB//8DcU8NAkEBIQIgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwECyABIAEpAggiDKdBgICA/3lxQbCAgIACcjYCCEEBIQIgASgCACIDIAEoAgQiCSAIIAoQjAENAyAFIABrQf//A3EhAANAIARB//8DcSAATw0CIARBAWohBCADQTAgCSgCEBEEAEUNAAsMAwtBASECIAEgAyAIIAoQjAENAiABIAcgCyADKAIMEQMADQJBACEEIAUgAGtB//8DcSEAA0AgBEH//wNxIgUgAEkhAiAAIAVNDQMgBEEBaiEEIAEgCSADKAIQEQQARQ0ACwwCCyADIAcgCyAJKAIMEQMADQEgASAMNwIIQQAMAgtBASECIAEoAgAiACABKAIEIgEgCCAKEIwBDQAgACAHIAsgASgCDBEDACECCyACCyAGQRBqJAALhgIBBn8jAEEQayIGJAAgBkEEaiACQQNuIgggAiAIQQNsR2pBAnQQhwEDQAJAIAIEQEEDIAIgAkEDTxsiCkEDdCEHIAEgCmohCEEAIQlBECEFA0AgBSAHakEQRgRAQQAhBUESIQEDQCAFQQRGDQQCQAJAIAIgBUkEQEE9IQcgBEUNAgwBCyADIAkgAUEecXZBP3FqLQAAIQcLIAZBBGogBxBRCyAFQQFqIQUgAUEaaiEBDAALAAUgAS0AACAFQRhxdCAJciEJIAVBCGshBSABQQFqIQEMAQsACwALIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEQaiQADwsgAiAKayECIAghAQwACwALhQIBCX8jAEEwayIEJAAgASgCCCEHIAEoAgQhCCABKAIAIgEoAgghCSABKAIEIQogBEEANgIMIARCgICAgBA3AgQDQCAEQRBqIAIgA0H7ABBDIAQoAhAiAQRAIAQoAhwhAiAEKAIYIQYgBEEEaiIFIAEgBCgCFBB7IARBIGoiCyAGIAJB/QAQQyAEKAIoIAQoAiwgBCAEKAIkQQAgBCgCICIBGzYCJCAEIAFBASABGzYCICAFIAggCiALQYynwAAQ2QEiBRsgByAJIAUbEHsgAiABGyEDIAYgARshAgwBCwsgBEEEaiACIAMQeyAAIAQoAgw2AgggACAEKQIENwIAIARBMGokAAvoAQEGfyMAQTBrIgMkACADQQA2AiwgAyABNgIkIAMgATYCHCADIAI2AiAgAyABIAJqNgIoIANBJGohBwJAA0AgAygCJCEFIAMoAighBiADQRBqIAcQQiADKAIUIghBgIDEAEYEQEEAIQIMAgsgAygCECECIAgQLw0ACyADKAIkIAYgBWsgAmpqIAMoAihrIQQLAkADQCADKAIkIQUgAygCKCEGIANBCGogBxAaIAMoAghBAUcNASADKAIMEC8NAAsgAygCLCAGIAVraiEECyAAIAQgAms2AgQgACABIAJqNgIAIANBMGokAAuQAwICfwF+IwBBMGsiAyQAAn8CQAJAAkACQAJAIAIOAgABAgsgA0EYaiABEGAgAygCGCIBQYCAgIB4Rg0CIAMpAhwhBSAAKAIAIgAQ2gEgACAFNwIEIAAgATYCAAwDCyADQRhqIAEQMyADKAIYIgFBgYCAgHhGDQEgAykCHCEFIAAoAgQiABDaASAAIAU3AgQgACABNgIADAILIANBGGohBCMAQSBrIgIkACACIAEQOQJAIAItAABFBEAgBEEHOgAADAELAkAgAi0AAUHuAEYEQCABQY6QwABBBBBxDQEgBEEHOgAADAILIAJBCGogARAIIAItAAhBBkcEQCAEIAIpAxg3AxAgBCACKQMQNwMIIAQgAikDCDcDAAwCCyAEQQc6AAAMAQsgBEEGOgAACyACQSBqJAAgAy0AGCIBQQdGDQAgAyADKQAoNwAQIAMgAykAITcACSADIAMpABk3AAEgAyABOgAAIAAoAgggAUEGRzoAACABQQZGDQEgAxCcAQwBC0EADAELQQELIANBMGokAAvOAQIBfgF/AkAgAiADSw0AIAEoAgQhBSABKAIAIQECQCACRQ0AIAIgBU8EQCACIAVGDQEMAgsgASACaiwAAEG/f0wNAQsCQCADRQ0AIAMgBU8EQCADIAVGDQEMAgsgASADaiwAAEFASA0BCyADIAJrIQMgASACaiECA0AgAwRAIAItAABBMGsiAUH/AXFBCk8EQEIAIQQMAwUgBEIKfiABrUL/AYN8IQQgA0EBayEDIAJBAWohAgwCCwALCyAAIAQ3AwhCASEECyAAIAQ3AwALqgIBBn8jAEEwayICJAACQAJ/IAEoAigiB0UEQCACQQhqIAEQHCACKAIMIQQgAigCCAwBCyABQQA2AiggASEFIwBBEGsiAyQAAkAgByIBRQ0AA0AgA0EIaiAFEBwgAygCCEUEQCABIQYMAgsgAUEBayIBDQALCyADQRBqJABBACAGDQAaIAJBEGogBRAcIAIoAhQhBCACKAIQCyIBBEAgAkEANgIkIAJCgICAgBA3AhwgAiABNgIoIAIgASAEajYCLANAAkAgAkEoahCEASIBQf4ARwRAIAFBgIDEAEcNASAAIAIoAiQ2AgggACACKQIcNwIADAQLQS9B/gAgAkEoahCEAUExRhshAQsgAkEcaiABEFEMAAsACyAAQYCAgIB4NgIACyACQTBqJAAL2AICAn8BfiMAQTBrIgMkAAJ/AkAgAkUEQCADQYCAgIB4NgIIIANBgICAgHg2AhQgAyADQRRqIgI2AiQgAyADQQhqIgQ2AiACQCABQfSqwABBAiADQSBqQYSrwAAQggFFBEAgAhDaASAEENoBDAELIAMoAggiAUGAgICAeEcNAiADQRRqENoBC0EADAILIAAoAgQiABCLASMAQRBrIgIkACACQQhqIAEQOQJ/QQIgAi0ACEUNABogAi0ACUHuAEYEQEEAQQIgAUGOkMAAQQQQcRsMAQsgAiAANgIMQQFBAiABQaCrwABBASACQQxqQairwAAQggEbCyACQRBqJABB/wFxQQJHDAELIAMgAykCFDcDICADIAMoAhw2AiggAykCDCEFIAAoAgAiABDRASAAIAU3AgQgACABNgIAIAAgAykDIDcCDCAAIAMoAig2AhRBAQsgA0EwaiQAC78BAQN/IAEoAgQiBCABKAIARgR/QQAFIAEgBEEBayICNgIEIAIsAAAiAkEASARAIAEgBEECayIDNgIEIAJBP3ECfyADLQAAIgPAIgJBQE4EQCADQR9xDAELIAEgBEEDayIDNgIEIAJBP3ECfyADLQAAIgPAIgJBQE4EQCADQQ9xDAELIAEgBEEEayIBNgIEIAJBP3EgAS0AAEEHcUEGdHILQQZ0cgtBBnRyIQILQQELIQEgACACNgIEIAAgATYCAAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAgBjYCAAvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEAwgBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC70BAQJ/IwBBQGoiBCQAIAQgAzYCDCAEIAI2AgggACgCBEEDdCEDIAAoAgAhAgJ/AkADQCADRQ0BIAIgBEEIahDZAUUEQCADQQhrIQMgBUEBaiEFIAJBCGohAgwBCwsgACgCCCABIAUgACgCDCgCEBEDAAwBCyAEQRBqIAEQCCAELQAQIgBBBkcEQCAEIAQpAyA3AzggBCAEKQMYNwMwIAQgBCkDEDcDKCAEQShqEJwBCyAAQQZHCyAEQUBrJAALhQICBX8BfiMAQSBrIgIkACACQYCAgIB4NgIIIAJBADoAFyACIAJBF2o2AhwgAiACQQhqIgM2AhgCQCABQdirwABBAiACQRhqQeirwAAQggFFBEAgAxDaAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECEgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDYAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJ4BIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABDHASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCbAUUNAAsLIANBIGokACAFC5sOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQPCAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQfiADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQhQEgAygCECEBIAMoAhQhBSADQQhqIAIQlAEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIACAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIREjAEHAAmsiCCQAIAhBIGogD6ciC0GIAfwKAAAgC0GQrsAAQYgB/AoAAAJAIAgpAyBCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQeeswAA2AgwgBkESNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUHIqsAAQQIgAkGoAWpB2KrAABCCAUUNACABEJYBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxD4AQwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEPgBIAJBgAFqENEBCwsgAkE4NgKIASACQfyrwAA2AoQBIAJBEjYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDXASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAVIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBADIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQbSswAA2AoQBIAJBEjYCgAFCASEQQgFSDQQgARDXASAPIBFXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxDuAQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASESIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxDuASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEPkBIABBEGokACABQRBqJAAgBiACKAIUNgIgIAYgAikCDDcCGCAGIBI3AjQgBiAKNgIwIAZBADYCLCAGQoCAgIDAADcCJCAGIBE3AxAgBiAPNwMIIAYgEDcDACAMENoBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBEjYCCAsgBkICNwMAIAJBDGoQ7gEgDBDaASACQRhqEPgBCyACQbABaiQAIAgpA6gBQgJRBEAgCCAIKALAATYCuAIgCCAIKQO4ATcDsAIgCCAIKQOwATcDqAIgCEEEaiAIQagCahCfAQwCCyAIQegBaiIAIAhBqAFqIgFBwAD8CgAAIAhBBGogCyABIBEQDyAAENIBDAELIAhBBGpB6a3AAEEmEHwLIAhBIGoQQSALIAhBBGoQOyAIQcACaiQAIANByABqENQBIANBOGoQzQEgA0HQAGokACAFQdAAaiQAC4wDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQdwJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAJBABCSASAGKAIIIQUgBigCDAwCCyAGKAIUIAMgBCACECwhBSACDAELIAYgBCACQQAQkgEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEEZFDQAgA0EIaiAAEDkgAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA5IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC/cBAQJ/IwBBMGsiBCQAIAQgARAIIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBMIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECEgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDYAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQPiIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEG4gBCkDECEFIAQpAwghBiAEQcwANgIQIARB7J7AADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDXAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuQEBAX8jAEFAaiIEJAACQCACIANLBEAgAEEGOgAADAELIARCADcCCCAEIAI2AgQgBCABNgIAIARBKGogBBAIIAQtACgiAUEGRgRAIABBBjoAAAwBCyAEIAQpADg3ACAgBCAEKQAxNwAZIAQgBCkAKTcAESAEIAE6ABAgBBCWAUUEQCAAQQY6AAAgBEEQahCcAQwBCyAAIAQpAyA3AxAgACAEKQMYNwMIIAAgBCkDEDcDAAsgBEFAayQAC8ABAgJ/AX4jAEEgayIDJAAgA0EUaiABKAIAIAJBARB5AkAgAygCFEUEQCAAQYCAgIB4NgIADAELIAMoAhgiAUUEQCAAQYCAgIB4NgIADAELIANBCGoiAiABIAMoAhwiBBBMIANBFGogASAEEAogAygCFCIBQYCAgIB4RgRAIABBgICAgHg2AgAgAhDuAQwBCyADKQIYIQUgACADKAIQNgIIIAAgAykCCDcCACAAIAU3AhAgACABNgIMCyADQSBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAugAQIBfwF+IwBBEGsiBSQAIAACfwJAAkACQCAErSABrX4iBkIgiKcNACAGpyIEQYCAgIB4IANrSw0AIAQNASAAIAM2AgggAEEANgIEQQAMAwsgAEEANgIEDAELIAVBCGogAyAEIAIQkgEgBSgCCCICBEAgACACNgIIIAAgATYCBEEADAILIAAgBDYCCCAAIAM2AgQLQQELNgIAIAVBEGokAAtdAQN/IwBBIGsiAiQAIAJBFGogAUEBQQRBBBAoIAIoAhghAyACKAIUQQFHBEAgAigCHCEEIAAgATYCCCAAIAQ2AgQgACADNgIAIAJBIGokAA8LIAMgAigCHBDYAQALnQEBBn8jAEEwayIDJAAgA0EMakEvIAEgAhBQIAMoAhAiBSADKAIYIgZqIQcgAygCDCEIIAMoAhwhAgJAA0ACQCADIAc2AiggAyAFIAIiBGo2AiwgAyADQShqEBogAygCAEEBRw0AIAMoAiwgAygCKGsgBmohAiADKAIEIAhGDQEMAgsLQQAhBAsgACAENgIEIAAgATYCACADQTBqJAALjgEBBH8jAEEQayIEJAAgBEEEaiADECkgASACakEBayEBQQAhAwNAIAIgA0ZFBEAgAS0AACEGIARBBGogA0ECdkGQjMAAEK4BIgcgBygCACAGIAVBGHF0cjYCACAFQQhqIQUgAUEBayEBIANBAWohAwwBCwsgACAEKAIMNgIIIAAgBCkCBDcCACAEQRBqJAALiwEBAn8jAEEQayIEJAAgBEEIaiADIAIQigECQAJAIAQoAghBAUcNACAEKAIMIAQgASACEIoBIAQoAgBBAUcNACAEKAIESw0AIAAhBQwBCyADIAIQDSIFRQRAQQAhBQwBCyADIAEgASADSxsiAwRAIAUgACAD/AoAAAsgACABIAIQXgsgBEEQaiQAIAULfwEFfyMAQRBrIgIkAEEEIQUDQAJAIAVFBEBBASEGDAELIAJBCGogARBqIAItAAhFDQAgAi0ACSIDQcEAa0FfcUEKaiADQTBrIANBOUsbIgNBD0sNACAFQQFrIQUgAyAEQQR0ciEEDAELCyAAIAQ2AgQgACAGNgIAIAJBEGokAAuNAQEEfyAAQUBrIQYDQCAAKAJgIgQgAkHAAElyRQRAIAYgARAEIAJBQGohAiABQUBrIQEMAQsLA0ACQCACIANHBEAgACAEQQFqIgU2AmAgACAEQT9xaiABIANqLQAAOgAAIAVBwABHDQEgBiAAEARBACEFIABBADYCYAwBCw8LIANBAWohAyAFIQQMAAsAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCoyEAhAQwBCyAAQf8BcS0AqMhAQQJxQQF2IQELIAFBAXELsDUCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABB+IA4oAgghACAOKAIMIQEgDiACKAIQKAIAIAIoAhQoAgAQfiAOKAIAIQUgDigCBCEGIA4gATYCFCAOIAA2AhAgDiAGNgIcIA4gBTYCGCAKQRBqIRAjAEHgAWsiByQAIwBBEGsiBCQAIAQgATYCDCAEIAA2AghBtH8hAwNAIAMiAkG4C0cEQCACQYwBaiEDIAJB3LnAAGogBEEIahDZAUUNAQsLIARBEGokACAHQSxqIgMgBSAGQX8QNyAHIAJBuAtHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQUgBygCPCEDIwBB4AJrIgQkACAEIAE2AnggBCAANgJ0IAQgAjYCgAEgBCADNgJ8IARB6ABqIARB/ABqQcCiwABBCxBKIAQoAmgiAgR/IAQoAmwhAyACQQAgBEH0AGpBgKfAABDZARsFQQALIQYjAEEQayICJAAgAiAANgIAIAIgATYCBCACIANBBCAGGyABIAJBgKfAABDZASIBGzYCDCACIAZB+qbAACAGGyAAIAEbNgIIQQAhAEEAIQYCQANAIAZBhAxGDQECQCAGQZC5wABqIAIQ2QEEQCAGQYi5wABqIAJBCGoQ2QENAQsgBkGMAWohBgwBCwsgBkHQuMAAaiEACyACQRBqJAAgBEHSADYC4AEgBEHLosAANgLcASAEQQs2AtgBIARBwKLAADYC1AEgBEEVNgLQAQJAIAAiAUUEQCAFIARB2AFqIgAoAgg2AhQgBSAAKQIANwIMIAVBwKLAADYCCCAFQoOAgIDQAjcDAAwBCyAEQdABahDXASAEQeAAaiAEQfwAakGdo8AAQQoQeAJAIAQoAmAiAARAIAQoAmQiAg0BCyAFQQo2AgwgBUGdo8AANgIIIAVCg4CAgMACNwMADAELIARBhAFqIAAgAhBMIARB2ABqIARB/ABqQaejwABBGBBKAkACQCAEKAJYIgBFBEBCkBwhGAwBCwJAIAQoAlwiBkEFSw0AA0AgBgRAIAAtAABBMGsiAkH/AXFBCUsNAiAYQgp+IAKtQv8Bg3whGCAGQQFrIQYgAEEBaiEADAELCyAYQgF9QoCjBVQNAQsgBUEiNgIUIAVB2KbAADYCECAFQRg2AgwgBUGno8AANgIIIAVCg4CAgNACNwMADAELIARB0AFqIARB/ABqQb+jwABBGkEBEA4gBC0A1AEhFCAEKALQASIAQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgFDoACCAFIAA2AgQgBUEDNgIADAELIARB0ABqIARB/ABqQdmjwABBFhBKAn8CQCAEKAJQIgAEQCAAIAQoAlQiAkHvo8AAQQEQwgFFDQELIARBgICAgHg2ApABQQEMAQsgBEGoAWogACACEKABIAQgBCgCqAE2AtgBIAQgBCgCrAEiADYC1AEgBCAANgLQASAEIAAgBCgCsAFBA3RqNgLcASMAQSBrIgAkACAAQQhqIARB0AFqIgMoAgwgAygCBGtBA3ZBBEEMEF8gAEEANgIcIAAgACkDCDcCFCMAQRBrIgwkACAAQRRqIgIgAygCDCADKAIEa0EDdhC3ASACKQIEIRcgDCACQQhqNgIEIAwgF0IgiTcCCCMAQRBrIgIkACACIAMpAgg3AwggAiADKQIANwMAIwBBIGsiBiQAIAxBBGoiCSgCCCAJKAIEIghBDGxqIQ8gAigCBCEDIAIoAgwhDQNAIAMgDUcEQCADQQRqKAIAIQsgAygCACERIAIgA0EIaiIDNgIEIAZBCGogESALECogBkEUaiAGKAIIIAYoAgwQTCAPIAYoAhw2AgggDyAGKQIUNwIAIA9BDGohDyAIQQFqIQgMAQsLIAkoAgAgCDYCACACELIBIAZBIGokACACQRBqJAAgDEEQaiQAIARBkAFqIgIgACgCHDYCCCACIAApAhQ3AgAgAEEgaiQAIAQoApABQYCAgIB4RgshAAJAAkACQAJAAkACQAJAAkBBqaDAACABKAJ4IhUgASgCfCIWEH1BACAAG0UEQCAEQcgAaiAEQfwAakHwo8AAQQ0QSgJAAkAgBCgCSCIABEAgBEGoAWogACAEKAJMQX8QN0EwIQAgBEEwNgLgAUGKqMAAIQYgBEGKqMAANgLcASAEQQ02AtgBIARB8KPAADYC1AEgBEEVNgLQASAEKAKoASIDQYCAgIB4Rg0KIAQoAqwBIQAgBCgCsAEhAiAEQdABahDXASAEIAI2AvwBIAQgADYC+AEgBCADNgL0ASACQRBLDQEgBEEANgKIAiAEQoCAgIDAADcCgAIgBCAAIAJBKGxqIgY2ApgCIAQgAzYClAIgBCAANgKQAiAEIAA2AowCIARB1AFqIQ8gBEG0AWohDSAEQagCakEEciEMAkADQCAAIAZGDQQgBCAAQShqNgKQAiAEIAApAgw3A9ABIAQgACkCFDcD2AEgBCAAKQIcNwPgASAEIAAoAiQ2AugBIAAoAgAiAkGAgICAeEYNBCAEIAApAgQiFzcCoAIgBCACNgKcAiAEIA8pAhA3A7gCIAQgDykCCDcDsAIgBCAPKQIANwOoAiAEIBc3AqgBIARBqAFqQbyowABBCBBUBEBBwgAhAEHnqcAAIQYMCAtBLCEAQbupwAAhBiAXQiCIpyICQcEAa0FASQ0HIAQgF6ciAzYCqAEgBCACIANqNgKsASAEQagBaiIIKAIAIQIgCCgCBCEJA0AgCSACIgNHBEAgCCACQQFqIgI2AgAgAy0AACILQd8ARiALQTprQf8BcUH1AUtyIAtB3wFxQdsAa0H/AXFB5QFLcg0BCwsgAyAJRw0HAkACQAJAAkAgBC0AqAJBA2sOAgABAwsgBCAMKAIINgLYAiAEIAwpAgA3A9ACQQRBDBDMASIAIAQoAtgCNgIIIAAgBCkD0AI3AgBBASEDIARBATYCzAIgBCAANgLIAiAEQQE2AsQCQQAhCEEBIQYMAQsgBCgCtAIhAiAEKAKwAiEAIAQgBCgCrAI2ArABIAQgADYCrAEgBCAANgKoASAEIAAgAkEYbGo2ArQBIARBxAJqIQYjAEEwayIAJAAgAEEUaiAEQagBaiICEGYCQCAAKAIUQYCAgIB4RwRAIABBBEEEQQwQXyAAKAIAIQggACgCBCIDIAAoAhw2AgggAyAAKQIUNwIAIABBATYCECAAIAM2AgwgACAINgIIIAAgAikCCDcDKCAAIAIpAgA3AyAgAEEIaiECIABBIGohCCMAQRBrIgMkAANAAkAgA0EEaiAIEGYgAygCBEGAgICAeEYNACACKAIIIgkgAigCAEYEQCACQQEQtwELIAIoAgQgCUEMbGoiCyADKAIMNgIIIAsgAykCBDcCACACIAlBAWo2AggMAQsLIAgQVSADQRBqJAAgBiAAKAIQNgIIIAYgACkCCDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgAgAhBVCyAAQTBqJABBASEIQQAhAyAEKALMAiIGQQVrQXxJDQMgBCgCyAIhAAsgBkEMbCEGA0AgBgRAIAZBDGshBiAAKAIIIQkgACgCBCELIABBDGohAEEAIQJBACERAkAgCUGBAmtBgH5JDQAgCy0AAEEvRw0AA0AgAiAJRiIRDQEgAiALaiESIAJBAWohAiASLQAAQf4ARw0AIAIgCU8NASASQQFqLQAAQf4BcUEwRg0ACwsgEQ0BDAQLCyANIAQpAsQCNwIAIA0gBCgCzAI2AgggBCAEKAKkAjYCsAEgBCAEKQKcAjcDqAEgBCgCiAIiACAEKAKAAkYEQCAEQYACahB1CyAEKAKEAiAAQRhsaiICIAQpA6gBNwIAIAIgBCkDuAE3AhAgAiAEKQOwATcCCCAEIABBAWo2AogCIAQtAKgCQQNrQf8BcUECTwRAIARBqAJqEJwBCyAEKAKQAiEAIAQoApgCIQYMAQsLIARBADYCzAIgBEKAgICAwAA3AsQCQQEhA0EBIQgLIARBxAJqEPQBQfyowAAhBkE/IQACQAJAIAQtAKgCQQNrDgIBAAgLIAMNCQwKCyAIRQ0JDAcLIARBADYCpAEgBEKAgICAwAA3ApwBDAMLIARB9AFqEO8BQamqwAAhBkEWIQAMCAsgBEGMAmoQVyAEIAQoAogCNgKkASAEIAQpAoACNwKcAQwBCyAFQcQANgIUIAVBlKbAADYCECAFQRY2AgwgBUHZo8AANgIIIAVCg4CAgNACNwMADAcLIARBQGsgBEH8AGogASgCUCIMIAEoAlQiDxBKAkACQCAEKAJAIgAEQCAEKAJEIQYMAQsgASgCECIABEAgASgCFCEGDAELIAUgDzYCDCAFIAw2AgggBUKDgICAwAI3AwAMAQsCQCABLQCJAUUEQCABLQCIAUUEQCAEQYACaiAAIAYQTAwCCyAEQYACaiAAIAYQfwwBCyAEQYACaiAAIAYQTAsCQAJAIAEtAIgBRQ0AIAQoAoQCIAQoAogCEAINACAFQTI2AhQgBUHYp8AANgIQIAUgDzYCDCAFIAw2AgggBUKDgICA0AI3AwAMAQsCfwJAAkAgAS0AiwFFBEAgBEGAgICAeDYCqAEMAQsgBEE4aiAEQfwAakH9o8AAQQ8QSgJAIAQoAjgiAARAIARBjAJqIAAgBCgCPBB/DAELIAQoAoQCIAQoAogCQYykwABBDRDLAUUEQCAEQYwCakGZpMAAQRcQTAwBCyAEQYwCakGwpMAAQRYQTAsgBCgCkAIgBCgClAIQAkUEQCAFQTI2AhQgBUHYp8AANgIQIAVBDzYCDCAFQf2jwAA2AgggBUKDgICA0AI3AwAgBEGMAmoQ7gEMBAsgBEEwaiAEQfwAakHGpMAAQQ0QSiAEQagCaiAEKAIwIAQoAjQQ0AEgBEHQAWoiACAEQYACahBaIAQgBCgCsAI2AvABIAQgBCkCqAI3AugBIAQgBCkCjAI3AtwBIAQgBCgClAI2AuQBIARBqAFqIABBJPwKAAAgBCgCqAFBgICAgHhHDQELQQAhAEEBDAELIAQoArwBIQAgBCgCuAELIQIgBCAANgKkAiAEIAI2AqACIAQgBEGAAmo2ApwCAkACQCABKAIYIgBFDQAgBEEoaiAEQfwAaiAAIAEoAhwQSiAEKAIoIgBFDQAgBEGoAmogACAEKAIsEKABIAQgBCgCqAI2AtgBIAQgBCgCrAIiADYC1AEgBCAANgLQASAEIAAgBCgCsAJBA3RqNgLcASMAQSBrIgMkACADQQhqIARB0AFqIgAoAgwgACgCBGtBA3ZBBEEMEF8gA0EANgIcIAMgAykDCDcCFCMAQRBrIgkkACADQRRqIgIgACgCDCAAKAIEa0EDdhC3ASACKQIEIRcgCSACQQhqNgIEIAkgF0IgiTcCCCMAQRBrIgYkACAGIAApAgg3AwggBiAAKQIANwMAIwBBEGsiDSQAIAlBBGoiCygCCCALKAIEIghBDGxqIQAgBigCBCECIAYoAgwhEQNAIAIgEUcEQCACQQRqKAIAIRIgAigCACETIAYgAkEIaiICNgIEIA1BBGogEyASEH8gACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBhCyASANQRBqJAAgBkEQaiQAIAlBEGokACAEQcQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYC0AEgBCAAIAEoAlxBA3RqNgLUASAEIARBnAJqNgLYASAEQcQCaiAEQdABahBSCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARB/ABqIAAgAhBKIAQoAiAiA0UNACAEQagCaiADIAQoAiQQoAEgBCAEKAKoAjYC2AEgBCAEKAKsAiIANgLUASAEIAA2AtABIAQgACAEKAKwAkEDdGo2AtwBIwBBIGsiAyQAIANBCGogBEHQAWoiACgCDCAAKAIEa0EDdkEEQQwQXyADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELcBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBiQAIAYgACkCCDcDCCAGIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAGKAIEIQIgBigCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRMgBiACQQhqIgI2AgQgDUEEaiATIBIQTCAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAGELIBIA1BEGokACAGQRBqJAAgCUEQaiQAIARB0AJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIoBDQEgBCABKAJoIgA2AtABIAQgACABKAJsQQN0ajYC1AEgBCAEQZwCajYC2AEgBEHQAmogBEHQAWoQUgsgBEEYaiAEQfwAaiABKAJgIgIgASgCZCIDEEogBCgCGCIARQ0BIARBqAJqIgYgACAEKAIcIggQ6gEgBC0AqAJBBkYNAyAEIAQpA7gCNwPgASAEIAQpA7ACNwPYASAEIAQpA6gCNwPQASAGQauRwABBBBB0IgZFDQIgBi0AACAEQdABahCcAUEERw0DIARBkAJqIAAgCBBMIARBADYCjAIMBgsgBUKDgICAwAI3AwAgBSACIA8gABs2AgwgBSAAIAwgABs2AggMBwsgASgCICIARQ0DIARBEGogBEH8AGogACABKAIkIgMQSiAEKAIQIgJFDQMgAiAEKAIUIgYQAg0CIAVBMjYCFCAFQdinwAA2AhAgBSADNgIMIAUgADYCCCAFQoOAgIDQAjcDAAwFCyAEQdABahCcAQsgBUHEADYCFCAFQdOkwAA2AhAgBSADNgIMIAUgAjYCCCAFQoOAgIDQAjcDAAwDCyAEQZACaiACIAYQTCAEQQE2AowCDAELIAEoAigiAARAIARB0AFqIgIgBEGcAmogACABKAIsEBQgAS0AiwEhACAEKALUASAEKALYARACRQRAIAVBMjYCFCAFQdinwAA2AhAgBUKDgICA0AI3AwAgBUEPIA8gAEEBcSIAGzYCDCAFQf2jwAAgDCAAGzYCCCACEO4BDAMLIAQgBCgC2AE2ApgCIAQgBCkC0AE3ApACIARBATYCjAIMAQsgBEEIaiAEKAKEAiAEKAKIAhAqIARBITYC3AEgBEGXpcAANgLYASAEIAQpAwg3AtABIARBkAJqIARB0AFqQQIQRyAEQQI2AowCCyAEIARB/ABqQbilwABBDhBKQQEhBgJAAkAgBCgCACIARQRAQQEhAgwBCyAEKAIEIQNBASECQZCgwAAgFSAWEH1FDQAgBEHQAWogACADEKABAkAgBCgC2AEiAkUNACACQQN0IQZBACEAIAQoAtQBIQMDQCAAIAZHBEAgACADaiIIQcilwAAQ1QEEQCAIQdClwAAQ1QENAwsgAEEIaiEADAELC0HIpcAAIAMgAhBUIQZB0KXAACAEKALUASAEKALYARBUIQIgBEHQAWoQ9gEMAQsgBUEnNgIUIAVB7aXAADYCECAFQQ42AgwgBUG4pcAANgIIIAVCg4CAgNACNwMAIARB0AFqEPYBDAELIARB0AFqIARB/ABqQdilwABBFUEAEA4gBC0A1AEhACAEKALQASIDQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgADoACCAFIAM2AgQgBUEDNgIADAELIAUgBCgCjAE2AiAgBSAEKQKEATcCGCAFIAQpAsQCNwIkIAUgBCgCzAI2AiwgBSAEKQLQAjcCMCAFIAQoAtgCNgI4IAUgBCkCjAI3AgAgBSAEKQKUAjcCCCAFIAQoApgBNgJQIAUgBCkCkAE3AkggBUHUAGogBEGoAWpBJPwKAAAgBSAAOgB/IAUgFDoAfiAFIAI6AH0gBSAGOgB8IAUgATYCeCAFIBg3AxAgBSAEKAKkATYCRCAFIAQpApwBNwI8IARBgAJqEO4BDA0LIARBkAJqEO4BCyAEQdACahD0AQsgBEHEAmoQ9AEgBEGoAWoQtAELIARBgAJqEO4BCyAEQZwBahD3AQwGCyAELQCoAkEDaw4CAQIACyAEQagCahCcAQwCCyAMEO4BDAELIAwQ8wELIARBnAJqEO4BIARBjAJqEFcgBEGAAmoQ9wELIAUgADYCFCAFIAY2AhAgBUENNgIMIAVB8KPAADYCCCAFQoOAgIDQAjcDAAsgBEGQAWoQ3wELIARBhAFqEO4BCyAEQeACaiQAAn8gBygCYEEDRwRAQQhBiAEQzAEiAEKBgICAEDcDACAAQQhqIAVBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EWRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGkkcAAQQcQfAwDCyAHQQxqQZSRwABBEBB8IAcoAixBgICAgHhGDQIgAxDvAQwCCyAHQQxqIAdByABqEIYBCyAHQThqEO8BCyAQIAcoAiQ2AhggECAHKQIcNwIQIBAgBykCFDcCCCAQIAcpAgw3AgAgB0HgAWokACAOQRhqENQBIA5BEGoQ1AEgDkEgaiQAIwBBIGsiACQAIABBADYCACAAIBApAgA3AgQgACAQKQIINwIMIAAgECkCEDcCFCAAIBAoAhg2AhxBBEEoEMwBIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggASAAKQIYNwIgIABBIGokACAKQdAAaiQAIAFBCGoLjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBgIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAENoBDAELIANBBGogARAzIAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAENoBCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxA+IgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQFSAEKAIMDQILIABBKzYCCCAAQe6wwAA2AgQgAEEBNgIADAILIABCFjcCAAwBCyAEIAIgARAVIAAgBCkDADcCBCAAQRY2AgALIARBEGokAAuiAQEBfyMAQRBrIgIkACACIAEQOQJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUGOkMAAQQQQcQ0BIABBgYCAgHg2AgAMAgsgAkEEaiABEGAgAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC8ApAh1/A34jAEFAaiIOJAAgDiACNgIMIA4gATYCCCAOIAM5AxAgDiAANgI4IA4gDkE/aiIANgI0IA4gADYCMCAOIAA2AiwgDiAOQRBqNgIoIA4gADYCJCAOIAA2AiAgDiAOQQxqNgIcIA4gDkEIajYCGCMAQdAAayIKJAAgCkEYaiAOQRhqIgAoAiAQPCAKQSRqIAAoAgAoAgAgACgCBCgCABBNAkAgCigCGARAIAooAiRBgYCAgHhHDQELIApBEGogCkEkahCNASAKKAIQIQEgCigCFCECIApBCGogCkEYahCUASAKKAIIIgAgASAAGyIBQQEgARsgCigCDCACIAAbQQAgARsQgAIACyAKIAopAiQ3A0AgCiAKKAIsNgJIIAAoAhArAwAgCiAKKAIgNgI4IAogCikCGCIiNwMwIwBBEGsiFCQAIBRBCGogCkFAayIaEMgBIBQoAgghASAUKAIMIQf8BiEjIwBBoANrIgUkAAJAICKnIhAoAqABIgBFDQAgACgCCA0AIAAoAhQhBiAAKAIQIQQLAkACQAJAAkACQAJAAkAgECkDAEIEUQRAAkAgBCABIAQbIggEQCAFQfgBaiECIBAoAkwhDSAQKAJQIQkgEC0AbCELIwBBwAFrIgAkAEGAgICAeCEBAkAgBiAHIAQbIgZBgIAQSw0AIABCADcCWCAAIAY2AlQgACAINgJQIABBgICAgHg2ApgBIAAgAEGYAWo2AoABAkAgAEHQAGoiBkGwkcAAQQEgAEGAAWpBuJHAABCCAUUNACAGEJYBRQ0AIAApApwBISEgACgCmAEhAQwBCyAAQZgBahDeAQsgAEEpNgJYIABB4JHAADYCVCAAQRI2AlACQCABQYCAgIB4RgRAIAApAlghISACIAAoAmA2AhQgAiAhNwIMIAJB4JHAADYCCCACQoKAgICoAjcCAAwBCyAAQdAAahDXASAAIAE2AhQgACAhNwIYICFCIIinQRhsIQEgIachBgJAAkACQANAIAFFDQEgAEEIaiAGQcSIwABBAxB0EHAgACAAKQMINwKYASAAIAk2AlQgACANNgJQIAFBGGshASAGQRhqIQYgAEGYAWoiDCAAQdAAaiIEEJsBRQ0ACyAAIAZBGGs2AjggBCAAQThqIgZBiZLAAEEDEHkCQAJAIAAoAlBFDQAgACgCWCEHIAAoAlQhASAEIAZBwYjAAEEDEHkgACgCUEUNACAAKAJYIQ0gACgCVCEIIAQgBkGMksAAQQMQeSAAKAJQRQ0AIAAoAlghCSAAKAJUIQYgCARAIAAgDTYCnAEgACAINgKYASAAQQU2AlQgACALEOMBNgJQIAwgBBDZAUUNAQsgBgRAIAAgCTYCVCAAIAY2AlAgAEHQAGpBsJLAABDZAUUNAQsgACAAQThqIgY2AjwCQCALQQJGBEAgAUUNAiABIAdBj5LAAEECEMIBRQ0CIABB0ABqIgEgBkGRksAAQQMQeSAAKAJQRQ0CIAAgACkCVDcCmAEgAEGYAWoiBkGcksAAEJsBRQ0CIAEgAEE8aiIEQaSSwAAQJiAAKAJQIgdBgICAgHhGDQIgACAAKAJkNgKsASAAIAApAlw3AqQBIAAgACkCVDcCnAEgACAHNgKYASABIARBpZLAABAmIAAoAlAiAUGAgICAeEYEQCAGEOgBDAMLIAApAlQhISAAIAAoAmQ2AogBIAAgACkCXDcDgAEgACAAKQKYATcDsAEgACAAKAKgATYCuAEgACAAKAKsASIGNgJIIAAgACkCpAE3A0ACQAJAIAZBIEYEQCAAKAKIASAAIAAoArgBNgJcIAAgACkDsAE3AlQgACAhNwJkIAAgATYCYEGAgICAeCEEIABBgICAgHg2AlBBIEcNASAAIABB1ABqIgEpAhA3AzAgACABKQIINwMoIAAgASkCADcDIAwCCyAAIAAoArgBNgJcIAAgACkDsAE3AlQgACAhNwJkIAAgATYCYCAAQYCAgIB4NgJQCyAAQdAAahCvAUGBgICAeCEECyAAQYABahDuASAAQUBrEO4BDAELIAFFDQEgASAHQaaSwABBAxDCAUUNASAAQZgBaiIBIABBPGoiBkGpksAAECYgACgCmAEiBEGAgICAeEYNASAAIAAoAqwBNgKUASAAIAApAqQBNwKMASAAIAApApwBNwKEASAAIAQ2AoABIAEgBkGqksAAECYgACgCmAEiAUGAgICAeEYEQCAAQYABahDoAQwCCyAAIAAoAqwBIgc2AnwgACAAKQKkASIhNwJ0IAAgACkCnAE3AmwgACAAKQKIATcDWCAAIAApApABIiI3A2AgACAAKQKAATcDUCAAIAE2AmggACgCXCEEIAAoAnghCCAAKAJkIQ0gAEHQAGoQ7gEgAEHoAGoQ7gFBgBAgDUEDdGshBiAhpyEPICKnIQxBACEJQQAhAQJAA0AgASANRg0BIAEgDGoiEy0AAEUEQCAGQQhqIQYgAUEBaiEBDAELCyAHRUEAIBMtAABnQRhrQf8BcSAGamtBgBBLcg0AIAgtAABCACEhQQAhAQNAIAEgCGotAAAiCa1C/wGDICFCCIaEISEgByABQQFqIgFHDQALRQRAQQAhCQwBCyAHQQVJICFCAlZxIAlxIQkLIAAgBzYCZCAAIAg2AmAgACAPNgJcIAAgDTYCWCAAIAw2AlQgACAENgJQIAAgCzoAaCAJRQRAIABB0ABqEK8BQYGAgIB4IQQMAQsgACAAQdQAaiIBKQIQNwMwIAAgASkCCDcDKCAAIAEpAgA3AyALIARBgYCAgHhHDQELIABBBjYCmAEMAgsgACAAKQMwNwNgIAAgACkDKDcDWCAAIAApAyA3A1AgAEEGNgKYASAEQYKAgIB4Rg0BIAIgBDYCACACIAApA1A3AgQgAiAAKQNYNwIMIAIgACkDYDcCFCAAQZgBahDXAQwCCyACQYGAgIB4NgIAIABBFGoQ8wEMAgsgAiAAKAKoATYCFCACIAApAqABNwIMIAIgACkCmAE3AgQgAkGCgICAeDYCAAsgAEEUahDzAQsgAEHAAWokACAFKAL4AUGCgICAeEcNASAFQQxqIAVB/AFqEIYBDAMLIAVBDGpB6a3AAEEmEHwMAgsgBSAFKAKQAjYCJCAFIAUpAogCNwIcIAUgBSkCgAI3AhQgBSAFKQL4ASIhNwIMIAVBADYCCCAFQQxqIQ0gIaciAEGBgICAeEYNBiAAQYCAgIB4RwRAIAUtACRFDQMLIAUgDSgCGDYCaCAFIA0pAhA3A2AgBSANKQIINwNYIAUgDSkCADcDUCAFQfAAaiAQQYgB/AoAACAQQZCuwABBiAH8CgAAIAUpA3BCBFINAyAFQfgBaiIAIAVB+ABqQegA/AoAACAFIA0oAhg2AvgCIAUgDSkCEDcD8AIgBSANKQIINwPoAiAFIA0pAgA3A+ACIBAQQSAQIABBiAH8CgAAIAVB4AFqENoBDAcLIAVBDGpB6a3AAEEmEHwLIAUgBSgCJDYCmAMgBSAFKQIcNwOQAyAFIAUpAhQ3A4gDIAUgBSkCDDcDgAMgECAFQYADahA7DAULIAUgDSgCCDYCMCAFIA0pAgA3AyggBSAFKAIgNgJYIAUgBSkCGDcDUCAFQfgBaiAQQYgB/AoAACAQQZCuwABBiAH8CgAAAkACQAJAIAUpA/gBQgRRBEAgBSgCLCEEIAUoAjAhByAFKAJUIQEgBSgCWCECIAUoAtACIRsgBSgC1AIhHCAFKALcAiEGIAUoAuACIQAjAEFAaiILJAAgCyAEIAcQSEEAIQQCQCAAIAsoAgRHDQAgC0EIaiETIAsoAgAhByMAQZABayIEJAAgBEEoaiAHIAAQSCAEQTRqIgggBCgCKCAEKAIsIhUgFUECdiAVQQNxQQBHaiIJECsCQAJAAkAgBCgCPEECSQ0AQQEhByAIQQBBgI/AABCuAS0AAEEBcUUNAEEFIQgDQCAIBEAgCEEBayEIQQIgBEE0akEAQZCPwAAQrgEoAgAgB2xrIAdsIQcMAQsLIAQoAjQiCEGAgICAeEYNASAEIAQpAjg3AjggBCAINgI0IARBACAHazYCQAJAAkACQCAAIBVNBEAgBEHEAGoiByAGIAAgCRArIAQoAkggBCgCTCAEKAI4IAQoAjwQQEUEQCATQYCAgIB4NgIAIAcQ8AEMAgsgBEHQAGogCUECahApIAQoAkwhHSAEKAJIIR4gBCgCVCEGIAQoAlghFiAEQTRqIAQoAjwiDEEBa0HAjcAAEK4BKAIAIQggDEEFdCIPIQcDQCAHQQFxIAdBwQBJckUEQCASQQFqIRIgB0EBdiEHDAELCyAEQYQBaiIRIAwQKSARIA8gCGciCEF/cyIRakEFdkHQjcAAEK4BQQEgEXQ2AgAgByAIakEBaiEfIAQoAowBIhFBAnQhICAEKAI4IRkgBCgCiAEhDwNAAkACQCAXIB9HBEBBACEHQQAhCANAIAcgIEYNAiAHIA9qIhggCCAYKAIAIhhBAXRyNgIAIAdBBGohByAYQR92IQgMAAsACwNAIBJFDQIgBEE0aiAPIBEgDyARIAYgFhAGIAwgFksNByAPIBEgBiAMQfCNwAAQlwEgEkEBayESDAALAAsgF0EBaiEXIAhFBEAgDyARIBkgDBBADQILIA8gESAZIAwQVgwBCwsgBCAEKAKMASIHNgKAASAEIAQpAoQBNwN4IARBNGogHiAdIAQoAnwgByAGIBYQBiAEQfgAahDwASAEQSBqIARB0ABqIAlBsIzAABCnASAEQdwAaiAEKAIgIAQoAiQQSSAEQYCAgIB4NgJoIARBGGogASACEEggBCgCGCIIIAQoAhxqIQEMAgsgE0GAgICAeDYCAAsgBEE0ahDwAQwECwNAAkAgASAIRwRAQQchBwNAIAdBf0YNAgJAIAQoAmhBgICAgHhHBEAgBEE0aiICIAQoAmwiDCAEKAJwIg8gDCAPIAYgBCgCWBAGIAQoAnAhDCAEKAJsIARBEGogBEHQAGoiEiAJQfCMwAAQpwEgDCAEKAIQIAQoAhRBgI3AABCXASAILQAAIAdBB3F2QQFxRQ0BIAIgBCgCbCAEKAJwIAQoAmAgBCgCZCAGIAQoAlgQBiAEKAJwIQIgBCgCbCAEQQhqIBIgCUGQjcAAEKcBIAIgBCgCCCAEKAIMQaCNwAAQlwEMAQsgCC0AACAHQQdxdkEBcUUNACAEQYQBaiAEQdwAaiICKAIEIAIoAggQSSAEQegAahDcASAEIAQoAowBNgJwIAQgBCkChAE3A2gLIAdBAWshBwwACwALIARB+ABqIgEgCRApIAFBAEHAjMAAEK4BQQE2AgACQCAEKAJoQYCAgIB4RwRAIARBNGogBCgCbCAEKAJwIAQoAnwgBCgCgAEgBiAEKAJYEAYMAQsgBCAJIAYgBCgCWEHQjMAAELABIAQoAgAgBCgCBCAEKAJ8IAQoAoABQeCMwAAQlwELIAQgFTYCjAEgBEEANgKIASAEIARB0ABqIgw2AoQBIwBBIGsiASQAIAFBCGogBEGEAWoiBigCCCICIAYoAgRrIgdBACACIAdPG0EBQQEQXyABQQA2AhwgASABKQMINwIUIwBBEGsiCCQAIAFBFGoiAiAGKAIIIgcgBigCBGsiCUEAIAcgCU8bELgBIAIpAgQhISAIIAJBCGo2AgQgCCAhQiCJNwIIIwBBEGsiAiQAIAYoAgghByAGKAIEIQ8gAiAIQQRqIgkpAgA3AwAgAiAJKAIINgIIIAIgBigCADYCDCAHQQN0QQhrIQkgAigCBCEGIAIoAgghEiACKAIMIREDQCAHIA9LBEAgBiASaiARIAdBAWsiB0ECdkGwjcAAEK4BKAIAIAlBGHF2OgAAIAlBCGshCSAGQQFqIQYMAQsLIAIoAgAgBjYCACACQRBqJAAgCEEQaiQAIBMgASgCHDYCCCATIAEpAhQ3AgAgAUEgaiQAIARB+ABqEPABIARB6ABqENwBIARB3ABqEPABIAwQ8AEgBEHEAGoQ8AEgBEE0ahDwAQwFCyAIQQFqIQgMAAsAC0EAIAwgFkHgjcAAEBEACyAEQTRqEPABCyATQYCAgIB4NgIACyAEQZABaiQAIAtBFGohAiMAQUBqIgEkAAJAAkACQCAAQT5PBEAjAEEgayIEJAAgBEEIaiAAQQFBARBfIAQoAgghByABQQxqIgYgBCgCDCIINgIEIAYgBzYCACAABEAgCEH/ASAA/AsACyAGIAA2AgggBEEgaiQAIAZBAEGci8AAELMBQQA6AAAgBkEBQayLwAAQswFBAToAACAGIABBNGtBvIvAABCzAUEAOgAAIABBM2shBiABKAIUIgQgAEEgayIASQ0CIAYgASgCECIHakETQdyLwABBE0Hwi8AAEKwBIAEgHDYCPCABIBs2AjggAUEYaiIGIAFBOGpBARAHIAAgB2ogBCAAayAGQSBBgIzAABCsASACIAEoAhQ2AgggAiABKQIMNwIADAELIAJBgICAgHg2AgALIAFBQGskAAwBCyAGIAAgBEHMi8AAEBEACyALKAIIQYCAgIB4RiIARSALKAIUIgFBgICAgHhHcUUEQEEAIQQgAAR/IAEFIBMQ7gEgCygCFAtBgICAgHhGDQEgAhDuAQwBCyALIAsoAhA2AiggCyALKQIINwMgIAsgAigCCDYCOCALIAIpAgA3AzAgC0EIaiACEK0BIQQgC0EwahDuASALQSBqEO4BCyALQUBrJAAgBA0CIAVBBzYCcCAFQTRqIAVB8ABqEJ8BDAELIAVBNGpB6a3AAEEmEHwLIAUpA/gBQgRSDQEgBUGAAmoQyQEMAwsgBUHwAGoiACAFQYACakHoAPwKAAAgBUE0aiAQIAAgIxAPIAAQyQEgBSkD+AFCBFENAgsgBUH4AWoQQQwCCyAFQfAAahBBIAVB0ABqEK8BDAMLIAVB6AJqENoBCyAQIAVBNGoQOyAFQdAAahDuASAFQShqEO4BCyAFKAIMQYCAgIB4Rw0AIA0QrwELIAVBoANqJAAgGhDaASAUQRBqJAAgCkEwahDNASAKQdAAaiQAIA5BQGskAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEGahsAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/hcAANgIEIABBADYCAA8LAAuRAQEBfyMAQTBrIgQkACAEQRhqIAEgAiADECUCQCAELQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAQgBCkAKDcAECAEIAQpACE3AAkgBCAEKQAZNwABIAQgAToAACABQQVGBEAgACAEKAIMNgIIIAAgBCkCBDcCAAwBCyAAQYCAgIB4NgIAIAQQnAELIARBMGokAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgEDwgASgCFEUEQCABQQhqIAQQlAEgASgCCCIAQQEgABsgASgCDEEAIAAbEIACAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQZACayIAJAAgAEEgaiAGpyIEQYgB/AoAACAEQZCuwABBiAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCqAEgAEEEaiAAQagBahCfAQwBCyAAQQRqQemtwABBJhB8CyAAKQMgQgJaDQEgAEEgahDJAQwCCyAAQagBaiIFIABBIGpB6AD8CgAAIABBBGogBCAFIAcQDyAFEMkBIAApAyBCAlQNAQsgAEEgahBBDAELIABBiAFqEK8BCyAEIABBBGoQOyAAQZACaiQAIAFBIGoQzQEgAUEwaiQAIANBQGskAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCQASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwAL3QECAX8BfiMAQRBrIgMkAAJ/AkAgAkUEQCADQQRqIAEQYEEAIAMoAgQiAUGAgICAeEYNAhogAykCCCEEIAAoAgAiABDaASAAIAQ3AgQgACABNgIADAELIwBBMGsiAiQAIAJBGGogARAIIAItABgiAUEGRgR/QQIFIAIgAikAKDcAECACIAIpACE3AAkgAiACKQAZIgQ3AAEgAiABOgAAIAIQnAFBAiAEpyABQQFHGwshASACQTBqJABBACABQf8BcSIBQQJGDQEaIAAoAgQgAToAAAtBAQsgA0EQaiQAC4cBAQJ/IwBBIGsiAiQAIAEgACgCjAEiAyADIAAoApABQRRsahBrIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEEEgAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEGahsAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/hcAANgIEIABBADYCAA8LAAtzAQF/IwBBEGsiAyQAIANBBGogASACEEwgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJ4BRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQcyRwAAQIiIBRQRAIAMQ8wEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ3gEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELYAECfyADQQJ0IQQgAkEEayEFIAFBAnQhAyAAQQRrIQACfwNAQQAgA0UgBEVyDQEaIAQgBWohASAAIANqIARBBGshBCADQQRrIQMoAgAiAiABKAIAIgFGDQALIAEgAksLC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ7gEgAEEUahD+ASAAQSBqEO4BDwsgAEEIahDnAQ8LIABBCGoQyQEPCyAAQQhqEMkBIABB8ABqENoBDwsgABDJASAAQegAahCvAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEBsCQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQUCAEQQhqIAUQDAJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUEMwBIQMgBEEEakG6j8AAQRAQTCADQQw2AgQgA0HKj8AANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQYAJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQ2gEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQ2gEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDkCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEHsgAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALZgECfyMAQRBrIgQkAANAAkAgAiADRgRAIAIhAwwBCyABIANqLQAADQAgA0EBaiEDDAELCyAEQQhqIAMgASACQaCMwAAQkwEgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC2QBA38jAEEQayIDJAAgA0EIaiACQQRBBBBfIAMoAgghBCADKAIMIQUgAEEANgIIIAAgBTYCBCAAIAQ2AgAgAgRAIAJBAnQiBARAIAUgASAE/AoAAAsgACACNgIICyADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHggBCgCCCIBBH8gBCABIAQoAgwQFSAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL1QIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEG/x8AAQckAQeTHwAAQgwEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCSADEF4LIAFBATYCBAwBCyAFIAkgAyACIggQLCIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ2AEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBfIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQmQEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEAggAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECEgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDYAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCQAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBvIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQuAEgASAAKAIEIAAoAghqECcgACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBfIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQtwEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBQgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8Cf0EAIAEoAgBBAUcNABogASgCBCICIAEoAghHBEAgASACQQFqNgIEIAEgAmotAAwhAUEBDAELIAFBADYCAEEACyECIAAgAToAASAAIAI6AAALVQEBfyACQQN0IQIgACgCACEDIAAoAgQhAANAAkAgAkUNACAAIAFBBGooAgBGBEAgASgCACADIAAQaUUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBGG4hAANAIAAEQCAAQQFrIQAgARCcASABQRhqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEPsBIABBEGokACACQRBqJAALSwEBfiADIAEgASADSxshAQNAIAEEQCAAIAA1AgAgAjUCAH0gBHwiBD4CACABQQFrIQEgAkEEaiECIABBBGohACAEQiCHIQQMAQsLC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEOkBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQ+gEgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMMBIAFFIANBAUdxDQEgAkEQaiQADwsQ/wEAC0HAhcAAQT8QgAIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQxAEgAUUgA0EBR3ENASACQRBqJAAPCxD/AQALQcCFwABBPxCAAgALWgECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEA0iAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ2AEAC0wBA38CQCACIAEoAgAoAgAiAmoiBSACSQ0AIAEoAgQoAgAiBiAFIAJBf3NxIgFqIgIgBkkNACACIANNIQQLIAAgATYCBCAAIAQ2AgAL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBA8IAVBGGogACgCACgCACAAKAIEKAIAEH4gBUEANgIsIAUgBSgCHCIBNgI0IAUgBSgCGCIANgIwIAUoAiBFBEAgBUEQaiAFQSxqEIUBIAUoAhAhASAFKAIUIQAgBUEIaiACEJQBIAUoAggiAiABIAIbIgFBASABGyAFKAIMIAAgAhtBACABGxCAAgALIAUgBSgCKDYCQCAFIAUpAiAiDDcDOCAFIAE2AkwgBSAANgJIIwBB8AFrIgMkAEEBIQoCQCAMpyIHKAKgASICRQ0AIAIoAjRFDQAgAigCMCICKAIIIQkgAigCBCEKCwJAIAcpAwBCA1EEQCADQShqIQggACECIwBBQGoiBCQAAkAgAUGAgBBLBEBBgICAgHghAQwBCyAEQgA3AhAgBCABNgIMIAQgAjYCCEGAgICAeCEBIARBgICAgHg2AhwgBEGAgICAeDYCKCAEIARBKGoiCzYCOCAEIARBHGo2AjQCQAJAIARBCGoiAEHwk8AAQQIgBEE0akGAlMAAEIIBRQ0AIAAQlgFFDQAgBCgCHCIAQYCAgIB4RgRAIAsQ2gEMAgsgBCAEKQIgIg03AjggBCAANgI0IAQoAigiAkGAgICAeEYEQCAEQTRqEO4BDAILIAQpAiwhDiAAIQEMAgsgBEEoahDaASAEQRxqENoBCwsgBEHAADYCECAEQbiSwAA2AgwgBEESNgIIAkAgAUGAgICAeEYEQCAEKQMIIQwgCEHAADYCCCAIIAw3AgAMAQsgBEEIahDXASAEIAE2AjQgBCANNwI4IAQgAjYCCCAEIA43AgwgCAJ/AkAgCSANQiCIp0cNACANpyAKIAkQaQ0AIA6nIA5CIIinEAJFBEAgCEH4ksAANgIEIAhBEjYCAEE4DAILIAhBBGoiACAEKAIQNgIIIAAgBCkCCDcCACAIQRY2AgAgBEE0ahDuAQwCCyAIQbCTwAA2AgQgCEESNgIAQTILNgIIIARBCGoQ7gEgBEE0ahDuAQsgBEFAayQAIAMoAihBFkcEQCADQQxqIAgQhgEMAgsgAyADKAI0NgIYIAMgAykCLDcCECADQYCAgIB4NgIMDAELIANBDGpB6a3AAEEmEHwLIANByABqIgAgB0GIAfwKAAAgB0GQrsAAQYgB/AoAACADIAMoAiQ2AkAgAyADKQIcNwM4IAMgAykCFDcDMCADIAMpAgwiDDcDKCADQQxqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAAMLIAcQQSAHQgQ3AwAgB0EIaiADQdAAakHoAPwKAAAgByADKAIYNgJ4IAcgAykCEDcCcEEAIQFBASEJDAQLIANB0ABqIQELIAMgASgCGDYC6AEgAyABKQIQNwPgASADIAEpAgg3A9gBIAMgASkCADcD0AEgByADQdABahA7QQEhASADKAIoQYCAgIB4Rg0BDAILIAcQQSAHIABBiAH8CgAAIANBKGpBBHIQ7gEMAgsgA0EoakEEchDuAQsCQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAgALIAAQQQwCCyAJRQ0BIANB0ABqEOcBDAELIAFFDQAgA0HQAGoQyQELIAcpAwAaIANB8AFqJAAgBUHIAGoQ1AEgBUE4ahDNASAFQdAAaiQAIAZBIGokAAvHAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQEDwgAEEYaiABKAIAKAIAIAEoAgQoAgAQfiAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQhQEgACgCECECIAAoAhQhAyAAQQhqIAQQlAEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEIACAAsgACAAKAIoNgJAIAAgACkCICIHNwM4IAAgAjYCTCAAIAU2AkgjAEEwayIBJAACQCAHpyIGKQMAQgJRBEAgAUHprcAAQSYQfAwBCyABQRxqIgQCf0EHIAUgAkH2lMAAQREQwgENABpBEyAFIAJBh5XAAEEUEMIBDQAaQQYgBSACQZuVwABBCxDCAQ0AGiAEQSM2AgggBEGmlcAANgIEQRILNgIAIAEgBBCfAQsgBiABEDsgAUEwaiQAIABByABqENQBIABBOGoQzQEgAEHQAGokACADQSBqJAALVQEBfyMAQRBrIgMkACADQQhqIAEgAhCKAQJAIAMoAghBAUcNACADKAIMIgFBG0sNACAAIAFBAnRBqM7AAGoiASgCADYCACABIAA2AgALIANBEGokAAtRAQF/IwBBEGsiBCQAIARBBGogAUEAIAIgAxAoIAQoAgghASAEKAIEQQFGBEAgASAEKAIMENgBAAsgACAEKAIMNgIEIAAgATYCACAEQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQOQJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAUMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDlASIEQbSPwABBBhDdASABMwEYEJ0BQamPwABBBxDdASABKAIEIAEoAggQZUGwj8AAQQQQ3QEgASgCECABKAIUEOEBGiAEEPEBGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ7gEgAkEQaiQAC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAA4Q3AxggAyADQQxqrUKAgICAgAOENwMQQaiAwAAgA0EQaiACEIMBAAtRAQF/IwBBIGsiAyQAIAMgATYCCCADIAA2AgwgAyADQQxqrUKAgICAgAOENwMYIAMgA0EIaq1CgICAgIADhDcDEEHWhMAAIANBEGogAhCDAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACENsBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDmASEAA0AgAgRAIAAQ5gEgASgCACABKAIEEOEBIAEoAgwgASgCEBDhARDyARogAkEUayECIAFBFGohAQwBCwsgABDyAQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDQASABQQhqEJwBIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQkAEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIABIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQkAEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC2ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ0wEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAt3AQJ/IwBBEGsiBCQAIAIgAUEBa0sEQCAEIAA2AgggBCAAIAFqNgIMIARBCGoiAigCACEBIAIoAgQhAwNAIAMgASIARwRAIAIgAEEBaiIBNgIAIAAtAABBOmtB/wFxQfUBSw0BCwsgACADRiEDCyAEQRBqJAAgAwtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBvIARBCGogBCgCECAEKAIUIAEgAhCrASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQJyAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMcBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDrAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFELC0MBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB3AkAgAygCCCIARQ0AIAMoAgwiAUUNACADKAIEIAEgABBeCyADQRBqJAALOAEBfyMAQRBrIgMkACADQQhqIAAQxgEgAygCCCIABH8gACADKAIMIAEgAhA+BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAhIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ2AEACyABQRBqJAALOQEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQDSIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALQwEBfyMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQPhBwIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAtMAAJAAkACQAJAIAEoAgAgAiADEHQiAkUNAEEAIQEgAi0AAA4EAAMDAQMLIABBADYCBAwBCyAAIAIpAwg3AgQLQQEhAQsgACABNgIAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQISAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENgBAAsgBUEQaiQACzwBAX8gACACELgBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQTCADQfQDOwEcIANBDjYCGCADQbOywAA2AhQgACAEEIgBIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQSyAAIAMpAwg3AwAgA0EgaiQACzsBAX8jAEEQayIDJAAgA0EIaiABIAIQFSADIAMoAgggAygCDBAqIAAgAygCACADKAIEEEwgA0EQaiQACz8BAX8jAEEgayICJAAgAiABKAIINgIYIAIgASkCADcDECACQQhqIAJBEGoQjgEgACACKQMINwMAIAJBIGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQLCIARQ0AIAAPCwALOwEBfyMAQRBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAjYCBCAFIAE2AgAgACAFQdSQwAAQCSAFQRBqJAALNAEBfyMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUAAs0AQJ/IwBBEGsiASQAIAFBCGogABAbIAEoAgghACABKAIMIAFBEGokAEGAgMQAIABBAXEbCzoBAX8CfyABKAIAQQFGBEAgASgCCCECIAEoAgQMAQsgAUEEahDUAUEACyEBIAAgAjYCBCAAIAE2AgALPAEBfyMAQSBrIgIkACACIAEoAhA2AhggAiABKQIINwMQIAIgASkCADcDCCAAIAJBCGoQnwEgAkEgaiQACzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEF8gAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDlAUHWj8AAQQUQ3QEgASgCDCABKAIQEOEBQduPwABBBxDdASABKAIEIAEoAggQ4QFB4o/AAEEKEN0BIAEzARQQnQEQ8QEiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxDuASACQRBqJAAgACAGIAUQRCABEO4BIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAcIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQFSACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALLgAgAEEcQRAgAiABIAEgAkkbIgEgAUEQTRtBAWtnIgFrNgIEIAAgAUEARzYCAAs2AQF/IAAoAgghASAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEO4BIABBEGohAAwBCwsLOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAwALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDaAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQSyACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEIsBIAIgADYCDCABIAJBDGpBvKvAABAiIAJBEGokAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALbAECfyABLQCLAUEBRgRAQQAhASACIANB+IjAAEEDEMsBBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEEwgACAENgIAC0IAAkAgAkUNACADRQRAIAIgARANIQEMAQsgAiABEA0iAUUgAkVyRQRAIAFBACAC/AsACwsgACACNgIEIAAgATYCAAsqACABIANNBEAgACADIAFrNgIEIAAgASACajYCAA8LIAEgAyADIAQQEQALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDNAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDOAUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQOSABLQAIIAFBEGokAEF/c0EBcQsoACABIANGBEAgAUECdCIBBEAgACACIAH8CgAACw8LIAEgAyAEEGMACysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQIyAEQRBqJAALQAEBfyMAQRBrIgMkACADQQhqIAEgAhB+IAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAv/AQEHfyAAKAIIIgYgACgCAEYEQCMAQRBrIgQkACAEQQRqIQUgACgCACICIQMgACgCBCEHAn9BCCACQQF0IgIgAkEITRsiCCICQQBIBEBBASEDQQAhAkEEDAELAn8CQAJ/IAMEQCAHIANBASACECwMAQsgAkUEQEEBIQMMAgsgAkEBEA0LIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMENgBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABENkBCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahDvAQsPCyAAQQRqEO4BDwsgAEEEahDzAQvjAQIEfwF+IAAQciABQgBTBEAgAEEtEFELIAEgAUI/hyIGhSAGfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiIEIAJqIAEgAUIKgCIGQgp+fadBMHI6AAAgAkEBayECIAFCClQgBiEBRQ0ACyADIAJBAWogBEEUQfiQwAAQkwEgAygCBCECIAMoAgAhBANAIAIEQCAAIAQtAAAQUSACQQFrIQIgBEEBaiEEDAELCyADQSBqJAAMAQtBf0EUQeiQwAAQYgALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGkFQQELRQurCQEMfyMAQSBrIgwkACAMQQhqIQsjAEEgayIHJABByZXAACEEQdUAIQJBASENQZADIQVBnpbAACEDQRIhCCABKAIAIgYhCUEBIQoCQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQCAGQQFrDhUAAQIDBAUGBwgKCwwNDg8QERITFBUeCyABKAIIIQIgASgCBCEEQQAhBkGwlsAAIQMMGwtBxJbAACEEQSYhAkEAIQZB6pbAACEDDBoLQf6WwAAhBEEqIQJBACEGQZUDIQVBqJfAACEDDBoLQbqXwAAhBEEsIQJBACEGQZMDIQVB5pfAACEDDBkLIAcgASgCCCIKIAEoAgwiCWo2AgwgByAKNgIIQQAhBiAHQQA2AhAgB0EIaiEFQQAhAkEgIQMjAEEQayIEJAADQAJAIARBCGogBRBCIAQoAgxBgIDEAEYEQCADIQIMAQsgA0EBayIDDQELCyAEQRBqJAAgAg0WIAcgBRBCIAcoAgRBgIDEAEYNFgJAIAcoAgAiAkUNACACIAlPBEAgAiAJRg0BDBYLIAIgCmosAABBQEgNFQsgCgwVC0HJmMAAIQRBOiECQQAhBkGRAyEFQZuVwAAhA0ELIQgMFwtBg5nAACEEQSMhAkEAIQZBkQMhBUH2lMAAIQNBESEIDBYLIAEoAgghAkEAIQZBkQMhBUGmmcAAIQMgASgCBAwBC0EeIQJBACEGQZEDIQVB0ZnAACEDQbOZwAALIQRBDSEIDBMLQd6ZwAAhBEE7IQJBACEGQZEDIQVBmZrAACEDQRMhCAwSC0GsmsAAIQRBKiECQQAhBkGRAyEFQdaawAAhAwwMC0HkmsAAIQRBOyECQQAhBkGRAyEFQZ+bwAAhA0EQIQgMEAtBr5vAACEEQR4hAkEAIQZBkQMhBUHNm8AAIQMMCQtB3JvAACEEQSAhAkEAIQZBkQMhBUH8m8AAIQMMCAtBi5zAACEEQSwhAkEAIQZBkQMhBUG3nMAAIQMMBwtBxpzAACEEQTchAkEAIQZBkwMhBUH9nMAAIQNBFSEIDAwLQZKdwAAhBEEpIQJBACEGQZMDIQVBu53AACEDQRYhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQdGdwAAhAwwFC0HfncAAIQRBKiECQQAhBkH3AyEFQYeVwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUGUnsAAIQNBiZ7AAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVBr57AACEDQaKewAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtB+JfAACEEQTwhAkGRAyEFQbSYwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEEcgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCIASABENcBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQxQEjAEHQAGsiASQAIAFBEGogAxCJAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEF8gASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCJASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARC1AQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAZIANBEGokAAsoACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQjwEgAkEQaiQACykBAX8jAEEQayIDJAAgAyAAKQIANwIIIANBCGogASACEDogA0EQaiQACycAIwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEgAhA/IAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAxIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBFIANBEGokAAstAQF/IAEoAggiBCACSQRAQQAgAiAEIAMQEQALIAAgAjYCBCAAIAEoAgQ2AgALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEE4gAkEQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARAeIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGkFQQELRQsoACADIAQgASACEMsBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACyMAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIAEgAyAEEGMACyYBAn8gACgCCCIDIAEoAghGBH8gACgCBCABKAIEIAMQ6wEFQQALCyUBAX8gACgCCCIDIAFNBEAgASADIAIQYgALIAAoAgQgAUECdGoLKgEBfyAAQQRBACAAKAIAQYCAgIB4RiIBG2oQ7gEgAEEQQQwgARtqEO4BCyMAIAEgA0sEQEEAIAEgAyAEEBEACyAAIAE2AgQgACACNgIAC5QEAQl/IwBBEGsiCCQAIwBBMGsiAiQAIAIgATYCDCACIAA2AgggAiACQS9qIgA2AiggAiAANgIkIAIgAkEMajYCICACIAJBCGo2AhwjAEEQayIEJAAgBCACQRxqIgAoAgAoAgAgACgCBCgCABB+IAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB/HMhAAJ/A0BBACAARQ0BGiAAQZTFwABqIABBjAFqIQAgAUEIahDZAUUNAAsgAEHIw8AAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQbCnwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQUQsgA0EEaiAAKAIAIAAoAgQQeyEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqENQBIARBEGokACACIAUQgAEgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEPYBIABBEGokACABQRBqJAALIgEBfyAAKAIIIgMgAU0EQCABIAMgAhBiAAsgACgCBCABagsmACAAKAIAQYCAgIB4RwRAIAAQ7gEgAEEYahDaASAAQQxqEO4BCwsNACAAIAFBCEEEEIMCCw0AIAAgAUEUQQQQgwILDQAgACABQQxBBBCDAgsNACAAIAFBAUEBEIMCC94BAgV/AX4jAEEQayICJAAjAEEgayIDJAAgA0EUaiEEIwBBMGsiASQAIAFBFGoiBSAAEDYgASgCFEUEQCABQQhqIAUQlQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIACAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAIABBCGogBqdBlAFqEMgBIAQgACgCCCAAKAIMENABIABBEGokACABQSBqEM4BIAFBMGokACADQQhqIAQQaCACIAMpAwg3AgAgA0EgaiQAIAIoAgAgAigCBCACQRBqJAALlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQNiABKAIURQRAIAFBCGogAhCVASABKAIIIgBBASAAGyABKAIMQQAgABsQgAIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCoAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQ0AEgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBhBoIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA2IAEoAhRFBEAgAUEIaiACEJUBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCAAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCVDYCBCAGIAIoAlBBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBMIABBEGokACABQSBqEM4BIAFBMGokACAEQQhqIAUQjgEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8oDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDYgAigCFEUEQCACQQhqIAEQlQEgAigCCCIAQQEgABsgAigCDEEAIAAbEIACAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHEOUBQaCPwABBAxDdASABQQhqIgEoAgQgASgCCBDhAUGjj8AAQQYQ3QEgASgCJCABKAIoEOEBQamPwABBBxDdASABKAIQIAEoAhQQZUGwj8AAQQQQ3QEgASgCHCABKAIgEOEBEPEBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxDuASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahDOASACQTBqJAAgBkEIaiADEIABIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAurAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABA2IAEoAhRFBEAgAUEIaiAFEJUBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCAAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQCAASAFKAJoQYCAgIB4RhsQ4wFBBRBMIAAoAgRBgICAgHhGDQAgAiAAKAIMNgIIIAIgACkCBDcCAAwBCyACQQA2AgggAkKAgICAEDcCAAsgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogAhCAASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAAL+gQCC38BfiMAQRBrIgYkACMAQSBrIgckACAHQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQNiACKAIURQRAIAJBCGogARCVASACKAIIIgBBASAAGyACKAIMQQAgABsQgAIACyACIAIoAhw2AiggAiACKQIUIgw3AyAjAEEQayIEJAACQAJAIAynIgEpAwBCAVYNACAEQQRqIQkjAEEwayIAJAAgAEEANgIUIABCgICAgBA3AgwgAUHoAGoiASgCACEFIABBDGoQ5QFBiZLAAEEDEN0BIQgCQCAFQYCAgIB4RgRAIAhBj5LAAEECEOEBQZGSwABBAxDdAUGUksAAQQUQ4QFBpJLAAEEBEN0BIAEoAgggASgCDBDhAUGlksAAQQEQ3QEgASgCFCABKAIYEOEBGgwBCyAIQaaSwABBAxDhAUGpksAAQQEQ3QEgAEEYaiIKIAEoAgQgASgCCBDkASAAKAIcIAAoAiAQ4QFBqpLAAEEBEN0BIABBJGoiCyABKAIQIAEoAhQQ5AEgACgCKCAAKAIsEOEBQcGIwABBAxDdASABLQAYEOMBQQUQ4QEaIAsQ7gEgChDuAQsgCSAIQZSUwABBAxDdAUEBENYBEPEBIgEoAgg2AgggCSABKQIANwIAIAFBADYCACAAQQA2AhQgAEEBNgIQIAEQ7gEgAEEwaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQzgEgAkEwaiQAIAdBCGogAxCAASAGIAcpAwg3AgAgB0EgaiQAIAYoAgAgBigCBCAGQRBqJAAL+AECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNiABKAIURQRAIAFBCGogAhCVASABKAIIIgBBASAAGyABKAIMQQAgABsQgAIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEGEMAQsgAEEEaiICQYiRwABBDBB8IAUgAhBhIAIQ5wELIABBIGokACABQSBqEM4BIAFBMGokACAEQQhqIAUQgAEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC7YCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEHIwBBMGsiASQAIAFBFGoiAiAAEDYgASgCFEUEQCABQQhqIAIQlQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIACAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIpAwBCBFINACACKAJwQYCAgIB4RwRAIAIoAnghBiACKAJ0IQUMAQsgAigCoAEiAkUNACACKAIIQQFHDQAgAigCFCEGIAIoAhAhBQsgCCAGNgIEIAggBTYCACAHIAAoAgggACgCDBDQASAAQRBqJAAgAUEgahDOASABQTBqJAAgBEEIaiAHEGggAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDYgASgCFEUEQCABQQhqIAIQlQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIACAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJgNgIEIAYgAigCXEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEEwgAEEQaiQAIAFBIGoQzgEgAUEwaiQAIARBCGogBRCOASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALGAEBfyABIANGBH8gACACIAEQaQVBAQtFC5cBAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AggCQCAAQQxqIgAoAgBBgICAgHhGBEAgAEEEahDKAQwBCyAAEOcBCwJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQShBBBBeCyABQRBqJAALC58BAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKgAQRAIABBoAFqEMoBCyAAQYgBahD+ASAAEEEgAEGUAWoQ2gECQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEG4AUEIEF4LIAFBEGokAAsLIQAgACADIAEgAhBQIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQUBrEO4BIABBzABqEO4BIABB2ABqEO4BIAAQ0gELrQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEO4BIABBLGoQ9AEgAEE4ahD0ASAAQQxqEO4BIABB0ABqEN8BIABB3ABqELQBIABBxABqEPcBAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAFBCBBeCyABQRBqJAALCxgBAX8gASADTwR/IAIgACADEOsBBUEACwsWACABIAAQDSIARQRAIAEQgQIACyAACx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDEAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQxAELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMMBCxsAIAEEQCAAIAEgAhBMDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ7gEgAEEMahDaAQsLGgAgAEEYahDuASAAQTBqENoBIABBJGoQ9QELGAAgACABKQIANwIAIABBCGogAUEIahBaCxkBAX8gACgCBCIBBEAgACgCACABQQEQXgsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDCAUEBcwsbACAAQZKQwABBlpDAACABG0EEQQUgARsQ4gELFQAgACgCAEEFRgRAIABBBGoQ7gELCx0AIAAEQCABEIECAAtBhMjAAEEjQZjIwAAQgwEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQwgELFgAgACgCAEGAgICAeEcEQCAAEO4BCwsSACAAKAIAQQBOBEAgABDuAQsLFgAgACgCAEGAgICAeEcEQCAAEPABCwsTACAAIAEgAhDhASIAQToQUSAACxYAIAAoAgBBgICAgHhHBEAgABDzAQsLFgAgACgCAEGAgICAeEcEQCAAEPQBCwsPACABBEAgACABIAIQXgsLnQIBAX8gABByIwBBEGsiAyQAIABBIhBRIAMgATYCCCADIAEgAmo2AgwDQAJAAkACQAJAAkACQAJAAkACQAJAAkAgA0EIahCEASIBQQhrDgYEBQYBBwgACyABQSJGDQEgAUHcAEYNAiABQYCAxABGDQkLIAFBIEkNByAAIAEQUQwJCyAAQeyPwABBAhB7DAgLIABB7o/AAEECEHsMBwsgAEHwj8AAQQIQewwGCyAAQfKPwABBAhB7DAULIABB9I/AAEECEHsMBAsgAEH2j8AAQQIQewwDCyAAQfiPwABBAhB7DAILIABB+o/AAEEEEHsgACABQQR2LQD+j0AQUSAAIAFBD3EtAP6PQBBRDAELCyAAQSIQUSADQRBqJAAgAAsQACAAEHIgACABIAIQeyAACxAAIABB/wFxQQJ0KAKYx0ALEQAgACABIAJBqYfAAEEAEBMLDwAgABByIABB+wAQUSAACw8AIAAQciAAQdsAEFEgAAsPACAAEP4BIABBDGoQ7gELDwAgABDuASAAQQxqEO4BCw8AIAAQ7gEgAEEQahCcAQsOACAAIAEgAkGAgBAQJQsLACAAIAEgAhBpRQsMACAAIAEgAiADEB0LlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABA2IAEoAhRFBEAgAUEIaiACEJUBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCAAgALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEM4BIAFBMGokAEH/AXG4CwoAIABBAUEBEHMLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEOkBIAJBKGohAgwBCwsgABD6AQsKACAAQQRBBBBzCwsAIABB/QAQUSAACwsAIABB3QAQUSAACzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCcASACQRhqIQIMAQsLIAAQ+wELNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEO4BIAJBDGohAgwBCwsgAEEEQQwQcws8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDuASABQQxqEO4BIAJBAWshAiABQRhqIQEMAQsLIAAQ/QELCgAgAEEEQQgQcws8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDuASABQQxqEPQBIAJBAWshAiABQRhqIQEMAQsLIAAQ/QELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEO4BIAJBEGohAgwBCwsgABD5AQsKACAAQQRBEBBzCwoAIABBCEEoEHMLCgAgAEEIQRgQcwsKACAAIAEgAhAWCwoAIABBBEEYEHMLOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABEO4BIAFBFGohAQwBCwsgAEEEQRQQcwsNAEGkx8AAQRsQgAIACwkAIAAgARAAAAtnAQF/IwBBEGsiASQAIAEgADYCBCABIAFBBGqtQoCAgICAA4Q3AwgjAEEgayIAJAAgACABQQhqNgIQIABBsITAADYCDCAAQQA6AB0gAEEAOgAcIABB9MfAADYCGCAAIABBDGo2AhQACwMAAAsjAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhB6CwsLoUokAEGAgMAAC5EuFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvYWxsb2MucnMAc3JjL3JzYS5ycwBzcmMvcmZjMzMzOS5ycwAVbWVtb3J5IGFsbG9jYXRpb24gb2YgwA0gYnl0ZXMgZmFpbGVkACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAB4BEABPAAAAzQEAADcAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5LV9odHRwczovL2h0dHA6Ly9sb2NhbGhvc3Q6OjEBBBAAAwAAADEyNwAMBBAAAwAAAGV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOVJTMjU2YWxna2lkY3JpdABBBBAAAwAAAEQEEAADAAAARwQQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SmhlYWRlciBpcyBub3QgYmFzZTY0dXJsaGVhZGVyIGlzIG5vdCBhIEpTT04gb2JqZWN0IHdpdGggYW4gYWxncGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsRVMyNTYHBRAABQAAAC50aGUgc2lnbmF0dXJlIGlzIGVtcHR5IG9yIG5vdCBvZiBpdHMgYWxnb3JpdGhtJ3Mgc2l6ZWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHMAAAAWAhAACgAAACcAAAAHAAAAFgIQAAoAAAAoAAAABwAAABYCEAAKAAAAKQAAAAcAAAAWAhAACgAAACoAAAAHAAAAMDEwDQYJYIZIAWUDBAIBBQAEIAAWAhAACgAAACoAAAAbAAAAFgIQAAoAAAArAAAAEgAAABYCEAAKAAAAZAAAAAwAAAAWAhAACgAAADEAAAALAAAAFgIQAAoAAABFAAAAEwAAABYCEAAKAAAAVgAAAAgAAAAWAhAACgAAAFsAAAASAAAAFgIQAAoAAABbAAAAGAAAABYCEAAKAAAASwAAACUAAAAWAhAACgAAAEsAAAATAAAAFgIQAAoAAABOAAAAKQAAABYCEAAKAAAATgAAABcAAAAWAhAACgAAAF0AAAAhAAAAFgIQAAoAAAC5AAAAHgAAABYCEAAKAAAAwAAAAAoAAAAWAhAACgAAAM4AAAAhAAAAFgIQAAoAAADOAAAADwAAABYCEAAKAAAAmAAAABwAAAAWAhAACgAAAJgAAAAlAAAAFgIQAAoAAACYAAAAMgAAABYCEAAKAAAArQAAAAwAAAAWAhAACgAAAK4AAAAXAAAAFgIQAAoAAACcAAAAHwAAABYCEAAKAAAAqAAAAB8AAAAWAhAACgAAAKIAAAAjAAAAFgIQAAoAAACGAAAAHAAAABYCEAAKAAAAjAAAADcAAAB1cmxtZXRob2RoZWFkZXJzYm9keXN0YXR1c2FwcGxpY2F0aW9uL2pzb25Db250ZW50LVR5cGVlcnJvcm1lc3NhZ2VzdGF0dXNDb2RlXCJcXFxiXHRcblxmXHJcdTAwMDEyMzQ1Njc4OWFiY2RlZm51bGx0cnVlZmFsc2UAAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAAG4BEAALAAAAWgEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAAG4BEAALAAAA/QEAAAkAAABuARAACwAAAAMCAAATAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAKsIEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAABQJEAAFAAAAeHlSU0FuZXNpZwAAKwkQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJp4gkQAAYAAADoCRAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZE9JRENfUkVGVVNFX0FOT05ZTU9VUzogbm8gYW5vbnltb3VzIHVzZXJzYW5vbnltb3VzX3VzZXJfcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIHdob2xlIHNlY29uZHMgYmVsb3cgMl42MyAobm8gZnJhY3Rpb24sIG5vIGV4cG9uZW50KXRoZSB0b2tlbiBoYXMgbm8gZXhwIGNsYWltbmJmQlJJREdFX0NMQUlNUyBuZWVkcyB0aGUgdG9rZW4ncyBpYXRpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cGFub255bW91cwAALRAQAAkAAAABaHR0cHM6Ly9zdHl0Y2guY29tL3Nlc3Npb25leHBpcmVzX2F0dGhlIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZWEgY2xhaW0gQlJJREdFX0NMQUlNUyBtYXBzIGlzIG5vdCBhIHN0cmluZyAo4omkIDI1NiBieXRlcyksIGludGVnZXIsIGJvb2xlYW4gb3IgYXJyYXkgb2Yg4omkIDMyIHN1Y2ggc3RyaW5nc3Rva2VuX3VzZSBpcyBub3QgYSB0b2tlbiBraW5kIE9JRENfVE9LRU5fVVNFIGFjY2VwdHMgKGlkLCBhY2Nlc3MpT0lEQ19QUkVTRVRtdXN0IGJlIG9uZSBvZiBjbGVyaywgYXV0aDAsIGZpcmViYXNlLCBjb2duaXRvLCBlbnRyYSwgZ29vZ2xlLCBzdXBhYmFzZSAob3IgdW5zZXQpSldUX1NFQ1JFVEJSSURHRV9UT0tFTl9UVExfU0VDT05EU0JSSURHRV9DQVBfVE9fUFJPVklERVJfRVhQQlJJREdFX0FMTE9XRURfT1JJR0lOUypCUklER0VfQ0xBSU1TU1RZVENIX0FQSV9CQVNFcHJvamVjdC1saXZlLWh0dHBzOi8vdGVzdC5zdHl0Y2guY29taHR0cHM6Ly9hcGkuc3R5dGNoLmNvbVNUWVRDSF9TRUNSRVRtdXN0IGJlIGEgSldLUyBKU09OIGRvY3VtZW50IHsia2V5cyI6IFsuLi5dfSBvZiBhdCBtb3N0IDI2MjE0NCBieXRlcy8ud2VsbC1rbm93bi9vcGVuaWQtY29uZmlndXJhdGlvbk9JRENfVE9LRU5fVVNFAABsChAAAgAAABoQEAAGAAAAT0lEQ19SRUZVU0VfQU5PTllNT1VTbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAehMQAAQAAABiYXNliBMQAAQAAAAxeWVzMG5vbXVzdCBiZSB0cnVlIG9yIGZhbHNlnREQAAoAAACnERAAGAAAAL8REAAaAAAA2REQABYAAADwERAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAAXChAAAwAAABoKEAAEAAAAKwoQAAMAAAD4DxAAAwAAADoKEAADAAAAPQoQAAMAAADSDxAAAwAAAEAKEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAPxUQAAcAAABoChAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZABsFRAABwAAAFsQEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAAJgVEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkQAoQAAUAAADQFRAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUYSBjYWxsIG91dCBvZiB0aGUgY29udmVyc2F0aW9uJ3Mgb3JkZXIAAgBBnK7AAAsBBABBqK7AAAsKAQAAAAAAAAD0AQBBmK/AAAvFCU9QVElPTlNjbGFpbXNDb250ZW50LUxlbmd0aACYExAAAQAAAHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbABGGRAABgAAAEwZEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAALsZEAAQAAAAdxkQAA0AAACEGRAADwAAAMsZEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9APgZEAAWAAAADhoQACkAAABGGRAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAIkaEAAQAAAAdhoQAA4AAABQGhAADgAAAJkaEAAKAAAAe30AAMQaEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwCaFhAAEQAAAEYSEAANAAAA/REQAA8AAADwGhAACwAAAHN0eXRjaC5jb20ve317YmFzZX0AHBsQAA0AAAApGxAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAAEAREAALAAAAWhsQAAsAAABNGxAADQAAAEAbEAANAAAAZRsQAAkAAAC4EhAADgAAANgSEAAVAAAAAAECY2xlcmthdXRoMGZpcmViYXNlL2ZpcmViYXNlL3NpZ25faW5fcHJvdmlkZXJjb2duaXRvL3htc19lZG92ZW50cmFodHRwczovL2FjY291bnRzLmdvb2dsZS5jb21nb29nbGVhY2NvdW50cy5nb29nbGUuY29txBoQAAIAAAANHBAAEwAAAHN1cGFiYXNlHgoQAA0AAAAvaXNfYW5vbnltb3VzAAAAWBkQAAIAAABoGRAADwBB6LjAAAsVdxkQAA0AAACEGRAADwAAAJMZEAAiAEGIucAAC0m1GRAABgAAALUZEAAGAAAA2BkQAAQAAAC7GRAAEAAAADgaEAACAAAAyxkQAAsAAAAEAAAAAAAAAK0CEAABAAAAAQAAAAAAAAABAEHcucAACw1IGhAAAQAAAGgZEAAPAEH8ucAAC2lQGhAADgAAAF4aEAAYAAAAdhoQAA4AAACEGhAABQAAAIQaEAAFAAAApBoQAAQAAACJGhAAEAAAAMgaEAABAAAAmRoQAAoAAAAEAAAAAAAAAK0CEAABAAAArQIQAAEAAAABAAAAAAAAAAEAQZC7wAALBdAaEAAaAEGgu8AAC0nqGhAABgAAAOoaEAAGAAAA/BoQAAQAAACaFhAAEQAAADAbEAACAAAA8BoQAAsAAADIGhAAAQAAAK0CEAABAAAAQBAQAAEAAAABAEHzu8AACw4BSBoQAAEAAABoGRAADwBBlLzAAAsFQBsQAA0AQaS8wAALaU0bEAANAAAAehMQAAQAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBoL3AAAsFQBsQAA0AQbC9wAALaU0bEAANAAAAqxsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAACkQEAABAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBrL7AAAsFQBsQAA0AQby+wAALaU0bEAANAAAAsBsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBuL/AAAsFQBsQAA0AQci/wAALaU0bEAANAAAAtRsQAAgAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAvRsQABoAAAABAQEASBoQAAEAAABoGRAADwBBxMDAAAsFQBsQAA0AQdTAwAALaU0bEAANAAAA1xsQAAcAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAABAQEAABAAAAAQAAAAAAAAABAQEASBoQAAEAAADeGxAACQBB0MHAAAsFQBsQAA0AQeDBwAALcU0bEAANAAAA5xsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwAAAOwbEAAbAEHcwsAACwVAGxAADQBB7MLAAAtpTRsQAA0AAAAHHBAABgAAAHoTEAAEAAAAcBsQAAcAAABaGxAACwAAACAcEAACAAAAZRsQAAkAAAAEAAAAAAAAAKgbEAADAAAAAQAAAAAAAAABAAAAAAAAAAEBAQBIGhAAAQAAAGgZEAAPAEHow8AACwVAGxAADQBB+MPAAAu7BE0bEAANAAAAMBwQAAgAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAAOBwQAAEAAACoGxAAAwAAAAEAAAAAAAAAQBwQAA0AAAABAQAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FuAAAAAmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThTVHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4yIQIAseM+v++kOtsUKT3o/m+8nhxxiECEAAOAAAAIgAAADUAAADPABAATgAAAHEHAAARAAAAPAQQAEEZEAAHBRAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AHoBEABQAAAALAMAAAkAAADLARAASgAAACkCAAAJAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB6ARAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQdDIwAALCAICAAAAAAACAEGHycAACwECAEGtycAACwEBAEHIycAACwEBAEGoysAAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBss3AAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEHwzcAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEGMzsAACwEXAEGYzsAACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw== */
}
var WASM_TEXT_LENGTH = 100108;

// functions/src/lib/untyped.js
function untyped(x) {
  return x;
}

// functions/src/lib/wasm.js
var DECODER_WASM = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcJAgFtAgABZAAACo8BAYwBAQR/IAAtAP8BQT1GIAAtAP4BQT1GaiEEAkADQCABIABPDQEgAS0AgAItAABBEnQgAS0AgQItAABBDHRyIAEtAIICLQAAQQZ0IAEtAIMCLQAAcnIhAyACIANBEHY6AIACIAIgA0EIdjoAgQIgAiADOgCCAiABQQRqIQEgAkEDaiECDAALAAsgAiAEawsLhwIBAEEAC4ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD4AAAA/NDU2Nzg5Ojs8PQAAAAAAAAAAAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGQAAAAAAABobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
function base64Bytes(b64) {
  const U8 = untyped(Uint8Array);
  if (typeof U8.fromBase64 === "function") return U8.fromBase64(b64);
  const bin = atob(DECODER_WASM);
  const code = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) code[i] = bin.charCodeAt(i);
  const { m, d } = untyped(new WebAssembly.Instance(new WebAssembly.Module(code)).exports);
  const short = 256 + b64.length - m.buffer.byteLength;
  if (short > 0) m.grow(Math.ceil(short / 65536));
  new TextEncoder().encodeInto(b64, new Uint8Array(m.buffer, 256));
  return new Uint8Array(m.buffer, 256, d(b64.length));
}
function wasmBase64(flavor) {
  const source = flavor.WASM_TEXT.toString();
  const start = source.indexOf("/*!") + 3;
  const text = source.slice(start, source.indexOf("*/", start)).trim();
  if (text.length !== flavor.WASM_TEXT_LENGTH) throw new Error("the embedded .wasm is not as built: this file was changed after bundling (comments removed?)");
  return text;
}
function wasmLoader(flavor) {
  let compiled = untyped(null);
  let glue = untyped(null);
  function instance() {
    if (glue) return glue;
    if (!compiled) compiled = new WebAssembly.Module(base64Bytes(wasmBase64(flavor)));
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
  for (const entry of names.split(",")) {
    const [key, guard] = entry.split("?");
    if (guard && !Deno.env.get(guard)) continue;
    const value = Deno.env.get(key);
    if (typeof value === "string") env[key] = value;
  }
  return JSON.stringify(env);
}
function nowSeconds() {
  return Math.floor(Date.now() / 1e3);
}
async function fetchTextWithin(url, init, ms) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("unreachable"), ms);
  });
  const read = (async () => {
    try {
      const res = await fetch(url, Object.assign({}, init, { signal: AbortSignal.timeout(ms), redirect: "error" }));
      const text = await res.text();
      return { status: res.status, ok: res.ok, headers: res.headers, text };
    } catch (_e) {
      return "unreachable";
    }
  })();
  try {
    return untyped(await Promise.race([read, deadline]));
  } finally {
    clearTimeout(timer);
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
   * `options`: any of JWKS_DEFAULTS, plus `fetch(url, init, ms)` resolving to {status, ok,
   * headers, text} or 'unreachable' (as fetchTextWithin: the body is read within the deadline
   * too) and `now()` in milliseconds; tests pass fakes.
   */
  constructor(options = untyped({})) {
    const { fetch: fetch2 = fetchTextWithin, now = Date.now, ...opts } = options;
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
    if (!res.ok) return { fail: "provider_error" };
    const doc = res.text;
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
var CLAIMS_RECORD_FN = "bridge_claims_record";
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
async function record(db, args, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.rpc(CLAIMS_RECORD_FN, args);
      if (error) return `error ${typeof error.code === "string" ? error.code.slice(0, 16) : "unknown"}`;
      return data === "recorded" || data === "superseded" ? data : "unexpected answer";
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
async function recordClaims(slug, reply, claimsRecord, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = claimsDb();
  if (!db) return replaced(reply, 500, "missing_secret", "INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS");
  const minted = JSON.parse(reply.body);
  const args = {
    p_sub: minted.user.id,
    p_bridge: minted.provider,
    p_record: claimsRecord,
    p_expires_at: new Date(minted.expiresAt * 1e3).toISOString(),
    p_not_after: new Date(Date.now() + timeoutMs).toISOString()
  };
  const outcome = await record(db, args, timeoutMs);
  if (outcome === "recorded") return reply;
  if (outcome === "superseded") {
    return replaced(reply, 409, "token_superseded", "a newer provider token already set this user's claims; exchange the provider's current token");
  }
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, "claims_unavailable", "the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again");
}

// functions/src/lib/bridge.js
var PROVIDER_TIMEOUT_MS = 5e3;
var NO_STORE = [["Cache-Control", "no-store"]];
var wasm = wasmLoader(bridge_exports);
var jwks = new RemoteJwks({ timeoutMs: PROVIDER_TIMEOUT_MS });
var cached = untyped(null);
function bridgeFor(w, provider) {
  const keys = cached && cached.glue === w && cached.provider === provider ? cached.keys : w.Bridge.env_keys(provider);
  const env = secretsJson(keys);
  if (cached && cached.glue === w && cached.provider === provider && cached.env === env) return cached.bridge;
  if (cached && cached.glue === w) cached.bridge.free();
  cached = { glue: w, provider, keys, env, bridge: new w.Bridge(provider, env) };
  return cached.bridge;
}
var KEY_CACHE_MAX = 16;
var keyCache = /* @__PURE__ */ new Map();
var ALGS = {
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
          rs((s) => s.select_key(void 0, nowSeconds()));
        } else {
          let got = await jwks.get(url);
          if (!got.fail) {
            rs((s) => s.select_key(got.doc, nowSeconds()));
            if (got.fromCache && rs((s) => s.kind) === Step.SelectKey) {
              got = await jwks.get(url, true);
              if (!got.fail) rs((s) => s.select_key(got.doc, nowSeconds()));
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
        const res = await fetchTextWithin(request.url, { method: request.method, headers: request.headers, body: request.body }, PROVIDER_TIMEOUT_MS);
        if (res === "unreachable") {
          rs((s) => s.fail("provider_unreachable"));
          break;
        }
        rs((s) => s.stytch_answer(res.status, res.text, nowSeconds()));
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
      const body = req.method === "POST" && req.body !== null ? await req.text() : "";
      const origin = req.headers.get("origin") ?? void 0;
      const authorization = req.headers.get("authorization") ?? void 0;
      let Step = untyped(null);
      session = wasm.call((w) => {
        Step = w.BridgeStep;
        return bridgeFor(w, provider).begin(req.method, origin, authorization, body, nowSeconds());
      });
      let reply = await conclude(session, Step);
      const record2 = reply.status === 200 ? wasm.call(() => session.claims_record) : void 0;
      if (record2 !== void 0) reply = await recordClaims(`${provider}-bridge`, reply, record2);
      return toResponse(reply, NO_STORE);
    } catch (e) {
      logInternal(`${provider}-bridge`, e);
      return internalError(NO_STORE);
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
