//! The OKX backend (both API generations): verify, settle, poll the status endpoint; and,
//! to resolve an unknown outcome, the status of the known hash or a second settle, whose
//! "nonce already used" is checked on chain (`RPC_URL`) before it counts as settled.

#[allow(unused_imports)]
use crate::prelude::*;

pub mod api;
pub mod response;
pub mod sign;

use crate::x402::config::{OkxApi, OkxConfig, PaywallConfig};
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::requirements::Requirements;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::receipt::{self, Expected};
use crate::x402::settle::{Outcome, Settler, Step, Target, Verb};

/// What the next request asks.
#[derive(Debug, PartialEq, Eq)]
enum State {
    Verify,
    Settle,
    /// Ask about a submitted transaction: the status endpoint, or its receipt.
    Poll(String),
    Status(String),
    Receipt(String),
    /// The proof that a "nonce already used" was our settlement.
    AuthorizationState,
    AuthorizationLogs,
    /// Permit2: the payer's transfers to `payTo` (latest first), each asked whether its call
    /// data settled this permit.
    ProofTransaction(Vec<String>),
    ProofReceipt(String),
    /// The outcome was given.
    Done,
}

/// Asked again after the outcome: nothing is waiting.
pub(super) fn ended() -> Step {
    Step::Done(Outcome::failed(X402Error::Misconfigured("this settlement has ended")))
}

pub struct OkxSettler {
    okx: OkxConfig,
    req: Requirements,
    payment: VerifiedPayment,
    expected: Expected,
    rpc_url: Option<String>,
    verify_only: bool,
    resolving: bool,
    state: State,
}

impl OkxSettler {
    pub fn new(okx: OkxConfig, config: &PaywallConfig, payment: VerifiedPayment, verb: Verb) -> Result<OkxSettler, X402Error> {
        let expected = Expected::of(&payment)?;
        let (state, resolving) = match &verb {
            Verb::Verify | Verb::Settle | Verb::Balance | Verb::Prove { .. } | Verb::Replace(_) | Verb::Fill { .. } => (State::Verify, false),
            Verb::Resolve { tx_hash: Some(h) } => (State::Poll(h.clone()), true),
            Verb::Resolve { tx_hash: None } => (State::Settle, true),
        };
        Ok(OkxSettler {
            okx,
            req: config.requirements(&payment.resource),
            payment,
            expected,
            rpc_url: config.proof_urls().first().cloned(),
            verify_only: matches!(verb, Verb::Verify),
            resolving,
            state,
        })
    }

    fn finish(&mut self, outcome: Outcome) -> Step {
        self.state = State::Done;
        Step::Done(outcome)
    }

    /// A transaction on its way: the step says so; the next `next` polls.
    fn pending(&mut self, tx_hash: String) -> Step {
        self.state = State::Poll(tx_hash.clone());
        Step::Done(Outcome::Pending { tx_hash: Some(tx_hash) })
    }

    /// OKX says the authorization was used: prove it on chain, or say we do not know.
    fn prove(&mut self, now_ms: u64) -> Step {
        if self.rpc_url.is_none() {
            return self.finish(Outcome::unknown(None, "nonce used; no RPC_URL to prove it"));
        }
        self.state = State::AuthorizationState;
        self.next(now_ms)
    }
}

impl Settler for OkxSettler {
    fn next(&mut self, now_ms: u64) -> Step {
        if let State::Poll(h) = &self.state {
            let h = h.clone();
            self.state = if self.okx.api == OkxApi::Current {
                State::Status(h)
            } else if self.rpc_url.is_some() {
                State::Receipt(h)
            } else {
                return self.finish(Outcome::unknown(Some(h), "no status endpoint; no RPC_URL"));
            };
        }
        let rpc = self.rpc_url.as_deref().unwrap_or("");
        let (okx, req, payment, expected) = (&self.okx, &self.req, &self.payment, &self.expected);
        let built = match &self.state {
            State::Verify => Some((Target::Facilitator, "verify", api::verify_request(okx, req, payment, now_ms))),
            State::Settle => Some((Target::Facilitator, "settle", api::settle_request(okx, req, payment, now_ms))),
            State::Status(h) => api::status_request(okx, h, now_ms).ok().map(|r| (Target::Facilitator, "status", r)),
            State::Receipt(h) | State::ProofReceipt(h) => receipt::receipt_request(rpc, h).map(|r| (Target::Chain, "receipt", r)),
            State::ProofTransaction(candidates) => candidates.first().and_then(|h| receipt::transaction_request(rpc, h)).map(|r| (Target::Chain, "transaction", r)),
            State::AuthorizationState => Some((Target::Chain, "authorizationState", receipt::authorization_state_request(rpc, expected))),
            State::AuthorizationLogs => Some((Target::Chain, "authorizationLogs", receipt::authorization_logs_request(rpc, expected))),
            State::Poll(_) | State::Done => return ended(),
        };
        match built {
            Some((target, name, request)) => Step::Request { target, name, request, tx_hash: None },
            None => self.finish(Outcome::unknown(None, "malformed tx hash")),
        }
    }

    fn answer(&mut self, http_status: u16, body: &str, now_ms: u64) -> Step {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Verify => match response::parse(FacilitatorOp::Verify, http_status, body) {
                v @ Outcome::Verified { .. } if self.verify_only => self.finish(v),
                Outcome::Verified { .. } => {
                    self.state = State::Settle;
                    self.next(now_ms)
                }
                Outcome::Failed { reason } | Outcome::Unknown { reason, .. } => self.finish(Outcome::Failed { reason }),
                _ => self.finish(Outcome::failed(X402Error::Misconfigured("verify answered a settlement"))),
            },
            State::Settle => match response::parse(FacilitatorOp::Settle, http_status, body) {
                Outcome::Pending { tx_hash: Some(h) } => self.pending(h),
                Outcome::Pending { tx_hash: None } => self.finish(Outcome::unknown(None, "pending without a tx hash")),
                Outcome::Failed { reason } if self.resolving && reason.reason_code() == Reason::NonceAlreadyUsed => self.prove(now_ms),
                o => self.finish(o),
            },
            State::Status(h) => match response::parse(FacilitatorOp::SettleStatus, http_status, body) {
                o @ Outcome::Settled { .. } => self.finish(o),
                // OKX refusing the status QUERY (an unknown hash, an expired timestamp) says
                // nothing about a transaction it already accepted: only its verdict on the
                // transaction ends the wait.
                Outcome::Failed { reason: X402Error::Facilitator(_) } => self.pending(h),
                o @ Outcome::Failed { .. } => self.finish(o),
                // Still pending, or the status endpoint could not tell: ask again later.
                _ => self.pending(h),
            },
            State::Receipt(h) => match receipt::judge(body, &h, &self.expected) {
                o @ (Outcome::Settled { .. } | Outcome::Failed { .. }) => self.finish(o),
                _ => self.pending(h),
            },
            State::AuthorizationState => match receipt::authorization_used(body, &self.expected) {
                Ok(true) => {
                    self.state = State::AuthorizationLogs;
                    self.next(now_ms)
                }
                Ok(false) => self.finish(Outcome::unknown(None, "nonce used, not on chain yet")),
                Err(reason) => self.finish(Outcome::Unknown { tx_hash: None, reason }),
            },
            State::AuthorizationLogs => {
                let found = receipt::authorization_transactions(body, &self.expected);
                match (self.expected.via, found.first()) {
                    // Permit2: each candidate is confirmed by its call data first.
                    (Some(_), Some(_)) => {
                        self.state = State::ProofTransaction(found);
                        self.next(now_ms)
                    }
                    (None, Some(h)) => {
                        self.state = State::ProofReceipt(h.clone());
                        self.next(now_ms)
                    }
                    (_, None) => self.finish(Outcome::unknown(None, "nonce used; no transaction found")),
                }
            }
            State::ProofTransaction(mut candidates) => match receipt::permit_candidate(body, &self.expected) {
                Some(receipt::Candidate::Ours) if !candidates.is_empty() => {
                    self.state = State::ProofReceipt(candidates.remove(0));
                    self.next(now_ms)
                }
                Some(_) if candidates.len() > 1 => {
                    candidates.remove(0);
                    self.state = State::ProofTransaction(candidates);
                    self.next(now_ms)
                }
                // The flow asks the chain again (its proof tells a cancellation from a use
                // elsewhere): this says only that no transaction was found.
                Some(_) => self.finish(Outcome::unknown(None, "nonce used; none of the payer's transfers settled this permit")),
                None => self.finish(Outcome::unknown(None, "nonce used; the node did not show its transaction")),
            },
            State::ProofReceipt(h) => match receipt::judge(body, &h, &self.expected) {
                o @ Outcome::Settled { .. } => self.finish(o),
                _ => self.finish(Outcome::unknown(Some(h), "nonce used; its transaction is no proof")),
            },
            State::Poll(h) => {
                self.state = State::Poll(h);
                self.next(now_ms)
            }
            State::Done => ended(),
        }
    }
}
