//! The one JSON error shape every function answers with: `{error, message, statusCode}`.

use serde::Serialize;

/// A domain error already mapped to HTTP. Each domain enum converts into this exactly once.
///
/// `Serialize` stays for serde users (x402); [`HttpError::to_json`] does not go through serde,
/// so the bridge build carries no serde code, and writes the same bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HttpError {
    pub error: &'static str,
    pub message: String,
    #[serde(rename = "statusCode")]
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

#[cfg(test)]
mod tests {
    use super::HttpError;

    #[test]
    fn to_json_matches_serde() {
        for (code, msg) in [("missing_secret", "JWT_SECRET is not set"), ("x", "quote \" slash \\ nl \n ctl \u{1} del \u{7f} é 😀")] {
            let e = HttpError::new(500, code, msg);
            assert_eq!(e.to_json(), serde_json::to_string(&e).unwrap());
        }
    }
}
