//! x402 exports: typed objects for state that crosses more than once, no rules here.
//!
//! - [`X402Config`] (the paywall) and [`X402Facilitator`] are parsed once from the secrets;
//!   JS keeps them per isolate and makes a new one only when a secret changes.
//! - `verify`/`check` answer either a [`Payment`], which keeps the verified payment in wasm
//!   memory for the rest of its life (OKX calls, replies, headers, ledger), or a reply.
//! - A conversation with the network (OKX, JSON-RPC) goes step by step through [`Step`].
//!
//! One result shape: a call that may fail returns its object or a reply, the JSON text
//! `{status, headers: [[name, value]…], body}` that JS turns into a `Response` (a bad argument
//! from our own JS is the 500 `internal_error` reply, never a trap); a call that talks to the
//! network returns a [`Step`]. Times arrive as JS numbers (`now` in seconds, `now_ms` in
//! milliseconds); `as u64` saturates, never traps.

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::json::{self, Json, Writer};
use crate::x402::facilitator::{self, FacilitatorConfig, Op};
use crate::x402::requirements::Requirements;
use crate::x402::settle::{self, Outcome, Settler, Target, Verb};
use crate::x402::{self, reply, settlement, Check, ErrorInfo, PaywallConfig, VerifiedPayment};

/// A configuration, or why there is none (every use then answers with that error).
type Loaded = Rc<Result<PaywallConfig, ErrorInfo>>;

fn internal(what: &str) -> ErrorInfo {
    ErrorInfo { status: 500, reason: "internal_error".into(), message: what.into() }
}

#[inline(never)]
fn error_reply(info: &ErrorInfo) -> String {
    reply::error(info).to_json()
}

fn info(status: u16, reason: &str, message: &str) -> ErrorInfo {
    ErrorInfo { status, reason: reason.into(), message: message.into() }
}

/// The paywall's reply to a failure: see [`Payment::reject`].
#[inline(never)]
fn reject(config: &Result<PaywallConfig, ErrorInfo>, resource: &str, status: u16, reason: &str, message: &str, paid: Option<&VerifiedPayment>) -> String {
    match config {
        Ok(c) => reply::reject(&c.requirements(resource), &info(status, reason, message), paid).to_json(),
        Err(e) => error_reply(e),
    }
}



/// A reply as the string JS receives.
fn reply_value(text: String) -> JsValue {
    JsValue::from(text)
}

fn present(header: &str) -> Option<&str> {
    Some(header).filter(|h| !h.is_empty())
}

fn env_of(text: &str) -> Option<Vec<(String, Json)>> {
    json::parse_object(text.as_bytes())
}

/// Comma-separated secret names the x402 functions read: the paywall's, plus the
/// facilitator's allow-list. One env JSON serves [`X402Config`] and [`X402Facilitator`].
#[wasm_bindgen]
pub fn x402_env_keys() -> String {
    facilitator::env_keys()
}

/// `a,b,c` (by hand: `[String]::join` would be a second copy of the join code).
fn comma_list(items: &[String]) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(item);
    }
    out
}

/// The paywall's configuration, parsed once from the secrets (`env`: the JSON object of
/// [`x402_env_keys`]; unknown names are ignored). A configuration error is kept: every answer is then its 500 reply.
#[wasm_bindgen]
pub struct X402Config {
    config: Loaded,
}

#[wasm_bindgen]
impl X402Config {
    #[wasm_bindgen(constructor)]
    pub fn new(env: &str) -> X402Config {
        let config = match env_of(env) {
            Some(env) => PaywallConfig::from_env(&env).map_err(|e| e.info()),
            None => Err(internal("bad env")),
        };
        X402Config { config: Rc::new(config) }
    }

    /// Checks the payment headers ("" = absent; `PAYMENT-SIGNATURE` wins over `X-PAYMENT`)
    /// of a request for `resource` at `now`: a [`Payment`], or the reply (the 402 challenge
    /// when there is no payment, a refusal, the configuration's 500).
    pub fn verify(&self, payment_signature: &str, x_payment: &str, resource: &str, now: f64) -> JsValue {
        let c = match &*self.config {
            Ok(c) => c,
            Err(e) => return reply_value(error_reply(e)),
        };
        match x402::check(c, present(payment_signature), present(x_payment), resource, now as u64) {
            Check::Paid(p) => JsValue::from(Payment::new(*p, self.config.clone(), None)),
            Check::Respond(r) => reply_value(r.to_json()),
        }
    }

    /// The reply answering a failure before any payment is verified (e.g. 409 for a payment
    /// presented again after its validBefore).
    pub fn reject(&self, resource: &str, status: u16, reason: &str, message: &str) -> String {
        reject(&self.config, resource, status, reason, message, None)
    }

    /// The [`Payment`] a ledger row's `payment` column keeps (see [`Payment::ledger_json`]),
    /// validated; or the 500 reply when it is malformed.
    #[wasm_bindgen(js_name = ledgerPayment)]
    pub fn ledger_payment(&self, ledger_json: &str) -> JsValue {
        match VerifiedPayment::from_json(ledger_json) {
            Some(p) => JsValue::from(Payment::new(p, self.config.clone(), None)),
            None => reply_value(error_reply(&internal("malformed ledger payment"))),
        }
    }
}

/// A verified payment, kept in wasm memory with the configuration it was verified under.
#[wasm_bindgen]
pub struct Payment {
    paid: VerifiedPayment,
    config: Loaded,
    /// The caller's requirements when the facilitator accepted it (kept in its ledger row).
    requirements: Option<Requirements>,
}

impl Payment {
    fn new(paid: VerifiedPayment, config: Loaded, requirements: Option<Requirements>) -> Payment {
        Payment { paid, config, requirements }
    }

    fn config(&self) -> Result<&PaywallConfig, &ErrorInfo> {
        self.config.as_ref().as_ref()
    }
}

#[wasm_bindgen]
impl Payment {
    /// Who settles it: "okx", "mock" or "direct" (the backend's name, as the ledger's
    /// `settler` column keeps it); "" under a configuration error.
    #[wasm_bindgen(getter)]
    pub fn settler(&self) -> String {
        self.config().map(|c| c.backend.kind().as_str()).unwrap_or("").into()
    }

    /// `{x402Version, payer, nonce, value, validAfter, validBefore, network, asset, resource,
    /// payload}` (+ the facilitator's `requirements`): what the ledger row keeps, and all
    /// JS reads of the payment.
    #[wasm_bindgen(getter, js_name = ledgerJson)]
    pub fn ledger_json(&self) -> String {
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

    /// The settlement seam for this payment: `verb` is `verify`, `settle`, `balance` (the
    /// on-chain pre-check) or `resolve`
    /// (`tx_hash`: what the ledger knows, "" for nothing); `settler_key` is
    /// `SETTLER_PRIVATE_KEY` for the direct backend ("" otherwise). A [`Settlement`] whose
    /// first step is the configuration's failure when it cannot start.
    pub fn settlement(&self, verb: &str, tx_hash: &str, settler_key: &str) -> Settlement {
        let verb = match verb {
            "verify" => Some(Verb::Verify),
            "settle" => Some(Verb::Settle),
            "balance" => Some(Verb::Balance),
            "resolve" => Some(Verb::Resolve { tx_hash: Some(tx_hash.to_owned()).filter(|h| !h.is_empty()) }),
            _ => None,
        };
        let (inner, rpc_urls) = match (self.config(), verb) {
            (Ok(c), Some(verb)) => (settle::session(c, self.paid.clone(), verb, settler_key).map_err(|e| e.info()), comma_list(&c.rpc_urls)),
            (Ok(_), None) => (Err(internal("unknown verb")), String::new()),
            (Err(e), _) => (Err(e.clone()), String::new()),
        };
        Settlement { inner, rpc_urls }
    }

    /// The paywall's reply answering a failure (`status`, `reason`, `message`, e.g. from a
    /// failed [`Step`]): a 402 challenge with a `success:false` settlement header, or the
    /// `{error, message, statusCode}` JSON.
    pub fn reject(&self, status: u16, reason: &str, message: &str) -> String {
        reject(&self.config, &self.paid.resource, status, reason, message, Some(&self.paid))
    }

    /// `[[name, value]…]`: the headers of the paid response.
    #[wasm_bindgen(js_name = paidHeaders)]
    pub fn paid_headers(&self, tx_hash: &str) -> String {
        let mut w = Writer::new();
        w.pairs(&reply::paid_headers(&self.paid, tx_hash));
        w.finish()
    }

    /// Mock mode's "transaction hash", derived from (payer, nonce).
    #[wasm_bindgen(js_name = mockTxHash)]
    pub fn mock_tx_hash(&self) -> String {
        settlement::mock_tx_hash(&self.paid)
    }

    /// The facilitator's success answer: `verify` → `{isValid:true, payer}`, `settle` (of
    /// `tx_hash`) → `{success:true, transaction, network, payer}`.
    #[wasm_bindgen(js_name = facilitatorReply)]
    pub fn facilitator_reply(&self, op_name: &str, tx_hash: &str) -> String {
        let body = match Op::named(op_name) {
            Op::Settle => facilitator::settled_body(&self.paid, tx_hash),
            _ => facilitator::verified_body(&self.paid),
        };
        facilitator::ok_reply(body).to_json()
    }

    /// The facilitator's answer to `op` failing after local verification (OKX refused or
    /// was unreachable, the ledger failed).
    #[wasm_bindgen(js_name = failedReply)]
    pub fn failed_reply(&self, op_name: &str, status: u16, reason: &str, message: &str) -> String {
        facilitator::failed(Some(&self.paid), &info(status, reason, message)).reply(Op::named(op_name)).to_json()
    }
}

/// The facilitator's configuration, parsed once from the secrets (the JSON object of
/// [`x402_env_keys`]). A configuration error is kept: every answer is then
/// its refusal.
#[wasm_bindgen]
pub struct X402Facilitator {
    config: Result<FacilitatorConfig, ErrorInfo>,
}

#[wasm_bindgen]
impl X402Facilitator {
    #[wasm_bindgen(constructor)]
    pub fn new(env: &str) -> X402Facilitator {
        let config = match env_of(env) {
            Some(env) => FacilitatorConfig::from_env(&env),
            None => Err(internal("bad env")),
        };
        X402Facilitator { config }
    }

    /// `{kinds:[…]}`, or the configuration error.
    pub fn supported(&self) -> String {
        match &self.config {
            Ok(c) => facilitator::ok_reply(facilitator::supported_body(c)).to_json(),
            Err(e) => facilitator::config_refusal(e).reply(Op::Other).to_json(),
        }
    }

    /// Checks a `verify`/`settle` request body at `now`: a [`Payment`] under the paywall
    /// configuration for the caller's requirements, or `op`'s refusal reply (a body over
    /// 16 KiB: 413).
    pub fn check(&self, op_name: &str, body: &str, now: f64) -> JsValue {
        let op = Op::named(op_name);
        let c = match &self.config {
            Ok(c) => c,
            Err(e) => return reply_value(facilitator::config_refusal(e).reply(op).to_json()),
        };
        match facilitator::check(c, body, now as u64) {
            Ok(a) => JsValue::from(Payment::new(a.payment, Rc::new(Ok(a.config)), Some(a.requirements))),
            Err(r) => reply_value(r.reply(op).to_json()),
        }
    }

    /// The [`Payment`] of a facilitator ledger row (its `payment` column, with the accepted
    /// `requirements`), re-checked against the current allow-list and assets; or a refusal
    /// reply (malformed, or no longer allowed).
    #[wasm_bindgen(js_name = ledgerPayment)]
    pub fn ledger_payment(&self, ledger_json: &str) -> JsValue {
        let c = match &self.config {
            Ok(c) => c,
            Err(e) => return reply_value(error_reply(e)),
        };
        let row = json::parse(ledger_json.as_bytes());
        let Some((paid, stored)) = row.as_ref().and_then(|v| Some((VerifiedPayment::from_value(v)?, v.get("requirements")?))) else {
            return reply_value(error_reply(&internal("malformed ledger payment")));
        };
        match facilitator::stored_requirements(c, stored) {
            Ok(req) => JsValue::from(Payment::new(paid, Rc::new(Ok(c.paywall_config(&req))), Some(req))),
            Err(r) => reply_value(r.reply(Op::Other).to_json()),
        }
    }
}

/// One step of a settlement. `kind`: `request` (send `request` to `target`, hand the answer
/// back), or an outcome: `verified`, `settled` (with its `proof`), `pending` (ask `next`
/// again later), `failed` (nothing moved) or `unknown` (money may have moved).
/// `status`/`reason`/`message` describe a failed or unknown step; `txHash` is the
/// transaction once known.
#[wasm_bindgen]
pub struct Step {
    kind: &'static str,
    name: &'static str,
    target: &'static str,
    request: Option<String>,
    tx_hash: Option<String>,
    proof: &'static str,
    error: Option<ErrorInfo>,
}

impl Step {
    #[inline(never)]
    fn done(kind: &'static str, tx_hash: Option<String>, proof: &'static str, error: Option<ErrorInfo>) -> Step {
        Step { kind, name: "", target: "", request: None, tx_hash, proof, error }
    }

    pub(crate) fn failed(error: ErrorInfo) -> Step {
        Step::done("failed", None, "", Some(error))
    }

    fn of(step: settle::Step) -> Step {
        match step {
            settle::Step::Request { target, name, request, tx_hash } => {
                let mut w = Writer::new();
                request.write(&mut w);
                Step { kind: "request", name, target: Target::as_str(target), request: Some(w.finish()), tx_hash, proof: "", error: None }
            }
            settle::Step::Done(outcome) => match outcome {
                Outcome::Verified { .. } => Step::done("verified", None, "", None),
                Outcome::Settled { tx_hash, proof } => Step::done("settled", Some(tx_hash), proof.as_str(), None),
                Outcome::Pending { tx_hash } => Step::done("pending", tx_hash, "", None),
                Outcome::Failed { reason } => Step::done("failed", None, "", Some(reason.info())),
                Outcome::Unknown { tx_hash, reason } => Step::done("unknown", tx_hash, "", Some(reason.info())),
            },
        }
    }
}

#[wasm_bindgen]
impl Step {
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.kind.into()
    }

    /// What a request asks: verify, settle, status (OKX); chainId, authorizationState,
    /// authorizationLogs, balance, simulation, nonce, feeHistory, gasPrice, priorityFee, gas,
    /// send, receipt (JSON-RPC).
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.name.into()
    }

    /// Where a request goes: "facilitator" (its URL) or "chain" (`RPC_URL`'s nodes in turn).
    #[wasm_bindgen(getter)]
    pub fn target(&self) -> String {
        self.target.into()
    }

    /// `{url, method, headers: [[name, value]…], body}` to send verbatim.
    #[wasm_bindgen(getter)]
    pub fn request(&self) -> Option<String> {
        self.request.clone()
    }

    #[wasm_bindgen(getter, js_name = txHash)]
    pub fn tx_hash(&self) -> Option<String> {
        self.tx_hash.clone()
    }

    /// What proves a settlement: "facilitator", "receipt" or "mock" ("" otherwise).
    #[wasm_bindgen(getter)]
    pub fn proof(&self) -> String {
        self.proof.into()
    }

    /// HTTP status of the failure (0 when there is none).
    #[wasm_bindgen(getter)]
    pub fn status(&self) -> u16 {
        self.error.as_ref().map_or(0, |e| e.status)
    }

    #[wasm_bindgen(getter)]
    pub fn reason(&self) -> String {
        self.error.as_ref().map(|e| e.reason.clone()).unwrap_or_default()
    }

    #[wasm_bindgen(getter)]
    pub fn message(&self) -> String {
        self.error.as_ref().map(|e| e.message.clone()).unwrap_or_default()
    }
}

/// One payment's settlement conversation (verify, settle or resolve) with its backend. JS
/// asks [`Settlement::next`], performs the request the step names and hands the answer to
/// [`Settlement::answer`] (the direct backend's `nonce` step: the ledger's nonce to
/// [`Settlement::use_nonce`]) until an outcome; after `pending`, `next` polls.
#[wasm_bindgen]
pub struct Settlement {
    inner: Result<Box<dyn Settler>, ErrorInfo>,
    rpc_urls: String,
}

impl Settlement {
    fn step(&mut self, f: impl FnOnce(&mut dyn Settler) -> Option<settle::Step>) -> Step {
        match &mut self.inner {
            Ok(s) => match f(s.as_mut()) {
                Some(step) => Step::of(step),
                None => Step::failed(internal("no request is waiting for this answer")),
            },
            Err(e) => Step::failed(e.clone()),
        }
    }
}

#[wasm_bindgen]
impl Settlement {
    /// The account that signs and pays gas (direct), "" otherwise.
    #[wasm_bindgen(getter)]
    pub fn account(&self) -> String {
        self.inner.as_ref().ok().and_then(|s| s.account()).unwrap_or_default()
    }

    /// `RPC_URL`'s nodes in the order to try them, comma-separated ("" when unset).
    #[wasm_bindgen(getter, js_name = rpcUrls)]
    pub fn rpc_urls(&self) -> String {
        self.rpc_urls.clone()
    }

    /// The next request, or the outcome (after `pending`: the poll).
    pub fn next(&mut self, now_ms: f64) -> Step {
        self.step(|s| Some(s.next(now_ms as u64)))
    }

    /// The answer to the request last named (`http_status` 0 = nobody answered); the next step.
    pub fn answer(&mut self, http_status: u16, body: &str, now_ms: f64) -> Step {
        self.step(|s| Some(s.answer(http_status, body, now_ms as u64)))
    }

    /// At the `nonce` step: the account nonce the ledger allocated, instead of the node's count.
    #[wasm_bindgen(js_name = useNonce)]
    pub fn use_nonce(&mut self, nonce: f64, now_ms: f64) -> Step {
        self.step(|s| s.use_nonce(nonce as u64, now_ms as u64))
    }
}

/// `0x…` EIP-712 domain separator of (name, version, chainId, verifyingContract), or "" for a
/// malformed address. For `npm run check-domain`, which compares it with the token's own.
#[wasm_bindgen]
pub fn x402_domain_separator(name: &str, version: &str, chain_id: f64, verifying_contract: &str) -> String {
    match crate::x402::address::Address::parse(verifying_contract) {
        Some(a) if chain_id >= 0.0 => crate::x402::codec::to_0x_hex(&crate::x402::eip712::domain_separator(name, version, chain_id as u64, &a)),
        _ => String::new(),
    }
}
