//! x402-reconcile: finishes the rows whose outcome was left unknown, by proof on chain only.
//! It never submits anything: a payer told to retry who never comes back must not be charged
//! for a delivery they never got. A row never sent is abandoned (failed: nothing moved); a
//! row proven settled becomes settled (served when presented, whenever that is); a row
//! proven unused after its window, or cancelled, is failed; anything else is let go for the
//! next run or the next presentation.

use std::rc::Rc;

use crate::http::Reply;
use crate::json::Writer;

use crate::x402::config::PaywallConfig;
use crate::http::HttpError;
use crate::x402::error::Reason;
use crate::x402::facilitator::{self, FacilitatorConfig};
use crate::x402::reply;
use crate::x402::settle::{self, Outcome, Verb};
use crate::x402::verify::VerifiedPayment;
use crate::x402::flow::drive::{Drive, Progress};
use crate::x402::flow::effect::{Answer, Effect};
use crate::x402::flow::ledger::{self, Record, Stranded};
use crate::x402::flow::{Flow, CLAIM_LEASE_SECONDS, RECONCILE_BATCH};

#[derive(Default)]
struct Report {
    checked: u64,
    settled: u64,
    failed: u64,
    pending: u64,
}

enum State {
    Stranded,
    Proving { drive: Drive, row: Stranded },
    Recording,
    Done,
}

pub struct ReconcileFlow {
    paywall: Rc<Result<PaywallConfig, HttpError>>,
    facilitator: Rc<Result<FacilitatorConfig, HttpError>>,
    token: String,
    rows: Vec<Stranded>,
    report: Report,
    state: State,
}

impl ReconcileFlow {
    pub fn new(paywall: Rc<Result<PaywallConfig, HttpError>>, facilitator: Rc<Result<FacilitatorConfig, HttpError>>, token: String) -> ReconcileFlow {
        ReconcileFlow { paywall, facilitator, token, rows: Vec::new(), report: Report::default(), state: State::Done }
    }

    fn min_age_seconds(&self) -> u32 {
        match (&*self.paywall, &*self.facilitator) {
            (Ok(c), _) => c.knobs.reconcile_min_age_seconds,
            (_, Ok(f)) => f.base.knobs.reconcile_min_age_seconds,
            _ => crate::x402::config::Knobs::default().reconcile_min_age_seconds,
        }
    }

    /// The row's payment and the configuration it was settled under: the paywall's own, or,
    /// for a row the facilitator wrote for another server, its caller's requirements
    /// (re-checked against today's allow-list). None: leave it for a person.
    fn payment_of(&self, row: &Stranded) -> Option<(VerifiedPayment, PaywallConfig)> {
        let paid = VerifiedPayment::from_value(&row.payment)?;
        let config = match row.payment.get("requirements") {
            Some(stored) => {
                let f = self.facilitator.as_ref().as_ref().ok()?;
                f.paywall_config(&facilitator::stored_requirements(f, stored).ok()?)
            }
            None => self.paywall.as_ref().as_ref().ok()?.clone(),
        };
        // Only the backend that made the attempt can have made it.
        (config.backend.kind().as_str() == row.settler).then_some((paid, config))
    }

    /// The next row, or the report.
    fn next_row(&mut self, now_ms: u64) -> Effect {
        let Some(row) = self.rows.pop() else {
            self.state = State::Done;
            let r = &self.report;
            let mut w = Writer::new();
            w.open_obj().key("checked").int(r.checked as i64).key("settled").int(r.settled as i64);
            w.key("failed").int(r.failed as i64).key("pending").int(r.pending as i64).close_obj();
            return Effect::Respond(Reply::json(200, w.finish()));
        };
        self.report.checked += 1;
        if !row.submitted {
            // Claimed, never sent: nothing can have moved, and settling it now would charge
            // for a request that was never served.
            return self.record(&row, Outcome::failed(crate::x402::X402Error::Flow { reason: Reason::UnexpectedSettleError, message: "abandoned" }), "abandoned");
        }
        let Some((paid, config)) = self.payment_of(&row) else {
            return self.record(&row, Outcome::unknown(None, "malformed or no longer allowed"), "");
        };
        let started = settle::session(&config, paid, Verb::Prove { tx_hash: row.tx_hash.clone() }, "");
        match started {
            Ok(settler) => {
                let mut drive = Drive::new(settler, &config, None, None);
                match drive.start(now_ms) {
                    Progress::Effect(e) => {
                        self.state = State::Proving { drive, row };
                        e
                    }
                    Progress::Done(o) => self.record(&row, o, ""),
                }
            }
            Err(_) => self.record(&row, Outcome::unknown(None, "cannot be proven"), ""),
        }
    }

    fn record(&mut self, row: &Stranded, outcome: Outcome, reason: &str) -> Effect {
        let summary;
        let record = match &outcome {
            Outcome::Settled { tx_hash, proof } => {
                self.report.settled += 1;
                summary = crate::x402::codec::cat(&["settled (reconciled, proof: ", proof.as_str(), ")"]);
                Record::Settled { tx_hash, summary: &summary, served: false }
            }
            Outcome::Failed { reason: why } => {
                self.report.failed += 1;
                Record::Failed { reason: if reason.is_empty() { why.reason() } else { reason }, summary: "failed (reconciled)" }
            }
            Outcome::Unknown { tx_hash, .. } | Outcome::Pending { tx_hash } => {
                self.report.pending += 1;
                Record::Unknown { tx_hash: tx_hash.as_deref() }
            }
            Outcome::Verified { .. } => {
                self.report.pending += 1;
                Record::Unknown { tx_hash: None }
            }
        };
        let args = record.args(&row.id, &self.token);
        self.state = State::Recording;
        Effect::Ledger { call: ledger::RECORD, args }
    }
}

impl Flow for ReconcileFlow {
    fn start(&mut self, _now_ms: u64) -> Effect {
        self.state = State::Stranded;
        let args = ledger::stranded_args(self.min_age_seconds(), RECONCILE_BATCH, CLAIM_LEASE_SECONDS, &self.token);
        Effect::Ledger { call: ledger::STRANDED, args }
    }

    fn resume(&mut self, a: Answer<'_>, now_ms: u64) -> Effect {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Stranded if a.unconfigured() => Effect::Respond(reply::error(&crate::x402::flow::drive::no_ledger().info())),
            State::Stranded => match ledger::parse_stranded(a.body).filter(|_| a.ok()) {
                Some((logged, mut rows)) => {
                    self.report.settled += logged;
                    rows.reverse();
                    self.rows = rows;
                    self.next_row(now_ms)
                }
                None => Effect::Respond(reply::error(&HttpError::new(503, Reason::LedgerUnavailable.as_str(), "the ledger cannot be read"))),
            },
            State::Proving { mut drive, row } => match drive.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Proving { drive, row };
                    e
                }
                Progress::Done(o) => self.record(&row, o, ""),
            },
            // A lost record leaves the row claimed until its lease ends: the next run takes it.
            State::Recording => self.next_row(now_ms),
            State::Done => Effect::Respond(reply::error(&crate::x402::X402Error::Misconfigured("this flow has ended").info())),
        }
    }
}
