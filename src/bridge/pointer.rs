//! JSON pointers as BRIDGE_CLAIMS names them: checked when the secret is read
//! ([`pointer_ok`], by the configuration) and followed into a token's claims ([`at`], by the
//! claims' validation).

#[allow(unused_imports)]
use crate::prelude::*;

use crate::json::{lookup, Json};

/// A JSON pointer as BRIDGE_CLAIMS names them: `/` then tokens; `~` only as `~0` or `~1`.
pub fn pointer_ok(p: &str) -> bool {
    let b = p.as_bytes();
    p.len() <= 256 && b.first() == Some(&b'/') && b.iter().enumerate().all(|(i, &c)| c != b'~' || matches!(b.get(i + 1), Some(b'0' | b'1')))
}

/// The value at JSON pointer `p` in the claims (objects by key, arrays by index).
pub fn at<'a>(claims: &'a [(String, Json)], p: &str) -> Option<&'a Json> {
    // `~1` is `/`, `~0` is `~` ([`pointer_ok`] allows no other `~`).
    let unescape = |t: &str| {
        let mut out = String::new();
        let mut chars = t.chars();
        while let Some(c) = chars.next() {
            out.push(if c != '~' { c } else if chars.next() == Some('1') { '/' } else { '~' });
        }
        out
    };
    let mut tokens = p.split('/').skip(1).map(unescape);
    let mut cur = lookup(claims, &tokens.next()?)?;
    for t in tokens {
        // RFC 6901's array index: "0", or digits without a leading zero (never empty).
        let index = (!t.is_empty() && t.len() <= 4 && (t == "0" || !t.starts_with('0'))).then(|| t.bytes().try_fold(0usize, |n, c| c.is_ascii_digit().then(|| n * 10 + usize::from(c - b'0')))).flatten();
        cur = match (cur, index) {
            (Json::Obj(o), _) => lookup(o, &t)?,
            (Json::Arr(a), Some(i)) => a.get(i)?,
            _ => return None,
        };
    }
    Some(cur)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn array_indexes_are_rfc_6901s() {
        let claims = crate::json::entries(&serde_json::json!({"a": ["x", "y"], "o": {"": "empty"}}));
        let read = |p: &str| at(&claims, p).and_then(Json::as_str).map(str::to_owned);
        assert_eq!(read("/a/0").as_deref(), Some("x"));
        assert_eq!(read("/a/1").as_deref(), Some("y"));
        for none in ["/a/", "/a/01", "/a/-", "/a/2", "/a/1a", "/a/+1"] {
            assert_eq!(read(none), None, "{none}");
        }
        assert_eq!(read("/o/").as_deref(), Some("empty"), "an empty token is a key of an object");
    }
}
