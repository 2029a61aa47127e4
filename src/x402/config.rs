//! The paywall's configuration, read from the function's secrets by name. Errors name
//! the secret and what is wrong with it, never its value.

#[allow(unused_imports)]
use crate::prelude::*;

use alloc::rc::Rc;

use crate::env::{self, Env};
use crate::json::Json;

use crate::x402::address::Address;
use crate::x402::assets;
use crate::x402::discovery::{self, Endpoint};
use crate::x402::eip712::domain_separator;
use crate::x402::error::X402Error;
use crate::x402::network;
use crate::x402::settle::{Backend, SettlerKind};
use crate::x402::requirements::{AssetDomainConfig, Requirements, Scheme, Transfer};
use crate::x402::u256::U256;

pub const DEFAULT_NETWORK: &str = "eip155:196";
pub const DEFAULT_ASSET: &str = "USDG";
pub const DEFAULT_OKX_BASE_URL: &str = "https://web3.okx.com";
/// The `maxTimeoutSeconds` we advertise by default. The official clients sign
/// `validBefore` = their own clock + `maxTimeoutSeconds`, so a payer whose clock is `s`
/// seconds behind ours is accepted only while `maxTimeoutSeconds >= s + 6` (the settlement
/// margin). 60 (the official exact-EVM examples) refuses a payer 55 s behind; 300, the default
/// of the official v2 resource server (`@x402/core`) and what many sellers use, accepts
/// clocks up to 294 s behind and leaves 240 s to settle a payment 60 s behind. It also
/// outlives `x402-reconcile`'s default minimum age (120 s): a row reconcile picks up is
/// still inside its authorization window, so a resubmitted settlement can still land.
pub const DEFAULT_MAX_TIMEOUT_SECONDS: u64 = 300;
pub const MAX_MAX_TIMEOUT_SECONDS: u64 = 3600;
/// Bounds of `X402_MAX_VALIDITY_SECONDS`, the opt-in cap on `validBefore − now`: below 7 no
/// authorization passes (`validBefore >= now + 6`); a year is the most a cap is for.
pub const MIN_MAX_VALIDITY_SECONDS: u64 = 7;
pub const MAX_MAX_VALIDITY_SECONDS: u64 = 365 * 24 * 3600;

/// Every secret the x402 function reads; JS looks each one up and passes them in.
pub const ENV_KEYS: &[&str] = &[
    "PAYMENT_RECIPIENT",
    "X402_PRICE",
    "X402_NETWORK",
    "X402_ASSET",
    "X402_ASSET_NAME",
    "X402_ASSET_VERSION",
    "X402_ASSET_TRANSFER_METHOD",
    "X402_ASSET_DECIMALS",
    "X402_SCHEME",
    "X402_UPTO_PROXY",
    "X402_UPTO_FACILITATOR",
    "X402_DESCRIPTION",
    "X402_MAX_TIMEOUT_SECONDS",
    "X402_MAX_VALIDITY_SECONDS",
    "OKX_API_KEY",
    "OKX_SECRET_KEY",
    "OKX_PASSPHRASE",
    "OKX_BASE_URL",
    "OKX_API",
    "MOCK_OKX_FACILITATOR",
    "X402_SETTLER",
    "RPC_URL",
    "X402_SETTLE_TIMEOUT_MS",
    "X402_PAYER_ATTEMPTS_PER_MINUTE",
    "X402_RECONCILE_MIN_AGE_SECONDS",
    "X402_SETTLER_MIN_GAS_WEI",
    "X402_MAX_FEE_PER_GAS_WEI",
    "X402_ERC6492_FACTORIES",
    "X402_SIWX_SECONDS",
    // Read only when sign-in-with-x is on (`name?guard`: JS passes it only with the guard set).
    "JWT_SECRET?X402_SIWX_SECONDS",
    "X402_MULTICALL_ADDRESS",
    "X402_CONFIRMATIONS",
    "X402_PAYMENT_ID_REQUIRED",
    crate::x402::discovery::DISCOVERY_KEY,
];

/// The flow's knobs, read and checked with the other secrets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Knobs {
    /// `X402_SETTLE_TIMEOUT_MS` (100..=55000, default 15000): how long a settle request waits
    /// for the facilitator (it waits for the chain), or a direct settlement for its
    /// transaction to be mined (polled every half second) before the payer is told to retry.
    pub settle_timeout_ms: u32,
    /// `X402_PAYER_ATTEMPTS_PER_MINUTE` (0..=1000, default 5; 0 = off): a payer's payments
    /// sent in the last minute that did not settle, before the next is refused unsent.
    pub attempts_per_minute: u32,
    /// `X402_RECONCILE_MIN_AGE_SECONDS` (0..=86400, default 120): a younger pending row may
    /// still be in the hands of its request.
    pub reconcile_min_age_seconds: u32,
    /// `X402_CONFIRMATIONS` (1..=64, default 1): how deep a direct settlement's block must be
    /// before it counts as settled (and the handler runs).
    pub confirmations: u32,
    /// `X402_SETTLER_MIN_GAS_WEI` (default 10^16, 0.01 of the native token): below this, each
    /// reconcile run raises the gas alarm for the direct settler.
    pub settler_min_gas_wei: U256,
    /// `X402_MAX_FEE_PER_GAS_WEI` (default 10^11, 100 gwei): the most a direct settlement bids
    /// per unit of gas, first bid or replacement of a stuck transaction alike.
    pub max_fee_per_gas_wei: u128,
    /// `X402_SIWX_SECONDS` (0..=2592000, default 0 = off): how long after paying a wallet may
    /// come back by signing in (sign-in-with-x) instead of paying again.
    pub siwx_seconds: u32,
    /// `X402_PAYMENT_ID_REQUIRED` (true/false, default false): a paid request must carry the
    /// `payment-identifier` extension's id (the challenge says so).
    pub payment_id_required: bool,
}

/// 100 gwei: far above X Layer's and Base's usual fees, a bound on a runaway bid.
pub const DEFAULT_MAX_FEE_PER_GAS_WEI: u128 = 100_000_000_000;

impl Default for Knobs {
    fn default() -> Knobs {
        Knobs { settle_timeout_ms: 15_000, attempts_per_minute: 5, reconcile_min_age_seconds: 120, confirmations: 1, settler_min_gas_wei: U256::from_u64(10_000_000_000_000_000), max_fee_per_gas_wei: DEFAULT_MAX_FEE_PER_GAS_WEI, siwx_seconds: 0, payment_id_required: false }
    }
}

impl Knobs {
    pub fn from_env(env: &Env<'_>) -> Result<Knobs, X402Error> {
        let d = Knobs::default();
        let read = |name: &'static str, min: u32, max: u32, default: u32, why: &'static str| match env.get(name) {
            None => Ok(default),
            Some(v) => when_set_knob(v, name, min, max, why),
        };
        Ok(Knobs {
            settle_timeout_ms: read("X402_SETTLE_TIMEOUT_MS", 100, 55_000, d.settle_timeout_ms, "must be an integer from 100 to 55000 (milliseconds)")?,
            attempts_per_minute: read("X402_PAYER_ATTEMPTS_PER_MINUTE", 0, 1000, d.attempts_per_minute, "must be an integer from 0 (off) to 1000")?,
            reconcile_min_age_seconds: read("X402_RECONCILE_MIN_AGE_SECONDS", 0, 86_400, d.reconcile_min_age_seconds, "must be an integer from 0 to 86400 (seconds)")?,
            confirmations: read("X402_CONFIRMATIONS", 1, 64, d.confirmations, "must be an integer from 1 to 64 (blocks)")?,
            settler_min_gas_wei: match env.get("X402_SETTLER_MIN_GAS_WEI") {
                None => d.settler_min_gas_wei,
                Some(v) => when_set_min_gas(v)?,
            },
            siwx_seconds: read("X402_SIWX_SECONDS", 0, 2_592_000, d.siwx_seconds, "must be an integer from 0 (off) to 2592000 (seconds)")?,
            max_fee_per_gas_wei: match env.get("X402_MAX_FEE_PER_GAS_WEI") {
                None => d.max_fee_per_gas_wei,
                Some(v) => when_set_max_fee(v)?,
            },
            payment_id_required: match env.get("X402_PAYMENT_ID_REQUIRED") {
                None => false,
                Some(v) => when_set_flag(v, "X402_PAYMENT_ID_REQUIRED")?,
            },
        })
    }
}

// `when_set_*`: the reading of a secret's value, called only when it is set. The build keeps
// these out of their callers (wasm-opt `--no-inline=*when_set*`, scripts/build.mjs), so a
// fresh Worker whose secret is unset never compiles them (V8 compiles a wasm function on its
// first call): the paywall's configuration is the costliest first call of every request.

#[inline(never)]
fn when_set_knob(v: &str, name: &'static str, min: u32, max: u32, why: &'static str) -> Result<u32, X402Error> {
    when_set_int(v.trim(), name, u64::from(min), u64::from(max), why).map(|n| n as u32)
}

#[inline(never)]
fn when_set_min_gas(v: &str) -> Result<U256, X402Error> {
    U256::from_dec_str(v.trim()).ok_or(X402Error::InvalidSecret("X402_SETTLER_MIN_GAS_WEI", "must be an integer number of wei"))
}

#[inline(never)]
fn when_set_max_fee(v: &str) -> Result<u128, X402Error> {
    U256::from_dec_str(v.trim())
        .and_then(|n| crate::x402::evm::rpc::u128_of(&n))
        .filter(|n| *n > 0)
        .ok_or(X402Error::InvalidSecret("X402_MAX_FEE_PER_GAS_WEI", "must be a positive integer number of wei"))
}

/// A true/false secret (`1`/`0` too, any case, spaces around ignored).
#[inline(never)]
fn when_set_flag(v: &str, name: &'static str) -> Result<bool, X402Error> {
    match v.trim().to_ascii_lowercase().as_str() {
        "false" | "0" => Ok(false),
        "true" | "1" => Ok(true),
        _ => Err(X402Error::InvalidSecret(name, "must be true or false")),
    }
}

/// Which OKX facilitator API generation to call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OkxApi {
    /// `/api/v6/pay/x402/*`, x402Version 2 bodies, `data` object.
    Current,
    /// `/api/v6/x402/*` (InsForge's guide), x402Version 1 bodies with `chainIndex`.
    Legacy,
}

#[derive(Clone, PartialEq, Eq)]
pub struct OkxConfig {
    pub api_key: String,
    pub secret_key: String,
    pub passphrase: String,
    /// No trailing slash.
    pub base_url: String,
    pub api: OkxApi,
}

/// Keeps secrets out of logs and panic messages.
impl core::fmt::Debug for OkxConfig {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("OkxConfig")
            .field("base_url", &self.base_url)
            .field("api", &self.api)
            .finish_non_exhaustive()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PaywallConfig {
    /// `X402_SCHEME`: `exact` (default) or `upto`, with `X402_UPTO_PROXY` and
    /// `X402_UPTO_FACILITATOR`.
    pub scheme: Scheme,
    pub pay_to: Address,
    /// Exact price in the asset's atomic units (upto: the ceiling).
    pub price: U256,
    /// The asset's decimals (the table's, else `X402_ASSET_DECIMALS`): reads a charge in dollars.
    pub decimals: Option<u8>,
    pub chain_id: u64,
    pub asset: AssetDomainConfig,
    pub description: String,
    pub max_timeout_seconds: u64,
    /// `X402_MAX_VALIDITY_SECONDS`: refuse `validBefore > now + this`; `None` (the default)
    /// = no cap, as the official facilitators.
    pub max_validity_seconds: Option<u64>,
    /// Who settles: OKX, mock or direct.
    pub backend: Backend,
    /// `RPC_URL`: the JSON-RPC nodes (tried in order) for every on-chain check of every
    /// backend; required by the direct backend, optional otherwise (without it, proofs use
    /// the chain's public endpoint: [`PaywallConfig::proof_urls`]).
    pub rpc_urls: Vec<String>,
    pub knobs: Knobs,
    /// `X402_DISCOVERY`: the bazaar declarations of the paid functions, by slug (shared by
    /// every copy of the configuration: [`PaywallConfig::for_endpoint`] copies it per request).
    pub discovery: Rc<Vec<Endpoint>>,
    /// The declaration of the function this configuration sells for ([`PaywallConfig::for_endpoint`]).
    pub declared: Option<Endpoint>,
    /// `X402_ERC6492_FACTORIES`: the factories whose wallets may pay before they are deployed
    /// (ERC-6492). Empty by default: a counterfactual wallet is refused.
    pub erc6492_factories: Vec<Address>,
    /// `JWT_SECRET`, read only with `X402_SIWX_SECONDS`: the key of sign-in-with-x's nonces.
    pub siwx_key: Option<String>,
    /// `X402_MULTICALL_ADDRESS` (default Multicall3's 0xcA11bde05977b3631167028862bE2a173976CA11):
    /// direct settlement deploys a counterfactual wallet and settles its payment in one
    /// transaction through its `aggregate3`.
    pub multicall: Address,
}

/// Multicall3's address on every chain it is deployed on.
pub const MULTICALL3: Address = Address(crate::x402::codec::const_hex("ca11bde05977b3631167028862be2a173976ca11"));

impl PaywallConfig {
    /// `env` maps secret names (see [`ENV_KEYS`]) to their values (the entries of a JSON
    /// object); absent or null = unset.
    pub fn from_env(env: &[(String, Json)]) -> Result<PaywallConfig, X402Error> {
        let env = Env::new(env);
        let pay_to = Address::parse(env.required("PAYMENT_RECIPIENT", X402Error::MissingSecret)?).ok_or(
            X402Error::InvalidSecret("PAYMENT_RECIPIENT", "must be an EVM address (0x + 40 hex digits)"),
        )?;
        if pay_to.0 == [0; 20] {
            return Err(X402Error::InvalidSecret("PAYMENT_RECIPIENT", "must not be the zero address"));
        }
        let price = U256::from_dec_str(env.required("X402_PRICE", X402Error::MissingSecret)?)
            .filter(|p| !p.is_zero())
            .ok_or(X402Error::InvalidSecret(
                "X402_PRICE",
                "must be a positive integer in the asset's atomic units (1 USDG = 1000000)",
            ))?;
        let chain_id = network::chain_id(env.get("X402_NETWORK").unwrap_or(DEFAULT_NETWORK))
            .ok_or(X402Error::InvalidSecret("X402_NETWORK", "must be a CAIP-2 EVM network such as eip155:196"))?;
        let scheme = scheme_from_env(&env)?;
        // Metered payments ride on Permit2 only.
        if matches!(scheme, Scheme::Upto { .. }) && env.get("X402_ASSET_TRANSFER_METHOD").is_some_and(|m| !m.eq_ignore_ascii_case("permit2")) {
            return Err(X402Error::InvalidSecret("X402_ASSET_TRANSFER_METHOD", "upto is paid through Permit2: set permit2, or unset it"));
        }
        let asset = asset_from_env(&env, chain_id)?;
        let decimals = match (assets::find_asset(chain_id, &asset.address), env.get("X402_ASSET_DECIMALS")) {
            (Some(a), _) => Some(a.decimals),
            (None, None) => None,
            (None, Some(d)) => Some(when_set_decimals(d)?),
        };
        let max_timeout_seconds = match env.get("X402_MAX_TIMEOUT_SECONDS") {
            None => DEFAULT_MAX_TIMEOUT_SECONDS,
            // Below 6 s no authorization can pass `validBefore >= now + 6`.
            Some(v) => when_set_int(v, "X402_MAX_TIMEOUT_SECONDS", 7, MAX_MAX_TIMEOUT_SECONDS, "must be an integer from 7 to 3600")?,
        };
        let max_validity_seconds = match env.get("X402_MAX_VALIDITY_SECONDS") {
            None => None,
            Some(v) => Some(when_set_int(
                v,
                "X402_MAX_VALIDITY_SECONDS",
                MIN_MAX_VALIDITY_SECONDS,
                MAX_MAX_VALIDITY_SECONDS,
                "must be an integer from 7 to 31536000 (seconds), or unset for no cap",
            )?),
        };
        let mock = match env.get("MOCK_OKX_FACILITATOR").map(str::to_ascii_lowercase).as_deref() {
            None | Some("false") | Some("0") => false,
            Some("true") | Some("1") => true,
            Some(_) => return Err(X402Error::InvalidSecret("MOCK_OKX_FACILITATOR", "must be true or false")),
        };
        // `X402_SETTLER` names a backend by its `SettlerKind` name; `mock` has its own switch.
        let settler = env.get("X402_SETTLER").map(str::to_ascii_lowercase);
        let kind = match settler.as_deref() {
            None => SettlerKind::Okx,
            Some(name) if name == SettlerKind::Okx.as_str() => SettlerKind::Okx,
            Some(name) if name == SettlerKind::Direct.as_str() => SettlerKind::Direct,
            Some(_) => return Err(X402Error::InvalidSecret("X402_SETTLER", "must be okx or direct")),
        };
        let rpc_urls = rpc_urls(&env)?;
        let backend = if mock {
            Backend::Mock
        } else if kind == SettlerKind::Direct {
            if rpc_urls.is_empty() {
                return Err(X402Error::MissingSecret("RPC_URL"));
            }
            Backend::Direct
        } else {
            Backend::Okx(okx_from_env(&env)?)
        };
        // Read once: the flow's knobs, and whether sign-in-with-x needs JWT_SECRET.
        let knobs = Knobs::from_env(&env)?;
        Ok(PaywallConfig {
            scheme,
            pay_to,
            price,
            decimals,
            chain_id,
            asset,
            description: env.get("X402_DESCRIPTION").unwrap_or_default().to_owned(),
            max_timeout_seconds,
            max_validity_seconds,
            backend,
            rpc_urls,
            knobs,
            discovery: Rc::new(discovery::from_env(&env)?),
            declared: None,
            erc6492_factories: match env.get("X402_ERC6492_FACTORIES") {
                None => Vec::new(),
                Some(list) => when_set_factories(list)?,
            },
            siwx_key: match (knobs.siwx_seconds, env.raw("JWT_SECRET")) {
                (0, _) => None,
                (_, Some(k)) if !k.is_empty() => Some(k.to_owned()),
                (_, _) => return Err(X402Error::MissingSecret("JWT_SECRET")),
            },
            multicall: match env.get("X402_MULTICALL_ADDRESS") {
                None => MULTICALL3,
                Some(a) => when_set_multicall(a)?,
            },
        })
    }

    /// The nodes that prove what became of a settlement: `RPC_URL`, else the chain's public
    /// endpoint (none for a chain outside the built-in table).
    pub fn proof_urls(&self) -> Vec<String> {
        if !self.rpc_urls.is_empty() {
            return self.rpc_urls.clone();
        }
        network::public_rpc(self.chain_id).map(|u| vec![u.to_owned()]).unwrap_or_default()
    }

    /// The requirements for one resource (the URL the client asked for).
    pub fn requirements(&self, resource_url: &str) -> Requirements {
        self.requirements_declared(resource_url, self.declared.as_ref())
    }

    /// The requirements of a resource that `declared` describes: its description and media
    /// type replace the shared ones, and its challenge carries the declaration.
    pub fn requirements_declared(&self, resource_url: &str, declared: Option<&Endpoint>) -> Requirements {
        Requirements {
            scheme: self.scheme,
            chain_id: self.chain_id,
            amount: self.price,
            asset: self.asset.clone(),
            pay_to: self.pay_to,
            max_timeout_seconds: self.max_timeout_seconds,
            resource: resource_url.to_owned(),
            description: declared.and_then(|d| d.description.clone()).unwrap_or_else(|| self.description.clone()),
            mime_type: declared.and_then(|d| d.mime_type.clone()).unwrap_or_else(|| "application/json".into()),
            max_validity_seconds: self.max_validity_seconds,
            payment_id_required: self.knobs.payment_id_required,
            declared: declared.cloned(),
            contract_signatures: !self.rpc_urls.is_empty(),
            siwx: None,
            session_signatures: matches!(self.backend, Backend::Okx(_)),
        }
    }

    /// The declaration of the function `slug`, if `X402_DISCOVERY` has one.
    pub fn declaration(&self, slug: &str) -> Option<&Endpoint> {
        self.discovery.iter().find(|e| e.slug == slug)
    }

    /// The configuration a request on `endpoint` (`/functions/<slug>`) is sold under: this
    /// one, or its copy carrying the function's own bazaar declaration when it has one.
    pub fn selling(&self, endpoint: &str) -> alloc::borrow::Cow<'_, PaywallConfig> {
        let slug = endpoint.strip_prefix("/functions/").unwrap_or(endpoint);
        match self.declaration(slug) {
            Some(_) => alloc::borrow::Cow::Owned(self.for_endpoint(slug)),
            None => alloc::borrow::Cow::Borrowed(self),
        }
    }

    /// This configuration as the function `slug` sells: with its declaration, if any.
    pub fn for_endpoint(&self, slug: &str) -> PaywallConfig {
        PaywallConfig { declared: self.declaration(slug).cloned(), ..self.clone() }
    }
}

/// `X402_ASSET` is a symbol known on the network (default USDG) or a token address. The
/// EIP-712 domain comes from the table of on-chain separators for known tokens; only an
/// unknown token takes `X402_ASSET_NAME`/`X402_ASSET_VERSION` (a wrong domain is the most
/// common cause of rejected payments, so the table is never overridden).
/// `X402_ASSET_TRANSFER_METHOD` is `eip3009` (the default) or `permit2`: any ERC-20, paid
/// through Permit2, where an unknown token's name and version are optional (a Permit2 payer
/// signs Permit2's domain, not the token's).
fn asset_from_env(env: &Env<'_>, chain_id: u64) -> Result<AssetDomainConfig, X402Error> {
    // A metered scheme is paid through Permit2 only (checked against an explicit method above).
    let metered = env.get("X402_SCHEME").is_some_and(|s| s.eq_ignore_ascii_case("upto"));
    let transfer = match env.get("X402_ASSET_TRANSFER_METHOD").map(str::to_ascii_lowercase).as_deref() {
        None if metered => Transfer::Permit2,
        None | Some("eip3009") => Transfer::Eip3009,
        Some("permit2") => Transfer::Permit2,
        Some(_) => return Err(X402Error::InvalidSecret("X402_ASSET_TRANSFER_METHOD", "must be eip3009 or permit2")),
    };
    let asset = env.get("X402_ASSET").unwrap_or(DEFAULT_ASSET);
    let known = if asset.starts_with("0x") {
        let address = Address::parse(asset)
            .ok_or(X402Error::InvalidSecret("X402_ASSET", "must be a token symbol or address"))?;
        match assets::find_asset(chain_id, &address) {
            Some(a) => a,
            None => return when_set_custom_asset(env, chain_id, address, transfer),
        }
    } else {
        assets::find_by_symbol(chain_id, asset).ok_or(X402Error::InvalidSecret(
            "X402_ASSET",
            "unknown token symbol on this network: use the token address with X402_ASSET_NAME and X402_ASSET_VERSION",
        ))?
    };
    for (key, given, table) in
        [("X402_ASSET_NAME", env.get("X402_ASSET_NAME"), known.name), ("X402_ASSET_VERSION", env.get("X402_ASSET_VERSION"), known.version)]
    {
        if given.is_some_and(|g| g != table) {
            return Err(X402Error::InvalidSecret(key, "contradicts the token's on-chain EIP-712 domain; unset it"));
        }
    }
    Ok(AssetDomainConfig {
        address: known.address,
        name: known.name.into(),
        version: known.version.into(),
        domain_separator: known.domain_separator,
        transfer,
    })
}

/// `X402_ASSET` set to a token address outside the table: its EIP-712 domain from the secrets.
#[inline(never)]
fn when_set_custom_asset(env: &Env<'_>, chain_id: u64, address: Address, transfer: Transfer) -> Result<AssetDomainConfig, X402Error> {
    let (name, version) = match transfer {
        Transfer::Eip3009 => (env.required("X402_ASSET_NAME", X402Error::MissingSecret)?, env.required("X402_ASSET_VERSION", X402Error::MissingSecret)?),
        Transfer::Permit2 => (env.get("X402_ASSET_NAME").unwrap_or_default(), env.get("X402_ASSET_VERSION").unwrap_or_default()),
    };
    Ok(AssetDomainConfig {
        address,
        name: name.into(),
        version: version.into(),
        domain_separator: domain_separator(name, version, chain_id, &address),
        transfer,
    })
}

/// `X402_SCHEME`: `exact`, or `upto` with the proxy it settles through (`X402_UPTO_PROXY`,
/// default the canonical x402 upto proxy; deployments differ, OKX's on X Layer is another) and
/// the address that settles (`X402_UPTO_FACILITATOR`, required: one of `SETTLER_PRIVATE_KEY`'s
/// keys for direct settlement, the facilitator's own address otherwise).
fn scheme_from_env(env: &Env<'_>) -> Result<Scheme, X402Error> {
    match env.get("X402_SCHEME") {
        None => Ok(Scheme::Exact),
        Some(scheme) => when_set_scheme(env, scheme),
    }
}

#[inline(never)]
fn when_set_scheme(env: &Env<'_>, scheme: &str) -> Result<Scheme, X402Error> {
    let address = |name: &'static str, v: &str| {
        Address::parse(v.trim()).filter(|a| a.0 != [0; 20]).ok_or(X402Error::InvalidSecret(name, "must be an EVM address (0x + 40 hex digits), not zero"))
    };
    match scheme.to_ascii_lowercase().as_str() {
        "exact" => Ok(Scheme::Exact),
        "upto" => Ok(Scheme::Upto {
            proxy: match env.get("X402_UPTO_PROXY") {
                None => crate::x402::permit2::UPTO_PROXY,
                Some(p) => address("X402_UPTO_PROXY", p)?,
            },
            facilitator: address("X402_UPTO_FACILITATOR", env.required("X402_UPTO_FACILITATOR", X402Error::MissingSecret)?)?,
        }),
        _ => Err(X402Error::InvalidSecret("X402_SCHEME", "must be exact or upto")),
    }
}

/// `RPC_URL`: one or more JSON-RPC nodes (comma list), https or loopback http; none when unset.
fn rpc_urls(env: &Env) -> Result<Vec<String>, X402Error> {
    match env.get("RPC_URL") {
        None => Ok(Vec::new()),
        Some(list) => when_set_rpc_urls(list),
    }
}

#[inline(never)]
fn when_set_rpc_urls(list: &str) -> Result<Vec<String>, X402Error> {
    let urls: Vec<String> = list.split(',').map(str::trim).filter(|u| !u.is_empty()).map(str::to_owned).collect();
    if urls.is_empty() || !urls.iter().all(|u| base_url_ok(u)) {
        return Err(X402Error::InvalidSecret("RPC_URL", "must be https URLs (http only on loopback), comma-separated"));
    }
    Ok(urls)
}

fn okx_from_env(env: &Env<'_>) -> Result<OkxConfig, X402Error> {
    let api = match env.get("OKX_API").map(str::to_ascii_lowercase).as_deref() {
        None | Some("current") => OkxApi::Current,
        Some("legacy") => OkxApi::Legacy,
        Some(_) => return Err(X402Error::InvalidSecret("OKX_API", "must be current or legacy")),
    };
    let base_url = env.get("OKX_BASE_URL").unwrap_or(DEFAULT_OKX_BASE_URL).trim_end_matches('/');
    if !base_url_ok(base_url) {
        return Err(X402Error::InvalidSecret(
            "OKX_BASE_URL",
            "must be an https origin (http only on loopback), without query or fragment",
        ));
    }
    Ok(OkxConfig {
        api_key: env.required("OKX_API_KEY", X402Error::MissingSecret)?.into(),
        secret_key: env.required("OKX_SECRET_KEY", X402Error::MissingSecret)?.into(),
        passphrase: env.required("OKX_PASSPHRASE", X402Error::MissingSecret)?.into(),
        base_url: base_url.into(),
        api,
    })
}

/// The shared URL rule, and no query or fragment: paths are appended to these.
fn base_url_ok(url: &str) -> bool {
    env::url_allowed(url) && !url.contains(['?', '#'])
}

#[inline(never)]
fn when_set_decimals(d: &str) -> Result<u8, X402Error> {
    d.trim().parse::<u8>().ok().filter(|d| *d <= 36).ok_or(X402Error::InvalidSecret("X402_ASSET_DECIMALS", "must be an integer from 0 to 36"))
}

/// A decimal integer secret within `min..=max`.
#[inline(never)]
fn when_set_int(v: &str, name: &'static str, min: u64, max: u64, why: &'static str) -> Result<u64, X402Error> {
    U256::from_dec_str(v).and_then(|n| n.to_u64()).filter(|n| (min..=max).contains(n)).ok_or(X402Error::InvalidSecret(name, why))
}

#[inline(never)]
fn when_set_factories(list: &str) -> Result<Vec<Address>, X402Error> {
    list.split(',')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(Address::parse)
        .collect::<Option<Vec<_>>>()
        .ok_or(X402Error::InvalidSecret("X402_ERC6492_FACTORIES", "must list factory addresses (0x + 40 hex digits), comma-separated"))
}

#[inline(never)]
fn when_set_multicall(a: &str) -> Result<Address, X402Error> {
    Address::parse(a).ok_or(X402Error::InvalidSecret("X402_MULTICALL_ADDRESS", "must be an EVM address (0x + 40 hex digits)"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const RECIPIENT: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";

    pub(crate) fn env(pairs: &[(&str, &str)]) -> Vec<(String, Json)> {
        let mut m = serde_json::Map::new();
        for (k, v) in [
            ("PAYMENT_RECIPIENT", RECIPIENT),
            ("X402_PRICE", "1000"),
            ("OKX_API_KEY", "key"),
            ("OKX_SECRET_KEY", "test-secret"),
            ("OKX_PASSPHRASE", "pass"),
        ] {
            m.insert(k.into(), v.into());
        }
        for (k, v) in pairs {
            if v.is_empty() {
                m.remove(*k);
            } else {
                m.insert((*k).into(), (*v).into());
            }
        }
        crate::json::entries(&serde_json::Value::Object(m))
    }

    pub(crate) fn config(pairs: &[(&str, &str)]) -> PaywallConfig {
        PaywallConfig::from_env(&env(pairs)).unwrap()
    }

    pub(crate) fn err(pairs: &[(&str, &str)]) -> X402Error {
        PaywallConfig::from_env(&env(pairs)).unwrap_err()
    }

    #[test]
    fn defaults_are_usdg_on_x_layer_with_current_okx() {
        let c = config(&[]);
        assert_eq!(c.chain_id, 196);
        assert_eq!(c.asset.name, "Global Dollar");
        assert_eq!(c.asset.version, "1");
        assert_eq!(c.asset.address.to_hex(), "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8");
        assert_eq!(c.price, U256::from_u64(1000));
        assert_eq!(c.max_timeout_seconds, 300);
        assert_eq!(c.max_validity_seconds, None);
        assert_eq!(c.description, "");
        let Backend::Okx(okx) = &c.backend else { panic!("okx expected") };
        assert_eq!(okx.base_url, "https://web3.okx.com");
        assert_eq!(okx.api, OkxApi::Current);
        assert_eq!(okx.secret_key, "test-secret");
        assert!(!format!("{okx:?}").contains("test-secret"), "Debug hides secrets");
    }

    #[test]
    fn missing_secrets_are_named() {
        for key in ["PAYMENT_RECIPIENT", "X402_PRICE", "OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE"] {
            assert_eq!(err(&[(key, "")]), X402Error::MissingSecret(key));
            let mut blank = env(&[(key, "")]);
            blank.push((key.into(), Json::Str("  ".into())));
            assert_eq!(PaywallConfig::from_env(&blank).unwrap_err(), X402Error::MissingSecret(key));
        }
        // Mock mode needs no OKX keys.
        let c = config(&[("MOCK_OKX_FACILITATOR", "true"), ("OKX_API_KEY", ""), ("OKX_SECRET_KEY", "")]);
        assert_eq!(c.backend, Backend::Mock);
        assert!(matches!(config(&[("MOCK_OKX_FACILITATOR", "false")]).backend, Backend::Okx(_)));
    }

    #[test]
    fn invalid_values_are_named_without_echoing_them() {
        let cases = [
            ("PAYMENT_RECIPIENT", "0x1234"),
            ("PAYMENT_RECIPIENT", "0x0000000000000000000000000000000000000000"),
            ("X402_PRICE", "0"),
            ("X402_PRICE", "1.5"),
            ("X402_PRICE", "-1"),
            ("X402_NETWORK", "solana:mainnet"),
            ("X402_ASSET", "DOGE"),
            ("X402_ASSET", "0x12"),
            ("X402_MAX_TIMEOUT_SECONDS", "6"),
            ("X402_MAX_TIMEOUT_SECONDS", "3601"),
            ("OKX_API", "v7"),
            ("OKX_BASE_URL", "http://web3.okx.com"),
            ("OKX_BASE_URL", "https://web3.okx.com?x=1"),
            ("OKX_BASE_URL", "https://user@evil.example"),
            ("OKX_BASE_URL", "ftp://web3.okx.com"),
            ("MOCK_OKX_FACILITATOR", "maybe"),
            ("RPC_URL", "http://rpc.example"),
            ("RPC_URL", " , "),
        ];
        for (key, value) in cases {
            match err(&[(key, value)]) {
                X402Error::InvalidSecret(k, why) => {
                    assert_eq!(k, key, "{value}");
                    assert!(value.len() < 3 || !why.contains(value), "{why}");
                }
                other => panic!("{key}={value}: {other:?}"),
            }
        }
    }

    #[test]
    fn networks_assets_and_domains() {
        let c = config(&[("X402_NETWORK", "eip155:84532"), ("X402_ASSET", "USDC")]);
        assert_eq!((c.chain_id, c.asset.name.as_str(), c.asset.version.as_str()), (84532, "USDC", "2"));
        // A known address takes its domain from the table, in any letter case.
        let c = config(&[("X402_ASSET", "0x74B7F16337B8972027F6196A17A631AC6DE26D22")]);
        assert_eq!(c.asset.name, "USD Coin");
        // OKX's Java SDK lists USDG as "USDG"/"2": refused, the on-chain domain wins.
        assert_eq!(
            err(&[("X402_ASSET_VERSION", "2")]),
            X402Error::InvalidSecret("X402_ASSET_VERSION", "contradicts the token's on-chain EIP-712 domain; unset it")
        );
        assert!(matches!(err(&[("X402_ASSET_NAME", "USDG")]), X402Error::InvalidSecret("X402_ASSET_NAME", _)));
        // Restating the table is fine.
        config(&[("X402_ASSET_NAME", "Global Dollar"), ("X402_ASSET_VERSION", "1")]);
        // An unknown token needs its domain spelled out.
        let token = "0x1111111111111111111111111111111111111111";
        assert_eq!(err(&[("X402_ASSET", token)]), X402Error::MissingSecret("X402_ASSET_NAME"));
        let c = config(&[("X402_ASSET", token), ("X402_ASSET_NAME", "Tok"), ("X402_ASSET_VERSION", "3")]);
        let addr = Address::parse(token).unwrap();
        assert_eq!(c.asset.domain_separator, domain_separator("Tok", "3", 196, &addr));
        // USDG is unknown on Base.
        assert!(matches!(err(&[("X402_NETWORK", "eip155:8453")]), X402Error::InvalidSecret("X402_ASSET", _)));
    }

    #[test]
    fn okx_options() {
        let c = config(&[("OKX_API", "Legacy"), ("OKX_BASE_URL", "http://127.0.0.1:8787/")]);
        let Backend::Okx(okx) = c.backend else { panic!() };
        assert_eq!((okx.api, okx.base_url.as_str()), (OkxApi::Legacy, "http://127.0.0.1:8787"));
        let c = config(&[("X402_MAX_TIMEOUT_SECONDS", "300"), ("X402_DESCRIPTION", " Premium data ")]);
        assert_eq!((c.max_timeout_seconds, c.description.as_str()), (300, "Premium data"));
        // No node is assumed: on-chain checks use RPC_URL only, for every backend.
        assert!(c.rpc_urls.is_empty());
        let c = config(&[("RPC_URL", "https://node.example/v1/key")]);
        assert_eq!(c.rpc_urls, ["https://node.example/v1/key"]);
        // The old name is not read any more.
        assert!(config(&[("X402_RPC_URL", "https://node.example/v1/key")]).rpc_urls.is_empty());
        assert!(!ENV_KEYS.contains(&"X402_RPC_URL"));
    }
    #[test]
    fn direct_settler_needs_rpc_urls_not_okx_keys() {
        let c = config(&[("X402_SETTLER", "direct"), ("RPC_URL", "http://127.0.0.1:8545, https://rpc.xlayer.tech"), ("OKX_API_KEY", "")]);
        assert_eq!(c.backend, Backend::Direct);
        assert_eq!(c.rpc_urls, ["http://127.0.0.1:8545", "https://rpc.xlayer.tech"]);
        let missing = PaywallConfig::from_env(&env(&[("X402_SETTLER", "direct")])).unwrap_err();
        assert_eq!(missing, X402Error::MissingSecret("RPC_URL"));
        let plain_http = PaywallConfig::from_env(&env(&[("X402_SETTLER", "direct"), ("RPC_URL", "http://rpc.example")])).unwrap_err();
        assert!(matches!(plain_http, X402Error::InvalidSecret("RPC_URL", _)));
        let bad = PaywallConfig::from_env(&env(&[("X402_SETTLER", "onchain")])).unwrap_err();
        assert!(matches!(bad, X402Error::InvalidSecret("X402_SETTLER", _)));
    }

}

/// `X402_MAX_VALIDITY_SECONDS` (the opt-in cap on `validBefore − now`) and the default window.
#[cfg(test)]
mod window_secret_tests {
    use super::tests::{config, env};
    use super::*;

    #[test]
    fn default_window_is_300_without_a_cap() {
        let c = config(&[]);
        assert_eq!((c.max_timeout_seconds, c.max_validity_seconds), (300, None));
        assert_eq!(c.requirements("https://x.test/r").max_validity_seconds, None);
        // The reconcile job's default minimum age (120 s) fits inside the default window.
        assert!(DEFAULT_MAX_TIMEOUT_SECONDS > 120);
        assert!(ENV_KEYS.contains(&"X402_MAX_VALIDITY_SECONDS"));
    }

    #[test]
    fn the_cap_is_read_and_reaches_the_requirements() {
        for (v, n) in [("7", 7), ("360", 360), (" 3600 ", 3600), ("31536000", 31_536_000)] {
            let c = config(&[("X402_MAX_VALIDITY_SECONDS", v)]);
            assert_eq!(c.max_validity_seconds, Some(n), "{v}");
            assert_eq!(c.requirements("https://x.test/r").max_validity_seconds, Some(n));
        }
        // Independent of the advertised maxTimeoutSeconds.
        let c = config(&[("X402_MAX_VALIDITY_SECONDS", "120"), ("X402_MAX_TIMEOUT_SECONDS", "60")]);
        assert_eq!((c.max_timeout_seconds, c.max_validity_seconds), (60, Some(120)));
    }

    #[test]
    fn the_flows_knobs_are_read_with_the_other_secrets() {
        let d = Knobs { settle_timeout_ms: 15_000, attempts_per_minute: 5, reconcile_min_age_seconds: 120, confirmations: 1, settler_min_gas_wei: U256::from_u64(10u64.pow(16)), max_fee_per_gas_wei: 100_000_000_000, siwx_seconds: 0, payment_id_required: false };
        assert_eq!(config(&[]).knobs, d);
        let c = config(&[
            ("X402_SETTLE_TIMEOUT_MS", "2345"),
            ("X402_PAYER_ATTEMPTS_PER_MINUTE", "0"),
            ("X402_RECONCILE_MIN_AGE_SECONDS", " 60 "),
            ("X402_SETTLER_MIN_GAS_WEI", "20000000000000000000000"),
            ("X402_CONFIRMATIONS", "12"),
            ("X402_MAX_FEE_PER_GAS_WEI", "340282366920938463463374607431768211455"),
        ]);
        let big = U256::from_dec_str("20000000000000000000000").unwrap();
        assert_eq!(c.knobs, Knobs { settle_timeout_ms: 2345, attempts_per_minute: 0, reconcile_min_age_seconds: 60, confirmations: 12, settler_min_gas_wei: big, max_fee_per_gas_wei: u128::MAX, siwx_seconds: 0, payment_id_required: false });
        for (v, want) in [("true", true), ("TRUE", true), ("1", true), ("false", false), ("0", false)] {
            let c = config(&[("X402_PAYMENT_ID_REQUIRED", v)]);
            assert_eq!((c.knobs.payment_id_required, c.requirements("https://x.test/r").payment_id_required), (want, want), "{v}");
        }
        // A malformed value is the configuration's 500, naming the secret: never a silent default.
        for (name, bad) in [
            ("X402_SETTLE_TIMEOUT_MS", "fast"),
            ("X402_SETTLE_TIMEOUT_MS", "99"),
            ("X402_SETTLE_TIMEOUT_MS", "55001"),
            ("X402_PAYER_ATTEMPTS_PER_MINUTE", "-1"),
            ("X402_PAYER_ATTEMPTS_PER_MINUTE", "1001"),
            ("X402_PAYER_ATTEMPTS_PER_MINUTE", "2.5"),
            ("X402_RECONCILE_MIN_AGE_SECONDS", "86401"),
            ("X402_RECONCILE_MIN_AGE_SECONDS", "1e3"),
            ("X402_CONFIRMATIONS", "0"),
            ("X402_CONFIRMATIONS", "65"),
            ("X402_SETTLER_MIN_GAS_WEI", "-1"),
            ("X402_SETTLER_MIN_GAS_WEI", "0.01"),
            ("X402_MAX_FEE_PER_GAS_WEI", "0"),
            ("X402_MAX_FEE_PER_GAS_WEI", "340282366920938463463374607431768211456"),
            ("X402_PAYMENT_ID_REQUIRED", "yes"),
        ] {
            let e = super::tests::err(&[(name, bad)]);
            assert_eq!((e.http_status(), e.reason()), (500, "invalid_secret"), "{name}={bad}");
            assert!(e.text().starts_with(name), "{}", e.text());
        }
    }

    #[test]
    fn a_malformed_cap_is_a_500_invalid_secret() {
        for bad in ["0", "6", "31536001", "-1", "1.5", "1e3", "360s", "0x10", "18446744073709551616"] {
            let e = PaywallConfig::from_env(&env(&[("X402_MAX_VALIDITY_SECONDS", bad)])).unwrap_err();
            assert!(matches!(e, X402Error::InvalidSecret("X402_MAX_VALIDITY_SECONDS", _)), "{bad}: {e:?}");
            assert_eq!((e.http_status(), e.reason()), (500, "invalid_secret"), "{bad}");
            assert_eq!(e.to_string(), "X402_MAX_VALIDITY_SECONDS is invalid: must be an integer from 7 to 31536000 (seconds), or unset for no cap");
        }
    }
}
