//! Metered payments (`upto`): what the seller's handler says the work cost, read the way the
//! reference servers read it, and never more than the ceiling the payer signed.
//!
//! A handler states its charge as an amount in the asset's atomic units (`"1000"`), a share of
//! the ceiling (`"50%"`, at most two decimals, rounded down) or a dollar amount (`"$0.05"`, for
//! a token whose decimals are known, rounded down to its smallest unit). The reference's
//! `Settlement-Overrides: {"amount": "…"}` response header says the same; a malformed header is
//! ignored, as the reference ignores it.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json;
use crate::x402::error::X402Error;
use crate::x402::permit2;
use crate::x402::u256::U256;

/// The response header a handler may state its charge in (never passed on to the buyer).
pub const SETTLEMENT_OVERRIDES_HEADER: &str = "Settlement-Overrides";

fn invalid(message: &'static str) -> X402Error {
    X402Error::Misconfigured(message)
}

/// The `amount` of a `Settlement-Overrides` header value; `None` when it is not that JSON.
pub fn overrides_amount(header: &str) -> Option<String> {
    let v = json::parse(header.trim().as_bytes())?;
    v.as_object()?;
    v.get("amount")?.as_str().map(str::to_owned)
}

/// Digits, then at most `max_fraction` more after a point: (integer part, fraction padded to
/// `max_fraction` digits) as numbers; `None` for anything else.
fn decimal(text: &str, max_fraction: usize, truncate: bool) -> Option<(u128, u128)> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(int) || (text.contains('.') && !digits(frac)) || (frac.len() > max_fraction && !truncate) {
        return None;
    }
    let frac = &frac[..frac.len().min(max_fraction)];
    let scale = 10u128.checked_pow(u32::try_from(max_fraction).ok()?)?;
    let f: u128 = if frac.is_empty() { 0 } else { frac.parse::<u128>().ok()? * 10u128.checked_pow(u32::try_from(max_fraction - frac.len()).ok()?)? };
    let i: u128 = int.parse().ok()?;
    i.checked_mul(scale)?.checked_add(f).map(|n| (n, scale))
}

/// The charge `text` states against `ceiling` (atomic units), for a token of `decimals`
/// (`None`: unknown, so a dollar amount cannot be read). Above the ceiling it is refused
/// ([`permit2::exceeds_ceiling`]); a statement that does not parse is the seller's error.
pub fn charge(text: &str, ceiling: &U256, decimals: Option<u8>) -> Result<U256, X402Error> {
    let text = text.trim();
    let ceiling_u128 = || ceiling.to_u128().ok_or(invalid("the ceiling is too large for a proportional charge"));
    let amount = if let Some(pct) = text.strip_suffix('%') {
        let (hundredths, _) = decimal(pct, 2, false).ok_or(invalid("a charge in percent has at most two decimals (\"12.5%\")"))?;
        if hundredths > 100 * 100 {
            return Err(permit2::exceeds_ceiling());
        }
        // floor(ceiling × hundredths / 10000), without overflow for any u128 ceiling.
        let c = ceiling_u128()?;
        let (q, r) = (c / 10_000, c % 10_000);
        U256::from_u128(q * hundredths + r * hundredths / 10_000)
    } else if let Some(dollars) = text.strip_prefix('$') {
        let d = decimals.ok_or(invalid("a charge in dollars needs the token's decimals (a token of the built-in table, or X402_ASSET_DECIMALS)"))?;
        let (units, _) = decimal(dollars, usize::from(d), true).ok_or(invalid("a charge in dollars reads \"$0.05\""))?;
        U256::from_u128(units)
    } else {
        U256::from_dec_str(text).ok_or(invalid("a charge is atomic units (\"1000\"), a share of the ceiling (\"50%\") or dollars (\"$0.05\")"))?
    };
    permit2::check_charge(ceiling, &amount)?;
    Ok(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(text: &str, ceiling: u64, decimals: Option<u8>) -> Result<String, String> {
        charge(text, &U256::from_u64(ceiling), decimals).map(|a| a.to_dec_string()).map_err(|e| e.reason().to_owned())
    }

    #[test]
    fn atomic_units_percent_and_dollars() {
        assert_eq!(c("1234", 5_000_000, None), Ok("1234".into()));
        assert_eq!(c(" 0 ", 5_000_000, None), Ok("0".into()));
        assert_eq!(c("5000000", 5_000_000, None), Ok("5000000".into()));
        assert_eq!(c("50%", 5_000_000, None), Ok("2500000".into()));
        // Rounded down, to the smallest unit.
        assert_eq!(c("33.33%", 1000, None), Ok("333".into()));
        assert_eq!(c("12.5%", 7, None), Ok("0".into()));
        assert_eq!(c("100%", 5_000_000, None), Ok("5000000".into()));
        assert_eq!(c("0%", 5_000_000, None), Ok("0".into()));
        assert_eq!(c("$0.05", 5_000_000, Some(6)), Ok("50000".into()));
        assert_eq!(c("$1", 5_000_000, Some(6)), Ok("1000000".into()));
        assert_eq!(c("$0.0000019", 5_000_000, Some(6)), Ok("1".into()));
        assert_eq!(c("$0.25", u64::MAX, Some(18)), Ok("250000000000000000".into()));
    }

    #[test]
    fn never_above_the_ceiling_and_never_guessed() {
        let above = Err("invalid_upto_evm_payload_settlement_exceeds_amount".to_owned());
        assert_eq!(c("5000001", 5_000_000, None), above);
        assert_eq!(c("100.01%", 5_000_000, None), above);
        assert_eq!(c("$5.000001", 5_000_000, Some(6)), above);
        let seller = Err("invalid_payment_requirements".to_owned());
        for bad in ["", "-1", "1e3", "0x10", "12.345%", "%", "abc", "$", "$-1", "$1.2.3", "1.5"] {
            assert_eq!(c(bad, 5_000_000, Some(6)), seller, "{bad:?}");
        }
        // Dollars without the token's decimals cannot be read.
        assert_eq!(c("$0.05", 5_000_000, None), seller);
        // A ceiling past u128 still takes atomic units.
        let huge = U256([0xff; 32]);
        assert_eq!(charge("7", &huge, None).map(|a| a.to_dec_string()), Ok("7".into()));
    }

    #[test]
    fn the_reference_header() {
        assert_eq!(overrides_amount(r#"{"amount":"1000"}"#).as_deref(), Some("1000"));
        assert_eq!(overrides_amount(r#" {"amount":"50%","other":1} "#).as_deref(), Some("50%"));
        for ignored in ["", "1000", r#"{"amount":1000}"#, "[1]", r#"{"charge":"1"}"#, "{"] {
            assert_eq!(overrides_amount(ignored), None, "{ignored:?}");
        }
    }
}
