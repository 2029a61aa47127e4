//! The only module that knows about wasm-bindgen.
//!
//! Nothing here holds a rule. Each export parses its arguments, calls the core and
//! serializes the answer; malformed arguments from our own JS become a 500 JSON reply
//! rather than a trap.

#[cfg(feature = "bridge")]
pub mod bridge;
#[cfg(feature = "x402")]
pub mod evm;
#[cfg(feature = "x402")]
pub mod x402;
