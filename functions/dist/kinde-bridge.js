// kinde-bridge: an insforge-edge function (Rust to WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy kinde-bridge --file <this file>
// Generated file: edit functions/src and run `npm run build`.
// insforge-edge 0.1.0
// source-hash: sha256:940b4229c6a9901be5337b94c93f1af77fd129e2f271a81dbe99184561f36e4d
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
  /*! AGFzbQEAAAABnwEXYAJ/fwBgAX8AYAN/f38AYAN/f38Bf2ACf38Bf2AEf39/fwBgBH9/f38Bf2AFf39/f38AYAACf39gAX8Bf2ABfwJ/f2AAAGAHf39/f39/fwBgBH9/f34AYAp/f39/f39/f398AX9gBX9/f398AGAGf39/f39/AGAEf39/fABgA39/fABgBX9/f39/AX9gAn9+AX9gAn9/An9/YAF/AXwCeQIVLi9pbnNmb3JnZV9lZGdlX2JnLmpzJ19fd2JnX19fd2JpbmRnZW5fdGhyb3dfNGM4OGQ4YmYyNjRmZDk4NAAAFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAsDhQKDAgQCAAAMAgADAgYABAcNDgUEBwUCAwADAAAABgQDDxADBgUFAgAHAAUCBQYAAgkGAwUABxEGAAUSAAMAAAIGAwYBAAUCAwQCAgIFAAICBAkFAAAAAwEFAQAAAAUCAgIFAAACAgIDAAQAAwACAwUAAgADAQIDAQQFBQUHAgIDAgIABhMCCQAAAAAAAgEGAAADAAUFBwAACQcGAgAEARQEAAIDAwMDAwMFBAQEBwcEAwEHFQEDAQAAAAAKCgoKCgoKCgoGAQEFAAAAAQEGBAEBAQIBAQABBAQBAAQBAQEDAQECAwMJAgkJAQEBAgMGFgEBAQkJAQEBAQEBAQEBAwEBCwABCwUECQJwARkZbwCECAUDAQARBhkDfwFBgIDAAAt/AEGMzsAAC38AQbDPwAALB44FHAZtZW1vcnkCABFfX3diZ19icmlkZ2VfZnJlZQBZGF9fd2JnX2JyaWRnZXNlc3Npb25fZnJlZQBaDGJyaWRnZV9iZWdpbgAQD2JyaWRnZV9lbnZfa2V5cwCyAQpicmlkZ2VfbmV3ADARYnJpZGdlc2Vzc2lvbl9hbGcAvgEbYnJpZGdlc2Vzc2lvbl9jbGFpbXNfcmVjb3JkALoBGGJyaWRnZXNlc3Npb25fZGlzY292ZXJlZABdG2JyaWRnZXNlc3Npb25fZGlzY292ZXJ5X3VybAC7ARJicmlkZ2VzZXNzaW9uX2ZhaWwAXhZicmlkZ2VzZXNzaW9uX2p3a3NfdXJsAMEBEWJyaWRnZXNlc3Npb25fa2V5AL8BEmJyaWRnZXNlc3Npb25fa2luZADuARNicmlkZ2VzZXNzaW9uX3JlcGx5AMABGGJyaWRnZXNlc3Npb25fc2VsZWN0X2tleQA1F2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlAMIBH2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlX2NoZWNrZWQAORticmlkZ2VzZXNzaW9uX3NpZ25pbmdfaW5wdXQAvAEbYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfYW5zd2VyAB8cYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfcmVxdWVzdAC9AQ9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhVfX3diaW5kZ2VuX2V4dGVybnJlZnMBARFfX3diaW5kZ2VuX21hbGxvYwB3El9fd2JpbmRnZW5fcmVhbGxvYwCCAQ9fX3diaW5kZ2VuX2ZyZWUA4QEQX193YmluZGdlbl9zdGFydAABCSsBAEEBCxj9ARapAU+ZASLtARyjAUCkAUanARimATGlAZABqgEdogE7gwISDAEkCtD2A4MCswkBDH8jAEGgAWsiAiQAIAIgADYCQCACIAAgAWo2AkQgAkFAayIGKAIAIQggBigCBCEFA0ACQCAIIgMgBUYNACAGIANBAWoiCDYCACADLQAAIgdB3ABGDQAgB0H/AGtB/wFxQaEBSw0BCwsCQCADIAVHDQAgAkE4akHph8AAQQggACABEKwBAn8gAigCOCIIBEAgCCEDIAIoAjwMAQsgAkEwakHxh8AAQQcgACABEKwBIAIoAjAiA0UNASACKAI0CyEAIAJBATsBaCACQgA3AlwgAiADNgJUIAIgAzYCTCACQSM2AkggAkKvgICA8Ac3AkAgAiAANgJkIAIgADYCUCACIAAgA2o2AlggAkHUAGohAQJAAkADQCACQShqIAEQQyACKAIsIgRBgIDEAEYNASACKAIoIQlBACEAA0AgAEEMRg0BIAJBQGsgAGogAEEEaiEAKAIAIARHDQALCyADIAIoAmAiAWohACAJIAFrIQQMAQtBACEAIAItAGkNAAJAIAItAGhBAUYEQCACKAJkIQMgAigCYCEBDAELIAIoAmQiAyACKAJgIgFGDQELIAIoAkwgAWohACADIAFrIQQLQQAhByACQSBqIABBASAAGyIBIARBACAAGyIAQdsAEG4CQAJAAkAgAigCICIKBEAgAkFAayAKIAIoAiRB3QAQRCACKAJAIgFFDQIgAigCRCEAIAJBGGogAigCSCACKAJMIgNBOhBuIAIoAhgiB0UNASACKAIcIQkMAwsgAkFAayABIABBOhBEIAIoAkAiA0UNAiACKAJMIQkgAigCSCEHIAIoAkQhACADIQEMAgtBACEHIANFDQELQQAhBAwBCyACIAA2AnAgAiABNgJsQQAhBCACIApBAEc6AHcgAEUNACACIAE2AkAgAiAAIAFqNgJEIAJBQGsiCygCACEGIAsoAgQhDCACQfcAai0AAEEBcSENA0ACQCAGIgMgDEYNACALIANBAWoiBjYCACADLQAAIQUgDUUEQCAFQTBrQf8BcUEKSSAFQd8BcUHBAGtB/wFxQRpJciAFQd8ARiAFQS1rQQJJcnINAgwBCyAFQS5GIAVBMGtB/wFxQQtJciAFQd8BcUHBAGtB/wFxQQZJcg0BCwsgAyAMRw0AAkACQCAHRQRAIAhFDQEMAgsgCCAHIAlBBRBtIgRFcg0CCyAKRQRAIAEgAEH4h8AAQQkQNg0BIAJB+ABqIgMgASAAQS4QxgEgAkEQaiADEBsgAiACKQMQNwJAQQAhBCACQUBrQZCIwAAQnAFFDQIgAiACKQJ4NwNAIAIgAikCgAE3A0ggAiACKQKIATcDUCACIAIoApABNgJYIAIgAi8BnAE7AWQgAiACKQKUATcCXEEEIQADQCAAQQFrIQAgAkEIaiACQUBrEBsgAigCCA0ACyAADQIDQCACIAJB+ABqEBsgAigCACIARSEEIABFDQMgACACKAIEIgFBAxBtRQ0DQQAhAwNAIAEEQCADQQpsIAAtAABBMGtB/wFxaiEDIAFBAWshASAAQQFqIQAMAQsLIANBgAJJDQALDAILIAJB7ABqQYSIwAAQ2gEhBAwBC0EBIQQLIAJBoAFqJAAgBAuhBwIEfwh+IwBBIGsiBCQAAkACQCACQRNNDQAgAS0ABEEtRw0AIAEtAAdBLUcNACABLQAKIgNBIEYgA0H0AEZyRSADQdQAR3ENACABLQANQTpHDQAgAS0AEEE6Rw0AIAQgAjYCDCAEIAE2AgggBEEQaiIDIARBCGoiBUEAQQQQKQJ+AkACQAJAIAQpAxBCAVINACAEKQMYIQkgAyAFQQVBBxApIAQpAxBCAVINACAEKQMYIQcgAyAFQQhBChApIAQpAxBCAVINACAEKQMYIQogAyAFQQtBDRApIAQpAxBCAVINACAEKQMYIQsgAyAFQQ5BEBApIAQpAxBCAVINACAEKQMYIQwgAyAFQRFBExApIAQpAxBCAVIgB0IBfUILVnIgCkIAV3INACAEKQMYIQ1CHyEIAkAgB0ILVg0AQgEgB4ZC0BSDUARAIAdCAlINAUIdQh1CHCAJQuQAgUIAUhtCHCAJQgODUBsgCUKQA4FQGyEIDAELQh4hCAsgCCAKVCALQhdVciAMQjtVIA1CPFVycg0AQRMhAyABLQATQS5GBEBBFCEDA0ACQCACIANGBEAgAiEDDAELIAEgA2otAABBMGtB/wFxQQlLDQAgA0EBaiEDDAELCyADQRRGDQELIAIgA00NAAJAAkACQAJAIAEgA2otAAAiBkEraw4DAgQBAAsgBkH6AEcEQCAGQdoARyADQQFqIAJHcg0EDAYLIANBAWogAkYNBQwDCyADQQZqIAJHDQIgAiADQQNqIgVLBEAgASAFai0AAEE6Rg0CDAMLIAUgAkH4xsAAEGMACyADQQZqIAJHDQEgA0EDaiIFIAJPDQIgASAFai0AAEE6Rw0BCyAEQRBqIgEgBEEIaiICIANBAWogBRApIAQoAhBFDQAgBCkDGCEIIAEgAiADQQRqIANBBmoQKSAEKQMQQgFSIAhCF1VyDQAgBCkDGCIOQjtVDQBCACAOQjx+IAhCkBx+fCIIfSAIIAZBK0YbDAMLIABCADcDAAwECyAFIAJB+MbAABBjAAtCAAshCCAAQgE3AwAgACAMQjx+IAtCkBx+fCANfCAIfCAKIAdCCXxCDIGnQZkBbEECasFBBW2tw3wgCSAHQgNTrX0iByAHQpADfyIJQpADfn1CP4cgCXwiCUKx9Qh+fCAJQvB8fiAHfCIHQgR/fCAHQu0CfnwgB0Kcf398Qu30K31CgKMFfnw3AwgMAQsgAEIANwMACyAEQSBqJAALtgYBDn8jAEGQAWsiAiQAIAJBBGoiBEEAQcAA/AsAIAJCgICAgMAANwJQIAJBwAA2AkggAiABNgJEIAIgAUFAazYCTCACQcQAaiIDIgEoAhAiBUUEQEHwzcAAQTNBiMfAABCEAQALIAEoAgQgBW4hBSACQdgAaiIBIAM2AgQgASAENgIAIAFBADYCHCABIAMpAgA3AgggASADKQIINwIQIAEgAygCEDYCGCABIAUgAyAEa0ECdiIBIAEgBUsbNgIgIAIoAnQiBiACKAJ4IgEgASAGSRshCCACKAJgIAYgAigCcCIEbGohBSACKAJYIQkDQCAGIAhHBEBBACEHIAQEQCAFIQEgBCEDA0AgAS0AACAHQQh0ciEHIAFBAWohASADQQFrIgMNAAsLIAkgBkECdGogBkEBaiEGIAc2AgAgBCAFaiEFDAELCyAAKAIcIQ0gACgCGCEJIAAoAhQhASAAKAIQIQggACgCDCEOIAAoAgghBiAAKAIEIQcgACgCACEKQQAhA0GAfiELA0AgCSEFIAEhCSAIIQEgBiEEIAchBiAKIQcCQAJAIAsEQCADQQFqIQ8gA0EPSw0BIAMhCAwCCyACQgA3AogBIAIgDTYChAEgAiAFNgKAASACIAk2AnwgAiABNgJ4IAIgDjYCdCACIAQ2AnAgAiAGNgJsIAIgBzYCaCACQegAaiEDQQAhAQNAIAFBIEcEQCAAIAFqIgQgBCgCACABIANqKAIAajYCACABQQRqIQEMAQsLIAJBkAFqJAAPCyACQQRqIgogA0EPcSIIQQJ0aiIMIANBCWpBD3FBAnQgCmooAgAgDCgCACAPQQ9xQQJ0IApqKAIAIgxBGXcgDEEOd3MgDEEDdnNqaiADQQ5qQQ9xQQJ0IApqKAIAIgNBD3cgA0ENd3MgA0EKdnNqNgIACyACQQRqIAhBAnRqKAIAIAtB+MbAAGooAgAgASAJcSABQRp3IAFBFXdzIAFBB3dzaiANaiAFIAFBf3NxampqIgMgBCAGcyAHcSAEIAZxcyAHQR53IAdBE3dzIAdBCndzamohCiADIA5qIQggC0EEaiELIAQhDiAFIQ0gDyEDDAALAAuQCgIKfwF+IwBB0ABrIgIkACABIAEoAghBAWo2AgggAkEANgIsIAJCgICAgBA3AiQCQANAAkAgAkEgaiABEGsgAi0AIEUNACACLQAhIgNB3ABHBEAgA0EiRwRAIANBIEkNAiACQSRqIAMQmwEMAwsgAigCJCEIIAJBxABqIQYgAigCKCEDAkACQCACKAIsIgVFDQAgBUEHayIBQQAgASAFTRshCiADQQNqQXxxIANrIQtBACEBA0ACQAJAAkAgASADai0AACIHwCIJQQBOBEAgCyABa0EDcQ0BIAEgCk8NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyABQQhqIgEgCkkNAAsMAgtCgICAgJAgIQwCQAJAAkACQAJAAkACQAJAAkAgBy0A8MtAQQJrDgMAAQIHCyABQQFqIgQgBUkNAkIAIQwMBgsgAUEBaiIEIAVJDQJCACEMDAULIAFBAWoiBCAFSQ0CQgAhDAwECyADIARqLAAAQb9/Sg0DDAQLIAMgBGosAAAhBAJAAkAgB0HgAWsiBwRAIAdBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAJQR9qQf8BcUEMTwRAIAlBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAMgBGosAAAhBAJAAkACQAJAIAdB8AFrDgUBAAAAAgALIAlBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAUgAUECaiIETQRAQgAhDAwCCyADIARqLAAAQb9/SgRAQoCAgICQwAAhDAwCC0IAIQwgAUEDaiIEIAVPDQEgAyAEaiwAAEFASA0CQoCAgICQ4AAhDAwBC0IAIQwgAUECaiIEIAVPDQAgAyAEaiwAAEG/f0wNAUKAgICAkMAAIQwLIAYgDCABrYQ3AgQgBkEBNgIADAYLIARBAWohAQwCCyABQQFqIQEMAQsgASAFTw0AA0AgASADaiwAAEEASA0BIAUgAUEBaiIBRw0ACwwCCyABIAVJDQALCyAGIAU2AgggBiADNgIEIAZBADYCAAsCQAJAIAIoAkRFBEAgAiAFNgI8IAIgAzYCOCACIAg2AjQMAQsgAiACKQJINwI8IAIgBTYCOCACIAM2AjQgAiAINgIwIAhBgICAgHhHDQELIAAgAigCPDYCCCAAIAIpAjQ3AgAMBAsgAEGAgICAeDYCACACQTBqEO8BDAMLIAJBGGogARBrIAItABhFDQACQAJAAkACQAJAAkACQCACLQAZIgNB7gBrDggBBwcHAgcDBgALAkACQCADQeIAaw4FBQgICAEACyADQSJGIANBL0ZyIANB3ABGcg0FDAcLQQwhAwwEC0EKIQMMAwtBDSEDDAILQQkhAwwBC0EIIQMLIAJBJGogAxCbAQwCCyACQRBqIAEQLSACKAIQQQFxRQ0AAkAgAigCFCIDQYB4cUGAsANGBEAgAUHcABBoRQ0BIAFB9QAQaEUNASACQQhqIAEQLSACKAIIQQFxRQ0CIAIoAgwiBUGAeHFBgLgDRw0CIANBCnQgBWpBgLj/GmshAwsgAkEANgIwIANBgLADc0GAgMQAa0GAkLx/SQ0BIAIgAyACQTBqEHAgAkEkaiACKAIAIgMgAigCBCADaiADaxB8DAILCwsgAEGAgICAeDYCACACQSRqEO8BCyACQdAAaiQAC6kEAgt/BH4jAEEQayIJJAACQAJAAkAgAiAAKAIIIgdPBEAgBCAHSQ0BIAAoAgwhDCAAKAIEIQogCUEIaiAHQQJqIAUgBkGgjsAAELEBIAkoAgghBiAJKAIMIghBAnQiAARAIAZBACAA/AsAC0EBIAcgB0EBTRshDSABQQRqIQ4gCkEEaiEPIAMgB0ECdCIAaiEQIAAgBmoiC0EEayERA0ACQCADIBBHBEAgCA0BQQBBAEHQjsAAEGMACyAHIAhPDQQCQCALKAIARQRAIAYgByAKIAcQQQ0BCyAJIAcgBiAIQcCOwAAQsQEgCSgCACAJKAIEIAogBxBXIAtBADYCAAsgCUEQaiQADwsgA0EEaiEFIAwgBjUCACADNQIAIhQgATUCAH58IhKnbK0iFSAKNQIAfiASQv////8Pg3whE0EBIQMgDiEAIA8hAiAGIQQDQCASQiCIIRIgE0IgiCETAkAgAyANRwRAIAMgCEcNASAIIAhB8I7AABBjAAsgByAITw0GIBEgCzUCACASIBN8fCISPgIAIAsgEkIgiD4CACAFIQMMAgsgBCACNQIAIBV+IBN8IBIgBEEEaiIENQIAfCAANQIAIBR+fCISQv////8Pg3wiEz4CACAAQQRqIQAgAkEEaiECIANBAWohAwwACwALAAtBACAHIAJBgI7AABARAAtBACAHIARBkI7AABARAAsgByAIQbCOwAAQYwALIAcgCEHgjsAAEGMAC7UEAgR/AX4jAEGgAWsiAyQAIANBDGpBAEHAAPwLACADQQA2AmwgA0HsxMAAKQIANwJkIANB5MTAACkCADcCXCADQdzEwAApAgA3AlQgA0HUxMAAKQIANwJMIAJBA3QhAiADQewAaiEEIANBzABqIQUDQCACBEAgA0EMaiABKAIAIAEoAgQiBhAuIAJBCGshAiABQQhqIQEgBq1CA4YgB3whBwwBBQJAQfTEwAAhAQNAIANBDGoiAiABQQEQLkGthcAAIQEgAygCbEE4Rw0ACyADIAdCOIYgB0KA/gODQiiGhCAHQoCA/AeDQhiGIAdCgICA+A+DQgiGhIQgB0IIiEKAgID4D4MgB0IYiEKAgPwHg4QgB0IoiEKA/gODIAdCOIiEhIQ3A3AgAiADQfAAakEIEC4gAEIANwAYIABCADcAECAAQgA3AAggAEIANwAAIANBADYCmAEgAyAENgKUASADIAU2ApABIANBADYCgAEgA0EANgJwIANBgAFqIQIDQCADQQhqIANB8ABqEFQCfyADLQAIBEAgAy0ACQwBCwJAIAMoApABIgFFDQAgASADKAKUAUYNACADQgE3AnAgA0EENgJ4IAMgAUEEajYCkAEgAyABKAIAIgFB/4H8B3FBCHggAUEYeEH/gfwHcXI2AnwMAgsgAyACEFQgAy0AAEUNAiADLQABCyEBIAAgAygCmAEiBEEfcWogAToAACADIARBAWo2ApgBDAALAAsLCyADQaABaiQAC60IAgl/BH4jAEEgayIDJAAgA0EIaiABEDoCQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEGIwBBMGsiBCQAIAFBLRBoIQogASgCCCEHAkAgARBQRQRAIAZCAzcDAAwBCwJAIAEoAggiBSAHSSAFIAEoAgQiAktyRQRAIAEoAgAgB2ohCSAFIAdrIgJBAU0NASAJLQAAQTBHDQEgBkIDNwMADAILIAcgBSACQcSQwAAQEQALA0ACQCALIQwgAiIFRQ0AIARBIGoiAiAMQv////8Pg0IKfiIOIAxCIIhCCn4iDUIghnwiCzcDACACIAsgDlStIA1CIIh8NwMIIAQpAyhCAFINACAFQQFrIQIgCS0AACEHIAlBAWohCSAEKQMgIg0gB0Ewa61C/wGDfCILIA1aDQELCwJAAkAgAUEuEGhFBEAgBEEYaiABEJEBIAQtABgEQCAELQAZQSByQeUARg0CCyAFRSAKcUUEQEICQgAgBRshCwwDC0IBQgIgDEIBfUIAWRshC0IAIAx9IQwMAgsgARBQRQRAIAZCAzcDAAwDCyAEQRBqIAEQkQFCAiELIAQtABAEQCAELQARQSByQeUARg0BCwwBCyABIAEoAggiAkEBajYCCCAEQQhqIAEQkQECQCAELQAIRQ0AAkAgBC0ACUEraw4DAAEAAQsgASACQQJqNgIICyABEFAEQEICIQsMAQsgBkIDNwMADAELIAYgDDcDCCAGIAs3AwALIARBMGokACADKQMQIgtCA1ENCSADKQMYIQxBAiECDAwLIAFBjpDAAEEEEHJFDQlBACECDAsLIAFBkpDAAEEEEHJFDQFBASEIQQEhAgwKCyABQZaQwABBBRByRQ0BQQEhAkEAIQgMCQsgAEEGOgAADAkLIABBBjoAAAwICyADQRBqIAEQBSADKAIQIgFBgICAgHhGDQUgAykCFCELQQMhAgwGCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQZyQwAAQIUUEQCAAQQY6AAAgAhD0AQwHCyADKAIQIQEgAykCFCELQQQhAgwFCyADQQA2AhggA0KAgICAgAE3AhAgAyADQRBqIgI2AgwgASADQQxqQbCQwAAQCUUEQCAAQQY6AAAgAhDwAQwGCyADKAIQIQEgAykCFCELQQUhAgwECyAAQQY6AAAMBAsgAEEGOgAADAMLIABBBjoAAAwCCyAAQQY6AAAMAQsgACAMNwMQIAAgCzcDCCAAIAE2AgQgACAIOgABIAAgAjoAAAsgA0EgaiQAC5YEAgZ/AX4jAEFAaiIDJAAgAEH7ABBHBEAgA0EANgIkIANCgICAgMAANwIcIANBGGogABA6AkAgAy0AGEUNAAJAIAMtABlB/QBGDQAgAigCECEGA0AgA0EQaiAAEDogAy0AEEUNAiADLQARQSJHDQIgA0E0aiAAEAUgAygCNCICQYCAgIB4Rg0CIAMgAykCOCIJNwIsIAMgAjYCKAJAAkAgAygCJCICQYACRg0AIANBKGohByACQQxsIQIgAygCIEEMayEEA0AgAiIFBEAgAkEMayECIARBDGoiBCAHEK4BRQ0BCwsgBQ0AIANBCGogABA6IAMtAAhFDQAgAy0ACUE6Rw0AIAAgACgCCEEBajYCCCABIAAgCacgCUIgiKcgBhEGAEUNACADKAIkIgUgAygCHEYEQCMAQRBrIgIkACACQQhqIANBHGoiBCAEKAIAQQFBBEEMECAgAigCCCIEQYGAgIB4RwRAIAQgAigCDBDZAQALIAJBEGokAAsgAygCICAFQQxsaiICIAMoAjA2AgggAiADKQIoNwIAIAMgBUEBajYCJCADIAAQOiADLQAARQ0EIAMtAAEiAkEsRg0BIAJB/QBHDQQMAwsgA0EoahDvAQwDCyAAIAAoAghBAWo2AggMAAsAC0EBIQggACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EcahD1AQsgA0FAayQAIAgLiAMBB38jAEEwayIDJAACQCACQQNxQQFGBEAgAEGAgICAeDYCAAwBCyADQQhqIAJBAnZBA2xBAmpBAUEBEGAgA0EANgIcIAMgAykDCDcCFEHnh8AALQAAIQhB6IfAAC0AACEJA0ACQAJAAkAgAgRAIAEtAAAiBUHBAGsiBkH/AXFBGkkNAyAFQeEAa0H/AXFBGkkNAgJAIAVBMGtB/wFxQQpPBEAgBSAIRw0BQT4hBgwFCyAFQQRqIQYMBAsgBSAJRw0BQT8hBgwDCyADIAMoAhw2AiggAyADKQIUNwMgIAQEQCAAQYCAgIB4NgIAIANBIGoQ7wEMBQsgACADKAIcNgIIIAAgAykCFDcCAAwECyAAQYCAgIB4NgIAIANBFGoQ7wEMAwsgBUHHAGshBgsgBkH/AXEgBEEGdHIhBAJAIAdBAU0EQCAHQQZqIQcMAQsgA0EUaiAEIAdBAmsiB3YQmwEgBEF/IAd0QX9zcSEECyABQQFqIQEgAkEBayECDAALAAsgA0EwaiQAC8UDAgR/AX4jAEGAAWsiBCQAIARBDGoiBiACIANBLxDGASAEQQE2AjQgBEE4aiICIAYQFwJAAkAgBCgCOCIDQYCAgIB4Rg0AIAQgBCkCPCIINwJ0IAQgAzYCcCAAIAEgCKcgCEIgiKcQPyEFIARB8ABqEO8BIAVFDQAgAiAGQSz8CgAAA0AgBEHkAGogBEE4ahAXIAQoAmRBgICAgHhGDQIgBCAEKAJsIgA2AnggBCAEKQJkNwNwQQEhBgJAIABBBU8NACAEKAJ0IQIgBEHwAGpBtK/AABCrAUUEQCMAQRBrIgMkACADQQA2AgwgA0EwIANBDGoQcCACIAAgAygCACADKAIEEMwBIANBEGokAA0BC0EAIQEgACEDA0AgA0EARyEGIANFDQEgAi0AAEEwa0H/AXEiByABQQpsaiEBIANBAWshAyACQQFqIQIgB0EKSQ0ACwsCQAJAAkACQCAFLQAAQQRrDgIBAAMLIAUoAgggBSgCDCAEKAJ0IAAQPyIFDQEMAgsgBg0BIAEgBSgCDE8NASAFKAIIIAFBGGxqIQULIARB8ABqEO8BDAELCyAEQfAAahDvAQtBACEFCyAEQYABaiQAIAULyQQBE38jAEEQayIKJAACQCABKAIQIgwgASgCCCIQSw0AIAFBFGoiESABLQAYIgdqQQFrIRIgASgCBCENIAEoAgwhBSAHQQVJIRMCQAJAA0AgBSAMSw0DIAUgDWohBiASLQAAIQsCQCAMIAVrIgRBB00EQEEAIQJBACEDA0AgAyAERgRAIAQhAwwDCyALIAMgBmotAABGBEBBASECDAMFIANBAWohAwwBCwALAAsgCkEIaiEOQQAhAwJAAkACQCAGIAZBA2pBfHEiAkYEQCAEQQhrIQ9BACECDAELIAQgAiAGayICIAIgBEsbIQIgBARAIAshCEEBIQkDQCADIAZqLQAAIAhGDQQgAiADQQFqIgNHDQALCyACIARBCGsiD0sNAQsgC0GBgoQIbCEDA0BBgIKECCACIAZqIgkoAgAgA3MiCGsgCHJBgIKECCAJQQRqKAIAIANzIghrIAhycUGAgYKEeHFBgIGChHhHDQEgAkEIaiICIA9NDQALCyACIARHBEAgCyEDQQEhCQNAIAMgAiAGai0AAEYEQCACIQMMAwsgBCACQQFqIgJHDQALC0EAIQkLIA4gAzYCBCAOIAk2AgAgCigCDCEDIAooAgghAgsgAkEBRw0BIAEgAyAFakEBaiIFNgIMIAUgB0kNACAFIAdrIQQgBSAQSw0AIBNFDQIgBCANaiARIAcQag0ACyAAIAU2AgggACAENgIEQQEhFAwCCyABIAw2AgwMAQtBACAHQQRBsIXAABARAAsgACAUNgIAIApBEGokAAuKAwEFfyMAQUBqIgIkACACQRhqIAAgARCLAUEAIQACQCACKAIYQQFHDQAgAigCHCIDQRtLDQAgA0ECdEGozsAAaiIFKAIAIgRFIAQgAUEBa3FyRQRAIAUgBCgCADYCACAEIQAMAQsgAkEQIAN0IgM2AiQgAkEQIAEgAUEQTRtBAWsiBTYCKCACIAJBJGo2AjAgAiACQShqNgIsIAJBEGogAkEsakGYz8AAKAIAIgRBnM/AACgCACIGEFxBmM/AAAJ/IAIoAhBBAXEEQCACKAIUDAELIAJBNGoiASADIAVqIgNBEHYgA0H//wNxQQBHaiIDQAAiBUF/RwR/IAEgA0EQdDYCCCABIAVBEHQ2AgRBAQVBAAs2AgAgAigCNEEBRw0BIAIoAjwhAyAGIAIoAjgiAUcEQEGYz8AAIAE2AgAgASEEC0Gcz8AAIAEgA2oiATYCACACQQhqIAJBLGogBCABEFwgAigCCEEBRw0BIAIoAiQhAyACKAIMCyIAIANqNgIACyACQUBrJAAgAAuEAwIDfwF+IwBBIGsiBSQAIAUgASACIAMQSwJAAkACQAJAIAUoAgAiAQRAIAVBFGogASAFKAIEEE0gBSgCHCEGIAUoAhghAQNAIAZFDQIgAUEgQQAgAS0AACIHQcEAa0H/AXFBGkkbIAdyOgAAIAZBAWshBiABQQFqIQEMAAsACyAFQYCAgIB4NgIIDAELIAUgBSgCHCIBNgIQIAUgBSkCFCIINwMIIAinQYCAgIB4Rw0BCyAAQRY2AgAgACAEOgAEDAELAkAgBSgCDCIEIAFBkpDAAEEEEMMBDQAgBCABQZSnwABBARDDAQ0AIAQgAUGVp8AAQQMQwwENAAJAIAQgAUGWkMAAQQUQwwENACAEIAFBmKfAAEEBEMMBDQAgBCABQZmnwABBAhDDAQ0AIABBFTYCECAAQZunwAA2AgwgACADNgIIIAAgAjYCBCAAQRU2AgAMAgsgAEEWNgIAIABBADoABAwBCyAAQRY2AgAgAEEBOgAECyAFQQhqENsBIAVBIGokAAuGDAIUfwJ+IwBB0ABrIgckAAJAAkAgASgCoAEiFARAIAdBCGohDSMAQUBqIgYkAAJAIAMgAikDCCIYIBRBCGoiDikDECADfCIZIBggGVMbIBkgAikDAKdBAXEbIBkgDi0AfhsiGFMEQCAGIAJBMGoQyQEgBigCBCEVIAYoAgAhDyAGQQA2AhQgBkKAgICAEDcCDCAGQQxqEOYBQZeUwABBAxDeASACKAIcIhYgAigCICIXEOIBQZqUwABBBBDeAUGelMAAQQ0Q4gFBq5TAAEEDEN4BQa6UwABBDBDiAUG6lMAAQQMQ3gEgAxCeAUG9lMAAQQMQ3gEgGBCeASEJIA8EQCAJQcCUwABBBRDeASAPIBUQ4gEaCyACKAIsQRhsIQQgAigCKCEFA0AgBARAIAkgBSgCBCAFKAIIEN4BIAUoAhAgBSgCFBDjARogBEEYayEEIAVBGGohBQwBCwsgCRDyASISKQIAIQMgEkEANgIAIAYgEigCCCIJNgIgIAYgAzcDGCAGQQA2AhQgBkEBNgIQIAYoAhwhBCAOKAIcIQUgDigCICELIwBBQGoiCiQAIApBCGoiDCAJQQJ0QQNuQdQAahCIASAMQZiIwABBJBB8IAxBLhBSIApBFGoiEyAEIAkQ5QEgDCAKKAIYIAooAhwQfCATEO8BIAooAgwhECAKKAIQIQkjAEHQAWsiBCQAIAtBwQBPBEAgBCALNgKUASAEIAU2ApABIAQgBEGQAWpBARAHQSAhCyAEIQULIARBIGpBAEHAAPwLAANAIAggC0cEQCAEQSBqIAhqIAUgCGotAAA6AAAgCEEBaiEIDAELCyAEQZABaiERIARBIGohC0EAIQgjAEFAaiEFA0AgCEHAAEcEQCAFIAhqIAggC2otAABBNnM6AAAgCEEBaiEIDAELCyARIAVBwAD8CgAAIAQgCTYCjAEgBCAQNgKIASAEQcAANgKEASAEIBE2AoABIARB4ABqIgkgBEGAAWoiBUECEAdBACEIIwBBQGohEANAIAhBwABHBEAgCCAQaiAIIAtqLQAAQdwAczoAACAIQQFqIQgMAQsLIBEgEEHAAPwKAAAgBEEgNgKMASAEQcAANgKEASAEIAk2AogBIAQgETYCgAEgEyAFQQIQByAEQdABaiQAIAxBLhBSIApBNGoiBSATQSAQ5QEgDCAKKAI4IAooAjwQfCAFEO8BIAZBKGoiBCAKKAIQNgIIIAQgCikCCDcCACAKQUBrJAAgBkEANgI8IAZCgICAgBA3AjQgBkE0ahDmAUHFlMAAQQsQ3gEgBigCLCAGKAIwEOIBQdCUwABBCRDeAUHZlMAAQQYQ4gFB35TAAEEJEN4BIBgQngFB6JTAAEEEEN4BEOYBQeyUwABBAhDeASAWIBcQ4gFBwJTAAEEFEN4BIQUCQCAPBEAgBSAPIBUQ4gEaDAELIAVBjpDAAEEEEOMBGgsgBRDyAUHulMAAQQgQ3gEgDigCeCIFKAI4IAUoAjwQ4gEQ8gEhBSANQRY2AgAgDSAFKAIINgIMIA0gBSkCADcCBCAFQQA2AgAgBkEANgI8IAZBATYCOCAFEO8BIAQQ7wEgBkEYahDvASASEO8BDAELIA1BCTYCAAsgBkFAayQAIAcoAghBFkcEQCAHIAcoAhg2AkggByAHKQIQNwNAIAcgBykCCDcDOCAAIAdBOGoQoAEMAwsgB0EMaiEFIBQoAkxFDQEgB0EANgIkIAdCgICAgBA3AhwgB0EcahDmAUG6lMAAQQMQ3gEgAikDEBCeAUGfr8AAQQYQ3gEQ5gEhBCACKAIsQRhsIQkgAigCKCECA0AgCQRAIAQgAigCBCACKAIIEN4BIAIoAhAgAigCFBDjARogCUEYayEJIAJBGGohAgwBCwsgBBDyARDyASICKQIAIQMgAkEANgIAIAcgAigCCDYCMCAHIAM3AyggB0EANgIkIAdBATYCICABQZQBahDbASABIAcoAjA2ApwBIAEgBykDKDcClAEgAhDvAQwBCyAAQemtwABBJhB9DAELIABByAEgBRBFCyAHQdAAaiQAC+NXAhJ/BX4jAEGwAmsiCyQAIAsgAjYCDCALIAE2AgggCyADNgIQIAsgBDYCFCALIAU2AhggCyAGNgIcIAsgBzYCICALIAg2AiQgCyAJOQMoIAsgADYCqAIgCyALQa8CaiIANgKkAiALIAA2AqACIAsgADYCnAIgCyALQShqNgKYAiALIAA2ApQCIAsgADYCkAIgCyALQSRqNgKMAiALIAtBIGo2AogCIAsgADYChAIgCyAANgKAAiALIAtBHGo2AvwBIAsgC0EYajYC+AEgCyAANgL0ASALIAA2AvABIAsgC0EUajYC7AEgCyALQRBqNgLoASALIAA2AuQBIAsgADYC4AEgCyALQQxqNgLcASALIAtBCGo2AtgBIAtBMGohGiMAQcABayIGJAACQAJAIAtB2AFqIgAoAlAiAQRAIAEoAgAiAkH/////B08EQCAGQc8ANgJEIAZBmobAADYCQCAGQQA2AjxBASEBDAMLIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgBiACNgJEIAYgATYCQCAGIAFBBGo2AjxBACEBDAILIAZBGzYCRCAGQf+FwAA2AkAgBkEANgI8QQEhAQwBCwALIAZBMGogACgCACgCACAAKAIEKAIAEH8gBkEANgJIIAYgBigCNCIENgJQIAYgBigCMCIFNgJMIAZB1ABqIAAoAhAoAgAgACgCFCgCABBOIAZB4ABqIAAoAiAoAgAgACgCJCgCABBOIAZB7ABqIAAoAjAoAgAgACgCNCgCABCaAQJAAkAgAQ0AIAYoAlRBgYCAgHhGDQAgBigCYEGBgICAeEYNACAGKAJsQYCAgIB4Rg0AIAYgBikCVDcDkAEgBiAGKAJcNgKYASAGIAYpAmA3A6ABIAYgBigCaDYCqAEgBiAGKAJ0NgK4ASAGIAYpAmw3A7ABIAAoAkArAwAhCSAGIAYoAkQ2AoABIAYgBikCPDcDeCAGIAQ2AowBIAYgBTYCiAEgBigCeCECIAZBkAFqIQcgBkGgAWohCCAGQbABaiEKIwBB4AFrIg8kAAJAIAIoAgBBgICAgHhHBEAgAi8BGCEVIA9BsAFqIQEjAEEgayIAJAAgAigCBCEQIAAgAigCCCIMQQRBFBBgIAAoAgAiDiAMQf////8DcSIDIAMgDksbIQ1BACEDIAAoAgQhEQNAIA0EQCAAQQxqIAMgEGoQ1AEgAyARaiITIAAoAhw2AhAgEyAAKQIUNwIIIBMgACkCDDcCACANQQFrIQ0gA0EUaiEDDAELCyABIAw2AgggASARNgIEIAEgDjYCACAAQSBqJAAgD0G8AWogAkEMahBbIA8gFTsByAEgD0EIaiEAIwBBIGsiAiQAIAIgBSAEED4CQAJAIAIoAgQiAyACKAIIIgRB5a3AAEEEEMMBRQRAIAMgBEGYr8AAQQcQwwFFDQELIABBADYCoAEgAEKAgICAwAA3A4gBIABCgICAgICAgICAfzcDkAEgAEICNwMAIAAgASgCGDYCICAAIAEpAhA3AhggACABKQIINwIQIAAgASkCADcCCCACEO8BDAELIAJBAzYCDCAAQQhqIAJBDGoQoAEgAEKAgICAwAA3A4gBIABBADYCoAEgAEKAgICAgICAgIB/NwOQASAAQgI3AwAgAhDvASABEOgBCyACQSBqJAAgGiAAQagB/AoAACAKEO8BIAgQ2wEgBxDbAQwBCyAPQbABaiITIAUgBBBNIA8gBygCCDYC0AEgDyAHKQIANwLIASAPIAgpAgA3AtQBIA8gCCgCCDYC3AEgDyAKKQIANwK8ASAPIAooAgg2AsQBIA9BCGohFSAJ/AYhHyMAQeAEayIEJAAgBEEIaiATQRhqEMkBIAJBBGooAgAiGUEIaiIIIQIgBCgCCCEDIAQoAgwhCiMAQSBrIgAkACAEQegBaiIFAn8gBQJ/IAIoAkhBgICAgHhHBEAgAwRAIAIoAlBBDGwhASACKAJMIQcDQEEEIAFFDQQaIAAgBzYCCCAAIAMgChAqIAAgACkDADcCFCABQQxrIQEgB0EMaiEHIABBCGoiAiAAQRRqIg0QnwFFDQALQQRBKBDNASEBIAIgAyAKEE0gDUGgsMAAQQYQTSABQRs2AgQgAUGFsMAANgIAIAFBBDYCGCABQaawwAA2AhQgASAAKQIINwIIIAEgACgCEDYCECABIAApAhQ3AhwgASAAKAIcNgIkQQIMAgtBBEEUEM0BIQEgAEEUakGgsMAAQQYQTSABQQQ2AgQgAUGmsMAANgIAIAEgACkCFDcCCCABIAAoAhw2AhBBAQwBC0EEQRQQzQEhASAAQRRqQe+jwABBARBNIAFBGzYCBCABQYWwwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBCyICNgIMIAUgATYCCCAFIAI2AgRBFgs2AgAgAEEgaiQAAkACQAJAIAQoAugBQRZHBEAgBCAEKAL4ATYCMCAEIAQpAvABNwMoIAQgBCkC6AE3AyAgFUEIaiAEQSBqEKABIBVCgICAgMAANwOIASAVQQA2AqABIBVCgICAgICAgICAfzcDkAEgFUICNwMADAELIAQgBCgC9AE2AhggBCAEKQLsATcDECAEQcQBaiATKAIEIBMoAggQPgJAAkAgBCgCyAEiACAEKALMASIBQZivwABBBxDDAUUEQCAAIAFB5a3AAEEEEMMBDQEgBEEDNgLoASAEQUBrIARB6AFqEKABIARCAjcDOAwCCyAEQQU2ApQCIARBrrLAADYCkAIgBEEWNgKMAiAEQZiywAA2AogCIARBMjYChAIgBEHmscAANgKAAiAEQRw2AvwBIARByrHAADYC+AEgBEENNgL0ASAEQb2xwAA2AvABIARBHDYC7AEgBEGhscAANgLoASMAQSBrIgMkACADQQhqIARBmAJqIgUgBEHoAWoiAGtBBHZBBEEUEGAgA0EANgIcIAMgAykDCDcCFCMAQRBrIgckACADQRRqIgggBSAAIgFrQQR2IgIQtgEgCCkCBCEcIAcgCEEIajYCBCAHIBxCIIk3AggjAEEgayIIJAAgB0EEaiINKAIEIQogDSgCACAAIAVHBEAgDSgCCCAKQRRsaiEFIAIgCmohCiAIQRRqIQ0DQCABKQIAIRwgDSABQQhqKAIAIAFBDGooAgAQTSAFIBw3AgAgBSAIKQIUNwIIIAUgCCgCHDYCECABQRBqIQEgBUEUaiEFIAJBAWsiAg0ACwsgCjYCACAIQSBqJAAgB0EQaiQAIARB6ANqIgEgAygCHDYCCCABIAMpAhQ3AgAgA0EgaiQAIABBmKfAAEEBEE0gBCgC8AMiAiAEKALoA0YEQCMAQRBrIgAkACAAQQhqIAEgASgCAEEBQQRBFBAgIAAoAggiAUGBgICAeEcEQCABIAAoAgwQ2QEACyAAQRBqJAALIAQoAuwDIAJBFGxqIgAgBCgC8AE2AhAgACAEKQLoATcCCCAAQQ42AgQgAEGlr8AANgIAIARBzAE7AVggBEEANgJUIARCgICAgBA3AkwgBEICNwM4IAQgAkEBajYCSCAEIAQpAugDNwNADAELIARB6AFqIQMgGSgCgAEhDUEAIQUjAEGQAWsiAiQAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgEygCFCIBQYCABE0EQCACQRhqIBNBJGoQyQECQCACKAIYIgpFDQAgAkEQaiAKIAIoAhwQFSACQeAAaiACKAIQIAIoAhRBIBBEIAIoAmAiAEUNACACKAJsIQcgAigCaCEMIAAgAigCZEH/r8AAQQYQNgRAIAJBCGogDCAHEBUgAigCDCEKIAIoAgghBQsCQCAFRSAKRXINACAFIApBmbHAAEEFEMwBDQAgBSAKQZ6xwABBAxDMAUUNAQtBACEFCyACIBMoAhAiByABEBVBAiEAIAIoAgRFDQYgAkHgAGogByABEOsBAn8CQCACLQBgIgFBBUcEQCAFRQ0BQRYhB0ECDAILIAIgAigCbDYCWCACIAIpAmQ3A1AgAiACQdAAajYCfCANLQCLAUUNByACQeAAaiACQfwAakGqsMAAQQsQMiACKAJoIQEgAigCZCEAIAIoAmAiB0EWRw0EIAAEQCACQTRqIAAgARBNQQAhAAwECyACQeAAaiACQfwAakGsrcAAQQ0QMiACKAJoIQEgAigCZCEAIAIoAmAiB0EWRw0EIABFDQcgAkE0aiAAIAEQTUEBIQAMAwsgAkE0NgI0QQEhB0G6sMAACyEAIAIgBzYCLCABQQVPDQQgAkHgAGoQnQEMBAsgA0ECNgIADAwLIAIgADYCMEEWIQcMAQsgAiACKQJsNwI4IAIgATYCNCACIAA2AjAgAiAHNgIsCyACQdAAahDwAQsgB0EWRg0BDAILIAJB4ABqIAJB/ABqQbWwwABBBRAyIAIoAmghASACKAJkIQAgAigCYCIHQRZHBEAgAiACKQJsNwI4IAIgATYCNCACQdAAahDwAQwCCwJAIAAEQCACQYABaiANIAAgARCSAQwBCyACQQI2AoABCyACIAIpAogBNwI4IAIgAikCgAE3AjAgAkHQAGoQ8AEgAigCMCEACyACIAIpAjQ3A0AgAiACKAI8NgJIIABBAkYNASACIAIoAkg2AmwgAiACKQNANwJkIAIgADYCYAwCCyACIAIoAjwiATYCKCACIAIpAjQiHDcDICADIAE2AhAgAyAcNwIIIAMgADYCBCADIAc2AgAMBQsgBUUNASACQeAAaiANIAUgChCSAQsgAigCbCIBQYDAAEsNAQJAAkAgAigCYEUEQEEAIQAgAigCaCEFQQAhBwNAIAAgAUcEQCAAIAVqIQogAEEBaiEAIAcgCi0AAEEuRmohBwwBCwsgB0ECRg0BIANBGzYCCCADQbyvwAA2AgQgA0EBNgIADAULIAIgAigCaCIANgIsIAIgACABajYCMCACQSxqIgUoAgAhACAFKAIEIQcDQCAHIAAiAUcEQCAFIABBAWoiADYCACABLQAAQf8Aa0H/AXFBoQFLDQELCyABIAdHDQELIAMgAikCaDcCDCADIAIpAmA3AgQgA0EWNgIADAQLIANBKDYCCCADQdevwAA2AgQgA0EBNgIADAILIANBADYCAAwCCyADQQI2AgALIAJB5ABqEO8BCyACQZABaiQAIAQpAvQBIRwgBCgC8AEhAiAEKALsASEAAkACQCAEKALoASIFQRZHDQACQAJAIABBAUYEQCAEIAI2AqwDIAQgHDcCsAMgHKchCiAcQiCIpyENIwBB8ABrIgAkACAIKAJUIQEgAEERNgIoIABBmq3AADYCJCAAQRQ2AiACQCABQYCAgIB4RgRAIAMgAEEoaiIBKAIINgIUIAMgASkCADcCDCADQZqtwAA2AgggA0KAgICAyAI3AgAMAQsgAEEgahDYASAAQQhqIAhB7ABqEMkBIAAoAgwhByAAKAIIIQEgAEENNgIoIABBxqTAADYCJCAAQRQ2AiAgAUUEQCADQQ02AgwgA0HGpMAANgIIIANCgICAgMgCNwIADAELIABBIGoiBRDYASAAIAc2AjQgACABNgIwIABBATYCLCAAQautwAA2AiggACAIKQNYNwIgIABByABqIgcgBUEDEEggAEEUaiIMIAAoAkwgACgCUEHphsAAQQEQEyAHEO8BIABBADYCKCAAQoCAgIAQNwIgIAUQ5gFBrK3AAEENEN4BIAogDRDiARDyASIBKQIAIRwgAUEANgIAIAAgASgCCDYCQCAAIBw3AzggAEEANgIoIABBATYCJCABEO8BIABBGTYCVCAAQbmtwAA2AlAgACAIKQJkNwJIIAMgB0ECEEhBBEEoEM0BIQEgACAAKQIYNwIoIABBBjYCJCAAQdKtwAA2AiAgAEHYAGogBUECEEggAEHkAGpBuo/AAEEQEE0gAUENNgIEIAFB2K3AADYCACABQQw2AhggAUHKj8AANgIUIAEgACkCWDcCCCABIAAoAmA2AhAgASAAKQJkNwIcIAEgACgCbDYCJCADQQI2AhQgAyABNgIQIANBAjYCDCADIAApAzg3AhggAyAAKAJANgIgIANBBDYCKCADQeWtwAA2AiQgDBDvAQsgAEHwAGokACAEIAQpAvQBNwPoAyAEIAQoAvwBNgLwAyAEKALwASEAIAQoAuwBIQUgBCgC6AEiB0GAgICAeEcNASAEKALoAyECIAQpAuwDIRwgBEGsA2oQ7wEMAwsgBCACNgKUAyAEIBw3ApgDIA0oAnAiASANKAJ0aiECIwBBIGsiACQAIABBCGogAiABayIHQQRBCBBgIABBADYCHCAAIAApAwg3AhQjAEEQayIDJAAgAEEUaiIFIAcQtwEgBSkCBCEgIAMgBUEIajYCBCADICBCIIk3AgggA0EEaiIKKAIEIQUgCigCACABIAJHBH8gAiAFaiABayAKKAIIIAVBA3RqIQIDQCABLQAAIQUgAkEEakEFNgIAIAIgBRDkATYCACABQQFqIQEgAkEIaiECIAdBAWsiBw0ACwUgBQs2AgAgA0EQaiQAIARBoANqIgEgACgCHDYCCCABIAApAhQ3AgAgAEEgaiQAIARB6AFqIQMgBCgCpAMhECAEKAKoAyEWQQAhCiMAQbACayICJAAgAkEoaiIAIBynIBxCIIinQS4QxgEgAkEgaiAAEBsgAigCJCEMIAIoAiAhByACQRhqIAAQGyACKAIcIQ4gAigCGCENIAJBEGogABAbIAIoAhQhFyACKAIQIREgAkEIaiAAEBsCQAJAIBFFIAdFIA1FcnJFBEAgAigCCEUNAQsgA0EjNgIMIANB9orAADYCCCADQoCAgICIgICAgH83AgAMAQsgAkH4AWoiACAHIAwQCiACQRc2AmQgAkH7iMAANgJgQYCAgIB4IQEgAkGAgICAeDYCXCACQbgBaiAAIAJB3ABqEGUgAiACKQK8ATcDoAIgAiACKALEATYCqAIgAigCuAFBAUYEQCADIAIoAqgCNgIMIAMgAikDoAI3AgQgA0GAgICAeDYCAAwBCyACIAIoAqgCIgU2AlggAiACKQOgAjcDUAJAIAVBgIAQSw0AIAIoAlQhACACQgA3AsABIAIgBTYCvAEgAiAANgK4ASACQYCAgIB4NgKQAiACQYCAgIB4NgKgAiACQQA6AKgBIAIgAkGoAWo2AoACIAIgAkGgAmoiEjYC/AEgAiACQZACajYC+AECQCACQbgBaiIAQcyIwABBAyACQfgBakHkiMAAEIMBRQ0AIAAQlwFFDQAgAigCkAIiAEGAgICAeEYEQCASENsBDAILIAItAKgBIQogAikCpAIhHSACKAKgAiEFIAIpApQCIR4gACEBDAELIAJBoAJqENsBIAJBkAJqENsBCyACQSc2AsABIAJBkonAADYCvAEgAkGAgICAeDYCuAECQCABQYCAgIB4RgRAIAIpA7gBIR0gA0EnNgIMIAMgHTcCBCADQYCAgIB4NgIADAELIAJBuAFqIhIQ3AEgAiAKOgB0IAIgHTcCbCACIAU2AmggAiAeNwJgIAIgATYCXCACIB43ArgBIAJB6ABqIQACQCASIBAgFhBVRQRAIAMgAigCZDYCDCADIAIpAlw3AgQgA0GAgICAeDYCAAwBCwJAIApBAXFFBEAgBUGAgICAeEcgHUL/////D1ZxRQRAIANCgICAgKiAgICAfzcCAAwCCyACIAAoAgg2AoABIAIgACkCADcDeCACQaACaiIAIA0gDhAKIAJBGDYCgAIgAkG5icAANgL8ASACQYCAgIB4NgL4ASACQbgBaiAAIAJB+AFqEGUgAiACKQK8ATcDkAIgAiACKALEATYCmAICQCACKAK4AUEBRgRAIAMgAigCmAI2AgwgAyACKQOQAjcCBCADQYCAgIB4NgIADAELIAIgAigCmAIiADYCkAEgAiACKQOQAjcDiAEgAkH4AWogAigCjAEgAEGAgBAQOCACQRw2AsABIAJB0YnAADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIh03A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHTcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQ3AEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgESAXEAogAkEaNgKAAiACQe2JwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBlIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQYyKwAAQqwEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAONgKMAiACIA02AogCIAJBATYChAIgAkGUisAANgKAAiACIAw2AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxBIIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ7wEgAkHQAGoQ7wEMCAsgA0E1NgIMIANBlYrAADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ7wELIAJBmAFqEPABCyACQYgBahDvAQsgAkH4AGoQ7wEgAkHcAGoQ7wEMAwsgA0EsNgIMIANByorAADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqEO8BIAIoAmghBQsgBUGAgICAeEYNACAAEO8BCyACQdAAahDvAQsgAkGwAmokACAEKAL0ASECIAQoAuwBIQMCQAJAIAQoAugBIgFBgICAgHhGBEBBBiEFIAQoAvABIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAq0hHEEFIQUgACECIAMhAAsgACEBDAELIAQoAvABIRYgBCkC+AEhHCAEQcQDaiIXIARBgAJqQST8CgAAIAQgHDcCvAMgBCACNgK4AyAEIBY2ArQDIAQgAzYCsAMgBCABNgKsAyAEQegBaiEHIAQoAuADIQogBCgC5AMhDSMAQcABayIFJAAgCCgCeCEOIAVB6ABqIAogDUG9lMAAECMCQCAFKAJoQQFGBEAgBSgCbCEAIAUpA3AhHCAHIAUpA3g3AhQgByAcNwIMIAcgADYCCCAHQgI3AwAMAQsgBSkDeCEdIAUoAnAgBUEaNgJwIAVBuJ/AADYCbCAFQQg2AmhFBEAgByAFKQJsNwIMIAdBCDYCCCAHQgI3AwAMAQsgBUHoAGoiABDYAQJAAkACQAJAQv///////////wAgHUI8fCIcIBwgHVMbIB9VBEAgACAKIA1B0p/AABAjIAUoAmgEQCAFKAJsIQAgBSkDcCEcIAcgBSkDeDcCFCAHIBw3AgwgByAANgIIIAdCAjcDAAwGCyAfQjx8IR4gBSkDcEIBUQRAIAUpA3ggHlUNAgsgBUHoAGogCiANQbqUwAAQIyAFKAJoBEAgBSgCbCEAIAUpA3AhHCAHIAUpA3g3AhQgByAcNwIMIAcgADYCCCAHQgI3AwAMBgsgBSkDcCIgQgFRIB4gBSkDeCIcU3ENAgJAICCnDQAgHyEcIAgoAkRFDQAgB0EjNgIQIAdB1Z/AADYCDCAHQQg2AgggB0ICNwMADAYLIAVB4ABqIAogDUH4n8AAQQMQPxBxIAUoAmAiAEUNAyAFKAJkIQIgDi0AiQFFBEAgBUHYAGogACACECogBSgCWCIARQ0EIAUoAlwhAgsgBSAANgJoIAUgAjYCbCAIKAIsQQxsIQAgCCgCKCECA0AgAEUNBCAAQQxrIQAgBSACNgK0ASACQQxqIQIgBUG0AWogBUHoAGoQnwFFDQALQa2FwAAgDigCeCIQIA4oAnwiEhB+RQ0EIAogDUH7n8AAQQMQP0H+n8AAQRIQHkUNBCAHQgI3AwAgB0EQNgIIDAULIAdCAjcDACAHQQk2AggMBAsgB0ICNwMAIAdBCjYCCAwDCyAHQgI3AwAgB0EKNgIIDAILIAdCAjcDACAHQQs2AggMAQtBAyERQauUwAAhDAJAAkBBkKDAACAQIBIQfkUNACAFQdAAaiAKIA1BkaDAAEEJED8QcSAFKAJQIgBFDQEgACAFKAJUIgJB7JTAAEECEMMBRQRAIAAgAkGaoMAAQQYQwwFFDQIgCC0AfUEBcUUNAkEJIRFBoKDAACEMDAELIAgtAHxFDQELAkACQCAIKAI4IgAEQCAAQQxsIQIgCCgCNCEAA0AgAkUNAiACQQxrIQIgACgCCCEUIAAoAgQhGCAAQQxqIQAgCiANIAwgERA/IBggFBAeRQ0ACwtBqaDAACAQIBIQfkUNASAKIA1BqqDAAEEDED8iAEUNASAFQcgAaiAAEMgBAkAgBSgCSCIMRQ0AIAUoAkwhFEEEIAgoAkwgCCgCSEGAgICAeEYiABshAkEAIAgoAlAgABtBDGwhAANAIABFDQEgBSACNgK0ASAFQUBrIAwgFBAqIAUgBSkDQDcCaCAAQQxrIQAgAkEMaiECIAVBtAFqIAVB6ABqEJ8BRQ0ACwwCCyAHQgI3AwAgB0EMNgIIDAMLIAdCAjcDACAHQQw2AggMAgsCQCAILQB/RQ0AIAogDSAOKAKAASAOKAKEARALIgBFDQACQAJAAkAgAC0AAEEBaw4DAAMBAwsgAC0AAUEBRw0CDAELIAUgAEEEajYCaCAFQegAakG4oMAAEJ8BRQ0BCyAHQgI3AwAgB0ERNgIIDAILAkAgCiANQZeUwABBAxA/IgBFDQAgAC0AAEEDRw0AIAVBOGogACgCCCAAKAIMEBUgBSgCPEUNACAFQYABaiAAQQRqEFsCQCAOKAIAIgBFBEAgBUGAgICAeDYCjAEMAQsgDigCBEEDdCECIA4oAgwhGCAOKAIIIRsCQANAQQAhDCACRQ0BAkACQCAKIA0gACgCACAAKAIEEAsiFEUNACAFQTBqIBQQyAEgBSgCMCIURQ0AIAUoAjQiEQ0BCyAAQQhqIQAgAkEIayECDAELCyAURQ0AIAogDSAbIBgQCyIARQ0AIAAtAABBAUcNACAUQQAgAC0AARshDAsgBUGMAWogDCARENEBCyAFIAUoApQBNgKgASAFIAUpAowBNwOYAQJAAkBBwKDAACAQIBIQfkUNAAJAAkACQAJAIAogDUHBoMAAQRoQPyIABEAgBUEoaiAAEMcBIAUoAigiAARAIAVBIGogACAFKAIsIgJB26DAAEEKED8QcSAFKAIgIgwNAgwDCyAOKAIADQUMAwsgDigCAA0EDAILIAVB6ABqIAwgBSgCJBADIAUpA3AhHiAFKAJoIAVBLjYCcCAFQeWgwAA2AmwgBUEINgJoRQRAIAUpAmwhHCAHIAUpAnQ3AhQgByAcNwIMIAdBCDYCCCAHQgI3AwAMBQsgBUHoAGoQ2AEgHiAfVQRAIB4gHSAdIB5VGyEdDAELIAdCAjcDACAHQQ42AggMBAsgDigCAA0CIAAgAkG9nsAAQRYQPyIARQ0AIAVBGGoiAiAAKAIMNgIEIAIgACgCCEEAIAAtAABBBEYbNgIAIAUoAhgiAEUNACAFKAIcQRhsIQ4DQCAORQ0BAkACQCAAQdOewABBDBB1IgJFDQAgAkHfnsAAQQ0QdSICRQ0AIAVBEGogAhDIASAFQegAaiAFKAIQIgJBACAFKAIUIgwbQQAgAhsgDBDRASAFKAJoQYCAgIB4Rw0EDAELIAVBgICAgHg2AmgLIABBGGohACAOQRhrIQ4MAAsACyAFQYCAgIB4NgJoCyAFQZgBahDbASAFIAUoAnA2AqABIAUgBSkCaDcDmAELIAVBADYCsAEgBUKAgICAwAA3AqgBIAgoAkAiACAIKAJEQRhsaiEUA0ACQAJAIAAgFEcEQCAAQRhqIQIgACgCFEEMbCEOIAAoAhAhDANAIA5FDQMgCiANIAwoAgQgDCgCCBALIhAEQCAQLQAAIhINAwsgDEEMaiEMIA5BDGshDgwACwALIAcgBSgCiAE2AiAgByAFKQKAATcCGCAHIAUpA5gBNwIwIAcgBSgCoAE2AjggByAFKQKoATcCJCAHIAUoArABNgIsIAcgHDcDECAHIB03AwggB0IBNwMADAYLIAVBADYCvAEgBUKAgICAEDcCtAFBgICAgHghEQJAAkACQAJAAkACQAJAAkAgEkEBaw4EAQMCAAcLIBAoAgwiDEEhTw0GIAxBGGwhDCAFQbQBahDnASESIBAoAgghDgNAIAxFDQQgBUEIaiAOEMgBIAUoAggiEEUNByAFKAIMIhhBgAJLDQcgEiAQIBgQ4gEaIAxBGGshDCAOQRhqIQ4MAAsACyAFQbQBaiAQLQABENcBGgwECyAQKAIMIgxBgQJPDQQgBUG0AWogECgCCCAMEOIBGgwDCyAFQegAaiAQEG8gBSgCaA0BDAMLIBIQ8wEaDAELIAVBtAFqIAUpA3AQngEaCyAFKQK4ASEfIAVBADYCvAEgBSgCtAEhESAFQoCAgIAQNwK0AQsgBUG0AWoQ7wEgEUGAgICAeEcEQCAFQegAaiAAEFsgBSgCsAEiDCAFKAKoAUYEQCAFQagBahB2CyAFKAKsASAMQRhsaiIAIAUoAnA2AgggACAFKQJoNwIAIAAgHzcCECAAIBE2AgwgBSAMQQFqNgKwAQwBCyAHQewANgIQIAdBk6HAADYCDCAHQQg2AgggB0ICNwMAIAVBqAFqEPYBDAILIAIhAAwACwALIAVBmAFqENsBIAVBgAFqEO8BDAILIAdCAjcDACAHQQ02AggMAQsgB0HBADYCECAHQf+hwAA2AgwgB0EINgIIIAdCAjcDAAsgBUHAAWokACAEQdwDaiEKIARBuANqIQcCQCAEKQPoASIdQgJRBEAgBCkC/AEhHCAEKAL4ASECIAQoAvQBIQAgBCgC8AEhBSAEQawDahDvASAAIQEMAQsgBCgC8AEhACAEKQL0ASEcIAQpAvwBIR4gBEGEBGogBEGEAmpBJPwKAAAgBCAeNwL8AyAEIBw3AvQDIAQgADYC8AMgBCAdNwPoAwJ/QQAgAyAWQbyIwABBBRDDAQ0AGkEBIAMgFkHBssAAQQUQwwENABpBAkEDIAMgFkGHisAAQQUQwwEbCyAEIAQoArQDNgL0ASAEIAQpAqwDNwLsAUEFIQUgBEEFNgLoAUH/AXEiAkEDRw0CIAQtAOwBIQAgBEHoA2oQ0wEgFq0hHCADIQILIAcQ7wEgFxDvASAEQdADahDvASAKEPABCyAEQaADahD3ASAEQZQDahDvAQwECyAEQegBahDYASAEIAQpAtADNwLUBCAEIAQoAtgDNgLcBCAEIAQpA4AENwPQASAEIAQpA4gENwPYASAEIAQoApAENgLgASAEIAcpAgA3ArwEIAQgBygCCDYCxAQgBCAXKQIANwPIBCAEIBcoAgg2AtAEIAQpAvQDIR8gBCAEKAKkBDYCuAQgBCAEKQKcBDcDsAQgBCAEKQKUBDcDqAQgCCgCACEBIAoQ8AFCA0IEIAFBAkYbIRwgBEGgA2oQ9wEgBEGUA2oQ7wEgHachByAepyEBQQAhBQwBCyAEIAQoApACNgLgASAEIAQpAogCNwPYASAEIAQpAoACNwPQASAEKQPoAyEfIAQoAvADIQEgBEGsA2oQ7wFCBiEcCyAEIAE2AlQgBCAfNwJMIAQgADYCSCAEIAU2AkQgBCAHNgJAIAQgHDcDOCAEIAQpA9ABNwNYIAQgBCkD2AE3A2AgBCAEKALgATYCaCAEQewAaiAEQagEakE4/AoAACAEQYCAgIB4NgKoASAEIAI6AKQBDAILIAAhAQsgBCAcNwL0ASAEIAI2AvABIAQgBTYC6AEgBCABQYB+cSAAQf8BcXI2AuwBIARBQGsgBEHoAWoQoAEgBEICNwM4CyAEQcQBahDvASAZIBkoAgBBAWoiADYCACAARQ0BIAQgGTYCiAMgBCAEKQMQNwPwAiAEIAQoAhg2AvgCIARB6AFqIARBOGpBiAH8CgAAIARBgICAgHg2AvwCIAQpA+gBQgJRBEAgBEHwAWogBCgC9AIiACAAIAQoAvgCQRRsahBsCyAVIARB6AFqQagB/AoAAAsgBEHgBGokAAwBCwALIBMQ7wEgD0HIAWoQ2wEgD0HUAWoQ2wEgD0G8AWoQ7wEgGiAVQagB/AoAAAsgD0HgAWokACAGQYgBahDVASAGQfgAahDQASAGQcABaiQADAELIAZBKGohAkEAIQACfyAGQewAaiIBKAIAQYCAgIB4RgRAIAEoAgghACABKAIEDAELIAEQ7wFBAAshASACIAA2AgQgAiABNgIAIAYoAighBCAGKAIsIQUgBkEgaiAGQeAAahCOASAGKAIgIQMgBigCJCEHIAZBGGogBkHUAGoQjgEgBigCGCEIIAYoAhwhCyAGQRBqIAZByABqEIYBIAYoAhAhDyAGKAIUIQogBkEIaiECQQAhAAJ/IAZBPGoiASgCAEUEQCABKAIIIQAgASgCBAwBCyABENABQQALIQEgAiAANgIEIAIgATYCACAGKAIIIgAgDyAAGyIBIAggARsiAiADIAIbIgMgBCADGyIEQQEgBBsgBigCDCAKIAAbIAsgARsgByACGyAFIAMbQQAgBBsQgQIACyMAQeACayIAJAAgAEG4AWogGkGoAfwKAAAgAEEANgIAIABBBHIgAEG0AWpBrAH8CgAAQQhBuAEQzQEiAUKBgICAEDcDACABQQhqIgEgAEGwAfwKAAAgAEHgAmokACALQbACaiQAIAELmwIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYCDCAEIARBDGqtQoCAgICAA4Q3AxggBCAEQQhqrUKAgICAgAOENwMQQYCAwAAgBEEQaiADEIQBAAsgBCAANgIIIAQgAjYCDCAEIARBDGqtQoCAgICAA4Q3AxggBCAEQQhqrUKAgICAgAOENwMQQd+AwAAgBEEQaiADEIQBAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAA4Q3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICAA4Q3AxgLIAQgBEEIaq1CgICAgIADhDcDEEGYgcAAIARBEGogAxCEAQAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCoykA7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCoykA7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCoykA7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AqcpAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEI0BDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEI0BDQIgASAHIAsgAygCDBEDAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBEDAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCNAQ0AIAAgByALIAEoAgwRAwAhAgsgAgsgBkEQaiQAC4YCAQZ/IwBBEGsiBiQAIAZBBGogAkEDbiIIIAIgCEEDbEdqQQJ0EIgBA0ACQCACBEBBAyACIAJBA08bIgpBA3QhByABIApqIQhBACEJQRAhBQNAIAUgB2pBEEYEQEEAIQVBEiEBA0AgBUEERg0EAkACQCACIAVJBEBBPSEHIARFDQIMAQsgAyAJIAFBHnF2QT9xai0AACEHCyAGQQRqIAcQUgsgBUEBaiEFIAFBGmohAQwACwAFIAEtAAAgBUEYcXQgCXIhCSAFQQhrIQUgAUEBaiEBDAELAAsACyAAIAYoAgw2AgggACAGKQIENwIAIAZBEGokAA8LIAIgCmshAiAIIQEMAAsAC4UCAQl/IwBBMGsiBCQAIAEoAgghByABKAIEIQggASgCACIBKAIIIQkgASgCBCEKIARBADYCDCAEQoCAgIAQNwIEA0AgBEEQaiACIANB+wAQRCAEKAIQIgEEQCAEKAIcIQIgBCgCGCEGIARBBGoiBSABIAQoAhQQfCAEQSBqIgsgBiACQf0AEEQgBCgCKCAEKAIsIAQgBCgCJEEAIAQoAiAiARs2AiQgBCABQQEgARs2AiAgBSAIIAogC0GMp8AAENoBIgUbIAcgCSAFGxB8IAIgARshAyAGIAEbIQIMAQsLIARBBGogAiADEHwgACAEKAIMNgIIIAAgBCkCBDcCACAEQTBqJAAL6AEBBn8jAEEwayIDJAAgA0EANgIsIAMgATYCJCADIAE2AhwgAyACNgIgIAMgASACajYCKCADQSRqIQcCQANAIAMoAiQhBSADKAIoIQYgA0EQaiAHEEMgAygCFCIIQYCAxABGBEBBACECDAILIAMoAhAhAiAIEC8NAAsgAygCJCAGIAVrIAJqaiADKAIoayEECwJAA0AgAygCJCEFIAMoAighBiADQQhqIAcQGSADKAIIQQFHDQEgAygCDBAvDQALIAMoAiwgBiAFa2ohBAsgACAEIAJrNgIEIAAgASACajYCACADQTBqJAALkAMCAn8BfiMAQTBrIgMkAAJ/AkACQAJAAkACQCACDgIAAQILIANBGGogARBhIAMoAhgiAUGAgICAeEYNAiADKQIcIQUgACgCACIAENsBIAAgBTcCBCAAIAE2AgAMAwsgA0EYaiABEDMgAygCGCIBQYGAgIB4Rg0BIAMpAhwhBSAAKAIEIgAQ2wEgACAFNwIEIAAgATYCAAwCCyADQRhqIQQjAEEgayICJAAgAiABEDoCQCACLQAARQRAIARBBzoAAAwBCwJAIAItAAFB7gBGBEAgAUGOkMAAQQQQcg0BIARBBzoAAAwCCyACQQhqIAEQCCACLQAIQQZHBEAgBCACKQMYNwMQIAQgAikDEDcDCCAEIAIpAwg3AwAMAgsgBEEHOgAADAELIARBBjoAAAsgAkEgaiQAIAMtABgiAUEHRg0AIAMgAykAKDcAECADIAMpACE3AAkgAyADKQAZNwABIAMgAToAACAAKAIIIAFBBkc6AAAgAUEGRg0BIAMQnQEMAQtBAAwBC0EBCyADQTBqJAALqgIBBn8jAEEwayICJAACQAJ/IAEoAigiB0UEQCACQQhqIAEQGyACKAIMIQQgAigCCAwBCyABQQA2AiggASEFIwBBEGsiAyQAAkAgByIBRQ0AA0AgA0EIaiAFEBsgAygCCEUEQCABIQYMAgsgAUEBayIBDQALCyADQRBqJABBACAGDQAaIAJBEGogBRAbIAIoAhQhBCACKAIQCyIBBEAgAkEANgIkIAJCgICAgBA3AhwgAiABNgIoIAIgASAEajYCLANAAkAgAkEoahCFASIBQf4ARwRAIAFBgIDEAEcNASAAIAIoAiQ2AgggACACKQIcNwIADAQLQS9B/gAgAkEoahCFAUExRhshAQsgAkEcaiABEFIMAAsACyAAQYCAgIB4NgIACyACQTBqJAAL2AICAn8BfiMAQTBrIgMkAAJ/AkAgAkUEQCADQYCAgIB4NgIIIANBgICAgHg2AhQgAyADQRRqIgI2AiQgAyADQQhqIgQ2AiACQCABQfSqwABBAiADQSBqQYSrwAAQgwFFBEAgAhDbASAEENsBDAELIAMoAggiAUGAgICAeEcNAiADQRRqENsBC0EADAILIAAoAgQiABCMASMAQRBrIgIkACACQQhqIAEQOgJ/QQIgAi0ACEUNABogAi0ACUHuAEYEQEEAQQIgAUGOkMAAQQQQchsMAQsgAiAANgIMQQFBAiABQaCrwABBASACQQxqQairwAAQgwEbCyACQRBqJABB/wFxQQJHDAELIAMgAykCFDcDICADIAMoAhw2AiggAykCDCEFIAAoAgAiABDSASAAIAU3AgQgACABNgIAIAAgAykDIDcCDCAAIAMoAig2AhRBAQsgA0EwaiQAC78BAQN/IAEoAgQiBCABKAIARgR/QQAFIAEgBEEBayICNgIEIAIsAAAiAkEASARAIAEgBEECayIDNgIEIAJBP3ECfyADLQAAIgPAIgJBQE4EQCADQR9xDAELIAEgBEEDayIDNgIEIAJBP3ECfyADLQAAIgPAIgJBQE4EQCADQQ9xDAELIAEgBEEEayIBNgIEIAJBP3EgAS0AAEEHcUEGdHILQQZ0cgtBBnRyIQILQQELIQEgACACNgIEIAAgATYCAAvHAQEFfwJAIAEoAgAiAiABKAIERgRADAELQQEhBiABIAJBAWo2AgAgAi0AACIDwEEATg0AIAEgAkECajYCACACLQABQT9xIQQgA0EfcSEFIANB3wFNBEAgBUEGdCAEciEDDAELIAEgAkEDajYCACACLQACQT9xIARBBnRyIQQgA0HwAUkEQCAEIAVBDHRyIQMMAQsgASACQQRqNgIAIAVBEnRBgIDwAHEgAi0AA0E/cSAEQQZ0cnIhAwsgACADNgIEIAAgBjYCAAvAAQEFfyMAQRBrIgQkAAJAIAEtACUEQAwBCyABKAIEIQIgBEEEaiABEAwgBCgCBEEBRgRAIAEoAhwhAyABIAQoAgw2AhwgAiADaiECIAQoAgggA2shBQwBC0EAIQIgAS0AJQ0AIAFBAToAJQJAIAEtACRBAUYEQCABKAIgIQYgASgCHCEDDAELIAEoAiAiBiABKAIcIgNGDQELIAYgA2shBSABKAIEIANqIQILIAAgBTYCBCAAIAI2AgAgBEEQaiQAC70BAQJ/IwBBQGoiBCQAIAQgAzYCDCAEIAI2AgggACgCBEEDdCEDIAAoAgAhAgJ/AkADQCADRQ0BIAIgBEEIahDaAUUEQCADQQhrIQMgBUEBaiEFIAJBCGohAgwBCwsgACgCCCABIAUgACgCDCgCEBEDAAwBCyAEQRBqIAEQCCAELQAQIgBBBkcEQCAEIAQpAyA3AzggBCAEKQMYNwMwIAQgBCkDEDcDKCAEQShqEJ0BCyAAQQZHCyAEQUBrJAALhQICBX8BfiMAQSBrIgIkACACQYCAgIB4NgIIIAJBADoAFyACIAJBF2o2AhwgAiACQQhqIgM2AhgCQCABQdirwABBAiACQRhqQeirwAAQgwFFBEAgAxDbAQwBCyACKAIIIgVBgICAgHhGDQAgAikCDCEHIAItABchBCAAKAIAIgAoAggiAyAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBBEEQECAgASgCCCIGQYGAgIB4RwRAIAYgASgCDBDZAQALIAFBEGokAAsgACgCBCADQQR0aiIBIAQ6AAwgASAHNwIEIAEgBTYCAEEBIQQgACADQQFqNgIICyACQSBqJAAgBAu3AQEDfyMAQSBrIgMkACADIAI2AgwgAyABNgIIAkAgAEUNAAJAAkAgAC0AAEEDaw4CAAECCyADIABBBGo2AhggA0EYaiADQQhqEJ8BIQUMAQsgACgCDEEYbCEEIAAoAgghAANAIARBAEchBSAERQ0BIAMgABDIASADIAMpAwA3AhAgAyACNgIcIAMgATYCGCAEQRhrIQQgAEEYaiEAIANBEGogA0EYahCcAUUNAAsLIANBIGokACAFC5sOAgp/BH4jAEHQAGsiBSQAIAUgAjYCCCAFIAE2AgQgBSADNgIMIAUgBDkDECAFIAA2AkggBSAFQc8AaiIANgJEIAUgADYCQCAFIAA2AjwgBSAFQRBqNgI4IAUgADYCNCAFIAA2AjAgBSAFQQxqNgIsIAUgBUEIajYCKCAFIAA2AiQgBSAANgIgIAUgADYCHCAFIAVBBGo2AhgjAEHQAGsiAyQAIANBIGoiAiAFQRhqIgAoAjAQPSAAKAIAKAIAIQkgA0EYaiAAKAIQKAIAIAAoAhQoAgAQfyADQQA2AiwgAyADKAIcIgE2AjQgAyADKAIYIgc2AjAgAygCIEUEQCADQRBqIANBLGoQhgEgAygCECEBIAMoAhQhBSADQQhqIAIQlQEgAygCCCIAIAEgABsiAUEBIAEbIAMoAgwgBSAAG0EAIAEbEIECAAsgACgCICsDACADIAMoAig2AkAgAyADKQIgIg83AzggAyABNgJMIAMgBzYCSPwGIREjAEHAAmsiCCQAIAhBIGogD6ciC0GIAfwKAAAgC0GQrsAAQYgB/AoAAAJAIAgpAyBCBlEEQCAIQagBaiEGQgAhDyMAQbABayICJAACQAJAAkACQAJAAkACQAJAIAlB//8DcSIAQZEDaw4EAwEBAwALIABByAFGDQELIAZBMzYCECAGQeeswAA2AgwgBkESNgIIIAZCAjcDAAwFC0GAgICAeCEAAkAgAUGAgBBLDQAgAkIANwJ4IAIgATYCdCACIAc2AnAgAkGAgICAeDYCgAEgAkEANgKkASACQoCAgIDAADcCnAEgAiACQZwBaiIHNgKsASACIAJBgAFqNgKoAQJAAkAgAkHwAGoiAUHIqsAAQQIgAkGoAWpB2KrAABCDAUUNACABEJcBRQ0AIAIoAoABIgFBgICAgHhGBEAgBxD5AQwCCyACIAIpAowBNwNQIAIgAigClAE2AlggAiACKQKcATcDYCACIAIoAqQBNgJoIAIpAoQBIQ8gASEADAILIAJBnAFqEPkBIAJBgAFqENIBCwsgAkE4NgKIASACQfyrwAA2AoQBIAJBEjYCgAEgAEGAgICAeEYEQCACIAJBiAFqIgApAgAiDzcDMCACIAAoAggiADYCOCACKQOAASEQIAYgADYCGCAGIA83AhAgBiAQNwMIIAZCAjcDAAwFCyACIAIoAmg2AkggAiACKQNgNwNAIAIgAikDUDcCJCACIAIoAlg2AiwgAkGAAWoiARDYASACIAIoAkgiBzYCOCACIAA2AgwgAiACKQNANwIYIAIgBzYCICACIA83AhAgAiAPpyAPQiCIpxAVIAJBJGohDCACKAIERQ0BAkAgAigCJEGAgICAeEcEQCABIAIoAiggAigCLBADIAIpA4gBIQ8gAikDgAEgAkEzNgKIASACQbSswAA2AoQBIAJBEjYCgAFCASEQQgFSDQQgARDYASAPIBFXDQELIAIgAigCGDYCeCACIAIoAhwiADYCcCACIAA2AnQgAiAAIAIoAiBBBHRqNgJ8IAJBgAFqIQojAEEQayIHJAAgAkHwAGoiCSgCBCEBIAkoAgwhDgJAA0AgDiABIgBGBEBBgICAgHghDQwCCyAJIABBEGoiATYCBCAHIAApAgg3AwggByAAKQIANwMAAkAgBy0ADEEBRgRAIAcoAggNAQsgBxDvAQwBCyAHKAIAIg1BgICAgHhGDQALIAogAEEMaigCADYCDCAKIABBBGopAgA3AgQLIAogDTYCACAHQRBqJAAgAigCgAEhCiACKQKEASESIwBBEGsiASQAIAEgCTYCDCAJKAIMIAkoAgQiB2tBBHYhAANAIAAEQCAAQQFrIQAgBxDvASAHQRBqIQcMAQsLIwBBEGsiACQAIAAgAUEMaigCACIHKAIANgIMIAAgBygCCDYCCCAAQQhqEPoBIABBEGokACABQRBqJAAgBiACKAIUNgIgIAYgAikCDDcCGCAGIBI3AjQgBiAKNgIwIAZBADYCLCAGQoCAgIDAADcCJCAGIBE3AxAgBiAPNwMIIAYgEDcDACAMENsBDAULIAZBDjYCCAwDCyAGQgI3AwAgBkEPNgIIDAMLIAZBDTYCCAwBCyAGIAIpAoQBNwIMIAZBEjYCCAsgBkICNwMAIAJBDGoQ7wEgDBDbASACQRhqEPkBCyACQbABaiQAIAgpA6gBQgJRBEAgCCAIKALAATYCuAIgCCAIKQO4ATcDsAIgCCAIKQOwATcDqAIgCEEEaiAIQagCahCgAQwCCyAIQegBaiIAIAhBqAFqIgFBwAD8CgAAIAhBBGogCyABIBEQDyAAENMBDAELIAhBBGpB6a3AAEEmEH0LIAhBIGoQQiALIAhBBGoQPCAIQcACaiQAIANByABqENUBIANBOGoQzgEgA0HQAGokACAFQdAAaiQAC4wDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQeAJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAJBABCTASAGKAIIIQUgBigCDAwCCyAGKAIUIAMgBCACECwhBSACDAELIAYgBCACQQAQkwEgBigCACEFIAYoAgQLIAVFBEAgCCAENgIEQQghCgwCCyAIIAU2AgRBACELQQghCiECDAELQQAhAgsgCCAKaiACNgIAIAggCzYCACAGQSBqJAAgBygCBEEBRgRAIAcoAgwhCSAHKAIIIQYMAQsgBygCCCECIAEgDDYCACABIAI2AgRBgYCAgHghBgsgACAJNgIEIAAgBjYCACAHQRBqJAALpwEBA38jAEEQayIDJAACQCAAQdsAEEdFDQAgA0EIaiAAEDogAy0ACEUNACADLQAJQd0ARwRAIAIoAhAhAgNAIAEgACACEQQARQ0CIAMgABA6IAMtAABFDQIgAy0AASIFQSxHBEAgBUHdAEcNAwUgACAAKAIIQQFqNgIIDAELCwtBASEEIAAgACgCCEEBajYCCCAAIAAoAgxBAWs2AgwLIANBEGokACAEC/cBAQJ/IwBBMGsiBCQAIAQgARAIIAQtAAAiBUEGRwRAIAQgBCkAEDcAJyAEIAQpAAk3AyAgBCAEKQABNwMYIAAoAgAhACAEIAIgAxBNIAAoAggiAiAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEoECAgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDZAQALIAFBEGokAAsgACgCBCACQShsaiIBIAQpAwg3AwggASAEKQMANwMAIAEgBToAECABIAQpAxg3ABEgASAEKQMgNwAZIAEgBCkAJzcAICAAIAJBAWo2AggLIARBMGokACAFQQZHC7oBAgF/An4jAEEgayIEJAACQAJAIAEgAiADQQMQPyIBBEAgAS0AAA0BCyAAQQA2AgAgAEIANwMIDAELIARBCGoiAiABEG8gBCkDECEFIAQpAwghBiAEQcwANgIQIARB7J7AADYCDCAEQQg2AgggAAJ/IAZQRQRAIAAgBTcDECAAQgE3AwggAhDYAUEADAELIAAgBCgCGDYCFCAAIAQpAhA3AgwgACAEKQIINwIEQQELNgIACyAEQSBqJAALuQEBAX8jAEFAaiIEJAACQCACIANLBEAgAEEGOgAADAELIARCADcCCCAEIAI2AgQgBCABNgIAIARBKGogBBAIIAQtACgiAUEGRgRAIABBBjoAAAwBCyAEIAQpADg3ACAgBCAEKQAxNwAZIAQgBCkAKTcAESAEIAE6ABAgBBCXAUUEQCAAQQY6AAAgBEEQahCdAQwBCyAAIAQpAyA3AxAgACAEKQMYNwMIIAAgBCkDEDcDAAsgBEFAayQAC8ABAgJ/AX4jAEEgayIDJAAgA0EUaiABKAIAIAJBARB6AkAgAygCFEUEQCAAQYCAgIB4NgIADAELIAMoAhgiAUUEQCAAQYCAgIB4NgIADAELIANBCGoiAiABIAMoAhwiBBBNIANBFGogASAEEAogAygCFCIBQYCAgIB4RgRAIABBgICAgHg2AgAgAhDvAQwBCyADKQIYIQUgACADKAIQNgIIIAAgAykCCDcCACAAIAU3AhAgACABNgIMCyADQSBqJAALogEBA38gAEGAAU8EQCAAQT9xQYB/ciEDIABBBnYhAiAAQYAQSQRAIAEgAzoAASABIAJBwAFyOgAADwsgAEEMdiEEIAJBP3FBgH9yIQIgAEH//wNNBEAgASADOgACIAEgAjoAASABIARB4AFyOgAADwsgASADOgADIAEgAjoAAiABIARBP3FBgH9yOgABIAEgAEESdkFwcjoAAA8LIAEgADoAAAugAQIBfwF+IwBBEGsiBSQAIAACfwJAAkACQCAErSABrX4iBkIgiKcNACAGpyIEQYCAgIB4IANrSw0AIAQNASAAIAM2AgggAEEANgIEQQAMAwsgAEEANgIEDAELIAVBCGogAyAEIAIQkwEgBSgCCCICBEAgACACNgIIIAAgATYCBEEADAILIAAgBDYCCCAAIAM2AgQLQQELNgIAIAVBEGokAAtdAQN/IwBBIGsiAiQAIAJBFGogAUEBQQRBBBAnIAIoAhghAyACKAIUQQFHBEAgAigCHCEEIAAgATYCCCAAIAQ2AgQgACADNgIAIAJBIGokAA8LIAMgAigCHBDZAQALjgECAX8BfiMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQNCAAAn4CQCAEKAIIIgFFDQAgBCgCDCEDA0AgAwRAIAEtAABBMGsiAkH/AXFBCk8NAiAFQgp+IAKtQv8Bg3whBSADQQFrIQMgAUEBaiEBDAELCyAAIAU3AwhCAQwBC0IACzcDACAEQRBqJAALnQEBBn8jAEEwayIDJAAgA0EMakEvIAEgAhBRIAMoAhAiBSADKAIYIgZqIQcgAygCDCEIIAMoAhwhAgJAA0ACQCADIAc2AiggAyAFIAIiBGo2AiwgAyADQShqEBkgAygCAEEBRw0AIAMoAiwgAygCKGsgBmohAiADKAIEIAhGDQEMAgsLQQAhBAsgACAENgIEIAAgATYCACADQTBqJAALjgEBBH8jAEEQayIEJAAgBEEEaiADECggASACakEBayEBQQAhAwNAIAIgA0ZFBEAgAS0AACEGIARBBGogA0ECdkGQjMAAEK8BIgcgBygCACAGIAVBGHF0cjYCACAFQQhqIQUgAUEBayEBIANBAWohAwwBCwsgACAEKAIMNgIIIAAgBCkCBDcCACAEQRBqJAALiwEBAn8jAEEQayIEJAAgBEEIaiADIAIQiwECQAJAIAQoAghBAUcNACAEKAIMIAQgASACEIsBIAQoAgBBAUcNACAEKAIESw0AIAAhBQwBCyADIAIQDSIFRQRAQQAhBQwBCyADIAEgASADSxsiAwRAIAUgACAD/AoAAAsgACABIAIQXwsgBEEQaiQAIAULfwEFfyMAQRBrIgIkAEEEIQUDQAJAIAVFBEBBASEGDAELIAJBCGogARBrIAItAAhFDQAgAi0ACSIDQcEAa0FfcUEKaiADQTBrIANBOUsbIgNBD0sNACAFQQFrIQUgAyAEQQR0ciEEDAELCyAAIAQ2AgQgACAGNgIAIAJBEGokAAuNAQEEfyAAQUBrIQYDQCAAKAJgIgQgAkHAAElyRQRAIAYgARAEIAJBQGohAiABQUBrIQEMAQsLA0ACQCACIANHBEAgACAEQQFqIgU2AmAgACAEQT9xaiABIANqLQAAOgAAIAVBwABHDQEgBiAAEARBACEFIABBADYCYAwBCw8LIANBAWohAyAFIQQMAAsAC5ABAQJ/AkAgAEEJayICQRdNBEBBASEBQZ+AgAQgAnZBAXENAQtBACEBIABBgAFJDQACQCAAQQh2IgIEQCACQTBHBEAgAkEgRg0CIAJBFkcNAyAAQYAtRiEBDAMLIABBgOAARiEBDAILIABB/wFxLQCoyEAhAQwBCyAAQf8BcS0AqMhAQQJxQQF2IQELIAFBAXELszUCE38CfiMAQdAAayIKJAAgCiABNgIEIAogADYCACAKIAI2AgggCiADNgIMIAogCkHPAGoiADYCSCAKIAA2AkQgCiAKQQxqNgJAIAogCkEIajYCPCAKIAA2AjggCiAANgI0IAogCkEEajYCMCAKIAo2AiwjAEEgayIOJAAgDkEIaiAKQSxqIgIoAgAoAgAgAigCBCgCABB/IA4oAgghACAOKAIMIQEgDiACKAIQKAIAIAIoAhQoAgAQfyAOKAIAIQUgDigCBCEGIA4gATYCFCAOIAA2AhAgDiAGNgIcIA4gBTYCGCAKQRBqIRAjAEHgAWsiByQAIwBBEGsiBCQAIAQgATYCDCAEIAA2AghBtH8hAwNAIAMiAkG4C0cEQCACQYwBaiEDIAJB3LnAAGogBEEIahDaAUUNAQsLIARBEGokACAHQSxqIgMgBSAGQX8QOCAHIAJBuAtHIgI6ACgCQAJAAkAgAgRAIAcoAixBgICAgHhHBEAgByADKAIIIgI2AkAgByADKQIANwM4IAdB4ABqIQUgBygCPCEDIwBB4AJrIgQkACAEIAE2AnggBCAANgJ0IAQgAjYCgAEgBCADNgJ8IARB6ABqIARB/ABqQcCiwABBCxBLIAQoAmgiAgR/IAQoAmwhAyACQQAgBEH0AGpBgKfAABDaARsFQQALIQYjAEEQayICJAAgAiAANgIAIAIgATYCBCACIANBBCAGGyABIAJBgKfAABDaASIBGzYCDCACIAZB+qbAACAGGyAAIAEbNgIIQQAhAEEAIQYCQANAIAZBhAxGDQECQCAGQZC5wABqIAIQ2gEEQCAGQYi5wABqIAJBCGoQ2gENAQsgBkGMAWohBgwBCwsgBkHQuMAAaiEACyACQRBqJAAgBEHSADYC4AEgBEHLosAANgLcASAEQQs2AtgBIARBwKLAADYC1AEgBEEVNgLQAQJAIAAiAUUEQCAFIARB2AFqIgAoAgg2AhQgBSAAKQIANwIMIAVBwKLAADYCCCAFQoOAgIDQAjcDAAwBCyAEQdABahDYASAEQeAAaiAEQfwAakGdo8AAQQoQeQJAIAQoAmAiAARAIAQoAmQiAg0BCyAFQQo2AgwgBUGdo8AANgIIIAVCg4CAgMACNwMADAELIARBhAFqIAAgAhBNIARB2ABqIARB/ABqQaejwABBGBBLAkACQCAEKAJYIgBFBEBCkBwhGAwBCwJAIAQoAlwiBkEFSw0AA0AgBgRAIAAtAABBMGsiAkH/AXFBCUsNAiAYQgp+IAKtQv8Bg3whGCAGQQFrIQYgAEEBaiEADAELCyAYQgF9QoCjBVQNAQsgBUEiNgIUIAVB2KbAADYCECAFQRg2AgwgBUGno8AANgIIIAVCg4CAgNACNwMADAELIARB0AFqIARB/ABqQb+jwABBGkEBEA4gBC0A1AEhFCAEKALQASIAQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgFDoACCAFIAA2AgQgBUEDNgIADAELIARB0ABqIARB/ABqQdmjwABBFhBLAn8CQCAEKAJQIgAEQCAAIAQoAlQiAkHvo8AAQQEQwwFFDQELIARBgICAgHg2ApABQQEMAQsgBEGoAWogACACEKEBIAQgBCgCqAE2AtgBIAQgBCgCrAEiADYC1AEgBCAANgLQASAEIAAgBCgCsAFBA3RqNgLcASMAQSBrIgAkACAAQQhqIARB0AFqIgMoAgwgAygCBGtBA3ZBBEEMEGAgAEEANgIcIAAgACkDCDcCFCMAQRBrIgwkACAAQRRqIgIgAygCDCADKAIEa0EDdhC4ASACKQIEIRcgDCACQQhqNgIEIAwgF0IgiTcCCCMAQRBrIgIkACACIAMpAgg3AwggAiADKQIANwMAIwBBIGsiBiQAIAxBBGoiCSgCCCAJKAIEIghBDGxqIQ8gAigCBCEDIAIoAgwhDQNAIAMgDUcEQCADQQRqKAIAIQsgAygCACERIAIgA0EIaiIDNgIEIAZBCGogESALECogBkEUaiAGKAIIIAYoAgwQTSAPIAYoAhw2AgggDyAGKQIUNwIAIA9BDGohDyAIQQFqIQgMAQsLIAkoAgAgCDYCACACELMBIAZBIGokACACQRBqJAAgDEEQaiQAIARBkAFqIgIgACgCHDYCCCACIAApAhQ3AgAgAEEgaiQAIAQoApABQYCAgIB4RgshAAJAAkACQAJAAkACQAJAAkBBqaDAACABKAJ4IhUgASgCfCIWEH5BACAAG0UEQCAEQcgAaiAEQfwAakHwo8AAQQ0QSwJAAkAgBCgCSCIABEAgBEGoAWogACAEKAJMQX8QOEEwIQAgBEEwNgLgAUGKqMAAIQYgBEGKqMAANgLcASAEQQ02AtgBIARB8KPAADYC1AEgBEEVNgLQASAEKAKoASIDQYCAgIB4Rg0KIAQoAqwBIQAgBCgCsAEhAiAEQdABahDYASAEIAI2AvwBIAQgADYC+AEgBCADNgL0ASACQRBLDQEgBEEANgKIAiAEQoCAgIDAADcCgAIgBCAAIAJBKGxqIgY2ApgCIAQgAzYClAIgBCAANgKQAiAEIAA2AowCIARB1AFqIQ8gBEG0AWohDSAEQagCakEEciEMAkADQCAAIAZGDQQgBCAAQShqNgKQAiAEIAApAgw3A9ABIAQgACkCFDcD2AEgBCAAKQIcNwPgASAEIAAoAiQ2AugBIAAoAgAiAkGAgICAeEYNBCAEIAApAgQiFzcCoAIgBCACNgKcAiAEIA8pAhA3A7gCIAQgDykCCDcDsAIgBCAPKQIANwOoAiAEIBc3AqgBIARBqAFqQbyowABBCBBVBEBBwgAhAEHnqcAAIQYMCAtBLCEAQbupwAAhBiAXQiCIpyICQcEAa0FASQ0HIAQgF6ciAzYCqAEgBCACIANqNgKsASAEQagBaiIIKAIAIQIgCCgCBCEJA0AgCSACIgNHBEAgCCACQQFqIgI2AgAgAy0AACILQd8ARiALQTprQf8BcUH1AUtyIAtB3wFxQdsAa0H/AXFB5QFLcg0BCwsgAyAJRw0HAkACQAJAAkAgBC0AqAJBA2sOAgABAwsgBCAMKAIINgLYAiAEIAwpAgA3A9ACQQRBDBDNASIAIAQoAtgCNgIIIAAgBCkD0AI3AgBBASEDIARBATYCzAIgBCAANgLIAiAEQQE2AsQCQQAhCEEBIQYMAQsgBCgCtAIhAiAEKAKwAiEAIAQgBCgCrAI2ArABIAQgADYCrAEgBCAANgKoASAEIAAgAkEYbGo2ArQBIARBxAJqIQYjAEEwayIAJAAgAEEUaiAEQagBaiICEGcCQCAAKAIUQYCAgIB4RwRAIABBBEEEQQwQYCAAKAIAIQggACgCBCIDIAAoAhw2AgggAyAAKQIUNwIAIABBATYCECAAIAM2AgwgACAINgIIIAAgAikCCDcDKCAAIAIpAgA3AyAgAEEIaiECIABBIGohCCMAQRBrIgMkAANAAkAgA0EEaiAIEGcgAygCBEGAgICAeEYNACACKAIIIgkgAigCAEYEQCACQQEQuAELIAIoAgQgCUEMbGoiCyADKAIMNgIIIAsgAykCBDcCACACIAlBAWo2AggMAQsLIAgQViADQRBqJAAgBiAAKAIQNgIIIAYgACkCCDcCAAwBCyAGQQA2AgggBkKAgICAwAA3AgAgAhBWCyAAQTBqJABBASEIQQAhAyAEKALMAiIGQQVrQXxJDQMgBCgCyAIhAAsgBkEMbCEGA0AgBgRAIAZBDGshBiAAKAIIIQkgACgCBCELIABBDGohAEEAIQJBACERAkAgCUGBAmtBgH5JDQAgCy0AAEEvRw0AA0AgAiAJRiIRDQEgAiALaiESIAJBAWohAiASLQAAQf4ARw0AIAIgCU8NASASQQFqLQAAQf4BcUEwRg0ACwsgEQ0BDAQLCyANIAQpAsQCNwIAIA0gBCgCzAI2AgggBCAEKAKkAjYCsAEgBCAEKQKcAjcDqAEgBCgCiAIiACAEKAKAAkYEQCAEQYACahB2CyAEKAKEAiAAQRhsaiICIAQpA6gBNwIAIAIgBCkDuAE3AhAgAiAEKQOwATcCCCAEIABBAWo2AogCIAQtAKgCQQNrQf8BcUECTwRAIARBqAJqEJ0BCyAEKAKQAiEAIAQoApgCIQYMAQsLIARBADYCzAIgBEKAgICAwAA3AsQCQQEhA0EBIQgLIARBxAJqEPUBQfyowAAhBkE/IQACQAJAIAQtAKgCQQNrDgIBAAgLIAMNCQwKCyAIRQ0JDAcLIARBADYCpAEgBEKAgICAwAA3ApwBDAMLIARB9AFqEPABQamqwAAhBkEWIQAMCAsgBEGMAmoQWCAEIAQoAogCNgKkASAEIAQpAoACNwKcAQwBCyAFQcQANgIUIAVBlKbAADYCECAFQRY2AgwgBUHZo8AANgIIIAVCg4CAgNACNwMADAcLIARBQGsgBEH8AGogASgCUCIMIAEoAlQiDxBLAkACQCAEKAJAIgAEQCAEKAJEIQYMAQsgASgCECIABEAgASgCFCEGDAELIAUgDzYCDCAFIAw2AgggBUKDgICAwAI3AwAMAQsCQCABLQCJAUUEQCABLQCIAUUEQCAEQYACaiAAIAYQTQwCCyAEQYACaiAAIAYQgAEMAQsgBEGAAmogACAGEE0LAkACQCABLQCIAUUNACAEKAKEAiAEKAKIAhACDQAgBUEyNgIUIAVB2KfAADYCECAFIA82AgwgBSAMNgIIIAVCg4CAgNACNwMADAELAn8CQAJAIAEtAIsBRQRAIARBgICAgHg2AqgBDAELIARBOGogBEH8AGpB/aPAAEEPEEsCQCAEKAI4IgAEQCAEQYwCaiAAIAQoAjwQgAEMAQsgBCgChAIgBCgCiAJBjKTAAEENEMwBRQRAIARBjAJqQZmkwABBFxBNDAELIARBjAJqQbCkwABBFhBNCyAEKAKQAiAEKAKUAhACRQRAIAVBMjYCFCAFQdinwAA2AhAgBUEPNgIMIAVB/aPAADYCCCAFQoOAgIDQAjcDACAEQYwCahDvAQwECyAEQTBqIARB/ABqQcakwABBDRBLIARBqAJqIAQoAjAgBCgCNBDRASAEQdABaiIAIARBgAJqEFsgBCAEKAKwAjYC8AEgBCAEKQKoAjcC6AEgBCAEKQKMAjcC3AEgBCAEKAKUAjYC5AEgBEGoAWogAEEk/AoAACAEKAKoAUGAgICAeEcNAQtBACEAQQEMAQsgBCgCvAEhACAEKAK4AQshAiAEIAA2AqQCIAQgAjYCoAIgBCAEQYACajYCnAICQAJAIAEoAhgiAEUNACAEQShqIARB/ABqIAAgASgCHBBLIAQoAigiAEUNACAEQagCaiAAIAQoAiwQoQEgBCAEKAKoAjYC2AEgBCAEKAKsAiIANgLUASAEIAA2AtABIAQgACAEKAKwAkEDdGo2AtwBIwBBIGsiAyQAIANBCGogBEHQAWoiACgCDCAAKAIEa0EDdkEEQQwQYCADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELgBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBiQAIAYgACkCCDcDCCAGIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAGKAIEIQIgBigCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRMgBiACQQhqIgI2AgQgDUEEaiATIBIQgAEgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBhCzASANQRBqJAAgBkEQaiQAIAlBEGokACAEQcQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYC0AEgBCAAIAEoAlxBA3RqNgLUASAEIARBnAJqNgLYASAEQcQCaiAEQdABahBTCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARB/ABqIAAgAhBLIAQoAiAiA0UNACAEQagCaiADIAQoAiQQoQEgBCAEKAKoAjYC2AEgBCAEKAKsAiIANgLUASAEIAA2AtABIAQgACAEKAKwAkEDdGo2AtwBIwBBIGsiAyQAIANBCGogBEHQAWoiACgCDCAAKAIEa0EDdkEEQQwQYCADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELgBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBiQAIAYgACkCCDcDCCAGIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAGKAIEIQIgBigCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRMgBiACQQhqIgI2AgQgDUEEaiATIBIQTSAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAGELMBIA1BEGokACAGQRBqJAAgCUEQaiQAIARB0AJqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIoBDQEgBCABKAJoIgA2AtABIAQgACABKAJsQQN0ajYC1AEgBCAEQZwCajYC2AEgBEHQAmogBEHQAWoQUwsgBEEYaiAEQfwAaiABKAJgIgIgASgCZCIDEEsgBCgCGCIARQ0BIARBqAJqIgYgACAEKAIcIggQ6wEgBC0AqAJBBkYNAyAEIAQpA7gCNwPgASAEIAQpA7ACNwPYASAEIAQpA6gCNwPQASAGQauRwABBBBB1IgZFDQIgBi0AACAEQdABahCdAUEERw0DIARBkAJqIAAgCBBNIARBADYCjAIMBgsgBUKDgICAwAI3AwAgBSACIA8gABs2AgwgBSAAIAwgABs2AggMBwsgASgCICIARQ0DIARBEGogBEH8AGogACABKAIkIgMQSyAEKAIQIgJFDQMgAiAEKAIUIgYQAg0CIAVBMjYCFCAFQdinwAA2AhAgBSADNgIMIAUgADYCCCAFQoOAgIDQAjcDAAwFCyAEQdABahCdAQsgBUHEADYCFCAFQdOkwAA2AhAgBSADNgIMIAUgAjYCCCAFQoOAgIDQAjcDAAwDCyAEQZACaiACIAYQTSAEQQE2AowCDAELIAEoAigiAARAIARB0AFqIgIgBEGcAmogACABKAIsEBQgAS0AiwEhACAEKALUASAEKALYARACRQRAIAVBMjYCFCAFQdinwAA2AhAgBUKDgICA0AI3AwAgBUEPIA8gAEEBcSIAGzYCDCAFQf2jwAAgDCAAGzYCCCACEO8BDAMLIAQgBCgC2AE2ApgCIAQgBCkC0AE3ApACIARBATYCjAIMAQsgBEEIaiAEKAKEAiAEKAKIAhAqIARBITYC3AEgBEGXpcAANgLYASAEIAQpAwg3AtABIARBkAJqIARB0AFqQQIQSCAEQQI2AowCCyAEIARB/ABqQbilwABBDhBLQQEhBgJAAkAgBCgCACIARQRAQQEhAgwBCyAEKAIEIQNBASECQZCgwAAgFSAWEH5FDQAgBEHQAWogACADEKEBAkAgBCgC2AEiAkUNACACQQN0IQZBACEAIAQoAtQBIQMDQCAAIAZHBEAgACADaiIIQcilwAAQ1gEEQCAIQdClwAAQ1gENAwsgAEEIaiEADAELC0HIpcAAIAMgAhBVIQZB0KXAACAEKALUASAEKALYARBVIQIgBEHQAWoQ9wEMAQsgBUEnNgIUIAVB7aXAADYCECAFQQ42AgwgBUG4pcAANgIIIAVCg4CAgNACNwMAIARB0AFqEPcBDAELIARB0AFqIARB/ABqQdilwABBFUEAEA4gBC0A1AEhACAEKALQASIDQRZHBEAgBSAEKQDcATcAECAFIAQpANUBNwAJIAUgADoACCAFIAM2AgQgBUEDNgIADAELIAUgBCgCjAE2AiAgBSAEKQKEATcCGCAFIAQpAsQCNwIkIAUgBCgCzAI2AiwgBSAEKQLQAjcCMCAFIAQoAtgCNgI4IAUgBCkCjAI3AgAgBSAEKQKUAjcCCCAFIAQoApgBNgJQIAUgBCkCkAE3AkggBUHUAGogBEGoAWpBJPwKAAAgBSAAOgB/IAUgFDoAfiAFIAI6AH0gBSAGOgB8IAUgATYCeCAFIBg3AxAgBSAEKAKkATYCRCAFIAQpApwBNwI8IARBgAJqEO8BDA0LIARBkAJqEO8BCyAEQdACahD1AQsgBEHEAmoQ9QEgBEGoAWoQtQELIARBgAJqEO8BCyAEQZwBahD4AQwGCyAELQCoAkEDaw4CAQIACyAEQagCahCdAQwCCyAMEO8BDAELIAwQ9AELIARBnAJqEO8BIARBjAJqEFggBEGAAmoQ+AELIAUgADYCFCAFIAY2AhAgBUENNgIMIAVB8KPAADYCCCAFQoOAgIDQAjcDAAsgBEGQAWoQ4AELIARBhAFqEO8BCyAEQeACaiQAAn8gBygCYEEDRwRAQQhBiAEQzQEiAEKBgICAEDcDACAAQQhqIAVBgAH8CgAAIAAMAQsgByAHKAJ0NgJYIAcgBykCbDcDUCAHIAcpAmQiGDcDSCAYp0EWRw0DIAcoAkwLIQAgB0GAgICAeDYCDCAHIAA2AhAMAwsgB0EMakGkkcAAQQcQfQwDCyAHQQxqQZSRwABBEBB9IAcoAixBgICAgHhGDQIgAxDwAQwCCyAHQQxqIAdByABqEIcBCyAHQThqEPABCyAQIAcoAiQ2AhggECAHKQIcNwIQIBAgBykCFDcCCCAQIAcpAgw3AgAgB0HgAWokACAOQRhqENUBIA5BEGoQ1QEgDkEgaiQAIwBBIGsiACQAIABBADYCACAAIBApAgA3AgQgACAQKQIINwIMIAAgECkCEDcCFCAAIBAoAhg2AhxBBEEoEM0BIgFCgYCAgBA3AgAgASAAKQIANwIIIAEgACkCCDcCECABIAApAhA3AhggASAAKQIYNwIgIABBIGokACAKQdAAaiQAIAFBCGoLjwECAX8BfiMAQRBrIgMkAAJ/AkACQCACRQRAIANBBGogARBhIAMoAgQiAUGAgICAeEYNAiADKQIIIQQgACgCACIAENsBDAELIANBBGogARAzIAMoAgQiAUGBgICAeEYNASADKQIIIQQgACgCBCIAENsBCyAAIAQ3AgQgACABNgIAQQEMAQtBAAsgA0EQaiQAC6EBAQF/IwBBEGsiBCQAAkACQAJAIAEoAgAiASgCBCABKAIIIAIgAxA/IgFFDQACQAJAIAEtAAAOBAIBAQABCyAEQQhqIAEoAggiAiABKAIMIgEQFSAEKAIMDQILIABBKzYCCCAAQe6wwAA2AgQgAEEBNgIADAILIABCFjcCAAwBCyAEIAIgARAVIAAgBCkDADcCBCAAQRY2AgALIARBEGokAAuiAQEBfyMAQRBrIgIkACACIAEQOgJAIAItAABFBEAgAEGBgICAeDYCAAwBCwJAIAItAAFB7gBGBEAgAUGOkMAAQQQQcg0BIABBgYCAgHg2AgAMAgsgAkEEaiABEGEgAigCBEGAgICAeEcEQCAAIAIoAgw2AgggACACKQIENwIADAILIABBgYCAgHg2AgAMAQsgAEGAgICAeDYCAAsgAkEQaiQAC3cBAn8CQCADIARLDQACQCADRQ0AIAIgA00EQCACIANHDQIMAQsgASADaiwAAEG/f0wNAQsCQCAERQ0AIAIgBE0EQCACIARGDQEMAgsgASAEaiwAAEFASA0BCyABIANqIQUgBCADayEGCyAAIAY2AgQgACAFNgIAC8ApAh1/A34jAEFAaiIOJAAgDiACNgIMIA4gATYCCCAOIAM5AxAgDiAANgI4IA4gDkE/aiIANgI0IA4gADYCMCAOIAA2AiwgDiAOQRBqNgIoIA4gADYCJCAOIAA2AiAgDiAOQQxqNgIcIA4gDkEIajYCGCMAQdAAayIKJAAgCkEYaiAOQRhqIgAoAiAQPSAKQSRqIAAoAgAoAgAgACgCBCgCABBOAkAgCigCGARAIAooAiRBgYCAgHhHDQELIApBEGogCkEkahCOASAKKAIQIQEgCigCFCECIApBCGogCkEYahCVASAKKAIIIgAgASAAGyIBQQEgARsgCigCDCACIAAbQQAgARsQgQIACyAKIAopAiQ3A0AgCiAKKAIsNgJIIAAoAhArAwAgCiAKKAIgNgI4IAogCikCGCIiNwMwIwBBEGsiFCQAIBRBCGogCkFAayIaEMkBIBQoAgghASAUKAIMIQf8BiEjIwBBoANrIgUkAAJAICKnIhAoAqABIgBFDQAgACgCCA0AIAAoAhQhBiAAKAIQIQQLAkACQAJAAkACQAJAAkAgECkDAEIEUQRAAkAgBCABIAQbIggEQCAFQfgBaiECIBAoAkwhDSAQKAJQIQkgEC0AbCELIwBBwAFrIgAkAEGAgICAeCEBAkAgBiAHIAQbIgZBgIAQSw0AIABCADcCWCAAIAY2AlQgACAINgJQIABBgICAgHg2ApgBIAAgAEGYAWo2AoABAkAgAEHQAGoiBkGwkcAAQQEgAEGAAWpBuJHAABCDAUUNACAGEJcBRQ0AIAApApwBISEgACgCmAEhAQwBCyAAQZgBahDfAQsgAEEpNgJYIABB4JHAADYCVCAAQRI2AlACQCABQYCAgIB4RgRAIAApAlghISACIAAoAmA2AhQgAiAhNwIMIAJB4JHAADYCCCACQoKAgICoAjcCAAwBCyAAQdAAahDYASAAIAE2AhQgACAhNwIYICFCIIinQRhsIQEgIachBgJAAkACQANAIAFFDQEgAEEIaiAGQcSIwABBAxB1EHEgACAAKQMINwKYASAAIAk2AlQgACANNgJQIAFBGGshASAGQRhqIQYgAEGYAWoiDCAAQdAAaiIEEJwBRQ0ACyAAIAZBGGs2AjggBCAAQThqIgZBiZLAAEEDEHoCQAJAIAAoAlBFDQAgACgCWCEHIAAoAlQhASAEIAZBwYjAAEEDEHogACgCUEUNACAAKAJYIQ0gACgCVCEIIAQgBkGMksAAQQMQeiAAKAJQRQ0AIAAoAlghCSAAKAJUIQYgCARAIAAgDTYCnAEgACAINgKYASAAQQU2AlQgACALEOQBNgJQIAwgBBDaAUUNAQsgBgRAIAAgCTYCVCAAIAY2AlAgAEHQAGpBsJLAABDaAUUNAQsgACAAQThqIgY2AjwCQCALQQJGBEAgAUUNAiABIAdBj5LAAEECEMMBRQ0CIABB0ABqIgEgBkGRksAAQQMQeiAAKAJQRQ0CIAAgACkCVDcCmAEgAEGYAWoiBkGcksAAEJwBRQ0CIAEgAEE8aiIEQaSSwAAQJSAAKAJQIgdBgICAgHhGDQIgACAAKAJkNgKsASAAIAApAlw3AqQBIAAgACkCVDcCnAEgACAHNgKYASABIARBpZLAABAlIAAoAlAiAUGAgICAeEYEQCAGEOkBDAMLIAApAlQhISAAIAAoAmQ2AogBIAAgACkCXDcDgAEgACAAKQKYATcDsAEgACAAKAKgATYCuAEgACAAKAKsASIGNgJIIAAgACkCpAE3A0ACQAJAIAZBIEYEQCAAKAKIASAAIAAoArgBNgJcIAAgACkDsAE3AlQgACAhNwJkIAAgATYCYEGAgICAeCEEIABBgICAgHg2AlBBIEcNASAAIABB1ABqIgEpAhA3AzAgACABKQIINwMoIAAgASkCADcDIAwCCyAAIAAoArgBNgJcIAAgACkDsAE3AlQgACAhNwJkIAAgATYCYCAAQYCAgIB4NgJQCyAAQdAAahCwAUGBgICAeCEECyAAQYABahDvASAAQUBrEO8BDAELIAFFDQEgASAHQaaSwABBAxDDAUUNASAAQZgBaiIBIABBPGoiBkGpksAAECUgACgCmAEiBEGAgICAeEYNASAAIAAoAqwBNgKUASAAIAApAqQBNwKMASAAIAApApwBNwKEASAAIAQ2AoABIAEgBkGqksAAECUgACgCmAEiAUGAgICAeEYEQCAAQYABahDpAQwCCyAAIAAoAqwBIgc2AnwgACAAKQKkASIhNwJ0IAAgACkCnAE3AmwgACAAKQKIATcDWCAAIAApApABIiI3A2AgACAAKQKAATcDUCAAIAE2AmggACgCXCEEIAAoAnghCCAAKAJkIQ0gAEHQAGoQ7wEgAEHoAGoQ7wFBgBAgDUEDdGshBiAhpyEPICKnIQxBACEJQQAhAQJAA0AgASANRg0BIAEgDGoiEy0AAEUEQCAGQQhqIQYgAUEBaiEBDAELCyAHRUEAIBMtAABnQRhrQf8BcSAGamtBgBBLcg0AIAgtAABCACEhQQAhAQNAIAEgCGotAAAiCa1C/wGDICFCCIaEISEgByABQQFqIgFHDQALRQRAQQAhCQwBCyAHQQVJICFCAlZxIAlxIQkLIAAgBzYCZCAAIAg2AmAgACAPNgJcIAAgDTYCWCAAIAw2AlQgACAENgJQIAAgCzoAaCAJRQRAIABB0ABqELABQYGAgIB4IQQMAQsgACAAQdQAaiIBKQIQNwMwIAAgASkCCDcDKCAAIAEpAgA3AyALIARBgYCAgHhHDQELIABBBjYCmAEMAgsgACAAKQMwNwNgIAAgACkDKDcDWCAAIAApAyA3A1AgAEEGNgKYASAEQYKAgIB4Rg0BIAIgBDYCACACIAApA1A3AgQgAiAAKQNYNwIMIAIgACkDYDcCFCAAQZgBahDYAQwCCyACQYGAgIB4NgIAIABBFGoQ9AEMAgsgAiAAKAKoATYCFCACIAApAqABNwIMIAIgACkCmAE3AgQgAkGCgICAeDYCAAsgAEEUahD0AQsgAEHAAWokACAFKAL4AUGCgICAeEcNASAFQQxqIAVB/AFqEIcBDAMLIAVBDGpB6a3AAEEmEH0MAgsgBSAFKAKQAjYCJCAFIAUpAogCNwIcIAUgBSkCgAI3AhQgBSAFKQL4ASIhNwIMIAVBADYCCCAFQQxqIQ0gIaciAEGBgICAeEYNBiAAQYCAgIB4RwRAIAUtACRFDQMLIAUgDSgCGDYCaCAFIA0pAhA3A2AgBSANKQIINwNYIAUgDSkCADcDUCAFQfAAaiAQQYgB/AoAACAQQZCuwABBiAH8CgAAIAUpA3BCBFINAyAFQfgBaiIAIAVB+ABqQegA/AoAACAFIA0oAhg2AvgCIAUgDSkCEDcD8AIgBSANKQIINwPoAiAFIA0pAgA3A+ACIBAQQiAQIABBiAH8CgAAIAVB4AFqENsBDAcLIAVBDGpB6a3AAEEmEH0LIAUgBSgCJDYCmAMgBSAFKQIcNwOQAyAFIAUpAhQ3A4gDIAUgBSkCDDcDgAMgECAFQYADahA8DAULIAUgDSgCCDYCMCAFIA0pAgA3AyggBSAFKAIgNgJYIAUgBSkCGDcDUCAFQfgBaiAQQYgB/AoAACAQQZCuwABBiAH8CgAAAkACQAJAIAUpA/gBQgRRBEAgBSgCLCEEIAUoAjAhByAFKAJUIQEgBSgCWCECIAUoAtACIRsgBSgC1AIhHCAFKALcAiEGIAUoAuACIQAjAEFAaiILJAAgCyAEIAcQSUEAIQQCQCAAIAsoAgRHDQAgC0EIaiETIAsoAgAhByMAQZABayIEJAAgBEEoaiAHIAAQSSAEQTRqIgggBCgCKCAEKAIsIhUgFUECdiAVQQNxQQBHaiIJECsCQAJAAkAgBCgCPEECSQ0AQQEhByAIQQBBgI/AABCvAS0AAEEBcUUNAEEFIQgDQCAIBEAgCEEBayEIQQIgBEE0akEAQZCPwAAQrwEoAgAgB2xrIAdsIQcMAQsLIAQoAjQiCEGAgICAeEYNASAEIAQpAjg3AjggBCAINgI0IARBACAHazYCQAJAAkACQCAAIBVNBEAgBEHEAGoiByAGIAAgCRArIAQoAkggBCgCTCAEKAI4IAQoAjwQQUUEQCATQYCAgIB4NgIAIAcQ8QEMAgsgBEHQAGogCUECahAoIAQoAkwhHSAEKAJIIR4gBCgCVCEGIAQoAlghFiAEQTRqIAQoAjwiDEEBa0HAjcAAEK8BKAIAIQggDEEFdCIPIQcDQCAHQQFxIAdBwQBJckUEQCASQQFqIRIgB0EBdiEHDAELCyAEQYQBaiIRIAwQKCARIA8gCGciCEF/cyIRakEFdkHQjcAAEK8BQQEgEXQ2AgAgByAIakEBaiEfIAQoAowBIhFBAnQhICAEKAI4IRkgBCgCiAEhDwNAAkACQCAXIB9HBEBBACEHQQAhCANAIAcgIEYNAiAHIA9qIhggCCAYKAIAIhhBAXRyNgIAIAdBBGohByAYQR92IQgMAAsACwNAIBJFDQIgBEE0aiAPIBEgDyARIAYgFhAGIAwgFksNByAPIBEgBiAMQfCNwAAQmAEgEkEBayESDAALAAsgF0EBaiEXIAhFBEAgDyARIBkgDBBBDQILIA8gESAZIAwQVwwBCwsgBCAEKAKMASIHNgKAASAEIAQpAoQBNwN4IARBNGogHiAdIAQoAnwgByAGIBYQBiAEQfgAahDxASAEQSBqIARB0ABqIAlBsIzAABCoASAEQdwAaiAEKAIgIAQoAiQQSiAEQYCAgIB4NgJoIARBGGogASACEEkgBCgCGCIIIAQoAhxqIQEMAgsgE0GAgICAeDYCAAsgBEE0ahDxAQwECwNAAkAgASAIRwRAQQchBwNAIAdBf0YNAgJAIAQoAmhBgICAgHhHBEAgBEE0aiICIAQoAmwiDCAEKAJwIg8gDCAPIAYgBCgCWBAGIAQoAnAhDCAEKAJsIARBEGogBEHQAGoiEiAJQfCMwAAQqAEgDCAEKAIQIAQoAhRBgI3AABCYASAILQAAIAdBB3F2QQFxRQ0BIAIgBCgCbCAEKAJwIAQoAmAgBCgCZCAGIAQoAlgQBiAEKAJwIQIgBCgCbCAEQQhqIBIgCUGQjcAAEKgBIAIgBCgCCCAEKAIMQaCNwAAQmAEMAQsgCC0AACAHQQdxdkEBcUUNACAEQYQBaiAEQdwAaiICKAIEIAIoAggQSiAEQegAahDdASAEIAQoAowBNgJwIAQgBCkChAE3A2gLIAdBAWshBwwACwALIARB+ABqIgEgCRAoIAFBAEHAjMAAEK8BQQE2AgACQCAEKAJoQYCAgIB4RwRAIARBNGogBCgCbCAEKAJwIAQoAnwgBCgCgAEgBiAEKAJYEAYMAQsgBCAJIAYgBCgCWEHQjMAAELEBIAQoAgAgBCgCBCAEKAJ8IAQoAoABQeCMwAAQmAELIAQgFTYCjAEgBEEANgKIASAEIARB0ABqIgw2AoQBIwBBIGsiASQAIAFBCGogBEGEAWoiBigCCCICIAYoAgRrIgdBACACIAdPG0EBQQEQYCABQQA2AhwgASABKQMINwIUIwBBEGsiCCQAIAFBFGoiAiAGKAIIIgcgBigCBGsiCUEAIAcgCU8bELkBIAIpAgQhISAIIAJBCGo2AgQgCCAhQiCJNwIIIwBBEGsiAiQAIAYoAgghByAGKAIEIQ8gAiAIQQRqIgkpAgA3AwAgAiAJKAIINgIIIAIgBigCADYCDCAHQQN0QQhrIQkgAigCBCEGIAIoAgghEiACKAIMIREDQCAHIA9LBEAgBiASaiARIAdBAWsiB0ECdkGwjcAAEK8BKAIAIAlBGHF2OgAAIAlBCGshCSAGQQFqIQYMAQsLIAIoAgAgBjYCACACQRBqJAAgCEEQaiQAIBMgASgCHDYCCCATIAEpAhQ3AgAgAUEgaiQAIARB+ABqEPEBIARB6ABqEN0BIARB3ABqEPEBIAwQ8QEgBEHEAGoQ8QEgBEE0ahDxAQwFCyAIQQFqIQgMAAsAC0EAIAwgFkHgjcAAEBEACyAEQTRqEPEBCyATQYCAgIB4NgIACyAEQZABaiQAIAtBFGohAiMAQUBqIgEkAAJAAkACQCAAQT5PBEAjAEEgayIEJAAgBEEIaiAAQQFBARBgIAQoAgghByABQQxqIgYgBCgCDCIINgIEIAYgBzYCACAABEAgCEH/ASAA/AsACyAGIAA2AgggBEEgaiQAIAZBAEGci8AAELQBQQA6AAAgBkEBQayLwAAQtAFBAToAACAGIABBNGtBvIvAABC0AUEAOgAAIABBM2shBiABKAIUIgQgAEEgayIASQ0CIAYgASgCECIHakETQdyLwABBE0Hwi8AAEK0BIAEgHDYCPCABIBs2AjggAUEYaiIGIAFBOGpBARAHIAAgB2ogBCAAayAGQSBBgIzAABCtASACIAEoAhQ2AgggAiABKQIMNwIADAELIAJBgICAgHg2AgALIAFBQGskAAwBCyAGIAAgBEHMi8AAEBEACyALKAIIQYCAgIB4RiIARSALKAIUIgFBgICAgHhHcUUEQEEAIQQgAAR/IAEFIBMQ7wEgCygCFAtBgICAgHhGDQEgAhDvAQwBCyALIAsoAhA2AiggCyALKQIINwMgIAsgAigCCDYCOCALIAIpAgA3AzAgC0EIaiACEK4BIQQgC0EwahDvASALQSBqEO8BCyALQUBrJAAgBA0CIAVBBzYCcCAFQTRqIAVB8ABqEKABDAELIAVBNGpB6a3AAEEmEH0LIAUpA/gBQgRSDQEgBUGAAmoQygEMAwsgBUHwAGoiACAFQYACakHoAPwKAAAgBUE0aiAQIAAgIxAPIAAQygEgBSkD+AFCBFENAgsgBUH4AWoQQgwCCyAFQfAAahBCIAVB0ABqELABDAMLIAVB6AJqENsBCyAQIAVBNGoQPCAFQdAAahDvASAFQShqEO8BCyAFKAIMQYCAgIB4Rw0AIA0QsAELIAVBoANqJAAgGhDbASAUQRBqJAAgCkEwahDOASAKQdAAaiQAIA5BQGskAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEGahsAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/hcAANgIEIABBADYCAA8LAAuRAQEBfyMAQTBrIgQkACAEQRhqIAEgAiADECQCQCAELQAYIgFBBkYEQCAAQYCAgIB4NgIADAELIAQgBCkAKDcAECAEIAQpACE3AAkgBCAEKQAZNwABIAQgAToAACABQQVGBEAgACAEKAIMNgIIIAAgBCkCBDcCAAwBCyAAQYCAgIB4NgIAIAQQnQELIARBMGokAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgED0gASgCFEUEQCABQQhqIAQQlQEgASgCCCIAQQEgABsgASgCDEEAIAAbEIECAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQZACayIAJAAgAEEgaiAGpyIEQYgB/AoAACAEQZCuwABBiAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCqAEgAEEEaiAAQagBahCgAQwBCyAAQQRqQemtwABBJhB9CyAAKQMgQgJaDQEgAEEgahDKAQwCCyAAQagBaiIFIABBIGpB6AD8CgAAIABBBGogBCAFIAcQDyAFEMoBIAApAyBCAlQNAQsgAEEgahBCDAELIABBiAFqELABCyAEIABBBGoQPCAAQZACaiQAIAFBIGoQzgEgAUEwaiQAIANBQGskAAt7AQV/IwBBEGsiAiQAIAEoAghBAWohAwNAIAJBCGogARCRASACLQAJIQQCQAJAIAItAAgiBUUNACAEQQlrIgZBF0sNAEEBIAZ0QZOAgARxDQELIAAgBToAACAAIAQ6AAEgAkEQaiQADwsgASADNgIIIANBAWohAwwACwAL3QECAX8BfiMAQRBrIgMkAAJ/AkAgAkUEQCADQQRqIAEQYUEAIAMoAgQiAUGAgICAeEYNAhogAykCCCEEIAAoAgAiABDbASAAIAQ3AgQgACABNgIADAELIwBBMGsiAiQAIAJBGGogARAIIAItABgiAUEGRgR/QQIFIAIgAikAKDcAECACIAIpACE3AAkgAiACKQAZIgQ3AAEgAiABOgAAIAIQnQFBAiAEpyABQQFHGwshASACQTBqJABBACABQf8BcSIBQQJGDQEaIAAoAgQgAToAAAtBAQsgA0EQaiQAC4cBAQJ/IwBBIGsiAiQAIAEgACgCjAEiAyADIAAoApABQRRsahBsIAIgASgCGDYCGCACIAEpAhA3AxAgAiABKQIINwMIIAIgASkCADcDACAAEEIgAEICNwMAIAAgAikDADcDCCAAIAIpAwg3AxAgACACKQMQNwMYIAAgAigCGDYCICACQSBqJAALgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEGahsAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEH/hcAANgIEIABBADYCAA8LAAtzAQF/IwBBEGsiAyQAIANBBGogASACEE0gACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEJ8BRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQcyRwAAQISIBRQRAIAMQ9AEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ3wEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELYAECfyADQQJ0IQQgAkEEayEFIAFBAnQhAyAAQQRrIQACfwNAQQAgA0UgBEVyDQEaIAQgBWohASAAIANqIARBBGshBCADQQRrIQMoAgAiAiABKAIAIgFGDQALIAEgAksLC3gBAX4CQAJAAkACQAJAQQMgACkDACIBp0ECayABQgFYGw4EAQIDBAALIABBCGoQ7wEgAEEUahD/ASAAQSBqEO8BDwsgAEEIahDoAQ8LIABBCGoQygEPCyAAQQhqEMoBIABB8ABqENsBDwsgABDKASAAQegAahCwAQt1AQV/IwBBEGsiAiQAIAEoAgAhBCABKAIEIQUgAkEIaiABEBoCQCACKAIIQQFHBEBBgIDEACEDDAELIAIoAgwhAyABIAEoAgAgASgCCCIGIAVqIAQgASgCBGprajYCCAsgACADNgIEIAAgBjYCACACQRBqJAALbgECfyMAQTBrIgQkACAEQRRqIgUgAyABIAIQUSAEQQhqIAUQDAJAIAQoAghBAUYEQCAEKAIMIQMgACACIAQoAhAiAms2AgwgACABIAJqNgIIIAAgAzYCBAwBC0EAIQELIAAgATYCACAEQTBqJAALgAEBAn8jAEEQayIEJABBBEEUEM0BIQMgBEEEakG6j8AAQRAQTSADQQw2AgQgA0HKj8AANgIAIAMgBCkCBDcCCCADIAQoAgw2AhAgAEEBNgIIIAAgAzYCBCAAQQE2AgAgACABOwEYIAAgAikCADcCDCAAIAIoAgg2AhQgBEEQaiQAC3oCAX8BfiMAQRBrIgMkACADQQRqIAEQYQJAIAMoAgQiAUGAgICAeEYNACADKQIIIQQgAkUEQCAAKAIAIgAQ2wEgACAENwIEIAAgATYCAAwBCyAAKAIEIgAQ2wEgACAENwIEIAAgATYCAAsgA0EQaiQAIAFBgICAgHhHC18BAn8jAEEQayICJAAgAkEIaiAAEDoCQCACLQAIRQ0AIAItAAkgAUH/AXFHDQAgACgCDCIBQR9LDQBBASEDIAAgAUEBajYCDCAAIAAoAghBAWo2AggLIAJBEGokACADC2oBAX8jAEEQayIDJAAgA0EANgIMIANCgICAgBA3AgQgAkEDdCECA0AgAgRAIANBBGogASgCACABKAIEEHwgAkEIayECIAFBCGohAQwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALZgECfyMAQRBrIgQkAANAAkAgAiADRgRAIAIhAwwBCyABIANqLQAADQAgA0EBaiEDDAELCyAEQQhqIAMgASACQaCMwAAQlAEgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC2QBA38jAEEQayIDJAAgA0EIaiACQQRBBBBgIAMoAgghBCADKAIMIQUgAEEANgIIIAAgBTYCBCAAIAQ2AgAgAgRAIAJBAnQiBARAIAUgASAE/AoAAAsgACACNgIICyADQRBqJAALXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHkgBCgCCCIBBH8gBCABIAQoAgwQFSAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL1QIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEG/x8AAQckAQeTHwAAQhAEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCSADEF8LIAFBATYCBAwBCyAFIAkgAyACIggQLCIFRQ0CIAEgBTYCBAsgASACNgIAC0GBgICAeCEDCyALIAg2AgQgCyADNgIAIARBEGokACAHKAIMIQIgCiAHKAIINgIAIAogAjYCBCAHQRBqJAAgBigCCCICQYGAgIB4Rw0BIAEoAggFIAILNgIEIAAgASgCBDYCACAGQRBqJAAPCyACIAYoAgwQ2QEAC18BA38jAEEQayIDJAAgA0EIaiACQQFBARBgIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQAC28BAX8jAEEQayIDJAACQCABBEAgA0EEaiABIAIQmgEgAygCBEGAgICAeEYEQCAAIAMpAgg3AgQgAEGBgICAeDYCAAwCCyAAIAMoAgw2AgggACADKQIENwIADAELIABBgICAgHg2AgALIANBEGokAAvgAQEEfyMAQTBrIgIkACAAKAIAIQAgAiABEAggAi0AACIEQQZHBEAgAiACKQAQNwAoIAIgAikACTcAISACIAIpAAE3ABkgAiAEOgAYIAAoAggiBSAAKAIARgRAIwBBEGsiASQAIAFBCGogACAAKAIAQQFBCEEYECAgASgCCCIDQYGAgIB4RwRAIAMgASgCDBDZAQALIAFBEGokAAsgACgCBCAFQRhsaiIBIAJBGGoiAykDEDcDECABIAMpAwg3AwggASADKQMANwMAIAAgBUEBajYCCAsgAkEwaiQAIARBBkcLWwEDfyMAQRBrIgEkACAAKAIIIgMhAgNAIAFBCGogABCRAQJAIAEtAAgEQCABLQAJQTBrQf8BcUEKSQ0BCyABQRBqJAAgAiADSw8LIAAgAkEBaiICNgIIDAALAAthAQJ/IwBBEGsiBCQAIARBADYCDCAEIAEgBEEMahBwIAQoAgQhBSAAIAM2AhAgAEEANgIMIAAgAzYCCCAAIAI2AgQgACAFOgAYIAAgATYCACAAIAQoAgw2AhQgBEEQaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQuQEgASAAKAIEIAAoAghqECYgACACIANqNgIIC7YCAgh/AX4jAEEgayICJAAgAkEIaiABKAIEIAEoAgBrQQN2QQRBDBBgIAJBADYCHCACIAIpAwg3AhQjAEEQayIGJAAgAkEUaiIDIAEoAgQgASgCAGtBA3YQuAEgAykCBCEKIAYgA0EIajYCBCAGIApCIIk3AggjAEEQayIHJAAgBkEEaiIEKAIEIQggBCgCACABKAIAIgUgASgCBCIDRwRAIAEoAgghASAEKAIIIAhBDGxqIQQgCCADIAVrQQN2IgNqIQgDQCAHQQRqIAEgBSgCACAFQQRqKAIAEBQgBCAHKAIMNgIIIAQgBykCBDcCACAFQQhqIQUgBEEMaiEEIANBAWsiAw0ACwsgCDYCACAHQRBqJAAgBkEQaiQAIAAgAigCHDYCCCAAIAIpAhQ3AgAgAkEgaiQAC1UBAX8Cf0EAIAEoAgBBAUcNABogASgCBCICIAEoAghHBEAgASACQQFqNgIEIAEgAmotAAwhAUEBDAELIAFBADYCAEEACyECIAAgAToAASAAIAI6AAALVQEBfyACQQN0IQIgACgCACEDIAAoAgQhAANAAkAgAkUNACAAIAFBBGooAgBGBEAgASgCACADIAAQakUNAQsgAUEIaiEBIAJBCGshAgwBCwsgAkEARwt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBGG4hAANAIAAEQCAAQQFrIQAgARCdASABQRhqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEPwBIABBEGokACACQRBqJAALSwEBfiADIAEgASADSxshAQNAIAEEQCAAIAA1AgAgAjUCAH0gBHwiBD4CACABQQFrIQEgAkEEaiECIABBBGohACAEQiCHIQQMAQsLC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EobiEAA0AgAARAIABBAWshACABEOoBIAFBKGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQ+wEgAEEQaiQAIAJBEGokAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMUBIAFFIANBAUdxDQEgAkEQaiQADwsQgAIAC0HAhcAAQT8QgQIAC1IBAn8jAEEQayICJAACQCAABEAgAEEIayIAKAIAIQMgAiAANgIMIAJBDGoQxAEgAUUgA0EBR3ENASACQRBqJAAPCxCAAgALQcCFwABBPxCBAgALWgECfwJAAkAgASgCCCICRQRAQQEhAQwBCyABKAIEIQMgAkEBEA0iAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ2QEAC0wBA38CQCACIAEoAgAoAgAiAmoiBSACSQ0AIAEoAgQoAgAiBiAFIAJBf3NxIgFqIgIgBkkNACACIANNIQQLIAAgATYCBCAAIAQ2AgAL0goCCX8DfiMAQSBrIgYkACAGIAI2AgQgBiABNgIAIAYgADYCGCAGIAZBH2oiADYCFCAGIAA2AhAgBiAGQQRqNgIMIAYgBjYCCCMAQdAAayIFJAAgBUEgaiICIAZBCGoiACgCEBA9IAVBGGogACgCACgCACAAKAIEKAIAEH8gBUEANgIsIAUgBSgCHCIBNgI0IAUgBSgCGCIANgIwIAUoAiBFBEAgBUEQaiAFQSxqEIYBIAUoAhAhASAFKAIUIQAgBUEIaiACEJUBIAUoAggiAiABIAIbIgFBASABGyAFKAIMIAAgAhtBACABGxCBAgALIAUgBSgCKDYCQCAFIAUpAiAiDDcDOCAFIAE2AkwgBSAANgJIIwBB8AFrIgMkAEEBIQoCQCAMpyIHKAKgASICRQ0AIAIoAjRFDQAgAigCMCICKAIIIQkgAigCBCEKCwJAIAcpAwBCA1EEQCADQShqIQggACECIwBBQGoiBCQAAkAgAUGAgBBLBEBBgICAgHghAQwBCyAEQgA3AhAgBCABNgIMIAQgAjYCCEGAgICAeCEBIARBgICAgHg2AhwgBEGAgICAeDYCKCAEIARBKGoiCzYCOCAEIARBHGo2AjQCQAJAIARBCGoiAEHwk8AAQQIgBEE0akGAlMAAEIMBRQ0AIAAQlwFFDQAgBCgCHCIAQYCAgIB4RgRAIAsQ2wEMAgsgBCAEKQIgIg03AjggBCAANgI0IAQoAigiAkGAgICAeEYEQCAEQTRqEO8BDAILIAQpAiwhDiAAIQEMAgsgBEEoahDbASAEQRxqENsBCwsgBEHAADYCECAEQbiSwAA2AgwgBEESNgIIAkAgAUGAgICAeEYEQCAEKQMIIQwgCEHAADYCCCAIIAw3AgAMAQsgBEEIahDYASAEIAE2AjQgBCANNwI4IAQgAjYCCCAEIA43AgwgCAJ/AkAgCSANQiCIp0cNACANpyAKIAkQag0AIA6nIA5CIIinEAJFBEAgCEH4ksAANgIEIAhBEjYCAEE4DAILIAhBBGoiACAEKAIQNgIIIAAgBCkCCDcCACAIQRY2AgAgBEE0ahDvAQwCCyAIQbCTwAA2AgQgCEESNgIAQTILNgIIIARBCGoQ7wEgBEE0ahDvAQsgBEFAayQAIAMoAihBFkcEQCADQQxqIAgQhwEMAgsgAyADKAI0NgIYIAMgAykCLDcCECADQYCAgIB4NgIMDAELIANBDGpB6a3AAEEmEH0LIANByABqIgAgB0GIAfwKAAAgB0GQrsAAQYgB/AoAACADIAMoAiQ2AkAgAyADKQIcNwM4IAMgAykCFDcDMCADIAMpAgwiDDcDKCADQQxqIQECQAJAAkACQCAMp0GAgICAeEciCUUEQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAAMLIAcQQiAHQgQ3AwAgB0EIaiADQdAAakHoAPwKAAAgByADKAIYNgJ4IAcgAykCEDcCcEEAIQFBASEJDAQLIANB0ABqIQELIAMgASgCGDYC6AEgAyABKQIQNwPgASADIAEpAgg3A9gBIAMgASkCADcD0AEgByADQdABahA8QQEhASADKAIoQYCAgIB4Rg0BDAILIAcQQiAHIABBiAH8CgAAIANBKGpBBHIQ7wEMAgsgA0EoakEEchDvAQsCQAJAAkBBAyADKQNIIgynQQJrIAxCAVgbDgIBAgALIAAQQgwCCyAJRQ0BIANB0ABqEOgBDAELIAFFDQAgA0HQAGoQygELIAcpAwAaIANB8AFqJAAgBUHIAGoQ1QEgBUE4ahDOASAFQdAAaiQAIAZBIGokAAvHAwIEfwF+IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBB0ABrIgAkACAAQSBqIgQgA0EIaiIBKAIQED0gAEEYaiABKAIAKAIAIAEoAgQoAgAQfyAAQQA2AiwgACAAKAIcIgI2AjQgACAAKAIYIgU2AjAgACgCIEUEQCAAQRBqIABBLGoQhgEgACgCECECIAAoAhQhAyAAQQhqIAQQlQEgACgCCCIBIAIgARsiAkEBIAIbIAAoAgwgAyABG0EAIAIbEIECAAsgACAAKAIoNgJAIAAgACkCICIHNwM4IAAgAjYCTCAAIAU2AkgjAEEwayIBJAACQCAHpyIGKQMAQgJRBEAgAUHprcAAQSYQfQwBCyABQRxqIgQCf0EHIAUgAkH2lMAAQREQwwENABpBEyAFIAJBh5XAAEEUEMMBDQAaQQYgBSACQZuVwABBCxDDAQ0AGiAEQSM2AgggBEGmlcAANgIEQRILNgIAIAEgBBCgAQsgBiABEDwgAUEwaiQAIABByABqENUBIABBOGoQzgEgAEHQAGokACADQSBqJAALVQEBfyMAQRBrIgMkACADQQhqIAEgAhCLAQJAIAMoAghBAUcNACADKAIMIgFBG0sNACAAIAFBAnRBqM7AAGoiASgCADYCACABIAA2AgALIANBEGokAAtRAQF/IwBBEGsiBCQAIARBBGogAUEAIAIgAxAnIAQoAgghASAEKAIEQQFGBEAgASAEKAIMENkBAAsgACAEKAIMNgIEIAAgATYCACAEQRBqJAALVAEBfyMAQRBrIgIkACACQQhqIAEQOgJAIAItAAhFBEAgAEGAgICAeDYCAAwBCyACLQAJQSJGBEAgACABEAUMAQsgAEGAgICAeDYCAAsgAkEQaiQAC6MBAQN/IwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIAJBBGoiAxDmASIEQbSPwABBBhDeASABMwEYEJ4BQamPwABBBxDeASABKAIEIAEoAggQZkGwj8AAQQQQ3gEgASgCECABKAIUEOIBGiAEEPIBGiAAIAIoAgw2AgggACACKQIENwIAIAJBADYCDCACQoCAgIAQNwIEIAMQ7wEgAkEQaiQAC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAA4Q3AxggAyADQQxqrUKAgICAgAOENwMQQaiAwAAgA0EQaiACEIQBAAtRAQF/IwBBIGsiAyQAIAMgATYCCCADIAA2AgwgAyADQQxqrUKAgICAgAOENwMYIAMgA0EIaq1CgICAgIADhDcDEEHWhMAAIANBEGogAhCEAQALVQEBfyAAQQRqIQMgAAJ/IAEoAgBBgICAgHhHBEAgAyABKAIINgIIIAMgASkCADcCACACENwBQQAMAQsgAyACKAIINgIIIAMgAikCADcCAEEBCzYCAAtQACACQRRsIQIgABDnASEAA0AgAgRAIAAQ5wEgASgCACABKAIEEOIBIAEoAgwgASgCEBDiARDzARogAkEUayECIAFBFGohAQwBCwsgABDzAQvAAgIHfwJ+IwBBEGsiAyQAIANBBGohBCMAQTBrIgIkACABIgUoAgQhASAFKAIMIQcDQAJAAkACQCABIAdHBEAgBSABQRhqIgg2AgQgAiABKQMQNwMYIAIgASkDCDcDECACIAEpAwA3AwgjAEEgayIBJAAgASACQQhqIgYpAwgiCTcDECABIAYpAxA3AxggASAGKQMAIgo3AwggAkEkaiAJp0EAIAqnQf8BcUEDRhsgASgCFBDRASABQQhqEJ0BIAFBIGokACACKAIkIgFBgICAgHhGDQIgBCACKQIoNwIEIAQgATYCAAwBCyAEQYCAgIB4NgIACyACQTBqJAAMAQsgCCEBDAELCwJAIAMoAgRBgICAgHhHBEAgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAALRAEBfyMAQRBrIgIkACACQQhqIAAQkQEgAi0ACCACLQAJIAFB/wFxRnEiAQRAIAAgACgCCEEBajYCCAsgAkEQaiQAIAELSAECfyMAQRBrIgIkACAAIAEoAgBBgICAgHhHBH8gAkEIaiABEIEBIAIoAgwhAyACKAIIBUEACzYCACAAIAM2AgQgAkEQaiQAC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAMLSgEDfyMAQRBrIgIkACACQQhqIAEQkQEgAi0ACCIDBEAgAi0ACSEEIAEgASgCCEEBajYCCAsgACAEOgABIAAgAzoAACACQRBqJAALxgECBX8BfiMAQRBrIgQkACAAIAIgAWtBFG4iBhC2ASAAKQIEIQggBCAAQQhqNgIEIAQgCEIgiTcCCCMAQSBrIgAkACAEQQRqIgMoAgQhBSADKAIAIAEgAkcEQCADKAIIIAVBFGxqIQMgBSAGIgJqIQUDQCAAQQxqIAEQ1AEgAyAAKAIcNgIQIAMgACkCFDcCCCADIAApAgw3AgAgA0EUaiEDIAFBFGohASACQQFrIgINAAsLIAU2AgAgAEEgaiQAIARBEGokAAt3AQJ/IwBBEGsiBCQAIAIgAUEBa0sEQCAEIAA2AgggBCAAIAFqNgIMIARBCGoiAigCACEBIAIoAgQhAwNAIAMgASIARwRAIAIgAEEBaiIBNgIAIAAtAABBOmtB/wFxQfUBSw0BCwsgACADRiEDCyAEQRBqJAAgAwtJAQF/IwBBIGsiBCQAIARBADYCHCAEQRBqIAMgBEEcahBwIARBCGogBCgCECAEKAIUIAEgAhCsASAAIAQpAwg3AwAgBEEgaiQAC04BAn4CQCABLQAAQQJHDQACQAJAAkAgASgCCEEBaw4CAQMACyABKQMQIgNCAFkNAQwCCyABKQMQIQMLIAAgAzcDCEIBIQILIAAgAjcDAAs5ACABIAIQJiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCzYCBCAAIAI2AgALQgECfyMAQRBrIgIkACABBH8gAkEIaiABEMgBIAIoAgwhAyACKAIIBUEACyEBIAAgAzYCBCAAIAE2AgAgAkEQaiQAC0EBA38CQCAAKAIIIgQgAmoiBSAESQ0AIAUgACgCBEsNACAAKAIAIARqIAEgAhDsAUUNACAAIAU2AghBASEDCyADC0EBAX8CQCAAKAIIIgFFDQAgACgCBCABakEBayIBRQ0AIAEtAAAiAUE6RiABQdsARnIgAUH7AEZyDQAgAEEsEFILC0MBAX8jAEEQayIDJAAgA0EEaiAAIAEgAhB4AkAgAygCCCIARQ0AIAMoAgwiAUUNACADKAIEIAEgABBfCyADQRBqJAALOAEBfyMAQRBrIgMkACADQQhqIAAQxwEgAygCCCIABH8gACADKAIMIAEgAhA/BUEACyADQRBqJAALRAEBfyMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBGBAgIAEoAggiAEGBgICAeEcEQCAAIAEoAgwQ2QEACyABQRBqJAALOQEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQDSIBRQ0BCyABDwsAC0ABA39BBCEFAkAgA0UNACABKAIAIgZFDQAgACACNgIEIAAgASgCBDYCACADIAZsIQRBCCEFCyAAIAVqIAQ2AgALQwEBfyMAQRBrIgQkACAEQQhqIAEoAgAgASgCBCACIAMQPxBxIAQoAgwhASAAIAQoAgg2AgAgACABNgIEIARBEGokAAtMAAJAAkACQAJAIAEoAgAgAiADEHUiAkUNAEEAIQEgAi0AAA4EAAMDAQMLIABBADYCBAwBCyAAIAIpAwg3AgQLQQEhAQsgACABNgIAC0EBAX8jAEEQayIFJAAgBUEIaiAAIAEgAiADIAQQICAFKAIIIgBBgYCAgHhHBEAgACAFKAIMENkBAAsgBUEQaiQACzwBAX8gACACELkBIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCAtBAQJ/IwBBIGsiAyQAIANBCGoiBCABIAIQTSADQfQDOwEcIANBDjYCGCADQbOywAA2AhQgACAEEIkBIANBIGokAAs2AQJ/IAAtAAAhAwNAIAIiAARAIABBAWshAiABLQAAIQQgAUEBaiEBIAMgBEcNAQsLIABBAEcLPwEBfyMAQSBrIgMkACADIAI2AhwgAyABNgIYIAMgAjYCFCADQQhqIANBFGoQTCAAIAMpAwg3AwAgA0EgaiQACzsBAX8jAEEQayIDJAAgA0EIaiABIAIQFSADIAMoAgggAygCDBAqIAAgAygCACADKAIEEE0gA0EQaiQACz8BAX8jAEEgayICJAAgAiABKAIINgIYIAIgASkCADcDECACQQhqIAJBEGoQjwEgACACKQMINwMAIAJBIGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQLCIARQ0AIAAPCwALOwEBfyMAQRBrIgUkACAFIAQ2AgwgBSADNgIIIAUgAjYCBCAFIAE2AgAgACAFQdSQwAAQCSAFQRBqJAALNAEBfyMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUAAs0AQJ/IwBBEGsiASQAIAFBCGogABAaIAEoAgghACABKAIMIAFBEGokAEGAgMQAIABBAXEbCzoBAX8CfyABKAIAQQFGBEAgASgCCCECIAEoAgQMAQsgAUEEahDVAUEACyEBIAAgAjYCBCAAIAE2AgALPAEBfyMAQSBrIgIkACACIAEoAhA2AhggAiABKQIINwMQIAIgASkCADcDCCAAIAJBCGoQoAEgAkEgaiQACzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEGAgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDmAUHWj8AAQQUQ3gEgASgCDCABKAIQEOIBQduPwABBBxDeASABKAIEIAEoAggQ4gFB4o/AAEEKEN4BIAEzARQQngEQ8gEiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxDvASACQRBqJAAgACAGIAUQRSABEO8BIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAbIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQFSACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALLgAgAEEcQRAgAiABIAEgAkkbIgEgAUEQTRtBAWtnIgFrNgIEIAAgAUEARzYCAAs2AQF/IAAoAgghASAAQQA2AgggACgCBCEAA0AgAQRAIAFBAWshASAAEO8BIABBEGohAAwBCwsLOAACQCACQYCAxABGDQAgACACIAEoAhARBABFDQBBAQ8LIANFBEBBAA8LIAAgA0EAIAEoAgwRAwALOwEBfwJ/IAEoAgBBgYCAgHhGBEAgASgCCCECIAEoAgQMAQsgARDbAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfyMAQRBrIgIkACACQQhqIAEQTCACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALMQAjAEEQayICJAAgACgCACIAEIwBIAIgADYCDCABIAJBDGpBvKvAABAhIAJBEGokAAszAQN/IAAgASgCCCICIAEoAgQiA0kEfyABKAIAIAJqLQAABUEACzoAASAAIAIgA0k6AAALbAECfyABLQCLAUEBRgRAQQAhASACIANB+IjAAEEDEMwBBH8DQCABIANHBEAgASACaiEFIAFBAWohASAEIAUtAABBLkZqIQQMAQsLIARBAkYFQQALQQFzIQQLIABBBGogAiADEE0gACAENgIAC0IAAkAgAkUNACADRQRAIAIgARANIQEMAQsgAiABEA0iAUUgAkVyRQRAIAFBACAC/AsACwsgACACNgIEIAAgATYCAAsqACABIANNBEAgACADIAFrNgIEIAAgASACajYCAA8LIAEgAyADIAQQEQALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDOAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDPAUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQOiABLQAIIAFBEGokAEF/c0EBcQsoACABIANGBEAgAUECdCIBBEAgACACIAH8CgAACw8LIAEgAyAEEGQACysBAX8jAEEQayIEJAAgBCAAKAIANgIMIARBDGogASACIAMQIiAEQRBqJAALQAEBfyMAQRBrIgMkACADQQhqIAEgAhB/IAMoAgghASAAIAMoAgwiAjYCCCAAIAE2AgQgACACNgIAIANBEGokAAv/AQEHfyAAKAIIIgYgACgCAEYEQCMAQRBrIgQkACAEQQRqIQUgACgCACICIQMgACgCBCEHAn9BCCACQQF0IgIgAkEITRsiCCICQQBIBEBBASEDQQAhAkEEDAELAn8CQAJ/IAMEQCAHIANBASACECwMAQsgAkUEQEEBIQMMAgsgAkEBEA0LIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMENkBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABENoBCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahDwAQsPCyAAQQRqEO8BDwsgAEEEahD0AQvjAQIEfwF+IAAQcyABQgBTBEAgAEEtEFILIAEgAUI/hyIGhSAGfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiIEIAJqIAEgAUIKgCIGQgp+fadBMHI6AAAgAkEBayECIAFCClQgBiEBRQ0ACyADIAJBAWogBEEUQfiQwAAQlAEgAygCBCECIAMoAgAhBANAIAIEQCAAIAQtAAAQUiACQQFrIQIgBEEBaiEEDAELCyADQSBqJAAMAQtBf0EUQeiQwAAQYwALIAALKwECfyABKAIEIgMgACgCACIAKAIIRgR/IAAoAgQgASgCACADEGoFQQELRQurCQEMfyMAQSBrIgwkACAMQQhqIQsjAEEgayIHJABByZXAACEEQdUAIQJBASENQZADIQVBnpbAACEDQRIhCCABKAIAIgYhCUEBIQoCQAJAAkACQAJ/AkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQCAGQQFrDhUAAQIDBAUGBwgKCwwNDg8QERITFBUeCyABKAIIIQIgASgCBCEEQQAhBkGwlsAAIQMMGwtBxJbAACEEQSYhAkEAIQZB6pbAACEDDBoLQf6WwAAhBEEqIQJBACEGQZUDIQVBqJfAACEDDBoLQbqXwAAhBEEsIQJBACEGQZMDIQVB5pfAACEDDBkLIAcgASgCCCIKIAEoAgwiCWo2AgwgByAKNgIIQQAhBiAHQQA2AhAgB0EIaiEFQQAhAkEgIQMjAEEQayIEJAADQAJAIARBCGogBRBDIAQoAgxBgIDEAEYEQCADIQIMAQsgA0EBayIDDQELCyAEQRBqJAAgAg0WIAcgBRBDIAcoAgRBgIDEAEYNFgJAIAcoAgAiAkUNACACIAlPBEAgAiAJRg0BDBYLIAIgCmosAABBQEgNFQsgCgwVC0HJmMAAIQRBOiECQQAhBkGRAyEFQZuVwAAhA0ELIQgMFwtBg5nAACEEQSMhAkEAIQZBkQMhBUH2lMAAIQNBESEIDBYLIAEoAgghAkEAIQZBkQMhBUGmmcAAIQMgASgCBAwBC0EeIQJBACEGQZEDIQVB0ZnAACEDQbOZwAALIQRBDSEIDBMLQd6ZwAAhBEE7IQJBACEGQZEDIQVBmZrAACEDQRMhCAwSC0GsmsAAIQRBKiECQQAhBkGRAyEFQdaawAAhAwwMC0HkmsAAIQRBOyECQQAhBkGRAyEFQZ+bwAAhA0EQIQgMEAtBr5vAACEEQR4hAkEAIQZBkQMhBUHNm8AAIQMMCQtB3JvAACEEQSAhAkEAIQZBkQMhBUH8m8AAIQMMCAtBi5zAACEEQSwhAkEAIQZBkQMhBUG3nMAAIQMMBwtBxpzAACEEQTchAkEAIQZBkwMhBUH9nMAAIQNBFSEIDAwLQZKdwAAhBEEpIQJBACEGQZMDIQVBu53AACEDQRYhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQdGdwAAhAwwFC0HfncAAIQRBKiECQQAhBkH3AyEFQYeVwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUGUnsAAIQNBiZ7AAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVBr57AACEDQaKewAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtB+JfAACEEQTwhAkGRAyEFQbSYwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEEggCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCJASABENgBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQxgEjAEHQAGsiASQAIAFBEGogAxCKAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEGAgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCKASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARC3AQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA7IANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQQCACQRBqJAALKQEBfyMAQRBrIgMkACADIAApAgA3AgggA0EIaiABIAIQRiADQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEJABIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAxIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAYIANBEGokAAstAQF/IAEoAggiBCACSQRAQQAgAiAEIAMQEQALIAAgAjYCBCAAIAEoAgQ2AgALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABEE8gAkEQaiQACycBAX8jAEEQayICJAAgAiAAKAIANgIMIAJBDGogARAdIAJBEGokAAsmAQJ/IAAoAggiAyABKAIERgR/IAAoAgQgASgCACADEGoFQQELRQsoACADIAQgASACEMwBIQEgACAEIAJrNgIEIAAgAiADakEAIAEbNgIACyMAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIAEgAyAEEGQACyYBAn8gACgCCCIDIAEoAghGBH8gACgCBCABKAIEIAMQ7AEFQQALCyUBAX8gACgCCCIDIAFNBEAgASADIAIQYwALIAAoAgQgAUECdGoLKgEBfyAAQQRBACAAKAIAQYCAgIB4RiIBG2oQ7wEgAEEQQQwgARtqEO8BCyMAIAEgA0sEQEEAIAEgAyAEEBEACyAAIAE2AgQgACACNgIAC5QEAQl/IwBBEGsiCCQAIwBBMGsiAiQAIAIgATYCDCACIAA2AgggAiACQS9qIgA2AiggAiAANgIkIAIgAkEMajYCICACIAJBCGo2AhwjAEEQayIEJAAgBCACQRxqIgAoAgAoAgAgACgCBCgCABB/IAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB/HMhAAJ/A0BBACAARQ0BGiAAQZTFwABqIABBjAFqIQAgAUEIahDaAUUNAAsgAEHIw8AAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQbCnwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQUgsgA0EEaiAAKAIAIAAoAgQQfCEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqENUBIARBEGokACACIAUQgQEgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEPcBIABBEGokACABQRBqJAALIgEBfyAAKAIIIgMgAU0EQCABIAMgAhBjAAsgACgCBCABagsmACAAKAIAQYCAgIB4RwRAIAAQ7wEgAEEYahDbASAAQQxqEO8BCwsNACAAIAFBFEEEEIQCCw0AIAAgAUEIQQQQhAILDQAgACABQQxBBBCEAgsNACAAIAFBAUEBEIQCC94BAgV/AX4jAEEQayICJAAjAEEgayIDJAAgA0EUaiEEIwBBMGsiASQAIAFBFGoiBSAAEDcgASgCFEUEQCABQQhqIAUQlgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIECAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAIABBCGogBqdBlAFqEMkBIAQgACgCCCAAKAIMENEBIABBEGokACABQSBqEM8BIAFBMGokACADQQhqIAQQaSACIAMpAwg3AgAgA0EgaiQAIAIoAgAgAigCBCACQRBqJAALlwICCH8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQYjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCWASABKAIIIgBBASAAGyABKAIMQQAgABsQgQIACyABIAEoAhw2AiggASABKQIUIgk3AyAjAEEQayIAJAAgAEEIaiEIAkAgCaciAigCoAEiBUUNACACKQMAQgNSDQAgBSgCCEECRw0AIAUoAhQhAiAFKAIQIQcLIAggAjYCBCAIIAc2AgAgBiAAKAIIIAAoAgwQ0QEgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBhBpIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA3IAEoAhRFBEAgAUEIaiACEJYBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCBAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCVDYCBCAGIAIoAlBBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBNIABBEGokACABQSBqEM8BIAFBMGokACAEQQhqIAUQjwEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8oDAgd/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiAiQAIAJBFGoiASAAEDcgAigCFEUEQCACQQhqIAEQlgEgAigCCCIAQQEgABsgAigCDEEAIAAbEIECAAsgAiACKAIcNgIoIAIgAikCFCIINwMgIwBBEGsiBCQAAkACQCAIpyIBKQMAQgZSDQAjAEEQayIAJAAgAEEANgIMIABCgICAgBA3AgQgAEEEaiIHEOYBQaCPwABBAxDeASABQQhqIgEoAgQgASgCCBDiAUGjj8AAQQYQ3gEgASgCJCABKAIoEOIBQamPwABBBxDeASABKAIQIAEoAhQQZkGwj8AAQQQQ3gEgASgCHCABKAIgEOIBEPIBGiAEQQRqIgEgACgCDDYCCCABIAApAgQ3AgAgAEEANgIMIABCgICAgBA3AgQgBxDvASAAQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAkEgahDPASACQTBqJAAgBkEIaiADEIEBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAurAgIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohAiMAQTBrIgEkACABQRRqIgUgABA3IAEoAhRFBEAgAUEIaiAFEJYBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCBAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQRBrIgAkAAJAAkAgBqciBSkDAEIBVg0AIABBBGpBAiAFLQCAASAFKAJoQYCAgIB4RhsQ5AFBBRBNIAAoAgRBgICAgHhGDQAgAiAAKAIMNgIIIAIgACkCBDcCAAwBCyACQQA2AgggAkKAgICAEDcCAAsgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogAhCBASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAAL+gQCC38BfiMAQRBrIgYkACMAQSBrIgckACAHQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQNyACKAIURQRAIAJBCGogARCWASACKAIIIgBBASAAGyACKAIMQQAgABsQgQIACyACIAIoAhw2AiggAiACKQIUIgw3AyAjAEEQayIEJAACQAJAIAynIgEpAwBCAVYNACAEQQRqIQkjAEEwayIAJAAgAEEANgIUIABCgICAgBA3AgwgAUHoAGoiASgCACEFIABBDGoQ5gFBiZLAAEEDEN4BIQgCQCAFQYCAgIB4RgRAIAhBj5LAAEECEOIBQZGSwABBAxDeAUGUksAAQQUQ4gFBpJLAAEEBEN4BIAEoAgggASgCDBDiAUGlksAAQQEQ3gEgASgCFCABKAIYEOIBGgwBCyAIQaaSwABBAxDiAUGpksAAQQEQ3gEgAEEYaiIKIAEoAgQgASgCCBDlASAAKAIcIAAoAiAQ4gFBqpLAAEEBEN4BIABBJGoiCyABKAIQIAEoAhQQ5QEgACgCKCAAKAIsEOIBQcGIwABBAxDeASABLQAYEOQBQQUQ4gEaIAsQ7wEgChDvAQsgCSAIQZSUwABBAxDeAUEBENcBEPIBIgEoAgg2AgggCSABKQIANwIAIAFBADYCACAAQQA2AhQgAEEBNgIQIAEQ7wEgAEEwaiQAIAQoAgRBgICAgHhGDQAgAyAEKAIMNgIIIAMgBCkCBDcCAAwBCyADQQA2AgggA0KAgICAEDcCAAsgBEEQaiQAIAJBIGoQzwEgAkEwaiQAIAdBCGogAxCBASAGIAcpAwg3AgAgB0EgaiQAIAYoAgAgBigCBCAGQRBqJAAL+AECBX8BfiMAQRBrIgMkACMAQSBrIgQkACAEQRRqIQUjAEEwayIBJAAgAUEUaiICIAAQNyABKAIURQRAIAFBCGogAhCWASABKAIIIgBBASAAGyABKAIMQQAgABsQgQIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEgayIAJAACQCAGpyICKQMAQgJRBEAgBSACQQhqEGIMAQsgAEEEaiICQYiRwABBDBB9IAUgAhBiIAIQ6AELIABBIGokACABQSBqEM8BIAFBMGokACAEQQhqIAUQgQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC7YCAgh/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEHIwBBMGsiASQAIAFBFGoiAiAAEDcgASgCFEUEQCABQQhqIAIQlgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIECAAsgASABKAIcNgIoIAEgASkCFCIJNwMgIwBBEGsiACQAIABBCGohCAJAIAmnIgIpAwBCBFINACACKAJwQYCAgIB4RwRAIAIoAnghBiACKAJ0IQUMAQsgAigCoAEiAkUNACACKAIIQQFHDQAgAigCFCEGIAIoAhAhBQsgCCAGNgIEIAggBTYCACAHIAAoAgggACgCDBDRASAAQRBqJAAgAUEgahDPASABQTBqJAAgBEEIaiAHEGkgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDcgASgCFEUEQCABQQhqIAIQlgEgASgCCCIAQQEgABsgASgCDEEAIAAbEIECAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJgNgIEIAYgAigCXEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEE0gAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBRCPASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALGAEBfyABIANGBH8gACACIAEQagVBAQtFC58BAQJ/IAAoAgAiASABKAIAQQFrIgE2AgAgAUUEQCMAQRBrIgEkACABIABBBGo2AgwgASAAKAIAIgA2AgggAEEQaiIAKAKgAQRAIABBoAFqEMsBCyAAQYgBahD/ASAAEEIgAEGUAWoQ2wECQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEG4AUEIEF8LIAFBEGokAAsLlwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCAJAIABBDGoiACgCAEGAgICAeEYEQCAAQQRqEMsBDAELIAAQ6AELAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBKEEEEF8LIAFBEGokAAsLIQAgACADIAEgAhBRIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQUBrEO8BIABBzABqEO8BIABB2ABqEO8BIAAQ0wELrQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEO8BIABBLGoQ9QEgAEE4ahD1ASAAQQxqEO8BIABB0ABqEOABIABB3ABqELUBIABBxABqEPgBAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAFBCBBfCyABQRBqJAALCxgBAX8gASADTwR/IAIgACADEOwBBUEACwsWACABIAAQDSIARQRAIAEQggIACyAACx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDEAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQxAELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMUBCxsAIAEEQCAAIAEgAhBNDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ7wEgAEEMahDbAQsLGgAgAEEYahDvASAAQTBqENsBIABBJGoQ9gELGAAgACABKQIANwIAIABBCGogAUEIahBbCxkBAX8gACgCBCIBBEAgACgCACABQQEQXwsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDDAUEBcwsbACAAQZKQwABBlpDAACABG0EEQQUgARsQ4wELFQAgACgCAEEFRgRAIABBBGoQ7wELCx0AIAAEQCABEIICAAtBhMjAAEEjQZjIwAAQhAEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQwwELFgAgACgCAEGAgICAeEcEQCAAEO8BCwsSACAAKAIAQQBOBEAgABDvAQsLFgAgACgCAEGAgICAeEcEQCAAEPEBCwsTACAAIAEgAhDiASIAQToQUiAACxYAIAAoAgBBgICAgHhHBEAgABD0AQsLFgAgACgCAEGAgICAeEcEQCAAEPUBCwsPACABBEAgACABIAIQXwsLwgMBCH8gABBzIwBBEGsiBSQAIAAgAkECahC5ASAAQSIQUiABIAJqIQogASEHIAACfwNAQQAhBAJAAkACfwJAAkACQAJAAkACQAJAAkADQCAHIAQiCWoiCCAKRg0BAkACQCAILQAAIgZBCGsOBgcICQEKBAALIAZBIkYNBCAGQdwARg0FCyAJQQFqIQQgBkEgTw0ACyAFIAEgAiADIAMgBGpBAWsQNCAAIAUoAgAiBEEBIAQbIAUoAgRBACAEGxB8IABB+o/AAEEEEHwgACAGQQR2LQD+j0AQUiAAIAZBD3EtAP6PQBBSDAkLAkAgA0UNACACIANNBEAgAiADRg0BDAsLIAEgA2osAABBQEgNCgsgAiADayEIIAEgA2oMCwtB+I/AAAwGC0Hsj8AADAULQe6PwAAMBAtB8I/AAAwDC0Hyj8AADAILQfSPwAAMAQtB9o/AAAshByAFQQhqIAEgAiADIAMgCWoQNCAAIAUoAggiBEEBIAQbIAUoAgxBACAEGxB8IAAgB0ECEHwLIAMgCWpBAWohAyAIQQFqIQcMAQsLQQALIgFBASABGyAIQQAgARsQfCAAQSIQUiAFQRBqJAAgAAsQACAAEHMgACABIAIQfCAACxAAIABB/wFxQQJ0KAKYx0ALEQAgACABIAJBqYfAAEEAEBMLDwAgABBzIABB+wAQUiAACw8AIAAQcyAAQdsAEFIgAAsPACAAEP8BIABBDGoQ7wELDwAgABDvASAAQQxqEO8BCw8AIAAQ7wEgAEEQahCdAQsOACAAIAEgAkGAgBAQJAsLACAAIAEgAhBqRQsMACAAIAEgAiADEBwLlQECAn8BfiMAQTBrIgEkACABQRRqIgIgABA3IAEoAhRFBEAgAUEIaiACEJYBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCBAgALIAEgASgCHDYCKCABIAEpAhQiAzcDIEECQoCIhJAwIAOnKQMAIgOnQQJrrUL/AYNCA4aIpyADQgFYGyABQSBqEM8BIAFBMGokAEH/AXG4CwoAIABBAUEBEHQLNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEOoBIAJBKGohAgwBCwsgABD7AQsKACAAQQRBBBB0CwsAIABB/QAQUiAACwsAIABB3QAQUiAACzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhCdASACQRhqIQIMAQsLIAAQ/AELNwECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEO8BIAJBDGohAgwBCwsgAEEEQQwQdAs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDvASABQQxqEO8BIAJBAWshAiABQRhqIQEMAQsLIAAQ/gELCgAgAEEEQQgQdAs8AQJ/IAAoAgghAiAAKAIEIQEDQCACBEAgARDvASABQQxqEPUBIAJBAWshAiABQRhqIQEMAQsLIAAQ/gELNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEO8BIAJBEGohAgwBCwsgABD6AQsKACAAQQRBEBB0CwoAIABBCEEoEHQLCgAgAEEIQRgQdAsKACAAIAEgAhAWCwoAIABBBEEYEHQLOgECfyAAKAIEQQhqIQEgACgCCCECA0AgAgRAIAJBAWshAiABEO8BIAFBFGohAQwBCwsgAEEEQRQQdAsNAEGkx8AAQRsQgQIACwkAIAAgARAAAAtnAQF/IwBBEGsiASQAIAEgADYCBCABIAFBBGqtQoCAgICAA4Q3AwgjAEEgayIAJAAgACABQQhqNgIQIABBsITAADYCDCAAQQA6AB0gAEEAOgAcIABB9MfAADYCGCAAIABBDGo2AhQACwMAAAsjAQF/IAAoAgAgACgCCCIEayABSQRAIAAgBCABIAMgAhB7CwsLoUokAEGAgMAAC5EuFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvYWxsb2MucnMAc3JjL3JzYS5ycwBzcmMvcmZjMzMzOS5ycwAVbWVtb3J5IGFsbG9jYXRpb24gb2YgwA0gYnl0ZXMgZmFpbGVkACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAB4BEABPAAAAzQEAADcAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRudWxsIHBvaW50ZXIgcGFzc2VkIHRvIHJ1c3RyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5LV9odHRwczovL2h0dHA6Ly9sb2NhbGhvc3Q6OjEBBBAAAwAAADEyNwAMBBAAAwAAAGV5SmhiR2NpT2lKSVV6STFOaUlzSW5SNWNDSTZJa3BYVkNKOVJTMjU2YWxna2lkY3JpdABBBBAAAwAAAEQEEAADAAAARwQQAAQAAAAAAAAADAAAAAQAAAABAAAAAgAAAGV5SmhlYWRlciBpcyBub3QgYmFzZTY0dXJsaGVhZGVyIGlzIG5vdCBhIEpTT04gb2JqZWN0IHdpdGggYW4gYWxncGF5bG9hZCBpcyBub3QgYmFzZTY0dXJscGF5bG9hZCBpcyBub3QgYSBKU09OIG9iamVjdHNpZ25hdHVyZSBpcyBub3QgYmFzZTY0dXJsRVMyNTYHBRAABQAAAC50aGUgc2lnbmF0dXJlIGlzIGVtcHR5IG9yIG5vdCBvZiBpdHMgYWxnb3JpdGhtJ3Mgc2l6ZWNyaXRpY2FsIGhlYWRlciBleHRlbnNpb25zIGFyZSBub3Qgc3VwcG9ydGVkYSBKV1QgaGFzIHRocmVlIGRvdC1zZXBhcmF0ZWQgcGFydHMAAAAWAhAACgAAACgAAAAHAAAAFgIQAAoAAAApAAAABwAAABYCEAAKAAAAKgAAAAcAAAAWAhAACgAAACsAAAAHAAAAMDEwDQYJYIZIAWUDBAIBBQAEIAAWAhAACgAAACsAAAAbAAAAFgIQAAoAAAAsAAAAEgAAABYCEAAKAAAAZQAAAAwAAAAWAhAACgAAADIAAAALAAAAFgIQAAoAAABGAAAAEwAAABYCEAAKAAAAVwAAAAgAAAAWAhAACgAAAFwAAAASAAAAFgIQAAoAAABcAAAAGAAAABYCEAAKAAAATAAAACUAAAAWAhAACgAAAEwAAAATAAAAFgIQAAoAAABPAAAAKQAAABYCEAAKAAAATwAAABcAAAAWAhAACgAAAF4AAAAhAAAAFgIQAAoAAAC6AAAAHgAAABYCEAAKAAAAwQAAAAoAAAAWAhAACgAAAM8AAAAhAAAAFgIQAAoAAADPAAAADwAAABYCEAAKAAAAmQAAABwAAAAWAhAACgAAAJkAAAAlAAAAFgIQAAoAAACZAAAAMgAAABYCEAAKAAAArgAAAAwAAAAWAhAACgAAAK8AAAAXAAAAFgIQAAoAAACdAAAAHwAAABYCEAAKAAAAqQAAAB8AAAAWAhAACgAAAKMAAAAjAAAAFgIQAAoAAACHAAAAHAAAABYCEAAKAAAAjQAAADcAAAB1cmxtZXRob2RoZWFkZXJzYm9keXN0YXR1c2FwcGxpY2F0aW9uL2pzb25Db250ZW50LVR5cGVlcnJvcm1lc3NhZ2VzdGF0dXNDb2RlXCJcXFxiXHRcblxmXHJcdTAwMDEyMzQ1Njc4OWFiY2RlZm51bGx0cnVlZmFsc2UAAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAAG4BEAALAAAAWgEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAAG4BEAALAAAA/QEAAAkAAABuARAACwAAAAMCAAATAAAAbm8gcmVwbHkgeWV0dW5rbm93biBwcm92aWRlcmJhZCBlbnZrZXlzAKsIEAAEAAAAAAAAAAQAAAAEAAAACQAAAAoAAAAAAAAABAAAAAQAAAADAAAABAAAAHRoZSBwcm92aWRlcidzIEpXS1MgaXMgbm90IGEgSlNPTiBrZXkgc2V0a3R5dXNlRUNjcnZQLTI1NgAAABQJEAAFAAAAeHlSU0FuZXNpZwAAKwkQAAMAAAB0aGUgZGlzY292ZXJ5IGRvY3VtZW50IGlzIG5vdCBKU09OIHdpdGggYW4gaXNzdWVyIGFuZCBhIGp3a3NfdXJpdGhlIGRpc2NvdmVyeSBkb2N1bWVudCdzIGp3a3NfdXJpIGlzIG5vdCBhbiBodHRwczovLyBVUkx0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3MgaXNzdWVyIGlzIG5vdCBPSURDX0lTU1VFUmlzc3Vlcmp3a3NfdXJp4gkQAAYAAADoCRAACAAAAAAAAAAIAAAABAAAAAsAAAAMAAAAZXh0c3Vicm9sZWF1dGhlbnRpY2F0ZWRhdWRpbnNmb3JnZS1hcGlpYXRleHBlbWFpbGFjY2Vzc1Rva2VudG9rZW5UeXBlQmVhcmVyZXhwaXJlc0F0dXNlcmlkcHJvdmlkZXJpbnZhbGlkX3NpZ25hdHVyZXByb3ZpZGVyX3VucmVhY2hhYmxldW5rbm93bl9rZXl0aGUgcHJvdmlkZXIgYW5zd2VyZWQgd2l0aCBhbiBlcnJvcnNlbmQgdGhlIHByb3ZpZGVyIHRva2VuIGFzIGBBdXRob3JpemF0aW9uOiBCZWFyZXIgPHRva2VuPmAgb3IgSlNPTiBgeyJ0b2tlbiI6ICLigKYifWBtaXNzaW5nX2NyZWRlbnRpYWxtYWxmb3JtZWRfY3JlZGVudGlhbHRoZSBjcmVkZW50aWFsIGV4Y2VlZHMgODE5MiBjaGFyYWN0ZXJzY3JlZGVudGlhbF90b29fbGFyZ2V1c2UgUE9TVCAob3IgT1BUSU9OUyBmb3IgYSBDT1JTIHByZWZsaWdodCltZXRob2Rfbm90X2FsbG93ZWR0aGlzIE9yaWdpbiBpcyBub3QgaW4gQlJJREdFX0FMTE9XRURfT1JJR0lOU29yaWdpbl9ub3RfYWxsb3dlZGFsZyBub3QgYWNjZXB0ZWQgKFJTMjU2OyBvaWRjLWJyaWRnZTogUlMyNTYsIFBTMjU2LCBFUzI1Nik6IHVuc3VwcG9ydGVkX2FsZ29yaXRobXRoZSB0b2tlbidzIGtpZCBtYXRjaGVzIG5vIFJTQSBzaWduaW5nIGtleSBvZiB0aGUgcHJvdmlkZXJ0aGUgdG9rZW4gc2lnbmF0dXJlIGRvZXMgbm90IHZlcmlmeWludmFsaWRfdG9rZW50aGUgcHJvdmlkZXIgdG9rZW4gaGFzIGV4cGlyZWR0b2tlbl9leHBpcmVkdGhlIHByb3ZpZGVyIHRva2VuIGlzIG5vdCB2YWxpZCB5ZXQgKG5iZi9pYXQgaW4gdGhlIGZ1dHVyZSl0b2tlbl9ub3RfeWV0X3ZhbGlkdGhlIHRva2VuIGlzc3VlciBpcyBub3QgYW4gYWNjZXB0ZWQgaXNzdWVyaW52YWxpZF9pc3N1ZXJ0aGUgdG9rZW4gYXVkaWVuY2UgZG9lcyBub3QgaW5jbHVkZSB0aGUgY29uZmlndXJlZCBhdWRpZW5jZWludmFsaWRfYXVkaWVuY2V0aGUgdG9rZW4gaGFzIG5vIHVzZXIgaWQgKHN1YiltaXNzaW5nX3N1YmplY3R0aGUgcHJvdmlkZXIgc2Vzc2lvbiBoYXMgZXhwaXJlZHNlc3Npb25fZXhwaXJlZHRoZSBwcm92aWRlciBkb2VzIG5vdCByZWNvZ25pc2UgdGhpcyBzZXNzaW9uaW52YWxpZF9zZXNzaW9ubWFjaGluZS10by1tYWNoaW5lIHRva2VucyBjYXJyeSBubyB1c2VyIGFuZCBhcmUgcmVmdXNlZG1hY2hpbmVfdG9rZW5fcmVmdXNlZE9JRENfUkVGVVNFX0FOT05ZTU9VUzogbm8gYW5vbnltb3VzIHVzZXJzYW5vbnltb3VzX3VzZXJfcmVmdXNlZHByb3ZpZGVyX2Vycm9ydGhlIGlkZW50aXR5IHByb3ZpZGVyIGNvdWxkIG5vdCBiZSByZWFjaGVkIGlzIG5vdCBzZXRtaXNzaW5nX3NlY3JldCBpcyBpbnZhbGlkOiBpbnZhbGlkX3NlY3JldGF1dGhlbnRpY2F0aW9uX2ZhY3RvcnNlbWFpbF9mYWN0b3JlbWFpbF9hZGRyZXNzZXhwLCBuYmYgYW5kIGlhdCBtdXN0IGJlIHdob2xlIHNlY29uZHMgYmVsb3cgMl42MyAobm8gZnJhY3Rpb24sIG5vIGV4cG9uZW50KXRoZSB0b2tlbiBoYXMgbm8gZXhwIGNsYWltbmJmQlJJREdFX0NMQUlNUyBuZWVkcyB0aGUgdG9rZW4ncyBpYXRpc3NndHljbGllbnRfY3JlZGVudGlhbHMDdG9rZW5fdXNlYWNjZXNzY2xpZW50X2lkAmF6cGFub255bW91cwAALRAQAAkAAAABaHR0cHM6Ly9zdHl0Y2guY29tL3Nlc3Npb25leHBpcmVzX2F0dGhlIHNlc3Npb24gZXhwaXJlc19hdCBpcyBub3QgYW4gUkZDIDMzMzkgdGltZWEgY2xhaW0gQlJJREdFX0NMQUlNUyBtYXBzIGlzIG5vdCBhIHN0cmluZyAo4omkIDI1NiBieXRlcyksIGludGVnZXIsIGJvb2xlYW4gb3IgYXJyYXkgb2Yg4omkIDMyIHN1Y2ggc3RyaW5nc3Rva2VuX3VzZSBpcyBub3QgYSB0b2tlbiBraW5kIE9JRENfVE9LRU5fVVNFIGFjY2VwdHMgKGlkLCBhY2Nlc3MpT0lEQ19QUkVTRVRtdXN0IGJlIG9uZSBvZiBjbGVyaywgYXV0aDAsIGZpcmViYXNlLCBjb2duaXRvLCBlbnRyYSwgZ29vZ2xlLCBzdXBhYmFzZSAob3IgdW5zZXQpSldUX1NFQ1JFVEJSSURHRV9UT0tFTl9UVExfU0VDT05EU0JSSURHRV9DQVBfVE9fUFJPVklERVJfRVhQQlJJREdFX0FMTE9XRURfT1JJR0lOUypCUklER0VfQ0xBSU1TU1RZVENIX0FQSV9CQVNFcHJvamVjdC1saXZlLWh0dHBzOi8vdGVzdC5zdHl0Y2guY29taHR0cHM6Ly9hcGkuc3R5dGNoLmNvbVNUWVRDSF9TRUNSRVRtdXN0IGJlIGEgSldLUyBKU09OIGRvY3VtZW50IHsia2V5cyI6IFsuLi5dfSBvZiBhdCBtb3N0IDI2MjE0NCBieXRlcy8ud2VsbC1rbm93bi9vcGVuaWQtY29uZmlndXJhdGlvbk9JRENfVE9LRU5fVVNFAABsChAAAgAAABoQEAAGAAAAT0lEQ19SRUZVU0VfQU5PTllNT1VTbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAehMQAAQAAABiYXNliBMQAAQAAAAxeWVzMG5vbXVzdCBiZSB0cnVlIG9yIGZhbHNlnREQAAoAAACnERAAGAAAAL8REAAaAAAA2REQABYAAADwERAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAAXChAAAwAAABoKEAAEAAAAKwoQAAMAAAD4DxAAAwAAADoKEAADAAAAPQoQAAMAAADSDxAAAwAAAEAKEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAPxUQAAcAAABoChAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZABsFRAABwAAAFsQEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAAJgVEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkQAoQAAUAAADQFRAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUYSBjYWxsIG91dCBvZiB0aGUgY29udmVyc2F0aW9uJ3Mgb3JkZXIAAgBBnK7AAAsBBABBqK7AAAsKAQAAAAAAAAD0AQBBmK/AAAvFCU9QVElPTlNjbGFpbXNDb250ZW50LUxlbmd0aACYExAAAQAAAHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbABGGRAABgAAAEwZEAALAAAAL2VtYWlsX3ZlcmlmaWVkV09SS09TX0lTU1VFUldPUktPU19KV0tTX1VSTGh0dHBzOi8vYXBpLndvcmtvcy5jb20vc3NvL2p3a3Mve313b3Jrb3NXT1JLT1NfQ0xJRU5UX0lEV09SS09TX0pXS1MAALsZEAAQAAAAdxkQAA0AAACEGRAADwAAAMsZEAALAAAAaHR0cHM6Ly9hcGkud29ya29zLmNvbWh0dHBzOi8vYXBpLndvcmtvcy5jb20vdXNlcl9tYW5hZ2VtZW50L3t9APgZEAAWAAAADhoQACkAAABGGRAABgAAAEtJTkRFX0pXS1NfVVJMe30vLndlbGwta25vd24vandrcy5qc29uS0lOREVfQVVESUVOQ0VraW5kZUtJTkRFX0lTU1VFUl9VUkxLSU5ERV9KV0tTAIkaEAAQAAAAdhoQAA4AAABQGhAADgAAAJkaEAAKAAAAe30AAMQaEAACAAAAe2Jhc2V9L3YxL3Nlc3Npb25zL2p3a3Mve31zdHl0Y2hTVFlUQ0hfSldLUwCaFhAAEQAAAEYSEAANAAAA/REQAA8AAADwGhAACwAAAHN0eXRjaC5jb20ve317YmFzZX0AHBsQAA0AAAApGxAABgAAAE9JRENfSldLU19VUkxPSURDX0FVRElFTkNFT0lEQ19JU1NVRVJPSURDX0pXS1MAAEAREAALAAAAWhsQAAsAAABNGxAADQAAAEAbEAANAAAAZRsQAAkAAAC4EhAADgAAANgSEAAVAAAAAAECY2xlcmthdXRoMGZpcmViYXNlL2ZpcmViYXNlL3NpZ25faW5fcHJvdmlkZXJjb2duaXRvL3htc19lZG92ZW50cmFodHRwczovL2FjY291bnRzLmdvb2dsZS5jb21nb29nbGVhY2NvdW50cy5nb29nbGUuY29txBoQAAIAAAANHBAAEwAAAHN1cGFiYXNlHgoQAA0AAAAvaXNfYW5vbnltb3VzAAAAWBkQAAIAAABoGRAADwBB6LjAAAsVdxkQAA0AAACEGRAADwAAAJMZEAAiAEGIucAAC0m1GRAABgAAALUZEAAGAAAA2BkQAAQAAAC7GRAAEAAAADgaEAACAAAAyxkQAAsAAAAEAAAAAAAAAK0CEAABAAAAAQAAAAAAAAABAEHcucAACw1IGhAAAQAAAGgZEAAPAEH8ucAAC2lQGhAADgAAAF4aEAAYAAAAdhoQAA4AAACEGhAABQAAAIQaEAAFAAAApBoQAAQAAACJGhAAEAAAAMgaEAABAAAAmRoQAAoAAAAEAAAAAAAAAK0CEAABAAAArQIQAAEAAAABAAAAAAAAAAEAQZC7wAALBdAaEAAaAEGgu8AAC0nqGhAABgAAAOoaEAAGAAAA/BoQAAQAAACaFhAAEQAAADAbEAACAAAA8BoQAAsAAADIGhAAAQAAAK0CEAABAAAAQBAQAAEAAAABAEHzu8AACw4BSBoQAAEAAABoGRAADwBBlLzAAAsFQBsQAA0AQaS8wAALaU0bEAANAAAAehMQAAQAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBoL3AAAsFQBsQAA0AQbC9wAALaU0bEAANAAAAqxsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAACkQEAABAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBrL7AAAsFQBsQAA0AQby+wAALaU0bEAANAAAAsBsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwBBuL/AAAsFQBsQAA0AQci/wAALaU0bEAANAAAAtRsQAAgAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAvRsQABoAAAABAQEASBoQAAEAAABoGRAADwBBxMDAAAsFQBsQAA0AQdTAwAALaU0bEAANAAAA1xsQAAcAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAABAQEAABAAAAAQAAAAAAAAABAQEASBoQAAEAAADeGxAACQBB0MHAAAsFQBsQAA0AQeDBwAALcU0bEAANAAAA5xsQAAUAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAABAAAAAAAAACoGxAAAwAAAAEAAAAAAAAAAQAAAAAAAAABAQEASBoQAAEAAABoGRAADwAAAOwbEAAbAEHcwsAACwVAGxAADQBB7MLAAAtpTRsQAA0AAAAHHBAABgAAAHoTEAAEAAAAcBsQAAcAAABaGxAACwAAACAcEAACAAAAZRsQAAkAAAAEAAAAAAAAAKgbEAADAAAAAQAAAAAAAAABAAAAAAAAAAEBAQBIGhAAAQAAAGgZEAAPAEHow8AACwVAGxAADQBB+MPAAAu7BE0bEAANAAAAMBwQAAgAAAB6ExAABAAAAHAbEAAHAAAAWhsQAAsAAADIGhAAAQAAAGUbEAAJAAAAOBwQAAEAAACoGxAAAwAAAAEAAAAAAAAAQBwQAA0AAAABAQAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FuAAAAAmC+KQpFEN3HP+8C1pdu16VvCVjnxEfFZpII/ktVeHKuYqgfYAVuDEr6FMSTDfQxVdF2+cv6x3oCnBtybdPGbwcFpm+SGR77vxp3BD8yhDCRvLOktqoR0StypsFzaiPl2UlE+mG3GMajIJwOwx39Zv/ML4MZHkafVUWPKBmcpKRSFCrcnOCEbLvxtLE0TDThTVHMKZbsKanYuycKBhSxykqHov6JLZhqocItLwqNRbMcZ6JLRJAaZ1oU1DvRwoGoQFsGkGQhsNx5Md0gntbywNLMMHDlKqthOT8qcW/NvLmjugo90b2OleBR4yIQIAseM+v++kOtsUKT3o/m+8nhxxiECEAAOAAAAIgAAADUAAADPABAATgAAAHEHAAARAAAAPAQQAEEZEAAHBRAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AHoBEABQAAAALAMAAAkAAADLARAASgAAACkCAAAJAAAAY2FwYWNpdHkgb3ZlcmZsb3cAAAB6ARAAUAAAABwAAAAFAAAAAgICAgICAgICAgIAQdDIwAALCAICAAAAAAACAEGHycAACwECAEGtycAACwEBAEHIycAACwEBAEGoysAAC8gCMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBss3AAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEHwzcAACxlhdHRlbXB0IHRvIGRpdmlkZSBieSB6ZXJvAEGMzsAACwEXAEGYzsAACwEEAJQBD3RhcmdldF9mZWF0dXJlcwgrD211dGFibGUtZ2xvYmFscysTbm9udHJhcHBpbmctZnB0b2ludCsLYnVsay1tZW1vcnkrCHNpZ24tZXh0Kw9yZWZlcmVuY2UtdHlwZXMrCm11bHRpdmFsdWUrD2J1bGstbWVtb3J5LW9wdCsWY2FsbC1pbmRpcmVjdC1vdmVybG9uZw== */
}
var WASM_TEXT_LENGTH = 100408;

// functions/src/lib/untyped.js
function untyped(x) {
  return x;
}

// functions/src/lib/wasm.js
var DECODER_WASM = "AGFzbQEAAAABBgFgAX8BfwMCAQAFAwEAAQcJAgFtAgABZAAACsUCAcICAgR/BXsgAC0A/wFBPUYgAC0A/gFBPUZqIQT9DAAQEwS/v7m5AAAAAAAAAAAhB0Ev/Q8hBkH/Af0QIQhB//8D/REhCQJAA0AgAUEUaiAASw0BIAH9AASAAiEFIAUgByAFQQT9bSAFIAb9I/1u/Q79biEFIAUgCP1OQQb9iwEgBUEI/Y0B/VAhBSAFIAn9TkEM/asBIAVBEP2tAf1QIQUgAiAFIAX9DQIBAAYFBAoJCA4NDAAAAAD9CwSAAiABQRBqIQEgAkEMaiECDAALAAsCQANAIAEgAE8NASABLQCAAi0AAEESdCABLQCBAi0AAEEMdHIgAS0AggItAABBBnQgAS0AgwItAAByciEDIAIgA0EQdjoAgAIgAiADQQh2OgCBAiACIAM6AIICIAFBBGohASACQQNqIQIMAAsACyACIARrCwuHAgEAQQALgAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAPgAAAD80NTY3ODk6Ozw9AAAAAAAAAAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZAAAAAAAAGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjMAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
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
  const byName = /* @__PURE__ */ new Map();
  for (const [k, v] of [...reply.headers || [], ...cors || []]) byName.set(k.toLowerCase(), [k, v]);
  const empty = reply.status === 204 || reply.status === 304;
  return new Response(empty ? null : reply.body, { status: reply.status, headers: [...byName.values()] });
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

// functions/src/kinde-bridge.js
var kinde_bridge_default = bridgeHandler("kinde");
module.exports = kinde_bridge_default;
})();
