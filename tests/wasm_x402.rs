//! The x402 wasm-bindgen surface, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402 --test wasm_x402`.
//! Native `cargo test` covers every rule; this checks that the exports behave the same once
//! compiled to WebAssembly: JSON in and out, spec vector C verifies, refusals are 402s with a
//! reason, OKX requests are signed over the exact body, and garbage never traps.
//!
//! Payments are built here independently of the crate: EIP-712 hashing with `sha3`, signing
//! with `k256` (RFC 6979, like viem/ethers), base64 and JSON with `base64`/`serde_json`.
#![cfg(all(target_arch = "wasm32", feature = "x402"))]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use insforge_edge::wasm::x402::*;
use k256::ecdsa::SigningKey;
use serde_json::{json, Value};
use sha2::Sha256;
use sha3::{Digest, Keccak256};
use wasm_bindgen_test::wasm_bindgen_test;

/// Vector C (spec §4): the well-known test key and its address.
const KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const PAYER: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const RECIPIENT: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const OTHER: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
const VALID_BEFORE: u64 = 1_767_225_600;
/// 60 s before vector C's validBefore: inside the default maxTimeoutSeconds (60).
const NOW: f64 = (VALID_BEFORE - 60) as f64;
const VECTOR_C_DIGEST: &str = "0xa2ba9bc117baa37817777584e969572ed629da356f92c42455561d4ea898d4c4";
const VECTOR_C_SIGNATURE: &str = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";
const URL: &str = "https://x.test/functions/paid";
/// 2026-03-30T10:00:00.000Z (the spec's HMAC vector timestamp), in ms.
const T_MS: f64 = 1_774_864_800_000.0;
const TX: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";
const N: &str = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

fn env_with(extra: Value) -> String {
    let mut e = json!({
        "PAYMENT_RECIPIENT": RECIPIENT,
        "X402_PRICE": "1",
        "OKX_API_KEY": "key",
        "OKX_SECRET_KEY": "test-secret",
        "OKX_PASSPHRASE": "pass",
    });
    for (k, v) in extra.as_object().unwrap() {
        if v.is_null() {
            e.as_object_mut().unwrap().remove(k);
        } else {
            e[k] = v.clone();
        }
    }
    e.to_string()
}

fn env() -> String {
    env_with(json!({}))
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|_| panic!("exports always answer JSON: {s}"))
}

fn header<'a>(headers: &'a Value, name: &str) -> Option<&'a str> {
    headers.as_array()?.iter().find(|p| p[0].as_str().is_some_and(|k| k.eq_ignore_ascii_case(name)))?[1].as_str()
}

fn b64json(v: &Value) -> String {
    STANDARD.encode(v.to_string())
}

fn unb64json(s: &str) -> Value {
    serde_json::from_slice(&STANDARD.decode(s).expect("standard base64")).expect("JSON inside")
}

fn keccak(parts: &[&[u8]]) -> [u8; 32] {
    let mut h = Keccak256::new();
    for p in parts {
        h.update(p);
    }
    h.finalize().into()
}

fn word_u64(n: u64) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[24..].copy_from_slice(&n.to_be_bytes());
    w
}

fn word_addr(a: &str) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[12..].copy_from_slice(&hex::decode(a.trim_start_matches("0x")).unwrap());
    w
}

fn word_hex(h: &str) -> [u8; 32] {
    hex::decode(h.trim_start_matches("0x")).unwrap().try_into().unwrap()
}

#[derive(Clone)]
struct Auth {
    from: String,
    to: String,
    value: u64,
    valid_after: u64,
    valid_before: u64,
    nonce: String,
}

/// Vector C's authorization: value 1, validAfter 0, nonce 0x11…11.
fn vector_c() -> Auth {
    Auth {
        from: PAYER.into(),
        to: RECIPIENT.into(),
        value: 1,
        valid_after: 0,
        valid_before: VALID_BEFORE,
        nonce: format!("0x{}", "11".repeat(32)),
    }
}

impl Auth {
    fn json(&self) -> Value {
        json!({
            "from": self.from, "to": self.to, "value": self.value.to_string(),
            "validAfter": self.valid_after.to_string(), "validBefore": self.valid_before.to_string(),
            "nonce": self.nonce,
        })
    }

    /// EIP-712 digest of TransferWithAuthorization for (name, version, chainId, asset), spec §4.
    fn digest(&self, name: &str, version: &str, chain_id: u64, asset: &str) -> [u8; 32] {
        let domain_type = keccak(&[b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"]);
        let domain = keccak(&[&domain_type, &keccak(&[name.as_bytes()]), &keccak(&[version.as_bytes()]), &word_u64(chain_id), &word_addr(asset)]);
        let twa = keccak(&[b"TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"]);
        let st = keccak(&[
            &twa,
            &word_addr(&self.from),
            &word_addr(&self.to),
            &word_u64(self.value),
            &word_u64(self.valid_after),
            &word_u64(self.valid_before),
            &word_hex(&self.nonce),
        ]);
        keccak(&[b"\x19\x01", &domain, &st])
    }

    /// 65-byte r‖s‖v signature (v = 27/28) with the test key, for USDG on X Layer by default.
    fn sign(&self) -> String {
        self.sign_for("Global Dollar", "1", 196, USDG)
    }

    fn sign_for(&self, name: &str, version: &str, chain_id: u64, asset: &str) -> String {
        let key = SigningKey::from_slice(&hex::decode(KEY).unwrap()).unwrap();
        let (sig, recid) = key.sign_prehash_recoverable(&self.digest(name, version, chain_id, asset)).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + recid.to_byte());
        format!("0x{}", hex::encode(bytes))
    }
}

fn payload(a: &Auth, signature: &str) -> Value {
    json!({"signature": signature, "authorization": a.json()})
}

fn v1_header(a: &Auth, signature: &str, network: &str) -> String {
    b64json(&json!({"x402Version": 1, "scheme": "exact", "network": network, "payload": payload(a, signature)}))
}

fn accepted() -> Value {
    json!({
        "scheme": "exact", "network": "eip155:196", "amount": "1", "asset": USDG, "payTo": RECIPIENT,
        "maxTimeoutSeconds": 60, "extra": {"name": "Global Dollar", "version": "1"},
    })
}

fn v2_header_with(a: &Auth, signature: &str, accepted: Value) -> String {
    b64json(&json!({"x402Version": 2, "resource": {"url": URL}, "accepted": accepted, "payload": payload(a, signature)}))
}

fn v2_header(a: &Auth, signature: &str) -> String {
    v2_header_with(a, signature, accepted())
}

/// The summary of a verified vector C payment (what JS hands back to later exports).
fn paid_json() -> String {
    let a = vector_c();
    let out = parse(&x402_verify(&env(), &v2_header(&a, &a.sign()), "", URL, NOW));
    assert_eq!(out["ok"], true, "{out}");
    out["payment"].to_string()
}

/// `x402_verify` answered with a refusal: 402, reason in the v1 body and in PAYMENT-REQUIRED.
fn refused(out: &str) -> String {
    let v = parse(out);
    assert_eq!(v["ok"], false, "{v}");
    assert_eq!(v["reply"]["status"], 402, "{v}");
    let body = parse(v["reply"]["body"].as_str().unwrap());
    let reason = body["error"].as_str().unwrap().to_owned();
    let required = unb64json(header(&v["reply"]["headers"], "PAYMENT-REQUIRED").unwrap());
    assert_eq!(required["error"], reason.as_str());
    assert_eq!(body["accepts"][0]["maxAmountRequired"], "1");
    reason
}

/// n − s on 32-byte big-endian words (the EIP-2 "high-s twin" of a signature).
fn n_minus(s: &[u8]) -> [u8; 32] {
    let n: [u8; 32] = hex::decode(N).unwrap().try_into().unwrap();
    let mut out = [0u8; 32];
    let mut borrow = 0i16;
    for i in (0..32).rev() {
        let mut d = i16::from(n[i]) - i16::from(s[i]) - borrow;
        borrow = i16::from(d < 0);
        if d < 0 {
            d += 256;
        }
        out[i] = d as u8;
    }
    out
}

/// The payload exactly as the crate writes it (serde_json here sorts keys).
fn payload_text(a: &Auth, signature: &str) -> String {
    format!(
        r#"{{"signature":"{signature}","authorization":{{"from":"{}","to":"{}","value":"{}","validAfter":"{}","validBefore":"{}","nonce":"{}"}}}}"#,
        a.from, a.to, a.value, a.valid_after, a.valid_before, a.nonce
    )
}

fn hmac_b64(secret: &str, prehash: &str) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    m.update(prehash.as_bytes());
    STANDARD.encode(m.finalize().into_bytes())
}

// ---------------------------------------------------------------------------------------

#[wasm_bindgen_test]
fn env_keys_name_the_secrets() {
    let keys = x402_env_keys();
    let keys: Vec<&str> = keys.split(',').collect();
    for k in ["PAYMENT_RECIPIENT", "X402_PRICE", "X402_NETWORK", "X402_ASSET", "X402_MAX_TIMEOUT_SECONDS", "OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE", "MOCK_OKX_FACILITATOR"] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert!(keys.iter().all(|k| !k.is_empty() && k.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')));
}

#[wasm_bindgen_test]
fn challenge_has_v2_header_and_v1_body() {
    let out = parse(&x402_challenge(&env_with(json!({"X402_PRICE": "1000"})), URL));
    assert_eq!(out["ok"], false);
    assert!(out["error"].is_null(), "a plain challenge is not an error: {out}");
    let reply = &out["reply"];
    assert_eq!(reply["status"], 402);
    let h = header(&reply["headers"], "PAYMENT-REQUIRED").expect("PAYMENT-REQUIRED");
    assert!(h.bytes().all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c)));
    let v2 = unb64json(h);
    assert_eq!(v2["x402Version"], 2);
    assert_eq!(v2["resource"]["url"], URL);
    let acc = &v2["accepts"][0];
    assert_eq!(acc["scheme"], "exact");
    assert_eq!(acc["network"], "eip155:196");
    assert_eq!(acc["amount"], "1000");
    assert_eq!(acc["payTo"].as_str().unwrap().to_lowercase(), RECIPIENT.to_lowercase());
    assert_eq!(acc["asset"], USDG);
    assert_eq!(acc["maxTimeoutSeconds"], 60);
    assert_eq!(acc["extra"], json!({"name": "Global Dollar", "version": "1"}));
    let expose = header(&reply["headers"], "Access-Control-Expose-Headers").unwrap();
    for n in ["PAYMENT-REQUIRED", "PAYMENT-RESPONSE", "X-PAYMENT-RESPONSE"] {
        assert!(expose.contains(n), "{expose}");
    }
    let v1 = parse(reply["body"].as_str().unwrap());
    assert_eq!(v1["x402Version"], 1);
    assert!(v1["error"].as_str().is_some_and(|e| !e.is_empty()));
    let r1 = &v1["accepts"][0];
    assert_eq!(r1["maxAmountRequired"], "1000");
    assert_eq!(r1["resource"], URL);
    assert_eq!(r1["asset"], USDG);
    assert_eq!(r1["extra"]["name"], "Global Dollar");
    assert_eq!(r1["extra"]["version"], "1");
}

#[wasm_bindgen_test]
fn challenge_names_configuration_errors() {
    let out = parse(&x402_challenge(&env_with(json!({"OKX_SECRET_KEY": null})), URL));
    assert_eq!(out["error"]["status"], 500);
    assert_eq!(out["error"]["reason"], "missing_secret");
    assert_eq!(out["reply"]["status"], 500);
    let out = parse(&x402_challenge(&env_with(json!({"X402_PRICE": "1.5"})), URL));
    assert_eq!(out["error"]["reason"], "invalid_secret");
    assert!(!out.to_string().contains("1.5"), "secret values are never echoed");
    let out = parse(&x402_challenge("not json", URL));
    assert_eq!(out["reply"]["status"], 500);
    // Mock mode needs no OKX keys.
    let mock = env_with(json!({"MOCK_OKX_FACILITATOR": "true", "OKX_API_KEY": null, "OKX_SECRET_KEY": null, "OKX_PASSPHRASE": null}));
    assert_eq!(parse(&x402_challenge(&mock, URL))["reply"]["status"], 402);
}

#[wasm_bindgen_test]
fn vector_c_digest_and_signature() {
    let a = vector_c();
    assert_eq!(format!("0x{}", hex::encode(a.digest("Global Dollar", "1", 196, USDG))), VECTOR_C_DIGEST);
    assert_eq!(a.sign(), VECTOR_C_SIGNATURE, "k256 RFC 6979 reproduces the spec's signature");
}

#[wasm_bindgen_test]
fn vector_c_verifies_as_v1_and_v2() {
    let a = vector_c();
    let cases = [
        (v2_header(&a, VECTOR_C_SIGNATURE), String::new(), 2),
        (String::new(), v1_header(&a, VECTOR_C_SIGNATURE, "eip155:196"), 1),
        (String::new(), v1_header(&a, VECTOR_C_SIGNATURE, "x-layer"), 1),
        // InsForge's guide: a v1 payload under the v2 header name.
        (v1_header(&a, VECTOR_C_SIGNATURE, "eip155:196"), String::new(), 1),
    ];
    for (ps, xp, version) in &cases {
        let out = parse(&x402_verify(&env(), ps, xp, URL, NOW));
        assert_eq!(out["ok"], true, "{out}");
        assert_eq!(out["facilitator"], "okx");
        let p = &out["payment"];
        assert_eq!(p["x402Version"], *version);
        assert_eq!(p["payer"], PAYER);
        assert_eq!(p["nonce"], format!("0x{}", "11".repeat(32)));
        assert_eq!(p["value"], "1");
        assert_eq!(p["validAfter"], "0");
        assert_eq!(p["validBefore"], VALID_BEFORE.to_string());
        assert_eq!(p["network"], "eip155:196");
        assert_eq!(p["asset"], USDG);
        assert_eq!(p["resource"], URL);
        assert_eq!(p["payload"], payload(&a, VECTOR_C_SIGNATURE), "forwarded unchanged");
    }
    // PAYMENT-SIGNATURE wins over X-PAYMENT.
    let out = parse(&x402_verify(&env(), &v2_header(&a, VECTOR_C_SIGNATURE), "garbage", URL, NOW));
    assert_eq!(out["ok"], true);
    // Mock mode reports itself.
    let mock = env_with(json!({"MOCK_OKX_FACILITATOR": "true"}));
    assert_eq!(parse(&x402_verify(&mock, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW))["facilitator"], "mock");
}

#[wasm_bindgen_test]
fn freshly_signed_payments_verify() {
    // A different authorization than the vector, signed here: the rules, not a memorised answer.
    let mut a = vector_c();
    a.value = 250_000;
    a.valid_after = NOW as u64 - 5;
    a.valid_before = NOW as u64 + 50;
    a.nonce = format!("0x{}", "c0ffee".repeat(11).get(..64).unwrap());
    let e = env_with(json!({"X402_PRICE": "250000"}));
    let mut acc = accepted();
    acc["amount"] = json!("250000");
    let out = parse(&x402_verify(&e, &v2_header_with(&a, &a.sign(), acc), "", URL, NOW));
    assert_eq!(out["ok"], true, "{out}");
    assert_eq!(out["payment"]["value"], "250000");
}

#[wasm_bindgen_test]
fn no_payment_is_a_plain_challenge() {
    let out = parse(&x402_verify(&env(), "", "", URL, NOW));
    assert_eq!(out["ok"], false);
    assert!(out["error"].is_null());
    assert_eq!(out["reply"]["status"], 402);
}

#[wasm_bindgen_test]
fn refusals_are_402_with_a_reason() {
    let a = vector_c();
    let good = a.sign();
    let verify = |ps: &str, now: f64| refused(&x402_verify(&env(), ps, "", URL, now));

    assert_eq!(verify("not base64!!", NOW), "invalid_payload");
    assert_eq!(verify(&STANDARD.encode("{not json"), NOW), "invalid_payload");
    // Padding is required: pad the JSON so its base64 ends in "==", then strip it.
    let mut text = json!({"x402Version": 1, "scheme": "exact", "network": "eip155:196", "payload": payload(&a, &good)}).to_string();
    while text.len() % 3 != 1 {
        text.push(' ');
    }
    let padded = STANDARD.encode(&text);
    assert!(padded.ends_with("=="));
    assert_eq!(parse(&x402_verify(&env(), &padded, "", URL, NOW))["ok"], true);
    assert_eq!(verify(padded.trim_end_matches('='), NOW), "invalid_payload", "padding is required");
    assert_eq!(verify(&b64json(&json!({"x402Version": 3, "scheme": "exact", "network": "eip155:196", "payload": payload(&a, &good)})), NOW), "invalid_x402_version");

    // Wrong network: v1 network field, and v2 accepted.network.
    assert_eq!(verify(&v1_header(&a, &good, "eip155:8453"), NOW), "invalid_network");
    let mut acc = accepted();
    acc["network"] = json!("base");
    assert_eq!(verify(&v2_header_with(&a, &good, acc), NOW), "invalid_network");
    let mut acc = accepted();
    acc["scheme"] = json!("upto");
    assert_eq!(verify(&v2_header_with(&a, &good, acc), NOW), "invalid_scheme");

    // Wrong payTo: signed correctly, but to someone else (and v2 accepted.payTo alone).
    let mut other = a.clone();
    other.to = OTHER.into();
    assert_eq!(verify(&v2_header(&other, &other.sign()), NOW), "invalid_exact_evm_payload_recipient_mismatch");
    let mut acc = accepted();
    acc["payTo"] = json!(OTHER);
    assert_eq!(verify(&v2_header_with(&a, &good, acc), NOW), "invalid_exact_evm_payload_recipient_mismatch");

    // Amount: exactly equal.
    let mut more = a.clone();
    more.value = 2;
    assert_eq!(verify(&v1_header(&more, &more.sign(), "eip155:196"), NOW), "invalid_exact_evm_payload_authorization_value");

    // Time: expired (less than 6 s left), too far, not yet valid.
    let late = (VALID_BEFORE - 5) as f64;
    assert_eq!(verify(&v2_header(&a, &good), late), "invalid_exact_evm_payload_authorization_valid_before");
    assert_eq!(verify(&v2_header(&a, &good), (VALID_BEFORE + 100) as f64), "invalid_exact_evm_payload_authorization_valid_before");
    assert_eq!(verify(&v2_header(&a, &good), NOW - 10.0), "invalid_exact_evm_payload_authorization_valid_before", "beyond maxTimeoutSeconds");
    let mut future = a.clone();
    future.valid_after = NOW as u64 + 10;
    assert_eq!(verify(&v2_header(&future, &future.sign()), NOW), "invalid_exact_evm_payload_authorization_valid_after");

    // Signatures: high-s twin, bad v, wrong domain, wrong signer, smart-wallet length.
    let sig = hex::decode(&good[2..]).unwrap();
    let mut twin = sig[..32].to_vec();
    twin.extend_from_slice(&n_minus(&sig[32..64]));
    twin.push(if sig[64] == 27 { 28 } else { 27 });
    assert_eq!(verify(&v2_header(&a, &format!("0x{}", hex::encode(&twin))), NOW), "invalid_exact_evm_payload_signature");
    assert_eq!(verify(&v2_header(&a, &format!("{}1d", &good[..130])), NOW), "invalid_exact_evm_payload_signature");
    let usdg_v2 = a.sign_for("Global Dollar", "2", 196, USDG);
    assert_eq!(verify(&v2_header(&a, &usdg_v2), NOW), "invalid_exact_evm_payload_signature");
    let mut claim = a.clone();
    claim.from = OTHER.into();
    assert_eq!(verify(&v2_header(&claim, &good), NOW), "invalid_exact_evm_payload_signature");
    assert_eq!(verify(&v2_header(&a, &format!("{good}{}", "ab".repeat(40))), NOW), "invalid_exact_evm_payload_signature");

    // Nonce must be 32 bytes.
    let mut short = a.clone();
    short.nonce = "0x1234".into();
    assert_eq!(verify(&v2_header(&short, &good), NOW), "invalid_payload");
}

#[wasm_bindgen_test]
fn oversized_header_is_431() {
    let big = "A".repeat(64 * 1024);
    let out = parse(&x402_verify(&env(), &big, "", URL, NOW));
    assert_eq!(out["ok"], false);
    assert_eq!(out["reply"]["status"], 431, "{out}");
}

#[wasm_bindgen_test]
fn okx_requests_current_generation() {
    let paid = paid_json();
    for (op, path, sync) in [("verify", "/api/v6/pay/x402/verify", None), ("settle", "/api/v6/pay/x402/settle", Some(true))] {
        let out = parse(&x402_okx_request(&env(), op, &paid, T_MS));
        assert_eq!(out["ok"], true, "{out}");
        let r = &out["request"];
        assert_eq!(r["method"], "POST");
        assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
        let h = &r["headers"];
        assert_eq!(header(h, "Content-Type"), Some("application/json"));
        assert_eq!(header(h, "OK-ACCESS-KEY"), Some("key"));
        assert_eq!(header(h, "OK-ACCESS-PASSPHRASE"), Some("pass"));
        assert_eq!(header(h, "OK-ACCESS-TIMESTAMP"), Some("2026-03-30T10:00:00.000Z"));
        let body = r["body"].as_str().unwrap();
        assert_eq!(header(h, "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000Z{}{path}{body}", "POST")));
        let acc = format!(
            r#"{{"scheme":"exact","network":"eip155:196","amount":"1","asset":"{USDG}","payTo":"{}","maxTimeoutSeconds":60,"extra":{{"name":"Global Dollar","version":"1"}}}}"#,
            RECIPIENT.to_lowercase()
        );
        let expected = format!(
            r#"{{"x402Version":2,"paymentPayload":{{"x402Version":2,"resource":{{"url":"{URL}","mimeType":"application/json"}},"accepted":{acc},"payload":{}}},"paymentRequirements":{acc}{}}}"#,
            payload_text(&vector_c(), VECTOR_C_SIGNATURE),
            sync.map_or(String::new(), |s| format!(r#","syncSettle":{s}"#)),
        );
        assert_eq!(body, expected, "exact body");
    }
    // Status poll: GET, empty body, signed path with query.
    let out = parse(&x402_okx_request(&env(), "status", TX, T_MS));
    let r = &out["request"];
    let path = format!("/api/v6/pay/x402/settle/status?txHash={TX}");
    assert_eq!((r["method"].as_str(), r["body"].as_str()), (Some("GET"), Some("")));
    assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
    assert_eq!(header(&r["headers"], "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000ZGET{path}")));
    // A malformed hash never reaches the query string.
    let out = parse(&x402_okx_request(&env(), "status", "0xabc&x=1", T_MS));
    assert_eq!(out["ok"], false);
    // The spec's HMAC vector, through a custom base URL to show the path is what is signed.
    let e = env_with(json!({"OKX_BASE_URL": "http://127.0.0.1:8787/"}));
    let r = parse(&x402_okx_request(&e, "verify", &paid, T_MS));
    assert!(r["request"]["url"].as_str().unwrap().starts_with("http://127.0.0.1:8787/api/v6/pay/x402/verify"));
    assert_eq!(hmac_b64("test-secret", r#"2026-03-30T10:00:00.000ZPOST/api/v6/pay/x402/verify{"x402Version":2}"#), "IU7Xnpn/mkL/qzwrNQxP8V28HRrHvREgguTaXzTA0gs=");
}

#[wasm_bindgen_test]
fn okx_requests_legacy_generation() {
    let paid = paid_json();
    let e = env_with(json!({"OKX_API": "legacy"}));
    for (op, sync) in [("verify", None), ("settle", Some(true))] {
        let out = parse(&x402_okx_request(&e, op, &paid, T_MS));
        let r = &out["request"];
        let path = format!("/api/v6/x402/{op}");
        assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
        let body = r["body"].as_str().unwrap();
        assert_eq!(header(&r["headers"], "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000ZPOST{path}{body}")));
        let req = format!(
            r#"{{"scheme":"exact","network":"eip155:196","maxAmountRequired":"1","resource":"{URL}","description":"","mimeType":"application/json","payTo":"{}","maxTimeoutSeconds":60,"asset":"{USDG}","extra":{{"name":"Global Dollar","version":"1"}}}}"#,
            RECIPIENT.to_lowercase()
        );
        let expected = format!(
            r#"{{"x402Version":1,"chainIndex":"196","paymentPayload":{{"x402Version":1,"scheme":"exact","network":"eip155:196","payload":{}}},"paymentRequirements":{req}{}}}"#,
            payload_text(&vector_c(), VECTOR_C_SIGNATURE),
            sync.map_or(String::new(), |s| format!(r#","syncSettle":{s}"#)),
        );
        assert_eq!(body, expected, "exact body");
    }
    let out = parse(&x402_okx_request(&e, "status", TX, T_MS));
    assert_eq!(out["ok"], false, "legacy has no status endpoint");
    assert_eq!(out["error"]["status"], 500);
    assert_eq!(parse(&x402_okx_request(&e, "refund", &paid, T_MS))["ok"], false);
}

#[wasm_bindgen_test]
fn okx_parse_both_generations() {
    let payer = PAYER;
    let cases: Vec<(&str, u16, String, Value)> = vec![
        ("verify", 200, json!({"code": "0", "msg": "", "data": {"isValid": true, "payer": payer, "invalidReason": null}}).to_string(), json!({"outcome": "verified", "payer": payer})),
        ("verify", 200, json!({"code": 0, "msg": "", "data": [{"isValid": true, "payer": payer}]}).to_string(), json!({"outcome": "verified", "payer": payer})),
        ("settle", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "network": "eip155:196", "payer": payer, "status": "success"}}).to_string(), json!({"outcome": "settled", "txHash": TX})),
        ("settle", 200, json!({"code": "0", "data": [{"success": true, "txHash": TX, "payer": payer, "chainIndex": "196", "chainName": "X Layer"}]}).to_string(), json!({"outcome": "settled", "txHash": TX})),
        ("settle", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "pending"}}).to_string(), json!({"outcome": "pending", "txHash": TX})),
        ("status", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "success"}}).to_string(), json!({"outcome": "settled", "txHash": TX})),
    ];
    for (op, status, body, expected) in cases {
        assert_eq!(parse(&x402_okx_parse(op, status, &body)), expected, "{op} {body}");
    }
    let failed = |op: &str, status: u16, body: &str| {
        let v = parse(&x402_okx_parse(op, status, body));
        assert_eq!(v["outcome"], "failed", "{v}");
        (v["error"]["reason"].as_str().unwrap().to_owned(), v["error"]["status"].as_u64().unwrap(), v["retryable"].as_bool().unwrap())
    };
    let refusal = json!({"code": "0", "data": {"isValid": false, "invalidReason": "amount mismatch"}}).to_string();
    assert_eq!(failed("verify", 200, &refusal), ("invalid_exact_evm_payload_authorization_value".into(), 402, false));
    let refusal = json!({"code": 0, "data": [{"success": false, "errorMsg": "nonce_used"}]}).to_string();
    assert_eq!(failed("settle", 200, &refusal).0, "invalid_exact_evm_nonce_already_used");
    let (reason, status, retry) = failed("verify", 429, r#"{"code":"50011","msg":"Too Many Requests","data":null}"#);
    assert_eq!((reason.as_str(), status, retry), ("unexpected_verify_error", 503, true));
    let (reason, status, retry) = failed("settle", 200, r#"{"code":"50113","msg":"Invalid Sign","data":null}"#);
    assert_eq!((reason.as_str(), status, retry), ("unexpected_settle_error", 502, false));
    assert!(failed("settle", 0, "").2, "no answer at all is retryable");
    assert!(failed("settle", 502, "<html>bad gateway</html>").2);
    assert_eq!(parse(&x402_okx_parse("nope", 200, "{}"))["ok"], false);
}

#[wasm_bindgen_test]
fn paid_headers_and_ledger_row() {
    let paid = paid_json();
    let out = parse(&x402_paid(&paid, TX, "/functions/paid"));
    let h = &out["headers"];
    let pr = header(h, "PAYMENT-RESPONSE").unwrap();
    assert_eq!(header(h, "X-PAYMENT-RESPONSE"), Some(pr));
    let settled = unb64json(pr);
    assert_eq!(settled["success"], true);
    assert_eq!(settled["transaction"], TX);
    assert_eq!(settled["network"], "eip155:196");
    assert_eq!(settled["payer"], PAYER);
    assert_eq!(settled["amount"], "1");
    assert!(header(h, "Access-Control-Expose-Headers").unwrap().contains("PAYMENT-RESPONSE"));
    assert_eq!(
        out["ledger"],
        json!({"payer_address": PAYER, "endpoint": "/functions/paid", "amount": "1", "tx_hash": TX, "chain": "xlayer", "status": "settled"})
    );
}

#[wasm_bindgen_test]
fn mock_settle_is_deterministic_and_marked() {
    let paid = paid_json();
    let a = parse(&x402_mock_settle(&paid));
    assert_eq!(a["outcome"], "settled");
    let tx = a["txHash"].as_str().unwrap();
    assert!(tx.starts_with("mock:0x") && tx.len() == "mock:0x".len() + 64, "{tx}");
    assert_eq!(parse(&x402_mock_settle(&paid)), a);
}

#[wasm_bindgen_test]
fn reject_answers_failures() {
    let paid = paid_json();
    let out = parse(&x402_reject(&env(), URL, "nonce_used", &paid));
    assert_eq!(out["error"]["reason"], "invalid_exact_evm_nonce_already_used");
    assert_eq!(out["reply"]["status"], 402);
    let pr = unb64json(header(&out["reply"]["headers"], "PAYMENT-RESPONSE").unwrap());
    assert_eq!((pr["success"].as_bool(), pr["errorReason"].as_str()), (Some(false), Some("invalid_exact_evm_nonce_already_used")));
    let out = parse(&x402_reject(&env(), URL, "settle_unreachable", &paid));
    assert_eq!(out["reply"]["status"], 503);
    assert_eq!(header(&out["reply"]["headers"], "Retry-After"), Some("5"));
    // An error object from another export round-trips.
    let err = json!({"status": 402, "reason": "invalid_exact_evm_payload_authorization_value", "message": "x"}).to_string();
    let out = parse(&x402_reject(&env(), URL, &err, ""));
    assert_eq!(out["reply"]["status"], 402);
    assert!(header(&out["reply"]["headers"], "PAYMENT-RESPONSE").is_none());
}

#[wasm_bindgen_test]
fn rpc_checks() {
    let paid = paid_json();
    let out = parse(&x402_rpc_request(&env(), "authorization_state", &paid, ""));
    let r = &out["request"];
    assert_eq!(r["url"], "https://rpc.xlayer.tech");
    assert_eq!(r["method"], "POST");
    let body = parse(r["body"].as_str().unwrap());
    assert_eq!(body["method"], "eth_call");
    assert_eq!(body["params"][0]["to"], USDG);
    assert_eq!(body["params"][0]["data"], format!("0xe94a0102{}{}", hex::encode(word_addr(PAYER)), "11".repeat(32)));
    assert_eq!(body["params"][1], "latest");
    let zero = json!({"jsonrpc": "2.0", "id": 1, "result": format!("0x{}", "00".repeat(32))}).to_string();
    let one = json!({"jsonrpc": "2.0", "id": 1, "result": format!("0x{}01", "00".repeat(31))}).to_string();
    assert_eq!(parse(&x402_rpc_parse(&env(), "authorization_state", &zero, &paid, ""))["outcome"], "verified");
    let used = parse(&x402_rpc_parse(&env(), "authorization_state", &one, &paid, ""));
    assert_eq!(used["error"]["reason"], "invalid_exact_evm_nonce_already_used");
    let out = parse(&x402_rpc_request(&env(), "receipt", &paid, TX));
    assert_eq!(parse(out["request"]["body"].as_str().unwrap())["params"][0], TX);
    let pending = parse(&x402_rpc_parse(&env(), "receipt", r#"{"jsonrpc":"2.0","id":1,"result":null}"#, &paid, TX));
    assert_eq!(pending["outcome"], "pending");
    assert_eq!(parse(&x402_rpc_request(&env(), "balance", &paid, ""))["ok"], false);
}

#[wasm_bindgen_test]
fn garbage_never_traps() {
    let long = "x".repeat(100_000);
    let junk: Vec<String> = vec![
        String::new(),
        "{".into(),
        "null".into(),
        "[]".into(),
        "\u{0}\u{ffff}é".into(),
        r#"{"x402Version":2,"payload":{}}"#.into(),
        r#"{"PAYMENT_RECIPIENT":1,"X402_PRICE":[]}"#.into(),
        STANDARD.encode(r#"{"x402Version":1,"scheme":"exact","network":"eip155:196","payload":{"signature":"0x","authorization":{}}}"#),
        STANDARD.encode("[1,2,3]"),
        long,
    ];
    let nums = [0.0, -1.0, f64::NAN, f64::INFINITY, 1e300, NOW];
    let paid = paid_json();
    for j in &junk {
        let j = j.as_str();
        for now in nums {
            parse(&x402_challenge(j, j));
            parse(&x402_verify(j, j, j, j, now));
            parse(&x402_verify(&env(), j, j, j, now));
            parse(&x402_okx_request(j, j, j, now));
            for op in ["verify", "settle", "status"] {
                parse(&x402_okx_request(&env(), op, j, now));
                parse(&x402_okx_parse(op, now as u16, j));
            }
        }
        parse(&x402_okx_parse(j, 200, j));
        parse(&x402_reject(j, j, j, j));
        parse(&x402_reject(&env(), j, j, j));
        parse(&x402_reject(&env(), URL, j, ""));
        parse(&x402_paid(j, j, j));
        parse(&x402_mock_settle(j));
        parse(&x402_rpc_request(j, j, j, j));
        for check in ["authorization_state", "receipt"] {
            parse(&x402_rpc_request(&env(), check, j, j));
            parse(&x402_rpc_parse(&env(), check, j, j, j));
            parse(&x402_rpc_parse(&env(), check, j, &paid, j));
        }
        parse(&x402_paid(&paid, j, j));
    }
}
