//! The direct-settlement wasm surface (issue 4), run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402 --test wasm_evm`.
//! Native `cargo test` covers every rule; this checks the exports once compiled: JSON in and
//! out, a signature identical to viem's, a full plan walked on canned node answers, and
//! garbage answered with an error object, never a trap.
#![cfg(all(target_arch = "wasm32", feature = "x402"))]

use insforge_edge::wasm::evm::*;
use serde_json::{json, Value};
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
    assert_eq!(bad["error"]["reason"], "invalid_secret");
}

fn payment() -> String {
    json!({"x402Version": 2, "payer": PAYER, "nonce": NONCE, "value": "1", "validAfter": "0",
           "validBefore": "1767225600", "network": "eip155:196", "asset": USDG, "resource": "https://x.test/paid",
           "payload": {"signature": SIG_C, "authorization": {"from": PAYER, "to": PAYEE, "value": "1",
               "validAfter": "0", "validBefore": "1767225600", "nonce": NONCE}}})
    .to_string()
}

fn ok(result: Value) -> String {
    json!({"jsonrpc": "2.0", "id": 1, "result": result}).to_string()
}

#[wasm_bindgen_test]
fn plan_walks_to_settled() {
    let mut state = json!({"privateKey": KEY_1, "chainId": 196, "rpcUrl": RPC, "payment": payment(), "answers": {}});
    let canned = [
        ("chainId", ok(json!("0xc4"))),
        ("authorizationState", ok(json!(word("0")))),
        ("balance", ok(json!(word("5")))),
        ("simulation", ok(json!("0x"))),
        ("nonce", ok(json!("0x7"))),
        ("feeHistory", ok(json!({"baseFeePerGas": ["0x1", "0x2"], "reward": [["0x1"]]}))),
        ("gas", ok(json!("0x186a0"))),
    ];
    for (step, body) in &canned {
        let out = parse(&evm_plan_step(&state.to_string()));
        assert_eq!(out["step"], *step, "{out}");
        assert_eq!(out["request"]["url"], RPC);
        state["answers"][*step] = json!(body);
    }
    let out = parse(&evm_plan_step(&state.to_string()));
    assert_eq!(out["step"], "send");
    let tx = out["tx"].clone();
    assert_eq!((tx["nonce"].as_u64(), tx["gasLimit"].as_u64()), (Some(7), Some(120_000)));
    assert_eq!((tx["maxFeePerGas"].as_str(), tx["maxPriorityFeePerGas"].as_str()), (Some("5"), Some("1")));
    let body = parse(out["request"]["body"].as_str().unwrap());
    let raw = hex::decode(&body["params"][0].as_str().unwrap()[2..]).unwrap();
    assert_eq!(format!("0x{}", hex::encode(Keccak256::digest(&raw))), tx["hash"].as_str().unwrap());
    state["answers"]["send"] = json!(ok(tx["hash"].clone()));
    assert_eq!(parse(&evm_plan_step(&state.to_string()))["step"], "receipt");
    state["answers"]["receipt"] = json!(ok(Value::Null));
    assert_eq!(parse(&evm_plan_step(&state.to_string()))["outcome"], "pending");
    let transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    let receipt = json!({"status": "0x1", "logs": [{"address": USDG, "topics": [transfer, word(&PAYER[2..]), word(&PAYEE[2..])], "data": word("1")}]});
    state["answers"]["receipt"] = json!(ok(receipt));
    let out = parse(&evm_plan_step(&state.to_string()));
    assert_eq!((&out["outcome"], &out["txHash"], &out["tx"]["hash"]), (&json!("settled"), &tx["hash"], &tx["hash"]));
    // The Paxos replay receipt: status 1, AuthorizationAlreadyUsed, no Transfer.
    let used = "0xd309466d0e5c5e3b306abfb2c1e7f3b4318b670dbd1236cc92288848a27384cb";
    let replay = json!({"status": "0x1", "logs": [{"address": USDG, "topics": [used, word(&PAYER[2..]), NONCE], "data": "0x"}]});
    state["answers"]["receipt"] = json!(ok(replay));
    let out = parse(&evm_plan_step(&state.to_string()));
    assert_eq!((&out["outcome"], &out["error"]["reason"]), (&json!("failed"), &json!("invalid_exact_evm_nonce_already_used")));
    // Verify mode ends after the simulation.
    state["mode"] = json!("verify");
    assert_eq!(parse(&evm_plan_step(&state.to_string()))["outcome"], "verified");
}

#[wasm_bindgen_test]
fn domain_check() {
    let req = parse(&evm_domain_check(&json!({"rpcUrl": RPC, "chainId": 196, "asset": USDG}).to_string()));
    let calls: Vec<_> = req["requests"].as_array().unwrap().iter().map(|r| r["call"].as_str().unwrap().to_owned()).collect();
    assert_eq!(calls, ["name", "version", "domainSeparator", "eip712Domain"]);
    let string = |s: &str| ok(json!(format!("0x{}{}{:0<64}", &word("20")[2..], &word(&format!("{:x}", s.len()))[2..], hex::encode(s))));
    let answers = json!({"name": string("Global Dollar"), "version": string("1"),
        "domainSeparator": ok(json!("0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743"))});
    let r = parse(&evm_domain_check(&json!({"chainId": 196, "asset": USDG, "name": "USDG", "version": "2", "answers": answers}).to_string()));
    assert_eq!((&r["match"]["name"], &r["match"]["version"]), (&json!("Global Dollar"), &json!("1")));
    assert_eq!(r["candidates"][0]["matches"], false);
    assert_eq!(r["eip712Domain"], Value::Null);
}

#[wasm_bindgen_test]
fn garbage_never_traps() {
    for input in ["", "junk", "[]", "{}", r#"{"privateKey":"0x12"}"#, r#"{"privateKey":"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d","payment":"{}"}"#] {
        assert_eq!(parse(&evm_plan_step(input))["outcome"], "failed", "{input}");
        assert!(parse(&evm_sign_transaction(input))["error"].is_object(), "{input}");
        assert!(parse(&evm_domain_check(input))["error"].is_object(), "{input}");
    }
    let mut state = json!({"privateKey": KEY_1, "chainId": 196, "rpcUrl": RPC, "payment": payment(),
        "answers": {"chainId": "<html>", "authorizationState": "\u{0}", "receipt": "{\"result\":{\"logs\":7}}"}});
    let out = parse(&evm_plan_step(&state.to_string()));
    assert_eq!((&out["outcome"], &out["retryable"]), (&json!("failed"), &json!(true)));
    state["answers"]["chainId"] = json!(ok(json!("0x1")));
    assert_eq!(parse(&evm_plan_step(&state.to_string()))["error"]["status"], 500);
}
