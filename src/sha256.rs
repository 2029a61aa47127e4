//! SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104): the bridges' HS256 mint, the sign-in
//! nonce of x402 challenges, OKX request signatures.
//!
//! Sixty lines instead of the `sha2` and `hmac` crates, whose unrolled compression and
//! `digest` wrappers were 4.9 KB of the bridge .wasm and 6.1 KB of the challenge one (measured). The tests compare both
//! functions with the crates (dev-dependencies) on every length around the block boundaries,
//! keys longer than a block included, and with the FIPS 180-2 and RFC 4231 vectors. No
//! indexing that could panic: every index is masked to its array's length.

const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, //
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, //
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, //
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, //
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, //
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, //
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, //
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const H0: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/// The hash state and the block being filled (`n` bytes of it).
struct Sha256 {
    h: [u32; 8],
    block: [u8; 64],
    n: usize,
}

impl Sha256 {
    fn update(&mut self, mut data: &[u8]) {
        // Whole blocks straight from `data` while none is half filled; the rest byte by byte.
        while self.n == 0 {
            match data.split_first_chunk::<64>() {
                Some((block, rest)) => {
                    compress(&mut self.h, block);
                    data = rest;
                }
                None => break,
            }
        }
        for &byte in data {
            self.block[self.n & 63] = byte;
            self.n += 1;
            if self.n == 64 {
                compress(&mut self.h, &self.block);
                self.n = 0;
            }
        }
    }
}

fn compress(state: &mut [u32; 8], block: &[u8; 64]) {
    // The message schedule as a ring of 16 words: w[t] replaces w[t - 16].
    let mut w = [0u32; 16];
    for (word, bytes) in w.iter_mut().zip(block.chunks_exact(4)) {
        *word = bytes.iter().fold(0, |v, &b| v << 8 | u32::from(b));
    }
    let mut s = *state;
    for (t, k) in K.iter().enumerate() {
        if t >= 16 {
            let (w15, w2) = (w[(t + 1) & 15], w[(t + 14) & 15]);
            let s0 = w15.rotate_right(7) ^ w15.rotate_right(18) ^ (w15 >> 3);
            let s1 = w2.rotate_right(17) ^ w2.rotate_right(19) ^ (w2 >> 10);
            w[t & 15] = w[t & 15].wrapping_add(s0).wrapping_add(w[(t + 9) & 15]).wrapping_add(s1);
        }
        let [a, b, c, d, e, f, g, h] = s;
        let t1 = h.wrapping_add(e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25)).wrapping_add((e & f) ^ (!e & g)).wrapping_add(*k).wrapping_add(w[t & 15]);
        let t2 = (a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22)).wrapping_add((a & b) ^ (a & c) ^ (b & c));
        s = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
    }
    for (h, x) in state.iter_mut().zip(s) {
        *h = h.wrapping_add(x);
    }
}

/// SHA-256 of the concatenation of `parts`.
pub fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut s = Sha256 { h: H0, block: [0; 64], n: 0 };
    let mut bits = 0u64;
    for part in parts {
        s.update(part);
        bits = bits.wrapping_add((part.len() as u64).wrapping_mul(8));
    }
    // 0x80, zeros to 56 bytes mod 64, the length in bits.
    s.update(&[0x80]);
    while s.n != 56 {
        s.update(&[0]);
    }
    s.update(&bits.to_be_bytes());
    let mut out = [0u8; 32];
    for (i, b) in s.h.iter().flat_map(|w| w.to_be_bytes()).enumerate() {
        out[i & 31] = b;
    }
    out
}

/// HMAC-SHA256 of `message` keyed by `key` (any length: a key longer than a block is hashed).
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let hashed;
    let key = if key.len() > 64 {
        hashed = sha256(&[key]);
        &hashed[..]
    } else {
        key
    };
    let mut padded = [0u8; 64];
    padded.iter_mut().zip(key).for_each(|(p, k)| *p = *k);
    let inner = sha256(&[&padded.map(|b| b ^ 0x36), message]);
    sha256(&[&padded.map(|b| b ^ 0x5c), &inner])
}

#[cfg(test)]
mod tests {
    use super::*;
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256 as Reference};

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn fips_vectors() {
        assert_eq!(hex(&sha256(&[b"abc"])), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex(&sha256(&[])), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let two_blocks = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
        assert_eq!(hex(&sha256(&[two_blocks])), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assert_eq!(hex(&sha256(&[&two_blocks[..10], &two_blocks[10..]])), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        assert_eq!(hex(&sha256(&[&[b'a'; 1_000_000]])), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    #[test]
    fn rfc4231_vectors() {
        // Test cases 1, 2 and 6 (a 131-byte key, hashed first).
        assert_eq!(hex(&hmac_sha256(&[0x0b; 20], b"Hi There")), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assert_eq!(hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assert_eq!(
            hex(&hmac_sha256(&[0xaa; 131], b"Test Using Larger Than Block-Size Key - Hash Key First")),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn agrees_with_the_crates() {
        let data: Vec<u8> = (0..600u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        for len in 0..data.len() {
            let msg = &data[..len];
            assert_eq!(sha256(&[msg]), <[u8; 32]>::from(Reference::digest(msg)), "sha256 of {len} bytes");
            let split = len / 3;
            assert_eq!(sha256(&[&msg[..split], &msg[split..]]), sha256(&[msg]), "{len} bytes in two parts");
        }
        for key_len in [0, 1, 31, 32, 63, 64, 65, 100, 128, 129, 300] {
            let key = &data[100..100 + key_len];
            for len in [0, 1, 55, 56, 63, 64, 65, 119, 120, 200, 499] {
                let mut mac = Hmac::<Reference>::new_from_slice(key).unwrap();
                mac.update(&data[..len]);
                assert_eq!(hmac_sha256(key, &data[..len]), <[u8; 32]>::from(mac.finalize().into_bytes()), "key {key_len}, message {len}");
            }
        }
    }
}
