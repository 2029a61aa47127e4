//! On-chain checks through a JSON-RPC node (sans-IO: bodies out, answers in).
//!
//! Paxos USDG does not revert on a reused authorization: it emits
//! `AuthorizationAlreadyUsed` and returns, so a replayed settlement "succeeds" without
//! moving money. Two guards: before settling, `authorizationState(from, nonce)`
//! must be false; after, the receipt must hold the `Transfer(from, payTo, value)` log.

use super::address::Address;
use super::codec::{self, const_hex};
use super::error::{FacilitatorError, FacilitatorOp, X402Error};
use super::okx::response::Outcome;
use super::okx::HttpRequest;
use super::requirements::Requirements;
use super::u256::U256;
use super::verify::VerifiedPayment;
use crate::json::{self, Json, Writer};

/// `authorizationState(address,bytes32)`.
const AUTHORIZATION_STATE: [u8; 4] = const_hex("e94a0102");
/// `Transfer(address,address,uint256)` topic.
const TRANSFER_TOPIC: [u8; 32] = const_hex("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");

/// A known public RPC endpoint for a chain, used when `X402_RPC_URL` is unset.
pub fn default_rpc_url(chain_id: u64) -> Option<&'static str> {
    (chain_id == super::network::X_LAYER).then_some("https://rpc.xlayer.tech")
}

fn request(url: &str, method: &str, params: impl FnOnce(&mut Writer)) -> HttpRequest {
    let mut w = Writer::new();
    w.open_obj().key("jsonrpc").str("2.0").key("id").int(1).key("method").str(method).key("params").open_arr();
    params(&mut w);
    w.close_arr().close_obj();
    HttpRequest {
        url: url.into(),
        method: "POST",
        headers: vec![("Content-Type", "application/json".into())],
        body: w.finish(),
    }
}

/// `eth_call` of `asset.authorizationState(payer, nonce)`; `None` if the payment's fields
/// are not what `verify` produced.
pub fn authorization_state_request(url: &str, payment: &VerifiedPayment) -> Option<HttpRequest> {
    let from = Address::parse(&payment.payer)?;
    let nonce = codec::parse_0x_hex::<32>(&payment.nonce)?;
    let mut data = AUTHORIZATION_STATE.to_vec();
    data.extend_from_slice(&from.to_word());
    data.extend_from_slice(&nonce);
    let data = codec::to_0x_hex(&data);
    Some(request(url, "eth_call", |w| {
        w.open_obj().key("to").str(&payment.asset).key("data").str(&data).close_obj().str("latest");
    }))
}

/// `eth_getTransactionReceipt(tx_hash)`; `None` for a malformed hash.
pub fn receipt_request(url: &str, tx_hash: &str) -> Option<HttpRequest> {
    let hash = codec::to_0x_hex(&codec::parse_0x_hex::<32>(tx_hash)?);
    Some(request(url, "eth_getTransactionReceipt", |w| {
        w.str(&hash);
    }))
}

fn rpc_error(op: FacilitatorOp, msg: &str) -> X402Error {
    X402Error::Facilitator(FacilitatorError { op, http_status: 200, code: "rpc".into(), msg: msg.into(), retryable: true })
}

/// The JSON-RPC `result`, or an error (node errors are worth retrying).
fn result(op: FacilitatorOp, body: &str) -> Result<Json, X402Error> {
    let v = json::parse(body.as_bytes()).ok_or_else(|| rpc_error(op, "RPC answer is not JSON"))?;
    if v.get("error").is_some_and(|e| !e.is_null()) {
        return Err(rpc_error(op, "RPC node returned an error"));
    }
    v.get("result").cloned().ok_or_else(|| rpc_error(op, "RPC answer has no result"))
}

/// `Ok(())` when the authorization is still unused; `NonceAlreadyUsed` when it was used.
pub fn check_authorization_state(body: &str) -> Result<(), X402Error> {
    let r = result(FacilitatorOp::Verify, body)?;
    let word = r.as_str().and_then(codec::parse_0x_hex::<32>);
    match word {
        Some(w) if w == [0; 32] => Ok(()),
        Some(w) if w == U256::from_u64(1).0 => Err(X402Error::NonceAlreadyUsed),
        _ => Err(rpc_error(FacilitatorOp::Verify, "authorizationState returned an unexpected value")),
    }
}

/// Reads a receipt: `Settled` only with status 0x1 and the exact `Transfer(from, payTo,
/// value)` log from the asset; `Pending` while the node has no receipt yet.
pub fn check_receipt(body: &str, tx_hash: &str, payment: &VerifiedPayment, req: &Requirements) -> Outcome {
    let op = FacilitatorOp::SettleStatus;
    let receipt = match result(op, body) {
        Ok(Json::Null) => return Outcome::Pending { tx_hash: Some(tx_hash.into()) },
        Ok(r) => r,
        Err(e) => return Outcome::Failed(e),
    };
    if receipt.get("status").and_then(Json::as_str) != Some("0x1") {
        let detail = "the settlement transaction reverted".into();
        return Outcome::Failed(X402Error::Rejected { op, reason: "unexpected_settle_error", detail });
    }
    let (Some(from), Ok(value)) = (Address::parse(&payment.payer), U256::from_dec_str(&payment.value).ok_or(())) else {
        return Outcome::Failed(X402Error::Misconfigured("payment summary is malformed"));
    };
    let expected = [TRANSFER_TOPIC, from.to_word(), req.pay_to.to_word()];
    let is_transfer = |log: &Json| {
        let topics = log.get("topics").and_then(Json::as_array).unwrap_or(&[]);
        log.get("address").and_then(Json::as_str).and_then(Address::parse) == Some(req.asset.address)
            && topics.len() == 3
            && topics.iter().zip(&expected).all(|(t, e)| t.as_str().and_then(codec::parse_0x_hex::<32>).as_ref() == Some(e))
            && log.get("data").and_then(Json::as_str).and_then(codec::parse_0x_hex::<32>) == Some(value.0)
    };
    let logs = receipt.get("logs").and_then(Json::as_array).unwrap_or(&[]);
    if logs.iter().any(is_transfer) {
        Outcome::Settled { tx_hash: tx_hash.into() }
    } else {
        // USDG's replay path: the transaction succeeded but moved nothing.
        Outcome::Failed(X402Error::NonceAlreadyUsed)
    }
}

#[cfg(test)]
mod tests {
    use super::super::verify::tests::{auth, req, v1_payment, NOW};
    use super::super::verify::verify;
    use super::*;

    const URL: &str = "https://rpc.xlayer.tech";
    const TX: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";

    fn paid() -> VerifiedPayment {
        verify(&v1_payment(auth()), &req(), NOW).unwrap()
    }

    fn word(hex40: &str) -> String {
        format!("0x000000000000000000000000{}", hex40.trim_start_matches("0x").to_lowercase())
    }

    fn receipt(status: &str, asset: &str, to: &str, value_hex: &str) -> String {
        let from = word("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        let transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
        format!(
            r#"{{"jsonrpc":"2.0","id":1,"result":{{"status":"{status}","logs":[{{"address":"{asset}","topics":["{transfer}","{from}","{}"],"data":"0x{value_hex:0>64}"}}]}}}}"#,
            word(to)
        )
    }

    #[test]
    fn authorization_state_call() {
        let r = authorization_state_request(URL, &paid()).unwrap();
        assert_eq!((r.url.as_str(), r.method), (URL, "POST"));
        let data = format!("0xe94a0102{}{}", &word("f39fd6e51aad88f6f4ce6ab8827279cfffb92266")[2..], "ab".repeat(32));
        assert_eq!(
            r.body,
            format!(r#"{{"jsonrpc":"2.0","id":1,"method":"eth_call","params":[{{"to":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","data":"{data}"}},"latest"]}}"#)
        );
        let answer = |w: &str| format!(r#"{{"jsonrpc":"2.0","id":1,"result":"0x{w:0>64}"}}"#);
        assert_eq!(check_authorization_state(&answer("0")), Ok(()));
        assert_eq!(check_authorization_state(&answer("1")), Err(X402Error::NonceAlreadyUsed));
        assert!(check_authorization_state(&answer("2")).is_err());
        assert!(check_authorization_state(r#"{"error":{"code":-32000}}"#).is_err());
        assert!(check_authorization_state("junk").is_err());
        let mut bad = paid();
        bad.nonce = "0x12".into();
        assert!(authorization_state_request(URL, &bad).is_none());
    }

    #[test]
    fn receipts() {
        let usdg = "0x4AE46A509F6B1D9056937BA4500CB143933D2DC8";
        let to = "70997970C51812dc3A010C7d01b50e0d17dc79C8";
        let r = receipt_request(URL, TX).unwrap();
        assert!(r.body.contains(r#""method":"eth_getTransactionReceipt","params":["0x1111"#));
        assert!(receipt_request(URL, "0x12").is_none());
        let (p, rq) = (paid(), req());
        let settled = Outcome::Settled { tx_hash: TX.into() };
        assert_eq!(check_receipt(&receipt("0x1", usdg, to, "3e8"), TX, &p, &rq), settled);
        assert_eq!(check_receipt(r#"{"result":null}"#, TX, &p, &rq), Outcome::Pending { tx_hash: Some(TX.into()) });
        assert!(matches!(check_receipt(&receipt("0x0", usdg, to, "3e8"), TX, &p, &rq), Outcome::Failed(X402Error::Rejected { .. })));
        // A replay that moved nothing, or moved the wrong amount / to the wrong place / another token.
        let replay = r#"{"result":{"status":"0x1","logs":[]}}"#;
        assert_eq!(check_receipt(replay, TX, &p, &rq), Outcome::Failed(X402Error::NonceAlreadyUsed));
        for body in [
            receipt("0x1", usdg, to, "3e7"),
            receipt("0x1", usdg, "3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", "3e8"),
            receipt("0x1", "0x74b7f16337b8972027f6196a17a631ac6de26d22", to, "3e8"),
        ] {
            assert_eq!(check_receipt(&body, TX, &p, &rq), Outcome::Failed(X402Error::NonceAlreadyUsed), "{body}");
        }
        assert!(matches!(check_receipt("{}", TX, &p, &rq), Outcome::Failed(X402Error::Facilitator(_))));
        assert_eq!(default_rpc_url(196), Some(URL));
        assert_eq!(default_rpc_url(8453), None);
    }
}
