//! EIP-1559 (type 2) transactions: RLP payload, signing hash, RFC 6979 signature.
//!
//! raw = 0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to,
//! value, data, accessList, yParity, r, s]); the signature covers keccak(0x02 ‖ rlp(first 9)).
//! The access list is always empty: a token transfer gains nothing from one.

#[allow(unused_imports)]
use crate::prelude::*;

use k256::ecdsa::SigningKey;

use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::eip712::keccak256;
use crate::x402::error::X402Error;
use crate::x402::recover::key_address;
use crate::x402::u256::U256;
use crate::x402::evm::{rfc6979, rlp};

/// Name under which a malformed settler key is reported (never its value).
pub const SETTLER_KEY: &str = "SETTLER_PRIVATE_KEY";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Eip1559Tx {
    pub chain_id: u64,
    pub nonce: u64,
    pub max_priority_fee_per_gas: u128,
    pub max_fee_per_gas: u128,
    pub gas_limit: u64,
    pub to: Address,
    pub value: U256,
    pub data: Vec<u8>,
}

/// A signed transaction, ready for `eth_sendRawTransaction`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedTx {
    pub raw: Vec<u8>,
    /// keccak(raw): the transaction hash, known before the node answers.
    pub hash: [u8; 32],
}

impl Eip1559Tx {
    fn fields(&self, out: &mut Vec<u8>) {
        rlp::u64(out, self.chain_id);
        rlp::u64(out, self.nonce);
        rlp::u128(out, self.max_priority_fee_per_gas);
        rlp::u128(out, self.max_fee_per_gas);
        rlp::u64(out, self.gas_limit);
        rlp::bytes(out, &self.to.0);
        rlp::uint(out, &self.value.0);
        rlp::bytes(out, &self.data);
        rlp::list(out, |_| {});
    }

    /// keccak(0x02 ‖ rlp(unsigned fields)).
    pub fn signing_hash(&self) -> [u8; 32] {
        let mut out = vec![2u8];
        rlp::list(&mut out, |o| self.fields(o));
        keccak256(&out)
    }

    /// Deterministic (RFC 6979) low-s signature, as viem and ethers produce.
    pub fn sign(&self, key: &SigningKey) -> Result<SignedTx, X402Error> {
        let (sig, recid) = rfc6979::sign_digest(key, &self.signing_hash()).ok_or(X402Error::InvalidSecret(SETTLER_KEY, "cannot sign with this key"))?;
        let (r, s) = sig.split_bytes();
        let mut raw = vec![2u8];
        rlp::list(&mut raw, |o| {
            self.fields(o);
            rlp::u64(o, u64::from(recid.is_y_odd()));
            rlp::uint(o, &r);
            rlp::uint(o, &s);
        });
        let hash = keccak256(&raw);
        Ok(SignedTx { raw, hash })
    }
}

/// Gas of a plain transfer: a filler (a nonce used by a transfer of nothing to oneself).
pub const PLAIN_TRANSFER_GAS: u64 = 21_000;

impl Eip1559Tx {
    /// A transfer of nothing from `settler` to itself at `nonce`: it takes the nonce of a
    /// transaction that can no longer settle, so the account's later nonces are mined.
    pub fn filler(chain_id: u64, nonce: u64, settler: Address, max_fee_per_gas: u128, max_priority_fee_per_gas: u128) -> Eip1559Tx {
        Eip1559Tx { chain_id, nonce, max_priority_fee_per_gas, max_fee_per_gas, gas_limit: PLAIN_TRANSFER_GAS, to: settler, value: U256::ZERO, data: Vec::new() }
    }
}

/// What a signed type-2 transaction (as the ledger keeps it) says of itself: enough to send
/// it again, or to replace it at the same nonce with higher fees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub raw: Vec<u8>,
    pub hash: [u8; 32],
    pub chain_id: u64,
    pub nonce: u64,
    pub max_priority_fee_per_gas: u128,
    pub max_fee_per_gas: u128,
    pub gas_limit: u64,
    pub to: Address,
}

impl Kept {
    /// `None` unless `raw` is a well-formed signed EIP-1559 transaction.
    pub fn read(raw: Vec<u8>) -> Option<Kept> {
        let (&2, payload) = raw.split_first()? else { return None };
        let items = rlp::list_items(payload)?;
        let [chain_id, nonce, tip, max_fee, gas, to, _value, _data, _access, _y, _r, _s] = items.as_slice() else { return None };
        let small = |i: &rlp::Item| i.u128().and_then(|n| u64::try_from(n).ok());
        let to = Address(to.bytes()?.try_into().ok()?);
        let (chain_id, nonce, gas_limit) = (small(chain_id)?, small(nonce)?, small(gas)?);
        let (max_priority_fee_per_gas, max_fee_per_gas) = (tip.u128()?, max_fee.u128()?);
        let hash = keccak256(&raw);
        Some(Kept { raw, hash, chain_id, nonce, max_priority_fee_per_gas, max_fee_per_gas, gas_limit, to })
    }
}

/// The keys of `SETTLER_PRIVATE_KEY`: one, or several separated by commas or white space.
pub fn key_list(secret: &str) -> impl Iterator<Item = &str> {
    secret.split(|c: char| c == ',' || c.is_ascii_whitespace()).filter(|k| !k.is_empty())
}

/// The settler's key: `0x` + 64 hex digits (the `0x` may be omitted), a valid scalar.
pub fn parse_private_key(hex: &str) -> Result<SigningKey, X402Error> {
    let hex = hex.trim();
    let owned;
    let prefixed = if hex.starts_with("0x") {
        hex
    } else {
        owned = codec::cat(&["0x", hex]);
        &owned
    };
    let bytes = codec::parse_0x_hex::<32>(prefixed)
        .ok_or(X402Error::InvalidSecret(SETTLER_KEY, "must be 32 bytes of hex"))?;
    SigningKey::from_slice(&bytes).map_err(|_| X402Error::InvalidSecret(SETTLER_KEY, "is not a valid secp256k1 key"))
}

/// The settler's address.
pub fn address_of(key: &SigningKey) -> Address {
    key_address(key.verifying_key())
}

#[cfg(test)]
mod tests {
    use crate::x402::evm::abi::{self, tests::{message_c, SIG_C}};
    use super::*;

    /// Anvil/Hardhat account #1 (public test key), address 0x7099…79C8.
    pub(crate) const KEY_1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

    /// Expected values produced with viem 2 in node:
    /// `privateKeyToAccount(KEY_1).signTransaction({type:'eip1559', chainId:196, nonce:7,
    /// maxPriorityFeePerGas:1000000n, maxFeePerGas:20000000000n, gas:120000n, to:USDG,
    /// value:0n, data:<transferWithAuthorization (v,r,s) call data of vector C>})`, hash = keccak256(raw).
    /// Its `s` has a leading zero byte, so it is RLP-encoded in 31 bytes.
    #[test]
    fn signs_like_viem() {
        let key = parse_private_key(KEY_1).unwrap();
        assert_eq!(address_of(&key).to_hex(), "0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
        let sig = codec::parse_0x_hex_vec(SIG_C).unwrap();
        let tx = Eip1559Tx {
            chain_id: 196,
            nonce: 7,
            max_priority_fee_per_gas: 1_000_000,
            max_fee_per_gas: 20_000_000_000,
            gas_limit: 120_000,
            to: Address::parse("0x4ae46a509f6b1d9056937ba4500cb143933d2dc8").unwrap(),
            value: U256::ZERO,
            data: abi::transfer_with_authorization(&message_c(), &sig),
        };
        let signed = tx.sign(&key).unwrap();
        let expected = "0x02f9019181c407830f42408504a817c8008301d4c0944ae46a509f6b1d9056937ba4500cb143933d2dc880b90124e3ee160e000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb9226600000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c800000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000006955b9001111111111111111111111111111111111111111111111111111111111111111000000000000000000000000000000000000000000000000000000000000001b287d9c08d8cfaa99d6d93f8a529f43a8aeca972ec9d73cd16fc61a8e55933df81d6b84869860b30c335e55591a27412c6fd86fdd3566fc19d498f27abb8d5a7fc001a096cd6b48c03555fe1458d6473bfd2e33da8dc79c34e2e1c62ddb426a23e99f1a9f43787f50a1633162a5584cc91b26b88e3ebcb65ee7296f635e4aaeeee3e3b7";
        assert_eq!(codec::to_0x_hex(&signed.raw), expected);
        assert_eq!(codec::to_0x_hex(&signed.hash), "0x38d005a9774615227fe8ca044667a9cfcefef7a63f2fed5e718a0388d3647140");
    }

    /// viem 2 again: chainId 8453, nonce 0, tip 0, maxFee 1, gas 21000, 1 ETH to 0x7099…79C8,
    /// no data, signed by KEY_1 (zero fields encode as 0x80, y-parity 0).
    #[test]
    fn signs_plain_transfer_like_viem() {
        let key = parse_private_key(&KEY_1[2..]).unwrap();
        let tx = Eip1559Tx {
            chain_id: 8453,
            nonce: 0,
            max_priority_fee_per_gas: 0,
            max_fee_per_gas: 1,
            gas_limit: 21_000,
            to: Address::parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8").unwrap(),
            value: U256::from_u64(1_000_000_000_000_000_000),
            data: vec![],
        };
        let signed = tx.sign(&key).unwrap();
        assert_eq!(
            codec::to_0x_hex(&signed.raw),
            "0x02f86c8221058080018252089470997970c51812dc3a010c7d01b50e0d17dc79c8880de0b6b3a764000080c080a01e37e2c8d010d2131267a2632f779f3cbc3f5ed9c9bc1d34e9420284189926e0a034359ddd395e1d526fa33b7777a562e5e138b532e2921191997606cda768f897"
        );
        assert_eq!(codec::to_0x_hex(&signed.hash), "0xc8cb1db0c10f679261664b92894ca22ae18d22d88ec86f62fa7023d42d6496a9");
    }

    #[test]
    fn a_kept_transaction_reads_back() {
        let key = parse_private_key(KEY_1).unwrap();
        let settler = address_of(&key);
        let tx = Eip1559Tx::filler(196, 300, settler, 1 << 70, 1_000_000);
        let signed = tx.sign(&key).unwrap();
        let kept = Kept::read(signed.raw.clone()).unwrap();
        assert_eq!((kept.chain_id, kept.nonce, kept.gas_limit, kept.to), (196, 300, PLAIN_TRANSFER_GAS, settler));
        assert_eq!((kept.max_fee_per_gas, kept.max_priority_fee_per_gas, kept.hash), (1 << 70, 1_000_000, signed.hash));
        // viem's transaction of `signs_like_viem`, read back.
        let viem = "0x02f86c8221058080018252089470997970c51812dc3a010c7d01b50e0d17dc79c8880de0b6b3a764000080c080a01e37e2c8d010d2131267a2632f779f3cbc3f5ed9c9bc1d34e9420284189926e0a034359ddd395e1d526fa33b7777a562e5e138b532e2921191997606cda768f897";
        let kept = Kept::read(codec::parse_0x_hex_vec(viem).unwrap()).unwrap();
        assert_eq!((kept.chain_id, kept.nonce, kept.max_fee_per_gas, kept.gas_limit), (8453, 0, 1, 21_000));
        // Anything else: None, never a panic.
        let mut legacy = signed.raw.clone();
        legacy[0] = 1;
        for bad in [vec![], vec![2], legacy, signed.raw[..signed.raw.len() - 2].to_vec(), vec![2, 0xc0]] {
            assert_eq!(Kept::read(bad.clone()), None, "{bad:?}");
        }
    }

    #[test]
    fn a_pool_of_keys() {
        let two = [KEY_1, ", \n", &KEY_1[2..], "\t,"].concat();
        assert_eq!(key_list(&two).collect::<Vec<_>>(), [KEY_1, &KEY_1[2..]]);
        assert_eq!(key_list(" , ").count(), 0);
        assert_eq!(key_list(KEY_1).count(), 1);
    }

    #[test]
    fn bad_keys() {
        for bad in ["", "0x", "0x12", &"0".repeat(64), &["0x", &"f".repeat(64)].concat(), &["0x", &"g".repeat(64)].concat()] {
            let e = parse_private_key(bad).unwrap_err();
            assert!(matches!(e, X402Error::InvalidSecret(SETTLER_KEY, _)), "{bad}");
            assert!(!e.to_string().contains("ffff"));
        }
    }
}
