//! EIP-4361 (Sign-In with Ethereum) messages: the text a wallet signs, read field by field,
//! and the checks that make it this site's, this chain's and this moment's.
//!
//! ```text
//! [scheme "://"] domain " wants you to sign in with your Ethereum account:" LF
//! address LF
//! LF
//! [statement LF]
//! LF
//! "URI: " uri LF "Version: 1" LF "Chain ID: " id LF "Nonce: " nonce LF "Issued At: " time
//! [LF "Expiration Time: " time] [LF "Not Before: " time] [LF "Request ID: " id]
//! [LF "Resources:" *(LF "- " uri)]
//! ```
//!
//! The signature is checked over the exact bytes received, so reading is strict only where a
//! field's meaning depends on it; a message whose layout departs from the grammar is refused.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::rfc3339;
use crate::x402::address::Address;
use crate::x402::eip712::keccak256;

const PREAMBLE: &str = " wants you to sign in with your Ethereum account:";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// `scheme://` when the message names one (lowercase), else `None`.
    pub scheme: Option<String>,
    /// The authority requesting the sign-in: `host[:port]`.
    pub domain: String,
    pub address: Address,
    pub statement: Option<String>,
    pub uri: String,
    pub chain_id: u64,
    pub nonce: String,
    /// Unix seconds.
    pub issued_at: i64,
    pub expiration_time: Option<i64>,
    pub not_before: Option<i64>,
    pub request_id: Option<String>,
    pub resources: Vec<String>,
}

/// Why a message is refused (each maps to one HTTP answer in [`super::error`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Not an EIP-4361 message (with what is wrong).
    Malformed(&'static str),
    /// The address is not EIP-55 checksummed.
    Checksum,
}

fn malformed(what: &'static str) -> Fault {
    Fault::Malformed(what)
}

impl Message {
    pub fn parse(text: &str) -> Result<Message, Fault> {
        let mut lines = text.split('\n');
        let mut next = |what: &'static str| lines.next().ok_or(malformed(what));
        let head = next("the first line")?;
        let origin = head.strip_suffix(PREAMBLE).ok_or(malformed("the first line must end with \"wants you to sign in with your Ethereum account:\""))?;
        let (scheme, domain) = match origin.split_once("://") {
            Some((s, d)) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b)) => (Some(s.to_ascii_lowercase()), d),
            Some(_) => return Err(malformed("the scheme")),
            None => (None, origin),
        };
        if domain.is_empty() || !domain.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b)) {
            return Err(malformed("the domain must be an authority: host[:port]"));
        }
        let address_text = next("the address")?;
        let address = checksummed(address_text)?;
        if !next("an empty line after the address")?.is_empty() {
            return Err(malformed("an empty line must follow the address"));
        }
        // A statement line then an empty line, or the empty line alone (also accepted: none).
        let mut line = next("the URI")?;
        let mut statement = None;
        if !line.starts_with("URI: ") {
            if !line.is_empty() {
                if line.contains('\r') {
                    return Err(malformed("the statement"));
                }
                statement = Some(line.to_owned());
                if !next("an empty line after the statement")?.is_empty() {
                    return Err(malformed("an empty line must follow the statement"));
                }
            }
            line = next("the URI")?;
        }
        let uri = field(line, "URI: ")?;
        let version = field(next("the version")?, "Version: ")?;
        if version != "1" {
            return Err(malformed("the version must be 1"));
        }
        let chain = field(next("the chain id")?, "Chain ID: ")?;
        let chain_id = decimal(chain).ok_or(malformed("the chain id"))?;
        let nonce = field(next("the nonce")?, "Nonce: ")?;
        if nonce.len() < 8 || !nonce.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Err(malformed("the nonce must be at least 8 letters or digits"));
        }
        let issued_at = time(field(next("the issue time")?, "Issued At: ")?)?;
        let mut m = Message {
            scheme,
            domain: domain.to_owned(),
            address,
            statement,
            uri: uri.to_owned(),
            chain_id,
            nonce: nonce.to_owned(),
            issued_at,
            expiration_time: None,
            not_before: None,
            request_id: None,
            resources: Vec::new(),
        };
        // The optional fields, each at most once and in the grammar's order.
        let mut order = 0;
        let mut in_resources = false;
        for line in lines {
            if in_resources {
                m.resources.push(field(line, "- ")?.to_owned());
                continue;
            }
            let (rank, rest) = if let Some(v) = line.strip_prefix("Expiration Time: ") {
                (1, v)
            } else if let Some(v) = line.strip_prefix("Not Before: ") {
                (2, v)
            } else if let Some(v) = line.strip_prefix("Request ID: ") {
                (3, v)
            } else if line == "Resources:" {
                (4, "")
            } else {
                return Err(malformed("an unknown line after the issue time"));
            };
            if rank <= order {
                return Err(malformed("the optional fields must each come once, in order"));
            }
            order = rank;
            match rank {
                1 => m.expiration_time = Some(time(rest)?),
                2 => m.not_before = Some(time(rest)?),
                3 => m.request_id = Some(rest.to_owned()),
                _ => in_resources = true,
            }
        }
        Ok(m)
    }

    /// The EIP-191 digest a wallet's `personal_sign` of `text` signs:
    /// keccak256("\x19Ethereum Signed Message:\n" ‖ len(text) ‖ text).
    pub fn digest(text: &str) -> [u8; 32] {
        let mut data = Vec::with_capacity(text.len() + 32);
        data.extend_from_slice(b"\x19Ethereum Signed Message:\n");
        data.extend_from_slice(crate::x402::codec::decimal(text.len() as u64).as_bytes());
        data.extend_from_slice(text.as_bytes());
        keccak256(&data)
    }

    /// The authority of `uri` (`scheme://authority/…`), lowercase.
    pub fn uri_authority(&self) -> Option<String> {
        let (_, rest) = self.uri.split_once("://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = rest.get(..end)?;
        let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        (!host.is_empty()).then(|| host.to_ascii_lowercase())
    }
}

fn field<'a>(line: &'a str, prefix: &'static str) -> Result<&'a str, Fault> {
    match line.strip_prefix(prefix) {
        Some(v) if !v.is_empty() && !v.contains('\r') => Ok(v),
        _ => Err(Fault::Malformed(prefix_name(prefix))),
    }
}

fn prefix_name(prefix: &'static str) -> &'static str {
    match prefix {
        "URI: " => "the URI line",
        "Version: " => "the version line",
        "Chain ID: " => "the chain id line",
        "Nonce: " => "the nonce line",
        "Issued At: " => "the issue time line",
        _ => "a resource line",
    }
}

fn decimal(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 15 || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0')) {
        return None;
    }
    s.parse().ok()
}

fn time(s: &str) -> Result<i64, Fault> {
    rfc3339::to_unix(s).ok_or(malformed("a time must be RFC 3339"))
}

/// The address, which EIP-4361 requires EIP-55 checksummed.
fn checksummed(s: &str) -> Result<Address, Fault> {
    let address = Address::parse(s).filter(|_| s.len() == 42 && s.starts_with("0x")).ok_or(malformed("the address"))?;
    if to_checksum(&address) != s {
        return Err(Fault::Checksum);
    }
    Ok(address)
}

/// EIP-55: each hex letter upper-cased where the keccak of the lowercase hex has a nibble ≥ 8.
pub fn to_checksum(a: &Address) -> String {
    let lower = a.to_hex();
    let hex = lower.get(2..).unwrap_or("");
    let hash = keccak256(hex.as_bytes());
    let mut out = String::with_capacity(42);
    out.push_str("0x");
    for (i, c) in hex.chars().enumerate() {
        let nibble = hash.get(i / 2).map_or(0, |b| if i % 2 == 0 { b >> 4 } else { b & 0x0f });
        out.push(if c.is_ascii_alphabetic() && nibble >= 8 { c.to_ascii_uppercase() } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// viem 2 `createSiweMessage({domain: 'app.example', address: '0xf39F…2266', statement:
    /// 'Sign in to the app.', uri: 'https://app.example/login', version: '1', chainId: 196,
    /// nonce: 'abcdef0123456789', issuedAt: new Date('2026-12-06T10:00:00Z'), expirationTime:
    /// …10:05:00Z, resources: ['https://app.example/terms']})`.
    pub(crate) const FULL: &str = "app.example wants you to sign in with your Ethereum account:\n0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\nSign in to the app.\n\nURI: https://app.example/login\nVersion: 1\nChain ID: 196\nNonce: abcdef0123456789\nIssued At: 2026-12-06T10:00:00.000Z\nExpiration Time: 2026-12-06T10:05:00.000Z\nResources:\n- https://app.example/terms";

    #[test]
    fn reads_every_field() {
        let m = Message::parse(FULL).unwrap();
        assert_eq!((m.scheme.as_deref(), m.domain.as_str()), (None, "app.example"));
        assert_eq!(m.address.to_hex(), "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        assert_eq!((m.statement.as_deref(), m.uri.as_str(), m.chain_id, m.nonce.as_str()), (Some("Sign in to the app."), "https://app.example/login", 196, "abcdef0123456789"));
        assert_eq!((m.issued_at, m.expiration_time, m.not_before), (1_796_551_200, Some(1_796_551_500), None));
        assert_eq!(m.resources, ["https://app.example/terms"]);
        assert_eq!(m.uri_authority().as_deref(), Some("app.example"));
        // No statement (viem: the empty line stays), a scheme, every optional field.
        let bare = "https://app.example:8443 wants you to sign in with your Ethereum account:\n0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\n\n\nURI: https://app.example:8443\nVersion: 1\nChain ID: 1\nNonce: 12345678\nIssued At: 2026-12-06T10:00:00Z\nExpiration Time: 2026-12-06T10:05:00Z\nNot Before: 2026-12-06T09:59:00Z\nRequest ID: r-1";
        let m = Message::parse(bare).unwrap();
        assert_eq!((m.scheme.as_deref(), m.domain.as_str(), m.statement.as_deref(), m.not_before, m.request_id.as_deref()), (Some("https"), "app.example:8443", None, Some(1_796_551_140), Some("r-1")));
        assert_eq!(m.uri_authority().as_deref(), Some("app.example:8443"));
    }

    #[test]
    fn refuses_what_is_not_the_grammar() {
        let swap = |from: &str, to: &str| FULL.replacen(from, to, 1);
        for (bad, why) in [
            (swap(" wants you to sign in", " wants you to log in"), "preamble"),
            (swap("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"), "not checksummed"),
            (swap("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb9226"), "short address"),
            (swap("Version: 1", "Version: 2"), "version"),
            (swap("Chain ID: 196", "Chain ID: 0x c4"), "chain id"),
            (swap("Chain ID: 196", "Chain ID: 0196"), "leading zero"),
            (swap("Nonce: abcdef0123456789", "Nonce: abc"), "short nonce"),
            (swap("Nonce: abcdef0123456789", "Nonce: abcdef01-3456789"), "nonce characters"),
            (swap("Issued At: 2026-12-06T10:00:00.000Z", "Issued At: yesterday"), "time"),
            (swap("Expiration Time:", "Expires:"), "unknown line"),
            (swap("\nResources:", "\nRequest ID: x\nRequest ID: y\nResources:"), "twice"),
            (swap("Expiration Time: 2026-12-06T10:05:00.000Z\n", "").replacen("Resources:", "Resources:\nNot Before: 2026-12-06T09:00:00Z", 1), "resource shape"),
            (swap("URI: ", "Uri: "), "uri line"),
            (swap("app.example wants", "app example wants"), "domain"),
            (swap("\n\nSign in to the app.\n\n", "\nSign in to the app.\n\n"), "no empty line"),
            (FULL.replace('\n', "\r\n"), "CRLF"),
            (String::new(), "empty"),
        ] {
            assert!(Message::parse(&bad).is_err(), "{why}: {bad}");
        }
        assert_eq!(Message::parse(&swap("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266")), Err(Fault::Checksum));
    }

    #[test]
    fn eip55_and_eip191_vectors() {
        // EIP-55's own examples.
        for a in ["0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"] {
            assert_eq!(to_checksum(&Address::parse(a).unwrap()), a);
        }
        // viem `hashMessage('hello world')`.
        assert_eq!(crate::x402::codec::to_0x_hex(&Message::digest("hello world")), "0xd9eba16ed0ecae432b71fe008c98cc872bb4cc214d3220a36f365326cf807d68");
    }
}
