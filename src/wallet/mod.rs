//! The wallet bridge: Sign-In with Ethereum (EIP-4361) to an InsForge token, so row-level
//! security works for wallet users exactly as for the OIDC bridges' users.
//!
//! - `x402::evm::siwe`: the message, read field by field; EIP-55 and EIP-191;
//! - [`config`]: its secrets;
//! - [`flow`]: one request (a nonce, or a sign-in), sans-IO, in the effects the x402
//!   functions' JS loop already performs (the nonce store, a node, the reply);
//! - [`error`]: every refusal, mapped once to HTTP.

pub mod config;
pub mod error;
pub mod flow;
