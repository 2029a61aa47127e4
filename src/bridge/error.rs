//! Every way a bridge request can fail, mapped once to `{error, message, statusCode}`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::HttpError;

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum BridgeError {
    MissingCredential,
    MalformedCredential(&'static str),
    CredentialTooLarge,
    MethodNotAllowed,
    OriginNotAllowed,
    UnsupportedAlgorithm(String),
    UnknownKey,
    InvalidSignature,
    InvalidToken(&'static str),
    TokenExpired,
    TokenNotYetValid,
    InvalidIssuer,
    InvalidAudience,
    MissingSubject,
    SessionExpired,
    InvalidSession,
    MachineTokenRefused,
    /// An anonymous (guest) user of the provider while OIDC_REFUSE_ANONYMOUS is true.
    AnonymousRefused,
    /// The provider answered, but not with something usable (5xx, bad JSON, bad JWKS).
    ProviderError(&'static str),
    /// The provider could not be reached at all (refused, DNS, timeout).
    ProviderUnreachable,
    /// A required secret is absent; carries the secret's NAME only.
    MissingSecret(&'static str),
    /// A secret has an unusable value; carries the NAME and what is wrong, never the value.
    InvalidSecret(&'static str, &'static str),
}

impl BridgeError {
    pub fn to_http(&self) -> HttpError {
        use BridgeError::*;
        // The message as up to three pieces joined once: a `String` built in every arm would
        // repeat the allocation and copy 21 times in the .wasm.
        let (status, code, message): (u16, &'static str, [&str; 3]) = match self {
            MissingCredential => (400, "missing_credential", ["send the provider token as `Authorization: Bearer <token>` or JSON `{\"token\": \"…\"}`", "", ""]),
            MalformedCredential(why) => (400, "malformed_credential", [why, "", ""]),
            CredentialTooLarge => (400, "credential_too_large", ["the credential exceeds 8192 characters", "", ""]),
            MethodNotAllowed => (405, "method_not_allowed", ["use POST (or OPTIONS for a CORS preflight)", "", ""]),
            OriginNotAllowed => (403, "origin_not_allowed", ["this Origin is not in BRIDGE_ALLOWED_ORIGINS", "", ""]),
            UnsupportedAlgorithm(alg) => (401, "unsupported_algorithm", ["alg not accepted (RS256; oidc-bridge: RS256, PS256, ES256): ", truncate(alg), ""]),
            UnknownKey => (401, "unknown_key", ["the token's kid matches no RSA signing key of the provider", "", ""]),
            InvalidSignature => (401, "invalid_signature", ["the token signature does not verify", "", ""]),
            InvalidToken(why) => (401, "invalid_token", [why, "", ""]),
            TokenExpired => (401, "token_expired", ["the provider token has expired", "", ""]),
            TokenNotYetValid => (401, "token_not_yet_valid", ["the provider token is not valid yet (nbf/iat in the future)", "", ""]),
            InvalidIssuer => (401, "invalid_issuer", ["the token issuer is not an accepted issuer", "", ""]),
            InvalidAudience => (401, "invalid_audience", ["the token audience does not include the configured audience", "", ""]),
            MissingSubject => (401, "missing_subject", ["the token has no user id (sub)", "", ""]),
            SessionExpired => (401, "session_expired", ["the provider session has expired", "", ""]),
            InvalidSession => (401, "invalid_session", ["the provider does not recognise this session", "", ""]),
            MachineTokenRefused => (403, "machine_token_refused", ["machine-to-machine tokens carry no user and are refused", "", ""]),
            AnonymousRefused => (403, "anonymous_user_refused", ["OIDC_REFUSE_ANONYMOUS: no anonymous users", "", ""]),
            ProviderError(why) => (502, "provider_error", [why, "", ""]),
            ProviderUnreachable => (503, "provider_unreachable", ["the identity provider could not be reached", "", ""]),
            MissingSecret(name) => (500, "missing_secret", [name, " is not set", ""]),
            InvalidSecret(name, why) => (500, "invalid_secret", [name, " is invalid: ", why]),
        };
        HttpError::new(status, code, crate::concat(&message))
    }

    /// Errors JS detects while doing I/O, named by their code.
    pub fn from_io_code(code: &str) -> BridgeError {
        match code {
            "invalid_signature" => BridgeError::InvalidSignature,
            "provider_unreachable" => BridgeError::ProviderUnreachable,
            "unknown_key" => BridgeError::UnknownKey,
            _ => BridgeError::ProviderError("the provider answered with an error"),
        }
    }
}

/// Echoing attacker-controlled text back is fine in JSON, but keep it short.
fn truncate(s: &str) -> &str {
    match s.char_indices().nth(32) {
        Some((i, _)) => s.get(..i).unwrap_or(s),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_contract() {
        assert_eq!(BridgeError::MissingCredential.to_http().status_code, 400);
        assert_eq!(BridgeError::TokenExpired.to_http().status_code, 401);
        assert_eq!(BridgeError::MachineTokenRefused.to_http().status_code, 403);
        assert_eq!(BridgeError::ProviderError("x").to_http().status_code, 502);
        assert_eq!(BridgeError::ProviderUnreachable.to_http().status_code, 503);
        let e = BridgeError::MissingSecret("JWT_SECRET").to_http();
        assert_eq!((e.status_code, e.error, e.message.as_str()), (500, "missing_secret", "JWT_SECRET is not set"));
    }

    #[test]
    fn anonymous_users_refused_is_a_403() {
        let e = BridgeError::AnonymousRefused.to_http();
        assert_eq!((e.status_code, e.error), (403, "anonymous_user_refused"));
    }

    #[test]
    fn no_error_is_404() {
        for e in [BridgeError::UnknownKey, BridgeError::InvalidSession, BridgeError::MissingSubject] {
            assert_ne!(e.to_http().status_code, 404);
        }
    }

    #[test]
    fn echoed_algorithm_is_truncated() {
        let long = "A".repeat(500);
        assert!(BridgeError::UnsupportedAlgorithm(long).to_http().message.len() < 100);
    }
}
