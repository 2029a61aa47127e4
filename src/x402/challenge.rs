//! The 402 challenge in both generations: the v2 `PAYMENT-REQUIRED` header (base64
//! JSON) and the v1 JSON body, so v1, v2 and InsForge-guide clients all find it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde::Serialize;

use super::model::{RequirementsV1, RequirementsV2, ResourceInfo};
use super::requirements::Requirements;

/// `error` of a challenge that answers a request without payment.
pub const PAYMENT_MISSING: &str = "PAYMENT-SIGNATURE or X-PAYMENT header is required";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PaymentRequiredV2<'a> {
    x402_version: u8,
    error: &'a str,
    resource: ResourceInfo,
    accepts: [RequirementsV2; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PaymentRequiredV1<'a> {
    x402_version: u8,
    error: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
    accepts: [RequirementsV1; 1],
}

/// Value of the `PAYMENT-REQUIRED` header.
pub fn payment_required_header(req: &Requirements, error: &str) -> String {
    let json = serde_json::to_string(&PaymentRequiredV2 {
        x402_version: 2,
        error,
        resource: ResourceInfo {
            url: req.resource.clone(),
            description: Some(req.description.clone()).filter(|d| !d.is_empty()),
            mime_type: Some(req.mime_type.clone()),
        },
        accepts: [req.to_v2()],
    });
    STANDARD.encode(json.unwrap_or_default())
}

/// The v1 JSON body; `error` is a spec reason (or [`PAYMENT_MISSING`]), `message` the
/// human explanation.
pub fn payment_required_body(req: &Requirements, error: &str, message: Option<&str>) -> String {
    serde_json::to_string(&PaymentRequiredV1 { x402_version: 1, error, message, accepts: [req.to_v1()] })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::verify::tests::req;
    use super::*;

    #[test]
    fn header_is_base64_v2_json() {
        let h = payment_required_header(&req(), PAYMENT_MISSING);
        let v: serde_json::Value = serde_json::from_slice(&STANDARD.decode(&h).unwrap()).unwrap();
        assert_eq!(v["x402Version"], 2);
        assert_eq!(v["error"], PAYMENT_MISSING);
        assert_eq!(v["resource"]["url"], "https://x.test/functions/paid");
        assert_eq!(v["resource"]["mimeType"], "application/json");
        assert!(v["resource"].get("description").is_none());
        assert_eq!(v["accepts"][0]["amount"], "1000");
        assert_eq!(v["accepts"][0]["network"], "eip155:196");
        assert_eq!(v["accepts"][0]["extra"]["name"], "Global Dollar");
        assert!(h.bytes().all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c)));
    }

    #[test]
    fn body_is_v1_json() {
        let b = payment_required_body(&req(), "invalid_scheme", Some("only exact"));
        let v: serde_json::Value = serde_json::from_str(&b).unwrap();
        assert_eq!(v["x402Version"], 1);
        assert_eq!((v["error"].as_str(), v["message"].as_str()), (Some("invalid_scheme"), Some("only exact")));
        assert_eq!(v["accepts"][0]["maxAmountRequired"], "1000");
        assert_eq!(v["accepts"][0]["resource"], "https://x.test/functions/paid");
        assert!(!payment_required_body(&req(), PAYMENT_MISSING, None).contains("message"));
    }
}
