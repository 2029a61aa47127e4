//! `GET /discovery/resources`: the facilitator's listing of this project's paid functions, as
//! declared in `X402_DISCOVERY` ([`crate::x402::discovery`]), with their one payment option.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::http::{HttpError, Reply};
use crate::json::Writer;
use crate::x402::address::Address;
use crate::x402::config::PaywallConfig;
use crate::x402::discovery::{write_service_metadata, Endpoint};
use crate::x402::requirements::SCHEME_EXACT;

pub const DEFAULT_LIMIT: u64 = 20;
pub const MAX_LIMIT: u64 = 100;

/// A `GET /discovery/resources` query as the caller sent it ("" = absent).
#[derive(Clone, Copy, Debug, Default)]
pub struct Query<'a> {
    pub kind: &'a str,
    pub pay_to: &'a str,
    pub scheme: &'a str,
    pub network: &'a str,
    pub extensions: &'a str,
    pub limit: &'a str,
    pub offset: &'a str,
}

fn bad_query(message: &'static str) -> HttpError {
    HttpError::new(400, "invalid_request", message)
}

/// A decimal integer (surrounding blanks allowed) within `range`.
fn integer(s: &str, range: core::ops::RangeInclusive<u64>) -> Option<u64> {
    crate::x402::u256::U256::from_dec_str(s.trim()).and_then(|n| n.to_u64()).filter(|n| range.contains(n))
}

/// The listing: `{x402Version:2, items, pagination:{limit, offset, total}}` of the declared
/// endpoints matching the filters, in declaration order (`config` None: nothing declared).
/// `functions_base` is the URL paid functions live under (`…/functions`), `now_ms` the time
/// stamped as `lastUpdated`.
pub fn list(config: Option<&PaywallConfig>, q: &Query<'_>, functions_base: &str, now_ms: u64) -> Result<String, HttpError> {
    let limit = if q.limit.is_empty() { Some(DEFAULT_LIMIT) } else { integer(q.limit, 1..=MAX_LIMIT) }
        .ok_or_else(|| bad_query("limit must be an integer from 1 to 100"))?;
    let offset = if q.offset.is_empty() { Some(0) } else { integer(q.offset, 0..=u64::from(u32::MAX)) }
        .ok_or_else(|| bad_query("offset must be a non-negative integer"))?;
    let all: &[Endpoint] = match config {
        Some(c) if matches(c, q) => &c.discovery,
        _ => &[],
    };
    let updated = crate::x402::timestamp::iso8601_ms(now_ms);
    let mut w = Writer::new();
    w.open_obj().key("x402Version").int(2).key("items").open_arr();
    for e in all.iter().skip(offset as usize).take(limit as usize) {
        let Some(c) = config else { break };
        let url = e.resource.clone().unwrap_or_else(|| crate::concat(&[functions_base.trim_end_matches('/'), "/", &e.slug]));
        let r = c.requirements_declared(&url, Some(e));
        w.open_obj().key("resource").str(&url).key("type").str("http").key("x402Version").int(2);
        w.key("accepts").open_arr();
        r.to_v2().write(&mut w);
        w.close_arr().key("lastUpdated").str(&updated);
        if !r.description.is_empty() {
            w.key("description").str(&r.description);
        }
        w.key("mimeType").str(&r.mime_type);
        write_service_metadata(&mut w, e);
        w.key("extensions").open_obj().key("bazaar").raw(&e.bazaar).close_obj();
        w.close_obj();
    }
    w.close_arr().key("pagination").open_obj().key("limit").int(limit as i64).key("offset").int(offset as i64);
    w.key("total").int(all.len() as i64).close_obj().close_obj();
    Ok(w.finish())
}

/// Whether the paywall's one payment option passes the query's filters (every declared
/// endpoint shares it).
fn matches(c: &PaywallConfig, q: &Query<'_>) -> bool {
    let (kind, pay_to, scheme, network, extensions) = (q.kind.trim(), q.pay_to.trim(), q.scheme.trim(), q.network.trim(), q.extensions.trim());
    (kind.is_empty() || kind == "http")
        && (pay_to.is_empty() || Address::parse(pay_to) == Some(c.pay_to))
        && (scheme.is_empty() || scheme == SCHEME_EXACT)
        && (network.is_empty() || network == crate::x402::network::caip2(c.chain_id))
        && (extensions.is_empty() || extensions.split(',').all(|k| k.trim() == "bazaar"))
}

/// [`list`] as the facilitator's reply: 200 JSON, or the refusal's `{error, message, statusCode}`.
pub fn list_reply(config: Option<&PaywallConfig>, q: &Query<'_>, functions_base: &str, now_ms: u64) -> Reply {
    match list(config, q, functions_base, now_ms) {
        Ok(body) => Reply { status: 200, headers: vec![("Content-Type", "application/json".into())], body },
        Err(e) => crate::x402::reply::error(&e),
    }
}
