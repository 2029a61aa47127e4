//! x402-reconcile: finishes the rows whose outcome was left unknown, by proof on chain only.
//! It never submits anything: a payer told to retry who never comes back must not be charged
//! for a delivery they never got. A row never sent is abandoned (failed: nothing moved); a
//! row proven settled becomes settled (served when presented, whenever that is); a row
//! proven unused after its window, or cancelled, is failed; anything else is let go for the
//! next run or the next presentation.
//!
//! Direct settlement: the run ends with the settler's gas balance (`eth_getBalance`) against
//! `X402_SETTLER_MIN_GAS_WEI`, in the report and, when low, as an alarm for the log: a
//! schedule doubles as the gas monitor.

use std::rc::Rc;

use crate::http::Reply;
use crate::json::Writer;

use crate::x402::address::Address;
use crate::x402::error::FacilitatorOp;
use crate::x402::evm::rpc;
use crate::x402::settle::{SettlerKind, Target};
use crate::x402::u256::U256;

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
    GasBalance { settler: Address, minimum: U256 },
    Done,
}

pub struct ReconcileFlow {
    paywall: Rc<Result<PaywallConfig, HttpError>>,
    facilitator: Rc<Result<FacilitatorConfig, HttpError>>,
    token: String,
    rows: Vec<Stranded>,
    report: Report,
    state: State,
    /// The direct settler's account (from `SETTLER_PRIVATE_KEY`; the key itself is not kept).
    settler: Option<Address>,
}

impl ReconcileFlow {
    pub fn new(
        paywall: Rc<Result<PaywallConfig, HttpError>>,
        facilitator: Rc<Result<FacilitatorConfig, HttpError>>,
        token: String,
        settler: Option<Address>,
    ) -> ReconcileFlow {
        ReconcileFlow { paywall, facilitator, token, rows: Vec::new(), report: Report::default(), state: State::Done, settler }
    }

    /// The report's counts, then (direct settlement) the settler's gas check.
    fn finish(&mut self) -> Effect {
        let config = match (&*self.paywall, &*self.facilitator) {
            (Ok(c), _) => Some(c),
            (_, Ok(f)) => Some(&f.base),
            _ => None,
        };
        let target = config.filter(|c| c.backend.kind() == SettlerKind::Direct).and_then(|c| Some((c, self.settler?, c.rpc_urls.first()?)));
        let Some((config, settler, url)) = target else {
            self.state = State::Done;
            return Effect::Respond(Reply::json(200, self.report_json(None)));
        };
        self.state = State::GasBalance { settler, minimum: config.knobs.settler_min_gas_wei };
        Effect::Http {
            target: Target::Chain,
            name: "gasBalance",
            request: rpc::native_balance(url, &settler),
            timeout_ms: crate::x402::flow::drive::NODE_TIMEOUT_MS,
            fallbacks: config.rpc_urls.get(1..).map(<[String]>::to_vec).unwrap_or_default(),
        }
    }

    /// `{checked, settled, failed, pending[, settler]}`; `gas` = the settler's object, written
    /// by the caller.
    fn report_json(&self, gas: Option<&dyn Fn(&mut Writer)>) -> String {
        let r = &self.report;
        let mut w = Writer::new();
        w.open_obj().key("checked").int(r.checked as i64).key("settled").int(r.settled as i64);
        w.key("failed").int(r.failed as i64).key("pending").int(r.pending as i64);
        if let Some(write) = gas {
            w.key("settler");
            write(&mut w);
        }
        w.close_obj();
        w.finish()
    }

    /// The report with the settler's gas balance; an alarm for the log when it is below the
    /// minimum. A node that cannot say is reported as such (no alarm: nothing is known).
    fn gas_report(&mut self, a: Answer<'_>, settler: Address, min: U256) -> Effect {
        self.state = State::Done;
        let address = settler.to_hex();
        let balance = if a.ok() { rpc::quantity_result(FacilitatorOp::Settle, a.body, "eth_getBalance").ok() } else { None };
        let low = balance.map(|b| b < min);
        let body = self.report_json(Some(&|w: &mut Writer| {
            w.open_obj().key("address").str(&address);
            match &balance {
                Some(b) => w.key("gasBalanceWei").str(&b.to_dec_string()),
                None => w.key("gasBalanceWei").null(),
            };
            w.key("minimumWei").str(&min.to_dec_string());
            match low {
                Some(l) => w.key("low").bool(l),
                None => w.key("low").null(),
            };
            w.close_obj();
        }));
        let reply = Reply::json(200, body);
        match (low, balance) {
            (Some(true), Some(b)) => Effect::Alarm {
                reply,
                line: crate::x402::codec::cat(&[
                    "gas alarm: settler ",
                    &address,
                    " holds ",
                    &b.to_dec_string(),
                    " wei, below X402_SETTLER_MIN_GAS_WEI (",
                    &min.to_dec_string(),
                    "): top it up before direct settlements are refused",
                ]),
            },
            _ => Effect::Respond(reply),
        }
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
            return self.finish();
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
            State::GasBalance { settler, minimum } => self.gas_report(a, settler, minimum),
            State::Done => Effect::Respond(reply::error(&crate::x402::X402Error::Misconfigured("this flow has ended").info())),
        }
    }
}
