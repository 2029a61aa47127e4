//! Choosing the provider's signing key from a JWKS document.

use super::error::BridgeError;
use crate::b64;
use crate::json::{Json, Reader};

/// The `keys` of a `{"keys": [...]}` object; other members are read, so validated, and dropped.
fn parse_keys(doc: &str) -> Option<Vec<Json>> {
    let mut r = Reader::new(doc.as_bytes())?;
    let mut keys = None;
    r.strukt(&["keys"], &mut |r, _| {
        let mut v = Vec::new();
        r.seq(&mut |r| {
            v.push(r.value()?);
            Some(())
        })?;
        keys = Some(v);
        Some(())
    })?;
    r.end()?;
    keys
}

/// A JWK member that must be a string when present: `Ok(None)` when absent or null.
fn member<'a>(key: &'a Json, name: &str) -> Result<Option<&'a str>, BridgeError> {
    match key.get(name) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(s)) => Ok(Some(s)),
        Some(_) => Err(BridgeError::UnknownKey),
    }
}

/// The public half of an RS256 key, as WebCrypto imports it (`{kty:"RSA", n, e}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RsaKey {
    pub n: String,
    pub e: String,
}

impl RsaKey {
    /// The JWK WebCrypto's `importKey('jwk', …)` takes for RSASSA-PKCS1-v1_5 / SHA-256.
    pub fn to_jwk(&self) -> String {
        let mut w = crate::json::Writer::new();
        w.open_obj().key("kty").str("RSA").key("n").str(&self.n).key("e").str(&self.e);
        w.key("alg").str("RS256").key("ext").bool(true).close_obj().finish()
    }
}

/// RSA below 2048 bits is not an acceptable signing key (NIST SP 800-131A).
const MIN_MODULUS_BYTES: usize = 256;

/// `Ok(None)` when no key has this `kid` (the caller may refetch once, then refuses).
pub fn select_key(jwks: &str, kid: &str) -> Result<Option<RsaKey>, BridgeError> {
    let keys = parse_keys(jwks).ok_or(BridgeError::ProviderError("the provider's JWKS is not a JSON key set"))?;
    let Some(key) = keys.iter().find(|k| k.get("kid").and_then(Json::as_str) == Some(kid)) else {
        return Ok(None);
    };
    // Every member we read must be a string or null, as serde's `Option<String>` required.
    let (kty, alg, use_, n, e) = (member(key, "kty")?, member(key, "alg")?, member(key, "use")?, member(key, "n")?, member(key, "e")?);
    let usable = kty == Some("RSA") && alg.is_none_or(|a| a == "RS256") && use_.is_none_or(|u| u == "sig");
    let (Some(n), Some(e)) = (n, e) else { return Err(BridgeError::UnknownKey) };
    let modulus_ok = b64::decode_url(n).is_some_and(|m| m.len() >= MIN_MODULUS_BYTES);
    let exponent_ok = b64::decode_url(e).is_some_and(|x| !x.is_empty() && x.len() <= 8);
    if !usable || !modulus_ok || !exponent_ok {
        return Err(BridgeError::UnknownKey);
    }
    Ok(Some(RsaKey { n: n.into(), e: e.into() }))
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
        let key = format!(r#"{{"kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}"#, n());
        assert!(select_key(&format!(r#"{{"keys":[{key}]}}"#), "k").unwrap().is_some());
        let bad = [
            // A set is an object, never the array of its fields.
            format!("[[{key}]]"),
            // Repeated members: the set's, a key's, or one in a member nobody reads.
            format!(r#"{{"keys":[],"keys":[{key}]}}"#),
            format!(r#"{{"keys":[{{"kid":"k","kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}]}}"#, n()),
            format!(r#"{{"keys":[{key}],"meta":{{"a":1,"a":2}}}}"#),
            // Members nobody reads are still valid JSON.
            format!(r#"{{"keys":[{key}],"meta":"\ud800"}}"#),
        ];
        for doc in bad {
            assert!(matches!(select_key(&doc, "k").unwrap_err(), BridgeError::ProviderError(_)), "{doc}");
        }
    }
}
