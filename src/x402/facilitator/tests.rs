//! The facilitator's rules, wire format and answers.

use crate::x402::config::tests::RECIPIENT;
use crate::x402::eip712::domain_separator;
use crate::x402::model::Authorization;
use crate::x402::error::X402Error;
use crate::x402::verify::tests::{auth, sign, NOW};
use super::*;
use super::answer::*;
use serde_json::{json, Value};

const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
const OTHER: &str = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

fn env(pairs: &[(&str, &str)]) -> Vec<(String, Json)> {
    let mut m = serde_json::Map::new();
    for (k, v) in [("PAYMENT_RECIPIENT", RECIPIENT), ("OKX_API_KEY", "key"), ("OKX_SECRET_KEY", "test-secret"), ("OKX_PASSPHRASE", "pass")] {
        m.insert(k.into(), v.into());
    }
    for (k, v) in pairs {
        if v.is_empty() {
            m.remove(*k);
        } else {
            m.insert((*k).into(), (*v).into());
        }
    }
    crate::json::entries(&Value::Object(m))
}

fn config(pairs: &[(&str, &str)]) -> FacilitatorConfig {
    FacilitatorConfig::from_env(&env(pairs)).unwrap()
}

/// The verify tests' requirements (USDG, 1000, RECIPIENT, 60 s) in v2 wire shape.
fn wire_v2() -> Value {
    json!({"scheme": "exact", "network": "eip155:196", "amount": "1000", "asset": USDG, "payTo": RECIPIENT,
        "maxTimeoutSeconds": 60, "extra": {"name": "Global Dollar", "version": "1"}})
}

fn wire_v1() -> Value {
    json!({"scheme": "exact", "network": "eip155:196", "maxAmountRequired": "1000", "resource": "https://x.test/functions/paid",
        "description": "", "mimeType": "application/json", "payTo": RECIPIENT, "maxTimeoutSeconds": 60, "asset": USDG,
        "extra": {"name": "Global Dollar", "version": "1"}})
}

fn req_of(c: &FacilitatorConfig, wire: &Value, version: u8) -> Requirements {
    requirements(c, &parse_requirements(&crate::json::from_serde(wire), version).unwrap()).unwrap()
}

fn signed(a: &Authorization, req: &Requirements) -> Value {
    json!({"signature": sign(a, req), "authorization": {"from": a.from, "to": a.to, "value": a.value,
        "validAfter": a.valid_after, "validBefore": a.valid_before, "nonce": a.nonce}})
}

fn body_v1(a: &Authorization) -> Value {
    let c = config(&[]);
    let payload = signed(a, &req_of(&c, &wire_v1(), 1));
    json!({"x402Version": 1, "paymentPayload": {"x402Version": 1, "scheme": "exact", "network": "eip155:196", "payload": payload},
        "paymentRequirements": wire_v1()})
}

fn body_v2(a: &Authorization) -> Value {
    let c = config(&[]);
    let payload = signed(a, &req_of(&c, &wire_v2(), 2));
    json!({"x402Version": 2, "paymentPayload": {"x402Version": 2, "resource": {"url": "https://x.test/r"}, "accepted": wire_v2(), "payload": payload},
        "paymentRequirements": wire_v2()})
}

/// What the facilitator's verify answers: a payment past its window is refused (its settle
/// asks the ledger first: see `expired_payments_are_accepted_for_a_ledger_lookup`).
fn run(c: &FacilitatorConfig, body: &Value) -> Result<Accepted, Refusal> {
    match check(c, &body.to_string(), NOW, Op::Settle) {
        Ok(a) if a.expired => Err(failed(Some(&a.payment), &X402Error::Expired.info())),
        other => other,
    }
}

#[test]
fn expired_payments_are_accepted_for_a_ledger_lookup() {
    let c = config(&[]);
    let mut a = auth();
    a.valid_before = (NOW + 3).to_string();
    let accepted = check(&c, &body_v1(&a).to_string(), NOW, Op::Settle).unwrap();
    assert!(accepted.expired);
    assert!(!check(&c, &body_v1(&auth()).to_string(), NOW, Op::Settle).unwrap().expired);
    // Any other window fault is a refusal, and a bad signature past its window too.
    let mut early = auth();
    early.valid_after = (NOW + 100).to_string();
    assert!(check(&c, &body_v1(&early).to_string(), NOW, Op::Settle).is_err());
    let mut forged = body_v1(&a);
    forged["paymentPayload"]["payload"]["signature"] = json!(format!("0x{}1b", "11".repeat(64)));
    assert!(check(&c, &forged.to_string(), NOW, Op::Settle).is_err());
}

fn reason(c: &FacilitatorConfig, body: &Value) -> (u16, String) {
    let r = run(c, body).unwrap_err();
    (r.status, r.reason.to_owned())
}

#[test]
fn accepts_v1_and_v2() {
    let c = config(&[]);
    let a = run(&c, &body_v1(&auth())).unwrap();
    assert_eq!(a.payment.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    assert_eq!(a.payment.resource, "https://x.test/functions/paid");
    assert_eq!(a.payment.x402_version, 1);
    assert!(!a.mock);
    let a = run(&c, &body_v2(&auth())).unwrap();
    assert_eq!((a.payment.x402_version, a.payment.resource.as_str()), (2, "https://x.test/r"));
    assert_eq!((a.mock, a.requirements.network().as_str(), a.config.chain_id), (false, "eip155:196", 196));
    assert_eq!(a.payment.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    // extra may be left out: the table supplies the domain.
    let mut b = body_v1(&auth());
    b["paymentRequirements"].as_object_mut().unwrap().remove("extra");
    assert!(run(&c, &b).is_ok());
    assert!(config(&[("MOCK_OKX_FACILITATOR", "true"), ("OKX_API_KEY", "")]).is_mock());
}

#[test]
fn paywall_env_reproduces_the_requirements() {
    let c = config(&[("X402_PRICE", "5"), ("X402_ASSET_NAME", "junk"), ("X402_ASSET", "0x1111111111111111111111111111111111111111"), ("X402_ASSET_VERSION", "9")]);
    let secrets = env(&[("X402_PRICE", "5"), ("X402_ASSET_NAME", "junk"), ("X402_ASSET", "0x1111111111111111111111111111111111111111"), ("X402_ASSET_VERSION", "9")]);
    let from_env = |req: &Requirements, secrets: &[(String, Json)]| {
        PaywallConfig::from_env(&crate::json::parse_object(c.paywall_env(req, secrets).as_bytes()).unwrap()).unwrap()
    };
    let a = run(&c, &body_v1(&auth())).unwrap();
    let pc = from_env(&a.requirements, &secrets);
    assert_eq!(pc, a.config, "built directly, the same configuration as the paywall loader's");
    assert_eq!(pc.requirements(&a.payment.resource), a.requirements);
    assert_eq!(pc.backend, c.base.backend);
    // A described v2 payment, and the JSON-RPC nodes: RPC_URL's, whatever the backend.
    let mut b = body_v2(&auth());
    b["paymentRequirements"]["description"] = " Premium ".into();
    b["paymentPayload"]["accepted"]["description"] = " Premium ".into();
    let a = run(&c, &b).unwrap();
    assert_eq!((a.config.description.as_str(), a.config.rpc_urls.len()), ("Premium", 0));
    assert_eq!(from_env(&a.requirements, &secrets), a.config);
    for pairs in [vec![("RPC_URL", "https://node.example/v1")], vec![("RPC_URL", "https://node.example/v1"), ("X402_NETWORK", "eip155:8453"), ("X402_ASSET", "USDC")]] {
        let direct = config(&pairs);
        let secrets = env(&pairs);
        let mut w = wire_v2();
        w["network"] = "eip155:8453".into();
        w["asset"] = "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913".into();
        w["extra"] = json!({"name": "USD Coin", "version": "2"});
        let req = req_of(&direct, &w, 2);
        assert_eq!(direct.paywall_config(&req), PaywallConfig::from_env(&crate::json::parse_object(direct.paywall_env(&req, &secrets).as_bytes()).unwrap()).unwrap());
        assert_eq!(direct.paywall_config(&req).rpc_urls, ["https://node.example/v1"]);
    }
    let base = req_of(&c, &json!({"scheme": "exact", "network": "eip155:8453", "amount": "1", "asset": "0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913", "payTo": RECIPIENT, "maxTimeoutSeconds": 60}), 2);
    assert!(c.paywall_config(&base).rpc_urls.is_empty());
    // A custom asset carries its domain.
    let token = "0x1111111111111111111111111111111111111111";
    let mut w = wire_v2();
    w["asset"] = token.into();
    w["extra"] = json!({"name": "junk", "version": "9"});
    let req = req_of(&c, &w, 2);
    let pc = from_env(&req, &secrets);
    assert_eq!(pc, c.paywall_config(&req));
    assert_eq!(pc.requirements(""), Requirements { resource: String::new(), ..req.clone() });
    assert_eq!(req.asset.domain_separator, domain_separator("junk", "9", 196, &Address::parse(token).unwrap()));
}

#[test]
fn allow_list() {
    // Default: PAYMENT_RECIPIENT.
    let c = config(&[]);
    assert_eq!(c.pay_to, vec![Address::parse(RECIPIENT).unwrap()]);
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["payTo"] = OTHER.into();
    assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
    let r = run(&c, &b).unwrap_err();
    assert!(r.message.contains("payTo"), "{}", r.message);
    assert_eq!(r.payer.as_deref(), Some("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
    // An explicit list replaces the default.
    let c = config(&[(PAY_TO_KEY, &format!(" {OTHER} , {}", RECIPIENT.to_ascii_lowercase()))]);
    assert_eq!(c.pay_to.len(), 2);
    assert!(run(&c, &body_v1(&auth())).is_ok());
    let c = config(&[(PAY_TO_KEY, OTHER)]);
    assert_eq!(reason(&c, &body_v1(&auth())).1, "invalid_payment_requirements");
    let c = config(&[(PAY_TO_KEY, OTHER), ("PAYMENT_RECIPIENT", "")]);
    assert_eq!(c.pay_to.len(), 1);
}

#[test]
fn configuration_errors() {
    let e = FacilitatorConfig::from_env(&env(&[("PAYMENT_RECIPIENT", "")])).unwrap_err();
    assert_eq!((e.status_code, e.error), (500, "missing_secret"));
    assert!(e.message.contains(PAY_TO_KEY) && e.message.contains("PAYMENT_RECIPIENT"));
    for bad in ["0x12", "0x0000000000000000000000000000000000000000", &format!("{RECIPIENT},"), &format!("{RECIPIENT};{OTHER}")] {
        let e = FacilitatorConfig::from_env(&env(&[(PAY_TO_KEY, bad)])).unwrap_err();
        assert_eq!(e.error, "invalid_secret", "{bad}");
        assert!(e.message.starts_with(PAY_TO_KEY));
    }
    let e = FacilitatorConfig::from_env(&env(&[("PAYMENT_RECIPIENT", "nope")])).unwrap_err();
    assert!(e.message.starts_with("PAYMENT_RECIPIENT"));
    let many = vec![RECIPIENT; 65].join(",");
    assert!(FacilitatorConfig::from_env(&env(&[(PAY_TO_KEY, &many)])).is_ok(), "duplicates collapse");
    // OKX keys are required unless mock; X402_PRICE is not needed.
    let e = FacilitatorConfig::from_env(&env(&[("OKX_SECRET_KEY", "")])).unwrap_err();
    assert_eq!(e.message, "OKX_SECRET_KEY is not set");
    let e = FacilitatorConfig::from_env(&env(&[("OKX_API", "v9")])).unwrap_err();
    assert_eq!(e.error, "invalid_secret");
    let r = config_refusal(&e);
    assert_eq!(r.status, 500);
    let v: Value = serde_json::from_str(&r.verify_body()).unwrap();
    assert_eq!((v["isValid"].as_bool(), v["statusCode"].as_i64(), v["error"].as_str()), (Some(false), Some(500), Some("invalid_secret")));
}

#[test]
fn unknown_networks_and_assets() {
    let c = config(&[]);
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["asset"] = "0x1111111111111111111111111111111111111111".into();
    assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
    b["paymentRequirements"]["asset"] = "USDG".into();
    assert_eq!(reason(&c, &b).1, "invalid_payment_requirements");
    // USDG's address is unknown on Base.
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["network"] = "eip155:8453".into();
    assert_eq!(reason(&c, &b).1, "invalid_payment_requirements");
    b["paymentRequirements"]["network"] = "eip155:1".into();
    assert_eq!(reason(&c, &b).1, "invalid_network");
    b["paymentRequirements"]["network"] = "solana".into();
    assert_eq!(reason(&c, &b).1, "invalid_network");
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["scheme"] = "upto".into();
    assert_eq!(reason(&c, &b).1, "invalid_scheme");
    // Known assets of other chains are accepted (Base Sepolia USDC).
    let mut w = wire_v2();
    w["network"] = "eip155:84532".into();
    w["asset"] = "0x036CbD53842c5426634e7929541eC2318f3dCF7e".into();
    w["extra"] = json!({"name": "USDC", "version": "2"});
    let req = req_of(&c, &w, 2);
    assert_eq!((req.chain_id, req.asset.name.as_str()), (84532, "USDC"));
    // The configured custom asset is known; other unknown tokens are not.
    let token = "0x2222222222222222222222222222222222222222";
    let c2 = config(&[("X402_ASSET", token), ("X402_ASSET_NAME", "Tok"), ("X402_ASSET_VERSION", "3")]);
    let mut w = wire_v2();
    w["asset"] = token.into();
    w["extra"] = json!({"name": "Tok", "version": "3"});
    assert_eq!(req_of(&c2, &w, 2).asset.name, "Tok");
    assert!(requirements(&c, &parse_requirements(&crate::json::from_serde(&w), 2).unwrap()).is_err());
    // The configured network counts as supported.
    let c3 = config(&[("X402_NETWORK", "eip155:1"), ("X402_ASSET", token), ("X402_ASSET_NAME", "Tok"), ("X402_ASSET_VERSION", "3")]);
    w["network"] = "eip155:1".into();
    assert_eq!(req_of(&c3, &w, 2).chain_id, 1);
}

#[test]
fn domain_must_match_the_table() {
    let c = config(&[]);
    for (name, version) in [("USDG", "1"), ("Global Dollar", "2"), ("USDG", "2")] {
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["extra"] = json!({"name": name, "version": version});
        let r = run(&c, &b).unwrap_err();
        assert_eq!((r.status, r.reason), (200, "invalid_payment_requirements"), "{name}/{version}");
        assert!(r.message.contains("EIP-712"));
    }
    // Only one of the two given, matching: fine.
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["extra"] = json!({"name": "Global Dollar"});
    assert!(run(&c, &b).is_ok());
    b["paymentRequirements"]["extra"] = json!({"name": 5});
    assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
    b["paymentRequirements"]["extra"] = json!("Global Dollar");
    assert_eq!(reason(&c, &b).0, 400);
}

#[test]
fn local_verify_rules_apply() {
    let c = config(&[]);
    // Signed for another domain (the SDK's "USDG"/"2").
    let mut other = req_of(&c, &wire_v1(), 1);
    other.asset.domain_separator = domain_separator("USDG", "2", 196, &other.asset.address);
    let mut b = body_v1(&auth());
    b["paymentPayload"]["payload"]["signature"] = sign(&auth(), &other).into();
    assert_eq!(reason(&c, &b), (200, "invalid_exact_evm_payload_signature".into()));
    let mut a = auth();
    a.value = "999".into();
    let mut b = body_v1(&a);
    assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
    b = body_v1(&auth());
    b["paymentRequirements"]["maxAmountRequired"] = "999".into();
    assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
    let mut a = auth();
    a.to = OTHER.into();
    assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_recipient_mismatch");
    let mut a = auth();
    a.valid_before = (NOW + 3).to_string();
    assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_authorization_valid_before");
    let mut a = auth();
    a.valid_after = (NOW + 1).to_string();
    assert_eq!(reason(&c, &body_v1(&a)).1, "invalid_exact_evm_payload_authorization_valid_after");
    // The caller's maxTimeoutSeconds does not bound validBefore (the official facilitators'
    // rule): validBefore = now + 60 passes requirements of 30 s.
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["maxTimeoutSeconds"] = 30.into();
    assert!(run(&c, &b).is_ok());
    // The payload's network must be the requirements'.
    let mut b = body_v1(&auth());
    b["paymentPayload"]["network"] = "eip155:8453".into();
    assert_eq!(reason(&c, &b).1, "invalid_network");
    // v2 accepted must restate the requirements.
    let mut b = body_v2(&auth());
    b["paymentPayload"]["accepted"]["amount"] = "1".into();
    assert_eq!(reason(&c, &b).1, "invalid_exact_evm_payload_authorization_value");
    let r = run(&c, &b).unwrap_err();
    assert_eq!((r.network.as_str(), r.payer.is_some()), ("eip155:196", true));
    // Amount and timeout sanity.
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["maxAmountRequired"] = "0".into();
    assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()));
    for t in [0, 6, 3601] {
        let mut b = body_v1(&auth());
        b["paymentRequirements"]["maxTimeoutSeconds"] = t.into();
        assert_eq!(reason(&c, &b), (200, "invalid_payment_requirements".into()), "{t}");
    }
}

#[test]
fn strict_parsing() {
    let c = config(&[]);
    let good = body_v1(&auth()).to_string();
    for (bad, status, why) in [
        ("".to_string(), 400, "invalid_payload"),
        ("[]".into(), 400, "invalid_payload"),
        ("{".into(), 400, "invalid_payload"),
        (good.replacen("{", "{\"x402Version\":1,", 1), 400, "invalid_payload"),
        (good.replacen("\"x402Version\":1", "\"x402Version\":3", 1), 400, "invalid_x402_version"),
        (good.replacen("\"x402Version\":1", "\"x402Version\":\"1\"", 1), 400, "invalid_payload"),
        (good.replacen("\"x402Version\":1", "\"x402Version\":1.5", 1), 400, "invalid_x402_version"),
    ] {
        let r = check(&c, &bad, NOW, Op::Settle).unwrap_err();
        assert_eq!((r.status, r.reason), (status, why), "{bad}");
    }
    let mut b = body_v1(&auth());
    b["paymentPayload"]["x402Version"] = 2.into();
    assert_eq!(reason(&c, &b), (400, "invalid_x402_version".into()));
    let mut b = body_v1(&auth());
    b["paymentPayload"]["payload"]["authorization"]["value"] = 1000.into();
    assert_eq!(reason(&c, &b), (400, "invalid_payload".into()));
    let mut b = body_v1(&auth());
    b.as_object_mut().unwrap().remove("paymentPayload");
    assert_eq!(reason(&c, &b), (400, "invalid_payload".into()));
    let mut b = body_v1(&auth());
    b.as_object_mut().unwrap().remove("paymentRequirements");
    assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
    // v1 requirements need maxAmountRequired; v2 need amount.
    let mut b = body_v2(&auth());
    b["paymentRequirements"] = wire_v1();
    assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["maxTimeoutSeconds"] = "60".into();
    assert_eq!(reason(&c, &b).0, 400);
    b["paymentRequirements"]["maxTimeoutSeconds"] = 60.5.into();
    assert_eq!(reason(&c, &b).0, 400);
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["resource"] = "x".repeat(MAX_RESOURCE_LEN + 1).into();
    assert_eq!(reason(&c, &b), (400, "invalid_payment_requirements".into()));
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["payTo"] = "y".repeat(300).into();
    assert_eq!(reason(&c, &b).0, 400);
    // Size limit.
    let mut b = body_v2(&auth());
    b["paymentPayload"]["extensions"] = "z".repeat(MAX_BODY_LEN).into();
    assert_eq!(reason(&c, &b), (413, "invalid_payload".into()));
    // Unknown members (v2 extensions, outputSchema) are ignored.
    let mut b = body_v2(&auth());
    b["paymentPayload"]["extensions"] = json!({"a": [1, -2, 0.5, null, true]});
    b["paymentRequirements"]["outputSchema"] = json!({"x": 1});
    assert!(run(&c, &b).is_ok());
}

#[test]
fn bodies() {
    let c = config(&[]);
    let a = run(&c, &body_v1(&auth())).unwrap();
    let v: Value = serde_json::from_str(&verified_body(&a.payment)).unwrap();
    assert_eq!(v, json!({"isValid": true, "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"}));
    let v: Value = serde_json::from_str(&settled_body(&a.payment, "0xabc")).unwrap();
    assert_eq!(v, json!({"success": true, "transaction": "0xabc", "network": "eip155:196", "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"}));
    let mut b = body_v1(&auth());
    b["paymentRequirements"]["payTo"] = OTHER.into();
    let r = run(&c, &b).unwrap_err();
    let v: Value = serde_json::from_str(&r.verify_body()).unwrap();
    assert_eq!(v["isValid"], false);
    assert_eq!(v["invalidReason"], "invalid_payment_requirements");
    assert!(v.get("statusCode").is_none(), "200 answers carry no error fields");
    let s: Value = serde_json::from_str(&r.settle_body()).unwrap();
    assert_eq!((s["success"].as_bool(), s["transaction"].as_str(), s["network"].as_str()), (Some(false), Some(""), Some("eip155:196")));
    // Each operation answers with its own body.
    let reply = r.reply(Op::named("verify"));
    assert_eq!((reply.status, reply.body.as_str()), (200, r.verify_body().as_str()));
    assert_eq!(reply.headers, vec![("Content-Type", "application/json".to_owned())]);
    assert_eq!(r.reply(Op::named("settle")).body, r.settle_body());
    // Failures after verification.
    let r = failed(Some(&a.payment), &X402Error::from_io_code("settle_unreachable").info());
    assert_eq!((r.status, r.reason), (503, "unexpected_settle_error"));
    let s: Value = serde_json::from_str(&r.settle_body()).unwrap();
    assert_eq!((s["statusCode"].as_i64(), s["payer"].as_str()), (Some(503), Some("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266")));
    assert!(r.reply(Op::Settle).headers.contains(&("Retry-After", "5".to_owned())));
    let info = |status, reason: &'static str| HttpError::new(status, reason, "m");
    let r = failed(None, &info(402, "insufficient_funds"));
    assert_eq!((r.status, r.reason, r.network.as_str()), (200, "insufficient_funds", ""));
    let r = failed(None, &info(409, "payment_in_progress"));
    assert_eq!(r.status, 409);
    let other = r.reply(Op::named("supported"));
    assert_eq!((other.status, other.body.as_str()), (409, r#"{"error":"payment_in_progress","message":"m","statusCode":409}"#));
    assert_eq!(ok_reply("{}".into()).status, 200);
}

#[test]
fn stored_requirements_give_the_same_env() {
    let c = config(&[]);
    let a = run(&c, &body_v1(&auth())).unwrap();
    let mut w = Writer::new();
    write_requirements(&mut w, &a.requirements);
    let stored = crate::json::parse(w.finish().as_bytes()).unwrap();
    assert_eq!(stored.get("payTo").and_then(Json::as_str), Some(RECIPIENT.to_ascii_lowercase().as_str()));
    assert_eq!(stored.get("resource").and_then(Json::as_str), Some("https://x.test/functions/paid"));
    assert_eq!(c.paywall_config(&stored_requirements(&c, &stored).unwrap()), a.config);
    // Re-checked: a recipient removed from the allow-list no longer qualifies.
    let c2 = config(&[(PAY_TO_KEY, OTHER)]);
    assert_eq!(stored_requirements(&c2, &stored).unwrap_err().reason, "invalid_payment_requirements");
    assert_eq!(stored_requirements(&c, &Json::Arr(vec![])).unwrap_err().status, 400);
}

#[test]
fn supported_kinds() {
    let v: Value = serde_json::from_str(&supported_body(&config(&[]))).unwrap();
    let kinds = v["kinds"].as_array().unwrap();
    assert!(kinds.contains(&json!({"x402Version": 2, "scheme": "exact", "network": "eip155:196"})));
    assert!(kinds.contains(&json!({"x402Version": 1, "scheme": "exact", "network": "eip155:196"})));
    assert!(kinds.contains(&json!({"x402Version": 1, "scheme": "exact", "network": "x-layer"})));
    assert!(kinds.contains(&json!({"x402Version": 2, "scheme": "exact", "network": "eip155:84532"})));
    assert!(!kinds.iter().any(|k| k["x402Version"] == 2 && k["network"] == "base"));
    assert_eq!(kinds.len(), 3 + 3 + 3);
    let keys = env_keys();
    assert!(keys.split(',').any(|k| k == PAY_TO_KEY) && keys.split(',').any(|k| k == "OKX_API"));
}

/// The window check at the facilitator's call site: the official facilitators' rule, the
/// caller's maxTimeoutSeconds never a cap, our own X402_MAX_VALIDITY_SECONDS the only one.
mod window {
    use super::*;

    fn with(valid_after: u64, valid_before: u64) -> Authorization {
        let mut a = auth();
        (a.valid_after, a.valid_before) = (valid_after.to_string(), valid_before.to_string());
        a
    }

    #[test]
    fn official_client_windows_pass_with_skewed_clocks() {
        let c = config(&[]);
        // Requirements of 300 s (the paywall's default; the official v2 resource server's).
        let timeout = |mut b: Value| {
            b["paymentRequirements"]["maxTimeoutSeconds"] = 300.into();
            if b["x402Version"] == 2 {
                b["paymentPayload"]["accepted"]["maxTimeoutSeconds"] = 300.into();
            }
            b
        };
        for skew in [-60i64, -5, 5, 60] {
            let t = NOW.checked_add_signed(skew).unwrap();
            // v1 / x402-rs: [t − 600, t + 300]; v2: [0, t + 300]; older Go: [t − 600, t + 3600].
            for a in [with(t - 600, t + 300), with(0, t + 300), with(t - 600, t + 3600)] {
                for body in [timeout(body_v1(&a)), timeout(body_v2(&a))] {
                    let r = run(&c, &body);
                    assert!(r.is_ok(), "skew {skew} {:?}: {:?}", (&a.valid_after, &a.valid_before), r.err());
                }
            }
        }
        // With requirements of 60 s a payer a minute behind signs validBefore = now: refused
        // here as by every official facilitator (too late to settle).
        let behind = with(0, NOW - 60 + 60);
        assert_eq!(reason(&c, &body_v2(&behind)).1, "invalid_exact_evm_payload_authorization_valid_before");
    }

    #[test]
    fn only_our_cap_bounds_valid_before() {
        // The caller's requirements say 60 s; an hour is accepted.
        let hour = with(0, NOW + 3600);
        assert!(run(&config(&[]), &body_v2(&hour)).is_ok());
        let capped = config(&[("X402_MAX_VALIDITY_SECONDS", "120")]);
        assert_eq!(reason(&capped, &body_v2(&hour)), (200, "invalid_exact_evm_payload_authorization_valid_before".into()));
        assert!(run(&capped, &body_v2(&with(0, NOW + 120))).is_ok());
        let r = run(&capped, &body_v1(&with(0, NOW + 121))).unwrap_err();
        assert_eq!((r.status, r.reason), (200, "invalid_exact_evm_payload_authorization_valid_before"));
        assert!(r.message.contains("X402_MAX_VALIDITY_SECONDS"), "{}", r.message);
        // The cap survives into the settling configuration and stored requirements.
        let a = run(&capped, &body_v2(&with(0, NOW + 60))).unwrap();
        assert_eq!((a.requirements.max_validity_seconds, a.config.max_validity_seconds), (Some(120), Some(120)));
        assert_eq!(
            FacilitatorConfig::from_env(&env(&[("X402_MAX_VALIDITY_SECONDS", "5")])).unwrap_err().error,
            "invalid_secret"
        );
    }

    #[test]
    fn bounds_and_huge_values() {
        let c = config(&[]);
        assert_eq!(reason(&c, &body_v1(&with(0, NOW + 5))).1, "invalid_exact_evm_payload_authorization_valid_before");
        assert!(run(&c, &body_v1(&with(0, NOW + 6))).is_ok());
        assert!(run(&c, &body_v1(&with(NOW, NOW + 60))).is_ok());
        assert_eq!(reason(&c, &body_v1(&with(NOW + 1, NOW + 60))).1, "invalid_exact_evm_payload_authorization_valid_after");
        assert!(run(&c, &body_v2(&with(0, (1 << 53) - 1))).is_ok());
        let r = run(&c, &body_v2(&with(0, 1 << 53))).unwrap_err();
        assert_eq!((r.status, r.reason), (200, "invalid_exact_evm_payload_authorization_valid_before"));
        assert!(r.message.contains("9007199254740991"), "{}", r.message);
        assert_eq!(reason(&c, &body_v2(&with(0, u64::MAX))).1, "invalid_exact_evm_payload_authorization_valid_before");
    }
}


/// Metered payments through the facilitator: offered with the address that settles them,
/// verified for their ceiling, settled for the requirements' amount (never above the ceiling).
#[test]
fn upto_is_offered_verified_for_its_ceiling_and_settled_for_its_charge() {
    use crate::x402::verify::permit2_tests::{permit, permit2_payment};
    let c = config(&[("X402_UPTO_FACILITATOR", OTHER)]);
    let supported: Value = serde_json::from_str(&supported_body(&c)).unwrap();
    let upto: Vec<&Value> = supported["kinds"].as_array().unwrap().iter().filter(|k| k["scheme"] == "upto").collect();
    assert!(!upto.is_empty() && upto.iter().all(|k| k["x402Version"] == 2 && k["extra"]["facilitatorAddress"] == OTHER.to_lowercase()));
    // Without the setting, no upto kind and upto requirements are refused.
    let plain: Value = serde_json::from_str(&supported_body(&config(&[]))).unwrap();
    assert!(plain["kinds"].as_array().unwrap().iter().all(|k| k["scheme"] == "exact"));

    let mut p = permit(USDG);
    p.amount = crate::x402::u256::U256::from_u64(5_000_000);
    p.spender = crate::x402::permit2::UPTO_PROXY;
    p.witness.facilitator = Address::parse(OTHER);
    let payment = permit2_payment(&p);
    let crate::x402::model::SignedPayload::Permit2(payload) = &payment.payload else { unreachable!() };
    let mut w = crate::json::Writer::new();
    payload.write(&mut w);
    let payload: Value = serde_json::from_str(&w.finish()).unwrap();
    let body = |amount: &str| {
        let wire = json!({"scheme": "upto", "network": "eip155:196", "amount": amount, "asset": USDG, "payTo": RECIPIENT, "maxTimeoutSeconds": 300,
            "extra": {"name": "Global Dollar", "version": "1", "assetTransferMethod": "permit2", "facilitatorAddress": OTHER}});
        let accepted = json!({"scheme": "upto", "network": "eip155:196", "amount": "5000000", "asset": USDG, "payTo": RECIPIENT, "maxTimeoutSeconds": 300,
            "extra": {"name": "Global Dollar", "version": "1", "assetTransferMethod": "permit2", "facilitatorAddress": OTHER}});
        json!({"x402Version": 2, "paymentPayload": {"x402Version": 2, "accepted": accepted, "payload": payload.clone()}, "paymentRequirements": wire}).to_string()
    };
    // Verify: the requirements name the ceiling signed.
    let v = check(&c, &body("5000000"), NOW, Op::Verify).unwrap();
    assert_eq!((v.payment.value.as_str(), v.payment.charged.as_deref()), ("5000000", None));
    // (The payer accepted another amount than these requirements name.)
    assert_eq!(check(&c, &body("1234"), NOW, Op::Verify).unwrap_err().reason, "invalid_exact_evm_payload_authorization_value");
    // Settle: the requirements name the charge, at most the ceiling.
    let s = check(&c, &body("1234"), NOW, Op::Settle).unwrap();
    assert_eq!((s.payment.amount_due(), s.requirements.amount.to_dec_string().as_str()), ("1234", "5000000"));
    assert_eq!(check(&c, &body("0"), NOW, Op::Settle).unwrap().payment.charged.as_deref(), Some("0"));
    assert_eq!(check(&c, &body("5000001"), NOW, Op::Settle).unwrap_err().reason, "invalid_upto_evm_payload_settlement_exceeds_amount");
    let settled: Value = serde_json::from_str(&settled_body(&s.payment, "0xab")).unwrap();
    assert_eq!(settled["amount"], "1234");
    // A facilitator that settles no upto payments says so.
    assert_eq!(check(&config(&[]), &body("1234"), NOW, Op::Settle).unwrap_err().reason, "invalid_scheme");
}
