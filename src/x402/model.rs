//! x402 wire formats (v1 and v2) and the one internal `Payment` both decode into.
//!
//! Decoding is strict: the header is at most `MAX_PAYMENT_HEADER_LEN` bytes of
//! canonical standard base64 (with padding), whose content is a UTF-8 JSON object;
//! `x402Version` picks the typed shape (1 or 2; anything else is
//! `invalid_x402_version`); duplicate keys and wrong types are errors; unknown keys
//! (e.g. v2 `extensions`) are ignored and never forwarded.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::error::X402Error;

/// Header names.
pub const PAYMENT_REQUIRED_HEADER: &str = "PAYMENT-REQUIRED";
pub const PAYMENT_SIGNATURE_HEADER: &str = "PAYMENT-SIGNATURE";
pub const X_PAYMENT_HEADER: &str = "X-PAYMENT";
pub const PAYMENT_RESPONSE_HEADER: &str = "PAYMENT-RESPONSE";
pub const X_PAYMENT_RESPONSE_HEADER: &str = "X-PAYMENT-RESPONSE";
/// Value for `Access-Control-Expose-Headers` so browsers can read the x402 headers.
pub const EXPOSE_HEADERS: &str = "PAYMENT-REQUIRED, PAYMENT-RESPONSE, X-PAYMENT-RESPONSE";

/// Longest accepted payment header (base64 text). Larger headers answer 431.
pub const MAX_PAYMENT_HEADER_LEN: usize = 8 * 1024;

/// EIP-712 domain name/version of the asset (`extra`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssetDomain {
    pub name: String,
    pub version: String,
}

/// EIP-3009 authorization; every field is a string on the wire.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Authorization {
    pub from: String,
    pub to: String,
    pub value: String,
    pub valid_after: String,
    pub valid_before: String,
    pub nonce: String,
}

/// `payload` of the exact/EVM scheme.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExactPayload {
    pub signature: String,
    pub authorization: Authorization,
}

/// v2 resource description.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceInfo {
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime_type: Option<String>,
}

/// v1 payment requirements (challenge body, legacy OKX requests).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequirementsV1 {
    pub scheme: String,
    pub network: String,
    pub max_amount_required: String,
    pub resource: String,
    pub description: String,
    pub mime_type: String,
    pub pay_to: String,
    pub max_timeout_seconds: u64,
    pub asset: String,
    pub extra: AssetDomain,
}

/// v2 payment requirements (challenge header, current OKX requests, `accepted`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RequirementsV2 {
    pub scheme: String,
    pub network: String,
    pub amount: String,
    pub asset: String,
    pub pay_to: String,
    pub max_timeout_seconds: u64,
    pub extra: AssetDomain,
}

/// The fields of a client's v2 `accepted` that verification compares.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptedV2 {
    pub scheme: String,
    pub network: String,
    pub amount: String,
    pub asset: String,
    pub pay_to: String,
}

/// One decoded payment, whatever its wire version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Payment {
    /// 1 or 2.
    pub x402_version: u8,
    /// v1 top-level `scheme`, v2 `accepted.scheme`.
    pub scheme: String,
    /// v1 top-level `network` (name or CAIP-2), v2 `accepted.network`.
    pub network: String,
    /// v2 only.
    pub accepted: Option<AcceptedV2>,
    /// v2 only (optional there too).
    pub resource: Option<ResourceInfo>,
    pub payload: ExactPayload,
}

#[derive(Deserialize)]
struct VersionProbe {
    /// Any JSON type, so a wrong number (-1, 1.5) is a version error, not a shape error.
    #[serde(rename = "x402Version", default)]
    x402_version: Option<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PayloadV1In {
    scheme: String,
    network: String,
    payload: ExactPayload,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PayloadV2In {
    #[serde(default)]
    resource: Option<ResourceInfo>,
    accepted: AcceptedV2,
    payload: ExactPayload,
}

/// v1 payment payload as sent to a facilitator.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PayloadV1Out<'a> {
    pub x402_version: u8,
    pub scheme: &'a str,
    pub network: &'a str,
    pub payload: &'a ExactPayload,
}

/// v2 payment payload as sent to a facilitator.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PayloadV2Out<'a> {
    pub x402_version: u8,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource: Option<&'a ResourceInfo>,
    pub accepted: &'a RequirementsV2,
    pub payload: &'a ExactPayload,
}

/// Decodes a `PAYMENT-SIGNATURE` / `X-PAYMENT` header value.
pub fn decode_payment_header(header: &str) -> Result<Payment, X402Error> {
    if header.len() > MAX_PAYMENT_HEADER_LEN {
        return Err(X402Error::HeaderTooLarge);
    }
    let json = STANDARD.decode(header).map_err(|_| X402Error::InvalidBase64)?;
    decode_payment_json(&json)
}

/// Decodes the JSON inside a payment header (already base64-decoded).
pub fn decode_payment_json(json: &[u8]) -> Result<Payment, X402Error> {
    // A JSON object, nothing else (serde would also accept a positional array).
    if json.first() != Some(&b'{') {
        return Err(X402Error::InvalidJson);
    }
    let probe: VersionProbe = serde_json::from_slice(json).map_err(|_| X402Error::InvalidJson)?;
    let version = match probe.x402_version {
        None | Some(serde_json::Value::Null) => return Err(X402Error::UnsupportedVersion),
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(_) => return Err(X402Error::InvalidJson),
    };
    match version {
        Some(1) => {
            let p: PayloadV1In =
                serde_json::from_slice(json).map_err(|_| X402Error::InvalidJson)?;
            Ok(Payment {
                x402_version: 1,
                scheme: p.scheme,
                network: p.network,
                accepted: None,
                resource: None,
                payload: p.payload,
            })
        }
        Some(2) => {
            let p: PayloadV2In =
                serde_json::from_slice(json).map_err(|_| X402Error::InvalidJson)?;
            Ok(Payment {
                x402_version: 2,
                scheme: p.accepted.scheme.clone(),
                network: p.accepted.network.clone(),
                accepted: Some(p.accepted),
                resource: p.resource,
                payload: p.payload,
            })
        }
        _ => Err(X402Error::UnsupportedVersion),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const AUTH_A: &str = r#"{"from":"0x857b06519E91e3A54538791bDbb0E22373e36b66","to":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","value":"10000","validAfter":"1740672089","validBefore":"1740672154","nonce":"0xf3746613c2d920b5fdabc0856f2aeb2d4f88ee6037b8cc5d04a71a4462f13480"}"#;
    pub(crate) const SIG_A: &str = "0x2d6a7588d6acca505cbf0d9a4a227e0c52c6c34008c8e8986a1283259764173608a2ce6496642e377d6da8dbbf5836e9bd15092f9ecab05ded3d6293af148b571c";

    pub(crate) fn v1_json(network: &str) -> String {
        format!(
            r#"{{"x402Version":1,"scheme":"exact","network":"{network}","payload":{{"signature":"{SIG_A}","authorization":{AUTH_A}}}}}"#
        )
    }

    pub(crate) fn v2_json() -> String {
        format!(
            r#"{{"x402Version":2,"resource":{{"url":"https://api.example.com/x"}},"accepted":{{"scheme":"exact","network":"eip155:84532","amount":"10000","asset":"0x036CbD53842c5426634e7929541eC2318f3dCF7e","payTo":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","maxTimeoutSeconds":60,"extra":{{"name":"USDC","version":"2"}}}},"payload":{{"signature":"{SIG_A}","authorization":{AUTH_A}}},"extensions":{{"foo":[1,2,{{}}]}}}}"#
        )
    }

    pub(crate) fn b64(s: &str) -> String {
        STANDARD.encode(s)
    }

    #[test]
    fn decodes_v1_and_caip2_mix() {
        let p = decode_payment_header(&b64(&v1_json("base-sepolia"))).unwrap();
        assert_eq!(p.x402_version, 1);
        assert_eq!(p.scheme, "exact");
        assert_eq!(p.network, "base-sepolia");
        assert!(p.accepted.is_none());
        assert_eq!(p.payload.authorization.value, "10000");
        assert_eq!(p.payload.signature, SIG_A);
        let p = decode_payment_header(&b64(&v1_json("eip155:196"))).unwrap();
        assert_eq!(p.network, "eip155:196");
    }

    #[test]
    fn decodes_v2() {
        let p = decode_payment_header(&b64(&v2_json())).unwrap();
        assert_eq!(p.x402_version, 2);
        assert_eq!(p.network, "eip155:84532");
        let acc = p.accepted.unwrap();
        assert_eq!(acc.amount, "10000");
        assert_eq!(acc.pay_to, "0x209693Bc6afc0C5328bA36FaF03C514EF312287C");
        assert_eq!(p.resource.unwrap().url, "https://api.example.com/x");
    }

    #[test]
    fn rejects_bad_base64() {
        let good = b64(&v1_json("base"));
        let unpadded = good.trim_end_matches('=').to_string();
        assert_ne!(unpadded, good, "fixture must need padding");
        assert_eq!(decode_payment_header(&unpadded), Err(X402Error::InvalidBase64));
        let urlsafe = base64::engine::general_purpose::URL_SAFE.encode([0xfbu8, 0xff, 0xfe]);
        assert_eq!(decode_payment_header(&urlsafe), Err(X402Error::InvalidBase64));
        for bad in ["!!!!", "eyJ", "eyJ4===", " eyJ4NDAyVmVyc2lvbiI6MX0=", "eyJ4NDAyVmVyc2lvbiI6MX0=\n",
            "eyJ4NDAyVmVyc2lvbiI6MX1=" /* non-zero trailing bits */] {
            assert_eq!(decode_payment_header(bad), Err(X402Error::InvalidBase64), "{bad:?}");
        }
    }

    #[test]
    fn rejects_bad_json() {
        for bad in [
            "",
            "null",
            "[1,\"exact\",\"base\"]",
            " {\"x402Version\":1}",
            "{\"x402Version\":1",
            "{\"x402Version\":\"1\"}",
            "{\"x402Version\":1}",
            "{\"x402Version\":1,\"scheme\":\"exact\",\"network\":\"base\",\"payload\":{}}",
        ] {
            assert_eq!(decode_payment_header(&b64(bad)), Err(X402Error::InvalidJson), "{bad:?}");
        }
        // Invalid UTF-8 inside the JSON.
        let mut raw = v1_json("base").into_bytes();
        let i = raw.iter().position(|&c| c == b'e').unwrap();
        raw[i] = 0xff;
        assert_eq!(decode_payment_header(&STANDARD.encode(&raw)), Err(X402Error::InvalidJson));
        // Duplicate keys.
        let dup = v1_json("base").replacen("\"scheme\":\"exact\"", "\"scheme\":\"exact\",\"scheme\":\"upto\"", 1);
        assert_eq!(decode_payment_header(&b64(&dup)), Err(X402Error::InvalidJson));
        // Numbers where strings are required.
        let num = v1_json("base").replace("\"value\":\"10000\"", "\"value\":10000");
        assert_eq!(decode_payment_header(&b64(&num)), Err(X402Error::InvalidJson));
        // v2 without `accepted`.
        let v2 = v1_json("base").replace("\"x402Version\":1", "\"x402Version\":2");
        assert_eq!(decode_payment_header(&b64(&v2)), Err(X402Error::InvalidJson));
    }

    #[test]
    fn rejects_wrong_version() {
        for v in ["0", "3", "-1", "1.5", "null"] {
            let j = v1_json("base").replace("\"x402Version\":1", &format!("\"x402Version\":{v}"));
            assert_eq!(decode_payment_header(&b64(&j)), Err(X402Error::UnsupportedVersion), "{v}");
        }
        let missing = v1_json("base").replace("\"x402Version\":1,", "");
        assert_eq!(decode_payment_header(&b64(&missing)), Err(X402Error::UnsupportedVersion));
    }

    #[test]
    fn rejects_oversized_header() {
        let big = "A".repeat(MAX_PAYMENT_HEADER_LEN + 4);
        assert_eq!(decode_payment_header(&big), Err(X402Error::HeaderTooLarge));
        // Exactly at the limit is decoded (and then fails on content, not size).
        let at = "A".repeat(MAX_PAYMENT_HEADER_LEN);
        assert_eq!(decode_payment_header(&at), Err(X402Error::InvalidJson));
    }
}
