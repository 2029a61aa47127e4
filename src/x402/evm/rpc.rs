//! JSON-RPC for direct settlement: request bodies (the same envelope as
//! the receipt module (`crate::x402::settle::receipt`), which already builds `authorizationState` and receipt calls) and
//! answer parsing that keeps the node's error code, message and revert data.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::error::{FacilitatorError, FacilitatorOp, X402Error};
use crate::http::HttpRequest;
use crate::x402::u256::U256;
use crate::json::{self, Json, Writer};

/// Blocks of history for `eth_feeHistory`, and the tip percentile asked for.
pub const FEE_HISTORY_BLOCKS: u64 = 5;
pub const FEE_HISTORY_PERCENTILE: u64 = 50;

/// `params` writes the positional parameters (`dyn`: one copy in the .wasm, not one per call).
pub fn request(url: &str, method: &str, params: &dyn Fn(&mut Writer)) -> HttpRequest {
    let mut w = Writer::new();
    w.open_obj().key("jsonrpc").str("2.0").key("id").int(1).key("method").str(method).key("params").open_arr();
    params(&mut w);
    w.close_arr().close_obj();
    HttpRequest { url: url.into(), method: "POST", headers: vec![("Content-Type", "application/json".into())], body: w.finish() }
}

/// `0x`-hex QUANTITY without leading zeros (`0x0` for zero).
pub fn quantity(be: &[u8]) -> String {
    let digits = hex::encode(be);
    let digits = digits.trim_start_matches('0');
    codec::cat(&["0x", if digits.is_empty() { "0" } else { digits }])
}

/// A QUANTITY answer: `0x` + 1..=64 hex digits (leading zeros tolerated).
pub fn parse_quantity(s: &str) -> Option<U256> {
    let d = s.strip_prefix("0x")?;
    if d.is_empty() || d.len() > 64 {
        return None;
    }
    let mut padded = [b'0'; 64];
    padded.get_mut(64 - d.len()..)?.copy_from_slice(d.as_bytes());
    let mut out = [0u8; 32];
    hex::decode_to_slice(padded, &mut out).ok()?;
    Some(U256(out))
}

pub fn u128_of(v: &U256) -> Option<u128> {
    if v.0[..16].iter().any(|&b| b != 0) {
        return None;
    }
    let mut b = [0u8; 16];
    b.copy_from_slice(&v.0[16..]);
    Some(u128::from_be_bytes(b))
}

/// `eth_call` / `eth_estimateGas` transaction object.
fn call_object(w: &mut Writer, from: Option<&Address>, to: &Address, data: &[u8]) {
    w.open_obj();
    if let Some(f) = from {
        w.key("from").str(&f.to_hex());
    }
    w.key("to").str(&to.to_hex()).key("data").str(&codec::to_0x_hex(data)).close_obj();
}

pub fn chain_id(url: &str) -> HttpRequest {
    request(url, "eth_chainId", &|_| {})
}

pub fn eth_call(url: &str, from: Option<&Address>, to: &Address, data: &[u8]) -> HttpRequest {
    request(url, "eth_call", &|w| {
        call_object(w, from, to, data);
        w.str("latest");
    })
}

pub fn estimate_gas(url: &str, from: &Address, to: &Address, data: &[u8]) -> HttpRequest {
    request(url, "eth_estimateGas", &|w| call_object(w, Some(from), to, data))
}

/// `eth_getBalance(account, "pending")`: the gas the account can still spend.
pub fn native_balance(url: &str, account: &Address) -> HttpRequest {
    request(url, "eth_getBalance", &|w| {
        w.str(&account.to_hex()).str("pending");
    })
}

/// `eth_getTransactionCount(account, "pending")`: counts our own in-flight transactions.
pub fn transaction_count(url: &str, account: &Address) -> HttpRequest {
    request(url, "eth_getTransactionCount", &|w| {
        w.str(&account.to_hex()).str("pending");
    })
}

/// `eth_getTransactionCount(account, "latest")`: the nonces used by mined transactions.
pub fn mined_count(url: &str, account: &Address) -> HttpRequest {
    request(url, "eth_getTransactionCount", &|w| {
        w.str(&account.to_hex()).str("latest");
    })
}

/// `eth_getTransactionByHash`: `null` when the node knows nothing of it (never sent, or
/// dropped from its pool).
pub fn transaction_by_hash(url: &str, hash: &str) -> HttpRequest {
    request(url, "eth_getTransactionByHash", &|w| {
        w.str(hash);
    })
}

pub fn fee_history(url: &str) -> HttpRequest {
    request(url, "eth_feeHistory", &|w| {
        w.str(&quantity(&FEE_HISTORY_BLOCKS.to_be_bytes())).str("latest");
        w.open_arr().int(FEE_HISTORY_PERCENTILE as i64).close_arr();
    })
}

pub fn gas_price(url: &str) -> HttpRequest {
    request(url, "eth_gasPrice", &|_| {})
}

pub fn max_priority_fee(url: &str) -> HttpRequest {
    request(url, "eth_maxPriorityFeePerGas", &|_| {})
}

pub fn send_raw_transaction(url: &str, raw: &[u8]) -> HttpRequest {
    request(url, "eth_sendRawTransaction", &|w| {
        w.str(&codec::to_0x_hex(raw));
    })
}

/// The signed transaction an `eth_sendRawTransaction` request carries (`0x` hex).
pub fn sent_raw(request_body: &str) -> Option<String> {
    let v = crate::json::parse(request_body.as_bytes())?;
    let raw = v.get("params")?.as_array()?.first()?.as_str()?;
    Some(raw.to_owned())
}

/// A JSON-RPC `error` member.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NodeError {
    pub code: i64,
    pub message: String,
    /// Revert data, when the node returns it (`error.data`, or `error.data.data`).
    pub data: Option<Vec<u8>>,
}

impl NodeError {
    /// A revert (as opposed to a node fault): revert data, or geth's "execution reverted".
    pub fn is_revert(&self) -> bool {
        self.data.is_some() || self.mentions("revert")
    }

    /// Case-insensitive substring test on the message. Bytewise on purpose: `str::contains`
    /// pulls ~5 KB of panic formatting and Unicode tables into the .wasm.
    pub fn mentions(&self, needle: &str) -> bool {
        let n = needle.as_bytes();
        !n.is_empty() && self.message.as_bytes().windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    }
}

/// What a node answered.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    Result(Json),
    Error(NodeError),
    /// Not a JSON-RPC answer at all (an HTML error page, a proxy timeout, "").
    Unreadable,
}

pub fn parse(body: &str) -> Answer {
    let Some(v) = json::parse(body.as_bytes()) else { return Answer::Unreadable };
    match v.get("error") {
        Some(e) if !e.is_null() => {
            let data = e.get("data").and_then(|d| d.as_str().or_else(|| d.get("data").and_then(Json::as_str)));
            Answer::Error(NodeError {
                code: e.get("code").and_then(Json::as_i64).unwrap_or(0),
                message: e.get("message").and_then(Json::as_str).unwrap_or("").into(),
                data: data.and_then(codec::parse_0x_hex_vec),
            })
        }
        _ => v.get("result").cloned().map_or(Answer::Unreadable, Answer::Result),
    }
}

/// A node fault (retrying may help): `code` is "rpc" or "rpc <node code>".
pub fn fault(op: FacilitatorOp, node: Option<&NodeError>, what: &str) -> X402Error {
    let (code, msg) = match node {
        Some(e) => {
            let mut code = String::from("rpc ");
            if e.code < 0 {
                code.push('-');
            }
            codec::push_decimal(&mut code, e.code.unsigned_abs(), 0);
            (code, codec::cat(&[what, ": ", &e.message]))
        }
        None => ("rpc".into(), what.into()),
    };
    X402Error::Facilitator(FacilitatorError { op, http_status: 200, code, msg, retryable: true })
}

/// The `result`, or a retryable fault naming `what` was asked.
pub fn result(op: FacilitatorOp, body: &str, what: &str) -> Result<Json, X402Error> {
    match parse(body) {
        Answer::Result(r) => Ok(r),
        Answer::Error(e) => Err(fault(op, Some(&e), what)),
        Answer::Unreadable => Err(fault(op, None, what)),
    }
}

/// A QUANTITY `result`.
pub fn quantity_result(op: FacilitatorOp, body: &str, what: &str) -> Result<U256, X402Error> {
    result(op, body, what)?.as_str().and_then(parse_quantity).ok_or_else(|| fault(op, None, what))
}

/// A DATA `result` (`eth_call` return bytes).
pub fn data_result(op: FacilitatorOp, body: &str, what: &str) -> Result<Vec<u8>, X402Error> {
    result(op, body, what)?.as_str().and_then(codec::parse_0x_hex_vec).ok_or_else(|| fault(op, None, what))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities() {
        assert_eq!(quantity(&0u64.to_be_bytes()), "0x0");
        assert_eq!(quantity(&196u64.to_be_bytes()), "0xc4");
        assert_eq!(quantity(&U256::from_u64(1024).0), "0x400");
        assert_eq!(parse_quantity("0xc4"), Some(U256::from_u64(196)));
        assert_eq!(parse_quantity("0x00c4"), Some(U256::from_u64(196)));
        assert_eq!(parse_quantity(&["0x", &"f".repeat(64)].concat()), Some(U256([0xff; 32])));
        for bad in ["", "0x", "c4", "0xg", &["0x", &"1".repeat(65)].concat(), "0x-1"] {
            assert_eq!(parse_quantity(bad), None, "{bad}");
        }
        assert_eq!(u128_of(&U256::from_u64(5)), Some(5));
        assert_eq!(u128_of(&U256([0xff; 32])), None);
    }

    #[test]
    fn bodies() {
        let a = Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").unwrap();
        let u = "https://rpc.test";
        assert_eq!(chain_id(u).body, r#"{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}"#);
        assert_eq!(
            transaction_count(u, &a).body,
            r#"{"jsonrpc":"2.0","id":1,"method":"eth_getTransactionCount","params":["0x70997970c51812dc3a010c7d01b50e0d17dc79c8","pending"]}"#
        );
        assert_eq!(fee_history(u).body, r#"{"jsonrpc":"2.0","id":1,"method":"eth_feeHistory","params":["0x5","latest",[50]]}"#);
        assert_eq!(
            eth_call(u, Some(&a), &a, &[1, 2]).body,
            r#"{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{"from":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","to":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","data":"0x0102"},"latest"]}"#
        );
        assert!(estimate_gas(u, &a, &a, &[]).body.contains(r#""method":"eth_estimateGas","params":[{"from""#));
        assert!(send_raw_transaction(u, &[2, 0xf8]).body.ends_with(r#""params":["0x02f8"]}"#));
        assert!(gas_price(u).body.contains("eth_gasPrice") && max_priority_fee(u).body.contains("eth_maxPriorityFeePerGas"));
        assert_eq!(chain_id(u).url, u);
    }

    #[test]
    fn answers() {
        assert_eq!(parse(r#"{"jsonrpc":"2.0","id":1,"result":"0xc4"}"#), Answer::Result(Json::Str("0xc4".into())));
        let revert = parse(r#"{"error":{"code":3,"message":"execution reverted: x","data":"0x08c379a0"}}"#);
        let Answer::Error(e) = revert else { panic!() };
        assert_eq!((e.code, e.data.as_deref(), e.is_revert()), (3, Some(&[8u8, 0xc3, 0x79, 0xa0][..]), true));
        let Answer::Error(e) = parse(r#"{"error":{"code":-32000,"message":"x","data":{"data":"0x01"}}}"#) else { panic!() };
        assert_eq!(e.data, Some(vec![1]));
        let Answer::Error(e) = parse(r#"{"error":{"code":-32005,"message":"rate limited"}}"#) else { panic!() };
        assert!(!e.is_revert() && e.mentions("Rate Limited") && e.mentions("limit") && !e.mentions("") && !e.mentions("rate limited!"));
        let err = fault(FacilitatorOp::Settle, Some(&e), "eth_chainId");
        assert!(err.to_string().contains("code \"rpc -32005\": eth_chainId: rate limited"), "{err}");
        assert_eq!(err.http_status(), 503);
        for junk in ["", "<html>", "{}", r#"{"id":1}"#] {
            assert_eq!(parse(junk), Answer::Unreadable, "{junk}");
        }
        assert_eq!(parse(r#"{"result":null}"#), Answer::Result(Json::Null));
        assert_eq!(quantity_result(FacilitatorOp::Verify, r#"{"result":"0x10"}"#, "q"), Ok(U256::from_u64(16)));
        assert!(quantity_result(FacilitatorOp::Verify, r#"{"result":16}"#, "q").is_err());
        assert_eq!(data_result(FacilitatorOp::Verify, r#"{"result":"0x"}"#, "d"), Ok(vec![]));
    }
}
