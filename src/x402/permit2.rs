//! Permit2 payments: x402 `exact` with `extra.assetTransferMethod = "permit2"` (any ERC-20 the
//! payer has approved to Permit2) and `upto` (the payer signs a ceiling, the seller settles what
//! the work cost).
//!
//! The payer signs Permit2's `PermitWitnessTransferFrom` with an x402 witness; the spender is an
//! x402 proxy contract, which alone may present the permit to Permit2 and which forces the
//! transfer to the witness's recipient (and, for `upto`, lets only the witness's facilitator
//! settle, for at most the signed amount). This module is the pure part: the wire payload, the
//! EIP-712 digest, the checks made before anyone is called, and the proxies' call data.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{Json, Writer};
use crate::x402::address::Address;
use crate::x402::codec::const_hex;
use crate::x402::eip712::{keccak256, typed_data_digest};
use crate::x402::error::{Reason, X402Error};
use crate::x402::u256::U256;

/// Permit2, at the same address on every chain it is deployed on.
pub const PERMIT2: Address = Address(const_hex("000000000022d473030f116ddee9f6b43ac78ba3"));
/// The x402 `exact` proxy: its bytecode is fixed, so its CREATE2 address is the same everywhere.
pub const EXACT_PROXY: Address = Address(const_hex("402085c248eea27d92e8b30b2c58ed07f9e20001"));
/// The x402 `upto` proxy's canonical address. Deployments differ (OKX's X Layer proxy is
/// another), so a seller's configuration or its facilitator's `/supported` may name another.
pub const UPTO_PROXY: Address = Address(const_hex("4020a4f3b7b90cca423b9fabcc0ce57c6c240002"));

/// keccak256("EIP712Domain(string name,uint256 chainId,address verifyingContract)"): Permit2's
/// domain has no version.
const DOMAIN_TYPEHASH: [u8; 32] = const_hex("8cad95687ba82c2ce50e74f7b754645e5117c3a5bec8151c0726d5857980a866");
/// keccak256("Permit2").
const NAME_HASH: [u8; 32] = const_hex("9ac997416e8ff9d2ff6bebeb7149f65cdae5e32e2b90440b566bb3044041d36a");
/// keccak256("TokenPermissions(address token,uint256 amount)").
const TOKEN_PERMISSIONS_TYPEHASH: [u8; 32] = const_hex("618358ac3db8dc274f0cd8829da7e234bd48cd73c4a740aede1adec9846d06a1");
/// keccak256("Witness(address to,uint256 validAfter)").
const EXACT_WITNESS_TYPEHASH: [u8; 32] = const_hex("d97b3239a7f32295517bd14cb074edfdd188dfe5eb42f802bb26d4fd1eb12c37");
/// keccak256("Witness(address to,address facilitator,uint256 validAfter)").
const UPTO_WITNESS_TYPEHASH: [u8; 32] = const_hex("d4171c445a74218b01d4fd8af34ff1106580ea1e36ff837e64484bfaa2253b75");
/// keccak256 of "PermitWitnessTransferFrom(TokenPermissions permitted,address spender,uint256
/// nonce,uint256 deadline,Witness witness)TokenPermissions(address token,uint256 amount)" then the
/// exact witness, and the same with the upto witness.
const EXACT_TYPEHASH: [u8; 32] = const_hex("ebc156cd23678a74c94df13d772ef5478420637f0c94bd10d509e1dc98f521c7");
const UPTO_TYPEHASH: [u8; 32] = const_hex("51dff6974ad4388c499e7fcfe838d2bd767162553a144098ce20ea661d70c2ee");

/// Exact proxy `settle(((address,uint256),uint256,uint256),address,(address,uint256),bytes)`.
const SETTLE_EXACT: [u8; 4] = const_hex("13cd3b53");
/// Upto proxy `settle(((address,uint256),uint256,uint256),uint256,address,(address,address,uint256),bytes)`.
const SETTLE_UPTO: [u8; 4] = const_hex("ff11e7b4");
/// Permit2 `nonceBitmap(address,uint256)`.
const NONCE_BITMAP: [u8; 4] = const_hex("4fe02b44");
/// ERC-20 `allowance(address,address)`.
const ALLOWANCE: [u8; 4] = const_hex("dd62ed3e");

/// The x402 witness: where the money goes, from when, and (upto) who may settle it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Witness {
    pub to: Address,
    /// `upto` only: the one address the proxy lets settle.
    pub facilitator: Option<Address>,
    pub valid_after: U256,
}

/// A signed `PermitWitnessTransferFrom`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PermitTransfer {
    pub from: Address,
    pub token: Address,
    /// Exact: the price. Upto: the ceiling.
    pub amount: U256,
    pub spender: Address,
    /// Permit2's unordered nonce: any 256-bit number, used once per owner.
    pub nonce: U256,
    /// Last second (inclusive) the permit may be used.
    pub deadline: U256,
    pub witness: Witness,
}

/// Permit2's domain separator on `chain_id`.
pub fn domain_separator(chain_id: u64) -> [u8; 32] {
    let mut b = Vec::with_capacity(128);
    b.extend_from_slice(&DOMAIN_TYPEHASH);
    b.extend_from_slice(&NAME_HASH);
    b.extend_from_slice(&U256::from_u64(chain_id).0);
    b.extend_from_slice(&PERMIT2.to_word());
    keccak256(&b)
}

fn hash_words(words: &[[u8; 32]]) -> [u8; 32] {
    keccak256(&words.concat())
}

impl PermitTransfer {
    pub fn is_upto(&self) -> bool {
        self.witness.facilitator.is_some()
    }

    pub fn witness_hash(&self) -> [u8; 32] {
        let w = &self.witness;
        match &w.facilitator {
            Some(f) => hash_words(&[UPTO_WITNESS_TYPEHASH, w.to.to_word(), f.to_word(), w.valid_after.0]),
            None => hash_words(&[EXACT_WITNESS_TYPEHASH, w.to.to_word(), w.valid_after.0]),
        }
    }

    pub fn struct_hash(&self) -> [u8; 32] {
        let typehash = if self.is_upto() { UPTO_TYPEHASH } else { EXACT_TYPEHASH };
        let permitted = hash_words(&[TOKEN_PERMISSIONS_TYPEHASH, self.token.to_word(), self.amount.0]);
        hash_words(&[typehash, permitted, self.spender.to_word(), self.nonce.0, self.deadline.0, self.witness_hash()])
    }

    /// What the payer signed (EIP-712 under Permit2's domain on `chain_id`).
    pub fn digest(&self, chain_id: u64) -> [u8; 32] {
        typed_data_digest(&domain_separator(chain_id), &self.struct_hash())
    }

    /// The proxy's `settle` call data; `charge` is the upto amount (ignored for exact, which
    /// always transfers the permitted amount).
    pub fn settle_call(&self, charge: &U256, signature: &[u8]) -> Vec<u8> {
        let w = &self.witness;
        let mut words = vec![self.token.to_word(), self.amount.0, self.nonce.0, self.deadline.0];
        let data = match &w.facilitator {
            Some(f) => {
                words.extend([charge.0, self.from.to_word(), w.to.to_word(), f.to_word(), w.valid_after.0]);
                SETTLE_UPTO
            }
            None => {
                words.extend([self.from.to_word(), w.to.to_word(), w.valid_after.0]);
                SETTLE_EXACT
            }
        };
        // The signature's offset follows the head (the static words and the offset itself).
        words.push(U256::from_u64(32 * (words.len() as u64 + 1)).0);
        words.push(U256::from_u64(signature.len() as u64).0);
        let mut call = data.to_vec();
        call.extend_from_slice(&words.concat());
        call.extend_from_slice(signature);
        call.resize(call.len() + (32 - signature.len() % 32) % 32, 0);
        call
    }

    /// Permit2 `nonceBitmap(from, nonce >> 8)`: the word holding this permit's nonce bit.
    pub fn nonce_bitmap_call(&self) -> Vec<u8> {
        nonce_bitmap_call(&self.from, &self.nonce.0)
    }

    /// Whether `bitmap` (the answer to [`PermitTransfer::nonce_bitmap_call`]) marks the nonce used.
    pub fn nonce_used(&self, bitmap: &U256) -> bool {
        nonce_bit(bitmap, &self.nonce.0)
    }
}

/// `nonce >> 8`: the bitmap word that holds a nonce's bit.
pub fn nonce_word(nonce: &[u8; 32]) -> U256 {
    let mut word = [0u8; 32];
    word[1..].copy_from_slice(&nonce[..31]);
    U256(word)
}

/// Permit2 `nonceBitmap(owner, nonce >> 8)` call data (to [`PERMIT2`]).
pub fn nonce_bitmap_call(owner: &Address, nonce: &[u8; 32]) -> Vec<u8> {
    [&NONCE_BITMAP[..], &owner.to_word(), &nonce_word(nonce).0].concat()
}

/// Whether the bitmap word (or a cancellation's mask) holds the nonce's bit (`nonce & 0xff`).
pub fn nonce_bit(bitmap: &U256, nonce: &[u8; 32]) -> bool {
    let bit = nonce[31];
    bitmap.0[31 - usize::from(bit / 8)] & (1 << (bit % 8)) != 0
}

/// Which proxy `settle` a selector is: `Some(false)` exact, `Some(true)` upto.
pub fn settle_kind(selector: &[u8]) -> Option<bool> {
    match selector {
        s if s == SETTLE_EXACT => Some(false),
        s if s == SETTLE_UPTO => Some(true),
        _ => None,
    }
}

/// ERC-20 `allowance(owner, Permit2)`: what Permit2 may move of the payer's tokens.
pub fn allowance_call(owner: &Address) -> Vec<u8> {
    [&ALLOWANCE[..], &owner.to_word(), &PERMIT2.to_word()].concat()
}

// ---- the wire payload ----

/// A required string member.
fn req_str(obj: &Json, key: &str) -> Option<String> {
    obj.get(key)?.as_str().map(str::to_owned)
}

/// `payload` of a Permit2 payment, every field as sent (decimal strings), so it is forwarded
/// to a facilitator exactly as signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Permit2Payload {
    pub signature: String,
    pub from: String,
    pub token: String,
    pub amount: String,
    pub spender: String,
    pub nonce: String,
    pub deadline: String,
    pub to: String,
    pub facilitator: Option<String>,
    pub valid_after: String,
    /// An OKX agent wallet's session certificate (`payload.sessionCert` in v1,
    /// `accepted.extra.sessionCert` in v2): `signature` is then the session key's (Ed25519,
    /// base64), which only OKX can check; everything else is checked here.
    pub session_cert: Option<String>,
}

impl Permit2Payload {
    /// `{signature, permit2Authorization: {from, permitted: {token, amount}, spender, nonce,
    /// deadline, witness: {to, [facilitator,] validAfter}}}`; `None` if it is not that shape.
    pub fn from_json(v: &Json) -> Option<Permit2Payload> {
        let a = v.get("permit2Authorization")?;
        let permitted = a.get("permitted")?;
        let witness = a.get("witness")?;
        let facilitator = match witness.get("facilitator") {
            None => None,
            Some(f) => Some(f.as_str()?.to_owned()),
        };
        Some(Permit2Payload {
            signature: req_str(v, "signature")?,
            from: req_str(a, "from")?,
            token: req_str(permitted, "token")?,
            amount: req_str(permitted, "amount")?,
            spender: req_str(a, "spender")?,
            nonce: req_str(a, "nonce")?,
            deadline: req_str(a, "deadline")?,
            to: req_str(witness, "to")?,
            facilitator,
            valid_after: req_str(witness, "validAfter")?,
            session_cert: match v.get("sessionCert") {
                None => None,
                Some(c) => Some(c.as_str()?.to_owned()),
            },
        })
    }

    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("signature").str(&self.signature).key("permit2Authorization").open_obj();
        w.key("from").str(&self.from).key("permitted").open_obj().key("token").str(&self.token);
        w.key("amount").str(&self.amount).close_obj().key("spender").str(&self.spender);
        w.key("nonce").str(&self.nonce).key("deadline").str(&self.deadline);
        w.key("witness").open_obj().key("to").str(&self.to);
        if let Some(f) = &self.facilitator {
            w.key("facilitator").str(f);
        }
        w.key("validAfter").str(&self.valid_after).close_obj().close_obj();
        if let Some(c) = &self.session_cert {
            w.key("sessionCert").str(c);
        }
        w.close_obj();
    }

    /// The signed message. Integers are decimal, as every x402 client sends them.
    pub fn permit(&self) -> Result<PermitTransfer, X402Error> {
        let addr = |s: &str| Address::parse(s).ok_or(X402Error::MalformedAuthorization);
        let num = |s: &str| U256::from_dec_str(s).ok_or(X402Error::MalformedAuthorization);
        Ok(PermitTransfer {
            from: addr(&self.from)?,
            token: addr(&self.token)?,
            amount: num(&self.amount)?,
            spender: addr(&self.spender)?,
            nonce: num(&self.nonce)?,
            deadline: num(&self.deadline)?,
            witness: Witness {
                to: addr(&self.to)?,
                facilitator: self.facilitator.as_deref().map(addr).transpose()?,
                valid_after: num(&self.valid_after)?,
            },
        })
    }
}

// ---- what is checked before anyone is called ----

/// What this seller accepts for one Permit2 payment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Terms {
    pub token: Address,
    pub pay_to: Address,
    /// Exact: the price. Upto: the ceiling the payer must sign, exactly.
    pub amount: U256,
    /// The proxy the payer must name as spender.
    pub spender: Address,
    /// Upto: the address that settles (ours, or the facilitator's), named in the witness.
    pub facilitator: Option<Address>,
}

fn refuse(reason: Reason, message: &'static str) -> X402Error {
    X402Error::Flow { reason, message }
}

/// The reference facilitators' checks, in their order, before the signature, the time window
/// apart ([`window`]): spender, recipient, amount (exactly the terms': an exact payer pays the
/// price, an upto payer signs the advertised ceiling), token, and for upto the facilitator. A
/// permit of the other scheme's shape is refused as the wrong scheme.
pub fn check(p: &PermitTransfer, terms: &Terms) -> Result<(), X402Error> {
    if p.is_upto() != terms.facilitator.is_some() {
        return Err(X402Error::InvalidScheme);
    }
    if p.spender != terms.spender {
        return Err(refuse(Reason::Permit2Spender, "the permit's spender is not the x402 proxy this seller settles through"));
    }
    if p.witness.to != terms.pay_to {
        return Err(refuse(Reason::Permit2Recipient, "the permit's witness recipient is not payTo"));
    }
    if p.amount != terms.amount {
        return Err(refuse(Reason::Permit2Amount, "the permitted amount does not equal the required amount"));
    }
    if p.token != terms.token {
        return Err(refuse(Reason::Permit2Token, "the permitted token is not the required asset"));
    }
    if p.witness.facilitator != terms.facilitator {
        return Err(refuse(Reason::UptoFacilitator, "the permit's facilitator is not the one that settles for this seller"));
    }
    Ok(())
}

/// The permit's time window at unix time `now`: its deadline at least `margin` seconds ahead
/// (Permit2's deadline is inclusive; the settlement needs time to land), `validAfter` not in
/// the future (the proxy takes it from that second on), and, with the seller's opt-in cap
/// (`X402_MAX_VALIDITY_SECONDS`), the deadline no further ahead than that.
pub fn window(p: &PermitTransfer, margin: u64, max_validity_seconds: Option<u64>, now: u64) -> Result<(), X402Error> {
    if p.deadline < U256::from_u64(now.saturating_add(margin)) {
        return Err(X402Error::PermitExpired);
    }
    if p.witness.valid_after > U256::from_u64(now) {
        return Err(refuse(Reason::Permit2NotYetValid, "the permit is not yet valid (validAfter > now)"));
    }
    if max_validity_seconds.is_some_and(|cap| p.deadline > U256::from_u64(now.saturating_add(cap))) {
        return Err(X402Error::ValidBeforeTooFar);
    }
    Ok(())
}

/// A charge for metered work: at most the signed ceiling.
pub fn check_charge(ceiling: &U256, charge: &U256) -> Result<(), X402Error> {
    if *charge > *ceiling {
        return Err(exceeds_ceiling());
    }
    Ok(())
}

/// The refusal of a charge above the signed ceiling.
pub fn exceeds_ceiling() -> X402Error {
    refuse(Reason::UptoExceedsAmount, "the charge is above the signed ceiling")
}

#[cfg(test)]
mod tests {
    use crate::x402::codec::{parse_0x_hex, parse_0x_hex_vec, to_0x_hex};
    use crate::x402::recover::{parse_signature, recover_address};
    use super::*;

    fn addr(s: &str) -> Address {
        Address::parse(s).unwrap()
    }
    fn n(v: u64) -> U256 {
        U256::from_u64(v)
    }
    fn h(s: &str) -> [u8; 32] {
        parse_0x_hex(s).unwrap()
    }
    const HARDHAT0: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    const PAY_TO: &str = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    const USDG: &str = "0x4ae46a509F6b1D9056937BA4500cb143933D2dc8";

    /// Vector P1: Hardhat #0 pays 1000 USDG on X Layer through the exact proxy.
    fn p1() -> PermitTransfer {
        PermitTransfer {
            from: addr(HARDHAT0),
            token: addr(USDG),
            amount: n(1000),
            spender: EXACT_PROXY,
            nonce: n(123_456_789),
            deadline: n(1_767_225_600),
            witness: Witness { to: addr(PAY_TO), facilitator: None, valid_after: U256::ZERO },
        }
    }
    const P1_SIG: &str = "0x4fedd995f0a0b54ad862b0d4907dc6a47d6bba41f14b7f9a58af0e27e10e7993280bbdba7a166ecc2bbcfa8e0cdeedbb59f40fe6ca23a02673a1d1b86f15d2051b";

    /// Vector U1: the same payer signs a ceiling of 5,000,000 for the upto proxy, settled by
    /// Hardhat #2.
    fn u1() -> PermitTransfer {
        PermitTransfer {
            amount: n(5_000_000),
            spender: UPTO_PROXY,
            witness: Witness { facilitator: Some(addr("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")), ..p1().witness },
            ..p1()
        }
    }
    const U1_SIG: &str = "0xb6a2b16644b160677f2f76021ed9b367e231b1121a15598dfbeeb79cd40adfb41dcfe2245f90ef963d34e6fb087627460b5425cfcd8e10add68b4f9580ba99fc1b";

    #[test]
    fn type_hashes_are_the_type_strings() {
        let k = |s: &str| keccak256(s.as_bytes());
        assert_eq!(DOMAIN_TYPEHASH, k("EIP712Domain(string name,uint256 chainId,address verifyingContract)"));
        assert_eq!(NAME_HASH, k("Permit2"));
        assert_eq!(TOKEN_PERMISSIONS_TYPEHASH, k("TokenPermissions(address token,uint256 amount)"));
        assert_eq!(EXACT_WITNESS_TYPEHASH, k("Witness(address to,uint256 validAfter)"));
        assert_eq!(UPTO_WITNESS_TYPEHASH, k("Witness(address to,address facilitator,uint256 validAfter)"));
        let stub = "PermitWitnessTransferFrom(TokenPermissions permitted,address spender,uint256 nonce,uint256 deadline,";
        let tail = "Witness witness)TokenPermissions(address token,uint256 amount)";
        assert_eq!(EXACT_TYPEHASH, k(&[stub, tail, "Witness(address to,uint256 validAfter)"].concat()));
        assert_eq!(UPTO_TYPEHASH, k(&[stub, tail, "Witness(address to,address facilitator,uint256 validAfter)"].concat()));
        let sel = |s: &str| <[u8; 4]>::try_from(&k(s)[..4]).unwrap();
        assert_eq!(SETTLE_EXACT, sel("settle(((address,uint256),uint256,uint256),address,(address,uint256),bytes)"));
        assert_eq!(SETTLE_UPTO, sel("settle(((address,uint256),uint256,uint256),uint256,address,(address,address,uint256),bytes)"));
        assert_eq!(NONCE_BITMAP, sel("nonceBitmap(address,uint256)"));
        assert_eq!(ALLOWANCE, sel("allowance(address,address)"));
    }

    #[test]
    fn domain_separators() {
        for (chain, sep) in [
            (196, "0xd58d2a9f2b5ac4e6b7accfd138db6362b719071cb1c374f44b9f28c7048177aa"),
            (8453, "0x3b6f35e4fce979ef8eac3bcdc8c3fc38fe7911bb0c69c8fe72bf1fd1a17e6f07"),
            (84532, "0x010f27a92fb9a32622f44f001dc4d15706a85b33499cfc2ce9033113ab26592c"),
            (1, "0x866a5aba21966af95d6c7ab78eb2b2fc913915c28be3b9aa07cc04ff903e3f28"),
        ] {
            assert_eq!(domain_separator(chain), h(sep), "chain {chain}");
        }
    }

    #[test]
    fn vector_p1_exact() {
        let p = p1();
        assert_eq!(p.witness_hash(), h("0xafa46afae6d91ebd90980228ba40165372ff94bfd895c747cd1509bf5c16a0ed"));
        assert_eq!(p.struct_hash(), h("0x28e0d1f4d78038503076166d47ebeb3527767671b694db4e33d995ba9fe78e8d"));
        let digest = p.digest(196);
        assert_eq!(digest, h("0x99e5eff8b0d685af699a15c0a42a907e24edd6b183f1403bd84e76fae421ef20"));
        assert_eq!(recover_address(&digest, &parse_signature(P1_SIG).unwrap()).unwrap(), p.from);
        let call = p.settle_call(&U256::ZERO, &parse_0x_hex_vec(P1_SIG).unwrap());
        assert_eq!((call.len(), &call[..4]), (388, &SETTLE_EXACT[..]));
        assert_eq!(keccak256(&call), h("0xf8311bc2f682545b5c44ceac43dd0125e487a12726c08d8658c6e7f1e573c89d"));
    }

    #[test]
    fn vector_u1_upto() {
        let p = u1();
        assert_eq!(p.witness_hash(), h("0xe715de163d04e9b63df2e735abdab6213cfd66ec78b656745193263dda442975"));
        let digest = p.digest(196);
        assert_eq!(digest, h("0x66ffb63a97e65a143eb38ea6f3cb3afc8903ccf561fc47afbc08eb836d2523fc"));
        assert_eq!(recover_address(&digest, &parse_signature(U1_SIG).unwrap()).unwrap(), p.from);
        let call = p.settle_call(&n(1_234_000), &parse_0x_hex_vec(U1_SIG).unwrap());
        assert_eq!((call.len(), &call[..4]), (452, &SETTLE_UPTO[..]));
        assert_eq!(keccak256(&call), h("0xbd7168d10172c542570ee8dec6555d476fcebee7fa23313161591fab82f62c03"));
    }

    #[test]
    fn nonce_bitmap_word_and_bit() {
        let mut p = p1();
        // nonce = 0x1_05: word 1, bit 5.
        p.nonce = n(0x105);
        let call = p.nonce_bitmap_call();
        assert_eq!(call.len(), 4 + 64);
        assert_eq!(&call[36..], &n(1).0);
        assert!(p.nonce_used(&n(1 << 5)));
        assert!(!p.nonce_used(&n(1 << 4)));
        p.nonce = n(255);
        let mut top = [0u8; 32];
        top[0] = 0x80;
        assert!(p.nonce_used(&U256(top)));
        assert_eq!(&p.nonce_bitmap_call()[36..], &U256::ZERO.0);
        assert_eq!(to_0x_hex(&allowance_call(&p.from)[..4]), "0xdd62ed3e");
    }

    fn payload(p: &PermitTransfer, sig: &str) -> Json {
        let mut w = Writer::new();
        w.open_obj().key("signature").str(sig).key("permit2Authorization").open_obj();
        w.key("from").str(HARDHAT0).key("permitted").open_obj().key("token").str(USDG).key("amount").str(&p.amount.to_dec_string()).close_obj();
        w.key("spender").str(&p.spender.to_hex()).key("nonce").str("123456789").key("deadline").str("1767225600");
        w.key("witness").open_obj().key("to").str(PAY_TO);
        if let Some(f) = &p.witness.facilitator {
            w.key("facilitator").str(&f.to_hex());
        }
        w.key("validAfter").str("0").close_obj().close_obj().close_obj();
        crate::json::parse(w.finish().as_bytes()).unwrap()
    }

    #[test]
    fn wire_payload_round_trips() {
        for (p, sig) in [(p1(), P1_SIG), (u1(), U1_SIG)] {
            let json = payload(&p, sig);
            let wire = Permit2Payload::from_json(&json).unwrap();
            assert_eq!(wire.permit().unwrap(), p);
            let mut w = Writer::new();
            wire.write(&mut w);
            assert_eq!(crate::json::parse(w.finish().as_bytes()).unwrap(), json);
        }
        // Not the shape: an EIP-3009 payload, a number where a string belongs.
        let eip3009 = crate::json::parse(br#"{"signature":"0x","authorization":{}}"#).unwrap();
        assert!(Permit2Payload::from_json(&eip3009).is_none());
        let mut wire = Permit2Payload::from_json(&payload(&p1(), P1_SIG)).unwrap();
        wire.nonce = "0x75bcd15".into();
        assert_eq!(wire.permit(), Err(X402Error::MalformedAuthorization));
    }

    const NOW: u64 = 1_767_225_000;

    fn exact_terms() -> Terms {
        Terms { token: addr(USDG), pay_to: addr(PAY_TO), amount: n(1000), spender: EXACT_PROXY, facilitator: None }
    }

    fn reason(r: Result<(), X402Error>) -> &'static str {
        r.map_or_else(|e| e.reason(), |()| "ok")
    }

    #[test]
    fn every_check_refuses_on_its_own() {
        let t = exact_terms();
        assert_eq!(reason(check(&p1(), &t)), "ok");
        let with = |f: &dyn Fn(&mut PermitTransfer)| {
            let mut p = p1();
            f(&mut p);
            reason(check(&p, &t).and_then(|()| window(&p, 6, None, NOW)))
        };
        assert_eq!(with(&|p| p.spender = UPTO_PROXY), "invalid_permit2_spender");
        assert_eq!(with(&|p| p.witness.to = p.from), "invalid_permit2_recipient_mismatch");
        // The deadline is inclusive on chain; 6 s are left for the settlement to land.
        assert_eq!(with(&|p| p.deadline = n(NOW + 5)), "permit2_deadline_expired");
        assert_eq!(with(&|p| p.deadline = n(NOW + 6)), "ok");
        assert_eq!(with(&|p| p.witness.valid_after = n(NOW + 1)), "permit2_not_yet_valid");
        assert_eq!(with(&|p| p.witness.valid_after = n(NOW)), "ok");
        assert_eq!(with(&|p| p.amount = n(1001)), "permit2_amount_mismatch");
        assert_eq!(with(&|p| p.amount = n(999)), "permit2_amount_mismatch");
        assert_eq!(with(&|p| p.token = p.from), "permit2_token_mismatch");
        assert_eq!(with(&|p| p.witness.facilitator = Some(p.from)), "invalid_scheme");
        // The seller's cap on how far ahead the deadline may be.
        assert_eq!(reason(window(&p1(), 6, Some(600), NOW)), "ok");
        assert_eq!(reason(window(&p1(), 6, Some(599), NOW)), "invalid_exact_evm_payload_authorization_valid_before");
    }

    #[test]
    fn upto_checks_the_facilitator_and_the_charge() {
        let facilitator = addr("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        let t = Terms { amount: n(5_000_000), spender: UPTO_PROXY, facilitator: Some(facilitator), ..exact_terms() };
        assert_eq!(reason(check(&u1(), &t)), "ok");
        assert_eq!(reason(check(&p1(), &t)), "invalid_scheme");
        let other = Terms { facilitator: Some(addr(PAY_TO)), ..t.clone() };
        assert_eq!(reason(check(&u1(), &other)), "upto_facilitator_mismatch");
        // Another upto proxy (OKX's on X Layer) is another spender.
        let okx = Terms { spender: addr("0x4020e7393B728A3939659E5732F87fdd8e680002"), ..t };
        assert_eq!(reason(check(&u1(), &okx)), "invalid_permit2_spender");
        assert_eq!(reason(check_charge(&u1().amount, &n(5_000_000))), "ok");
        assert_eq!(reason(check_charge(&u1().amount, &U256::ZERO)), "ok");
        assert_eq!(reason(check_charge(&u1().amount, &n(5_000_001))), "invalid_upto_evm_payload_settlement_exceeds_amount");
    }

    /// The paywall page signs permits itself: its copies of these addresses are these.
    #[test]
    fn paywall_page_signs_for_these_contracts() {
        let page = include_str!("../../functions/src/lib/paywall-page.js");
        let copy = |name: &str| {
            let start = page.find(&format!("const {name} = '")).unwrap_or_else(|| panic!("the page's {name}")) + name.len() + 10;
            Address::parse(&page[start..start + 42]).unwrap_or_else(|| panic!("the page's {name} is an address"))
        };
        assert_eq!(copy("UPTO_PROXY"), UPTO_PROXY);
        assert_eq!(copy("EXACT_PROXY"), EXACT_PROXY);
        assert_eq!(copy("PERMIT2"), PERMIT2);
    }
}
