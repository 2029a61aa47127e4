//! A small, strict JSON reader and writer for the bridge: no serde, no `core::fmt`.
//!
//! It reproduces exactly what `serde_json` (1.0, without `float_roundtrip`) accepted and
//! produced before, so every reply stays byte-identical:
//! - [`parse`] builds a [`Json`] tree like `serde_json::Value`: strings are validated
//!   (escapes, paired surrogates, UTF-8, no control characters), numbers are `u64`/`i64`
//!   when integral and in range, else `f64` computed the way `serde_json` does (out of
//!   range is an error), nesting is limited to 127 levels, and a duplicated key keeps its
//!   last value (what `serde_json::Map` did).
//! - [`Reader::strukt`] reads what `#[derive(Deserialize)]` read: an object (known fields by
//!   name, duplicates refused, unknown ones skipped leniently like `IgnoredAny`) or an
//!   array of the fields in order.
//! - [`Writer`] writes compact JSON with `serde_json`'s string escaping.


/// A parsed JSON value. Objects keep their entries in document order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(Num),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// A JSON number as `serde_json` classified it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    /// A non-negative integer that fits `u64`.
    U(u64),
    /// A negative integer that fits `i64`.
    I(i64),
    /// Anything else (fraction, exponent, `-0`, integers beyond 64 bits).
    F(f64),
}

/// Looks `key` up in an object's entries; with duplicates the last one wins.
pub fn lookup<'a>(entries: &'a [(String, Json)], key: &str) -> Option<&'a Json> {
    entries.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
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
    /// Like `serde_json::Value::as_i64`: integers within `i64` only.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Num(Num::U(u)) if *u <= i64::MAX as u64 => Some(*u as i64),
            Json::Num(Num::I(i)) => Some(*i),
            _ => None,
        }
    }
    /// Like `serde_json::Value::as_f64`: every number.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Num(Num::U(u)) => Some(*u as f64),
            Json::Num(Num::I(i)) => Some(*i as f64),
            Json::Num(Num::F(f)) => Some(*f),
            _ => None,
        }
    }
}

/// Parses one whole JSON document (surrounding whitespace allowed).
pub fn parse(text: &[u8]) -> Option<Json> {
    let mut r = Reader::new(text);
    let v = r.value()?;
    r.end()?;
    Some(v)
}

/// Parses a whole document that must be an object; returns its entries.
pub fn parse_object(text: &[u8]) -> Option<Vec<(String, Json)>> {
    match parse(text)? {
        Json::Obj(o) => Some(o),
        _ => None,
    }
}

/// `serde_json`'s recursion limit: 127 nested arrays/objects parse, 128 do not.
const MAX_DEPTH: u32 = 128;

/// A cursor over JSON text. Every method returns `None` on malformed or unexpected input.
pub struct Reader<'a> {
    b: &'a [u8],
    i: usize,
    depth: u32,
}

type R<T> = Option<T>;

impl<'a> Reader<'a> {
    pub fn new(text: &'a [u8]) -> Self {
        Reader { b: text, i: 0, depth: MAX_DEPTH }
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

    fn enter(&mut self) -> R<()> {
        self.depth -= 1;
        (self.depth > 0).then_some(())
    }

    fn leave(&mut self) {
        self.depth += 1;
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
                self.enter()?;
                self.i += 1;
                let mut items = Vec::new();
                let r = self.elements(&mut |r| {
                    items.push(r.value()?);
                    Some(())
                });
                self.leave();
                r?;
                Json::Arr(items)
            }
            b'{' => {
                self.enter()?;
                self.i += 1;
                let mut entries = Vec::new();
                let r = self.members(&mut |r, k| {
                    let v = r.value()?;
                    entries.push((k, v));
                    Some(())
                });
                self.leave();
                r?;
                Json::Obj(entries)
            }
            b'-' | b'0'..=b'9' => Json::Num(self.number()?),
            _ => return None,
        })
    }

    /// Array elements after `[` up to and including `]`; `f` reads one element.
    fn elements(&mut self, f: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
        let mut first = true;
        loop {
            match self.ws()? {
                b']' => {
                    self.i += 1;
                    return Some(());
                }
                _ if first => first = false,
                b',' => {
                    self.i += 1;
                    if self.ws()? == b']' {
                        return None;
                    }
                }
                _ => return None,
            }
            f(self)?;
        }
    }

    /// Object members after `{` up to and including `}`; `f` gets the key and reads the value.
    fn members(&mut self, f: &mut dyn FnMut(&mut Self, String) -> R<()>) -> R<()> {
        let mut first = true;
        loop {
            match self.ws()? {
                b'}' => {
                    self.i += 1;
                    return Some(());
                }
                _ if first => first = false,
                b',' => {
                    self.i += 1;
                    self.ws()?;
                }
                _ => return None,
            }
            if self.peek()? != b'"' {
                return None;
            }
            let key = self.string()?;
            if self.ws()? != b':' {
                return None;
            }
            self.i += 1;
            f(self, key)?;
        }
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
                            let cp = match n {
                                0xDC00..=0xDFFF => return None,
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

    /// A number, classified and converted exactly as `serde_json` does.
    fn number(&mut self) -> R<Num> {
        fn push(acc: u64, c: u8) -> Option<u64> {
            acc.checked_mul(10)?.checked_add((c - b'0') as u64)
        }
        let positive = !self.eat(b'-');
        let mut sig: u64 = match self.next()? {
            b'0' => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return None;
                }
                0
            }
            c @ b'1'..=b'9' => (c - b'0') as u64,
            _ => return None,
        };
        let mut exp: i32 = 0;
        let mut float = false;
        // Integer digits beyond u64 are dropped and counted in the exponent.
        while let Some(c @ b'0'..=b'9') = self.peek() {
            self.i += 1;
            match push(sig, c) {
                Some(v) if !float => sig = v,
                _ => {
                    float = true;
                    exp = exp.wrapping_add(1);
                }
            }
        }
        if self.eat(b'.') {
            float = true;
            let (mut any, mut dropped) = (false, false);
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                any = true;
                match push(sig, c) {
                    Some(v) if !dropped => {
                        sig = v;
                        exp = exp.wrapping_sub(1);
                    }
                    _ => dropped = true,
                }
            }
            if !any {
                return None;
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            float = true;
            let positive_exp = match self.peek() {
                Some(b'+') => {
                    self.i += 1;
                    true
                }
                Some(b'-') => {
                    self.i += 1;
                    false
                }
                _ => true,
            };
            let mut e: i32 = match self.next()? {
                c @ b'0'..=b'9' => (c - b'0') as i32,
                _ => return None,
            };
            let mut overflow = false;
            while let Some(c @ b'0'..=b'9') = self.peek() {
                self.i += 1;
                match e.checked_mul(10).and_then(|v| v.checked_add((c - b'0') as i32)) {
                    Some(v) if !overflow => e = v,
                    _ => overflow = true,
                }
            }
            if overflow {
                if sig != 0 && positive_exp {
                    return None;
                }
                return Some(Num::F(if positive { 0.0 } else { -0.0 }));
            }
            exp = if positive_exp { exp.saturating_add(e) } else { exp.saturating_sub(e) };
        }
        if !float {
            return Some(if positive {
                Num::U(sig)
            } else {
                let neg = (sig as i64).wrapping_neg();
                if neg >= 0 { Num::F(-(sig as f64)) } else { Num::I(neg) }
            });
        }
        // serde_json's f64_from_parts (not correctly rounded, but what it always did).
        let mut f = sig as f64;
        loop {
            match POW10.get(exp.unsigned_abs() as usize) {
                Some(&pow) => {
                    if exp >= 0 {
                        f *= pow;
                        if f.is_infinite() {
                            return None;
                        }
                    } else {
                        f /= pow;
                    }
                    break;
                }
                None => {
                    if f == 0.0 {
                        break;
                    }
                    if exp >= 0 {
                        return None;
                    }
                    f /= 1e308;
                    exp += 308;
                }
            }
        }
        Some(Num::F(if positive { f } else { -f }))
    }

    /// Skips one value the way `serde_json` skips an ignored field: syntax is checked, but
    /// not depth, number ranges, surrogates or UTF-8.
    pub fn skip(&mut self) -> R<()> {
        let mut open: Vec<u8> = Vec::new();
        loop {
            // A value.
            match self.ws()? {
                b'n' => self.ident(b"null")?,
                b't' => self.ident(b"true")?,
                b'f' => self.ident(b"false")?,
                b'"' => self.skip_string()?,
                b'-' | b'0'..=b'9' => self.skip_number()?,
                c @ (b'[' | b'{') => {
                    self.i += 1;
                    let empty = if c == b'[' { b']' } else { b'}' };
                    if self.ws()? == empty {
                        self.i += 1;
                    } else {
                        open.push(c);
                        if c == b'{' {
                            self.skip_key()?;
                        }
                        continue;
                    }
                }
                _ => return None,
            }
            // After a value: close containers or move to the next element.
            loop {
                let Some(&frame) = open.last() else { return Some(()) };
                let close = if frame == b'[' { b']' } else { b'}' };
                match self.ws()? {
                    b',' => {
                        self.i += 1;
                        if frame == b'{' {
                            self.skip_key()?;
                        }
                        break;
                    }
                    c if c == close => {
                        self.i += 1;
                        open.pop();
                    }
                    _ => return None,
                }
            }
        }
    }

    fn skip_key(&mut self) -> R<()> {
        if self.ws()? != b'"' {
            return None;
        }
        self.skip_string()?;
        if self.ws()? != b':' {
            return None;
        }
        self.i += 1;
        Some(())
    }

    fn skip_string(&mut self) -> R<()> {
        self.i += 1;
        loop {
            match self.next()? {
                b'"' => return Some(()),
                b'\\' => match self.next()? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => {}
                    b'u' => {
                        self.hex4()?;
                    }
                    _ => return None,
                },
                0..=0x1f => return None,
                _ => {}
            }
        }
    }

    fn skip_number(&mut self) -> R<()> {
        self.eat(b'-');
        match self.next()? {
            b'0' => {
                if let Some(b'0'..=b'9') = self.peek() {
                    return None;
                }
            }
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(b'.') {
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return None;
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if !self.next()?.is_ascii_digit() {
                return None;
            }
            self.digits();
        }
        Some(())
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    // ---- typed reads, as `#[derive(Deserialize)]` + serde_json read them ----

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

    /// An integer within `i64` (no fraction, no exponent).
    pub fn i64(&mut self) -> R<i64> {
        if !matches!(self.ws()?, b'-' | b'0'..=b'9') {
            return None;
        }
        Json::Num(self.number()?).as_i64()
    }

    /// `null` → `None`, else `f` reads the value (an `Option<T>` field).
    pub fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> R<T>) -> R<Option<T>> {
        if self.ws()? == b'n' {
            self.ident(b"null")?;
            return Some(None);
        }
        f(self).map(Some)
    }

    /// An array; `f` reads each element (a `Vec<T>` field).
    pub fn seq(&mut self, f: &mut dyn FnMut(&mut Self) -> R<()>) -> R<()> {
        if self.ws()? != b'[' {
            return None;
        }
        self.enter()?;
        self.i += 1;
        let r = self.elements(f);
        self.leave();
        r
    }

    /// A derived struct with fields `names`: an object (known fields once each, unknown ones
    /// skipped) or an array of at least `min_seq` and at most `names.len()` fields in order.
    /// `f(reader, i)` reads field `i`; the caller checks which required fields were seen.
    pub fn strukt(&mut self, names: &[&str], min_seq: usize, f: &mut dyn FnMut(&mut Self, usize) -> R<()>) -> R<()> {
        let open = self.ws()?;
        if open != b'[' && open != b'{' {
            return None;
        }
        self.enter()?;
        self.i += 1;
        let r = if open == b'{' {
            let mut seen = 0u64;
            self.members(&mut |r, key| match names.iter().position(|n| *n == key) {
                Some(i) => {
                    if seen & (1 << i) != 0 {
                        return None;
                    }
                    seen |= 1 << i;
                    f(r, i)
                }
                None => r.skip(),
            })
        } else {
            let mut i = 0;
            let r = self.elements(&mut |r| {
                if i == names.len() {
                    return None;
                }
                f(r, i)?;
                i += 1;
                Some(())
            });
            r.filter(|_| i >= min_seq)
        };
        self.leave();
        r
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
    /// `[[k, v], …]`, how serde wrote a `Vec<(&str, String)>`.
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
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\u{c}' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '\0'..='\u{1f}' => {
                out.push_str("\\u00");
                out.push(HEX[(c as usize >> 4) & 15] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `serde_json`'s table: 1e0 ..= 1e308.
static POW10: [f64; 309] = [
    1e000, 1e001, 1e002, 1e003, 1e004, 1e005, 1e006, 1e007, 1e008, 1e009, //
    1e010, 1e011, 1e012, 1e013, 1e014, 1e015, 1e016, 1e017, 1e018, 1e019, //
    1e020, 1e021, 1e022, 1e023, 1e024, 1e025, 1e026, 1e027, 1e028, 1e029, //
    1e030, 1e031, 1e032, 1e033, 1e034, 1e035, 1e036, 1e037, 1e038, 1e039, //
    1e040, 1e041, 1e042, 1e043, 1e044, 1e045, 1e046, 1e047, 1e048, 1e049, //
    1e050, 1e051, 1e052, 1e053, 1e054, 1e055, 1e056, 1e057, 1e058, 1e059, //
    1e060, 1e061, 1e062, 1e063, 1e064, 1e065, 1e066, 1e067, 1e068, 1e069, //
    1e070, 1e071, 1e072, 1e073, 1e074, 1e075, 1e076, 1e077, 1e078, 1e079, //
    1e080, 1e081, 1e082, 1e083, 1e084, 1e085, 1e086, 1e087, 1e088, 1e089, //
    1e090, 1e091, 1e092, 1e093, 1e094, 1e095, 1e096, 1e097, 1e098, 1e099, //
    1e100, 1e101, 1e102, 1e103, 1e104, 1e105, 1e106, 1e107, 1e108, 1e109, //
    1e110, 1e111, 1e112, 1e113, 1e114, 1e115, 1e116, 1e117, 1e118, 1e119, //
    1e120, 1e121, 1e122, 1e123, 1e124, 1e125, 1e126, 1e127, 1e128, 1e129, //
    1e130, 1e131, 1e132, 1e133, 1e134, 1e135, 1e136, 1e137, 1e138, 1e139, //
    1e140, 1e141, 1e142, 1e143, 1e144, 1e145, 1e146, 1e147, 1e148, 1e149, //
    1e150, 1e151, 1e152, 1e153, 1e154, 1e155, 1e156, 1e157, 1e158, 1e159, //
    1e160, 1e161, 1e162, 1e163, 1e164, 1e165, 1e166, 1e167, 1e168, 1e169, //
    1e170, 1e171, 1e172, 1e173, 1e174, 1e175, 1e176, 1e177, 1e178, 1e179, //
    1e180, 1e181, 1e182, 1e183, 1e184, 1e185, 1e186, 1e187, 1e188, 1e189, //
    1e190, 1e191, 1e192, 1e193, 1e194, 1e195, 1e196, 1e197, 1e198, 1e199, //
    1e200, 1e201, 1e202, 1e203, 1e204, 1e205, 1e206, 1e207, 1e208, 1e209, //
    1e210, 1e211, 1e212, 1e213, 1e214, 1e215, 1e216, 1e217, 1e218, 1e219, //
    1e220, 1e221, 1e222, 1e223, 1e224, 1e225, 1e226, 1e227, 1e228, 1e229, //
    1e230, 1e231, 1e232, 1e233, 1e234, 1e235, 1e236, 1e237, 1e238, 1e239, //
    1e240, 1e241, 1e242, 1e243, 1e244, 1e245, 1e246, 1e247, 1e248, 1e249, //
    1e250, 1e251, 1e252, 1e253, 1e254, 1e255, 1e256, 1e257, 1e258, 1e259, //
    1e260, 1e261, 1e262, 1e263, 1e264, 1e265, 1e266, 1e267, 1e268, 1e269, //
    1e270, 1e271, 1e272, 1e273, 1e274, 1e275, 1e276, 1e277, 1e278, 1e279, //
    1e280, 1e281, 1e282, 1e283, 1e284, 1e285, 1e286, 1e287, 1e288, 1e289, //
    1e290, 1e291, 1e292, 1e293, 1e294, 1e295, 1e296, 1e297, 1e298, 1e299, //
    1e300, 1e301, 1e302, 1e303, 1e304, 1e305, 1e306, 1e307, 1e308,
];

/// Test helper: a `serde_json::Value` as our tree (through its text).
#[cfg(test)]
pub fn from_serde(v: &serde_json::Value) -> Json {
    parse(v.to_string().as_bytes()).unwrap()
}

/// Test helper: the entries of a `serde_json` object.
#[cfg(test)]
pub fn entries(v: &serde_json::Value) -> Vec<(String, Json)> {
    parse_object(v.to_string().as_bytes()).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    /// Our reading and serde_json's agree on acceptance and on the value.
    fn agrees(doc: &[u8]) -> bool {
        match (parse(doc), serde_json::from_slice::<Value>(doc)) {
            (None, Err(_)) => true,
            (Some(mine), Ok(theirs)) => mine == from_serde(&theirs) || matches!((&mine, &theirs), (Json::Num(Num::F(a)), Value::Number(n)) if n.as_f64().map(f64::to_bits) == Some(a.to_bits())),
            _ => false,
        }
    }

    #[test]
    fn strings_escapes_and_unicode() {
        assert_eq!(parse(br#""a\"b\\c\/d\b\f\n\r\t""#), Some(Json::Str("a\"b\\c/d\u{8}\u{c}\n\r\t".into())));
        assert_eq!(parse(br#""\u00e9\u20AC""#), Some(Json::Str("é€".into())));
        assert_eq!(parse("\"é😀\"".as_bytes()), Some(Json::Str("é😀".into())));
        assert_eq!(parse(br#""\ud83d\ude00""#), Some(Json::Str("😀".into())), "surrogate pair");
        for bad in [&br#""\ud83d""#[..], br#""\ud83d\u0041""#, br#""\ude00""#, br#""\ud83dx""#, br#""\x""#, br#""\u12""#, br#""\u12g4""#, b"\"a\x01\"", b"\"\xff\"", b"\"\xed\xa0\x80\"", b"\"abc"] {
            assert_eq!(parse(bad), None, "{:?}", String::from_utf8_lossy(bad));
            assert!(agrees(bad));
        }
        assert_eq!(parse(b"\"\x7f\""), Some(Json::Str("\u{7f}".into())), "DEL is not a control character here");
    }

    #[test]
    fn numbers_match_serde_json() {
        assert_eq!(parse(b"0"), Some(Json::Num(Num::U(0))));
        assert_eq!(parse(b"18446744073709551615"), Some(Json::Num(Num::U(u64::MAX))));
        assert_eq!(parse(b"-9223372036854775808"), Some(Json::Num(Num::I(i64::MIN))));
        assert_eq!(parse(b"1.5"), Some(Json::Num(Num::F(1.5))));
        assert!(matches!(parse(b"-0"), Some(Json::Num(Num::F(f))) if f == 0.0 && f.is_sign_negative()));
        for doc in ["18446744073709551616", "-9223372036854775809", "123456789012345678901234567890", "1e308", "1.7976931348623157e308", "1e-400", "-1e-400", "1800000010.5", "1800000010.99999999999999999999", "0.1e1", "1E+2", "1e-2", "4.9e-324", "12345678901234567890.123e-5", "0e2147483648", "1e-2147483648", "99999999999999999999999e-5"] {
            assert!(parse(doc.as_bytes()).is_some(), "{doc}");
            assert!(agrees(doc.as_bytes()), "{doc}");
        }
        for bad in ["1e400", "-1e309", "1e2147483648", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x1", "NaN", "Infinity", "1.5.2", "--1"] {
            assert_eq!(parse(bad.as_bytes()), None, "{bad}");
            assert!(agrees(bad.as_bytes()), "{bad}");
        }
        assert_eq!(Json::Num(Num::U(u64::MAX)).as_i64(), None);
        assert_eq!(parse(b"1e3").unwrap().as_f64(), Some(1000.0));
    }

    #[test]
    fn structure_and_garbage() {
        for doc in ["", " ", "{", "}", "[1,]", "{\"a\":1,}", "{\"a\"}", "{a:1}", "[1 2]", "{\"a\":1 \"b\":2}", "nul", "truex", "[] []", "\u{0}", "'a'", "{\"a\":1}}", "[[]", "{\"a\" : [1, {\"b\": null}], \"c\": true}\n", " [ ] ", "\t{}\r\n"] {
            assert!(agrees(doc.as_bytes()), "{doc:?}");
        }
        assert_eq!(parse(b" [true, false, null] "), Some(Json::Arr(vec![Json::Bool(true), Json::Bool(false), Json::Null])));
    }

    #[test]
    fn nesting_limit_is_serde_jsons() {
        let nest = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(parse(nest(127).as_bytes()).is_some());
        assert!(parse(nest(128).as_bytes()).is_none());
        assert!(agrees(nest(127).as_bytes()) && agrees(nest(128).as_bytes()));
        let objs = |n: usize| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n));
        assert!(agrees(objs(127).as_bytes()) && agrees(objs(128).as_bytes()));
        assert!(parse(format!("[{}]", nest(100_000)).as_bytes()).is_none(), "deep input is refused, not a stack overflow");
    }

    #[test]
    fn duplicate_keys_keep_the_last_value() {
        let v = parse(br#"{"a":1,"b":2,"a":"x"}"#).unwrap();
        assert_eq!(v.get("a"), Some(&Json::Str("x".into())));
        assert_eq!(serde_json::from_str::<Value>(r#"{"a":1,"b":2,"a":"x"}"#).unwrap()["a"], "x");
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Probe {
        s: String,
        o: Option<String>,
        #[serde(default)]
        n: Option<i64>,
        #[serde(default)]
        b: bool,
    }

    fn probe(doc: &str) -> Option<(String, Option<String>, Option<i64>, bool)> {
        let mut r = Reader::new(doc.as_bytes());
        let (mut s, mut o, mut n, mut b) = (None, None, None, false);
        r.strukt(&["s", "o", "n", "b"], 2, &mut |r, i| {
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
    fn structs_read_like_serde_derive() {
        let docs = [
            r#"{"s":"x"}"#, r#"{"s":"x","o":null,"n":-5,"b":true}"#, r#"{"s":"x","s":"y"}"#, r#"{"o":"x"}"#, r#"{"s":null}"#, r#"{"s":1}"#,
            r#"{"s":"x","n":1.0}"#, r#"{"s":"x","n":9223372036854775808}"#, r#"{"s":"x","n":-9223372036854775808}"#, r#"{"s":"x","b":1}"#,
            r#"["x",null]"#, r#"["x"]"#, r#"["x","o",3,false]"#, r#"["x","o",3,false,1]"#, r#"[]"#, r#"["x",null,]"#, "null", "1", r#""s""#,
            r#"{"s":"x","zz":{"deep":[1e999,"\ud800",-0.0e-99999999999]}}"#, r#"{"s":"x","zz":[}"#, r#"{"s":"x","zz":"\q"}"#, r#"{"s":"x","zz":01}"#,
            r#"{"s":"x","zz":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#"{"s":"x","o":"\ud83d\ude00"}"#, r#"{"s":"x","o":"\ud83d"}"#, r#"{"s\u0000":"x","s":"y"}"#, r#"{"\u0073":"x"}"#, r#" {"s":"x"} x"#,
        ];
        for doc in docs {
            let theirs = serde_json::from_str::<Probe>(doc).ok().map(|p| (p.s, p.o, p.n, p.b));
            assert_eq!(probe(doc), theirs, "{doc}");
        }
    }

    #[test]
    fn skipped_values_are_checked_leniently_like_ignored_any() {
        // Unknown members are skipped without depth, range, surrogate or UTF-8 checks...
        let deep = format!(r#"{{"s":"x","zz":{}1{}}}"#, "[".repeat(300), "]".repeat(300));
        assert!(probe(&deep).is_some() && serde_json::from_str::<Probe>(&deep).is_ok());
        let mut r = Reader::new(b"{\"a\":\"\xff\",\"b\":[1e999,\"\\ud800\"]}");
        assert_eq!(r.skip().and_then(|_| r.end()), Some(()));
        // ...but their syntax still is.
        for bad in ["[1,]", "{\"a\"}", "[01]", "\"\\x\"", "[", "{\"a\":1,}", "\"\u{1}\"", "-", "1.", "1e"] {
            let mut r = Reader::new(bad.as_bytes());
            assert_eq!(r.skip().and_then(|_| r.end()), None, "{bad}");
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
        let mut s = String::new();
        escape_into(&mut s, nasty);
        assert_eq!(s, serde_json::to_string(nasty).unwrap());
        let mut s = String::new();
        push_u64(&mut s, u64::MAX);
        assert_eq!(s, "18446744073709551615");
    }
}
