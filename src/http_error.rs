//! The one JSON error shape every function answers with: `{error, message, statusCode}`.

use serde::Serialize;

/// A domain error already mapped to HTTP. Each domain enum converts into this exactly once.
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
        serde_json::to_string(self).unwrap_or_default()
    }
}
