//! Recursive Length Prefix encoding (Ethereum yellow paper, appendix B): the writer, enough
//! for EIP-1559 transactions, and a reader of one list's items (a transaction kept in the
//! ledger, read back for its nonce and fees). Integers are big-endian without leading zeros.

#[allow(unused_imports)]
use crate::prelude::*;

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

/// The items of the list that is all of `data`: each a byte string's content, or a nested
/// list's encoding (unread). `None` unless `data` is exactly one well-formed list.
pub fn list_items(data: &[u8]) -> Option<Vec<Item<'_>>> {
    let (Item::List(mut rest), tail) = item(data)? else { return None };
    if !tail.is_empty() {
        return None;
    }
    let mut items = Vec::new();
    while !rest.is_empty() {
        let (it, tail) = item(rest)?;
        items.push(it);
        rest = tail;
    }
    Some(items)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    Bytes(&'a [u8]),
    List(&'a [u8]),
}

impl<'a> Item<'a> {
    pub fn bytes(self) -> Option<&'a [u8]> {
        match self {
            Item::Bytes(b) => Some(b),
            Item::List(_) => None,
        }
    }

    /// An integer of at most 16 bytes.
    pub fn u128(self) -> Option<u128> {
        let b = self.bytes()?;
        if b.len() > 16 {
            return None;
        }
        Some(b.iter().fold(0u128, |n, &d| (n << 8) | u128::from(d)))
    }
}

/// One item at the start of `data`, and what follows it.
fn item(data: &[u8]) -> Option<(Item<'_>, &[u8])> {
    let (&first, rest) = data.split_first()?;
    let (is_list, len, rest) = match first {
        0..=0x7f => return Some((Item::Bytes(data.get(..1)?), rest)),
        0x80..=0xb7 => (false, usize::from(first - 0x80), rest),
        0xb8..=0xbf => long(first - 0xb7, rest).map(|(n, r)| (false, n, r))?,
        0xc0..=0xf7 => (true, usize::from(first - 0xc0), rest),
        0xf8..=0xff => long(first - 0xf7, rest).map(|(n, r)| (true, n, r))?,
    };
    let body = rest.get(..len)?;
    let tail = rest.get(len..)?;
    Some((if is_list { Item::List(body) } else { Item::Bytes(body) }, tail))
}

/// A long form's length (`n` bytes, big-endian) and what follows it.
fn long(n: u8, data: &[u8]) -> Option<(usize, &[u8])> {
    let n = usize::from(n);
    if n > 4 {
        return None;
    }
    let len = data.get(..n)?.iter().fold(0usize, |l, &d| (l << 8) | usize::from(d));
    Some((len, data.get(n..)?))
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

    #[test]
    fn reads_back_what_it_writes() {
        let lorem = [9u8; 60];
        let mut out = Vec::new();
        list(&mut out, |o| {
            u64(o, 0);
            u64(o, 15);
            u128(o, 1 << 100);
            bytes(o, b"dog");
            bytes(o, &lorem);
            list(o, |o| bytes(o, b"cat"));
        });
        let items = list_items(&out).unwrap();
        assert_eq!(items.len(), 6);
        assert_eq!(items.iter().take(3).map(|i| i.u128()).collect::<Vec<_>>(), [Some(0), Some(15), Some(1 << 100)]);
        assert_eq!(items[3].bytes(), Some(&b"dog"[..]));
        assert_eq!(items[4].bytes(), Some(&lorem[..]));
        assert_eq!(items[5], Item::List(&[0x83, b'c', b'a', b't']));
        assert_eq!(items[5].u128(), None);
        assert_eq!(items[4].u128(), None, "more than 16 bytes");
        // Not exactly one list: refused, never a panic.
        for bad in [&out[..out.len() - 1], &[0x83, b'd', b'o', b'g'][..], &[], &[0xc1], &[0xf9, 0xff], &[0xff, 0, 0, 0, 0, 0, 0, 0, 1]] {
            assert_eq!(list_items(bad), None, "{bad:?}");
        }
        let mut two = out.clone();
        two.extend_from_slice(&out);
        assert_eq!(list_items(&two), None, "trailing bytes");
    }
}
