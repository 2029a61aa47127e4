//! Bridge configuration, read from the function's secrets (`Deno.env.get`) by name.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::env::{self, Env};
use crate::json::{self, Json};

use super::error::BridgeError;
use super::provider::{Check, Jwks, Row};

pub const DEFAULT_TTL: u64 = 3600;
pub const MAX_TTL: u64 = 86_400;

const COMMON: [&str; 5] = ["JWT_SECRET", "BRIDGE_TOKEN_TTL_SECONDS", "BRIDGE_CAP_TO_PROVIDER_EXP", "BRIDGE_ALLOWED_ORIGINS", "BRIDGE_CLAIMS"];

/// The secret names a provider's function reads, comma-separated; JS looks each one up and
/// passes them in. (Pushed one by one: collecting a chained iterator and joining it cost
/// twice the code.)
pub fn env_keys(row: &Row) -> String {
    let mut out = String::new();
    for name in row.secrets.iter().chain(&COMMON) {
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(name);
    }
    out
}

/// Claim names BRIDGE_CLAIMS may not write: InsForge reads them, or the bridge writes them.
pub const RESERVED_CLAIMS: [&str; 8] = ["sub", "role", "aud", "iss", "iat", "exp", "nbf", "email"];
/// At most this many mapped claims, each a name of 1–64 `[A-Za-z0-9_]` and 1–4 pointers.
pub const MAX_MAPPED_CLAIMS: usize = 16;

/// Where a provider's signing keys come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// A pinned JWKS document (a secret): no network call. Holds the JSON text.
    Pinned(String),
    /// Fetched from this URL (https, or http on loopback only).
    Url(String),
    /// The `jwks_uri` of this OpenID Connect discovery document.
    Discovery(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StytchConfig {
    pub project_id: String,
    pub secret: Option<String>,
    pub api_base: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeConfig {
    pub provider: &'static Row,
    pub jwt_secret: String,
    pub issuers: Vec<String>,
    /// Accepted audiences (any one must be in `aud`); empty = `aud` not checked.
    pub audiences: Vec<String>,
    pub keys: KeySource,
    pub ttl: u64,
    pub cap_to_provider_exp: bool,
    /// `None` = any origin (`*`).
    pub allowed_origins: Option<Vec<String>>,
    pub stytch: Option<StytchConfig>,
    /// BRIDGE_CLAIMS: a minted claim name and the JSON pointers it is read from (first present).
    pub claims: Vec<(String, Vec<String>)>,
    /// Cognito `token_use` values accepted: (`id`, `access`).
    pub token_use: (bool, bool),
    /// OIDC_REFUSE_ANONYMOUS: the provider's anonymous (guest) users get no token.
    pub refuse_anonymous: bool,
}

impl BridgeConfig {
    /// `env` maps secret names (see [`env_keys`]) to their values; absent or null = unset.
    /// `family` is the function (`workos`, …, `oidc`); the `oidc` row is chosen by OIDC_PRESET.
    pub fn from_env(family: &str, env: &[(String, Json)]) -> Result<BridgeConfig, BridgeError> {
        let env = Env::new(env);
        let preset = env.get("OIDC_PRESET").filter(|_| family == "oidc");
        let row = super::provider::row(family, preset)
            .ok_or(BridgeError::InvalidSecret("OIDC_PRESET", "must be one of clerk, auth0, firebase, cognito, entra, google, supabase (or unset)"))?;
        // JWT_SECRET is read raw (untrimmed): InsForge keys HMAC with its exact UTF-8 bytes.
        let jwt_secret = match env.raw("JWT_SECRET") {
            Some(s) if !s.is_empty() => s.to_owned(),
            _ => return Err(BridgeError::MissingSecret("JWT_SECRET")),
        };
        let ttl = match env.get("BRIDGE_TOKEN_TTL_SECONDS") {
            None => DEFAULT_TTL,
            Some(v) => when_set_ttl(v)?,
        };
        let cap_to_provider_exp = flag(&env, "BRIDGE_CAP_TO_PROVIDER_EXP", true)?;
        let allowed_origins = match env.get("BRIDGE_ALLOWED_ORIGINS") {
            None | Some("*") => None,
            Some(list) => Some(when_set_origins(list)),
        };
        if row.checks.contains(&Check::AzpInAllowedOrigins) && allowed_origins.is_none() {
            return Err(BridgeError::InvalidSecret("BRIDGE_ALLOWED_ORIGINS", "must list the app's origins: the token's azp is checked against them"));
        }
        let claims = match env.get("BRIDGE_CLAIMS") {
            Some(doc) => when_set_claim_map(doc)?,
            None => Vec::new(),
        };

        let anchor = match (env.get(row.anchor), row.anchor_default) {
            (Some(a), _) => a,
            (None, Some(d)) => d,
            (None, None) => return Err(BridgeError::MissingSecret(row.anchor)),
        };
        let anchor = if row.exact_issuer { anchor.to_owned() } else if row.anchor_is_url { normalize_issuer(anchor) } else { anchor.to_owned() };
        if row.anchor_is_url {
            check_url(row.anchor, &anchor)?;
        }
        let stytch = match row.opaque_sessions {
            true => Some(when_set_stytch(&env, &anchor)?),
            false => None,
        };
        let base = stytch.as_ref().map_or("", |s| s.api_base.as_str());
        let fill = |t: &str| fill(t, &anchor, base);

        let issuers = match row.issuer_secret.and_then(|s| env.get(s)) {
            Some(list) => when_set_issuers(list),
            None => row.issuers.iter().map(|t| fill(t)).collect(),
        };
        let audiences: Vec<String> = match row.audience_secret.and_then(|s| env.get(s)) {
            Some(list) => when_set_audiences(list),
            None if row.audience_required => return Err(BridgeError::MissingSecret(row.audience_secret.unwrap_or(row.anchor))),
            None => row.audience_default.iter().map(|t| fill(t)).collect(),
        };
        let keys = if let Some(jwks) = env.get(row.jwks_secret) {
            let ok = json::parse(jwks.as_bytes()).and_then(|v| v.get("keys").map(Json::is_array)).unwrap_or(false);
            match ok {
                false => return Err(BridgeError::InvalidSecret(row.jwks_secret, "must be a JWKS JSON document {\"keys\": [...]} of at most 262144 bytes")),
                true => KeySource::Pinned(jwks.to_owned()),
            }
        } else if let Some((name, url)) = row.jwks_url_secret.and_then(|n| Some((n, env.get(n)?))) {
            check_url(name, url)?;
            KeySource::Url(url.to_owned())
        } else {
            match row.jwks {
                Jwks::Url(t) => {
                    let url = fill(t);
                    check_url(if row.opaque_sessions { "STYTCH_API_BASE" } else { row.anchor }, &url)?;
                    KeySource::Url(url)
                }
                Jwks::Discovery => KeySource::Discovery(crate::concat(&[anchor.trim_end_matches('/'), "/.well-known/openid-configuration"])),
            }
        };
        let token_use = match env.get("OIDC_TOKEN_USE").filter(|_| row.checks.contains(&Check::CognitoTokenUse)) {
            None => (true, true),
            Some(list) => when_set_token_use(list)?,
        };
        // (Only the oidc family reads this secret.)
        let refuse_anonymous = flag(&env, "OIDC_REFUSE_ANONYMOUS", false)?;
        Ok(BridgeConfig { provider: row, jwt_secret, issuers, audiences, keys, ttl, cap_to_provider_exp, allowed_origins, stytch, claims, token_use, refuse_anonymous })
    }
}

/// A true/false secret (`true`, `1`, `yes` / `false`, `0`, `no`, any case), `default` when unset.
fn flag(env: &Env, name: &'static str, default: bool) -> Result<bool, BridgeError> {
    match env.get(name) {
        None => Ok(default),
        Some(v) => when_set_flag(v, name),
    }
}

// `when_set_*`: the reading of a secret's value (or of a provider's own part), called only when
// it is set. The build keeps these out of their callers (wasm-opt `--no-inline=*when_set*`,
// scripts/build.mjs), so a fresh Worker whose secret is unset never compiles them: V8
// compiles each wasm function on its first call.

#[inline(never)]
fn when_set_flag(v: &str, name: &'static str) -> Result<bool, BridgeError> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(BridgeError::InvalidSecret(name, "must be true or false")),
    }
}

#[inline(never)]
fn when_set_ttl(v: &str) -> Result<u64, BridgeError> {
    // Decimal digits folded by hand (core's integer parser would add its own code); more than
    // 5 digits is out of range anyway.
    match (v.len() <= 5).then(|| v.bytes().try_fold(0u64, |n, c| c.is_ascii_digit().then(|| n * 10 + u64::from(c - b'0')))).flatten() {
        Some(n) if (1..=MAX_TTL).contains(&n) => Ok(n),
        _ => Err(BridgeError::InvalidSecret("BRIDGE_TOKEN_TTL_SECONDS", "must be an integer from 1 to 86400")),
    }
}

#[inline(never)]
fn when_set_origins(list: &str) -> Vec<String> {
    split_list(list).into_iter().map(|o| o.trim_end_matches('/').to_owned()).collect()
}

#[inline(never)]
fn when_set_issuers(list: &str) -> Vec<String> {
    split_list(list).into_iter().map(normalize_issuer).collect()
}

#[inline(never)]
fn when_set_audiences(list: &str) -> Vec<String> {
    split_list(list).into_iter().map(str::to_owned).collect()
}

#[inline(never)]
fn when_set_token_use(list: &str) -> Result<(bool, bool), BridgeError> {
    let l = split_list(list);
    if l.is_empty() || l.iter().any(|u| *u != "id" && *u != "access") {
        return Err(BridgeError::InvalidSecret("OIDC_TOKEN_USE", "must be id, access or both (comma list)"));
    }
    Ok((l.contains(&"id"), l.contains(&"access")))
}

/// Stytch's API host (its project's kind, or STYTCH_API_BASE) and secret: the Stytch row only.
#[inline(never)]
fn when_set_stytch(env: &Env, project_id: &str) -> Result<StytchConfig, BridgeError> {
    let api_base = match env.get("STYTCH_API_BASE") {
        Some(b) => normalize_issuer(b),
        None if project_id.starts_with("project-live-") => "https://api.stytch.com".into(),
        None => "https://test.stytch.com".into(),
    };
    check_url("STYTCH_API_BASE", &api_base)?;
    Ok(StytchConfig { secret: env.get("STYTCH_SECRET").map(str::to_owned), api_base, project_id: project_id.to_owned() })
}

/// A row's template with `{}` (the anchor) and `{base}` filled in. (No `str::replace`: its
/// substring searcher would add kilobytes to the .wasm.)
fn fill(template: &str, anchor: &str, base: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let (name, after) = after.split_once('}').unwrap_or(("", after));
        out.push_str(if name == "base" { base } else { anchor });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// BRIDGE_CLAIMS: `{"name": "/json/pointer"}` or `{"name": ["/first", "/fallback"]}`.
#[inline(never)]
fn when_set_claim_map(doc: &str) -> Result<Vec<(String, Vec<String>)>, BridgeError> {
    const NAME: &str = "BRIDGE_CLAIMS";
    // Read whatever its length: the limits below name it (16 claims, 4 pointers of ≤ 256 bytes).
    let entries = json::parse_object_within(doc.as_bytes(), usize::MAX).ok_or(BridgeError::InvalidSecret(NAME, "must be a JSON object {\"claim\": \"/json/pointer\"}"))?;
    if entries.len() > MAX_MAPPED_CLAIMS {
        return Err(BridgeError::InvalidSecret(NAME, "maps at most 16 claims"));
    }
    let mut out = Vec::new();
    for (name, v) in entries {
        if RESERVED_CLAIMS.contains(&name.as_str()) {
            return Err(BridgeError::InvalidSecret(NAME, "names a reserved claim (sub, role, aud, iss, iat, exp, nbf, email)"));
        }
        if name.is_empty() || name.len() > 64 || !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_') {
            return Err(BridgeError::InvalidSecret(NAME, "claim names are 1 to 64 letters, digits or _"));
        }
        let pointers: Vec<String> = match v {
            Json::Str(p) => vec![p],
            Json::Arr(a) => a.into_iter().filter_map(|p| p.as_str().map(str::to_owned)).collect(),
            _ => Vec::new(),
        };
        if pointers.is_empty() || pointers.len() > 4 || pointers.iter().any(|p| !super::pointer::pointer_ok(p)) {
            return Err(BridgeError::InvalidSecret(NAME, "each claim maps to a JSON pointer (\"/o/id\") or a list of 1 to 4"));
        }
        out.push((name, pointers));
    }
    Ok(out)
}

#[cfg(test)]
impl BridgeConfig {
    /// Test helper: `from_env` with a `serde_json` object.
    pub fn from_serde_env(family: &str, env: &serde_json::Map<String, serde_json::Value>) -> Result<BridgeConfig, BridgeError> {
        BridgeConfig::from_env(family, &json::entries(&serde_json::Value::Object(env.clone())))
    }
}

fn split_list(list: &str) -> Vec<&str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Issuers compare without a trailing slash (Kinde documents both forms).
fn normalize_issuer(s: &str) -> String {
    s.trim().trim_end_matches('/').to_owned()
}

fn check_url(name: &'static str, url: &str) -> Result<(), BridgeError> {
    if env::url_allowed(url) {
        return Ok(());
    }
    Err(BridgeError::InvalidSecret(name, "must be an https:// URL (http:// only on loopback)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use serde_json::Value;

    fn env(v: Value) -> Vec<(String, Json)> {
        json::entries(&v)
    }

    #[test]
    fn workos_defaults() {
        let c = BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "client_1"}))).unwrap();
        assert_eq!(c.issuers, vec!["https://api.workos.com", "https://api.workos.com/user_management/client_1"]);
        assert_eq!(c.keys, KeySource::Url("https://api.workos.com/sso/jwks/client_1".into()));
        assert_eq!((c.ttl, c.cap_to_provider_exp, c.allowed_origins.clone(), c.audiences.clone()), (3600, true, None, Vec::<String>::new()));
    }

    #[test]
    fn missing_secrets_are_named() {
        assert_eq!(BridgeConfig::from_env("workos", &env(json!({"WORKOS_CLIENT_ID": "c"}))).unwrap_err(), BridgeError::MissingSecret("JWT_SECRET"));
        assert_eq!(BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": " "}))).unwrap_err(), BridgeError::MissingSecret("WORKOS_CLIENT_ID"));
        assert_eq!(BridgeConfig::from_env("kinde", &env(json!({"JWT_SECRET": "s"}))).unwrap_err(), BridgeError::MissingSecret("KINDE_ISSUER_URL"));
        assert_eq!(BridgeConfig::from_env("stytch", &env(json!({"JWT_SECRET": "s"}))).unwrap_err(), BridgeError::MissingSecret("STYTCH_PROJECT_ID"));
    }

    #[test]
    fn kinde_derives_jwks_from_issuer() {
        let c = BridgeConfig::from_env("kinde", &env(json!({"JWT_SECRET": "s", "KINDE_ISSUER_URL": "https://acme.kinde.com/", "KINDE_AUDIENCE": "api"}))).unwrap();
        assert_eq!(c.issuers, vec!["https://acme.kinde.com"]);
        assert_eq!(c.keys, KeySource::Url("https://acme.kinde.com/.well-known/jwks.json".into()));
        assert_eq!(c.audiences, vec!["api"]);
        let two = BridgeConfig::from_env("kinde", &env(json!({"JWT_SECRET": "s", "KINDE_ISSUER_URL": "https://acme.kinde.com", "KINDE_AUDIENCE": "api, client123"}))).unwrap();
        assert_eq!(two.audiences, vec!["api", "client123"]);
    }

    #[test]
    fn stytch_hosts_follow_project_kind() {
        let t = BridgeConfig::from_env("stytch", &env(json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-test-1"}))).unwrap();
        assert_eq!(t.keys, KeySource::Url("https://test.stytch.com/v1/sessions/jwks/project-test-1".into()));
        assert_eq!(t.issuers, vec!["stytch.com/project-test-1", "https://test.stytch.com"]);
        let l = BridgeConfig::from_env("stytch", &env(json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-live-1"}))).unwrap();
        assert_eq!(l.stytch.unwrap().api_base, "https://api.stytch.com");
    }

    #[test]
    fn jwks_urls_must_be_tls_except_loopback() {
        let with = |u: &str| BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS_URL": u})));
        assert!(with("https://keys.example.com/jwks").is_ok());
        assert!(with("http://127.0.0.1:8080/jwks").is_ok());
        assert!(with("http://localhost/jwks").is_ok());
        assert!(with("http://[::1]:9/jwks").is_ok());
        for bad in ["http://keys.example.com/jwks", "http://127.0.0.1.evil.com/x", "ftp://x", "https://", "http://localhost.evil.com/", "http://[::1]@evil.com/"] {
            assert_eq!(with(bad).unwrap_err(), BridgeError::InvalidSecret("WORKOS_JWKS_URL", "must be an https:// URL (http:// only on loopback)"), "{bad}");
        }
    }

    #[test]
    fn pinned_jwks_must_be_a_jwks() {
        let with = |j: &str| BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS": j})));
        assert_eq!(with(r#"{"keys":[]}"#).unwrap().keys, KeySource::Pinned(r#"{"keys":[]}"#.into()));
        assert!(matches!(with("{nope").unwrap_err(), BridgeError::InvalidSecret("WORKOS_JWKS", _)));
        assert!(matches!(with(r#"{"keys":1}"#).unwrap_err(), BridgeError::InvalidSecret("WORKOS_JWKS", _)));
    }

    #[test]
    fn a_secret_over_a_reader_limit_names_itself_and_the_limit() {
        let key = json!({"kty": "RSA", "kid": "k", "n": "AQAB", "e": "AQAB"});
        let with = |k: &str, v: String| BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", k: v}))).unwrap_err().to_http();
        let keys = |n: usize| json!({"keys": vec![key.clone(); n]}).to_string();
        assert!(BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS": keys(256)}))).is_ok());
        // A thousand RSA keys of 2048 bits: past the JSON reader's 256 KiB.
        let n = "q".repeat(342);
        let big = json!({"keys": vec![json!({"kty": "RSA", "kid": "k", "n": n, "e": "AQAB"}); 1001]}).to_string();
        let e = with("WORKOS_JWKS", big);
        assert_eq!((e.status_code, e.error, e.message.as_str()), (500, "invalid_secret", "WORKOS_JWKS is invalid: must be a JWKS JSON document {\"keys\": [...]} of at most 262144 bytes"));
        // BRIDGE_CLAIMS past the JSON reader's length is read whole, and its own limits name it.
        let e = with("BRIDGE_CLAIMS", format!("{{\"a\":\"/{}\"}}", "x".repeat(300_000)));
        assert_eq!(e.message, "BRIDGE_CLAIMS is invalid: each claim maps to a JSON pointer (\"/o/id\") or a list of 1 to 4");
    }

    #[test]
    fn anonymous_users_allowed_or_refused_by_option() {
        let with = |v: Option<&str>| {
            let mut e = json!({"JWT_SECRET": "s", "OIDC_PRESET": "supabase", "OIDC_ISSUER": "https://r.supabase.co/auth/v1"});
            if let Some(v) = v {
                e["OIDC_REFUSE_ANONYMOUS"] = json!(v);
            }
            BridgeConfig::from_env("oidc", &env(e)).map(|c| c.refuse_anonymous)
        };
        assert_eq!((with(None), with(Some("false")), with(Some("true")), with(Some("YES"))), (Ok(false), Ok(false), Ok(true), Ok(true)));
        assert!(matches!(with(Some("refuse")), Err(BridgeError::InvalidSecret("OIDC_REFUSE_ANONYMOUS", _))));
    }

    #[test]
    fn ttl_and_flags() {
        let with = |k: &str, v: &str| BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", k: v})));
        assert_eq!(with("BRIDGE_TOKEN_TTL_SECONDS", "600").unwrap().ttl, 600);
        assert!(with("BRIDGE_TOKEN_TTL_SECONDS", "86401").is_err());
        assert!(with("BRIDGE_TOKEN_TTL_SECONDS", "0").is_err());
        assert!(with("BRIDGE_TOKEN_TTL_SECONDS", "1h").is_err());
        assert!(!with("BRIDGE_CAP_TO_PROVIDER_EXP", "false").unwrap().cap_to_provider_exp);
        assert!(with("BRIDGE_CAP_TO_PROVIDER_EXP", "maybe").is_err());
        assert_eq!(with("BRIDGE_ALLOWED_ORIGINS", "https://a.com/, https://b.com").unwrap().allowed_origins, Some(vec!["https://a.com".into(), "https://b.com".into()]));
    }

    #[test]
    fn errors_never_carry_values() {
        let e = BridgeConfig::from_env("workos", &env(json!({"JWT_SECRET": "topsecret", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS_URL": "http://topsecret.example"}))).unwrap_err();
        assert!(!e.to_http().message.contains("topsecret"));
    }
}
