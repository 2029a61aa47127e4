//! The wallet bridge's exported objects, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-wallet wasm-pack test --node --release -- --no-default-features --features wallet --test wasm_wallet`.
//! Native `cargo test` covers every rule; this checks the exported objects once compiled to
//! WebAssembly: one `WalletBridge` serves many requests, each a `WalletRequest` whose effects
//! (JSON) JS performs; a message signed here (k256, RFC 6979, like viem) signs in; garbage
//! (env, body, answers) never traps.
#![cfg(all(target_arch = "wasm32", feature = "wallet"))]

use insforge_edge::wasm::wallet::*;
use k256::ecdsa::SigningKey;
use serde_json::{json, Value};
use sha3::{Digest, Keccak256};
use wasm_bindgen_test::wasm_bindgen_test;

/// A public test key (anvil #0) and its checksummed address.
const KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const ADDRESS: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
/// 2026-12-06T10:00:00Z in ms.
const NOW_MS: f64 = 1_796_551_200_000.0;
const NONCE: &str = "0123456789abcdef0123456789abcdef";

fn env() -> String {
    json!({"JWT_SECRET": "a-string-secret-at-least-256-bits-long", "SIWE_DOMAIN": "app.example", "SIWE_CHAIN_IDS": "196"}).to_string()
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap()
}

fn message() -> String {
    format!("app.example wants you to sign in with your Ethereum account:\n{ADDRESS}\n\n\nURI: https://app.example\nVersion: 1\nChain ID: 196\nNonce: {NONCE}\nIssued At: 2026-12-06T09:59:50.000Z")
}

/// personal_sign, built independently of the crate.
fn sign(text: &str) -> String {
    let mut data = format!("\x19Ethereum Signed Message:\n{}", text.len()).into_bytes();
    data.extend_from_slice(text.as_bytes());
    let digest: [u8; 32] = Keccak256::digest(&data).into();
    let key = SigningKey::from_slice(&hex::decode(KEY).unwrap()).unwrap();
    let (sig, recid) = key.sign_prehash_recoverable(&digest).unwrap();
    let mut bytes = sig.to_bytes().to_vec();
    bytes.push(27 + u8::from(recid.is_y_odd()));
    format!("0x{}", hex::encode(bytes))
}

#[wasm_bindgen_test]
fn a_nonce_then_a_sign_in_cross_as_effects() {
    let keys = WalletBridge::env_keys();
    assert!(keys.split(',').any(|k| k == "SIWE_DOMAIN") && keys.split(',').any(|k| k == "JWT_SECRET"));
    let bridge = WalletBridge::new(&env());
    let mut get = bridge.begin("GET", None, String::new(), NONCE.into(), Some(ADDRESS.to_ascii_lowercase()));
    let e = parse(&get.start(NOW_MS));
    assert_eq!((e["kind"].as_str(), e["call"].as_str(), e["args"]["p_nonce"].as_str()), (Some("ledger"), Some("wallet_bridge_issue_nonce"), Some(NONCE)));
    let e = parse(&get.resume(200, "true", NOW_MS));
    assert_eq!((e["kind"].as_str(), e["reply"]["status"].as_u64()), (Some("respond"), Some(200)));
    let body = parse(e["reply"]["body"].as_str().unwrap());
    assert_eq!((body["nonce"].as_str(), body["chainId"].as_u64(), body["issuedAt"].as_str(), body["address"].as_str()), (Some(NONCE), Some(196), Some("2026-12-06T10:00:00Z"), Some(ADDRESS)));

    // The same bridge, another request: a signed message takes its nonce, then the token.
    let text = message();
    let req = json!({"message": text, "signature": sign(&text)}).to_string();
    let mut post = bridge.begin("POST", Some("https://app.example".into()), req, NONCE.into(), None);
    let e = parse(&post.start(NOW_MS));
    assert_eq!((e["call"].as_str(), e["args"]["p_nonce"].as_str()), (Some("wallet_bridge_take_nonce"), Some(NONCE)));
    let e = parse(&post.resume(200, "true", NOW_MS));
    let body = parse(e["reply"]["body"].as_str().unwrap());
    assert_eq!((e["reply"]["status"].as_u64(), body["user"]["id"].as_str(), body["tokenType"].as_str()), (Some(200), Some(ADDRESS), Some("Bearer")));
}

#[wasm_bindgen_test]
fn garbage_never_traps() {
    for bad_env in ["", "[]", "{\"JWT_SECRET\": 7}", "{}"] {
        let mut r = WalletBridge::new(bad_env).begin("GET", None, String::new(), NONCE.into(), None);
        let e = parse(&r.start(NOW_MS));
        assert_eq!(e["reply"]["status"].as_u64(), Some(500), "{bad_env}");
    }
    let bridge = WalletBridge::new(&env());
    for body in ["", "{", "[1]", "{\"message\":\"\\u0000\",\"signature\":\"0x\"}", &"9".repeat(100_000)] {
        let mut r = bridge.begin("POST", None, body.into(), String::new(), None);
        let e = parse(&r.start(NOW_MS));
        assert_eq!(e["reply"]["status"].as_u64(), Some(400), "{}", &body[..body.len().min(40)]);
    }
    // Answers out of order or after the end: a reply, never a trap.
    let mut r = bridge.begin("GET", None, String::new(), "short".into(), None);
    assert_eq!(parse(&r.start(NOW_MS))["reply"]["status"].as_u64(), Some(400));
    assert_eq!(parse(&r.resume(200, "garbage", f64::NAN))["kind"].as_str(), Some("respond"));
}
