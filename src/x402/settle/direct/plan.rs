//! The settlement plan: which JSON-RPC call comes next, or how it ended.
//!
//! [`next_step`] is a pure function of the [`Plan`] (key, chain, payment, options) and the
//! node's answers collected so far (raw response bodies, by step). [`Planner`] owns one
//! settlement's state (the key parsed once, the settler's address derived once, the payment,
//! the answers as they arrive) and asks [`next_step`] what comes next: JS performs the
//! request it names and hands the body back, nothing else crosses.
//!
//! Order (each rule has its own failure):
//! 1. `chainId`: the node serves the payment's chain;
//! 2. `authorizationState(from, nonce)` is false (for Permit2, its bit in Permit2's
//!    `nonceBitmap`) (else nonce already used);
//! 3. `balanceOf(from) >= value` (else `insufficient_funds`); for Permit2,
//!    `allowance(from, Permit2) >= value` (else 412 `permit2_allowance_required`);
//! 4. `eth_call` of `transferWithAuthorization` from the settler succeeds (else the decoded
//!    revert) — `Mode::Verify` stops here;
//! 5. nonce (`pending` count, or the ledger's), fees (`eth_feeHistory`, else `eth_gasPrice`
//!    + `eth_maxPriorityFeePerGas`), gas (`eth_estimateGas` + 20 %), the settler's own balance
//!    covers gas × max fee (else `settler_out_of_gas`, nothing signed), sign, send;
//! 6. the receipt passes `settle::receipt::verdict`, and its block is `confirmations` deep
//!    (`eth_blockNumber`; only asked when more than 1 is required).

#[allow(unused_imports)]
use crate::prelude::*;

use k256::ecdsa::SigningKey;

use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::eip712::TransferWithAuthorization;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::network;
use crate::x402::settle::balance;
use crate::x402::settle::receipt::{self, Expected};
use crate::x402::settle::Outcome;
use crate::http::HttpRequest;
use crate::x402::u256::U256;
use crate::x402::verify::VerifiedPayment;
use crate::x402::model::SignedPayload;
use crate::x402::permit2::PermitTransfer;
use crate::x402::evm::rpc::{self, Answer};
use crate::x402::evm::tx::{self, Eip1559Tx, SignedTx};
use crate::x402::evm::abi;
use crate::x402::evm::checker;
use crate::json::Json;

/// Gas estimate headroom: +20 %.
const GAS_BUFFER_PERCENT: u64 = 20;

/// `Verify` stops after the simulation (a facilitator `/verify`); `Settle` goes on chain.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Verify,
    Settle,
}

/// The steps, named as JS stores their answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepName {
    ChainId,
    /// A counterfactual wallet's code (ERC-6492): deploy it in the settlement or not.
    WalletCode,
    AuthorizationState,
    Balance,
    /// Permit2: the token's allowance for Permit2.
    Allowance,
    Simulation,
    Nonce,
    FeeHistory,
    GasPrice,
    PriorityFee,
    Gas,
    GasBalance,
    Send,
    Receipt,
    Head,
}

/// How many steps there are (the answers' slots).
const STEPS: usize = 15;

impl StepName {
    pub const ALL: [StepName; STEPS] = [
        StepName::ChainId,
        StepName::WalletCode,
        StepName::AuthorizationState,
        StepName::Balance,
        StepName::Allowance,
        StepName::Simulation,
        StepName::Nonce,
        StepName::FeeHistory,
        StepName::GasPrice,
        StepName::PriorityFee,
        StepName::Gas,
        StepName::GasBalance,
        StepName::Send,
        StepName::Receipt,
        StepName::Head,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StepName::ChainId => "chainId",
            StepName::WalletCode => "walletCode",
            StepName::AuthorizationState => "authorizationState",
            StepName::Balance => "balance",
            StepName::Allowance => "allowance",
            StepName::Simulation => "simulation",
            StepName::Nonce => "nonce",
            StepName::FeeHistory => "feeHistory",
            StepName::GasPrice => "gasPrice",
            StepName::PriorityFee => "priorityFee",
            StepName::Gas => "gas",
            StepName::GasBalance => "gasBalance",
            StepName::Send => "send",
            StepName::Receipt => "receipt",
            StepName::Head => "head",
        }
    }
}

/// Raw JSON-RPC response bodies received so far, by step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers<'a>(pub [Option<&'a str>; STEPS]);

impl<'a> Answers<'a> {
    pub fn get(&self, step: StepName) -> Option<&'a str> {
        self.0.get(step as usize).copied().flatten()
    }
    pub fn set(&mut self, step: StepName, body: &'a str) {
        if let Some(slot) = self.0.get_mut(step as usize) {
            *slot = Some(body);
        }
    }
}

pub struct Plan<'a> {
    /// The settler: signs and pays gas.
    pub key: &'a SigningKey,
    /// The settler's address (`tx::address_of(key)`, derived once by the owner of the key).
    pub settler: Address,
    pub chain_id: u64,
    pub rpc_url: &'a str,
    pub payment: &'a VerifiedPayment,
    pub mode: Mode,
    /// A ledger-managed nonce; replaces `eth_getTransactionCount`.
    pub nonce: Option<u64>,
    /// Floor for the priority fee (wei), for chains whose fee history shows no tips.
    pub min_priority_fee: u128,
    /// (max fee, tip) to outbid: a replacement of a stuck transaction at the same nonce.
    pub fee_floor: Option<(u128, u128)>,
    /// `X402_MAX_FEE_PER_GAS_WEI`: never bid more per unit of gas.
    pub fee_cap: u128,
    /// How deep the receipt's block must be (1 = mined).
    pub confirmations: u64,
    /// Where a counterfactual wallet is deployed and its payment settled in one transaction
    /// (Multicall3's `aggregate3`).
    pub multicall: Address,
    pub answers: Answers<'a>,
}

/// The transaction being (or already) sent: JS records `hash` before sending, so a
/// crash after the send can still find the receipt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TxInfo {
    pub hash: [u8; 32],
    pub from: Address,
    pub nonce: u64,
    pub gas_limit: u64,
    pub max_fee_per_gas: u128,
    pub max_priority_fee_per_gas: u128,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PlanStep {
    /// Perform `request` and store its body under `step`.
    Request { step: StepName, request: HttpRequest, tx: Option<TxInfo> },
    /// `Verified` (verify mode), `Settled`, `Pending` (no receipt yet: drop the `receipt`
    /// answer and ask again later), `Failed`, or `Unknown` (the node could not say).
    Done { outcome: Outcome, tx: Option<TxInfo> },
}

/// Short-circuit: either the next request or the end (boxed: it is large).
type Flow<T> = Result<T, Box<PlanStep>>;

fn fail(e: X402Error, tx: Option<&TxInfo>) -> Box<PlanStep> {
    Box::new(PlanStep::Done { outcome: Outcome::Failed { reason: e }, tx: tx.cloned() })
}

/// The payment, parsed once: what the settlement call needs, and what its receipt must show.
struct Parsed {
    expected: Expected,
    message: Message,
    signature: Vec<u8>,
}

/// What the payer signed: the token's EIP-3009 message, or a Permit2 permit for the proxy.
enum Message {
    Eip3009(TransferWithAuthorization),
    Permit2(PermitTransfer),
}

fn parse_payment(p: &VerifiedPayment) -> Result<Parsed, X402Error> {
    let expected = Expected::of(p)?;
    let signature = codec::parse_0x_hex_vec(p.payload.signature()).ok_or(receipt::MALFORMED)?;
    let message = match &p.payload {
        SignedPayload::Eip3009(_) => {
            let window = || Some((U256::from_dec_str(&p.valid_after)?, U256::from_dec_str(&p.valid_before)?));
            let (valid_after, valid_before) = window().ok_or(receipt::MALFORMED)?;
            let Expected { from, to, value, nonce, .. } = expected;
            Message::Eip3009(TransferWithAuthorization { from, to, value, valid_after, valid_before, nonce })
        }
        SignedPayload::Permit2(x) => Message::Permit2(x.permit().map_err(|_| receipt::MALFORMED)?),
    };
    Ok(Parsed { message, expected, signature })
}

impl Plan<'_> {
    /// The stored answer for `step`, or the request to get it.
    fn answer(&self, step: StepName, request: impl FnOnce() -> HttpRequest, tx: Option<&TxInfo>) -> Flow<&str> {
        self.answers.get(step).ok_or_else(|| Box::new(PlanStep::Request { step, request: request(), tx: tx.cloned() }))
    }
}

/// The next request, or the outcome.
pub fn next_step(plan: &Plan) -> PlanStep {
    match run(plan) {
        Ok(step) => step,
        Err(step) => *step,
    }
}

fn run(p: &Plan) -> Flow<PlanStep> {
    let op = if p.mode == Mode::Verify { FacilitatorOp::Verify } else { FacilitatorOp::Settle };
    let url = p.rpc_url;
    let pay = parse_payment(p.payment).map_err(|e| fail(e, None))?;
    if network::chain_id(&p.payment.network) != Some(p.chain_id) {
        return Err(fail(X402Error::Misconfigured("the payment's network is not the settlement chain"), None));
    }
    let settler = p.settler;
    let value = &pay.expected.value;

    // 1. The node serves the right chain.
    let body = p.answer(StepName::ChainId, || rpc::chain_id(url), None)?;
    let chain = rpc::quantity_result(op, body, "eth_chainId").map_err(|e| fail(e, None))?;
    if chain != U256::from_u64(p.chain_id) {
        return Err(fail(X402Error::Misconfigured("the RPC node serves another chain than the payment's"), None));
    }
    let (target, call_data) = match &pay.message {
        Message::Eip3009(m) => route(p, op, m, &pay.signature)?,
        Message::Permit2(permit) => permit2_route(p, permit, &pay.expected.value, &pay.signature)?,
    };
    let contract_signer = p.payment.contract_signer.is_some();

    // 2. The authorization is unused.
    let expected = &pay.expected;
    let body = p.answer(StepName::AuthorizationState, || receipt::authorization_state_request(url, expected), None)?;
    match receipt::authorization_used(body, expected) {
        Ok(false) => {}
        Ok(true) => return Err(fail(X402Error::NonceAlreadyUsed, None)),
        Err(e) => return Err(fail(e, None)),
    }

    // 3. The payer can pay (and for Permit2, has let Permit2 move the amount).
    let body = p.answer(StepName::Balance, || balance::request(url, expected), None)?;
    balance::covers(op, body, value).map_err(|e| fail(e, None))?;
    if expected.via.is_some() {
        let body = p.answer(StepName::Allowance, || balance::allowance_request(url, expected), None)?;
        balance::allowance_covers(op, body, value).map_err(|e| fail(e, None))?;
    }

    // 4. The token (or the proxy) accepts the call from the settler.
    let body = p.answer(StepName::Simulation, || rpc::eth_call(url, Some(&settler), &target, &call_data), None)?;
    reverted(op, body, "eth_call of the settlement").map_err(|e| fail(no_bytes_overload(e, contract_signer && expected.via.is_none()), None))?;
    if p.mode == Mode::Verify {
        return Ok(PlanStep::Done { outcome: Outcome::Verified { payer: Some(expected.from.to_hex()) }, tx: None });
    }

    // 5. Nonce, fees, gas; then sign and send.
    let nonce = match p.nonce {
        Some(n) => n,
        None => {
            let body = p.answer(StepName::Nonce, || rpc::transaction_count(url, &settler), None)?;
            let n = rpc::quantity_result(op, body, "eth_getTransactionCount").map_err(|e| fail(e, None))?;
            n.to_u64().ok_or_else(|| fail(rpc::fault(op, None, "eth_getTransactionCount is out of range"), None))?
        }
    };
    let (max_fee, tip) = bid(p, fees(p, op)?)?;
    let body = p.answer(StepName::Gas, || rpc::estimate_gas(url, &settler, &target, &call_data), None)?;
    reverted(op, body, "eth_estimateGas").map_err(|e| fail(e, None))?;
    let estimate = rpc::quantity_result(op, body, "eth_estimateGas").map_err(|e| fail(e, None))?;
    let gas_limit = estimate
        .to_u64()
        .and_then(|g| g.checked_add(g.checked_mul(GAS_BUFFER_PERCENT)?.div_ceil(100)))
        .ok_or_else(|| fail(rpc::fault(op, None, "eth_estimateGas is out of range"), None))?;
    gas_covered(p, op, gas_limit, max_fee)?;
    let tx = Eip1559Tx {
        chain_id: p.chain_id,
        nonce,
        max_priority_fee_per_gas: tip,
        max_fee_per_gas: max_fee,
        gas_limit,
        to: target,
        value: U256::ZERO,
        data: call_data,
    };
    let SignedTx { raw, hash } = tx.sign(p.key).map_err(|e| fail(e, None))?;
    let info = TxInfo { hash, from: settler, nonce, gas_limit, max_fee_per_gas: max_fee, max_priority_fee_per_gas: tip };
    let body = p.answer(StepName::Send, || rpc::send_raw_transaction(url, &raw), Some(&info))?;
    sent(body, &hash).map_err(|e| fail(e, Some(&info)))?;

    // 6. The receipt proves the transfer.
    let hash_hex = codec::to_0x_hex(&hash);
    let receipt_request = || {
        receipt::receipt_request(url, &hash_hex).unwrap_or_else(|| rpc::request(url, "eth_getTransactionReceipt", &|_| {}))
    };
    let body = p.answer(StepName::Receipt, receipt_request, Some(&info))?;
    let outcome = receipt::judge(body, &hash_hex, expected);
    let deep = match (&outcome, receipt::mined_in(body)) {
        (Outcome::Settled { .. }, Some(mined)) if p.confirmations > 1 => {
            let head = p.answer(StepName::Head, || receipt::head_request(url), Some(&info))?;
            receipt::confirmed(outcome, mined, head, p.confirmations)
        }
        _ => outcome,
    };
    Ok(PlanStep::Done { outcome: deep, tx: Some(info) })
}

/// Where the settlement goes and what it calls: the token's `(v,r,s)` overload for an EOA's
/// signature; its `bytes` overload for a contract wallet's; for an ERC-6492 wrapper, the inner
/// signature, and when the wallet has no code yet, Multicall3's `aggregate3` of its factory
/// call (allowed to fail: deployed meanwhile) and the transfer (required), so the wallet is
/// deployed and pays in one transaction.
fn route(p: &Plan, op: FacilitatorOp, m: &TransferWithAuthorization, signature: &[u8]) -> Flow<(Address, Vec<u8>)> {
    let asset = Address::parse(&p.payment.asset).ok_or_else(|| fail(receipt::MALFORMED, None))?;
    let Some(cs) = &p.payment.contract_signer else { return Ok((asset, abi::transfer_with_authorization(m, signature))) };
    let Some((factory, factory_calldata, inner)) = checker::unwrap_6492(&cs.signature) else {
        return Ok((asset, abi::transfer_with_authorization_bytes(m, &cs.signature)));
    };
    let transfer = abi::transfer_with_authorization_bytes(m, &inner);
    let from = m.from;
    let body = p.answer(StepName::WalletCode, || rpc::request(p.rpc_url, "eth_getCode", &|w| {
        w.str(&from.to_hex()).str("latest");
    }), None)?;
    let code = rpc::data_result(op, body, "eth_getCode").map_err(|e| fail(e, None))?;
    if !code.is_empty() {
        return Ok((asset, transfer));
    }
    Ok((p.multicall, abi::aggregate3(&[(factory, true, factory_calldata), (asset, false, transfer)])))
}

/// A Permit2 payment goes to the proxy the payer named (verification held it to ours), which
/// presents the permit to Permit2. A contract wallet's signature is checked by Permit2 itself
/// (EIP-1271 on the owner); an ERC-6492 wrapper is unwrapped, since a wallet that does not
/// exist yet cannot have approved Permit2 either.
/// `charge`: what an upto settlement transfers (its charge, or its ceiling when simulated
/// before the work); an exact permit always transfers its amount.
fn permit2_route(p: &Plan, permit: &PermitTransfer, charge: &U256, signature: &[u8]) -> Flow<(Address, Vec<u8>)> {
    let signature = match &p.payment.contract_signer {
        Some(cs) => checker::unwrap_6492(&cs.signature).map_or_else(|| cs.signature.clone(), |(_, _, inner)| inner),
        None => signature.to_vec(),
    };
    Ok((permit.spender, permit.settle_call(charge, &signature)))
}

/// A smart wallet's simulation reverting without data: the token most likely lacks the
/// `bytes` overload (tokens with only `(v,r,s)` cannot take a contract's signature).
fn no_bytes_overload(e: X402Error, contract_signer: bool) -> X402Error {
    match e {
        X402Error::Rejected { op, reason: Reason::SimulationFailed, detail } if contract_signer && (detail.is_empty() || detail == "execution reverted" || detail == "reverted without data") => X402Error::Rejected {
            op,
            reason: Reason::SimulationFailed,
            detail: "the token has no transferWithAuthorization(…, bytes signature) overload, or it refuses this wallet's signature: a smart wallet cannot pay with this asset".into(),
        },
        e => e,
    }
}

/// The settler can pay the worst case (gas limit × max fee): a node would otherwise refuse the
/// transaction after the flow has recorded it as sending, or keep it unmined. Refused before
/// anything is signed, with the settler's public address, its balance and the need.
fn gas_covered(p: &Plan, op: FacilitatorOp, gas_limit: u64, max_fee: u128) -> Flow<()> {
    let body = p.answer(StepName::GasBalance, || rpc::native_balance(p.rpc_url, &p.settler), None)?;
    let balance = rpc::quantity_result(op, body, "eth_getBalance").map_err(|e| fail(e, None))?;
    let need = U256::product(max_fee, gas_limit);
    if balance >= need {
        return Ok(());
    }
    let detail = codec::cat(&["settler ", &p.settler.to_hex(), " holds ", &balance.to_dec_string(), " wei; this settlement may cost ", &need.to_dec_string(), " wei of gas"]);
    Err(fail(X402Error::SettlerOutOfGas { detail }, None))
}

/// The market's fees raised to the floor (a replacement must outbid what it replaces) and
/// held at the seller's ceiling: a market above it is bid at the ceiling while that still
/// covers the next block's base fee (the transaction waits for the tip, and can be replaced);
/// a floor above it, or a base fee above it, cannot be bid at all (nothing is signed).
fn bid(p: &Plan, (max_fee, tip, base): (u128, u128, u128)) -> Flow<(u128, u128)> {
    let (floor_max, floor_tip) = p.fee_floor.unwrap_or((0, 0));
    let need = floor_max.max(floor_tip).max(base);
    if need > p.fee_cap {
        let what = if base > floor_max.max(floor_tip) { "the next block's base fee is " } else { "replacing the stuck transaction needs " };
        let detail = codec::cat(&[what, &U256::product(need, 1).to_dec_string(), " wei per gas; the ceiling is ", &U256::product(p.fee_cap, 1).to_dec_string()]);
        return Err(fail(X402Error::FeeCeiling { detail }, None));
    }
    let tip = tip.max(floor_tip).min(p.fee_cap);
    let max_fee = max_fee.max(floor_max).max(tip).min(p.fee_cap);
    Ok((max_fee, tip))
}

/// A replacement's floor: 12.5 % (and 1 wei) above each fee of the transaction it replaces
/// (nodes ask for 10 %).
pub fn outbid(max_fee: u128, tip: u128) -> (u128, u128) {
    let up = |x: u128| x.saturating_add(x / 8).saturating_add(1);
    (up(max_fee), up(tip))
}

/// A revert of the simulated call is the payment's fault (explained); other node errors
/// are faults worth retrying.
fn reverted(op: FacilitatorOp, body: &str, what: &str) -> Result<(), X402Error> {
    match rpc::parse(body) {
        Answer::Result(_) => Ok(()),
        Answer::Error(e) if e.is_revert() => {
            let detail = match &e.data {
                Some(d) => abi::decode_revert(d).describe(),
                None => e.message,
            };
            Err(X402Error::Rejected { op, reason: Reason::SimulationFailed, detail })
        }
        Answer::Error(e) => Err(rpc::fault(op, Some(&e), what)),
        Answer::Unreadable => Err(rpc::fault(op, None, what)),
    }
}

/// The send went through: the node returned our hash, or already had the transaction
/// (a resend after a lost answer).
fn sent(body: &str, hash: &[u8; 32]) -> Result<(), X402Error> {
    let op = FacilitatorOp::Settle;
    match rpc::parse(body) {
        Answer::Result(Json::Str(h)) if codec::parse_0x_hex::<32>(&h) == Some(*hash) => Ok(()),
        Answer::Result(_) => Err(rpc::fault(op, None, "eth_sendRawTransaction returned another hash")),
        Answer::Error(e) if e.mentions("already known") || e.mentions("known transaction") => Ok(()),
        Answer::Error(e) => Err(rpc::fault(op, Some(&e), "eth_sendRawTransaction")),
        Answer::Unreadable => Err(rpc::fault(op, None, "eth_sendRawTransaction")),
    }
}

/// (maxFeePerGas, maxPriorityFeePerGas, the next block's base fee, or the gas price without
/// fee history). From `eth_feeHistory`: tip = median of the 50th
/// percentile rewards, max fee = 2 × next base fee + tip (survives six full blocks of base
/// fee growth). If the node lacks fee history: tip from `eth_maxPriorityFeePerGas` (or the
/// gas price), max fee = 2 × `eth_gasPrice`.
fn fees(p: &Plan, op: FacilitatorOp) -> Flow<(u128, u128, u128)> {
    let url = p.rpc_url;
    let body = p.answer(StepName::FeeHistory, || rpc::fee_history(url), None)?;
    if let Answer::Result(r) = rpc::parse(body) {
        if let Some((base, tip)) = from_fee_history(&r) {
            let tip = tip.max(p.min_priority_fee);
            let max_fee = base.checked_mul(2).and_then(|b| b.checked_add(tip));
            return max_fee.map(|m| (m, tip, base)).ok_or_else(|| fail(rpc::fault(op, None, "eth_feeHistory is out of range"), None));
        }
    }
    let body = p.answer(StepName::GasPrice, || rpc::gas_price(url), None)?;
    let price = rpc::quantity_result(op, body, "eth_gasPrice").map_err(|e| fail(e, None))?;
    let price = rpc::u128_of(&price).ok_or_else(|| fail(rpc::fault(op, None, "eth_gasPrice is out of range"), None))?;
    let body = p.answer(StepName::PriorityFee, || rpc::max_priority_fee(url), None)?;
    let tip = match rpc::parse(body) {
        Answer::Result(Json::Str(s)) => rpc::parse_quantity(&s).and_then(|q| rpc::u128_of(&q)).unwrap_or(price),
        _ => price,
    };
    let tip = tip.max(p.min_priority_fee);
    let max_fee = price.saturating_mul(2).max(tip);
    Ok((max_fee, tip, price))
}

/// (next base fee, median tip) from an `eth_feeHistory` result.
fn from_fee_history(r: &Json) -> Option<(u128, u128)> {
    let q = |v: &Json| v.as_str().and_then(rpc::parse_quantity).and_then(|q| rpc::u128_of(&q));
    let base = q(r.get("baseFeePerGas")?.as_array()?.last()?)?;
    let mut tips: Vec<u128> = match r.get("reward").and_then(Json::as_array) {
        Some(rows) => rows.iter().filter_map(|row| row.as_array()?.first().and_then(q)).collect(),
        None => Vec::new(),
    };
    // Insertion sort: a handful of values, and `sort_unstable` costs ~3 KB of .wasm.
    for i in 1..tips.len() {
        let mut j = i;
        while j > 0 && tips[j - 1] > tips[j] {
            tips.swap(j - 1, j);
            j -= 1;
        }
    }
    let tip = tips.get(tips.len() / 2).copied().unwrap_or(0);
    Some((base, tip))
}

/// One settlement in progress: what [`Plan`] borrows, owned, plus the step waiting for its
/// answer. Answers are accepted only for that step, so earlier answers (and the transaction
/// signed from them) never change under the plan.
pub struct Planner {
    key: SigningKey,
    settler: Address,
    chain_id: u64,
    rpc_url: String,
    payment: VerifiedPayment,
    mode: Mode,
    nonce: Option<u64>,
    confirmations: u64,
    fee_floor: Option<(u128, u128)>,
    fee_cap: u128,
    multicall: Address,
    answers: [Option<String>; STEPS],
    awaiting: Option<StepName>,
}

impl Planner {
    pub fn new(key: SigningKey, chain_id: u64, rpc_url: String, payment: VerifiedPayment, mode: Mode, confirmations: u64, fee_cap: u128) -> Planner {
        let settler = tx::address_of(&key);
        Planner { key, settler, chain_id, rpc_url, payment, mode, nonce: None, confirmations, fee_floor: None, fee_cap, multicall: crate::x402::config::MULTICALL3, answers: Default::default(), awaiting: None }
    }

    /// Counterfactual wallets deployed through this Multicall3 (`X402_MULTICALL_ADDRESS`).
    pub fn through(mut self, multicall: Address) -> Planner {
        self.multicall = multicall;
        self
    }

    /// A replacement: at the stuck transaction's `nonce`, outbidding `floor` (max fee, tip).
    pub fn replacing(mut self, nonce: u64, floor: (u128, u128)) -> Planner {
        self.nonce = Some(nonce);
        self.fee_floor = Some(floor);
        self
    }

    /// Whether it signs at a nonce it was given (a replacement), not one it asked for.
    pub fn replaces(&self) -> bool {
        self.fee_floor.is_some()
    }

    pub fn settler(&self) -> Address {
        self.settler
    }

    /// The next request, or the outcome. A `Pending` outcome forgets the receipt answer, so
    /// the following call asks for the receipt again (polling).
    pub fn next(&mut self) -> PlanStep {
        let mut answers = Answers::default();
        for (slot, body) in answers.0.iter_mut().zip(&self.answers) {
            *slot = body.as_deref();
        }
        let plan = Plan {
            key: &self.key,
            settler: self.settler,
            chain_id: self.chain_id,
            rpc_url: &self.rpc_url,
            payment: &self.payment,
            mode: self.mode,
            nonce: self.nonce,
            min_priority_fee: 0,
            fee_floor: self.fee_floor,
            fee_cap: self.fee_cap,
            confirmations: self.confirmations,
            multicall: self.multicall,
            answers,
        };
        let step = next_step(&plan);
        self.awaiting = match &step {
            PlanStep::Request { step, .. } => Some(*step),
            PlanStep::Done { outcome: Outcome::Pending { .. }, .. } => {
                self.answers[StepName::Receipt as usize] = None;
                self.answers[StepName::Head as usize] = None;
                None
            }
            PlanStep::Done { .. } => None,
        };
        step
    }

    /// The node's answer to the request [`Planner::next`] named, then the next step;
    /// `None` when no request is waiting for an answer.
    pub fn answer(&mut self, body: &str) -> Option<PlanStep> {
        let step = self.awaiting.take()?;
        self.answers[step as usize] = Some(body.into());
        Some(self.next())
    }

    /// Instead of the node's transaction count: the account nonce the ledger allocated, when
    /// the plan is asking for the nonce (`None` otherwise).
    pub fn use_nonce(&mut self, nonce: u64) -> Option<PlanStep> {
        if self.awaiting != Some(StepName::Nonce) {
            return None;
        }
        self.awaiting = None;
        self.nonce = Some(nonce);
        Some(self.next())
    }
}

#[cfg(test)]
mod tests;
