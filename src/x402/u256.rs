//! 256-bit unsigned integers (`uint256` amounts and timestamps) as 32 big-endian bytes.
//! Only what x402 needs: canonical decimal parsing, comparison, decimal output.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec;

/// Big-endian 256-bit unsigned integer; the derived ordering is the numeric ordering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct U256(pub [u8; 32]);

/// 2^256 - 1 has 78 decimal digits.
pub const MAX_DECIMAL_DIGITS: usize = 78;

impl U256 {
    pub const ZERO: U256 = U256([0; 32]);

    pub fn from_u64(v: u64) -> Self {
        let mut b = [0u8; 32];
        b[24..].copy_from_slice(&v.to_be_bytes());
        U256(b)
    }

    /// `a × b` exactly (at most 192 bits), e.g. a gas limit times a fee per gas.
    pub fn product(a: u128, b: u64) -> Self {
        let b = u128::from(b);
        let lo = (a & u128::from(u64::MAX)) * b; // < 2^128
        let hi = (a >> 64) * b; // < 2^128, weighs 2^64
        let mid = (lo >> 64) + (hi & u128::from(u64::MAX)); // < 2^65
        let mut out = [0u8; 32];
        out[24..].copy_from_slice(&(lo as u64).to_be_bytes());
        out[16..24].copy_from_slice(&(mid as u64).to_be_bytes());
        let top = (hi >> 64) + (mid >> 64); // < 2^64 + 2
        out[..16].copy_from_slice(&top.to_be_bytes());
        U256(out)
    }

    /// Canonical unsigned decimal: ASCII digits only (no sign, space or `0x`), no leading
    /// zero except for "0" itself, at most 78 digits, value < 2^256.
    pub fn from_dec_str(s: &str) -> Option<Self> {
        let d = s.as_bytes();
        if d.is_empty() || d.len() > MAX_DECIMAL_DIGITS || (d.len() > 1 && d[0] == b'0') {
            return None;
        }
        let mut out = [0u8; 32];
        for &c in d {
            if !c.is_ascii_digit() {
                return None;
            }
            let mut carry = u32::from(c - b'0');
            for b in out.iter_mut().rev() {
                let v = u32::from(*b) * 10 + carry;
                *b = v as u8;
                carry = v >> 8;
            }
            if carry != 0 {
                return None;
            }
        }
        Some(U256(out))
    }

    /// The value if it fits in a `u64`.
    pub fn from_u128(v: u128) -> Self {
        let mut b = [0u8; 32];
        b[16..].copy_from_slice(&v.to_be_bytes());
        U256(b)
    }

    pub fn to_u128(&self) -> Option<u128> {
        if self.0[..16].iter().any(|&b| b != 0) {
            return None;
        }
        let mut v = [0u8; 16];
        v.copy_from_slice(&self.0[16..]);
        Some(u128::from_be_bytes(v))
    }

    pub fn to_u64(&self) -> Option<u64> {
        if self.0[..24].iter().any(|&b| b != 0) {
            return None;
        }
        let mut v = 0u64;
        for &b in &self.0[24..] {
            v = (v << 8) | u64::from(b);
        }
        Some(v)
    }

    pub fn is_zero(&self) -> bool {
        self.0.iter().all(|&b| b == 0)
    }

    /// Canonical decimal representation.
    pub fn to_dec_string(&self) -> String {
        if let Some(v) = self.to_u64() {
            return codec::decimal(v);
        }
        let mut n = self.0;
        let mut digits = Vec::with_capacity(MAX_DECIMAL_DIGITS);
        while n.iter().any(|&b| b != 0) {
            let mut rem = 0u32;
            for b in n.iter_mut() {
                let cur = (rem << 8) | u32::from(*b);
                *b = (cur / 10) as u8;
                rem = cur % 10;
            }
            digits.push(b'0' + rem as u8);
        }
        digits.iter().rev().map(|&c| char::from(c)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAX: &str =
        "115792089237316195423570985008687907853269984665640564039457584007913129639935";

    #[test]
    fn parses_canonical_decimals() {
        assert_eq!(U256::from_dec_str("0"), Some(U256::ZERO));
        assert_eq!(U256::from_dec_str("10000"), Some(U256::from_u64(10000)));
        assert_eq!(U256::from_dec_str("18446744073709551615"), Some(U256::from_u64(u64::MAX)));
        let max = U256::from_dec_str(MAX).unwrap();
        assert_eq!(max, U256([0xff; 32]));
        assert_eq!(max.to_dec_string(), MAX);
        let big = U256::from_dec_str("18446744073709551616").unwrap();
        assert_eq!(big.to_u64(), None);
        assert_eq!(big.to_dec_string(), "18446744073709551616");
        assert_eq!(U256::from_u64(1_740_672_154).to_dec_string(), "1740672154");
    }

    #[test]
    fn products_are_exact() {
        assert_eq!(U256::product(0, 7), U256::ZERO);
        assert_eq!(U256::product(3, 7), U256::from_u64(21));
        assert_eq!(U256::product(u128::MAX, u64::MAX).to_dec_string(), "6277101735386680763495507056286727952620534092958556749825");
        assert_eq!(U256::product(1 << 64, 1 << 63).to_dec_string(), "170141183460469231731687303715884105728");
        assert_eq!(U256::product(120_000_000_000, 72_000).to_dec_string(), "8640000000000000");
    }

    #[test]
    fn rejects_non_canonical() {
        for bad in ["", "-1", "+1", " 1", "1 ", "01", "00", "0x10", "1e3", "1.0", "１"] {
            assert_eq!(U256::from_dec_str(bad), None, "{bad:?}");
        }
        // 2^256 overflows; 79 digits are refused outright.
        let over =
            "115792089237316195423570985008687907853269984665640564039457584007913129639936";
        assert_eq!(U256::from_dec_str(over), None);
        assert_eq!(U256::from_dec_str(&"1".repeat(79)), None);
        assert!(U256::from_dec_str(&"9".repeat(77)).is_some());
        assert_eq!(U256::from_dec_str(&"9".repeat(78)), None);
    }

    #[test]
    fn orders_numerically() {
        let a = U256::from_dec_str("9999").unwrap();
        let b = U256::from_dec_str("10000").unwrap();
        let c = U256::from_dec_str("18446744073709551616").unwrap();
        assert!(a < b && b < c && U256::ZERO < a);
        assert!(U256::ZERO.is_zero() && !a.is_zero());
    }
}
