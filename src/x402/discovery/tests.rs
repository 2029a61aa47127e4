use serde_json::{json, Value};

use super::*;
use crate::x402::config::PaywallConfig;
use crate::x402::facilitator::discovery::{list, list_reply, Query};
use crate::b64;
use crate::x402::challenge::{payment_required_header, PAYMENT_MISSING};
use crate::x402::config::tests::{config, env, RECIPIENT};

const WEATHER: &str = r#"{"weather":{"method":"get","input":{"city":"Paris"},"inputSchema":{"properties":{"city":{"type":"string"}},"required":["city"]},"output":{"example":{"tempC":21},"schema":{"properties":{"tempC":{"type":"number"}}}},"description":"Current weather","mimeType":"application/json","serviceName":"Weather","tags":["weather","data"]},"translate":{"method":"POST","input":{"text":"hi"},"serviceName":"Translate"},"upload":{"method":"PUT","bodyType":"form-data","resource":"https://api.example.com/upload"}}"#;

fn declared() -> PaywallConfig {
    config(&[(DISCOVERY_KEY, WEATHER), ("X402_DESCRIPTION", "shared")])
}

fn header_json(req: &crate::x402::requirements::Requirements) -> Value {
    serde_json::from_slice(&b64::decode_std(&payment_required_header(req, PAYMENT_MISSING)).unwrap()).unwrap()
}

fn list_json(c: Option<&PaywallConfig>, q: Query<'_>) -> Value {
    serde_json::from_str(&list(c, &q, "https://x.test/functions/", 1_767_225_600_000).unwrap()).unwrap()
}

#[test]
fn no_setting_no_declaration_and_an_unchanged_challenge() {
    let c = config(&[]);
    assert!(c.discovery.is_empty());
    let v = header_json(&c.for_endpoint("weather").requirements("https://x.test/functions/weather"));
    assert!(v["extensions"].get("bazaar").is_none(), "only the payment-identifier declaration");
    assert_eq!(v["resource"], json!({"url": "https://x.test/functions/weather", "mimeType": "application/json"}));
    assert!(crate::x402::config::ENV_KEYS.contains(&DISCOVERY_KEY));
}

#[test]
fn a_query_method_declares_its_parameters_output_and_service() {
    let c = declared();
    assert_eq!(c.discovery.len(), 3);
    let r = c.for_endpoint("weather").requirements("https://x.test/functions/weather");
    let v = header_json(&r);
    assert_eq!(
        v["resource"],
        json!({"url": "https://x.test/functions/weather", "description": "Current weather", "mimeType": "application/json", "serviceName": "Weather", "tags": ["weather", "data"]})
    );
    let b = &v["extensions"]["bazaar"];
    assert_eq!(b["info"], json!({"input": {"type": "http", "method": "GET", "queryParams": {"city": "Paris"}}, "output": {"type": "json", "example": {"tempC": 21}}}));
    let s = &b["schema"];
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["required"], json!(["input"]));
    let input = &s["properties"]["input"];
    assert_eq!(input["properties"]["method"]["enum"], json!(["GET", "HEAD", "DELETE"]));
    assert_eq!(input["properties"]["queryParams"], json!({"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}));
    assert_eq!(input["required"], json!(["type", "method"]));
    assert_eq!(input["additionalProperties"], false);
    assert_eq!(s["properties"]["output"]["properties"]["example"], json!({"properties": {"tempC": {"type": "number"}}}));
    // The other generation's body says the same about the resource.
    assert_eq!((r.to_v1().description.as_str(), r.to_v2().amount.as_str()), ("Current weather", "1000"));
    // Another function keeps the shared description and no declaration.
    let other = c.for_endpoint("x402-paywall").requirements("https://x.test/functions/x402-paywall");
    assert!(header_json(&other)["extensions"].get("bazaar").is_none());
    assert_eq!(other.description, "shared");
}

#[test]
fn a_body_method_declares_its_body_type_and_body() {
    let c = declared();
    let v = header_json(&c.for_endpoint("translate").requirements("https://x.test/functions/translate"));
    let b = &v["extensions"]["bazaar"];
    assert_eq!(b["info"], json!({"input": {"type": "http", "method": "POST", "bodyType": "json", "body": {"text": "hi"}}}));
    let input = &b["schema"]["properties"]["input"];
    assert_eq!(input["properties"]["method"]["enum"], json!(["POST", "PUT", "PATCH"]));
    assert_eq!(input["properties"]["bodyType"]["enum"], json!(["json", "form-data", "text"]));
    assert_eq!(input["properties"]["body"], json!({"type": "object"}));
    assert_eq!(input["required"], json!(["type", "method", "bodyType", "body"]));
    assert!(b["schema"]["properties"].get("output").is_none());
    assert_eq!(v["resource"]["serviceName"], "Translate");
    assert!(v["resource"].get("tags").is_none());
    let v = header_json(&c.for_endpoint("upload").requirements("https://api.example.com/upload"));
    assert_eq!(v["extensions"]["bazaar"]["info"]["input"], json!({"type": "http", "method": "PUT", "bodyType": "form-data", "body": {}}));
}

#[test]
fn every_malformed_setting_is_a_500_naming_the_secret() {
    let cases = [
        "[]",
        "not json",
        r#"{"weather":"GET"}"#,
        r#"{"bad slug":{"method":"GET"}}"#,
        r#"{"weather":{}}"#,
        r#"{"weather":{"method":"TRACE"}}"#,
        r#"{"weather":{"method":"GET","inputs":{}}}"#,
        r#"{"weather":{"method":"GET","input":"city=Paris"}}"#,
        r#"{"weather":{"method":"GET","inputSchema":true}}"#,
        r#"{"weather":{"method":"GET","bodyType":"json"}}"#,
        r#"{"weather":{"method":"POST","bodyType":"xml"}}"#,
        r#"{"weather":{"method":"GET","inputSchema":{"required":["city"]}}}"#,
        r#"{"weather":{"method":"GET","inputSchema":{"required":"city"},"input":{"city":"x"}}}"#,
        r#"{"weather":{"method":"GET","output":{"sample":1}}}"#,
        r#"{"weather":{"method":"GET","output":{"example":1,"schema":"number"}}}"#,
        r#"{"weather":{"method":"GET","serviceName":""}}"#,
        r#"{"weather":{"method":"GET","serviceName":"a name that is longer than thirty-two"}}"#,
        r#"{"weather":{"method":"GET","tags":["a","b","c","d","e","f"]}}"#,
        r#"{"weather":{"method":"GET","tags":[""]}}"#,
        r#"{"weather":{"method":"GET","tags":"weather"}}"#,
        r#"{"weather":{"method":"GET","description":5}}"#,
        r#"{"weather":{"method":"GET","mimeType":""}}"#,
        r#"{"weather":{"method":"GET","resource":"http://api.example.com/w"}}"#,
        r#"{"weather":{"method":"GET","output":{"example":{"tempC":21.5}}}}"#,
        r#"{"weather":{"method":"GET","inputSchema":{"properties":{"lat":{"type":"number","minimum":-90.5}}}}}"#,
        r#"{"weather":{"method":"POST","input":{"n":1e3}}}"#,
    ];
    for bad in cases {
        let e = PaywallConfig::from_env(&env(&[(DISCOVERY_KEY, bad)])).unwrap_err();
        assert!(matches!(e, X402Error::InvalidSecret(DISCOVERY_KEY, _)), "{bad}: {e:?}");
        assert_eq!((e.http_status(), e.reason()), (500, "invalid_secret"), "{bad}");
        assert!(e.to_string().starts_with("X402_DISCOVERY is invalid: "), "{e}");
    }
    let many: String = (0..65).map(|i| format!("\"f{i}\":{{\"method\":\"GET\"}}")).collect::<Vec<_>>().join(",");
    assert!(matches!(PaywallConfig::from_env(&env(&[(DISCOVERY_KEY, &format!("{{{many}}}"))])), Err(X402Error::InvalidSecret(DISCOVERY_KEY, _))));
    // The facilitator validates the same secret.
    let f = crate::x402::facilitator::FacilitatorConfig::from_env(&env(&[(DISCOVERY_KEY, "[]")])).unwrap_err();
    assert_eq!((f.status_code, f.error), (500, "invalid_secret"));
}

#[test]
fn the_listing_shows_every_declared_function_with_its_payment_option() {
    let c = declared();
    let v = list_json(Some(&c), Query::default());
    assert_eq!(v["x402Version"], 2);
    assert_eq!(v["pagination"], json!({"limit": 20, "offset": 0, "total": 3}));
    let items = v["items"].as_array().unwrap();
    let urls: Vec<&str> = items.iter().map(|i| i["resource"].as_str().unwrap()).collect();
    assert_eq!(urls, ["https://x.test/functions/weather", "https://x.test/functions/translate", "https://api.example.com/upload"]);
    let w = &items[0];
    assert_eq!((w["type"].as_str(), w["x402Version"].as_i64()), (Some("http"), Some(2)));
    assert_eq!(w["lastUpdated"], "2026-01-01T00:00:00.000Z");
    assert_eq!((w["description"].as_str(), w["mimeType"].as_str(), w["serviceName"].as_str()), (Some("Current weather"), Some("application/json"), Some("Weather")));
    assert_eq!(w["tags"], json!(["weather", "data"]));
    assert_eq!(w["accepts"][0]["payTo"], RECIPIENT.to_lowercase());
    assert_eq!(w["accepts"][0]["amount"], "1000");
    // The same declaration as the function's challenge.
    let challenge = header_json(&c.for_endpoint("weather").requirements("https://x.test/functions/weather"));
    assert_eq!(w["extensions"]["bazaar"], challenge["extensions"]["bazaar"]);
    assert_eq!(w["accepts"][0], challenge["accepts"][0]);
    assert_eq!(items[1]["description"], "shared");
}

#[test]
fn filters_select_on_the_payment_option() {
    let c = declared();
    let total = |q: Query<'_>| list_json(Some(&c), q)["pagination"]["total"].as_i64().unwrap();
    let upper = RECIPIENT.to_uppercase().replace("0X", "0x");
    for q in [
        Query { kind: "http", ..Default::default() },
        Query { pay_to: RECIPIENT, ..Default::default() },
        Query { pay_to: &upper, ..Default::default() },
        Query { scheme: "exact", ..Default::default() },
        Query { network: "eip155:196", ..Default::default() },
        Query { extensions: "bazaar", ..Default::default() },
        Query { kind: "http", pay_to: RECIPIENT, scheme: "exact", network: "eip155:196", ..Default::default() },
    ] {
        assert_eq!(total(q), 3, "{q:?}");
    }
    for q in [
        Query { kind: "mcp", ..Default::default() },
        Query { pay_to: "0x1111111111111111111111111111111111111111", ..Default::default() },
        Query { pay_to: "nobody", ..Default::default() },
        Query { scheme: "upto", ..Default::default() },
        Query { network: "eip155:8453", ..Default::default() },
        Query { extensions: "payment-identifier", ..Default::default() },
    ] {
        let v = list_json(Some(&c), q);
        assert_eq!((v["pagination"]["total"].as_i64(), v["items"].as_array().map(Vec::len)), (Some(0), Some(0)), "{q:?}");
    }
    // Nothing declared: an empty listing.
    let v = list_json(None, Query::default());
    assert_eq!(v, json!({"x402Version": 2, "items": [], "pagination": {"limit": 20, "offset": 0, "total": 0}}));
}

#[test]
fn pages_and_refused_pages() {
    let c = declared();
    let slugs = |limit: &str, offset: &str| -> Vec<String> {
        let v = list_json(Some(&c), Query { limit, offset, ..Default::default() });
        assert_eq!(v["pagination"]["total"], 3);
        v["items"].as_array().unwrap().iter().map(|i| i["resource"].as_str().unwrap().rsplit('/').next().unwrap().to_owned()).collect()
    };
    assert_eq!(slugs("1", ""), ["weather"]);
    assert_eq!(slugs("2", "1"), ["translate", "upload"]);
    assert_eq!(slugs("100", "2"), ["upload"]);
    assert!(slugs("", "3").is_empty());
    assert!(slugs(" 5 ", "4294967295").is_empty());
    let v = list_json(Some(&c), Query { limit: "2", offset: "1", ..Default::default() });
    assert_eq!(v["pagination"], json!({"limit": 2, "offset": 1, "total": 3}));
    for (limit, offset, message) in [
        ("0", "", "limit must be an integer from 1 to 100"),
        ("101", "", "limit must be an integer from 1 to 100"),
        ("-1", "", "limit must be an integer from 1 to 100"),
        ("ten", "", "limit must be an integer from 1 to 100"),
        ("1.5", "", "limit must be an integer from 1 to 100"),
        ("99999999999999999999999", "", "limit must be an integer from 1 to 100"),
        ("", "-1", "offset must be a non-negative integer"),
        ("", "x", "offset must be a non-negative integer"),
        ("", "4294967296", "offset must be a non-negative integer"),
    ] {
        for config in [Some(&c), None] {
            let e = list(config, &Query { limit, offset, ..Default::default() }, "https://x.test/functions", 0).unwrap_err();
            assert_eq!((e.status_code, e.error, e.message.as_str()), (400, "invalid_request", message), "{limit:?} {offset:?}");
            let r = list_reply(config, &Query { limit, offset, ..Default::default() }, "https://x.test/functions", 0);
            let body: Value = serde_json::from_str(&r.body).unwrap();
            assert_eq!((r.status, body["statusCode"].as_i64(), body["error"].as_str()), (400, Some(400), Some("invalid_request")));
        }
    }
}

#[test]
fn the_paywall_answers_with_its_declaration_paymentless_or_refused() {
    let c = declared().for_endpoint("weather");
    let url = "https://x.test/functions/weather";
    for (sig, error) in [(None, PAYMENT_MISSING), (Some("junk"), "invalid_payload")] {
        let crate::x402::Check::Respond(r) = crate::x402::check(&c, sig, None, url, 1_767_225_600) else { panic!("{sig:?}") };
        assert_eq!(r.status, 402);
        let header = r.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("payment-required")).map(|(_, v)| v.clone()).unwrap();
        let v: Value = serde_json::from_slice(&b64::decode_std(&header).unwrap()).unwrap();
        assert_eq!(v["error"], error);
        assert_eq!(v["extensions"]["bazaar"]["info"]["input"]["queryParams"], json!({"city": "Paris"}));
        assert_eq!(v["resource"]["serviceName"], "Weather");
        // The v1 body describes the same resource.
        let body: Value = serde_json::from_str(&r.body).unwrap();
        assert_eq!(body["accepts"][0]["description"], "Current weather");
    }
}
