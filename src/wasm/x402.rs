//! x402 exports: JSON strings in, JSON strings out. No rules here: each export parses
//! its arguments, calls `crate::x402` and serializes the answer. Times arrive as JS
//! numbers (`now` in seconds, `now_ms` in milliseconds); `as u64` saturates, never traps.

use wasm_bindgen::prelude::*;

use crate::json::{self, Writer};
use crate::x402::okx::response::{self, Outcome};
use crate::x402::{self, config, reply, settlement, Check, ErrorInfo, Facilitator, FacilitatorOp, PaywallConfig, RpcCheck, VerifiedPayment, X402Error};

/// `{ok:false, error, reply}` for a failure that is not a payment refusal.
fn failure(info: &ErrorInfo) -> String {
    answer(Some(info), &reply::error(info))
}

/// A malformed argument from our own JS: a 500 reply, not a trap.
fn internal(what: &str) -> String {
    failure(&ErrorInfo { status: 500, reason: "internal_error".into(), message: what.into() })
}

fn load(env: &str) -> Result<PaywallConfig, String> {
    let env = json::parse_object(env.as_bytes()).ok_or_else(|| internal("bad env"))?;
    PaywallConfig::from_env(&env).map_err(|e| failure(&e.info()))
}

fn payment(text: &str) -> Result<VerifiedPayment, String> {
    VerifiedPayment::from_json(text).ok_or_else(|| internal("bad payment"))
}

fn optional(s: &str) -> Option<&str> {
    Some(s).filter(|s| !s.is_empty())
}

fn op(name: &str) -> Option<FacilitatorOp> {
    match name {
        "verify" => Some(FacilitatorOp::Verify),
        "settle" => Some(FacilitatorOp::Settle),
        "status" => Some(FacilitatorOp::SettleStatus),
        _ => None,
    }
}

/// Comma-separated secret names the x402 function reads.
#[wasm_bindgen]
pub fn x402_env_keys() -> String {
    config::ENV_KEYS.join(",")
}

/// `{ok:true, request:{url, method, headers, body}}`: an HTTP call for JS to make.
fn request_answer(request: &crate::x402::okx::HttpRequest) -> String {
    let mut w = Writer::new();
    w.open_obj().key("ok").bool(true).key("request");
    request.write(&mut w);
    w.close_obj();
    w.finish()
}

/// `{ok:false, error, reply}` around a reply (`error` null for a plain challenge).
fn answer(error: Option<&ErrorInfo>, r: &reply::Reply) -> String {
    let mut w = Writer::new();
    w.open_obj().key("ok").bool(false).key("error");
    match error {
        Some(e) => e.write(&mut w),
        None => {
            w.null();
        }
    }
    w.key("reply");
    r.write(&mut w);
    w.close_obj();
    w.finish()
}

/// The 402 challenge for `resource_url`: `{ok:false, error:null, reply}` (or the
/// configuration error and its 500 reply).
#[wasm_bindgen]
pub fn x402_challenge(env: &str, resource_url: &str) -> String {
    match load(env) {
        Ok(c) => answer(None, &reply::challenge(&c.requirements(resource_url))),
        Err(e) => e,
    }
}

/// `{ok:true, facilitator:"okx"|"mock", payment}` or `{ok:false, error, reply}` (`error`
/// is null for a plain challenge). Pass "" for an absent header.
#[wasm_bindgen]
pub fn x402_verify(env: &str, payment_signature: &str, x_payment: &str, resource_url: &str, now: f64) -> String {
    let c = match load(env) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let mut w = Writer::new();
    match x402::check(&c, optional(payment_signature), optional(x_payment), resource_url, now as u64) {
        Check::Paid(p) => {
            let facilitator = match &c.facilitator {
                Facilitator::Mock => "mock",
                Facilitator::Direct { .. } => "direct",
                Facilitator::Okx(_) => "okx",
            };
            w.open_obj().key("ok").bool(true).key("facilitator").str(facilitator);
            if let Facilitator::Direct { rpc_urls } = &c.facilitator {
                w.key("rpcUrls").open_arr();
                for u in rpc_urls {
                    w.str(u);
                }
                w.close_arr();
                w.key("chainId").int(c.chain_id as i64);
            }
            w.key("payment").raw(&p.to_json()).close_obj();
        }
        Check::Respond(r) => return answer(None, &r),
    }
    w.finish()
}

/// `{ok:true, request:{url, method, headers, body}}` or `{ok:false, error, reply}`.
/// `op_name` is verify|settle (`arg` = the `payment` from `x402_verify`) or status (`arg` = tx hash).
#[wasm_bindgen]
pub fn x402_okx_request(env: &str, op_name: &str, arg: &str, now_ms: f64) -> String {
    let c = match load(env) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let result = match op(op_name) {
        Some(FacilitatorOp::SettleStatus) => x402::status_request(&c, arg, now_ms as u64),
        Some(o) => match payment(arg) {
            Ok(p) => x402::facilitator_request(&c, o, &p, now_ms as u64),
            Err(e) => return e,
        },
        None => return internal("unknown op"),
    };
    match result {
        Ok(request) => request_answer(&request),
        Err(e) => failure(&e.info()),
    }
}

/// `{outcome:"verified", payer}`, `{outcome:"settled", txHash}`, `{outcome:"pending", txHash}`
/// or `{outcome:"failed", error, retryable}`; `status` 0 = the fetch itself failed.
#[wasm_bindgen]
pub fn x402_okx_parse(op_name: &str, status: u16, body: &str) -> String {
    match op(op_name) {
        Some(o) => response::parse(o, status, body).to_json(),
        None => internal("unknown op"),
    }
}

/// `{ok:false, error, reply}` answering a failure. `error` is an `error` object from another
/// export or an I/O code (nonce_used, verify_unreachable, settle_unreachable,
/// status_unreachable); `payment_json` is the verified payment or "".
#[wasm_bindgen]
pub fn x402_reject(env: &str, resource_url: &str, error: &str, payment_json: &str) -> String {
    let c = match load(env) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let info = ErrorInfo::from_json(error).unwrap_or_else(|| X402Error::from_io_code(error).info());
    let paid = match optional(payment_json).map(payment).transpose() {
        Ok(p) => p,
        Err(e) => return e,
    };
    let url = paid.as_ref().map_or(resource_url, |p| p.resource.as_str());
    answer(Some(&info), &reply::reject(&c.requirements(url), &info, paid.as_ref()))
}

/// `{headers:[[name, value]…], ledger:{payer_address, endpoint, amount, tx_hash, chain, status}}`.
#[wasm_bindgen]
pub fn x402_paid(payment_json: &str, tx_hash: &str, endpoint: &str) -> String {
    match payment(payment_json) {
        Ok(p) => {
            let mut w = Writer::new();
            w.open_obj().key("headers").pairs(&reply::paid_headers(&p, tx_hash)).key("ledger");
            settlement::ledger_row(&p, tx_hash, endpoint).write(&mut w);
            w.close_obj();
            w.finish()
        }
        Err(e) => e,
    }
}

/// Mock mode's settlement: `{outcome:"settled", txHash}`, the hash derived from (payer, nonce).
#[wasm_bindgen]
pub fn x402_mock_settle(payment_json: &str) -> String {
    match payment(payment_json) {
        Ok(p) => Outcome::Settled { tx_hash: settlement::mock_tx_hash(&p) }.to_json(),
        Err(e) => e,
    }
}

fn rpc_check(name: &str) -> Option<RpcCheck> {
    match name {
        "authorization_state" => Some(RpcCheck::AuthorizationState),
        "receipt" => Some(RpcCheck::Receipt),
        _ => None,
    }
}

/// `{ok:true, request:{url, method, headers, body}}` or `{ok:false, error, reply}` for an
/// on-chain check: `check` is authorization_state (before settling) or receipt (after;
/// needs `tx_hash`).
#[wasm_bindgen]
pub fn x402_rpc_request(env: &str, check: &str, payment_json: &str, tx_hash: &str) -> String {
    let (c, p) = match (load(env), payment(payment_json)) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    let Some(kind) = rpc_check(check) else { return internal("unknown check") };
    match x402::rpc_request(&c, kind, &p, tx_hash) {
        Ok(request) => request_answer(&request),
        Err(e) => failure(&e.info()),
    }
}

/// The answer to `x402_rpc_request`, as an outcome like `x402_okx_parse`'s: authorization_state
/// gives verified (unused) or failed; receipt gives settled, pending or failed.
#[wasm_bindgen]
pub fn x402_rpc_parse(env: &str, check: &str, body: &str, payment_json: &str, tx_hash: &str) -> String {
    let (c, p) = match (load(env), payment(payment_json)) {
        (Ok(c), Ok(p)) => (c, p),
        (Err(e), _) | (_, Err(e)) => return e,
    };
    match rpc_check(check) {
        Some(kind) => x402::rpc_outcome(&c, kind, body, &p, tx_hash).to_json(),
        None => internal("unknown check"),
    }
}

// ---- x402-facilitator (generic facilitator REST, src/x402/facilitator.rs) ----

use crate::x402::facilitator::{self, FacilitatorConfig};

fn load_facilitator(env: &str) -> Result<FacilitatorConfig, String> {
    let env = json::parse_object(env.as_bytes()).ok_or_else(|| internal("bad env"))?;
    FacilitatorConfig::from_env(&env).map_err(|e| facilitator::config_refusal(&e).to_json())
}

/// Comma-separated secret names the facilitator reads (the paywall's plus the allow-list).
#[wasm_bindgen]
pub fn x402_facilitator_env_keys() -> String {
    facilitator::env_keys().join(",")
}

/// Checks a facilitator request body at `now` (seconds): `{ok:true, facilitator:"okx"|"mock",
/// payment, env, network}` (`env` = the paywall env for the caller's requirements, for the
/// paywall's OKX calls) or `{ok:false, status, error, verify, settle}` (ready bodies).
#[wasm_bindgen]
pub fn x402_facilitator_verify(env: &str, body: &str, now: f64) -> String {
    match load_facilitator(env) {
        Ok(c) => match facilitator::check(&c, body, now as u64) {
            Ok(accepted) => accepted.to_json(),
            Err(refusal) => refusal.to_json(),
        },
        Err(e) => e,
    }
}

/// `{isValid:true, payer}` for a payment the facilitator (or mock mode) accepted.
#[wasm_bindgen]
pub fn x402_facilitator_verified(payment_json: &str) -> String {
    match payment(payment_json) {
        Ok(p) => facilitator::verified_body(&p),
        Err(e) => e,
    }
}

/// `{success:true, transaction, network, payer}`.
#[wasm_bindgen]
pub fn x402_facilitator_settled(payment_json: &str, tx_hash: &str) -> String {
    match payment(payment_json) {
        Ok(p) => facilitator::settled_body(&p, tx_hash),
        Err(e) => e,
    }
}

/// `{ok:false, status, error, verify, settle}` for a failure after local verification.
/// `error` is an `error` object from another export or an I/O code; `payment_json` may be "".
#[wasm_bindgen]
pub fn x402_facilitator_failed(payment_json: &str, error: &str) -> String {
    let paid = match optional(payment_json).map(payment).transpose() {
        Ok(p) => p,
        Err(e) => return e,
    };
    facilitator::failed(paid.as_ref(), &facilitator::error_info(error)).to_json()
}

/// `{ok:true, body}` with `{kinds:[…]}`, or the configuration error `{ok:false, status, error, …}`.
#[wasm_bindgen]
pub fn x402_supported(env: &str) -> String {
    match load_facilitator(env) {
        Ok(c) => {
            let mut w = Writer::new();
            w.open_obj().key("ok").bool(true).key("body").raw(&facilitator::supported_body(&c)).close_obj();
            w.finish()
        }
        Err(e) => e,
    }
}

/// `{ok:true, env}`: the paywall env for requirements a facilitator ledger row stored
/// (`payment.requirements`), re-checked against the current allow-list and assets; or
/// `{ok:false, status, error, verify, settle}`. For settling such a row again (reconcile).
#[wasm_bindgen]
pub fn x402_facilitator_env_for(env: &str, requirements_json: &str) -> String {
    match load_facilitator(env) {
        Ok(c) => match facilitator::env_for(&c, requirements_json) {
            Ok(e) => {
                let mut w = Writer::new();
                w.open_obj().key("ok").bool(true).key("env").str(&e).close_obj();
                w.finish()
            }
            Err(r) => r.to_json(),
        },
        Err(e) => e,
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
