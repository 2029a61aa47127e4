// workos-bridge: an insforge-edge function (Rust → WebAssembly, built by scripts/build.mjs).
// Deploy as-is: npx @insforge/cli functions deploy workos-bridge --file functions/dist/workos-bridge.js
// Generated file: edit functions/src and run `npm run build`.
// source-hash: sha256:469de4811d15c7935d16f23333b488d79c02be25edd6876e5f2af6e7bb6703ed
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
       * Once a token is minted and BRIDGE_CLAIMS maps claims: the mapped claims as one JSON
       * object (`{}` when the token carried none), which JS records before the reply leaves;
       * undefined otherwise.
       * @returns {string | undefined}
       */
      get claims() {
        const ret = wasm2.bridgesession_claims(this.__wbg_ptr);
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
var WASM_BASE64 = "AGFzbQEAAAABlAEWYAJ/fwBgAX8AYAN/f38Bf2ADf39/AGACf38Bf2AEf39/fwBgBH9/f38Bf2ABfwF/YAACf39gAX8Cf39gBX9/f39/AGAAAGAKf39/f39/f39/fAF/YAR/f39+AGAFf39/f3wAYAZ/f39/f38AYAN/f3wAYAN/fn4AYAV/f39/fwF/YAJ/fgF/YAJ/fwJ/f2ABfwF8AnkCFS4vaW5zZm9yZ2VfZWRnZV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAABUuL2luc2ZvcmdlX2VkZ2VfYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQALA5QCkgIHAwMEAwYBBQAGAwAAAgMGBAAAAAwFDQoEBAoFBQMCAAIAAAAABgQCDg8CCgYFAwMAAwMHBgIFAAAGABADAAIAEQAAAwYCAQAFAwIEBQADAwQHAAUAAAIBAQAAAgADAwMFAAADAwIABAACAAMCBQADAAIBAwcCAQQFBQUKAwMCAwADAwAGEgMHAAoAAAAAAQQGAAACAAUDBQAABwYDAAQBEwQAAwICAgICAgQEBAoKAQoUAQEAAAAACQkJCQkJCQkJBgEBBQAAAAEBBgQBAQEDAQEBAAMBBAQEAQAEAAEBAgEBAwAAAgICBwADAwMHBwEBAQAEBAIGFQIBAQEHAQEHAQEBAQEBAQIBAQsAAAAAAAsFBAkCcAEqKm8AhAgFAwEAEQYZA38BQYCAwAALfwBB9M7AAAt/AEGgz8AACweHBRwGbWVtb3J5AgARX193YmdfYnJpZGdlX2ZyZWUAWxhfX3diZ19icmlkZ2VzZXNzaW9uX2ZyZWUAXAxicmlkZ2VfYmVnaW4AFg9icmlkZ2VfZW52X2tleXMAswEKYnJpZGdlX25ldwA2EWJyaWRnZXNlc3Npb25fYWxnAL0BFGJyaWRnZXNlc3Npb25fY2xhaW1zAMABGGJyaWRnZXNlc3Npb25fZGlzY292ZXJlZABfG2JyaWRnZXNlc3Npb25fZGlzY292ZXJ5X3VybAC6ARJicmlkZ2VzZXNzaW9uX2ZhaWwAYBZicmlkZ2VzZXNzaW9uX2p3a3NfdXJsAMEBEWJyaWRnZXNlc3Npb25fa2V5AL4BEmJyaWRnZXNlc3Npb25fa2luZAD5ARNicmlkZ2VzZXNzaW9uX3JlcGx5AL8BGGJyaWRnZXNlc3Npb25fc2VsZWN0X2tleQBhF2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlAMIBH2JyaWRnZXNlc3Npb25fc2lnbmF0dXJlX2NoZWNrZWQAPRticmlkZ2VzZXNzaW9uX3NpZ25pbmdfaW5wdXQAuwEbYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfYW5zd2VyACocYnJpZGdlc2Vzc2lvbl9zdHl0Y2hfcmVxdWVzdAC8AQ9fX2Fib3J0X2hhbmRsZXIDARVfX2luc3RhbmNlX3Rlcm1pbmF0ZWQDAhVfX3diaW5kZ2VuX2V4dGVybnJlZnMBARFfX3diaW5kZ2VuX21hbGxvYwB5El9fd2JpbmRnZW5fcmVhbGxvYwCGAQ9fX3diaW5kZ2VuX2ZyZWUA5AEQX193YmluZGdlbl9zdGFydAABCUkBAEEBCymJAiCsAVKdAS74ASepAUemAUynASKoATeqAZUBrQEoqwFAkgKQAtQBXRv6AfUBggH0AY4C1AGRASZEkQLmAeUBGvYBDAEjCo7RBJIC0yUCCX8BfiMAQRBrIggkAAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAhAAwECyAAQQtqIgFBeHEhBUHc0sAAKAIAIglFDQJBHyEGIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQYMAQsCQAJAAkACQAJAQdjSwAAoAgAiBEEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiB0EDdCIBQdDQwABqIgAgAUHY0MAAaigCACICKAIIIgNGDQEgAyAANgIMIAAgAzYCCAwCCyAFQeDSwAAoAgBNDQYgAQ0CQdzSwAAoAgAiAEUNBiAAaEECdEHAz8AAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQYCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEHIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAHQQA2AgALIAZFDQYCQCACKAIcQQJ0QcDPwABqIgEoAgAgAkcEQCACIAYoAhBHBEAgBiAANgIUIAANAgwJCyAGIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAY2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQdjSwAAgBEF+IAd3cTYCAAsgAkEIaiEAIAIgAUEDcjYCBCABIAJqIgEgASgCBEEBcjYCBAwFCwJAQQIgAHQiAkEAIAJrciABIAB0cWgiB0EDdCIBQdDQwABqIgIgAUHY0MAAaigCACIAKAIIIgNHBEAgAyACNgIMIAIgAzYCCAwBC0HY0sAAIARBfiAHd3E2AgALIAAgBUEDcjYCBCAAIAVqIgYgASAFayIHQQFyNgIEIAAgAWogBzYCAEHg0sAAKAIAIgIEQEHo0sAAKAIAIQECQEHY0sAAKAIAIgRBASACQQN2dCIDcUUEQEHY0sAAIAMgBHI2AgAgAkF4cUHQ0MAAaiIDIQQMAQsgAkF4cSICQdDQwABqIQQgAkHY0MAAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLIABBCGohAEHo0sAAIAY2AgBB4NLAACAHNgIADAQLQdzSwABB3NLAACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIHIANBAXI2AgQgAyAHaiADNgIAQeDSwAAoAgAiAUUNAUHo0sAAKAIAIQACQEHY0sAAKAIAIgRBASABQQN2dCIGcUUEQEHY0sAAIAQgBnI2AgAgAUF4cUHQ0MAAaiIEIQEMAQsgAUF4cSIEQdDQwABqIQEgBEHY0MAAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtB6NLAACAHNgIAQeDSwAAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAGQQJ0QcDPwABqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAZBAXZrQQAgBkEfRxt0IQRBACEAA0ACQCACKAIEQXhxIgcgBUkNACAHIAVrIgcgA08NACACIQEgByIDDQBBACEDIAEhAAwDCyACKAIUIgcgACAHIAIgBEEddkEEcWooAhAiAkcbIAAgBxshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAGdCIAQQAgAGtyIAlxIgBFDQMgAGhBAnRBwM/AAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiAiAFayIEIAMgAyAESyIEGyACIAVJIgIbIQMgASAAIAEgBBsgAhshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVB4NLAACgCACIATSADIAAgBWtPcQ0AIAEoAhghBgJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQcgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAdBADYCAAsCQCAGRQ0AAkACQCABKAIcQQJ0QcDPwABqIgIoAgAgAUcEQCABIAYoAhBHBEAgBiAANgIUIAANAgwECyAGIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAY2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtB3NLAAEHc0sAAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEBUMAgsCQEHY0sAAKAIAIgJBASADQQN2dCIEcUUEQEHY0sAAIAIgBHI2AgAgA0H4AXFB0NDAAGoiAyECDAELIANB+AFxIgRB0NDAAGohAiAEQdjQwABqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQeDSwAAoAgAiAUsEQCAFQeTSwAAoAgAiAE8EQCAIQQRqIQACfyAFQa+ABGpBgIB8cSIBQRB2IAFB//8DcUEAR2oiAUAAIgRBf0YEQEEAIQFBAAwBCyABQRB0IgJBEGsgAiAEQRB0IgFBACACa0YbCyECIABBADYCCCAAIAI2AgQgACABNgIAIAgoAgQiAUUEQEEAIQAMCAsgCCgCDCEHQfDSwAAgCCgCCCIEQfDSwAAoAgBqIgA2AgBB9NLAACAAQfTSwAAoAgAiAiAAIAJLGzYCAAJAAkBB7NLAACgCACICBEBBwNDAACEAA0AgASAAKAIAIgMgACgCBCIGakYNAiAAKAIIIgANAAsMAgtB/NLAACgCACIAQQAgACABTRtFBEBB/NLAACABNgIAC0GA08AAQf8fNgIAQczQwAAgBzYCAEHE0MAAIAQ2AgBBwNDAACABNgIAQdzQwABB0NDAADYCAEHk0MAAQdjQwAA2AgBB2NDAAEHQ0MAANgIAQezQwABB4NDAADYCAEHg0MAAQdjQwAA2AgBB9NDAAEHo0MAANgIAQejQwABB4NDAADYCAEH80MAAQfDQwAA2AgBB8NDAAEHo0MAANgIAQYTRwABB+NDAADYCAEH40MAAQfDQwAA2AgBBjNHAAEGA0cAANgIAQYDRwABB+NDAADYCAEGU0cAAQYjRwAA2AgBBiNHAAEGA0cAANgIAQZzRwABBkNHAADYCAEGQ0cAAQYjRwAA2AgBBmNHAAEGQ0cAANgIAQaTRwABBmNHAADYCAEGg0cAAQZjRwAA2AgBBrNHAAEGg0cAANgIAQajRwABBoNHAADYCAEG00cAAQajRwAA2AgBBsNHAAEGo0cAANgIAQbzRwABBsNHAADYCAEG40cAAQbDRwAA2AgBBxNHAAEG40cAANgIAQcDRwABBuNHAADYCAEHM0cAAQcDRwAA2AgBByNHAAEHA0cAANgIAQdTRwABByNHAADYCAEHQ0cAAQcjRwAA2AgBB3NHAAEHQ0cAANgIAQeTRwABB2NHAADYCAEHY0cAAQdDRwAA2AgBB7NHAAEHg0cAANgIAQeDRwABB2NHAADYCAEH00cAAQejRwAA2AgBB6NHAAEHg0cAANgIAQfzRwABB8NHAADYCAEHw0cAAQejRwAA2AgBBhNLAAEH40cAANgIAQfjRwABB8NHAADYCAEGM0sAAQYDSwAA2AgBBgNLAAEH40cAANgIAQZTSwABBiNLAADYCAEGI0sAAQYDSwAA2AgBBnNLAAEGQ0sAANgIAQZDSwABBiNLAADYCAEGk0sAAQZjSwAA2AgBBmNLAAEGQ0sAANgIAQazSwABBoNLAADYCAEGg0sAAQZjSwAA2AgBBtNLAAEGo0sAANgIAQajSwABBoNLAADYCAEG80sAAQbDSwAA2AgBBsNLAAEGo0sAANgIAQcTSwABBuNLAADYCAEG40sAAQbDSwAA2AgBBzNLAAEHA0sAANgIAQcDSwABBuNLAADYCAEHU0sAAQcjSwAA2AgBByNLAAEHA0sAANgIAQezSwAAgAUEPakF4cSIAQQhrIgI2AgBB0NLAAEHI0sAANgIAQeTSwAAgBEEoayIEIAEgAGtqQQhqIgA2AgAgAiAAQQFyNgIEIAEgBGpBKDYCBEH40sAAQYCAgAE2AgAMCAsgAiADSSABIAJNcg0AIAAoAgwiA0EBcQ0AIANBAXYgB0YNAwtB/NLAAEH80sAAKAIAIgAgASAAIAFJGzYCACABIARqIQNBwNDAACEAAkACQANAIAMgACgCACIGRwRAIAAoAggiAA0BDAILCyAAKAIMIgNBAXENACADQQF2IAdGDQELQcDQwAAhAANAAkAgAiAAKAIAIgNPBEAgAiADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtB7NLAACABQQ9qQXhxIgBBCGsiAzYCAEHk0sAAIARBKGsiCSABIABrakEIaiIANgIAIAMgAEEBcjYCBCABIAlqQSg2AgRB+NLAAEGAgIABNgIAIAIgBkEga0F4cUEIayIAIAAgAkEQakkbIgNBGzYCBEHA0MAAKQIAIQogA0EQakHI0MAAKQIANwIAIANBCGoiACAKNwIAQczQwAAgBzYCAEHE0MAAIAQ2AgBBwNDAACABNgIAQcjQwAAgADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAIgA0YNByADIAMoAgRBfnE2AgQgAiADIAJrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgAiAAEBUMCAsCQEHY0sAAKAIAIgFBASAAQQN2dCIEcUUEQEHY0sAAIAEgBHI2AgAgAEH4AXFB0NDAAGoiACEBDAELIABB+AFxIgBB0NDAAGohASAAQdjQwABqKAIAIQALIAEgAjYCCCAAIAI2AgwgAiABNgIMIAIgADYCCAwHCyAAIAE2AgAgACAAKAIEIARqNgIEIAFBD2pBeHFBCGsiBCAFQQNyNgIEIAZBD2pBeHFBCGsiAyAEIAVqIgBrIQUgA0Hs0sAAKAIARg0DIANB6NLAACgCAEYNBCADKAIEIgJBA3FBAUYEQCADIAJBeHEiARATIAEgBWohBSABIANqIgMoAgQhAgsgAyACQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQFQwGCwJAQdjSwAAoAgAiAUEBIAVBA3Z0IgJxRQRAQdjSwAAgASACcjYCACAFQfgBcUHQ0MAAaiIFIQMMAQsgBUH4AXEiAUHQ0MAAaiEDIAFB2NDAAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQeTSwAAgACAFayIBNgIAQezSwABB7NLAACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtB6NLAACgCACEAAkAgASAFayICQQ9NBEBB6NLAAEEANgIAQeDSwABBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtB4NLAACACNgIAQejSwAAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECyAAQQhqIQAMBQsgACAEIAZqNgIEQezSwABB7NLAACgCACIAQQ9qQXhxIgFBCGsiAjYCAEHk0sAAQeTSwAAoAgAgBGoiBCAAIAFrakEIaiIBNgIAIAIgAUEBcjYCBCAAIARqQSg2AgRB+NLAAEGAgIABNgIADAMLQezSwAAgADYCAEHk0sAAQeTSwAAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtB6NLAACAANgIAQeDSwABB4NLAACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIARBCGohAAwBC0EAIQBB5NLAACgCACIBIAVNDQBB5NLAACABIAVrIgE2AgBB7NLAAEHs0sAAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEIABBCGohAAsgCEEQaiQAIAAL7x0CHX8CfiMAQeADayIDJAAgA0EMakEAQcAA/AsAIAEgAkEGdGohGCAAKAIcIQ8gACgCGCEQIAAoAhQhESAAKAIQIRIgACgCDCETIAAoAgghFCAAKAIEIRUgACgCACEWA0AgASAYRwRAIANCgICAgMAANwJYIAMgATYCTCADQcAANgJQIAMgAUFAayIZNgJUIANBzABqIgIoAhAiB0UEQEHMxsAAEPsBAAtBECACKAIEIAduIgIgAkEQTxtBAnQhB0EAIQIDQCACIAdHBEAgA0EMaiACaiABIAJqKAAAIg1B/4H8B3FBCHggDUEYeEH/gfwHcXI2AgAgAkEEaiECDAELCyADIBU2AmQgAyARNgJsIAMgFjYCYCADIBI2AmggAyAUNgJwIAMgEzYCdCADIBA2AnggAyAPNgJ8IAMoAhghASADKAIUIQIgAygCECEHIAMgAygCDCINNgK8AyADIAc2ArgDIAMgAjYCtAMgAyABNgKwAyADKAIoIQggAygCJCEJIAMoAiAhCiADIAMoAhwiFzYCvAIgAyAKNgK4AiADIAk2ArQCIAMgCDYCsAIgAygCOCEMIAMoAjQhDiADKAIwIQQgAyADKAIsIho2AtwCIAMgBDYC2AIgAyAONgLUAiADIAw2AtACIAMoAkghBSADKAJEIQYgAygCQCELIAMgAygCPCIbNgL8AiADIAs2AvgCIAMgBjYC9AIgAyAFNgLwAiADIA1BmN+olARqIhw2AlggAyAHQZGJ3YkHaiIdNgJUIAMgAkGxiPzRBGsiHjYCUCADIAFB28iosgFrIh82AkwgA0HQA2oiDSADQfAAaiIBIANB4ABqIgIgA0HMAGoiBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIB42AowBIAMgHzYCiAEgAyAcNgKEASADIB02AoABIAcgAiABIANBgAFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCADIBdB24TbygNqIhc2AlggAyAKQfGjxM8FaiIKNgJUIAMgCUHc+oHuBmsiCTYCUCADIAhBq8KOpwVrIgg2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAk2ApwBIAMgCDYCmAEgAyAXNgKUASADIAo2ApABIAcgAiABIANBkAFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCADIBpB6KrhvwJrIgg2AlggAyAEQYG2jZQBaiIJNgJUIAMgDkG+i8ahAmoiCjYCUCADIAxBw/uxqAVqIgw2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2AqwBIAMgDDYCqAEgAyAINgKkASADIAk2AqABIAcgAiABIANBoAFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCADIBtB9Lr5lQdqIgg2AlggAyALQYKchfkHayIJNgJUIAMgBkHZ8o+hBmsiCjYCUCADIAVBjJ2Q8wNrIgw2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAo2ArwBIAMgDDYCuAEgAyAINgK0ASADIAk2ArABIAcgAiABIANBsAFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCADQZADaiIIIANBsANqIgkgA0GwAmoiCiADQdACaiIMIANB8AJqIg4QHCADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQb+sktsBayILNgJYIAMgBkH68IaCAWsiBjYCVCADIAVBxruG/gBqIgU2AlAgAyAEQczDsqACaiIENgJMIA0gASACIAcQHiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMASADIAQ2AsgBIAMgCzYCxAEgAyAGNgLAASAHIAIgASADQcABahAeIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBwgAygCsAMhBCADKAK0AyEFIAMoArgDIQYgAyADKAK8A0Hv2KTvAmoiCzYCWCADIAZBqonS0wRqIgY2AlQgAyAFQdzTwuUFaiIFNgJQIAMgBEHakea3B2oiBDYCTCANIAEgAiAHEB4gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC3AEgAyAENgLYASADIAs2AtQBIAMgBjYC0AEgByACIAEgA0HQAWoQHiADIAMpAlQ3A2ggAyADKQJMNwNgIAogDCAOIAggCRAcIAMoArACIQQgAygCtAIhBSADKAK4AiEGIAMgAygCvAJBrt2GvgZrIgs2AlggAyAGQZPzuL4FayIGNgJUIAMgBUG4sPP/BGsiBTYCUCADIARBuYCahQRrIgQ2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AuwBIAMgBDYC6AEgAyALNgLkASADIAY2AuABIAcgAiABIANB4AFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCAMIA4gCCAJIAoQHCADKALQAiEEIAMoAtQCIQUgAygC2AIhBiADIAMoAtwCQY3o/8gDayILNgJYIAMgBkG53eHSAmsiBjYCVCADIAVB0capNmoiBTYCUCADIARB59KkoQFqIgQ2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AvwBIAMgBDYC+AEgAyALNgL0ASADIAY2AvABIAcgAiABIANB8AFqEB4gAyADKQJUNwNoIAMgAykCTDcDYCAOIAggCSAKIAwQHCADKALwAiEEIAMoAvQCIQUgAygC+AIhBiADIAMoAvwCQYWV3L0CaiILNgJYIAMgBkG4wuzwAmoiBjYCVCADIAVB/Nux6QRqIgU2AlAgAyAEQZOa4JkFaiIENgJMIA0gASACIAcQHiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKMAiADIAQ2AogCIAMgCzYChAIgAyAGNgKAAiAHIAIgASADQYACahAeIAMgAykCVDcDaCADIAMpAkw3A2AgCCAJIAogDCAOEBwgAygCkAMhBCADKAKUAyEFIAMoApgDIQYgAyADKAKcA0HU5qmoBmoiCzYCWCADIAZBu5WoswdqIgY2AlQgAyAFQdLt9PEHayIFNgJQIAMgBEH7prfsBmsiBDYCTCANIAEgAiAHEB4gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYCnAIgAyAENgKYAiADIAs2ApQCIAMgBjYCkAIgByACIAEgA0GQAmoQHiADIAMpAlQ3A2ggAyADKQJMNwNgIAkgCiAMIA4gCBAcIAMoArADIQQgAygCtAMhBSADKAK4AyEGIAMgAygCvANB366A6gVrIgs2AlggAyAGQbWzlr8FayIGNgJUIAMgBUGQ6dHtA2siBTYCUCADIARB3dzOxANrIgQ2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AqwCIAMgBDYCqAIgAyALNgKkAiADIAY2AqACIAcgAiABIANBoAJqEB4gAyADKQJUNwNoIAMgAykCTDcDYCAKIAwgDiAIIAkQHCADKAKwAiEEIAMoArQCIQUgAygCuAIhBiADIAMoArwCQeevtPMCayILNgJYIAMgBkHc85vLAmsiBjYCVCADIAVB+5TH3wBrIgU2AlAgAyAEQfDAqoMBaiIENgJMIA0gASACIAcQHiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgLMAiADIAQ2AsgCIAMgCzYCxAIgAyAGNgLAAiAHIAIgASADQcACahAeIAMgAykCVDcDaCADIAMpAkw3A2AgDCAOIAggCSAKEBwgAygC0AIhBCADKALUAiEFIAMoAtgCIQYgAyADKALcAkGWgpPNAWoiCzYCWCADIAZBiNjd8QFqIgY2AlQgAyAFQczuoboCaiIFNgJQIAMgBEG1+cKlA2oiBDYCTCANIAEgAiAHEB4gAyADKQLQAzcDcCADIAMpAtgDNwN4IAMgBTYC7AIgAyAENgLoAiADIAs2AuQCIAMgBjYC4AIgByACIAEgA0HgAmoQHiADIAMpAlQ3A2ggAyADKQJMNwNgIA4gCCAJIAogDBAcIAMoAvACIQQgAygC9AIhBSADKAL4AiEGIAMgAygC/AJBs5nwyANqIgs2AlggAyAGQcrU4vYEaiIGNgJUIAMgBUHPlPPcBWoiBTYCUCADIARB89+5wQZqIgQ2AkwgDSABIAIgBxAeIAMgAykC0AM3A3AgAyADKQLYAzcDeCADIAU2AowDIAMgBDYCiAMgAyALNgKEAyADIAY2AoADIAcgAiABIANBgANqEB4gAyADKQJUNwNoIAMgAykCTDcDYCAIIAkgCiAMIA4QHCADKAKQAyEEIAMoApQDIQUgAygCmAMhBiADIAMoApwDQe6FvqQHaiILNgJYIAMgBkHvxpXFB2oiBjYCVCADIAVB7I/e2QdrIgU2AlAgAyAEQfj745kHayIENgJMIA0gASACIAcQHiADIAMpAtADNwNwIAMgAykC2AM3A3ggAyAFNgKsAyADIAQ2AqgDIAMgCzYCpAMgAyAGNgKgAyAHIAIgASADQaADahAeIAMgAykCVDcDaCADIAMpAkw3A2AgCSAKIAwgDiAIEBwgAygCsAMhCCADKAK0AyEJIAMoArgDIQogAyADKAK8A0GGgIT6BmsiDDYCWCADIApBlaa+3QVrIgo2AlQgAyAJQYm4mYgEayIJNgJQIAMgCEGOjrrMA2siCDYCTCADQcADaiABIAIgBxAeIAMgAykCwAM3A3AgAyADKQLIAzcDeCADIAk2AtwDIAMgCDYC2AMgAyAMNgLUAyADIAo2AtADIAcgAiABIA0QHiADIAMpAlQiIDcDaCADIAMpAkwiITcDYCADKAJ8IA9qIQ8gAygCeCAQaiEQIAMoAnQgE2ohEyADKAJwIBRqIRQgIKcgEmohEiAhpyAWaiEWIAMoAmwgEWohESADKAJkIBVqIRUgGSEBDAELCyAAIA82AhwgACAQNgIYIAAgETYCFCAAIBI2AhAgACATNgIMIAAgFDYCCCAAIBU2AgQgACAWNgIAIANB4ANqJAALvAMCB38BfiMAQTBrIgMkAAJAAkAgAgRAIAJBA3QiBUEIayIIQQN2rUIAfiABQQhqIQKnIQcgASEEAkADQCAFRQ0BIAVBCGshBSAEKAIEIQYgBEEIaiEEIAYgB2oiByAGTw0ACyMAQRBrIgAkACAAQTU2AgQgAEHoxMAANgIAIAAgAK1CgICAgJAFhDcDCEHNgcAAIABBCGpBoMXAABCIAQALIANBCGogB0EBQQEQYiADQQA2AhwgAyADKQMINwIUIANBFGogASgCACIEIAQgASgCBGoQ7AEgByADKAIcIgFrIQQgAygCGCABaiEFA0AgCEUNAiACKAIAIQkgAigCBCEBIAVBAEEBQQBB2MTAABCwASADQSBqIQYgASAESwRAQYzEwABBE0HYxMAAEIgBAAUgBiABNgIEIAYgBTYCACAGIAQgAWs2AgwgBiABIAVqNgIIIAMoAiwhBCADKAIoIQUgAygCICADKAIkIAkgAUHYxMAAELABIAhBCGshCCACQQhqIQIMAQsACwALIABBADYCCCAAQoCAgIAQNwIADAELIAAgAykCFDcCACAAIAcgBGs2AggLIANBMGokAAuxCQEMfyMAQaABayICJAAgAiAANgJAIAIgACABajYCRCACQUBrIgcoAgAhCCAHKAIEIQQDQAJAIAgiAyAERg0AIAcgA0EBaiIINgIAIAMtAAAiBkHcAEYNACAGQf8Aa0H/AXFBoQFLDQELCwJAIAMgBEcNACACQThqQZmMwABBCCAAIAEQrwEgAigCPCEEIAIoAjghCCACQTBqQaGMwABBByAAIAEQrwEgCCIDRQRAIAIoAjAiA0UNASACKAI0IQQLIAJBATsBaCACQgA3AlwgAiADNgJUIAIgAzYCTCACQSM2AkggAkKvgICA8Ac3AkAgAiAENgJkIAIgBDYCUCACIAMgBGo2AlggAkHUAGohAQJAAkADQCACQShqIAEQSSACKAIsIgVBgIDEAEYNASACKAIoIQlBACEAA0AgAEEMRg0BIAJBQGsgAGogAEEEaiEAKAIAIAVHDQALCyADIAIoAmAiAWohACAJIAFrIQUMAQtBACEAIAItAGkNAAJAIAItAGhBAUYEQCACKAJkIQMgAigCYCEBDAELIAIoAmQiAyACKAJgIgFGDQELIAIoAkwgAWohACADIAFrIQULQQAhBCACQSBqIABBASAAGyIBIAVBACAAGyIAQdsAEG8CQAJAAkAgAigCICIKBEAgAkFAayAKIAIoAiRB3QAQSiACKAJAIgFFDQIgAigCRCEAIAJBGGogAigCSCACKAJMIgNBOhBvIAIoAhgiBEUNASACKAIcIQkMAwsgAkFAayABIABBOhBKIAIoAkAiA0UNAiACKAJMIQkgAigCSCEEIAIoAkQhACADIQEMAgtBACEEIANFDQELQQAhBQwBCyACIAA2AnAgAiABNgJsQQAhBSACIApBAEc6AHcgAEUNACACIAE2AkAgAiAAIAFqNgJEIAJBQGsiCygCACEHIAsoAgQhDCACQfcAai0AAEEBcSENA0ACQCAHIgMgDEYNACALIANBAWoiBzYCACADLQAAIQYgDUUEQCAGQTBrQf8BcUEKSSAGQd8BcUHBAGtB/wFxQRpJciAGQd8ARiAGQS1rQQJJcnINAgwBCyAGQS5GIAZBMGtB/wFxQQtJciAGQd8BcUHBAGtB/wFxQQZJcg0BCwsgAyAMRw0AAkACQCAERQRAIAhFDQEMAgsgCCAEIAlBBRBuIgVFcg0CCyAKRQRAIAEgAEGojMAAQQkQOw0BIAJB+ABqIgMgASAAQS4QxgEgAkEQaiADECUgAiACKQMQNwJAQQAhBSACQUBrQcCMwAAQoAFFDQIgAiACKQJ4NwNAIAIgAikCgAE3A0ggAiACKQKIATcDUCACIAIoApABNgJYIAIgAi8BnAE7AWQgAiACKQKUATcCXEEEIQADQCAAQQFrIQAgAkEIaiACQUBrECUgAigCCA0ACyAADQIDQCACIAJB+ABqECUgAigCACIARSEFIABFDQMgACACKAIEIgFBAxBuRQ0DQQAhAwNAIAEEQCADQQpsIAAtAABBMGtB/wFxaiEDIAFBAWshASAAQQFqIQAMAQsLIANBgAJJDQALDAILIAJB7ABqQbSMwAAQ3QEhBQwBC0EBIQULIAJBoAFqJAAgBQuhBwIEfwh+IwBBIGsiBCQAAkACQCACQRNNDQAgAS0ABEEtRw0AIAEtAAdBLUcNACABLQAKIgNBIEYgA0H0AEZyRSADQdQAR3ENACABLQANQTpHDQAgAS0AEEE6Rw0AIAQgAjYCDCAEIAE2AgggBEEQaiIDIARBCGoiBUEAQQQQCQJ+AkACQAJAIAQpAxBCAVINACAEKQMYIQkgAyAFQQVBBxAJIAQpAxBCAVINACAEKQMYIQcgAyAFQQhBChAJIAQpAxBCAVINACAEKQMYIQogAyAFQQtBDRAJIAQpAxBCAVINACAEKQMYIQsgAyAFQQ5BEBAJIAQpAxBCAVINACAEKQMYIQwgAyAFQRFBExAJIAQpAxBCAVIgB0IBfUILVnIgCkIAV3INACAEKQMYIQ1CHyEIAkAgB0ILVg0AQgEgB4ZC0BSDUARAIAdCAlINAUIdQh1CHCAJQuQAgUIAUhtCHCAJQgODUBsgCUKQA4FQGyEIDAELQh4hCAsgCCAKVCALQhdVciAMQjtVIA1CPFVycg0AQRMhAyABLQATQS5GBEBBFCEDA0ACQCACIANGBEAgAiEDDAELIAEgA2otAABBMGtB/wFxQQlLDQAgA0EBaiEDDAELCyADQRRGDQELIAIgA00NAAJAAkACQAJAIAEgA2otAAAiBkEraw4DAgQBAAsgBkH6AEcEQCAGQdoARyADQQFqIAJHcg0EDAYLIANBAWogAkYNBQwDCyADQQZqIAJHDQIgAiADQQNqIgVLBEAgASAFai0AAEE6Rg0CDAMLIAUgAkH8w8AAEGUACyADQQZqIAJHDQEgA0EDaiIFIAJPDQIgASAFai0AAEE6Rw0BCyAEQRBqIgEgBEEIaiICIANBAWogBRAJIAQoAhBFDQAgBCkDGCEIIAEgAiADQQRqIANBBmoQCSAEKQMQQgFSIAhCF1VyDQAgBCkDGCIOQjtVDQBCACAOQjx+IAhCkBx+fCIIfSAIIAZBK0YbDAMLIABCADcDAAwECyAFIAJB/MPAABBlAAtCAAshCCAAQgE3AwAgACAMQjx+IAtCkBx+fCANfCAIfCAKIAdCCXxCDIGnQZkBbEECasFBBW2tw3wgCSAHQgNTrX0iByAHQpADfyIJQpADfn1CP4cgCXwiCUKx9Qh+fCAJQvB8fiAHfCIHQgR/fCAHQu0CfnwgB0Kcf398Qu30K31CgKMFfnw3AwgMAQsgAEIANwMACyAEQSBqJAAL3QYBBX8CQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEBIiAg0BQQAPC0EAIQIgA0HM/3tLDQhBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAQgAWtBgIAISyABIARPcnINByAADwsgBCAGaiEFAkAgASAESwRAIAVB7NLAACgCAEYNAUHo0sAAKAIAIAVHBEAgBSgCBCIIQQJxDQkgCEF4cSIIIARqIgQgAUkNCSAFIAgQEyAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEA4MCQsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAgLQeDSwAAoAgAgBGoiBCABSQ0IAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtB6NLAACABNgIAQeDSwAAgBTYCAAwHCyAEIAFrIgRBD00NBiAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBAODAYLQeTSwAAoAgAgBGoiBCABSw0EDAYLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRSAGIAdPcg0GQYzIwABBvMjAABDeAQALQczHwABB/MfAABDeAQALQYzIwABBvMjAABDeAQALQczHwABB/MfAABDeAQALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQeTSwAAgATYCAEHs0sAAIAU2AgALIAZFDQAgAA8LIAMQAiIBRQ0BIANBfEF4IAcoAgAiAkEDcRsgAkF4cWoiAiACIANLGyICBEAgASAAIAL8CgAACyABIQILIAAQCAsgAguiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUHo0sAAKAIARgRAIAIoAgRBA3FBA0cNAUHg0sAAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQEwsCQAJAQYDTwAACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQezSwAAoAgBGDQIgAkHo0sAAKAIARg0DIAIgA0F4cSICEBMgASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFB6NLAACgCAEcNAUHg0sAAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQFUGA08AAQYDTwAAoAgBBAWsiADYCACAADQZByNDAACgCACIADQJB/x8MAwtB7NLAACABNgIAQeTSwABB5NLAACgCACAAaiIANgIAIAEgAEEBcjYCBEHo0sAAKAIAIAFGBEBB4NLAAEEANgIAQejSwABBADYCAAsgAEH40sAAKAIAIgJNDQVB7NLAACgCACIARQ0FQeTSwAAoAgAiA0EpSQ0EQcDQwAAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtB6NLAACABNgIAQeDSwABB4NLAACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBB2NLAACgCACICQQEgAEEDdnQiA3FFBEBB2NLAACACIANyNgIAIABB+AFxQdDQwABqIgAhAgwBCyAAQfgBcSIAQdDQwABqIQIgAEHY0MAAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0GA08AAQcjQwAAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBB+NLAAEF/NgIACwv8BAIDfwN+IwBB0ABrIgQkAAJAIAIgA0sNACABKAIEIQUgASgCACEBAkAgAkUNACACIAVPBEAgAiAFRg0BDAILIAEgAmosAABBv39MDQELAkAgA0UNACADIAVPBEAgAyAFRg0BDAILIAEgA2osAABBQEgNAQsgBCABIANqNgJMIAQgASACaiIBNgJIIARByABqEHYNAAJAAkACQCADIAJrIgUOAgMAAQsgAS0AACIGQStrDgMCAQIBCyABLQAAIQYLAkACQAJAAkACQCAGQStrDgMBAgACCyABQQFqIQEgBUERTwRAIAIgA2tBAWohAgNAIAJFDQQgBEEwaiAHIAdCP4cQQiAEKQM4IAQpAzAiB0I/h1INBiAEQShqIAEtAABBChCDASAEKAIoQQFHDQYgBDUCLCIJQgBSIAcgByAJfSIHVXMNBiABQQFqIQEgAkEBaiECDAALAAsgAiADa0EBaiECA0AgAkUNAyAEQSBqIAEtAABBChCDASAEKAIgQQFHDQQgAkEBaiECIAFBAWohASAHQgp+IAQ1AiR9IQcMAAsACyAFQQFrIQUgAUEBaiEBCyAFQRBPBEADQCAFRQ0CIARBEGogByAHQj+HEEIgBCkDGCAEKQMQIgdCP4dSDQQgBEEIaiABLQAAQQoQgwEgBCgCCEEBRw0EIAQ1AgwhCUEAIAcgByAJfCIHVXMNBCABQQFqIQEgBUEBayEFDAALAAsDQCAFRQ0BIAQgAS0AAEEKEIMBIAQoAgBBAUcNAiABQQFqIQEgBUEBayEFIAQ1AgQgB0IKfnwhBwwACwALIAAgBzcDCEIBIQgMAQsLIAAgCDcDACAEQdAAaiQAC5EKAgp/AX4jAEHQAGsiAiQAIAEgASgCCEEBajYCCCACQQA2AiwgAkKAgICAEDcCJAJAA0ACQCACQSBqIAEQbCACLQAgRQ0AIAItACEiA0HcAEcEQCADQSJHBEAgA0EgSQ0CIAJBJGogAxCfAQwDCyACKAIkIQggAkHEAGohBiACKAIoIQMCQAJAIAIoAiwiBUUNACAFQQdrIgFBACABIAVNGyEKIANBA2pBfHEgA2shC0EAIQEDQAJAAkACQCABIANqLQAAIgfAIglBAE4EQCALIAFrQQNxDQEgASAKTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIAFBCGoiASAKSQ0ACwwCC0KAgICAkCAhDAJAAkACQAJAAkACQAJAAkACQCAHLQDYzEBBAmsOAwABAgcLIAFBAWoiBCAFSQ0CQgAhDAwGCyABQQFqIgQgBUkNAkIAIQwMBQsgAUEBaiIEIAVJDQJCACEMDAQLIAMgBGosAABBv39KDQMMBAsgAyAEaiwAACEEAkACQCAHQeABayIHBEAgB0ENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAlBH2pB/wFxQQxPBEAgCUF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgAyAEaiwAACEEAkACQAJAAkAgB0HwAWsOBQEAAAACAAsgCUEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgBSABQQJqIgRNBEBCACEMDAILIAMgBGosAABBv39KBEBCgICAgJDAACEMDAILQgAhDCABQQNqIgQgBU8NASADIARqLAAAQUBIDQJCgICAgJDgACEMDAELQgAhDCABQQJqIgQgBU8NACADIARqLAAAQb9/TA0BQoCAgICQwAAhDAsgBiAMIAGthDcCBCAGQQE2AgAMBgsgBEEBaiEBDAILIAFBAWohAQwBCyABIAVPDQADQCABIANqLAAAQQBIDQEgBSABQQFqIgFHDQALDAILIAEgBUkNAAsLIAYgBTYCCCAGIAM2AgQgBkEANgIACwJAAkAgAigCREUEQCACIAU2AjwgAiADNgI4IAIgCDYCNAwBCyACIAIpAkg3AjwgAiAFNgI4IAIgAzYCNCACIAg2AjAgCEGAgICAeEcNAQsgACACKAI8NgIIIAAgAikCNDcCAAwECyAAQYCAgIB4NgIAIAJBMGoQ/AEMAwsgAkEYaiABEGwgAi0AGEUNAAJAAkACQAJAAkACQAJAIAItABkiA0HuAGsOCAEHBwcCBwMGAAsCQAJAIANB4gBrDgUFCAgIAQALIANBIkYgA0EvRnIgA0HcAEZyDQUMBwtBDCEDDAQLQQohAwwDC0ENIQMMAgtBCSEDDAELQQghAwsgAkEkaiADEJ8BDAILIAJBEGogARA6IAIoAhBBAXFFDQACQCACKAIUIgNBgHhxQYCwA0YEQCABQdwAEGlFDQEgAUH1ABBpRQ0BIAJBCGogARA6IAIoAghBAXFFDQIgAigCDCIFQYB4cUGAuANHDQIgA0EKdCAFakGAuP8aayEDCyACQQA2AjAgA0GAsANzQYCAxABrQYCQvH9JBEAMAgsgAiADIAJBMGoQcSACQSRqIAIoAgAiAyACKAIEIANqEOwBDAILCwsgAEGAgICAeDYCACACQSRqEPwBCyACQdAAaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBECAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEEAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAgBFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAgBFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEEAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALtgQCA38DfiMAQYABayIDJAAgA0IANwMgIANCADcDGCADQgA3AxAgA0IANwMIIAMgADYCLCADIAEtAEAiBK0iBkI7hiAAKQMgIgdCCYYiCCAGQgOGhCIGQoD+A4NCKIaEIAZCgID8B4NCGIYgBkKAgID4D4NCCIaEhCAHQgGGQoCAgPgPgyAHQg+IQoCA/AeDhCAHQh+IQoD+A4MgCEI4iISEhDcDMCABIARqQYABOgAAIAMgA0EsajYCPCADIARBAWogAUHAicAAEJkBIAMoAgQhACADKAIAIQUDQCAABEAgBUEAOgAAIABBAWshACAFQQFqIQUMAQsLAkAgBEE4cUE4RwRAIAFBOGpBCCADQTBqQQhB0InAABCwASADQTxqIAEQ6wEMAQsgA0E8aiIAIAEQ6wEgA0FAayIEQQBBwAD8CwAgA0H4AGpBCCADQTBqQQhB4InAABCwASAAIAQQ6wELQQAhACABQQA6AEAgA0KggICAwAA3AkwgA0EANgJEIAMgA0EoajYCQCADIANBCGo2AkggAygCLCEBIANBQGsiBCgCECIFRQRAQaCIwAAQ+wEAC0EIIAQoAgwgBW4iBCAEQQhPG0ECdCEEA0AgACAERwRAIAMgACABaigCACIFQf+B/AdxQQh4IAVBGHhB/4H8B3FyNgJAIANBCGogAGpBBCADQUBrQQRBsMXAABCwASAAQQRqIQAMAQsLIAJBICADQQhqQSBBsIjAABCwASADQYABaiQAC/8HAgl/A34jAEEgayIDJAAgA0EIaiABED8CQCADLQAIRQRAIABBBjoAAAwBCwJAAkACQAJAAkACQAJAIAMtAAkiCCICQSJHBEACQAJAAkACQAJAIAJBLUcEQCACQdsARg0HIAJB5gBGDQMgAkHuAEYNASACQfQARg0CIAJB+wBGDQggCEEwa0H/AXFBCk8NCQsgA0EQaiEFIwBBMGsiBCQAIAFBLRBpIQkgASgCCCECAkAgARBTRQRAIAVCAzcDAAwBCwJAIAEoAggiBiACSSAGIAEoAgQiB0tyRQRAIAEoAgAgAmohByAGIAJrIgZBAU0NASAHLQAAQTBHDQEgBUIDNwMADAILIAIgBiAHQeyQwAAQFwALA0ACQCALIQwgBiICRQ0AIARBIGogDEIAEEIgBCkDKEIAUg0AIAJBAWshBiAHLQAAIQogB0EBaiEHIAQpAyAiDSAKQTBrrUL/AYN8IgsgDVoNAQsLAkACQCABQS4QaUUEQCAEQRhqIAEQlgEgBC0AGARAIAQtABlBIHJB5QBGDQILIAJFIAlxRQRAQgJCACACGyELDAMLQgFCAiAMQgF9QgBZGyELQgAgDH0hDAwCCyABEFNFBEAgBUIDNwMADAMLIARBEGogARCWAUICIQsgBC0AEARAIAQtABFBIHJB5QBGDQELDAELIAEgASgCCCICQQFqNgIIIARBCGogARCWAQJAIAQtAAhFDQACQCAELQAJQStrDgMAAQABCyABIAJBAmo2AggLIAEQUwRAQgIhCwwBCyAFQgM3AwAMAQsgBSAMNwMIIAUgCzcDAAsgBEEwaiQAIAMpAxAiC0IDUQ0JIAMpAxghDEECIQIMDAsgAUG3kMAAQQQQc0UNCUEAIQIMCwsgAUG7kMAAQQQQc0UNAUEBIQhBASECDAoLIAFBv5DAAEEFEHNFDQFBASECQQAhCAwJCyAAQQY6AAAMCQsgAEEGOgAADAgLIANBEGogARAKIAMoAhAiAUGAgICAeEYNBSADKQIUIQtBAyECDAYLIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpBxJDAABAsRQRAIABBBjoAACACEP8BDAcLIAMoAhAhASADKQIUIQtBBCECDAULIANBADYCGCADQoCAgICAATcCECADIANBEGoiAjYCDCABIANBDGpB2JDAABAPRQRAIABBBjoAACACEP0BDAYLIAMoAhAhASADKQIUIQtBBSECDAQLIABBBjoAAAwECyAAQQY6AAAMAwsgAEEGOgAADAILIABBBjoAAAwBCyAAIAw3AxAgACALNwMIIAAgATYCBCAAIAg6AAEgACACOgAACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEHo0sAAKAIARgRAIAIoAgRBA3FBA0cNAUHg0sAAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEBMLAkACQAJAIAIoAgQiA0ECcUUEQCACQezSwAAoAgBGDQIgAkHo0sAAKAIARg0DIAIgA0F4cSICEBMgACABIAJqIgFBAXI2AgQgACABaiABNgIAIABB6NLAACgCAEcNAUHg0sAAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQFQ8LAkBB2NLAACgCACICQQEgAUEDdnQiA3FFBEBB2NLAACACIANyNgIAIAFB+AFxQdDQwABqIgEhAgwBCyABQfgBcSIBQdDQwABqIQIgAUHY0MAAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0Hs0sAAIAA2AgBB5NLAAEHk0sAAKAIAIAFqIgE2AgAgACABQQFyNgIEIABB6NLAACgCAEcNAUHg0sAAQQA2AgBB6NLAAEEANgIADwtB6NLAACAANgIAQeDSwABB4NLAACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC78EAgd/AX4jAEFAaiIDJAAgAEH7ABBNBEAgA0EANgIkIANCgICAgMAANwIcIANBGGogABA/AkAgAy0AGEUNAAJAIAMtABlB/QBGDQAgAigCECEHA0AgA0EQaiAAED8gAy0AEEUNAiADLQARQSJHDQIgA0E0aiAAEAogAygCNCICQYCAgIB4Rg0CIAMgAykCOCIKNwIsIAMgAjYCKAJAAkAgAygCJCICQYACRg0AIAJBDGwhAiADKAIgIgVBBGohBCADQShqIgYoAgQhCCAGKAIIIQYDQAJAIAJFDQAgBiAFKAIIRgRAIAQoAgAgCCAGEPcBDQELIAVBDGohBSACQQxrIQIgBEEMaiEEDAELCyACDQAgA0EIaiAAED8gAy0ACEUNACADLQAJQTpHDQAgACAAKAIIQQFqNgIIIAEgACAKpyAKQiCIpyAHEQYARQ0AIAMoAiQiBSADKAIcRgRAIwBBEGsiAiQAIAJBCGogA0EcaiIEIAQoAgBBAUEEQQwQKyACKAIIIgRBgYCAgHhHBEAgBCACKAIMENwBAAsgAkEQaiQACyADKAIgIAVBDGxqIgIgAygCMDYCCCACIAMpAig3AgAgAyAFQQFqNgIkIAMgABA/IAMtAABFDQQgAy0AASICQSxGDQEgAkH9AEcNBAwDCyADQShqEPwBDAMLIAAgACgCCEEBajYCCAwACwALQQEhCSAAIAAoAghBAWo2AgggACAAKAIMQQFrNgIMCyADQRxqEIACCyADQUBrJAAgCQuIAwEHfyMAQTBrIgMkAAJAIAJBA3FBAUYEQCAAQYCAgIB4NgIADAELIANBCGogAkECdkEDbEECakEBQQEQYiADQQA2AhwgAyADKQMINwIUQZeMwAAtAAAhCEGYjMAALQAAIQkDQAJAAkACQCACBEAgAS0AACIFQcEAayIGQf8BcUEaSQ0DIAVB4QBrQf8BcUEaSQ0CAkAgBUEwa0H/AXFBCk8EQCAFIAhHDQFBPiEGDAULIAVBBGohBgwECyAFIAlHDQFBPyEGDAMLIAMgAygCHDYCKCADIAMpAhQ3AyAgBARAIABBgICAgHg2AgAgA0EgahD8AQwFCyAAIAMoAhw2AgggACADKQIUNwIADAQLIABBgICAgHg2AgAgA0EUahD8AQwDCyAFQccAayEGCyAGQf8BcSAEQQZ0ciEEAkAgB0EBTQRAIAdBBmohBwwBCyADQRRqIAQgB0ECayIHdhCfASAEQX8gB3RBf3NxIQQLIAFBAWohASACQQFrIQIMAAsACyADQTBqJAALzgMCA38BfiMAQYABayIEJAAgBEEMaiIFIAIgA0EvEMYBIARBATYCNCAEQThqIgIgBRAhAkACQCAEKAI4IgNBgICAgHhGDQAgBCAEKQI8Igc3AnQgBCADNgJwIAAgASAHpyAHQiCIpxBGIQAgBEHwAGoQ/AEgAEUNACACIAVBLPwKAAADQCAEQeQAaiAEQThqECEgBCgCZEGAgICAeEYNAiAEIAQoAmwiAzYCeCAEIAQpAmQ3A3BBASEFAkAgA0EFTw0AIARB8ABqQciewAAQrgFFBEAgBCgCdCMAQRBrIgIkACACQQA2AgwgAkEwIAJBDGoQcSADIAIoAgAgAigCBBDMASACQRBqJAANASAEKAJ4IQMLQQAhASAEKAJ0IQIDQCADQQBHIQUgA0UNASACLQAAQTBrQf8BcSIGIAFBCmxqIQEgA0EBayEDIAJBAWohAiAGQQpJDQALCwJAAkACQAJAIAAtAABBBGsOAgEAAwsgACgCCCAAKAIMIAQoAnQgBCgCeBBGIgANAQwCCyAFDQEgASAAKAIMTw0BIAAoAgggAUEYbGohAAsgBEHwAGoQ/AEMAQsLIARB8ABqEPwBC0EAIQALIARBgAFqJAAgAAvnAgEFfwJAIAFBzf97QRAgACAAQRBNGyIAa08NACAAQRAgAUELakF4cSABQQtJGyIEakEMahACIgJFDQAgAkEIayEBAkAgAEEBayIDIAJxRQRAIAEhAAwBCyACQQRrIgUoAgAiBkF4cSACIANqQQAgAGtxQQhrIgIgAEEAIAIgAWtBEE0baiIAIAFrIgJrIQMgBkEDcQRAIAAgAyAAKAIEQQFxckECcjYCBCAAIANqIgMgAygCBEEBcjYCBCAFIAIgBSgCAEEBcXJBAnI2AgAgASACaiIDIAMoAgRBAXI2AgQgASACEA4MAQsgASgCACEBIAAgAzYCBCAAIAEgAmo2AgALAkAgACgCBCIBQQNxRQ0AIAFBeHEiAiAEQRBqTQ0AIAAgBCABQQFxckECcjYCBCAAIARqIgEgAiAEayIEQQNyNgIEIAAgAmoiAiACKAIEQQFyNgIEIAEgBBAOCyAAQQhqIQMLIAMLggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgCGCEDAkACQCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRBwM/AAGoiASgCACAARwRAIAMoAhAgAEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJHBEAgACACNgIMIAIgADYCCA8LQdjSwABB2NLAACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQIgEEQCACIAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtB3NLAAEHc0sAAKAIAQX4gACgCHHdxNgIAC8kEARN/IwBBEGsiCiQAAkAgASgCECIMIAEoAggiEEsNACABQRRqIhEgAS0AGCIHakEBayESIAEoAgQhDSABKAIMIQUgB0EFSSETAkACQANAIAUgDEsNAyAFIA1qIQYgEi0AACELAkAgDCAFayIEQQdNBEBBACECQQAhAwNAIAMgBEYEQCAEIQMMAwsgCyADIAZqLQAARgRAQQEhAgwDBSADQQFqIQMMAQsACwALIApBCGohDkEAIQMCQAJAAkAgBiAGQQNqQXxxIgJGBEAgBEEIayEPQQAhAgwBCyAEIAIgBmsiAiACIARLGyECIAQEQCALIQhBASEJA0AgAyAGai0AACAIRg0EIAIgA0EBaiIDRw0ACwsgAiAEQQhrIg9LDQELIAtBgYKECGwhAwNAQYCChAggAiAGaiIJKAIAIANzIghrIAhyQYCChAggCUEEaigCACADcyIIayAIcnFBgIGChHhxQYCBgoR4Rw0BIAJBCGoiAiAPTQ0ACwsgAiAERwRAIAshA0EBIQkDQCADIAIgBmotAABGBEAgAiEDDAMLIAQgAkEBaiICRw0ACwtBACEJCyAOIAM2AgQgDiAJNgIAIAooAgwhAyAKKAIIIQILIAJBAUcNASABIAMgBWpBAWoiBTYCDCAFIAdJDQAgBSAHayEEIAUgEEsNACATRQ0CIAQgDWogESAHEGsNAAsgACAFNgIIIAAgBDYCBEEBIRQMAgsgASAMNgIMDAELQQAgB0EEQZCIwAAQFwALIAAgFDYCACAKQRBqJAALwwIBBH8gAEIANwIQIAACf0EAIAFBCHYiA0UNABpBHyABQYCAgAhPDQAaIAFBJiADZyIDa3ZBAXEgA0EBdHJBPnMLIgI2AhwgAkECdEHAz8AAaiEEQQEgAnQiA0Hc0sAAKAIAcUUEQCAEIAA2AgAgACAENgIYIAAgADYCDCAAIAA2AghB3NLAAEHc0sAAKAIAIANyNgIADwsCQAJAIAEgBCgCACIDKAIEQXhxRgRAIAMhAgwBCyABQRkgAkEBdmtBACACQR9HG3QhBQNAIAMgBUEddkEEcWoiBCgCECICRQ0CIAVBAXQhBSACIQMgAigCBEF4cSABRw0ACwsgAigCCCIBIAA2AgwgAiAANgIIIABBADYCGCAAIAI2AgwgACABNgIIDwsgBEEQaiAANgIAIAAgAzYCGCAAIAA2AgwgACAANgIIC7JWAhF/BX4jAEGgAmsiCyQAIAsgAjYCBCALIAE2AgAgCyADNgIIIAsgBDYCDCALIAU2AhAgCyAGNgIUIAsgBzYCGCALIAg2AhwgCyAJOQMgIAsgADYCmAIgCyALQZ8CaiIANgKUAiALIAA2ApACIAsgADYCjAIgCyALQSBqNgKIAiALIAA2AoQCIAsgADYCgAIgCyALQRxqNgL8ASALIAtBGGo2AvgBIAsgADYC9AEgCyAANgLwASALIAtBFGo2AuwBIAsgC0EQajYC6AEgCyAANgLkASALIAA2AuABIAsgC0EMajYC3AEgCyALQQhqNgLYASALIAA2AtQBIAsgADYC0AEgCyALQQRqNgLMASALIAs2AsgBIAtBKGohGSMAQcABayIGJAACQAJAIAtByAFqIgAoAlAiAQRAIAEoAgAiAkH/////B08EQCAGQc8ANgJEIAZByorAADYCQCAGQQA2AjxBASEBDAMLIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgBiACNgJEIAYgATYCQCAGIAFBBGo2AjxBACEBDAILIAZBGzYCRCAGQa+KwAA2AkAgBkEANgI8QQEhAQwBCwALIAZBMGogACgCACgCACAAKAIEKAIAEIEBIAZBADYCSCAGIAYoAjQiBDYCUCAGIAYoAjAiBTYCTCAGQdQAaiAAKAIQKAIAIAAoAhQoAgAQUSAGQeAAaiAAKAIgKAIAIAAoAiQoAgAQUSAGQewAaiAAKAIwKAIAIAAoAjQoAgAQngECQAJAIAENACAGKAJUQYGAgIB4Rg0AIAYoAmBBgYCAgHhGDQAgBigCbEGAgICAeEYNACAGIAYpAlQ3A5ABIAYgBigCXDYCmAEgBiAGKQJgNwOgASAGIAYoAmg2AqgBIAYgBigCdDYCuAEgBiAGKQJsNwOwASAAKAJAKwMAIQkgBiAGKAJENgKAASAGIAYpAjw3A3ggBiAENgKMASAGIAU2AogBIAYoAnghAiAGQZABaiEHIAZBoAFqIQogBkGwAWohDSMAQdABayIIJAACQCACKAIAQYCAgIB4RwRAIAIvARghECAIQaABaiEAIwBBIGsiASQAIAIoAgQhFSABIAIoAggiD0EEQRQQYiABKAIAIg4gD0H/////A3EiAyADIA5LGyEMQQAhAyABKAIEIREDQCAMBEAgAUEMaiADIBVqENUBIAMgEWoiEyABKAIcNgIQIBMgASkCFDcCCCATIAEpAgw3AgAgDEEBayEMIANBFGohAwwBCwsgACAPNgIIIAAgETYCBCAAIA42AgAgAUEgaiQAIAhBrAFqIAJBDGoQXiAIIBA7AbgBIwBBIGsiASQAIAEgBSAEEEUCQAJAIAEoAgQiAiABKAIIIgNB5azAAEEEEMMBRQRAIAIgA0HHrsAAQQcQwwFFDQELIAhBADYCmAEgCEKAgICAwAA3A4ABIAhCgICAgICAgICAfzcDiAEgCEICNwMAIAggACgCGDYCICAIIAApAhA3AhggCCAAKQIINwIQIAggACkCADcCCCABEPwBDAELIAFBAzYCDCAIQQhqIAFBDGoQpAEgCEKAgICAwAA3A4ABIAhBADYCmAEgCEKAgICAgICAgIB/NwOIASAIQgI3AwAgARD8ASAAEPEBCyABQSBqJAAgGSAIQaAB/AoAACANEPwBIAoQ3wEgBxDfAQwBCyAIQaABaiITIAUgBBBQIAggBygCCDYCwAEgCCAHKQIANwK4ASAIIAopAgA3AsQBIAggCigCCDYCzAEgCCANKQIANwKsASAIIA0oAgg2ArQBIAn8BiEdIwBBwARrIgQkACAEQQhqIBNBGGoQyQEgAkEEaigCACIYQQhqIg0hAiAEKAIIIQMgBCgCDCEKIwBBIGsiACQAIARB4AFqIgUCfyAFAn8gAigCSEGAgICAeEcEQCADBEAgAigCUEEMbCEBIAIoAkwhBwNAQQQgAUUNBBogACAHNgIIIAAgAyAKEDQgACAAKQMANwIUIAFBDGshASAHQQxqIQcgAEEIaiICIABBFGoiDBCjAUUNAAtBBEEoEM0BIQEgAiADIAoQUCAMQa6wwABBBhBQIAFBGzYCBCABQZOwwAA2AgAgAUEENgIYIAFBtLDAADYCFCABIAApAgg3AgggASAAKAIQNgIQIAEgACkCFDcCHCABIAAoAhw2AiRBAgwCC0EEQRQQzQEhASAAQRRqQa6wwABBBhBQIAFBBDYCBCABQbSwwAA2AgAgASAAKQIUNwIIIAEgACgCHDYCEEEBDAELQQRBFBDNASEBIABBFGpBuKPAAEEBEFAgAUEbNgIEIAFBk7DAADYCACABIAApAhQ3AgggASAAKAIcNgIQQQELIgI2AgwgBSABNgIIIAUgAjYCBEEVCzYCACAAQSBqJAACQAJAAkAgBCgC4AFBFUcEQCAEIAQoAvABNgIwIAQgBCkC6AE3AyggBCAEKQLgATcDICAIQQhqIARBIGoQpAEgCEKAgICAwAA3A4ABIAhBADYCmAEgCEKAgICAgICAgIB/NwOIASAIQgI3AwAMAQsgBCAEKALsATYCGCAEIAQpAuQBNwMQIARBvAFqIBMoAgQgEygCCBBFAkACQCAEKALAASIAIAQoAsQBIgFBx67AAEEHEMMBRQRAIAAgAUHlrMAAQQQQwwENASAEQQM2AuABIARBQGsgBEHgAWoQpAEgBEICNwM4DAILIARBBTYCjAIgBEG8ssAANgKIAiAEQRY2AoQCIARBprLAADYCgAIgBEEyNgL8ASAEQfSxwAA2AvgBIARBHDYC9AEgBEHYscAANgLwASAEQQ02AuwBIARBy7HAADYC6AEgBEEcNgLkASAEQa+xwAA2AuABIwBBIGsiAyQAIANBCGogBEGQAmoiBSAEQeABaiIAa0EEdkEEQRQQYiADQQA2AhwgAyADKQMINwIUIwBBEGsiByQAIANBFGoiCiAFIAAiAWtBBHYiAhC2ASAKKQIEIRsgByAKQQhqNgIEIAcgG0IgiTcCCCMAQSBrIg0kACAHQQRqIgwoAgQhCiAMKAIAIAAgBUcEQCAMKAIIIApBFGxqIQUgAiAKaiEKIA1BFGohDANAIAEpAgAhGyAMIAFBCGooAgAgAUEMaigCABBQIAUgGzcCACAFIA0pAhQ3AgggBSANKAIcNgIQIAFBEGohASAFQRRqIQUgAkEBayICDQALCyAKNgIAIA1BIGokACAHQRBqJAAgBEGYA2oiASADKAIcNgIIIAEgAykCFDcCACADQSBqJAAgAEHFnsAAQQEQUCAEKAKgAyICIAQoApgDRgRAIwBBEGsiACQAIABBCGogASABKAIAQQFBBEEUECsgACgCCCIBQYGAgIB4RwRAIAEgACgCDBDcAQALIABBEGokAAsgBCgCnAMgAkEUbGoiACAEKALoATYCECAAIAQpAuABNwIIIABBDjYCBCAAQbyvwAA2AgAgBEHMATsBWCAEQQA2AlQgBEKAgICAEDcCTCAEQgI3AzggBCACQQFqNgJIIAQgBCkCmAM3A0AMAQsgBEHgAWohAyAYKAKAASEMQQAhBSMAQZABayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCATKAIUIgFBgIAETQRAIAJBGGogE0EkahDJAQJAIAIoAhgiCkUNACACQRBqIAogAigCHBAfIAJB4ABqIAIoAhAgAigCFEEgEEogAigCYCIARQ0AIAIoAmwhByACKAJoIQ8gACACKAJkQY2wwABBBhA7BEAgAkEIaiAPIAcQHyACKAIMIQogAigCCCEFCwJAIAVFIApFcg0AIAUgCkGnscAAQQUQzAENACAFIApBrLHAAEEDEMwBRQ0BC0EAIQULIAIgEygCECIHIAEQH0ECIQAgAigCBEUNBiACQeAAaiAHIAEQMAJ/AkAgAi0AYCIBQQVHBEAgBUUNAUEVIQdBAgwCCyACIAIoAmw2AlggAiACKQJkNwNQIAIgAkHQAGo2AnwgDC0AgwFFDQcgAkHgAGogAkH8AGpBuLDAAEELEDggAigCaCEBIAIoAmQhACACKAJgIgdBFUcNBCAABEAgAkE0aiAAIAEQUEEAIQAMBAsgAkHgAGogAkH8AGpBrKzAAEENEDggAigCaCEBIAIoAmQhACACKAJgIgdBFUcNBCAARQ0HIAJBNGogACABEFBBASEADAMLIAJBNDYCNEEBIQdByLDAAAshACACIAc2AiwgAUEFTw0EIAJB4ABqEKEBDAQLIANBAjYCAAwMCyACIAA2AjBBFSEHDAELIAIgAikCbDcCOCACIAE2AjQgAiAANgIwIAIgBzYCLAsgAkHQAGoQ/QELIAdBFUYNAQwCCyACQeAAaiACQfwAakHDsMAAQQUQOCACKAJoIQEgAigCZCEAIAIoAmAiB0EVRwRAIAIgAikCbDcCOCACIAE2AjQgAkHQAGoQ/QEMAgsCQCAABEAgAkGAAWogDCAAIAEQlwEMAQsgAkECNgKAAQsgAiACKQKIATcCOCACIAIpAoABNwIwIAJB0ABqEP0BIAIoAjAhAAsgAiACKQI0NwNAIAIgAigCPDYCSCAAQQJGDQEgAiACKAJINgJsIAIgAikDQDcCZCACIAA2AmAMAgsgAiACKAI8IgE2AiggAiACKQI0Ihs3AyAgAyABNgIQIAMgGzcCCCADIAA2AgQgAyAHNgIADAULIAVFDQEgAkHgAGogDCAFIAoQlwELIAIoAmwiAUGAwABLDQECQAJAIAIoAmBFBEBBACEAIAIoAmghBUEAIQcDQCAAIAFHBEAgACAFaiEKIABBAWohACAHIAotAABBLkZqIQcMAQsLIAdBAkYNASADQRs2AgggA0HKr8AANgIEIANBATYCAAwFCyACIAIoAmgiADYCLCACIAAgAWo2AjAgAkEsaiIFKAIAIQAgBSgCBCEHA0AgByAAIgFHBEAgBSAAQQFqIgA2AgAgAS0AAEH/AGtB/wFxQaEBSw0BCwsgASAHRw0BCyADIAIpAmg3AgwgAyACKQJgNwIEIANBFTYCAAwECyADQSg2AgggA0Hlr8AANgIEIANBATYCAAwCCyADQQA2AgAMAgsgA0ECNgIACyACQeQAahD8AQsgAkGQAWokACAEKQLsASEbIAQoAugBIQIgBCgC5AEhAAJAAkAgBCgC4AEiBUEVRw0AAkACQCAAQQFGBEAgBCACNgLYAyAEIBs3AtwDIBunIQogG0IgiKchDCMAQfAAayIAJAAgDSgCVCEBIABBETYCKCAAQZqswAA2AiQgAEETNgIgAkAgAUGAgICAeEYEQCADIABBKGoiASgCCDYCFCADIAEpAgA3AgwgA0GarMAANgIIIANCgICAgLgCNwIADAELIABBIGoQ2wEgAEEIaiANQewAahDJASAAKAIMIQcgACgCCCEBIABBDTYCKCAAQY+kwAA2AiQgAEETNgIgIAFFBEAgA0ENNgIMIANBj6TAADYCCCADQoCAgIC4AjcCAAwBCyAAQSBqIgUQ2wEgACAHNgI0IAAgATYCMCAAQQE2AiwgAEGrrMAANgIoIAAgDSkDWDcCICAAQcgAaiIHIAVBAxAEIABBFGoiDyAAKAJMIAAoAlBBmYvAAEEBEBkgBxD8ASAAQQA2AiggAEKAgICAEDcCICAFEO8BQayswABBDRDhASAKIAwQ6AEQ/gEiASkCACEbIAFBADYCACAAIAEoAgg2AkAgACAbNwM4IABBADYCKCAAQQE2AiQgARD8ASAAQRk2AlQgAEG5rMAANgJQIAAgDSkCZDcCSCADIAdBAhAEQQRBKBDNASEBIAAgACkCGDcCKCAAQQY2AiQgAEHSrMAANgIgIABB2ABqIAVBAhAEIABB5ABqQeOPwABBEBBQIAFBDTYCBCABQdiswAA2AgAgAUEMNgIYIAFB84/AADYCFCABIAApAlg3AgggASAAKAJgNgIQIAEgACkCZDcCHCABIAAoAmw2AiQgA0ECNgIUIAMgATYCECADQQI2AgwgAyAAKQM4NwIYIAMgACgCQDYCICADQQQ2AiggA0HlrMAANgIkIA8Q/AELIABB8ABqJAAgBCAEKQLsATcDmAMgBCAEKAL0ATYCoAMgBCgC6AEhACAEKALkASEFIAQoAuABIgdBgICAgHhHDQEgBCgCmAMhAiAEKQKcAyEbIARB2ANqEPwBDAMLIAQgAjYCgAMgBCAbNwKEAyAMKAJwIgEgDCgCdGohAiMAQSBrIgAkACAAQQhqIAIgAWsiB0EEQQgQYiAAQQA2AhwgACAAKQMINwIUIwBBEGsiAyQAIABBFGoiBSAHELcBIAUpAgQhHyADIAVBCGo2AgQgAyAfQiCJNwIIIANBBGoiCigCBCEFIAooAgAgASACRwR/IAIgBWogAWsgCigCCCAFQQN0aiECA0AgAS0AACEFIAJBBGpBBTYCACACIAUQ6gE2AgAgAUEBaiEBIAJBCGohAiAHQQFrIgcNAAsFIAULNgIAIANBEGokACAEQYwDaiIBIAAoAhw2AgggASAAKQIUNwIAIABBIGokACAEQeABaiEDIAQoApADIRAgBCgClAMhFUEAIQojAEGwAmsiAiQAIAJBKGoiACAbpyAbQiCIp0EuEMYBIAJBIGogABAlIAIoAiQhDyACKAIgIQcgAkEYaiAAECUgAigCHCEOIAIoAhghDCACQRBqIAAQJSACKAIUIRYgAigCECERIAJBCGogABAlAkACQCARRSAHRSAMRXJyRQRAIAIoAghFDQELIANBIzYCDCADQaaPwAA2AgggA0KAgICAiICAgIB/NwIADAELIAJB+AFqIgAgByAPEBAgAkEXNgJkIAJBq43AADYCYEGAgICAeCEBIAJBgICAgHg2AlwgAkG4AWogACACQdwAahBmIAIgAikCvAE3A6ACIAIgAigCxAE2AqgCIAIoArgBQQFGBEAgAyACKAKoAjYCDCADIAIpA6ACNwIEIANBgICAgHg2AgAMAQsgAiACKAKoAiIFNgJYIAIgAikDoAI3A1ACQCAFQYCAEEsNACACKAJUIQAgAkIANwLAASACIAU2ArwBIAIgADYCuAEgAkGAgICAeDYCkAIgAkGAgICAeDYCoAIgAkEAOgCoASACIAJBqAFqNgKAAiACIAJBoAJqIhI2AvwBIAIgAkGQAmo2AvgBAkAgAkG4AWoiAEH8jMAAQQMgAkH4AWpBlI3AABCHAUUNACAAEJwBRQ0AIAIoApACIgBBgICAgHhGBEAgEhDfAQwCCyACLQCoASEKIAIpAqQCIRwgAigCoAIhBSACKQKUAiEeIAAhAQwBCyACQaACahDfASACQZACahDfAQsgAkEnNgLAASACQcKNwAA2ArwBIAJBgICAgHg2ArgBAkAgAUGAgICAeEYEQCACKQO4ASEcIANBJzYCDCADIBw3AgQgA0GAgICAeDYCAAwBCyACQbgBaiISEOABIAIgCjoAdCACIBw3AmwgAiAFNgJoIAIgHjcCYCACIAE2AlwgAiAeNwK4ASACQegAaiEAAkAgEiAQIBUQWEUEQCADIAIoAmQ2AgwgAyACKQJcNwIEIANBgICAgHg2AgAMAQsCQCAKQQFxRQRAIAVBgICAgHhHIBxC/////w9WcUUEQCADQoCAgICogICAgH83AgAMAgsgAiAAKAIINgKAASACIAApAgA3A3ggAkGgAmoiACAMIA4QECACQRg2AoACIAJB6Y3AADYC/AEgAkGAgICAeDYC+AEgAkG4AWogACACQfgBahBmIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ApABIAIgAikDkAI3A4gBIAJB+AFqIAIoAowBIAAQPiACQRw2AsABIAJBgY7AADYCvAEgAkGAgICAeDYCuAECQCACKAL4AUGAgICAeEYEQCACIAIpArgBIhw3A5ACIAIgAigCwAEiADYCmAIgAyAANgIMIAMgHDcCBCADQYCAgIB4NgIADAELIAIgAigCgAI2AqgCIAIgAikC+AE3A6ACIAJBuAFqIgAQ4AEgAiACKAKoAiIBNgKYAiACIAIpA6ACNwOYASACIAE2AqABIAJBoAJqIgEgESAWEBAgAkEaNgKAAiACQZ2OwAA2AvwBIAJBgICAgHg2AvgBIAAgASACQfgBahBmIAIgAikCvAE3A5ACIAIgAigCxAE2ApgCAkAgAigCuAFBAUYEQCADIAIoApgCNgIMIAMgAikDkAI3AgQgA0GAgICAeDYCAAwBCyACIAIoApgCIgA2ArABIAIgAikDkAI3A6gBAkAgAEUNACAAQcAAR0EAIAJB3ABqQbyOwAAQrgEbDQAgAiACKAJkNgLAASACIAIpAlw3A7gBIAIgAikDeDcCxAEgAiACKAKAATYCzAEgAiAONgKMAiACIAw2AogCIAJBATYChAIgAkHEjsAANgKAAiACIA82AvwBIAIgBzYC+AEgAkHQAWogAkH4AWpBAxAEIAIgAigCsAE2AuQBIAIgAikDqAE3AtwBIAIgAikDmAE3A+gBIAIgAigCoAE2AvABIAMgAkG4AWpBPPwKAAAgAkGIAWoQ/AEgAkHQAGoQ/AEMCAsgA0E1NgIMIANBxY7AADYCCCADQoCAgICIgICAgH83AgAgAkGoAWoQ/AELIAJBmAFqEP0BCyACQYgBahD8AQsgAkH4AGoQ/AEgAkHcAGoQ/AEMAwsgA0EsNgIMIANB+o7AADYCCCADQoCAgICIgICAgH83AgALIAJB3ABqEPwBIAIoAmghBQsgBUGAgICAeEYNACAAEPwBCyACQdAAahD8AQsgAkGwAmokACAEKALsASECIAQoAuQBIQMCQAJAIAQoAuABIgFBgICAgHhGBEBBBiEFIAQoAugBIQACQAJAAkBBASADQYCAgIB4cyADQQBOG0EBaw4CAQIAC0EBIQUMAQsgAq0hG0EFIQUgACECIAMhAAsgACEBDAELIAQoAugBIRUgBCkC8AEhGyAEQbADaiIWIARB+AFqQST8CgAAIAQgGzcCqAMgBCACNgKkAyAEIBU2AqADIAQgAzYCnAMgBCABNgKYAyAEQeABaiEHIAQoAswDIQwgBCgC0AMhDyMAQcABayIFJAAgDSgCeCEOIAVB6ABqIAwgD0HVlMAAEC8CQCAFKAJoQQFGBEAgBSgCbCEAIAUpA3AhGyAHIAUpA3g3AhQgByAbNwIMIAcgADYCCCAHQgI3AwAMAQsgBSkDeCEbIAUoAnAgBUEaNgJwIAVBnJ/AADYCbCAFQQg2AmhFBEAgByAFKQJsNwIMIAdBCDYCCCAHQgI3AwAMAQsgBUHoAGoiABDbAQJAAkBC////////////ACAbQjx8IhwgGyAcVRsgHVUEQCAAIAwgD0G2n8AAEC8gBSgCaARAIAUoAmwhACAFKQNwIRsgByAFKQN4NwIUIAcgGzcCDCAHIAA2AgggB0ICNwMADAQLIB1CPHwhHCAFKQNwQgFRBEAgBSkDeCAcVQ0CCyAFQegAaiAMIA9B0pTAABAvIAUoAmgEQCAFKAJsIQAgBSkDcCEbIAcgBSkDeDcCFCAHIBs3AgwgByAANgIIIAdCAjcDAAwECwJAAkACQCAFKQNwQgFRBEAgBSkDeCAcVQ0BCyAFQeAAaiAMIA9BuZ/AAEEDEEYQciAFKAJgIgBFDQEgBSgCZCECIA4tAIEBRQRAIAVB2ABqIAAgAhA0IAUoAlgiAEUNAiAFKAJcIQILIAUgADYCaCAFIAI2AmwgDSgCLEEMbCEAIA0oAighAgNAIABFDQIgAEEMayEAIAUgAjYCtAEgAkEMaiECIAVBtAFqIAVB6ABqEKMBRQ0AC0GNiMAAIA4oAngiECAOKAJ8IhIQgAENAgwFCyAHQgI3AwAgB0EKNgIIDAULIAdCAjcDACAHQQs2AggMBAsgDCAPQbyfwABBAxBGQb+fwABBEhApRQ0CIAdCAjcDACAHQRA2AggMAwsgB0ICNwMAIAdBCTYCCAwCCyAHQgI3AwAgB0EKNgIIDAELQQMhEUHDlMAAIQoCQAJAQdGfwAAgECASEIABRQ0AIAVB0ABqIAwgD0HSn8AAQQkQRhByIAUoAlAiAEUNASAAIAUoAlQiAkGElcAAQQIQwwFFBEAgACACQdufwABBBhDDAUUNAiANLQB9QQFxRQ0CQQkhEUHhn8AAIQoMAQsgDS0AfEUNAQsCQAJAIA0oAjgiAARAIABBDGwhAiANKAI0IQADQCACRQ0CIAJBDGshAiAAKAIIIRQgACgCBCEXIABBDGohACAMIA8gCiAREEYgFyAUEClFDQALC0Hqn8AAIBAgEhCAAUUNASAMIA9B65/AAEEDEEYiAEUNASAFQcgAaiAAEMgBAkAgBSgCSCIKRQ0AIAUoAkwhFEEEIA0oAkwgDSgCSEGAgICAeEYiABshAkEAIA0oAlAgABtBDGwhAANAIABFDQEgBSACNgK0ASAFQUBrIAogFBA0IAUgBSkDQDcCaCAAQQxrIQAgAkEMaiECIAVBtAFqIAVB6ABqEKMBRQ0ACwwCCyAHQgI3AwAgB0EMNgIIDAMLIAdCAjcDACAHQQw2AggMAgsCQCAMIA9Br5TAAEEDEEYiAEUNACAALQAAQQNHDQAgBUE4aiAAKAIIIAAoAgwQHyAFKAI8RQ0AIAVBgAFqIABBBGoQXgJAIA4oAgAiAEUEQCAFQYCAgIB4NgKMAQwBCyAOKAIEQQN0IQIgDigCDCEXIA4oAgghGgJAA0BBACEKIAJFDQECQAJAIAwgDyAAKAIAIAAoAgQQESIURQ0AIAVBMGogFBDIASAFKAIwIhRFDQAgBSgCNCIRDQELIABBCGohACACQQhrIQIMAQsLIBRFDQAgDCAPIBogFxARIgBFDQAgAC0AAEEBRw0AIBRBACAALQABGyEKCyAFQYwBaiAKIBEQ0QELIAUgBSgClAE2AqABIAUgBSkCjAE3A5gBAkACQEHun8AAIBAgEhCAAUUNAAJAAkACQAJAIAwgD0Hvn8AAQRoQRiIABEAgBUEoaiAAEMcBIAUoAigiAARAIAVBIGogACAFKAIsIgJBiaDAAEEKEEYQciAFKAIgIgoNAgwDCyAOKAIADQUMAwsgDigCAA0EDAILIAVB6ABqIAogBSgCJBAGIAUpA3AhHCAFKAJoIAVBLjYCcCAFQZOgwAA2AmwgBUEINgJoRQRAIAUpAmwhGyAHIAUpAnQ3AhQgByAbNwIMIAdBCDYCCCAHQgI3AwAMBQsgBUHoAGoQ2wEgHCAdVQRAIBwgGyAbIBxVGyEbDAELIAdCAjcDACAHQQ42AggMBAsgDigCAA0CIAAgAkGWnsAAQRYQRiIARQ0AIAVBGGoiAiAAKAIMNgIEIAIgACgCCEEAIAAtAABBBEYbNgIAIAUoAhgiAEUNACAFKAIcQRhsIQ4DQCAORQ0BAkACQCAAQayewABBDBB3IgJFDQAgAkG4nsAAQQ0QdyICRQ0AIAVBEGogAhDIASAFQegAaiAFKAIQIgJBACAFKAIUIgobQQAgAhsgChDRASAFKAJoQYCAgIB4Rw0EDAELIAVBgICAgHg2AmgLIABBGGohACAOQRhrIQ4MAAsACyAFQYCAgIB4NgJoCyAFQZgBahDfASAFIAUoAnA2AqABIAUgBSkCaDcDmAELIAVBADYCsAEgBUKAgICAwAA3AqgBIA0oAkAiACANKAJEQRhsaiEUA0ACQAJAIAAgFEcEQCAAQRhqIQIgACgCFEEMbCEOIAAoAhAhCgNAIA5FDQMgDCAPIAooAgQgCigCCBARIhAEQCAQLQAAIhINAwsgCkEMaiEKIA5BDGshDgwACwALIAcgBSgCiAE2AhggByAFKQKAATcCECAHIAUpA5gBNwIoIAcgBSgCoAE2AjAgByAFKQKoATcCHCAHIAUoArABNgIkIAcgGzcDCCAHQgE3AwAMBgsgBUEANgK8ASAFQoCAgIAQNwK0AUGAgICAeCERAkACQAJAAkACQAJAAkACQCASQQFrDgQBAwIABwsgECgCDCIKQSFPDQYgCkEYbCEKIAVBtAFqEPABIRIgECgCCCEOA0AgCkUNBCAFQQhqIA4QyAEgBSgCCCIQRQ0HIAUoAgwiF0GAAksNByASIBAgFxDoARogCkEYayEKIA5BGGohDgwACwALIAVBtAFqIBAtAAEQ2gEaDAQLIBAoAgwiCkGBAk8NBCAFQbQBaiAQKAIIIAoQ6AEaDAMLIAVB6ABqIBAQcCAFKAJoDQEMAwsgEhCBAhoMAQsgBUG0AWogBSkDcBCiARoLIAUpArgBIR0gBUEANgK8ASAFKAK0ASERIAVCgICAgBA3ArQBCyAFQbQBahD8ASARQYCAgIB4RwRAIAVB6ABqIAAQXiAFKAKwASIKIAUoAqgBRgRAIAVBqAFqEHgLIAUoAqwBIApBGGxqIgAgBSgCcDYCCCAAIAUpAmg3AgAgACAdNwIQIAAgETYCDCAFIApBAWo2ArABDAELIAdB7AA2AhAgB0HBoMAANgIMIAdBCDYCCCAHQgI3AwAgBUGoAWoQggIMAgsgAiEADAALAAsgBUGYAWoQ3wEgBUGAAWoQ/AEMAgsgB0ICNwMAIAdBDTYCCAwBCyAHQcEANgIQIAdBraHAADYCDCAHQQg2AgggB0ICNwMACyAFQcABaiQAIARByANqIQogBEGkA2ohBwJAIAQpA+ABIhxCAlEEQCAEKQL0ASEbIAQoAvABIQIgBCgC7AEhACAEKALoASEFIARBmANqEPwBIAAhAQwBCyAEIAQpAvwBNwL0AyAEIAQpAoQCNwL8AyAEIAQpAowCNwKEBCAEIAQoApQCNgKMBCAEIAQpAvQBIh43AuwDIAQgBCkC7AE3AuQDIAQgBCgC6AEiADYC4AMgBCAcNwPYAwJ/QQAgAyAVQeyMwABBBRDDAQ0AGkEBIAMgFUHPssAAQQUQwwENABpBAkEDIAMgFUG3jsAAQQUQwwEbCyAEIAQoAqADNgLsASAEIAQpApgDNwLkAUEFIQUgBEEFNgLgAUH/AXEiAkEDRw0CIAQtAOQBIQAgBEHYA2oQ0wEgFa0hGyADIQILIAcQ/AEgFhD8ASAEQbwDahD8ASAKEP0BCyAEQYwDahCDAiAEQYADahD8AQwECyAEQeABahDbASAEIAQpArwDNwK0BCAEIAQoAsQDNgK8BCAEIAQpA/ADNwPIASAEIAQpA/gDNwPQASAEIAQoAoAENgLYASAEIAcpAgA3ApwEIAQgBygCCDYCpAQgBCAWKQIANwOoBCAEIBYoAgg2ArAEIAQpAuQDIR0gBCAEKAKMBDYCmAQgBCAEKQKEBDcDkAQgDSgCACEBIAoQ/QFCA0IEIAFBAkYbIRsgBEGMA2oQgwIgBEGAA2oQ/AEgHKchByAepyEBQQAhBQwBCyAEIAQoAogCNgLYASAEIAQpAoACNwPQASAEIAQpAvgBNwPIASAEKQOYAyEdIAQoAqADIQEgBEHYA2oQ/AFCBiEbCyAEIAE2AlQgBCAdNwJMIAQgADYCSCAEIAU2AkQgBCAHNgJAIAQgGzcDOCAEIAQpA8gBNwNYIAQgBCkD0AE3A2AgBCAEKALYATYCaCAEQewAaiAEQZAEakEw/AoAACAEQYCAgIB4NgKgASAEIAI6AJwBDAILIAAhAQsgBCAbNwLsASAEIAI2AugBIAQgBTYC4AEgBCABQYB+cSAAQf8BcXI2AuQBIARBQGsgBEHgAWoQpAEgBEICNwM4CyAEQbwBahD8ASAYIBgoAgBBAWoiADYCACAARQ0BIAQgGDYC+AIgBCAEKQMQNwPgAiAEIAQoAhg2AugCIARB4AFqIARBOGpBgAH8CgAAIARBgICAgHg2AuwCIAQpA+ABQgJRBEAgBEHoAWogBCgC5AIiACAAIAQoAugCQRRsahBtCyAIIARB4AFqQaAB/AoAAAsgBEHABGokAAwBCwALIBMQ/AEgCEG4AWoQ3wEgCEHEAWoQ3wEgCEGsAWoQ/AEgGSAIQaAB/AoAAAsgCEHQAWokACAGQYgBahDXASAGQfgAahDQASAGQcABaiQADAELIAZBKGohAkEAIQACfyAGQewAaiIBKAIAQYCAgIB4RgRAIAEoAgghACABKAIEDAELIAEQ/AFBAAshASACIAA2AgQgAiABNgIAIAYoAighBCAGKAIsIQUgBkEgaiAGQeAAahCTASAGKAIgIQMgBigCJCEHIAZBGGogBkHUAGoQkwEgBigCGCEIIAYoAhwhCyAGQRBqIAZByABqEIoBIAYoAhAhCiAGKAIUIQ0gBkEIaiECQQAhAAJ/IAZBPGoiASgCAEUEQCABKAIIIQAgASgCBAwBCyABENABQQALIQEgAiAANgIEIAIgATYCACAGKAIIIgAgCiAAGyIBIAggARsiAiADIAIbIgMgBCADGyIEQQEgBBsgBigCDCANIAAbIAsgARsgByACGyAFIAMbQQAgBBsQjQIACyMAQdACayIAJAAgAEGwAWogGUGgAfwKAAAgAEEANgIAIABBBHIgAEGsAWpBpAH8CgAAQQhBsAEQzQEiAUKBgICAEDcDACABQQhqIgEgAEGoAfwKAAAgAEHQAmokACALQaACaiQAIAELmwIBAX8jAEEgayIEJAACQAJAAkAgACACTQRAIAEgAksNASAAIAFNDQIgBCAANgIIIAQgATYCDCAEIARBDGqtQoCAgICABYQ3AxggBCAEQQhqrUKAgICAgAWENwMQQYCAwAAgBEEQaiADEIgBAAsgBCAANgIIIAQgAjYCDCAEIARBDGqtQoCAgICABYQ3AxggBCAEQQhqrUKAgICAgAWENwMQQd+AwAAgBEEQaiADEIgBAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICABYQ3AxgMAQsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgICABYQ3AxgLIAQgBEEIaq1CgICAgIAFhDcDEEGYgcAAIARBEGogAxCIAQALnhMCE38CfiMAQdAAayIIJAACQAJAIAEoApgBIhIEQCAIQQhqIQ0jAEFAaiIHJAACQCADIAIpAwgiGCASQQhqIg4pAxAgA3wiFyAXIBhVGyAXIAIpAwCnQQFxGyAXIA4tAH4bIhdTBEAgByACQShqEMkBIAcoAgQhEyAHKAIAIQ8gB0EANgIUIAdCgICAgBA3AgwgB0EMahDvAUGvlMAAQQMQ4QEgAigCFCIUIAIoAhgiFRDoAUGylMAAQQQQ4QFBtpTAAEENEOgBQcOUwABBAxDhAUHGlMAAQQwQ6AFB0pTAAEEDEOEBIAMQogFB1ZTAAEEDEOEBIBcQogEhBSAPBEAgBUHYlMAAQQUQ4QEgDyATEOgBGgsgAigCJEEYbCEGIAIoAiAhBANAIAYEQCAFIAQoAgQgBCgCCBDhASAEKAIQIAQoAhQQ6QEaIAZBGGshBiAEQRhqIQQMAQsLIAUQ/gEiECkCACEDIBBBADYCACAHIBAoAggiCTYCICAHIAM3AxggB0EANgIUIAdBATYCECAHQShqIREgBygCHCEKIA4oAhwhCyAOKAIgIQYjAEHwBGsiBCQAIARBLGoiBSAJQQJ0QQNuQdQAahCNASAFQciMwABBJBB+IAVBLhBWIARB8AFqIgwgCiAJEO0BIAUgBCgC9AEgBCgC+AEQfiAMEPwBIARBOGojAEGAA2siBSQAIAVBIGoiCUEAQcAA/AsAAkAgBkHAAE0EQCAFQRhqIAYgCUHAAEG4xMAAELIBIAUoAhggBSgCHCALIAZByMTAABCwAQwBCyAFQagBaiIMQQBBwQD8CwAgBUIANwOgASAFQdjFwAApAwA3A5gBIAVB0MXAACkDADcDkAEgBUHIxcAAKQMANwOIASAFQcDFwAApAwA3A4ABIAVBgAFqIhYgCyAGQQZ2ENYBIAVBEGogBkE/cSIJIAxBwABB8IjAABCyASAFKAIQIAUoAhQgCyAGQcD///8HcWogCUGAicAAELABIAUgCToA6AEgBUHwAWoiBiAWQfAA/AoAACAFQgA3A/gCIAVCADcD8AIgBUIANwPoAiAFQgA3A+ACIAYgBUGYAmogBUHgAmoQDCAFIAUpA/gCNwN4IAUgBSkD8AI3A3AgBSAFKQPoAjcDaCAFIAUpA+ACNwNgIAVBCGpBICAFQSBqQcAAQZjEwAAQsgEgBSgCCCAFKAIMIAVB4ABqQSBBqMTAABCwAQsgBUEgakHAAPwKAAAgBUGAA2okAEEAIQUDQCAFQcAARwRAIARBOGogBWoiBiAGLQAAQTZzOgAAIAVBAWohBQwBCwsgBEIANwPABEEAIQUgBEHYxcAAKQMANwO4BCAEQdDFwAApAwA3A7AEIARByMXAACkDADcDqAQgBEHAxcAAKQMANwOgBCAEQaAEaiAEQThqQQEQ1gEDQCAFQcAARwRAIARBOGogBWoiBiAGLQAAQeoAczoAACAFQQFqIQUMAQsLIARCADcD6AQgBEHYxcAAKQMANwPgBCAEQdDFwAApAwA3A9gEIARByMXAACkDADcD0AQgBEHAxcAAKQMANwPIBCAEQcgEaiIFIARBOGoiCUEBENYBIARBmAJqIAVBKPwKAAAgBEHwAWoiBSAEQaAEaiIKQSj8CgAAIARB2ANqQQBBwQD8CwAgBEGIA2oiBiAFQdAA/AoAACAJIAZBmAH8CgAAIAQtAMgBIQYgBCgCNCEFIAQoAjAhCyAEIAk2AqAEIAQgCjYCyAQgBEGIAWohCQJAAkACQEHAACAGayIKIAVNBEAgBg0BDAILIARBEGogBiAJQZCJwAAQmQEgBEEIaiAFIAQoAhAgBCgCFEGgicAAELIBIAQoAgggBCgCDCALIAVBsInAABCwASAFIAZqIQYMAgsgBEHwAWogCyAFIApBwIjAABCLASAEKAL8ASEFIAQoAvgBIQsgBCgC9AEhCiAEKALwASEMIARBIGogBiAJQdCIwAAQmQEgBCgCICAEKAIkIAwgCkHgiMAAELABIARByARqIAlBARDuAQsgBUE/cSEGIAVBBnYiCgRAIARByARqIAsgChDuAQsgBEEYaiAGIAlBwABB8IjAABCyASAEKAIYIAQoAhwgCyAFQcD///8HcWogBkGAicAAELABCyAEIAY6AMgBIARB8AFqIgUgBEE4akGYAfwKAAAgBEIANwO4BCAEQgA3A7AEIARCADcDqAQgBEIANwOgBCAEQgA3A+AEIARCADcD2AQgBEIANwPQBCAEQgA3A8gEIAUgBEHAAmoiBiAEQcgEaiILEAwgBEEAOgCAAyAGQSAgC0EgQbCJwAAQsAEgBEEgOgCAAyAEQZgCaiAGIARBoARqEAwgBCAEKQOgBDcD0AEgBCAEKQOoBDcD2AEgBCAEKQOwBDcD4AEgBCAEKQO4BDcD6AEgBEEsaiIGQS4QViAFIARB0AFqQSAQ7QEgBiAEKAL0ASAEKAL4ARB+IAUQ/AEgESAEKAI0NgIIIBEgBCkCLDcCACAEQfAEaiQAIAdBADYCPCAHQoCAgIAQNwI0IAdBNGoQ7wFB3ZTAAEELEOEBIAcoAiwgBygCMBDoAUHolMAAQQkQ4QFB8ZTAAEEGEOgBQfeUwABBCRDhASAXEKIBQYCVwABBBBDhARDvAUGElcAAQQIQ4QEgFCAVEOgBQdiUwABBBRDhASEEAkAgDwRAIAQgDyATEOgBGgwBCyAEQbeQwABBBBDpARoLIAQQ/gFBhpXAAEEIEOEBIA4oAngiBCgCOCAEKAI8EOgBEP4BIQQgDUEVNgIAIA0gBCgCCDYCDCANIAQpAgA3AgQgBEEANgIAIAdBADYCPCAHQQE2AjggBBD8ASAREPwBIAdBGGoQ/AEgEBD8AQwBCyANQQk2AgALIAdBQGskACAIKAIIQRVHBEAgCCAIKAIYNgJIIAggCCkCEDcDQCAIIAgpAgg3AzggACAIQThqEKQBDAMLIAhBDGohByASKAJMRQ0BIAhBADYCJCAIQoCAgIAQNwIcIAhBHGoQ7wEhBSACKAIkQRhsIQQgAigCICECA0AgBARAIAUgAigCBCACKAIIEOEBIAIoAhAgAigCFBDpARogBEEYayEEIAJBGGohAgwBCwsgBRD+ASICKQIAIQMgAkEANgIAIAggAigCCDYCMCAIIAM3AyggCEEANgIkIAhBATYCICABQYwBahDfASABIAgoAjA2ApQBIAEgCCkDKDcCjAEgAhD8AQwBCyAAQayvwABBEBB/DAELIABByAEgBxBLCyAIQdAAaiQAC5cCAQd/IwBBIGsiBiQAIAZBBGogAkEDbiIFIAIgBUEDbEdqQQJ0EI0BA0AgAgRAIAZBEGogASACQQMgAiACQQNPG0HgxcAAEIsBIAYoAhwhAiAGKAIYIQEgBigCFCEKIAYoAhAhCEEAIQVBECEHQQAhCQNAIAUgCkYEQEEAIQVBEiEHA0AgBUEERg0EAkACQCAFIApLBEBBPSEIIARFDQIMAQsgAyAJIAdBHnF2QT9xai0AACEICyAGQQRqIAgQVgsgBUEBaiEFIAdBGmohBwwACwAFIAUgCGogBUEBaiEFLQAAIAdBGHF0IAlyIQkgB0EIayEHDAELAAsACwsgACAGKAIMNgIIIAAgBikCBDcCACAGQSBqJAAL6gUCCn8BfiMAQRBrIgYkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIAZBBmogAmoiA0EEayAAIgUgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwCQy0A7AAAgA0ECayAHIAhB5ABsa0H//wNxQQF0LwCQy0A7AAAgAkEEayECIAVB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgBkEGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwCQy0A7AAALQQAgBCAAG0UEQCACQQFrIgIgBkEGamogAEEBdC0AkctAOgAACwJ/IAZBBmogAmohB0EAIQRBK0GAgMQAIAEoAggiA0GAgIABcSIAGyEIIANBgICABHFFRSEKAkBBCiACayILIABBFXZqIgAgAS8BDCIFSQRAAkACQCADQYCAgAhxRQRAIAUgAGshBUEAIQACQAJAAkAgA0EddkEDcUEBaw4DAAEAAgsgBSEADAELIAVB/v8DcUEBdiEACyADQf///wBxIQkgASgCBCEDIAEoAgAhAQNAIARB//8DcSAAQf//A3FPDQJBASECIARBAWohBCABIAkgAygCEBEEAEUNAAsMBAsgASABKQIIIgynQYCAgP95cUGwgICAAnI2AghBASECIAEoAgAiAyABKAIEIgkgCCAKEJIBDQMgBSAAa0H//wNxIQADQCAEQf//A3EgAE8NAiAEQQFqIQQgA0EwIAkoAhARBABFDQALDAMLQQEhAiABIAMgCCAKEJIBDQIgASAHIAsgAygCDBECAA0CQQAhBCAFIABrQf//A3EhAANAIARB//8DcSIFIABJIQIgACAFTQ0DIARBAWohBCABIAkgAygCEBEEAEUNAAsMAgsgAyAHIAsgCSgCDBECAA0BIAEgDDcCCEEADAILQQEhAiABKAIAIgAgASgCBCIBIAggChCSAQ0AIAAgByALIAEoAgwRAgAhAgsgAgsgBkEQaiQAC4gCAQZ/IAAoAggiBCECAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIGIAAoAgAgBGtLBH8gACAEIAYQMyAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQAL7QEBA38gACADKAIIIAEoAgwgASgCCCIFQRl3IAVBDndzIAVBA3ZzamogBCgCBCIGQQ93IAZBDXdzIAZBCnZzaiIGNgIMIAAgAygCBCAFIAEoAgQiB0EZdyAHQQ53cyAHQQN2c2pqIAQoAgAiBUEPdyAFQQ13cyAFQQp2c2oiBTYCCCAAIAMoAgAgByABKAIAIgFBGXcgAUEOd3MgAUEDdnNqaiAGQQ93IAZBDXdzIAZBCnZzajYCBCAAIAEgBCgCDGogAigCDCIAQRl3IABBDndzIABBA3ZzaiAFQQ93IAVBDXdzIAVBCnZzajYCAAuFAgEJfyMAQTBrIgQkACABKAIIIQcgASgCBCEIIAEoAgAiASgCCCEJIAEoAgQhCiAEQQA2AgwgBEKAgICAEDcCBANAIARBEGogAiADQfsAEEogBCgCECIBBEAgBCgCHCECIAQoAhghBiAEQQRqIgUgASAEKAIUEH4gBEEgaiILIAYgAkH9ABBKIAQoAiggBCgCLCAEIAQoAiRBACAEKAIgIgEbNgIkIAQgAUEBIAEbNgIgIAUgCCAKIAtBqKbAABDdASIFGyAHIAkgBRsQfiACIAEbIQMgBiABGyECDAELCyAEQQRqIAIgAxB+IAAgBCgCDDYCCCAAIAQpAgQ3AgAgBEEwaiQAC9wBAQZ/IAAgASgCDCADKAIMIAIoAggiBUEadyAFQRV3cyAFQQd3c2pqIAEoAggiByACKAIMIghzIAVxIAdzaiIEIAEoAgRqIgY2AgwgACAEIAIoAgAiBCABKAIAIgkgAigCBCICc3EgAiAJcXMgBEEedyAEQRN3cyAEQQp3c2pqIgE2AgQgACAJIAcgAygCCGogCCAGIAUgCHNxc2ogBkEadyAGQRV3cyAGQQd3c2oiA2o2AgggACABQR53IAFBE3dzIAFBCndzIAEgAiAEc3EgAiAEcXNqIANqNgIAC+gBAQZ/IwBBMGsiAyQAIANBADYCLCADIAE2AiQgAyABNgIcIAMgAjYCICADIAEgAmo2AiggA0EkaiEHAkADQCADKAIkIQUgAygCKCEGIANBEGogBxBJIAMoAhQiCEGAgMQARgRAQQAhAgwCCyADKAIQIQIgCBA1DQALIAMoAiQgBiAFayACamogAygCKGshBAsCQANAIAMoAiQhBSADKAIoIQYgA0EIaiAHECMgAygCCEEBRw0BIAMoAgwQNQ0ACyADKAIsIAYgBWtqIQQLIAAgBCACazYCBCAAIAEgAmo2AgAgA0EwaiQAC5ADAgJ/AX4jAEEwayIDJAACfwJAAkACQAJAAkAgAg4CAAECCyADQRhqIAEQYyADKAIYIgFBgICAgHhGDQIgAykCHCEFIAAoAgAiABDfASAAIAU3AgQgACABNgIADAMLIANBGGogARA5IAMoAhgiAUGBgICAeEYNASADKQIcIQUgACgCBCIAEN8BIAAgBTcCBCAAIAE2AgAMAgsgA0EYaiEEIwBBIGsiAiQAIAIgARA/AkAgAi0AAEUEQCAEQQc6AAAMAQsCQCACLQABQe4ARgRAIAFBt5DAAEEEEHMNASAEQQc6AAAMAgsgAkEIaiABEA0gAi0ACEEGRwRAIAQgAikDGDcDECAEIAIpAxA3AwggBCACKQMINwMADAILIARBBzoAAAwBCyAEQQY6AAALIAJBIGokACADLQAYIgFBB0YNACADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgACgCCCABQQZHOgAAIAFBBkYNASADEKEBDAELQQAMAQtBAQsgA0EwaiQAC6oCAQZ/IwBBMGsiAiQAAkACfyABKAIoIgdFBEAgAkEIaiABECUgAigCDCEEIAIoAggMAQsgAUEANgIoIAEhBSMAQRBrIgMkAAJAIAciAUUNAANAIANBCGogBRAlIAMoAghFBEAgASEGDAILIAFBAWsiAQ0ACwsgA0EQaiQAQQAgBg0AGiACQRBqIAUQJSACKAIUIQQgAigCEAsiAQRAIAJBADYCJCACQoCAgIAQNwIcIAIgATYCKCACIAEgBGo2AiwDQAJAIAJBKGoQiQEiAUH+AEcEQCABQYCAxABHDQEgACACKAIkNgIIIAAgAikCHDcCAAwEC0EvQf4AIAJBKGoQiQFBMUYbIQELIAJBHGogARBWDAALAAsgAEGAgICAeDYCAAsgAkEwaiQAC9gCAgJ/AX4jAEEwayIDJAACfwJAIAJFBEAgA0GAgICAeDYCCCADQYCAgIB4NgIUIAMgA0EUaiICNgIkIAMgA0EIaiIENgIgAkAgAUH0qcAAQQIgA0EgakGEqsAAEIcBRQRAIAIQ3wEgBBDfAQwBCyADKAIIIgFBgICAgHhHDQIgA0EUahDfAQtBAAwCCyAAKAIEIgAQkAEjAEEQayICJAAgAkEIaiABED8Cf0ECIAItAAhFDQAaIAItAAlB7gBGBEBBAEECIAFBt5DAAEEEEHMbDAELIAIgADYCDEEBQQIgAUGgqsAAQQEgAkEMakGoqsAAEIcBGwsgAkEQaiQAQf8BcUECRwwBCyADIAMpAhQ3AyAgAyADKAIcNgIoIAMpAgwhBSAAKAIAIgAQ0gEgACAFNwIEIAAgATYCACAAIAMpAyA3AgwgACADKAIoNgIUQQELIANBMGokAAu/AQEDfyABKAIEIgQgASgCAEYEf0EABSABIARBAWsiAjYCBCACLAAAIgJBAEgEQCABIARBAmsiAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EfcQwBCyABIARBA2siAzYCBCACQT9xAn8gAy0AACIDwCICQUBOBEAgA0EPcQwBCyABIARBBGsiATYCBCACQT9xIAEtAABBB3FBBnRyC0EGdHILQQZ0ciECC0EBCyEBIAAgAjYCBCAAIAE2AgALxwEBBX8CQCABKAIAIgIgASgCBEYEQAwBC0EBIQYgASACQQFqNgIAIAItAAAiA8BBAE4NACABIAJBAmo2AgAgAi0AAUE/cSEEIANBH3EhBSADQd8BTQRAIAVBBnQgBHIhAwwBCyABIAJBA2o2AgAgAi0AAkE/cSAEQQZ0ciEEIANB8AFJBEAgBCAFQQx0ciEDDAELIAEgAkEEajYCACAFQRJ0QYCA8ABxIAItAANBP3EgBEEGdHJyIQMLIAAgAzYCBCAAIAY2AgALwAEBBX8jAEEQayIEJAACQCABLQAlBEAMAQsgASgCBCECIARBBGogARAUIAQoAgRBAUYEQCABKAIcIQMgASAEKAIMNgIcIAIgA2ohAiAEKAIIIANrIQUMAQtBACECIAEtACUNACABQQE6ACUCQCABLQAkQQFGBEAgASgCICEGIAEoAhwhAwwBCyABKAIgIgYgASgCHCIDRg0BCyAGIANrIQUgASgCBCADaiECCyAAIAU2AgQgACACNgIAIARBEGokAAvoAQICfwF+IwBBMGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCLCACQoCAgIAQNwIkIAJBJGpB3MbAACADKAIAIgMoAgAgAygCBBALGiACIAIoAiwiAzYCICACIAIpAiQiBDcDGCABIAM2AgggASAENwIACyABKAIIIQMgAUEANgIIIAEpAgAhBCABQoCAgIAQNwIAIAIgAzYCECACIAQ3AwhBDEEEENkBIgFFBEBBBEEMEI8CAAsgASACKAIQNgIIIAEgAikDCDcCACAAQdzIwAA2AgQgACABNgIAIAJBMGokAAu9AQECfyMAQUBqIgQkACAEIAM2AgwgBCACNgIIIAAoAgRBA3QhAyAAKAIAIQICfwJAA0AgA0UNASACIARBCGoQ3QFFBEAgA0EIayEDIAVBAWohBSACQQhqIQIMAQsLIAAoAgggASAFIAAoAgwoAhARAgAMAQsgBEEQaiABEA0gBC0AECIAQQZHBEAgBCAEKQMgNwM4IAQgBCkDGDcDMCAEIAQpAxA3AyggBEEoahChAQsgAEEGRwsgBEFAayQAC4UCAgV/AX4jAEEgayICJAAgAkGAgICAeDYCCCACQQA6ABcgAiACQRdqNgIcIAIgAkEIaiIDNgIYAkAgAUHYqsAAQQIgAkEYakHoqsAAEIcBRQRAIAMQ3wEMAQsgAigCCCIFQYCAgIB4Rg0AIAIpAgwhByACLQAXIQQgACgCACIAKAIIIgMgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQRBEBArIAEoAggiBkGBgICAeEcEQCAGIAEoAgwQ3AEACyABQRBqJAALIAAoAgQgA0EEdGoiASAEOgAMIAEgBzcCBCABIAU2AgBBASEEIAAgA0EBajYCCAsgAkEgaiQAIAQLtwEBA38jAEEgayIDJAAgAyACNgIMIAMgATYCCAJAIABFDQACQAJAIAAtAABBA2sOAgABAgsgAyAAQQRqNgIYIANBGGogA0EIahCjASEFDAELIAAoAgxBGGwhBCAAKAIIIQADQCAEQQBHIQUgBEUNASADIAAQyAEgAyADKQMANwIQIAMgAjYCHCADIAE2AhggBEEYayEEIABBGGohACADQRBqIANBGGoQoAFFDQALCyADQSBqJAAgBQuUDgIKfwR+IwBB0ABrIgUkACAFIAI2AgggBSABNgIEIAUgAzYCDCAFIAQ5AxAgBSAANgJIIAUgBUHPAGoiADYCRCAFIAA2AkAgBSAANgI8IAUgBUEQajYCOCAFIAA2AjQgBSAANgIwIAUgBUEMajYCLCAFIAVBCGo2AiggBSAANgIkIAUgADYCICAFIAA2AhwgBSAFQQRqNgIYIwBB0ABrIgMkACADQSBqIgIgBUEYaiIAKAIwEEMgACgCACgCACEJIANBGGogACgCECgCACAAKAIUKAIAEIEBIANBADYCLCADIAMoAhwiATYCNCADIAMoAhgiBzYCMCADKAIgRQRAIANBEGogA0EsahCKASADKAIQIQEgAygCFCEFIANBCGogAhCaASADKAIIIgAgASAAGyIBQQEgARsgAygCDCAFIAAbQQAgARsQjQIACyAAKAIgKwMAIAMgAygCKDYCQCADIAMpAiAiDzcDOCADIAE2AkwgAyAHNgJI/AYhEiMAQbACayIIJAAgCEEoaiAPpyILQYAB/AoAACALQYitwABBgAH8CgAAAkAgCCkDKEIGUQRAIAhBqAFqIQZCACEPIwBBsAFrIgIkAAJAAkACQAJAAkACQAJAAkAgCUH//wNxIgBBkQNrDgQDAQEDAAsgAEHIAUYNAQsgBkEzNgIQIAZB56vAADYCDCAGQRE2AgggBkICNwMADAULQYCAgIB4IQACQCABQYCAEEsNACACQgA3AnggAiABNgJ0IAIgBzYCcCACQYCAgIB4NgKAASACQQA2AqQBIAJCgICAgMAANwKcASACIAJBnAFqIgc2AqwBIAIgAkGAAWo2AqgBAkACQCACQfAAaiIBQcipwABBAiACQagBakHYqcAAEIcBRQ0AIAEQnAFFDQAgAigCgAEiAUGAgICAeEYEQCAHEIUCDAILIAIgAikCjAE3A1AgAiACKAKUATYCWCACIAIpApwBNwNgIAIgAigCpAE2AmggAikChAEhDyABIQAMAgsgAkGcAWoQhQIgAkGAAWoQ0gELCyACQTg2AogBIAJB/KrAADYChAEgAkERNgKAASAAQYCAgIB4RgRAIAIgAkGIAWoiACkCACIPNwMwIAIgACgCCCIANgI4IAIpA4ABIRAgBiAANgIYIAYgDzcCECAGIBA3AwggBkICNwMADAULIAIgAigCaDYCSCACIAIpA2A3A0AgAiACKQNQNwIkIAIgAigCWDYCLCACQYABaiIBENsBIAIgAigCSCIHNgI4IAIgADYCDCACIAIpA0A3AhggAiAHNgIgIAIgDzcCECACIA+nIA9CIIinEB8gAkEkaiEMIAIoAgRFDQECQCACKAIkQYCAgIB4RwRAIAEgAigCKCACKAIsEAYgAikDiAEhDyACKQOAASACQTM2AogBIAJBtKvAADYChAEgAkERNgKAAUIBIRBCAVINBCABENsBIA8gElcNAQsgAiACKAIYNgJ4IAIgAigCHCIANgJwIAIgADYCdCACIAAgAigCIEEEdGo2AnwgAkGAAWohCiMAQRBrIgckACACQfAAaiIJKAIEIQEgCSgCDCEOAkADQCAOIAEiAEYEQEGAgICAeCENDAILIAkgAEEQaiIBNgIEIAcgACkCCDcDCCAHIAApAgA3AwACQCAHLQAMQQFGBEAgBygCCA0BCyAHEPwBDAELIAcoAgAiDUGAgICAeEYNAAsgCiAAQQxqKAIANgIMIAogAEEEaikCADcCBAsgCiANNgIAIAdBEGokACACKAKAASEKIAIpAoQBIREjAEEQayIBJAAgASAJNgIMIAkoAgwgCSgCBCIHa0EEdiEAA0AgAARAIABBAWshACAHEPwBIAdBEGohBwwBCwsjAEEQayIAJAAgACABQQxqKAIAIgcoAgA2AgwgACAHKAIINgIIIABBCGoQhgIgAEEQaiQAIAFBEGokACAGIAIoAhQ2AhggBiACKQIMNwIQIAYgETcCLCAGIAo2AiggBkEANgIkIAZCgICAgMAANwIcIAYgDzcDCCAGIBA3AwAgDBDfAQwFCyAGQQ42AggMAwsgBkICNwMAIAZBDzYCCAwDCyAGQQ02AggMAQsgBiACKQKEATcCDCAGQRE2AggLIAZCAjcDACACQQxqEPwBIAwQ3wEgAkEYahCFAgsgAkGwAWokACAIKQOoAUICUQRAIAggCCgCwAE2AqgCIAggCCkDuAE3A6ACIAggCCkDsAE3A5gCIAhBDGogCEGYAmoQpAEMAgsgCEHgAWoiACAIQagBaiIBQTj8CgAAIAhBDGogCyABIBIQGCAAENMBDAELIAhBDGpBzq7AAEEhEH8LIAhBKGoQSCALIAhBDGoQQSAIQbACaiQAIANByABqENcBIANBOGoQzgEgA0HQAGokACAFQdAAaiQAC4gDAgd/AX4jAEEQayIHJAACQCAFRQ0AIAIgA2oiAiADSQ0AIAdBBGohCCACIAEoAgBBAXQiAyACIANLGyICQQhBBEEBIAVBgQhJGyAFQQFGGyIJIAIgCUsbIgwhAiMAQSBrIgYkAEEBIQtBBCEKAkACQCAFrSACrX4iDUIgiKcNACANpyICQYCAgIB4IARrSw0AIAZBFGogASAEIAUQegJ/IAYoAhgEQCAGKAIcIgNFBEAgBkEIaiAEIAIQmAEgBigCCCEFIAYoAgwMAgsgBigCFCADIAQgAhAHIQUgAgwBCyAGIAQgAhCYASAGKAIAIQUgBigCBAsgBUUEQCAIIAQ2AgRBCCEKDAILIAggBTYCBEEAIQtBCCEKIQIMAQtBACECCyAIIApqIAI2AgAgCCALNgIAIAZBIGokACAHKAIEQQFGBEAgBygCDCEJIAcoAgghBgwBCyAHKAIIIQIgASAMNgIAIAEgAjYCBEGBgICAeCEGCyAAIAk2AgQgACAGNgIAIAdBEGokAAunAQEDfyMAQRBrIgMkAAJAIABB2wAQTUUNACADQQhqIAAQPyADLQAIRQ0AIAMtAAlB3QBHBEAgAigCECECA0AgASAAIAIRBABFDQIgAyAAED8gAy0AAEUNAiADLQABIgVBLEcEQCAFQd0ARw0DBSAAIAAoAghBAWo2AggMAQsLC0EBIQQgACAAKAIIQQFqNgIIIAAgACgCDEEBazYCDAsgA0EQaiQAIAQLlQIBAn8jAEEgayIFJABBvM/AAEG8z8AAKAIAIgZBAWo2AgACQAJAAkACQAJ/QQAgBkEASA0AGkEBQajPwAAtAAANABpBqM/AAEEBOgAAQaTPwABBpM/AACgCAEEBajYCAEECC0H/AXEOAwMBAAELQbDPwAAoAgAiBkEASA0CQbDPwAAgBkEBajYCAEG0z8AAKAIARQ0BIAVBCGogACABKAIUEQAAIAUgBDoAHSAFIAM6ABwgBSACNgIYIAUgBSkDCDcCEEG0z8AAKAIAIAVBEGpBuM/AACgCACgCFBEAAAwBCyAFIAAgASgCGBEAAAwBC0Gwz8AAQbDPwAAoAgBBAWs2AgBBqM/AAEEAOgAAIANFDQAACwAL9wEBAn8jAEEwayIEJAAgBCABEA0gBC0AACIFQQZHBEAgBCAEKQAQNwAnIAQgBCkACTcDICAEIAQpAAE3AxggACgCACEAIAQgAiADEFAgACgCCCICIAAoAgBGBEAjAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEIQSgQKyABKAIIIgNBgYCAgHhHBEAgAyABKAIMENwBAAsgAUEQaiQACyAAKAIEIAJBKGxqIgEgBCkDCDcDCCABIAQpAwA3AwAgASAFOgAQIAEgBCkDGDcAESABIAQpAyA3ABkgASAEKQAnNwAgIAAgAkEBajYCCAsgBEEwaiQAIAVBBkcLugECAX8CfiMAQSBrIgQkAAJAAkAgASACIANBAxBGIgEEQCABLQAADQELIABBADYCACAAQgA3AwgMAQsgBEEIaiICIAEQcCAEKQMQIQUgBCkDCCEGIARBzAA2AhAgBEHQnsAANgIMIARBCDYCCCAAAn8gBlBFBEAgACAFNwMQIABCATcDCCACENsBQQAMAQsgACAEKAIYNgIUIAAgBCkCEDcCDCAAIAQpAgg3AgRBAQs2AgALIARBIGokAAu7AQEBfyMAQUBqIgMkAAJAIAJBgYAQTwRAIABBBjoAAAwBCyADQgA3AgggAyACNgIEIAMgATYCACADQShqIAMQDSADLQAoIgFBBkYEQCAAQQY6AAAMAQsgAyADKQA4NwAgIAMgAykAMTcAGSADIAMpACk3ABEgAyABOgAQIAMQnAFFBEAgAEEGOgAAIANBEGoQoQEMAQsgACADKQMgNwMQIAAgAykDGDcDCCAAIAMpAxA3AwALIANBQGskAAvAAQICfwF+IwBBIGsiAyQAIANBFGogASgCACACQQEQfAJAIAMoAhRFBEAgAEGAgICAeDYCAAwBCyADKAIYIgFFBEAgAEGAgICAeDYCAAwBCyADQQhqIgIgASADKAIcIgQQUCADQRRqIAEgBBAQIAMoAhQiAUGAgICAeEYEQCAAQYCAgIB4NgIAIAIQ/AEMAQsgAykCGCEFIAAgAygCEDYCCCAAIAMpAgg3AgAgACAFNwIQIAAgATYCDAsgA0EgaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALgAIBBn8jAEEQayIDJAAgAiABIAJqIgRLBEBBAEEAENwBAAsgA0EEaiEFIAAoAgAiAiEGIAAoAgQhCEEBIQdBBCEBAkBBCCAEIAJBAXQiAiACIARJGyICIAJBCE0bIgQiAkH/////B0sEQEEAIQIMAQsCQAJAAn8gBgRAIAggBkEBIAIQBwwBCyACRQRAQQEhAQwCCyACQQEQ2QELIgENACAFQQE2AgQMAQsgBSABNgIEQQAhBwtBCCEBCyABIAVqIAI2AgAgBSAHNgIAIAMoAgRBAUYEQCADKAIIIAMoAgwQ3AEACyADKAIIIQEgACAENgIAIAAgATYCBCADQRBqJAALnQEBBn8jAEEwayIDJAAgA0EMakEvIAEgAhBVIAMoAhAiBSADKAIYIgZqIQcgAygCDCEIIAMoAhwhAgJAA0ACQCADIAc2AiggAyAFIAIiBGo2AiwgAyADQShqECMgAygCAEEBRw0AIAMoAiwgAygCKGsgBmohAiADKAIEIAhGDQEMAgsLQQAhBAsgACAENgIEIAAgATYCACADQTBqJAALkAEBAn8CQCAAQQlrIgJBF00EQEEBIQFBn4CABCACdkEBcQ0BC0EAIQEgAEGAAUkNAAJAIABBCHYiAgRAIAJBMEcEQCACQSBGDQIgAkEWRw0DIABBgC1GIQEMAwsgAEGA4ABGIQEMAgsgAEH/AXEtAJDJQCEBDAELIABB/wFxLQCQyUBBAnFBAXYhAQsgAUEBcQuAOAITfwJ+IwBB0ABrIgokACAKIAE2AgQgCiAANgIAIAogAjYCCCAKIAM2AgwgCiAKQc8AaiIANgJIIAogADYCRCAKIApBDGo2AkAgCiAKQQhqNgI8IAogADYCOCAKIAA2AjQgCiAKQQRqNgIwIAogCjYCLCMAQSBrIg4kACAOQQhqIApBLGoiAigCACgCACACKAIEKAIAEIEBIA4oAgghACAOKAIMIQEgDiACKAIQKAIAIAIoAhQoAgAQgQEgDigCACEGIA4oAgQhBSAOIAE2AhQgDiAANgIQIA4gBTYCHCAOIAY2AhggCkEQaiEQIwBB4AFrIgckACMAQRBrIgQkACAEIAE2AgwgBCAANgIIQbx/IQMDQCADIgJB6ApHBEAgAkGEAWohAyACQdS5wABqIARBCGoQ3QFFDQELCyAEQRBqJAAgB0EsaiIDIAYgBRA+IAcgAkHoCkciAjoAKAJAAkACQCACBEAgBygCLEGAgICAeEcEQCAHIAMoAggiAjYCQCAHIAMpAgA3AzggB0HgAGohBiAHKAI8IQMjAEGQA2siBCQAIAQgATYCqAEgBCAANgKkASAEIAI2ArABIAQgAzYCrAEgBEGYAWogBEGsAWpB7qHAAEELEE4gBCgCmAEiAgR/IAQoApwBIQMgAkEAIARBpAFqQZymwAAQ3QEbBUEACyEFIwBBEGsiAiQAIAIgADYCACACIAE2AgQgAiADQQQgBRsgASACQZymwAAQ3QEiARs2AgwgAiAFQZWmwAAgBRsgACABGzYCCEEAIQBBACEFAkADQCAFQawLRg0BAkAgBUGQucAAaiACEN0BBEAgBUGIucAAaiACQQhqEN0BDQELIAVBhAFqIQUMAQsLIAVB0LjAAGohAAsgAkEQaiQAIARB0gA2ApACIARB+aHAADYCjAIgBEELNgKIAiAEQe6hwAA2AoQCIARBFDYCgAICQCAAIgFFBEAgBiAEQYgCaiIAKAIINgIUIAYgACkCADcCDCAGQe6hwAA2AgggBkKDgICAwAI3AwAMAQsgBEGAAmoQ2wEgBEGQAWogBEGsAWpBy6LAAEEKEHsCQCAEKAKQASIABEAgBCgClAEiAg0BCyAGQQo2AgwgBkHLosAANgIIIAZCg4CAgLACNwMADAELIARBtAFqIAAgAhBQIARBiAFqIARBrAFqQdWiwABBGBBOAkACQAJAIAQoAogBIgBFBEBCkBwhGAwBCwJAAkACQCAEKAKMASICDgIEAAELIAAtAAAiBUEraw4DAwEDAQsgAC0AACEFCyAAIAVB/wFxQStGIgNqIQUCQCACIANrIgBBEU8EQANAIABFDQIgBEHwAGogGEIAEEIgBCkDeEIAUg0EIAQpA3AhFyAEQegAaiAFLQAAQQoQgwEgBCgCaEEBRw0EIAVBAWohBSAAQQFrIQAgFyAXIAQ1Amx8IhhYDQALDAMLA0AgAEUNASAEQeAAaiAFLQAAQQoQgwEgBCgCYEEBRw0DIAVBAWohBSAAQQFrIQAgBDUCZCAYQgp+fCEYDAALAAsgGEIBfUKAowVaDQELIARB2ABqIARBrAFqQe2iwABBGhBOAkAgBCgCWCIABEAgBEGAAmogACAEKAJcEFAgBCgCiAIhBSAEKAKEAiEAA0AgBQRAIABBIEEAIAAtAAAiAkHBAGtB/wFxQRpJGyACcjoAACAFQQFrIQUgAEEBaiEADAELCyAEIAQoAogCIgA2AuABIAQgBCkCgAIiFzcD2AFBASETIBenQYCAgIB4Rg0BIAQoAtwBIgIgAEG7kMAAQQQQwwENASACIABBh6PAAEEBEMMBDQEgAiAAQYijwABBAxDDAQ0BQQAhEyACIABBv5DAAEEFEMMBDQEgAiAAQcWewABBARDDAQ0BIAIgAEGLo8AAQQIQwwENASAGQRU2AhQgBkGNo8AANgIQIAZBGjYCDCAGQe2iwAA2AgggBkKDgICAwAI3AwAgBEHYAWoQ3wEMAwsgBEGAgICAeDYC2AFBASETCyAEQdgBahDfASAEQdAAaiAEQawBakGio8AAQRYQTgJ/AkAgBCgCUCIABEAgACAEKAJUIgJBuKPAAEEBEMMBRQ0BCyAEQYCAgIB4NgLAAUEBDAELIARB2AFqIAAgAhClASAEIAQoAtgBNgKIAiAEIAQoAtwBIgA2AoQCIAQgADYCgAIgBCAAIAQoAuABQQN0ajYCjAIjAEEgayIAJAAgAEEIaiAEQYACaiIDKAIMIAMoAgRrQQN2QQRBDBBiIABBADYCHCAAIAApAwg3AhQjAEEQayIMJAAgAEEUaiICIAMoAgwgAygCBGtBA3YQuAEgAikCBCEXIAwgAkEIajYCBCAMIBdCIIk3AggjAEEQayICJAAgAiADKQIINwMIIAIgAykCADcDACMAQSBrIgUkACAMQQRqIgkoAgggCSgCBCIIQQxsaiEPIAIoAgQhAyACKAIMIQ0DQCADIA1HBEAgA0EEaigCACELIAMoAgAhESACIANBCGoiAzYCBCAFQQhqIBEgCxA0IAVBFGogBSgCCCAFKAIMEFAgDyAFKAIcNgIIIA8gBSkCFDcCACAPQQxqIQ8gCEEBaiEIDAELCyAJKAIAIAg2AgAgAhC0ASAFQSBqJAAgAkEQaiQAIAxBEGokACAEQcABaiICIAAoAhw2AgggAiAAKQIUNwIAIABBIGokACAEKALAAUGAgICAeEYLIQACQAJAAkACQAJAAkACQAJAQeqfwAAgASgCeCIVIAEoAnwiFhCAAUEAIAAbRQRAIARByABqIARBrAFqQbmjwABBDRBOAkACQCAEKAJIIgAEQCAEQdgBaiAAIAQoAkwQPkEwIQAgBEEwNgKQAkGKp8AAIQUgBEGKp8AANgKMAiAEQQ02AogCIARBuaPAADYChAIgBEEUNgKAAiAEKALYASIDQYCAgIB4Rg0KIAQoAtwBIQAgBCgC4AEhAiAEQYACahDbASAEIAI2AqwCIAQgADYCqAIgBCADNgKkAiACQRBLDQEgBEEANgK4AiAEQoCAgIDAADcCsAIgBCAAIAJBKGxqIgU2AsgCIAQgAzYCxAIgBCAANgLAAiAEIAA2ArwCIARBhAJqIQ8gBEHkAWohDSAEQdgCakEEciEMAkADQCAAIAVGDQQgBCAAQShqNgLAAiAEIAApAgw3A4ACIAQgACkCFDcDiAIgBCAAKQIcNwOQAiAEIAAoAiQ2ApgCIAAoAgAiAkGAgICAeEYNBCAEIAApAgQiFzcC0AIgBCACNgLMAiAEIA8pAhA3A+gCIAQgDykCCDcD4AIgBCAPKQIANwPYAiAEIBc3AtgBIARB2AFqQbynwABBCBBYBEBBwgAhAEHnqMAAIQUMCAtBLCEAQbuowAAhBSAXQiCIpyICQcEAa0FASQ0HIAQgF6ciAzYC2AEgBCACIANqNgLcASAEQdgBaiIIKAIAIQIgCCgCBCEJA0AgCSACIgNHBEAgCCACQQFqIgI2AgAgAy0AACILQd8ARiALQTprQf8BcUH1AUtyIAtB3wFxQdsAa0H/AXFB5QFLcg0BCwsgAyAJRw0HAkACQAJAAkAgBC0A2AJBA2sOAgABAwsgBCAMKAIINgKIAyAEIAwpAgA3A4ADQQRBDBDNASIAIAQoAogDNgIIIAAgBCkDgAM3AgBBASECIARBATYC/AIgBCAANgL4AiAEQQE2AvQCQQAhCEEBIQUMAQsgBCgC5AIhAiAEKALgAiEAIAQgBCgC3AI2AuABIAQgADYC3AEgBCAANgLYASAEIAAgAkEYbGo2AuQBIARB9AJqIQUjAEEwayIAJAAgAEEUaiAEQdgBaiICEGgCQCAAKAIUQYCAgIB4RwRAIABBBEEEQQwQYiAAKAIAIQggACgCBCIDIAAoAhw2AgggAyAAKQIUNwIAIABBATYCECAAIAM2AgwgACAINgIIIAAgAikCCDcDKCAAIAIpAgA3AyAgAEEIaiECIABBIGohCCMAQRBrIgMkAANAAkAgA0EEaiAIEGggAygCBEGAgICAeEYNACACKAIIIgkgAigCAEYEQCACQQEQuAELIAIoAgQgCUEMbGoiCyADKAIMNgIIIAsgAykCBDcCACACIAlBAWo2AggMAQsLIAgQWSADQRBqJAAgBSAAKAIQNgIIIAUgACkCCDcCAAwBCyAFQQA2AgggBUKAgICAwAA3AgAgAhBZCyAAQTBqJABBASEIQQAhAiAEKAL8AiIFQQVrQXxJDQMgBCgC+AIhAAsgBUEMbCEFA0AgBQRAIAVBDGshBSAAKAIIIQkgACgCBCELIABBDGohAEEAIQNBACERAkAgCUGBAmtBgH5JDQAgCy0AAEEvRw0AA0AgAyAJRiIRDQEgAyALaiESIANBAWohAyASLQAAQf4ARw0AIAMgCU8NASASQQFqLQAAQf4BcUEwRg0ACwsgEQ0BDAQLCyANIAQpAvQCNwIAIA0gBCgC/AI2AgggBCAEKALUAjYC4AEgBCAEKQLMAjcD2AEgBCgCuAIiACAEKAKwAkYEQCAEQbACahB4CyAEKAK0AiAAQRhsaiICIAQpA9gBNwIAIAIgBCkD6AE3AhAgAiAEKQPgATcCCCAEIABBAWo2ArgCIAQtANgCQQNrQf8BcUECTwRAIARB2AJqEKEBCyAEKALAAiEAIAQoAsgCIQUMAQsLIARBADYC/AIgBEKAgICAwAA3AvQCQQEhAkEBIQgLIARB9AJqEIACQfynwAAhBUE/IQACQAJAIAQtANgCQQNrDgIBAAgLIAINCQwKCyAIRQ0JDAcLIARBADYC1AEgBEKAgICAwAA3AswBDAMLIARBpAJqEP0BQampwAAhBUEWIQAMCAsgBEG8AmoQWiAEIAQoArgCNgLUASAEIAQpArACNwLMAQwBCyAGQcQANgIUIAZBr6XAADYCECAGQRY2AgwgBkGio8AANgIIIAZCg4CAgMACNwMADAcLIARBQGsgBEGsAWogASgCUCIMIAEoAlQiDxBOAkACQCAEKAJAIgAEQCAEKAJEIQUMAQsgASgCECIABEAgASgCFCEFDAELIAYgDzYCDCAGIAw2AgggBkKDgICAsAI3AwAMAQsCQCABLQCBAUUEQCABLQCAAUUEQCAEQbACaiAAIAUQUAwCCyAEQbACaiAAIAUQhAEMAQsgBEGwAmogACAFEFALAkACQCABLQCAAUUNACAEKAK0AiAEKAK4AhAFDQAgBkEyNgIUIAZB2KbAADYCECAGIA82AgwgBiAMNgIIIAZCg4CAgMACNwMADAELAn8CQAJAIAEtAIMBRQRAIARBgICAgHg2AtgBDAELIARBOGogBEGsAWpBxqPAAEEPEE4CQCAEKAI4IgAEQCAEQbwCaiAAIAQoAjwQhAEMAQsgBCgCtAIgBCgCuAJB1aPAAEENEMwBRQRAIARBvAJqQeKjwABBFxBQDAELIARBvAJqQfmjwABBFhBQCyAEKALAAiAEKALEAhAFRQRAIAZBMjYCFCAGQdimwAA2AhAgBkEPNgIMIAZBxqPAADYCCCAGQoOAgIDAAjcDACAEQbwCahD8AQwECyAEQTBqIARBrAFqQY+kwABBDRBOIARB2AJqIAQoAjAgBCgCNBDRASAEQYACaiIAIARBsAJqEF4gBCAEKALgAjYCoAIgBCAEKQLYAjcCmAIgBCAEKQK8AjcCjAIgBCAEKALEAjYClAIgBEHYAWogAEEk/AoAACAEKALYAUGAgICAeEcNAQtBACEAQQEMAQsgBCgC7AEhACAEKALoAQshAiAEIAA2AtQCIAQgAjYC0AIgBCAEQbACajYCzAICQAJAIAEoAhgiAEUNACAEQShqIARBrAFqIAAgASgCHBBOIAQoAigiAEUNACAEQdgCaiAAIAQoAiwQpQEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYiADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELgBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQhAEgACANKAIMNgIIIAAgDSkCBDcCACAAQQxqIQAgCEEBaiEIDAELCyALKAIAIAg2AgAgBRC0ASANQRBqJAAgBUEQaiQAIAlBEGokACAEQfQCaiIAIAMoAhw2AgggACADKQIUNwIAIANBIGokAAwBCyAEIAEoAlgiADYCgAIgBCAAIAEoAlxBA3RqNgKEAiAEIARBzAJqNgKIAiAEQfQCaiAEQYACahBXCyABKAI0IQICQAJAAkACQAJAAkACQAJAAkACQAJAIAEoAjAiAEUNACAEQSBqIARBrAFqIAAgAhBOIAQoAiAiA0UNACAEQdgCaiADIAQoAiQQpQEgBCAEKALYAjYCiAIgBCAEKALcAiIANgKEAiAEIAA2AoACIAQgACAEKALgAkEDdGo2AowCIwBBIGsiAyQAIANBCGogBEGAAmoiACgCDCAAKAIEa0EDdkEEQQwQYiADQQA2AhwgAyADKQMINwIUIwBBEGsiCSQAIANBFGoiAiAAKAIMIAAoAgRrQQN2ELgBIAIpAgQhFyAJIAJBCGo2AgQgCSAXQiCJNwIIIwBBEGsiBSQAIAUgACkCCDcDCCAFIAApAgA3AwAjAEEQayINJAAgCUEEaiILKAIIIAsoAgQiCEEMbGohACAFKAIEIQIgBSgCDCERA0AgAiARRwRAIAJBBGooAgAhEiACKAIAIRQgBSACQQhqIgI2AgQgDUEEaiAUIBIQUCAAIA0oAgw2AgggACANKQIENwIAIABBDGohACAIQQFqIQgMAQsLIAsoAgAgCDYCACAFELQBIA1BEGokACAFQRBqJAAgCUEQaiQAIARBgANqIgAgAygCHDYCCCAAIAMpAhQ3AgAgA0EgaiQADAELIAEtAIIBDQEgBCABKAJoIgA2AoACIAQgACABKAJsQQN0ajYChAIgBCAEQcwCajYCiAIgBEGAA2ogBEGAAmoQVwsgBEEYaiAEQawBaiABKAJgIgIgASgCZCIDEE4gBCgCGCIARQ0BIARB2AJqIgUgACAEKAIcIggQMCAELQDYAkEGRg0DIAQgBCkD6AI3A5ACIAQgBCkD4AI3A4gCIAQgBCkD2AI3A4ACIAVBw5HAAEEEEHciBUUNAiAFLQAAIARBgAJqEKEBQQRHDQMgBEHAAmogACAIEFAgBEEANgK8AgwGCyAGQoOAgICwAjcDACAGIAIgDyAAGzYCDCAGIAAgDCAAGzYCCAwHCyABKAIgIgBFDQMgBEEQaiAEQawBaiAAIAEoAiQiAxBOIAQoAhAiAkUNAyACIAQoAhQiBRAFDQIgBkEyNgIUIAZB2KbAADYCECAGIAM2AgwgBiAANgIIIAZCg4CAgMACNwMADAULIARBgAJqEKEBCyAGQSw2AhQgBkGcpMAANgIQIAYgAzYCDCAGIAI2AgggBkKDgICAwAI3AwAMAwsgBEHAAmogAiAFEFAgBEEBNgK8AgwBCyABKAIoIgAEQCAEQYACaiICIARBzAJqIAAgASgCLBAdIAEtAIMBIQAgBCgChAIgBCgCiAIQBUUEQCAGQTI2AhQgBkHYpsAANgIQIAZCg4CAgMACNwMAIAZBDyAPIABBAXEiABs2AgwgBkHGo8AAIAwgABs2AgggAhD8AQwDCyAEIAQoAogCNgLIAiAEIAQpAoACNwLAAiAEQQE2ArwCDAELIARBCGogBCgCtAIgBCgCuAIQNCAEQSE2AowCIARByKTAADYCiAIgBCAEKQMINwKAAiAEQcACaiAEQYACakECEAQgBEECNgK8AgsgBCAEQawBakHppMAAQQ4QTkEBIQUCQCAEKAIAIgJFBEBBASEADAELIAQoAgQhA0EBIQBB0Z/AACAVIBYQgAFFDQAgBEGAAmogAiADEKUBAkAgBCgCiAIiAkUNACACQQN0IQVBACEAIAQoAoQCIQMDQCAAIAVHBEAgACADaiIIQfikwAAQ2AEEQCAIQYClwAAQ2AENAwsgAEEIaiEADAELC0H4pMAAIAMgAhBYIQVBgKXAACAEKAKEAiAEKAKIAhBYIQAgBEGAAmoQgwIMAQsgBkEnNgIUIAZBiKXAADYCECAGQQ42AgwgBkHppMAANgIIIAZCg4CAgMACNwMAIARBgAJqEIMCIARBwAJqEPwBDAELIAYgBCgCvAE2AiAgBiAEKQK0ATcCGCAGIAQpAvQCNwIkIAYgBCgC/AI2AiwgBiAEKQKAAzcCMCAGIAQoAogDNgI4IAYgBCkCvAI3AgAgBiAEKQLEAjcCCCAGIAQoAsgBNgJQIAYgBCkCwAE3AkggBkHUAGogBEHYAWpBJPwKAAAgBiATOgB+IAYgADoAfSAGIAU6AHwgBiABNgJ4IAYgGDcDECAGIAQoAtQBNgJEIAYgBCkCzAE3AjwgBEGwAmoQ/AEMDQsgBEGAA2oQgAILIARB9AJqEIACIARB2AFqELUBCyAEQbACahD8AQsgBEHMAWoQhAIMBgsgBC0A2AJBA2sOAgECAAsgBEHYAmoQoQEMAgsgDBD8AQwBCyAMEP8BCyAEQcwCahD8ASAEQbwCahBaIARBsAJqEIQCCyAGIAA2AhQgBiAFNgIQIAZBDTYCDCAGQbmjwAA2AgggBkKDgICAwAI3AwALIARBwAFqEOMBDAELIAZBIjYCFCAGQfOlwAA2AhAgBkEYNgIMIAZB1aLAADYCCCAGQoOAgIDAAjcDAAsgBEG0AWoQ/AELIARBkANqJAACfyAHKAJgQQNHBEBBCEGIARDNASIAQoGAgIAQNwMAIABBCGogBkGAAfwKAAAgAAwBCyAHIAcoAnQ2AlggByAHKQJsNwNQIAcgBykCZCIYNwNIIBinQRVHDQMgBygCTAshACAHQYCAgIB4NgIMIAcgADYCEAwDCyAHQQxqQbyRwABBBxB/DAMLIAdBDGpBrJHAAEEQEH8gBygCLEGAgICAeEYNAiADEP0BDAILIAdBDGogB0HIAGoQjAELIAdBOGoQ/QELIBAgBygCJDYCGCAQIAcpAhw3AhAgECAHKQIUNwIIIBAgBykCDDcCACAHQeABaiQAIA5BGGoQ1wEgDkEQahDXASAOQSBqJAAjAEEgayIAJAAgAEEANgIAIAAgECkCADcCBCAAIBApAgg3AgwgACAQKQIQNwIUIAAgECgCGDYCHEEEQSgQzQEiAUKBgICAEDcCACABIAApAgA3AgggASAAKQIINwIQIAEgACkCEDcCGCABIAApAhg3AiAgAEEgaiQAIApB0ABqJAAgAUEIaguPAQIBfwF+IwBBEGsiAyQAAn8CQAJAIAJFBEAgA0EEaiABEGMgAygCBCIBQYCAgIB4Rg0CIAMpAgghBCAAKAIAIgAQ3wEMAQsgA0EEaiABEDkgAygCBCIBQYGAgIB4Rg0BIAMpAgghBCAAKAIEIgAQ3wELIAAgBDcCBCAAIAE2AgBBAQwBC0EACyADQRBqJAALoQEBAX8jAEEQayIEJAACQAJAAkAgASgCACIBKAIEIAEoAgggAiADEEYiAUUNAAJAAkAgAS0AAA4EAgEBAAELIARBCGogASgCCCICIAEoAgwiARAfIAQoAgwNAgsgAEErNgIIIABB/LDAADYCBCAAQQE2AgAMAgsgAEIVNwIADAELIAQgAiABEB8gACAEKQMANwIEIABBFTYCAAsgBEEQaiQAC6IBAQF/IwBBEGsiAiQAIAIgARA/AkAgAi0AAEUEQCAAQYGAgIB4NgIADAELAkAgAi0AAUHuAEYEQCABQbeQwABBBBBzDQEgAEGBgICAeDYCAAwCCyACQQRqIAEQYyACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAgsgAEGBgICAeDYCAAwBCyAAQYCAgIB4NgIACyACQRBqJAALdgEEfyMAQRBrIgIkAEEEIQQDQAJAIARFBEBBASEFDAELIAJBCGogARBsIAItAAhFDQAgAiACLQAJQRAQgwEgAigCAEEBcUUNACAEQQFrIQQgAigCBCADQQR0aiEDDAELCyAAIAM2AgQgACAFNgIAIAJBEGokAAt1AQJ/AkAgASADRw0AA0AgAUUhBCABRQ0BIAItAAAhAyAALQAAIQUgAUEBayEBIAJBAWohAiAAQQFqIQAgBUEgQQAgBUHBAGtB/wFxQRpJG3JB/wFxIANBIEEAIANBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAQLjQEBAn8CQCABBEAgASgCACICQf////8HTwRAIABBzwA2AgggAEHKisAANgIEIABBADYCAA8LIAEgAkEBajYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGvisAANgIEIABBADYCAA8LAAvJAwIDfwJ+IwBBQGoiAyQAIAMgAjkDECADIAE2AgwgAyAANgI4IAMgA0E/aiIANgI0IAMgADYCMCADIAA2AiwgAyADQRBqNgIoIAMgADYCJCADIAA2AiAgAyAANgIcIAMgA0EMajYCGCMAQTBrIgEkACABQRRqIgQgA0EYaiIAKAIgEEMgASgCFEUEQCABQQhqIAQQmgEgASgCCCIAQQEgABsgASgCDEEAIAAbEI0CAAsgACgCECsDACAAKAIAKAIAIAEgASgCHDYCKCABIAEpAhQiBjcDIEEARyEF/AYhByMAQYACayIAJAAgAEEgaiAGpyIEQYAB/AoAACAEQYitwABBgAH8CgAAAkACQAJAAkACQCAAKQMgQgFYBEAgBQ0CIABBBzYCoAEgAEEEaiAAQaABahCkAQwBCyAAQQRqQe+uwABBJRB/CyAAKQMgQgJaDQEgAEEgahDKAQwCCyAAQaABaiIFIABBIGpB4AD8CgAAIABBBGogBCAFIAcQGCAFEMoBIAApAyBCAlQNAQsgAEEgahBIDAELIABBgAFqELEBCyAEIABBBGoQQSAAQYACaiQAIAFBIGoQzgEgAUEwaiQAIANBQGskAAuPAQEBfyMAQTBrIgMkACADQRhqIAEgAhAwAkAgAy0AGCIBQQZGBEAgAEGAgICAeDYCAAwBCyADIAMpACg3ABAgAyADKQAhNwAJIAMgAykAGTcAASADIAE6AAAgAUEFRgRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCACADEKEBCyADQTBqJAALewEFfyMAQRBrIgIkACABKAIIQQFqIQMDQCACQQhqIAEQlgEgAi0ACSEEAkACQCACLQAIIgVFDQAgBEEJayIGQRdLDQBBASAGdEGTgIAEcQ0BCyAAIAU6AAAgACAEOgABIAJBEGokAA8LIAEgAzYCCCADQQFqIQMMAAsAC90BAgF/AX4jAEEQayIDJAACfwJAIAJFBEAgA0EEaiABEGNBACADKAIEIgFBgICAgHhGDQIaIAMpAgghBCAAKAIAIgAQ3wEgACAENwIEIAAgATYCAAwBCyMAQTBrIgIkACACQRhqIAEQDSACLQAYIgFBBkYEf0ECBSACIAIpACg3ABAgAiACKQAhNwAJIAIgAikAGSIENwABIAIgAToAACACEKEBQQIgBKcgAUEBRxsLIQEgAkEwaiQAQQAgAUH/AXEiAUECRg0BGiAAKAIEIAE6AAALQQELIANBEGokAAuHAQECfyMAQSBrIgIkACABIAAoAoQBIgMgAyAAKAKIAUEUbGoQbSACIAEoAhg2AhggAiABKQIQNwMQIAIgASkCCDcDCCACIAEpAgA3AwAgABBIIABCAjcDACAAIAIpAwA3AwggACACKQMINwMQIAAgAikDEDcDGCAAIAIoAhg2AiAgAkEgaiQAC08BA34gACABQv////8PgyIDQgp+IgRCACIDIAFCIIhCCn58IgFCIIZ8IgU3AwAgACAEIAVWrSABIANUrUIghiABQiCIhHwgAkIKfnw3AwgLgQEBAn8CQCABBEAgASgCAARAIABBzwA2AgggAEHKisAANgIEIABBADYCAA8LIAFBfzYCACABQQhrIgIgAigCAEEBaiIDNgIAIANFDQEgACACNgIIIAAgATYCBCAAIAFBCGo2AgAPCyAAQRs2AgggAEGvisAANgIEIABBADYCAA8LAAuRAQICfwF+IwBBIGsiAiQAIAEoAgBBgICAgHhGBEAgASgCDCEDIAJBADYCHCACQoCAgIAQNwIUIAJBFGpB3MbAACADKAIAIgMoAgAgAygCBBALGiACIAIoAhwiAzYCECACIAIpAhQiBDcDCCABIAM2AgggASAENwIACyAAQdzIwAA2AgQgACABNgIAIAJBIGokAAtzAQF/IwBBEGsiAyQAIANBBGogASACEFAgACADKAIMIgI2AgggACADKQIENwIAIAMoAgghAANAIAIEQCAAQSBBACAALQAAIgFB4QBrQf8BcUEaSRsgAXM6AAAgAkEBayECIABBAWohAAwBCwsgA0EQaiQAC20BAX8jAEEQayIEJAAgBCADNgIIIAQgAjYCBCABQShsIQMCfwNAQQAgA0UNARogA0EoayEDIAQgADYCDCAAQShqIQAgBEEMaiAEQQRqEKMBRQ0ACyAAQShrCyEDIARBEGokACADQRBqQQAgAxsLhQEBAX8jAEEgayICJAAgAkEANgIMIAJCgICAgIABNwIEIAIgAkEEaiIDNgIQAkAgASACQRBqQeSRwAAQLCIBRQRAIAMQ/wEMAQsgAiACKAIMNgIYIAIgAikCBDcDECAAKAIAIgAQ4gEgACACKAIYNgIIIAAgAikDEDcCAAsgAkEgaiQAIAELeAEBfgJAAkACQAJAAkBBAyAAKQMAIgGnQQJrIAFCAVgbDgQBAgMEAAsgAEEIahD8ASAAQRRqEIsCIABBIGoQ/AEPCyAAQQhqEPEBDwsgAEEIahDKAQ8LIABBCGoQygEgAEHoAGoQ3wEPCyAAEMoBIABB4ABqELEBC3UBBX8jAEEQayICJAAgASgCACEEIAEoAgQhBSACQQhqIAEQJAJAIAIoAghBAUcEQEGAgMQAIQMMAQsgAigCDCEDIAEgASgCACABKAIIIgYgBWogBCABKAIEamtqNgIICyAAIAM2AgQgACAGNgIAIAJBEGokAAtuAQJ/IwBBMGsiBCQAIARBFGoiBSADIAEgAhBVIARBCGogBRAUAkAgBCgCCEEBRgRAIAQoAgwhAyAAIAIgBCgCECICazYCDCAAIAEgAmo2AgggACADNgIEDAELQQAhAQsgACABNgIAIARBMGokAAuAAQECfyMAQRBrIgQkAEEEQRQQzQEhAyAEQQRqQeOPwABBEBBQIANBDDYCBCADQfOPwAA2AgAgAyAEKQIENwIIIAMgBCgCDDYCECAAQQE2AgggACADNgIEIABBATYCACAAIAE7ARggACACKQIANwIMIAAgAigCCDYCFCAEQRBqJAALegIBfwF+IwBBEGsiAyQAIANBBGogARBjAkAgAygCBCIBQYCAgIB4Rg0AIAMpAgghBCACRQRAIAAoAgAiABDfASAAIAQ3AgQgACABNgIADAELIAAoAgQiABDfASAAIAQ3AgQgACABNgIACyADQRBqJAAgAUGAgICAeEcLXwECfyMAQRBrIgIkACACQQhqIAAQPwJAIAItAAhFDQAgAi0ACSABQf8BcUcNACAAKAIMIgFBH0sNAEEBIQMgACABQQFqNgIMIAAgACgCCEEBajYCCAsgAkEQaiQAIAMLXwEBfyMAQRBrIgQkACAEQQhqIAEgAiADEHsgBCgCCCIBBH8gBCABIAQoAgwQHyAEKAIEIQIgBCgCAAVBAAshAyAAIAI2AgQgACADQQAgAhtBACADGzYCACAEQRBqJAAL0wIBCn8jAEEQayIGJAACQCAAIAEoAggiAiABKAIASQR/IwBBEGsiByQAIAEoAgAgAkkEQEGXxsAAQckAQbzGwAAQiAEACyAGQQhqIQogB0EIaiELIwBBEGsiBCQAIARBDGohCCABKAIAIgUEQCAEQQE2AgwgBSEDIAEoAgQhBSAEQQhqIQgLIAggAzYCAAJAIAQoAgwiAwRAIAQoAgghCQJAIAJFBEAgCQRAIAUgCRBUCyABQQE2AgQMAQsgBSAJIAMgAiIIEAciBUUNAiABIAU2AgQLIAEgAjYCAAtBgYCAgHghAwsgCyAINgIEIAsgAzYCACAEQRBqJAAgBygCDCECIAogBygCCDYCACAKIAI2AgQgB0EQaiQAIAYoAggiAkGBgICAeEcNASABKAIIBSACCzYCBCAAIAEoAgQ2AgAgBkEQaiQADwsgAiAGKAIMENwBAAtfAQN/IwBBEGsiAyQAIANBCGogAkEBQQEQYiADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtvAQF/IwBBEGsiAyQAAkAgAQRAIANBBGogASACEJ4BIAMoAgRBgICAgHhGBEAgACADKQIINwIEIABBgYCAgHg2AgAMAgsgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQYCAgIB4NgIACyADQRBqJAAL4AEBBH8jAEEwayICJAAgACgCACEAIAIgARANIAItAAAiBEEGRwRAIAIgAikAEDcAKCACIAIpAAk3ACEgAiACKQABNwAZIAIgBDoAGCAAKAIIIgUgACgCAEYEQCMAQRBrIgEkACABQQhqIAAgACgCAEEBQQhBGBArIAEoAggiA0GBgICAeEcEQCADIAEoAgwQ3AEACyABQRBqJAALIAAoAgQgBUEYbGoiASACQRhqIgMpAxA3AxAgASADKQMINwMIIAEgAykDADcDACAAIAVBAWo2AggLIAJBMGokACAEQQZHC1sBA38jAEEQayIBJAAgACgCCCIDIQIDQCABQQhqIAAQlgECQCABLQAIBEAgAS0ACUEwa0H/AXFBCkkNAQsgAUEQaiQAIAIgA0sPCyAAIAJBAWoiAjYCCAwACwALWQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQCA8LQczHwABB/MfAABDeAQALQYzIwABBvMjAABDeAQALYQECfyMAQRBrIgQkACAEQQA2AgwgBCABIARBDGoQcSAEKAIEIQUgACADNgIQIABBADYCDCAAIAM2AgggACACNgIEIAAgBToAGCAAIAE2AgAgACAEKAIMNgIUIARBEGokAAtQAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDELkBIAEgACgCBCAAKAIIahAyIAAgAiADajYCCAu2AgIIfwF+IwBBIGsiAiQAIAJBCGogASgCBCABKAIAa0EDdkEEQQwQYiACQQA2AhwgAiACKQMINwIUIwBBEGsiBiQAIAJBFGoiAyABKAIEIAEoAgBrQQN2ELgBIAMpAgQhCiAGIANBCGo2AgQgBiAKQiCJNwIIIwBBEGsiByQAIAZBBGoiBCgCBCEIIAQoAgAgASgCACIFIAEoAgQiA0cEQCABKAIIIQEgBCgCCCAIQQxsaiEEIAggAyAFa0EDdiIDaiEIA0AgB0EEaiABIAUoAgAgBUEEaigCABAdIAQgBygCDDYCCCAEIAcpAgQ3AgAgBUEIaiEFIARBDGohBCADQQFrIgMNAAsLIAg2AgAgB0EQaiQAIAZBEGokACAAIAIoAhw2AgggACACKQIUNwIAIAJBIGokAAtVAQF/IAJBA3QhAiAAKAIAIQMgACgCBCEAA0ACQCACRQ0AIAAgAUEEaigCAEYEQCABKAIAIAMgABBrRQ0BCyABQQhqIQEgAkEIayECDAELCyACQQBHC34BAn8jAEEQayICJAAgAiAANgIMIAAoAgwgACgCBCIBa0EYbiEAA0AgAARAIABBAWshACABEKEBIAFBGGohAQwBCwsjAEEQayIAJAAgACACQQxqKAIAIgEoAgA2AgwgACABKAIINgIIIABBCGoQhwIgAEEQaiQAIAJBEGokAAt+AQJ/IwBBEGsiAiQAIAIgADYCDCAAKAIMIAAoAgQiAWtBKG4hAANAIAAEQCAAQQFrIQAgARDzASABQShqIQEMAQsLIwBBEGsiACQAIAAgAkEMaigCACIBKAIANgIMIAAgASgCCDYCCCAAQQhqEIgCIABBEGokACACQRBqJAALUgECfyMAQRBrIgIkAAJAIAAEQCAAQQhrIgAoAgAhAyACIAA2AgwgAkEMahDEASABRSADQQFHcQ0BIAJBEGokAA8LEIwCAAtB8InAAEE/EI0CAAtSAQJ/IwBBEGsiAiQAAkAgAARAIABBCGsiACgCACEDIAIgADYCDCACQQxqEMUBIAFFIANBAUdxDQEgAkEQaiQADwsQjAIAC0HwicAAQT8QjQIAC1QBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEDMgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQ2QEiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ3AEAC9IKAgl/A34jAEEgayIGJAAgBiACNgIEIAYgATYCACAGIAA2AhggBiAGQR9qIgA2AhQgBiAANgIQIAYgBkEEajYCDCAGIAY2AggjAEHQAGsiBSQAIAVBIGoiAiAGQQhqIgAoAhAQQyAFQRhqIAAoAgAoAgAgACgCBCgCABCBASAFQQA2AiwgBSAFKAIcIgE2AjQgBSAFKAIYIgA2AjAgBSgCIEUEQCAFQRBqIAVBLGoQigEgBSgCECEBIAUoAhQhACAFQQhqIAIQmgEgBSgCCCICIAEgAhsiAUEBIAEbIAUoAgwgACACG0EAIAEbEI0CAAsgBSAFKAIoNgJAIAUgBSkCICIMNwM4IAUgATYCTCAFIAA2AkgjAEHgAWsiAyQAQQEhCgJAIAynIgcoApgBIgJFDQAgAigCNEUNACACKAIwIgIoAgghCSACKAIEIQoLAkAgBykDAEIDUQRAIANBIGohCCAAIQIjAEFAaiIEJAACQCABQYCAEEsEQEGAgICAeCEBDAELIARCADcCECAEIAE2AgwgBCACNgIIQYCAgIB4IQEgBEGAgICAeDYCHCAEQYCAgIB4NgIoIAQgBEEoaiILNgI4IAQgBEEcajYCNAJAAkAgBEEIaiIAQYiUwABBAiAEQTRqQZiUwAAQhwFFDQAgABCcAUUNACAEKAIcIgBBgICAgHhGBEAgCxDfAQwCCyAEIAQpAiAiDTcCOCAEIAA2AjQgBCgCKCICQYCAgIB4RgRAIARBNGoQ/AEMAgsgBCkCLCEOIAAhAQwCCyAEQShqEN8BIARBHGoQ3wELCyAEQcAANgIQIARB0JLAADYCDCAEQRE2AggCQCABQYCAgIB4RgRAIAQpAwghDCAIQcAANgIIIAggDDcCAAwBCyAEQQhqENsBIAQgATYCNCAEIA03AjggBCACNgIIIAQgDjcCDCAIAn8CQCAJIA1CIIinRw0AIA2nIAogCRBrDQAgDqcgDkIgiKcQBUUEQCAIQZCTwAA2AgQgCEERNgIAQTgMAgsgCEEEaiIAIAQoAhA2AgggACAEKQIINwIAIAhBFTYCACAEQTRqEPwBDAILIAhByJPAADYCBCAIQRE2AgBBMgs2AgggBEEIahD8ASAEQTRqEPwBCyAEQUBrJAAgAygCIEEVRwRAIANBBGogCBCMAQwCCyADIAMoAiw2AhAgAyADKQIkNwIIIANBgICAgHg2AgQMAQsgA0EEakHprMAAQR4QfwsgA0FAayIAIAdBgAH8CgAAIAdBiK3AAEGAAfwKAAAgAyADKAIcNgI4IAMgAykCFDcDMCADIAMpAgw3AyggAyADKQIEIgw3AyAgA0EEaiEBAkACQAJAAkAgDKdBgICAgHhHIglFBEACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQADCyAHEEggB0IENwMAIAdBCGogA0HIAGpB4AD8CgAAIAcgAygCEDYCcCAHIAMpAgg3AmhBACEBQQEhCQwECyADQcgAaiEBCyADIAEoAhg2AtgBIAMgASkCEDcD0AEgAyABKQIINwPIASADIAEpAgA3A8ABIAcgA0HAAWoQQUEBIQEgAygCIEGAgICAeEYNAQwCCyAHEEggByAAQYAB/AoAACADQSBqQQRyEPwBDAILIANBIGpBBHIQ/AELAkACQAJAQQMgAykDQCIMp0ECayAMQgFYGw4CAQIACyAAEEgMAgsgCUUNASADQcgAahDxAQwBCyABRQ0AIANByABqEMoBCyAHKQMAGiADQeABaiQAIAVByABqENcBIAVBOGoQzgEgBUHQAGokACAGQSBqJAALyAMCBH8BfiMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQdAAayIAJAAgAEEgaiIEIANBCGoiASgCEBBDIABBGGogASgCACgCACABKAIEKAIAEIEBIABBADYCLCAAIAAoAhwiAjYCNCAAIAAoAhgiBTYCMCAAKAIgRQRAIABBEGogAEEsahCKASAAKAIQIQIgACgCFCEDIABBCGogBBCaASAAKAIIIgEgAiABGyICQQEgAhsgACgCDCADIAEbQQAgAhsQjQIACyAAIAAoAig2AkAgACAAKQIgIgc3AzggACACNgJMIAAgBTYCSCMAQTBrIgEkAAJAIAenIgYpAwBCAlEEQCABQZSvwABBGBB/DAELIAFBHGoiBAJ/QQcgBSACQY6VwABBERDDAQ0AGkESIAUgAkGflcAAQRQQwwENABpBBiAFIAJBs5XAAEELEMMBDQAaIARBIzYCCCAEQb6VwAA2AgRBEQs2AgAgASAEEKQBCyAGIAEQQSABQTBqJAAgAEHIAGoQ1wEgAEE4ahDOASAAQdAAaiQAIANBIGokAAu3FAIOfwJ+IwBBIGsiByQAIAcgAjYCBCAHIAE2AgAgByAANgIYIAcgB0EfaiIANgIUIAcgADYCECAHIAdBBGo2AgwgByAHNgIIIwBB0ABrIgIkACACQRhqIAdBCGoiACgCEBBDIAJBJGogACgCACgCACAAKAIEKAIAEFECQCACKAIYBEAgAigCJEGBgICAeEcNAQsgAkEQaiACQSRqEJMBIAIoAhAhASACKAIUIQMgAkEIaiACQRhqEJoBIAIoAggiACABIAAbIgFBASABGyACKAIMIAMgABtBACABGxCNAgALIAIgAigCIDYCOCACIAIpAhgiEjcDMCACIAIpAiQ3A0AgAiACKAIsNgJIIwBBEGsiDSQAIA1BCGogAkFAayIPEMkBIA0oAgghAyANKAIMIQgjAEHgAmsiASQAAkAgEqciCSgCmAEiAEUNACAAKAIIDQAgACgCFCEFIAAoAhAhBAsCQAJAAkAgCSkDAEIEUQRAAkAgBCADIAQbIgoEQCABQcABaiEGIAkoAkQhCyAJKAJIIQ4gCS0AZCEMIwBBsAFrIgAkAEGAgICAeCEDAkAgBSAIIAQbIgRBgIAQSw0AIABCADcCeCAAIAQ2AnQgACAKNgJwIABBgICAgHg2AlggACAAQdgAajYCGAJAIABB8ABqIgRByJHAAEEBIABBGGpB0JHAABCHAUUNACAEEJwBRQ0AIAApAlwhESAAKAJYIQMMAQsgAEHYAGoQ4gELIABBKTYCeCAAQfiRwAA2AnQgAEERNgJwAkAgA0GAgICAeEYEQCAAKQJ4IREgBiAAKAKAATYCFCAGIBE3AgwgBkH4kcAANgIIIAZCgoCAgJgCNwIADAELIABB8ABqENsBIAAgAzYCDCAAIBE3AhAgEUIgiKdBGGwhAyARpyEEAkACQAJAAkACQAJAA0AgA0UNASAAIARB9IzAAEEDEHcQciAAIAApAwA3AlggACAONgJ0IAAgCzYCcCADQRhrIQMgBEEYaiEEIABB2ABqIhAgAEHwAGoiBRCgAUUNAAsgACAEQRhrNgIwIAUgAEEwaiIEQaGSwABBAxB8IAAoAnBFDQMgACgCeCEIIAAoAnQhAyAFIARB8YzAAEEDEHwgACgCcEUNAyAAKAJ4IQsgACgCdCEKIAUgBEGkksAAQQMQfCAAKAJwRQ0DIAAoAnghDiAAKAJ0IQQgCgRAIAAgCzYCXCAAIAo2AlggAEEFNgJ0IAAgDBDqATYCcCAQIAUQ3QFFDQQLIAQEQCAAIA42AnQgACAENgJwIABB8ABqQciSwAAQ3QFFDQQLIAAgAEEwaiIENgI0IAxBAkYEQCADRQ0EIAMgCEGnksAAQQIQwwFFDQQgAEHwAGoiAyAEQamSwABBAxB8IAAoAnBFDQQgACAAKQJ0NwJYIABB2ABqIgRBtJLAABCgAUUNBCADIABBNGoiDEG8ksAAEDEgACgCcCIFQYCAgIB4Rg0EIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAMQb2SwAAQMSAAKAJwIgNBgICAgHhGBEAgBBDyAQwFCyAAKQJ0IREgACAAKAKEATYCUCAAIAApAnw3A0ggACAAKQJYNwOQASAAIAAoAmA2ApgBIAAgACgCbCIENgJAIAAgACkCZDcDOAJAAkAgBEEgRgRAIAAoAlAgACAAKAKYATYCfCAAIAApA5ABNwJ0IAAgETcChAEgACADNgKAAUGAgICAeCEDIABBgICAgHg2AnBBIEcNASAAIABB9ABqIgQpAhA3AyggACAEKQIINwMgIAAgBCkCADcDGAwCCyAAIAAoApgBNgJ8IAAgACkDkAE3AnQgACARNwKEASAAIAM2AoABIABBgICAgHg2AnALIABB8ABqELEBQYGAgIB4IQMLDAMLIAMNAQwDCyAGQYGAgIB4NgIAIABBDGoQ/wEMBQsgAyAIQb6SwABBAxDDAUUNASAAQfAAaiIDIABBNGoiBEHBksAAEDEgACgCcCIFQYCAgIB4Rg0BIAAgACgChAE2AmwgACAAKQJ8NwJkIAAgACkCdDcCXCAAIAU2AlggAyAEQcKSwAAQMSAAKAJwIgVBgICAgHhGBEAgAEHYAGoQ8gEMAgsgACkCdCESIAAgACgChAE2AlAgACAAKQJ8NwNIIAAgACkCWDcDoAEgACAAKAJgNgKoASAAIAAoAmwiCDYCQCAAIAApAmQ3AzhBACEDQQAgCEEDdGshBCAAKAI8IQoCfwJAAkADQCADIAhGDQEgAyAKaiILLQAARQRAIARBCGohBCADQQFqIQMMAQsLQQAgCy0AAGdBGGtB/wFxIARqa0GAEEkNACAAKAJQIgRFDQAgACgCTCIILQAAQgAhEUEAIQMDQCADIAhqLQAAIgutQv8BgyARQgiGhCERIAQgA0EBaiIDRw0AC0UNACAAIAw6AIgBIAAgACkDoAE3A3AgACAAKAKoATYCeCAAIBI3A4ABIAAgBTYCfCALQQFxRSAEQQRLIBFCA1Rycg0BIAAgACkCdDcDGCAAIAApAnw3AyAgACAAKQKEATcDKCAAKAJwDAILIAAgDDoAiAEgACAAKQOgATcDcCAAIAAoAqgBNgJ4IAAgEjcDgAEgACAFNgJ8CyAAQfAAahCxAUGBgICAeAshAwsgAEHIAGoQ/AEgAEE4ahD8ASADQYGAgIB4Rg0AIAAgACkDKDcDgAEgACAAKQMgNwN4IAAgACkDGDcDcCAAQQY2AlggA0GCgICAeEYNASAGIAM2AgAgBiAAKQNwNwIEIAYgACkDeDcCDCAGIAApA4ABNwIUIABB2ABqENsBDAILIABBBjYCWAsgBiAAKAJoNgIUIAYgACkCYDcCDCAGIAApAlg3AgQgBkGCgICAeDYCAAsgAEEMahD/AQsgAEGwAWokACABKALAAUGCgICAeEcNASABQQRqIAFBxAFqEIwBDAQLIAFBBGpBiK7AAEEhEH8MAwsgASABKALYATYCHCABIAEpAtABNwIUIAEgASkCyAE3AgwgASABKQLAASIRNwIEIBGnQYGAgIB4Rg0DIAEgAUEEaiIAKAIYNgI4IAEgACkCEDcDMCABIAApAgg3AyggASAAKQIANwMgIAFBQGsgCUGAAfwKAAAgCUGIrcAAQYAB/AoAACABKQNAQgRSDQEgAUHAAWoiAyABQcgAakHgAPwKAAAgASAAKAIYNgK4AiABIAApAhA3A7ACIAEgACkCCDcDqAIgASAAKQIANwOgAiAJEEggCSADQYAB/AoAACABQagBahDfAQwDCyABQQRqQamuwABBHhB/DAELIAFBQGsQSCABQSBqELEBDAELIAEgASgCHDYC2AIgASABKQIUNwPQAiABIAEpAgw3A8gCIAEgASkCBDcDwAIgCSABQcACahBBCyABQeACaiQAIA8Q3wEgDUEQaiQAIAJBMGoQzgEgAkHQAGokACAHQSBqJAAL4QECBH8BfiMAQRBrIgUkACMAQRBrIgYkACAFQQRqIgQCfwJAAkACQCADrSABrX4iCEIgiKcNACAIpyIDQYCAgIB4IAJrSw0AIAMNASAEIAI2AgggBEEANgIEQQAMAwsgBEEANgIEDAELIAZBCGogAiADEJgBIAYoAggiBwRAIAQgBzYCCCAEIAE2AgRBAAwCCyAEIAM2AgggBCACNgIEC0EBCzYCACAGQRBqJAAgBSgCCCEBIAUoAgRBAUYEQCABIAUoAgwQ3AEACyAAIAUoAgw2AgQgACABNgIAIAVBEGokAAtUAQF/IwBBEGsiAiQAIAJBCGogARA/AkAgAi0ACEUEQCAAQYCAgIB4NgIADAELIAItAAlBIkYEQCAAIAEQCgwBCyAAQYCAgIB4NgIACyACQRBqJAALowEBA38jAEEQayICJAAgAkEANgIMIAJCgICAgBA3AgQgAkEEaiIDEO8BIgRB3Y/AAEEGEOEBIAEzARgQogFB0o/AAEEHEOEBIAEoAgQgASgCCBBnQdmPwABBBBDhASABKAIQIAEoAhQQ6AEaIAQQ/gEaIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEANgIMIAJCgICAgBA3AgQgAxD8ASACQRBqJAALUQEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgIAFhDcDGCADIANBDGqtQoCAgICABYQ3AxBBqIDAACADQRBqIAIQiAEAC1UBAX8gAEEEaiEDIAACfyABKAIAQYCAgIB4RwRAIAMgASgCCDYCCCADIAEpAgA3AgAgAhDgAUEADAELIAMgAigCCDYCCCADIAIpAgA3AgBBAQs2AgALUAAgAkEUbCECIAAQ8AEhAANAIAIEQCAAEPABIAEoAgAgASgCBBDoASABKAIMIAEoAhAQ6AEQgQIaIAJBFGshAiABQRRqIQEMAQsLIAAQgQILwAICB38CfiMAQRBrIgMkACADQQRqIQQjAEEwayICJAAgASIFKAIEIQEgBSgCDCEHA0ACQAJAAkAgASAHRwRAIAUgAUEYaiIINgIEIAIgASkDEDcDGCACIAEpAwg3AxAgAiABKQMANwMIIwBBIGsiASQAIAEgAkEIaiIGKQMIIgk3AxAgASAGKQMQNwMYIAEgBikDACIKNwMIIAJBJGogCadBACAKp0H/AXFBA0YbIAEoAhQQ0QEgAUEIahChASABQSBqJAAgAigCJCIBQYCAgIB4Rg0CIAQgAikCKDcCBCAEIAE2AgAMAQsgBEGAgICAeDYCAAsgAkEwaiQADAELIAghAQwBCwsCQCADKAIEQYCAgIB4RwRAIAAgAygCDDYCCCAAIAMpAgQ3AgAMAQsgAEGAgICAeDYCAAsgA0EQaiQAC0QBAX8jAEEQayICJAAgAkEIaiAAEJYBIAItAAggAi0ACSABQf8BcUZxIgEEQCAAIAAoAghBAWo2AggLIAJBEGokACABC0gBAn8jAEEQayICJAAgACABKAIAQYCAgIB4RwR/IAJBCGogARCFASACKAIMIQMgAigCCAVBAAs2AgAgACADNgIEIAJBEGokAAtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC0oBA38jAEEQayICJAAgAkEIaiABEJYBIAItAAgiAwRAIAItAAkhBCABIAEoAghBAWo2AggLIAAgBDoAASAAIAM6AAAgAkEQaiQAC8YBAgV/AX4jAEEQayIEJAAgACACIAFrQRRuIgYQtgEgACkCBCEIIAQgAEEIajYCBCAEIAhCIIk3AggjAEEgayIAJAAgBEEEaiIDKAIEIQUgAygCACABIAJHBEAgAygCCCAFQRRsaiEDIAUgBiICaiEFA0AgAEEMaiABENUBIAMgACgCHDYCECADIAApAhQ3AgggAyAAKQIMNwIAIANBFGohAyABQRRqIQEgAkEBayICDQALCyAFNgIAIABBIGokACAEQRBqJAALPgECfyMAQRBrIgMkACACIAFBAWtLBEAgAyAANgIIIAMgACABajYCDCADQQhqEHZBAXMhBAsgA0EQaiQAIAQLSQEBfyMAQSBrIgQkACAEQQA2AhwgBEEQaiADIARBHGoQcSAEQQhqIAQoAhAgBCgCFCABIAIQrwEgACAEKQMINwMAIARBIGokAAtOAQJ+AkAgAS0AAEECRw0AAkACQAJAIAEoAghBAWsOAgEDAAsgASkDECIDQgBZDQEMAgsgASkDECEDCyAAIAM3AwhCASECCyAAIAI3AwALOQAgASACEDIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGws2AgQgACACNgIAC0IBAn8jAEEQayICJAAgAQR/IAJBCGogARDIASACKAIMIQMgAigCCAVBAAshASAAIAM2AgQgACABNgIAIAJBEGokAAtBAQN/AkAgACgCCCIEIAJqIgUgBEkNACAFIAAoAgRLDQAgACgCACAEaiABIAIQ9wFFDQAgACAFNgIIQQEhAwsgAwtBAQF/AkAgACgCCCIBRQ0AIAAoAgQgAWpBAWsiAUUNACABLQAAIgFBOkYgAUHbAEZyIAFB+wBGcg0AIABBLBBWCws/AQF/IwBBEGsiAyQAIANBBGogACABIAIQegJAIAMoAghFDQAgAygCDCIARQ0AIAMoAgQgABBUCyADQRBqJAALQgEDfyAAKAIAIQIgACgCBCEDA0AgAyACIgFHBEAgACABQQFqIgI2AgAgAS0AAEE6a0H/AXFB9QFLDQELCyABIANHCzgBAX8jAEEQayIDJAAgA0EIaiAAEMcBIAMoAggiAAR/IAAgAygCDCABIAIQRgVBAAsgA0EQaiQAC0QBAX8jAEEQayIBJAAgAUEIaiAAIAAoAgBBAUEEQRgQKyABKAIIIgBBgYCAgHhHBEAgACABKAIMENwBAAsgAUEQaiQACzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACENkBIgFFDQELIAEPCwALQAEDf0EEIQUCQCADRQ0AIAEoAgAiBkUNACAAIAI2AgQgACABKAIENgIAIAMgBmwhBEEIIQULIAAgBWogBDYCAAtDAQF/IwBBEGsiBCQAIARBCGogASgCACABKAIEIAIgAxBGEHIgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQAC0wAAkACQAJAAkAgASgCACACIAMQdyICRQ0AQQAhASACLQAADgQAAwMBAwsgAEEANgIEDAELIAAgAikDCDcCBAtBASEBCyAAIAE2AgALQQEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBArIAUoAggiAEGBgICAeEcEQCAAIAUoAgwQ3AEACyAFQRBqJAALPAEBfyAAIAIQuQEgACgCCCEDIAAgAgR/IAIEQCAAKAIEIANqIAEgAvwKAAALIAAoAggFIAMLIAJqNgIIC0EBAn8jAEEgayIDJAAgA0EIaiIEIAEgAhBQIANB9AM7ARwgA0EONgIYIANBwbLAADYCFCAAIAQQjgEgA0EgaiQACzYBAn8gAC0AACEDA0AgAiIABEAgAEEBayECIAEtAAAhBCABQQFqIQEgAyAERw0BCwsgAEEARws/AQF/IwBBIGsiAyQAIAMgAjYCHCADIAE2AhggAyACNgIUIANBCGogA0EUahBPIAAgAykDCDcDACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBDZASIBRQRAQQRBCBCPAgALIAEgAjYCBCABIAM2AgAgAEHMyMAANgIEIAAgATYCAAs2AQF/IAAgAUHBAGtBX3FBCmogAUEwayIDIAJBCksbIAMgAUE5SxsiATYCBCAAIAEgAkk2AgALOwEBfyMAQRBrIgMkACADQQhqIAEgAhAfIAMgAygCCCADKAIMEDQgACADKAIAIAMoAgQQUCADQRBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahCUASAAIAIpAwg3AwAgAkEgaiQACzYAAkAgA2lBAUcNACADQQAgAUGAgICAeCADa00bIgNFDQAgACABIAMgAhAHIgBFDQAgAA8LAAs7AQF/IwBBEGsiBSQAIAUgBDYCDCAFIAM2AgggBSACNgIEIAUgATYCACAAIAVB/JDAABAPIAVBEGokAAveAQIBfwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgAEH0xsAAIAEoAgQgASgCCCIALQAIIAAtAAkQLQALIABBgICAgHg2AgAgACABNgIMIABBkMfAACABKAIEIAEoAggiAC0ACCAALQAJEC0ACzQBAn8jAEEQayIBJAAgAUEIaiAAECQgASgCCCEAIAEoAgwgAUEQaiQAQYCAxAAgAEEBcRsLOgEBfwJ/IAEoAgBBAUYEQCABKAIIIQIgASgCBAwBCyABQQRqENcBQQALIQEgACACNgIEIAAgATYCAAs5ACACIANJBEBBjMTAAEETIAQQiAEACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLPAEBfyMAQSBrIgIkACACIAEoAhA2AhggAiABKQIINwMQIAIgASkCADcDCCAAIAJBCGoQpAEgAkEgaiQACzgCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEGIgAikDCCEDIABBADYCCCAAIAM3AgAgAkEQaiQAC8gBAQV/IwBBEGsiBCQAIAEvARQhBiMAQRBrIgIkACACQQA2AgwgAkKAgICAEDcCBCAEQQRqIgUgAkEEahDvAUH/j8AAQQUQ4QEgASgCDCABKAIQEOgBQYSQwABBBxDhASABKAIEIAEoAggQ6AFBi5DAAEEKEOEBIAEzARQQogEQ/gEiAygCCDYCCCAFIAMpAgA3AgAgA0EANgIAIAJBADYCDCACQQE2AgggAxD8ASACQRBqJAAgACAGIAUQSyABEPwBIARBEGokAAuPAQEFfyMAQRBrIgMkACADQQhqIQUjAEEQayICJAADQAJAIAJBCGogARAlIAIoAggiBEUEQEEAIQQMAQsgAiAEIAIoAgwQHyACKAIEIgZFIAIoAgAiBEVyDQELCyAFIAY2AgQgBSAENgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALNgEBfyAAKAIIIQEgAEEANgIIIAAoAgQhAANAIAEEQCABQQFrIQEgABD8ASAAQRBqIQAMAQsLCz8AIAAoAgBBgICAgHhHBEAgASAAKAIEIAAoAggQ5wEPCyABKAIAIAEoAgQgACgCDCgCACIAKAIAIAAoAgQQCws4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEEAEUNAEEBDwsgA0UEQEEADwsgACADQQAgASgCDBECAAs7AQF/An8gASgCAEGBgICAeEYEQCABKAIIIQIgASgCBAwBCyABEN8BQQALIQEgACACNgIEIAAgATYCAAs1AQF/IwBBEGsiAiQAIAJBCGogARBPIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAsxACMAQRBrIgIkACAAKAIAIgAQkAEgAiAANgIMIAEgAkEMakG8qsAAECwgAkEQaiQACzMBA38gACABKAIIIgIgASgCBCIDSQR/IAEoAgAgAmotAAAFQQALOgABIAAgAiADSToAAAtsAQJ/IAEtAIMBQQFGBEBBACEBIAIgA0GojcAAQQMQzAEEfwNAIAEgA0cEQCABIAJqIQUgAUEBaiEBIAQgBS0AAEEuRmohBAwBCwsgBEECRgVBAAtBAXMhBAsgAEEEaiACIAMQUCAAIAQ2AgALHgAgAgRAIAIgARDZASEBCyAAIAI2AgQgACABNgIACy4AIAFBwABNBEAgAEHAACABazYCBCAAIAEgAmo2AgAPCyABQcAAQcAAIAMQFwALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDOAUEACyEBIAAgAjYCBCAAIAE2AgALNQEBfwJ/IAEoAgBFBEAgASgCCCECIAEoAgQMAQsgARDPAUEACyEBIAAgAjYCBCAAIAE2AgALKAEBfyMAQRBrIgEkACABQQhqIAAQPyABLQAIIAFBEGokAEF/c0EBcQsrAQF/IwBBEGsiBCQAIAQgACgCADYCDCAEQQxqIAEgAiADEC4gBEEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAIQgQEgAygCCCEBIAAgAygCDCICNgIIIAAgATYCBCAAIAI2AgAgA0EQaiQAC4ACAQd/IAAoAggiBiAAKAIARgRAIwBBEGsiBCQAIARBBGohBSAAKAIAIgIhAyAAKAIEIQcCf0EIIAJBAXQiAiACQQhNGyIIIgJBAEgEQEEBIQNBACECQQQMAQsCfwJAAn8gAwRAIAcgA0EBIAIQBwwBCyACRQRAQQEhAwwCCyACQQEQ2QELIgMNACAFQQE2AgRBAQwBCyAFIAM2AgRBAAshA0EICyAFaiACNgIAIAUgAzYCACAEKAIEQQFGBEAgBCgCCCAEKAIMENwBAAsgBCgCCCECIAAgCDYCACAAIAI2AgQgBEEQaiQACyAAKAIEIAZqIAE6AAAgACAGQQFqNgIICyoBA38gACgCACICIAEoAgAiA3JFIQQgAkUgA0VyBH8gBAUgACABEN0BCws1AAJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahD9AQsPCyAAQQRqEPwBDwsgAEEEahD/AQvJAQIDfwF+IAAQdCABQgBTBEAgAEEtEFYLIAEgAUI/hyIFhSAFfSEBIwBBIGsiAyQAIANBADYCGCADQgA3AxAgA0IANwMIQRMhAgJAAkADQCACQRNLDQEgA0EIaiACaiABIAFCCoAiBUIKfn2nQTByOgAAIAJBAWshAiABQglWIAUhAQ0ACyACQRNrIQIgA0EcaiEEA0AgAgRAIAAgAiAEai0AABBWIAJBAWohAgwBCwsgA0EgaiQADAELQX9BFEGQkcAAEGUACyAACysBAn8gASgCBCIDIAAoAgAiACgCCEYEfyAAKAIEIAEoAgAgAxBrBUEBC0ULhgkBDH8jAEEgayIMJAAgDEEIaiELIwBBIGsiByQAQeGVwAAhBEHVACECQQEhDUGQAyEFQbaWwAAhA0ESIQggASgCACIGIQlBASEKAkACQAJAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAZBAWsOFAABAgMEBQYHCAoLDA0ODxAREhMUHQsgASgCCCECIAEoAgQhBEEAIQZByJbAACEDDBoLQdyWwAAhBEEmIQJBACEGQYKXwAAhAwwZC0GWl8AAIQRBKiECQQAhBkGVAyEFQcCXwAAhAwwZC0HSl8AAIQRBLCECQQAhBkGTAyEFQf6XwAAhAwwYCyAHIAEoAggiCiABKAIMIglqNgIMIAcgCjYCCEEAIQYgB0EANgIQIAdBCGohBUEAIQJBICEDIwBBEGsiBCQAA0ACQCAEQQhqIAUQSSAEKAIMQYCAxABGBEAgAyECDAELIANBAWsiAw0BCwsgBEEQaiQAIAINFSAHIAUQSSAHKAIEQYCAxABGDRUCQCAHKAIAIgJFDQAgAiAJTwRAIAIgCUYNAQwVCyACIApqLAAAQUBIDRQLIAoMFAtB4ZjAACEEQTohAkEAIQZBkQMhBUGzlcAAIQNBCyEIDBYLQZuZwAAhBEEjIQJBACEGQZEDIQVBjpXAACEDQREhCAwVCyABKAIIIQJBACEGQZEDIQVBvpnAACEDIAEoAgQMAQtBHiECQQAhBkGRAyEFQemZwAAhA0HLmcAACyEEQQ0hCAwSC0H2mcAAIQRBOyECQQAhBkGRAyEFQbGawAAhA0ETIQgMEQtBxJrAACEEQSohAkEAIQZBkQMhBUHumsAAIQMMCwtB/JrAACEEQTshAkEAIQZBkQMhBUG3m8AAIQNBECEIDA8LQcebwAAhBEEeIQJBACEGQZEDIQVB5ZvAACEDDAgLQfSbwAAhBEEgIQJBACEGQZEDIQVBlJzAACEDDAcLQaOcwAAhBEEsIQJBACEGQZEDIQVBz5zAACEDDAYLQd6cwAAhBEE3IQJBACEGQZMDIQVBlZ3AACEDQRUhCAwLCyABKAIIIQIgASgCBCEEQQAhBkH2AyEFQaqdwAAhAwwFC0G4ncAAIQRBKiECQQAhBkH3AyEFQZ+VwAAhAwwICyABKAIIIQIgASgCBCEEQQshCUEAIQZB9AMhBUHtncAAIQNB4p3AAAwBCyABKAIQIQYgASgCDCENIAEoAgghAiABKAIEIQRBDSEJQfQDIQVBiJ7AACEDQfudwAALIQpBDiEIDAcLQQ8hCAwFC0EOIQgMBAtBAAshAyACIAkgAxshCSADIAogAxshCgtBkJjAACEEQTwhAkGRAyEFQcyYwAAhA0EVIQgMAgtBFCEIC0EAIQkLIAcgBjYCHCAHIA02AhggByAJNgIUIAcgCjYCECAHIAI2AgwgByAENgIIIAsgB0EIakEDEAQgCyAFOwEUIAsgCDYCECALIAM2AgwgB0EgaiQAIAAgCxCOASABENsBIAxBIGokAAu8AgEHfyMAQTBrIgckACAHQQhqIgMgASACQSwQxgEjAEHQAGsiASQAIAFBEGogAxCPAQJAIAEoAhAiBARAIAEoAhQhBSABQQhqQQRBBEEIEGIgASgCCCEGIAEoAgwiAiAFNgIEIAIgBDYCACABQQE2AiQgASACNgIgIAEgBjYCHCABQShqIgUgA0Eo/AoAACABQRxqIQIjAEEQayIDJAADQAJAIANBCGogBRCPASADKAIIIgZFDQAgAygCDCEIIAIoAggiBCACKAIARgRAIAJBARC3AQsgAigCBCAEQQN0aiIJIAg2AgQgCSAGNgIAIAIgBEEBajYCCAwBCwsgA0EQaiQAIAAgASgCJDYCCCAAIAEpAhw3AgAMAQsgAEEANgIIIABCgICAgMAANwIACyABQdAAaiQAIAdBMGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBMIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhAiIANBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhA3IANBEGokAAsnACMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABIAIQRyACQRBqJAALKAAjAEEQayICJAAgAiAAKAIANgIMIAJBDGogASACEJUBIAJBEGokAAspAQF/IwBBEGsiAyQAIAMgACkCADcCCCADQQhqIAEgAhBAIANBEGokAAsnAQF/IwBBEGsiAiQAIAIgACgCADYCDCACQQxqIAEQUiACQRBqJAALJwEBfyMAQRBrIgIkACACIAAoAgA2AgwgAkEMaiABECggAkEQaiQACyYBAn8gACgCCCIDIAEoAgRGBH8gACgCBCABKAIAIAMQawVBAQtFCygAIAMgBCABIAIQzAEhASAAIAQgAms2AgQgACACIANqQQAgARs2AgALZwAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgICABYQ3AxggACAAQQhqrUKAgICAgAWENwMQQbaHwAAgAEEQaiAEEIgBAAsqAQF/IABBBEEAIAAoAgBBgICAgHhGIgEbahD8ASAAQRBBDCABG2oQ/AELIwAgASADSwRAQQAgASADIAQQFwALIAAgATYCBCAAIAI2AgALlQQBCX8jAEEQayIIJAAjAEEwayICJAAgAiABNgIMIAIgADYCCCACIAJBL2oiADYCKCACIAA2AiQgAiACQQxqNgIgIAIgAkEIajYCHCMAQRBrIgQkACAEIAJBHGoiACgCACgCACAAKAIEKAIAEIEBIAQoAgAhACAEIAQoAgQiAzYCDCAEIAA2AgggAkEQaiEFIwBBEGsiBiQAIwBBEGsiASQAIAEgAzYCDCABIAA2AghB1HQhAAJ/A0BBACAARQ0BGiAAQbzEwABqIABBhAFqIQAgAUEIahDdAUUNAAsgAEH4wsAAagshByABQRBqJAACQAJAIAdFDQAgBkEEaiEKIwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIAcoAkgiACAHKAJMQQN0aiEHA0ACQCAARSAAIAdGcgR/IAlBKEYNASAJQbCmwABqIQAgCUEIaiEJQQAFIABBCGoLIAMoAgwEQCADQQRqQSwQVgsgA0EEaiAAKAIAIAAoAgQQfiEADAELCyAKIAMoAgw2AgggCiADKQIENwIAIANBEGokACAGKAIEQYCAgIB4Rg0AIAUgBigCDDYCCCAFIAYpAgQ3AgAMAQsgBUEANgIIIAVCgICAgBA3AgALIAZBEGokACAEQQhqENcBIARBEGokACACIAUQhQEgCCACKQMANwIAIAJBMGokACAIKAIAIAgoAgQgCEEQaiQAC08BAn8jAEEQayIBJAAgASAANgIMIwBBEGsiACQAIAAgAUEMaigCACICKAIANgIMIAAgAigCCDYCCCAAQQhqEIMCIABBEGokACABQRBqJAALJgAgACgCAEGAgICAeEcEQCAAEPwBIABBGGoQ3wEgAEEMahD8AQsLDQAgACABQRRBBBCTAgsNACAAIAFBCEEEEJMCCw0AIAAgAUEMQQQQkwILDQAgACABQQFBARCTAguXAgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBiMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKAKYASIFRQ0AIAIpAwBCA1INACAFKAIIQQJHDQAgBSgCFCECIAUoAhAhBwsgCCACNgIEIAggBzYCACAGIAAoAgggACgCDBDRASAAQRBqJAAgAUEgahDPASABQTBqJAAgBEEIaiAGEGogAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC4ICAgZ/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiEFIwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEI0CAAsgASABKAIcNgIoIAEgASkCFCIHNwMgIwBBEGsiACQAIABBCGoiBiAHpyICKAJMNgIEIAYgAigCSEEAIAIpAwBCAlQbNgIAIAUgACgCCCICQQEgAhsgACgCDEEAIAIbEFAgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBRCUASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAALygMCB38BfiMAQRBrIgUkACMAQSBrIgYkACAGQRRqIQMjAEEwayICJAAgAkEUaiIBIAAQPCACKAIURQRAIAJBCGogARCbASACKAIIIgBBASAAGyACKAIMQQAgABsQjQIACyACIAIoAhw2AiggAiACKQIUIgg3AyAjAEEQayIEJAACQAJAIAinIgEpAwBCBlINACMAQRBrIgAkACAAQQA2AgwgAEKAgICAEDcCBCAAQQRqIgcQ7wFByY/AAEEDEOEBIAFBCGoiASgCBCABKAIIEOgBQcyPwABBBhDhASABKAIkIAEoAigQ6AFB0o/AAEEHEOEBIAEoAhAgASgCFBBnQdmPwABBBBDhASABKAIcIAEoAiAQ6AEQ/gEaIARBBGoiASAAKAIMNgIIIAEgACkCBDcCACAAQQA2AgwgAEKAgICAEDcCBCAHEPwBIABBEGokACAEKAIEQYCAgIB4Rg0AIAMgBCgCDDYCCCADIAQpAgQ3AgAMAQsgA0EANgIIIANCgICAgBA3AgALIARBEGokACACQSBqEM8BIAJBMGokACAGQQhqIAMQhQEgBSAGKQMINwIAIAZBIGokACAFKAIAIAUoAgQgBUEQaiQAC6oCAgV/AX4jAEEQayIDJAAjAEEgayIEJAAgBEEUaiECIwBBMGsiASQAIAFBFGoiBSAAEDwgASgCFEUEQCABQQhqIAUQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEI0CAAsgASABKAIcNgIoIAEgASkCFCIGNwMgIwBBEGsiACQAAkACQCAGpyIFKQMAQgFWDQAgAEEEakECIAUtAHggBSgCYEGAgICAeEYbEOoBQQUQUCAAKAIEQYCAgIB4Rg0AIAIgACgCDDYCCCACIAApAgQ3AgAMAQsgAkEANgIIIAJCgICAgBA3AgALIABBEGokACABQSBqEM8BIAFBMGokACAEQQhqIAIQhQEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQAC8gEAgl/AX4jAEEQayIFJAAjAEEgayIGJAAgBkEUaiEDIwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEI0CAAsgASABKAIcNgIoIAEgASkCFCIKNwMgIwBBEGsiBCQAAkACQCAKpyIAKQMAQgFWDQAgBEEEaiEIIwBBEGsiAiQAIAJBADYCDCACQoCAgIAQNwIEIABB4ABqIgAoAgAhCSACQQRqEO8BQaGSwABBAxDhASEHAkAgCUGAgICAeEYEQCAHQaeSwABBAhDoAUGpksAAQQMQ4QFBrJLAAEEFEOgBQbySwABBARDhASAAKAIIIAAoAgwQ6AFBvZLAAEEBEOEBIAAoAhQgACgCGBDoARoMAQsgB0G+ksAAQQMQ6AFBwZLAAEEBEOEBIAAoAgQgACgCCBDoAUHCksAAQQEQ4QEgACgCECAAKAIUEOgBQfGMwABBAxDhASAALQAYEOoBQQUQ6AEaCyAIIAdBrJTAAEEDEOEBQQEQ2gEQ/gEiACgCCDYCCCAIIAApAgA3AgAgAEEANgIAIAJBADYCDCACQQE2AgggABD8ASACQRBqJAAgBCgCBEGAgICAeEYNACADIAQoAgw2AgggAyAEKQIENwIADAELIANBADYCCCADQoCAgIAQNwIACyAEQRBqJAAgAUEgahDPASABQTBqJAAgBkEIaiADEIUBIAUgBikDCDcCACAGQSBqJAAgBSgCACAFKAIEIAVBEGokAAv4AQIFfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiBjcDICMAQSBrIgAkAAJAIAanIgIpAwBCAlEEQCAFIAJBCGoQZAwBCyAAQQRqIgJBoJHAAEEMEH8gBSACEGQgAhDxAQsgAEEgaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBRCFASADIAQpAwg3AgAgBEEgaiQAIAMoAgAgAygCBCADQRBqJAAL3gECBX8BfiMAQRBrIgIkACMAQSBrIgMkACADQRRqIQQjAEEwayIBJAAgAUEUaiIFIAAQPCABKAIURQRAIAFBCGogBRCbASABKAIIIgBBASAAGyABKAIMQQAgABsQjQIACyABIAEoAhw2AiggASABKQIUIgY3AyAjAEEQayIAJAAgAEEIaiAGp0GMAWoQyQEgBCAAKAIIIAAoAgwQ0QEgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIANBCGogBBBqIAIgAykDCDcCACADQSBqJAAgAigCACACKAIEIAJBEGokAAu2AgIIfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohByMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiCTcDICMAQRBrIgAkACAAQQhqIQgCQCAJpyICKQMAQgRSDQAgAigCaEGAgICAeEcEQCACKAJwIQYgAigCbCEFDAELIAIoApgBIgJFDQAgAigCCEEBRw0AIAIoAhQhBiACKAIQIQULIAggBjYCBCAIIAU2AgAgByAAKAIIIAAoAgwQ0QEgAEEQaiQAIAFBIGoQzwEgAUEwaiQAIARBCGogBxBqIAMgBCkDCDcCACAEQSBqJAAgAygCACADKAIEIANBEGokAAuCAgIGfwF+IwBBEGsiAyQAIwBBIGsiBCQAIARBFGohBSMAQTBrIgEkACABQRRqIgIgABA8IAEoAhRFBEAgAUEIaiACEJsBIAEoAggiAEEBIAAbIAEoAgxBACAAGxCNAgALIAEgASgCHDYCKCABIAEpAhQiBzcDICMAQRBrIgAkACAAQQhqIgYgB6ciAigCWDYCBCAGIAIoAlRBACACKQMAQgJUGzYCACAFIAAoAggiAkEBIAIbIAAoAgxBACACGxBQIABBEGokACABQSBqEM8BIAFBMGokACAEQQhqIAUQlAEgAyAEKQMINwIAIARBIGokACADKAIAIAMoAgQgA0EQaiQACxgBAX8gASADRgR/IAAgAiABEGsFQQELRQuVAQECfyAAKAIAIgEgASgCAEEBayIBNgIAIAFFBEAjAEEQayIBJAAgASAAQQRqNgIMIAEgACgCACIANgIIAkAgAEEMaiIAKAIAQYCAgIB4RgRAIABBBGoQywEMAQsgABDxAQsCQCABQQhqKAIAIgBBf0YNACAAIAAoAgRBAWsiAjYCBCACDQAgAEEoEFQLIAFBEGokAAsLnQEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQRBqIgAoApgBBEAgAEGYAWoQywELIABBgAFqEIsCIAAQSCAAQYwBahDfAQJAIAFBCGooAgAiAEF/Rg0AIAAgACgCBEEBayICNgIEIAINACAAQbABEFQLIAFBEGokAAsLIQAgACADIAEgAhBVIABBATsBJCAAIAI2AiAgAEEANgIcCyEAIAAgASgCDDYCBCAAIAEoAghBACABLQAAQQVGGzYCAAshACAAIAEoAgw2AgQgACABKAIIQQAgAS0AAEEDRhs2AgALJQAgACABKAIINgIEIAAgASgCBEEAIAEoAgBBgICAgHhHGzYCAAshACAAQThqEPwBIABBxABqEPwBIABB0ABqEPwBIAAQ0wELqwEBAn8gACgCACIBIAEoAgBBAWsiATYCACABRQRAIwBBEGsiASQAIAEgAEEEajYCDCABIAAoAgAiADYCCCAAQSBqEPwBIABBLGoQgAIgAEE4ahCAAiAAQQxqEPwBIABB0ABqEOMBIABB3ABqELUBIABBxABqEIQCAkAgAUEIaigCACIAQX9GDQAgACAAKAIEQQFrIgI2AgQgAg0AIABBiAEQVAsgAUEQaiQACwsYAQF/IAEgA08EfyACIAAgAxBrBUEBC0ULGwEBfyABIAAQ2QEiAkUEQCAAIAEQjwIACyACCx4BAX8gACgCBCIBIAEoAgBBAWo2AgAgAEEIahDFAQseAQF/IAAoAgQiASABKAIAQQFrNgIAIABBCGoQxQELHgEBfyAAKAIEIgEgASgCAEEBazYCACAAQQhqEMQBCxsAIAEEQCAAIAEgAhBQDwsgAEGAgICAeDYCAAseACAAKAIAQYCAgIB4RwRAIAAQ/AEgAEEMahDfAQsLGgAgAEEQahD8ASAAQShqEN8BIABBHGoQggILAwAACxgAIAAgASkCADcCACAAQQhqIAFBCGoQXgsYACAAIAApAyAgAq18NwMgIAAgASACEAMLFwEBfyAAKAIEIgEEQCAAKAIAIAEQVAsLHAAgACgCACAAKAIEIAEoAgAgASgCBBDDAUEBcwsVACABQQlPBEAgASAAEBIPCyAAEAILGwAgAEG7kMAAQb+QwAAgARtBBEEFIAEbEOkBCxUAIAAoAgBBBUYEQCAAQQRqEPwBCwsfACAABEAgACABEI8CAAtB7MjAAEEjQYDJwAAQiAEACxkAIAAoAgAgACgCBCABKAIAIAEoAgQQwwELDQAgAEHdACABEIgBAAsWACAAKAIAQYCAgIB4RwRAIAAQ/AELCxIAIAAoAgBBAE4EQCAAEPwBCwsTACAAIAEgAhDoASIAQToQViAACxYAIAAoAgBBgICAgHhHBEAgABD/AQsLFgAgACgCAEGAgICAeEcEQCAAEIACCwsNACABBEAgACABEFQLCxwAIABBxMfAACkCADcCCCAAQbzHwAApAgA3AgALHAAgAEG0x8AAKQIANwIIIABBrMfAACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQIAC50CAQF/IAAQdCMAQRBrIgMkACAAQSIQViADIAE2AgggAyABIAJqNgIMA0ACQAJAAkACQAJAAkACQAJAAkACQAJAIANBCGoQiQEiAUEIaw4GBAUGAQcIAAsgAUEiRg0BIAFB3ABGDQIgAUGAgMQARg0JCyABQSBJDQcgACABEFYMCQsgAEGVkMAAQQIQfgwICyAAQZeQwABBAhB+DAcLIABBmZDAAEECEH4MBgsgAEGbkMAAQQIQfgwFCyAAQZ2QwABBAhB+DAQLIABBn5DAAEECEH4MAwsgAEGhkMAAQQIQfgwCCyAAQaOQwABBBBB+IAAgAUEEdi0Ap5BAEFYgACABQQ9xLQCnkEAQVgwBCwsgAEEiEFYgA0EQaiQAIAALEAAgABB0IAAgASACEH4gAAsQACAAQf8BcUECdCgC8MVACxAAIAAoAgAoAgAgAUEBEAMLDQAgACABIAIgAWsQfgsRACAAIAEgAkHZi8AAQQAQGQsRACAAKAIAKAIAIAEgAhDWAQsPACAAEHQgAEH7ABBWIAALDwAgABB0IABB2wAQViAACw8AIAAQiwIgAEEMahD8AQsPACAAEPwBIABBDGoQ/AELDwAgABD8ASAAQRBqEKEBCxMAIABBzMjAADYCBCAAIAE2AgALEQAgASAAKAIAIAAoAgQQ5wELkwsBDH8gACgCACEHIAAoAgQhBkEAIQACQAJAIAEiCCgCCCIMQYCAgMABcUUNAAJAAkACQAJAIAxBgICAgAFxBEAgAS8BDiIBDQFBACEGDAILIAZBEE8EQAJ/AkACQCAGIAdBA2pBfHEiASAHayIJSQ0AIAYgCWsiC0ECdiIKRQ0AIAEgB0cEQCAHIAFrIgRBfE0EQANAIAAgAiAHaiIBLAAAQb9/SmogAUEBaiwAAEG/f0pqIAFBAmosAABBv39KaiABQQNqLAAAQb9/SmohACACQQRqIgINAAsLIAIgB2ohBQNAIAAgBSwAAEG/f0pqIQAgBUEBaiEFIARBAWoiBA0ACwsgByAJaiEEAkAgC0EDcSIBRQ0AIAQgC0H8////B3FqIgIsAABBv39KIQMgAUEBRg0AIAMgAiwAAUG/f0pqIQMgAUECRg0AIAMgAiwAAkG/f0pqIQMLIAAgA2ohAgNAIAQhASAKRQ0CQcABIAogCkHAAU8bIgNBA3EhCQJAIANBAnQiBEHwB3EiAEUEQEEAIQUMAQsgACABaiELQQAhBSABIQADQCAFIAAoAgAiDUF/c0EHdiANQQZ2ckGBgoQIcWogAEEEaigCACIFQX9zQQd2IAVBBnZyQYGChAhxaiAAQQhqKAIAIgVBf3NBB3YgBUEGdnJBgYKECHFqIABBDGooAgAiBUF/c0EHdiAFQQZ2ckGBgoQIcWohBSAAQRBqIgAgC0cNAAsLIAogA2shCiABIARqIQQgBUEIdkH/gfwHcSAFQf+B/AdxakGBgARsQRB2IAJqIQIgCUUNAAsCfyABIANB/AFxQQJ0aiIAKAIAIgFBf3NBB3YgAUEGdnJBgYKECHEiASAJQQFGDQAaIAEgACgCBCIDQX9zQQd2IANBBnZyQYGChAhxaiIBIAlBAkYNABogACgCCCIAQX9zQQd2IABBBnZyQYGChAhxIAFqCyIAQQh2Qf+BHHEgAEH/gfwHcWpBgYAEbEEQdiACaiECDAELQQAgBkUNARogBkEDcSEFIAZBBE8EQCAGQXxxIQEDQCACIAQgB2oiACwAAEG/f0pqIABBAWosAABBv39KaiAAQQJqLAAAQb9/SmogAEEDaiwAAEG/f0pqIQIgASAEQQRqIgRHDQALIAVFDQELIAQgB2ohAANAIAIgACwAAEG/f0pqIQIgAEEBaiEAIAVBAWsiBQ0ACwsgAgshAgwECyAGRQ0DIAZBA3EhACAGQQRPBEAgBkEMcSEEA0AgAiADIAdqIgEsAABBv39KaiABQQFqLAAAQb9/SmogAUECaiwAAEG/f0pqIAFBA2osAABBv39KaiECIAQgA0EEaiIDRw0ACyAARQ0ECyADIAdqIQMDQCACIAMsAABBv39KaiECIANBAWohAyAAQQFrIgANAAsMAwsgBiAHaiECQQAhBiAHIQMgASEAA0AgAyIEIAJGDQIgBgJ/IANBAWogAywAACIDQQBODQAaIARBAmogA0FgSQ0AGiAEQQRBAyADQW9LG2oLIgMgBGtqIQYgAEEBayIADQALC0EAIQALIAEgAGshAgsgAiAILwEMIgBPDQAgACACayEBQQAhAkEAIQACQAJAAkAgDEEddkEDcUEBaw4CAAECCyABIQAMAQsgAUH+/wNxQQF2IQALIAxB////AHEhBSAIKAIEIQQgCCgCACEIA0AgAkH//wNxIABB//8DcUkEQEEBIQMgAkEBaiECIAggBSAEKAIQEQQARQ0BDAMLC0EBIQMgCCAHIAYgBCgCDBECAA0BQQAhAiABIABrQf//A3EhAANAIAJB//8DcSIBIABJIQMgACABTQ0CIAJBAWohAiAIIAUgBCgCEBEEAEUNAAsMAQsgCCgCACAHIAYgCCgCBCgCDBECACEDCyADCwsAIAAgASACEGtFCwwAIAAgASACIAMQJwuVAQICfwF+IwBBMGsiASQAIAFBFGoiAiAAEDwgASgCFEUEQCABQQhqIAIQmwEgASgCCCIAQQEgABsgASgCDEEAIAAbEI0CAAsgASABKAIcNgIoIAEgASkCFCIDNwMgQQJCgIiEkDAgA6cpAwAiA6dBAmutQv8Bg0IDhoinIANCAVgbIAFBIGoQzwEgAUEwaiQAQf8BcbgLDwAgAEHcxsAAIAEgAhALCw8AQdjOwABBMyAAEIgBAAsKACAAQQFBARB1CzQBAn8gACgCCCEBIAAoAgQhAgNAIAEEQCABQQFrIQEgAhDzASACQShqIQIMAQsLIAAQiAILCwAgAEH9ABBWIAALNAECfyAAKAIIIQEgACgCBCECA0AgAQRAIAFBAWshASACEKEBIAJBGGohAgwBCwsgABCHAgs3AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ/AEgAkEMaiECDAELCyAAQQRBDBB1CwsAIABB3QAQViAACzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPwBIAFBDGoQ/AEgAkEBayECIAFBGGohAQwBCwsgABCKAgsKACAAQQRBCBB1CzwBAn8gACgCCCECIAAoAgQhAQNAIAIEQCABEPwBIAFBDGoQgAIgAkEBayECIAFBGGohAQwBCwsgABCKAgs0AQJ/IAAoAgghASAAKAIEIQIDQCABBEAgAUEBayEBIAIQ/AEgAkEQaiECDAELCyAAEIYCCwoAIABBBEEQEHULCgAgAEEIQRgQdQsKACAAQQhBKBB1CwoAIAAgASACECALCgAgAEEEQRgQdQs6AQJ/IAAoAgRBCGohASAAKAIIIQIDQCACBEAgAkEBayECIAEQ/AEgAUEUaiEBDAELCyAAQQRBFBB1Cw0AQfzFwABBGxCNAgALCQAgACABEAAACwwAIAAgASkCADcDAAs9AQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIaiIAKAIAIAAoAgRBrM/AACgCACIAQRggABsRAAAACwwAQYTTwABBAToAAAsJACAAQQA2AgALAwAACyMBAX8gACgCACAAKAIIIgRrIAFJBEAgACAEIAEgAyACEH0LCwuTSyMAQYCAwAALiS0Wc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zbGljZS9pdGVyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAc3JjL2pzb24ucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zaGEyLTAuMTAuOS9zcmMvY29yZV9hcGkucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9kaWdlc3QtMC4xMC43L3NyYy9jb3JlX2FwaS9jdF92YXJpYWJsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMC40L3NyYy9saWIucnMAL3Jvb3QvLmNhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9obWFjLTAuMTIuMS9zcmMvbGliLnJzAHNyYy9yZmMzMzM5LnJzACZjb3B5X2Zyb21fc2xpY2U6IHNvdXJjZSBzbGljZSBsZW5ndGggKMArKSBkb2VzIG5vdCBtYXRjaCBkZXN0aW5hdGlvbiBzbGljZSBsZW5ndGggKMABKQAAAGcBEABPAAAAzQEAADcAAAAYARAATgAAAA0IAAARAAAAGgIQAGQAAAB8AAAAJAAAAPsCEABZAAAAogAAACcAAAD7AhAAWQAAAKQAAAAYAAAA+wIQAFkAAACkAAAAIAAAAPsCEABZAAAArgAAABQAAAD7AhAAWQAAAK4AAAAaAAAA+wIQAFkAAACdAAAAGAAAAPsCEABZAAAAnQAAAB8AAAD7AhAAWQAAAJ0AAAAlAAAA+wIQAFkAAAAtAQAAIgAAAPsCEABZAAAAOAEAAB4AAAD7AhAAWQAAADUBAAAYAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdEFCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5Ky9BQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OS1faHR0cHM6Ly9odHRwOi8vbG9jYWxob3N0OjoxMQYQAAMAAAAxMjcAPAYQAAMAAABleUpoYkdjaU9pSklVekkxTmlJc0luUjVjQ0k2SWtwWFZDSjlSUzI1NmFsZ2tpZGNyaXQAcQYQAAMAAAB0BhAAAwAAAHcGEAAEAAAAAAAAAAwAAAAEAAAAAQAAAAIAAABleUpoZWFkZXIgaXMgbm90IGJhc2U2NHVybGhlYWRlciBpcyBub3QgYSBKU09OIG9iamVjdCB3aXRoIGFuIGFsZ3BheWxvYWQgaXMgbm90IGJhc2U2NHVybHBheWxvYWQgaXMgbm90IGEgSlNPTiBvYmplY3RzaWduYXR1cmUgaXMgbm90IGJhc2U2NHVybEVTMjU2NwcQAAUAAAAudGhlIHNpZ25hdHVyZSBpcyBlbXB0eSBvciBub3Qgb2YgaXRzIGFsZ29yaXRobSdzIHNpemVjcml0aWNhbCBoZWFkZXIgZXh0ZW5zaW9ucyBhcmUgbm90IHN1cHBvcnRlZGEgSldUIGhhcyB0aHJlZSBkb3Qtc2VwYXJhdGVkIHBhcnRzdXJsbWV0aG9kaGVhZGVyc2JvZHlzdGF0dXNhcHBsaWNhdGlvbi9qc29uQ29udGVudC1UeXBlZXJyb3JtZXNzYWdlc3RhdHVzQ29kZVwiXFxcYlx0XG5cZlxyXHUwMDAxMjM0NTY3ODlhYmNkZWZudWxsdHJ1ZWZhbHNlAAAAAAQAAAAEAAAAAwAAAAQAAAAAAAAABAAAAAQAAAAFAAAABgAAALcBEAALAAAASwEAABoAAAAAAAAAEAAAAAQAAAAHAAAACAAAALcBEAALAAAA7gEAAAkAAABubyByZXBseSB5ZXR1bmtub3duIHByb3ZpZGVyYmFkIGVudmtleXMAwwgQAAQAAAAAAAAABAAAAAQAAAAJAAAACgAAAAAAAAAEAAAABAAAAAMAAAAEAAAAdGhlIHByb3ZpZGVyJ3MgSldLUyBpcyBub3QgYSBKU09OIGtleSBzZXRrdHl1c2VFQ2NydlAtMjU2AAAALAkQAAUAAAB4eVJTQW5lc2lnAABDCRAAAwAAAHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQgaXMgbm90IEpTT04gd2l0aCBhbiBpc3N1ZXIgYW5kIGEgandrc191cml0aGUgZGlzY292ZXJ5IGRvY3VtZW50J3Mgandrc191cmkgaXMgbm90IGFuIGh0dHBzOi8vIFVSTHRoZSBkaXNjb3ZlcnkgZG9jdW1lbnQncyBpc3N1ZXIgaXMgbm90IE9JRENfSVNTVUVSaXNzdWVyandrc191cmn6CRAABgAAAAAKEAAIAAAAAAAAAAgAAAAEAAAACwAAAAwAAABleHRzdWJyb2xlYXV0aGVudGljYXRlZGF1ZGluc2ZvcmdlLWFwaWlhdGV4cGVtYWlsYWNjZXNzVG9rZW50b2tlblR5cGVCZWFyZXJleHBpcmVzQXR1c2VyaWRwcm92aWRlcmludmFsaWRfc2lnbmF0dXJlcHJvdmlkZXJfdW5yZWFjaGFibGV1bmtub3duX2tleXRoZSBwcm92aWRlciBhbnN3ZXJlZCB3aXRoIGFuIGVycm9yc2VuZCB0aGUgcHJvdmlkZXIgdG9rZW4gYXMgYEF1dGhvcml6YXRpb246IEJlYXJlciA8dG9rZW4+YCBvciBKU09OIGB7InRva2VuIjogIuKApiJ9YG1pc3NpbmdfY3JlZGVudGlhbG1hbGZvcm1lZF9jcmVkZW50aWFsdGhlIGNyZWRlbnRpYWwgZXhjZWVkcyA4MTkyIGNoYXJhY3RlcnNjcmVkZW50aWFsX3Rvb19sYXJnZXVzZSBQT1NUIChvciBPUFRJT05TIGZvciBhIENPUlMgcHJlZmxpZ2h0KW1ldGhvZF9ub3RfYWxsb3dlZHRoaXMgT3JpZ2luIGlzIG5vdCBpbiBCUklER0VfQUxMT1dFRF9PUklHSU5Tb3JpZ2luX25vdF9hbGxvd2VkYWxnIG5vdCBhY2NlcHRlZCAoUlMyNTY7IG9pZGMtYnJpZGdlOiBSUzI1NiwgUFMyNTYsIEVTMjU2KTogdW5zdXBwb3J0ZWRfYWxnb3JpdGhtdGhlIHRva2VuJ3Mga2lkIG1hdGNoZXMgbm8gUlNBIHNpZ25pbmcga2V5IG9mIHRoZSBwcm92aWRlcnRoZSB0b2tlbiBzaWduYXR1cmUgZG9lcyBub3QgdmVyaWZ5aW52YWxpZF90b2tlbnRoZSBwcm92aWRlciB0b2tlbiBoYXMgZXhwaXJlZHRva2VuX2V4cGlyZWR0aGUgcHJvdmlkZXIgdG9rZW4gaXMgbm90IHZhbGlkIHlldCAobmJmL2lhdCBpbiB0aGUgZnV0dXJlKXRva2VuX25vdF95ZXRfdmFsaWR0aGUgdG9rZW4gaXNzdWVyIGlzIG5vdCBhbiBhY2NlcHRlZCBpc3N1ZXJpbnZhbGlkX2lzc3VlcnRoZSB0b2tlbiBhdWRpZW5jZSBkb2VzIG5vdCBpbmNsdWRlIHRoZSBjb25maWd1cmVkIGF1ZGllbmNlaW52YWxpZF9hdWRpZW5jZXRoZSB0b2tlbiBoYXMgbm8gdXNlciBpZCAoc3ViKW1pc3Npbmdfc3ViamVjdHRoZSBwcm92aWRlciBzZXNzaW9uIGhhcyBleHBpcmVkc2Vzc2lvbl9leHBpcmVkdGhlIHByb3ZpZGVyIGRvZXMgbm90IHJlY29nbmlzZSB0aGlzIHNlc3Npb25pbnZhbGlkX3Nlc3Npb25tYWNoaW5lLXRvLW1hY2hpbmUgdG9rZW5zIGNhcnJ5IG5vIHVzZXIgYW5kIGFyZSByZWZ1c2VkbWFjaGluZV90b2tlbl9yZWZ1c2VkcHJvdmlkZXJfZXJyb3J0aGUgaWRlbnRpdHkgcHJvdmlkZXIgY291bGQgbm90IGJlIHJlYWNoZWQgaXMgbm90IHNldG1pc3Npbmdfc2VjcmV0IGlzIGludmFsaWQ6IGludmFsaWRfc2VjcmV0YXV0aGVudGljYXRpb25fZmFjdG9yc2VtYWlsX2ZhY3RvcmVtYWlsX2FkZHJlc3MwAABFDxAAAQAAAGV4cCwgbmJmIGFuZCBpYXQgbXVzdCBiZSB3aG9sZSBzZWNvbmRzIGJlbG93IDJeNjMgKG5vIGZyYWN0aW9uLCBubyBleHBvbmVudCl0aGUgdG9rZW4gaGFzIG5vIGV4cCBjbGFpbW5iZmlzc2d0eWNsaWVudF9jcmVkZW50aWFscwN0b2tlbl91c2VhY2Nlc3NjbGllbnRfaWQCYXpwAWh0dHBzOi8vc3R5dGNoLmNvbS9zZXNzaW9uZXhwaXJlc19hdHRoZSBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVhIGNsYWltIEJSSURHRV9DTEFJTVMgbWFwcyBpcyBub3QgYSBzdHJpbmcgKOKJpCAyNTYgYnl0ZXMpLCBpbnRlZ2VyLCBib29sZWFuIG9yIGFycmF5IG9mIOKJpCAzMiBzdWNoIHN0cmluZ3N0b2tlbl91c2UgaXMgbm90IGEgdG9rZW4ga2luZCBPSURDX1RPS0VOX1VTRSBhY2NlcHRzIChpZCwgYWNjZXNzKU9JRENfUFJFU0VUbXVzdCBiZSBvbmUgb2YgY2xlcmssIGF1dGgwLCBmaXJlYmFzZSwgY29nbml0bywgZW50cmEsIGdvb2dsZSwgc3VwYWJhc2UgKG9yIHVuc2V0KUpXVF9TRUNSRVRCUklER0VfVE9LRU5fVFRMX1NFQ09ORFNCUklER0VfQ0FQX1RPX1BST1ZJREVSX0VYUDF5ZXNub211c3QgYmUgdHJ1ZSBvciBmYWxzZUJSSURHRV9BTExPV0VEX09SSUdJTlMqQlJJREdFX0NMQUlNU1NUWVRDSF9BUElfQkFTRXByb2plY3QtbGl2ZS1odHRwczovL3Rlc3Quc3R5dGNoLmNvbWh0dHBzOi8vYXBpLnN0eXRjaC5jb21TVFlUQ0hfU0VDUkVUbXVzdCBiZSBhIEpXS1MgSlNPTiBkb2N1bWVudCB7ImtleXMiOiBbLi4uXX0vLndlbGwta25vd24vb3BlbmlkLWNvbmZpZ3VyYXRpb25PSURDX1RPS0VOX1VTRQCEChAAAgAAANsPEAAGAAAAbXVzdCBiZSBpZCwgYWNjZXNzIG9yIGJvdGggKGNvbW1hIGxpc3QpbXVzdCBsaXN0IHRoZSBhcHAncyBvcmlnaW5zOiB0aGUgdG9rZW4ncyBhenAgaXMgY2hlY2tlZCBhZ2FpbnN0IHRoZW1tdXN0IGJlIGFuIGludGVnZXIgZnJvbSAxIHRvIDg2NDAwb2lkYwAAABUTEAAEAAAAYmFzZSQTEAAEAAAASxEQAAoAAABVERAAGAAAAG0REAAaAAAAohEQABYAAAC5ERAADQAAAG11c3QgYmUgYW4gaHR0cHM6Ly8gVVJMIChodHRwOi8vIG9ubHkgb24gbG9vcGJhY2spbXVzdCBiZSBhIEpTT04gb2JqZWN0IHsiY2xhaW0iOiAiL2pzb24vcG9pbnRlciJ9AAAvChAAAwAAADIKEAAEAAAAQwoQAAMAAAC5DxAAAwAAAFIKEAADAAAAVQoQAAMAAAC2DxAAAwAAAFgKEAAFAAAAZWFjaCBjbGFpbSBtYXBzIHRvIGEgSlNPTiBwb2ludGVyICgiL28vaWQiKSBvciBhIGxpc3Qgb2YgMSB0byA0Y2xhaW0gbmFtZXMgYXJlIDEgdG8gNjQgbGV0dGVycywgZGlnaXRzIG9yIF9uYW1lcyBhIHJlc2VydmVkIGNsYWltIChzdWIsIHJvbGUsIGF1ZCwgaXNzLCBpYXQsIGV4cCwgbmJmLCBlbWFpbCltYXBzIGF0IG1vc3QgMTYgY2xhaW1zc2Vzc2lvbgAAvxQQAAcAAACAChAABAAAAAAAAAAIAAAABAAAAA0AAAAOAAAAdXNlcl9pZADsFBAABwAAAAkQEAAKAAAAAAAAAAgAAAAEAAAADwAAABAAAABlbWFpbHMAABgVEAAGAAAAAAAAAAQAAAAEAAAAEQAAABIAAAAAAAAABAAAAAQAAAATAAAAFAAAAHZlcmlmaWVkWAoQAAUAAABQFRAACAAAAAAAAAAIAAAABAAAABUAAAAWAAAAU3R5dGNoJ3Mgc2Vzc2lvbiByZXNwb25zZSBpcyBub3QgaW4gdGhlIGRvY3VtZW50ZWQgc2hhcGVTdHl0Y2gncyBzZXNzaW9uIGV4cGlyZXNfYXQgaXMgbm90IGFuIFJGQyAzMzM5IHRpbWVTdHl0Y2ggYW5zd2VyZWQgc2Vzc2lvbnMvYXV0aGVudGljYXRlIHdpdGggYW4gZXJyb3JTVFlUQ0hfUFJPSkVDVF9JRDpzZXNzaW9uX3Rva2VuL3YxL3Nlc3Npb25zL2F1dGhlbnRpY2F0ZUJhc2ljIEF1dGhvcml6YXRpb25QT1NUZGlzY292ZXJlZCBpcyBub3QgZXhwZWN0ZWQgbm93AAIAQZStwAALAQQAQaCtwAALCgEAAAAAAAAA9AEAQYiuwAAL1QpzZWxlY3Rfa2V5IG5lZWRzIHRoZSBmZXRjaGVkIEpXS1NzZWxlY3Rfa2V5IGlzIG5vdCBleHBlY3RlZCBub3dPUFRJT05Tc3R5dGNoX2Fuc3dlciBpcyBub3QgZXhwZWN0ZWQgbm93c2lnbmF0dXJlX2NoZWNrZWQgaXMgbm90IGV4cGVjdGVkIG5vd2ZhaWwgaXMgbm90IGV4cGVjdGVkIG5vd25vIGNvbmZpZ3VyYXRpb25Db250ZW50LUxlbmd0aHRoZSBjcmVkZW50aWFsIGlzIG5vdCBhIEpXVHRoZSBzZXNzaW9uIHRva2VuIGhhcyBpbnZhbGlkIGNoYXJhY3RlcnNiZWFyZXJBY2Nlc3MtQ29udHJvbC1BbGxvdy1PcmlnaW5PcmlnaW5WYXJ5c2Vzc2lvbl9qd3R0b2tlbnRoZSBib2R5IG11c3QgYmUgYSBKU09OIG9iamVjdCBsaWtlIHsidG9rZW4iOiAi4oCmIn1jcmVkZW50aWFsIGZpZWxkcyBtdXN0IGJlIG5vbi1lbXB0eSBzdHJpbmdzYW5vbl9pa19BY2Nlc3MtQ29udHJvbC1BbGxvdy1NZXRob2RzUE9TVCwgT1BUSU9OU0FjY2Vzcy1Db250cm9sLUFsbG93LUhlYWRlcnNhdXRob3JpemF0aW9uLCBjb250ZW50LXR5cGUsIHgtY2xpZW50LWluZm8sIGFwaWtleUFjY2Vzcy1Db250cm9sLU1heC1BZ2U4NjQwMGludGVybmFsX2Vycm9yUFMyNTYvZW1haWwvdXNlcl9lbWFpbAAAAFQZEAAGAAAAWhkQAAsAAAAvZW1haWxfdmVyaWZpZWRXT1JLT1NfSVNTVUVSV09SS09TX0pXS1NfVVJMaHR0cHM6Ly9hcGkud29ya29zLmNvbS9zc28vandrcy97fXdvcmtvc1dPUktPU19DTElFTlRfSURXT1JLT1NfSldLUwAAyxkQABAAAACHGRAADQAAAJQZEAAPAAAA2xkQAAsAAABodHRwczovL2FwaS53b3Jrb3MuY29taHR0cHM6Ly9hcGkud29ya29zLmNvbS91c2VyX21hbmFnZW1lbnQve30ACBoQABYAAAAeGhAAKQAAAFQZEAAGAAAAS0lOREVfSldLU19VUkx7fS8ud2VsbC1rbm93bi9qd2tzLmpzb25LSU5ERV9BVURJRU5DRWtpbmRlS0lOREVfSVNTVUVSX1VSTEtJTkRFX0pXS1MAmRoQABAAAACGGhAADgAAAGAaEAAOAAAAqRoQAAoAAAB7fQAA1BoQAAIAAAB7YmFzZX0vdjEvc2Vzc2lvbnMvandrcy97fXN0eXRjaFNUWVRDSF9KV0tTABoWEAARAAAADxIQAA0AAADGERAADwAAAAAbEAALAAAAc3R5dGNoLmNvbS97fXtiYXNlfQAsGxAADQAAADkbEAAGAAAAT0lEQ19KV0tTX1VSTE9JRENfQVVESUVOQ0VPSURDX0lTU1VFUk9JRENfSldLUwAA7hAQAAsAAABqGxAACwAAAF0bEAANAAAAUBsQAA0AAAB1GxAACQAAAGkSEAAOAAAAAAECY2xlcmthdXRoMGZpcmViYXNlY29nbml0by94bXNfZWRvdmVudHJhaHR0cHM6Ly9hY2NvdW50cy5nb29nbGUuY29tZ29vZ2xlYWNjb3VudHMuZ29vZ2xlLmNvbQAA1BoQAAIAAAD7GxAAEwAAAC91c2VyX21ldGFkYXRhL2VtYWlsX3ZlcmlmaWVkc3VwYWJhc2UAAAA2ChAADQAAAGgZEAACAAAAeBkQAA8AQei4wAALFYcZEAANAAAAlBkQAA8AAACjGRAAIgBBiLnAAAtBxRkQAAYAAADFGRAABgAAAOgZEAAEAAAAyxkQABAAAABIGhAAAgAAANsZEAALAAAABAAAAAAAAAANBBAAAQAAAAEAQdS5wAALDVgaEAABAAAAeBkQAA8AQfS5wAALYWAaEAAOAAAAbhoQABgAAACGGhAADgAAAJQaEAAFAAAAlBoQAAUAAAC0GhAABAAAAJkaEAAQAAAA2BoQAAEAAACpGhAACgAAAAQAAAAAAAAADQQQAAEAAAANBBAAAQAAAAEAQYC7wAALBeAaEAAaAEGQu8AAC1n6GhAABgAAAPoaEAAGAAAADBsQAAQAAAAaFhAAEQAAAEAbEAACAAAAABsQAAsAAADYGhAAAQAAAA0EEAABAAAA7g8QAAEAAAAAAAABWBoQAAEAAAB4GRAADwBB/LvAAAsFUBsQAA0AQYy8wAALYV0bEAANAAAAFRMQAAQAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AQYC9wAALBVAbEAANAEGQvcAAC2FdGxAADQAAALMbEAAFAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAADqDxAAAQAAAAEBAABYGhAAAQAAAHgZEAAPAEGEvsAACwVQGxAADQBBlL7AAAthXRsQAA0AAAC4GxAABQAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAB4GRAADwBBiL/AAAsFUBsQAA0AQZi/wAALYV0bEAANAAAAvRsQAAgAAAAVExAABAAAAIAbEAAGAAAAahsQAAsAAADYGhAAAQAAAHUbEAAJAAAABAAAAAAAAACwGxAAAwAAAAEAAAAAAAAAAQEBAFgaEAABAAAAeBkQAA8AQYzAwAALBVAbEAANAEGcwMAAC2FdGxAADQAAAMUbEAAHAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAAQAAAAAAAAAsBsQAAMAAADRDxAAAQAAAAEBAQBYGhAAAQAAAMwbEAAJAEGQwcAACwVQGxAADQBBoMHAAAtpXRsQAA0AAADVGxAABQAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAANgaEAABAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAB4GRAADwAAANobEAAbAEGUwsAACwVQGxAADQBBpMLAAAthXRsQAA0AAAD1GxAABgAAABUTEAAEAAAAgBsQAAYAAABqGxAACwAAABAcEAACAAAAdRsQAAkAAAAEAAAAAAAAALAbEAADAAAAAQAAAAAAAAABAQEAWBoQAAEAAAAgHBAAHQBBmMPAAAsFUBsQAA0AQajDwAAL8wVdGxAADQAAAD0cEAAIAAAAFRMQAAQAAACAGxAABgAAAGobEAALAAAA2BoQAAEAAAB1GxAACQAAAEgcEAABAAAAsBsQAAMAAAABAAAAAAAAAAEBAACnAxAADgAAACIAAAA1AAAAbWlkID4gbGVuAAAAVQMQAFEAAAB8AAAAFAAAAFUDEABRAAAAfAAAACMAAABVAxAAUQAAAHMAAAAQAAAAVQMQAFEAAABzAAAAHgAAAM8AEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8AEABIAAAAmgAAAAoAAADDARAAVgAAAEIAAAATAAAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FsYARAATgAAAOYFAAAlAAAAbAYQAE8ZEAA3BxAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AH8CEABQAAAALAMAAAkAAAAYARAATgAAAHEHAAARAAAAGQAAAAwAAAAEAAAAGgAAABsAAAAcAAAAAAAAAAgAAAAEAAAAHQAAAB4AAAAfAAAAIAAAACEAAAAQAAAABAAAACIAAAAjAAAAJAAAACUAAABtXcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj92Fzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAANACEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAADQAhAAKgAAALcEAAANAAAAAAAAAAgAAAAEAAAAJgAAABkAAAAMAAAABAAAACcAAABjYXBhY2l0eSBvdmVyZmxvdwAAAH8CEABQAAAAHAAAAAUAAAACAgICAgICAgICAgBBuMnAAAsIAgIAAAAAAAIAQe/JwAALAQIAQZXKwAALAQEAQbDKwAALAQEAQZDLwAALyAIwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEGazsAACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQdjOwAALGWF0dGVtcHQgdG8gZGl2aWRlIGJ5IHplcm8AQfTOwAALARcAQYDPwAALAQQAlAEPdGFyZ2V0X2ZlYXR1cmVzCCsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

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

// functions/src/lib/bridge-claims.js
var CLAIMS_TABLE = "bridge_claims";
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
async function upsert(db, row, timeoutMs) {
  let timer = untyped(null);
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  const write = (async () => {
    try {
      const { data, error } = await db.from(CLAIMS_TABLE).upsert([row], { onConflict: "sub,bridge" }).select("sub");
      if (error) return `error ${typeof error.code === "string" ? error.code.slice(0, 16) : "unknown"}`;
      return Array.isArray(data) && data.length === 1 ? "ok" : "unexpected answer";
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
async function recordClaims(slug, reply, claims, timeoutMs = CLAIMS_WRITE_TIMEOUT_MS) {
  const db = claimsDb();
  if (!db) return replaced(reply, 500, "missing_secret", "INSFORGE_BASE_URL and API_KEY are needed to record BRIDGE_CLAIMS");
  const minted = JSON.parse(reply.body);
  const row = {
    sub: minted.user.id,
    bridge: minted.provider,
    claims: JSON.parse(claims),
    expires_at: new Date(minted.expiresAt * 1e3).toISOString()
  };
  const outcome = await upsert(db, row, timeoutMs);
  if (outcome === "ok") return reply;
  console.error(`${slug}: BRIDGE_CLAIMS not recorded (${outcome}): no token issued`);
  return replaced(reply, 503, "claims_unavailable", "the mapped claims (BRIDGE_CLAIMS) could not be recorded in the project database; no token was issued, try again");
}

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
      let reply = await conclude(session, Step);
      const claims = reply.status === 200 ? wasm.call(() => session.claims) : void 0;
      if (claims !== void 0) reply = await recordClaims(`${provider}-bridge`, reply, claims);
      return toResponse(reply, []);
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
