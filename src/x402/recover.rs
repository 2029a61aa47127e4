//! secp256k1 signer recovery for 65-byte EOA signatures (r ‖ s ‖ v).
//!
//! `v` may be 27/28 or a raw y-parity 0/1; anything else is refused. High `s`
//! (> n/2, EIP-2) is refused explicitly, independent of k256's own behaviour.

use k256::ecdsa::VerifyingKey;
use k256::elliptic_curve::ops::{LinearCombination, Reduce};
use k256::elliptic_curve::point::DecompressPoint;
use k256::elliptic_curve::sec1::ToEncodedPoint;
use k256::elliptic_curve::subtle::Choice;
use k256::elliptic_curve::PrimeField;
use k256::{AffinePoint, FieldBytes, ProjectivePoint, Scalar, U256};

use crate::x402::address::Address;
use crate::x402::codec::{self, const_hex};
use crate::x402::eip712::keccak256;
use crate::x402::error::X402Error;

/// floor(n / 2) for the secp256k1 group order n.
const HALF_ORDER: [u8; 32] =
    const_hex("7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");

/// A parsed 65-byte signature.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoverableSignature {
    pub r: [u8; 32],
    pub s: [u8; 32],
    /// 0 or 1.
    pub y_parity: u8,
}

/// Parses `0x` + 130 hex digits. Longer/shorter byte strings are smart-wallet
/// (EIP-1271 / ERC-6492) signatures, which cannot be checked without a chain.
pub fn parse_signature(sig: &str) -> Result<RecoverableSignature, X402Error> {
    parse_signature_bytes(&codec::parse_0x_hex_vec(sig).ok_or(X402Error::MalformedSignature)?)
}

/// [`parse_signature`] of the bytes themselves.
pub fn parse_signature_bytes(bytes: &[u8]) -> Result<RecoverableSignature, X402Error> {
    if bytes.is_empty() {
        return Err(X402Error::MalformedSignature);
    }
    if bytes.len() != 65 {
        return Err(X402Error::SmartWalletSignature);
    }
    let mut r = [0u8; 32];
    let mut s = [0u8; 32];
    r.copy_from_slice(&bytes[..32]);
    s.copy_from_slice(&bytes[32..64]);
    let y_parity = match bytes[64] {
        v @ (27 | 28) => v - 27,
        v @ (0 | 1) => v,
        _ => return Err(X402Error::InvalidRecoveryId),
    };
    if s > HALF_ORDER {
        return Err(X402Error::HighS);
    }
    Ok(RecoverableSignature { r, s, y_parity })
}

/// Whether `signature` (bytes) is `signer`'s EOA signature over `digest` (65 bytes, low s,
/// recovering to it); anything else may still be a contract wallet's, asked of the chain.
pub fn is_eoa_signature(digest: &[u8; 32], signature: &[u8], signer: &Address) -> bool {
    parse_signature_bytes(signature).and_then(|s| recover_address(digest, &s)).is_ok_and(|a| a == *signer)
}

/// The address whose key produced `sig` over the 32-byte `digest`: Q = r⁻¹(s·R − z·G).
///
/// Written out rather than `VerifyingKey::recover_from_prehash`, which verifies the signature
/// again with the key it recovered: a second inversion and double multiplication that cannot
/// fail (s⁻¹(z·G + r·Q) is R by construction, and R's x is r), nearly half of the time.
pub fn recover_address(
    digest: &[u8; 32],
    sig: &RecoverableSignature,
) -> Result<Address, X402Error> {
    if sig.s > HALF_ORDER {
        return Err(X402Error::HighS);
    }
    let r = nonzero_scalar(&sig.r).ok_or(X402Error::MalformedSignature)?;
    let s = nonzero_scalar(&sig.s).ok_or(X402Error::MalformedSignature)?;
    if sig.y_parity > 1 {
        return Err(X402Error::InvalidRecoveryId);
    }
    // r < n < p, so r is always a field element; x-reduced R (r + n) is never produced by
    // a y-parity of 0/1, as in every Ethereum signature.
    let big_r = Option::<AffinePoint>::from(AffinePoint::decompress(
        &FieldBytes::from(sig.r),
        Choice::from(sig.y_parity),
    ))
    .ok_or(X402Error::SignerMismatch)?;
    let z = <Scalar as Reduce<U256>>::reduce_bytes(&FieldBytes::from(*digest));
    let r_inv = Option::<Scalar>::from(r.invert()).ok_or(X402Error::MalformedSignature)?;
    let u1 = -(r_inv * z);
    let u2 = r_inv * s;
    let q = ProjectivePoint::lincomb(&ProjectivePoint::GENERATOR, &u1, &ProjectivePoint::from(big_r), &u2);
    if q == ProjectivePoint::IDENTITY {
        return Err(X402Error::SignerMismatch);
    }
    Ok(point_address(&q.to_affine()))
}

/// A scalar in [1, n − 1] from its big-endian bytes.
fn nonzero_scalar(bytes: &[u8; 32]) -> Option<Scalar> {
    Option::<Scalar>::from(Scalar::from_repr(FieldBytes::from(*bytes))).filter(|k| !bool::from(k.is_zero()))
}

/// Ethereum address of a public key: last 20 bytes of keccak(uncompressed point without 0x04).
pub fn key_address(key: &VerifyingKey) -> Address {
    point_address(key.as_affine())
}

fn point_address(point: &AffinePoint) -> Address {
    let point = point.to_encoded_point(false);
    let hash = keccak256(point.as_bytes().get(1..).unwrap_or(&[]));
    let mut a = [0u8; 20];
    a.copy_from_slice(&hash[12..]);
    Address(a)
}

#[cfg(test)]
mod tests {
    use k256::ecdsa::SigningKey;

    use crate::x402::eip712::{self, tests::vector_a};
    use super::*;

    const SIG_A: &str = "0x2d6a7588d6acca505cbf0d9a4a227e0c52c6c34008c8e8986a1283259764173608a2ce6496642e377d6da8dbbf5836e9bd15092f9ecab05ded3d6293af148b571c";
    const ORDER: [u8; 32] =
        const_hex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

    fn h32(s: &str) -> [u8; 32] {
        codec::parse_0x_hex(s).unwrap()
    }

    fn digest_a(name: &str) -> [u8; 32] {
        let (m, usdc) = vector_a();
        let sep = eip712::domain_separator(name, "2", 84532, &usdc);
        eip712::typed_data_digest(&sep, &eip712::struct_hash(&m))
    }

    fn with_v(sig: &str, v: u8) -> String {
        format!("{}{:02x}", &sig[..130], v)
    }

    /// n - s, big-endian.
    fn negate(s: &[u8; 32]) -> [u8; 32] {
        let mut out = [0u8; 32];
        let mut borrow = 0i16;
        for i in (0..32).rev() {
            let mut d = i16::from(ORDER[i]) - i16::from(s[i]) - borrow;
            borrow = 0;
            if d < 0 {
                d += 256;
                borrow = 1;
            }
            out[i] = d as u8;
        }
        out
    }

    #[test]
    fn vector_a_recovers_from() {
        let sig = parse_signature(SIG_A).unwrap();
        assert_eq!(sig.y_parity, 1);
        let from = Address::parse("0x857b06519E91e3A54538791bDbb0E22373e36b66").unwrap();
        assert_eq!(recover_address(&digest_a("USDC"), &sig).unwrap(), from);
        // Wrong EIP-712 domain name: a valid recovery, but of someone else.
        let other = recover_address(&digest_a("USD Coin"), &sig).unwrap();
        assert_ne!(other, from);
    }

    #[test]
    fn v_zero_one_accepted_and_29_rejected() {
        let from = Address::parse("0x857b06519E91e3A54538791bDbb0E22373e36b66").unwrap();
        let sig = parse_signature(&with_v(SIG_A, 1)).unwrap();
        assert_eq!(recover_address(&digest_a("USDC"), &sig).unwrap(), from);
        let flipped = parse_signature(&with_v(SIG_A, 0)).unwrap();
        assert_ne!(recover_address(&digest_a("USDC"), &flipped).ok(), Some(from));
        for v in [2u8, 26, 29, 35, 255] {
            assert_eq!(parse_signature(&with_v(SIG_A, v)), Err(X402Error::InvalidRecoveryId));
        }
    }

    #[test]
    fn high_s_rejected() {
        let sig = parse_signature(SIG_A).unwrap();
        let high = negate(&sig.s);
        assert!(high > HALF_ORDER);
        // The malleated twin (n - s, flipped parity) is a mathematically valid signature.
        let twin = format!("0x{}{}1b", hex::encode(sig.r), hex::encode(high));
        assert_eq!(parse_signature(&twin), Err(X402Error::HighS));
        let raw = RecoverableSignature { r: sig.r, s: high, y_parity: 0 };
        assert_eq!(recover_address(&digest_a("USDC"), &raw), Err(X402Error::HighS));
    }

    #[test]
    fn malformed_and_smart_wallet() {
        assert_eq!(parse_signature(""), Err(X402Error::MalformedSignature));
        assert_eq!(parse_signature("0x"), Err(X402Error::MalformedSignature));
        assert_eq!(parse_signature(&SIG_A[2..]), Err(X402Error::MalformedSignature));
        assert_eq!(parse_signature(&SIG_A[..131]), Err(X402Error::MalformedSignature));
        assert_eq!(parse_signature(&SIG_A.replace('d', "g")), Err(X402Error::MalformedSignature));
        assert_eq!(parse_signature(&SIG_A[..128]), Err(X402Error::SmartWalletSignature));
        let erc6492 = format!("{}{}", SIG_A, "6492".repeat(16));
        assert_eq!(parse_signature(&erc6492), Err(X402Error::SmartWalletSignature));
        // r = 0 is out of range.
        let zero_r = RecoverableSignature { r: [0; 32], s: [1; 32], y_parity: 0 };
        assert_eq!(recover_address(&[7; 32], &zero_r), Err(X402Error::MalformedSignature));
        // A valid-looking signature over an unrelated digest never panics.
        let sig = parse_signature(SIG_A).unwrap();
        let _ = recover_address(&[0u8; 32], &sig);
        let _ = recover_address(&[0xff; 32], &sig);
    }

    /// Vector B: the EIP-712 "Mail" example signed by keccak256("cow").
    #[test]
    fn vector_b_mail() {
        let key = SigningKey::from_slice(&keccak256(b"cow")).unwrap();
        let cow = key_address(key.verifying_key());
        assert_eq!(cow, Address::parse("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826").unwrap());
        let digest = h32("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
        let sig = format!(
            "0x{}{}1c",
            "4355c47d63924e8a72e509b65029052eb6c299d53a04e167c5775fd466751c9d",
            "07299936d304c153f6443dfa05f40ff007d72911b6f72307f996231605b91562"
        );
        let parsed = parse_signature(&sig).unwrap();
        assert_eq!(recover_address(&digest, &parsed).unwrap(), cow);
    }

    /// Vector C: RFC 6979 deterministic signing reproduces the signature.
    #[test]
    fn vector_c_deterministic_signature() {
        let key = SigningKey::from_slice(&h32(
            "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        ))
        .unwrap();
        let me = key_address(key.verifying_key());
        assert_eq!(me.to_hex(), "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        let digest = h32("0xa2ba9bc117baa37817777584e969572ed629da356f92c42455561d4ea898d4c4");
        let (sig, recid) = key.sign_prehash_recoverable(&digest).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + recid.to_byte());
        let expected = "0x287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7f1b";
        assert_eq!(codec::to_0x_hex(&bytes), expected);
        let parsed = parse_signature(expected).unwrap();
        assert_eq!(recover_address(&digest, &parsed).unwrap(), me);
    }

    /// The written-out recovery agrees with k256's own (which verifies again) on real
    /// signatures and on arbitrary (r, s) pairs: same address, or both refused.
    #[test]
    fn agrees_with_k256_recovery() {
        use k256::ecdsa::{RecoveryId, Signature};
        let mut seed = keccak256(b"recover");
        let mut next = || {
            seed = keccak256(&seed);
            seed
        };
        let k256_recover = |digest: &[u8; 32], sig: &RecoverableSignature| {
            let signature = Signature::from_scalars(sig.r, sig.s).ok()?;
            let recid = RecoveryId::from_byte(sig.y_parity)?;
            VerifyingKey::recover_from_prehash(digest, &signature, recid).ok().map(|k| key_address(&k))
        };
        let mut signed = 0;
        for i in 0..300 {
            let digest = next();
            let sig = if i % 2 == 0 {
                let key = SigningKey::from_bytes(&next().into()).unwrap();
                let (sig, recid) = key.sign_prehash_recoverable(&digest).unwrap();
                let sig = RecoverableSignature {
                    r: sig.r().to_bytes().into(),
                    s: sig.s().to_bytes().into(),
                    y_parity: recid.to_byte(),
                };
                assert_eq!(recover_address(&digest, &sig).unwrap(), key_address(key.verifying_key()));
                signed += 1;
                sig
            } else {
                // Arbitrary values, low s (high s is refused before either recovery runs).
                let mut s = next();
                s[0] &= 0x7f;
                RecoverableSignature { r: next(), s, y_parity: (i / 2 % 2) as u8 }
            };
            assert_eq!(recover_address(&digest, &sig).ok(), k256_recover(&digest, &sig), "case {i}");
        }
        assert_eq!(signed, 150);
        // r = 0, s = 0 and r ≥ n are refused by both.
        let digest = next();
        for (r, s) in [([0u8; 32], next()), (next(), [0u8; 32]), (ORDER, [1u8; 32])] {
            let sig = RecoverableSignature { r, s, y_parity: 0 };
            assert!(recover_address(&digest, &sig).is_err());
            assert_eq!(k256_recover(&digest, &sig), None);
        }
    }
}
