//! A presented payment: the paywall's paid request, and the facilitator's verify and settle.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::http::Reply;
use crate::json::Writer;

use crate::x402::config::PaywallConfig;
use crate::http::HttpError;
use crate::x402::address::Address;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::facilitator::{self, Op};
use crate::x402::reply;
use crate::x402::requirements::{Requirements, Scheme};
use crate::x402::settle::direct::pool;
use crate::x402::settle::Recorded;
use crate::x402::settle::{self, Backend, Outcome, Verb};
use crate::x402::verify::VerifiedPayment;
use crate::x402::flow::drive::{self, Drive, Progress, RowRef};
use crate::x402::flow::effect::{Answer, Effect};
use crate::x402::flow::ledger::{self, Claim, Claimed, Mode, Record};
use crate::x402::flow::{Flow, BUSY_PAUSE_MS, CLAIM_LEASE_SECONDS, CONCURRENT_WAIT_MS, REPLAY_WINDOW_MS};

/// Who the payment is presented to, and so how every answer is worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Face {
    /// The paywall: a settled payment is served by the seller's handler.
    Paywall,
    /// The facilitator's `/verify`: would it settle? Nothing is claimed.
    Verify,
    /// The facilitator's `/settle`: settled once, the same answer after.
    Settle,
}

/// Tries of a ledger call whose answer is lost before the flow gives up on it.
const LEDGER_TRIES: u32 = 3;

enum State {
    /// A signature that may be a contract wallet's: the payer's code on chain.
    SignerCode,
    /// Then our checker's verdict (`x402::evm::checker`).
    SignerCheck,
    /// The balance pre-check (with `RPC_URL`).
    Balance(Drive),
    /// The payer cannot pay unless the ledger already holds the payment.
    Exempt(X402Error),
    /// The facilitator's verify: is it spent already?
    Spent,
    /// The facilitator's verify, asked of the backend.
    Verify(Drive),
    Claim { tries: u32 },
    Busy,
    Settle { drive: Drive, row: RowRef, stage: Stage },
    /// A key short of gas was logged; the next key of the pool settles.
    NextKey(RowRef),
    /// Metered (`upto`): the backend's verify of the ceiling (direct: a simulation of the
    /// proxy's settle; OKX: its verify), before the work.
    Check { drive: Drive, row: RowRef },
    /// Metered: the seller's handler runs; its answer says how it went and what it cost.
    Work(RowRef),
    /// Metered: the charge is being recorded, before anything is sent.
    Charge { row: RowRef, amount: String, tries: u32 },
    /// Metered: the claim is let go (the work failed, or cost nothing that can be charged),
    /// then `then`.
    Release { then: Box<Effect> },
    /// Metered and settled: the handler runs again for this presentation (its charge stands).
    Redeliver { tx_hash: String, replay: bool },
    Record { row: RowRef, outcome: Outcome, tries: u32 },
    Done,
}

/// Where a settlement stands in a payment's resolution: what its outcome may be taken for.
#[derive(Clone, Debug)]
enum Stage {
    /// The first send of a payment nothing was sent for.
    Send,
    /// The chain asked first: an earlier attempt may have been sent.
    Prove { tx_hash: Option<String> },
    /// The backend resolving it, with its payer present and its window open.
    Resolve,
    /// The chain asked again: the backend refused it, and after a possible earlier send (or
    /// for an authorization already used) a refusal proves nothing by itself.
    Reprove,
    /// Direct settlement: the payment ended (`why`), its recorded transaction unmined: its
    /// nonce is being filled. The payer is told `why` whatever the filler's progress.
    Fill { why: X402Error },
    /// Direct settlement: settled by another transaction than the one recorded (the
    /// authorization used by someone else's), whose nonce is filled unless taken; then this.
    Unheld { settled: Outcome },
}

pub struct PaymentFlow {
    face: Face,
    config: Rc<PaywallConfig>,
    paid: VerifiedPayment,
    /// The facilitator's caller's requirements (kept in the row with the payment).
    requirements: Option<Requirements>,
    /// The payment is past its window: only what the ledger holds can be served.
    expired: bool,
    endpoint: String,
    summary: String,
    token: String,
    settler_key: String,
    /// Which try of the pool's keys settles (the next one skips a key short of gas).
    key_attempt: u32,
    /// The direct settlement's latest transaction, as the ledger kept it.
    recorded: Option<Recorded>,
    /// Metered: the seller's handler has run in this presentation (JS keeps its response).
    worked: bool,
    started_ms: u64,
    state: State,
}

pub struct Presented {
    pub face: Face,
    pub config: Rc<PaywallConfig>,
    pub paid: VerifiedPayment,
    pub requirements: Option<Requirements>,
    pub expired: bool,
    /// The ledger's `endpoint` column: `/functions/<slug>`, or the facilitator's resource.
    pub endpoint: String,
    /// What the ledger keeps as `response_summary` (e.g. `GET /functions/paid`).
    pub summary: String,
    /// A fresh random claim token (from JS).
    pub token: String,
    /// `SETTLER_PRIVATE_KEY`: one key or a pool (direct backend only).
    pub settler_key: String,
}

impl PaymentFlow {
    pub fn new(p: Presented) -> PaymentFlow {
        PaymentFlow {
            face: p.face,
            config: p.config,
            paid: p.paid,
            requirements: p.requirements,
            expired: p.expired,
            endpoint: p.endpoint,
            summary: p.summary,
            token: p.token,
            settler_key: p.settler_key,
            key_attempt: 0,
            recorded: None,
            worked: false,
            started_ms: 0,
            state: State::Done,
        }
    }

    /// The payment as its row keeps it (with the facilitator's requirements).
    pub fn payment_json(&self) -> String {
        let mut text = self.paid.to_json();
        if let Some(req) = &self.requirements {
            text.pop();
            let mut w = Writer { out: text };
            w.key("requirements");
            facilitator::write_requirements(&mut w, req);
            w.close_obj();
            text = w.finish();
        }
        text
    }

    fn refuse(&mut self, e: &X402Error) -> Effect {
        self.state = State::Done;
        let info = e.info();
        let reply = self.refusal(&info);
        if e.alarms() {
            return Effect::Alarm { reply, line: e.text() };
        }
        Effect::Respond(reply)
    }

    fn refusal(&self, info: &HttpError) -> Reply {
        match self.face {
            Face::Paywall => {
                let mut r = reply::reject(&self.config.requirements(&self.paid.resource), info, Some(&self.paid));
                // Come back with the same payment: after the minute (throttled), or in a moment
                // (another request holds it). The page reads only the status and this header.
                if info.error == Reason::TooManyAttempts.as_str() {
                    r.headers.push(("Retry-After", "60".into()));
                } else if info.error == Reason::PaymentInProgress.as_str() {
                    r.headers.push(("Retry-After", "2".into()));
                }
                r
            }
            Face::Verify => facilitator::failed(Some(&self.paid), info).reply(Op::Verify),
            Face::Settle => facilitator::failed(Some(&self.paid), info).reply(Op::Settle),
        }
    }

    /// A metered payment presented to the paywall: its handler runs before the settlement.
    fn metered(&self) -> bool {
        self.face == Face::Paywall && matches!(self.config.scheme, Scheme::Upto { .. })
    }

    /// The end of a settled payment: served by the handler, or the facilitator's answer. A
    /// metered payment's handler runs again when it has not run in this presentation.
    fn success(&mut self, tx_hash: &str, replay: bool) -> Effect {
        self.state = State::Done;
        if self.metered() && !self.worked {
            self.worked = true;
            self.state = State::Redeliver { tx_hash: tx_hash.into(), replay };
            return Effect::Work { info: self.serve_info(tx_hash, replay) };
        }
        match self.face {
            Face::Paywall => Effect::Serve { headers: reply::paid_headers(&self.paid, tx_hash), info: self.serve_info(tx_hash, replay), keep: None },
            Face::Settle => Effect::Respond(facilitator::ok_reply(facilitator::settled_body(&self.paid, tx_hash))),
            Face::Verify => Effect::Respond(facilitator::ok_reply(facilitator::verified_body(&self.paid))),
        }
    }

    /// What the seller's handler is told of the payment: for a metered one, its `scheme`,
    /// `ceiling` and (once decided) `charged`.
    fn serve_info(&self, tx_hash: &str, replay: bool) -> String {
        let p = &self.paid;
        let mut w = Writer::new();
        w.open_obj().key("scheme").str(self.config.scheme.name());
        if self.metered() {
            w.key("ceiling").str(&p.value);
            if let Some(c) = &p.charged {
                w.key("charged").str(c);
            }
        }
        w.key("payer").str(&p.payer).key("amount").str(p.amount_due()).key("asset").str(&p.asset);
        w.key("network").str(&p.network).key("nonce").str(&p.nonce).key("txHash").str(tx_hash);
        w.key("mock").bool(ledger::is_mock(tx_hash)).key("replay").bool(replay).key("x402Version").int(i64::from(p.x402_version));
        w.close_obj();
        w.finish()
    }

    /// The pool's key for `verb`: a recorded transaction's own signer, else this payment's
    /// pick (skipping the keys found short of gas).
    fn key_for(&self, verb: &Verb) -> Result<&str, X402Error> {
        if let Scheme::Upto { facilitator, .. } = self.config.scheme {
            // Only the witness's facilitator may settle a metered permit.
            return pool::signer_of(&self.settler_key, &facilitator.to_hex())
                .ok_or(X402Error::Misconfigured("X402_UPTO_FACILITATOR is not the address of a key in SETTLER_PRIVATE_KEY: only it can settle a metered payment"));
        }
        match verb {
            Verb::Replace(r) | Verb::Fill { recorded: r, .. } => pool::signer_of(&self.settler_key, &r.address)
                .ok_or(X402Error::Misconfigured("the key that sent this payment's transaction is no longer in SETTLER_PRIVATE_KEY")),
            _ => Ok(pool::pick(&self.settler_key, &self.paid.nonce, self.key_attempt)),
        }
    }

    fn settlement(&self, verb: Verb, row: Option<RowRef>) -> Result<Drive, X402Error> {
        let key = if matches!(self.config.backend, Backend::Direct) { self.key_for(&verb)? } else { "" };
        let settler = settle::session(&self.config, self.paid.clone(), verb.clone(), key)?;
        let polls = match (&verb, &self.config.backend) {
            (Verb::Prove { .. }, _) => None,
            (Verb::Settle | Verb::Resolve { .. }, Backend::Okx(_)) => Some(6),
            // As long as a facilitator's settle may take: polled every half second.
            (Verb::Settle | Verb::Resolve { .. } | Verb::Replace(_), Backend::Direct) => Some((self.config.knobs.settle_timeout_ms / drive::POLL_INTERVAL_MS).max(1)),
            _ => Some(0),
        };
        Ok(Drive::new(settler, &self.config, row, polls))
    }

    fn claim(&mut self, mode: Mode, tries: u32) -> Effect {
        self.state = State::Claim { tries };
        Effect::Ledger { call: ledger::CLAIM, args: self.claim_args(mode) }
    }

    /// The claim's arguments: a peek writes nothing, so it neither serves nor throttles.
    fn claim_args(&self, mode: Mode) -> String {
        let payment = self.payment_json();
        let writes = mode != Mode::Peek;
        Claim {
            paid: &self.paid,
            payment_json: &payment,
            endpoint: &self.endpoint,
            settler: self.config.backend.kind().as_str(),
            token: &self.token,
            mode,
            serve: writes && self.face == Face::Paywall,
            lease_seconds: CLAIM_LEASE_SECONDS,
            attempts_per_minute: if writes { self.config.knobs.attempts_per_minute } else { 0 },
        }
        .args()
    }

    fn claim_mode(&self) -> Mode {
        if self.expired {
            Mode::Resume
        } else {
            Mode::Claim
        }
    }

    /// Starts a settlement conversation at `stage`, or refuses when it cannot start.
    fn drive(&mut self, verb: Verb, row: RowRef, stage: Stage, now_ms: u64) -> Effect {
        match self.settlement(verb, Some(row.clone())) {
            Ok(mut d) => {
                let progress = d.start(now_ms);
                self.state = State::Settle { drive: d, row: row.clone(), stage };
                self.settled(progress, row, now_ms)
            }
            Err(e) => {
                // Nothing was sent: the claim is let go for the next presentation.
                self.record(row, Outcome::Unknown { tx_hash: None, reason: e }, 0)
            }
        }
    }

    fn settled(&mut self, progress: Progress, row: RowRef, now_ms: u64) -> Effect {
        match progress {
            Progress::Effect(e) => e,
            Progress::Done(outcome) => {
                let stage = match &self.state {
                    State::Settle { stage, .. } => stage.clone(),
                    _ => Stage::Send,
                };
                self.after_settlement(outcome, row, stage, now_ms)
            }
        }
    }

    /// What an outcome means at its stage. `failed` is recorded only when nothing can have
    /// moved: a first send refused (but "already used" is asked of the chain), or a proof.
    /// - a proof that found the authorization unused with its window open, or could not ask
    ///   the chain: the payer is here, so the backend resolves it (OKX's status or a second
    ///   settle, which the chain takes at most once; direct: the recorded transaction, or a
    ///   first broadcast when none was recorded). Past its window nothing is sent;
    /// - a facilitator refusing while resolving, or "already used" from any backend: the chain
    ///   is asked again, and only its proof ends the payment; unused, it stays unknown. (A
    ///   direct resolution's failure is a receipt's verdict: it stands.)
    fn after_settlement(&mut self, outcome: Outcome, row: RowRef, stage: Stage, now_ms: u64) -> Effect {
        let open = !self.expired && now_ms / 1000 < self.valid_before();
        let direct = matches!(self.config.backend, Backend::Direct);
        match (stage, outcome) {
            (Stage::Prove { tx_hash }, Outcome::Pending { .. } | Outcome::Unknown { .. }) if open => match (&tx_hash, &self.config.backend, self.recorded.clone()) {
                (None, Backend::Direct, _) => self.drive(Verb::Settle, row, Stage::Send, now_ms),
                // Not mined: sent again, or outbid, at its nonce.
                (Some(_), Backend::Direct, Some(recorded)) => self.drive(Verb::Replace(recorded), row, Stage::Resolve, now_ms),
                _ => self.drive(Verb::Resolve { tx_hash }, row, Stage::Resolve, now_ms),
            },
            // The next key of the pool when this one is short of gas (its nonce was handed back).
            (Stage::Send, Outcome::Failed { reason: reason @ X402Error::SettlerOutOfGas { .. } })
                if direct && (self.key_attempt as usize) + 1 < pool::size(&self.settler_key) =>
            {
                self.key_attempt += 1;
                self.state = State::NextKey(row);
                Effect::Log(crate::x402::codec::cat(&[&reason.text(), "; the next key of SETTLER_PRIVATE_KEY settles instead"]))
            }
            // It can no longer settle, but its recorded transaction holds a nonce of the
            // settler's: filled, unless mined or on its way, so later nonces are mined.
            (Stage::Prove { .. } | Stage::Reprove, Outcome::Failed { reason }) if direct && self.recorded.is_some() => {
                let Some(recorded) = self.recorded.take() else { return self.refuse(&reason) };
                self.drive(Verb::Fill { recorded, why: reason.clone() }, row, Stage::Fill { why: reason }, now_ms)
            }
            (Stage::Prove { .. } | Stage::Reprove, Outcome::Settled { tx_hash, proof })
                if direct && self.recorded.as_ref().is_some_and(|r| r.is_not(&tx_hash)) =>
            {
                let Some(recorded) = self.recorded.take() else { return self.refuse(&X402Error::Misconfigured("no recorded transaction")) };
                let why = crate::x402::settle::direct::unstick::cancelled();
                self.drive(Verb::Fill { recorded, why }, row, Stage::Unheld { settled: Outcome::Settled { tx_hash, proof } }, now_ms)
            }
            // The settlement is the truth, whatever became of the filler.
            (Stage::Unheld { settled }, _) => self.record(row, settled, 0),
            (Stage::Fill { why }, Outcome::Pending { tx_hash } | Outcome::Unknown { tx_hash, .. }) => {
                // The row stays pending until its nonce is taken; the payer is answered now.
                let args = Record::Unknown { tx_hash: tx_hash.as_deref() }.args(&row.id, &row.token);
                self.state = State::Record { row, outcome: Outcome::Failed { reason: why }, tries: LEDGER_TRIES };
                Effect::Ledger { call: ledger::RECORD, args }
            }
            // A facilitator's word while resolving, or "already used" anywhere, proves nothing
            // by itself (a receipt's verdict does: the direct backend's failures stand).
            (stage @ (Stage::Send | Stage::Resolve), Outcome::Failed { reason })
                if reason.reason_code() == Reason::NonceAlreadyUsed || (matches!(stage, Stage::Resolve) && matches!(self.config.backend, Backend::Okx(_))) =>
            {
                self.drive(Verb::Prove { tx_hash: None }, row, Stage::Reprove, now_ms)
            }
            (Stage::Prove { .. } | Stage::Reprove, Outcome::Pending { tx_hash }) => {
                self.record(row, Outcome::Unknown { tx_hash, reason: X402Error::undetermined("not on chain; nothing proves it failed") }, 0)
            }
            (_, outcome) => self.record(row, outcome, 0),
        }
    }

    fn record(&mut self, row: RowRef, outcome: Outcome, tries: u32) -> Effect {
        let record = match &outcome {
            Outcome::Settled { tx_hash, .. } => {
                Record::Settled { tx_hash, summary: &self.summary, served: self.face == Face::Paywall, charged: self.paid.charged.as_deref() }
            }
            Outcome::Failed { reason } => Record::Failed { reason: reason.reason(), summary: &self.summary },
            Outcome::Unknown { tx_hash, .. } | Outcome::Pending { tx_hash } => Record::Unknown { tx_hash: tx_hash.as_deref() },
            Outcome::Verified { .. } => Record::Unknown { tx_hash: None },
        };
        let args = record.args(&row.id, &row.token);
        self.state = State::Record { row, outcome, tries };
        Effect::Ledger { call: ledger::RECORD, args }
    }

    /// The reply once the outcome is recorded (or could not be).
    fn outcome_reply(&mut self, outcome: Outcome) -> Effect {
        match outcome {
            Outcome::Settled { tx_hash, .. } => self.success(&tx_hash, false),
            Outcome::Failed { reason } => self.refuse(&reason),
            Outcome::Unknown { reason, .. } => {
                // The money may have moved: 503, retry with the same payment. A configuration
                // error (500) stays one: retrying will not mend it, the seller must.
                let mut info = reason.info();
                if info.status_code != 500 {
                    info.status_code = 503;
                }
                self.state = State::Done;
                let reply = self.refusal(&info);
                if reason.alarms() {
                    return Effect::Alarm { reply, line: reason.text() };
                }
                Effect::Respond(reply)
            }
            Outcome::Pending { .. } | Outcome::Verified { .. } => self.refuse(&X402Error::Misconfigured("the settlement ended without an outcome")),
        }
    }

    fn on_claim(&mut self, a: Answer<'_>, tries: u32, now_ms: u64) -> Effect {
        if a.unconfigured() {
            return self.refuse(&crate::x402::flow::drive::no_ledger());
        }
        let Some(claimed) = Claimed::parse(a.body).filter(|_| a.ok()) else {
            if tries + 1 < LEDGER_TRIES {
                // The claim is idempotent for this token: asking again reads back a lost insert.
                return self.claim(self.claim_mode(), tries + 1);
            }
            return self.refuse(&drive::unavailable("the payment ledger cannot be reached: this request sent nothing; retry with the same payment"));
        };
        let row = |id: String| RowRef { id, token: self.token.clone() };
        match claimed {
            // Refused before after its work: its charge stands; it is settled, then the work
            // runs again for this presentation.
            Claimed::New { id, charged: Some(c) } if self.metered() => {
                self.paid.charged = Some(c);
                self.drive(Verb::Settle, row(id), Stage::Send, now_ms)
            }
            Claimed::New { id, .. } if self.metered() => self.check(row(id), now_ms),
            // A facilitator's settle of a metered payment: a charge of nothing needs no
            // transaction; any other is recorded before anything is sent (a later presentation
            // or reconcile proves that amount's transfer).
            Claimed::New { id, charged } if self.face == Face::Settle && self.paid.charged.is_some() => match self.paid.charged.clone() {
                Some(c) if c == "0" && charged.as_deref().is_none_or(|r| r == "0") => {
                    self.record(row(id), Outcome::Settled { tx_hash: String::new(), proof: settle::Proof::Free }, 0)
                }
                Some(c) => self.charge(row(id), charged.unwrap_or(c), 0, now_ms),
                None => self.refuse(&X402Error::Misconfigured("a metered settle without its charge")),
            },
            // A metered payment without a recorded charge was never sent: its work starts over.
            Claimed::Resolve { id, tx_hash: None, charged: None, .. } if self.metered() => self.check(row(id), now_ms),
            Claimed::New { id, .. } => self.drive(Verb::Settle, row(id), Stage::Send, now_ms),
            // It may have been sent: the chain says first what became of it.
            Claimed::Resolve { id, tx_hash, recorded, charged } => {
                self.recorded = recorded;
                // The recorded charge stands over the one this presentation names.
                if charged.is_some() {
                    self.paid.charged = charged;
                }
                self.drive(Verb::Prove { tx_hash: tx_hash.clone() }, row(id), Stage::Prove { tx_hash }, now_ms)
            }
            Claimed::Settled { tx_hash, served_age_ms, charged } => {
                self.paid.charged = charged;
                self.on_settled_row(tx_hash, served_age_ms)
            }
            Claimed::Busy if now_ms.saturating_sub(self.started_ms) < CONCURRENT_WAIT_MS => {
                self.state = State::Busy;
                Effect::Sleep { ms: BUSY_PAUSE_MS }
            }
            other => self.on_other_claim(other),
        }
    }

    fn on_settled_row(&mut self, tx_hash: String, served_age_ms: Option<u64>) -> Effect {
        match (self.face, served_age_ms) {
            (Face::Paywall, None) => self.success(&tx_hash, false),
            // Served already: again within the replay window of its first delivery, whatever
            // its validBefore (that delivery is marked before the handler runs, and a
            // request that dies in between delivered nothing); never after.
            (Face::Paywall, Some(age)) if age <= REPLAY_WINDOW_MS => self.success(&tx_hash, true),
            (Face::Paywall, Some(_)) => self.refuse(&used("this payment was settled and served; sign a new one")),
            _ => self.success(&tx_hash, false),
        }
    }

    fn on_other_claim(&mut self, claimed: Claimed) -> Effect {
        match claimed {
            Claimed::Busy => self.refuse(&X402Error::Flow {
                reason: Reason::PaymentInProgress,
                message: "this payment is being settled; retry with the same payment",
            }),
            Claimed::Elsewhere => match self.face {
                Face::Paywall => self.refuse(&used("this payment was made for another endpoint or resource; sign a new one")),
                _ => self.refuse(&X402Error::Flow { reason: Reason::NonceAlreadyUsed, message: "this payment was made for another resource or requirements" }),
            },
            Claimed::Throttled => self.refuse(&X402Error::Flow {
                reason: Reason::TooManyAttempts,
                message: "too many unsettled payments from this payer in the last minute: this payment was not sent; retry later",
            }),
            // Past its window and never recorded as sent (or proven unsent): the window's refusal.
            Claimed::Failed | Claimed::None => self.refuse(&self.paid.expired()),
            // Handled by the claim itself.
            Claimed::New { .. } | Claimed::Resolve { .. } | Claimed::Settled { .. } => self.refuse(&X402Error::Misconfigured("a claim answered twice")),
        }
    }

    // ---- metered payments (upto) ----

    /// Before the work: the backend's verify of the ceiling (nothing sent).
    fn check(&mut self, row: RowRef, now_ms: u64) -> Effect {
        match self.settlement(Verb::Verify, Some(row.clone())) {
            Ok(mut d) => match d.start(now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Check { drive: d, row };
                    e
                }
                Progress::Done(o) => self.checked(o, row),
            },
            Err(e) => self.record(row, Outcome::Unknown { tx_hash: None, reason: e }, 0),
        }
    }

    /// Verified: the work runs. Refused: nothing can settle it, as for a first send. The
    /// backend could not say: the claim is let go (nothing was sent).
    fn checked(&mut self, outcome: Outcome, row: RowRef) -> Effect {
        match outcome {
            Outcome::Verified { .. } => {
                self.worked = true;
                self.state = State::Work(row);
                Effect::Work { info: self.serve_info("", false) }
            }
            Outcome::Failed { reason } => self.record(row, Outcome::Failed { reason }, 0),
            Outcome::Unknown { reason, .. } => self.record(row, Outcome::Unknown { tx_hash: None, reason }, 0),
            _ => self.record(row, Outcome::Unknown { tx_hash: None, reason: X402Error::Misconfigured("verify answered a settlement") }, 0),
        }
    }

    /// The handler's answer: its status (JS: 500 when it threw) and `{"charge": text | null}`.
    /// Failed work (a status of 400 or more) charges nothing: the claim is let go and its
    /// response delivered as it is. Otherwise the charge (the ceiling when the handler named
    /// none) is recorded, then settled; a zero charge is settled with no transaction.
    fn on_work(&mut self, a: Answer<'_>, row: RowRef, now_ms: u64) -> Effect {
        let failed = !(200..400).contains(&a.status);
        if failed {
            return self.release(row, Effect::Serve { headers: Vec::new(), info: self.serve_info("", false), keep: None });
        }
        let stated = crate::json::parse(a.body.as_bytes()).and_then(|v| v.get("charge").and_then(crate::json::Json::as_str).map(str::to_owned));
        let ceiling = crate::x402::u256::U256::from_dec_str(&self.paid.value).unwrap_or(crate::x402::u256::U256::ZERO);
        let amount = match stated {
            None => Ok(ceiling),
            Some(text) => crate::x402::upto::charge(&text, &ceiling, self.config.decimals),
        };
        match amount {
            Ok(a) if a.is_zero() => {
                self.paid.charged = Some("0".into());
                self.record(row, Outcome::Settled { tx_hash: String::new(), proof: settle::Proof::Free }, 0)
            }
            Ok(a) => self.charge(row, a.to_dec_string(), 0, now_ms),
            Err(e) => {
                // The seller's handler named a charge that cannot be: nothing is charged, and
                // the seller is told in the log.
                let line = crate::x402::codec::cat(&["upto: the handler's charge was refused, nothing was charged: ", &e.text()]);
                let reply = reply::error(&X402Error::Misconfigured("the seller's handler named an invalid charge; nothing was charged").info());
                self.release(row, Effect::Alarm { reply, line })
            }
        }
    }

    fn charge(&mut self, row: RowRef, amount: String, tries: u32, _now_ms: u64) -> Effect {
        let args = Record::Charge { amount: &amount }.args(&row.id, &row.token);
        self.state = State::Charge { row, amount, tries };
        Effect::Ledger { call: ledger::RECORD, args }
    }

    fn on_charge(&mut self, a: Answer<'_>, row: RowRef, amount: String, tries: u32, now_ms: u64) -> Effect {
        let answer = crate::json::parse(a.body.as_bytes()).filter(|_| a.ok());
        let field = |k: &str| answer.as_ref().and_then(|v| v.get(k)).and_then(crate::json::Json::as_str).map(str::to_owned);
        let recorded = field("charged").filter(|c| crate::x402::u256::U256::from_dec_str(c).is_some());
        match (field("state").as_deref(), recorded) {
            (Some("pending"), _) => {
                self.paid.charged = Some(amount);
                self.drive(Verb::Settle, row, Stage::Send, now_ms)
            }
            // Another presentation recorded its charge first: that one stands.
            (Some("conflict"), Some(recorded)) => {
                self.paid.charged = Some(recorded);
                self.drive(Verb::Settle, row, Stage::Send, now_ms)
            }
            (None, _) if tries + 1 < LEDGER_TRIES => self.charge(row, amount, tries + 1, now_ms),
            // Not recorded (lost, or the row is no longer ours): nothing was sent.
            _ => self.release(row, Effect::Respond(self.refusal(&drive::unavailable("the payment ledger could not record the charge: nothing was charged; retry with the same payment").info()))),
        }
    }

    /// Lets the claim go (nothing was sent), then `then`.
    fn release(&mut self, row: RowRef, then: Effect) -> Effect {
        let args = Record::Unknown { tx_hash: None }.args(&row.id, &row.token);
        self.state = State::Release { then: Box::new(then) };
        Effect::Ledger { call: ledger::RECORD, args }
    }

    fn valid_before(&self) -> u64 {
        self.paid.valid_before.parse().unwrap_or(u64::MAX)
    }

    fn balance_or_claim(&mut self, now_ms: u64) -> Effect {
        if self.config.rpc_urls.is_empty() || self.expired {
            return match self.face {
                Face::Verify => self.verify(now_ms),
                _ => self.claim(self.claim_mode(), 0),
            };
        }
        match self.settlement(Verb::Balance, None) {
            Ok(mut d) => match d.start(now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Balance(d);
                    e
                }
                Progress::Done(o) => self.after_balance(o, now_ms),
            },
            Err(e) => self.refuse(&e),
        }
    }

    fn after_balance(&mut self, outcome: Outcome, now_ms: u64) -> Effect {
        match outcome {
            Outcome::Failed { reason } if self.face == Face::Verify => self.refuse(&reason),
            Outcome::Failed { reason } => {
                // A payment the ledger already holds may have moved its money already: the
                // balance says nothing about it. Ask before refusing.
                self.state = State::Exempt(reason);
                Effect::Ledger { call: ledger::CLAIM, args: self.claim_args(Mode::Peek) }
            }
            _ => match self.face {
                Face::Verify => self.verify(now_ms),
                _ => self.claim(self.claim_mode(), 0),
            },
        }
    }

    fn verify(&mut self, now_ms: u64) -> Effect {
        match self.settlement(Verb::Verify, None) {
            Ok(mut d) => match d.start(now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Verify(d);
                    e
                }
                Progress::Done(o) => self.verified(o),
            },
            Err(e) => self.refuse(&e),
        }
    }

    fn verified(&mut self, outcome: Outcome) -> Effect {
        match outcome {
            Outcome::Verified { .. } => self.success("", false),
            Outcome::Failed { reason } | Outcome::Unknown { reason, .. } => self.refuse(&reason),
            _ => self.refuse(&X402Error::Misconfigured("verify answered a settlement")),
        }
    }
}

impl PaymentFlow {
    /// After the signature: the facilitator's verify asks the ledger first; a presentation
    /// checks the balance (with `RPC_URL`), then claims.
    fn begin(&mut self, now_ms: u64) -> Effect {
        if self.face == Face::Verify {
            self.state = State::Spent;
            return Effect::Ledger { call: ledger::CLAIM, args: self.claim_args(Mode::Peek) };
        }
        self.balance_or_claim(now_ms)
    }

    fn node(&self, name: &'static str, request: crate::http::HttpRequest) -> Effect {
        Effect::node(name, request, &self.config.rpc_urls)
    }

    /// A signature that is not the payer's as an EOA, before anything is written or sent: the
    /// payer's code (none and no ERC-6492 wrapper: the EOA's refusal; none and a wrapper: its
    /// factory must be allowed), then our checker, one `eth_call` that deploys nothing.
    fn check_signer(&mut self) -> Effect {
        let (Some(url), Some(from)) = (self.config.rpc_urls.first(), Address::parse(&self.paid.payer)) else {
            return self.refuse(&X402Error::SmartWalletSignature);
        };
        let request = crate::x402::evm::rpc::request(url, "eth_getCode", &|w| {
            w.str(&from.to_hex()).str("latest");
        });
        self.state = State::SignerCode;
        self.node("walletCode", request)
    }

    fn on_signer_code(&mut self, a: Answer<'_>) -> Effect {
        let Some(cs) = self.paid.contract_signer.clone() else { return self.refuse(&X402Error::Misconfigured("no signature to check")) };
        let code = crate::x402::evm::rpc::data_result(FacilitatorOp::Verify, a.body, "eth_getCode");
        match code {
            _ if !a.ok() => self.refuse(&crate::x402::evm::rpc::fault(FacilitatorOp::Verify, None, "no node in RPC_URL answered eth_getCode")),
            Err(e) => self.refuse(&e),
            Ok(code) if code.is_empty() => match cs.erc6492_factory {
                None => self.refuse(&cs.as_eoa),
                Some(f) if !self.config.erc6492_factories.contains(&f) => self.refuse(&X402Error::Flow {
                    reason: Reason::Erc6492FactoryNotAllowed,
                    message: "the paying wallet is not deployed yet and its factory is not in the seller's X402_ERC6492_FACTORIES",
                }),
                Some(_) => self.ask_checker(&cs),
            },
            Ok(_) => self.ask_checker(&cs),
        }
    }

    fn ask_checker(&mut self, cs: &crate::x402::verify::ContractSigner) -> Effect {
        let (Some(url), Some(from)) = (self.config.rpc_urls.first(), Address::parse(&self.paid.payer)) else {
            return self.refuse(&X402Error::SmartWalletSignature);
        };
        let request = crate::x402::evm::checker::request(url, &from, &cs.digest, &cs.signature);
        self.state = State::SignerCheck;
        self.node("walletSignature", request)
    }

    fn on_signer_check(&mut self, a: Answer<'_>, now_ms: u64) -> Effect {
        match crate::x402::evm::checker::verdict(a.body).filter(|_| a.ok()) {
            Some(true) => self.begin(now_ms),
            Some(false) => self.refuse(&self.paid.not_signed()),
            None => self.refuse(&crate::x402::evm::rpc::fault(FacilitatorOp::Verify, None, "the node in RPC_URL could not check the wallet's signature")),
        }
    }
}

fn used(message: &'static str) -> X402Error {
    X402Error::Flow { reason: Reason::PaymentAlreadyUsed, message }
}

impl Flow for PaymentFlow {
    fn start(&mut self, now_ms: u64) -> Effect {
        self.started_ms = now_ms;
        if self.paid.contract_signer.is_some() {
            return self.check_signer();
        }
        self.begin(now_ms)
    }

    fn resume(&mut self, a: Answer<'_>, now_ms: u64) -> Effect {
        match core::mem::replace(&mut self.state, State::Done) {
            State::SignerCode => self.on_signer_code(a),
            State::SignerCheck => self.on_signer_check(a, now_ms),
            State::Balance(mut d) => match d.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Balance(d);
                    e
                }
                Progress::Done(o) => self.after_balance(o, now_ms),
            },
            State::Exempt(reason) => match Claimed::parse(a.body).filter(|_| a.ok()) {
                // Unreadable: the claim that follows answers for the ledger.
                Some(Claimed::None | Claimed::Failed) => self.refuse(&reason),
                _ => self.claim(self.claim_mode(), 0),
            },
            State::Spent => match Claimed::parse(a.body).filter(|_| a.ok()) {
                Some(Claimed::None | Claimed::Failed) | None => self.balance_or_claim(now_ms),
                Some(_) => self.refuse(&X402Error::Flow { reason: Reason::NonceAlreadyUsed, message: "this payment was already presented for settlement" }),
            },
            State::Verify(mut d) => match d.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Verify(d);
                    e
                }
                Progress::Done(o) => self.verified(o),
            },
            State::Claim { tries } => self.on_claim(a, tries, now_ms),
            State::Busy => self.claim(self.claim_mode(), 0),
            State::Settle { mut drive, row, stage } => match drive.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Settle { drive, row, stage };
                    e
                }
                Progress::Done(outcome) => self.after_settlement(outcome, row, stage, now_ms),
            },
            State::NextKey(row) => self.drive(Verb::Settle, row, Stage::Send, now_ms),
            State::Check { mut drive, row } => match drive.resume(a, now_ms) {
                Progress::Effect(e) => {
                    self.state = State::Check { drive, row };
                    e
                }
                Progress::Done(o) => self.checked(o, row),
            },
            State::Work(row) => self.on_work(a, row, now_ms),
            State::Charge { row, amount, tries } => self.on_charge(a, row, amount, tries, now_ms),
            State::Release { then } => *then,
            State::Redeliver { tx_hash, replay } => {
                // The charge stands whatever the handler says this time.
                self.success(&tx_hash, replay)
            }
            State::Record { row, outcome, tries } => {
                if !a.ok() && tries + 1 < LEDGER_TRIES && matches!(outcome, Outcome::Settled { .. }) {
                    // The money moved: try hard to say so.
                    return self.record(row, outcome, tries + 1);
                }
                self.outcome_reply(outcome)
            }
            State::Done => Effect::Respond(reply::error(&X402Error::Misconfigured("this flow has ended").info())),
        }
    }
}
