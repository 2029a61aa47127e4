//! A pool of settler keys: `SETTLER_PRIVATE_KEY` may name several (commas or white space).
//! Each account has its own nonces (allocated per account by the ledger), so settlements
//! spread over N keys are not queued behind one account's. A payment's key follows from its
//! authorization nonce (random, chosen by the payer), the next one when a key is short of
//! gas; a recorded transaction is sent again, replaced or filled by the key that signed it.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::evm::tx;

/// How many keys the secret names.
pub fn size(secret: &str) -> usize {
    tx::key_list(secret).count()
}

/// The key for a payment's `attempt`-th try (0 first; each next one skips a key short of
/// gas). `""` when the secret names none (the session then says it is missing).
pub fn pick<'a>(secret: &'a str, payment_nonce: &str, attempt: u32) -> &'a str {
    let n = size(secret);
    if n == 0 {
        return "";
    }
    // The last eight hex digits of a random 32-byte nonce: evenly spread.
    let tail = payment_nonce.get(payment_nonce.len().saturating_sub(8)..).unwrap_or("");
    let start = u32::from_str_radix(tail, 16).unwrap_or(0) as usize;
    tx::key_list(secret).nth((start + attempt as usize) % n).unwrap_or("")
}

/// The key whose account is `address` (lowercase `0x` hex), if the pool still holds it.
pub fn signer_of<'a>(secret: &'a str, address: &str) -> Option<&'a str> {
    tx::key_list(secret).find(|k| tx::parse_private_key(k).is_ok_and(|key| tx::address_of(&key).to_hex() == address.to_ascii_lowercase()))
}

/// Every account of the pool (a malformed key is left out: settling with it says why).
pub fn accounts(secret: &str) -> Vec<Address> {
    tx::key_list(secret).filter_map(|k| tx::parse_private_key(k).ok()).map(|k| tx::address_of(&k)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Anvil/Hardhat accounts #1..#3 (public test keys).
    const K1: &str = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    const K2: &str = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    const K3: &str = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6";

    #[test]
    fn payments_spread_over_the_keys_and_skip_in_turn() {
        let pool = [K1, ",", K2, "\n ", K3].concat();
        assert_eq!(size(&pool), 3);
        let mut seen = [0u32; 3];
        for i in 0..300u32 {
            let nonce = format!("0x{}{:08x}", "ab".repeat(28), i.wrapping_mul(2_654_435_761));
            let k = pick(&pool, &nonce, 0);
            seen[[K1, K2, K3].iter().position(|x| *x == k).unwrap()] += 1;
            // The next attempts go round the others before coming back.
            let tries: Vec<&str> = (0..4).map(|a| pick(&pool, &nonce, a)).collect();
            assert_eq!(tries[0], tries[3]);
            assert!(tries[0] != tries[1] && tries[1] != tries[2] && tries[0] != tries[2]);
        }
        assert!(seen.iter().all(|&n| n > 60), "{seen:?}");
        assert_eq!(pick(K1, "0x12", 5), K1);
        assert_eq!(pick("", "0x12", 0), "");
        assert_eq!(pick(K1, "", 0), K1, "a nonce too short is no panic");
    }

    #[test]
    fn a_recorded_account_finds_its_key() {
        let pool = [K1, ",", K2, ",not-a-key"].concat();
        assert_eq!(signer_of(&pool, "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"), Some(K2));
        assert_eq!(signer_of(&pool, "0x90f79bf6eb2c4f870365e785982e1f101e93b906"), None, "account #3 is not in the pool");
        assert_eq!(accounts(&pool).iter().map(Address::to_hex).collect::<Vec<_>>(), ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8", "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"]);
    }
}
