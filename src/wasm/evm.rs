//! Direct-settlement exports (issue 4): JSON strings in, JSON strings out, no rules here.
//! Amounts and fees may be JSON integers, decimal strings or `0x` quantities; outputs
//! write wei as decimal strings (JS numbers lose precision past 2^53).

use wasm_bindgen::prelude::*;

use crate::json::{self, Json, Writer};
use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::evm::domain::{self, DomainAnswers};
use crate::x402::evm::rpc::{parse_quantity, u128_of};
use crate::x402::evm::settle::{self, Answers, Mode, Plan, Step, StepName, TxInfo};
use crate::x402::evm::tx::{self, Eip1559Tx};
use crate::x402::okx::response::Outcome;
use crate::x402::u256::U256;
use crate::x402::{ErrorInfo, VerifiedPayment, X402Error};

/// `{outcome:"failed", error, retryable:false}` for a malformed argument from our own JS.
fn internal(what: &str) -> String {
    let mut w = Writer::new();
    w.open_obj().key("outcome").str("failed").key("error");
    ErrorInfo { status: 500, reason: "internal_error".into(), message: what.into() }.write(&mut w);
    w.key("retryable").bool(false).close_obj();
    w.finish()
}

fn failed(e: X402Error) -> String {
    Outcome::Failed(e).to_json()
}

/// A JSON integer, a decimal string or a `0x` quantity.
fn quantity(v: Option<&Json>) -> Option<U256> {
    match v? {
        Json::Num(json::Num::U(n)) => Some(U256::from_u64(*n)),
        Json::Str(s) if s.starts_with("0x") => parse_quantity(s),
        Json::Str(s) => U256::from_dec_str(s),
        _ => None,
    }
}

fn small(v: Option<&Json>) -> Option<u64> {
    quantity(v)?.to_u64()
}

fn wei(w: &mut Writer, v: u128) {
    w.str(&U256(pad(v)).to_dec_string());
}

fn pad(v: u128) -> [u8; 32] {
    let mut b = [0u8; 32];
    b[16..].copy_from_slice(&v.to_be_bytes());
    b
}

fn key(v: &Json) -> Result<k256::ecdsa::SigningKey, String> {
    let k = v.get("privateKey").and_then(Json::as_str).ok_or_else(|| internal("privateKey missing"))?;
    tx::parse_private_key(k).map_err(failed)
}

/// `{privateKey, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, value?, data?}`
/// → `{raw, hash, from}` (`0x` hex), or `{outcome:"failed", error}`. For benchmarks and tools.
#[wasm_bindgen]
pub fn evm_sign_transaction(input: &str) -> String {
    let Some(v) = json::parse(input.as_bytes()) else { return internal("bad input") };
    let key = match key(&v) {
        Ok(k) => k,
        Err(e) => return e,
    };
    let fee = |k: &str| quantity(v.get(k)).and_then(|q| u128_of(&q));
    let data = match v.get("data").and_then(Json::as_str) {
        Some(d) => codec::parse_0x_hex_vec(d),
        None => Some(Vec::new()),
    };
    let fields = (
        small(v.get("chainId")),
        small(v.get("nonce")),
        fee("maxPriorityFeePerGas"),
        fee("maxFeePerGas"),
        small(v.get("gas")),
        v.get("to").and_then(Json::as_str).and_then(Address::parse),
        v.get("value").map_or(Some(U256::ZERO), |x| quantity(Some(x))),
        data,
    );
    let (Some(chain_id), Some(nonce), Some(tip), Some(max_fee), Some(gas_limit), Some(to), Some(value), Some(data)) = fields else {
        return internal("malformed transaction fields");
    };
    let tx = Eip1559Tx { chain_id, nonce, max_priority_fee_per_gas: tip, max_fee_per_gas: max_fee, gas_limit, to, value, data };
    match tx.sign(&key) {
        Ok(s) => {
            let mut w = Writer::new();
            w.open_obj().key("raw").str(&codec::to_0x_hex(&s.raw)).key("hash").str(&codec::to_0x_hex(&s.hash));
            w.key("from").str(&tx::address_of(&key).to_hex()).close_obj();
            w.finish()
        }
        Err(e) => failed(e),
    }
}

fn write_tx(w: &mut Writer, t: &TxInfo) {
    w.key("tx").open_obj().key("hash").str(&codec::to_0x_hex(&t.hash)).key("from").str(&t.from.to_hex());
    w.key("nonce").int(t.nonce as i64).key("gasLimit").int(t.gas_limit as i64);
    w.key("maxFeePerGas");
    wei(w, t.max_fee_per_gas);
    w.key("maxPriorityFeePerGas");
    wei(w, t.max_priority_fee_per_gas);
    w.close_obj();
}

/// One step of a direct settlement. Input:
/// `{privateKey, chainId, rpcUrl, payment: "<x402_verify's payment, as JSON text>",
///   mode?: "settle"|"verify", nonce?: <ledger nonce>, minPriorityFeePerGas?,
///   answers?: {chainId, authorizationState, balance, simulation, nonce, feeHistory,
///              gasPrice, priorityFee, gas, send, receipt}: raw JSON-RPC response bodies}`.
/// Output: `{step, request:{url, method, headers, body}, tx?}` (perform it, store the body
/// under `answers[step]`, call again) or `{outcome: verified|settled|pending|failed, …, tx?}`
/// (`pending`: delete `answers.receipt` and poll again). `tx` = `{hash, from, nonce,
/// gasLimit, maxFeePerGas, maxPriorityFeePerGas}` from the send step on: record `hash` first.
#[wasm_bindgen]
pub fn evm_plan_step(state: &str) -> String {
    let Some(v) = json::parse(state.as_bytes()) else { return internal("bad state") };
    let key = match key(&v) {
        Ok(k) => k,
        Err(e) => return e,
    };
    let Some(payment) = v.get("payment").and_then(Json::as_str).and_then(VerifiedPayment::from_json) else {
        return internal("bad payment");
    };
    let (Some(chain_id), Some(rpc_url)) = (small(v.get("chainId")), v.get("rpcUrl").and_then(Json::as_str)) else {
        return internal("chainId and rpcUrl are required");
    };
    let mode = match v.get("mode").and_then(Json::as_str) {
        None | Some("settle") => Mode::Settle,
        Some("verify") => Mode::Verify,
        Some(_) => return internal("mode must be settle or verify"),
    };
    let nonce = match v.get("nonce") {
        None | Some(Json::Null) => None,
        n => match small(n) {
            Some(n) => Some(n),
            None => return internal("bad nonce"),
        },
    };
    let min_priority_fee = match v.get("minPriorityFeePerGas") {
        None | Some(Json::Null) => 0,
        f => match quantity(f).and_then(|q| u128_of(&q)) {
            Some(f) => f,
            None => return internal("bad minPriorityFeePerGas"),
        },
    };
    let mut answers = Answers::default();
    if let Some(a) = v.get("answers") {
        for s in StepName::ALL {
            if let Some(body) = a.get(s.as_str()).and_then(Json::as_str) {
                answers.set(s, body);
            }
        }
    }
    let plan = Plan { key: &key, chain_id, rpc_url, payment: &payment, mode, nonce, min_priority_fee, answers };
    match settle::next_step(&plan) {
        Step::Request { step, request, tx } => {
            let mut w = Writer::new();
            w.open_obj().key("step").str(step.as_str()).key("request");
            request.write(&mut w);
            if let Some(t) = &tx {
                write_tx(&mut w, t);
            }
            w.close_obj();
            w.finish()
        }
        Step::Done { outcome, tx } => {
            let mut out = outcome.to_json();
            if let Some(t) = &tx {
                // Outcome::to_json is one object: reopen it for `tx`.
                out.pop();
                let mut w = Writer { out };
                write_tx(&mut w, t);
                w.close_obj();
                out = w.finish();
            }
            out
        }
    }
}

/// Which EIP-712 domain a token uses. Input `{rpcUrl, chainId, asset, name?, version?,
/// answers?: {name, version, domainSeparator, eip712Domain}}` (raw `eth_call` bodies).
/// Without `answers`: `{requests:[{call, request}…]}` to perform. With them:
/// `{domainSeparator|null, eip712Domain:{fields,name,version,chainId,verifyingContract}|null,
///   candidates:[{source,name,version,separator,matches}], match:{source,name,version}|null}`.
#[wasm_bindgen]
pub fn evm_domain_check(input: &str) -> String {
    let Some(v) = json::parse(input.as_bytes()) else { return internal("bad input") };
    let (Some(chain_id), Some(asset)) = (small(v.get("chainId")), v.get("asset").and_then(Json::as_str).and_then(Address::parse)) else {
        return internal("chainId and asset are required");
    };
    let mut w = Writer::new();
    let Some(a) = v.get("answers") else {
        let url = v.get("rpcUrl").and_then(Json::as_str).unwrap_or("");
        w.open_obj().key("requests").open_arr();
        for (call, request) in domain::requests(url, &asset) {
            w.open_obj().key("call").str(call).key("request");
            request.write(&mut w);
            w.close_obj();
        }
        w.close_arr().close_obj();
        return w.finish();
    };
    let s = |k: &str| a.get(k).and_then(Json::as_str);
    let answers = DomainAnswers { name: s("name"), version: s("version"), domain_separator: s("domainSeparator"), eip712_domain: s("eip712Domain") };
    let configured = match (v.get("name").and_then(Json::as_str), v.get("version").and_then(Json::as_str)) {
        (Some(n), Some(ver)) => Some((n, ver)),
        _ => None,
    };
    let r = domain::check(chain_id, &asset, configured, &answers);
    w.open_obj().key("domainSeparator").opt_str(r.on_chain.map(|s| codec::to_0x_hex(&s)).as_deref());
    w.key("eip712Domain");
    match &r.eip712_domain {
        Some(d) => {
            w.open_obj().key("fields").int(i64::from(d.fields)).key("name").str(&d.name).key("version").str(&d.version);
            w.key("chainId").str(&d.chain_id.to_dec_string()).key("verifyingContract").str(&d.verifying_contract.to_hex());
            w.close_obj();
        }
        None => {
            w.null();
        }
    }
    w.key("candidates").open_arr();
    for c in &r.candidates {
        w.open_obj().key("source").str(c.source).key("name").str(&c.name).key("version").str(&c.version);
        w.key("separator").str(&codec::to_0x_hex(&c.separator)).key("matches");
        match c.matches {
            Some(m) => w.bool(m),
            None => w.null(),
        };
        w.close_obj();
    }
    w.close_arr().key("match");
    match r.matching() {
        Some(c) => {
            w.open_obj().key("source").str(c.source).key("name").str(&c.name).key("version").str(&c.version).close_obj();
        }
        None => {
            w.null();
        }
    }
    w.close_obj();
    w.finish()
}
