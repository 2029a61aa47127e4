//! The flows driven natively: each effect answered as the database, OKX or a node would.
//! (The e2e suites drive the same flows against the real database, stand-ins and anvil.)

use std::rc::Rc;

use crate::x402::config::tests::config;
use crate::x402::evm::logs::tests::{auth_log, receipt};
use crate::x402::evm::logs::AUTHORIZATION_CANCELED;
use crate::x402::settle::tests::{okx, ours, rpc, settled_by_okx, TX, USDG, VERIFIED};
use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
use crate::x402::verify::verify;
use crate::x402::flow::pay::Presented;
use crate::x402::flow::*;
use crate::json;

const NOW_MS: u64 = NOW * 1000;
const ROW: &str = "00000000-0000-4000-8000-000000000001";

fn presented(face: Face, expired: bool, pairs: &[(&str, &str)]) -> PaymentFlow {
    PaymentFlow::new(Presented {
        face,
        config: Rc::new(config(pairs)),
        paid: verify(&v1_payment(auth()), &req(), NOW).unwrap(),
        requirements: None,
        expired,
        endpoint: "/functions/paid".into(),
        summary: "POST /functions/paid".into(),
        token: "11111111-1111-4111-8111-111111111111".into(),
        settler_key: String::new(),
    })
}

/// A ledger effect's call and its `p` argument.
fn ledger(e: &Effect) -> (&'static str, json::Json) {
    match e {
        Effect::Ledger { call, args } => (call, json::parse(args.as_bytes()).unwrap().get("p").cloned().unwrap_or(json::Json::Null)),
        other => panic!("a ledger call expected, got {other:?}"),
    }
}

fn http(e: &Effect) -> (Target, &'static str) {
    match e {
        Effect::Http { target, name, .. } => (*target, name),
        other => panic!("a request expected, got {other:?}"),
    }
}

fn reply(e: &Effect) -> (u16, json::Json) {
    match e {
        Effect::Respond(r) => (r.status, json::parse(r.body.as_bytes()).unwrap_or(json::Json::Null)),
        other => panic!("a reply expected, got {other:?}"),
    }
}

fn s<'a>(v: &'a json::Json, k: &str) -> &'a str {
    v.get(k).and_then(json::Json::as_str).unwrap_or("")
}

fn ok(body: &str) -> Answer<'_> {
    Answer { status: 200, body }
}

fn claimed(state: &str) -> String {
    format!(r#"{{"state":"{state}","id":"{ROW}","txHash":null,"servedAgeMs":null}}"#)
}

use crate::x402::settle::Target;

#[test]
fn a_paid_request_makes_two_ledger_calls_and_is_served() {
    let mut f = presented(Face::Paywall, false, &[]);
    let e = f.start(NOW_MS);
    let (call, p) = ledger(&e);
    assert_eq!((call, s(&p, "mode")), ("x402_claim", "claim"));
    assert_eq!(p.get("serve"), Some(&json::Json::Bool(true)));
    assert_eq!(s(p.get("row").unwrap(), "endpoint"), "/functions/paid");
    let e = f.resume(ok(&claimed("new")), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    let e = f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "settle"));
    let e = f.resume(ok(&settled_by_okx()), NOW_MS);
    let (call, p) = ledger(&e);
    assert_eq!((call, s(&p, "outcome"), s(&p, "txHash"), s(&p, "id")), ("x402_record", "settled", TX, ROW));
    assert_eq!(p.get("served"), Some(&json::Json::Bool(true)));
    let Effect::Serve { headers, info, .. } = f.resume(ok(r#"{"state":"settled"}"#), NOW_MS) else { panic!() };
    assert!(headers.iter().any(|(k, _)| *k == "PAYMENT-RESPONSE"));
    let info = json::parse(info.as_bytes()).unwrap();
    assert_eq!((s(&info, "txHash"), info.get("replay")), (TX, Some(&json::Json::Bool(false))));
}

#[test]
fn a_lost_claim_answer_is_asked_again_with_the_same_token_then_refused_unsent() {
    let mut f = presented(Face::Paywall, false, &[]);
    let first = f.start(NOW_MS);
    for _ in 0..2 {
        assert_eq!(f.resume(Answer::NONE, NOW_MS), first, "the same claim again: idempotent for its token");
    }
    let (status, body) = reply(&f.resume(Answer::NONE, NOW_MS));
    assert_eq!((status, s(&body, "error")), (503, "ledger_unavailable"));
    // This request sent nothing, but another presentation of the same payment may have: no
    // promise about the payment itself.
    assert!(s(&body, "message").contains("sent nothing") && !s(&body, "message").contains("nothing was charged"));
}

#[test]
fn an_unknown_outcome_lets_go_of_the_claim_and_asks_for_the_same_payment_again() {
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    // The settle's answer never came.
    let (call, p) = ledger(&f.resume(Answer::NONE, NOW_MS));
    assert_eq!((call, s(&p, "outcome")), ("x402_record", "unknown"));
    let e = f.resume(ok(r#"{"state":"pending"}"#), NOW_MS);
    let Effect::Respond(r) = &e else { panic!() };
    assert_eq!(r.status, 503);
    assert!(r.headers.iter().any(|(k, v)| *k == "Retry-After" && v == "5"));
    assert!(!r.body.contains("nothing was charged"), "{}", r.body);
}

#[test]
fn a_payment_past_its_window_asks_the_ledger_before_any_refusal() {
    for (answer, want) in [
        (claimed("none"), (402, "invalid_exact_evm_payload_authorization_valid_before")),
        (claimed("failed"), (402, "invalid_exact_evm_payload_authorization_valid_before")),
        (format!(r#"{{"state":"settled","txHash":"{TX}","servedAgeMs":{}}}"#, REPLAY_WINDOW_MS + 1), (409, "payment_already_used")),
    ] {
        let mut f = presented(Face::Paywall, true, &[]);
        let (call, p) = ledger(&f.start(NOW_MS));
        assert_eq!((call, s(&p, "mode")), ("x402_claim", "resume"));
        let (status, body) = reply(&f.resume(ok(&answer), NOW_MS));
        let reason = if status == 402 { s(&body, "error").to_owned() } else { s(&body, "error").to_owned() };
        assert_eq!((status, reason.as_str()), want, "{answer}");
    }
    // Served a moment ago (its request may have died before delivering): served again.
    let mut f = presented(Face::Paywall, true, &[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&format!(r#"{{"state":"settled","txHash":"{TX}","servedAgeMs":1000}}"#)), NOW_MS);
    assert!(matches!(e, Effect::Serve { .. }), "{e:?}");
    // Settled and never served (reconcile finished it): served now, its first delivery.
    let mut f = presented(Face::Paywall, true, &[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&format!(r#"{{"state":"settled","txHash":"{TX}","servedAgeMs":null}}"#)), NOW_MS);
    assert!(matches!(e, Effect::Serve { .. }), "{e:?}");
}

#[test]
fn a_payment_that_may_have_been_sent_is_proven_on_chain_first_then_resolved_with_its_payer_present() {
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&claimed("resolve")), NOW_MS);
    assert_eq!(http(&e), (Target::Chain, "authorizationState"));
    let Effect::Http { request, .. } = &e else { panic!() };
    assert_eq!(request.url, "https://rpc.xlayer.tech", "no RPC_URL: the chain's public endpoint");
    // Unused, window open: OKX is asked to settle again (the chain takes it at most once).
    let e = f.resume(ok(&rpc(&format!(r#""0x{}""#, "0".repeat(64)))), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "settle"));
    let (call, p) = ledger(&f.resume(ok(&settled_by_okx()), NOW_MS));
    assert_eq!((call, s(&p, "outcome")), ("x402_record", "settled"));
}

#[test]
fn past_its_window_a_payment_proven_unused_is_failed_and_nothing_is_sent() {
    let mut f = presented(Face::Paywall, true, &[]);
    let later = (NOW + 120) * 1000;
    f.start(later);
    let e = f.resume(ok(&claimed("resolve")), later);
    assert_eq!(http(&e), (Target::Chain, "latestBlock"), "the chain's clock first");
    let e = f.resume(ok(&rpc(&format!(r#"{{"timestamp":"0x{:x}"}}"#, NOW + 61))), later);
    assert_eq!(http(&e), (Target::Chain, "authorizationState"));
    let (call, p) = ledger(&f.resume(ok(&rpc(&format!(r#""0x{}""#, "0".repeat(64)))), later));
    assert_eq!((call, s(&p, "outcome")), ("x402_record", "failed"));
    let (status, body) = reply(&f.resume(ok(r#"{"state":"failed"}"#), later));
    assert_eq!(status, 402);
    assert!(s(&body, "message").contains("nothing was charged"), "{body:?}");
    // A chain whose clock is still before validBefore proves nothing: unknown, 503.
    let mut f = presented(Face::Paywall, true, &[]);
    f.start(later);
    f.resume(ok(&claimed("resolve")), later);
    let e = f.resume(ok(&rpc(&format!(r#"{{"timestamp":"0x{:x}"}}"#, NOW + 59))), later);
    let (call, p) = ledger(&f.resume(ok(&rpc(&format!(r#""0x{}""#, "0".repeat(64)))), later));
    assert_eq!((http(&e).1, call, s(&p, "outcome")), ("authorizationState", "x402_record", "unknown"));
}

#[test]
fn a_payment_held_elsewhere_is_waited_for_then_in_progress() {
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    assert_eq!(f.resume(ok(&claimed("busy")), NOW_MS), Effect::Sleep { ms: BUSY_PAUSE_MS });
    assert_eq!(ledger(&f.resume(Answer::NONE, NOW_MS + 300)).0, "x402_claim");
    let (status, body) = reply(&f.resume(ok(&claimed("busy")), NOW_MS + CONCURRENT_WAIT_MS));
    assert_eq!((status, s(&body, "error")), (409, "payment_in_progress"));
}

#[test]
fn refusals_before_anything_is_sent() {
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    let e = f.resume(ok(r#"{"state":"throttled"}"#), NOW_MS);
    let Effect::Respond(r) = &e else { panic!() };
    assert_eq!(r.status, 429);
    assert!(r.headers.iter().any(|(k, v)| *k == "Retry-After" && v == "60"));
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    assert_eq!(reply(&f.resume(ok(r#"{"state":"elsewhere"}"#), NOW_MS)).0, 409);
    let mut f = presented(Face::Paywall, false, &[]);
    f.start(NOW_MS);
    let (status, body) = reply(&f.resume(Answer { status: 0, body: effect::UNCONFIGURED }, NOW_MS));
    assert_eq!((status, s(&body, "error")), (500, "missing_secret"));
}

#[test]
fn the_facilitators_verify_claims_nothing() {
    let mut f = presented(Face::Verify, false, &[]);
    let (call, p) = ledger(&f.start(NOW_MS));
    assert_eq!((call, s(&p, "mode")), ("x402_claim", "peek"));
    let e = f.resume(ok(r#"{"state":"none"}"#), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    let (status, body) = reply(&f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS));
    assert_eq!((status, body.get("isValid")), (200, Some(&json::Json::Bool(true))));
    let mut f = presented(Face::Verify, false, &[]);
    f.start(NOW_MS);
    let (_, body) = reply(&f.resume(ok(&format!(r#"{{"state":"settled","txHash":"{TX}"}}"#)), NOW_MS));
    assert_eq!(body.get("isValid"), Some(&json::Json::Bool(false)), "a recorded payment is spent");
}

fn reconcile_of(row: &str) -> (ReconcileFlow, Effect) {
    let paid = verify(&v1_payment(auth()), &req(), NOW).unwrap();
    let mut f = ReconcileFlow::new(Rc::new(Ok(config(&[]))), Rc::new(Err(crate::x402::HttpError::new(500, "x", "x"))), "22222222-2222-4222-8222-222222222222".into(), String::new());
    let (call, _) = ledger(&f.start(NOW_MS));
    assert_eq!(call, "x402_stranded");
    let answer = format!(r#"{{"logged":0,"rows":[{}]}}"#, row.replace("PAYMENT", &paid.to_json()));
    let e = f.resume(ok(&answer), NOW_MS + 200_000);
    (f, e)
}

#[test]
fn reconcile_proves_and_never_submits() {
    // Sent, its transfer on chain: settled, by the receipt of the AuthorizationUsed log's transaction.
    let row = format!(r#"{{"id":"{ROW}","payment":PAYMENT,"settler":"okx","txHash":null,"submitted":true}}"#);
    let (mut f, e) = reconcile_of(&row);
    let mut asked = vec![];
    let mut e = e;
    let word = |w: &str| rpc(&format!(r#""0x{w:0>64}""#));
    let log = auth_log(&crate::x402::evm::logs::AUTHORIZATION_USED, USDG, 0xab).replacen("\"data\"", &format!("\"transactionHash\":\"{TX}\",\"data\""), 1);
    for answer in [rpc(&format!(r#"{{"timestamp":"0x{:x}"}}"#, NOW + 100)), word("1"), rpc(&format!("[{log}]")), rpc(&receipt("0x1", &ours()))] {
        let (target, name) = http(&e);
        assert_eq!(target, Target::Chain, "never a facilitator");
        asked.push(name);
        e = f.resume(ok(&answer), NOW_MS + 200_000);
    }
    assert_eq!(asked, ["latestBlock", "authorizationState", "authorizationLogs", "receipt"]);
    let (call, p) = ledger(&e);
    assert_eq!((call, s(&p, "outcome"), s(&p, "txHash")), ("x402_record", "settled", TX));
    let (status, report) = reply(&f.resume(ok(r#"{"state":"settled"}"#), NOW_MS));
    assert_eq!((status, report.get("settled").and_then(json::Json::as_i64)), (200, Some(1)));

    // Cancelled by its payer on chain: failed.
    let (mut f, mut e) = reconcile_of(&row);
    let cancel = auth_log(&AUTHORIZATION_CANCELED, USDG, 0xab);
    for answer in [rpc(&format!(r#"{{"timestamp":"0x{:x}"}}"#, NOW + 100)), word("1"), rpc("[]"), rpc(&format!("[{cancel}]"))] {
        assert_eq!(http(&e).0, Target::Chain);
        e = f.resume(ok(&answer), NOW_MS + 200_000);
    }
    let (_, p) = ledger(&e);
    assert_eq!(s(&p, "outcome"), "failed");

    // Never sent: abandoned, without asking anyone.
    let (_, e) = reconcile_of(&format!(r#"{{"id":"{ROW}","payment":PAYMENT,"settler":"okx","txHash":null,"submitted":false}}"#));
    let (_, p) = ledger(&e);
    assert_eq!((s(&p, "outcome"), s(&p, "reason")), ("failed", "abandoned"));
}

#[test]
fn a_direct_reconcile_run_reports_each_settlers_gas_and_raises_the_alarm_when_low() {
    // Anvil/Hardhat accounts #2 and #1 (public test keys).
    const K2: &str = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    const K1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    let (a2, a1) = ("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    let direct = [("X402_SETTLER", "direct"), ("RPC_URL", "https://a.test,https://b.test"), ("X402_SETTLER_MIN_GAS_WEI", "1000")];
    let run = |pairs: &[(&str, &str)], keys: &str| {
        let mut f = ReconcileFlow::new(Rc::new(Ok(config(pairs))), Rc::new(Err(crate::x402::HttpError::new(500, "x", "x"))), "22222222-2222-4222-8222-222222222222".into(), keys.into());
        f.start(NOW_MS);
        let e = f.resume(ok(r#"{"logged":0,"rows":[]}"#), NOW_MS);
        (f, e)
    };
    let gas = |v: &json::Json| v.get("settlers").cloned().unwrap_or(json::Json::Null);
    let asked = |e: &Effect| match e {
        Effect::Http { target: Target::Chain, name: "gasBalance", request, fallbacks, .. } => {
            assert_eq!((request.url.as_str(), fallbacks.as_slice()), ("https://a.test", &["https://b.test".to_string()][..]));
            request.body.clone()
        }
        other => panic!("{other:?}"),
    };

    // Not direct, or no settler key: the counts alone, no request.
    for (pairs, keys) in [(&[][..], K2), (&direct[..], "")] {
        let (_, e) = run(pairs, keys);
        let (status, body) = reply(&e);
        assert_eq!((status, gas(&body)), (200, json::Json::Null));
    }

    // Direct, a pool of two: one eth_getBalance per settler, on the first node with the
    // others as fallbacks; the one below the minimum is named in the alarm, the other not.
    let (mut f, e) = run(&direct, &[K2, ", ", K1].concat());
    assert!(asked(&e).contains(&[r#""method":"eth_getBalance","params":[""#, a2, r#"","pending"]"#].concat()));
    let e = f.resume(ok(&rpc(r#""0x3e7""#)), NOW_MS);
    assert!(asked(&e).contains(a1));
    let Effect::Alarm { reply: alarmed, line } = f.resume(ok(&rpc(r#""0x3e8""#)), NOW_MS) else { panic!() };
    let body = json::parse(alarmed.body.as_bytes()).unwrap();
    assert_eq!(alarmed.status, 200);
    let g = gas(&body);
    let rows = g.as_array().unwrap();
    let row = |i: usize| (s(&rows[i], "address"), s(&rows[i], "gasBalanceWei"), s(&rows[i], "minimumWei"), rows[i].get("low").cloned());
    assert_eq!(row(0), (a2, "999", "1000", Some(json::Json::Bool(true))));
    assert_eq!(row(1), (a1, "1000", "1000", Some(json::Json::Bool(false))));
    assert!(line.contains(&["settler ", a2, " holds 999 wei, below X402_SETTLER_MIN_GAS_WEI (1000)"].concat()), "{line}");
    assert!(!line.contains(a1), "{line}");
    assert!(!line.contains(&K2[2..]) && !alarmed.body.contains(&K2[2..]), "never a key");

    // Enough: reported, no alarm. A node that cannot say: unknown, no alarm.
    let (mut f, _) = run(&direct, K2);
    let (_, body) = reply(&f.resume(ok(&rpc(r#""0x3e8""#)), NOW_MS));
    assert_eq!(gas(&body).as_array().unwrap()[0].get("low"), Some(&json::Json::Bool(false)));
    let (mut f, _) = run(&direct, K2);
    let (status, body) = reply(&f.resume(Answer::NONE, NOW_MS));
    let g = gas(&body).as_array().unwrap()[0].clone();
    assert_eq!((status, g.get("gasBalanceWei"), g.get("low")), (200, Some(&json::Json::Null), Some(&json::Json::Null)));
}

// ---- payment-identifier ----

use crate::x402::flow::idem::{self, Idempotent, Keyed};
use crate::x402::payment_id::PaymentId;

const PAY_ID: &str = "pay_0123456789abcdef0123456789abcdef";
const KEPT: &str = r#"{"status":200,"headers":[["Content-Type","application/json"],["PAYMENT-RESPONSE","e30="]],"body":"eyJvayI6dHJ1ZX0="}"#;

fn keyed(face: Face, processable: bool) -> Idempotent {
    let inner: Box<dyn Flow> = if processable {
        Box::new(presented(face, false, &[]))
    } else {
        Box::new(Answered(Some(crate::x402::reply::error(&crate::x402::X402Error::SignerMismatch.info()))))
    };
    let key = PaymentId { id: PAY_ID.into(), fingerprint: "0xf1".into() };
    Idempotent::new(face, Keyed { key, endpoint: "/functions/paid".into(), token: "33333333-3333-4333-8333-333333333333".into() }, processable, inner)
}

fn kept_answer() -> String {
    let mut w = json::Writer::new();
    w.open_obj().key("state").str("kept").key("response").str(KEPT).close_obj();
    w.finish()
}

/// Drives a keyed paywall flow through a settled payment to its end.
fn settle_inner(f: &mut Idempotent) -> Effect {
    assert_eq!(ledger(&f.resume(ok(&claimed("new")), NOW_MS)).0, "x402_claim");
    let e = f.resume(ok(&claimed("new")), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    f.resume(ok(&settled_by_okx()), NOW_MS);
    f.resume(ok(r#"{"state":"settled"}"#), NOW_MS)
}

#[test]
fn an_id_is_looked_up_before_anything_and_a_kept_response_is_answered_as_it_was() {
    for processable in [true, false] {
        let mut f = keyed(Face::Paywall, processable);
        let (call, p) = ledger(&f.start(NOW_MS));
        assert_eq!((call, s(&p, "endpoint"), s(&p, "id"), s(&p, "fingerprint")), (idem::BEGIN, "/functions/paid", PAY_ID, "0xf1"));
        // A payment refused on its own (here: its signature) may only be answered from what was kept.
        assert_eq!(p.get("reserve"), Some(&json::Json::Bool(processable)));
        assert_eq!(f.resume(ok(&kept_answer()), NOW_MS), Effect::Replay(KEPT.into()), "no claim, no verify, no settle, no handler");
    }
}

#[test]
fn an_id_used_with_another_payment_or_still_running_is_refused_409() {
    let mut f = keyed(Face::Paywall, true);
    f.start(NOW_MS);
    let (status, body) = reply(&f.resume(ok(r#"{"state":"conflict"}"#), NOW_MS));
    assert_eq!((status, s(&body, "error"), body.get("statusCode").and_then(json::Json::as_i64)), (409, "payment_id_conflict", Some(409)));
    let mut f = keyed(Face::Paywall, true);
    f.start(NOW_MS);
    let e = f.resume(ok(r#"{"state":"busy"}"#), NOW_MS);
    let Effect::Respond(r) = &e else { panic!("{e:?}") };
    assert!(r.headers.iter().any(|(k, v)| *k == "Retry-After" && v == "2"));
    assert_eq!((reply(&e).0, s(&reply(&e).1, "error")), (409, "payment_id_in_progress"));
}

#[test]
fn a_new_id_runs_the_payment_and_keeps_the_paid_response() {
    let mut f = keyed(Face::Paywall, true);
    f.start(NOW_MS);
    let Effect::Serve { keep: Some(keep), .. } = settle_inner(&mut f) else { panic!("served, with the call that keeps it") };
    let keep = json::parse(keep.as_bytes()).unwrap();
    assert_eq!(s(&keep, "call"), idem::KEEP);
    let p = keep.get("args").and_then(|a| a.get("p")).unwrap();
    assert_eq!((s(p, "endpoint"), s(p, "id"), s(p, "claimToken")), ("/functions/paid", PAY_ID, "33333333-3333-4333-8333-333333333333"));
    assert_eq!(p.get("keepBelowStatus").and_then(json::Json::as_i64), Some(i64::from(idem::KEEP_BELOW_STATUS)));
    assert_eq!(p.get("retentionSeconds").and_then(json::Json::as_i64), Some(86_400));
}

#[test]
fn a_refusal_is_not_kept_the_id_is_let_go() {
    let mut f = keyed(Face::Paywall, true);
    f.start(NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    let (call, p) = ledger(&f.resume(ok(r#"{"state":"elsewhere"}"#), NOW_MS));
    assert_eq!((call, s(&p, "id")), (idem::RELEASE, PAY_ID));
    assert_eq!(reply(&f.resume(ok(r#"{"state":"released"}"#), NOW_MS)).0, 409);
    // Nothing held (the local check refused it): nothing to let go.
    let mut f = keyed(Face::Paywall, false);
    f.start(NOW_MS);
    assert_eq!(reply(&f.resume(ok(r#"{"state":"none"}"#), NOW_MS)).0, 402);
}

#[test]
fn a_ledger_that_does_not_answer_leaves_the_payment_to_its_own_claim() {
    let mut f = keyed(Face::Paywall, true);
    let first = f.start(NOW_MS);
    assert_eq!(f.resume(Answer::NONE, NOW_MS), first, "asked again with the same token");
    let (call, _) = ledger(&f.resume(Answer::NONE, NOW_MS));
    assert_eq!(call, "x402_claim", "the per-authorization claim still settles it once");
    let e = f.resume(ok(&claimed("new")), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    f.resume(ok(&settled_by_okx()), NOW_MS);
    assert!(matches!(f.resume(ok(r#"{"state":"settled"}"#), NOW_MS), Effect::Serve { keep: None, .. }), "an id not held is not kept");
}

#[test]
fn an_unreadable_kept_response_is_never_answered() {
    for bad in [r#"{"state":"kept"}"#, r#"{"state":"kept","response":"{\"status\":99,\"headers\":[],\"body\":\"\"}"}"#, r#"{"state":"kept","response":"[]"}"#] {
        let mut f = keyed(Face::Paywall, true);
        f.start(NOW_MS);
        let (status, body) = reply(&f.resume(ok(bad), NOW_MS));
        assert_eq!((status, s(&body, "error")), (503, "ledger_unavailable"), "{bad}");
    }
}

#[test]
fn a_facilitator_settle_keeps_its_answer_and_a_failed_one_lets_go() {
    let mut f = keyed(Face::Settle, true);
    f.start(NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    f.resume(ok(&settled_by_okx()), NOW_MS);
    let (call, p) = ledger(&f.resume(ok(r#"{"state":"settled"}"#), NOW_MS));
    assert_eq!(call, idem::KEEP);
    let response = p.get("response").unwrap();
    assert_eq!(response.get("status").and_then(json::Json::as_i64), Some(200));
    let body = crate::b64::decode_std(s(response, "body")).unwrap();
    assert!(String::from_utf8(body).unwrap().contains(r#""success":true"#));
    let (status, body) = reply(&f.resume(ok(r#"{"state":"kept"}"#), NOW_MS));
    assert_eq!((status, body.get("success")), (200, Some(&json::Json::Bool(true))));
    let mut f = keyed(Face::Settle, true);
    f.start(NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    assert_eq!(ledger(&f.resume(ok(r#"{"state":"elsewhere"}"#), NOW_MS)).0, idem::RELEASE);
}

// ---- direct settlement: a pool of keys, a recorded transaction that is not mined ----

mod direct {
    use super::*;
    use crate::x402::address::Address;
    use crate::x402::codec;
    use crate::x402::evm::tx::{self, Eip1559Tx, Kept};

    /// Anvil/Hardhat accounts #2 and #1 (public test keys).
    const K2: &str = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    const K1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    const A2: &str = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    const A1: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
    const DIRECT: [(&str, &str); 2] = [("X402_SETTLER", "direct"), ("RPC_URL", "https://rpc.test")];

    fn direct(expired: bool, keys: &str) -> PaymentFlow {
        PaymentFlow::new(Presented {
            face: Face::Paywall,
            config: Rc::new(config(&DIRECT)),
            paid: verify(&v1_payment(auth()), &req(), NOW).unwrap(),
            requirements: None,
            expired,
            endpoint: "/functions/paid".into(),
            summary: "POST /functions/paid".into(),
            token: "11111111-1111-4111-8111-111111111111".into(),
            settler_key: keys.into(),
        })
    }

    fn word(v: u64) -> String {
        rpc(&format!(r#""0x{v:064x}""#))
    }

    /// The answers of a node to a settlement's plan, by request name.
    fn node(name: &str, gas: &str) -> String {
        match name {
            "balance" => word(5000),
            "authorizationState" => word(0),
            "chainId" => rpc(r#""0xc4""#),
            "simulation" => rpc(r#""0x""#),
            "nonce" => rpc(r#""0x3""#),
            "feeHistory" => rpc(r#"{"baseFeePerGas":["0x5","0x6"],"reward":[["0x1"]]}"#),
            "gas" => rpc(r#""0x186a0""#),
            "gasBalance" => rpc(&format!(r#""{gas}""#)),
            other => panic!("unexpected request {other}"),
        }
    }

    #[test]
    fn a_key_short_of_gas_is_logged_and_the_next_key_of_the_pool_settles() {
        // This payment's nonce (0xab…ab) picks the second key of the pool first.
        let pool = [K1, ",", K2].concat();
        assert_eq!(crate::x402::settle::direct::pool::pick(&pool, &format!("0x{}", "ab".repeat(32)), 0), K2);
        let mut f = direct(false, &pool);
        let mut e = f.start(NOW_MS);
        let mut allocated_for = vec![];
        let mut released = vec![];
        let mut logged = vec![];
        for _ in 0..60 {
            e = match &e {
                Effect::Http { name: "send", .. } => break,
                Effect::Http { name, .. } => {
                    // The first key's account is dry; the second's has gas.
                    let gas = if allocated_for.len() == 1 { "0x0" } else { "0xde0b6b3a7640000" };
                    let body = node(name, gas);
                    f.resume(ok(&body), NOW_MS)
                }
                Effect::Ledger { call: "x402_claim", .. } => f.resume(ok(&claimed("new")), NOW_MS),
                Effect::Ledger { call: "x402_allocate_settler_nonce", args } => {
                    allocated_for.push(s(&json::parse(args.as_bytes()).unwrap(), "p_settler").to_owned());
                    f.resume(ok("3"), NOW_MS)
                }
                Effect::Ledger { call: "x402_release_settler_nonce", args } => {
                    released.push(s(&json::parse(args.as_bytes()).unwrap(), "p_settler").to_owned());
                    f.resume(ok("true"), NOW_MS)
                }
                Effect::Ledger { call: "x402_record", args } => {
                    let p = json::parse(args.as_bytes()).unwrap();
                    let p = p.get("p").unwrap();
                    assert_eq!((s(p, "outcome"), s(p, "settlerAddress")), ("sending", A1));
                    let raw = s(p, "settlerTx");
                    let kept = Kept::read(codec::parse_0x_hex_vec(raw).unwrap()).unwrap();
                    assert_eq!((codec::to_0x_hex(&kept.hash), kept.nonce), (s(p, "txHash").to_owned(), 3), "the signed transaction is kept with its hash");
                    f.resume(ok(r#"{"state":"pending"}"#), NOW_MS)
                }
                Effect::Log(line) => {
                    logged.push(line.clone());
                    f.resume(Answer::NONE, NOW_MS)
                }
                other => panic!("{other:?}"),
            };
        }
        assert_eq!(allocated_for, [A2, A1], "the pick first, then the next key");
        assert_eq!(released, [A2], "the dry key's nonce handed back");
        assert_eq!(logged.len(), 1);
        assert!(logged[0].contains(&["settler ", A2, " holds 0 wei"].concat()) && logged[0].ends_with("the next key of SETTLER_PRIVATE_KEY settles instead"), "{}", logged[0]);
        assert!(!logged[0].contains(&K2[2..]), "never the key");
        // One key alone, dry: refused with the alarm (no next key).
        let mut f = direct(false, K2);
        let mut e = f.start(NOW_MS);
        for _ in 0..30 {
            e = match &e {
                Effect::Http { name, .. } => f.resume(ok(&node(name, "0x0")), NOW_MS),
                Effect::Ledger { call: "x402_claim", .. } => f.resume(ok(&claimed("new")), NOW_MS),
                Effect::Ledger { call: "x402_allocate_settler_nonce", .. } => f.resume(ok("3"), NOW_MS),
                Effect::Ledger { .. } => f.resume(ok(r#"{"state":"failed"}"#), NOW_MS),
                _ => break,
            };
        }
        let Effect::Alarm { reply, line } = e else { panic!("{e:?}") };
        assert_eq!(reply.status, 503);
        assert!(line.contains("holds 0 wei"), "{line}");
    }

    #[test]
    fn a_payment_past_its_window_whose_transaction_holds_a_nonce_has_it_filled_and_is_told_why() {
        let key = tx::parse_private_key(K2).unwrap();
        let stuck = Eip1559Tx { chain_id: 196, nonce: 7, max_priority_fee_per_gas: 10, max_fee_per_gas: 100, gas_limit: 90_000, to: Address::parse(USDG).unwrap(), value: crate::x402::u256::U256::ZERO, data: vec![1] };
        let signed = stuck.sign(&key).unwrap();
        let (raw, hash) = (codec::to_0x_hex(&signed.raw), codec::to_0x_hex(&signed.hash));
        let resolve = format!(r#"{{"state":"resolve","id":"{ROW}","txHash":"{hash}","settlerTx":"{raw}","settlerAddress":"{A2}"}}"#);
        let later = (NOW + 120) * 1000;
        let mut f = direct(true, &[K1, ",", K2].concat());
        f.start(later);
        let mut e = f.resume(ok(&resolve), later);
        let mut asked = vec![];
        let mut filler = None;
        for _ in 0..30 {
            e = match &e {
                Effect::Http { name, request, .. } => {
                    asked.push(*name);
                    let body = match *name {
                        "receipt" | "transaction" => rpc("null"),
                        "latestBlock" => rpc(&format!(r#"{{"number":"0x10","timestamp":"0x{:x}","baseFeePerGas":"0x65"}}"#, NOW + 61)),
                        "authorizationState" => word(0),
                        "minedCount" => rpc(r#""0x7""#),
                        "send" => {
                            let sent = crate::x402::evm::rpc::sent_raw(&request.body).unwrap();
                            let k = Kept::read(codec::parse_0x_hex_vec(&sent).unwrap()).unwrap();
                            filler = Some(k.clone());
                            rpc(&format!(r#""{}""#, codec::to_0x_hex(&k.hash)))
                        }
                        other => panic!("unexpected {other}"),
                    };
                    f.resume(ok(&body), later)
                }
                Effect::Ledger { call: "x402_record", args } => {
                    let p = json::parse(args.as_bytes()).unwrap().get("p").cloned().unwrap();
                    match s(&p, "outcome") {
                        "sending" => f.resume(ok(r#"{"state":"pending"}"#), later),
                        "unknown" => {
                            let k = filler.as_ref().expect("the filler is recorded and sent first");
                            assert_eq!(s(&p, "txHash"), codec::to_0x_hex(&k.hash), "the row keeps the filler's hash: pending until its nonce is taken");
                            f.resume(ok(r#"{"state":"pending"}"#), later)
                        }
                        other => panic!("recorded {other} before the nonce was taken"),
                    }
                }
                _ => break,
            };
        }
        // The proof (receipt, the chain's clock, unused), then the fill (receipt, lookup, count, fees, send).
        assert_eq!(asked, ["receipt", "latestBlock", "authorizationState", "receipt", "transaction", "minedCount", "latestBlock", "send"]);
        let k = filler.unwrap();
        assert_eq!((k.nonce, k.to.to_hex(), k.gas_limit), (7, A2.to_string(), 21_000), "a transfer of nothing to the settler at the stuck nonce");
        let (status, body) = reply(&e);
        assert_eq!((status, s(&body, "error")), (402, "invalid_exact_evm_payload_authorization_valid_before"), "the payer is told why now");
        assert!(s(&body, "message").contains("nothing was charged"), "{body:?}");
    }

    #[test]
    fn a_transaction_stuck_under_the_ceiling_leaves_the_payment_pending_with_the_alarm() {
        let key = tx::parse_private_key(K2).unwrap();
        let stuck = Eip1559Tx { chain_id: 196, nonce: 7, max_priority_fee_per_gas: 10, max_fee_per_gas: 100, gas_limit: 90_000, to: Address::parse(USDG).unwrap(), value: crate::x402::u256::U256::ZERO, data: vec![1] };
        let signed = stuck.sign(&key).unwrap();
        let (raw, hash) = (codec::to_0x_hex(&signed.raw), codec::to_0x_hex(&signed.hash));
        let resolve = format!(r#"{{"state":"resolve","id":"{ROW}","txHash":"{hash}","settlerTx":"{raw}","settlerAddress":"{A2}"}}"#);
        let mut f = PaymentFlow::new(Presented {
            face: Face::Paywall,
            config: Rc::new(config(&[DIRECT[0], DIRECT[1], ("X402_MAX_FEE_PER_GAS_WEI", "110")])),
            paid: verify(&v1_payment(auth()), &req(), NOW).unwrap(),
            requirements: None,
            expired: false,
            endpoint: "/functions/paid".into(),
            summary: "POST /functions/paid".into(),
            token: "11111111-1111-4111-8111-111111111111".into(),
            settler_key: K2.into(),
        });
        let mut e = f.start(NOW_MS);
        for _ in 0..30 {
            e = match &e {
                Effect::Http { name, .. } => {
                    let body = match *name {
                        "receipt" => rpc("null"),
                        "transaction" => rpc(r#"{"blockNumber":null}"#),
                        "authorizationState" => word(0),
                        "latestBlock" => rpc(r#"{"number":"0x10","baseFeePerGas":"0x65"}"#),
                        other => node(other, "0xde0b6b3a7640000"),
                    };
                    f.resume(ok(&body), NOW_MS)
                }
                Effect::Ledger { call: "x402_claim", .. } => f.resume(ok(&resolve), NOW_MS),
                Effect::Ledger { call: "x402_record", args } => {
                    let p = json::parse(args.as_bytes()).unwrap().get("p").cloned().unwrap();
                    assert_eq!(s(&p, "outcome"), "unknown", "nothing sent, still pending");
                    f.resume(ok(r#"{"state":"pending"}"#), NOW_MS)
                }
                _ => break,
            };
        }
        let Effect::Alarm { reply, line } = e else { panic!("{e:?}") };
        assert_eq!(reply.status, 503);
        assert!(line.contains("X402_MAX_FEE_PER_GAS_WEI") && line.contains("needs 113 wei per gas; the ceiling is 110"), "{line}");
    }
}

// ---- a signature that may be a contract wallet's ----

mod contract_signer {
    use super::*;
    use crate::x402::requirements::Requirements;

    fn flow(pairs: &[(&str, &str)], tail: &str) -> PaymentFlow {
        let node = Requirements { contract_signatures: true, ..req() };
        let mut p = v1_payment(auth());
        match tail.strip_prefix('=') {
            Some(whole) => p.payload.exact_mut().signature = format!("0x{whole}"),
            None => p.payload.exact_mut().signature.push_str(tail),
        }
        PaymentFlow::new(Presented {
            face: Face::Paywall,
            config: Rc::new(config(pairs)),
            paid: verify(&p, &node, NOW).unwrap(),
            requirements: None,
            expired: false,
            endpoint: "/functions/paid".into(),
            summary: "POST /functions/paid".into(),
            token: "11111111-1111-4111-8111-111111111111".into(),
            settler_key: String::new(),
        })
    }

    fn wrapper(factory: u8) -> String {
        let mut w = vec![0u8; 12];
        w.extend_from_slice(&[factory; 20]);
        for word in [0x60u64, 0x80, 0, 0] {
            w.extend_from_slice(&crate::x402::u256::U256::from_u64(word).0);
        }
        w.extend_from_slice(&crate::x402::evm::checker::ERC6492_MAGIC);
        format!("={}", hex::encode(w))
    }

    fn error(e: &Effect) -> (u16, String) {
        let (status, body) = reply(e);
        (status, s(&body, "error").to_owned())
    }

    const NODE: [(&str, &str); 1] = [("RPC_URL", "https://a.test, https://b.test")];

    #[test]
    fn the_payers_code_then_our_checker_before_anything_else() {
        let one = rpc(&format!(r#""0x{}1""#, "0".repeat(63)));
        let zero = rpc(&format!(r#""0x{}""#, "0".repeat(64)));
        let mut f = flow(&NODE, &"ab".repeat(40));
        let e = f.start(NOW_MS);
        let Effect::Http { name: "walletCode", request, fallbacks, .. } = &e else { panic!("{e:?}") };
        assert!(request.body.contains("eth_getCode") && request.url == "https://a.test" && fallbacks == &["https://b.test".to_string()]);
        let e = f.resume(ok(&rpc(r#""0x6080""#)), NOW_MS);
        let Effect::Http { name: "walletSignature", request, .. } = &e else { panic!("{e:?}") };
        assert!(request.body.contains("\"eth_call\"") && !request.body.contains("\"to\""), "deployless");
        // Valid: on to the balance check (nothing was written before).
        assert_eq!(http(&f.resume(ok(&one), NOW_MS)), (Target::Chain, "balance"));
        // Invalid, or the node cannot say.
        let mut f = flow(&NODE, &"ab".repeat(40));
        f.start(NOW_MS);
        f.resume(ok(&rpc(r#""0x6080""#)), NOW_MS);
        assert_eq!(error(&f.resume(ok(&zero), NOW_MS)), (402, "invalid_exact_evm_payload_signature".into()));
        let mut f = flow(&NODE, &"ab".repeat(40));
        f.start(NOW_MS);
        f.resume(ok(&rpc(r#""0x6080""#)), NOW_MS);
        assert_eq!(error(&f.resume(Answer::NONE, NOW_MS)).0, 503);
        // No code and no ERC-6492 wrapper: the EOA's own refusal.
        let mut f = flow(&NODE, &"ab".repeat(40));
        f.start(NOW_MS);
        assert_eq!(error(&f.resume(ok(&rpc(r#""0x""#)), NOW_MS)), (402, "invalid_exact_evm_payload_signature".into()));
        let mut f = flow(&NODE, &"ab".repeat(40));
        f.start(NOW_MS);
        assert_eq!(error(&f.resume(Answer::NONE, NOW_MS)).0, 503, "a node that cannot say is no refusal");
    }

    #[test]
    fn a_counterfactual_wallet_needs_its_factory_allowed() {
        let allowed = format!("0x{}", "fa".repeat(20));
        let pairs = [NODE[0], ("X402_ERC6492_FACTORIES", allowed.as_str())];
        // Its factory is not allowed: refused, the checker never asked.
        let mut f = flow(&pairs, &wrapper(0xfb));
        f.start(NOW_MS);
        assert_eq!(error(&f.resume(ok(&rpc(r#""0x""#)), NOW_MS)), (402, "eip6492_factory_not_allowed".into()));
        // Allowed: the checker decides.
        let mut f = flow(&pairs, &wrapper(0xfa));
        f.start(NOW_MS);
        assert_eq!(http(&f.resume(ok(&rpc(r#""0x""#)), NOW_MS)).1, "walletSignature");
        // Deployed already: the wrapper's factory does not matter.
        let mut f = flow(&pairs, &wrapper(0xfb));
        f.start(NOW_MS);
        assert_eq!(http(&f.resume(ok(&rpc(r#""0x6080""#)), NOW_MS)).1, "walletSignature");
        // The allow-list is read strictly.
        let e = crate::x402::config::tests::err(&[("X402_ERC6492_FACTORIES", "0x12")]);
        assert!(matches!(e, crate::x402::X402Error::InvalidSecret("X402_ERC6492_FACTORIES", _)));
    }
}

// ---- metered payments (upto) ----

/// Anvil/Hardhat account #2: the address that settles metered payments here.
const FACILITATOR: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

fn metered_pairs<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut pairs = vec![("X402_SCHEME", "upto"), ("X402_UPTO_FACILITATOR", FACILITATOR), ("X402_PRICE", "5000000")];
    pairs.extend_from_slice(extra);
    pairs
}

/// A metered payment (ceiling 5,000,000) presented to the paywall.
fn metered(extra: &[(&str, &str)]) -> PaymentFlow {
    metered_at(Face::Paywall, None, extra)
}

/// The same presented to `face`, with the charge a facilitator's settle names.
fn metered_at(face: Face, charge: Option<&str>, extra: &[(&str, &str)]) -> PaymentFlow {
    use crate::x402::verify::permit2_tests::{permit, permit2_payment};
    let pairs = metered_pairs(extra);
    let c = config(&pairs);
    let mut p = permit(USDG);
    p.amount = crate::x402::u256::U256::from_u64(5_000_000);
    p.spender = crate::x402::permit2::UPTO_PROXY;
    p.witness.facilitator = crate::x402::address::Address::parse(FACILITATOR);
    let mut paid = verify(&permit2_payment(&p), &c.requirements("https://x.test/functions/paid"), NOW).unwrap();
    paid.charged = charge.map(str::to_owned);
    PaymentFlow::new(Presented {
        face,
        config: Rc::new(c),
        paid,
        requirements: None,
        expired: false,
        endpoint: "/functions/paid".into(),
        summary: "POST /functions/paid".into(),
        token: "11111111-1111-4111-8111-111111111111".into(),
        settler_key: String::new(),
    })
}

fn work_info(e: &Effect) -> json::Json {
    match e {
        Effect::Work { info } => json::parse(info.as_bytes()).unwrap(),
        other => panic!("the work expected, got {other:?}"),
    }
}

/// The work's answer body: the charge the handler named, if any.
fn worked(charge: Option<&str>) -> String {
    match charge {
        Some(c) => format!(r#"{{"charge":"{c}"}}"#),
        None => r#"{"charge":null}"#.into(),
    }
}

fn payment_response(e: &Effect) -> json::Json {
    let Effect::Serve { headers, .. } = e else { panic!("served expected, got {e:?}") };
    let h = headers.iter().find(|(k, _)| *k == "PAYMENT-RESPONSE").map(|(_, v)| v.clone()).expect("PAYMENT-RESPONSE");
    json::parse(&crate::b64::decode_std(&h).unwrap()).unwrap()
}

/// Claimed, verified by OKX for the ceiling, then the work: the flow and the work's info.
fn up_to_the_work(extra: &[(&str, &str)]) -> (PaymentFlow, json::Json) {
    let mut f = metered(extra);
    let (call, _) = ledger(&f.start(NOW_MS));
    assert_eq!(call, "x402_claim");
    let e = f.resume(ok(&claimed("new")), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"), "the ceiling is verified before the work");
    let e = f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    let info = work_info(&e);
    (f, info)
}

#[test]
fn a_metered_payment_runs_the_work_then_settles_its_charge() {
    let (mut f, info) = up_to_the_work(&[]);
    assert_eq!((s(&info, "scheme"), s(&info, "ceiling"), s(&info, "txHash")), ("upto", "5000000", ""));
    // The work cost 1234: recorded before anything is sent.
    let (call, p) = ledger(&f.resume(ok(&worked(Some("1234"))), NOW_MS));
    assert_eq!((call, s(&p, "outcome"), s(&p, "charged"), s(&p, "id")), ("x402_record", "charge", "1234", ROW));
    let e = f.resume(ok(r#"{"state":"pending"}"#), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    let e = f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    let Effect::Http { request, .. } = &e else { panic!() };
    // OKX settles the charge: paymentRequirements.amount, the payer's accepted ceiling unchanged.
    let body = json::parse(request.body.as_bytes()).unwrap();
    let required = body.get("paymentRequirements").unwrap();
    assert_eq!((s(required, "scheme"), s(required, "amount")), ("upto", "1234"));
    assert_eq!(s(body.get("paymentPayload").unwrap().get("accepted").unwrap(), "amount"), "5000000");
    let (call, p) = ledger(&f.resume(ok(&settled_by_okx()), NOW_MS));
    assert_eq!((call, s(&p, "outcome"), s(&p, "charged"), s(&p, "txHash")), ("x402_record", "settled", "1234", TX));
    // Served with the response the work kept: the payment response names the charge.
    let e = f.resume(ok(r#"{"state":"settled"}"#), NOW_MS);
    let pr = payment_response(&e);
    assert_eq!((s(&pr, "amount"), s(&pr, "transaction")), ("1234", TX));
}

#[test]
fn failed_work_charges_nothing_and_its_answer_is_delivered() {
    for status in [500, 404, 0] {
        let (mut f, _) = up_to_the_work(&[]);
        let (call, p) = ledger(&f.resume(Answer { status, body: r#"{"charge":"1234"}"# }, NOW_MS));
        assert_eq!((call, s(&p, "outcome")), ("x402_record", "unknown"), "the claim is let go: the same permit may come back");
        let Effect::Serve { headers, .. } = f.resume(ok(r#"{"state":"pending"}"#), NOW_MS) else { panic!() };
        assert!(headers.is_empty(), "no payment response: nothing was charged");
    }
}

#[test]
fn a_charge_of_nothing_is_settled_without_a_transaction() {
    let (mut f, _) = up_to_the_work(&[]);
    for charge in ["0", "0%", "$0"] {
        let (mut g, _) = up_to_the_work(&[]);
        let (call, p) = ledger(&g.resume(ok(&worked(Some(charge))), NOW_MS));
        assert_eq!((call, s(&p, "outcome"), s(&p, "charged"), s(&p, "txHash")), ("x402_record", "settled", "0", ""), "{charge}");
    }
    f.resume(ok(&worked(Some("0"))), NOW_MS);
    let pr = payment_response(&f.resume(ok(r#"{"state":"settled"}"#), NOW_MS));
    assert_eq!((s(&pr, "amount"), s(&pr, "transaction"), pr.get("success")), ("0", "", Some(&json::Json::Bool(true))));
}

#[test]
fn no_charge_named_is_the_ceiling_and_a_charge_above_it_is_refused_uncharged() {
    let (mut f, _) = up_to_the_work(&[]);
    let (_, p) = ledger(&f.resume(ok(&worked(None)), NOW_MS));
    assert_eq!((s(&p, "outcome"), s(&p, "charged")), ("charge", "5000000"));
    let (mut f, _) = up_to_the_work(&[]);
    let (_, p) = ledger(&f.resume(ok(&worked(Some("50%"))), NOW_MS));
    assert_eq!(s(&p, "charged"), "2500000");
    for bad in ["5000001", "101%", "nonsense"] {
        let (mut f, _) = up_to_the_work(&[]);
        let (call, p) = ledger(&f.resume(ok(&worked(Some(bad))), NOW_MS));
        assert_eq!((call, s(&p, "outcome")), ("x402_record", "unknown"), "{bad}");
        let Effect::Alarm { reply, line } = f.resume(ok(r#"{"state":"pending"}"#), NOW_MS) else { panic!() };
        assert_eq!(reply.status, 500);
        assert!(line.contains("nothing was charged"), "{line}");
    }
}

#[test]
fn a_charge_the_ledger_cannot_record_sends_nothing() {
    let (mut f, _) = up_to_the_work(&[]);
    let first = f.resume(ok(&worked(Some("1234"))), NOW_MS);
    for _ in 0..2 {
        assert_eq!(f.resume(Answer::NONE, NOW_MS), first, "the same charge again");
    }
    let (call, p) = ledger(&f.resume(Answer::NONE, NOW_MS));
    assert_eq!((call, s(&p, "outcome")), ("x402_record", "unknown"));
    let (status, body) = reply(&f.resume(Answer::NONE, NOW_MS));
    assert_eq!((status, s(&body, "error")), (503, "ledger_unavailable"));
    // A row whose charge is another (a conflict) sends nothing either.
    let (mut f, _) = up_to_the_work(&[]);
    f.resume(ok(&worked(Some("1234"))), NOW_MS);
    let (call, p) = ledger(&f.resume(ok(r#"{"state":"conflict"}"#), NOW_MS));
    assert_eq!((call, s(&p, "outcome")), ("x402_record", "unknown"));
}

#[test]
fn a_metered_payment_comes_back_with_its_charge_standing() {
    // Settled and served a moment ago: the work runs again, the charge stands whatever it says.
    let mut f = metered(&[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&format!(r#"{{"state":"settled","txHash":"{TX}","servedAgeMs":1000,"charged":"1234"}}"#)), NOW_MS);
    let info = work_info(&e);
    assert_eq!((s(&info, "charged"), info.get("replay")), ("1234", Some(&json::Json::Bool(true))));
    let pr = payment_response(&f.resume(ok(&worked(Some("5000000"))), NOW_MS));
    assert_eq!(s(&pr, "amount"), "1234");
    // Claimed before without a charge: nothing was sent, the work starts over.
    let mut f = metered(&[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&claimed("resolve")), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    // With its charge recorded: proven on chain first, for the charge's transfer.
    let mut f = metered(&[("RPC_URL", "https://rpc.test")]);
    let e = f.start(NOW_MS);
    assert_eq!(http(&e).1, "balance");
    let word = |n: u64| rpc(&format!(r#""0x{n:064x}""#));
    let e = f.resume(ok(&word(9_000_000)), NOW_MS);
    assert_eq!(http(&e).1, "allowance");
    f.resume(ok(&word(9_000_000)), NOW_MS);
    let e = f.resume(ok(&format!(r#"{{"state":"resolve","id":"{ROW}","txHash":null,"charged":"1234"}}"#)), NOW_MS);
    assert_eq!(http(&e), (Target::Chain, "authorizationState"));
    let e = f.resume(ok(&word(0)), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "settle"), "unused, window open: OKX settles the recorded charge");
    let Effect::Http { request, .. } = &e else { panic!() };
    assert!(request.body.contains(r#""amount":"1234""#), "{}", request.body);
}

#[test]
fn a_metered_payment_refused_after_its_work_comes_back_for_its_recorded_charge() {
    // Its settlement was refused after the work (e.g. Permit2's allowance withdrawn meanwhile);
    // presented again, the ledger takes it back with the charge it recorded: settled for that
    // charge first, then the work runs for this presentation, its new charge ignored.
    let mut f = metered(&[]);
    f.start(NOW_MS);
    let e = f.resume(ok(&format!(r#"{{"state":"retry","id":"{ROW}","txHash":null,"charged":"6000"}}"#)), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"), "straight to the settlement: no work before it");
    let e = f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    let Effect::Http { request, .. } = &e else { panic!() };
    assert!(request.body.contains(r#""amount":"6000""#), "{}", request.body);
    let (call, p) = ledger(&f.resume(ok(&settled_by_okx()), NOW_MS));
    assert_eq!((call, s(&p, "outcome"), s(&p, "charged")), ("x402_record", "settled", "6000"));
    let info = work_info(&f.resume(ok(r#"{"state":"settled"}"#), NOW_MS));
    assert_eq!(s(&info, "charged"), "6000");
    let pr = payment_response(&f.resume(ok(&worked(Some("9000"))), NOW_MS));
    assert_eq!(s(&pr, "amount"), "6000");
}

#[test]
fn an_okx_agent_wallets_session_signed_permit_goes_to_okx_untouched() {
    use crate::x402::model::{decode_payment_json, SignedPayload};
    use crate::x402::verify::permit2_tests::{permit, permit2_payment};
    // An agent wallet signs with its session key (Ed25519, base64) and adds its certificate to
    // what it accepted: every other check is made here; the signature is OKX's to check.
    let pairs = metered_pairs(&[]);
    let c = config(&pairs);
    let mut p = permit(USDG);
    p.amount = crate::x402::u256::U256::from_u64(5_000_000);
    p.spender = crate::x402::permit2::UPTO_PROXY;
    p.witness.facilitator = crate::x402::address::Address::parse(FACILITATOR);
    let mut payment = permit2_payment(&p);
    let SignedPayload::Permit2(x) = &mut payment.payload else { unreachable!() };
    x.signature = "c2Vzc2lvbi1zaWduYXR1cmU=".into();
    let mut w = json::Writer::new();
    x.write(&mut w);
    let accepted = r#"{"scheme":"upto","network":"eip155:196","amount":"5000000","asset":"0x4ae46a509f6b1d9056937ba4500cb143933d2dc8","payTo":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","maxTimeoutSeconds":300,"extra":{"assetTransferMethod":"permit2","facilitatorAddress":"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC","sessionCert":"Y2VydA=="}}"#;
    let doc = format!(r#"{{"x402Version":2,"accepted":{accepted},"payload":{}}}"#, w.finish());
    let decoded = decode_payment_json(doc.as_bytes()).unwrap();
    let req = c.requirements("https://x.test/functions/paid");
    let paid = verify(&decoded, &req, NOW).unwrap();
    assert_eq!(paid.contract_signer, None);
    let mut f = PaymentFlow::new(Presented {
        face: Face::Paywall,
        config: Rc::new(c),
        paid,
        requirements: None,
        expired: false,
        endpoint: "/functions/paid".into(),
        summary: "POST /functions/paid".into(),
        token: "11111111-1111-4111-8111-111111111111".into(),
        settler_key: String::new(),
    });
    f.start(NOW_MS);
    let Effect::Http { request, .. } = f.resume(ok(&claimed("new")), NOW_MS) else { panic!() };
    let body = json::parse(request.body.as_bytes()).unwrap();
    let payload = body.get("paymentPayload").unwrap();
    assert_eq!(s(payload.get("accepted").unwrap().get("extra").unwrap(), "sessionCert"), "Y2VydA==");
    assert_eq!(s(payload.get("payload").unwrap(), "signature"), "c2Vzc2lvbi1zaWduYXR1cmU=", "the signature as sent");
    assert_eq!(body.get("paymentRequirements").unwrap().get("extra").unwrap().get("sessionCert"), None);
    // Anyone but OKX cannot check it: refused before anything is written.
    let direct = config(&metered_pairs(&[("X402_SETTLER", "direct"), ("RPC_URL", "https://rpc.test")]));
    let e = verify(&decoded, &direct.requirements("https://x.test/functions/paid"), NOW).unwrap_err();
    assert_eq!(e.reason(), "invalid_permit2_signature");
    assert!(e.text().contains("sessionCert"), "{}", e.text());
    // Without its certificate the same signature is simply malformed.
    let bare = doc.replace(r#","sessionCert":"Y2VydA==""#, "");
    assert!(verify(&decode_payment_json(bare.as_bytes()).unwrap(), &req, NOW).is_err());
}

#[test]
fn a_facilitators_metered_settle_records_its_charge_before_sending_and_a_recorded_one_stands() {
    let mut f = metered_at(Face::Settle, Some("6000"), &[]);
    f.start(NOW_MS);
    let (call, p) = ledger(&f.resume(ok(&claimed("new")), NOW_MS));
    assert_eq!((call, s(&p, "outcome"), s(&p, "charged")), ("x402_record", "charge", "6000"), "recorded before anything is sent");
    let e = f.resume(ok(r#"{"state":"pending"}"#), NOW_MS);
    assert_eq!(http(&e), (Target::Facilitator, "verify"));
    // Another presentation recorded 4000 first: that charge is the one settled.
    let mut f = metered_at(Face::Settle, Some("6000"), &[]);
    f.start(NOW_MS);
    f.resume(ok(&claimed("new")), NOW_MS);
    f.resume(ok(r#"{"state":"conflict","charged":"4000"}"#), NOW_MS);
    let e = f.resume(ok(&okx(&format!("[{VERIFIED}]"))), NOW_MS);
    let Effect::Http { request, .. } = &e else { panic!() };
    assert!(request.body.contains(r#""amount":"4000""#), "{}", request.body);
    // A row that recorded its charge: retried for it, whatever this settle names.
    let mut f = metered_at(Face::Settle, Some("9000"), &[]);
    f.start(NOW_MS);
    let (_, p) = ledger(&f.resume(ok(&format!(r#"{{"state":"retry","id":"{ROW}","charged":"6000"}}"#)), NOW_MS));
    assert_eq!((s(&p, "outcome"), s(&p, "charged")), ("charge", "6000"));
    // Nothing to charge: settled with no transaction.
    let mut f = metered_at(Face::Settle, Some("0"), &[]);
    f.start(NOW_MS);
    let (_, p) = ledger(&f.resume(ok(&claimed("new")), NOW_MS));
    assert_eq!((s(&p, "outcome"), s(&p, "charged"), s(&p, "txHash")), ("settled", "0", ""));
}
