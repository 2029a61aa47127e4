//! Choosing the provider's signing key from a JWKS document.

use serde::{Deserialize, Serialize};

use super::error::BridgeError;
use crate::b64;

#[derive(Deserialize)]
struct Jwks {
    keys: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct Jwk {
    kid: Option<String>,
    kty: Option<String>,
    alg: Option<String>,
    #[serde(rename = "use")]
    use_: Option<String>,
    n: Option<String>,
    e: Option<String>,
}

/// The public half of an RS256 key, as WebCrypto imports it (`{kty:"RSA", n, e}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RsaKey {
    pub n: String,
    pub e: String,
}

/// RSA below 2048 bits is not an acceptable signing key (NIST SP 800-131A).
const MIN_MODULUS_BYTES: usize = 256;

/// `Ok(None)` when no key has this `kid` (the caller may refetch once, then refuses).
pub fn select_key(jwks: &str, kid: &str) -> Result<Option<RsaKey>, BridgeError> {
    let doc: Jwks = serde_json::from_str(jwks).map_err(|_| BridgeError::ProviderError("the provider's JWKS is not a JSON key set"))?;
    let Some(raw) = doc.keys.into_iter().find(|k| k.get("kid").and_then(|v| v.as_str()) == Some(kid)) else {
        return Ok(None);
    };
    let key: Jwk = serde_json::from_value(raw).map_err(|_| BridgeError::UnknownKey)?;
    debug_assert_eq!(key.kid.as_deref(), Some(kid));
    let usable = key.kty.as_deref() == Some("RSA")
        && key.alg.as_deref().is_none_or(|a| a == "RS256")
        && key.use_.as_deref().is_none_or(|u| u == "sig");
    let (Some(n), Some(e)) = (key.n, key.e) else { return Err(BridgeError::UnknownKey) };
    let modulus_ok = b64::decode_url(&n).is_some_and(|m| m.len() >= MIN_MODULUS_BYTES);
    let exponent_ok = b64::decode_url(&e).is_some_and(|x| !x.is_empty() && x.len() <= 8);
    if !usable || !modulus_ok || !exponent_ok {
        return Err(BridgeError::UnknownKey);
    }
    Ok(Some(RsaKey { n, e }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n() -> String {
        b64::encode_url(&[0xc5; 256])
    }

    #[test]
    fn picks_by_kid() {
        let doc = format!(r#"{{"keys":[{{"kid":"a","kty":"RSA","n":"{n}","e":"AQAB"}},{{"kid":"b","kty":"RSA","alg":"RS256","use":"sig","n":"{n}","e":"AQAB"}}]}}"#, n = n());
        assert_eq!(select_key(&doc, "b").unwrap(), Some(RsaKey { n: n(), e: "AQAB".into() }));
        assert_eq!(select_key(&doc, "zzz").unwrap(), None);
    }

    #[test]
    fn refuses_unusable_keys() {
        let cases = [
            format!(r#"{{"kid":"k","kty":"EC","n":"{}","e":"AQAB"}}"#, n()),
            format!(r#"{{"kid":"k","kty":"oct","k":"c2VjcmV0"}}"#),
            format!(r#"{{"kid":"k","kty":"RSA","alg":"RS512","n":"{}","e":"AQAB"}}"#, n()),
            format!(r#"{{"kid":"k","kty":"RSA","use":"enc","n":"{}","e":"AQAB"}}"#, n()),
            format!(r#"{{"kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}"#, b64::encode_url(&[1; 128])),
            format!(r#"{{"kid":"k","kty":"RSA","n":"{}"}}"#, n()),
            format!(r#"{{"kid":"k","kty":"RSA","n":"{}","e":"!!"}}"#, n()),
            format!(r#"{{"kid":"k","kty":"RSA","n":7,"e":"AQAB"}}"#),
        ];
        for key in cases {
            let doc = format!(r#"{{"keys":[{key}]}}"#);
            assert_eq!(select_key(&doc, "k").unwrap_err(), BridgeError::UnknownKey, "{key}");
        }
    }

    #[test]
    fn bad_documents_are_provider_errors() {
        for doc in ["", "<html>", "{}", r#"{"keys":{}}"#, "[]"] {
            assert!(matches!(select_key(doc, "k").unwrap_err(), BridgeError::ProviderError(_)), "{doc}");
        }
    }
}
