//! THE payment flow: one owner for a payment's whole life, for the paywall, the
//! facilitator's verify and settle, and reconcile. Sans-IO: each flow answers an [`Effect`]
//! (a ledger transition, an HTTP request, a pause, the handler, the reply) and takes JS's
//! [`Answer`]; JS decides nothing.
//!
//! ```text
//! paywall   : check ─▶ [balance] ─▶ ledger(claim) ─▶ settle | resolve | prove ─▶ ledger(record) ─▶ serve
//!             (a payment past its window is looked up, never refused before the ledger is asked)
//! facilitator settle: the same, answering the facilitator's wire format
//! facilitator verify: ledger(peek) ─▶ [balance] ─▶ verify
//! reconcile : ledger(stranded) ─▶ prove on chain ─▶ ledger(record)        (never submits)
//! with a payment-identifier id (paywall, facilitator settle): ledger(begin) first, see [`idem`]
//! ```
//! Rules every flow keeps:
//! - nothing is sent unless the ledger holds the claim (and, direct, the transaction) first;
//! - an outcome that is not known is never called a failure: the claim is let go, the reply
//!   is 503 "retry with the same payment", and the next presentation or reconcile resolves it;
//! - `failed` is written only on proof that nothing moved;
//! - a settled payment is served: its first delivery whenever it is presented, again within
//!   [`REPLAY_WINDOW_MS`] of that (past its validBefore too: the delivery is marked before the
//!   handler runs), and after that never.

pub mod drive;
pub mod effect;
pub mod idem;
pub mod ledger;
pub mod pay;
pub mod siwx;
mod reconcile;

pub use effect::{Answer, Effect};
pub use pay::{Face, PaymentFlow};
pub use reconcile::ReconcileFlow;

/// A request holds its claim this long at most (the longest settlement: a 55 s settle
/// timeout and its polls). Past it, the request is taken to have died.
pub const CLAIM_LEASE_SECONDS: u32 = 90;
/// A settled payment is served again for this long after its first delivery.
pub const REPLAY_WINDOW_MS: u64 = 300_000;
/// A presentation waits this long for a concurrent one to finish.
pub const CONCURRENT_WAIT_MS: u64 = 12_000;
/// Between two looks at a row someone else holds.
pub const BUSY_PAUSE_MS: u32 = 250;
/// Rows one reconcile run takes.
pub const RECONCILE_BATCH: u32 = 50;

/// Any flow, as the boundary drives it.
pub trait Flow {
    /// The first effect.
    fn start(&mut self, now_ms: u64) -> Effect;
    /// The answer to the last effect; the next effect.
    fn resume(&mut self, answer: Answer<'_>, now_ms: u64) -> Effect;
}

/// A flow that is only its reply (a request with no payment, a configuration error).
pub struct Answered(pub Option<crate::http::Reply>);

impl Flow for Answered {
    fn start(&mut self, _now_ms: u64) -> Effect {
        Effect::Respond(self.0.take().unwrap_or_else(|| super::reply::error(&super::X402Error::Misconfigured("this flow has ended").info())))
    }
    fn resume(&mut self, _answer: Answer<'_>, now_ms: u64) -> Effect {
        self.start(now_ms)
    }
}

#[cfg(test)]
mod tests;
