//! ISO-8601 UTC times formatted from a caller-supplied clock without a date crate or
//! `core::fmt`: with milliseconds for `OK-ACCESS-TIMESTAMP` (`2020-12-08T09:08:57.715Z`), to
//! the second for Sign-In with Ethereum's times (`2026-12-06T10:00:00Z`).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec::push_decimal;

/// Unix milliseconds → `YYYY-MM-DDTHH:MM:SS.mmmZ`. Years past 9999 print more digits
/// (never reached from a real clock; no panic either way).
pub fn iso8601_ms(now_ms: u64) -> String {
    write(now_ms / 1000, Some(now_ms % 1000))
}

/// Unix seconds → `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso8601_seconds(secs: u64) -> String {
    write(secs, None)
}

fn write(secs: u64, ms: Option<u64>) -> String {
    let (days, sod) = (secs / 86_400, secs % 86_400);
    let (y, m, d) = civil_from_days(days);
    let mut s = String::with_capacity(24);
    push_decimal(&mut s, y, 4);
    s.push('-');
    push_decimal(&mut s, m, 2);
    s.push('-');
    push_decimal(&mut s, d, 2);
    s.push('T');
    push_decimal(&mut s, sod / 3600, 2);
    s.push(':');
    push_decimal(&mut s, sod / 60 % 60, 2);
    s.push(':');
    push_decimal(&mut s, sod % 60, 2);
    if let Some(ms) = ms {
        s.push('.');
        push_decimal(&mut s, ms, 3);
    }
    s.push('Z');
    s
}

/// Days since 1970-01-01 → (year, month, day), Howard Hinnant's algorithm for
/// non-negative day counts (inverse of `rfc3339::days_from_civil`).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rfc3339::to_unix;

    fn ms(iso: &str) -> u64 {
        let (whole, frac) = iso.split_at(19);
        let secs = to_unix(&format!("{whole}Z")).unwrap() as u64;
        secs * 1000 + frac[1..4].parse::<u64>().unwrap()
    }

    #[test]
    fn formats_known_instants() {
        for iso in [
            "1970-01-01T00:00:00.000Z",
            "2020-12-08T09:08:57.715Z",
            "2026-03-30T10:00:00.000Z",
            "2024-02-29T23:59:59.999Z",
            "2000-03-01T00:00:00.001Z",
            "2100-12-31T12:34:56.078Z",
        ] {
            assert_eq!(iso8601_ms(ms(iso)), iso);
        }
    }

    #[test]
    fn seconds_write_what_rfc3339_reads() {
        for (t, s) in [(0, "1970-01-01T00:00:00Z"), (1_795_807_421, "2026-11-27T19:23:41Z"), (1_709_208_000, "2024-02-29T12:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (253_402_300_799, "9999-12-31T23:59:59Z")] {
            assert_eq!(iso8601_seconds(t), s);
            assert_eq!(to_unix(s), Some(t as i64));
        }
    }

    #[test]
    fn every_day_round_trips_and_extremes_do_not_panic() {
        for day in (0..200_000u64).step_by(7) {
            let (y, m, d) = civil_from_days(day);
            let back = crate::rfc3339::days_from_civil(y as i64, m as i64, d as i64);
            assert_eq!(back, day as i64);
        }
        assert!(iso8601_ms(u64::MAX).ends_with('Z'));
    }
}
