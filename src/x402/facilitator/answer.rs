//! What the facilitator answers: its refusals (`{isValid|success: false, …}` with the x402
//! reason), and its success bodies.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::Writer;
use crate::http::HttpError;
use crate::x402::reply::{self, Reply};
use crate::x402::verify::VerifiedPayment;

/// A refusal: HTTP status (200 for a payment that is merely invalid), x402 reason, message,
/// and what is known of the payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub reason: &'static str,
    pub message: String,
    /// The authorization's `from` (lowercase), when the payload got that far.
    pub payer: Option<String>,
    /// CAIP-2 network of the requirements, when readable ("" otherwise).
    pub network: String,
}

impl Refusal {
    pub(crate) fn new(status: u16, reason: &'static str, message: &str) -> Refusal {
        Refusal { status, reason, message: message.into(), payer: None, network: String::new() }
    }

    pub(crate) fn from_info(info: &HttpError) -> Refusal {
        // A payment refusal (402 in the paywall's vocabulary) is a normal answer here.
        let status = match info.status_code {
            402 => 200,
            s @ 400..=599 => s,
            _ => 500,
        };
        Refusal { status, reason: info.error, message: info.message.clone(), payer: None, network: String::new() }
    }

    fn error_fields(&self, w: &mut Writer) {
        if self.status != 200 {
            w.key("error").str(&self.reason).key("message").str(&self.message);
            w.key("statusCode").int(i64::from(self.status));
        }
    }

    /// `{isValid:false, invalidReason, invalidMessage, payer?}` (+ `{error, message, statusCode}`
    /// when the status is not 200).
    pub fn verify_body(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("isValid").bool(false).key("invalidReason").str(&self.reason);
        w.key("invalidMessage").str(&self.message);
        if let Some(p) = &self.payer {
            w.key("payer").str(p);
        }
        self.error_fields(&mut w);
        w.close_obj();
        w.finish()
    }

    /// `{success:false, errorReason, errorMessage, transaction:"", network, payer}` (+ the
    /// error fields when the status is not 200).
    pub fn settle_body(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("success").bool(false).key("errorReason").str(&self.reason);
        w.key("errorMessage").str(&self.message).key("transaction").str("");
        w.key("network").str(&self.network).key("payer").str(self.payer.as_deref().unwrap_or(""));
        self.error_fields(&mut w);
        w.close_obj();
        w.finish()
    }

    /// The answer to `op`: its refusal body (`verify`, `settle`), or the `{error, message,
    /// statusCode}` JSON for any other operation; `Retry-After` on 503.
    pub fn reply(&self, op: Op) -> Reply {
        let info = HttpError::new(self.status, self.reason, self.message.clone());
        let mut r = reply::error(&info);
        r.status = self.status;
        match op {
            Op::Verify => r.body = self.verify_body(),
            Op::Settle => r.body = self.settle_body(),
            Op::Other => {}
        }
        r
    }
}

/// Which answer a facilitator operation gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Verify,
    Settle,
    /// `supported`, or an operation not yet known.
    Other,
}

impl Op {
    pub fn named(name: &str) -> Op {
        match name {
            "verify" => Op::Verify,
            "settle" => Op::Settle,
            _ => Op::Other,
        }
    }
}

/// A 200 JSON answer.
pub fn ok_reply(body: String) -> Reply {
    Reply { status: 200, headers: vec![("Content-Type", "application/json".into())], body }
}



pub(crate) fn refuse(reason: &'static str, message: &str) -> Refusal {
    Refusal::new(200, reason, message)
}

/// `{isValid:true, payer}`.
pub fn verified_body(payment: &VerifiedPayment) -> String {
    let mut w = Writer::new();
    w.open_obj().key("isValid").bool(true).key("payer").str(&payment.payer).close_obj();
    w.finish()
}

/// `{success:true, transaction, network, payer}`, and for a metered payment the `amount`
/// charged (its `transaction` is "" when that is nothing).
pub fn settled_body(payment: &VerifiedPayment, tx_hash: &str) -> String {
    let mut w = Writer::new();
    w.open_obj().key("success").bool(true).key("transaction").str(tx_hash);
    w.key("network").str(&payment.network).key("payer").str(&payment.payer);
    if let Some(c) = &payment.charged {
        w.key("amount").str(c);
    }
    w.close_obj();
    w.finish()
}

/// A failure after local verification (OKX refused or was unreachable, the ledger failed),
/// as a [`Refusal`] carrying the payment's payer and network.
pub fn failed(payment: Option<&VerifiedPayment>, info: &HttpError) -> Refusal {
    let mut r = Refusal::from_info(info);
    if let Some(p) = payment {
        r.payer = Some(p.payer.clone());
        r.network = p.network.clone();
    }
    r
}

/// The configuration error of [`FacilitatorConfig::from_env`] as a refusal.
pub fn config_refusal(info: &HttpError) -> Refusal {
    Refusal::from_info(info)
}

