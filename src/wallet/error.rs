//! Every refusal of the wallet bridge, mapped once to HTTP `{error, message, statusCode}`.

use crate::http::HttpError;
use crate::x402::evm::siwe::Fault;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WalletError {
    MissingSecret(&'static str),
    InvalidSecret(&'static str, &'static str),
    /// The request is not `{message, signature}` (what is wrong).
    BadRequest(&'static str),
    /// Not an EIP-4361 message.
    Message(Fault),
    DomainNotAllowed,
    UriNotAllowed,
    ChainNotAllowed,
    StatementMismatch,
    IssuedInTheFuture,
    TooOld,
    Expired,
    NotYetValid,
    InvalidSignature,
    /// A contract wallet's signature with no node of its chain configured.
    NoNode,
    /// The nonce is unknown, used or expired.
    Nonce,
    OriginNotAllowed,
    MethodNotAllowed,
    /// The nonce store or the node could not answer (what).
    Unavailable(&'static str, &'static str),
}

impl WalletError {
    pub fn to_http(&self) -> HttpError {
        use WalletError::*;
        let (status, error, message): (u16, &'static str, &str) = match self {
            MissingSecret(name) => return HttpError::new(500, "missing_secret", crate::concat(&[name, " is not set"])),
            InvalidSecret(name, why) => return HttpError::new(500, "invalid_secret", crate::concat(&[name, " is invalid: ", why])),
            BadRequest(why) => (400, "invalid_request", why),
            Message(Fault::Malformed(what)) => return HttpError::new(400, "invalid_message", crate::concat(&["not a Sign-In with Ethereum (EIP-4361) message: ", what])),
            Message(Fault::Checksum) => (400, "invalid_message", "the message's address must be EIP-55 checksummed"),
            DomainNotAllowed => (403, "domain_not_allowed", "the message is for a domain this function does not sign in for (SIWE_DOMAIN)"),
            UriNotAllowed => (403, "uri_not_allowed", "the message's URI is not of its domain (or of SIWE_URI)"),
            ChainNotAllowed => (403, "chain_not_allowed", "the message is for a chain this function does not sign in on (SIWE_CHAIN_IDS)"),
            StatementMismatch => (403, "statement_mismatch", "the message's statement is not the one this function asks to sign (SIWE_STATEMENT)"),
            IssuedInTheFuture => (401, "message_not_yet_valid", "the message is issued in the future: check the device's clock"),
            TooOld => (401, "message_expired", "the message was issued too long ago (SIWE_MAX_AGE_SECONDS): sign a new one"),
            Expired => (401, "message_expired", "the message's expiration time has passed: sign a new one"),
            NotYetValid => (401, "message_not_yet_valid", "the message is not valid before its Not Before time"),
            InvalidSignature => (401, "invalid_signature", "the signature is not the message's address's"),
            NoNode => (401, "invalid_signature", "the signature is not the address's as an EOA; a contract wallet's is checked only with RPC_URL, a node of the message's chain"),
            Nonce => (401, "invalid_nonce", "the nonce is unknown, used or expired: ask for a new one and sign again"),
            OriginNotAllowed => (403, "origin_not_allowed", "this origin is not in BRIDGE_ALLOWED_ORIGINS"),
            MethodNotAllowed => (405, "method_not_allowed", "GET asks for a nonce, POST {message, signature} signs in"),
            Unavailable(error, why) => (503, error, why),
        };
        HttpError::new(status, error, message)
    }
}
