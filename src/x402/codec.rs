//! Text encodings of fixed-size byte strings and integers: `0x`-hex in and out,
//! decimal `u64` out, and a compile-time hex decoder for constant tables.

#[allow(unused_imports)]
use crate::prelude::*;

/// Parses `0x` followed by exactly `2 * N` hex digits (either case).
pub fn parse_0x_hex<const N: usize>(s: &str) -> Option<[u8; N]> {
    let digits = s.strip_prefix("0x")?;
    if digits.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    hex::decode_to_slice(digits, &mut out).ok()?;
    Some(out)
}

/// Parses `0x` followed by any even number of hex digits (either case).
pub fn parse_0x_hex_vec(s: &str) -> Option<Vec<u8>> {
    hex::decode(s.strip_prefix("0x")?).ok()
}

/// Lowercase `0x`-prefixed hex.
/// The parts joined, by hand: `[..].concat()` and `join` bring their generic copy loop
/// (about 1 KB of .wasm) for what a `push_str` loop does.
#[inline(never)]
pub fn cat(parts: &[&str]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push_str(p);
    }
    out
}

pub fn to_0x_hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(2 + 2 * bytes.len());
    out.push_str("0x");
    out.push_str(&hex::encode(bytes));
    out
}

/// Appends `v` in decimal, left-padded with zeros to at least `width` digits.
pub fn push_decimal(out: &mut String, v: u64, width: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    let mut v = v;
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for _ in (buf.len() - i)..width {
        out.push('0');
    }
    for &c in &buf[i..] {
        out.push(char::from(c));
    }
}

/// `v` in decimal.
pub fn decimal(v: u64) -> String {
    let mut s = String::new();
    push_decimal(&mut s, v, 0);
    s
}

/// Hex (optional `0x`) to bytes, for `const` items only: a malformed literal is a
/// compile-time error because the function is only ever evaluated in const context.
pub(crate) const fn const_hex<const N: usize>(s: &str) -> [u8; N] {
    let b = s.as_bytes();
    let off = if b.len() >= 2 && b[0] == b'0' && b[1] == b'x' { 2 } else { 0 };
    assert!(b.len() - off == 2 * N, "const_hex: wrong length");
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = (nibble(b[off + 2 * i]) << 4) | nibble(b[off + 2 * i + 1]);
        i += 1;
    }
    out
}

const fn nibble(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        b'a'..=b'f' => c - b'a' + 10,
        b'A'..=b'F' => c - b'A' + 10,
        _ => panic!("const_hex: not a hex digit"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_fixed() {
        assert_eq!(parse_0x_hex::<2>("0xAbCd"), Some([0xab, 0xcd]));
        assert_eq!(parse_0x_hex::<2>("abcd"), None);
        assert_eq!(parse_0x_hex::<2>("0xabc"), None);
        assert_eq!(parse_0x_hex::<2>("0xabcdef"), None);
        assert_eq!(parse_0x_hex::<2>("0xabcg"), None);
        assert_eq!(parse_0x_hex::<2>("0x+bcd"), None);
        assert_eq!(parse_0x_hex::<1>("0xé"), None);
        assert_eq!(to_0x_hex(&[0xAB, 0x01]), "0xab01");
        const C: [u8; 2] = const_hex("0xBEef");
        assert_eq!(C, [0xbe, 0xef]);
    }

    #[test]
    fn decimals() {
        assert_eq!(decimal(0), "0");
        assert_eq!(decimal(u64::MAX), "18446744073709551615");
        let mut s = String::new();
        push_decimal(&mut s, 7, 3);
        push_decimal(&mut s, 1234, 2);
        assert_eq!(s, "0071234");
    }
}
