//! Choosing the provider's signing key from a JWKS document.

#[allow(unused_imports)]
use crate::prelude::*;

use super::error::BridgeError;
use super::provider::Alg;
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

/// A JWK member that must be a string when present: `Some(None)` when absent or null,
/// `None` when it is another type.
fn member<'a>(key: &'a Json, name: &str) -> Option<Option<&'a str>> {
    match key.get(name) {
        None | Some(Json::Null) => Some(None),
        Some(Json::Str(s)) => Some(Some(s)),
        Some(_) => None,
    }
}

/// The public half of a signing key: RS256 keys check signatures here (`crate::rsa`), the
/// others are handed to WebCrypto as a JWK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PublicKey {
    /// RS256 (RSASSA-PKCS1-v1_5) or PS256 (RSA-PSS), SHA-256: modulus and exponent,
    /// big-endian.
    Rsa { alg: Alg, n: Vec<u8>, e: Vec<u8> },
    /// ES256: ECDSA on P-256, SHA-256: the point's coordinates as the JWK has them.
    Ec { x: String, y: String },
}

impl PublicKey {
    /// The JWK WebCrypto's `importKey('jwk', …)` takes for the token's algorithm.
    pub fn to_jwk(&self) -> String {
        let mut w = crate::json::Writer::new();
        match self {
            PublicKey::Rsa { alg, n, e } => w.open_obj().key("kty").str("RSA").key("n").str(&b64::encode_url(n)).key("e").str(&b64::encode_url(e)).key("alg").str(alg.name()),
            PublicKey::Ec { x, y } => w.open_obj().key("kty").str("EC").key("crv").str("P-256").key("x").str(x).key("y").str(y),
        };
        w.key("ext").bool(true).close_obj().finish()
    }

    pub fn alg(&self) -> Alg {
        match self {
            PublicKey::Rsa { alg, .. } => *alg,
            PublicKey::Ec { .. } => Alg::Es256,
        }
    }
}

/// RSA below 2048 bits is not an acceptable signing key (NIST SP 800-131A).
const MIN_MODULUS_BITS: usize = 2048;
/// Above 4096 bits Deno's WebCrypto refuses to import an RSA key; the RS256 check here keeps
/// the same bound, which also bounds its work (a 4096-bit check costs four 2048-bit ones).
const MAX_MODULUS_BITS: usize = 4096;

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

/// The key with this `kid` for a token signed with `alg`; `Ok(None)` when no key has this
/// `kid` (the caller may refetch once, then refuses).
pub fn select_key(jwks: &str, kid: &str, alg: Alg) -> Result<Option<PublicKey>, BridgeError> {
    let keys = parse_keys(jwks).ok_or(BridgeError::ProviderError("the provider's JWKS is not a JSON key set"))?;
    let Some(key) = keys.iter().find(|k| k.get("kid").and_then(Json::as_str) == Some(kid)) else {
        return Ok(None);
    };
    usable_key(key, alg).map(Some).ok_or(BridgeError::UnknownKey)
}

/// The key `key` is for a token signed with `alg`; `None` (the token's `unknown_key`) when it
/// is not one. (One refusal for every check: a `Result` per member read cost more code.)
fn usable_key(key: &Json, alg: Alg) -> Option<PublicKey> {
    // Every member we read must be a string or null, as serde's `Option<String>` required.
    let m = |name| member(key, name);
    let (kty, key_alg, use_) = (m("kty")?, m("alg")?, m("use")?);
    if !key_alg.is_none_or(|a| a == alg.name()) || !use_.is_none_or(|u| u == "sig") {
        return None;
    }
    // A base64url member: its text and its bytes.
    let b64 = |name| {
        let text = m(name)??;
        Some((String::from(text), b64::decode_url(text)?))
    };
    match (alg, kty) {
        (Alg::Es256, Some("EC")) if m("crv")? == Some("P-256") => {
            let ((x, xb), (y, yb)) = (b64("x")?, b64("y")?);
            (xb.len() == 32 && yb.len() == 32).then_some(PublicKey::Ec { x, y })
        }
        (Alg::Rs256 | Alg::Ps256, Some("RSA")) => {
            let ((_, n), (_, e)) = (b64("n")?, b64("e")?);
            let bits = bit_length(&n);
            ((MIN_MODULUS_BITS..=MAX_MODULUS_BITS).contains(&bits) && exponent_ok(&e)).then_some(PublicKey::Rsa { alg, n, e })
        }
        _ => None,
    }
}

/// The `jwks_uri` of an OpenID Connect discovery document, whose `issuer` must be `issuer`
/// byte for byte (else a document served elsewhere could name any issuer's keys).
pub fn discovered_jwks_uri(doc: &str, issuer: &str) -> Result<String, BridgeError> {
    let parsed = (|| {
        let mut r = Reader::new(doc.as_bytes())?;
        let (mut iss, mut uri) = (None, None);
        r.strukt(&["issuer", "jwks_uri"], &mut |r, i| {
            let v = Some(r.str()?);
            if i == 0 { iss = v } else { uri = v }
            Some(())
        })?;
        r.end()?;
        Some((iss?, uri?))
    })();
    let (iss, uri) = parsed.ok_or(BridgeError::ProviderError("the discovery document is not JSON with an issuer and a jwks_uri"))?;
    if iss != issuer {
        return Err(BridgeError::ProviderError("the discovery document's issuer is not OIDC_ISSUER"));
    }
    if !crate::env::url_allowed(&uri) {
        return Err(BridgeError::ProviderError("the discovery document's jwks_uri is not an https:// URL"));
    }
    Ok(uri)
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
        assert_eq!(select_key(&doc, "b", Alg::Rs256).unwrap(), Some(PublicKey::Rsa { alg: Alg::Rs256, n: vec![0xc5; 256], e: vec![1, 0, 1] }));
        assert_eq!(select_key(&doc, "zzz", Alg::Rs256).unwrap(), None);
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
            assert_eq!(select_key(&doc, "k", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey, "{key}");
        }
    }

    #[test]
    fn modulus_size_counts_bits_not_bytes() {
        let key = |m: &[u8]| format!(r#"{{"keys":[{{"kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}]}}"#, b64::encode_url(m));
        // A 1024-bit modulus left-padded with zero bytes to 256 bytes is still 1024 bits.
        let mut padded = vec![0u8; 128];
        padded.extend_from_slice(&[0xc5; 128]);
        assert_eq!(select_key(&key(&padded), "k", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey);
        // 2047 bits in 256 bytes: refused; 2048 bits: accepted, padded or not.
        let mut short = vec![0x7f];
        short.extend_from_slice(&[0xff; 255]);
        assert_eq!(select_key(&key(&short), "k", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey);
        let mut full = vec![0x80];
        full.extend_from_slice(&[0; 255]);
        assert!(select_key(&key(&full), "k", Alg::Rs256).unwrap().is_some());
        let mut zero_then_full = vec![0];
        zero_then_full.extend_from_slice(&full);
        assert!(select_key(&key(&zero_then_full), "k", Alg::Rs256).unwrap().is_some());
        // 4096 bits: accepted; 4097: refused, as WebCrypto refuses to import it.
        assert!(select_key(&key(&[0xff; 512]), "k", Alg::Rs256).unwrap().is_some());
        let mut long = vec![1];
        long.extend_from_slice(&[0; 512]);
        assert_eq!(select_key(&key(&long), "k", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey);
        assert_eq!(select_key(&key(&long), "k", Alg::Ps256).unwrap_err(), BridgeError::UnknownKey);
        assert_eq!((bit_length(&[]), bit_length(&[0, 0]), bit_length(&[0, 1]), bit_length(&[0x80, 0])), (0, 0, 1, 16));
    }

    #[test]
    fn degenerate_exponents_are_refused() {
        let key = |e: &[u8]| format!(r#"{{"keys":[{{"kid":"k","kty":"RSA","n":"{}","e":"{}"}}]}}"#, n(), b64::encode_url(e));
        for bad in [&[1u8][..], &[0], &[0, 1], &[2], &[0, 1, 0, 1], &[1, 0, 0, 0, 1], &[0x01, 0x00, 0x00], &[]] {
            assert_eq!(select_key(&key(bad), "k", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey, "{bad:?}");
        }
        for good in [&[3u8][..], &[1, 0, 1], &[0xff, 0xff, 0xff, 0xff]] {
            assert!(select_key(&key(good), "k", Alg::Rs256).unwrap().is_some(), "{good:?}");
        }
    }

    #[test]
    fn es256_keys_are_p256_points() {
        let xy = b64::encode_url(&[9; 32]);
        let doc = |k: &str| format!(r#"{{"keys":[{k}]}}"#);
        let ec = format!(r#"{{"kid":"e","kty":"EC","crv":"P-256","alg":"ES256","use":"sig","x":"{xy}","y":"{xy}"}}"#);
        let key = select_key(&doc(&ec), "e", Alg::Es256).unwrap().unwrap();
        assert_eq!(key.to_jwk(), format!(r#"{{"kty":"EC","crv":"P-256","x":"{xy}","y":"{xy}","ext":true}}"#));
        assert_eq!(key.alg(), Alg::Es256);
        let short = b64::encode_url(&[9; 31]);
        for bad in [
            format!(r#"{{"kid":"e","kty":"EC","crv":"P-384","x":"{xy}","y":"{xy}"}}"#),
            format!(r#"{{"kid":"e","kty":"EC","crv":"P-256","x":"{short}","y":"{xy}"}}"#),
            format!(r#"{{"kid":"e","kty":"EC","crv":"P-256","x":"{xy}"}}"#),
            format!(r#"{{"kid":"e","kty":"EC","crv":"P-256","alg":"ES384","x":"{xy}","y":"{xy}"}}"#),
            format!(r#"{{"kid":"e","kty":"RSA","n":"{}","e":"AQAB"}}"#, n()),
        ] {
            assert_eq!(select_key(&doc(&bad), "e", Alg::Es256).unwrap_err(), BridgeError::UnknownKey, "{bad}");
        }
        // An EC key never serves an RSA token, an RS256 key never a PS256 one.
        assert_eq!(select_key(&doc(&ec), "e", Alg::Rs256).unwrap_err(), BridgeError::UnknownKey);
        let rs = format!(r#"{{"kid":"r","kty":"RSA","alg":"RS256","n":"{}","e":"AQAB"}}"#, n());
        assert_eq!(select_key(&doc(&rs), "r", Alg::Ps256).unwrap_err(), BridgeError::UnknownKey);
        let any = format!(r#"{{"kid":"r","kty":"RSA","n":"{}","e":"AQAB"}}"#, n());
        assert_eq!(select_key(&doc(&any), "r", Alg::Ps256).unwrap().unwrap().to_jwk(), format!(r#"{{"kty":"RSA","n":"{}","e":"AQAB","alg":"PS256","ext":true}}"#, n()));
    }

    #[test]
    fn discovery_documents() {
        let doc = |iss: &str, uri: &str| format!(r#"{{"issuer":"{iss}","jwks_uri":"{uri}","id_token_signing_alg_values_supported":["RS256"]}}"#);
        assert_eq!(discovered_jwks_uri(&doc("https://t.auth0.com/", "https://t.auth0.com/.well-known/jwks.json"), "https://t.auth0.com/").unwrap(), "https://t.auth0.com/.well-known/jwks.json");
        for (d, iss) in [
            (doc("https://t.auth0.com", "https://t.auth0.com/jwks"), "https://t.auth0.com/"),
            (doc("https://evil.example", "https://t.auth0.com/jwks"), "https://t.auth0.com"),
            (doc("https://t.auth0.com", "http://evil.example/jwks"), "https://t.auth0.com"),
            (r#"{"issuer":"https://t.auth0.com"}"#.into(), "https://t.auth0.com"),
            (r#"{"issuer":"https://t.auth0.com","issuer":"x","jwks_uri":"https://x/"}"#.into(), "https://t.auth0.com"),
            ("<html>".into(), "https://t.auth0.com"),
        ] {
            assert!(matches!(discovered_jwks_uri(&d, iss).unwrap_err(), BridgeError::ProviderError(_)), "{d}");
        }
    }

    #[test]
    fn bad_documents_are_provider_errors() {
        for doc in ["", "<html>", "{}", r#"{"keys":{}}"#, "[]"] {
            assert!(matches!(select_key(doc, "k", Alg::Rs256).unwrap_err(), BridgeError::ProviderError(_)), "{doc}");
        }
        let key = format!(r#"{{"kid":"k","kty":"RSA","n":"{}","e":"AQAB"}}"#, n());
        assert!(select_key(&format!(r#"{{"keys":[{key}]}}"#), "k", Alg::Rs256).unwrap().is_some());
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
            assert!(matches!(select_key(&doc, "k", Alg::Rs256).unwrap_err(), BridgeError::ProviderError(_)), "{doc}");
        }
    }
}
