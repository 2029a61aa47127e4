//! EIP-712 hashing for EIP-3009 `TransferWithAuthorization` (all hashes keccak256), and
//! keccak256 itself.

use crate::x402::address::Address;
use crate::x402::codec::const_hex;
use crate::x402::u256::U256;

/// keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")
pub const EIP712_DOMAIN_TYPEHASH: [u8; 32] =
    const_hex("0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f");

/// keccak256("TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)")
pub const TRANSFER_WITH_AUTHORIZATION_TYPEHASH: [u8; 32] =
    const_hex("0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267");

pub fn keccak256(data: &[u8]) -> [u8; 32] {
    keccak256_of(&[data])
}

/// keccak256 of `parts` concatenated: the Keccak-f[1600] sponge at rate 136 with Keccak's own
/// padding (0x01 … 0x80), around the `keccak` crate's permutation. The `sha3` crate's `digest`
/// wrappers around the same permutation cost 2 KB more of each EVM module, with an `unwrap`
/// that kept core's `Debug` formatting in the challenge flavor. Byte by byte: the permutation
/// is the cost (the tests compare it with `sha3` around every block boundary).
pub fn keccak256_of(parts: &[&[u8]]) -> [u8; 32] {
    const RATE: usize = 136;
    let mut lanes = [0u64; 25];
    let mut at = 0;
    for byte in parts.iter().flat_map(|p| p.iter()) {
        lanes[(at / 8) % 25] ^= u64::from(*byte) << (8 * (at % 8));
        at += 1;
        if at == RATE {
            keccak::f1600(&mut lanes);
            at = 0;
        }
    }
    lanes[(at / 8) % 25] ^= 0x01 << (8 * (at % 8));
    lanes[(RATE - 1) / 8] ^= 0x80 << 56;
    keccak::f1600(&mut lanes);
    let mut out = [0u8; 32];
    for (chunk, lane) in out.chunks_exact_mut(8).zip(lanes) {
        chunk.copy_from_slice(&lane.to_le_bytes());
    }
    out
}

/// The EIP-3009 message being signed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransferWithAuthorization {
    pub from: Address,
    pub to: Address,
    pub value: U256,
    pub valid_after: U256,
    pub valid_before: U256,
    pub nonce: [u8; 32],
}

/// keccak(typehash ‖ keccak(name) ‖ keccak(version) ‖ uint256 chainId ‖ verifyingContract)
pub fn domain_separator(
    name: &str,
    version: &str,
    chain_id: u64,
    verifying_contract: &Address,
) -> [u8; 32] {
    keccak256_of(&[
        &EIP712_DOMAIN_TYPEHASH,
        &keccak256(name.as_bytes()),
        &keccak256(version.as_bytes()),
        &U256::from_u64(chain_id).0,
        &verifying_contract.to_word(),
    ])
}

/// keccak(typehash ‖ from ‖ to ‖ value ‖ validAfter ‖ validBefore ‖ nonce)
pub fn struct_hash(m: &TransferWithAuthorization) -> [u8; 32] {
    keccak256_of(&[
        &TRANSFER_WITH_AUTHORIZATION_TYPEHASH,
        &m.from.to_word(),
        &m.to.to_word(),
        &m.value.0,
        &m.valid_after.0,
        &m.valid_before.0,
        &m.nonce,
    ])
}

/// keccak(0x19 ‖ 0x01 ‖ domainSeparator ‖ structHash)
pub fn typed_data_digest(domain_separator: &[u8; 32], struct_hash: &[u8; 32]) -> [u8; 32] {
    keccak256_of(&[&[0x19, 0x01], domain_separator, struct_hash])
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The sponge against the `sha3` crate at every length up to three blocks, whole and in
    /// parts split at every point, and the empty input's known hash.
    #[test]
    fn keccak_matches_sha3() {
        use sha3::{Digest, Keccak256};
        assert_eq!(keccak256(b""), h32("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        let data: Vec<u8> = (0..3 * 136 + 2).map(|i| (i * 7 + 3) as u8).collect();
        for len in 0..data.len() {
            let want: [u8; 32] = Keccak256::digest(&data[..len]).into();
            assert_eq!(keccak256(&data[..len]), want, "length {len}");
            for cut in [0, len / 3, len / 2, len] {
                assert_eq!(keccak256_of(&[&data[..cut], &[], &data[cut..len]]), want, "length {len} cut at {cut}");
            }
        }
    }

    fn h32(s: &str) -> [u8; 32] {
        crate::x402::codec::parse_0x_hex(s).unwrap()
    }
    fn addr(s: &str) -> Address {
        Address::parse(s).unwrap()
    }

    /// Vector A: the public x402 sample on Base Sepolia.
    pub(crate) fn vector_a() -> (TransferWithAuthorization, Address) {
        let m = TransferWithAuthorization {
            from: addr("0x857b06519E91e3A54538791bDbb0E22373e36b66"),
            to: addr("0x209693Bc6afc0C5328bA36FaF03C514EF312287C"),
            value: U256::from_u64(10000),
            valid_after: U256::from_u64(1740672089),
            valid_before: U256::from_u64(1740672154),
            nonce: h32("0xf3746613c2d920b5fdabc0856f2aeb2d4f88ee6037b8cc5d04a71a4462f13480"),
        };
        (m, addr("0x036CbD53842c5426634e7929541eC2318f3dCF7e"))
    }

    #[test]
    fn typehashes() {
        assert_eq!(
            keccak256(
                b"EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
            ),
            EIP712_DOMAIN_TYPEHASH
        );
        assert_eq!(
            keccak256(b"TransferWithAuthorization(address from,address to,uint256 value,uint256 validAfter,uint256 validBefore,bytes32 nonce)"),
            TRANSFER_WITH_AUTHORIZATION_TYPEHASH
        );
    }

    #[test]
    fn vector_a_hashes() {
        let (m, usdc) = vector_a();
        let sep = domain_separator("USDC", "2", 84532, &usdc);
        assert_eq!(sep, h32("0x71f17a3b2ff373b803d70a5a07c046c1a2bc8e89c09ef722fcb047abe94c9818"));
        let sh = struct_hash(&m);
        assert_eq!(sh, h32("0x49ad644555c7bdf3ea4fc022a4940ae5589b230b1dde0065c5504fa19bbe39a4"));
        assert_eq!(
            typed_data_digest(&sep, &sh),
            h32("0xf256992871671abcb27ff92885a7afa46218724e5fc0bac35d050115aa1d22e6")
        );
    }

    #[test]
    fn vector_c_hashes() {
        let usdg = addr("0x4ae46a509f6b1d9056937ba4500cb143933d2dc8");
        let sep = domain_separator("Global Dollar", "1", 196, &usdg);
        assert_eq!(sep, h32("0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743"));
        let m = TransferWithAuthorization {
            from: addr("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"),
            to: addr("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            value: U256::from_u64(1),
            valid_after: U256::ZERO,
            valid_before: U256::from_u64(1767225600),
            nonce: [0x11; 32],
        };
        let sh = struct_hash(&m);
        assert_eq!(sh, h32("0x359d31741844edf44a2fe8f926d01525bf756202ead9a08b12d3a92528152bc0"));
        assert_eq!(
            typed_data_digest(&sep, &sh),
            h32("0xa2ba9bc117baa37817777584e969572ed629da356f92c42455561d4ea898d4c4")
        );
    }
}
