//! A transaction signer for tools and benchmarks (JSON in, JSON out); settlement itself
//! crosses as `Settlement` in `wasm::x402`. Amounts and fees may be JSON integers, decimal strings or `0x`
//! quantities.

#[allow(unused_imports)]
use crate::prelude::*;

use wasm_bindgen::prelude::*;

use crate::json::{self, Json, Writer};
use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::evm::rpc::{parse_quantity, u128_of};
use crate::x402::evm::tx::{self, Eip1559Tx};
use crate::x402::u256::U256;
use crate::http::HttpError;
use crate::x402::reply;

/// The `{status, headers, body}` reply of a malformed argument from our own JS (500).
fn internal(what: &str) -> String {
    failed(&HttpError::new(500, "internal_error", what))
}

fn failed(e: &HttpError) -> String {
    reply::error(e).to_json()
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

fn key(v: &Json) -> Result<k256::ecdsa::SigningKey, String> {
    let k = v.get("privateKey").and_then(Json::as_str).ok_or_else(|| internal("privateKey missing"))?;
    tx::parse_private_key(k).map_err(|e| failed(&e.info()))
}

/// `{privateKey, chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, to, value?, data?}`
/// → `{raw, hash, from}` (`0x` hex), or the error reply `{status, headers, body}`. For
/// benchmarks and tools.
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
        Err(e) => failed(&e.info()),
    }
}
