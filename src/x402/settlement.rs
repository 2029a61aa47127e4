//! After settlement: the `PAYMENT-RESPONSE` header, the ledger row and the
//! deterministic transaction hash of mock mode.

use crate::b64;
use crate::x402::codec;
use crate::x402::eip712::keccak256;
use crate::x402::network::X_LAYER;
use crate::x402::verify::VerifiedPayment;
use crate::json::Writer;

/// `PAYMENT-RESPONSE` / `X-PAYMENT-RESPONSE` value after a successful settlement:
/// base64 of `{success:true, transaction, network, payer, amount}`.
pub fn success_header(payment: &VerifiedPayment, tx_hash: &str) -> String {
    let mut w = head(true, tx_hash, payment);
    w.key("amount").str(&payment.value).close_obj();
    b64::encode_std(w.finish().as_bytes())
}

/// The same header when settlement failed (sent with the 402): `success:false`, empty
/// `transaction`, `errorReason`.
pub fn failure_header(payment: &VerifiedPayment, reason: &str) -> String {
    let mut w = head(false, "", payment);
    w.key("errorReason").str(reason).close_obj();
    b64::encode_std(w.finish().as_bytes())
}

fn head(success: bool, tx_hash: &str, payment: &VerifiedPayment) -> Writer {
    let mut w = Writer::new();
    w.open_obj().key("success").bool(success).key("transaction").str(tx_hash);
    w.key("network").str(&payment.network).key("payer").str(&payment.payer);
    w
}

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

/// A row of `x402_payments`; `id` and `created_at` come from the database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LedgerRow {
    pub payer_address: String,
    pub endpoint: String,
    pub amount: String,
    pub tx_hash: String,
    pub chain: String,
    pub status: &'static str,
}

impl LedgerRow {
    /// The column names as keys, ready for an insert.
    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("payer_address").str(&self.payer_address).key("endpoint").str(&self.endpoint);
        w.key("amount").str(&self.amount).key("tx_hash").str(&self.tx_hash);
        w.key("chain").str(&self.chain).key("status").str(self.status).close_obj();
    }
}

pub fn ledger_row(payment: &VerifiedPayment, tx_hash: &str, endpoint: &str) -> LedgerRow {
    LedgerRow {
        payer_address: payment.payer.clone(),
        endpoint: endpoint.into(),
        amount: payment.value.clone(),
        tx_hash: tx_hash.into(),
        // The guide's column default names X Layer "xlayer"; other chains keep CAIP-2.
        chain: if payment.network == super::network::caip2(X_LAYER) { "xlayer".into() } else { payment.network.clone() },
        status: "settled",
    }
}

#[cfg(test)]
mod tests {
    use crate::x402::verify::tests::{auth, req, v1_payment, NOW};
    use crate::x402::verify::verify;
    use super::*;

    fn paid() -> VerifiedPayment {
        verify(&v1_payment(auth()), &req(), NOW).unwrap()
    }

    fn decode(h: &str) -> serde_json::Value {
        serde_json::from_slice(&b64::decode_std(h).unwrap()).unwrap()
    }

    #[test]
    fn headers() {
        let tx = format!("0x{}", "12".repeat(32));
        let v = decode(&success_header(&paid(), &tx));
        assert_eq!(
            v,
            serde_json::json!({"success": true, "transaction": tx, "network": "eip155:196",
                "payer": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "amount": "1000"})
        );
        let v = decode(&failure_header(&paid(), "insufficient_funds"));
        assert_eq!((v["success"].as_bool(), v["transaction"].as_str()), (Some(false), Some("")));
        assert_eq!(v["errorReason"], "insufficient_funds");
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

    #[test]
    fn ledger() {
        let row = ledger_row(&paid(), "0xabc", "/functions/paid");
        assert_eq!(
            {
                let mut w = Writer::new();
                row.write(&mut w);
                serde_json::from_str::<serde_json::Value>(&w.finish()).unwrap()
            },
            serde_json::json!({"payer_address": "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                "endpoint": "/functions/paid", "amount": "1000", "tx_hash": "0xabc",
                "chain": "xlayer", "status": "settled"})
        );
        let mut other = paid();
        other.network = "eip155:8453".into();
        assert_eq!(ledger_row(&other, "0xabc", "/x").chain, "eip155:8453");
    }
}
