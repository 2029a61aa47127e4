//! Recursive Length Prefix encoding (Ethereum yellow paper, appendix B): only the
//! writer, enough for EIP-1559 transactions. Integers are big-endian without leading zeros.

/// Appends a byte string.
pub fn bytes(out: &mut Vec<u8>, b: &[u8]) {
    match b {
        [single] if *single < 0x80 => out.push(*single),
        _ => {
            header(out, 0x80, b.len());
            out.extend_from_slice(b);
        }
    }
}

/// Appends an unsigned integer given big-endian (leading zeros are dropped; 0 is "").
pub fn uint(out: &mut Vec<u8>, be: &[u8]) {
    let start = be.iter().position(|&b| b != 0).unwrap_or(be.len());
    bytes(out, be.get(start..).unwrap_or(&[]));
}

pub fn u64(out: &mut Vec<u8>, v: u64) {
    uint(out, &v.to_be_bytes());
}

pub fn u128(out: &mut Vec<u8>, v: u128) {
    uint(out, &v.to_be_bytes());
}

/// Appends a list whose items `items` writes.
pub fn list(out: &mut Vec<u8>, items: impl FnOnce(&mut Vec<u8>)) {
    let mut payload = Vec::new();
    items(&mut payload);
    header(out, 0xc0, payload.len());
    out.extend_from_slice(&payload);
}

/// Short form `base + len` below 56 bytes, else `base + 55 + len(len)` and the length.
fn header(out: &mut Vec<u8>, base: u8, len: usize) {
    if len < 56 {
        out.push(base + len as u8);
    } else {
        let be = (len as u64).to_be_bytes();
        let start = be.iter().position(|&b| b != 0).unwrap_or(7);
        out.push(base + 55 + (8 - start) as u8);
        out.extend_from_slice(be.get(start..).unwrap_or(&[]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(f: impl FnOnce(&mut Vec<u8>)) -> String {
        let mut out = Vec::new();
        f(&mut out);
        hex::encode(out)
    }

    /// The examples of the Ethereum wiki's RLP page.
    #[test]
    fn wiki_vectors() {
        assert_eq!(enc(|o| bytes(o, b"dog")), "83646f67");
        assert_eq!(enc(|o| list(o, |o| { bytes(o, b"cat"); bytes(o, b"dog") })), "c88363617483646f67");
        assert_eq!(enc(|o| bytes(o, b"")), "80");
        assert_eq!(enc(|o| list(o, |_| {})), "c0");
        assert_eq!(enc(|o| u64(o, 0)), "80");
        assert_eq!(enc(|o| bytes(o, &[0])), "00");
        assert_eq!(enc(|o| bytes(o, &[0x0f])), "0f");
        assert_eq!(enc(|o| u64(o, 15)), "0f");
        assert_eq!(enc(|o| bytes(o, &[0x04, 0x00])), "820400");
        assert_eq!(enc(|o| u64(o, 1024)), "820400");
        assert_eq!(enc(|o| u128(o, 0x80)), "8180");
        // The set-theoretical representation of three: [ [], [[]], [ [], [[]] ] ].
        let three = enc(|o| {
            list(o, |o| {
                list(o, |_| {});
                list(o, |o| list(o, |_| {}));
                list(o, |o| {
                    list(o, |_| {});
                    list(o, |o| list(o, |_| {}));
                });
            })
        });
        assert_eq!(three, "c7c0c1c0c3c0c1c0");
        let lorem = b"Lorem ipsum dolor sit amet, consectetur adipisicing elit";
        assert_eq!(lorem.len(), 56);
        assert_eq!(enc(|o| bytes(o, lorem)), format!("b838{}", hex::encode(lorem)));
        assert_eq!(enc(|o| bytes(o, &[7; 1024]))[..6], *"b90400");
        assert_eq!(enc(|o| list(o, |o| bytes(o, &[1; 60])))[..6], *"f83eb8");
        assert_eq!(enc(|o| uint(o, &[0, 0, 0])), "80");
    }
}
