//! Which EIP-712 domain does a token really use? Wrong `extra.name`/`extra.version` is the
//! most common cause of rejected payments, so candidates from our configuration,
//! from `name()`/`version()` and from `eip712Domain()` (EIP-5267) are each hashed and
//! compared with the token's own `DOMAIN_SEPARATOR()`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::x402::address::Address;
use crate::x402::eip712::domain_separator;
use crate::x402::error::FacilitatorOp;
use crate::http::HttpRequest;
use crate::x402::evm::abi::{self, Eip712Domain};
use crate::x402::evm::rpc;

/// The four getters, named as their answers are passed back.
pub const CALLS: [(&str, [u8; 4]); 4] = [
    ("name", abi::NAME),
    ("version", abi::VERSION),
    ("domainSeparator", abi::DOMAIN_SEPARATOR),
    ("eip712Domain", abi::EIP712_DOMAIN),
];

/// `eth_call` requests for [`CALLS`], in order.
pub fn requests(url: &str, asset: &Address) -> Vec<(&'static str, HttpRequest)> {
    CALLS.iter().map(|(name, sel)| (*name, rpc::eth_call(url, None, asset, &abi::getter(*sel)))).collect()
}

/// Answers to [`requests`] (raw bodies; absent or failed calls are simply missing data).
#[derive(Clone, Debug, Default)]
pub struct DomainAnswers<'a> {
    pub name: Option<&'a str>,
    pub version: Option<&'a str>,
    pub domain_separator: Option<&'a str>,
    pub eip712_domain: Option<&'a str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// `configured`, `name()+version()`, `name()+"1"`/`name()+"2"` (no `version()`), `eip712Domain()`.
    pub source: &'static str,
    pub name: String,
    pub version: String,
    pub separator: [u8; 32],
    /// Equal to the on-chain separator (`None` when the token has no `DOMAIN_SEPARATOR()`).
    pub matches: Option<bool>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainReport {
    pub on_chain: Option<[u8; 32]>,
    pub eip712_domain: Option<Eip712Domain>,
    pub candidates: Vec<Candidate>,
}

impl DomainReport {
    /// The first candidate equal to the on-chain separator.
    pub fn matching(&self) -> Option<&Candidate> {
        self.candidates.iter().find(|c| c.matches == Some(true))
    }
}

fn call_data(body: Option<&str>) -> Option<Vec<u8>> {
    rpc::data_result(FacilitatorOp::Verify, body?, "").ok().filter(|d| !d.is_empty())
}

pub fn check(chain_id: u64, asset: &Address, configured: Option<(&str, &str)>, answers: &DomainAnswers) -> DomainReport {
    let on_chain = call_data(answers.domain_separator).and_then(|d| abi::decode_bytes32(&d));
    let name = call_data(answers.name).and_then(|d| abi::decode_string(&d));
    let version = call_data(answers.version).and_then(|d| abi::decode_string(&d));
    let eip712_domain = call_data(answers.eip712_domain).and_then(|d| abi::decode_eip712_domain(&d));

    let mut pairs: Vec<(&'static str, String, String)> = Vec::new();
    if let Some((n, v)) = configured {
        pairs.push(("configured", n.into(), v.into()));
    }
    match (&name, &version) {
        (Some(n), Some(v)) => pairs.push(("name()+version()", n.clone(), v.clone())),
        (Some(n), None) => {
            pairs.push(("name()+\"1\"", n.clone(), "1".into()));
            pairs.push(("name()+\"2\"", n.clone(), "2".into()));
        }
        _ => {}
    }
    if let Some(d) = &eip712_domain {
        pairs.push(("eip712Domain()", d.name.clone(), d.version.clone()));
    }
    let candidates = pairs
        .into_iter()
        .map(|(source, name, version)| {
            let separator = domain_separator(&name, &version, chain_id, asset);
            Candidate { source, matches: on_chain.map(|s| s == separator), name, version, separator }
        })
        .collect();
    DomainReport { on_chain, eip712_domain, candidates }
}

#[cfg(test)]
mod tests {
    use crate::x402::evm::abi::tests::domain_answer;
    use crate::x402::codec;
    use crate::x402::u256::U256;
    use super::*;

    fn answer(data: &[u8]) -> String {
        ["{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"", &codec::to_0x_hex(data), "\"}"].concat()
    }
    fn string(s: &str) -> Vec<u8> {
        let mut d = U256::from_u64(32).0.to_vec();
        d.extend_from_slice(&U256::from_u64(s.len() as u64).0);
        d.extend_from_slice(s.as_bytes());
        d.resize(64 + s.len().div_ceil(32) * 32, 0);
        d
    }

    /// USDG on X Layer: OKX's SDK says "USDG"/"2"; the chain says "Global Dollar"/"1".
    #[test]
    fn finds_the_real_domain() {
        let usdg = Address::parse("0x4ae46a509f6b1d9056937ba4500cb143933d2dc8").unwrap();
        let sep = codec::parse_0x_hex::<32>("0x415f0706e345fcaf25d5be24c4fd7830d0054fc5742c51a0db9319c759bd3743").unwrap();
        let (n, v, s, d) = (
            answer(&string("Global Dollar")),
            answer(&string("1")),
            answer(&sep),
            answer(&domain_answer("Global Dollar", "1", 196, &usdg)),
        );
        let all = DomainAnswers { name: Some(&n), version: Some(&v), domain_separator: Some(&s), eip712_domain: Some(&d) };
        let r = check(196, &usdg, Some(("USDG", "2")), &all);
        assert_eq!(r.on_chain, Some(sep));
        let got: Vec<_> = r.candidates.iter().map(|c| (c.source, c.matches)).collect();
        assert_eq!(got, [("configured", Some(false)), ("name()+version()", Some(true)), ("eip712Domain()", Some(true))]);
        assert_eq!(r.matching().map(|c| (c.name.as_str(), c.version.as_str())), Some(("Global Dollar", "1")));
        // No version(), no eip712Domain(): both usual versions are tried.
        let revert = r#"{"jsonrpc":"2.0","id":1,"error":{"code":3,"message":"execution reverted"}}"#;
        let some = DomainAnswers { name: Some(&n), version: Some(revert), domain_separator: Some(&s), eip712_domain: Some("junk") };
        let r = check(196, &usdg, None, &some);
        let got: Vec<_> = r.candidates.iter().map(|c| (c.source, c.matches)).collect();
        assert_eq!(got, [("name()+\"1\"", Some(true)), ("name()+\"2\"", Some(false))]);
        // No DOMAIN_SEPARATOR(): candidates are computed but unjudged.
        let r = check(196, &usdg, Some(("Global Dollar", "1")), &DomainAnswers::default());
        assert_eq!((r.on_chain, r.candidates[0].matches, r.candidates[0].separator), (None, None, sep));
        assert_eq!(requests("https://rpc.test", &usdg).len(), 4);
        assert!(requests("https://rpc.test", &usdg)[3].1.body.contains("\"data\":\"0x84b0196e\""));
    }
}
