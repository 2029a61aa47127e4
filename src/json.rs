//! A small, strict JSON reader and writer for untrusted input (JWTs, JWKS sets, payment
//! headers, provider and RPC answers, secrets): no serde, no `core::fmt`.
//!
//! Reading accepts RFC 8259 JSON and refuses, on top of its grammar:
//! - a document longer than [`MAX_INPUT`] bytes, nested deeper than [`MAX_DEPTH`], or with
//!   an object of more than [`MAX_MEMBERS`] members;
//! - an object that repeats a key, at any depth (keys compare after unescaping);
//! - invalid strings: unknown escapes, lone surrogates, invalid UTF-8, control characters.
//!
//! Numbers follow the grammar (no leading zeros, `+`, `NaN`, …) but are never converted to
//! floating point: an integer that fits 64 bits keeps its value ([`Num::U`], [`Num::I`]);
//! every other number is [`Num::Other`], which no integer read accepts.
//!
//! [`Reader::strukt`] reads a record: an object only, each field at most once, unknown
//! members fully validated and dropped. [`Writer`] writes compact JSON.

#[allow(unused_imports)]
use crate::prelude::*;

/// The longest document read. The largest ones are provider JWKS sets, Stytch session
/// answers and JSON-RPC receipts of one settlement transaction (a few KiB each); callers
/// with a tighter bound check theirs first (payment headers 8 KiB, facilitator bodies
/// 16 KiB, bridge request bodies and OKX answers 64 KiB).
pub const MAX_INPUT: usize = 256 * 1024;

/// The deepest nesting of arrays and objects read: 32 levels parse, 33 do not. The deepest
/// documents read (RPC receipts with their logs, Stytch sessions) use about 5.
pub const MAX_DEPTH: u32 = 32;

/// The most members one object may have. The largest objects read (JWT claims, a Stytch
/// user, a receipt, the secrets object) have a few dozen. Each key is compared with the ones
/// before it, so this also bounds the duplicate check: at most 256·255/2 comparisons an object.
pub const MAX_MEMBERS: usize = 256;

/// A parsed JSON value. Objects keep their entries in document order (keys are distinct).
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(Num),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// A JSON number: an integer that fits 64 bits, or anything else.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    /// A non-negative integer that fits `u64`.
    U(u64),
    /// A negative integer that fits `i64`.
    I(i64),
    /// A fraction, an exponent, `-0`, or an integer beyond 64 bits. Its value is never
    /// computed: no reader needs it, and an integer read refuses it.
    Other,
}

/// Looks `key` up in an object's entries.
pub fn lookup<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

impl Json {
    /// The member `key` of an object (`None` for other values).
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object().and_then(|o| lookup(o, key))
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(o) => Some(o),
            _ => None,
        }
    }
    pub fn is_array(&self) -> bool {
        matches!(self, Json::Arr(_))
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
    /// An integer within `i64`; `None` for every other value, fractions and exponents included.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Num(Num::U(u)) => i64::try_from(*u).ok(),
            Json::Num(Num::I(i)) => Some(*i),
            _ => None,
        }
    }
}

/// Parses one whole JSON document (surrounding whitespace allowed).
pub fn parse(text: &[u8]) -> Option<Json> {
    parse_within(text, MAX_INPUT)
}

/// [`parse`] for a document of at most `max_len` bytes instead of [`MAX_INPUT`]: the secrets
/// object our own JS builds, and a secret measured before it is refused, so that the one
/// beyond a limit can be named with it.
pub fn parse_within(text: &[u8], max_len: usize) -> Option<Json> {
    let mut r = Reader { b: (text.len() <= max_len).then_some(text)?, i: 0, depth: 0 };
    let v = r.value()?;
    r.end()?;
    Some(v)
}

/// Parses a whole document that must be an object; returns its entries.
pub fn parse_object(text: &[u8]) -> Option<Vec<(String, Json)>> {
    parse_object_within(text, MAX_INPUT)
}

/// [`parse_object`] within `max_len` bytes (see [`parse_within`]).
pub fn parse_object_within(text: &[u8], max_len: usize) -> Option<Vec<(String, Json)>> {
    match parse_within(text, max_len)? {
        Json::Obj(o) => Some(o),
        _ => None,
    }
}

/// A cursor over JSON text. Every method returns `None` on malformed or unexpected input.
pub struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    depth: u32,
}

type R<T> = Option<T>;

impl<'a> Reader<'a> {
    /// `None` when `text` is longer than [`MAX_INPUT`].
    pub fn new(text: &'a [u8]) -> Option<Self> {
        (text.len() <= MAX_INPUT).then_some(Reader { b: text, i: 0, depth: 0 })
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.i += 1;
        Some(c)
    }

    /// Skips whitespace and peeks at the next byte.
    fn ws(&mut self) -> Option<u8> {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.i += 1;
        }
        self.peek()
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.i += 1;
        }
        hit
    }

    fn ident(&mut self, word: &[u8]) -> R<()> {
        let end = self.i.checked_add(word.len())?;
        (self.b.get(self.i..end)? == word).then(|| self.i = end)
    }

    /// Only whitespace may follow the document.
    pub fn end(&mut self) -> R<()> {
        self.ws().is_none().then_some(())
    }

    /// Consumes the opening `open` of a container, one level deeper.
    fn enter(&mut self, open: u8) -> R<()> {
        if self.ws()? != open || self.depth >= MAX_DEPTH {
            return None;
        }
        self.i += 1;
        self.depth += 1;
        Some(())
    }

    /// Any value, fully validated.
    pub fn value(&mut self) -> R<Json> {
        Some(match self.ws()? {
            b'n' => {
                self.ident(b"null")?;
                Json::Null
            }
            b't' => {
                self.ident(b"true")?;
                Json::Bool(true)
            }
            b'f' => {
                self.ident(b"false")?;
                Json::Bool(false)
            }
            b'"' => Json::Str(self.string()?),
            b'[' => {
                let mut items = Vec::new();
                self.seq(&mut |r| {
                    items.push(r.value()?);
                    Some(())
                })?;
                Json::Arr(items)
            }
            b'{' => {
                let mut entries = Vec::new();
                self.members(&mut |r, k| {
                    let v = r.value()?;
                    entries.push((k.to_owned(), v));
                    Some(())
                })?;
                Json::Obj(entries)
            }
            b'-' | b'0'..=b'9' => Json::Num(self.number()?),
            _ => return None,
        })
    }

    /// An array; `f` reads each element (a list field).
    pub fn seq(&mut self, f: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
        self.enter(b'[')?;
        if self.ws()? != b']' {
            loop {
                f(self)?;
                match self.ws()? {
                    b',' => self.i += 1,
                    b']' => break,
                    _ => return None,
                }
            }
        }
        self.i += 1;
        self.depth -= 1;
        Some(())
    }

    /// An object; `f` gets each key and reads its value. A repeated key, or one key too
    /// many, refuses the object before `f` sees it.
    fn members(&mut self, f: &mut dyn FnMut(&mut Self, &str) -> R<()>) -> R<()> {
        self.enter(b'{')?;
        let mut keys: Vec<String> = Vec::new();
        if self.ws()? != b'}' {
            loop {
                if self.ws()? != b'"' {
                    return None;
                }
                let key = self.string()?;
                if keys.len() == MAX_MEMBERS || keys.contains(&key) || self.ws()? != b':' {
                    return None;
                }
                self.i += 1;
                f(self, &key)?;
                keys.push(key);
                match self.ws()? {
                    b',' => self.i += 1,
                    b'}' => break,
                    _ => return None,
                }
            }
        }
        self.i += 1;
        self.depth -= 1;
        Some(())
    }

    /// A string (the reader is at its opening quote), unescaped and validated.
    fn string(&mut self) -> R<String> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            match self.next()? {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let c = match self.next()? {
                        b'"' => b'"',
                        b'\\' => b'\\',
                        b'/' => b'/',
                        b'b' => 8,
                        b'f' => 12,
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        b'u' => {
                            let n = self.hex4()?;
                            // A lone low surrogate is no `char`, so `from_u32` refuses it.
                            let cp = match n {
                                0xD800..=0xDBFF => {
                                    if !(self.eat(b'\\') && self.eat(b'u')) {
                                        return None;
                                    }
                                    let lo = self.hex4()?;
                                    if !(0xDC00..=0xDFFF).contains(&lo) {
                                        return None;
                                    }
                                    0x10000 + ((n - 0xD800) << 10 | (lo - 0xDC00))
                                }
                                _ => n,
                            };
                            let mut buf = [0; 4];
                            out.extend_from_slice(char::from_u32(cp)?.encode_utf8(&mut buf).as_bytes());
                            continue;
                        }
                        _ => return None,
                    };
                    out.push(c);
                }
                0..=0x1f => return None,
                c => out.push(c),
            }
        }
    }

    fn hex4(&mut self) -> R<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = (self.next()? as char).to_digit(16)?;
            n = n * 16 + d;
        }
        Some(n)
    }

    /// One or more digits.
    fn digits(&mut self) -> R<()> {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        (self.i > start).then_some(())
    }

    /// A number, checked against the grammar; only a 64-bit integer keeps its value.
    fn number(&mut self) -> R<Num> {
        let negative = self.eat(b'-');
        let start = self.i;
        self.digits()?;
        let int = &self.b[start..self.i];
        if int.len() > 1 && int[0] == b'0' {
            return None;
        }
        // Stays `Some` while the value is an integer that fits `u64`.
        let mut n = int.iter().try_fold(0u64, |n, &c| n.checked_mul(10)?.checked_add((c - b'0') as u64));
        if self.eat(b'.') {
            self.digits()?;
            n = None;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            self.digits()?;
            n = None;
        }
        Some(match (n, negative) {
            (Some(n), false) => Num::U(n),
            // -1 ..= -2^63; `-0` is not an integer form.
            (Some(n @ 1..=0x8000_0000_0000_0000), true) => Num::I((n as i64).wrapping_neg()),
            _ => Num::Other,
        })
    }

    // ---- typed reads ----

    /// A string value.
    pub fn str(&mut self) -> R<String> {
        if self.ws()? != b'"' {
            return None;
        }
        self.string()
    }

    /// `true` or `false`.
    pub fn bool(&mut self) -> R<bool> {
        match self.value()? {
            Json::Bool(b) => Some(b),
            _ => None,
        }
    }

    /// An integer within `i64`: no fraction, no exponent.
    pub fn i64(&mut self) -> R<i64> {
        if !matches!(self.ws()?, b'-' | b'0'..=b'9') {
            return None;
        }
        Json::Num(self.number()?).as_i64()
    }

    /// `null` → `None`, else `f` reads the value (an optional field).
    pub fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<Option<T>> {
        if self.ws()? == b'n' {
            self.ident(b"null")?;
            return Some(None);
        }
        f(self).map(Some)
    }

    /// A record with fields `names`: an object, never an array of the fields. `f(reader, i)`
    /// reads field `i`; an unknown member is read (so fully validated) and dropped; a field or
    /// member given twice refuses the object. The caller checks which fields were seen.
    pub fn strukt(&mut self, names: &[&str], f: &mut dyn FnMut(&mut Self, usize) -> R<()>) -> R<()> {
        self.members(&mut |r, key| match names.iter().position(|n| *n == key) {
            Some(i) => f(r, i),
            None => r.value().map(drop),
        })
    }
}

/// Compact JSON output. Values and keys add the separating comma themselves.
#[derive(Default)]
pub struct Writer {
    pub out: String,
}

impl Writer {
    pub fn new() -> Self {
        Writer { out: String::new() }
    }

    fn sep(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'{' | b'[' | b':')) {
            self.out.push(',');
        }
    }

    pub fn open_obj(&mut self) -> &mut Self {
        self.sep();
        self.out.push('{');
        self
    }
    pub fn close_obj(&mut self) -> &mut Self {
        self.out.push('}');
        self
    }
    pub fn open_arr(&mut self) -> &mut Self {
        self.sep();
        self.out.push('[');
        self
    }
    pub fn close_arr(&mut self) -> &mut Self {
        self.out.push(']');
        self
    }
    /// An object key (escaped) and its colon.
    pub fn key(&mut self, k: &str) -> &mut Self {
        self.str(k);
        self.out.push(':');
        self
    }
    /// Already-encoded JSON, as one value.
    pub fn raw(&mut self, json: &str) -> &mut Self {
        self.sep();
        self.out.push_str(json);
        self
    }
    pub fn null(&mut self) -> &mut Self {
        self.raw("null")
    }
    pub fn bool(&mut self, b: bool) -> &mut Self {
        self.raw(if b { "true" } else { "false" })
    }
    pub fn int(&mut self, n: i64) -> &mut Self {
        self.sep();
        if n < 0 {
            self.out.push('-');
        }
        push_u64(&mut self.out, n.unsigned_abs());
        self
    }
    pub fn str(&mut self, s: &str) -> &mut Self {
        self.sep();
        escape_into(&mut self.out, s);
        self
    }
    pub fn opt_str(&mut self, s: Option<&str>) -> &mut Self {
        match s {
            Some(s) => self.str(s),
            None => self.null(),
        }
    }
    /// `[[k, v], …]`: a list of pairs, as HTTP headers travel to JS.
    pub fn pairs<K: AsRef<str>, V: AsRef<str>>(&mut self, pairs: &[(K, V)]) -> &mut Self {
        self.open_arr();
        for (k, v) in pairs {
            self.open_arr().str(k.as_ref()).str(v.as_ref()).close_arr();
        }
        self.close_arr()
    }
    pub fn finish(&mut self) -> String {
        core::mem::take(&mut self.out)
    }
}

/// Decimal digits of `n`, without `core::fmt`.
pub fn push_u64(out: &mut String, mut n: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &c in &buf[i..] {
        out.push(c as char);
    }
}

/// A quoted JSON string with `serde_json`'s escapes: `\"`, `\\`, `\b \t \n \f \r`, other
/// control characters as `\u00xx`; everything else (including non-ASCII) verbatim.
pub fn escape_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.reserve(s.len() + 2);
    out.push('"');
    // Runs without a byte to escape are copied at once (char by char this was the bridge's
    // costliest function). Every escaped byte is ASCII, so each run ends on a char boundary.
    let mut start = 0;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            8 => "\\b",
            b'\t' => "\\t",
            b'\n' => "\\n",
            12 => "\\f",
            b'\r' => "\\r",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.get(start..i).unwrap_or_default());
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// Test helper: a `serde_json::Value` as our tree (through its text).
/// Writes a parsed value back as JSON text. A number that is not a 64-bit integer is written
/// as `0.5` (its value is never kept): fine for a payment re-read by `decode_payment_json` (a
/// non-integer `x402Version` is unsupported whatever it is; elsewhere a number is a type error
/// or ignored); a reader that must echo numbers exactly refuses [`Num::Other`] first.
pub fn write_json(w: &mut Writer, v: &Json) {
    match v {
        Json::Null => {
            w.null();
        }
        Json::Bool(b) => {
            w.bool(*b);
        }
        Json::Num(Num::U(u)) => {
            let mut s = String::new();
            push_u64(&mut s, *u);
            w.raw(&s);
        }
        Json::Num(Num::I(i)) => {
            w.int(*i);
        }
        Json::Num(Num::Other) => {
            w.raw("0.5");
        }
        Json::Str(s) => {
            w.str(s);
        }
        Json::Arr(items) => {
            w.open_arr();
            for i in items {
                write_json(w, i);
            }
            w.close_arr();
        }
        Json::Obj(entries) => {
            w.open_obj();
            for (k, v) in entries {
                w.key(k);
                write_json(w, v);
            }
            w.close_obj();
        }
    }
}


#[cfg(test)]
pub fn from_serde(v: &serde_json::Value) -> Json {
    parse(v.to_string().as_bytes()).unwrap()
}

/// Test helper: the entries of a `serde_json` object.
#[cfg(test)]
pub fn entries(v: &serde_json::Value) -> Vec<(String, Json)> {
    parse_object_within(v.to_string().as_bytes(), usize::MAX).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Where no limit of ours applies, our reading and serde_json's agree on acceptance
    /// and on the value.
    fn agrees(doc: &[u8]) -> bool {
        match (parse(doc), serde_json::from_slice::<Value>(doc)) {
            (None, Err(_)) => true,
            (Some(mine), Ok(theirs)) => mine == from_serde(&theirs),
            _ => false,
        }
    }

    #[test]
    fn strings_escapes_and_unicode() {
        assert_eq!(parse(br#""a\"b\\c\/d\b\f\n\r\t""#), Some(Json::Str("a\"b\\c/d\u{8}\u{c}\n\r\t".into())));
        assert_eq!(parse(br#""\u00e9\u20AC""#), Some(Json::Str("é€".into())));
        assert_eq!(parse("\"é😀\"".as_bytes()), Some(Json::Str("é😀".into())));
        assert_eq!(parse(br#""\ud83d\ude00""#), Some(Json::Str("😀".into())), "surrogate pair");
        assert_eq!(parse(b"\"\x7f\""), Some(Json::Str("\u{7f}".into())), "DEL is not a control character here");
    }

    #[test]
    fn bad_strings_are_refused() {
        let lone_surrogates = [&br#""\ud83d""#[..], br#""\ud83d\u0041""#, br#""\ude00""#, br#""\ud83dx""#, br#""\ude00\ud83d""#, br#""\ud83d\ud83d""#, br#""\ud83dde00""#, br#""\ud83d\\ude00""#];
        let others = [&br#""\x""#[..], br#""\u12""#, br#""\u12g4""#, br#""\U0041""#, b"\"a\x01\"", b"\"a\nb\"", b"\"\xff\"", b"\"\xed\xa0\x80\"", b"\"\xc3\"", b"\"abc", b"'a'"];
        for bad in lone_surrogates.into_iter().chain(others) {
            assert_eq!(parse(bad), None, "{:?}", String::from_utf8_lossy(bad));
            assert!(agrees(bad));
            // Also as a key, and inside a record's unknown member.
            let mut key = b"{".to_vec();
            key.extend_from_slice(bad);
            key.extend_from_slice(b":1}");
            assert_eq!(parse(&key), None);
            let mut member = br#"{"s":"x","zz":"#.to_vec();
            member.extend_from_slice(bad);
            member.push(b'}');
            assert_eq!(probe(std::str::from_utf8(&member).unwrap_or("")), None);
        }
    }

    #[test]
    fn integers_keep_their_value() {
        assert_eq!(parse(b"0"), Some(Json::Num(Num::U(0))));
        assert_eq!(parse(b"1800000000"), Some(Json::Num(Num::U(1_800_000_000))));
        assert_eq!(parse(b"18446744073709551615"), Some(Json::Num(Num::U(u64::MAX))));
        assert_eq!(parse(b"-1"), Some(Json::Num(Num::I(-1))));
        assert_eq!(parse(b"-9223372036854775808"), Some(Json::Num(Num::I(i64::MIN))));
        assert_eq!(parse(b"9223372036854775807").unwrap().as_i64(), Some(i64::MAX));
        assert_eq!(parse(b"9223372036854775808").unwrap().as_i64(), None, "2^63 does not wrap to a negative");
        assert_eq!(parse(b"18446744073709551615").unwrap().as_i64(), None);
    }

    #[test]
    fn non_integers_are_never_integers() {
        // Valid JSON numbers, but no integer read takes them (and no float is computed).
        for doc in ["1.0", "1.5", "1e3", "1E+2", "10e-1", "0.0", "-0", "-0.0", "1800000010.5", "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890", "1e400", "-1e-400", "4.9e-324"] {
            let v = parse(doc.as_bytes()).unwrap_or_else(|| panic!("{doc}"));
            assert_eq!(v, Json::Num(Num::Other), "{doc}");
            assert_eq!(v.as_i64(), None, "{doc}");
            let mut r = Reader::new(doc.as_bytes()).unwrap();
            assert_eq!(r.i64(), None, "{doc}");
        }
        let mut r = Reader::new(b"-42").unwrap();
        assert_eq!(r.i64(), Some(-42));
    }

    #[test]
    fn number_grammar() {
        for bad in ["01", "-01", "00", "00.5", "-", "1.", ".5", "1e", "1e+", "1e-", "+1", "0x1", "NaN", "Infinity", "-Infinity", "1.5.2", "--1", "1.e3", "- 1", "1_000"] {
            assert_eq!(parse(bad.as_bytes()), None, "{bad}");
            assert!(agrees(bad.as_bytes()), "{bad}");
            let mut r = Reader::new(bad.as_bytes()).unwrap();
            assert_eq!(r.i64().and_then(|_| r.end()), None, "{bad}");
        }
        for good in ["0", "-0.5", "0.5", "0e0", "10", "-10"] {
            assert!(parse(good.as_bytes()).is_some(), "{good}");
        }
    }

    #[test]
    fn structure_and_trailing_garbage() {
        for doc in ["", " ", "{", "}", "[1,]", "[,1]", "[,]", "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\":}", "{a:1}", "{1:1}", "[1 2]", "{\"a\":1 \"b\":2}", "nul", "truex", "[] []", "\u{0}", "{\"a\":1}}", "[[]", "1 2", "{} x", "\"a\"\"b\"", "null,", "[1]]", "{\"a\" : [1, {\"b\": null}], \"c\": true}\n", " [ ] ", "\t{}\r\n"] {
            assert!(agrees(doc.as_bytes()), "{doc:?}");
        }
        for garbage in ["{} x", "[]]", "1 2", "{\"a\":1}}", "null,", "\"a\"\"b\"", "{}\u{0}"] {
            assert_eq!(parse(garbage.as_bytes()), None, "{garbage:?}");
            assert_eq!(parse_object(garbage.as_bytes()), None, "{garbage:?}");
        }
        assert_eq!(parse(b" [true, false, null] "), Some(Json::Arr(vec![Json::Bool(true), Json::Bool(false), Json::Null])));
        assert_eq!(parse_object(b"[]"), None, "parse_object takes objects only");
    }

    #[test]
    fn duplicate_keys_are_refused_at_any_depth() {
        for doc in [
            r#"{"a":1,"a":1}"#,
            r#"{"a":1,"b":2,"a":"x"}"#,
            r#"{"a":1,"\u0061":2}"#,
            r#"{"o":{"k":1,"k":2}}"#,
            r#"{"o":[1,{"x":{"k":1,"j":0,"k":null}}]}"#,
            r#"[{"k":1,"k":1}]"#,
            r#"[[[{"":1,"":2}]]]"#,
        ] {
            assert_eq!(parse(doc.as_bytes()), None, "{doc}");
            assert!(serde_json::from_str::<Value>(doc).is_ok(), "serde_json accepts {doc}");
        }
        assert!(parse(br#"{"a":1,"A":2,"a ":3,"o":{"a":1},"p":[{"a":1},{"a":2}]}"#).is_some(), "distinct keys, same key in sibling objects");
        let many: String = (1..MAX_MEMBERS).map(|i| format!("\"k{i}\":0,")).collect();
        assert!(parse(format!("{{{many}\"end\":0}}").as_bytes()).is_some());
        assert!(parse(format!("{{{many}\"k7\":0}}").as_bytes()).is_none());
    }

    #[test]
    fn objects_have_at_most_256_members() {
        assert_eq!(MAX_MEMBERS, 256);
        let object = |n: usize| format!("{{{}}}", (0..n).map(|i| format!("\"k{i}\":{i}")).collect::<Vec<_>>().join(","));
        assert_eq!(parse(object(256).as_bytes()).and_then(|v| v.as_object().map(<[_]>::len)), Some(256));
        assert_eq!(parse(object(257).as_bytes()), None);
        assert_eq!(parse(format!("[{},{}]", object(256), object(256)).as_bytes()).map(|v| v.is_array()), Some(true), "per object");
        assert_eq!(probe(&object(257).replacen("{", r#"{"s":"x","#, 1)), None, "records too");
        // The worst case for the duplicate check stays cheap: a full-size document of
        // full-size objects.
        let wide = object(256);
        let doc = format!("[{}]", vec![wide.as_str(); MAX_INPUT / (wide.len() + 1)].join(","));
        assert!(doc.len() <= MAX_INPUT && parse(doc.as_bytes()).is_some());
    }

    #[test]
    fn nesting_is_limited_to_32_levels() {
        let arrays = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let objects = |n: usize| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert_eq!(MAX_DEPTH, 32);
        for nest in [arrays, objects] {
            assert!(parse(nest(32).as_bytes()).is_some());
            assert!(parse(nest(33).as_bytes()).is_none());
        }
        let mixed = |inner: &str| format!("{}{inner}{}", "[{\"a\":".repeat(16), "}]".repeat(16));
        assert!(parse(mixed("1").as_bytes()).is_some(), "32 levels");
        assert!(parse(mixed("[]").as_bytes()).is_none(), "33 levels");
        // Depth is per path, not per document.
        let wide = format!("[{},{}]", arrays(31), arrays(31));
        assert!(parse(wide.as_bytes()).is_some());
        // A record's unknown member counts its levels too.
        assert!(probe(&format!(r#"{{"s":"x","zz":{}}}"#, arrays(31))).is_some());
        assert!(probe(&format!(r#"{{"s":"x","zz":{}}}"#, arrays(32))).is_none());
        // Deep input is refused, not a stack overflow.
        assert!(parse(arrays(100_000).as_bytes()).is_none());
        assert!(probe(&format!(r#"{{"s":"x","zz":{}}}"#, arrays(100_000))).is_none());
    }

    #[test]
    fn input_size_is_limited() {
        assert_eq!(MAX_INPUT, 256 * 1024);
        let fits = format!("\"{}\"", "a".repeat(MAX_INPUT - 2));
        assert_eq!(parse(fits.as_bytes()).and_then(|v| v.as_str().map(str::len)), Some(MAX_INPUT - 2));
        let over = format!("\"{}\"", "a".repeat(MAX_INPUT - 1));
        assert_eq!(parse(over.as_bytes()), None);
        let spaces = format!("{{}}{}", " ".repeat(MAX_INPUT - 1));
        assert_eq!(parse_object(spaces.as_bytes()), None, "trailing whitespace counts");
        assert!(Reader::new(over.as_bytes()).is_none());
        assert!(Reader::new(fits.as_bytes()).is_some());
    }

    /// A record `{s, o?, n?, b?}`: `s` a string, `o` a string or null, `n` an integer or
    /// null, `b` a bool.
    fn probe(doc: &str) -> Option<(String, Option<String>, Option<i64>, bool)> {
        let mut r = Reader::new(doc.as_bytes())?;
        let (mut s, mut o, mut n, mut b) = (None, None, None, false);
        r.strukt(&["s", "o", "n", "b"], &mut |r, i| {
            match i {
                0 => s = Some(r.str()?),
                1 => o = r.opt(Reader::str)?,
                2 => n = r.opt(Reader::i64)?,
                _ => b = r.bool()?,
            }
            Some(())
        })?;
        r.end()?;
        Some((s?, o, n, b))
    }

    #[test]
    fn records_are_objects() {
        assert_eq!(probe(r#"{"s":"x"}"#), Some(("x".into(), None, None, false)));
        assert_eq!(probe(r#" {"b":true,"n":-5,"o":null,"s":"x","zz":[1,{"k":"v"}]} "#), Some(("x".into(), None, Some(-5), true)));
        assert_eq!(probe(r#"{"s":"x","o":"\ud83d\ude00","n":null}"#), Some(("x".into(), Some("😀".into()), None, false)));
        assert_eq!(probe(r#"{"\u0073":"x"}"#).map(|p| p.0), Some("x".into()), "keys compare unescaped");
        for bad in [
            // The array-of-fields form serde's derived readers took.
            r#"["x"]"#, r#"["x",null]"#, r#"["x","o",3,false]"#, "[]",
            // Not a record at all.
            "null", "1", r#""s""#, "",
            // A field missing, of the wrong type, or given twice.
            r#"{"o":"x"}"#, r#"{"s":null}"#, r#"{"s":1}"#, r#"{"s":"x","b":1}"#, r#"{"s":"x","s":"y"}"#, r#"{"s":"x","o":null,"o":null}"#,
            // An integer field given something else.
            r#"{"s":"x","n":1.0}"#, r#"{"s":"x","n":1e0}"#, r#"{"s":"x","n":-0}"#, r#"{"s":"x","n":"1"}"#, r#"{"s":"x","n":9223372036854775808}"#,
            // Unknown members are validated and may not repeat either.
            r#"{"s":"x","zz":1,"zz":2}"#, r#"{"s":"x","zz":{"a":1,"a":2}}"#, r#"{"s":"x","zz":[}"#, r#"{"s":"x","zz":"\q"}"#, r#"{"s":"x","zz":01}"#, r#"{"s":"x","zz":"\ud800"}"#,
            // Syntax and trailing garbage.
            r#"{"s":"x",}"#, r#"{"s":"x"} x"#, r#"{"s":"x"}{}"#, r#"{"s" "x"}"#,
        ] {
            assert_eq!(probe(bad), None, "{bad}");
        }
        assert_eq!(probe(r#"{"s":"x","n":-9223372036854775808}"#).and_then(|p| p.2), Some(i64::MIN));
    }

    #[test]
    fn lists() {
        let read = |doc: &str| {
            let mut r = Reader::new(doc.as_bytes())?;
            let mut v = Vec::new();
            r.seq(&mut |r| {
                v.push(r.i64()?);
                Some(())
            })?;
            r.end()?;
            Some(v)
        };
        assert_eq!(read("[]"), Some(vec![]));
        assert_eq!(read(" [ 1 , -2 ] "), Some(vec![1, -2]));
        for bad in ["[1,]", "[,1]", "[1 2]", "[1.5]", "{}", "[1]]", "[1", "[\"1\"]"] {
            assert_eq!(read(bad), None, "{bad}");
        }
    }

    #[test]
    fn writer_matches_serde_json() {
        let nasty = "q\" b\\ \u{0}\u{1f}\u{8}\t\n\u{c}\r \u{7f} / é 😀 \u{2028}";
        let mut w = Writer::new();
        w.open_obj().key(nasty).str(nasty).key("n").int(i64::MIN).key("m").int(i64::MAX).key("z").int(0).key("a").open_arr();
        w.null().bool(true).bool(false).open_obj().close_obj().open_arr().close_arr().opt_str(None).opt_str(Some("x")).close_arr();
        w.key("p").pairs(&[("k", "v".to_string())]).close_obj();
        let expected = serde_json::json!({nasty: nasty, "n": i64::MIN, "m": i64::MAX, "z": 0, "a": [null, true, false, {}, [], null, "x"], "p": [["k", "v"]]});
        let out = w.finish();
        assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), expected);
        assert_eq!(parse(out.as_bytes()).unwrap().get(nasty).and_then(Json::as_str), Some(nasty), "we read back what we write");
        let controls: String = (0u8..0x20).map(char::from).collect();
        for text in [nasty, "", "plain", "\"", "\"\"", "\\\"", "\"at both ends\"", "é\"é", &controls, "eyJhbGciOiJIUzI1NiJ9.e30.sig"] {
            let mut s = String::new();
            escape_into(&mut s, text);
            assert_eq!(s, serde_json::to_string(text).unwrap(), "{text:?}");
        }
        let mut s = String::new();
        push_u64(&mut s, u64::MAX);
        assert_eq!(s, "18446744073709551615");
    }
}
