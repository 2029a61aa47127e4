//! x402-facilitator: a generic x402 facilitator (the verify/settle/supported REST calls) in front of the
//! same local rules and OKX calls as the paywall.
//!
//! A caller (some resource server) sends `{x402Version, paymentPayload, paymentRequirements}`.
//! We parse it strictly, accept the caller's requirements only for an asset we know (the
//! assets table, or the configured `X402_ASSET`) with the table's EIP-712 domain, and only
//! for a recipient on our allow-list (`X402_FACILITATOR_PAY_TO`, default `PAYMENT_RECIPIENT`),
//! then run [`verify::verify`]. An accepted request yields the verified payment and the
//! paywall configuration that sells exactly the caller's requirements
//! ([`FacilitatorConfig::paywall_config`]), so the paywall's OKX request builders produce
//! exactly the requests the paywall would send for them. JS does the I/O (ledger, OKX) as
//! for the paywall.

use crate::env::Env;
use crate::json::{Json, Num, Writer};

use crate::x402::address::Address;
use crate::x402::assets;
use crate::x402::config::{PaywallConfig, ENV_KEYS};
use crate::x402::settle::Backend;
use crate::x402::error::ErrorInfo;
use crate::x402::model::{decode_payment_json, Payment};
use crate::x402::reply::{self, Reply};
use crate::x402::network::{self, CHAINS};
use crate::x402::requirements::{AssetDomainConfig, Requirements, SCHEME_EXACT};
use crate::x402::u256::U256;
use crate::x402::verify::{self, VerifiedPayment};

/// The allow-list of recipients this facilitator settles for (comma-separated addresses).
pub const PAY_TO_KEY: &str = "X402_FACILITATOR_PAY_TO";
/// Largest request body accepted (a payment is well under 2 KiB).
pub const MAX_BODY_LEN: usize = 16 * 1024;
/// Longest `resource` URL / `description` / `mimeType` accepted in requirements.
pub const MAX_RESOURCE_LEN: usize = 2048;
pub const MAX_DESCRIPTION_LEN: usize = 1024;
pub const MAX_MIME_LEN: usize = 255;
/// Most recipients in the allow-list.
pub const MAX_PAY_TO: usize = 64;

/// The secrets the facilitator reads, comma-separated: the paywall's, plus the allow-list.
/// (Joined directly: a `Vec` to join afterwards cost a few hundred bytes of .wasm.)
pub fn env_keys() -> String {
    let mut keys = String::new();
    for key in ENV_KEYS {
        keys.push_str(key);
        keys.push(',');
    }
    keys.push_str(PAY_TO_KEY);
    keys
}

/// Loaded from the secrets: the allow-list, and the validated backend, `RPC_URL` and
/// configured asset (through `PaywallConfig`).
#[derive(Clone, Debug)]
pub struct FacilitatorConfig {
    pub pay_to: Vec<Address>,
    /// The paywall configuration with a placeholder price: its `backend`, `rpc_urls`,
    /// `chain_id` and `asset` (the configured `X402_ASSET`, which may be a custom token) are
    /// what we use.
    pub base: PaywallConfig,
}

/// A refusal: HTTP status (200 for a payment that is merely invalid), x402 reason, message,
/// and what is known of the payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub status: u16,
    pub reason: String,
    pub message: String,
    /// The authorization's `from` (lowercase), when the payload got that far.
    pub payer: Option<String>,
    /// CAIP-2 network of the requirements, when readable ("" otherwise).
    pub network: String,
}

impl Refusal {
    fn new(status: u16, reason: &str, message: &str) -> Refusal {
        Refusal { status, reason: reason.into(), message: message.into(), payer: None, network: String::new() }
    }

    fn from_info(info: &ErrorInfo) -> Refusal {
        // A payment refusal (402 in the paywall's vocabulary) is a normal answer here.
        let status = match info.status {
            402 => 200,
            s @ 400..=599 => s,
            _ => 500,
        };
        Refusal { status, reason: info.reason.clone(), message: info.message.clone(), payer: None, network: String::new() }
    }

    fn error_fields(&self, w: &mut Writer) {
        if self.status != 200 {
            w.key("error").str(&self.reason).key("message").str(&self.message);
            w.key("statusCode").int(i64::from(self.status));
        }
    }

    /// `{isValid:false, invalidReason, invalidMessage, payer?}` (+ `{error, message, statusCode}`
    /// when the status is not 200).
    pub fn verify_body(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("isValid").bool(false).key("invalidReason").str(&self.reason);
        w.key("invalidMessage").str(&self.message);
        if let Some(p) = &self.payer {
            w.key("payer").str(p);
        }
        self.error_fields(&mut w);
        w.close_obj();
        w.finish()
    }

    /// `{success:false, errorReason, errorMessage, transaction:"", network, payer}` (+ the
    /// error fields when the status is not 200).
    pub fn settle_body(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("success").bool(false).key("errorReason").str(&self.reason);
        w.key("errorMessage").str(&self.message).key("transaction").str("");
        w.key("network").str(&self.network).key("payer").str(self.payer.as_deref().unwrap_or(""));
        self.error_fields(&mut w);
        w.close_obj();
        w.finish()
    }

    /// The answer to `op`: its refusal body (`verify`, `settle`), or the `{error, message,
    /// statusCode}` JSON for any other operation; `Retry-After` on 503.
    pub fn reply(&self, op: Op) -> Reply {
        let info = ErrorInfo { status: self.status, reason: self.reason.clone(), message: self.message.clone() };
        let mut r = reply::error(&info);
        r.status = self.status;
        match op {
            Op::Verify => r.body = self.verify_body(),
            Op::Settle => r.body = self.settle_body(),
            Op::Other => {}
        }
        r
    }
}

/// Which answer a facilitator operation gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Verify,
    Settle,
    /// `supported`, or an operation not yet known.
    Other,
}

impl Op {
    pub fn named(name: &str) -> Op {
        match name {
            "verify" => Op::Verify,
            "settle" => Op::Settle,
            _ => Op::Other,
        }
    }
}

/// A 200 JSON answer.
pub fn ok_reply(body: String) -> Reply {
    Reply { status: 200, headers: vec![("Content-Type", "application/json".into())], body }
}

/// `env` with `overrides` (None = unset) replacing the named secrets.
fn with_overrides(env: &[(String, Json)], overrides: &[(&str, Option<String>)]) -> Vec<(String, Json)> {
    let mut out: Vec<(String, Json)> =
        env.iter().filter(|(k, _)| !overrides.iter().any(|(o, _)| o == k)).cloned().collect();
    for (k, v) in overrides {
        if let Some(v) = v {
            out.push(((*k).into(), Json::Str(v.clone())));
        }
    }
    out
}

fn config_error(reason: &str, message: String) -> ErrorInfo {
    ErrorInfo { status: 500, reason: reason.into(), message }
}

impl FacilitatorConfig {
    /// Reads the allow-list and validates the rest of the secrets the paywall way. Without
    /// an allow-list every request is refused with a configuration error.
    pub fn from_env(env: &[(String, Json)]) -> Result<FacilitatorConfig, ErrorInfo> {
        let secrets = Env::new(env);
        let (name, list) = match (secrets.get(PAY_TO_KEY), secrets.get("PAYMENT_RECIPIENT")) {
            (Some(l), _) => (PAY_TO_KEY, l),
            (None, Some(r)) => ("PAYMENT_RECIPIENT", r),
            (None, None) => {
                return Err(config_error(
                    "missing_secret",
                    crate::x402::codec::cat(&[PAY_TO_KEY, " (or PAYMENT_RECIPIENT) is not set: the facilitator settles only for the recipients listed there, so it refuses every request until one is set"]),
                ))
            }
        };
        let mut pay_to = Vec::new();
        for item in list.split(',') {
            match Address::parse(item.trim()) {
                Some(a) if a.0 != [0; 20] => {
                    if !pay_to.contains(&a) {
                        pay_to.push(a);
                    }
                }
                _ => {
                    return Err(config_error(
                        "invalid_secret",
                        crate::x402::codec::cat(&[name, " is invalid: must be a comma-separated list of EVM addresses (0x + 40 hex digits, not the zero address)"]),
                    ))
                }
            }
        }
        if pay_to.len() > MAX_PAY_TO {
            return Err(config_error("invalid_secret", crate::x402::codec::cat(&[name, " is invalid: at most 64 recipients"])));
        }
        // The paywall's own loader validates OKX keys, mock mode, network and asset; the
        // price and recipient are placeholders (the caller's requirements carry the real ones).
        let probe = with_overrides(env, &[("PAYMENT_RECIPIENT", Some(pay_to[0].to_hex())), ("X402_PRICE", Some("1".into()))]);
        let base = PaywallConfig::from_env(&probe).map_err(|e| e.info())?;
        Ok(FacilitatorConfig { pay_to, base })
    }

    pub fn is_mock(&self) -> bool {
        self.base.backend == Backend::Mock
    }

    /// The asset at `address` on `chain_id` with its EIP-712 domain, if we know it.
    pub fn asset(&self, chain_id: u64, address: &Address) -> Option<AssetDomainConfig> {
        if let Some(a) = assets::find_asset(chain_id, address) {
            return Some(AssetDomainConfig {
                address: a.address,
                name: a.name.into(),
                version: a.version.into(),
                domain_separator: a.domain_separator,
            });
        }
        (chain_id == self.base.chain_id && *address == self.base.asset.address).then(|| self.base.asset.clone())
    }

    /// Networks we accept: every chain of the assets table, plus the configured one; only
    /// the configured one when we settle on chain ourselves (`RPC_URL` serves one chain).
    pub fn chains(&self) -> Vec<u64> {
        if self.base.backend == Backend::Direct {
            return vec![self.base.chain_id];
        }
        let mut ids: Vec<u64> = Vec::new();
        for id in assets::ASSETS.iter().map(|a| a.chain_id).chain([self.base.chain_id]) {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// The paywall configuration that sells exactly `req`: the caller's recipient, amount,
    /// network, asset and domain, timeout and description; our backend and `RPC_URL`.
    pub fn paywall_config(&self, req: &Requirements) -> PaywallConfig {
        PaywallConfig {
            pay_to: req.pay_to,
            price: req.amount,
            chain_id: req.chain_id,
            asset: req.asset.clone(),
            description: req.description.clone(),
            max_timeout_seconds: req.max_timeout_seconds,
            max_validity_seconds: req.max_validity_seconds,
            backend: self.base.backend.clone(),
            rpc_urls: self.base.rpc_urls.clone(),
            knobs: self.base.knobs,
        }
    }

    /// The secrets as the paywall would need them to sell exactly `req` (JSON object text):
    /// what [`FacilitatorConfig::paywall_config`] must agree with.
    #[cfg(test)]
    pub fn paywall_env(&self, req: &Requirements, env: &[(String, Json)]) -> String {
        let in_table = assets::find_asset(req.chain_id, &req.asset.address).is_some();
        let custom = |v: &str| if in_table { None } else { Some(v.to_owned()) };
        let env = with_overrides(
            env,
            &[
                ("PAYMENT_RECIPIENT", Some(req.pay_to.to_hex())),
                ("X402_PRICE", Some(req.amount.to_dec_string())),
                ("X402_NETWORK", Some(req.network())),
                ("X402_ASSET", Some(req.asset.address.to_hex())),
                ("X402_ASSET_NAME", custom(&req.asset.name)),
                ("X402_ASSET_VERSION", custom(&req.asset.version)),
                ("X402_MAX_TIMEOUT_SECONDS", Some(crate::x402::codec::decimal(req.max_timeout_seconds))),
                ("X402_DESCRIPTION", Some(req.description.clone()).filter(|d| !d.is_empty())),
            ],
        );
        let mut w = Writer::new();
        w.open_obj();
        for (k, v) in &env {
            if let Json::Str(s) = v {
                w.key(k).str(s);
            }
        }
        w.close_obj();
        w.finish()
    }
}

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
}

/// A parsed facilitator request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacilitatorRequest {
    pub x402_version: u8,
    pub payment: Payment,
    pub requirements: WireRequirements,
}

/// Writes a parsed value back as JSON text for `decode_payment_json`. A number that is not a
/// 64-bit integer is written as `0.5`: its value never matters there (a non-integer
/// `x402Version` is an unsupported version whatever it is; anywhere else a number is a type
/// error or ignored).
fn write_json(w: &mut Writer, v: &Json) {
    match v {
        Json::Null => {
            w.null();
        }
        Json::Bool(b) => {
            w.bool(*b);
        }
        Json::Num(Num::U(u)) => {
            let mut s = String::new();
            crate::json::push_u64(&mut s, *u);
            w.raw(&s);
        }
        Json::Num(Num::I(i)) => {
            w.int(*i);
        }
        Json::Num(Num::Other) => {
            w.raw("0.5");
        }
        Json::Str(s) => {
            w.str(s);
        }
        Json::Arr(items) => {
            w.open_arr();
            for i in items {
                write_json(w, i);
            }
            w.close_arr();
        }
        Json::Obj(entries) => {
            w.open_obj();
            for (k, v) in entries {
                w.key(k);
                write_json(w, v);
            }
            w.close_obj();
        }
    }
}

fn version_of(v: Option<&Json>) -> Result<u8, Refusal> {
    match v {
        Some(Json::Num(Num::U(1))) => Ok(1),
        Some(Json::Num(Num::U(2))) => Ok(2),
        Some(Json::Num(_)) | None | Some(Json::Null) => {
            Err(Refusal::new(400, "invalid_x402_version", "x402Version must be 1 or 2"))
        }
        Some(_) => Err(Refusal::new(400, "invalid_payload", "x402Version must be a number")),
    }
}

fn bad_requirements(message: &str) -> Refusal {
    Refusal::new(400, "invalid_payment_requirements", message)
}

/// A string member: absent/null → None; too long or another type → a 400 refusal.
fn opt_field(obj: &Json, key: &str, max: usize) -> Result<Option<String>, Refusal> {
    match obj.get(key) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::Str(s)) if s.len() <= max => Ok(Some(s.clone())),
        Some(Json::Str(_)) => Err(bad_requirements("paymentRequirements has an over-long string")),
        Some(_) => Err(bad_requirements("paymentRequirements has a member of the wrong type")),
    }
}

fn req_field(obj: &Json, key: &str) -> Result<String, Refusal> {
    opt_field(obj, key, 256)?.ok_or_else(|| bad_requirements("paymentRequirements is missing a required member"))
}

fn parse_requirements(v: &Json, version: u8) -> Result<WireRequirements, Refusal> {
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
    let (extra_name, extra_version) = match v.get("extra") {
        None | Some(Json::Null) => (None, None),
        Some(e @ Json::Obj(_)) => (opt_field(e, "name", 256)?, opt_field(e, "version", 256)?),
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

fn refuse(reason: &str, message: &str) -> Refusal {
    Refusal::new(200, reason, message)
}

/// Maps the caller's requirements onto ours: known network and asset, the table's EIP-712
/// domain (a disagreeing `extra` is refused), an allowed recipient, a positive amount.
pub fn requirements(config: &FacilitatorConfig, wire: &WireRequirements) -> Result<Requirements, Refusal> {
    if wire.scheme != SCHEME_EXACT {
        return Err(refuse("invalid_scheme", "only the \"exact\" scheme is supported"));
    }
    let chain_id = network::chain_id(&wire.network)
        .filter(|id| config.chains().contains(id))
        .ok_or_else(|| refuse("invalid_network", "this facilitator does not support the network of paymentRequirements"))?;
    let address = Address::parse(&wire.asset)
        .ok_or_else(|| refuse("invalid_payment_requirements", "paymentRequirements.asset must be a token address"))?;
    let asset = config.asset(chain_id, &address).ok_or_else(|| {
        refuse("invalid_payment_requirements", "paymentRequirements.asset is not a token this facilitator knows on that network")
    })?;
    if wire.extra_name.as_deref().is_some_and(|n| n != asset.name) || wire.extra_version.as_deref().is_some_and(|v| v != asset.version) {
        return Err(refuse(
            "invalid_payment_requirements",
            "paymentRequirements.extra (EIP-712 name/version) contradicts the token's on-chain domain",
        ));
    }
    let pay_to = Address::parse(&wire.pay_to)
        .ok_or_else(|| refuse("invalid_payment_requirements", "paymentRequirements.payTo must be an EVM address"))?;
    if !config.pay_to.contains(&pay_to) {
        return Err(refuse("invalid_payment_requirements", "paymentRequirements.payTo is not a recipient this facilitator settles for"));
    }
    let amount = U256::from_dec_str(&wire.amount)
        .filter(|a| !a.is_zero())
        .ok_or_else(|| refuse("invalid_payment_requirements", "the required amount must be a positive integer in atomic units"))?;
    if !(7..=super::config::MAX_MAX_TIMEOUT_SECONDS).contains(&wire.max_timeout_seconds) {
        return Err(refuse("invalid_payment_requirements", "paymentRequirements.maxTimeoutSeconds must be from 7 to 3600"));
    }
    Ok(Requirements {
        chain_id,
        amount,
        asset,
        pay_to,
        max_timeout_seconds: wire.max_timeout_seconds,
        resource: wire.resource.clone().unwrap_or_default(),
        description: wire.description.as_deref().map(str::trim).unwrap_or_default().to_owned(),
        mime_type: "application/json".into(),
        // The window check in `check` (verify::check_window): the caller's maxTimeoutSeconds
        // does not bound validBefore (no official facilitator lets it); our own opt-in cap does.
        max_validity_seconds: config.base.max_validity_seconds,
    })
}

/// An accepted request: the verified payment, the requirements, and the paywall
/// configuration for them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    pub payment: VerifiedPayment,
    pub requirements: Requirements,
    pub config: PaywallConfig,
    pub mock: bool,
}

/// The whole local check of a facilitator request at unix time `now`.
pub fn check(config: &FacilitatorConfig, body: &str, now: u64) -> Result<Accepted, Refusal> {
    let request = parse_request(body)?;
    let payer = Address::parse(&request.payment.payload.authorization.from).map(|a| a.to_hex());
    let with_context = |mut r: Refusal, network: String| {
        r.payer = payer.clone();
        r.network = network;
        r
    };
    let wire_network = network::chain_id(&request.requirements.network).map(network::caip2).unwrap_or_default();
    let mut req = requirements(config, &request.requirements).map_err(|r| with_context(r, wire_network.clone()))?;
    // v2 payloads may name their resource; v1 requirements do.
    if req.resource.is_empty() {
        if let Some(r) = request.payment.resource.as_ref().filter(|r| r.url.len() <= MAX_RESOURCE_LEN) {
            req.resource = r.url.clone();
        }
    }
    let payment = verify::verify(&request.payment, &req, now).map_err(|e| with_context(Refusal::from_info(&e.info()), req.network()))?;
    Ok(Accepted { config: config.paywall_config(&req), payment, mock: config.is_mock(), requirements: req })
}

/// The accepted requirements in v2 wire shape plus `resource` and `description` (no secret);
/// kept in the ledger row, so the row can be settled again later ([`config_for`]) without
/// the caller.
pub fn write_requirements(w: &mut Writer, req: &Requirements) {
    let v2 = req.to_v2();
    w.open_obj().key("scheme").str(&v2.scheme).key("network").str(&v2.network);
    w.key("amount").str(&v2.amount).key("asset").str(&v2.asset).key("payTo").str(&v2.pay_to);
    w.key("maxTimeoutSeconds").int(i64::try_from(v2.max_timeout_seconds).unwrap_or(i64::MAX));
    w.key("extra").open_obj().key("name").str(&v2.extra.name).key("version").str(&v2.extra.version).close_obj();
    w.key("resource").str(&req.resource).key("description").str(&req.description).close_obj();
}

/// The requirements stored by [`write_requirements`] (e.g. in a ledger row), checked again
/// against the current allow-list and assets.
pub fn stored_requirements(config: &FacilitatorConfig, stored: &Json) -> Result<Requirements, Refusal> {
    if stored.as_object().is_none() {
        return Err(bad_requirements("stored requirements are not a JSON object"));
    }
    requirements(config, &parse_requirements(stored, 2)?)
}

/// `{isValid:true, payer}`.
pub fn verified_body(payment: &VerifiedPayment) -> String {
    let mut w = Writer::new();
    w.open_obj().key("isValid").bool(true).key("payer").str(&payment.payer).close_obj();
    w.finish()
}

/// `{success:true, transaction, network, payer}`.
pub fn settled_body(payment: &VerifiedPayment, tx_hash: &str) -> String {
    let mut w = Writer::new();
    w.open_obj().key("success").bool(true).key("transaction").str(tx_hash);
    w.key("network").str(&payment.network).key("payer").str(&payment.payer).close_obj();
    w.finish()
}

/// A failure after local verification (OKX refused or was unreachable, the ledger failed),
/// as a [`Refusal`] carrying the payment's payer and network.
pub fn failed(payment: Option<&VerifiedPayment>, info: &ErrorInfo) -> Refusal {
    let mut r = Refusal::from_info(info);
    if let Some(p) = payment {
        r.payer = Some(p.payer.clone());
        r.network = p.network.clone();
    }
    r
}

/// `{kinds:[{x402Version, scheme, network}…]}`: both versions, exact, every accepted chain
/// (CAIP-2; v1 also under its v1 name).
pub fn supported_body(config: &FacilitatorConfig) -> String {
    let mut w = Writer::new();
    w.open_obj().key("kinds").open_arr();
    for version in [1, 2] {
        for id in config.chains() {
            let mut names = vec![network::caip2(id)];
            if version == 1 {
                if let Some(c) = CHAINS.iter().find(|c| c.chain_id == id) {
                    names.push(c.v1_name.into());
                }
            }
            for n in names {
                w.open_obj().key("x402Version").int(version).key("scheme").str(SCHEME_EXACT);
                w.key("network").str(&n).close_obj();
            }
        }
    }
    w.close_arr().close_obj();
    w.finish()
}

/// The configuration error of [`FacilitatorConfig::from_env`] as a refusal.
pub fn config_refusal(info: &ErrorInfo) -> Refusal {
    Refusal::from_info(info)
}

#[cfg(test)]
mod tests {
    use crate::x402::config::tests::RECIPIENT;
    use crate::x402::eip712::domain_separator;
    use crate::x402::model::Authorization;
    use crate::x402::error::X402Error;
    use crate::x402::verify::tests::{auth, sign, NOW};
    use super::*;
    use serde_json::{json, Value};

    const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
    const OTHER: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, Json)> {
        let mut m = serde_json::Map::new();
        for (k, v) in [("PAYMENT_RECIPIENT", RECIPIENT), ("OKX_API_KEY", "key"), ("OKX_SECRET_KEY", "test-secret"), ("OKX_PASSPHRASE", "pass")] {
            m.insert(k.into(), v.into());
        }
        for (k, v) in pairs {
            if v.is_empty() {
                m.remove(*k);
            } else {
                m.insert((*k).into(), (*v).into());
            }
        }
        crate::json::entries(&Value::Object(m))
    }

    fn config(pairs: &[(&str, &str)]) -> FacilitatorConfig {
        FacilitatorConfig::from_env(&env(pairs)).unwrap()
    }

    /// The verify tests' requirements (USDG, 1000, RECIPIENT, 60 s) in v2 wire shape.
    fn wire_v2() -> Value {
        json!({"scheme": "exact", "network": "eip155:196", "amount": "1000", "asset": USDG, "payTo": RECIPIENT,
            "maxTimeoutSeconds": 60, "extra": {"name": "Global Dollar", "version": "1"}})
    }

    fn wire_v1() -> Value {
        json!({"scheme": "exact", "network": "eip155:196", "maxAmountRequired": "1000", "resource": "https://x.test/functions/paid",
            "description": "", "mimeType": "application/json", "payTo": RECIPIENT, "maxTimeoutSeconds": 60, "asset": USDG,
            "extra": {"name": "Global Dollar", "version": "1"}})
    }

    fn req_of(c: &FacilitatorConfig, wire: &Value, version: u8) -> Requirements {
        requirements(c, &parse_requirements(&crate::json::from_serde(wire), version).unwrap()).unwrap()
    }

    fn signed(a: &Authorization, req: &Requirements) -> Value {
        json!({"signature": sign(a, req), "authorization": {"from": a.from, "to": a.to, "value": a.value,
            "validAfter": a.valid_after, "validBefore": a.valid_before, "nonce": a.nonce}})
    }

    fn body_v1(a: &Authorization) -> Value {
        let c = config(&[]);
        let payload = signed(a, &req_of(&c, &wire_v1(), 1));
        json!({"x402Version": 1, "paymentPayload": {"x402Version": 1, "scheme": "exact", "network": "eip155:196", "payload": payload},
            "paymentRequirements": wire_v1()})
    }

    fn body_v2(a: &Authorization) -> Value {
        let c = config(&[]);
        let payload = signed(a, &req_of(&c, &wire_v2(), 2));
        json!({"x402Version": 2, "paymentPayload": {"x402Version": 2, "resource": {"url": "https://x.test/r"}, "accepted": wire_v2(), "payload": payload},
            "paymentRequirements": wire_v2()})
    }

    fn run(c: &FacilitatorConfig, body: &Value) -> Result<Accepted, Refusal> {
        check(c, &body.to_string(), NOW)
    }

    fn reason(c: &FacilitatorConfig, body: &Value) -> (u16, String) {
        let r = run(c, body).unwrap_err();
        (r.status, r.reason)
    }

    #[test]
    fn accepts_v1_and_v2() {
        let c = config(&[]);
        let a = run(&c, &body_v1(&auth())).unwrap();
        assert_eq!(a.payment.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assert_eq!(a.payment.resource, "https://x.test/functions/paid");
        assert_eq!(a.payment.x402_version, 1);
        assert!(!a.mock);
        let a = run(&c, &body_v2(&auth())).unwrap();
        assert_eq!((a.payment.x402_version, a.payment.resource.as_str()), (2, "https://x.test/r"));
        assert_eq!((a.mock, a.requirements.network().as_str(), a.config.chain_id), (false, "eip155:196", 196));
        assert_eq!(a.payment.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        // extra may be left out: the table supplies the domain.
        let mut b = body_v1(&auth());
        b["paymentRequirements"].as_object_mut().unwrap().remove("extra");
        assert!(run(&c, &b).is_ok());
        assert!(config(&[("MOCK_OKX_FACILITATOR", "true"), ("OKX_API_KEY", "")]).is_mock());
    }

    #[test]
    fn paywall_env_reproduces_the_requirements() {
        let c = config(&[("X402_PRICE", "5"), ("X402_ASSET_NAME", "junk"), ("X402_ASSET", "0x1111111111111111111111111111111111111111"), ("X402_ASSET_VERSION", "9")]);
        let secrets = env(&[("X402_PRICE", "5"), ("X402_ASSET_NAME", "junk"), ("X402_ASSET", "0x1111111111111111111111111111111111111111"), ("X402_ASSET_VERSION", "9")]);
        let from_env = |req: &Requirements, secrets: &[(String, Json)]| {
            PaywallConfig::from_env(&crate::json::parse_object(c.paywall_env(req, secrets).as_bytes()).unwrap()).unwrap()
        };
        let a = run(&c, &body_v1(&auth())).unwrap();
        let pc = from_env(&a.requirements, &secrets);
        assert_eq!(pc, a.config, "built directly, the same configuration as the paywall loader's");
        assert_eq!(pc.requirements(&a.payment.resource), a.requirements);
        assert_eq!(pc.backend, c.base.backend);
        // A described v2 payment, and the JSON-RPC nodes: RPC_URL's, whatever the backend.
        let mut b = body_v2(&auth());
        b["paymentRequirements"]["description"] = " Premium ".into();
        b["paymentPayload"]["accepted"]["description"] = " Premium ".into();
        let a = run(&c, &b).unwrap();
        assert_eq!((a.config.description.as_str(), a.config.rpc_urls.len()), ("Premium", 0));
        assert_eq!(from_env(&a.requirements, &secrets), a.config);
        for pairs in [vec![("RPC_URL", "https://node.example/v1")], vec![("RPC_URL", "https://node.example/v1"), ("X402_NETWORK", "eip155:8453"), ("X402_ASSET", "USDC")]] {
            let direct = config(&pairs);
            let secrets = env(&pairs);
            let mut w = wire_v2();
            w["network"] = "eip155:8453".into();
            w["asset"] = "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913".into();
            w["extra"] = json!({"name": "USD Coin", "version": "2"});
            let req = req_of(&direct, &w, 2);
            assert_eq!(direct.paywall_config(&req), PaywallConfig::from_env(&crate::json::parse_object(direct.paywall_env(&req, &secrets).as_bytes()).unwrap()).unwrap());
            assert_eq!(direct.paywall_config(&req).rpc_urls, ["https://node.example/v1"]);
        }
        let base = req_of(&c, &json!({"scheme": "exact", "network": "eip155:8453", "amount": "1", "asset": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "payTo": RECIPIENT, "maxTimeoutSeconds": 60}), 2);
        assert!(c.paywall_config(&base).rpc_urls.is_empty());
        // A custom asset carries its domain.
        let token = "0x1111111111111111111111111111111111111111";
        let mut w = wire_v2();
        w["asset"] = token.into();
        w["extra"] = json!({"name": "junk", "version": "9"});
        let req = req_of(&c, &w, 2);
        let pc = from_env(&req, &secrets);
        assert_eq!(pc, c.paywall_config(&req));
        assert_eq!(pc.requirements(""), Requirements { resource: String::new(), ..req.clone() });
        assert_eq!(req.asset.domain_separator, domain_separator("junk", "9", 196, &Address::parse(token).unwrap()));
    }

    #[test]
    fn allow_list() {
        // Default: PAYMENT_RECIPIENT.
        let c = config(&[]);
        assert_eq!(c.pay_to, vec![Address::parse(RECIPIENT).unwrap()]);
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["payTo"] = OTHER.into();
        assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
        let r = run(&c, &b).unwrap_err();
        assert!(r.message.contains("payTo"), "{}", r.message);
        assert_eq!(r.payer.as_deref(), Some("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
        // An explicit list replaces the default.
        let c = config(&[(PAY_TO_KEY, &format!(" {OTHER} , {}", RECIPIENT.to_ascii_lowercase()))]);
        assert_eq!(c.pay_to.len(), 2);
        assert!(run(&c, &body_v1(&auth())).is_ok());
        let c = config(&[(PAY_TO_KEY, OTHER)]);
        assert_eq!(reason(&c, &body_v1(&auth())).1, "invalid_payment_requirements");
        let c = config(&[(PAY_TO_KEY, OTHER), ("PAYMENT_RECIPIENT", "")]);
        assert_eq!(c.pay_to.len(), 1);
    }

    #[test]
    fn configuration_errors() {
        let e = FacilitatorConfig::from_env(&env(&[("PAYMENT_RECIPIENT", "")])).unwrap_err();
        assert_eq!((e.status, e.reason.as_str()), (500, "missing_secret"));
        assert!(e.message.contains(PAY_TO_KEY) && e.message.contains("PAYMENT_RECIPIENT"));
        for bad in ["0x12", "0x0000000000000000000000000000000000000000", &format!("{RECIPIENT},"), &format!("{RECIPIENT};{OTHER}")] {
            let e = FacilitatorConfig::from_env(&env(&[(PAY_TO_KEY, bad)])).unwrap_err();
            assert_eq!(e.reason, "invalid_secret", "{bad}");
            assert!(e.message.starts_with(PAY_TO_KEY));
        }
        let e = FacilitatorConfig::from_env(&env(&[("PAYMENT_RECIPIENT", "nope")])).unwrap_err();
        assert!(e.message.starts_with("PAYMENT_RECIPIENT"));
        let many = vec![RECIPIENT; 65].join(",");
        assert!(FacilitatorConfig::from_env(&env(&[(PAY_TO_KEY, &many)])).is_ok(), "duplicates collapse");
        // OKX keys are required unless mock; X402_PRICE is not needed.
        let e = FacilitatorConfig::from_env(&env(&[("OKX_SECRET_KEY", "")])).unwrap_err();
        assert_eq!(e.message, "OKX_SECRET_KEY is not set");
        let e = FacilitatorConfig::from_env(&env(&[("OKX_API", "v9")])).unwrap_err();
        assert_eq!(e.reason, "invalid_secret");
        let r = config_refusal(&e);
        assert_eq!(r.status, 500);
        let v: Value = serde_json::from_str(&r.verify_body()).unwrap();
        assert_eq!((v["isValid"].as_bool(), v["statusCode"].as_i64(), v["error"].as_str()), (Some(false), Some(500), Some("invalid_secret")));
    }

    #[test]
    fn unknown_networks_and_assets() {
        let c = config(&[]);
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["asset"] = "0x1111111111111111111111111111111111111111".into();
        assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
        b["paymentRequirements"]["asset"] = "USDG".into();
        assert_eq!(reason(&c, &b).1, "invalid_payment_requirements");
        // USDG's address is unknown on Base.
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["network"] = "eip155:8453".into();
        assert_eq!(reason(&c, &b).1, "invalid_payment_requirements");
        b["paymentRequirements"]["network"] = "eip155:1".into();
        assert_eq!(reason(&c, &b).1, "invalid_network");
        b["paymentRequirements"]["network"] = "solana".into();
        assert_eq!(reason(&c, &b).1, "invalid_network");
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["scheme"] = "upto".into();
        assert_eq!(reason(&c, &b).1, "invalid_scheme");
        // Known assets of other chains are accepted (Base Sepolia USDC).
        let mut w = wire_v2();
        w["network"] = "eip155:84532".into();
        w["asset"] = "0x036CbD53842c5426634e7929541eC2318f3dCF7e".into();
        w["extra"] = json!({"name": "USDC", "version": "2"});
        let req = req_of(&c, &w, 2);
        assert_eq!((req.chain_id, req.asset.name.as_str()), (84532, "USDC"));
        // The configured custom asset is known; other unknown tokens are not.
        let token = "0x2222222222222222222222222222222222222222";
        let c2 = config(&[("X402_ASSET", token), ("X402_ASSET_NAME", "Tok"), ("X402_ASSET_VERSION", "3")]);
        let mut w = wire_v2();
        w["asset"] = token.into();
        w["extra"] = json!({"name": "Tok", "version": "3"});
        assert_eq!(req_of(&c2, &w, 2).asset.name, "Tok");
        assert!(requirements(&c, &parse_requirements(&crate::json::from_serde(&w), 2).unwrap()).is_err());
        // The configured network counts as supported.
        let c3 = config(&[("X402_NETWORK", "eip155:1"), ("X402_ASSET", token), ("X402_ASSET_NAME", "Tok"), ("X402_ASSET_VERSION", "3")]);
        w["network"] = "eip155:1".into();
        assert_eq!(req_of(&c3, &w, 2).chain_id, 1);
    }

    #[test]
    fn domain_must_match_the_table() {
        let c = config(&[]);
        for (name, version) in [("USDG", "1"), ("Global Dollar", "2"), ("USDG", "2")] {
            let mut b = body_v1(&auth());
            b["paymentRequirements"]["extra"] = json!({"name": name, "version": version});
            let r = run(&c, &b).unwrap_err();
            assert_eq!((r.status, r.reason.as_str()), (200, "invalid_payment_requirements"), "{name}/{version}");
            assert!(r.message.contains("EIP-712"));
        }
        // Only one of the two given, matching: fine.
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["extra"] = json!({"name": "Global Dollar"});
        assert!(run(&c, &b).is_ok());
        b["paymentRequirements"]["extra"] = json!({"name": 5});
        assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
        b["paymentRequirements"]["extra"] = json!("Global Dollar");
        assert_eq!(reason(&c, &b).0, 400);
    }

    #[test]
    fn local_verify_rules_apply() {
        let c = config(&[]);
        // Signed for another domain (the SDK's "USDG"/"2").
        let mut other = req_of(&c, &wire_v1(), 1);
        other.asset.domain_separator = domain_separator("USDG", "2", 196, &other.asset.address);
        let mut b = body_v1(&auth());
        b["paymentPayload"]["payload"]["signature"] = sign(&auth(), &other).into();
        assert_eq!(reason(&c, &b), (200, "invalid_exact_evm_payload_signature".into()));
        let mut a = auth();
        a.value = "999".into();
        let mut b = body_v1(&a);
        assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
        b = body_v1(&auth());
        b["paymentRequirements"]["maxAmountRequired"] = "999".into();
        assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
        let mut a = auth();
        a.to = OTHER.into();
        assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_recipient_mismatch");
        let mut a = auth();
        a.valid_before = (NOW + 3).to_string();
        assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_authorization_valid_before");
        let mut a = auth();
        a.valid_after = (NOW + 1).to_string();
        assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_authorization_valid_after");
        // The caller's maxTimeoutSeconds does not bound validBefore (the official facilitators'
        // rule): validBefore = now + 60 passes requirements of 30 s.
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["maxTimeoutSeconds"] = 30.into();
        assert!(run(&c, &b).is_ok());
        // The payload's network must be the requirements'.
        let mut b = body_v1(&auth());
        b["paymentPayload"]["network"] = "eip155:8453".into();
        assert_eq!(reason(&c, &b).1, "invalid_network");
        // v2 accepted must restate the requirements.
        let mut b = body_v2(&auth());
        b["paymentPayload"]["accepted"]["amount"] = "1".into();
        assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
        let r = run(&c, &b).unwrap_err();
        assert_eq!((r.network.as_str(), r.payer.is_some()), ("eip155:196", true));
        // Amount and timeout sanity.
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["maxAmountRequired"] = "0".into();
        assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
        for t in [0, 6, 3601] {
            let mut b = body_v1(&auth());
            b["paymentRequirements"]["maxTimeoutSeconds"] = t.into();
            assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()), "{t}");
        }
    }

    #[test]
    fn strict_parsing() {
        let c = config(&[]);
        let good = body_v1(&auth()).to_string();
        for (bad, status, why) in [
            ("".to_string(), 400, "invalid_payload"),
            ("[]".into(), 400, "invalid_payload"),
            ("{".into(), 400, "invalid_payload"),
            (good.replacen("{", "{\"x402Version\":1,", 1), 400, "invalid_payload"),
            (good.replacen("\"x402Version\":1", "\"x402Version\":3", 1), 400, "invalid_x402_version"),
            (good.replacen("\"x402Version\":1", "\"x402Version\":\"1\"", 1), 400, "invalid_payload"),
            (good.replacen("\"x402Version\":1", "\"x402Version\":1.5", 1), 400, "invalid_x402_version"),
        ] {
            let r = check(&c, &bad, NOW).unwrap_err();
            assert_eq!((r.status, r.reason.as_str()), (status, why), "{bad}");
        }
        let mut b = body_v1(&auth());
        b["paymentPayload"]["x402Version"] = 2.into();
        assert_eq!(reason(&c, &b), (400, "invalid_x402_version".into()));
        let mut b = body_v1(&auth());
        b["paymentPayload"]["payload"]["authorization"]["value"] = 1000.into();
        assert_eq!(reason(&c, &b), (400, "invalid_payload".into()));
        let mut b = body_v1(&auth());
        b.as_object_mut().unwrap().remove("paymentPayload");
        assert_eq!(reason(&c, &b), (400, "invalid_payload".into()));
        let mut b = body_v1(&auth());
        b.as_object_mut().unwrap().remove("paymentRequirements");
        assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
        // v1 requirements need maxAmountRequired; v2 need amount.
        let mut b = body_v2(&auth());
        b["paymentRequirements"] = wire_v1();
        assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["maxTimeoutSeconds"] = "60".into();
        assert_eq!(reason(&c, &b).0, 400);
        b["paymentRequirements"]["maxTimeoutSeconds"] = 60.5.into();
        assert_eq!(reason(&c, &b).0, 400);
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["resource"] = "x".repeat(MAX_RESOURCE_LEN + 1).into();
        assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["payTo"] = "y".repeat(300).into();
        assert_eq!(reason(&c, &b).0, 400);
        // Size limit.
        let mut b = body_v2(&auth());
        b["paymentPayload"]["extensions"] = "z".repeat(MAX_BODY_LEN).into();
        assert_eq!(reason(&c, &b), (413, "invalid_payload".into()));
        // Unknown members (v2 extensions, outputSchema) are ignored.
        let mut b = body_v2(&auth());
        b["paymentPayload"]["extensions"] = json!({"a": [1, -2, 0.5, null, true]});
        b["paymentRequirements"]["outputSchema"] = json!({"x": 1});
        assert!(run(&c, &b).is_ok());
    }

    #[test]
    fn bodies() {
        let c = config(&[]);
        let a = run(&c, &body_v1(&auth())).unwrap();
        let v: Value = serde_json::from_str(&verified_body(&a.payment)).unwrap();
        assert_eq!(v, json!({"isValid": true, "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"}));
        let v: Value = serde_json::from_str(&settled_body(&a.payment, "0xabc")).unwrap();
        assert_eq!(v, json!({"success": true, "transaction": "0xabc", "network": "eip155:196", "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"}));
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["payTo"] = OTHER.into();
        let r = run(&c, &b).unwrap_err();
        let v: Value = serde_json::from_str(&r.verify_body()).unwrap();
        assert_eq!(v["isValid"], false);
        assert_eq!(v["invalidReason"], "invalid_payment_requirements");
        assert!(v.get("statusCode").is_none(), "200 answers carry no error fields");
        let s: Value = serde_json::from_str(&r.settle_body()).unwrap();
        assert_eq!((s["success"].as_bool(), s["transaction"].as_str(), s["network"].as_str()), (Some(false), Some(""), Some("eip155:196")));
        // Each operation answers with its own body.
        let reply = r.reply(Op::named("verify"));
        assert_eq!((reply.status, reply.body.as_str()), (200, r.verify_body().as_str()));
        assert_eq!(reply.headers, vec![("Content-Type", "application/json".to_owned())]);
        assert_eq!(r.reply(Op::named("settle")).body, r.settle_body());
        // Failures after verification.
        let r = failed(Some(&a.payment), &X402Error::from_io_code("settle_unreachable").info());
        assert_eq!((r.status, r.reason.as_str()), (503, "unexpected_settle_error"));
        let s: Value = serde_json::from_str(&r.settle_body()).unwrap();
        assert_eq!((s["statusCode"].as_i64(), s["payer"].as_str()), (Some(503), Some("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")));
        assert!(r.reply(Op::Settle).headers.contains(&("Retry-After", "5".to_owned())));
        let info = |status, reason: &str| ErrorInfo { status, reason: reason.into(), message: "m".into() };
        let r = failed(None, &info(402, "insufficient_funds"));
        assert_eq!((r.status, r.reason.as_str(), r.network.as_str()), (200, "insufficient_funds", ""));
        let r = failed(None, &info(409, "payment_in_progress"));
        assert_eq!(r.status, 409);
        let other = r.reply(Op::named("supported"));
        assert_eq!((other.status, other.body.as_str()), (409, r#"{"error":"payment_in_progress","message":"m","statusCode":409}"#));
        assert_eq!(ok_reply("{}".into()).status, 200);
    }

    #[test]
    fn stored_requirements_give_the_same_env() {
        let c = config(&[]);
        let a = run(&c, &body_v1(&auth())).unwrap();
        let mut w = Writer::new();
        write_requirements(&mut w, &a.requirements);
        let stored = crate::json::parse(w.finish().as_bytes()).unwrap();
        assert_eq!(stored.get("payTo").and_then(Json::as_str), Some(RECIPIENT.to_ascii_lowercase().as_str()));
        assert_eq!(stored.get("resource").and_then(Json::as_str), Some("https://x.test/functions/paid"));
        assert_eq!(c.paywall_config(&stored_requirements(&c, &stored).unwrap()), a.config);
        // Re-checked: a recipient removed from the allow-list no longer qualifies.
        let c2 = config(&[(PAY_TO_KEY, OTHER)]);
        assert_eq!(stored_requirements(&c2, &stored).unwrap_err().reason, "invalid_payment_requirements");
        assert_eq!(stored_requirements(&c, &Json::Arr(vec![])).unwrap_err().status, 400);
    }

    #[test]
    fn supported_kinds() {
        let v: Value = serde_json::from_str(&supported_body(&config(&[]))).unwrap();
        let kinds = v["kinds"].as_array().unwrap();
        assert!(kinds.contains(&json!({"x402Version": 2, "scheme": "exact", "network": "eip155:196"})));
        assert!(kinds.contains(&json!({"x402Version": 1, "scheme": "exact", "network": "eip155:196"})));
        assert!(kinds.contains(&json!({"x402Version": 1, "scheme": "exact", "network": "x-layer"})));
        assert!(kinds.contains(&json!({"x402Version": 2, "scheme": "exact", "network": "eip155:84532"})));
        assert!(!kinds.iter().any(|k| k["x402Version"] == 2 && k["network"] == "base"));
        assert_eq!(kinds.len(), 3 + 3 + 3);
        let keys = env_keys();
        assert!(keys.split(',').any(|k| k == PAY_TO_KEY) && keys.split(',').any(|k| k == "OKX_API"));
    }

    /// The window check at the facilitator's call site: the official facilitators' rule, the
    /// caller's maxTimeoutSeconds never a cap, our own X402_MAX_VALIDITY_SECONDS the only one.
    mod window {
        use super::*;

        fn with(valid_after: u64, valid_before: u64) -> Authorization {
            let mut a = auth();
            (a.valid_after, a.valid_before) = (valid_after.to_string(), valid_before.to_string());
            a
        }

        #[test]
        fn official_client_windows_pass_with_skewed_clocks() {
            let c = config(&[]);
            // Requirements of 300 s (the paywall's default; the official v2 resource server's).
            let timeout = |mut b: Value| {
                b["paymentRequirements"]["maxTimeoutSeconds"] = 300.into();
                if b["x402Version"] == 2 {
                    b["paymentPayload"]["accepted"]["maxTimeoutSeconds"] = 300.into();
                }
                b
            };
            for skew in [-60i64, -5, 5, 60] {
                let t = NOW.checked_add_signed(skew).unwrap();
                // v1 / x402-rs: [t − 600, t + 300]; v2: [0, t + 300]; older Go: [t − 600, t + 3600].
                for a in [with(t - 600, t + 300), with(0, t + 300), with(t - 600, t + 3600)] {
                    for body in [timeout(body_v1(&a)), timeout(body_v2(&a))] {
                        let r = run(&c, &body);
                        assert!(r.is_ok(), "skew {skew} {:?}: {:?}", (&a.valid_after, &a.valid_before), r.err());
                    }
                }
            }
            // With requirements of 60 s a payer a minute behind signs validBefore = now: refused
            // here as by every official facilitator (too late to settle).
            let behind = with(0, NOW - 60 + 60);
            assert_eq!(reason(&c, &body_v2(&behind)).1, "invalid_exact_evm_payload_authorization_valid_before");
        }

        #[test]
        fn only_our_cap_bounds_valid_before() {
            // The caller's requirements say 60 s; an hour is accepted.
            let hour = with(0, NOW + 3600);
            assert!(run(&config(&[]), &body_v2(&hour)).is_ok());
            let capped = config(&[("X402_MAX_VALIDITY_SECONDS", "120")]);
            assert_eq!(reason(&capped, &body_v2(&hour)), (200, "invalid_exact_evm_payload_authorization_valid_before".into()));
            assert!(run(&capped, &body_v2(&with(0, NOW + 120))).is_ok());
            let r = run(&capped, &body_v1(&with(0, NOW + 121))).unwrap_err();
            assert_eq!((r.status, r.reason.as_str()), (200, "invalid_exact_evm_payload_authorization_valid_before"));
            assert!(r.message.contains("X402_MAX_VALIDITY_SECONDS"), "{}", r.message);
            // The cap survives into the settling configuration and stored requirements.
            let a = run(&capped, &body_v2(&with(0, NOW + 60))).unwrap();
            assert_eq!((a.requirements.max_validity_seconds, a.config.max_validity_seconds), (Some(120), Some(120)));
            assert_eq!(
                FacilitatorConfig::from_env(&env(&[("X402_MAX_VALIDITY_SECONDS", "5")])).unwrap_err().reason,
                "invalid_secret"
            );
        }

        #[test]
        fn bounds_and_huge_values() {
            let c = config(&[]);
            assert_eq!(reason(&c, &body_v1(&with(0, NOW + 5))).1, "invalid_exact_evm_payload_authorization_valid_before");
            assert!(run(&c, &body_v1(&with(0, NOW + 6))).is_ok());
            assert!(run(&c, &body_v1(&with(NOW, NOW + 60))).is_ok());
            assert_eq!(reason(&c, &body_v1(&with(NOW + 1, NOW + 60))).1, "invalid_exact_evm_payload_authorization_valid_after");
            assert!(run(&c, &body_v2(&with(0, (1 << 53) - 1))).is_ok());
            let r = run(&c, &body_v2(&with(0, 1 << 53))).unwrap_err();
            assert_eq!((r.status, r.reason.as_str()), (200, "invalid_exact_evm_payload_authorization_valid_before"));
            assert!(r.message.contains("9007199254740991"), "{}", r.message);
            assert_eq!(reason(&c, &body_v2(&with(0, u64::MAX))).1, "invalid_exact_evm_payload_authorization_valid_before");
        }
    }
}
