//! Solidity ABI: call data for the EIP-3009 token calls and decoders for what they
//! return (`uint256`, `bool`, `bytes32`, `string`, the EIP-5267 `eip712Domain()` tuple)
//! and for revert data, so a failed simulation can say why.
//!
//! Decoders read untrusted node answers: every offset and length is bounds-checked.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::codec::{self, const_hex};
use crate::x402::eip712::TransferWithAuthorization;
use crate::x402::u256::U256;

/// `transferWithAuthorization(address,address,uint256,uint256,uint256,bytes32,uint8,bytes32,bytes32)`.
pub const TRANSFER_WITH_AUTHORIZATION_VRS: [u8; 4] = const_hex("e3ee160e");
/// `transferWithAuthorization(address,address,uint256,uint256,uint256,bytes32,bytes)`.
pub const TRANSFER_WITH_AUTHORIZATION_BYTES: [u8; 4] = const_hex("cf092995");
/// `authorizationState(address,bytes32)`.
pub const AUTHORIZATION_STATE: [u8; 4] = const_hex("e94a0102");
/// `aggregate3((address,bool,bytes)[])` (Multicall3).
pub const AGGREGATE3: [u8; 4] = const_hex("82ad56cb");
/// `balanceOf(address)`.
pub const BALANCE_OF: [u8; 4] = const_hex("70a08231");
/// `name()`.
pub const NAME: [u8; 4] = const_hex("06fdde03");
/// `version()`.
pub const VERSION: [u8; 4] = const_hex("54fd4d50");
/// `DOMAIN_SEPARATOR()`.
pub const DOMAIN_SEPARATOR: [u8; 4] = const_hex("3644e515");
/// `eip712Domain()` (EIP-5267).
pub const EIP712_DOMAIN: [u8; 4] = const_hex("84b0196e");
/// `Error(string)`, what `require(cond, "msg")` reverts with.
pub const ERROR_STRING: [u8; 4] = const_hex("08c379a0");
/// `Panic(uint256)` (failed assert, overflow, …).
pub const PANIC: [u8; 4] = const_hex("4e487b71");

/// Custom errors worth naming in explanations: Paxos-style EIP-3009 tokens revert with
/// these (as modelled by tests/contracts); anything else is shown as a hex selector.
const KNOWN_ERRORS: [([u8; 4], &str); 4] = [
    (const_hex("8baa579f"), "InvalidSignature()"),
    (const_hex("0f05f5bf"), "AuthorizationExpired()"),
    (const_hex("c906bf28"), "AuthorizationInvalid()"),
    (const_hex("356680b7"), "InsufficientFunds()"),
];

fn call(selector: [u8; 4], words: &[[u8; 32]]) -> Vec<u8> {
    let mut data = Vec::with_capacity(4 + 32 * words.len());
    data.extend_from_slice(&selector);
    for w in words {
        data.extend_from_slice(w);
    }
    data
}

/// `transferWithAuthorization` call data. A 65-byte signature (r ‖ s ‖ v) uses the
/// `(v, r, s)` overload that every EIP-3009 token has, with `v` as 27/28 (ecrecover wants
/// that; clients may send a 0/1 y-parity). Any other length (EIP-1271 / ERC-6492 smart
/// wallets) uses the `bytes` overload.
pub fn transfer_with_authorization(m: &TransferWithAuthorization, signature: &[u8]) -> Vec<u8> {
    let head = [m.from.to_word(), m.to.to_word(), m.value.0, m.valid_after.0, m.valid_before.0, m.nonce];
    if let (Some(r), Some(s), Some(&v)) = (signature.get(..32), signature.get(32..64), signature.get(64)) {
        if signature.len() == 65 {
            let mut data = call(TRANSFER_WITH_AUTHORIZATION_VRS, &head);
            data.extend_from_slice(&U256::from_u64(u64::from(if v < 27 { v + 27 } else { v })).0);
            data.extend_from_slice(r);
            data.extend_from_slice(s);
            return data;
        }
    }
    let mut data = call(TRANSFER_WITH_AUTHORIZATION_BYTES, &head);
    // The `bytes` tail starts after the 7 head words.
    data.extend_from_slice(&U256::from_u64(7 * 32).0);
    data.extend_from_slice(&U256::from_u64(signature.len() as u64).0);
    data.extend_from_slice(signature);
    data.resize(data.len() + (32 - signature.len() % 32) % 32, 0);
    data
}

/// `transferWithAuthorization(…, bytes signature)` call data whatever the signature's length:
/// a contract wallet's signature goes to the token's EIP-1271-aware overload.
pub fn transfer_with_authorization_bytes(m: &TransferWithAuthorization, signature: &[u8]) -> Vec<u8> {
    let head = [m.from.to_word(), m.to.to_word(), m.value.0, m.valid_after.0, m.valid_before.0, m.nonce];
    let mut data = call(TRANSFER_WITH_AUTHORIZATION_BYTES, &head);
    data.extend_from_slice(&U256::from_u64(7 * 32).0);
    push_bytes(&mut data, signature);
    data
}

/// `bytes` content: its length word, then the bytes padded to 32.
fn push_bytes(data: &mut Vec<u8>, bytes: &[u8]) {
    data.extend_from_slice(&U256::from_u64(bytes.len() as u64).0);
    data.extend_from_slice(bytes);
    data.resize(data.len() + (32 - bytes.len() % 32) % 32, 0);
}

/// Multicall3's `aggregate3((address target, bool allowFailure, bytes callData)[])` call data.
pub fn aggregate3(calls: &[(Address, bool, Vec<u8>)]) -> Vec<u8> {
    let mut data = AGGREGATE3.to_vec();
    data.extend_from_slice(&U256::from_u64(32).0);
    data.extend_from_slice(&U256::from_u64(calls.len() as u64).0);
    // Each tuple is dynamic (it holds bytes): offsets from the start of the offsets' block.
    let mut tails = Vec::new();
    let mut offset = 32 * calls.len();
    let mut offsets = Vec::new();
    for (target, allow_failure, call_data) in calls {
        offsets.push(offset);
        let mut t = Vec::new();
        t.extend_from_slice(&target.to_word());
        t.extend_from_slice(&U256::from_u64(u64::from(*allow_failure)).0);
        t.extend_from_slice(&U256::from_u64(96).0);
        push_bytes(&mut t, call_data);
        offset += t.len();
        tails.push(t);
    }
    for o in offsets {
        data.extend_from_slice(&U256::from_u64(o as u64).0);
    }
    for t in tails {
        data.extend_from_slice(&t);
    }
    data
}

/// `authorizationState(authorizer, nonce)` call data.
pub fn authorization_state(authorizer: &Address, nonce: &[u8; 32]) -> Vec<u8> {
    call(AUTHORIZATION_STATE, &[authorizer.to_word(), *nonce])
}

/// `balanceOf(owner)` call data.
pub fn balance_of(owner: &Address) -> Vec<u8> {
    call(BALANCE_OF, &[owner.to_word()])
}

/// Call data of an argument-less getter (`NAME`, `VERSION`, `DOMAIN_SEPARATOR`, `EIP712_DOMAIN`).
pub fn getter(selector: [u8; 4]) -> Vec<u8> {
    selector.to_vec()
}

/// The 32-byte word at index `i`.
pub fn word(data: &[u8], i: usize) -> Option<[u8; 32]> {
    let start = i.checked_mul(32)?;
    data.get(start..start.checked_add(32)?)?.try_into().ok()
}

/// A word holding a small integer (offset, length): `None` if it does not fit `usize`.
fn small(w: &[u8; 32]) -> Option<usize> {
    usize::try_from(U256(*w).to_u64()?).ok()
}

pub fn decode_uint256(data: &[u8]) -> Option<U256> {
    word(data, 0).map(U256)
}

pub fn decode_bytes32(data: &[u8]) -> Option<[u8; 32]> {
    word(data, 0)
}

/// Strict: only 0 and 1 are booleans.
pub fn decode_bool(data: &[u8]) -> Option<bool> {
    let w = U256(word(data, 0)?);
    if w.is_zero() {
        Some(false)
    } else if w == U256::from_u64(1) {
        Some(true)
    } else {
        None
    }
}

pub fn decode_address(data: &[u8]) -> Option<Address> {
    let w = word(data, 0)?;
    if w[..12].iter().any(|&b| b != 0) {
        return None;
    }
    w.get(12..)?.try_into().ok().map(Address)
}

/// The dynamic `bytes`/`string` whose offset (relative to `data`) is in word `i`.
fn dynamic(data: &[u8], i: usize) -> Option<&[u8]> {
    let offset = small(&word(data, i)?)?;
    let tail = data.get(offset..)?;
    let len = small(&word(tail, 0)?)?;
    tail.get(32..32usize.checked_add(len)?)
}

/// A `string` return value (UTF-8). Old tokens (MKR-style) return `bytes32` instead: a
/// lone word is read as zero-padded text.
pub fn decode_string(data: &[u8]) -> Option<String> {
    let raw = match dynamic(data, 0) {
        Some(s) => s,
        None if data.len() == 32 => {
            let end = data.iter().position(|&b| b == 0).unwrap_or(32);
            data.get(..end)?
        }
        None => return None,
    };
    String::from_utf8(raw.to_vec()).ok()
}

/// `eip712Domain()` (EIP-5267): which fields the token declares and their values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eip712Domain {
    /// Bit 0 name, 1 version, 2 chainId, 3 verifyingContract, 4 salt.
    pub fields: u8,
    pub name: String,
    pub version: String,
    pub chain_id: U256,
    pub verifying_contract: Address,
    pub salt: [u8; 32],
}

impl Eip712Domain {
    /// True when the domain is exactly `(name, version, chainId, verifyingContract)`,
    /// the only shape [`crate::x402::eip712::domain_separator`] computes.
    pub fn is_standard(&self) -> bool {
        self.fields == 0x0f
    }
}

/// Decodes `(bytes1 fields, string name, string version, uint256 chainId, address
/// verifyingContract, bytes32 salt, uint256[] extensions)`; extensions are ignored.
pub fn decode_eip712_domain(data: &[u8]) -> Option<Eip712Domain> {
    let fields = word(data, 0)?;
    Some(Eip712Domain {
        fields: fields[0],
        name: String::from_utf8(dynamic(data, 1)?.to_vec()).ok()?,
        version: String::from_utf8(dynamic(data, 2)?.to_vec()).ok()?,
        chain_id: U256(word(data, 3)?),
        verifying_contract: decode_address(data.get(4 * 32..)?)?,
        salt: word(data, 5)?,
    })
}

/// Why a call reverted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Revert {
    /// No data: `revert()`, out of gas, or a node that does not return revert data.
    Empty,
    /// `Error(string)`.
    Message(String),
    /// `Panic(uint256)` code.
    Panic(U256),
    /// A custom error: selector and raw arguments.
    Custom([u8; 4], Vec<u8>),
    /// Fewer than 4 bytes, or a malformed `Error(string)`.
    Malformed(Vec<u8>),
}

pub fn decode_revert(data: &[u8]) -> Revert {
    let (Some(sel), Some(args)) = (data.get(..4), data.get(4..)) else {
        return if data.is_empty() { Revert::Empty } else { Revert::Malformed(data.to_vec()) };
    };
    let sel: [u8; 4] = [sel[0], sel[1], sel[2], sel[3]];
    match sel {
        ERROR_STRING => match dynamic(args, 0).and_then(|m| String::from_utf8(m.to_vec()).ok()) {
            Some(m) => Revert::Message(m),
            None => Revert::Malformed(data.to_vec()),
        },
        PANIC => match decode_uint256(args) {
            Some(code) => Revert::Panic(code),
            None => Revert::Malformed(data.to_vec()),
        },
        _ => Revert::Custom(sel, args.to_vec()),
    }
}

impl Revert {
    /// One line for error details (no `format!`: it stays off the wasm path).
    pub fn describe(&self) -> String {
        match self {
            Revert::Empty => "reverted without data".into(),
            Revert::Message(m) => codec::cat(&["reverted: ", m]),
            Revert::Panic(code) => {
                let digits = hex::encode(code.0);
                let digits = digits.trim_start_matches('0');
                codec::cat(&["panicked: code 0x", if digits.is_empty() { "0" } else { digits }])
            }
            Revert::Custom(sel, args) => {
                let mut out = String::from("reverted with custom error ");
                if let Some((_, name)) = KNOWN_ERRORS.iter().find(|(k, _)| k == sel) {
                    out.push_str(name);
                    out.push(' ');
                }
                out.push_str(&codec::to_0x_hex(sel));
                if !args.is_empty() {
                    out.push_str(" data ");
                    out.push_str(&codec::to_0x_hex(args));
                }
                out
            }
            Revert::Malformed(d) => codec::cat(&["reverted with undecodable data ", &codec::to_0x_hex(d)]),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use crate::x402::eip712::keccak256;
    use super::*;

    pub(crate) const SIG_C: &str = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";

    /// Vector C: the well-known test key's RFC 6979 signature.
    pub(crate) fn message_c() -> TransferWithAuthorization {
        TransferWithAuthorization {
            from: Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266").unwrap(),
            to: Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").unwrap(),
            value: U256::from_u64(1),
            valid_after: U256::ZERO,
            valid_before: U256::from_u64(1767225600),
            nonce: [0x11; 32],
        }
    }

    fn selector(sig: &str) -> [u8; 4] {
        keccak256(sig.as_bytes())[..4].try_into().unwrap()
    }

    fn enc_string(s: &str) -> Vec<u8> {
        let mut d = U256::from_u64(32).0.to_vec();
        d.extend_from_slice(&U256::from_u64(s.len() as u64).0);
        d.extend_from_slice(s.as_bytes());
        d.resize(d.len() + (32 - s.len() % 32) % 32, 0);
        d
    }

    #[test]
    fn selectors() {
        let t = "transferWithAuthorization(address,address,uint256,uint256,uint256,bytes32,";
        assert_eq!(selector(&[t, "uint8,bytes32,bytes32)"].concat()), TRANSFER_WITH_AUTHORIZATION_VRS);
        assert_eq!(selector(&[t, "bytes)"].concat()), TRANSFER_WITH_AUTHORIZATION_BYTES);
        for (sig, sel) in [
            ("authorizationState(address,bytes32)", AUTHORIZATION_STATE),
            ("balanceOf(address)", BALANCE_OF),
            ("name()", NAME),
            ("version()", VERSION),
            ("DOMAIN_SEPARATOR()", DOMAIN_SEPARATOR),
            ("eip712Domain()", EIP712_DOMAIN),
            ("Error(string)", ERROR_STRING),
            ("Panic(uint256)", PANIC),
        ] {
            assert_eq!(selector(sig), sel, "{sig}");
        }
    }

    /// Expected call data from viem 2 `encodeFunctionData` with the two overloads (vector C
    /// arguments; the `bytes` case signs with SIG_C ‖ 0xabcd, a 67-byte "smart wallet" blob).
    #[test]
    fn transfer_with_authorization_overloads() {
        let head = "000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266\
                    00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8\
                    0000000000000000000000000000000000000000000000000000000000000001\
                    0000000000000000000000000000000000000000000000000000000000000000\
                    000000000000000000000000000000000000000000000000000000006955b900\
                    1111111111111111111111111111111111111111111111111111111111111111";
        let sig = codec::parse_0x_hex_vec(SIG_C).unwrap();
        let vrs = [
            "e3ee160e",
            head,
            "000000000000000000000000000000000000000000000000000000000000001b",
            "287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df8",
            "1d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f",
        ]
        .concat();
        assert_eq!(hex::encode(transfer_with_authorization(&message_c(), &sig)), vrs);
        // A 0/1 y-parity goes on chain as 27/28.
        let mut parity = sig.clone();
        parity[64] = 0;
        assert_eq!(hex::encode(transfer_with_authorization(&message_c(), &parity)), vrs);
        let mut long = sig.clone();
        long.extend_from_slice(&[0xab, 0xcd]);
        let bytes = [
            "cf092995",
            head,
            "00000000000000000000000000000000000000000000000000000000000000e0",
            "0000000000000000000000000000000000000000000000000000000000000043",
            "287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df8",
            "1d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f",
            "1babcd0000000000000000000000000000000000000000000000000000000000",
        ]
        .concat();
        assert_eq!(hex::encode(transfer_with_authorization(&message_c(), &long)), bytes);
        // Short and empty signatures take the `bytes` overload too (the token will refuse them).
        assert!(transfer_with_authorization(&message_c(), &[]).starts_with(&TRANSFER_WITH_AUTHORIZATION_BYTES));
        assert_eq!(transfer_with_authorization(&message_c(), &sig[..64]).len(), 4 + 8 * 32 + 64);
    }

    #[test]
    fn getters() {
        let a = Address::parse("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266").unwrap();
        assert_eq!(hex::encode(balance_of(&a)), ["70a08231", &hex::encode(a.to_word())].concat());
        let st = authorization_state(&a, &[0x11; 32]);
        assert_eq!(st.len(), 68);
        assert_eq!(&st[..4], &AUTHORIZATION_STATE);
        assert_eq!(getter(NAME), vec![0x06, 0xfd, 0xde, 0x03]);
    }

    #[test]
    fn decodes_values() {
        let one = U256::from_u64(1).0;
        assert_eq!(decode_uint256(&one), Some(U256::from_u64(1)));
        assert_eq!(decode_uint256(&one[..31]), None);
        assert_eq!(decode_bool(&one), Some(true));
        assert_eq!(decode_bool(&[0; 32]), Some(false));
        assert_eq!(decode_bool(&U256::from_u64(2).0), None);
        assert_eq!(decode_bytes32(&[7; 40]), Some([7; 32]));
        assert_eq!(decode_address(&[0xff; 32]), None);
        assert_eq!(decode_string(&enc_string("Global Dollar")).as_deref(), Some("Global Dollar"));
        assert_eq!(decode_string(&enc_string("USD₮0")).as_deref(), Some("USD₮0"));
        assert_eq!(decode_string(&enc_string("")).as_deref(), Some(""));
        let mut mkr = [0u8; 32];
        mkr[..3].copy_from_slice(b"MKR");
        assert_eq!(decode_string(&mkr).as_deref(), Some("MKR"));
        // Offsets and lengths past the end, huge values, bad UTF-8: refused, never a panic.
        let mut bad = enc_string("abc");
        bad[63] = 200;
        assert_eq!(decode_string(&bad), None);
        assert_eq!(decode_string(&[0xff; 96]), None);
        let mut utf = enc_string("ab");
        utf[64] = 0xff;
        assert_eq!(decode_string(&utf), None);
        assert_eq!(decode_string(&[]), None);
        assert_eq!(word(&[0; 64], usize::MAX), None);
    }

    /// USDC-style `eip712Domain()` answer, assembled by hand from the ABI rules.
    pub(crate) fn domain_answer(name: &str, version: &str, chain: u64, contract: &Address) -> Vec<u8> {
        let tail = |s: &str| enc_string(s)[32..].to_vec();
        let (n, v) = (tail(name), tail(version));
        let mut d = Vec::new();
        let mut fields = [0u8; 32];
        fields[0] = 0x0f;
        d.extend_from_slice(&fields);
        d.extend_from_slice(&U256::from_u64(7 * 32).0);
        d.extend_from_slice(&U256::from_u64((7 * 32 + n.len()) as u64).0);
        d.extend_from_slice(&U256::from_u64(chain).0);
        d.extend_from_slice(&contract.to_word());
        d.extend_from_slice(&[0; 32]);
        d.extend_from_slice(&U256::from_u64((7 * 32 + n.len() + v.len()) as u64).0);
        d.extend_from_slice(&n);
        d.extend_from_slice(&v);
        d.extend_from_slice(&[0; 32]); // empty extensions
        d
    }

    #[test]
    fn eip712_domain() {
        let usdc = Address::parse("0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913").unwrap();
        let d = decode_eip712_domain(&domain_answer("USD Coin", "2", 8453, &usdc)).unwrap();
        assert_eq!((d.name.as_str(), d.version.as_str()), ("USD Coin", "2"));
        assert_eq!((d.chain_id, d.verifying_contract, d.is_standard()), (U256::from_u64(8453), usdc, true));
        let data = domain_answer("USD Coin", "2", 8453, &usdc);
        for cut in [0, 31, 200, 7 * 32 + 40] {
            assert_eq!(decode_eip712_domain(&data[..cut]), None, "{cut}");
        }
    }

    #[test]
    fn reverts() {
        let mut err = ERROR_STRING.to_vec();
        err.extend_from_slice(&enc_string("FiatTokenV2: invalid signature"));
        assert_eq!(decode_revert(&err), Revert::Message("FiatTokenV2: invalid signature".into()));
        assert_eq!(decode_revert(&err).describe(), "reverted: FiatTokenV2: invalid signature");
        let mut panic = PANIC.to_vec();
        panic.extend_from_slice(&U256::from_u64(0x11).0);
        assert_eq!(decode_revert(&panic).describe(), "panicked: code 0x11");
        for (sel, name) in KNOWN_ERRORS {
            assert_eq!(selector(name), sel, "{name}");
        }
        let custom = selector("InvalidSignature()");
        assert_eq!(decode_revert(&custom), Revert::Custom(custom, vec![]));
        assert_eq!(decode_revert(&custom).describe(), "reverted with custom error InvalidSignature() 0x8baa579f");
        let unknown = selector("Paused()");
        assert_eq!(decode_revert(&unknown).describe(), ["reverted with custom error ", &codec::to_0x_hex(&unknown)].concat());
        let mut with_args = unknown.to_vec();
        with_args.push(1);
        assert!(decode_revert(&with_args).describe().ends_with(" data 0x01"));
        assert_eq!(decode_revert(&[]), Revert::Empty);
        assert_eq!(decode_revert(&[1, 2]), Revert::Malformed(vec![1, 2]));
        assert!(matches!(decode_revert(&err[..40]), Revert::Malformed(_)));
        assert!(matches!(decode_revert(&PANIC), Revert::Malformed(_)));
    }
}
