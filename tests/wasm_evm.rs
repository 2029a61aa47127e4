//! The direct-settlement wasm surface, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402 --test wasm_evm`.
//! Native `cargo test` covers every rule; this checks the exports once compiled: a signature
//! identical to viem's, a `Settlement` object walked to settled with node answers fed in one
//! by one, and out-of-order or garbage input answered with a failed step, never a trap.
#![cfg(all(target_arch = "wasm32", feature = "x402"))]

use insforge_edge::wasm::evm::*;
use insforge_edge::wasm::x402::{Payment, Settlement, X402Config};

/// Any time: the direct plan signs nothing with it.
const T: f64 = 1_774_864_800_000.0;
use serde_json::{json, Value};
use wasm_bindgen::convert::TryFromJsValue;
use sha3::{Digest, Keccak256};
use wasm_bindgen_test::wasm_bindgen_test;

/// Anvil account #1 (public test key) signs; vector C's authorization is settled.
const KEY_1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
const PAYER: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const PAYEE: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const SIG_C: &str = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";
const NONCE: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";
const RPC: &str = "https://rpc.test";

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap()
}

fn word(hex: &str) -> String {
    format!("0x{hex:0>64}")
}

/// Same transaction as the native `tx` test: viem 2 `signTransaction` gave this raw hex.
#[wasm_bindgen_test]
fn sign_transaction_matches_viem() {
    let data = format!(
        "0xe3ee160e{}{}{}{}{}{}{}{}",
        &word(&PAYER[2..])[2..],
        &word(&PAYEE[2..])[2..],
        &word("1")[2..],
        &word("0")[2..],
        &word("6955b900")[2..],
        &NONCE[2..],
        &word("1b")[2..],
        &SIG_C[2..130]
    );
    let out = parse(&evm_sign_transaction(
        &json!({"privateKey": KEY_1, "chainId": 196, "nonce": 7, "maxPriorityFeePerGas": "1000000",
                "maxFeePerGas": "0x4a817c800", "gas": 120000, "to": USDG, "value": 0, "data": data})
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

fn ledger_json() -> String {
    json!({"x402Version": 2, "payer": PAYER, "nonce": NONCE, "value": "1", "validAfter": "0",
           "validBefore": "1767225600", "network": "eip155:196", "asset": USDG, "resource": "https://x.test/paid",
           "payload": {"signature": SIG_C, "authorization": {"from": PAYER, "to": PAYEE, "value": "1",
               "validAfter": "0", "validBefore": "1767225600", "nonce": NONCE}}})
    .to_string()
}

/// The payment as reconcile rebuilds it from its ledger row, under a direct-settlement config.
fn payment() -> Payment {
    let env = json!({"PAYMENT_RECIPIENT": PAYEE, "X402_PRICE": "1", "X402_SETTLER": "direct", "RPC_URL": format!("{RPC}, https://rpc2.test")}).to_string();
    Payment::try_from_js_value(X402Config::new(&env).ledger_payment(&ledger_json())).expect("a Payment object")
}

fn ok(result: Value) -> String {
    json!({"jsonrpc": "2.0", "id": 1, "result": result}).to_string()
}

fn asks(step: &insforge_edge::wasm::x402::Step, name: &str) -> Value {
    assert_eq!((step.kind().as_str(), step.name().as_str()), ("request", name), "{} {}", step.reason(), step.message());
    let r = parse(&step.request().unwrap());
    assert_eq!(r["url"], RPC, "the first node of RPC_URL");
    r
}

/// A plan fed the node's answers up to the send step; returns the send step's request body
/// and the transaction hash.
fn to_send(plan: &mut Settlement) -> (Value, String) {
    let mut step = plan.next(T);
    for (name, body) in [
        ("chainId", ok(json!("0xc4"))),
        ("authorizationState", ok(json!(word("0")))),
        ("balance", ok(json!(word("5")))),
        ("simulation", ok(json!("0x"))),
    ] {
        asks(&step, name);
        step = plan.answer(200, &body, T);
    }
    // The nonce: the settler's address is known without parsing the request.
    let r = asks(&step, "nonce");
    assert_eq!(parse(r["body"].as_str().unwrap())["params"][0], plan.account());
    step = plan.use_nonce(7.0, T);
    for (name, body) in [("feeHistory", ok(json!({"baseFeePerGas": ["0x1", "0x2"], "reward": [["0x1"]]}))), ("gas", ok(json!("0x186a0")))] {
        asks(&step, name);
        step = plan.answer(200, &body, T);
    }
    let r = asks(&step, "send");
    let hash = step.tx_hash().expect("the hash is known before sending");
    (parse(r["body"].as_str().unwrap()), hash)
}

#[wasm_bindgen_test]
fn plan_walks_to_settled() {
    let p = payment();
    assert_eq!(p.settler(), "direct");
    let mut plan = p.settlement("settle", "", KEY_1);
    assert_eq!(plan.account(), PAYEE, "account #1 settles");
    let (body, hash) = to_send(&mut plan);
    let raw = hex::decode(&body["params"][0].as_str().unwrap()[2..]).unwrap();
    assert_eq!(format!("0x{}", hex::encode(Keccak256::digest(&raw))), hash);
    let step = plan.answer(200, &ok(json!(hash)), T);
    asks(&step, "receipt");
    assert_eq!(step.tx_hash().as_deref(), Some(hash.as_str()));
    // No receipt yet: pending; the next step asks for it again.
    let pending = plan.answer(200, &ok(Value::Null), T);
    assert_eq!((pending.kind().as_str(), pending.tx_hash().as_deref()), ("pending", Some(hash.as_str())));
    asks(&plan.next(T), "receipt");
    let transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    let used = "0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5";
    let authorization = json!({"address": USDG, "topics": [used, word(&PAYER[2..]), NONCE], "data": "0x"});
    let transfer_log = json!({"address": USDG, "topics": [transfer, word(&PAYER[2..]), word(&PAYEE[2..])], "data": word("1")});
    // Our Transfer without our authorization's log proves nothing.
    let lone = plan.answer(200, &ok(json!({"status": "0x1", "logs": [transfer_log.clone()]})), T);
    assert_eq!((lone.kind().as_str(), lone.reason().as_str()), ("failed", "invalid_exact_evm_transfer_event_mismatch"));
    let mut plan = payment().settlement("settle", "", KEY_1);
    let (_, hash) = to_send(&mut plan);
    plan.answer(200, &ok(json!(hash)), T);
    let receipt = json!({"status": "0x1", "logs": [authorization, transfer_log]});
    let settled = plan.answer(200, &ok(receipt), T);
    assert_eq!((settled.kind().as_str(), settled.tx_hash().as_deref(), settled.status(), settled.proof().as_str()), ("settled", Some(hash.as_str()), 0, "receipt"));
    // Nothing waits for an answer any more.
    let late = plan.answer(200, "{}", T);
    assert_eq!((late.kind().as_str(), late.status()), ("failed", 500));
}

#[wasm_bindgen_test]
fn the_paxos_replay_receipt_is_not_a_settlement() {
    let mut plan = payment().settlement("settle", "", KEY_1);
    let (_, hash) = to_send(&mut plan);
    plan.answer(200, &ok(json!(hash)), T);
    // Status 1, AuthorizationAlreadyUsed, no Transfer.
    let used = "0xd309466d0e5c5e3b306abfb2c1e7f3b4318b670dbd1236cc92288848a27384cb";
    let replay = json!({"status": "0x1", "logs": [{"address": USDG, "topics": [used, word(&PAYER[2..]), NONCE], "data": "0x"}]});
    let out = plan.answer(200, &ok(replay), T);
    // Failed: nothing moved (the hash was recorded before the send; a failure carries none).
    assert_eq!((out.kind().as_str(), out.reason().as_str(), out.tx_hash()), ("failed", "invalid_exact_evm_nonce_already_used", None));
    let _ = hash;
}

#[wasm_bindgen_test]
fn out_of_order_and_garbage_never_trap() {
    let p = payment();
    // An answer before any request, a nonce the plan did not ask for.
    let mut plan = p.settlement("settle", "", KEY_1);
    assert_eq!(plan.answer(200, "{}", T).status(), 500);
    assert_eq!(plan.use_nonce(3.0, T).status(), 500);
    asks(&plan.next(T), "chainId");
    assert_eq!(plan.use_nonce(f64::NAN, T).status(), 500, "not at the nonce step");
    // Garbage answers: a 503 failure (nothing was sent), or the wrong chain: a 500.
    let out = plan.answer(200, "<html>", T);
    assert_eq!((out.kind().as_str(), out.status()), ("failed", 503));
    let mut plan = p.settlement("settle", "", KEY_1);
    plan.next(T);
    assert_eq!(plan.answer(200, &ok(json!("0x1")), T).status(), 500);
    let mut plan = p.settlement("settle", "", KEY_1);
    plan.next(T);
    plan.answer(200, &ok(json!("0xc4")), T);
    let out = plan.answer(200, "\u{0}", T);
    assert_eq!(out.kind(), "failed");
    // Bad keys: every step is the failure, and no account.
    for key in ["", "0x12", "junk", &format!("0x{}", "0".repeat(64))] {
        let mut plan = p.settlement("settle", "", key);
        assert_eq!(plan.account(), "");
        for out in [plan.next(T), plan.answer(200, "{}", T), plan.use_nonce(1.0, T)] {
            assert_eq!((out.kind().as_str(), out.status()), ("failed", 500), "{key}");
        }
    }
    for input in ["", "junk", "[]", "{}", r#"{"privateKey":"0x12"}"#] {
        let out = parse(&evm_sign_transaction(input));
        assert_eq!(out["status"], 500, "{input}");
    }
}
