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
const MIN_MODULUS_BITS: usize = 2048;

/// The bit length of a big-endian unsigned integer: leading zero bytes and zero bits do not
/// count (a 1024-bit modulus left-padded to 256 bytes is still 1024 bits).
fn bit_length(bytes: &[u8]) -> usize {
    match bytes.iter().position(|&b| b != 0) {
        Some(i) => (bytes.len() - i) * 8 - bytes[i].leading_zeros() as usize,
        None => 0,
    }
}

/// A usable RSA public exponent: odd, at least 3, below 2^32, minimally encoded. `e = 1`
/// makes every signature "verify" over its own padding and WebCrypto refuses to import it;
/// an even or huge exponent is no RSA key either.
fn exponent_ok(e: &[u8]) -> bool {
    let Some(&first) = e.first() else { return false };
    let value = e.iter().fold(0u64, |v, &b| (v << 8) | u64::from(b));
    first != 0 && e.len() <= 4 && value >= 3 && value % 2 == 1
}

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
    let modulus_ok = b64::decode_url(n).is_some_and(|m| bit_length(&m) >= MIN_MODULUS_BITS);
    let exponent_ok = b64::decode_url(e).is_some_and(|x| exponent_ok(&x));
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
    fn modulus_size_counts_bits_not_bytes() {
        let key = |m: &[u8]| format!(r#"{{"keys":[{{"kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}]}}"#, b64::encode_url(m));
        // A 1024-bit modulus left-padded with zero bytes to 256 bytes is still 1024 bits.
        let mut padded = vec![0u8; 128];
        padded.extend_from_slice(&[0xc5; 128]);
        assert_eq!(select_key(&key(&padded), "k").unwrap_err(), BridgeError::UnknownKey);
        // 2047 bits in 256 bytes: refused; 2048 bits: accepted, padded or not.
        let mut short = vec![0x7f];
        short.extend_from_slice(&[0xff; 255]);
        assert_eq!(select_key(&key(&short), "k").unwrap_err(), BridgeError::UnknownKey);
        let mut full = vec![0x80];
        full.extend_from_slice(&[0; 255]);
        assert!(select_key(&key(&full), "k").unwrap().is_some());
        let mut zero_then_full = vec![0];
        zero_then_full.extend_from_slice(&full);
        assert!(select_key(&key(&zero_then_full), "k").unwrap().is_some());
        assert_eq!((bit_length(&[]), bit_length(&[0, 0]), bit_length(&[0, 1]), bit_length(&[0x80, 0])), (0, 0, 1, 16));
    }

    #[test]
    fn degenerate_exponents_are_refused() {
        let key = |e: &[u8]| format!(r#"{{"keys":[{{"kid":"k","kty":"RSA","n":"{}","e":"{}"}}]}}"#, n(), b64::encode_url(e));
        for bad in [&[1u8][..], &[0], &[0, 1], &[2], &[0, 1, 0, 1], &[1, 0, 0, 0, 1], &[0x01, 0x00, 0x00], &[]] {
            assert_eq!(select_key(&key(bad), "k").unwrap_err(), BridgeError::UnknownKey, "{bad:?}");
        }
        for good in [&[3u8][..], &[1, 0, 1], &[0xff, 0xff, 0xff, 0xff]] {
            assert!(select_key(&key(good), "k").unwrap().is_some(), "{good:?}");
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
