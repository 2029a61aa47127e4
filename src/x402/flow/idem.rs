//! `payment-identifier` idempotency around a presented payment (the paywall's paid request
//! and the facilitator's settle): a buyer that resends the same payment under the same id
//! gets the first answer again, and nothing runs twice.
//!
//! ```text
//! ledger(begin) ─▶ kept     : that response again (no verify, no settle, no handler)
//!               ─▶ conflict : 409 payment_id_conflict (the id named another payment here)
//!               ─▶ busy     : 409 payment_id_in_progress, Retry-After (the first is running)
//!               ─▶ new      : the payment's own flow, this request holding the id; then
//!                             its response kept (a paid response, a settle that succeeded)
//!                             or the id let go (any other end: a refusal is not kept)
//!               ─▶ none     : the payment's own flow (its local check refused it: nothing held)
//! ```
//! The lookup comes before the payment's own verdict: a resend of a settled authorization is
//! answered from what was kept even where the payment alone would now be refused. An entry is
//! bound to its endpoint and to the payment's fingerprint, and kept [`RETENTION_SECONDS`].
//! When the id cannot be held (the ledger does not answer), the payment's flow runs alone: its
//! own per-authorization claim still settles it at most once.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::Reply;
use crate::json::{self, Json, Writer};
use crate::x402::error::{Reason, X402Error};
use crate::x402::flow::effect::{Answer, Effect};
use crate::x402::flow::pay::Face;
use crate::x402::flow::Flow;
use crate::x402::payment_id::PaymentId;
use crate::x402::reply;

pub const BEGIN: &str = "x402_payment_id_begin";
pub const KEEP: &str = "x402_payment_id_keep";
pub const RELEASE: &str = "x402_payment_id_release";
/// A kept response answers resends this long (24 h); later requests delete it.
pub const RETENTION_SECONDS: u32 = 86_400;
/// The first request holds its id this long at most (the longest settlement, then the
/// handler); past it the request is taken to have died and a resend takes the id over.
pub const HOLD_SECONDS: u32 = 180;
/// A response with this status or above is not kept (a handler that failed is retried): the id
/// is let go instead.
pub const KEEP_BELOW_STATUS: u16 = 500;
/// A response body larger than this (base64 characters, about 768 KiB of body) is not kept.
pub const KEEP_MAX_BODY_CHARS: u32 = 1 << 20;
/// Tries of the begin call whose answer is lost.
const BEGIN_TRIES: u32 = 2;

/// The id, the endpoint it is bound to and this request's token.
pub struct Keyed {
    pub key: PaymentId,
    pub endpoint: String,
    pub token: String,
}

enum State {
    Begin { tries: u32 },
    Inner,
    /// The id is being kept or let go; then this end.
    Finish(Effect),
    Done,
}

pub struct Idempotent {
    face: Face,
    keyed: Keyed,
    /// The payment passed its local check: this request may process it (and hold the id).
    /// Otherwise only a kept response can answer, and `inner` is the refusal.
    processable: bool,
    held: bool,
    inner: Box<dyn Flow>,
    state: State,
}

impl Idempotent {
    pub fn new(face: Face, keyed: Keyed, processable: bool, inner: Box<dyn Flow>) -> Idempotent {
        Idempotent { face, keyed, processable, held: false, inner, state: State::Done }
    }

    fn args(&self, extra: impl FnOnce(&mut Writer)) -> String {
        let mut w = Writer::new();
        w.open_obj().key("p").open_obj().key("endpoint").str(&self.keyed.endpoint).key("id").str(&self.keyed.key.id);
        w.key("claimToken").str(&self.keyed.token);
        extra(&mut w);
        w.close_obj().close_obj();
        w.finish()
    }

    fn begin(&mut self, tries: u32) -> Effect {
        self.state = State::Begin { tries };
        let (fingerprint, reserve) = (self.keyed.key.fingerprint.clone(), self.processable);
        let args = self.args(|w| {
            w.key("fingerprint").str(&fingerprint).key("reserve").bool(reserve);
            w.key("holdSeconds").int(i64::from(HOLD_SECONDS));
        });
        Effect::Ledger { call: BEGIN, args }
    }

    fn keep_args(&self, response: Option<&Reply>) -> String {
        self.args(|w| {
            w.key("retentionSeconds").int(i64::from(RETENTION_SECONDS)).key("keepBelowStatus").int(i64::from(KEEP_BELOW_STATUS));
            w.key("keepMaxBodyChars").int(i64::from(KEEP_MAX_BODY_CHARS));
            if let Some(r) = response {
                w.key("response").open_obj().key("status").int(i64::from(r.status)).key("headers").pairs(&r.headers);
                w.key("body").str(&crate::b64::encode_std(r.body.as_bytes())).close_obj();
            }
        })
    }

    fn refuse(&mut self, reason: Reason, message: &'static str) -> Effect {
        self.state = State::Done;
        let mut r = reply::error(&X402Error::Flow { reason, message }.info());
        if reason == Reason::PaymentIdInProgress {
            r.headers.push(("Retry-After", "2".into()));
        }
        Effect::Respond(r)
    }

    fn run(&mut self, now_ms: u64) -> Effect {
        let e = self.inner.start(now_ms);
        self.pass(e)
    }

    /// An effect of the payment's flow; its end keeps the response or lets the id go.
    fn pass(&mut self, e: Effect) -> Effect {
        if !e.is_final() {
            self.state = State::Inner;
            return e;
        }
        if !self.held {
            self.state = State::Done;
            return e;
        }
        match e {
            Effect::Serve { headers, info, .. } => {
                self.state = State::Done;
                let mut w = Writer::new();
                w.open_obj().key("call").str(KEEP).key("args").raw(&self.keep_args(None)).close_obj();
                Effect::Serve { headers, info, keep: Some(w.finish()) }
            }
            Effect::Respond(r) if self.face == Face::Settle && settled(&r) => {
                let args = self.keep_args(Some(&r));
                self.state = State::Finish(Effect::Respond(r));
                Effect::Ledger { call: KEEP, args }
            }
            end => {
                self.state = State::Finish(end);
                Effect::Ledger { call: RELEASE, args: self.args(|_| {}) }
            }
        }
    }

    fn on_begin(&mut self, a: Answer<'_>, tries: u32, now_ms: u64) -> Effect {
        let v = json::parse(a.body.as_bytes()).filter(|_| a.ok());
        let state = v.as_ref().and_then(|v| v.get("state")).and_then(Json::as_str);
        match state {
            Some("kept") => match v.as_ref().and_then(|v| v.get("response")).and_then(Json::as_str).filter(|r| kept_response_ok(r)) {
                Some(response) => {
                    self.state = State::Done;
                    Effect::Replay(response.to_owned())
                }
                // Unreadable: never answered as if it were the kept response.
                None => self.refuse(Reason::LedgerUnavailable, "the response kept for this payment-identifier cannot be read; retry later"),
            },
            Some("conflict") => self.refuse(Reason::PaymentIdConflict, "this payment-identifier id was already used with another payment on this endpoint"),
            Some("busy") => self.refuse(Reason::PaymentIdInProgress, "a request with this payment-identifier id is still being processed; retry shortly with the same payment"),
            Some("new") if self.processable => {
                self.held = true;
                self.run(now_ms)
            }
            Some(_) => self.run(now_ms),
            None if !a.unconfigured() && tries + 1 < BEGIN_TRIES => self.begin(tries + 1),
            // The ledger does not answer: the payment's own flow answers (and claims it once).
            None => self.run(now_ms),
        }
    }
}

/// A facilitator settle that succeeded: `{success: true, …}` with 200.
fn settled(r: &Reply) -> bool {
    r.status == 200 && json::parse(r.body.as_bytes()).and_then(|v| v.get("success").cloned()) == Some(Json::Bool(true))
}

/// A kept response as JS answers it: `{status, headers: [[name, value]…], body}`.
fn kept_response_ok(text: &str) -> bool {
    let Some(v) = json::parse(text.as_bytes()) else { return false };
    let status_ok = v.get("status").and_then(Json::as_i64).is_some_and(|s| (200..=599).contains(&s));
    let headers_ok = v.get("headers").and_then(Json::as_array).is_some_and(|hs| {
        hs.iter().all(|h| h.as_array().is_some_and(|p| p.len() == 2 && p.iter().all(|x| x.as_str().is_some())))
    });
    status_ok && headers_ok && v.get("body").and_then(Json::as_str).is_some()
}

impl Flow for Idempotent {
    fn start(&mut self, _now_ms: u64) -> Effect {
        self.begin(0)
    }

    fn resume(&mut self, a: Answer<'_>, now_ms: u64) -> Effect {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Begin { tries } => self.on_begin(a, tries, now_ms),
            State::Inner => {
                let e = self.inner.resume(a, now_ms);
                self.pass(e)
            }
            State::Finish(end) => end,
            State::Done => Effect::Respond(reply::error(&X402Error::Misconfigured("this flow has ended").info())),
        }
    }
}
