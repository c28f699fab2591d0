//! Python `str` methods, by Unicode code point.
//!
//! Every index and length is counted in code points, as in Python. The
//! character classes (`isdigit`, `isalpha`, `isidentifier`, `isprintable`,
//! ...) use tables generated from CPython 3.11's Unicode database (Unicode
//! 14.0), so they agree with CPython exactly; case mappings use Rust's
//! tables plus the titlecase and casefold exceptions CPython applies.

use crate::error::{PyErr, PyResult};
use std::convert::TryFrom;

// ---------------------------------------------------------------------------
// Character classes (shared with numbers.rs and format.rs).
// ---------------------------------------------------------------------------

/// A repeat count from an `i64` (negative means none; huge values saturate
/// so that allocation fails loudly instead of wrapping on 32-bit targets).
pub(crate) fn to_count(n: i64) -> usize {
    usize::try_from(n.max(0)).unwrap_or(usize::MAX)
}

/// Binary search in a flat table of inclusive ranges `[lo0, hi0, lo1, hi1, ...]`.
fn range_index(table: &[u32], c: u32) -> Option<usize> {
    let (mut lo, mut hi) = (0usize, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if c < table[2 * mid] {
            hi = mid;
        } else if c > table[2 * mid + 1] {
            lo = mid + 1;
        } else {
            return Some(mid);
        }
    }
    None
}

/// Python's whitespace (`Py_UNICODE_ISSPACE`), used by `split()`, `strip()`, `int()`.
pub(crate) fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// The value of a Unicode decimal digit (category Nd), as `int()` accepts them.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - '0' as u32);
    }
    if u < 0x660 {
        return None;
    }
    range_index(DECIMAL, u).map(|i| (u - DECIMAL[2 * i]) % 10)
}

/// `str.isprintable()` for one character.
pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    range_index(NOT_PRINTABLE, c as u32).is_none()
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    range_index(ALPHA, c as u32).is_some()
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    is_decimal(c) || range_index(DIGIT_EXTRA, c as u32).is_some()
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    range_index(NUMERIC, c as u32).is_some()
}

/// Category Lt (titlecase letters such as `ǅ`).
fn is_titlecase(c: char) -> bool {
    matches!(
        c,
        '\u{1c5}'
            | '\u{1c8}'
            | '\u{1cb}'
            | '\u{1f2}'
            | '\u{1f88}'..='\u{1f8f}'
            | '\u{1f98}'..='\u{1f9f}'
            | '\u{1fa8}'..='\u{1faf}'
            | '\u{1fbc}'
            | '\u{1fcc}'
            | '\u{1ffc}'
    )
}

/// Unicode `Cased`: lowercase, uppercase or titlecase.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Unicode `Case_Ignorable` (marks, modifiers, format characters and
/// word-internal punctuation): skipped when deciding whether a capital
/// sigma is word-final.
fn is_case_ignorable(c: char) -> bool {
    range_index(CASE_IGNORABLE, c as u32).is_some()
}

/// Looks `c` up in a `[code point, m0, m1, m2]` mapping table.
fn special_mapping(table: &[u32], c: char) -> Option<&[u32]> {
    let u = c as u32;
    let (mut lo, mut hi) = (0usize, table.len() / 4);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let k = table[4 * mid];
        if u < k {
            hi = mid;
        } else if u > k {
            lo = mid + 1;
        } else {
            return Some(&table[4 * mid + 1..4 * mid + 4]);
        }
    }
    None
}

fn push_mapping(out: &mut String, m: &[u32]) {
    for &u in m {
        if u != 0 {
            out.extend(char::from_u32(u));
        }
    }
}

/// Full titlecase mapping of one character (`_PyUnicode_ToTitleFull`).
fn push_title(out: &mut String, c: char) {
    if ('\u{10d0}'..='\u{10ff}').contains(&c) {
        // Georgian Mkhedruli letters are their own titlecase.
        out.push(c);
    } else if let Some(m) = special_mapping(TITLE_SPECIAL, c) {
        push_mapping(out, m);
    } else {
        out.extend(c.to_uppercase());
    }
}

/// Full lowercase mapping of `chars[i]`, with the Final_Sigma rule CPython applies.
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != '\u{3a3}' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i].iter().rev().find(|&&p| !is_case_ignorable(p));
    let mut final_sigma = before.map_or(false, |&p| is_cased(p));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|&&p| !is_case_ignorable(p));
        final_sigma = after.map_or(true, |&p| !is_cased(p));
    }
    out.push(if final_sigma { '\u{3c2}' } else { '\u{3c3}' });
}

/// Full case folding of one character (`str.casefold`).
fn push_fold(out: &mut String, c: char) {
    let u = c as u32;
    match u {
        0x13a0..=0x13f5 => out.push(c),
        0x13f8..=0x13fd => out.extend(char::from_u32(u - 8)),
        0xab70..=0xabbf => out.extend(char::from_u32(u - 0xab70 + 0x13a0)),
        _ => match special_mapping(FOLD_SPECIAL, c) {
            Some(m) => push_mapping(out, m),
            None => out.extend(c.to_lowercase()),
        },
    }
}

// ---------------------------------------------------------------------------
// Indexing and slicing.
// ---------------------------------------------------------------------------

/// Number of code points before byte offset `b`.
fn cp_index(s: &str, b: usize) -> i64 {
    if s.is_ascii() {
        b as i64
    } else {
        s[..b].chars().count() as i64
    }
}

/// Byte offset of code point index `i` (clamped to the end).
fn byte_offset(s: &str, i: usize) -> usize {
    if s.is_ascii() {
        i.min(s.len())
    } else {
        s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
    }
}

/// Python's `slice.indices(len)`: normalised `(start, stop, step)`.
fn slice_indices(
    len: i64,
    lo: Option<i64>,
    hi: Option<i64>,
    step: Option<i64>,
) -> PyResult<(i64, i64, i64)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let adjust = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    if step < 0 {
        Ok((adjust(lo, len - 1), adjust(hi, -1), step))
    } else {
        Ok((adjust(lo, 0), adjust(hi, len), step))
    }
}

/// `len(s)`.
pub fn str_len(s: &str) -> i64 {
    if s.is_ascii() {
        s.len() as i64
    } else {
        s.chars().count() as i64
    }
}

/// `s[i]` (negative indices count from the end).
pub fn str_getitem(s: &str, i: i64) -> PyResult<String> {
    let err = || PyErr::index_error("string index out of range");
    if s.is_ascii() {
        let n = s.len() as i64;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(err());
        }
        let j = j as usize;
        return Ok(s[j..j + 1].to_string());
    }
    let c = if i >= 0 {
        usize::try_from(i).ok().and_then(|k| s.chars().nth(k))
    } else {
        usize::try_from(-(i + 1))
            .ok()
            .and_then(|k| s.chars().rev().nth(k))
    };
    c.map(String::from).ok_or_else(err)
}

/// `s[lo:hi:step]` with Python's slice semantics.
pub fn str_slice(s: &str, lo: Option<i64>, hi: Option<i64>, step: Option<i64>) -> PyResult<String> {
    let len = str_len(s);
    let (start, stop, step) = slice_indices(len, lo, hi, step)?;
    if step == 1 {
        if stop <= start {
            return Ok(String::new());
        }
        let b0 = byte_offset(s, start as usize);
        let b1 = b0 + byte_offset(&s[b0..], (stop - start) as usize);
        return Ok(s[b0..b1].to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = start as i128;
    let (stop, step) = (stop as i128, step as i128);
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(chars[i as usize]);
        i += step;
    }
    Ok(out)
}

/// Iterates over the code points of `s`, one `String` each (`for c in s`).
pub fn str_chars(s: &str) -> std::vec::IntoIter<String> {
    s.chars().map(String::from).collect::<Vec<_>>().into_iter()
}

// ---------------------------------------------------------------------------
// Case conversion.
// ---------------------------------------------------------------------------

/// `s.upper()`.
pub fn str_upper(s: &str) -> String {
    s.to_uppercase()
}

/// `s.lower()`.
pub fn str_lower(s: &str) -> String {
    s.to_lowercase()
}

/// `s.capitalize()`: first character titlecased, the rest lowercased.
pub fn str_capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(&mut out, first);
        for i in 1..chars.len() {
            push_lower_at(&mut out, &chars, i);
        }
    }
    out
}

/// `s.title()`: titlecase after uncased characters, lowercase after cased ones.
pub fn str_title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower_at(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.swapcase()`.
pub fn str_swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower_at(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`.
pub fn str_casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

// ---------------------------------------------------------------------------
// Stripping, splitting, joining.
// ---------------------------------------------------------------------------

fn strip_pred(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c: char| match chars {
        None => is_py_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn str_strip(s: &str, chars: Option<&str>) -> String {
    let p = strip_pred(chars);
    s.trim_matches(|c: char| p(c)).to_string()
}

/// `s.lstrip(chars)`.
pub fn str_lstrip(s: &str, chars: Option<&str>) -> String {
    let p = strip_pred(chars);
    s.trim_start_matches(|c: char| p(c)).to_string()
}

/// `s.rstrip(chars)`.
pub fn str_rstrip(s: &str, chars: Option<&str>) -> String {
    let p = strip_pred(chars);
    s.trim_end_matches(|c: char| p(c)).to_string()
}

/// `maxsplit` as a split count limit (`None` = unlimited).
fn split_limit(maxsplit: i64) -> Option<usize> {
    if maxsplit < 0 {
        None
    } else {
        Some(
            usize::try_from(maxsplit)
                .unwrap_or(usize::MAX - 1)
                .min(usize::MAX - 1),
        )
    }
}

/// `s.split(sep, maxsplit)`; `None` splits on runs of whitespace.
pub fn str_split(s: &str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<String>> {
    let limit = split_limit(maxsplit);
    match sep {
        Some("") => Err(PyErr::value_error("empty separator")),
        Some(sep) => Ok(match limit {
            None => s.split(sep).map(String::from).collect(),
            Some(n) => s.splitn(n + 1, sep).map(String::from).collect(),
        }),
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(is_py_space);
            while !rest.is_empty() {
                if limit.map_or(false, |n| out.len() >= n) {
                    out.push(rest.to_string());
                    break;
                }
                match rest.find(is_py_space) {
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                    Some(pos) => {
                        out.push(rest[..pos].to_string());
                        rest = rest[pos..].trim_start_matches(is_py_space);
                    }
                }
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`, splitting from the right.
pub fn str_rsplit(s: &str, sep: Option<&str>, maxsplit: i64) -> PyResult<Vec<String>> {
    let limit = split_limit(maxsplit);
    let mut out: Vec<String> = match sep {
        Some("") => return Err(PyErr::value_error("empty separator")),
        Some(sep) => match limit {
            None => s.rsplit(sep).map(String::from).collect(),
            Some(n) => s.rsplitn(n + 1, sep).map(String::from).collect(),
        },
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if limit.map_or(false, |n| out.len() >= n) {
                    out.push(rest.to_string());
                    break;
                }
                match rest.rfind(is_py_space) {
                    None => {
                        out.push(rest.to_string());
                        break;
                    }
                    Some(pos) => {
                        let next = pos + rest[pos..].chars().next().map_or(1, char::len_utf8);
                        out.push(rest[next..].to_string());
                        rest = rest[..pos].trim_end_matches(is_py_space);
                    }
                }
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

/// Line boundaries recognised by `str.splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`.
pub fn str_splitlines(s: &str, keepends: bool) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && s[end..].starts_with('\n') {
            iter.next();
            end += 1;
        }
        out.push(s[start..if keepends { end } else { i }].to_string());
        start = end;
    }
    if start < s.len() {
        out.push(s[start..].to_string());
    }
    out
}

/// `sep.join(items)`.
pub fn str_join(sep: &str, items: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&item);
    }
    out
}

/// `s.replace(old, new, count)`; `count < 0` replaces every occurrence.
pub fn str_replace(s: &str, old: &str, new: &str, count: i64) -> String {
    if count == 0 {
        return s.to_string();
    }
    if old.is_empty() {
        // Python inserts `new` before every character and at the end.
        let limit = if count < 0 { u64::MAX } else { count as u64 };
        let mut out = String::with_capacity(s.len());
        let mut done = 0u64;
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return out;
    }
    if count < 0 {
        s.replace(old, new)
    } else {
        s.replacen(old, new, usize::try_from(count).unwrap_or(usize::MAX))
    }
}

// ---------------------------------------------------------------------------
// Searching.
// ---------------------------------------------------------------------------

/// `s.startswith(prefix)`.
pub fn str_startswith(s: &str, prefix: &str) -> bool {
    s.starts_with(prefix)
}

/// `s.endswith(suffix)`.
pub fn str_endswith(s: &str, suffix: &str) -> bool {
    s.ends_with(suffix)
}

/// `s.find(sub)`: code point index of the first occurrence, or -1.
pub fn str_find(s: &str, sub: &str) -> i64 {
    s.find(sub).map_or(-1, |b| cp_index(s, b))
}

/// `s.rfind(sub)`: code point index of the last occurrence, or -1.
pub fn str_rfind(s: &str, sub: &str) -> i64 {
    s.rfind(sub).map_or(-1, |b| cp_index(s, b))
}

/// `s.index(sub)` (`ValueError: substring not found`).
pub fn str_index(s: &str, sub: &str) -> PyResult<i64> {
    match str_find(s, sub) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(i),
    }
}

/// `s.rindex(sub)` (`ValueError: substring not found`).
pub fn str_rindex(s: &str, sub: &str) -> PyResult<i64> {
    match str_rfind(s, sub) {
        -1 => Err(PyErr::value_error("substring not found")),
        i => Ok(i),
    }
}

/// `s.count(sub)`: non-overlapping occurrences; `len(s) + 1` for an empty `sub`.
pub fn str_count(s: &str, sub: &str) -> i64 {
    if sub.is_empty() {
        str_len(s) + 1
    } else {
        s.matches(sub).count() as i64
    }
}

// ---------------------------------------------------------------------------
// Predicates.
// ---------------------------------------------------------------------------

fn all_chars(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdigit()`.
pub fn str_isdigit(s: &str) -> bool {
    all_chars(s, is_digit)
}

/// `s.isalpha()`.
pub fn str_isalpha(s: &str) -> bool {
    all_chars(s, is_alpha)
}

/// `s.isalnum()`.
pub fn str_isalnum(s: &str) -> bool {
    all_chars(s, |c| is_alpha(c) || is_numeric(c))
}

/// `s.isspace()`.
pub fn str_isspace(s: &str) -> bool {
    all_chars(s, is_py_space)
}

/// `s.isupper()`: has a cased character and no lowercase or titlecase ones.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased = cased || c.is_uppercase();
    }
    cased
}

/// `s.islower()`: has a cased character and no uppercase or titlecase ones.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased = cased || c.is_lowercase();
    }
    cased
}

/// `s.isdecimal()`.
pub fn str_isdecimal(s: &str) -> bool {
    all_chars(s, is_decimal)
}

/// `s.isnumeric()`.
pub fn str_isnumeric(s: &str) -> bool {
    all_chars(s, is_numeric)
}

/// `s.istitle()`.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// `XID_Start` (plus `_`), as `str.isidentifier` checks the first character.
fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    let u = c as u32;
    (is_alpha(c) && range_index(ALPHA_NOT_XID_START, u).is_none())
        || range_index(XID_START_EXTRA, u).is_some()
}

/// `XID_Continue`, as `str.isidentifier` checks the other characters.
fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_xid_start(c) || is_decimal(c) || range_index(XID_CONTINUE_EXTRA, c as u32).is_some()
}

/// `s.isidentifier()`.
pub fn str_isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `s.isascii()` (true for the empty string).
pub fn str_isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

// ---------------------------------------------------------------------------
// Padding and miscellany.
// ---------------------------------------------------------------------------

/// The single fill character of `center`/`ljust`/`rjust`.
fn fill_char(fill: &str) -> PyResult<char> {
    let mut it = fill.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

fn padded(s: &str, left: i64, right: i64, fill: char) -> String {
    let mut out = String::with_capacity(s.len());
    out.extend(std::iter::repeat(fill).take(to_count(left)));
    out.push_str(s);
    out.extend(std::iter::repeat(fill).take(to_count(right)));
    out
}

/// `s.center(width, fill)`, splitting odd padding exactly like CPython.
pub fn str_center(s: &str, width: i64, fill: &str) -> PyResult<String> {
    let fill = fill_char(fill)?;
    let len = str_len(s);
    if len >= width {
        return Ok(s.to_string());
    }
    let pad = width - len;
    let left = pad / 2 + (pad & width & 1);
    Ok(padded(s, left, pad - left, fill))
}

/// `s.ljust(width, fill)`.
pub fn str_ljust(s: &str, width: i64, fill: &str) -> PyResult<String> {
    let fill = fill_char(fill)?;
    let len = str_len(s);
    Ok(padded(s, 0, (width - len).max(0), fill))
}

/// `s.rjust(width, fill)`.
pub fn str_rjust(s: &str, width: i64, fill: &str) -> PyResult<String> {
    let fill = fill_char(fill)?;
    let len = str_len(s);
    Ok(padded(s, (width - len).max(0), 0, fill))
}

/// `s.zfill(width)`: zero padding after a leading sign.
pub fn str_zfill(s: &str, width: i64) -> String {
    let len = str_len(s);
    if len >= width {
        return s.to_string();
    }
    let zeros = "0".repeat(to_count(width - len));
    match s.chars().next() {
        Some(sign @ '+') | Some(sign @ '-') => format!("{}{}{}", sign, zeros, &s[1..]),
        _ => zeros + s,
    }
}

/// `s * n` (empty for `n <= 0`).
pub fn str_repeat(s: &str, n: i64) -> String {
    if n <= 0 {
        String::new()
    } else {
        s.repeat(to_count(n))
    }
}

/// `repr(s)`, byte-exact with CPython (quote choice and escapes).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `s.partition(sep)`.
pub fn str_partition(s: &str, sep: &str) -> PyResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.to_string(),
            s[i + sep.len()..].to_string(),
        ),
        None => (s.to_string(), String::new(), String::new()),
    })
}

/// `s.rpartition(sep)`.
pub fn str_rpartition(s: &str, sep: &str) -> PyResult<(String, String, String)> {
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (
            s[..i].to_string(),
            sep.to_string(),
            s[i + sep.len()..].to_string(),
        ),
        None => (String::new(), String::new(), s.to_string()),
    })
}

/// `s.expandtabs(tabsize)`.
pub fn str_expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize;
                    column += n;
                    out.extend(std::iter::repeat(' ').take(to_count(n)));
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            _ => {
                out.push(c);
                column += 1;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Tables generated from CPython 3.11 (`unicodedata.unidata_version == '14.0.0'`).
// ---------------------------------------------------------------------------

/// Code points CPython 3.11 does not consider printable (`str.isprintable`), as inclusive ranges.
const NOT_PRINTABLE: &[u32] = &[
    0x0, 0x1f, 0x7f, 0xa0, 0xad, 0xad, 0x378, 0x379, 0x380, 0x383, 0x38b, 0x38b, 0x38d, 0x38d,
    0x3a2, 0x3a2, 0x530, 0x530, 0x557, 0x558, 0x58b, 0x58c, 0x590, 0x590, 0x5c8, 0x5cf, 0x5eb,
    0x5ee, 0x5f5, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70e, 0x70f, 0x74b, 0x74c, 0x7b2, 0x7bf,
    0x7fb, 0x7fc, 0x82e, 0x82f, 0x83f, 0x83f, 0x85c, 0x85d, 0x85f, 0x85f, 0x86b, 0x86f, 0x88f,
    0x897, 0x8e2, 0x8e2, 0x984, 0x984, 0x98d, 0x98e, 0x991, 0x992, 0x9a9, 0x9a9, 0x9b1, 0x9b1,
    0x9b3, 0x9b5, 0x9ba, 0x9bb, 0x9c5, 0x9c6, 0x9c9, 0x9ca, 0x9cf, 0x9d6, 0x9d8, 0x9db, 0x9de,
    0x9de, 0x9e4, 0x9e5, 0x9ff, 0xa00, 0xa04, 0xa04, 0xa0b, 0xa0e, 0xa11, 0xa12, 0xa29, 0xa29,
    0xa31, 0xa31, 0xa34, 0xa34, 0xa37, 0xa37, 0xa3a, 0xa3b, 0xa3d, 0xa3d, 0xa43, 0xa46, 0xa49,
    0xa4a, 0xa4e, 0xa50, 0xa52, 0xa58, 0xa5d, 0xa5d, 0xa5f, 0xa65, 0xa77, 0xa80, 0xa84, 0xa84,
    0xa8e, 0xa8e, 0xa92, 0xa92, 0xaa9, 0xaa9, 0xab1, 0xab1, 0xab4, 0xab4, 0xaba, 0xabb, 0xac6,
    0xac6, 0xaca, 0xaca, 0xace, 0xacf, 0xad1, 0xadf, 0xae4, 0xae5, 0xaf2, 0xaf8, 0xb00, 0xb00,
    0xb04, 0xb04, 0xb0d, 0xb0e, 0xb11, 0xb12, 0xb29, 0xb29, 0xb31, 0xb31, 0xb34, 0xb34, 0xb3a,
    0xb3b, 0xb45, 0xb46, 0xb49, 0xb4a, 0xb4e, 0xb54, 0xb58, 0xb5b, 0xb5e, 0xb5e, 0xb64, 0xb65,
    0xb78, 0xb81, 0xb84, 0xb84, 0xb8b, 0xb8d, 0xb91, 0xb91, 0xb96, 0xb98, 0xb9b, 0xb9b, 0xb9d,
    0xb9d, 0xba0, 0xba2, 0xba5, 0xba7, 0xbab, 0xbad, 0xbba, 0xbbd, 0xbc3, 0xbc5, 0xbc9, 0xbc9,
    0xbce, 0xbcf, 0xbd1, 0xbd6, 0xbd8, 0xbe5, 0xbfb, 0xbff, 0xc0d, 0xc0d, 0xc11, 0xc11, 0xc29,
    0xc29, 0xc3a, 0xc3b, 0xc45, 0xc45, 0xc49, 0xc49, 0xc4e, 0xc54, 0xc57, 0xc57, 0xc5b, 0xc5c,
    0xc5e, 0xc5f, 0xc64, 0xc65, 0xc70, 0xc76, 0xc8d, 0xc8d, 0xc91, 0xc91, 0xca9, 0xca9, 0xcb4,
    0xcb4, 0xcba, 0xcbb, 0xcc5, 0xcc5, 0xcc9, 0xcc9, 0xcce, 0xcd4, 0xcd7, 0xcdc, 0xcdf, 0xcdf,
    0xce4, 0xce5, 0xcf0, 0xcf0, 0xcf3, 0xcff, 0xd0d, 0xd0d, 0xd11, 0xd11, 0xd45, 0xd45, 0xd49,
    0xd49, 0xd50, 0xd53, 0xd64, 0xd65, 0xd80, 0xd80, 0xd84, 0xd84, 0xd97, 0xd99, 0xdb2, 0xdb2,
    0xdbc, 0xdbc, 0xdbe, 0xdbf, 0xdc7, 0xdc9, 0xdcb, 0xdce, 0xdd5, 0xdd5, 0xdd7, 0xdd7, 0xde0,
    0xde5, 0xdf0, 0xdf1, 0xdf5, 0xe00, 0xe3b, 0xe3e, 0xe5c, 0xe80, 0xe83, 0xe83, 0xe85, 0xe85,
    0xe8b, 0xe8b, 0xea4, 0xea4, 0xea6, 0xea6, 0xebe, 0xebf, 0xec5, 0xec5, 0xec7, 0xec7, 0xece,
    0xecf, 0xeda, 0xedb, 0xee0, 0xeff, 0xf48, 0xf48, 0xf6d, 0xf70, 0xf98, 0xf98, 0xfbd, 0xfbd,
    0xfcd, 0xfcd, 0xfdb, 0xfff, 0x10c6, 0x10c6, 0x10c8, 0x10cc, 0x10ce, 0x10cf, 0x1249, 0x1249,
    0x124e, 0x124f, 0x1257, 0x1257, 0x1259, 0x1259, 0x125e, 0x125f, 0x1289, 0x1289, 0x128e, 0x128f,
    0x12b1, 0x12b1, 0x12b6, 0x12b7, 0x12bf, 0x12bf, 0x12c1, 0x12c1, 0x12c6, 0x12c7, 0x12d7, 0x12d7,
    0x1311, 0x1311, 0x1316, 0x1317, 0x135b, 0x135c, 0x137d, 0x137f, 0x139a, 0x139f, 0x13f6, 0x13f7,
    0x13fe, 0x13ff, 0x1680, 0x1680, 0x169d, 0x169f, 0x16f9, 0x16ff, 0x1716, 0x171e, 0x1737, 0x173f,
    0x1754, 0x175f, 0x176d, 0x176d, 0x1771, 0x1771, 0x1774, 0x177f, 0x17de, 0x17df, 0x17ea, 0x17ef,
    0x17fa, 0x17ff, 0x180e, 0x180e, 0x181a, 0x181f, 0x1879, 0x187f, 0x18ab, 0x18af, 0x18f6, 0x18ff,
    0x191f, 0x191f, 0x192c, 0x192f, 0x193c, 0x193f, 0x1941, 0x1943, 0x196e, 0x196f, 0x1975, 0x197f,
    0x19ac, 0x19af, 0x19ca, 0x19cf, 0x19db, 0x19dd, 0x1a1c, 0x1a1d, 0x1a5f, 0x1a5f, 0x1a7d, 0x1a7e,
    0x1a8a, 0x1a8f, 0x1a9a, 0x1a9f, 0x1aae, 0x1aaf, 0x1acf, 0x1aff, 0x1b4d, 0x1b4f, 0x1b7f, 0x1b7f,
    0x1bf4, 0x1bfb, 0x1c38, 0x1c3a, 0x1c4a, 0x1c4c, 0x1c89, 0x1c8f, 0x1cbb, 0x1cbc, 0x1cc8, 0x1ccf,
    0x1cfb, 0x1cff, 0x1f16, 0x1f17, 0x1f1e, 0x1f1f, 0x1f46, 0x1f47, 0x1f4e, 0x1f4f, 0x1f58, 0x1f58,
    0x1f5a, 0x1f5a, 0x1f5c, 0x1f5c, 0x1f5e, 0x1f5e, 0x1f7e, 0x1f7f, 0x1fb5, 0x1fb5, 0x1fc5, 0x1fc5,
    0x1fd4, 0x1fd5, 0x1fdc, 0x1fdc, 0x1ff0, 0x1ff1, 0x1ff5, 0x1ff5, 0x1fff, 0x200f, 0x2028, 0x202f,
    0x205f, 0x206f, 0x2072, 0x2073, 0x208f, 0x208f, 0x209d, 0x209f, 0x20c1, 0x20cf, 0x20f1, 0x20ff,
    0x218c, 0x218f, 0x2427, 0x243f, 0x244b, 0x245f, 0x2b74, 0x2b75, 0x2b96, 0x2b96, 0x2cf4, 0x2cf8,
    0x2d26, 0x2d26, 0x2d28, 0x2d2c, 0x2d2e, 0x2d2f, 0x2d68, 0x2d6e, 0x2d71, 0x2d7e, 0x2d97, 0x2d9f,
    0x2da7, 0x2da7, 0x2daf, 0x2daf, 0x2db7, 0x2db7, 0x2dbf, 0x2dbf, 0x2dc7, 0x2dc7, 0x2dcf, 0x2dcf,
    0x2dd7, 0x2dd7, 0x2ddf, 0x2ddf, 0x2e5e, 0x2e7f, 0x2e9a, 0x2e9a, 0x2ef4, 0x2eff, 0x2fd6, 0x2fef,
    0x2ffc, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104, 0x3130, 0x3130, 0x318f, 0x318f,
    0x31e4, 0x31ef, 0x321f, 0x321f, 0xa48d, 0xa48f, 0xa4c7, 0xa4cf, 0xa62c, 0xa63f, 0xa6f8, 0xa6ff,
    0xa7cb, 0xa7cf, 0xa7d2, 0xa7d2, 0xa7d4, 0xa7d4, 0xa7da, 0xa7f1, 0xa82d, 0xa82f, 0xa83a, 0xa83f,
    0xa878, 0xa87f, 0xa8c6, 0xa8cd, 0xa8da, 0xa8df, 0xa954, 0xa95e, 0xa97d, 0xa97f, 0xa9ce, 0xa9ce,
    0xa9da, 0xa9dd, 0xa9ff, 0xa9ff, 0xaa37, 0xaa3f, 0xaa4e, 0xaa4f, 0xaa5a, 0xaa5b, 0xaac3, 0xaada,
    0xaaf7, 0xab00, 0xab07, 0xab08, 0xab0f, 0xab10, 0xab17, 0xab1f, 0xab27, 0xab27, 0xab2f, 0xab2f,
    0xab6c, 0xab6f, 0xabee, 0xabef, 0xabfa, 0xabff, 0xd7a4, 0xd7af, 0xd7c7, 0xd7ca, 0xd7fc, 0xf8ff,
    0xfa6e, 0xfa6f, 0xfada, 0xfaff, 0xfb07, 0xfb12, 0xfb18, 0xfb1c, 0xfb37, 0xfb37, 0xfb3d, 0xfb3d,
    0xfb3f, 0xfb3f, 0xfb42, 0xfb42, 0xfb45, 0xfb45, 0xfbc3, 0xfbd2, 0xfd90, 0xfd91, 0xfdc8, 0xfdce,
    0xfdd0, 0xfdef, 0xfe1a, 0xfe1f, 0xfe53, 0xfe53, 0xfe67, 0xfe67, 0xfe6c, 0xfe6f, 0xfe75, 0xfe75,
    0xfefd, 0xff00, 0xffbf, 0xffc1, 0xffc8, 0xffc9, 0xffd0, 0xffd1, 0xffd8, 0xffd9, 0xffdd, 0xffdf,
    0xffe7, 0xffe7, 0xffef, 0xfffb, 0xfffe, 0xffff, 0x1000c, 0x1000c, 0x10027, 0x10027, 0x1003b,
    0x1003b, 0x1003e, 0x1003e, 0x1004e, 0x1004f, 0x1005e, 0x1007f, 0x100fb, 0x100ff, 0x10103,
    0x10106, 0x10134, 0x10136, 0x1018f, 0x1018f, 0x1019d, 0x1019f, 0x101a1, 0x101cf, 0x101fe,
    0x1027f, 0x1029d, 0x1029f, 0x102d1, 0x102df, 0x102fc, 0x102ff, 0x10324, 0x1032c, 0x1034b,
    0x1034f, 0x1037b, 0x1037f, 0x1039e, 0x1039e, 0x103c4, 0x103c7, 0x103d6, 0x103ff, 0x1049e,
    0x1049f, 0x104aa, 0x104af, 0x104d4, 0x104d7, 0x104fc, 0x104ff, 0x10528, 0x1052f, 0x10564,
    0x1056e, 0x1057b, 0x1057b, 0x1058b, 0x1058b, 0x10593, 0x10593, 0x10596, 0x10596, 0x105a2,
    0x105a2, 0x105b2, 0x105b2, 0x105ba, 0x105ba, 0x105bd, 0x105ff, 0x10737, 0x1073f, 0x10756,
    0x1075f, 0x10768, 0x1077f, 0x10786, 0x10786, 0x107b1, 0x107b1, 0x107bb, 0x107ff, 0x10806,
    0x10807, 0x10809, 0x10809, 0x10836, 0x10836, 0x10839, 0x1083b, 0x1083d, 0x1083e, 0x10856,
    0x10856, 0x1089f, 0x108a6, 0x108b0, 0x108df, 0x108f3, 0x108f3, 0x108f6, 0x108fa, 0x1091c,
    0x1091e, 0x1093a, 0x1093e, 0x10940, 0x1097f, 0x109b8, 0x109bb, 0x109d0, 0x109d1, 0x10a04,
    0x10a04, 0x10a07, 0x10a0b, 0x10a14, 0x10a14, 0x10a18, 0x10a18, 0x10a36, 0x10a37, 0x10a3b,
    0x10a3e, 0x10a49, 0x10a4f, 0x10a59, 0x10a5f, 0x10aa0, 0x10abf, 0x10ae7, 0x10aea, 0x10af7,
    0x10aff, 0x10b36, 0x10b38, 0x10b56, 0x10b57, 0x10b73, 0x10b77, 0x10b92, 0x10b98, 0x10b9d,
    0x10ba8, 0x10bb0, 0x10bff, 0x10c49, 0x10c7f, 0x10cb3, 0x10cbf, 0x10cf3, 0x10cf9, 0x10d28,
    0x10d2f, 0x10d3a, 0x10e5f, 0x10e7f, 0x10e7f, 0x10eaa, 0x10eaa, 0x10eae, 0x10eaf, 0x10eb2,
    0x10eff, 0x10f28, 0x10f2f, 0x10f5a, 0x10f6f, 0x10f8a, 0x10faf, 0x10fcc, 0x10fdf, 0x10ff7,
    0x10fff, 0x1104e, 0x11051, 0x11076, 0x1107e, 0x110bd, 0x110bd, 0x110c3, 0x110cf, 0x110e9,
    0x110ef, 0x110fa, 0x110ff, 0x11135, 0x11135, 0x11148, 0x1114f, 0x11177, 0x1117f, 0x111e0,
    0x111e0, 0x111f5, 0x111ff, 0x11212, 0x11212, 0x1123f, 0x1127f, 0x11287, 0x11287, 0x11289,
    0x11289, 0x1128e, 0x1128e, 0x1129e, 0x1129e, 0x112aa, 0x112af, 0x112eb, 0x112ef, 0x112fa,
    0x112ff, 0x11304, 0x11304, 0x1130d, 0x1130e, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331,
    0x11331, 0x11334, 0x11334, 0x1133a, 0x1133a, 0x11345, 0x11346, 0x11349, 0x1134a, 0x1134e,
    0x1134f, 0x11351, 0x11356, 0x11358, 0x1135c, 0x11364, 0x11365, 0x1136d, 0x1136f, 0x11375,
    0x113ff, 0x1145c, 0x1145c, 0x11462, 0x1147f, 0x114c8, 0x114cf, 0x114da, 0x1157f, 0x115b6,
    0x115b7, 0x115de, 0x115ff, 0x11645, 0x1164f, 0x1165a, 0x1165f, 0x1166d, 0x1167f, 0x116ba,
    0x116bf, 0x116ca, 0x116ff, 0x1171b, 0x1171c, 0x1172c, 0x1172f, 0x11747, 0x117ff, 0x1183c,
    0x1189f, 0x118f3, 0x118fe, 0x11907, 0x11908, 0x1190a, 0x1190b, 0x11914, 0x11914, 0x11917,
    0x11917, 0x11936, 0x11936, 0x11939, 0x1193a, 0x11947, 0x1194f, 0x1195a, 0x1199f, 0x119a8,
    0x119a9, 0x119d8, 0x119d9, 0x119e5, 0x119ff, 0x11a48, 0x11a4f, 0x11aa3, 0x11aaf, 0x11af9,
    0x11bff, 0x11c09, 0x11c09, 0x11c37, 0x11c37, 0x11c46, 0x11c4f, 0x11c6d, 0x11c6f, 0x11c90,
    0x11c91, 0x11ca8, 0x11ca8, 0x11cb7, 0x11cff, 0x11d07, 0x11d07, 0x11d0a, 0x11d0a, 0x11d37,
    0x11d39, 0x11d3b, 0x11d3b, 0x11d3e, 0x11d3e, 0x11d48, 0x11d4f, 0x11d5a, 0x11d5f, 0x11d66,
    0x11d66, 0x11d69, 0x11d69, 0x11d8f, 0x11d8f, 0x11d92, 0x11d92, 0x11d99, 0x11d9f, 0x11daa,
    0x11edf, 0x11ef9, 0x11faf, 0x11fb1, 0x11fbf, 0x11ff2, 0x11ffe, 0x1239a, 0x123ff, 0x1246f,
    0x1246f, 0x12475, 0x1247f, 0x12544, 0x12f8f, 0x12ff3, 0x12fff, 0x1342f, 0x143ff, 0x14647,
    0x167ff, 0x16a39, 0x16a3f, 0x16a5f, 0x16a5f, 0x16a6a, 0x16a6d, 0x16abf, 0x16abf, 0x16aca,
    0x16acf, 0x16aee, 0x16aef, 0x16af6, 0x16aff, 0x16b46, 0x16b4f, 0x16b5a, 0x16b5a, 0x16b62,
    0x16b62, 0x16b78, 0x16b7c, 0x16b90, 0x16e3f, 0x16e9b, 0x16eff, 0x16f4b, 0x16f4e, 0x16f88,
    0x16f8e, 0x16fa0, 0x16fdf, 0x16fe5, 0x16fef, 0x16ff2, 0x16fff, 0x187f8, 0x187ff, 0x18cd6,
    0x18cff, 0x18d09, 0x1afef, 0x1aff4, 0x1aff4, 0x1affc, 0x1affc, 0x1afff, 0x1afff, 0x1b123,
    0x1b14f, 0x1b153, 0x1b163, 0x1b168, 0x1b16f, 0x1b2fc, 0x1bbff, 0x1bc6b, 0x1bc6f, 0x1bc7d,
    0x1bc7f, 0x1bc89, 0x1bc8f, 0x1bc9a, 0x1bc9b, 0x1bca0, 0x1ceff, 0x1cf2e, 0x1cf2f, 0x1cf47,
    0x1cf4f, 0x1cfc4, 0x1cfff, 0x1d0f6, 0x1d0ff, 0x1d127, 0x1d128, 0x1d173, 0x1d17a, 0x1d1eb,
    0x1d1ff, 0x1d246, 0x1d2df, 0x1d2f4, 0x1d2ff, 0x1d357, 0x1d35f, 0x1d379, 0x1d3ff, 0x1d455,
    0x1d455, 0x1d49d, 0x1d49d, 0x1d4a0, 0x1d4a1, 0x1d4a3, 0x1d4a4, 0x1d4a7, 0x1d4a8, 0x1d4ad,
    0x1d4ad, 0x1d4ba, 0x1d4ba, 0x1d4bc, 0x1d4bc, 0x1d4c4, 0x1d4c4, 0x1d506, 0x1d506, 0x1d50b,
    0x1d50c, 0x1d515, 0x1d515, 0x1d51d, 0x1d51d, 0x1d53a, 0x1d53a, 0x1d53f, 0x1d53f, 0x1d545,
    0x1d545, 0x1d547, 0x1d549, 0x1d551, 0x1d551, 0x1d6a6, 0x1d6a7, 0x1d7cc, 0x1d7cd, 0x1da8c,
    0x1da9a, 0x1daa0, 0x1daa0, 0x1dab0, 0x1deff, 0x1df1f, 0x1dfff, 0x1e007, 0x1e007, 0x1e019,
    0x1e01a, 0x1e022, 0x1e022, 0x1e025, 0x1e025, 0x1e02b, 0x1e0ff, 0x1e12d, 0x1e12f, 0x1e13e,
    0x1e13f, 0x1e14a, 0x1e14d, 0x1e150, 0x1e28f, 0x1e2af, 0x1e2bf, 0x1e2fa, 0x1e2fe, 0x1e300,
    0x1e7df, 0x1e7e7, 0x1e7e7, 0x1e7ec, 0x1e7ec, 0x1e7ef, 0x1e7ef, 0x1e7ff, 0x1e7ff, 0x1e8c5,
    0x1e8c6, 0x1e8d7, 0x1e8ff, 0x1e94c, 0x1e94f, 0x1e95a, 0x1e95d, 0x1e960, 0x1ec70, 0x1ecb5,
    0x1ed00, 0x1ed3e, 0x1edff, 0x1ee04, 0x1ee04, 0x1ee20, 0x1ee20, 0x1ee23, 0x1ee23, 0x1ee25,
    0x1ee26, 0x1ee28, 0x1ee28, 0x1ee33, 0x1ee33, 0x1ee38, 0x1ee38, 0x1ee3a, 0x1ee3a, 0x1ee3c,
    0x1ee41, 0x1ee43, 0x1ee46, 0x1ee48, 0x1ee48, 0x1ee4a, 0x1ee4a, 0x1ee4c, 0x1ee4c, 0x1ee50,
    0x1ee50, 0x1ee53, 0x1ee53, 0x1ee55, 0x1ee56, 0x1ee58, 0x1ee58, 0x1ee5a, 0x1ee5a, 0x1ee5c,
    0x1ee5c, 0x1ee5e, 0x1ee5e, 0x1ee60, 0x1ee60, 0x1ee63, 0x1ee63, 0x1ee65, 0x1ee66, 0x1ee6b,
    0x1ee6b, 0x1ee73, 0x1ee73, 0x1ee78, 0x1ee78, 0x1ee7d, 0x1ee7d, 0x1ee7f, 0x1ee7f, 0x1ee8a,
    0x1ee8a, 0x1ee9c, 0x1eea0, 0x1eea4, 0x1eea4, 0x1eeaa, 0x1eeaa, 0x1eebc, 0x1eeef, 0x1eef2,
    0x1efff, 0x1f02c, 0x1f02f, 0x1f094, 0x1f09f, 0x1f0af, 0x1f0b0, 0x1f0c0, 0x1f0c0, 0x1f0d0,
    0x1f0d0, 0x1f0f6, 0x1f0ff, 0x1f1ae, 0x1f1e5, 0x1f203, 0x1f20f, 0x1f23c, 0x1f23f, 0x1f249,
    0x1f24f, 0x1f252, 0x1f25f, 0x1f266, 0x1f2ff, 0x1f6d8, 0x1f6dc, 0x1f6ed, 0x1f6ef, 0x1f6fd,
    0x1f6ff, 0x1f774, 0x1f77f, 0x1f7d9, 0x1f7df, 0x1f7ec, 0x1f7ef, 0x1f7f1, 0x1f7ff, 0x1f80c,
    0x1f80f, 0x1f848, 0x1f84f, 0x1f85a, 0x1f85f, 0x1f888, 0x1f88f, 0x1f8ae, 0x1f8af, 0x1f8b2,
    0x1f8ff, 0x1fa54, 0x1fa5f, 0x1fa6e, 0x1fa6f, 0x1fa75, 0x1fa77, 0x1fa7d, 0x1fa7f, 0x1fa87,
    0x1fa8f, 0x1faad, 0x1faaf, 0x1fabb, 0x1fabf, 0x1fac6, 0x1facf, 0x1fada, 0x1fadf, 0x1fae8,
    0x1faef, 0x1faf7, 0x1faff, 0x1fb93, 0x1fb93, 0x1fbcb, 0x1fbef, 0x1fbfa, 0x1ffff, 0x2a6e0,
    0x2a6ff, 0x2b739, 0x2b73f, 0x2b81e, 0x2b81f, 0x2cea2, 0x2ceaf, 0x2ebe1, 0x2f7ff, 0x2fa1e,
    0x2ffff, 0x3134b, 0xe00ff, 0xe01f0, 0x10ffff,
];

/// Unicode decimal digits (category Nd) as inclusive ranges; each range starts at a zero.
const DECIMAL: &[u32] = &[
    0x30, 0x39, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9, 0x966, 0x96f, 0x9e6, 0x9ef, 0xa66, 0xa6f,
    0xae6, 0xaef, 0xb66, 0xb6f, 0xbe6, 0xbef, 0xc66, 0xc6f, 0xce6, 0xcef, 0xd66, 0xd6f, 0xde6,
    0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf29, 0x1040, 0x1049, 0x1090, 0x1099, 0x17e0,
    0x17e9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0, 0x19d9, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50,
    0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50, 0x1c59, 0xa620, 0xa629, 0xa8d0, 0xa8d9, 0xa900,
    0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xff10, 0xff19,
    0x104a0, 0x104a9, 0x10d30, 0x10d39, 0x11066, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f,
    0x111d0, 0x111d9, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659,
    0x116c0, 0x116c9, 0x11730, 0x11739, 0x118e0, 0x118e9, 0x11950, 0x11959, 0x11c50, 0x11c59,
    0x11d50, 0x11d59, 0x11da0, 0x11da9, 0x16a60, 0x16a69, 0x16ac0, 0x16ac9, 0x16b50, 0x16b59,
    0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e950, 0x1e959, 0x1fbf0, 0x1fbf9,
];

/// Digits that are not decimal (`str.isdigit` but not `str.isdecimal`).
const DIGIT_EXTRA: &[u32] = &[
    0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080,
    0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff,
    0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43, 0x10e60, 0x10e68,
    0x11052, 0x1105a, 0x1f100, 0x1f10a,
];

/// Characters with a numeric value (`str.isnumeric`).
const NUMERIC: &[u32] = &[
    0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0xbc, 0xbe, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9,
    0x966, 0x96f, 0x9e6, 0x9ef, 0x9f4, 0x9f9, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xb72,
    0xb77, 0xbe6, 0xbf2, 0xc66, 0xc6f, 0xc78, 0xc7e, 0xce6, 0xcef, 0xd58, 0xd5e, 0xd66, 0xd78,
    0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf33, 0x1040, 0x1049, 0x1090, 0x1099, 0x1369,
    0x137c, 0x16ee, 0x16f0, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0,
    0x19da, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50,
    0x1c59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2150, 0x2182, 0x2185, 0x2189, 0x2460,
    0x249b, 0x24ea, 0x24ff, 0x2776, 0x2793, 0x2cfd, 0x2cfd, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038,
    0x303a, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324f, 0x3251, 0x325f, 0x3280, 0x3289, 0x32b1,
    0x32bf, 0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03,
    0x4e03, 0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96,
    0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104,
    0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343,
    0x5345, 0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a,
    0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2,
    0x67d2, 0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae,
    0x8cae, 0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678,
    0x9678, 0x96f6, 0x96f6, 0xa620, 0xa629, 0xa6e6, 0xa6ef, 0xa830, 0xa835, 0xa8d0, 0xa8d9, 0xa900,
    0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xf96b, 0xf96b, 0xf973,
    0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0xff10,
    0xff19, 0x10107, 0x10133, 0x10140, 0x10178, 0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320,
    0x10323, 0x10341, 0x10341, 0x1034a, 0x1034a, 0x103d1, 0x103d5, 0x104a0, 0x104a9, 0x10858,
    0x1085f, 0x10879, 0x1087f, 0x108a7, 0x108af, 0x108fb, 0x108ff, 0x10916, 0x1091b, 0x109bc,
    0x109bd, 0x109c0, 0x109cf, 0x109d2, 0x109ff, 0x10a40, 0x10a48, 0x10a7d, 0x10a7e, 0x10a9d,
    0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f, 0x10b78, 0x10b7f, 0x10ba9, 0x10baf, 0x10cfa,
    0x10cff, 0x10d30, 0x10d39, 0x10e60, 0x10e7e, 0x10f1d, 0x10f26, 0x10f51, 0x10f54, 0x10fc5,
    0x10fcb, 0x11052, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f, 0x111d0, 0x111d9, 0x111e1,
    0x111f4, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0,
    0x116c9, 0x11730, 0x1173b, 0x118e0, 0x118f2, 0x11950, 0x11959, 0x11c50, 0x11c6c, 0x11d50,
    0x11d59, 0x11da0, 0x11da9, 0x11fc0, 0x11fd4, 0x12400, 0x1246e, 0x16a60, 0x16a69, 0x16ac0,
    0x16ac9, 0x16b50, 0x16b59, 0x16b5b, 0x16b61, 0x16e80, 0x16e96, 0x1d2e0, 0x1d2f3, 0x1d360,
    0x1d378, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e8c7, 0x1e8cf, 0x1e950,
    0x1e959, 0x1ec71, 0x1ecab, 0x1ecad, 0x1ecaf, 0x1ecb1, 0x1ecb4, 0x1ed01, 0x1ed2d, 0x1ed2f,
    0x1ed3d, 0x1f100, 0x1f10c, 0x1fbf0, 0x1fbf9, 0x20001, 0x20001, 0x20064, 0x20064, 0x200e2,
    0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c,
    0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998,
    0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890, 0x2f890,
];

/// Letters (categories Lu, Ll, Lt, Lm, Lo: `str.isalpha`).
const ALPHA: &[u32] = &[
    0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8,
    0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4, 0x2ec, 0x2ec, 0x2ee, 0x2ee, 0x370, 0x374, 0x376, 0x377,
    0x37a, 0x37d, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1, 0x3a3,
    0x3f5, 0x3f7, 0x481, 0x48a, 0x52f, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5d0, 0x5ea,
    0x5ef, 0x5f2, 0x620, 0x64a, 0x66e, 0x66f, 0x671, 0x6d3, 0x6d5, 0x6d5, 0x6e5, 0x6e6, 0x6ee,
    0x6ef, 0x6fa, 0x6fc, 0x6ff, 0x6ff, 0x710, 0x710, 0x712, 0x72f, 0x74d, 0x7a5, 0x7b1, 0x7b1,
    0x7ca, 0x7ea, 0x7f4, 0x7f5, 0x7fa, 0x7fa, 0x800, 0x815, 0x81a, 0x81a, 0x824, 0x824, 0x828,
    0x828, 0x840, 0x858, 0x860, 0x86a, 0x870, 0x887, 0x889, 0x88e, 0x8a0, 0x8c9, 0x904, 0x939,
    0x93d, 0x93d, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98c, 0x98f, 0x990, 0x993,
    0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9bd, 0x9bd, 0x9ce, 0x9ce, 0x9dc, 0x9dd,
    0x9df, 0x9e1, 0x9f0, 0x9f1, 0x9fc, 0x9fc, 0xa05, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a,
    0xa30, 0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa72, 0xa74,
    0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9, 0xabd,
    0xabd, 0xad0, 0xad0, 0xae0, 0xae1, 0xaf9, 0xaf9, 0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb28,
    0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3d, 0xb3d, 0xb5c, 0xb5d, 0xb5f, 0xb61, 0xb71,
    0xb71, 0xb83, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c,
    0xb9e, 0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbd0, 0xbd0, 0xc05, 0xc0c, 0xc0e,
    0xc10, 0xc12, 0xc28, 0xc2a, 0xc39, 0xc3d, 0xc3d, 0xc58, 0xc5a, 0xc5d, 0xc5d, 0xc60, 0xc61,
    0xc80, 0xc80, 0xc85, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9, 0xcbd,
    0xcbd, 0xcdd, 0xcde, 0xce0, 0xce1, 0xcf1, 0xcf2, 0xd04, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd3a,
    0xd3d, 0xd3d, 0xd4e, 0xd4e, 0xd54, 0xd56, 0xd5f, 0xd61, 0xd7a, 0xd7f, 0xd85, 0xd96, 0xd9a,
    0xdb1, 0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xe01, 0xe30, 0xe32, 0xe33, 0xe40, 0xe46,
    0xe81, 0xe82, 0xe84, 0xe84, 0xe86, 0xe8a, 0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xeb0, 0xeb2,
    0xeb3, 0xebd, 0xebd, 0xec0, 0xec4, 0xec6, 0xec6, 0xedc, 0xedf, 0xf00, 0xf00, 0xf40, 0xf47,
    0xf49, 0xf6c, 0xf88, 0xf8c, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a, 0x105d,
    0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070, 0x1075, 0x1081, 0x108e, 0x108e, 0x10a0, 0x10c5,
    0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x10fa, 0x10fc, 0x1248, 0x124a, 0x124d, 0x1250, 0x1256,
    0x1258, 0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0, 0x12b2, 0x12b5,
    0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6, 0x12d8, 0x1310, 0x1312, 0x1315,
    0x1318, 0x135a, 0x1380, 0x138f, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1401, 0x166c, 0x166f, 0x167f,
    0x1681, 0x169a, 0x16a0, 0x16ea, 0x16f1, 0x16f8, 0x1700, 0x1711, 0x171f, 0x1731, 0x1740, 0x1751,
    0x1760, 0x176c, 0x176e, 0x1770, 0x1780, 0x17b3, 0x17d7, 0x17d7, 0x17dc, 0x17dc, 0x1820, 0x1878,
    0x1880, 0x1884, 0x1887, 0x18a8, 0x18aa, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e, 0x1950, 0x196d,
    0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x1a00, 0x1a16, 0x1a20, 0x1a54, 0x1aa7, 0x1aa7,
    0x1b05, 0x1b33, 0x1b45, 0x1b4c, 0x1b83, 0x1ba0, 0x1bae, 0x1baf, 0x1bba, 0x1be5, 0x1c00, 0x1c23,
    0x1c4d, 0x1c4f, 0x1c5a, 0x1c7d, 0x1c80, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1ce9, 0x1cec,
    0x1cee, 0x1cf3, 0x1cf5, 0x1cf6, 0x1cfa, 0x1cfa, 0x1d00, 0x1dbf, 0x1e00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d,
    0x1f5f, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fcc,
    0x1fd0, 0x1fd3, 0x1fd6, 0x1fdb, 0x1fe0, 0x1fec, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffc, 0x2071, 0x2071,
    0x207f, 0x207f, 0x2090, 0x209c, 0x2102, 0x2102, 0x2107, 0x2107, 0x210a, 0x2113, 0x2115, 0x2115,
    0x2119, 0x211d, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212a, 0x212d, 0x212f, 0x2139,
    0x213c, 0x213f, 0x2145, 0x2149, 0x214e, 0x214e, 0x2183, 0x2184, 0x2c00, 0x2ce4, 0x2ceb, 0x2cee,
    0x2cf2, 0x2cf3, 0x2d00, 0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d6f,
    0x2d80, 0x2d96, 0x2da0, 0x2da6, 0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6,
    0x2dc8, 0x2dce, 0x2dd0, 0x2dd6, 0x2dd8, 0x2dde, 0x2e2f, 0x2e2f, 0x3005, 0x3006, 0x3031, 0x3035,
    0x303b, 0x303c, 0x3041, 0x3096, 0x309d, 0x309f, 0x30a1, 0x30fa, 0x30fc, 0x30ff, 0x3105, 0x312f,
    0x3131, 0x318e, 0x31a0, 0x31bf, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0xa48c, 0xa4d0, 0xa4fd,
    0xa500, 0xa60c, 0xa610, 0xa61f, 0xa62a, 0xa62b, 0xa640, 0xa66e, 0xa67f, 0xa69d, 0xa6a0, 0xa6e5,
    0xa717, 0xa71f, 0xa722, 0xa788, 0xa78b, 0xa7ca, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9,
    0xa7f2, 0xa801, 0xa803, 0xa805, 0xa807, 0xa80a, 0xa80c, 0xa822, 0xa840, 0xa873, 0xa882, 0xa8b3,
    0xa8f2, 0xa8f7, 0xa8fb, 0xa8fb, 0xa8fd, 0xa8fe, 0xa90a, 0xa925, 0xa930, 0xa946, 0xa960, 0xa97c,
    0xa984, 0xa9b2, 0xa9cf, 0xa9cf, 0xa9e0, 0xa9e4, 0xa9e6, 0xa9ef, 0xa9fa, 0xa9fe, 0xaa00, 0xaa28,
    0xaa40, 0xaa42, 0xaa44, 0xaa4b, 0xaa60, 0xaa76, 0xaa7a, 0xaa7a, 0xaa7e, 0xaaaf, 0xaab1, 0xaab1,
    0xaab5, 0xaab6, 0xaab9, 0xaabd, 0xaac0, 0xaac0, 0xaac2, 0xaac2, 0xaadb, 0xaadd, 0xaae0, 0xaaea,
    0xaaf2, 0xaaf4, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab26, 0xab28, 0xab2e,
    0xab30, 0xab5a, 0xab5c, 0xab69, 0xab70, 0xabe2, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb,
    0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb1d, 0xfb1f, 0xfb28,
    0xfb2a, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41, 0xfb43, 0xfb44, 0xfb46, 0xfbb1,
    0xfbd3, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfb, 0xfe70, 0xfe74, 0xfe76, 0xfefc,
    0xff21, 0xff3a, 0xff41, 0xff5a, 0xff66, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7,
    0xffda, 0xffdc, 0x10000, 0x1000b, 0x1000d, 0x10026, 0x10028, 0x1003a, 0x1003c, 0x1003d,
    0x1003f, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10280, 0x1029c, 0x102a0, 0x102d0,
    0x10300, 0x1031f, 0x1032d, 0x10340, 0x10342, 0x10349, 0x10350, 0x10375, 0x10380, 0x1039d,
    0x103a0, 0x103c3, 0x103c8, 0x103cf, 0x10400, 0x1049d, 0x104b0, 0x104d3, 0x104d8, 0x104fb,
    0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057a, 0x1057c, 0x1058a, 0x1058c, 0x10592,
    0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3, 0x105b9, 0x105bb, 0x105bc,
    0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107b0,
    0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080a, 0x10835, 0x10837, 0x10838,
    0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089e, 0x108e0, 0x108f2,
    0x108f4, 0x108f5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109b7, 0x109be, 0x109bf,
    0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x10a60, 0x10a7c,
    0x10a80, 0x10a9c, 0x10ac0, 0x10ac7, 0x10ac9, 0x10ae4, 0x10b00, 0x10b35, 0x10b40, 0x10b55,
    0x10b60, 0x10b72, 0x10b80, 0x10b91, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0, 0x10cf2,
    0x10d00, 0x10d23, 0x10e80, 0x10ea9, 0x10eb0, 0x10eb1, 0x10f00, 0x10f1c, 0x10f27, 0x10f27,
    0x10f30, 0x10f45, 0x10f70, 0x10f81, 0x10fb0, 0x10fc4, 0x10fe0, 0x10ff6, 0x11003, 0x11037,
    0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110af, 0x110d0, 0x110e8, 0x11103, 0x11126,
    0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176, 0x11176, 0x11183, 0x111b2,
    0x111c1, 0x111c4, 0x111da, 0x111da, 0x111dc, 0x111dc, 0x11200, 0x11211, 0x11213, 0x1122b,
    0x11280, 0x11286, 0x11288, 0x11288, 0x1128a, 0x1128d, 0x1128f, 0x1129d, 0x1129f, 0x112a8,
    0x112b0, 0x112de, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11328, 0x1132a, 0x11330,
    0x11332, 0x11333, 0x11335, 0x11339, 0x1133d, 0x1133d, 0x11350, 0x11350, 0x1135d, 0x11361,
    0x11400, 0x11434, 0x11447, 0x1144a, 0x1145f, 0x11461, 0x11480, 0x114af, 0x114c4, 0x114c5,
    0x114c7, 0x114c7, 0x11580, 0x115ae, 0x115d8, 0x115db, 0x11600, 0x1162f, 0x11644, 0x11644,
    0x11680, 0x116aa, 0x116b8, 0x116b8, 0x11700, 0x1171a, 0x11740, 0x11746, 0x11800, 0x1182b,
    0x118a0, 0x118df, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11913, 0x11915, 0x11916,
    0x11918, 0x1192f, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x119a0, 0x119a7, 0x119aa, 0x119d0,
    0x119e1, 0x119e1, 0x119e3, 0x119e3, 0x11a00, 0x11a00, 0x11a0b, 0x11a32, 0x11a3a, 0x11a3a,
    0x11a50, 0x11a50, 0x11a5c, 0x11a89, 0x11a9d, 0x11a9d, 0x11ab0, 0x11af8, 0x11c00, 0x11c08,
    0x11c0a, 0x11c2e, 0x11c40, 0x11c40, 0x11c72, 0x11c8f, 0x11d00, 0x11d06, 0x11d08, 0x11d09,
    0x11d0b, 0x11d30, 0x11d46, 0x11d46, 0x11d60, 0x11d65, 0x11d67, 0x11d68, 0x11d6a, 0x11d89,
    0x11d98, 0x11d98, 0x11ee0, 0x11ef2, 0x11fb0, 0x11fb0, 0x12000, 0x12399, 0x12480, 0x12543,
    0x12f90, 0x12ff0, 0x13000, 0x1342e, 0x14400, 0x14646, 0x16800, 0x16a38, 0x16a40, 0x16a5e,
    0x16a70, 0x16abe, 0x16ad0, 0x16aed, 0x16b00, 0x16b2f, 0x16b40, 0x16b43, 0x16b63, 0x16b77,
    0x16b7d, 0x16b8f, 0x16e40, 0x16e7f, 0x16f00, 0x16f4a, 0x16f50, 0x16f50, 0x16f93, 0x16f9f,
    0x16fe0, 0x16fe1, 0x16fe3, 0x16fe3, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18d00, 0x18d08,
    0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b150, 0x1b152,
    0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70, 0x1bc7c, 0x1bc80, 0x1bc88,
    0x1bc90, 0x1bc99, 0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e, 0x1d49f, 0x1d4a2, 0x1d4a2,
    0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb, 0x1d4bb, 0x1d4bd, 0x1d4c3,
    0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514, 0x1d516, 0x1d51c, 0x1d51e, 0x1d539,
    0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546, 0x1d546, 0x1d54a, 0x1d550, 0x1d552, 0x1d6a5,
    0x1d6a8, 0x1d6c0, 0x1d6c2, 0x1d6da, 0x1d6dc, 0x1d6fa, 0x1d6fc, 0x1d714, 0x1d716, 0x1d734,
    0x1d736, 0x1d74e, 0x1d750, 0x1d76e, 0x1d770, 0x1d788, 0x1d78a, 0x1d7a8, 0x1d7aa, 0x1d7c2,
    0x1d7c4, 0x1d7cb, 0x1df00, 0x1df1e, 0x1e100, 0x1e12c, 0x1e137, 0x1e13d, 0x1e14e, 0x1e14e,
    0x1e290, 0x1e2ad, 0x1e2c0, 0x1e2eb, 0x1e7e0, 0x1e7e6, 0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee,
    0x1e7f0, 0x1e7fe, 0x1e800, 0x1e8c4, 0x1e900, 0x1e943, 0x1e94b, 0x1e94b, 0x1ee00, 0x1ee03,
    0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27, 0x1ee27, 0x1ee29, 0x1ee32,
    0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42, 0x1ee42, 0x1ee47, 0x1ee47,
    0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51, 0x1ee52, 0x1ee54, 0x1ee54,
    0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d, 0x1ee5d, 0x1ee5f, 0x1ee5f,
    0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c, 0x1ee72, 0x1ee74, 0x1ee77,
    0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b, 0x1ee9b, 0x1eea1, 0x1eea3,
    0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x20000, 0x2a6df, 0x2a700, 0x2b738, 0x2b740, 0x2b81d,
    0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000, 0x3134a,
];

/// Titlecase mappings that differ from the uppercase mapping: `[code point, up to three mapped code points (0-padded)]`.
const TITLE_SPECIAL: &[u32] = &[
    0xdf, 0x53, 0x73, 0x0, 0x1c4, 0x1c5, 0x0, 0x0, 0x1c5, 0x1c5, 0x0, 0x0, 0x1c6, 0x1c5, 0x0, 0x0,
    0x1c7, 0x1c8, 0x0, 0x0, 0x1c8, 0x1c8, 0x0, 0x0, 0x1c9, 0x1c8, 0x0, 0x0, 0x1ca, 0x1cb, 0x0, 0x0,
    0x1cb, 0x1cb, 0x0, 0x0, 0x1cc, 0x1cb, 0x0, 0x0, 0x1f1, 0x1f2, 0x0, 0x0, 0x1f2, 0x1f2, 0x0, 0x0,
    0x1f3, 0x1f2, 0x0, 0x0, 0x587, 0x535, 0x582, 0x0, 0x1f80, 0x1f88, 0x0, 0x0, 0x1f81, 0x1f89,
    0x0, 0x0, 0x1f82, 0x1f8a, 0x0, 0x0, 0x1f83, 0x1f8b, 0x0, 0x0, 0x1f84, 0x1f8c, 0x0, 0x0, 0x1f85,
    0x1f8d, 0x0, 0x0, 0x1f86, 0x1f8e, 0x0, 0x0, 0x1f87, 0x1f8f, 0x0, 0x0, 0x1f88, 0x1f88, 0x0, 0x0,
    0x1f89, 0x1f89, 0x0, 0x0, 0x1f8a, 0x1f8a, 0x0, 0x0, 0x1f8b, 0x1f8b, 0x0, 0x0, 0x1f8c, 0x1f8c,
    0x0, 0x0, 0x1f8d, 0x1f8d, 0x0, 0x0, 0x1f8e, 0x1f8e, 0x0, 0x0, 0x1f8f, 0x1f8f, 0x0, 0x0, 0x1f90,
    0x1f98, 0x0, 0x0, 0x1f91, 0x1f99, 0x0, 0x0, 0x1f92, 0x1f9a, 0x0, 0x0, 0x1f93, 0x1f9b, 0x0, 0x0,
    0x1f94, 0x1f9c, 0x0, 0x0, 0x1f95, 0x1f9d, 0x0, 0x0, 0x1f96, 0x1f9e, 0x0, 0x0, 0x1f97, 0x1f9f,
    0x0, 0x0, 0x1f98, 0x1f98, 0x0, 0x0, 0x1f99, 0x1f99, 0x0, 0x0, 0x1f9a, 0x1f9a, 0x0, 0x0, 0x1f9b,
    0x1f9b, 0x0, 0x0, 0x1f9c, 0x1f9c, 0x0, 0x0, 0x1f9d, 0x1f9d, 0x0, 0x0, 0x1f9e, 0x1f9e, 0x0, 0x0,
    0x1f9f, 0x1f9f, 0x0, 0x0, 0x1fa0, 0x1fa8, 0x0, 0x0, 0x1fa1, 0x1fa9, 0x0, 0x0, 0x1fa2, 0x1faa,
    0x0, 0x0, 0x1fa3, 0x1fab, 0x0, 0x0, 0x1fa4, 0x1fac, 0x0, 0x0, 0x1fa5, 0x1fad, 0x0, 0x0, 0x1fa6,
    0x1fae, 0x0, 0x0, 0x1fa7, 0x1faf, 0x0, 0x0, 0x1fa8, 0x1fa8, 0x0, 0x0, 0x1fa9, 0x1fa9, 0x0, 0x0,
    0x1faa, 0x1faa, 0x0, 0x0, 0x1fab, 0x1fab, 0x0, 0x0, 0x1fac, 0x1fac, 0x0, 0x0, 0x1fad, 0x1fad,
    0x0, 0x0, 0x1fae, 0x1fae, 0x0, 0x0, 0x1faf, 0x1faf, 0x0, 0x0, 0x1fb2, 0x1fba, 0x345, 0x0,
    0x1fb3, 0x1fbc, 0x0, 0x0, 0x1fb4, 0x386, 0x345, 0x0, 0x1fb7, 0x391, 0x342, 0x345, 0x1fbc,
    0x1fbc, 0x0, 0x0, 0x1fc2, 0x1fca, 0x345, 0x0, 0x1fc3, 0x1fcc, 0x0, 0x0, 0x1fc4, 0x389, 0x345,
    0x0, 0x1fc7, 0x397, 0x342, 0x345, 0x1fcc, 0x1fcc, 0x0, 0x0, 0x1ff2, 0x1ffa, 0x345, 0x0, 0x1ff3,
    0x1ffc, 0x0, 0x0, 0x1ff4, 0x38f, 0x345, 0x0, 0x1ff7, 0x3a9, 0x342, 0x345, 0x1ffc, 0x1ffc, 0x0,
    0x0, 0xfb00, 0x46, 0x66, 0x0, 0xfb01, 0x46, 0x69, 0x0, 0xfb02, 0x46, 0x6c, 0x0, 0xfb03, 0x46,
    0x66, 0x69, 0xfb04, 0x46, 0x66, 0x6c, 0xfb05, 0x53, 0x74, 0x0, 0xfb06, 0x53, 0x74, 0x0, 0xfb13,
    0x544, 0x576, 0x0, 0xfb14, 0x544, 0x565, 0x0, 0xfb15, 0x544, 0x56b, 0x0, 0xfb16, 0x54e, 0x576,
    0x0, 0xfb17, 0x544, 0x56d, 0x0,
];

/// Case foldings that differ from the lowercase mapping (Cherokee handled separately): `[code point, up to three mapped code points]`.
const FOLD_SPECIAL: &[u32] = &[
    0xb5, 0x3bc, 0x0, 0x0, 0xdf, 0x73, 0x73, 0x0, 0x149, 0x2bc, 0x6e, 0x0, 0x17f, 0x73, 0x0, 0x0,
    0x1f0, 0x6a, 0x30c, 0x0, 0x345, 0x3b9, 0x0, 0x0, 0x390, 0x3b9, 0x308, 0x301, 0x3b0, 0x3c5,
    0x308, 0x301, 0x3c2, 0x3c3, 0x0, 0x0, 0x3d0, 0x3b2, 0x0, 0x0, 0x3d1, 0x3b8, 0x0, 0x0, 0x3d5,
    0x3c6, 0x0, 0x0, 0x3d6, 0x3c0, 0x0, 0x0, 0x3f0, 0x3ba, 0x0, 0x0, 0x3f1, 0x3c1, 0x0, 0x0, 0x3f5,
    0x3b5, 0x0, 0x0, 0x587, 0x565, 0x582, 0x0, 0x1c80, 0x432, 0x0, 0x0, 0x1c81, 0x434, 0x0, 0x0,
    0x1c82, 0x43e, 0x0, 0x0, 0x1c83, 0x441, 0x0, 0x0, 0x1c84, 0x442, 0x0, 0x0, 0x1c85, 0x442, 0x0,
    0x0, 0x1c86, 0x44a, 0x0, 0x0, 0x1c87, 0x463, 0x0, 0x0, 0x1c88, 0xa64b, 0x0, 0x0, 0x1e96, 0x68,
    0x331, 0x0, 0x1e97, 0x74, 0x308, 0x0, 0x1e98, 0x77, 0x30a, 0x0, 0x1e99, 0x79, 0x30a, 0x0,
    0x1e9a, 0x61, 0x2be, 0x0, 0x1e9b, 0x1e61, 0x0, 0x0, 0x1e9e, 0x73, 0x73, 0x0, 0x1f50, 0x3c5,
    0x313, 0x0, 0x1f52, 0x3c5, 0x313, 0x300, 0x1f54, 0x3c5, 0x313, 0x301, 0x1f56, 0x3c5, 0x313,
    0x342, 0x1f80, 0x1f00, 0x3b9, 0x0, 0x1f81, 0x1f01, 0x3b9, 0x0, 0x1f82, 0x1f02, 0x3b9, 0x0,
    0x1f83, 0x1f03, 0x3b9, 0x0, 0x1f84, 0x1f04, 0x3b9, 0x0, 0x1f85, 0x1f05, 0x3b9, 0x0, 0x1f86,
    0x1f06, 0x3b9, 0x0, 0x1f87, 0x1f07, 0x3b9, 0x0, 0x1f88, 0x1f00, 0x3b9, 0x0, 0x1f89, 0x1f01,
    0x3b9, 0x0, 0x1f8a, 0x1f02, 0x3b9, 0x0, 0x1f8b, 0x1f03, 0x3b9, 0x0, 0x1f8c, 0x1f04, 0x3b9, 0x0,
    0x1f8d, 0x1f05, 0x3b9, 0x0, 0x1f8e, 0x1f06, 0x3b9, 0x0, 0x1f8f, 0x1f07, 0x3b9, 0x0, 0x1f90,
    0x1f20, 0x3b9, 0x0, 0x1f91, 0x1f21, 0x3b9, 0x0, 0x1f92, 0x1f22, 0x3b9, 0x0, 0x1f93, 0x1f23,
    0x3b9, 0x0, 0x1f94, 0x1f24, 0x3b9, 0x0, 0x1f95, 0x1f25, 0x3b9, 0x0, 0x1f96, 0x1f26, 0x3b9, 0x0,
    0x1f97, 0x1f27, 0x3b9, 0x0, 0x1f98, 0x1f20, 0x3b9, 0x0, 0x1f99, 0x1f21, 0x3b9, 0x0, 0x1f9a,
    0x1f22, 0x3b9, 0x0, 0x1f9b, 0x1f23, 0x3b9, 0x0, 0x1f9c, 0x1f24, 0x3b9, 0x0, 0x1f9d, 0x1f25,
    0x3b9, 0x0, 0x1f9e, 0x1f26, 0x3b9, 0x0, 0x1f9f, 0x1f27, 0x3b9, 0x0, 0x1fa0, 0x1f60, 0x3b9, 0x0,
    0x1fa1, 0x1f61, 0x3b9, 0x0, 0x1fa2, 0x1f62, 0x3b9, 0x0, 0x1fa3, 0x1f63, 0x3b9, 0x0, 0x1fa4,
    0x1f64, 0x3b9, 0x0, 0x1fa5, 0x1f65, 0x3b9, 0x0, 0x1fa6, 0x1f66, 0x3b9, 0x0, 0x1fa7, 0x1f67,
    0x3b9, 0x0, 0x1fa8, 0x1f60, 0x3b9, 0x0, 0x1fa9, 0x1f61, 0x3b9, 0x0, 0x1faa, 0x1f62, 0x3b9, 0x0,
    0x1fab, 0x1f63, 0x3b9, 0x0, 0x1fac, 0x1f64, 0x3b9, 0x0, 0x1fad, 0x1f65, 0x3b9, 0x0, 0x1fae,
    0x1f66, 0x3b9, 0x0, 0x1faf, 0x1f67, 0x3b9, 0x0, 0x1fb2, 0x1f70, 0x3b9, 0x0, 0x1fb3, 0x3b1,
    0x3b9, 0x0, 0x1fb4, 0x3ac, 0x3b9, 0x0, 0x1fb6, 0x3b1, 0x342, 0x0, 0x1fb7, 0x3b1, 0x342, 0x3b9,
    0x1fbc, 0x3b1, 0x3b9, 0x0, 0x1fbe, 0x3b9, 0x0, 0x0, 0x1fc2, 0x1f74, 0x3b9, 0x0, 0x1fc3, 0x3b7,
    0x3b9, 0x0, 0x1fc4, 0x3ae, 0x3b9, 0x0, 0x1fc6, 0x3b7, 0x342, 0x0, 0x1fc7, 0x3b7, 0x342, 0x3b9,
    0x1fcc, 0x3b7, 0x3b9, 0x0, 0x1fd2, 0x3b9, 0x308, 0x300, 0x1fd3, 0x3b9, 0x308, 0x301, 0x1fd6,
    0x3b9, 0x342, 0x0, 0x1fd7, 0x3b9, 0x308, 0x342, 0x1fe2, 0x3c5, 0x308, 0x300, 0x1fe3, 0x3c5,
    0x308, 0x301, 0x1fe4, 0x3c1, 0x313, 0x0, 0x1fe6, 0x3c5, 0x342, 0x0, 0x1fe7, 0x3c5, 0x308,
    0x342, 0x1ff2, 0x1f7c, 0x3b9, 0x0, 0x1ff3, 0x3c9, 0x3b9, 0x0, 0x1ff4, 0x3ce, 0x3b9, 0x0,
    0x1ff6, 0x3c9, 0x342, 0x0, 0x1ff7, 0x3c9, 0x342, 0x3b9, 0x1ffc, 0x3c9, 0x3b9, 0x0, 0xfb00,
    0x66, 0x66, 0x0, 0xfb01, 0x66, 0x69, 0x0, 0xfb02, 0x66, 0x6c, 0x0, 0xfb03, 0x66, 0x66, 0x69,
    0xfb04, 0x66, 0x66, 0x6c, 0xfb05, 0x73, 0x74, 0x0, 0xfb06, 0x73, 0x74, 0x0, 0xfb13, 0x574,
    0x576, 0x0, 0xfb14, 0x574, 0x565, 0x0, 0xfb15, 0x574, 0x56b, 0x0, 0xfb16, 0x57e, 0x576, 0x0,
    0xfb17, 0x574, 0x56d, 0x0,
];

/// Unicode `Case_Ignorable` (decides whether a capital sigma is word-final).
const CASE_IGNORABLE: &[u32] = &[
    0x27, 0x27, 0x2e, 0x2e, 0x3a, 0x3a, 0x5e, 0x5e, 0x60, 0x60, 0xa8, 0xa8, 0xad, 0xad, 0xaf, 0xaf,
    0xb4, 0xb4, 0xb7, 0xb8, 0x2b0, 0x36f, 0x374, 0x375, 0x37a, 0x37a, 0x384, 0x385, 0x387, 0x387,
    0x483, 0x489, 0x559, 0x559, 0x55f, 0x55f, 0x591, 0x5bd, 0x5bf, 0x5bf, 0x5c1, 0x5c2, 0x5c4,
    0x5c5, 0x5c7, 0x5c7, 0x5f4, 0x5f4, 0x600, 0x605, 0x610, 0x61a, 0x61c, 0x61c, 0x640, 0x640,
    0x64b, 0x65f, 0x670, 0x670, 0x6d6, 0x6dd, 0x6df, 0x6e8, 0x6ea, 0x6ed, 0x70f, 0x70f, 0x711,
    0x711, 0x730, 0x74a, 0x7a6, 0x7b0, 0x7eb, 0x7f5, 0x7fa, 0x7fa, 0x7fd, 0x7fd, 0x816, 0x82d,
    0x859, 0x85b, 0x888, 0x888, 0x890, 0x891, 0x898, 0x89f, 0x8c9, 0x902, 0x93a, 0x93a, 0x93c,
    0x93c, 0x941, 0x948, 0x94d, 0x94d, 0x951, 0x957, 0x962, 0x963, 0x971, 0x971, 0x981, 0x981,
    0x9bc, 0x9bc, 0x9c1, 0x9c4, 0x9cd, 0x9cd, 0x9e2, 0x9e3, 0x9fe, 0x9fe, 0xa01, 0xa02, 0xa3c,
    0xa3c, 0xa41, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d, 0xa51, 0xa51, 0xa70, 0xa71, 0xa75, 0xa75,
    0xa81, 0xa82, 0xabc, 0xabc, 0xac1, 0xac5, 0xac7, 0xac8, 0xacd, 0xacd, 0xae2, 0xae3, 0xafa,
    0xaff, 0xb01, 0xb01, 0xb3c, 0xb3c, 0xb3f, 0xb3f, 0xb41, 0xb44, 0xb4d, 0xb4d, 0xb55, 0xb56,
    0xb62, 0xb63, 0xb82, 0xb82, 0xbc0, 0xbc0, 0xbcd, 0xbcd, 0xc00, 0xc00, 0xc04, 0xc04, 0xc3c,
    0xc3c, 0xc3e, 0xc40, 0xc46, 0xc48, 0xc4a, 0xc4d, 0xc55, 0xc56, 0xc62, 0xc63, 0xc81, 0xc81,
    0xcbc, 0xcbc, 0xcbf, 0xcbf, 0xcc6, 0xcc6, 0xccc, 0xccd, 0xce2, 0xce3, 0xd00, 0xd01, 0xd3b,
    0xd3c, 0xd41, 0xd44, 0xd4d, 0xd4d, 0xd62, 0xd63, 0xd81, 0xd81, 0xdca, 0xdca, 0xdd2, 0xdd4,
    0xdd6, 0xdd6, 0xe31, 0xe31, 0xe34, 0xe3a, 0xe46, 0xe4e, 0xeb1, 0xeb1, 0xeb4, 0xebc, 0xec6,
    0xec6, 0xec8, 0xecd, 0xf18, 0xf19, 0xf35, 0xf35, 0xf37, 0xf37, 0xf39, 0xf39, 0xf71, 0xf7e,
    0xf80, 0xf84, 0xf86, 0xf87, 0xf8d, 0xf97, 0xf99, 0xfbc, 0xfc6, 0xfc6, 0x102d, 0x1030, 0x1032,
    0x1037, 0x1039, 0x103a, 0x103d, 0x103e, 0x1058, 0x1059, 0x105e, 0x1060, 0x1071, 0x1074, 0x1082,
    0x1082, 0x1085, 0x1086, 0x108d, 0x108d, 0x109d, 0x109d, 0x10fc, 0x10fc, 0x135d, 0x135f, 0x1712,
    0x1714, 0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773, 0x17b4, 0x17b5, 0x17b7, 0x17bd, 0x17c6,
    0x17c6, 0x17c9, 0x17d3, 0x17d7, 0x17d7, 0x17dd, 0x17dd, 0x180b, 0x180f, 0x1843, 0x1843, 0x1885,
    0x1886, 0x18a9, 0x18a9, 0x1920, 0x1922, 0x1927, 0x1928, 0x1932, 0x1932, 0x1939, 0x193b, 0x1a17,
    0x1a18, 0x1a1b, 0x1a1b, 0x1a56, 0x1a56, 0x1a58, 0x1a5e, 0x1a60, 0x1a60, 0x1a62, 0x1a62, 0x1a65,
    0x1a6c, 0x1a73, 0x1a7c, 0x1a7f, 0x1a7f, 0x1aa7, 0x1aa7, 0x1ab0, 0x1ace, 0x1b00, 0x1b03, 0x1b34,
    0x1b34, 0x1b36, 0x1b3a, 0x1b3c, 0x1b3c, 0x1b42, 0x1b42, 0x1b6b, 0x1b73, 0x1b80, 0x1b81, 0x1ba2,
    0x1ba5, 0x1ba8, 0x1ba9, 0x1bab, 0x1bad, 0x1be6, 0x1be6, 0x1be8, 0x1be9, 0x1bed, 0x1bed, 0x1bef,
    0x1bf1, 0x1c2c, 0x1c33, 0x1c36, 0x1c37, 0x1c78, 0x1c7d, 0x1cd0, 0x1cd2, 0x1cd4, 0x1ce0, 0x1ce2,
    0x1ce8, 0x1ced, 0x1ced, 0x1cf4, 0x1cf4, 0x1cf8, 0x1cf9, 0x1d2c, 0x1d6a, 0x1d78, 0x1d78, 0x1d9b,
    0x1dff, 0x1fbd, 0x1fbd, 0x1fbf, 0x1fc1, 0x1fcd, 0x1fcf, 0x1fdd, 0x1fdf, 0x1fed, 0x1fef, 0x1ffd,
    0x1ffe, 0x200b, 0x200f, 0x2018, 0x2019, 0x2024, 0x2024, 0x2027, 0x2027, 0x202a, 0x202e, 0x2060,
    0x2064, 0x2066, 0x206f, 0x2071, 0x2071, 0x207f, 0x207f, 0x2090, 0x209c, 0x20d0, 0x20f0, 0x2c7c,
    0x2c7d, 0x2cef, 0x2cf1, 0x2d6f, 0x2d6f, 0x2d7f, 0x2d7f, 0x2de0, 0x2dff, 0x2e2f, 0x2e2f, 0x3005,
    0x3005, 0x302a, 0x302d, 0x3031, 0x3035, 0x303b, 0x303b, 0x3099, 0x309e, 0x30fc, 0x30fe, 0xa015,
    0xa015, 0xa4f8, 0xa4fd, 0xa60c, 0xa60c, 0xa66f, 0xa672, 0xa674, 0xa67d, 0xa67f, 0xa67f, 0xa69c,
    0xa69f, 0xa6f0, 0xa6f1, 0xa700, 0xa721, 0xa770, 0xa770, 0xa788, 0xa78a, 0xa7f2, 0xa7f4, 0xa7f8,
    0xa7f9, 0xa802, 0xa802, 0xa806, 0xa806, 0xa80b, 0xa80b, 0xa825, 0xa826, 0xa82c, 0xa82c, 0xa8c4,
    0xa8c5, 0xa8e0, 0xa8f1, 0xa8ff, 0xa8ff, 0xa926, 0xa92d, 0xa947, 0xa951, 0xa980, 0xa982, 0xa9b3,
    0xa9b3, 0xa9b6, 0xa9b9, 0xa9bc, 0xa9bd, 0xa9cf, 0xa9cf, 0xa9e5, 0xa9e6, 0xaa29, 0xaa2e, 0xaa31,
    0xaa32, 0xaa35, 0xaa36, 0xaa43, 0xaa43, 0xaa4c, 0xaa4c, 0xaa70, 0xaa70, 0xaa7c, 0xaa7c, 0xaab0,
    0xaab0, 0xaab2, 0xaab4, 0xaab7, 0xaab8, 0xaabe, 0xaabf, 0xaac1, 0xaac1, 0xaadd, 0xaadd, 0xaaec,
    0xaaed, 0xaaf3, 0xaaf4, 0xaaf6, 0xaaf6, 0xab5b, 0xab5f, 0xab69, 0xab6b, 0xabe5, 0xabe5, 0xabe8,
    0xabe8, 0xabed, 0xabed, 0xfb1e, 0xfb1e, 0xfbb2, 0xfbc2, 0xfe00, 0xfe0f, 0xfe13, 0xfe13, 0xfe20,
    0xfe2f, 0xfe52, 0xfe52, 0xfe55, 0xfe55, 0xfeff, 0xfeff, 0xff07, 0xff07, 0xff0e, 0xff0e, 0xff1a,
    0xff1a, 0xff3e, 0xff3e, 0xff40, 0xff40, 0xff70, 0xff70, 0xff9e, 0xff9f, 0xffe3, 0xffe3, 0xfff9,
    0xfffb, 0x101fd, 0x101fd, 0x102e0, 0x102e0, 0x10376, 0x1037a, 0x10780, 0x10785, 0x10787,
    0x107b0, 0x107b2, 0x107ba, 0x10a01, 0x10a03, 0x10a05, 0x10a06, 0x10a0c, 0x10a0f, 0x10a38,
    0x10a3a, 0x10a3f, 0x10a3f, 0x10ae5, 0x10ae6, 0x10d24, 0x10d27, 0x10eab, 0x10eac, 0x10f46,
    0x10f50, 0x10f82, 0x10f85, 0x11001, 0x11001, 0x11038, 0x11046, 0x11070, 0x11070, 0x11073,
    0x11074, 0x1107f, 0x11081, 0x110b3, 0x110b6, 0x110b9, 0x110ba, 0x110bd, 0x110bd, 0x110c2,
    0x110c2, 0x110cd, 0x110cd, 0x11100, 0x11102, 0x11127, 0x1112b, 0x1112d, 0x11134, 0x11173,
    0x11173, 0x11180, 0x11181, 0x111b6, 0x111be, 0x111c9, 0x111cc, 0x111cf, 0x111cf, 0x1122f,
    0x11231, 0x11234, 0x11234, 0x11236, 0x11237, 0x1123e, 0x1123e, 0x112df, 0x112df, 0x112e3,
    0x112ea, 0x11300, 0x11301, 0x1133b, 0x1133c, 0x11340, 0x11340, 0x11366, 0x1136c, 0x11370,
    0x11374, 0x11438, 0x1143f, 0x11442, 0x11444, 0x11446, 0x11446, 0x1145e, 0x1145e, 0x114b3,
    0x114b8, 0x114ba, 0x114ba, 0x114bf, 0x114c0, 0x114c2, 0x114c3, 0x115b2, 0x115b5, 0x115bc,
    0x115bd, 0x115bf, 0x115c0, 0x115dc, 0x115dd, 0x11633, 0x1163a, 0x1163d, 0x1163d, 0x1163f,
    0x11640, 0x116ab, 0x116ab, 0x116ad, 0x116ad, 0x116b0, 0x116b5, 0x116b7, 0x116b7, 0x1171d,
    0x1171f, 0x11722, 0x11725, 0x11727, 0x1172b, 0x1182f, 0x11837, 0x11839, 0x1183a, 0x1193b,
    0x1193c, 0x1193e, 0x1193e, 0x11943, 0x11943, 0x119d4, 0x119d7, 0x119da, 0x119db, 0x119e0,
    0x119e0, 0x11a01, 0x11a0a, 0x11a33, 0x11a38, 0x11a3b, 0x11a3e, 0x11a47, 0x11a47, 0x11a51,
    0x11a56, 0x11a59, 0x11a5b, 0x11a8a, 0x11a96, 0x11a98, 0x11a99, 0x11c30, 0x11c36, 0x11c38,
    0x11c3d, 0x11c3f, 0x11c3f, 0x11c92, 0x11ca7, 0x11caa, 0x11cb0, 0x11cb2, 0x11cb3, 0x11cb5,
    0x11cb6, 0x11d31, 0x11d36, 0x11d3a, 0x11d3a, 0x11d3c, 0x11d3d, 0x11d3f, 0x11d45, 0x11d47,
    0x11d47, 0x11d90, 0x11d91, 0x11d95, 0x11d95, 0x11d97, 0x11d97, 0x11ef3, 0x11ef4, 0x13430,
    0x13438, 0x16af0, 0x16af4, 0x16b30, 0x16b36, 0x16b40, 0x16b43, 0x16f4f, 0x16f4f, 0x16f8f,
    0x16f9f, 0x16fe0, 0x16fe1, 0x16fe3, 0x16fe4, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd,
    0x1affe, 0x1bc9d, 0x1bc9e, 0x1bca0, 0x1bca3, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1d167,
    0x1d169, 0x1d173, 0x1d182, 0x1d185, 0x1d18b, 0x1d1aa, 0x1d1ad, 0x1d242, 0x1d244, 0x1da00,
    0x1da36, 0x1da3b, 0x1da6c, 0x1da75, 0x1da75, 0x1da84, 0x1da84, 0x1da9b, 0x1da9f, 0x1daa1,
    0x1daaf, 0x1e000, 0x1e006, 0x1e008, 0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026,
    0x1e02a, 0x1e130, 0x1e13d, 0x1e2ae, 0x1e2ae, 0x1e2ec, 0x1e2ef, 0x1e8d0, 0x1e8d6, 0x1e944,
    0x1e94b, 0x1f3fb, 0x1f3ff, 0xe0001, 0xe0001, 0xe0020, 0xe007f, 0xe0100, 0xe01ef,
];

/// `XID_Start` characters that are not letters (`isalpha`), plus `_`.
const XID_START_EXTRA: &[u32] = &[
    0x5f, 0x5f, 0x16ee, 0x16f0, 0x1885, 0x1886, 0x2118, 0x2118, 0x212e, 0x212e, 0x2160, 0x2182,
    0x2185, 0x2188, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303a, 0xa6e6, 0xa6ef, 0x10140,
    0x10174, 0x10341, 0x10341, 0x1034a, 0x1034a, 0x103d1, 0x103d5, 0x12400, 0x1246e,
];

/// Letters that are not `XID_Start`.
const ALPHA_NOT_XID_START: &[u32] = &[
    0x37a, 0x37a, 0xe33, 0xe33, 0xeb3, 0xeb3, 0x2e2f, 0x2e2f, 0xfc5e, 0xfc63, 0xfdfa, 0xfdfb,
    0xfe70, 0xfe70, 0xfe72, 0xfe72, 0xfe74, 0xfe74, 0xfe76, 0xfe76, 0xfe78, 0xfe78, 0xfe7a, 0xfe7a,
    0xfe7c, 0xfe7c, 0xfe7e, 0xfe7e, 0xff9e, 0xff9f,
];

/// `XID_Continue` characters that are neither `XID_Start` nor decimal digits.
const XID_CONTINUE_EXTRA: &[u32] = &[
    0xb7, 0xb7, 0x300, 0x36f, 0x387, 0x387, 0x483, 0x487, 0x591, 0x5bd, 0x5bf, 0x5bf, 0x5c1, 0x5c2,
    0x5c4, 0x5c5, 0x5c7, 0x5c7, 0x610, 0x61a, 0x64b, 0x65f, 0x670, 0x670, 0x6d6, 0x6dc, 0x6df,
    0x6e4, 0x6e7, 0x6e8, 0x6ea, 0x6ed, 0x711, 0x711, 0x730, 0x74a, 0x7a6, 0x7b0, 0x7eb, 0x7f3,
    0x7fd, 0x7fd, 0x816, 0x819, 0x81b, 0x823, 0x825, 0x827, 0x829, 0x82d, 0x859, 0x85b, 0x898,
    0x89f, 0x8ca, 0x8e1, 0x8e3, 0x903, 0x93a, 0x93c, 0x93e, 0x94f, 0x951, 0x957, 0x962, 0x963,
    0x981, 0x983, 0x9bc, 0x9bc, 0x9be, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9cd, 0x9d7, 0x9d7, 0x9e2,
    0x9e3, 0x9fe, 0x9fe, 0xa01, 0xa03, 0xa3c, 0xa3c, 0xa3e, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d,
    0xa51, 0xa51, 0xa70, 0xa71, 0xa75, 0xa75, 0xa81, 0xa83, 0xabc, 0xabc, 0xabe, 0xac5, 0xac7,
    0xac9, 0xacb, 0xacd, 0xae2, 0xae3, 0xafa, 0xaff, 0xb01, 0xb03, 0xb3c, 0xb3c, 0xb3e, 0xb44,
    0xb47, 0xb48, 0xb4b, 0xb4d, 0xb55, 0xb57, 0xb62, 0xb63, 0xb82, 0xb82, 0xbbe, 0xbc2, 0xbc6,
    0xbc8, 0xbca, 0xbcd, 0xbd7, 0xbd7, 0xc00, 0xc04, 0xc3c, 0xc3c, 0xc3e, 0xc44, 0xc46, 0xc48,
    0xc4a, 0xc4d, 0xc55, 0xc56, 0xc62, 0xc63, 0xc81, 0xc83, 0xcbc, 0xcbc, 0xcbe, 0xcc4, 0xcc6,
    0xcc8, 0xcca, 0xccd, 0xcd5, 0xcd6, 0xce2, 0xce3, 0xd00, 0xd03, 0xd3b, 0xd3c, 0xd3e, 0xd44,
    0xd46, 0xd48, 0xd4a, 0xd4d, 0xd57, 0xd57, 0xd62, 0xd63, 0xd81, 0xd83, 0xdca, 0xdca, 0xdcf,
    0xdd4, 0xdd6, 0xdd6, 0xdd8, 0xddf, 0xdf2, 0xdf3, 0xe31, 0xe31, 0xe33, 0xe3a, 0xe47, 0xe4e,
    0xeb1, 0xeb1, 0xeb3, 0xebc, 0xec8, 0xecd, 0xf18, 0xf19, 0xf35, 0xf35, 0xf37, 0xf37, 0xf39,
    0xf39, 0xf3e, 0xf3f, 0xf71, 0xf84, 0xf86, 0xf87, 0xf8d, 0xf97, 0xf99, 0xfbc, 0xfc6, 0xfc6,
    0x102b, 0x103e, 0x1056, 0x1059, 0x105e, 0x1060, 0x1062, 0x1064, 0x1067, 0x106d, 0x1071, 0x1074,
    0x1082, 0x108d, 0x108f, 0x108f, 0x109a, 0x109d, 0x135d, 0x135f, 0x1369, 0x1371, 0x1712, 0x1715,
    0x1732, 0x1734, 0x1752, 0x1753, 0x1772, 0x1773, 0x17b4, 0x17d3, 0x17dd, 0x17dd, 0x180b, 0x180d,
    0x180f, 0x180f, 0x18a9, 0x18a9, 0x1920, 0x192b, 0x1930, 0x193b, 0x19da, 0x19da, 0x1a17, 0x1a1b,
    0x1a55, 0x1a5e, 0x1a60, 0x1a7c, 0x1a7f, 0x1a7f, 0x1ab0, 0x1abd, 0x1abf, 0x1ace, 0x1b00, 0x1b04,
    0x1b34, 0x1b44, 0x1b6b, 0x1b73, 0x1b80, 0x1b82, 0x1ba1, 0x1bad, 0x1be6, 0x1bf3, 0x1c24, 0x1c37,
    0x1cd0, 0x1cd2, 0x1cd4, 0x1ce8, 0x1ced, 0x1ced, 0x1cf4, 0x1cf4, 0x1cf7, 0x1cf9, 0x1dc0, 0x1dff,
    0x203f, 0x2040, 0x2054, 0x2054, 0x20d0, 0x20dc, 0x20e1, 0x20e1, 0x20e5, 0x20f0, 0x2cef, 0x2cf1,
    0x2d7f, 0x2d7f, 0x2de0, 0x2dff, 0x302a, 0x302f, 0x3099, 0x309a, 0xa66f, 0xa66f, 0xa674, 0xa67d,
    0xa69e, 0xa69f, 0xa6f0, 0xa6f1, 0xa802, 0xa802, 0xa806, 0xa806, 0xa80b, 0xa80b, 0xa823, 0xa827,
    0xa82c, 0xa82c, 0xa880, 0xa881, 0xa8b4, 0xa8c5, 0xa8e0, 0xa8f1, 0xa8ff, 0xa8ff, 0xa926, 0xa92d,
    0xa947, 0xa953, 0xa980, 0xa983, 0xa9b3, 0xa9c0, 0xa9e5, 0xa9e5, 0xaa29, 0xaa36, 0xaa43, 0xaa43,
    0xaa4c, 0xaa4d, 0xaa7b, 0xaa7d, 0xaab0, 0xaab0, 0xaab2, 0xaab4, 0xaab7, 0xaab8, 0xaabe, 0xaabf,
    0xaac1, 0xaac1, 0xaaeb, 0xaaef, 0xaaf5, 0xaaf6, 0xabe3, 0xabea, 0xabec, 0xabed, 0xfb1e, 0xfb1e,
    0xfe00, 0xfe0f, 0xfe20, 0xfe2f, 0xfe33, 0xfe34, 0xfe4d, 0xfe4f, 0xff3f, 0xff3f, 0xff9e, 0xff9f,
    0x101fd, 0x101fd, 0x102e0, 0x102e0, 0x10376, 0x1037a, 0x10a01, 0x10a03, 0x10a05, 0x10a06,
    0x10a0c, 0x10a0f, 0x10a38, 0x10a3a, 0x10a3f, 0x10a3f, 0x10ae5, 0x10ae6, 0x10d24, 0x10d27,
    0x10eab, 0x10eac, 0x10f46, 0x10f50, 0x10f82, 0x10f85, 0x11000, 0x11002, 0x11038, 0x11046,
    0x11070, 0x11070, 0x11073, 0x11074, 0x1107f, 0x11082, 0x110b0, 0x110ba, 0x110c2, 0x110c2,
    0x11100, 0x11102, 0x11127, 0x11134, 0x11145, 0x11146, 0x11173, 0x11173, 0x11180, 0x11182,
    0x111b3, 0x111c0, 0x111c9, 0x111cc, 0x111ce, 0x111cf, 0x1122c, 0x11237, 0x1123e, 0x1123e,
    0x112df, 0x112ea, 0x11300, 0x11303, 0x1133b, 0x1133c, 0x1133e, 0x11344, 0x11347, 0x11348,
    0x1134b, 0x1134d, 0x11357, 0x11357, 0x11362, 0x11363, 0x11366, 0x1136c, 0x11370, 0x11374,
    0x11435, 0x11446, 0x1145e, 0x1145e, 0x114b0, 0x114c3, 0x115af, 0x115b5, 0x115b8, 0x115c0,
    0x115dc, 0x115dd, 0x11630, 0x11640, 0x116ab, 0x116b7, 0x1171d, 0x1172b, 0x1182c, 0x1183a,
    0x11930, 0x11935, 0x11937, 0x11938, 0x1193b, 0x1193e, 0x11940, 0x11940, 0x11942, 0x11943,
    0x119d1, 0x119d7, 0x119da, 0x119e0, 0x119e4, 0x119e4, 0x11a01, 0x11a0a, 0x11a33, 0x11a39,
    0x11a3b, 0x11a3e, 0x11a47, 0x11a47, 0x11a51, 0x11a5b, 0x11a8a, 0x11a99, 0x11c2f, 0x11c36,
    0x11c38, 0x11c3f, 0x11c92, 0x11ca7, 0x11ca9, 0x11cb6, 0x11d31, 0x11d36, 0x11d3a, 0x11d3a,
    0x11d3c, 0x11d3d, 0x11d3f, 0x11d45, 0x11d47, 0x11d47, 0x11d8a, 0x11d8e, 0x11d90, 0x11d91,
    0x11d93, 0x11d97, 0x11ef3, 0x11ef6, 0x16af0, 0x16af4, 0x16b30, 0x16b36, 0x16f4f, 0x16f4f,
    0x16f51, 0x16f87, 0x16f8f, 0x16f92, 0x16fe4, 0x16fe4, 0x16ff0, 0x16ff1, 0x1bc9d, 0x1bc9e,
    0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1d165, 0x1d169, 0x1d16d, 0x1d172, 0x1d17b, 0x1d182,
    0x1d185, 0x1d18b, 0x1d1aa, 0x1d1ad, 0x1d242, 0x1d244, 0x1da00, 0x1da36, 0x1da3b, 0x1da6c,
    0x1da75, 0x1da75, 0x1da84, 0x1da84, 0x1da9b, 0x1da9f, 0x1daa1, 0x1daaf, 0x1e000, 0x1e006,
    0x1e008, 0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a, 0x1e130, 0x1e136,
    0x1e2ae, 0x1e2ae, 0x1e2ec, 0x1e2ef, 0x1e8d0, 0x1e8d6, 0x1e944, 0x1e94a, 0xe0100, 0xe01ef,
];

#[cfg(test)]
#[allow(clippy::type_complexity)]
mod tests {
    use super::*;

    /// `(s, upper, lower, capitalize, title, swapcase, casefold)` from CPython 3.11.
    #[rustfmt::skip]
    const CASES: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
        ("", "", "", "", "", "", ""),
        ("a", "A", "a", "A", "A", "A", "a"),
        ("abc", "ABC", "abc", "Abc", "Abc", "ABC", "abc"),
        ("  a  b  c  ", "  A  B  C  ", "  a  b  c  ", "  a  b  c  ", "  A  B  C  ", "  A  B  C  ", "  a  b  c  "),
        ("hello world", "HELLO WORLD", "hello world", "Hello world", "Hello World", "HELLO WORLD", "hello world"),
        ("Hello World", "HELLO WORLD", "hello world", "Hello world", "Hello World", "hELLO wORLD", "hello world"),
        ("\u{3a3}\u{391}\u{3a3} \u{391}\u{3a3} \u{3c3}", "\u{3a3}\u{391}\u{3a3} \u{391}\u{3a3} \u{3a3}", "\u{3c3}\u{3b1}\u{3c2} \u{3b1}\u{3c2} \u{3c3}", "\u{3a3}\u{3b1}\u{3c2} \u{3b1}\u{3c2} \u{3c3}", "\u{3a3}\u{3b1}\u{3c2} \u{391}\u{3c2} \u{3a3}", "\u{3c3}\u{3b1}\u{3c2} \u{3b1}\u{3c2} \u{3a3}", "\u{3c3}\u{3b1}\u{3c3} \u{3b1}\u{3c3} \u{3c3}"),
        ("stra\u{df}e", "STRASSE", "stra\u{df}e", "Stra\u{df}e", "Stra\u{df}e", "STRASSE", "strasse"),
        ("\u{1c5}emal \u{1c6}", "\u{1c4}EMAL \u{1c4}", "\u{1c6}emal \u{1c6}", "\u{1c5}emal \u{1c6}", "\u{1c5}emal \u{1c5}", "\u{1c5}EMAL \u{1c4}", "\u{1c6}emal \u{1c6}"),
        ("\u{fb01}re and \u{fb02}y", "FIRE AND FLY", "\u{fb01}re and \u{fb02}y", "Fire and \u{fb02}y", "Fire And Fly", "FIRE AND FLY", "fire and fly"),
        ("they're bill's friends from the UK", "THEY'RE BILL'S FRIENDS FROM THE UK", "they're bill's friends from the uk", "They're bill's friends from the uk", "They'Re Bill'S Friends From The Uk", "THEY'RE BILL'S FRIENDS FROM THE uk", "they're bill's friends from the uk"),
        ("\tx\ty", "\tX\tY", "\tx\ty", "\tx\ty", "\tX\tY", "\tX\tY", "\tx\ty"),
        ("a\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\u{2029}j\n", "A\r\nB\rC\nD\u{b}E\u{c}F\u{1c}G\u{85}H\u{2028}I\u{2029}J\n", "a\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\u{2029}j\n", "A\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\u{2029}j\n", "A\r\nB\rC\nD\u{b}E\u{c}F\u{1c}G\u{85}H\u{2028}I\u{2029}J\n", "A\r\nB\rC\nD\u{b}E\u{c}F\u{1c}G\u{85}H\u{2028}I\u{2029}J\n", "a\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\u{2029}j\n"),
        ("\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", "\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}"),
        ("a\u{1f600}b", "A\u{1f600}B", "a\u{1f600}b", "A\u{1f600}b", "A\u{1f600}B", "A\u{1f600}B", "a\u{1f600}b"),
        ("123", "123", "123", "123", "123", "123", "123"),
        ("\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}", "\u{663}\u{664}\u{665}"),
        ("\u{b2}\u{b3}", "\u{b2}\u{b3}", "\u{b2}\u{b3}", "\u{b2}\u{b3}", "\u{b2}\u{b3}", "\u{b2}\u{b3}", "\u{b2}\u{b3}"),
        ("\u{216b}", "\u{216b}", "\u{217b}", "\u{216b}", "\u{216b}", "\u{217b}", "\u{217b}"),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}"),
        ("ABC", "ABC", "abc", "Abc", "Abc", "abc", "abc"),
        ("aBc DeF", "ABC DEF", "abc def", "Abc def", "Abc Def", "AbC dEf", "abc def"),
        ("  ", "  ", "  ", "  ", "  ", "  ", "  "),
        ("\u{3000}x\u{a0}", "\u{3000}X\u{a0}", "\u{3000}x\u{a0}", "\u{3000}x\u{a0}", "\u{3000}X\u{a0}", "\u{3000}X\u{a0}", "\u{3000}x\u{a0}"),
        ("-42", "-42", "-42", "-42", "-42", "-42", "-42"),
        ("+7", "+7", "+7", "+7", "+7", "+7", "+7"),
        ("x", "X", "x", "X", "X", "X", "x"),
        ("", "", "", "", "", "", ""),
        ("stra\u{df}e\u{b2}", "STRASSE\u{b2}", "stra\u{df}e\u{b2}", "Stra\u{df}e\u{b2}", "Stra\u{df}e\u{b2}", "STRASSE\u{b2}", "strasse\u{b2}"),
        ("World\u{391}\u{3a3}.\u{391}\u{3a3}.", "WORLD\u{391}\u{3a3}.\u{391}\u{3a3}.", "world\u{3b1}\u{3c3}.\u{3b1}\u{3c2}.", "World\u{3b1}\u{3c3}.\u{3b1}\u{3c2}.", "World\u{3b1}\u{3c3}.\u{391}\u{3c2}.", "wORLD\u{3b1}\u{3c3}.\u{3b1}\u{3c2}.", "world\u{3b1}\u{3c3}.\u{3b1}\u{3c3}."),
        ("", "", "", "", "", "", ""),
        ("", "", "", "", "", "", ""),
        ("\"B,_\u{c}\r\u{1e9e}\r\u{130}", "\"B,_\u{c}\r\u{1e9e}\r\u{130}", "\"b,_\u{c}\r\u{df}\ri\u{307}", "\"b,_\u{c}\r\u{df}\ri\u{307}", "\"B,_\u{c}\r\u{1e9e}\r\u{130}", "\"b,_\u{c}\r\u{df}\ri\u{307}", "\"b,_\u{c}\rss\ri\u{307}"),
        ("\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}", "\u{b2}\u{b}\u{4e00}"),
        ("don't_x1World", "DON'T_X1WORLD", "don't_x1world", "Don't_x1world", "Don'T_X1World", "DON'T_X1wORLD", "don't_x1world"),
        ("\u{b}\u{3a3}.\r\u{3a3}\u{3000}b\u{13a0}Z", "\u{b}\u{3a3}.\r\u{3a3}\u{3000}B\u{13a0}Z", "\u{b}\u{3c3}.\r\u{3c3}\u{3000}b\u{ab70}z", "\u{b}\u{3c3}.\r\u{3c3}\u{3000}b\u{ab70}z", "\u{b}\u{3a3}.\r\u{3a3}\u{3000}B\u{ab70}z", "\u{b}\u{3c3}.\r\u{3c3}\u{3000}B\u{ab70}z", "\u{b}\u{3c3}.\r\u{3c3}\u{3000}b\u{13a0}z"),
        ("\u{200b}\u{1c5}\u{ad}\u{130}9\u{901}", "\u{200b}\u{1c4}\u{ad}\u{130}9\u{901}", "\u{200b}\u{1c6}\u{ad}i\u{307}9\u{901}", "\u{200b}\u{1c6}\u{ad}i\u{307}9\u{901}", "\u{200b}\u{1c5}\u{ad}\u{130}9\u{901}", "\u{200b}\u{1c5}\u{ad}i\u{307}9\u{901}", "\u{200b}\u{1c6}\u{ad}i\u{307}9\u{901}"),
        ("_x1\u{391}\u{3a3}.", "_X1\u{391}\u{3a3}.", "_x1\u{3b1}\u{3c2}.", "_x1\u{3b1}\u{3c2}.", "_X1\u{391}\u{3c2}.", "_X1\u{3b1}\u{3c2}.", "_x1\u{3b1}\u{3c3}."),
        ("\u{b}\u{fb01}\u{2028}\u{10d0},\\", "\u{b}FI\u{2028}\u{1c90},\\", "\u{b}\u{fb01}\u{2028}\u{10d0},\\", "\u{b}\u{fb01}\u{2028}\u{10d0},\\", "\u{b}Fi\u{2028}\u{10d0},\\", "\u{b}FI\u{2028}\u{1c90},\\", "\u{b}fi\u{2028}\u{10d0},\\"),
        ("\u{fb01}re", "FIRE", "\u{fb01}re", "Fire", "Fire", "FIRE", "fire"),
        ("\u{7f}\u{4e00}\n.\u{b}\u{e000}a\0z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}A\0Z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}a\0z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}a\0z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}A\0Z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}A\0Z", "\u{7f}\u{4e00}\n.\u{b}\u{e000}a\0z"),
        ("\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'", "\"\u{b}\u{b}9\u{2028}\u{660}'"),
        ("", "", "", "", "", "", ""),
        ("123i\u{307}\u{3c3}\u{3b1}\u{3c2}", "123I\u{307}\u{3a3}\u{391}\u{3a3}", "123i\u{307}\u{3c3}\u{3b1}\u{3c2}", "123i\u{307}\u{3c3}\u{3b1}\u{3c2}", "123I\u{307}\u{3a3}\u{3b1}\u{3c2}", "123I\u{307}\u{3a3}\u{391}\u{3a3}", "123i\u{307}\u{3c3}\u{3b1}\u{3c3}"),
        ("\u{b2}\u{1c5}emal", "\u{b2}\u{1c4}EMAL", "\u{b2}\u{1c6}emal", "\u{b2}\u{1c6}emal", "\u{b2}\u{1c5}emal", "\u{b2}\u{1c5}EMAL", "\u{b2}\u{1c6}emal"),
        ("\u{216b}\u{b2}stra\u{df}e", "\u{216b}\u{b2}STRASSE", "\u{217b}\u{b2}stra\u{df}e", "\u{216b}\u{b2}stra\u{df}e", "\u{216b}\u{b2}Stra\u{df}e", "\u{217b}\u{b2}STRASSE", "\u{217b}\u{b2}strasse"),
        ("", "", "", "", "", "", ""),
        ("\u{378}.'\u{e9}\u{fb01}", "\u{378}.'\u{c9}FI", "\u{378}.'\u{e9}\u{fb01}", "\u{378}.'\u{e9}\u{fb01}", "\u{378}.'\u{c9}\u{fb01}", "\u{378}.'\u{c9}FI", "\u{378}.'\u{e9}fi"),
        ("", "", "", "", "", "", ""),
        ("\u{391}\u{3a3}.stra\u{df}e", "\u{391}\u{3a3}.STRASSE", "\u{3b1}\u{3c3}.stra\u{df}e", "\u{391}\u{3c3}.stra\u{df}e", "\u{391}\u{3c3}.Stra\u{df}e", "\u{3b1}\u{3c3}.STRASSE", "\u{3b1}\u{3c3}.strasse"),
        ("\u{391}\u{3a3}\u{301}b1x", "\u{391}\u{3a3}\u{301}B1X", "\u{3b1}\u{3c3}\u{301}b1x", "\u{391}\u{3c3}\u{301}b1x", "\u{391}\u{3c3}\u{301}B1X", "\u{3b1}\u{3c3}\u{301}B1X", "\u{3b1}\u{3c3}\u{301}b1x"),
        ("A-0\u{feff}\u{3000}.\u{ad}\u{3c2}", "A-0\u{feff}\u{3000}.\u{ad}\u{3a3}", "a-0\u{feff}\u{3000}.\u{ad}\u{3c2}", "A-0\u{feff}\u{3000}.\u{ad}\u{3c2}", "A-0\u{feff}\u{3000}.\u{ad}\u{3a3}", "a-0\u{feff}\u{3000}.\u{ad}\u{3a3}", "a-0\u{feff}\u{3000}.\u{ad}\u{3c3}"),
        ("\u{3c2}\u{e0001};+\u{ab70}\u{1e9e}+\u{13a0}B", "\u{3a3}\u{e0001};+\u{13a0}\u{1e9e}+\u{13a0}B", "\u{3c2}\u{e0001};+\u{ab70}\u{df}+\u{ab70}b", "\u{3a3}\u{e0001};+\u{ab70}\u{df}+\u{ab70}b", "\u{3a3}\u{e0001};+\u{13a0}\u{df}+\u{13a0}b", "\u{3a3}\u{e0001};+\u{13a0}\u{df}+\u{ab70}b", "\u{3c3}\u{e0001};+\u{13a0}ss+\u{13a0}b"),
        ("\u{c}\u{2028}\u{fb01}\u{3000}9\u{1e9e}\u{2028}\u{13a0}", "\u{c}\u{2028}FI\u{3000}9\u{1e9e}\u{2028}\u{13a0}", "\u{c}\u{2028}\u{fb01}\u{3000}9\u{df}\u{2028}\u{ab70}", "\u{c}\u{2028}\u{fb01}\u{3000}9\u{df}\u{2028}\u{ab70}", "\u{c}\u{2028}Fi\u{3000}9\u{1e9e}\u{2028}\u{13a0}", "\u{c}\u{2028}FI\u{3000}9\u{df}\u{2028}\u{ab70}", "\u{c}\u{2028}fi\u{3000}9ss\u{2028}\u{13a0}"),
        ("\u{3a3}\u{c}\u{378}A\u{e9}", "\u{3a3}\u{c}\u{378}A\u{c9}", "\u{3c3}\u{c}\u{378}a\u{e9}", "\u{3a3}\u{c}\u{378}a\u{e9}", "\u{3a3}\u{c}\u{378}A\u{e9}", "\u{3c3}\u{c}\u{378}a\u{c9}", "\u{3c3}\u{c}\u{378}a\u{e9}"),
        ("\u{df}\u{e000}\u{1c5}", "SS\u{e000}\u{1c4}", "\u{df}\u{e000}\u{1c6}", "Ss\u{e000}\u{1c6}", "Ss\u{e000}\u{1c5}", "SS\u{e000}\u{1c5}", "ss\u{e000}\u{1c6}"),
        ("\u{e9}'\u{2029}", "\u{c9}'\u{2029}", "\u{e9}'\u{2029}", "\u{c9}'\u{2029}", "\u{c9}'\u{2029}", "\u{c9}'\u{2029}", "\u{e9}'\u{2029}"),
        ("\r\u{ab70}B\u{ad}\u{1e9e}\u{3a3}\u{df}\u{1c}\u{1f600}", "\r\u{13a0}B\u{ad}\u{1e9e}\u{3a3}SS\u{1c}\u{1f600}", "\r\u{ab70}b\u{ad}\u{df}\u{3c3}\u{df}\u{1c}\u{1f600}", "\r\u{ab70}b\u{ad}\u{df}\u{3c3}\u{df}\u{1c}\u{1f600}", "\r\u{13a0}b\u{ad}\u{1e9e}\u{3c3}\u{df}\u{1c}\u{1f600}", "\r\u{13a0}b\u{ad}\u{df}\u{3c3}SS\u{1c}\u{1f600}", "\r\u{13a0}b\u{ad}ss\u{3c3}ss\u{1c}\u{1f600}"),
        ("\u{c}\n.B\u{2028}", "\u{c}\n.B\u{2028}", "\u{c}\n.b\u{2028}", "\u{c}\n.b\u{2028}", "\u{c}\n.B\u{2028}", "\u{c}\n.b\u{2028}", "\u{c}\n.b\u{2028}"),
        ("\u{b2}0", "\u{b2}0", "\u{b2}0", "\u{b2}0", "\u{b2}0", "\u{b2}0", "\u{b2}0"),
        (",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}", ",\u{b}+\u{200b}\u{a0}"),
        ("\u{1c6}\u{3a3}\u{901}\u{1c4}-", "\u{1c4}\u{3a3}\u{901}\u{1c4}-", "\u{1c6}\u{3c3}\u{901}\u{1c6}-", "\u{1c5}\u{3c3}\u{901}\u{1c6}-", "\u{1c5}\u{3c3}\u{901}\u{1c5}-", "\u{1c4}\u{3c3}\u{901}\u{1c6}-", "\u{1c6}\u{3c3}\u{901}\u{1c6}-"),
        ("  stra\u{df}e", "  STRASSE", "  stra\u{df}e", "  stra\u{df}e", "  Stra\u{df}e", "  STRASSE", "  strasse"),
        ("", "", "", "", "", "", ""),
        ("", "", "", "", "", "", ""),
        ("\u{1e9e}\\\u{2029},\u{e9}\u{a0}Z\u{130}", "\u{1e9e}\\\u{2029},\u{c9}\u{a0}Z\u{130}", "\u{df}\\\u{2029},\u{e9}\u{a0}zi\u{307}", "\u{1e9e}\\\u{2029},\u{e9}\u{a0}zi\u{307}", "\u{1e9e}\\\u{2029},\u{c9}\u{a0}Zi\u{307}", "\u{df}\\\u{2029},\u{c9}\u{a0}zi\u{307}", "ss\\\u{2029},\u{e9}\u{a0}zi\u{307}"),
        ("zb\u{3000}\n_\u{85}-\u{3000}", "ZB\u{3000}\n_\u{85}-\u{3000}", "zb\u{3000}\n_\u{85}-\u{3000}", "Zb\u{3000}\n_\u{85}-\u{3000}", "Zb\u{3000}\n_\u{85}-\u{3000}", "ZB\u{3000}\n_\u{85}-\u{3000}", "zb\u{3000}\n_\u{85}-\u{3000}"),
        ("\u{200b}-;z", "\u{200b}-;Z", "\u{200b}-;z", "\u{200b}-;z", "\u{200b}-;Z", "\u{200b}-;Z", "\u{200b}-;z"),
        ("\u{10d0}\u{3000}\u{901}\u{a0}\u{fb01}\u{e0001}\u{1f600}\u{a0}A", "\u{1c90}\u{3000}\u{901}\u{a0}FI\u{e0001}\u{1f600}\u{a0}A", "\u{10d0}\u{3000}\u{901}\u{a0}\u{fb01}\u{e0001}\u{1f600}\u{a0}a", "\u{10d0}\u{3000}\u{901}\u{a0}\u{fb01}\u{e0001}\u{1f600}\u{a0}a", "\u{10d0}\u{3000}\u{901}\u{a0}Fi\u{e0001}\u{1f600}\u{a0}A", "\u{1c90}\u{3000}\u{901}\u{a0}FI\u{e0001}\u{1f600}\u{a0}a", "\u{10d0}\u{3000}\u{901}\u{a0}fi\u{e0001}\u{1f600}\u{a0}a"),
        ("World\u{216b}\u{1c6}\u{3a3}\u{901}\u{1c4}", "WORLD\u{216b}\u{1c4}\u{3a3}\u{901}\u{1c4}", "world\u{217b}\u{1c6}\u{3c3}\u{901}\u{1c6}", "World\u{217b}\u{1c6}\u{3c3}\u{901}\u{1c6}", "World\u{217b}\u{1c6}\u{3c3}\u{901}\u{1c5}", "wORLD\u{217b}\u{1c4}\u{3c3}\u{901}\u{1c6}", "world\u{217b}\u{1c6}\u{3c3}\u{901}\u{1c6}"),
        ("z\u{ab70}bA_\u{feff}'", "Z\u{13a0}BA_\u{feff}'", "z\u{ab70}ba_\u{feff}'", "Z\u{ab70}ba_\u{feff}'", "Z\u{ab70}ba_\u{feff}'", "Z\u{13a0}Ba_\u{feff}'", "z\u{13a0}ba_\u{feff}'"),
        ("z\\\"", "Z\\\"", "z\\\"", "Z\\\"", "Z\\\"", "Z\\\"", "z\\\""),
        ("hello", "HELLO", "hello", "Hello", "Hello", "HELLO", "hello"),
        ("World", "WORLD", "world", "World", "World", "wORLD", "world"),
        ("\u{3a3}\u{391}\u{3a3}", "\u{3a3}\u{391}\u{3a3}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3c3}\u{3b1}\u{3c3}"),
        ("\u{3c3}\u{3b1}\u{3c2}", "\u{3a3}\u{391}\u{3a3}", "\u{3c3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3a3}\u{3b1}\u{3c2}", "\u{3a3}\u{391}\u{3a3}", "\u{3c3}\u{3b1}\u{3c3}"),
        ("don't", "DON'T", "don't", "Don't", "Don'T", "DON'T", "don't"),
        ("\u{1c5}emal", "\u{1c4}EMAL", "\u{1c6}emal", "\u{1c5}emal", "\u{1c5}emal", "\u{1c5}EMAL", "\u{1c6}emal"),
        ("\u{fb01}re", "FIRE", "\u{fb01}re", "Fire", "Fire", "FIRE", "fire"),
        ("stra\u{df}e", "STRASSE", "stra\u{df}e", "Stra\u{df}e", "Stra\u{df}e", "STRASSE", "strasse"),
        ("\u{1fb3}", "\u{391}\u{399}", "\u{1fb3}", "\u{1fbc}", "\u{1fbc}", "\u{391}\u{399}", "\u{3b1}\u{3b9}"),
        ("i\u{307}", "I\u{307}", "i\u{307}", "I\u{307}", "I\u{307}", "I\u{307}", "i\u{307}"),
        ("123", "123", "123", "123", "123", "123", "123"),
        ("\u{663}\u{664}", "\u{663}\u{664}", "\u{663}\u{664}", "\u{663}\u{664}", "\u{663}\u{664}", "\u{663}\u{664}", "\u{663}\u{664}"),
        ("\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}", "\u{b2}"),
        ("\u{216b}", "\u{216b}", "\u{217b}", "\u{216b}", "\u{216b}", "\u{217b}", "\u{217b}"),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}"),
        ("_x1", "_X1", "_x1", "_x1", "_X1", "_X1", "_x1"),
        ("1x", "1X", "1x", "1x", "1X", "1X", "1x"),
        ("a b", "A B", "a b", "A b", "A B", "A B", "a b"),
        ("  ", "  ", "  ", "  ", "  ", "  ", "  "),
        ("\t", "\t", "\t", "\t", "\t", "\t", "\t"),
        ("\u{391}\u{3a3}.", "\u{391}\u{3a3}.", "\u{3b1}\u{3c2}.", "\u{391}\u{3c2}.", "\u{391}\u{3c2}.", "\u{3b1}\u{3c2}.", "\u{3b1}\u{3c3}."),
        ("\u{391}\u{3a3}\u{301}b", "\u{391}\u{3a3}\u{301}B", "\u{3b1}\u{3c3}\u{301}b", "\u{391}\u{3c3}\u{301}b", "\u{391}\u{3c3}\u{301}B", "\u{3b1}\u{3c3}\u{301}B", "\u{3b1}\u{3c3}\u{301}b"),
        ("\u{1c6}\u{3a3}\u{901}\u{1c4}", "\u{1c4}\u{3a3}\u{901}\u{1c4}", "\u{1c6}\u{3c3}\u{901}\u{1c6}", "\u{1c5}\u{3c3}\u{901}\u{1c6}", "\u{1c5}\u{3c3}\u{901}\u{1c5}", "\u{1c4}\u{3c3}\u{901}\u{1c6}", "\u{1c6}\u{3c3}\u{901}\u{1c6}"),
    ];

    #[test]
    fn case_conversions_match_cpython() {
        for &(s, up, low, cap, title, swap, fold) in CASES {
            assert_eq!(str_upper(s), up, "upper {:?}", s);
            assert_eq!(str_lower(s), low, "lower {:?}", s);
            assert_eq!(str_capitalize(s), cap, "capitalize {:?}", s);
            assert_eq!(str_title(s), title, "title {:?}", s);
            assert_eq!(str_swapcase(s), swap, "swapcase {:?}", s);
            assert_eq!(str_casefold(s), fold, "casefold {:?}", s);
        }
    }

    /// `(s, [isdigit, isalpha, isalnum, isspace, isupper, islower, isdecimal, isnumeric, istitle, isidentifier, isascii, isprintable])` from CPython 3.11.
    #[rustfmt::skip]
    const PREDICATES: &[(&str, [bool; 12])] = &[
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("a", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("abc", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("  a  b  c  ", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("hello world", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("Hello World", [false, false, false, false, false, false, false, false, true, false, true, true]),
        ("\u{3a3}\u{391}\u{3a3} \u{391}\u{3a3} \u{3c3}", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("stra\u{df}e", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("\u{1c5}emal \u{1c6}", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("\u{fb01}re and \u{fb02}y", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("they're bill's friends from the UK", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\tx\ty", [false, false, false, false, false, true, false, false, false, false, true, false]),
        ("a\r\nb\rc\nd\u{b}e\u{c}f\u{1c}g\u{85}h\u{2028}i\u{2029}j\n", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\u{65e5}\u{672c}\u{8a9e}\u{30c6}\u{30ad}\u{30b9}\u{30c8}", [false, true, true, false, false, false, false, false, false, true, false, true]),
        ("a\u{1f600}b", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("123", [true, false, true, false, false, false, true, true, false, false, true, true]),
        ("\u{663}\u{664}\u{665}", [true, false, true, false, false, false, true, true, false, false, false, true]),
        ("\u{b2}\u{b3}", [true, false, true, false, false, false, false, true, false, false, false, true]),
        ("\u{216b}", [false, false, true, false, true, false, false, true, true, true, false, true]),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("ABC", [false, true, true, false, true, false, false, false, false, true, true, true]),
        ("aBc DeF", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("  ", [false, false, false, true, false, false, false, false, false, false, true, true]),
        ("\u{3000}x\u{a0}", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("-42", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("+7", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("x", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("stra\u{df}e\u{b2}", [false, false, true, false, false, true, false, false, false, false, false, true]),
        ("World\u{391}\u{3a3}.\u{391}\u{3a3}.", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\"B,_\u{c}\r\u{1e9e}\r\u{130}", [false, false, false, false, true, false, false, false, true, false, false, false]),
        ("\u{b2}\u{b}\u{4e00}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("don't_x1World", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\u{b}\u{3a3}.\r\u{3a3}\u{3000}b\u{13a0}Z", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{200b}\u{1c5}\u{ad}\u{130}9\u{901}", [false, false, false, false, false, false, false, false, true, false, false, false]),
        ("_x1\u{391}\u{3a3}.", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("\u{b}\u{fb01}\u{2028}\u{10d0},\\", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\u{fb01}re", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("\u{7f}\u{4e00}\n.\u{b}\u{e000}a\0z", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\"\u{b}\u{b}9\u{2028}\u{660}'", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("123i\u{307}\u{3c3}\u{3b1}\u{3c2}", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("\u{b2}\u{1c5}emal", [false, false, true, false, false, false, false, false, true, false, false, true]),
        ("\u{216b}\u{b2}stra\u{df}e", [false, false, true, false, false, false, false, false, false, false, false, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\u{378}.'\u{e9}\u{fb01}", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\u{391}\u{3a3}.stra\u{df}e", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("\u{391}\u{3a3}\u{301}b1x", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("A-0\u{feff}\u{3000}.\u{ad}\u{3c2}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{3c2}\u{e0001};+\u{ab70}\u{1e9e}+\u{13a0}B", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{c}\u{2028}\u{fb01}\u{3000}9\u{1e9e}\u{2028}\u{13a0}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{3a3}\u{c}\u{378}A\u{e9}", [false, false, false, false, false, false, false, false, true, false, false, false]),
        ("\u{df}\u{e000}\u{1c5}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{e9}'\u{2029}", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\r\u{ab70}B\u{ad}\u{1e9e}\u{3a3}\u{df}\u{1c}\u{1f600}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{c}\n.B\u{2028}", [false, false, false, false, true, false, false, false, true, false, false, false]),
        ("\u{b2}0", [true, false, true, false, false, false, false, true, false, false, false, true]),
        (",\u{b}+\u{200b}\u{a0}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{1c6}\u{3a3}\u{901}\u{1c4}-", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("  stra\u{df}e", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("", [false, false, false, false, false, false, false, false, false, false, true, true]),
        ("\u{1e9e}\\\u{2029},\u{e9}\u{a0}Z\u{130}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("zb\u{3000}\n_\u{85}-\u{3000}", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\u{200b}-;z", [false, false, false, false, false, true, false, false, false, false, false, false]),
        ("\u{10d0}\u{3000}\u{901}\u{a0}\u{fb01}\u{e0001}\u{1f600}\u{a0}A", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("World\u{216b}\u{1c6}\u{3a3}\u{901}\u{1c4}", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("z\u{ab70}bA_\u{feff}'", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("z\\\"", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("hello", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("World", [false, true, true, false, false, false, false, false, true, true, true, true]),
        ("\u{3a3}\u{391}\u{3a3}", [false, true, true, false, true, false, false, false, false, true, false, true]),
        ("\u{3c3}\u{3b1}\u{3c2}", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("don't", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("\u{1c5}emal", [false, true, true, false, false, false, false, false, true, true, false, true]),
        ("\u{fb01}re", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("stra\u{df}e", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("\u{1fb3}", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("i\u{307}", [false, false, false, false, false, true, false, false, false, true, false, true]),
        ("123", [true, false, true, false, false, false, true, true, false, false, true, true]),
        ("\u{663}\u{664}", [true, false, true, false, false, false, true, true, false, false, false, true]),
        ("\u{b2}", [true, false, true, false, false, false, false, true, false, false, false, true]),
        ("\u{216b}", [false, false, true, false, true, false, false, true, true, true, false, true]),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("_x1", [false, false, false, false, false, true, false, false, false, true, true, true]),
        ("1x", [false, false, true, false, false, true, false, false, false, false, true, true]),
        ("a b", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("  ", [false, false, false, true, false, false, false, false, false, false, true, true]),
        ("\t", [false, false, false, true, false, false, false, false, false, false, true, false]),
        ("\u{391}\u{3a3}.", [false, false, false, false, true, false, false, false, false, false, false, true]),
        ("\u{391}\u{3a3}\u{301}b", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("\u{1c6}\u{3a3}\u{901}\u{1c4}", [false, false, false, false, false, false, false, false, false, true, false, true]),
        ("_", [false, false, false, false, false, false, false, false, false, true, true, true]),
        ("__init__", [false, false, false, false, false, true, false, false, false, true, true, true]),
        ("x1", [false, false, true, false, false, true, false, false, false, true, true, true]),
        ("1x", [false, false, true, false, false, true, false, false, false, false, true, true]),
        ("def", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("a-b", [false, false, false, false, false, true, false, false, false, false, true, true]),
        ("\u{2115}", [false, true, true, false, true, false, false, false, true, true, false, true]),
        ("\u{2118}x", [false, false, false, false, false, true, false, false, false, true, false, true]),
        ("x\u{301}", [false, false, false, false, false, true, false, false, false, true, false, true]),
        ("\u{301}x", [false, false, false, false, false, true, false, false, false, false, false, true]),
        ("\u{1c5}", [false, true, true, false, false, false, false, false, true, true, false, true]),
        ("\u{1c4}", [false, true, true, false, true, false, false, false, true, true, false, true]),
        ("\u{1c6}", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("\u{1c5}A", [false, true, true, false, false, false, false, false, false, true, false, true]),
        ("\u{2460}", [true, false, true, false, false, false, false, true, false, false, false, true]),
        ("\u{bd}", [false, false, true, false, false, false, false, true, false, false, false, true]),
        ("\u{4e00}\u{4e8c}\u{4e09}", [false, true, true, false, false, false, false, true, false, true, false, true]),
        ("\u{bf0}", [false, false, true, false, false, false, false, true, false, false, false, true]),
        ("\u{b7}", [false, false, false, false, false, false, false, false, false, false, false, true]),
        ("x\u{b7}", [false, false, false, false, false, true, false, false, false, true, false, true]),
        ("\u{1f}", [false, false, false, true, false, false, false, false, false, false, true, false]),
        ("\u{1c}\u{1d}", [false, false, false, true, false, false, false, false, false, false, true, false]),
        (" \t\n", [false, false, false, true, false, false, false, false, false, false, true, false]),
        ("\u{85}", [false, false, false, true, false, false, false, false, false, false, false, false]),
        ("\u{a0}", [false, false, false, true, false, false, false, false, false, false, false, false]),
        ("a\u{e9}", [false, true, true, false, false, true, false, false, false, true, false, true]),
        ("\u{3a3}.\u{3a3}", [false, false, false, false, true, false, false, false, true, false, false, true]),
        ("Hello, World!", [false, false, false, false, false, false, false, false, true, false, true, true]),
        ("HELLO", [false, true, true, false, true, false, false, false, false, true, true, true]),
        ("hello", [false, true, true, false, false, true, false, false, false, true, true, true]),
        ("\u{378}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{e0001}", [false, false, false, false, false, false, false, false, false, false, false, false]),
        ("\u{d7ff}", [false, false, false, false, false, false, false, false, false, false, false, false]),
    ];

    #[test]
    fn predicates_match_cpython() {
        let fns: [fn(&str) -> bool; 12] = [
            str_isdigit,
            str_isalpha,
            str_isalnum,
            str_isspace,
            str_isupper,
            str_islower,
            str_isdecimal,
            str_isnumeric,
            str_istitle,
            str_isidentifier,
            str_isascii,
            str_isprintable,
        ];
        for &(s, want) in PREDICATES {
            for (k, f) in fns.iter().enumerate() {
                assert_eq!(f(s), want[k], "predicate #{} of {:?}", k, s);
            }
        }
    }

    /// `(s, sep, maxsplit, s.split(sep, maxsplit), s.rsplit(sep, maxsplit))` from CPython 3.11.
    #[rustfmt::skip]
    const SPLITS: &[(&str, Option<&str>, i64, Result<&[&str], &str>, Result<&[&str], &str>)] = &[
        ("   ", Some("\u{3a3}"), -1, Ok(&["   "]), Ok(&["   "])),
        ("a,b,,c,", Some("\u{3a3}"), -1, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("   ", Some(","), -1, Ok(&["   "]), Ok(&["   "])),
        (",a,", Some(" "), 0, Ok(&[",a,"]), Ok(&[",a,"])),
        ("a,b,,c,", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("x--y--z", None, 2, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("\n\na\tb\n", Some("aa"), 0, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("\n\na\tb\n", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("x--y--z", None, 1, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("one two three four", None, 2, Ok(&["one", "two", "three four"]), Ok(&["one two", "three", "four"])),
        ("a", Some("--"), 1, Ok(&["a"]), Ok(&["a"])),
        ("a,b,,c,", Some("--"), 2, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("  a  b  c  ", Some("aa"), 2, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        (",a,", Some("\u{3a3}"), -1, Ok(&[",a,"]), Ok(&[",a,"])),
        ("one two three four", None, -1, Ok(&["one", "two", "three", "four"]), Ok(&["one", "two", "three", "four"])),
        (",a,", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a", Some(","), 0, Ok(&["a"]), Ok(&["a"])),
        ("  a  b  c  ", Some("aa"), -1, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("a", Some(","), 2, Ok(&["a"]), Ok(&["a"])),
        ("aaa", Some(" "), -1, Ok(&["aaa"]), Ok(&["aaa"])),
        ("aaa", None, -1, Ok(&["aaa"]), Ok(&["aaa"])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some("aa"), 2, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        (",a,", Some("\u{3a3}"), 2, Ok(&[",a,"]), Ok(&[",a,"])),
        (",a,", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a\u{3000}b\u{1c}c\u{85}d", None, -1, Ok(&["a", "b", "c", "d"]), Ok(&["a", "b", "c", "d"])),
        ("a,b,,c,", Some("--"), 1, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        (",a,", Some(" "), -1, Ok(&[",a,"]), Ok(&[",a,"])),
        (",a,", None, 2, Ok(&[",a,"]), Ok(&[",a,"])),
        ("a", Some("--"), 2, Ok(&["a"]), Ok(&["a"])),
        ("", Some("aa"), 2, Ok(&[""]), Ok(&[""])),
        ("a", Some("\u{3a3}"), 2, Ok(&["a"]), Ok(&["a"])),
        ("one two three four", Some(" "), 1, Ok(&["one", "two three four"]), Ok(&["one two three", "four"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("\n\na\tb\n", Some("--"), 1, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(""), 2, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a,b,,c,", None, 0, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some(" "), 0, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("", Some(","), 1, Ok(&[""]), Ok(&[""])),
        ("", Some(" "), 2, Ok(&[""]), Ok(&[""])),
        ("aaa", Some(","), 0, Ok(&["aaa"]), Ok(&["aaa"])),
        ("one two three four", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("aaa", Some("\u{3a3}"), -1, Ok(&["aaa"]), Ok(&["aaa"])),
        ("a", Some(" "), 1, Ok(&["a"]), Ok(&["a"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("x--y--z", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(","), 1, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("", Some(" "), 1, Ok(&[""]), Ok(&[""])),
        ("a", Some("aa"), 1, Ok(&["a"]), Ok(&["a"])),
        ("one two three four", Some(","), 1, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("", None, 2, Ok(&[]), Ok(&[])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(" "), 0, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("x--y--z", Some("--"), 2, Ok(&["x", "y", "z"]), Ok(&["x", "y", "z"])),
        ("a", Some("aa"), -1, Ok(&["a"]), Ok(&["a"])),
        ("\n\na\tb\n", Some("--"), 2, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("a,b,,c,", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(","), 2, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("", Some("--"), 1, Ok(&[""]), Ok(&[""])),
        ("x--y--z", Some(" "), 0, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some("aa"), 0, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("  a  b  c  ", Some("--"), 2, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("aa"), 0, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("   ", Some("--"), 2, Ok(&["   "]), Ok(&["   "])),
        ("one two three four", None, 1, Ok(&["one", "two three four"]), Ok(&["one two three", "four"])),
        ("aaa", Some(" "), 2, Ok(&["aaa"]), Ok(&["aaa"])),
        ("   ", None, 1, Ok(&[]), Ok(&[])),
        ("   ", Some("\u{3a3}"), 2, Ok(&["   "]), Ok(&["   "])),
        ("x--y--z", Some("\u{3a3}"), 2, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some(" "), 2, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("\n\na\tb\n", Some("--"), 0, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        (",a,", Some(","), -1, Ok(&["", "a", ""]), Ok(&["", "a", ""])),
        ("x--y--z", Some("aa"), 2, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("   ", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("  a  b  c  ", Some("aa"), 0, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("one two three four", None, 0, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("one two three four", Some(","), 2, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("\n\na\tb\n", Some(""), 2, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a,b,,c,", None, 1, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("x--y--z", Some(","), 0, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("a,b,,c,", Some("--"), 0, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("a", None, -1, Ok(&["a"]), Ok(&["a"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("--"), 2, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        (",a,", Some("--"), -1, Ok(&[",a,"]), Ok(&[",a,"])),
        ("  a  b  c  ", Some("\u{3a3}"), 2, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("aaa", Some("aa"), 1, Ok(&["", "a"]), Ok(&["a", ""])),
        ("   ", Some("\u{3a3}"), 0, Ok(&["   "]), Ok(&["   "])),
        ("x--y--z", Some(","), -1, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("\n\na\tb\n", None, 1, Ok(&["a", "b\n"]), Ok(&["\n\na", "b"])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some("--"), 1, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("aaa", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("x--y--z", Some("--"), 1, Ok(&["x", "y--z"]), Ok(&["x--y", "z"])),
        ("one two three four", Some("aa"), 1, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("   ", Some(" "), 0, Ok(&["   "]), Ok(&["   "])),
        ("a", Some("--"), -1, Ok(&["a"]), Ok(&["a"])),
        ("\n\na\tb\n", Some(" "), -1, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("aaa", Some(" "), 0, Ok(&["aaa"]), Ok(&["aaa"])),
        ("aaa", Some("aa"), 2, Ok(&["", "a"]), Ok(&["a", ""])),
        ("one two three four", Some("\u{3a3}"), -1, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("aaa", Some("--"), -1, Ok(&["aaa"]), Ok(&["aaa"])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", Some(" "), 1, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("  a  b  c  ", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("one two three four", Some("\u{3a3}"), 1, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("a", Some("\u{3a3}"), 0, Ok(&["a"]), Ok(&["a"])),
        ("a", Some("\u{3a3}"), -1, Ok(&["a"]), Ok(&["a"])),
        ("   ", Some(""), 2, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("x--y--z", None, -1, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("\n\na\tb\n", Some(" "), 0, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("one two three four", Some("aa"), 2, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("\n\na\tb\n", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("  a  b  c  ", Some(","), 2, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("   ", Some(","), 0, Ok(&["   "]), Ok(&["   "])),
        ("   ", Some(" "), 1, Ok(&["", "  "]), Ok(&["  ", ""])),
        ("a", Some(","), -1, Ok(&["a"]), Ok(&["a"])),
        ("  a  b  c  ", Some(" "), 2, Ok(&["", "", "a  b  c  "]), Ok(&["  a  b  c", "", ""])),
        ("", Some("--"), 0, Ok(&[""]), Ok(&[""])),
        ("\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}", None, -1, Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"]), Ok(&["\u{3a3}\u{3b1}\u{3a3}\u{3b2}\u{3a3}"])),
        ("  a  b  c  ", Some(" "), -1, Ok(&["", "", "a", "", "b", "", "c", "", ""]), Ok(&["", "", "a", "", "b", "", "c", "", ""])),
        ("   ", None, -1, Ok(&[]), Ok(&[])),
        ("\n\na\tb\n", Some("aa"), 2, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("  a  b  c  ", Some(","), -1, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("aaa", Some("--"), 0, Ok(&["aaa"]), Ok(&["aaa"])),
        ("  a  b  c  ", Some("--"), 0, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        (",a,", Some(","), 1, Ok(&["", "a,"]), Ok(&[",a", ""])),
        ("one two three four", Some(""), 2, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a,b,,c,", Some("\u{3a3}"), 2, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("one two three four", Some("aa"), 0, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("a,b,,c,", Some(","), -1, Ok(&["a", "b", "", "c", ""]), Ok(&["a", "b", "", "c", ""])),
        ("", Some("\u{3a3}"), 1, Ok(&[""]), Ok(&[""])),
        ("  a  b  c  ", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("", Some("aa"), 1, Ok(&[""]), Ok(&[""])),
        ("\n\na\tb\n", None, 0, Ok(&["a\tb\n"]), Ok(&["\n\na\tb"])),
        ("aaa", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("\u{3a3}"), 2, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        (",a,", Some(""), 0, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("aaa", Some("aa"), 0, Ok(&["aaa"]), Ok(&["aaa"])),
        ("  a  b  c  ", Some("\u{3a3}"), -1, Ok(&["  a  b  c  "]), Ok(&["  a  b  c  "])),
        ("", Some(" "), 0, Ok(&[""]), Ok(&[""])),
        ("   ", Some("aa"), 2, Ok(&["   "]), Ok(&["   "])),
        ("x--y--z", Some("aa"), 1, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("--"), 1, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("", Some(","), 0, Ok(&[""]), Ok(&[""])),
        ("  a  b  c  ", None, 1, Ok(&["a", "b  c  "]), Ok(&["  a  b", "c"])),
        ("one two three four", Some("--"), 2, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("   ", Some("--"), 0, Ok(&["   "]), Ok(&["   "])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("\u{3a3}"), 0, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("a\u{3000}b\u{1c}c\u{85}d", Some("--"), 0, Ok(&["a\u{3000}b\u{1c}c\u{85}d"]), Ok(&["a\u{3000}b\u{1c}c\u{85}d"])),
        ("x--y--z", Some(","), 1, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("a", Some(""), 2, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("a,b,,c,", Some("aa"), 2, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("\n\na\tb\n", Some("aa"), -1, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        ("a", Some(""), -1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("aaa", Some("aa"), -1, Ok(&["", "a"]), Ok(&["a", ""])),
        ("a,b,,c,", Some("aa"), -1, Ok(&["a,b,,c,"]), Ok(&["a,b,,c,"])),
        ("\n\na\tb\n", None, 2, Ok(&["a", "b"]), Ok(&["a", "b"])),
        ("one two three four", Some(","), 0, Ok(&["one two three four"]), Ok(&["one two three four"])),
        ("a", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("\n\na\tb\n", Some("\u{3a3}"), 2, Ok(&["\n\na\tb\n"]), Ok(&["\n\na\tb\n"])),
        (",a,", Some("aa"), 2, Ok(&[",a,"]), Ok(&[",a,"])),
        ("x--y--z", Some("\u{3a3}"), 0, Ok(&["x--y--z"]), Ok(&["x--y--z"])),
        ("   ", Some(" "), -1, Ok(&["", "", "", ""]), Ok(&["", "", "", ""])),
        ("\u{c}9\u{df}\u{feff}.\u{ad}\u{ad}\u{2460}", Some(" "), 0, Ok(&["\u{c}9\u{df}\u{feff}.\u{ad}\u{ad}\u{2460}"]), Ok(&["\u{c}9\u{df}\u{feff}.\u{ad}\u{ad}\u{2460}"])),
        ("'\u{130}\u{13a0}\u{200b}__Z", Some("A\u{1c5}"), 0, Ok(&["'\u{130}\u{13a0}\u{200b}__Z"]), Ok(&["'\u{130}\u{13a0}\u{200b}__Z"])),
        ("\r\u{200b}\u{e0001}\u{3000}", Some("a"), -1, Ok(&["\r\u{200b}\u{e0001}\u{3000}"]), Ok(&["\r\u{200b}\u{e0001}\u{3000}"])),
        ("", Some(" "), 0, Ok(&[""]), Ok(&[""])),
        ("\u{13a0}\u{4e00}+b.\u{3c2}+", Some(" "), 1, Ok(&["\u{13a0}\u{4e00}+b.\u{3c2}+"]), Ok(&["\u{13a0}\u{4e00}+b.\u{3c2}+"])),
        ("", Some("a"), 3, Ok(&[""]), Ok(&[""])),
        ("", None, 3, Ok(&[]), Ok(&[])),
        ("\u{663}\u{664}\u{1c5}emal ", Some("a"), -1, Ok(&["\u{663}\u{664}\u{1c5}em", "l "]), Ok(&["\u{663}\u{664}\u{1c5}em", "l "])),
        ("hello", Some("a"), 0, Ok(&["hello"]), Ok(&["hello"])),
        ("stra\u{df}e", Some("a"), 1, Ok(&["str", "\u{df}e"]), Ok(&["str", "\u{df}e"])),
        ("\u{1c5}emal\u{391}\u{3a3}.", Some("\u{3000}\u{10d0}"), -1, Ok(&["\u{1c5}emal\u{391}\u{3a3}."]), Ok(&["\u{1c5}emal\u{391}\u{3a3}."])),
        ("", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("hello  ", Some(""), 1, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("", Some("a"), 1, Ok(&[""]), Ok(&[""])),
        ("don't", Some(" "), -1, Ok(&["don't"]), Ok(&["don't"])),
        ("\u{663}\u{664}  ", None, 3, Ok(&["\u{663}\u{664}"]), Ok(&["\u{663}\u{664}"])),
        ("\u{df}z", Some("a"), 0, Ok(&["\u{df}z"]), Ok(&["\u{df}z"])),
        ("A\"\u{85}\u{b2}\u{ad}\u{901};", None, 3, Ok(&["A\"", "\u{b2}\u{ad}\u{901};"]), Ok(&["A\"", "\u{b2}\u{ad}\u{901};"])),
        ("don't ", Some("\t "), -1, Ok(&["don't "]), Ok(&["don't "])),
        ("", Some(" "), 3, Ok(&[""]), Ok(&[""])),
        ("\u{df}\u{b}\u{7f}\n\u{df}\u{2029}\u{a0}\u{10d0}", Some(" "), 1, Ok(&["\u{df}\u{b}\u{7f}\n\u{df}\u{2029}\u{a0}\u{10d0}"]), Ok(&["\u{df}\u{b}\u{7f}\n\u{df}\u{2029}\u{a0}\u{10d0}"])),
        ("a b", None, 0, Ok(&["a b"]), Ok(&["a b"])),
        ("\t\u{df}\u{a0}\u{e000}-", Some(" "), 3, Ok(&["\t\u{df}\u{a0}\u{e000}-"]), Ok(&["\t\u{df}\u{a0}\u{e000}-"])),
        ("Z0\u{85}\u{c}a\u{901}\u{3c2}\u{3000}\u{ad}", None, 1, Ok(&["Z0", "a\u{901}\u{3c2}\u{3000}\u{ad}"]), Ok(&["Z0\u{85}\u{c}a\u{901}\u{3c2}", "\u{ad}"])),
        ("\u{e000}\u{e0001}\u{e000}\u{1e9e}", None, 3, Ok(&["\u{e000}\u{e0001}\u{e000}\u{1e9e}"]), Ok(&["\u{e000}\u{e0001}\u{e000}\u{1e9e}"])),
        ("z\0\\\u{b2}\u{3000}\u{df}", Some("a"), 1, Ok(&["z\0\\\u{b2}\u{3000}\u{df}"]), Ok(&["z\0\\\u{b2}\u{3000}\u{df}"])),
        ("\u{c}\u{a0}.\0\u{b}\u{85}.", None, 1, Ok(&[".\0", "."]), Ok(&["\u{c}\u{a0}.\0", "."])),
        ("_x1\u{663}\u{664}  ", Some("\t\u{1c5}"), 1, Ok(&["_x1\u{663}\u{664}  "]), Ok(&["_x1\u{663}\u{664}  "])),
        ("\u{7f}\n\u{200b}\u{378},\u{3c2}\u{4e00}\u{2460}\u{13a0}", Some(" "), 3, Ok(&["\u{7f}\n\u{200b}\u{378},\u{3c2}\u{4e00}\u{2460}\u{13a0}"]), Ok(&["\u{7f}\n\u{200b}\u{378},\u{3c2}\u{4e00}\u{2460}\u{13a0}"])),
        ("\u{ab70}\u{2029}\\\"", None, 1, Ok(&["\u{ab70}", "\\\""]), Ok(&["\u{ab70}", "\\\""])),
        ("\u{b2}\u{1c6}\u{3a3}\u{901}\u{1c4}", Some(" "), -1, Ok(&["\u{b2}\u{1c6}\u{3a3}\u{901}\u{1c4}"]), Ok(&["\u{b2}\u{1c6}\u{3a3}\u{901}\u{1c4}"])),
        ("\u{fb01}\u{7f}\r'\rb", Some(""), 3, Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("", Some(" "), 3, Ok(&[""]), Ok(&[""])),
        ("", Some("\u{10d0}\u{feff}"), 3, Ok(&[""]), Ok(&[""])),
        ("\u{3c2}9\u{3c2}\u{b}b\u{130}\u{2460}\u{fb01}", Some("a"), 1, Ok(&["\u{3c2}9\u{3c2}\u{b}b\u{130}\u{2460}\u{fb01}"]), Ok(&["\u{3c2}9\u{3c2}\u{b}b\u{130}\u{2460}\u{fb01}"])),
        ("0'\u{fb01}9", Some("a"), 3, Ok(&["0'\u{fb01}9"]), Ok(&["0'\u{fb01}9"])),
        ("\u{b}\u{901}\u{c}\u{2028}9\u{b}_\u{2029}\u{b}", Some("a"), 0, Ok(&["\u{b}\u{901}\u{c}\u{2028}9\u{b}_\u{2029}\u{b}"]), Ok(&["\u{b}\u{901}\u{c}\u{2028}9\u{b}_\u{2029}\u{b}"])),
        ("\u{df}\u{ab70}", Some("a\u{200b}"), 3, Ok(&["\u{df}\u{ab70}"]), Ok(&["\u{df}\u{ab70}"])),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}-1x", None, 3, Ok(&["\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}-1x"]), Ok(&["\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}-1x"])),
        ("", Some("a"), 3, Ok(&[""]), Ok(&[""])),
    ];

    #[test]
    fn split_and_rsplit_match_cpython() {
        let own = |r: Result<&[&str], &str>| -> Result<Vec<String>, String> {
            r.map(|v| v.iter().map(|s| s.to_string()).collect())
                .map_err(String::from)
        };
        for &(s, sep, maxsplit, split, rsplit) in SPLITS {
            let show = |r: PyResult<Vec<String>>| r.map_err(|e| e.to_string());
            assert_eq!(
                show(str_split(s, sep, maxsplit)),
                own(split),
                "{:?}.split({:?}, {})",
                s,
                sep,
                maxsplit
            );
            assert_eq!(
                show(str_rsplit(s, sep, maxsplit)),
                own(rsplit),
                "{:?}.rsplit({:?}, {})",
                s,
                sep,
                maxsplit
            );
        }
    }

    /// `(s, s.splitlines(), s.splitlines(True))` from CPython 3.11.
    #[rustfmt::skip]
    const SPLITLINES: &[(&str, &[&str], &[&str])] = &[
        ("", &[], &[]),
        ("a", &["a"], &["a"]),
        ("a\n", &["a"], &["a\n"]),
        ("a\nb", &["a", "b"], &["a\n", "b"]),
        ("a\r\nb\r\n", &["a", "b"], &["a\r\n", "b\r\n"]),
        ("\r\r\n\n", &["", "", ""], &["\r", "\r\n", "\n"]),
        ("a\u{b}b\u{c}c\u{1c}d\u{1d}e\u{1e}f\u{85}g\u{2028}h\u{2029}i", &["a", "b", "c", "d", "e", "f", "g", "h", "i"], &["a\u{b}", "b\u{c}", "c\u{1c}", "d\u{1d}", "e\u{1e}", "f\u{85}", "g\u{2028}", "h\u{2029}", "i"]),
        ("x\n\ny", &["x", "", "y"], &["x\n", "\n", "y"]),
        ("\n", &[""], &["\n"]),
        ("no newline at end\r", &["no newline at end"], &["no newline at end\r"]),
        ("a\u{1f}b", &["a\u{1f}b"], &["a\u{1f}b"]),
    ];

    #[test]
    fn splitlines_matches_cpython() {
        for &(s, plain, keep) in SPLITLINES {
            assert_eq!(str_splitlines(s, false), plain, "{:?}", s);
            assert_eq!(str_splitlines(s, true), keep, "{:?} keepends", s);
        }
    }

    /// `(s, chars, s.strip(chars), s.lstrip(chars), s.rstrip(chars))` from CPython 3.11.
    #[rustfmt::skip]
    const STRIPS: &[(&str, Option<&str>, &str, &str, &str)] = &[
        ("  hi  ", None, "hi", "hi  ", "  hi"),
        ("  hi  ", Some("x"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some("ab"), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some(""), "  hi  ", "  hi  ", "  hi  "),
        ("  hi  ", Some(" \u{3a3}"), "hi", "hi  ", "  hi"),
        ("  hi  ", Some("abc"), "  hi  ", "  hi  ", "  hi  "),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", None, "hi", "hi \u{85}\u{a0}", "\u{3000}\u{1c} hi"),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", Some("x"), "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}"),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", Some("ab"), "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}"),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", Some(""), "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}"),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", Some(" \u{3a3}"), "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}"),
        ("\u{3000}\u{1c} hi \u{85}\u{a0}", Some("abc"), "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}", "\u{3000}\u{1c} hi \u{85}\u{a0}"),
        ("xxhixx", None, "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("x"), "hi", "hixx", "xxhi"),
        ("xxhixx", Some("ab"), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some(""), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some(" \u{3a3}"), "xxhixx", "xxhixx", "xxhixx"),
        ("xxhixx", Some("abc"), "xxhixx", "xxhixx", "xxhixx"),
        ("abcba", None, "abcba", "abcba", "abcba"),
        ("abcba", Some("x"), "abcba", "abcba", "abcba"),
        ("abcba", Some("ab"), "c", "cba", "abc"),
        ("abcba", Some(""), "abcba", "abcba", "abcba"),
        ("abcba", Some(" \u{3a3}"), "abcba", "abcba", "abcba"),
        ("abcba", Some("abc"), "", "", ""),
        ("", None, "", "", ""),
        ("", Some("x"), "", "", ""),
        ("", Some("ab"), "", "", ""),
        ("", Some(""), "", "", ""),
        ("", Some(" \u{3a3}"), "", "", ""),
        ("", Some("abc"), "", "", ""),
        ("   ", None, "", "", ""),
        ("   ", Some("x"), "   ", "   ", "   "),
        ("   ", Some("ab"), "   ", "   ", "   "),
        ("   ", Some(""), "   ", "   ", "   "),
        ("   ", Some(" \u{3a3}"), "", "", ""),
        ("   ", Some("abc"), "   ", "   ", "   "),
        ("\u{3a3}a\u{3a3}", None, "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}"),
        ("\u{3a3}a\u{3a3}", Some("x"), "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}"),
        ("\u{3a3}a\u{3a3}", Some("ab"), "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}"),
        ("\u{3a3}a\u{3a3}", Some(""), "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}"),
        ("\u{3a3}a\u{3a3}", Some(" \u{3a3}"), "a", "a\u{3a3}", "\u{3a3}a"),
        ("\u{3a3}a\u{3a3}", Some("abc"), "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}", "\u{3a3}a\u{3a3}"),
        ("\t\n x \r\u{b}\u{c}", None, "x", "x \r\u{b}\u{c}", "\t\n x"),
        ("\t\n x \r\u{b}\u{c}", Some("x"), "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}"),
        ("\t\n x \r\u{b}\u{c}", Some("ab"), "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}"),
        ("\t\n x \r\u{b}\u{c}", Some(""), "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}"),
        ("\t\n x \r\u{b}\u{c}", Some(" \u{3a3}"), "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}"),
        ("\t\n x \r\u{b}\u{c}", Some("abc"), "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}", "\t\n x \r\u{b}\u{c}"),
    ];

    #[test]
    fn strip_matches_cpython() {
        for &(s, chars, both, left, right) in STRIPS {
            assert_eq!(str_strip(s, chars), both, "{:?}.strip({:?})", s, chars);
            assert_eq!(str_lstrip(s, chars), left, "{:?}.lstrip({:?})", s, chars);
            assert_eq!(str_rstrip(s, chars), right, "{:?}.rstrip({:?})", s, chars);
        }
    }

    /// `(s, lo, hi, step, s[lo:hi:step])` from CPython 3.11.
    #[rustfmt::skip]
    const SLICES: &[(&str, Option<i64>, Option<i64>, Option<i64>, Result<&str, &str>)] = &[
        ("", Some(3), Some(-4), Some(-8), Ok("")),
        ("", None, Some(5), None, Ok("")),
        ("", Some(-2), Some(1), None, Ok("")),
        ("", Some(9), Some(-8), None, Ok("")),
        ("", Some(-5), Some(0), None, Ok("")),
        ("", None, None, None, Ok("")),
        ("", None, Some(4), Some(0), Err("ValueError: slice step cannot be zero")),
        ("", Some(-2), Some(4), Some(1), Ok("")),
        ("", None, Some(-7), None, Ok("")),
        ("", None, None, Some(-8), Ok("")),
        ("", None, None, None, Ok("")),
        ("", Some(-5), None, None, Ok("")),
        ("", None, None, None, Ok("")),
        ("", Some(8), None, Some(4), Ok("")),
        ("", None, Some(0), None, Ok("")),
        ("", None, Some(-7), Some(6), Ok("")),
        ("", None, None, Some(5), Ok("")),
        ("", None, Some(-6), Some(8), Ok("")),
        ("", None, Some(-3), Some(6), Ok("")),
        ("", None, Some(8), Some(-1), Ok("")),
        ("", Some(-3), None, Some(-3), Ok("")),
        ("", Some(9), Some(2), None, Ok("")),
        ("", Some(0), Some(4), None, Ok("")),
        ("", None, None, None, Ok("")),
        ("", Some(-4), Some(-2), Some(8), Ok("")),
        ("", None, None, None, Ok("")),
        ("", Some(8), None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("", None, Some(9), None, Ok("")),
        ("", Some(8), None, Some(5), Ok("")),
        ("", Some(2), None, None, Ok("")),
        ("", None, Some(4), None, Ok("")),
        ("", None, Some(1), None, Ok("")),
        ("", Some(-8), None, None, Ok("")),
        ("", Some(-9), None, None, Ok("")),
        ("", None, Some(-5), Some(-4), Ok("")),
        ("", Some(-1), None, None, Ok("")),
        ("", None, Some(-6), None, Ok("")),
        ("", None, None, Some(-3), Ok("")),
        ("", Some(7), Some(-6), None, Ok("")),
        ("", Some(-6), Some(-3), None, Ok("")),
        ("", None, None, None, Ok("")),
        ("", Some(7), None, None, Ok("")),
        ("", Some(-6), Some(4), Some(7), Ok("")),
        ("", None, None, Some(-9), Ok("")),
        ("", Some(-4), Some(-6), None, Ok("")),
        ("", None, None, Some(-1), Ok("")),
        ("", Some(i64::MIN), Some(9223372036854775807), None, Ok("")),
        ("", Some(9223372036854775807), Some(i64::MIN), Some(-1), Ok("")),
        ("", None, None, Some(i64::MIN), Ok("")),
        ("", None, None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("", Some(1), None, Some(9223372036854775807), Ok("")),
        ("abcdef", None, Some(-5), Some(1), Ok("a")),
        ("abcdef", None, Some(-7), Some(3), Ok("")),
        ("abcdef", None, None, None, Ok("abcdef")),
        ("abcdef", Some(-3), Some(-7), None, Ok("")),
        ("abcdef", None, Some(3), None, Ok("abc")),
        ("abcdef", Some(6), Some(2), None, Ok("")),
        ("abcdef", Some(-6), Some(-2), None, Ok("abcd")),
        ("abcdef", None, Some(0), Some(4), Ok("")),
        ("abcdef", Some(-8), Some(9), Some(6), Ok("a")),
        ("abcdef", None, None, Some(3), Ok("ad")),
        ("abcdef", Some(-1), None, None, Ok("f")),
        ("abcdef", Some(-5), Some(0), Some(8), Ok("")),
        ("abcdef", Some(-8), None, None, Ok("abcdef")),
        ("abcdef", None, Some(-4), Some(-9), Ok("f")),
        ("abcdef", None, None, Some(9), Ok("a")),
        ("abcdef", None, Some(4), Some(-6), Ok("f")),
        ("abcdef", Some(-1), Some(2), None, Ok("")),
        ("abcdef", Some(6), None, Some(2), Ok("")),
        ("abcdef", Some(2), Some(4), Some(3), Ok("c")),
        ("abcdef", None, Some(4), Some(-4), Ok("f")),
        ("abcdef", Some(-3), Some(9), Some(-3), Ok("")),
        ("abcdef", Some(5), None, Some(-1), Ok("fedcba")),
        ("abcdef", Some(-6), None, Some(9), Ok("a")),
        ("abcdef", Some(0), Some(6), Some(8), Ok("a")),
        ("abcdef", Some(6), Some(4), None, Ok("")),
        ("abcdef", None, Some(-4), Some(6), Ok("a")),
        ("abcdef", Some(0), None, None, Ok("abcdef")),
        ("abcdef", None, None, None, Ok("abcdef")),
        ("abcdef", None, None, Some(5), Ok("af")),
        ("abcdef", None, None, None, Ok("abcdef")),
        ("abcdef", Some(-6), Some(4), Some(-5), Ok("")),
        ("abcdef", Some(-5), Some(7), Some(-1), Ok("")),
        ("abcdef", None, Some(-3), None, Ok("abc")),
        ("abcdef", None, None, Some(8), Ok("a")),
        ("abcdef", None, None, None, Ok("abcdef")),
        ("abcdef", Some(0), Some(-5), None, Ok("a")),
        ("abcdef", Some(-5), None, Some(-2), Ok("b")),
        ("abcdef", None, None, Some(-3), Ok("fc")),
        ("abcdef", None, None, Some(-6), Ok("f")),
        ("abcdef", Some(-7), Some(3), None, Ok("abc")),
        ("abcdef", Some(-1), Some(-6), None, Ok("")),
        ("abcdef", None, None, Some(1), Ok("abcdef")),
        ("abcdef", Some(2), Some(-4), None, Ok("")),
        ("abcdef", Some(-7), None, Some(1), Ok("abcdef")),
        ("abcdef", Some(5), Some(2), Some(-8), Ok("f")),
        ("abcdef", None, None, Some(-1), Ok("fedcba")),
        ("abcdef", Some(i64::MIN), Some(9223372036854775807), None, Ok("abcdef")),
        ("abcdef", Some(9223372036854775807), Some(i64::MIN), Some(-1), Ok("fedcba")),
        ("abcdef", None, None, Some(i64::MIN), Ok("f")),
        ("abcdef", None, None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("abcdef", Some(1), None, Some(9223372036854775807), Ok("b")),
        ("h\u{e9}llo w\u{f6}rld", Some(3), None, Some(8), Ok("l")),
        ("h\u{e9}llo w\u{f6}rld", None, None, None, Ok("h\u{e9}llo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(-8), None, Some(1), Ok("lo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(-3), Some(-1), None, Ok("rl")),
        ("h\u{e9}llo w\u{f6}rld", Some(5), Some(6), None, Ok(" ")),
        ("h\u{e9}llo w\u{f6}rld", Some(-2), None, Some(-1), Ok("lr\u{f6}w oll\u{e9}h")),
        ("h\u{e9}llo w\u{f6}rld", Some(7), Some(4), Some(4), Ok("")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-7), Some(4), Ok("h")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-1), Some(6), Ok("hw")),
        ("h\u{e9}llo w\u{f6}rld", Some(8), Some(1), None, Ok("")),
        ("h\u{e9}llo w\u{f6}rld", Some(2), None, None, Ok("llo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(-5), None, None, Ok("w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-8), Ok("dl")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(4), None, Ok("h\u{e9}ll")),
        ("h\u{e9}llo w\u{f6}rld", Some(-3), None, None, Ok("rld")),
        ("h\u{e9}llo w\u{f6}rld", None, None, None, Ok("h\u{e9}llo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(7), None, None, Ok("\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(-4), Some(4), None, Ok("")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-7), Ok("dl")),
        ("h\u{e9}llo w\u{f6}rld", Some(3), Some(-3), None, Ok("lo w\u{f6}")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(3), Ok("hlwl")),
        ("h\u{e9}llo w\u{f6}rld", Some(-7), None, Some(-2), Ok("olh")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-1), None, Ok("h\u{e9}llo w\u{f6}rl")),
        ("h\u{e9}llo w\u{f6}rld", Some(0), None, Some(8), Ok("hr")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-1), Some(2), Ok("hlowr")),
        ("h\u{e9}llo w\u{f6}rld", Some(8), None, None, Ok("rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(-5), Some(3), Some(-9), Ok("w")),
        ("h\u{e9}llo w\u{f6}rld", Some(-1), Some(8), None, Ok("")),
        ("h\u{e9}llo w\u{f6}rld", Some(2), None, Some(-9), Ok("l")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(9), Ok("hl")),
        ("h\u{e9}llo w\u{f6}rld", Some(-1), Some(-7), None, Ok("")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-6), None, Ok("h\u{e9}llo")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-2), Ok("drwolh")),
        ("h\u{e9}llo w\u{f6}rld", Some(6), Some(-5), Some(-9), Ok("")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-8), Ok("dl")),
        ("h\u{e9}llo w\u{f6}rld", Some(3), None, None, Ok("lo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(6), Some(0), Err("ValueError: slice step cannot be zero")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-9), None, Ok("h\u{e9}")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-1), Some(2), Ok("hlowr")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-9), Some(9), Ok("h")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-8), Ok("dl")),
        ("h\u{e9}llo w\u{f6}rld", Some(2), Some(-6), None, Ok("llo")),
        ("h\u{e9}llo w\u{f6}rld", Some(4), None, None, Ok("o w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", None, Some(-2), None, Ok("h\u{e9}llo w\u{f6}r")),
        ("h\u{e9}llo w\u{f6}rld", Some(-7), Some(8), Some(1), Ok("o w\u{f6}")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(-1), Ok("dlr\u{f6}w oll\u{e9}h")),
        ("h\u{e9}llo w\u{f6}rld", Some(i64::MIN), Some(9223372036854775807), None, Ok("h\u{e9}llo w\u{f6}rld")),
        ("h\u{e9}llo w\u{f6}rld", Some(9223372036854775807), Some(i64::MIN), Some(-1), Ok("dlr\u{f6}w oll\u{e9}h")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(i64::MIN), Ok("d")),
        ("h\u{e9}llo w\u{f6}rld", None, None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("h\u{e9}llo w\u{f6}rld", Some(1), None, Some(9223372036854775807), Ok("\u{e9}")),
        ("a\u{1f600}b\u{e9}c", Some(-2), None, Some(8), Ok("\u{e9}")),
        ("a\u{1f600}b\u{e9}c", None, Some(2), None, Ok("a\u{1f600}")),
        ("a\u{1f600}b\u{e9}c", Some(-2), Some(-1), None, Ok("\u{e9}")),
        ("a\u{1f600}b\u{e9}c", Some(-4), Some(-5), Some(-7), Ok("\u{1f600}")),
        ("a\u{1f600}b\u{e9}c", Some(-6), Some(0), Some(-6), Ok("")),
        ("a\u{1f600}b\u{e9}c", None, Some(9), Some(1), Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(2), Some(-3), Some(-6), Ok("")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(9), Some(6), Some(-3), Ok("")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(4), None, Some(-5), Ok("c")),
        ("a\u{1f600}b\u{e9}c", Some(6), Some(5), None, Ok("")),
        ("a\u{1f600}b\u{e9}c", Some(-2), None, None, Ok("\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(2), Ok("abc")),
        ("a\u{1f600}b\u{e9}c", Some(6), Some(9), None, Ok("")),
        ("a\u{1f600}b\u{e9}c", Some(3), Some(-4), None, Ok("")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(-9), None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(-3), None, None, Ok("b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(-5), Some(1), Some(6), Ok("a")),
        ("a\u{1f600}b\u{e9}c", Some(-5), None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, Some(7), Some(-2), Ok("")),
        ("a\u{1f600}b\u{e9}c", Some(-7), Some(-4), None, Ok("a")),
        ("a\u{1f600}b\u{e9}c", Some(9), None, Some(-3), Ok("c\u{1f600}")),
        ("a\u{1f600}b\u{e9}c", None, Some(-9), Some(-1), Ok("c\u{e9}b\u{1f600}a")),
        ("a\u{1f600}b\u{e9}c", Some(0), None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, Some(-5), None, Ok("")),
        ("a\u{1f600}b\u{e9}c", None, Some(8), Some(2), Ok("abc")),
        ("a\u{1f600}b\u{e9}c", Some(9), None, Some(-8), Ok("c")),
        ("a\u{1f600}b\u{e9}c", Some(9), None, Some(9), Ok("")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(9), Ok("a")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, Some(-9), Some(-3), Ok("c\u{1f600}")),
        ("a\u{1f600}b\u{e9}c", Some(-7), None, Some(-7), Ok("")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(-7), Ok("c")),
        ("a\u{1f600}b\u{e9}c", Some(-4), None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("a\u{1f600}b\u{e9}c", Some(3), Some(7), Some(-6), Ok("")),
        ("a\u{1f600}b\u{e9}c", Some(-3), None, None, Ok("b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, None, None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(2), Ok("abc")),
        ("a\u{1f600}b\u{e9}c", Some(-1), Some(-3), Some(-3), Ok("c")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(-9), Ok("c")),
        ("a\u{1f600}b\u{e9}c", Some(-4), None, Some(8), Ok("\u{1f600}")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(-1), Ok("c\u{e9}b\u{1f600}a")),
        ("a\u{1f600}b\u{e9}c", Some(i64::MIN), Some(9223372036854775807), None, Ok("a\u{1f600}b\u{e9}c")),
        ("a\u{1f600}b\u{e9}c", Some(9223372036854775807), Some(i64::MIN), Some(-1), Ok("c\u{e9}b\u{1f600}a")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(i64::MIN), Ok("c")),
        ("a\u{1f600}b\u{e9}c", None, None, Some(0), Err("ValueError: slice step cannot be zero")),
        ("a\u{1f600}b\u{e9}c", Some(1), None, Some(9223372036854775807), Ok("\u{1f600}")),
    ];

    #[test]
    fn slices_match_cpython() {
        for &(s, lo, hi, step, want) in SLICES {
            let got = str_slice(s, lo, hi, step).map_err(|e| e.to_string());
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "{:?}[{:?}:{:?}:{:?}]",
                s,
                lo,
                hi,
                step
            );
        }
    }

    #[test]
    fn indexing_and_iteration() {
        for &s in &["abc", "h\u{e9}llo", "a\u{1f600}b"] {
            let chars: Vec<char> = s.chars().collect();
            let n = chars.len() as i64;
            assert_eq!(str_len(s), n);
            for i in -n..n {
                let k = if i < 0 { i + n } else { i } as usize;
                assert_eq!(str_getitem(s, i).unwrap(), chars[k].to_string());
            }
            for &i in &[n, -n - 1, i64::MAX, i64::MIN] {
                assert_eq!(
                    str_getitem(s, i).unwrap_err().to_string(),
                    "IndexError: string index out of range"
                );
            }
            let it: Vec<String> = str_chars(s).collect();
            assert_eq!(it, chars.iter().map(|c| c.to_string()).collect::<Vec<_>>());
        }
        assert_eq!(str_len(""), 0);
        assert_eq!(str_chars("").count(), 0);
    }

    /// `(s, old, new, count, s.replace(old, new, count))` from CPython 3.11.
    #[rustfmt::skip]
    const REPLACES: &[(&str, &str, &str, i64, &str)] = &[
        ("\u{3a3}\u{3a3}", "\u{3a3}", "\u{3c3}", 100, "\u{3c3}\u{3c3}"),
        ("a b c", "z", "q", 0, "a b c"),
        ("abcabc", "aa", "b", -1, "abcabc"),
        ("abcabc", "abc", "", 0, "abcabc"),
        ("abcabc", "", "-", -1, "-a-b-c-a-b-c-"),
        ("aaa", "a", "XY", 100, "XYXYXY"),
        ("\u{3a3}\u{3a3}", "\u{3a3}", "\u{3c3}", 1, "\u{3c3}\u{3a3}"),
        ("\u{3a3}\u{3a3}", " ", "", 100, "\u{3a3}\u{3a3}"),
        ("aaa", "z", "q", 0, "aaa"),
        ("h\u{e9}llo", "z", "q", 2, "h\u{e9}llo"),
        ("h\u{e9}llo", "\u{3a3}", "\u{3c3}", 0, "h\u{e9}llo"),
        ("a b c", "aa", "b", 0, "a b c"),
        ("", "a", "XY", 1, ""),
        ("", "", "-", 0, ""),
        ("\u{3a3}\u{3a3}", "abc", "", -1, "\u{3a3}\u{3a3}"),
        ("aaa", "abc", "", -1, "aaa"),
        ("a b c", " ", "", 2, "abc"),
        ("a b c", "a", "XY", 2, "XY b c"),
        ("abcabc", "abc", "", 1, "abc"),
        ("h\u{e9}llo", "\u{3a3}", "\u{3c3}", 100, "h\u{e9}llo"),
        ("", "aa", "b", 2, ""),
        ("", "a", "XY", 0, ""),
        ("\u{3a3}\u{3a3}", "a", "XY", 1, "\u{3a3}\u{3a3}"),
        ("\u{3a3}\u{3a3}", "", "-", 100, "-\u{3a3}-\u{3a3}-"),
        ("abcabc", "z", "q", 2, "abcabc"),
        ("abcabc", "aa", "b", 0, "abcabc"),
        ("a b c", "abc", "", 1, "a b c"),
        ("a b c", "a", "XY", -1, "XY b c"),
        ("aaa", "z", "q", 2, "aaa"),
        ("", "z", "q", 0, ""),
        ("", "abc", "", 100, ""),
        ("\u{3a3}\u{3a3}", "a", "XY", 100, "\u{3a3}\u{3a3}"),
        ("a b c", "abc", "", 100, "a b c"),
        ("abcabc", "\u{3a3}", "\u{3c3}", 100, "abcabc"),
        ("abcabc", "\u{3a3}", "\u{3c3}", 0, "abcabc"),
        ("abcabc", "abc", "", 100, ""),
        ("", "\u{3a3}", "\u{3c3}", -1, ""),
        ("h\u{e9}llo", " ", "", 2, "h\u{e9}llo"),
        ("", "aa", "b", 1, ""),
        ("h\u{e9}llo", "a", "XY", 0, "h\u{e9}llo"),
        ("a b c", "z", "q", 2, "a b c"),
        ("\u{3a3}\u{3a3}", " ", "", 0, "\u{3a3}\u{3a3}"),
        ("a b c", "abc", "", -1, "a b c"),
        ("a b c", " ", "", 0, "a b c"),
        ("a b c", "abc", "", 0, "a b c"),
        ("aaa", "", "-", -1, "-a-a-a-"),
        ("", "\u{3a3}", "\u{3c3}", 2, ""),
        ("abcabc", "abc", "", -1, ""),
        ("", "abc", "", 0, ""),
        ("\u{3a3}\u{3a3}", "z", "q", -1, "\u{3a3}\u{3a3}"),
        ("aaa", "aa", "b", 1, "ba"),
        ("aaa", "\u{3a3}", "\u{3c3}", 1, "aaa"),
        ("\u{3a3}\u{3a3}", "abc", "", 2, "\u{3a3}\u{3a3}"),
        ("", "aa", "b", -1, ""),
        ("aaa", "abc", "", 100, "aaa"),
        ("", "", "-", 1, "-"),
        ("h\u{e9}llo", "z", "q", 100, "h\u{e9}llo"),
        ("h\u{e9}llo", " ", "", 100, "h\u{e9}llo"),
        ("a b c", "z", "q", 100, "a b c"),
        ("", "", "-", 100, "-"),
        ("", "z", "q", 1, ""),
        ("aaa", "\u{3a3}", "\u{3c3}", 0, "aaa"),
        ("aaa", "aa", "b", 100, "ba"),
        ("aaa", "abc", "", 0, "aaa"),
        ("h\u{e9}llo", "abc", "", -1, "h\u{e9}llo"),
        ("aaa", "a", "XY", -1, "XYXYXY"),
        ("a b c", "\u{3a3}", "\u{3c3}", 2, "a b c"),
        ("h\u{e9}llo", "\u{3a3}", "\u{3c3}", 2, "h\u{e9}llo"),
        ("a b c", "\u{3a3}", "\u{3c3}", 100, "a b c"),
        ("", "", "-", -1, "-"),
        ("abcabc", "a", "XY", -1, "XYbcXYbc"),
        ("\u{3a3}\u{3a3}", "aa", "b", 0, "\u{3a3}\u{3a3}"),
        ("\u{3a3}\u{3a3}", "a", "XY", -1, "\u{3a3}\u{3a3}"),
        ("", "z", "q", 2, ""),
        ("abcabc", "a", "XY", 0, "abcabc"),
        ("h\u{e9}llo", "a", "XY", -1, "h\u{e9}llo"),
        ("h\u{e9}llo", "abc", "", 1, "h\u{e9}llo"),
        ("h\u{e9}llo", "a", "XY", 100, "h\u{e9}llo"),
        ("abcabc", "", "-", 0, "abcabc"),
        ("aaa", "z", "q", 100, "aaa"),
        ("\u{3a3}\u{3a3}", "z", "q", 1, "\u{3a3}\u{3a3}"),
        ("aaa", "\u{3a3}", "\u{3c3}", 100, "aaa"),
        ("aaa", "\u{3a3}", "\u{3c3}", 2, "aaa"),
        ("h\u{e9}llo", "", "-", 0, "h\u{e9}llo"),
        ("", " ", "", -1, ""),
        ("abcabc", "abc", "", 2, ""),
        ("a b c", "a", "XY", 100, "XY b c"),
        ("aaa", "aa", "b", -1, "ba"),
        ("h\u{e9}llo", "aa", "b", 2, "h\u{e9}llo"),
        ("", "aa", "b", 100, ""),
        ("\u{3a3}\u{3a3}", "aa", "b", -1, "\u{3a3}\u{3a3}"),
        ("\u{3a3}\u{3a3}", "\u{3a3}", "\u{3c3}", 0, "\u{3a3}\u{3a3}"),
        ("\u{3a3}\u{3a3}", "\u{3a3}", "\u{3c3}", -1, "\u{3c3}\u{3c3}"),
        ("", " ", "", 1, ""),
        ("a b c", "a", "XY", 0, "a b c"),
        ("abcabc", "aa", "b", 1, "abcabc"),
        ("a b c", "aa", "b", 1, "a b c"),
        ("aaa", "a", "XY", 2, "XYXYa"),
        ("h\u{e9}llo", "abc", "", 0, "h\u{e9}llo"),
        ("a b c", " ", "", 100, "abc"),
        ("abcabc", "\u{3a3}", "\u{3c3}", -1, "abcabc"),
        ("h\u{e9}llo", "", "-", -1, "-h-\u{e9}-l-l-o-"),
        ("aaa", "", "-", 100, "-a-a-a-"),
        ("", " ", "", 2, ""),
        ("", " ", "", 100, ""),
        ("abcabc", "", "-", 1, "-abcabc"),
        ("a b c", "", "-", -1, "-a- -b- -c-"),
        ("", "abc", "", -1, ""),
        ("a b c", "", "-", 100, "-a- -b- -c-"),
        ("\u{3a3}\u{3a3}", "z", "q", 2, "\u{3a3}\u{3a3}"),
    ];

    #[test]
    fn replace_matches_cpython() {
        for &(s, old, new, count, want) in REPLACES {
            assert_eq!(
                str_replace(s, old, new, count),
                want,
                "{:?}.replace({:?}, {:?}, {})",
                s,
                old,
                new,
                count
            );
        }
        assert_eq!(str_replace("aaa", "a", "b", i64::MAX), "bbb");
    }

    /// `(s, sub, find, rfind, count, startswith, endswith)` from CPython 3.11.
    #[rustfmt::skip]
    const FINDS: &[(&str, &str, i64, i64, i64, bool, bool)] = &[
        ("hello world", "", 0, 11, 12, true, true),
        ("hello world", "o", 4, 7, 2, false, false),
        ("hello world", "l", 2, 9, 3, false, false),
        ("hello world", "ll", 2, 2, 1, false, false),
        ("hello world", "aa", -1, -1, 0, false, false),
        ("hello world", "\u{f6}", -1, -1, 0, false, false),
        ("hello world", "\u{1f600}", -1, -1, 0, false, false),
        ("hello world", "zz", -1, -1, 0, false, false),
        ("hello world", "\u{3a3}", -1, -1, 0, false, false),
        ("hello world", "hello world", 0, 0, 1, true, true),
        ("hello world", "hello worldx", -1, -1, 0, false, false),
        ("", "", 0, 0, 1, true, true),
        ("", "o", -1, -1, 0, false, false),
        ("", "l", -1, -1, 0, false, false),
        ("", "ll", -1, -1, 0, false, false),
        ("", "aa", -1, -1, 0, false, false),
        ("", "\u{f6}", -1, -1, 0, false, false),
        ("", "\u{1f600}", -1, -1, 0, false, false),
        ("", "zz", -1, -1, 0, false, false),
        ("", "\u{3a3}", -1, -1, 0, false, false),
        ("", "", 0, 0, 1, true, true),
        ("", "x", -1, -1, 0, false, false),
        ("aaaa", "", 0, 4, 5, true, true),
        ("aaaa", "o", -1, -1, 0, false, false),
        ("aaaa", "l", -1, -1, 0, false, false),
        ("aaaa", "ll", -1, -1, 0, false, false),
        ("aaaa", "aa", 0, 2, 2, true, true),
        ("aaaa", "\u{f6}", -1, -1, 0, false, false),
        ("aaaa", "\u{1f600}", -1, -1, 0, false, false),
        ("aaaa", "zz", -1, -1, 0, false, false),
        ("aaaa", "\u{3a3}", -1, -1, 0, false, false),
        ("aaaa", "aaaa", 0, 0, 1, true, true),
        ("aaaa", "aaaax", -1, -1, 0, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "", 0, 13, 14, true, true),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "o", 4, 4, 1, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "l", 2, 9, 3, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "ll", 2, 2, 1, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "aa", -1, -1, 0, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "\u{f6}", 7, 12, 2, false, true),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "\u{1f600}", -1, -1, 0, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "zz", -1, -1, 0, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "\u{3a3}", -1, -1, 0, false, false),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "h\u{e9}llo w\u{f6}rld \u{f6}", 0, 0, 1, true, true),
        ("h\u{e9}llo w\u{f6}rld \u{f6}", "h\u{e9}llo w\u{f6}rld \u{f6}x", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "", 0, 4, 5, true, true),
        ("a\u{1f600}b\u{1f600}", "o", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "l", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "ll", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "aa", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{f6}", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{1f600}", 1, 3, 2, false, true),
        ("a\u{1f600}b\u{1f600}", "zz", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "\u{3a3}", -1, -1, 0, false, false),
        ("a\u{1f600}b\u{1f600}", "a\u{1f600}b\u{1f600}", 0, 0, 1, true, true),
        ("a\u{1f600}b\u{1f600}", "a\u{1f600}b\u{1f600}x", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "", 0, 3, 4, true, true),
        ("\u{3a3}\u{3b1}\u{3a3}", "o", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "l", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "ll", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "aa", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "\u{f6}", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "\u{1f600}", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "zz", -1, -1, 0, false, false),
        ("\u{3a3}\u{3b1}\u{3a3}", "\u{3a3}", 0, 2, 2, true, true),
        ("\u{3a3}\u{3b1}\u{3a3}", "\u{3a3}\u{3b1}\u{3a3}", 0, 0, 1, true, true),
        ("\u{3a3}\u{3b1}\u{3a3}", "\u{3a3}\u{3b1}\u{3a3}x", -1, -1, 0, false, false),
    ];

    #[test]
    fn searching_matches_cpython() {
        for &(s, sub, find, rfind, count, starts, ends) in FINDS {
            assert_eq!(str_find(s, sub), find, "{:?}.find({:?})", s, sub);
            assert_eq!(str_rfind(s, sub), rfind, "{:?}.rfind({:?})", s, sub);
            assert_eq!(str_count(s, sub), count, "{:?}.count({:?})", s, sub);
            assert_eq!(str_startswith(s, sub), starts);
            assert_eq!(str_endswith(s, sub), ends);
            let not_found = "ValueError: substring not found".to_string();
            let want = |i: i64| if i < 0 { Err(not_found.clone()) } else { Ok(i) };
            assert_eq!(str_index(s, sub).map_err(|e| e.to_string()), want(find));
            assert_eq!(str_rindex(s, sub).map_err(|e| e.to_string()), want(rfind));
        }
    }

    /// `(s, width, fill, center, ljust, rjust, zfill)` from CPython 3.11.
    #[rustfmt::skip]
    const PADS: &[(&str, i64, &str, Result<&str, &str>, Result<&str, &str>, Result<&str, &str>, &str)] = &[
        ("-", 6, "*", Ok("**-***"), Ok("-*****"), Ok("*****-"), "-00000"),
        ("a", 3, "*", Ok("*a*"), Ok("a**"), Ok("**a"), "00a"),
        ("h\u{e9}llo", 2, " ", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("", 2, "\u{e9}", Ok("\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}"), "00"),
        ("a", 2, " ", Ok("a "), Ok("a "), Ok(" a"), "0a"),
        ("h\u{e9}llo", 2, "*", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("-", -1, "\u{e9}", Ok("-"), Ok("-"), Ok("-"), "-"),
        ("-42", 0, "*", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("abc", -1, "\u{e9}", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("+7", 4, "\u{e9}", Ok("\u{e9}+7\u{e9}"), Ok("+7\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}+7"), "+007"),
        ("+7", 5, " ", Ok("  +7 "), Ok("+7   "), Ok("   +7"), "+0007"),
        ("-42", 0, "\u{e9}", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("-", 1, "\u{e9}", Ok("-"), Ok("-"), Ok("-"), "-"),
        ("-42", 2, "\u{e9}", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("-42", 6, "\u{e9}", Ok("\u{e9}-42\u{e9}\u{e9}"), Ok("-42\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}-42"), "-00042"),
        ("x\u{1f600}", 0, "\u{e9}", Ok("x\u{1f600}"), Ok("x\u{1f600}"), Ok("x\u{1f600}"), "x\u{1f600}"),
        ("", 7, " ", Ok("       "), Ok("       "), Ok("       "), "0000000"),
        ("a", 6, " ", Ok("  a   "), Ok("a     "), Ok("     a"), "00000a"),
        ("ab", 11, " ", Ok("     ab    "), Ok("ab         "), Ok("         ab"), "000000000ab"),
        ("", -1, " ", Ok(""), Ok(""), Ok(""), ""),
        ("x\u{1f600}", 6, " ", Ok("  x\u{1f600}  "), Ok("x\u{1f600}    "), Ok("    x\u{1f600}"), "0000x\u{1f600}"),
        ("-", 7, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}"), Ok("-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-"), "-000000"),
        ("abc", 2, " ", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("abc", 1, "*", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("+7", 6, "*", Ok("**+7**"), Ok("+7****"), Ok("****+7"), "+00007"),
        ("a", 3, " ", Ok(" a "), Ok("a  "), Ok("  a"), "00a"),
        ("", 3, " ", Ok("   "), Ok("   "), Ok("   "), "000"),
        ("abc", 4, " ", Ok("abc "), Ok("abc "), Ok(" abc"), "0abc"),
        ("abc", 11, " ", Ok("    abc    "), Ok("abc        "), Ok("        abc"), "00000000abc"),
        ("ab", 5, "*", Ok("**ab*"), Ok("ab***"), Ok("***ab"), "000ab"),
        ("+7", 0, "\u{e9}", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("ab", 6, " ", Ok("  ab  "), Ok("ab    "), Ok("    ab"), "0000ab"),
        ("x\u{1f600}", 4, "*", Ok("*x\u{1f600}*"), Ok("x\u{1f600}**"), Ok("**x\u{1f600}"), "00x\u{1f600}"),
        ("-", 11, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("-\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-"), "-0000000000"),
        ("-42", 4, "*", Ok("-42*"), Ok("-42*"), Ok("*-42"), "-042"),
        ("-42", 3, " ", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("ab", -1, " ", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("-", 7, "*", Ok("***-***"), Ok("-******"), Ok("******-"), "-000000"),
        ("a", -1, " ", Ok("a"), Ok("a"), Ok("a"), "a"),
        ("", 4, " ", Ok("    "), Ok("    "), Ok("    "), "0000"),
        ("", 6, " ", Ok("      "), Ok("      "), Ok("      "), "000000"),
        ("h\u{e9}llo", 8, "*", Ok("*h\u{e9}llo**"), Ok("h\u{e9}llo***"), Ok("***h\u{e9}llo"), "000h\u{e9}llo"),
        ("-", 6, " ", Ok("  -   "), Ok("-     "), Ok("     -"), "-00000"),
        ("h\u{e9}llo", 1, "\u{e9}", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("h\u{e9}llo", 0, " ", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("+7", -1, "\u{e9}", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("-", 5, " ", Ok("  -  "), Ok("-    "), Ok("    -"), "-0000"),
        ("h\u{e9}llo", -1, " ", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("", 3, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}"), "000"),
        ("-42", 3, "\u{e9}", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("+7", 1, " ", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("a", 0, " ", Ok("a"), Ok("a"), Ok("a"), "a"),
        ("ab", 0, "\u{e9}", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("x\u{1f600}", -1, "\u{e9}", Ok("x\u{1f600}"), Ok("x\u{1f600}"), Ok("x\u{1f600}"), "x\u{1f600}"),
        ("a", 1, "*", Ok("a"), Ok("a"), Ok("a"), "a"),
        ("h\u{e9}llo", 3, "\u{e9}", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("x\u{1f600}", 8, "*", Ok("***x\u{1f600}***"), Ok("x\u{1f600}******"), Ok("******x\u{1f600}"), "000000x\u{1f600}"),
        ("-42", -1, "*", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("h\u{e9}llo", 3, " ", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("", 4, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}"), "0000"),
        ("-42", 8, "*", Ok("**-42***"), Ok("-42*****"), Ok("*****-42"), "-0000042"),
        ("+7", 4, " ", Ok(" +7 "), Ok("+7  "), Ok("  +7"), "+007"),
        ("ab", 4, " ", Ok(" ab "), Ok("ab  "), Ok("  ab"), "00ab"),
        ("x\u{1f600}", 2, "\u{e9}", Ok("x\u{1f600}"), Ok("x\u{1f600}"), Ok("x\u{1f600}"), "x\u{1f600}"),
        ("h\u{e9}llo", 6, " ", Ok("h\u{e9}llo "), Ok("h\u{e9}llo "), Ok(" h\u{e9}llo"), "0h\u{e9}llo"),
        ("-42", 5, " ", Ok(" -42 "), Ok("-42  "), Ok("  -42"), "-0042"),
        ("ab", -1, "*", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("abc", -1, " ", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("a", -1, "*", Ok("a"), Ok("a"), Ok("a"), "a"),
        ("ab", -1, "\u{e9}", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("h\u{e9}llo", 11, " ", Ok("   h\u{e9}llo   "), Ok("h\u{e9}llo      "), Ok("      h\u{e9}llo"), "000000h\u{e9}llo"),
        ("x\u{1f600}", 5, "*", Ok("**x\u{1f600}*"), Ok("x\u{1f600}***"), Ok("***x\u{1f600}"), "000x\u{1f600}"),
        ("", 5, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), "00000"),
        ("abc", 8, "*", Ok("**abc***"), Ok("abc*****"), Ok("*****abc"), "00000abc"),
        ("-42", 11, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}-42\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("-42\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-42"), "-0000000042"),
        ("+7", 1, "*", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("h\u{e9}llo", 0, "*", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("abc", 7, " ", Ok("  abc  "), Ok("abc    "), Ok("    abc"), "0000abc"),
        ("+7", 6, " ", Ok("  +7  "), Ok("+7    "), Ok("    +7"), "+00007"),
        ("+7", 0, "*", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("+7", 5, "\u{e9}", Ok("\u{e9}\u{e9}+7\u{e9}"), Ok("+7\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}+7"), "+0007"),
        ("a", 7, "*", Ok("***a***"), Ok("a******"), Ok("******a"), "000000a"),
        ("a", 2, "*", Ok("a*"), Ok("a*"), Ok("*a"), "0a"),
        ("-", 2, "*", Ok("-*"), Ok("-*"), Ok("*-"), "-0"),
        ("ab", 5, " ", Ok("  ab "), Ok("ab   "), Ok("   ab"), "000ab"),
        ("", 7, "*", Ok("*******"), Ok("*******"), Ok("*******"), "0000000"),
        ("+7", 2, " ", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("a", 5, "\u{e9}", Ok("\u{e9}\u{e9}a\u{e9}\u{e9}"), Ok("a\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}a"), "0000a"),
        ("x\u{1f600}", 8, " ", Ok("   x\u{1f600}   "), Ok("x\u{1f600}      "), Ok("      x\u{1f600}"), "000000x\u{1f600}"),
        ("a", 6, "*", Ok("**a***"), Ok("a*****"), Ok("*****a"), "00000a"),
        ("abc", 1, " ", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("", 0, "\u{e9}", Ok(""), Ok(""), Ok(""), ""),
        ("", 8, "*", Ok("********"), Ok("********"), Ok("********"), "00000000"),
        ("ab", 1, "\u{e9}", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("abc", 7, "*", Ok("**abc**"), Ok("abc****"), Ok("****abc"), "0000abc"),
        ("h\u{e9}llo", 5, "*", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("a", 3, "\u{e9}", Ok("\u{e9}a\u{e9}"), Ok("a\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}a"), "00a"),
        ("-", 4, "\u{e9}", Ok("\u{e9}-\u{e9}\u{e9}"), Ok("-\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}-"), "-000"),
        ("", 11, "*", Ok("***********"), Ok("***********"), Ok("***********"), "00000000000"),
        ("", 6, "*", Ok("******"), Ok("******"), Ok("******"), "000000"),
        ("h\u{e9}llo", 1, " ", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("+7", 8, "*", Ok("***+7***"), Ok("+7******"), Ok("******+7"), "+0000007"),
        ("x\u{1f600}", 4, "\u{e9}", Ok("\u{e9}x\u{1f600}\u{e9}"), Ok("x\u{1f600}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}x\u{1f600}"), "00x\u{1f600}"),
        ("-", 1, " ", Ok("-"), Ok("-"), Ok("-"), "-"),
        ("-42", 1, " ", Ok("-42"), Ok("-42"), Ok("-42"), "-42"),
        ("abc", 8, "\u{e9}", Ok("\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}"), Ok("abc\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}abc"), "00000abc"),
        ("-", 7, " ", Ok("   -   "), Ok("-      "), Ok("      -"), "-000000"),
        ("abc", 6, "\u{e9}", Ok("\u{e9}abc\u{e9}\u{e9}"), Ok("abc\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}abc"), "000abc"),
        ("", 6, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), "000000"),
        ("x\u{1f600}", 7, "*", Ok("***x\u{1f600}**"), Ok("x\u{1f600}*****"), Ok("*****x\u{1f600}"), "00000x\u{1f600}"),
        ("x\u{1f600}", 11, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}x\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("x\u{1f600}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}x\u{1f600}"), "000000000x\u{1f600}"),
        ("a", 4, "\u{e9}", Ok("\u{e9}a\u{e9}\u{e9}"), Ok("a\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}a"), "000a"),
        ("+7", 4, "*", Ok("*+7*"), Ok("+7**"), Ok("**+7"), "+007"),
        ("", 8, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), "00000000"),
        ("+7", 7, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}+7\u{e9}\u{e9}"), Ok("+7\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}+7"), "+000007"),
        ("", -1, "\u{e9}", Ok(""), Ok(""), Ok(""), ""),
        ("-", 3, "*", Ok("*-*"), Ok("-**"), Ok("**-"), "-00"),
        ("ab", 3, "*", Ok("*ab"), Ok("ab*"), Ok("*ab"), "0ab"),
        ("+7", 11, "*", Ok("*****+7****"), Ok("+7*********"), Ok("*********+7"), "+0000000007"),
        ("x\u{1f600}", 11, "*", Ok("*****x\u{1f600}****"), Ok("x\u{1f600}*********"), Ok("*********x\u{1f600}"), "000000000x\u{1f600}"),
        ("abc", 3, "\u{e9}", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("abc", 6, " ", Ok(" abc  "), Ok("abc   "), Ok("   abc"), "000abc"),
        ("h\u{e9}llo", 5, "\u{e9}", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("x\u{1f600}", 0, " ", Ok("x\u{1f600}"), Ok("x\u{1f600}"), Ok("x\u{1f600}"), "x\u{1f600}"),
        ("abc", 4, "\u{e9}", Ok("abc\u{e9}"), Ok("abc\u{e9}"), Ok("\u{e9}abc"), "0abc"),
        ("-", 3, "\u{e9}", Ok("\u{e9}-\u{e9}"), Ok("-\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}-"), "-00"),
        ("h\u{e9}llo", 6, "*", Ok("h\u{e9}llo*"), Ok("h\u{e9}llo*"), Ok("*h\u{e9}llo"), "0h\u{e9}llo"),
        ("a", 4, " ", Ok(" a  "), Ok("a   "), Ok("   a"), "000a"),
        ("abc", 11, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}\u{e9}abc\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("abc\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}abc"), "00000000abc"),
        ("a", 5, "*", Ok("**a**"), Ok("a****"), Ok("****a"), "0000a"),
        ("", 8, " ", Ok("        "), Ok("        "), Ok("        "), "00000000"),
        ("-", 5, "*", Ok("**-**"), Ok("-****"), Ok("****-"), "-0000"),
        ("abc", 6, "*", Ok("*abc**"), Ok("abc***"), Ok("***abc"), "000abc"),
        ("", 5, "*", Ok("*****"), Ok("*****"), Ok("*****"), "00000"),
        ("-42", 7, "*", Ok("**-42**"), Ok("-42****"), Ok("****-42"), "-000042"),
        ("+7", 3, " ", Ok(" +7"), Ok("+7 "), Ok(" +7"), "+07"),
        ("-42", 4, " ", Ok("-42 "), Ok("-42 "), Ok(" -42"), "-042"),
        ("abc", 2, "\u{e9}", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("", 0, "*", Ok(""), Ok(""), Ok(""), ""),
        ("abc", 2, "*", Ok("abc"), Ok("abc"), Ok("abc"), "abc"),
        ("", 2, "*", Ok("**"), Ok("**"), Ok("**"), "00"),
        ("+7", -1, "*", Ok("+7"), Ok("+7"), Ok("+7"), "+7"),
        ("abc", 5, "\u{e9}", Ok("\u{e9}abc\u{e9}"), Ok("abc\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}abc"), "00abc"),
        ("ab", 8, "*", Ok("***ab***"), Ok("ab******"), Ok("******ab"), "000000ab"),
        ("h\u{e9}llo", 4, "*", Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), Ok("h\u{e9}llo"), "h\u{e9}llo"),
        ("ab", 1, "*", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("a", 4, "*", Ok("*a**"), Ok("a***"), Ok("***a"), "000a"),
        ("-", 0, "\u{e9}", Ok("-"), Ok("-"), Ok("-"), "-"),
        ("ab", 1, " ", Ok("ab"), Ok("ab"), Ok("ab"), "ab"),
        ("ab", 7, "\u{e9}", Ok("\u{e9}\u{e9}\u{e9}ab\u{e9}\u{e9}"), Ok("ab\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"), Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}ab"), "00000ab"),
        ("abc", 6, "", Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), "000abc"),
        ("abc", 6, "**", Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), "000abc"),
        ("abc", 2, "xy", Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), Err("TypeError: The fill character must be exactly one character long"), "abc"),
    ];

    #[test]
    fn padding_matches_cpython() {
        for &(s, width, fill, center, ljust, rjust, zfill) in PADS {
            let show = |r: PyResult<String>| r.map_err(|e| e.to_string());
            let want = |r: Result<&str, &str>| r.map(String::from).map_err(String::from);
            assert_eq!(
                show(str_center(s, width, fill)),
                want(center),
                "{:?}.center({}, {:?})",
                s,
                width,
                fill
            );
            assert_eq!(
                show(str_ljust(s, width, fill)),
                want(ljust),
                "{:?}.ljust({}, {:?})",
                s,
                width,
                fill
            );
            assert_eq!(
                show(str_rjust(s, width, fill)),
                want(rjust),
                "{:?}.rjust({}, {:?})",
                s,
                width,
                fill
            );
            assert_eq!(str_zfill(s, width), zfill, "{:?}.zfill({})", s, width);
        }
    }

    /// `(s, repr(s))` from CPython 3.11.
    #[rustfmt::skip]
    const REPRS: &[(&str, &str)] = &[
        ("", "''"),
        ("a", "'a'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("\\", "'\\\\'"),
        ("tab\there", "'tab\\there'"),
        ("new\nline", "'new\\nline'"),
        ("cr\r", "'cr\\r'"),
        ("\0\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}\u{ff}", "'\\x80\\x9f\\xa0\\xad\u{ff}'"),
        ("h\u{e9}llo", "'h\u{e9}llo'"),
        ("\u{65e5}\u{672c}", "'\u{65e5}\u{672c}'"),
        ("\u{378}", "'\\u0378'"),
        ("\u{200b}\u{2028}\u{2029}", "'\\u200b\\u2028\\u2029'"),
        ("\u{e000}", "'\\ue000'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{10ffff}", "'\\U0010ffff'"),
        ("\u{feff}", "'\\ufeff'"),
        ("\u{a0}x", "'\\xa0x'"),
        ("\u{e9}\u{301}", "'\u{e9}\u{301}'"),
        ("'\"", "'\\'\"'"),
        ("\\n", "'\\\\n'"),
        (" -\u{85}\u{fb01}+;\0;", "' -\\x85\u{fb01}+;\\x00;'"),
        ("\u{1f600}bZ\u{1e9e}\"\u{130}", "'\u{1f600}bZ\u{1e9e}\"\u{130}'"),
        ("\u{391}\u{3a3}.\u{216b}123", "'\u{391}\u{3a3}.\u{216b}123'"),
        ("Z\n\u{e9}B\u{7f}\u{2028}ZB\u{3c2}", "'Z\\n\u{e9}B\\x7f\\u2028ZB\u{3c2}'"),
        (" '\u{e9}\u{feff}\u{c}z\0\u{13a0}", "\" '\u{e9}\\ufeff\\x0cz\\x00\u{13a0}\""),
        ("_x1\u{1c6}\u{3a3}\u{901}\u{1c4}", "'_x1\u{1c6}\u{3a3}\u{901}\u{1c4}'"),
        ("\u{216b}", "'\u{216b}'"),
        ("World  ", "'World  '"),
        ("a\u{10d0}\u{85}\u{1c}", "'a\u{10d0}\\x85\\x1c'"),
        ("", "''"),
        ("\u{3a3}\u{391}\u{3a3}", "'\u{3a3}\u{391}\u{3a3}'"),
        (" z,\u{ab70}ZZ,", "' z,\u{ab70}ZZ,'"),
        ("", "''"),
        ("", "''"),
        ("", "''"),
        ("0\u{c}", "'0\\x0c'"),
        ("\u{b}\u{e000}_a,\u{ad}", "'\\x0b\\ue000_a,\\xad'"),
        ("\u{663}\u{664}", "'\u{663}\u{664}'"),
        ("", "''"),
        ("i\u{307}\u{3c3}\u{3b1}\u{3c2}\u{3c3}\u{3b1}\u{3c2}", "'i\u{307}\u{3c3}\u{3b1}\u{3c2}\u{3c3}\u{3b1}\u{3c2}'"),
        ("World\u{1c5}emal", "'World\u{1c5}emal'"),
        ("stra\u{df}e\u{391}\u{3a3}\u{301}b", "'stra\u{df}e\u{391}\u{3a3}\u{301}b'"),
        ("\u{a0}AZ\0\u{3c2}0\u{e0001}A", "'\\xa0AZ\\x00\u{3c2}0\\U000e0001A'"),
        ("Az\u{2028}\u{e000}\u{1c}\u{b2}\u{2029},-", "'Az\\u2028\\ue000\\x1c\u{b2}\\u2029,-'"),
        ("", "''"),
        ("stra\u{df}e\u{391}\u{3a3}.\u{b2}", "'stra\u{df}e\u{391}\u{3a3}.\u{b2}'"),
        ("B", "'B'"),
        ("\u{2028}z\t'\u{4e00}\u{feff}\u{3000}", "\"\\u2028z\\t'\u{4e00}\\ufeff\\u3000\""),
        ("\u{1f600},\u{c}\u{7f}\u{13a0}\u{3a3}", "'\u{1f600},\\x0c\\x7f\u{13a0}\u{3a3}'"),
        ("\u{c}", "'\\x0c'"),
        ("\u{3c2}\u{200b}\u{378}\u{fb01}\u{660}", "'\u{3c2}\\u200b\\u0378\u{fb01}\u{660}'"),
        ("\u{3a3}-\u{3000}\u{c}\u{c}a", "'\u{3a3}-\\u3000\\x0c\\x0ca'"),
        ("\u{378}\u{feff}\u{e0001}\u{c}\u{200b}\u{c}\r\u{901}", "'\\u0378\\ufeff\\U000e0001\\x0c\\u200b\\x0c\\r\u{901}'"),
        ("_\r \u{2029}", "'_\\r \\u2029'"),
        ("\u{13a0}0\u{feff}\u{e0001}b\u{13a0}\u{a0}", "'\u{13a0}0\\ufeff\\U000e0001b\u{13a0}\\xa0'"),
        ("\u{1fb3}", "'\u{1fb3}'"),
        ("\u{3a3}\u{391}\u{3a3}\u{3a3}\u{391}\u{3a3}", "'\u{3a3}\u{391}\u{3a3}\u{3a3}\u{391}\u{3a3}'"),
        ("\u{2029}\n\u{e9}\u{fb01}\u{1c}\u{200b}\0\u{b}", "'\\u2029\\n\u{e9}\u{fb01}\\x1c\\u200b\\x00\\x0b'"),
        ("9\r\u{fb01}\u{4e00}", "'9\\r\u{fb01}\u{4e00}'"),
        ("\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}", "'\u{939}\u{93f}\u{928}\u{94d}\u{926}\u{940}'"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for &(s, want) in REPRS {
            assert_eq!(str_repr(s), want, "repr of {:?}", s);
        }
    }

    /// `(s, sep, s.partition(sep), s.rpartition(sep))` from CPython 3.11.
    #[rustfmt::skip]
    const PARTITIONS: &[(&str, &str, Result<[&str; 3], &str>, Result<[&str; 3], &str>)] = &[
        ("a=b=c", "=", Ok(["a", "=", "b=c"]), Ok(["a=b", "=", "c"])),
        ("a=b=c", "yy", Ok(["a=b=c", "", ""]), Ok(["", "", "a=b=c"])),
        ("a=b=c", "x", Ok(["a=b=c", "", ""]), Ok(["", "", "a=b=c"])),
        ("a=b=c", "abc", Ok(["a=b=c", "", ""]), Ok(["", "", "a=b=c"])),
        ("a=b=c", "q", Ok(["a=b=c", "", ""]), Ok(["", "", "a=b=c"])),
        ("a=b=c", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("", "=", Ok(["", "", ""]), Ok(["", "", ""])),
        ("", "yy", Ok(["", "", ""]), Ok(["", "", ""])),
        ("", "x", Ok(["", "", ""]), Ok(["", "", ""])),
        ("", "abc", Ok(["", "", ""]), Ok(["", "", ""])),
        ("", "q", Ok(["", "", ""]), Ok(["", "", ""])),
        ("", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("=", "=", Ok(["", "=", ""]), Ok(["", "=", ""])),
        ("=", "yy", Ok(["=", "", ""]), Ok(["", "", "="])),
        ("=", "x", Ok(["=", "", ""]), Ok(["", "", "="])),
        ("=", "abc", Ok(["=", "", ""]), Ok(["", "", "="])),
        ("=", "q", Ok(["=", "", ""]), Ok(["", "", "="])),
        ("=", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("abc", "=", Ok(["abc", "", ""]), Ok(["", "", "abc"])),
        ("abc", "yy", Ok(["abc", "", ""]), Ok(["", "", "abc"])),
        ("abc", "x", Ok(["abc", "", ""]), Ok(["", "", "abc"])),
        ("abc", "abc", Ok(["", "abc", ""]), Ok(["", "abc", ""])),
        ("abc", "q", Ok(["abc", "", ""]), Ok(["", "", "abc"])),
        ("abc", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("h\u{e9}llo=w\u{f6}rld=x", "=", Ok(["h\u{e9}llo", "=", "w\u{f6}rld=x"]), Ok(["h\u{e9}llo=w\u{f6}rld", "=", "x"])),
        ("h\u{e9}llo=w\u{f6}rld=x", "yy", Ok(["h\u{e9}llo=w\u{f6}rld=x", "", ""]), Ok(["", "", "h\u{e9}llo=w\u{f6}rld=x"])),
        ("h\u{e9}llo=w\u{f6}rld=x", "x", Ok(["h\u{e9}llo=w\u{f6}rld=", "x", ""]), Ok(["h\u{e9}llo=w\u{f6}rld=", "x", ""])),
        ("h\u{e9}llo=w\u{f6}rld=x", "abc", Ok(["h\u{e9}llo=w\u{f6}rld=x", "", ""]), Ok(["", "", "h\u{e9}llo=w\u{f6}rld=x"])),
        ("h\u{e9}llo=w\u{f6}rld=x", "q", Ok(["h\u{e9}llo=w\u{f6}rld=x", "", ""]), Ok(["", "", "h\u{e9}llo=w\u{f6}rld=x"])),
        ("h\u{e9}llo=w\u{f6}rld=x", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
        ("xxyyxx", "=", Ok(["xxyyxx", "", ""]), Ok(["", "", "xxyyxx"])),
        ("xxyyxx", "yy", Ok(["xx", "yy", "xx"]), Ok(["xx", "yy", "xx"])),
        ("xxyyxx", "x", Ok(["", "x", "xyyxx"]), Ok(["xxyyx", "x", ""])),
        ("xxyyxx", "abc", Ok(["xxyyxx", "", ""]), Ok(["", "", "xxyyxx"])),
        ("xxyyxx", "q", Ok(["xxyyxx", "", ""]), Ok(["", "", "xxyyxx"])),
        ("xxyyxx", "", Err("ValueError: empty separator"), Err("ValueError: empty separator")),
    ];

    #[test]
    fn partition_matches_cpython() {
        let own = |r: PyResult<(String, String, String)>| {
            r.map(|(a, b, c)| [a, b, c]).map_err(|e| e.to_string())
        };
        let want = |r: Result<[&str; 3], &str>| {
            r.map(|t| [t[0].to_string(), t[1].to_string(), t[2].to_string()])
                .map_err(String::from)
        };
        for &(s, sep, part, rpart) in PARTITIONS {
            assert_eq!(
                own(str_partition(s, sep)),
                want(part),
                "{:?}.partition({:?})",
                s,
                sep
            );
            assert_eq!(
                own(str_rpartition(s, sep)),
                want(rpart),
                "{:?}.rpartition({:?})",
                s,
                sep
            );
        }
    }

    /// `(s, tabsize, s.expandtabs(tabsize))` from CPython 3.11.
    #[rustfmt::skip]
    const EXPANDTABS: &[(&str, i64, &str)] = &[
        ("a\tb", -1, "ab"),
        ("a\tb", 0, "ab"),
        ("a\tb", 1, "a b"),
        ("a\tb", 3, "a  b"),
        ("a\tb", 4, "a   b"),
        ("a\tb", 8, "a       b"),
        ("\t", -1, ""),
        ("\t", 0, ""),
        ("\t", 1, " "),
        ("\t", 3, "   "),
        ("\t", 4, "    "),
        ("\t", 8, "        "),
        ("abc\tde\tf", -1, "abcdef"),
        ("abc\tde\tf", 0, "abcdef"),
        ("abc\tde\tf", 1, "abc de f"),
        ("abc\tde\tf", 3, "abc   de f"),
        ("abc\tde\tf", 4, "abc de  f"),
        ("abc\tde\tf", 8, "abc     de      f"),
        ("x\ny\tz", -1, "x\nyz"),
        ("x\ny\tz", 0, "x\nyz"),
        ("x\ny\tz", 1, "x\ny z"),
        ("x\ny\tz", 3, "x\ny  z"),
        ("x\ny\tz", 4, "x\ny   z"),
        ("x\ny\tz", 8, "x\ny       z"),
        ("ab\r\tc", -1, "ab\rc"),
        ("ab\r\tc", 0, "ab\rc"),
        ("ab\r\tc", 1, "ab\r c"),
        ("ab\r\tc", 3, "ab\r   c"),
        ("ab\r\tc", 4, "ab\r    c"),
        ("ab\r\tc", 8, "ab\r        c"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", -1, "h\u{e9}llow\u{f6}rld!"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", 0, "h\u{e9}llow\u{f6}rld!"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", 1, "h\u{e9}llo w\u{f6}rld !"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", 3, "h\u{e9}llo w\u{f6}rld !"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", 4, "h\u{e9}llo   w\u{f6}rld   !"),
        ("h\u{e9}llo\tw\u{f6}rld\t!", 8, "h\u{e9}llo   w\u{f6}rld   !"),
        ("", -1, ""),
        ("", 0, ""),
        ("", 1, ""),
        ("", 3, ""),
        ("", 4, ""),
        ("", 8, ""),
        ("\t\t", -1, ""),
        ("\t\t", 0, ""),
        ("\t\t", 1, "  "),
        ("\t\t", 3, "      "),
        ("\t\t", 4, "        "),
        ("\t\t", 8, "                "),
    ];

    #[test]
    fn expandtabs_join_repeat() {
        for &(s, tabsize, want) in EXPANDTABS {
            assert_eq!(
                str_expandtabs(s, tabsize),
                want,
                "{:?}.expandtabs({})",
                s,
                tabsize
            );
        }
        let items = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(str_join(", ", items.clone()), "a, b, c");
        assert_eq!(str_join("", items), "abc");
        assert_eq!(str_join("-", Vec::new()), "");
        assert_eq!(str_join("\u{e9}", vec!["x".to_string()]), "x");
        assert_eq!(str_repeat("ab", 3), "ababab");
        assert_eq!(str_repeat("ab", 0), "");
        assert_eq!(str_repeat("ab", -2), "");
    }

    #[test]
    fn errors_use_cpython_messages() {
        let msg = |e: PyErr| e.to_string();
        assert_eq!(
            msg(str_split("a", Some(""), -1).unwrap_err()),
            "ValueError: empty separator"
        );
        assert_eq!(
            msg(str_rsplit("a", Some(""), -1).unwrap_err()),
            "ValueError: empty separator"
        );
        assert_eq!(
            msg(str_partition("a", "").unwrap_err()),
            "ValueError: empty separator"
        );
        assert_eq!(
            msg(str_slice("abc", None, None, Some(0)).unwrap_err()),
            "ValueError: slice step cannot be zero"
        );
        assert_eq!(
            msg(str_center("a", 3, "ab").unwrap_err()),
            "TypeError: The fill character must be exactly one character long"
        );
    }
}

/// `ascii(x)` from `repr(x)`: non-ASCII characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

/// `string.Template(text)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Template(pub String);

impl Template {
    pub fn new(text: &str) -> Template {
        Template(text.to_string())
    }

    /// `t.template`.
    pub fn template(&self) -> String {
        self.0.clone()
    }

    /// `t.substitute(**names)`: KeyError for a missing name, ValueError for a bad `$`.
    pub fn substitute(&self, names: &[(String, String)]) -> PyResult<String> {
        self.fill(names, false)
    }

    /// `t.safe_substitute(**names)`: what cannot be filled stays as written.
    pub fn safe_substitute(&self, names: &[(String, String)]) -> String {
        self.fill(names, true).expect("safe_substitute does not raise")
    }

    fn fill(&self, names: &[(String, String)], safe: bool) -> PyResult<String> {
        let chars: Vec<char> = self.0.chars().collect();
        let lookup = |name: &str| names.iter().rev().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        let ident_start = |c: char| c == '_' || c.is_ascii_alphabetic();
        let ident_char = |c: char| c == '_' || c.is_ascii_alphanumeric();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            if chars[i] != '$' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let next = chars.get(i + 1).cloned();
            if next == Some('$') {
                out.push('$');
                i += 2;
                continue;
            }
            let (name, end) = if next.map_or(false, ident_start) {
                let mut j = i + 1;
                while j < chars.len() && ident_char(chars[j]) {
                    j += 1;
                }
                (Some(chars[i + 1..j].iter().collect::<String>()), j)
            } else if next == Some('{') {
                let mut j = i + 2;
                let ok = j < chars.len() && ident_start(chars[j]);
                while j < chars.len() && ident_char(chars[j]) {
                    j += 1;
                }
                if ok && chars.get(j) == Some(&'}') {
                    (Some(chars[i + 2..j].iter().collect::<String>()), j + 1)
                } else {
                    (None, i + 1)
                }
            } else {
                (None, i + 1)
            };
            match name {
                Some(n) => match lookup(&n) {
                    Some(v) => out.push_str(&v),
                    None if safe => out.extend(chars[i..end].iter()),
                    None => return Err(PyErr::key_error(crate::traits::PyRepr::py_repr(&n))),
                },
                None if safe => out.push('$'),
                None => {
                    let before: String = chars[..i].iter().collect();
                    let line = before.matches('\n').count() + 1;
                    let col = i - before.rfind('\n').map_or(0, |p| before[..p + 1].chars().count()) + 1;
                    return Err(PyErr::value_error(format!(
                        "Invalid placeholder in string: line {}, col {}",
                        line, col
                    )));
                }
            }
            i = end;
        }
        Ok(out)
    }
}

/// `string.capwords(s, sep=None)`.
pub fn capwords(s: &str, sep: Option<&str>) -> String {
    let words: Vec<String> = match sep {
        None => s.split_whitespace().map(str_capitalize).collect(),
        Some(p) => s.split(p).map(str_capitalize).collect(),
    };
    words.join(sep.unwrap_or(" "))
}

#[cfg(test)]
mod template_tests {
    use super::*;

    #[test]
    fn templates_fill_like_cpython() {
        let t = Template::new("a $x and ${y}z $$5 $");
        let names = vec![("x".to_string(), "1".to_string()), ("y".to_string(), "2".to_string())];
        let err = t.substitute(&names).unwrap_err();
        assert_eq!(err.to_string(), "ValueError: Invalid placeholder in string: line 1, col 20");
        assert_eq!(t.safe_substitute(&names[..1]), "a 1 and ${y}z $5 $");
        let t2 = Template::new("line1\n  $1");
        assert_eq!(t2.substitute(&[]).unwrap_err().to_string(), "ValueError: Invalid placeholder in string: line 2, col 3");
        assert_eq!(Template::new("$who").substitute(&[]).unwrap_err().to_string(), "KeyError: 'who'");
        assert_eq!(capwords("hello   big  world", None), "Hello Big World");
        assert_eq!(capwords("a-b-c", Some("-")), "A-B-C");
    }
}
