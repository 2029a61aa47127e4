//! The bridge's wasm-bindgen surface, run on the real wasm32 build (`wasm-pack test --node`).
//! Native `cargo test` covers every rule; this checks that the exports behave the same once
//! compiled to WebAssembly: JSON in and out, no trap on garbage, HS256 tokens that verify.
#![cfg(all(target_arch = "wasm32", feature = "bridge"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use insforge_edge::wasm::bridge::*;
use serde_json::{json, Value};
use sha2::Sha256;
use wasm_bindgen_test::wasm_bindgen_test;

const NOW: f64 = 1_800_000_000.0;

fn env() -> String {
    json!({"JWT_SECRET": "s3cret-value", "WORKOS_CLIENT_ID": "client_1", "WORKOS_JWKS": r#"{"keys":[]}"#}).to_string()
}

fn b64(v: &Value) -> String {
    URL_SAFE_NO_PAD.encode(v.to_string())
}

fn request(auth: &str) -> String {
    json!({"method": "POST", "origin": null, "authorization": auth, "body": ""}).to_string()
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).expect("exports always answer JSON")
}

#[wasm_bindgen_test]
fn env_keys_name_required_secrets() {
    let keys = bridge_env_keys("workos");
    assert!(keys.split(',').any(|k| k == "WORKOS_CLIENT_ID"));
    assert!(keys.split(',').any(|k| k == "JWT_SECRET"));
    assert_eq!(bridge_env_keys("unknown"), "");
}

#[wasm_bindgen_test]
fn missing_secret_is_named_never_valued() {
    let out = bridge_begin("workos", &json!({"WORKOS_CLIENT_ID": "client_1"}).to_string(), &request("Bearer x"), NOW);
    let next = &parse(&out)["next"];
    assert_eq!(next["status"], 500);
    let body = parse(next["body"].as_str().unwrap());
    assert_eq!(body["error"], "missing_secret");
    assert!(body["message"].as_str().unwrap().contains("JWT_SECRET"));
}

#[wasm_bindgen_test]
fn a_valid_token_plans_a_verification_then_mints() {
    let token = format!(
        "{}.{}.{}",
        b64(&json!({"alg": "RS256", "kid": "k1"})),
        b64(&json!({"iss": "https://api.workos.com", "sub": "user_01H", "email": "a@example.com", "exp": NOW as i64 + 600})),
        URL_SAFE_NO_PAD.encode(b"signature")
    );
    let plan = parse(&bridge_begin("workos", &env(), &request(&format!("Bearer {token}")), NOW));
    let next = &plan["next"];
    assert_eq!(next["action"], "verify_jwt");
    assert_eq!(next["kid"], "k1");
    assert_eq!(next["pinnedJwks"], r#"{"keys":[]}"#);

    let minted = parse(&bridge_finish("workos", &env(), &next["identity"].to_string(), NOW));
    assert_eq!(minted["status"], 200);
    let body = parse(minted["body"].as_str().unwrap());
    let access = body["accessToken"].as_str().unwrap();
    let (signing_input, sig) = access.rsplit_once('.').unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(b"s3cret-value").unwrap();
    mac.update(signing_input.as_bytes());
    mac.verify_slice(&URL_SAFE_NO_PAD.decode(sig).unwrap()).expect("HS256 over JWT_SECRET");
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(signing_input.split('.').nth(1).unwrap()).unwrap()).unwrap();
    assert_eq!(claims["role"], "authenticated");
    assert_eq!(claims["aud"], "insforge-api");
    assert_eq!(claims["sub"], "user_01H");
    assert_eq!(claims["exp"], NOW as i64 + 600, "capped to the provider token's exp");
}

#[wasm_bindgen_test]
fn key_selection_and_io_failures() {
    let n = URL_SAFE_NO_PAD.encode([0xabu8; 256]);
    let jwks = json!({"keys": [{"kty": "RSA", "kid": "k1", "alg": "RS256", "use": "sig", "n": n, "e": "AQAB"}]}).to_string();
    assert_eq!(parse(&bridge_select_key(&jwks, "k1"))["key"]["e"], "AQAB");
    assert_eq!(parse(&bridge_select_key(&jwks, "k2"))["unknownKid"], true);
    assert_eq!(parse(&bridge_fail("provider_unreachable"))["status"], 503);
    assert_eq!(parse(&bridge_fail("invalid_signature"))["status"], 401);
}

#[wasm_bindgen_test]
fn garbage_never_traps() {
    for junk in ["", "{", "null", "[]", "\u{0}", "{\"method\":1}"] {
        let out = parse(&bridge_begin("workos", &env(), junk, NOW));
        assert!(out["next"]["status"].as_u64().unwrap() >= 400);
        assert!(parse(&bridge_begin("workos", junk, &request("Bearer x"), NOW))["next"]["status"].as_u64().unwrap() >= 400);
        assert!(parse(&bridge_finish("workos", &env(), junk, NOW))["status"].as_u64().unwrap() >= 400);
        assert!(parse(&bridge_select_key(junk, junk)).is_object());
        assert!(parse(&bridge_finish_stytch("stytch", &env(), 200, junk, NOW))["status"].as_u64().unwrap() >= 400);
    }
    assert!(parse(&bridge_begin("nobody", &env(), &request("Bearer x"), f64::NAN))["next"]["status"].as_u64().unwrap() >= 400);
}

/// Byte-exact replies (recorded from the serde_json implementation): the JS side and the
/// end-to-end suite compare these shapes, key order and escaping included.
#[wasm_bindgen_test]
fn replies_are_byte_exact() {
    const ENV: &str = r#"{"JWT_SECRET":"s3cret-value","WORKOS_CLIENT_ID":"client_1","WORKOS_JWKS":"{\"keys\":[]}"}"#;
    assert_eq!(bridge_fail("invalid_signature"), "{\"action\":\"respond\",\"status\":401,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":\"{\\\"error\\\":\\\"invalid_signature\\\",\\\"message\\\":\\\"the token signature does not verify\\\",\\\"statusCode\\\":401}\"}");
    assert_eq!(bridge_select_key(r#"{"keys":[]}"#, "k"), "{\"unknownKid\":true}");
    assert_eq!(bridge_select_key("nope", "k"), "{\"respond\":{\"status\":502,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":\"{\\\"error\\\":\\\"provider_error\\\",\\\"message\\\":\\\"the provider's JWKS is not a JSON key set\\\",\\\"statusCode\\\":502}\"}}");
    assert_eq!(bridge_begin("nobody", ENV, "{}", 1.0), "{\"cors\":[],\"next\":{\"action\":\"respond\",\"body\":\"{\\\"error\\\":\\\"internal_error\\\",\\\"message\\\":\\\"unknown provider\\\",\\\"statusCode\\\":500}\",\"headers\":[[\"Content-Type\",\"application/json\"]],\"status\":500}}");
    assert_eq!(bridge_begin("workos", ENV, "[", 1.0), "{\"cors\":[],\"next\":{\"action\":\"respond\",\"body\":\"{\\\"error\\\":\\\"internal_error\\\",\\\"message\\\":\\\"bad request object\\\",\\\"statusCode\\\":500}\",\"headers\":[[\"Content-Type\",\"application/json\"]],\"status\":500}}");
    assert_eq!(bridge_begin("workos", ENV, r#"{"method":"OPTIONS","origin":"https://x.io"}"#, 1.0), "{\"cors\":[[\"Access-Control-Allow-Origin\",\"*\"]],\"next\":{\"action\":\"respond\",\"status\":204,\"headers\":[[\"Access-Control-Allow-Methods\",\"POST, OPTIONS\"],[\"Access-Control-Allow-Headers\",\"authorization, content-type, x-client-info, apikey\"],[\"Access-Control-Max-Age\",\"86400\"],[\"Content-Length\",\"0\"]],\"body\":\"\"}}");
    assert_eq!(bridge_finish("workos", ENV, r#"{"sub":"u\"1","email":null,"validUntil":1800000600}"#, 1_800_000_000.0), "{\"action\":\"respond\",\"status\":200,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":\"{\\\"accessToken\\\":\\\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1XCIxIiwicm9sZSI6ImF1dGhlbnRpY2F0ZWQiLCJhdWQiOiJpbnNmb3JnZS1hcGkiLCJpYXQiOjE4MDAwMDAwMDAsImV4cCI6MTgwMDAwMDYwMH0.smtXEWNrlhIMvQOlXKYpFe4Oeep6_0O0jjwb5dtL3tE\\\",\\\"tokenType\\\":\\\"Bearer\\\",\\\"expiresAt\\\":1800000600,\\\"user\\\":{\\\"id\\\":\\\"u\\\\\\\"1\\\",\\\"email\\\":null},\\\"provider\\\":\\\"workos\\\"}\"}");
    assert_eq!(bridge_finish("workos", ENV, "{}", 1.0), "{\"action\":\"respond\",\"body\":\"{\\\"error\\\":\\\"internal_error\\\",\\\"message\\\":\\\"bad identity\\\",\\\"statusCode\\\":500}\",\"headers\":[[\"Content-Type\",\"application/json\"]],\"status\":500}");
    assert_eq!(bridge_finish_stytch("stytch", r#"{"JWT_SECRET":"s","STYTCH_PROJECT_ID":"p"}"#, 200, "{}", 1.0), "{\"action\":\"respond\",\"status\":502,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":\"{\\\"error\\\":\\\"provider_error\\\",\\\"message\\\":\\\"Stytch's session response is not in the documented shape\\\",\\\"statusCode\\\":502}\"}");
}
