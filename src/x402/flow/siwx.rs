//! `sign-in-with-x` on paid endpoints: a wallet that paid for a resource comes back by signing
//! in (Sign-In with Ethereum, EIP-4361) instead of paying again, for `X402_SIWX_SECONDS` after
//! its payment (0, the default: off).
//!
//! - The challenge declares the extension: `info` (domain and URI of the resource, version 1, a
//!   nonce, issue and expiry times, a statement, the resource), the payment's chain as the one
//!   supported chain (`eip191`), and the payload's JSON schema.
//! - The nonce is stateless: HMAC-SHA256 under `JWT_SECRET` of the resource and the issue time
//!   (the first 16 bytes, hex), so only a challenge this function wrote can be signed; the
//!   message expires 5 minutes after its issue time.
//! - The client retries with `SIGN-IN-WITH-X: base64(JSON{…info, address, chainId, type,
//!   signature})`. [`read`] rebuilds the exact text the wallet signed and checks every field;
//!   the signature is an EOA's (recovered here) or, with `RPC_URL`, a contract wallet's (our
//!   checker, one `eth_call`). Then [`SiwxFlow`] asks the ledger whether this address paid for
//!   this resource on this endpoint within the window (`x402_siwx_paid`): yes, the handler
//!   runs (its `payment` says `siwx: true`); no, the 402 challenge again.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::Reply;
use crate::json::{self, Json, Writer};
use crate::x402::address::Address;
use crate::x402::codec;
use crate::x402::timestamp;
use crate::x402::config::PaywallConfig;
use crate::x402::error::{FacilitatorOp, Reason, X402Error};
use crate::x402::evm::siwe::Message;
use crate::x402::evm::{checker, rpc};
use crate::x402::flow::{Answer, Effect, Flow};
use crate::x402::network;
use crate::x402::recover;
use crate::x402::reply;
use crate::x402::siwx::{Declaration, EXTENSION};

pub const PAID: &str = "x402_siwx_paid";
/// A challenge's message may be signed within this.
const CHALLENGE_SECONDS: i64 = 300;
/// A device's clock may run this far ahead of ours.
const SKEW_SECONDS: i64 = 60;
const MAX_HEADER: usize = 16_384;

/// The resource's authority (`host[:port]`), lowercase.
fn authority(uri: &str) -> Option<String> {
    // Bytes, not `split_once("://")`: core's substring search carries a panic message whose
    // formatting code (about 6 KB) was the challenge flavor's only use of it.
    let rest = uri.get(uri.as_bytes().windows(3).position(|w| w == b"://")? + 3..)?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let a = rest.get(..end)?;
    (!a.is_empty() && !a.contains('@')).then(|| a.to_ascii_lowercase())
}

/// The nonce of a challenge for `resource` issued at `issued_at` (the exact text).
pub fn nonce(key: &str, resource: &str, issued_at: &str) -> String {
    let tag = crate::sha256::hmac_sha256(key.as_bytes(), crate::concat(&[EXTENSION, "\n", resource, "\n", issued_at]).as_bytes());
    hex::encode(tag.get(..16).unwrap_or_default())
}

/// The declaration of a challenge written at `now` (seconds); `None` when the feature is off
/// or the resource URL has no authority.
pub fn declare(config: &PaywallConfig, resource: &str, now: u64) -> Option<Declaration> {
    let key = config.siwx_key.as_deref().filter(|_| config.knobs.siwx_seconds > 0)?;
    let domain = authority(resource)?;
    let issued_at = timestamp::iso8601_seconds(now);
    Some(Declaration {
        nonce: nonce(key, resource, &issued_at),
        domain,
        uri: resource.to_owned(),
        expiration_time: timestamp::iso8601_seconds(now + CHALLENGE_SECONDS as u64),
        issued_at,
        chain: network::caip2(config.chain_id),
    })
}

/// A sign-in whose text and fields check out; its signature still to be shown the address's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proof {
    pub address: Address,
    pub digest: [u8; 32],
    pub signature: Vec<u8>,
}

fn refused(message: &'static str) -> X402Error {
    X402Error::Flow { reason: Reason::Signature, message }
}

/// The `SIGN-IN-WITH-X` header for `resource` at `now` (seconds): decoded, its message rebuilt
/// exactly as the wallet signed it (EIP-4361), every field checked against this challenge.
pub fn read(config: &PaywallConfig, header: &str, resource: &str, now: u64) -> Result<Proof, X402Error> {
    let key = config.siwx_key.as_deref().filter(|_| config.knobs.siwx_seconds > 0).ok_or(refused("this endpoint does not accept sign-in-with-x"))?;
    if header.len() > MAX_HEADER {
        return Err(X402Error::HeaderTooLarge);
    }
    let bytes = crate::b64::decode_std(header.trim()).ok_or(X402Error::InvalidBase64)?;
    let v = json::parse(&bytes).ok_or(X402Error::InvalidJson)?;
    let s = |k: &str| v.get(k).and_then(Json::as_str);
    let need = |k: &'static str| s(k).filter(|x| !x.is_empty() && !x.contains(['\n', '\r'])).ok_or(refused("the sign-in-with-x payload lacks a field"));
    let (domain, address, uri, version, chain, nonce_text, issued) = (need("domain")?, need("address")?, need("uri")?, need("version")?, need("chainId")?, need("nonce")?, need("issuedAt")?);
    if s("type").unwrap_or("eip191") != "eip191" {
        return Err(refused("only eip191 (EVM) sign-in is accepted"));
    }
    if Some(domain.to_ascii_lowercase()) != authority(resource) || uri != resource {
        return Err(refused("the sign-in is for another domain or resource"));
    }
    if chain != network::caip2(config.chain_id) {
        return Err(refused("the sign-in is for another chain than the payment's"));
    }
    if !codec::cat(&[nonce_text]).eq_ignore_ascii_case(&nonce(key, resource, issued)) {
        return Err(refused("the sign-in's nonce is not one this endpoint issued"));
    }
    // The text, as EIP-4361 and the x402 clients write it.
    let chain_id = network::chain_id(chain).unwrap_or_default();
    let mut text = codec::cat(&[domain, " wants you to sign in with your Ethereum account:\n", address, "\n\n"]);
    if let Some(st) = s("statement").filter(|x| !x.is_empty()) {
        text.push_str(st);
        text.push('\n');
    }
    for (label, value) in [("\nURI: ", Some(uri)), ("\nVersion: ", Some(version)), ("\nChain ID: ", Some(codec::decimal(chain_id).as_str())), ("\nNonce: ", Some(nonce_text)), ("\nIssued At: ", Some(issued))] {
        text.push_str(label);
        text.push_str(value.unwrap_or_default());
    }
    for (label, key) in [("\nExpiration Time: ", "expirationTime"), ("\nNot Before: ", "notBefore"), ("\nRequest ID: ", "requestId")] {
        if let Some(x) = s(key).filter(|x| !x.is_empty()) {
            text.push_str(label);
            text.push_str(x);
        }
    }
    if let Some(list) = v.get("resources").and_then(Json::as_array).filter(|l| !l.is_empty()) {
        text.push_str("\nResources:");
        for r in list {
            text.push_str("\n- ");
            text.push_str(r.as_str().unwrap_or_default());
        }
    }
    let m = Message::parse(&text).map_err(|_| refused("the sign-in is not a well-formed EIP-4361 message"))?;
    let now = now as i64;
    if m.issued_at > now + SKEW_SECONDS || m.issued_at < now - CHALLENGE_SECONDS - SKEW_SECONDS {
        return Err(X402Error::Flow { reason: Reason::ValidBefore, message: "the sign-in's challenge has expired: sign the new one" });
    }
    if m.expiration_time.is_some_and(|t| t <= now) || m.not_before.is_some_and(|t| t > now + SKEW_SECONDS) {
        return Err(X402Error::Flow { reason: Reason::ValidBefore, message: "the sign-in is outside its validity" });
    }
    let signature = s("signature").and_then(codec::parse_0x_hex_vec).filter(|b| !b.is_empty() && b.len() <= 8192).ok_or(X402Error::MalformedSignature)?;
    Ok(Proof { address: m.address, digest: Message::digest(&text), signature })
}

enum State {
    Checking,
    Asking,
    Done,
}

/// One sign-in: the signature (an EOA's here, a contract wallet's on chain), then the ledger.
pub struct SiwxFlow {
    config: alloc::rc::Rc<PaywallConfig>,
    proof: Proof,
    resource: String,
    endpoint: String,
    state: State,
}

impl SiwxFlow {
    pub fn new(config: alloc::rc::Rc<PaywallConfig>, proof: Proof, resource: String, endpoint: String) -> SiwxFlow {
        SiwxFlow { config, proof, resource, endpoint, state: State::Done }
    }

    fn refuse(&mut self, e: &X402Error, now_ms: u64) -> Effect {
        self.state = State::Done;
        let mut req = self.config.requirements(&self.resource);
        req.siwx = declare(&self.config, &self.resource, now_ms / 1000);
        Effect::Respond(reply::reject(&req, &e.info(), None))
    }

    fn ask_ledger(&mut self) -> Effect {
        let mut w = Writer::new();
        w.open_obj().key("p").open_obj().key("payer").str(&self.proof.address.to_hex()).key("endpoint").str(&self.endpoint);
        w.key("resource").str(&self.resource).key("windowSeconds").int(i64::from(self.config.knobs.siwx_seconds)).close_obj().close_obj();
        self.state = State::Asking;
        Effect::Ledger { call: PAID, args: w.finish() }
    }

    fn served(&mut self) -> Effect {
        self.state = State::Done;
        let mut w = Writer::new();
        w.open_obj().key("payer").str(&self.proof.address.to_hex()).key("siwx").bool(true).key("network").str(&network::caip2(self.config.chain_id));
        w.key("asset").str(&self.config.asset.address.to_hex()).close_obj();
        Effect::Serve { headers: Vec::new(), info: w.finish(), keep: None }
    }
}

impl Flow for SiwxFlow {
    fn start(&mut self, now_ms: u64) -> Effect {
        let p = &self.proof;
        if recover::is_eoa_signature(&p.digest, &p.signature, &p.address) {
            return self.ask_ledger();
        }
        let Some(url) = self.config.rpc_urls.first() else { return self.refuse(&X402Error::SmartWalletSignature, now_ms) };
        let request = checker::request(url, &p.address, &p.digest, &p.signature);
        self.state = State::Checking;
        Effect::node("walletSignature", request, &self.config.rpc_urls)
    }

    fn resume(&mut self, a: Answer<'_>, now_ms: u64) -> Effect {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Checking => match checker::verdict(a.body).filter(|_| a.ok()) {
                Some(true) => self.ask_ledger(),
                Some(false) => self.refuse(&X402Error::SignerMismatch, now_ms),
                None => self.refuse(&rpc::fault(FacilitatorOp::Verify, None, "the node in RPC_URL could not check the wallet's signature"), now_ms),
            },
            State::Asking if a.unconfigured() => self.refuse(&crate::x402::flow::drive::no_ledger(), now_ms),
            State::Asking => match a.body.trim() {
                "true" if a.ok() => self.served(),
                "false" if a.ok() => self.refuse(
                    &X402Error::Flow { reason: Reason::SiwxNoPayment, message: "this wallet has no payment for this resource within the seller's sign-in window: pay for it" },
                    now_ms,
                ),
                _ => self.refuse(&crate::x402::flow::drive::unavailable("the payment ledger cannot be read: retry"), now_ms),
            },
            State::Done => Effect::Respond(Reply::json(500, X402Error::Misconfigured("this flow has ended").info().to_json())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::x402::siwx::{write, STATEMENT};
    use crate::x402::config::tests::config;
    use k256::ecdsa::SigningKey;

    const KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    const ADDRESS: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    const URL: &str = "https://fn.example/functions/paid";
    const NOW: u64 = 1_796_551_200;

    fn on() -> PaywallConfig {
        config(&[("X402_SIWX_SECONDS", "600"), ("JWT_SECRET", "a-string-secret-at-least-256-bits-long")])
    }

    /// The payload an x402 client sends for `d`, signed by the test key over `text`.
    fn payload(d: &Declaration, edit: &dyn Fn(&mut serde_json::Value)) -> String {
        let mut v = serde_json::json!({"domain": d.domain, "address": ADDRESS, "statement": STATEMENT, "uri": d.uri, "version": "1", "chainId": d.chain, "type": "eip191", "nonce": d.nonce, "issuedAt": d.issued_at, "expirationTime": d.expiration_time, "resources": [d.uri]});
        edit(&mut v);
        let s = |k: &str| v[k].as_str().unwrap_or_default().to_owned();
        let chain = s("chainId").rsplit(':').next().unwrap_or_default().to_owned();
        let mut text = format!("{} wants you to sign in with your Ethereum account:\n{}\n\n{}\n\nURI: {}\nVersion: 1\nChain ID: {}\nNonce: {}\nIssued At: {}\nExpiration Time: {}\nResources:\n- {}", s("domain"), ADDRESS, STATEMENT, s("uri"), chain, s("nonce"), s("issuedAt"), s("expirationTime"), d.uri);
        if v.get("sign_other").is_some() {
            text.push('x');
        }
        let key = SigningKey::from_slice(&hex::decode(KEY).unwrap()).unwrap();
        let (sig, recid) = key.sign_prehash_recoverable(&Message::digest(&text)).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + u8::from(recid.is_y_odd()));
        v["signature"] = serde_json::Value::String(codec::to_0x_hex(&bytes));
        crate::b64::encode_std(v.to_string().as_bytes())
    }

    #[test]
    fn a_declaration_binds_its_nonce_to_the_resource_and_the_time() {
        assert_eq!(declare(&config(&[]), URL, NOW), None, "off by default");
        let d = declare(&on(), URL, NOW).unwrap();
        assert_eq!((d.domain.as_str(), d.uri.as_str(), d.chain.as_str(), d.issued_at.as_str(), d.expiration_time.as_str()), ("fn.example", URL, "eip155:196", "2026-12-06T10:00:00Z", "2026-12-06T10:05:00Z"));
        assert_eq!(d.nonce.len(), 32);
        assert_eq!(d.nonce, declare(&on(), URL, NOW).unwrap().nonce, "stateless: the same inputs, the same nonce");
        assert_ne!(d.nonce, declare(&on(), URL, NOW + 1).unwrap().nonce);
        assert_ne!(d.nonce, declare(&on(), "https://fn.example/functions/other", NOW).unwrap().nonce);
        let mut other_key = on();
        other_key.siwx_key = Some("another".into());
        assert_ne!(d.nonce, declare(&other_key, URL, NOW).unwrap().nonce);
        let mut w = Writer::new();
        w.open_obj();
        write(&mut w, &d);
        w.close_obj();
        let v: serde_json::Value = serde_json::from_str(&w.finish()).unwrap();
        assert_eq!(v[EXTENSION]["supportedChains"], serde_json::json!([{"chainId": "eip155:196", "type": "eip191"}]));
        // JWT_SECRET is required once the feature is on.
        assert!(matches!(crate::x402::config::tests::err(&[("X402_SIWX_SECONDS", "60")]), X402Error::MissingSecret("JWT_SECRET")));
    }

    #[test]
    fn a_sign_in_is_read_back_to_the_signed_text_and_every_field_is_checked() {
        let c = on();
        let d = declare(&c, URL, NOW).unwrap();
        let p = read(&c, &payload(&d, &|_| {}), URL, NOW + 30).unwrap();
        assert_eq!(p.address, Address::parse(ADDRESS).unwrap());
        let eoa = recover::parse_signature(&codec::to_0x_hex(&p.signature)).and_then(|s| recover::recover_address(&p.digest, &s)).unwrap();
        assert_eq!(eoa, p.address, "the rebuilt text is the one signed");
        let bad = |edit: &dyn Fn(&mut serde_json::Value), at: u64| read(&c, &payload(&d, edit), URL, at);
        assert!(bad(&|v| v["nonce"] = "f".repeat(32).into(), NOW).is_err(), "a nonce not issued");
        assert!(bad(&|v| v["domain"] = "evil.example".into(), NOW).is_err());
        assert!(bad(&|v| v["uri"] = "https://fn.example/functions/other".into(), NOW).is_err());
        assert!(bad(&|v| v["chainId"] = "eip155:8453".into(), NOW).is_err());
        assert!(bad(&|v| v["type"] = "ed25519".into(), NOW).is_err());
        assert!(bad(&|_| {}, NOW + 301).is_err(), "expired");
        assert!(bad(&|_| {}, NOW - 120).is_err(), "issued in the future");
        assert!(read(&c, "%%%", URL, NOW).is_err() && read(&c, &crate::b64::encode_std(b"[]"), URL, NOW).is_err());
        assert!(read(&config(&[]), &payload(&d, &|_| {}), URL, NOW).is_err(), "off: refused");
        // The signature of another text passes the reading but not the recovery.
        let p = read(&c, &payload(&d, &|v| v["sign_other"] = true.into()), URL, NOW).unwrap();
        let eoa = recover::parse_signature(&codec::to_0x_hex(&p.signature)).and_then(|s| recover::recover_address(&p.digest, &s)).unwrap();
        assert_ne!(eoa, p.address);
    }
}
