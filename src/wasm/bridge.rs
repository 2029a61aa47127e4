//! Bridge exports: a [`Bridge`] per isolate (the secrets parsed once) and a [`BridgeSession`]
//! per request. Every answer is one JSON reply string from `BridgeSession.reply()`,
//! `{status, headers: [[name, value]…], body}`, CORS included; bad arguments and calls out of
//! order end the session with the 500 reply, never a trap.
//!
//! No wasm-bindgen here: the typed objects below are plain Rust, and [`exports`] exports them as
//! functions over numbers, which `functions/src/lib/bridge-abi.js` wraps back into the same
//! objects. wasm-bindgen's export wrappers and glue cost the bridge more than it pays for
//! (docs/benchmarks.md, "The bridge without wasm-bindgen").

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::bridge::config::{self, BridgeConfig};
use crate::bridge::request::IncomingRequest;
use crate::bridge::provider;
use crate::bridge::{self, Kind, Reply, Session};
use crate::json;

/// A provider's configuration, read from its secrets once and shared by its sessions.
pub struct Bridge {
    /// The configuration, or the 500 reply that explains why there is none.
    config: Result<Rc<BridgeConfig>, Reply>,
}

impl Bridge {
    /// `env` is the `{name: value}` JSON of the secrets named by [`Bridge::env_keys`], read
    /// whole whatever its length: each secret is then held to its own reader's limits, so one
    /// beyond them is named (`WORKOS_JWKS has 1001 keys; at most 256`).
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
#[derive(Clone, Copy)]
pub enum BridgeStep {
    /// `reply()` is the answer.
    Respond = 0,
    /// Fetch `discovery_url` (OpenID Connect discovery), then `discovered(doc)` (or `fail`).
    Discover = 4,
    /// The JWKS: fetch `jwks_url` (undefined when pinned), then `select_key(doc)`.
    SelectKey = 1,
    /// PS256 or ES256: verify `signature` over `signing_input` with `key` by `alg`, then
    /// `signature_checked`.
    CheckSignature = 2,
    /// Send `stytch_request`, then `stytch_answer` (or `fail`).
    StytchAuthenticate = 3,
    /// RS256: raise the signature to the key's exponent (`power`), then `powered`.
    RaisePower = 5,
}

/// One request. It holds the unverified identity and the token's signature; JS reads what
/// to do from `kind`, does the I/O, reports back and reads `kind` again. Reports answer
/// nothing: the one result is `reply()` once `kind` is `Respond`.
pub struct BridgeSession(Session);

impl BridgeSession {
    pub fn kind(&self) -> BridgeStep {
        match self.0.kind() {
            Kind::Respond => BridgeStep::Respond,
            Kind::Discover => BridgeStep::Discover,
            Kind::SelectKey => BridgeStep::SelectKey,
            Kind::CheckSignature => BridgeStep::CheckSignature,
            Kind::RaisePower => BridgeStep::RaisePower,
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
    pub fn claims_record(&self) -> Option<String> {
        self.0.claims().map(Into::into)
    }

    /// The discovery document's URL while `kind` is `Discover`.
    pub fn discovery_url(&self) -> Option<String> {
        self.0.discovery_url().map(Into::into)
    }

    /// The fetched discovery document: then `kind` is `SelectKey` (its `jwks_uri` in
    /// `jwks_url`) or `Respond` (issuer not the configured one, bad document, out of order).
    pub fn discovered(&mut self, doc: &str) {
        self.0.discovered(doc);
    }

    /// `PS256` or `ES256` while `kind` is `CheckSignature` (else empty).
    pub fn alg(&self) -> String {
        self.0.alg().map(|a| a.name().into()).unwrap_or_default()
    }

    /// The JWKS URL to fetch while `kind` is `SelectKey`; undefined when the keys are pinned.
    pub fn jwks_url(&self) -> Option<String> {
        self.0.jwks_url().map(Into::into)
    }

    /// Chooses the key by the token's `kid` from `jwks`, the fetched document (undefined when
    /// pinned). Then `kind` is `RaisePower` (RS256), `CheckSignature` (PS256, ES256), `Respond`
    /// (an unusable key or set; an RS256 signature not of the key's size or range), or still
    /// `SelectKey` when no key has that `kid` (a fresh set may be tried once, else
    /// `fail("unknown_key")`).
    pub fn select_key(&mut self, jwks: Option<String>) {
        self.0.select_key(jwks.as_deref());
    }

    /// `n e s` in hex while `kind` is `RaisePower` (else empty): JS answers `s^e mod n`.
    pub fn power(&self) -> String {
        self.0.power().unwrap_or_default()
    }

    /// `s^e mod n` in lowercase hex without leading zeros: mints at `now` when it is the
    /// token's RS256 encoding, else refuses; once.
    pub fn powered(&mut self, power: &str, now: f64) {
        self.0.powered(power, now as i64);
    }

    /// The chosen key as a JWK (JSON) while `kind` is `CheckSignature` (else empty).
    pub fn key(&self) -> String {
        self.0.key().map(|k| k.to_jwk()).unwrap_or_default()
    }

    /// The bytes the signature covers while `kind` is `CheckSignature` (else empty).
    pub fn signing_input(&self) -> Vec<u8> {
        self.0.signing_input().unwrap_or_default().to_vec()
    }

    /// The raw signature while `kind` is `CheckSignature` (else empty).
    pub fn signature(&self) -> Vec<u8> {
        self.0.signature().unwrap_or_default().to_vec()
    }

    /// WebCrypto's verdict on a PS256 or ES256 signature: mints for the session's own identity
    /// only on `true`, once.
    pub fn signature_checked(&mut self, valid: bool, now: f64) {
        self.0.signature_checked(valid, now as i64);
    }

    /// `{url, method, headers, body}` JSON to send while `kind` is `StytchAuthenticate` (else empty).
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

/// The raw exports `functions/src/lib/bridge-abi.js` calls, in the calling convention of
/// [`super::abi`]. Objects are boxed and handed out as pointers, freed by JS once.
#[allow(clippy::missing_safety_doc)]
pub mod exports {
    #[allow(unused_imports)]
    use crate::prelude::*;

    use super::super::abi::{arg, boxed, free, out, take, text};
    use super::{Bridge, BridgeSession};

    #[no_mangle]
    pub extern "C" fn env_keys(p: *mut u8, n: usize) -> u32 {
        text(Some(Bridge::env_keys(&arg(p, n))))
    }

    #[no_mangle]
    pub extern "C" fn bridge_new(p: *mut u8, n: usize, env: *mut u8, env_n: usize) -> *mut Bridge {
        boxed(Bridge::new(&arg(p, n), &arg(env, env_n)))
    }

    /// # Safety
    /// `b` is a pointer [`bridge_new`] returned, freed once.
    #[no_mangle]
    pub unsafe extern "C" fn bridge_free(b: *mut Bridge) {
        free(b);
    }

    /// # Safety
    /// `b` is a live [`bridge_new`] pointer.
    #[no_mangle]
    #[allow(clippy::too_many_arguments)]
    pub unsafe extern "C" fn bridge_begin(b: *const Bridge, m: *mut u8, m_n: usize, o: *mut u8, o_n: usize, a: *mut u8, a_n: usize, body: *mut u8, body_n: usize, now: f64) -> *mut BridgeSession {
        boxed((*b).begin(&arg(m, m_n), take(o, o_n), take(a, a_n), arg(body, body_n), now))
    }

    /// # Safety
    /// For every `s_*` export: `s` is a live pointer [`bridge_begin`] returned.
    #[no_mangle]
    pub unsafe extern "C" fn s_free(s: *mut BridgeSession) {
        free(s);
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_kind(s: *const BridgeSession) -> u32 {
        (*s).kind() as u32
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_reply(s: *const BridgeSession) -> u32 {
        text(Some((*s).reply()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_claims_record(s: *const BridgeSession) -> u32 {
        text((*s).claims_record())
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_discovery_url(s: *const BridgeSession) -> u32 {
        text((*s).discovery_url())
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_discovered(s: *mut BridgeSession, p: *mut u8, n: usize) {
        (*s).discovered(&arg(p, n));
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_alg(s: *const BridgeSession) -> u32 {
        text(Some((*s).alg()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_jwks_url(s: *const BridgeSession) -> u32 {
        text((*s).jwks_url())
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_select_key(s: *mut BridgeSession, p: *mut u8, n: usize) {
        (*s).select_key(take(p, n));
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_power(s: *const BridgeSession) -> u32 {
        text(Some((*s).power()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_powered(s: *mut BridgeSession, p: *mut u8, n: usize, now: f64) {
        (*s).powered(&arg(p, n), now);
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_key(s: *const BridgeSession) -> u32 {
        text(Some((*s).key()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_signing_input(s: *const BridgeSession) -> u32 {
        out(Some((*s).signing_input()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_signature(s: *const BridgeSession) -> u32 {
        out(Some((*s).signature()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_signature_checked(s: *mut BridgeSession, valid: u32, now: f64) {
        (*s).signature_checked(valid == 1, now);
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_stytch_request(s: *const BridgeSession) -> u32 {
        text(Some((*s).stytch_request()))
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_stytch_answer(s: *mut BridgeSession, status: u32, p: *mut u8, n: usize, now: f64) {
        (*s).stytch_answer(status as u16, &arg(p, n), now);
    }

    #[no_mangle]
    pub unsafe extern "C" fn s_fail(s: *mut BridgeSession, p: *mut u8, n: usize) {
        (*s).fail(&arg(p, n));
    }
}
