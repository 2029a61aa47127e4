//! Direct on-chain settlement of EIP-3009 payments: our own settler key
//! submits `transferWithAuthorization` through a JSON-RPC node, no facilitator.
//!
//! Sans-IO like the rest of x402: [`settle::next_step`] reads the RPC answers collected so
//! far and names the next JSON-RPC request or the final outcome; JS does the fetches.
//! - [`abi`]: call data and return/revert decoding; [`rlp`] + [`tx`]: type-2 transactions,
//!   signed with [`rfc6979`]'s nonces;
//! - [`rpc`]: JSON-RPC envelopes and quantities; [`logs`]: receipt events;
//! - [`domain`]: which EIP-712 domain a token really uses.

#[allow(unused_imports)]
use crate::prelude::*;

pub mod abi;
pub mod checker;
pub mod domain;
pub mod logs;
pub mod rfc6979;
pub mod rlp;
pub mod rpc;
pub mod siwe;
pub mod tx;

pub use tx::{Eip1559Tx, SignedTx};
