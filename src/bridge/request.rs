//! The HTTP side of a bridge call: CORS, method, and where the provider credential is.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{self, lookup, Json};

use super::config::BridgeConfig;
use crate::http::Reply;
use super::error::BridgeError;
use super::provider::Row;
use crate::jwt;

pub const MAX_CREDENTIAL: usize = 8192;
const MAX_BODY: usize = 65_536;

/// What JS hands over about the incoming request.
#[derive(Debug, Default)]
pub struct IncomingRequest {
    pub method: String,
    pub origin: Option<String>,
    pub authorization: Option<String>,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    Jwt(String),
    /// Stytch's opaque `session_token`, checked by Stytch's API.
    StytchSessionToken(String),
}

/// CORS response headers for this origin, or a refusal when an allow-list excludes it.
pub fn cors_headers(config: &BridgeConfig, origin: Option<&str>) -> Result<Vec<(&'static str, String)>, BridgeError> {
    match (&config.allowed_origins, origin) {
        (None, _) => Ok(vec![("Access-Control-Allow-Origin", "*".into())]),
        (Some(list), Some(o)) if list.iter().any(|a| a == o.trim_end_matches('/')) => {
            Ok(vec![("Access-Control-Allow-Origin", o.into()), ("Vary", "Origin".into())])
        }
        (Some(_), Some(_)) => Err(BridgeError::OriginNotAllowed),
        // No Origin header: not a browser cross-origin call; nothing to allow.
        (Some(_), None) => Ok(vec![("Vary", "Origin".into())]),
    }
}

/// The answer to a CORS preflight (OPTIONS), before the session's CORS headers. Named
/// `when_set_*` to stay out of `begin` (scripts/build.mjs): a POST never compiles it.
#[inline(never)]
pub fn when_set_preflight() -> Reply {
    let headers = [
        ("Access-Control-Allow-Methods", "POST, OPTIONS"),
        ("Access-Control-Allow-Headers", "authorization, content-type, x-client-info, apikey"),
        ("Access-Control-Max-Age", "86400"),
        ("Content-Length", "0"),
    ];
    Reply { status: 204, headers: headers.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(), body: String::new() }
}

/// Finds the provider credential. A token in the JSON body wins over the Authorization
/// header, because `functions.invoke` always sends `Authorization: Bearer <anon key>`.
pub fn credential(provider: &Row, req: &IncomingRequest) -> Result<Credential, BridgeError> {
    if req.body.len() > MAX_BODY {
        return Err(BridgeError::CredentialTooLarge);
    }
    let bearer = req.authorization.as_deref().and_then(bearer_token).filter(|t| !is_insforge_key(t));
    let from_body = body_credential(provider, &req.body, bearer.is_none())?;
    let cred = match (from_body, bearer) {
        (Some(c), _) => c,
        (None, Some(t)) => classify(provider, t),
        (None, None) => return Err(BridgeError::MissingCredential),
    };
    let (Credential::Jwt(t) | Credential::StytchSessionToken(t)) = &cred;
    if t.len() > MAX_CREDENTIAL {
        return Err(BridgeError::CredentialTooLarge);
    }
    if let Credential::Jwt(t) = &cred {
        if t.bytes().filter(|&b| b == b'.').count() != 2 {
            return Err(BridgeError::MalformedCredential("the credential is not a JWT"));
        }
    }
    if let Credential::StytchSessionToken(t) = &cred {
        if !t.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(BridgeError::MalformedCredential("the session token has invalid characters"));
        }
    }
    Ok(cred)
}

fn bearer_token(header: &str) -> Option<&str> {
    let (scheme, token) = header.trim().split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim()).filter(|t| !t.is_empty())
}

/// The SDK's own anon/API keys are not provider credentials.
fn is_insforge_key(token: &str) -> bool {
    token.starts_with("anon_") || token.starts_with("ik_")
}

fn classify(provider: &Row, token: &str) -> Credential {
    if provider.opaque_sessions && !jwt::looks_like_jwt(token) {
        Credential::StytchSessionToken(token.to_owned())
    } else {
        Credential::Jwt(token.to_owned())
    }
}

/// `Ok(None)` when the body names no credential. A body that is not JSON only matters
/// when there is no bearer token to fall back on.
fn body_credential(provider: &Row, body: &str, body_is_only_source: bool) -> Result<Option<Credential>, BridgeError> {
    if body.trim().is_empty() {
        return Ok(None);
    }
    let obj = match json::parse(body.as_bytes()) {
        Some(Json::Obj(o)) => o,
        _ if body_is_only_source => return Err(BridgeError::MalformedCredential("the body must be a JSON object like {\"token\": \"…\"}")),
        _ => return Ok(None),
    };
    let field = |name: &str| -> Result<Option<&str>, BridgeError> {
        match lookup(&obj, name) {
            None | Some(Json::Null) => Ok(None),
            Some(Json::Str(s)) if !s.trim().is_empty() => Ok(Some(s.trim())),
            Some(_) => Err(BridgeError::MalformedCredential("credential fields must be non-empty strings")),
        }
    };
    if provider.opaque_sessions {
        if let Some(t) = field("session_jwt")? {
            return Ok(Some(Credential::Jwt(t.to_owned())));
        }
        if let Some(t) = field("session_token")? {
            return Ok(Some(Credential::StytchSessionToken(t.to_owned())));
        }
    }
    Ok(field("token")?.map(|t| classify(provider, t)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::provider::by_name;
    use serde_json::json;

    fn req(auth: Option<&str>, body: &str) -> IncomingRequest {
        IncomingRequest { method: "POST".into(), origin: None, authorization: auth.map(Into::into), body: body.into() }
    }

    #[test]
    fn bearer_or_body() {
        assert_eq!(credential(by_name("workos"), &req(Some("Bearer a.b.c"), "")).unwrap(), Credential::Jwt("a.b.c".into()));
        assert_eq!(credential(by_name("workos"), &req(Some("bearer  a.b.c "), "")).unwrap(), Credential::Jwt("a.b.c".into()));
        assert_eq!(credential(by_name("workos"), &req(Some("Bearer anon_123"), r#"{"token":"x.y.z"}"#)).unwrap(), Credential::Jwt("x.y.z".into()));
        assert_eq!(credential(by_name("workos"), &req(Some("Bearer a.b.c"), "not json")).unwrap(), Credential::Jwt("a.b.c".into()));
    }

    #[test]
    fn missing_and_malformed() {
        assert_eq!(credential(by_name("workos"), &req(None, "")).unwrap_err(), BridgeError::MissingCredential);
        assert_eq!(credential(by_name("workos"), &req(Some("Bearer anon_abc"), "")).unwrap_err(), BridgeError::MissingCredential);
        assert_eq!(credential(by_name("workos"), &req(Some("Basic abc"), "{}")).unwrap_err(), BridgeError::MissingCredential);
        assert!(matches!(credential(by_name("workos"), &req(None, "not json")).unwrap_err(), BridgeError::MalformedCredential(_)));
        assert!(matches!(credential(by_name("workos"), &req(None, "[1]")).unwrap_err(), BridgeError::MalformedCredential(_)));
        assert!(matches!(credential(by_name("workos"), &req(None, r#"{"token":5}"#)).unwrap_err(), BridgeError::MalformedCredential(_)));
        assert!(matches!(credential(by_name("workos"), &req(Some("Bearer abc"), "")).unwrap_err(), BridgeError::MalformedCredential(_)));
    }

    #[test]
    fn size_limits() {
        let big = format!("Bearer {}.b.c", "a".repeat(MAX_CREDENTIAL));
        assert_eq!(credential(by_name("workos"), &req(Some(&big), "")).unwrap_err(), BridgeError::CredentialTooLarge);
        let body = json!({"token": "x".repeat(MAX_BODY)}).to_string();
        assert_eq!(credential(by_name("workos"), &req(None, &body)).unwrap_err(), BridgeError::CredentialTooLarge);
    }

    #[test]
    fn stytch_kinds() {
        assert_eq!(credential(by_name("stytch"), &req(Some("Bearer opaque-token_1"), "")).unwrap(), Credential::StytchSessionToken("opaque-token_1".into()));
        assert_eq!(credential(by_name("stytch"), &req(Some("Bearer eyJa.b.c"), "")).unwrap(), Credential::Jwt("eyJa.b.c".into()));
        assert_eq!(credential(by_name("stytch"), &req(None, r#"{"session_token":"eyJ.looks.jwt"}"#)).unwrap(), Credential::StytchSessionToken("eyJ.looks.jwt".into()));
        assert_eq!(credential(by_name("stytch"), &req(None, r#"{"session_jwt":"eyJa.b.c"}"#)).unwrap(), Credential::Jwt("eyJa.b.c".into()));
        assert!(matches!(credential(by_name("stytch"), &req(None, "{\"session_token\":\"a b\"}")).unwrap_err(), BridgeError::MalformedCredential(_)));
    }

    #[test]
    fn cors_rules() {
        let env = |o: &str| json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "BRIDGE_ALLOWED_ORIGINS": o});
        let any = BridgeConfig::from_serde_env("workos", env("*").as_object().unwrap()).unwrap();
        assert_eq!(cors_headers(&any, Some("https://x.io")).unwrap(), vec![("Access-Control-Allow-Origin", "*".to_string())]);
        let list = BridgeConfig::from_serde_env("workos", env("https://app.example").as_object().unwrap()).unwrap();
        assert_eq!(cors_headers(&list, Some("https://app.example")).unwrap()[0].1, "https://app.example");
        assert_eq!(cors_headers(&list, Some("https://evil.example")).unwrap_err(), BridgeError::OriginNotAllowed);
        assert!(cors_headers(&list, None).is_ok());
    }
}
