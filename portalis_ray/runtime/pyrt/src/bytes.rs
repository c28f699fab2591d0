//! Python `bytes`: an immutable byte string with CPython 3.11's semantics
//! (repr, slicing, searching, ASCII character classes), the `utf-8`, `ascii`
//! and `latin-1` codecs behind `bytes.decode` / `str.encode` (with CPython's
//! exact `UnicodeDecodeError` / `UnicodeEncodeError` messages), `hex` /
//! `fromhex`, and `int.to_bytes` / `int.from_bytes`.

use std::fmt;
use std::rc::Rc;

use crate::bigint::Int;
use crate::error::{PyErr, PyResult};
use crate::func::PyHash;
use crate::list::{object_format, slice_indices, List};
use crate::strings::to_count;
use crate::traits::{PyContains, PyFormat, PyLen, PyRepr, PySetHash, PyTruthy};

/// A Python `bytes` value. Immutable, so `Clone` is a cheap shared copy.
/// The derived order is Python's (lexicographic by byte value).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Debug)]
pub struct Bytes(pub Rc<Vec<u8>>);

/// `Py_ISSPACE`: the whitespace of `bytes.split()` / `strip()` / `isspace()`
/// (note `\x0b`, which Rust's `is_ascii_whitespace` leaves out).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// First index of `needle` in `hay` at or after `from`.
fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return if from <= hay.len() { Some(from) } else { None };
    }
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let first = needle[0];
    let mut i = from;
    while i <= last {
        if hay[i] == first && &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn hex_digit(b: u8) -> char {
    (if b < 10 { b'0' + b } else { b'a' + b - 10 }) as char
}

fn byteorder_is_little(byteorder: &str) -> PyResult<bool> {
    match byteorder {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(PyErr::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
    }
}

impl Bytes {
    /// A `b"..."` literal.
    pub fn from_static(b: &[u8]) -> Bytes {
        Bytes(Rc::new(b.to_vec()))
    }

    pub fn from_vec(v: Vec<u8>) -> Bytes {
        Bytes(Rc::new(v))
    }

    /// `bytes([..])`: every item must be in `range(0, 256)`.
    pub fn from_ints<I: IntoIterator<Item = i64>>(items: I) -> PyResult<Bytes> {
        let mut out = Vec::new();
        for x in items {
            if !(0..256).contains(&x) {
                return Err(PyErr::value_error("bytes must be in range(0, 256)"));
            }
            out.push(x as u8);
        }
        Ok(Bytes::from_vec(out))
    }

    /// `bytes(n)`: `n` zero bytes.
    pub fn zeros(n: i64) -> PyResult<Bytes> {
        if n < 0 {
            return Err(PyErr::value_error("negative count"));
        }
        Ok(Bytes::from_vec(vec![0; to_count(n)]))
    }

    /// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed
    /// between pairs.
    pub fn fromhex(s: &str) -> PyResult<Bytes> {
        let err = |pos: usize| {
            PyErr::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                pos
            ))
        };
        if let Some(pos) = s.chars().position(|c| !c.is_ascii()) {
            return Err(err(pos));
        }
        let t = s.as_bytes();
        let digit = |i: usize| t.get(i).and_then(|&b| (b as char).to_digit(16));
        let mut out = Vec::with_capacity(t.len() / 2);
        let mut i = 0;
        while i < t.len() {
            if is_space(t[i]) {
                i += 1;
                continue;
            }
            let top = digit(i).ok_or_else(|| err(i))?;
            let bot = digit(i + 1).ok_or_else(|| err(i + 1))?;
            out.push((top * 16 + bot) as u8);
            i += 2;
        }
        Ok(Bytes::from_vec(out))
    }

    /// The raw bytes.
    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }

    pub fn to_vec(&self) -> Vec<u8> {
        self.0.as_ref().clone()
    }

    /// `len(b)`.
    pub fn len(&self) -> i64 {
        self.0.len() as i64
    }

    /// `not b`.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `b[i]` (an int; negative indices count from the end).
    pub fn get(&self, i: i64) -> PyResult<i64> {
        let len = self.0.len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            return Err(PyErr::index_error("index out of range"));
        }
        Ok(self.0[j as usize] as i64)
    }

    /// `b[lo:hi:step]`.
    pub fn slice(&self, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> PyResult<Bytes> {
        let (start, step, count) = slice_indices(self.0.len(), lo, hi, step)?;
        if step == 1 {
            let s = start as usize;
            return Ok(Bytes::from_static(&self.0[s..s + count]));
        }
        let out: Vec<u8> = (0..count)
            .map(|k| self.0[(start + k as i64 * step) as usize])
            .collect();
        Ok(Bytes::from_vec(out))
    }

    /// `iter(b)`: the byte values as ints.
    pub fn iter(&self) -> BytesIter {
        BytesIter {
            data: Rc::clone(&self.0),
            front: 0,
            back: self.0.len(),
        }
    }

    /// `list(b)`.
    pub fn to_list(&self) -> List<i64> {
        List::from_vec(self.0.iter().map(|&b| b as i64).collect())
    }

    /// `b.decode(encoding, errors)`.
    pub fn decode(&self, encoding: &str, errors: &str) -> PyResult<String> {
        // CPython returns '' for b'' before it looks the codec up.
        if self.0.is_empty() {
            return Ok(String::new());
        }
        let (codec, fast) = lookup_codec(encoding)?;
        decode_with(codec, &self.0, errors)
            .map_err(|e| wrap_codec_error(e, fast, "decoding", encoding))
    }

    /// `b.hex()`.
    pub fn hex(&self) -> String {
        let mut out = String::with_capacity(self.0.len() * 2);
        for &b in self.0.iter() {
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b & 15));
        }
        out
    }

    /// `b.hex(sep, bytes_per_sep)`: `sep` between groups of `|bytes_per_sep|`
    /// bytes, counted from the right (positive) or the left (negative).
    pub fn hex_sep(&self, sep: &str, bytes_per_sep: i64) -> PyResult<String> {
        if bytes_per_sep < i32::MIN as i64 || bytes_per_sep > i32::MAX as i64 {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C int",
            ));
        }
        let mut chars = sep.chars();
        let sep_char = match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => return Err(PyErr::value_error("sep must be length 1.")),
        };
        if !sep_char.is_ascii() {
            return Err(PyErr::value_error("sep must be ASCII."));
        }
        let n = self.0.len();
        let group = to_count(bytes_per_sep.checked_abs().unwrap_or(i64::MAX));
        if group == 0 || n == 0 {
            return Ok(self.hex());
        }
        let mut out = String::with_capacity(n * 3);
        for (i, &b) in self.0.iter().enumerate() {
            if i > 0 {
                let boundary = if bytes_per_sep > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sep_char);
                }
            }
            out.push(hex_digit(b >> 4));
            out.push(hex_digit(b & 15));
        }
        Ok(out)
    }

    /// `a + b`.
    pub fn concat(&self, other: &Bytes) -> Bytes {
        let mut v = Vec::with_capacity(self.0.len() + other.0.len());
        v.extend_from_slice(&self.0);
        v.extend_from_slice(&other.0);
        Bytes::from_vec(v)
    }

    /// `b * n` (empty for `n <= 0`).
    pub fn repeat(&self, n: i64) -> Bytes {
        if n <= 0 || self.0.is_empty() {
            return Bytes::default();
        }
        Bytes::from_vec(self.0.repeat(to_count(n)))
    }

    /// `x in b` for an int `x`.
    pub fn contains_byte(&self, b: i64) -> PyResult<bool> {
        if !(0..256).contains(&b) {
            return Err(PyErr::value_error("byte must be in range(0, 256)"));
        }
        Ok(self.0.contains(&(b as u8)))
    }

    /// `sub in b`.
    pub fn contains(&self, sub: &Bytes) -> bool {
        find_from(&self.0, &sub.0, 0).is_some()
    }

    /// `b.count(sub)`: non-overlapping occurrences (`len(b) + 1` for `b''`).
    pub fn count(&self, sub: &Bytes) -> i64 {
        if sub.0.is_empty() {
            return self.0.len() as i64 + 1;
        }
        let mut n = 0;
        let mut pos = 0;
        while let Some(i) = find_from(&self.0, &sub.0, pos) {
            n += 1;
            pos = i + sub.0.len();
        }
        n
    }

    /// `b.find(sub)` (-1 when absent).
    pub fn find(&self, sub: &Bytes) -> i64 {
        find_from(&self.0, &sub.0, 0).map_or(-1, |i| i as i64)
    }

    /// `b.rfind(sub)` (-1 when absent).
    pub fn rfind(&self, sub: &Bytes) -> i64 {
        let (h, s) = (&self.0, &sub.0);
        if s.len() > h.len() {
            return -1;
        }
        (0..=h.len() - s.len())
            .rev()
            .find(|&i| &h[i..i + s.len()] == s.as_slice())
            .map_or(-1, |i| i as i64)
    }

    /// `b.index(sub)`.
    pub fn index(&self, sub: &Bytes) -> PyResult<i64> {
        match self.find(sub) {
            -1 => Err(PyErr::value_error("subsection not found")),
            i => Ok(i),
        }
    }

    pub fn startswith(&self, p: &Bytes) -> bool {
        self.0.starts_with(&p.0)
    }

    pub fn endswith(&self, p: &Bytes) -> bool {
        self.0.ends_with(&p.0)
    }

    /// ASCII-only, like CPython's `bytes.upper()`.
    pub fn upper(&self) -> Bytes {
        Bytes::from_vec(self.0.to_ascii_uppercase())
    }

    pub fn lower(&self) -> Bytes {
        Bytes::from_vec(self.0.to_ascii_lowercase())
    }

    /// `b.strip()` (ASCII whitespace, `\x0b` and `\x0c` included).
    pub fn strip(&self) -> Bytes {
        let v = &self.0;
        let start = v.iter().position(|&b| !is_space(b)).unwrap_or(v.len());
        let end = v
            .iter()
            .rposition(|&b| !is_space(b))
            .map_or(start, |i| i + 1);
        Bytes::from_static(&v[start..end.max(start)])
    }

    pub fn lstrip(&self) -> Bytes {
        let v = &self.0;
        let start = v.iter().position(|&b| !is_space(b)).unwrap_or(v.len());
        Bytes::from_static(&v[start..])
    }

    pub fn rstrip(&self) -> Bytes {
        let v = &self.0;
        let end = v.iter().rposition(|&b| !is_space(b)).map_or(0, |i| i + 1);
        Bytes::from_static(&v[..end])
    }

    /// `b.split(sep)`; `None` splits on runs of ASCII whitespace.
    pub fn split(&self, sep: Option<&Bytes>) -> PyResult<List<Bytes>> {
        let v: &[u8] = &self.0;
        let mut out = Vec::new();
        match sep {
            Some(sep) if sep.0.is_empty() => return Err(PyErr::value_error("empty separator")),
            Some(sep) => {
                let mut pos = 0;
                while let Some(i) = find_from(v, &sep.0, pos) {
                    out.push(Bytes::from_static(&v[pos..i]));
                    pos = i + sep.0.len();
                }
                out.push(Bytes::from_static(&v[pos..]));
            }
            None => {
                for part in v.split(|&b| is_space(b)) {
                    if !part.is_empty() {
                        out.push(Bytes::from_static(part));
                    }
                }
            }
        }
        Ok(List::from_vec(out))
    }

    /// `self.join(parts)`.
    pub fn join(&self, parts: &List<Bytes>) -> Bytes {
        let mut v = Vec::new();
        for (i, p) in parts.to_vec().iter().enumerate() {
            if i > 0 {
                v.extend_from_slice(&self.0);
            }
            v.extend_from_slice(&p.0);
        }
        Bytes::from_vec(v)
    }

    /// `b.replace(old, new)` (an empty `old` inserts `new` around every byte).
    pub fn replace(&self, old: &Bytes, new: &Bytes) -> Bytes {
        let v: &[u8] = &self.0;
        let mut out = Vec::with_capacity(v.len());
        if old.0.is_empty() {
            out.extend_from_slice(&new.0);
            for &b in v {
                out.push(b);
                out.extend_from_slice(&new.0);
            }
            return Bytes::from_vec(out);
        }
        let mut pos = 0;
        while let Some(i) = find_from(v, &old.0, pos) {
            out.extend_from_slice(&v[pos..i]);
            out.extend_from_slice(&new.0);
            pos = i + old.0.len();
        }
        out.extend_from_slice(&v[pos..]);
        Bytes::from_vec(out)
    }

    fn all_nonempty(&self, f: impl Fn(u8) -> bool) -> bool {
        !self.0.is_empty() && self.0.iter().all(|&b| f(b))
    }

    pub fn isdigit(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_digit())
    }

    pub fn isalpha(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_alphabetic())
    }

    pub fn isalnum(&self) -> bool {
        self.all_nonempty(|b| b.is_ascii_alphanumeric())
    }

    pub fn isspace(&self) -> bool {
        self.all_nonempty(is_space)
    }

    pub fn isascii(&self) -> bool {
        self.0.is_ascii()
    }

    /// At least one ASCII uppercase letter and no lowercase one.
    pub fn isupper(&self) -> bool {
        self.0.iter().any(|b| b.is_ascii_uppercase())
            && !self.0.iter().any(|b| b.is_ascii_lowercase())
    }

    /// At least one ASCII lowercase letter and no uppercase one.
    pub fn islower(&self) -> bool {
        self.0.iter().any(|b| b.is_ascii_lowercase())
            && !self.0.iter().any(|b| b.is_ascii_uppercase())
    }
}

// ---------------------------------------------------------------------------
// Codecs.
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The name CPython's error messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// `codecs.lookup(name)` restricted to the three codecs modelled here, with
/// CPython's name normalisation (case, punctuation runs) and aliases. The
/// flag tells whether CPython takes its built-in fast path for the name
/// (errors from other names pass through the codec registry, which wraps them).
fn lookup_codec(encoding: &str) -> PyResult<(Codec, bool)> {
    let mut norm = String::with_capacity(encoding.len());
    let mut punct = false;
    for c in encoding.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            punct = false;
            norm.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    let known = |name: &str| match name {
        "utf_8" | "cp65001" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" => {
            Some(Codec::Utf8)
        }
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3.4_1986" | "ansi_x3_4_1968" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Some(Codec::Ascii),
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Some(Codec::Latin1)
        }
        _ => None,
    };
    // Like `encodings.search_function`: the dotted name is tried as a module
    // name, and with dots as underscores only among the aliases.
    let dotless = norm.replace('.', "_");
    let alias_only = dotless != "utf_8" && dotless != "latin_1" && dotless != "ascii";
    let codec = known(&norm)
        .or_else(|| if alias_only { known(&dotless) } else { None })
        .ok_or_else(|| PyErr::new("LookupError", format!("unknown encoding: {}", encoding)))?;
    let fast = matches!(
        norm.as_str(),
        "utf8" | "utf_8" | "ascii" | "us_ascii" | "latin1" | "latin_1" | "iso_8859_1" | "iso8859_1"
    );
    Ok((codec, fast))
}

/// CPython 3.11 wraps a plain exception raised inside a registry codec:
/// `LookupError: decoding with 'l1' codec failed (LookupError: unknown error handler name 'x')`.
fn wrap_codec_error(e: PyErr, fast: bool, what: &str, encoding: &str) -> PyErr {
    if fast || !(e.kind == "LookupError" || e.kind == "TypeError") {
        return e;
    }
    let msg = format!(
        "{} with '{}' codec failed ({}: {})",
        what, encoding, e.kind, e.msg
    );
    PyErr::new(&e.kind, msg)
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        "LookupError",
        format!("unknown error handler name '{}'", errors),
    )
}

/// Decodes `data` with `codec`, applying the `errors` handler.
fn decode_with(codec: Codec, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    match codec {
        Codec::Latin1 => out.extend(data.iter().map(|&b| b as char)),
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        &mut out,
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
            }
        }
        Codec::Utf8 => {
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let start = pos + e.valid_up_to();
                        if let Ok(s) = std::str::from_utf8(&data[pos..start]) {
                            out.push_str(s);
                        }
                        let (end, reason) = match e.error_len() {
                            Some(n) => {
                                let b = data[start];
                                let bad_start = (0x80..0xc2).contains(&b) || b > 0xf4;
                                let reason = if n == 1 && bad_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                (start + n, reason)
                            }
                            None => (data.len(), "unexpected end of data"),
                        };
                        decode_error(&mut out, codec, data, start, end, reason, errors)?;
                        pos = end;
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Applies the `errors` handler to the undecodable `data[start..end]`.
fn decode_error(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        // These would produce lone surrogates, which a Rust string cannot
        // hold: report the undecodable bytes as "strict" does.
        "strict" | "surrogateescape" | "surrogatepass" => {
            let msg = if end - start == 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    codec.name(),
                    data[start],
                    start,
                    reason
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    codec.name(),
                    start,
                    end - 1,
                    reason
                )
            };
            Err(PyErr::new("UnicodeDecodeError", msg))
        }
        "xmlcharrefreplace" | "namereplace" => Err(PyErr::type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        _ => Err(unknown_handler(errors)),
    }
}

/// `'\xe9'`, `'\u20ac'`, `'\U0001f600'`: how CPython's UnicodeEncodeError shows a character.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `s.encode(encoding, errors)`: `utf-8` (never fails: a Rust string has no
/// surrogates), `ascii` and `latin-1` with the `strict`, `ignore`, `replace`,
/// `backslashreplace` and `xmlcharrefreplace` handlers.
pub fn str_encode(s: &str, encoding: &str, errors: &str) -> PyResult<Bytes> {
    let (codec, fast) = lookup_codec(encoding)?;
    encode_with(codec, s, errors).map_err(|e| wrap_codec_error(e, fast, "encoding", encoding))
}

fn encode_with(codec: Codec, s: &str, errors: &str) -> PyResult<Bytes> {
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(Bytes::from_static(s.as_bytes())),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython hands the whole run of unencodable characters to the handler.
        let mut end = i + 1;
        while end < chars.len() && chars[end] as u32 >= limit {
            end += 1;
        }
        let run = &chars[i..end];
        match errors {
            "ignore" => {}
            "replace" => out.extend(run.iter().map(|_| b'?')),
            "backslashreplace" => {
                for &c in run {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in run {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            // `surrogateescape`/`surrogatepass` only act on surrogates, so they
            // re-raise here; `namereplace` (Unicode names) is not modelled.
            "strict" | "surrogateescape" | "surrogatepass" | "namereplace" => {
                let reason = format!("ordinal not in range({})", limit);
                let msg = if end - i == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {}: {}",
                        codec.name(),
                        escape_char(c),
                        i,
                        reason
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {}-{}: {}",
                        codec.name(),
                        i,
                        end - 1,
                        reason
                    )
                };
                return Err(PyErr::new("UnicodeEncodeError", msg));
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(Bytes::from_vec(out))
}

// ---------------------------------------------------------------------------
// int.to_bytes / int.from_bytes.
// ---------------------------------------------------------------------------

fn check_length(length: i64) -> PyResult<usize> {
    if length < 0 {
        return Err(PyErr::value_error("length argument must be non-negative"));
    }
    Ok(to_count(length))
}

fn too_big() -> PyErr {
    PyErr::overflow_error("int too big to convert")
}

fn negative_unsigned() -> PyErr {
    PyErr::overflow_error("can't convert negative int to unsigned")
}

/// `n.to_bytes(length, byteorder, signed=signed)`.
pub fn int_to_bytes(n: i64, length: i64, byteorder: &str, signed: bool) -> PyResult<Bytes> {
    let little = byteorder_is_little(byteorder)?;
    let len = check_length(length)?;
    if n < 0 && !signed {
        return Err(negative_unsigned());
    }
    if n == -1 && len == 0 {
        // CPython 3.11 quirk: (-1).to_bytes(0, ..., signed=True) == b''.
        return Ok(Bytes::default());
    }
    if len < 9 {
        let bits = 8 * len as u32;
        let v = n as i128;
        let fits = if signed {
            bits > 0 && v >= -(1i128 << (bits - 1)) && v < (1i128 << (bits - 1)) || v == 0
        } else {
            v < (1i128 << bits)
        };
        if !fits {
            return Err(too_big());
        }
    }
    let fill = if n < 0 { 0xff } else { 0 };
    let mut out: Vec<u8> = (0..len)
        .map(|k| if k < 8 { (n >> (8 * k)) as u8 } else { fill })
        .collect();
    if !little {
        out.reverse();
    }
    Ok(Bytes::from_vec(out))
}

/// `n.to_bytes(length, byteorder, signed=signed)` for an arbitrary-size int.
pub fn big_to_bytes(n: &Int, length: i64, byteorder: &str, signed: bool) -> PyResult<Bytes> {
    let little = byteorder_is_little(byteorder)?;
    let len = check_length(length)?;
    let neg = n.is_negative();
    if neg && !signed {
        return Err(negative_unsigned());
    }
    // A negative n is stored as the bytewise complement of m = -n - 1 >= 0.
    let m = if neg { n.invert() } else { n.clone() };
    let bits = m.bit_length() as u128;
    let avail = 8 * len as u128;
    // m == 0 always fits: 0 and also -1, which CPython 3.11 turns into b'' for length 0.
    let fits = if signed {
        m.is_zero() || bits < avail
    } else {
        bits <= avail
    };
    if !fits {
        return Err(too_big());
    }
    let digits = if m.is_zero() {
        String::new()
    } else {
        m.to_str_radix(16)
    };
    let digits = digits.as_bytes();
    let nibble = |i: usize| -> u8 {
        // The i-th hex digit from the right.
        if i < digits.len() {
            (digits[digits.len() - 1 - i] as char)
                .to_digit(16)
                .unwrap_or(0) as u8
        } else {
            0
        }
    };
    let mut out: Vec<u8> = (0..len)
        .map(|k| {
            let b = nibble(2 * k) | (nibble(2 * k + 1) << 4);
            if neg {
                !b
            } else {
                b
            }
        })
        .collect();
    if !little {
        out.reverse();
    }
    Ok(Bytes::from_vec(out))
}

/// The bytes most significant first.
fn msb_first(b: &Bytes, little: bool) -> Vec<u8> {
    let mut v = b.to_vec();
    if little {
        v.reverse();
    }
    v
}

/// `int.from_bytes(b, byteorder, signed=signed)` as an i64
/// (`OverflowError` when the value does not fit; see [`big_from_bytes`]).
pub fn int_from_bytes(b: &Bytes, byteorder: &str, signed: bool) -> PyResult<i64> {
    let little = byteorder_is_little(byteorder)?;
    let v = msb_first(b, little);
    let neg = signed && v.first().map_or(false, |&x| x >= 0x80);
    let mut acc: u64 = 0;
    for &x in &v {
        let x = if neg { !x } else { x };
        acc = match acc.checked_mul(256).and_then(|a| a.checked_add(x as u64)) {
            Some(a) => a,
            None => {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C long",
                ))
            }
        };
    }
    if acc > i64::MAX as u64 {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C long",
        ));
    }
    Ok(if neg { -(acc as i64) - 1 } else { acc as i64 })
}

/// `int.from_bytes(b, byteorder, signed=signed)`.
pub fn big_from_bytes(b: &Bytes, byteorder: &str, signed: bool) -> PyResult<Int> {
    let little = byteorder_is_little(byteorder)?;
    let v = msb_first(b, little);
    let neg = signed && v.first().map_or(false, |&x| x >= 0x80);
    let mut digits = String::with_capacity(v.len() * 2 + 1);
    for &x in &v {
        let x = if neg { !x } else { x };
        digits.push(hex_digit(x >> 4));
        digits.push(hex_digit(x & 15));
    }
    if digits.is_empty() {
        digits.push('0');
    }
    let m = Int::parse(&digits, 16)?;
    Ok(if neg { m.invert() } else { m })
}

// ---------------------------------------------------------------------------
// Iteration and protocols.
// ---------------------------------------------------------------------------

/// `iter(b)`: yields each byte as an int.
#[derive(Clone, Debug)]
pub struct BytesIter {
    data: Rc<Vec<u8>>,
    front: usize,
    back: usize,
}

impl Iterator for BytesIter {
    type Item = i64;
    fn next(&mut self) -> Option<i64> {
        if self.front < self.back {
            self.front += 1;
            Some(self.data[self.front - 1] as i64)
        } else {
            None
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl DoubleEndedIterator for BytesIter {
    fn next_back(&mut self) -> Option<i64> {
        if self.front < self.back {
            self.back -= 1;
            Some(self.data[self.back] as i64)
        } else {
            None
        }
    }
}

impl ExactSizeIterator for BytesIter {}

impl IntoIterator for &Bytes {
    type Item = i64;
    type IntoIter = BytesIter;
    fn into_iter(self) -> BytesIter {
        self.iter()
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Bytes {
        Bytes::from_vec(v)
    }
}

impl<'a> From<&'a [u8]> for Bytes {
    fn from(v: &'a [u8]) -> Bytes {
        Bytes::from_static(v)
    }
}

impl PyRepr for Bytes {
    /// `repr(b)`: `b'...'`, or `b"..."` when the data has `'` but no `"`.
    fn py_repr(&self) -> String {
        let quote = if self.0.contains(&b'\'') && !self.0.contains(&b'"') {
            b'"'
        } else {
            b'\''
        };
        let mut out = String::with_capacity(self.0.len() + 3);
        out.push('b');
        out.push(quote as char);
        for &b in self.0.iter() {
            match b {
                b'\\' => out.push_str("\\\\"),
                b'\t' => out.push_str("\\t"),
                b'\n' => out.push_str("\\n"),
                b'\r' => out.push_str("\\r"),
                b if b == quote => {
                    out.push('\\');
                    out.push(b as char);
                }
                0x20..=0x7e => out.push(b as char),
                _ => {
                    out.push_str("\\x");
                    out.push(hex_digit(b >> 4));
                    out.push(hex_digit(b & 15));
                }
            }
        }
        out.push(quote as char);
        out
    }
}

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.py_repr())
    }
}

impl PyFormat for Bytes {
    fn py_format(&self, spec: &str) -> PyResult<String> {
        object_format(self, spec, "bytes")
    }
}

impl PyTruthy for Bytes {
    fn py_bool(&self) -> bool {
        !self.0.is_empty()
    }
}

impl PyLen for Bytes {
    fn py_len(&self) -> i64 {
        self.0.len() as i64
    }
}

/// `x in b` for an int; out-of-range values (a ValueError in CPython, see
/// [`Bytes::contains_byte`]) are reported as absent.
impl PyContains<i64> for Bytes {
    fn py_contains(&self, item: &i64) -> bool {
        self.contains_byte(*item).unwrap_or(false)
    }
}

impl PyContains<Bytes> for Bytes {
    fn py_contains(&self, item: &Bytes) -> bool {
        self.contains(item)
    }
}

/// CPython randomises `hash(bytes)`: sets of bytes keep insertion order.
impl PySetHash for Bytes {}

impl PyHash for Bytes {
    /// A deterministic FNV-1a hash (CPython's is randomised per process).
    fn builtin_hash(&self) -> i64 {
        let mut h: u64 = 0xcbf29ce484222325;
        for &b in self.0.iter() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        let h = h as i64;
        if h == -1 {
            -2
        } else {
            h
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::str_repr;

    fn b(s: &[u8]) -> Bytes {
        Bytes::from_static(s)
    }

    fn err<T: fmt::Debug>(r: PyResult<T>) -> String {
        match r {
            Ok(v) => panic!("expected an error, got {:?}", v),
            Err(e) => e.to_string(),
        }
    }

    fn br(r: PyResult<Bytes>) -> String {
        match r {
            Ok(v) => v.py_repr(),
            Err(e) => e.to_string(),
        }
    }

    fn sr(r: PyResult<String>) -> String {
        match r {
            Ok(v) => str_repr(&v),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn repr_matches_python() {
        assert_eq!(b(b"it's").py_repr(), r#"b"it's""#);
        assert_eq!(b(b"say \"hi\"").py_repr(), r#"b'say "hi"'"#);
        assert_eq!(b(b"both ' \"").py_repr(), r#"b'both \' "'"#);
        assert_eq!(b(b"\x00\xff\n").py_repr(), r"b'\x00\xff\n'");
        assert_eq!(b(b"\\\t\r\x7f\x1f ~").py_repr(), r"b'\\\t\r\x7f\x1f ~'");
        assert_eq!(b(b"").py_repr(), "b''");
        assert_eq!(b(b"x").py_str(), "b'x'");
        assert_eq!(format!("{}", b(b"x'")), "b\"x'\"");
        assert_eq!(b(b"a").py_format("").unwrap(), "b'a'");
        assert_eq!(
            err(b(b"a").py_format("x")),
            "TypeError: unsupported format string passed to bytes.__format__"
        );
    }

    #[test]
    fn construction() {
        assert_eq!(Bytes::from_ints(vec![104, 105]).unwrap(), b(b"hi"));
        assert_eq!(
            err(Bytes::from_ints(vec![1, 300])),
            "ValueError: bytes must be in range(0, 256)"
        );
        assert_eq!(
            err(Bytes::from_ints(vec![-1])),
            "ValueError: bytes must be in range(0, 256)"
        );
        assert_eq!(Bytes::zeros(3).unwrap().py_repr(), r"b'\x00\x00\x00'");
        assert_eq!(err(Bytes::zeros(-1)), "ValueError: negative count");
    }

    #[test]
    fn indexing_and_slicing() {
        let x = b(b"0123456789");
        assert_eq!(x.get(0).unwrap(), 48);
        assert_eq!(x.get(-1).unwrap(), 57);
        assert_eq!(err(x.get(10)), "IndexError: index out of range");
        assert_eq!(err(x.get(-11)), "IndexError: index out of range");
        let cases: Vec<(Option<i64>, Option<i64>, Option<i64>, &[u8])> = vec![
            (None, None, Some(-1), b"9876543210"),
            (None, None, Some(-3), b"9630"),
            (Some(8), Some(2), Some(-2), b"864"),
            (Some(-2), None, Some(-1), b"876543210"),
            (Some(-100), Some(100), Some(3), b"0369"),
            (Some(5), Some(1), None, b""),
            (None, Some(-3), None, b"0123456"),
            (None, None, Some(i64::MAX), b"0"),
            (None, None, Some(i64::MIN), b"9"),
        ];
        for (lo, hi, st, want) in cases {
            assert_eq!(x.slice(lo, hi, st).unwrap(), b(want), "{:?}", (lo, hi, st));
        }
        assert_eq!(
            err(x.slice(None, None, Some(0))),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(x.iter().rev().take(2).collect::<Vec<_>>(), vec![57, 56]);
        assert_eq!((&b(b"ab")).into_iter().collect::<Vec<_>>(), vec![97, 98]);
        assert_eq!(b(b"ab").to_list().py_repr(), "[97, 98]");
        assert_eq!(b(b"ab").iter().len(), 2);
    }

    #[test]
    fn utf8_round_trip() {
        let s = "héllo wörld ✓ 😀";
        let e = str_encode(s, "utf-8", "strict").unwrap();
        assert_eq!(
            e.py_repr(),
            r"b'h\xc3\xa9llo w\xc3\xb6rld \xe2\x9c\x93 \xf0\x9f\x98\x80'"
        );
        assert_eq!(e.len(), 22);
        for enc in &["utf-8", "UTF-8", "utf8", "utf_8", "U8", " utf 8 "] {
            assert_eq!(e.decode(enc, "strict").unwrap(), s);
        }
        assert_eq!(
            sr(e.decode("ascii", "strict")),
            "UnicodeDecodeError: 'ascii' codec can't decode byte 0xc3 in position 1: ordinal not in range(128)"
        );
        assert_eq!(sr(e.decode("ascii", "replace")), "'h\u{fffd}\u{fffd}llo w\u{fffd}\u{fffd}rld \u{fffd}\u{fffd}\u{fffd} \u{fffd}\u{fffd}\u{fffd}\u{fffd}'");
        assert_eq!(sr(e.decode("ascii", "ignore")), "'hllo wrld  '");
        assert_eq!(
            sr(e.decode("latin-1", "strict")),
            r"'hÃ©llo wÃ¶rld â\x9c\x93 ð\x9f\x98\x80'"
        );
        let cut = e.slice(None, Some(-1), None).unwrap();
        assert_eq!(
            sr(cut.decode("utf-8", "strict")),
            "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 18-20: unexpected end of data"
        );
        assert_eq!(
            cut.decode("utf-8", "replace").unwrap(),
            "héllo wörld ✓ \u{fffd}"
        );
        let bad = b(b"a\xffb\xe2\x82x\xf0\x9f");
        assert_eq!(
            bad.decode("utf-8", "replace").unwrap(),
            "a\u{fffd}b\u{fffd}x\u{fffd}"
        );
        assert_eq!(bad.decode("utf-8", "ignore").unwrap(), "abx");
        assert_eq!(
            bad.decode("utf-8", "backslashreplace").unwrap(),
            r"a\xffb\xe2\x82x\xf0\x9f"
        );
        assert_eq!(
            sr(b(b"\xff").decode("utf-8", "strict")),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(
            sr(b(b"\xe2\x82x").decode("utf-8", "strict")),
            "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            sr(b(b"\xed\xa0\x80").decode("utf-8", "strict")),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
        assert_eq!(
            sr(b(b"\xc0\x80").decode("utf-8", "strict")),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"
        );
        assert_eq!(
            sr(b(b"ab").decode("xyz", "strict")),
            "LookupError: unknown encoding: xyz"
        );
        assert_eq!(b(b"").decode("xyz", "strict").unwrap(), "");
        assert_eq!(
            sr(b(b"\xff").decode("u8", "xmlcharrefreplace")),
            "TypeError: decoding with 'u8' codec failed (TypeError: don't know how to handle UnicodeDecodeError in error callback)"
        );
        assert_eq!(
            sr(b(b"\xff").decode("ascii", "xmlcharrefreplace")),
            "TypeError: don't know how to handle UnicodeDecodeError in error callback"
        );
        assert_eq!(
            sr(b(b"ab").decode("utf.8", "strict")),
            "LookupError: unknown encoding: utf.8"
        );
        // The handler is only looked up when it is needed.
        assert_eq!(b(b"ab").decode("utf8", "bogus").unwrap(), "ab");
        assert_eq!(
            sr(b(b"\xff").decode("utf8", "bogus")),
            "LookupError: unknown error handler name 'bogus'"
        );
    }

    #[test]
    fn encode_errors() {
        let s = "héllo wörld ✓ 😀";
        assert_eq!(
            br(str_encode(s, "ascii", "strict")),
            r"UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)"
        );
        assert_eq!(
            br(str_encode("ab\u{20ac}", "ascii", "strict")),
            r"UnicodeEncodeError: 'ascii' codec can't encode character '\u20ac' in position 2: ordinal not in range(128)"
        );
        assert_eq!(
            br(str_encode("ab\u{1f600}", "latin-1", "strict")),
            r"UnicodeEncodeError: 'latin-1' codec can't encode character '\U0001f600' in position 2: ordinal not in range(256)"
        );
        assert_eq!(
            br(str_encode("aéééb", "ascii", "strict")),
            "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"
        );
        assert_eq!(br(str_encode(s, "ascii", "replace")), "b'h?llo w?rld ? ?'");
        assert_eq!(br(str_encode(s, "ascii", "ignore")), "b'hllo wrld  '");
        assert_eq!(
            br(str_encode(s, "ascii", "xmlcharrefreplace")),
            "b'h&#233;llo w&#246;rld &#10003; &#128512;'"
        );
        assert_eq!(
            br(str_encode(s, "latin-1", "backslashreplace")),
            r"b'h\xe9llo w\xf6rld \\u2713 \\U0001f600'"
        );
        assert_eq!(br(str_encode("é", "Latin_1", "strict")), r"b'\xe9'");
        assert_eq!(br(str_encode("é", "ISO-8859-1", "strict")), r"b'\xe9'");
        assert_eq!(br(str_encode("a", "US-ASCII", "strict")), "b'a'");
        assert_eq!(
            br(str_encode("é", "ascii", "bogus")),
            "LookupError: unknown error handler name 'bogus'"
        );
        assert_eq!(
            br(str_encode("€", "L1", "bogus")),
            "LookupError: encoding with 'L1' codec failed (LookupError: unknown error handler name 'bogus')"
        );
        assert_eq!(
            br(str_encode("€", "iso8859_1", "bogus")),
            "LookupError: unknown error handler name 'bogus'"
        );
        assert_eq!(
            br(str_encode("", "xyz", "strict")),
            "LookupError: unknown encoding: xyz"
        );
    }

    #[test]
    fn to_bytes_matches_python() {
        let cases: Vec<(i64, i64, &str, bool, &str)> = vec![
            (-1, 1, "big", true, r"b'\xff'"),
            (-1, 4, "little", true, r"b'\xff\xff\xff\xff'"),
            (
                i64::MAX,
                8,
                "big",
                false,
                r"b'\x7f\xff\xff\xff\xff\xff\xff\xff'",
            ),
            (
                i64::MIN,
                8,
                "big",
                true,
                r"b'\x80\x00\x00\x00\x00\x00\x00\x00'",
            ),
            (1, 0, "big", false, "OverflowError: int too big to convert"),
            (0, 0, "big", false, "b''"),
            (0, 0, "big", true, "b''"),
            (-1, 0, "little", true, "b''"),
            (
                -2,
                0,
                "little",
                true,
                "OverflowError: int too big to convert",
            ),
            (256, 2, "little", false, r"b'\x00\x01'"),
            (128, 1, "big", true, "OverflowError: int too big to convert"),
            (
                -129,
                1,
                "big",
                true,
                "OverflowError: int too big to convert",
            ),
            (-128, 1, "big", true, r"b'\x80'"),
            (
                -1,
                10,
                "big",
                true,
                r"b'\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'",
            ),
            (
                5,
                10,
                "little",
                false,
                r"b'\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00'",
            ),
            (
                -5,
                0,
                "big",
                false,
                "OverflowError: can't convert negative int to unsigned",
            ),
            (
                5,
                -1,
                "big",
                false,
                "ValueError: length argument must be non-negative",
            ),
            (
                5,
                -1,
                "bad",
                false,
                "ValueError: byteorder must be either 'little' or 'big'",
            ),
        ];
        for (n, len, order, signed, want) in cases {
            assert_eq!(
                br(int_to_bytes(n, len, order, signed)),
                want,
                "{:?}",
                (n, len, order, signed)
            );
            assert_eq!(
                br(big_to_bytes(&Int::from(n), len, order, signed)),
                want,
                "{:?}",
                (n, len, order, signed)
            );
        }
        let p3 = Int::from(3).pow(&Int::from(100)).unwrap();
        let two64 = Int::from(1).shl(64).unwrap();
        let big_cases: Vec<(Int, &str, &str)> = vec![
            (
                two64.clone(),
                r"b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00'",
                r"b'\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'",
            ),
            (
                two64.neg(),
                r"b'\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x00'",
                r"b'\x00\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'",
            ),
            (
                p3.clone(),
                r"b'ZFS\xcag7hV[A\xf7u\xd6\x94}U\xcf8\x13\xd1'",
                r"b'\xd1\x138\xcfU}\x94\xd6u\xf7A[Vh7g\xcaSFZ\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'",
            ),
            (
                p3.neg(),
                r"b'\xa5\xb9\xac5\x98\xc8\x97\xa9\xa4\xbe\x08\x8a)k\x82\xaa0\xc7\xec/'",
                r"b'/\xec\xc70\xaa\x82k)\x8a\x08\xbe\xa4\xa9\x97\xc8\x985\xac\xb9\xa5\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff'",
            ),
        ];
        for (n, big20, little40) in big_cases {
            assert_eq!(br(big_to_bytes(&n, 20, "big", true)), big20);
            assert_eq!(br(big_to_bytes(&n, 40, "little", true)), little40);
            assert_eq!(
                br(big_to_bytes(&n, 8, "big", true)),
                "OverflowError: int too big to convert"
            );
            let back =
                big_from_bytes(&big_to_bytes(&n, 20, "big", true).unwrap(), "big", true).unwrap();
            assert_eq!(back, n);
        }
    }

    #[test]
    fn from_bytes_matches_python() {
        // (data, big unsigned, big signed, little unsigned, little signed)
        let cases: Vec<(&[u8], &str, &str, &str, &str)> = vec![
            (b"\xff", "255", "-1", "255", "-1"),
            (
                b"\xff\xff\xff\xff\xff\xff\xff\xff",
                "18446744073709551615",
                "-1",
                "18446744073709551615",
                "-1",
            ),
            (
                b"\x7f\xff\xff\xff\xff\xff\xff\xff",
                "9223372036854775807",
                "9223372036854775807",
                "18446744073709551487",
                "-129",
            ),
            (
                b"\x80\x00\x00\x00\x00\x00\x00\x00",
                "9223372036854775808",
                "-9223372036854775808",
                "128",
                "128",
            ),
            (
                b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x02",
                "258",
                "258",
                "40644047369817605185488046522368",
                "40644047369817605185488046522368",
            ),
            (
                b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x80",
                "20282409603651670423947251285888",
                "-128",
                "10220432964340099549567169593343",
                "-10061976639311570874380081692673",
            ),
            (
                b"\x01\x00\x00\x00\x00\x00\x00\x00\x00",
                "18446744073709551616",
                "18446744073709551616",
                "1",
                "1",
            ),
            (b"\x0b\x12", "2834", "2834", "4619", "4619"),
            (b"", "0", "0", "0", "0"),
        ];
        for (data, bu, bs, lu, ls) in cases {
            let x = b(data);
            let combos = [
                ("big", false, bu),
                ("big", true, bs),
                ("little", false, lu),
                ("little", true, ls),
            ];
            for &(order, signed, want) in combos.iter() {
                let big = big_from_bytes(&x, order, signed).unwrap();
                assert_eq!(big.to_string(), want, "{:?}", (data, order, signed));
                match int_from_bytes(&x, order, signed) {
                    Ok(v) => assert_eq!(v.to_string(), want),
                    Err(e) => {
                        assert!(big.to_i64().is_err(), "{:?}", (data, order, signed));
                        assert_eq!(e.kind, "OverflowError");
                    }
                }
            }
        }
        assert_eq!(
            err(int_from_bytes(&b(b"\x01"), "bad", false)),
            "ValueError: byteorder must be either 'little' or 'big'"
        );
    }

    #[test]
    fn hex_and_fromhex() {
        let x = b(b"\x01\x02\x03\x04\x05");
        assert_eq!(b(b"\x01\x02\xab").hex(), "0102ab");
        assert_eq!(x.hex_sep(":", 1).unwrap(), "01:02:03:04:05");
        assert_eq!(x.hex_sep(":", 2).unwrap(), "01:0203:0405");
        assert_eq!(x.hex_sep(":", -2).unwrap(), "0102:0304:05");
        assert_eq!(x.hex_sep(":", 0).unwrap(), "0102030405");
        assert_eq!(x.hex_sep("-", 3).unwrap(), "0102-030405");
        assert_eq!(b(b"").hex_sep(":", 2).unwrap(), "");
        assert_eq!(err(x.hex_sep("", 1)), "ValueError: sep must be length 1.");
        assert_eq!(err(x.hex_sep("ab", 1)), "ValueError: sep must be length 1.");
        assert_eq!(err(x.hex_sep("é", 1)), "ValueError: sep must be ASCII.");
        assert_eq!(x.hex_sep(":", -(1 << 31)).unwrap(), "0102030405");
        assert_eq!(
            err(x.hex_sep("", 1 << 31)),
            "OverflowError: Python int too large to convert to C int"
        );
        assert_eq!(
            Bytes::fromhex(" 01 ab\tCD  ff").unwrap(),
            b(b"\x01\xab\xcd\xff")
        );
        assert_eq!(Bytes::fromhex("").unwrap(), b(b""));
        assert_eq!(Bytes::fromhex("ab\x0bcd").unwrap(), b(b"\xab\xcd"));
        let bad = [
            ("zz", 0),
            ("a", 1),
            ("abc", 3),
            ("a b", 1),
            ("ab\0", 2),
            ("\u{e9}ab", 0),
            ("zz\u{e9}", 2),
            ("ab\x1ccd", 2),
        ];
        for (s, pos) in bad.iter() {
            assert_eq!(
                err(Bytes::fromhex(s)),
                format!(
                    "ValueError: non-hexadecimal number found in fromhex() arg at position {}",
                    pos
                )
            );
        }
    }

    #[test]
    fn methods() {
        let parts = b(b"  a b\x0bc  ").split(None).unwrap();
        assert_eq!(parts.py_repr(), "[b'a', b'b', b'c']");
        assert_eq!(
            b(b"a,b,,c").split(Some(&b(b","))).unwrap().py_repr(),
            "[b'a', b'b', b'', b'c']"
        );
        assert_eq!(
            err(b(b"abc").split(Some(&b(b"")))),
            "ValueError: empty separator"
        );
        assert_eq!(
            b(b" \x1c a\x0b\x0c").split(None).unwrap().py_repr(),
            r"[b'\x1c', b'a']"
        );
        assert_eq!(b(b" \x1c a\x0b\x0c").strip().py_repr(), r"b'\x1c a'");
        assert_eq!(b(b"ab").replace(&b(b""), &b(b"-")), b(b"-a-b-"));
        assert_eq!(b(b"aXbXc").replace(&b(b"X"), &b(b"--")), b(b"a--b--c"));
        assert_eq!(b(b"aaa").count(&b(b"aa")), 1);
        assert_eq!(b(b"abc").count(&b(b"")), 4);
        assert_eq!(b(b"abcabc").find(&b(b"ca")), 2);
        assert_eq!(b(b"abcabc").rfind(&b(b"bc")), 4);
        assert_eq!(b(b"abc").find(&b(b"")), 0);
        assert_eq!(
            err(b(b"abc").index(&b(b"x"))),
            "ValueError: subsection not found"
        );
        assert_eq!(
            err(b(b"abc").contains_byte(300)),
            "ValueError: byte must be in range(0, 256)"
        );
        assert!(b(b"abc").contains_byte(98).unwrap());
        assert!(b(b"abc").py_contains(&98));
        assert!(b(b"abc").py_contains(&b(b"bc")));
        assert!(!b(b"abc").contains(&b(b"cb")));
        assert!(b(b"abc").startswith(&b(b"ab")) && b(b"abc").endswith(&b(b"bc")));
        assert_eq!(b(b"aB1\xe9").upper(), b(b"AB1\xe9"));
        assert_eq!(b(b"aB1\xc9").lower(), b(b"ab1\xc9"));
        let sep = b(b", ");
        assert_eq!(
            sep.join(&List::from_vec(vec![b(b"a"), b(b"b")])),
            b(b"a, b")
        );
        assert_eq!(b(b"ab").concat(&b(b"c")), b(b"abc"));
        assert_eq!(b(b"ab").repeat(3), b(b"ababab"));
        assert_eq!(b(b"ab").repeat(-1), b(b""));
        assert!(b(b"ABC1").isupper() && !b(b"1").isupper());
        assert!(b(b"abc").islower() && !b(b"aBc").islower());
        assert!(!b(b"").isdigit() && b(b"09").isdigit());
        assert!(b(b" \x0b").isspace() && b(b"aZ").isalpha() && b(b"a1").isalnum());
        assert!(b(b"a") < b(b"ab") && b(b"\xff") > b(b"a"));
        assert_eq!(b(b"").py_bool(), false);
        assert_eq!(b(b"ab").py_len(), 2);
        assert_eq!(b(b"ab").builtin_hash(), b(b"ab").builtin_hash());
        assert_eq!(b(b"ab").py_hash(), None);
    }
}
