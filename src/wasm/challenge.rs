//! The paywall's challenge alone: a request without a payment (the first of every buyer, and
//! every crawler's) is answered by this small flavor, configuration, challenge and
//! declarations, without the verifier and settler. Its only export is [`X402Challenge`]; the
//! linker keeps nothing a challenge does not run (no secp256k1, no settlement), so a fresh
//! Worker decodes, compiles and instantiates a fraction of the x402 flavor.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::http::HttpError;
use crate::json;
use crate::x402::{self, facilitator, reply, PaywallConfig};

/// The paywall's configuration, parsed once per set of secret values (the same secrets, and
/// the same rules, as the x402 flavor's `X402Config`).
#[wasm_bindgen]
pub struct X402Challenge {
    config: Rc<Result<PaywallConfig, HttpError>>,
}

#[wasm_bindgen]
impl X402Challenge {
    #[wasm_bindgen(constructor)]
    pub fn new(env: &str) -> X402Challenge {
        let config = match json::parse_object(env.as_bytes()) {
            Some(env) => PaywallConfig::from_env(&env).map_err(|e| e.info()),
            None => Err(HttpError::new(500, "internal_error", "bad env")),
        };
        X402Challenge { config: Rc::new(config) }
    }

    /// The secret names the paywall reads (the x402 flavor's list).
    pub fn env_keys() -> String {
        facilitator::env_keys()
    }

    /// The 402 challenge for `resource` on `endpoint` (`/functions/<slug>`), as JSON
    /// `{status, headers, body}`; a configuration error is its reply.
    pub fn reply(&self, resource: &str, endpoint: &str, now_ms: f64) -> String {
        let config = match &*self.config {
            Ok(c) => c,
            Err(e) => return reply::error(e).to_json(),
        };
        let selling = config.selling(endpoint);
        let config = &*selling;
        // What `x402::check` answers a request without a payment, and nothing else of it.
        let mut req = config.requirements(resource);
        req.siwx = x402::flow::siwx::declare(config, resource, (now_ms / 1000.0) as u64);
        reply::challenge(&req).to_json()
    }
}
