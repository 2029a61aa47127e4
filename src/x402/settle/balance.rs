//! The balance pre-check: before a payment is claimed in the ledger or sent anywhere, and
//! only when `RPC_URL` is configured, the payer's `balanceOf` on the token must cover the
//! payment. A payer without the funds is refused (`insufficient_funds`) at the cost of one
//! `eth_call`; a node that does not answer (or answers nonsense) never blocks a payment: the
//! settlement that follows judges it as before. The direct plan checks the same rule again
//! just before broadcasting.

use crate::x402::config::PaywallConfig;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::{abi, rpc};
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

/// The pre-check as a settlement conversation (verb `balance`): one `balance` request to the
/// chain, or none without `RPC_URL`; `Verified` unless the node said the funds are missing.
pub struct BalanceCheck {
    request: Option<HttpRequest>,
    value: U256,
}

impl BalanceCheck {
    pub fn new(config: &PaywallConfig, payment: &VerifiedPayment) -> Result<BalanceCheck, X402Error> {
        let expected = Expected::of(payment)?;
        Ok(BalanceCheck { request: config.rpc_urls.first().map(|url| request(url, &expected)), value: expected.value })
    }
}

fn passed() -> Step {
    Step::Done(Outcome::Verified { payer: None })
}

impl Settler for BalanceCheck {
    fn next(&mut self, _now_ms: u64) -> Step {
        match self.request.take() {
            Some(request) => Step::Request { target: Target::Chain, name: "balance", request, tx_hash: None },
            None => passed(),
        }
    }

    fn answer(&mut self, _http_status: u16, body: &str, _now_ms: u64) -> Step {
        match covers(FacilitatorOp::Verify, body, &self.value) {
            Err(reason @ X402Error::Rejected { .. }) => Step::Done(Outcome::Failed { reason }),
            // Covered, or the node could not tell: not ours to block.
            _ => passed(),
        }
    }
}
