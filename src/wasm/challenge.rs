//! The paywall's challenge alone: a request without a payment (the first of every buyer, and
//! every crawler's) is answered by this small flavor, configuration, challenge and
//! declarations, without the verifier and settler. Its only object is [`X402Challenge`]; the
//! linker keeps nothing a challenge does not run (no secp256k1, no settlement), so a fresh
//! Worker decodes, compiles and instantiates a fraction of the x402 flavor.
//!
//! No wasm-bindgen here, as in the bridge's: [`exports`] exports the object as functions over
//! numbers ([`super::abi`]), which `functions/src/lib/challenge-abi.js` wraps back into it.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::http::HttpError;
use crate::json;
use crate::x402::{self, facilitator, reply, PaywallConfig};

/// The paywall's configuration, parsed once per set of secret values (the same secrets, and
/// the same rules, as the x402 flavor's `X402Config`).
pub struct X402Challenge {
    config: Rc<Result<PaywallConfig, HttpError>>,
}

impl X402Challenge {
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

/// The raw exports `functions/src/lib/challenge-abi.js` calls.
#[allow(clippy::missing_safety_doc)]
pub mod exports {
    #[allow(unused_imports)]
    use crate::prelude::*;

    use super::super::abi::{arg, boxed, free, text};
    use super::X402Challenge;

    #[no_mangle]
    pub extern "C" fn challenge_env_keys() -> u32 {
        text(Some(X402Challenge::env_keys()))
    }

    #[no_mangle]
    pub extern "C" fn challenge_new(env: *mut u8, env_n: usize) -> *mut X402Challenge {
        boxed(X402Challenge::new(&arg(env, env_n)))
    }

    /// # Safety
    /// For every `challenge_*` export: `c` is a live pointer [`challenge_new`] returned.
    #[no_mangle]
    pub unsafe extern "C" fn challenge_free(c: *mut X402Challenge) {
        free(c);
    }

    #[no_mangle]
    pub unsafe extern "C" fn challenge_reply(c: *const X402Challenge, r: *mut u8, r_n: usize, e: *mut u8, e_n: usize, now_ms: f64) -> u32 {
        text(Some((*c).reply(&arg(r, r_n), &arg(e, e_n), now_ms)))
    }
}
