//! Contract-wallet signatures, asked of the chain: our own deployless checker
//! (`contracts/Erc6492Checker.sol`, its creation code in `erc6492_checker.hex`) run by one
//! `eth_call` without a target, so nothing is deployed or paid. It answers one word, 1 when
//! `signature` is `signer`'s over `digest`: an EOA's (65 bytes, low s), a deployed wallet's
//! (EIP-1271 `isValidSignature`), or an ERC-6492 wrapper's (the wallet deployed by its
//! factory inside the simulation, then asked).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::HttpRequest;
use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::error::FacilitatorOp;
use crate::x402::evm::rpc;

/// The checker's creation bytecode (hex, no `0x`).
const CHECKER: &str = include_str!("erc6492_checker.hex");

/// ERC-6492's 32-byte suffix.
pub const ERC6492_MAGIC: [u8; 32] = [
    0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64, 0x92, 0x64,
    0x92, 0x64, 0x92,
];

/// `eth_call` of the checker with `(signer, digest, signature)`.
pub fn request(url: &str, signer: &Address, digest: &[u8; 32], signature: &[u8]) -> HttpRequest {
    let mut data = codec::parse_0x_hex_vec(&codec::cat(&["0x", CHECKER.trim()])).unwrap_or_default();
    data.extend_from_slice(&signer.to_word());
    data.extend_from_slice(digest);
    data.extend_from_slice(&word(0x60));
    data.extend_from_slice(&word(signature.len() as u64));
    data.extend_from_slice(signature);
    data.resize(data.len() + (32 - signature.len() % 32) % 32, 0);
    let hex = codec::to_0x_hex(&data);
    rpc::request(url, "eth_call", &|w| {
        w.open_obj().key("data").str(&hex).close_obj().str("latest");
    })
}

fn word(v: u64) -> [u8; 32] {
    let mut w = [0u8; 32];
    w[24..].copy_from_slice(&v.to_be_bytes());
    w
}

/// The checker's answer: `Some(valid)`, or `None` when the node did not run it.
pub fn verdict(body: &str) -> Option<bool> {
    let word = rpc::data_result(FacilitatorOp::Verify, body, "eth_call").ok()?;
    match word.as_slice() {
        [zeros @ .., last] if word.len() == 32 && zeros.iter().all(|b| *b == 0) && *last <= 1 => Some(*last == 1),
        _ => Some(false),
    }
}

/// An ERC-6492 wrapper's parts: `abi.encode(factory, factoryCalldata, innerSignature) ‖ magic`.
/// `None` when `signature` does not end with the magic or its encoding is out of bounds.
pub fn unwrap_6492(signature: &[u8]) -> Option<(Address, Vec<u8>, Vec<u8>)> {
    let body = signature.strip_suffix(&ERC6492_MAGIC[..])?;
    let read_word = |at: usize| -> Option<&[u8]> { body.get(at..at.checked_add(32)?) };
    let small = |at: usize| -> Option<usize> {
        let w = read_word(at)?;
        if w.get(..24)?.iter().any(|b| *b != 0) {
            return None;
        }
        usize::try_from(u64::from_be_bytes(w.get(24..)?.try_into().ok()?)).ok()
    };
    let factory_word = read_word(0)?;
    if factory_word.get(..12)?.iter().any(|b| *b != 0) {
        return None;
    }
    let factory = Address(factory_word.get(12..)?.try_into().ok()?);
    let bytes_at = |head: usize| -> Option<Vec<u8>> {
        let offset = small(head)?;
        let len = small(offset)?;
        body.get(offset.checked_add(32)?..offset.checked_add(32)?.checked_add(len)?).map(<[u8]>::to_vec)
    };
    Some((factory, bytes_at(32)?, bytes_at(64)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_6492_wrapper_reads_back_and_garbage_is_refused() {
        let factory = Address([0xfa; 20]);
        let calldata = vec![0x12, 0x34, 0x56];
        let inner = vec![7u8; 65];
        let mut w = Vec::new();
        w.extend_from_slice(&factory.to_word());
        w.extend_from_slice(&word(0x60));
        w.extend_from_slice(&word(0xa0));
        w.extend_from_slice(&word(3));
        w.extend_from_slice(&[0x12, 0x34, 0x56]);
        w.resize(0xa0, 0);
        w.extend_from_slice(&word(65));
        w.extend_from_slice(&inner);
        w.resize(0xa0 + 32 + 96, 0);
        w.extend_from_slice(&ERC6492_MAGIC);
        assert_eq!(unwrap_6492(&w), Some((factory, calldata, inner)));
        assert_eq!(unwrap_6492(&w[..w.len() - 1]), None, "no magic");
        assert_eq!(unwrap_6492(&ERC6492_MAGIC), None, "the magic alone");
        let mut huge = w.clone();
        huge[0x5f] = 0xff;
        huge[0x40] = 0xff;
        assert_eq!(unwrap_6492(&huge), None, "an offset out of bounds");
        let mut dirty = w.clone();
        dirty[0] = 1;
        assert_eq!(unwrap_6492(&dirty), None, "a dirty address word");
    }

    #[test]
    fn the_call_carries_the_checker_then_its_arguments() {
        let r = request("https://rpc.test", &Address([0xab; 20]), &[0xcd; 32], &[0xee; 33]);
        assert!(r.body.contains("\"method\":\"eth_call\"") && !r.body.contains("\"to\""));
        let data = r.body.split("\"data\":\"0x").nth(1).unwrap().split('"').next().unwrap().to_owned();
        assert!(data.starts_with(CHECKER.trim()));
        let args = &data[CHECKER.trim().len()..];
        assert_eq!(args.len(), 2 * (32 * 4 + 64));
        assert!(args.starts_with(&["000000000000000000000000", &"ab".repeat(20), &"cd".repeat(32)].concat()));
        assert_eq!(verdict(r#"{"jsonrpc":"2.0","id":1,"result":"0x0000000000000000000000000000000000000000000000000000000000000001"}"#), Some(true));
        assert_eq!(verdict(r#"{"jsonrpc":"2.0","id":1,"result":"0x0000000000000000000000000000000000000000000000000000000000000000"}"#), Some(false));
        assert_eq!(verdict(r#"{"jsonrpc":"2.0","id":1,"result":"0x"}"#), Some(false));
        assert_eq!(verdict(r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"x"}}"#), None);
    }
}
