//! The x402 `payment-identifier` extension: a buyer names its payment with an id
//! (`PaymentPayload.extensions["payment-identifier"].info.id`) so that a resend is answered
//! with the first answer instead of being paid again. This reads and checks the id and the
//! payment it came with; [`crate::x402::flow::idem`] decides what a resend gets.
//!
//! The id binds to the payment's fingerprint: the signed authorization (signature and
//! fields). The same id with another authorization is a conflict, never the stored answer, so
//! nobody can fetch what someone else paid for by guessing or reusing an id.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{self, Json, Writer};
use crate::x402::error::{Reason, X402Error};
use crate::x402::model::{ExactPayload, MAX_PAYMENT_HEADER_LEN};

/// The extension's key in `extensions`.
pub const EXTENSION: &str = "payment-identifier";
pub const MIN_LEN: usize = 16;
pub const MAX_LEN: usize = 128;
pub const PATTERN: &str = "^[a-zA-Z0-9_-]+$";

/// An id and the payment it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaymentId {
    pub id: String,
    /// `0x` + keccak-256 of the signed authorization.
    pub fingerprint: String,
}

/// 16 to 128 characters of `[A-Za-z0-9_-]`.
pub fn valid(id: &str) -> bool {
    (MIN_LEN..=MAX_LEN).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The declaration a challenge carries: `{info: {required}, schema}`.
pub fn write_declaration(w: &mut Writer, required: bool) {
    w.open_obj().key("info").open_obj().key("required").bool(required).close_obj();
    w.key("schema").open_obj().key("$schema").str("https://json-schema.org/draft/2020-12/schema").key("type").str("object");
    w.key("properties").open_obj().key("required").open_obj().key("type").str("boolean").close_obj();
    w.key("id").open_obj().key("type").str("string").key("minLength").int(MIN_LEN as i64).key("maxLength").int(MAX_LEN as i64);
    w.key("pattern").str(PATTERN).close_obj().close_obj();
    w.key("required").open_arr().str("required").close_arr().close_obj();
    w.close_obj();
}

fn invalid() -> X402Error {
    X402Error::Flow { reason: Reason::InvalidPaymentId, message: "payment-identifier id must be 16 to 128 characters of A-Z, a-z, 0-9, _ and -" }
}

/// The id a decoded payment payload (a JSON object) carries: `Ok(None)` without one (or
/// without a payload to bind it to: the payment is refused on its own), an error for a
/// malformed one.
pub fn of_payload(doc: &Json) -> Result<Option<PaymentId>, X402Error> {
    let id = match doc.get("extensions").and_then(|e| e.get(EXTENSION)).and_then(|x| x.get("info")).and_then(|i| i.get("id")) {
        None | Some(Json::Null) => return Ok(None),
        Some(Json::Str(s)) if valid(s) => s.clone(),
        Some(_) => return Err(invalid()),
    };
    Ok(doc.get("payload").and_then(ExactPayload::from_json).map(|p| PaymentId { id, fingerprint: fingerprint(&p) }))
}

/// The id in a `PAYMENT-SIGNATURE` / `X-PAYMENT` header; a header that does not decode has
/// none (its own refusal answers it).
pub fn of_header(header: &str) -> Result<Option<PaymentId>, X402Error> {
    if header.len() > MAX_PAYMENT_HEADER_LEN {
        return Ok(None);
    }
    match crate::b64::decode_std(header).and_then(|bytes| json::parse(&bytes)) {
        Some(doc) => of_payload(&doc),
        None => Ok(None),
    }
}

/// The id in a facilitator request body (`paymentPayload`).
pub fn of_request(body: &str) -> Result<Option<PaymentId>, X402Error> {
    match json::parse_within(body.as_bytes(), crate::x402::model::MAX_FACILITATOR_BODY_LEN) {
        Some(doc) => doc.get("paymentPayload").map_or(Ok(None), of_payload),
        None => Ok(None),
    }
}

/// What makes two presentations the same payment: the signature and every signed field.
pub fn fingerprint(p: &ExactPayload) -> String {
    let a = &p.authorization;
    let mut text = String::new();
    for field in [&p.signature, &a.from, &a.to, &a.value, &a.valid_after, &a.valid_before, &a.nonce] {
        text.push_str(&field.to_ascii_lowercase());
        text.push('\n');
    }
    crate::x402::codec::to_0x_hex(&crate::x402::eip712::keccak256(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x402::model::tests::{AUTH_A, SIG_A};

    fn payload(extensions: &str, sig: &str) -> String {
        format!(
            r#"{{"x402Version":2,"accepted":{{"scheme":"exact","network":"eip155:196","amount":"1000","asset":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","payTo":"0x209693Bc6afc0C5328bA36FaF03C514EF312287C","maxTimeoutSeconds":60,"extra":{{"name":"Global Dollar","version":"1"}}}},"payload":{{"signature":"{sig}","authorization":{AUTH_A}}}{extensions}}}"#
        )
    }

    fn with_id(id: &str) -> String {
        format!(r#","extensions":{{"payment-identifier":{{"info":{{"required":false,"id":{id}}}}}}}"#)
    }

    fn header(text: &str) -> String {
        crate::b64::encode_std(text.as_bytes())
    }

    #[test]
    fn ids_are_16_to_128_safe_characters() {
        for good in ["pay_0123456789abcdef", "a-b_c-d_e-f_g-h_", &"x".repeat(128)] {
            assert!(valid(good), "{good}");
        }
        for bad in ["", "short_id_15char", &"x".repeat(129), "pay_0123456789abc def", "pay_0123456789abcdé", "pay_0123456789abc.def", "pay_0123456789abc/def"] {
            assert!(!valid(bad), "{bad}");
        }
    }

    #[test]
    fn the_id_is_read_from_the_payload_and_bound_to_its_authorization() {
        let id = "pay_0123456789abcdef0123456789abcdef";
        let k = of_header(&header(&payload(&with_id(&format!("\"{id}\"")), SIG_A))).unwrap().unwrap();
        assert_eq!(k.id, id);
        assert!(k.fingerprint.starts_with("0x") && k.fingerprint.len() == 66);
        // The same authorization however it is encoded (hex case): the same fingerprint.
        let upper = of_header(&header(&payload(&with_id(&format!("\"{id}\"")), &SIG_A.to_ascii_uppercase().replacen("0X", "0x", 1)))).unwrap().unwrap();
        assert_eq!(upper.fingerprint, k.fingerprint);
        // Another signature: another payment.
        let other = SIG_A.replacen("2d6a", "2d6b", 1);
        assert_ne!(of_header(&header(&payload(&with_id(&format!("\"{id}\"")), &other))).unwrap().unwrap().fingerprint, k.fingerprint);
        // No extension, no id, a null id, an undecodable header: no id (the payment answers for itself).
        for text in [payload("", SIG_A), payload(r#","extensions":{"payment-identifier":{"info":{"required":true}}}"#, SIG_A), payload(&with_id("null"), SIG_A)] {
            assert_eq!(of_header(&header(&text)).unwrap(), None);
        }
        assert_eq!(of_header("not base64!").unwrap(), None);
        // A malformed id is a 400, whatever else is wrong.
        for bad in ["\"short\"", "42", "\"pay_0123456789abcdef 0123\"", "[\"pay_0123456789abcdef\"]"] {
            let e = of_header(&header(&payload(&with_id(bad), SIG_A))).unwrap_err();
            assert_eq!((e.http_status(), e.reason()), (400, "invalid_payment_id"), "{bad}");
        }
    }

    #[test]
    fn a_facilitator_request_carries_it_in_the_payment_payload() {
        let id = "pay_0123456789abcdef0123456789abcdef";
        let body = format!(r#"{{"x402Version":2,"paymentPayload":{},"paymentRequirements":{{}}}}"#, payload(&with_id(&format!("\"{id}\"")), SIG_A));
        assert_eq!(of_request(&body).unwrap().unwrap().id, id);
        assert_eq!(of_request("{}").unwrap(), None);
        assert_eq!(of_request("junk").unwrap(), None);
    }
}
