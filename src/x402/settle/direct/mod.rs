//! The direct backend: our own gas wallet settles on chain ([`evm::settle`] plans every
//! JSON-RPC call); an unknown outcome is resolved from the receipt of the recorded hash.

pub mod plan;

use k256::ecdsa::SigningKey;

use crate::x402::codec;
use crate::x402::config::PaywallConfig;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::rpc as evm_rpc;
use crate::x402::settle::direct::plan::{Mode, Planner};
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::receipt::{self, Expected};
use crate::x402::settle::{Outcome, Settler, Step, Target, Verb};

enum Conversation {
    /// Verify or settle: the plan.
    Plan(Box<Planner>),
    /// Resolve: the receipt of the recorded transaction; `mined`: its block, while the head
    /// is asked for (a depth of more than 1).
    Receipt { url: String, tx_hash: String, expected: Expected, confirmations: u64, mined: Option<u64> },
    Done(Option<Outcome>),
}

pub struct DirectSettler {
    conversation: Conversation,
    /// The transaction once it may have been broadcast (from the `send` step on).
    sent: Option<String>,
}

impl DirectSettler {
    pub fn new(key: SigningKey, config: &PaywallConfig, payment: VerifiedPayment, verb: Verb) -> Result<DirectSettler, X402Error> {
        let url = config.rpc_urls.first().cloned().ok_or(X402Error::MissingSecret("RPC_URL"))?;
        let conversation = match verb {
            Verb::Verify | Verb::Settle | Verb::Balance => {
                let mode = if matches!(verb, Verb::Settle) { Mode::Settle } else { Mode::Verify };
                Conversation::Plan(Box::new(Planner::new(key, config.chain_id, url, payment, mode, config.knobs.confirmations.into())))
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
        Ok(DirectSettler { conversation, sent: None })
    }

    /// The plan's step as the seam's; a node fault after the send leaves the outcome unknown.
    fn step(&mut self, s: plan::PlanStep) -> Step {
        match s {
            plan::PlanStep::Request { step, request, tx } => {
                let tx_hash = tx.map(|t| codec::to_0x_hex(&t.hash));
                if tx_hash.is_some() {
                    self.sent = tx_hash.clone();
                }
                Step::Request { target: Target::Chain, name: step.as_str(), request, tx_hash }
            }
            plan::PlanStep::Done { outcome: Outcome::Failed { reason }, .. } if self.sent.is_some() && retryable(&reason) => {
                Step::Done(Outcome::Unknown { tx_hash: self.sent.clone(), reason })
            }
            plan::PlanStep::Done { outcome, .. } => Step::Done(outcome),
        }
    }
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
            Conversation::Done(o) => o.take().map_or_else(super::okx::ended, Step::Done),
        }
    }

    fn answer(&mut self, http_status: u16, body: &str, now_ms: u64) -> Step {
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
            Conversation::Done(_) => self.next(now_ms),
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
