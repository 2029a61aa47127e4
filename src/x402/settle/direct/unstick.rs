//! A direct settlement whose recorded transaction is not mined: found, sent again, outbid or
//! its nonce filled, so one lost or underpriced transaction never holds up the account's
//! later nonces. Every transaction it signs carries either the same authorization (the token
//! takes it at most once) or nothing at all (a filler), so no path moves the money twice.
//!
//! 1. the receipt of the recorded transaction: mined, it has its verdict (at its depth);
//! 2. `eth_getTransactionByHash`: the node's pool still holds it, or it was lost;
//! 3. lost: `eth_getTransactionCount(latest)` says whether its nonce was used by another
//!    transaction (then it can never be mined);
//! 4. the latest block's base fee says whether it can be mined at its fees now;
//! 5. what to do, by [`Mode`]:
//!    - `Replace` (the payer is here, the window open): lost but priced well, send the same
//!      bytes again; underpriced, or a filler, re-sign the payment at the same nonce above
//!      its fees ([`Turn::Replace`]); its nonce used elsewhere or a receipt that moved nothing,
//!      settle afresh at a new nonce;
//!    - `Fill` (the payment will not settle by it): underpriced or lost, a transfer of
//!      nothing to the settler itself at that nonce, above its fees; its nonce used, the
//!      payment ends (`why`) as soon as the nonce is known to be taken.

#[allow(unused_imports)]
use crate::prelude::*;

use k256::ecdsa::SigningKey;

use crate::http::HttpRequest;
use crate::json::Json;
use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::error::{FacilitatorOp, X402Error};
use crate::x402::evm::rpc::{self, Answer};
use crate::x402::evm::tx::{self, Eip1559Tx, Kept};
use crate::x402::settle::direct::plan::outbid;
use crate::x402::settle::receipt::{self, Expected};
use crate::x402::settle::{Outcome, Proof, Step, Target};
use crate::x402::u256::U256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Replace,
    Fill,
}

#[derive(Debug)]
enum Phase {
    Receipt,
    /// The settled receipt's block, while the head is asked for.
    Head(u64),
    Lookup,
    Count,
    Base { lost: bool },
    Rebroadcast,
    /// The filler, recorded and being sent.
    FillSent([u8; 32]),
    /// The filler's receipt.
    Filled([u8; 32]),
    Done,
}

/// What comes next: a request, an outcome, or a settlement by the plan (`nonce`: at the
/// recorded nonce outbidding `floor`; `None`: afresh).
pub enum Turn {
    Step(Step),
    Replace { nonce: Option<u64>, floor: (u128, u128) },
}

pub struct Unstick {
    url: String,
    chain_id: u64,
    key: SigningKey,
    settler: Address,
    kept: Kept,
    expected: Expected,
    mode: Mode,
    /// What the payment ends with once its nonce is taken (`Fill`).
    why: X402Error,
    fee_cap: u128,
    confirmations: u64,
    phase: Phase,
}

/// A node's answer did not tell: the outcome stays unknown, with the recorded hash.
fn unknown(hash: &str, what: &str) -> Turn {
    Turn::Step(Step::Done(Outcome::unknown(Some(hash.into()), what)))
}

/// The payment ended without moving anything: its nonce was taken by a filler, or by a
/// transaction that can no longer be ours.
pub fn cancelled() -> X402Error {
    X402Error::Flow {
        reason: crate::x402::error::Reason::UnexpectedSettleError,
        message: "the settlement was cancelled: its transaction was not mined and its nonce went to another; nothing was charged",
    }
}

impl Unstick {
    #[allow(clippy::too_many_arguments)]
    pub fn new(url: String, chain_id: u64, key: SigningKey, kept: Kept, expected: Expected, mode: Mode, why: X402Error, fee_cap: u128, confirmations: u64) -> Unstick {
        let settler = tx::address_of(&key);
        Unstick { url, chain_id, key, settler, kept, expected, mode, why, fee_cap, confirmations, phase: Phase::Receipt }
    }

    /// The recorded transaction's hash.
    pub fn hash(&self) -> String {
        codec::to_0x_hex(&self.kept.hash)
    }

    /// The recorded transaction is a filler (to the settler itself), not the payment's.
    fn is_filler(&self) -> bool {
        self.kept.to == self.settler
    }

    fn ask(&self, name: &'static str, request: HttpRequest) -> Turn {
        Turn::Step(Step::Request { target: Target::Chain, name, request, tx_hash: Some(self.hash()) })
    }

    pub fn next(&mut self) -> Turn {
        let url = &self.url;
        match &self.phase {
            Phase::Receipt => match receipt::receipt_request(url, &self.hash()) {
                Some(r) => self.ask("receipt", r),
                None => unknown(&self.hash(), "malformed tx hash"),
            },
            Phase::Head(_) => self.ask("head", receipt::head_request(url)),
            Phase::Lookup => self.ask("transaction", rpc::transaction_by_hash(url, &self.hash())),
            Phase::Count => self.ask("minedCount", rpc::mined_count(url, &self.settler)),
            Phase::Base { .. } => self.ask("latestBlock", receipt::latest_block_request(url)),
            Phase::Rebroadcast => self.ask("rebroadcast", rpc::send_raw_transaction(url, &self.kept.raw)),
            Phase::FillSent(_) => Turn::Step(super::super::okx::ended()),
            Phase::Filled(h) => match receipt::receipt_request(url, &codec::to_0x_hex(h)) {
                Some(r) => Turn::Step(Step::Request { target: Target::Chain, name: "receipt", request: r, tx_hash: Some(codec::to_0x_hex(h)) }),
                None => unknown(&self.hash(), "malformed tx hash"),
            },
            Phase::Done => Turn::Step(super::super::okx::ended()),
        }
    }

    /// The answer (`status` 0: no node answered).
    pub fn answer(&mut self, status: u16, body: &str) -> Turn {
        let hash = self.hash();
        if status == 0 {
            let hash = match &self.phase {
                Phase::FillSent(h) | Phase::Filled(h) => codec::to_0x_hex(h),
                _ => hash,
            };
            self.phase = Phase::Done;
            return unknown(&hash, "no JSON-RPC node in RPC_URL answered");
        }
        match core::mem::replace(&mut self.phase, Phase::Done) {
            Phase::Receipt => match receipt::judge(body, &hash, &self.expected) {
                Outcome::Pending { .. } => self.then(Phase::Lookup),
                settled @ Outcome::Settled { .. } => match receipt::mined_in(body) {
                    Some(block) if self.confirmations > 1 => self.then(Phase::Head(block)),
                    _ => Turn::Step(Step::Done(settled)),
                },
                // Mined, moving nothing of ours (reverted, or a filler): its nonce is used.
                Outcome::Failed { reason } => match self.mode {
                    Mode::Replace => Turn::Replace { nonce: None, floor: (0, 0) },
                    Mode::Fill if self.is_filler() => Turn::Step(Step::Done(Outcome::failed(self.why.clone()))),
                    Mode::Fill => Turn::Step(Step::Done(Outcome::Failed { reason })),
                },
                other => Turn::Step(Step::Done(other)),
            },
            Phase::Head(block) => {
                let settled = Outcome::Settled { tx_hash: hash, proof: Proof::Receipt };
                Turn::Step(Step::Done(receipt::confirmed(settled, block, body, self.confirmations)))
            }
            Phase::Lookup => match rpc::parse(body) {
                Answer::Result(Json::Null) => self.then(Phase::Count),
                // Mined (its receipt not yet served), or in the pool: is it priced to be mined?
                Answer::Result(t) if t.get("blockNumber").is_some_and(|b| !matches!(b, Json::Null)) => self.pending(),
                Answer::Result(_) => self.then(Phase::Base { lost: false }),
                _ => unknown(&hash, "eth_getTransactionByHash did not answer"),
            },
            Phase::Count => match rpc::quantity_result(FacilitatorOp::SettleStatus, body, "eth_getTransactionCount").ok().and_then(|n| n.to_u64()) {
                // Its nonce was used by another transaction: this one can never be mined.
                Some(n) if n > self.kept.nonce => match self.mode {
                    Mode::Replace => Turn::Replace { nonce: None, floor: (0, 0) },
                    Mode::Fill => Turn::Step(Step::Done(Outcome::failed(self.why.clone()))),
                },
                Some(_) => self.then(Phase::Base { lost: true }),
                None => unknown(&hash, "eth_getTransactionCount did not answer"),
            },
            Phase::Base { lost } => {
                let Some(base) = base_fee(body) else { return unknown(&hash, "eth_getBlockByNumber did not answer") };
                let priced = self.kept.max_fee_per_gas >= base;
                let floor = outbid(self.kept.max_fee_per_gas, self.kept.max_priority_fee_per_gas);
                match (self.mode, lost, priced) {
                    // Waiting in the pool at fees the chain takes: it will be mined.
                    (_, false, true) => self.pending(),
                    (Mode::Replace, true, true) if !self.is_filler() => self.then(Phase::Rebroadcast),
                    (Mode::Replace, _, _) => Turn::Replace { nonce: Some(self.kept.nonce), floor },
                    (Mode::Fill, _, _) => self.fill(base, floor),
                }
            }
            Phase::Rebroadcast => match rpc::parse(body) {
                Answer::Result(_) => self.pending(),
                Answer::Error(e) if e.mentions("already known") || e.mentions("known transaction") => self.pending(),
                // E.g. "nonce too low": mined or replaced meanwhile; the next resolution finds out.
                _ => unknown(&hash, "eth_sendRawTransaction refused the transaction sent again"),
            },
            Phase::FillSent(h) => {
                let hex = codec::to_0x_hex(&h);
                match rpc::parse(body) {
                    Answer::Result(_) => {}
                    Answer::Error(e) if e.mentions("already known") || e.mentions("known transaction") => {}
                    _ => return Turn::Step(Step::Done(Outcome::unknown(Some(hex), "eth_sendRawTransaction refused the filler"))),
                }
                self.phase = Phase::Filled(h);
                Turn::Step(Step::Done(Outcome::Pending { tx_hash: Some(hex) }))
            }
            Phase::Filled(h) => match receipt::judge(body, &codec::to_0x_hex(&h), &self.expected) {
                Outcome::Pending { tx_hash } => {
                    self.phase = Phase::Filled(h);
                    Turn::Step(Step::Done(Outcome::Pending { tx_hash }))
                }
                Outcome::Unknown { tx_hash, reason } => Turn::Step(Step::Done(Outcome::Unknown { tx_hash, reason })),
                // Mined: the nonce is taken, nothing of the payment's was.
                _ => Turn::Step(Step::Done(Outcome::failed(self.why.clone()))),
            },
            Phase::Done => Turn::Step(super::super::okx::ended()),
        }
    }

    fn then(&mut self, phase: Phase) -> Turn {
        self.phase = phase;
        self.next()
    }

    /// On its way: polled again from its receipt.
    fn pending(&mut self) -> Turn {
        self.phase = Phase::Receipt;
        Turn::Step(Step::Done(Outcome::Pending { tx_hash: Some(self.hash()) }))
    }

    /// A transfer of nothing to the settler at the stuck nonce, above the stuck fees and the
    /// market (twice the base fee), within the ceiling. JS records its hash before sending.
    fn fill(&mut self, base: u128, (floor_max, floor_tip): (u128, u128)) -> Turn {
        let hash = self.hash();
        let tip = floor_tip;
        let max_fee = floor_max.max(base.saturating_mul(2).saturating_add(tip));
        if floor_max > self.fee_cap || tip > self.fee_cap {
            let detail = codec::cat(&["filling a stuck nonce needs ", &U256::product(floor_max, 1).to_dec_string(), " wei per gas; the ceiling is ", &U256::product(self.fee_cap, 1).to_dec_string()]);
            return Turn::Step(Step::Done(Outcome::Unknown { tx_hash: Some(hash), reason: X402Error::FeeCeiling { detail } }));
        }
        let filler = Eip1559Tx::filler(self.chain_id, self.kept.nonce, self.settler, max_fee.min(self.fee_cap), tip);
        match filler.sign(&self.key) {
            Ok(signed) => {
                let request = rpc::send_raw_transaction(&self.url, &signed.raw);
                self.phase = Phase::FillSent(signed.hash);
                Turn::Step(Step::Request { target: Target::Chain, name: "send", request, tx_hash: Some(codec::to_0x_hex(&signed.hash)) })
            }
            Err(e) => Turn::Step(Step::Done(Outcome::failed(e))),
        }
    }

    /// Switches to filling the nonce: the payment cannot settle (`why`).
    pub fn fill_for(mut self: Box<Self>, why: X402Error) -> Box<Self> {
        self.mode = Mode::Fill;
        self.why = why;
        self.phase = Phase::Base { lost: true };
        self
    }
}

/// The latest block's base fee (0 on a chain without one).
fn base_fee(body: &str) -> Option<u128> {
    let block = rpc::result(FacilitatorOp::SettleStatus, body, "eth_getBlockByNumber").ok()?;
    match block.get("baseFeePerGas").and_then(Json::as_str) {
        Some(q) => rpc::parse_quantity(q).and_then(|q| rpc::u128_of(&q)),
        None if block.get("number").is_some() => Some(0),
        None => None,
    }
}
