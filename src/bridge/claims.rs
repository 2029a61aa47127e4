//! Claim rules for provider tokens; the output is the identity the InsForge token is minted for.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{lookup, Json, Writer};

use super::config::BridgeConfig;
use super::pointer::at;
use super::error::BridgeError;
use super::provider::{Check, Email};
use crate::rfc3339;

/// Clock leeway for provider tokens: at most 60 s.
pub const LEEWAY: i64 = 60;

const STYTCH_SESSION: &str = "https://stytch.com/session";

/// A BRIDGE_CLAIMS value: a string of at most this many bytes, an integer within 64 bits, a
/// boolean, or an array of at most [`MAX_CLAIM_ITEMS`] such strings.
pub const MAX_CLAIM_BYTES: usize = 256;
pub const MAX_CLAIM_ITEMS: usize = 32;

/// Who the provider vouches for, and until when.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub sub: String,
    pub email: Option<String>,
    /// The end of the provider credential's validity (token `exp`, Stytch session end).
    pub valid_until: Option<i64>,
    /// BRIDGE_CLAIMS values found in the token, by minted name, as JSON text.
    pub claims: Vec<(String, String)>,
    /// When the provider vouched for these claims: the token's `iat` (a Stytch API answer: the
    /// time of the call). The recorded claims only ever move to a newer one.
    pub issued_at: i64,
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

/// A value BRIDGE_CLAIMS may copy, as the JSON text `mint` writes; `None` for any other.
/// (Encoded here, once: keeping a copy of the `Json` tree for `mint` cost a recursive
/// `clone` and a second match in the .wasm.)
fn mapped_json(v: &Json) -> Option<String> {
    let short = |s: &str| s.len() <= MAX_CLAIM_BYTES;
    let mut w = Writer::new();
    match v {
        Json::Str(s) if short(s) => w.str(s),
        Json::Bool(b) => w.bool(*b),
        Json::Num(_) => w.int(v.as_i64()?),
        Json::Arr(a) if a.len() <= MAX_CLAIM_ITEMS => {
            w.open_arr();
            for i in a {
                w.str(i.as_str().filter(|s| short(s))?);
            }
            w.close_arr()
        }
        _ => return None,
    };
    Some(w.finish())
}

/// Applies every claim rule of `config.provider` to a token's claims at time `now`.
pub fn validate(config: &BridgeConfig, claims: &[(String, Json)], now: i64) -> Result<Identity, BridgeError> {
    let row = config.provider;
    let exp = numeric(claims, "exp")?.ok_or(BridgeError::InvalidToken("the token has no exp claim"))?;
    if now >= exp.saturating_add(LEEWAY) {
        return Err(BridgeError::TokenExpired);
    }
    if let Some(nbf) = numeric(claims, "nbf")? {
        if nbf > now + LEEWAY {
            return Err(BridgeError::TokenNotYetValid);
        }
    }
    let iat = numeric(claims, "iat")?;
    if iat.is_some_and(|iat| iat > now + LEEWAY) {
        return Err(BridgeError::TokenNotYetValid);
    }
    // Recorded claims follow the newest provider token, told by its `iat`.
    let issued_at = match iat {
        Some(iat) => iat,
        None if config.claims.is_empty() => now,
        None => return Err(BridgeError::InvalidToken("BRIDGE_CLAIMS needs the token's iat")),
    };
    let iss = lookup(claims, "iss").and_then(Json::as_str).map(|s| if row.exact_issuer { s } else { s.trim_end_matches('/') });
    if !iss.is_some_and(|iss| config.issuers.iter().any(|i| i == iss)) {
        return Err(BridgeError::InvalidIssuer);
    }
    // Policy before shape: an M2M token is refused as such, whatever its aud or sub.
    if row.checks.contains(&Check::NoMachineTokens) {
        when_set_no_machine_tokens(claims)?;
    }
    let audience_claim = match row.checks.contains(&Check::CognitoTokenUse) {
        true => when_set_cognito_audience(config, claims)?,
        false => "aud",
    };
    if !config.audiences.is_empty() && !config.audiences.iter().any(|a| string_or_array_contains(lookup(claims, audience_claim), a)) {
        return Err(BridgeError::InvalidAudience);
    }
    if row.checks.contains(&Check::AzpInAllowedOrigins) {
        when_set_azp(config, claims)?;
    }
    if config.refuse_anonymous {
        when_set_refuse_anonymous(config, claims)?;
    }
    let sub = match lookup(claims, "sub") {
        Some(Json::Str(s)) if !s.trim().is_empty() => s.clone(),
        _ => return Err(BridgeError::MissingSubject),
    };

    let mut valid_until = exp;
    let email = match row.email {
        Email::Claim { at: pointers, verified } => {
            let email = pointers.iter().find_map(|p| at(claims, p)?.as_str().filter(|s| !s.is_empty()));
            email.filter(|_| matches!(at(claims, verified), Some(Json::Bool(true)))).map(str::to_owned)
        }
        Email::StytchFactor => None,
    };
    let mut email = email;
    if row.checks.contains(&Check::StytchSession) {
        let (end, factor_email) = when_set_stytch_session(claims, now)?;
        valid_until = end.map_or(valid_until, |end| valid_until.min(end));
        if row.email == Email::StytchFactor {
            email = factor_email;
        }
    }
    let mapped = match config.claims.is_empty() {
        true => Vec::new(),
        false => when_set_mapped_claims(config, claims)?,
    };
    Ok(Identity { sub, email, valid_until: Some(valid_until), claims: mapped, issued_at })
}

// `when_set_*`: the rules a secret (BRIDGE_CLAIMS, OIDC_REFUSE_ANONYMOUS) or the provider's row
// turns on, each called only then. The build keeps these out of their callers (wasm-opt
// `--no-inline=*when_set*`, scripts/build.mjs), so a fresh Worker never compiles the rules its
// provider and secrets do not use: V8 compiles each wasm function on its first call.

#[inline(never)]
fn when_set_no_machine_tokens(claims: &[(String, Json)]) -> Result<(), BridgeError> {
    match string_or_array_contains(lookup(claims, "gty"), "client_credentials") {
        true => Err(BridgeError::MachineTokenRefused),
        false => Ok(()),
    }
}

/// Cognito: an ID token names the app client in `aud`, an access token in `client_id`.
#[inline(never)]
fn when_set_cognito_audience(config: &BridgeConfig, claims: &[(String, Json)]) -> Result<&'static str, BridgeError> {
    match lookup(claims, "token_use").and_then(Json::as_str) {
        Some("id") if config.token_use.0 => Ok("aud"),
        Some("access") if config.token_use.1 => Ok("client_id"),
        _ => Err(BridgeError::InvalidToken("token_use is not a token kind OIDC_TOKEN_USE accepts (id, access)")),
    }
}

#[inline(never)]
fn when_set_azp(config: &BridgeConfig, claims: &[(String, Json)]) -> Result<(), BridgeError> {
    if let Some(azp) = lookup(claims, "azp") {
        let allowed = config.allowed_origins.as_deref().unwrap_or_default();
        if !azp.as_str().is_some_and(|a| allowed.iter().any(|o| o == a.trim_end_matches('/'))) {
            return Err(BridgeError::InvalidAudience);
        }
    }
    Ok(())
}

/// An anonymous user: Supabase's `is_anonymous: true`, Firebase's `sign_in_provider: "anonymous"`.
#[inline(never)]
fn when_set_refuse_anonymous(config: &BridgeConfig, claims: &[(String, Json)]) -> Result<(), BridgeError> {
    let guest = at(claims, config.provider.anonymous);
    if matches!(guest, Some(Json::Bool(true))) || matches!(guest, Some(Json::Str(s)) if s == "anonymous") {
        return Err(BridgeError::AnonymousRefused);
    }
    Ok(())
}

/// A Stytch session JWT's session: its end (refused once past), and its email factor's address.
#[inline(never)]
fn when_set_stytch_session(claims: &[(String, Json)], now: i64) -> Result<(Option<i64>, Option<String>), BridgeError> {
    let session = lookup(claims, STYTCH_SESSION).and_then(Json::as_object);
    let mut end = None;
    if let Some(expires) = session.and_then(|s| lookup(s, "expires_at")).and_then(Json::as_str) {
        let t = rfc3339::to_unix(expires).ok_or(BridgeError::InvalidToken("the session expires_at is not an RFC 3339 time"))?;
        if now >= t {
            return Err(BridgeError::SessionExpired);
        }
        end = Some(t);
    }
    Ok((end, session.and_then(stytch_session_email)))
}

/// The BRIDGE_CLAIMS values the token carries, by minted name, as JSON text.
#[inline(never)]
fn when_set_mapped_claims(config: &BridgeConfig, claims: &[(String, Json)]) -> Result<Vec<(String, String)>, BridgeError> {
    let mut mapped = Vec::new();
    for (name, pointers) in &config.claims {
        match pointers.iter().find_map(|p| at(claims, p).filter(|v| !v.is_null())) {
            None => {}
            Some(v) => match mapped_json(v) {
                Some(text) => mapped.push((name.clone(), text)),
                None => return Err(BridgeError::InvalidToken("a claim BRIDGE_CLAIMS maps is not a string (≤ 256 bytes), integer, boolean or array of ≤ 32 such strings")),
            },
        }
    }
    Ok(mapped)
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

    fn config(p: &str, extra: Value) -> BridgeConfig {
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
        let id = validate(&config("workos", json!({})), &workos(json!({})), NOW).unwrap();
        assert_eq!(id, Identity { sub: "user_01H".into(), email: None, valid_until: Some(NOW + 300), claims: vec![], issued_at: NOW });
        let id = validate(&config("workos", json!({})), &workos(json!({"iss": "https://api.workos.com/user_management/client_1", "user_email": "a@b.c", "email_verified": true})), NOW).unwrap();
        assert_eq!(id.email.as_deref(), Some("a@b.c"));
    }

    #[test]
    fn only_a_verified_email_is_kept() {
        let w = config("workos", json!({}));
        for verified in [json!(null), json!(false), json!("true"), json!(1)] {
            let id = validate(&w, &workos(json!({"email": "a@b.c", "email_verified": verified})), NOW).unwrap();
            assert_eq!(id.email, None, "{verified}");
        }
        assert_eq!(validate(&w, &workos(json!({"email": "a@b.c", "email_verified": true})), NOW).unwrap().email.as_deref(), Some("a@b.c"));
        let k = config("kinde", json!({}));
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
        let c = config("workos", json!({}));
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
        let c = config("workos", json!({}));
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
        let both = config("kinde", json!({"KINDE_AUDIENCE": "https://api.acme.com, client123"}));
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
        let c = config("workos", json!({}));
        assert_eq!(validate(&c, &workos(json!({"iss": "https://evil.workos.com"})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"iss": null})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"iss": "https://api.workos.com/user_management/other"})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
        assert_eq!(validate(&c, &workos(json!({"sub": null})), NOW).unwrap_err(), BridgeError::MissingSubject);
        assert_eq!(validate(&c, &workos(json!({"sub": ""})), NOW).unwrap_err(), BridgeError::MissingSubject);
        assert_eq!(validate(&c, &workos(json!({"sub": 42})), NOW).unwrap_err(), BridgeError::MissingSubject);
        let custom = config("workos", json!({"WORKOS_ISSUER": "https://auth.acme.com, https://api.workos.com"}));
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
        let plain = config("kinde", json!({}));
        assert!(validate(&plain, &with(json!({})), NOW).is_ok(), "no audience configured, empty aud ok");
        assert_eq!(validate(&plain, &with(json!({"gty": ["client_credentials"]})), NOW).unwrap_err(), BridgeError::MachineTokenRefused);
        assert_eq!(validate(&plain, &with(json!({"gty": "client_credentials"})), NOW).unwrap_err(), BridgeError::MachineTokenRefused);
        assert_eq!(validate(&plain, &with(json!({"email": "k@x.io", "email_verified": true})), NOW).unwrap().email.as_deref(), Some("k@x.io"));
        let aud = config("kinde", json!({"KINDE_AUDIENCE": "https://api.acme.com"}));
        assert_eq!(validate(&aud, &with(json!({})), NOW).unwrap_err(), BridgeError::InvalidAudience);
        assert!(validate(&aud, &with(json!({"aud": ["x", "https://api.acme.com"]})), NOW).is_ok());
        assert!(validate(&aud, &with(json!({"aud": "https://api.acme.com"})), NOW).is_ok());
    }

    #[test]
    fn stytch_session_bounds_validity_and_gives_email() {
        let c = config("stytch", json!({}));
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

    fn oidc(preset: &str, extra: Value) -> BridgeConfig {
        let mut env = json!({"JWT_SECRET": "s", "OIDC_PRESET": preset, "OIDC_ISSUER": "https://idp.example", "OIDC_AUDIENCE": "app"});
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() { env.as_object_mut().unwrap().remove(k); } else { env[k] = v.clone(); }
        }
        BridgeConfig::from_serde_env("oidc", env.as_object().unwrap()).unwrap()
    }

    fn token(extra: Value) -> Map<String, Value> {
        let mut c = json!({"iss": "https://idp.example", "sub": "u1", "aud": "app", "exp": NOW + 300, "iat": NOW});
        for (k, v) in extra.as_object().unwrap() {
            if v.is_null() { c.as_object_mut().unwrap().remove(k); } else { c[k] = v.clone(); }
        }
        c.as_object().unwrap().clone()
    }

    #[test]
    fn oidc_issuer_is_exact_and_audience_required() {
        let c = oidc("oidc", json!({}));
        assert!(validate(&c, &token(json!({})), NOW).is_ok());
        assert_eq!(validate(&c, &token(json!({"iss": "https://idp.example/"})), NOW).unwrap_err(), BridgeError::InvalidIssuer, "no slash folding");
        assert_eq!(validate(&c, &token(json!({"aud": ["other", "x"]})), NOW).unwrap_err(), BridgeError::InvalidAudience);
        assert!(validate(&c, &token(json!({"aud": ["other", "app"]})), NOW).is_ok(), "audience arrays (Auth0)");
        let env = json!({"JWT_SECRET": "s", "OIDC_ISSUER": "https://idp.example"});
        assert_eq!(BridgeConfig::from_serde_env("oidc", env.as_object().unwrap()).unwrap_err(), BridgeError::MissingSecret("OIDC_AUDIENCE"));
        let env = json!({"JWT_SECRET": "s", "OIDC_ISSUER": "https://idp.example", "OIDC_AUDIENCE": "a", "OIDC_PRESET": "okta"});
        assert!(matches!(BridgeConfig::from_serde_env("oidc", env.as_object().unwrap()).unwrap_err(), BridgeError::InvalidSecret("OIDC_PRESET", _)));
        let auth0 = oidc("auth0", json!({"OIDC_ISSUER": "https://t.auth0.com/"}));
        assert_eq!(auth0.keys, super::super::config::KeySource::Discovery("https://t.auth0.com/.well-known/openid-configuration".into()));
        assert!(validate(&auth0, &token(json!({"iss": "https://t.auth0.com/"})), NOW).is_ok());
        assert_eq!(validate(&auth0, &token(json!({"iss": "https://t.auth0.com"})), NOW).unwrap_err(), BridgeError::InvalidIssuer);
    }

    /// Each preset's verified-email rule reads only what the provider writes: a flag a user
    /// can set (Supabase's `user_metadata`, any other nested copy) never verifies an address.
    #[test]
    fn oidc_verified_email_per_preset() {
        let user_writable = json!({"email": "a@x.io", "user_metadata": {"email_verified": true, "xms_edov": true}, "app_metadata": {}});
        let rules: [(&str, Value); 8] = [
            ("oidc", json!({"email_verified": true})),
            ("clerk", json!({"email_verified": true})),
            ("auth0", json!({"email_verified": true})),
            ("firebase", json!({"email_verified": true})),
            ("cognito", json!({"email_verified": true, "token_use": "id"})),
            ("entra", json!({"xms_edov": true})),
            ("google", json!({"email_verified": true})),
            // Supabase writes no flag; the project's Custom Access Token Hook may add this one.
            ("supabase", json!({"email_verified": true})),
        ];
        for (preset, flag) in rules {
            let c = oidc(preset, json!({"BRIDGE_ALLOWED_ORIGINS": "https://app.example", "OIDC_AUDIENCE": "app"}));
            let with = |extra: &Value| {
                let mut t = token(user_writable.clone());
                t.insert("token_use".into(), json!("id"));
                for (k, v) in extra.as_object().unwrap() {
                    t.insert(k.clone(), v.clone());
                }
                super::validate(&c, &crate::json::entries(&Value::Object(t)), NOW).unwrap().email
            };
            assert_eq!(with(&json!({})), None, "{preset}: a user-writable flag verifies nothing");
            assert_eq!(with(&flag).as_deref(), Some("a@x.io"), "{preset}: the provider's own flag");
            let off: serde_json::Map<String, Value> = flag.as_object().unwrap().iter().map(|(k, v)| (k.clone(), if v == &json!(true) { json!(false) } else { v.clone() })).collect();
            assert_eq!(with(&Value::Object(off)), None, "{preset}: the flag false");
        }
        assert_eq!(validate(&oidc("google", json!({})), &token(json!({"email": "a@x.io"})), NOW).unwrap().email, None);
        assert_eq!(validate(&oidc("entra", json!({})), &token(json!({"email": "a@x.io", "email_verified": true})), NOW).unwrap().email, None, "Entra: only xms_edov");
    }

    #[test]
    fn anonymous_users_follow_oidc_refuse_anonymous() {
        let supa = |v: &str| oidc("supabase", json!({"OIDC_AUDIENCE": null, "OIDC_REFUSE_ANONYMOUS": if v == "refuse" { "true" } else { "false" }}));
        let fire = |v: &str| oidc("firebase", json!({"OIDC_REFUSE_ANONYMOUS": if v == "refuse" { "true" } else { "false" }}));
        let guest_s = token(json!({"aud": "authenticated", "is_anonymous": true}));
        let guest_f = token(json!({"firebase": {"sign_in_provider": "anonymous", "identities": {}}}));
        // Allowed (the default): a user like any other, its own sub, no email.
        assert_eq!(validate(&supa("allow"), &guest_s, NOW).unwrap().sub, "u1");
        assert!(validate(&fire("allow"), &guest_f, NOW).is_ok());
        assert_eq!(validate(&supa("refuse"), &guest_s, NOW).unwrap_err(), BridgeError::AnonymousRefused);
        assert_eq!(validate(&fire("refuse"), &guest_f, NOW).unwrap_err(), BridgeError::AnonymousRefused);
        // Signed-up users pass the refusal.
        assert!(validate(&supa("refuse"), &token(json!({"aud": "authenticated", "is_anonymous": false})), NOW).is_ok());
        assert!(validate(&fire("refuse"), &token(json!({"firebase": {"sign_in_provider": "password"}})), NOW).is_ok());
        assert!(validate(&supa("refuse"), &token(json!({"aud": "authenticated", "is_anonymous": "true"})), NOW).is_ok(), "only the boolean");
        // Presets without anonymous users: the option changes nothing.
        assert!(validate(&oidc("auth0", json!({"OIDC_REFUSE_ANONYMOUS": "true"})), &token(json!({"is_anonymous": true})), NOW).is_ok());
    }

    #[test]
    fn bridge_claims_need_the_token_iat_to_order_tokens() {
        let c = oidc("oidc", json!({"BRIDGE_CLAIMS": r#"{"org_id":"/org_id"}"#}));
        assert_eq!(validate(&c, &token(json!({"iat": NOW - 30})), NOW).unwrap().issued_at, NOW - 30);
        assert!(matches!(validate(&c, &token(json!({"iat": null})), NOW).unwrap_err(), BridgeError::InvalidToken(_)));
        assert_eq!(validate(&oidc("oidc", json!({})), &token(json!({"iat": null})), NOW).unwrap().issued_at, NOW, "without BRIDGE_CLAIMS iat stays optional");
    }

    #[test]
    fn preset_rules() {
        // Clerk: azp must be an allowed origin; the list is required.
        let env = json!({"JWT_SECRET": "s", "OIDC_PRESET": "clerk", "OIDC_ISSUER": "https://clerk.app.example"});
        assert!(matches!(BridgeConfig::from_serde_env("oidc", env.as_object().unwrap()).unwrap_err(), BridgeError::InvalidSecret("BRIDGE_ALLOWED_ORIGINS", _)));
        // Clerk signs every JWT template with the session key: an audience is required, so a
        // template made for a third party (Convex, Hasura) signs nobody in here.
        let env = json!({"JWT_SECRET": "s", "OIDC_PRESET": "clerk", "OIDC_ISSUER": "https://clerk.app.example", "BRIDGE_ALLOWED_ORIGINS": "https://app.example"});
        assert_eq!(BridgeConfig::from_serde_env("oidc", env.as_object().unwrap()).unwrap_err(), BridgeError::MissingSecret("OIDC_AUDIENCE"));
        let clerk = oidc("clerk", json!({"BRIDGE_ALLOWED_ORIGINS": "https://app.example"}));
        for third_party in [json!("convex"), json!(["https://hasura.example"]), json!(null)] {
            assert_eq!(validate(&clerk, &token(json!({"aud": third_party})), NOW).unwrap_err(), BridgeError::InvalidAudience, "{third_party}");
        }
        let t = |azp: Value| token(json!({"azp": azp}));
        assert!(validate(&clerk, &t(json!("https://app.example")), NOW).is_ok());
        assert!(validate(&clerk, &token(json!({})), NOW).is_ok(), "no azp");
        assert_eq!(validate(&clerk, &t(json!("https://evil.example")), NOW).unwrap_err(), BridgeError::InvalidAudience);
        assert_eq!(validate(&clerk, &t(json!(1)), NOW).unwrap_err(), BridgeError::InvalidAudience);
        // Cognito: ID tokens by aud, access tokens by client_id, nothing else.
        let cognito = oidc("cognito", json!({}));
        assert!(validate(&cognito, &token(json!({"token_use": "id"})), NOW).is_ok());
        assert!(validate(&cognito, &token(json!({"token_use": "access", "aud": null, "client_id": "app"})), NOW).is_ok());
        assert_eq!(validate(&cognito, &token(json!({"token_use": "access"})), NOW).unwrap_err(), BridgeError::InvalidAudience, "an access token's aud is not read");
        for bad in [json!("refresh"), json!(null), json!(["id"])] {
            assert!(matches!(validate(&cognito, &token(json!({"token_use": bad})), NOW).unwrap_err(), BridgeError::InvalidToken(_)));
        }
        let id_only = oidc("cognito", json!({"OIDC_TOKEN_USE": "id"}));
        assert!(matches!(validate(&id_only, &token(json!({"token_use": "access", "client_id": "app"})), NOW).unwrap_err(), BridgeError::InvalidToken(_)));
        // Google: the documented alias of its issuer.
        let google = oidc("google", json!({"OIDC_ISSUER": null}));
        assert!(validate(&google, &token(json!({"iss": "accounts.google.com"})), NOW).is_ok());
        assert!(validate(&google, &token(json!({"iss": "https://accounts.google.com"})), NOW).is_ok());
    }

    #[test]
    fn bridge_claims_by_json_pointer() {
        let c = oidc("oidc", json!({"BRIDGE_CLAIMS": r#"{"org_id":["/o/id","/org_id"],"roles":"/https:~1~1app.example.com~1roles","n":"/n","ok":"/ok","first":"/list/0"}"#}));
        let id = validate(&c, &token(json!({"o": {"id": "org_2"}, "org_id": "org_1", "https://app.example.com/roles": ["a", "b"], "n": 7, "ok": true, "list": ["x"]})), NOW).unwrap();
        let mut got = id.claims.clone();
        got.sort_by(|a, b| a.0.cmp(&b.0));
        let text = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        assert_eq!(got, text(&[("first", r#""x""#), ("n", "7"), ("ok", "true"), ("org_id", r#""org_2""#), ("roles", r#"["a","b"]"#)]));
        assert_eq!(id.claims[0].0, "org_id", "in BRIDGE_CLAIMS order");
        let v1 = validate(&c, &token(json!({"org_id": "org_1"})), NOW).unwrap();
        assert_eq!(v1.claims, text(&[("org_id", r#""org_1""#)]), "absent claims are left out");
        for bad in [json!({"o": {"id": {"x": 1}}}), json!({"n": 1.5}), json!({"ok": [1]}), json!({"org_id": "x".repeat(257)}), json!({"ok": vec!["a"; 33]})] {
            assert!(matches!(validate(&c, &token(bad.clone()), NOW).unwrap_err(), BridgeError::InvalidToken(_)), "{bad}");
        }
        for (doc, ok) in [
            (r#"{"role":"/x"}"#, false), (r#"{"sub":"/x"}"#, false), (r#"{"email":"/x"}"#, false), (r#"{"exp":"/x"}"#, false),
            (r#"{"org":"x"}"#, false), (r#"{"org":"/a~2"}"#, false), (r#"{"org":1}"#, false), (r#"{"org":[]}"#, false),
            (r#"{"bad name":"/x"}"#, false), (r#"[]"#, false), ("nope", false), (r#"{"org":"/a~0~1"}"#, true),
        ] {
            let env = json!({"JWT_SECRET": "s", "OIDC_ISSUER": "https://i.example", "OIDC_AUDIENCE": "a", "BRIDGE_CLAIMS": doc});
            let r = BridgeConfig::from_serde_env("oidc", env.as_object().unwrap());
            assert_eq!(r.is_ok(), ok, "{doc}");
            if let Err(e) = r {
                assert!(matches!(e, BridgeError::InvalidSecret("BRIDGE_CLAIMS", _)), "{doc}");
            }
        }
    }
}
