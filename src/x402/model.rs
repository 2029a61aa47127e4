//! x402 wire formats (v1 and v2) and the one internal `Payment` both decode into.
//!
//! Decoding is strict: the header is at most `MAX_PAYMENT_HEADER_LEN` bytes of
//! canonical standard base64 (with padding), whose content is a UTF-8 JSON object;
//! `x402Version` picks the shape (1 or 2; any other number is `invalid_x402_version`);
//! a duplicated key anywhere (refused by `crate::json`) and wrong types are errors; unknown keys (e.g. v2
//! `extensions`) are ignored and never forwarded. JSON goes through `crate::json`, not
//! serde: serde's error paths pull float formatting into the module.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::b64;

use crate::x402::error::X402Error;
use crate::json::{self, Json, Num, Writer};
use crate::x402::permit2::Permit2Payload;

/// Header names.
pub const PAYMENT_REQUIRED_HEADER: &str = "PAYMENT-REQUIRED";
pub const PAYMENT_SIGNATURE_HEADER: &str = "PAYMENT-SIGNATURE";
pub const X_PAYMENT_HEADER: &str = "X-PAYMENT";
pub const PAYMENT_RESPONSE_HEADER: &str = "PAYMENT-RESPONSE";
pub const X_PAYMENT_RESPONSE_HEADER: &str = "X-PAYMENT-RESPONSE";
/// Value for `Access-Control-Expose-Headers` so browsers can read the x402 headers.
pub const EXPOSE_HEADERS: &str = "PAYMENT-REQUIRED, PAYMENT-RESPONSE, X-PAYMENT-RESPONSE";

/// Largest facilitator request body accepted (a payment is well under 2 KiB).
pub const MAX_FACILITATOR_BODY_LEN: usize = 16 * 1024;
/// Longest accepted payment header (base64 text). Larger headers answer 431.
pub const MAX_PAYMENT_HEADER_LEN: usize = 8 * 1024;

/// `extra`: the asset's EIP-712 name/version (left out when empty), for Permit2
/// `assetTransferMethod: "permit2"`, for upto `facilitatorAddress`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetDomain {
    pub name: String,
    pub version: String,
    pub permit2: bool,
    /// `upto`: `facilitatorAddress`, the address that settles (named in the permit's witness).
    pub facilitator: Option<String>,
    /// An OKX agent wallet's `sessionCert`, handed back to OKX as the payer sent it.
    pub session_cert: Option<String>,
}

/// EIP-3009 authorization; every field is a string on the wire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorization {
    pub from: String,
    pub to: String,
    pub value: String,
    pub valid_after: String,
    pub valid_before: String,
    pub nonce: String,
}

/// `payload` of the exact/EVM scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExactPayload {
    pub signature: String,
    pub authorization: Authorization,
}

/// A payment's signed `payload`: an EIP-3009 authorization, or a Permit2 permit (told apart
/// by shape, as the reference facilitators do: `permit2Authorization` is Permit2's).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignedPayload {
    Eip3009(ExactPayload),
    Permit2(Permit2Payload),
}

impl SignedPayload {
    pub fn from_json(v: &Json) -> Option<SignedPayload> {
        v.as_object()?;
        if v.get("permit2Authorization").is_some() {
            return Permit2Payload::from_json(v).map(SignedPayload::Permit2);
        }
        ExactPayload::from_json(v).map(SignedPayload::Eip3009)
    }

    pub fn write(&self, w: &mut Writer) {
        match self {
            SignedPayload::Eip3009(p) => p.write(w),
            SignedPayload::Permit2(p) => p.write(w),
        }
    }

    pub fn signature(&self) -> &str {
        match self {
            SignedPayload::Eip3009(p) => &p.signature,
            SignedPayload::Permit2(p) => &p.signature,
        }
    }

    /// Who pays, as sent.
    pub fn from(&self) -> &str {
        match self {
            SignedPayload::Eip3009(p) => &p.authorization.from,
            SignedPayload::Permit2(p) => &p.from,
        }
    }

    /// Where the money goes, as sent.
    pub fn to(&self) -> &str {
        match self {
            SignedPayload::Eip3009(p) => &p.authorization.to,
            SignedPayload::Permit2(p) => &p.to,
        }
    }
}

#[cfg(test)]
impl SignedPayload {
    /// The EIP-3009 payload of a test payment.
    pub fn exact(&self) -> &ExactPayload {
        match self {
            SignedPayload::Eip3009(p) => p,
            SignedPayload::Permit2(_) => panic!("a Permit2 payload"),
        }
    }

    pub fn exact_mut(&mut self) -> &mut ExactPayload {
        match self {
            SignedPayload::Eip3009(p) => p,
            SignedPayload::Permit2(_) => panic!("a Permit2 payload"),
        }
    }
}

/// v2 resource description.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResourceInfo {
    pub url: String,
    pub description: Option<String>,
    pub mime_type: Option<String>,
}

/// v1 payment requirements (challenge body, legacy OKX requests).
#[derive(Clone, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcceptedV2 {
    pub scheme: String,
    pub network: String,
    pub amount: String,
    pub asset: String,
    pub pay_to: String,
    /// `extra.sessionCert`: an OKX agent wallet's session certificate (its permit is signed
    /// with the session's Ed25519 key, which only OKX checks).
    pub session_cert: Option<String>,
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
    pub payload: SignedPayload,
}

// ---- reading ----

/// A required string member.
pub(crate) fn req_str(obj: &Json, key: &str) -> Option<String> {
    obj.get(key)?.as_str().map(str::to_owned)
}

/// An optional string member: absent or null → `Some(None)`, another type → `None`.
pub(crate) fn opt_str(obj: &Json, key: &str) -> Option<Option<String>> {
    match obj.get(key) {
        None | Some(Json::Null) => Some(None),
        Some(Json::Str(s)) => Some(Some(s.clone())),
        Some(_) => None,
    }
}

impl Authorization {
    pub fn from_json(v: &Json) -> Option<Authorization> {
        v.as_object()?;
        Some(Authorization {
            from: req_str(v, "from")?,
            to: req_str(v, "to")?,
            value: req_str(v, "value")?,
            valid_after: req_str(v, "validAfter")?,
            valid_before: req_str(v, "validBefore")?,
            nonce: req_str(v, "nonce")?,
        })
    }

    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("from").str(&self.from).key("to").str(&self.to);
        w.key("value").str(&self.value).key("validAfter").str(&self.valid_after);
        w.key("validBefore").str(&self.valid_before).key("nonce").str(&self.nonce).close_obj();
    }
}

impl ExactPayload {
    pub fn from_json(v: &Json) -> Option<ExactPayload> {
        v.as_object()?;
        Some(ExactPayload {
            signature: req_str(v, "signature")?,
            authorization: Authorization::from_json(v.get("authorization")?)?,
        })
    }

    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("signature").str(&self.signature).key("authorization");
        self.authorization.write(w);
        w.close_obj();
    }
}

impl ResourceInfo {
    fn from_json(v: &Json) -> Option<ResourceInfo> {
        v.as_object()?;
        Some(ResourceInfo {
            url: req_str(v, "url")?,
            description: opt_str(v, "description")?,
            mime_type: opt_str(v, "mimeType")?,
        })
    }

    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("url").str(&self.url);
        if let Some(d) = &self.description {
            w.key("description").str(d);
        }
        if let Some(m) = &self.mime_type {
            w.key("mimeType").str(m);
        }
        w.close_obj();
    }
}

impl AcceptedV2 {
    fn from_json(v: &Json) -> Option<AcceptedV2> {
        v.as_object()?;
        Some(AcceptedV2 {
            scheme: req_str(v, "scheme")?,
            network: req_str(v, "network")?,
            amount: req_str(v, "amount")?,
            asset: req_str(v, "asset")?,
            pay_to: req_str(v, "payTo")?,
            session_cert: match v.get("extra").map(|e| e.get("sessionCert")) {
                None | Some(None) => None,
                Some(Some(c)) => Some(c.as_str()?.to_owned()),
            },
        })
    }
}

// ---- writing ----

pub(crate) fn write_extra(w: &mut Writer, extra: &AssetDomain) {
    w.key("extra").open_obj();
    if !extra.name.is_empty() || !extra.version.is_empty() {
        w.key("name").str(&extra.name).key("version").str(&extra.version);
    }
    if extra.permit2 {
        w.key("assetTransferMethod").str("permit2");
    }
    if let Some(f) = &extra.facilitator {
        w.key("facilitatorAddress").str(f);
    }
    if let Some(c) = &extra.session_cert {
        w.key("sessionCert").str(c);
    }
    w.close_obj();
}

fn write_u64(w: &mut Writer, v: u64) {
    // Our timeouts are at most 3600; clamp rather than wrap if that ever changes.
    w.int(i64::try_from(v).unwrap_or(i64::MAX));
}

impl RequirementsV1 {
    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("scheme").str(&self.scheme).key("network").str(&self.network);
        w.key("maxAmountRequired").str(&self.max_amount_required).key("resource").str(&self.resource);
        w.key("description").str(&self.description).key("mimeType").str(&self.mime_type);
        w.key("payTo").str(&self.pay_to).key("maxTimeoutSeconds");
        write_u64(w, self.max_timeout_seconds);
        w.key("asset").str(&self.asset);
        write_extra(w, &self.extra);
        w.close_obj();
    }
}

impl RequirementsV2 {
    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("scheme").str(&self.scheme).key("network").str(&self.network);
        w.key("amount").str(&self.amount).key("asset").str(&self.asset).key("payTo").str(&self.pay_to);
        w.key("maxTimeoutSeconds");
        write_u64(w, self.max_timeout_seconds);
        write_extra(w, &self.extra);
        w.close_obj();
    }
}

/// v1 payment payload as sent to a facilitator.
pub fn write_payload_v1(w: &mut Writer, scheme: &str, network: &str, payload: &SignedPayload) {
    w.open_obj().key("x402Version").int(1).key("scheme").str(scheme).key("network").str(network);
    w.key("payload");
    payload.write(w);
    w.close_obj();
}

/// v2 payment payload as sent to a facilitator.
pub fn write_payload_v2(w: &mut Writer, resource: Option<&ResourceInfo>, accepted: &RequirementsV2, payload: &SignedPayload) {
    w.open_obj().key("x402Version").int(2);
    if let Some(r) = resource {
        w.key("resource");
        r.write(w);
    }
    w.key("accepted");
    accepted.write(w);
    w.key("payload");
    payload.write(w);
    w.close_obj();
}

// ---- decoding ----

/// Decodes a `PAYMENT-SIGNATURE` / `X-PAYMENT` header value.
pub fn decode_payment_header(header: &str) -> Result<Payment, X402Error> {
    if header.len() > MAX_PAYMENT_HEADER_LEN {
        return Err(X402Error::HeaderTooLarge);
    }
    let json = b64::decode_std(header).ok_or(X402Error::InvalidBase64)?;
    decode_payment_json(&json)
}

/// Decodes the JSON inside a payment header (already base64-decoded).
pub fn decode_payment_json(text: &[u8]) -> Result<Payment, X402Error> {
    let doc = json::parse(text).ok_or(X402Error::InvalidJson)?;
    if doc.as_object().is_none() {
        return Err(X402Error::InvalidJson);
    }
    let version = match doc.get("x402Version") {
        None | Some(Json::Null) => return Err(X402Error::UnsupportedVersion),
        Some(Json::Num(Num::U(v))) => *v,
        // Any other number (-1, 1.5) is a version we do not speak; a string is a shape error.
        Some(Json::Num(_)) => return Err(X402Error::UnsupportedVersion),
        Some(_) => return Err(X402Error::InvalidJson),
    };
    let bad = || X402Error::InvalidJson;
    let payload = || SignedPayload::from_json(doc.get("payload")?);
    match version {
        1 => Ok(Payment {
            x402_version: 1,
            scheme: req_str(&doc, "scheme").ok_or_else(bad)?,
            network: req_str(&doc, "network").ok_or_else(bad)?,
            accepted: None,
            resource: None,
            payload: payload().ok_or_else(bad)?,
        }),
        2 => {
            let accepted = doc.get("accepted").and_then(AcceptedV2::from_json).ok_or_else(bad)?;
            let resource = match doc.get("resource") {
                None | Some(Json::Null) => None,
                Some(r) => Some(ResourceInfo::from_json(r).ok_or_else(bad)?),
            };
            let mut payload = payload().ok_or_else(bad)?;
            if let (SignedPayload::Permit2(p), Some(cert)) = (&mut payload, &accepted.session_cert) {
                p.session_cert = Some(cert.clone());
            }
            Ok(Payment {
                x402_version: 2,
                scheme: accepted.scheme.clone(),
                network: accepted.network.clone(),
                accepted: Some(accepted),
                resource,
                payload,
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
        b64::encode_std(s.as_bytes())
    }

    #[test]
    fn decodes_v1_and_caip2_mix() {
        let p = decode_payment_header(&b64(&v1_json("base-sepolia"))).unwrap();
        assert_eq!(p.x402_version, 1);
        assert_eq!(p.scheme, "exact");
        assert_eq!(p.network, "base-sepolia");
        assert!(p.accepted.is_none());
        assert_eq!(p.payload.exact().authorization.value, "10000");
        assert_eq!(p.payload.exact().signature, SIG_A);
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
        let urlsafe = b64::encode_url(&[0xfbu8, 0xff, 0xfe]);
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
        assert_eq!(decode_payment_header(&b64::encode_std(&raw)), Err(X402Error::InvalidJson));
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
