//! x402 exports: typed objects, no rules here.
//!
//! - [`X402Config`] (the paywall) and [`X402Facilitator`] are parsed once from the secrets;
//!   JS keeps them per isolate and makes a new one only when a secret changes. The
//!   facilitator and reconcile exports come with the `facilitator` feature: `x402-paywall`'s
//!   module (the `paywall` flavor) is built without them, as it never runs them.
//! - Every request becomes one [`PaymentFlow`]: the paywall's paid request, the
//!   facilitator's verify or settle, or a reconcile run. It holds the payment, its
//!   configuration and the conversation in wasm memory; JS performs each effect it names
//!   and hands back the answer, until the final one (a reply, or the handler to run).
//!
//! Effects cross as JSON text (`{kind: 'ledger'|'http'|'sleep'|'serve'|'respond', …}`, see
//! `crate::x402::flow::Effect`), one crossing each way per effect. Times arrive as JS
//! numbers in milliseconds; `as u64` saturates, never traps.
//!
//! No wasm-bindgen, as in the bridge's and the challenge's: [`exports`] exports these objects as
//! functions over numbers ([`super::abi`]), which `functions/src/lib/x402-abi.js` wraps back
//! into them. (The tools' one export below keeps wasm-bindgen: it is in no shipped module.)

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;


use crate::json::{self, Json};
use crate::x402::facilitator;
#[cfg(feature = "facilitator")]
use crate::x402::facilitator::{FacilitatorConfig, Op};
use crate::x402::flow::idem::{Idempotent, Keyed};
use crate::x402::flow::{self, Answer, Answered, Face, PaymentFlow as Presentation};
use crate::x402::payment_id::{self, PaymentId};
use crate::http::HttpError;
use crate::x402::{self, reply, Check, PaywallConfig};

fn internal(what: &str) -> HttpError {
    HttpError::new(500, "internal_error", what)
}

fn env_of(text: &str) -> Option<Vec<(String, Json)>> {
    json::parse_object(text.as_bytes())
}

/// Comma-separated secret names the x402 functions read: the paywall's, plus the
/// facilitator's allow-list. One env JSON serves [`X402Config`] and [`X402Facilitator`].
pub fn x402_env_keys() -> String {
    facilitator::env_keys()
}

/// One request's flow: JS calls `start`, performs the effect, calls `resume` with its answer,
/// until an effect of kind `respond` or `serve`.
pub struct PaymentFlow {
    inner: Box<dyn flow::Flow>,
}

impl PaymentFlow {
    fn of(inner: impl flow::Flow + 'static) -> PaymentFlow {
        PaymentFlow { inner: Box::new(inner) }
    }

    fn reply(r: crate::http::Reply) -> PaymentFlow {
        PaymentFlow::of(Answered(Some(r)))
    }

    /// `inner`, behind its `payment-identifier` id when it has one (`processable`: the payment
    /// passed its local check; otherwise `inner` is its refusal and only a kept answer can
    /// replace it).
    fn keyed(face: Face, key: Option<PaymentId>, endpoint: &str, token: &str, processable: bool, inner: Box<dyn flow::Flow>) -> PaymentFlow {
        match key {
            Some(key) => PaymentFlow::of(Idempotent::new(face, Keyed { key, endpoint: endpoint.into(), token: token.into() }, processable, inner)),
            None => PaymentFlow { inner },
        }
    }
}

/// The id facilitator settles are kept under (one namespace: the payment's fingerprint binds it).
#[cfg(feature = "facilitator")]
const FACILITATOR_ENDPOINT: &str = "/functions/x402-facilitator";

impl PaymentFlow {
    /// The first effect (JSON).
    pub fn start(&mut self, now_ms: f64) -> String {
        self.inner.start(now_ms as u64).to_json()
    }

    /// The answer to the last effect: `status` (HTTP status; 200 for a ledger call that
    /// answered; 0 for no answer) and `body` (the text, or the ledger call's JSON value).
    pub fn resume(&mut self, status: u16, body: &str, now_ms: f64) -> String {
        self.inner.resume(Answer { status, body }, now_ms as u64).to_json()
    }
}

/// The paywall's configuration, parsed once from the secrets (`env`: the JSON object of
/// [`x402_env_keys`]; unknown names are ignored). A configuration error is kept: every flow
/// then answers with its 500 reply.
pub struct X402Config {
    config: Rc<Result<PaywallConfig, HttpError>>,
}

impl X402Config {
    pub fn new(env: &str) -> X402Config {
        let config = match env_of(env) {
            Some(env) => PaywallConfig::from_env(&env).map_err(|e| e.info()),
            None => Err(internal("bad env")),
        };
        X402Config { config: Rc::new(config) }
    }

    /// A paid request for `resource`, with its payment headers ("" = absent;
    /// `PAYMENT-SIGNATURE` wins over `X-PAYMENT`). `endpoint` and `summary` are what its
    /// ledger row records; `claim_token` a fresh random UUID; `settler_key` the
    /// `SETTLER_PRIVATE_KEY` secret (the direct backend's, "" otherwise).
    #[allow(clippy::too_many_arguments)]
    pub fn pay(&self, payment_signature: &str, x_payment: &str, resource: &str, endpoint: &str, summary: &str, claim_token: &str, settler_key: &str, now_ms: f64) -> PaymentFlow {
        let config = match &*self.config {
            Ok(c) => c,
            Err(e) => return PaymentFlow::reply(reply::error(e)),
        };
        // With the function's own bazaar declaration (`X402_DISCOVERY`), when it has one.
        let selling = config.selling(endpoint);
        let config = &*selling;
        // The header `check` reads: PAYMENT-SIGNATURE unless blank, else X-PAYMENT.
        let header = [payment_signature, x_payment].into_iter().map(str::trim).find(|h| !h.is_empty());
        let key = match header.map(payment_id::of_header).transpose() {
            Ok(key) => key.flatten(),
            Err(e) => return PaymentFlow::reply(reply::error(&e.info())),
        };
        if header.is_some() && key.is_none() && config.knobs.payment_id_required {
            let e = x402::X402Error::Flow { reason: x402::error::Reason::PaymentIdRequired, message: "this endpoint requires the payment-identifier extension: send extensions[\"payment-identifier\"].info.id with the payment" };
            return PaymentFlow::reply(reply::error(&e.info()));
        }
        let (paid, expired) = match x402::check(config, present(payment_signature), present(x_payment), resource, (now_ms / 1000.0) as u64) {
            Check::Paid(p) => (p, false),
            Check::Expired(p) => (p, true),
            Check::Respond(r) => return PaymentFlow::keyed(Face::Paywall, key, endpoint, claim_token, false, Box::new(Answered(Some(r)))),
        };
        let inner = Presentation::new(flow::pay::Presented {
            face: Face::Paywall,
            config: Rc::new(config.clone()),
            paid: *paid,
            requirements: None,
            expired,
            endpoint: endpoint.into(),
            summary: summary.into(),
            token: claim_token.into(),
            settler_key: settler_key.into(),
        });
        PaymentFlow::keyed(Face::Paywall, key, endpoint, claim_token, true, Box::new(inner))
    }

    /// A request with `SIGN-IN-WITH-X` and no payment (`header`): a wallet that paid for
    /// `resource` on `endpoint` coming back within `X402_SIWX_SECONDS` (see `x402::siwx`).
    pub fn sign_in(&self, header: &str, resource: &str, endpoint: &str, now_ms: f64) -> PaymentFlow {
        let config = match &*self.config {
            Ok(c) => c,
            Err(e) => return PaymentFlow::reply(reply::error(e)),
        };
        let now = (now_ms / 1000.0) as u64;
        match x402::flow::siwx::read(config, header, resource, now) {
            Ok(proof) => PaymentFlow::of(x402::flow::siwx::SiwxFlow::new(Rc::new(config.clone()), proof, resource.into(), endpoint.into())),
            Err(e) => {
                let mut req = config.requirements(resource);
                req.siwx = x402::flow::siwx::declare(config, resource, now);
                PaymentFlow::reply(reply::reject(&req, &e.info(), None))
            }
        }
    }

    /// A reconcile run over the ledger's stranded rows: the paywall's rows under this
    /// configuration, the facilitator's under theirs; then, for direct settlement, the gas
    /// report of each settler (`settler_key`: `SETTLER_PRIVATE_KEY`, one key or a pool; a
    /// stuck nonce is filled with the key that used it).
    #[cfg(feature = "facilitator")]
    pub fn reconcile(&self, facilitator: &X402Facilitator, claim_token: &str, settler_key: &str) -> PaymentFlow {
        PaymentFlow::of(flow::ReconcileFlow::new(self.config.clone(), facilitator.config.clone(), claim_token.into(), settler_key.into()))
    }
}

/// The facilitator's configuration, parsed once from the secrets (the JSON object of
/// [`x402_env_keys`]). A configuration error is kept: every answer is then its refusal.
#[cfg(feature = "facilitator")]
pub struct X402Facilitator {
    config: Rc<Result<FacilitatorConfig, HttpError>>,
    /// The paywall's own configuration, for the discovery listing; `None` when
    /// `X402_DISCOVERY` is unset (nothing to list, whatever else is configured).
    listing: Option<Result<PaywallConfig, HttpError>>,
}

#[cfg(feature = "facilitator")]
impl X402Facilitator {
    pub fn new(env: &str) -> X402Facilitator {
        let env = env_of(env);
        let config = match &env {
            Some(env) => FacilitatorConfig::from_env(env),
            None => Err(internal("bad env")),
        };
        let listing = match &env {
            Some(env) if crate::env::Env::new(env).get(crate::x402::discovery::DISCOVERY_KEY).is_some() => {
                Some(PaywallConfig::from_env(env).map_err(|e| e.info()))
            }
            Some(_) => None,
            None => Some(Err(internal("bad env"))),
        };
        X402Facilitator { config: Rc::new(config), listing }
    }

    /// `GET /discovery/resources`: the paid functions `X402_DISCOVERY` declares. `query` is the
    /// JSON object of the query parameters as sent (`type`, `payTo`, `scheme`, `network`,
    /// `extensions`, `limit`, `offset`; absent = any, or the default); `functions_base` the URL
    /// the functions live under.
    pub fn discovery(&self, query: &str, functions_base: &str, now_ms: f64) -> String {
        let Some(params) = json::parse_object(query.as_bytes()) else { return reply::error(&internal("bad query")).to_json() };
        let get = |k: &str| json::lookup(&params, k).and_then(Json::as_str).unwrap_or("");
        let q = crate::x402::facilitator::discovery::Query {
            kind: get("type"),
            pay_to: get("payTo"),
            scheme: get("scheme"),
            network: get("network"),
            extensions: get("extensions"),
            limit: get("limit"),
            offset: get("offset"),
        };
        match &self.listing {
            None => crate::x402::facilitator::discovery::list_reply(None, &q, functions_base, now_ms as u64),
            Some(Ok(c)) => crate::x402::facilitator::discovery::list_reply(Some(c), &q, functions_base, now_ms as u64),
            Some(Err(e)) => reply::error(e),
        }
        .to_json()
    }

    /// `{kinds:[…]}`, or the configuration error.
    pub fn supported(&self) -> String {
        match &*self.config {
            Ok(c) => facilitator::ok_reply(facilitator::supported_body(c)).to_json(),
            Err(e) => facilitator::config_refusal(e).reply(Op::Other).to_json(),
        }
    }

    /// A `verify` or `settle` request body (`op_name`): its flow (a body over 16 KiB: 413).
    pub fn flow(&self, op_name: &str, body: &str, claim_token: &str, settler_key: &str, now_ms: f64) -> PaymentFlow {
        let op = Op::named(op_name);
        let c = match &*self.config {
            Ok(c) => c,
            Err(e) => return PaymentFlow::reply(facilitator::config_refusal(e).reply(op)),
        };
        // Only a settle is kept under its payment-identifier id (a verify changes nothing).
        let key = match op {
            Op::Settle => match payment_id::of_request(body) {
                Ok(key) => key,
                Err(e) => return PaymentFlow::reply(reply::error(&e.info())),
            },
            _ => None,
        };
        let a = match facilitator::check(c, body, (now_ms / 1000.0) as u64, op) {
            Ok(a) => a,
            Err(r) => return PaymentFlow::keyed(Face::Settle, key, FACILITATOR_ENDPOINT, claim_token, false, Box::new(Answered(Some(r.reply(op))))),
        };
        if a.expired && op != Op::Settle {
            return PaymentFlow::reply(facilitator::failed(Some(&a.payment), &a.payment.expired().info()).reply(op));
        }
        let endpoint = a.payment.resource.clone();
        let inner = Presentation::new(flow::pay::Presented {
            face: if op == Op::Settle { Face::Settle } else { Face::Verify },
            config: Rc::new(a.config),
            paid: a.payment,
            requirements: Some(a.requirements),
            expired: a.expired,
            endpoint,
            summary: "x402-facilitator settle".into(),
            token: claim_token.into(),
            settler_key: settler_key.into(),
        });
        PaymentFlow::keyed(Face::Settle, key, FACILITATOR_ENDPOINT, claim_token, true, Box::new(inner))
    }
}

/// `0x…` EIP-712 domain separator of (name, version, chainId, verifyingContract), or "" for a
/// malformed address. For tools (the `tools` feature): not in the shipped module.
#[cfg(feature = "tools")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn x402_domain_separator(name: &str, version: &str, chain_id: f64, verifying_contract: &str) -> String {
    match crate::x402::address::Address::parse(verifying_contract) {
        Some(a) if chain_id >= 0.0 => crate::x402::codec::to_0x_hex(&crate::x402::eip712::domain_separator(name, version, chain_id as u64, &a)),
        _ => String::new(),
    }
}

fn present(h: &str) -> Option<&str> {
    Some(h).filter(|h| !h.is_empty())
}

/// The raw exports `functions/src/lib/x402-abi.js` calls.
#[allow(clippy::missing_safety_doc)]
pub mod exports {
    #[allow(unused_imports)]
    use crate::prelude::*;

    use super::super::abi::{arg, boxed, free, text};
    use super::{PaymentFlow, X402Config};
    #[cfg(feature = "facilitator")]
    use super::X402Facilitator;

    #[no_mangle]
    pub extern "C" fn x402_env_keys() -> u32 {
        text(Some(super::x402_env_keys()))
    }

    #[no_mangle]
    pub extern "C" fn config_new(env: *mut u8, env_n: usize) -> *mut X402Config {
        boxed(X402Config::new(&arg(env, env_n)))
    }

    /// # Safety
    /// For every `config_*` export: `c` is a live pointer [`config_new`] returned; for every
    /// `flow_*`, `f` one a `config_*` or `facilitator_flow` export returned; for every
    /// `facilitator_*`, `x` one [`facilitator_new`] returned. Each freed once.
    #[no_mangle]
    pub unsafe extern "C" fn config_free(c: *mut X402Config) {
        free(c);
    }

    #[no_mangle]
    #[allow(clippy::too_many_arguments)]
    pub unsafe extern "C" fn config_pay(
        c: *const X402Config,
        sig: *mut u8,
        sig_n: usize,
        xp: *mut u8,
        xp_n: usize,
        res: *mut u8,
        res_n: usize,
        end: *mut u8,
        end_n: usize,
        sum: *mut u8,
        sum_n: usize,
        tok: *mut u8,
        tok_n: usize,
        key: *mut u8,
        key_n: usize,
        now_ms: f64,
    ) -> *mut PaymentFlow {
        let flow = (*c).pay(&arg(sig, sig_n), &arg(xp, xp_n), &arg(res, res_n), &arg(end, end_n), &arg(sum, sum_n), &arg(tok, tok_n), &arg(key, key_n), now_ms);
        boxed(flow)
    }

    #[no_mangle]
    pub unsafe extern "C" fn config_sign_in(c: *const X402Config, h: *mut u8, h_n: usize, res: *mut u8, res_n: usize, end: *mut u8, end_n: usize, now_ms: f64) -> *mut PaymentFlow {
        boxed((*c).sign_in(&arg(h, h_n), &arg(res, res_n), &arg(end, end_n), now_ms))
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    pub unsafe extern "C" fn config_reconcile(c: *const X402Config, x: *const X402Facilitator, tok: *mut u8, tok_n: usize, key: *mut u8, key_n: usize) -> *mut PaymentFlow {
        boxed((*c).reconcile(&*x, &arg(tok, tok_n), &arg(key, key_n)))
    }

    #[no_mangle]
    pub unsafe extern "C" fn flow_free(f: *mut PaymentFlow) {
        free(f);
    }

    #[no_mangle]
    pub unsafe extern "C" fn flow_start(f: *mut PaymentFlow, now_ms: f64) -> u32 {
        text(Some((*f).start(now_ms)))
    }

    #[no_mangle]
    pub unsafe extern "C" fn flow_resume(f: *mut PaymentFlow, status: u32, body: *mut u8, body_n: usize, now_ms: f64) -> u32 {
        text(Some((*f).resume(status as u16, &arg(body, body_n), now_ms)))
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    pub extern "C" fn facilitator_new(env: *mut u8, env_n: usize) -> *mut X402Facilitator {
        boxed(X402Facilitator::new(&arg(env, env_n)))
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    pub unsafe extern "C" fn facilitator_free(x: *mut X402Facilitator) {
        free(x);
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    pub unsafe extern "C" fn facilitator_discovery(x: *const X402Facilitator, q: *mut u8, q_n: usize, base: *mut u8, base_n: usize, now_ms: f64) -> u32 {
        text(Some((*x).discovery(&arg(q, q_n), &arg(base, base_n), now_ms)))
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    pub unsafe extern "C" fn facilitator_supported(x: *const X402Facilitator) -> u32 {
        text(Some((*x).supported()))
    }

    #[cfg(feature = "facilitator")]
    #[no_mangle]
    #[allow(clippy::too_many_arguments)]
    pub unsafe extern "C" fn facilitator_flow(x: *const X402Facilitator, op: *mut u8, op_n: usize, body: *mut u8, body_n: usize, tok: *mut u8, tok_n: usize, key: *mut u8, key_n: usize, now_ms: f64) -> *mut PaymentFlow {
        boxed((*x).flow(&arg(op, op_n), &arg(body, body_n), &arg(tok, tok_n), &arg(key, key_n), now_ms))
    }
}
