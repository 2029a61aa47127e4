//! OKX as x402 facilitator (spec §6): request builders for both API generations and
//! a response parser that accepts either envelope. JS performs the `fetch`.

pub mod response;
pub mod sign;

use serde::Serialize;

use super::codec;
use super::config::{OkxApi, OkxConfig};
use super::error::X402Error;
use super::model::{PayloadV1Out, PayloadV2Out, ResourceInfo, RequirementsV1, RequirementsV2};
use super::requirements::{Requirements, SCHEME_EXACT};
use super::timestamp::iso8601_ms;
use super::verify::VerifiedPayment;

pub use super::error::FacilitatorOp;

/// An HTTP request for JS to send verbatim (the signature covers `body` byte for byte).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HttpRequest {
    pub url: String,
    pub method: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

fn prefix(api: OkxApi) -> &'static str {
    match api {
        OkxApi::Current => "/api/v6/pay/x402",
        OkxApi::Legacy => "/api/v6/x402",
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct CurrentBody<'a> {
    x402_version: u8,
    payment_payload: PayloadV2Out<'a>,
    payment_requirements: &'a RequirementsV2,
    #[serde(skip_serializing_if = "Option::is_none")]
    sync_settle: Option<bool>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct LegacyBody<'a> {
    x402_version: u8,
    /// Required by the legacy API (else code 50014).
    chain_index: String,
    payment_payload: PayloadV1Out<'a>,
    payment_requirements: &'a RequirementsV1,
    #[serde(skip_serializing_if = "Option::is_none")]
    sync_settle: Option<bool>,
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
    let path = format!("{}/settle/status?txHash={}", prefix(okx.api), codec::to_0x_hex(&hash));
    Ok(signed(okx, "GET", path, String::new(), now_ms))
}

fn body(api: OkxApi, req: &Requirements, payment: &VerifiedPayment, sync_settle: Option<bool>) -> String {
    let json = match api {
        OkxApi::Current => {
            let accepted = req.to_v2();
            let resource = ResourceInfo {
                url: req.resource.clone(),
                description: Some(req.description.clone()).filter(|d| !d.is_empty()),
                mime_type: Some(req.mime_type.clone()),
            };
            serde_json::to_string(&CurrentBody {
                x402_version: 2,
                payment_payload: PayloadV2Out {
                    x402_version: 2,
                    resource: Some(&resource),
                    accepted: &accepted,
                    payload: &payment.payload,
                },
                payment_requirements: &accepted,
                sync_settle,
            })
        }
        OkxApi::Legacy => {
            let network = req.network();
            serde_json::to_string(&LegacyBody {
                x402_version: 1,
                chain_index: codec::decimal(req.chain_id),
                payment_payload: PayloadV1Out {
                    x402_version: 1,
                    scheme: SCHEME_EXACT,
                    network: &network,
                    payload: &payment.payload,
                },
                payment_requirements: &req.to_v1(),
                sync_settle,
            })
        }
    };
    // Serializing plain structs of strings cannot fail.
    json.unwrap_or_default()
}

fn post(okx: &OkxConfig, op_path: &str, body: String, now_ms: u64) -> HttpRequest {
    let path = format!("{}{}", prefix(okx.api), op_path);
    signed(okx, "POST", path, body, now_ms)
}

fn signed(okx: &OkxConfig, method: &'static str, path: String, body: String, now_ms: u64) -> HttpRequest {
    let timestamp = iso8601_ms(now_ms);
    let signature = sign::sign(&okx.secret_key, &timestamp, method, &path, &body);
    HttpRequest {
        url: format!("{}{}", okx.base_url, path),
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
    use super::super::config::tests::config;
    use super::super::config::Facilitator;
    use super::super::verify::tests::{req, v1_payment, auth, NOW};
    use super::super::verify::verify;
    use super::*;

    /// 2026-03-30T10:00:00.000Z, the spec's HMAC vector timestamp.
    const T: u64 = 1_774_864_800_000;

    fn okx(pairs: &[(&str, &str)]) -> OkxConfig {
        match config(pairs).facilitator {
            Facilitator::Okx(o) => o,
            Facilitator::Mock => panic!("okx expected"),
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
            sign::sign("test-secret", "2026-03-30T10:00:00.000Z", "POST", "/api/v6/pay/x402/verify", &r.body)
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
        assert_eq!(header(&r, "OK-ACCESS-SIGN"), sign::sign("test-secret", "2026-03-30T10:00:00.000Z", "GET", &path, ""));
        for bad in ["0xabc", "0xab&x=1", ""] {
            assert!(status_request(&o, bad, T).is_err(), "{bad}");
        }
    }
}
