//! Local verification of an exact/EVM payment against our requirements.
//!
//! Cheap structural checks run first and signature recovery (~1 ms) last. The time window
//! is the one the official x402 facilitators (TypeScript, Go, Python, x402-rs) accept, so
//! every payment their clients make passes here too, whatever the payer's clock says (see
//! [`check_window`]).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::{same_address, Address};
use crate::x402::codec;
use crate::x402::eip712::{struct_hash, typed_data_digest, TransferWithAuthorization};
use crate::x402::error::X402Error;
use crate::x402::model::{req_str, ExactPayload, Payment, SignedPayload};
use crate::x402::permit2::{self, PermitTransfer};
use crate::json::{Json, Writer};
use crate::x402::network;
use crate::x402::recover::{parse_signature, recover_address};
use crate::x402::requirements::{Requirements, Scheme, Transfer};
use crate::x402::u256::U256;

/// Seconds that must remain before `validBefore` for settlement to land in time.
pub const SETTLEMENT_MARGIN_SECONDS: u64 = 6;

/// The largest `validBefore` accepted: 2^53 − 1, about 285 million years from now. The ledger
/// keeps `valid_before` in a PostgreSQL `bigint` and JS carries it as a Number on the way
/// (exact up to 2^53 − 1, and up to 2^63 − 1 a Number already rounds past `bigint`), so a
/// larger value is refused rather than stored wrong or failing the insert.
pub const MAX_VALID_BEFORE: u64 = (1 << 53) - 1;

/// The authorization window at unix time `now`, as the official facilitators check it:
/// - `validAfter <= now` (else [`X402Error::NotYetValid`]), as the official facilitators
///   check it. The token contract is strict (`block.timestamp > validAfter`), but it judges
///   the block the settlement lands in, which is never earlier than this check: from the
///   next second on `validAfter == now` is valid on chain. A settlement mined within this
///   very second would revert and charge nothing (the payer signs again); refusing
///   `validAfter == now` here would refuse payments the official facilitators take.
/// - `validBefore >= now + 6` (else [`X402Error::Expired`]): settlement needs the time to land
///   before the contract's strict `now < validBefore` closes.
/// - no upper bound by default: the official clients sign `validBefore` = their own clock +
///   `maxTimeoutSeconds` (older Go clients `now + 3600`), so a payer whose clock runs ahead
///   is refused by any cap tied to `maxTimeoutSeconds`. Only a seller's opt-in cap
///   (`X402_MAX_VALIDITY_SECONDS`, `req.max_validity_seconds`) refuses
///   `validBefore > now + cap` ([`X402Error::ValidBeforeTooFar`]), and [`MAX_VALID_BEFORE`]
///   bounds the number itself ([`X402Error::ValidBeforeOutOfRange`]).
pub fn check_window(valid_after: &U256, valid_before: &U256, max_validity_seconds: Option<u64>, now: u64) -> Result<(), X402Error> {
    if *valid_after > U256::from_u64(now) {
        return Err(X402Error::NotYetValid);
    }
    if *valid_before < U256::from_u64(now.saturating_add(SETTLEMENT_MARGIN_SECONDS)) {
        return Err(X402Error::Expired);
    }
    if *valid_before > U256::from_u64(MAX_VALID_BEFORE) {
        return Err(X402Error::ValidBeforeOutOfRange);
    }
    if let Some(cap) = max_validity_seconds {
        if *valid_before > U256::from_u64(now.saturating_add(cap)) {
            return Err(X402Error::ValidBeforeTooFar);
        }
    }
    Ok(())
}

/// What the rest of the flow needs from a verified payment: the ledger fields and the
/// original payload to forward to the facilitator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifiedPayment {
    pub x402_version: u8,
    /// Recovered signer (= authorization `from`), lowercase hex.
    pub payer: String,
    /// `0x` + 64 lowercase hex digits; with `payer`, the idempotency key.
    pub nonce: String,
    /// Atomic units, canonical decimal.
    pub value: String,
    pub valid_after: String,
    pub valid_before: String,
    /// CAIP-2.
    pub network: String,
    /// Token address, lowercase hex.
    pub asset: String,
    /// The resource URL the payment was verified for.
    pub resource: String,
    /// Exactly what the client signed, forwarded unchanged to the facilitator.
    pub payload: SignedPayload,
    /// `None`: the signature is the payer's as an EOA, checked here. Otherwise it may be a
    /// contract wallet's (EIP-1271, ERC-6492): the flow asks the chain before anything else.
    pub contract_signer: Option<ContractSigner>,
    /// `upto`: what the work cost (atomic units, at most `value`, the signed ceiling), once the
    /// seller's handler said so; what is settled and proven. Kept in the ledger's `charged`
    /// column, not in the payment's summary.
    pub charged: Option<String>,
}

impl VerifiedPayment {
    /// What is (to be) transferred: the charge of a metered payment, else the amount signed.
    pub fn amount_due(&self) -> &str {
        self.charged.as_deref().unwrap_or(&self.value)
    }
}

/// A signature to be checked on chain: the payer may be a contract wallet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContractSigner {
    /// The EIP-712 digest of the authorization.
    pub digest: [u8; 32],
    pub signature: Vec<u8>,
    /// An ERC-6492 wrapper's factory (the wallet may not be deployed yet).
    pub erc6492_factory: Option<Address>,
    /// Why it is not the payer's EOA signature: the answer when the payer has no code.
    pub as_eoa: X402Error,
}

/// A contract wallet's signature is at most this long (an ERC-6492 wrapper with its factory
/// calldata included).
const MAX_SIGNATURE_BYTES: usize = 8192;

impl VerifiedPayment {
    /// `{x402Version, payer, nonce, value, validAfter, validBefore, network, asset, resource, payload}`.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        w.open_obj().key("x402Version").int(i64::from(self.x402_version));
        for (k, v) in [
            ("payer", &self.payer),
            ("nonce", &self.nonce),
            ("value", &self.value),
            ("validAfter", &self.valid_after),
            ("validBefore", &self.valid_before),
            ("network", &self.network),
            ("asset", &self.asset),
            ("resource", &self.resource),
        ] {
            w.key(k).str(v);
        }
        w.key("payload");
        self.payload.write(&mut w);
        w.close_obj();
        w.finish()
    }

    /// The refusal of this payment once its window has closed.
    pub fn expired(&self) -> X402Error {
        match self.payload {
            SignedPayload::Eip3009(_) => X402Error::Expired,
            SignedPayload::Permit2(_) => X402Error::PermitExpired,
        }
    }

    /// The refusal of a signature that is not the payer's (an EOA's or a contract wallet's).
    pub fn not_signed(&self) -> X402Error {
        match self.payload {
            SignedPayload::Eip3009(_) => X402Error::SignerMismatch,
            SignedPayload::Permit2(_) => permit2_signature_refused(),
        }
    }

    /// Reads back what [`VerifiedPayment::to_json`] wrote (a ledger row keeps it).
    pub fn from_json(text: &str) -> Option<VerifiedPayment> {
        VerifiedPayment::from_value(&crate::json::parse(text.as_bytes())?)
    }

    /// [`VerifiedPayment::from_json`] on parsed JSON. Every field must have the form
    /// [`verify`] gives it (addresses, a 32-byte nonce, decimal amounts and times, a known
    /// network) and the signed authorization must be the one summarised: a row whose
    /// payment was altered is refused rather than settled. Members it does not know are
    /// ignored.
    pub fn from_value(v: &Json) -> Option<VerifiedPayment> {
        let s = |k: &str| req_str(v, k);
        let p = VerifiedPayment {
            x402_version: v.get("x402Version")?.as_i64().and_then(|n| u8::try_from(n).ok()).filter(|n| matches!(n, 1 | 2))?,
            payer: s("payer")?,
            nonce: s("nonce")?,
            value: s("value")?,
            valid_after: s("validAfter")?,
            valid_before: s("validBefore")?,
            network: s("network")?,
            asset: s("asset")?,
            resource: s("resource")?,
            payload: SignedPayload::from_json(v.get("payload")?)?,
            // A kept payment is never checked again: only its own presentation sends it.
            contract_signer: None,
            charged: None,
        };
        let amount = |x: &str| U256::from_dec_str(x);
        // The summary's fields are the signed message's: (signed, kept) pairs.
        let (from, nonce_matches, signed) = match &p.payload {
            SignedPayload::Eip3009(x) => {
                let a = &x.authorization;
                let same = [(amount(&a.value), &p.value), (amount(&a.valid_after), &p.valid_after), (amount(&a.valid_before), &p.valid_before)];
                (&a.from, a.nonce.eq_ignore_ascii_case(&p.nonce), same)
            }
            SignedPayload::Permit2(x) => {
                let permit = x.permit().ok()?;
                let nonce = codec::to_0x_hex(&permit.nonce.0);
                let same = [(Some(permit.amount), &p.value), (Some(permit.witness.valid_after), &p.valid_after), (Some(permit2_valid_before(&permit)?), &p.valid_before)];
                (&x.from, nonce == p.nonce, same)
            }
        };
        let well_formed = Address::parse(&p.payer).is_some()
            && Address::parse(&p.asset).is_some()
            && codec::parse_0x_hex::<32>(&p.nonce).is_some()
            && network::chain_id(&p.network).is_some()
            && same_address(from, &p.payer)
            && nonce_matches
            && signed.iter().all(|(signed, kept)| amount(kept).is_some() && *signed == amount(kept));
        well_formed.then_some(p)
    }
}

/// Checks `payment` against `req` at unix time `now` (seconds).
pub fn verify(payment: &Payment, req: &Requirements, now: u64) -> Result<VerifiedPayment, X402Error> {
    let (paid, window) = verify_signed(payment, req, now)?;
    window.map(|()| paid)
}

/// [`verify`], with the time window judged last and apart: a payment signed by its payer
/// for exactly our requirements, and whether its window is open now. A payment already
/// recorded is looked up by the flow before its window closes the door on it.
pub fn verify_signed(payment: &Payment, req: &Requirements, now: u64) -> Result<(VerifiedPayment, Result<(), X402Error>), X402Error> {
    if payment.scheme != req.scheme.name() {
        return Err(X402Error::InvalidScheme);
    }
    if network::chain_id(&payment.network) != Some(req.chain_id) {
        return Err(X402Error::InvalidNetwork);
    }
    // v2 restates the requirements it accepted; they must be ours.
    if let Some(acc) = &payment.accepted {
        if !same_address(&acc.asset, &req.asset.address.to_hex()) {
            return Err(X402Error::AssetMismatch);
        }
        if !same_address(&acc.pay_to, &req.pay_to.to_hex()) {
            return Err(X402Error::RecipientMismatch);
        }
        if U256::from_dec_str(&acc.amount) != Some(req.amount) {
            return Err(X402Error::ValueMismatch);
        }
    }
    match (&payment.payload, req.asset.transfer) {
        (SignedPayload::Eip3009(p), Transfer::Eip3009) => verify_eip3009(payment, p, req, now),
        (SignedPayload::Permit2(p), Transfer::Permit2) => verify_permit2(payment, p, req, now),
        (SignedPayload::Eip3009(_), Transfer::Permit2) => Err(X402Error::Flow {
            reason: crate::x402::error::Reason::InvalidPayload,
            message: "this seller takes this asset through Permit2 (extra.assetTransferMethod \"permit2\"), not as an EIP-3009 authorization",
        }),
        (SignedPayload::Permit2(_), Transfer::Eip3009) => Err(X402Error::Flow {
            reason: crate::x402::error::Reason::InvalidPayload,
            message: "this seller takes this asset as an EIP-3009 authorization, not through Permit2",
        }),
    }
}

fn verify_eip3009(payment: &Payment, payload: &ExactPayload, req: &Requirements, now: u64) -> Result<(VerifiedPayment, Result<(), X402Error>), X402Error> {
    let message = parse_authorization(payload)?;
    if message.to != req.pay_to {
        return Err(X402Error::RecipientMismatch);
    }
    if message.value != req.amount {
        return Err(X402Error::ValueMismatch);
    }
    let window = check_window(&message.valid_after, &message.valid_before, req.max_validity_seconds, now);
    if matches!(window, Err(X402Error::ValidBeforeOutOfRange)) {
        return Err(X402Error::ValidBeforeOutOfRange);
    }
    let digest = typed_data_digest(&req.asset.domain_separator, &struct_hash(&message));
    let contract_signer = signer_check(&digest, &payload.signature, &message.from, req, X402Error::SignerMismatch)?;
    let paid = VerifiedPayment {
        x402_version: payment.x402_version,
        payer: message.from.to_hex(),
        nonce: codec::to_0x_hex(&message.nonce),
        value: message.value.to_dec_string(),
        valid_after: message.valid_after.to_dec_string(),
        valid_before: message.valid_before.to_dec_string(),
        network: req.network(),
        asset: req.asset.address.to_hex(),
        resource: req.resource.clone(),
        payload: payment.payload.clone(),
        contract_signer,
        charged: None,
    };
    Ok((paid, window))
}

/// A Permit2 permit's `validBefore` as the ledger keeps it: the first second it is no longer
/// good (Permit2's deadline is the last one), so "expired" reads the same for both kinds.
pub fn permit2_valid_before(p: &PermitTransfer) -> Option<U256> {
    p.deadline.to_u64().filter(|d| *d < MAX_VALID_BEFORE).map(|d| U256::from_u64(d + 1))
}

// Kept out of `verify_signed` (which LLVM would inline its one call into): an EIP-3009 payment's
// first request then never compiles it (the build keeps it out of line: cold-functions.json).
#[inline(never)]
fn verify_permit2(payment: &Payment, payload: &permit2::Permit2Payload, req: &Requirements, now: u64) -> Result<(VerifiedPayment, Result<(), X402Error>), X402Error> {
    let permit = payload.permit()?;
    let (spender, facilitator) = match req.scheme {
        Scheme::Exact => (permit2::EXACT_PROXY, None),
        Scheme::Upto { proxy, facilitator } => (proxy, Some(facilitator)),
    };
    let terms = permit2::Terms { token: req.asset.address, pay_to: req.pay_to, amount: req.amount, spender, facilitator };
    permit2::check(&permit, &terms)?;
    // 2^53 − 1 bounds the deadline as it bounds validBefore (the ledger's numbers).
    let valid_before = permit2_valid_before(&permit).ok_or(X402Error::ValidBeforeOutOfRange)?;
    let window = permit2::window(&permit, SETTLEMENT_MARGIN_SECONDS, req.max_validity_seconds, now);
    let digest = permit.digest(req.chain_id);
    let contract_signer = match &payload.session_cert {
        // An OKX agent wallet's session signature: OKX alone checks it, as the payer sent it.
        Some(_) if req.session_signatures => None,
        Some(_) => {
            return Err(X402Error::Flow {
                reason: crate::x402::error::Reason::Permit2Signature,
                message: "an agent wallet's session signature (sessionCert) is checked by OKX only: this seller does not settle through OKX",
            })
        }
        None => signer_check(&digest, &payload.signature, &permit.from, req, permit2_signature_refused())?,
    };
    let paid = VerifiedPayment {
        x402_version: payment.x402_version,
        payer: permit.from.to_hex(),
        nonce: codec::to_0x_hex(&permit.nonce.0),
        value: permit.amount.to_dec_string(),
        valid_after: permit.witness.valid_after.to_dec_string(),
        valid_before: valid_before.to_dec_string(),
        network: req.network(),
        asset: req.asset.address.to_hex(),
        resource: req.resource.clone(),
        payload: payment.payload.clone(),
        contract_signer,
        charged: None,
    };
    Ok((paid, window))
}

fn permit2_signature_refused() -> X402Error {
    X402Error::Flow { reason: crate::x402::error::Reason::Permit2Signature, message: "the signature is not the payer's over this permit" }
}

/// Whether `signature` over `digest` is `signer`'s: as an EOA here (`None`), or, with a node,
/// left to the chain as a contract wallet's (EIP-1271, ERC-6492). `mismatch` is the refusal
/// for a well-formed signature of someone else's.
fn signer_check(digest: &[u8; 32], signature: &str, signer: &Address, req: &Requirements, mismatch: X402Error) -> Result<Option<ContractSigner>, X402Error> {
    let as_eoa = parse_signature(signature)
        .and_then(|s| recover_address(digest, &s))
        .and_then(|a| if a == *signer { Ok(()) } else { Err(X402Error::SignerMismatch) });
    match as_eoa {
        Ok(()) => Ok(None),
        Err(X402Error::SignerMismatch) if !req.contract_signatures => Err(mismatch),
        Err(e) if !req.contract_signatures || matches!(e, X402Error::MalformedSignature) => Err(e),
        Err(as_eoa) => {
            let signature = codec::parse_0x_hex_vec(signature).filter(|b| b.len() <= MAX_SIGNATURE_BYTES).ok_or(X402Error::MalformedSignature)?;
            let erc6492_factory = crate::x402::evm::checker::unwrap_6492(&signature).map(|(f, _, _)| f);
            let as_eoa = if as_eoa == X402Error::SignerMismatch { mismatch } else { as_eoa };
            Ok(Some(ContractSigner { digest: *digest, signature, erc6492_factory, as_eoa }))
        }
    }
}

fn parse_authorization(p: &ExactPayload) -> Result<TransferWithAuthorization, X402Error> {
    let a = &p.authorization;
    let addr = |s: &str| Address::parse(s).ok_or(X402Error::MalformedAuthorization);
    let num = |s: &str| U256::from_dec_str(s).ok_or(X402Error::MalformedAuthorization);
    Ok(TransferWithAuthorization {
        from: addr(&a.from)?,
        to: addr(&a.to)?,
        value: num(&a.value)?,
        valid_after: num(&a.valid_after)?,
        valid_before: num(&a.valid_before)?,
        nonce: codec::parse_0x_hex::<32>(&a.nonce).ok_or(X402Error::InvalidNonce)?,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use k256::ecdsa::SigningKey;

    use crate::x402::config::tests::{config, RECIPIENT};
    use crate::x402::model::tests::{b64, v1_json, v2_json};
    use crate::x402::model::{decode_payment_header, decode_payment_json, Authorization};
    use super::*;

    pub(crate) const NOW: u64 = 1_800_000_000;
    /// The well-known test key of vector C (address 0xf39f…2266).
    pub(crate) const KEY: &str = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    pub(crate) fn auth() -> Authorization {
        Authorization {
            from: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266".into(),
            to: RECIPIENT.into(),
            value: "1000".into(),
            valid_after: (NOW - 600).to_string(),
            valid_before: (NOW + 60).to_string(),
            nonce: format!("0x{}", "ab".repeat(32)),
        }
    }

    /// Signs `a` for `req`'s domain with the test key (RFC 6979, v = 27/28).
    pub(crate) fn sign(a: &Authorization, req: &Requirements) -> String {
        let key = SigningKey::from_slice(&codec::parse_0x_hex::<32>(KEY).unwrap()).unwrap();
        let m = parse_authorization(&ExactPayload { signature: String::new(), authorization: a.clone() }).unwrap();
        let digest = typed_data_digest(&req.asset.domain_separator, &struct_hash(&m));
        let (sig, recid) = key.sign_prehash_recoverable(&digest).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + recid.to_byte());
        codec::to_0x_hex(&bytes)
    }

    #[test]
    fn with_a_node_a_signature_not_the_payers_eoa_is_left_to_the_chain() {
        let node = Requirements { contract_signatures: true, ..req() };
        // The payer's own EOA signature: checked here, nothing left to the chain.
        assert_eq!(verify(&v1_payment(auth()), &node, NOW).unwrap().contract_signer, None);
        // A longer signature, another key's, a malleable twin: the chain decides.
        let mut long = v1_payment(auth());
        long.payload.exact_mut().signature.push_str(&"ab".repeat(40));
        let cs = verify(&long, &node, NOW).unwrap().contract_signer.unwrap();
        assert_eq!((cs.signature.len(), cs.erc6492_factory, cs.as_eoa), (105, None, X402Error::SmartWalletSignature));
        let mut other = req();
        other.asset.domain_separator = crate::x402::eip712::domain_separator("Other", "1", 196, &other.asset.address);
        let mut wrong = v1_payment(auth());
        wrong.payload.exact_mut().signature = sign(&auth(), &other);
        let cs = verify(&wrong, &node, NOW).unwrap().contract_signer.unwrap();
        assert_eq!((cs.as_eoa, cs.digest), (X402Error::SignerMismatch, typed_data_digest(&node.asset.domain_separator, &struct_hash(&parse_authorization(wrong.payload.exact()).unwrap()))));
        // An ERC-6492 wrapper names its factory.
        let mut w = vec![0u8; 12];
        w.extend_from_slice(&[0xfa; 20]);
        for word in [0x60u64, 0x80, 0, 0] {
            w.extend_from_slice(&crate::x402::u256::U256::from_u64(word).0);
        }
        w.extend_from_slice(&crate::x402::evm::checker::ERC6492_MAGIC);
        let mut wrapped = v1_payment(auth());
        wrapped.payload.exact_mut().signature = codec::to_0x_hex(&w);
        assert_eq!(verify(&wrapped, &node, NOW).unwrap().contract_signer.unwrap().erc6492_factory, Some(Address([0xfa; 20])));
        // Never: malformed hex, an empty or an oversized signature.
        for bad in ["0x".to_string(), "0xzz".to_string(), codec::to_0x_hex(&[1u8; 8193])] {
            let mut p = v1_payment(auth());
            p.payload.exact_mut().signature = bad;
            assert!(matches!(verify(&p, &node, NOW), Err(X402Error::MalformedSignature)));
        }
        // Without a node, refused here as ever.
        assert_eq!(verify(&long, &req(), NOW), Err(X402Error::SmartWalletSignature));
        assert_eq!(verify(&wrong, &req(), NOW), Err(X402Error::SignerMismatch));
    }

    pub(crate) fn req() -> Requirements {
        config(&[]).requirements("https://x.test/functions/paid")
    }

    pub(crate) fn v1_payment(a: Authorization) -> Payment {
        let signature = sign(&a, &req());
        Payment {
            x402_version: 1,
            scheme: "exact".into(),
            network: "eip155:196".into(),
            accepted: None,
            resource: None,
            payload: SignedPayload::Eip3009(ExactPayload { signature, authorization: a }),
        }
    }

    fn check(a: Authorization) -> Result<VerifiedPayment, X402Error> {
        verify(&v1_payment(a), &req(), NOW)
    }

    #[test]
    fn accepts_a_good_payment() {
        let v = check(auth()).unwrap();
        assert_eq!(v.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assert_eq!(v.nonce, format!("0x{}", "ab".repeat(32)));
        assert_eq!((v.value.as_str(), v.valid_before.as_str()), ("1000", "1800000060"));
        assert_eq!((v.network.as_str(), v.asset.as_str()), ("eip155:196", "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8"));
        assert_eq!(v.resource, "https://x.test/functions/paid");
        assert_eq!(v.payload.exact().authorization, auth());
        // Upper-case nonce hex and a v1 network name are fine too.
        let mut a = auth();
        a.nonce = format!("0x{}", "AB".repeat(32));
        let mut p = v1_payment(a);
        p.network = "x-layer".into();
        assert_eq!(verify(&p, &req(), NOW).unwrap().nonce, v.nonce);
    }

    #[test]
    fn summary_round_trips_through_json() {
        let v = check(auth()).unwrap();
        let json = v.to_json();
        assert!(json.starts_with(r#"{"x402Version":1,"payer":"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266","nonce":"0xabab"#), "{json}");
        assert_eq!(VerifiedPayment::from_json(&json), Some(v.clone()));
        assert_eq!(VerifiedPayment::from_json("{}"), None);
        // A ledger row may carry more members (the facilitator's requirements).
        let extra = json.replacen('{', r#"{"requirements":{"payTo":"0x1"},"#, 1);
        assert_eq!(VerifiedPayment::from_json(&extra), Some(v.clone()));
        // Altered or malformed summaries are refused.
        for (from, to) in [
            ("\"value\":\"1000\"", "\"value\":\"999\""),
            ("\"value\":\"1000\"", "\"value\":\"ten\""),
            ("\"validBefore\":\"1800000060\"", "\"validBefore\":\"1800000061\""),
            ("\"payer\":\"0xf39f", "\"payer\":\"0xf39e"),
            ("\"nonce\":\"0xabab", "\"nonce\":\"0xabac"),
            ("\"network\":\"eip155:196\"", "\"network\":\"solana\""),
            ("\"asset\":\"0x4ae4", "\"asset\":\"0x4ae"),
            ("\"x402Version\":1", "\"x402Version\":3"),
        ] {
            let bad = json.replacen(from, to, 1);
            assert_ne!(bad, json, "{from}");
            assert_eq!(VerifiedPayment::from_json(&bad), None, "{to}");
        }
    }

    #[test]
    fn scheme_and_network() {
        let mut p = v1_payment(auth());
        p.scheme = "upto".into();
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::InvalidScheme));
        let mut p = v1_payment(auth());
        p.network = "eip155:8453".into();
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::InvalidNetwork));
        p.network = "eip155:0196".into();
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::InvalidNetwork));
    }

    #[test]
    fn recipient_must_be_pay_to() {
        let mut a = auth();
        a.to = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC".into();
        assert_eq!(check(a), Err(X402Error::RecipientMismatch));
        let mut a = auth();
        a.to = RECIPIENT.to_ascii_uppercase().replace("0X", "0x");
        assert!(check(a).is_ok(), "address compare is case-insensitive");
    }

    #[test]
    fn amount_must_be_exact() {
        for v in ["999", "1001", "0"] {
            let mut a = auth();
            a.value = v.into();
            assert_eq!(check(a), Err(X402Error::ValueMismatch), "{v}");
        }
    }

    #[test]
    fn valid_after_up_to_now() {
        let mut a = auth();
        a.valid_after = (NOW + 1).to_string();
        assert_eq!(check(a), Err(X402Error::NotYetValid));
        let mut a = auth();
        a.valid_after = NOW.to_string();
        assert!(check(a).is_ok());
        let mut a = auth();
        a.valid_after = "0".into();
        assert!(check(a).is_ok());
    }

    #[test]
    fn valid_before_needs_six_seconds() {
        let mut a = auth();
        a.valid_before = (NOW + 5).to_string();
        assert_eq!(check(a), Err(X402Error::Expired));
        let mut a = auth();
        a.valid_before = (NOW + 6).to_string();
        assert!(check(a).is_ok());
        let mut a = auth();
        a.valid_before = "0".into();
        assert_eq!(check(a), Err(X402Error::Expired));
    }

    #[test]
    fn nonce_must_be_32_bytes() {
        for n in ["0x", "0x1234", &format!("0x{}", "ab".repeat(33)), &"ab".repeat(32), &format!("0x{}zz", "ab".repeat(31))] {
            let mut a = auth();
            a.nonce = n.to_string();
            let p = Payment { payload: SignedPayload::Eip3009(ExactPayload { signature: v1_payment(auth()).payload.exact().signature.clone(), authorization: a }), ..v1_payment(auth()) };
            assert_eq!(verify(&p, &req(), NOW), Err(X402Error::InvalidNonce), "{n}");
        }
    }

    #[test]
    fn malformed_fields() {
        for (field, bad) in [("from", "0x12"), ("to", "alice"), ("value", "1e3"), ("validAfter", "-1"), ("validBefore", " 1")] {
            let mut a = auth();
            match field {
                "from" => a.from = bad.into(),
                "to" => a.to = bad.into(),
                "value" => a.value = bad.into(),
                "validAfter" => a.valid_after = bad.into(),
                _ => a.valid_before = bad.into(),
            }
            let p = Payment { payload: SignedPayload::Eip3009(ExactPayload { signature: "0x".into(), authorization: a }), ..v1_payment(auth()) };
            assert_eq!(verify(&p, &req(), NOW), Err(X402Error::MalformedAuthorization), "{field}");
        }
    }

    #[test]
    fn signer_must_be_from() {
        // Signed by the test key but claiming another `from`.
        let mut p = v1_payment(auth());
        p.payload.exact_mut().authorization.from = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC".into();
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::SignerMismatch));
        // Signed for another domain (USDG "2", as OKX's Java SDK lists it).
        let mut other = req();
        other.asset.domain_separator =
            crate::x402::eip712::domain_separator("Global Dollar", "2", 196, &other.asset.address);
        let sig = sign(&auth(), &other);
        let mut p = v1_payment(auth());
        p.payload.exact_mut().signature = sig;
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::SignerMismatch));
        // Smart-wallet signatures and high-s twins are refused.
        let mut p = v1_payment(auth());
        p.payload.exact_mut().signature.push_str(&"6492".repeat(16));
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::SmartWalletSignature));
        let mut p = v1_payment(auth());
        p.payload.exact_mut().signature.truncate(130);
        p.payload.exact_mut().signature.push_str("1d");
        assert_eq!(verify(&p, &req(), NOW), Err(X402Error::InvalidRecoveryId));
    }

    #[test]
    fn v2_accepted_must_match() {
        let mut p = v1_payment(auth());
        p.x402_version = 2;
        let good = crate::x402::model::AcceptedV2 {
            scheme: "exact".into(),
            network: "eip155:196".into(),
            amount: "1000".into(),
            asset: "0x4AE46A509F6B1D9056937BA4500CB143933D2DC8".into(),
            pay_to: RECIPIENT.into(),
            session_cert: None,
        };
        p.accepted = Some(good.clone());
        assert_eq!(verify(&p, &req(), NOW).unwrap().x402_version, 2);
        type Mutation = fn(&mut crate::x402::model::AcceptedV2);
        let cases: [(Mutation, X402Error); 3] = [
            (|a| a.asset = "0x74b7f16337b8972027f6196a17a631ac6de26d22".into(), X402Error::AssetMismatch),
            (|a| a.pay_to = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC".into(), X402Error::RecipientMismatch),
            (|a| a.amount = "1".into(), X402Error::ValueMismatch),
        ];
        for (mutate, expected) in cases {
            let mut acc = good.clone();
            mutate(&mut acc);
            p.accepted = Some(acc);
            assert_eq!(verify(&p, &req(), NOW), Err(expected));
        }
    }

    /// Every single-byte corruption of a good header decodes or fails cleanly, never panics.
    #[test]
    fn corrupted_headers_never_panic() {
        let mut w = crate::json::Writer::new();
        let p = v1_payment(auth());
        crate::x402::model::write_payload_v1(&mut w, &p.scheme, &p.network, &p.payload);
        let json = w.finish().into_bytes();
        let r = req();
        for i in (0..json.len()).step_by(3) {
            for c in [b'"', b'0', b'{', 0xff, b'\\'] {
                let mut m = json.clone();
                m[i] = c;
                if let Ok(p) = decode_payment_json(&m) {
                    let _ = verify(&p, &r, NOW);
                }
                let _ = decode_payment_header(&b64(&String::from_utf8_lossy(&m)));
            }
            let _ = decode_payment_json(&json[..i]);
        }
    }

    /// Vector A (the public x402 sample) end to end, as v1 and v2 headers, on Base Sepolia USDC.
    #[test]
    fn vector_a_headers_verify() {
        let c = config(&[
            ("X402_NETWORK", "eip155:84532"),
            ("X402_ASSET", "USDC"),
            ("PAYMENT_RECIPIENT", "0x209693Bc6afc0C5328bA36FaF03C514EF312287C"),
            ("X402_PRICE", "10000"),
        ]);
        let r = c.requirements("https://api.example.com/x");
        let now = 1_740_672_100;
        for json in [v1_json("base-sepolia"), v1_json("eip155:84532"), v2_json()] {
            let p = decode_payment_header(&b64(&json)).unwrap();
            let v = verify(&p, &r, now).unwrap();
            assert_eq!(v.payer, "0x857b06519e91e3a54538791bdbb0e22373e36b66");
        }
        // The same payment on the wrong network, or with the "USD Coin" domain, fails.
        let p = decode_payment_json(v1_json("base").as_bytes()).unwrap();
        assert_eq!(verify(&p, &r, now), Err(X402Error::InvalidNetwork));
        let mut wrong = r.clone();
        wrong.asset.domain_separator =
            crate::x402::eip712::domain_separator("USD Coin", "2", 84532, &r.asset.address);
        let p = decode_payment_json(v1_json("base-sepolia").as_bytes()).unwrap();
        assert_eq!(verify(&p, &wrong, now), Err(X402Error::SignerMismatch));
    }
}

/// The authorization window against the windows the official clients sign, with the payer's
/// clock off by up to a minute either way.
#[cfg(test)]
mod window_tests {
    use crate::x402::config::tests::config;
    use super::tests::{auth, req, v1_payment, NOW};
    use super::*;

    /// How each official client sets the window from its own clock `t` for `maxTimeoutSeconds`.
    #[derive(Clone, Copy, Debug)]
    enum Client {
        /// x402 v1 (TypeScript, Python) and x402-rs: `[t − 600, t + maxTimeoutSeconds]`.
        V1,
        /// @x402/evm (v2 TypeScript): `[0, t + maxTimeoutSeconds]`.
        V2,
        /// Older Go clients: `[t − 600, t + 3600]` whatever `maxTimeoutSeconds` says.
        Go3600,
    }

    fn window(client: Client, skew: i64, max_timeout: u64) -> (String, String) {
        let t = NOW.checked_add_signed(skew).unwrap();
        match client {
            Client::V1 => ((t - 600).to_string(), (t + max_timeout).to_string()),
            Client::V2 => ("0".into(), (t + max_timeout).to_string()),
            Client::Go3600 => ((t - 600).to_string(), (t + 3600).to_string()),
        }
    }

    /// The payment `client` signs at clock skew `skew`, checked at `NOW` with `r`.
    fn signed_by(client: Client, skew: i64, r: &Requirements) -> Result<VerifiedPayment, X402Error> {
        let mut a = auth();
        (a.valid_after, a.valid_before) = window(client, skew, r.max_timeout_seconds);
        verify(&v1_payment(a), r, NOW)
    }

    fn with_window(valid_after: &str, valid_before: &str, r: &Requirements) -> Result<VerifiedPayment, X402Error> {
        let mut a = auth();
        (a.valid_after, a.valid_before) = (valid_after.into(), valid_before.into());
        verify(&v1_payment(a), r, NOW)
    }

    const SKEWS: [i64; 5] = [-60, -5, 0, 5, 60];

    #[test]
    fn default_max_timeout_is_300_and_no_cap() {
        let r = req();
        assert_eq!((r.max_timeout_seconds, r.max_validity_seconds), (300, None));
    }

    #[test]
    fn official_clients_pass_with_clocks_off_by_a_minute() {
        for client in [Client::V1, Client::V2, Client::Go3600] {
            for skew in SKEWS {
                let v = signed_by(client, skew, &req());
                assert!(v.is_ok(), "{client:?} skew {skew}: {v:?}");
            }
        }
    }

    #[test]
    fn a_payer_ahead_is_not_capped_by_max_timeout() {
        // validBefore = now + maxTimeoutSeconds + skew: beyond maxTimeoutSeconds, accepted.
        for skew in [1, 5, 60, 3600] {
            assert!(signed_by(Client::V2, skew, &req()).is_ok(), "{skew}");
        }
        assert!(with_window("0", &(NOW + 30 * 24 * 3600).to_string(), &req()).is_ok());
    }

    #[test]
    fn a_payer_behind_needs_max_timeout_minus_six() {
        // The official clients' validBefore = now − s + maxTimeoutSeconds ≥ now + 6 ⟺ s ≤ T − 6.
        for client in [Client::V1, Client::V2] {
            assert!(signed_by(client, -294, &req()).is_ok(), "{client:?}");
            assert_eq!(signed_by(client, -295, &req()), Err(X402Error::Expired), "{client:?}");
        }
        // With the official examples' 60 s, a payer a minute behind is refused by everyone.
        let sixty = config(&[("X402_MAX_TIMEOUT_SECONDS", "60")]).requirements("https://x.test/functions/paid");
        assert_eq!(signed_by(Client::V2, -60, &sixty), Err(X402Error::Expired));
        assert!(signed_by(Client::V2, -54, &sixty).is_ok());
        assert!(signed_by(Client::V2, 60, &sixty).is_ok(), "ahead: no cap");
    }

    #[test]
    fn valid_before_at_least_now_plus_six() {
        let r = req();
        assert_eq!(with_window("0", &(NOW + 5).to_string(), &r), Err(X402Error::Expired));
        assert!(with_window("0", &(NOW + 6).to_string(), &r).is_ok());
        assert_eq!(with_window("0", &NOW.to_string(), &r), Err(X402Error::Expired));
        assert_eq!(X402Error::Expired.reason(), "invalid_exact_evm_payload_authorization_valid_before");
    }

    #[test]
    fn valid_after_in_the_future_is_refused() {
        let r = req();
        let before = (NOW + 60).to_string();
        assert_eq!(with_window(&(NOW + 1).to_string(), &before, &r), Err(X402Error::NotYetValid));
        assert!(with_window(&NOW.to_string(), &before, &r).is_ok(), "validAfter == now, as the official facilitators");
        // A v1 client more than 600 s ahead signs validAfter in our future.
        assert_eq!(signed_by(Client::V1, 601, &r), Err(X402Error::NotYetValid));
        assert!(signed_by(Client::V1, 600, &r).is_ok());
        assert_eq!(X402Error::NotYetValid.reason(), "invalid_exact_evm_payload_authorization_valid_after");
    }

    #[test]
    fn the_opt_in_cap() {
        let capped = |cap: &str| config(&[("X402_MAX_VALIDITY_SECONDS", cap)]).requirements("https://x.test/functions/paid");
        // 360 = the default 300 + a minute of skew: the official v1/v2 clients still pass…
        let r = capped("360");
        assert_eq!(r.max_validity_seconds, Some(360));
        for client in [Client::V1, Client::V2] {
            for skew in SKEWS {
                assert!(signed_by(client, skew, &r).is_ok(), "{client:?} {skew}");
            }
            assert_eq!(signed_by(client, 61, &r), Err(X402Error::ValidBeforeTooFar), "{client:?}");
        }
        // …the hour-long Go window does not.
        assert_eq!(signed_by(Client::Go3600, 0, &r), Err(X402Error::ValidBeforeTooFar));
        assert!(signed_by(Client::Go3600, 0, &capped("3600")).is_ok());
        // Exactly now + cap passes, one second more does not.
        assert!(with_window("0", &(NOW + 360).to_string(), &r).is_ok());
        assert_eq!(with_window("0", &(NOW + 361).to_string(), &r), Err(X402Error::ValidBeforeTooFar));
        let e = X402Error::ValidBeforeTooFar;
        assert_eq!((e.http_status(), e.reason()), (402, "invalid_exact_evm_payload_authorization_valid_before"));
        assert!(e.to_string().contains("X402_MAX_VALIDITY_SECONDS"), "{e}");
        // The lower bound still applies under a cap.
        assert_eq!(with_window("0", &(NOW + 5).to_string(), &r), Err(X402Error::Expired));
    }

    #[test]
    fn huge_values() {
        let r = req();
        assert_eq!(MAX_VALID_BEFORE, 9_007_199_254_740_991);
        assert!(with_window("0", &MAX_VALID_BEFORE.to_string(), &r).is_ok());
        for too_big in [
            (MAX_VALID_BEFORE + 1).to_string(),
            i64::MAX.to_string(),
            u64::MAX.to_string(),
            "18446744073709551616".into(),
            U256::from_dec_str("115792089237316195423570985008687907853269984665640564039457584007913129639935").unwrap().to_dec_string(),
        ] {
            assert_eq!(with_window("0", &too_big, &r), Err(X402Error::ValidBeforeOutOfRange), "{too_big}");
        }
        let e = X402Error::ValidBeforeOutOfRange;
        assert_eq!((e.http_status(), e.reason()), (402, "invalid_exact_evm_payload_authorization_valid_before"));
        assert!(e.to_string().contains("9007199254740991"), "{e}");
        // Under a cap too (the range is checked first: the clearer reason).
        let mut capped = r.clone();
        capped.max_validity_seconds = Some(60);
        assert_eq!(with_window("0", &u64::MAX.to_string(), &capped), Err(X402Error::ValidBeforeOutOfRange));
        // A huge validAfter is simply not yet valid; a u256 parses, nothing overflows.
        assert_eq!(with_window(&u64::MAX.to_string(), &(NOW + 60).to_string(), &r), Err(X402Error::NotYetValid));
        assert!(verify(&v1_payment(auth()), &r, u64::MAX).is_err());
        assert_eq!(check_window(&U256::ZERO, &U256::from_u64(u64::MAX), Some(u64::MAX), u64::MAX - 1), Err(X402Error::ValidBeforeOutOfRange));
    }
}

/// Permit2 payments through [`verify`].
#[cfg(test)]
pub(crate) mod permit2_tests {
    use k256::ecdsa::SigningKey;

    use crate::x402::config::tests::{config, RECIPIENT};
    use super::tests::{auth, v1_payment, NOW, KEY};
    use super::*;

    const PLAIN_TOKEN: &str = "0x1111111111111111111111111111111111111111";

    pub(crate) fn permit2_req(asset: &str) -> Requirements {
        config(&[("X402_ASSET", asset), ("X402_ASSET_TRANSFER_METHOD", "permit2")]).requirements("https://x.test/functions/paid")
    }

    pub(crate) fn permit(token: &str) -> permit2::PermitTransfer {
        permit2::PermitTransfer {
            from: Address::parse("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").unwrap(),
            token: Address::parse(token).unwrap(),
            amount: U256::from_u64(1000),
            spender: permit2::EXACT_PROXY,
            nonce: U256::from_dec_str("91343852333181432387730302044767688728495783936").unwrap(),
            deadline: U256::from_u64(NOW + 300),
            witness: permit2::Witness { to: Address::parse(RECIPIENT).unwrap(), facilitator: None, valid_after: U256::from_u64(NOW - 600) },
        }
    }

    /// A v2 payment carrying `p`, signed by the test key over Permit2's domain on 196.
    pub(crate) fn permit2_payment(p: &permit2::PermitTransfer) -> Payment {
        let key = SigningKey::from_slice(&codec::parse_0x_hex::<32>(KEY).unwrap()).unwrap();
        let (sig, recid) = key.sign_prehash_recoverable(&p.digest(196)).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + recid.to_byte());
        let payload = permit2::Permit2Payload {
            signature: codec::to_0x_hex(&bytes),
            from: p.from.to_hex(),
            token: p.token.to_hex(),
            amount: p.amount.to_dec_string(),
            spender: p.spender.to_hex(),
            nonce: p.nonce.to_dec_string(),
            deadline: p.deadline.to_dec_string(),
            to: p.witness.to.to_hex(),
            facilitator: p.witness.facilitator.map(|f| f.to_hex()),
            valid_after: p.witness.valid_after.to_dec_string(),
            session_cert: None,
        };
        let scheme = if p.is_upto() { "upto" } else { "exact" };
        Payment { payload: SignedPayload::Permit2(payload), scheme: scheme.into(), ..v1_payment(auth()) }
    }

    #[test]
    fn a_permit2_payment_is_verified_against_permit2s_domain() {
        for asset in ["USDG", PLAIN_TOKEN] {
            let req = permit2_req(asset);
            let token = req.asset.address.to_hex();
            let v = verify(&permit2_payment(&permit(&token)), &req, NOW).unwrap();
            assert_eq!(v.payer, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
            // The ledger's nonce is the permit's, as a word; its validBefore the second after
            // the deadline (the deadline is the last good second).
            assert_eq!(v.nonce, "0x0000000000000000000000001000000000000000000000000000000000000000");
            assert_eq!((v.value.as_str(), v.valid_before.as_str()), ("1000", &*(NOW + 301).to_string()));
            assert_eq!(v.contract_signer, None);
            // Kept in the ledger and read back unchanged; an altered summary is refused.
            assert_eq!(VerifiedPayment::from_json(&v.to_json()), Some(v.clone()));
            let mut altered = v.clone();
            altered.valid_before = (NOW + 300).to_string();
            assert_eq!(VerifiedPayment::from_json(&altered.to_json()), None);
            altered = v.clone();
            altered.nonce = format!("0x{}", "00".repeat(32));
            assert_eq!(VerifiedPayment::from_json(&altered.to_json()), None);
        }
    }

    #[test]
    fn permit2_refusals() {
        let req = permit2_req("USDG");
        let usdg = req.asset.address.to_hex();
        let refused = |f: &dyn Fn(&mut permit2::PermitTransfer)| {
            let mut p = permit(&usdg);
            f(&mut p);
            verify(&permit2_payment(&p), &req, NOW).map(|_| ()).unwrap_err().info()
        };
        let status_reason = |e: crate::http::HttpError| (e.status_code, e.error);
        assert_eq!(status_reason(refused(&|p| p.spender = permit2::UPTO_PROXY)), (402, "invalid_permit2_spender".into()));
        assert_eq!(status_reason(refused(&|p| p.witness.to = p.from)), (402, "invalid_permit2_recipient_mismatch".into()));
        assert_eq!(status_reason(refused(&|p| p.amount = U256::from_u64(999))), (402, "permit2_amount_mismatch".into()));
        assert_eq!(status_reason(refused(&|p| p.token = p.from)), (402, "permit2_token_mismatch".into()));
        assert_eq!(status_reason(refused(&|p| p.deadline = U256::from_u64(NOW + 5))), (402, "permit2_deadline_expired".into()));
        assert_eq!(status_reason(refused(&|p| p.witness.valid_after = U256::from_u64(NOW + 1))), (402, "permit2_not_yet_valid".into()));
        assert_eq!(status_reason(refused(&|p| p.deadline = U256::from_u64(MAX_VALID_BEFORE))), (402, "invalid_exact_evm_payload_authorization_valid_before".into()));
        // Signed over one permit, presented with another nonce: not the payer's signature.
        let mut pay = permit2_payment(&permit(&usdg));
        let set_nonce = |pay: &mut Payment, n: &str| {
            let SignedPayload::Permit2(x) = &mut pay.payload else { unreachable!() };
            x.nonce = n.into();
        };
        set_nonce(&mut pay, "1");
        assert_eq!(status_reason(verify(&pay, &req, NOW).unwrap_err().info()), (402, "invalid_permit2_signature".into()));
        // Decimal integers only, as every x402 client sends them.
        set_nonce(&mut pay, "0x1");
        assert_eq!(verify(&pay, &req, NOW), Err(X402Error::MalformedAuthorization));
        // A deadline too near is "expired": a recorded payment is still answered from the ledger.
        let mut late = permit(&usdg);
        late.deadline = U256::from_u64(NOW + 5);
        let (_, window) = verify_signed(&permit2_payment(&late), &req, NOW).unwrap();
        assert!(window.unwrap_err().is_expired());
        // The other transfer method's payload is refused, whichever way round.
        assert_eq!(verify(&permit2_payment(&permit(&usdg)), &super::tests::req(), NOW).unwrap_err().reason(), "invalid_payload");
        assert_eq!(verify(&v1_payment(auth()), &req, NOW).unwrap_err().reason(), "invalid_payload");
    }
}
