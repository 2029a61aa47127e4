//! Every x402 failure, each mapped once to (HTTP status, x402 reason string, message).
//!
//! Status policy:
//! - 402 for anything wrong with the client's payment (the client may pay again);
//! - 431 for an oversized payment header (`invalid_payload`): the request is refused
//!   before any decoding, and 431 "Request Header Fields Too Large" says exactly why;
//! - 500 for server misconfiguration (bad requirements: our fault, not the payer's);
//! - 502 / 503 for facilitator (OKX) failures, 503 when retrying may help.

#[allow(unused_imports)]
use crate::prelude::*;

use core::fmt;

use crate::http::HttpError;

pub use crate::x402::reason::Reason;

/// Which facilitator call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FacilitatorOp {
    Verify,
    Settle,
    Supported,
    SettleStatus,
}

/// A facilitator answered with a non-zero `code`, a non-2xx status or an unreadable body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacilitatorError {
    pub op: FacilitatorOp,
    /// HTTP status of the facilitator response.
    pub http_status: u16,
    /// The envelope `code` as text ("50011"); "" when the body was not an envelope.
    pub code: String,
    pub msg: String,
    /// Rate limit (50011, HTTP 429), system error (50026) or HTTP 5xx.
    pub retryable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum X402Error {
    /// Payment header longer than `MAX_PAYMENT_HEADER_LEN`.
    HeaderTooLarge,
    /// Not canonical standard base64 with padding.
    InvalidBase64,
    /// Not a JSON object of the expected shape (after base64).
    InvalidJson,
    /// `x402Version` missing or not 1/2.
    UnsupportedVersion,
    /// An authorization field (address, decimal) is malformed.
    MalformedAuthorization,
    InvalidScheme,
    InvalidNetwork,
    /// v2 `accepted.asset` differs from the required asset.
    AssetMismatch,
    /// Nonce is not `0x` + 64 hex digits.
    InvalidNonce,
    /// Signature not hex or r/s out of range.
    MalformedSignature,
    /// Signature longer than 65 bytes (EIP-1271 / ERC-6492 smart wallet).
    SmartWalletSignature,
    /// `v` is not 27/28/0/1.
    InvalidRecoveryId,
    /// `s` > n/2 (EIP-2).
    HighS,
    /// Recovered signer is not `from` (or recovery failed).
    SignerMismatch,
    /// `to` (or v2 `accepted.payTo`) is not `payTo`.
    RecipientMismatch,
    /// `validBefore < now + 6`.
    Expired,
    /// Permit2: `deadline < now + 6` (the permit's own "expired").
    PermitExpired,
    /// `validBefore > now + X402_MAX_VALIDITY_SECONDS` (the seller's opt-in cap).
    ValidBeforeTooFar,
    /// `validBefore` past 2^53 − 1: more than the ledger's numbers hold exactly.
    ValidBeforeOutOfRange,
    /// `validAfter > now`.
    NotYetValid,
    /// `value` (or v2 `accepted.amount`) is not exactly the required amount.
    ValueMismatch,
    /// The (asset, from, nonce) authorization was already used/recorded.
    NonceAlreadyUsed,
    /// The facilitator examined the payment and refused it; `reason` is from the x402 protocol's
    /// vocabulary, `detail` is the facilitator's own text.
    Rejected { op: FacilitatorOp, reason: Reason, detail: String },
    /// Server-side requirements are unusable; the text says which part.
    Misconfigured(&'static str),
    /// A required secret is absent; carries the secret's NAME only, never a value.
    MissingSecret(&'static str),
    /// A secret has an unusable value: its NAME and what is wrong, never the value.
    InvalidSecret(&'static str, &'static str),
    Facilitator(FacilitatorError),
    /// A refusal named by its reason alone (the flow's own, Permit2's checks): its status
    /// follows from the reason, and `message` is what to tell the caller.
    Flow { reason: Reason, message: &'static str },
    /// Direct settlement: the settler's balance cannot pay the transaction's gas; `detail`
    /// names the settler's address (public), its balance and the need, never the key.
    SettlerOutOfGas { detail: String },
    /// Direct settlement: outbidding the network (a first bid, or a replacement of a stuck
    /// transaction) would pass `X402_MAX_FEE_PER_GAS_WEI`; `detail` says what was needed.
    FeeCeiling { detail: String },
}

impl X402Error {
    /// The payment's window has closed (or closes too soon to settle in): a payment already
    /// recorded is still answered from the ledger.
    pub fn is_expired(&self) -> bool {
        matches!(self, X402Error::Expired | X402Error::PermitExpired)
    }

    /// Only the seller can mend it: the flow writes it to the function's log too.
    pub fn alarms(&self) -> bool {
        matches!(self, X402Error::SettlerOutOfGas { .. } | X402Error::FeeCeiling { .. })
    }

    pub fn http_status(&self) -> u16 {
        match self {
            X402Error::HeaderTooLarge => 431,
            X402Error::Misconfigured(_)
            | X402Error::MissingSecret(_)
            | X402Error::InvalidSecret(..) => 500,
            X402Error::Facilitator(f) if f.retryable => 503,
            // A facilitator saying Permit2 is not approved: the same 412 as ours.
            X402Error::Rejected { reason: Reason::Permit2AllowanceRequired, .. } => 412,
            X402Error::Facilitator(_) => 502,
            // The seller's to mend; nothing was sent, the same payment works once it is.
            X402Error::SettlerOutOfGas { .. } | X402Error::FeeCeiling { .. } => 503,
            X402Error::Flow { reason, .. } => match reason {
                Reason::PaymentAlreadyUsed | Reason::PaymentInProgress | Reason::PaymentIdConflict | Reason::PaymentIdInProgress => 409,
                Reason::InvalidPaymentId | Reason::PaymentIdRequired => 400,
                Reason::TooManyAttempts => 429,
                // The payer approves Permit2 once, then the same payment works.
                Reason::Permit2AllowanceRequired => 412,
                Reason::LedgerUnavailable | Reason::SettlementPending => 503,
                Reason::MissingSecret | Reason::InvalidSecret => 500,
                _ => 402,
            },
            _ => 402,
        }
    }

    /// Reason string from the x402 protocol's vocabulary.
    pub fn reason(&self) -> &'static str {
        self.reason_code().as_str()
    }

    /// The typed reason.
    pub fn reason_code(&self) -> Reason {
        use X402Error::*;
        match self {
            HeaderTooLarge | InvalidBase64 | InvalidJson | MalformedAuthorization | InvalidNonce => Reason::InvalidPayload,
            UnsupportedVersion => Reason::InvalidX402Version,
            InvalidScheme => Reason::InvalidScheme,
            InvalidNetwork => Reason::InvalidNetwork,
            // Not in the protocol's vocabulary as such: the nearest protocol reason.
            AssetMismatch | Misconfigured(_) => Reason::InvalidPaymentRequirements,
            MalformedSignature | SmartWalletSignature | InvalidRecoveryId | HighS | SignerMismatch => Reason::Signature,
            RecipientMismatch => Reason::RecipientMismatch,
            Expired | ValidBeforeTooFar | ValidBeforeOutOfRange => Reason::ValidBefore,
            NotYetValid => Reason::ValidAfter,
            PermitExpired => Reason::Permit2Deadline,
            ValueMismatch => Reason::Value,
            NonceAlreadyUsed => Reason::NonceAlreadyUsed,
            Rejected { reason, .. } | Flow { reason, .. } => *reason,
            MissingSecret(_) => Reason::MissingSecret,
            InvalidSecret(..) => Reason::InvalidSecret,
            SettlerOutOfGas { .. } => Reason::SettlerOutOfGas,
            FeeCeiling { .. } => Reason::SettlementPending,
            Facilitator(f) => match f.op {
                FacilitatorOp::Settle | FacilitatorOp::SettleStatus => Reason::UnexpectedSettleError,
                FacilitatorOp::Verify | FacilitatorOp::Supported => Reason::UnexpectedVerifyError,
            },
        }
    }

    /// Human-readable explanation (facilitator errors: see `Display` for code and msg).
    pub fn message(&self) -> &'static str {
        use X402Error::*;
        match self {
            HeaderTooLarge => "payment header is too large",
            InvalidBase64 => "payment header is not standard base64 with padding",
            InvalidJson => "payment header does not contain a valid x402 payment payload",
            UnsupportedVersion => "x402Version must be 1 or 2",
            MalformedAuthorization => "authorization has a malformed address or amount",
            InvalidScheme => "only the \"exact\" scheme is accepted",
            InvalidNetwork => "payment network does not match the required network",
            AssetMismatch => "payment asset does not match the required asset",
            InvalidNonce => "authorization nonce must be 32 bytes (0x + 64 hex digits)",
            MalformedSignature => "signature is malformed",
            SmartWalletSignature => {
                "a smart-wallet (EIP-1271/ERC-6492) signature is checked on chain, which needs RPC_URL: this seller has none"
            }
            InvalidRecoveryId => "signature v must be 27, 28, 0 or 1",
            HighS => "signature s value is too high (EIP-2)",
            SignerMismatch => "signature does not recover to the authorization's from address",
            RecipientMismatch => "payment recipient does not match payTo",
            Expired => "authorization expires too soon (validBefore < now + 6s)",
            ValidBeforeTooFar => "authorization validBefore is further ahead than this seller accepts (X402_MAX_VALIDITY_SECONDS)",
            ValidBeforeOutOfRange => "authorization validBefore is beyond 9007199254740991 (2^53 - 1)",
            NotYetValid => "authorization is not yet valid (validAfter > now)",
            PermitExpired => "the permit's deadline is too soon (deadline < now + 6s)",
            ValueMismatch => "payment amount does not equal the required amount",
            NonceAlreadyUsed => "this authorization nonce has already been used",
            Rejected { .. } => "payment facilitator refused the payment",
            Misconfigured(m) | Flow { message: m, .. } => m,
            MissingSecret(_) => "a required secret is not set",
            InvalidSecret(..) => "a secret has an invalid value",
            SettlerOutOfGas { .. } => "the seller's settlement account cannot pay for gas: nothing was sent or charged, retry later with the same payment",
            FeeCeiling { .. } => "the network's fees are above what the seller bids (X402_MAX_FEE_PER_GAS_WEI): the settlement waits; retry later with the same payment",
            Facilitator(f) => {
                if f.retryable {
                    "payment facilitator is temporarily unavailable"
                } else {
                    "payment facilitator rejected the request"
                }
            }
        }
    }

    /// The error mapped once to HTTP: `{error, message, statusCode}`, the body the bridge
    /// answers with too.
    pub fn info(&self) -> HttpError {
        HttpError::new(self.http_status(), self.reason(), self.text())
    }

    /// A settlement whose outcome cannot be told yet: `why` says what is missing (503).
    pub fn undetermined(why: &str) -> X402Error {
        X402Error::Facilitator(FacilitatorError {
            op: FacilitatorOp::SettleStatus,
            http_status: 0,
            code: String::new(),
            msg: why.into(),
            retryable: true,
        })
    }

    /// Failures met while doing I/O, named by a short code (tests build them this way).
    #[cfg(test)]
    pub fn from_io_code(code: &str) -> X402Error {
        let unreachable = |op| {
            X402Error::Facilitator(FacilitatorError {
                op,
                http_status: 0,
                code: String::new(),
                msg: "unreachable".into(),
                retryable: true,
            })
        };
        match code {
            "nonce_used" => X402Error::NonceAlreadyUsed,
            "verify_unreachable" => unreachable(FacilitatorOp::Verify),
            "status_unreachable" => unreachable(FacilitatorOp::SettleStatus),
            _ => unreachable(FacilitatorOp::Settle),
        }
    }
}

impl X402Error {
    /// [`X402Error::message`] with its details: a facilitator's HTTP status, code and msg, a
    /// refusal's detail, a secret's name. Joined by hand rather than with `write!`: each
    /// formatting call site and `u16`'s `Display` cost .wasm code.
    pub fn text(&self) -> String {
        match self {
            X402Error::Facilitator(e) => {
                let mut s = crate::x402::codec::cat(&[self.message(), " (facilitator HTTP "]);
                crate::json::push_u64(&mut s, e.http_status.into());
                for part in [", code \"", &e.code, "\": ", &e.msg, ")"] {
                    s.push_str(part);
                }
                s
            }
            X402Error::Rejected { detail, .. } if !detail.is_empty() => crate::x402::codec::cat(&[self.message(), ": ", detail]),
            X402Error::SettlerOutOfGas { detail } | X402Error::FeeCeiling { detail } => crate::x402::codec::cat(&[self.message(), " (", detail, ")"]),
            X402Error::MissingSecret(name) => crate::x402::codec::cat(&[name, " is not set"]),
            X402Error::InvalidSecret(name, why) => crate::x402::codec::cat(&[name, " is invalid: ", why]),
            _ => self.message().into(),
        }
    }
}

impl fmt::Display for X402Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl core::error::Error for X402Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_reasons() {
        assert_eq!(X402Error::HeaderTooLarge.http_status(), 431);
        assert_eq!(X402Error::HeaderTooLarge.reason(), "invalid_payload");
        assert_eq!(X402Error::InvalidBase64.http_status(), 402);
        assert_eq!(X402Error::HighS.reason(), "invalid_exact_evm_payload_signature");
        assert_eq!((X402Error::AssetMismatch.http_status(), X402Error::AssetMismatch.reason()), (402, "invalid_payment_requirements"));
        assert_eq!(X402Error::InvalidNonce.reason(), "invalid_payload");
        assert_eq!(X402Error::Misconfigured("x").http_status(), 500);
        assert_eq!(X402Error::Misconfigured("x").message(), "x");
        let f = FacilitatorError {
            op: FacilitatorOp::Settle,
            http_status: 200,
            code: "50026".into(),
            msg: "System error".into(),
            retryable: true,
        };
        let e = X402Error::Facilitator(f);
        assert_eq!(e.http_status(), 503);
        assert_eq!(e.reason(), "unexpected_settle_error");
        let info = e.info();
        assert!(info.message.contains("50026") && info.message.contains("System error"));
        let e = X402Error::MissingSecret("OKX_SECRET_KEY");
        assert_eq!((e.http_status(), e.reason()), (500, "missing_secret"));
        assert_eq!(e.to_string(), "OKX_SECRET_KEY is not set");
        let e = X402Error::InvalidSecret("X402_PRICE", "must be a positive integer");
        assert_eq!(e.to_string(), "X402_PRICE is invalid: must be a positive integer");
        let e = X402Error::Rejected {
            op: FacilitatorOp::Settle,
            reason: Reason::InsufficientFunds,
            detail: "insufficient_balance".into(),
        };
        assert_eq!((e.http_status(), e.reason()), (402, "insufficient_funds"));
        assert!(e.to_string().ends_with(": insufficient_balance"));
        assert_eq!(X402Error::from_io_code("nonce_used"), X402Error::NonceAlreadyUsed);
        assert_eq!(X402Error::from_io_code("verify_unreachable").http_status(), 503);
        assert_eq!(X402Error::from_io_code("anything").reason(), "unexpected_settle_error");
        let json = X402Error::InvalidScheme.info().to_json();
        assert_eq!(json, r#"{"error":"invalid_scheme","message":"only the \"exact\" scheme is accepted","statusCode":402}"#);
    }
}
