//! The one outcome every backend answers with.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::error::X402Error;

/// What proves a settlement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    /// The facilitator's success answer (`success: true` and a well-formed hash).
    Facilitator,
    /// A receipt with status 1 and our authorization's `Transfer` log.
    Receipt,
    /// Mock mode: nothing moved.
    Mock,
    /// A metered payment whose work cost nothing: settled with no transaction.
    Free,
}

impl Proof {
    pub fn as_str(self) -> &'static str {
        match self {
            Proof::Facilitator => "facilitator",
            Proof::Receipt => "receipt",
            Proof::Mock => "mock",
            Proof::Free => "free",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Verify only: the payment would settle.
    Verified { payer: Option<String> },
    /// The money moved, and `proof` says how we know.
    Settled { tx_hash: String, proof: Proof },
    /// Certainly nothing moved (the payment may be presented again).
    Failed { reason: X402Error },
    /// A transaction is on its way: ask again later (the session polls on `next`).
    Pending { tx_hash: Option<String> },
    /// The money may have moved: never serve, never mark failed; resolve later.
    Unknown { tx_hash: Option<String>, reason: X402Error },
}

impl Outcome {
    pub fn failed(reason: X402Error) -> Outcome {
        Outcome::Failed { reason }
    }

    /// An outcome nobody can tell yet; `why` is shown to the caller (503).
    pub fn unknown(tx_hash: Option<String>, why: &str) -> Outcome {
        Outcome::Unknown { tx_hash, reason: X402Error::undetermined(why) }
    }
}
