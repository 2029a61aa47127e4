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

#[allow(unused_imports)]
use crate::prelude::*;


pub mod answer;
pub mod discovery;
pub mod wire;

pub use answer::{config_refusal, failed, ok_reply, settled_body, verified_body, Op, Refusal};
pub use wire::{parse_request, write_requirements, FacilitatorRequest, WireRequirements};

use crate::env::Env;
use crate::json::{Json, Writer};

use crate::x402::address::Address;
use crate::x402::assets;
use crate::x402::config::{PaywallConfig, ENV_KEYS};
use crate::x402::settle::Backend;
use crate::http::HttpError;

use crate::x402::network::{self, CHAINS};
use crate::x402::requirements::{AssetDomainConfig, Requirements, Scheme, Transfer, SCHEME_EXACT, SCHEME_UPTO};
use crate::x402::model::SignedPayload;
use crate::x402::u256::U256;
use crate::x402::verify::{self, VerifiedPayment};

use answer::refuse;
use wire::{bad_requirements, parse_requirements};
/// The allow-list of recipients this facilitator settles for (comma-separated addresses).
pub const PAY_TO_KEY: &str = "X402_FACILITATOR_PAY_TO";
pub use crate::x402::model::MAX_FACILITATOR_BODY_LEN as MAX_BODY_LEN;
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

fn config_error(reason: &'static str, message: String) -> HttpError {
    HttpError::new(500, reason, message)
}

impl FacilitatorConfig {
    /// Reads the allow-list and validates the rest of the secrets the paywall way. Without
    /// an allow-list every request is refused with a configuration error.
    pub fn from_env(env: &[(String, Json)]) -> Result<FacilitatorConfig, HttpError> {
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
        // With X402_UPTO_FACILITATOR, upto is offered besides exact.
        let upto = env.iter().any(|(k, v)| k == "X402_UPTO_FACILITATOR" && !matches!(v, Json::Null));
        let probe = with_overrides(
            env,
            &[("PAYMENT_RECIPIENT", Some(pay_to[0].to_hex())), ("X402_PRICE", Some("1".into())), ("X402_SCHEME", upto.then(|| "upto".into()))],
        );
        let base = PaywallConfig::from_env(&probe).map_err(|e| e.info())?;
        Ok(FacilitatorConfig { pay_to, base })
    }

    pub fn is_mock(&self) -> bool {
        self.base.backend == Backend::Mock
    }

    /// The asset at `address` on `chain_id` with its EIP-712 domain, if we know it, paid by
    /// `transfer`.
    pub fn asset(&self, chain_id: u64, address: &Address, transfer: Transfer) -> Option<AssetDomainConfig> {
        if let Some(a) = assets::find_asset(chain_id, address) {
            return Some(AssetDomainConfig {
                address: a.address,
                name: a.name.into(),
                version: a.version.into(),
                domain_separator: a.domain_separator,
                transfer,
            });
        }
        (chain_id == self.base.chain_id && *address == self.base.asset.address).then(|| AssetDomainConfig { transfer, ..self.base.asset.clone() })
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
            scheme: req.scheme,
            pay_to: req.pay_to,
            price: req.amount,
            decimals: assets::find_asset(req.chain_id, &req.asset.address).map(|a| a.decimals).or(self.base.decimals),
            chain_id: req.chain_id,
            asset: req.asset.clone(),
            description: req.description.clone(),
            max_timeout_seconds: req.max_timeout_seconds,
            max_validity_seconds: req.max_validity_seconds,
            backend: self.base.backend.clone(),
            rpc_urls: self.base.rpc_urls.clone(),
            knobs: self.base.knobs,
            discovery: Default::default(),
            declared: None,
            erc6492_factories: self.base.erc6492_factories.clone(),
            siwx_key: None,
            multicall: self.base.multicall,
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

/// Maps the caller's requirements onto ours: known network and asset, the table's EIP-712
/// domain (a disagreeing `extra` is refused), an allowed recipient, a positive amount.
pub fn requirements(config: &FacilitatorConfig, wire: &WireRequirements) -> Result<Requirements, Refusal> {
    let scheme = match (wire.scheme.as_str(), config.base.scheme) {
        (SCHEME_EXACT, _) => Scheme::Exact,
        (SCHEME_UPTO, upto @ Scheme::Upto { .. }) => upto,
        (SCHEME_UPTO, Scheme::Exact) => return Err(refuse("invalid_scheme", "this facilitator settles no upto payments (X402_UPTO_FACILITATOR is not set)")),
        _ => return Err(refuse("invalid_scheme", "only the \"exact\" and \"upto\" schemes are supported")),
    };
    let chain_id = network::chain_id(&wire.network)
        .filter(|id| config.chains().contains(id))
        .ok_or_else(|| refuse("invalid_network", "this facilitator does not support the network of paymentRequirements"))?;
    let address = Address::parse(&wire.asset)
        .ok_or_else(|| refuse("invalid_payment_requirements", "paymentRequirements.asset must be a token address"))?;
    let transfer = match wire.extra_transfer.as_deref() {
        // Metered payments ride on Permit2 only.
        _ if scheme != Scheme::Exact => Transfer::Permit2,
        None | Some("eip3009") => Transfer::Eip3009,
        Some("permit2") => Transfer::Permit2,
        Some(_) => return Err(refuse("invalid_payment_requirements", "paymentRequirements.extra.assetTransferMethod must be eip3009 or permit2")),
    };
    let asset = config.asset(chain_id, &address, transfer).ok_or_else(|| {
        refuse("invalid_payment_requirements", "paymentRequirements.asset is not a token this facilitator knows on that network")
    })?;
    if asset.name.is_empty() && asset.version.is_empty() {
        // A Permit2 token configured without its own domain: nothing to contradict.
    } else if wire.extra_name.as_deref().is_some_and(|n| n != asset.name) || wire.extra_version.as_deref().is_some_and(|v| v != asset.version) {
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
    // An upto settle may charge nothing (settled without a transaction).
    let amount = U256::from_dec_str(&wire.amount)
        .filter(|a| !a.is_zero() || scheme != Scheme::Exact)
        .ok_or_else(|| refuse("invalid_payment_requirements", "the required amount must be a positive integer in atomic units"))?;
    if !(7..=super::config::MAX_MAX_TIMEOUT_SECONDS).contains(&wire.max_timeout_seconds) {
        return Err(refuse("invalid_payment_requirements", "paymentRequirements.maxTimeoutSeconds must be from 7 to 3600"));
    }
    Ok(Requirements {
        scheme,
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
        // Only a paywall's challenge asks for an id; a facilitator keys the ids it is sent.
        payment_id_required: false,
        declared: None,
        contract_signatures: !config.base.rpc_urls.is_empty(),
        siwx: None,
        session_signatures: matches!(config.base.backend, crate::x402::settle::Backend::Okx(_)),
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
    /// Signed for these requirements, but past its window.
    pub expired: bool,
}

/// The whole local check of a facilitator request for `op` at unix time `now`. An upto
/// payment's requirements name its ceiling at `/verify` and the amount to charge at `/settle`
/// (never more than the ceiling signed): there the permit is checked against its own amount,
/// and the charge is the requirements'.
pub fn check(config: &FacilitatorConfig, body: &str, now: u64, op: Op) -> Result<Accepted, Refusal> {
    let request = parse_request(body)?;
    let payer = Address::parse(request.payment.payload.from()).map(|a| a.to_hex());
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
    let network = req.network();
    let refusal = |e: crate::x402::X402Error| with_context(Refusal::from_info(&e.info()), network.clone());
    let mut charge = None;
    if let (Scheme::Upto { .. }, Op::Settle, SignedPayload::Permit2(p)) = (req.scheme, op, &request.payment.payload) {
        let ceiling = U256::from_dec_str(&p.amount).ok_or_else(|| refusal(crate::x402::X402Error::MalformedAuthorization))?;
        crate::x402::permit2::check_charge(&ceiling, &req.amount).map_err(refusal)?;
        charge = Some(req.amount.to_dec_string());
        req.amount = ceiling;
    }
    let (mut payment, window) = verify::verify_signed(&request.payment, &req, now).map_err(refusal)?;
    payment.charged = charge;
    // Past its window a settle is still answered from the ledger (a transfer that landed
    // late is a settlement); any other window fault is a refusal.
    let expired = match window {
        Ok(()) => false,
        Err(e) if e.is_expired() => true,
        Err(e) => return Err(refusal(e)),
    };
    Ok(Accepted { config: config.paywall_config(&req), payment, mock: config.is_mock(), requirements: req, expired })
}

/// The requirements stored by [`write_requirements`] (e.g. in a ledger row), checked again
/// against the current allow-list and assets.
pub fn stored_requirements(config: &FacilitatorConfig, stored: &Json) -> Result<Requirements, Refusal> {
    if stored.as_object().is_none() {
        return Err(bad_requirements("stored requirements are not a JSON object"));
    }
    requirements(config, &parse_requirements(stored, 2)?)
}

/// `{kinds:[{x402Version, scheme, network, extra?}…]}`: both versions, exact, every accepted
/// chain (CAIP-2; v1 also under its v1 name); with `X402_UPTO_FACILITATOR`, upto (v2) with its
/// `facilitatorAddress`.
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
            // Metered payments (v2), settled by the address their payers name in the witness.
            if let (2, Scheme::Upto { facilitator, .. }) = (version, config.base.scheme) {
                w.open_obj().key("x402Version").int(2).key("scheme").str(SCHEME_UPTO).key("network").str(&network::caip2(id));
                w.key("extra").open_obj().key("facilitatorAddress").str(&facilitator.to_hex()).close_obj().close_obj();
            }
        }
    }
    w.close_arr().close_obj();
    w.finish()
}


#[cfg(test)]
mod tests;
