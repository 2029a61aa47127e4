//! 20-byte EVM addresses: case-insensitive parsing (EIP-55 checksum not required),
//! byte-wise comparison, lowercase `0x` output.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Address(pub [u8; 20]);

impl Address {
    /// `0x` + 40 hex digits in any case.
    pub fn parse(s: &str) -> Option<Address> {
        codec::parse_0x_hex::<20>(s).map(Address)
    }

    /// Lowercase `0x`-prefixed hex.
    pub fn to_hex(&self) -> String {
        codec::to_0x_hex(&self.0)
    }

    /// ABI encoding as a left-padded 32-byte word.
    pub fn to_word(&self) -> [u8; 32] {
        let mut w = [0u8; 32];
        w[12..].copy_from_slice(&self.0);
        w
    }
}

/// True when both strings are valid addresses naming the same account.
pub fn same_address(a: &str, b: &str) -> bool {
    matches!((Address::parse(a), Address::parse(b)), (Some(x), Some(y)) if x == y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_compare_format() {
        let a = Address::parse("0x209693Bc6afc0C5328bA36FaF03C514EF312287C").unwrap();
        assert_eq!(a.to_hex(), "0x209693bc6afc0c5328ba36faf03c514ef312287c");
        assert!(same_address(
            "0x209693BC6AFC0C5328BA36FAF03C514EF312287C",
            "0x209693bc6afc0c5328ba36faf03c514ef312287c"
        ));
        assert!(!same_address("0x209693bc6afc0c5328ba36faf03c514ef312287c", "nope"));
        assert_eq!(Address::parse("209693bc6afc0c5328ba36faf03c514ef312287c"), None);
        assert_eq!(Address::parse("0x209693bc6afc0c5328ba36faf03c514ef312287"), None);
        assert_eq!(Address::parse("0x209693bc6afc0c5328ba36faf03c514ef312287cc0"), None);
        let w = a.to_word();
        assert_eq!(&w[..12], &[0u8; 12]);
        assert_eq!(&w[12..], &a.0);
    }
}
