//! The one receipt verdict, and the on-chain proof that an authorization was used.
//!
//! A receipt proves a settlement only with `status` 1 (parsed as a QUANTITY) AND, from the
//! token, our authorization's `AuthorizationUsed(payer, nonce)` and its
//! `Transfer(payer, payTo, value)`. Paxos USDG answers a reused nonce with
//! `AuthorizationAlreadyUsed` and status 1 without moving anything; a reverted transaction
//! is [`Reason::TransactionFailed`] wherever it is seen.
//!
//! When a facilitator says "nonce already used", that alone proves nothing: the proof is
//! `authorizationState(payer, nonce)` true on the token, the `AuthorizationUsed(payer, nonce)`
//! log naming the transaction, and that transaction's receipt passing the verdict.
//!
//! A Permit2 payment (`Expected::via`, the x402 proxy) logs no nonce: its receipt proves it
//! with the token's `Transfer(payer, payTo, value)` and the proxy's `Settled()` in the same
//! transaction; its state is Permit2's nonce bitmap, its cancellation Permit2's
//! `UnorderedNonceInvalidation`, and a used permit's transaction is looked for among the
//! token's `Transfer(payer, payTo)` logs.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::codec::{self, const_hex};
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::logs::{decode, Event, Log, AUTHORIZATION_CANCELED, AUTHORIZATION_USED, TRANSFER, UNORDERED_NONCE_INVALIDATION};
use crate::x402::model::SignedPayload;
use crate::x402::permit2;
use crate::x402::evm::rpc::{self as evm_rpc, parse_quantity};
use crate::x402::u256::U256;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::{Outcome, Proof};
use crate::http::HttpRequest;
use crate::json::Json;

/// `authorizationState(address,bytes32)`.
const AUTHORIZATION_STATE: [u8; 4] = const_hex("e94a0102");

/// A payment summary that does not parse.
pub const MALFORMED: X402Error = X402Error::Misconfigured("malformed payment summary");

/// What the settlement transaction had to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub asset: Address,
    pub from: Address,
    pub to: Address,
    pub value: U256,
    /// The EIP-3009 nonce, or the Permit2 nonce as a big-endian word.
    pub nonce: [u8; 32],
    /// The x402 proxy a Permit2 payment is settled through; `None`: the token's own EIP-3009.
    pub via: Option<Address>,
}

impl Expected {
    /// From a verified payment (its `to` is `payTo`: verification checked it). Only a
    /// corrupted ledger row can be malformed: a configuration error, for every backend.
    #[inline(never)]
    pub fn of(p: &VerifiedPayment) -> Result<Expected, X402Error> {
        let parse = || {
            Some(Expected {
                asset: Address::parse(&p.asset)?,
                from: Address::parse(&p.payer)?,
                to: Address::parse(p.payload.to())?,
                // A metered payment transfers its charge, not its ceiling.
                value: U256::from_dec_str(p.amount_due())?,
                nonce: codec::parse_0x_hex::<32>(&p.nonce)?,
                via: match &p.payload {
                    SignedPayload::Eip3009(_) => None,
                    SignedPayload::Permit2(x) => Some(Address::parse(&x.spender)?),
                },
            })
        };
        parse().ok_or(MALFORMED)
    }
}

fn rejected(reason: Reason, detail: &str) -> X402Error {
    X402Error::Rejected { op: FacilitatorOp::Settle, reason, detail: detail.into() }
}

/// Judges a (non-null) receipt object. Malformed logs and other tokens' logs are skipped.
pub fn verdict(receipt: &Json, e: &Expected) -> Result<(), X402Error> {
    let logs = receipt.get("logs").and_then(Json::as_array).unwrap_or(&[]);
    let events: Vec<Event> = logs.iter().filter_map(Log::from_json).filter(|l| l.address == e.asset).filter_map(|l| decode(&l)).collect();
    let status = receipt.get("status").and_then(Json::as_str).and_then(parse_quantity);
    let used = match e.via {
        // The token names the authorization it used.
        None => events.contains(&Event::AuthorizationUsed { authorizer: e.from, nonce: e.nonce }),
        // Permit2 names nothing: the proxy's `Settled()` in the same transaction says a permit
        // moved this Transfer (and a transaction proves one payment only: the ledger's hashes
        // are unique).
        Some(proxy) => logs.iter().filter_map(Log::from_json).any(|l| l.address == proxy && decode(&l) == Some(Event::Settled)),
    };
    let paid = used && events.contains(&Event::Transfer { from: e.from, to: e.to, value: e.value });
    if status == Some(U256::from_u64(1)) && paid {
        return Ok(());
    }
    if status == Some(U256::ZERO) {
        return Err(rejected(Reason::TransactionFailed, "the settlement transaction reverted"));
    }
    if events.contains(&Event::AuthorizationAlreadyUsed { authorizer: e.from, nonce: e.nonce }) {
        return Err(X402Error::NonceAlreadyUsed);
    }
    Err(rejected(Reason::TransferEventMismatch, "no Transfer of this authorization"))
}

/// `eth_getTransactionReceipt(tx_hash)`; `None` for a malformed hash.
pub fn receipt_request(url: &str, tx_hash: &str) -> Option<HttpRequest> {
    let hash = codec::to_0x_hex(&codec::parse_0x_hex::<32>(tx_hash)?);
    Some(evm_rpc::request(url, "eth_getTransactionReceipt", &|w| {
        w.str(&hash);
    }))
}

/// Reads a receipt answer for `tx_hash`: `Settled` (proof: the receipt), `Pending` while the
/// node has none, `Failed` when the transaction reverted or moved nothing of ours, `Unknown`
/// when the node did not answer usefully.
pub fn judge(body: &str, tx_hash: &str, e: &Expected) -> Outcome {
    let receipt = match evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getTransactionReceipt") {
        Ok(Json::Null) => return Outcome::Pending { tx_hash: Some(tx_hash.into()) },
        Ok(r) => r,
        Err(reason) => return Outcome::Unknown { tx_hash: Some(tx_hash.into()), reason },
    };
    match verdict(&receipt, e) {
        Ok(()) => Outcome::Settled { tx_hash: tx_hash.into(), proof: Proof::Receipt },
        Err(reason) => Outcome::Failed { reason },
    }
}

/// `eth_blockNumber`: the chain's head, for a settlement's confirmation depth.
pub fn head_request(url: &str) -> HttpRequest {
    evm_rpc::request(url, "eth_blockNumber", &|_| {})
}

/// The block a receipt answer says its transaction was mined in.
pub fn mined_in(body: &str) -> Option<u64> {
    let receipt = evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getTransactionReceipt").ok()?;
    parse_quantity(receipt.get("blockNumber")?.as_str()?)?.to_u64()
}

/// A `Settled` outcome whose receipt (in block `mined`) is not yet `depth` blocks deep by the
/// `eth_blockNumber` answer `head` is `Pending` (asked again: a reorg may drop or move it);
/// a head the node could not give leaves it `Unknown`.
pub fn confirmed(outcome: Outcome, mined: u64, head: &str, depth: u64) -> Outcome {
    let Outcome::Settled { tx_hash, .. } = &outcome else { return outcome };
    match evm_rpc::quantity_result(FacilitatorOp::SettleStatus, head, "eth_blockNumber").map(|h| h.to_u64()) {
        Ok(Some(h)) if h.saturating_add(1).saturating_sub(mined) >= depth => outcome,
        Ok(_) => Outcome::Pending { tx_hash: Some(tx_hash.clone()) },
        Err(reason) => Outcome::Unknown { tx_hash: Some(tx_hash.clone()), reason },
    }
}

/// `eth_call` of `asset.authorizationState(payer, nonce)`, or for Permit2 of
/// `Permit2.nonceBitmap(payer, nonce >> 8)`.
pub fn authorization_state_request(url: &str, e: &Expected) -> HttpRequest {
    if e.via.is_some() {
        return evm_rpc::eth_call(url, None, &permit2::PERMIT2, &permit2::nonce_bitmap_call(&e.from, &e.nonce));
    }
    let mut data = AUTHORIZATION_STATE.to_vec();
    data.extend_from_slice(&e.from.to_word());
    data.extend_from_slice(&e.nonce);
    evm_rpc::eth_call(url, None, &e.asset, &data)
}

/// `Ok(false)` unused, `Ok(true)` used; an error for anything else (node faults are retryable).
pub fn authorization_used(body: &str, e: &Expected) -> Result<bool, X402Error> {
    let data = evm_rpc::data_result(FacilitatorOp::Verify, body, "authorizationState")?;
    let word: Result<[u8; 32], _> = data.as_slice().try_into();
    match word {
        Ok(w) if e.via.is_some() => Ok(permit2::nonce_bit(&U256(w), &e.nonce)),
        Ok(w) if w == [0u8; 32] => Ok(false),
        Ok(w) if w == U256::from_u64(1).0 => Ok(true),
        _ => Err(evm_rpc::fault(FacilitatorOp::Verify, None, "authorizationState returned an unexpected value")),
    }
}

/// `eth_getLogs` for `AuthorizationUsed(payer, nonce)` emitted by the asset, over the whole
/// chain; for Permit2 (which logs no nonce), the asset's `Transfer(payer, payTo)`.
pub fn authorization_logs_request(url: &str, e: &Expected) -> HttpRequest {
    match e.via {
        None => logs_request(url, &e.asset, &[AUTHORIZATION_USED, e.from.to_word(), e.nonce]),
        Some(_) => logs_request(url, &e.asset, &[TRANSFER, e.from.to_word(), e.to.to_word()]),
    }
}

/// `eth_getLogs` for `AuthorizationCanceled(payer, nonce)` emitted by the asset, or for
/// Permit2's `UnorderedNonceInvalidation(payer, …)`.
pub fn cancellation_logs_request(url: &str, e: &Expected) -> HttpRequest {
    match e.via {
        None => logs_request(url, &e.asset, &[AUTHORIZATION_CANCELED, e.from.to_word(), e.nonce]),
        Some(_) => logs_request(url, &permit2::PERMIT2, &[UNORDERED_NONCE_INVALIDATION, e.from.to_word()]),
    }
}

/// True when an `eth_getLogs` answer holds the cancellation of this authorization (the
/// asset's `AuthorizationCanceled(payer, nonce)`, or a Permit2 invalidation whose word and
/// mask hold the nonce); `None` when the node did not answer usefully.
pub fn cancelled(body: &str, e: &Expected) -> Option<bool> {
    let logs = evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getLogs").ok()?;
    let hit = |l: &Log| match (e.via, decode(l)) {
        (None, Some(Event::AuthorizationCanceled { authorizer, nonce })) => l.address == e.asset && authorizer == e.from && nonce == e.nonce,
        (Some(_), Some(Event::NonceInvalidation { owner, word, mask })) => {
            l.address == permit2::PERMIT2 && owner == e.from && word == permit2::nonce_word(&e.nonce) && permit2::nonce_bit(&mask, &e.nonce)
        }
        _ => false,
    };
    Some(logs.as_array()?.iter().filter_map(Log::from_json).any(|l| hit(&l)))
}

/// `eth_getBlockByNumber("latest", false)`: the chain's clock.
pub fn latest_block_request(url: &str) -> HttpRequest {
    evm_rpc::request(url, "eth_getBlockByNumber", &|w| {
        w.str("latest").bool(false);
    })
}

/// The latest block's timestamp (seconds), from an `eth_getBlockByNumber` answer.
pub fn block_timestamp(body: &str) -> Option<u64> {
    let block = evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getBlockByNumber").ok()?;
    parse_quantity(block.get("timestamp")?.as_str()?)?.to_u64()
}

fn logs_request(url: &str, address: &Address, topics: &[[u8; 32]]) -> HttpRequest {
    let topics: Vec<String> = topics.iter().map(|t| codec::to_0x_hex(t)).collect();
    let address = address.to_hex();
    evm_rpc::request(url, "eth_getLogs", &|w| {
        w.open_obj().key("address").str(&address).key("fromBlock").str("0x0").key("toBlock").str("latest").key("topics").open_arr();
        for t in &topics {
            w.str(t);
        }
        w.close_arr().close_obj();
    })
}

/// Permit2: how many of the payer's transfers to `payTo` (latest first) are looked at to find
/// the one that used a permit.
pub const PERMIT2_CANDIDATES: usize = 16;

/// The transactions that may have used the authorization, from an `eth_getLogs` answer.
/// EIP-3009: the first whose asset's `AuthorizationUsed(payer, nonce)` names it, which binds
/// it. Permit2 logs no nonce: every transaction with the asset's `Transfer(payer, payTo,
/// value)`, latest first (at most [`PERMIT2_CANDIDATES`]), each still to be confirmed by its
/// call data ([`permit_candidate`]): a transfer of the same amount may be another payment's.
pub fn authorization_transactions(body: &str, e: &Expected) -> Vec<String> {
    let Ok(logs) = evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getLogs") else { return Vec::new() };
    let wanted = match e.via {
        None => Event::AuthorizationUsed { authorizer: e.from, nonce: e.nonce },
        Some(_) => Event::Transfer { from: e.from, to: e.to, value: e.value },
    };
    let mut found: Vec<String> = Vec::new();
    for v in logs.as_array().unwrap_or(&[]) {
        let hash = v.get("transactionHash").and_then(Json::as_str).and_then(codec::parse_0x_hex::<32>).map(|h| codec::to_0x_hex(&h));
        match (Log::from_json(v), hash) {
            (Some(log), Some(hash)) if log.address == e.asset && decode(&log).as_ref() == Some(&wanted) && !found.contains(&hash) => found.push(hash),
            _ => {}
        }
    }
    if e.via.is_none() {
        found.truncate(1);
        return found;
    }
    found.reverse();
    found.truncate(PERMIT2_CANDIDATES);
    found
}

/// `eth_getTransactionByHash(tx_hash)`; `None` for a malformed hash.
pub fn transaction_request(url: &str, tx_hash: &str) -> Option<HttpRequest> {
    let hash = codec::to_0x_hex(&codec::parse_0x_hex::<32>(tx_hash)?);
    Some(evm_rpc::request(url, "eth_getTransactionByHash", &|w| {
        w.str(&hash);
    }))
}

/// What a candidate transaction is to a Permit2 payment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Candidate {
    /// The x402 proxy's `settle` of this owner's permit with this nonce (a Permit2 nonce is
    /// used once per owner, so the two name the permit).
    Ours,
    /// Certainly another payment: the proxy's settle of another permit, or the token's own
    /// `transfer`/`transferFrom` (which cannot present a permit).
    Theirs,
    /// Anything else (a batch through another contract, a transaction the node no longer has):
    /// it may have settled the permit, and proves nothing either way.
    Unclear,
}

/// ERC-20 `transfer(address,uint256)` and `transferFrom(address,address,uint256)`.
const TRANSFER_SELECTORS: [[u8; 4]; 2] = [const_hex("a9059cbb"), const_hex("23b872dd")];

/// Reads an `eth_getTransactionByHash` answer for a Permit2 payment; `None` when the node did
/// not answer usefully.
pub fn permit_candidate(body: &str, e: &Expected) -> Option<Candidate> {
    let tx = evm_rpc::result(FacilitatorOp::SettleStatus, body, "eth_getTransactionByHash").ok()?;
    let (Some(via), false) = (e.via, tx == Json::Null) else { return Some(Candidate::Unclear) };
    let to = tx.get("to").and_then(Json::as_str).and_then(Address::parse);
    let Some(input) = tx.get("input").or_else(|| tx.get("data")).and_then(Json::as_str).and_then(codec::parse_0x_hex_vec) else {
        return Some(Candidate::Unclear);
    };
    let selector = input.get(..4).unwrap_or(&[]);
    let word = |i: usize| input.get(4 + 32 * i..4 + 32 * (i + 1));
    Some(match (to, permit2::settle_kind(selector)) {
        (Some(t), Some(upto)) if t == via => {
            let owner = if upto { 5 } else { 4 };
            if word(2) == Some(&e.nonce[..]) && word(owner) == Some(&e.from.to_word()[..]) {
                Candidate::Ours
            } else {
                Candidate::Theirs
            }
        }
        (Some(t), None) if t == e.asset && TRANSFER_SELECTORS.iter().any(|s| s[..] == *selector) => Candidate::Theirs,
        _ => Candidate::Unclear,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::x402::evm::logs::tests::{auth_log, receipt, transfer_log, FROM, TO, USDG};
    use crate::x402::evm::logs::AUTHORIZATION_ALREADY_USED;
    use super::*;
    use crate::json;

    const OTHER_TOKEN: &str = "0x74b7f16337b8972027f6196a17a631ac6de26d22";
    const TX: &str = "0xabababababababababababababababababababababababababababababababab";

    pub(crate) fn expected() -> Expected {
        Expected {
            asset: Address::parse(USDG).unwrap(),
            from: Address::parse(FROM).unwrap(),
            to: Address::parse(TO).unwrap(),
            value: U256::from_u64(1000),
            nonce: [0x11; 32],
            via: None,
        }
    }

    fn judge_receipt(r: &str) -> Result<(), X402Error> {
        verdict(&json::parse(r.as_bytes()).unwrap(), &expected())
    }

    fn good() -> Vec<String> {
        vec![auth_log(&AUTHORIZATION_USED, USDG, 0x11), transfer_log(USDG, FROM, TO, 1000)]
    }

    fn rpc(result: &str) -> String {
        format!(r#"{{"jsonrpc":"2.0","id":1,"result":{result}}}"#)
    }

    #[test]
    fn only_a_successful_receipt_with_our_logs_proves_payment() {
        assert_eq!(judge_receipt(&receipt("0x1", &good())), Ok(()));
        // The status is a QUANTITY: leading zeros are still 1.
        assert_eq!(judge_receipt(&receipt("0x01", &good())), Ok(()));
        let reason = |r: Result<(), X402Error>| r.unwrap_err().reason();
        // Reverted: one reason everywhere, even with logs claimed.
        assert_eq!(reason(judge_receipt(&receipt("0x0", &good()))), "invalid_exact_evm_transaction_failed");
        assert_eq!(reason(judge_receipt(&receipt("0x00", &[]))), "invalid_exact_evm_transaction_failed");
        // Paxos replay: status 1, AuthorizationAlreadyUsed, nothing moved.
        let replay = receipt("0x1", &[auth_log(&AUTHORIZATION_ALREADY_USED, USDG, 0x11)]);
        assert_eq!(judge_receipt(&replay), Err(X402Error::NonceAlreadyUsed));
        for logs in [
            vec![],
            // No log of our authorization: a Transfer alone is another payment's.
            vec![transfer_log(USDG, FROM, TO, 1000)],
            vec![auth_log(&AUTHORIZATION_USED, USDG, 0x12), transfer_log(USDG, FROM, TO, 1000)],
            // Our authorization, but the wrong amount, recipient, payer or token.
            vec![auth_log(&AUTHORIZATION_USED, USDG, 0x11), transfer_log(USDG, FROM, TO, 999)],
            vec![auth_log(&AUTHORIZATION_USED, USDG, 0x11), transfer_log(USDG, FROM, FROM, 1000)],
            vec![auth_log(&AUTHORIZATION_USED, USDG, 0x11), transfer_log(USDG, TO, TO, 1000)],
            vec![auth_log(&AUTHORIZATION_USED, USDG, 0x11), transfer_log(OTHER_TOKEN, FROM, TO, 1000)],
            vec![auth_log(&AUTHORIZATION_USED, OTHER_TOKEN, 0x11), transfer_log(USDG, FROM, TO, 1000)],
            // AuthorizationAlreadyUsed for another nonce or token is no proof of a replay.
            vec![auth_log(&AUTHORIZATION_ALREADY_USED, USDG, 0x12)],
            vec![auth_log(&AUTHORIZATION_ALREADY_USED, OTHER_TOKEN, 0x11)],
            vec![r#"{"address":"junk"}"#.into()],
        ] {
            assert_eq!(reason(judge_receipt(&receipt("0x1", &logs))), "invalid_exact_evm_transfer_event_mismatch", "{logs:?}");
        }
        // Status compared as a string no more: "1" or missing is no success.
        assert!(judge_receipt(&receipt("1", &good())).is_err());
        assert!(judge_receipt(&format!(r#"{{"logs":[{}]}}"#, good().join(","))).is_err());
    }

    #[test]
    fn receipt_answers() {
        let e = expected();
        let r = receipt_request("https://rpc.test", TX).unwrap();
        assert!(r.body.contains(r#""method":"eth_getTransactionReceipt","params":["0xabab"#));
        assert!(receipt_request("https://rpc.test", "0x12").is_none());
        assert_eq!(judge(&rpc(&receipt("0x1", &good())), TX, &e), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Receipt });
        assert_eq!(judge(&rpc("null"), TX, &e), Outcome::Pending { tx_hash: Some(TX.into()) });
        let Outcome::Failed { reason } = judge(&rpc(&receipt("0x0", &[])), TX, &e) else { panic!() };
        assert_eq!(reason.reason(), "invalid_exact_evm_transaction_failed");
        for junk in ["<html>", r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"x"}}"#] {
            assert!(matches!(judge(junk, TX, &e), Outcome::Unknown { tx_hash: Some(_), .. }), "{junk}");
        }
    }

    #[test]
    fn authorization_state_and_logs() {
        let e = expected();
        let r = authorization_state_request("https://rpc.test", &e);
        assert!(r.body.contains(r#""method":"eth_call""#) && r.body.contains("0xe94a0102") && r.body.contains(&"11".repeat(32)));
        let word = |w: &str| rpc(&format!(r#""0x{w:0>64}""#));
        assert_eq!(authorization_used(&word("0"), &e), Ok(false));
        assert_eq!(authorization_used(&word("1"), &e), Ok(true));
        assert!(authorization_used(&word("2"), &e).is_err());
        assert!(authorization_used(r#"{"error":{"code":-32000,"message":"x"}}"#, &e).is_err());
        let r = authorization_logs_request("https://rpc.test", &e);
        assert!(r.body.contains(r#""method":"eth_getLogs""#) && r.body.contains(&codec::to_0x_hex(&AUTHORIZATION_USED)));
        let with_hash = |log: String, hash: &str| log.replacen('{', &format!(r#"{{"transactionHash":"{hash}","#), 1);
        let ours = with_hash(auth_log(&AUTHORIZATION_USED, USDG, 0x11), TX);
        assert_eq!(authorization_transactions(&rpc(&format!("[{ours}]")), &e), vec![TX.to_owned()]);
        let theirs = with_hash(auth_log(&AUTHORIZATION_USED, USDG, 0x12), TX);
        let elsewhere = with_hash(auth_log(&AUTHORIZATION_USED, OTHER_TOKEN, 0x11), TX);
        assert!(authorization_transactions(&rpc(&format!("[{theirs},{elsewhere}]")), &e).is_empty());
        assert!(authorization_transactions(&rpc("[]"), &e).is_empty());
        assert!(authorization_transactions("junk", &e).is_empty());
    }

    /// A Permit2 payment of 1000 from FROM to TO through the exact proxy, nonce 0x1_05.
    fn permit2_expected() -> Expected {
        let mut nonce = [0u8; 32];
        nonce[30] = 1;
        nonce[31] = 5;
        Expected { nonce, via: Some(permit2::EXACT_PROXY), ..expected() }
    }

    fn settled_log(at: &str) -> String {
        format!(r#"{{"address":"{at}","topics":["{}"],"data":"0x"}}"#, codec::to_0x_hex(&crate::x402::evm::logs::SETTLED))
    }

    #[test]
    fn a_permit2_receipt_needs_the_transfer_and_the_proxys_settled() {
        let e = permit2_expected();
        let proxy = permit2::EXACT_PROXY.to_hex();
        let judge = |logs: &[String]| verdict(&json::parse(receipt("0x1", logs).as_bytes()).unwrap(), &e).map_err(|x| x.reason());
        assert_eq!(judge(&[transfer_log(USDG, FROM, TO, 1000), settled_log(&proxy)]), Ok(()));
        let mismatch = Err("invalid_exact_evm_transfer_event_mismatch");
        // A Transfer alone is any transfer; Settled() from anyone but the proxy proves nothing.
        assert_eq!(judge(&[transfer_log(USDG, FROM, TO, 1000)]), mismatch);
        assert_eq!(judge(&[transfer_log(USDG, FROM, TO, 1000), settled_log(OTHER_TOKEN)]), mismatch);
        assert_eq!(judge(&[transfer_log(USDG, FROM, TO, 999), settled_log(&proxy)]), mismatch);
        assert_eq!(judge(&[transfer_log(OTHER_TOKEN, FROM, TO, 1000), settled_log(&proxy)]), mismatch);
        // An EIP-3009 log of the same nonce is not a Permit2 settlement.
        assert_eq!(judge(&[transfer_log(USDG, FROM, TO, 1000), auth_log(&AUTHORIZATION_USED, USDG, 0x11)]), mismatch);
    }

    #[test]
    fn a_permit2_nonce_is_a_bit_of_permit2s_bitmap() {
        let e = permit2_expected();
        let r = authorization_state_request("https://rpc.test", &e);
        // nonceBitmap(FROM, 1) on Permit2.
        assert!(r.body.contains("0x000000000022d473030f116ddee9f6b43ac78ba3") && r.body.contains("0x4fe02b44"));
        assert!(r.body.contains(&format!("{}{:0>64}", &FROM[2..], "1")));
        let word = |w: &str| rpc(&format!(r#""0x{w:0>64}""#));
        assert_eq!(authorization_used(&word("20"), &e), Ok(true));
        assert_eq!(authorization_used(&word("df"), &e), Ok(false));
        assert_eq!(authorization_used(&word("0"), &e), Ok(false));
        // Cancelled: Permit2's invalidation of word 1 with bit 5 in its mask, by the payer.
        let invalidation = |owner: &str, word: u64, mask: u64| {
            format!(
                r#"{{"address":"0x000000000022d473030f116ddee9f6b43ac78ba3","topics":["{}","0x000000000000000000000000{}"],"data":"{}{}"}}"#,
                codec::to_0x_hex(&UNORDERED_NONCE_INVALIDATION),
                &owner[2..],
                codec::to_0x_hex(&U256::from_u64(word).0),
                hex::encode(U256::from_u64(mask).0)
            )
        };
        assert_eq!(cancelled(&rpc(&format!("[{}]", invalidation(FROM, 1, 0x30))), &e), Some(true));
        assert_eq!(cancelled(&rpc(&format!("[{}]", invalidation(FROM, 1, 0x10))), &e), Some(false));
        assert_eq!(cancelled(&rpc(&format!("[{}]", invalidation(FROM, 0, 0x20))), &e), Some(false));
        assert_eq!(cancelled(&rpc(&format!("[{}]", invalidation(TO, 1, 0x20))), &e), Some(false));
        let r = cancellation_logs_request("https://rpc.test", &e);
        assert!(r.body.contains(&codec::to_0x_hex(&UNORDERED_NONCE_INVALIDATION)));
        // The used permit's transaction: the token's Transfer(FROM, TO) of this value.
        let r = authorization_logs_request("https://rpc.test", &e);
        assert!(r.body.contains(&codec::to_0x_hex(&TRANSFER)) && r.body.contains(USDG));
        let with_hash = |log: String| log.replacen('{', &format!(r#"{{"transactionHash":"{TX}","#), 1);
        // Every transfer of this amount to payTo, latest first: each a candidate only.
        let with = |log: String, hash: &str| log.replacen('{', &format!(r#"{{"transactionHash":"{hash}","#), 1);
        let older = "0x0000000000000000000000000000000000000000000000000000000000000001";
        let logs = [with(transfer_log(USDG, FROM, TO, 1000), older), with(transfer_log(USDG, FROM, TO, 7), TX), with_hash(transfer_log(USDG, FROM, TO, 1000))];
        assert_eq!(authorization_transactions(&rpc(&format!("[{}]", logs.join(","))), &e), vec![TX.to_owned(), older.to_owned()]);
        assert!(authorization_transactions(&rpc(&format!("[{}]", with_hash(transfer_log(USDG, FROM, TO, 7)))), &e).is_empty());
    }

    /// Permit2 names no nonce in its logs: a candidate transaction is the payment's only when
    /// its call data is the proxy's settle of this owner's permit with this nonce.
    #[test]
    fn a_permit_is_bound_to_its_transaction_by_the_call_data() {
        use Candidate::*;
        let e = permit2_expected();
        let permit = crate::x402::permit2::PermitTransfer {
            from: e.from,
            token: e.asset,
            amount: e.value,
            spender: permit2::EXACT_PROXY,
            nonce: U256(e.nonce),
            deadline: U256::from_u64(1_900_000_000),
            witness: permit2::Witness { to: e.to, facilitator: None, valid_after: U256::ZERO },
        };
        let tx = |to: &str, input: &[u8]| rpc(&format!(r#"{{"hash":"{TX}","to":"{to}","input":"{}"}}"#, codec::to_0x_hex(input)));
        let proxy = permit2::EXACT_PROXY.to_hex();
        let call = permit.settle_call(&e.value, &[0x11; 65]);
        assert_eq!(permit_candidate(&tx(&proxy, &call), &e), Some(Ours));
        // Another nonce, another owner, another contract, another function: not this permit.
        let other_nonce = crate::x402::permit2::PermitTransfer { nonce: U256::from_u64(6), ..permit.clone() };
        assert_eq!(permit_candidate(&tx(&proxy, &other_nonce.settle_call(&e.value, &[0x11; 65])), &e), Some(Theirs));
        let other_owner = crate::x402::permit2::PermitTransfer { from: e.to, ..permit.clone() };
        assert_eq!(permit_candidate(&tx(&proxy, &other_owner.settle_call(&e.value, &[0x11; 65])), &e), Some(Theirs));
        // The token's own transfer cannot present a permit; a call to anything else may have.
        let mut transfer = const_hex::<4>("a9059cbb").to_vec();
        transfer.extend_from_slice(&[0; 64]);
        assert_eq!(permit_candidate(&tx(USDG, &transfer), &e), Some(Theirs));
        assert_eq!(permit_candidate(&tx(USDG, &call), &e), Some(Unclear));
        assert_eq!(permit_candidate(&tx(&proxy, &[0xab; 100]), &e), Some(Unclear));
        assert_eq!(permit_candidate(&tx("0xca11bde05977b3631167028862be2a173976ca11", &call), &e), Some(Unclear));
        // The upto proxy's settle has the charge before the owner.
        let upto = Expected { via: Some(permit2::UPTO_PROXY), ..e.clone() };
        let metered = crate::x402::permit2::PermitTransfer { spender: permit2::UPTO_PROXY, witness: permit2::Witness { facilitator: Some(e.to), ..permit.witness.clone() }, ..permit.clone() };
        assert_eq!(permit_candidate(&tx(&permit2::UPTO_PROXY.to_hex(), &metered.settle_call(&U256::from_u64(3), &[0x11; 65])), &upto), Some(Ours));
        // No such transaction; a node that cannot say.
        assert_eq!(permit_candidate(&rpc("null"), &e), Some(Unclear));
        assert_eq!(permit_candidate("junk", &e), None);
        assert!(transaction_request("https://rpc.test", TX).unwrap().body.contains("eth_getTransactionByHash"));
    }
}
