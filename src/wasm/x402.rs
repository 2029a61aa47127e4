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
use crate::x402::evm::settle::{Mode, Settlement};
use crate::x402::evm::tx;
use crate::x402::facilitator::{self, FacilitatorConfig, Op};
use crate::x402::okx::response::{self, Outcome};
use crate::x402::okx::HttpRequest;
use crate::x402::requirements::Requirements;
use crate::x402::{self, reply, settlement, Check, ErrorInfo, Facilitator, FacilitatorOp, PaywallConfig, RpcCheck, VerifiedPayment, X402Error};

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
    facilitator::env_keys().join(",")
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

fn op(name: &str) -> Option<FacilitatorOp> {
    match name {
        "verify" => Some(FacilitatorOp::Verify),
        "settle" => Some(FacilitatorOp::Settle),
        "status" => Some(FacilitatorOp::SettleStatus),
        _ => None,
    }
}

#[wasm_bindgen]
impl Payment {
    /// Who settles it: "okx", "mock" or "direct" (a facilitator payment: "okx" or "mock");
    /// "" under a configuration error.
    #[wasm_bindgen(getter)]
    pub fn settler(&self) -> String {
        let direct = self.requirements.is_none();
        match self.config() {
            Ok(c) => match &c.facilitator {
                Facilitator::Mock => "mock",
                Facilitator::Direct { .. } if direct => "direct",
                _ => "okx",
            },
            Err(_) => "",
        }
        .into()
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

    /// The OKX call `op` (verify | settle, or status with `tx_hash`) signed at `now_ms`: a
    /// request step, or `refused` when it cannot be made (configuration, mock or direct
    /// mode, legacy API, malformed hash).
    #[wasm_bindgen(js_name = okxRequest)]
    pub fn okx_request(&self, op_name: &str, tx_hash: &str, now_ms: f64) -> Step {
        let c = match self.config() {
            Ok(c) => c,
            Err(e) => return Step::refused(e.clone()),
        };
        let built = match op(op_name) {
            Some(FacilitatorOp::SettleStatus) => x402::status_request(c, tx_hash, now_ms as u64),
            Some(o) => x402::facilitator_request(c, o, &self.paid, now_ms as u64),
            None => return Step::refused(internal("unknown op")),
        };
        match built {
            Ok(request) => Step::ask("okx", &request),
            Err(e) => Step::refused(e.info()),
        }
    }

    /// OKX's answer to `op` (`http_status` 0 = no answer at all): verified, settled, pending
    /// or failed.
    #[wasm_bindgen(js_name = okxAnswer)]
    pub fn okx_answer(&self, op_name: &str, http_status: u16, body: &str) -> Step {
        match op(op_name) {
            Some(o) => Step::outcome(response::parse(o, http_status, body), None),
            None => Step::failed(internal("unknown op"), false),
        }
    }

    /// The JSON-RPC `eth_getTransactionReceipt` for `tx_hash`, or `refused`.
    #[wasm_bindgen(js_name = receiptRequest)]
    pub fn receipt_request(&self, tx_hash: &str) -> Step {
        match self.config().map_err(Clone::clone).and_then(|c| x402::rpc_request(c, RpcCheck::Receipt, &self.paid, tx_hash).map_err(|e| e.info())) {
            Ok(request) => Step::ask("receipt", &request),
            Err(e) => Step::refused(e),
        }
    }

    /// The receipt's verdict: settled (with the matching `Transfer`), pending or failed.
    #[wasm_bindgen(js_name = receiptAnswer)]
    pub fn receipt_answer(&self, tx_hash: &str, body: &str) -> Step {
        match self.config() {
            Ok(c) => Step::outcome(x402::rpc_outcome(c, RpcCheck::Receipt, body, &self.paid, tx_hash), None),
            Err(e) => Step::refused(e.clone()),
        }
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

    /// The on-chain settlement of this payment from the gas wallet `private_key`
    /// (`X402_SETTLER=direct`).
    #[wasm_bindgen(js_name = directPlan)]
    pub fn direct_plan(&self, private_key: &str) -> DirectPlan {
        let plan = match self.config() {
            Ok(PaywallConfig { facilitator: Facilitator::Direct { rpc_urls }, chain_id, .. }) => {
                let url = rpc_urls.first().cloned().unwrap_or_default();
                tx::parse_private_key(private_key)
                    .map(|key| Settlement::new(key, *chain_id, url, self.paid.clone(), Mode::Settle))
                    .map_err(|e| e.info())
            }
            Ok(_) => Err(X402Error::Misconfigured("X402_SETTLER is not direct").info()),
            Err(e) => Err(e.clone()),
        };
        let chain_id = self.config().map_or(0, |c| c.chain_id);
        DirectPlan { plan, chain_id }
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

/// One step of a conversation with the network. `kind`: `request` (send `request`, hand the
/// answer back), `refused` (the call cannot be made: nothing was sent), or an outcome:
/// `verified`, `settled`, `pending`, `failed`. `status`/`reason`/`message` describe a
/// refused or failed step; `txHash` is the transaction once known.
#[wasm_bindgen]
pub struct Step {
    kind: &'static str,
    name: &'static str,
    request: Option<String>,
    tx_hash: Option<String>,
    error: Option<ErrorInfo>,
    retryable: bool,
}

impl Step {
    #[inline(never)]
    pub(crate) fn ask(name: &'static str, request: &HttpRequest) -> Step {
        let mut w = Writer::new();
        request.write(&mut w);
        Step { kind: "request", name, request: Some(w.finish()), tx_hash: None, error: None, retryable: false }
    }

    pub(crate) fn set_tx(&mut self, tx_hash: Option<String>) {
        self.tx_hash = tx_hash;
    }

    #[inline(never)]
    fn done(kind: &'static str, tx_hash: Option<String>, error: Option<ErrorInfo>, retryable: bool) -> Step {
        Step { kind, name: "", request: None, tx_hash, error, retryable }
    }

    pub(crate) fn refused(error: ErrorInfo) -> Step {
        Step::done("refused", None, Some(error), false)
    }

    pub(crate) fn failed(error: ErrorInfo, retryable: bool) -> Step {
        Step::done("failed", None, Some(error), retryable)
    }

    /// `tx_hash`: the transaction the outcome is about, when the outcome itself names none.
    pub(crate) fn outcome(outcome: Outcome, tx_hash: Option<String>) -> Step {
        match outcome {
            Outcome::Verified { .. } => Step::done("verified", tx_hash, None, false),
            Outcome::Settled { tx_hash: h } => Step::done("settled", Some(h), None, false),
            Outcome::Pending { tx_hash: h } => Step::done("pending", h.or(tx_hash), None, false),
            Outcome::Failed(e) => {
                let retryable = matches!(&e, X402Error::Facilitator(f) if f.retryable);
                Step::done("failed", tx_hash, Some(e.info()), retryable)
            }
        }
    }
}

#[wasm_bindgen]
impl Step {
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> String {
        self.kind.into()
    }

    /// What a request asks: "okx", "receipt", or the direct plan's step (chainId,
    /// authorizationState, balance, simulation, nonce, feeHistory, gasPrice, priorityFee,
    /// gas, send, receipt).
    #[wasm_bindgen(getter)]
    pub fn name(&self) -> String {
        self.name.into()
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

    /// A failure worth retrying later (the outcome is not known to be final).
    #[wasm_bindgen(getter)]
    pub fn retryable(&self) -> bool {
        self.retryable
    }
}

/// The on-chain settlement of one payment: the settler's key parsed and its address derived
/// once, the payment and every node answer kept here. JS asks [`DirectPlan::next`], sends the
/// request it names to `RPC_URL`'s nodes in turn and hands the body to
/// [`DirectPlan::answer`] (the nonce step: the ledger's nonce to [`DirectPlan::use_nonce`]),
/// until an outcome. `pending` (no receipt yet): call `next` again later to poll.
#[wasm_bindgen]
pub struct DirectPlan {
    plan: Result<Settlement, ErrorInfo>,
    chain_id: u64,
}

impl DirectPlan {
    fn step(&mut self, f: impl FnOnce(&mut Settlement) -> Option<crate::x402::evm::settle::Step>) -> Step {
        match &mut self.plan {
            Ok(plan) => match f(plan) {
                Some(step) => crate::wasm::evm::step(step),
                None => Step::failed(internal("no request is waiting for an answer"), false),
            },
            Err(e) => Step::failed(e.clone(), false),
        }
    }
}

#[wasm_bindgen]
impl DirectPlan {
    /// The settler's address (lowercase `0x` hex), "" without a usable key.
    #[wasm_bindgen(getter)]
    pub fn settler(&self) -> String {
        self.plan.as_ref().map(|p| p.settler().to_hex()).unwrap_or_default()
    }

    /// The settlement chain's id.
    #[wasm_bindgen(getter, js_name = chainId)]
    pub fn chain_id(&self) -> f64 {
        self.chain_id as f64
    }

    /// The next request, or the outcome.
    pub fn next(&mut self) -> Step {
        self.step(|p| Some(p.next()))
    }

    /// The node's answer to the request `next` named; returns the step after it. With no
    /// request waiting: a failed 500 step.
    pub fn answer(&mut self, body: &str) -> Step {
        self.step(|p| p.answer(body))
    }

    /// At the nonce step: the account nonce the ledger allocated, instead of the node's count.
    #[wasm_bindgen(js_name = useNonce)]
    pub fn use_nonce(&mut self, nonce: f64) -> Step {
        self.step(|p| p.use_nonce(nonce as u64))
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
