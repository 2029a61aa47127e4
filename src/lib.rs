//! insforge-edge core: sans-IO rules for the auth bridges and x402 payments.
//!
//! Everything here is plain Rust: no `JsValue`, no clock, no randomness, no network.
//! Time comes in as arguments and JS performs every `fetch`; the `wasm` module (wasm32
//! builds only) is the only one that knows about wasm-bindgen.

/// `parts` joined: `[a, b].concat()` without std's generic join, whose length checks and
/// panic paths cost the bridge .wasm about 0.5 KB.
pub fn concat(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

pub mod b64;
pub mod env;
pub mod http;
pub mod json;
pub mod rfc3339;

#[cfg(feature = "bridge")]
pub mod bridge;
#[cfg(feature = "bridge")]
pub mod jwt;
#[cfg(feature = "bridge")]
pub mod sha256;

#[cfg(feature = "x402")]
pub mod x402;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
