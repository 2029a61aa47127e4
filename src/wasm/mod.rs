//! The only modules that know about wasm-bindgen, or export functions to JS at all.
//!
//! Nothing here holds a rule. Each export takes its arguments, calls the core and hands
//! back the answer: JSON text for what JS sends on or turns into a `Response`, typed objects
//! for state that crosses more than once (the x402 configurations, a verified payment, a
//! settlement plan). Malformed arguments from our own JS become a 500 JSON reply (or a failed
//! step) rather than a trap.

#[cfg(any(feature = "bridge", feature = "challenge", feature = "x402", feature = "wallet"))]
pub mod abi;
#[cfg(feature = "bridge")]
pub mod bridge;
#[cfg(all(feature = "x402", feature = "tools"))]
pub mod evm;
#[cfg(feature = "x402")]
pub mod x402;
#[cfg(feature = "wallet")]
pub mod wallet;
#[cfg(feature = "challenge")]
pub mod challenge;
