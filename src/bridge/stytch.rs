//! Stytch opaque session tokens: the `POST /v1/sessions/authenticate` call, built and read.

#[allow(unused_imports)]
use crate::prelude::*;

use super::claims::Identity;
use super::config::BridgeConfig;
use super::error::BridgeError;
use crate::http::HttpRequest;
use crate::json::{Reader, Writer};
use crate::{b64, rfc3339};

pub fn authenticate_request(config: &BridgeConfig, session_token: &str) -> Result<HttpRequest, BridgeError> {
    let stytch = config.stytch.as_ref().ok_or(BridgeError::MissingSecret("STYTCH_PROJECT_ID"))?;
    let secret = stytch.secret.as_deref().ok_or(BridgeError::MissingSecret("STYTCH_SECRET"))?;
    let basic = b64::encode_std(crate::concat(&[stytch.project_id.as_str(), ":", secret]).as_bytes());
    // Only the token: `session_duration_minutes` would EXTEND the user's session.
    let body = Writer::new().open_obj().key("session_token").str(session_token).close_obj().finish();
    Ok(HttpRequest {
        method: "POST",
        url: crate::concat(&[stytch.api_base.as_str(), "/v1/sessions/authenticate"]),
        headers: vec![("Authorization", crate::concat(&["Basic ", basic.as_str()])), ("Content-Type", "application/json".into())],
        body,
    })
}

/// What we read of the documented response,
/// `{session: {user_id, expires_at?}, user?: {emails?: [{email, verified?}]}}`: every level an
/// object; unknown members are read, so validated, and dropped.
struct AuthenticateResponse {
    user_id: String,
    expires_at: Option<String>,
    /// `(email, verified)`, in order.
    emails: Vec<(String, bool)>,
}

fn parse_response(body: &str) -> Option<AuthenticateResponse> {
    let mut r = Reader::new(body.as_bytes())?;
    let (mut session, mut emails) = (None, Vec::new());
    r.strukt(&["session", "user"], &mut |r, i| {
        if i == 0 {
            let (mut user_id, mut expires_at) = (None, None);
            r.strukt(&["user_id", "expires_at"], &mut |r, i| {
                match i {
                    0 => user_id = Some(r.str()?),
                    _ => expires_at = r.opt(Reader::str)?,
                }
                Some(())
            })?;
            session = Some((user_id?, expires_at));
        } else {
            emails.clear();
            r.opt(|r| {
                r.strukt(&["emails"], &mut |r, _| {
                    emails.clear();
                    r.seq(&mut |r| {
                        let (mut email, mut verified) = (None, false);
                        r.strukt(&["email", "verified"], &mut |r, i| {
                            match i {
                                0 => email = Some(r.str()?),
                                _ => verified = r.bool()?,
                            }
                            Some(())
                        })?;
                        emails.push((email?, verified));
                        Some(())
                    })
                })
            })?;
        }
        Some(())
    })?;
    r.end()?;
    let (user_id, expires_at) = session?;
    Some(AuthenticateResponse { user_id, expires_at, emails })
}

pub fn parse_authenticate(status: u16, body: &str, now: i64) -> Result<Identity, BridgeError> {
    match status {
        200 => {}
        401 | 404 => return Err(BridgeError::InvalidSession),
        _ => return Err(BridgeError::ProviderError("Stytch answered sessions/authenticate with an error")),
    }
    let r = parse_response(body).ok_or(BridgeError::ProviderError("Stytch's session response is not in the documented shape"))?;
    if r.user_id.trim().is_empty() {
        return Err(BridgeError::MissingSubject);
    }
    let valid_until = match r.expires_at.as_deref() {
        Some(t) => Some(rfc3339::to_unix(t).ok_or(BridgeError::ProviderError("Stytch's session expires_at is not an RFC 3339 time"))?),
        None => None,
    };
    if valid_until.is_some_and(|end| now >= end) {
        return Err(BridgeError::SessionExpired);
    }
    // Only an address Stytch marks `verified`: an unverified one proves nothing about who
    // holds it, and the minted `email` is trusted by the app's policies.
    let email = r.emails.into_iter().find(|e| e.1 && !e.0.is_empty()).map(|e| e.0);
    Ok(Identity { sub: r.user_id, email, valid_until, claims: Vec::new(), issued_at: now })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn config(secret: Option<&str>) -> BridgeConfig {
        let mut env = json!({"JWT_SECRET": "s", "STYTCH_PROJECT_ID": "project-test-1", "STYTCH_API_BASE": "http://127.0.0.1:9"});
        if let Some(s) = secret {
            env["STYTCH_SECRET"] = json!(s);
        }
        BridgeConfig::from_serde_env("stytch", env.as_object().unwrap()).unwrap()
    }

    #[test]
    fn builds_basic_auth_request_without_duration() {
        let r = authenticate_request(&config(Some("sec")), "tok").unwrap();
        assert_eq!(r.url, "http://127.0.0.1:9/v1/sessions/authenticate");
        assert_eq!(r.headers[0].1, format!("Basic {}", b64::encode_std(b"project-test-1:sec")));
        assert_eq!(r.body, r#"{"session_token":"tok"}"#);
        assert_eq!(authenticate_request(&config(None), "tok").unwrap_err(), BridgeError::MissingSecret("STYTCH_SECRET"));
    }

    #[test]
    fn reads_the_documented_response() {
        let body = json!({"status_code": 200, "session": {"user_id": "user-test-1", "expires_at": "2027-01-15T08:05:00Z"},
            "user": {"user_id": "user-test-1", "emails": [{"email": "old@x.io", "verified": false}, {"email": "new@x.io", "verified": true}]}}).to_string();
        let id = parse_authenticate(200, &body, 1_800_000_000).unwrap();
        assert_eq!(id, Identity { sub: "user-test-1".into(), email: Some("new@x.io".into()), valid_until: Some(1_800_000_300), claims: vec![], issued_at: 1_800_000_000 });
        assert_eq!(parse_authenticate(200, &body, 1_800_000_300).unwrap_err(), BridgeError::SessionExpired);
    }

    #[test]
    fn only_a_verified_email_is_minted() {
        let with = |emails: serde_json::Value| json!({"session": {"user_id": "u"}, "user": {"emails": emails}}).to_string();
        let unverified = with(json!([{"email": "first@x.io", "verified": false}, {"email": "second@x.io"}]));
        assert_eq!(parse_authenticate(200, &unverified, 0).unwrap().email, None);
        let later = with(json!([{"email": "first@x.io", "verified": false}, {"email": "ok@x.io", "verified": true}]));
        assert_eq!(parse_authenticate(200, &later, 0).unwrap().email.as_deref(), Some("ok@x.io"));
        assert_eq!(parse_authenticate(200, &with(json!([{"email": "", "verified": true}])), 0).unwrap().email, None);
    }

    #[test]
    fn maps_failures() {
        assert_eq!(parse_authenticate(404, "{}", 0).unwrap_err(), BridgeError::InvalidSession);
        assert_eq!(parse_authenticate(401, "{}", 0).unwrap_err(), BridgeError::InvalidSession);
        assert!(matches!(parse_authenticate(500, "{}", 0).unwrap_err(), BridgeError::ProviderError(_)));
        assert!(matches!(parse_authenticate(200, "<html>", 0).unwrap_err(), BridgeError::ProviderError(_)));
        assert_eq!(parse_authenticate(200, r#"{"session":{"user_id":""}}"#, 0).unwrap_err(), BridgeError::MissingSubject);
        assert!(parse_authenticate(200, r#"{"session":{"user_id":"u"}}"#, 0).is_ok());
        for shape in [
            // Every level is an object, never the array of its fields.
            r#"[{"user_id":"u"}]"#,
            r#"{"session":["u"]}"#,
            r#"{"session":{"user_id":"u"},"user":[[]]}"#,
            r#"{"session":{"user_id":"u"},"user":{"emails":[["a@x.io",true]]}}"#,
            // Repeated members, read or not.
            r#"{"session":{"user_id":"u","user_id":"v"}}"#,
            r#"{"session":{"user_id":"u"},"session":{"user_id":"v"}}"#,
            r#"{"session":{"user_id":"u"},"user":{"trusted_metadata":{"a":1,"a":2}}}"#,
        ] {
            assert!(matches!(parse_authenticate(200, shape, 0).unwrap_err(), BridgeError::ProviderError(_)), "{shape}");
        }
    }
}
