//! The facilitator's wire format: a `{x402Version, paymentPayload, paymentRequirements}`
//! request body read strictly, and the requirements written back for the ledger.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{write_json, Json, Num, Writer};
use crate::x402::model::{decode_payment_json, Payment};
use crate::x402::requirements::Requirements;
use super::answer::Refusal;
use super::{MAX_BODY_LEN, MAX_DESCRIPTION_LEN, MAX_MIME_LEN, MAX_RESOURCE_LEN};

/// `paymentRequirements` as the caller sent them (v1 or v2 shape).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireRequirements {
    pub scheme: String,
    pub network: String,
    /// v1 `maxAmountRequired`, v2 `amount`.
    pub amount: String,
    pub asset: String,
    pub pay_to: String,
    pub max_timeout_seconds: u64,
    pub resource: Option<String>,
    pub description: Option<String>,
    pub mime_type: Option<String>,
    pub extra_name: Option<String>,
    pub extra_version: Option<String>,
    /// `extra.assetTransferMethod` (`eip3009`, `permit2`).
    pub extra_transfer: Option<String>,
}

/// A parsed facilitator request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacilitatorRequest {
    pub x402_version: u8,
    pub payment: Payment,
    pub requirements: WireRequirements,
}

pub(crate) fn version_of(v: Option<&Json>) -> Result<u8, Refusal> {
    match v {
        Some(Json::Num(Num::U(1))) => Ok(1),
        Some(Json::Num(Num::U(2))) => Ok(2),
        Some(Json::Num(_)) | None | Some(Json::Null) => {
            Err(Refusal::new(400, "invalid_x402_version", "x402Version must be 1 or 2"))
        }
        Some(_) => Err(Refusal::new(400, "invalid_payload", "x402Version must be a number")),
    }
}

pub(crate) fn bad_requirements(message: &str) -> Refusal {
    Refusal::new(400, "invalid_payment_requirements", message)
}

/// A string member: absent/null → None; too long or another type → a 400 refusal.
pub(crate) fn opt_field(obj: &Json, key: &str, max: usize) -> Result<Option<String>, Refusal> {
    match obj.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(s)) if s.len() <= max => Ok(Some(s.clone())),
        Some(Json::Str(_)) => Err(bad_requirements("paymentRequirements has an over-long string")),
        Some(_) => Err(bad_requirements("paymentRequirements has a member of the wrong type")),
    }
}

pub(crate) fn req_field(obj: &Json, key: &str) -> Result<String, Refusal> {
    opt_field(obj, key, 256)?.ok_or_else(|| bad_requirements("paymentRequirements is missing a required member"))
}

pub(crate) fn parse_requirements(v: &Json, version: u8) -> Result<WireRequirements, Refusal> {
    if v.as_object().is_none() {
        return Err(bad_requirements("paymentRequirements must be an object"));
    }
    let amount_key = if version == 1 { "maxAmountRequired" } else { "amount" };
    let max_timeout_seconds = match v.get("maxTimeoutSeconds") {
        Some(Json::Num(Num::U(n))) => *n,
        None | Some(Json::Null) => return Err(bad_requirements("paymentRequirements is missing a required member")),
        Some(Json::Num(_)) => {
            return Err(bad_requirements("paymentRequirements.maxTimeoutSeconds must be an integer from 7 to 3600"))
        }
        Some(_) => return Err(bad_requirements("paymentRequirements has a member of the wrong type")),
    };
    let (extra_name, extra_version, extra_transfer) = match v.get("extra") {
        None | Some(Json::Null) => (None, None, None),
        Some(e @ Json::Obj(_)) => (opt_field(e, "name", 256)?, opt_field(e, "version", 256)?, opt_field(e, "assetTransferMethod", 32)?),
        Some(_) => return Err(bad_requirements("paymentRequirements.extra must be an object")),
    };
    Ok(WireRequirements {
        scheme: req_field(v, "scheme")?,
        network: req_field(v, "network")?,
        amount: req_field(v, amount_key)?,
        asset: req_field(v, "asset")?,
        pay_to: req_field(v, "payTo")?,
        max_timeout_seconds,
        resource: opt_field(v, "resource", MAX_RESOURCE_LEN)?,
        description: opt_field(v, "description", MAX_DESCRIPTION_LEN)?,
        mime_type: opt_field(v, "mimeType", MAX_MIME_LEN)?,
        extra_name,
        extra_version,
        extra_transfer,
    })
}

/// Parses `{x402Version, paymentPayload, paymentRequirements}` strictly: at most
/// [`MAX_BODY_LEN`] bytes, one JSON object, no duplicated key anywhere, versions 1/2 and
/// equal at both levels, the payload in the shape of its version (as a payment header's
/// content), the requirements in the shape of theirs (v1 `maxAmountRequired`, v2 `amount`).
pub fn parse_request(body: &str) -> Result<FacilitatorRequest, Refusal> {
    if body.len() > MAX_BODY_LEN {
        return Err(Refusal::new(413, "invalid_payload", "request body is too large"));
    }
    let doc = crate::json::parse(body.as_bytes())
        .filter(|d| d.as_object().is_some())
        .ok_or_else(|| Refusal::new(400, "invalid_payload", "request body must be a JSON object {x402Version, paymentPayload, paymentRequirements}"))?;
    let version = version_of(doc.get("x402Version"))?;
    let payload = match doc.get("paymentPayload") {
        Some(p @ Json::Obj(_)) => p,
        _ => return Err(Refusal::new(400, "invalid_payload", "paymentPayload must be an object")),
    };
    if version_of(payload.get("x402Version"))? != version {
        return Err(Refusal::new(400, "invalid_x402_version", "paymentPayload.x402Version differs from x402Version"));
    }
    let mut w = Writer::new();
    write_json(&mut w, payload);
    let payment = decode_payment_json(w.finish().as_bytes()).map_err(|e| {
        let mut r = Refusal::from_info(&e.info());
        r.status = 400;
        r.message = "paymentPayload is not a valid x402 exact/EVM payment payload".into();
        r
    })?;
    let requirements = match doc.get("paymentRequirements") {
        Some(r) => parse_requirements(r, version)?,
        None => return Err(bad_requirements("paymentRequirements is missing")),
    };
    Ok(FacilitatorRequest { x402_version: version, payment, requirements })
}

/// The accepted requirements in v2 wire shape plus `resource` and `description` (no secret);
/// kept in the ledger row, so the row can be settled again later ([`config_for`]) without
/// the caller.
pub fn write_requirements(w: &mut Writer, req: &Requirements) {
    let v2 = req.to_v2();
    w.open_obj().key("scheme").str(&v2.scheme).key("network").str(&v2.network);
    w.key("amount").str(&v2.amount).key("asset").str(&v2.asset).key("payTo").str(&v2.pay_to);
    w.key("maxTimeoutSeconds").int(i64::try_from(v2.max_timeout_seconds).unwrap_or(i64::MAX));
    crate::x402::model::write_extra(w, &v2.extra);
    w.key("resource").str(&req.resource).key("description").str(&req.description).close_obj();
}

