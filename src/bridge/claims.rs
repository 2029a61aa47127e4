//! Claim rules for provider tokens; the output is the identity the InsForge token is minted for.

use crate::json::{lookup, Json};

use super::config::BridgeConfig;
use super::error::BridgeError;
use super::Provider;
use crate::rfc3339;

/// Clock leeway for provider tokens: at most 60 s.
pub const LEEWAY: i64 = 60;

const STYTCH_SESSION: &str = "https://stytch.com/session";

/// Who the provider vouches for, and until when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub sub: String,
    pub email: Option<String>,
    /// The end of the provider credential's validity (token `exp`, Stytch session end).
    pub valid_until: Option<i64>,
}

/// The message for a time claim that is not whole seconds within i64 (2^63 and above included).
pub const TIME_RANGE: &str = "exp, nbf and iat must be whole seconds below 2^63 (no fraction, no exponent)";

fn numeric(claims: &[(String, Json)], name: &str) -> Result<Option<i64>, BridgeError> {
    match lookup(claims, name) {
        None | Some(Json::Null) => Ok(None),
        // Whole seconds within i64 only: a fraction, an exponent or a value past i64 (which
        // must not wrap to a negative time) is refused.
        Some(v) => v.as_i64().map(Some).ok_or(BridgeError::InvalidToken(TIME_RANGE)),
    }
}

fn string_or_array_contains(v: Option<&Json>, wanted: &str) -> bool {
    match v {
        Some(Json::Str(s)) => s == wanted,
        Some(Json::Arr(items)) => items.iter().any(|i| i.as_str() == Some(wanted)),
        _ => false,
    }
}

/// Applies every claim rule of `config.provider` to an RS256 token's claims at time `now`.
pub fn validate(config: &BridgeConfig, claims: &[(String, Json)], now: i64) -> Result<Identity, BridgeError> {
    let exp = numeric(claims, "exp")?.ok_or(BridgeError::InvalidToken("the token has no exp claim"))?;
    if now >= exp.saturating_add(LEEWAY) {
        return Err(BridgeError::TokenExpired);
    }
    if let Some(nbf) = numeric(claims, "nbf")? {
        if nbf > now + LEEWAY {
            return Err(BridgeError::TokenNotYetValid);
        }
    }
    if let Some(iat) = numeric(claims, "iat")? {
        if iat > now + LEEWAY {
            return Err(BridgeError::TokenNotYetValid);
        }
    }
    let iss = lookup(claims, "iss").and_then(Json::as_str).map(|s| s.trim_end_matches('/'));
    if !iss.is_some_and(|iss| config.issuers.iter().any(|i| i == iss)) {
        return Err(BridgeError::InvalidIssuer);
    }
    // Policy before shape: an M2M token is refused as such, whatever its aud or sub.
    if config.provider == Provider::Kinde && kinde_is_machine_token(claims) {
        return Err(BridgeError::MachineTokenRefused);
    }
    if !config.audiences.is_empty() && !config.audiences.iter().any(|a| string_or_array_contains(lookup(claims, "aud"), a)) {
        return Err(BridgeError::InvalidAudience);
    }
    let sub = match lookup(claims, "sub") {
        Some(Json::Str(s)) if !s.trim().is_empty() => s.clone(),
        _ => return Err(BridgeError::MissingSubject),
    };

    let mut valid_until = exp;
    let email = match config.provider {
        // Only with `email_verified: true` beside it (WorkOS JWT templates, Kinde ID tokens).
        Provider::WorkOs => verified(claims, string_claim(claims, "email").or_else(|| string_claim(claims, "user_email"))),
        Provider::Kinde => verified(claims, string_claim(claims, "email")),
        Provider::Stytch => {
            let session = lookup(claims, STYTCH_SESSION).and_then(Json::as_object);
            if let Some(session) = session {
                if let Some(end) = lookup(session, "expires_at").and_then(Json::as_str) {
                    let end = rfc3339::to_unix(end).ok_or(BridgeError::InvalidToken("the session expires_at is not an RFC 3339 time"))?;
                    if now >= end {
                        return Err(BridgeError::SessionExpired);
                    }
                    valid_until = valid_until.min(end);
                }
            }
            session.and_then(stytch_session_email)
        }
    };
    Ok(Identity { sub, email, valid_until: Some(valid_until) })
}

/// `email` when the token says it is verified (`email_verified` is the boolean `true`).
fn verified(claims: &[(String, Json)], email: Option<String>) -> Option<String> {
    email.filter(|_| matches!(lookup(claims, "email_verified"), Some(Json::Bool(true))))
}

fn string_claim(claims: &[(String, Json)], name: &str) -> Option<String> {
    lookup(claims, name).and_then(Json::as_str).filter(|s| !s.is_empty()).map(str::to_owned)
}

/// Kinde M2M tokens carry `gty: ["client_credentials"]` (or the bare string) and no end user.
fn kinde_is_machine_token(claims: &[(String, Json)]) -> bool {
    string_or_array_contains(lookup(claims, "gty"), "client_credentials")
}

fn stytch_session_email(session: &[(String, Json)]) -> Option<String> {
    lookup(session, "authentication_factors")?.as_array()?.iter().find_map(|f| {
        f.get("email_factor")?.get("email_address")?.as_str().filter(|s| !s.is_empty()).map(str::to_owned)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bridge::config::BridgeConfig;
    use serde_json::json;

    use serde_json::{Map, Value};

    const NOW: i64 = 1_800_000_000;

    fn validate(c: &BridgeConfig, claims: &Map<String, Value>, now: i64) -> Result<Identity, BridgeError> {
        super::validate(c, &crate::json::entries(&Value::Object(claims.clone())), now)
    }

    fn config(p: Provider, extra: Value) -> BridgeConfig {
        let mut env = json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "client_1", "KINDE_ISSUER_URL": "https://acme.kinde.com", "STYTCH_PROJECT_ID": "project-test-1"});
        for (k, v) in extra.as_object().unwrap() {
            env[k] = v.clone();
        }
        BridgeConfig::from_serde_env(p, env.as_object().unwrap()).unwrap()
    }

    fn workos(extra: Value) -> Map<String, Value> {
        let mut c = json!({"iss": "https://api.workos.com", "sub": "user_01H", "exp": NOW + 300, "iat": NOW, "role": "admin"});
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() { c.as_object_mut().unwrap().remove(k); } else { c[k] = v.clone(); }
        }
        c.as_object().unwrap().clone()
    }

    #[test]
    fn workos_happy_path_ignores_provider_role() {
        let id = validate(&config(Provider::WorkOs, json!({})), &workos(json!({})), NOW).unwrap();
        assert_eq!(id, Identity { sub: "user_01H".into(), email: None, valid_until: Some(NOW + 300) });
        let id = validate(&config(Provider::WorkOs, json!({})), &workos(json!({"iss": "https://api.workos.com/user_management/client_1", "user_email": "a@b.c", "email_verified": true})), NOW).unwrap();
        assert_eq!(id.email.as_deref(), Some("a@b.c"));
    }

    #[test]
    fn only_a_verified_email_is_kept() {
        let w = config(Provider::WorkOs, json!({}));
        for verified in [json!(null), json!(false), json!("true"), json!(1)] {
            let id = validate(&w, &workos(json!({"email": "a@b.c", "email_verified": verified})), NOW).unwrap();
            assert_eq!(id.email, None, "{verified}");
        }
        assert_eq!(validate(&w, &workos(json!({"email": "a@b.c", "email_verified": true})), NOW).unwrap().email.as_deref(), Some("a@b.c"));
        let k = config(Provider::Kinde, json!({}));
        let kinde = |extra: Value| {
            let mut c = json!({"iss": "https://acme.kinde.com", "sub": "kp_1", "exp": NOW + 60, "email": "k@x.io"});
            for (key, v) in extra.as_object().unwrap() { c[key] = v.clone(); }
            c.as_object().unwrap().clone()
        };
        assert_eq!(validate(&k, &kinde(json!({})), NOW).unwrap().email, None, "a Kinde access token's email says nothing of its verification");
        assert_eq!(validate(&k, &kinde(json!({"email_verified": true})), NOW).unwrap().email.as_deref(), Some("k@x.io"));
    }

    #[test]
    fn time_rules_with_leeway() {
        let c = config(Provider::WorkOs, json!({}));
        assert!(validate(&c, &workos(json!({"exp": NOW - 59})), NOW).is_ok(), "inside leeway");
        assert_eq!(validate(&c, &workos(json!({"exp": NOW - 60})), NOW).unwrap_err(), BridgeError::TokenExpired);
        assert_eq!(validate(&c, &workos(json!({"nbf": NOW + 61})), NOW).unwrap_err(), BridgeError::TokenNotYetValid);
        assert!(validate(&c, &workos(json!({"nbf": NOW + 60})), NOW).is_ok());
        assert_eq!(validate(&c, &workos(json!({"iat": NOW + 61})), NOW).unwrap_err(), BridgeError::TokenNotYetValid);
        assert!(matches!(validate(&c, &workos(json!({"exp": null})), NOW).unwrap_err(), BridgeError::InvalidToken(_)));
        assert!(matches!(validate(&c, &workos(json!({"exp": "soon"})), NOW).unwrap_err(), BridgeError::InvalidToken(_)));
        assert_eq!(validate(&c, &workos(json!({"exp": i64::MAX})), NOW).unwrap().valid_until, Some(i64::MAX), "no overflow with the leeway");
    }

    #[test]
    fn times_must_be_64_bit_integers() {
        let c = config(Provider::WorkOs, json!({}));
        let claims = |name: &str, raw: &str| {
            let exp = if name == "exp" { String::new() } else { format!(r#""exp":{},"#, NOW + 300) };
            let doc = format!(r#"{{"iss":"https://api.workos.com","sub":"user_01H",{exp}"{name}":{raw}}}"#);
            crate::json::parse_object(doc.as_bytes()).unwrap()
        };
        for name in ["exp", "nbf", "iat"] {
            assert!(super::validate(&c, &claims(name, &NOW.to_string()), NOW).is_ok(), "{name}");
            // Past i64 (2^63 must not wrap to a negative, long-expired time), fractions,
            // exponents: refused, not rounded.
            for raw in ["9223372036854775808", "18446744073709551615", "1e30", "1800000010.5", "1.8e9", "-0", "\"1800000300\"", "true"] {
                let doc = claims(name, raw);
                assert_eq!(super::validate(&c, &doc, NOW).unwrap_err(), BridgeError::InvalidToken(TIME_RANGE), "{name}: {raw}");
            }
        }
    }

    #[test]
    fn audience_list_and_m2m_precedence() {
        let base = json!({"iss": "https://acme.kinde.com", "sub": "kp_1", "exp": NOW + 60});
        let with = |extra: Value| {
            let mut c = base.clone();
            for (k, v) in extra.as_object().unwrap() {
                c[k] = v.clone();
            }
            c.as_object().unwrap().clone()
        };
        let both = config(Provider::Kinde, json!({"KINDE_AUDIENCE": "https://api.acme.com, client123"}));
        assert!(validate(&both, &with(json!({"aud": ["https://api.acme.com"]})), NOW).is_ok(), "access token audience");
        assert!(validate(&both, &with(json!({"aud": "client123"})), NOW).is_ok(), "ID token audience (client id)");
        assert_eq!(validate(&both, &with(json!({"aud": ["other"]})), NOW).unwrap_err(), BridgeError::InvalidAudience);
        // An M2M token has neither our audience nor a sub: it is refused for what it is.
        let mut m2m = with(json!({"gty": ["client_credentials"], "aud": ["other"]}));
        m2m.remove("sub");
        assert_eq!(validate(&both, &m2m, NOW).unwrap_err(), BridgeError::MachineTokenRefused);
    }

    #[test]
    fn issuer_audience_subject() {
        let c = config(Provider::WorkOs, json!({}));
        assert_eq!(validate(&c, &workos(json!({"iss": "https://evil.workos.com"})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"iss": null})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"iss": "https://api.workos.com/user_management/other"})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"sub": null})), NOW).unwrap_err(), BridgeError::MissingSubject);
        assert_eq!(validate(&c, &workos(json!({"sub": ""})), NOW).unwrap_err(), BridgeError::MissingSubject);
        assert_eq!(validate(&c, &workos(json!({"sub": 42})), NOW).unwrap_err(), BridgeError::MissingSubject);
        let custom = config(Provider::WorkOs, json!({"WORKOS_ISSUER": "https://auth.acme.com, https://api.workos.com"}));
        assert!(validate(&custom, &workos(json!({"iss": "https://auth.acme.com/"})), NOW).is_ok());
    }

    #[test]
    fn kinde_rules() {
        let base = json!({"iss": "https://acme.kinde.com", "sub": "kp_1", "exp": NOW + 60, "aud": []});
        let with = |extra: Value| {
            let mut c = base.clone();
            for (k, v) in extra.as_object().unwrap() { c[k] = v.clone(); }
            c.as_object().unwrap().clone()
        };
        let plain = config(Provider::Kinde, json!({}));
        assert!(validate(&plain, &with(json!({})), NOW).is_ok(), "no audience configured, empty aud ok");
        assert_eq!(validate(&plain, &with(json!({"gty": ["client_credentials"]})), NOW).unwrap_err(), BridgeError::MachineTokenRefused);
        assert_eq!(validate(&plain, &with(json!({"gty": "client_credentials"})), NOW).unwrap_err(), BridgeError::MachineTokenRefused);
        assert_eq!(validate(&plain, &with(json!({"email": "k@x.io", "email_verified": true})), NOW).unwrap().email.as_deref(), Some("k@x.io"));
        let aud = config(Provider::Kinde, json!({"KINDE_AUDIENCE": "https://api.acme.com"}));
        assert_eq!(validate(&aud, &with(json!({})), NOW).unwrap_err(), BridgeError::InvalidAudience);
        assert!(validate(&aud, &with(json!({"aud": ["x", "https://api.acme.com"]})), NOW).is_ok());
        assert!(validate(&aud, &with(json!({"aud": "https://api.acme.com"})), NOW).is_ok());
    }

    #[test]
    fn stytch_session_bounds_validity_and_gives_email() {
        let c = config(Provider::Stytch, json!({}));
        let claims = |session_end: &str| json!({
            "iss": "stytch.com/project-test-1", "aud": ["project-test-1"], "sub": "user-test-1", "exp": NOW + 300, "nbf": NOW, "iat": NOW,
            "https://stytch.com/session": {"id": "s", "expires_at": session_end,
                "authentication_factors": [{"type": "otp"}, {"email_factor": {"email_address": "s@x.io"}}]}
        }).as_object().unwrap().clone();
        let id = validate(&c, &claims("2027-01-15T09:00:00Z"), NOW).unwrap();
        assert_eq!((id.email.as_deref(), id.valid_until), (Some("s@x.io"), Some(NOW + 300)));
        // NOW = 2027-01-15T08:00:00Z
        assert_eq!(validate(&c, &claims("2027-01-15T08:00:00Z"), NOW).unwrap_err(), BridgeError::SessionExpired);
        let id = validate(&c, &claims("2027-01-15T08:01:00Z"), NOW).unwrap();
        assert_eq!(id.valid_until, Some(NOW + 60), "session end caps validity");
        let mut other_aud = claims("2027-01-15T08:01:00Z");
        other_aud.insert("aud".into(), json!(["project-test-2"]));
        assert_eq!(validate(&c, &other_aud, NOW).unwrap_err(), BridgeError::InvalidAudience);
        let mut api_iss = claims("2027-01-15T08:01:00Z");
        api_iss.insert("iss".into(), json!("https://test.stytch.com"));
        assert!(validate(&c, &api_iss, NOW).is_ok());
        api_iss.insert("iss".into(), json!("https://stytch.com/project-test-1"));
        assert_eq!(validate(&c, &api_iss, NOW).unwrap_err(), BridgeError::InvalidIssuer);
    }
}
