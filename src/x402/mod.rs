//! x402 payments: wire models, EIP-712, local verification, settlement.
//!
//! A request's whole life belongs to [`flow`]: it [`check`]s the payment headers locally, claims
//! the payment in the ledger, settles it through [`settle`] (one [`settle::Settler`] per
//! backend: OKX, direct on chain, mock; one [`settle::Outcome`]), proves what became of it
//! ([`settle::proof`]), records the outcome and answers with a [`reply`]. `evm` holds the
//! chain's mechanics (ABI, RLP, transactions, JSON-RPC, logs, domains).

#[allow(unused_imports)]
use crate::prelude::*;

pub mod address;
pub mod assets;
pub mod challenge;
pub mod codec;
pub mod config;
pub mod discovery;
pub mod eip712;
pub mod error;
pub mod evm;
pub mod facilitator;
pub mod flow;
pub mod model;
pub mod network;
pub mod payment_id;
pub mod permit2;
pub mod reason;
pub mod recover;
pub mod reply;
pub mod requirements;
pub mod settle;
pub mod siwx;
pub mod timestamp;
pub mod u256;
pub mod upto;
pub mod verify;

pub use config::PaywallConfig;
pub use crate::http::HttpError;
pub use error::{FacilitatorOp, X402Error};
pub use reply::Reply;
pub use verify::VerifiedPayment;

/// What to do with an incoming request.
#[derive(Debug)]
pub enum Check {
    Paid(Box<VerifiedPayment>),
    /// Signed by its payer for our requirements, but past its window: only a payment the
    /// ledger already holds can still be served.
    Expired(Box<VerifiedPayment>),
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
    let mut req = config.requirements(resource_url);
    req.siwx = flow::siwx::declare(config, resource_url, now);
    let Some(header) = present(payment_signature).or(present(x_payment)) else {
        return Check::Respond(reply::challenge(&req));
    };
    match model::decode_payment_header(header).and_then(|p| verify::verify_signed(&p, &req, now)) {
        Ok((paid, Ok(()))) => Check::Paid(Box::new(paid)),
        Ok((paid, Err(e))) if e.is_expired() => Check::Expired(Box::new(paid)),
        Ok((_, Err(e))) | Err(e) => Check::Respond(reply::reject(&req, &e.info(), None)),
    }
}

fn present(h: Option<&str>) -> Option<&str> {
    h.map(str::trim).filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::config::tests::config;
    use super::model::tests::b64;
    use super::verify::tests::{auth, v1_payment, NOW};
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
        assert!(matches!(check(&c, Some(&good), None, url, NOW + 100), Check::Expired(_)));
    }
}
