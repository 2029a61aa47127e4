//! Receipt events of an EIP-3009 settlement (and of a Permit2 one: the token's `Transfer`
//! with the proxy's `Settled()`; Permit2's own nonce cancellations).
//!
//! A successful `transferWithAuthorization` emits `AuthorizationUsed(authorizer, nonce)`
//! and `Transfer(from, to, value)`. Paxos USDG answers a reused nonce with
//! `AuthorizationAlreadyUsed(authorizer, nonce)` and status 1, moving nothing. The verdict
//! on a receipt is `settle::receipt`'s.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::codec::{self, const_hex};
use crate::x402::u256::U256;
use crate::json::Json;

/// `Transfer(address indexed from, address indexed to, uint256 value)`.
pub const TRANSFER: [u8; 32] = const_hex("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
/// `AuthorizationUsed(address indexed authorizer, bytes32 indexed nonce)`.
pub const AUTHORIZATION_USED: [u8; 32] = const_hex("98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5");
/// `AuthorizationCanceled(address indexed authorizer, bytes32 indexed nonce)`: the payer
/// cancelled the authorization on chain; it can never move money.
pub const AUTHORIZATION_CANCELED: [u8; 32] = const_hex("1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81");
/// The x402 Permit2 proxies' `Settled()`: a permit was presented to Permit2 and moved money.
pub const SETTLED: [u8; 32] = const_hex("97088ec3606cfe8cc112180570d03fcde05f9b8e1bfef8e27784eaf5dd5691b6");
/// Permit2's `UnorderedNonceInvalidation(address indexed owner, uint256 word, uint256 mask)`:
/// the owner cancelled the nonces of `mask` in `word`.
pub const UNORDERED_NONCE_INVALIDATION: [u8; 32] = const_hex("3704902f963766a4e561bbaab6e6cdc1b1dd12f6e9e99648da8843b3f46b918d");
/// Paxos `AuthorizationAlreadyUsed(address,bytes32)`.
pub const AUTHORIZATION_ALREADY_USED: [u8; 32] = const_hex("d309466d0e5c5e3b306abfb2c1e7f3b4318b670dbd1236cc92288848a27384cb");

/// One receipt log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Log {
    pub address: Address,
    pub topics: Vec<[u8; 32]>,
    pub data: Vec<u8>,
}

impl Log {
    /// `{address, topics:[…], data}`; `None` if any part is malformed.
    pub fn from_json(v: &Json) -> Option<Log> {
        let topics = v.get("topics")?.as_array()?.iter().map(|t| t.as_str().and_then(codec::parse_0x_hex::<32>));
        Some(Log {
            address: Address::parse(v.get("address")?.as_str()?)?,
            topics: topics.collect::<Option<Vec<_>>>()?,
            data: codec::parse_0x_hex_vec(v.get("data")?.as_str()?)?,
        })
    }
}

/// A decoded event (the emitting token is `Log::address`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    Transfer { from: Address, to: Address, value: U256 },
    AuthorizationUsed { authorizer: Address, nonce: [u8; 32] },
    AuthorizationAlreadyUsed { authorizer: Address, nonce: [u8; 32] },
    AuthorizationCanceled { authorizer: Address, nonce: [u8; 32] },
    /// A Permit2 proxy's settlement (no arguments: the emitting proxy is `Log::address`).
    Settled,
    NonceInvalidation { owner: Address, word: U256, mask: U256 },
}

fn address_word(w: &[u8; 32]) -> Option<Address> {
    if w[..12].iter().any(|&b| b != 0) {
        return None;
    }
    w.get(12..)?.try_into().ok().map(Address)
}

/// The (authorizer, nonce) pair, indexed (topics) or not (data): the Paxos source is not
/// the only implementation, so both layouts are read.
fn authorization(log: &Log) -> Option<(Address, [u8; 32])> {
    match log.topics.as_slice() {
        [_, a, n] => Some((address_word(a)?, *n)),
        [_] => Some((address_word(&super::abi::word(&log.data, 0)?)?, super::abi::word(&log.data, 1)?)),
        _ => None,
    }
}

pub fn decode(log: &Log) -> Option<Event> {
    let topic0 = *log.topics.first()?;
    match topic0 {
        TRANSFER => match log.topics.as_slice() {
            [_, from, to] if log.data.len() == 32 => Some(Event::Transfer {
                from: address_word(from)?,
                to: address_word(to)?,
                value: super::abi::decode_uint256(&log.data)?,
            }),
            _ => None,
        },
        AUTHORIZATION_USED => authorization(log).map(|(authorizer, nonce)| Event::AuthorizationUsed { authorizer, nonce }),
        AUTHORIZATION_CANCELED => authorization(log).map(|(authorizer, nonce)| Event::AuthorizationCanceled { authorizer, nonce }),
        SETTLED if log.topics.len() == 1 => Some(Event::Settled),
        UNORDERED_NONCE_INVALIDATION => match log.topics.as_slice() {
            [_, owner] => Some(Event::NonceInvalidation {
                owner: address_word(owner)?,
                word: U256(super::abi::word(&log.data, 0)?),
                mask: U256(super::abi::word(&log.data, 1)?),
            }),
            _ => None,
        },
        AUTHORIZATION_ALREADY_USED => {
            authorization(log).map(|(authorizer, nonce)| Event::AuthorizationAlreadyUsed { authorizer, nonce })
        }
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::json;

    pub(crate) const USDG: &str = "0x4ae46a509f6b1d9056937ba4500cb143933d2dc8";
    pub(crate) const FROM: &str = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    pub(crate) const TO: &str = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

    fn w(addr: &str) -> String {
        ["0x000000000000000000000000", &addr[2..]].concat()
    }
    fn topic(t: &[u8; 32]) -> String {
        codec::to_0x_hex(t)
    }

    pub(crate) fn transfer_log(token: &str, from: &str, to: &str, value: u64) -> String {
        format!(
            r#"{{"address":"{token}","topics":["{}","{}","{}"],"data":"{}"}}"#,
            topic(&TRANSFER),
            w(from),
            w(to),
            codec::to_0x_hex(&U256::from_u64(value).0)
        )
    }
    pub(crate) fn auth_log(t: &[u8; 32], token: &str, nonce: u8) -> String {
        format!(r#"{{"address":"{token}","topics":["{}","{}","0x{}"],"data":"0x"}}"#, topic(t), w(FROM), hex::encode([nonce; 32]))
    }
    pub(crate) fn receipt(status: &str, logs: &[String]) -> String {
        format!(r#"{{"status":"{status}","transactionHash":"0x{}","logs":[{}]}}"#, "ab".repeat(32), logs.join(","))
    }

    #[test]
    fn decodes_events() {
        let l = Log::from_json(&json::parse(transfer_log(USDG, FROM, TO, 1000).as_bytes()).unwrap()).unwrap();
        let e = crate::x402::settle::receipt::tests::expected();
        assert_eq!(decode(&l), Some(Event::Transfer { from: e.from, to: e.to, value: e.value }));
        let l = Log::from_json(&json::parse(auth_log(&AUTHORIZATION_USED, USDG, 0x11).as_bytes()).unwrap()).unwrap();
        assert_eq!(decode(&l), Some(Event::AuthorizationUsed { authorizer: e.from, nonce: [0x11; 32] }));
        // Non-indexed layout: everything in data.
        let mut data = e.from.to_word().to_vec();
        data.extend_from_slice(&[0x22; 32]);
        let flat = Log { address: e.asset, topics: vec![AUTHORIZATION_ALREADY_USED], data };
        assert_eq!(decode(&flat), Some(Event::AuthorizationAlreadyUsed { authorizer: e.from, nonce: [0x22; 32] }));
        // ERC-721 Transfer (value indexed, no data), unknown topics, dirty address words.
        let nft = Log { address: e.asset, topics: vec![TRANSFER, e.from.to_word(), e.to.to_word(), [0; 32]], data: vec![] };
        assert_eq!(decode(&nft), None);
        assert_eq!(decode(&Log { address: e.asset, topics: vec![[9; 32]], data: vec![] }), None);
        assert_eq!(decode(&Log { address: e.asset, topics: vec![], data: vec![] }), None);
        let dirty = Log { address: e.asset, topics: vec![TRANSFER, [0xff; 32], e.to.to_word()], data: vec![0; 32] };
        assert_eq!(decode(&dirty), None);
        assert_eq!(Log::from_json(&json::parse(br#"{"address":"0x1","topics":[],"data":"0x"}"#).unwrap()), None);
    }
}
