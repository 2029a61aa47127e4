//! Deterministic ECDSA nonces (RFC 6979, section 3.2) for secp256k1 with HMAC-SHA256, from the
//! crate's own HMAC (`crate::sha256`). k256's `sign_prehash_recoverable` derives the same
//! nonce through the `sha2` and `hmac` crates: calling it linked a second SHA-256 into every
//! module that signs (docs/operations.md, "Dependencies, measured").

#[allow(unused_imports)]
use crate::prelude::*;

use k256::ecdsa::hazmat::SignPrimitive;
use k256::ecdsa::{RecoveryId, Signature, SigningKey};
use k256::elliptic_curve::PrimeField;
use k256::Scalar;

use crate::sha256::hmac_sha256;

/// The nonce for private key `x` and digest `h` (both 32 bytes, big-endian): HMAC_DRBG seeded
/// with `x ‖ h`, its first output below the group order n and not zero. `h` is used as it is,
/// not reduced modulo n, as k256 does; the two readings differ only for a digest ≥ n.
fn nonce(x: &[u8; 32], h: &[u8; 32]) -> Scalar {
    let (mut k, mut v) = ([0u8; 32], [1u8; 32]);
    // V ‖ separator ‖ x ‖ h
    let mut seed = [0u8; 97];
    seed[33..65].copy_from_slice(x);
    seed[65..].copy_from_slice(h);
    for separator in [0, 1] {
        seed[..32].copy_from_slice(&v);
        seed[32] = separator;
        k = hmac_sha256(&k, &seed);
        v = hmac_sha256(&k, &v);
    }
    loop {
        v = hmac_sha256(&k, &v);
        let candidate = Option::<Scalar>::from(Scalar::from_repr(v.into())).filter(|s| !bool::from(s.is_zero()));
        if let Some(s) = candidate {
            return s;
        }
        seed[..32].copy_from_slice(&v);
        seed[32] = 0;
        k = hmac_sha256(&k, &seed[..33]);
        v = hmac_sha256(&k, &v);
    }
}

/// The low-s signature of the 32-byte `digest` by `key`, and its recovery id: what k256's
/// `sign_prehash_recoverable` returns for the same key and digest.
pub fn sign_digest(key: &SigningKey, digest: &[u8; 32]) -> Option<(Signature, RecoveryId)> {
    let secret: &Scalar = key.as_nonzero_scalar();
    let k = nonce(&secret.to_repr().into(), digest);
    let (signature, recovery) = secret.try_sign_prehashed(k, &(*digest).into()).ok()?;
    Some((signature, recovery?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic byte stream (xorshift), for keys and digests.
    fn stream(seed: u64) -> impl FnMut() -> [u8; 32] {
        let mut s = seed | 1;
        move || {
            let mut out = [0u8; 32];
            for b in out.iter_mut() {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                *b = s as u8;
            }
            out
        }
    }

    #[test]
    fn signs_as_k256_does() {
        let mut next = stream(0x5eed);
        for _ in 0..64 {
            let key = SigningKey::from_slice(&next()).unwrap();
            let digest = next();
            let ours = sign_digest(&key, &digest).unwrap();
            let theirs = key.sign_prehash_recoverable(&digest).unwrap();
            assert_eq!(ours, theirs, "key {:02x?}, digest {:02x?}", key.to_bytes(), digest);
        }
    }

    /// Digests at the edges: zero, all ones (above the group order), the order itself.
    #[test]
    fn edge_digests_sign_as_k256_does() {
        let key = SigningKey::from_slice(&[7; 32]).unwrap();
        let order: [u8; 32] = hex::decode("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141").unwrap().try_into().unwrap();
        for digest in [[0u8; 32], [0xff; 32], order] {
            assert_eq!(sign_digest(&key, &digest).unwrap(), key.sign_prehash_recoverable(&digest).unwrap());
        }
    }

    /// RFC 6979's own construction with SHA-256 on secp256k1: the nonce for private key 1 and
    /// SHA-256("Satoshi Nakamoto"), a vector several libraries publish.
    #[test]
    fn nonce_vector() {
        let mut x = [0u8; 32];
        x[31] = 1;
        let h = crate::sha256::sha256(&[b"Satoshi Nakamoto"]);
        let k: [u8; 32] = nonce(&x, &h).to_repr().into();
        assert_eq!(hex::encode(k), "8f8a276c19f4149656b280621e358cce24f5f52542772691ee69063b74f15d15");
    }
}
