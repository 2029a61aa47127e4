//! The one vocabulary between a flow and the JS that performs its I/O: an [`Effect`] out, an
//! [`Answer`] back. JS knows these eight kinds and nothing about payments.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::{HttpRequest, Reply};
use crate::json::Writer;

use crate::x402::settle::Target;

/// What the flow asks of JS next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// `db.rpc(call, args)` with the project API key; the answer is the call's JSON value
    /// (status 200), or status 0 when the call failed or its answer was lost.
    Ledger { call: &'static str, args: String },
    /// Send `request` within `timeout_ms`; for the chain, try `fallbacks` in turn when a node
    /// does not answer (status 0) or answers 5xx. The answer: (status, body), 0 = nobody.
    Http { target: Target, name: &'static str, request: HttpRequest, timeout_ms: u32, fallbacks: Vec<String> },
    /// Wait, then answer (0, "").
    Sleep { ms: u32 },
    /// Write `line` to the function's log (`console.error`), then answer (0, ""): what only
    /// the seller can mend, met on the way (e.g. a key of the pool short of gas).
    Log(String),
    /// A metered payment: run the seller's handler now with `info` (JSON) and keep its
    /// response; answer its status (500 when it threw) and `{"charge": text | null}`, the
    /// charge it named. The flow goes on (records, settles) and ends with `Serve`.
    Work { info: String },
    /// The end, for a paid request: the response `Work` kept, else the seller's handler run
    /// now with `info` (JSON), with `headers` added to it. `keep` (`{call, args}` JSON): the
    /// ledger call that keeps the response as sent for its `payment-identifier` id; JS puts
    /// the response into `args.p.response` as `{status, headers: [[name, value]…], body: base64}`.
    Serve { headers: Vec<(&'static str, String)>, info: String, keep: Option<String> },
    /// The end: this reply.
    Respond(Reply),
    /// The end: this reply, and `line` for the function's log, for what only the seller can
    /// mend (JS writes it with `console.error`).
    Alarm { reply: Reply, line: String },
    /// The end: a response kept for a `payment-identifier` id, as JSON
    /// `{status, headers: [[name, value]…], body: base64}`, answered again as it was.
    Replay(String),
}

/// One JSON-RPC node's answer comes within this.
pub const NODE_TIMEOUT_MS: u32 = 8_000;

impl Effect {
    /// A JSON-RPC request of the chain: sent to `request.url` (the first of `nodes`), the other
    /// `nodes` tried in turn when it does not answer, within a node's deadline.
    pub fn node(name: &'static str, request: HttpRequest, nodes: &[String]) -> Effect {
        let fallbacks = nodes.get(1..).map(<[String]>::to_vec).unwrap_or_default();
        Effect::Http { target: Target::Chain, name, request, timeout_ms: NODE_TIMEOUT_MS, fallbacks }
    }

    pub fn is_final(&self) -> bool {
        matches!(self, Effect::Serve { .. } | Effect::Respond(_) | Effect::Alarm { .. } | Effect::Replay(_))
    }

    /// `{kind, …}` as JS reads it.
    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        w.open_obj();
        match self {
            Effect::Ledger { call, args } => {
                w.key("kind").str("ledger").key("call").str(call).key("args").raw(args);
            }
            Effect::Http { target, name, request, timeout_ms, fallbacks } => {
                w.key("kind").str("http").key("target").str(target.as_str()).key("name").str(name);
                w.key("request");
                request.write(&mut w);
                w.key("timeoutMs").int(i64::from(*timeout_ms)).key("fallbacks").open_arr();
                for f in fallbacks {
                    w.str(f);
                }
                w.close_arr();
            }
            Effect::Sleep { ms } => {
                w.key("kind").str("sleep").key("ms").int(i64::from(*ms));
            }
            Effect::Log(line) => {
                w.key("kind").str("log").key("line").str(line);
            }
            Effect::Work { info } => {
                w.key("kind").str("work").key("info").raw(info);
            }
            Effect::Serve { headers, info, keep } => {
                w.key("kind").str("serve").key("headers").pairs(headers).key("info").raw(info);
                if let Some(k) = keep {
                    w.key("keep").raw(k);
                }
            }
            Effect::Replay(response) => {
                w.key("kind").str("replay").key("response").raw(response);
            }
            Effect::Respond(reply) => {
                w.key("kind").str("respond").key("reply");
                reply.write(&mut w);
            }
            Effect::Alarm { reply, line } => {
                w.key("kind").str("respond").key("alarm").str(line).key("reply");
                reply.write(&mut w);
            }
        }
        w.close_obj();
        w.finish()
    }
}

/// The body of a ledger answer when JS has no database client.
pub const UNCONFIGURED: &str = "unconfigured";

/// JS's answer to the last effect.
#[derive(Clone, Copy, Debug)]
pub struct Answer<'a> {
    /// HTTP status; 200 for a ledger call that answered; 0 = no answer.
    pub status: u16,
    pub body: &'a str,
}

impl<'a> Answer<'a> {
    pub const NONE: Answer<'static> = Answer { status: 0, body: "" };

    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// JS could not make a ledger call at all: the secrets that reach the database
    /// (`INSFORGE_BASE_URL`, `API_KEY`) are not set.
    pub fn unconfigured(&self) -> bool {
        self.status == 0 && self.body == UNCONFIGURED
    }
}
