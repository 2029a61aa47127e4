//! Bridge exports: JSON strings in, JSON strings out.

use wasm_bindgen::prelude::*;
use crate::bridge::{self, request::IncomingRequest, IdentityWire, Provider, Reply};
use crate::bridge::config::{self, BridgeConfig};
use crate::json::{self, Writer};

/// A 500 for arguments our own JS should never send. Keys in alphabetical order: this is
/// byte-for-byte what `serde_json::json!(…).to_string()` wrote before.
fn internal(what: &str) -> String {
    let e = crate::http_error::HttpError::new(500, "internal_error", what);
    let mut w = Writer::new();
    w.open_obj().key("action").str("respond").key("body").str(&e.to_json());
    w.key("headers").pairs(&[("Content-Type", "application/json")]).key("status").int(500);
    w.close_obj().finish()
}

fn reply(r: Reply) -> String {
    bridge::action_json(&r)
}

fn load(provider: &str, env: &str) -> Result<BridgeConfig, String> {
    let p = Provider::parse(provider).ok_or_else(|| internal("unknown provider"))?;
    let env = json::parse_object(env.as_bytes()).ok_or_else(|| internal("bad env"))?;
    bridge::configure(p, &env).map_err(|e| reply(e.into()))
}

fn begin_failed(next: &str) -> String {
    ["{\"cors\":[],\"next\":", next, "}"].concat()
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
        Err(r) => return begin_failed(&r),
    };
    let req = match IncomingRequest::from_json(request) {
        Some(r) => r,
        None => return begin_failed(&internal("bad request object")),
    };
    bridge::begin(&config, &req, now as i64).to_json()
}

/// `{"key":{n,e}}`, `{"unknownKid":true}` or `{"respond":{…}}`.
#[wasm_bindgen]
pub fn bridge_select_key(jwks: &str, kid: &str) -> String {
    bridge::select_key(jwks, kid).to_json()
}

#[wasm_bindgen]
pub fn bridge_finish(provider: &str, env: &str, identity: &str, now: f64) -> String {
    let config = match load(provider, env) {
        Ok(c) => c,
        Err(r) => return r,
    };
    match IdentityWire::from_json(identity) {
        Some(id) => reply(bridge::finish(&config, id, now as i64)),
        None => internal("bad identity"),
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
