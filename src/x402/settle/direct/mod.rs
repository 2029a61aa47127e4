//! The direct backend: our own gas wallet settles on chain ([`plan`] plans every JSON-RPC
//! call); an unknown outcome is resolved from the receipt of the recorded hash, and a
//! recorded transaction that is not mined is sent again, outbid or its nonce filled
//! ([`unstick`]); [`pool`] spreads settlements over several keys.

#[allow(unused_imports)]
use crate::prelude::*;

pub mod plan;
pub mod pool;
pub mod unstick;

use k256::ecdsa::SigningKey;

use crate::x402::address::Address;

use crate::x402::codec;
use crate::x402::config::PaywallConfig;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::rpc as evm_rpc;
use crate::x402::evm::tx::Kept;
use crate::x402::settle::direct::plan::{Mode, Planner};
use crate::x402::settle::direct::unstick::{Turn, Unstick};
use crate::x402::settle::Recorded;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::receipt::{self, Expected};
use crate::x402::settle::{Outcome, Settler, Step, Target, Verb};

enum Conversation {
    /// Verify or settle: the plan.
    Plan(Box<Planner>),
    /// Resolve: the receipt of the recorded transaction; `mined`: its block, while the head
    /// is asked for (a depth of more than 1).
    Receipt { url: String, tx_hash: String, expected: Expected, confirmations: u64, mined: Option<u64> },
    /// A recorded transaction that is not mined.
    Unstick(Box<Unstick>),
    Done(Option<Outcome>),
}

/// What a replacement's plan is built from.
struct Replacing {
    key: SigningKey,
    chain_id: u64,
    url: String,
    payment: VerifiedPayment,
    confirmations: u64,
    fee_cap: u128,
    multicall: Address,
    /// Where a replacement at the stuck nonce goes when the payment can no longer settle:
    /// its nonce is filled instead.
    stuck: Option<Box<Unstick>>,
}

pub struct DirectSettler {
    conversation: Conversation,
    /// The transaction once it may have been broadcast (from the `send` step on).
    sent: Option<String>,
    replacing: Option<Box<Replacing>>,
    /// The plan replacing a stuck transaction has sent its own.
    replacement_sent: bool,
}

impl DirectSettler {
    pub fn new(key: SigningKey, config: &PaywallConfig, payment: VerifiedPayment, verb: Verb) -> Result<DirectSettler, X402Error> {
        let url = config.rpc_urls.first().cloned().ok_or(X402Error::MissingSecret("RPC_URL"))?;
        let (confirmations, fee_cap) = (u64::from(config.knobs.confirmations), config.knobs.max_fee_per_gas_wei);
        let mut replacing = None;
        let conversation = match verb {
            Verb::Verify | Verb::Settle | Verb::Balance => {
                let mode = if matches!(verb, Verb::Settle) { Mode::Settle } else { Mode::Verify };
                Conversation::Plan(Box::new(Planner::new(key, config.chain_id, url, payment, mode, confirmations, fee_cap).through(config.multicall)))
            }
            Verb::Replace(recorded) => {
                let (c, r) = unstick_conversation(key, config, url, payment, &recorded, unstick::Mode::Replace, unstick::cancelled())?;
                replacing = r;
                c
            }
            Verb::Fill { recorded, why } => {
                let (c, r) = unstick_conversation(key, config, url, payment, &recorded, unstick::Mode::Fill, why)?;
                replacing = r;
                c
            }
            Verb::Resolve { tx_hash: Some(tx_hash) } | Verb::Prove { tx_hash: Some(tx_hash) } => {
                let expected = Expected::of(&payment)?;
                Conversation::Receipt { url, tx_hash, expected, confirmations: config.knobs.confirmations.into(), mined: None }
            }
            // The hash is recorded before broadcasting: without one, nothing was sent.
            Verb::Resolve { tx_hash: None } | Verb::Prove { tx_hash: None } => Conversation::Done(Some(Outcome::failed(X402Error::Rejected {
                op: FacilitatorOp::Settle,
                reason: Reason::UnexpectedSettleError,
                detail: "stopped before broadcasting".into(),
            }))),
        };
        Ok(DirectSettler { conversation, sent: None, replacing, replacement_sent: false })
    }

    /// An unstick turn as the seam's step; a replacement starts its plan.
    fn turn(&mut self, t: Turn, u: Box<Unstick>) -> Step {
        match t {
            Turn::Step(step) => {
                if let Step::Request { name: "send", tx_hash: Some(h), .. } = &step {
                    self.sent = Some(h.clone());
                }
                self.conversation = Conversation::Unstick(u);
                step
            }
            Turn::Replace { nonce, floor } => {
                let Some(r) = self.replacing.as_mut() else { return Step::Done(Outcome::failed(X402Error::Misconfigured("nothing to replace"))) };
                let plan = Planner::new(r.key.clone(), r.chain_id, r.url.clone(), r.payment.clone(), Mode::Settle, r.confirmations, r.fee_cap).through(r.multicall);
                let plan = match nonce {
                    Some(n) => {
                        r.stuck = Some(u);
                        plan.replacing(n, floor)
                    }
                    None => plan,
                };
                self.conversation = Conversation::Plan(Box::new(plan));
                let Conversation::Plan(p) = &mut self.conversation else { return super::okx::ended() };
                let s = p.next();
                self.step(s)
            }
        }
    }

    /// The plan's step as the seam's; a node fault after the send leaves the outcome unknown.
    fn step(&mut self, s: plan::PlanStep) -> Step {
        match s {
            plan::PlanStep::Request { step, request, tx } => {
                let tx_hash = tx.map(|t| codec::to_0x_hex(&t.hash));
                if tx_hash.is_some() {
                    self.sent = tx_hash.clone();
                    self.replacement_sent = true;
                }
                Step::Request { target: Target::Chain, name: step.as_str(), request, tx_hash }
            }
            plan::PlanStep::Done { outcome: Outcome::Failed { reason }, .. } if self.sent.is_some() && retryable(&reason) => {
                Step::Done(Outcome::Unknown { tx_hash: self.sent.clone(), reason })
            }
            // A replacement not made (nothing of its own sent): the payment's own refusal fills
            // the stuck nonce instead; anything else (the ceiling, a node) leaves the stuck
            // transaction as it was, the outcome unknown.
            plan::PlanStep::Done { outcome: Outcome::Failed { reason }, .. } if !self.replacement_sent && self.replacing.as_ref().is_some_and(|r| r.stuck.is_some()) => {
                let Some(u) = self.stuck() else { return super::okx::ended() };
                if !cannot_settle(&reason) {
                    return Step::Done(Outcome::Unknown { tx_hash: Some(u.hash()), reason });
                }
                let mut u = u.fill_for(reason);
                let t = u.next();
                self.turn(t, u)
            }
            plan::PlanStep::Done { outcome, .. } => Step::Done(outcome),
        }
    }
}

/// The conversation about a recorded transaction, and what a replacement is built from.
fn unstick_conversation(
    key: SigningKey,
    config: &PaywallConfig,
    url: String,
    payment: VerifiedPayment,
    recorded: &Recorded,
    mode: unstick::Mode,
    why: X402Error,
) -> Result<(Conversation, Option<Box<Replacing>>), X402Error> {
    let kept = Kept::read(codec::parse_0x_hex_vec(&recorded.raw).unwrap_or_default()).filter(|k| k.chain_id == config.chain_id);
    let Some(kept) = kept else {
        return Ok((Conversation::Done(Some(Outcome::unknown(None, "the recorded transaction is unreadable, or of another chain"))), None));
    };
    let (confirmations, fee_cap) = (u64::from(config.knobs.confirmations), config.knobs.max_fee_per_gas_wei);
    let expected = Expected::of(&payment)?;
    let u = Unstick::new(url.clone(), config.chain_id, key.clone(), kept, expected, mode, why, fee_cap, confirmations);
    let r = Replacing { key, chain_id: config.chain_id, url, payment, confirmations, fee_cap, multicall: config.multicall, stuck: None };
    Ok((Conversation::Unstick(Box::new(u)), Some(Box::new(r))))
}

impl DirectSettler {
    fn stuck(&mut self) -> Option<Box<Unstick>> {
        self.replacing.as_mut()?.stuck.take()
    }
}

/// The payment's own refusal (a revert, a used or expired authorization, the payer's
/// balance), not a fault of the node, the fees or the seller's configuration.
fn cannot_settle(e: &X402Error) -> bool {
    !matches!(e, X402Error::Facilitator(_) | X402Error::FeeCeiling { .. } | X402Error::SettlerOutOfGas { .. } | X402Error::Misconfigured(_) | X402Error::MissingSecret(_) | X402Error::InvalidSecret(..))
}

fn retryable(e: &X402Error) -> bool {
    matches!(e, X402Error::Facilitator(f) if f.retryable)
}

impl Settler for DirectSettler {
    fn next(&mut self, _now_ms: u64) -> Step {
        match &mut self.conversation {
            Conversation::Plan(p) => {
                let s = p.next();
                self.step(s)
            }
            Conversation::Receipt { url, tx_hash, mined: Some(_), .. } => {
                Step::Request { target: Target::Chain, name: "head", request: receipt::head_request(url), tx_hash: Some(tx_hash.clone()) }
            }
            Conversation::Receipt { url, tx_hash, .. } => match receipt::receipt_request(url, tx_hash) {
                Some(request) => Step::Request { target: Target::Chain, name: "receipt", request, tx_hash: Some(tx_hash.clone()) },
                None => Step::Done(Outcome::unknown(Some(tx_hash.clone()), "malformed tx hash")),
            },
            Conversation::Unstick(_) => {
                let Conversation::Unstick(mut u) = core::mem::replace(&mut self.conversation, Conversation::Done(None)) else { return super::okx::ended() };
                let t = u.next();
                self.turn(t, u)
            }
            Conversation::Done(o) => o.take().map_or_else(super::okx::ended, Step::Done),
        }
    }

    fn answer(&mut self, http_status: u16, body: &str, now_ms: u64) -> Step {
        if let Conversation::Unstick(_) = &self.conversation {
            let Conversation::Unstick(mut u) = core::mem::replace(&mut self.conversation, Conversation::Done(None)) else { return super::okx::ended() };
            let t = u.answer(http_status, body);
            return self.turn(t, u);
        }
        if http_status == 0 {
            let reason = evm_rpc::fault(FacilitatorOp::Settle, None, "no JSON-RPC node in RPC_URL answered");
            return match (&self.conversation, &self.sent) {
                (Conversation::Receipt { tx_hash, .. }, _) => Step::Done(Outcome::Unknown { tx_hash: Some(tx_hash.clone()), reason }),
                (_, Some(h)) => Step::Done(Outcome::Unknown { tx_hash: Some(h.clone()), reason }),
                _ => Step::Done(Outcome::Failed { reason }),
            };
        }
        match &mut self.conversation {
            Conversation::Plan(p) => match p.answer(body) {
                Some(s) => self.step(s),
                None => Step::Done(Outcome::failed(X402Error::Misconfigured("no request is waiting for an answer"))),
            },
            Conversation::Receipt { tx_hash, expected, confirmations, mined, .. } => match mined.take() {
                // The head, for a receipt found settled: deep enough, or asked again later.
                Some(block) => {
                    let settled = Outcome::Settled { tx_hash: tx_hash.clone(), proof: crate::x402::settle::Proof::Receipt };
                    Step::Done(receipt::confirmed(settled, block, body, *confirmations))
                }
                None => {
                    let outcome = receipt::judge(body, tx_hash, expected);
                    match (&outcome, receipt::mined_in(body)) {
                        (Outcome::Settled { .. }, Some(block)) if *confirmations > 1 => {
                            *mined = Some(block);
                            self.next(now_ms)
                        }
                        _ => Step::Done(outcome),
                    }
                }
            },
            Conversation::Unstick(_) | Conversation::Done(_) => self.next(now_ms),
        }
    }

    fn account(&self) -> Option<String> {
        match &self.conversation {
            Conversation::Plan(p) => Some(p.settler().to_hex()),
            _ => None,
        }
    }

    fn use_nonce(&mut self, nonce: u64, _now_ms: u64) -> Option<Step> {
        match &mut self.conversation {
            Conversation::Plan(p) => {
                let s = p.use_nonce(nonce)?;
                Some(self.step(s))
            }
            _ => None,
        }
    }
}
