//! Proof on chain of what became of a payment, sending nothing and asking no facilitator:
//! the verb `prove`, used by x402-reconcile and for a payment presented after its window.
//!
//! - settled: the known transaction's receipt passes the verdict, or `authorizationState` is
//!   true and the `AuthorizationUsed(payer, nonce)` log names a transaction that passes it;
//! - failed (nothing moved, nothing can move): the authorization was cancelled on chain
//!   (`AuthorizationCanceled`), or it is unused at a block whose timestamp is at or past its
//!   `validBefore` (the contract takes it only while `block.timestamp < validBefore`, and
//!   block times never go back). The block is read BEFORE the state, so no block the state
//!   missed can still take it;
//! - pending: unused, and its window is still open (it may yet land, or be sent);
//! - unknown otherwise: a node did not answer, or a used authorization's transaction is
//!   not found yet.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::error::{Reason, X402Error};
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::receipt::{self, Candidate, Expected};
use crate::x402::settle::{Outcome, Settler, Step, Target};
use crate::http::HttpRequest;

#[derive(Debug, PartialEq, Eq)]
enum State {
    Start(Option<String>),
    Receipt(String),
    Clock,
    Authorization { closed: bool },
    UsedLogs,
    /// Permit2: the candidate transactions (latest first), each asked whether its call data
    /// settled this permit; `clear`: every one asked so far was certainly another payment.
    UsedTransaction { candidates: Vec<String>, clear: bool },
    UsedReceipt(String),
    /// `unpaid`: Permit2, no transaction of the payer's to payTo can be this permit's (so its
    /// used nonce moved nothing here).
    Cancelled { unpaid: bool },
    Done,
}

pub struct ProofOnChain {
    url: Option<String>,
    expected: Expected,
    valid_before: u64,
    state: State,
}

/// The authorization can no longer move money, and never did.
pub fn expired_unused() -> X402Error {
    X402Error::Flow { reason: Reason::ValidBefore, message: "the authorization expired unused: nothing was charged; sign a new payment" }
}

/// A permit whose nonce another permit of the payer's used: it moved nothing here, and can
/// never move anything.
pub fn used_elsewhere() -> X402Error {
    X402Error::Flow { reason: Reason::NonceAlreadyUsed, message: "the payer used this permit's nonce for another payment: nothing was charged for this one" }
}

pub fn cancelled() -> X402Error {
    X402Error::Flow { reason: Reason::NonceAlreadyUsed, message: "the payer cancelled this authorization on chain: nothing was charged" }
}

impl ProofOnChain {
    /// `url`: the first node to ask (`RPC_URL`, else the chain's public endpoint); `tx_hash`:
    /// the transaction the ledger knows, if any.
    pub fn new(url: Option<String>, payment: &VerifiedPayment, tx_hash: Option<String>) -> Result<ProofOnChain, X402Error> {
        let expected = Expected::of(payment)?;
        let valid_before = payment.valid_before.parse::<u64>().unwrap_or(u64::MAX);
        Ok(ProofOnChain { url, expected, valid_before, state: State::Start(tx_hash) })
    }

    fn finish(&mut self, outcome: Outcome) -> Step {
        self.state = State::Done;
        Step::Done(outcome)
    }

    fn ask(&self, name: &'static str, request: HttpRequest) -> Step {
        Step::Request { target: Target::Chain, name, request, tx_hash: None }
    }

    /// After the known transaction (if any): the chain's clock when the window may be
    /// closed, else the authorization's state.
    fn from_state(&mut self, now_ms: u64) -> Step {
        self.state = if now_ms / 1000 >= self.valid_before { State::Clock } else { State::Authorization { closed: false } };
        self.next(now_ms)
    }
}

impl Settler for ProofOnChain {
    fn next(&mut self, now_ms: u64) -> Step {
        let Some(url) = self.url.clone() else {
            return self.finish(Outcome::unknown(None, "no node to prove it on: set RPC_URL"));
        };
        let e = &self.expected;
        match &self.state {
            State::Start(Some(h)) => {
                let h = h.clone();
                self.state = State::Receipt(h);
                self.next(now_ms)
            }
            State::Start(None) => self.from_state(now_ms),
            State::Receipt(h) | State::UsedReceipt(h) => match receipt::receipt_request(&url, h) {
                Some(r) => self.ask("receipt", r),
                None => self.from_state(now_ms),
            },
            State::Clock => self.ask("latestBlock", receipt::latest_block_request(&url)),
            State::Authorization { .. } => self.ask("authorizationState", receipt::authorization_state_request(&url, e)),
            State::UsedLogs => self.ask("authorizationLogs", receipt::authorization_logs_request(&url, e)),
            State::UsedTransaction { candidates, clear } => match candidates.first().and_then(|h| receipt::transaction_request(&url, h)) {
                Some(r) => self.ask("transaction", r),
                None => {
                    self.state = State::Cancelled { unpaid: *clear };
                    self.next(now_ms)
                }
            },
            State::Cancelled { .. } => self.ask("cancellationLogs", receipt::cancellation_logs_request(&url, e)),
            State::Done => super::okx::ended(),
        }
    }

    fn answer(&mut self, _http_status: u16, body: &str, now_ms: u64) -> Step {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Receipt(h) => match receipt::judge(body, &h, &self.expected) {
                o @ Outcome::Settled { .. } => self.finish(o),
                // Reverted, pending or unreadable: the authorization may still have been used
                // by another transaction. Ask the token.
                _ => self.from_state(now_ms),
            },
            State::Clock => match receipt::block_timestamp(body) {
                Some(t) => {
                    self.state = State::Authorization { closed: t >= self.valid_before };
                    self.next(now_ms)
                }
                None => self.finish(Outcome::unknown(None, "the node did not tell the chain's time")),
            },
            State::Authorization { closed } => match receipt::authorization_used(body, &self.expected) {
                Ok(true) => {
                    self.state = State::UsedLogs;
                    self.next(now_ms)
                }
                Ok(false) if closed => self.finish(Outcome::failed(expired_unused())),
                // Unused, and the window is open: it may still land (or be sent).
                Ok(false) => self.finish(Outcome::Pending { tx_hash: None }),
                Err(reason) => self.finish(Outcome::Unknown { tx_hash: None, reason }),
            },
            State::UsedLogs => {
                let found = receipt::authorization_transactions(body, &self.expected);
                self.state = match (self.expected.via, found.first()) {
                    // Permit2: each candidate is confirmed by its call data first.
                    (Some(_), _) => State::UsedTransaction { candidates: found, clear: true },
                    (None, Some(h)) => State::UsedReceipt(h.clone()),
                    (None, None) => State::Cancelled { unpaid: false },
                };
                self.next(now_ms)
            }
            State::UsedTransaction { mut candidates, clear } => match receipt::permit_candidate(body, &self.expected) {
                Some(Candidate::Ours) if !candidates.is_empty() => {
                    self.state = State::UsedReceipt(candidates.remove(0));
                    self.next(now_ms)
                }
                Some(c) => {
                    if !candidates.is_empty() {
                        candidates.remove(0);
                    }
                    self.state = State::UsedTransaction { candidates, clear: clear && c == Candidate::Theirs };
                    self.next(now_ms)
                }
                None => self.finish(Outcome::unknown(None, "the permit was used; the node did not show its transaction")),
            },
            State::UsedReceipt(h) => match receipt::judge(body, &h, &self.expected) {
                o @ Outcome::Settled { .. } => self.finish(o),
                _ => self.finish(Outcome::unknown(Some(h), "the authorization was used; its transaction is no proof")),
            },
            State::Cancelled { unpaid } => match receipt::cancelled(body, &self.expected) {
                Some(true) => self.finish(Outcome::failed(cancelled())),
                // Permit2: its nonce is used and no transfer to payTo can be this permit's: it
                // was used elsewhere (another permit of the payer's with the same nonce), and
                // can never move money here.
                Some(false) if unpaid => self.finish(Outcome::failed(used_elsewhere())),
                _ => self.finish(Outcome::unknown(None, "the authorization was used; no transaction found yet")),
            },
            State::Start(_) | State::Done => super::okx::ended(),
        }
    }
}
