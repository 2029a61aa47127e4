//! The one JSON error shape every function answers with: `{error, message, statusCode}`.

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

#[cfg(test)]
mod tests {
    use super::HttpError;

    #[test]
    fn to_json_writes_the_error_shape() {
        let e = HttpError::new(500, "missing_secret", "JWT_SECRET is not set");
        assert_eq!(e.to_json(), r#"{"error":"missing_secret","message":"JWT_SECRET is not set","statusCode":500}"#);
        let e = HttpError::new(413, "x", "quote \" slash \\ nl \n ctl \u{1} del \u{7f} é 😀");
        assert_eq!(e.to_json(), "{\"error\":\"x\",\"message\":\"quote \\\" slash \\\\ nl \\n ctl \\u0001 del \u{7f} é 😀\",\"statusCode\":413}");
    }
}
