//! OKX request signing: `OK-ACCESS-SIGN` = base64(HMAC-SHA256(secret,
//! timestamp + METHOD + requestPath(+query) + exactBodyString)).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::b64;

pub fn sign(secret: &str, timestamp: &str, method: &str, request_path: &str, body: &str) -> String {
    b64::encode_std(&crate::sha256::hmac_sha256(secret.as_bytes(), crate::concat(&[timestamp, method, request_path, body]).as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::sign;

    /// HMAC test vectors (prehash = timestamp + method + path + body).
    #[test]
    fn hmac_vectors() {
        let ts = "2026-03-30T10:00:00.000Z";
        assert_eq!(
            sign("test-secret", ts, "POST", "/api/v6/pay/x402/verify", r#"{"x402Version":2}"#),
            "IU7Xnpn/mkL/qzwrNQxP8V28HRrHvREgguTaXzTA0gs="
        );
        assert_eq!(
            sign("test-secret", ts, "GET", "/api/v6/pay/x402/supported", ""),
            "Hr+qBBgQri/XKOSuwZipWZ/ZlQtBJFDpk5lC2w2QqKA="
        );
        assert_eq!(
            sign("test-secret", ts, "GET", "/api/v6/pay/x402/settle/status?txHash=0xabc", ""),
            "654iCDfPFdorbpHxa08hICkhH5NKYXhjGCiDv1ESu90="
        );
    }
}
