//! One request to the wallet bridge, sans-IO: it names each effect (a nonce-store call, a
//! node request, the reply) in the x402 functions' vocabulary, so the same JS loop performs it.
//!
//! - `GET`: a nonce (random, from JS) is stored with its expiry, then offered with what the
//!   message must say (domain, URI, chain, statement, times).
//! - `POST {message, signature}`: the message is read and checked (domain, URI, version,
//!   chain, statement, Issued At / Expiration Time / Not Before); the signature is an EOA's
//!   (secp256k1 recovery over the EIP-191 digest) or, with `RPC_URL` on the message's chain, a
//!   contract wallet's: EIP-1271, or ERC-6492 for one not deployed yet, checked by one
//!   `eth_call` of our own checker (`x402::evm::checker`, from `contracts/Erc6492Checker.sol`)
//!   without a target, so nothing is deployed. Only then is the nonce taken (single use,
//!   atomic in the database: a replay or a concurrent second use finds it gone), and the
//!   InsForge token minted with the checksummed address as `sub`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::{HttpError, Reply};
use crate::json::{self, Json, Writer};
use crate::jwt;
use crate::wallet::config::WalletConfig;
use crate::wallet::error::WalletError;
use crate::x402::evm::siwe::{self, Message};
use crate::x402::codec;
use crate::x402::timestamp;
use crate::x402::evm::rpc;
use crate::x402::flow::{Answer, Effect, Flow};
use crate::x402::recover;

pub const ISSUE_NONCE: &str = "wallet_bridge_issue_nonce";
pub const TAKE_NONCE: &str = "wallet_bridge_take_nonce";
/// A device's clock may run this far ahead of ours.
const SKEW_SECONDS: i64 = 60;
const MAX_BODY: usize = 16_384;

/// What JS hands over about the request.
pub struct Incoming {
    pub method: String,
    pub origin: Option<String>,
    pub body: String,
    /// A fresh random nonce (letters and digits), used by `GET`.
    pub fresh_nonce: String,
    /// `GET ?address=`: the wallet's address in any case, answered EIP-55 checksummed (the
    /// message must carry it so, and a browser wallet may give it in lowercase).
    pub address: Option<String>,
}

enum State {
    Issuing { nonce: String, now: i64 },
    /// `eth_chainId` of `RPC_URL`: contract signatures are asked of the message's chain only.
    NodeChain(Box<Verified>),
    Checking(Box<Verified>),
    Taking(Box<Verified>),
    Done,
}

/// A message read and checked, its signature not yet shown to be the address's.
struct Verified {
    message: Message,
    text_digest: [u8; 32],
    signature: Vec<u8>,
    now: i64,
}

pub struct WalletFlow {
    config: Result<alloc::rc::Rc<WalletConfig>, HttpError>,
    incoming: Incoming,
    cors: Vec<(&'static str, String)>,
    state: State,
}

impl WalletFlow {
    pub fn new(config: Result<alloc::rc::Rc<WalletConfig>, HttpError>, incoming: Incoming) -> WalletFlow {
        WalletFlow { config, incoming, cors: Vec::new(), state: State::Done }
    }

    fn reply(&mut self, status: u16, body: String) -> Effect {
        self.state = State::Done;
        let mut r = Reply::json(status, body);
        r.headers.extend(self.cors.iter().cloned());
        // A token, a nonce: for this caller alone.
        r.headers.push(("Cache-Control", "no-store".into()));
        Effect::Respond(r)
    }

    fn refuse(&mut self, e: &WalletError) -> Effect {
        let info = e.to_http();
        self.reply(info.status_code, info.to_json())
    }

    fn config(&self) -> Option<alloc::rc::Rc<WalletConfig>> {
        self.config.as_ref().ok().cloned()
    }

    fn begin(&mut self, now: i64) -> Effect {
        let config = match &self.config {
            Ok(c) => c.clone(),
            Err(e) => {
                let e = e.clone();
                return self.reply(e.status_code, e.to_json());
            }
        };
        // CORS: the allow-list, when set, holds every answer to a browser.
        match (&config.allowed_origins, self.incoming.origin.as_deref()) {
            (None, _) => self.cors.push(("Access-Control-Allow-Origin", "*".into())),
            (Some(list), Some(o)) if list.iter().any(|a| a == o.trim_end_matches('/')) => {
                self.cors.push(("Access-Control-Allow-Origin", o.into()));
                self.cors.push(("Vary", "Origin".into()));
            }
            (Some(_), Some(_)) => return self.refuse(&WalletError::OriginNotAllowed),
            (Some(_), None) => self.cors.push(("Vary", "Origin".into())),
        }
        match self.incoming.method.as_str() {
            "OPTIONS" => {
                self.state = State::Done;
                let mut r = Reply { status: 204, headers: self.cors.clone(), body: String::new() };
                r.headers.push(("Access-Control-Allow-Methods", "GET, POST, OPTIONS".into()));
                r.headers.push(("Access-Control-Allow-Headers", "authorization, content-type, x-client-info, apikey".into()));
                r.headers.push(("Access-Control-Max-Age", "86400".into()));
                Effect::Respond(r)
            }
            "GET" => self.issue(&config, now),
            "POST" => match self.read(&config, now) {
                Ok(v) => self.check_signature(&config, v),
                Err(e) => self.refuse(&e),
            },
            _ => self.refuse(&WalletError::MethodNotAllowed),
        }
    }

    fn issue(&mut self, config: &WalletConfig, now: i64) -> Effect {
        if self.incoming.address.as_deref().is_some_and(|a| a.len() != 42 || crate::x402::address::Address::parse(a).is_none()) {
            return self.refuse(&WalletError::BadRequest("address must be 0x and 40 hex digits"));
        }
        let nonce = core::mem::take(&mut self.incoming.fresh_nonce);
        if nonce.len() < 16 || !nonce.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return self.refuse(&WalletError::BadRequest("no usable nonce from the runtime"));
        }
        let mut w = Writer::new();
        w.open_obj().key("p_nonce").str(&nonce).key("p_ttl_seconds").int(i64::from(config.nonce_ttl)).close_obj();
        self.state = State::Issuing { nonce, now };
        Effect::Ledger { call: ISSUE_NONCE, args: w.finish() }
    }

    /// The nonce answer: what the message must say.
    fn issued(&mut self, nonce: &str, now: i64) -> Effect {
        let Some(c) = self.config() else { return self.refuse(&WalletError::MethodNotAllowed) };
        let domain = c.domains.first().cloned().unwrap_or_default();
        let uri = match &c.uris {
            Some(u) => u.first().cloned().unwrap_or_default(),
            None => codec::cat(&[if is_local(&domain) { "http://" } else { "https://" }, &domain]),
        };
        let mut w = Writer::new();
        w.open_obj().key("nonce").str(nonce).key("domain").str(&domain).key("uri").str(&uri).key("version").str("1");
        if let Some(a) = self.incoming.address.as_deref().and_then(crate::x402::address::Address::parse) {
            w.key("address").str(&siwe::to_checksum(&a));
        }
        w.key("chainId").int(c.chain_ids.first().copied().unwrap_or(1) as i64).key("chainIds").open_arr();
        for id in &c.chain_ids {
            w.int(*id as i64);
        }
        w.close_arr();
        if let Some(s) = &c.statement {
            w.key("statement").str(s);
        }
        let at = |t: i64| timestamp::iso8601_seconds(t.max(0) as u64);
        w.key("issuedAt").str(&at(now)).key("expirationTime").str(&at(now + i64::from(c.nonce_ttl)));
        w.close_obj();
        self.reply(200, w.finish())
    }

    /// `{message, signature}`, and every check the message's text allows before any I/O.
    fn read(&mut self, c: &WalletConfig, now: i64) -> Result<Box<Verified>, WalletError> {
        let body = &self.incoming.body;
        if body.len() > MAX_BODY {
            return Err(WalletError::BadRequest("the request body is over 16384 bytes"));
        }
        let v = json::parse(body.as_bytes()).ok_or(WalletError::BadRequest("the body must be JSON {message, signature}"))?;
        let text = v.get("message").and_then(Json::as_str).ok_or(WalletError::BadRequest("message (the signed EIP-4361 text) is missing"))?;
        let sig = v.get("signature").and_then(Json::as_str).ok_or(WalletError::BadRequest("signature (0x hex) is missing"))?;
        let signature = codec::parse_0x_hex_vec(sig).filter(|s| !s.is_empty()).ok_or(WalletError::BadRequest("signature must be 0x hex"))?;
        let m = Message::parse(text).map_err(WalletError::Message)?;
        if !c.domains.iter().any(|d| *d == m.domain.to_ascii_lowercase()) {
            return Err(WalletError::DomainNotAllowed);
        }
        match m.scheme.as_deref() {
            None | Some("https") => {}
            Some("http") if is_local(&m.domain) => {}
            Some(_) => return Err(WalletError::DomainNotAllowed),
        }
        let uri_ok = match &c.uris {
            Some(prefixes) => prefixes.iter().any(|p| m.uri.starts_with(p.as_str())),
            None => m.uri_authority().is_some_and(|a| a == m.domain.to_ascii_lowercase()),
        };
        if !uri_ok {
            return Err(WalletError::UriNotAllowed);
        }
        if !c.chain_ids.contains(&m.chain_id) {
            return Err(WalletError::ChainNotAllowed);
        }
        if c.statement.is_some() && m.statement != c.statement {
            return Err(WalletError::StatementMismatch);
        }
        if m.issued_at > now + SKEW_SECONDS {
            return Err(WalletError::IssuedInTheFuture);
        }
        if m.issued_at < now - i64::from(c.max_age) {
            return Err(WalletError::TooOld);
        }
        if m.expiration_time.is_some_and(|t| t <= now) {
            return Err(WalletError::Expired);
        }
        if m.not_before.is_some_and(|t| t > now + SKEW_SECONDS) {
            return Err(WalletError::NotYetValid);
        }
        Ok(Box::new(Verified { text_digest: Message::digest(text), message: m, signature, now }))
    }

    /// An EOA's signature ends here; anything else asks the node, when there is one.
    fn check_signature(&mut self, c: &WalletConfig, v: Box<Verified>) -> Effect {
        if recover::is_eoa_signature(&v.text_digest, &v.signature, &v.message.address) {
            return self.take(v);
        }
        let Some(url) = c.rpc_urls.first() else {
            // Without a node only an EOA can be checked.
            return self.refuse(&WalletError::NoNode);
        };
        let request = rpc::chain_id(url);
        self.state = State::NodeChain(v);
        self.node(request)
    }

    fn node(&self, request: crate::http::HttpRequest) -> Effect {
        let nodes = self.config().map(|c| c.rpc_urls.clone()).unwrap_or_default();
        Effect::node("walletCheck", request, &nodes)
    }

    fn take(&mut self, v: Box<Verified>) -> Effect {
        let mut w = Writer::new();
        w.open_obj().key("p_nonce").str(&v.message.nonce).close_obj();
        self.state = State::Taking(v);
        Effect::Ledger { call: TAKE_NONCE, args: w.finish() }
    }

    /// The InsForge token: HS256 over JWT_SECRET, `sub` the checksummed address.
    fn mint(&mut self, v: &Verified) -> Effect {
        let Some(c) = self.config() else { return self.refuse(&WalletError::MethodNotAllowed) };
        let sub = siwe::to_checksum(&v.message.address);
        let mut exp = v.now + i64::from(c.ttl);
        if let Some(end) = v.message.expiration_time {
            exp = exp.min(end);
        }
        let mut claims = Writer::new();
        claims.open_obj().key("sub").str(&sub).key("role").str("authenticated").key("aud").str("insforge-api");
        claims.key("iat").int(v.now).key("exp").int(exp).close_obj();
        let token = jwt::sign_hs256(&claims.finish(), &c.jwt_secret);
        let mut w = Writer::new();
        w.open_obj().key("accessToken").str(&token).key("tokenType").str("Bearer").key("expiresAt").int(exp);
        w.key("user").open_obj().key("id").str(&sub).key("email").null().close_obj();
        w.key("chainId").int(v.message.chain_id as i64).key("provider").str("wallet").close_obj();
        self.reply(200, w.finish())
    }
}

/// `localhost` or a loopback address, with or without a port: http is allowed there.
fn is_local(authority: &str) -> bool {
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.split(':').next().unwrap_or(""),
    };
    host == "localhost" || host == "::1" || host.starts_with("127.")
}

impl Flow for WalletFlow {
    fn start(&mut self, now_ms: u64) -> Effect {
        self.begin((now_ms / 1000) as i64)
    }

    fn resume(&mut self, a: Answer<'_>, _now_ms: u64) -> Effect {
        match core::mem::replace(&mut self.state, State::Done) {
            State::Issuing { nonce, now } => {
                if a.unconfigured() {
                    return self.refuse(&WalletError::MissingSecret("INSFORGE_BASE_URL and API_KEY"));
                }
                if !a.ok() || a.body.trim() != "true" {
                    return self.refuse(&WalletError::Unavailable("nonce_store_unavailable", "the nonce store cannot be written: retry"));
                }
                self.issued(&nonce, now)
            }
            State::NodeChain(v) => {
                let chain = rpc::quantity_result(crate::x402::error::FacilitatorOp::Verify, a.body, "eth_chainId").ok().and_then(|n| n.to_u64());
                match chain {
                    _ if !a.ok() => self.refuse(&WalletError::Unavailable("node_unreachable", "no node in RPC_URL answered: retry")),
                    Some(id) if id == v.message.chain_id => {
                        let Some(url) = self.config().and_then(|c| c.rpc_urls.first().cloned()) else { return self.refuse(&WalletError::NoNode) };
                        let request = crate::x402::evm::checker::request(&url, &v.message.address, &v.text_digest, &v.signature);
                        self.state = State::Checking(v);
                        self.node(request)
                    }
                    Some(_) => self.refuse(&WalletError::NoNode),
                    None => self.refuse(&WalletError::Unavailable("node_unreachable", "the node in RPC_URL did not say its chain: retry")),
                }
            }
            State::Checking(v) => match crate::x402::evm::checker::verdict(a.body) {
                _ if !a.ok() => self.refuse(&WalletError::Unavailable("node_unreachable", "no node in RPC_URL answered: retry")),
                Some(true) => self.take(v),
                Some(false) => self.refuse(&WalletError::InvalidSignature),
                None => self.refuse(&WalletError::Unavailable("node_unreachable", "the node in RPC_URL could not run the signature check: retry")),
            },
            State::Taking(v) => {
                if a.unconfigured() {
                    return self.refuse(&WalletError::MissingSecret("INSFORGE_BASE_URL and API_KEY"));
                }
                match a.body.trim() {
                    "true" if a.ok() => self.mint(&v),
                    "false" if a.ok() => self.refuse(&WalletError::Nonce),
                    _ => self.refuse(&WalletError::Unavailable("nonce_store_unavailable", "the nonce store cannot be read: retry with a new nonce")),
                }
            }
            State::Done => self.refuse(&WalletError::MethodNotAllowed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wallet::config::tests::config;
    use k256::ecdsa::SigningKey;

    /// Anvil/Hardhat account #0 (a public test key) and its checksummed address.
    const KEY: &str = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    const ADDRESS: &str = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    const NOW: i64 = 1_796_551_200; // 2026-12-06T10:00:00Z
    const NONCE: &str = "0123456789abcdef0123456789abcdef";

    fn message(edit: &[(&str, &str)]) -> String {
        let mut m = format!(
            "app.example wants you to sign in with your Ethereum account:\n{ADDRESS}\n\nSign in to the app.\n\nURI: https://app.example/login\nVersion: 1\nChain ID: 1\nNonce: {NONCE}\nIssued At: 2026-12-06T09:59:30.000Z\nExpiration Time: 2026-12-06T10:30:00.000Z"
        );
        for (from, to) in edit {
            m = m.replacen(from, to, 1);
        }
        m
    }

    fn sign(text: &str, key_hex: &str) -> String {
        let key = SigningKey::from_slice(&codec::parse_0x_hex_vec(&codec::cat(&["0x", key_hex])).unwrap()).unwrap();
        let (sig, recid) = key.sign_prehash_recoverable(&Message::digest(text)).unwrap();
        let mut bytes = sig.to_bytes().to_vec();
        bytes.push(27 + u8::from(recid.is_y_odd()));
        codec::to_0x_hex(&bytes)
    }

    fn signed(text: &str, sig: &str) -> String {
        let mut w = Writer::new();
        w.open_obj().key("message").str(text).key("signature").str(sig).close_obj();
        w.finish()
    }

    fn flow(pairs: &[(&str, &str)], method: &str, body: String, origin: Option<&str>) -> WalletFlow {
        let c = WalletConfig::from_env(&crate::wallet::config::tests::env(pairs)).map(alloc::rc::Rc::new).map_err(|e| e.to_http());
        WalletFlow::new(c, Incoming { method: method.into(), origin: origin.map(str::to_owned), body, fresh_nonce: NONCE.into(), address: None })
    }

    fn reply(e: &Effect) -> (u16, Json, Vec<(&'static str, String)>) {
        match e {
            Effect::Respond(r) => (r.status, json::parse(r.body.as_bytes()).unwrap_or(Json::Null), r.headers.clone()),
            other => panic!("a reply expected, got {other:?}"),
        }
    }

    fn refusal(e: &Effect) -> (u16, String) {
        let (status, body, _) = reply(e);
        (status, body.get("error").and_then(Json::as_str).unwrap_or("").to_owned())
    }

    fn ledger(e: &Effect) -> (&'static str, Json) {
        match e {
            Effect::Ledger { call, args } => (call, json::parse(args.as_bytes()).unwrap()),
            other => panic!("a ledger call expected, got {other:?}"),
        }
    }

    fn ok(body: &str) -> Answer<'_> {
        Answer { status: 200, body }
    }

    fn claims(token: &str) -> Json {
        let payload = token.split('.').nth(1).unwrap();
        json::parse(&crate::b64::decode_url(payload).unwrap()).unwrap()
    }

    const MS: u64 = NOW as u64 * 1000;

    #[test]
    fn a_nonce_is_stored_then_offered_with_what_the_message_must_say() {
        let mut f = flow(&[("SIWE_CHAIN_IDS", "196,1"), ("SIWE_STATEMENT", "Sign in to the app.")], "GET", String::new(), None);
        let (call, args) = ledger(&f.start(MS));
        assert_eq!((call, args.get("p_nonce").and_then(Json::as_str), args.get("p_ttl_seconds").and_then(Json::as_i64)), (ISSUE_NONCE, Some(NONCE), Some(300)));
        let (status, body, headers) = reply(&f.resume(ok("true"), MS));
        assert_eq!(status, 200);
        let s = |k: &str| body.get(k).and_then(Json::as_str).unwrap_or("").to_owned();
        assert_eq!((s("nonce"), s("domain"), s("uri"), s("version"), s("statement")), (NONCE.into(), "app.example".into(), "https://app.example".into(), "1".into(), "Sign in to the app.".into()));
        assert_eq!((s("issuedAt"), s("expirationTime")), ("2026-12-06T10:00:00Z".into(), "2026-12-06T10:05:00Z".into()));
        assert_eq!(body.get("chainId").and_then(Json::as_i64), Some(196));
        assert!(headers.contains(&("Cache-Control", "no-store".into())) && headers.contains(&("Access-Control-Allow-Origin", "*".into())));
        // The store cannot be written: 503; not configured: the missing secrets named.
        let mut f = flow(&[], "GET", String::new(), None);
        f.start(MS);
        assert_eq!(refusal(&f.resume(Answer::NONE, MS)), (503, "nonce_store_unavailable".into()));
        let mut f = flow(&[], "GET", String::new(), None);
        f.start(MS);
        assert_eq!(refusal(&f.resume(Answer { status: 0, body: crate::x402::flow::effect::UNCONFIGURED }, MS)), (500, "missing_secret".into()));
    }

    #[test]
    fn a_signed_message_takes_its_nonce_and_mints_the_token_for_the_checksummed_address() {
        let text = message(&[]);
        let mut f = flow(&[], "POST", signed(&text, &sign(&text, KEY)), None);
        let (call, args) = ledger(&f.start(MS));
        assert_eq!((call, args.get("p_nonce").and_then(Json::as_str)), (TAKE_NONCE, Some(NONCE)), "taken only after the signature checked out");
        let (status, body, _) = reply(&f.resume(ok("true"), MS));
        assert_eq!(status, 200, "{body:?}");
        let token = body.get("accessToken").and_then(Json::as_str).unwrap();
        let c = claims(token);
        assert_eq!(c.get("sub").and_then(Json::as_str), Some(ADDRESS));
        assert_eq!((c.get("role").and_then(Json::as_str), c.get("aud").and_then(Json::as_str)), (Some("authenticated"), Some("insforge-api")));
        assert_eq!((c.get("iat").and_then(Json::as_i64), c.get("exp").and_then(Json::as_i64)), (Some(NOW), Some(NOW + 1800)), "capped at the message's expiration");
        assert_eq!(body.get("user").and_then(|u| u.get("id")).and_then(Json::as_str), Some(ADDRESS));
        // HS256 over JWT_SECRET, as InsForge checks it.
        let (input, sig) = token.rsplit_once('.').unwrap();
        let mac = crate::sha256::hmac_sha256(b"a-string-secret-at-least-256-bits-long", input.as_bytes());
        assert_eq!(crate::b64::decode_url(sig).unwrap(), mac.to_vec());
        // The nonce was used or never issued: refused.
        let mut f = flow(&[], "POST", signed(&text, &sign(&text, KEY)), None);
        f.start(MS);
        assert_eq!(refusal(&f.resume(ok("false"), MS)), (401, "invalid_nonce".into()));
        let mut f = flow(&[], "POST", signed(&text, &sign(&text, KEY)), None);
        f.start(MS);
        assert_eq!(refusal(&f.resume(Answer::NONE, MS)), (503, "nonce_store_unavailable".into()));
    }

    #[test]
    fn every_check_of_the_message_has_its_refusal_and_nothing_is_taken() {
        let other_key = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
        for (edit, pairs, key, want) in [
            (vec![("app.example wants", "evil.example wants")], vec![], KEY, (403, "domain_not_allowed")),
            (vec![("app.example wants", "http://app.example wants")], vec![], KEY, (403, "domain_not_allowed")),
            (vec![("URI: https://app.example/login", "URI: https://evil.example/login")], vec![], KEY, (403, "uri_not_allowed")),
            (vec![], vec![("SIWE_URI", "https://app.example/api/")], KEY, (403, "uri_not_allowed")),
            (vec![("Chain ID: 1", "Chain ID: 8453")], vec![], KEY, (403, "chain_not_allowed")),
            (vec![("Sign in to the app.", "Send all your tokens.")], vec![("SIWE_STATEMENT", "Sign in to the app.")], KEY, (403, "statement_mismatch")),
            (vec![("Issued At: 2026-12-06T09:59:30.000Z", "Issued At: 2026-12-06T10:02:00.000Z")], vec![], KEY, (401, "message_not_yet_valid")),
            (vec![("Issued At: 2026-12-06T09:59:30.000Z", "Issued At: 2026-12-06T09:54:00.000Z")], vec![], KEY, (401, "message_expired")),
            (vec![("Expiration Time: 2026-12-06T10:30:00.000Z", "Expiration Time: 2026-12-06T10:00:00.000Z")], vec![], KEY, (401, "message_expired")),
            (vec![("Expiration Time: 2026-12-06T10:30:00.000Z", "Not Before: 2026-12-06T10:10:00.000Z")], vec![], KEY, (401, "message_not_yet_valid")),
            (vec![("Version: 1", "Version: 2")], vec![], KEY, (400, "invalid_message")),
            (vec![], vec![], other_key, (401, "invalid_signature")),
        ] {
            let text = message(&edit);
            let mut f = flow(&pairs, "POST", signed(&text, &sign(&text, key)), None);
            assert_eq!(refusal(&f.start(MS)), (want.0, want.1.to_string()), "{edit:?} {pairs:?}");
        }
        // The signature of another text, a bad body, a contract wallet's signature without a node.
        let text = message(&[]);
        let other = message(&[("Nonce: ", "Nonce: x")]);
        for (b, want) in [
            (signed(&text, &sign(&other, KEY)), (401, "invalid_signature")),
            ("{}".to_string(), (400, "invalid_request")),
            ("not json".to_string(), (400, "invalid_request")),
            (signed(&text, "0xzz"), (400, "invalid_request")),
            (signed(&text, &codec::to_0x_hex(&[7u8; 200])), (401, "invalid_signature")),
            (signed(&"x".repeat(20_000), "0x00"), (400, "invalid_request")),
        ] {
            let mut f = flow(&[], "POST", b.clone(), None);
            assert_eq!(refusal(&f.start(MS)), (want.0, want.1.to_string()), "{}", &b[..b.len().min(80)]);
        }
        let mut f = flow(&[], "POST", signed(&text, &codec::to_0x_hex(&[7u8; 200])), None);
        let (_, b, _) = reply(&f.start(MS));
        assert!(b.get("message").and_then(Json::as_str).unwrap().contains("RPC_URL"));
    }

    #[test]
    fn a_contract_wallets_signature_is_checked_by_one_deployless_eth_call_on_the_messages_chain() {
        let text = message(&[]);
        let sig = codec::to_0x_hex(&[7u8; 200]);
        let node = [("RPC_URL", "https://a.test, https://b.test")];
        let word = |v: u8| {
            let mut w = [0u8; 32];
            w[31] = v;
            crate::x402::settle::tests::rpc(&codec::cat(&["\"", &codec::to_0x_hex(&w), "\""]))
        };
        let run = |chain: &str, verdict: Option<String>| {
            let mut f = flow(&node, "POST", signed(&text, &sig), None);
            let e = f.start(MS);
            let Effect::Http { name: "walletCheck", request, fallbacks, .. } = &e else { panic!("{e:?}") };
            assert!(request.body.contains("eth_chainId") && request.url == "https://a.test" && fallbacks == &["https://b.test".to_string()]);
            let e = f.resume(ok(&crate::x402::settle::tests::rpc(chain)), MS);
            let Some(verdict) = verdict else { return e };
            let Effect::Http { request, .. } = &e else { panic!("{e:?}") };
            let data = json::parse(request.body.as_bytes()).unwrap();
            let call = data.get("params").and_then(|p| p.as_array()?.first().cloned()).unwrap();
            assert_eq!(call.get("to"), None, "deployless: no target");
            let hex = call.get("data").and_then(Json::as_str).unwrap();
            assert!(hex.starts_with(&codec::cat(&["0x", include_str!("../x402/evm/erc6492_checker.hex").trim()])), "the checker's code first");
            assert!(hex.contains(&ADDRESS[2..].to_ascii_lowercase()) && hex.contains(&codec::to_0x_hex(&Message::digest(&text))[2..]) && hex.contains(&"07".repeat(200)));
            f.resume(ok(&verdict), MS)
        };
        assert_eq!(ledger(&run(r#""0x1""#, Some(word(1)))).0, TAKE_NONCE);
        assert_eq!(refusal(&run(r#""0x1""#, Some(word(0)))), (401, "invalid_signature".into()));
        assert_eq!(refusal(&run(r#""0x1""#, Some(crate::x402::settle::tests::rpc("\"0x\"")))), (401, "invalid_signature".into()));
        assert_eq!(refusal(&run(r#""0x1""#, Some(r#"{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"boom"}}"#.into()))), (503, "node_unreachable".into()));
        assert_eq!(refusal(&run(r#""0xc4""#, None)), (401, "invalid_signature".into()), "a node of another chain proves nothing");
        let mut f = flow(&node, "POST", signed(&text, &sig), None);
        f.start(MS);
        assert_eq!(refusal(&f.resume(Answer::NONE, MS)), (503, "node_unreachable".into()));
        // An EOA's signature never asks the node.
        let mut f = flow(&node, "POST", signed(&text, &sign(&text, KEY)), None);
        assert_eq!(ledger(&f.start(MS)).0, TAKE_NONCE);
    }

    #[test]
    fn a_nonce_asked_with_an_address_answers_it_checksummed() {
        let mut f = flow(&[], "GET", String::new(), None);
        f.incoming.address = Some(ADDRESS.to_ascii_lowercase());
        f.start(MS);
        let (status, body, _) = reply(&f.resume(ok("true"), MS));
        assert_eq!((status, body.get("address").and_then(Json::as_str)), (200, Some(ADDRESS)));
        for bad in ["0x12", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266", "0xg39fd6e51aad88f6f4ce6ab8827279cfffb92266"] {
            let mut f = flow(&[], "GET", String::new(), None);
            f.incoming.address = Some(bad.into());
            assert_eq!(refusal(&f.start(MS)), (400, "invalid_request".into()), "{bad}");
        }
    }

    #[test]
    fn origins_methods_and_configuration() {
        let pairs = [("BRIDGE_ALLOWED_ORIGINS", "https://app.example")];
        let mut f = flow(&pairs, "GET", String::new(), Some("https://evil.example"));
        assert_eq!(refusal(&f.start(MS)), (403, "origin_not_allowed".into()));
        let mut f = flow(&pairs, "OPTIONS", String::new(), Some("https://app.example/"));
        let (status, _, headers) = reply(&f.start(MS));
        assert_eq!(status, 204);
        assert!(headers.contains(&("Access-Control-Allow-Origin", "https://app.example/".into())) && headers.contains(&("Access-Control-Allow-Methods", "GET, POST, OPTIONS".into())));
        let mut f = flow(&[], "DELETE", String::new(), None);
        assert_eq!(refusal(&f.start(MS)), (405, "method_not_allowed".into()));
        let mut f = flow(&[("SIWE_CHAIN_IDS", "zero")], "GET", String::new(), None);
        let (status, body, _) = reply(&f.start(MS));
        assert_eq!((status, body.get("error").and_then(Json::as_str)), (500, Some("invalid_secret")));
        assert!(!config(&[]).jwt_secret.is_empty());
    }
}
