//! The direct-settlement wasm surface, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402,tools --test wasm_evm`.
//! Native `cargo test` covers every rule; this checks the exports once compiled: a signature
//! identical to viem's (the `tools` signer), and a `PaymentFlow` under `X402_SETTLER=direct`
//! walked to settled with the node's and the ledger's answers fed in one by one: the nonce the
//! ledger allocates, the transaction recorded as `sending` before it is broadcast (and never
//! broadcast when that record is not confirmed, its nonce given back), the receipt's verdict
//! recorded, the handler served. Out-of-order or garbage answers end the flow, never trap.
//!
//! The payment is built here independently of the crate: EIP-712 hashing with `sha3`, signing
//! with `k256` (RFC 6979, like viem), base64 and JSON with `base64`/`serde_json`.
#![cfg(all(target_arch = "wasm32", feature = "x402"))]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
#[cfg(feature = "tools")]
use insforge_edge::wasm::evm::*;
use insforge_edge::wasm::x402::{PaymentFlow, X402Config};
use k256::ecdsa::SigningKey;
use serde_json::{json, Value};
use sha3::{Digest, Keccak256};
use wasm_bindgen_test::wasm_bindgen_test;

/// Anvil account #0 (public test key) signs vector C's authorization.
const PAYER_KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/// Anvil account #1 (public test key) settles: it is also the payee.
const KEY_1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
const PAYER: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const PAYEE: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const RECIPIENT: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const SIG_C: &str = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";
const NONCE: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";
const VALID_BEFORE: u64 = 1_767_225_600;
/// 60 s before vector C's validBefore, in ms: every step of these flows happens then.
const NOW_MS: f64 = ((VALID_BEFORE - 60) * 1000) as f64;
const RPC: &str = "https://rpc.test";
const RPC2: &str = "https://rpc2.test";
const URL: &str = "https://x.test/functions/paid";
const ENDPOINT: &str = "/functions/paid";
const SUMMARY: &str = "GET /functions/paid";
const TOKEN: &str = "00000000-0000-4000-8000-000000000001";
const ROW: &str = "00000000-0000-4000-8000-0000000000aa";
/// What the node says the settler's pending count is, and the nonce the ledger hands out.
const CHAIN_NONCE: u64 = 5;
const LEDGER_NONCE: u64 = 7;
const TRANSFER: &str = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
const AUTHORIZATION_USED: &str = "0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5";
const AUTHORIZATION_ALREADY_USED: &str = "0xd309466d0e5c5e3b306abfb2c1e7f3b4318b670dbd1236cc92288848a27384cb";
const EFFECT_KINDS: [&str; 5] = ["ledger", "http", "sleep", "serve", "respond"];

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|_| panic!("exports always answer JSON: {s}"))
}

fn word(hex: &str) -> String {
    format!("0x{hex:0>64}")
}

fn keccak(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Keccak256::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

fn word_bytes(hex_str: &str) -> [u8; 32] {
    hex::decode(&word(hex_str.trim_start_matches("0x"))[2..]).unwrap().try_into().unwrap()
}

/// Vector C signed here: EIP-712 TransferWithAuthorization for USDG on X Layer (chain 196),
/// value 1, validAfter 0, nonce 0x11…11, signed with anvil #0 (r‖s‖v, v = 27/28).
fn sign_vector_c() -> String {
    let domain_type = keccak(&[b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"]);
    let domain = keccak(&[&domain_type, &keccak(&[b"Global Dollar"]), &keccak(&[b"1"]), &word_bytes("c4"), &word_bytes(USDG)]);
    let twa = keccak(&[b"TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"]);
    let vb = format!("{VALID_BEFORE:x}");
    let st = keccak(&[&twa, &word_bytes(PAYER), &word_bytes(PAYEE), &word_bytes("1"), &word_bytes("0"), &word_bytes(&vb), &word_bytes(NONCE)]);
    let digest = keccak(&[b"\x19\x01", &domain, &st]);
    let key = SigningKey::from_slice(&hex::decode(PAYER_KEY).unwrap()).unwrap();
    let (sig, recid) = key.sign_prehash_recoverable(&digest).unwrap();
    let mut bytes = sig.to_bytes().to_vec();
    bytes.push(27 + recid.to_byte());
    format!("0x{}", hex::encode(bytes))
}

/// The v2 `PAYMENT-SIGNATURE` header of vector C (signed here; the known vector checks it).
fn header() -> String {
    let signature = sign_vector_c();
    assert_eq!(signature, SIG_C, "k256 signs vector C as viem does");
    let authorization = json!({"from": PAYER, "to": RECIPIENT, "value": "1", "validAfter": "0", "validBefore": VALID_BEFORE.to_string(), "nonce": NONCE});
    let accepted = json!({"scheme": "exact", "network": "eip155:196", "amount": "1", "asset": USDG, "payTo": RECIPIENT,
                          "maxTimeoutSeconds": 60, "extra": {"name": "Global Dollar", "version": "1"}});
    STANDARD.encode(json!({"x402Version": 2, "resource": {"url": URL}, "accepted": accepted, "payload": {"signature": signature, "authorization": authorization}}).to_string())
}

fn direct() -> X402Config {
    let env = json!({"PAYMENT_RECIPIENT": RECIPIENT, "X402_PRICE": "1", "X402_SETTLER": "direct", "RPC_URL": format!("{RPC}, {RPC2}")});
    X402Config::new(&env.to_string())
}

/// Vector C presented to the direct paywall at NOW, settled with `key`.
fn pay_with(key: &str) -> PaymentFlow {
    direct().pay(&header(), "", URL, ENDPOINT, SUMMARY, TOKEN, key, NOW_MS)
}

/// An effect (JSON text) as JS reads it: always JSON, always one of the five kinds.
fn effect(text: &str) -> Value {
    let v = parse(text);
    assert!(EFFECT_KINDS.contains(&v["kind"].as_str().unwrap_or("")), "an effect of a known kind: {v}");
    v
}

/// A short name for an effect: the ledger call (and a record's outcome), the request's name,
/// or the kind.
fn label(e: &Value) -> String {
    match e["kind"].as_str().unwrap() {
        "ledger" if e["call"] == "x402_record" => format!("x402_record:{}", e["args"]["p"]["outcome"].as_str().unwrap_or("?")),
        "ledger" => e["call"].as_str().unwrap().to_owned(),
        "http" => e["name"].as_str().unwrap().to_owned(),
        kind => kind.to_owned(),
    }
}

fn is_final(e: &Value) -> bool {
    e["kind"] == "serve" || e["kind"] == "respond"
}

fn ok(result: Value) -> String {
    json!({"jsonrpc": "2.0", "id": 1, "result": result}).to_string()
}

fn rpc_body(e: &Value) -> Value {
    parse(e["request"]["body"].as_str().unwrap())
}

/// A receipt of `tx` with `status` and these logs.
fn receipt_with(tx: &str, status: &str, logs: Vec<Value>) -> String {
    ok(json!({"transactionHash": tx, "status": status, "logs": logs}))
}

fn authorization_log(topic: &str, tx: &str) -> Value {
    json!({"address": USDG, "topics": [topic, word(&PAYER[2..]), NONCE], "data": "0x", "transactionHash": tx})
}

fn transfer_log(tx: &str) -> Value {
    json!({"address": USDG, "topics": [TRANSFER, word(&PAYER[2..]), word(&PAYEE[2..])], "data": word("1"), "transactionHash": tx})
}

/// Our receipt: status 1, our AuthorizationUsed and Transfer.
fn our_receipt(tx: &str) -> String {
    receipt_with(tx, "0x1", vec![authorization_log(AUTHORIZATION_USED, tx), transfer_log(tx)])
}

/// A node and a ledger that answer as they should, checking each request as it comes.
struct World {
    /// The txHash the `sending` record named.
    tx: Option<String>,
    /// The raw transaction the `send` request carried.
    raw: Option<String>,
    receipts_asked: u32,
    /// The first receipt answer is "not mined yet".
    mine_late: bool,
    /// The receipt the node answers with, given the transaction's hash.
    receipt: fn(&str) -> String,
    sending_answer: (u16, String),
    record_answer: fn(&str) -> String,
}

impl World {
    fn new() -> World {
        World {
            tx: None,
            raw: None,
            receipts_asked: 0,
            mine_late: true,
            receipt: our_receipt,
            sending_answer: (200, r#"{"state":"pending"}"#.into()),
            record_answer: |outcome| json!({"state": if outcome == "unknown" { "pending" } else { outcome }}).to_string(),
        }
    }

    fn answer(&mut self, e: &Value) -> (u16, String) {
        match e["kind"].as_str().unwrap() {
            "ledger" => {
                let p = &e["args"]["p"];
                match e["call"].as_str().unwrap() {
                    "x402_claim" => {
                        assert_eq!((p["mode"].as_str(), p["row"]["settler"].as_str(), p["row"]["claim_token"].as_str()), (Some("claim"), Some("direct"), Some(TOKEN)));
                        (200, json!({"state": "new", "id": ROW}).to_string())
                    }
                    "x402_allocate_settler_nonce" => {
                        assert_eq!(e["args"], json!({"p_settler": PAYEE, "p_chain_id": 196, "p_chain_nonce": CHAIN_NONCE}));
                        (200, LEDGER_NONCE.to_string())
                    }
                    "x402_release_settler_nonce" => (200, "null".into()),
                    "x402_record" => {
                        assert_eq!((p["id"].as_str(), p["claimToken"].as_str()), (Some(ROW), Some(TOKEN)), "{e}");
                        let outcome = p["outcome"].as_str().unwrap();
                        if outcome == "sending" {
                            assert_eq!((p["settlerAddress"].as_str(), &p["settlerNonce"]), (Some(PAYEE), &json!(LEDGER_NONCE)), "the account with its nonce: {e}");
                            self.tx = Some(p["txHash"].as_str().unwrap().to_owned());
                            return self.sending_answer.clone();
                        }
                        (200, (self.record_answer)(outcome))
                    }
                    other => panic!("an unexpected ledger call {other}: {e}"),
                }
            }
            "http" => {
                assert_eq!((e["target"].as_str(), e["request"]["url"].as_str()), (Some("chain"), Some(RPC)), "the first node of RPC_URL: {e}");
                assert_eq!((e["fallbacks"].clone(), e["timeoutMs"].as_u64()), (json!([RPC2]), Some(8000)), "{e}");
                let body = rpc_body(e);
                let answer = match e["name"].as_str().unwrap() {
                    "chainId" => ok(json!("0xc4")),
                    "authorizationState" => ok(json!(word("0"))),
                    "balance" => ok(json!(word("5"))),
                    "simulation" => ok(json!("0x")),
                    "nonce" => {
                        assert_eq!(body["params"][0], PAYEE, "the settler's own count");
                        ok(json!(format!("0x{CHAIN_NONCE:x}")))
                    }
                    "feeHistory" => ok(json!({"baseFeePerGas": ["0x1", "0x2"], "reward": [["0x1"]]})),
                    "gas" => ok(json!("0x186a0")),
                    "gasBalance" => {
                        assert_eq!(body["params"], json!([PAYEE, "pending"]), "the settler's own balance");
                        ok(json!("0xde0b6b3a7640000"))
                    }
                    "send" => {
                        let raw = body["params"][0].as_str().unwrap().to_owned();
                        let tx = self.tx.clone().expect("recorded as sending before it is sent");
                        assert_eq!(format!("0x{}", hex::encode(Keccak256::digest(hex::decode(&raw[2..]).unwrap()))), tx, "the raw transaction is the one recorded");
                        self.raw = Some(raw);
                        ok(json!(tx))
                    }
                    "receipt" => {
                        let tx = self.tx.clone().expect("a receipt of what was sent");
                        assert_eq!(body["params"][0], tx.as_str());
                        self.receipts_asked += 1;
                        if self.mine_late && self.receipts_asked == 1 {
                            ok(Value::Null)
                        } else {
                            (self.receipt)(&tx)
                        }
                    }
                    other => panic!("an unexpected request {other}: {e}"),
                };
                (200, answer)
            }
            "sleep" => {
                assert_eq!(e["ms"], 500);
                (0, String::new())
            }
            _ => panic!("nothing answers a final effect: {e}"),
        }
    }
}

/// Drives `f` from its start, answering with `answer`, until its final effect: every effect.
fn drive(f: &mut PaymentFlow, mut answer: impl FnMut(usize, &Value) -> (u16, String)) -> Vec<Value> {
    let mut effects = vec![effect(&f.start(NOW_MS))];
    for i in 0..200 {
        let e = effects.last().unwrap().clone();
        if is_final(&e) {
            return effects;
        }
        let (status, body) = answer(i, &e);
        effects.push(effect(&f.resume(status, &body, NOW_MS)));
    }
    panic!("the flow never ended: {:?}", effects.iter().map(label).collect::<Vec<_>>());
}

fn labels(effects: &[Value]) -> Vec<String> {
    effects.iter().map(label).collect()
}

/// The happy walk up to the `sending` record, whatever follows.
const TO_SENDING: [&str; 12] =
    ["balance", "x402_claim", "chainId", "authorizationState", "balance", "simulation", "nonce", "x402_allocate_settler_nonce", "feeHistory", "gas", "gasBalance", "x402_record:sending"];

fn walk(world: &mut World, key: &str) -> Vec<Value> {
    let mut f = pay_with(key);
    let effects = drive(&mut f, |_, e| world.answer(e));
    // Ended: asked again, a reply, never a trap, never a second serve.
    assert_eq!(effect(&f.resume(200, "{}", NOW_MS))["kind"], "respond");
    effects
}

fn find<'a>(effects: &'a [Value], name: &str) -> &'a Value {
    effects.iter().find(|e| label(e) == name).unwrap_or_else(|| panic!("no {name} in {:?}", labels(effects)))
}

fn reply_body(e: &Value) -> Value {
    assert_eq!(e["kind"], "respond", "{e}");
    parse(e["reply"]["body"].as_str().unwrap())
}

fn reply_header<'a>(e: &'a Value, name: &str) -> Option<&'a str> {
    e["headers"].as_array()?.iter().find(|p| p[0].as_str().is_some_and(|k| k.eq_ignore_ascii_case(name)))?[1].as_str()
}

/// A 402 refusal's reason (v1 body).
fn refusal(e: &Value) -> String {
    assert_eq!((e["kind"].as_str(), e["reply"]["status"].as_u64()), (Some("respond"), Some(402)), "{e}");
    reply_body(e)["error"].as_str().unwrap().to_owned()
}

/// Same transaction as the native `tx` test: viem 2 `signTransaction` gave this raw hex.
#[cfg(feature = "tools")]
fn transfer_with_authorization_data() -> String {
    format!(
        "0xe3ee160e{}{}{}{}{}{}{}{}",
        &word(&PAYER[2..])[2..],
        &word(&PAYEE[2..])[2..],
        &word("1")[2..],
        &word("0")[2..],
        &word("6955b900")[2..],
        &NONCE[2..],
        &word("1b")[2..],
        &SIG_C[2..130]
    )
}

#[cfg(feature = "tools")]
#[wasm_bindgen_test]
fn sign_transaction_matches_viem() {
    let out = parse(&evm_sign_transaction(
        &json!({"privateKey": KEY_1, "chainId": 196, "nonce": 7, "maxPriorityFeePerGas": "1000000",
                "maxFeePerGas": "0x4a817c800", "gas": 120000, "to": USDG, "value": 0, "data": transfer_with_authorization_data()})
        .to_string(),
    ));
    let raw = out["raw"].as_str().unwrap();
    assert!(raw.starts_with("0x02f9019181c407830f42408504a817c8008301d4c0944ae46a509f6b1d9056937ba4500cb143933d2dc880b90124e3ee160e"));
    assert!(raw.ends_with("c001a096cd6b48c03555fe1458d6473bfd2e33da8dc79c34e2e1c62ddb426a23e99f1a9f43787f50a1633162a5584cc91b26b88e3ebcb65ee7296f635e4aaeeee3e3b7"));
    assert_eq!(out["hash"], "0x38d005a9774615227fe8ca044667a9cfcefef7a63f2fed5e718a0388d3647140");
    assert_eq!(out["from"], PAYEE);
    let bad = parse(&evm_sign_transaction(&json!({"privateKey": "0x12", "chainId": 1}).to_string()));
    assert_eq!((bad["status"].as_u64(), parse(bad["body"].as_str().unwrap())["error"].as_str()), (Some(500), Some("invalid_secret")));
}

#[cfg(feature = "tools")]
#[wasm_bindgen_test]
fn sign_transaction_garbage_is_a_500() {
    for input in ["", "junk", "[]", "{}", r#"{"privateKey":"0x12"}"#, "\u{0}", &format!(r#"{{"privateKey":"{KEY_1}","chainId":"x"}}"#)] {
        let out = parse(&evm_sign_transaction(input));
        assert_eq!(out["status"], 500, "{input}");
    }
}

#[wasm_bindgen_test]
fn plan_walks_to_settled() {
    let mut world = World::new();
    let effects = walk(&mut world, KEY_1);
    let mut expected: Vec<&str> = TO_SENDING.to_vec();
    expected.extend(["send", "receipt", "sleep", "receipt", "x402_record:settled", "serve"]);
    assert_eq!(labels(&effects), expected);
    let tx = world.tx.clone().unwrap();
    let raw = world.raw.clone().unwrap();
    // The transaction: nonce from the ledger, fees from the history (tip 1, 2 × base 2 + 1),
    // gas 100000 + 20 %, to the token, vector C's transferWithAuthorization.
    #[cfg(feature = "tools")]
    {
        let signed = parse(&evm_sign_transaction(
            &json!({"privateKey": KEY_1, "chainId": 196, "nonce": LEDGER_NONCE, "maxPriorityFeePerGas": 1, "maxFeePerGas": 5,
                    "gas": 120000, "to": USDG, "value": 0, "data": transfer_with_authorization_data()})
            .to_string(),
        ));
        assert_eq!((signed["raw"].as_str(), signed["hash"].as_str()), (Some(raw.as_str()), Some(tx.as_str())), "the tools signer signs the same transaction");
    }
    assert!(raw.starts_with("0x02"), "EIP-1559: {raw}");
    assert_eq!(
        find(&effects, "x402_record:sending")["args"]["p"],
        json!({"id": ROW, "claimToken": TOKEN, "outcome": "sending", "txHash": tx, "settlerAddress": PAYEE, "settlerNonce": LEDGER_NONCE, "settlerTx": raw}),
        "the signed transaction is kept with its hash, to be sent again or replaced"
    );
    assert_eq!(
        find(&effects, "x402_record:settled")["args"]["p"],
        json!({"id": ROW, "claimToken": TOKEN, "outcome": "settled", "txHash": tx, "summary": SUMMARY, "served": true})
    );
    assert_eq!(rpc_body(find(&effects, "send"))["method"], "eth_sendRawTransaction");
    let end = effects.last().unwrap();
    assert_eq!(end["info"], json!({"scheme": "exact", "payer": PAYER, "amount": "1", "asset": USDG, "network": "eip155:196", "nonce": NONCE, "txHash": tx, "mock": false, "replay": false, "x402Version": 2}));
    let pr = parse(&String::from_utf8(STANDARD.decode(reply_header(end, "PAYMENT-RESPONSE").expect("PAYMENT-RESPONSE")).unwrap()).unwrap());
    assert_eq!((pr["success"].as_bool(), pr["transaction"].as_str(), pr["payer"].as_str()), (Some(true), Some(tx.as_str()), Some(PAYER)));
    assert!(!effects.iter().any(|e| label(e) == "x402_release_settler_nonce"), "a used nonce is kept");

    // Our Transfer without our authorization's log proves nothing: failed, refused, not served.
    let mut world = World::new();
    world.mine_late = false;
    world.receipt = |tx| receipt_with(tx, "0x1", vec![transfer_log(tx)]);
    let effects = walk(&mut world, KEY_1);
    let record = &find(&effects, "x402_record:failed")["args"]["p"];
    assert_eq!(record["reason"], "invalid_exact_evm_transfer_event_mismatch");
    assert_eq!(refusal(effects.last().unwrap()), "invalid_exact_evm_transfer_event_mismatch");
    // A reverted transaction: failed too.
    let mut world = World::new();
    world.receipt = |tx| receipt_with(tx, "0x0", vec![]);
    let effects = walk(&mut world, KEY_1);
    assert_eq!(refusal(effects.last().unwrap()), "invalid_exact_evm_transaction_failed");
    // Never mined within the polls: unknown (the hash kept), 503, never failed.
    let mut world = World::new();
    world.receipt = |_| ok(Value::Null);
    let effects = walk(&mut world, KEY_1);
    let record = &find(&effects, "x402_record:unknown")["args"]["p"];
    assert_eq!(record["txHash"].as_str(), world.tx.as_deref());
    assert!(!effects.iter().any(|e| label(e) == "x402_record:failed" || e["kind"] == "serve"));
    assert_eq!(effects.last().unwrap()["reply"]["status"], 503);
}

#[wasm_bindgen_test]
fn the_paxos_replay_receipt_is_not_a_settlement() {
    // Status 1, AuthorizationAlreadyUsed, no Transfer: our transaction moved nothing. "Already
    // used" says someone used the authorization, maybe for this very payment: the chain is asked
    // again. Here it answers "unused": nothing proves either way, so the payment stays unknown
    // (503), never settled on our transaction and never failed.
    let mut world = World::new();
    world.receipt = |tx| receipt_with(tx, "0x1", vec![authorization_log(AUTHORIZATION_ALREADY_USED, tx)]);
    let effects = walk(&mut world, KEY_1);
    let mut expected: Vec<&str> = TO_SENDING.to_vec();
    expected.extend(["send", "receipt", "sleep", "receipt", "authorizationState", "x402_record:unknown", "respond"]);
    assert_eq!(labels(&effects), expected);
    let record = &find(&effects, "x402_record:unknown")["args"]["p"];
    // No hash named: the row keeps the one its `sending` record wrote.
    assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("unknown"), None));
    assert_eq!(effects.last().unwrap()["reply"]["status"], 503);
    assert!(!effects.iter().any(|e| e["kind"] == "serve"));
}

#[wasm_bindgen_test]
fn a_sending_record_not_confirmed_is_never_broadcast() {
    for (status, answer) in [
        (0u16, ""),
        (200, r#"{"state":"lost"}"#),
        (200, r#"{"state":"settled"}"#),
        (200, "null"),
        (200, "<html>"),
        (503, r#"{"state":"pending"}"#),
        (0, r#"{"state":"pending"}"#),
    ] {
        let mut world = World::new();
        world.sending_answer = (status, answer.into());
        let effects = walk(&mut world, KEY_1);
        let seen = labels(&effects);
        assert_eq!(&seen[..TO_SENDING.len()], TO_SENDING, "{answer}");
        assert!(!seen.iter().any(|l| l == "send" || l == "receipt"), "nothing is broadcast ({status} {answer}): {seen:?}");
        // The nonce goes back, right after the answer.
        let release = &effects[TO_SENDING.len()];
        assert_eq!(label(release), "x402_release_settler_nonce", "{seen:?}");
        assert_eq!(release["args"], json!({"p_settler": PAYEE, "p_chain_id": 196, "p_nonce": LEDGER_NONCE}));
        // Then recorded failed (nothing moved), and 503 ledger_unavailable: retry with the same
        // payment; never served.
        assert_eq!(&seen[TO_SENDING.len() + 1..], ["x402_record:failed", "respond"], "{status} {answer}");
        assert_eq!(effects[TO_SENDING.len() + 1]["args"]["p"]["reason"], "ledger_unavailable");
        let end = effects.last().unwrap();
        assert_eq!((end["kind"].as_str(), end["reply"]["status"].as_u64()), (Some("respond"), Some(503)), "{status} {answer}: {seen:?} {end}");
        assert_eq!(reply_body(end)["error"], "ledger_unavailable", "{end}");
        assert!(!seen.iter().any(|l| l == "x402_record:settled"), "{seen:?}");
    }
}

#[wasm_bindgen_test]
fn out_of_order_and_garbage_never_trap() {
    // An answer before the flow started: a reply, never a trap.
    let mut f = pay_with(KEY_1);
    assert_eq!(effect(&f.resume(200, "{}", NOW_MS))["kind"], "respond");

    // The happy walk's length, then: answered well for `k` effects, then junk to the end.
    let happy = labels(&walk(&mut World::new(), KEY_1));
    let sending_at = happy.iter().position(|l| l == "x402_record:sending").unwrap();
    let allocated_at = happy.iter().position(|l| l == "x402_allocate_settler_nonce").unwrap();
    let settled_at = happy.iter().position(|l| l == "x402_record:settled").unwrap();
    let junk = [
        "",
        "{",
        "null",
        "[]",
        "{}",
        "\u{0}\u{ffff}é",
        "<html>",
        r#"{"state":"new"}"#,
        r#"{"state":"settled"}"#,
        r#"{"jsonrpc":"2.0","id":1,"result":"0xzz"}"#,
        r#"{"jsonrpc":"2.0","id":1,"result":null}"#,
        r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"boom"}}"#,
        r#"{"jsonrpc":"2.0","id":1,"result":"0x1"}"#,
        "-1",
        "99999999999999999999999",
    ];
    for k in 0..happy.len() - 1 {
        for j in junk {
            for status in [0u16, 200, 500] {
                let mut world = World::new();
                let mut f = pay_with(KEY_1);
                let effects = drive(&mut f, |i, e| if i < k { world.answer(e) } else { (status, j.to_owned()) });
                let seen = labels(&effects);
                let what = format!("junk from effect {k} ({}): {status} {j:?}: {seen:?}", happy[k]);
                // Never a broadcast the ledger was not told of, never served without our receipt.
                if k <= sending_at {
                    assert!(!seen.iter().any(|l| l == "send"), "{what}");
                }
                // (A ledger that says "settled" to a claim is believed: its first delivery.)
                let ledger_settled = status == 200 && j == r#"{"state":"settled"}"#;
                if k < settled_at && !ledger_settled {
                    assert!(!effects.iter().any(|e| e["kind"] == "serve"), "{what}");
                }
                // An allocated nonce that was never broadcast goes back.
                if k > allocated_at && k <= sending_at {
                    assert!(seen.iter().any(|l| l == "x402_release_settler_nonce"), "{what}");
                }
                if k <= allocated_at {
                    assert!(!seen.iter().any(|l| l == "x402_release_settler_nonce"), "{what}");
                }
                // Ended: any further answer is a reply.
                assert_eq!(effect(&f.resume(status, j, NOW_MS))["kind"], "respond", "{what}");
            }
        }
    }

    // The wrong chain: a configuration error (500), nothing sent.
    let mut f = pay_with(KEY_1);
    let mut world = World::new();
    let effects = drive(&mut f, |_, e| if label(e) == "chainId" { (200, ok(json!("0x1"))) } else { world.answer(e) });
    assert!(!labels(&effects).iter().any(|l| l == "send"));
    assert_eq!(effects.last().unwrap()["reply"]["status"], 500, "{:?}", labels(&effects));

    // A settler short of gas: nothing signed or sent, the nonce given back, the payment failed
    // with the seller's reason (503: the same payment works once the settler is topped up).
    let mut f = pay_with(KEY_1);
    let mut world = World::new();
    let effects = drive(&mut f, |_, e| if label(e) == "gasBalance" { (200, ok(json!("0x0"))) } else { world.answer(e) });
    let seen = labels(&effects);
    assert!(!seen.iter().any(|l| l == "send" || l == "x402_record:sending"), "{seen:?}");
    assert!(seen.iter().any(|l| l == "x402_release_settler_nonce"), "{seen:?}");
    assert_eq!(find(&effects, "x402_record:failed")["args"]["p"]["reason"], "settler_out_of_gas");
    let end = effects.last().unwrap();
    assert_eq!(end["reply"]["status"], 503, "{end}");
    assert_eq!(end["alarm"].as_str().map(|a| a.contains(PAYEE) && a.contains("holds 0 wei")), Some(true), "{end}");
    assert!(!end.to_string().contains(&KEY_1[2..]), "never the key: {end}");

    // Bad settler keys: nothing asked of the chain past the balance, the claim let go, no
    // account, never a trap.
    for key in ["", "0x12", "junk", &format!("0x{}", "0".repeat(64))] {
        let mut f = pay_with(key);
        let effects = drive(&mut f, |_, e| World::new().answer(e));
        let seen = labels(&effects);
        assert_eq!(&seen[..2], ["balance", "x402_claim"], "{key}");
        assert!(!seen.iter().any(|l| l == "nonce" || l == "x402_allocate_settler_nonce" || l == "send"), "{key}: {seen:?}");
        let end = effects.last().unwrap();
        assert_eq!(end["kind"], "respond", "{key}");
        assert!(end["reply"]["status"].as_u64().unwrap() >= 500, "{key}: {end}");
    }
}
