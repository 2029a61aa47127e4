//! THE settlement seam: one [`Settler`] conversation per payment and verb, whatever the
//! backend, and one typed [`Outcome`].
//!
//! - [`backend`]: which backend settles ([`SettlerKind`]: the names `okx`, `mock`, `direct`
//!   exist only there) and its configuration ([`Backend`]);
//! - [`outcome`]: verified, settled (with its [`Proof`]), failed (nothing moved), pending or
//!   unknown (money may have moved);
//! - [`receipt`]: the one receipt verdict, and the on-chain proof that an authorization was
//!   used by a transaction carrying our `Transfer`;
//! - [`okx`], [`direct`], [`mock`]: each backend builds requests and reads answers, nothing
//!   else; [`session`] picks one for a payment and a [`Verb`];
//! - [`balance`]: the payer's balance, checked on chain before anything is claimed or sent
//!   (whatever the backend, when `RPC_URL` is configured).
//!
//! Sans-IO: JS performs each request a [`Step`] names and hands the answer back.

pub mod backend;
pub mod balance;
pub mod direct;
pub mod mock;
pub mod okx;
pub mod outcome;
pub mod proof;
pub mod receipt;
pub mod session;

pub use backend::{Backend, SettlerKind};
pub use outcome::{Outcome, Proof};
pub use session::{session, Recorded, Settler, Step, Target, Verb};

#[cfg(test)]
pub(crate) mod tests;
