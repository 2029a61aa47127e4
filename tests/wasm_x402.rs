//! The x402 exported objects, run on the real wasm32 build:
//! `CARGO_TARGET_DIR=target/wasm-test-x402 wasm-pack test --node --release -- --no-default-features --features x402,facilitator --test wasm_x402`.
//! Native `cargo test` covers every rule; this checks the exported objects once compiled to
//! WebAssembly: one configuration serves many payments, each request one `PaymentFlow` whose
//! effects (JSON) JS performs; vector C verifies; refusals are 402s with a reason; OKX
//! requests are signed over the exact body; a payment's whole life (claim, verify, settle,
//! record, serve; a lost claim answer; an unknown outcome; a payment past its window;
//! reconcile's proof on chain) crosses the boundary as effects and answers; and garbage
//! (env, headers, answers) never traps.
//!
//! Payments are built here independently of the crate: EIP-712 hashing with `sha3`, signing
//! with `k256` (RFC 6979, like viem/ethers), base64 and JSON with `base64`/`serde_json`.
#![cfg(all(target_arch = "wasm32", feature = "facilitator"))]

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use insforge_edge::wasm::x402::*;
use k256::ecdsa::SigningKey;
use serde_json::{json, Value};
use sha2::Sha256;
use sha3::{Digest, Keccak256};
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

const ENDPOINT: &str = "/functions/paid";
const SUMMARY: &str = "GET /functions/paid";
const TOKEN: &str = "00000000-0000-4000-8000-000000000001";
const ROW: &str = "00000000-0000-4000-8000-0000000000aa";
const NOW_MS: f64 = NOW * 1000.0;
const EFFECT_KINDS: [&str; 6] = ["ledger", "http", "sleep", "serve", "respond", "replay"];

/// An effect (JSON text) as JS reads it: always JSON, always one of the six kinds.
fn effect(text: &str) -> Value {
    let v = parse(text);
    assert!(EFFECT_KINDS.contains(&v["kind"].as_str().unwrap_or("")), "an effect of a known kind: {v}");
    v
}

/// A paid request for vector C's resource under `c`, presented at `now_s` (seconds).
fn pay(c: &X402Config, payment_signature: &str, x_payment: &str, resource: &str, now_s: f64) -> PaymentFlow {
    c.pay(payment_signature, x_payment, resource, ENDPOINT, SUMMARY, TOKEN, "", now_s * 1000.0)
}

/// The first effect of a paid request presented at `now_s`.
fn first(c: &X402Config, payment_signature: &str, x_payment: &str, resource: &str, now_s: f64) -> Value {
    effect(&pay(c, payment_signature, x_payment, resource, now_s).start(now_s * 1000.0))
}

/// Verified locally: the claim asked of the ledger (its `p`), else the reply given at once.
fn verify_payment(c: &X402Config, payment_signature: &str, x_payment: &str, resource: &str, now_s: f64) -> Result<Value, Value> {
    let e = first(c, payment_signature, x_payment, resource, now_s);
    match e["kind"].as_str() {
        Some("ledger") => {
            assert_eq!(e["call"], "x402_claim", "{e}");
            Ok(e["args"]["p"].clone())
        }
        Some("respond") => Err(e["reply"].clone()),
        _ => panic!("a claim or a reply first: {e}"),
    }
}

/// The payment as the claim's row keeps it.
fn ledger(claim: &Value) -> Value {
    claim["row"]["payment"].clone()
}

fn reply(r: Result<Value, Value>) -> Value {
    match r {
        Ok(claim) => panic!("a reply was expected, got the claim {claim}"),
        Err(reply) => reply,
    }
}

fn body(reply: &Value) -> Value {
    parse(reply["body"].as_str().unwrap())
}

/// A refusal: 402, reason in the v1 body and in PAYMENT-REQUIRED.
fn refused(r: Result<Value, Value>) -> String {
    refusal(&reply(r))
}

fn refusal(v: &Value) -> String {
    assert_eq!(v["status"], 402, "{v}");
    let body = body(v);
    let reason = body["error"].as_str().unwrap().to_owned();
    let required = unb64json(header(&v["headers"], "PAYMENT-REQUIRED").unwrap());
    assert_eq!(required["error"], reason.as_str());
    assert_eq!(body["accepts"][0]["maxAmountRequired"], "1");
    reason
}

/// The `p` of a ledger effect calling `call`.
fn ledger_call(e: &Value, call: &str) -> Value {
    assert_eq!((e["kind"].as_str(), e["call"].as_str()), (Some("ledger"), Some(call)), "{e}");
    e["args"]["p"].clone()
}

/// An http effect to `target` named `name`: its request.
fn http(e: &Value, target: &str, name: &str) -> Value {
    assert_eq!((e["kind"].as_str(), e["target"].as_str(), e["name"].as_str()), (Some("http"), Some(target), Some(name)), "{e}");
    e["request"].clone()
}

/// The reply of a `respond` effect.
fn responded(e: &Value) -> Value {
    assert_eq!(e["kind"], "respond", "{e}");
    e["reply"].clone()
}

fn resume(f: &mut PaymentFlow, status: u16, body: &str) -> Value {
    effect(&f.resume(status, body, T_MS))
}

fn claim_answer(state: &str) -> String {
    json!({"state": state, "id": ROW}).to_string()
}

const RECORDED_SETTLED: &str = r#"{"state":"settled"}"#;
const RECORDED_PENDING: &str = r#"{"state":"pending"}"#;
const OKX_VERIFIED: &str = r#"{"code":"0","data":{"isValid":true}}"#;

fn okx_settled(tx: &str) -> String {
    json!({"code": "0", "data": {"success": true, "transaction": tx, "network": "eip155:196", "payer": PAYER, "status": "success"}}).to_string()
}

/// Vector C's paid request under `c`, presented at NOW and driven at T_MS (the HMAC vector's
/// time) through its claim, answered `new`: the flow and its next effect.
fn claimed_under(c: &X402Config) -> (PaymentFlow, Value) {
    let a = vector_c();
    let mut f = pay(c, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
    ledger_call(&effect(&f.start(T_MS)), "x402_claim");
    let next = resume(&mut f, 200, &claim_answer("new"));
    (f, next)
}

fn claimed() -> (PaymentFlow, Value) {
    claimed_under(&config())
}

/// Drives a claimed OKX payment: verify answered `verify`, then (when asked) settle answered
/// `settle`: the record the flow writes, and the flow (waiting for that record's answer).
fn settle_with(verify: (u16, &str), settle: (u16, &str)) -> (Value, PaymentFlow) {
    let (mut f, e) = claimed();
    http(&e, "facilitator", "verify");
    let mut e = resume(&mut f, verify.0, verify.1);
    if e["kind"] == "http" {
        http(&e, "facilitator", "settle");
        e = resume(&mut f, settle.0, settle.1);
    }
    (ledger_call(&e, "x402_record"), f)
}

/// The answer a claimed OKX payment gets: its record's outcome and reason, and the final reply.
fn outcome_of(verify: (u16, &str), settle: (u16, &str)) -> (String, String, Value) {
    let (record, mut f) = settle_with(verify, settle);
    let outcome = record["outcome"].as_str().unwrap().to_owned();
    let state = match outcome.as_str() {
        "settled" => RECORDED_SETTLED,
        "failed" => r#"{"state":"failed"}"#,
        _ => RECORDED_PENDING,
    };
    let end = resume(&mut f, 200, state);
    (outcome, record["reason"].as_str().unwrap_or("").to_owned(), end)
}

/// An answer at NOW (within vector C's window).
fn resume_now(f: &mut PaymentFlow, status: u16, body: &str) -> Value {
    effect(&f.resume(status, body, NOW_MS))
}

fn rpc_result(result: Value) -> String {
    json!({"jsonrpc": "2.0", "id": 1, "result": result}).to_string()
}

fn word_json(n: u64) -> Value {
    json!(format!("0x{}", hex::encode(word_u64(n))))
}

const TRANSFER_TOPIC: &str = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
const AUTHORIZATION_USED_TOPIC: &str = "0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5";

/// A receipt of `tx` with `status`, carrying vector C's AuthorizationUsed and (when `transfer`)
/// its Transfer to the recipient.
fn receipt(tx: &str, status: &str, transfer: bool) -> String {
    let word = |a: &str| format!("0x{}", hex::encode(word_addr(a)));
    let nonce = vector_c().nonce;
    let mut logs = vec![json!({"address": USDG, "topics": [AUTHORIZATION_USED_TOPIC, word(PAYER), nonce], "data": "0x", "transactionHash": tx})];
    if transfer {
        logs.push(json!({"address": USDG, "topics": [TRANSFER_TOPIC, word(PAYER), word(RECIPIENT)], "data": format!("0x{}", hex::encode(word_u64(1))), "transactionHash": tx}));
    }
    rpc_result(json!({"transactionHash": tx, "status": status, "logs": logs}))
}

// ---- the surface -------------------------------------------------------------------------

#[wasm_bindgen_test]
fn env_keys_name_the_secrets() {
    let keys = x402_env_keys();
    let keys: Vec<&str> = keys.split(',').collect();
    for k in [
        "PAYMENT_RECIPIENT", "X402_PRICE", "X402_NETWORK", "X402_ASSET", "X402_MAX_TIMEOUT_SECONDS", "OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE", "MOCK_OKX_FACILITATOR",
        "X402_FACILITATOR_PAY_TO", "X402_SETTLE_TIMEOUT_MS", "X402_PAYER_ATTEMPTS_PER_MINUTE", "X402_RECONCILE_MIN_AGE_SECONDS", "X402_PAYMENT_ID_REQUIRED",
    ] {
        assert!(keys.contains(&k), "{k} missing from {keys:?}");
    }
    assert!(!keys.contains(&"SETTLER_PRIVATE_KEY"), "the settler key is handed to each flow, never kept in a configuration");
    // `NAME`, or `NAME?GUARD` (the secret crosses only when its guard is set too).
    let name = |k: &str| !k.is_empty() && k.bytes().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_');
    assert!(keys.iter().all(|k| k.split('?').count() <= 2 && k.split('?').all(name)), "{keys:?}");
    assert!(keys.contains(&"JWT_SECRET?X402_SIWX_SECONDS") && !keys.contains(&"JWT_SECRET"), "JWT_SECRET only with sign-in-with-x on");
}

#[cfg(feature = "tools")]
#[wasm_bindgen_test]
fn domain_separator_matches_an_independent_hash() {
    let domain_type = keccak(&[b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"]);
    let expected = keccak(&[&domain_type, &keccak(&[b"Global Dollar"]), &keccak(&[b"1"]), &word_u64(196), &word_addr(USDG)]);
    assert_eq!(x402_domain_separator("Global Dollar", "1", 196.0, USDG), format!("0x{}", hex::encode(expected)));
    assert_ne!(x402_domain_separator("Global Dollar", "2", 196.0, USDG), format!("0x{}", hex::encode(expected)));
    for (addr, chain) in [("0x12", 196.0), ("", 196.0), (USDG, -1.0)] {
        assert_eq!(x402_domain_separator("Global Dollar", "1", chain, addr), "", "{addr} {chain}");
    }
}

#[wasm_bindgen_test]
fn no_payment_is_the_challenge_with_v2_header_and_v1_body() {
    let reply = reply(verify_payment(&X402Config::new(&env_with(json!({"X402_PRICE": "1000"}))), "", "", URL, NOW));
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
    let v1 = body(&reply);
    assert_eq!(v1["x402Version"], 1);
    assert!(v1["error"].as_str().is_some_and(|e| !e.is_empty()));
    let r1 = &v1["accepts"][0];
    assert_eq!(r1["maxAmountRequired"], "1000");
    assert_eq!(r1["resource"], URL);
    assert_eq!(r1["asset"], USDG);
    assert_eq!(r1["extra"]["name"], "Global Dollar");
    assert_eq!(r1["extra"]["version"], "1");
    // No payment: the flow is its reply, nothing is asked of the ledger, and it stays ended.
    let c = config();
    let mut bare = pay(&c, "", "", URL, NOW);
    assert_eq!(effect(&bare.start(NOW_MS))["kind"], "respond");
    assert_eq!(responded(&effect(&bare.resume(200, "{}", NOW_MS)))["status"].as_u64().map(|s| s >= 400), Some(true));
    // A payment: the ledger is asked first.
    let a = vector_c();
    assert_eq!(first(&c, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW)["call"], "x402_claim");
}

#[wasm_bindgen_test]
fn configuration_errors_are_500_replies_from_every_flow() {
    let broken = X402Config::new(&env_with(json!({"OKX_SECRET_KEY": null})));
    let a = vector_c();
    for r in [verify_payment(&broken, "", "", URL, NOW), verify_payment(&broken, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW)] {
        let v = reply(r);
        assert_eq!(v["status"], 500);
        assert_eq!(body(&v), json!({"error": "missing_secret", "message": "OKX_SECRET_KEY is not set", "statusCode": 500}));
    }
    // Reconcile under a broken configuration: its rows are let go, never proven nor sent.
    let payment = ledger(&verify_payment(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).unwrap());
    let mut r = broken.reconcile(&X402Facilitator::new(&facilitator_env()), TOKEN, "");
    ledger_call(&effect(&r.start(T_MS)), "x402_stranded");
    let rows = json!({"logged": 0, "rows": [{"id": ROW, "payment": payment, "settler": "okx", "txHash": TX, "submitted": true}]});
    let record = ledger_call(&resume(&mut r, 200, &rows.to_string()), "x402_record");
    assert_eq!((record["id"].as_str(), record["outcome"].as_str()), (Some(ROW), Some("unknown")));
    let v = reply(verify_payment(&X402Config::new(&env_with(json!({"X402_PRICE": "1.5"}))), "", "", URL, NOW));
    assert_eq!(body(&v)["error"], "invalid_secret");
    assert!(!v.to_string().contains("1.5"), "secret values are never echoed");
    let v = reply(verify_payment(&X402Config::new(&env_with(json!({"X402_SETTLE_TIMEOUT_MS": "99"}))), "", "", URL, NOW));
    assert_eq!((v["status"].as_u64(), body(&v)["error"].as_str()), (Some(500), Some("invalid_secret")), "the flow's knobs are secrets too");
    assert_eq!(reply(verify_payment(&X402Config::new("not json"), "", "", URL, NOW))["status"], 500);
    // Mock mode needs no OKX keys.
    let mock = env_with(json!({"MOCK_OKX_FACILITATOR": "true", "OKX_API_KEY": null, "OKX_SECRET_KEY": null, "OKX_PASSPHRASE": null}));
    assert_eq!(reply(verify_payment(&X402Config::new(&mock), "", "", URL, NOW))["status"], 402);
}

#[wasm_bindgen_test]
fn vector_c_digest_and_signature() {
    let a = vector_c();
    assert_eq!(format!("0x{}", hex::encode(a.digest("Global Dollar", "1", 196, USDG))), VECTOR_C_DIGEST);
    assert_eq!(a.sign(), VECTOR_C_SIGNATURE, "k256 RFC 6979 reproduces vector C's signature");
}

#[wasm_bindgen_test]
fn one_config_serves_many_payments_v1_and_v2() {
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
        let claim = verify_payment(&c, ps, xp, URL, NOW).unwrap_or_else(|r| panic!("{r}"));
        assert_eq!((claim["mode"].as_str(), claim["serve"].as_bool()), (Some("claim"), Some(true)));
        assert_eq!((claim["leaseSeconds"].as_u64(), claim["attemptsPerMinute"].as_u64()), (Some(90), Some(5)));
        let row = &claim["row"];
        for (k, v) in [
            ("payer_address", PAYER.to_owned()),
            ("nonce", format!("0x{}", "11".repeat(32))),
            ("endpoint", ENDPOINT.into()),
            ("resource", URL.into()),
            ("pay_to", RECIPIENT.to_lowercase()),
            ("amount", "1".into()),
            ("asset", USDG.into()),
            ("network", "eip155:196".into()),
            ("chain", "xlayer".into()),
            ("valid_before", VALID_BEFORE.to_string()),
            ("settler", "okx".into()),
            ("claim_token", TOKEN.into()),
        ] {
            assert_eq!(row[k].as_str(), Some(v.as_str()), "{k}: {row}");
        }
        let p = ledger(&claim);
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
    // Many payments, one configuration: each flow holds its own.
    for i in 0..24u64 {
        let mut each = a.clone();
        each.nonce = format!("0x{:064x}", 0xabc0 + i);
        let claim = verify_payment(&c, &v2_header(&each, &each.sign()), "", URL, NOW).unwrap_or_else(|r| panic!("{r}"));
        assert_eq!(claim["row"]["nonce"].as_str(), Some(each.nonce.as_str()));
    }
    // PAYMENT-SIGNATURE wins over X-PAYMENT.
    assert!(verify_payment(&c, &v2_header(&a, VECTOR_C_SIGNATURE), "garbage", URL, NOW).is_ok());
    // Mock mode reports itself.
    let mock = X402Config::new(&env_with(json!({"MOCK_OKX_FACILITATOR": "true"})));
    assert_eq!(verify_payment(&mock, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW).unwrap()["row"]["settler"], "mock");
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
    let claim = verify_payment(&c, &v2_header_with(&a, &a.sign(), acc), "", URL, NOW).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!(ledger(&claim)["value"], "250000");
    assert_eq!(claim["row"]["amount"], "250000");
}

/// A payment past its window: asked of the ledger first (mode resume), refused for its window
/// only when the ledger holds nothing of it.
fn expired_refusal(c: &X402Config, payment_signature: &str, now_s: f64) -> String {
    let mut f = pay(c, payment_signature, "", URL, now_s);
    let claim = ledger_call(&effect(&f.start(now_s * 1000.0)), "x402_claim");
    assert_eq!(claim["mode"], "resume", "past its window: never inserted, never retried");
    refusal(&responded(&effect(&f.resume(200, r#"{"state":"none"}"#, now_s * 1000.0))))
}

#[wasm_bindgen_test]
fn refusals_are_402_with_a_reason() {
    let a = vector_c();
    let good = a.sign();
    let c = config();
    let verify = |ps: &str, now: f64| refused(verify_payment(&c, ps, "", URL, now));

    assert_eq!(verify("not base64!!", NOW), "invalid_payload");
    assert_eq!(verify(&STANDARD.encode("{not json"), NOW), "invalid_payload");
    // Padding is required: pad the JSON so its base64 ends in "==", then strip it.
    let mut text = json!({"x402Version": 1, "scheme": "exact", "network": "eip155:196", "payload": payload(&a, &good)}).to_string();
    while text.len() % 3 != 1 {
        text.push(' ');
    }
    let padded = STANDARD.encode(&text);
    assert!(padded.ends_with("=="));
    assert!(verify_payment(&c, &padded, "", URL, NOW).is_ok());
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

    // Time: past its window (less than 6 s left, or gone) is looked up first, then refused;
    // not yet valid is refused at once.
    for late in [(VALID_BEFORE - 5) as f64, (VALID_BEFORE + 100) as f64] {
        assert_eq!(expired_refusal(&c, &v2_header(&a, &good), late), "invalid_exact_evm_payload_authorization_valid_before", "{late}");
    }
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
    assert_eq!(reply(verify_payment(&config(), &big, "", URL, NOW))["status"], 431);
}

// ---- OKX requests: signed over the exact body ----------------------------------------------

/// The OKX request `r` is signed with the test secret at T_MS over method, path and body.
fn assert_okx_signed(r: &Value, method: &str, path: &str) {
    let h = &r["headers"];
    assert_eq!(header(h, "OK-ACCESS-KEY"), Some("key"));
    assert_eq!(header(h, "OK-ACCESS-PASSPHRASE"), Some("pass"));
    assert_eq!(header(h, "OK-ACCESS-TIMESTAMP"), Some("2026-03-30T10:00:00.000Z"));
    let body = r["body"].as_str().unwrap();
    assert_eq!(header(h, "OK-ACCESS-SIGN").unwrap(), hmac_b64("test-secret", &format!("2026-03-30T10:00:00.000Z{method}{path}{body}")), "{path}");
}

#[wasm_bindgen_test]
fn okx_requests_current_generation() {
    let acc = format!(
        r#"{{"scheme":"exact","network":"eip155:196","amount":"1","asset":"{USDG}","payTo":"{}","maxTimeoutSeconds":300,"extra":{{"name":"Global Dollar","version":"1"}}}}"#,
        RECIPIENT.to_lowercase()
    );
    let expected = |sync: Option<bool>| {
        format!(
            r#"{{"x402Version":2,"paymentPayload":{{"x402Version":2,"resource":{{"url":"{URL}","mimeType":"application/json"}},"accepted":{acc},"payload":{}}},"paymentRequirements":{acc}{}}}"#,
            payload_text(&vector_c(), VECTOR_C_SIGNATURE),
            sync.map_or(String::new(), |s| format!(r#","syncSettle":{s}"#)),
        )
    };
    let (mut f, e) = claimed();
    // Verify: 5 s, no fallback (a facilitator is one URL).
    let r = http(&e, "facilitator", "verify");
    assert_eq!((e["timeoutMs"].as_u64(), e["fallbacks"].clone()), (Some(5000), json!([])));
    assert_eq!((r["method"].as_str(), r["url"].as_str()), (Some("POST"), Some("https://web3.okx.com/api/v6/pay/x402/verify")));
    assert_eq!(header(&r["headers"], "Content-Type"), Some("application/json"));
    assert_okx_signed(&r, "POST", "/api/v6/pay/x402/verify");
    assert_eq!(r["body"].as_str().unwrap(), expected(None), "exact body");
    // Settle: X402_SETTLE_TIMEOUT_MS (15 s by default), syncSettle.
    let e = resume(&mut f, 200, OKX_VERIFIED);
    let r = http(&e, "facilitator", "settle");
    assert_eq!((e["timeoutMs"].as_u64(), e["fallbacks"].clone()), (Some(15_000), json!([])));
    assert_eq!(r["url"], "https://web3.okx.com/api/v6/pay/x402/settle");
    assert_okx_signed(&r, "POST", "/api/v6/pay/x402/settle");
    assert_eq!(r["body"].as_str().unwrap(), expected(Some(true)), "exact body");
    // Pending: a pause, then the status poll: GET, empty body, signed path with query.
    let pending = json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "pending"}}).to_string();
    assert_eq!(resume(&mut f, 200, &pending), json!({"kind": "sleep", "ms": 500}));
    let e = resume(&mut f, 0, "");
    let r = http(&e, "facilitator", "status");
    let path = format!("/api/v6/pay/x402/settle/status?txHash={TX}");
    assert_eq!((r["method"].as_str(), r["body"].as_str()), (Some("GET"), Some("")));
    assert_eq!(r["url"], format!("https://web3.okx.com{path}"));
    assert_okx_signed(&r, "GET", &path);
    // Resolving a known hash (within its window): the chain first (its receipt, then the
    // authorization); with no node in reach, the status alone: no verify, no second settle.
    let mut f2 = pay(&config(), &v2_header(&vector_c(), VECTOR_C_SIGNATURE), "", URL, NOW);
    ledger_call(&effect(&f2.start(NOW_MS)), "x402_claim");
    let e = resume_now(&mut f2, 200, &json!({"state": "resolve", "id": ROW, "txHash": TX}).to_string());
    assert_eq!(http(&e, "chain", "receipt")["url"], "https://rpc.xlayer.tech");
    http(&resume_now(&mut f2, 0, ""), "chain", "authorizationState");
    assert_eq!(http(&resume_now(&mut f2, 0, ""), "facilitator", "status")["url"], format!("https://web3.okx.com{path}"));
    // A malformed hash never reaches a node or the query string: only the authorization is
    // asked about, and the claim is let go.
    let mut f3 = pay(&config(), &v2_header(&vector_c(), VECTOR_C_SIGNATURE), "", URL, NOW);
    ledger_call(&effect(&f3.start(NOW_MS)), "x402_claim");
    let e = resume_now(&mut f3, 200, &json!({"state": "resolve", "id": ROW, "txHash": "0xabc&x=1"}).to_string());
    assert!(!http(&e, "chain", "authorizationState").to_string().contains("0xabc&x=1"));
    let record = ledger_call(&resume_now(&mut f3, 0, ""), "x402_record");
    assert_eq!(record["outcome"], "unknown");
    assert!(!record.to_string().contains("0xabc&x=1"), "{record}");
    // The HMAC test vector, through a custom base URL to show the path is what is signed.
    let (_, e) = claimed_under(&X402Config::new(&env_with(json!({"OKX_BASE_URL": "http://127.0.0.1:8787/"}))));
    assert!(http(&e, "facilitator", "verify")["url"].as_str().unwrap().starts_with("http://127.0.0.1:8787/api/v6/pay/x402/verify"));
    assert_eq!(hmac_b64("test-secret", r#"2026-03-30T10:00:00.000ZPOST/api/v6/pay/x402/verify{"x402Version":2}"#), "IU7Xnpn/mkL/qzwrNQxP8V28HRrHvREgguTaXzTA0gs=");
}

#[wasm_bindgen_test]
fn okx_requests_legacy_generation() {
    let legacy = X402Config::new(&env_with(json!({"OKX_API": "legacy"})));
    let (mut f, e) = claimed_under(&legacy);
    let req = format!(
        r#"{{"scheme":"exact","network":"eip155:196","maxAmountRequired":"1","resource":"{URL}","description":"","mimeType":"application/json","payTo":"{}","maxTimeoutSeconds":300,"asset":"{USDG}","extra":{{"name":"Global Dollar","version":"1"}}}}"#,
        RECIPIENT.to_lowercase()
    );
    let expected = |sync: Option<bool>| {
        format!(
            r#"{{"x402Version":1,"chainIndex":"196","paymentPayload":{{"x402Version":1,"scheme":"exact","network":"eip155:196","payload":{}}},"paymentRequirements":{req}{}}}"#,
            payload_text(&vector_c(), VECTOR_C_SIGNATURE),
            sync.map_or(String::new(), |s| format!(r#","syncSettle":{s}"#)),
        )
    };
    let r = http(&e, "facilitator", "verify");
    assert_eq!(r["url"], "https://web3.okx.com/api/v6/x402/verify");
    assert_okx_signed(&r, "POST", "/api/v6/x402/verify");
    assert_eq!(r["body"].as_str().unwrap(), expected(None), "exact body");
    let r = http(&resume(&mut f, 200, OKX_VERIFIED), "facilitator", "settle");
    assert_eq!(r["url"], "https://web3.okx.com/api/v6/x402/settle");
    assert_okx_signed(&r, "POST", "/api/v6/x402/settle");
    assert_eq!(r["body"].as_str().unwrap(), expected(Some(true)), "exact body");
    // No status endpoint: a known hash is proven by its receipt on chain (X Layer's public
    // node without RPC_URL), never asked of OKX.
    let mut f = pay(&legacy, &v2_header(&vector_c(), VECTOR_C_SIGNATURE), "", URL, NOW);
    ledger_call(&effect(&f.start(NOW_MS)), "x402_claim");
    let e = resume_now(&mut f, 200, &json!({"state": "resolve", "id": ROW, "txHash": TX}).to_string());
    let r = http(&e, "chain", "receipt");
    assert_eq!((r["url"].as_str(), e["timeoutMs"].as_u64()), (Some("https://rpc.xlayer.tech"), Some(8000)));
    assert_eq!(parse(r["body"].as_str().unwrap())["params"][0], TX);
    let record = ledger_call(&resume_now(&mut f, 200, &receipt(TX, "0x1", true)), "x402_record");
    assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("settled"), Some(TX)));
    assert_eq!(resume_now(&mut f, 200, RECORDED_SETTLED)["kind"], "serve");
}

#[wasm_bindgen_test]
fn okx_answers_both_generations() {
    // Settled, in either envelope: recorded with its hash, then served.
    for answer in [
        okx_settled(TX),
        json!({"code": "0", "data": [{"success": true, "txHash": TX, "payer": PAYER, "chainIndex": "196", "chainName": "X Layer"}]}).to_string(),
    ] {
        let (record, mut f) = settle_with((200, OKX_VERIFIED), (200, &answer));
        assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("settled"), Some(TX)), "{answer}");
        let end = resume(&mut f, 200, RECORDED_SETTLED);
        assert_eq!((end["kind"].as_str(), parse(end["info"].to_string().as_str())["txHash"].as_str()), (Some("serve"), Some(TX)));
    }
    // A verify answered in the legacy envelope passes on to the settle.
    let (mut f, _) = claimed();
    let legacy_verified = json!({"code": 0, "msg": "", "data": [{"isValid": true, "payer": PAYER}]}).to_string();
    http(&resume(&mut f, 200, &legacy_verified), "facilitator", "settle");
    // Pending, then the status says success: settled with the hash.
    let (mut f, _) = claimed();
    resume(&mut f, 200, OKX_VERIFIED);
    let pending = json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "pending"}}).to_string();
    assert_eq!(resume(&mut f, 200, &pending)["kind"], "sleep");
    http(&resume(&mut f, 0, ""), "facilitator", "status");
    let status = json!({"code": "0", "data": {"success": true, "transaction": TX, "status": "success"}}).to_string();
    let record = ledger_call(&resume(&mut f, 200, &status), "x402_record");
    assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("settled"), Some(TX)));

    // Refusals: recorded failed with the reason; the reply is a 402 naming it.
    let refused_verify = json!({"code": "0", "data": {"isValid": false, "invalidReason": "amount mismatch"}}).to_string();
    let (outcome, reason, end) = outcome_of((200, &refused_verify), (0, ""));
    assert_eq!((outcome.as_str(), reason.as_str()), ("failed", "invalid_exact_evm_payload_authorization_value"));
    assert_eq!(refusal_of(&end), "invalid_exact_evm_payload_authorization_value");
    let pr = unb64json(header(&responded(&end)["headers"], "PAYMENT-RESPONSE").unwrap());
    assert_eq!((pr["success"].as_bool(), pr["errorReason"].as_str(), pr["payer"].as_str()), (Some(false), Some("invalid_exact_evm_payload_authorization_value"), Some(PAYER)));
    // "Already used" on a first settle is no refusal by itself: the authorization may have moved
    // this very payment, so the chain is asked (its clock first: this test's time is past the
    // window). No node answers: unknown, never failed on that word.
    let nonce_used = json!({"code": 0, "data": [{"success": false, "errorMsg": "nonce_used"}]}).to_string();
    let (mut f, e) = claimed();
    http(&e, "facilitator", "verify");
    http(&resume(&mut f, 200, OKX_VERIFIED), "facilitator", "settle");
    http(&resume(&mut f, 200, &nonce_used), "chain", "latestBlock");
    assert_eq!(ledger_call(&resume(&mut f, 0, ""), "x402_record")["outcome"], "unknown");
    assert_eq!(responded(&resume(&mut f, 200, RECORDED_PENDING))["status"], 503);
    // Errors that prove nothing moved: failed, with their status.
    let (outcome, reason, end) = outcome_of((429, r#"{"code":"50011","msg":"Too Many Requests","data":null}"#), (0, ""));
    assert_eq!((outcome.as_str(), reason.as_str(), responded(&end)["status"].as_u64()), ("failed", "unexpected_verify_error", Some(503)));
    let (outcome, reason, end) = outcome_of((0, ""), (0, ""));
    assert_eq!((outcome.as_str(), reason.as_str(), responded(&end)["status"].as_u64()), ("failed", "unexpected_verify_error", Some(503)), "verify moves nothing");
    let (outcome, reason, end) = outcome_of((200, OKX_VERIFIED), (200, r#"{"code":"50113","msg":"Invalid Sign","data":null}"#));
    assert_eq!((outcome.as_str(), reason.as_str(), responded(&end)["status"].as_u64()), ("failed", "unexpected_settle_error", Some(502)));
    // The money may have moved: unknown (the claim let go), 503 retry with the same payment.
    for (status, answer) in [(0, String::new()), (502, "<html>bad gateway</html>".into())]
        .into_iter()
        .chain(
            [json!({"success": true, "transaction": "0x12", "status": "success"}), json!({"transaction": TX, "status": "success"}), json!([{"success": true, "txHash": ""}])]
                .into_iter()
                .map(|data| (200, json!({"code": "0", "data": data}).to_string())),
        )
    {
        let (outcome, _, end) = outcome_of((200, OKX_VERIFIED), (status, &answer));
        assert_eq!(outcome, "unknown", "{status} {answer}");
        let out = responded(&end);
        assert_eq!((out["status"].as_u64(), header(&out["headers"], "Retry-After")), (Some(503), Some("5")), "{answer}");
    }
}

fn refusal_of(end: &Value) -> String {
    refusal(&responded(end))
}

// ---- a payment's life, as effects --------------------------------------------------------------

#[wasm_bindgen_test]
fn happy_path_claim_verify_settle_record_serve() {
    let a = vector_c();
    let mut f = pay(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
    let claim = ledger_call(&effect(&f.start(T_MS)), "x402_claim");
    assert_eq!((claim["mode"].as_str(), claim["row"]["claim_token"].as_str()), (Some("claim"), Some(TOKEN)));
    http(&resume(&mut f, 200, &claim_answer("new")), "facilitator", "verify");
    http(&resume(&mut f, 200, OKX_VERIFIED), "facilitator", "settle");
    let record = ledger_call(&resume(&mut f, 200, &okx_settled(TX)), "x402_record");
    assert_eq!(record, json!({"id": ROW, "claimToken": TOKEN, "outcome": "settled", "txHash": TX, "summary": SUMMARY, "served": true}));
    let end = resume(&mut f, 200, RECORDED_SETTLED);
    assert_eq!(end["kind"], "serve", "{end}");
    let pr = header(&end["headers"], "PAYMENT-RESPONSE").expect("PAYMENT-RESPONSE");
    assert_eq!(header(&end["headers"], "X-PAYMENT-RESPONSE"), Some(pr));
    let settled = unb64json(pr);
    assert_eq!((settled["success"].as_bool(), settled["transaction"].as_str(), settled["network"].as_str()), (Some(true), Some(TX), Some("eip155:196")));
    assert_eq!((settled["payer"].as_str(), settled["amount"].as_str()), (Some(PAYER), Some("1")));
    assert!(header(&end["headers"], "Access-Control-Expose-Headers").unwrap().contains("PAYMENT-RESPONSE"));
    assert_eq!(
        end["info"],
        json!({"scheme": "exact", "payer": PAYER, "amount": "1", "asset": USDG, "network": "eip155:196", "nonce": a.nonce, "txHash": TX, "mock": false, "replay": false, "x402Version": 2})
    );
    // Ended: asked again, it answers a reply, never a trap, never a second serve.
    assert_eq!(resume(&mut f, 200, RECORDED_SETTLED)["kind"], "respond");
    // Presented again (a new request), the ledger answers settled: served within the replay
    // window as a replay, and never again past it.
    for (age, served) in [(None, Some(false)), (Some(1_000), Some(true)), (Some(300_001), None)] {
        let mut again = pay(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
        ledger_call(&effect(&again.start(NOW_MS)), "x402_claim");
        let end = effect(&again.resume(200, &json!({"state": "settled", "id": ROW, "txHash": TX, "servedAgeMs": age}).to_string(), NOW_MS));
        match served {
            Some(replay) => assert_eq!((end["kind"].as_str(), end["info"]["replay"].as_bool()), (Some("serve"), Some(replay)), "{age:?}"),
            None => assert_eq!(responded(&end)["status"].as_u64().map(|s| s >= 400), Some(true), "{end}"),
        }
    }
}

#[wasm_bindgen_test]
fn mock_settlement_is_recorded_and_served_without_a_request() {
    let mock = X402Config::new(&env_with(json!({"MOCK_OKX_FACILITATOR": "true"})));
    let a = vector_c();
    let mut hashes = Vec::new();
    for _ in 0..2 {
        let mut f = pay(&mock, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
        assert_eq!(ledger_call(&effect(&f.start(NOW_MS)), "x402_claim")["row"]["settler"], "mock");
        let record = ledger_call(&effect(&f.resume(200, &claim_answer("new"), NOW_MS)), "x402_record");
        let tx = record["txHash"].as_str().unwrap().to_owned();
        assert!(tx.starts_with("mock:0x") && tx.len() == "mock:0x".len() + 64, "{tx}");
        let end = effect(&f.resume(200, RECORDED_SETTLED, NOW_MS));
        assert_eq!((end["kind"].as_str(), end["info"]["mock"].as_bool(), end["info"]["txHash"].as_str()), (Some("serve"), Some(true), Some(tx.as_str())));
        assert_eq!(unb64json(header(&end["headers"], "PAYMENT-RESPONSE").unwrap())["transaction"].as_str(), Some(tx.as_str()));
        hashes.push(tx);
    }
    assert_eq!(hashes[0], hashes[1], "deterministic");
}

#[wasm_bindgen_test]
fn a_lost_claim_answer_is_asked_again_with_the_same_arguments() {
    let a = vector_c();
    let mut f = pay(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
    let claim = effect(&f.start(T_MS));
    ledger_call(&claim, "x402_claim");
    // Lost (no answer), then unreadable: the same claim, the same token, twice more.
    assert_eq!(resume(&mut f, 0, ""), claim, "idempotent: the very same call");
    assert_eq!(resume(&mut f, 200, "<html>"), claim);
    // A third loss: refused, nothing charged, nothing sent.
    let out = responded(&resume(&mut f, 0, ""));
    assert_eq!((out["status"].as_u64(), body(&out)["error"].as_str()), (Some(503), Some("ledger_unavailable")));
    assert_eq!(header(&out["headers"], "Retry-After"), Some("5"));
    // One loss, then the answer: the payment goes on to the facilitator.
    let mut f = pay(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
    let claim = effect(&f.start(T_MS));
    assert_eq!(resume(&mut f, 0, ""), claim);
    http(&resume(&mut f, 200, &claim_answer("new")), "facilitator", "verify");
    // No ledger client at all (its secrets unset): refused at once as missing_secret.
    let mut f = pay(&config(), &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW);
    ledger_call(&effect(&f.start(T_MS)), "x402_claim");
    let out = responded(&resume(&mut f, 0, "unconfigured"));
    assert_eq!(body(&out)["error"], "missing_secret", "{out}");
}

#[wasm_bindgen_test]
fn an_unknown_settle_outcome_lets_the_claim_go_and_answers_503() {
    let (record, mut f) = settle_with((200, OKX_VERIFIED), (0, ""));
    assert_eq!(record, json!({"id": ROW, "claimToken": TOKEN, "outcome": "unknown"}));
    let out = responded(&resume(&mut f, 200, RECORDED_PENDING));
    assert_eq!((out["status"].as_u64(), header(&out["headers"], "Retry-After")), (Some(503), Some("5")));
    assert!(body(&out)["error"].as_str().is_some_and(|e| !e.is_empty()));
    // Its record lost too: still 503, never a failure, never a serve.
    let (_, mut f) = settle_with((200, OKX_VERIFIED), (0, ""));
    assert_eq!(responded(&resume(&mut f, 0, ""))["status"], 503);
    // Settled but its record lost: the record is tried again (the money moved), then served.
    let (record, mut f) = settle_with((200, OKX_VERIFIED), (200, &okx_settled(TX)));
    assert_eq!(resume(&mut f, 0, ""), json!({"kind": "ledger", "call": "x402_record", "args": {"p": record.clone()}}));
    assert_eq!(ledger_call(&resume(&mut f, 0, ""), "x402_record"), record);
    assert_eq!(resume(&mut f, 0, "")["kind"], "serve");
}

#[wasm_bindgen_test]
fn a_payment_past_its_window_is_looked_up_before_anything_else() {
    let a = vector_c();
    let late = (VALID_BEFORE + 100) as f64;
    let start = |c: &X402Config| {
        let mut f = pay(c, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, late);
        let claim = ledger_call(&effect(&f.start(late * 1000.0)), "x402_claim");
        assert_eq!((claim["mode"].as_str(), claim["serve"].as_bool()), (Some("resume"), Some(true)));
        f
    };
    // Nothing recorded, or refused before: the window's refusal.
    for state in ["none", "failed"] {
        let mut f = start(&config());
        assert_eq!(refusal_of(&effect(&f.resume(200, &claim_answer(state), late * 1000.0))), "invalid_exact_evm_payload_authorization_valid_before");
    }
    // Settled and never served: its first delivery, whenever it is presented.
    let mut f = start(&config());
    let end = effect(&f.resume(200, &json!({"state": "settled", "id": ROW, "txHash": TX, "servedAgeMs": null}).to_string(), late * 1000.0));
    assert_eq!((end["kind"].as_str(), end["info"]["txHash"].as_str()), (Some("serve"), Some(TX)));
    // Served a moment ago (its request may have died before delivering): again, within the
    // replay window of that first delivery, past its validBefore too; after it, never.
    let mut f = start(&config());
    let again = effect(&f.resume(200, &json!({"state": "settled", "id": ROW, "txHash": TX, "servedAgeMs": 1000}).to_string(), late * 1000.0));
    assert_eq!((again["kind"].as_str(), again["info"]["replay"].as_bool()), (Some("serve"), Some(true)), "{again}");
    let mut f = start(&config());
    let out = responded(&effect(&f.resume(200, &json!({"state": "settled", "id": ROW, "txHash": TX, "servedAgeMs": 300_001}).to_string(), late * 1000.0)));
    assert_eq!(body(&out)["error"], "payment_already_used", "{out}");
    // Its outcome unknown: proven on chain, never sent again, never asked of the facilitator.
    let mut f = start(&config());
    let e = effect(&f.resume(200, &json!({"state": "resolve", "id": ROW, "txHash": TX}).to_string(), late * 1000.0));
    let r = http(&e, "chain", "receipt");
    assert_eq!(r["url"], "https://rpc.xlayer.tech");
    assert_eq!(parse(r["body"].as_str().unwrap())["params"][0], TX);
    let record = ledger_call(&effect(&f.resume(200, &receipt(TX, "0x1", true), late * 1000.0)), "x402_record");
    assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("settled"), Some(TX)));
    assert_eq!(effect(&f.resume(200, RECORDED_SETTLED, late * 1000.0))["kind"], "serve");
}

#[wasm_bindgen_test]
fn reconcile_proves_on_chain_and_never_asks_the_facilitator() {
    let c = config();
    let f = X402Facilitator::new(&facilitator_env());
    let payment = ledger(&verify_payment(&c, &v2_header(&vector_c(), VECTOR_C_SIGNATURE), "", URL, NOW).unwrap());
    let mut r = c.reconcile(&f, TOKEN, "");
    let stranded = ledger_call(&effect(&r.start(T_MS)), "x402_stranded");
    assert_eq!(stranded, json!({"minAgeSeconds": 120, "limit": 50, "leaseSeconds": 90, "claimToken": TOKEN}));
    let rows = json!({"logged": 0, "rows": [
        {"id": "row-sent", "payment": payment, "settler": "okx", "txHash": TX, "submitted": true},
        {"id": "row-unsent", "payment": payment, "settler": "okx", "txHash": null, "submitted": false},
        {"id": "row-other-backend", "payment": payment, "settler": "direct", "txHash": TX, "submitted": true},
        {"id": "row-tampered", "payment": serde_json::from_str::<Value>(&payment.to_string().replacen("\"value\":\"1\"", "\"value\":\"2\"", 1)).unwrap(), "settler": "okx", "txHash": TX, "submitted": true},
    ]});
    // The sent row: its receipt asked of the chain.
    let e = resume(&mut r, 200, &rows.to_string());
    let req = http(&e, "chain", "receipt");
    assert_eq!(req["url"], "https://rpc.xlayer.tech");
    assert_eq!(parse(req["body"].as_str().unwrap())["params"][0], TX);
    let record = ledger_call(&resume(&mut r, 200, &receipt(TX, "0x1", true)), "x402_record");
    assert_eq!(record, json!({"id": "row-sent", "claimToken": TOKEN, "outcome": "settled", "txHash": TX, "summary": "settled (reconciled, proof: receipt)", "served": false}));
    // The unsent row: abandoned (failed), nothing asked.
    let record = ledger_call(&resume(&mut r, 200, RECORDED_SETTLED), "x402_record");
    assert_eq!((record["id"].as_str(), record["outcome"].as_str(), record["reason"].as_str()), (Some("row-unsent"), Some("failed"), Some("abandoned")));
    // A row of another backend, and a row that no longer matches its signature: let go.
    for id in ["row-other-backend", "row-tampered"] {
        let record = ledger_call(&resume(&mut r, 200, r#"{"state":"failed"}"#), "x402_record");
        assert_eq!((record["id"].as_str(), record["outcome"].as_str()), (Some(id), Some("unknown")), "{record}");
    }
    let out = responded(&resume(&mut r, 200, RECORDED_PENDING));
    assert_eq!((out["status"].as_u64(), body(&out)), (Some(200), json!({"checked": 4, "settled": 1, "failed": 1, "pending": 2})));

    // A sent row with no hash, past its window: the chain's clock, then the authorization;
    // unused after the window closed: failed, nothing charged. No request leaves for OKX.
    let mut r = c.reconcile(&f, TOKEN, "");
    effect(&r.start(T_MS));
    let rows = json!({"logged": 2, "rows": [{"id": ROW, "payment": payment, "settler": "okx", "txHash": null, "submitted": true}]});
    let e = resume(&mut r, 200, &rows.to_string());
    http(&e, "chain", "latestBlock");
    let e = resume(&mut r, 200, &rpc_result(json!({"number": "0x10", "timestamp": format!("0x{:x}", VALID_BEFORE + 10)})));
    http(&e, "chain", "authorizationState");
    let record = ledger_call(&resume(&mut r, 200, &rpc_result(word_json(0))), "x402_record");
    assert_eq!((record["outcome"].as_str(), record["reason"].as_str()), (Some("failed"), Some("invalid_exact_evm_payload_authorization_valid_before")));
    let out = responded(&resume(&mut r, 200, r#"{"state":"failed"}"#));
    assert_eq!(body(&out), json!({"checked": 1, "settled": 2, "failed": 1, "pending": 0}), "settlements moved in from the log count as settled");
    // Nothing a node says about the chain sends anything to the facilitator.
    for answer in ["", "null", "{}", &receipt(TX, "0x0", true), &rpc_result(word_json(1))] {
        let mut r = c.reconcile(&f, TOKEN, "");
        effect(&r.start(T_MS));
        let mut e = resume(&mut r, 200, &json!({"logged": 0, "rows": [{"id": ROW, "payment": payment, "settler": "okx", "txHash": TX, "submitted": true}]}).to_string());
        for _ in 0..20 {
            if e["kind"] != "http" {
                break;
            }
            assert_eq!(e["target"], "chain", "{answer}: {e}");
            e = resume(&mut r, 200, answer);
        }
        ledger_call(&e, "x402_record");
    }
    // The ledger cannot be read: 503; no ledger client: missing_secret.
    let mut r = c.reconcile(&f, TOKEN, "");
    effect(&r.start(T_MS));
    assert_eq!(responded(&resume(&mut r, 0, ""))["status"], 503);
    let mut r = c.reconcile(&f, TOKEN, "");
    effect(&r.start(T_MS));
    assert_eq!(body(&responded(&resume(&mut r, 0, "unconfigured")))["error"], "missing_secret");
}

/// Resolving a direct settlement: the balance first (RPC_URL), the receipt of the recorded
/// hash on the configured nodes in turn, with the one verdict.
#[wasm_bindgen_test]
fn direct_resolve_reads_the_receipt() {
    let key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    let direct = X402Config::new(&env_with(json!({"X402_SETTLER": "direct", "RPC_URL": "https://rpc.test, https://rpc2.test"})));
    let header = v2_header(&vector_c(), VECTOR_C_SIGNATURE);
    let resolving = |key: &str| {
        let mut f = direct.pay(&header, "", URL, ENDPOINT, SUMMARY, TOKEN, key, NOW_MS);
        let e = effect(&f.start(NOW_MS));
        let balance = http(&e, "chain", "balance");
        assert_eq!((balance["url"].as_str(), e["fallbacks"].clone()), (Some("https://rpc.test"), json!(["https://rpc2.test"])));
        let claim = ledger_call(&resume_now(&mut f, 200, &rpc_result(word_json(1_000))), "x402_claim");
        assert_eq!(claim["row"]["settler"], "direct");
        let e = resume_now(&mut f, 200, &json!({"state": "resolve", "id": ROW, "txHash": TX}).to_string());
        (f, e)
    };
    let (mut f, e) = resolving(key);
    let r = http(&e, "chain", "receipt");
    assert_eq!((e["timeoutMs"].as_u64(), e["fallbacks"].clone()), (Some(8000), json!(["https://rpc2.test"])));
    assert_eq!(r["url"], "https://rpc.test");
    assert_eq!(parse(r["body"].as_str().unwrap())["params"][0], TX);
    // Proof first: not mined yet, the authorization unused; then the backend: the recorded
    // transaction's receipt, polled (a pause, the receipt again), then settled.
    http(&resume_now(&mut f, 200, &rpc_result(Value::Null)), "chain", "authorizationState");
    http(&resume_now(&mut f, 200, &rpc_result(word_json(0))), "chain", "receipt");
    assert_eq!(resume_now(&mut f, 200, &rpc_result(Value::Null))["kind"], "sleep");
    http(&resume_now(&mut f, 0, ""), "chain", "receipt");
    let record = ledger_call(&resume_now(&mut f, 200, &receipt(TX, "0x1", true)), "x402_record");
    assert_eq!((record["outcome"].as_str(), record["txHash"].as_str()), (Some("settled"), Some(TX)));
    assert_eq!(resume_now(&mut f, 200, RECORDED_SETTLED)["kind"], "serve");
    for (answer, reason) in [(receipt(TX, "0x1", false), "invalid_exact_evm_transfer_event_mismatch"), (receipt(TX, "0x0", true), "invalid_exact_evm_transaction_failed")] {
        let (mut f, _) = resolving(key);
        http(&resume_now(&mut f, 200, &answer), "chain", "authorizationState");
        http(&resume_now(&mut f, 200, &rpc_result(word_json(0))), "chain", "receipt");
        let record = ledger_call(&resume_now(&mut f, 200, &answer), "x402_record");
        assert_eq!((record["outcome"].as_str(), record["reason"].as_str()), (Some("failed"), Some(reason)));
        assert_eq!(refusal_of(&resume_now(&mut f, 200, r#"{"state":"failed"}"#)), reason);
    }
    // Without the settler key the chain can still be asked, but nothing sent: the claim is let
    // go, and the seller told (500: a retry will not mend it).
    let (mut f, e) = resolving("");
    http(&e, "chain", "receipt");
    http(&resume_now(&mut f, 200, &rpc_result(Value::Null)), "chain", "authorizationState");
    let e = resume_now(&mut f, 200, &rpc_result(word_json(0)));
    assert_eq!(ledger_call(&e, "x402_record")["outcome"], "unknown", "{e}");
    let out = responded(&resume_now(&mut f, 200, RECORDED_PENDING));
    assert_eq!((out["status"].as_u64(), body(&out)["error"].as_str()), (Some(500), Some("missing_secret")), "{out}");
}

// ---- the facilitator ----------------------------------------------------------------------------

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

/// The facilitator's `op` flow for `body` at NOW, started at T_MS: the flow and its first effect.
fn facilitator_flow(f: &X402Facilitator, op: &str, body: &str) -> (PaymentFlow, Value) {
    let mut flow = f.flow(op, body, TOKEN, "", NOW_MS);
    let e = effect(&flow.start(T_MS));
    (flow, e)
}

#[wasm_bindgen_test]
fn facilitator_flows_verify_and_settle() {
    let f = X402Facilitator::new(&facilitator_env());
    let supported = parse(&f.supported());
    assert_eq!(supported["status"], 200);
    assert!(body(&supported)["kinds"].as_array().is_some_and(|k| !k.is_empty()));
    let mut rows = Vec::new();
    for version in [1u8, 2] {
        // Verify: is it spent? (a read, no claim) then OKX, with the caller's requirements.
        let (mut v, e) = facilitator_flow(&f, "verify", &facilitator_body(version));
        let peek = ledger_call(&e, "x402_claim");
        assert_eq!((peek["mode"].as_str(), peek["serve"].as_bool()), (Some("peek"), Some(false)));
        assert_eq!(peek["row"]["payment"]["requirements"]["payTo"].as_str(), Some(RECIPIENT.to_lowercase().as_str()));
        assert_eq!((peek["row"]["payer_address"].as_str(), peek["row"]["endpoint"].as_str()), (Some(PAYER), Some(URL)));
        let r = http(&resume(&mut v, 200, r#"{"state":"none"}"#), "facilitator", "verify");
        assert!(r["body"].as_str().unwrap().contains("\"paymentRequirements\""));
        let out = responded(&resume(&mut v, 200, OKX_VERIFIED));
        assert_eq!((out["status"].as_u64(), body(&out)), (Some(200), json!({"isValid": true, "payer": PAYER})));
        // Presented for settlement before: not valid any more.
        let (mut v, _) = facilitator_flow(&f, "verify", &facilitator_body(version));
        let out = responded(&resume(&mut v, 200, &json!({"state": "settled", "id": ROW, "txHash": TX}).to_string()));
        assert_eq!((out["status"].as_u64(), body(&out)["isValid"].as_bool()), (Some(200), Some(false)), "{out}");
        assert_eq!(body(&out)["invalidReason"], "invalid_exact_evm_nonce_already_used");

        // Settle: claimed, verified, settled, recorded (served: false), answered.
        let (mut s, e) = facilitator_flow(&f, "settle", &facilitator_body(version));
        let claim = ledger_call(&e, "x402_claim");
        assert_eq!((claim["mode"].as_str(), claim["serve"].as_bool(), claim["row"]["endpoint"].as_str()), (Some("claim"), Some(false), Some(URL)));
        rows.push(claim["row"]["payment"].clone());
        http(&resume(&mut s, 200, &claim_answer("new")), "facilitator", "verify");
        http(&resume(&mut s, 200, OKX_VERIFIED), "facilitator", "settle");
        let record = ledger_call(&resume(&mut s, 200, &okx_settled(TX)), "x402_record");
        assert_eq!((record["outcome"].as_str(), record["served"].as_bool(), record["summary"].as_str()), (Some("settled"), Some(false), Some("x402-facilitator settle")));
        let out = responded(&resume(&mut s, 200, RECORDED_SETTLED));
        let settled = body(&out);
        assert_eq!((out["status"].as_u64(), settled["success"].as_bool(), settled["transaction"].as_str(), settled["payer"].as_str()), (Some(200), Some(true), Some(TX), Some(PAYER)));
        // Presented again: the same answer from the ledger, nothing sent.
        let (mut s, _) = facilitator_flow(&f, "settle", &facilitator_body(version));
        let again = responded(&resume(&mut s, 200, &json!({"state": "settled", "id": ROW, "txHash": TX, "servedAgeMs": null}).to_string()));
        assert_eq!(body(&again), settled);
        // No answer to the settle: 503, Retry-After, the payer named.
        let (mut s, _) = facilitator_flow(&f, "settle", &facilitator_body(version));
        resume(&mut s, 200, &claim_answer("new"));
        resume(&mut s, 200, OKX_VERIFIED);
        assert_eq!(ledger_call(&resume(&mut s, 0, ""), "x402_record")["outcome"], "unknown");
        let failed = responded(&resume(&mut s, 200, RECORDED_PENDING));
        assert_eq!((failed["status"].as_u64(), header(&failed["headers"], "Retry-After")), (Some(503), Some("5")));
        assert_eq!((body(&failed)["success"].as_bool(), body(&failed)["payer"].as_str()), (Some(false), Some(PAYER)));
    }
    // Its rows are reconciled under the caller's requirements, re-checked against today's
    // allow-list: proven on chain when still allowed, let go when not.
    let paywall = config();
    let elsewhere = X402Facilitator::new(&env_with(json!({"X402_FACILITATOR_PAY_TO": OTHER})));
    for (fac, proven) in [(&f, true), (&elsewhere, false)] {
        for payment in &rows {
            let mut r = paywall.reconcile(fac, TOKEN, "");
            effect(&r.start(T_MS));
            let e = resume(&mut r, 200, &json!({"logged": 0, "rows": [{"id": ROW, "payment": payment, "settler": "okx", "txHash": TX, "submitted": true}]}).to_string());
            if proven {
                http(&e, "chain", "receipt");
            } else {
                assert_eq!(ledger_call(&e, "x402_record")["outcome"], "unknown", "{e}");
            }
        }
    }
    // Refusals answer in the operation's shape, at once.
    let (_, e) = facilitator_flow(&f, "verify", "{}");
    let v = responded(&e);
    assert_eq!((v["status"].as_u64(), body(&v)["isValid"].as_bool()), (Some(400), Some(false)));
    let (_, e) = facilitator_flow(&f, "settle", &"x".repeat(20_000));
    let v = responded(&e);
    assert_eq!((v["status"].as_u64(), body(&v)["success"].as_bool()), (Some(413), Some(false)));
    let broken = X402Facilitator::new(&env_with(json!({"PAYMENT_RECIPIENT": null})));
    assert_eq!(parse(&broken.supported())["status"], 500);
    let (_, e) = facilitator_flow(&broken, "verify", &facilitator_body(2));
    let v = responded(&e);
    assert_eq!((v["status"].as_u64(), body(&v)["error"].as_str()), (Some(500), Some("missing_secret")));
}

// ---- garbage ----------------------------------------------------------------------------------

/// Answers every effect of `flow` (from `e`) with (`status`, `junk`) until it ends: it must end,
/// each effect JSON of a known kind; after the end, any answer is a reply.
fn drive_garbage(flow: &mut PaymentFlow, mut e: Value, status: u16, junk: &str, now: f64) {
    for _ in 0..100 {
        if e["kind"] == "serve" || e["kind"] == "respond" {
            break;
        }
        e = effect(&flow.resume(status, junk, now));
    }
    assert!(e["kind"] == "serve" || e["kind"] == "respond", "the flow ends: {e}");
    assert_eq!(effect(&flow.resume(status, junk, now))["kind"], "respond");
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
        r#"{"state":"new"}"#.into(),
        r#"{"state":"resolve","id":7,"txHash":[]}"#.into(),
        r#"{"logged":-1,"rows":[{"id":"x","payment":null}]}"#.into(),
        r#"{"jsonrpc":"2.0","id":1,"result":"0xzz"}"#.into(),
        r#"{"code":"0","data":{"success":true,"transaction":null,"status":"pending"}}"#.into(),
        STANDARD.encode(r#"{"x402Version":1,"scheme":"exact","network":"eip155:196","payload":{"signature":"0x","authorization":{}}}"#),
        STANDARD.encode("[1,2,3]"),
        long,
    ];
    let nums = [0.0, -1.0, f64::NAN, f64::INFINITY, 1e300, NOW_MS];
    let statuses = [0u16, 200, 404, 503, u16::MAX];
    let key = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    let good = config();
    let direct = X402Config::new(&env_with(json!({"X402_SETTLER": "direct", "RPC_URL": "https://rpc.test, https://rpc2.test"})));
    let f = X402Facilitator::new(&facilitator_env());
    let header = v2_header(&vector_c(), VECTOR_C_SIGNATURE);
    let payment = ledger(&verify_payment(&good, &header, "", URL, NOW).unwrap());
    for j in &junk {
        let j = j.as_str();
        // Junk configurations, junk requests: a reply at once, whatever the clock.
        let c = X402Config::new(j);
        let fj = X402Facilitator::new(j);
        parse(&fj.supported());
        for now in nums {
            let mut flows = vec![c.pay(j, j, j, j, j, j, j, now), good.pay(j, j, j, j, j, j, j, now), c.reconcile(&fj, j, j)];
            for op in ["verify", "settle", "supported", j] {
                flows.push(f.flow(op, j, j, j, now));
                flows.push(fj.flow(op, j, j, j, now));
            }
            for mut flow in flows {
                let e = effect(&flow.start(now));
                drive_garbage(&mut flow, e, 200, j, now);
            }
        }
        // Real flows answered with junk at every step, or after a good first answer.
        for status in statuses {
            for settler_key in ["", key, j] {
                for config in [&good, &direct] {
                    let mut flow = config.pay(&header, "", URL, ENDPOINT, SUMMARY, TOKEN, settler_key, NOW_MS);
                    let e = effect(&flow.start(NOW_MS));
                    drive_garbage(&mut flow, e, status, j, NOW_MS);
                    let mut flow = config.pay(&header, "", URL, ENDPOINT, SUMMARY, TOKEN, settler_key, NOW_MS);
                    let mut e = effect(&flow.start(NOW_MS));
                    if e["kind"] == "http" {
                        e = effect(&flow.resume(200, &rpc_result(word_json(1_000)), NOW_MS));
                    }
                    ledger_call(&e, "x402_claim");
                    let e = effect(&flow.resume(200, &claim_answer("new"), NOW_MS));
                    drive_garbage(&mut flow, e, status, j, NOW_MS);
                }
            }
            for op in ["verify", "settle"] {
                let mut flow = f.flow(op, &facilitator_body(2), TOKEN, "", NOW_MS);
                let e = effect(&flow.start(NOW_MS));
                drive_garbage(&mut flow, e, status, j, NOW_MS);
            }
            let mut flow = good.reconcile(&f, TOKEN, "");
            let e = effect(&flow.start(T_MS));
            drive_garbage(&mut flow, e, status, j, T_MS);
            let mut flow = good.reconcile(&f, TOKEN, "");
            effect(&flow.start(T_MS));
            let rows = json!({"logged": 0, "rows": [{"id": ROW, "payment": payment, "settler": "okx", "txHash": TX, "submitted": true}, {"id": j, "payment": j, "settler": j, "txHash": j, "submitted": true}]});
            let e = effect(&flow.resume(200, &rows.to_string(), T_MS));
            drive_garbage(&mut flow, e, status, j, T_MS);
        }
    }
}

// ---- the authorization window ---------------------------------------------------------------

/// The window through the wasm surface: no cap by default (validBefore far ahead of
/// maxTimeoutSeconds passes), `validAfter == now` passes, the opt-in
/// `X402_MAX_VALIDITY_SECONDS` caps, a malformed one is a 500 from every flow, 2^53 − 1 is
/// the largest validBefore, for the paywall and the facilitator alike.
#[wasm_bindgen_test]
fn authorization_window_and_its_secret() {
    let a = vector_c();
    let good = a.sign();
    let header = v2_header(&a, &good);
    let c = config();
    // validBefore = now + 3000 with maxTimeoutSeconds 300: accepted (a payer's clock ahead).
    assert!(verify_payment(&c, &header, "", URL, (VALID_BEFORE - 3000) as f64).is_ok());
    // validAfter == now.
    let mut at_now = a.clone();
    at_now.valid_after = NOW as u64;
    assert!(verify_payment(&c, &v2_header(&at_now, &at_now.sign()), "", URL, NOW).is_ok());
    let mut future = a.clone();
    future.valid_after = NOW as u64 + 1;
    assert_eq!(refused(verify_payment(&c, &v2_header(&future, &future.sign()), "", URL, NOW)), "invalid_exact_evm_payload_authorization_valid_after");

    // The opt-in cap: validBefore − now ≤ 120.
    let capped = X402Config::new(&env_with(json!({"X402_MAX_VALIDITY_SECONDS": "120"})));
    assert!(verify_payment(&capped, &header, "", URL, (VALID_BEFORE - 120) as f64).is_ok());
    let r = reply(verify_payment(&capped, &header, "", URL, (VALID_BEFORE - 121) as f64));
    assert_eq!(r["status"], 402);
    let b = body(&r);
    assert_eq!(b["error"], "invalid_exact_evm_payload_authorization_valid_before");
    // Never advertised: the challenge still says maxTimeoutSeconds 300.
    assert_eq!(b["accepts"][0]["maxTimeoutSeconds"], 300);

    // Malformed: a 500 invalid_secret naming the secret, from the paywall and the facilitator.
    for bad in ["6", "abc", "-5", "31536001"] {
        let v = reply(verify_payment(&X402Config::new(&env_with(json!({"X402_MAX_VALIDITY_SECONDS": bad}))), &header, "", URL, NOW));
        assert_eq!(v["status"], 500, "{bad}");
        let e = body(&v);
        assert_eq!(e["error"], "invalid_secret", "{bad}");
        assert!(e["message"].as_str().unwrap().starts_with("X402_MAX_VALIDITY_SECONDS is invalid"), "{e}");
        let f = X402Facilitator::new(&env_with(json!({"X402_PRICE": null, "X402_MAX_VALIDITY_SECONDS": bad})));
        let v = responded(&facilitator_flow(&f, "verify", &facilitator_body(2)).1);
        assert_eq!((v["status"].as_u64(), body(&v)["error"].as_str()), (Some(500), Some("invalid_secret")));
    }

    // The facilitator: the caller's 60 s does not cap; our secret does.
    let at = |f: &X402Facilitator, version: u8, now_s: f64| effect(&f.flow("verify", &facilitator_body(version), TOKEN, "", now_s * 1000.0).start(now_s * 1000.0));
    let f = X402Facilitator::new(&facilitator_env());
    ledger_call(&at(&f, 2, (VALID_BEFORE - 3000) as f64), "x402_claim");
    let f = X402Facilitator::new(&env_with(json!({"X402_PRICE": null, "X402_MAX_VALIDITY_SECONDS": "120"})));
    ledger_call(&at(&f, 1, (VALID_BEFORE - 120) as f64), "x402_claim");
    let v = responded(&at(&f, 1, (VALID_BEFORE - 121) as f64));
    assert_eq!(body(&v)["invalidReason"], "invalid_exact_evm_payload_authorization_valid_before", "{v}");

    // Huge validBefore: 2^53 − 1 is kept exactly in the claim; 2^53 is refused.
    let mut far = a.clone();
    far.valid_before = (1 << 53) - 1;
    let claim = verify_payment(&c, &v2_header(&far, &far.sign()), "", URL, NOW).unwrap_or_else(|r| panic!("{r}"));
    assert_eq!((ledger(&claim)["validBefore"].as_str(), claim["row"]["valid_before"].as_str()), (Some("9007199254740991"), Some("9007199254740991")));
    far.valid_before = 1 << 53;
    let v = reply(verify_payment(&c, &v2_header(&far, &far.sign()), "", URL, NOW));
    assert_eq!(body(&v)["error"], "invalid_exact_evm_payload_authorization_valid_before");
    assert!(v.to_string().contains("9007199254740991"), "{v}");
}

fn with_payment_id(a: &Auth, signature: &str, id: Value) -> String {
    b64json(&json!({"x402Version": 2, "resource": {"url": URL}, "accepted": accepted(), "payload": payload(a, signature),
        "extensions": {"payment-identifier": {"info": {"required": false, "id": id}}}}))
}

#[wasm_bindgen_test]
fn a_payment_identifier_is_looked_up_before_the_payment_is_judged() {
    let c = config();
    let a = vector_c();
    let id = "pay_0123456789abcdef0123456789abcdef";
    let kept = json!({"status": 200, "headers": [["PAYMENT-RESPONSE", "e30="]], "body": "e30="}).to_string();
    let mut tampered = VECTOR_C_SIGNATURE.to_owned();
    tampered.replace_range(4..6, "00");
    for (signature, reserve) in [(VECTOR_C_SIGNATURE, true), (tampered.as_str(), false)] {
        let h = with_payment_id(&a, signature, json!(id));
        let mut f = pay(&c, &h, "", URL, NOW);
        let p = ledger_call(&effect(&f.start(T_MS)), "x402_payment_id_begin");
        assert_eq!((p["endpoint"].as_str(), p["id"].as_str(), p["reserve"].as_bool()), (Some(ENDPOINT), Some(id), Some(reserve)));
        assert!(p["fingerprint"].as_str().unwrap().starts_with("0x"));
        let e = resume(&mut f, 200, &json!({"state": "kept", "response": kept}).to_string());
        assert_eq!((e["kind"].as_str(), &e["response"]), (Some("replay"), &parse(&kept)), "the kept response, nothing else asked");
        let mut f = pay(&c, &h, "", URL, NOW);
        f.start(T_MS);
        let e = resume(&mut f, 200, r#"{"state":"conflict"}"#);
        assert_eq!((responded(&e)["status"].as_u64(), body(&responded(&e))["error"].as_str()), (Some(409), Some("payment_id_conflict")));
    }
    // Refused on its own and nothing kept: its refusal.
    let mut f = pay(&c, &with_payment_id(&a, &tampered, json!(id)), "", URL, NOW);
    f.start(T_MS);
    refusal(&responded(&resume(&mut f, 200, r#"{"state":"none"}"#)));
    // A malformed id: 400 before anything.
    for bad in [json!("short"), json!(7), json!("pay_0123456789abcdef/0123")] {
        let r = responded(&effect(&pay(&c, &with_payment_id(&a, VECTOR_C_SIGNATURE, bad.clone()), "", URL, NOW).start(T_MS)));
        assert_eq!((r["status"].as_u64(), body(&r)["error"].as_str(), body(&r)["statusCode"].as_u64()), (Some(400), Some("invalid_payment_id"), Some(400)), "{bad}");
    }
    // Required by the seller: said in the challenge, and a payment without an id is 400.
    let required = X402Config::new(&env_with(json!({"X402_PAYMENT_ID_REQUIRED": "true"})));
    let challenge = reply(verify_payment(&required, "", "", URL, NOW));
    assert_eq!(unb64json(header(&challenge["headers"], "PAYMENT-REQUIRED").unwrap())["extensions"]["payment-identifier"]["info"]["required"], true);
    let r = reply(verify_payment(&required, &v2_header(&a, VECTOR_C_SIGNATURE), "", URL, NOW));
    assert_eq!((r["status"].as_u64(), body(&r)["error"].as_str()), (Some(400), Some("payment_id_required")));
    let p = ledger_call(&effect(&pay(&required, &with_payment_id(&a, VECTOR_C_SIGNATURE, json!(id)), "", URL, NOW).start(T_MS)), "x402_payment_id_begin");
    assert_eq!(p["id"], id);
}

// ---- Permit2 ----

/// Vector P1's permit (Hardhat #0 pays 1000 USDG through the exact proxy) as a v2 header.
fn permit2_header(signature: &str) -> String {
    let accepted = json!({"scheme": "exact", "network": "eip155:196", "amount": "1000", "asset": USDG, "payTo": RECIPIENT, "maxTimeoutSeconds": 300,
        "extra": {"name": "Global Dollar", "version": "1", "assetTransferMethod": "permit2"}});
    let payload = json!({"signature": signature, "permit2Authorization": {
        "from": PAYER, "permitted": {"token": USDG, "amount": "1000"}, "spender": "0x402085c248EeA27D92E8b30b2C58ed07f9E20001",
        "nonce": "123456789", "deadline": "1767225600", "witness": {"to": RECIPIENT, "validAfter": "0"}}});
    b64json(&json!({"x402Version": 2, "resource": {"url": URL}, "accepted": accepted, "payload": payload}))
}
const P1_SIGNATURE: &str = "0x4fedd995f0a0b54ad862b0d4907dc6a47d6bba41f14b7f9a58af0e27e10e7993280bbdba7a166ecc2bbcfa8e0cdeedbb59f40fe6ca23a02673a1d1b86f15d2051b";

#[wasm_bindgen_test]
fn a_permit2_payment_crosses_the_boundary() {
    let c = X402Config::new(&env_with(json!({"X402_PRICE": "1000", "X402_ASSET_TRANSFER_METHOD": "permit2"})));
    // The challenge advertises Permit2.
    let challenge = responded(&effect(&pay(&c, "", "", URL, NOW).start(T_MS)));
    assert_eq!(challenge["status"], 402);
    assert_eq!(unb64json(header(&challenge["headers"], "PAYMENT-REQUIRED").unwrap())["accepts"][0]["extra"]["assetTransferMethod"], "permit2");
    // Vector P1 verifies: claimed with the permit's nonce as a word and its deadline + 1.
    let claim = verify_payment(&c, &permit2_header(P1_SIGNATURE), "", URL, NOW).unwrap();
    assert_eq!(claim["row"]["nonce"], format!("0x{:0>64}", "75bcd15"));
    assert_eq!((claim["row"]["valid_before"].as_str(), claim["row"]["amount"].as_str()), (Some("1767225601"), Some("1000")));
    assert_eq!(ledger(&claim)["payload"]["permit2Authorization"]["nonce"], "123456789");
    // Someone else's signature, and an EIP-3009 seller: refused with their reasons.
    let mut other = P1_SIGNATURE.to_owned();
    other.replace_range(10..12, "00");
    let reason = |r: Result<Value, Value>| {
        let v = reply(r);
        assert_eq!(v["status"], 402, "{v}");
        body(&v)["error"].as_str().unwrap().to_owned()
    };
    assert_eq!(reason(verify_payment(&c, &permit2_header(&other), "", URL, NOW)), "invalid_permit2_signature");
    let eip3009 = X402Config::new(&env_with(json!({"X402_PRICE": "1000"})));
    assert_eq!(reason(verify_payment(&eip3009, &permit2_header(P1_SIGNATURE), "", URL, NOW)), "invalid_payload");
    // With a node: Permit2's allowance is asked before the claim; short, 412.
    let node = X402Config::new(&env_with(json!({"X402_PRICE": "1000", "X402_ASSET_TRANSFER_METHOD": "permit2", "RPC_URL": "https://rpc.test"})));
    let mut f = pay(&node, &permit2_header(P1_SIGNATURE), "", URL, NOW);
    let e = effect(&f.start(T_MS));
    let balance = http(&e, "chain", "balance");
    assert!(balance["body"].as_str().unwrap().contains("0x70a08231"));
    let word = |n: u64| json!({"jsonrpc": "2.0", "id": 1, "result": format!("0x{n:064x}")}).to_string();
    let allowance = http(&resume(&mut f, 200, &word(5000)), "chain", "allowance");
    assert!(allowance["body"].as_str().unwrap().contains("0xdd62ed3e"));
    // A payment already recorded is answered from the ledger whatever the chain says now: asked first.
    let peek = ledger_call(&resume(&mut f, 200, &word(999)), "x402_claim");
    assert_eq!(peek["mode"], "peek");
    let out = responded(&resume(&mut f, 200, r#"{"state":"none"}"#));
    assert_eq!((out["status"].as_u64(), body(&out)["error"].as_str()), (Some(412), Some("permit2_allowance_required")));
    // The x402 challenge rides along, as the reference servers send it with a 412.
    assert_eq!(unb64json(header(&out["headers"], "PAYMENT-REQUIRED").unwrap())["error"], "permit2_allowance_required");
    assert!(body(&out)["message"].as_str().unwrap().contains("0x000000000022D473030F116dDEE9F6B43aC78BA3"));
}
