//! Reads an OKX facilitator answer of either generation: `code` as string or number,
//! `data` as array (legacy) or object (current), `txHash` or `transaction`, and a
//! settle `status` of pending/success/timeout.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec;
use crate::x402::error::{FacilitatorError, FacilitatorOp, Reason, X402Error};
use crate::x402::settle::{Outcome, Proof};
use crate::json::{self, Json, Num};

/// Longest facilitator body we read; OKX answers are a few hundred bytes.
pub const MAX_BODY_LEN: usize = 64 * 1024;
/// Facilitator text echoed in messages is cut to this many characters.
const MAX_ECHO_CHARS: usize = 200;

/// Reads the answer to `op` (`http_status` 0 = no answer at all) as the seam's outcome.
///
/// A settle counts as `Settled` only with `success: true` AND a well-formed hash. For the
/// settle calls, a failure is `Failed` (nothing moved) only when OKX refused: a payment
/// refusal, or a non-zero `code` that is not worth retrying (authentication, bad request);
/// anything else (no answer, 5xx, an unreadable or incomplete success) is `Unknown`.
pub fn parse(op: FacilitatorOp, http_status: u16, body: &str) -> Outcome {
    match parse_inner(op, http_status, body) {
        Ok(o) => o,
        Err(reason) => {
            let refused = match &reason {
                X402Error::Facilitator(f) => !f.retryable && !f.code.is_empty() && f.code != "0",
                _ => true,
            };
            if op == FacilitatorOp::Verify || op == FacilitatorOp::Supported || refused {
                Outcome::Failed { reason }
            } else {
                Outcome::Unknown { tx_hash: None, reason }
            }
        }
    }
}

fn parse_inner(op: FacilitatorOp, http_status: u16, body: &str) -> Result<Outcome, X402Error> {
    let http_retryable = http_status == 0 || http_status == 429 || http_status >= 500;
    let fail = |code: &str, msg: &str, retryable: bool| {
        X402Error::Facilitator(FacilitatorError {
            op,
            http_status,
            code: code.into(),
            msg: echo(msg),
            retryable,
        })
    };
    if body.len() > MAX_BODY_LEN {
        return Err(fail("", "response too large", http_retryable));
    }
    let envelope = json::parse(body.as_bytes()).ok_or_else(|| fail("", "response is not JSON", http_retryable))?;
    let msg = envelope.get("msg").and_then(Json::as_str).unwrap_or("");
    let code = match envelope.get("code") {
        Some(Json::Str(s)) => s.trim().to_owned(),
        Some(Json::Num(Num::U(n))) => codec::decimal(*n),
        Some(Json::Num(Num::I(n))) => decimal_i64(*n),
        Some(Json::Num(Num::Other)) => "?".into(),
        _ => return Err(fail("", "response is not an OKX envelope", http_retryable)),
    };
    if code != "0" {
        // Some refusals arrive as an error envelope whose msg names the payment problem.
        if let Some(e) = refusal(op, msg) {
            return Err(e);
        }
        // 50011 rate limit, 50026 system error: worth retrying later.
        let retryable = http_retryable || code == "50011" || code == "50026";
        return Err(fail(&code, msg, retryable));
    }
    if !(200..300).contains(&http_status) {
        return Err(fail(&code, msg, http_retryable));
    }
    let data = match envelope.get("data") {
        Some(Json::Arr(items)) => items.first(),
        Some(obj @ Json::Obj(_)) => Some(obj),
        _ => None,
    }
    .ok_or_else(|| fail(&code, "response has no data", false))?;
    let text = |k: &str| data.get(k).and_then(Json::as_str).map(str::trim).filter(|s| !s.is_empty());
    let flag = |k: &str| match data.get(k) {
        Some(Json::Bool(b)) => Some(*b),
        _ => None,
    };
    match op {
        FacilitatorOp::Verify | FacilitatorOp::Supported => match flag("isValid") {
            Some(true) => Ok(Outcome::Verified { payer: text("payer").map(str::to_owned) }),
            Some(false) => {
                let why = text("invalidReason").or(text("invalidMessage")).unwrap_or("");
                Err(refusal(op, why).unwrap_or_else(|| rejected(op, Reason::InvalidPayload, why)))
            }
            None => Err(fail(&code, "verify response has no isValid", false)),
        },
        FacilitatorOp::Settle | FacilitatorOp::SettleStatus => {
            let raw_tx = text("transaction").or(text("txHash"));
            let tx = raw_tx.and_then(codec::parse_0x_hex::<32>).map(|h| codec::to_0x_hex(&h));
            let success = flag("success");
            let status = text("status");
            // A status of pending/timeout is authoritative: `success` may be false on the
            // status endpoint only because the transfer has not landed yet.
            let in_flight = matches!(status, Some("pending") | Some("timeout"));
            if success == Some(false) && !in_flight {
                let why = text("errorReason").or(text("errorMsg")).or(text("errorMessage")).unwrap_or("");
                return Err(refusal(op, why).unwrap_or_else(|| rejected(op, Reason::UnexpectedSettleError, why)));
            }
            match status {
                Some("pending") => Ok(Outcome::Pending { tx_hash: tx }),
                // The wait for confirmation ran out; with a hash the transfer may still land.
                Some("timeout") if op == FacilitatorOp::Settle && tx.is_some() => Ok(Outcome::Pending { tx_hash: tx }),
                Some("timeout") => Err(fail(&code, "settlement timed out", true)),
                None | Some("success") if success == Some(true) => match tx {
                    Some(tx_hash) => Ok(Outcome::Settled { tx_hash, proof: Proof::Facilitator }),
                    None if raw_tx.is_some() => Err(fail(&code, "malformed hash", false)),
                    None => Err(fail(&code, "no hash", false)),
                },
                _ => Err(fail(&code, "not success:true", false)),
            }
        }
    }
}

/// Maps facilitator failure text (OKX failure phrases or x402 reasons) to a refusal. Exact
/// matches only: "Timestamp request expired" (50112) is our clock, not the payment.
fn refusal(op: FacilitatorOp, text: &str) -> Option<X402Error> {
    const PHRASES: &[(&str, Reason)] = &[
        ("amount mismatch", Reason::Value),
        ("toaddr mismatch", Reason::RecipientMismatch),
        ("invalid_signature", Reason::Signature),
        ("not_yet_valid", Reason::ValidAfter),
        ("expired", Reason::ValidBefore),
        ("nonce_used", Reason::NonceAlreadyUsed),
        ("nonce already used", Reason::NonceAlreadyUsed),
        ("authorization used", Reason::NonceAlreadyUsed),
        ("insufficient_balance", Reason::InsufficientFunds),
        ("unsupported_chain", Reason::InvalidNetwork),
    ];
    // The protocol's own reasons, when a facilitator names them.
    const REASONS: &[Reason] = &[
        Reason::InvalidScheme,
        Reason::InvalidNetwork,
        Reason::Signature,
        Reason::RecipientMismatch,
        Reason::ValidBefore,
        Reason::ValidAfter,
        Reason::Value,
        Reason::NonceAlreadyUsed,
        Reason::InsufficientFunds,
        Reason::InvalidPayload,
        Reason::InvalidPaymentRequirements,
        Reason::InvalidX402Version,
        Reason::Permit2Spender,
        Reason::Permit2Recipient,
        Reason::Permit2Deadline,
        Reason::Permit2NotYetValid,
        Reason::Permit2Amount,
        Reason::Permit2Token,
        Reason::Permit2Signature,
        Reason::Permit2AllowanceRequired,
        Reason::Permit2InsufficientBalance,
        Reason::Permit2InvalidNonce,
        Reason::UptoFacilitator,
        Reason::UptoExceedsAmount,
    ];
    let lower = text.trim().to_ascii_lowercase();
    if lower.is_empty() {
        return None;
    }
    // Transient: the same authorization can be settled again later.
    if lower == "onchain_error" || lower == "payment processing" {
        return Some(X402Error::Facilitator(FacilitatorError {
            op,
            http_status: 200,
            code: String::new(),
            msg: echo(text),
            retryable: true,
        }));
    }
    let reason = REASONS
        .iter()
        .copied()
        .find(|r| r.as_str() == lower)
        .or_else(|| PHRASES.iter().find(|(p, _)| *p == lower).map(|(_, r)| *r))?;
    // A used (or cancelled) permit is a used nonce: proven on chain before anything is told.
    if reason == Reason::NonceAlreadyUsed || reason == Reason::Permit2InvalidNonce {
        return Some(X402Error::NonceAlreadyUsed);
    }
    Some(rejected(op, reason, text))
}

fn rejected(op: FacilitatorOp, reason: Reason, detail: &str) -> X402Error {
    X402Error::Rejected { op, reason, detail: echo(detail) }
}

fn echo(s: &str) -> String {
    s.chars().take(MAX_ECHO_CHARS).collect()
}

fn decimal_i64(v: i64) -> String {
    let mut s = String::new();
    if v < 0 {
        s.push('-');
    }
    codec::push_decimal(&mut s, v.unsigned_abs(), 0);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use FacilitatorOp::*;

    const TX: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";

    fn settled() -> Outcome {
        Outcome::Settled { tx_hash: TX.into(), proof: Proof::Facilitator }
    }

    fn error(o: Outcome) -> X402Error {
        match o {
            Outcome::Failed { reason } | Outcome::Unknown { reason, .. } => reason,
            other => panic!("a failure expected, got {other:?}"),
        }
    }

    fn facilitator(o: Outcome) -> FacilitatorError {
        match error(o) {
            X402Error::Facilitator(f) => f,
            other => panic!("facilitator error expected, got {other:?}"),
        }
    }

    fn reason(o: Outcome) -> &'static str {
        assert!(matches!(o, Outcome::Failed { .. }), "a refusal is certain: {o:?}");
        error(o).reason()
    }

    fn unknown(o: &Outcome) -> bool {
        matches!(o, Outcome::Unknown { .. })
    }

    #[test]
    fn verify_both_generations() {
        let legacy = r#"{"code":"0","msg":"","data":[{"isValid":true,"payer":"0xabc","invalidReason":null}]}"#;
        assert_eq!(parse(Verify, 200, legacy), Outcome::Verified { payer: Some("0xabc".into()) });
        let current = r#"{"code":0,"msg":"","data":{"isValid":true,"invalidReason":"","invalidMessage":"","payer":"0xabc"}}"#;
        assert_eq!(parse(Verify, 200, current), Outcome::Verified { payer: Some("0xabc".into()) });
        let invalid = r#"{"code":"0","data":{"isValid":false,"invalidReason":"invalid_exact_evm_payload_signature"}}"#;
        assert_eq!(reason(parse(Verify, 200, invalid)), "invalid_exact_evm_payload_signature");
        let odd = r#"{"code":"0","data":{"isValid":false,"invalidReason":"something new"}}"#;
        assert_eq!(reason(parse(Verify, 200, odd)), "invalid_payload");
        let none = r#"{"code":"0","data":{"payer":"0xabc"}}"#;
        assert!(!facilitator(parse(Verify, 200, none)).retryable);
        // Verify moves nothing: even no answer at all is a certain failure.
        assert!(matches!(parse(Verify, 0, ""), Outcome::Failed { .. }));
    }

    #[test]
    fn settle_both_generations() {
        let legacy = format!(r#"{{"code":"0","msg":"","data":[{{"success":true,"payer":"0xabc","txHash":"{TX}","chainIndex":"196"}}]}}"#);
        assert_eq!(parse(Settle, 200, &legacy), settled());
        let current = format!(r#"{{"code":0,"data":{{"success":true,"transaction":"{}","network":"eip155:196","status":"success"}}}}"#, TX.to_uppercase().replace("0X", "0x"));
        assert_eq!(parse(Settle, 200, &current), settled(), "hash normalised to lowercase");
        let pending = format!(r#"{{"code":"0","data":{{"success":true,"transaction":"{TX}","status":"pending"}}}}"#);
        assert_eq!(parse(Settle, 200, &pending), Outcome::Pending { tx_hash: Some(TX.into()) });
        let polled = format!(r#"{{"code":"0","data":{{"success":false,"transaction":"{TX}","status":"pending"}}}}"#);
        assert_eq!(parse(SettleStatus, 200, &polled), Outcome::Pending { tx_hash: Some(TX.into()) }, "not landed yet is not a refusal");
        let pending_no_hash = r#"{"code":"0","data":{"success":true,"transaction":"","status":"pending"}}"#;
        assert_eq!(parse(Settle, 200, pending_no_hash), Outcome::Pending { tx_hash: None });
        let timeout = format!(r#"{{"code":"0","data":{{"success":true,"transaction":"{TX}","status":"timeout"}}}}"#);
        assert_eq!(parse(Settle, 200, &timeout), Outcome::Pending { tx_hash: Some(TX.into()) });
        assert!(facilitator(parse(SettleStatus, 200, &timeout)).retryable);
        let status = format!(r#"{{"code":"0","data":{{"success":true,"transaction":"{TX}","status":"success"}}}}"#);
        assert_eq!(parse(SettleStatus, 200, &status), settled());
    }

    /// Settled only with `success: true` AND a 0x + 64 hex hash; anything else may have moved
    /// money without proof: unknown, never settled, never failed.
    #[test]
    fn success_needs_success_true_and_a_well_formed_hash() {
        for (legacy, current) in [
            // No hash.
            (r#"{"success":true,"txHash":""}"#.to_string(), r#"{"success":true,"status":"success"}"#.to_string()),
            // Malformed hashes.
            (r#"{"success":true,"txHash":"0x12"}"#.into(), format!(r#"{{"success":true,"transaction":"{TX}00","status":"success"}}"#)),
            (r#"{"success":true,"txHash":"mock:0x11"}"#.into(), format!(r#"{{"success":true,"transaction":"{}","status":"success"}}"#, &TX[2..])),
            // No success flag, or not a boolean.
            (format!(r#"{{"txHash":"{TX}"}}"#), format!(r#"{{"transaction":"{TX}","status":"success"}}"#)),
            (format!(r#"{{"success":"true","txHash":"{TX}"}}"#), format!(r#"{{"success":1,"transaction":"{TX}","status":"success"}}"#)),
            // An unknown status.
            (format!(r#"{{"success":true,"txHash":"{TX}","status":"weird"}}"#), format!(r#"{{"success":true,"transaction":"{TX}","status":"weird"}}"#)),
        ] {
            let l = parse(Settle, 200, &format!(r#"{{"code":"0","data":[{legacy}]}}"#));
            assert!(unknown(&l), "{legacy}: {l:?}");
            let c = parse(Settle, 200, &format!(r#"{{"code":0,"data":{current}}}"#));
            assert!(unknown(&c), "{current}: {c:?}");
            assert!(!matches!(parse(SettleStatus, 200, &format!(r#"{{"code":0,"data":{current}}}"#)), Outcome::Settled { .. }));
        }
    }

    #[test]
    fn settle_refusals_map_to_spec_reasons() {
        for (text, expected) in [
            ("amount mismatch", "invalid_exact_evm_payload_authorization_value"),
            ("toAddr mismatch", "invalid_exact_evm_payload_recipient_mismatch"),
            ("invalid_signature", "invalid_exact_evm_payload_signature"),
            ("not_yet_valid", "invalid_exact_evm_payload_authorization_valid_after"),
            ("expired", "invalid_exact_evm_payload_authorization_valid_before"),
            ("nonce_used", "invalid_exact_evm_nonce_already_used"),
            ("Nonce already used", "invalid_exact_evm_nonce_already_used"),
            ("authorization used", "invalid_exact_evm_nonce_already_used"),
            ("insufficient_balance", "insufficient_funds"),
            ("unsupported_chain", "invalid_network"),
            ("insufficient_funds", "insufficient_funds"),
            ("mystery", "unexpected_settle_error"),
        ] {
            let legacy = format!(r#"{{"code":"0","data":[{{"success":false,"errorMsg":"{text}","txHash":""}}]}}"#);
            assert_eq!(reason(parse(Settle, 200, &legacy)), expected, "{text}");
            let current = format!(r#"{{"code":0,"data":{{"success":false,"errorReason":"{text}","transaction":""}}}}"#);
            assert_eq!(reason(parse(Settle, 200, &current)), expected, "{text}");
        }
        // Refusals can also come as an error envelope.
        assert_eq!(reason(parse(Settle, 400, r#"{"code":"51000","msg":"nonce_used","data":null}"#)), "invalid_exact_evm_nonce_already_used");
        // Look-alike auth errors stay facilitator errors: OKX refused the call, nothing moved.
        let o = parse(Settle, 401, r#"{"code":"50112","msg":"Timestamp request expired"}"#);
        assert!(matches!(o, Outcome::Failed { .. }));
        let f = facilitator(o);
        assert_eq!((f.code.as_str(), f.retryable), ("50112", false));
        // Transient failures are unknown, not refusals.
        for text in ["onchain_error", "payment processing"] {
            let body = format!(r#"{{"code":"0","data":{{"success":false,"errorReason":"{text}"}}}}"#);
            let o = parse(Settle, 200, &body);
            assert!(unknown(&o) && facilitator(o).retryable, "{text}");
        }
    }

    #[test]
    fn envelope_errors() {
        let o = parse(Settle, 429, r#"{"code":"50011","msg":"Too Many Requests","data":null}"#);
        assert!(unknown(&o));
        let f = facilitator(o);
        assert!(f.retryable && f.code == "50011" && f.msg == "Too Many Requests" && f.http_status == 429);
        let f = facilitator(parse(Verify, 200, r#"{"code":50026,"msg":"System error","data":null}"#));
        assert!(f.retryable && f.code == "50026");
        let f = facilitator(parse(Verify, 401, r#"{"code":"50113","msg":"Invalid Sign"}"#));
        assert!(!f.retryable && f.code == "50113");
        let f = facilitator(parse(Verify, 200, r#"{"code":"50114","msg":"Invalid Authority"}"#));
        assert_eq!(X402Error::Facilitator(f).http_status(), 502);
        assert!(facilitator(parse(Verify, 502, "<html>bad gateway</html>")).retryable);
        assert!(facilitator(parse(Verify, 0, "")).retryable);
        assert!(!facilitator(parse(Verify, 200, "[]")).retryable);
        assert!(!facilitator(parse(Verify, 200, r#"{"code":"0","data":[]}"#)).retryable);
        assert!(!facilitator(parse(Verify, 200, r#"{"code":"0","data":null}"#)).retryable);
        assert!(!facilitator(parse(Verify, 200, r#"{"code":1.5}"#)).retryable);
        // A 2xx-looking envelope under a 500 is still a failure.
        assert!(facilitator(parse(Verify, 500, r#"{"code":"0","data":{"isValid":true}}"#)).retryable);
        let huge = format!(r#"{{"code":"0","msg":"{}"}}"#, "x".repeat(MAX_BODY_LEN));
        assert_eq!(facilitator(parse(Verify, 200, &huge)).msg, "response too large");
        let long = format!(r#"{{"code":"1","msg":"{}"}}"#, "é".repeat(500));
        assert_eq!(facilitator(parse(Verify, 200, &long)).msg.chars().count(), MAX_ECHO_CHARS);
        assert_eq!(facilitator(parse(Verify, 200, r#"{"code":-3}"#)).code, "-3");
        // A settle that got no answer, or an unreadable one, may have moved money.
        for (status, body) in [(0, ""), (200, "<html>"), (200, r#"{"code":"0","data":null}"#), (502, "")] {
            assert!(unknown(&parse(Settle, status, body)), "{status} {body}");
        }
    }
}
