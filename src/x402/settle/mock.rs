//! Mock mode: verifies nothing more than the local checks, settles nothing; the "hash" is
//! derived from (payer, nonce) and marked `mock:`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::codec;
use crate::x402::eip712::keccak256;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::{Outcome, Proof, Settler, Step, Verb};

/// Marks a mock settlement's "hash" wherever it appears (ledger, PAYMENT-RESPONSE), so a mock
/// receipt can never pass for an on-chain one.
pub const MOCK_TX_PREFIX: &str = "mock:";

/// Mock mode invents no randomness: the hash is derived from (payer, nonce), so a replayed
/// authorization gets the same hash and trips the ledger's UNIQUE(tx_hash).
pub fn mock_tx_hash(payment: &VerifiedPayment) -> String {
    let mut input = b"x402-mock:".to_vec();
    input.extend_from_slice(payment.payer.as_bytes());
    input.push(b':');
    input.extend_from_slice(payment.nonce.as_bytes());
    codec::cat(&[MOCK_TX_PREFIX, &codec::to_0x_hex(&keccak256(&input))])
}

pub struct MockSettler {
    outcome: Option<Outcome>,
}

impl MockSettler {
    pub fn new(payment: &VerifiedPayment, verb: &Verb) -> MockSettler {
        let outcome = match verb {
            Verb::Verify | Verb::Balance => Outcome::Verified { payer: Some(payment.payer.clone()) },
            Verb::Settle | Verb::Resolve { .. } | Verb::Prove { .. } | Verb::Replace(_) | Verb::Fill { .. } => Outcome::Settled { tx_hash: mock_tx_hash(payment), proof: Proof::Mock },
        };
        MockSettler { outcome: Some(outcome) }
    }
}

impl Settler for MockSettler {
    fn next(&mut self, _now_ms: u64) -> Step {
        self.outcome.take().map_or_else(super::okx::ended, Step::Done)
    }
    fn answer(&mut self, _status: u16, _body: &str, now_ms: u64) -> Step {
        self.next(now_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
    use crate::x402::verify::verify;

    fn paid() -> VerifiedPayment {
        verify(&v1_payment(auth()), &req(), NOW).unwrap()
    }

    #[test]
    fn mock_hash_is_per_authorization() {
        let a = paid();
        let h = mock_tx_hash(&a);
        assert!(h.starts_with("mock:0x") && h.len() == 5 + 66, "{h}");
        assert!(codec::parse_0x_hex::<32>(&h[MOCK_TX_PREFIX.len()..]).is_some());
        assert_eq!(mock_tx_hash(&a), h);
        let mut b = a.clone();
        b.nonce = format!("0x{}", "cd".repeat(32));
        assert_ne!(mock_tx_hash(&b), h);
        let mut c = a;
        c.payer = "0x0000000000000000000000000000000000000001".into();
        assert_ne!(mock_tx_hash(&c), h);
    }
}
