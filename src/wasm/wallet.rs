//! Wallet bridge exports: the configuration parsed once per set of secret values
//! ([`WalletBridge`]), and one [`WalletRequest`] per request, a flow JS drives like the x402
//! functions' (lib/effects.js): `start`, then `resume` with each effect's answer.
//!
//! No wasm-bindgen, as in every shipped module: [`exports`] exports these objects as functions
//! over numbers ([`super::abi`]), which `functions/src/lib/wallet-abi.js` wraps back into them.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::http::HttpError;
use crate::json;
use crate::wallet::config::{WalletConfig, ENV_KEYS};
use crate::wallet::flow::{Incoming, WalletFlow};
use crate::x402::flow::{Answer, Flow};

pub struct WalletBridge {
    config: Result<Rc<WalletConfig>, HttpError>,
}

impl WalletBridge {
    /// `env`: the `{name: value}` JSON of the secrets named by [`WalletBridge::env_keys`].
    pub fn new(env: &str) -> WalletBridge {
        let config = match json::parse_object(env.as_bytes()) {
            Some(env) => WalletConfig::from_env(&env).map(Rc::new).map_err(|e| e.to_http()),
            None => Err(HttpError::new(500, "internal_error", "bad env")),
        };
        WalletBridge { config }
    }

    /// Comma-separated secret names the wallet bridge reads.
    pub fn env_keys() -> String {
        ENV_KEYS.join(",")
    }

    /// One request: `fresh_nonce` is random letters and digits from JS (used by `GET`), and
    /// `address` a `GET`'s `?address=` (answered checksummed).
    pub fn begin(&self, method: &str, origin: Option<String>, body: String, fresh_nonce: String, address: Option<String>) -> WalletRequest {
        let incoming = Incoming { method: method.into(), origin, body, fresh_nonce, address };
        WalletRequest(WalletFlow::new(self.config.clone(), incoming))
    }
}

pub struct WalletRequest(WalletFlow);

impl WalletRequest {
    /// The first effect (JSON).
    pub fn start(&mut self, now_ms: f64) -> String {
        self.0.start(now_ms as u64).to_json()
    }

    /// The answer to the last effect (see `PaymentFlow.resume`).
    pub fn resume(&mut self, status: u16, body: &str, now_ms: f64) -> String {
        self.0.resume(Answer { status, body }, now_ms as u64).to_json()
    }
}

/// The raw exports `functions/src/lib/wallet-abi.js` calls.
#[allow(clippy::missing_safety_doc)]
pub mod exports {
    #[allow(unused_imports)]
    use crate::prelude::*;

    use super::super::abi::{arg, boxed, free, take, text};
    use super::{WalletBridge, WalletRequest};

    #[no_mangle]
    pub extern "C" fn wallet_env_keys() -> u32 {
        text(Some(WalletBridge::env_keys()))
    }

    #[no_mangle]
    pub extern "C" fn wallet_new(env: *mut u8, env_n: usize) -> *mut WalletBridge {
        boxed(WalletBridge::new(&arg(env, env_n)))
    }

    /// # Safety
    /// For every `wallet_*` export: `b` is a live pointer [`wallet_new`] returned; for every
    /// `request_*`, `r` one [`wallet_begin`] returned. Each freed once.
    #[no_mangle]
    pub unsafe extern "C" fn wallet_free(b: *mut WalletBridge) {
        free(b);
    }

    #[no_mangle]
    #[allow(clippy::too_many_arguments)]
    pub unsafe extern "C" fn wallet_begin(b: *const WalletBridge, m: *mut u8, m_n: usize, o: *mut u8, o_n: usize, body: *mut u8, body_n: usize, nonce: *mut u8, nonce_n: usize, a: *mut u8, a_n: usize) -> *mut WalletRequest {
        boxed((*b).begin(&arg(m, m_n), take(o, o_n), arg(body, body_n), arg(nonce, nonce_n), take(a, a_n)))
    }

    #[no_mangle]
    pub unsafe extern "C" fn request_free(r: *mut WalletRequest) {
        free(r);
    }

    #[no_mangle]
    pub unsafe extern "C" fn request_start(r: *mut WalletRequest, now_ms: f64) -> u32 {
        text(Some((*r).start(now_ms)))
    }

    #[no_mangle]
    pub unsafe extern "C" fn request_resume(r: *mut WalletRequest, status: u32, body: *mut u8, body_n: usize, now_ms: f64) -> u32 {
        text(Some((*r).resume(status as u16, &arg(body, body_n), now_ms)))
    }
}
