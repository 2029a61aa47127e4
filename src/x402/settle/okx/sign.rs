//! OKX request signing: `OK-ACCESS-SIGN` = base64(HMAC-SHA256(secret,
//! timestamp + METHOD + requestPath(+query) + exactBodyString)).

use crate::b64;
use hmac::{Hmac, Mac};
use sha2::Sha256;

pub fn sign(secret: &str, timestamp: &str, method: &str, request_path: &str, body: &str) -> String {
    // HMAC accepts keys of any length, so this never fails; the fallback keeps it panic-free.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    for part in [timestamp, method, request_path, body] {
        mac.update(part.as_bytes());
    }
    b64::encode_std(&mac.finalize().into_bytes())
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
