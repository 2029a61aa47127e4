//! The ledger's transitions as the flow asks for them: one SQL function per transition
//! (migrations/008_x402_transitions.sql), each one round trip and one transaction. This file
//! writes their arguments and reads their answers; the database makes them atomic.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{self, Json, Writer};

use crate::x402::settle::mock::MOCK_TX_PREFIX;
use crate::x402::settle::Recorded;
use crate::x402::verify::VerifiedPayment;

pub const CLAIM: &str = "x402_claim";
pub const RECORD: &str = "x402_record";
pub const STRANDED: &str = "x402_stranded";
pub const ALLOCATE_NONCE: &str = "x402_allocate_settler_nonce";
pub const RELEASE_NONCE: &str = "x402_release_settler_nonce";

/// A row's states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Pending,
    Settled,
    Failed,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Settled => "settled",
            Status::Failed => "failed",
        }
    }
}

/// Every transition the ledger allows; the database's guard trigger holds the same table.
pub const TRANSITIONS: &[(Status, Status)] = &[
    (Status::Pending, Status::Pending),
    (Status::Pending, Status::Settled),
    (Status::Pending, Status::Failed),
    (Status::Failed, Status::Pending),
    (Status::Settled, Status::Settled),
];

/// How a claim treats the row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Insert it, or take the existing row.
    Claim,
    /// An existing row only (a payment past its window): nothing inserted, nothing retried.
    Resume,
    /// Read only.
    Peek,
}

/// A claim's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Claimed {
    /// This request holds the row and sends the payment now (`retry`: it was refused before;
    /// `charged`: a metered payment's charge, recorded when its work was done).
    New { id: String, charged: Option<String> },
    /// This request holds a row that may have been sent: find out, never send again.
    /// `recorded`: the direct settlement's latest transaction, as signed; `charged`: a metered
    /// payment's charge, recorded before anything was sent (none: nothing was).
    Resolve { id: String, tx_hash: Option<String>, recorded: Option<Recorded>, charged: Option<String> },
    /// Settled. `served_age_ms`: how long ago it was first served (`None`: never, and this
    /// presentation is its first delivery when the claim asked to serve); `charged`: a
    /// metered payment's charge.
    Settled { tx_hash: String, served_age_ms: Option<u64>, charged: Option<String> },
    /// Someone else holds it right now.
    Busy,
    /// Refused before, and not claimed again (resume, peek).
    Failed,
    /// Recorded for another endpoint, resource or requirements.
    Elsewhere,
    /// No row (resume, peek).
    None,
    /// The payer's unsettled attempts of the last minute are used up.
    Throttled,
}

impl Claimed {
    /// The answer of [`CLAIM`]; `None` when it does not parse (a lost answer).
    pub fn parse(body: &str) -> Option<Claimed> {
        let v = json::parse(body.as_bytes())?;
        let s = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
        let id = || s("id");
        Some(match v.get("state")?.as_str()? {
            "new" | "retry" => Claimed::New { id: id()?, charged: charged(&v) },
            "resolve" => Claimed::Resolve { id: id()?, tx_hash: s("txHash"), recorded: recorded(&v), charged: charged(&v) },
            "settled" => Claimed::Settled {
                tx_hash: s("txHash").unwrap_or_default(),
                served_age_ms: v.get("servedAgeMs").and_then(Json::as_i64).map(|n| n.max(0) as u64),
                charged: charged(&v),
            },
            "pending" | "busy" => Claimed::Busy,
            "failed" => Claimed::Failed,
            "elsewhere" => Claimed::Elsewhere,
            "none" => Claimed::None,
            "throttled" => Claimed::Throttled,
            _ => return None,
        })
    }
}

/// A row's recorded charge (`charged`), atomic units.
fn charged(v: &Json) -> Option<String> {
    v.get("charged").and_then(Json::as_str).filter(|c| crate::x402::u256::U256::from_dec_str(c).is_some()).map(str::to_owned)
}

/// A row's recorded direct transaction (`settlerTx`, `settlerAddress`).
fn recorded(v: &Json) -> Option<Recorded> {
    let s = |k: &str| v.get(k).and_then(Json::as_str).map(str::to_owned);
    Some(Recorded { raw: s("settlerTx")?, address: s("settlerAddress")? })
}

/// What a payment bought and who claims it: the row a claim inserts.
pub struct Claim<'a> {
    pub paid: &'a VerifiedPayment,
    /// The payment as the row keeps it (with the facilitator's requirements, if any).
    pub payment_json: &'a str,
    pub endpoint: &'a str,
    pub settler: &'a str,
    pub token: &'a str,
    pub mode: Mode,
    pub serve: bool,
    pub lease_seconds: u32,
    pub attempts_per_minute: u32,
}

impl Claim<'_> {
    pub fn args(&self) -> String {
        let p = self.paid;
        let mut w = Writer::new();
        w.open_obj().key("p").open_obj();
        let mode = match self.mode {
            Mode::Claim => "claim",
            Mode::Resume => "resume",
            Mode::Peek => "peek",
        };
        w.key("mode").str(mode).key("serve").bool(self.serve);
        w.key("leaseSeconds").int(i64::from(self.lease_seconds)).key("attemptsPerMinute").int(i64::from(self.attempts_per_minute));
        w.key("row").open_obj();
        for (k, v) in [
            ("payer_address", p.payer.as_str()),
            ("nonce", p.nonce.as_str()),
            ("endpoint", self.endpoint),
            ("resource", p.resource.as_str()),
            ("pay_to", &p.payload.to().to_ascii_lowercase()),
            ("amount", p.value.as_str()),
            ("asset", p.asset.as_str()),
            ("network", p.network.as_str()),
            ("chain", chain_column(&p.network)),
            ("valid_before", p.valid_before.as_str()),
            ("settler", self.settler),
            ("claim_token", self.token),
        ] {
            w.key(k).str(v);
        }
        w.key("payment").raw(self.payment_json).close_obj();
        w.close_obj().close_obj();
        w.finish()
    }
}

/// The ledger's `chain` column: X Layer keeps the name InsForge's guide gave it.
fn chain_column(network: &str) -> &str {
    if network == "eip155:196" {
        "xlayer"
    } else {
        network
    }
}

/// An outcome written by the claim's holder (see [`RECORD`]).
pub enum Record<'a> {
    /// `charged`: a metered payment's charge (a zero charge is settled with no transaction).
    Settled { tx_hash: &'a str, summary: &'a str, served: bool, charged: Option<&'a str> },
    Failed { reason: &'a str, summary: &'a str },
    Unknown { tx_hash: Option<&'a str> },
    /// `settler`: the account and the nonce it allocated (direct settlement); `raw`: the
    /// signed transaction, kept to be sent again or replaced.
    Sending { tx_hash: &'a str, settler: Option<(&'a str, u64)>, raw: Option<&'a str> },
    /// A metered payment's work is done and cost `amount`: recorded before anything is sent,
    /// so a later presentation settles this amount and no other.
    Charge { amount: &'a str },
}

impl Record<'_> {
    pub fn args(&self, id: &str, token: &str) -> String {
        let mut w = Writer::new();
        w.open_obj().key("p").open_obj().key("id").str(id).key("claimToken").str(token);
        match self {
            Record::Settled { tx_hash, summary, served, charged } => {
                w.key("outcome").str("settled").key("txHash").str(tx_hash).key("summary").str(summary).key("served").bool(*served);
                if let Some(c) = charged {
                    w.key("charged").str(c);
                }
            }
            Record::Failed { reason, summary } => {
                w.key("outcome").str("failed").key("reason").str(reason).key("summary").str(summary);
            }
            Record::Unknown { tx_hash } => {
                w.key("outcome").str("unknown");
                if let Some(h) = tx_hash {
                    w.key("txHash").str(h);
                }
            }
            Record::Charge { amount } => {
                w.key("outcome").str("charge").key("charged").str(amount);
            }
            Record::Sending { tx_hash, settler, raw } => {
                w.key("outcome").str("sending").key("txHash").str(tx_hash);
                if let Some(raw) = raw {
                    w.key("settlerTx").str(raw);
                }
                if let Some((address, n)) = settler {
                    w.key("settlerAddress").str(address).key("settlerNonce").int(*n as i64);
                }
            }
        }
        w.close_obj().close_obj();
        w.finish()
    }
}

/// The `state` of a [`RECORD`] answer ("lost": the caller no longer holds the row).
pub fn recorded_state(body: &str) -> Option<String> {
    json::parse(body.as_bytes())?.get("state")?.as_str().map(str::to_owned)
}

/// [`STRANDED`]'s arguments.
pub fn stranded_args(min_age_seconds: u32, limit: u32, lease_seconds: u32, token: &str) -> String {
    let mut w = Writer::new();
    w.open_obj().key("p").open_obj().key("minAgeSeconds").int(i64::from(min_age_seconds)).key("limit").int(i64::from(limit));
    w.key("leaseSeconds").int(i64::from(lease_seconds)).key("claimToken").str(token).close_obj().close_obj();
    w.finish()
}

/// One row reconcile took: its id, the payment as kept, its backend, what is known.
#[derive(Clone, Debug)]
pub struct Stranded {
    pub id: String,
    pub payment: Json,
    pub settler: String,
    pub tx_hash: Option<String>,
    pub submitted: bool,
    pub recorded: Option<Recorded>,
    /// A metered payment's recorded charge: what its settlement transfers.
    pub charged: Option<String>,
}

/// [`STRANDED`]'s answer: settlements moved in from the old log, and the rows taken.
pub fn parse_stranded(body: &str) -> Option<(u64, Vec<Stranded>)> {
    let v = json::parse(body.as_bytes())?;
    let logged = v.get("logged").and_then(Json::as_i64).unwrap_or(0).max(0) as u64;
    let mut rows = Vec::new();
    for r in v.get("rows")?.as_array()? {
        let s = |k: &str| r.get(k).and_then(Json::as_str).map(str::to_owned);
        rows.push(Stranded {
            id: s("id")?,
            payment: r.get("payment")?.clone(),
            settler: s("settler").unwrap_or_default(),
            tx_hash: s("txHash"),
            submitted: matches!(r.get("submitted"), Some(Json::Bool(true))),
            recorded: recorded(r),
            charged: charged(r),
        });
    }
    Some((logged, rows))
}

/// The direct backend's nonce calls.
pub fn allocate_args(account: &str, chain_id: u64, chain_nonce: u64) -> String {
    let mut w = Writer::new();
    w.open_obj().key("p_settler").str(account).key("p_chain_id").int(chain_id as i64).key("p_chain_nonce").int(chain_nonce as i64).close_obj();
    w.finish()
}

pub fn release_args(account: &str, chain_id: u64, nonce: u64) -> String {
    let mut w = Writer::new();
    w.open_obj().key("p_settler").str(account).key("p_chain_id").int(chain_id as i64).key("p_nonce").int(nonce as i64).close_obj();
    w.finish()
}

/// A bigint answer (`5`, `[5]`, `{"x": 5}`, `"5"`).
pub fn number(body: &str) -> Option<u64> {
    let v = json::parse(body.as_bytes())?;
    let v = match &v {
        Json::Arr(a) => a.first()?.clone(),
        Json::Obj(m) if m.len() == 1 => m[0].1.clone(),
        other => other.clone(),
    };
    match &v {
        Json::Str(s) => s.parse().ok(),
        other => other.as_i64().filter(|n| *n >= 0).map(|n| n as u64),
    }
}

/// Whether a settled "hash" is mock mode's.
pub fn is_mock(tx_hash: &str) -> bool {
    tx_hash.starts_with(MOCK_TX_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The migration's guard trigger and its header name exactly these transitions.
    #[test]
    fn sql_transitions_are_the_rust_table() {
        let sql = include_str!("../../../migrations/008_x402_transitions.sql");
        let mut documented: Vec<(String, String)> = sql
            .lines()
            .filter_map(|l| l.trim_start_matches(['-', ' ']).strip_prefix("transition: "))
            .map(|l| {
                let mut parts = l.split_whitespace();
                let from = parts.next().unwrap().to_owned();
                assert_eq!(parts.next(), Some("->"));
                (from, parts.next().unwrap().to_owned())
            })
            .collect();
        let guard: String = sql.split("IF NOT ((OLD.status, NEW.status) IN (").nth(1).unwrap().split(")))").next().unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
        let mut guarded: Vec<(String, String)> = guard
            .split("), (")
            .map(|pair| {
                let pair = pair.trim().trim_matches(['(', ')']);
                let mut it = pair.split(',').map(|s| s.trim().trim_matches('\'').to_owned());
                (it.next().unwrap(), it.next().unwrap())
            })
            .collect();
        let mut rust: Vec<(String, String)> = TRANSITIONS.iter().map(|(a, b)| (a.as_str().to_owned(), b.as_str().to_owned())).collect();
        for list in [&mut documented, &mut guarded, &mut rust] {
            list.sort();
        }
        assert_eq!(rust.len(), 5);
        assert_eq!(documented, rust);
        assert_eq!(guarded, rust);
    }

    #[test]
    fn claim_answers() {
        assert_eq!(Claimed::parse(r#"{"state":"new","id":"a"}"#), Some(Claimed::New { id: "a".into(), charged: None }));
        assert_eq!(Claimed::parse(r#"{"state":"retry","id":"a"}"#), Some(Claimed::New { id: "a".into(), charged: None }));
        assert_eq!(
            Claimed::parse(r#"{"state":"resolve","id":"a","txHash":null}"#),
            Some(Claimed::Resolve { id: "a".into(), tx_hash: None, recorded: None, charged: None })
        );
        assert_eq!(
            Claimed::parse(r#"{"state":"resolve","id":"a","txHash":"0x2","settlerTx":"0x02f8","settlerAddress":"0xab"}"#),
            Some(Claimed::Resolve { id: "a".into(), tx_hash: Some("0x2".into()), recorded: Some(Recorded { raw: "0x02f8".into(), address: "0xab".into() }), charged: None })
        );
        assert_eq!(
            Claimed::parse(r#"{"state":"settled","id":"a","txHash":"0x1","servedAgeMs":12}"#),
            Some(Claimed::Settled { tx_hash: "0x1".into(), served_age_ms: Some(12), charged: None })
        );
        assert_eq!(Claimed::parse(r#"{"state":"settled","txHash":"0x1","servedAgeMs":null}"#).unwrap(), Claimed::Settled { tx_hash: "0x1".into(), served_age_ms: None, charged: None });
        for (s, c) in [("busy", Claimed::Busy), ("failed", Claimed::Failed), ("elsewhere", Claimed::Elsewhere), ("none", Claimed::None), ("throttled", Claimed::Throttled)] {
            assert_eq!(Claimed::parse(&format!(r#"{{"state":"{s}"}}"#)), Some(c));
        }
        for bad in ["", "null", "[]", r#"{"state":"new"}"#, r#"{"state":"odd"}"#] {
            assert_eq!(Claimed::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn numbers() {
        for (body, n) in [("5", Some(5)), ("[7]", Some(7)), (r#"{"x402_allocate_settler_nonce":9}"#, Some(9)), (r#""11""#, Some(11)), ("-1", None), ("null", None), ("", None)] {
            assert_eq!(number(body), n, "{body}");
        }
    }
}
