//! x402-reconcile: finishes the rows whose outcome was left unknown, by proof on chain only.
//! It never submits a payment: a payer told to retry who never comes back must not be charged
//! for a delivery they never got. A row never sent is abandoned (failed: nothing moved); a
//! row proven settled becomes settled (served when presented, whenever that is); a row
//! proven unused after its window, or cancelled, is failed; anything else is let go for the
//! next run or the next presentation.
//!
//! Direct settlement: a row whose recorded transaction is not mined, lost by the node or
//! priced under the chain's base fee, would hold up every later nonce of its settler: its
//! nonce is filled (a transfer of nothing from the settler to itself, which also cancels the
//! payment: nothing moves) and the row fails once the nonce is taken. A transaction waiting
//! at good fees is left to be mined. The run ends with each settler's gas balance
//! (`eth_getBalance`) against `X402_SETTLER_MIN_GAS_WEI`, in the report and, when low, as an
//! alarm for the log: a schedule doubles as the gas monitor.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::http::Reply;
use crate::json::Writer;

use crate::x402::address::Address;
use crate::x402::error::FacilitatorOp;
use crate::x402::evm::rpc;
use crate::x402::settle::direct::{pool, unstick};
use crate::x402::settle::SettlerKind;
use crate::x402::u256::U256;

use crate::x402::config::PaywallConfig;
use crate::http::HttpError;
use crate::x402::error::Reason;
use crate::x402::facilitator::{self, FacilitatorConfig};
use crate::x402::reply;
use crate::x402::settle::{self, Outcome, Verb};
use crate::x402::verify::VerifiedPayment;
use crate::x402::flow::drive::{Drive, Progress, RowRef};
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
    /// A stuck nonce being filled; `settled`: the outcome to record whatever the filler's.
    Filling { drive: Drive, row: Stranded, settled: Option<Outcome> },
    Recording,
    /// The pool's accounts still to ask, and the balances asked so far.
    GasBalance { left: Vec<Address>, seen: Vec<(Address, Option<U256>)>, minimum: U256 },
    Done,
}

pub struct ReconcileFlow {
    paywall: Rc<Result<PaywallConfig, HttpError>>,
    facilitator: Rc<Result<FacilitatorConfig, HttpError>>,
    token: String,
    rows: Vec<Stranded>,
    report: Report,
    state: State,
    /// `SETTLER_PRIVATE_KEY` (direct settlement): the pool whose nonces are filled and
    /// whose gas is reported.
    settler_key: String,
}

impl ReconcileFlow {
    pub fn new(
        paywall: Rc<Result<PaywallConfig, HttpError>>,
        facilitator: Rc<Result<FacilitatorConfig, HttpError>>,
        token: String,
        settler_key: String,
    ) -> ReconcileFlow {
        ReconcileFlow { paywall, facilitator, token, rows: Vec::new(), report: Report::default(), state: State::Done, settler_key }
    }

    fn config(&self) -> Option<&PaywallConfig> {
        match (&*self.paywall, &*self.facilitator) {
            (Ok(c), _) => Some(c),
            (_, Ok(f)) => Some(&f.base),
            _ => None,
        }
    }

    /// The report's counts, then (direct settlement) each settler's gas check.
    fn finish(&mut self) -> Effect {
        let direct = self.config().filter(|c| c.backend.kind() == SettlerKind::Direct && !c.rpc_urls.is_empty()).map(|c| c.knobs.settler_min_gas_wei);
        let accounts = pool::accounts(&self.settler_key);
        match direct {
            Some(minimum) if !accounts.is_empty() => {
                let mut left = accounts;
                left.reverse();
                self.state = State::GasBalance { left, seen: Vec::new(), minimum };
                self.ask_gas()
            }
            _ => {
                self.state = State::Done;
                Effect::Respond(Reply::json(200, self.report_json(&[], U256::ZERO)))
            }
        }
    }

    /// The next account's balance, or the report.
    fn ask_gas(&mut self) -> Effect {
        let next = match &self.state {
            State::GasBalance { left, .. } => left.last().copied(),
            _ => None,
        };
        let nodes = self.config().map(|c| c.rpc_urls.clone()).unwrap_or_default();
        match (next, nodes.first()) {
            (Some(account), Some(url)) => Effect::node("gasBalance", rpc::native_balance(url, &account), &nodes),
            _ => match core::mem::replace(&mut self.state, State::Done) {
                State::GasBalance { seen, minimum, .. } => self.gas_report(&seen, minimum),
                _ => self.gas_report(&[], U256::ZERO),
            },
        }
    }

    /// `{checked, settled, failed, pending[, settlers]}`: each settler's gas against the
    /// minimum (a balance the node could not give is null, and raises no alarm).
    fn report_json(&self, gas: &[(Address, Option<U256>)], min: U256) -> String {
        let r = &self.report;
        let mut w = Writer::new();
        w.open_obj().key("checked").int(r.checked as i64).key("settled").int(r.settled as i64);
        w.key("failed").int(r.failed as i64).key("pending").int(r.pending as i64);
        if !gas.is_empty() {
            w.key("settlers").open_arr();
            for (account, balance) in gas {
                w.open_obj().key("address").str(&account.to_hex());
                match balance {
                    Some(b) => w.key("gasBalanceWei").str(&b.to_dec_string()).key("low").bool(*b < min),
                    None => w.key("gasBalanceWei").null().key("low").null(),
                };
                w.key("minimumWei").str(&min.to_dec_string()).close_obj();
            }
            w.close_arr();
        }
        w.close_obj();
        w.finish()
    }

    /// The report; an alarm for the log naming each settler below the minimum.
    fn gas_report(&mut self, gas: &[(Address, Option<U256>)], min: U256) -> Effect {
        self.state = State::Done;
        let reply = Reply::json(200, self.report_json(gas, min));
        let mut line = String::from("gas alarm: ");
        for (a, b) in gas {
            if let Some(b) = b.filter(|b| *b < min) {
                if line.len() > 11 {
                    line.push_str("; ");
                }
                for part in ["settler ", &a.to_hex(), " holds ", &b.to_dec_string(), " wei"] {
                    line.push_str(part);
                }
            }
        }
        if line.len() == 11 {
            return Effect::Respond(reply);
        }
        for part in [", below X402_SETTLER_MIN_GAS_WEI (", &min.to_dec_string(), "): top it up before direct settlements are refused"] {
            line.push_str(part);
        }
        Effect::Alarm { reply, line }
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
        let mut paid = VerifiedPayment::from_value(&row.payment)?;
        // A metered payment is proven by its charge's transfer, not its ceiling's.
        paid.charged = row.charged.clone();
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
                    Progress::Done(o) => self.proven(row, o, now_ms),
                }
            }
            Err(_) => self.record(&row, Outcome::unknown(None, "cannot be proven"), ""),
        }
    }

    /// What the proof found; a direct row not settled whose recorded transaction is not
    /// mined has its nonce filled first (see the module's note), and so has one settled by
    /// another transaction (its authorization used by someone else's).
    fn proven(&mut self, row: Stranded, outcome: Outcome, now_ms: u64) -> Effect {
        let (why, settled) = match &outcome {
            Outcome::Pending { .. } => (unstick::cancelled(), None),
            Outcome::Failed { reason } => (reason.clone(), None),
            Outcome::Settled { tx_hash, .. } if row.recorded.as_ref().is_some_and(|r| r.is_not(tx_hash)) => (unstick::cancelled(), Some(outcome.clone())),
            _ => return self.record(&row, outcome, ""),
        };
        let Some(recorded) = row.recorded.clone() else { return self.record(&row, outcome, "") };
        let key = pool::signer_of(&self.settler_key, &recorded.address).unwrap_or("");
        let Some((paid, config)) = self.payment_of(&row).filter(|_| !key.is_empty()) else { return self.record(&row, outcome, "") };
        let started = settle::session(&config, paid, Verb::Fill { recorded, why }, key);
        match started {
            Ok(settler) => {
                let mut drive = Drive::new(settler, &config, Some(RowRef { id: row.id.clone(), token: self.token.clone() }), None);
                match drive.start(now_ms) {
                    Progress::Effect(e) => {
                        self.state = State::Filling { drive, row, settled };
                        e
                    }
                    Progress::Done(o) => self.record(&row, settled.unwrap_or(o), ""),
                }
            }
            Err(_) => self.record(&row, settled.unwrap_or(outcome), ""),
        }
    }

    fn record(&mut self, row: &Stranded, outcome: Outcome, reason: &str) -> Effect {
        let summary;
        let record = match &outcome {
            Outcome::Settled { tx_hash, proof } => {
                self.report.settled += 1;
                summary = crate::x402::codec::cat(&["settled (reconciled, proof: ", proof.as_str(), ")"]);
                Record::Settled { tx_hash, summary: &summary, served: false, charged: None }
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
                Progress::Done(o) => self.proven(row, o, now_ms),
            },
            State::Filling { mut drive, row, settled } => match drive.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Filling { drive, row, settled };
                    e
                }
                Progress::Done(o) => self.record(&row, settled.unwrap_or(o), ""),
            },
            // A lost record leaves the row claimed until its lease ends: the next run takes it.
            State::Recording => self.next_row(now_ms),
            State::GasBalance { mut left, mut seen, minimum } => {
                let balance = if a.ok() { rpc::quantity_result(FacilitatorOp::Settle, a.body, "eth_getBalance").ok() } else { None };
                if let Some(account) = left.pop() {
                    seen.push((account, balance));
                }
                self.state = State::GasBalance { left, seen, minimum };
                self.ask_gas()
            }
            State::Done => Effect::Respond(reply::error(&crate::x402::X402Error::Misconfigured("this flow has ended").info())),
        }
    }
}
