//! Auth bridge: verify a WorkOS / Kinde / Stytch credential, mint an InsForge token.
//!
//! The flow is a short conversation with JS, which does the I/O:
//! 1. [`begin`] reads the request and either answers at once, asks JS to verify an RS256
//!    signature (with keys from a URL or a pinned JWKS), or asks JS to call Stytch.
//! 2. [`select_key`] picks the key from the JWKS JS fetched (JS refetches once on `unknownKid`).
//! 3. [`finish`] / [`finish_stytch`] mint the token once the provider's answer is in.

pub mod claims;
pub mod config;
pub mod error;
pub mod jwks;
pub mod mint;
pub mod request;
pub mod stytch;

use crate::b64;
pub use crate::http::Reply;
use crate::http::HttpRequest;
use crate::json::{Json, Reader, Writer};
use crate::jwt::{self, JwtError};
use claims::Identity;
use config::{BridgeConfig, KeySource};
use error::BridgeError;
use request::{Credential, IncomingRequest};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    WorkOs,
    Kinde,
    Stytch,
}

impl Provider {
    pub fn parse(name: &str) -> Option<Provider> {
        match name {
            "workos" => Some(Provider::WorkOs),
            "kinde" => Some(Provider::Kinde),
            "stytch" => Some(Provider::Stytch),
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Provider::WorkOs => "workos",
            Provider::Kinde => "kinde",
            Provider::Stytch => "stytch",
        }
    }
}

/// `{"action":"respond", status, headers, body}`: what JS gets from every finishing call.
pub fn action_json(r: &Reply) -> String {
    let mut w = Writer::new();
    w.open_obj().key("action").str("respond");
    r.write_fields(&mut w);
    w.close_obj().finish()
}

impl From<BridgeError> for Reply {
    fn from(e: BridgeError) -> Reply {
        e.to_http().into()
    }
}

/// The identity as it travels through JS between `begin` and `finish`:
/// `{"sub":…,"email":…|null,"validUntil":…|null}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdentityWire {
    pub sub: String,
    pub email: Option<String>,
    pub valid_until: Option<i64>,
}

impl IdentityWire {
    fn write(&self, w: &mut Writer) {
        w.open_obj().key("sub").str(&self.sub).key("email").opt_str(self.email.as_deref()).key("validUntil");
        match self.valid_until {
            Some(t) => w.int(t),
            None => w.null(),
        };
        w.close_obj();
    }

    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        self.write(&mut w);
        w.finish()
    }

    /// Reads what `to_json` wrote (and whatever else serde's derived reader accepted:
    /// `email`/`validUntil` may be absent, fields may come as an array in order).
    pub fn from_json(text: &str) -> Option<IdentityWire> {
        let mut r = Reader::new(text.as_bytes());
        let (mut sub, mut email, mut valid_until) = (None, None, None);
        r.strukt(&["sub", "email", "validUntil"], 3, &mut |r, i| {
            match i {
                0 => sub = Some(r.str()?),
                1 => email = r.opt(Reader::str)?,
                _ => valid_until = r.opt(Reader::i64)?,
            }
            Some(())
        })?;
        r.end()?;
        Some(IdentityWire { sub: sub?, email, valid_until })
    }
}

impl From<Identity> for IdentityWire {
    fn from(i: Identity) -> Self {
        IdentityWire { sub: i.sub, email: i.email, valid_until: i.valid_until }
    }
}

/// What JS must do next (`action` = `respond`, `verify_jwt` or `stytch_authenticate`).
#[derive(Debug)]
pub enum Next {
    Respond(Reply),
    VerifyJwt {
        kid: String,
        signing_input: String,
        /// Standard base64 of the raw RSASSA-PKCS1-v1_5 signature.
        signature: String,
        /// Exactly one of the two is set.
        jwks_url: Option<String>,
        pinned_jwks: Option<String>,
        identity: IdentityWire,
    },
    StytchAuthenticate { request: HttpRequest },
}

impl Next {
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        self.write(&mut w);
        w.finish()
    }

    fn write(&self, w: &mut Writer) {
        match self {
            Next::Respond(r) => {
                w.raw(&action_json(r));
            }
            Next::VerifyJwt { kid, signing_input, signature, jwks_url, pinned_jwks, identity } => {
                w.open_obj().key("action").str("verify_jwt").key("kid").str(kid).key("signingInput").str(signing_input);
                w.key("signature").str(signature).key("jwksUrl").opt_str(jwks_url.as_deref());
                w.key("pinnedJwks").opt_str(pinned_jwks.as_deref()).key("identity");
                identity.write(w);
                w.close_obj();
            }
            Next::StytchAuthenticate { request } => {
                w.open_obj().key("action").str("stytch_authenticate").key("request");
                request.write(w);
                w.close_obj();
            }
        }
    }
}

#[derive(Debug)]
pub struct Begin {
    /// Headers JS adds to whatever response it finally sends.
    pub cors: Vec<(&'static str, String)>,
    pub next: Next,
}

impl Begin {
    /// `{"cors":[[k,v]…],"next":{…}}`.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("cors").pairs(&self.cors).key("next");
        self.next.write(&mut w);
        w.close_obj().finish()
    }
}

pub fn configure(provider: Provider, env: &[(String, Json)]) -> Result<BridgeConfig, BridgeError> {
    BridgeConfig::from_env(provider, env)
}

pub fn begin(config: &BridgeConfig, req: &IncomingRequest, now: i64) -> Begin {
    let cors = match request::cors_headers(config, req.origin.as_deref()) {
        Ok(c) => c,
        Err(e) => return Begin { cors: vec![], next: Next::Respond(e.into()) },
    };
    let next = match req.method.to_ascii_uppercase().as_str() {
        "OPTIONS" => {
            let mut headers: Vec<(&'static str, String)> = request::preflight_headers().iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
            headers.push(("Content-Length", "0".into()));
            Next::Respond(Reply { status: 204, headers, body: String::new() })
        }
        "POST" => plan(config, req, now).unwrap_or_else(|e| Next::Respond(e.into())),
        _ => Next::Respond(BridgeError::MethodNotAllowed.into()),
    };
    Begin { cors, next }
}

fn plan(config: &BridgeConfig, req: &IncomingRequest, now: i64) -> Result<Next, BridgeError> {
    match request::credential(config.provider, req)? {
        Credential::StytchSessionToken(t) => Ok(Next::StytchAuthenticate { request: stytch::authenticate_request(config, &t)? }),
        Credential::Jwt(t) => {
            let token = jwt::parse_rs256(&t).map_err(|e| match e {
                JwtError::Malformed(why) => BridgeError::MalformedCredential(why),
                JwtError::UnsupportedAlgorithm(alg) => BridgeError::UnsupportedAlgorithm(alg),
                JwtError::MissingKeyId => BridgeError::UnknownKey,
            })?;
            let identity = claims::validate(config, &token.claims, now)?;
            let (jwks_url, pinned_jwks) = match &config.keys {
                KeySource::Url(u) => (Some(u.clone()), None),
                KeySource::Pinned(j) => (None, Some(j.clone())),
            };
            Ok(Next::VerifyJwt {
                kid: token.kid,
                signing_input: token.signing_input,
                signature: b64::encode_std(&token.signature),
                jwks_url,
                pinned_jwks,
                identity: identity.into(),
            })
        }
    }
}

/// Outcome of looking a `kid` up in a JWKS document.
#[derive(Debug)]
pub enum KeyChoice {
    Key(jwks::RsaKey),
    UnknownKid(bool),
    Respond(Reply),
}

impl KeyChoice {
    /// `{"key":{n,e}}`, `{"unknownKid":true}` or `{"respond":{status,headers,body}}`.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        w.open_obj();
        match self {
            KeyChoice::Key(k) => {
                w.key("key").open_obj().key("n").str(&k.n).key("e").str(&k.e).close_obj();
            }
            KeyChoice::UnknownKid(b) => {
                w.key("unknownKid").bool(*b);
            }
            KeyChoice::Respond(r) => {
                w.key("respond").raw(&r.to_json());
            }
        }
        w.close_obj().finish()
    }
}

pub fn select_key(jwks_doc: &str, kid: &str) -> KeyChoice {
    match jwks::select_key(jwks_doc, kid) {
        Ok(Some(k)) => KeyChoice::Key(k),
        Ok(None) => KeyChoice::UnknownKid(true),
        Err(e) => KeyChoice::Respond(e.into()),
    }
}

/// Mints after JS verified the signature of the token `begin` validated.
pub fn finish(config: &BridgeConfig, id: IdentityWire, now: i64) -> Reply {
    let id = Identity { sub: id.sub, email: id.email, valid_until: id.valid_until };
    match mint::mint(config, &id, now) {
        Ok(body) => Reply::json(200, body),
        Err(e) => e.into(),
    }
}

pub fn finish_stytch(config: &BridgeConfig, status: u16, body: &str, now: i64) -> Reply {
    match stytch::parse_authenticate(status, body, now).and_then(|id| mint::mint(config, &id, now)) {
        Ok(body) => Reply::json(200, body),
        Err(e) => e.into(),
    }
}

/// Failures JS observed during I/O (unreachable provider, bad signature …), by code.
pub fn fail(code: &str) -> Reply {
    BridgeError::from_io_code(code).into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    const NOW: i64 = 1_800_000_000;

    fn cfg(p: Provider, extra: Value) -> BridgeConfig {
        let mut env = json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "KINDE_ISSUER_URL": "https://acme.kinde.com", "STYTCH_PROJECT_ID": "project-test-1", "STYTCH_SECRET": "x"});
        for (k, v) in extra.as_object().unwrap() {
            env[k] = v.clone();
        }
        configure(p, &crate::json::entries(&env)).unwrap()
    }

    fn token(header: Value, claims: Value) -> String {
        format!("{}.{}.{}", b64::encode_url(header.to_string().as_bytes()), b64::encode_url(claims.to_string().as_bytes()), b64::encode_url(b"sig"))
    }

    fn post(auth: &str) -> IncomingRequest {
        IncomingRequest { method: "POST".into(), origin: None, authorization: Some(auth.into()), body: String::new() }
    }

    #[test]
    fn preflight_and_methods() {
        let c = cfg(Provider::WorkOs, json!({}));
        let b = begin(&c, &IncomingRequest { method: "OPTIONS".into(), ..Default::default() }, NOW);
        assert!(matches!(b.next, Next::Respond(Reply { status: 204, .. })));
        assert_eq!(b.cors[0].1, "*");
        let b = begin(&c, &IncomingRequest { method: "GET".into(), ..Default::default() }, NOW);
        assert!(matches!(b.next, Next::Respond(Reply { status: 405, .. })));
    }

    #[test]
    fn jwt_plan_carries_key_source_and_identity() {
        let c = cfg(Provider::WorkOs, json!({}));
        let t = token(json!({"alg": "RS256", "kid": "k1"}), json!({"iss": "https://api.workos.com", "sub": "user_1", "exp": NOW + 100}));
        match begin(&c, &post(&format!("Bearer {t}")), NOW).next {
            Next::VerifyJwt { kid, jwks_url, pinned_jwks, identity, signature, signing_input } => {
                assert_eq!(kid, "k1");
                assert_eq!(jwks_url.as_deref(), Some("https://api.workos.com/sso/jwks/c"));
                assert_eq!(pinned_jwks, None);
                assert_eq!(identity.sub, "user_1");
                assert_eq!(signature, b64::encode_std(b"sig"));
                assert!(t.starts_with(&signing_input));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn rejections_map_to_the_contract() {
        let c = cfg(Provider::WorkOs, json!({}));
        let code = |t: String| match begin(&c, &post(&format!("Bearer {t}")), NOW).next {
            Next::Respond(r) => serde_json::from_str::<Value>(&r.body).unwrap()["error"].as_str().unwrap().to_owned(),
            other => panic!("{other:?}"),
        };
        let ok_claims = json!({"iss": "https://api.workos.com", "sub": "u", "exp": NOW + 100});
        assert_eq!(code(token(json!({"alg": "none", "kid": "k"}), ok_claims.clone())), "unsupported_algorithm");
        assert_eq!(code(token(json!({"alg": "HS256", "kid": "k"}), ok_claims.clone())), "unsupported_algorithm");
        assert_eq!(code(token(json!({"alg": "RS256"}), ok_claims.clone())), "unknown_key");
        assert_eq!(code(token(json!({"alg": "RS256", "kid": "k"}), json!({"iss": "https://api.workos.com", "sub": "u", "exp": NOW - 100}))), "token_expired");
        assert_eq!(code("x.y".into()), "malformed_credential");
    }

    #[test]
    fn stytch_opaque_plan_and_finish() {
        let c = cfg(Provider::Stytch, json!({"STYTCH_API_BASE": "http://127.0.0.1:1"}));
        match begin(&c, &post("Bearer opaque123"), NOW).next {
            Next::StytchAuthenticate { request } => assert_eq!(request.url, "http://127.0.0.1:1/v1/sessions/authenticate"),
            other => panic!("{other:?}"),
        }
        let r = finish_stytch(&c, 200, &json!({"session": {"user_id": "user-test-1", "expires_at": "2027-01-15T09:00:00Z"}, "user": {"emails": []}}).to_string(), NOW);
        assert_eq!(r.status, 200);
        assert_eq!(finish_stytch(&c, 404, "{}", NOW).status, 401);
    }

    #[test]
    fn key_choice_outcomes() {
        assert!(matches!(select_key(r#"{"keys":[]}"#, "k"), KeyChoice::UnknownKid(true)));
        assert!(matches!(select_key("nope", "k"), KeyChoice::Respond(Reply { status: 502, .. })));
    }

    #[test]
    fn io_failures() {
        assert_eq!(fail("provider_unreachable").status, 503);
        assert_eq!(fail("invalid_signature").status, 401);
        assert_eq!(fail("anything").status, 502);
    }
}
