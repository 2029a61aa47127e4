//! The bridge's exported objects, run on the real wasm32 build (`wasm-pack test --node`).
//! Native `cargo test` covers every rule; this checks the exported objects once compiled to
//! WebAssembly: a `Bridge` made once and reused, sessions that mint only for the token they
//! hold, once its RS256 power is the encoding (or after a `true` report for PS256 and ES256), one
//! JSON reply shape, no trap on garbage or misuse.
#![cfg(all(target_arch = "wasm32", feature = "bridge"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use insforge_edge::wasm::bridge::*;
use serde_json::{json, Value};
use sha2::Sha256;
use wasm_bindgen_test::wasm_bindgen_test;

const NOW: f64 = 1_800_000_000.0;

#[allow(dead_code)]
mod key {
    include!("fixtures/rsa_test_key.rs");
}

fn key_n() -> String {
    URL_SAFE_NO_PAD.encode(hex::decode(key::SIGNER_N).unwrap())
}

/// `input` signed RS256 with the test key.
fn sign(input: &str) -> String {
    let em = insforge_edge::rsa::encode_rs256(256, input.as_bytes()).unwrap();
    URL_SAFE_NO_PAD.encode(insforge_edge::rsa::modpow(&hex::decode(key::SIGNER_N).unwrap(), &hex::decode(key::SIGNER_D).unwrap(), &em).unwrap())
}

fn jwks() -> String {
    json!({"keys": [{"kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig", "n": key_n(), "e": "AQAB"}]}).to_string()
}

fn pinned_env() -> String {
    json!({"JWT_SECRET": "s3cret-value", "WORKOS_CLIENT_ID": "client_1", "WORKOS_JWKS": jwks()}).to_string()
}

fn b64(v: &Value) -> String {
    URL_SAFE_NO_PAD.encode(v.to_string())
}

/// A WorkOS token for `sub`, signed with the test key.
fn token(sub: &str) -> String {
    let input = format!(
        "{}.{}",
        b64(&json!({"alg": "RS256", "kid": "k1"})),
        b64(&json!({"iss": "https://api.workos.com", "sub": sub, "email": "a@example.com", "email_verified": true, "iat": NOW as i64 - 10, "exp": NOW as i64 + 600})),
    );
    format!("{input}.{}", sign(&input))
}

/// `token` with a signature that is not its own.
fn forged(sub: &str) -> String {
    let t = token(sub);
    let input = t.rsplit_once('.').unwrap().0;
    format!("{input}.{}", sign("another message"))
}

fn post(bridge: &Bridge, sub: &str) -> BridgeSession {
    bridge.begin("POST", None, Some(format!("Bearer {}", token(sub))), String::new(), NOW)
}

fn reply(s: &BridgeSession) -> Value {
    serde_json::from_str(&s.reply()).expect("replies are JSON")
}

fn status(s: &BridgeSession) -> u64 {
    reply(s)["status"].as_u64().unwrap()
}

fn error(s: &BridgeSession) -> String {
    let body: Value = serde_json::from_str(reply(s)["body"].as_str().unwrap()).unwrap();
    body["error"].as_str().unwrap().to_owned()
}

fn is(s: &BridgeSession, step: BridgeStep) -> bool {
    s.kind() as u32 == step as u32
}

/// What JS answers to `power()`: `s^e mod n`, lowercase hex without leading zeros (here by the
/// reference `modpow`, where the functions use BigInt).
fn raise(s: &mut BridgeSession, now: f64) {
    assert!(is(s, BridgeStep::RaisePower));
    let parts: Vec<Vec<u8>> = s.power().split(' ').map(|h| hex::decode(h).unwrap()).collect();
    let p = insforge_edge::rsa::modpow(&parts[0], &parts[1], &parts[2]).unwrap();
    s.powered(hex::encode(p).trim_start_matches('0'), now);
}

/// A pinned-key session over `sub`'s RS256 token, concluded by its power.
fn checked(bridge: &Bridge, sub: &str) -> BridgeSession {
    let mut s = post(bridge, sub);
    assert!(is(&s, BridgeStep::SelectKey));
    assert_eq!(s.jwks_url(), None, "pinned: nothing to fetch");
    s.select_key(None);
    raise(&mut s, NOW);
    assert!(is(&s, BridgeStep::Respond));
    s
}

/// An OpenID Connect bridge whose pinned key is a PS256 one: its signatures are JS's to check.
fn ps256_bridge() -> Bridge {
    let jwks = json!({"keys": [{"kty": "RSA", "kid": "p1", "alg": "PS256", "n": key_n(), "e": "AQAB"}]}).to_string();
    Bridge::new("oidc", &json!({"JWT_SECRET": "s3cret-value", "OIDC_ISSUER": "https://id.example", "OIDC_AUDIENCE": "app", "OIDC_JWKS": jwks}).to_string())
}

fn ps256_token(sub: &str) -> String {
    let claims = json!({"iss": "https://id.example", "aud": "app", "sub": sub, "iat": NOW as i64 - 10, "exp": NOW as i64 + 600});
    format!("{}.{}.{}", b64(&json!({"alg": "PS256", "kid": "p1"})), b64(&claims), URL_SAFE_NO_PAD.encode([7u8; 256]))
}

/// A PS256 session brought to the signature check.
fn at_check(bridge: &Bridge, sub: &str) -> BridgeSession {
    let mut s = bridge.begin("POST", None, Some(format!("Bearer {}", ps256_token(sub))), String::new(), NOW);
    assert!(is(&s, BridgeStep::SelectKey));
    s.select_key(None);
    assert!(is(&s, BridgeStep::CheckSignature));
    s
}

fn minted_claims(s: &BridgeSession) -> Value {
    let r = reply(s);
    assert_eq!(r["status"], 200);
    let body: Value = serde_json::from_str(r["body"].as_str().unwrap()).unwrap();
    let access = body["accessToken"].as_str().unwrap();
    let (signing_input, sig) = access.rsplit_once('.').unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(b"s3cret-value").unwrap();
    mac.update(signing_input.as_bytes());
    mac.verify_slice(&URL_SAFE_NO_PAD.decode(sig).unwrap()).expect("HS256 over JWT_SECRET");
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(signing_input.split('.').nth(1).unwrap()).unwrap()).unwrap()
}

#[wasm_bindgen_test]
fn env_keys_name_required_secrets() {
    let keys = Bridge::env_keys("workos");
    assert!(keys.split(',').any(|k| k == "WORKOS_CLIENT_ID"));
    assert!(keys.split(',').any(|k| k == "JWT_SECRET"));
    assert_eq!(Bridge::env_keys("unknown"), "");
}

#[wasm_bindgen_test]
fn configuration_errors_answer_every_session_without_a_value() {
    let bridge = Bridge::new("workos", &json!({"WORKOS_CLIENT_ID": "client_1"}).to_string());
    for _ in 0..2 {
        let s = post(&bridge, "u");
        assert!(is(&s, BridgeStep::Respond));
        assert_eq!(s.reply(), r#"{"status":500,"headers":[["Content-Type","application/json"]],"body":"{\"error\":\"missing_secret\",\"message\":\"JWT_SECRET is not set\",\"statusCode\":500}"}"#);
    }
    let bad_url = Bridge::new("workos", &json!({"JWT_SECRET": "topsecret", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS_URL": "http://topsecret.example"}).to_string());
    let s = post(&bad_url, "u");
    assert_eq!(error(&s), "invalid_secret");
    assert!(!s.reply().contains("topsecret"));
}

#[wasm_bindgen_test]
fn a_secret_beyond_a_reader_limit_names_itself_and_the_limit() {
    let key = json!({"kty": "RSA", "kid": "k", "n": URL_SAFE_NO_PAD.encode([0xabu8; 256]), "e": "AQAB"});
    let jwks = json!({"keys": vec![key; 1001]}).to_string();
    let bridge = Bridge::new("workos", &json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS": jwks}).to_string());
    let s = post(&bridge, "u");
    assert_eq!(error(&s), "invalid_secret");
    let body: Value = serde_json::from_str(reply(&s)["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["message"], "WORKOS_JWKS is invalid: must be a JWKS JSON document {\"keys\": [...]} of at most 262144 bytes");
}

#[wasm_bindgen_test]
fn an_rs256_session_mints_once_its_power_is_the_encoding_of_what_it_signs() {
    let bridge = Bridge::new("workos", &pinned_env());
    let mut s = checked(&bridge, "user_01H");
    assert_eq!((s.key(), s.alg(), s.signature(), s.power()), (String::new(), String::new(), vec![], String::new()), "nothing is left for JS to do");
    let claims = minted_claims(&s);
    assert_eq!((claims["sub"].as_str(), claims["role"].as_str(), claims["aud"].as_str()), (Some("user_01H"), Some("authenticated"), Some("insforge-api")));
    assert_eq!(claims["exp"], NOW as i64 + 600, "capped to the provider token's exp");
    // No report is taken for it, and the minted reply is not served again.
    s.signature_checked(true, NOW);
    assert_eq!(error(&s), "internal_error");
    let mut s = bridge.begin("POST", None, Some(format!("Bearer {}", forged("user_01H"))), String::new(), NOW);
    s.select_key(None);
    raise(&mut s, NOW);
    assert_eq!((status(&s), error(&s)), (401, "invalid_signature".to_owned()));
    s.signature_checked(true, NOW);
    assert_eq!(status(&s), 500, "nothing revives a refused session");
    // A power that is not the token's own never mints, nor does a WebCrypto-style verdict.
    let mut s = post(&bridge, "user_01H");
    s.select_key(None);
    s.signature_checked(true, NOW);
    assert_eq!(error(&s), "internal_error");
    let mut s = post(&bridge, "user_01H");
    s.select_key(None);
    s.powered("1", NOW);
    assert_eq!(error(&s), "invalid_signature");
}

#[wasm_bindgen_test]
fn a_ps256_session_mints_only_after_a_true_report_for_the_token_it_holds() {
    let bridge = ps256_bridge();
    let mut s = at_check(&bridge, "user_01H");
    assert_eq!(s.key(), format!(r#"{{"kty":"RSA","n":"{}","e":"AQAB","alg":"PS256","ext":true}}"#, key_n()));
    assert_eq!(s.alg(), "PS256");
    assert!(ps256_token("user_01H").as_bytes().starts_with(&s.signing_input()));
    assert_eq!(s.signature(), vec![7u8; 256]);
    // Nothing to read as an answer yet.
    assert_eq!(status(&s), 500);
    s.signature_checked(true, NOW);
    assert!(is(&s, BridgeStep::Respond));
    let claims = minted_claims(&s);
    assert_eq!((claims["sub"].as_str(), claims["role"].as_str()), (Some("user_01H"), Some("authenticated")));
    // A second report is refused, and the minted reply is not served again.
    s.signature_checked(true, NOW);
    assert_eq!(error(&s), "internal_error");
}

#[wasm_bindgen_test]
fn the_mapped_claims_to_record_come_out_of_a_minting_session_only() {
    let plain = Bridge::new("workos", &pinned_env());
    let s = checked(&plain, "u");
    assert_eq!(s.claims_record(), None, "no BRIDGE_CLAIMS: nothing to record");
    let mut env: Value = serde_json::from_str(&pinned_env()).unwrap();
    env["BRIDGE_CLAIMS"] = json!(r#"{"org_id":"/org_id"}"#);
    let mapped = Bridge::new("workos", &env.to_string());
    let mut s = post(&mapped, "u");
    assert_eq!(s.claims_record(), None, "not before the mint");
    s.select_key(None);
    raise(&mut s, NOW);
    let record = format!(r#"{{"iat":{},"claims":{{}}}}"#, NOW as i64 - 10);
    assert_eq!(s.claims_record(), Some(record), "mapped, but the token carries none: recorded as none, with the token's iat");
    let mut s = mapped.begin("POST", None, Some(format!("Bearer {}", forged("u"))), String::new(), NOW);
    s.select_key(None);
    raise(&mut s, NOW);
    assert_eq!((status(&s), s.claims_record()), (401, None), "a refusal records nothing");
}

#[wasm_bindgen_test]
fn a_false_report_is_a_401_and_final() {
    let bridge = ps256_bridge();
    let mut s = at_check(&bridge, "u");
    s.signature_checked(false, NOW);
    assert_eq!((status(&s), error(&s)), (401, "invalid_signature".to_owned()));
    s.signature_checked(true, NOW);
    assert_eq!(status(&s), 500);
}

#[wasm_bindgen_test]
fn calls_out_of_order_are_500_replies_not_traps() {
    let url_env = json!({"JWT_SECRET": "s3cret-value", "WORKOS_CLIENT_ID": "client_1"}).to_string();
    let bridge = Bridge::new("workos", &url_env);
    // A `true` report before any key was chosen mints nothing.
    let mut s = post(&bridge, "u");
    assert_eq!(s.jwks_url().as_deref(), Some("https://api.workos.com/sso/jwks/client_1"));
    assert_eq!((s.key(), s.signing_input(), s.signature()), (String::new(), vec![], vec![]), "nothing to check before the key");
    s.signature_checked(true, NOW);
    assert_eq!(error(&s), "internal_error");
    // A URL-sourced set must be handed in; no Stytch answer for a JWT; nothing after the end.
    let mut s = post(&bridge, "u");
    s.select_key(None);
    assert_eq!(status(&s), 500);
    let mut s = post(&bridge, "u");
    s.stytch_answer(200, "{}", NOW);
    assert_eq!(status(&s), 500);
    s.select_key(Some(jwks()));
    s.fail("invalid_signature");
    assert_eq!(status(&s), 500);
    // An unknown kid leaves the session waiting for a fresh set, which JS may not have.
    let mut s = post(&bridge, "u");
    s.select_key(Some(r#"{"keys":[]}"#.into()));
    assert!(is(&s, BridgeStep::SelectKey));
    s.fail("unknown_key");
    assert_eq!((status(&s), error(&s)), (401, "unknown_key".to_owned()));
    assert_eq!(s.stytch_request(), "");
}

#[wasm_bindgen_test]
fn one_bridge_serves_many_sessions_each_for_its_own_token() {
    let bridge = Bridge::new("workos", &pinned_env());
    let mut sessions: Vec<(String, BridgeSession)> = (0..50).map(|i| format!("user_{i}")).map(|sub| (sub.clone(), post(&bridge, &sub))).collect();
    // Interleaved: each key choice mints for the identity of its own session only.
    sessions.reverse();
    for (sub, s) in sessions.iter_mut() {
        s.select_key(None);
        raise(s, NOW);
        assert_eq!(minted_claims(s)["sub"].as_str(), Some(sub.as_str()));
    }
    drop(bridge);
    let s = &sessions[0].1;
    assert_eq!(status(s), 200, "a session outlives the Bridge it came from");
}

#[wasm_bindgen_test]
fn stytch_sessions_mint_from_stytch_s_answer() {
    let env = json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-test-1", "STYTCH_SECRET": "x", "STYTCH_API_BASE": "http://127.0.0.1:9"}).to_string();
    let bridge = Bridge::new("stytch", &env);
    let mut s = bridge.begin("POST", Some("https://app.example".into()), None, r#"{"session_token":"opaque"}"#.into(), NOW);
    assert!(is(&s, BridgeStep::StytchAuthenticate));
    let request: Value = serde_json::from_str(&s.stytch_request()).unwrap();
    assert_eq!((request["method"].as_str(), request["url"].as_str()), (Some("POST"), Some("http://127.0.0.1:9/v1/sessions/authenticate")));
    assert_eq!(request["body"], r#"{"session_token":"opaque"}"#);
    s.stytch_answer(200, &json!({"session": {"user_id": "user-test-1", "expires_at": "2027-01-15T09:00:00Z"}}).to_string(), NOW);
    let r = reply(&s);
    assert_eq!(r["status"], 200);
    assert!(r["headers"].as_array().unwrap().contains(&json!(["Access-Control-Allow-Origin", "*"])));
    let mut s = bridge.begin("POST", None, Some("Bearer opaque".into()), String::new(), NOW);
    s.fail("provider_unreachable");
    assert_eq!(status(&s), 503);
}

#[wasm_bindgen_test]
fn garbage_never_traps() {
    for junk in ["", "{", "null", "[]", "\u{0}", "{\"JWT_SECRET\":1}"] {
        let bridge = Bridge::new("workos", junk);
        let s = bridge.begin("POST", None, Some("Bearer x".into()), String::new(), NOW);
        assert!(status(&s) >= 400);
        let bridge = Bridge::new("workos", &pinned_env());
        let mut s = bridge.begin(junk, Some(junk.into()), Some(junk.into()), junk.into(), f64::NAN);
        assert!(is(&s, BridgeStep::Respond));
        assert!(status(&s) >= 400);
        s.select_key(Some(junk.into()));
        s.stytch_answer(200, junk, NOW);
        s.powered(junk, f64::NAN);
        assert!(status(&s) >= 400);
        // Pinned keys: what JS hands in is not read.
        let mut s = post(&bridge, "u");
        s.select_key(Some(junk.into()));
        raise(&mut s, NOW);
        assert_eq!(status(&s), 200);
        let mut s = post(&bridge, "u");
        s.select_key(None);
        s.powered(junk, f64::NAN);
        assert_eq!(error(&s), "invalid_signature");
        let url_bridge = Bridge::new("workos", &json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c"}).to_string());
        let mut s = post(&url_bridge, "u");
        s.select_key(Some(junk.into()));
        assert!(status(&s) >= 400);
    }
    let s = post(&Bridge::new("nobody", &pinned_env()), "u");
    assert_eq!(error(&s), "internal_error");
}

/// Byte-exact replies: the JS side and the end-to-end suite read these shapes.
#[wasm_bindgen_test]
fn replies_are_byte_exact() {
    let bridge = Bridge::new("workos", &pinned_env());
    let s = bridge.begin("OPTIONS", Some("https://x.io".into()), None, String::new(), 1.0);
    assert_eq!(s.reply(), "{\"status\":204,\"headers\":[[\"Access-Control-Allow-Methods\",\"POST, OPTIONS\"],[\"Access-Control-Allow-Headers\",\"authorization, content-type, x-client-info, apikey\"],[\"Access-Control-Max-Age\",\"86400\"],[\"Content-Length\",\"0\"],[\"Access-Control-Allow-Origin\",\"*\"]],\"body\":\"\"}");
    let mut s = bridge.begin("POST", None, Some(format!("Bearer {}", token("u\"1"))), String::new(), 1_800_000_000.0);
    s.select_key(None);
    raise(&mut s, 1_800_000_000.0);
    assert_eq!(s.reply(), "{\"status\":200,\"headers\":[[\"Content-Type\",\"application/json\"],[\"Access-Control-Allow-Origin\",\"*\"]],\"body\":\"{\\\"accessToken\\\":\\\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XCIxIiwicm9sZSI6ImF1dGhlbnRpY2F0ZWQiLCJhdWQiOiJpbnNmb3JnZS1hcGkiLCJpYXQiOjE4MDAwMDAwMDAsImV4cCI6MTgwMDAwMDYwMCwiZW1haWwiOiJhQGV4YW1wbGUuY29tIn0.MWhr41_BHPYkRgXDcze9WVZY0eD5bEPKQlM1gOWm77A\\\",\\\"tokenType\\\":\\\"Bearer\\\",\\\"expiresAt\\\":1800000600,\\\"user\\\":{\\\"id\\\":\\\"u\\\\\\\"1\\\",\\\"email\\\":\\\"a@example.com\\\"},\\\"provider\\\":\\\"workos\\\"}\"}");
    let mut s = post(&bridge, "u");
    s.signature_checked(false, 1.0);
    assert_eq!(s.reply(), "{\"status\":500,\"headers\":[[\"Content-Type\",\"application/json\"],[\"Access-Control-Allow-Origin\",\"*\"]],\"body\":\"{\\\"error\\\":\\\"internal_error\\\",\\\"message\\\":\\\"a call out of the conversation's order\\\",\\\"statusCode\\\":500}\"}");
}
