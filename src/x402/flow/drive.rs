//! One settlement conversation (a [`Settler`] of any backend) turned into effects: its
//! requests with their deadlines and fallback nodes, the polls of a pending settlement, and
//! the direct backend's ledger work (its account nonce allocated and, when never used,
//! released; its transaction recorded BEFORE it is broadcast, and not broadcast when that
//! record fails).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::config::PaywallConfig;
use crate::x402::error::{Reason, X402Error};
use crate::x402::evm::rpc as evm_rpc;
use crate::x402::settle::{Outcome, Settler, Step, Target};
use crate::x402::flow::effect::{Answer, Effect, NODE_TIMEOUT_MS};
use crate::x402::flow::ledger::{self, Record};
use crate::http::HttpRequest;

/// A facilitator's verify or status answer comes within this.
const FACILITATOR_TIMEOUT_MS: u32 = 5_000;
/// Between two polls of a pending settlement.
pub const POLL_INTERVAL_MS: u32 = 500;

/// The row a settlement writes to (the direct backend), held by `token`.
#[derive(Clone, Debug)]
pub struct RowRef {
    pub id: String,
    pub token: String,
}

enum Waiting {
    Http,
    /// The node's pending transaction count, for the ledger's nonce allocation.
    NonceCount,
    NonceAllocated,
    /// The transaction is being recorded; broadcast it once that is confirmed.
    Recording(HttpRequest),
    Polling,
    /// The unused nonce is being given back; then this outcome.
    Releasing(Outcome),
    Nothing,
}

pub enum Progress {
    Effect(Effect),
    Done(Outcome),
}

pub struct Drive {
    settler: Box<dyn Settler>,
    row: Option<RowRef>,
    settle_timeout_ms: u32,
    fallbacks: Vec<String>,
    chain_id: u64,
    polls_left: u32,
    pending_is_outcome: bool,
    waiting: Waiting,
    /// The direct backend's allocated nonce and its account.
    nonce: Option<(String, u64)>,
    /// The transaction that may have been broadcast.
    sent: Option<String>,
}

impl Drive {
    /// `polls`: how often a pending settlement is polled before its outcome is left unknown;
    /// `None`: a pending outcome is the answer (a proof: unused, its window open).
    pub fn new(settler: Box<dyn Settler>, config: &PaywallConfig, row: Option<RowRef>, polls: Option<u32>) -> Drive {
        let urls = config.proof_urls();
        Drive {
            settler,
            row,
            settle_timeout_ms: config.knobs.settle_timeout_ms,
            fallbacks: urls.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
            chain_id: config.chain_id,
            polls_left: polls.unwrap_or(0),
            pending_is_outcome: polls.is_none(),
            waiting: Waiting::Nothing,
            nonce: None,
            sent: None,
        }
    }

    pub fn start(&mut self, now_ms: u64) -> Progress {
        let step = self.settler.next(now_ms);
        self.on(step)
    }

    pub fn resume(&mut self, a: Answer<'_>, now_ms: u64) -> Progress {
        match core::mem::replace(&mut self.waiting, Waiting::Nothing) {
            Waiting::Http => {
                let step = self.settler.answer(a.status, a.body, now_ms);
                self.on(step)
            }
            Waiting::NonceCount => {
                let count = evm_rpc::quantity_result(crate::x402::error::FacilitatorOp::Settle, a.body, "eth_getTransactionCount").ok().and_then(|n| n.to_u64());
                match (count, self.settler.account(), &self.row) {
                    (Some(count), Some(account), Some(_)) if a.status != 0 => {
                        self.nonce = Some((account.clone(), 0));
                        self.waiting = Waiting::NonceAllocated;
                        Progress::Effect(Effect::Ledger { call: ledger::ALLOCATE_NONCE, args: ledger::allocate_args(&account, self.chain_id, count) })
                    }
                    _ => {
                        let step = self.settler.answer(a.status, a.body, now_ms);
                        self.on(step)
                    }
                }
            }
            Waiting::NonceAllocated => match ledger::number(a.body).filter(|_| a.ok()) {
                Some(n) => {
                    if let Some(held) = &mut self.nonce {
                        held.1 = n;
                    }
                    match self.settler.use_nonce(n, now_ms) {
                        Some(step) => self.on(step),
                        None => self.finish(Outcome::failed(X402Error::Misconfigured("no nonce was asked for"))),
                    }
                }
                None => {
                    self.nonce = None;
                    self.finish(Outcome::failed(unavailable("the settler nonce could not be allocated; nothing was sent")))
                }
            },
            Waiting::Recording(request) => {
                if a.ok() && ledger::recorded_state(a.body).as_deref() == Some("pending") {
                    self.waiting = Waiting::Http;
                    Progress::Effect(self.http(Target::Chain, "send", request))
                } else {
                    // Not recorded: never broadcast what the ledger does not know of.
                    self.sent = None;
                    self.finish(Outcome::failed(unavailable("the payment ledger cannot be written; nothing was sent")))
                }
            }
            Waiting::Polling => {
                let step = self.settler.next(now_ms);
                self.on(step)
            }
            Waiting::Releasing(outcome) => Progress::Done(outcome),
            Waiting::Nothing => Progress::Done(Outcome::failed(X402Error::Misconfigured("no effect is waiting for an answer"))),
        }
    }

    fn http(&self, target: Target, name: &'static str, request: HttpRequest) -> Effect {
        let (timeout_ms, fallbacks) = match (target, name) {
            (Target::Facilitator, "settle") => (self.settle_timeout_ms, Vec::new()),
            (Target::Facilitator, _) => (FACILITATOR_TIMEOUT_MS, Vec::new()),
            (Target::Chain, _) => (NODE_TIMEOUT_MS, self.fallbacks.clone()),
        };
        Effect::Http { target, name, request, timeout_ms, fallbacks }
    }

    fn on(&mut self, step: Step) -> Progress {
        match step {
            Step::Request { target, name, request, tx_hash } => match (name, tx_hash, &self.row) {
                ("send", Some(hash), Some(row)) => {
                    let raw = evm_rpc::sent_raw(&request.body);
                    let record = Record::Sending { tx_hash: &hash, settler: self.nonce.as_ref().map(|(a, n)| (a.as_str(), *n)), raw: raw.as_deref() };
                    let args = record.args(&row.id, &row.token);
                    self.sent = Some(hash);
                    self.waiting = Waiting::Recording(request);
                    Progress::Effect(Effect::Ledger { call: ledger::RECORD, args })
                }
                ("nonce", _, Some(_)) => {
                    self.waiting = Waiting::NonceCount;
                    Progress::Effect(self.http(target, name, request))
                }
                (_, hash, _) => {
                    if hash.is_some() {
                        self.sent = hash;
                    }
                    self.waiting = Waiting::Http;
                    Progress::Effect(self.http(target, name, request))
                }
            },
            Step::Done(Outcome::Pending { tx_hash }) if self.pending_is_outcome => Progress::Done(Outcome::Pending { tx_hash }),
            Step::Done(Outcome::Pending { tx_hash }) => {
                if self.polls_left > 0 {
                    self.polls_left -= 1;
                    self.waiting = Waiting::Polling;
                    return Progress::Effect(Effect::Sleep { ms: POLL_INTERVAL_MS });
                }
                let tx_hash = tx_hash.or_else(|| self.sent.clone());
                Progress::Done(Outcome::Unknown { tx_hash, reason: pending() })
            }
            Step::Done(Outcome::Unknown { tx_hash, reason }) => Progress::Done(Outcome::Unknown { tx_hash: tx_hash.or_else(|| self.sent.clone()), reason }),
            Step::Done(outcome) => self.finish(outcome),
        }
    }

    /// The outcome; a direct nonce allocated but never broadcast goes back to the ledger first.
    fn finish(&mut self, outcome: Outcome) -> Progress {
        match (self.nonce.take(), &self.sent, matches!(outcome, Outcome::Settled { .. })) {
            (Some((account, n)), None, false) => {
                self.waiting = Waiting::Releasing(outcome);
                Progress::Effect(Effect::Ledger { call: ledger::RELEASE_NONCE, args: ledger::release_args(&account, self.chain_id, n) })
            }
            _ => Progress::Done(outcome),
        }
    }
}

pub fn unavailable(message: &'static str) -> X402Error {
    X402Error::Flow { reason: Reason::LedgerUnavailable, message }
}

/// JS has no database client: the secrets that reach the ledger are not set.
pub fn no_ledger() -> X402Error {
    X402Error::Flow { reason: Reason::MissingSecret, message: "INSFORGE_BASE_URL and API_KEY are needed to record payments" }
}

fn pending() -> X402Error {
    X402Error::Flow { reason: Reason::SettlementPending, message: "the settlement is still pending on chain; retry with the same payment" }
}
