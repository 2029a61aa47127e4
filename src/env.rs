//! The function's secrets as JS read them (`{name: value}`, absent or null = unset), and the
//! one rule for URLs taken from them.

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{lookup, Json};

/// A reader over the parsed secrets object.
#[derive(Clone, Copy)]
pub struct Env<'a>(pub &'a [(String, Json)]);

impl<'a> Env<'a> {
    pub fn new(entries: &'a [(String, Json)]) -> Self {
        Env(entries)
    }

    pub fn entries(&self) -> &'a [(String, Json)] {
        self.0
    }

    /// The value exactly as set (untrimmed; may be empty), if it is a string.
    pub fn raw(&self, name: &str) -> Option<&'a str> {
        lookup(self.0, name).and_then(Json::as_str)
    }

    /// A set, non-blank secret, trimmed.
    pub fn get(&self, name: &str) -> Option<&'a str> {
        self.raw(name).map(str::trim).filter(|s| !s.is_empty())
    }

    /// [`Env::get`], or the domain's "missing secret" error naming it (never its value).
    pub fn required<E>(&self, name: &'static str, missing: impl FnOnce(&'static str) -> E) -> Result<&'a str, E> {
        self.get(name).ok_or_else(|| missing(name))
    }
}

/// Secrets and keys travel over TLS: `https://` to any host, plain `http://` only to a
/// loopback host (localhost, 127.0.0.0/8, `[::1]`) for local development and tests. The
/// authority must be a bare host with an optional numeric port: userinfo
/// (`http://127.0.0.1@evil.com`), backslashes, whitespace and control characters are refused,
/// so the host checked here is the host `fetch` connects to.
pub fn url_allowed(url: &str) -> bool {
    if !url.bytes().all(|c| c.is_ascii_graphic() && c != b'\\') {
        return false;
    }
    let (rest, loopback_only) = match (url.strip_prefix("https://"), url.strip_prefix("http://")) {
        (Some(r), _) => (r, false),
        (None, Some(r)) => (r, true),
        _ => return false,
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    // `host[:port]` or `[v6][:port]`, nothing else. (No byte-index slicing here: its panic
    // path alone would add the formatting machinery to the .wasm.)
    let (host, port, v6) = match authority.strip_prefix('[') {
        Some(v6) => {
            let Some((inner, after)) = v6.split_once(']') else { return false };
            let port = match after.strip_prefix(':') {
                Some(p) => Some(p),
                None if after.is_empty() => None,
                None => return false,
            };
            (inner, port, true)
        }
        None => match authority.split_once(':') {
            Some((h, p)) => (h, Some(p), false),
            None => (authority, None, false),
        },
    };
    let host_char = |c: u8| if v6 { c.is_ascii_hexdigit() || c == b':' || c == b'.' } else { c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_') };
    if host.is_empty() || !host.bytes().all(host_char) || port.is_some_and(|p| !is_decimal(p, 5)) {
        return false;
    }
    !loopback_only || if v6 { host == "::1" } else { host.eq_ignore_ascii_case("localhost") || is_127(host) }
}

/// 1 to `max_len` ASCII digits.
fn is_decimal(s: &str, max_len: usize) -> bool {
    (1..=max_len).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
}

/// 127.0.0.0/8 as four decimal octets; any other spelling is refused.
fn is_127(host: &str) -> bool {
    let mut octets = host.split('.');
    octets.next() == Some("127")
        && octets.clone().count() == 3
        && octets.all(|o| is_decimal(o, 3) && o.bytes().fold(0u32, |n, c| n * 10 + u32::from(c - b'0')) <= 255)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere() {
        for ok in ["https://keys.example.com/jwks", "https://api.workos.com", "https://node.example:8443/v1/key?x=1", "https://[2001:db8::1]:443/x", "https://a_b.example/"] {
            assert!(url_allowed(ok), "{ok}");
        }
    }

    #[test]
    fn http_only_on_loopback() {
        for ok in ["http://localhost/jwks", "http://LOCALHOST:8080", "http://127.0.0.1:8080/jwks", "http://127.1.2.3/", "http://127.255.255.255:1", "http://[::1]:9/jwks", "http://[::1]"] {
            assert!(url_allowed(ok), "{ok}");
        }
        for bad in ["http://keys.example.com/jwks", "http://128.0.0.1/", "http://10.0.0.1/", "http://[::2]/", "http://0.0.0.0/"] {
            assert!(!url_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn lookalikes_and_userinfo_are_refused() {
        for bad in [
            "http://127.0.0.1.evil.com/x",
            "http://localhost.evil.com/",
            "http://evil.com.localhost.x/",
            "http://[::1]@evil.com/",
            "http://127.0.0.1@evil.com/",
            "http://localhost:80@evil.com/",
            "http://user:pass@localhost/",
            "https://user@evil.example",
            "http://evil.com#@127.0.0.1/",
            "http://evil.com\\@127.0.0.1/",
            "http://127.0.0.1\\.evil.com/",
            "http://127.0.0.256/",
            "http://127.0.0/",
            "http://127.0.0.1./",
            "http://127.0.0.1%2eevil.com/",
            "http://0177.0.0.1/",
            "http://[::1/",
            "http://[::1]evil.com/",
            "http://localhost:/",
            "http://localhost:8080:9/",
            "http://local host/",
            "http://localhost\t/",
        ] {
            assert!(!url_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn other_schemes_and_empty_hosts_are_refused() {
        for bad in ["https://", "http://", "https:///path", "ftp://x", "HTTPS://x.example", "//x.example", "", "https://:443/"] {
            assert!(!url_allowed(bad), "{bad}");
        }
    }

    #[test]
    fn env_reads_trimmed_values_and_raw_ones() {
        let entries = vec![("A".to_owned(), Json::Str(" a ".into())), ("B".to_owned(), Json::Str("  ".into())), ("C".to_owned(), Json::Null)];
        let env = Env::new(&entries);
        assert_eq!((env.get("A"), env.raw("A")), (Some("a"), Some(" a ")));
        assert_eq!((env.get("B"), env.raw("B")), (None, Some("  ")));
        assert_eq!((env.get("C"), env.raw("C"), env.get("D")), (None, None, None));
        assert_eq!(env.required("B", |n| n), Err("B"));
    }
}
