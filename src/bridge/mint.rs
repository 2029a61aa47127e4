//! The InsForge token: HS256 over JWT_SECRET with exactly the claims InsForge reads.

#[allow(unused_imports)]
use crate::prelude::*;

use super::claims::Identity;
use super::config::BridgeConfig;
use super::error::BridgeError;
use crate::json::Writer;
use crate::jwt;

/// Returns the 200 response body. No `nbf`: InsForge allows zero clock skew.
pub fn mint(config: &BridgeConfig, id: &Identity, now: i64) -> Result<String, BridgeError> {
    let mut exp = now + config.ttl as i64;
    if config.cap_to_provider_exp {
        if let Some(end) = id.valid_until {
            exp = exp.min(end);
        }
    }
    if exp <= now {
        // Still inside the verification leeway, but InsForge would refuse it at once.
        return Err(BridgeError::TokenExpired);
    }
    let email = id.email.as_deref();
    // Exactly these claims, in this order. `role` is always written by us: InsForge trusts
    // it, and a provider's "admin" is not a DB role. `email` only when known.
    let mut c = Writer::new();
    c.open_obj().key("sub").str(&id.sub).key("role").str("authenticated").key("aud").str("insforge-api");
    c.key("iat").int(now).key("exp").int(exp);
    if let Some(email) = email {
        c.key("email").str(email);
    }
    // BRIDGE_CLAIMS: names checked against the reserved ones, values checked and encoded by
    // `claims::validate`.
    for (name, json) in &id.claims {
        c.key(name).raw(json);
    }
    let claims_json = c.close_obj().finish();
    let token = jwt::sign_hs256(&claims_json, &config.jwt_secret);
    let mut w = Writer::new();
    w.open_obj().key("accessToken").str(&token).key("tokenType").str("Bearer").key("expiresAt").int(exp);
    w.key("user").open_obj().key("id").str(&id.sub).key("email").opt_str(email).close_obj();
    w.key("provider").str(config.provider.name).close_obj();
    Ok(w.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::b64;
    use serde_json::{json, Value};

    fn config(extra: Value) -> BridgeConfig {
        let mut env = json!({"JWT_SECRET": "a-string-secret-at-least-256-bits-long", "WORKOS_CLIENT_ID": "c"});
        for (k, v) in extra.as_object().unwrap() {
            env[k] = v.clone();
        }
        BridgeConfig::from_serde_env("workos", env.as_object().unwrap()).unwrap()
    }

    fn claims_of(body: &str) -> Value {
        let body: Value = serde_json::from_str(body).unwrap();
        let token = body["accessToken"].as_str().unwrap();
        let payload = token.split('.').nth(1).unwrap();
        serde_json::from_slice(&b64::decode_url(payload).unwrap()).unwrap()
    }

    #[test]
    fn exact_claims_and_body() {
        let id = Identity { sub: "user_01H".into(), email: Some("a@b.c".into()), valid_until: Some(2_000), claims: vec![], issued_at: 0 };
        let body = mint(&config(json!({})), &id, 1_000).unwrap();
        assert_eq!(claims_of(&body), json!({"sub": "user_01H", "role": "authenticated", "aud": "insforge-api", "iat": 1000, "exp": 2000, "email": "a@b.c"}));
        let v: Value = serde_json::from_str(&body).unwrap();
        assert_eq!((v["tokenType"].as_str(), v["expiresAt"].as_i64(), v["provider"].as_str()), (Some("Bearer"), Some(2000), Some("workos")));
        assert_eq!(v["user"], json!({"id": "user_01H", "email": "a@b.c"}));
    }

    #[test]
    fn email_is_omitted_when_unknown() {
        let id = Identity { sub: "u".into(), email: None, valid_until: None, claims: vec![], issued_at: 0 };
        let body = mint(&config(json!({})), &id, 1_000).unwrap();
        assert_eq!(claims_of(&body), json!({"sub": "u", "role": "authenticated", "aud": "insforge-api", "iat": 1000, "exp": 4600}));
        assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["user"]["email"], Value::Null);
    }

    #[test]
    fn mapped_claims_follow_the_reserved_ones() {
        let claims = [("beta", "false"), ("org_id", r#""org_1""#), ("roles", r#"["a","b\""]"#), ("tier", "3")].map(|(k, v)| (k.to_owned(), v.to_owned())).to_vec();
        let id = Identity { sub: "u".into(), email: None, valid_until: None, claims, issued_at: 0 };
        let body = mint(&config(json!({})), &id, 1_000).unwrap();
        let token = serde_json::from_str::<Value>(&body).unwrap()["accessToken"].as_str().unwrap().to_owned();
        let payload = String::from_utf8(b64::decode_url(token.split('.').nth(1).unwrap()).unwrap()).unwrap();
        assert!(payload.ends_with(r#""exp":4600,"beta":false,"org_id":"org_1","roles":["a","b\""],"tier":3}"#), "{payload}");
    }

    #[test]
    fn ttl_and_cap() {
        let id = Identity { sub: "u".into(), email: None, valid_until: Some(1_120), claims: vec![], issued_at: 0 };
        assert_eq!(claims_of(&mint(&config(json!({})), &id, 1_000).unwrap())["exp"], 1120);
        assert_eq!(claims_of(&mint(&config(json!({"BRIDGE_CAP_TO_PROVIDER_EXP": "false", "BRIDGE_TOKEN_TTL_SECONDS": "600"})), &id, 1_000).unwrap())["exp"], 1600);
        let stale = Identity { sub: "u".into(), email: None, valid_until: Some(990), claims: vec![], issued_at: 0 };
        assert_eq!(mint(&config(json!({})), &stale, 1_000).unwrap_err(), BridgeError::TokenExpired);
    }
}
