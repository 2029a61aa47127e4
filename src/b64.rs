//! Base64 flavours used on the wire: JWTs (url-safe, unpadded) and HTTP headers (standard, padded).

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;

/// Strict base64url without padding (RFC 7515 §2): anything else is an error.
pub fn decode_url(s: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(s).ok()
}

pub fn encode_url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Strict standard base64 with padding.
pub fn decode_std(s: &str) -> Option<Vec<u8>> {
    STANDARD.decode(s).ok()
}

pub fn encode_std(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_is_strict() {
        assert_eq!(decode_url("aGk").unwrap(), b"hi");
        assert!(decode_url("aGk=").is_none(), "padding refused");
        assert!(decode_url("a+/b").is_none(), "standard alphabet refused");
        assert_eq!(encode_url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn std_is_strict() {
        assert_eq!(decode_std("aGk=").unwrap(), b"hi");
        assert!(decode_std("aGk").is_none(), "missing padding refused");
        assert!(decode_std("-_8=").is_none(), "url alphabet refused");
        assert_eq!(encode_std(b"hi"), "aGk=");
    }
}
