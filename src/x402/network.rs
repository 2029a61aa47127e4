//! Network names ↔ EVM chain ids. v1 uses names ("base-sepolia", "x-layer"), v2 uses
//! CAIP-2 ("eip155:196"); InsForge's guide puts CAIP-2 in v1 payloads, so both are
//! accepted everywhere.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec;

pub struct Chain {
    pub chain_id: u64,
    pub caip2: &'static str,
    /// x402 v1 style network name.
    pub v1_name: &'static str,
    /// The chain's own public JSON-RPC endpoint: on-chain proof of a settlement whose outcome
    /// is unknown is always at hand, even without `RPC_URL` (which overrides it).
    pub public_rpc: &'static str,
}

pub const X_LAYER: u64 = 196;
pub const BASE: u64 = 8453;
pub const BASE_SEPOLIA: u64 = 84532;

pub const CHAINS: &[Chain] = &[
    Chain { chain_id: X_LAYER, caip2: "eip155:196", v1_name: "x-layer", public_rpc: "https://rpc.xlayer.tech" },
    Chain { chain_id: BASE, caip2: "eip155:8453", v1_name: "base", public_rpc: "https://mainnet.base.org" },
    Chain { chain_id: BASE_SEPOLIA, caip2: "eip155:84532", v1_name: "base-sepolia", public_rpc: "https://sepolia.base.org" },
];

/// The public JSON-RPC endpoint of a built-in chain.
pub fn public_rpc(chain_id: u64) -> Option<&'static str> {
    CHAINS.iter().find(|c| c.chain_id == chain_id).map(|c| c.public_rpc)
}

/// Extra v1 spellings seen in the wild.
const ALIASES: &[(&str, u64)] = &[("xlayer", X_LAYER)];

/// Chain id of a v1 name, an alias, or a CAIP-2 `eip155:<id>` (canonical decimal, any
/// EVM chain). Names are exact (case-sensitive) like in the reference SDKs.
pub fn chain_id(network: &str) -> Option<u64> {
    if let Some(id) = network.strip_prefix("eip155:") {
        let b = id.as_bytes();
        if b.is_empty() || b.len() > 19 || (b.len() > 1 && b[0] == b'0') {
            return None;
        }
        if !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        return id.parse().ok().filter(|&v| v != 0);
    }
    CHAINS
        .iter()
        .find(|c| c.v1_name == network)
        .map(|c| c.chain_id)
        .or_else(|| ALIASES.iter().find(|a| a.0 == network).map(|a| a.1))
}

/// CAIP-2 identifier of an EVM chain.
pub fn caip2(chain_id: u64) -> String {
    let mut s = String::from("eip155:");
    codec::push_decimal(&mut s, chain_id, 0);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_caip2() {
        assert_eq!(chain_id("x-layer"), Some(196));
        assert_eq!(chain_id("xlayer"), Some(196));
        assert_eq!(chain_id("eip155:196"), Some(196));
        assert_eq!(chain_id("base"), Some(8453));
        assert_eq!(chain_id("base-sepolia"), Some(84532));
        assert_eq!(chain_id("eip155:84532"), Some(84532));
        assert_eq!(chain_id("eip155:1"), Some(1));
        for bad in ["", "eip155:", "eip155:0", "eip155:0196", "eip155:+1", "eip155:1a",
            "eip155:99999999999999999999", "Base", "solana:mainnet", "polygon"] {
            assert_eq!(chain_id(bad), None, "{bad:?}");
        }
        assert_eq!(caip2(196), "eip155:196");
        for c in CHAINS {
            assert_eq!(chain_id(c.caip2), Some(c.chain_id));
            assert_eq!(caip2(c.chain_id), c.caip2);
        }
    }
}
