//! The challenge flavor's exported object, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-challenge wasm-pack test --node --release -- --no-default-features --features challenge --test wasm_challenge`.
//! A request without a payment is answered from this flavor alone: the same 402 challenge as
//! the x402 flavor's (both generations, the declared extensions), a configuration error as its
//! 500, garbage never a trap.
#![cfg(all(target_arch = "wasm32", feature = "challenge"))]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use insforge_edge::wasm::challenge::X402Challenge;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

const URL: &str = "https://fn.example/functions/paid";

fn reply(c: &X402Challenge) -> Value {
    serde_json::from_str(&c.reply(URL, "/functions/paid", 1_796_551_200_000.0)).unwrap()
}

#[wasm_bindgen_test]
fn the_challenge_in_both_generations() {
    let keys = X402Challenge::env_keys();
    assert!(keys.split(',').any(|k| k == "PAYMENT_RECIPIENT") && keys.split(',').any(|k| k == "X402_SIWX_SECONDS"));
    let env = json!({"PAYMENT_RECIPIENT": "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "X402_PRICE": "10000", "MOCK_OKX_FACILITATOR": "true", "X402_SIWX_SECONDS": "60", "JWT_SECRET": "k"}).to_string();
    let c = X402Challenge::new(&env);
    let r = reply(&c);
    assert_eq!(r["status"], 402);
    let header = r["headers"].as_array().unwrap().iter().find(|h| h[0] == "PAYMENT-REQUIRED").unwrap()[1].as_str().unwrap().to_owned();
    let v2: Value = serde_json::from_slice(&STANDARD.decode(header).unwrap()).unwrap();
    assert_eq!((v2["x402Version"].as_u64(), v2["accepts"][0]["amount"].as_str(), v2["resource"]["url"].as_str()), (Some(2), Some("10000"), Some(URL)));
    assert!(v2["extensions"]["payment-identifier"].is_object() && v2["extensions"]["sign-in-with-x"]["info"]["domain"] == "fn.example");
    let v1: Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap();
    assert_eq!(v1["x402Version"], 1);
}

#[wasm_bindgen_test]
fn a_bad_configuration_is_its_500_and_garbage_never_traps() {
    for env in ["", "[]", "{}", "{\"X402_PRICE\": \"x\"}"] {
        let r = reply(&X402Challenge::new(env));
        assert_eq!(r["status"], 500, "{env}");
    }
}
