//! The wallet bridge's secrets, read and checked once per set of values.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::env::{url_allowed, Env};
use crate::json::Json;
use crate::wallet::error::WalletError;

/// Every secret the wallet bridge reads.
pub const ENV_KEYS: &[&str] = &[
    "JWT_SECRET",
    "SIWE_DOMAIN",
    "SIWE_URI",
    "SIWE_CHAIN_IDS",
    "SIWE_STATEMENT",
    "SIWE_NONCE_TTL_SECONDS",
    "SIWE_MAX_AGE_SECONDS",
    "RPC_URL",
    "BRIDGE_TOKEN_TTL_SECONDS",
    "BRIDGE_ALLOWED_ORIGINS",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalletConfig {
    /// Read raw: InsForge keys HMAC with its exact bytes.
    pub jwt_secret: String,
    /// `SIWE_DOMAIN`: the sites (`host[:port]`, lowercase) a message may be for; the first is
    /// offered with each nonce.
    pub domains: Vec<String>,
    /// `SIWE_URI`: prefixes a message's URI must start with; unset: the URI's authority must be
    /// the message's domain.
    pub uris: Option<Vec<String>>,
    /// `SIWE_CHAIN_IDS` (default 1): the chains a message may name; the first is offered.
    pub chain_ids: Vec<u64>,
    /// `SIWE_STATEMENT`: offered with each nonce, and then required exactly.
    pub statement: Option<String>,
    /// `SIWE_NONCE_TTL_SECONDS` (60–3600, default 300): how long an issued nonce can be used.
    pub nonce_ttl: u32,
    /// `SIWE_MAX_AGE_SECONDS` (10–3600, default 300): how old a message's Issued At may be.
    pub max_age: u32,
    /// `RPC_URL`: nodes of the chain contract wallets (EIP-1271, ERC-6492) sign in on.
    pub rpc_urls: Vec<String>,
    /// `BRIDGE_TOKEN_TTL_SECONDS` (1–86400, default 3600).
    pub ttl: u32,
    /// `BRIDGE_ALLOWED_ORIGINS`: unset or `*`: any.
    pub allowed_origins: Option<Vec<String>>,
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split(',').map(str::trim).filter(|x| !x.is_empty())
}

fn number(env: &Env, name: &'static str, min: u32, max: u32, default: u32, why: &'static str) -> Result<u32, WalletError> {
    match env.get(name) {
        None => Ok(default),
        Some(v) => match (v.len() <= 5).then(|| v.bytes().try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))).flatten() {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(WalletError::InvalidSecret(name, why)),
        },
    }
}

impl WalletConfig {
    pub fn from_env(env: &[(String, Json)]) -> Result<WalletConfig, WalletError> {
        let env = Env::new(env);
        let jwt_secret = match env.raw("JWT_SECRET") {
            Some(s) if !s.is_empty() => s.to_owned(),
            _ => return Err(WalletError::MissingSecret("JWT_SECRET")),
        };
        let domains: Vec<String> = list(env.required("SIWE_DOMAIN", WalletError::MissingSecret)?).map(str::to_ascii_lowercase).collect();
        let authority = |d: &String| !d.is_empty() && d.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b));
        if domains.is_empty() || !domains.iter().all(authority) {
            return Err(WalletError::InvalidSecret("SIWE_DOMAIN", "must list the sites users sign in on, as host or host:port (no scheme, no path)"));
        }
        let uris = match env.get("SIWE_URI") {
            None => None,
            Some(v) => {
                let uris: Vec<String> = list(v).map(str::to_owned).collect();
                if uris.is_empty() || !uris.iter().all(|u| u.contains("://")) {
                    return Err(WalletError::InvalidSecret("SIWE_URI", "must list absolute URI prefixes such as https://example.com/"));
                }
                Some(uris)
            }
        };
        let chain_ids = match env.get("SIWE_CHAIN_IDS") {
            None => vec![1],
            Some(v) => {
                let ids: Option<Vec<u64>> = list(v).map(|n| (n.len() <= 15).then(|| n.parse::<u64>().ok()).flatten().filter(|n| *n > 0)).collect();
                match ids {
                    Some(ids) if !ids.is_empty() => ids,
                    _ => return Err(WalletError::InvalidSecret("SIWE_CHAIN_IDS", "must list positive chain ids such as 1,196,8453")),
                }
            }
        };
        let statement = env.get("SIWE_STATEMENT").map(str::to_owned);
        if statement.as_deref().is_some_and(|s| s.contains(['\n', '\r'])) {
            return Err(WalletError::InvalidSecret("SIWE_STATEMENT", "must be one line"));
        }
        let rpc_urls: Vec<String> = env.get("RPC_URL").map(|v| list(v).map(str::to_owned).collect()).unwrap_or_default();
        if !rpc_urls.iter().all(|u| url_allowed(u)) {
            return Err(WalletError::InvalidSecret("RPC_URL", "must list https URLs (http only on loopback)"));
        }
        let allowed_origins = match env.get("BRIDGE_ALLOWED_ORIGINS") {
            None | Some("*") => None,
            Some(v) => Some(list(v).map(|o| o.trim_end_matches('/').to_owned()).collect()),
        };
        Ok(WalletConfig {
            jwt_secret,
            domains,
            uris,
            chain_ids,
            statement,
            nonce_ttl: number(&env, "SIWE_NONCE_TTL_SECONDS", 60, 3600, 300, "must be an integer from 60 to 3600 (seconds)")?,
            max_age: number(&env, "SIWE_MAX_AGE_SECONDS", 10, 3600, 300, "must be an integer from 10 to 3600 (seconds)")?,
            rpc_urls,
            ttl: number(&env, "BRIDGE_TOKEN_TTL_SECONDS", 1, 86_400, 3600, "must be an integer from 1 to 86400")?,
            allowed_origins,
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn env(pairs: &[(&str, &str)]) -> Vec<(String, Json)> {
        let mut all: Vec<(String, Json)> = vec![("JWT_SECRET".into(), Json::Str("a-string-secret-at-least-256-bits-long".into())), ("SIWE_DOMAIN".into(), Json::Str("app.example".into()))];
        for (k, v) in pairs {
            all.retain(|(n, _)| n != k);
            all.push(((*k).into(), Json::Str((*v).into())));
        }
        all
    }

    pub(crate) fn config(pairs: &[(&str, &str)]) -> WalletConfig {
        WalletConfig::from_env(&env(pairs)).unwrap()
    }

    #[test]
    fn defaults_and_every_secret() {
        let c = config(&[]);
        assert_eq!((c.domains.clone(), c.chain_ids.clone(), c.nonce_ttl, c.max_age, c.ttl, c.uris.clone(), c.allowed_origins.clone()), (vec!["app.example".to_string()], vec![1], 300, 300, 3600, None, None));
        let c = config(&[
            ("SIWE_DOMAIN", "App.Example, localhost:5173"),
            ("SIWE_URI", "https://app.example/"),
            ("SIWE_CHAIN_IDS", "196, 8453"),
            ("SIWE_STATEMENT", "Sign in to the app."),
            ("SIWE_NONCE_TTL_SECONDS", "120"),
            ("SIWE_MAX_AGE_SECONDS", "60"),
            ("RPC_URL", "http://127.0.0.1:8545, https://rpc.xlayer.tech"),
            ("BRIDGE_TOKEN_TTL_SECONDS", "900"),
            ("BRIDGE_ALLOWED_ORIGINS", "https://app.example/"),
        ]);
        assert_eq!(c.domains, ["app.example", "localhost:5173"]);
        assert_eq!((c.chain_ids.as_slice(), c.nonce_ttl, c.max_age, c.ttl), (&[196, 8453][..], 120, 60, 900));
        assert_eq!((c.statement.as_deref(), c.rpc_urls.len(), c.allowed_origins), (Some("Sign in to the app."), 2, Some(vec!["https://app.example".to_string()])));
    }

    #[test]
    fn a_bad_secret_is_named_never_echoed() {
        assert_eq!(WalletConfig::from_env(&env(&[("JWT_SECRET", "")])), Err(WalletError::MissingSecret("JWT_SECRET")));
        let mut no_domain = env(&[]);
        no_domain.retain(|(k, _)| k != "SIWE_DOMAIN");
        assert_eq!(WalletConfig::from_env(&no_domain), Err(WalletError::MissingSecret("SIWE_DOMAIN")));
        for (name, bad) in [
            ("SIWE_DOMAIN", "https://app.example"),
            ("SIWE_DOMAIN", "app.example/login"),
            ("SIWE_URI", "app.example"),
            ("SIWE_CHAIN_IDS", "0"),
            ("SIWE_CHAIN_IDS", "x402"),
            ("SIWE_STATEMENT", "two\nlines"),
            ("SIWE_NONCE_TTL_SECONDS", "59"),
            ("SIWE_MAX_AGE_SECONDS", "3601"),
            ("RPC_URL", "http://rpc.example"),
            ("BRIDGE_TOKEN_TTL_SECONDS", "0"),
        ] {
            let e = WalletConfig::from_env(&env(&[(name, bad)])).unwrap_err();
            assert!(matches!(e, WalletError::InvalidSecret(n, _) if n == name), "{name}={bad}: {e:?}");
            assert!(bad.len() < 4 || !e.to_http().message.contains(bad), "never the value: {name}={bad}");
        }
    }
}
