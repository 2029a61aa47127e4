//! `sign-in-with-x`'s declaration in a 402 challenge: what [`crate::x402::flow::siwx`]
//! computes per challenge, written as the extension's `{info, supportedChains, schema}`.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::Writer;

pub const EXTENSION: &str = "sign-in-with-x";
/// What a wallet signs to come back.
pub const STATEMENT: &str = "Sign in to use what you paid for.";

/// What a challenge declares (computed per challenge).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    pub domain: String,
    pub uri: String,
    pub nonce: String,
    pub issued_at: String,
    pub expiration_time: String,
    /// CAIP-2.
    pub chain: String,
}

/// `"sign-in-with-x": {info, supportedChains, schema}` into an open object.
pub fn write(w: &mut Writer, d: &Declaration) {
    w.key(EXTENSION).open_obj().key("info").open_obj();
    w.key("domain").str(&d.domain).key("uri").str(&d.uri).key("statement").str(STATEMENT).key("version").str("1");
    w.key("nonce").str(&d.nonce).key("issuedAt").str(&d.issued_at).key("expirationTime").str(&d.expiration_time);
    w.key("resources").open_arr().str(&d.uri).close_arr().close_obj();
    w.key("supportedChains").open_arr().open_obj().key("chainId").str(&d.chain).key("type").str("eip191").close_obj().close_arr();
    w.key("schema").open_obj().key("$schema").str("https://json-schema.org/draft/2020-12/schema").key("type").str("object");
    w.key("properties").open_obj();
    for (name, format) in [
        ("domain", None),
        ("address", None),
        ("statement", None),
        ("uri", Some("uri")),
        ("version", None),
        ("chainId", None),
        ("type", None),
        ("nonce", None),
        ("issuedAt", Some("date-time")),
        ("expirationTime", Some("date-time")),
        ("notBefore", Some("date-time")),
        ("requestId", None),
        ("signature", None),
    ] {
        w.key(name).open_obj().key("type").str("string");
        if let Some(f) = format {
            w.key("format").str(f);
        }
        w.close_obj();
    }
    w.key("resources").open_obj().key("type").str("array").key("items").open_obj().key("type").str("string").key("format").str("uri").close_obj().close_obj();
    w.close_obj().key("required").open_arr();
    for r in ["domain", "address", "uri", "version", "chainId", "type", "nonce", "issuedAt", "signature"] {
        w.str(r);
    }
    w.close_arr().close_obj().close_obj();
}
