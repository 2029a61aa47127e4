//! The balance pre-check: before a payment is claimed in the ledger or sent anywhere, and
//! only when `RPC_URL` is configured, the payer's `balanceOf` on the token must cover the
//! payment. A payer without the funds is refused (`insufficient_funds`) at the cost of one
//! `eth_call`; a node that does not answer (or answers nonsense) never blocks a payment: the
//! settlement that follows judges it as before. The direct plan checks the same rule again
//! just before broadcasting.
//!
//! A Permit2 payment also needs Permit2's allowance on the token: short, it is refused with
//! 412 `permit2_allowance_required` (the payer approves Permit2 once and pays again with the
//! same permit), which the reference clients and servers read as "approve first".

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::config::PaywallConfig;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::{abi, rpc};
use crate::x402::permit2;
use crate::x402::u256::U256;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::receipt::Expected;
use crate::x402::settle::{Outcome, Settler, Step, Target};
use crate::http::HttpRequest;

/// `eth_call` of `asset.balanceOf(payer)`.
pub fn request(url: &str, e: &Expected) -> HttpRequest {
    rpc::eth_call(url, None, &e.asset, &abi::balance_of(&e.from))
}

/// Whether a `balanceOf` answer covers `value`: `insufficient_funds` when it does not, a
/// node fault when the answer says nothing.
pub fn covers(op: FacilitatorOp, body: &str, value: &U256) -> Result<(), X402Error> {
    let data = rpc::data_result(op, body, "balanceOf")?;
    let balance = abi::decode_uint256(&data).ok_or_else(|| rpc::fault(op, None, "balanceOf returned no uint256"))?;
    if balance < *value {
        let detail = crate::x402::codec::cat(&["payer balance ", &balance.to_dec_string(), " is below the payment value ", &value.to_dec_string()]);
        return Err(X402Error::Rejected { op, reason: Reason::InsufficientFunds, detail });
    }
    Ok(())
}

/// `eth_call` of `asset.allowance(payer, Permit2)`.
pub fn allowance_request(url: &str, e: &Expected) -> HttpRequest {
    rpc::eth_call(url, None, &e.asset, &permit2::allowance_call(&e.from))
}

/// Whether an `allowance` answer lets Permit2 move `value`: 412 `permit2_allowance_required`
/// when it does not, a node fault when the answer says nothing.
pub fn allowance_covers(op: FacilitatorOp, body: &str, value: &U256) -> Result<(), X402Error> {
    let data = rpc::data_result(op, body, "allowance")?;
    let allowance = abi::decode_uint256(&data).ok_or_else(|| rpc::fault(op, None, "allowance returned no uint256"))?;
    if allowance < *value {
        return Err(X402Error::Flow {
            reason: Reason::Permit2AllowanceRequired,
            message: "Permit2 may not move enough of this token for the payer: approve it once (the token's approve(0x000000000022D473030F116dDEE9F6B43aC78BA3, amount), or the maximum), then pay again with the same payment; nothing was charged",
        });
    }
    Ok(())
}

/// The pre-check as a settlement conversation (verb `balance`): one `balance` request to the
/// chain (and for Permit2 one `allowance`), or none without `RPC_URL`; `Verified` unless the
/// node said the funds or the allowance are missing.
pub struct BalanceCheck {
    requests: Vec<(&'static str, HttpRequest)>,
    value: U256,
}

impl BalanceCheck {
    pub fn new(config: &PaywallConfig, payment: &VerifiedPayment) -> Result<BalanceCheck, X402Error> {
        let expected = Expected::of(payment)?;
        let mut requests = Vec::new();
        if let Some(url) = config.rpc_urls.first() {
            if expected.via.is_some() {
                requests.push(("allowance", allowance_request(url, &expected)));
            }
            requests.push(("balance", request(url, &expected)));
        }
        Ok(BalanceCheck { requests, value: expected.value })
    }
}

fn passed() -> Step {
    Step::Done(Outcome::Verified { payer: None })
}

impl Settler for BalanceCheck {
    fn next(&mut self, _now_ms: u64) -> Step {
        // Asked last to first: the balance, then the allowance.
        match self.requests.last() {
            Some((name, request)) => Step::Request { target: Target::Chain, name, request: request.clone(), tx_hash: None },
            None => passed(),
        }
    }

    fn answer(&mut self, _http_status: u16, body: &str, now_ms: u64) -> Step {
        let Some((name, _)) = self.requests.pop() else { return passed() };
        let verdict = match name {
            "allowance" => allowance_covers(FacilitatorOp::Verify, body, &self.value),
            _ => covers(FacilitatorOp::Verify, body, &self.value),
        };
        match verdict {
            Err(reason @ (X402Error::Rejected { .. } | X402Error::Flow { .. })) => Step::Done(Outcome::Failed { reason }),
            // Covered, or the node could not tell: not ours to block.
            _ => self.next(now_ms),
        }
    }
}
