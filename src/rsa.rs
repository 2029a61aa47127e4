//! RS256 verification (RSASSA-PKCS1-v1_5 with SHA-256, RFC 8017 section 8.2.2) for the bridges.
//!
//! The session checks the signature's size and range ([`signature_fits`]) and has JS raise it
//! to the key's exponent, `s^e mod n`, with BigInt; then compares the WHOLE expected encoding
//! `00 01 FF… 00 DigestInfo hash` with that number byte for byte ([`power_is_encoding`]),
//! never parsing it, so no padding or DigestInfo trick (Bleichenbacher 2006) can pass. The
//! power is the only arithmetic, and everything in it is public (key, signature): V8 computes
//! BigInt products in C++ in every tier, 0.10 ms in a fresh Worker where the same power in this
//! module ran 0.56 ms, in the baseline code V8 first compiles wasm to (docs/benchmarks.md,
//! "RS256: the power in BigInt"). [`modpow`], Montgomery on 32-bit limbs, stays as the
//! reference the tests sign and check with ([`verify_rs256`]).

#[allow(unused_imports)]
use crate::prelude::*;

/// DER of `DigestInfo { sha256, NULL }` without the hash (RFC 8017 section 9.2, note 1).
const SHA256_DIGEST_INFO: [u8; 19] = [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

/// Whether `signature` can be an RS256 signature under the modulus `n` (big-endian): exactly
/// its length (RFC 8017: a signature of another length is invalid) and below it (section
/// 5.2.2; else `s` and `s - n` would be two signatures for one message).
pub fn signature_fits(n: &[u8], signature: &[u8]) -> bool {
    let n = strip(n);
    signature.len() == n.len() && signature < n
}

/// Whether `power`, `s^e mod n` in hex as BigInt's `toString(16)` writes it (lowercase, no
/// leading zeros), is the RS256 encoding of `message` for the modulus `n`.
pub fn power_is_encoding(n: &[u8], message: &[u8], power: &str) -> bool {
    let Some(expected) = encode_rs256(strip(n).len(), message) else { return false };
    // The expected encoding in hex, its leading zero digits dropped as BigInt drops them.
    let hex = hex::encode(expected);
    hex.trim_start_matches('0') == power
}

/// Whether `signature` is `message`'s RS256 signature under the key `(n, e)` (big-endian
/// bytes, as a JWK's `n` and `e` decode). The key's size and exponent are the caller's to
/// bound (the JWKS reader: 2048–4096 bits, odd `e` ≥ 3).
pub fn verify_rs256(n: &[u8], e: &[u8], message: &[u8], signature: &[u8]) -> bool {
    let n = strip(n);
    // RFC 8017: a signature of another length than the modulus is invalid.
    if signature.len() != n.len() {
        return false;
    }
    match (modpow(n, e, signature), encode_rs256(n.len(), message)) {
        (Some(em), Some(expected)) => em == expected,
        _ => false,
    }
}

/// EMSA-PKCS1-v1_5 of `message` with SHA-256 for a `k`-byte modulus (RFC 8017 section 9.2).
pub fn encode_rs256(k: usize, message: &[u8]) -> Option<Vec<u8>> {
    let t_len = SHA256_DIGEST_INFO.len() + 32;
    // At least 8 bytes of 0xFF padding.
    if k < t_len + 11 {
        return None;
    }
    let mut em = vec![0xff; k];
    em[0] = 0;
    em[1] = 1;
    em[k - t_len - 1] = 0;
    em[k - t_len..k - 32].copy_from_slice(&SHA256_DIGEST_INFO);
    em[k - 32..].copy_from_slice(&crate::sha256::sha256(&[message]));
    Some(em)
}

fn strip(bytes: &[u8]) -> &[u8] {
    let zeros = bytes.iter().take_while(|&&b| b == 0).count();
    &bytes[zeros..]
}

/// `base^exp mod n` as big-endian bytes of `n`'s length; `None` when `n` is even or below
/// 2^32, or `base >= n` (a signature must be below the modulus, RFC 8017 section 5.2.2).
pub fn modpow(n: &[u8], exp: &[u8], base: &[u8]) -> Option<Vec<u8>> {
    let n_bytes = strip(n);
    let k = n_bytes.len();
    let l = k.div_ceil(4);
    let m = Modulus::new(limbs(n_bytes, l))?;
    if base.len() > k {
        return None;
    }
    let b = limbs(base, l);
    if !less(&b, &m.n) {
        return None;
    }
    let mut t = vec![0u32; l + 2];
    // base in Montgomery form (base·R mod n), then left-to-right square and multiply.
    m.mul(&b, &m.rr(&mut t), &mut t);
    let base_m = t[..l].to_vec();
    let mut acc: Option<Vec<u32>> = None;
    for byte in strip(exp) {
        for bit in (0..8).rev() {
            if let Some(a) = &mut acc {
                m.mul(a, a, &mut t);
                a.copy_from_slice(&t[..l]);
                if byte >> bit & 1 == 1 {
                    m.mul(a, &base_m, &mut t);
                    a.copy_from_slice(&t[..l]);
                }
            } else if byte >> bit & 1 == 1 {
                acc = Some(base_m.clone());
            }
        }
    }
    let mut one = vec![0u32; l];
    one[0] = 1;
    match &acc {
        // Out of Montgomery form: acc·1·R⁻¹.
        Some(a) => m.mul(a, &one, &mut t),
        // A zero exponent: base^0 = 1.
        None => t[..l].copy_from_slice(&one),
    }
    Some((0..k).rev().map(|i| (t[i / 4] >> (8 * (i % 4))) as u8).collect())
}

/// Little-endian 32-bit limbs of big-endian bytes, `l` of them.
fn limbs(be: &[u8], l: usize) -> Vec<u32> {
    let mut out = vec![0u32; l];
    for (i, &b) in be.iter().rev().enumerate() {
        out[i / 4] |= u32::from(b) << (8 * (i % 4));
    }
    out
}

/// `a < b` for limb strings of one length.
fn less(a: &[u32], b: &[u32]) -> bool {
    for (x, y) in a.iter().rev().zip(b.iter().rev()) {
        if x != y {
            return x < y;
        }
    }
    false
}

/// `a -= b`, limb strings of one length (the borrow out is dropped: callers know `a >= b`
/// modulo the limb they clear).
fn sub(a: &mut [u32], b: &[u32]) {
    let mut borrow = 0i64;
    for (x, &y) in a.iter_mut().zip(b) {
        let d = i64::from(*x) - i64::from(y) + borrow;
        *x = d as u32;
        borrow = d >> 32;
    }
}

struct Modulus {
    n: Vec<u32>,
    /// `-n⁻¹ mod 2^32`.
    n0inv: u32,
}

impl Modulus {
    fn new(n: Vec<u32>) -> Option<Modulus> {
        if n.len() < 2 || n[0] & 1 == 0 {
            return None;
        }
        // Newton's iteration doubles the correct low bits: 1 → 32 in five steps (n odd).
        let mut inv: u32 = 1;
        for _ in 0..5 {
            inv = inv.wrapping_mul(2u32.wrapping_sub(n[0].wrapping_mul(inv)));
        }
        Some(Modulus { n, n0inv: inv.wrapping_neg() })
    }

    /// `t[..l] = a·b·R⁻¹ mod n`, R = 2^(32·l) (FIOS: one pass, the multiply's and the
    /// reduction's carries kept apart). `t` has `l + 2` limbs; the result is below `n`.
    fn mul(&self, a: &[u32], b: &[u32], t: &mut [u32]) {
        // The slice and the inverse in locals: read through `self`, LLVM reloads them in the
        // inner loop (20 % slower).
        let (n, n0inv): (&[u32], u32) = (&self.n, self.n0inv);
        let l = n.len();
        let (a, b, t) = (&a[..l], &b[..l], &mut t[..l + 2]);
        t.fill(0);
        for &bi in b {
            let bi = u64::from(bi);
            let s = u64::from(t[0]) + u64::from(a[0]) * bi;
            let m = u64::from((s as u32).wrapping_mul(n0inv));
            let mut c1 = s >> 32;
            // The low limb of s + m·n[0] is zero by the choice of m: only its carry remains.
            let mut c2 = ((s & 0xffff_ffff) + m * u64::from(n[0])) >> 32;
            for j in 1..l {
                let s = u64::from(t[j]) + u64::from(a[j]) * bi + c1;
                c1 = s >> 32;
                let s = (s & 0xffff_ffff) + m * u64::from(n[j]) + c2;
                c2 = s >> 32;
                t[j - 1] = s as u32;
            }
            let s = u64::from(t[l]) + c1 + c2;
            t[l - 1] = s as u32;
            t[l] = (s >> 32) as u32;
        }
        // t < 2n here.
        if t[l] != 0 || !less(&t[..l], n) {
            sub(&mut t[..l], n);
            t[l] = 0;
        }
    }

    /// `R² mod n`: `2^(bits-1)` (below n) doubled up to `R·2^a mod n`, then Montgomery
    /// squarings, each doubling the exponent `a`, until `R·2^(32·l) = R²` (doublings are
    /// cheap, squarings not: `a` is kept at most 64).
    fn rr(&self, t: &mut [u32]) -> Vec<u32> {
        let n = &self.n;
        let l = n.len();
        let bits = 32 * l - n[l - 1].leading_zeros() as usize;
        let (mut a, mut squarings) = (32 * l, 0);
        while a % 2 == 0 && a > 64 {
            a /= 2;
            squarings += 1;
        }
        let mut x = vec![0u32; l];
        x[(bits - 1) / 32] = 1 << ((bits - 1) % 32);
        for _ in 0..32 * l - bits + 1 + a {
            let mut carry = 0;
            for limb in x.iter_mut() {
                let top = *limb >> 31;
                *limb = (*limb << 1) | carry;
                carry = top;
            }
            if carry != 0 || !less(&x, n) {
                sub(&mut x, n);
            }
        }
        for _ in 0..squarings {
            self.mul(&x, &x, t);
            x.copy_from_slice(&t[..l]);
        }
        x
    }
}

/// The test-only key of `tests/fixtures/rsa_test_key.rs`, for the bridge's tests.
#[cfg(test)]
pub(crate) mod test_key {
    #![allow(dead_code)]
    include!("../tests/fixtures/rsa_test_key.rs");

    pub fn hex(s: &str) -> alloc::vec::Vec<u8> {
        hex::decode(s).unwrap()
    }

    /// The test key's modulus.
    pub fn n() -> alloc::vec::Vec<u8> {
        hex(SIGNER_N)
    }

    /// `message` signed RS256 with the test key.
    pub fn sign(message: &[u8]) -> alloc::vec::Vec<u8> {
        super::modpow(&n(), &hex(SIGNER_D), &super::encode_rs256(256, message).unwrap()).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::test_key::{self as key, hex};
    use super::*;

    const E: &[u8] = &[1, 0, 1];

    #[test]
    fn verifies_openssl_signatures() {
        let msg = key::MESSAGE.as_bytes();
        assert!(verify_rs256(&hex(key::SIGNER_N), E, msg, &hex(key::SIGNER_SIG)));
        assert!(verify_rs256(&hex(key::E3_N), &[3], msg, &hex(key::E3_SIG)), "any odd exponent, 3072 bits");
        let mut padded_n = vec![0];
        padded_n.extend(hex(key::SIGNER_N));
        assert!(verify_rs256(&padded_n, &[0, 1, 0, 1], msg, &hex(key::SIGNER_SIG)), "leading zeros of n and e do not count");
    }

    #[test]
    fn refuses_what_is_not_the_signature() {
        let (n, sig, msg) = (hex(key::SIGNER_N), hex(key::SIGNER_SIG), key::MESSAGE.as_bytes());
        assert!(!verify_rs256(&n, E, b"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2ZWN0b3IiFQ", &sig), "another message");
        assert!(!verify_rs256(&n, &[3], msg, &sig), "another exponent");
        assert!(!verify_rs256(&hex(key::E3_N), &[3], msg, &sig), "another key");
        for i in [0, 1, 100, 255] {
            for bit in [0x01, 0x80] {
                let mut s = sig.clone();
                s[i] ^= bit;
                assert!(!verify_rs256(&n, E, msg, &s), "flipped bit {bit:#x} of byte {i}");
            }
        }
        assert!(!verify_rs256(&n, E, msg, &sig[1..]), "shorter than the modulus");
        let mut longer = vec![0];
        longer.extend(&sig);
        assert!(!verify_rs256(&n, E, msg, &longer), "longer than the modulus");
        assert!(!verify_rs256(&n, E, msg, &n), "s = n");
        let mut above = n.clone();
        above[255] = above[255].wrapping_add(2);
        assert!(!verify_rs256(&n, E, msg, &above), "s > n (s and s - n are the same residue)");
        assert!(!verify_rs256(&n, E, msg, &[0; 256]));
        assert!(!verify_rs256(&n, E, msg, &[]));
        assert!(!verify_rs256(&[], E, msg, &[]));
    }

    #[test]
    fn the_power_check_agrees_with_the_whole_verification() {
        let (n, msg) = (hex(key::SIGNER_N), key::MESSAGE.as_bytes());
        // `s^e mod n` as JS's BigInt writes it: lowercase hex, no leading zeros.
        let power = |s: &[u8]| hex::encode(modpow(&n, E, s).unwrap()).trim_start_matches('0').to_owned();
        let sig = hex(key::SIGNER_SIG);
        assert!(signature_fits(&n, &sig) && power_is_encoding(&n, msg, &power(&sig)));
        let mut padded_n = vec![0, 0];
        padded_n.extend(&n);
        assert!(signature_fits(&padded_n, &sig) && power_is_encoding(&padded_n, msg, &power(&sig)), "leading zeros of n do not count");
        for i in [1, 2, 100, 255] {
            let mut s = sig.clone();
            s[i] ^= 0x40;
            assert!(signature_fits(&n, &s) && !power_is_encoding(&n, msg, &power(&s)) && !verify_rs256(&n, E, msg, &s), "flipped byte {i}");
        }
        assert!(!power_is_encoding(&n, b"another message", &power(&sig)));
        assert!(!power_is_encoding(&n, msg, &power(&sig).to_uppercase()), "BigInt writes lowercase");
        assert!(!power_is_encoding(&n[..40], msg, "1"), "a modulus too short for the encoding");
        assert!(!signature_fits(&n, &n), "s = n");
        assert!(!signature_fits(&n, &sig[1..]) && !signature_fits(&n, &[&[0][..], &sig].concat()), "another size");
        assert!(signature_fits(&n, &[0; 256]), "zero is below n: its power is refused by the comparison");
    }

    #[test]
    fn the_encoding_itself_is_no_signature() {
        // With e = 1 the encoding would "verify" as its own signature: the JWKS reader refuses
        // such keys; here it shows the comparison is of the whole encoding, after the power.
        let (n, msg) = (hex(key::SIGNER_N), key::MESSAGE.as_bytes());
        let em = encode_rs256(256, msg).unwrap();
        assert!(verify_rs256(&n, &[1], msg, &em));
        assert!(!verify_rs256(&n, E, msg, &em));
        assert!(!verify_rs256(&n, &[3], msg, &em));
    }

    #[test]
    fn modpow_agrees_with_small_arithmetic() {
        // Moduli of two limbs against u128 square-and-multiply (their products fit in u128).
        let pow = |b: u128, mut e: u128, n: u128| {
            let (mut r, mut b) = (1u128, b % n);
            while e > 0 {
                if e & 1 == 1 {
                    r = r * b % n;
                }
                b = b * b % n;
                e >>= 1;
            }
            r
        };
        let moduli: [u128; 4] = [(1 << 61) - 1, (1 << 33) + 1, 0xffff_ffff_ffff_ffc5, 0x8000_0000_0000_0001];
        for &n in &moduli {
            let nb = n.to_be_bytes();
            let k = strip(&nb).len();
            for (b, e) in [(2u128, 65537u128), (12345, 3), (n - 1, 2), (n - 1, 65537), (0, 5), (1, 1 << 20), (7, 0), (0xdead_beef, 0xffff_ffff)] {
                let got = modpow(&nb, &e.to_be_bytes(), &b.to_be_bytes()[16 - k..]).unwrap();
                let want = pow(b, e, n).to_be_bytes();
                assert_eq!(got, want[16 - k..], "{b}^{e} mod {n}");
            }
        }
        assert_eq!(modpow(&[1, 0, 0, 0, 0], &[3], &[2]), None, "even modulus");
        assert_eq!(modpow(&[0xff, 0xff, 0xff, 0xfb], &[3], &[2]), None, "a modulus of one limb");
        assert_eq!(modpow(&((1u64 << 61) - 1).to_be_bytes(), &[3], &((1u64 << 61) - 1).to_be_bytes()), None, "base = n");
    }

    #[test]
    fn signing_with_d_is_the_inverse() {
        let (n, d, msg) = (hex(key::SIGNER_N), hex(key::SIGNER_D), key::MESSAGE.as_bytes());
        let sig = key::sign(msg);
        assert_eq!(sig, modpow(&n, &d, &encode_rs256(256, msg).unwrap()).unwrap());
        assert_eq!(sig, hex(key::SIGNER_SIG), "PKCS#1 v1.5 signatures are deterministic: ours is OpenSSL's");
        assert!(verify_rs256(&n, E, msg, &sig));
    }
}
