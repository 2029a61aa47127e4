//! Bridge configuration, read from the function's secrets (`Deno.env.get`) by name.

use crate::env::{self, Env};
use crate::json::{self, Json};

use super::error::BridgeError;
use super::Provider;

pub const DEFAULT_TTL: u64 = 3600;
pub const MAX_TTL: u64 = 86_400;

/// The secret names a provider's function reads; JS looks each one up and passes them in.
pub fn env_keys(provider: Provider) -> &'static [&'static str] {
    const COMMON: [&str; 4] = ["JWT_SECRET", "BRIDGE_TOKEN_TTL_SECONDS", "BRIDGE_CAP_TO_PROVIDER_EXP", "BRIDGE_ALLOWED_ORIGINS"];
    match provider {
        Provider::WorkOs => &["WORKOS_CLIENT_ID", "WORKOS_ISSUER", "WORKOS_JWKS_URL", "WORKOS_JWKS", COMMON[0], COMMON[1], COMMON[2], COMMON[3]],
        Provider::Kinde => &["KINDE_ISSUER_URL", "KINDE_AUDIENCE", "KINDE_JWKS_URL", "KINDE_JWKS", COMMON[0], COMMON[1], COMMON[2], COMMON[3]],
        Provider::Stytch => &["STYTCH_PROJECT_ID", "STYTCH_SECRET", "STYTCH_API_BASE", "STYTCH_JWKS", COMMON[0], COMMON[1], COMMON[2], COMMON[3]],
    }
}

/// Where a provider's signing keys come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// A pinned JWKS document (a secret): no network call. Holds the JSON text.
    Pinned(String),
    /// Fetched from this URL (https, or http on loopback only).
    Url(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StytchConfig {
    pub project_id: String,
    pub secret: Option<String>,
    pub api_base: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeConfig {
    pub provider: Provider,
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
}

impl BridgeConfig {
    /// `env` maps secret names (see [`env_keys`]) to their values; absent or null = unset.
    pub fn from_env(provider: Provider, env: &[(String, Json)]) -> Result<BridgeConfig, BridgeError> {
        let env = Env::new(env);
        // JWT_SECRET is read raw (untrimmed): InsForge keys HMAC with its exact UTF-8 bytes.
        let jwt_secret = match env.raw("JWT_SECRET") {
            Some(s) if !s.is_empty() => s.to_owned(),
            _ => return Err(BridgeError::MissingSecret("JWT_SECRET")),
        };
        let ttl = match env.get("BRIDGE_TOKEN_TTL_SECONDS") {
            None => DEFAULT_TTL,
            Some(v) => match v.parse::<u64>() {
                Ok(n) if (1..=MAX_TTL).contains(&n) => n,
                _ => return Err(BridgeError::InvalidSecret("BRIDGE_TOKEN_TTL_SECONDS", "must be an integer from 1 to 86400")),
            },
        };
        let cap_to_provider_exp = match env.get("BRIDGE_CAP_TO_PROVIDER_EXP").map(str::to_ascii_lowercase).as_deref() {
            None | Some("true") | Some("1") | Some("yes") => true,
            Some("false") | Some("0") | Some("no") => false,
            Some(_) => return Err(BridgeError::InvalidSecret("BRIDGE_CAP_TO_PROVIDER_EXP", "must be true or false")),
        };
        let allowed_origins = match env.get("BRIDGE_ALLOWED_ORIGINS") {
            None | Some("*") => None,
            Some(list) => Some(split_list(list).into_iter().map(|o| o.trim_end_matches('/').to_owned()).collect()),
        };

        let (issuers, audiences, keys, stytch) = match provider {
            Provider::WorkOs => {
                let client_id = env.required("WORKOS_CLIENT_ID", BridgeError::MissingSecret)?;
                let issuers = match env.get("WORKOS_ISSUER") {
                    Some(list) => split_list(list).into_iter().map(normalize_issuer).collect(),
                    None => vec!["https://api.workos.com".into(), ["https://api.workos.com/user_management/", client_id].concat()],
                };
                let keys = key_source(&env, "WORKOS_JWKS", "WORKOS_JWKS_URL", || ["https://api.workos.com/sso/jwks/", client_id].concat())?;
                (issuers, Vec::new(), keys, None)
            }
            Provider::Kinde => {
                let issuer = normalize_issuer(env.required("KINDE_ISSUER_URL", BridgeError::MissingSecret)?);
                check_url("KINDE_ISSUER_URL", &issuer)?;
                let keys = key_source(&env, "KINDE_JWKS", "KINDE_JWKS_URL", || [issuer.as_str(), "/.well-known/jwks.json"].concat())?;
                // A list: an API audience for access tokens and the client id for ID tokens.
                let audiences = env.get("KINDE_AUDIENCE").map(|l| split_list(l).into_iter().map(str::to_owned).collect()).unwrap_or_default();
                (vec![issuer], audiences, keys, None)
            }
            Provider::Stytch => {
                let project_id = env.required("STYTCH_PROJECT_ID", BridgeError::MissingSecret)?.to_owned();
                let api_base = match env.get("STYTCH_API_BASE") {
                    Some(b) => normalize_issuer(b),
                    None if project_id.starts_with("project-live-") => "https://api.stytch.com".into(),
                    None => "https://test.stytch.com".into(),
                };
                check_url("STYTCH_API_BASE", &api_base)?;
                let keys = key_source(&env, "STYTCH_JWKS", "", || [api_base.as_str(), "/v1/sessions/jwks/", project_id.as_str()].concat())?;
                let issuers = vec![["stytch.com/", project_id.as_str()].concat(), api_base.clone()];
                let stytch = StytchConfig { secret: env.get("STYTCH_SECRET").map(str::to_owned), api_base, project_id: project_id.clone() };
                (issuers, vec![project_id], keys, Some(stytch))
            }
        };
        Ok(BridgeConfig { provider, jwt_secret, issuers, audiences, keys, ttl, cap_to_provider_exp, allowed_origins, stytch })
    }
}

#[cfg(test)]
impl BridgeConfig {
    /// Test helper: `from_env` with a `serde_json` object.
    pub fn from_serde_env(provider: Provider, env: &serde_json::Map<String, serde_json::Value>) -> Result<BridgeConfig, BridgeError> {
        BridgeConfig::from_env(provider, &json::entries(&serde_json::Value::Object(env.clone())))
    }
}

fn split_list(list: &str) -> Vec<&str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// Issuers compare without a trailing slash (Kinde documents both forms).
fn normalize_issuer(s: &str) -> String {
    s.trim().trim_end_matches('/').to_owned()
}

fn key_source(env: &Env, pinned: &'static str, url: &'static str, default_url: impl FnOnce() -> String) -> Result<KeySource, BridgeError> {
    if let Some(jwks) = env.get(pinned) {
        let ok = json::parse(jwks.as_bytes()).and_then(|v| v.get("keys").map(Json::is_array)).unwrap_or(false);
        if !ok {
            return Err(BridgeError::InvalidSecret(pinned, "must be a JWKS JSON document {\"keys\": [...]}"));
        }
        return Ok(KeySource::Pinned(jwks.to_owned()));
    }
    let u = match env.get(url) {
        Some(u) if !url.is_empty() => u.to_owned(),
        _ => default_url(),
    };
    check_url(if url.is_empty() { "STYTCH_API_BASE" } else { url }, &u)?;
    Ok(KeySource::Url(u))
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
        let c = BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "client_1"}))).unwrap();
        assert_eq!(c.issuers, vec!["https://api.workos.com", "https://api.workos.com/user_management/client_1"]);
        assert_eq!(c.keys, KeySource::Url("https://api.workos.com/sso/jwks/client_1".into()));
        assert_eq!((c.ttl, c.cap_to_provider_exp, c.allowed_origins.clone(), c.audiences.clone()), (3600, true, None, Vec::<String>::new()));
    }

    #[test]
    fn missing_secrets_are_named() {
        assert_eq!(BridgeConfig::from_env(Provider::WorkOs, &env(json!({"WORKOS_CLIENT_ID": "c"}))).unwrap_err(), BridgeError::MissingSecret("JWT_SECRET"));
        assert_eq!(BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": " "}))).unwrap_err(), BridgeError::MissingSecret("WORKOS_CLIENT_ID"));
        assert_eq!(BridgeConfig::from_env(Provider::Kinde, &env(json!({"JWT_SECRET": "s"}))).unwrap_err(), BridgeError::MissingSecret("KINDE_ISSUER_URL"));
        assert_eq!(BridgeConfig::from_env(Provider::Stytch, &env(json!({"JWT_SECRET": "s"}))).unwrap_err(), BridgeError::MissingSecret("STYTCH_PROJECT_ID"));
    }

    #[test]
    fn kinde_derives_jwks_from_issuer() {
        let c = BridgeConfig::from_env(Provider::Kinde, &env(json!({"JWT_SECRET": "s", "KINDE_ISSUER_URL": "https://acme.kinde.com/", "KINDE_AUDIENCE": "api"}))).unwrap();
        assert_eq!(c.issuers, vec!["https://acme.kinde.com"]);
        assert_eq!(c.keys, KeySource::Url("https://acme.kinde.com/.well-known/jwks.json".into()));
        assert_eq!(c.audiences, vec!["api"]);
        let two = BridgeConfig::from_env(Provider::Kinde, &env(json!({"JWT_SECRET": "s", "KINDE_ISSUER_URL": "https://acme.kinde.com", "KINDE_AUDIENCE": "api, client123"}))).unwrap();
        assert_eq!(two.audiences, vec!["api", "client123"]);
    }

    #[test]
    fn stytch_hosts_follow_project_kind() {
        let t = BridgeConfig::from_env(Provider::Stytch, &env(json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-test-1"}))).unwrap();
        assert_eq!(t.keys, KeySource::Url("https://test.stytch.com/v1/sessions/jwks/project-test-1".into()));
        assert_eq!(t.issuers, vec!["stytch.com/project-test-1", "https://test.stytch.com"]);
        let l = BridgeConfig::from_env(Provider::Stytch, &env(json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-live-1"}))).unwrap();
        assert_eq!(l.stytch.unwrap().api_base, "https://api.stytch.com");
    }

    #[test]
    fn jwks_urls_must_be_tls_except_loopback() {
        let with = |u: &str| BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS_URL": u})));
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
        let with = |j: &str| BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS": j})));
        assert_eq!(with(r#"{"keys":[]}"#).unwrap().keys, KeySource::Pinned(r#"{"keys":[]}"#.into()));
        assert!(matches!(with("{nope").unwrap_err(), BridgeError::InvalidSecret("WORKOS_JWKS", _)));
        assert!(matches!(with(r#"{"keys":1}"#).unwrap_err(), BridgeError::InvalidSecret("WORKOS_JWKS", _)));
    }

    #[test]
    fn ttl_and_flags() {
        let with = |k: &str, v: &str| BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "s", "WORKOS_CLIENT_ID": "c", k: v})));
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
        let e = BridgeConfig::from_env(Provider::WorkOs, &env(json!({"JWT_SECRET": "topsecret", "WORKOS_CLIENT_ID": "c", "WORKOS_JWKS_URL": "http://topsecret.example"}))).unwrap_err();
        assert!(!e.to_http().message.contains("topsecret"));
    }
}
