//! insforge-edge core: sans-IO rules for the auth bridges and x402 payments.
//!
//! Everything here is plain Rust: no `JsValue`, no clock, no randomness, no network.
//! Time comes in as arguments and JS performs every `fetch`; the `wasm` module (wasm32
//! builds only) is the only one that exports anything to JS.

#![cfg_attr(all(target_arch = "wasm32", feature = "no-std-wasm"), no_std)]

extern crate alloc;

/// What std's prelude provides, for the `no-std-wasm` build (the same items in a std build).
#[allow(unused_imports)]
pub(crate) mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec::Vec;
    pub use alloc::{format, vec};
}

/// Every shipped .wasm takes its memory from [`alloc_classes`] (size classes with free lists,
/// bounded when Cloud reuses the instance) instead of std's dlmalloc, whose `malloc` alone is
/// 4.8 KB of code a fresh Worker compiles on its first call.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: alloc_classes::Global<alloc_classes::Wasm> =
    alloc_classes::Global(core::cell::UnsafeCell::new(alloc_classes::Heap::new(alloc_classes::Wasm)));

/// The `no-std-wasm` runtime (every shipped .wasm): a panic is a trap (`unreachable`), as std's
/// is with `panic = "abort"`, only without std's panic hook and message formatting (4.8 KB of
/// the bridge .wasm). `wasm-pack test` builds without this feature: its test harness links std.
#[cfg(all(target_arch = "wasm32", feature = "no-std-wasm"))]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

/// `parts` joined: `[a, b].concat()` without std's generic join, whose length checks and
/// panic path cost the bridge .wasm 2.1 KB (its panic message kept `<&str as Display>` in).
pub fn concat(parts: &[&str]) -> prelude::String {
    let mut out = prelude::String::new();
    for part in parts {
        out.push_str(part);
    }
    out
}

#[cfg(any(test, target_arch = "wasm32"))]
pub mod alloc_classes;
pub mod b64;
pub mod env;
pub mod http;
pub mod json;
pub mod rfc3339;

#[cfg(feature = "bridge")]
pub mod bridge;
#[cfg(any(feature = "bridge", feature = "wallet"))]
pub mod jwt;
#[cfg(feature = "bridge")]
pub mod rsa;
pub mod sha256;

#[cfg(feature = "evm")]
pub mod x402;

#[cfg(feature = "wallet")]
pub mod wallet;

#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod wasm;
