//! Complete HTTP answers for JS to turn into a `Response`: the 402 challenge, refusals
//! and server errors, and the headers that go on a paid response.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::challenge::{payment_required_body, payment_required_header, PAYMENT_MISSING};
use crate::http::HttpError;
use crate::x402::model::{EXPOSE_HEADERS, PAYMENT_REQUIRED_HEADER, PAYMENT_RESPONSE_HEADER, X_PAYMENT_RESPONSE_HEADER};
use crate::x402::requirements::Requirements;
use crate::b64;
use crate::x402::verify::VerifiedPayment;
use crate::json::Writer;

pub use crate::http::Reply;

/// 402 for a request that carried no payment.
pub fn challenge(req: &Requirements) -> Reply {
    Reply {
        status: 402,
        headers: vec![
            ("Content-Type", "application/json".into()),
            (PAYMENT_REQUIRED_HEADER, payment_required_header(req, PAYMENT_MISSING)),
            ("Access-Control-Expose-Headers", EXPOSE_HEADERS.into()),
        ],
        body: payment_required_body(req, PAYMENT_MISSING, None),
    }
}

/// The answer to a failure. A 402 is a fresh challenge naming the reason (plus a
/// `success:false` settlement header when the payment got that far); anything else is
/// the `{error, message, statusCode}` JSON, with `Retry-After` on 503.
pub fn reject(req: &Requirements, err: &HttpError, payment: Option<&VerifiedPayment>) -> Reply {
    // `err` may come back from JS: keep the status an HTTP error status.
    let status = if (400..=599).contains(&err.status_code) { err.status_code } else { 500 };
    // 412 (Permit2 not approved) is a challenge too: the payer approves, then pays again.
    if status != 402 && status != 412 {
        return error(err);
    }
    let mut headers = vec![
        ("Content-Type", "application/json".into()),
        (PAYMENT_REQUIRED_HEADER, payment_required_header(req, &err.error)),
        ("Access-Control-Expose-Headers", EXPOSE_HEADERS.into()),
    ];
    if let Some(p) = payment {
        let h = failure_header(p, &err.error);
        headers.push((PAYMENT_RESPONSE_HEADER, h.clone()));
        headers.push((X_PAYMENT_RESPONSE_HEADER, h));
    }
    Reply { status, headers, body: payment_required_body(req, &err.error, Some(&err.message)) }
}

/// `{error, message, statusCode}` JSON for a failure that is not a payment refusal (or
/// when no requirements are at hand), with `Retry-After` on 503.
pub fn error(err: &HttpError) -> Reply {
    let status = if (400..=599).contains(&err.status_code) { err.status_code } else { 500 };
    let body = HttpError { status_code: status, error: err.error, message: err.message.clone() }.to_json();
    let mut headers = vec![("Content-Type", "application/json".into())];
    if status == 503 {
        headers.push(("Retry-After", "5".into()));
    }
    Reply { status, headers, body }
}

/// Headers to add to the paid content's response.
pub fn paid_headers(payment: &VerifiedPayment, tx_hash: &str) -> Vec<(&'static str, String)> {
    let h = success_header(payment, tx_hash);
    vec![
        (PAYMENT_RESPONSE_HEADER, h.clone()),
        (X_PAYMENT_RESPONSE_HEADER, h),
        ("Access-Control-Expose-Headers", EXPOSE_HEADERS.into()),
    ]
}

/// `PAYMENT-RESPONSE` / `X-PAYMENT-RESPONSE` value after a successful settlement:
/// base64 of `{success:true, transaction, network, payer, amount}`.
pub fn success_header(payment: &VerifiedPayment, tx_hash: &str) -> String {
    let mut w = head(true, tx_hash, payment);
    w.key("amount").str(payment.amount_due()).close_obj();
    b64::encode_std(w.finish().as_bytes())
}

/// The same header when settlement failed (sent with the 402): `success:false`, empty
/// `transaction`, `errorReason`.
pub fn failure_header(payment: &VerifiedPayment, reason: &str) -> String {
    let mut w = head(false, "", payment);
    w.key("errorReason").str(reason).close_obj();
    b64::encode_std(w.finish().as_bytes())
}

fn head(success: bool, tx_hash: &str, payment: &VerifiedPayment) -> Writer {
    let mut w = Writer::new();
    w.open_obj().key("success").bool(success).key("transaction").str(tx_hash);
    w.key("network").str(&payment.network).key("payer").str(&payment.payer);
    w
}

#[cfg(test)]
mod tests {
    use crate::x402::error::X402Error;
    use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
    use crate::x402::verify::verify;
    use super::*;

    fn paid() -> VerifiedPayment {
        verify(&v1_payment(auth()), &req(), NOW).unwrap()
    }

    fn decode(h: &str) -> serde_json::Value {
        serde_json::from_slice(&b64::decode_std(h).unwrap()).unwrap()
    }

    fn header<'a>(r: &'a Reply, name: &str) -> Option<&'a str> {
        r.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str())
    }

    #[test]
    fn challenge_has_header_body_and_exposes_headers() {
        let r = challenge(&req());
        assert_eq!(r.status, 402);
        assert!(header(&r, "PAYMENT-REQUIRED").is_some());
        assert_eq!(header(&r, "Access-Control-Expose-Headers"), Some(EXPOSE_HEADERS));
        assert!(r.body.contains(PAYMENT_MISSING));
    }

    #[test]
    fn refusals_are_challenges_and_others_are_json_errors() {
        let r = reject(&req(), &X402Error::Expired.info(), None);
        assert_eq!(r.status, 402);
        assert!(r.body.contains("\"error\":\"invalid_exact_evm_payload_authorization_valid_before\""));
        assert!(header(&r, "PAYMENT-RESPONSE").is_none());
        let paid = verify(&v1_payment(auth()), &req(), NOW).unwrap();
        let r = reject(&req(), &X402Error::NonceAlreadyUsed.info(), Some(&paid));
        assert!(header(&r, "PAYMENT-RESPONSE").is_some() && header(&r, "X-PAYMENT-RESPONSE").is_some());

        let r = reject(&req(), &X402Error::MissingSecret("OKX_SECRET_KEY").info(), None);
        assert_eq!(r.status, 500);
        assert_eq!(r.body, r#"{"error":"missing_secret","message":"OKX_SECRET_KEY is not set","statusCode":500}"#);
        assert!(header(&r, "PAYMENT-REQUIRED").is_none());
        let r = reject(&req(), &X402Error::from_io_code("settle_unreachable").info(), Some(&paid));
        assert_eq!((r.status, header(&r, "Retry-After")), (503, Some("5")));
        let r = reject(&req(), &X402Error::HeaderTooLarge.info(), None);
        assert_eq!(r.status, 431);
        let bogus = HttpError::new(200, "x", "y");
        assert_eq!(reject(&req(), &bogus, None).status, 500);
        // Permit2 not approved: 412 with the challenge, as the reference servers answer it.
        let allowance = X402Error::Flow { reason: crate::x402::error::Reason::Permit2AllowanceRequired, message: "approve Permit2" };
        let r = reject(&req(), &allowance.info(), None);
        assert_eq!(r.status, 412);
        assert!(header(&r, "PAYMENT-REQUIRED").is_some() && r.body.contains("\"error\":\"permit2_allowance_required\""));
    }

    #[test]
    fn paid_response_headers() {
        let paid = verify(&v1_payment(auth()), &req(), NOW).unwrap();
        let h = paid_headers(&paid, "0xabc");
        assert_eq!(h.len(), 3);
        assert_eq!(h[0].1, h[1].1);
        assert_eq!(h[0].1, success_header(&paid, "0xabc"));
        let j = Reply { status: 402, headers: vec![("A", "b".into())], body: "{}".into() }.to_json();
        assert_eq!(j, r#"{"status":402,"headers":[["A","b"]],"body":"{}"}"#);
    }

    #[test]
    fn settlement_headers() {
        let tx = format!("0x{}", "12".repeat(32));
        let v = decode(&success_header(&paid(), &tx));
        assert_eq!(
            v,
            serde_json::json!({"success": true, "transaction": tx, "network": "eip155:196",
                "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "amount": "1000"})
        );
        let v = decode(&failure_header(&paid(), "insufficient_funds"));
        assert_eq!((v["success"].as_bool(), v["transaction"].as_str()), (Some(false), Some("")));
        assert_eq!(v["errorReason"], "insufficient_funds");
    }
}
