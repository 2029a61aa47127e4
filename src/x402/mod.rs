//! x402 payments: wire models, EIP-712, local verification, OKX facilitator.
//!
//! A paid request is a short conversation with JS, which does the I/O:
//! 1. [`check`] answers a request without (or with a bad) payment header with a reply,
//!    or returns the [`VerifiedPayment`].
//! 2. [`facilitator_request`] builds the OKX `/verify` and `/settle` calls (and
//!    [`status_request`] the `/settle/status` poll); [`okx::response::parse`] reads answers.
//! 3. [`reply::paid_headers`] and [`settlement::ledger_row`] finish a paid response;
//!    [`reply::reject`] answers any failure on the way.

pub mod address;
pub mod assets;
pub mod challenge;
pub mod codec;
pub mod config;
pub mod eip712;
pub mod error;
pub mod evm;
pub mod facilitator;
pub mod model;
pub mod network;
pub mod okx;
pub mod recover;
pub mod reply;
pub mod rpc;
pub mod requirements;
pub mod settlement;
pub mod timestamp;
pub mod u256;
pub mod verify;

pub use config::{Facilitator, PaywallConfig};
pub use error::{ErrorInfo, FacilitatorOp, X402Error};
pub use reply::Reply;
pub use verify::VerifiedPayment;

use okx::HttpRequest;

/// What to do with an incoming request.
#[derive(Debug)]
pub enum Check {
    Paid(Box<VerifiedPayment>),
    Respond(Reply),
}

/// Decodes and verifies the payment header of a request for `resource_url` at unix time
/// `now` (seconds). `PAYMENT-SIGNATURE` (v2 name) wins over `X-PAYMENT` (v1 name); a
/// blank header counts as absent.
pub fn check(
    config: &PaywallConfig,
    payment_signature: Option<&str>,
    x_payment: Option<&str>,
    resource_url: &str,
    now: u64,
) -> Check {
    let req = config.requirements(resource_url);
    let Some(header) = present(payment_signature).or(present(x_payment)) else {
        return Check::Respond(reply::challenge(&req));
    };
    match model::decode_payment_header(header).and_then(|p| verify::verify(&p, &req, now)) {
        Ok(paid) => Check::Paid(Box::new(paid)),
        Err(e) => Check::Respond(reply::reject(&req, &e.info(), None)),
    }
}

fn present(h: Option<&str>) -> Option<&str> {
    h.map(str::trim).filter(|h| !h.is_empty())
}

/// The OKX `/verify` or `/settle` call for a verified payment, signed at `now_ms`.
pub fn facilitator_request(
    config: &PaywallConfig,
    op: FacilitatorOp,
    payment: &VerifiedPayment,
    now_ms: u64,
) -> Result<HttpRequest, X402Error> {
    let okx = okx_config(config)?;
    let req = config.requirements(&payment.resource);
    match op {
        FacilitatorOp::Verify => Ok(okx::verify_request(okx, &req, payment, now_ms)),
        FacilitatorOp::Settle => Ok(okx::settle_request(okx, &req, payment, now_ms)),
        FacilitatorOp::Supported | FacilitatorOp::SettleStatus => {
            Err(X402Error::Misconfigured("this facilitator call takes no payment"))
        }
    }
}

/// The OKX `/settle/status` poll for a pending settlement.
pub fn status_request(config: &PaywallConfig, tx_hash: &str, now_ms: u64) -> Result<HttpRequest, X402Error> {
    okx::status_request(okx_config(config)?, tx_hash, now_ms)
}

/// On-chain checks (a replayed USDG authorization moves nothing yet succeeds): which JSON-RPC call to make.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RpcCheck {
    /// Before settling: `authorizationState(payer, nonce)` must be false.
    AuthorizationState,
    /// After settling: the receipt must carry the `Transfer(payer, payTo, value)` log.
    Receipt,
}

/// The JSON-RPC request for `check` (`tx_hash` is used by `Receipt` only).
pub fn rpc_request(config: &PaywallConfig, check: RpcCheck, payment: &VerifiedPayment, tx_hash: &str) -> Result<HttpRequest, X402Error> {
    let url = config.rpc_url.as_deref().ok_or(X402Error::Misconfigured("no JSON-RPC node for this network: set X402_RPC_URL"))?;
    match check {
        RpcCheck::AuthorizationState => rpc::authorization_state_request(url, payment),
        RpcCheck::Receipt => rpc::receipt_request(url, tx_hash),
    }
    .ok_or(X402Error::Misconfigured("malformed payment summary or transaction hash"))
}

/// Reads the answer to [`rpc_request`]: `Verified` (authorization unused), `Settled`,
/// `Pending` (no receipt yet) or `Failed`.
pub fn rpc_outcome(config: &PaywallConfig, check: RpcCheck, body: &str, payment: &VerifiedPayment, tx_hash: &str) -> okx::response::Outcome {
    use okx::response::Outcome;
    match check {
        RpcCheck::AuthorizationState => match rpc::check_authorization_state(body) {
            Ok(()) => Outcome::Verified { payer: Some(payment.payer.clone()) },
            Err(e) => Outcome::Failed(e),
        },
        RpcCheck::Receipt => rpc::check_receipt(body, tx_hash, payment, &config.requirements(&payment.resource)),
    }
}

fn okx_config(config: &PaywallConfig) -> Result<&config::OkxConfig, X402Error> {
    match &config.facilitator {
        Facilitator::Okx(okx) => Ok(okx),
        Facilitator::Mock => Err(X402Error::Misconfigured("mock mode (MOCK_OKX_FACILITATOR) calls no facilitator")),
        Facilitator::Direct { .. } => Err(X402Error::Misconfigured("X402_SETTLER=direct settles on chain, not through OKX")),
    }
}

#[cfg(test)]
mod tests {
    use super::config::tests::config;
    use super::model::tests::b64;
    use super::verify::tests::{auth, req, v1_payment, NOW};
    use super::*;

    fn header(p: &model::Payment) -> String {
        let mut w = crate::json::Writer::new();
        model::write_payload_v1(&mut w, &p.scheme, &p.network, &p.payload);
        b64(&w.finish())
    }

    #[test]
    fn check_flow() {
        let c = config(&[]);
        let url = "https://x.test/functions/paid";
        let good = header(&v1_payment(auth()));
        for (sig, x) in [(Some(good.as_str()), None), (None, Some(good.as_str())), (Some(" "), Some(good.as_str())), (Some(good.as_str()), Some("junk"))] {
            assert!(matches!(check(&c, sig, x, url, NOW), Check::Paid(_)), "{sig:?} {x:?}");
        }
        let Check::Respond(r) = check(&c, None, Some(""), url, NOW) else { panic!() };
        assert!(r.status == 402 && r.body.contains(challenge::PAYMENT_MISSING));
        let Check::Respond(r) = check(&c, Some("junk"), Some(&good), url, NOW) else { panic!() };
        assert!(r.status == 402 && r.body.contains("invalid_payload"));
        let Check::Respond(r) = check(&c, Some(&good), None, url, NOW + 100) else { panic!() };
        assert!(r.body.contains("valid_before"));
    }

    #[test]
    fn facilitator_requests_need_okx() {
        let paid = verify::verify(&v1_payment(auth()), &req(), NOW).unwrap();
        let c = config(&[]);
        let r = facilitator_request(&c, FacilitatorOp::Settle, &paid, 0).unwrap();
        assert!(r.body.contains("https://x.test/functions/paid"));
        assert!(facilitator_request(&c, FacilitatorOp::SettleStatus, &paid, 0).is_err());
        let mock = config(&[("MOCK_OKX_FACILITATOR", "1")]);
        assert!(matches!(facilitator_request(&mock, FacilitatorOp::Verify, &paid, 0), Err(X402Error::Misconfigured(_))));
        assert!(status_request(&mock, &format!("0x{}", "1".repeat(64)), 0).is_err());
        assert!(status_request(&c, &format!("0x{}", "1".repeat(64)), 0).is_ok());
    }

    #[test]
    fn rpc_checks_need_a_node() {
        let paid = verify::verify(&v1_payment(auth()), &req(), NOW).unwrap();
        let c = config(&[]);
        let r = rpc_request(&c, RpcCheck::AuthorizationState, &paid, "").unwrap();
        assert!(r.url == "https://rpc.xlayer.tech" && r.body.contains("0xe94a0102"));
        assert!(rpc_request(&c, RpcCheck::Receipt, &paid, "0x12").is_err());
        let unused = format!(r#"{{"result":"0x{}"}}"#, "0".repeat(64));
        assert!(matches!(rpc_outcome(&c, RpcCheck::AuthorizationState, &unused, &paid, ""), okx::response::Outcome::Verified { .. }));
        let used = format!(r#"{{"result":"0x{}1"}}"#, "0".repeat(63));
        assert_eq!(
            rpc_outcome(&c, RpcCheck::AuthorizationState, &used, &paid, ""),
            okx::response::Outcome::Failed(X402Error::NonceAlreadyUsed)
        );
        let base = config(&[("X402_NETWORK", "eip155:8453"), ("X402_ASSET", "USDC")]);
        assert!(matches!(rpc_request(&base, RpcCheck::Receipt, &paid, &format!("0x{}", "1".repeat(64))), Err(X402Error::Misconfigured(_))));
    }
}
