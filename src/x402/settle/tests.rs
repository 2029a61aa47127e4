//! Every backend's conversation to the seam's outcome.

use crate::x402::config::tests::config;
use crate::x402::error::X402Error;
use crate::x402::evm::logs::tests::{auth_log, receipt};
use crate::x402::evm::logs::{AUTHORIZATION_ALREADY_USED, AUTHORIZATION_USED};
use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
use crate::x402::verify::{verify, VerifiedPayment};
use crate::x402::settle::*;

pub(crate) const TX: &str = "0x1111111111111111111111111111111111111111111111111111111111111111";
const USED_TX: &str = "0x2222222222222222222222222222222222222222222222222222222222222222";
pub(crate) const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
pub(crate) const FROM: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const TO: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const SETTLER_KEY: &str = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
pub(crate) const T: u64 = 1_774_864_800_000;

fn paid() -> VerifiedPayment {
    verify(&v1_payment(auth()), &req(), NOW).unwrap()
}

fn open(pairs: &[(&str, &str)], verb: Verb) -> Box<dyn Settler> {
    session(&config(pairs), paid(), verb, SETTLER_KEY).unwrap()
}

fn resolve(h: Option<&str>) -> Verb {
    Verb::Resolve { tx_hash: h.map(str::to_owned) }
}

fn asks(s: &Step) -> (Target, &'static str) {
    match s {
        Step::Request { target, name, .. } => (*target, name),
        Step::Done(o) => panic!("a request expected, got {o:?}"),
    }
}

fn done(s: Step) -> Outcome {
    match s {
        Step::Done(o) => o,
        other => panic!("an outcome expected, got {other:?}"),
    }
}

pub(crate) fn okx(data: &str) -> String {
    format!(r#"{{"code":"0","msg":"","data":{data}}}"#)
}

pub(crate) fn rpc(result: &str) -> String {
    format!(r#"{{"jsonrpc":"2.0","id":1,"result":{result}}}"#)
}

/// Our authorization's logs, the payment of `auth()` (value 1000, nonce 0xab…).
pub(crate) fn ours() -> Vec<String> {
    let transfer = crate::x402::evm::logs::tests::transfer_log(USDG, FROM, TO, 1000);
    vec![auth_log(&AUTHORIZATION_USED, USDG, 0xab), transfer]
}

pub(crate) const VERIFIED: &str = r#"{"isValid":true,"payer":"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"}"#;

pub(crate) fn settled_by_okx() -> String {
    okx(&format!(r#"{{"success":true,"transaction":"{TX}","status":"success"}}"#))
}

fn nonce_used() -> String {
    okx(r#"{"success":false,"errorReason":"nonce_used","transaction":""}"#)
}

#[test]
fn mock_settles_with_the_mock_proof() {
    let mut s = session(&config(&[("MOCK_OKX_FACILITATOR", "true")]), paid(), Verb::Settle, "").unwrap();
    let Outcome::Settled { tx_hash, proof } = done(s.next(T)) else { panic!() };
    assert!(tx_hash.starts_with("mock:0x") && proof == Proof::Mock);
    let mut s = session(&config(&[("MOCK_OKX_FACILITATOR", "true")]), paid(), Verb::Verify, "").unwrap();
    assert!(matches!(done(s.next(T)), Outcome::Verified { .. }));
    let mut s = session(&config(&[("MOCK_OKX_FACILITATOR", "true")]), paid(), resolve(None), "").unwrap();
    assert!(matches!(done(s.next(T)), Outcome::Settled { proof: Proof::Mock, .. }));
}

#[test]
fn okx_verify_then_settle() {
    let mut s = open(&[], Verb::Settle);
    assert_eq!(asks(&s.next(T)), (Target::Facilitator, "verify"));
    assert_eq!(asks(&s.answer(200, &okx(VERIFIED), T)), (Target::Facilitator, "settle"));
    assert_eq!(done(s.answer(200, &settled_by_okx(), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Facilitator });
    // Verify only stops after verify; a refusal of verify is certain.
    let mut v = open(&[], Verb::Verify);
    v.next(T);
    assert!(matches!(done(v.answer(200, &okx(VERIFIED), T)), Outcome::Verified { .. }));
    let mut v = open(&[], Verb::Settle);
    v.next(T);
    assert!(matches!(done(v.answer(0, "", T)), Outcome::Failed { .. }), "verify unreachable: nothing moved");
    // Settle refused, unreachable, or success without a usable hash.
    for (status, body, certain) in [
        (200, okx(r#"{"success":false,"errorReason":"insufficient_balance"}"#), true),
        (200, nonce_used(), true),
        (0, String::new(), false),
        (500, String::new(), false),
        (200, okx(r#"{"success":true,"transaction":"0x12","status":"success"}"#), false),
        (200, okx(r#"{"success":true,"transaction":"","status":"success"}"#), false),
    ] {
        let mut s = open(&[], Verb::Settle);
        s.next(T);
        s.answer(200, &okx(VERIFIED), T);
        let o = done(s.answer(status, &body, T));
        assert_eq!(matches!(o, Outcome::Failed { .. }), certain, "{body}: {o:?}");
        assert_eq!(matches!(o, Outcome::Unknown { .. }), !certain, "{body}: {o:?}");
    }
}

#[test]
fn okx_pending_is_polled_on_the_status_endpoint_or_the_receipt() {
    let pending = okx(&format!(r#"{{"success":true,"transaction":"{TX}","status":"pending"}}"#));
    let mut s = open(&[], Verb::Settle);
    s.next(T);
    s.answer(200, &okx(VERIFIED), T);
    assert_eq!(done(s.answer(200, &pending, T)), Outcome::Pending { tx_hash: Some(TX.into()) });
    assert_eq!(asks(&s.next(T)), (Target::Facilitator, "status"));
    assert_eq!(done(s.answer(0, "", T)), Outcome::Pending { tx_hash: Some(TX.into()) }, "a status not answered is polled again");
    assert_eq!(asks(&s.next(T)), (Target::Facilitator, "status"));
    assert_eq!(done(s.answer(200, &settled_by_okx(), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Facilitator });
    // The legacy API has no status endpoint: the receipt, from RPC_URL or else the chain's
    // public endpoint.
    let legacy = [("OKX_API", "legacy"), ("RPC_URL", "https://rpc.test")];
    let mut s = open(&legacy, Verb::Settle);
    s.next(T);
    s.answer(200, &okx(&format!("[{VERIFIED}]")), T);
    s.answer(200, &okx(&format!(r#"[{{"success":true,"txHash":"{TX}","status":"pending"}}]"#)), T);
    assert_eq!(asks(&s.next(T)), (Target::Chain, "receipt"));
    assert_eq!(done(s.answer(200, &rpc(&receipt("0x1", &ours())), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Receipt });
    let mut s = open(&[("OKX_API", "legacy")], resolve(Some(TX)));
    let Step::Request { target: Target::Chain, name: "receipt", request, .. } = s.next(T) else { panic!() };
    assert_eq!(request.url, "https://rpc.xlayer.tech");
}

#[test]
fn okx_resolve_with_a_hash_asks_its_status() {
    let mut s = open(&[], resolve(Some(TX)));
    let Step::Request { request, .. } = s.next(T) else { panic!() };
    assert!(request.url.ends_with(&format!("/settle/status?txHash={TX}")));
    assert_eq!(done(s.answer(200, &settled_by_okx(), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Facilitator });
    let mut s = open(&[], resolve(Some(TX)));
    s.next(T);
    let failed = okx(&format!(r#"{{"success":false,"transaction":"{TX}","status":"failed","errorReason":"insufficient_balance"}}"#));
    assert!(matches!(done(s.answer(200, &failed, T)), Outcome::Failed { .. }));
}

/// OKX refusing the status query itself (an unknown hash, an expired timestamp, a bad
/// request) is no verdict on a transaction it accepted: the payment stays pending, never failed.
#[test]
fn okx_status_query_refused_is_no_verdict() {
    for (status, body) in [
        (200, r#"{"code":"51000","msg":"unknown txHash","data":null}"#),
        (200, r#"{"code":"50112","msg":"Timestamp request expired","data":null}"#),
        (400, r#"{"code":"50014","msg":"Parameter txHash error","data":null}"#),
    ] {
        let mut s = open(&[], resolve(Some(TX)));
        s.next(T);
        assert_eq!(done(s.answer(status, body, T)), Outcome::Pending { tx_hash: Some(TX.into()) }, "{body}");
    }
}

/// Without a hash the settle is submitted again; "nonce already used" is never settled by
/// itself: the chain must show our authorization used by a transaction with our Transfer.
#[test]
fn okx_resolve_proves_a_used_nonce_on_chain() {
    let with_rpc = [("RPC_URL", "https://rpc.test")];
    let word = |w: &str| rpc(&format!(r#""0x{w:0>64}""#));
    let log = auth_log(&AUTHORIZATION_USED, USDG, 0xab).replacen('{', &format!(r#"{{"transactionHash":"{USED_TX}","#), 1);
    let start = |pairs: &[(&str, &str)]| {
        let mut s = open(pairs, resolve(None));
        assert_eq!(asks(&s.next(T)), (Target::Facilitator, "settle"), "no verify before a resolving settle");
        s
    };
    // The proof: used, the log names the transaction, its receipt carries our Transfer.
    let mut s = start(&with_rpc);
    assert_eq!(asks(&s.answer(200, &nonce_used(), T)), (Target::Chain, "authorizationState"));
    assert_eq!(asks(&s.answer(200, &word("1"), T)), (Target::Chain, "authorizationLogs"));
    let Step::Request { request, .. } = s.answer(200, &rpc(&format!("[{log}]")), T) else { panic!() };
    assert!(request.body.contains(USED_TX));
    assert_eq!(done(s.answer(200, &rpc(&receipt("0x1", &ours())), T)), Outcome::Settled { tx_hash: USED_TX.into(), proof: Proof::Receipt });
    // Without RPC_URL: the chain's own public endpoint proves it.
    let mut s = start(&[]);
    let Step::Request { target: Target::Chain, name: "authorizationState", request, .. } = s.answer(200, &nonce_used(), T) else { panic!() };
    assert_eq!(request.url, "https://rpc.xlayer.tech");
    // Every way the proof can fall short is unknown, never settled, never failed.
    let replay = rpc(&receipt("0x1", &[auth_log(&AUTHORIZATION_ALREADY_USED, USDG, 0xab)]));
    let cases: [&[(u16, String)]; 6] = [
        &[(200, word("0"))],
        &[(0, String::new())],
        &[(200, word("1")), (200, rpc("[]"))],
        &[(200, word("1")), (200, rpc(&format!("[{log}]"))), (200, replay)],
        &[(200, word("1")), (200, rpc(&format!("[{log}]"))), (200, rpc(&receipt("0x0", &ours())))],
        &[(200, word("1")), (200, rpc(&format!("[{log}]"))), (200, rpc("null"))],
    ];
    for answers in cases {
        let mut s = start(&with_rpc);
        let mut step = s.answer(200, &nonce_used(), T);
        for (status, body) in answers {
            step = s.answer(*status, body, T);
        }
        assert!(matches!(done(step), Outcome::Unknown { .. }), "{answers:?}");
    }
    // Other answers to the second settle keep their meaning.
    let mut s = start(&with_rpc);
    assert_eq!(done(s.answer(200, &settled_by_okx(), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Facilitator });
    let mut s = start(&with_rpc);
    assert!(matches!(done(s.answer(200, &okx(r#"{"success":false,"errorReason":"expired"}"#), T)), Outcome::Failed { .. }));
}

#[test]
fn direct_settles_verifies_and_resolves_by_receipt() {
    let direct = [("X402_SETTLER", "direct"), ("RPC_URL", "http://127.0.0.1:8545, https://rpc.test")];
    assert!(matches!(
        session(&config(&direct), paid(), Verb::Settle, "").err(),
        Some(X402Error::MissingSecret("SETTLER_PRIVATE_KEY"))
    ));
    let mut s = open(&direct, Verb::Settle);
    let Step::Request { target, name, request, .. } = s.next(T) else { panic!() };
    assert_eq!((target, name, request.url.as_str()), (Target::Chain, "chainId", "http://127.0.0.1:8545"));
    assert_eq!(s.account().as_deref(), Some("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"));
    // Nobody answers before anything was sent: certainly nothing moved.
    assert!(matches!(done(s.answer(0, "", T)), Outcome::Failed { .. }));
    // Resolve: the receipt of the recorded hash.
    let mut s = open(&direct, resolve(Some(TX)));
    assert_eq!(asks(&s.next(T)), (Target::Chain, "receipt"));
    assert_eq!(done(s.answer(200, &rpc("null"), T)), Outcome::Pending { tx_hash: Some(TX.into()) });
    assert_eq!(done(s.answer(200, &rpc(&receipt("0x1", &ours())), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Receipt });
    let Outcome::Failed { reason } = done(s.answer(200, &rpc(&receipt("0x0", &[])), T)) else { panic!() };
    assert_eq!(reason.reason(), "invalid_exact_evm_transaction_failed");
    assert!(matches!(done(s.answer(0, "", T)), Outcome::Unknown { tx_hash: Some(_), .. }));
    // No hash recorded: nothing was broadcast.
    let mut s = open(&direct, resolve(None));
    assert!(matches!(done(s.next(T)), Outcome::Failed { .. }));
    assert!(s.use_nonce(1, T).is_none());
    // X402_CONFIRMATIONS: a receipt found settled counts once its block is deep enough.
    let deep = [("X402_SETTLER", "direct"), ("RPC_URL", "https://rpc.test"), ("X402_CONFIRMATIONS", "2")];
    let in_block_9 = rpc(&receipt("0x1", &ours()).replacen("{\"status\"", "{\"blockNumber\":\"0x9\",\"status\"", 1));
    let mut s = open(&deep, resolve(Some(TX)));
    assert_eq!(asks(&s.next(T)), (Target::Chain, "receipt"));
    assert_eq!(asks(&s.answer(200, &in_block_9, T)), (Target::Chain, "head"));
    assert_eq!(done(s.answer(200, &rpc(r#""0x9""#), T)), Outcome::Pending { tx_hash: Some(TX.into()) });
    assert_eq!(asks(&s.next(T)), (Target::Chain, "receipt"), "asked again: a reorg may have moved it");
    assert_eq!(asks(&s.answer(200, &in_block_9, T)), (Target::Chain, "head"));
    assert_eq!(done(s.answer(200, &rpc(r#""0xa""#), T)), Outcome::Settled { tx_hash: TX.into(), proof: Proof::Receipt });
    let mut s = open(&deep, resolve(Some(TX)));
    s.next(T);
    assert_eq!(done(s.answer(200, &rpc("null"), T)), Outcome::Pending { tx_hash: Some(TX.into()) }, "dropped by a reorg: pending again");
}

/// The pre-check: one `balanceOf(payer)` call when `RPC_URL` is set, whatever the backend;
/// refused only when the node says the funds are missing.
#[test]
fn the_balance_check_refuses_only_a_known_shortfall() {
    let word = |v: u64| rpc(&format!(r#""0x{v:064x}""#));
    for backend in [&[][..], &[("MOCK_OKX_FACILITATOR", "true")][..], &[("X402_SETTLER", "direct")][..]] {
        let mut pairs = backend.to_vec();
        pairs.push(("RPC_URL", "https://rpc.test"));
        let mut s = open(&pairs, Verb::Balance);
        let first = s.next(T);
        assert_eq!(asks(&first), (Target::Chain, "balance"));
        let Step::Request { request, .. } = first else { panic!() };
        assert!(request.body.contains(r#""method":"eth_call""#) && request.body.contains("0x70a08231"), "{}", request.body);
        assert!(request.body.contains(&FROM[2..]), "balanceOf the payer");
        let Outcome::Failed { reason } = done(s.answer(200, &word(999), T)) else { panic!("{backend:?}") };
        assert_eq!((reason.reason(), reason.http_status()), ("insufficient_funds", 402));
        assert!(reason.to_string().contains("balance 999 is below the payment value 1000"), "{reason}");
        for fine in [word(1000), word(5000)] {
            let mut s = open(&pairs, Verb::Balance);
            s.next(T);
            assert!(matches!(done(s.answer(200, &fine, T)), Outcome::Verified { .. }));
        }
        // A node that does not answer, errs or says nothing readable never blocks a payment.
        for (status, silent) in [(0, ""), (200, r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"x"}}"#), (200, "<html>"), (200, &rpc(r#""0x""#))] {
            let mut s = open(&pairs, Verb::Balance);
            s.next(T);
            assert!(matches!(done(s.answer(status, silent, T)), Outcome::Verified { .. }), "{silent}");
        }
    }
    // Without RPC_URL there is nothing to ask (OKX, mock).
    for pairs in [&[][..], &[("MOCK_OKX_FACILITATOR", "true")][..]] {
        let mut s = open(pairs, Verb::Balance);
        assert!(matches!(done(s.next(T)), Outcome::Verified { .. }));
    }
}

// ---- direct: a recorded transaction that is not mined ----

mod unstick {
    use super::*;
    use crate::x402::address::Address;
    use crate::x402::codec;
    use crate::x402::evm::tx::{self, Eip1559Tx, Kept};
    use crate::x402::settle::Recorded;

    const SETTLER: &str = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    const DIRECT: [(&str, &str); 3] = [("X402_SETTLER", "direct"), ("RPC_URL", "https://rpc.test"), ("X402_MAX_FEE_PER_GAS_WEI", "1000")];

    /// The recorded transaction: the settler's, at nonce 7, max fee 100, tip 10 (`to`: the
    /// token, or the settler itself for a filler).
    fn kept(filler: bool) -> (Recorded, String) {
        let key = tx::parse_private_key(SETTLER_KEY).unwrap();
        let to = if filler { tx::address_of(&key) } else { Address::parse(USDG).unwrap() };
        let t = Eip1559Tx { chain_id: 196, nonce: 7, max_priority_fee_per_gas: 10, max_fee_per_gas: 100, gas_limit: 90_000, to, value: crate::x402::u256::U256::ZERO, data: vec![0xe3, 0xee] };
        let signed = t.sign(&key).unwrap();
        (Recorded { raw: codec::to_0x_hex(&signed.raw), address: SETTLER.into() }, codec::to_0x_hex(&signed.hash))
    }

    fn replace(filler: bool) -> (Box<dyn Settler>, String, String) {
        let (r, hash) = kept(filler);
        (open(&DIRECT, Verb::Replace(r.clone())), hash, r.raw)
    }

    fn fill(filler: bool, why: X402Error) -> (Box<dyn Settler>, String) {
        let (r, hash) = kept(filler);
        (open(&DIRECT, Verb::Fill { recorded: r, why }), hash)
    }

    fn body(s: &Step) -> String {
        match s {
            Step::Request { request, .. } => request.body.clone(),
            Step::Done(o) => panic!("a request expected, got {o:?}"),
        }
    }

    const IN_POOL: &str = r#"{"hash":"0x1","blockNumber":null}"#;
    fn block(base: u64) -> String {
        rpc(&format!(r#"{{"number":"0x10","timestamp":"0x1","baseFeePerGas":"0x{base:x}"}}"#))
    }
    fn count(n: u64) -> String {
        rpc(&format!(r#""0x{n:x}""#))
    }

    /// Walks `s` through the answers, checking each request's name; returns the last step.
    fn walk(s: &mut Box<dyn Settler>, first: Step, script: &[(&str, String)]) -> Step {
        let mut step = first;
        for (name, answer) in script {
            assert_eq!(asks(&step).1, *name, "{step:?}");
            step = s.answer(200, answer, T);
        }
        step
    }

    /// The transaction a send step carries.
    fn sent_tx(s: &Step) -> Kept {
        let Step::Request { name: "send", request, tx_hash: Some(h), .. } = s else { panic!("{s:?}") };
        let raw = crate::x402::evm::rpc::sent_raw(&request.body).unwrap();
        let k = Kept::read(codec::parse_0x_hex_vec(&raw).unwrap()).unwrap();
        assert_eq!(&codec::to_0x_hex(&k.hash), h, "the hash recorded is the one sent");
        k
    }

    #[test]
    fn a_lost_transaction_priced_well_is_sent_again_byte_for_byte() {
        let (mut s, hash, raw) = replace(false);
        let first = s.next(T);
        assert!(body(&first).contains(&hash));
        let step = walk(&mut s, first, &[("receipt", rpc("null")), ("transaction", rpc("null")), ("minedCount", count(7)), ("latestBlock", block(100))]);
        let Step::Request { name: "rebroadcast", request, .. } = &step else { panic!("{step:?}") };
        assert_eq!(crate::x402::evm::rpc::sent_raw(&request.body), Some(raw), "the kept bytes: same hash, nothing to record");
        assert_eq!(done(s.answer(200, &rpc(&format!(r#""{hash}""#)), T)), Outcome::Pending { tx_hash: Some(hash.clone()) });
        // Polled from its receipt again.
        assert_eq!(asks(&s.next(T)).1, "receipt");
        assert_eq!(done(s.answer(200, &rpc(&receipt("0x1", &ours())), T)), Outcome::Settled { tx_hash: hash, proof: Proof::Receipt });
    }

    #[test]
    fn waiting_in_the_pool_at_good_fees_is_left_to_be_mined() {
        let (mut s, hash, _) = replace(false);
        let first = s.next(T);
        let last = walk(&mut s, first, &[("receipt", rpc("null")), ("transaction", rpc(IN_POOL))]);
        assert_eq!(asks(&last).1, "latestBlock");
        assert_eq!(done(s.answer(200, &block(100), T)), Outcome::Pending { tx_hash: Some(hash.clone()) });
        // Mined, its receipt not served yet: pending too, without asking the fees.
        let (mut s, _, _) = replace(false);
        let first = s.next(T);
        let last = walk(&mut s, first, &[("receipt", rpc("null"))]);
        assert_eq!(done(s.answer(200, &rpc(r#"{"blockNumber":"0x5"}"#), T)), Outcome::Pending { tx_hash: Some(hash.clone()) }, "{last:?}");
        let (mut f, _) = fill(false, X402Error::Expired);
        let first = f.next(T);
        let last = walk(&mut f, first, &[("receipt", rpc("null")), ("transaction", rpc(IN_POOL))]);
        assert_eq!(asks(&last).1, "latestBlock");
        assert_eq!(done(f.answer(200, &block(99), T)), Outcome::Pending { tx_hash: Some(hash) }, "it takes its nonce when mined");
    }

    /// The plan's answers after the chain id, for a replacement at the recorded nonce.
    fn plan_answers() -> Vec<(&'static str, String)> {
        let word = |v: u64| rpc(&format!(r#""0x{v:064x}""#));
        let fee_history = r#"{"baseFeePerGas":["0x5","0x6"],"reward":[["0x1"]]}"#;
        vec![
            ("chainId", rpc(r#""0xc4""#)),
            ("authorizationState", word(0)),
            ("balance", word(5000)),
            ("simulation", rpc(r#""0x""#)),
            ("feeHistory", rpc(fee_history)),
            ("gas", rpc(r#""0x186a0""#)),
            ("gasBalance", rpc(r#""0xde0b6b3a7640000""#)),
        ]
    }

    #[test]
    fn an_underpriced_transaction_is_replaced_at_its_nonce_above_its_fees() {
        let (mut s, hash, _) = replace(false);
        let first = s.next(T);
        let mut script = vec![("receipt", rpc("null")), ("transaction", rpc(IN_POOL)), ("latestBlock", block(101))];
        script.extend(plan_answers());
        let step = walk(&mut s, first, &script);
        let t = sent_tx(&step);
        // No nonce asked: the recorded one. Fees: 12.5 % + 1 above (100, 10), over the market (13, 1).
        assert_eq!((t.nonce, t.max_fee_per_gas, t.max_priority_fee_per_gas, t.to.to_hex()), (7, 113, 12, USDG.to_string()));
        assert_ne!(codec::to_0x_hex(&t.hash), hash);
        assert_eq!(s.account().as_deref(), Some(SETTLER));
        // The replacement's receipt settles it.
        assert_eq!(asks(&s.answer(200, &rpc(&format!(r#""{}""#, codec::to_0x_hex(&t.hash))), T)).1, "receipt");
        let o = done(s.answer(200, &rpc(&receipt("0x1", &ours())), T));
        assert_eq!(o, Outcome::Settled { tx_hash: codec::to_0x_hex(&t.hash), proof: Proof::Receipt });
        // A filler lost or underpriced, the payer here: the payment is signed at its nonce.
        let (mut s, _, _) = replace(true);
        let first = s.next(T);
        let mut script = vec![("receipt", rpc("null")), ("transaction", rpc("null")), ("minedCount", count(7)), ("latestBlock", block(50))];
        script.extend(plan_answers());
        let t = sent_tx(&walk(&mut s, first, &script));
        assert_eq!((t.nonce, t.to.to_hex()), (7, USDG.to_string()));
    }

    #[test]
    fn its_nonce_used_elsewhere_or_mined_for_nothing_the_payer_here_it_settles_afresh() {
        for script in [
            vec![("receipt", rpc("null")), ("transaction", rpc("null")), ("minedCount", count(8))],
            vec![("receipt", rpc(&receipt("0x0", &[])))],
        ] {
            let (mut s, _, _) = replace(false);
            let first = s.next(T);
            let step = walk(&mut s, first, &script);
            let mut plan = plan_answers();
            plan.insert(4, ("nonce", rpc(r#""0x9""#)));
            let step = walk(&mut s, step, &plan);
            assert_eq!(sent_tx(&step).nonce, 9, "a nonce of its own (the ledger allocates it in the flow)");
        }
        // The payer absent: the payment ends, nothing sent.
        let (mut f, _) = fill(false, X402Error::Expired);
        let first = f.next(T);
        let last = walk(&mut f, first, &[("receipt", rpc("null")), ("transaction", rpc("null"))]);
        assert_eq!(asks(&last).1, "minedCount");
        assert_eq!(done(f.answer(200, &count(8), T)), Outcome::failed(X402Error::Expired));
    }

    #[test]
    fn a_replacement_the_payment_can_no_longer_make_fills_its_nonce() {
        let (mut s, _, _) = replace(false);
        let first = s.next(T);
        let mut script = vec![("receipt", rpc("null")), ("transaction", rpc(IN_POOL)), ("latestBlock", block(101))];
        let revert = r#"{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted: EIP3009: authorization is expired"}}"#;
        let mut plan = plan_answers();
        plan[3].1 = revert.into();
        plan.truncate(4);
        script.extend(plan);
        let step = walk(&mut s, first, &script);
        assert_eq!(asks(&step).1, "latestBlock", "the fees of now, for the filler");
        let filler = sent_tx(&s.answer(200, &block(101), T));
        assert_eq!((filler.nonce, filler.to.to_hex(), filler.gas_limit), (7, SETTLER.to_string(), 21_000));
        assert_eq!((filler.max_fee_per_gas, filler.max_priority_fee_per_gas), (214, 12), "2 × base + tip, above the stuck fees");
        let fh = codec::to_0x_hex(&filler.hash);
        assert_eq!(done(s.answer(200, &rpc(&format!(r#""{fh}""#)), T)), Outcome::Pending { tx_hash: Some(fh.clone()) });
        assert_eq!(asks(&s.next(T)).1, "receipt");
        let Outcome::Failed { reason } = done(s.answer(200, &rpc(&receipt("0x1", &[])), T)) else { panic!() };
        assert_eq!(reason.reason(), "invalid_exact_evm_transaction_simulation_failed", "the payment's own refusal, once its nonce is taken");
    }

    #[test]
    fn fill_takes_a_lost_or_underpriced_nonce_within_the_ceiling() {
        for lookup in [vec![("transaction", rpc("null")), ("minedCount", count(7))], vec![("transaction", rpc(IN_POOL))]] {
            let (mut f, hash) = fill(false, X402Error::Expired);
            let first = f.next(T);
            let mut script = vec![("receipt", rpc("null"))];
            script.extend(lookup);
            script.push(("latestBlock", block(101)));
            let filler = sent_tx(&walk(&mut f, first, &script));
            assert_eq!((filler.nonce, filler.to.to_hex()), (7, SETTLER.to_string()));
            let fh = codec::to_0x_hex(&filler.hash);
            assert_ne!(fh, hash);
            // Nobody answers the send: it may be out, unknown under the filler's hash.
            assert!(matches!(done(f.answer(0, "", T)), Outcome::Unknown { tx_hash: Some(h), .. } if h == fh));
        }
        // Its fees would pass the ceiling: left pending, the alarm raised.
        let (r, hash) = kept(false);
        let mut f = open(&[DIRECT[0], DIRECT[1], ("X402_MAX_FEE_PER_GAS_WEI", "112")], Verb::Fill { recorded: r, why: X402Error::Expired });
        let first = f.next(T);
        let last = walk(&mut f, first, &[("receipt", rpc("null")), ("transaction", rpc("null")), ("minedCount", count(7))]);
        assert_eq!(asks(&last).1, "latestBlock");
        let Outcome::Unknown { tx_hash, reason } = done(f.answer(200, &block(101), T)) else { panic!() };
        assert_eq!((tx_hash, reason.alarms(), reason.http_status()), (Some(hash), true, 503));
        assert!(reason.text().contains("needs 113 wei per gas; the ceiling is 112"), "{}", reason.text());
        // A filler found mined: the payment ends with its reason.
        let (mut f, _) = fill(true, X402Error::Expired);
        f.next(T);
        assert_eq!(done(f.answer(200, &rpc(&receipt("0x1", &[])), T)), Outcome::failed(X402Error::Expired));
    }

    #[test]
    fn faults_and_bad_records_leave_it_unknown() {
        let (mut s, hash, _) = replace(false);
        let first = s.next(T);
        for n in 0..4 {
            let (mut s, _, _) = replace(false);
            let mut step = s.next(T);
            let script = [rpc("null"), rpc("null"), count(7), block(100)];
            for a in script.iter().take(n) {
                step = s.answer(200, a, T);
            }
            assert!(matches!(step, Step::Request { .. }));
            assert!(matches!(done(s.answer(0, "", T)), Outcome::Unknown { tx_hash: Some(ref h), .. } if *h == hash), "fault at step {n}");
        }
        assert!(matches!(first, Step::Request { .. }));
        // Unreadable answers are no verdict either.
        let step = walk(&mut s, first, &[("receipt", rpc("null"))]);
        assert_eq!(asks(&step).1, "transaction");
        assert!(matches!(done(s.answer(200, "<html>", T)), Outcome::Unknown { .. }));
        // A record that is no transaction of this chain: unknown, nothing asked.
        for raw in ["0x02", "nonsense", ""] {
            let mut s = open(&DIRECT, Verb::Replace(Recorded { raw: raw.into(), address: SETTLER.into() }));
            assert!(matches!(done(s.next(T)), Outcome::Unknown { .. }), "{raw}");
        }
        let key = tx::parse_private_key(SETTLER_KEY).unwrap();
        let other = Eip1559Tx { chain_id: 8453, nonce: 7, max_priority_fee_per_gas: 1, max_fee_per_gas: 1, gas_limit: 21_000, to: tx::address_of(&key), value: crate::x402::u256::U256::ZERO, data: vec![] };
        let raw = codec::to_0x_hex(&other.sign(&key).unwrap().raw);
        let mut s = open(&DIRECT, Verb::Replace(Recorded { raw, address: SETTLER.into() }));
        assert!(matches!(done(s.next(T)), Outcome::Unknown { .. }), "a transaction of another chain");
        let (r, _) = kept(false);
        // Only direct settlement replaces transactions.
        for other in [&[][..], &[("MOCK_OKX_FACILITATOR", "true")][..]] {
            assert!(matches!(session(&config(other), paid(), Verb::Replace(r.clone()), "").err(), Some(X402Error::Misconfigured(_))));
        }
    }
}
