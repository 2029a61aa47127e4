//! The function's secrets as JS read them (`{name: value}`, absent or null = unset), and the
//! one rule for URLs taken from them.

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
    match host_of(authority) {
        Some(host) => !loopback_only || is_loopback(host),
        None => false,
    }
}

/// The host of `host[:port]` or `[v6][:port]` (brackets kept), if the authority is only that.
fn host_of(authority: &str) -> Option<&str> {
    let (host, port) = if authority.starts_with('[') {
        let end = authority.find(']')? + 1;
        let inner = &authority[1..end - 1];
        if inner.is_empty() || !inner.bytes().all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.') {
            return None;
        }
        (&authority[..end], &authority[end..])
    } else {
        let end = authority.find(':').unwrap_or(authority.len());
        let host = &authority[..end];
        if host.is_empty() || !host.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'.' | b'_')) {
            return None;
        }
        (host, &authority[end..])
    };
    let port_ok = match port.strip_prefix(':') {
        None => port.is_empty(),
        Some(p) => (1..=5).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit()) && p.parse::<u32>().is_ok_and(|n| n <= 65_535),
    };
    port_ok.then_some(host)
}

fn is_loopback(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") || host == "[::1]" {
        return true;
    }
    // 127.0.0.0/8 as four decimal octets; anything else that might resolve elsewhere is refused.
    let octets: Vec<&str> = host.split('.').collect();
    octets.len() == 4
        && octets[0] == "127"
        && octets.iter().all(|o| (1..=3).contains(&o.len()) && o.bytes().all(|c| c.is_ascii_digit()) && o.parse::<u16>().is_ok_and(|n| n <= 255))
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
            "http://localhost:99999/",
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
