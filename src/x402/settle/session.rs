//! A settlement conversation: the verb, the steps JS performs, and the backend chosen for a
//! payment.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::config::PaywallConfig;
use crate::x402::error::X402Error;
use crate::x402::evm::tx;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::balance::BalanceCheck;
use crate::x402::settle::direct::DirectSettler;
use crate::x402::settle::mock::MockSettler;
use crate::x402::settle::okx::OkxSettler;
use crate::x402::settle::proof::ProofOnChain;
use crate::x402::settle::{Backend, Outcome};
use crate::http::HttpRequest;

/// What is asked of the backend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verb {
    /// Would it settle? (A facilitator's `/verify`; the direct backend's on-chain pre-checks.)
    Verify,
    /// Settle it now.
    Settle,
    /// Can the payer pay? `balanceOf(payer) >= value` on chain when `RPC_URL` is configured,
    /// before anything is claimed or sent (see [`super::balance`]), whatever the backend.
    Balance,
    /// An earlier attempt's outcome is unknown: what happened? `tx_hash` is what the ledger
    /// knows. Answers the same outcomes as `Settle`.
    Resolve { tx_hash: Option<String> },
    /// What became of it, on chain only: never sends, never asks a facilitator (see
    /// [`super::proof`]). `tx_hash` is what the ledger knows.
    Prove { tx_hash: Option<String> },
    /// Direct settlement, the payer here and the window open: the recorded transaction is
    /// not mined. Sent again if the node lost it, outbid if underpriced (see
    /// [`super::direct::unstick`]).
    Replace(Recorded),
    /// Direct settlement: the payment will not settle by its recorded transaction; its nonce
    /// is filled unless that transaction is mined or on its way. `why`: the payment's end
    /// once its nonce is taken.
    Fill { recorded: Recorded, why: X402Error },
}

/// What the ledger keeps of a direct settlement's latest transaction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// The signed transaction, `0x` hex.
    pub raw: String,
    /// The account that signed it (lowercase `0x` hex).
    pub address: String,
}

impl Recorded {
    /// Whether `tx_hash` is another transaction than this one (a readable record only): then
    /// this one may still hold a nonce of the settler's.
    pub fn is_not(&self, tx_hash: &str) -> bool {
        let kept = crate::x402::codec::parse_0x_hex_vec(&self.raw).and_then(tx::Kept::read);
        kept.is_some_and(|k| !crate::x402::codec::to_0x_hex(&k.hash).eq_ignore_ascii_case(tx_hash))
    }
}

/// Where a request goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The facilitator's REST API (one URL).
    Facilitator,
    /// A JSON-RPC node: `RPC_URL`'s nodes, tried in order.
    Chain,
}

impl Target {
    pub fn as_str(self) -> &'static str {
        match self {
            Target::Facilitator => "facilitator",
            Target::Chain => "chain",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Send `request` and hand the answer to [`Settler::answer`]. `name` says what it asks
    /// (`send` carries the transaction's hash: record it before sending; `nonce` may be
    /// answered with [`Settler::use_nonce`]).
    Request { target: Target, name: &'static str, request: HttpRequest, tx_hash: Option<String> },
    /// The outcome; after `Pending`, [`Settler::next`] asks again (polling).
    Done(Outcome),
}

/// One backend's side of the conversation: it builds requests and reads answers, nothing else.
pub trait Settler {
    /// The request waiting to be sent, or the outcome (after `Pending`: the poll).
    fn next(&mut self, now_ms: u64) -> Step;
    /// The answer to the request last named (`http_status` 0 = nobody answered).
    fn answer(&mut self, http_status: u16, body: &str, now_ms: u64) -> Step;
    /// At the `nonce` step: the account nonce the ledger allocated. `None` when not asked.
    fn use_nonce(&mut self, _nonce: u64, _now_ms: u64) -> Option<Step> {
        None
    }
    /// The account that signs and pays gas (direct only; lowercase `0x` hex).
    fn account(&self) -> Option<String> {
        None
    }
}

/// The settler for `payment` under `config` (`settler_key`: the one key of
/// `SETTLER_PRIVATE_KEY` this settlement signs with, used by the direct backend only).
pub fn session(config: &PaywallConfig, payment: VerifiedPayment, verb: Verb, settler_key: &str) -> Result<Box<dyn Settler>, X402Error> {
    if matches!(verb, Verb::Balance) {
        return Ok(Box::new(BalanceCheck::new(config, &payment)?));
    }
    if let (Verb::Prove { tx_hash }, false) = (&verb, matches!(config.backend, Backend::Mock)) {
        return Ok(Box::new(ProofOnChain::new(config.proof_urls().first().cloned(), &payment, tx_hash.clone())?));
    }
    Ok(match &config.backend {
        Backend::Mock | Backend::Okx(_) if matches!(verb, Verb::Replace(_) | Verb::Fill { .. }) => {
            return Err(X402Error::Misconfigured("only direct settlement replaces transactions"))
        }
        Backend::Mock => Box::new(MockSettler::new(&payment, &verb)),
        Backend::Okx(okx) => Box::new(OkxSettler::new(okx.clone(), config, payment, verb)?),
        Backend::Direct => {
            if settler_key.trim().is_empty() {
                return Err(X402Error::MissingSecret(tx::SETTLER_KEY));
            }
            let key = tx::parse_private_key(settler_key)?;
            Box::new(DirectSettler::new(key, config, payment, verb)?)
        }
    })
}
