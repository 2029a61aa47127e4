//! OKX as x402 facilitator: request builders for both API generations and
//! a response parser that accepts either envelope. JS performs the `fetch`.

#[allow(unused_imports)]
use crate::prelude::*;


use crate::x402::codec;
use crate::x402::config::{OkxApi, OkxConfig};
use crate::x402::error::X402Error;
use crate::x402::model::{write_payload_v1, write_payload_v2, ResourceInfo};
use crate::x402::requirements::Requirements;
use crate::x402::timestamp::iso8601_ms;
use crate::x402::verify::VerifiedPayment;
use crate::json::Writer;

pub use crate::x402::error::FacilitatorOp;

pub use crate::http::HttpRequest;

fn prefix(api: OkxApi) -> &'static str {
    match api {
        OkxApi::Current => "/api/v6/pay/x402",
        OkxApi::Legacy => "/api/v6/x402",
    }
}

/// `POST …/verify`.
pub fn verify_request(okx: &OkxConfig, req: &Requirements, payment: &VerifiedPayment, now_ms: u64) -> HttpRequest {
    post(okx, "/verify", body(okx.api, req, payment, None), now_ms)
}

/// `POST …/settle`. `syncSettle` is always explicit (docs and SDKs disagree on its
/// default): true asks OKX to wait for the transaction, so success carries a hash.
pub fn settle_request(okx: &OkxConfig, req: &Requirements, payment: &VerifiedPayment, now_ms: u64) -> HttpRequest {
    post(okx, "/settle", body(okx.api, req, payment, Some(true)), now_ms)
}

/// `GET …/settle/status?txHash=` (current API only).
pub fn status_request(okx: &OkxConfig, tx_hash: &str, now_ms: u64) -> Result<HttpRequest, X402Error> {
    if okx.api == OkxApi::Legacy {
        return Err(X402Error::Misconfigured("the legacy OKX API has no settlement status endpoint"));
    }
    // Validated and re-encoded, so nothing foreign reaches the query string.
    let hash = codec::parse_0x_hex::<32>(tx_hash)
        .ok_or(X402Error::Misconfigured("settlement status needs a 0x + 64 hex transaction hash"))?;
    let mut path = String::from(prefix(okx.api));
    path.push_str("/settle/status?txHash=");
    path.push_str(&codec::to_0x_hex(&hash));
    Ok(signed(okx, "GET", path, String::new(), now_ms))
}

/// current: `{x402Version:2, paymentPayload, paymentRequirements, syncSettle?}`;
/// legacy: `{x402Version:1, chainIndex, paymentPayload, paymentRequirements, syncSettle?}`
/// (chainIndex is required there, else code 50014).
fn body(api: OkxApi, req: &Requirements, payment: &VerifiedPayment, sync_settle: Option<bool>) -> String {
    let mut w = Writer::new();
    match api {
        OkxApi::Current => {
            let mut accepted = req.to_v2();
            // An agent wallet's session certificate goes back where the payer put it.
            if let crate::x402::model::SignedPayload::Permit2(p) = &payment.payload {
                accepted.extra.session_cert = p.session_cert.clone();
            }
            let resource = ResourceInfo {
                url: req.resource.clone(),
                description: Some(req.description.clone()).filter(|d| !d.is_empty()),
                mime_type: Some(req.mime_type.clone()),
            };
            w.open_obj().key("x402Version").int(2).key("paymentPayload");
            write_payload_v2(&mut w, Some(&resource), &accepted, &payment.payload);
            w.key("paymentRequirements");
            // A metered payment is settled for its charge: the requirements' amount at settle.
            let mut required = accepted.clone();
            required.amount = payment.amount_due().to_owned();
            required.extra.session_cert = None;
            required.write(&mut w);
        }
        OkxApi::Legacy => {
            w.open_obj().key("x402Version").int(1).key("chainIndex").str(&codec::decimal(req.chain_id));
            w.key("paymentPayload");
            write_payload_v1(&mut w, req.scheme.name(), &req.network(), &payment.payload);
            w.key("paymentRequirements");
            let mut required = req.to_v1();
            required.max_amount_required = payment.amount_due().to_owned();
            required.write(&mut w);
        }
    }
    if let Some(sync) = sync_settle {
        w.key("syncSettle").bool(sync);
    }
    w.close_obj();
    w.finish()
}

fn post(okx: &OkxConfig, op_path: &str, body: String, now_ms: u64) -> HttpRequest {
    let mut path = String::from(prefix(okx.api));
    path.push_str(op_path);
    signed(okx, "POST", path, body, now_ms)
}

fn signed(okx: &OkxConfig, method: &'static str, path: String, body: String, now_ms: u64) -> HttpRequest {
    let timestamp = iso8601_ms(now_ms);
    let signature = super::sign::sign(&okx.secret_key, &timestamp, method, &path, &body);
    let mut url = okx.base_url.clone();
    url.push_str(&path);
    HttpRequest {
        url,
        method,
        headers: vec![
            ("Content-Type", "application/json".into()),
            ("OK-ACCESS-KEY", okx.api_key.clone()),
            ("OK-ACCESS-PASSPHRASE", okx.passphrase.clone()),
            ("OK-ACCESS-TIMESTAMP", timestamp),
            ("OK-ACCESS-SIGN", signature),
        ],
        body,
    }
}

#[cfg(test)]
mod tests {
    use crate::x402::config::tests::config;
    use crate::x402::settle::Backend;
    use crate::x402::verify::tests::{req, v1_payment, auth, NOW};
    use crate::x402::verify::verify;
    use super::*;

    /// 2026-03-30T10:00:00.000Z, the HMAC test vector's timestamp.
    const T: u64 = 1_774_864_800_000;

    fn okx(pairs: &[(&str, &str)]) -> OkxConfig {
        match config(pairs).backend {
            Backend::Okx(o) => o,
            _ => panic!("okx expected"),
        }
    }

    fn header<'a>(r: &'a HttpRequest, name: &str) -> &'a str {
        r.headers.iter().find(|(k, _)| *k == name).map(|(_, v)| v.as_str()).unwrap()
    }

    fn paid() -> VerifiedPayment {
        verify(&v1_payment(auth()), &req(), NOW).unwrap()
    }

    #[test]
    fn current_verify_and_settle() {
        let o = okx(&[]);
        let r = verify_request(&o, &req(), &paid(), T);
        assert_eq!((r.method, r.url.as_str()), ("POST", "https://web3.okx.com/api/v6/pay/x402/verify"));
        assert_eq!(header(&r, "OK-ACCESS-TIMESTAMP"), "2026-03-30T10:00:00.000Z");
        assert_eq!(header(&r, "OK-ACCESS-KEY"), "key");
        assert_eq!(header(&r, "OK-ACCESS-PASSPHRASE"), "pass");
        assert_eq!(
            header(&r, "OK-ACCESS-SIGN"),
            crate::x402::settle::okx::sign::sign("test-secret", "2026-03-30T10:00:00.000Z", "POST", "/api/v6/pay/x402/verify", &r.body)
        );
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["x402Version"], 2);
        assert_eq!(v["paymentPayload"]["x402Version"], 2);
        assert_eq!(v["paymentPayload"]["accepted"], v["paymentRequirements"]);
        assert_eq!(v["paymentRequirements"]["amount"], "1000");
        assert_eq!(v["paymentPayload"]["resource"]["url"], "https://x.test/functions/paid");
        assert_eq!(v["paymentPayload"]["payload"]["authorization"]["from"], auth().from.as_str());
        assert!(v.get("syncSettle").is_none() && v.get("chainIndex").is_none());
        let s = settle_request(&o, &req(), &paid(), T);
        assert!(s.url.ends_with("/api/v6/pay/x402/settle"));
        assert!(s.body.ends_with(r#","syncSettle":true}"#));
    }

    #[test]
    fn legacy_bodies_carry_chain_index_and_v1() {
        let o = okx(&[("OKX_API", "legacy")]);
        let r = settle_request(&o, &req(), &paid(), T);
        assert_eq!(r.url, "https://web3.okx.com/api/v6/x402/settle");
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(v["x402Version"], 1);
        assert_eq!(v["chainIndex"], "196");
        assert_eq!(v["syncSettle"], true);
        assert_eq!(v["paymentPayload"]["scheme"], "exact");
        assert_eq!(v["paymentPayload"]["network"], "eip155:196");
        assert_eq!(v["paymentRequirements"]["maxAmountRequired"], "1000");
        assert_eq!(v["paymentRequirements"]["resource"], "https://x.test/functions/paid");
        assert!(verify_request(&o, &req(), &paid(), T).url.ends_with("/api/v6/x402/verify"));
        assert!(matches!(status_request(&o, &format!("0x{}", "1".repeat(64)), T), Err(X402Error::Misconfigured(_))));
    }

    #[test]
    fn status_request_is_signed_with_its_query() {
        let o = okx(&[("OKX_BASE_URL", "http://localhost:9000")]);
        let hash = format!("0x{}", "AB".repeat(32));
        let r = status_request(&o, &hash, T).unwrap();
        let path = format!("/api/v6/pay/x402/settle/status?txHash=0x{}", "ab".repeat(32));
        assert_eq!(r.url, format!("http://localhost:9000{path}"));
        assert_eq!((r.method, r.body.as_str()), ("GET", ""));
        assert_eq!(header(&r, "OK-ACCESS-SIGN"), crate::x402::settle::okx::sign::sign("test-secret", "2026-03-30T10:00:00.000Z", "GET", &path, ""));
        for bad in ["0xabc", "0xab&x=1", ""] {
            assert!(status_request(&o, bad, T).is_err(), "{bad}");
        }
    }
}
