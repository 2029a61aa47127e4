//! Every plan rule, on its happy path and with a failing answer.

use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
use crate::x402::verify::verify;
use crate::x402::evm::abi::{ERROR_STRING, PANIC};
use crate::x402::evm::logs::tests::{auth_log, receipt, transfer_log, FROM, TO, USDG};
use crate::x402::evm::logs::{AUTHORIZATION_ALREADY_USED, AUTHORIZATION_USED};
use crate::x402::settle::direct::plan::*;
use crate::json;

/// Anvil/Hardhat account #2 (a public test key): the settler.
const SETTLER_KEY: &str = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
const URL: &str = "https://rpc.test";

fn ok(result: &str) -> String {
    ["{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":", result, "}"].concat()
}
fn q(s: &str) -> String {
    ok(&["\"", s, "\""].concat())
}
fn word(v: u64) -> String {
    q(&codec::to_0x_hex(&U256::from_u64(v).0))
}
fn node_error(code: i64, message: &str, data: Option<&[u8]>) -> String {
    let data = data.map(|d| [",\"data\":\"", &codec::to_0x_hex(d), "\""].concat()).unwrap_or_default();
    format!(r#"{{"jsonrpc":"2.0","id":1,"error":{{"code":{code},"message":"{message}"{data}}}}}"#)
}
fn revert_string(msg: &str) -> Vec<u8> {
    let mut d = ERROR_STRING.to_vec();
    d.extend_from_slice(&U256::from_u64(32).0);
    d.extend_from_slice(&U256::from_u64(msg.len() as u64).0);
    d.extend_from_slice(msg.as_bytes());
    d.resize(4 + 64 + msg.len().div_ceil(32) * 32, 0);
    d
}

/// Nonce/answers of the happy path; the `send` and `receipt` answers need the hash.
fn happy() -> Vec<(StepName, String)> {
    let fee_history = r#"{"oldestBlock":"0x10","baseFeePerGas":["0x5","0x6","0x7","0x8","0x9","0xa"],"gasUsedRatio":[0.5,0.5,0.5,0.5,0.5],"reward":[["0x1"],["0x3"],["0x2"],["0x0"],["0x2"]]}"#;
    vec![
        (StepName::ChainId, q("0xc4")),
        (StepName::AuthorizationState, word(0)),
        (StepName::Balance, word(5000)),
        (StepName::Simulation, q("0x")),
        (StepName::Nonce, q("0x7")),
        (StepName::FeeHistory, ok(fee_history)),
        (StepName::Gas, q("0x186a0")),
        (StepName::GasBalance, q("0xde0b6b3a7640000")),
    ]
}

struct Case {
    key: SigningKey,
    payment: VerifiedPayment,
    chain_id: u64,
    mode: Mode,
    nonce: Option<u64>,
    min_tip: u128,
    confirmations: u64,
    floor: Option<(u128, u128)>,
    cap: u128,
}

impl Case {
    fn new() -> Case {
        let payment = verify(&v1_payment(auth()), &req(), NOW).unwrap();
        let key = tx::parse_private_key(SETTLER_KEY).unwrap();
        Case { key, payment, chain_id: 196, mode: Mode::Settle, nonce: None, min_tip: 0, confirmations: 1, floor: None, cap: u128::MAX }
    }

    fn step(&self, answers: &[(StepName, String)]) -> PlanStep {
        let mut a = Answers::default();
        for (s, body) in answers {
            a.set(*s, body);
        }
        let plan = Plan {
            key: &self.key,
            settler: tx::address_of(&self.key),
            chain_id: self.chain_id,
            rpc_url: URL,
            payment: &self.payment,
            mode: self.mode,
            nonce: self.nonce,
            min_priority_fee: self.min_tip,
            fee_floor: self.floor,
            fee_cap: self.cap,
            confirmations: self.confirmations,
            multicall: crate::x402::config::MULTICALL3,
            answers: a,
        };
        next_step(&plan)
    }

    /// The happy answers with `step`'s replaced by `body`.
    fn with(&self, step: StepName, body: &str) -> PlanStep {
        let mut a = happy();
        a.retain(|(s, _)| *s != step);
        a.push((step, body.into()));
        self.step(&a)
    }

    /// The signed transaction's info (at the `send` step).
    fn tx(&self, answers: &[(StepName, String)]) -> TxInfo {
        match self.step(answers) {
            PlanStep::Request { step: StepName::Send, tx: Some(tx), .. } => tx,
            other => panic!("{other:?}"),
        }
    }
}

fn asked(s: &PlanStep) -> Option<StepName> {
    match s {
        PlanStep::Request { step, .. } => Some(*step),
        PlanStep::Done { .. } => None,
    }
}

fn failure(s: PlanStep) -> X402Error {
    match s {
        PlanStep::Done { outcome: Outcome::Failed { reason: e }, .. } => e,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_settler_short_of_gas_is_refused_before_anything_is_signed() {
    let c = Case::new();
    let settler = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    let PlanStep::Request { request, tx: None, .. } = c.step(&happy()[..7]) else { panic!() };
    assert!(request.body.contains(&["\"params\":[\"", settler, "\",\"pending\"]"].concat()), "{}", request.body);
    // Worst case: 120,000 gas × max fee 22 wei = 2,640,000 wei.
    let e = failure(c.with(StepName::GasBalance, &q("0x28487f")));
    assert_eq!((e.reason(), e.http_status()), ("settler_out_of_gas", 503));
    let text = e.text();
    assert!(text.contains(settler) && text.contains("holds 2639999 wei; this settlement may cost 2640000 wei"), "{text}");
    assert!(!text.contains(&SETTLER_KEY[2..]), "never the key");
    assert_eq!(asked(&c.with(StepName::GasBalance, &q("0x284880"))), Some(StepName::Send), "exactly enough");
    // A node that cannot say is a fault worth retrying, not a refusal.
    let e = failure(c.with(StepName::GasBalance, &node_error(-32000, "header not found", None)));
    assert_eq!(e.reason(), "unexpected_settle_error");
}

#[test]
fn happy_path_step_by_step() {
    let c = Case::new();
    let mut answers = happy();
    let methods = ["eth_chainId", "eth_call", "eth_call", "eth_call", "eth_getTransactionCount", "eth_feeHistory", "eth_estimateGas", "eth_getBalance"];
    for (i, method) in methods.iter().enumerate() {
        let PlanStep::Request { step, request, tx: None } = c.step(&answers[..i]) else { panic!("{i}") };
        assert_eq!(step, answers[i].0);
        assert_eq!(request.url, URL);
        assert!(request.body.contains(&["\"method\":\"", method, "\""].concat()), "{}", request.body);
    }
    let settler = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    let PlanStep::Request { request, .. } = c.step(&answers[..3]) else { panic!() };
    assert!(request.body.contains(&["{\"from\":\"", settler, "\",\"to\":\"", USDG, "\",\"data\":\"0xe3ee160e"].concat()));
    let PlanStep::Request { request, .. } = c.step(&answers[..1]) else { panic!() };
    assert!(request.body.contains("0xe94a0102"), "reuses x402::rpc's authorizationState call");
    // Fees: next base fee 0xa, median tip 2 → max fee 22; gas 100000 + 20 %.
    let PlanStep::Request { step: StepName::Send, request, tx: Some(tx) } = c.step(&answers) else { panic!() };
    assert_eq!((tx.nonce, tx.gas_limit, tx.max_fee_per_gas, tx.max_priority_fee_per_gas), (7, 120_000, 22, 2));
    assert_eq!(tx.from.to_hex(), settler);
    let raw = json::parse(request.body.as_bytes()).unwrap();
    let raw = raw.get("params").and_then(|p| p.as_array()?.first()?.as_str()).and_then(codec::parse_0x_hex_vec).unwrap();
    assert_eq!(crate::x402::eip712::keccak256(&raw), tx.hash);
    assert_eq!(raw.first(), Some(&2));
    let hash = codec::to_0x_hex(&tx.hash);
    answers.push((StepName::Send, q(&hash)));
    let PlanStep::Request { step: StepName::Receipt, request, tx: Some(_) } = c.step(&answers) else { panic!() };
    assert!(request.body.contains(&["\"eth_getTransactionReceipt\",\"params\":[\"", &hash].concat()));
    // Not mined yet → pending; then mined with the Transfer log → settled.
    answers.push((StepName::Receipt, ok("null")));
    let PlanStep::Done { outcome: Outcome::Pending { tx_hash }, tx: Some(_) } = c.step(&answers) else { panic!() };
    assert_eq!(tx_hash.as_deref(), Some(hash.as_str()));
    answers.pop();
    let logs = [auth_log(&AUTHORIZATION_USED, USDG, 0xab), transfer_log(USDG, FROM, TO, 1000)];
    answers.push((StepName::Receipt, ok(&receipt("0x1", &logs))));
    let PlanStep::Done { outcome: Outcome::Settled { tx_hash, proof: crate::x402::settle::Proof::Receipt }, tx: Some(t) } = c.step(&answers) else { panic!() };
    assert_eq!((tx_hash, t), (hash, tx));
}

#[test]
fn chain_checks() {
    let c = Case::new();
    assert_eq!(failure(c.with(StepName::ChainId, &q("0x1"))).http_status(), 500);
    let e = failure(c.with(StepName::ChainId, &node_error(-32005, "limit", None)));
    assert!(matches!(&e, X402Error::Facilitator(f) if f.retryable), "{e:?}");
    assert!(matches!(failure(c.with(StepName::ChainId, "<html>")), X402Error::Facilitator(_)));
    let mut other = Case::new();
    other.chain_id = 8453;
    assert!(matches!(failure(other.step(&[])), X402Error::Misconfigured(_)));
    let mut bad = Case::new();
    bad.payment.nonce = "0x12".into();
    assert!(matches!(failure(bad.step(&[])), X402Error::Misconfigured(_)));
}

#[test]
fn authorization_state_and_balance() {
    let c = Case::new();
    assert_eq!(failure(c.with(StepName::AuthorizationState, &word(1))), X402Error::NonceAlreadyUsed);
    assert_eq!(failure(c.with(StepName::AuthorizationState, &word(1))).reason(), "invalid_exact_evm_nonce_already_used");
    let e = failure(c.with(StepName::Balance, &word(999)));
    assert_eq!((e.reason(), e.http_status()), ("insufficient_funds", 402));
    assert!(e.to_string().contains("balance 999 is below the payment value 1000"), "{e}");
    assert_eq!(asked(&c.with(StepName::Balance, &word(1000))), Some(StepName::Send));
    assert!(matches!(failure(c.with(StepName::Balance, &q("0x"))), X402Error::Facilitator(_)));
}

#[test]
fn simulation_explains_reverts() {
    let c = Case::new();
    let sim = |body: &str| failure(c.with(StepName::Simulation, body));
    let e = sim(&node_error(3, "execution reverted: FiatTokenV2: invalid signature", Some(&revert_string("FiatTokenV2: invalid signature"))));
    assert_eq!(e.reason(), "invalid_exact_evm_transaction_simulation_failed");
    assert!(e.to_string().ends_with(": reverted: FiatTokenV2: invalid signature"), "{e}");
    let e = sim(&node_error(3, "execution reverted", Some(&[0xde, 0xad, 0xbe, 0xef])));
    assert!(e.to_string().ends_with("custom error 0xdeadbeef"), "{e}");
    let mut panic_data = PANIC.to_vec();
    panic_data.extend_from_slice(&U256::from_u64(0x11).0);
    assert!(sim(&node_error(3, "execution reverted", Some(&panic_data))).to_string().ends_with("code 0x11"));
    let e = sim(&node_error(-32000, "execution reverted", None));
    assert!(e.to_string().ends_with(": execution reverted"), "{e}");
    // A node fault is not the payment's fault.
    let e = sim(&node_error(-32603, "internal error", None));
    assert!(matches!(&e, X402Error::Facilitator(f) if f.retryable), "{e:?}");
    // Verify mode stops after a good simulation.
    let mut v = Case::new();
    v.mode = Mode::Verify;
    let PlanStep::Done { outcome: Outcome::Verified { payer }, tx: None } = v.step(&happy()[..4]) else { panic!() };
    assert_eq!(payer.as_deref(), Some(FROM));
    assert_eq!(failure(v.with(StepName::Simulation, &node_error(3, "execution reverted", None))).reason(), "invalid_exact_evm_transaction_simulation_failed");
}

#[test]
fn nonce_fees_and_gas() {
    let c = Case::new();
    // A ledger-managed nonce skips eth_getTransactionCount.
    let mut ledger = Case::new();
    ledger.nonce = Some(42);
    assert_eq!(asked(&ledger.step(&happy()[..4])), Some(StepName::FeeHistory));
    let mut answers = happy();
    answers.retain(|(s, _)| *s != StepName::Nonce);
    assert_eq!(ledger.tx(&answers).nonce, 42);
    assert!(matches!(failure(c.with(StepName::Nonce, &q(&["0x1", &"0".repeat(16)].concat()))), X402Error::Facilitator(_)));
    // No fee history → gas price, then priority fee.
    let mut answers = happy();
    answers.retain(|(s, _)| *s != StepName::FeeHistory);
    let no_history = (StepName::FeeHistory, node_error(-32601, "method not found", None));
    answers.push(no_history.clone());
    assert_eq!(asked(&c.step(&answers)), Some(StepName::GasPrice));
    answers.push((StepName::GasPrice, q("0x64")));
    assert_eq!(asked(&c.step(&answers)), Some(StepName::PriorityFee));
    answers.push((StepName::PriorityFee, q("0x3")));
    let t = c.tx(&answers);
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (200, 3));
    answers.pop();
    answers.push((StepName::PriorityFee, node_error(-32601, "method not found", None)));
    let t = c.tx(&answers);
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (200, 100));
    // A tip floor for chains with empty fee history.
    let mut floor = Case::new();
    floor.min_tip = 1_000;
    let t = floor.tx(&happy());
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (1_020, 1_000));
    let empty = ok(r#"{"baseFeePerGas":["0x1","0x2"],"reward":[]}"#);
    let mut answers = happy();
    answers.retain(|(s, _)| *s != StepName::FeeHistory);
    answers.push((StepName::FeeHistory, empty));
    let t = c.tx(&answers);
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (4, 0));
    // Gas: +20 % rounded up; a revert at estimation is explained like the simulation's.
    let mut answers = happy();
    answers.retain(|(s, _)| *s != StepName::Gas);
    answers.push((StepName::Gas, q("0x5209")));
    assert_eq!(c.tx(&answers).gas_limit, 21_001 + 4_201);
    let e = failure(c.with(StepName::Gas, &node_error(3, "execution reverted", Some(&revert_string("EIP3009: authorization is expired")))));
    assert!(e.to_string().ends_with("reverted: EIP3009: authorization is expired"), "{e}");
    assert!(matches!(failure(c.with(StepName::Gas, &q(&["0x1", &"0".repeat(16)].concat()))), X402Error::Facilitator(_)));
}

#[test]
fn a_settlement_counts_once_its_block_is_deep_enough() {
    let mut c = Case::new();
    let tx = c.tx(&happy());
    let hash = codec::to_0x_hex(&tx.hash);
    let mined = ok(&receipt("0x1", &crate::x402::settle::tests::ours())).replacen("{\"status\"", "{\"blockNumber\":\"0x10\",\"status\"", 1);
    let at = |c: &Case, head: Option<&str>| {
        let mut a = happy();
        a.push((StepName::Send, q(&hash)));
        a.push((StepName::Receipt, mined.clone()));
        if let Some(h) = head {
            a.push((StepName::Head, h.into()));
        }
        c.step(&a)
    };
    // Depth 1 (the default): the receipt is the proof, no head asked.
    assert!(matches!(at(&c, None), PlanStep::Done { outcome: Outcome::Settled { .. }, .. }));
    // Depth 3: block 0x10 counts once the head is 0x12.
    c.confirmations = 3;
    let PlanStep::Request { step: StepName::Head, request, .. } = at(&c, None) else { panic!() };
    assert!(request.body.contains("\"method\":\"eth_blockNumber\""), "{}", request.body);
    assert!(matches!(at(&c, Some(&q("0x11"))), PlanStep::Done { outcome: Outcome::Pending { tx_hash: Some(_) }, .. }), "two deep: not yet");
    assert!(matches!(at(&c, Some(&q("0x12"))), PlanStep::Done { outcome: Outcome::Settled { .. }, .. }));
    assert!(matches!(at(&c, Some(&node_error(-32000, "boom", None))), PlanStep::Done { outcome: Outcome::Unknown { tx_hash: Some(_), .. }, .. }));
    // A receipt that proves nothing is refused without asking the head.
    let mut a = happy();
    a.push((StepName::Send, q(&hash)));
    a.push((StepName::Receipt, ok(&receipt("0x0", &[]))));
    assert!(matches!(failure(c.step(&a)).reason(), "invalid_exact_evm_transaction_failed"));
    // Polling: a pending depth forgets the receipt and the head; the receipt is asked again
    // (a reorg may have dropped or moved it).
    let mut s = Planner::new(tx::parse_private_key(SETTLER_KEY).unwrap(), 196, URL.into(), c.payment.clone(), Mode::Settle, 3, u128::MAX);
    let mut step = s.next();
    for (_, body) in happy() {
        step = s.answer(&body).unwrap();
    }
    assert_eq!(asked(&step), Some(StepName::Send));
    assert_eq!(asked(&s.answer(&q(&hash)).unwrap()), Some(StepName::Receipt));
    assert_eq!(asked(&s.answer(&mined).unwrap()), Some(StepName::Head));
    assert!(matches!(s.answer(&q("0x10")).unwrap(), PlanStep::Done { outcome: Outcome::Pending { .. }, .. }));
    assert_eq!(asked(&s.next()), Some(StepName::Receipt));
    let moved = mined.replacen("0x10", "0x13", 1);
    assert_eq!(asked(&s.answer(&moved).unwrap()), Some(StepName::Head));
    assert!(matches!(s.answer(&q("0x14")).unwrap(), PlanStep::Done { outcome: Outcome::Pending { .. }, .. }), "re-mined in 0x13: two deep at 0x14");
    s.next();
    s.answer(&moved).unwrap();
    assert!(matches!(s.answer(&q("0x15")).unwrap(), PlanStep::Done { outcome: Outcome::Settled { .. }, .. }));
}

#[test]
fn send_and_receipt() {
    let c = Case::new();
    let tx = c.tx(&happy());
    let hash = codec::to_0x_hex(&tx.hash);
    let at = |send: &str, receipt_body: Option<&str>| {
        let mut a = happy();
        a.push((StepName::Send, send.into()));
        if let Some(r) = receipt_body {
            a.push((StepName::Receipt, r.into()));
        }
        c.step(&a)
    };
    // A resend the node already has is fine; other errors fail with the tx to look for.
    assert_eq!(asked(&at(&node_error(-32000, "already known", None), None)), Some(StepName::Receipt));
    let PlanStep::Done { outcome: Outcome::Failed { reason: e }, tx: Some(t) } = at(&node_error(-32000, "nonce too low", None), None) else { panic!() };
    assert!(e.to_string().contains("nonce too low") && e.http_status() == 503 && t.hash == tx.hash, "{e}");
    assert!(matches!(failure(at(&q(&["0x", &"00".repeat(32)].concat()), None)), X402Error::Facilitator(_)));
    let good = q(&hash);
    let judged = |logs: &[String], status: &str| failure(at(&good, Some(&ok(&receipt(status, logs)))));
    assert_eq!(judged(&[auth_log(&AUTHORIZATION_ALREADY_USED, USDG, 0xab)], "0x1"), X402Error::NonceAlreadyUsed);
    assert_eq!(judged(&[], "0x1").reason(), "invalid_exact_evm_transfer_event_mismatch");
    assert_eq!(judged(&[transfer_log(USDG, FROM, TO, 999)], "0x1").reason(), "invalid_exact_evm_transfer_event_mismatch");
    assert_eq!(judged(&[], "0x0").reason(), "invalid_exact_evm_transaction_failed");
    // Our Transfer without our authorization's log is another payment's.
    assert_eq!(judged(&[transfer_log(USDG, FROM, TO, 1000)], "0x1").reason(), "invalid_exact_evm_transfer_event_mismatch");
    // The node cannot tell after the send: unknown, with the transaction to look for.
    let unknown = at(&good, Some(&node_error(-32000, "header not found", None)));
    assert!(matches!(unknown, PlanStep::Done { outcome: Outcome::Unknown { tx_hash: Some(_), reason: X402Error::Facilitator(_) }, .. }), "{unknown:?}");
}

#[test]
fn answers_by_name() {
    let mut a = Answers::default();
    for s in StepName::ALL {
        assert_eq!(StepName::ALL[s as usize], s);
        a.set(s, s.as_str());
    }
    assert_eq!(a.get(StepName::Receipt), Some("receipt"));
}

#[test]
fn a_settlement_walks_its_answers_in_order() {
    let c = Case::new();
    let key = tx::parse_private_key(SETTLER_KEY).unwrap();
    let mut s = Planner::new(key, 196, URL.into(), c.payment.clone(), Mode::Settle, 1, u128::MAX);
    assert_eq!(s.settler(), tx::address_of(&c.key));
    assert!(s.answer("{}").is_none(), "no request is waiting before the first step");
    // The node's transaction count answers the nonce step...
    let mut step = s.next();
    for (name, body) in happy() {
        assert_eq!(asked(&step), Some(name), "{step:?}");
        step = s.answer(&body).unwrap();
    }
    assert_eq!(asked(&step), Some(StepName::Send));
    // ...or the ledger's nonce replaces it, only while the plan asks for it.
    let mut s = Planner::new(tx::parse_private_key(SETTLER_KEY).unwrap(), 196, URL.into(), c.payment.clone(), Mode::Settle, 1, u128::MAX);
    assert!(s.use_nonce(3).is_none());
    let mut step = s.next();
    for (name, body) in happy() {
        assert_eq!(asked(&step), Some(name), "{step:?}");
        step = if name == StepName::Nonce { s.use_nonce(7).unwrap() } else { s.answer(&body).unwrap() };
    }
    let PlanStep::Request { step: StepName::Send, tx: Some(tx), .. } = &step else { panic!("{step:?}") };
    assert_eq!(*tx, c.tx(&happy()), "the same transaction as the pure plan signs");
    let hash = codec::to_0x_hex(&tx.hash);
    assert_eq!(asked(&s.answer(&q(&hash)).unwrap()), Some(StepName::Receipt));
    // No receipt yet: pending, and the next step asks for the receipt again.
    let pending = s.answer(&ok("null")).unwrap();
    assert!(matches!(pending, PlanStep::Done { outcome: Outcome::Pending { .. }, .. }), "{pending:?}");
    assert!(s.answer("{}").is_none(), "a pending outcome waits for no answer");
    assert_eq!(asked(&s.next()), Some(StepName::Receipt));
    let settled = s.answer(&ok(&receipt("0x1", &[auth_log(&AUTHORIZATION_USED, USDG, 0xab), transfer_log(USDG, FROM, TO, 1000)]))).unwrap();
    assert_eq!(settled, PlanStep::Done { outcome: Outcome::Settled { tx_hash: hash, proof: crate::x402::settle::Proof::Receipt }, tx: Some(tx.clone()) });
    assert!(s.answer("{}").is_none() && s.use_nonce(1).is_none(), "nothing is waiting after the outcome");
}

#[test]
fn a_replacement_outbids_what_it_replaces_within_the_ceiling() {
    // The market says max fee 22, tip 2 (`happy`).
    let mut c = Case::new();
    c.nonce = Some(7);
    let mut answers = happy();
    answers.retain(|(s, _)| *s != StepName::Nonce);
    c.floor = Some(outbid(40, 4));
    assert_eq!(outbid(40, 4), (46, 5));
    let t = c.tx(&answers);
    assert_eq!((t.nonce, t.max_fee_per_gas, t.max_priority_fee_per_gas), (7, 46, 5));
    // Below the market, the market wins.
    c.floor = Some((10, 1));
    let t = c.tx(&answers);
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (22, 2));
    // A ceiling under the market: bid at the ceiling (the transaction may wait for its tip),
    // while it covers the next block's base fee (0xa); below that nothing is signed.
    c.floor = None;
    c.cap = 15;
    let t = c.tx(&answers);
    assert_eq!((t.max_fee_per_gas, t.max_priority_fee_per_gas), (15, 2));
    c.cap = 10;
    assert_eq!(c.tx(&answers).max_fee_per_gas, 10);
    c.cap = 9;
    let e = failure(c.step(&answers));
    assert_eq!((e.reason(), e.alarms()), ("settlement_pending", true));
    assert!(e.text().contains("the next block's base fee is 10 wei per gas; the ceiling is 9"), "{}", e.text());
    // A floor over the ceiling cannot be bid: refused before anything is signed.
    c.floor = Some(outbid(40, 4));
    c.cap = 45;
    let e = failure(c.step(&answers));
    assert_eq!((e.reason(), e.http_status(), e.alarms()), ("settlement_pending", 503, true));
    assert!(e.text().contains("needs 46 wei per gas; the ceiling is 45"), "{}", e.text());
    c.cap = 46;
    assert_eq!(c.tx(&answers).max_fee_per_gas, 46);
    // Saturating, never a panic.
    assert_eq!(outbid(u128::MAX, u128::MAX), (u128::MAX, u128::MAX));
}

/// A Permit2 payment: its nonce is a bit of Permit2's bitmap, the payer must have approved
/// Permit2, and the settlement is the exact proxy's `settle`, proven by the token's Transfer
/// with the proxy's `Settled()`.
#[test]
fn a_permit2_payment_settles_through_the_exact_proxy() {
    use crate::x402::verify::permit2_tests::{permit, permit2_payment, permit2_req};
    use crate::x402::permit2::EXACT_PROXY;
    let req = permit2_req("USDG");
    let c = Case { payment: verify(&permit2_payment(&permit(USDG)), &req, NOW).unwrap(), ..Case::new() };
    let mut answers = happy();
    answers.insert(3, (StepName::Allowance, word(1000)));
    let proxy = EXACT_PROXY.to_hex();
    let expect = [
        (StepName::AuthorizationState, "0x4fe02b44", "0x000000000022d473030f116ddee9f6b43ac78ba3"),
        (StepName::Balance, "0x70a08231", USDG),
        (StepName::Allowance, "0xdd62ed3e", USDG),
        (StepName::Simulation, "0x13cd3b53", proxy.as_str()),
    ];
    for (i, (step, selector, to)) in expect.iter().enumerate() {
        let PlanStep::Request { step: asked_step, request, .. } = c.step(&answers[..i + 1]) else { panic!("{i}") };
        assert_eq!(asked_step, *step);
        assert!(request.body.contains(&["\"to\":\"", to, "\",\"data\":\"", selector].concat()), "{}", request.body);
    }
    // Used (its bit set), not approved, approved for less: refused before anything is signed.
    // The permit's nonce is 2^156: bit 0 of bitmap word 2^148.
    let mut used = answers.clone();
    used[1].1 = word(1);
    assert_eq!(failure(c.step(&used)).reason(), "invalid_exact_evm_nonce_already_used");
    let mut other_bit = answers.clone();
    other_bit[1].1 = word(2);
    assert_eq!(asked(&c.step(&other_bit)), Some(StepName::Send));
    for short in [0, 999] {
        let mut a = answers.clone();
        a[3].1 = word(short);
        let e = failure(c.step(&a));
        assert_eq!((e.http_status(), e.reason()), (412, "permit2_allowance_required"));
        assert!(e.text().contains("approve"), "{}", e.text());
    }
    // Signed and sent to the proxy; its receipt proves the payment with Settled().
    let PlanStep::Request { step: StepName::Send, tx: Some(tx), .. } = c.step(&answers) else { panic!() };
    let hash = codec::to_0x_hex(&tx.hash);
    answers.push((StepName::Send, q(&hash)));
    let settled = format!(r#"{{"address":"{proxy}","topics":["{}"],"data":"0x"}}"#, codec::to_0x_hex(&crate::x402::evm::logs::SETTLED));
    let mut proven = answers.clone();
    proven.push((StepName::Receipt, ok(&receipt("0x1", &[transfer_log(USDG, FROM, TO, 1000), settled]))));
    assert!(matches!(c.step(&proven), PlanStep::Done { outcome: Outcome::Settled { .. }, .. }));
    answers.push((StepName::Receipt, ok(&receipt("0x1", &[transfer_log(USDG, FROM, TO, 1000)]))));
    assert_eq!(failure(c.step(&answers)).reason(), "invalid_exact_evm_transfer_event_mismatch");
}
