//! Auth bridge: verify a WorkOS / Kinde / Stytch credential, mint an InsForge token.
//!
//! A [`Session`] is one request's conversation with JS, which does the I/O. It keeps the
//! unverified identity and the token's signature itself, so the only road to a minted token
//! is through the checks it asks JS to make:
//! 1. [`Session::begin`] reads the request and either answers at once, asks for the OpenID
//!    Connect discovery document (its `jwks_uri`), asks for the JWKS to choose the key from
//!    (fetched by JS, or pinned in the secrets), or asks JS to call Stytch.
//! 2. [`Session::select_key`] picks the key by the token's `kid`. For RS256 it checks the
//!    signature's size and range and asks JS for one number, `s^e mod n` ([`Session::power`]);
//!    [`Session::powered`] compares it with the whole expected encoding ([`crate::rsa`]) and
//!    mints or refuses. For PS256 and ES256 JS verifies the signature with the key (WebCrypto)
//!    and reports with [`Session::signature_checked`], which mints for the identity the session
//!    holds, once, and only after a `true` report.
//! 3. Stytch's answer goes to [`Session::stytch_answer`], which mints for the session it names.

#[allow(unused_imports)]
use crate::prelude::*;

pub mod claims;
pub mod config;
pub mod error;
pub mod jwks;
pub mod mint;
pub mod pointer;
pub mod provider;
pub mod request;
pub mod stytch;

use alloc::rc::Rc;

use crate::http::HttpRequest;
pub use crate::http::Reply;
use crate::http::HttpError;
use crate::jwt::{self, JwtError};
use claims::Identity;
use config::{BridgeConfig, KeySource};
use error::BridgeError;
use jwks::PublicKey;
use provider::Alg;
use request::{Credential, IncomingRequest};

impl From<BridgeError> for Reply {
    fn from(e: BridgeError) -> Reply {
        e.to_http().into()
    }
}

/// The configuration of the function `family` (`workos`, `kinde`, `stytch`, `oidc`).
pub fn configure(family: &str, env: &[(String, crate::json::Json)]) -> Result<BridgeConfig, BridgeError> {
    BridgeConfig::from_env(family, env)
}

/// The 500 message of a report the conversation does not expect at this point (our own JS is
/// wrong): one message for every such call keeps the .wasm small.
const OUT_OF_ORDER: &str = "a call out of the conversation's order";

/// A 500 for a call the conversation does not allow at this point, or a malformed argument
/// from our own JS.
pub fn internal(what: &str) -> Reply {
    HttpError::new(500, "internal_error", what).into()
}

/// A validated token whose signature is not checked yet, with what it claims.
#[derive(Debug)]
struct Unverified {
    alg: Alg,
    kid: String,
    signing_input: String,
    signature: Vec<u8>,
    identity: Identity,
}

/// What a step is while it is being replaced (allocates nothing).
const TAKEN: Step = Step::Done(Reply { status: 500, headers: Vec::new(), body: String::new() });
static NO_REPLY: Reply = Reply { status: 500, headers: Vec::new(), body: String::new() };

#[derive(Debug)]
enum Step {
    /// The answer is known; nothing more may happen.
    Done(Reply),
    /// The discovery document is needed for its `jwks_uri`.
    Discover(Unverified),
    /// With the JWKS URL the discovery document named, if any.
    SelectKey(Unverified, Option<String>),
    CheckSignature(Unverified, PublicKey),
    Stytch(HttpRequest),
}

/// What the session waits for, as JS reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// [`Session::reply`] is the answer.
    Respond,
    /// [`Session::discovery_url`] to fetch, its text to [`Session::discovered`].
    Discover,
    /// The JWKS: [`Session::jwks_url`] to fetch, or none when the keys are pinned.
    SelectKey,
    /// The [`Session::alg`] check of [`Session::signature`] over [`Session::signing_input`] with [`Session::key`].
    CheckSignature,
    /// RS256: [`Session::power`] computed, the result to [`Session::powered`].
    RaisePower,
    /// [`Session::stytch_request`] sent, its answer to [`Session::stytch_answer`].
    StytchAuthenticate,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Respond => "respond",
            Kind::Discover => "discover",
            Kind::SelectKey => "select_key",
            Kind::CheckSignature => "check_signature",
            Kind::RaisePower => "raise_power",
            Kind::StytchAuthenticate => "stytch_authenticate",
        }
    }
}

/// Outcome of [`Session::select_key`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyChoice {
    /// The key: JS checks a PS256 or ES256 signature with it, or raises an RS256 one to its power.
    Found,
    /// No key with the token's `kid`: JS may try once more with a fresh set, else fail.
    UnknownKid,
    /// The session concluded (an RS256 signature checked, minted or refused; bad JWKS,
    /// unusable key, call out of order): see [`Session::reply`].
    Respond,
}

impl KeyChoice {
    pub fn name(self) -> &'static str {
        match self {
            KeyChoice::Found => "found",
            KeyChoice::UnknownKid => "unknown_kid",
            KeyChoice::Respond => "respond",
        }
    }
}

#[derive(Debug)]
pub struct Session {
    /// `None` only for a session that was over before it began (configuration error).
    config: Option<Rc<BridgeConfig>>,
    /// Added to every reply the session makes.
    cors: Vec<(&'static str, String)>,
    step: Step,
    /// BRIDGE_CLAIMS configured and a token minted: `{"iat": …, "claims": {…}}`, the provider
    /// token's `iat` and the mapped claims (the values as the token carries them, as text), for
    /// JS to hand to the database unparsed before the reply leaves.
    claims: Option<String>,
}

impl Session {
    pub fn begin(config: &Rc<BridgeConfig>, req: &IncomingRequest, now: i64) -> Session {
        let cors = match request::cors_headers(config, req.origin.as_deref()) {
            Ok(c) => c,
            Err(e) => return Session::answered(e.into()),
        };
        let step = match req.method.to_ascii_uppercase().as_str() {
            "OPTIONS" => Step::Done(request::when_set_preflight()),
            "POST" => plan(config, req, now).unwrap_or_else(|e| Step::Done(e.into())),
            _ => Step::Done(BridgeError::MethodNotAllowed.into()),
        };
        let mut s = Session { config: Some(config.clone()), cors, step, claims: None };
        if let Step::Done(r) = &mut s.step {
            r.headers.extend(s.cors.iter().cloned());
        }
        s
    }

    /// A session whose answer is `reply` as it is (no CORS: the configuration is unusable).
    pub fn answered(reply: Reply) -> Session {
        Session { config: None, cors: Vec::new(), step: Step::Done(reply), claims: None }
    }

    /// A request to a bridge without a usable configuration (`error`): a method the bridge never
    /// serves is its 405 first, as with a configuration; POST and OPTIONS get `error`.
    pub fn unconfigured(error: Reply, method: &str) -> Session {
        match method.to_ascii_uppercase().as_str() {
            "POST" | "OPTIONS" => Session::answered(error),
            _ => Session::answered(BridgeError::MethodNotAllowed.into()),
        }
    }

    pub fn kind(&self) -> Kind {
        match self.step {
            Step::Done(_) => Kind::Respond,
            Step::Discover(_) => Kind::Discover,
            Step::SelectKey(..) => Kind::SelectKey,
            Step::CheckSignature(_, PublicKey::Rsa { alg: Alg::Rs256, .. }) => Kind::RaisePower,
            Step::CheckSignature(..) => Kind::CheckSignature,
            Step::Stytch(_) => Kind::StytchAuthenticate,
        }
    }

    /// The answer once the session is over.
    pub fn reply(&self) -> Option<&Reply> {
        match &self.step {
            Step::Done(r) => Some(r),
            _ => None,
        }
    }

    /// Where to fetch the JWKS from while a key is to be selected; `None` when pinned.
    pub fn jwks_url(&self) -> Option<&str> {
        match (&self.step, self.config.as_deref().map(|c| &c.keys)) {
            (Step::SelectKey(_, Some(u)), _) => Some(u),
            (Step::SelectKey(..), Some(KeySource::Url(u))) => Some(u),
            _ => None,
        }
    }

    /// The OpenID Connect discovery document to fetch while `kind` is `Discover`.
    pub fn discovery_url(&self) -> Option<&str> {
        match (&self.step, self.config.as_deref().map(|c| &c.keys)) {
            (Step::Discover(_), Some(KeySource::Discovery(u))) => Some(u),
            _ => None,
        }
    }

    /// The discovery document JS fetched from [`Session::discovery_url`]: its `issuer` must be
    /// the configured issuer exactly; then the key is chosen from its `jwks_uri`.
    pub fn discovered(&mut self, doc: &str) -> Kind {
        let issuer = self.config.as_deref().and_then(|c| c.issuers.first()).map_or("", String::as_str);
        let outcome = match &self.step {
            Step::Discover(_) => jwks::discovered_jwks_uri(doc, issuer).map_err(Reply::from),
            _ => Err(internal(OUT_OF_ORDER)),
        };
        match (outcome, core::mem::replace(&mut self.step, TAKEN)) {
            (Ok(url), Step::Discover(t)) => self.step = Step::SelectKey(t, Some(url)),
            (Err(r), _) | (Ok(_), Step::Done(r)) => drop(self.conclude(r)),
            (Ok(_), other) => self.step = other,
        }
        self.kind()
    }

    /// The token's algorithm while its signature is to be checked.
    pub fn alg(&self) -> Option<Alg> {
        match &self.step {
            Step::CheckSignature(_, k) => Some(k.alg()),
            _ => None,
        }
    }

    pub fn key(&self) -> Option<&PublicKey> {
        match &self.step {
            Step::CheckSignature(_, k) => Some(k),
            _ => None,
        }
    }

    /// The bytes the signature covers, while the signature is to be checked.
    pub fn signing_input(&self) -> Option<&[u8]> {
        match &self.step {
            Step::CheckSignature(t, _) => Some(t.signing_input.as_bytes()),
            _ => None,
        }
    }

    /// The raw signature (RSA, or ES256's `r || s`), while it is to be checked.
    pub fn signature(&self) -> Option<&[u8]> {
        match &self.step {
            Step::CheckSignature(t, _) => Some(&t.signature),
            _ => None,
        }
    }

    pub fn stytch_request(&self) -> Option<&HttpRequest> {
        match &self.step {
            Step::Stytch(r) => Some(r),
            _ => None,
        }
    }

    /// Chooses the token's key from `jwks` (the document JS fetched from [`Session::jwks_url`]),
    /// or from the pinned set, in which case `jwks` is not read. An RS256 signature not of the
    /// modulus' size, or not below it, is refused here.
    pub fn select_key(&mut self, jwks: Option<&str>) -> KeyChoice {
        let pinned = match self.config.as_deref().map(|c| &c.keys) {
            Some(KeySource::Pinned(doc)) => Some(doc.as_str()),
            _ => None,
        };
        let outcome = match (&self.step, pinned.or(jwks)) {
            (Step::SelectKey(t, _), Some(doc)) => jwks::select_key(doc, &t.kid, t.alg).map_err(Reply::from),
            (Step::SelectKey(..), None) => Err(internal(OUT_OF_ORDER)),
            _ => Err(internal(OUT_OF_ORDER)),
        };
        match outcome {
            Ok(None) => KeyChoice::UnknownKid,
            Ok(Some(PublicKey::Rsa { alg: Alg::Rs256, n, .. })) if !matches!(&self.step, Step::SelectKey(t, _) if crate::rsa::signature_fits(&n, &t.signature)) => {
                self.conclude(BridgeError::InvalidSignature.into());
                KeyChoice::Respond
            }
            Ok(Some(key)) => {
                if let Step::SelectKey(t, _) = core::mem::replace(&mut self.step, TAKEN) {
                    self.step = Step::CheckSignature(t, key);
                }
                KeyChoice::Found
            }
            Err(r) => {
                self.conclude(r);
                KeyChoice::Respond
            }
        }
    }

    /// JS's verdict on the PS256 or ES256 signature of the token this session holds, with the
    /// key it chose. Only `true`, after [`Session::select_key`] found the key, mints; and only
    /// once. (An RS256 token's verdict is the module's own: [`Session::powered`].)
    pub fn signature_checked(&mut self, valid: bool, now: i64) -> &Reply {
        let reply = match core::mem::replace(&mut self.step, TAKEN) {
            Step::CheckSignature(_, PublicKey::Rsa { alg: Alg::Rs256, .. }) => internal(OUT_OF_ORDER),
            Step::CheckSignature(token, _) if valid => self.mint(&token.identity, now),
            Step::CheckSignature(..) => BridgeError::InvalidSignature.into(),
            _ => internal(OUT_OF_ORDER),
        };
        self.conclude(reply)
    }

    /// While `kind` is `RaisePower`: the RS256 key's modulus `n`, its exponent `e` and the
    /// signature `s`, in hex, space-separated, for JS to answer `s^e mod n` to [`Session::powered`].
    pub fn power(&self) -> Option<String> {
        match &self.step {
            Step::CheckSignature(t, PublicKey::Rsa { alg: Alg::Rs256, n, e }) => Some(crate::concat(&[&hex::encode(n), " ", &hex::encode(e), " ", &hex::encode(&t.signature)])),
            _ => None,
        }
    }

    /// JS's `s^e mod n` (hex, as BigInt's `toString(16)` writes it) for [`Session::power`]: the
    /// token is minted (at `now`) only when it is the whole RS256 encoding of what the token
    /// signs ([`crate::rsa::power_is_encoding`]); anything else is an invalid signature. Once.
    pub fn powered(&mut self, power: &str, now: i64) -> &Reply {
        let reply = match core::mem::replace(&mut self.step, TAKEN) {
            Step::CheckSignature(t, PublicKey::Rsa { alg: Alg::Rs256, n, .. }) => match crate::rsa::power_is_encoding(&n, t.signing_input.as_bytes(), power) {
                true => self.mint(&t.identity, now),
                false => BridgeError::InvalidSignature.into(),
            },
            _ => internal(OUT_OF_ORDER),
        };
        self.conclude(reply)
    }

    /// Stytch's answer to [`Session::stytch_request`].
    pub fn stytch_answer(&mut self, status: u16, body: &str, now: i64) -> &Reply {
        let reply = match core::mem::replace(&mut self.step, TAKEN) {
            Step::Stytch(_) => match stytch::parse_authenticate(status, body, now) {
                Ok(id) => self.mint(&id, now),
                Err(e) => e.into(),
            },
            _ => internal(OUT_OF_ORDER),
        };
        self.conclude(reply)
    }

    /// A failure JS met while doing the I/O the session asked for (`provider_unreachable`,
    /// `provider_error`, `unknown_key`); never mints.
    pub fn fail(&mut self, code: &str) -> &Reply {
        let reply = match self.step {
            Step::Done(_) => internal(OUT_OF_ORDER),
            _ => BridgeError::from_io_code(code).into(),
        };
        self.conclude(reply)
    }

    /// `{"iat": …, "claims": {…}}`: the provider token's `iat` and the mapped claims of the
    /// minted token (`{}` when it carried none of them), when BRIDGE_CLAIMS maps any; `None`
    /// otherwise, and before a mint.
    pub fn claims(&self) -> Option<&str> {
        self.claims.as_deref()
    }

    fn mint(&mut self, id: &Identity, now: i64) -> Reply {
        let Some(config) = &self.config else { return internal(OUT_OF_ORDER) };
        let (minted, mapped) = (mint::mint(config, id, now), !config.claims.is_empty());
        match minted {
            Ok(body) => {
                if mapped {
                    let mut w = crate::json::Writer::new();
                    w.open_obj().key("iat").int(id.issued_at).key("claims").open_obj();
                    for (name, json) in &id.claims {
                        w.key(name).raw(json);
                    }
                    self.claims = Some(w.close_obj().close_obj().finish());
                }
                Reply::json(200, body)
            }
            Err(e) => e.into(),
        }
    }

    /// Ends the session with `reply` (plus CORS) and returns it.
    fn conclude(&mut self, mut reply: Reply) -> &Reply {
        reply.headers.extend(self.cors.iter().cloned());
        self.step = Step::Done(reply);
        self.reply().unwrap_or(&NO_REPLY)
    }
}

fn plan(config: &BridgeConfig, req: &IncomingRequest, now: i64) -> Result<Step, BridgeError> {
    match request::credential(config.provider, req)? {
        Credential::StytchSessionToken(t) => Ok(Step::Stytch(stytch::authenticate_request(config, &t)?)),
        Credential::Jwt(t) => {
            let algs: Vec<&str> = config.provider.algs.iter().map(|a| a.name()).collect();
            let token = jwt::parse(&t, &algs).map_err(|e| match e {
                JwtError::Malformed(why) => BridgeError::MalformedCredential(why),
                JwtError::UnsupportedAlgorithm(alg) => BridgeError::UnsupportedAlgorithm(alg),
                JwtError::MissingKeyId => BridgeError::UnknownKey,
            })?;
            let identity = claims::validate(config, &token.claims, now)?;
            let alg = Alg::parse(&token.alg).ok_or(BridgeError::UnsupportedAlgorithm(token.alg))?;
            let t = Unverified { alg, kid: token.kid, signing_input: token.signing_input, signature: token.signature, identity };
            Ok(match config.keys {
                KeySource::Discovery(_) => Step::Discover(t),
                _ => Step::SelectKey(t, None),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::b64;
    use serde_json::{json, Value};

    const NOW: i64 = 1_800_000_000;

    fn cfg(p: &str, extra: Value) -> Rc<BridgeConfig> {
        let mut env = json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "KINDE_ISSUER_URL": "https://acme.kinde.com", "STYTCH_PROJECT_ID": "project-test-1", "STYTCH_SECRET": "x"});
        for (k, v) in extra.as_object().unwrap() {
            env[k] = v.clone();
        }
        Rc::new(configure(p, &crate::json::entries(&env)).unwrap())
    }

    /// A token signed RS256 with the test key (other algorithms: any header, same signature).
    fn token(header: Value, claims: Value) -> String {
        let input = format!("{}.{}", b64::encode_url(header.to_string().as_bytes()), b64::encode_url(claims.to_string().as_bytes()));
        format!("{input}.{}", b64::encode_url(&crate::rsa::test_key::sign(input.as_bytes())))
    }

    /// `token` with one bit of its signature flipped.
    fn forged(token: &str) -> String {
        let (input, sig) = token.rsplit_once('.').unwrap();
        let mut sig = b64::decode_url(sig).unwrap();
        sig[100] ^= 1;
        format!("{input}.{}", b64::encode_url(&sig))
    }

    fn post(auth: &str) -> IncomingRequest {
        IncomingRequest { method: "POST".into(), origin: None, authorization: Some(auth.into()), body: String::new() }
    }

    fn error_code(r: &Reply) -> String {
        serde_json::from_str::<Value>(&r.body).unwrap()["error"].as_str().unwrap().to_owned()
    }

    fn pinned_jwks() -> String {
        let n = b64::encode_url(&crate::rsa::test_key::n());
        json!({"keys": [{"kty": "RSA", "kid": "k1", "n": n, "e": "AQAB"}]}).to_string()
    }

    fn valid_token() -> String {
        token(json!({"alg": "RS256", "kid": "k1"}), json!({"iss": "https://api.workos.com", "sub": "user_1", "email": "a@x.io", "email_verified": true, "exp": NOW + 100}))
    }

    /// `s^e mod n` for the session's [`Session::power`], as JS's BigInt writes it (computed
    /// here with the reference `modpow`).
    fn power_of(s: &Session) -> String {
        let parts: Vec<Vec<u8>> = s.power().expect("a power to raise").split(' ').map(|h| hex::decode(h).unwrap()).collect();
        let p = crate::rsa::modpow(&parts[0], &parts[1], &parts[2]).unwrap();
        hex::encode(p).trim_start_matches('0').to_owned()
    }

    /// Chooses the pinned key of an RS256 session and raises its signature: concluded.
    fn select_and_raise(s: &mut Session, now: i64) -> Reply {
        match s.select_key(None) {
            KeyChoice::Respond => s.reply().unwrap().clone(),
            choice => {
                assert_eq!((choice, s.kind()), (KeyChoice::Found, Kind::RaisePower));
                let p = power_of(s);
                s.powered(&p, now).clone()
            }
        }
    }

    /// A WorkOS session over `token`, its key chosen from a pinned set and its RS256 signature
    /// raised: concluded.
    fn workos_pinned(token: &str) -> Session {
        let c = cfg("workos", json!({"WORKOS_JWKS": pinned_jwks()}));
        let mut s = Session::begin(&c, &post(&format!("Bearer {token}")), NOW);
        assert_eq!(s.kind(), Kind::SelectKey);
        assert_eq!(s.jwks_url(), None, "pinned keys need no fetch");
        select_and_raise(&mut s, NOW);
        s
    }

    /// An OpenID Connect session over a PS256 token, its key chosen from a pinned set: JS is
    /// to check the signature (WebCrypto) and report.
    fn ps256_at_check() -> Session {
        let n = b64::encode_url(&crate::rsa::test_key::n());
        let jwks = json!({"keys": [{"kty": "RSA", "kid": "p1", "alg": "PS256", "n": n, "e": "AQAB"}]}).to_string();
        let env = json!({"OIDC_ISSUER": "https://id.example", "OIDC_AUDIENCE": "app", "OIDC_JWKS": jwks, "KINDE_ISSUER_URL": null, "WORKOS_CLIENT_ID": null});
        let c = cfg("oidc", env);
        let claims = json!({"iss": "https://id.example", "aud": "app", "sub": "user_1", "email": "a@x.io", "email_verified": true, "exp": NOW + 100});
        let mut s = Session::begin(&c, &post(&format!("Bearer {}", token(json!({"alg": "PS256", "kid": "p1"}), claims))), NOW);
        assert_eq!(s.select_key(None), KeyChoice::Found);
        assert_eq!(s.kind(), Kind::CheckSignature);
        assert_eq!(s.power(), None, "nothing to raise for PS256");
        s
    }

    #[test]
    fn preflight_and_methods_answer_at_once_with_cors() {
        let c = cfg("workos", json!({}));
        let s = Session::begin(&c, &IncomingRequest { method: "OPTIONS".into(), ..Default::default() }, NOW);
        assert_eq!(s.kind(), Kind::Respond);
        let r = s.reply().unwrap();
        assert_eq!(r.status, 204);
        assert_eq!(r.headers.last().unwrap(), &("Access-Control-Allow-Origin", "*".to_owned()));
        let s = Session::begin(&c, &IncomingRequest { method: "GET".into(), ..Default::default() }, NOW);
        assert_eq!(s.reply().unwrap().status, 405);
    }

    #[test]
    fn without_a_configuration_the_method_is_checked_first() {
        let missing = Reply::from(configure("workos", &crate::json::parse_object(b"{}").unwrap()).unwrap_err());
        assert_eq!(missing.status, 500);
        for method in ["GET", "put", "DELETE", "PATCH", "HEAD"] {
            let r = Session::unconfigured(missing.clone(), method).reply().unwrap().clone();
            assert_eq!((r.status, r.body.contains("method_not_allowed")), (405, true), "{method}");
        }
        for method in ["POST", "post", "OPTIONS"] {
            let r = Session::unconfigured(missing.clone(), method).reply().unwrap().clone();
            assert_eq!((r.status, r.body.contains("missing_secret")), (500, true), "{method}: {}", r.body);
        }
    }

    #[test]
    fn an_rs256_jwt_asks_for_the_key_and_is_checked_with_it() {
        let c = cfg("workos", json!({}));
        let t = valid_token();
        let mut s = Session::begin(&c, &post(&format!("Bearer {t}")), NOW);
        assert_eq!(s.kind(), Kind::SelectKey);
        assert_eq!(s.jwks_url(), Some("https://api.workos.com/sso/jwks/c"));
        assert_eq!((s.key(), s.signing_input(), s.signature()), (None, None, None), "nothing to check before the key");
        assert_eq!(s.select_key(Some(r#"{"keys":[]}"#)), KeyChoice::UnknownKid);
        assert_eq!(s.kind(), Kind::SelectKey, "a fresh set may still be tried");
        assert_eq!(s.power(), None, "no power before the key");
        assert_eq!(s.select_key(Some(&pinned_jwks())), KeyChoice::Found);
        assert_eq!(s.kind(), Kind::RaisePower);
        let (n, sig) = (crate::rsa::test_key::n(), b64::decode_url(t.rsplit_once('.').unwrap().1).unwrap());
        assert_eq!(s.power().unwrap(), format!("{} 010001 {}", hex::encode(&n), hex::encode(&sig)), "n e s, hex");
        let p = power_of(&s);
        let r = s.powered(&p, NOW + 7).clone();
        assert_eq!((s.jwks_url(), s.key(), s.alg(), s.power()), (None, None, None, None), "nothing is left for JS to do");
        assert_eq!(r.status, 200);
        let body: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!((body["user"]["id"].as_str(), body["user"]["email"].as_str()), (Some("user_1"), Some("a@x.io")));
        assert_eq!(body["expiresAt"], NOW + 100, "capped to the provider token's exp");
        let minted: Value = serde_json::from_slice(&b64::decode_url(body["accessToken"].as_str().unwrap().split('.').nth(1).unwrap()).unwrap()).unwrap();
        assert_eq!(minted["iat"], NOW + 7, "minted at the time select_key was given");
        assert_eq!(s.select_key(Some(&pinned_jwks())), KeyChoice::Respond);
        assert_eq!(s.reply().unwrap().status, 500, "no second key choice");
        assert_eq!(s.powered(&p, NOW).status, 500, "no second power");
    }

    #[test]
    fn an_rs256_token_mints_only_for_its_own_power_and_never_on_a_report() {
        let c = cfg("workos", json!({"WORKOS_JWKS": pinned_jwks()}));
        let t = valid_token();
        let at_power = || {
            let mut s = Session::begin(&c, &post(&format!("Bearer {t}")), NOW);
            assert_eq!(s.select_key(None), KeyChoice::Found);
            s
        };
        let right = power_of(&at_power());
        // The encoding's hex: leading zeros as BigInt writes none; anything else is refused.
        let padded = format!("00{right}");
        let upper = right.to_uppercase();
        let mut off_by_one = right.clone().into_bytes();
        *off_by_one.last_mut().unwrap() ^= 1;
        let off_by_one = String::from_utf8(off_by_one).unwrap();
        for wrong in ["", "0", "1", padded.as_str(), upper.as_str(), off_by_one.as_str(), "zz"] {
            let mut s = at_power();
            let r = s.powered(wrong, NOW).clone();
            assert_eq!((r.status, error_code(&r)), (401, "invalid_signature".into()), "{wrong:.12}");
            assert_eq!(s.powered(&right, NOW).status, 500, "a refused power is final");
        }
        let mut s = at_power();
        assert_eq!(s.signature_checked(true, NOW).status, 500, "a WebCrypto verdict cannot stand for an RS256 power");
        assert_eq!(s.powered(&right, NOW).status, 500);
        let mut s = at_power();
        assert_eq!(s.powered(&right, NOW).status, 200);
        let mut s = ps256_at_check();
        assert_eq!(s.powered(&right, NOW).status, 500, "no power for a PS256 token");
    }

    #[test]
    fn an_rs256_signature_that_does_not_verify_is_refused() {
        let other_key = json!({"keys": [{"kty": "RSA", "kid": "k1", "n": b64::encode_url(&[0xc5; 256]), "e": "AQAB"}]}).to_string();
        let unsigned = valid_token().rsplit_once('.').unwrap().0.to_owned() + "." + &b64::encode_url(b"sig");
        let n = crate::rsa::test_key::n();
        let at_n = valid_token().rsplit_once('.').unwrap().0.to_owned() + "." + &b64::encode_url(&n);
        let mut above = n.clone();
        above[255] = above[255].wrapping_add(2);
        let above_n = valid_token().rsplit_once('.').unwrap().0.to_owned() + "." + &b64::encode_url(&above);
        let cases = [(forged(&valid_token()), pinned_jwks(), true), (valid_token(), other_key, true), (unsigned, pinned_jwks(), false), (at_n, pinned_jwks(), false), (above_n, pinned_jwks(), false)];
        for (t, jwks, raised) in cases {
            let c = cfg("workos", json!({"WORKOS_JWKS": jwks}));
            let mut s = Session::begin(&c, &post(&format!("Bearer {t}")), NOW);
            // A signature of another size than the modulus, or not below it, is refused
            // before any power; the others once their power is not the encoding.
            assert_eq!(s.select_key(None) == KeyChoice::Found, raised, "{t}");
            let r = select_and_raise(&mut Session::begin(&c, &post(&format!("Bearer {t}")), NOW), NOW);
            assert_eq!((r.status, error_code(&r)), (401, "invalid_signature".into()), "{t}");
            assert_eq!(s.signature_checked(true, NOW).status, 500, "nothing revives a refused session");
        }
    }

    #[test]
    fn a_ps256_jwt_is_handed_to_js_with_its_key() {
        let s = ps256_at_check();
        assert!(matches!(s.key().unwrap(), PublicKey::Rsa { alg: Alg::Ps256, e, .. } if e == &[1, 0, 1]));
        assert!(s.key().unwrap().to_jwk().contains(r#""e":"AQAB","alg":"PS256""#));
        assert_eq!(s.alg(), Some(Alg::Ps256));
        assert_eq!(s.signature().map(<[u8]>::len), Some(256));
        assert!(s.signing_input().unwrap().starts_with(b"eyJ"));
    }

    #[test]
    fn mints_only_after_a_true_report_and_only_once() {
        let mut s = ps256_at_check();
        let r = s.signature_checked(true, NOW).clone();
        assert_eq!(r.status, 200);
        let body: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!((body["user"]["id"].as_str(), body["user"]["email"].as_str()), (Some("user_1"), Some("a@x.io")));
        assert_eq!(s.reply(), Some(&r));
        let again = s.signature_checked(true, NOW).clone();
        assert_eq!((again.status, error_code(&again)), (500, "internal_error".into()));
        assert_eq!(s.reply().unwrap().status, 500);

        let mut s = ps256_at_check();
        let r = s.signature_checked(false, NOW).clone();
        assert_eq!((r.status, error_code(&r)), (401, "invalid_signature".into()));
        assert_eq!(s.signature_checked(true, NOW).status, 500, "a false report is final");
    }

    #[test]
    fn mapped_claims_come_out_of_a_mint_only_with_bridge_claims() {
        assert_eq!(ps256_at_check().claims(), None, "before any mint");
        let s = workos_pinned(&valid_token());
        assert_eq!(s.reply().unwrap().status, 200);
        assert_eq!(s.claims(), None, "BRIDGE_CLAIMS not set: nothing to record");
        let c = cfg("workos", json!({"WORKOS_JWKS": pinned_jwks(), "BRIDGE_CLAIMS": r#"{"org_id":"/org_id","tier":"/tier"}"#}));
        let with = |claims: Value| token(json!({"alg": "RS256", "kid": "k1"}), claims);
        let base = json!({"iss": "https://api.workos.com", "sub": "user_1", "exp": NOW + 100});
        let mut both = base.clone();
        both["org_id"] = json!("org_1");
        both["tier"] = json!(3);
        both["iat"] = json!(NOW - 5);
        let iat = format!(r#"{{"iat":{NOW},"claims":"#);
        let (want_both, want_none) = (format!(r#"{{"iat":{},"claims":{{"org_id":"org_1","tier":3}}}}"#, NOW - 5), format!("{iat}{{}}}}"));
        let mut base = base;
        base["iat"] = json!(NOW);
        for (claims, valid, want) in [(both, true, Some(want_both.as_str())), (base.clone(), true, Some(want_none.as_str())), (base, false, None)] {
            let t = if valid { with(claims) } else { forged(&with(claims)) };
            let mut s = Session::begin(&c, &post(&format!("Bearer {t}")), NOW);
            assert_eq!(s.claims(), None, "not before the signature is checked");
            s.select_key(None);
            assert_eq!(s.claims(), None, "not before its power is compared");
            let p = power_of(&s);
            s.powered(&p, NOW);
            assert_eq!((s.reply().unwrap().status, s.claims()), (if valid { 200 } else { 401 }, want));
        }
    }

    #[test]
    fn calls_out_of_order_are_refused() {
        let c = cfg("workos", json!({}));
        let begin = || Session::begin(&c, &post(&format!("Bearer {}", valid_token())), NOW);
        // Before a key was chosen, a `true` report mints nothing.
        let mut s = begin();
        assert_eq!(s.signature_checked(true, NOW).status, 500);
        assert_eq!(s.kind(), Kind::Respond);
        // The URL-sourced set must be handed in.
        let mut s = begin();
        assert_eq!(s.select_key(None), KeyChoice::Respond);
        assert_eq!(s.reply().unwrap().status, 500);
        // No power before the key.
        let mut s = begin();
        assert_eq!(s.powered("1", NOW).status, 500);
        // No Stytch answer for a JWT session, no key choice twice.
        let mut s = begin();
        assert_eq!(s.stytch_answer(200, "{}", NOW).status, 500);
        let mut s = ps256_at_check();
        assert_eq!(s.select_key(None), KeyChoice::Respond);
        assert_eq!(s.signature_checked(true, NOW).status, 500);
        // Nothing after an immediate answer.
        let mut s = Session::begin(&c, &IncomingRequest { method: "GET".into(), ..Default::default() }, NOW);
        assert_eq!(s.fail("invalid_signature").status, 500);
        let mut s = Session::answered(internal("x"));
        assert_eq!(s.signature_checked(true, NOW).status, 500);
    }

    #[test]
    fn rejections_map_to_the_contract() {
        let c = cfg("workos", json!({}));
        let code = |t: String| {
            let s = Session::begin(&c, &post(&format!("Bearer {t}")), NOW);
            error_code(s.reply().expect("answered at once"))
        };
        let ok_claims = json!({"iss": "https://api.workos.com", "sub": "u", "exp": NOW + 100});
        assert_eq!(code(token(json!({"alg": "none", "kid": "k"}), ok_claims.clone())), "unsupported_algorithm");
        assert_eq!(code(token(json!({"alg": "HS256", "kid": "k"}), ok_claims.clone())), "unsupported_algorithm");
        assert_eq!(code(token(json!({"alg": "RS256"}), ok_claims.clone())), "unknown_key");
        assert_eq!(code(token(json!({"alg": "RS256", "kid": "k"}), json!({"iss": "https://api.workos.com", "sub": "u", "exp": NOW - 100}))), "token_expired");
        assert_eq!(code("x.y".into()), "malformed_credential");
    }

    #[test]
    fn key_choice_outcomes() {
        let c = cfg("workos", json!({}));
        let mut s = Session::begin(&c, &post(&format!("Bearer {}", valid_token())), NOW);
        assert_eq!(s.select_key(Some("nope")), KeyChoice::Respond);
        assert_eq!(s.reply().unwrap().status, 502);
        let mut s = Session::begin(&c, &post(&format!("Bearer {}", valid_token())), NOW);
        assert_eq!(s.fail("provider_unreachable").status, 503);
        let mut s = ps256_at_check();
        assert_eq!(s.fail("unknown_key").status, 401);
        let mut s = ps256_at_check();
        assert_eq!(s.fail("anything").status, 502);
    }

    #[test]
    fn stytch_opaque_plan_and_answer() {
        let c = cfg("stytch", json!({"STYTCH_API_BASE": "http://127.0.0.1:1"}));
        let ok = json!({"session": {"user_id": "user-test-1", "expires_at": "2027-01-15T09:00:00Z"}, "user": {"emails": []}}).to_string();
        let mut s = Session::begin(&c, &post("Bearer opaque123"), NOW);
        assert_eq!(s.kind(), Kind::StytchAuthenticate);
        assert_eq!(s.stytch_request().unwrap().url, "http://127.0.0.1:1/v1/sessions/authenticate");
        assert_eq!(s.signature_checked(true, NOW).status, 500, "a Stytch session has no signature to report");
        let mut s = Session::begin(&c, &post("Bearer opaque123"), NOW);
        assert_eq!(s.stytch_answer(200, &ok, NOW).status, 200);
        assert_eq!(s.stytch_answer(200, &ok, NOW).status, 500);
        let mut s = Session::begin(&c, &post("Bearer opaque123"), NOW);
        assert_eq!(s.stytch_answer(404, "{}", NOW).status, 401);
    }

    #[test]
    fn every_reply_carries_the_cors_headers() {
        let c = cfg("workos", json!({"BRIDGE_ALLOWED_ORIGINS": "https://app.example", "WORKOS_JWKS": pinned_jwks()}));
        let req = IncomingRequest { origin: Some("https://app.example".into()), ..post(&format!("Bearer {}", valid_token())) };
        let mut s = Session::begin(&c, &req, NOW);
        let r = select_and_raise(&mut s, NOW);
        assert_eq!(r.status, 200);
        assert!(r.headers.contains(&("Access-Control-Allow-Origin", "https://app.example".to_owned())));
        let refused = Session::begin(&c, &IncomingRequest { origin: Some("https://evil.example".into()), ..req }, NOW);
        assert_eq!(error_code(refused.reply().unwrap()), "origin_not_allowed");
    }

    #[test]
    fn discovery_then_key_then_signature() {
        let env = json!({"OIDC_PRESET": "supabase", "OIDC_ISSUER": "https://ref.supabase.co/auth/v1", "KINDE_ISSUER_URL": null, "WORKOS_CLIENT_ID": null});
        let c = cfg("oidc", env);
        let claims = json!({"iss": "https://ref.supabase.co/auth/v1", "aud": "authenticated", "sub": "uuid-1", "exp": NOW + 100});
        let es = format!("{}.{}.{}", b64::encode_url(json!({"alg": "ES256", "kid": "e1"}).to_string().as_bytes()), b64::encode_url(claims.to_string().as_bytes()), b64::encode_url(&[1; 64]));
        let mut s = Session::begin(&c, &post(&format!("Bearer {es}")), NOW);
        assert_eq!(s.kind(), Kind::Discover);
        assert_eq!(s.discovery_url(), Some("https://ref.supabase.co/auth/v1/.well-known/openid-configuration"));
        assert_eq!(s.jwks_url(), None);
        let doc = json!({"issuer": "https://ref.supabase.co/auth/v1", "jwks_uri": "https://ref.supabase.co/auth/v1/.well-known/jwks.json"}).to_string();
        assert_eq!(s.discovered(&doc), Kind::SelectKey);
        assert_eq!(s.jwks_url(), Some("https://ref.supabase.co/auth/v1/.well-known/jwks.json"));
        let xy = b64::encode_url(&[9; 32]);
        assert_eq!(s.select_key(Some(&json!({"keys": [{"kid": "e1", "kty": "EC", "crv": "P-256", "x": xy, "y": xy}]}).to_string())), KeyChoice::Found);
        assert_eq!((s.alg(), s.signature().map(<[u8]>::len)), (Some(Alg::Es256), Some(64)));
        let r = s.signature_checked(true, NOW).clone();
        assert_eq!(serde_json::from_str::<Value>(&r.body).unwrap()["provider"], "supabase");
        // A document naming another issuer ends the session; so does a report out of order.
        let mut s = Session::begin(&c, &post(&format!("Bearer {es}")), NOW);
        let other = json!({"issuer": "https://evil.example", "jwks_uri": "https://evil.example/jwks"}).to_string();
        assert_eq!(s.discovered(&other), Kind::Respond);
        assert_eq!((s.reply().unwrap().status, error_code(s.reply().unwrap())), (502, "provider_error".into()));
        assert_eq!(s.discovered(&doc), Kind::Respond);
        assert_eq!(s.reply().unwrap().status, 500);
        // RS256-only rows refuse ES256 and PS256 before any I/O.
        let w = cfg("workos", json!({}));
        let s = Session::begin(&w, &post(&format!("Bearer {es}")), NOW);
        assert_eq!(error_code(s.reply().unwrap()), "unsupported_algorithm");
    }
}
