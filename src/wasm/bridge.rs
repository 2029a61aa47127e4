//! Bridge exports: JSON strings in, JSON strings out.

use wasm_bindgen::prelude::*;
use crate::bridge::{self, request::IncomingRequest, IdentityWire, Provider, Reply};
use crate::bridge::config::{self, BridgeConfig};
use serde_json::{Map, Value};

fn internal(what: &str) -> String {
    let e = crate::http_error::HttpError::new(500, "internal_error", what);
    serde_json::json!({"action": "respond", "status": 500, "headers": [["Content-Type", "application/json"]], "body": e.to_json()}).to_string()
}

fn reply(r: Reply) -> String {
    serde_json::to_string(&bridge::Next::Respond(r)).unwrap_or_else(|_| internal("encode"))
}

fn load(provider: &str, env: &str) -> Result<BridgeConfig, String> {
    let p = Provider::parse(provider).ok_or_else(|| internal("unknown provider"))?;
    let env: Map<String, Value> = serde_json::from_str(env).map_err(|_| internal("bad env"))?;
    bridge::configure(p, &env).map_err(|e| reply(e.into()))
}

/// Comma-separated secret names the provider's function reads.
#[wasm_bindgen]
pub fn bridge_env_keys(provider: &str) -> String {
    Provider::parse(provider).map(|p| config::env_keys(p).join(",")).unwrap_or_default()
}

/// `{cors, next}`; `next.action` is `respond`, `verify_jwt` or `stytch_authenticate`.
#[wasm_bindgen]
pub fn bridge_begin(provider: &str, env: &str, request: &str, now: f64) -> String {
    let config = match load(provider, env) {
        Ok(c) => c,
        Err(r) => return format!(r#"{{"cors":[],"next":{r}}}"#),
    };
    let req: IncomingRequest = match serde_json::from_str(request) {
        Ok(r) => r,
        Err(_) => return format!(r#"{{"cors":[],"next":{}}}"#, internal("bad request object")),
    };
    serde_json::to_string(&bridge::begin(&config, &req, now as i64)).unwrap_or_else(|_| internal("encode"))
}

/// `{"key":{n,e}}`, `{"unknownKid":true}` or `{"respond":{…}}`.
#[wasm_bindgen]
pub fn bridge_select_key(jwks: &str, kid: &str) -> String {
    serde_json::to_string(&bridge::select_key(jwks, kid)).unwrap_or_else(|_| internal("encode"))
}

#[wasm_bindgen]
pub fn bridge_finish(provider: &str, env: &str, identity: &str, now: f64) -> String {
    let config = match load(provider, env) {
        Ok(c) => c,
        Err(r) => return r,
    };
    match serde_json::from_str::<IdentityWire>(identity) {
        Ok(id) => reply(bridge::finish(&config, id, now as i64)),
        Err(_) => internal("bad identity"),
    }
}

#[wasm_bindgen]
pub fn bridge_finish_stytch(provider: &str, env: &str, status: u16, body: &str, now: f64) -> String {
    match load(provider, env) {
        Ok(config) => reply(bridge::finish_stytch(&config, status, body, now as i64)),
        Err(r) => r,
    }
}

#[wasm_bindgen]
pub fn bridge_fail(code: &str) -> String {
    reply(bridge::fail(code))
}
