//! Bridge exports: a [`Bridge`] per isolate (the secrets parsed once) and a [`BridgeSession`]
//! per request. Every answer is one JSON reply string from `BridgeSession.reply()`,
//! `{status, headers: [[name, value]…], body}`, CORS included; bad arguments and calls out of
//! order end the session with the 500 reply, never a trap.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::bridge::config::{self, BridgeConfig};
use crate::bridge::request::IncomingRequest;
use crate::bridge::provider;
use crate::bridge::{self, Kind, Reply, Session};
use crate::json;

/// A provider's configuration, read from its secrets once and shared by its sessions.
#[wasm_bindgen]
pub struct Bridge {
    /// The configuration, or the 500 reply that explains why there is none.
    config: Result<Rc<BridgeConfig>, Reply>,
}

#[wasm_bindgen]
impl Bridge {
    /// `env` is the `{name: value}` JSON of the secrets named by [`Bridge::env_keys`], read
    /// whole whatever its length: each secret is then held to its own reader's limits, so one
    /// beyond them is named (`WORKOS_JWKS has 1001 keys; at most 256`).
    #[wasm_bindgen(constructor)]
    pub fn new(provider: &str, env: &str) -> Bridge {
        let config = match (provider::is_family(provider), json::parse_object_within(env.as_bytes(), usize::MAX)) {
            (false, _) => Err(bridge::internal("unknown provider")),
            (_, None) => Err(bridge::internal("bad env")),
            (true, Some(env)) => bridge::configure(provider, &env).map(Rc::new).map_err(Reply::from),
        };
        Bridge { config }
    }

    /// Comma-separated secret names the provider's function reads.
    pub fn env_keys(provider: &str) -> String {
        provider::family_row(provider).map(config::env_keys).unwrap_or_default()
    }

    /// Starts one request's session. `now` is in seconds.
    pub fn begin(&self, method: &str, origin: Option<String>, authorization: Option<String>, body: String, now: f64) -> BridgeSession {
        let session = match &self.config {
            Ok(c) => Session::begin(c, &IncomingRequest { method: method.into(), origin, authorization, body }, now as i64),
            Err(reply) => Session::unconfigured(reply.clone(), method),
        };
        BridgeSession(session)
    }
}

/// What a session waits for (`BridgeSession.kind`).
#[wasm_bindgen]
#[derive(Clone, Copy)]
pub enum BridgeStep {
    /// `reply()` is the answer.
    Respond = 0,
    /// Fetch `discovery_url` (OpenID Connect discovery), then `discovered(doc)` (or `fail`).
    Discover = 4,
    /// The JWKS: fetch `jwks_url` (undefined when pinned), then `select_key(doc, now)`.
    SelectKey = 1,
    /// PS256 or ES256: verify `signature` over `signing_input` with `key` by `alg`, then
    /// `signature_checked`.
    CheckSignature = 2,
    /// Send `stytch_request`, then `stytch_answer` (or `fail`).
    StytchAuthenticate = 3,
}

/// One request. It holds the unverified identity and the token's signature; JS reads what
/// to do from `kind`, does the I/O, reports back and reads `kind` again. Reports answer
/// nothing: the one result is `reply()` once `kind` is `Respond`.
#[wasm_bindgen]
pub struct BridgeSession(Session);

#[wasm_bindgen]
impl BridgeSession {
    #[wasm_bindgen(getter)]
    pub fn kind(&self) -> BridgeStep {
        match self.0.kind() {
            Kind::Respond => BridgeStep::Respond,
            Kind::Discover => BridgeStep::Discover,
            Kind::SelectKey => BridgeStep::SelectKey,
            Kind::CheckSignature => BridgeStep::CheckSignature,
            Kind::StytchAuthenticate => BridgeStep::StytchAuthenticate,
        }
    }

    /// `{status, headers, body}` JSON once `kind` is `Respond` (the 500 reply before that).
    pub fn reply(&self) -> String {
        self.0.reply().map_or_else(|| bridge::internal("no reply yet").to_json(), Reply::to_json)
    }

    /// Once a token is minted and BRIDGE_CLAIMS maps claims: `{"iat": …, "claims": {…}}`, the
    /// provider token's `iat` and the mapped claims (`{}` when the token carried none), which
    /// JS hands to the database as text (never parsed into JS numbers) before the reply
    /// leaves; undefined otherwise.
    #[wasm_bindgen(getter)]
    pub fn claims_record(&self) -> Option<String> {
        self.0.claims().map(Into::into)
    }

    /// The discovery document's URL while `kind` is `Discover`.
    #[wasm_bindgen(getter)]
    pub fn discovery_url(&self) -> Option<String> {
        self.0.discovery_url().map(Into::into)
    }

    /// The fetched discovery document: then `kind` is `SelectKey` (its `jwks_uri` in
    /// `jwks_url`) or `Respond` (issuer not the configured one, bad document, out of order).
    pub fn discovered(&mut self, doc: &str) {
        self.0.discovered(doc);
    }

    /// `PS256` or `ES256` while `kind` is `CheckSignature` (else empty).
    #[wasm_bindgen(getter)]
    pub fn alg(&self) -> String {
        self.0.alg().map(|a| a.name().into()).unwrap_or_default()
    }

    /// The JWKS URL to fetch while `kind` is `SelectKey`; undefined when the keys are pinned.
    #[wasm_bindgen(getter)]
    pub fn jwks_url(&self) -> Option<String> {
        self.0.jwks_url().map(Into::into)
    }

    /// Chooses the key by the token's `kid` from `jwks`, the fetched document (undefined when
    /// pinned), and checks an RS256 signature with it at once. Then `kind` is `Respond`
    /// (RS256 minted at `now` or refused; an unusable key or set), `CheckSignature` (PS256,
    /// ES256), or still `SelectKey` when no key has that `kid` (a fresh set may be tried
    /// once, else `fail("unknown_key")`).
    pub fn select_key(&mut self, jwks: Option<String>, now: f64) {
        self.0.select_key(jwks.as_deref(), now as i64);
    }

    /// The chosen key as a JWK (JSON) while `kind` is `CheckSignature` (else empty).
    #[wasm_bindgen(getter)]
    pub fn key(&self) -> String {
        self.0.key().map(|k| k.to_jwk()).unwrap_or_default()
    }

    /// The bytes the signature covers while `kind` is `CheckSignature` (else empty).
    #[wasm_bindgen(getter)]
    pub fn signing_input(&self) -> Vec<u8> {
        self.0.signing_input().unwrap_or_default().to_vec()
    }

    /// The raw signature while `kind` is `CheckSignature` (else empty).
    #[wasm_bindgen(getter)]
    pub fn signature(&self) -> Vec<u8> {
        self.0.signature().unwrap_or_default().to_vec()
    }

    /// WebCrypto's verdict on a PS256 or ES256 signature: mints for the session's own identity
    /// only on `true`, once.
    pub fn signature_checked(&mut self, valid: bool, now: f64) {
        self.0.signature_checked(valid, now as i64);
    }

    /// `{url, method, headers, body}` JSON to send while `kind` is `StytchAuthenticate` (else empty).
    #[wasm_bindgen(getter)]
    pub fn stytch_request(&self) -> String {
        self.0.stytch_request().map(|r| r.to_json()).unwrap_or_default()
    }

    pub fn stytch_answer(&mut self, status: u16, body: &str, now: f64) {
        self.0.stytch_answer(status, body, now as i64);
    }

    /// A failed I/O step: `provider_unreachable`, `provider_error` or `unknown_key`.
    pub fn fail(&mut self, code: &str) {
        self.0.fail(code);
    }
}
