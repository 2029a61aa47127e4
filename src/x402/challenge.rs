//! The 402 challenge in both generations: the v2 `PAYMENT-REQUIRED` header (base64
//! JSON) and the v1 JSON body, so v1, v2 and InsForge-guide clients all find it.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::b64;
use crate::x402::payment_id;
use crate::x402::discovery;
use crate::x402::requirements::Requirements;
use crate::json::Writer;

/// `error` of a challenge that answers a request without payment.
pub const PAYMENT_MISSING: &str = "PAYMENT-SIGNATURE or X-PAYMENT header is required";

/// Value of the `PAYMENT-REQUIRED` header: base64 of
/// `{x402Version:2, error, resource:{url, description?, mimeType, serviceName?, tags?}, accepts:[req], extensions?}`.
pub fn payment_required_header(req: &Requirements, error: &str) -> String {
    let mut w = Writer::new();
    w.open_obj().key("x402Version").int(2).key("error").str(error).key("resource");
    w.open_obj().key("url").str(&req.resource);
    if !req.description.is_empty() {
        w.key("description").str(&req.description);
    }
    w.key("mimeType").str(&req.mime_type);
    if let Some(d) = &req.declared {
        discovery::write_service_metadata(&mut w, d);
    }
    w.close_obj().key("accepts").open_arr();
    req.to_v2().write(&mut w);
    w.close_arr();
    write_extensions(&mut w, req);
    w.close_obj();
    b64::encode_std(w.finish().as_bytes())
}

/// The challenge's `extensions`, one member per extension the resource declares; absent
/// when it declares none.
fn write_extensions(w: &mut Writer, req: &Requirements) {
    w.key("extensions").open_obj().key(payment_id::EXTENSION);
    payment_id::write_declaration(w, req.payment_id_required);
    if let Some(d) = &req.declared {
        w.key("bazaar").raw(&d.bazaar);
    }
    if let Some(d) = &req.siwx {
        crate::x402::siwx::write(w, d);
    }
    w.close_obj();
}

/// The v1 JSON body `{x402Version:1, error, message?, accepts:[req]}`; `error` is an x402 protocol
/// reason (or [`PAYMENT_MISSING`]), `message` the human explanation.
pub fn payment_required_body(req: &Requirements, error: &str, message: Option<&str>) -> String {
    let mut w = Writer::new();
    w.open_obj().key("x402Version").int(1).key("error").str(error);
    if let Some(m) = message {
        w.key("message").str(m);
    }
    w.key("accepts").open_arr();
    req.to_v1().write(&mut w);
    w.close_arr().close_obj();
    w.finish()
}

#[cfg(test)]
mod tests {
    use crate::x402::verify::tests::req;
    use super::*;

    #[test]
    fn header_is_base64_v2_json() {
        let h = payment_required_header(&req(), PAYMENT_MISSING);
        let v: serde_json::Value = serde_json::from_slice(&b64::decode_std(&h).unwrap()).unwrap();
        assert_eq!(v["x402Version"], 2);
        assert_eq!(v["error"], PAYMENT_MISSING);
        assert_eq!(v["resource"]["url"], "https://x.test/functions/paid");
        assert_eq!(v["resource"]["mimeType"], "application/json");
        assert!(v["resource"].get("description").is_none());
        assert_eq!(v["accepts"][0]["amount"], "1000");
        assert_eq!(v["accepts"][0]["network"], "eip155:196");
        assert_eq!(v["accepts"][0]["extra"]["name"], "Global Dollar");
        assert!(h.bytes().all(|c| c.is_ascii_alphanumeric() || b"+/=".contains(&c)));
        let ext = &v["extensions"]["payment-identifier"];
        assert_eq!(ext["info"], serde_json::json!({ "required": false }));
        assert_eq!(ext["schema"]["required"], serde_json::json!(["required"]));
        assert_eq!(ext["schema"]["properties"]["id"]["minLength"], 16);
        assert_eq!(ext["schema"]["properties"]["id"]["maxLength"], 128);
        assert_eq!(ext["schema"]["properties"]["required"]["type"], "boolean");
        let required = Requirements { payment_id_required: true, ..req() };
        let v: serde_json::Value = serde_json::from_slice(&b64::decode_std(&payment_required_header(&required, PAYMENT_MISSING)).unwrap()).unwrap();
        assert_eq!(v["extensions"]["payment-identifier"]["info"]["required"], true);
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
