//! Bazaar discovery: what the seller declares about each paid function (`X402_DISCOVERY`),
//! the `extensions.bazaar` declaration its challenge carries, and the facilitator's
//! `GET /discovery/resources` listing of them.
//!
//! `X402_DISCOVERY` is one JSON object keyed by function slug:
//!
//! ```json
//! {"weather": {"method": "GET", "input": {"city": "Paris"},
//!              "inputSchema": {"properties": {"city": {"type": "string"}}, "required": ["city"]},
//!              "output": {"example": {"tempC": 21}}, "description": "Current weather",
//!              "mimeType": "application/json", "serviceName": "Weather", "tags": ["weather"]}}
//! ```
//!
//! `method` is required; a body method (POST, PUT, PATCH) takes `bodyType` (json, form-data or
//! text; default json) and its `input` is the body, a query method's `input` is the query
//! parameters. Unknown members are refused, so a typo is a configuration error, not a silent
//! omission. The catalog comes from configuration only: nothing a client sends adds to it.

use crate::env::Env;
use crate::http::{HttpError, Reply};
use crate::json::{self, Json, Writer};
use crate::x402::address::Address;
use crate::x402::config::PaywallConfig;
use crate::x402::error::X402Error;
use crate::x402::facilitator::wire::write_json;
use crate::x402::requirements::SCHEME_EXACT;

pub const DISCOVERY_KEY: &str = "X402_DISCOVERY";
/// The most endpoints one catalog declares.
pub const MAX_ENDPOINTS: usize = 64;
pub const DEFAULT_LIMIT: u64 = 20;
pub const MAX_LIMIT: u64 = 100;

const METHODS: [&str; 6] = ["GET", "HEAD", "DELETE", "POST", "PUT", "PATCH"];
const BODY_TYPES: [&str; 3] = ["json", "form-data", "text"];
const MEMBERS: [&str; 10] =
    ["method", "input", "inputSchema", "bodyType", "output", "description", "mimeType", "serviceName", "tags", "resource"];

/// One paid function's declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub slug: String,
    pub method: &'static str,
    /// `{info, schema}`: the `extensions.bazaar` value, rendered once.
    pub bazaar: String,
    pub description: Option<String>,
    pub mime_type: Option<String>,
    pub service_name: Option<String>,
    pub tags: Vec<String>,
    /// An explicit resource URL for the listing (else the functions URL of `slug`).
    pub resource: Option<String>,
}

fn invalid(why: &'static str) -> X402Error {
    X402Error::InvalidSecret(DISCOVERY_KEY, why)
}

/// Printable ASCII, 1 to `max` characters (the bazaar's rule for service names and tags).
fn printable(s: &str, max: usize) -> bool {
    (1..=max).contains(&s.len()) && s.bytes().all(|c| (0x20..=0x7e).contains(&c))
}

fn slug_ok(s: &str) -> bool {
    (1..=64).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
}

/// `X402_DISCOVERY`, read and checked: unset = no endpoint declares anything.
pub fn from_env(env: &Env<'_>) -> Result<Vec<Endpoint>, X402Error> {
    let Some(text) = env.get(DISCOVERY_KEY) else { return Ok(Vec::new()) };
    let Some(Json::Obj(entries)) = json::parse(text.as_bytes()) else {
        return Err(invalid("must be a JSON object keyed by function slug"));
    };
    if entries.len() > MAX_ENDPOINTS {
        return Err(invalid("declares more than 64 endpoints"));
    }
    let mut out = Vec::new();
    for (slug, v) in &entries {
        out.push(endpoint(slug, v)?);
    }
    Ok(out)
}

fn opt_text(v: &Json, key: &str, max: usize, why: &'static str) -> Result<Option<String>, X402Error> {
    match v.get(key) {
        None => Ok(None),
        Some(Json::Str(s)) if !s.trim().is_empty() && s.len() <= max && !s.bytes().any(|c| c < 0x20 || c == 0x7f) => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(invalid(why)),
    }
}

fn endpoint(slug: &str, v: &Json) -> Result<Endpoint, X402Error> {
    if !slug_ok(slug) {
        return Err(invalid("keys must be function slugs (letters, digits, - and _, at most 64)"));
    }
    let Some(members) = v.as_object() else { return Err(invalid("each endpoint must be a JSON object")) };
    if members.iter().any(|(k, _)| !MEMBERS.contains(&k.as_str())) {
        return Err(invalid("an endpoint has an unknown member"));
    }
    let given = v.get("method").and_then(Json::as_str).unwrap_or("").trim();
    let mut method = "";
    for m in METHODS {
        if m.eq_ignore_ascii_case(given) {
            method = m;
        }
    }
    if method.is_empty() {
        return Err(invalid("method must be one of GET, HEAD, DELETE, POST, PUT, PATCH"));
    }
    let is_body = matches!(method, "POST" | "PUT" | "PATCH");
    let object_or_absent = |key: &str| match v.get(key) {
        None => Ok(None),
        Some(o @ Json::Obj(_)) => Ok(Some(o)),
        Some(_) => Err(()),
    };
    let input = object_or_absent("input").map_err(|_| invalid("input must be a JSON object (the example query parameters or body)"))?;
    let schema = object_or_absent("inputSchema").map_err(|_| invalid("inputSchema must be a JSON Schema object"))?;
    let body_type = match (v.get("bodyType"), is_body) {
        (None, _) if is_body => "json",
        (None, _) => "",
        (Some(Json::Str(t)), true) => BODY_TYPES.iter().find(|b| **b == t.as_str()).copied().ok_or(invalid("bodyType must be json, form-data or text"))?,
        (Some(_), true) => return Err(invalid("bodyType must be json, form-data or text")),
        (Some(_), false) => return Err(invalid("bodyType is for POST, PUT and PATCH only")),
    };
    // The example must name every parameter the schema requires: the declaration's own schema
    // validates it, and a declaration that fails its schema is dropped by indexers.
    if let Some(required) = schema.and_then(|s| s.get("required")) {
        let names = required.as_array().ok_or(invalid("inputSchema.required must be an array of names"))?;
        for n in names {
            let name = n.as_str().ok_or(invalid("inputSchema.required must be an array of names"))?;
            if input.and_then(|i| i.get(name)).is_none() {
                return Err(invalid("input must give every parameter inputSchema.required names"));
            }
        }
    }
    let output = match v.get("output") {
        None => None,
        Some(o @ Json::Obj(m)) if m.iter().all(|(k, _)| k == "example" || k == "schema") => Some(o),
        Some(_) => return Err(invalid("output must be an object with example and optionally schema")),
    };
    let output_schema = output.and_then(|o| o.get("schema"));
    if output_schema.is_some_and(|s| s.as_object().is_none()) {
        return Err(invalid("output.schema must be a JSON Schema object"));
    }
    let example = output.and_then(|o| o.get("example"));
    let tags = match v.get("tags") {
        None => Vec::new(),
        Some(Json::Arr(items)) if items.len() <= 5 => {
            let mut tags = Vec::new();
            for t in items {
                match t.as_str() {
                    Some(t) if printable(t, 32) => tags.push(t.to_owned()),
                    _ => return Err(invalid("tags must be at most 5 strings of 1 to 32 printable ASCII characters")),
                }
            }
            tags
        }
        Some(_) => return Err(invalid("tags must be at most 5 strings of 1 to 32 printable ASCII characters")),
    };
    let service_name = match v.get("serviceName") {
        None => None,
        Some(Json::Str(s)) if printable(s, 32) => Some(s.clone()),
        Some(_) => return Err(invalid("serviceName must be 1 to 32 printable ASCII characters")),
    };
    let resource = opt_text(v, "resource", 2048, "resource must be an https URL (http only on loopback)")?;
    if resource.as_deref().is_some_and(|r| !crate::env::url_allowed(r)) {
        return Err(invalid("resource must be an https URL (http only on loopback)"));
    }
    Ok(Endpoint {
        slug: slug.to_owned(),
        method,
        bazaar: render(method, body_type, input, schema, example, output_schema),
        description: opt_text(v, "description", 1024, "description must be text of at most 1024 characters")?,
        mime_type: opt_text(v, "mimeType", 255, "mimeType must be a media type of at most 255 characters")?,
        service_name,
        tags,
        resource,
    })
}

/// `{info, schema}` where `schema` (JSON Schema 2020-12) validates `info`.
fn render(method: &str, body_type: &str, input: Option<&Json>, schema: Option<&Json>, example: Option<&Json>, output_schema: Option<&Json>) -> String {
    let is_body = !body_type.is_empty();
    let empty = Json::Obj(Vec::new());
    let input = input.unwrap_or(&empty);
    let mut w = Writer::new();
    w.open_obj().key("info").open_obj().key("input").open_obj();
    w.key("type").str("http").key("method").str(method);
    if is_body {
        w.key("bodyType").str(body_type).key("body");
    } else {
        w.key("queryParams");
    }
    write_json(&mut w, input);
    w.close_obj();
    if let Some(e) = example {
        w.key("output").open_obj().key("type").str("json").key("example");
        write_json(&mut w, e);
        w.close_obj();
    }
    w.close_obj();
    // The schema's fixed parts as text: a writer call per token cost the .wasm more.
    w.out.push_str(r#","schema":{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"input":{"type":"object","properties":{"type":{"type":"string","const":"http"},"method":{"type":"string","enum":"#);
    w.out.push_str(if is_body {
        r#"["POST","PUT","PATCH"]},"bodyType":{"type":"string","enum":["json","form-data","text"]},"body":{"type":"object""#
    } else {
        r#"["GET","HEAD","DELETE"]},"queryParams":{"type":"object""#
    });
    // The seller's schema of the parameters (or body), as an object schema.
    for (k, v) in schema.and_then(Json::as_object).unwrap_or(&[]) {
        if k != "type" {
            w.key(k);
            write_json(&mut w, v);
        }
    }
    w.out.push_str(if is_body {
        r#"}},"required":["type","method","bodyType","body"],"additionalProperties":false}"#
    } else {
        r#"}},"required":["type","method"],"additionalProperties":false}"#
    });
    if example.is_some() {
        w.out.push_str(r#","output":{"type":"object","properties":{"type":{"type":"string"},"example":"#);
        write_json(&mut w, output_schema.unwrap_or(&empty));
        w.out.push_str(r#"},"required":["type"]}"#);
    }
    w.out.push_str(r#"},"required":["input"]}"#);
    w.close_obj();
    w.finish()
}

/// The service metadata a declaration adds to a challenge's `resource` (and a listed item):
/// `serviceName` and `tags`.
pub fn write_service_metadata(w: &mut Writer, e: &Endpoint) {
    if let Some(s) = &e.service_name {
        w.key("serviceName").str(s);
    }
    if !e.tags.is_empty() {
        w.key("tags").open_arr();
        for t in &e.tags {
            w.str(t);
        }
        w.close_arr();
    }
}

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

#[cfg(test)]
mod tests;
