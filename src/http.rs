//! The HTTP shapes that cross to JS: a complete answer ([`Reply`]), a request for JS to
//! send ([`HttpRequest`]), and the one error body every function answers with,
//! `{error, message, statusCode}` ([`HttpError`]).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::Writer;

/// A domain error already mapped to HTTP. Each domain enum converts into this exactly once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpError {
    pub error: &'static str,
    pub message: String,
    pub status_code: u16,
}

impl HttpError {
    pub fn new(status_code: u16, error: &'static str, message: impl Into<String>) -> Self {
        HttpError { error, message: message.into(), status_code }
    }

    pub fn to_json(&self) -> String {
        let mut w = crate::json::Writer::new();
        w.open_obj().key("error").str(self.error).key("message").str(&self.message);
        w.key("statusCode").int(self.status_code as i64).close_obj();
        w.finish()
    }
}

/// A complete HTTP answer for JS to turn into a `Response`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl Reply {
    /// `body` (already JSON) with `Content-Type: application/json`.
    pub fn json(status: u16, body: String) -> Reply {
        Reply { status, headers: vec![("Content-Type", "application/json".into())], body }
    }

    /// `"status":…,"headers":[[name, value]…],"body":…` into an object `w` has open.
    pub fn write_fields(&self, w: &mut Writer) {
        w.key("status").int(i64::from(self.status)).key("headers").pairs(&self.headers).key("body").str(&self.body);
    }

    /// `{status, headers, body}`.
    pub fn write(&self, w: &mut Writer) {
        w.open_obj();
        self.write_fields(w);
        w.close_obj();
    }

    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        self.write(&mut w);
        w.finish()
    }
}

impl From<HttpError> for Reply {
    fn from(e: HttpError) -> Reply {
        Reply::json(e.status_code, e.to_json())
    }
}

/// An HTTP request for JS to send verbatim (a signature may cover `body` byte for byte).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpRequest {
    pub url: String,
    pub method: &'static str,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

impl HttpRequest {
    /// `{url, method, headers: [[name, value]…], body}`.
    pub fn write(&self, w: &mut Writer) {
        w.open_obj().key("url").str(&self.url).key("method").str(self.method);
        w.key("headers").pairs(&self.headers).key("body").str(&self.body).close_obj();
    }

    pub fn to_json(&self) -> String {
        let mut w = Writer::new();
        self.write(&mut w);
        w.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_error_writes_the_error_shape() {
        let e = HttpError::new(500, "missing_secret", "JWT_SECRET is not set");
        assert_eq!(e.to_json(), r#"{"error":"missing_secret","message":"JWT_SECRET is not set","statusCode":500}"#);
        let e = HttpError::new(413, "x", "quote \" slash \\ nl \n ctl \u{1} del \u{7f} é 😀");
        assert_eq!(e.to_json(), "{\"error\":\"x\",\"message\":\"quote \\\" slash \\\\ nl \\n ctl \\u0001 del \u{7f} é 😀\",\"statusCode\":413}");
    }

    #[test]
    fn reply_wire_shape() {
        let r = Reply { status: 402, headers: vec![("A", "b".into())], body: "{}".into() };
        assert_eq!(r.to_json(), r#"{"status":402,"headers":[["A","b"]],"body":"{}"}"#);
        let mut w = Writer::new();
        w.open_obj().key("action").str("respond");
        r.write_fields(&mut w);
        assert_eq!(w.close_obj().finish(), r#"{"action":"respond","status":402,"headers":[["A","b"]],"body":"{}"}"#);
    }

    #[test]
    fn error_reply_is_json_with_its_status() {
        let r = Reply::from(HttpError::new(503, "provider_unreachable", "down"));
        assert_eq!(r.status, 503);
        assert_eq!(r.headers, vec![("Content-Type", "application/json".to_owned())]);
        assert_eq!(r.body, r#"{"error":"provider_unreachable","message":"down","statusCode":503}"#);
    }

    #[test]
    fn request_wire_shape() {
        let q = HttpRequest { url: "https://x.test/a".into(), method: "POST", headers: vec![("K", "v\"".into())], body: "{}".into() };
        assert_eq!(q.to_json(), r#"{"url":"https://x.test/a","method":"POST","headers":[["K","v\""]],"body":"{}"}"#);
    }
}
