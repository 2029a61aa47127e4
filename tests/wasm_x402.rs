//! The x402 wasm-bindgen surface, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402 --test wasm_x402`.
//! Native `cargo test` covers every rule; this checks the exported objects once compiled to
//! WebAssembly: one configuration verifies many payments, a payment object goes through OKX
//! request, answer and reply without crossing back as JSON, vector C verifies, refusals
//! are 402s with a reason, OKX requests are signed over the exact body, the ledger JSON
//! rebuilds a payment, and garbage never traps.
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
use wasm_bindgen::convert::TryFromJsValue;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// Vector C: the well-known test key and its address.
const KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const PAYER: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const RECIPIENT: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const OTHER: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
const VALID_BEFORE: u64 = 1_767_225_600;
/// 60 s before vector C's validBefore.
const NOW: f64 = (VALID_BEFORE - 60) as f64;
const VECTOR_C_DIGEST: &str = "0xa2ba9bc117baa37817777584e969572ed629da356f92c42455561d4ea898d4c4";
const VECTOR_C_SIGNATURE: &str = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";
const URL: &str = "https://x.test/functions/paid";
/// 2026-03-30T10:00:00.000Z (the HMAC test vector's timestamp), in ms.
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

    /// EIP-712 digest of TransferWithAuthorization for (name, version, chainId, asset).
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

fn config() -> X402Config {
    X402Config::new(&env())
}

/// A call answering a [`Payment`] object or a reply (JSON text), as Rust sees it.
fn split(v: JsValue) -> Result<Payment, String> {
    match v.as_string() {
        Some(reply) => Err(reply),
        None => Ok(Payment::try_from_js_value(v).expect("a Payment object")),
    }
}

trait PaywallCalls {
    fn verify_payment(&self, payment_signature: &str, x_payment: &str, resource: &str, now: f64) -> Result<Payment, String>;
    fn payment_from_ledger(&self, ledger_json: &str) -> Result<Payment, String>;
}

impl PaywallCalls for X402Config {
    fn verify_payment(&self, payment_signature: &str, x_payment: &str, resource: &str, now: f64) -> Result<Payment, String> {
        split(self.verify(payment_signature, x_payment, resource, now))
    }
    fn payment_from_ledger(&self, ledger_json: &str) -> Result<Payment, String> {
        split(self.ledger_payment(ledger_json))
    }
}

trait FacilitatorCalls {
    fn check_payment(&self, op: &str, body: &str, now: f64) -> Result<Payment, String>;
    fn payment_from_ledger(&self, ledger_json: &str) -> Result<Payment, String>;
}

impl FacilitatorCalls for X402Facilitator {
    fn check_payment(&self, op: &str, body: &str, now: f64) -> Result<Payment, String> {
        split(self.check(op, body, now))
    }
    fn payment_from_ledger(&self, ledger_json: &str) -> Result<Payment, String> {
        split(self.ledger_payment(ledger_json))
    }
}

/// A verified vector C payment (the object JS keeps for the rest of the request).
fn paid() -> Payment {
    let a = vector_c();
    config().verify_payment(&v2_header(&a, &a.sign()), "", URL, NOW).unwrap_or_else(|r| panic!("{r}"))
}

/// The JSON the payment keeps for the ledger.
fn ledger(p: &Payment) -> Value {
    parse(&p.ledger_json())
}

/// A reply `{status, headers, body}`.
fn reply(r: Result<Payment, String>) -> Value {
    match r {
        Ok(p) => panic!("a reply was expected, got the payment {}", p.ledger_json()),
        Err(text) => parse(&text),
    }
}

/// A refusal: 402, reason in the v1 body and in PAYMENT-REQUIRED.
fn refused(r: Result<Payment, String>) -> String {
    let v = reply(r);
    assert_eq!(v["status"], 402, "{v}");
    let body = parse(v["body"].as_str().unwrap());
    let reason = body["error"].as_str().unwrap().to_owned();
    let required = unb64json(header(&v["headers"], "PAYMENT-REQUIRED").unwrap());
    assert_eq!(required["error"], reason.as_str());
    assert_eq!(body["accepts"][0]["maxAmountRequired"], "1");
    reason
}

fn request(step: &Step) -> Value {
    assert_eq!(step.kind(), "request", "{} {}", step.reason(), step.message());
    parse(&step.request().unwrap())
}

const OKX_VERIFIED: &str = r#"{"code":"0","data":{"isValid":true}}"#;

/// The seam's step asking OKX `op` (verify, settle, or the status of `tx`), at `now`.
fn okx_step(p: &Payment, op: &str, tx: &str, now: f64) -> Step {
    match op {
        "settle" => {
            let mut s = p.settlement("settle", "", "");
            s.next(now);
            s.answer(200, OKX_VERIFIED, now)
        }
        "status" => p.settlement("resolve", tx, "").next(now),
        other => p.settlement(other, "", "").next(now),
    }
}

/// The outcome of OKX answering `op` with (`status`, `body`).
fn okx_outcome(p: &Payment, op: &str, status: u16, body: &str) -> Step {
    let mut s = match op {
        "status" => p.settlement("resolve", TX, ""),
        other => p.settlement(other, "", ""),
    };
    s.next(T_MS);
    if op == "settle" {
        s.answer(200, OKX_VERIFIED, T_MS);
    }
    s.answer(status, body, T_MS)
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
    for k in ["PAYMENT_RECIPIENT", "X402_PRICE", "X402_NETWORK", "X402_ASSET", "X402_MAX_TIMEOUT_SECONDS", "OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE", "MOCK_OKX_FACILITATOR", "X402_FACILITATOR_PAY_TO"] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert!(keys.iter().all(|k| !k.is_empty() && k.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_')));
}

#[wasm_bindgen_test]
fn no_payment_is_the_challenge_with_v2_header_and_v1_body() {
    let reply = reply(X402Config::new(&env_with(json!({"X402_PRICE": "1000"}))).verify_payment("", "", URL, NOW));
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
    assert_eq!(acc["maxTimeoutSeconds"], 300);
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
    // The exported call answers the reply as a string and a payment as an object.
    let c = config();
    assert!(c.verify("", "", URL, NOW).as_string().is_some_and(|t| t.contains("\"status\":402")));
    let a = vector_c();
    assert!(c.verify(&v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).as_string().is_none());
}

#[wasm_bindgen_test]
fn configuration_errors_are_500_replies_from_every_call() {
    let broken = X402Config::new(&env_with(json!({"OKX_SECRET_KEY": null})));
    let a = vector_c();
    for r in [broken.verify_payment("", "", URL, NOW), broken.verify_payment(&v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW)] {
        let v = reply(r);
        assert_eq!(v["status"], 500);
        assert_eq!(parse(v["body"].as_str().unwrap()), json!({"error": "missing_secret", "message": "OKX_SECRET_KEY is not set", "statusCode": 500}));
    }
    assert_eq!(parse(&broken.reject(URL, 409, "payment_already_used", "m"))["status"], 500);
    // A payment rebuilt from the ledger under a broken configuration: every call says why.
    let p = broken.payment_from_ledger(&paid().ledger_json()).unwrap();
    assert_eq!(p.settler(), "");
    let step = p.settlement("settle", "", "").next(T_MS);
    assert_eq!((step.kind(), step.status(), step.reason()), ("failed".into(), 500, "missing_secret".into()));
    assert_eq!(parse(&p.reject(402, "x", "y"))["status"], 500);
    let v = reply(X402Config::new(&env_with(json!({"X402_PRICE": "1.5"}))).verify_payment("", "", URL, NOW));
    assert_eq!(parse(v["body"].as_str().unwrap())["error"], "invalid_secret");
    assert!(!v.to_string().contains("1.5"), "secret values are never echoed");
    assert_eq!(reply(X402Config::new("not json").verify_payment("", "", URL, NOW))["status"], 500);
    // Mock mode needs no OKX keys.
    let mock = env_with(json!({"MOCK_OKX_FACILITATOR": "true", "OKX_API_KEY": null, "OKX_SECRET_KEY": null, "OKX_PASSPHRASE": null}));
    assert_eq!(reply(X402Config::new(&mock).verify_payment("", "", URL, NOW))["status"], 402);
}

#[wasm_bindgen_test]
fn vector_c_digest_and_signature() {
    let a = vector_c();
    assert_eq!(format!("0x{}", hex::encode(a.digest("Global Dollar", "1", 196, USDG))), VECTOR_C_DIGEST);
    assert_eq!(a.sign(), VECTOR_C_SIGNATURE, "k256 RFC 6979 reproduces vector C's signature");
}

#[wasm_bindgen_test]
fn one_config_verifies_v1_and_v2() {
    let a = vector_c();
    let c = config();
    let cases = [
        (v2_header(&a, VECTOR_C_SIGNATURE), String::new(), 2),
        (String::new(), v1_header(&a, VECTOR_C_SIGNATURE, "eip155:196"), 1),
        (String::new(), v1_header(&a, VECTOR_C_SIGNATURE, "x-layer"), 1),
        // InsForge's guide: a v1 payload under the v2 header name.
        (v1_header(&a, VECTOR_C_SIGNATURE, "eip155:196"), String::new(), 1),
    ];
    for (ps, xp, version) in &cases {
        let p = c.verify_payment(ps, xp, URL, NOW).unwrap();
        assert_eq!(p.settler(), "okx");
        let p = ledger(&p);
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
        assert!(p.get("requirements").is_none());
    }
    // PAYMENT-SIGNATURE wins over X-PAYMENT.
    assert!(c.verify_payment(&v2_header(&a, VECTOR_C_SIGNATURE), "garbage", URL, NOW).is_ok());
    // Mock mode reports itself.
    let mock = X402Config::new(&env_with(json!({"MOCK_OKX_FACILITATOR": "true"})));
    assert_eq!(mock.verify_payment(&v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).unwrap().settler(), "mock");
}

#[wasm_bindgen_test]
fn freshly_signed_payments_verify() {
    // A different authorization than the vector, signed here: the rules, not a memorised answer.
    let mut a = vector_c();
    a.value = 250_000;
    a.valid_after = NOW as u64 - 5;
    a.valid_before = NOW as u64 + 50;
    a.nonce = format!("0x{}", "c0ffee".repeat(11).get(..64).unwrap());
    let c = X402Config::new(&env_with(json!({"X402_PRICE": "250000"})));
    let mut acc = accepted();
    acc["amount"] = json!("250000");
    let p = c.verify_payment(&v2_header_with(&a, &a.sign(), acc), "", URL, NOW).unwrap();
    assert_eq!(ledger(&p)["value"], "250000");
}

#[wasm_bindgen_test]
fn refusals_are_402_with_a_reason() {
    let a = vector_c();
    let good = a.sign();
    let c = config();
    let verify = |ps: &str, now: f64| refused(c.verify_payment(ps, "", URL, now));

    assert_eq!(verify("not base64!!", NOW), "invalid_payload");
    assert_eq!(verify(&STANDARD.encode("{not json"), NOW), "invalid_payload");
    // Padding is required: pad the JSON so its base64 ends in "==", then strip it.
    let mut text = json!({"x402Version": 1, "scheme": "exact", "network": "eip155:196", "payload": payload(&a, &good)}).to_string();
    while text.len() % 3 != 1 {
        text.push(' ');
    }
    let padded = STANDARD.encode(&text);
    assert!(padded.ends_with("=="));
    assert!(c.verify_payment(&padded, "", URL, NOW).is_ok());
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

    // Time: expired (less than 6 s left), not yet valid.
    let late = (VALID_BEFORE - 5) as f64;
    assert_eq!(verify(&v2_header(&a, &good), late), "invalid_exact_evm_payload_authorization_valid_before");
    assert_eq!(verify(&v2_header(&a, &good), (VALID_BEFORE + 100) as f64), "invalid_exact_evm_payload_authorization_valid_before");
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
    assert_eq!(reply(config().verify_payment(&big, "", URL, NOW))["status"], 431);
}

#[wasm_bindgen_test]
fn okx_requests_current_generation() {
    let p = paid();
    for (op, path, sync) in [("verify", "/api/v6/pay/x402/verify", None), ("settle", "/api/v6/pay/x402/settle", Some(true))] {
        let step = okx_step(&p, op, "", T_MS);
        assert_eq!((step.target().as_str(), step.name().as_str()), ("facilitator", op));
        let r = request(&step);
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
            r#"{{"scheme":"exact","network":"eip155:196","amount":"1","asset":"{USDG}","payTo":"{}","maxTimeoutSeconds":300,"extra":{{"name":"Global Dollar","version":"1"}}}}"#,
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
    let r = request(&okx_step(&p, "status", TX, T_MS));
    let path = format!("/api/v6/pay/x402/settle/status?txHash={TX}");
    assert_eq!((r["method"].as_str(), r["body"].as_str()), (Some("GET"), Some("")));
    assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
    assert_eq!(header(&r["headers"], "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000ZGET{path}")));
    // A malformed hash never reaches the query string.
    assert_eq!(okx_step(&p, "status", "0xabc&x=1", T_MS).kind(), "unknown");
    // The HMAC test vector, through a custom base URL to show the path is what is signed.
    let e = X402Config::new(&env_with(json!({"OKX_BASE_URL": "http://127.0.0.1:8787/"})));
    let a = vector_c();
    let r = request(&e.verify_payment(&v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).unwrap().settlement("verify", "", "").next(T_MS));
    assert!(r["url"].as_str().unwrap().starts_with("http://127.0.0.1:8787/api/v6/pay/x402/verify"));
    assert_eq!(hmac_b64("test-secret", r#"2026-03-30T10:00:00.000ZPOST/api/v6/pay/x402/verify{"x402Version":2}"#), "IU7Xnpn/mkL/qzwrNQxP8V28HRrHvREgguTaXzTA0gs=");
}

#[wasm_bindgen_test]
fn okx_requests_legacy_generation() {
    let a = vector_c();
    let p = X402Config::new(&env_with(json!({"OKX_API": "legacy"}))).verify_payment(&v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).unwrap();
    for (op, sync) in [("verify", None), ("settle", Some(true))] {
        let r = request(&okx_step(&p, op, "", T_MS));
        let path = format!("/api/v6/x402/{op}");
        assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
        let body = r["body"].as_str().unwrap();
        assert_eq!(header(&r["headers"], "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000ZPOST{path}{body}")));
        let req = format!(
            r#"{{"scheme":"exact","network":"eip155:196","maxAmountRequired":"1","resource":"{URL}","description":"","mimeType":"application/json","payTo":"{}","maxTimeoutSeconds":300,"asset":"{USDG}","extra":{{"name":"Global Dollar","version":"1"}}}}"#,
            RECIPIENT.to_lowercase()
        );
        let expected = format!(
            r#"{{"x402Version":1,"chainIndex":"196","paymentPayload":{{"x402Version":1,"scheme":"exact","network":"eip155:196","payload":{}}},"paymentRequirements":{req}{}}}"#,
            payload_text(&vector_c(), VECTOR_C_SIGNATURE),
            sync.map_or(String::new(), |s| format!(r#","syncSettle":{s}"#)),
        );
        assert_eq!(body, expected, "exact body");
    }
    let status = okx_step(&p, "status", TX, T_MS);
    assert_eq!((status.kind(), status.status()), ("unknown".into(), 503), "legacy has no status endpoint, and no RPC_URL is set");
    assert_eq!(okx_step(&p, "refund", "", T_MS).kind(), "failed");
}

#[wasm_bindgen_test]
fn okx_answers_both_generations() {
    let p = paid();
    let payer = PAYER;
    let cases: Vec<(&str, u16, String, &str, Option<&str>)> = vec![
        ("verify", 200, json!({"code": "0", "msg": "", "data": {"isValid": true, "payer": payer, "invalidReason": null}}).to_string(), "verified", None),
        ("verify", 200, json!({"code": 0, "msg": "", "data": [{"isValid": true, "payer": payer}]}).to_string(), "verified", None),
        ("settle", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "network": "eip155:196", "payer": payer, "status": "success"}}).to_string(), "settled", Some(TX)),
        ("settle", 200, json!({"code": "0", "data": [{"success": true, "txHash": TX, "payer": payer, "chainIndex": "196", "chainName": "X Layer"}]}).to_string(), "settled", Some(TX)),
        ("settle", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "pending"}}).to_string(), "pending", Some(TX)),
        ("status", 200, json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "success"}}).to_string(), "settled", Some(TX)),
    ];
    for (op, status, body, kind, tx) in cases {
        let s = okx_outcome(&p, op, status, &body);
        assert_eq!((s.kind().as_str(), s.tx_hash().as_deref(), s.status()), (kind, tx, 0), "{op} {body}");
        assert_eq!(s.proof(), if kind == "settled" { "facilitator" } else { "" });
    }
    // (reason, status, unknown): unknown = the money may have moved.
    let failed = |op: &str, status: u16, body: &str| {
        let s = okx_outcome(&p, op, status, body);
        assert!(s.kind() == "failed" || s.kind() == "unknown", "{body}");
        (s.reason(), s.status(), s.kind() == "unknown")
    };
    let refusal = json!({"code": "0", "data": {"isValid": false, "invalidReason": "amount mismatch"}}).to_string();
    assert_eq!(failed("verify", 200, &refusal), ("invalid_exact_evm_payload_authorization_value".into(), 402, false));
    let refusal = json!({"code": 0, "data": [{"success": false, "errorMsg": "nonce_used"}]}).to_string();
    assert_eq!(failed("settle", 200, &refusal).0, "invalid_exact_evm_nonce_already_used");
    let (reason, status, retry) = failed("verify", 429, r#"{"code":"50011","msg":"Too Many Requests","data":null}"#);
    assert_eq!((reason.as_str(), status, retry), ("unexpected_verify_error", 503, false));
    let (reason, status, retry) = failed("settle", 200, r#"{"code":"50113","msg":"Invalid Sign","data":null}"#);
    assert_eq!((reason.as_str(), status, retry), ("unexpected_settle_error", 502, false));
    assert!(failed("settle", 0, "").2, "no answer to a settle: unknown");
    assert!(failed("settle", 502, "<html>bad gateway</html>").2);
    assert!(!failed("verify", 0, "").2, "verify moves nothing: failed");
    // Success needs success:true AND a well-formed hash.
    for data in [json!({"success": true, "transaction": "0x12", "status": "success"}), json!({"transaction": TX, "status": "success"}), json!([{"success": true, "txHash": ""}])] {
        let (reason, status, unknown) = failed("settle", 200, &json!({"code": "0", "data": data}).to_string());
        assert_eq!((reason.as_str(), status, unknown), ("unexpected_settle_error", 502, true), "{data}");
    }
    assert_eq!(failed("nope", 200, "{}"), ("internal_error".into(), 500, false));
}

/// One payment object through a whole OKX conversation and its replies: nothing about the
/// payment crosses back as JSON.
#[wasm_bindgen_test]
fn one_payment_object_through_request_answer_and_reply() {
    let p = paid();
    let mut settlement = p.settlement("settle", "", "");
    assert_eq!(request(&settlement.next(T_MS))["method"], "POST");
    request(&settlement.answer(200, &json!({"code": "0", "data": {"isValid": true}}).to_string(), T_MS));
    // The settle answer is a refusal: its reply is a 402 carrying the failed settlement.
    let s = settlement.answer(200, &json!({"code": 0, "data": [{"success": false, "errorMsg": "nonce_used"}]}).to_string(), T_MS);
    let out = parse(&p.reject(s.status(), &s.reason(), &s.message()));
    assert_eq!(out["status"], 402);
    assert_eq!(parse(out["body"].as_str().unwrap())["error"], "invalid_exact_evm_nonce_already_used");
    let pr = unb64json(header(&out["headers"], "PAYMENT-RESPONSE").unwrap());
    assert_eq!((pr["success"].as_bool(), pr["errorReason"].as_str(), pr["payer"].as_str()), (Some(false), Some("invalid_exact_evm_nonce_already_used"), Some(PAYER)));
    // No answer at all: 503 with Retry-After.
    let s = okx_outcome(&p, "settle", 0, "");
    let out = parse(&p.reject(s.status(), &s.reason(), &s.message()));
    assert_eq!(out["status"], 503);
    assert_eq!(header(&out["headers"], "Retry-After"), Some("5"));
    // A JS-made error; an out-of-range status is a 500.
    assert_eq!(parse(&p.reject(503, "ledger_unavailable", "m"))["status"], 503);
    assert_eq!(parse(&p.reject(200, "x", "y"))["status"], 500);
    // Before any payment: no settlement header.
    let out = parse(&config().reject(URL, 402, "invalid_exact_evm_payload_authorization_value", "x"));
    assert_eq!(out["status"], 402);
    assert!(header(&out["headers"], "PAYMENT-RESPONSE").is_none());
}

#[wasm_bindgen_test]
fn paid_headers_and_mock_settlement() {
    let p = paid();
    let h = parse(&p.paid_headers(TX));
    let pr = header(&h, "PAYMENT-RESPONSE").unwrap();
    assert_eq!(header(&h, "X-PAYMENT-RESPONSE"), Some(pr));
    let settled = unb64json(pr);
    assert_eq!(settled["success"], true);
    assert_eq!(settled["transaction"], TX);
    assert_eq!(settled["network"], "eip155:196");
    assert_eq!(settled["payer"], PAYER);
    assert_eq!(settled["amount"], "1");
    assert!(header(&h, "Access-Control-Expose-Headers").unwrap().contains("PAYMENT-RESPONSE"));
    // Mock mode: deterministic and marked.
    let tx = p.mock_tx_hash();
    assert!(tx.starts_with("mock:0x") && tx.len() == "mock:0x".len() + 64, "{tx}");
    assert_eq!(paid().mock_tx_hash(), tx);
}

#[wasm_bindgen_test]
fn the_ledger_json_rebuilds_the_payment() {
    let c = config();
    let p = paid();
    let text = p.ledger_json();
    let again = c.payment_from_ledger(&text).unwrap();
    assert_eq!(again.ledger_json(), text);
    assert_eq!(again.settler(), "okx");
    assert_eq!(request(&okx_step(&again, "settle", "", T_MS))["body"], request(&okx_step(&p, "settle", "", T_MS))["body"]);
    // Validated: a summary that no longer matches its signed authorization is refused.
    for bad in [text.replacen("\"value\":\"1\"", "\"value\":\"2\"", 1), "{}".into(), "null".into(), String::new()] {
        let v = reply(c.payment_from_ledger(&bad));
        assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())["error"].as_str()), (Some(500), Some("internal_error")), "{bad}");
    }
    assert!(c.ledger_payment("{}").as_string().is_some());
}

/// Resolving a direct settlement: the receipt of the recorded hash, with the one verdict.
#[wasm_bindgen_test]
fn receipt_checks() {
    let key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    let direct = X402Config::new(&env_with(json!({"X402_SETTLER": "direct", "RPC_URL": "https://rpc.test, https://rpc2.test"})));
    let p = direct.verify_payment(&v2_header(&vector_c(), VECTOR_C_SIGNATURE), "", URL, NOW).unwrap();
    assert_eq!(p.settler(), "direct");
    let mut s = p.settlement("resolve", TX, key);
    let step = s.next(T_MS);
    assert_eq!((step.name().as_str(), step.target().as_str()), ("receipt", "chain"));
    assert_eq!(s.rpc_urls(), "https://rpc.test,https://rpc2.test");
    let r = request(&step);
    assert_eq!(r["url"], "https://rpc.test");
    assert_eq!(parse(r["body"].as_str().unwrap())["params"][0], TX);
    assert_eq!(s.answer(200, r#"{"jsonrpc":"2.0","id":1,"result":null}"#, T_MS).kind(), "pending");
    let transfer = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    let used = "0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5";
    let word = |a: &str| format!("0x{}", hex::encode(word_addr(a)));
    let nonce = ledger(&p)["nonce"].as_str().unwrap().to_owned();
    let logs = json!([{"address": USDG, "topics": [used, word(PAYER), nonce], "data": "0x"},
        {"address": USDG, "topics": [transfer, word(PAYER), word(RECIPIENT)], "data": format!("0x{}", hex::encode(word_u64(1)))}]);
    let receipt = json!({"jsonrpc": "2.0", "id": 1, "result": {"status": "0x1", "logs": logs}});
    let settled = s.answer(200, &receipt.to_string(), T_MS);
    assert_eq!((settled.kind().as_str(), settled.tx_hash().as_deref(), settled.proof().as_str()), ("settled", Some(TX), "receipt"));
    let no_transfer = s.answer(200, r#"{"jsonrpc":"2.0","id":1,"result":{"status":"0x1","logs":[]}}"#, T_MS);
    assert_eq!((no_transfer.kind().as_str(), no_transfer.reason().as_str()), ("failed", "invalid_exact_evm_transfer_event_mismatch"));
    let reverted = s.answer(200, r#"{"jsonrpc":"2.0","id":1,"result":{"status":"0x0","logs":[]}}"#, T_MS);
    assert_eq!(reverted.reason(), "invalid_exact_evm_transaction_failed");
    assert_eq!(s.answer(0, "", T_MS).kind(), "unknown", "no node answered");
    assert_eq!(p.settlement("resolve", "0x12", key).next(T_MS).kind(), "unknown");
    assert_eq!(p.settlement("resolve", "", key).next(T_MS).kind(), "failed", "no hash recorded: nothing was broadcast");
    assert_eq!(p.settlement("resolve", TX, "").next(T_MS).reason(), "missing_secret");
}

fn facilitator_env() -> String {
    env_with(json!({"X402_PRICE": null}))
}

fn facilitator_body(version: u8) -> String {
    let a = vector_c();
    let mut req = accepted();
    req["resource"] = json!(URL);
    json!({"x402Version": version, "paymentPayload": parse(&String::from_utf8(STANDARD.decode(if version == 2 { v2_header(&a, VECTOR_C_SIGNATURE) } else { v1_header(&a, VECTOR_C_SIGNATURE, "eip155:196") }).unwrap()).unwrap()),
        "paymentRequirements": if version == 2 { req } else { json!({"scheme": "exact", "network": "eip155:196", "maxAmountRequired": "1", "resource": URL, "payTo": RECIPIENT, "maxTimeoutSeconds": 60, "asset": USDG}) }})
    .to_string()
}

#[wasm_bindgen_test]
fn facilitator_config_checks_payments_and_answers() {
    let f = X402Facilitator::new(&facilitator_env());
    let supported = parse(&f.supported());
    assert_eq!(supported["status"], 200);
    assert!(parse(supported["body"].as_str().unwrap())["kinds"].as_array().is_some_and(|k| !k.is_empty()));
    for version in [1, 2] {
        let p = f.check_payment("verify", &facilitator_body(version), NOW).unwrap_or_else(|r| panic!("{r}"));
        assert_eq!(p.settler(), "okx");
        let l = ledger(&p);
        assert_eq!((l["payer"].as_str(), l["requirements"]["payTo"].as_str()), (Some(PAYER), Some(RECIPIENT.to_lowercase().as_str())));
        // The caller's requirements drive the OKX request, as the paywall would send it.
        assert!(request(&okx_step(&p, "verify", "", T_MS))["body"].as_str().unwrap().contains("\"paymentRequirements\""));
        let v = parse(&p.facilitator_reply("verify", ""));
        assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())), (Some(200), json!({"isValid": true, "payer": PAYER})));
        let s = parse(parse(&p.facilitator_reply("settle", TX))["body"].as_str().unwrap());
        assert_eq!((s["success"].as_bool(), s["transaction"].as_str()), (Some(true), Some(TX)));
        let failed = parse(&p.failed_reply("settle", 503, "ledger_unavailable", "m"));
        assert_eq!((failed["status"].as_u64(), header(&failed["headers"], "Retry-After")), (Some(503), Some("5")));
        assert_eq!(parse(failed["body"].as_str().unwrap())["payer"], PAYER);
        // Its ledger row rebuilds it, re-checked against the allow-list.
        let again = f.payment_from_ledger(&p.ledger_json()).unwrap();
        assert_eq!(again.ledger_json(), p.ledger_json());
        let elsewhere = X402Facilitator::new(&env_with(json!({"X402_FACILITATOR_PAY_TO": OTHER})));
        assert!(elsewhere.payment_from_ledger(&p.ledger_json()).is_err());
        assert!(f.payment_from_ledger(&paid().ledger_json()).is_err(), "a paywall row has no requirements");
    }
    // Refusals answer in the operation's shape.
    let v = parse(&f.check_payment("verify", "{}", NOW).map(|_| ()).unwrap_err());
    assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())["isValid"].as_bool()), (Some(400), Some(false)));
    let v = parse(&f.check_payment("settle", &"x".repeat(20_000), NOW).map(|_| ()).unwrap_err());
    assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())["success"].as_bool()), (Some(413), Some(false)));
    let broken = X402Facilitator::new(&env_with(json!({"PAYMENT_RECIPIENT": null})));
    assert_eq!(parse(&broken.supported())["status"], 500);
    let v = parse(&broken.check_payment("verify", &facilitator_body(2), NOW).map(|_| ()).unwrap_err());
    assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())["error"].as_str()), (Some(500), Some("missing_secret")));
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
    let p = paid();
    let good = config();
    let f = X402Facilitator::new(&facilitator_env());
    for j in &junk {
        let j = j.as_str();
        let c = X402Config::new(j);
        let fj = X402Facilitator::new(j);
        parse(&fj.supported());
        for now in nums {
            let _ = parse(&c.verify_payment(j, j, j, now).err().unwrap());
            if let Err(r) = good.verify_payment(j, j, j, now) {
                parse(&r);
            }
            for op in ["verify", "settle", "status", j] {
                let mut s = p.settlement(op, j, j);
                assert!(["request", "failed", "unknown", "verified", "settled"].contains(&s.next(now).kind().as_str()));
                assert!(["request", "failed", "unknown", "verified", "settled", "pending"].contains(&s.answer(now as u16, j, now).kind().as_str()));
                s.use_nonce(now, now);
                parse(&f.check_payment(op, j, now).err().unwrap());
                parse(&fj.check_payment(op, j, now).err().unwrap());
                parse(&p.failed_reply(op, now as u16, j, j));
                parse(&p.facilitator_reply(op, j));
            }
            parse(&p.reject(now as u16, j, j));
            parse(&good.reject(j, now as u16, j, j));
            parse(&c.reject(j, now as u16, j, j));
        }
        parse(&c.payment_from_ledger(j).err().unwrap());
        parse(&f.payment_from_ledger(j).err().unwrap());
        parse(&fj.payment_from_ledger(j).err().unwrap());
        parse(&p.paid_headers(j));
        assert_eq!(p.settlement("settle", "", j).next(NOW).kind(), "request", "an OKX payment ignores the key");
    }
}

// ---- the authorization window ---------------------------------------------------------------

/// The window through the wasm surface: no cap by default (validBefore far ahead of
/// maxTimeoutSeconds passes), `validAfter == now` passes, the opt-in
/// `X402_MAX_VALIDITY_SECONDS` caps, a malformed one is a 500 from every call, 2^53 − 1 is
/// the largest validBefore, for the paywall and the facilitator alike.
#[wasm_bindgen_test]
fn authorization_window_and_its_secret() {
    let a = vector_c();
    let good = a.sign();
    let header = v2_header(&a, &good);
    let c = config();
    // validBefore = now + 3000 with maxTimeoutSeconds 300: accepted (a payer's clock ahead).
    assert!(c.verify_payment(&header, "", URL, (VALID_BEFORE - 3000) as f64).is_ok());
    // validAfter == now.
    let mut at_now = a.clone();
    at_now.valid_after = NOW as u64;
    assert!(c.verify_payment(&v2_header(&at_now, &at_now.sign()), "", URL, NOW).is_ok());
    let mut future = a.clone();
    future.valid_after = NOW as u64 + 1;
    assert_eq!(refused(c.verify_payment(&v2_header(&future, &future.sign()), "", URL, NOW)), "invalid_exact_evm_payload_authorization_valid_after");

    // The opt-in cap: validBefore − now ≤ 120.
    let capped = X402Config::new(&env_with(json!({"X402_MAX_VALIDITY_SECONDS": "120"})));
    assert!(capped.verify_payment(&header, "", URL, (VALID_BEFORE - 120) as f64).is_ok());
    let r = reply(capped.verify_payment(&header, "", URL, (VALID_BEFORE - 121) as f64));
    assert_eq!(r["status"], 402);
    let body = parse(r["body"].as_str().unwrap());
    assert_eq!(body["error"], "invalid_exact_evm_payload_authorization_valid_before");
    // Never advertised: the challenge still says maxTimeoutSeconds 300.
    assert_eq!(body["accepts"][0]["maxTimeoutSeconds"], 300);

    // Malformed: a 500 invalid_secret naming the secret, from the paywall and the facilitator.
    for bad in ["6", "abc", "-5", "31536001"] {
        let v = reply(X402Config::new(&env_with(json!({"X402_MAX_VALIDITY_SECONDS": bad}))).verify_payment(&header, "", URL, NOW));
        assert_eq!(v["status"], 500, "{bad}");
        let e = parse(v["body"].as_str().unwrap());
        assert_eq!(e["error"], "invalid_secret", "{bad}");
        assert!(e["message"].as_str().unwrap().starts_with("X402_MAX_VALIDITY_SECONDS is invalid"), "{e}");
        let f = X402Facilitator::new(&env_with(json!({"X402_PRICE": null, "X402_MAX_VALIDITY_SECONDS": bad})));
        let v = reply(f.check_payment("verify", &facilitator_body(2), NOW));
        assert_eq!((v["status"].as_u64(), parse(v["body"].as_str().unwrap())["error"].as_str()), (Some(500), Some("invalid_secret")));
    }

    // The facilitator: the caller's 60 s does not cap; our secret does.
    let f = X402Facilitator::new(&facilitator_env());
    assert!(f.check_payment("verify", &facilitator_body(2), (VALID_BEFORE - 3000) as f64).is_ok());
    let f = X402Facilitator::new(&env_with(json!({"X402_PRICE": null, "X402_MAX_VALIDITY_SECONDS": "120"})));
    assert!(f.check_payment("verify", &facilitator_body(1), (VALID_BEFORE - 120) as f64).is_ok());
    let v = reply(f.check_payment("verify", &facilitator_body(1), (VALID_BEFORE - 121) as f64));
    assert_eq!(parse(v["body"].as_str().unwrap())["invalidReason"], "invalid_exact_evm_payload_authorization_valid_before", "{v}");

    // Huge validBefore: 2^53 − 1 is kept exactly in the ledger JSON; 2^53 is refused.
    let mut far = a.clone();
    far.valid_before = (1 << 53) - 1;
    let p = c.verify_payment(&v2_header(&far, &far.sign()), "", URL, NOW).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(ledger(&p)["validBefore"], "9007199254740991");
    far.valid_before = 1 << 53;
    let v = reply(c.verify_payment(&v2_header(&far, &far.sign()), "", URL, NOW));
    let body = parse(v["body"].as_str().unwrap());
    assert_eq!(body["error"], "invalid_exact_evm_payload_authorization_valid_before");
    assert!(v.to_string().contains("9007199254740991"), "{v}");
}
