//! Every x402 refusal reason string, in one place: the protocol's vocabulary for a payment
//! that is not (or not yet) settled, plus the few this implementation adds for its own
//! configuration and facilitator faults.

#[allow(unused_imports)]
use crate::prelude::*;

/// One x402 reason. [`Reason::as_str`] is the only place the strings are spelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    InvalidPayload,
    InvalidX402Version,
    InvalidScheme,
    InvalidNetwork,
    InvalidPaymentRequirements,
    Signature,
    RecipientMismatch,
    ValidBefore,
    ValidAfter,
    Value,
    NonceAlreadyUsed,
    InsufficientFunds,
    /// The settlement transaction was mined and reverted.
    TransactionFailed,
    /// The settlement transaction succeeded without our `Transfer` (and authorization) logs.
    TransferEventMismatch,
    /// The `eth_call` simulation of the transfer reverted.
    SimulationFailed,
    UnexpectedSettleError,
    UnexpectedVerifyError,
    MissingSecret,
    InvalidSecret,
    /// The ledger could not be written or read: nothing was sent.
    LedgerUnavailable,
    /// The payment was made for something else, or served and its replay window is over.
    PaymentAlreadyUsed,
    /// Another request holds the payment right now.
    PaymentInProgress,
    /// The payer's unsettled attempts of the last minute are used up: nothing was sent.
    TooManyAttempts,
    /// The settlement's outcome is not known yet: the money may have moved.
    SettlementPending,
    /// Direct settlement: the settler's gas balance cannot pay for the transaction. Nothing was
    /// sent; the seller must top the account up.
    SettlerOutOfGas,
    /// A `payment-identifier` id that is not 16-128 characters of `[A-Za-z0-9_-]`.
    InvalidPaymentId,
    /// The seller requires a `payment-identifier` id and the payment carries none.
    PaymentIdRequired,
    /// The id was used with another payment on this endpoint.
    PaymentIdConflict,
    /// The first request with this id has not finished yet.
    PaymentIdInProgress,
    /// A wallet not deployed yet (ERC-6492) from a factory the seller does not allow
    /// (`X402_ERC6492_FACTORIES`).
    Erc6492FactoryNotAllowed,
    /// sign-in-with-x: the wallet signed in, but has no payment for this resource within the
    /// seller's window.
    SiwxNoPayment,
    /// Permit2: the permit names another spender than the x402 proxy.
    Permit2Spender,
    /// Permit2: the witness's recipient is not `payTo`.
    Permit2Recipient,
    /// Permit2: the deadline is less than 6 s ahead.
    Permit2Deadline,
    /// Permit2: the witness's `validAfter` is in the future.
    Permit2NotYetValid,
    /// Permit2: the permitted amount is not the required one.
    Permit2Amount,
    /// Permit2: the permitted token is not the required asset.
    Permit2Token,
    /// Permit2: the signature is not the payer's.
    Permit2Signature,
    /// Permit2: the payer has not approved Permit2 for enough of the token (HTTP 412).
    Permit2AllowanceRequired,
    /// Permit2: the payer's balance is below the amount.
    Permit2InsufficientBalance,
    /// Permit2: the permit's nonce is used or cancelled.
    Permit2InvalidNonce,
    /// Upto: the witness names another facilitator than the one settling.
    UptoFacilitator,
    /// Upto: the charge is above the signed ceiling.
    UptoExceedsAmount,
}

impl Reason {
    pub const ALL: [Reason; 43] = [
        Reason::InvalidPayload,
        Reason::InvalidX402Version,
        Reason::InvalidScheme,
        Reason::InvalidNetwork,
        Reason::InvalidPaymentRequirements,
        Reason::Signature,
        Reason::RecipientMismatch,
        Reason::ValidBefore,
        Reason::ValidAfter,
        Reason::Value,
        Reason::NonceAlreadyUsed,
        Reason::InsufficientFunds,
        Reason::TransactionFailed,
        Reason::TransferEventMismatch,
        Reason::SimulationFailed,
        Reason::UnexpectedSettleError,
        Reason::UnexpectedVerifyError,
        Reason::MissingSecret,
        Reason::InvalidSecret,
        Reason::LedgerUnavailable,
        Reason::PaymentAlreadyUsed,
        Reason::PaymentInProgress,
        Reason::TooManyAttempts,
        Reason::SettlementPending,
        Reason::SettlerOutOfGas,
        Reason::InvalidPaymentId,
        Reason::PaymentIdRequired,
        Reason::PaymentIdConflict,
        Reason::PaymentIdInProgress,
        Reason::Erc6492FactoryNotAllowed,
        Reason::SiwxNoPayment,
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

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::InvalidPayload => "invalid_payload",
            Reason::InvalidX402Version => "invalid_x402_version",
            Reason::InvalidScheme => "invalid_scheme",
            Reason::InvalidNetwork => "invalid_network",
            Reason::InvalidPaymentRequirements => "invalid_payment_requirements",
            Reason::Signature => "invalid_exact_evm_payload_signature",
            Reason::RecipientMismatch => "invalid_exact_evm_payload_recipient_mismatch",
            Reason::ValidBefore => "invalid_exact_evm_payload_authorization_valid_before",
            Reason::ValidAfter => "invalid_exact_evm_payload_authorization_valid_after",
            Reason::Value => "invalid_exact_evm_payload_authorization_value",
            Reason::NonceAlreadyUsed => "invalid_exact_evm_nonce_already_used",
            Reason::InsufficientFunds => "insufficient_funds",
            Reason::TransactionFailed => "invalid_exact_evm_transaction_failed",
            Reason::TransferEventMismatch => "invalid_exact_evm_transfer_event_mismatch",
            Reason::SimulationFailed => "invalid_exact_evm_transaction_simulation_failed",
            Reason::UnexpectedSettleError => "unexpected_settle_error",
            Reason::UnexpectedVerifyError => "unexpected_verify_error",
            Reason::MissingSecret => "missing_secret",
            Reason::InvalidSecret => "invalid_secret",
            Reason::LedgerUnavailable => "ledger_unavailable",
            Reason::PaymentAlreadyUsed => "payment_already_used",
            Reason::PaymentInProgress => "payment_in_progress",
            Reason::TooManyAttempts => "too_many_attempts",
            Reason::SettlementPending => "settlement_pending",
            Reason::SettlerOutOfGas => "settler_out_of_gas",
            Reason::InvalidPaymentId => "invalid_payment_id",
            Reason::PaymentIdRequired => "payment_id_required",
            Reason::PaymentIdConflict => "payment_id_conflict",
            Reason::PaymentIdInProgress => "payment_id_in_progress",
            Reason::Erc6492FactoryNotAllowed => "eip6492_factory_not_allowed",
            Reason::SiwxNoPayment => "siwx_no_payment",
            Reason::Permit2Spender => "invalid_permit2_spender",
            Reason::Permit2Recipient => "invalid_permit2_recipient_mismatch",
            Reason::Permit2Deadline => "permit2_deadline_expired",
            Reason::Permit2NotYetValid => "permit2_not_yet_valid",
            Reason::Permit2Amount => "permit2_amount_mismatch",
            Reason::Permit2Token => "permit2_token_mismatch",
            Reason::Permit2Signature => "invalid_permit2_signature",
            Reason::Permit2AllowanceRequired => "permit2_allowance_required",
            Reason::Permit2InsufficientBalance => "permit2_insufficient_balance",
            Reason::Permit2InvalidNonce => "permit2_invalid_nonce",
            Reason::UptoFacilitator => "upto_facilitator_mismatch",
            Reason::UptoExceedsAmount => "invalid_upto_evm_payload_settlement_exceeds_amount",
        }
    }

    /// The reason a facilitator names, exactly (trimmed, any letter case).
    pub fn parse(text: &str) -> Option<Reason> {
        let t = text.trim();
        Reason::ALL.iter().copied().find(|r| r.as_str().eq_ignore_ascii_case(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_are_distinct() {
        for r in Reason::ALL {
            assert_eq!(Reason::parse(r.as_str()), Some(r));
            assert_eq!(Reason::ALL.iter().filter(|o| o.as_str() == r.as_str()).count(), 1);
        }
        assert_eq!(Reason::parse(" Insufficient_Funds "), Some(Reason::InsufficientFunds));
        assert_eq!(Reason::parse("nonce_used"), None);
    }
}
