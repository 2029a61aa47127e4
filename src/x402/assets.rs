//! Known EIP-3009 assets. The EIP-712 name/version here reproduce each
//! token's on-chain `DOMAIN_SEPARATOR()` (checked by a unit test); trust them over
//! vendor SDK tables.

use crate::x402::address::Address;
use crate::x402::codec::const_hex;
use crate::x402::network::{BASE, BASE_SEPOLIA, X_LAYER};

pub struct Asset {
    pub chain_id: u64,
    pub address: Address,
    pub symbol: &'static str,
    /// EIP-712 domain `name`.
    pub name: &'static str,
    /// EIP-712 domain `version`.
    pub version: &'static str,
    pub decimals: u8,
    /// On-chain `DOMAIN_SEPARATOR()`.
    pub domain_separator: [u8; 32],
}

pub const ASSETS: &[Asset] = &[
    Asset {
        chain_id: X_LAYER,
        address: Address(const_hex("0x4ae46a509f6b1d9056937ba4500cb143933d2dc8")),
        symbol: "USDG",
        name: "Global Dollar",
        version: "1",
        decimals: 6,
        domain_separator: const_hex(
            "0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743",
        ),
    },
    Asset {
        chain_id: X_LAYER,
        address: Address(const_hex("0x779ded0c9e1022225f8e0630b35a9b54be713736")),
        symbol: "USD\u{20ae}0",
        name: "USD\u{20ae}0",
        version: "1",
        decimals: 6,
        domain_separator: const_hex(
            "0xd591d9baf744328d9400b923cb02c9474d367d591ca1ab24d8c4068be527599d",
        ),
    },
    Asset {
        chain_id: X_LAYER,
        address: Address(const_hex("0x74b7f16337b8972027f6196a17a631ac6de26d22")),
        symbol: "USDC",
        name: "USD Coin",
        version: "2",
        decimals: 6,
        domain_separator: const_hex(
            "0xb1671065a2ea487729c4ff0e2f8beb2105e3ce63315ad07483374a3476b83972",
        ),
    },
    Asset {
        chain_id: BASE,
        address: Address(const_hex("0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913")),
        symbol: "USDC",
        name: "USD Coin",
        version: "2",
        decimals: 6,
        domain_separator: const_hex(
            "0x02fa7265e7c5d81118673727957699e4d68f74cd74b7db77da710fe8a2c7834f",
        ),
    },
    Asset {
        chain_id: BASE_SEPOLIA,
        address: Address(const_hex("0x036CbD53842c5426634e7929541eC2318f3dCF7e")),
        symbol: "USDC",
        name: "USDC",
        version: "2",
        decimals: 6,
        domain_separator: const_hex(
            "0x71f17a3b2ff373b803d70a5a07c046c1a2bc8e89c09ef722fcb047abe94c9818",
        ),
    },
];

/// The asset at `address` on `chain_id`, if known.
pub fn find_asset(chain_id: u64, address: &Address) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.chain_id == chain_id && a.address == *address)
}

/// The first known asset with this symbol on `chain_id` (e.g. "USDG" on 196).
pub fn find_by_symbol(chain_id: u64, symbol: &str) -> Option<&'static Asset> {
    ASSETS.iter().find(|a| a.chain_id == chain_id && a.symbol == symbol)
}

#[cfg(test)]
mod tests {
    use crate::x402::eip712::domain_separator;
    use super::*;

    #[test]
    fn table_reproduces_on_chain_domain_separators() {
        for a in ASSETS {
            let sep = domain_separator(a.name, a.version, a.chain_id, &a.address);
            assert_eq!(sep, a.domain_separator, "{} on {}", a.symbol, a.chain_id);
        }
    }

    #[test]
    fn lookups() {
        let usdg = Address::parse("0x4AE46A509F6B1D9056937BA4500CB143933D2DC8").unwrap();
        assert_eq!(find_asset(196, &usdg).map(|a| a.symbol), Some("USDG"));
        assert!(find_asset(8453, &usdg).is_none());
        assert_eq!(find_by_symbol(84532, "USDC").map(|a| a.name), Some("USDC"));
        assert_eq!(find_by_symbol(196, "USD\u{20ae}0").map(|a| a.decimals), Some(6));
    }

    /// The paywall page (functions/src/lib/paywall-page.js) prices a payment from its copy of
    /// this table, and reads X402_ASSET_SYMBOL/X402_ASSET_DECIMALS only for a token missing from
    /// it: the copy must hold exactly these assets, with these symbols and decimals, or the page
    /// could show one price while the buyer signs another.
    #[test]
    fn paywall_page_prices_from_this_table() {
        let page = include_str!("../../functions/src/lib/paywall-page.js");
        let start = page.find("const ASSETS = {").expect("the page's asset table");
        let table = &page[start..start + page[start..].find("};").expect("its end")];
        let mut rows: Vec<String> = table
            .lines()
            .filter_map(|l| l.trim().strip_prefix('\''))
            .map(|l| l.trim_end_matches(',').replace("\\u20ae", "\u{20ae}"))
            .collect();
        let mut want: Vec<String> = ASSETS
            .iter()
            .map(|a| {
                let hex: String = a.address.0.iter().map(|b| format!("{b:02x}")).collect();
                format!("{}:0x{hex}': ['{}', {}]", a.chain_id, a.symbol, a.decimals)
            })
            .collect();
        rows.sort();
        want.sort();
        assert_eq!(rows, want);
    }
}
