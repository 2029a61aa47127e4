//! The one internal model of "what this resource costs", rendered as v1 or v2 wire
//! requirements. Both renderings carry the CAIP-2 network (InsForge/OKX use CAIP-2 even
//! in v1) and `extra: {name, version}`, the EIP-712 domain clients must sign with.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::discovery::Endpoint;
use crate::x402::model::{AssetDomain, RequirementsV1, RequirementsV2};
use crate::x402::network;
use crate::x402::u256::U256;

pub const SCHEME_EXACT: &str = "exact";
pub const SCHEME_UPTO: &str = "upto";

/// What the payer signs for: a price, or a ceiling the seller charges up to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scheme {
    Exact,
    /// Metered: the amount is a ceiling; the seller's handler says what the work cost, and only
    /// that is settled, through the x402 upto proxy `proxy`, by `facilitator` (the address the
    /// payer names in the permit's witness: the proxy lets no one else settle it).
    Upto { proxy: Address, facilitator: Address },
}

impl Scheme {
    pub fn name(&self) -> &'static str {
        match self {
            Scheme::Exact => SCHEME_EXACT,
            Scheme::Upto { .. } => SCHEME_UPTO,
        }
    }
}

/// How a payer's tokens move to the seller.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transfer {
    /// The token's own `transferWithAuthorization` (EIP-3009): USDC, USDG.
    Eip3009,
    /// Any ERC-20 the payer has approved to Permit2, through the x402 exact proxy
    /// (`extra.assetTransferMethod = "permit2"`).
    Permit2,
}

/// A token, the EIP-712 domain its own signatures use and how payments move it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssetDomainConfig {
    pub address: Address,
    /// The token's EIP-712 name and version: what an EIP-3009 payer signs with. A Permit2
    /// payer signs Permit2's domain instead; both are empty for a token configured without them.
    pub name: String,
    pub version: String,
    /// keccak of the domain; equals the token's on-chain `DOMAIN_SEPARATOR()`.
    pub domain_separator: [u8; 32],
    pub transfer: Transfer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirements {
    pub scheme: Scheme,
    pub chain_id: u64,
    /// Exact amount in atomic units (upto: the ceiling).
    pub amount: U256,
    pub asset: AssetDomainConfig,
    pub pay_to: Address,
    pub max_timeout_seconds: u64,
    pub resource: String,
    pub description: String,
    pub mime_type: String,
    /// The seller's opt-in cap on `validBefore − now` (`X402_MAX_VALIDITY_SECONDS`); never
    /// advertised. `None`: no cap, as the official facilitators.
    pub max_validity_seconds: Option<u64>,
    /// The challenge's `payment-identifier` extension says an id is required.
    pub payment_id_required: bool,
    /// The resource's bazaar declaration (`X402_DISCOVERY`), carried by its challenge.
    pub declared: Option<Endpoint>,
    /// A signature that is not the payer's as an EOA may be a contract wallet's, asked of the
    /// chain (`RPC_URL` is set); otherwise it is refused locally.
    pub contract_signatures: bool,
    /// This challenge's `sign-in-with-x` declaration (`X402_SIWX_SECONDS`), written per request.
    pub siwx: Option<crate::x402::siwx::Declaration>,
    /// OKX settles: an OKX agent wallet's session-signed permit (`sessionCert`) is passed to it
    /// with every other check made here, its signature left to OKX.
    pub session_signatures: bool,
}

impl Requirements {
    /// CAIP-2 network, e.g. `eip155:196`.
    pub fn network(&self) -> String {
        network::caip2(self.chain_id)
    }

    fn extra(&self) -> AssetDomain {
        AssetDomain {
            name: self.asset.name.clone(),
            version: self.asset.version.clone(),
            permit2: self.asset.transfer == Transfer::Permit2,
            facilitator: match self.scheme {
                Scheme::Upto { facilitator, .. } => Some(facilitator.to_hex()),
                Scheme::Exact => None,
            },
            session_cert: None,
        }
    }

    pub fn to_v1(&self) -> RequirementsV1 {
        RequirementsV1 {
            scheme: self.scheme.name().into(),
            network: self.network(),
            max_amount_required: self.amount.to_dec_string(),
            resource: self.resource.clone(),
            description: self.description.clone(),
            mime_type: self.mime_type.clone(),
            pay_to: self.pay_to.to_hex(),
            max_timeout_seconds: self.max_timeout_seconds,
            asset: self.asset.address.to_hex(),
            extra: self.extra(),
        }
    }

    pub fn to_v2(&self) -> RequirementsV2 {
        RequirementsV2 {
            scheme: self.scheme.name().into(),
            network: self.network(),
            amount: self.amount.to_dec_string(),
            asset: self.asset.address.to_hex(),
            pay_to: self.pay_to.to_hex(),
            max_timeout_seconds: self.max_timeout_seconds,
            extra: self.extra(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::x402::config::tests::config;
    use crate::json::Writer;
    use super::*;

    fn json(f: impl FnOnce(&mut Writer)) -> String {
        let mut w = Writer::new();
        f(&mut w);
        w.finish()
    }

    #[test]
    fn renders_v1_and_v2() {
        let r = config(&[("X402_DESCRIPTION", "Weather")]).requirements("https://x.test/functions/paid");
        assert_eq!(
            json(|w| r.to_v2().write(w)),
            r#"{"scheme":"exact","network":"eip155:196","amount":"1000","asset":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","payTo":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","maxTimeoutSeconds":300,"extra":{"name":"Global Dollar","version":"1"}}"#
        );
        assert_eq!(
            json(|w| r.to_v1().write(w)),
            r#"{"scheme":"exact","network":"eip155:196","maxAmountRequired":"1000","resource":"https://x.test/functions/paid","description":"Weather","mimeType":"application/json","payTo":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","maxTimeoutSeconds":300,"asset":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","extra":{"name":"Global Dollar","version":"1"}}"#
        );
    }

    #[test]
    fn permit2_is_advertised_in_extra() {
        let r = config(&[("X402_ASSET_TRANSFER_METHOD", "permit2")]).requirements("https://x.test/functions/paid");
        assert!(json(|w| r.to_v2().write(w)).ends_with(r#""extra":{"name":"Global Dollar","version":"1","assetTransferMethod":"permit2"}}"#));
        // A token outside the table needs no EIP-712 domain of its own to be paid through Permit2.
        let plain = config(&[("X402_ASSET", "0x1111111111111111111111111111111111111111"), ("X402_ASSET_TRANSFER_METHOD", "PERMIT2")]);
        let r = plain.requirements("https://x.test/functions/paid");
        assert!(json(|w| r.to_v2().write(w)).ends_with(r#""extra":{"assetTransferMethod":"permit2"}}"#));
        assert!(json(|w| r.to_v1().write(w)).ends_with(r#""extra":{"assetTransferMethod":"permit2"}}"#));
        let e = crate::x402::config::tests::err(&[("X402_ASSET_TRANSFER_METHOD", "permit")]);
        assert_eq!(e.to_string(), "X402_ASSET_TRANSFER_METHOD is invalid: must be eip3009 or permit2");
        // EIP-3009 for a token outside the table still needs its domain.
        let e = crate::x402::config::tests::err(&[("X402_ASSET", "0x1111111111111111111111111111111111111111")]);
        assert_eq!(e.to_string(), "X402_ASSET_NAME is not set");
    }

    #[test]
    fn upto_advertises_its_ceiling_and_who_settles() {
        let f = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
        let c = config(&[("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", f), ("X402_PRICE", "5000000")]);
        let r = c.requirements("https://x.test/functions/paid");
        assert_eq!(
            json(|w| r.to_v2().write(w)),
            r#"{"scheme":"upto","network":"eip155:196","amount":"5000000","asset":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","payTo":"0x70997970c51812dc3a010c7d01b50e0d17dc79c8","maxTimeoutSeconds":300,"extra":{"name":"Global Dollar","version":"1","assetTransferMethod":"permit2","facilitatorAddress":"0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"}}"#
        );
        assert_eq!(r.scheme, Scheme::Upto { proxy: crate::x402::permit2::UPTO_PROXY, facilitator: Address::parse(f).unwrap() });
        assert_eq!(c.decimals, Some(6));
        // Another deployment of the proxy (OKX's on X Layer).
        let okx = config(&[("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", f), ("X402_UPTO_PROXY", "0x4020e7393B728A3939659E5732F87fdd8e680002")]);
        assert!(matches!(okx.scheme, Scheme::Upto { proxy, .. } if proxy.to_hex() == "0x4020e7393b728a3939659e5732f87fdd8e680002"));
        let err = |pairs: &[(&str, &str)]| crate::x402::config::tests::err(pairs).to_string();
        assert_eq!(err(&[("X402_SCHEME", "upto")]), "X402_UPTO_FACILITATOR is not set");
        assert_eq!(err(&[("X402_SCHEME", "metered")]), "X402_SCHEME is invalid: must be exact or upto");
        assert!(err(&[("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", "0x0000000000000000000000000000000000000000")]).starts_with("X402_UPTO_FACILITATOR is invalid"));
        assert!(err(&[("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", f), ("X402_ASSET_TRANSFER_METHOD", "eip3009")]).contains("upto is paid through Permit2"));
        // A token outside the table: dollars need its decimals.
        let plain = [("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", f), ("X402_ASSET", "0x1111111111111111111111111111111111111111")];
        assert_eq!(config(&plain).decimals, None);
        assert_eq!(config(&[plain.as_slice(), &[("X402_ASSET_DECIMALS", "18")]].concat()).decimals, Some(18));
        assert!(err(&[plain.as_slice(), &[("X402_ASSET_DECIMALS", "37")]].concat()).starts_with("X402_ASSET_DECIMALS is invalid"));
    }
}
