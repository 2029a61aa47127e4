//! Compact JWS: splitting an untrusted RS256 token, and signing an HS256 one.
//!
//! Signature *verification* of RS256 is done by WebCrypto in JS (2× faster and ~87 KB
//! smaller than an RSA crate); everything that decides whether a token is acceptable —
//! algorithm allow-list, key id, claims — is decided here.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::b64;
use crate::json::{self, Json, Reader};

/// Why a compact token could not be used, before any key is involved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JwtError {
    /// Not three base64url parts, or header/payload not a JSON object.
    Malformed(&'static str),
    /// `alg` is not on the allow-list (RS256 only): `none`, HS*, ES*, …
    UnsupportedAlgorithm(String),
    /// The header names no `kid`, so no key can be chosen.
    MissingKeyId,
}

/// The JOSE header fields we read from its object `{alg, kid?, crit?}`; `crit` only matters
/// by being present and non-null.
struct Header {
    alg: String,
    kid: Option<String>,
    crit: bool,
}

fn parse_header(bytes: &[u8]) -> Option<Header> {
    let mut r = Reader::new(bytes)?;
    let (mut alg, mut kid, mut crit) = (None, None, false);
    r.strukt(&["alg", "kid", "crit"], &mut |r, i| {
        match i {
            0 => alg = Some(r.str()?),
            1 => kid = r.opt(Reader::str)?,
            _ => crit = r.opt(Reader::value)?.is_some(),
        }
        Some(())
    })?;
    r.end()?;
    Some(Header { alg: alg?, kid, crit })
}

/// A structurally valid token, signed with an allowed algorithm, whose signature has NOT
/// been checked yet.
#[derive(Debug, Clone)]
pub struct UntrustedJws {
    /// The header's `alg`, one of the caller's allow-list.
    pub alg: String,
    pub kid: String,
    /// `base64url(header) "." base64url(payload)`: the bytes the signature covers.
    pub signing_input: String,
    pub signature: Vec<u8>,
    pub claims: Vec<(String, Json)>,
}

/// True when `s` has the shape of a compact JWS (used to tell Stytch JWTs from opaque tokens).
pub fn looks_like_jwt(s: &str) -> bool {
    s.starts_with("eyJ") && s.bytes().filter(|&b| b == b'.').count() == 2
}

/// RS256 only (the providers that sign with nothing else).
pub fn parse_rs256(token: &str) -> Result<UntrustedJws, JwtError> {
    parse(token, &["RS256"])
}

/// A token whose `alg` is one of `algs` (exact, case-sensitive); `none`, HS* and every other
/// value are [`JwtError::UnsupportedAlgorithm`]. An ES256 signature is the 64-byte `r || s`.
pub fn parse(token: &str, algs: &[&str]) -> Result<UntrustedJws, JwtError> {
    let mut parts = token.split('.');
    let (h, p, s) = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(h), Some(p), Some(s), None) => (h, p, s),
        _ => return Err(JwtError::Malformed("a JWT has three dot-separated parts")),
    };
    let header_bytes = b64::decode_url(h).ok_or(JwtError::Malformed("header is not base64url"))?;
    let header = parse_header(&header_bytes).ok_or(JwtError::Malformed("header is not a JSON object with an alg"))?;
    if !algs.contains(&header.alg.as_str()) {
        return Err(JwtError::UnsupportedAlgorithm(header.alg));
    }
    if header.crit {
        // RFC 7515, section 4.1.11: we understand no extensions, so a critical one must fail.
        return Err(JwtError::Malformed("critical header extensions are not supported"));
    }
    let kid = match header.kid {
        Some(k) if !k.is_empty() => k,
        _ => return Err(JwtError::MissingKeyId),
    };
    let payload = b64::decode_url(p).ok_or(JwtError::Malformed("payload is not base64url"))?;
    let claims = json::parse_object(&payload).ok_or(JwtError::Malformed("payload is not a JSON object"))?;
    let signature = b64::decode_url(s).ok_or(JwtError::Malformed("signature is not base64url"))?;
    if signature.is_empty() || (header.alg == "ES256" && signature.len() != 64) {
        return Err(JwtError::Malformed("the signature is empty or not of its algorithm's size"));
    }
    Ok(UntrustedJws { alg: header.alg, kid, signing_input: crate::concat(&[h, ".", p]), signature, claims })
}

const HS256_HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}

/// Signs `claims_json` (already serialized) as an HS256 compact JWS keyed by the UTF-8 bytes
/// of `secret` — the exact key `jsonwebtoken.verify(token, secret)` uses.
pub fn sign_hs256(claims_json: &str, secret: &str) -> String {
    let mut token = String::with_capacity(HS256_HEADER.len() + claims_json.len() * 4 / 3 + 48);
    token.push_str(HS256_HEADER);
    token.push('.');
    token.push_str(&b64::encode_url(claims_json.as_bytes()));
    let sig = crate::sha256::hmac_sha256(secret.as_bytes(), token.as_bytes());
    token.push('.');
    token.push_str(&b64::encode_url(&sig));
    token
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(v: &str) -> String {
        b64::encode_url(v.as_bytes())
    }

    fn token(header: &str, payload: &str) -> String {
        format!("{}.{}.{}", enc(header), enc(payload), enc("sig"))
    }

    #[test]
    fn header_constant_matches_its_json() {
        assert_eq!(b64::decode_url(HS256_HEADER).unwrap(), br#"{"alg":"HS256","typ":"JWT"}"#);
    }

    #[test]
    fn hs256_matches_rfc7515_style_vector() {
        // Independent value: HMAC-SHA256 of the signing input computed with Python hmac.
        let t = sign_hs256(r#"{"sub":"u1"}"#, "secret");
        assert_eq!(t, "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSJ9.e1nQDHRa3tJWY02MUXI8-wDl0Q6cpqw0JpzJLvJOUZk");
    }

    #[test]
    fn parses_rs256() {
        let t = parse_rs256(&token(r#"{"alg":"RS256","kid":"k1"}"#, r#"{"sub":"a"}"#)).unwrap();
        assert_eq!(t.kid, "k1");
        assert_eq!(t.signature, b"sig");
        assert_eq!(json::lookup(&t.claims, "sub").and_then(Json::as_str), Some("a"));
        assert!(t.signing_input.ends_with(&enc(r#"{"sub":"a"}"#)));
    }

    #[test]
    fn refuses_other_algorithms() {
        for alg in ["none", "HS256", "RS384", "ES256", "rs256"] {
            let h = format!(r#"{{"alg":"{alg}","kid":"k1"}}"#);
            assert_eq!(
                parse_rs256(&token(&h, "{}")).unwrap_err(),
                JwtError::UnsupportedAlgorithm(alg.into())
            );
        }
    }

    #[test]
    fn refuses_structural_problems() {
        let bad = [
            "abc".to_string(),
            "a.b".to_string(),
            "a.b.c.d".to_string(),
            format!("{}.{}.", enc(r#"{"alg":"RS256","kid":"k"}"#), enc("{}")),
            format!("{}.{}.{}", enc("[]"), enc("{}"), enc("s")),
            format!("{}.{}.{}", enc(r#"{"alg":"RS256","kid":"k"}"#), enc("[1]"), enc("s")),
            format!("{}.{}.{}", enc(r#"{"alg":"RS256","kid":"k"}"#), "%%%", enc("s")),
            format!("{}=.{}.{}", enc(r#"{"alg":"RS256","kid":"k"}"#), enc("{}"), enc("s")),
            token(r#"{"alg":"RS256","kid":"k","crit":["b64"]}"#, "{}"),
            // A header is an object, never the array of its fields.
            token(r#"["RS256","k1"]"#, "{}"),
            token(r#"["RS256","k1",null]"#, "{}"),
            // A repeated member, in the header or the payload, is refused, not resolved.
            token(r#"{"alg":"none","alg":"RS256","kid":"k"}"#, "{}"),
            token(r#"{"alg":"RS256","kid":"other","kid":"k"}"#, "{}"),
            token(r#"{"alg":"RS256","kid":"k","x":1,"x":1}"#, "{}"),
            token(r#"{"alg":"RS256","kid":"k"}"#, r#"{"sub":"a","sub":"b"}"#),
            token(r#"{"alg":"RS256","kid":"k"}"#, r#"{"sub":"a","o":{"exp":1,"exp":2}}"#),
            // Trailing bytes after the object.
            token(r#"{"alg":"RS256","kid":"k"}"#, "{}x"),
            token(r#"{"alg":"RS256","kid":"k"}[]"#, "{}"),
        ];
        for t in bad {
            assert!(matches!(parse_rs256(&t), Err(JwtError::Malformed(_))), "{t}");
        }
    }

    #[test]
    fn an_allow_list_of_three() {
        let algs = ["RS256", "PS256", "ES256"];
        for alg in ["PS256", "RS256"] {
            assert_eq!(parse(&token(&format!(r#"{{"alg":"{alg}","kid":"k"}}"#), "{}"), &algs).unwrap().alg, alg);
        }
        let es = format!("{}.{}.{}", enc(r#"{"alg":"ES256","kid":"k"}"#), enc("{}"), b64::encode_url(&[7; 64]));
        assert_eq!(parse(&es, &algs).unwrap().signature.len(), 64);
        assert!(matches!(parse(&token(r#"{"alg":"ES256","kid":"k"}"#, "{}"), &algs), Err(JwtError::Malformed(_))), "a DER or short ES256 signature");
        for alg in ["none", "HS256", "HS512", "RS512", "ES384", "PS384", "EdDSA", "es256"] {
            assert_eq!(parse(&token(&format!(r#"{{"alg":"{alg}","kid":"k"}}"#), "{}"), &algs).unwrap_err(), JwtError::UnsupportedAlgorithm(alg.into()));
        }
        assert_eq!(parse_rs256(&es).unwrap_err(), JwtError::UnsupportedAlgorithm("ES256".into()));
    }

    #[test]
    fn requires_kid() {
        assert_eq!(parse_rs256(&token(r#"{"alg":"RS256"}"#, "{}")).unwrap_err(), JwtError::MissingKeyId);
        assert_eq!(parse_rs256(&token(r#"{"alg":"RS256","kid":""}"#, "{}")).unwrap_err(), JwtError::MissingKeyId);
    }

    #[test]
    fn jwt_shape() {
        assert!(looks_like_jwt("eyJa.b.c"));
        assert!(!looks_like_jwt("session-token-abc"));
        assert!(!looks_like_jwt("eyJa.b"));
    }
}
