//! Mock mode: verifies nothing more than the local checks, settles nothing; the "hash" is
//! derived from (payer, nonce) and marked `mock:`.

use crate::x402::settlement::mock_tx_hash;
use crate::x402::verify::VerifiedPayment;
use crate::x402::settle::{Outcome, Proof, Settler, Step, Verb};

pub struct MockSettler {
    outcome: Option<Outcome>,
}

impl MockSettler {
    pub fn new(payment: &VerifiedPayment, verb: &Verb) -> MockSettler {
        let outcome = match verb {
            Verb::Verify | Verb::Balance => Outcome::Verified { payer: Some(payment.payer.clone()) },
            Verb::Settle | Verb::Resolve { .. } | Verb::Prove { .. } => Outcome::Settled { tx_hash: mock_tx_hash(payment), proof: Proof::Mock },
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
