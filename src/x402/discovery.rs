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

#[allow(unused_imports)]
use crate::prelude::*;

use crate::env::Env;
use crate::json::{self, write_json, Json, Writer};
use crate::x402::error::X402Error;

pub const DISCOVERY_KEY: &str = "X402_DISCOVERY";
/// The most endpoints one catalog declares.
pub const MAX_ENDPOINTS: usize = 64;

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
    match env.get(DISCOVERY_KEY) {
        None => Ok(Vec::new()),
        Some(text) => when_set_declarations(text),
    }
}

#[inline(never)]
fn when_set_declarations(text: &str) -> Result<Vec<Endpoint>, X402Error> {
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
    // Published as given: a number the reader does not keep (a fraction, an exponent, beyond
    // 64 bits) could not be echoed exactly, so it is refused rather than changed.
    if [input, schema, example, output_schema].into_iter().flatten().any(inexact) {
        return Err(invalid("numbers must be integers (write a fraction such as 21.5 as a string)"));
    }
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

/// Whether `v` holds a number [`write_json`] cannot write back as it was.
fn inexact(v: &Json) -> bool {
    match v {
        Json::Num(json::Num::Other) => true,
        Json::Arr(items) => items.iter().any(inexact),
        Json::Obj(entries) => entries.iter().any(|(_, v)| inexact(v)),
        _ => false,
    }
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

#[cfg(test)]
mod tests;
