//! Wallet bridge exports: the configuration parsed once per set of secret values
//! ([`WalletBridge`]), and one [`WalletRequest`] per request, a flow JS drives like the x402
//! functions' (lib/effects.js): `start`, then `resume` with each effect's answer.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::http::HttpError;
use crate::json;
use crate::wallet::config::{WalletConfig, ENV_KEYS};
use crate::wallet::flow::{Incoming, WalletFlow};
use crate::x402::flow::{Answer, Flow};

#[wasm_bindgen]
pub struct WalletBridge {
    config: Result<Rc<WalletConfig>, HttpError>,
}

#[wasm_bindgen]
impl WalletBridge {
    /// `env`: the `{name: value}` JSON of the secrets named by [`WalletBridge::env_keys`].
    #[wasm_bindgen(constructor)]
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

#[wasm_bindgen]
pub struct WalletRequest(WalletFlow);

#[wasm_bindgen]
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
