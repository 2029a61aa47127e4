//! RFC 3339 timestamps → unix seconds (Stytch session `expires_at`, Sign-In with Ethereum's
//! times), without a date crate.

#[allow(unused_imports)]
use crate::prelude::*;

/// Parses `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`; fractional seconds are dropped.
pub fn to_unix(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.len() < 20 || b[4] != b'-' || b[7] != b'-' || !matches!(b[10], b'T' | b't' | b' ') || b[13] != b':' || b[16] != b':' {
        return None;
    }
    // Digits only (at most 4: no overflow), folded by hand: core's integer parser would add
    // its own code to the .wasm for these few digits.
    let num = |r: core::ops::Range<usize>| -> Option<i64> { s.get(r)?.bytes().try_fold(0i64, |n, c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0'))) };
    let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (h, mi, se) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&mo) || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || se > 60 {
        return None;
    }
    let mut i = 19;
    if b[i] == b'.' {
        i += 1;
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let offset = match b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let (oh, om) = (num(i + 1..i + 3)?, num(i + 4..i + 6)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let o = oh * 3600 + om * 60;
            if *sign == b'+' { o } else { -o }
        }
        _ => return None,
    };
    Some(days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - offset)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

#[cfg(test)]
mod tests {
    use super::to_unix;

    #[test]
    fn parses_known_instants() {
        assert_eq!(to_unix("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(to_unix("2026-11-27T19:23:41Z"), Some(1_795_807_421));
        assert_eq!(to_unix("2024-02-29T12:00:00.123456Z"), Some(1_709_208_000));
        assert_eq!(to_unix("2024-02-29T14:00:00+02:00"), Some(1_709_208_000));
        assert_eq!(to_unix("2024-02-29T10:30:00-01:30"), Some(1_709_208_000));
    }

    #[test]
    fn refuses_garbage() {
        for s in ["", "2024-02-30T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-01T00:00:00", "2024-01-01T00:00:00.Z", "2024-01-01T24:00:00Z", "x024-01-01T00:00:00Z", "2024-01-01T00:00:00Zjunk", "2024-01-01T00:00:00+0100"] {
            assert_eq!(to_unix(s), None, "{s}");
        }
    }
}
